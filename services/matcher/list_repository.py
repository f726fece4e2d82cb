"""Stored top-k lists: one document per SME and direction, in the matcher's own database."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import InsertOne, ReplaceOne
from pymongo.errors import BulkWriteError, OperationFailure

from services.matcher.ranked_lists import DIRECTIONS, Direction, ListEntry, RankedList
from shared.events import Reason
from shared.mongo import MongoDatabase

log = logging.getLogger(__name__)

COLLECTION = "recommendation_lists"
META_COLLECTION = "meta"
_DUPLICATE_KEY = 11000

ListKey = tuple[str, Direction]


@dataclass(frozen=True)
class StoredList:
    ranked: RankedList
    revision: int
    # Feed positions (partition -> next offset) of the index the list was computed from.
    index_positions: dict[int, int]
    updated_at: datetime


def _doc_id(sme_id: str, direction: Direction) -> str:
    return f"{sme_id}|{direction}"


def _to_document(ranked: RankedList, revision: int, positions: Mapping[int, int], now: datetime) -> dict[str, Any]:
    return {
        "_id": _doc_id(ranked.sme_id, ranked.direction),
        "sme_id": ranked.sme_id,
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
        "partner_ids": [e.partner_id for e in ranked.entries],
        "revision": revision,
        "index_positions": {str(p): o for p, o in positions.items()},
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
    return StoredList(
        ranked=ranked,
        revision=int(doc["revision"]),
        index_positions={int(p): int(o) for p, o in doc.get("index_positions", {}).items()},
        updated_at=doc["updated_at"],
    )


class ListRepository:
    def __init__(self, db: MongoDatabase) -> None:
        self._lists = db[COLLECTION]
        self._meta = db[META_COLLECTION]

    async def first_used_at(self) -> datetime:
        """When this database was first used by any replica (set once, then only read)."""
        now = datetime.now(UTC)
        await self._meta.update_one({"_id": "epoch"}, {"$setOnInsert": {"first_used_at": now}}, upsert=True)
        doc = await self._meta.find_one({"_id": "epoch"})
        first: datetime = doc["first_used_at"] if doc else now
        return first

    async def ensure_indexes(self) -> None:
        try:
            await self._lists.create_index("partner_ids", name="partner_ids")
            await self._lists.create_index("sme_id", name="sme_id")
        except OperationFailure as exc:  # an index is a speed-up, not a correctness need
            log.warning("could not create list indexes: %s", exc)

    async def get(self, sme_id: str, direction: Direction) -> StoredList | None:
        doc = await self._lists.find_one({"_id": _doc_id(sme_id, direction)})
        return _from_document(doc) if doc is not None else None

    async def get_many(self, keys: Iterable[ListKey]) -> dict[ListKey, StoredList]:
        ids = [_doc_id(sme_id, direction) for sme_id, direction in keys]
        if not ids:
            return {}
        found: dict[ListKey, StoredList] = {}
        async for doc in self._lists.find({"_id": {"$in": ids}}):
            stored = _from_document(doc)
            found[(stored.ranked.sme_id, stored.ranked.direction)] = stored
        return found

    async def related_to(self, sme_id: str) -> dict[ListKey, StoredList]:
        """The SME's own stored lists and every stored list that holds it, in one query."""
        found: dict[ListKey, StoredList] = {}
        async for doc in self._lists.find({"$or": [{"sme_id": sme_id}, {"partner_ids": sme_id}]}):
            stored = _from_document(doc)
            found[(stored.ranked.sme_id, stored.ranked.direction)] = stored
        return found

    async def all_lists(self) -> AsyncIterator[StoredList]:
        async for doc in self._lists.find({}):
            yield _from_document(doc)

    async def save_many(
        self, writes: Sequence[tuple[RankedList, int | None]], positions: Mapping[int, int]
    ) -> set[ListKey]:
        """`save` for many lists in one round trip; returns the keys that lost a race (not written)."""
        if not writes:
            return set()
        now = datetime.now(UTC)
        token = uuid.uuid4().hex  # tells our writes from a competitor's
        ops: list[InsertOne[dict[str, Any]] | ReplaceOne[dict[str, Any]]] = []
        for ranked, expected in writes:
            doc = _to_document(ranked, (expected or 0) + 1, positions, now) | {"writer": token}
            if expected is None:
                ops.append(InsertOne(doc))
            else:
                ops.append(ReplaceOne({"_id": doc["_id"], "revision": expected}, doc))
        try:
            result = await self._lists.bulk_write(ops, ordered=False)
            written = result.inserted_count + result.matched_count
        except BulkWriteError as exc:
            if any(e.get("code") != _DUPLICATE_KEY for e in exc.details.get("writeErrors", [])):
                raise
            written = -1  # some inserts lost to a competitor: find out which below
        if written == len(ops):
            return set()
        ids = [_doc_id(r.sme_id, r.direction) for r, _ in writes]
        ours = {doc["_id"] async for doc in self._lists.find({"_id": {"$in": ids}, "writer": token}, {"_id": 1})}
        return {(r.sme_id, r.direction) for r, _ in writes if _doc_id(r.sme_id, r.direction) not in ours}

    async def delete_lists_of(self, sme_id: str) -> int:
        result = await self._lists.delete_many({"_id": {"$in": [_doc_id(sme_id, d) for d in DIRECTIONS]}})
        return int(result.deleted_count)
