"""Bulk import: validate every record, apply the valid ones in batches, report each line.

Idempotent by `id`: a record creates the profile or changes the fields it
carries; re-importing the same file stores and publishes nothing new.

A batch of lines costs a handful of database commands, not a few per line:
the newest versions of all its SMEs are read together, each line's next
version is built (`changes`), then all are inserted with their outbox markers
and the heads follow. Each version insert is still its own race (decision
0003): a line whose version number another writer took meanwhile is read and
built again in the next round, with the other lines that lost, and is
rejected only after `MAX_ATTEMPTS` lost rounds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, Protocol

from pydantic import ValidationError

from services.registry.bulk_formats import RawRecord
from services.registry.changes import ImportOutcome, import_line
from services.registry.documents import ProfileVersion
from services.registry.errors import (
    ERASED_ADDRESS_REASON,
    ERASED_REASON,
    ConcurrentChange,
    FieldError,
    InvalidProfile,
    from_validation_error,
)
from services.registry.profile import ProfileIn
from services.registry.service import MAX_ATTEMPTS
from services.registry.suppression import Suppressed, Suppressions, new_address, of_profile
from shared.mongo import MongoDatabase

LineStatus = Literal["created", "updated", "unchanged", "valid", "rejected"]


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


class ImportStorage(Protocol):
    @property
    def database(self) -> MongoDatabase: ...

    async def heads_many(self, sme_ids: Collection[str]) -> dict[str, ProfileVersion | None]: ...

    async def newer_exists(self, versions: Collection[ProfileVersion]) -> set[str]: ...

    async def latest_many(self, sme_ids: Collection[str]) -> dict[str, ProfileVersion | None]: ...

    async def insert_many(self, versions: Sequence[ProfileVersion]) -> set[str]: ...

    async def update_heads(self, fresh: Sequence[ProfileVersion], moved: Sequence[ProfileVersion]) -> None: ...

    async def claim_numbers(self, sme_ids: Collection[str], at: datetime) -> set[str]: ...

    async def withdraw_reused_firsts(self, firsts: Sequence[ProfileVersion]) -> set[str]: ...


Line = tuple[int, ProfileIn]


@dataclass(slots=True)
class _Round:
    """One round over a batch's lines: what is settled, what to write, what to read again."""

    reported: list[LineResult] = field(default_factory=list)
    writes: list[tuple[Line, ImportOutcome]] = field(default_factory=list)
    again: list[Line] = field(default_factory=list)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _applied(line: int, outcome: ImportOutcome) -> LineResult:
    return LineResult(line, outcome.stored.sme_id, outcome.status, outcome.stored.version, sme_token=outcome.sme_token)


