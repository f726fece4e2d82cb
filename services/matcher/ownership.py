"""Which SMEs' lists this replica keeps: its group member's share of `sme.profiles` partitions.

The feed reads every record already, so the group member reads none: it joins
the group `matcher`, pauses whatever it is assigned and only reports the
assignment. An SME's lists are kept by the replica that owns the partition the
SME's key hashes to, so exactly one replica writes a given list (apart from the
moment of a rebalance, when both may publish, under deterministic suggestion ids,
so the recipient is still told once; what the old owner still stores is fenced
off by the epoch the new owner claims, see list_repository).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import KafkaError

from shared.topics import SME_PROFILES

log = logging.getLogger(__name__)

# Called inside the rebalance: must return at once (the work it asks for runs elsewhere).
PartitionsChanged = Callable[[set[int]], None]


class ListOwnership(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(
        self,
        bootstrap_servers: str,
        group_id: str,
        *,
        session_timeout_ms: int,
        heartbeat_interval_ms: int,
        topic: str = SME_PROFILES,
    ) -> None:
        self._bootstrap = bootstrap_servers
        self._group_id = group_id
        self._session_timeout_ms = session_timeout_ms
        self._heartbeat_interval_ms = heartbeat_interval_ms
        self._topic = topic
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._on_assigned: PartitionsChanged | None = None
        self._on_revoked: PartitionsChanged | None = None
        self.owned: set[int] = set()

    async def start(self, on_assigned: PartitionsChanged, on_revoked: PartitionsChanged) -> None:
        """Join the group; `on_assigned`/`on_revoked` hear of partitions gained and lost."""
        self._on_assigned, self._on_revoked = on_assigned, on_revoked
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap,
            group_id=self._group_id,
            client_id="matcher-lists",
            enable_auto_commit=False,
            session_timeout_ms=self._session_timeout_ms,
            heartbeat_interval_ms=self._heartbeat_interval_ms,
        )
        try:
            await consumer.start()
            consumer.subscribe(topics=[self._topic], listener=self)
        except BaseException:
            await consumer.stop()  # the caller retries with a new one
            raise
        self._consumer = consumer
        self._task = asyncio.create_task(self._stay_in_group(consumer), name="matcher-ownership")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()  # leaves the group: the others take over at once

    async def _stay_in_group(self, consumer: AIOKafkaConsumer) -> None:
        # A member that stops polling is dropped after max_poll_interval_ms; paused, a poll fetches nothing.
        while True:
            try:
                await consumer.getmany(timeout_ms=1000)
            except KafkaError:
                log.warning("group poll failed; retrying", exc_info=True)
                await asyncio.sleep(1.0)

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        lost = {tp.partition for tp in revoked if tp.topic == self._topic}
        self.owned -= lost
        if lost and self._on_revoked is not None:
            self._on_revoked(lost)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        if self._consumer is not None and assigned:
            self._consumer.pause(*assigned)
        now = {tp.partition for tp in assigned if tp.topic == self._topic}
        new = now - self.owned
        self.owned = now
        log.info("keeping the lists of partitions", extra={"topic": self._topic, "partitions": sorted(now)})
        if new and self._on_assigned is not None:
            self._on_assigned(new)
