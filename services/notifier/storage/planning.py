"""When each recipient must be planned again, and who is planning them right now.

Anything that may change what a recipient should receive (a suggestion, a
profile, an answer) inserts a planning request; the planner alone sets the
timed wake-up. Requests are insert-only and consumed by id, so a request that
arrives while a replica is planning is never lost.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bson import ObjectId
from pymongo.errors import DuplicateKeyError

from services.notifier.storage.claims import ClaimRegistry
from shared.mongo import MongoDatabase


@dataclass(frozen=True)
class PlanningClaim:
    sme_id: str
    epoch: int
    request_ids: tuple[Any, ...]


class PlanningRepository:
    def __init__(self, db: MongoDatabase, claims: ClaimRegistry) -> None:
        self._state = db["planning"]
        self._requests = db["plan_requests"]
        self._claims = claims

    async def ensure_indexes(self) -> None:
        await self._state.create_index([("wake_at", 1)])
        await self._requests.create_index([("sme_id", 1)])

    async def request(self, sme_ids: list[str], now: datetime) -> None:
        if sme_ids:
            await self._requests.insert_many([{"_id": ObjectId(), "sme_id": s, "at": now} for s in sme_ids])

    async def _candidates(self, now: datetime, limit: int) -> list[str]:
        found: list[str] = []
        async for doc in self._requests.find({}, projection={"sme_id": 1}).sort("_id", 1).limit(limit):
            if doc["sme_id"] not in found:
                found.append(doc["sme_id"])
        async for doc in self._state.find({"wake_at": {"$lte": now}}, projection={"_id": 1}).limit(limit):
            if doc["_id"] not in found:
                found.append(doc["_id"])
        return found

    async def claim(self, now: datetime, lease: timedelta, limit: int = 20) -> PlanningClaim | None:
        """Claim one recipient with a request or a due wake-up that nobody else is planning."""
        for sme_id in await self._candidates(now, limit):
            state = await self._state.find_one({"_id": sme_id})
            if state is None:
                with contextlib.suppress(DuplicateKeyError):  # created by another replica meanwhile
                    await self._state.insert_one({"_id": sme_id, "epoch": 0, "lease_until": None, "wake_at": None})
                state = {"epoch": 0, "lease_until": None}
            lease_until = state.get("lease_until")
            if lease_until is not None and lease_until > now:
                continue  # another replica is planning this recipient
            job = f"plan:{sme_id}"
            epoch = await self._claims.take(job, int(state.get("epoch", 0)) + 1, now, lease)
            if epoch is None:
                continue
            current = await self._state.find_one({"_id": sme_id})
            if current is not None and current.get("lease_until") is not None and current["lease_until"] > now:
                await self._claims.release(job, epoch)  # another replica started planning meanwhile
                continue
            await self._state.update_one({"_id": sme_id}, {"$set": {"epoch": epoch, "lease_until": now + lease}})
            ids = [d["_id"] async for d in self._requests.find({"sme_id": sme_id}, projection={"_id": 1})]
            return PlanningClaim(sme_id, epoch, tuple(ids))
        return None

    async def finish(self, claim: PlanningClaim, wake_at: datetime | None) -> None:
        # Only the requests seen at claim time are consumed; later ones trigger another plan.
        if claim.request_ids:
            await self._requests.delete_many({"_id": {"$in": list(claim.request_ids)}})
        await self._state.update_one(
            {"_id": claim.sme_id, "epoch": claim.epoch}, {"$set": {"wake_at": wake_at, "lease_until": None}}
        )

    async def next_wake_at(self) -> datetime | None:
        doc = await self._state.find_one({"wake_at": {"$ne": None}}, sort=[("wake_at", 1)])
        return doc["wake_at"] if doc else None

    async def erase_person(self, sme_id: str) -> None:
        await self._requests.delete_many({"sme_id": sme_id})
        await self._state.delete_one({"_id": sme_id})
