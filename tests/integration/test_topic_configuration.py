"""The project's topics on the real broker: erasure-bounding settings, bounded dead letters, and
existing topics brought to the layout at start-up."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from clusterlink.localinfra import Endpoints
from shared.kafka_admin import reconcile_topics
from shared.topics import SME_PROFILES, TOPICS, WEEK_MS, dead_letter

pytestmark = pytest.mark.integration


async def _configs(bootstrap: str, topics: list[str]) -> dict[str, dict[str, str]]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        responses = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, t) for t in topics])
        return {
            r["resource_name"]: {e["config_names"]: e["config_value"] for e in r["config_entries"]}
            for response in responses
            for r in response.to_object()["resources"]
        }
    finally:
        await admin.close()


async def _settled_configs(
    bootstrap: str, topics: list[str], wanted: dict[str, dict[str, str]], timeout_s: float = 20.0
) -> dict[str, dict[str, str]]:
    """The topics' settings once they show `wanted`, or as they are at the deadline."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        configs = await _configs(bootstrap, topics)
        done = all({k: configs.get(t, {}).get(k) for k in want} == want for t, want in wanted.items())
        if done or asyncio.get_running_loop().time() > deadline:
            return configs
        await asyncio.sleep(0.5)


async def _partitions(bootstrap: str, topic: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
        return len(described["partitions"])
    finally:
        await admin.close()


async def test_profiles_keep_tombstones_a_week_and_compact_erased_snapshots_within_days(infra: Endpoints) -> None:
    config = (await _configs(infra.kafka_bootstrap, [SME_PROFILES]))[SME_PROFILES]

    assert config["cleanup.policy"] == "compact"
    assert int(config["delete.retention.ms"]) >= WEEK_MS
    # An erased SME's earlier snapshot leaves the log within the open segment's age plus the lag.
    erasure_bound_ms = int(config["segment.ms"]) + int(config["max.compaction.lag.ms"])
    assert erasure_bound_ms <= 3 * 24 * 3600 * 1000


async def test_every_dead_letter_topic_forgets_its_payloads_within_about_a_week(infra: Endpoints) -> None:
    dlqs = [spec.name for spec in TOPICS if spec.name.endswith(".dlq")]
    assert dlqs, "the layout names its dead-letter topics"

    configs = await _configs(infra.kafka_bootstrap, dlqs)

    for name in dlqs:
        config = configs[name]
        assert config["cleanup.policy"] == "delete", name
        retention = int(config["retention.ms"])
        # Deletion goes by closed segments: what a record may outlive its retention by is segment.ms.
        assert 0 < retention + int(config["segment.ms"]) <= 8 * 24 * 3600 * 1000, name


async def test_an_existing_topic_is_brought_to_the_layout_and_keeps_other_overrides(infra: Endpoints) -> None:
    bootstrap = infra.kafka_bootstrap
    name = f"reconcile-{uuid.uuid4().hex[:8]}"
    profiles = next(spec for spec in TOPICS if spec.name == SME_PROFILES)
    spec = dataclasses.replace(profiles, name=name)
    dlq = dataclasses.replace(next(s for s in TOPICS if s.name == dead_letter(SME_PROFILES)), name=dead_letter(name))
    # As an older release created it: tombstones kept one day, no compaction bound, one partition
    # fewer; and an operator's own override that must survive.
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        old = {"cleanup.policy": "compact", "delete.retention.ms": "86400000", "max.message.bytes": "2000000"}
        await admin.create_topics([NewTopic(name, spec.partitions - 1, 1, topic_configs=old)])
    finally:
        await admin.close()

    report = await reconcile_topics(bootstrap, (spec, dlq))

    assert report.created == [dlq.name]
    assert report.reconfigured[name]["delete.retention.ms"] == ("86400000", str(WEEK_MS))
    assert set(report.reconfigured[name]) == {k for k in spec.config if k != "cleanup.policy"}
    assert report.partitions_differ == {name: (spec.partitions - 1, spec.partitions)}
    # The broker applies a change from the metadata log a moment after it is accepted.
    configs = await _settled_configs(bootstrap, [name, dlq.name], {name: spec.config, dlq.name: dlq.config})
    assert {k: configs[name][k] for k in spec.config} == spec.config
    assert configs[name]["max.message.bytes"] == "2000000"
    assert {k: configs[dlq.name][k] for k in dlq.config} == dlq.config
    # A keyed topic's partitions are never raised behind the operator's back.
    assert await _partitions(bootstrap, name) == spec.partitions - 1

    again = await reconcile_topics(bootstrap, (spec, dlq))

    assert again.created == [] and again.reconfigured == {}
