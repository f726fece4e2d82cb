"""Bulk files as numbered records: JSONL (CONTRACTS §1) and CSV.

Line numbers are those of the file as the coordinator sees it (1-based, blank
lines counted), so a report can point at the exact line to fix. CSV cells hold
lists separated by `|`, and the capacity as two columns.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from services.registry.errors import FieldError
from services.registry.profile import ProfileIn

LIST_SEPARATOR = "|"
_LIST_FIELDS = frozenset({"offers", "needs", "certifications", "bcg"})
_CAPACITY_COLUMNS = ("capacity_amount", "capacity_unit")
CSV_COLUMNS: tuple[str, ...] = tuple(
    column for name in ProfileIn.model_fields for column in (_CAPACITY_COLUMNS if name == "capacity" else (name,))
)
_LINE = "(line)"


class BulkFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class RawRecord:
    line: int
    data: dict[str, Any] | None
    errors: tuple[FieldError, ...] = ()


class UnreadableFile(ValueError):
    """The file as a whole cannot be read (encoding, CSV header)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.reason = reason
        self.line = line


def read_jsonl(body: bytes, *, first_line: int = 1) -> Iterator[RawRecord]:
    for index, raw in enumerate(body.removeprefix(b"\xef\xbb\xbf").split(b"\n")):
        line = first_line + index
        if not raw.strip():
            continue
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield RawRecord(line, None, (FieldError(_LINE, "is not valid UTF-8"),))
            continue
        except json.JSONDecodeError as exc:
            yield RawRecord(line, None, (FieldError(_LINE, f"is not valid JSON ({exc.msg})"),))
            continue
        if not isinstance(data, dict):
            yield RawRecord(line, None, (FieldError(_LINE, "is not a JSON object"),))
            continue
        yield RawRecord(line, data)


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile("is not valid UTF-8", body[: exc.start].count(b"\n") + 1) from exc


def _csv_record(row: dict[str, str]) -> dict[str, Any]:
    """Empty cells are absent fields: a new profile gets the default, an existing one keeps its value."""
    data: dict[str, Any] = {}
    for column, cell in row.items():
        value = cell.strip()
        if not value or column in _CAPACITY_COLUMNS:
            continue
        if column in _LIST_FIELDS:
            data[column] = [item.strip() for item in value.split(LIST_SEPARATOR) if item.strip()]
        else:
            data[column] = value
    amount, unit = (row.get(column, "").strip() for column in _CAPACITY_COLUMNS)
    if amount or unit:
        data["capacity"] = {"amount": _number(amount), "unit": unit}
    return data


def _number(cell: str) -> float | str:
    """A CSV cell is text; a number in it becomes a number, anything else is reported as invalid."""
    try:
        return float(cell)
    except ValueError:
        return cell


def read_csv(body: bytes, *, first_line: int = 2) -> Iterator[RawRecord]:
    """`first_line` is the file line of the first record after the header."""
    reader = csv.reader(io.StringIO(_decode(body), newline=""))
    try:
        header = [column.strip() for column in next(reader)]
    except StopIteration:
        return
    except csv.Error as exc:
        raise UnreadableFile(f"the header is not valid CSV ({exc})", first_line - 1) from exc
    unknown = [column for column in header if column not in CSV_COLUMNS]
    if unknown:
        raise UnreadableFile(f"unknown columns {unknown}; known columns are {list(CSV_COLUMNS)}", first_line - 1)
    if len(set(header)) != len(header):
        raise UnreadableFile("a column appears twice in the header", first_line - 1)
    offset = first_line - 2  # the reader counts the header as line 1
    lines_read = reader.line_num
    while True:
        start = lines_read + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RawRecord(start + offset, None, (FieldError(_LINE, f"is not valid CSV ({exc})"),))
            return  # the reader cannot resynchronise after a broken quote
        lines_read = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            reason = f"has {len(cells)} cells; the header has {len(header)}"
            yield RawRecord(start + offset, None, (FieldError(_LINE, reason),))
            continue
        yield RawRecord(start + offset, _csv_record(dict(zip(header, cells, strict=True))))


def read_records(body: bytes, fmt: BulkFormat, *, first_line: int | None = None) -> Iterator[RawRecord]:
    if fmt is BulkFormat.JSONL:
        return read_jsonl(body, first_line=first_line or 1)
    return read_csv(body, first_line=first_line or 2)
