"""Which `sme.profiles` partitions this replica's group member owns right now."""

from __future__ import annotations

import logging
from collections.abc import Callable

from aiokafka import ConsumerRebalanceListener, TopicPartition

from shared.topics import SME_PROFILES

log = logging.getLogger(__name__)


class PartitionOwnership(ConsumerRebalanceListener):  # type: ignore[misc]
    """Rebalance listener of the group consumer; tells the service about newly owned partitions."""

    def __init__(self, on_assigned: Callable[[set[int]], object], topic: str = SME_PROFILES) -> None:
        self._topic = topic
        self._on_assigned = on_assigned
        self.owned: set[int] = set()

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        self.owned -= {tp.partition for tp in revoked if tp.topic == self._topic}

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        now = {tp.partition for tp in assigned if tp.topic == self._topic}
        new = now - self.owned
        self.owned = now
        log.info("owning partitions", extra={"topic": self._topic, "partitions": sorted(now)})
        if new:
            self._on_assigned(new)
