"""The funnel and the introductions export, from suggestions and answers on the real Kafka topics.

The test plays the matcher and the notifier: it publishes `MatchSuggestedV1` and
`MatchFeedbackV1` events on `match.suggestions` and `match.feedback` of the real
broker, and reads what the registry's own read model makes of them through the
dashboard. The events are dated in a week of 2020 that nothing else uses, so the
counts of that week are this test's own.
"""

from __future__ import annotations

import asyncio
import csv
import io
import re
import secrets
import time
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import openpyxl  # type: ignore[import-untyped]
import pytest
from aiokafka import AIOKafkaProducer

from clusterlink.localinfra import Endpoints
from services.registry.app import create_app
from services.registry.dashboard.funnel_store import COLLECTION
from services.registry.settings import Settings
from shared.events import Event, MatchFeedbackV1, MatchSuggestedV1, suggestion_id
from shared.mongo import create_client, get_database
from shared.topics import MATCH_FEEDBACK, MATCH_SUGGESTIONS
from tests.integration.registry.conftest import DB_PREFIX, profile_payload, unique_id, wait_ready
from tests.integration.registry.test_dashboard import THAI_NAME, Browser, Dashboard

pytestmark = pytest.mark.integration

MONDAY = datetime(2020, 3, 2, 9, 0, tzinfo=UTC)  # ISO week 2020-W10
WEEK = "2020-W10"
FORMULA_NAME = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture(scope="module")
async def dashboard(registry_settings_factory: Callable[..., Settings]) -> AsyncIterator[Dashboard]:
    api_key = "clk_funnel_" + secrets.token_urlsafe(24)
    settings = registry_settings_factory(
        api_key,
        db_prefix=f"{DB_PREFIX}fun{uuid.uuid4().hex[:6]}_",
        group_id=f"test-funnel-{uuid.uuid4().hex[:8]}",  # its own consumer group: it sees every event
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        board = Dashboard(app, api_key, settings)
        await wait_ready(board.api)
        yield board


@pytest.fixture
async def signed_in(dashboard: Dashboard) -> AsyncIterator[Browser]:
    browser = dashboard.browser()
    assert (await browser.login()).status_code == 303
    yield browser
    await browser.http.aclose()


@pytest.fixture
async def publish(infra: Endpoints) -> AsyncIterator[Callable[[str, str, Event], asyncio.Future[None]]]:
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()

    async def send(topic: str, key: str, event: Event) -> None:
        await producer.send_and_wait(topic, event.to_bytes(), key=key.encode())

    try:
        yield send  # type: ignore[misc]
    finally:
        await producer.stop()


async def _register(dashboard: Dashboard, sme_id: str, **changes: object) -> None:
    response = await dashboard.api.post(
        "/v1/smes", json=profile_payload(sme_id, **changes), headers=dashboard.coordinator
    )
    assert response.status_code == 201, response.text


def _suggested(supplier: str, buyer: str, recipient: str, at: datetime) -> MatchSuggestedV1:
    return MatchSuggestedV1(
        suggestion_id=suggestion_id(supplier, buyer, 1, 1), recipient_id=recipient,
        recipient_role="supplier" if recipient == supplier else "buyer", supplier_id=supplier, buyer_id=buyer,
        supplier_version=1, buyer_version=1, score=0.8, rank=1, occurred_at=at,
    )  # fmt: skip


def _answer(supplier: str, buyer: str, by: str, decision: str, at: datetime) -> MatchFeedbackV1:
    return MatchFeedbackV1(
        suggestion_id=suggestion_id(supplier, buyer, 1, 1), supplier_id=supplier, buyer_id=buyer,
        by_sme_id=by, decision=decision, occurred_at=at,
    )  # fmt: skip


def _week_row(html: str, group: str) -> dict[str, int] | None:
    table = re.search(rf'<table [^>]*data-group="{group}">(.*?)</table>', html, re.S)
    if table is None:
        return None
    row = re.search(rf'<th scope="row">{WEEK}</th>(.*?)</tr>', table.group(1), re.S)
    if row is None:
        return None
    return {stage: int(n) for stage, n in re.findall(r'data-stage="(\w+)">(\d+)<', row.group(1))}


async def _funnel_until(browser: Browser, group: str, expected: dict[str, int], timeout_s: float = 60) -> str:
    deadline = time.monotonic() + timeout_s
    while True:
        page = await browser.http.get("/dashboard/funnel")
        assert page.status_code == 200
        if _week_row(page.text, group) == expected or time.monotonic() > deadline:
            assert _week_row(page.text, group) == expected, page.text
            return page.text
        await asyncio.sleep(0.5)


def _stages(suggested: int, one: int, both: int, introduced: int) -> dict[str, int]:
    return {"suggested": suggested, "accepted_one": one, "accepted_both": both, "introduced": introduced}


async def test_the_funnel_counts_each_pair_once_per_stage_by_week_and_sub_cluster_and_exports_introductions(
    dashboard: Dashboard, signed_in: Browser, publish: Callable[[str, str, Event], asyncio.Future[None]]
) -> None:
    weaver, dyer, grower, resort = (unique_id(n) for n in ("weaver", "dyer", "grower", "resort"))
    await _register(dashboard, weaver, name=THAI_NAME)
    await _register(dashboard, dyer, name=FORMULA_NAME)
    await _register(dashboard, grower, sub_cluster="hemp_natural_fibre", stage="upstream")
    await _register(dashboard, resort, stage="downstream")
    t = [MONDAY + timedelta(hours=h) for h in range(10)]
    events: list[tuple[str, str, Event]] = [
        # weaver -> dyer: suggested to both sides, both accept: introduced.
        (MATCH_SUGGESTIONS, dyer, _suggested(weaver, dyer, dyer, t[0])),
        (MATCH_SUGGESTIONS, weaver, _suggested(weaver, dyer, weaver, t[0])),
        (MATCH_FEEDBACK, "a", _answer(weaver, dyer, weaver, "accept", t[1])),
        (MATCH_FEEDBACK, "a", _answer(weaver, dyer, dyer, "accept", t[2])),
        # grower (hemp) -> weaver: only the grower accepts.
        (MATCH_SUGGESTIONS, weaver, _suggested(grower, weaver, weaver, t[0])),
        (MATCH_FEEDBACK, "b", _answer(grower, weaver, grower, "accept", t[3])),
        # weaver -> resort: the resort declines.
        (MATCH_SUGGESTIONS, resort, _suggested(weaver, resort, resort, t[0])),
        (MATCH_FEEDBACK, "c", _answer(weaver, resort, resort, "decline", t[4])),
    ]
    for topic, key, event in events:
        await publish(topic, key, event)
    await _funnel_until(signed_in, "total", _stages(3, 2, 1, 1))

    # Every event again (a redelivery): nothing changes.
    for topic, key, event in events:
        await publish(topic, key, event)
    marker = unique_id("marker")
    await _register(dashboard, marker)
    await publish(MATCH_SUGGESTIONS, marker, _suggested(marker, weaver, marker, t[5]))
    html = await _funnel_until(signed_in, "total", _stages(4, 2, 1, 1))  # the marker came after the replays
    assert _week_row(html, "ageing_lifestyle_isan") == _stages(4, 2, 1, 1)
    assert _week_row(html, "hemp_natural_fibre") == _stages(1, 1, 0, 0)
    assert _week_row(html, "sportech") is None

    exported = await signed_in.http.get("/dashboard/introductions.csv")
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert exported.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    [row] = [r for r in rows if r["supplier_id"] == weaver]
    assert (row["buyer_id"], row["supplier_name"]) == (dyer, THAI_NAME)
    assert row["buyer_name"] == "'" + FORMULA_NAME  # a formula is shown as text, never run
    assert row["introduced_at"] == "2020-03-02 11:00:00 UTC"
    assert THAI_NAME.encode("utf-8") in exported.content
    assert not any(r["supplier_id"] in (grower,) or r["buyer_id"] == resort for r in rows)

    workbook = await signed_in.http.get("/dashboard/introductions.xlsx")
    assert workbook.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.content)).active
    header = [cell.value for cell in sheet[1]]
    [found] = [r for r in sheet.iter_rows(min_row=2) if r[header.index("supplier_id")].value == weaver]
    name = found[header.index("buyer_name")]
    assert (name.value, name.data_type) == (FORMULA_NAME, "s")
    assert found[header.index("supplier_name")].value == THAI_NAME


