"""Delivery records: claimed before sending, keyed so an email is never sent twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from pymongo.errors import DuplicateKeyError

from services.notifier.model import Delivery, DeliveryKind, DeliveryStatus, Pair
from services.notifier.storage.claims import ClaimRegistry
from shared.mongo import MongoDatabase

_OPEN = [DeliveryStatus.SCHEDULED.value, DeliveryStatus.SENDING.value]
_COUNTED = [*_OPEN, DeliveryStatus.SENT.value]


def _to_doc(d: Delivery, now: datetime, local_day: date | None) -> dict[str, Any]:
    return {
        "_id": d.key,
        "kind": d.kind.value,
        "recipient_id": d.recipient_id,
        "suggestion_ids": list(d.suggestion_ids),
        "partner_ids": list(d.partner_ids),
        "pair": {"supplier_id": d.pair.supplier_id, "buyer_id": d.pair.buyer_id} if d.pair else None,
        "status": d.status.value,
        "due_at": d.due_at,
        "attempts": d.attempts,
        "epoch": 0,
        "lease_until": None,
        "correlation_id": d.correlation_id,
        "local_day": local_day.isoformat() if local_day else None,
        "created_at": now,
    }


def _from_doc(doc: dict[str, Any]) -> Delivery:
    pair = doc.get("pair")
    return Delivery(
        key=doc["_id"],
        kind=DeliveryKind(doc["kind"]),
        recipient_id=doc["recipient_id"],
        due_at=doc["due_at"],
        suggestion_ids=tuple(doc.get("suggestion_ids") or ()),
        partner_ids=tuple(doc.get("partner_ids") or ()),
        pair=Pair(pair["supplier_id"], pair["buyer_id"]) if pair else None,
        attempts=int(doc.get("attempts", 0)),
        epoch=int(doc.get("epoch", 0)),
        status=DeliveryStatus(doc["status"]),
        correlation_id=doc.get("correlation_id"),
    )


def _claimable(doc: dict[str, Any], now: datetime) -> bool:
    if doc["status"] == DeliveryStatus.SCHEDULED.value:
        return bool(doc["due_at"] <= now)
    if doc["status"] == DeliveryStatus.SENDING.value:
        return doc.get("lease_until") is None or bool(doc["lease_until"] <= now)
    return False


@dataclass(frozen=True)
class SuggestionEmailHistory:
    """Suggestion emails of one recipient, as the daily cap and digest rules need them."""

    sent_on: dict[date, int]
    last_email_at: datetime | None

    def count_on(self, day: date) -> int:
        return self.sent_on.get(day, 0)


class DeliveryRepository:
    def __init__(self, db: MongoDatabase, claims: ClaimRegistry) -> None:
        self._col = db["deliveries"]
        self._claims = claims

    async def ensure_indexes(self) -> None:
        await self._col.create_index([("status", 1), ("due_at", 1)])
        await self._col.create_index([("recipient_id", 1), ("status", 1)])
        await self._col.create_index([("partner_ids", 1), ("status", 1)])

    async def create(self, delivery: Delivery, now: datetime, *, local_day: date | None = None) -> bool:
        """Record a delivery; False when one with the same key already exists."""
        try:
            await self._col.insert_one(_to_doc(delivery, now, local_day))
            return True
        except DuplicateKeyError:
            return False

    async def get(self, key: str) -> Delivery | None:
        doc = await self._col.find_one({"_id": key})
        return _from_doc(doc) if doc else None

    async def claim_due(self, now: datetime, lease: timedelta, limit: int = 20) -> Delivery | None:
        """Take one due delivery, or one whose sender stopped without recording the outcome."""
        cursor = (
            self._col.find(
                {
                    "$or": [
                        {"status": DeliveryStatus.SCHEDULED.value, "due_at": {"$lte": now}},
                        {"status": DeliveryStatus.SENDING.value, "lease_until": {"$lte": now}},
                    ]
                },
                projection={"epoch": 1},
            )
            .sort("due_at", 1)
            .limit(limit)
        )
        for candidate in [doc async for doc in cursor]:
            job = f"delivery:{candidate['_id']}"
            epoch = await self._claims.take(job, int(candidate.get("epoch", 0)) + 1, now, lease)
            if epoch is None:
                continue  # another sender holds it
            current = await self._col.find_one({"_id": candidate["_id"]})
            if current is None or not _claimable(current, now):
                await self._claims.release(job, epoch)  # finished by another sender since we looked
                continue
            await self._col.update_one(
                {"_id": candidate["_id"]},
                {
                    "$set": {"status": DeliveryStatus.SENDING.value, "lease_until": now + lease, "epoch": epoch},
                    "$inc": {"attempts": 1},
                },
            )
            return _from_doc(
                {
                    **current,
                    "status": DeliveryStatus.SENDING.value,
                    "epoch": epoch,
                    "attempts": int(current.get("attempts", 0)) + 1,
                }
            )
        return None

    async def _finish(self, d: Delivery, updates: dict[str, Any]) -> None:
        # Scoped to our epoch: a sender whose lease expired must not overwrite the next one.
        await self._col.update_one({"_id": d.key, "epoch": d.epoch}, {"$set": {**updates, "lease_until": None}})

    async def mark_sent(self, d: Delivery, now: datetime, message_id: str) -> None:
        await self._finish(d, {"status": DeliveryStatus.SENT.value, "sent_at": now, "message_id": message_id})

    async def mark_failed(self, d: Delivery, now: datetime, error: str) -> None:
        await self._finish(d, {"status": DeliveryStatus.FAILED.value, "failed_at": now, "last_error": error[:500]})

    async def reschedule(self, d: Delivery, due_at: datetime, error: str) -> None:
        await self._finish(d, {"status": DeliveryStatus.SCHEDULED.value, "due_at": due_at, "last_error": error})

    async def cancel(self, d: Delivery, reason: str) -> None:
        await self._finish(d, {"status": DeliveryStatus.CANCELLED.value, "last_error": reason})

    async def postpone(self, d: Delivery, due_at: datetime) -> None:
        """Move a claimed delivery out of quiet hours; this was not a sending attempt."""
        await self._col.update_one(
            {"_id": d.key, "epoch": d.epoch},
            {
                "$set": {"status": DeliveryStatus.SCHEDULED.value, "due_at": due_at, "lease_until": None},
                "$inc": {"attempts": -1},
            },
        )

    async def suggestion_history(self, recipient_id: str, since: datetime) -> SuggestionEmailHistory:
        sent_on: dict[date, int] = {}
        last: datetime | None = None
        cursor = self._col.find(
            {
                "recipient_id": recipient_id,
                "kind": DeliveryKind.SUGGESTIONS.value,
                "status": {"$in": _COUNTED},
                "created_at": {"$gte": since},
            },
            projection={"local_day": 1, "suggestion_ids": 1, "created_at": 1},
        )
        async for doc in cursor:
            if doc.get("local_day"):
                day = date.fromisoformat(doc["local_day"])
                sent_on[day] = sent_on.get(day, 0) + len(doc.get("suggestion_ids") or ())
            if last is None or doc["created_at"] > last:
                last = doc["created_at"]
        return SuggestionEmailHistory(sent_on, last)

    async def keys_holding(self, recipient_id: str, suggestion_ids: list[str]) -> dict[str, str]:
        """Which existing deliveries already carry these suggestions (suggestion id -> key)."""
        if not suggestion_ids:
            return {}
        held: dict[str, str] = {}
        cursor = self._col.find(
            {"recipient_id": recipient_id, "suggestion_ids": {"$in": suggestion_ids}},
            projection={"suggestion_ids": 1},
        )
        async for doc in cursor:
            for sid in doc.get("suggestion_ids") or ():
                if sid in suggestion_ids:
                    held[sid] = doc["_id"]
        return held

    async def cancel_open_for(self, recipient_id: str) -> int:
        result = await self._col.update_many(
            {"recipient_id": recipient_id, "status": DeliveryStatus.SCHEDULED.value},
            {"$set": {"status": DeliveryStatus.CANCELLED.value, "last_error": "unsubscribed"}},
        )
        return int(result.modified_count)

    async def cancel_open_invitations(self, pair: Pair) -> None:
        await self._col.update_many(
            {
                "kind": DeliveryKind.INVITATION.value,
                "pair.supplier_id": pair.supplier_id,
                "pair.buyer_id": pair.buyer_id,
                "status": DeliveryStatus.SCHEDULED.value,
            },
            {"$set": {"status": DeliveryStatus.CANCELLED.value, "last_error": "pair declined"}},
        )

    async def erase_person(self, sme_id: str) -> int:
        """Remove every delivery to the person, and unsent ones that describe them."""
        mine = await self._col.delete_many({"recipient_id": sme_id})
        about = await self._col.delete_many({"partner_ids": sme_id, "status": {"$in": _OPEN}})
        return int(mine.deleted_count + about.deleted_count)

    async def next_due_at(self) -> datetime | None:
        doc = await self._col.find_one(
            {"status": DeliveryStatus.SCHEDULED.value}, sort=[("due_at", 1)], projection={"due_at": 1}
        )
        return doc["due_at"] if doc else None

    async def count_by_status(self, recipient_id: str | None = None) -> dict[str, int]:
        base: dict[str, Any] = {"recipient_id": recipient_id} if recipient_id else {}
        return {s.value: await self._col.count_documents({**base, "status": s.value}) for s in DeliveryStatus}
