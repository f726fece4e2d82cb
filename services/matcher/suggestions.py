"""Publishes suggestions on `match.suggestions`, keyed by the recipient, on a producer of its own.

A refit's pass over a cluster of 2,000 SMEs publishes some 30,000 suggestions.
Through FastStream's publish path (a command object and the middlewares per
message) that cost about 1.4 ms a message on a loaded two-core machine, most of
the pass; the producer itself batches them for a fraction of that. The records
carry the headers FastStream would write, so consumers cannot tell the
difference; `clusterlink_suggestions_published_total` counts them.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer

from shared.events import MatchSuggestedV1
from shared.settings import comma_separated
from shared.topics import MATCH_SUGGESTIONS

_YIELD_EVERY = 200  # sends between two turns of the event loop (a few milliseconds)


class SuggestionPublisher:
    def __init__(self, bootstrap_servers: str, topic: str = MATCH_SUGGESTIONS) -> None:
        self._topic = topic
        # acks=all + idempotence: a suggestion acknowledged here survives a broker failure, and a
        # retried send is not duplicated by the producer itself.
        self._producer = AIOKafkaProducer(
            bootstrap_servers=comma_separated(bootstrap_servers),
            client_id="matcher-suggestions",
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def publish_many(self, events: list[MatchSuggestedV1]) -> None:
        """Publish all; returns once every one is acknowledged (raises if any is not).

        Each send only queues the record (it waits while the producer's buffer is full); the
        acknowledgements are awaited together at the end.
        """
        acks = []
        for n, e in enumerate(events, start=1):
            acks.append(
                await self._producer.send(
                    self._topic,
                    e.to_bytes(),
                    key=e.recipient_id.encode("utf-8"),
                    headers=[
                        ("content-type", b"application/json"),
                        ("event_type", e.event_type.encode()),
                        ("correlation_id", e.correlation_id.encode()),
                    ],
                )
            )
            if n % _YIELD_EVERY == 0:
                # A send that finds room in the buffer never suspends: 100,000 of them (a refit's
                # pass on 20,000 SMEs) held the loop for seconds, and the group's heartbeats missed
                # their session, so the replica lost its lists and took them over again.
                await asyncio.sleep(0)
        await asyncio.gather(*acks)
