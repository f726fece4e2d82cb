"""Each recipient's planning state, the requests to plan them, and their timed wake-ups.

- `planning` (`_id` = SME id): the keys of the recipient's pending suggestions and
  running counters (suggestions emailed on the current local day and the keys of
  those emails, the last email). Written only at the end of a plan, by the holder of
  the recipient's planning claim, so a plan reads its recipient's state by `_id`
  and never their history.
- `plan_requests`: one per recipient per consumed batch, carrying the keys of the
  suggestions it stored (or none: "look again"). Insert-only and deleted by `_id`
  after a plan that saw them, so a request made while a replica plans is not lost.
- `wakeups` (`_id` = SME id): when a recipient must be planned again (end of the
  gathering window, digest slot, end of quiet hours); only while something waits.

Requests and wake-ups reach this replica's planner in memory; only the safety
sweep reads the two small collections, for what another replica left behind.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bson import ObjectId
from pymongo.errors import DuplicateKeyError

from services.notifier.storage.by_id import ById, delete_ids, insert_new
from services.notifier.storage.claims import ClaimRegistry
from shared.mongo import MongoDatabase


@dataclass(frozen=True)
class PlanRequest:
    request_id: Any
    sme_id: str
    item_keys: tuple[str, ...] = ()
    made_at: datetime | None = None  # when its suggestions arrived
    legacy: bool = False  # stored before requests carried keys: the planner looks the keys up


@dataclass(frozen=True)
class PlanningState:
    epoch: int = 0  # of the last finished plan; the next claim takes a higher one
    pending: tuple[str, ...] = ()
    counted_day: str | None = None  # local day (ISO) that `counted` is about
    counted: int = 0  # suggestions put into emails on `counted_day`
    emails_today: tuple[str, ...] = ()  # the keys of those emails
    last_email_at: datetime | None = None
    last_arrival_at: datetime | None = None  # of the newest suggestion planned (the gathering window)
    wake_at: datetime | None = None
    wake_for: str | None = None  # the notification preference `wake_at` was decided under
    legacy: bool = False  # stored before the state held pending keys


@dataclass(frozen=True)
class FinishedPlan:
    sme_id: str
    epoch: int
    state: PlanningState
    request_ids: tuple[Any, ...]


def _state(doc: dict[str, Any]) -> PlanningState:
    return PlanningState(
        epoch=int(doc.get("epoch", 0)),
        pending=tuple(doc.get("pending") or ()),
        counted_day=doc.get("counted_day"),
        counted=int(doc.get("counted", 0)),
        emails_today=tuple(doc.get("emails_today") or ()),
        last_email_at=doc.get("last_email_at"),
        last_arrival_at=doc.get("last_arrival_at"),
        wake_at=doc.get("wake_at"),
        wake_for=doc.get("wake_for"),
        legacy="pending" not in doc,
    )


def _request(doc: dict[str, Any]) -> PlanRequest:
    items = tuple(doc.get("items") or ())
    return PlanRequest(doc["_id"], str(doc["sme_id"]), items, doc.get("at"), legacy="items" not in doc)


class PlanningRepository:
    def __init__(self, db: MongoDatabase, claims: ClaimRegistry, by_id: ById) -> None:
        self._state = db["planning"]
        self._requests = db["plan_requests"]
        self._wakeups = db["wakeups"]
        self._claims = claims
        self._by_id = by_id

    async def ensure_indexes(self) -> None:
        await self._requests.create_index([("sme_id", 1)])  # erasure

    async def request(self, wanted: Mapping[str, Iterable[str]], now: datetime) -> list[PlanRequest]:
        """One request per recipient (with the item keys to look at), in one write."""
        requests = [PlanRequest(ObjectId(), sme_id, tuple(dict.fromkeys(keys)), now) for sme_id, keys in wanted.items()]
        if requests:
            await self._requests.insert_many(
                [{"_id": r.request_id, "sme_id": r.sme_id, "items": list(r.item_keys), "at": now} for r in requests]
            )
        return requests

    async def outstanding(self, made_before: datetime | None = None) -> list[PlanRequest]:
        """Requests not yet consumed (the safety sweep): the queue is short, so it is read whole."""
        found = []
        async for doc in self._requests.find({}):
            if made_before is None or doc.get("at") is None or doc["at"] <= made_before:
                found.append(_request(doc))
        return found

    async def states(self, sme_ids: Iterable[str]) -> dict[str, PlanningState]:
        """Each recipient's state; a recipient never planned has the empty one."""
        ids = list(dict.fromkeys(sme_ids))
        docs = await self._by_id.many(self._state, ids)
        return {sme_id: _state(docs[sme_id]) if sme_id in docs else PlanningState() for sme_id in ids}

    async def claim(self, states: Mapping[str, PlanningState], now: datetime, lease: timedelta) -> dict[str, int]:
        """The recipients this caller may plan now, with the epoch each claim holds."""
        taken = await self._claims.take_many({f"plan:{s}": st.epoch + 1 for s, st in states.items()}, now, lease)
        return {job.removeprefix("plan:"): epoch for job, epoch in taken.items()}

    async def finish(self, plans: Sequence[FinishedPlan]) -> None:
        # Wake-ups first: a crash before the states are written leaves the requests,
        # which plan the recipient again; a state without its wake-up would sleep forever.
        # Replaced as a delete and an insert: two commands for the batch (the claim makes us their only writer).
        await delete_ids(self._wakeups, (p.sme_id for p in plans))
        await insert_new(self._wakeups, [{"_id": p.sme_id, "at": p.state.wake_at} for p in plans if p.state.wake_at])
        # Always stored, even when empty: the epoch it records is where the next claim starts.
        await asyncio.gather(*(self._store_state(p.sme_id, p.epoch, p.state) for p in plans))
        await delete_ids(self._requests, (r for p in plans for r in p.request_ids))

    async def _store_state(self, sme_id: str, epoch: int, s: PlanningState) -> None:
        fields = {
            "epoch": epoch,
            "pending": list(s.pending),
            "counted_day": s.counted_day,
            "counted": s.counted,
            "emails_today": list(s.emails_today),
            "last_email_at": s.last_email_at,
            "last_arrival_at": s.last_arrival_at,
            "wake_at": s.wake_at,
            "wake_for": s.wake_for if s.wake_at is not None else None,
        }
        # A duplicate key: a later claim of this recipient finished first (ours outlived its lease).
        with contextlib.suppress(DuplicateKeyError):
            await self._by_id.call(
                self._state.update_one,
                {"_id": sme_id, "$or": [{"epoch": {"$lt": epoch}}, {"epoch": {"$exists": False}}]},
                {"$set": fields, "$unset": {"lease_until": ""}},
                upsert=True,
            )

    async def wakeups(self) -> dict[str, datetime]:
        """Every recipient with a timed wake-up (the safety sweep)."""
        return {str(doc["_id"]): doc["at"] async for doc in self._wakeups.find({}) if doc.get("at")}

    async def erase_person(self, sme_id: str) -> None:
        await self._requests.delete_many({"sme_id": sme_id})
        await self._state.delete_one({"_id": sme_id})
        await self._wakeups.delete_one({"_id": sme_id})
        await self._strip_keys_naming(sme_id)

    async def _strip_keys_naming(self, sme_id: str) -> None:
        """Others' pending and emailed item keys (`recipient|partner|…`) that name the erased
        person go too. Read whole (an erasure is rare; a key pattern would not be pushed down).
        A state is rewritten only at the epoch read: a plan that finished meanwhile wins, and
        its suggestions about the person were deleted before it could see them again."""
        fields = {"pending": 1, "emails_today": 1, "epoch": 1}
        async for doc in self._state.find({}, projection=fields):
            kept = {f: [k for k in doc.get(f) or () if not _names(k, sme_id)] for f in ("pending", "emails_today")}
            if kept != {f: list(doc.get(f) or ()) for f in kept}:
                await self._state.update_one({"_id": doc["_id"], "epoch": doc.get("epoch")}, {"$set": kept})
        async for doc in self._requests.find({}, projection={"items": 1}):
            items = [k for k in doc.get("items") or () if not _names(k, sme_id)]
            if len(items) != len(doc.get("items") or ()):
                await self._requests.update_one({"_id": doc["_id"]}, {"$set": {"items": items}})


def _names(key: str, sme_id: str) -> bool:
    return sme_id in str(key).split("|")
