"""A consumer group's lag: its committed offsets against the partitions' ends, read periodically.

The probe asks the broker (one admin request and one list-offsets request per
round), never the group's own consumers, so it sees what a restart would
resume from: the committed position, not what is merely fetched. One probe
measures every consumer group of a service in the same round.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from shared.topics import TOPICS

log = logging.getLogger(__name__)


class GroupLagProbe:
    """`groups`: each consumer group of the service and the topics it reads."""

    def __init__(self, bootstrap: str, groups: Mapping[str, Iterable[str]], interval_s: float = 15.0) -> None:
        self._bootstrap = bootstrap
        self._groups = {group: tuple(topics) for group, topics in groups.items()}
        self._interval_s = interval_s
        self._lag: dict[str, dict[tuple[str, int], int]] = {}
        self._task: asyncio.Task[None] | None = None
        self._name = "+".join(self._groups)

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self._groups)

    def lag(self, group: str) -> dict[tuple[str, int], int]:
        """The group's last measured lag per (topic, partition); empty until the first round."""
        return dict(self._lag.get(group, {}))

    def lag_of(self, group: str) -> Callable[[], dict[tuple[str, int], int]]:
        """`lag` of one group, to be read when scraped (`ServiceMetrics.watch_lag`)."""
        return lambda: self.lag(group)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"lag-{self._name}")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def measure(self) -> dict[str, dict[tuple[str, int], int]]:
        admin = AIOKafkaAdminClient(bootstrap_servers=self._bootstrap, client_id=f"{self._name}-lag")
        consumer = AIOKafkaConsumer(bootstrap_servers=self._bootstrap, group_id=None, client_id=f"{self._name}-lag")
        read = {topic for topics in self._groups.values() for topic in topics}
        partitions = [
            TopicPartition(spec.name, p) for spec in TOPICS if spec.name in read for p in range(spec.partitions)
        ]
        try:
            await admin.start()
            await consumer.start()
            committed = {group: await admin.list_consumer_group_offsets(group) for group in self._groups}
            ends = await consumer.end_offsets(partitions)
            starts = await consumer.beginning_offsets(partitions)
        finally:
            # Closed also when the broker is away (a start that failed): nothing is left open per round.
            with contextlib.suppress(Exception):
                await consumer.stop()
            with contextlib.suppress(Exception):
                await admin.close()
        measured: dict[str, dict[tuple[str, int], int]] = {}
        for group, topics in self._groups.items():
            lag = measured[group] = {}
            for tp in partitions:
                if tp.topic not in topics:
                    continue
                done = committed[group].get(tp)
                position = done.offset if done is not None and done.offset >= 0 else starts[tp]
                lag[(tp.topic, tp.partition)] = max(0, ends[tp] - position)
        self._lag = measured
        return measured

    async def _run(self) -> None:
        while True:
            try:
                await self.measure()
            except (TimeoutError, KafkaError, OSError):
                log.warning("consumer lag not measured this round", exc_info=True)
            await asyncio.sleep(self._interval_s)


async def run_probed(probe: GroupLagProbe, work: Callable[[], Awaitable[None]]) -> None:
    """Run `work` (a consumer loop) with `probe` measuring while it runs: one part to start and stop."""
    probe.start()
    try:
        await work()
    finally:
        await probe.stop()
