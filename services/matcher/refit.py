"""Refit vocabulary and weights off the hot path: fit in a thread, replay, swap.

The feed refits inline at start-up and while the cluster is young (it waits for
those); the periodic refit runs here, beside the feed, so records keep being
applied during a fit that takes seconds on a large cluster (see live_index's journal).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

from services.matcher.engine_workers import freeze_heap
from services.matcher.live_index import LiveIndex

log = logging.getLogger(__name__)

RefitListener = Callable[[str], Awaitable[None]]
MAX_DEFERRED_TURNS = 10  # periodic turns a burst may put off in a row (5 minutes at 30 s)


class Refitter:
    def __init__(self, live: LiveIndex, on_refitted: RefitListener | None = None) -> None:
        """`on_refitted(reason)` is called after every swap, e.g. to bring the stored lists in
        line with the new weights; it must return at once."""
        self._live = live
        self._on_refitted = on_refitted
        self._lock = asyncio.Lock()  # the feed's refits and the periodic one never overlap
        self._periodic: asyncio.Task[None] | None = None
        self.last_duration_s: float | None = None
        self._soon: asyncio.Task[None] | None = None
        self._soon_again = False
        self._defer_periodic: Callable[[], bool] = lambda: False

    async def refit(self, reason: str) -> bool:
        async with self._lock:
            snapshot = self._live.begin_refit()
            if not snapshot.profiles:
                self._live.abandon_refit()
                return False
            started = time.perf_counter()
            try:
                index = await asyncio.to_thread(self._live.build_index, snapshot)
            except BaseException:
                self._live.abandon_refit()
                raise
            self._live.complete_refit(index, len(snapshot.profiles))
            self.last_duration_s = time.perf_counter() - started
            # The new index is the heap's largest long-lived part: out of the collector's sight now,
            # or the full pass that follows a refit walks it in every full collection (4-10 s each
            # on 15,000 SMEs, found nothing: the 10,000-SME benchmark's matcher log). One full
            # collection first, so cycles frozen since the last one do not pile up between bursts.
            freeze_heap(collect_all=True)
        log.info(
            "index refitted",
            extra={
                "reason": reason,
                "profiles": len(snapshot.profiles),
                "seconds": round(self.last_duration_s, 3),
            },
        )
        if self._on_refitted is not None:
            await self._on_refitted(reason)
        return True

    @property
    def busy(self) -> bool:
        """A refit is running or about to: asking for another now would only repeat it."""
        return self._lock.locked() or (self._soon is not None and not self._soon.done())

    def refit_soon(self, reason: str) -> None:
        """Refit in the background, once for any number of asks before it begins: after an
        erasure, only a new engine index forgets the SME (the engine keeps a removed SME's row,
        profile and declines; a fresh fit holds only live SMEs)."""
        if self._soon is not None and not self._soon.done():
            self._soon_again = True
            return
        self._soon = asyncio.create_task(self._refit_soon(reason), name=f"refit-{reason}")

    async def _refit_soon(self, reason: str) -> None:
        while True:
            self._soon_again = False
            try:
                await self.refit(reason)
            except Exception:
                log.exception("refit failed; retrying", extra={"reason": reason})
                await asyncio.sleep(10.0)
                continue
            if not self._soon_again:  # an ask that came during the fit needs one more
                return

    def defer_periodic_while(self, busy: Callable[[], bool]) -> None:
        """The periodic refit skips its turn while `busy()`: during a burst (a bulk import) a
        refit would be undone by the burst's own refit at its end, and each costs a pass over
        every list."""
        self._defer_periodic = busy

    def start(
        self,
        interval_s: float,
        min_changes: int,
        ready: asyncio.Event,
        *,
        min_share: float = 0.0,
        max_wait_s: float = 0.0,
    ) -> None:
        """Refit every `interval_s` once `ready`, if at least `min_changes` profiles changed and
        they are `min_share` of those fitted; fewer wait at most `max_wait_s`.

        Each refit is a fit of every profile and a pass over every list: on 15,000 SMEs about
        15 s of fit and 10 s of pass. Refitting for every trickle (one registration a turn, 2 of
        15,000 profiles, which moves no word's weight) kept the matcher busy with them every
        30 s, and a registration that came during one waited for it (pipeline benchmark)."""
        self._periodic = asyncio.create_task(
            self._run_periodically(interval_s, min_changes, ready, min_share, max_wait_s), name="refit"
        )

    async def stop(self) -> None:
        for task in (self._periodic, self._soon):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _run_periodically(
        self, interval_s: float, min_changes: int, ready: asyncio.Event, min_share: float, max_wait_s: float
    ) -> None:
        await ready.wait()
        deferred = 0
        waited = 0.0  # since the changes not yet fitted were first seen here
        while True:
            await asyncio.sleep(interval_s)
            changes = self._live.changes_since_fit
            if changes < min_changes:
                waited = 0.0
                continue
            waited += interval_s
            if changes < min_share * self._live.fitted_count and waited < max_wait_s:
                continue  # a trickle: its words weigh in with the next bigger change, or after max_wait_s
            # A burst that never pauses (a stream of imports) still gets its words weighed now and then.
            if self._defer_periodic() and deferred < MAX_DEFERRED_TURNS:
                deferred += 1
                continue
            deferred, waited = 0, 0.0
            try:
                await self.refit("periodic")
            except Exception:
                log.exception("periodic refit failed; the current index stays in use")
