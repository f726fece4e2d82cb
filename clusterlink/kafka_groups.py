"""Consumer groups that start at the end of the shared log (test and benchmark stacks)."""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES, TOPICS


async def start_group_at_end(
    bootstrap: str, group_id: str, topics: tuple[str, ...] = (SME_PROFILES, MATCH_SUGGESTIONS)
) -> None:
    """Commit the current end offsets for a new consumer group.

    The shared broker holds every earlier run's events; a test notifier in a new
    group would otherwise replay (and email) all of them.
    """
    layout = {spec.name: spec.partitions for spec in TOPICS}
    partitions = [TopicPartition(t, p) for t in topics for p in range(layout[t])]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        ends = await consumer.end_offsets(partitions)
        await consumer.commit({tp: OffsetAndMetadata(offset, "") for tp, offset in ends.items()})
    finally:
        await consumer.stop()
