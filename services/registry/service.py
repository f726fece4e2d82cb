"""The registry's use cases: register, read, change, erase, search, import one line.

Each change is one conditional write of the profile together with its pending
event (see `repository`); the relay is told so it can publish at once. A change
that leaves the profile as it was stores nothing and publishes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from pydantic import ValidationError

from services.registry import outbox
from services.registry.errors import (
    ConcurrentChange,
    FieldError,
    InvalidProfile,
    ProfileAlreadyExists,
    ProfileNotFound,
    VersionMismatch,
    from_validation_error,
)
from services.registry.keys import hash_secret, new_sme_token
from services.registry.profile import (
    ProfileIn,
    ProfilePatch,
    merged,
    new_sme_id,
    to_snapshot,
    unknown_certifications,
)
from services.registry.repository import ProfileRepository, SearchFilters, StoredProfile

# Optimistic writes retry this often when other writers keep winning the race.
_MAX_ATTEMPTS = 5

ImportStatus = Literal["created", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class Registered:
    stored: StoredProfile
    sme_token: str


@dataclass(frozen=True, slots=True)
class Imported:
    status: ImportStatus
    stored: StoredProfile
    sme_token: str | None  # only for a newly registered SME


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _validated(data: dict[str, object]) -> ProfileIn:
    try:
        return ProfileIn.model_validate(data)
    except ValidationError as exc:
        raise InvalidProfile(from_validation_error(exc)) from exc


class Registry:
    def __init__(
        self,
        repository: ProfileRepository,
        on_change: Callable[[str], None],
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._repo = repository
        self._on_change = on_change
        self._clock = clock

    async def register(self, profile: ProfileIn, correlation_id: str) -> Registered:
        sme_id = profile.id or new_sme_id()
        now = self._clock()
        snapshot = to_snapshot(profile, sme_id, consent_at=now)
        token = new_sme_token(sme_id)
        unknown = unknown_certifications(snapshot)
        version = 1
        try:
            await self._repo.insert(
                snapshot,
                outbox.changed(snapshot, version, correlation_id),
                token_hash=hash_secret(token),
                unknown=unknown,
                now=now,
            )
        except ProfileAlreadyExists:
            # An erased id may be registered again; its versions carry on from the tombstone.
            state = await self._repo.state(sme_id)
            if state is None or state.live:
                raise
            version = state.version + 1
            revived = await self._repo.revive(
                snapshot,
                outbox.changed(snapshot, version, correlation_id),
                erased_version=state.version,
                token_hash=hash_secret(token),
                unknown=unknown,
                now=now,
            )
            if not revived:
                raise
        self._on_change(sme_id)
        return Registered(StoredProfile(snapshot, version, tuple(unknown), now, now), token)

    async def get(self, sme_id: str) -> StoredProfile:
        stored = await self._repo.get(sme_id)
        if stored is None:
            raise ProfileNotFound(sme_id)
        return stored

    async def replace(
        self, sme_id: str, profile: ProfileIn, *, expected_version: int | None, correlation_id: str
    ) -> StoredProfile:
        if profile.id not in (None, sme_id):
            raise InvalidProfile([FieldError("id", "differs from the id in the path; ids cannot change")])
        current = await self._current(sme_id, expected_version)
        return await self._store(current, profile, correlation_id)

    async def patch(
        self, sme_id: str, patch: ProfilePatch, *, expected_version: int | None, correlation_id: str
    ) -> StoredProfile:
        current = await self._current(sme_id, expected_version)
        return await self._store(
            current, _validated(merged(current.profile, patch.changes())), correlation_id
        )

    async def erase(self, sme_id: str, *, expected_version: int | None, correlation_id: str) -> None:
        for _ in range(_MAX_ATTEMPTS):
            state = await self._repo.state(sme_id)
            if state is None or not state.live:
                raise ProfileNotFound(sme_id)
            if expected_version is not None and state.version != expected_version:
                raise VersionMismatch(sme_id, state.version)
            tombstone = outbox.erased(state.version + 1, correlation_id)
            if await self._repo.erase(sme_id, tombstone, expected_version=state.version, now=self._clock()):
                self._on_change(sme_id)
                return
        raise ConcurrentChange(sme_id)

    async def search(self, filters: SearchFilters, *, after: str | None, limit: int) -> list[StoredProfile]:
        return await self._repo.search(filters, after=after, limit=limit)

    async def new_token(self, sme_id: str) -> str:
        """Issue a new SME token; the old one stops working."""
        token = new_sme_token(sme_id)
        if not await self._repo.set_token_hash(sme_id, hash_secret(token)):
            raise ProfileNotFound(sme_id)
        return token

    async def import_one(self, profile: ProfileIn, correlation_id: str) -> Imported:
        """Register, or update only the fields the line carries; the same line twice changes nothing."""
        if profile.id is None:
            raise InvalidProfile([FieldError("id", "is required in an import")])
        sme_id = profile.id
        sent = profile.model_dump(mode="json", include=profile.model_fields_set)
        for _ in range(_MAX_ATTEMPTS):
            current = await self._repo.get(sme_id)
            if current is None:
                try:
                    registered = await self.register(profile, correlation_id)
                except ProfileAlreadyExists:
                    continue  # registered by someone else meanwhile: update it instead
                return Imported("created", registered.stored, registered.sme_token)
            try:
                stored = await self._store(current, _validated(merged(current.profile, sent)), correlation_id)
            except VersionMismatch:
                continue
            status: ImportStatus = "unchanged" if stored.version == current.version else "updated"
            return Imported(status, stored, None)
        raise ConcurrentChange(sme_id)

    async def _current(self, sme_id: str, expected_version: int | None) -> StoredProfile:
        """The stored profile, if it is still at `expected_version` (None: any version)."""
        current = await self.get(sme_id)
        if expected_version is not None and current.version != expected_version:
            raise VersionMismatch(sme_id, current.version)
        return current

    async def _store(self, current: StoredProfile, profile: ProfileIn, correlation_id: str) -> StoredProfile:
        sme_id = current.profile.id
        now = self._clock()
        # Consent is a fact in time: a change that does not restate it keeps the recorded one.
        snapshot = to_snapshot(profile, sme_id, consent_at=current.profile.consent_at or now)
        if snapshot == current.profile:
            return current
        version = current.version + 1
        unknown = unknown_certifications(snapshot)
        stored = await self._repo.replace(
            snapshot,
            outbox.changed(snapshot, version, correlation_id),
            expected_version=current.version,
            unknown=unknown,
            now=now,
        )
        if not stored:
            latest = await self.get(sme_id)
            raise VersionMismatch(sme_id, latest.version)
        self._on_change(sme_id)
        return StoredProfile(snapshot, version, tuple(unknown), current.created_at, now)
