"""The outbox relay: publishes every profile's pending events, in version order, at least once.

Any number of registry replicas run one each. A replica claims a profile's
outbox with a lease (one document write), publishes the entries it has not
published before, then drops them from the outbox. A crash anywhere in
between leaves the entries in place: they are published again after the lease
ends, with the same version and event id, and consumers skip what they have seen.

A change made through this replica is relayed at once (`notify`); a scan every
`poll_interval_s` picks up everything else (other replicas' leases that ran
out, changes stored while Kafka was down, changes of a crashed process).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from services.registry.publisher import EventPublisher
from services.registry.repository import Claim

log = logging.getLogger(__name__)

_SCAN_BATCH = 500
_MAX_BACKOFF_S = 10.0


class OutboxStore(Protocol):
    async def claimable(self, owner: str, now: datetime, limit: int) -> list[str]: ...

    async def claim(self, sme_id: str, owner: str, now: datetime, lease_until: datetime) -> Claim | None: ...

    async def mark_published(self, sme_id: str, owner: str, version: int) -> bool: ...


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Relay:
    def __init__(
        self,
        store: OutboxStore,
        publisher: EventPublisher,
        *,
        owner: str,
        lease_s: float,
        publish_timeout_s: float,
        poll_interval_s: float,
        workers: int,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._store = store
        self._publisher = publisher
        self._owner = owner
        self._lease = timedelta(seconds=lease_s)
        self._publish_timeout = timedelta(seconds=publish_timeout_s)
        self._poll_interval_s = poll_interval_s
        self._workers = workers
        self._clock = clock
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._queued: set[str] = set()
        self._active: set[str] = set()
        self._again: set[str] = set()
        self._failures = 0

    def notify(self, sme_id: str) -> None:
        """A profile has a new pending event: relay it soon."""
        if sme_id not in self._queued:
            self._queued.add(sme_id)
            self._queue.put_nowait(sme_id)

    async def run(self) -> None:
        """Relay until cancelled."""
        await self._publisher.wait_connected()
        async with asyncio.TaskGroup() as group:
            group.create_task(self._scan_forever())
            for _ in range(self._workers):
                group.create_task(self._work_forever())

    async def _scan_forever(self) -> None:
        while True:
            try:
                for sme_id in await self._store.claimable(self._owner, self._clock(), _SCAN_BATCH):
                    if sme_id not in self._active:
                        self.notify(sme_id)
            except Exception:
                log.warning("outbox scan failed; retrying", exc_info=True)
            await asyncio.sleep(self._poll_interval_s)

    async def _work_forever(self) -> None:
        while True:
            sme_id = await self._queue.get()
            self._queued.discard(sme_id)
            if sme_id in self._active:
                self._again.add(sme_id)  # the worker that has it looks again when done
                continue
            self._active.add(sme_id)
            try:
                await self.relay_one(sme_id)
                self._failures = 0
            except Exception:
                self._failures += 1
                backoff = min(0.25 * 2**self._failures, _MAX_BACKOFF_S)
                log.warning(
                    "publishing failed; will retry",
                    exc_info=True,
                    extra={"sme_id": sme_id, "retry_s": backoff},
                )
                await asyncio.sleep(backoff)
            finally:
                self._active.discard(sme_id)
                if sme_id in self._again:
                    self._again.discard(sme_id)
                    self.notify(sme_id)

    async def relay_one(self, sme_id: str) -> None:
        """Publish everything pending for one profile, including what arrives while doing so."""
        more = True
        while more:
            now = self._clock()
            lease_until = now + self._lease
            claim = await self._store.claim(sme_id, self._owner, now, lease_until)
            if claim is None:
                return  # nothing pending, or another replica holds the lease
            for entry in claim.entries:
                if entry.version <= claim.published_version:
                    continue
                if self._clock() + self._publish_timeout > lease_until:
                    return  # the lease could end mid-send; the next claim carries on
                await self._publisher.publish(sme_id, entry)
                log.info(
                    "published",
                    extra={
                        "sme_id": sme_id,
                        "version": entry.version,
                        "event_type": entry.event_type,
                        "event_id": entry.event_id,
                        "correlation_id": entry.correlation_id,
                    },
                )
            more = await self._store.mark_published(sme_id, self._owner, claim.version)
