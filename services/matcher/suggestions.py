"""Publishes suggestions on `match.suggestions`, keyed by the recipient."""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

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
        no_confirm: bool = ...,
    ) -> Any: ...


class SuggestionPublisher:
    def __init__(self, broker: _Broker, topic: str = MATCH_SUGGESTIONS) -> None:
        self._broker = broker
        self._topic = topic

    async def publish(self, event: MatchSuggestedV1) -> None:
        await self.publish_many([event])

    async def publish_many(self, events: list[MatchSuggestedV1]) -> None:
        """Publish all; returns once every one is acknowledged (raises if any is not).

        Each send only queues the record (it waits while the producer's buffer is full), and
        the acknowledgements are awaited together at the end: awaiting each send's own
        acknowledgement made a refit's tens of thousands of suggestions the longest part of it.
        """
        acks = [
            await self._broker.publish(
                e.to_bytes(),
                self._topic,
                key=e.recipient_id.encode("utf-8"),
                headers={"event_type": e.event_type, "content-type": "application/json"},
                correlation_id=e.correlation_id,
                no_confirm=True,
            )
            for e in events
        ]
        await asyncio.gather(*acks)
