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

from datetime import datetime, timedelta

from pymongo.errors import DuplicateKeyError

from shared.mongo import MongoDatabase

_MAX_EXPIRED_EPOCHS = 8


class ClaimRegistry:
    def __init__(self, db: MongoDatabase) -> None:
        self._col = db["claims"]

    async def ensure_indexes(self) -> None:
        await self._col.create_index([("claimed_at", 1)])

    async def take(self, job: str, first_epoch: int, now: datetime, lease: timedelta) -> int | None:
        """The epoch this caller now holds, or None when a live claim belongs to someone else."""
        epoch = first_epoch
        for _ in range(_MAX_EXPIRED_EPOCHS):
            try:
                await self._col.insert_one({"_id": f"{job}#{epoch}", "claimed_at": now, "expires_at": now + lease})
                return epoch
            except DuplicateKeyError:
                existing = await self._col.find_one({"_id": f"{job}#{epoch}"})
                if existing is None or existing["expires_at"] > now:
                    return None  # held (or just released and re-taken) by another replica
                epoch += 1  # its holder stopped before recording it: skip past
        return None

    async def release(self, job: str, epoch: int) -> None:
        """Give back a claim won on a job that turned out to need no work."""
        await self._col.delete_one({"_id": f"{job}#{epoch}"})

    async def forget_before(self, cutoff: datetime) -> int:
        """Old claims only guard against replicas that read a job long ago; drop them."""
        result = await self._col.delete_many({"claimed_at": {"$lt": cutoff}})
        return int(result.deleted_count)
