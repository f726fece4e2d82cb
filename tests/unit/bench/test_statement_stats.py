"""PostgreSQL's statements summed by the FerretDB collection they work on."""

from __future__ import annotations

from bench.statement_stats import summed, table_lines

ROWS = [
    ["382", "38200", "11490.5", 'INSERT INTO "bench7f50c8_notifier"."suggestions_cf47865a" (_jsonb) VALUES ($1), ($2)'],
    ["15675", "15675", "4524.0", 'UPDATE "bench7f50c8_notifier"."suggestions_cf47865a" SET _jsonb = $1 WHERE …'],
    ["566", "566", "132.0", 'INSERT INTO "bench7f50c8_notifier"."suggestions_cf47865a" (_jsonb) VALUES ($1)'],
    ["105", "26039", "1526.0", 'SELECT _jsonb FROM "bench7f50c8_registry"."profile_heads_993fbf5e" WHERE …'],
    ["1", "0", "82.0", 'CREATE DATABASE "ferretdb"'],
    ["garbage"],
]


def test_statements_are_summed_by_kind_and_collection_most_time_first() -> None:
    found = summed(ROWS)
    assert [(g.kind, g.collection, g.calls, g.rows) for g in found] == [
        ("INSERT", "suggestions", 948, 38766),
        ("UPDATE", "suggestions", 15675, 15675),
        ("SELECT", "profile_heads", 105, 26039),
        ("CREATE", "(other)", 1, 0),
    ]
    assert found[0].ms == 11490.5 + 132.0


def test_the_table_gives_shares_and_time_per_row() -> None:
    lines = table_lines(summed(ROWS), top=2)
    assert len(lines) == 4 and "17.8 s in all" in lines[0]
    assert lines[2].split()[:2] == ["INSERT", "suggestions"] and lines[2].split()[-1] == "300"
