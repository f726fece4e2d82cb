"""What every service exposes at `GET /metrics`, in Prometheus' text format.

One `ServiceMetrics` per app: its own registry (so two apps in one process,
as in tests, never clash), FastStream's Kafka middleware for the broker's
consumers and publishers, what every service reports the same way (records
dead-lettered, consumer lag per partition), and each service's own
instruments, made through it so they land in the same registry. What each
metric means and which to alert on: docs/operators/metrics.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from fastapi import FastAPI, Response
from faststream.kafka.prometheus import KafkaPrometheusMiddleware
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

PREFIX = "clusterlink"

# (topic, partition) -> records behind the end of the partition
LagSource = Callable[[], Mapping[tuple[str, int], int]]


class _LagCollector(Collector):
    """Reads the lag at scrape time from whoever knows it (a feed's positions, a group probe), one
    source per consumer group; a group-less feed (the matcher's) has an empty `group`."""

    def __init__(self) -> None:
        self.sources: dict[str, LagSource] = {}  # by group: a service started again replaces its own

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            f"{PREFIX}_consumer_lag_records",
            "Records between a partition's end and this service's position (committed, or read for group-less feeds)",
            labels=("topic", "partition", "group"),
        )
        for group, source in self.sources.items():
            for (topic, partition), lag in sorted(source().items()):
                family.add_metric((topic, str(partition), group), lag)
        yield family


class ServiceMetrics:
    def __init__(self, service: str) -> None:
        self.service = service
        self.registry = CollectorRegistry()
        self._lag: _LagCollector | None = None
        self.dead_lettered = self.counter(
            "dead_lettered_records", "Records sent to a dead-letter topic, by source topic", ("topic",)
        )
        self.consumer_retries = self.counter(
            "consumer_retries", "Failed tries to store consumed records that were tried again, by topic", ("topic",)
        )

    def consumes(self, *topics: str) -> None:
        """Start the per-topic series of what this service reads at zero: a series that never
        appeared cannot be told from a service that does not report it, and rates need a start."""
        for topic in topics:
            self.dead_lettered.labels(topic)
            self.consumer_retries.labels(topic)

    def kafka_middleware(self) -> KafkaPrometheusMiddleware:
        """FastStream's own per-handler counts and timings (received, processed, published, errors)."""
        return KafkaPrometheusMiddleware(registry=self.registry, app_name=self.service, metrics_prefix=PREFIX)

    def watch_lag(self, source: LagSource, group: str = "") -> None:
        """Report `source`'s lag as `clusterlink_consumer_lag_records{topic, partition, group}`."""
        if self._lag is None:
            self._lag = _LagCollector()
            self.registry.register(self._lag)
        self._lag.sources[group] = source

    def counter(self, name: str, documentation: str, labels: Sequence[str] = ()) -> Counter:
        return Counter(f"{PREFIX}_{name}", documentation, labels, registry=self.registry)

    def gauge(self, name: str, documentation: str, labels: Sequence[str] = ()) -> Gauge:
        return Gauge(f"{PREFIX}_{name}", documentation, labels, registry=self.registry)

    def gauge_of(self, name: str, documentation: str, read: Callable[[], float]) -> Gauge:
        """A gauge whose value is read when scraped."""
        gauge = self.gauge(name, documentation)
        gauge.set_function(read)
        return gauge

    def histogram(self, name: str, documentation: str, buckets: Sequence[float]) -> Histogram:
        return Histogram(f"{PREFIX}_{name}", documentation, buckets=buckets, registry=self.registry)

    def attach(self, app: FastAPI) -> None:
        registry = self.registry

        @app.get("/metrics", include_in_schema=False)
        async def metrics() -> Response:
            return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
