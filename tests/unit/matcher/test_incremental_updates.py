"""Keeping top-k lists current as SMEs register, change, leave and decline."""

from __future__ import annotations

import asyncio
import random

from services.matcher.engine_workers import ForkedWorkers
from services.matcher.scoring import MatchIndex, Profile
from tests.support.fresh_process import run_in_fresh_interpreter
from tests.unit.matcher.factories import buyer_ids, sme, supplier_ids

WEAVER = sme("weaver", offers=("handwoven hemp fabric",), needs=("hand-spun hemp yarn",))
SPINNER_A = sme("spinner-a", stage="upstream", offers=("hand-spun hemp yarn",), province="Chiang Mai")
SPINNER_B = sme("spinner-b", stage="upstream", offers=("ด้ายกัญชงเข็นมือ",), province="Nan", language="th")
BAG_MAKER = sme("bags", stage="downstream", offers=("hemp bags",), needs=("looking for handwoven hemp fabric",))


def test_an_unchanged_profile_changes_nothing() -> None:
    index = MatchIndex(k=3).fit([WEAVER, SPINNER_A, BAG_MAKER])
    assert index.upsert(WEAVER) == []
    renamed = sme("weaver", offers=WEAVER.offers, needs=WEAVER.needs, name="Weaver Co.", language="th")
    assert index.upsert(renamed) == []
    assert supplier_ids(index.suppliers_of("weaver")) == ["spinner-a"]


def test_a_new_sme_enters_lists_in_both_directions() -> None:
    index = MatchIndex(k=3).fit([SPINNER_A, BAG_MAKER])
    entered = index.upsert(WEAVER)
    pairs = {(m.supplier_id, m.buyer_id, m.recipient_id) for m in entered}
    assert pairs == {
        ("spinner-a", "weaver", "weaver"),  # the weaver's own suppliers list
        ("spinner-a", "weaver", "spinner-a"),  # the spinner's buyers list
        ("weaver", "bags", "weaver"),
        ("weaver", "bags", "bags"),
    }
    assert supplier_ids(index.suppliers_of("bags")) == ["weaver"]
    assert buyer_ids(index.buyers_of("spinner-a")) == ["weaver"]


def test_a_removed_sme_leaves_every_list_and_the_lists_refill() -> None:
    index = MatchIndex(k=1).fit([WEAVER, SPINNER_A, SPINNER_B, BAG_MAKER])
    assert supplier_ids(index.suppliers_of("weaver")) == ["spinner-a"]
    index.remove("spinner-a")
    assert supplier_ids(index.suppliers_of("weaver")) == ["spinner-b"]
    assert "spinner-a" not in index
    assert index.buyers_of("spinner-a") == []
    index.remove("weaver")
    assert index.suppliers_of("bags") == []
    assert index.buyers_of("spinner-b") == []


def test_a_changed_offer_moves_the_sme_between_lists() -> None:
    index = MatchIndex(k=2).fit([WEAVER, SPINNER_A, BAG_MAKER])
    now_tourism = sme("spinner-a", stage="upstream", offers=("weaving workshops for tourists",))
    index.upsert(now_tourism)
    assert "spinner-a" not in supplier_ids(index.suppliers_of("weaver"))
    assert "weaver" not in buyer_ids(index.buyers_of("spinner-a"))
    back = index.upsert(SPINNER_A)
    assert ("spinner-a", "weaver", "weaver") in {(m.supplier_id, m.buyer_id, m.recipient_id) for m in back}
    assert supplier_ids(index.suppliers_of("weaver")) == ["spinner-a"]


def test_an_index_that_was_never_fitted_accepts_updates() -> None:
    index = MatchIndex(k=2)
    index.upsert(SPINNER_A)
    index.upsert(WEAVER)
    assert supplier_ids(index.suppliers_of("weaver")) == ["spinner-a"]


