"""The registry's use cases for one profile: register, read, change, erase, search.

Each change stores one new version of the profile together with its pending
event (see `repository`); the relay is told so it can publish at once. A
change that leaves the profile as it was stores and publishes nothing. Bulk
imports are `bulk_import`'s, built from the same `changes`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from services.registry import outbox
from services.registry.changes import (
    Registration,
    change,
    contact_confirmed,
    live_profile,
    registration,
    validated,
)
from services.registry.documents import ProfileVersion, VersionKind
from services.registry.errors import (
    ConcurrentChange,
    ErasedProfile,
    FieldError,
    InvalidProfile,
    ProfileAlreadyExists,
    ProfileNotFound,
    VersionMismatch,
)
from services.registry.keys import hash_secret, new_sme_token
from services.registry.profile import ProfileIn, ProfilePatch, merged, new_sme_id
from services.registry.repository import ProfileRepository, SearchFilters, VersionTaken
from services.registry.suppression import Suppressions, new_address, of_profile

# Optimistic writes retry this often when other writers keep winning the race.
MAX_ATTEMPTS = 5

Registered = Registration


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Registry:
    def __init__(
        self,
        repository: ProfileRepository,
        on_change: Callable[[str], None],
        clock: Callable[[], datetime] = _utcnow,
        suppressions: Suppressions | None = None,
    ) -> None:
        self._repo = repository
        self._on_change = on_change
        self._clock = clock
        self._suppressions = suppressions or Suppressions.from_environment(repository.database)

    async def register(self, profile: ProfileIn, correlation_id: str, *, fresh_consent: bool = False) -> Registered:
        sme_id = profile.id or new_sme_id()
        erased = of_profile(sme_id, profile.contact_email)
        if not fresh_consent:
            # An erased id or address comes back only with its owner's consent (an old file, a retyped form).
            kinds = {hit.kind for hit in await self._suppressions.among(erased)}
            if kinds:
                raise ErasedProfile(sme_id, "id" if "id" in kinds else "contact_email")
        registered = await self._register_new_or_again(sme_id, profile, correlation_id, fresh_consent)
        if fresh_consent:
            await self._suppressions.lift(erased)
        return registered

    async def _register_new_or_again(
        self, sme_id: str, profile: ProfileIn, correlation_id: str, fresh_consent: bool
    ) -> Registered:
        # A claim inserted now (unique `_id`) means no earlier life of the id can be purged under
        # this registration; one taken means it was numbered before: look at what is kept.
        claimed = not await self._repo.claim_numbers([sme_id], self._clock())
        if claimed or await self._repo.erased_version(sme_id) is None:
            # Version documents go only after an erasure's number is kept, so a free version 1 means a new SME.
            first = registration(sme_id, 1, profile, correlation_id, self._clock())
            try:
                await self._repo.insert(first.stored)
            except VersionTaken:
                pass
            else:
                # The SME's erased versions were deleted between the read and the insert (an id
                # numbered before claims existed, or a claim found taken): number 1 was used before.
                if not await self._repo.withdraw_reused_firsts([first.stored]):
                    self._on_change(sme_id)
                    return first
        latest = await self._repo.latest(sme_id)
        if latest is None or latest.live:
            raise ProfileAlreadyExists(sme_id)
        if not fresh_consent:
            raise ErasedProfile(sme_id)
        # An erased id may be registered again with fresh consent; its versions carry on after the tombstone.
        try:
            return await self._register_as(sme_id, latest.version + 1, profile, correlation_id)
        except VersionTaken as exc:
            raise ProfileAlreadyExists(sme_id) from exc

    async def _register_as(self, sme_id: str, version: int, profile: ProfileIn, correlation_id: str) -> Registered:
        registered = registration(sme_id, version, profile, correlation_id, self._clock())
        await self._repo.insert(registered.stored)
        self._on_change(sme_id)
        return registered

    async def get(self, sme_id: str) -> ProfileVersion:
        latest = await self._repo.latest(sme_id)
        if latest is None or not latest.live:
            raise ProfileNotFound(sme_id)
        return latest

    async def _changeable(self, sme_id: str) -> ProfileVersion:
        """`get` for a change: an erased id says so (409), as a change cannot bring it back."""
        latest = await self._repo.latest(sme_id)
        if latest is not None and not latest.live:
            raise ErasedProfile(sme_id)
        if latest is None:
            raise ProfileNotFound(sme_id)
        return latest

    async def replace(
        self,
        sme_id: str,
        profile: ProfileIn,
        *,
        expected_version: int | None,
        correlation_id: str,
        by_sme: bool = False,
        fresh_consent: bool = False,
    ) -> ProfileVersion:
        """`by_sme`: the SME itself asks (not a coordinator); a preference it sends is its choice.
        `fresh_consent`: the coordinator states that the owner of an erased address consented again."""
        if profile.id not in (None, sme_id):
            raise InvalidProfile([FieldError("id", "differs from the id in the path; ids cannot change")])
        current = await self._current(sme_id, expected_version)
        chosen = by_sme and "notification_preference" in profile.model_fields_set
        return await self._store(
            current, profile, correlation_id, preference_chosen_by_sme=chosen, fresh_consent=fresh_consent
        )

    async def patch(
        self,
        sme_id: str,
        patch: ProfilePatch,
        *,
        expected_version: int | None,
        correlation_id: str,
        by_sme: bool = False,
        fresh_consent: bool = False,
    ) -> ProfileVersion:
        current = await self._current(sme_id, expected_version)
        changes = patch.changes()
        changed = validated(merged(live_profile(current), changes))
        chosen = by_sme and changes.get("notification_preference") is not None
        return await self._store(
            current, changed, correlation_id, preference_chosen_by_sme=chosen, fresh_consent=fresh_consent
        )

    async def erase(self, sme_id: str, *, expected_version: int | None, correlation_id: str) -> None:
        for _ in range(MAX_ATTEMPTS):
            current = await self._current(sme_id, expected_version, erasing=True)
            version = current.version + 1
            tombstone = ProfileVersion(
                sme_id=sme_id,
                version=version,
                kind=VersionKind.ERASED,
                profile=None,
                token_hash=None,
                unknown_certifications=(),
                created_at=None,
                updated_at=self._clock(),
                event=outbox.erased(version, correlation_id),
            )
            try:
                await self._repo.insert(tombstone)
            except VersionTaken:
                continue  # changed meanwhile: the next pass re-checks If-Match
            await self._suppressions.add(sme_id, _addresses_of(current), self._clock())
            # The personal data goes now; unpublished versions are superseded by the tombstone.
            await self._repo.strip_down_from(sme_id, version - 1)
            if await self._repo.published(tombstone):
                # The relay published it and deleted the versions before `insert` moved the head:
                # that head names the id again, so delete it (and whatever else is left) now.
                await self._repo.purge_erased([tombstone])
            self._on_change(sme_id)
            return
        raise ConcurrentChange(sme_id)

    async def confirm_contact_email(self, sme_id: str, address_sha256: str, correlation_id: str) -> bool:
        """Use the pending address from now on, if it is the one confirmed; False when there is nothing
        to do (the SME is gone, or the address is no longer pending): a late or repeated confirmation."""
        for _ in range(MAX_ATTEMPTS):
            latest = await self._repo.latest(sme_id)
            if latest is None or not latest.live:
                return False
            stored = contact_confirmed(latest, address_sha256, correlation_id, self._clock())
            if stored is None:
                return False
            try:
                await self._repo.insert(stored)
            except VersionTaken:
                continue  # changed meanwhile: look again
            self._on_change(sme_id)
            return True
        raise ConcurrentChange(sme_id)

    async def search(self, filters: SearchFilters, *, after: str | None, limit: int) -> list[ProfileVersion]:
        return await self._repo.search(filters, after=after, limit=limit)

    async def new_token(self, sme_id: str) -> str:
        """Issue a new SME token; the old one stops working. The profile is not republished."""
        for _ in range(MAX_ATTEMPTS):
            current = await self.get(sme_id)
            token = new_sme_token(sme_id)
            rotated = ProfileVersion(
                sme_id=sme_id,
                version=current.version + 1,
                kind=VersionKind.TOKEN,
                profile=current.profile,
                token_hash=hash_secret(token),
                unknown_certifications=current.unknown_certifications,
                created_at=current.created_at,
                updated_at=self._clock(),
                event=None,
            )
            try:
                await self._repo.insert(rotated)
            except VersionTaken:
                continue
            return token
        raise ConcurrentChange(sme_id)

    async def _current(self, sme_id: str, expected_version: int | None, *, erasing: bool = False) -> ProfileVersion:
        """The newest version, if it is still `expected_version` (None: any version); an erased
        one is gone for an erasure (404) and needs a registration for anything else (409)."""
        current = await (self.get(sme_id) if erasing else self._changeable(sme_id))
        if expected_version is not None and current.version != expected_version:
            raise VersionMismatch(sme_id, current.version)
        return current

    async def _store(
        self,
        current: ProfileVersion,
        profile: ProfileIn,
        correlation_id: str,
        *,
        preference_chosen_by_sme: bool,
        fresh_consent: bool = False,
    ) -> ProfileVersion:
        # A new address that belonged to an erased profile is refused as at registration (409),
        # before it waits for confirmation: the person there asked to be forgotten.
        previous = live_profile(current)
        asked = new_address((previous.contact_email, previous.pending_contact_email), profile.contact_email)
        if asked and not fresh_consent and await self._suppressions.among(asked):
            raise ErasedProfile(current.sme_id, "contact_email")
        stored = change(
            current, profile, correlation_id, self._clock(), preference_chosen_by_sme=preference_chosen_by_sme
        )
        if stored is None:
            return current
        try:
            await self._repo.insert(stored)
        except VersionTaken as exc:
            latest = await self.get(current.sme_id)
            raise VersionMismatch(current.sme_id, latest.version) from exc
        if asked and fresh_consent:
            await self._suppressions.lift(asked)
        self._on_change(current.sme_id)
        return stored


def _addresses_of(version: ProfileVersion) -> list[str]:
    """Every address an erased profile used: its contact and a change still waiting for confirmation."""
    if version.profile is None:
        return []
    return [a for a in (version.profile.contact_email, version.profile.pending_contact_email) if a]
