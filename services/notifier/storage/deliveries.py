"""Delivery records: claimed before sending, keyed so an email is never sent twice.

Senders are told which delivery keys to look at (by the planner, the links, or
the safety sweep) and claim each by `_id`; nothing searches for due work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from services.notifier.model import Delivery, DeliveryKind, DeliveryStatus, Pair
from services.notifier.storage.by_id import ById, insert_new
from services.notifier.storage.claims import ClaimRegistry
from shared.mongo import MongoDatabase

_OPEN = [DeliveryStatus.SCHEDULED.value, DeliveryStatus.SENDING.value]


def _to_doc(d: Delivery, now: datetime, local_day: date | None) -> dict[str, Any]:
    return {
        "_id": d.key,
        "kind": d.kind.value,
        "recipient_id": d.recipient_id,
        "suggestion_ids": list(d.suggestion_ids),
        "item_keys": list(d.item_keys),
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
        item_keys=tuple(doc.get("item_keys") or ()),
        partner_ids=tuple(doc.get("partner_ids") or ()),
        pair=Pair(pair["supplier_id"], pair["buyer_id"]) if pair else None,
        attempts=int(doc.get("attempts", 0)),
        epoch=int(doc.get("epoch", 0)),
        status=DeliveryStatus(doc["status"]),
        correlation_id=doc.get("correlation_id"),
    )


def _claimable_at(doc: dict[str, Any]) -> datetime | None:
    """When a sender may take this delivery: when it is due, or when a silent sender's
    lease ends; None once it is finished."""
    if doc["status"] == DeliveryStatus.SCHEDULED.value:
        return cast(datetime, doc["due_at"])
    if doc["status"] == DeliveryStatus.SENDING.value:
        return cast(datetime, doc.get("lease_until") or doc["due_at"])
    return None


@dataclass(frozen=True)
class DeliveryClaim:
    delivery: Delivery | None = None  # ours to send now
    look_again_at: datetime | None = None  # not claimable before then; None: nothing left to do


class DeliveryRepository:
    def __init__(self, db: MongoDatabase, claims: ClaimRegistry, by_id: ById) -> None:
        self._col = db["deliveries"]
        self._claims = claims
        self._by_id = by_id

    async def ensure_indexes(self) -> None:
        # The safety sweep reads open deliveries by status; unsubscribe and erasure go by person.
        await self._col.create_index([("status", 1), ("due_at", 1)])
        await self._col.create_index([("recipient_id", 1), ("status", 1)])
        await self._col.create_index([("partner_ids", 1), ("status", 1)])

    async def create(self, delivery: Delivery, now: datetime, *, local_day: date | None = None) -> bool:
        """Record a delivery; False when one with the same key already exists."""
        return not await self.create_many([(delivery, local_day)], now)

    async def create_many(self, deliveries: Sequence[tuple[Delivery, date | None]], now: datetime) -> set[str]:
        """Record deliveries in one write; returns the keys that already existed."""
        return {str(k) for k in await insert_new(self._col, [_to_doc(d, now, day) for d, day in deliveries])}

    async def existing(self, keys: Iterable[str]) -> set[str]:
        return {str(k) for k in await self._by_id.many(self._col, keys, {"_id": 1})}

    async def get(self, key: str) -> Delivery | None:
        doc = await self._by_id.one(self._col, key)
        return _from_doc(doc) if doc else None

    async def claim_many(self, keys: Sequence[str], now: datetime, lease: timedelta) -> dict[str, DeliveryClaim]:
        """Take each of these deliveries that is due, or whose sender stopped without recording
        the outcome. A batch costs one read, one claim insert and one re-read, then one update
        per delivery taken (FerretDB runs the statements of a bulk update one by one anyway)."""
        found = {key: DeliveryClaim() for key in keys}
        docs = await self._by_id.many(self._col, keys)
        jobs: dict[str, int] = {}
        for key, doc in docs.items():
            at = _claimable_at(doc)
            if at is not None and at > now:
                found[key] = DeliveryClaim(look_again_at=at)
            elif at is not None:
                jobs[f"delivery:{key}"] = int(doc.get("epoch", 0)) + 1
        held = await self._claims.take_many(jobs, now, lease)
        for job in jobs.keys() - held.keys():  # another sender holds it; in case it dies
            found[job.removeprefix("delivery:")] = DeliveryClaim(look_again_at=now + lease)
        # Read again after winning: another sender may have finished or rescheduled it since.
        current = await self._by_id.many(self._col, [job.removeprefix("delivery:") for job in held])
        taken: dict[str, tuple[dict[str, Any], int]] = {}
        for job, epoch in held.items():
            key = job.removeprefix("delivery:")
            now_doc = current.get(key)
            at = _claimable_at(now_doc) if now_doc else None
            if now_doc is None or at is None or at > now:
                await self._claims.release(job, epoch)
                found[key] = DeliveryClaim(look_again_at=at)
            else:
                taken[key] = (now_doc, epoch)
        sending = {"status": DeliveryStatus.SENDING.value, "lease_until": now + lease}
        await self._by_id.update_each(
            self._col,
            (
                ({"_id": key}, {"$set": {**sending, "epoch": epoch}, "$inc": {"attempts": 1}})
                for key, (_, epoch) in taken.items()
            ),
        )
        for key, (doc, epoch) in taken.items():
            attempts = int(doc.get("attempts", 0)) + 1
            found[key] = DeliveryClaim(
                _from_doc({**doc, "status": DeliveryStatus.SENDING.value, "epoch": epoch, "attempts": attempts})
            )
        return found

    async def open_deliveries(self) -> dict[str, datetime]:
        """Every delivery still to be sent, with when it may be taken (for the safety sweep):
        equality queries on the indexed status, so only open deliveries are read."""
        found: dict[str, datetime] = {}
        for status in _OPEN:
            cursor = self._col.find({"status": status}, projection={"status": 1, "due_at": 1, "lease_until": 1})
            async for doc in cursor:
                at = _claimable_at(doc)
                if at is not None:
                    found[str(doc["_id"])] = at
        return found

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

    async def cancel_open_for(self, recipient_id: str) -> int:
        result = await self._col.update_many(
            {"recipient_id": recipient_id, "status": DeliveryStatus.SCHEDULED.value},
            {"$set": {"status": DeliveryStatus.CANCELLED.value, "last_error": "unsubscribed"}},
        )
        return int(result.modified_count)

    async def cancel_scheduled(self, keys: Iterable[str], reason: str) -> None:
        """Cancel these deliveries (by key) unless a sender has them already."""
        cancelled = {"$set": {"status": DeliveryStatus.CANCELLED.value, "last_error": reason}}
        await self._by_id.update_each(
            self._col, (({"_id": key, "status": DeliveryStatus.SCHEDULED.value}, cancelled) for key in keys)
        )

    async def erase_person(self, sme_id: str) -> int:
        """Remove every delivery to the person and unsent ones that describe them; in finished
        ones to others (the record of what was sent) the person's id is struck out."""
        mine = await self._col.delete_many({"recipient_id": sme_id})
        about = await self._col.delete_many({"partner_ids": sme_id, "status": {"$in": _OPEN}})
        finished = [doc async for doc in self._col.find({"partner_ids": sme_id})]  # rare: one person's history
        for doc in finished:
            await self._col.update_one(
                {"_id": doc["_id"]},
                {
                    "$set": {
                        "partner_ids": [p for p in doc.get("partner_ids") or () if p != sme_id],
                        "item_keys": [k for k in doc.get("item_keys") or () if sme_id not in str(k).split("|")],
                        "pair": None if doc.get("pair") and sme_id in doc["pair"].values() else doc.get("pair"),
                    }
                },
            )
        return int(mine.deleted_count + about.deleted_count)

    async def count_by_status(self, recipient_id: str | None = None) -> dict[str, int]:
        base: dict[str, Any] = {"recipient_id": recipient_id} if recipient_id else {}
        return {s.value: await self._col.count_documents({**base, "status": s.value}) for s in DeliveryStatus}
