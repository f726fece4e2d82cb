"""Reading a dead-letter topic in tests: from its end now, so only what a test causes is seen."""

from __future__ import annotations

import asyncio
import time

from aiokafka import AIOKafkaConsumer, TopicPartition
from prometheus_client import Counter

from shared.topics import dead_letter


async def dead_letters_from_now(bootstrap: str, topic: str) -> AIOKafkaConsumer:
    """A started consumer of `topic`'s dead-letter topic (one partition), positioned at its end."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    tp = TopicPartition(dead_letter(topic), 0)
    consumer.assign([tp])
    await consumer.seek_to_end(tp)
    await consumer.position(tp)
    return consumer


async def counted(counter: Counter, topic: str, at_least: float, timeout_s: float = 10.0) -> float:
    """`counter`'s value for `topic` once it reaches `at_least` (or the deadline passes). A consumer
    counts a dead letter after the broker acknowledges it, so a test that has read the letter may
    look at the count a moment before it is raised."""
    value = counter.labels(topic)._value
    deadline = time.monotonic() + timeout_s
    while True:
        current = float(value.get())
        if current >= at_least or time.monotonic() >= deadline:
            return current
        await asyncio.sleep(0.05)
