"""Many SMEs' versions at once, read in rounds for the whole batch.

A round reads with one `_id $in` query per collection (served by the `_id`
index on MongoDB and on the local FerretDB build, see decision 0004). Reading an
SME starts at the version its head names and looks one above (the head may
have fallen behind); the relay also walks down to the last version
published. Each round asks for what every SME of the batch still needs; a
second round is needed only where a head fell behind or several versions
wait to be published. Versions are read before their markers: a marker is
written before its version, so a version seen has its marker seen too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pymongo import DESCENDING

from services.registry.documents import HEADS, OUTBOX, VERSIONS, ProfileVersion, from_document, version_id
from shared.mongo import MongoDatabase

# How many versions a round asks for beyond the one an SME's walk stands at.
_LOOKAHEAD = 2


@dataclass(frozen=True, slots=True)
class Unsettled:
    """An SME's newest version and the ones below it down to the last one published."""

    sme_id: str
    chain: tuple[ProfileVersion, ...]  # newest first
    pending: tuple[ProfileVersion, ...]  # what is still to be published, oldest first
    head_version: int | None

    @property
    def newest(self) -> ProfileVersion | None:
        return self.chain[0] if self.chain else None


class VersionReads:
    """What one batch has read so far: versions (or their absence) and markers, by version id.

    An `$in` query asks for its whole answer in one reply (`batch_size`), not the driver's
    default first reply of 101 documents and a `getMore` for the rest; one more than can
    match, so the server sees the end and does not leave an empty `getMore` to ask for."""

    def __init__(self, database: MongoDatabase) -> None:
        self._database = database
        self._versions: dict[str, ProfileVersion | None] = {}
        self._markers: dict[str, bool] = {}

    async def heads(self, sme_ids: Collection[str]) -> dict[str, int | None]:
        docs = await self._by_ids(HEADS, list(sme_ids), {"version": 1})
        found = {str(doc["_id"]): int(doc["version"]) for doc in docs}
        return {sme_id: found.get(sme_id) for sme_id in sme_ids}

    async def head_contents(self, sme_ids: Collection[str]) -> dict[str, ProfileVersion | None]:
        """What each SME's head holds: a copy of the version it names (without the event)."""
        found = {str(doc["_id"]): from_document(doc) for doc in await self._by_ids(HEADS, list(sme_ids), None)}
        return {sme_id: found.get(sme_id) for sme_id in sme_ids}

    async def fetch(self, ids: Iterable[str], *, markers: bool) -> None:
        wanted = list(dict.fromkeys(ids))
        new = [vid for vid in wanted if vid not in self._versions]
        if new:
            found = {str(doc["_id"]): from_document(doc) for doc in await self._by_ids(VERSIONS, new, None)}
            self._versions.update({vid: found.get(vid) for vid in new})
        new = [vid for vid in wanted if vid not in self._markers] if markers else []
        if new:
            present = {str(doc["_id"]) for doc in await self._by_ids(OUTBOX, new, {"_id": 1})}
            self._markers.update({vid: vid in present for vid in new})

    async def _by_ids(self, collection: str, ids: list[str], projection: dict[str, int] | None) -> list[dict[str, Any]]:
        if not ids:
            return []
        cursor = self._database[collection].find({"_id": {"$in": ids}}, projection, batch_size=len(ids) + 1)
        docs: list[dict[str, Any]] = await cursor.to_list(None)
        return docs

    def knows(self, sme_id: str, version: int, *, markers: bool = False) -> bool:
        vid = version_id(sme_id, version)
        return vid in self._versions and (not markers or vid in self._markers)

    def get(self, sme_id: str, version: int) -> ProfileVersion | None:
        return self._versions.get(version_id(sme_id, version))

    def has_marker(self, sme_id: str, version: int) -> bool:
        return self._markers.get(version_id(sme_id, version), False)

    async def newest_by_scan(self, sme_id: str) -> ProfileVersion | None:
        cursor = self._database[VERSIONS].find({"sme_id": sme_id}).sort("version", DESCENDING).limit(1)
        docs: list[dict[str, Any]] = await cursor.to_list(1)
        return from_document(docs[0]) if docs else None


async def newest_versions(
    reads: VersionReads, heads: Mapping[str, int | None], *, below: int = 0, markers: bool = False
) -> dict[str, ProfileVersion | None]:
    """The newest version of each SME (None: never registered), walking up from its head.

    The first round also reads `below` versions under the head, for a walk down after this."""
    start = {sme_id: head or 1 for sme_id, head in heads.items()}
    at = dict(start)
    newest: dict[str, ProfileVersion | None] = {}
    reach = below
    while at:
        await reads.fetch(
            (version_id(s, n) for s, v in at.items() for n in range(max(1, v - reach), v + _LOOKAHEAD)),
            markers=markers,
        )
        reach = 0
        for sme_id, number in list(at.items()):
            while reads.get(sme_id, number) is not None:
                number += 1
            if not reads.knows(sme_id, number):
                at[sme_id] = number  # all read so far exist: look further up next round
                continue
            del at[sme_id]
            if number > start[sme_id]:
                newest[sme_id] = reads.get(sme_id, number - 1)
            elif heads[sme_id] is None:
                newest[sme_id] = None  # no head and no first version: never registered
            else:
                # A head naming a missing version should not happen; find the newest the slow way.
                newest[sme_id] = await reads.newest_by_scan(sme_id)
    return newest


async def unsettled_versions(reads: VersionReads, heads: Mapping[str, int | None]) -> dict[str, Unsettled]:
    """For each SME, walk down from the newest version to the last one published (or stripped)."""
    newest = await newest_versions(reads, heads, below=1, markers=True)
    walks = {sme_id: _Walk(sme_id, version.version) for sme_id, version in newest.items() if version is not None}
    while waiting := [walk for walk in walks.values() if not walk.advance(reads)]:
        ids = (version_id(w.sme_id, n) for w in waiting for n in range(max(1, w.at - _LOOKAHEAD), w.at + 1))
        await reads.fetch(ids, markers=True)
    return {sme_id: _settled(sme_id, walks.get(sme_id), head_version) for sme_id, head_version in heads.items()}


def _settled(sme_id: str, walk: _Walk | None, head_version: int | None) -> Unsettled:
    if walk is None:
        return Unsettled(sme_id, (), (), head_version)
    return Unsettled(sme_id, tuple(walk.chain), tuple(reversed(walk.pending)), head_version)


class _Walk:
    """One SME's walk down, as far as what has been read allows."""

    def __init__(self, sme_id: str, newest: int) -> None:
        self.sme_id = sme_id
        self.at = newest
        self.chain: list[ProfileVersion] = []
        self.pending: list[ProfileVersion] = []
        self.done = False

    def advance(self, reads: VersionReads) -> bool:
        """Walk on; True once done, False if the next version or its marker is still to be read."""
        while not self.done:
            if self.at < 1:
                self.done = True
            elif not reads.knows(self.sme_id, self.at, markers=True):
                return False
            else:
                self.done = self._step(reads.get(self.sme_id, self.at), reads.has_marker(self.sme_id, self.at))
        return True

    def _step(self, current: ProfileVersion | None, marked: bool) -> bool:
        if current is None or current.stripped:
            return True
        self.chain.append(current)
        if current.event is not None:
            if not marked:
                return True  # published: everything older is settled
            self.pending.append(current)
        if not current.live:
            # Below a tombstone nothing is published: it supersedes them, and their snapshots would
            # put an erased profile on the topic (left unstripped by an erasure cut short).
            return True
        self.at -= 1
        return False
