"""`clusterlink dev up --brokers 3`: a three-node KRaft cluster from the same jars, on which the
project's topics get three replicas and a write survives the loss of a node."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from clusterlink.localinfra import LocalInfraError, LocalInfraSettings, start_all, start_kafka, status, stop_all
from clusterlink.localinfra.settings import KAFKA_NODE_PORT_STEP
from shared.kafka_admin import ensure_topics
from shared.topics import SME_PROFILES

pytestmark = pytest.mark.integration
T = TypeVar("T")


def _is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_base_ports(count: int) -> list[int]:
    """Ports free now, each with +100 and +200 (the other nodes' ports) free too, all below 32768."""
    found: list[int] = []
    for port in range(21000, 32768 - 2 * KAFKA_NODE_PORT_STEP, 7):
        candidates = [port + KAFKA_NODE_PORT_STEP * n for n in range(3)]
        if all(_is_free(p) for p in candidates) and not any(
            abs(p - f) < 3 * KAFKA_NODE_PORT_STEP for f in found for p in candidates
        ):
            found.append(port)
            if len(found) == count:
                return found
    raise AssertionError("no free ports")


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
    base = LocalInfraSettings.from_env()
    kafka, controller, mongo, smtp, postgres = _free_base_ports(5)
    settings = dataclasses.replace(
        base,
        local_dir=tmp_path / "cluster",
        tools_dir=base.tools_root,
        kafka_brokers=3,
        kafka_port=kafka,
        kafka_controller_port=controller,
        mongo_port=mongo,
        smtp_port=smtp,
        postgres_port=postgres,
        external_mongodb_url=None,
    )
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
