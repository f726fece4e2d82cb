"""The dashboard's value-chain picture with the cluster's links, on the real stack: suggested links
from the real matcher's lists, established ones from introductions the registry's funnel recorded,
and the chain suggestions with their missing link named. Without the matcher the page still draws
the SMEs and says why the rest is missing.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from pydantic import SecretStr

from clusterlink.localinfra import Endpoints
from services.registry.app import create_app
from services.registry.settings import Settings
from shared.events import MatchFeedbackV1, suggestion_id
from shared.topics import MATCH_FEEDBACK
from tests.conftest import SESSION_DB_PREFIX
from tests.integration.registry.conftest import DB_PREFIX, wait_ready
from tests.integration.registry.test_dashboard import Browser, Dashboard
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

UNMET_NEED = "slaked lime for indigo fermentation"


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    run_dir: Path = tmp_path_factory.mktemp("value_chain_links")
    # Its own registry database and consumer group: the page draws this test's SMEs only.
    env = {"REGISTRY_GROUP_ID": f"test-{uuid.uuid4().hex[:8]}-registry"}
    with running_stack(infra, SESSION_DB_PREFIX + f"vcl{uuid.uuid4().hex[:4]}_", run_dir, env) as s:
        yield s


def _profile(sme_id: str, name: str, stage: str, offers: list[str], needs: list[str]) -> dict[str, Any]:
    return {
        "id": sme_id, "name": name, "sub_cluster": "ageing_lifestyle_isan", "stage": stage, "province": "Khon Kaen",
        "offers": offers, "needs": needs, "contact_email": f"{sme_id}@example.com", "language": "en",
    }  # fmt: skip


def _bands(svg: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'data-([a-z-]+)="([^"]*)"', tag)) for tag in re.findall(r'<path class="band"[^>]*>', svg)]


def _svg(html: str) -> str:
    found = re.search(r"<svg .*?</svg>", html, re.S)
    assert found is not None, html
    return found.group(0)


async def _accept_both(infra: Endpoints, supplier: str, buyer: str) -> None:
    """Both sides accept the pair, as the notifier's answer pages publish it: the pair is introduced."""
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    try:
        sid = suggestion_id(supplier, buyer, 1, 1)
        now = datetime.now(UTC)
        for n, side in enumerate((supplier, buyer)):
            event = MatchFeedbackV1(
                suggestion_id=sid, supplier_id=supplier, buyer_id=buyer, by_sme_id=side, decision="accept",
                occurred_at=now + timedelta(seconds=n),
            )  # fmt: skip
            await producer.send_and_wait(MATCH_FEEDBACK, event.to_bytes(), key=sid.encode())
    finally:
        await producer.stop()


async def _page_until(http: httpx.AsyncClient, done: Callable[[str], bool], timeout_s: float = 120) -> str:
    deadline = time.monotonic() + timeout_s
    while True:
        page = await http.get("/dashboard/value-chain")
        assert page.status_code == 200, page.text
        if done(page.text) or time.monotonic() > deadline:
            return page.text
        await asyncio.sleep(1)


