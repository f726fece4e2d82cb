"""Start, check and stop the three services as background processes on this machine.

Each service runs as `python -m services.<name>` in its own session (so `stop`
takes its whole process group), logs to `.local/logs/<name>.log` and is ready
when its `/readyz` answers 200.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from clusterlink.localinfra.ports import ensure_port_free
from clusterlink.localinfra.processes import (
    exit_code,
    find_running,
    is_alive,
    spawn_detached,
    stop_process_group,
)
from clusterlink.paths import local_dir


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


# A pid file is trusted only if the process's command line still says it is this service.
def _markers(name: str) -> tuple[str, ...]:
    return ("-m", f"services.{name}")


def _pid_file(run_dir: Path, name: str) -> Path:
    return run_dir / f"service-{name}.pid"


def running_pid(name: str, run_dir: Path | None = None) -> int | None:
    return find_running(_pid_file(run_dir or local_dir() / "run", name), _markers(name))


def start_service(
    spec: ServiceSpec,
    env: Mapping[str, str],
    *,
    run_dir: Path | None = None,
    log_dir: Path | None = None,
    timeout_s: float = 90.0,
) -> int:
    """Start one service and wait until `/readyz` answers 200; returns its pid."""
    run_dir = run_dir or local_dir() / "run"
    log_path = (log_dir or local_dir() / "logs") / f"{spec.name}.log"
    prefix = spec.name.upper()
    # Otherwise a stranger on the port would answer /readyz for us.
    ensure_port_free("127.0.0.1", spec.port, spec.name, f"{prefix}_PORT")
    child_env = {**os.environ, **env, f"{prefix}_HOST": "127.0.0.1", f"{prefix}_PORT": str(spec.port)}
    pid = spawn_detached(
        [sys.executable, *_markers(spec.name)], log_file=log_path, pid_file=_pid_file(run_dir, spec.name), env=child_env
    )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not is_alive(pid):
            raise ServiceStartError(
                f"{spec.name} exited with status {exit_code(pid)} while starting; log at {log_path}:\n"
                + _tail(log_path)
            )
        try:
            if httpx.get(f"{spec.url}/readyz", timeout=2.0).status_code == 200:
                return pid
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    stop_pid(pid)
    raise ServiceStartError(
        f"{spec.name} was not ready on {spec.url} within {timeout_s:.0f} s; log at {log_path}:\n" + _tail(log_path)
    )


def stop_pid(pid: int, grace_s: float = 10.0) -> None:
    """SIGTERM the service's process group, SIGKILL what is left after the grace period."""
    stop_process_group(pid, grace_s)


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
