"""The one start-up and shutdown path: order, reverse stop, bounds, a failed start, and `serve` on SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from shared.service_lifecycle import Parts, service_lifespan

LOGGER = "shared.service_lifecycle"
REPO_ROOT = Path(__file__).parents[3]


def _recorder(done: list[str]) -> Callable[[str], Callable[[], None]]:
    return lambda what: lambda: done.append(what)


def _lines(caplog: pytest.LogCaptureFixture, message: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.getMessage() == message]


async def test_parts_start_in_order_and_stop_in_reverse_each_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, LOGGER)
    done: list[str] = []
    step = _recorder(done)
    parts = Parts("svc")

    async def start_broker() -> None:
        await asyncio.sleep(0)
        done.append("start broker")

    await parts.start("database", step("start database"), stop=step("stop database"))
    await parts.start("topics", step("create topics"))  # nothing to stop
    await parts.start("broker", start_broker, stop=step("stop broker"))
    await parts.start("feed", step("start feed"), stop=step("stop feed"))
    assert await parts.stop() == []

    assert done == [
        "start database", "create topics", "start broker", "start feed",
        "stop feed", "stop broker", "stop database",
    ]  # fmt: skip
    started = _lines(caplog, "part started")
    assert [(r.service, r.part) for r in started] == [  # type: ignore[attr-defined]
        ("svc", "database"), ("svc", "topics"), ("svc", "broker"), ("svc", "feed"),
    ]  # fmt: skip
    assert all(isinstance(r.seconds, float) for r in started)  # type: ignore[attr-defined]
    assert [r.part for r in _lines(caplog, "part stopped")] == ["feed", "broker", "database"]  # type: ignore[attr-defined]


async def test_a_stop_that_hangs_is_abandoned_at_its_bound_and_the_parts_before_it_still_stop(
    caplog: pytest.LogCaptureFixture,
) -> None:
    done: list[str] = []
    step = _recorder(done)
    stuck, cancel_swallowed, release = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def hang_even_when_cancelled() -> None:
        # As an SMTP library on Python 3.11 may: the cancel is swallowed and the wait goes on.
        stuck.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancel_swallowed.set()
        await release.wait()  # set when the test ends, so the loop can close

    parts = Parts("svc")
    await parts.start("database", stop=step("stop database"))
    await parts.start("producer", stop=step("stop producer"))
    await parts.start("senders", stop=hang_even_when_cancelled, stop_within_s=0.2)
    await parts.start("consumers", stop=step("stop consumers"))
    async with asyncio.timeout(60):  # without the bound, stop() would never return
        abandoned = await parts.stop()

    async with asyncio.timeout(30):
        await cancel_swallowed.wait()  # it was cancelled, did not end, and was left behind
    release.set()
    assert stuck.is_set()
    assert abandoned == ["senders"]
    assert done == ["stop consumers", "stop producer", "stop database"]
    (warning,) = _lines(caplog, "part did not stop in time: abandoned")
    assert warning.part == "senders" and warning.levelno == logging.WARNING  # type: ignore[attr-defined]


async def test_the_overall_bound_cuts_slow_stops_short_and_later_parts_still_get_their_moment() -> None:
    done: list[str] = []
    step = _recorder(done)
    parts = Parts("svc", stop_within_s=0.3)
    await parts.start("database", stop=step("stop database"))
    for name in ("slow one", "slow two"):
        await parts.start(name, stop=lambda: asyncio.sleep(3600), stop_within_s=3600)
    async with asyncio.timeout(60):
        abandoned = await parts.stop()
    assert abandoned == ["slow two", "slow one"]
    assert done == ["stop database"]


async def test_a_stop_that_fails_is_logged_and_the_others_still_stop(caplog: pytest.LogCaptureFixture) -> None:
    done: list[str] = []
    step = _recorder(done)

    async def broken() -> None:
        raise ConnectionError("broker gone")

    parts = Parts("svc")
    await parts.start("database", stop=step("stop database"))
    await parts.start("producer", stop=broken)
    await parts.start("consumers", stop=step("stop consumers"))
    assert await parts.stop() == []
    assert done == ["stop consumers", "stop database"]
    (error,) = _lines(caplog, "part failed to stop")
    assert error.part == "producer" and "broker gone" in caplog.text  # type: ignore[attr-defined]


async def test_a_failing_start_stops_what_already_started_and_the_error_reaches_the_server(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, LOGGER)
    done: list[str] = []
    step = _recorder(done)

    async def start_parts(app: FastAPI, parts: Parts) -> None:
        await parts.start("database", step("start database"), stop=step("stop database"))
        await parts.start("producer", step("start producer"), stop=step("stop producer"))
        await parts.start("consumers", _refuse, stop=step("stop consumers"))
        await parts.start("never", step("start never"), stop=step("stop never"))

    app = FastAPI(lifespan=service_lifespan("svc", start_parts))
    with pytest.raises(ConnectionRefusedError, match="no broker"):
        async with app.router.lifespan_context(app):
            pytest.fail("the service must not run without its parts")

    assert done == ["start database", "start producer", "stop producer", "stop database"]
    assert _lines(caplog, "part did not start")[0].part == "consumers"  # type: ignore[attr-defined]
    assert _lines(caplog, "svc did not start") and not _lines(caplog, "svc started")


async def _refuse() -> None:
    raise ConnectionRefusedError("no broker")


async def test_the_lifespan_logs_started_and_stopped_with_durations(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, LOGGER)
    done: list[str] = []
    step = _recorder(done)

    async def start_parts(app: FastAPI, parts: Parts) -> None:
        await parts.start("database", stop=step("stop database"))
        app.state.ready = True

    app = FastAPI(lifespan=service_lifespan("ทดสอบ", start_parts))  # Thai service names log as they are
    async with app.router.lifespan_context(app):
        assert app.state.ready and done == []
    assert done == ["stop database"]
    (started,) = _lines(caplog, "ทดสอบ started")
    assert started.parts == ["database"] and started.seconds >= 0  # type: ignore[attr-defined]
    (stopped,) = _lines(caplog, "ทดสอบ stopped")
    assert stopped.abandoned == [] and stopped.seconds >= 0  # type: ignore[attr-defined]


async def test_a_background_part_is_cancelled_at_stop_and_a_crash_is_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    running, cancelled = asyncio.Event(), asyncio.Event()

    async def relay() -> None:
        running.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async def crash() -> None:
        raise RuntimeError("relay broke")

    parts = Parts("svc")
    await parts.background("relay", relay)
    await parts.background("crashing", crash)
    async with asyncio.timeout(30):
        await running.wait()
        while not _lines(caplog, "background task stopped"):  # noqa: ASYNC110 (the log is the sign)
            await asyncio.sleep(0.01)
    assert await parts.stop() == []
    assert cancelled.is_set()
    assert _lines(caplog, "background task stopped")[0].task == "crashing"  # type: ignore[attr-defined]


# `serve` in a real process: what `python -m services.<name>` runs, without Kafka or a database.
_SERVICE = """
import asyncio, sys, threading
from fastapi import FastAPI
from pydantic_settings import BaseSettings
from shared.service_lifecycle import Parts, serve, service_lifespan
from shared.settings import LogSettings

