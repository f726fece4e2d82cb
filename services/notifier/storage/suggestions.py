"""Suggestions received for a recipient, from arrival until they are emailed or dropped.

One document per recipient and pair (`_id` = item key): a pair suggested again
is recognised by its key, and the hot path reads and writes items by key only.
The planner knows which keys to read from the recipient's planning state.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pymongo.errors import DuplicateKeyError, OperationFailure

from services.notifier.model import Pair, PendingSuggestion
from services.notifier.storage.by_id import ById, insert_new
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


def key_of(s: PendingSuggestion) -> str:
    return item_key(s.recipient_id, s.pair)


@dataclass(frozen=True)
class StoredSuggestion:
    suggestion: PendingSuggestion
    status: SuggestionStatus
    delivery_key: str | None


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


def _stored(doc: dict[str, Any]) -> StoredSuggestion:
    return StoredSuggestion(_from_doc(doc), SuggestionStatus(doc["status"]), doc.get("delivery_key"))


_WITHOUT_REASONS = {"reasons": 0}
_LEGACY_INDEXES = ("recipient_id_1_status_1", "partner_id_1_status_1")


class SuggestionRepository:
    def __init__(self, db: MongoDatabase, by_id: ById) -> None:
        self._col = db["suggestions"]
        self._by_id = by_id

    async def ensure_indexes(self) -> None:
        # Every query names a recipient or a partner (a few dozen items each), and FerretDB's
        # database indexes each field of an index on its own (decision 0004): `status` (four
        # values) only cost every insert and update a third more index work, and served no query.
        for legacy in _LEGACY_INDEXES:
            with contextlib.suppress(OperationFailure):  # gone already, or never made
                await self._col.drop_index(legacy)
        await self._col.create_index([("recipient_id", 1)])
        await self._col.create_index([("partner_id", 1)])
        await self._col.create_index([("suggestion_id", 1)])

    async def insert_pending(self, suggestions: Sequence[PendingSuggestion]) -> set[str]:
        """Store new items as pending in one write; returns the keys that already existed."""
        docs = [{"_id": key_of(s), **_to_doc(s), "status": SuggestionStatus.PENDING.value} for s in suggestions]
        return {str(k) for k in await insert_new(self._col, docs)}

    async def refresh(self, suggestions: Sequence[PendingSuggestion]) -> None:
        """A pair suggested again (new profile versions) updates its item while still pending."""
        await self._by_id.update_each(
            self._col,
            (
                (
                    {
                        "_id": key_of(s),
                        "status": SuggestionStatus.PENDING.value,
                        "suggestion_id": {"$ne": s.suggestion_id},
                    },
                    {"$set": {k: v for k, v in _to_doc(s).items() if k != "received_at"}},
                )
                for s in suggestions
            ),
        )

    async def add(
        self, suggestion: PendingSuggestion, status: SuggestionStatus, *, delivery_key: str | None = None
    ) -> bool:
        """Store one item unless its pair is known to this recipient; True when stored."""
        doc = {"_id": key_of(suggestion), **_to_doc(suggestion), "status": status.value, "delivery_key": delivery_key}
        try:
            await self._by_id.call(self._col.insert_one, doc)
        except DuplicateKeyError:
            return False
        return True

    async def get_by_keys(self, keys: Iterable[str], *, reasons: bool = True) -> dict[str, StoredSuggestion]:
        """By item key. Without `reasons` (most of an item's bytes) for planning, which never shows
        them: the email reads its items again, whole, when it is sent."""
        docs = await self._by_id.many(self._col, keys, projection=None if reasons else _WITHOUT_REASONS)
        return {str(k): _stored(doc) for k, doc in docs.items()}

    async def get_many(self, recipient_id: str, suggestion_ids: list[str]) -> list[PendingSuggestion]:
        """By suggestion id: only for deliveries recorded before they carried item keys."""
        cursor = self._col.find({"recipient_id": recipient_id, "suggestion_id": {"$in": suggestion_ids}})
        return [_from_doc(d) async for d in cursor]

    async def find_for_pair(self, recipient_id: str, pair: Pair) -> tuple[PendingSuggestion, str] | None:
        doc = await self._by_id.one(self._col, item_key(recipient_id, pair))
        return (_from_doc(doc), doc["status"]) if doc else None

    async def mark(
        self, recipient_id: str, keys: Sequence[str], status: SuggestionStatus, delivery_key: str | None = None
    ) -> None:
        """Move some of a recipient's pending items to `status`; the others keep theirs.

        One command: FerretDB filters by the indexed recipient and status, so it reads
        only that recipient's pending items, and picks the keys among them itself."""
        if not keys:
            return
        await self._by_id.call(
            self._col.update_many,
            {"recipient_id": recipient_id, "status": SuggestionStatus.PENDING.value, "_id": {"$in": list(keys)}},
            {"$set": {"status": status.value, **({"delivery_key": delivery_key} if delivery_key else {})}},
        )

    async def assign(self, recipient_id: str, suggestions: list[PendingSuggestion], delivery_key: str) -> None:
        keys = [item_key(recipient_id, s.pair) for s in suggestions]
        await self.mark(recipient_id, keys, SuggestionStatus.ASSIGNED, delivery_key)

    async def close_pair(self, pair: Pair, suggestion_id: str, now: datetime) -> None:
        """A declined pair is never emailed to either side: pending items are cancelled, and a
        side that has none yet gets a cancelled one, so a late suggestion of it finds its key taken."""
        for side in (pair.supplier_id, pair.buyer_id):
            placeholder = PendingSuggestion(
                suggestion_id=suggestion_id,
                recipient_id=side,
                recipient_role="supplier" if side == pair.supplier_id else "buyer",
                supplier_id=pair.supplier_id,
                buyer_id=pair.buyer_id,
                score=0.0,
                rank=1,
                reasons=(),
                received_at=now,
                correlation_id="",
            )
            if not await self.add(placeholder, SuggestionStatus.CANCELLED):
                await self.mark(side, [key_of(placeholder)], SuggestionStatus.CANCELLED)

    async def suppress_pending_of(self, recipient_id: str) -> None:
        await self._col.update_many(
            {"recipient_id": recipient_id, "status": SuggestionStatus.PENDING.value},
            {"$set": {"status": SuggestionStatus.SUPPRESSED.value}},
        )

    async def pending_keys_of(self, recipient_id: str) -> list[str]:
        """A recipient's pending keys by query: only for planning state written before it held them."""
        cursor = self._col.find(
            {"recipient_id": recipient_id, "status": SuggestionStatus.PENDING.value}, projection={"_id": 1}
        )
        return [str(d["_id"]) async for d in cursor]

    async def erase_person(self, sme_id: str) -> int:
        """Remove every suggestion addressed to the person or about them, sent or not (with their
        reasons, which quote the person's offers and needs)."""
        mine = await self._col.delete_many({"recipient_id": sme_id})
        about = await self._col.delete_many({"partner_id": sme_id})
        return int(mine.deleted_count + about.deleted_count)
