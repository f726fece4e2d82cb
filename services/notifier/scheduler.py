"""Background loops: plan recipients that are due, send deliveries that are due.

Work is claimed from MongoDB with a lease, so any number of replicas can run
these loops side by side; a replica that dies leaves its claims to expire.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from services.notifier.components import Components
from services.notifier.dispatcher import dispatch_next_delivery
from services.notifier.planner import plan_next_recipient

log = logging.getLogger(__name__)

_ERROR_PAUSE_S = 2.0
_HOUSEKEEPING_EVERY_S = 3600.0
_CLAIMS_KEPT = timedelta(days=1)


class Scheduler:
    def __init__(self, components: Components) -> None:
        self._c = components
        self._plan_signal = asyncio.Event()
        self._send_signal = asyncio.Event()
        self._stopping = False
        self._stopped = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    def wake_planner(self) -> None:
        self._plan_signal.set()

    def wake_senders(self) -> None:
        self._send_signal.set()

    def start(self) -> None:
        self._tasks.append(asyncio.create_task(self._loop("planner", self._plan_once, self._plan_signal)))
        self._tasks.append(asyncio.create_task(self._housekeeping()))
        for i in range(self._c.settings.send_concurrency):
            self._tasks.append(asyncio.create_task(self._loop(f"sender-{i}", self._send_once, self._send_signal)))

    async def stop(self, grace_s: float = 10.0) -> None:
        """Let in-flight emails finish (up to `grace_s`), then cancel."""
        self._stopping = True
        self._stopped.set()
        self._plan_signal.set()
        self._send_signal.set()
        if not self._tasks:
            return
        _, pending = await asyncio.wait(self._tasks, timeout=grace_s)
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()

    @property
    def running(self) -> bool:
        return any(not t.done() for t in self._tasks)

    async def _plan_once(self) -> bool:
        did = await plan_next_recipient(self._c)
        if did:
            self.wake_senders()
        return did

    async def _send_once(self) -> bool:
        return await dispatch_next_delivery(self._c)

    async def _housekeeping(self) -> None:
        while not self._stopping:
            try:
                await self._c.claims.forget_before(self._c.clock.now() - _CLAIMS_KEPT)
            except Exception:
                log.exception("housekeeping failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped.wait(), timeout=_HOUSEKEEPING_EVERY_S)

    async def _loop(self, name: str, step: Callable[[], Awaitable[bool]], signal: asyncio.Event) -> None:
        while not self._stopping:
            signal.clear()  # before the step, so a signal raised during it is not lost
            try:
                did_work = await step()
            except Exception:
                log.exception("%s step failed; pausing", name)
                await asyncio.sleep(_ERROR_PAUSE_S)
                continue
            if did_work:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(signal.wait(), timeout=self._c.settings.poll_interval_s)
