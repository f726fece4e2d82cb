"""A changed contact address is used only after the person at it confirms: on the running services.

Registry, matcher and notifier run as processes on the real broker, database and
SMTP sink; the confirmation travels registry → sme.profiles → notifier (emails) →
link page → sme.contact_confirmations → registry → sme.profiles → notifier.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from clusterlink.localinfra import Endpoints
from shared.mongo import create_client, get_database
from tests.conftest import SESSION_DB_PREFIX
from tests.support.mailbox import html_body, text_body, wait_for_messages
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

DB_PREFIX = SESSION_DB_PREFIX + "cc_"
FORM_TOKEN = re.compile(r'<input type="hidden" name="t" value="([^"]+)">')


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    extra = {"REGISTRY_GROUP_ID": f"test-{uuid.uuid4().hex[:8]}-registry"}
    with running_stack(infra, DB_PREFIX, tmp_path_factory.mktemp("contact"), extra_env=extra) as s:
        yield s


def _notifier_doc(infra: Endpoints, collection: str, query: dict[str, Any]) -> dict[str, Any] | None:
    async def read() -> dict[str, Any] | None:
        client = create_client(infra.mongodb_url)
        try:
            doc: dict[str, Any] | None = await get_database(client, f"{DB_PREFIX}notifier")[collection].find_one(query)
            return doc
        finally:
            client.close()

    return asyncio.run(read())


def _wait_for(condition: Callable[[], Any], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.3)


def _write(stack: RunningStack, method: str, sme_id: str, body: dict[str, Any]) -> httpx.Response:
    """A PUT or PATCH with the ETag of the version just read, as a coordinator would."""
    url = f"{stack.registry_url}/v1/smes/{sme_id}"
    coordinator = {"Authorization": f"Bearer {stack.api_key}"}
    etag = httpx.get(url, headers=coordinator).headers["ETag"]
    return httpx.request(method, url, json=body, headers=coordinator | {"If-Match": etag})


def test_a_new_address_is_used_only_after_it_is_confirmed_and_the_old_one_is_told(
    stack: RunningStack, infra: Endpoints
) -> None:
    sme_id = f"cc-{uuid.uuid4().hex[:10]}"
    old, new = f"{sme_id}-old@example.com", f"{sme_id}-new@example.com"
    coordinator = {"Authorization": f"Bearer {stack.api_key}"}
    profile = {
        "id": sme_id,
        "name": "กลุ่มทอผ้าบ้านนาโพธิ์",
        "sub_cluster": "ageing_lifestyle_isan",
        "stage": "midstream",
        "province": "Udon Thani",
        "offers": ["ผ้าฝ้ายทอมือ"],
        "contact_email": old,
        "language": "th",
    }
    created = httpx.post(f"{stack.registry_url}/v1/smes", json=profile, headers=coordinator)
    assert created.status_code == 201, created.text
    consent_at = created.json()["profile"]["consent_at"]
    _wait_for(lambda: _notifier_doc(infra, "recipients", {"_id": sme_id}) is not None)

    # The consent time is the server's: one sent with a change is ignored.
    changed = _write(stack, "PUT", sme_id, profile | {"contact_email": new, "consent_at": "2020-01-01T00:00:00+07:00"})
    assert changed.status_code == 200, changed.text
    stored = changed.json()["profile"]
    assert (stored["contact_email"], stored["pending_contact_email"]) == (old, new)
    assert stored["consent_at"] == consent_at

    [confirmation] = wait_for_messages(stack.mail_dir, new)
    [notice] = wait_for_messages(stack.mail_dir, old)
    assert confirmation["X-ClusterLink-Kind"] == "contact_confirm"
    assert notice["X-ClusterLink-Kind"] == "contact_notice"
    assert new not in text_body(notice) + html_body(notice)  # the old mailbox sees it masked
    assert "c•••@example.com" in text_body(notice)
    assert "กลุ่มทอผ้าบ้านนาโพธิ์" in text_body(confirmation)
    # Until confirmed, the notifier keeps the confirmed address for everything it sends.
    recipient = _notifier_doc(infra, "recipients", {"_id": sme_id})
    assert recipient is not None and recipient["contact"]["email"] == old

    [link] = re.findall(rf"{re.escape(stack.notifier_url)}/links/confirm_email\?t=\S+", text_body(confirmation))
    page = httpx.get(link)
    assert page.status_code == 200 and new in page.text
    assert (
        httpx.get(f"{stack.registry_url}/v1/smes/{sme_id}", headers=coordinator).json()["profile"]["contact_email"]
        == old
    )  # a GET (a mail scanner) changes nothing
    done = httpx.post(link.split("?")[0], data={"t": FORM_TOKEN.findall(page.text)[0]})
    assert done.status_code == 200 and "ขอบคุณ" in done.text

    def registry_uses_new() -> bool:
        current = httpx.get(f"{stack.registry_url}/v1/smes/{sme_id}", headers=coordinator).json()["profile"]
        return bool(current["contact_email"] == new and current.get("pending_contact_email") is None)

    _wait_for(registry_uses_new)
    _wait_for(lambda: (_notifier_doc(infra, "recipients", {"_id": sme_id}) or {})["contact"]["email"] == new)
    # The check (both addresses) is gone once nothing is pending; its link now says so.
    _wait_for(lambda: _notifier_doc(infra, "contact_checks", {"sme_id": sme_id}) is None)
    assert httpx.post(link).status_code == 410


def test_an_unconfirmed_change_can_be_withdrawn_and_a_forged_confirmation_does_nothing(
    stack: RunningStack, infra: Endpoints
) -> None:
    sme_id = f"cc-{uuid.uuid4().hex[:10]}"
    old, new = f"{sme_id}@example.com", f"{sme_id}-x@example.com"
    coordinator = {"Authorization": f"Bearer {stack.api_key}"}
    profile = {
        "id": sme_id,
        "name": "Hemp Yarn Co",
        "sub_cluster": "hemp_natural_fibre",
        "stage": "upstream",
        "province": "Chiang Mai",
        "contact_email": old,
        "language": "en",
    }
    assert httpx.post(f"{stack.registry_url}/v1/smes", json=profile, headers=coordinator).status_code == 201
    patch = _write(stack, "PATCH", sme_id, {"contact_email": new})
    assert patch.json()["profile"]["pending_contact_email"] == new
    # A PATCH of another field keeps the change pending; asking for the confirmed address withdraws it.
    patch = _write(stack, "PATCH", sme_id, {"province": "Lamphun"})
    assert patch.json()["profile"]["pending_contact_email"] == new
    [confirmation] = wait_for_messages(stack.mail_dir, new)
    withdrawn = _write(stack, "PATCH", sme_id, {"contact_email": old})
    assert withdrawn.json()["profile"].get("pending_contact_email") is None
    _wait_for(lambda: _notifier_doc(infra, "contact_checks", {"sme_id": sme_id}) is None)

    [link] = re.findall(rf"{re.escape(stack.notifier_url)}/links/confirm_email\?t=\S+", text_body(confirmation))
    assert httpx.post(link).status_code == 410  # withdrawn: the old link confirms nothing
    forged = link[:-3] + ("AAA" if not link.endswith("AAA") else "BBB")
    assert httpx.post(forged).status_code == 400
    final = httpx.get(f"{stack.registry_url}/v1/smes/{sme_id}", headers=coordinator).json()["profile"]
    assert final["contact_email"] == old
