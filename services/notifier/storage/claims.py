"""Exclusive claims built on the one write the database makes atomic: inserting a unique `_id`.

FerretDB (the local MongoDB-wire database) does not make a conditional update
or findAndModify atomic between concurrent clients: two replicas can both
"win" the same document. Inserting a document with a given `_id` succeeds for
exactly one of them, on MongoDB and FerretDB alike, so every claim is an insert
of `<job>#<epoch>`; the winner then moves the job to that epoch.
"""

from __future__ import annotations

from datetime import datetime

from pymongo.errors import DuplicateKeyError

from shared.mongo import MongoDatabase


class ClaimRegistry:
    def __init__(self, db: MongoDatabase) -> None:
        self._col = db["claims"]

    async def ensure_indexes(self) -> None:
        await self._col.create_index([("claimed_at", 1)])

    async def take(self, job: str, epoch: int, now: datetime) -> bool:
        """True for exactly one caller per (job, epoch)."""
        try:
            await self._col.insert_one({"_id": f"{job}#{epoch}", "claimed_at": now})
            return True
        except DuplicateKeyError:
            return False

    async def forget_before(self, cutoff: datetime) -> int:
        """Old claims only guard against replicas that read a job long ago; drop them."""
        result = await self._col.delete_many({"claimed_at": {"$lt": cutoff}})
        return int(result.deleted_count)
