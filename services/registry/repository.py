"""Profiles in MongoDB: the invariants of the storage, and the one door to it for the use cases.

Every change of a profile is a new, immutable *version document*
(`_id = "<sme id>/<version>"`) holding the whole profile, the SME-token hash
and the pending event. Inserting it is the one write of a change, and the
unique `_id` is the concurrency check too: of two writers that read version
3, exactly one can insert version 4. This holds on MongoDB and on FerretDB,
whose updates are not atomic under concurrency but whose unique keys are.
Version documents are never deleted — once superseded and published they are
stripped to a stub — so a version number can never be used twice.

A *head* document per SME (`_id = "<sme id>"`) mirrors the newest version for
search and is where reads start. Writers update it best effort after the
insert; the relay brings it up to date before it settles a version. A read
checks the version the head names and looks for newer ones, so a head that
fell behind costs a lookup, never a wrong answer. Batches move heads by
deleting and inserting them (see `documents.write_heads`); a read in between
finds no head and walks up from the first version.

An *outbox marker* (`_id = "<sme id>/<version>"` in `outbox`) is written just
before each version that has an event and deleted once that event is
published, so finding unpublished work reads a collection that holds only
that work. A marker whose number another writer took, or whose writer died
before storing its version, is dropped by the relay (see `relay`).

Erasure inserts a tombstone version without personal data and strips every
version below it at once. Once the relay has published the tombstone, every
version document and the head of the SME are deleted (`purge_erased`): they
hold its id. What stays is the tombstone's number under a keyed hash of the id
(`suppression.ErasedVersions`), so a later registration with fresh consent
continues the version sequence above it (consumers refuse anything at or below
a tombstone), and reads of the id still answer "erased" (`_after_purge`). The same entry, inserted by an id's first
registration as a claim, is what makes number 1 race-free against a purge: see
`ErasedVersions`.

Bulk work keeps all of this and goes by batches (`bulk_import`, `relay`):
versions and markers are inserted with one unordered `insert_many` each —
every duplicate `_id` is still one writer losing its own race, the other
documents stand — and heads, strips and settled markers are written with one
command each. The documents of a batch are read together (`version_walk`),
with one `_id $in` query per collection: MongoDB serves it from the `_id`
index, and so does the local FerretDB build (decision 0004; stock FerretDB
1.24 reads the whole collection for any filter but plain equality).
Single-profile paths read by `_id` equality.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.errors import DuplicateKeyError, PyMongoError

from services.registry.documents import (
    HEADS,
    OUTBOX,
    STRIP_UPDATE,
    VERSIONS,
    ProfileVersion,
    VersionKind,
    content_document,
    from_document,
    insert_unless_taken,
    marker_document,
    version_document,
    version_id,
    write_heads,
)
from services.registry.suppression import ErasedAt, ErasedVersions
from services.registry.text import search_key
from services.registry.version_walk import VersionReads, newest_versions
from shared.mongo import MongoDatabase

log = logging.getLogger(__name__)

_REGEX_SPECIAL = frozenset("\\.+*?()|[]{}^$#")


@dataclass(frozen=True, slots=True)
class SearchFilters:
    sub_cluster: str | None = None
    stage: str | None = None
    province: str | None = None
    certification: str | None = None
    text: str | None = None
    only_id: str | None = None


class VersionTaken(Exception):
    """Another writer stored this version first."""


def _literal_regex(text: str) -> str:
    # Escapes only what is special, since the database's regex dialect may refuse other escapes.
    return "".join("\\" + char if char in _REGEX_SPECIAL else char for char in text)


class ProfileRepository:
    def __init__(self, database: MongoDatabase, erased: ErasedVersions | None = None) -> None:
        self._database = database
        self._versions = database[VERSIONS]
        self._heads = database[HEADS]
        self._outbox = database[OUTBOX]
        self._erased = erased or ErasedVersions.from_environment(database)

    @property
    def database(self) -> MongoDatabase:
        """For the registry's other stores that live beside the profiles (suppressions)."""
        return self._database

    async def ensure_indexes(self) -> None:
        await self._versions.create_index([("sme_id", ASCENDING), ("version", DESCENDING)])
        for field in ("sub_cluster", "stage", "province", "certifications"):
            await self._heads.create_index([(f"profile.{field}", ASCENDING)])
        await self.purge_published_erasures()

    # ------------------------------------------------------------ reads

    async def version(self, sme_id: str, version: int) -> ProfileVersion | None:
        doc = await self._versions.find_one({"_id": version_id(sme_id, version)})
        return None if doc is None else from_document(doc)

    async def latest(self, sme_id: str) -> ProfileVersion | None:
        """The newest version of an SME (live or erased), or None if it never existed."""
        latest, _ = await self._latest_and_head(sme_id)
        return latest if latest is not None else (await self._after_purge({sme_id: None}))[sme_id]

    async def erased_version(self, sme_id: str) -> int | None:
        """The tombstone's number if the SME's erased versions were deleted (see the header)."""
        found = (await self._erased.of([sme_id])).get(sme_id)
        return None if found is None else found.version

    async def _after_purge(self, found: dict[str, ProfileVersion | None]) -> dict[str, ProfileVersion | None]:
        """Where no version was found, an SME whose erased versions were deleted: registered again
        since (its versions go on above the tombstone), or still erased (a stand-in tombstone)."""
        missing = [sme_id for sme_id, version in found.items() if version is None]
        erased = await self._erased.of(missing) if missing else {}
        if not erased:
            return found
        reads = VersionReads(self._database)
        await reads.fetch((version_id(i, e.version + 1) for i, e in erased.items()), markers=False)
        again = {i: e.version + 1 for i, e in erased.items() if reads.get(i, e.version + 1) is not None}
        walked = await newest_versions(reads, again) if again else {}
        return found | {i: walked.get(i) or _erased_stand_in(i, e) for i, e in erased.items()}

    async def _latest_and_head(self, sme_id: str) -> tuple[ProfileVersion | None, int | None]:
        head = await self._heads.find_one({"_id": sme_id}, {"version": 1})
        head_version = int(head["version"]) if head else None
        current = await self.version(sme_id, head_version or 1)
        if current is None:
            # No head and no first version: never registered. A head naming a missing
            # version should not happen; find the newest the slow way.
            return (None if head is None else await self._latest_by_scan(sme_id)), head_version
        while (newer := await self.version(sme_id, current.version + 1)) is not None:
            current = newer
        return current, head_version

    async def _latest_by_scan(self, sme_id: str) -> ProfileVersion | None:
        cursor = self._versions.find({"sme_id": sme_id}).sort("version", DESCENDING).limit(1)
        async for doc in cursor:
            return from_document(doc)
        return None

    async def latest_many(self, sme_ids: Collection[str]) -> dict[str, ProfileVersion | None]:
        """`latest` of many SMEs, read for all of them at once (`_id $in`, see `version_walk`)."""
        reads = VersionReads(self._database)
        return await self._after_purge(await newest_versions(reads, await reads.heads(sme_ids)))

    async def heads_many(self, sme_ids: Collection[str]) -> dict[str, ProfileVersion | None]:
        """What the heads of many SMEs hold, read at once: the newest version unless a head fell
        behind, which `newer_exists` or a failing insert of the next number tells. An SME without
        a head whose erased versions were deleted reads as erased (or as registered again)."""
        return await self._after_purge(await VersionReads(self._database).head_contents(sme_ids))

    async def newer_exists(self, versions: Collection[ProfileVersion]) -> set[str]:
        """The SMEs that have a version above the one given, read at once."""
        reads = VersionReads(self._database)
        await reads.fetch((version_id(v.sme_id, v.version + 1) for v in versions), markers=False)
        return {v.sme_id for v in versions if reads.get(v.sme_id, v.version + 1) is not None}

    async def published(self, version: ProfileVersion) -> bool:
        """Whether the relay has settled this version (its outbox marker is gone)."""
        return await self._outbox.find_one({"_id": version_id(version.sme_id, version.version)}, {"_id": 1}) is None

    async def token_hash(self, sme_id: str) -> str | None:
        latest = await self.latest(sme_id)
        return latest.token_hash if latest is not None and latest.live else None

    async def search(self, filters: SearchFilters, *, after: str | None, limit: int) -> list[ProfileVersion]:
        """Live profiles matching every filter, in id order (as of their heads)."""
        query: dict[str, Any] = {"kind": {"$ne": VersionKind.ERASED.value}}
        id_range: dict[str, str] = {}
        if after is not None:
            id_range["$gt"] = after
        if filters.only_id is not None:
            id_range["$eq"] = filters.only_id
        if id_range:
            query["_id"] = id_range
        for field in ("sub_cluster", "stage", "province"):
            value = getattr(filters, field)
            if value is not None:
                query[f"profile.{field}"] = value
        if filters.certification is not None:
            query["profile.certifications"] = filters.certification
        if filters.text:
            query["search_text"] = {"$regex": _literal_regex(search_key(filters.text))}
        cursor = self._heads.find(query).sort("_id", ASCENDING).limit(limit)
        return [from_document(doc) async for doc in cursor]

    # ------------------------------------------------------------ writes

    async def insert(self, version: ProfileVersion) -> None:
        """Store a new version with its pending event; `VersionTaken` if another writer was first."""
        if await self.insert_many([version]):
            raise VersionTaken(version.sme_id, version.version)
        await self._update_head_quietly(version)

    async def insert_many(self, versions: Sequence[ProfileVersion]) -> set[str]:
        """Store new versions with their pending events, in two commands; the SMEs whose version
        another writer stored first (each such SME's own insert failed, the others' stand)."""
        if not versions:
            return set()
        markers = [marker_document(version) for version in versions if version.event is not None]
        if markers:
            # The markers go first: a version with an event is never stored without one. A
            # duplicate is a rival writer's marker for the same number, which serves either way.
            await insert_unless_taken(self._outbox, markers)
        taken = await insert_unless_taken(self._versions, [version_document(version) for version in versions])
        return {versions[index].sme_id for index in taken}

    async def update_heads(self, fresh: Sequence[ProfileVersion], moved: Sequence[ProfileVersion]) -> None:
        """Point heads at these new versions, best effort (see the header): `fresh` SMEs have
        no head yet, `moved` ones have one. A head that another writer moved on meanwhile may
        fall behind, which reads tolerate and the relay repairs before it settles the newer version."""
        try:
            await write_heads(self._heads, fresh, moved)
        except PyMongoError:
            log.warning("could not update some heads", exc_info=True, extra={"count": len(fresh) + len(moved)})

    async def update_head(self, version: ProfileVersion) -> None:
        """Point the head at `version` unless it already names a newer one.

        Read, then write by `_id` alone: FerretDB scans the collection for any other filter."""
        for _ in range(2):
            head = await self._heads.find_one({"_id": version.sme_id}, {"version": 1})
            if head is not None and int(head["version"]) >= version.version:
                return
            try:
                if head is None:
                    await self._heads.insert_one({"_id": version.sme_id, **content_document(version)})
                else:
                    await self._heads.replace_one({"_id": version.sme_id}, content_document(version))
                return
            except DuplicateKeyError:
                continue  # created meanwhile: compare again

    async def _update_head_quietly(self, version: ProfileVersion) -> None:
        # The version is stored already; reads and the relay repair a head that fell behind.
        try:
            await self.update_head(version)
        except PyMongoError:
            log.warning("could not update the head", exc_info=True, extra={"sme_id": version.sme_id})

    async def claim_numbers(self, sme_ids: Collection[str], at: datetime) -> set[str]:
        """Claim the numbering of ids about to get their version 1 (one unique insert each, see
        `ErasedVersions.claim`); the ids numbered before, which their writer must read again."""
        return await self._erased.claim(sme_ids, at)

    async def withdraw_reused_firsts(self, firsts: Sequence[ProfileVersion]) -> set[str]:
        """After storing version 1 of these SMEs: withdraw each whose id turns out to have an erased
        number kept (its earlier life was purged between the writer's read and its insert, which
        only an id numbered before claims existed allows); the ids withdrawn. One query."""
        kept = await self._erased.of([v.sme_id for v in firsts]) if firsts else {}
        for version in firsts:
            if version.sme_id in kept:
                await self.withdraw_first(version)
        return set(kept)

    async def withdraw_first(self, version: ProfileVersion) -> None:
        """Delete a first version just stored (and its marker and head): the SME's erased versions
        were deleted meanwhile, so its number 1 was used before (see `Registry.register`)."""
        vid = version_id(version.sme_id, version.version)
        await self._versions.delete_one({"_id": vid})
        await self._outbox.delete_one({"_id": vid})
        await self._heads.delete_one({"_id": version.sme_id, "version": version.version})

    async def purge_erased(self, tombstones: Sequence[ProfileVersion]) -> None:
        """Published tombstones: keep each one's number under a keyed hash, then delete every
        version document and the head of the SME (idempotent). Run by the relay after it settles
        them, and by an erasure whose tombstone was published before it had moved the head."""
        await purge_erased(self._database, self._erased, tombstones)

    async def purge_published_erasures(self) -> None:
        """At start-up: erasures whose tombstones were published before versions were purged (or
        whose purge was cut short) leave their id in a head; purge them now. A read of every head,
        once per start (FerretDB serves the filter by a scan)."""
        cursor = self._heads.find({"kind": VersionKind.ERASED.value}, {"version": 1, "updated_at": 1})
        heads = [doc async for doc in cursor]
        if not heads:
            return
        tombstones = [_erased_stand_in(str(h["_id"]), ErasedAt(int(h["version"]), h["updated_at"])) for h in heads]
        ids = [version_id(t.sme_id, t.version) for t in tombstones]
        unpublished = {str(doc["_id"]) async for doc in self._outbox.find({"_id": {"$in": ids}}, {"_id": 1})}
        await self.purge_erased([t for t in tombstones if version_id(t.sme_id, t.version) not in unpublished])

    async def strip_down_from(self, sme_id: str, version: int) -> None:
        """Strip `version` and the versions below it (erasure), down to the first one stripped already.

        Everything under a stripped version is stripped (the relay strips all below the newest
        version it published); the relay also strips below a tombstone it publishes, in case this
        walk stopped half-way."""
        for number in range(version, 0, -1):
            current = await self.version(sme_id, number)
            if current is None or current.stripped:
                return
            await self._versions.update_one({"_id": version_id(sme_id, number)}, STRIP_UPDATE)
            await self._outbox.delete_one({"_id": version_id(sme_id, number)})


