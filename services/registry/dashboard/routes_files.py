"""Files: upload an import (JSONL or CSV, as `/v1/import` takes) and see its report; export CSV and XLSX."""

from __future__ import annotations

import asyncio
import uuid
from typing import Annotated, Final

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from services.registry.api.deps import Context, RegistryDep
from services.registry.bulk_formats import BulkFormat, UnreadableFile, read_records
from services.registry.bulk_import import TooManyLines
from services.registry.dashboard.catalogue import facets, live_profiles
from services.registry.dashboard.export import csv_bytes, xlsx_bytes
from services.registry.dashboard.guard import PREFIX, CheckedForm, DashboardSession, page
from services.registry.dashboard.routes_smes import FilterText, chosen_filters

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


@router.get("/export.{kind}")
async def export(
    _: DashboardSession,
    kind: ExportFormat,
    registry: RegistryDep,
    sub_cluster: FilterText = None,
    stage: FilterText = None,
    province: FilterText = None,
) -> Response:
    chosen = chosen_filters(sub_cluster, stage, province)
    profiles = facets(await live_profiles(registry), chosen).matching
    # Off the event loop: a workbook of thousands of rows takes seconds of CPU.
    if kind == "csv":
        body, media_type = await asyncio.to_thread(csv_bytes, profiles), "text/csv; charset=utf-8"
    else:
        body, media_type = await asyncio.to_thread(xlsx_bytes, profiles), XLSX_TYPE
    headers = {"Content-Disposition": f'attachment; filename="clusterlink-smes.{kind}"', "Cache-Control": "no-store"}
    return Response(body, media_type=media_type, headers=headers)
