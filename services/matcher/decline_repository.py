"""Declined pairs, kept so that a pair is never suggested again, even beyond the topic's retention.

Every replica reads every decline from `match.feedback`; storing it here is what
survives the topic. Each replica may store the same decline: the pair is the
`_id`, so the first insert wins and the others are no-ops.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from pymongo import InsertOne
from pymongo.errors import BulkWriteError

from shared.events import MatchFeedbackV1
from shared.mongo import MongoDatabase

COLLECTION = "declined_pairs"
_DUPLICATE_KEY = 11000


def _pair_id(supplier_id: str, buyer_id: str) -> str:
    return f"{supplier_id}|{buyer_id}"


class DeclineRepository:
    def __init__(self, db: MongoDatabase) -> None:
        self._declines = db[COLLECTION]

    async def add_many(self, declines: Iterable[MatchFeedbackV1]) -> None:
        now = datetime.now(UTC)
        ops: list[InsertOne[dict[str, Any]]] = [
            InsertOne(
                {
                    "_id": _pair_id(d.supplier_id, d.buyer_id),
                    "supplier_id": d.supplier_id,
                    "buyer_id": d.buyer_id,
                    "by_sme_id": d.by_sme_id,
                    "suggestion_id": d.suggestion_id,
                    "event_id": d.event_id,
                    "stored_at": now,
                }
            )
            for d in declines
        ]
        if not ops:
            return
        try:
            await self._declines.bulk_write(ops, ordered=False)
        except BulkWriteError as exc:
            if any(e.get("code") != _DUPLICATE_KEY for e in exc.details.get("writeErrors", [])):
                raise

    async def all_pairs(self) -> list[tuple[str, str]]:
        """Every stored pair: read once, at start-up."""
        return [
            (doc["supplier_id"], doc["buyer_id"])
            async for doc in self._declines.find({}, {"supplier_id": 1, "buyer_id": 1})
        ]

    async def ensure_indexes(self) -> None:
        await self._declines.create_index("supplier_id", name="supplier_id")
        await self._declines.create_index("buyer_id", name="buyer_id")

    async def delete_involving(self, sme_ids: Iterable[str]) -> None:
        """On erasure (rare): one equality filter per side, which FerretDB hands to its backend."""
        for sme_id in sme_ids:
            for side in ("supplier_id", "buyer_id"):
                await self._declines.delete_many({side: sme_id})
