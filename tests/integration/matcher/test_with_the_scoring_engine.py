"""The service around the real scoring engine: Thai and English SMEs find each other."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest

from clusterlink.localinfra import Endpoints
from tests.integration.matcher.conftest import (
    MatcherUnderTest,
    TopicTail,
    make_profile,
    matcher_settings,
    running_matcher,
    scoped_real_engine,
    suggestions_in,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def real_matcher(infra: Endpoints) -> AsyncIterator[MatcherUnderTest]:
    settings = matcher_settings(infra, group_id=f"matcher-real-{uuid.uuid4().hex[:8]}", db_name="real")
    async with running_matcher(infra, settings, scoped_real_engine()) as m:
        yield m


async def test_a_thai_spinner_and_an_english_weaver_are_suggested_to_each_other(
    real_matcher: MatcherUnderTest, suggestions: TopicTail, uid: str
) -> None:
    spinner = make_profile(
        f"spin-{uid}",
        name="วิสาหกิจชุมชนปั่นด้ายกัญชงบ้านนาแก",
        stage="upstream",
        province="Loei",
        offers=("เส้นด้ายกัญชงปั่นมือ ย้อมสีธรรมชาติ",),
        language="th",
    )
    weaver = make_profile(
        f"weave-{uid}",
        stage="midstream",
        province="Loei",
        offers=("handwoven hemp fabric",),
        needs=("hand-spun hemp yarn, naturally dyed",),
    )
    await real_matcher.publish_profile(spinner)
    registered = await real_matcher.publish_profile(weaver)

    await suggestions.wait_for(lambda r: r.key == weaver.id.encode(), timeout_s=60)
    await suggestions.wait_for(lambda r: r.key == spinner.id.encode(), timeout_s=60)
    sent = {(s.recipient_id, s.recipient_role): s for s in suggestions_in(suggestions)}
    to_weaver, to_spinner = sent[(weaver.id, "buyer")], sent[(spinner.id, "supplier")]
    assert (to_weaver.supplier_id, to_weaver.buyer_id) == (spinner.id, weaver.id)
    assert to_spinner.suggestion_id == to_weaver.suggestion_id
    # Reasons speak to each recipient, in both languages.
    assert to_weaver.reasons and all(r.text_en and r.text_th for r in to_weaver.reasons)
    # The weaver's registration made the pair: both suggestions carry its correlation id.
    assert to_weaver.correlation_id == to_spinner.correlation_id == registered.correlation_id

    listed = await real_matcher.wait_for_list(weaver.id, "suppliers", lambda ids: bool(ids))
    assert listed[0] == spinner.id
    body = (await real_matcher.recommendations(weaver.id, "suppliers", k=1)).json()
    assert 0 < body["items"][0]["score"] <= 1 and len(body["items"]) == 1
