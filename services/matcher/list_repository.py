"""Stored top-k lists: one document per SME and direction, in the matcher's own database."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from pymongo import ReplaceOne
from pymongo.errors import BulkWriteError, DuplicateKeyError

from services.matcher.ranked_lists import Direction, ListEntry, RankedList
from shared.mongo import MongoDatabase

COLLECTION = "recommendation_lists"
META_COLLECTION = "meta"
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


def _doc_id(sme_id: str, direction: Direction) -> str:
    return f"{sme_id}|{direction}"


def _to_document(ranked: RankedList, partition: int, now: datetime) -> dict[str, Any]:
    # Only the memory of who was told: the API serves scores and reasons from the index.
    return {
        "_id": _doc_id(ranked.sme_id, ranked.direction),
        "sme_id": ranked.sme_id,
        "partition": partition,
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
    """Reads go by `_id` or by the owner's partition, filters the local FerretDB hands to its
    backend (it does not for `$or`, or `$in` on other fields than `_id`); one replica writes
    a given list (see ownership)."""

    def __init__(self, db: MongoDatabase) -> None:
        self._lists = db[COLLECTION]
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

    async def get(self, sme_id: str, direction: Direction) -> StoredList | None:
        doc = await self._lists.find_one({"_id": _doc_id(sme_id, direction)})
        return _from_document(doc) if doc is not None else None

    async def of_partition(self, partition: int) -> dict[ListKey, RankedList]:
        """Every stored list of the SMEs keyed to this `sme.profiles` partition."""
        found: dict[ListKey, RankedList] = {}
        async for doc in self._lists.find({"partition": partition}):
            ranked = _from_document(doc).ranked
            found[(ranked.sme_id, ranked.direction)] = ranked
        return found

    async def save_many(self, lists: Sequence[tuple[RankedList, int, bool]]) -> None:
        """Store these (list, owner's partition, stored before?), replacing what was stored.

        FerretDB updates a document as a read and a write, one statement after the
        other, so a replacement is a delete of the old documents (one `_id $in`
        command per chunk, served by the `_id` index) and an insert of the new ones
        (one statement per chunk). A crash in between leaves those lists unstored,
        which reads as "never told": their partners are suggested again and the
        notifier, which keys suggestions by recipient and pair, emails none twice.
        A list another replica inserted meanwhile (a rebalance) is replaced one by
        one. Chunks go out a few at a time, so the database can use more than one core.
        """
        now = datetime.now(UTC)
        docs = [_to_document(r, p, now) for r, p, _ in lists]
        stored = [d["_id"] for d, (_, _, before) in zip(docs, lists, strict=True) if before]
        await _gather(
            self._lists.delete_many({"_id": {"$in": stored[i : i + _CHUNK]}}) for i in range(0, len(stored), _CHUNK)
        )
        chunks = [docs[i : i + _CHUNK] for i in range(0, len(docs), _CHUNK)]
        taken = [doc for found in await _gather(self._insert(c) for c in chunks) for doc in found]
        ops = [ReplaceOne({"_id": d["_id"]}, d, upsert=True) for d in taken]
        await _gather(self._lists.bulk_write(ops[i : i + _CHUNK], ordered=False) for i in range(0, len(ops), _CHUNK))

    async def _insert(self, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Insert; returns the documents whose `_id` was taken already."""
        try:
            await self._lists.insert_many(docs, ordered=False)
            return []
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            if any(e.get("code") != _DUPLICATE_KEY for e in errors):
                raise
            return [docs[e["index"]] for e in errors]

    async def delete_lists_of(self, sme_ids: Iterable[str]) -> None:
        for sme_id in sme_ids:  # erasures are rare; one pushed-down filter each
            await self._lists.delete_many({"sme_id": sme_id})
