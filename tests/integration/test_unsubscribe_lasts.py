"""An unsubscribe lasts: an old link still works, and a coordinator's edit does not undo it."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from clusterlink.localinfra import Endpoints
from services.notifier.tokens import LinkAction, LinkClaims, LinkSigner
from shared.mongo import create_client, get_database
from tests.conftest import SESSION_DB_PREFIX
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

DB_PREFIX = SESSION_DB_PREFIX + "uns_"


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    with running_stack(infra, DB_PREFIX, tmp_path_factory.mktemp("unsubscribe")) as s:
        yield s


def _recipient(infra: Endpoints, sme_id: str) -> dict[str, Any] | None:
    async def read() -> dict[str, Any] | None:
        client = create_client(infra.mongodb_url)
        try:
            doc: dict[str, Any] | None = await get_database(client, f"{DB_PREFIX}notifier")["recipients"].find_one(
                {"_id": sme_id}
            )
            return doc
        finally:
            client.close()

    return asyncio.run(read())


def _wait_for(condition: Any, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.3)


def test_a_years_old_unsubscribe_link_works_and_a_coordinator_put_without_the_preference_keeps_it(
    stack: RunningStack, infra: Endpoints
) -> None:
    sme_id = f"uns-{uuid.uuid4().hex[:10]}"
    coordinator = {"Authorization": f"Bearer {stack.api_key}"}
    profile = {
        "id": sme_id,
        "name": "กลุ่มทอผ้าบ้านหนองบัว",
        "sub_cluster": "ageing_lifestyle_isan",
        "stage": "midstream",
        "province": "Udon Thani",
        "offers": ["ผ้าฝ้ายทอมือ"],
        "contact_email": f"{sme_id}@example.com",
        "language": "th",
        "notification_preference": "daily",
    }
    assert httpx.post(f"{stack.registry_url}/v1/smes", json=profile, headers=coordinator).status_code == 201
    _wait_for(lambda: _recipient(infra, sme_id) is not None)
    # Issued two years ago with a one-year expiry: an unsubscribe link still does its job.
    issued = datetime.now(UTC) - timedelta(days=730)
    claims = LinkClaims(LinkAction.UNSUBSCRIBE, sme_id, issued + timedelta(days=365))
    token = LinkSigner(stack.link_secret.encode("utf-8")).issue(claims)

    page = httpx.post(f"{stack.notifier_url}/links/unsubscribe", params={"t": token})

    assert page.status_code == 200, page.text
    assert _recipient(infra, sme_id)["unsubscribed"] is True  # type: ignore[index]

    edited = {k: v for k, v in profile.items() if k != "notification_preference"} | {"name": "กลุ่มทอผ้าหนองบัว"}
    put = httpx.put(f"{stack.registry_url}/v1/smes/{sme_id}", json=edited, headers={**coordinator, "If-Match": '"1"'})

    assert put.status_code == 200, put.text
    assert put.json()["profile"]["notification_preference"] == "daily"
    _wait_for(lambda: (_recipient(infra, sme_id) or {}).get("version") == 2)
    assert _recipient(infra, sme_id)["unsubscribed"] is True  # type: ignore[index]


def test_a_coordinator_setting_another_preference_keeps_the_unsubscribe_and_only_the_sme_ends_it(
    stack: RunningStack, infra: Endpoints
) -> None:
    sme_id = f"uns-{uuid.uuid4().hex[:10]}"
    coordinator = {"Authorization": f"Bearer {stack.api_key}"}
    profile = {
        "id": sme_id,
        "name": "ร้านผ้าทอมือแม่แจ่ม",
        "sub_cluster": "hemp_natural_fibre",
        "stage": "downstream",
        "province": "Chiang Mai",
        "offers": ["ผ้าซิ่นตีนจก"],
        "contact_email": f"{sme_id}@example.com",
        "language": "th",
        "notification_preference": "daily",
    }
    created = httpx.post(f"{stack.registry_url}/v1/smes", json=profile, headers=coordinator)
    assert created.status_code == 201, created.text
    own = {"Authorization": f"Bearer {created.json()['sme_token']}"}
    _wait_for(lambda: _recipient(infra, sme_id) is not None)
    claims = LinkClaims(LinkAction.UNSUBSCRIBE, sme_id, datetime.now(UTC) + timedelta(days=30))
    token = LinkSigner(stack.link_secret.encode("utf-8")).issue(claims)
    assert httpx.post(f"{stack.notifier_url}/links/unsubscribe", params={"t": token}).status_code == 200

    # A coordinator sets another preference (PUT), then the first one again (PATCH): both are stored
    # and published, and the SME stays unsubscribed.
    put = httpx.put(
        f"{stack.registry_url}/v1/smes/{sme_id}",
        json=profile | {"notification_preference": "weekly"},
        headers={**coordinator, "If-Match": '"1"'},
    )
    assert put.status_code == 200, put.text
    patched = httpx.patch(
        f"{stack.registry_url}/v1/smes/{sme_id}",
        json={"notification_preference": "instant"},
        headers={**coordinator, "If-Match": '"2"'},
    )
    assert patched.status_code == 200, patched.text
    _wait_for(lambda: (_recipient(infra, sme_id) or {}).get("version") == 3)
    stored = _recipient(infra, sme_id)
    assert stored is not None and stored["preference"] == "instant" and stored["unsubscribed"] is True

    # The SME itself chooses, even the preference already stored: that is its opt-in.
    chosen = httpx.patch(
        f"{stack.registry_url}/v1/smes/{sme_id}",
        json={"notification_preference": "instant"},
        headers={**own, "If-Match": '"3"'},
    )
    assert chosen.status_code == 200, chosen.text
    assert chosen.headers["ETag"] == '"4"'
    _wait_for(lambda: (_recipient(infra, sme_id) or {}).get("version") == 4)
    assert _recipient(infra, sme_id)["unsubscribed"] is False  # type: ignore[index]
