"""A sweep of hostile input over the notifier's link pages, on real storage: every refusal is a 4xx
page, never a 5xx or a stack trace, and nothing is recorded; names are escaped where shown."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest

from services.notifier.tokens import LinkAction, LinkClaims
from shared.rate_limit import FailureLimiter
from tests.integration.notifier.conftest import Harness, link_pages, unique

pytestmark = pytest.mark.integration

_NEVER_IN_A_PAGE = ("Traceback", 'File "', "Internal Server Error")


@pytest.fixture
async def client(harness: Harness) -> AsyncIterator[httpx.AsyncClient]:
    # Every probe here is a forged token on purpose; the limit has its own test.
    async with link_pages(harness, FailureLimiter(1_000_000, 60.0)) as c:
        yield c


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _clean(response: httpx.Response, *allowed: int) -> None:
    assert response.status_code in allowed, (response.status_code, response.text[:500])
    assert not any(marker in response.text for marker in _NEVER_IN_A_PAGE), response.text[:500]


_FORGED = [
    "",
    ".",
    "a.b",
    "x" * 3000,
    "x" * 60_000,
    "%00",
    "%ff%fe",
    "%ED%A0%80.%ED%A0%80",  # a surrogate encoded as UTF-8
    "ก.ข",
    _b64(b"[" * 1000 + b"]" * 1000) + ".AAAA",
    _b64(b'{"k": ["2027a"], "a": "unsubscribe"}') + ".AAAA",
    _b64(b'{"k": {"$ne": null}}') + ".AAAA",
    _b64(b'{"k": NaN, "e": Infinity}') + ".AAAA",
    _b64(b'{"a": "unsubscribe", "a": "accept"}') + ".AAAA",
    _b64(b"\xff\xfe") + ".AAAA",
    _b64(json.dumps({"a": "unsubscribe", "r": "x", "e": 10**30}).encode()) + "." + "A" * 43,
]


@pytest.mark.parametrize("token", _FORGED, ids=[f"forged-{i}" for i in range(len(_FORGED))])
@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_a_forged_or_malformed_token_is_a_400_page(client: httpx.AsyncClient, method: str, token: str) -> None:
    response = await client.request(method, f"/links/unsubscribe?t={token}")

    # An empty token on a POST is a form without a token: "not a valid link" as well.
    _clean(response, 400)


@pytest.mark.parametrize(
    "path", ["/links/admin", "/links/%2e%2e", "/links/..%2f..%2fetc", "/links/accept%00", "/links/ยกเลิก"]
)
async def test_an_unknown_action_is_a_4xx(client: httpx.AsyncClient, path: str) -> None:
    for method in ("GET", "POST"):
        response = await client.request(method, path + "?t=abc")
        assert 400 <= response.status_code < 500, (path, method, response.status_code)
        assert not any(marker in response.text for marker in _NEVER_IN_A_PAGE)


async def test_content_type_lies_and_hostile_forms_are_refused_and_record_nothing(
    harness: Harness, client: httpx.AsyncClient
) -> None:
    sme_id = unique("lie")
    await harness.add_profile(sme_id)
    token = harness.c.signer.issue(LinkClaims(LinkAction.UNSUBSCRIBE, sme_id, harness.clock.now() + timedelta(days=30)))
    form = "application/x-www-form-urlencoded"
    probes = [
        (json.dumps({"t": token}).encode(), "application/json", (400,)),  # JSON where a form belongs
        (f"t={token}".encode(), "application/json", (400,)),  # a form labelled as JSON
        (f"t={token}".encode(), "text/plain", (400,)),
        (f"t={token}&t={token}".encode(), form, (400,)),  # the token twice: which one?
        (b"t=" + token.encode() + b"%ff\xff", form, (400,)),  # not UTF-8
        ("&".join(f"f{i}=1" for i in range(20)).encode() + f"&t={token}".encode(), form, (400,)),  # too many fields
        (b"--b\r\nContent-Disposition: form-data; name=t\r\n\r\n" + token.encode() + b"\r\n--b--", None, (415,)),
        (b"t=" + b"x" * 5000, form, (413,)),
    ]
    for body, content_type, allowed in probes:
        headers = {"Content-Type": content_type or "multipart/form-data; boundary=b"}
        response = await client.post("/links/unsubscribe", content=body, headers=headers)
        _clean(response, *allowed)

    recipient = await harness.c.recipients.get(sme_id)
    assert recipient is not None and not recipient.unsubscribed


async def test_unknown_query_parameters_do_not_change_what_a_genuine_link_does(
    harness: Harness, client: httpx.AsyncClient
) -> None:
    sme_id = unique("extra")
    await harness.add_profile(sme_id)
    token = harness.c.signer.issue(LinkClaims(LinkAction.UNSUBSCRIBE, sme_id, harness.clock.now() + timedelta(days=30)))

    page = await client.get("/links/unsubscribe", params={"t": token, "r": "someone-else", "a": "accept", "x": "<b>"})

    _clean(page, 200)
    assert "<b>" not in page.text
    recipient = await harness.c.recipients.get(sme_id)
    assert recipient is not None and not recipient.unsubscribed  # a GET changes nothing


async def test_markup_in_a_partners_name_is_escaped_on_the_answer_page(
    harness: Harness, client: httpx.AsyncClient
) -> None:
    me, partner = unique("me"), unique("evil")
    await harness.add_profile(me)
    await harness.add_profile(partner, name='<script>alert("x")</script><img src=x onerror=alert(1)>"\'&')
    event = await harness.suggest(me, partner)
    token = harness.c.signer.issue(
        LinkClaims(
            LinkAction.ACCEPT,
            me,
            harness.clock.now() + timedelta(days=30),
            event.suggestion_id,
            event.supplier_id,
            event.buyer_id,
        )
    )

    page = await client.get("/links/accept", params={"t": token})

    _clean(page, 200)
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;" in page.text
