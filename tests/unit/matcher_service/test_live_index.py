"""The replica's index: versions, erasures, declines and refits that lose nothing."""

from __future__ import annotations

from services.matcher.live_index import LiveIndex
from tests.unit.matcher_service.factories import profile
from tests.unit.matcher_service.overlap_engine import overlap_engine


def fitted(*profiles_: tuple[str, tuple[str, ...], tuple[str, ...]], k: int = 10) -> LiveIndex:
    live = LiveIndex(overlap_engine(), k)
    for partition, (sme_id, offers, needs) in enumerate(profiles_):
        live.apply_change(profile(sme_id, offers=offers, needs=needs), 1, partition % 3)
    index = live.build_index(live.begin_refit())
    live.complete_refit(index, len(live))
    return live


def partners(live: LiveIndex, sme_id: str, direction: str) -> list[str]:
    return [e.partner_id for e in live.ranked(sme_id, "suppliers" if direction == "suppliers" else "buyers").entries]


def test_lists_rank_partners_both_ways_and_never_the_sme_itself() -> None:
    live = fitted(
        ("yarn", ("hemp yarn",), ()),
        ("fibre", ("hemp fibre",), ()),
        ("weaver", ("hemp yarn cloth",), ("hemp yarn",)),
    )
    assert partners(live, "weaver", "suppliers") == ["yarn", "fibre"]
    assert partners(live, "yarn", "buyers") == ["weaver"]
    assert "weaver" not in partners(live, "weaver", "suppliers")
    top = live.ranked("weaver", "suppliers").entries[0]
    assert top.partner_version == 1 and 0 < top.score <= 1 and top.reasons


def test_k_bounds_every_list() -> None:
    live = fitted(*[(f"s{i}", ("cotton knit",), ()) for i in range(8)], ("b", (), ("cotton knit",)), k=3)
    assert len(partners(live, "b", "suppliers")) == 3


def test_an_old_or_repeated_version_is_ignored() -> None:
    live = fitted(("a", ("hemp yarn",), ()))
    assert live.apply_change(profile("a", offers=("linen",)), 2, 0)
    assert not live.apply_change(profile("a", offers=("hemp yarn",)), 2, 0)
    assert not live.apply_change(profile("a", offers=("hemp yarn",)), 1, 0)
    assert live.version_of("a") == 2


def test_an_erasure_removes_the_sme_and_blocks_its_older_snapshots() -> None:
    live = fitted(("a", ("hemp yarn",), ()), ("b", (), ("hemp yarn",)))
    assert live.apply_erasure("a", 2, 0)
    assert "a" not in live and partners(live, "b", "suppliers") == []
    assert not live.apply_erasure("a", 2, 0)
    assert not live.apply_change(profile("a", offers=("hemp yarn",)), 1, 0)
    assert partners(live, "b", "suppliers") == []


def test_a_declined_pair_leaves_both_lists_and_others_move_up() -> None:
    live = fitted(("s1", ("hemp yarn",), ()), ("s2", ("hemp yarn bales",), ()), ("b", (), ("hemp yarn",)))
    assert live.decline("s1", "b")
    assert not live.decline("s1", "b")
    assert partners(live, "b", "suppliers") == ["s2"]
    assert partners(live, "s1", "buyers") == []


def test_the_lists_an_sme_entered_are_told_once_to_its_handler() -> None:
    live = fitted(
        ("good", ("organic cotton",), ()),
        ("weak", ("cotton",), ()),
        ("buyer", (), ("organic cotton yarn",)),
        k=2,
    )
    live.apply_change(profile("best", offers=("organic cotton yarn",)), 1, 0)
    # "best" pushes "weak" out of the buyer's top 2; the buyer is told about "best" only.
    assert partners(live, "buyer", "suppliers") == ["best", "good"]
    assert live.lists_entered_by("best") == {("buyer", "suppliers")}
    assert live.lists_entered_by("best") == set()
    live.apply_change(profile("good", offers=("organic cotton", "dyed"), name="renamed"), 2, 0)
    assert live.lists_entered_by("good") == set()  # it was in that list already


def test_changes_made_during_a_refit_reach_the_new_index() -> None:
    live = fitted(("s1", ("hemp yarn",), ()), ("b", (), ("hemp yarn",)))
    snapshot = live.begin_refit()
    # While the new index is fitted elsewhere, events keep arriving.
    live.apply_change(profile("s2", offers=("hemp yarn",)), 1, 0)
    live.apply_erasure("s1", 2, 0)
    live.decline("s2", "b")
    index = live.build_index(snapshot)
    live.complete_refit(index, len(snapshot.profiles))
    assert "s1" not in live and "s2" in live
    assert partners(live, "b", "suppliers") == []  # s1 erased, s2 declined
    assert live.changes_since_fit == 3


def test_a_refit_learns_words_that_arrived_after_the_last_one() -> None:
    live = fitted(("s1", ("hemp yarn",), ()))
    live.apply_change(profile("b", needs=("ramie fibre",)), 1, 0)
    live.apply_change(profile("s2", offers=("ramie fibre",)), 1, 1)
    assert partners(live, "b", "suppliers") == []  # "ramie" is not in the fitted vocabulary yet
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    assert partners(live, "b", "suppliers") == ["s2"]


def test_growth_asks_for_a_refit_until_the_fit_covers_half_the_profiles() -> None:
    live = LiveIndex(overlap_engine(), 10)
    assert not live.needs_growth_refit()  # nothing to fit
    live.apply_change(profile("a"), 1, 0)
    assert live.needs_growth_refit() and not live.is_fitted
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    live.apply_change(profile("b"), 1, 0)
    assert live.needs_growth_refit()  # 2 profiles, fitted on 1
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    live.apply_change(profile("c"), 1, 0)
    assert not live.needs_growth_refit()  # 3 profiles, fitted on 2


def test_partitions_and_the_latest_change_are_remembered() -> None:
    live = LiveIndex(overlap_engine(), 10)
    live.apply_change(profile("a"), 1, 4, correlation_id="first")
    live.apply_change(profile("b"), 1, 1, correlation_id="second")
    assert live.partition_of("a") == 4
    assert sorted(live.live_ids({4})) == ["a"]
    assert live.latest_correlation("a", "b") == "second"
    assert live.latest_correlation("a") == "first"
    assert live.latest_correlation("unknown") is None
