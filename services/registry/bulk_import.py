"""Bulk import: validate every record, apply the valid ones, report each line.

Idempotent by `id`: a record creates the profile or changes the fields it
carries; re-importing the same file stores and publishes nothing new. Lines
are applied concurrently (distinct ids only, so no line races another).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import ValidationError
from pymongo.errors import PyMongoError

from services.registry.bulk_formats import RawRecord
from services.registry.errors import ConcurrentChange, FieldError, InvalidProfile, from_validation_error
from services.registry.profile import ProfileIn
from services.registry.service import Registry

LineStatus = Literal["created", "updated", "unchanged", "valid", "rejected"]
_APPLY_CONCURRENCY = 16


@dataclass(frozen=True, slots=True)
class LineResult:
    line: int
    id: str | None
    status: LineStatus
    version: int | None = None
    errors: tuple[FieldError, ...] = ()
    sme_token: str | None = None


@dataclass(frozen=True, slots=True)
class ImportReport:
    dry_run: bool
    results: tuple[LineResult, ...]

    def count(self, status: LineStatus) -> int:
        return sum(result.status == status for result in self.results)


class TooManyLines(ValueError):
    pass


def _rejected(line: int, sme_id: str | None, *errors: FieldError) -> LineResult:
    return LineResult(line, sme_id, "rejected", errors=errors)


def _claimed_id(data: dict[str, object]) -> str | None:
    value = data.get("id")
    return value if isinstance(value, str) else None


def _validate(records: Iterable[RawRecord], max_lines: int) -> tuple[list[LineResult], list[tuple[int, ProfileIn]]]:
    rejected: list[LineResult] = []
    valid: list[tuple[int, ProfileIn]] = []
    first_line_of: dict[str, int] = {}
    for count, record in enumerate(records, start=1):
        if count > max_lines:
            raise TooManyLines(f"more than {max_lines} records; split the file")
        if record.data is None:
            rejected.append(_rejected(record.line, None, *record.errors))
            continue
        try:
            profile = ProfileIn.model_validate(record.data)
        except ValidationError as exc:
            rejected.append(_rejected(record.line, _claimed_id(record.data), *from_validation_error(exc)))
            continue
        if profile.id is None:
            rejected.append(_rejected(record.line, None, FieldError("id", "is required in an import")))
        elif profile.id in first_line_of:
            reason = f"appears again; first seen on line {first_line_of[profile.id]}"
            rejected.append(_rejected(record.line, profile.id, FieldError("id", reason)))
        else:
            first_line_of[profile.id] = record.line
            valid.append((record.line, profile))
    return rejected, valid


async def _apply(registry: Registry, line: int, profile: ProfileIn, correlation_id: str) -> LineResult:
    try:
        outcome = await registry.import_one(profile, correlation_id)
    except InvalidProfile as exc:
        return _rejected(line, profile.id, *exc.errors)
    except ConcurrentChange as exc:
        return _rejected(line, profile.id, FieldError("id", str(exc)))
    return LineResult(line, profile.id, outcome.status, outcome.stored.version, sme_token=outcome.sme_token)


async def run_import(
    registry: Registry,
    records: Iterable[RawRecord],
    *,
    dry_run: bool,
    correlation_id: str,
    max_lines: int,
) -> ImportReport:
    rejected, valid = await asyncio.to_thread(_validate, records, max_lines)
    if dry_run:
        applied = [LineResult(line, profile.id, "valid") for line, profile in valid]
    else:
        applied = await _apply_all(registry, valid, correlation_id)
    return ImportReport(dry_run, tuple(sorted(rejected + applied, key=lambda result: result.line)))


async def _apply_all(registry: Registry, valid: list[tuple[int, ProfileIn]], correlation_id: str) -> list[LineResult]:
    gate = asyncio.Semaphore(_APPLY_CONCURRENCY)

    async def apply(line: int, profile: ProfileIn) -> LineResult:
        async with gate:
            return await _apply(registry, line, profile, correlation_id)

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(apply(line, profile)) for line, profile in valid]
    except* PyMongoError as failures:
        # The database went away mid-import: report that, not a task group.
        raise failures.exceptions[0] from None
    return [task.result() for task in tasks]
