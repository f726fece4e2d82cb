"""One start-up and shutdown path for every service: SIGTERM to exit within `EXIT_WITHIN_S`.

A service's lifespan starts its parts in order (`Parts.start`: a name, how to start,
how to stop); `service_lifespan` logs a line per part and "<service> started", and at
shutdown stops the parts in reverse, each within its own bound and all within
`PARTS_STOP_S`. A part that overruns is cancelled, logged and abandoned; the parts
before it still stop. What an abandoned part had in hand is safe to drop: consumers
commit only what they stored, so the next start (or another replica) reads it again.

`serve` is every `python -m services.<name>`: uvicorn with `HTTP_DRAIN_S` for requests
in flight, then the lifespan's stop, exit status 0 after SIGTERM without the interpreter's
slow teardown, and a watchdog that ends the process at `EXIT_WITHIN_S` whatever still
hangs (a thread, a start-up that never finished). The timeline: HTTP drain ≤ 2 s, parts
≤ 7 s, exit by 9.5 s.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any, Protocol, TypeVar, runtime_checkable

import uvicorn
from fastapi import FastAPI
from pydantic_settings import BaseSettings

from shared.lingering_close import LingeringH11Protocol
from shared.logging import configure_logging
from shared.settings import LogSettings, load_or_exit

log = logging.getLogger(__name__)

EXIT_WITHIN_S = 9.5  # the promise is 10 s from SIGTERM; half a second for the interpreter to go
HTTP_DRAIN_S = 2  # requests in flight at SIGTERM get this long (uvicorn's timeout_graceful_shutdown)
PARTS_STOP_S = 7.0  # every part's stop together, after the HTTP drain
PART_STOP_S = 2.0  # one part's stop, unless it says otherwise
LAST_CHANCE_S = 0.2  # a part reached once PARTS_STOP_S is spent: closing a client takes no longer
STARTUP_FAILURE = 3  # uvicorn's own exit status when the lifespan did not start

Step = Callable[[], object]  # sync or async; what it returns is not used
StartParts = Callable[[FastAPI, "Parts"], Awaitable[None]]


async def _run(step: Step) -> None:
    result = step()
    if inspect.isawaitable(result):
        await result


def _report_crash(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.critical("background task stopped", exc_info=task.exception(), extra={"task": task.get_name()})


@dataclass(frozen=True)
class _Started:
    name: str
    stop: Step | None
    stop_within_s: float


class Parts:
    """The parts a service started, in order; `stop` takes them down in reverse, each bounded."""

    def __init__(
        self, service: str, *, stop_within_s: float = PARTS_STOP_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.service = service
        self._stop_within_s = stop_within_s
        self._clock = clock
        self._started: list[_Started] = []

    @property
    def names(self) -> list[str]:
        return [part.name for part in self._started]

    async def start(
        self, name: str, start: Step | None = None, *, stop: Step | None = None, stop_within_s: float = PART_STOP_S
    ) -> None:
        """Start one part now (`start` may be sync, async or None); `stop` runs at shutdown."""
        began = self._clock()
        try:
            if start is not None:
                await _run(start)
        except BaseException:
            log.error("part did not start", extra={"service": self.service, "part": name}, exc_info=True)
            raise
        self._started.append(_Started(name, stop, stop_within_s))
        log.info("part started", extra={"service": self.service, "part": name, "seconds": self._since(began)})

    async def background(
        self, name: str, work: Callable[[], Coroutine[Any, Any, None]], *, stop_within_s: float = PART_STOP_S
    ) -> None:
        """A part that is one long-running task (a relay, a consumer loop); stopping cancels it."""
        task: asyncio.Task[None] | None = None

        def start() -> None:
            nonlocal task
            task = asyncio.create_task(work(), name=name)
            task.add_done_callback(_report_crash)

        async def stop() -> None:
            if task is not None and not task.done():
                task.cancel()
                await asyncio.wait({task})

        await self.start(name, start, stop=stop, stop_within_s=stop_within_s)

    async def stop(self) -> list[str]:
        """Stop every started part, last first; returns the names of those abandoned."""
        deadline = self._clock() + self._stop_within_s
        abandoned: list[str] = []
        while self._started:
            part = self._started.pop()
            if part.stop is None:
                continue
            # A part reached late still gets a moment: closing a database client is instant.
            bound = max(min(part.stop_within_s, deadline - self._clock()), LAST_CHANCE_S)
            if not await self._stop_one(part, bound):
                abandoned.append(part.name)
        return abandoned

    async def _stop_one(self, part: _Started, bound_s: float) -> bool:
        assert part.stop is not None
        fields = {"service": self.service, "part": part.name}
        began = self._clock()
        task = asyncio.create_task(_run(part.stop), name=f"stop {part.name}")
        # Not `wait_for`: a stop that swallows its cancellation would hold it past the bound.
        done, _ = await asyncio.wait({task}, timeout=bound_s)
        if not done:
            task.cancel()  # not awaited: a part that ignores the cancel stays behind, alone
            log.warning("part did not stop in time: abandoned", extra={**fields, "bound_s": round(bound_s, 3)})
            return False
        if task.cancelled() or task.exception() is not None:
            log.error("part failed to stop", extra=fields, exc_info=None if task.cancelled() else task.exception())
            return True  # it failed, but it is not running any more
        log.info("part stopped", extra={**fields, "seconds": self._since(began)})
        return True

    def _since(self, began: float) -> float:
        return round(self._clock() - began, 3)


def service_lifespan(
    service: str, start_parts: StartParts, *, stop_within_s: float = PARTS_STOP_S
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """The lifespan of every service: `start_parts(app, parts)` starts the parts in order.

    A part that fails to start stops those started before it (in reverse) and the
    error goes on to uvicorn, which exits with status 3.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        parts = Parts(service, stop_within_s=stop_within_s)
        began = time.monotonic()
        try:
            await start_parts(app, parts)
        except BaseException:
            await parts.stop()
            log.error(f"{service} did not start", extra={"service": service})
            raise
        log.info(
            f"{service} started",
            extra={"service": service, "parts": parts.names, "seconds": round(time.monotonic() - began, 3)},
        )
        try:
            yield
        finally:
            began = time.monotonic()
            log.info(f"{service} stopping", extra={"service": service})
            abandoned = await parts.stop()
            log.info(
                f"{service} stopped",
                extra={"service": service, "abandoned": abandoned, "seconds": round(time.monotonic() - began, 3)},
            )

    return lifespan


