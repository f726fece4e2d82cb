"""Which Kafka node to kill, killing it, and bringing it back (the local three-node cluster)."""

from __future__ import annotations

import json
import os
import signal
from collections import Counter
from collections.abc import Iterable
from contextlib import suppress

from aiokafka.admin import AIOKafkaAdminClient

from clusterlink.localinfra import LocalInfraSettings
from clusterlink.localinfra.components.kafka import KafkaBroker
from clusterlink.localinfra.lifecycle import restart_kafka_node
from clusterlink.localinfra.processes import find_running

# Where a KRaft node keeps its view of the metadata quorum (rewritten at every election).
_QUORUM_STATE = ("__cluster_metadata-0", "quorum-state")


def nodes(settings: LocalInfraSettings) -> list[KafkaBroker]:
    return [KafkaBroker(settings, n) for n in range(1, settings.kafka_brokers + 1)]


def node_pid(settings: LocalInfraSettings, node: int) -> int | None:
    broker = KafkaBroker(settings, node)
    return find_running(broker.pid_file, broker.command_markers())


def active_controller(settings: LocalInfraSettings) -> int | None:
    """The KRaft quorum leader, as the node with the newest election epoch on disk says."""
    newest: tuple[int, int] | None = None
    for broker in nodes(settings):
        with suppress(OSError, ValueError, KeyError):
            state = json.loads(broker.data_dir.joinpath(*_QUORUM_STATE).read_text(encoding="utf-8"))
            seen = (int(state["leaderEpoch"]), int(state["leaderId"]))
            if seen[1] >= 1 and (newest is None or seen > newest):
                newest = seen
    return newest[1] if newest else None


async def leaders(bootstrap: str, topics: Iterable[str]) -> Counter[int]:
    """How many partitions of `topics` each node leads now."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        described = await admin.describe_topics(list(topics))
        return Counter(p["leader"] for t in described for p in t["partitions"] if p["leader"] >= 0)
    finally:
        await admin.close()


def kill_node(settings: LocalInfraSettings, node: int) -> int:
    """SIGKILL the node's JVM (it leads its own process group); returns its pid."""
    pid = node_pid(settings, node)
    if pid is None:
        raise RuntimeError(f"Kafka node {node} is not running")
    with suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    return pid


def restart_node(settings: LocalInfraSettings, node: int) -> None:
    """Start the node again and wait until all the nodes are in the cluster."""
    restart_kafka_node(settings, node)
