"""Reading a dead-letter topic in tests: from its end now, so only what a test causes is seen."""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer, TopicPartition

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
