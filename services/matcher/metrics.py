"""The matcher's own instruments, beside the ones every service has (shared.metrics)."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import Counter, Histogram

from shared.metrics import ServiceMetrics

# A batch's lists are computed in milliseconds to seconds (a full pass after a refit).
_REFRESH_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


@dataclass(frozen=True)
class MatcherMetrics:
    lists_written: Counter
    suggestions_published: Counter
    refresh_seconds: Histogram
    collector_pause_seconds: Histogram

    @classmethod
    def on(cls, base: ServiceMetrics) -> MatcherMetrics:
        return cls(
            lists_written=base.counter("lists_written", "Stored top-k lists written because their partners changed"),
            suggestions_published=base.counter(
                "suggestions_published", "Suggestions published on match.suggestions (pairs that entered a list)"
            ),
            refresh_seconds=base.histogram(
                "list_refresh_seconds",
                "Time to score, publish and store the lists one batch (or one full pass) made dirty",
                _REFRESH_BUCKETS,
            ),
            collector_pause_seconds=base.histogram(
                "gc_full_collection_seconds",
                "Pauses of the whole process by full garbage collections (near the Kafka session timeout, "
                "the replica loses its lists)",
                _REFRESH_BUCKETS,
            ),
        )
