"""The registry's own instruments, beside the ones every service has (shared.metrics)."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import Counter, Gauge

from shared.metrics import ServiceMetrics


@dataclass(frozen=True)
class RegistryMetrics:
    events_published: Counter
    events_not_sent: Counter
    relay_backlog: Gauge

    @classmethod
    def on(cls, base: ServiceMetrics, page_size: int) -> RegistryMetrics:
        return cls(
            events_published=base.counter("profile_events_published", "Profile events the broker acknowledged"),
            events_not_sent=base.counter(
                "profile_events_not_sent", "Sends that failed or were not acknowledged (retried by the relay)"
            ),
            relay_backlog=base.gauge(
                "relay_backlog",
                f"Changes waiting in the outbox when the relay's last pass began (counted up to {page_size})",
            ),
        )
