"""The outbox relay: publishes every profile's pending events, in version order, at least once.

Every registry replica runs one. A relay publishes an SME's events only while
it holds the lease on the SME's bucket (see `leases`). For one SME it
publishes the unpublished versions oldest first, brings the SME's head up to
date, strips the versions below the newest, and only then drops the outbox
markers of what it published. A crash anywhere before that leaves the markers:
the events are published again later with the same version and event id, and
consumers skip versions they have seen.

`send_deadline_s` is the longest a send can take (the producer gives up by
then) plus the clock difference tolerated between replicas; a relay sends only
while its lease covers that long.

A change made through this replica is relayed at once (`notify`); a scan every
`poll_interval_s` picks up everything else (changes made through replicas that
do not hold the bucket, changes stored while Kafka was down or by a process
that died).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from services.registry.publisher import EventPublisher
from services.registry.repository import ProfileVersion, Unsettled

log = logging.getLogger(__name__)

_SCAN_BATCH = 1000
_MAX_BACKOFF_S = 10.0


class VersionStore(Protocol):
    async def with_pending_events(self, now: datetime, limit: int) -> list[str]: ...

    async def unsettled(self, sme_id: str) -> Unsettled: ...

    async def update_head(self, version: ProfileVersion) -> None: ...

    async def strip(self, sme_id: str, version: int) -> None: ...

    async def strip_down_from(self, sme_id: str, version: int, *, to_first_stripped: bool = True) -> None: ...

    async def settle(self, sme_id: str, version: int) -> None: ...


class Leases(Protocol):
    def covers(self, sme_id: str, start: datetime, end: datetime) -> bool: ...

    async def refresh(self, now: datetime) -> None: ...


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Relay:
    def __init__(
        self,
        store: VersionStore,
        leases: Leases,
        publisher: EventPublisher,
        *,
        send_deadline_s: float,
        poll_interval_s: float,
        workers: int,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._store = store
        self._leases = leases
        self._publisher = publisher
        self._send_deadline = timedelta(seconds=send_deadline_s)
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
                now = self._clock()
                await self._leases.refresh(now)
                for sme_id in await self._store.with_pending_events(now, _SCAN_BATCH):
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
                    "publishing failed; will retry", exc_info=True, extra={"sme_id": sme_id, "retry_s": backoff}
                )
                await asyncio.sleep(backoff)
            finally:
                self._active.discard(sme_id)
                if sme_id in self._again:
                    self._again.discard(sme_id)
                    self.notify(sme_id)

    def _may_send(self, sme_id: str) -> bool:
        now = self._clock()
        return self._leases.covers(sme_id, now, now + self._send_deadline)

    async def relay_one(self, sme_id: str) -> None:
        """Publish the SME's unpublished versions, oldest first; then settle them."""
        if not self._may_send(sme_id):
            return  # another replica holds the bucket, or the lease is about to end
        unsettled = await self._store.unsettled(sme_id)
        pending = unsettled.pending
        for version in pending:
            assert version.event is not None
            if not self._may_send(sme_id):
                return  # the next holder (or the next epoch) carries on
            await self._publisher.publish(sme_id, version.event)
            log.info(
                "published",
                extra={
                    "sme_id": sme_id,
                    "version": version.version,
                    "event_type": version.event.event_type,
                    "event_id": version.event.event_id,
                    "correlation_id": version.event.correlation_id,
                },
            )
        if not unsettled.chain:
            return
        newest = unsettled.chain[0]
        # The head first, so a settled version always has its head (erasure relies on it).
        if unsettled.head_version != newest.version:
            await self._store.update_head(newest)
        if newest.live:
            for older in unsettled.chain[1:]:
                await self._store.strip(sme_id, older.version)
        else:
            # Erased: check every version below, so no personal data is left even if the erasure
            # request or an earlier pass stopped half-way.
            await self._store.strip_down_from(sme_id, newest.version - 1, to_first_stripped=False)
        for version in pending:
            await self._store.settle(sme_id, version.version)
