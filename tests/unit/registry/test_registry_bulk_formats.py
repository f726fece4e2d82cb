"""Reading bulk files into numbered records, and cutting them into batches for the CLI."""

from __future__ import annotations

import pytest

from services.registry.bulk_formats import BulkFormat, UnreadableFile, read_csv, read_jsonl, read_records
from services.registry.cli import CliError, csv_batches, jsonl_batches


def test_jsonl_lines_keep_their_file_numbers_and_blank_lines_are_skipped() -> None:
    body = b'{"id": "a"}\n\n   \nnot json\n[1]\n\xff\xfe\n{"id": "b"}'

    records = list(read_jsonl(body))

    assert [r.line for r in records] == [1, 4, 5, 6, 7]
    assert records[0].data == {"id": "a"} and records[-1].data == {"id": "b"}
    assert [r.errors[0].reason for r in records[1:4]] == [
        "is not valid JSON (Expecting value)",
        "is not a JSON object",
        "is not valid UTF-8",
    ]


def test_jsonl_numbering_can_start_later_in_the_file() -> None:
    assert [r.line for r in read_jsonl(b"{}\n{}\n", first_line=201)] == [201, 202]


def test_csv_records_carry_the_line_they_start_on_even_after_a_multiline_cell() -> None:
    body = (
        'id,name,offers,description,capacity_amount,capacity_unit\na,ผ้า,yarn|fabric,"two\nlines",12.5,kg\nb,Name,,,,\n'
    ).encode()

    first, second = list(read_csv(body))

    assert (first.line, second.line) == (2, 4)
    assert first.data == {
        "id": "a",
        "name": "ผ้า",
        "offers": ["yarn", "fabric"],
        "description": "two\nlines",
        "capacity": {"amount": 12.5, "unit": "kg"},
    }
    assert second.data == {"id": "b", "name": "Name"}  # empty cells are absent fields


def test_csv_rows_with_the_wrong_number_of_cells_are_rejected_alone() -> None:
    records = list(read_csv(b"id,name\na,b,c\nd,e\n"))

    assert [(r.line, r.data is None) for r in records] == [(2, True), (3, False)]


def test_a_csv_header_with_an_unknown_column_refuses_the_whole_file() -> None:
    with pytest.raises(UnreadableFile, match="shoe_size"):
        list(read_records(b"id,shoe_size\nx,42\n", BulkFormat.CSV))


def test_a_csv_file_that_is_not_utf8_names_the_line() -> None:
    with pytest.raises(UnreadableFile) as caught:
        list(read_csv(b"id,name\na,b\nc,\xff\n"))
    assert caught.value.line == 3


def test_jsonl_batches_cover_every_line_once_with_its_first_line_number() -> None:
    data = b"".join(b'{"n": %d}\n' % n for n in range(5))

    batches = list(jsonl_batches(data, 2))

    assert [(b.first_line, b.records) for b in batches] == [(1, 2), (3, 2), (5, 1)]
    assert b"".join(b.body for b in batches) == data


def test_csv_batches_repeat_the_header_and_never_split_a_record() -> None:
    data = b'id,description\na,"x\ny"\nb,z\nc,w\n'

    batches = list(csv_batches(data, 2))

    assert [(b.first_line, b.records) for b in batches] == [(2, 2), (5, 1)]
    assert batches[1].body == b"id,description\nc,w\n"
    # Numbered as the registry numbers them: the same lines as in the whole file.
    assert [r.line for r in read_csv(batches[0].body, first_line=batches[0].first_line)] == [2, 4]
    assert [r.line for r in read_csv(batches[1].body, first_line=batches[1].first_line)] == [5]


def test_csv_batches_refuse_a_file_that_is_not_utf8() -> None:
    with pytest.raises(CliError, match="line 2"):
        list(csv_batches(b"id\n\xff\n", 10))
