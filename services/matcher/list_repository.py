"""Stored top-k lists: one document per SME and direction, in the matcher's own database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import ReplaceOne
from pymongo.errors import DuplicateKeyError

from services.matcher.ranked_lists import Direction, ListEntry, RankedList
from shared.events import Reason
from shared.mongo import MongoDatabase

COLLECTION = "recommendation_lists"
META_COLLECTION = "meta"
_CHUNK = 500  # documents per round trip: well under the 16 MB message limit at k=50

ListKey = tuple[str, Direction]


@dataclass(frozen=True)
class StoredList:
    ranked: RankedList
    updated_at: datetime


def _doc_id(sme_id: str, direction: Direction) -> str:
    return f"{sme_id}|{direction}"


def _to_document(ranked: RankedList, partition: int, now: datetime) -> dict[str, Any]:
    return {
        "_id": _doc_id(ranked.sme_id, ranked.direction),
        "sme_id": ranked.sme_id,
        "partition": partition,
        "direction": ranked.direction,
        "sme_version": ranked.sme_version,
        "entries": [
            {
                "partner_id": e.partner_id,
                "partner_version": e.partner_version,
                "score": e.score,
                "reasons": [r.model_dump() for r in e.reasons],
            }
            for e in ranked.entries
        ],
        "updated_at": now,
    }


def _from_document(doc: Mapping[str, Any]) -> StoredList:
    direction: Direction = "suppliers" if doc["direction"] == "suppliers" else "buyers"
    ranked = RankedList(
        sme_id=doc["sme_id"],
        direction=direction,
        sme_version=int(doc["sme_version"]),
        entries=tuple(
            ListEntry(
                partner_id=e["partner_id"],
                partner_version=int(e["partner_version"]),
                score=float(e["score"]),
                reasons=tuple(Reason.model_validate(r) for r in e.get("reasons", [])),
            )
            for e in doc.get("entries", [])
        ),
    )
    return StoredList(ranked=ranked, updated_at=doc["updated_at"])


class ListRepository:
    """Reads go by `_id` or by the owner's partition, equality filters that FerretDB hands to its
    backend (it does not for `$in` or `$or`); one replica writes a given list (see ownership)."""

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

    async def save_many(self, lists: Sequence[tuple[RankedList, int]]) -> None:
        """Store these (list, owner's partition), replacing what was stored; one round trip per chunk."""
        now = datetime.now(UTC)
        for start in range(0, len(lists), _CHUNK):
            ops = [
                ReplaceOne({"_id": _doc_id(r.sme_id, r.direction)}, _to_document(r, p, now), upsert=True)
                for r, p in lists[start : start + _CHUNK]
            ]
            await self._lists.bulk_write(ops, ordered=False)

    async def delete_lists_of(self, sme_ids: Iterable[str]) -> None:
        for sme_id in sme_ids:  # erasures are rare; one pushed-down filter each
            await self._lists.delete_many({"sme_id": sme_id})
