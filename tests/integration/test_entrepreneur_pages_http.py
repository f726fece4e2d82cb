"""The entrepreneur pages' guards over plain HTTP, on the real stack: CSRF, sessions, the request
limit, answers only from the SME itself, and bad input answered 4xx, never 5xx."""

from __future__ import annotations

import asyncio
import re
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from clusterlink.localinfra import Endpoints
from services.registry.pages.signing import PageSigner
from shared.profile_headers import PREFERENCE_CHOSEN_BY, PREFERENCE_CHOSEN_BY_SME
from shared.topics import SME_PROFILES
from tests.conftest import SESSION_DB_PREFIX
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

PAGES_SECRET = secrets.token_urlsafe(32)
REQUEST_LIMIT = 3


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    run_dir: Path = tmp_path_factory.mktemp("pages-http")
    env = {"REGISTRY_PAGES_SECRET": PAGES_SECRET, "REGISTRY_PAGES_REQUEST_LIMIT": str(REQUEST_LIMIT)}
    with running_stack(infra, SESSION_DB_PREFIX + "pgh_", run_dir, env) as s:
        yield s


def _sme(stack: RunningStack, uid: str, suffix: str) -> tuple[str, str]:
    profile = {
        "name": f"ร้านทดสอบ {uid} {suffix}", "sub_cluster": "circular_textile", "stage": "midstream",
        "province": "Khon Kaen", "offers": [], "needs": [], "contact_email": f"pgh-{suffix}-{uid}@e2e.example",
        "language": "th",
    }  # fmt: skip
    response = httpx.post(
        f"{stack.registry_url}/v1/smes", json=profile, headers={"Authorization": f"Bearer {stack.api_key}"}
    )
    assert response.status_code == 201, response.text
    return response.json()["id"], response.json()["sme_token"]


def _signed_in(stack: RunningStack, sme_id: str) -> tuple[httpx.Client, str]:
    """A browser-like client holding a session of this SME, and the CSRF token of its pages."""
    _, cookie = PageSigner(PAGES_SECRET.encode(), 3600).open_session(sme_id)
    client = httpx.Client(base_url=stack.registry_url, timeout=10, cookies={"clusterlink_sme": cookie})
    page = client.get("/my/profile")
    assert page.status_code == 200, page.text
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found
    return client, found.group(1)


def test_a_form_without_its_csrf_token_or_session_is_refused_and_changes_nothing(stack: RunningStack) -> None:
    uid = uuid.uuid4().hex[:8]
    sme_id, _ = _sme(stack, uid, "csrf")
    client, csrf = _signed_in(stack, sme_id)
    try:
        assert client.post("/my/unsubscribe", data={}).status_code == 403
        assert client.post("/my/unsubscribe", data={"csrf_token": csrf[:-2] + "xx"}).status_code == 403
        other_session = PageSigner(PAGES_SECRET.encode(), 3600).open_session(sme_id)[0]
        foreign = PageSigner(PAGES_SECRET.encode(), 3600).csrf_token(other_session)
        assert client.post("/my/unsubscribe", data={"csrf_token": foreign}).status_code == 403
        profile = httpx.get(
            f"{stack.registry_url}/v1/smes/{sme_id}", headers={"Authorization": f"Bearer {stack.api_key}"}
        ).json()
        assert profile["profile"]["notification_preference"] == "instant"
        assert client.post("/my/unsubscribe", data={"csrf_token": csrf}).status_code == 200
    finally:
        client.close()
    profile = httpx.get(
        f"{stack.registry_url}/v1/smes/{sme_id}", headers={"Authorization": f"Bearer {stack.api_key}"}
    ).json()
    assert profile["profile"]["notification_preference"] == "off"
    # No session: reading pages leads to sign-in, posting is refused.
    anonymous = httpx.get(f"{stack.registry_url}/my/profile", timeout=10)
    assert anonymous.status_code == 303 and anonymous.headers["location"] == "/my/sign-in"
    assert httpx.post(f"{stack.registry_url}/my/profile", data={"csrf_token": csrf}).status_code == 401
    # The public forms need the token bound to their own cookie too.
    assert httpx.post(f"{stack.registry_url}/my/sign-in", data={"email": "a@b.example"}).status_code == 403


