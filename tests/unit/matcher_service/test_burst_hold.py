"""When the matcher's lists wait for the rest of a burst, and when they are refreshed at once."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from services.matcher.burst import BurstHold, Step
from services.matcher.live_index import LiveIndex
from services.matcher.refit import Refitter
from tests.unit.matcher_service.factories import profile
from tests.unit.matcher_service.overlap_engine import overlap_engine


def test_a_single_registration_is_refreshed_at_once_and_starts_no_hold() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    assert hold.after_fetch(1, 0.0) is Step.REFRESH
    assert not hold.holding and hold.poll_timeout_ms() == 1000


def test_a_burst_holds_until_a_quiet_fetch_ends_it() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    assert hold.after_fetch(500, 0.0) is Step.HOLD
    assert hold.poll_timeout_ms() == 500  # the quiet spell that ends it
    assert hold.after_fetch(3, 0.4) is Step.HOLD  # small fetches inside a burst still belong to it
    assert hold.after_fetch(0, 0.9) is Step.END
    assert not hold.holding and hold.after_fetch(1, 1.0) is Step.REFRESH


def test_a_long_burst_is_refreshed_every_max_hold_and_ends_only_when_quiet() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    steps = [hold.after_fetch(100, t * 0.5) for t in range(0, 45)]  # a fetch every half second for 22 s
    flushes = [i * 0.5 for i, s in enumerate(steps) if s is Step.FLUSH]
    assert flushes == [10.0, 20.0]
    assert Step.END not in steps and hold.holding  # one burst all along: its end refits once
    assert hold.after_fetch(0, 22.5) is Step.END and not hold.holding


def test_an_erasure_ends_a_hold_at_once_and_is_never_held() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    assert hold.after_fetch(100, 0.0, urgent=True) is Step.REFRESH
    assert hold.after_fetch(100, 0.1) is Step.HOLD
    assert hold.after_fetch(100, 0.2, urgent=True) is Step.END


def test_no_hold_at_all_when_the_longest_hold_is_zero() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=0)
    assert hold.after_fetch(5000, 0.0) is Step.REFRESH and not hold.holding


class _PeriodicRefits:
    """An index with one change since its fit, and a refitter that notes its refits."""

    def __init__(
        self, busy: Callable[[], bool], interval_s: float, *, min_share: float = 0.0, max_wait_s: float = 0.0
    ) -> None:
        self.live = LiveIndex(overlap_engine(), 5)
        self.live.apply_change(profile("spin", offers=("hemp yarn",)), 1, 0)
        self.live.complete_refit(self.live.build_index(self.live.begin_refit()), len(self.live))
        self.live.apply_change(profile("weave", needs=("hemp yarn",)), 1, 1)
        self.refits: list[str] = []
        self._busy, self._interval_s = busy, interval_s
        self._min_share, self._max_wait_s = min_share, max_wait_s

    async def _noted(self, reason: str) -> None:
        self.refits.append(reason)

    async def run(self, meanwhile: Callable[[], Awaitable[None]], wait_s: float) -> None:
        refitter = Refitter(self.live, on_refitted=self._noted)
        refitter.defer_periodic_while(self._busy)
        ready = asyncio.Event()
        ready.set()
        refitter.start(self._interval_s, 1, ready, min_share=self._min_share, max_wait_s=self._max_wait_s)
        try:
            await meanwhile()
            for _ in range(int(wait_s / 0.01)):
                if self.refits:
                    break
                await asyncio.sleep(0.01)
        finally:
            await refitter.stop()


def test_the_periodic_refit_waits_while_a_burst_holds_and_runs_once_it_is_over() -> None:
    burst = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    burst.after_fetch(500, 0.0)
    periodic = _PeriodicRefits(lambda: burst.holding, 0.02)

    async def burst_then_quiet() -> None:
        await asyncio.sleep(0.15)  # at most 7 turns, fewer than a burst may put off
        assert periodic.refits == [] and periodic.live.changes_since_fit == 1  # turns passed while it held
        burst.after_fetch(0, 1.0)  # quiet: the burst is over

    asyncio.run(periodic.run(burst_then_quiet, 2.0))
    assert periodic.refits[:1] == ["periodic"] and periodic.live.changes_since_fit == 0


def test_a_burst_that_never_pauses_puts_the_periodic_refit_off_only_so_many_turns() -> None:
    periodic = _PeriodicRefits(lambda: True, 0.01)

    async def nothing() -> None:
        return None

    asyncio.run(periodic.run(nothing, 5.0))
    assert periodic.refits[:1] == ["periodic"]


def test_a_long_bursts_hold_restarts_when_its_refresh_is_done_and_grows_with_it() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    assert hold.after_fetch(500, 0.0) is Step.HOLD
    assert hold.after_fetch(500, 10.0) is Step.FLUSH
    hold.refreshed(40.0, 30.0)  # the refresh of most lists took 30 s
    assert hold.after_fetch(500, 41.0) is Step.HOLD  # not a FLUSH at once: records get applied first
    assert hold.after_fetch(500, 99.0) is Step.HOLD  # twice the refresh: 60 s from its end
    assert hold.after_fetch(500, 100.0) is Step.FLUSH
    hold.refreshed(300.0, 200.0)
    assert hold.after_fetch(500, 359.0) is Step.HOLD and hold.after_fetch(500, 360.0) is Step.FLUSH  # at most 6x
    assert hold.after_fetch(0, 361.0) is Step.END
    assert hold.after_fetch(500, 400.0) is Step.HOLD and hold.after_fetch(500, 410.0) is Step.FLUSH  # a new burst


def test_a_trickle_below_the_share_waits_for_the_longest_wait_not_for_every_turn() -> None:
    # One change on one fitted profile, and a share of 2: the change alone never reaches it.
    periodic = _PeriodicRefits(lambda: False, 0.01, min_share=2.0, max_wait_s=0.2)

    async def a_few_turns() -> None:
        await asyncio.sleep(0.1)  # about ten turns, half the longest wait
        assert periodic.refits == [] and periodic.live.changes_since_fit == 1

    asyncio.run(periodic.run(a_few_turns, 2.0))
    assert periodic.refits[:1] == ["periodic"] and periodic.live.changes_since_fit == 0


def test_changes_that_reach_the_share_are_refitted_at_the_next_turn() -> None:
    periodic = _PeriodicRefits(lambda: False, 0.01, min_share=1.0, max_wait_s=60.0)

    async def nothing() -> None:
        return None

    asyncio.run(periodic.run(nothing, 0.5))
    assert periodic.refits[:1] == ["periodic"]
