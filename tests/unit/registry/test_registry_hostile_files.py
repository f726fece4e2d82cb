"""Hostile bulk files: each bad line is reported alone and reading goes on to the end."""

from __future__ import annotations

from services.registry.bulk_formats import MAX_RECORD_LINES, read_csv, read_jsonl


def _reasons(records: list) -> dict[int, str | None]:  # type: ignore[type-arg]
    return {r.line: (r.errors[0].reason if r.errors else None) for r in records}


def test_a_jsonl_line_nested_100000_deep_or_with_a_5000_digit_number_is_reported_and_reading_goes_on() -> None:
    deep = b'{"offers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    long_number = b'{"capacity": {"amount": ' + b"9" * 5000 + b', "unit": "kg"}}'
    body = deep + b"\n" + long_number + b'\n{"id": "after"}\n'

    records = list(read_jsonl(body))

    reasons = _reasons(records)
    assert reasons[1] == "is nested too deeply to be a profile"
    assert reasons[2] is not None and "digits" in reasons[2]
    assert records[2].line == 3 and records[2].data == {"id": "after"}


def test_a_csv_quote_never_closed_is_reported_on_its_line_and_the_following_lines_are_read() -> None:
    body = b'id,name\na,"open\nb,fine\nc,"x"y\nd,also fine\n'

    records = list(read_csv(body))

    assert [(r.line, r.data) for r in records if r.data] == [
        (3, {"id": "b", "name": "fine"}),
        (5, {"id": "d", "name": "also fine"}),
    ]
    reasons = _reasons(records)
    assert reasons[2] is not None and "quote" in reasons[2]
    assert reasons[4] is not None and "not valid CSV" in reasons[4]


def test_an_open_quote_that_closes_lines_later_is_one_bad_line_not_a_swallowed_block() -> None:
    body = b'id,name\na,"runs on\nb,good\nc,ends" here,extra\nd,last\n'

    records = list(read_csv(body))

    good = {r.data["id"] for r in records if r.data}
    assert {"b", "d"} <= good
    assert records[0].line == 2 and records[0].data is None


def test_a_multiline_description_still_reads_as_one_record() -> None:
    body = 'id,description\na,"บรรทัดแรก\nบรรทัดสอง"\nb,x\n'.encode()

    records = list(read_csv(body))

    assert [(r.line, r.data) for r in records] == [
        (2, {"id": "a", "description": "บรรทัดแรก\nบรรทัดสอง"}),
        (4, {"id": "b", "description": "x"}),
    ]


def test_an_open_quote_stops_growing_after_its_line_bound() -> None:
    body = ('id,description\na,"open\n' + "plain\n" * (MAX_RECORD_LINES + 5) + "z,end\n").encode()

    records = list(read_csv(body))

    assert records[0].line == 2 and records[0].data is None
    assert records[-1].data == {"id": "z", "description": "end"}
