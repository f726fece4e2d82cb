"""PostgreSQL's own account of a workload: its statements summed by collection and kind.

With `CLUSTERLINK_POSTGRES_STATEMENT_STATS=1` the local PostgreSQL preloads
`pg_stat_statements`. FerretDB stores each collection in a table named
`<collection>_<8 hex digits>` in the schema of its database, so a statement's
text names the collection it works on. The time is PostgreSQL's execution time
only: FerretDB's own work (turning documents into and out of JSON) is not in it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from clusterlink.localinfra.components.postgres import FERRETDB_DATABASE, Postgres

_TABLE = re.compile(r'(?:INSERT INTO|UPDATE|FROM)\s+"[^"]+"\."([^"]+)_[0-9a-f]{8}"')
_QUERY = """
SELECT calls, rows, total_exec_time, regexp_replace(left(query, 300), '\\s+', ' ', 'g')
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
"""


@dataclass(frozen=True)
class StatementGroup:
    kind: str  # SELECT, INSERT, UPDATE, DELETE
    collection: str
    calls: int
    rows: int
    ms: float


def reset(postgres: Postgres) -> None:
    postgres.sql("SELECT pg_stat_statements_reset()", database=FERRETDB_DATABASE)


def groups(postgres: Postgres) -> list[StatementGroup]:
    """The statements since the last reset, summed by kind and collection, most time first."""
    return summed(line.split("|", 3) for line in postgres.sql(_QUERY, database=FERRETDB_DATABASE).splitlines())


def summed(rows: Iterable[list[str]]) -> list[StatementGroup]:
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for row in rows:
        if len(row) != 4:
            continue
        calls, count, ms, query = row
        kind = query.split(" ", 1)[0].upper()
        table = _TABLE.search(query)
        key = (kind, table.group(1) if table else "(other)")
        totals[key][0] += int(calls)
        totals[key][1] += int(count)
        totals[key][2] += float(ms)
    found = [StatementGroup(k, c, int(v[0]), int(v[1]), v[2]) for (k, c), v in totals.items()]
    return sorted(found, key=lambda g: g.ms, reverse=True)


def table_lines(found: list[StatementGroup], top: int = 12) -> list[str]:
    total = sum(g.ms for g in found) or 1.0
    lines = [
        f"PostgreSQL statements by collection (its own execution time, {total / 1000:.1f} s in all):",
        f"  {'kind':7} {'collection':28} {'calls':>8} {'rows':>9} {'ms':>9} {'share':>6} {'us/row':>7}",
    ]
    for g in found[:top]:
        per_row = f"{1000 * g.ms / g.rows:7.0f}" if g.rows else f"{'—':>7}"
        lines.append(
            f"  {g.kind:7} {g.collection[:28]:28} {g.calls:8,} {g.rows:9,} {g.ms:9,.0f} {g.ms / total:6.1%} {per_row}"
        )
    return lines
