"""Stored top-k lists: one document per SME and direction, in the matcher's own database."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo.errors import DuplicateKeyError, OperationFailure

from services.matcher.ranked_lists import DIRECTIONS, Direction, ListEntry, RankedList
from shared.events import Reason
from shared.mongo import MongoDatabase

log = logging.getLogger(__name__)

COLLECTION = "recommendation_lists"

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

    async def lists_containing(self, partner_id: str) -> set[ListKey]:
        keys: set[ListKey] = set()
        async for doc in self._lists.find({"partner_ids": partner_id}, {"sme_id": 1, "direction": 1}):
            keys.add((doc["sme_id"], "suppliers" if doc["direction"] == "suppliers" else "buyers"))
        return keys

    async def save(self, ranked: RankedList, positions: Mapping[int, int], expected_revision: int | None) -> bool:
        """Write the list if nobody else wrote it since `expected_revision` was read; False otherwise."""
        now = datetime.now(UTC)
        if expected_revision is None:
            try:
                await self._lists.insert_one(_to_document(ranked, 1, positions, now))
            except DuplicateKeyError:
                return False
            return True
        result = await self._lists.replace_one(
            {"_id": _doc_id(ranked.sme_id, ranked.direction), "revision": expected_revision},
            _to_document(ranked, expected_revision + 1, positions, now),
        )
        return result.matched_count == 1

    async def delete_lists_of(self, sme_id: str) -> int:
        result = await self._lists.delete_many({"_id": {"$in": [_doc_id(sme_id, d) for d in DIRECTIONS]}})
        return int(result.deleted_count)

    async def has_lists(self, sme_id: str) -> bool:
        return await self._lists.find_one({"sme_id": sme_id}, {"_id": 1}) is not None
