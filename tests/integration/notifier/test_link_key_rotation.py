"""Rotating the link key on the real stack: links already sent keep working until their key is retired."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from services.notifier.components import Components, build_components
from services.notifier.model import Pair
from services.notifier.settings import Settings
from services.notifier.web import attach
from shared.mongo import create_client, get_database
from tests.integration.notifier.conftest import LINK_SECRET, Harness
from tests.integration.notifier.test_links import _one, _pair, links, token_of

pytestmark = pytest.mark.integration

NEW_KEY = "2027a:Hf7Jt1Yc5GaZq8Lr2Vx6Pn0Wm4Ks9Bd3"

Rebuild = Callable[[Settings], Components]


async def _always_ready() -> dict[str, bool]:
    return {"test": True}


@pytest.fixture
async def rebuild(harness: Harness) -> AsyncIterator[Rebuild]:
    """The notifier restarted with other key settings, on the same database, clock and mail server."""
    client = create_client(harness.c.settings.mongo.url)

    def build(settings: Settings) -> Components:
        db = get_database(client, settings.database_name)
        return build_components(settings, db, clock=harness.clock, sender=harness.c.sender, feedback=harness.c.feedback)

    yield build
    client.close()


def _client(c: Components) -> httpx.AsyncClient:
    app = FastAPI()
    attach(app, _always_ready)
    app.state.components = c
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notifier.test")


async def test_old_links_work_after_rotation_and_stop_when_their_key_is_retired(
    harness: Harness, rebuild: Rebuild
) -> None:
    supplier, buyer = await _pair(harness)  # emailed with links signed by NOTIFIER_LINK_SECRET
    old_accept = links(_one(harness, buyer), "accept")[0]
    old_unsubscribe = links(_one(harness, supplier), "unsubscribe")[0]

    rotated = rebuild(harness.c.settings.model_copy(update={"link_keys": SecretStr(NEW_KEY)}))
    async with _client(rotated) as web:
        assert (await web.get(old_accept)).status_code == 200
        assert (await web.post("/links/accept", data={"t": token_of(old_accept)})).status_code == 200
    assert buyer in (await harness.c.pairs.get(Pair(supplier, buyer))).accepted_by

    # A new email is signed with the newest key; its links name the key.
    new_url = rotated.links.unsubscribe_url(sme_id=supplier, now=harness.clock.now())
    assert rotated.signer.verify(token_of(new_url.removeprefix("http://notifier.test")), now=harness.clock.now())
    assert new_url != harness.c.links.unsubscribe_url(sme_id=supplier, now=harness.clock.now())

    retired = rebuild(
        Settings(**{**harness.c.settings.model_dump(), "link_secret": None, "link_keys": SecretStr(NEW_KEY)})
    )
    async with _client(retired) as web:
        refused = await web.get(old_unsubscribe)
        assert refused.status_code == 400
        assert "not valid" in refused.text
        page = await web.get(new_url.removeprefix("http://notifier.test"))
        assert page.status_code == 200 and "unsubscribe" in page.text.lower()
    assert LINK_SECRET not in new_url
