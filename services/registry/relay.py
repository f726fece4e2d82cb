"""The outbox relay: publishes every profile's pending events, in version order, at least once.

Every registry replica runs one. A relay publishes an SME's events only while
it holds the lease on the SME's bucket (see `leases`). It works in batches: it
reads a page of outbox markers, walks the SMEs they name down to their
unpublished versions, sends those without waiting for each acknowledgement,
and settles what Kafka acknowledged (see `relay_store`: heads, then strips,
then markers). An SME with several unpublished versions has them sent one per
round, each round waiting for the last one's acknowledgements, so a version
is never sent before the one below it has landed, even when a send fails. A
crash anywhere before settling leaves the markers: the events are published
again later with the same version and event id, and consumers skip versions
they have seen.

`send_deadline_s` is the longest a send can take (the producer gives up by
then) plus the clock difference tolerated between replicas; a relay sends only
while its lease covers that long.

A change stored through this replica wakes the relay (`notify`). Otherwise it
looks every `poll_interval_s` for what else is pending (changes stored through
replicas that do not hold the bucket, while Kafka was down, or by a process
that died): idle, that is one small read per interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from services.registry.documents import ProfileVersion
from services.registry.metrics import RegistryMetrics
from services.registry.publisher import EventPublisher
from services.registry.relay_store import Marker
from services.registry.version_walk import Unsettled

log = logging.getLogger(__name__)

# Markers read per page, and SMEs walked, sent and settled together.
RELAY_PAGE = 1000
DEFAULT_BATCH = 500
_MAX_BACKOFF_S = 10.0
# A marker with no version document this old was left by a writer that died in between.
_STRAY_MARKER_AGE = timedelta(minutes=5)


class RelayStorage(Protocol):
    async def pending(self, limit: int) -> list[Marker]: ...

    async def unsettled(self, sme_ids: Collection[str]) -> dict[str, Unsettled]: ...

    async def settle(self, published: Sequence[Unsettled], dropped: Sequence[Marker] = ()) -> None: ...


class Leases(Protocol):
    def covers(self, sme_id: str, start: datetime, end: datetime) -> bool: ...

    async def refresh(self, now: datetime) -> None: ...


class PublishFailed(Exception):
    """Some events could not be sent; they stay pending and are tried again."""


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Relay:
    def __init__(
        self,
        store: RelayStorage,
        leases: Leases,
        publisher: EventPublisher,
        *,
        send_deadline_s: float,
        poll_interval_s: float,
        batch_size: int = DEFAULT_BATCH,
        clock: Callable[[], datetime] = _utcnow,
        metrics: RegistryMetrics | None = None,
    ) -> None:
        self._store = store
        self._leases = leases
        self._publisher = publisher
        self._send_deadline = timedelta(seconds=send_deadline_s)
        self._poll_interval_s = poll_interval_s
        self._batch_size = batch_size
        self._clock = clock
        self._metrics = metrics
        self._wake = asyncio.Event()

    def notify(self, sme_id: str | None = None) -> None:
        """Something was stored that may have an event to publish: relay soon."""
        self._wake.set()

    async def run(self) -> None:
        """Relay until cancelled."""
        await self._blank_erasures()
        await self._publisher.wait_connected()
        failures = 0
        while True:
            self._wake.clear()  # a change stored during the pass wakes the next one at once
            try:
                await self.relay_pending()
            except Exception:
                failures += 1
                backoff = min(0.25 * 2**failures, _MAX_BACKOFF_S)
                log.warning("relaying failed; will retry", exc_info=True, extra={"retry_s": backoff})
                await asyncio.sleep(backoff)
                continue
            failures = 0
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._poll_interval_s)

    async def _blank_erasures(self) -> None:
        """At start-up, before Kafka may be reachable: reading what is pending blanks the erasures
        among it (see `relay_store`), one page of markers; every later pass does it too."""
        try:
            markers = await self._store.pending(RELAY_PAGE)
            await self._store.unsettled({marker.sme_id for marker in markers})
        except Exception:
            log.warning("could not look for erasures to blank at start-up", exc_info=True)

    async def relay_pending(self) -> None:
        """Publish and settle everything pending that this replica may send, a page at a time."""
        first = True
        while True:
            await self._leases.refresh(self._clock())
            markers = await self._store.pending(RELAY_PAGE)
            if first and self._metrics is not None:
                self._metrics.relay_backlog.set(len(markers))
                first = False
            ours = [marker for marker in markers if self._may_send(marker.sme_id)]
            sme_ids = list(dict.fromkeys(marker.sme_id for marker in ours))
            removed = 0
            for start in range(0, len(sme_ids), self._batch_size):
                batch = set(sme_ids[start : start + self._batch_size])
                removed += await self._relay(batch, [marker for marker in ours if marker.sme_id in batch])
            if len(markers) < RELAY_PAGE or removed == 0:
                return  # the rest is another replica's, or waits for its writer

    async def relay_one(self, sme_id: str) -> None:
        """Publish the SME's unpublished versions, oldest first; then settle them."""
        if self._may_send(sme_id):
            await self._relay({sme_id}, ())

    async def _relay(self, sme_ids: Collection[str], markers: Iterable[Marker]) -> int:
        """Publish and settle these SMEs; how many of the page's `markers` are gone."""
        found = await self._store.unsettled(sme_ids)
        published, failed = await self._publish(found.values())
        now = self._clock()
        ours = [marker for marker in markers if marker.sme_id in published]
        dropped = [marker for marker in ours if _nothing_to_publish(marker, found[marker.sme_id], now)]
        await self._store.settle([found[sme_id] for sme_id in published], dropped)
        if self._metrics is not None:
            self._metrics.events_published.inc(sum(len(found[sme_id].pending) for sme_id in published))
            self._metrics.events_not_sent.inc(failed)
        if failed:
            raise PublishFailed(f"{failed} of {len(found)} profiles' events could not be sent")
        settled = {(v.sme_id, v.version) for sme_id in published for v in found[sme_id].pending}
        return len(dropped) + sum((marker.sme_id, marker.version) in settled for marker in ours)

    async def _publish(self, found: Iterable[Unsettled]) -> tuple[set[str], int]:
        """Send every pending version, one per SME and round; the SMEs all of whose versions landed."""
        queues = {unsettled.sme_id: deque(unsettled.pending) for unsettled in found}
        published = {sme_id for sme_id, queue in queues.items() if not queue}
        queues = {sme_id: queue for sme_id, queue in queues.items() if queue}
        failed = 0
        while queues:
            # Reading a large batch can outlast a lease epoch: take the next one before sending.
            await self._leases.refresh(self._clock())
            sent: list[tuple[str, ProfileVersion, asyncio.Future[object]]] = []
            for sme_id, queue in list(queues.items()):
                if not self._may_send(sme_id):
                    del queues[sme_id]  # the next holder (or the next epoch) carries on
                    continue
                version = queue.popleft()
                assert version.event is not None
                try:
                    ack = asyncio.ensure_future(await self._publisher.send(sme_id, version.event))
                except Exception:
                    log.warning("could not send", exc_info=True, extra={"sme_id": sme_id, "version": version.version})
                    failed += 1
                    del queues[sme_id]
                    continue
                sent.append((sme_id, version, ack))
            results = await asyncio.gather(*(ack for _, _, ack in sent), return_exceptions=True)
            for (sme_id, version, _), result in zip(sent, results, strict=True):
                if isinstance(result, BaseException):
                    log.warning(
                        "not acknowledged", exc_info=result, extra={"sme_id": sme_id, "version": version.version}
                    )
                    failed += 1
                    del queues[sme_id]
                    continue
                _log_published(version)
                if not queues[sme_id]:
                    del queues[sme_id]
                    published.add(sme_id)
        return published, failed

    def _may_send(self, sme_id: str) -> bool:
        now = self._clock()
        return self._leases.covers(sme_id, now, now + self._send_deadline)


def _nothing_to_publish(marker: Marker, unsettled: Unsettled, now: datetime) -> bool:
    """A marker no pending version stands behind: its writer lost the race, or died before storing."""
    newest = unsettled.newest
    if newest is not None and marker.version <= newest.version:
        # Its number is taken by a version that is published or pending under this same marker.
        return all(version.version != marker.version for version in unsettled.pending)
    at = marker.at
    # Above the newest version: its writer may still be storing it, unless that was long ago.
    return at is not None and at.replace(tzinfo=at.tzinfo or UTC) <= now - _STRAY_MARKER_AGE


def _log_published(version: ProfileVersion) -> None:
    assert version.event is not None
    log.info(
        "published",
        extra={
            "sme_id": version.sme_id,
            "version": version.version,
            "event_type": version.event.event_type,
            "event_id": version.event.event_id,
            "correlation_id": version.event.correlation_id,
        },
    )