class Importer:
    def __init__(
        self,
        storage: ImportStorage,
        on_stored: Callable[[], None],
        *,
        batch_size: int,
        clock: Callable[[], datetime] = _utcnow,
        suppressions: Suppressions | None = None,
    ) -> None:
        self._storage = storage
        self._on_stored = on_stored
        self._batch_size = batch_size
        self._clock = clock
        self._suppressions = suppressions or Suppressions.from_environment(storage.database)

    async def run(
        self,
        records: Iterable[RawRecord],
        *,
        dry_run: bool,
        correlation_id: str,
        max_lines: int,
        fresh_consent: bool = False,
    ) -> ImportReport:
        rejected, valid = await asyncio.to_thread(_validate, records, max_lines)
        if dry_run:
            applied = [LineResult(line, profile.id, "valid") for line, profile in valid]
        else:
            applied = []
            for start in range(0, len(valid), self._batch_size):
                applied += await self._apply(valid[start : start + self._batch_size], correlation_id, fresh_consent)
        return ImportReport(dry_run, tuple(sorted(rejected + applied, key=lambda result: result.line)))

    async def _apply(self, lines: list[Line], correlation_id: str, fresh_consent: bool) -> list[LineResult]:
        """One batch of valid lines with distinct ids, each reported once."""
        reported: list[LineResult] = []
        numbered: set[str] = set()  # ids whose claim was found taken: read again, not claimed again
        for attempt in range(MAX_ATTEMPTS):
            if not lines:
                return reported
            step = await self._round(lines, correlation_id, fresh_consent, from_heads=attempt == 0)
            # Number 1 needs the id's claim (a unique insert): one taken means the id was registered
            # since this round read it, perhaps erased and purged too, so the line is read again.
            firsts = [o.stored.sme_id for _, o in step.writes if o.stored.version == 1]
            claimed_before = await self._storage.claim_numbers([i for i in firsts if i not in numbered], self._clock())
            numbered |= claimed_before
            writes = [(line, o) for line, o in step.writes if o.stored.sme_id not in claimed_before]
            taken = await self._storage.insert_many([outcome.stored for _, outcome in writes])
            # Ids numbered before claims existed (or found taken above) are checked after the insert.
            reused = await self._storage.withdraw_reused_firsts(
                [o.stored for _, o in writes if o.stored.version == 1 and o.stored.sme_id not in taken]
            )
            taken |= claimed_before | reused
            stored = [(line, outcome) for (line, _), outcome in step.writes if outcome.stored.sme_id not in taken]
            # A first version means the SME had no head (a head names a stored version).
            versions = [outcome.stored for _, outcome in stored]
            await self._storage.update_heads(
                [v for v in versions if v.version == 1], [v for v in versions if v.version > 1]
            )
            if stored:
                self._on_stored()
            if fresh_consent:  # their owners consented again: erased ids and addresses may come back
                created = [p for (_, p), outcome in step.writes if outcome.status == "created" and p.id not in taken]
                await self._suppressions.lift(s for p in created for s in of_profile(p.id, p.contact_email))
                changed = [p for (_, p), outcome in step.writes if outcome.status == "updated" and p.id not in taken]
                await self._suppressions.lift(s for p in changed for s in of_profile(None, p.contact_email))
            reported += step.reported + [_applied(line, outcome) for line, outcome in stored]
            lines = step.again + [line for line, outcome in step.writes if outcome.stored.sme_id in taken]
        # Still losing after every round: others keep changing these profiles.
        return reported + [
            _rejected(line, profile.id, FieldError("id", str(ConcurrentChange(_id_of(profile)))))
            for line, profile in lines
        ]

    async def _round(self, lines: list[Line], correlation_id: str, fresh_consent: bool, *, from_heads: bool) -> _Round:
        """Build each line's outcome from what is stored.

        The first round reads only the heads. A head that fell behind makes the insert of the
        next number fail, which sends the line to the next round; for a line that would write
        nothing, a read of the number above its head tells, as there is no insert to fail."""
        ids = [_id_of(profile) for _, profile in lines]
        latest = await (self._storage.heads_many(ids) if from_heads else self._storage.latest_many(ids))
        now = self._clock()
        step = _Round()
        unwritten: list[tuple[Line, LineResult, ProfileVersion | None]] = []
        # An old file must not bring back an erased SME, under its id or under its address.
        erased = (
            set()
            if fresh_consent
            else await self._suppressions.among(s for _, p in lines for s in of_profile(p.id, p.contact_email))
        )
        for line, profile in lines:
            current = latest[_id_of(profile)]
            try:
                outcome = import_line(current, profile, correlation_id, now, fresh_consent=fresh_consent)
                if outcome.status == "created":
                    _refuse_erased(profile, erased)
                elif outcome.status == "updated" and current is not None and current.profile is not None:
                    # A change to an address of an erased profile is refused as a registration is.
                    known = (current.profile.contact_email, current.profile.pending_contact_email)
                    _refuse_erased_address(new_address(known, profile.contact_email), erased)
            except InvalidProfile as exc:
                unwritten.append(((line, profile), _rejected(line, profile.id, *exc.errors), current))
                continue
            if outcome.writes:
                step.writes.append(((line, profile), outcome))
            else:
                unwritten.append(((line, profile), _applied(line, outcome), current))
        read = [current for _, _, current in unwritten if current is not None]
        stale = await self._storage.newer_exists(read) if from_heads and read else set()
        for (line, profile), result, current in unwritten:
            if current is not None and current.sme_id in stale:
                step.again.append((line, profile))
            else:
                step.reported.append(result)
        return step


def _refuse_erased(profile: ProfileIn, erased: set[Suppressed]) -> None:
    for hit in of_profile(profile.id, profile.contact_email):
        if hit in erased:
            raise InvalidProfile([FieldError(hit.kind, ERASED_REASON if hit.kind == "id" else ERASED_ADDRESS_REASON)])


def _refuse_erased_address(asked: list[Suppressed], erased: set[Suppressed]) -> None:
    if any(hit in erased for hit in asked):
        raise InvalidProfile([FieldError("contact_email", ERASED_ADDRESS_REASON)])


def _id_of(profile: ProfileIn) -> str:
    assert profile.id is not None, "validated import lines carry their id"
    return profile.id
