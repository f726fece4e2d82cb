"""Start, check and stop the three services as background processes on this machine.

Each service runs as `python -m services.<name>` in its own session (so `stop`
takes its whole process group), logs to `.local/logs/<name>.log` and is ready
when its `/readyz` answers 200.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from clusterlink.secrets import local_dir


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


DEFAULT_SERVICES: tuple[ServiceSpec, ...] = (
    ServiceSpec("registry", 8001),
    ServiceSpec("matcher", 8002),
    ServiceSpec("notifier", 8003),
)


class ServiceStartError(RuntimeError):
    pass


def _pid_file(run_dir: Path, name: str) -> Path:
    return run_dir / f"service-{name}.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_pid(name: str, run_dir: Path | None = None) -> int | None:
    pid_file = _pid_file(run_dir or local_dir() / "run", name)
    try:
        pid = int(pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    return pid if _alive(pid) else None


def start_service(
    spec: ServiceSpec,
    env: Mapping[str, str],
    *,
    run_dir: Path | None = None,
    log_dir: Path | None = None,
    timeout_s: float = 90.0,
) -> subprocess.Popen[bytes]:
    """Start one service and wait until `/readyz` answers 200."""
    run_dir = run_dir or local_dir() / "run"
    log_dir = log_dir or local_dir() / "logs"
    run_dir.mkdir(parents=True, exist_ok=True)
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{spec.name}.log"
    prefix = spec.name.upper()
    child_env = {**os.environ, **env, f"{prefix}_HOST": "127.0.0.1", f"{prefix}_PORT": str(spec.port)}
    with log_path.open("ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", f"services.{spec.name}"],
            env=child_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    _pid_file(run_dir, spec.name).write_text(str(proc.pid))
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServiceStartError(
                f"{spec.name} exited with status {proc.returncode} while starting; log at {log_path}:\n"
                + _tail(log_path)
            )
        try:
            if httpx.get(f"{spec.url}/readyz", timeout=2.0).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    stop_pid(proc.pid)
    raise ServiceStartError(
        f"{spec.name} was not ready on {spec.url} within {timeout_s:.0f} s; log at {log_path}:\n" + _tail(log_path)
    )


def stop_pid(pid: int, grace_s: float = 10.0) -> None:
    """SIGTERM the process group, then SIGKILL what is left after the grace period."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        if not _alive(pid):
            return
        time.sleep(0.1)
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def stop_services(run_dir: Path | None = None) -> list[str]:
    run_dir = run_dir or local_dir() / "run"
    stopped = []
    for spec in reversed(DEFAULT_SERVICES):
        pid = running_pid(spec.name, run_dir)
        if pid is not None:
            stop_pid(pid)
            stopped.append(spec.name)
        _pid_file(run_dir, spec.name).unlink(missing_ok=True)
    return stopped


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"