@runtime_checkable
class ServiceSettings(Protocol):
    host: str
    port: int
    log: LogSettings


AnySettings = TypeVar("AnySettings", bound=BaseSettings)


class _Server(uvicorn.Server):
    """uvicorn's server plus a watchdog that ends the process `EXIT_WITHIN_S` after the first signal."""

    def __init__(self, config: uvicorn.Config, service: str) -> None:
        super().__init__(config)
        self._service = service
        self._watchdog: threading.Timer | None = None

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if self._watchdog is None:
            self._watchdog = threading.Timer(EXIT_WITHIN_S, self._exit_now, (sig,))
            self._watchdog.daemon = True
            self._watchdog.start()
        super().handle_exit(sig, frame)

    def _exit_now(self, sig: int) -> None:
        log.error(
            f"{self._service} did not stop within {EXIT_WITHIN_S} s of {signal.Signals(sig).name}: exiting now",
            extra={"service": self._service},
        )
        logging.shutdown()
        os._exit(1)


def serve(service: str, settings_class: type[AnySettings], create_app: Callable[[AnySettings], FastAPI]) -> None:
    """`python -m services.<service>`: settings (exit 2 if invalid), logging, then uvicorn."""
    settings = load_or_exit(settings_class)
    if not isinstance(settings, ServiceSettings):
        raise TypeError(f"{settings_class.__name__} needs host, port and log to be served")
    configure_logging(service, settings.log.level, settings.log.json_format)
    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_config=None,
        timeout_graceful_shutdown=HTTP_DRAIN_S,
        http=LingeringH11Protocol,  # a refused request's client reads the 4xx, not a reset
    )
    server = _Server(config, service)
    # uvicorn keeps this handler aside while it serves and raises SIGTERM again after its shutdown: without
    # it the process would end killed by its own signal (status -15), not with 0. A SIGTERM that comes
    # before uvicorn takes over stops the server as soon as it has started.
    signal.signal(signal.SIGTERM, server.handle_exit)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C, raised again by uvicorn after its shutdown
        server.run()
    if not server.started:
        sys.exit(STARTUP_FAILURE)
    # What had to be kept is stored, flushed and committed by now. The interpreter's own teardown
    # is skipped: its last garbage collection over a large heap (a matcher's index) took 10 s, with
    # the GIL held, so not even the watchdog could end it.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
