"""Refit vocabulary and weights off the hot path: fit in a thread, replay, swap."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from services.matcher.live_index import LiveIndex

log = logging.getLogger(__name__)

RefitListener = Callable[[str], Awaitable[None]]


class Refitter:
    def __init__(self, live: LiveIndex) -> None:
        self._live = live
        self._lock = asyncio.Lock()
        self._listeners: list[RefitListener] = []
        self.last_duration_s: float | None = None

    def add_listener(self, listener: RefitListener) -> None:
        """Called after every swap, e.g. to bring the stored lists in line with the new weights."""
        self._listeners.append(listener)

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
        log.info(
            "index refitted",
            extra={
                "reason": reason,
                "profiles": len(snapshot.profiles),
                "seconds": round(self.last_duration_s, 3),
            },
        )
        for listener in self._listeners:
            await listener(reason)
        return True

    async def run_periodically(self, interval_s: float, min_changes: int, ready: asyncio.Event) -> None:
        await ready.wait()
        while True:
            await asyncio.sleep(interval_s)
            if self._live.changes_since_fit < min_changes:
                continue
            try:
                await self.refit("periodic")
            except Exception:
                log.exception("periodic refit failed; the current index stays in use")
