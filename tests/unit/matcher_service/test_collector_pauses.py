"""Full garbage collections are measured, and the long ones are logged for operators."""

from __future__ import annotations

import asyncio
import gc
import logging
import weakref

import pytest

from services.matcher.engine_workers import CollectorPauses, freeze_heap
from services.matcher.live_index import LiveIndex
from services.matcher.refit import Refitter
from tests.unit.matcher_service.factories import profile
from tests.unit.matcher_service.overlap_engine import overlap_engine


def test_a_full_collection_is_measured_and_one_over_the_bound_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[float] = []
    pauses = CollectorPauses(log_over_s=0.0, observe=seen.append)
    pauses.install()
    try:
        with caplog.at_level(logging.WARNING, logger="services.matcher.engine_workers"):
            gc.collect(0)  # a young collection is not what holds the process
            assert seen == []
            gc.collect()
    finally:
        pauses.remove()
    assert len(seen) == 1 and seen[0] >= 0.0
    assert [r.getMessage() for r in caplog.records] == ["garbage collector paused the process"]
    gc.collect()
    assert len(seen) == 1  # removed: no longer watching


def test_a_short_full_collection_is_counted_but_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[float] = []
    pauses = CollectorPauses(log_over_s=60.0, observe=seen.append)
    pauses.install()
    try:
        with caplog.at_level(logging.WARNING, logger="services.matcher.engine_workers"):
            gc.collect()
    finally:
        pauses.remove()
    assert len(seen) == 1 and not caplog.records


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_frozen_heap_is_not_walked_and_a_full_freeze_collects_its_cycles_first() -> None:
    try:
        cycle = _Cycle()
        alive = weakref.ref(cycle)
        freeze_heap(collect_all=False)
        assert gc.get_freeze_count() > 0
        del cycle  # garbage now, in a cycle, frozen: out of the collector's sight
        freeze_heap(collect_all=False)
        gc.collect()
        assert alive() is not None
        freeze_heap(collect_all=True)  # the end of a burst: everything is looked at once
        assert alive() is None
    finally:
        gc.unfreeze()


def test_a_refit_puts_the_new_index_out_of_the_collectors_sight() -> None:
    live = LiveIndex(overlap_engine(), 5)
    live.apply_change(profile("spin", offers=("hemp yarn",)), 1, 0)
    live.apply_change(profile("weave", needs=("hemp yarn",)), 1, 1)
    gc.unfreeze()
    try:
        assert asyncio.run(Refitter(live).refit("test"))
        index = live._index  # the engine index the refit swapped in
        assert gc.get_freeze_count() > 0
        assert all(id(index) != id(o) for o in gc.get_objects())  # frozen objects are not tracked
    finally:
        gc.unfreeze()
