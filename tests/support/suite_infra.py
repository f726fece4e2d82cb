"""The test suite's own infrastructure: started when needed, stopped by the last run out.

`make test` must leave nothing behind for `make run` to show, so the suite keeps
its own folder and ports (`environment_for_test_suite`) and stops what a test run
started. Two runs may share that folder at once: each holds a shared lock on it
while it runs, and only a run that can take the lock exclusively at its end (no
other run is using the infrastructure) stops it. What a developer started by
hand (`clusterlink dev up --tests`) is reused and left running.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clusterlink.localinfra import Endpoints, LocalInfraSettings, start_all, stop_all
from clusterlink.localinfra.settings import environment_for_test_suite

_STARTED_BY_TESTS = "started-by-tests"


def use_test_suite_environment() -> None:
    """Give this process (and the services it starts) the suite's folder and ports, unless set already."""
    os.environ.update(environment_for_test_suite(os.environ))


@contextmanager
def suite_infrastructure(settings: LocalInfraSettings | None = None) -> Iterator[Endpoints]:
    settings = settings or LocalInfraSettings.from_env()
    settings.run_dir.mkdir(parents=True, exist_ok=True)
    marker = settings.run_dir / _STARTED_BY_TESTS
    with (settings.run_dir / "test-runs.lock").open("w") as lock:
        # Blocks while a finishing run stops the infrastructure, so we never start on a half-stopped one.
        fcntl.flock(lock, fcntl.LOCK_SH)
        report = start_all(settings)
        started = {o.title for o in report.outcomes if o.action == "started"}
        if started:
            _remember(marker, started)
        try:
            yield report.endpoints
        finally:
            _stop_if_last(lock.fileno(), settings, marker)


def _remember(marker: Path, titles: set[str]) -> None:
    known = set(marker.read_text(encoding="utf-8").splitlines()) if marker.exists() else set()
    marker.write_text("\n".join(sorted(known | titles)) + "\n", encoding="utf-8")


def _stop_if_last(fd: int, settings: LocalInfraSettings, marker: Path) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return  # another run still uses it; the last one out stops it
    if not marker.exists():
        return
    titles = set(marker.read_text(encoding="utf-8").splitlines()) - {""}
    stop_all(settings, only=titles)
    marker.unlink(missing_ok=True)