def _erased_stand_in(sme_id: str, erased: ErasedAt) -> ProfileVersion:
    """What a read of an SME whose erased versions were deleted answers: its tombstone, data-free."""
    return ProfileVersion(
        sme_id=sme_id,
        version=erased.version,
        kind=VersionKind.ERASED,
        profile=None,
        token_hash=None,
        unknown_certifications=(),
        created_at=None,
        updated_at=erased.at,
        event=None,
        stripped=True,
    )


_PURGE_CHUNK = 500


async def purge_erased(database: MongoDatabase, erased: ErasedVersions, tombstones: Sequence[ProfileVersion]) -> None:
    """See `ProfileRepository.purge_erased`; the relay's store calls it with its own database."""
    for tombstone in tombstones:
        # The number first: from here on a registration of the id goes above it, with or without versions.
        await erased.record(tombstone.sme_id, tombstone.version, tombstone.updated_at)
        ids = [version_id(tombstone.sme_id, number) for number in range(1, tombstone.version + 1)]
        for start in range(0, len(ids), _PURGE_CHUNK):
            chunk = {"_id": {"$in": ids[start : start + _PURGE_CHUNK]}}
            await database[VERSIONS].delete_many(chunk)
            await database[OUTBOX].delete_many(chunk)
        # Only a head at or below the tombstone: one registered again since names a newer version.
        await database[HEADS].delete_one({"_id": tombstone.sme_id, "version": {"$lte": tombstone.version}})
