"""The dashboard pages that need the matcher, on the real stack: SMEs with no suggestion and why,
the gap report with the coordinator's distance, and the funnel fed by the matcher's real suggestions.

The three services run as processes on the real broker and database; the
dashboard is driven over HTTP as a browser would, with its session cookie and
CSRF tokens.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from clusterlink.localinfra import Endpoints
from services.registry.app import create_app
from services.registry.settings import Settings
from tests.conftest import SESSION_DB_PREFIX
from tests.integration.registry.conftest import DB_PREFIX, wait_ready
from tests.integration.registry.test_dashboard import Browser, Dashboard
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    run_dir: Path = tmp_path_factory.mktemp("unmatched")
    env = {"REGISTRY_GROUP_ID": f"test-{uuid.uuid4().hex[:8]}-registry"}
    with running_stack(infra, SESSION_DB_PREFIX + "unm_", run_dir, env) as s:
        yield s


def _profile(sme_id: str, *, offers: list[str], needs: list[str], stage: str) -> dict[str, Any]:
    return {
        "id": sme_id, "name": f"กลุ่มทอผ้า {sme_id}", "sub_cluster": "ageing_lifestyle_isan", "stage": stage,
        "province": "Khon Kaen", "offers": offers, "needs": needs, "contact_email": f"{sme_id}@example.com",
        "language": "th",
    }  # fmt: skip


def _reasons(html: str) -> dict[str, list[str]]:
    rows = re.findall(r'<tr data-sme="([^"]+)">(.*?)</tr>', html, re.S)
    return {sme: re.findall(r'data-reason="(\w+)"', row) for sme, row in rows}


async def test_smes_with_no_suggestion_are_listed_with_their_reason(stack: RunningStack) -> None:
    run = uuid.uuid4().hex[:6]
    ids = {name: f"unm-{name}-{run}" for name in ("blank", "needsonly", "offersonly", "supplier", "buyer")}
    profiles = [
        _profile(ids["blank"], offers=[], needs=[], stage="downstream"),
        _profile(ids["needsonly"], offers=[], needs=["ระฆังทองเหลืองหล่อมือสำหรับวัด"], stage="downstream"),
        _profile(ids["offersonly"], offers=["bespoke harpsichord tuning"], needs=[], stage="upstream"),
        _profile(ids["supplier"], offers=["organic cotton yarn"], needs=[], stage="upstream"),
        _profile(ids["buyer"], offers=["handwoven cotton scarves"], needs=["organic cotton yarn"], stage="midstream"),
    ]
    coordinator = {"Authorization": f"Bearer {stack.api_key}"}
    async with httpx.AsyncClient(base_url=stack.registry_url, timeout=30) as http:
        for body in profiles:
            response = await http.post("/v1/smes", json=body, headers=coordinator)
            assert response.status_code == 201, response.text
        browser = Browser(http, stack.api_key)
        assert (await browser.login()).status_code == 303

        expected = {
            ids["blank"]: ["no_needs", "no_offers"],
            ids["needsonly"]: ["no_offers", "nothing_matches"],
            ids["offersonly"]: ["no_needs", "nothing_matches"],
        }
        deadline = time.monotonic() + 90
        while True:  # until the matcher has indexed all five
            page = await http.get("/dashboard/unmatched")
            assert page.status_code == 200, page.text
            listed = {sme: reasons for sme, reasons in _reasons(page.text).items() if sme.endswith(run)}
            if listed == expected or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.5)
    # The pair that matches each other is not listed: the matcher holds a partner for each.
    assert listed == expected, page.text
    assert "ไม่ได้ระบุสิ่งที่ขาย" not in page.text  # English unless Thai is chosen
    assert "no offers stated" in page.text

    # The supplier and the buyer were suggested to each other by the real matcher: the funnel counts them.
    async with httpx.AsyncClient(base_url=stack.registry_url, timeout=30) as http:
        browser = Browser(http, stack.api_key)
        assert (await browser.login()).status_code == 303
        for _ in range(120):
            funnel = await http.get("/dashboard/funnel")
            total = re.search(r'data-group="total">.*?<tfoot>.*?data-stage="suggested">(\d+)<', funnel.text, re.S)
            if total is not None and int(total.group(1)) >= 1:
                break
            await asyncio.sleep(0.5)
        assert total is not None and int(total.group(1)) >= 1, funnel.text


def _gap_rows(html: str, kind: str) -> set[str]:
    tables = re.findall(rf'<table data-kind="{kind}">(.*?)</table>', html, re.S)
    return {firm for table in tables for firm in re.findall(r'<tr data-firm="([^"]+)">', table)}


async def test_the_gap_report_lists_unmet_needs_unwanted_offers_and_far_suppliers_at_the_chosen_distance(
    stack: RunningStack,
) -> None:
    run = uuid.uuid4().hex[:6]
    north, south, bells, tuning = (f"gap-{n}-{run}" for n in ("north", "south", "bells", "tuning"))
    far_buyer = _profile(north, offers=["hemp tote bags"], needs=["organic cotton yarn"], stage="downstream")
    far_supplier = _profile(south, offers=["organic cotton yarn"], needs=[], stage="upstream")
    profiles = [
        far_buyer | {"province": "Chiang Rai", "sub_cluster": "sportech"},
        far_supplier | {"province": "Narathiwat", "sub_cluster": "sportech"},
        _profile(bells, offers=[], needs=["ระฆังทองเหลืองหล่อมือสำหรับวัด"], stage="downstream"),
        _profile(tuning, offers=["bespoke harpsichord tuning"], needs=[], stage="upstream"),
    ]
    async with httpx.AsyncClient(base_url=stack.registry_url, timeout=120) as http:
        for body in profiles:
            response = await http.post("/v1/smes", json=body, headers={"Authorization": f"Bearer {stack.api_key}"})
            assert response.status_code == 201, response.text
        browser = Browser(http, stack.api_key)
        assert (await browser.login()).status_code == 303

        default = await http.get("/dashboard/gaps")
        assert default.status_code == 200, default.text
        assert 'name="max_km" type="number" min="1" max="2000" step="any" value="300"' in default.text
        assert north in _gap_rows(default.text, "far_needs")  # Chiang Rai to Narathiwat: over 1,000 km
        assert bells in _gap_rows(default.text, "unmet_needs")
        assert "ระฆังทองเหลืองหล่อมือสำหรับวัด" in default.text  # Thai text as written
        assert tuning in _gap_rows(default.text, "unwanted_offers")
        assert south not in _gap_rows(default.text, "unwanted_offers")  # the northern buyer wants it
        section = re.search(r'<section data-sub-cluster="sportech">(.*?)</section>', default.text, re.S)
        assert section is not None and north in section.group(1)

        wide = await http.get("/dashboard/gaps", params={"max_km": "2000"})
        assert wide.status_code == 200
        assert north not in _gap_rows(wide.text, "far_needs")
        assert bells in _gap_rows(wide.text, "unmet_needs")

        # The coverage shown is kept only while no profile changes: a new SME's unmet need shows at once.
        gongs = f"gap-gongs-{run}"
        body = _profile(gongs, offers=[], needs=["ฆ้องทองเหลืองหล่อมือสำหรับวัด"], stage="downstream")
        response = await http.post("/v1/smes", json=body, headers={"Authorization": f"Bearer {stack.api_key}"})
        assert response.status_code == 201, response.text
        again = await http.get("/dashboard/gaps")
        assert {bells, gongs} <= _gap_rows(again.text, "unmet_needs")

        for bad in ("abc", "0", "nan", "1e9"):
            refused = await http.get("/dashboard/gaps", params={"max_km": bad})
            assert refused.status_code == 422, bad
            assert "max_km" in refused.text


@pytest.fixture(scope="module")
async def keyless(registry_settings_factory: Callable[..., Settings]) -> AsyncIterator[Dashboard]:
    api_key = "clk_nokey_" + secrets.token_urlsafe(24)
    settings = registry_settings_factory(api_key, db_prefix=f"{DB_PREFIX}nokey{uuid.uuid4().hex[:6]}_")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        board = Dashboard(app, api_key, settings)
        await wait_ready(board.api)
        yield board


async def test_without_a_key_for_the_matcher_the_pages_say_so(keyless: Dashboard) -> None:
    browser = keyless.browser()
    assert (await browser.login()).status_code == 303
    for path in ("/dashboard/unmatched", "/dashboard/gaps"):
        page = await browser.http.get(path)
        assert page.status_code == 503
        assert "REGISTRY_MATCHER_API_KEY" in page.text


async def test_the_matchers_coverage_endpoint_is_for_coordinators_only(stack: RunningStack) -> None:
    sme_id = f"cov-{uuid.uuid4().hex[:6]}"
    body = {"profiles": [{"id": sme_id, "sub_cluster": "sportech", "stage": "upstream", "province": "Trang"}]}
    async with httpx.AsyncClient(base_url=stack.matcher_url, timeout=60) as matcher:
        assert (await matcher.post("/v1/value-chain/coverage", json=body)).status_code == 401
        async with httpx.AsyncClient(base_url=stack.registry_url) as registry:
            registered = await registry.post(
                "/v1/smes",
                json=_profile(sme_id, offers=["latex"], needs=[], stage="upstream"),
                headers={"Authorization": f"Bearer {stack.api_key}"},
            )
        assert registered.status_code == 201, registered.text
        sme = {"Authorization": f"Bearer {registered.json()['sme_token']}"}
        assert (await matcher.post("/v1/value-chain/coverage", json=body, headers=sme)).status_code == 403
        coordinator = {"Authorization": f"Bearer {stack.api_key}"}
        twice = {"profiles": body["profiles"] * 2}
        refused = await matcher.post("/v1/value-chain/coverage", json=twice, headers=coordinator)
        assert refused.status_code == 422
        assert "sent twice" in refused.text
        answered = await matcher.post("/v1/value-chain/coverage", json=body, headers=coordinator)
        assert answered.status_code == 200
        assert [f["id"] for f in answered.json()["firms"]] == [sme_id]
