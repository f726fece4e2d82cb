"""The value-chain picture and the neighbourhood drawing: golden SVG files, and what they must contain.

The golden files pin the exact output (set UPDATE_GOLDEN=1 to rewrite them after
a deliberate change, then read the diff); the other tests check the content
against the cluster itself, so a golden file rewritten with a bug still fails.
The demo fixture is `clusterlink report`'s reading of demo/cluster.jsonl, stored
so that these tests do not change when the matcher does.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from shared.value_chain import Cluster, LinkKind, gap_report
from shared.value_chain.flow_picture import draw_flows
from shared.value_chain.flows import OTHER, summarise
from shared.value_chain.neighbourhood import draw_neighbourhood
from shared.value_chain.svg import render_svg
from tests.unit.report.factories import hemp_cluster

HERE = Path(__file__).resolve().parent
SVG = "{http://www.w3.org/2000/svg}"
MIN_SCORE = 0.35


@pytest.fixture(scope="module")
def demo() -> Cluster:
    return Cluster.from_json(json.loads((HERE / "data" / "demo_cluster.json").read_text(encoding="utf-8")))


def _golden(name: str, text: str) -> None:
    path = HERE / "golden" / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; UPDATE_GOLDEN=1 rewrites it"


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # our own output, not untrusted XML


def _texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def test_demo_value_chain_matches_its_golden_file(demo: Cluster) -> None:
    _golden("demo-value-chain.svg", render_svg(draw_flows(demo, summarise(demo, min_score=MIN_SCORE))))


def test_demo_neighbourhood_matches_its_golden_file(demo: Cluster) -> None:
    scene = draw_neighbourhood(demo, gap_report(demo), "demo-010", min_score=MIN_SCORE)
    _golden("demo-neighbourhood-demo-010.svg", render_svg(scene))


def test_every_link_over_the_threshold_is_drawn_once(demo: Cluster) -> None:
    summary = summarise(demo, min_score=MIN_SCORE)
    root = _parse(render_svg(draw_flows(demo, summary)))
    drawn = sum(int(e.get("data-suggested", 0)) for e in root.iter(f"{SVG}path") if e.get("data-kind") != "established")
    strong = [k for k in demo.links if k.score >= MIN_SCORE]
    assert summary.hidden_links == 0  # the demo is small enough to draw whole
    assert drawn + summary.inner_links == len(strong)
    assert f"{len(strong)} suggested links" in root.findtext(f"{SVG}title", "")


def test_groups_are_stage_sub_cluster_and_concept_with_their_firms(demo: Cluster) -> None:
    root = _parse(render_svg(draw_flows(demo, summarise(demo, min_score=MIN_SCORE))))
    groups = {e.get("data-group"): int(e.get("data-firms", 0)) for e in root.iter(f"{SVG}rect") if e.get("data-group")}
    assert sum(groups.values()) == len(demo.firms) == 38
    # read off demo/cluster.jsonl: the banana growers, the rPET yarn spinner, the hospital that only buys
    assert groups["upstream/hemp_natural_fibre/stem@banana"] == 1
    assert groups["upstream/sportech/yarn@polyester"] == 1
    assert "downstream/ageing_lifestyle_isan/*buyers" in groups
    assert {g.split("/")[0] for g in groups} == {"upstream", "midstream", "downstream"}
    labels = _texts(root)
    assert "banana stem (1)" in labels and "Upstream" in labels and "Downstream" in labels


def test_flows_run_from_the_suppliers_group_to_the_buyers_group(demo: Cluster) -> None:
    root = _parse(render_svg(draw_flows(demo, summarise(demo, min_score=MIN_SCORE))))
    flows = {(e.get("data-source"), e.get("data-target")) for e in root.iter(f"{SVG}path") if e.get("data-source")}
    # demo-001 (banana stems) supplies demo-002 (banana fibre weaving): a suggested link in the fixture
    assert ("upstream/hemp_natural_fibre/stem@banana", "midstream/hemp_natural_fibre/fabric@banana") in flows
    # cutting waste goes back from the recycled-knit mill to the fibre recycler: drawn as a return
    returns = [e for e in root.iter(f"{SVG}path") if e.get("data-kind") == "return"]
    assert returns and all(e.get("stroke-dasharray") for e in returns)


def test_established_links_are_drawn_apart_from_suggested_ones() -> None:
    cluster = hemp_cluster(established=True)
    root = _parse(render_svg(draw_flows(cluster, summarise(cluster, min_score=MIN_SCORE))))
    kinds = Counter(e.get("data-kind") for e in root.iter(f"{SVG}path") if e.get("data-kind"))
    assert kinds == {"suggested": 3, "established": 1}
    established = next(e for e in root.iter(f"{SVG}path") if e.get("data-kind") == "established")
    assert established.get("data-source") == "upstream/hemp_natural_fibre/yarn@hemp"
    assert float(established.get("fill-opacity", 0)) > 0.5  # dark; suggestions are light


def test_small_groups_fold_into_other_and_small_flows_are_counted(demo: Cluster) -> None:
    summary = summarise(demo, min_score=MIN_SCORE, max_groups=3, max_flows=5)
    assert len(summary.flows) == 5 and summary.hidden_flows > 0
    per_stage = Counter(g.key.stage for g in summary.groups if g.key.concept != OTHER)
    assert max(per_stage.values()) <= 3
    assert sum(g.firms for g in summary.groups) == 38
    root = _parse(render_svg(draw_flows(demo, summary)))
    assert any("smaller flows not drawn" in t for t in _texts(root))


def test_neighbourhood_of_an_sme_shows_its_partners_by_stage_and_its_missing_links(demo: Cluster) -> None:
    root = _parse(render_svg(draw_neighbourhood(demo, gap_report(demo), "demo-010", min_score=MIN_SCORE)))
    boxes = {e.get("data-firm"): e for e in root.iter(f"{SVG}rect") if e.get("data-firm")}
    assert boxes["demo-010"].get("stroke-width") == "3"
    partners = {k.buyer_id for k in demo.links if k.supplier_id == "demo-010" and k.score >= MIN_SCORE}
    partners |= {k.supplier_id for k in demo.links if k.buyer_id == "demo-010" and k.score >= MIN_SCORE}
    assert partners <= set(boxes)
    assert "กลุ่มทอผ้าฝ้ายบ้านหนองสอ" in _texts(root)  # Thai names as written
    # boxes of one stage share a column, and columns run upstream -> downstream
    x = {f: float(b.get("x", 0)) for f, b in boxes.items()}
    stage = {f: demo.firm(f).stage.position for f in boxes if f}
    assert all(x[a] < x[b] for a in stage for b in stage if stage[a] < stage[b])
    # the demo's garment maker (a partner) needs velcro and zips nobody offers: named in a red box
    missing = [e.get("data-need") for e in root.iter(f"{SVG}rect") if e.get("data-missing") == "demo-011"]
    assert missing == ["แถบตีนตุ๊กแกและซิปสำหรับตัดเย็บ"]


def test_neighbourhood_of_a_sub_cluster_shows_only_its_firms(demo: Cluster) -> None:
    root = _parse(render_svg(draw_neighbourhood(demo, gap_report(demo), "sportech", min_score=MIN_SCORE)))
    firms = {e.get("data-firm") for e in root.iter(f"{SVG}rect") if e.get("data-firm")}
    assert firms == {f.id for f in demo.firms if f.sub_cluster.value == "sportech"}


def test_names_are_escaped_and_the_svg_stays_well_formed() -> None:
    cluster = hemp_cluster()
    svg = render_svg(draw_neighbourhood(cluster, gap_report(cluster), "weaver"))
    assert "Lanna &lt;Hemp&gt; &amp; Loom" in svg and "<Hemp>" not in svg
    assert "Lanna <Hemp> & Loom" in _texts(_parse(svg))


def test_rendering_is_deterministic(demo: Cluster) -> None:
    first = render_svg(draw_flows(demo, summarise(demo, min_score=MIN_SCORE), "th"))
    again = Cluster.from_json(json.loads(json.dumps(demo.to_json())))
    assert render_svg(draw_flows(again, summarise(again, min_score=MIN_SCORE), "th")) == first
    assert "ต้นน้ำ" in first and "ต้นกล้วย" in first  # Thai labels: stage, and banana stem


def test_links_under_the_threshold_are_not_drawn() -> None:
    cluster = hemp_cluster()
    summary = summarise(cluster, min_score=MIN_SCORE)
    assert summary.suggested == sum(1 for k in cluster.links if k.kind is LinkKind.SUGGESTED and k.score >= MIN_SCORE)


def test_five_thousand_smes_still_make_a_picture_of_bounded_size() -> None:
    """Thousands of SMEs with hundreds of concepts: at most 14 named bars a stage, 120 flows, a page-sized picture."""
    from random import Random

    from shared.taxonomy import Stage, SubCluster
    from shared.value_chain import Firm, Link, Phrase

    rng = Random(12)
    stages, subs = list(Stage), list(SubCluster)
    firms = tuple(
        Firm(f"f{i}", f"SME {i}", subs[i % 5], stages[i % 3], "Bangkok",
             offers=(Phrase("goods", f"concept{rng.randrange(300)}"),))
        for i in range(5000)
    )  # fmt: skip
    links = tuple(
        Link(f"f{a}", f"f{b}", LinkKind.SUGGESTED, 0.5, firms[a].offers[0].concept)
        for a, b in ((rng.randrange(5000), rng.randrange(5000)) for _ in range(40000))
        if a != b
    )
    cluster = Cluster(firms=firms, links=links)
    summary = summarise(cluster, min_score=MIN_SCORE)
    named = Counter(g.key.stage for g in summary.groups if g.key.concept != OTHER)
    assert all(n <= 14 for n in named.values())
    assert len(summary.flows) == 120 and summary.hidden_flows > 0
    assert sum(f.links for f in summary.flows) + summary.hidden_links + summary.inner_links == len(links)
    scene = draw_flows(cluster, summary)
    assert scene.height < 1200 and scene.width < 2600


def test_neighbourhood_of_a_big_sub_cluster_starts_from_its_strongest_inner_links() -> None:
    cluster = hemp_cluster()
    root = _parse(render_svg(draw_neighbourhood(cluster, gap_report(cluster), "hemp_natural_fibre", max_firms=2)))
    firms = {e.get("data-firm") for e in root.iter(f"{SVG}rect") if e.get("data-firm")}
    assert firms == {"spinner", "weaver"}  # the 0.95 link inside the sub-cluster
    assert any(t.startswith("+2 ") for t in _texts(root))  # the grower and the bag maker are counted


def test_a_narrow_thai_picture_wraps_its_legend_inside_the_picture() -> None:
    """Three columns (no links yet, as on the dashboard) and the five Thai sub-cluster names: the
    legend takes more rows rather than running past the right edge, and the notes stay below it."""
    from shared.taxonomy import Stage, SubCluster
    from shared.value_chain import Firm, Phrase
    from shared.value_chain.display_width import text_em

    firms = tuple(
        Firm(f"f{i}", f"SME {i}", sub, stage, "Bangkok", offers=(Phrase("goods", f"c{i}"),))
        for i, (sub, stage) in enumerate((s, st) for s in SubCluster for st in Stage)
    )
    scene = draw_flows(Cluster(firms=firms, links=()), summarise(Cluster(firms=firms, links=()), min_score=0.35), "th")
    root = _parse(render_svg(scene))
    texts = {t.text: t for t in root.iter(f"{SVG}text")}
    for sub in SubCluster:
        label = texts[sub.label("th")]
        assert float(label.get("x", 0)) + text_em(sub.label("th")) * 11 <= scene.width, sub
    rows = {float(texts[sub.label("th")].get("y", 0)) for sub in SubCluster}
    assert len(rows) >= 2  # it did wrap
    notes = next(t for t in root.iter(f"{SVG}text") if (t.text or "").startswith("สีเข้ม"))
    assert float(notes.get("y", 0)) > max(rows) and float(notes.get("y", 0)) < scene.height
