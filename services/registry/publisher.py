"""Kafka side of the relay: one FastStream broker, connected in the background.

The registry accepts and stores changes while Kafka is away; this connection
keeps retrying, and the relay publishes the backlog once it is up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from typing import Any, Protocol

from faststream.kafka import KafkaBroker

from services.registry.outbox import OutboxEntry
from shared.events import EmailLinkRequestedV1
from shared.kafka_admin import ensure_topics
from shared.settings import comma_separated
from shared.topics import EMAIL_LINKS, SME_PROFILES

log = logging.getLogger(__name__)

_MAX_BACKOFF_S = 10.0


class EventPublisher(Protocol):
    async def wait_connected(self) -> None: ...

    async def send(self, sme_id: str, entry: OutboxEntry) -> Awaitable[object]:
        """Queue the event; the awaitable returned completes once Kafka has acknowledged it."""
        ...


def create_broker(bootstrap_servers: str, request_timeout_ms: int, middlewares: Sequence[Any] = ()) -> KafkaBroker:
    # acks=all + idempotence: an acknowledged event survives a broker failure and a
    # retried send is not duplicated by the producer itself.
    return KafkaBroker(
        comma_separated(bootstrap_servers),
        acks="all",
        enable_idempotence=True,
        request_timeout_ms=request_timeout_ms,
        client_id="registry",
        logger=None,
        middlewares=middlewares,
    )


class KafkaEventPublisher:
    def __init__(self, broker: KafkaBroker, bootstrap_servers: str) -> None:
        self._broker = broker
        self._bootstrap = bootstrap_servers
        self._connected = asyncio.Event()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    async def connect_until_done(self) -> None:
        """Start the producer and make sure the topics exist, retrying until Kafka answers."""
        backoff = 0.5
        while True:
            try:
                await ensure_topics(self._bootstrap, timeout_s=5.0)
                await self._broker.start()
            except Exception as exc:
                log.warning("kafka not reachable yet, retrying", extra={"error": repr(exc), "retry_s": backoff})
                await self._safe_stop()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, _MAX_BACKOFF_S)
                continue
            self._connected.set()
            log.info("connected to kafka", extra={"bootstrap_servers": self._bootstrap})
            return

    async def wait_connected(self) -> None:
        await self._connected.wait()

    async def send(self, sme_id: str, entry: OutboxEntry) -> Awaitable[object]:
        # Not awaiting the acknowledgement here lets a batch share produce requests.
        # A None payload with a key is a tombstone (null value), which compaction honours.
        return await self._broker.publish(
            entry.payload,
            SME_PROFILES,
            key=sme_id.encode("utf-8"),
            headers=entry.headers(),
            correlation_id=entry.correlation_id,
            no_confirm=True,
        )

    async def publish_email_link(self, event: EmailLinkRequestedV1) -> None:
        """For the entrepreneur pages: returns once Kafka has the request (the person is waiting)."""
        if not self.connected:
            raise ConnectionError("Kafka is not connected yet")
        await self._broker.publish(
            event.to_bytes(),
            EMAIL_LINKS,
            key=event.address.encode("utf-8"),
            headers={"event_type": event.event_type, "event_id": event.event_id},
            correlation_id=event.correlation_id,
        )

    async def ping(self, timeout_s: float) -> bool:
        return self.connected and await self._broker.ping(timeout=timeout_s)

    async def close(self) -> None:
        self._connected.clear()
        await self._safe_stop()

    async def _safe_stop(self) -> None:
        try:
            await self._broker.stop()
        except Exception:
            log.debug("broker stop after failed start", exc_info=True)
