"""The entrepreneur pages' guards over plain HTTP, on the real stack: CSRF, sessions, the request
limit, answers only from the SME itself, and bad input answered 4xx, never 5xx; where each suggestion
stands, and the pairs answered earlier that left the matcher's lists."""

from __future__ import annotations

import asyncio
import random
import re
import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from clusterlink.localinfra import Endpoints
from services.registry.pages.signing import PageSigner
from services.registry.pages.words import THAI_TIME
from shared.profile_headers import PREFERENCE_CHOSEN_BY, PREFERENCE_CHOSEN_BY_SME
from shared.taxonomy import PROVINCES
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


def _card(html: str, partner_name: str) -> str:
    """The suggestion card that names this partner, or "" when it is not on the page."""
    cards = [c for c in html.split('<section class="card"')[1:] if partner_name in c]
    return cards[0].split("</section>")[0] if cards else ""


def _buttons(card: str) -> list[str]:
    return re.findall(r'name="decision" value="(accept|decline)"', card)


def _hemp_pair(stack: RunningStack, uid: str) -> tuple[dict[str, str], dict[str, str]]:
    """A spinner whose yarn a weaver needs, in a province of their own: the matcher suggests them
    to each other above every earlier run's SMEs (the run's own word is in both phrases)."""
    place = random.choice([p for p in PROVINCES if p.name_en not in ("Loei", "Bangkok")])
    province = place.name_en
    yarn = f"เส้นด้ายกัญชงปั่นมือ ย้อมสีธรรมชาติ รุ่น{uid}"
    made = []
    for suffix, stage, offers, needs in (
        ("spinner", "upstream", [f"{yarn} เดือนละ 200 กิโลกรัม"], []),
        ("weaver", "midstream", ["ผ้ากัญชงทอมือ"], [f"{yarn} ประมาณ 150 กิโลกรัมต่อเดือน"]),
    ):
        profile = {
            "name": f"ทดสอบสถานะ {suffix} {uid}", "sub_cluster": "hemp_natural_fibre", "stage": stage,
            "province": province, "offers": offers, "needs": needs,
            "contact_email": f"pgh-{suffix}-{uid}@e2e.example", "language": "th",
        }  # fmt: skip
        response = httpx.post(
            f"{stack.registry_url}/v1/smes", json=profile, headers={"Authorization": f"Bearer {stack.api_key}"}
        )
        assert response.status_code == 201, response.text
        made.append(
            {"id": response.json()["id"], "token": response.json()["sme_token"], "name": profile["name"],
             "province_th": place.name_th}
        )  # fmt: skip
    return made[0], made[1]


def _poll(check: Callable[[], str], timeout_s: float = 120) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(1)
    raise AssertionError("timed out")


def test_my_suggestions_shows_each_answer_and_offers_only_what_may_change_it(stack: RunningStack) -> None:
    """Open → accepted (only "decline instead" left) → introduced once the partner says yes too
    (no buttons, and a crafted decline is refused): each state read back from the registry's own
    read model of match.feedback, not only from the answer just given."""
    uid = uuid.uuid4().hex[:8]
    spinner, weaver = _hemp_pair(stack, uid)
    client, csrf = _signed_in(stack, weaver["id"])
    try:

        def card() -> str:
            page = client.get("/my/suggestions")
            assert page.status_code == 200, page.text
            return _card(page.text, spinner["name"])

        def card_in(state: str) -> str:
            found = card()
            return found if f'data-state="{state}"' in found else ""

        listed = _poll(card)
        assert 'data-state="open"' in listed and _buttons(listed) == ["accept", "decline"]
        # The partner's province in the page's language (registered in English, the page is Thai).
        assert spinner["province_th"] in listed
        form = {"csrf_token": csrf, "partner_id": spinner["id"], "direction": "suppliers"}

        accepted = client.post("/my/suggestions/answer", data={**form, "decision": "accept"})
        assert accepted.status_code == 200, accepted.text
        now = _card(accepted.text, spinner["name"])
        assert 'data-state="accepted"' in now and _buttons(now) == ["decline"]
        assert "เปลี่ยนเป็นปฏิเสธ" in now and "กำลังรออีกฝ่ายตอบ" in now  # in the SME's language, Thai
        # A fresh page reads the answer from the read model, once the feed has it.
        _poll(lambda: card_in("accepted"))

        # The partner says yes (as from its email): both are introduced, nothing is left to press.
        partner_said = httpx.post(
            f"{stack.notifier_url}/v1/smes/{spinner['id']}/answers",
            json={"decision": "accept", "suggestion_id": f"sg-{uid}", "supplier_id": spinner["id"],
                  "buyer_id": weaver["id"]},
            headers={"Authorization": f"Bearer {spinner['token']}"}, timeout=10,
        )  # fmt: skip
        assert partner_said.status_code == 200 and partner_said.json()["outcome"] == "introduced"
        introduced = _poll(lambda: card_in("introduced"))
        assert _buttons(introduced) == [] and "เราส่งอีเมลแนะนำให้รู้จักกันแล้ว" in introduced

        # A decline posted anyway (an old tab) changes nothing: the notifier's pages allow none either.
        refused = client.post("/my/suggestions/answer", data={**form, "decision": "decline"})
        assert refused.status_code == 409
        assert 'data-state="introduced"' in _card(refused.text, spinner["name"])
        time.sleep(3)  # a decline that had slipped through would reach the read model by now
        assert 'data-state="introduced"' in card()
    finally:
        client.close()
        key = stack.api_key
        for sme in (spinner, weaver):  # erased, so later runs on the same broker are not matched with them
            httpx.delete(f"{stack.registry_url}/v1/smes/{sme['id']}", headers={"Authorization": f"Bearer {key}"})


