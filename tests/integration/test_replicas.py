"""`clusterlink dev up --replicas matcher=2,notifier=2`: several replicas, one consumer group each."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import uuid

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient

from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints, LocalInfraSettings
from clusterlink.stack import stop_services
from shared.topics import EMAIL_LINKS, MATCH_FEEDBACK, SME_PROFILES

pytestmark = pytest.mark.integration


def _port_pair() -> int:
    """A port free now whose +10 (the second replica's) is free too."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port: int = s.getsockname()[1]
        if port + 10 < 65536:
            with socket.socket() as s:
                try:
                    s.bind(("127.0.0.1", port + 10))
                except OSError:
                    continue
            return port
    raise AssertionError("no free pair of ports")


async def _members(bootstrap: str, group: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group])
        (described,) = response.to_object()["groups"]
        return len(described["members"]) if described["state"] == "Stable" else 0
    finally:
        await admin.close()


def _clusterlink(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clusterlink.cli", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_replicas_start_side_by_side_and_share_their_consumer_group(infra: Endpoints) -> None:
    run = uuid.uuid4().hex[:8]
    ports = {name: _port_pair() for name in ("REGISTRY", "MATCHER", "NOTIFIER")}
    env = {
        **os.environ,
        **{f"{name}_PORT": str(port) for name, port in ports.items()},
        # Its own groups and database: the replicas must not pick up other tests' events.
        "MATCHER_GROUP_ID": f"test-{run}-matcher",
        "NOTIFIER_GROUP_ID": f"test-{run}-notifier",
        "MONGODB_DB_PREFIX": f"t{run}_replicas_",
    }
    asyncio.run(start_group_at_end(infra.kafka_bootstrap, env["NOTIFIER_GROUP_ID"]))
    asyncio.run(start_group_at_end(infra.kafka_bootstrap, f"{env['NOTIFIER_GROUP_ID']}.email-links", (EMAIL_LINKS,)))
    asyncio.run(start_group_at_end(infra.kafka_bootstrap, env["MATCHER_GROUP_ID"], (SME_PROFILES, MATCH_FEEDBACK)))
    run_dir = LocalInfraSettings.from_env().run_dir
    try:
        up = _clusterlink("dev", "up", "--replicas", "matcher=2,notifier=2", env=env)

        assert up.returncode == 0, up.stdout + up.stderr
        for name, port in ports.items():
            replicas = (port,) if name == "REGISTRY" else (port, port + 10)
            for replica_port in replicas:
                assert httpx.get(f"http://127.0.0.1:{replica_port}/readyz", timeout=5).status_code == 200
        status = _clusterlink("dev", "status", env=env).stdout
        assert all(f"{instance} " in status for instance in ("matcher-2", "notifier-2", "registry"))
        deadline = time.monotonic() + 60
        members: dict[str, int] = {}
        while time.monotonic() < deadline:
            members = {
                g: asyncio.run(_members(infra.kafka_bootstrap, env[g]))
                for g in ("MATCHER_GROUP_ID", "NOTIFIER_GROUP_ID")
            }
            if members == {"MATCHER_GROUP_ID": 2, "NOTIFIER_GROUP_ID": 2}:
                break
            time.sleep(1)
        assert members == {"MATCHER_GROUP_ID": 2, "NOTIFIER_GROUP_ID": 2}
    finally:
        stopped = stop_services(run_dir)
    assert sorted(stopped) == ["matcher", "matcher-2", "notifier", "notifier-2", "registry"]


def test_a_bad_replica_count_is_refused_before_anything_starts(infra: Endpoints) -> None:
    result = _clusterlink("dev", "up", "--replicas", "matcher=two", env=dict(os.environ))

    assert result.returncode == 2
    assert "matcher" in result.stderr and "'two'" in result.stderr
    unknown = _clusterlink("dev", "up", "--replicas", "scorer=2", env=dict(os.environ))
    assert unknown.returncode == 2 and "scorer=2" in unknown.stderr
