"""Gap report and chain suggestions on a cluster small enough to check by eye (see factories)."""

from __future__ import annotations

import pytest

from shared.taxonomy import SubCluster
from shared.value_chain import gap_report, suggest_chains
from tests.unit.report.factories import CARE, HEMP, hemp_cluster, need, offer


def test_needs_nobody_offers_with_the_nearest_miss_named() -> None:
    report = gap_report(hemp_cluster())
    unmet = {(g.ref, g.text) for g in report.unmet_needs()}
    assert unmet == {(need("weaver", 1), "natural plant dye"), (need("hospital"), "kraft paper")}
    hospital = next(g for g in report.unmet_needs() if g.ref == need("hospital"))
    assert hospital.nearest is not None and hospital.nearest.ref == offer("grower")  # 0.2: shown, not counted


def test_a_need_that_seeks_buyers_is_never_an_unmet_need() -> None:
    refs = {g.ref for g in gap_report(hemp_cluster()).unmet_needs()}
    assert need("weaver", 2) not in refs


def test_offers_nobody_needs() -> None:
    assert [g.ref for g in gap_report(hemp_cluster()).unwanted_offers()] == [offer("bags")]


def test_needs_met_only_far_away_depend_on_the_coordinators_distance() -> None:
    far = gap_report(hemp_cluster()).far_needs()  # 300 km by default
    assert [g.ref for g in far] == [need("bags"), need("resort")]
    bags = far[0]
    assert bags.nearest is not None and bags.nearest.ref == offer("weaver")
    assert bags.distance_km == pytest.approx(583, abs=15)  # Chiang Mai to Bangkok
    assert gap_report(hemp_cluster(), max_km=2000).far_needs() == []
    # Chiang Rai to Chiang Mai is about 160 km: the weaver's yarn is near at 300 km, far at 100 km
    assert need("weaver") in {g.ref for g in gap_report(hemp_cluster(), max_km=100).far_needs()}


def test_gaps_are_grouped_by_the_sub_cluster_of_the_sme_with_the_gap() -> None:
    report = gap_report(hemp_cluster())
    by = {part.sub_cluster: part for part in report.by_sub_cluster}
    assert [g.ref for g in by[HEMP].unmet_needs] == [need("weaver", 1)]
    assert [g.ref for g in by[CARE].unmet_needs] == [need("hospital")]
    assert by[SubCluster.SPORTECH].empty


def test_the_threshold_decides_what_meets_a_need() -> None:
    strict = gap_report(hemp_cluster(), min_score=0.85)
    assert {need("bags"), need("resort")} <= {g.ref for g in strict.unmet_needs()}


def test_complete_chains_run_from_a_firm_that_needs_nothing_to_an_end_buyer_best_first() -> None:
    complete, _ = suggest_chains(hemp_cluster())
    assert [c.firm_ids for c in complete] == [("grower", "spinner", "weaver", "bags"), ("grower", "spinner", "resort")]
    assert complete[0].scores == (0.9, 0.95, 0.8)
    assert complete[0].rank_score > complete[1].rank_score  # three stages beat two


def test_a_chain_with_a_missing_link_names_the_need() -> None:
    _, missing = suggest_chains(hemp_cluster())
    assert [(c.firm_ids, c.missing) for c in missing] == [(("weaver", "bags"), need("weaver", 1))]


def test_no_chain_of_one_firm_and_a_gap() -> None:
    _, missing = suggest_chains(hemp_cluster())
    assert all(c.firm_ids != ("hospital",) for c in missing)
