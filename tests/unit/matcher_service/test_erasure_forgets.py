"""After an erasure, a replica forgets the SME everywhere in memory: its maps, others' lists, declines,
and the scoring engine's own rows (which only a refit empties)."""

from __future__ import annotations

import asyncio

from services.matcher.engine_adapter import default_engine
from services.matcher.live_index import LiveIndex
from services.matcher.refit import Refitter
from tests.unit.matcher_service.factories import profile


def _live() -> LiveIndex:
    live = LiveIndex(default_engine(fit_jobs=1), k=5)
    live.apply_change(profile("spin", offers=("hand-spun hemp yarn",)), 1, 0, "c1")
    live.apply_change(profile("weave", needs=("hand-spun hemp yarn",)), 1, 1, "c2")
    live.apply_change(profile("dye", offers=("natural indigo dye",)), 1, 2, "c3")
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    live.decline("spin", "weave")
    live.apply_change(profile("spin", offers=("hand-spun hemp yarn", "hemp fibre")), 2, 0, "c4")
    return live


def _engine_ids(live: LiveIndex) -> set[str]:
    index = live._index
    assert index is not None
    catalogue = index.fitted_.catalogue  # type: ignore[attr-defined]
    ids = set(catalogue.ids) | {r.profile.id for r in catalogue.records if hasattr(r, "profile")}
    return ids | {i for pair in catalogue.declined for i in pair}


def test_an_erased_sme_is_forgotten_by_the_maps_once_its_lists_are_handled() -> None:
    live = _live()
    assert "spin" in live.known_ids
    assert live.apply_erasure("spin", 3, 0)
    # Until the keeper has deleted its stored lists, the partition that owns them is kept.
    assert live.partition_of("spin") == 0

    live.forget_erased({"spin"})

    assert "spin" not in live.known_ids
    assert live.partition_of("spin") is None and live.version_of("spin") is None
    assert live.latest_correlation("spin") is None and not live.is_declined("spin", "weave")
    # A late copy of an older snapshot still does not bring it back; a newer one (fresh consent) does.
    assert not live.apply_change(profile("spin", offers=("hand-spun hemp yarn",)), 2, 0, "late")
    assert "spin" not in live
    assert live.apply_change(profile("spin", offers=("hemp rope",)), 4, 0, "again")


def test_the_engine_forgets_it_only_through_a_refit_which_an_erasure_asks_for() -> None:
    live = _live()
    live.apply_erasure("spin", 3, 0)
    live.forget_erased({"spin"})
    assert "spin" in _engine_ids(live)  # the engine keeps a removed row: this is why the refit is needed

    async def erase_and_refit() -> None:
        refitter = Refitter(live)
        refitter.refit_soon("erasure")
        refitter.refit_soon("erasure")  # asks before it begins share one refit
        await asyncio.wait_for(refitter._soon, timeout=120)  # type: ignore[arg-type]
        await refitter.stop()

    asyncio.run(erase_and_refit())

    assert "spin" not in _engine_ids(live)
    assert {"weave", "dye"} <= _engine_ids(live)
    assert "spin" not in {e.partner_id for e in live.ranked("weave", "suppliers").entries}


def test_an_id_registered_again_before_the_forgetting_stays_known() -> None:
    live = _live()
    live.apply_erasure("spin", 3, 0)
    live.apply_change(profile("spin", offers=("hemp rope",)), 4, 0, "c5")
    live.forget_erased({"spin"})
    assert live.version_of("spin") == 4 and live.partition_of("spin") == 0


def test_a_tombstone_of_an_sme_never_indexed_leaves_no_id_behind() -> None:
    live = _live()
    assert not live.apply_erasure("long-gone", 5, 1)
    assert "long-gone" not in live.known_ids
    assert not live.apply_change(profile("long-gone", offers=("hemp yarn",)), 4, 1, "late")
