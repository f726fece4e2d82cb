"""A consumer group read in batches with plain aiokafka, under the policy of `shared.consumer_retry`.

For consumers that are not FastStream subscribers (the registry's): fetch a batch,
send its poison to the dead-letter topics, apply the rest with bounded retries
(what still fails is dead-lettered), and commit only then. A record is thus
either applied, or on its dead-letter topic with the reason, before its offset
is committed. An unreachable broker stops the batch uncommitted: the consumer is
rebuilt after a backoff and reads it again (applying is idempotent).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord
from aiokafka.errors import KafkaError
from prometheus_client import Counter

from shared.consumer_retry import ConsumerPolicy, RetryPolicy, batch_context
from shared.settings import ConsumerRetrySettings, comma_separated

log = logging.getLogger(__name__)

Record: TypeAlias = "ConsumerRecord[bytes, bytes]"
# None: the record can be applied; a text: why it never can (it is dead-lettered with it).
PoisonCheck = Callable[[Record], str | None]
ApplyBatch = Callable[[Sequence[Record]], Awaitable[object]]


class _Publisher:
    """aiokafka's producer in the shape `shared.dead_letter` sends with."""

    def __init__(self, producer: AIOKafkaProducer) -> None:
        self._producer = producer

    async def publish(
        self, message: bytes, topic: str, *, key: bytes | None = None, headers: dict[str, str] | None = None
    ) -> object:
        encoded = [(k, v.encode("utf-8")) for k, v in (headers or {}).items()]
        return await self._producer.send_and_wait(topic, message, key=key, headers=encoded)


@dataclass(frozen=True)
class LoopSpec:
    name: str  # in logs
    topics: tuple[str, ...]
    bootstrap_servers: str
    group_id: str
    auto_offset_reset: str  # "earliest" or "latest": where a new group starts
    max_records: int = 500


class ConsumerLoop:
    def __init__(
        self,
        spec: LoopSpec,
        *,
        poison: PoisonCheck,
        apply: ApplyBatch,
        retry: RetryPolicy | None = None,
        dead_lettered: Counter | None = None,
        retries: Counter | None = None,
    ) -> None:
        self._spec = spec
        self._poison = poison
        self._apply = apply
        self._retry = retry or RetryPolicy.of(ConsumerRetrySettings())  # CONSUMER_RETRY_*
        self._dead_lettered = dead_lettered
        self._retries = retries

    async def run(self) -> None:
        """Consume until cancelled; an unreachable broker is retried with a backoff, never fatal."""
        spec = self._spec
        failures = 0
        while True:
            bootstrap = comma_separated(spec.bootstrap_servers)
            consumer = AIOKafkaConsumer(
                *spec.topics,
                bootstrap_servers=bootstrap,
                group_id=spec.group_id,
                enable_auto_commit=False,
                auto_offset_reset=spec.auto_offset_reset,
            )
            producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
            try:
                await producer.start()
                await consumer.start()
                policy = ConsumerPolicy(
                    _Publisher(producer), self._retry, consumer=spec.group_id,
                    dead_lettered=self._dead_lettered, retries=self._retries,
                )  # fmt: skip
                while True:
                    batches = await consumer.getmany(timeout_ms=1000, max_records=spec.max_records)
                    records = [record for part in batches.values() for record in part]
                    if records:
                        await self.handle(policy, records)
                        await consumer.commit()
                    failures = 0
            except asyncio.CancelledError:
                raise
            except (KafkaError, OSError) as exc:
                failures += 1
                log.warning(
                    "%s: Kafka unavailable; reconnecting: %r", spec.name, exc, extra={"group_id": spec.group_id}
                )
            finally:
                await consumer.stop()
                await producer.stop()
            await asyncio.sleep(self._retry.delay(min(max(failures, 1), 32)))

    async def handle(self, policy: ConsumerPolicy, records: Sequence[Record]) -> None:
        """Dead-letter the poison, apply the rest (bounded retries, then dead letters)."""
        good: list[Record] = []
        for record in records:
            reason = self._poison(record)
            if reason is None:
                good.append(record)
            else:
                await policy.dead_letter(record, reason)
        failed = await policy.apply_batch(good, self._apply)
        if failed:
            log.error("%s: records dead-lettered after retries", self._spec.name,
                      extra={**batch_context(failed), "dead_lettered": len(failed)})  # fmt: skip
