"""SMEs as spreadsheet files: CSV and XLSX, with the columns `/v1/import` reads from CSV.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or a
carriage return, which some read past) as a formula, so such CSV cells get a
leading `'`: shown as text, never run. XLSX cells are written as typed
strings, which no spreadsheet evaluates, so they keep the text exactly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Final

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell.cell import TYPE_STRING, WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]

from services.registry.bulk_formats import CSV_COLUMNS, LIST_SEPARATOR
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


def csv_bytes(profiles: Iterable[SmeProfileV1]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows(profiles):
        writer.writerow([neutralised(cell) for cell in row])
    # The BOM makes Excel read the file as UTF-8, so Thai names open intact.
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _text_cell(sheet: object, value: str, *, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = TYPE_STRING  # openpyxl reads a leading "=" as a formula; this keeps it text
    if bold:
        cell.font = Font(bold=True)
    return cell


def xlsx_bytes(profiles: Iterable[SmeProfileV1]) -> bytes:
    """Written row by row (openpyxl's write-only mode: memory and time grow with the rows, no more)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("SMEs")
    sheet.freeze_panes = "A2"
    for number, row in enumerate(rows(profiles)):
        sheet.append([_text_cell(sheet, cell, bold=number == 0) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
