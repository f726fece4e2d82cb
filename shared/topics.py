"""Kafka topic names and their layout: the one place that names a topic."""

from __future__ import annotations

from dataclasses import dataclass, field

SME_PROFILES = "sme.profiles"
MATCH_SUGGESTIONS = "match.suggestions"
MATCH_FEEDBACK = "match.feedback"
# The notifier tells the registry that a new contact address was confirmed (no address in it).
CONTACT_CONFIRMATIONS = "sme.contact_confirmations"
# The registry asks the notifier to email a signed link of its own pages (registration, sign-in).
EMAIL_LINKS = "sme.email_links"


def dead_letter(topic: str) -> str:
    """The dead-letter topic of ``topic``: poison messages go there with their error."""
    return f"{topic}.dlq"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    config: dict[str, str] = field(default_factory=dict)


DAY_MS = 24 * 60 * 60 * 1000
WEEK_MS = 7 * DAY_MS

# Erasure must reach the log itself (docs/operations.md, "Topic configuration"):
# - a tombstone is kept a week (delete.retention.ms), so a consumer up to a week
#   behind still sees the erasure before compaction drops the tombstone;
# - an SME's earlier snapshots are compacted away at most a day after a newer
#   record (max.compaction.lag.ms), and segments roll daily (segment.ms) because the
#   open segment is never compacted: an erased profile leaves the log within ~2 days.
_COMPACTED_PROFILES = {
    "cleanup.policy": "compact",
    "delete.retention.ms": str(WEEK_MS),
    "min.compaction.lag.ms": "0",
    "max.compaction.lag.ms": str(DAY_MS),
    "segment.ms": str(DAY_MS),
}
# Events a consumer must read within a week; daily segments keep deletion close to that week.
_WEEK_OF_EVENTS = {"cleanup.policy": "delete", "retention.ms": str(WEEK_MS), "segment.ms": str(DAY_MS)}
# A link request carries a short-lived capability: gone from the log within a day.
_DAY_OF_LINKS = {"cleanup.policy": "delete", "retention.ms": str(DAY_MS), "segment.ms": str(DAY_MS // 4)}
# Dead letters hold payloads with their personal fields redacted (shared/dead_letter.py), and
# the error: a week to inspect and replay them, then gone.
_DEAD_LETTERS = {"cleanup.policy": "delete", "retention.ms": str(WEEK_MS), "segment.ms": str(DAY_MS)}

# Partition counts are the ceiling of parallelism: a consumer group cannot use more
# replicas than partitions, so they are sized for `--scale ...=3` with headroom.
# They are never raised on an existing topic by the services: a keyed topic would
# send an SME's next record to another partition than its earlier ones.
TOPICS: tuple[TopicSpec, ...] = (
    # Compacted: the latest snapshot (or tombstone) per SME is the source a new matcher replica replays.
    TopicSpec(SME_PROFILES, 6, _COMPACTED_PROFILES),
    TopicSpec(MATCH_SUGGESTIONS, 6, _WEEK_OF_EVENTS),
    TopicSpec(MATCH_FEEDBACK, 3, _WEEK_OF_EVENTS),
    TopicSpec(CONTACT_CONFIRMATIONS, 3, _WEEK_OF_EVENTS),
    TopicSpec(EMAIL_LINKS, 3, _DAY_OF_LINKS),
    TopicSpec(dead_letter(SME_PROFILES), 1, _DEAD_LETTERS),
    TopicSpec(dead_letter(MATCH_SUGGESTIONS), 1, _DEAD_LETTERS),
    TopicSpec(dead_letter(MATCH_FEEDBACK), 1, _DEAD_LETTERS),
    TopicSpec(dead_letter(CONTACT_CONFIRMATIONS), 1, _DEAD_LETTERS),
    TopicSpec(dead_letter(EMAIL_LINKS), 1, _DEAD_LETTERS),
)
