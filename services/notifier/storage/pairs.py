"""Answers given on a pair: one document per (pair, person), so concurrent answers never clash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from services.notifier.model import Pair
from services.notifier.storage.by_id import ById
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


def _answer_id(pair: Pair, sme_id: str) -> str:
    return f"{pair.key}|{sme_id}"


class PairRepository:
    def __init__(self, db: MongoDatabase, by_id: ById) -> None:
        self._col = db["answers"]
        self._by_id = by_id

    async def ensure_indexes(self) -> None:
        # Only erasure looks answers up by person.
        await self._col.create_index([("supplier_id", 1)])
        await self._col.create_index([("buyer_id", 1)])

    async def get(self, pair: Pair) -> PairAnswers:
        """Both sides' answers, each by its `_id`."""
        accepted: set[str] = set()
        declined: set[str] = set()
        docs = await self._by_id.many(self._col, [_answer_id(pair, pair.supplier_id), _answer_id(pair, pair.buyer_id)])
        for doc in docs.values():
            (accepted if doc["decision"] == "accept" else declined).add(doc["sme_id"])
        return PairAnswers(pair, frozenset(accepted), frozenset(declined))

    async def record(self, pair: Pair, sme_id: str, decision: Decision, now: datetime) -> PairAnswers:
        """Store this person's latest answer, then read both sides' answers back."""
        await self._col.replace_one(
            {"_id": _answer_id(pair, sme_id)},
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
        # Two equality filters: FerretDB hands neither `$or` nor `$in` to its backend.
        supplied = await self._col.delete_many({"supplier_id": sme_id})
        bought = await self._col.delete_many({"buyer_id": sme_id})
        return int(supplied.deleted_count + bought.deleted_count)