class Settings(BaseSettings):
    host: str = "127.0.0.1"
    port: int = int(sys.argv[1])
    log: LogSettings = LogSettings()

def create_app(settings: Settings) -> FastAPI:
    async def start_parts(app: FastAPI, parts: Parts) -> None:
        await parts.start("quick", stop=lambda: asyncio.sleep(0.01))
        if sys.argv[2] == "blocks":
            # A stop that blocks the event loop itself: no bound inside the loop can cut it.
            await parts.start("blocking", stop=lambda: threading.Event().wait())
    return FastAPI(lifespan=service_lifespan("demo", start_parts))

serve("demo", Settings, create_app)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _serve_and_terminate(tmp_path: Path, mode: str) -> tuple[int, str]:
    port, log_path = _free_port(), tmp_path / f"{mode}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", _SERVICE, str(port), mode],
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT), "LOG_JSON": "true"},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while "demo started" not in log_path.read_text(errors="replace"):
            assert proc.poll() is None and time.monotonic() < deadline, log_path.read_text(errors="replace")
            time.sleep(0.1)
        assert httpx.get(f"http://127.0.0.1:{port}/docs", timeout=10).status_code == 200
        os.killpg(proc.pid, signal.SIGTERM)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return code, log_path.read_text(errors="replace")


def test_serve_exits_0_after_sigterm_with_a_stopped_line(tmp_path: Path) -> None:
    code, log = _serve_and_terminate(tmp_path, "quick")
    assert code == 0, log  # not -15: uvicorn raises the signal again after its shutdown
    assert '"msg": "demo stopping"' in log and '"msg": "demo stopped"' in log, log
    assert '"part": "quick"' in log


def test_serve_ends_a_process_whose_stop_blocks_the_loop(tmp_path: Path) -> None:
    code, log = _serve_and_terminate(tmp_path, "blocks")
    assert code == 1, log
    assert "did not stop within 9.5 s of SIGTERM: exiting now" in log, log
    assert '"msg": "demo stopped"' not in log