_OFFERS = [
    "hand-spun hemp yarn", "ด้ายกัญชง", "handwoven hemp fabric", "ผ้ากัญชงทอมือ", "hemp tote bags",
    "organic cotton yarn", "เส้นด้ายฝ้ายออร์แกนิก", "ผ้าฝ้ายออร์แกนิก", "antibacterial fabric (OEKO-TEX certified)",
    "ผ้าต้านแบคทีเรีย", "patient transfer sheets", "ผ้าเคลื่อนย้ายผู้ป่วย", "sorted cotton waste", "เศษผ้าฝ้าย",
    "used cotton clothing", "recycled cotton fibre", "recycled polyester yarn", "ด้ายโพลีเอสเตอร์รีไซเคิล",
]  # fmt: skip
_NEEDS = [
    "hand-spun hemp yarn", "ต้องการเส้นด้ายกัญชง", "handwoven hemp fabric", "ต้องการผ้ากัญชง", "hemp bags wanted",
    "organic cotton yarn (GOTS certified only)", "ต้องการด้ายฝ้ายออร์แกนิก", "organic cotton fabric",
    "antibacterial fabric (OEKO-TEX certified only)", "ต้องการผ้าต้านแบคทีเรีย", "patient transfer sheets wanted",
    "ต้องการเศษผ้าฝ้าย", "post-consumer cotton garments", "recycled polyester yarn", "buyers for our hemp bags",
]  # fmt: skip
_PROVINCES = ["Chiang Mai", "Bangkok", "Khon Kaen", "Nan", "Songkhla", "Udon Thani"]
_STAGES = ["upstream", "midstream", "downstream"]
_SUB_CLUSTERS = ["hemp_natural_fibre", "circular_textile", "ageing_lifestyle_central", "ageing_lifestyle_isan"]


def _random_sme(rng: random.Random, sme_id: str) -> Profile:
    return sme(
        sme_id,
        offers=tuple(rng.sample(_OFFERS, rng.randint(0, 2))),
        needs=tuple(rng.sample(_NEEDS, rng.randint(0, 2))),
        stage=rng.choice(_STAGES),
        sub_cluster=rng.choice(_SUB_CLUSTERS),
        province=rng.choice(_PROVINCES),
        certifications=tuple(rng.sample(["GOTS", "OEKO-TEX Standard 100", "GRS"], rng.randint(0, 1))),
        bcg=tuple(rng.sample(["bio", "circular", "green"], rng.randint(0, 2))),
    )


def _lists(index: MatchIndex, ids: list[str]) -> dict[str, tuple[list[tuple[str, float]], ...]]:
    return {
        i: (
            [(m.supplier_id, round(m.score, 9)) for m in index.suppliers_of(i)],
            [(m.buyer_id, round(m.score, 9)) for m in index.buyers_of(i)],
        )
        for i in ids
    }


def test_after_any_sequence_of_changes_the_lists_equal_a_full_rebuild() -> None:
    rng = random.Random(7)
    live = {f"s{i}": _random_sme(rng, f"s{i}") for i in range(40)}
    index = MatchIndex(k=3).fit(live.values())
    for step in range(300):
        roll = rng.random()
        if roll < 0.45:
            sme_id = rng.choice([*live, f"n{step}"])
            live[sme_id] = _random_sme(rng, sme_id)
            index.upsert(live[sme_id])
        elif roll < 0.65 and len(live) > 5:
            gone = rng.choice(sorted(live))
            del live[gone]
            index.remove(gone)
        else:
            buyer = rng.choice(sorted(live))
            suggested = supplier_ids(index.suppliers_of(buyer))
            supplier = rng.choice(suggested) if suggested else rng.choice(sorted(live))
            index.decline(supplier, buyer)
    incremental = _lists(index, sorted(live))
    assert incremental == _lists(index.rebuild(), sorted(live))
    assert sum(len(s) + len(b) for s, b in incremental.values()) > 0


def _visible(index: MatchIndex, ids: list[str]) -> set[tuple[str, str, str]]:
    """(supplier, buyer, owner of the list) for every visible suggestion."""
    pairs: set[tuple[str, str, str]] = set()
    for i in ids:
        pairs |= {(m.supplier_id, m.buyer_id, i) for m in index.suppliers_of(i)}
        pairs |= {(m.supplier_id, m.buyer_id, i) for m in index.buyers_of(i)}
    return pairs


