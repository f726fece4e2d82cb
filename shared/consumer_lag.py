"""A consumer group's lag: its committed offsets against the partitions' ends, read periodically.

The probe asks the broker (one admin request and one list-offsets request per
round), never the group's own consumers, so it sees what a restart would
resume from: the committed position, not what is merely fetched.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from shared.topics import TOPICS

log = logging.getLogger(__name__)


class GroupLagProbe:
    def __init__(self, bootstrap: str, group_id: str, topics: Iterable[str], interval_s: float = 15.0) -> None:
        self._bootstrap = bootstrap
        self._group_id = group_id
        self._topics = tuple(topics)
        self._interval_s = interval_s
        self._lag: dict[tuple[str, int], int] = {}
        self._task: asyncio.Task[None] | None = None

    def lag(self) -> dict[tuple[str, int], int]:
        """The last measured lag per (topic, partition); empty until the first round."""
        return dict(self._lag)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"lag-{self._group_id}")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def measure(self) -> dict[tuple[str, int], int]:
        admin = AIOKafkaAdminClient(bootstrap_servers=self._bootstrap, client_id=f"{self._group_id}-lag")
        consumer = AIOKafkaConsumer(bootstrap_servers=self._bootstrap, group_id=None, client_id=f"{self._group_id}-lag")
        await admin.start()
        await consumer.start()
        try:
            committed = await admin.list_consumer_group_offsets(self._group_id)
            partitions = [
                TopicPartition(spec.name, p)
                for spec in TOPICS
                if spec.name in self._topics
                for p in range(spec.partitions)
            ]
            ends = await consumer.end_offsets(partitions)
            starts = await consumer.beginning_offsets(partitions)
        finally:
            await consumer.stop()
            await admin.close()
        lag: dict[tuple[str, int], int] = {}
        for tp in partitions:
            done = committed.get(tp)
            position = done.offset if done is not None and done.offset >= 0 else starts[tp]
            lag[(tp.topic, tp.partition)] = max(0, ends[tp] - position)
        self._lag = lag
        return lag

    async def _run(self) -> None:
        while True:
            try:
                await self.measure()
            except (TimeoutError, KafkaError, OSError):
                log.warning("consumer lag not measured this round", exc_info=True)
            await asyncio.sleep(self._interval_s)
