"""A recorded answer changes only through the page that shows it: old links and stale forms never flip it."""

from __future__ import annotations

import re

import httpx
import pytest

from services.notifier.model import Pair
from tests.integration.notifier import test_links
from tests.integration.notifier.conftest import Harness
from tests.integration.notifier.test_links import FeedbackTail, _one, _pair, introductions, links, token_of

pytestmark = pytest.mark.integration

# The link pages' fixtures: an HTTP client on the notifier's routes, and a tail of match.feedback.
client = test_links.client
feedback = test_links.feedback

FORM_TOKEN = re.compile(r'<input type="hidden" name="t" value="([^"]+)">')


def form_token(page: httpx.Response) -> str:
    found = FORM_TOKEN.findall(page.text)
    assert len(found) == 1, page.text
    return found[0]


async def _decisions(harness: Harness, supplier: str, buyer: str) -> tuple[frozenset[str], frozenset[str]]:
    answers = await harness.c.pairs.get(Pair(supplier, buyer))
    return answers.accepted_by, answers.declined_by


async def test_replaying_an_old_accept_link_after_a_decline_changes_nothing(
    harness: Harness, client: httpx.AsyncClient, feedback: FeedbackTail
) -> None:
    supplier, buyer = await _pair(harness)
    mail = _one(harness, supplier)  # English
    accept, decline = links(mail, "accept")[0], links(mail, "decline")[0]
    assert (await client.post("/links/decline", data={"t": token_of(decline)})).status_code == 200

    replay = await client.post("/links/accept", data={"t": token_of(accept)})
    assert replay.status_code == 409
    assert "was not changed" in replay.text and "You declined" in replay.text
    replay_in_url = await client.post(accept)  # the token in the URL, no form
    assert replay_in_url.status_code == 409
    assert await _decisions(harness, supplier, buyer) == (frozenset(), frozenset({supplier}))
    events = await feedback.events_for((supplier, buyer), 2, timeout_s=3)
    assert [(e.by_sme_id, e.decision) for e in events] == [(supplier, "decline")]


async def test_the_page_shows_the_decision_and_its_form_changes_it_explicitly(
    harness: Harness, client: httpx.AsyncClient, feedback: FeedbackTail
) -> None:
    supplier, buyer = await _pair(harness)
    supplier_mail, buyer_mail = _one(harness, supplier), _one(harness, buyer)
    await client.post("/links/decline", data={"t": token_of(links(supplier_mail, "decline")[0])})

    page = await client.get(links(supplier_mail, "accept")[0])
    assert page.status_code == 200
    assert "You declined" in page.text and "after all" in page.text
    assert await _decisions(harness, supplier, buyer) == (frozenset(), frozenset({supplier}))  # GET changed nothing

    changed = await client.post("/links/accept", data={"t": form_token(page)})
    assert changed.status_code == 200
    assert await _decisions(harness, supplier, buyer) == (frozenset({supplier}), frozenset())
    # The same form again repeats the answer now recorded: harmless, still accepted.
    assert (await client.post("/links/accept", data={"t": form_token(page)})).status_code == 200

    await client.post("/links/accept", data={"t": token_of(links(buyer_mail, "accept")[0])})
    await harness.drain()
    assert len(introductions(harness, supplier)) == 1 and len(introductions(harness, buyer)) == 1
    events = await feedback.events_for((supplier, buyer), 3)
    assert [(e.by_sme_id, e.decision) for e in events] == [
        (supplier, "decline"),
        (supplier, "accept"),
        (buyer, "accept"),
    ]
    # Once introduced, a decline link shows that, with no form to press.
    after = await client.get(links(supplier_mail, "decline")[0])
    assert "introduced you" in after.text and "<form" not in after.text


async def test_a_form_posted_after_the_answer_moved_on_changes_nothing(
    harness: Harness, client: httpx.AsyncClient
) -> None:
    supplier, buyer = await _pair(harness)
    mail = _one(harness, buyer)  # Thai: the page speaks the recipient's language
    accept_page = await client.get(links(mail, "accept")[0])
    stale_form = form_token(accept_page)  # shown while nothing was recorded
    await client.post("/links/decline", data={"t": token_of(links(mail, "decline")[0])})

    late = await client.post("/links/accept", data={"t": stale_form})
    assert late.status_code == 409
    assert "คำตอบของคุณไม่ได้ถูกเปลี่ยน" in late.text
    assert await _decisions(harness, supplier, buyer) == (frozenset(), frozenset({buyer}))
    # A form token is bound to its action like the link it came from.
    assert (await client.post("/links/decline", data={"t": stale_form})).status_code == 400
