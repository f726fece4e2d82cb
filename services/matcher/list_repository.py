"""Stored top-k lists: one document per SME, direction and ownership epoch, in the matcher's own database.

How a replica that lost a partition is kept from leaving its lists stale (decision 0010, addendum):
- A replica writes a partition's lists only under an epoch it claimed for that partition: a
  `list_epochs` document `_id = "<partition>@<epoch>"`, inserted above every epoch seen and
  never deleted. A unique insert is the one write FerretDB settles between clients (decision
  0003): each epoch of a partition has exactly one writer.
- A list's document id carries its epoch (`<sme>|<direction>@<epoch>`): writers of different
  epochs never touch one document, so no update ever races another replica's.
- The stored list is the document with the highest epoch; every reader takes that one.
- Taking a partition over reads its lists, claims an epoch, and copies every list read to that
  epoch before the new owner relies on them. A write the old owner still had in flight lands
  under its older epoch, below the copy: no reader sees it, and the new owner's memory of what
  is stored stays true.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar

from pymongo import ReplaceOne
from pymongo.errors import BulkWriteError, DuplicateKeyError

from services.matcher.ranked_lists import Direction, ListEntry, RankedList
from shared.mongo import MongoDatabase

COLLECTION = "recommendation_lists"
EPOCHS_COLLECTION = "list_epochs"
META_COLLECTION = "meta"
_CLAIM_ATTEMPTS = 20  # replicas racing for one partition's next epoch: each loss goes above the winner
_CHUNK = 100  # documents per round trip
_PARALLEL = 4  # round trips in flight at once
_DUPLICATE_KEY = 11000


async def _gather(calls: Iterable[Awaitable[T]]) -> list[T]:
    """Await all, at most `_PARALLEL` at a time, results in order."""
    pending, results = list(calls), []
    for start in range(0, len(pending), _PARALLEL):
        results += await asyncio.gather(*pending[start : start + _PARALLEL])
    return results


ListKey = tuple[str, Direction]
T = TypeVar("T")


@dataclass(frozen=True)
class StoredList:
    ranked: RankedList
    updated_at: datetime


class ListWrite(NamedTuple):
    ranked: RankedList
    partition: int  # of `sme.profiles`, the one the SME's key hashes to
    epoch: int  # the writer's claim on that partition (see `take_over`)
    stored_before: bool  # under this epoch: its document is replaced


@dataclass(frozen=True)
class TakenOver:
    epoch: int
    lists: dict[ListKey, RankedList]
    updated_at: dict[ListKey, datetime]  # when each list was last stored (its writer's clock)


def _doc_id(sme_id: str, direction: Direction, epoch: int) -> str:
    return f"{sme_id}|{direction}@{epoch}"


def _epoch_of(doc: Mapping[str, Any]) -> int:
    return int(doc.get("epoch", 0))  # 0: written before epochs existed


def _newest(docs: Iterable[Mapping[str, Any]]) -> dict[ListKey, Mapping[str, Any]]:
    """Per list, the document of the highest epoch: the stored one."""
    newest: dict[ListKey, Mapping[str, Any]] = {}
    for doc in docs:
        key: ListKey = (doc["sme_id"], "suppliers" if doc["direction"] == "suppliers" else "buyers")
        if key not in newest or _epoch_of(doc) > _epoch_of(newest[key]):
            newest[key] = doc
    return newest


def _to_document(ranked: RankedList, partition: int, epoch: int, now: datetime) -> dict[str, Any]:
    # Only the memory of who was told: the API serves scores and reasons from the index.
    return {
        "_id": _doc_id(ranked.sme_id, ranked.direction, epoch),
        "sme_id": ranked.sme_id,
        "partition": partition,
        "epoch": epoch,
        "direction": ranked.direction,
        "sme_version": ranked.sme_version,
        "partners": [{"id": e.partner_id, "version": e.partner_version} for e in ranked.entries],
        "updated_at": now,
    }


def _from_document(doc: Mapping[str, Any]) -> StoredList:
    direction: Direction = "suppliers" if doc["direction"] == "suppliers" else "buyers"
    ranked = RankedList(
        sme_id=doc["sme_id"],
        direction=direction,
        sme_version=int(doc["sme_version"]),
        entries=tuple(
            ListEntry(partner_id=p["id"], partner_version=int(p["version"]), score=0.0) for p in doc.get("partners", [])
        ),
    )
    return StoredList(ranked=ranked, updated_at=doc["updated_at"])


class ListRepository:
    """Reads go by `_id`, by `sme_id` or by the owner's partition, filters the local FerretDB hands
    to its backend (it does not for `$or`, or `$in` on other fields than `_id`); one replica
    writes a given list under a given epoch (see the module's header)."""

    def __init__(self, db: MongoDatabase) -> None:
        self._lists = db[COLLECTION]
        self._epochs = db[EPOCHS_COLLECTION]
        self._meta = db[META_COLLECTION]

    async def first_used_at(self) -> datetime:
        """When this database was first used by any replica (set once, then only read)."""
        now = datetime.now(UTC)
        with contextlib.suppress(DuplicateKeyError):
            await self._meta.insert_one({"_id": "epoch", "first_used_at": now})
        doc = await self._meta.find_one({"_id": "epoch"})
        first: datetime = doc["first_used_at"] if doc else now
        return first

    async def ensure_indexes(self) -> None:
        await self._lists.create_index("partition", name="partition")
        await self._lists.create_index("sme_id", name="sme_id")
        await self._epochs.create_index("partition", name="partition")

    async def get(self, sme_id: str, direction: Direction) -> StoredList | None:
        docs = [doc async for doc in self._lists.find({"sme_id": sme_id})]
        doc = _newest(docs).get((sme_id, direction))
        return _from_document(doc) if doc is not None else None

    async def of_partition(self, partition: int) -> dict[ListKey, RankedList]:
        """Every stored list of the SMEs keyed to this `sme.profiles` partition."""
        docs = [doc async for doc in self._lists.find({"partition": partition})]
        return {key: _from_document(doc).ranked for key, doc in _newest(docs).items()}

    async def take_over(self, partition: int) -> TakenOver:
        """Claim a new epoch of this partition and move its stored lists to it; returns them.

        Until this returns, nothing is written under the new epoch but the copies, so a crash
        half-way leaves every list readable (a copy or its original, the same content).
        """
        docs = [doc async for doc in self._lists.find({"partition": partition})]
        epoch = await self._claim(partition, above=max((_epoch_of(d) for d in docs), default=0))
        newest = _newest(docs)
        copies = [{**doc, "_id": _doc_id(*key, epoch), "epoch": epoch} for key, doc in newest.items()]
        await _gather(self._insert(copies[i : i + _CHUNK]) for i in range(0, len(copies), _CHUNK))
        moved = [d["_id"] for d in docs]  # older epochs, or left behind by a late writer: none is read again
        await _gather(
            self._lists.delete_many({"_id": {"$in": moved[i : i + _CHUNK]}}) for i in range(0, len(moved), _CHUNK)
        )
        stored = {key: _from_document(doc) for key, doc in newest.items()}
        return TakenOver(
            epoch, {key: s.ranked for key, s in stored.items()}, {key: s.updated_at for key, s in stored.items()}
        )

    async def newest_epochs(self, partitions: Iterable[int]) -> dict[int, int]:
        """The newest epoch claimed of each partition (none: absent)."""
        found: dict[int, int] = {}
        for partition in partitions:
            async for claim in self._epochs.find({"partition": partition}, {"epoch": 1}):
                found[partition] = max(found.get(partition, 0), int(claim["epoch"]))
        return found

    async def _claim(self, partition: int, *, above: int) -> int:
        """Insert the partition's next epoch, above `above` and every epoch claimed so far."""
        for _ in range(_CLAIM_ATTEMPTS):
            seen = [doc async for doc in self._epochs.find({"partition": partition})]
            epoch = max([above, *(int(d["epoch"]) for d in seen)]) + 1
            claim = {"_id": f"{partition}@{epoch}", "partition": partition, "epoch": epoch, "at": datetime.now(UTC)}
            try:
                await self._epochs.insert_one(claim)
            except DuplicateKeyError:
                continue  # another replica claimed it first: go above it
            # Claims are never deleted: a replica that read before a deletion could insert the
            # deleted epoch again, and two writers would share it (seen with 8 claimers at once).
            return epoch
        raise RuntimeError(f"could not claim an epoch of partition {partition} in {_CLAIM_ATTEMPTS} attempts")

    async def save_many(self, lists: Sequence[ListWrite]) -> None:
        """Store these lists under their writer's epoch, replacing what that epoch stored.

        FerretDB updates a document as a read and a write, one statement after the
        other, so a replacement is a delete of the old documents (one `_id $in`
        command per chunk, served by the `_id` index) and an insert of the new ones
        (one statement per chunk). A crash in between leaves those lists unstored
        under this epoch; a reader then sees the list of an older epoch, if any, or
        none, which reads as "never told": their partners are suggested again and
        the notifier, which keys suggestions by recipient and pair, emails none twice.
        A document of this epoch found already there (a retried batch) is replaced one
        by one. Chunks go out a few at a time, so the database can use more than one core.
        """
        now = datetime.now(UTC)
        docs = [_to_document(w.ranked, w.partition, w.epoch, now) for w in lists]
        stored = [d["_id"] for d, w in zip(docs, lists, strict=True) if w.stored_before]
        await _gather(
            self._lists.delete_many({"_id": {"$in": stored[i : i + _CHUNK]}}) for i in range(0, len(stored), _CHUNK)
        )
        chunks = [docs[i : i + _CHUNK] for i in range(0, len(docs), _CHUNK)]
        taken = [doc for found in await _gather(self._insert(c) for c in chunks) for doc in found]
        ops = [ReplaceOne({"_id": d["_id"]}, d, upsert=True) for d in taken]
        await _gather(self._lists.bulk_write(ops[i : i + _CHUNK], ordered=False) for i in range(0, len(ops), _CHUNK))

    async def _insert(self, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Insert; returns the documents whose `_id` was taken already."""
        if not docs:
            return []
        try:
            await self._lists.insert_many(docs, ordered=False)
            return []
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            if any(e.get("code") != _DUPLICATE_KEY for e in errors):
                raise
            return [docs[e["index"]] for e in errors]

    async def delete_lists_of(self, sme_ids: Iterable[str]) -> None:
        for sme_id in sme_ids:  # erasures are rare; one pushed-down filter each, every epoch
            await self._lists.delete_many({"sme_id": sme_id})
