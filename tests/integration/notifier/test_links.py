"""Signed links over HTTP: confirmation pages, accept/decline feedback, introductions, unsubscribe."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from email.message import EmailMessage
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from services.notifier.model import Pair
from shared.events import MatchFeedbackV1, NotificationPreference
from shared.topics import MATCH_FEEDBACK, TOPICS
from tests.integration.notifier.conftest import Harness, link_pages, unique
from tests.support.mailbox import html_body, text_body

pytestmark = pytest.mark.integration

LINK = re.compile(r"http://notifier\.test(/links/(accept|decline|unsubscribe)\?t=[A-Za-z0-9_\-.%]+)")


@pytest.fixture
async def client(harness: Harness) -> AsyncIterator[httpx.AsyncClient]:
    async with link_pages(harness) as c:
        yield c


class FeedbackTail:
    """Reads `match.feedback` from where it ended when the test began."""

    def __init__(self, bootstrap: str) -> None:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        partitions = next(t.partitions for t in TOPICS if t.name == MATCH_FEEDBACK)
        self._partitions = [TopicPartition(MATCH_FEEDBACK, p) for p in range(partitions)]

    async def start(self) -> None:
        await self._consumer.start()
        self._consumer.assign(self._partitions)
        for tp, offset in (await self._consumer.end_offsets(self._partitions)).items():
            self._consumer.seek(tp, offset)

    async def events_for(self, pair: tuple[str, str], count: int, timeout_s: float = 15.0) -> list[MatchFeedbackV1]:
        found: list[MatchFeedbackV1] = []
        deadline = asyncio.get_running_loop().time() + timeout_s
        while len(found) < count and asyncio.get_running_loop().time() < deadline:
            batches = await self._consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for record in records:
                    event = MatchFeedbackV1.model_validate_json(record.value)
                    if (event.supplier_id, event.buyer_id) == pair:
                        found.append(event)
        return found

    async def stop(self) -> None:
        await self._consumer.stop()


@pytest.fixture
async def feedback(harness: Harness) -> AsyncIterator[FeedbackTail]:
    tail = FeedbackTail(harness.c.settings.kafka.bootstrap_servers)
    await tail.start()
    yield tail
    await tail.stop()


def links(msg: EmailMessage, action: str) -> list[str]:
    return [path for path, kind in LINK.findall(text_body(msg)) if kind == action]


def token_of(path: str) -> str:
    return parse_qs(urlsplit(path).query)["t"][0]


async def _pair(harness: Harness, *, both_told: bool = True) -> tuple[str, str]:
    supplier, buyer = unique("sup"), unique("buy")
    await harness.add_profile(
        supplier, name="Supplier Co", contact_phone="+66 81 111 1111", contact_email=f"{supplier}@test.example"
    )
    await harness.add_profile(buyer, language="th", name="ผู้ซื้อจำกัด", line_id="buyer-line")
    await harness.suggest(buyer, supplier, recipient_role="buyer")
    if both_told:
        await harness.suggest(supplier, buyer, recipient_role="supplier")
    await harness.drain()
    return supplier, buyer


def introductions(harness: Harness, sme: str) -> list[EmailMessage]:
    return [m for m in harness.mail_to(f"{sme}@test.example") if m["X-ClusterLink-Kind"] == "introduction"]


def _one(harness: Harness, sme: str) -> EmailMessage:
    mails = harness.mail_to(f"{sme}@test.example")
    assert len(mails) == 1, [m["Subject"] for m in mails]
    return mails[0]


async def test_get_only_shows_a_confirmation_form_and_changes_nothing(
    harness: Harness, client: httpx.AsyncClient, feedback: FeedbackTail
) -> None:
    supplier, buyer = await _pair(harness)
    accept = links(_one(harness, buyer), "accept")[0]
    page = await client.get(accept)
    assert page.status_code == 200
    assert '<form method="post" action="accept">' in page.text
    assert "Supplier Co" in page.text
    assert page.headers["referrer-policy"] == "no-referrer"
    answers = await harness.c.pairs.get(Pair(supplier, buyer))
    assert not answers.accepted_by
    assert await feedback.events_for((supplier, buyer), 1, timeout_s=2) == []


async def test_both_accept_then_each_gets_one_introduction_with_the_others_contacts(
    harness: Harness, client: httpx.AsyncClient, feedback: FeedbackTail
) -> None:
    supplier, buyer = await _pair(harness)
    first_supplier, first_buyer = _one(harness, supplier), _one(harness, buyer)
    for msg, partner in ((first_supplier, buyer), (first_buyer, supplier)):
        assert f"{partner}@test.example" not in text_body(msg) + html_body(msg)

    page = await client.post("/links/accept", data={"t": token_of(links(first_buyer, "accept")[0])})
    assert page.status_code == 200
    await harness.drain()
    assert len(harness.mail_to(f"{supplier}@test.example")) == 1  # no introduction yet

    page = await client.post("/links/accept", data={"t": token_of(links(first_supplier, "accept")[0])})
    assert page.status_code == 200
    # A second click (or a second replica racing) must not introduce twice.
    await client.post("/links/accept", data={"t": token_of(links(first_supplier, "accept")[0])})
    await harness.drain()

    intro_to_supplier = [
        m for m in harness.mail_to(f"{supplier}@test.example") if m["X-ClusterLink-Kind"] == "introduction"
    ]
    intro_to_buyer = [m for m in harness.mail_to(f"{buyer}@test.example") if m["X-ClusterLink-Kind"] == "introduction"]
    assert len(intro_to_supplier) == 1 and len(intro_to_buyer) == 1
    assert f"{buyer}@test.example" in text_body(intro_to_supplier[0])
    assert "buyer-line" in text_body(intro_to_supplier[0])
    assert f"{supplier}@test.example" in text_body(intro_to_buyer[0])
    assert "+66 81 111 1111" in html_body(intro_to_buyer[0])
    assert intro_to_buyer[0]["Subject"].startswith("แนะนำให้รู้จัก")

    events = await feedback.events_for((supplier, buyer), 2)
    assert sorted((e.by_sme_id, e.decision) for e in events) == sorted([(buyer, "accept"), (supplier, "accept")])


async def test_accept_by_the_only_side_told_invites_the_other_side(harness: Harness, client: httpx.AsyncClient) -> None:
    supplier, buyer = await _pair(harness, both_told=False)
    assert harness.mail_to(f"{supplier}@test.example") == []
    await client.post("/links/accept", data={"t": token_of(links(_one(harness, buyer), "accept")[0])})
    await harness.drain()
    invitation = _one(harness, supplier)
    assert invitation["X-ClusterLink-Kind"] == "invitation"
    assert "ผู้ซื้อจำกัด" in text_body(invitation)
    assert f"{buyer}@test.example" not in text_body(invitation) + html_body(invitation)

    await client.post("/links/accept", data={"t": token_of(links(invitation, "accept")[0])})
    await harness.drain()
    kinds = sorted(m["X-ClusterLink-Kind"] for m in harness.mail_to(f"{supplier}@test.example"))
    assert kinds == ["introduction", "invitation"]


async def test_decline_publishes_feedback_and_cancels_the_other_sides_pending_email(
    harness: Harness, client: httpx.AsyncClient, feedback: FeedbackTail
) -> None:
    supplier, buyer = unique("sup"), unique("buy")
    await harness.add_profile(supplier, preference=NotificationPreference.WEEKLY)
    await harness.add_profile(buyer)
    await harness.suggest(buyer, supplier)
    await harness.suggest(supplier, buyer, recipient_role="supplier")
    await harness.drain()
    page = await client.post("/links/decline", data={"t": token_of(links(_one(harness, buyer), "decline")[0])})
    assert page.status_code == 200
    harness.clock.advance(timedelta(days=8))  # past the supplier's weekly digest
    await harness.drain()
    assert harness.mail_to(f"{supplier}@test.example") == []
    events = await feedback.events_for((supplier, buyer), 1)
    assert [(e.by_sme_id, e.decision) for e in events] == [(buyer, "decline")]


async def test_tampered_expired_or_misused_tokens_get_a_clear_page_and_no_action(
    harness: Harness, client: httpx.AsyncClient, feedback: FeedbackTail
) -> None:
    supplier, buyer = await _pair(harness)
    token = token_of(links(_one(harness, buyer), "accept")[0])
    payload, signature = token.split(".")
    tampered = payload[:-1] + ("A" if payload[-1] != "A" else "B") + "." + signature
    for bad in (tampered, token + "x", "garbage"):
        for method in ("GET", "POST"):
            response = await client.request(method, "/links/accept", params={"t": bad})
            assert response.status_code == 400
            assert "This link is not valid" in response.text and "ลิงก์นี้ไม่ถูกต้อง" in response.text
    misused = await client.post("/links/decline", data={"t": token})  # an accept token on the decline URL
    assert misused.status_code == 400
    harness.clock.advance(timedelta(days=31))
    expired = await client.post("/links/accept", data={"t": token})
    assert expired.status_code == 410 and "expired" in expired.text
    assert not (await harness.c.pairs.get(Pair(supplier, buyer))).accepted_by
    assert await feedback.events_for((supplier, buyer), 1, timeout_s=2) == []


async def test_one_click_unsubscribe_stops_every_further_email(harness: Harness, client: httpx.AsyncClient) -> None:
    supplier, buyer = await _pair(harness)
    first = _one(harness, buyer)
    url = first["List-Unsubscribe"].strip("<>")
    # GET (a mail scanner) does nothing but show the form.
    assert (await client.get(url)).status_code == 200
    second_partner = unique("p2")
    await harness.suggest(buyer, second_partner)
    await harness.add_profile(second_partner)
    await harness.drain()
    assert len(harness.mail_to(f"{buyer}@test.example")) == 2

    # RFC 8058: the mail provider POSTs "List-Unsubscribe=One-Click" to the header's URL.
    response = await client.post(
        url,
        content=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    for _ in range(3):
        partner = unique("p")
        await harness.add_profile(partner)
        await harness.suggest(buyer, partner)
    # Even an introduction of a pair accepted earlier is not sent any more.
    await client.post("/links/accept", data={"t": token_of(links(_one(harness, supplier), "accept")[0])})
    await client.post("/links/accept", data={"t": token_of(links(first, "accept")[0])})
    harness.clock.advance(timedelta(days=2))
    await harness.drain()
    assert len(harness.mail_to(f"{buyer}@test.example")) == 2
    # A later profile update with the same preference keeps the person unsubscribed.
    await harness.add_profile(buyer, language="th", version=2)
    partner = unique("p")
    await harness.add_profile(partner)
    await harness.suggest(buyer, partner)
    await harness.drain()
    assert len(harness.mail_to(f"{buyer}@test.example")) == 2
