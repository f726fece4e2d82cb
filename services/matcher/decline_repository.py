"""Declined pairs, kept so that a restart or another replica never suggests them again."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo.errors import OperationFailure

from shared.mongo import MongoDatabase

log = logging.getLogger(__name__)

COLLECTION = "declined_pairs"


@dataclass(frozen=True)
class Decline:
    supplier_id: str
    buyer_id: str
    by_sme_id: str
    suggestion_id: str
    event_id: str


@dataclass(frozen=True)
class StoredDecline:
    supplier_id: str
    buyer_id: str
    stored_at: datetime


def _pair_id(supplier_id: str, buyer_id: str) -> str:
    return f"{supplier_id}|{buyer_id}"


class DeclineRepository:
    def __init__(self, db: MongoDatabase) -> None:
        self._declines = db[COLLECTION]

    async def ensure_indexes(self) -> None:
        try:
            await self._declines.create_index("stored_at", name="stored_at")
            await self._declines.create_index("supplier_id", name="supplier_id")
            await self._declines.create_index("buyer_id", name="buyer_id")
        except OperationFailure as exc:
            log.warning("could not create decline indexes: %s", exc)

    async def add(self, decline: Decline) -> bool:
        """Idempotent: the first decline of a pair is kept; True when it is new."""
        doc: dict[str, Any] = {
            "supplier_id": decline.supplier_id,
            "buyer_id": decline.buyer_id,
            "by_sme_id": decline.by_sme_id,
            "suggestion_id": decline.suggestion_id,
            "event_id": decline.event_id,
            "stored_at": datetime.now(UTC),
        }
        result = await self._declines.update_one(
            {"_id": _pair_id(decline.supplier_id, decline.buyer_id)}, {"$setOnInsert": doc}, upsert=True
        )
        return result.upserted_id is not None

    async def declined_among(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        ids = [_pair_id(s, b) for s, b in pairs]
        if not ids:
            return set()
        found: set[tuple[str, str]] = set()
        async for doc in self._declines.find({"_id": {"$in": ids}}, {"supplier_id": 1, "buyer_id": 1}):
            found.add((doc["supplier_id"], doc["buyer_id"]))
        return found

    async def stored_since(self, since: datetime | None) -> list[StoredDecline]:
        query: dict[str, Any] = {} if since is None else {"stored_at": {"$gte": since}}
        return [
            StoredDecline(doc["supplier_id"], doc["buyer_id"], doc["stored_at"])
            async for doc in self._declines.find(query, {"supplier_id": 1, "buyer_id": 1, "stored_at": 1})
        ]

    async def delete_involving(self, sme_id: str) -> int:
        result = await self._declines.delete_many({"$or": [{"supplier_id": sme_id}, {"buyer_id": sme_id}]})
        return int(result.deleted_count)
