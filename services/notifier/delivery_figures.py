"""Deliveries waiting for a retry, failed for good, and re-driven: read from the database for the metrics.

These are states of stored deliveries, shared by every replica, and a re-drive
is made by the `clusterlink` command outside the service, so no replica can
count them in memory. A refresher reads them every `NOTIFIER_SWEEP_INTERVAL_S`
(two equality queries on the indexed status and a tiny tally) and scrapes read
the last figures. Every replica reports the same values: aggregate with `max`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from services.notifier.storage.redrive import FailedDeliveries
from shared.metrics import PREFIX

log = logging.getLogger(__name__)


class DeliveryFigures(Collector):
    def __init__(self, failed: FailedDeliveries, interval_s: float) -> None:
        self._failed = failed
        self._interval_s = interval_s
        self._figures: dict[str, dict[str, int]] = {"failed": {}, "retrying": {}, "redriven": {}}
        self._task: asyncio.Task[None] | None = None

    async def refresh(self) -> None:
        self._figures = {
            "failed": await self._failed.failed_by_kind(),
            "retrying": await self._failed.retrying_by_kind(),
            "redriven": await self._failed.redriven_by_kind(),
        }

    async def _run(self) -> None:
        while True:
            try:
                await self.refresh()
            except Exception:  # the figures go stale, the service goes on
                log.warning("could not read the delivery figures", exc_info=True)
            await asyncio.sleep(self._interval_s)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="delivery-figures")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        failed = GaugeMetricFamily(
            f"{PREFIX}_deliveries_failed",
            "Deliveries failed for good and stored, waiting for an operator's re-drive (same on every replica)",
            labels=("kind",),
        )
        retrying = GaugeMetricFamily(
            f"{PREFIX}_deliveries_retrying",
            "Deliveries that failed for now and wait for their next attempt (same on every replica)",
            labels=("kind",),
        )
        redriven = CounterMetricFamily(
            f"{PREFIX}_deliveries_redriven",
            "Failed deliveries put back by `clusterlink notifier redrive` (same on every replica)",
            labels=("kind",),
        )
        for family, name in ((failed, "failed"), (retrying, "retrying"), (redriven, "redriven")):
            for kind, count in sorted(self._figures[name].items()):
                family.add_metric((kind,), count)
        yield failed
        yield retrying
        yield redriven
