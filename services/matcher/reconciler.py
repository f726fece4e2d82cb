"""Coalesces reconcile requests: however many refits or rebalances ask, one pass runs at a time."""

from __future__ import annotations

import asyncio
import logging

from services.matcher.live_index import LiveIndex
from services.matcher.matching import MatchingService
from services.matcher.ownership import PartitionOwnership

log = logging.getLogger(__name__)


class Reconciler:
    def __init__(
        self, service: MatchingService, live: LiveIndex, ownership: PartitionOwnership, ready: asyncio.Event
    ) -> None:
        self._service = service
        self._live = live
        self._ownership = ownership
        self._ready = ready
        self._wanted = asyncio.Event()
        self._partitions: set[int] = set()
        self._all = False
        self._reasons: set[str] = set()

    def request(self, reason: str, partitions: set[int] | None = None) -> None:
        """Reconcile the SMEs of these partitions (all owned ones when None) soon."""
        if partitions is None:
            self._all = True
        else:
            self._partitions |= partitions
        self._reasons.add(reason)
        self._wanted.set()

    async def run(self) -> None:
        await self._ready.wait()
        while True:
            await self._wanted.wait()
            self._wanted.clear()
            owned = set(self._ownership.owned)
            partitions = owned if self._all else self._partitions & owned
            reasons = sorted(self._reasons)
            self._all, self._partitions, self._reasons = False, set(), set()
            try:
                sent = await self._service.reconcile(self._live.live_ids(partitions))
            except Exception:
                log.exception("reconcile failed; retrying on the next request", extra={"reasons": reasons})
                continue
            log.info(
                "lists reconciled",
                extra={"reasons": reasons, "partitions": sorted(partitions), "suggestions": sent},
            )
