"""Failed authentications per client, counted in memory: a client past the limit is refused
(429) before its credential is looked at, so guessing costs no database work.

Counted per process: with N replicas a client may fail up to N times the limit before
each has refused it. The client is the peer address as the server sees it (uvicorn takes
it from `X-Forwarded-For` only for the proxies named in `FORWARDED_ALLOW_IPS`).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

_MAX_CLIENTS = 100_000  # the oldest windows are forgotten first beyond this


class TooManyFailures(Exception):
    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"too many failed attempts from this address; retry in {retry_after_s} s")
        self.retry_after_s = retry_after_s


@dataclass(slots=True)
class _Window:
    started: float
    failures: int


class FailureLimiter:
    """At most `limit` failures per client in each window of `window_s` seconds."""

    def __init__(self, limit: int, window_s: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._limit = limit
        self._window_s = window_s
        self._clock = clock
        self._windows: OrderedDict[str, _Window] = OrderedDict()

    def _current(self, client: str) -> _Window | None:
        window = self._windows.get(client)
        if window is not None and self._clock() - window.started >= self._window_s:
            del self._windows[client]
            return None
        return window

    def check(self, client: str) -> None:
        """Raises `TooManyFailures` while the client is over its limit."""
        window = self._current(client)
        if window is not None and window.failures >= self._limit:
            remaining = window.started + self._window_s - self._clock()
            raise TooManyFailures(max(1, math.ceil(remaining)))

    def failed(self, client: str) -> None:
        window = self._current(client)
        if window is None:
            window = self._windows[client] = _Window(self._clock(), 0)
            while len(self._windows) > _MAX_CLIENTS:
                self._windows.popitem(last=False)
        window.failures += 1
