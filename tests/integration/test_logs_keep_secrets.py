"""What the running services write to their logs carries no link token and no e-mail address."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from clusterlink.localinfra import Endpoints
from tests.conftest import SESSION_DB_PREFIX
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack_and_logs(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningStack, Path]]:
    run_dir: Path = tmp_path_factory.mktemp("logs")
    with running_stack(infra, SESSION_DB_PREFIX + "log_", run_dir) as s:
        yield s, run_dir / "logs"


def test_link_tokens_in_urls_and_registered_addresses_never_reach_the_logs(
    stack_and_logs: tuple[RunningStack, Path],
) -> None:
    stack, logs = stack_and_logs
    marker = uuid.uuid4().hex
    token = f"eyJ{marker}.c2ln{marker}"
    address = f"owner-{marker}@example.com"
    for action in ("accept", "decline", "unsubscribe"):
        httpx.get(f"{stack.notifier_url}/links/{action}", params={"t": token})
        httpx.post(f"{stack.notifier_url}/links/{action}", params={"t": token})
    profile = {
        "id": f"log-{marker[:12]}",
        "name": "ร้านทดสอบบันทึก",
        "sub_cluster": "sportech",
        "stage": "downstream",
        "province": "Bangkok",
        "contact_email": address,
        "language": "th",
    }
    created = httpx.post(
        f"{stack.registry_url}/v1/smes", json=profile, headers={"Authorization": f"Bearer {stack.api_key}"}
    )
    assert created.status_code == 201
    time.sleep(3)  # the profile reaches the matcher and the notifier, which log what they did

    text = "\n".join(path.read_text(errors="replace") for path in logs.glob("*.log"))
    assert "/links/unsubscribe" in text  # the access log is on: the requests were logged
    assert marker not in text
    assert stack.api_key not in text
