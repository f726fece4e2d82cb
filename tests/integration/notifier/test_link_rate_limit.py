"""Link pages limit forged tokens per client address: 429 before the next token is checked."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI

from services.notifier.tokens import LinkAction, LinkClaims
from services.notifier.web import attach
from shared.rate_limit import FailureLimiter
from tests.integration.notifier.conftest import Harness, unique

pytestmark = pytest.mark.integration

LIMIT = 3


async def _always_ready() -> dict[str, bool]:
    return {"test": True}


@pytest.fixture
def app(harness: Harness) -> FastAPI:
    app = FastAPI()
    attach(app, _always_ready)
    app.state.components = harness.c
    app.state.link_failures = FailureLimiter(LIMIT, 60.0)
    return app


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notifier.test") as c:
        yield c


def _unsubscribe_token(harness: Harness, sme_id: str, *, expires_in: timedelta) -> str:
    claims = LinkClaims(LinkAction.UNSUBSCRIBE, sme_id, harness.clock.now() + expires_in)
    return harness.c.signer.issue(claims)


def _accept_token(harness: Harness, sme_id: str, *, expires_in: timedelta) -> str:
    claims = LinkClaims(LinkAction.ACCEPT, sme_id, harness.clock.now() + expires_in, "sg-x", sme_id, "other")
    return harness.c.signer.issue(claims)


async def test_forged_link_tokens_past_the_limit_get_429_even_with_a_genuine_one_next(
    harness: Harness, client: httpx.AsyncClient, app: FastAPI
) -> None:
    sme_id = unique("rl")
    await harness.add_profile(sme_id)
    genuine = _unsubscribe_token(harness, sme_id, expires_in=timedelta(days=30))
    forged = genuine[:-4] + ("AAAA" if not genuine.endswith("AAAA") else "BBBB")

    answers = [(await client.get("/links/unsubscribe", params={"t": forged})).status_code for _ in range(LIMIT)]
    blocked = await client.post("/links/unsubscribe", params={"t": genuine})

    assert answers == [400] * LIMIT
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    other_address = httpx.ASGITransport(app=app, client=("192.0.2.9", 5000))
    async with httpx.AsyncClient(transport=other_address, base_url="http://notifier.test") as other:
        assert (await other.get("/links/unsubscribe", params={"t": genuine})).status_code == 200


async def test_expired_genuine_links_do_not_count_as_failures(harness: Harness, client: httpx.AsyncClient) -> None:
    sme_id = unique("rlx")
    await harness.add_profile(sme_id)
    expired = _accept_token(harness, sme_id, expires_in=timedelta(seconds=-1))

    answers = [(await client.get("/links/accept", params={"t": expired})).status_code for _ in range(LIMIT + 2)]

    assert answers == [410] * (LIMIT + 2)
