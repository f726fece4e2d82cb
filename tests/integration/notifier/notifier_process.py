"""A notifier run as its own process (`python -m services.notifier`), for tests that kill, stop or
starve it: its settings, its start (ready, or the test fails with its log) and its stop, a profile
to feed it, and a wait on a condition."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints
from shared.events import SmeProfileChangedV1, SmeProfileV1
from shared.topics import EMAIL_LINKS
from tests.integration.notifier.conftest import LINK_SECRET
from tests.integration.notifier.sink import free_port


async def notifier_env(
    infra: Endpoints, group_id: str, db_prefix: str, smtp_port: int, *, mongodb_url: str | None = None
) -> dict[str, str]:
    """Settings of a notifier in a group of its own that starts at the end of the shared log."""
    await start_group_at_end(infra.kafka_bootstrap, group_id)
    # Link emails other tests asked for on the shared broker are not this notifier's to send (they
    # would take the sink's first accepted slots).
    await start_group_at_end(infra.kafka_bootstrap, f"{group_id}.email-links", (EMAIL_LINKS,))
    return {
        "NOTIFIER_HOST": "127.0.0.1",
        "NOTIFIER_PORT": str(free_port()),
        "KAFKA_BOOTSTRAP_SERVERS": infra.kafka_bootstrap,
        "MONGODB_URL": mongodb_url or infra.mongodb_url,
        "MONGODB_DB_PREFIX": db_prefix,
        "NOTIFIER_LINK_SECRET": LINK_SECRET,
        "NOTIFIER_GROUP_ID": group_id,
        "NOTIFIER_SMTP_HOST": "127.0.0.1",
        "NOTIFIER_SMTP_PORT": str(smtp_port),
        "NOTIFIER_QUIET_HOURS_ENABLED": "false",
        "NOTIFIER_INSTANT_GATHER_S": "0",
        "NOTIFIER_KAFKA_SESSION_TIMEOUT_MS": "6000",
        "NOTIFIER_KAFKA_HEARTBEAT_INTERVAL_MS": "500",
    }


def profile_record(sme_id: str) -> bytes:
    """An `sme.profiles` value for a buyer with an address the tests' sink accepts."""
    profile = SmeProfileV1(
        id=sme_id,
        name=f"Crash test {sme_id}",
        sub_cluster="sportech",
        stage="downstream",
        province="Chon Buri",
        needs=("moisture-wicking knit fabric",),
        contact_email=f"{sme_id}@test.example",
        language="en",
    )
    return SmeProfileChangedV1(sme_id=sme_id, version=1, profile=profile).to_bytes()


async def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


def _ready(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def start_notifier(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """`python -m services.notifier` in its own process group, as it runs in production; returns
    once it is ready. Blocking: from a test whose event loop serves the notifier (a TCP gate),
    call it in a thread."""
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "services.notifier"],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    port = int(env["NOTIFIER_PORT"])
    deadline = time.monotonic() + 90
    while proc.poll() is None and not _ready(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert proc.poll() is None and _ready(port), log.read_text()[-3000:]
    return proc


def stop_notifier(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
