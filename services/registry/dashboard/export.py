"""Spreadsheet files, CSV and XLSX, of any table: the SMEs (with the columns `/v1/import` reads
from CSV) and the introductions (`introduction_rows`).

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or a
carriage return, which some read past) as a formula, so such CSV cells get a
leading `'`: shown as text, never run. XLSX cells are written as typed
strings, which no spreadsheet evaluates, so they keep the text exactly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Final

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell.cell import TYPE_STRING, WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]

from services.registry.bulk_formats import CSV_COLUMNS, LIST_SEPARATOR
from services.registry.dashboard.funnel_store import PairRecord
from services.registry.profile import contract_record
from shared.events import SmeProfileV1

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _cells(profile: SmeProfileV1) -> list[str]:
    data = contract_record(profile, extras=True)
    capacity = data.pop("capacity", None) or {}
    data["capacity_amount"] = capacity.get("amount")
    data["capacity_unit"] = capacity.get("unit")
    cells = []
    for column in CSV_COLUMNS:
        value = data.get(column)
        if value is None:
            cells.append("")
        elif isinstance(value, list | tuple):
            cells.append(LIST_SEPARATOR.join(str(item) for item in value))
        elif isinstance(value, float) and value.is_integer():
            cells.append(str(int(value)))
        else:
            cells.append(str(value))
    return cells


def rows(profiles: Iterable[SmeProfileV1]) -> Iterator[list[str]]:
    yield list(CSV_COLUMNS)
    for profile in profiles:
        yield _cells(profile)


INTRODUCTION_COLUMNS: Final = (
    "supplier_id", "supplier_name", "supplier_sub_cluster", "buyer_id", "buyer_name", "buyer_sub_cluster",
    "suggested_at", "introduced_at",
)  # fmt: skip


def _when(at: datetime | None) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if at is not None else ""


def introduction_rows(pairs: Iterable[PairRecord], profiles: Mapping[str, SmeProfileV1]) -> Iterator[list[str]]:
    """One row per introduced pair (of live SMEs, as `funnel.introduced` chooses them)."""
    yield list(INTRODUCTION_COLUMNS)
    for pair in pairs:
        supplier, buyer = profiles[pair.supplier_id], profiles[pair.buyer_id]
        yield [
            supplier.id, supplier.name, str(supplier.sub_cluster), buyer.id, buyer.name, str(buyer.sub_cluster),
            _when(pair.suggested_at), _when(pair.introduced_at),
        ]  # fmt: skip


def csv_bytes(table: Iterable[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in table:
        writer.writerow([neutralised(cell) for cell in row])
    # The BOM makes Excel read the file as UTF-8, so Thai names open intact.
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _text_cell(sheet: object, value: str, *, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = TYPE_STRING  # openpyxl reads a leading "=" as a formula; this keeps it text
    if bold:
        cell.font = Font(bold=True)
    return cell


def xlsx_bytes(table: Iterable[list[str]], sheet_name: str = "SMEs") -> bytes:
    """Written row by row (openpyxl's write-only mode: memory and time grow with the rows, no more)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_name)
    sheet.freeze_panes = "A2"
    for number, row in enumerate(table):
        sheet.append([_text_cell(sheet, cell, bold=number == 0) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
