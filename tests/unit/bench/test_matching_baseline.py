"""The benchmark's brute-force baseline keeps honest top-k lists, so its timings compare like with like."""

from __future__ import annotations

import numpy as np

from bench.matching_bench import TARGETS, BruteForceBaseline, TopLists, summarise


def test_a_candidate_enters_only_the_lists_whose_last_entry_it_beats() -> None:
    lists = TopLists.empty(3, 2)
    lists.put(0, np.array([1, 2]), np.array([0.9, 0.5], dtype=np.float32))
    lists.put(1, np.array([0, 2]), np.array([0.9, 0.8], dtype=np.float32))
    entered = lists.offer(np.array([0, 1, 2]), 7, np.array([0.6, 0.7, 0.4], dtype=np.float32))
    assert entered == 2  # list 0 (0.6 > 0.5) and the empty list 2; not list 1 (0.7 < 0.8)
    assert lists.ids[0].tolist() == [1, 7]
    assert lists.ids[1].tolist() == [0, 2]
    assert lists.ids[2].tolist() == [7, -1]


def test_a_candidate_already_listed_is_rescored_not_duplicated() -> None:
    lists = TopLists.empty(1, 3)
    lists.put(0, np.array([4, 5, 6]), np.array([0.9, 0.5, 0.4], dtype=np.float32))
    lists.offer(np.array([0]), 5, np.array([0.95], dtype=np.float32))
    assert lists.ids[0].tolist() == [5, 4, 6]
    assert np.allclose(lists.scores[0], [0.95, 0.9, 0.4])


def test_the_baseline_ranks_partners_by_offers_against_needs_and_never_the_sme_itself() -> None:
    texts = [
        ("organic cotton yarn", "seed cotton"),
        ("handwoven cotton cloth", "organic cotton yarn"),
        ("organic cotton yarn, small batch", ""),
        ("hemp tote bags", "handwoven hemp cloth"),
    ]
    baseline = BruteForceBaseline(k=2).fit(texts)
    for direction in ("suppliers", "buyers"):
        baseline.rank_all(direction, None, np.random.default_rng(0))
    assert set(baseline.suppliers_.ids[1].tolist()) == {0, 2}  # both yarn makers supply the weaver
    for sme in range(len(texts)):
        assert sme not in baseline.suppliers_.ids[sme].tolist()
        assert sme not in baseline.buyers_.ids[sme].tolist()
    assert baseline.buyers_.ids[0, 0] == 1  # the weaver is the yarn maker's best buyer


def test_targets_are_judged_on_the_engine_and_the_speed_ratio() -> None:
    run = {"rebuild_s": 10.0, "rebuild_memory": {"peak_mib": 1000.0}}
    runs = [
        {"method": "engine", "update_ms": [1.0, 2.0, 4.0], **run},
        {"method": "baseline", "update_ms": [30.0, 40.0, 50.0], **{**run, "rebuild_s": 100.0}},
    ]
    summary = summarise(100_000, runs)
    verdicts = {t["target"]: t["passed"] for t in summary["targets"]}
    assert summary["update_p50_ratio"] == 20.0
    assert verdicts == {t.label: True for t in TARGETS[100_000]}
    slow = summarise(100_000, [{**runs[0], "update_ms": [5.0]}, runs[1]])
    assert {t["target"]: t["passed"] for t in slow["targets"]}["p50 <= 3 ms"] is False
