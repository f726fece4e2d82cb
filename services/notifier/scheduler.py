"""Background loops: plan recipients and send deliveries as the worklist says they fall due.

Nothing here polls the database. The loops sleep until the worklist is given
work (by the consumer, the links, or their own results) or until the earliest
timed item falls due. A slow safety sweep (`NOTIFIER_SWEEP_INTERVAL_S`) reads
the small queues of outstanding work, so what another replica left behind when
it died, or what this one knew before a restart, is picked up; the sweep at
start-up also re-arms every timed wake-up and retry.

Work is claimed with unique inserts, so any number of replicas run these loops
side by side.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from services.notifier.components import Components
from services.notifier.dispatcher import dispatch_due
from services.notifier.planner import plan_due
from services.notifier.sweep import sweep

log = logging.getLogger(__name__)

_ERROR_PAUSE_S = 2.0
_HOUSEKEEPING_EVERY_S = 3600.0
# At shutdown, emails already in a mail server conversation get this long by default; the app
# passes a shorter grace (app.SENDERS_GRACE_S) so that, with the HTTP drain and the consumers
# stopping first, the process exits within 10 s of SIGTERM (shared.service_lifecycle).
GRACE_S = 5.0
CANCEL_WAIT_S = 2.0
_CLAIMS_KEPT = timedelta(days=1)


class Scheduler:
    def __init__(self, components: Components) -> None:
        self._c = components
        self._stopping = False
        self._stopped = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        w = self._c.worklist
        for i in range(self._c.settings.plan_concurrency):
            self._tasks.append(
                asyncio.create_task(self._loop(f"planner-{i}", plan_due, w.plans_added, w.next_plan_at))
            )
        for i in range(self._c.settings.send_concurrency):
            self._tasks.append(
                asyncio.create_task(self._loop(f"sender-{i}", dispatch_due, w.sends_added, w.next_send_at))
            )
        self._tasks.append(asyncio.create_task(self._sweeper()))
        self._tasks.append(asyncio.create_task(self._housekeeping()))

    async def stop(self, grace_s: float = GRACE_S) -> None:
        """Let the emails in hand finish (up to `grace_s`), then cancel."""
        self._stopping = True
        self._c.worklist.stopping = True
        self._stopped.set()
        self._c.worklist.plans_added.set()
        self._c.worklist.sends_added.set()
        if not self._tasks:
            return
        _, pending = await asyncio.wait(self._tasks, timeout=grace_s)
        for task in pending:
            task.cancel()
        if pending:
            # Bounded: on Python 3.11 a cancel can be swallowed by `asyncio.wait_for` inside the SMTP
            # library, which then waits out its own timeout. Such a send is abandoned, not awaited:
            # its delivery keeps its lease and is sent again after it, by this replica's next start or another.
            await asyncio.wait(pending, timeout=CANCEL_WAIT_S)
        self._tasks.clear()

    @property
    def running(self) -> bool:
        return any(not t.done() for t in self._tasks)

    def _seconds_until(self, at: datetime | None) -> float | None:
        if at is None:
            return None  # nothing timed: sleep until told
        return max(0.0, (at - self._c.clock.now()).total_seconds())

    async def _loop(
        self,
        name: str,
        step: Callable[[Components], Awaitable[bool]],
        added: asyncio.Event,
        next_at: Callable[[], datetime | None],
    ) -> None:
        while not self._stopping:
            added.clear()  # before the step, so work added during it is not missed
            try:
                did_work = await step(self._c)
            except Exception:
                log.exception("%s step failed; pausing", name)
                await asyncio.sleep(_ERROR_PAUSE_S)
                continue
            if did_work or self._stopping:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(added.wait(), timeout=self._seconds_until(next_at()))

    async def _sweeper(self) -> None:
        interval = timedelta(seconds=self._c.settings.sweep_interval_s)
        grace = timedelta(0)  # at start-up, everything outstanding is ours to look at
        while not self._stopping:
            try:
                await sweep(self._c, request_grace=grace)
                # Later, requests younger than a sweep interval are being planned by whoever made them.
                grace = interval
            except Exception:
                log.exception("safety sweep failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped.wait(), timeout=interval.total_seconds())

    async def _housekeeping(self) -> None:
        while not self._stopping:
            try:
                await self._c.claims.forget_before(self._c.clock.now() - _CLAIMS_KEPT)
            except Exception:
                log.exception("housekeeping failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped.wait(), timeout=_HOUSEKEEPING_EVERY_S)
