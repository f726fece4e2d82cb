"""Kafka topic names and their layout: the one place that names a topic."""

from __future__ import annotations

from dataclasses import dataclass, field

SME_PROFILES = "sme.profiles"
MATCH_SUGGESTIONS = "match.suggestions"
MATCH_FEEDBACK = "match.feedback"


def dead_letter(topic: str) -> str:
    """The dead-letter topic of ``topic``: poison messages go there with their error."""
    return f"{topic}.dlq"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    config: dict[str, str] = field(default_factory=dict)


# Partition counts are the unit of parallelism: a consumer group cannot use more
# replicas than partitions, so they are sized for `--scale ...=3` with headroom.
TOPICS: tuple[TopicSpec, ...] = (
    # Compacted: the latest snapshot (or tombstone) per SME is the source a new
    # matcher replica replays. Tombstones are kept a day so every consumer sees them.
    TopicSpec(
        SME_PROFILES,
        6,
        {"cleanup.policy": "compact", "delete.retention.ms": "86400000", "min.compaction.lag.ms": "0"},
    ),
    TopicSpec(MATCH_SUGGESTIONS, 6),
    TopicSpec(MATCH_FEEDBACK, 3),
    TopicSpec(dead_letter(SME_PROFILES), 1),
    TopicSpec(dead_letter(MATCH_SUGGESTIONS), 1),
    TopicSpec(dead_letter(MATCH_FEEDBACK), 1),
)