def test_the_notifier_takes_an_answer_only_from_the_sme_itself(stack: RunningStack) -> None:
    uid = uuid.uuid4().hex[:8]
    buyer, buyer_token = _sme(stack, uid, "buyer")
    supplier, supplier_token = _sme(stack, uid, "supplier")
    session = PageSigner(PAGES_SECRET.encode(), 3600).open_session(buyer)[0]
    access = PageSigner(PAGES_SECRET.encode(), 3600).access_token(session)
    body = {"decision": "accept", "suggestion_id": "sg-x", "supplier_id": supplier, "buyer_id": buyer}
    url = f"{stack.notifier_url}/v1/smes/{buyer}/answers"

    def post(credential: str | None, json: object = body) -> httpx.Response:
        headers = {"Authorization": f"Bearer {credential}"} if credential else {}
        return httpx.post(url, json=json, headers=headers, timeout=10)

    assert post(None).status_code == 401
    assert post(f"{buyer}.{'x' * 43}").status_code == 401
    assert post(stack.api_key).status_code == 403  # an answer is the SME's own
    assert post(supplier_token).status_code == 403  # the partner cannot answer for it
    assert post(access, {**body, "decision": "maybe"}).status_code == 422
    assert post(access, {**body, "buyer_id": "someone-else"}).status_code == 422
    # Its own token, and its page session's access token, are accepted.
    assert post(buyer_token).status_code in (200, 404)
    assert post(access).status_code in (200, 404)


def test_sign_in_emails_are_limited_per_client_address(stack: RunningStack) -> None:
    with httpx.Client(base_url=stack.registry_url, timeout=10) as client:
        form = client.get("/my/sign-in")
        token = re.search(r'name="form_token" value="([^"]+)"', form.text)
        assert token
        answers = [
            client.post("/my/sign-in", data={"form_token": token.group(1), "email": f"nobody-{i}@e2e.example"})
            for i in range(REQUEST_LIMIT + 1)
        ]
    assert [r.status_code for r in answers] == [200] * REQUEST_LIMIT + [429]
    assert int(answers[-1].headers["retry-after"]) > 0
    # The same answer for every address: it reveals none.
    assert len({re.sub(r"\s+", " ", r.text) for r in answers[:-1]}) == 1


@pytest.mark.parametrize(
    ("method", "path", "data"),
    [
        ("GET", "/my/sign-in/link", None),
        ("GET", "/my/sign-in/link?t=" + "A" * 5000, None),
        ("POST", "/my/sign-in/link", {"t": "not.a-token"}),
        ("GET", "/my/register/confirm?t=%00%ff", None),
        ("POST", "/my/register/confirm", {}),
        ("GET", "/my/language/xx", None),
        ("POST", "/my/suggestions/answer", {"decision": "accept"}),
        ("POST", "/my/register", {"name": "x" * 70_000}),
    ],
)
def test_bad_input_is_answered_4xx(stack: RunningStack, method: str, path: str, data: dict[str, str] | None) -> None:
    response = httpx.request(method, f"{stack.registry_url}{path}", data=data, timeout=10)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])


async def _profile_headers_after(
    bootstrap: str, sme_id: str, since: dict[TopicPartition, int]
) -> list[dict[str, bytes]]:
    """Headers of the SME's `sme.profiles` records published after the offsets `since`."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(list(since))
        for tp, offset in since.items():
            consumer.seek(tp, offset)
        found: list[dict[str, bytes]] = []
        async with asyncio.timeout(20):
            while not found:
                batch = await consumer.getmany(timeout_ms=500)
                found = [dict(r.headers) for records in batch.values() for r in records if r.key == sme_id.encode()]
        return found
    finally:
        await consumer.stop()


async def _ends(bootstrap: str) -> dict[TopicPartition, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(SME_PROFILES, p) for p in consumer.partitions_for_topic(SME_PROFILES) or ()]
        if not tps:
            cluster = await consumer._client.fetch_all_metadata()
            tps = [TopicPartition(SME_PROFILES, p) for p in cluster.partitions_for_topic(SME_PROFILES) or ()]
        return dict(await consumer.end_offsets(tps))
    finally:
        await consumer.stop()


def test_a_preference_saved_on_the_sme_s_own_page_is_published_as_its_own_choice(
    stack: RunningStack, infra: Endpoints
) -> None:
    """Only the SME's own choice ends its unsubscribe at the notifier: its pages must say it is."""
    uid = uuid.uuid4().hex[:8]
    sme_id, _ = _sme(stack, uid, "pref")
    client, csrf = _signed_in(stack, sme_id)
    try:
        since = asyncio.run(_ends(infra.kafka_bootstrap))
        assert client.post("/my/unsubscribe", data={"csrf_token": csrf}).status_code == 200
    finally:
        client.close()
    headers = asyncio.run(_profile_headers_after(infra.kafka_bootstrap, sme_id, since))
    assert headers[-1].get(PREFERENCE_CHOSEN_BY) == PREFERENCE_CHOSEN_BY_SME.encode()
