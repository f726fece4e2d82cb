"""The relay's side of the storage: pending markers, what to publish, settling what was published.

A pass reads a page of outbox markers, walks the SMEs they name (see
`version_walk`) and, once their events are on Kafka, settles all of them in
a few commands whatever their number: heads brought up to date, superseded
versions stripped, markers deleted — in that order, so a settled version
always has its head (erasure relies on it) and nothing is stripped before it
is published. Last, an SME whose newest version is a published tombstone loses
its version documents and head, its number kept under a keyed hash
(`repository.purge_erased`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from services.registry.documents import (
    HEADS,
    OUTBOX,
    STRIP_UPDATE,
    VERSIONS,
    ProfileVersion,
    version_id,
    write_heads,
)
from services.registry.repository import purge_erased
from services.registry.suppression import ErasedVersions
from services.registry.version_walk import Unsettled, VersionReads, unsettled_versions
from shared.mongo import MongoDatabase

# Versions stripped per command when an erasure is blanked.
_STRIP_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Marker:
    sme_id: str
    version: int
    at: datetime | None  # when its writer stored it

    @property
    def id(self) -> str:
        return version_id(self.sme_id, self.version)


class RelayStore:
    def __init__(self, database: MongoDatabase, erased: ErasedVersions | None = None) -> None:
        self._database = database
        self._erased = erased or ErasedVersions.from_environment(database)

    async def pending(self, limit: int) -> list[Marker]:
        """Up to `limit` outbox markers, in no particular order (an unfiltered read FerretDB can limit)."""
        cursor = self._database[OUTBOX].find({}, {"sme_id": 1, "version": 1, "at": 1}, limit=limit, batch_size=limit)
        return [Marker(str(doc["sme_id"]), int(doc["version"]), doc.get("at")) async for doc in cursor]

    async def unsettled(self, sme_ids: Collection[str]) -> dict[str, Unsettled]:
        """What these SMEs have to publish; an erasure among them is blanked at once (see `_blank`)."""
        reads = VersionReads(self._database)
        found = await unsettled_versions(reads, await reads.heads(sme_ids))
        await self._blank([u for u in found.values() if u.chain and not u.chain[-1].live])
        return found

    async def _blank(self, erased: Sequence[Unsettled]) -> None:
        """An erasure not yet settled: strip every version below its tombstone and point the head at
        the tombstone now, before publishing, so an erasure cut short (the request's process died
        between storing the tombstone and stripping) leaves no profile behind while Kafka is away.
        Safe before publishing: nothing below a tombstone is published (see `version_walk`)."""
        below = [version_id(u.sme_id, n) for u in erased for n in range(1, u.chain[-1].version)]
        for start in range(0, len(below), _STRIP_CHUNK):
            await self._database[VERSIONS].update_many(
                {"_id": {"$in": below[start : start + _STRIP_CHUNK]}}, STRIP_UPDATE
            )
        behind = [u for u in erased if u.newest is u.chain[-1] and (u.head_version or 0) < u.chain[-1].version]
        if behind:
            fresh = [u.chain[-1] for u in behind if u.head_version is None]
            await write_heads(self._database[HEADS], fresh, [u.chain[-1] for u in behind if u.head_version is not None])

    async def settle(self, published: Sequence[Unsettled], dropped: Sequence[Marker] = ()) -> None:
        """Everything pending of these SMEs is published: heads, strips, then markers go.

        `dropped` are markers with nothing to publish: left by a writer that lost its race
        (its number is settled already) or that died before storing its version."""
        fresh: list[ProfileVersion] = []
        moved: list[ProfileVersion] = []
        superseded: list[str] = []
        for unsettled in published:
            newest = unsettled.newest
            if newest is None:
                continue
            if unsettled.head_version is None:
                fresh.append(newest)
            elif unsettled.head_version < newest.version:
                moved.append(newest)
            # Below a tombstone every version goes, in case the erasure's own walk stopped
            # half-way; below a live version, what the walk passed.
            below = range(1, newest.version) if not newest.live else (v.version for v in unsettled.chain[1:])
            superseded += (version_id(newest.sme_id, number) for number in below)
        await write_heads(self._database[HEADS], fresh, moved)
        if superseded:
            # One statement, not one per version: see `write_heads` on FerretDB's update commands.
            await self._database[VERSIONS].update_many({"_id": {"$in": superseded}}, STRIP_UPDATE)
        settled = [version_id(v.sme_id, v.version) for u in published for v in u.pending]
        markers = list(dict.fromkeys([*settled, *superseded, *(marker.id for marker in dropped)]))
        if markers:
            await self._database[OUTBOX].delete_many({"_id": {"$in": markers}})
        tombstones = [u.newest for u in published if u.newest is not None and not u.newest.live]
        if tombstones:
            await purge_erased(self._database, self._erased, tombstones)
