"""The dashboard's value-chain page, its parts without the stack: the matcher's links read in bulk
(or SME by SME from a matcher that does not serve them in bulk), and the picture drawn with them."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from services.registry.dashboard.matcher_client import MatcherClient, MatcherUnavailable
from services.registry.dashboard.value_chain import firms_only_view, linked_view
from shared.events import SmeProfileV1
from shared.value_chain import Cluster, LinkKind

DEMO = Cluster.from_json(json.loads((Path(__file__).parent / "data" / "demo_cluster.json").read_text("utf-8")))


def _matcher(answer: httpx.MockTransport) -> MatcherClient:
    return MatcherClient(httpx.AsyncClient(base_url="http://matcher", transport=answer))


async def test_the_links_are_read_at_once_and_kept_to_the_smes_asked_about() -> None:
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        links = [
            {"supplier_id": "a", "buyer_id": "b", "score": 0.7},
            {"supplier_id": "a", "buyer_id": "x", "score": 0.9},  # x: not an SME the registry holds
        ]
        return httpx.Response(200, json={"smes": 3, "links": links})

    assert await _matcher(httpx.MockTransport(answer)).suggested_links(["a", "b"]) == {("a", "b"): 0.7}
    assert asked == ["/v1/value-chain/links"]


async def test_a_matcher_without_the_bulk_answer_is_asked_sme_by_sme() -> None:
    lists = {
        ("a", "buyers"): [{"partner_id": "b", "score": 0.6}],
        ("b", "suppliers"): [{"partner_id": "a", "score": 0.65}, {"partner_id": "c", "score": 0.5}],
        ("c", "buyers"): [{"partner_id": "b", "score": 0.5}],
    }

    def answer(request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/")
        if parts[2] != "smes" or parts[3] == "gone":
            return httpx.Response(404, json={"detail": "Not Found"})
        items = lists.get((parts[3], request.url.params["direction"]), [])
        return httpx.Response(200, json={"items": items})

    found = await _matcher(httpx.MockTransport(answer)).suggested_links(["a", "b", "c", "gone"])
    assert found == {("a", "b"): 0.65, ("c", "b"): 0.5}


@pytest.mark.parametrize("failure", ["500", "unreachable", "garbled"])
async def test_a_matcher_that_cannot_answer_is_unavailable(failure: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if failure == "unreachable":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(500) if failure == "500" else httpx.Response(200, json={"nothing": []})

    with pytest.raises(MatcherUnavailable):
        await _matcher(httpx.MockTransport(answer)).suggested_links(["a"])


def test_the_picture_draws_suggested_and_established_links_and_names_the_missing_links() -> None:
    firms = replace(DEMO, links=())
    suggested = {(k.supplier_id, k.buyer_id): k.score for k in DEMO.links if k.kind is LinkKind.SUGGESTED}
    established = [("demo-012", "demo-038")]
    view = linked_view(firms, suggested, established, "en")
    assert view.established == 1 and view.suggested > 0
    assert 'data-kind="established"' in view.svg and 'data-kind="suggested"' in view.svg
    assert "1 established links" in view.svg
    assert any(
        "no supplier of “mulberry leaves for silkworm rearing” for Surin Golden Cocoon Silk Reelers" in c.missing
        for c in view.missing
    )
    assert view.complete and all(not c.missing for c in view.complete)
    assert len(view.missing) <= 10 and view.missing_total >= len(view.missing)


def test_a_focus_draws_its_neighbourhood_firm_by_firm_with_its_missing_link() -> None:
    firms = replace(DEMO, links=())
    suggested = {(k.supplier_id, k.buyer_id): k.score for k in DEMO.links if k.kind is LinkKind.SUGGESTED}
    reelers = next(f for f in DEMO.firms if f.name.startswith("Surin Golden Cocoon Silk Reelers"))
    assert linked_view(firms, suggested, [], "en").neighbourhood_svg == ""  # none asked for
    view = linked_view(firms, suggested, [("demo-012", "demo-038")], "en", focus=reelers.id)
    svg = view.neighbourhood_svg
    assert f'data-firm="{reelers.id}"' in svg and reelers.name in svg
    assert f'data-missing="{reelers.id}"' in svg and 'data-need="mulberry leaves for silkworm rearing"' in svg
    assert 'data-kind="established"' in svg and 'data-kind="suggested"' in svg
    hemp = linked_view(firms, suggested, [], "th", focus="hemp_natural_fibre").neighbourhood_svg
    hemp_firms = {f.id for f in DEMO.firms if f.sub_cluster.value == "hemp_natural_fibre"}
    drawn = set(re.findall(r'data-firm="([^"]+)"', hemp))
    assert drawn and drawn <= hemp_firms


def test_without_the_matcher_the_firms_and_the_introductions_are_drawn_escaped() -> None:
    def profile(sme_id: str, name: str, stage: str, offers: tuple[str, ...]) -> SmeProfileV1:
        return SmeProfileV1(
            id=sme_id, name=name, sub_cluster="sportech", stage=stage, province="Trang", offers=offers,
            contact_email=f"{sme_id}@example.com", language="en",
        )  # fmt: skip

    profiles = [profile("s", "<script>alert(1)</script>", "upstream", ("latex",)), profile("b", "B", "downstream", ())]
    view = firms_only_view(profiles, [("s", "b"), ("s", "erased")], "en")
    assert (view.suggested, view.established) == (0, 1)
    assert 'data-kind="established"' in view.svg and "<script>" not in view.svg
    assert view.missing == [] and view.complete == []


async def test_the_registry_reads_what_the_matchers_links_route_answers() -> None:
    from fastapi import FastAPI

    from services.matcher.links_api import build_links_router
    from services.matcher.ranked_lists import Direction, ListEntry, RankedList
    from shared.access import AccessSettings
    from shared.credentials import hash_secret

    key = "clk_test_links_contract_0123456789abcdef"

    def index_list(sme_id: str, direction: Direction) -> RankedList:
        entries = (ListEntry("b", 1, 0.7),) if (sme_id, direction) == ("a", "buyers") else ()
        return RankedList(sme_id, direction, 1, entries)

    app = FastAPI()
    access = AccessSettings(coordinator_key_hashes=(hash_secret(key),))
    app.include_router(build_links_router(lambda: ["a", "b"], index_list, lambda: True, access))
    http = httpx.AsyncClient(
        base_url="http://matcher", transport=httpx.ASGITransport(app=app), headers={"Authorization": f"Bearer {key}"}
    )
    assert await MatcherClient(http).suggested_links(["a", "b"]) == {("a", "b"): 0.7}