async def test_an_erased_sme_leaves_the_funnel_and_its_rows_are_deleted(
    dashboard: Dashboard, signed_in: Browser, infra: Endpoints,
    publish: Callable[[str, str, Event], asyncio.Future[None]],
) -> None:  # fmt: skip
    supplier, buyer = unique_id("erasedsup"), unique_id("erasedbuy")
    for sme in (supplier, buyer):
        await _register(dashboard, sme, sub_cluster="sportech")
    later = MONDAY + timedelta(days=1)
    await publish(MATCH_SUGGESTIONS, buyer, _suggested(supplier, buyer, buyer, later))
    await publish(MATCH_FEEDBACK, "e", _answer(supplier, buyer, buyer, "accept", later))
    await _funnel_until(signed_in, "sportech", _stages(1, 1, 0, 0))

    erased = await dashboard.api.delete(f"/v1/smes/{buyer}", headers=dashboard.coordinator)
    assert erased.status_code == 204, erased.text
    client = create_client(infra.mongodb_url)
    try:
        pairs = get_database(client, dashboard.settings.database_name)[COLLECTION]
        for _ in range(120):  # the erasure's tombstone reaches the read model through Kafka
            if not await pairs.count_documents({"buyer_id": buyer}):
                break
            await asyncio.sleep(0.5)
        assert await pairs.count_documents({"$or": [{"buyer_id": buyer}, {"supplier_id": buyer}]}) == 0
    finally:
        client.close()
    html = (await signed_in.http.get("/dashboard/funnel")).text
    assert _week_row(html, "sportech") is None
    # A suggestion still in flight for the erased SME does not bring it back.
    await publish(MATCH_SUGGESTIONS, supplier, _suggested(supplier, buyer, supplier, later))
    marker = unique_id("marker")
    await _register(dashboard, marker, sub_cluster="sportech")
    await publish(MATCH_SUGGESTIONS, marker, _suggested(marker, supplier, marker, later))
    await _funnel_until(signed_in, "sportech", _stages(1, 0, 0, 0))
