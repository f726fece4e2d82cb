"""`clusterlink dev up --brokers 3`: a three-node KRaft cluster from the same jars, on which the
project's topics get three replicas and a write survives the loss of a node."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from clusterlink.localinfra import LocalInfraError, start_all, start_kafka, status, stop_all
from shared.kafka_admin import ensure_topics
from shared.topics import SME_PROFILES
from tests.support.kafka_cluster import three_node_settings

pytestmark = pytest.mark.integration
T = TypeVar("T")


async def _replicas_and_min_isr(bootstrap: str, topic: str) -> tuple[set[int], str | None]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
        (response,) = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
        entries = response.to_object()["resources"][0]["config_entries"]
        min_isr = {e["config_names"]: e["config_value"] for e in entries}.get("min.insync.replicas")
        return {len(p["replicas"]) for p in described["partitions"]}, min_isr
    finally:
        await admin.close()


async def _settled(read: Callable[[], Awaitable[T]], wanted: T, timeout_s: float = 20.0) -> T:
    """What `read` returns once it is `wanted`, or at the deadline: a new topic's metadata reaches
    every broker a moment after it is created."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        got = await read()
        if got == wanted or asyncio.get_running_loop().time() > deadline:
            return got
        await asyncio.sleep(0.5)


async def _produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, request_timeout_ms=20_000
    )
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value, key=value)
    finally:
        await producer.stop()


async def _consume_all(bootstrap: str, topic: str, expected: int) -> set[bytes]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    try:
        seen: set[bytes] = set()
        deadline = asyncio.get_running_loop().time() + 60
        while len(seen) < expected and asyncio.get_running_loop().time() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                seen |= {r.value for r in records if r.value is not None}
        return seen
    finally:
        await consumer.stop()


def test_three_nodes_replicate_the_topics_and_survive_the_loss_of_one(tmp_path: Path) -> None:
    settings = three_node_settings(tmp_path / "cluster")
    try:
        report = start_kafka(settings)  # `dev up --brokers 3` starts the database too; not needed here
        bootstrap = report.endpoints.kafka_bootstrap
        assert len(bootstrap.split(",")) == 3

        asyncio.run(ensure_topics(bootstrap))
        assert asyncio.run(_settled(lambda: _replicas_and_min_isr(bootstrap, SME_PROFILES), ({3}, "2"))) == ({3}, "2")

        before = [f"before-{i}".encode() for i in range(10)]
        asyncio.run(_produce(bootstrap, SME_PROFILES, before))
        node3 = next(item.pid for item in status(settings) if item.title == "Kafka node 3")
        assert node3 is not None
        os.kill(node3, signal.SIGKILL)
        # acks=all with min.insync.replicas=2: two nodes left still take every write.
        after = [f"after-{i}".encode() for i in range(10)]
        asyncio.run(_produce(bootstrap, SME_PROFILES, after))

        assert asyncio.run(_consume_all(bootstrap, SME_PROFILES, 20)) == set(before + after)

        # The single-node layout is refused while the cluster runs, with what to do.
        with pytest.raises(LocalInfraError, match="dev down"):
            start_all(dataclasses.replace(settings, kafka_brokers=1))
    finally:
        stop_all(settings)
    assert not [item for item in status(settings) if item.running]
