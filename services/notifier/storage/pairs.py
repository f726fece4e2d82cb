"""Answers given on a pair: one document per (pair, person), so concurrent answers never clash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from services.notifier.model import Pair
from shared.mongo import MongoDatabase

Decision = Literal["accept", "decline"]


@dataclass(frozen=True)
class PairAnswers:
    pair: Pair
    accepted_by: frozenset[str]
    declined_by: frozenset[str]

    @property
    def both_accepted(self) -> bool:
        return {self.pair.supplier_id, self.pair.buyer_id} <= self.accepted_by

    @property
    def declined(self) -> bool:
        return bool(self.declined_by)


class PairRepository:
    def __init__(self, db: MongoDatabase) -> None:
        self._col = db["answers"]

    async def ensure_indexes(self) -> None:
        await self._col.create_index([("pair", 1)])
        await self._col.create_index([("sme_id", 1)])

    async def get(self, pair: Pair) -> PairAnswers:
        accepted: set[str] = set()
        declined: set[str] = set()
        async for doc in self._col.find({"pair": pair.key}):
            (accepted if doc["decision"] == "accept" else declined).add(doc["sme_id"])
        return PairAnswers(pair, frozenset(accepted), frozenset(declined))

    async def record(self, pair: Pair, sme_id: str, decision: Decision, now: datetime) -> PairAnswers:
        """Store this person's latest answer, then read both sides' answers back."""
        await self._col.replace_one(
            {"_id": f"{pair.key}|{sme_id}"},
            {
                "pair": pair.key,
                "supplier_id": pair.supplier_id,
                "buyer_id": pair.buyer_id,
                "sme_id": sme_id,
                "decision": decision,
                "answered_at": now,
            },
            upsert=True,
        )
        return await self.get(pair)

    async def erase_person(self, sme_id: str) -> int:
        result = await self._col.delete_many({"$or": [{"supplier_id": sme_id}, {"buyer_id": sme_id}]})
        return int(result.deleted_count)
