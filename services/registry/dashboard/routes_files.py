"""Files: upload an import (JSONL or CSV, as `/v1/import` takes) and see its report; export CSV and XLSX."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable
from typing import Annotated, Final

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from services.registry.api.deps import Context, RegistryDep
from services.registry.bulk_formats import BulkFormat, UnreadableFile, read_records
from services.registry.bulk_import import TooManyLines
from services.registry.dashboard.catalogue import facets, live_profiles
from services.registry.dashboard.export import csv_bytes, rows, xlsx_bytes
from services.registry.dashboard.filters import Filters
from services.registry.dashboard.guard import PREFIX, CheckedForm, DashboardSession, page

router = APIRouter(prefix=PREFIX, include_in_schema=False)

IMPORT_PATH: Final = f"{PREFIX}/import"
XLSX_TYPE: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _format(choice: object, filename: str | None) -> BulkFormat | None:
    if choice in set(BulkFormat):
        return BulkFormat(str(choice))
    name = (filename or "").lower()
    if name.endswith(".csv"):
        return BulkFormat.CSV
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return BulkFormat.JSONL
    return None


@router.get("/import", response_class=HTMLResponse)
async def import_form(request: Request, session: DashboardSession) -> Response:
    return page(request, session, "import.html.j2", report=None, problem=None)


@router.post("/import", response_class=HTMLResponse)
async def import_file(request: Request, session: DashboardSession, data: CheckedForm, context: Context) -> Response:
    upload = data.get("file")
    if not isinstance(upload, UploadFile):
        return page(request, session, "import.html.j2", 422, report=None, problem="file: no file was chosen")
    fmt = _format(data.get("format"), upload.filename)
    if fmt is None:
        problem = "format: choose JSONL or CSV, or name the file .jsonl or .csv"
        return page(request, session, "import.html.j2", 422, report=None, problem=problem)
    body = await upload.read()
    dry_run = data.get("dry_run") == "on"
    try:
        if not body.strip():
            raise UnreadableFile("is empty")
        report = await context.importer.run(
            read_records(body, fmt), dry_run=dry_run, correlation_id=f"dashboard-import-{uuid.uuid4()}",
            max_lines=context.settings.max_import_lines,
        )  # fmt: skip
    except UnreadableFile as exc:
        where = "file" if exc.line is None else f"line {exc.line}"
        return page(request, session, "import.html.j2", 422, report=None, problem=f"{where}: {exc.reason}")
    except TooManyLines as exc:
        return page(request, session, "import.html.j2", 413, report=None, problem=f"file: {exc}")
    return page(request, session, "import.html.j2", report=report, problem=None)


ExportFormat = Annotated[str, Path(pattern="^(csv|xlsx)$")]


async def spreadsheet(kind: str, table: Iterable[list[str]], name: str, sheet_name: str) -> Response:
    """A table as a CSV or XLSX download, built off the event loop (thousands of rows take seconds of CPU)."""
    if kind == "csv":
        body, media_type = await asyncio.to_thread(csv_bytes, table), "text/csv; charset=utf-8"
    else:
        body, media_type = await asyncio.to_thread(xlsx_bytes, table, sheet_name), XLSX_TYPE
    headers = {"Content-Disposition": f'attachment; filename="{name}.{kind}"', "Cache-Control": "no-store"}
    return Response(body, media_type=media_type, headers=headers)


@router.get("/export.{kind}")
async def export(_: DashboardSession, kind: ExportFormat, registry: RegistryDep, chosen: Filters) -> Response:
    profiles = facets(await live_profiles(registry), chosen).matching
    return await spreadsheet(kind, rows(profiles), "clusterlink-smes", "SMEs")
