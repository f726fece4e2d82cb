"""Version numbers are never used twice, even when a whole life of an id — registered, erased, its
tombstone published and its versions purged — passes between an import's read and its write.

The interleaving is forced, not hoped for: the repository the import uses runs that life at the
exact point between the batch's read and its write, on the real database."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any

import pytest

from services.registry.bulk_formats import RawRecord
from services.registry.bulk_import import Importer, ImportReport
from services.registry.documents import HEADS, VERSIONS, ProfileVersion, version_id
from services.registry.profile import ProfileIn
from services.registry.repository import ProfileRepository
from services.registry.service import Registry
from services.registry.suppression import ERASED_VERSIONS, ErasedVersions

pytestmark = pytest.mark.integration


async def _life(database: Any, profile: dict[str, Any], *, unclaimed: bool = False) -> None:
    """Register, erase, then purge as the relay does once the tombstone is published.
    `unclaimed`: the id was registered by a registry from before numbering claims."""
    repository = ProfileRepository(database)
    registry = Registry(repository, on_change=lambda _: None)
    await registry.register(ProfileIn.model_validate(profile), "life")
    if unclaimed:
        await _drop_claim(database, profile["id"])
    await registry.erase(profile["id"], expected_version=None, correlation_id="life")
    tombstone = await repository.latest(profile["id"])
    assert tombstone is not None and not tombstone.live
    await repository.purge_erased([tombstone])


async def _drop_claim(database: Any, sme_id: str) -> None:
    digest = await ErasedVersions.from_environment(database)._digest(sme_id)  # the entry's own key
    assert (await database[ERASED_VERSIONS].delete_one({"_id": digest})).deleted_count == 1


class _LifeAfterTheRead(ProfileRepository):
    """The real repository; right after the import's first read of its heads, the id lives a life."""

    def __init__(self, database: Any, profile: dict[str, Any]) -> None:
        super().__init__(database)
        self._profile: dict[str, Any] | None = profile

    async def heads_many(self, sme_ids: Collection[str]) -> dict[str, ProfileVersion | None]:
        found = await super().heads_many(sme_ids)
        if self._profile is not None:
            profile, self._profile = self._profile, None
            await _life(self.database, profile)
        return found


class _LegacyLifeAfterTheClaim(ProfileRepository):
    """An id registered before numbering claims, its head momentarily missing (heads move by delete
    and insert): the import reads it as new and claims it; then the old life is erased and purged."""

    def __init__(self, database: Any, sme_id: str) -> None:
        super().__init__(database)
        self._sme_id: str | None = sme_id

    async def claim_numbers(self, sme_ids: Collection[str], at: datetime) -> set[str]:
        taken = await super().claim_numbers(sme_ids, at)
        if self._sme_id is not None:
            sme_id, self._sme_id = self._sme_id, None
            registry = Registry(ProfileRepository(self.database), on_change=lambda _: None)
            await registry.erase(sme_id, expected_version=None, correlation_id="legacy")
            tombstone = await self.latest(sme_id)
            assert tombstone is not None
            await self.purge_erased([tombstone])
        return taken


async def _import(repository: ProfileRepository, profile: dict[str, Any]) -> ImportReport:
    importer = Importer(repository, on_stored=lambda: None, batch_size=50)
    record = RawRecord(line=1, data=profile, errors=())
    return await importer.run([record], dry_run=False, correlation_id="import", max_lines=10, fresh_consent=True)


async def _versions(database: Any, sme_id: str) -> list[int]:
    return sorted([doc["version"] async for doc in database[VERSIONS].find({"sme_id": sme_id}, {"version": 1})])


async def test_an_import_that_read_an_id_as_new_does_not_store_number_1_after_its_life_was_purged(
    registry_db: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("race")
    profile = payload(sme_id)

    report = await _import(_LifeAfterTheRead(registry_db, profile), profile)

    # Registered at 1, erased at 2, purged: the import's number 1 would be a second number 1.
    [line] = report.results
    assert (line.status, line.version) == ("created", 3), line
    assert await _versions(registry_db, sme_id) == [3]
    assert await registry_db[VERSIONS].find_one({"_id": version_id(sme_id, 1)}) is None
    stored = await ProfileRepository(registry_db).latest(sme_id)
    assert stored is not None and (stored.version, stored.live) == (3, True)


async def test_an_id_registered_before_claims_is_caught_after_the_insert_and_stored_above_its_tombstone(
    registry_db: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("legacy")
    profile = payload(sme_id)
    registry = Registry(ProfileRepository(registry_db), on_change=lambda _: None)
    await registry.register(ProfileIn.model_validate(profile), "legacy")
    await _drop_claim(registry_db, sme_id)
    await registry_db[HEADS].delete_one({"_id": sme_id})

    report = await _import(_LegacyLifeAfterTheClaim(registry_db, sme_id), profile)

    [line] = report.results
    assert (line.status, line.version) == ("created", 3), line
    assert await _versions(registry_db, sme_id) == [3]
    assert (await registry_db[HEADS].find_one({"_id": sme_id}))["version"] == 3


async def test_numbering_claims_hold_no_id(
    registry_db: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("claimed")
    registry = Registry(ProfileRepository(registry_db), on_change=lambda _: None)

    await registry.register(ProfileIn.model_validate(payload(sme_id)), "claim")

    kept = [doc async for doc in registry_db[ERASED_VERSIONS].find({"version": 0})]
    assert kept and all(sme_id not in repr(doc) for doc in kept)
    assert await ProfileRepository(registry_db).erased_version(sme_id) is None