def _earlier_card(html: str, partner_name: str) -> str:
    """The card of this partner under "answered earlier", or "" when it is not there."""
    return _card(html.split('id="earlier"', 1)[1], partner_name) if 'id="earlier"' in html else ""


def _listed_card(html: str, partner_name: str) -> str:
    """The card of this partner on the current lists (above "answered earlier")."""
    return _card(html.split('id="earlier"', 1)[0], partner_name)


def test_a_declined_partner_stays_under_answered_earlier_where_the_answer_can_still_change(
    stack: RunningStack,
) -> None:
    """A decline takes the pair off the matcher's list; the page still shows it, with the answer and its
    date, and "yes after all" (the notifier's rules). Accepted, the partner says yes too: introduced,
    nothing to press, a crafted decline refused. No contact details on the page; an erased partner goes."""
    uid = uuid.uuid4().hex[:8]
    spinner, weaver = _hemp_pair(stack, uid)
    client, csrf = _signed_in(stack, weaver["id"])
    form = {"csrf_token": csrf, "partner_id": spinner["id"], "direction": "suppliers"}
    made = [spinner["id"], weaver["id"]]
    try:

        def page(lang: str = "th") -> str:
            response = client.get("/my/suggestions", params={"lang": lang})
            assert response.status_code == 200, response.text
            return response.text

        def earlier_in(state: str) -> str:
            html = page()
            found = _earlier_card(html, spinner["name"])
            return found if f'data-state="{state}"' in found and not _listed_card(html, spinner["name"]) else ""

        _poll(lambda: _listed_card(page(), spinner["name"]))
        assert not _earlier_card(page(), spinner["name"])
        declined = client.post("/my/suggestions/answer", data={**form, "decision": "decline"})
        assert declined.status_code == 200, declined.text

        # Off the matcher's list once it reads the decline, and shown under "answered earlier" from the
        # registry's read model: the answer, its day (Thai, Buddhist era), and only "yes after all".
        card = _poll(lambda: earlier_in("declined"))
        today = datetime.now(THAI_TIME)
        assert "คุณปฏิเสธเมื่อ" in card and str(today.year + 543) in card
        assert _buttons(card) == ["accept"] and "สนใจ ขอให้แนะนำให้รู้จัก" in card
        english = _earlier_card(page("en"), spinner["name"])
        assert "You declined on" in english and str(today.year) in english and "Answered earlier" in page("en")
        for html in (page(), page("en")):
            assert f"pgh-spinner-{uid}@e2e.example" not in html  # never a partner's contact details

        # A pair never answered and on no list cannot be answered by crafting the form.
        stranger, _ = _sme(stack, uid, "stranger")
        made.append(stranger)
        crafted = client.post("/my/suggestions/answer", data={**form, "partner_id": stranger, "decision": "accept"})
        assert crafted.status_code == 404

        # Yes after all, from the earlier card: the notifier records it and the card says so at once.
        again = client.post("/my/suggestions/answer", data={**form, "decision": "accept"})
        assert again.status_code == 200, again.text
        now = _earlier_card(again.text, spinner["name"])
        assert 'data-state="accepted"' in now and _buttons(now) == ["decline"] and "กำลังรออีกฝ่ายตอบ" in now
        _poll(lambda: earlier_in("accepted"))

        partner_said = httpx.post(
            f"{stack.notifier_url}/v1/smes/{spinner['id']}/answers",
            json={"decision": "accept", "suggestion_id": f"sg-{uid}", "supplier_id": spinner["id"],
                  "buyer_id": weaver["id"]},
            headers={"Authorization": f"Bearer {spinner['token']}"}, timeout=10,
        )  # fmt: skip
        assert partner_said.status_code == 200 and partner_said.json()["outcome"] == "introduced"
        introduced = _poll(lambda: earlier_in("introduced"))
        assert _buttons(introduced) == [] and "เราส่งอีเมลแนะนำให้รู้จักกันแล้ว" in introduced
        refused = client.post("/my/suggestions/answer", data={**form, "decision": "decline"})
        assert refused.status_code == 409
        assert 'data-state="introduced"' in _earlier_card(refused.text, spinner["name"])

        # Erased, the partner leaves the page at once.
        erased = httpx.delete(
            f"{stack.registry_url}/v1/smes/{spinner['id']}", headers={"Authorization": f"Bearer {stack.api_key}"}
        )
        assert erased.status_code in (200, 204), erased.text
        assert spinner["name"] not in page()
    finally:
        client.close()
        key = stack.api_key
        for sme_id in made:
            httpx.delete(f"{stack.registry_url}/v1/smes/{sme_id}", headers={"Authorization": f"Bearer {key}"})
