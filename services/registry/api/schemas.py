"""Response bodies of the HTTP API (requests are `profile.ProfileIn` / `ProfilePatch`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from services.registry.bulk_import import ImportReport, LineStatus
from services.registry.documents import ProfileVersion
from shared.events import SmeProfileV1


class FieldProblem(BaseModel):
    field: str = Field(description="Path of the field: `offers[2]`, `capacity.amount`, `query.limit`")
    reason: str = Field(description="What is wrong with it")


class ErrorBody(BaseModel):
    """Every 4xx and 5xx response has this body."""

    code: str = Field(description="Stable machine-readable code", examples=["validation_failed"])
    message: str = Field(description="What went wrong, for people")
    errors: list[FieldProblem] = Field(default_factory=list, description="One entry per invalid field")
    current_version: int | None = Field(None, description="On 412: the version now stored")


class SmeRecord(BaseModel):
    id: str
    version: int = Field(ge=1, description="Grows by one with every change; the ETag is this number, quoted")
    profile: SmeProfileV1
    unknown_certifications: list[str] = Field(
        description="Certifications not in the cluster taxonomy: kept as written, worth a look"
    )
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, stored: ProfileVersion) -> SmeRecord:
        assert stored.profile is not None and stored.created_at is not None, "a live profile"
        return cls(
            id=stored.sme_id,
            version=stored.version,
            profile=stored.profile,
            unknown_certifications=list(stored.unknown_certifications),
            created_at=stored.created_at,
            updated_at=stored.updated_at,
        )


class SmeRegistered(SmeRecord):
    sme_token: str = Field(
        description="The SME's own token for reading and editing this profile; shown once, hand it over"
    )


class SmeToken(BaseModel):
    sme_token: str = Field(description="A new token for this SME; the previous one no longer works")


class SmePage(BaseModel):
    items: list[SmeRecord]
    next_after: str | None = Field(description="Pass as `after` to get the next page; null on the last page")


class LineOutcome(BaseModel):
    line: int = Field(description="Line number in the file (1-based)")
    id: str | None
    status: LineStatus
    version: int | None = None
    errors: list[FieldProblem] = Field(default_factory=list)
    sme_token: str | None = Field(None, description="For a newly registered SME only; shown once")


class ImportSummary(BaseModel):
    dry_run: bool
    total: int
    created: int
    updated: int
    unchanged: int
    valid: int = Field(description="Valid lines of a dry run (nothing stored)")
    rejected: int
    results: list[LineOutcome]

    @classmethod
    def of(cls, report: ImportReport) -> ImportSummary:
        return cls(
            dry_run=report.dry_run,
            total=len(report.results),
            created=report.count("created"),
            updated=report.count("updated"),
            unchanged=report.count("unchanged"),
            valid=report.count("valid"),
            rejected=report.count("rejected"),
            results=[
                LineOutcome(
                    line=r.line,
                    id=r.id,
                    status=r.status,
                    version=r.version,
                    errors=[FieldProblem(field=e.field, reason=e.reason) for e in r.errors],
                    sme_token=r.sme_token,
                )
                for r in report.results
            ],
        )


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    descriptions = {
        400: "The body could not be read (for example, not UTF-8)",
        401: "No valid API key or SME token",
        403: "Valid credentials, but not for this",
        404: "No such profile",
        409: "A profile with this id exists",
        412: "If-Match names an older version: re-read the profile and retry",
        413: "Request body too large",
        415: "Unsupported content type",
        422: "Invalid input: every problem is listed with its field path",
        428: "This change needs an If-Match header with the profile's ETag",
        429: "Too many failed authentications from this address: wait Retry-After seconds",
        503: "The database is unavailable; nothing was changed",
    }
    # Whatever authenticates can also be refused for too many failed attempts.
    listed = (*statuses, 429) if 401 in statuses and 429 not in statuses else statuses
    return {status: {"model": ErrorBody, "description": descriptions[status]} for status in listed}