def test_an_update_reports_exactly_the_suggestions_it_made_visible() -> None:
    rng = random.Random(11)
    live = {f"s{i}": _random_sme(rng, f"s{i}") for i in range(30)}
    index = MatchIndex(k=2).fit(live.values())
    reported_any = False
    for step in range(120):
        sme_id = rng.choice([*live, f"n{step}"])
        live[sme_id] = _random_sme(rng, sme_id)
        before = _visible(index, sorted(live))
        entered = index.upsert(live[sme_id])
        after = _visible(index, sorted(live))
        assert {(m.supplier_id, m.buyer_id, m.recipient_id) for m in entered} == after - before
        reported_any = reported_any or bool(entered)
    assert reported_any


class _CountingWorkers(ForkedWorkers):
    """Forked workers that spread even a small fit, and remember how many workers each step got."""

    def __init__(self) -> None:
        super().__init__(2, spread_from=1)
        self.spread: list[int] = []

    def workers_for(self, amount: int) -> int:
        workers = super().workers_for(amount)
        self.spread.append(workers)
        return workers


def test_a_fit_spread_over_processes_equals_a_fit_in_one() -> None:
    run_in_fresh_interpreter(_check_a_fit_spread_over_processes_equals_a_fit_in_one)


def _check_a_fit_spread_over_processes_equals_a_fit_in_one() -> None:
    rng = random.Random(3)
    profiles = [_random_sme(rng, f"s{i}") for i in range(60)]
    serial = MatchIndex(k=3).fit(profiles)
    workers = _CountingWorkers()
    spread = MatchIndex(k=3, executor=workers).fit(profiles)
    ids = [p.id for p in profiles]
    assert 2 in workers.spread  # phrases were read and lists ranked on two forked workers
    assert _lists(spread, ids) == _lists(serial, ids)
    assert any(s or b for s, b in _lists(serial, ids).values())


def test_a_fit_started_beside_other_threads_runs_in_process_and_equals_a_fit_in_one() -> None:
    """The service refits in a thread while its event loop runs in another: forking then is unsafe."""
    rng = random.Random(5)
    profiles = [_random_sme(rng, f"t{i}") for i in range(60)]
    serial = MatchIndex(k=3).fit(profiles)
    workers = _CountingWorkers()

    async def refit_while_the_loop_runs() -> MatchIndex:
        ticking = asyncio.create_task(asyncio.sleep(3600))  # the loop has other work in flight
        try:
            fit = MatchIndex(k=3, executor=workers).fit
            return await asyncio.wait_for(asyncio.to_thread(fit, profiles), timeout=60)
        finally:
            ticking.cancel()

    spread = asyncio.run(refit_while_the_loop_runs())
    ids = [p.id for p in profiles]
    assert workers.spread and all(n == 1 for n in workers.spread)
    assert _lists(spread, ids) == _lists(serial, ids)


def test_a_fit_ranks_equal_partners_by_id_whatever_order_the_profiles_came_in() -> None:
    """Replicas read the topic's partitions interleaved differently; after a refit on the same
    profiles they must keep the same lists, ties at the edge of a list included."""
    twins = [
        sme(f"spinner-{n}", stage="upstream", offers=("hand-spun hemp yarn",), province="Chiang Mai")
        for n in ("c", "a", "d", "b")
    ]
    buyers = [sme(f"weaver-{n}", offers=("handwoven hemp fabric",), needs=("hand-spun hemp yarn",)) for n in "yx"]
    lists = set()
    for seed in range(6):
        arrived = [*twins, *buyers]
        random.Random(seed).shuffle(arrived)
        index = MatchIndex(k=2).fit(arrived)
        lists.add(tuple(tuple(supplier_ids(index.suppliers_of(b.id))) for b in buyers))
    assert lists == {(("spinner-a", "spinner-b"), ("spinner-a", "spinner-b"))}
