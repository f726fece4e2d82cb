"""Exclusive claims built on the one write the database makes atomic: inserting a unique `_id`.

FerretDB (the local MongoDB-wire database) does not make a conditional update
or findAndModify atomic between concurrent clients: two replicas can both
"win" the same document. Inserting a document with a given `_id` succeeds for
exactly one of them, on MongoDB and FerretDB alike, so a claim is an insert of
`<job>#<epoch>` carrying a lease. A replica that dies right after inserting its
claim leaves an expired claim behind; the next claimer moves on to the next
epoch, so no job is ever wedged. Callers re-check the job after winning, since
they may have read it before someone else finished it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import datetime, timedelta

from pymongo.errors import DuplicateKeyError

from services.notifier.storage.by_id import ById, insert_new
from shared.mongo import MongoDatabase

_MAX_EXPIRED_EPOCHS = 8


class ClaimRegistry:
    def __init__(self, db: MongoDatabase, by_id: ById) -> None:
        self._col = db["claims"]
        self._by_id = by_id

    async def ensure_indexes(self) -> None:
        await self._col.create_index([("claimed_at", 1)])

    async def take(self, job: str, first_epoch: int, now: datetime, lease: timedelta) -> int | None:
        """The epoch this caller now holds, or None when a live claim belongs to someone else."""
        epoch = first_epoch
        for _ in range(_MAX_EXPIRED_EPOCHS):
            try:
                claim = {"_id": f"{job}#{epoch}", "claimed_at": now, "expires_at": now + lease}
                await self._by_id.call(self._col.insert_one, claim)
                return epoch
            except DuplicateKeyError:
                existing = await self._by_id.one(self._col, f"{job}#{epoch}")
                if existing is None or existing["expires_at"] > now:
                    return None  # held (or just released and re-taken) by another replica
                epoch += 1  # its holder stopped before recording it: skip past
        return None

    async def take_many(self, jobs: Mapping[str, int], now: datetime, lease: timedelta) -> dict[str, int]:
        """`take` for many jobs (job -> first epoch to try): one write when nobody else holds them."""
        docs = [{"_id": f"{job}#{epoch}", "claimed_at": now, "expires_at": now + lease} for job, epoch in jobs.items()]
        existed = await insert_new(self._col, docs)
        held = {job: epoch for job, epoch in jobs.items() if f"{job}#{epoch}" not in existed}
        contested = [job for job in jobs if job not in held]
        epochs = await asyncio.gather(*(self.take(job, jobs[job], now, lease) for job in contested))
        held |= {job: epoch for job, epoch in zip(contested, epochs, strict=True) if epoch is not None}
        return held

    async def release(self, job: str, epoch: int) -> None:
        """Give back a claim won on a job that turned out to need no work."""
        await self._col.delete_one({"_id": f"{job}#{epoch}"})

    async def forget_jobs_of(self, sme_id: str) -> int:
        """Erasure: drop the claims whose job names the person (`plan:<id>`). Claims are few
        (old ones are dropped, see `forget_before`), so their ids are read and picked here
        rather than matched by a pattern the database may not push down."""
        prefix = f"plan:{sme_id}#"
        ids = [doc["_id"] async for doc in self._col.find({}, projection={"_id": 1})]
        mine = [i for i in ids if str(i).startswith(prefix)]
        if not mine:
            return 0
        result = await self._col.delete_many({"_id": {"$in": mine}})
        return int(result.deleted_count)

    async def forget_before(self, cutoff: datetime) -> int:
        """Old claims only guard against replicas that read a job long ago; drop them."""
        result = await self._col.delete_many({"claimed_at": {"$lt": cutoff}})
        return int(result.deleted_count)
