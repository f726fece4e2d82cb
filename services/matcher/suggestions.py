"""Publishes suggestions on `match.suggestions`, keyed by the recipient."""

from __future__ import annotations

import asyncio
from typing import Protocol

from shared.events import MatchSuggestedV1
from shared.topics import MATCH_SUGGESTIONS


class _Broker(Protocol):
    async def publish(
        self,
        message: bytes,
        topic: str,
        *,
        key: bytes | None = ...,
        headers: dict[str, str] | None = ...,
        correlation_id: str | None = ...,
    ) -> object: ...


# Sends in flight at once: the producer batches them, and each still gets its own ack.
_IN_FLIGHT = 500


class SuggestionPublisher:
    def __init__(self, broker: _Broker, topic: str = MATCH_SUGGESTIONS) -> None:
        self._broker = broker
        self._topic = topic

    async def publish(self, event: MatchSuggestedV1) -> None:
        await self._broker.publish(
            event.to_bytes(),
            self._topic,
            key=event.recipient_id.encode("utf-8"),
            headers={"event_type": event.event_type, "content-type": "application/json"},
            correlation_id=event.correlation_id,
        )

    async def publish_many(self, events: list[MatchSuggestedV1]) -> None:
        """Publish all; returns once every one is acknowledged (raises if any is not)."""
        for start in range(0, len(events), _IN_FLIGHT):
            await asyncio.gather(*(self.publish(e) for e in events[start : start + _IN_FLIGHT]))
