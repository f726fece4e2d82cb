"""Bulk files as numbered records: JSONL (CONTRACTS §1) and CSV.

Line numbers are those of the file as the coordinator sees it (1-based, blank
lines counted), so a report can point at the exact line to fix. CSV cells hold
lists separated by `|`, and the capacity as two columns.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from services.registry.errors import FieldError
from services.registry.profile import ProfileIn
from shared.json_keys import DUPLICATE_REASON, DuplicateKey, loads_unique

LIST_SEPARATOR = "|"
_LIST_FIELDS = frozenset({"offers", "needs", "certifications", "bcg"})
_CAPACITY_COLUMNS = ("capacity_amount", "capacity_unit")
CSV_COLUMNS: tuple[str, ...] = tuple(
    column for name in ProfileIn.model_fields for column in (_CAPACITY_COLUMNS if name == "capacity" else (name,))
)
_LINE = "(line)"
_NAMED_COLUMNS = 5


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
            data = loads_unique(raw.decode("utf-8"))
        except DuplicateKey as exc:
            yield RawRecord(line, None, (FieldError(exc.key, DUPLICATE_REASON),))
            continue
        except UnicodeDecodeError:
            yield RawRecord(line, None, (FieldError(_LINE, "is not valid UTF-8"),))
            continue
        except json.JSONDecodeError as exc:
            yield RawRecord(line, None, (FieldError(_LINE, f"is not valid JSON ({exc.msg})"),))
            continue
        except RecursionError:
            yield RawRecord(line, None, (FieldError(_LINE, "is nested too deeply to be a profile"),))
            continue
        except ValueError:  # an integer of more digits than Python converts
            reason = f"holds a number longer than {sys.get_int_max_str_digits()} digits"
            yield RawRecord(line, None, (FieldError(_LINE, reason),))
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


# A quoted cell may run over several lines (a description), but a quote left open must
# not swallow the rest of the file: a record stops growing past these bounds.
MAX_RECORD_LINES = 100
MAX_RECORD_CHARS = 16_000
_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")


class _Lines:
    """The file's physical lines for the CSV reader, from a position that can be reset.

    Each record is read from where the previous one ended; the feed stops when the
    record being read has grown past the bounds, which the reader sees as an unclosed quote.
    """

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self.position = 0
        self._record_start = 0
        self._record_chars = 0

    def start_record(self, position: int) -> None:
        self.position = self._record_start = position
        self._record_chars = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.position >= len(self._lines):
            raise StopIteration
        grown = self.position - self._record_start >= MAX_RECORD_LINES or self._record_chars > MAX_RECORD_CHARS
        if self.position > self._record_start and grown:
            raise StopIteration
        line = self._lines[self.position]
        self.position += 1
        self._record_chars += len(line)
        return line


def _physical_lines(text: str) -> list[str]:
    lines = _PHYSICAL_LINE.findall(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def read_csv(body: bytes, *, first_line: int = 2) -> Iterator[RawRecord]:
    """`first_line` is the file line of the first record after the header.

    A line the CSV reader cannot make sense of (a quote never closed, text after a
    closing quote, a record with the wrong number of cells that ran over several
    lines) is reported alone, and reading starts again on the next line, so every
    later line is still read and reported.
    """
    lines = _Lines(_physical_lines(_decode(body)))
    # strict: a quote left open to the end of the input is an error, not a cell.
    reader = csv.reader(lines, strict=True)
    try:
        header = [column.strip() for column in next(reader)]
    except StopIteration:
        return
    except csv.Error as exc:
        raise UnreadableFile(f"the header is not valid CSV ({exc})", first_line - 1) from exc
    unknown = [column for column in header if column not in CSV_COLUMNS]
    if unknown:
        # Named up to a few: a header of 100,000 made-up columns must not come back as a megabyte.
        named = ", ".join(repr(column[:40]) for column in unknown[:_NAMED_COLUMNS])
        more = f" and {len(unknown) - _NAMED_COLUMNS} more" if len(unknown) > _NAMED_COLUMNS else ""
        reason = f"unknown columns {named}{more}; known columns are {', '.join(CSV_COLUMNS)}"
        raise UnreadableFile(reason, first_line - 1)
    if len(set(header)) != len(header):
        raise UnreadableFile("a column appears twice in the header", first_line - 1)
    offset = first_line - 1 - lines.position  # file line of the physical line at index 0 is offset + 1
    while True:
        start = lines.position
        lines.start_record(start)
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = _csv_reason(exc, lines.position - start)
            yield RawRecord(start + offset + 1, None, (FieldError(_LINE, reason),))
            lines.start_record(start + 1)
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            spanned = lines.position - start
            reason = f"has {len(cells)} cells; the header has {len(header)}"
            if spanned > 1:
                reason += f" (a quoted cell runs over {spanned} lines: is a quote left open?)"
                lines.position = start + 1  # the next record starts on the next line
            yield RawRecord(start + offset + 1, None, (FieldError(_LINE, reason),))
            continue
        yield RawRecord(start + offset + 1, _csv_record(dict(zip(header, cells, strict=True))))


def _csv_reason(exc: csv.Error, spanned: int) -> str:
    if spanned > 1 or "unexpected end of data" in str(exc):
        return (
            "is not valid CSV: a quote opened on this line is not closed before the next cell "
            f"(within {MAX_RECORD_LINES} lines and {MAX_RECORD_CHARS} characters)"
        )
    return f"is not valid CSV ({exc})"


def read_records(body: bytes, fmt: BulkFormat, *, first_line: int | None = None) -> Iterator[RawRecord]:
    if fmt is BulkFormat.JSONL:
        return read_jsonl(body, first_line=first_line or 1)
    return read_csv(body, first_line=first_line or 2)
