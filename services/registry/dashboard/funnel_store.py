"""The registry's own read model of the funnel: one document per supplier -> buyer pair.

Filled from `match.suggestions` and `match.feedback` (see `funnel_feed`), never
from the matcher's or the notifier's databases. Every write is idempotent by
construction, so an event read twice (a redelivery after a crash, or two
suggestion events of one pair) changes nothing the second time:

- `first_seen_at` and `suggested_at` take the earliest time seen (`$min`);
- `accepted.<side>` holds the earliest accept of each side (`$min`);
- `answer.<side>` holds that side's latest answer: it is replaced only by an
  answer that occurred later, and the same event again is not later than itself.

Erasure deletes every pair an erased SME is in (`forget`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pymongo import ASCENDING
from pymongo.errors import BulkWriteError, DuplicateKeyError

from shared.events import MatchFeedbackV1, MatchSuggestedV1
from shared.mongo import MongoDatabase

COLLECTION = "funnel_pairs"
Side = Literal["supplier", "buyer"]
LiveIds = Callable[[Collection[str]], Awaitable[set[str]]]


def pair_key(supplier_id: str, buyer_id: str) -> str:
    return f"{supplier_id}\x1f{buyer_id}"


@dataclass(frozen=True, slots=True)
class PairRecord:
    supplier_id: str
    buyer_id: str
    first_seen_at: datetime
    suggested_at: datetime | None
    accepted_at: dict[str, datetime]  # side -> its first accept
    answers: dict[str, tuple[str, datetime]]  # side -> (its standing answer, when)

    @property
    def accepted_by_both_at(self) -> datetime | None:
        return max(self.accepted_at.values()) if len(self.accepted_at) == 2 else None

    @property
    def introduced_at(self) -> datetime | None:
        """Both sides' standing answers are accept: when the notifier introduces them."""
        if len(self.answers) == 2 and all(decision == "accept" for decision, _ in self.answers.values()):
            return max(at for _, at in self.answers.values())
        return None


def _later(doc: dict[str, Any], at: datetime) -> bool:
    """The stored pair was first seen or suggested after `at` (or never suggested)."""
    suggested = doc.get("suggested_at")
    return suggested is None or suggested > at or doc["first_seen_at"] > at


def _record(doc: dict[str, Any]) -> PairRecord:
    answers = {side: (str(a["decision"]), a["at"]) for side, a in (doc.get("answer") or {}).items()}
    return PairRecord(
        supplier_id=doc["supplier_id"],
        buyer_id=doc["buyer_id"],
        first_seen_at=doc["first_seen_at"],
        suggested_at=doc.get("suggested_at"),
        accepted_at=dict(doc.get("accepted") or {}),
        answers=answers,
    )


class FunnelStore:
    def __init__(self, database: MongoDatabase) -> None:
        self._pairs = database[COLLECTION]

    async def ensure_indexes(self) -> None:
        """An SME's pairs are read by side (its "answered earlier" page) and deleted by side at
        erasure: without these, each scans every pair of the cluster (tens per SME)."""
        for field in ("supplier_id", "buyer_id"):
            await self._pairs.create_index([(field, ASCENDING)])

    async def _ensure(self, supplier_id: str, buyer_id: str, at: datetime) -> str:
        key = pair_key(supplier_id, buyer_id)
        try:
            await self._pairs.insert_one(
                {"_id": key, "supplier_id": supplier_id, "buyer_id": buyer_id, "first_seen_at": at}
            )
        except DuplicateKeyError:
            await self._pairs.update_one({"_id": key}, {"$min": {"first_seen_at": at}})
        return key

    async def suggested(self, events: Sequence[MatchSuggestedV1], live_ids: LiveIds | None = None) -> None:
        """Record these suggestions: one read by `_id` and one insert for the pairs not seen yet; an
        update only where an event is earlier than what is stored (a refit's pass suggests tens of
        thousands at once, and a pair suggested again, or read again, changes nothing).

        `live_ids` tells which SMEs are live; only a pair not stored yet needs asking, since a stored
        pair was live when stored and an erasure deletes it (an update never brings one back)."""
        earliest: dict[str, MatchSuggestedV1] = {}
        for e in events:
            key = pair_key(e.supplier_id, e.buyer_id)
            if key not in earliest or e.occurred_at < earliest[key].occurred_at:
                earliest[key] = e
        if not earliest:
            return
        stored = {
            doc["_id"]: doc
            async for doc in self._pairs.find({"_id": {"$in": list(earliest)}}, {"first_seen_at": 1, "suggested_at": 1})
        }
        unseen = [e for k, e in earliest.items() if k not in stored]
        if live_ids is not None and unseen:
            live = await live_ids({sme for e in unseen for sme in (e.supplier_id, e.buyer_id)})
            unseen = [e for e in unseen if e.supplier_id in live and e.buyer_id in live]
        new = [
            {"_id": pair_key(e.supplier_id, e.buyer_id), "supplier_id": e.supplier_id, "buyer_id": e.buyer_id,
             "first_seen_at": e.occurred_at, "suggested_at": e.occurred_at}
            for e in unseen
        ]  # fmt: skip
        raced: list[str] = []
        if new:
            try:
                await self._pairs.insert_many(new, ordered=False)
            except BulkWriteError as exc:  # another registry replica stored some of them meanwhile
                raced = [err["op"]["_id"] for err in exc.details.get("writeErrors", []) if err.get("code") == 11000]
        for key in raced + [k for k, doc in stored.items() if _later(doc, earliest[k].occurred_at)]:
            at = earliest[key].occurred_at
            await self._pairs.update_one({"_id": key}, {"$min": {"first_seen_at": at, "suggested_at": at}})

    async def answered(self, event: MatchFeedbackV1) -> None:
        if event.by_sme_id not in (event.supplier_id, event.buyer_id):
            return  # not one of the pair: nothing a side said
        side: Side = "supplier" if event.by_sme_id == event.supplier_id else "buyer"
        key = await self._ensure(event.supplier_id, event.buyer_id, event.occurred_at)
        at = event.occurred_at
        if event.decision == "accept":
            await self._pairs.update_one({"_id": key}, {"$min": {f"accepted.{side}": at}})
        # A later answer replaces an earlier one; an older or repeated event does not.
        await self._pairs.update_one(
            {"_id": key, "$or": [{f"answer.{side}": {"$exists": False}}, {f"answer.{side}.at": {"$lt": at}}]},
            {"$set": {f"answer.{side}": {"decision": event.decision, "at": at}}},
        )

    async def forget(self, sme_ids: Iterable[str]) -> int:
        ids = list(sme_ids)
        result = await self._pairs.delete_many({"$or": [{"supplier_id": {"$in": ids}}, {"buyer_id": {"$in": ids}}]})
        return int(result.deleted_count)

    async def pairs(self) -> list[PairRecord]:
        return [_record(doc) async for doc in self._pairs.find({})]
