"""`/v1/import` and `/v1/export`: whole files of profiles (CONTRACTS §1 JSONL, or CSV in)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from email.message import Message
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from starlette.exceptions import HTTPException

from services.registry.api.deps import Caller, Context, CorrelationId, RegistryDep
from services.registry.api.schemas import ImportSummary, error_responses
from services.registry.bulk_formats import BulkFormat, UnreadableFile, read_records
from services.registry.documents import ProfileVersion
from services.registry.profile import contract_record
from services.registry.repository import SearchFilters
from services.registry.service import Registry

router = APIRouter(prefix="/v1", tags=["bulk"])

IMPORT_PATH = "/v1/import"
_JSONL_TYPES = frozenset(
    {"application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines"}
)
_CSV_TYPES = frozenset({"text/csv", "application/csv"})
_TEXT_BODY = {"schema": {"type": "string"}}
_EXPORT_PAGE = 500


def _format_of(content_type: str | None) -> BulkFormat:
    message = Message()
    message["content-type"] = content_type or ""
    media_type = message.get_content_type() if content_type else ""
    if media_type in _JSONL_TYPES:
        return BulkFormat.JSONL
    if media_type in _CSV_TYPES:
        return BulkFormat.CSV
    raise HTTPException(415, "send JSONL as application/x-ndjson or CSV as text/csv (or say ?format=jsonl|csv)")


@router.post(
    "/import",
    summary="Import profiles from a JSONL or CSV file (coordinators)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/x-ndjson": _TEXT_BODY, "text/csv": _TEXT_BODY},
        }
    },
    responses=error_responses(401, 403, 413, 415, 422, 503),
)
async def import_profiles(
    request: Request,
    caller: Caller,
    context: Context,
    correlation_id: CorrelationId,
    format: Annotated[BulkFormat | None, Query(description="Overrides the Content-Type")] = None,
    dry_run: Annotated[bool, Query(description="Validate and report only; store nothing")] = False,
    fresh_consent: Annotated[
        bool, Query(description="Lines of erased ids register them anew (their owners consented again)")
    ] = False,
    first_line: Annotated[
        int | None, Query(ge=1, le=100_000_000, description="File line number of this body's first record")
    ] = None,
) -> ImportSummary:
    """Every line is validated; valid lines are applied, rejected ones reported with line, field and reason.

    Idempotent by `id`: importing the same file again changes nothing and publishes nothing.
    """
    caller.require_coordinator()
    fmt = format or _format_of(request.headers.get("content-type"))
    body = await request.body()
    if not body.strip():
        raise UnreadableFile("is empty")
    report = await context.importer.run(
        read_records(body, fmt, first_line=first_line),
        dry_run=dry_run,
        fresh_consent=fresh_consent,
        correlation_id=correlation_id,
        max_lines=context.settings.max_import_lines,
    )
    return ImportSummary.of(report)


async def _remaining_pages(registry: Registry, first: list[ProfileVersion]) -> AsyncIterator[list[ProfileVersion]]:
    page = first
    while True:
        yield page
        if len(page) < _EXPORT_PAGE:
            return
        page = await registry.search(SearchFilters(), after=page[-1].sme_id, limit=_EXPORT_PAGE)


@router.get(
    "/export",
    summary="Export every profile as CONTRACTS §1 JSONL (coordinators)",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"application/x-ndjson": _TEXT_BODY}, "description": "One profile per line"},
        **error_responses(401, 403, 422, 503),
    },
)
async def export_profiles(
    caller: Caller,
    registry: RegistryDep,
    extras: Annotated[bool, Query(description="Add the optional registry fields to each line")] = False,
) -> StreamingResponse:
    caller.require_coordinator()
    # The first page is read before answering, so an unavailable database is a 503, not a cut stream.
    first = await registry.search(SearchFilters(), after=None, limit=_EXPORT_PAGE)

    async def lines() -> AsyncIterator[bytes]:
        async for page in _remaining_pages(registry, first):
            for stored in page:
                assert stored.profile is not None  # search returns live profiles only
                record = contract_record(stored.profile, extras=extras)
                yield (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")

    return StreamingResponse(lines(), media_type="application/x-ndjson")
