"""A three-node Kafka cluster of a test's own: a folder and free ports, apart from the suite's broker."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

from clusterlink.localinfra import LocalInfraSettings
from clusterlink.localinfra.settings import KAFKA_NODE_PORT_STEP


def _is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_base_ports(count: int, start: int = 21000) -> list[int]:
    """Ports free now, each with +100 and +200 (the other nodes' ports) free too, all below 32768."""
    found: list[int] = []
    for port in range(start, 32768 - 2 * KAFKA_NODE_PORT_STEP, 7):
        candidates = [port + KAFKA_NODE_PORT_STEP * n for n in range(3)]
        if all(_is_free(p) for p in candidates) and not any(
            abs(p - f) < 3 * KAFKA_NODE_PORT_STEP for f in found for p in candidates
        ):
            found.append(port)
            if len(found) == count:
                return found
    raise AssertionError("no free ports")


def three_node_settings(folder: Path, start_port: int = 21000) -> LocalInfraSettings:
    """The suite's settings (tools, database backend) moved to `folder`, three nodes, free ports."""
    base = LocalInfraSettings.from_env()
    kafka, controller, mongo, smtp, postgres = free_base_ports(5, start_port)
    return dataclasses.replace(
        base,
        local_dir=folder,
        tools_dir=base.tools_root,
        kafka_brokers=3,
        kafka_port=kafka,
        kafka_controller_port=controller,
        mongo_port=mongo,
        smtp_port=smtp,
        postgres_port=postgres,
        external_mongodb_url=None,
    )