async def test_the_picture_draws_suggested_and_established_links_and_the_chains_name_the_missing_link(
    stack: RunningStack, infra: Endpoints
) -> None:
    run = uuid.uuid4().hex[:6]
    spinner, weaver, bags = (f"vcl-{n}-{run}" for n in ("spinner", "weaver", "bags"))
    profiles = [
        _profile(spinner, "Khon Kaen <Cotton> Spinners", "upstream", ["organic cotton yarn"], [UNMET_NEED]),
        _profile(weaver, "กลุ่มทอผ้าฝ้ายบ้านโนน", "midstream", ["handwoven cotton fabric"], ["organic cotton yarn"]),
        _profile(bags, "Isan Tote Makers", "downstream", ["cotton tote bags"], ["handwoven cotton fabric"]),
    ]
    coordinator = {"Authorization": f"Bearer {stack.api_key}"}
    async with httpx.AsyncClient(base_url=stack.registry_url, timeout=120) as http:
        for body in profiles:
            response = await http.post("/v1/smes", json=body, headers=coordinator)
            assert response.status_code == 201, response.text
        assert (await Browser(http, stack.api_key).login()).status_code == 303

        def suggested_both_ways(html: str) -> bool:
            bands = _bands(_svg(html))
            return {b["source"].split("/")[0] + ">" + b["target"].split("/")[0] for b in bands} >= {
                "upstream>midstream",
                "midstream>downstream",
            }

        # Until the matcher has indexed the three and listed them as each other's partners.
        page = await _page_until(http, suggested_both_ways)
        svg = _svg(page)
        assert suggested_both_ways(page), svg
        assert 'data-problem="matcher"' not in page
        bands = _bands(svg)
        assert all(b["kind"] == "suggested" and b["established"] == "0" for b in bands)
        spun = [b for b in bands if b["source"].startswith("upstream/") and b["target"].startswith("midstream/")]
        assert spun[0]["source"] == "upstream/ageing_lifestyle_isan/yarn@cotton"
        assert spun[0]["suggested"] == "1"
        assert re.search(r"<title>Value chain of the cluster: 3 SMEs, [1-9]\d* suggested links, 0 established", svg)
        assert "<Cotton>" not in page and "Khon Kaen &lt;Cotton&gt; Spinners" in page

        # The chain the three could form stops at the spinner's need nobody in the cluster meets.
        missing = re.search(r'<section data-chains="missing">(.*?)</section>', page, re.S)
        assert missing is not None, page
        assert f"no supplier of “{UNMET_NEED}” for Khon Kaen &lt;Cotton&gt; Spinners (Khon Kaen)" in missing.group(1)
        assert f'data-firms="{spinner} {weaver} {bags}"' in missing.group(1)

        # Both sides accept weaver -> bags and are introduced: the band turns established.
        await _accept_both(infra, weaver, bags)

        def introduced(html: str) -> bool:
            return any(b["kind"] == "established" for b in _bands(_svg(html)))

        page = await _page_until(http, introduced, timeout_s=60)
        svg = _svg(page)
        established = [b for b in _bands(svg) if b["kind"] == "established"]
        assert len(established) == 1, svg
        assert established[0]["source"].startswith("midstream/ageing_lifestyle_isan/")
        assert established[0]["target"].startswith("downstream/ageing_lifestyle_isan/")
        assert established[0]["established"] == "1"
        assert re.search(r"suggested links, 1 established links</title>", svg)
        assert re.search(r'data-links="counts">\d+ suggested links, 1 established links<', page)

        # The spinner's neighbourhood, firm by firm: its partners, and its unmet need as the missing link.
        around = await http.get("/dashboard/value-chain", params={"focus": spinner})
        assert around.status_code == 200, around.text
        section = re.search(rf'<section data-neighbourhood="{spinner}">(.*?)</section>', around.text, re.S)
        assert section is not None, around.text
        drawn = section.group(1)
        assert f'data-firm="{spinner}"' in drawn and f'data-firm="{weaver}"' in drawn
        assert f'data-missing="{spinner}"' in drawn and f'data-need="{UNMET_NEED}"' in drawn
        assert "<Cotton>" not in drawn
        refused = await http.get("/dashboard/value-chain", params={"focus": "no-such-sme"})
        assert refused.status_code == 422 and "focus" in refused.text


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def test_without_the_matcher_the_page_draws_the_smes_and_says_why(
    registry_settings_factory: Callable[..., Settings],
) -> None:
    api_key = "clk_vcl_" + secrets.token_urlsafe(24)
    settings = registry_settings_factory(
        api_key,
        db_prefix=f"{DB_PREFIX}vclnm{uuid.uuid4().hex[:6]}_",
        matcher_url=f"http://127.0.0.1:{_closed_port()}",
        matcher_api_key=SecretStr("clk_nobody_listens_" + secrets.token_urlsafe(16)),
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        board = Dashboard(app, api_key, settings)
        await wait_ready(board.api)
        run = uuid.uuid4().hex[:6]
        for body in (
            _profile(f"vnm-a-{run}", "Spinners", "upstream", ["organic cotton yarn"], []),
            _profile(f"vnm-b-{run}", "Weavers", "midstream", ["cotton fabric"], ["organic cotton yarn"]),
        ):
            response = await board.api.post("/v1/smes", json=body, headers=board.coordinator)
            assert response.status_code == 201, response.text
        browser = board.browser()
        assert (await browser.login()).status_code == 303
        page = await browser.http.get("/dashboard/value-chain")
    assert page.status_code == 200, page.text
    note = re.search(r'<p class="notice" role="alert" data-problem="matcher">(.*?)</p>', page.text, re.S)
    assert note is not None, page.text
    assert "need the matcher" in note.group(1) and "could not be reached" in note.group(1)
    svg = _svg(page.text)
    assert "2 SMEs, 0 suggested links, 0 established links" in svg
    assert 'data-firms="1"' in svg  # a bar per stage and sub-cluster
    assert "data-chains=" not in page.text
