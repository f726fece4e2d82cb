"""Every replica reads all of `sme.profiles`, from the beginning, into its own index.

A plain consumer with no group and every partition assigned: the index must hold
all live SMEs whichever partitions this replica's group member owns. Start-up is
done when the end offsets seen at start-up are reached; then the index is fitted
once on everything (faster than one upsert per profile).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError

from services.matcher.live_index import LiveIndex
from services.matcher.profile_events import (
    InvalidProfileRecord,
    ProfileChanged,
    decode_headers,
    parse_profile_record,
)
from services.matcher.refit import Refitter
from shared.topics import SME_PROFILES

log = logging.getLogger(__name__)
START_UP_REFIT_RETRY_S = 10.0  # a failed start-up fit is retried: the index is not ready without one


class ProfileFeed:
    def __init__(self, bootstrap_servers: str, live: LiveIndex, refitter: Refitter, topic: str = SME_PROFILES) -> None:
        self._bootstrap = bootstrap_servers
        self._live = live
        self._refitter = refitter
        self._topic = topic
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._advanced = asyncio.Condition()
        self._start_end: dict[int, int] = {}
        # partition -> next offset to read: everything before it is in the index.
        self.positions: dict[int, int] = {}
        self.caught_up = asyncio.Event()

    async def start(self) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            client_id="matcher-feed",
        )
        await consumer.start()
        self._consumer = consumer
        partitions = await self._partitions(consumer)
        tps = [TopicPartition(self._topic, p) for p in partitions]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        beginnings = await consumer.beginning_offsets(tps)
        ends = await consumer.end_offsets(tps)
        self._start_end = {tp.partition: ends[tp] for tp in tps}
        self.positions = {tp.partition: beginnings[tp] for tp in tps}
        log.info("replaying %s", self._topic, extra={"end_offsets": self._start_end})
        self._task = asyncio.create_task(self._run(), name="matcher-profile-feed")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def snapshot_positions(self) -> dict[int, int]:
        return dict(self.positions)

    def has_reached(self, positions: Mapping[int, int]) -> bool:
        return all(self.positions.get(p, 0) >= o for p, o in positions.items())

    async def wait_until(self, positions: Mapping[int, int], timeout_s: float) -> None:
        """Wait until the index holds every record before `positions`; TimeoutError otherwise."""
        async with asyncio.timeout(timeout_s):
            await self.caught_up.wait()
            async with self._advanced:
                await self._advanced.wait_for(lambda: self.has_reached(positions))

    async def _partitions(self, consumer: AIOKafkaConsumer) -> list[int]:
        # A group-less consumer only has metadata of topics it asked for: ask for this one.
        for _ in range(60):
            cluster = await consumer._client.fetch_all_metadata()
            found = cluster.partitions_for_topic(self._topic)
            if found:
                return sorted(found)
            await asyncio.sleep(0.5)
        raise RuntimeError(f"topic {self._topic} has no partitions; were the topics created?")

    async def _run(self) -> None:
        assert self._consumer is not None
        consumer = self._consumer
        while True:
            try:
                batches = await consumer.getmany(timeout_ms=500, max_records=1000)
            except KafkaError:
                log.exception("profile feed fetch failed; retrying")
                await asyncio.sleep(1.0)
                continue
            for tp, records in batches.items():
                for record in records:
                    self._apply(record)
                self.positions[tp.partition] = await consumer.position(tp)
            if not self.caught_up.is_set() and all(
                self.positions.get(p, 0) >= end for p, end in self._start_end.items()
            ):
                await self._finish_start_up()
            elif self.caught_up.is_set() and self._live.needs_growth_refit():
                # A young vocabulary misses words of newer profiles: refit now, while that is cheap.
                try:
                    await self._refitter.refit("growth")
                except Exception:
                    log.exception("growth refit failed; the current index stays in use")
            async with self._advanced:
                self._advanced.notify_all()

    async def _finish_start_up(self) -> None:
        while len(self._live):
            try:
                await self._refitter.refit("start-up")
                break
            except Exception:  # e.g. a fit worker killed for memory: not ready until a fit succeeds
                log.exception("start-up refit failed; retrying in %.0f s", START_UP_REFIT_RETRY_S)
                await asyncio.sleep(START_UP_REFIT_RETRY_S)
        self.caught_up.set()
        log.info("index caught up", extra={"profiles": len(self._live), "positions": self.positions})

    def _apply(self, record: ConsumerRecord[bytes, bytes]) -> None:
        context = {"topic": record.topic, "partition": record.partition, "offset": record.offset}
        try:
            parsed = parse_profile_record(record.key, record.value, decode_headers(record.headers))
        except InvalidProfileRecord:
            return  # the group consumer of this partition sends it to the dead-letter topic
        try:
            if isinstance(parsed, ProfileChanged):
                self._live.apply_change(
                    parsed.event.profile,
                    parsed.version,
                    record.partition,
                    parsed.correlation_id,
                    parsed.event.occurred_at,
                )
            else:
                self._live.apply_erasure(parsed.sme_id, parsed.version, record.partition)
        except Exception:
            log.exception("could not index a profile record; skipped", extra=context)
