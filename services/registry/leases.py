"""Relay leases: at most one replica publishes a given SME's events at any time.

SMEs fall into `BUCKETS` buckets by a hash of their id, and time into epochs
of `lease_s` seconds. The lease on a bucket for an epoch is a document whose
`_id` names both (`"3@57612345"`), so taking it is an insert that exactly one
replica wins — no update has to be atomic, which FerretDB does not guarantee.

A holder takes the next epoch of its buckets half-way through the current
one, so it keeps them while it lives; a crashed replica's buckets are free
again after at most two epochs (at once if it restarts under the same
replica id). A relay sends only when its lease covers the whole time the send
may take, so a send in flight always lands before another replica may start.
"""

from __future__ import annotations

import logging
import math
import zlib
from datetime import UTC, datetime

from pymongo.errors import DuplicateKeyError

from shared.mongo import MongoDatabase

log = logging.getLogger(__name__)

COLLECTION = "relay_leases"
BUCKETS = 16


def bucket_of(sme_id: str) -> int:
    return zlib.crc32(sme_id.encode("utf-8")) % BUCKETS


class BucketLeases:
    def __init__(self, database: MongoDatabase, *, owner: str, lease_s: float) -> None:
        self._leases = database[COLLECTION]
        self._owner = owner
        self._lease_s = lease_s
        self._held: set[tuple[int, int]] = set()  # (bucket, epoch)
        self._tried: set[tuple[int, int]] = set()
        self._purged_epoch = -1

    def _epoch(self, moment: datetime) -> int:
        return math.floor(moment.timestamp() / self._lease_s)

    def _end_of(self, epoch: int) -> datetime:
        return datetime.fromtimestamp((epoch + 1) * self._lease_s, UTC)

    def covers(self, sme_id: str, start: datetime, end: datetime) -> bool:
        """True if this replica holds the SME's bucket for the whole of [start, end]."""
        bucket = bucket_of(sme_id)
        return all((bucket, epoch) in self._held for epoch in range(self._epoch(start), self._epoch(end) + 1))

    async def refresh(self, now: datetime) -> None:
        """Take what is free: the current epoch of every bucket, the next one of those held."""
        current = self._epoch(now)
        halfway = now.timestamp() >= (current + 0.5) * self._lease_s
        for bucket in range(BUCKETS):
            await self._try(bucket, current)
            if halfway and (bucket, current) in self._held:
                await self._try(bucket, current + 1)
        self._held = {(b, e) for b, e in self._held if e >= current}
        self._tried = {(b, e) for b, e in self._tried if e >= current}
        if self._purged_epoch != current:
            # Leases of epochs before the previous one: nobody can use them any more.
            await self._leases.delete_many({"expires_at": {"$lt": self._end_of(current - 2)}})
            self._purged_epoch = current

    async def _try(self, bucket: int, epoch: int) -> None:
        if (bucket, epoch) in self._tried:
            return
        lease_id = f"{bucket}@{epoch}"
        try:
            await self._leases.insert_one({"_id": lease_id, "owner": self._owner, "expires_at": self._end_of(epoch)})
        except DuplicateKeyError:
            holder = await self._leases.find_one({"_id": lease_id}, {"owner": 1})
            if holder is None or holder.get("owner") != self._owner:
                self._tried.add((bucket, epoch))  # someone else's until the epoch ends
                return
        self._tried.add((bucket, epoch))
        self._held.add((bucket, epoch))
