"""Create the project's topics with their explicit layout, and bring existing ones to it (idempotent).

Every service runs this at start-up, so a configuration change in `shared.topics`
reaches topics created by an older release. Settings the spec does not name (an
operator's own override) are kept. Partition counts are only reported, never raised:
see `shared.topics`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TypeVar

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError, for_code

from shared.topics import TOPICS, TopicSpec

log = logging.getLogger(__name__)
T = TypeVar("T")

# Replicas per partition on a cluster of three or more brokers; acks=all then needs two in sync.
MAX_REPLICATION = 3
MIN_INSYNC_REPLICAS = "2"
_DYNAMIC_TOPIC_CONFIG = 1  # DescribeConfigs config_source: set on the topic itself


@dataclass
class TopicReport:
    created: list[str] = field(default_factory=list)
    # topic -> {setting: (value before, value now)}
    reconfigured: dict[str, dict[str, tuple[str | None, str]]] = field(default_factory=dict)
    # topic -> (partitions it has, partitions the spec asks for): an operator's decision
    partitions_differ: dict[str, tuple[int, int]] = field(default_factory=dict)


async def ensure_topics(
    bootstrap_servers: str, topics: tuple[TopicSpec, ...] = TOPICS, timeout_s: float = 30.0
) -> list[str]:
    """Create missing topics and reconcile the settings of existing ones; returns the names created."""
    return (await reconcile_topics(bootstrap_servers, topics, timeout_s)).created


async def reconcile_topics(
    bootstrap_servers: str, topics: tuple[TopicSpec, ...] = TOPICS, timeout_s: float = 30.0
) -> TopicReport:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=10_000)
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        try:
            await admin.start()
            break
        except KafkaConnectionError:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.5)
    try:
        return await retrying(lambda: _reconcile_all(admin, topics), deadline)
    finally:
        await admin.close()


async def retrying(call: Callable[[], Awaitable[T]], deadline: float, pause_s: float = 1.0) -> T:
    """`call()` again after a retriable Kafka error (a node of the cluster down or not ready, a
    leader moving) until `deadline` (the event loop's clock): a service starting while one broker
    of three is away waits for the others to answer instead of exiting."""
    while True:
        try:
            return await call()
        except KafkaError as exc:
            if not exc.retriable or asyncio.get_running_loop().time() + pause_s > deadline:
                raise
            log.warning("kafka not ready for the topic check, trying again: %r", exc)
            await asyncio.sleep(pause_s)


async def _reconcile_all(admin: AIOKafkaAdminClient, topics: tuple[TopicSpec, ...]) -> TopicReport:
    report = TopicReport()
    brokers = len((await admin.describe_cluster())["brokers"])
    replication = max(1, min(MAX_REPLICATION, brokers))
    existing = set(await admin.list_topics())
    missing = [t for t in topics if t.name not in existing]
    if missing:
        with suppress(TopicAlreadyExistsError):  # another replica won the race
            await admin.create_topics(
                [NewTopic(t.name, t.partitions, replication, topic_configs=_wanted(t, replication)) for t in missing]
            )
        report.created = [t.name for t in missing]
        log.info("created topics %s", report.created)
    present = [t for t in topics if t.name in existing]
    if present:
        await _reconcile(admin, present, report)
    return report


def _wanted(spec: TopicSpec, replication: int) -> dict[str, str]:
    config = dict(spec.config)
    if replication >= MAX_REPLICATION:
        config.setdefault("min.insync.replicas", MIN_INSYNC_REPLICAS)
    return config


async def _reconcile(admin: AIOKafkaAdminClient, specs: list[TopicSpec], report: TopicReport) -> None:
    described = {d["topic"]: d for d in await admin.describe_topics([s.name for s in specs])}
    responses = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, s.name) for s in specs])
    overrides: dict[str, dict[str, str]] = {}
    values: dict[str, dict[str, str]] = {}
    for response in responses:
        for resource in response.to_object()["resources"]:
            _raise_for(resource["error_code"], resource["error_message"], resource["resource_name"])
            entries = resource["config_entries"]
            values[resource["resource_name"]] = {e["config_names"]: e["config_value"] for e in entries}
            overrides[resource["resource_name"]] = {
                e["config_names"]: e["config_value"] for e in entries if e["config_source"] == _DYNAMIC_TOPIC_CONFIG
            }
    changes: list[ConfigResource] = []
    for spec in specs:
        partitions = described[spec.name]["partitions"]
        replication = min((len(p["replicas"]) for p in partitions), default=1)
        if len(partitions) != spec.partitions:
            report.partitions_differ[spec.name] = (len(partitions), spec.partitions)
            log.warning(
                "topic %s has %d partitions, the layout says %d; left as it is (docs/operations.md)",
                spec.name, len(partitions), spec.partitions,
            )  # fmt: skip
        wanted = _wanted(spec, replication)
        differ = {k: v for k, v in wanted.items() if overrides[spec.name].get(k) != v}
        if not differ:
            continue
        report.reconfigured[spec.name] = {k: (values[spec.name].get(k), v) for k, v in differ.items()}
        # AlterConfigs replaces the topic's whole set of overrides: send the ones kept with ours.
        changes.append(ConfigResource(ConfigResourceType.TOPIC, spec.name, {**overrides[spec.name], **wanted}))
    if not changes:
        return
    for response in await admin.alter_configs(changes):
        for resource in response.to_object()["resources"]:
            _raise_for(resource["error_code"], resource["error_message"], resource["resource_name"])
    for topic, diff in report.reconfigured.items():
        log.info("reconfigured topic %s: %s", topic, {k: f"{old} -> {new}" for k, (old, new) in diff.items()})


def _raise_for(code: int, message: str | None, topic: str) -> None:
    if code:
        raise for_code(code)(f"topic {topic}: {message or ''}")
