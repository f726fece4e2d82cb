"""Suggestions received for a recipient, from arrival until they are emailed or dropped."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pymongo.errors import DuplicateKeyError

from services.notifier.model import Pair, PendingSuggestion
from shared.events import Reason
from shared.mongo import MongoDatabase


class SuggestionStatus(StrEnum):
    PENDING = "pending"  # waiting for its email (or for the partner's profile)
    ASSIGNED = "assigned"  # part of a delivery
    SUPPRESSED = "suppressed"  # the recipient wants no suggestions
    CANCELLED = "cancelled"  # the pair was declined, or a partner was erased


def item_key(recipient_id: str, pair: Pair) -> str:
    """One item per recipient and pair: a re-suggested pair is not emailed again."""
    return f"{recipient_id}|{pair.key}"


def _to_doc(s: PendingSuggestion) -> dict[str, Any]:
    return {
        "suggestion_id": s.suggestion_id,
        "recipient_id": s.recipient_id,
        "recipient_role": s.recipient_role,
        "supplier_id": s.supplier_id,
        "buyer_id": s.buyer_id,
        "partner_id": s.partner_id,
        "score": s.score,
        "rank": s.rank,
        "reasons": [r.model_dump() for r in s.reasons],
        "received_at": s.received_at,
        "correlation_id": s.correlation_id,
    }


def _from_doc(doc: dict[str, Any]) -> PendingSuggestion:
    return PendingSuggestion(
        suggestion_id=doc["suggestion_id"],
        recipient_id=doc["recipient_id"],
        recipient_role=doc["recipient_role"],
        supplier_id=doc["supplier_id"],
        buyer_id=doc["buyer_id"],
        score=float(doc["score"]),
        rank=int(doc["rank"]),
        reasons=tuple(Reason.model_validate(r) for r in doc.get("reasons", [])),
        received_at=doc["received_at"],
        correlation_id=doc.get("correlation_id") or "",
    )


class SuggestionRepository:
    def __init__(self, db: MongoDatabase) -> None:
        self._col = db["suggestions"]

    async def ensure_indexes(self) -> None:
        await self._col.create_index([("recipient_id", 1), ("status", 1)])
        await self._col.create_index([("partner_id", 1), ("status", 1)])
        await self._col.create_index([("suggestion_id", 1)])

    async def add(
        self, suggestion: PendingSuggestion, status: SuggestionStatus, *, delivery_key: str | None = None
    ) -> bool:
        """Store a new suggestion; a pair already known to this recipient is only refreshed
        while its email is still pending. True when a new item was stored."""
        doc = _to_doc(suggestion)
        key = item_key(suggestion.recipient_id, suggestion.pair)
        try:
            await self._col.insert_one({"_id": key, **doc, "status": status.value, "delivery_key": delivery_key})
            return True
        except DuplicateKeyError:
            fresher = {k: v for k, v in doc.items() if k not in ("received_at",)}
            await self._col.update_one(
                {
                    "_id": key,
                    "status": SuggestionStatus.PENDING.value,
                    "suggestion_id": {"$ne": doc["suggestion_id"]},
                },
                {"$set": fresher},
            )
            return False

    async def pending_for(self, recipient_id: str) -> list[PendingSuggestion]:
        cursor = self._col.find({"recipient_id": recipient_id, "status": SuggestionStatus.PENDING.value})
        return [_from_doc(d) async for d in cursor]

    async def get_many(self, recipient_id: str, suggestion_ids: list[str]) -> list[PendingSuggestion]:
        cursor = self._col.find({"recipient_id": recipient_id, "suggestion_id": {"$in": suggestion_ids}})
        return [_from_doc(d) async for d in cursor]

    async def find_for_pair(self, recipient_id: str, pair: Pair) -> tuple[PendingSuggestion, str] | None:
        doc = await self._col.find_one({"_id": item_key(recipient_id, pair)})
        return (_from_doc(doc), doc["status"]) if doc else None

    async def any_for_pair(self, pair: Pair) -> PendingSuggestion | None:
        doc = await self._col.find_one({"supplier_id": pair.supplier_id, "buyer_id": pair.buyer_id})
        return _from_doc(doc) if doc else None

    async def assign(self, recipient_id: str, suggestions: list[PendingSuggestion], delivery_key: str) -> None:
        keys = [item_key(recipient_id, s.pair) for s in suggestions]
        await self._col.update_many(
            {"_id": {"$in": keys}, "status": SuggestionStatus.PENDING.value},
            {"$set": {"status": SuggestionStatus.ASSIGNED.value, "delivery_key": delivery_key}},
        )

    async def set_status(
        self, recipient_id: str, suggestions: list[PendingSuggestion], status: SuggestionStatus
    ) -> None:
        keys = [item_key(recipient_id, s.pair) for s in suggestions]
        await self._col.update_many(
            {"_id": {"$in": keys}, "status": SuggestionStatus.PENDING.value},
            {"$set": {"status": status.value}},
        )

    async def cancel_pending_for_pair(self, pair: Pair) -> None:
        await self._col.update_many(
            {
                "supplier_id": pair.supplier_id,
                "buyer_id": pair.buyer_id,
                "status": SuggestionStatus.PENDING.value,
            },
            {"$set": {"status": SuggestionStatus.CANCELLED.value}},
        )

    async def suppress_pending_of(self, recipient_id: str) -> None:
        await self._col.update_many(
            {"recipient_id": recipient_id, "status": SuggestionStatus.PENDING.value},
            {"$set": {"status": SuggestionStatus.SUPPRESSED.value}},
        )

    async def recipients_waiting_on(self, partner_id: str) -> list[str]:
        ids = await self._col.distinct(
            "recipient_id", {"partner_id": partner_id, "status": SuggestionStatus.PENDING.value}
        )
        return [str(i) for i in ids]

    async def erase_person(self, sme_id: str) -> int:
        """Remove everything addressed to the person, and unsent suggestions about them."""
        mine = await self._col.delete_many({"recipient_id": sme_id})
        about = await self._col.delete_many(
            {
                "partner_id": sme_id,
                "status": {"$in": [SuggestionStatus.PENDING.value, SuggestionStatus.ASSIGNED.value]},
            }
        )
        return int(mine.deleted_count + about.deleted_count)
