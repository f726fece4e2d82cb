"""Each service, as the real process a deploy runs, starts its parts in order and on SIGTERM stops
them in reverse and exits with status 0 within 10 s (shared/service_lifecycle.py)."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints
from tests.conftest import SESSION_DB_PREFIX
from tests.support.stack import service_env

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).parents[2]
# Every part each service starts, in order: the order is what their stops reverse.
PARTS = {
    "registry": [
        "mongodb", "dashboard", "indexes", "kafka producer", "kafka connection", "outbox relay",
        "contact confirmations consumer", "funnel consumer",
    ],
    "matcher": [
        "kafka topics", "mongodb", "indexes", "collector pauses", "dead-letter producer", "suggestions producer",
        "list ownership", "profile feed", "refit",
    ],
    "notifier": [
        "kafka topics", "mongodb", "indexes", "adopt pending suggestions", "senders", "contact checks",
        "delivery figures", "consumer lag probe", "consumers",
    ],
}  # fmt: skip
# Parts that only start (topics created, indexes ensured) have nothing to stop.
STARTS_ONLY = {"registry": set(), "matcher": {"kafka topics", "indexes"}}
STARTS_ONLY["notifier"] = {"kafka topics", "indexes", "adopt pending suggestions"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _json_lines(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


def _ready(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.mark.parametrize("service", list(PARTS))
def test_a_service_stops_its_parts_in_reverse_and_exits_0_within_10_s_of_sigterm(
    infra: Endpoints, tmp_path: Path, service: str
) -> None:
    run = secrets.token_hex(4)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = service_env(infra, f"{SESSION_DB_PREFIX}stop{run}_", f"clk_{run}", secrets.token_urlsafe(48), url)
    group_id = f"test-{run}-{service}"
    # Fresh groups at today's end of the shared log: this process owes nobody else's backlog.
    asyncio.run(start_group_at_end(infra.kafka_bootstrap, group_id))
    if service == "notifier":
        asyncio.run(start_group_at_end(infra.kafka_bootstrap, f"{group_id}.email-links"))
    prefix = service.upper()
    env |= {f"{prefix}_HOST": "127.0.0.1", f"{prefix}_PORT": str(port), f"{prefix}_GROUP_ID": group_id}
    env |= {"LOG_JSON": "true", "PYTHONPATH": str(REPO_ROOT)}
    log_path = tmp_path / f"{service}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", f"services.{service}"],
            cwd=REPO_ROOT,
            env={**os.environ, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 120  # the matcher replays the whole shared sme.profiles first
        while not _ready(url):
            assert proc.poll() is None, log_path.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, log_path.read_text(errors="replace")[-3000:]
            time.sleep(0.3)

        signalled = time.monotonic()
        os.killpg(proc.pid, signal.SIGTERM)
        code = proc.wait(timeout=30)
        took_s = time.monotonic() - signalled
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    lines = _json_lines(log_path)
    text = log_path.read_text(errors="replace")[-3000:]
    assert code == 0, text
    assert took_s < 10, f"{service} took {took_s:.1f} s to stop"
    mine = [line for line in lines if line.get("service") == service]
    assert [line["part"] for line in mine if line["msg"] == "part started"] == PARTS[service]
    stopped = [line["part"] for line in mine if line["msg"] == "part stopped"]
    assert stopped == [part for part in reversed(PARTS[service]) if part not in STARTS_ONLY[service]], text
    (done,) = [line for line in mine if line["msg"] == f"{service} stopped"]
    assert done["abandoned"] == [], text
