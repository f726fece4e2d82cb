"""Start, check and stop the three services as background processes on this machine.

Each service runs as `python -m services.<name>` in its own session (so `stop`
takes its whole process group), logs to `.local/logs/<name>.log` and is ready
when its `/readyz` answers 200. A service may run as several replicas
(`clusterlink dev up --replicas matcher=2`): replica N > 1 is `<name>-N`, with its
own pid file, log and HTTP port (the first one's + 10·(N-1)), in the same consumer
group, so Kafka shares the partitions among them.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from clusterlink.localinfra.endpoints import Endpoints
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
    replica: int = 1

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def instance(self) -> str:
        """The name of this replica's pid file and log: `matcher`, `matcher-2`, …"""
        return self.name if self.replica == 1 else f"{self.name}-{self.replica}"


DEFAULT_SERVICES: tuple[ServiceSpec, ...] = (
    ServiceSpec("registry", 8001),
    ServiceSpec("matcher", 8002),
    ServiceSpec("notifier", 8003),
)
_REPLICA_PORT_STEP = 10
MAX_REPLICAS = 9  # ports stay apart: 8002, 8012, … 8082


class ServiceStartError(RuntimeError):
    pass


# A pid file is trusted only if the process's command line still says it is this service.
def _markers(name: str) -> tuple[str, ...]:
    return ("-m", f"services.{name}")


def _pid_file(run_dir: Path, instance: str) -> Path:
    return run_dir / f"service-{instance}.pid"


def running_pid(name: str, run_dir: Path | None = None, replica: int = 1) -> int | None:
    instance = ServiceSpec(name, 0, replica).instance
    return find_running(_pid_file(run_dir or local_dir() / "run", instance), _markers(name))


def replica_specs(counts: Mapping[str, int], first: Sequence[ServiceSpec] = DEFAULT_SERVICES) -> list[ServiceSpec]:
    """Every replica of every service in `first`, `counts` saying how many (1 for a service not named)."""
    specs = []
    for base in first:
        for replica in range(1, counts.get(base.name, 1) + 1):
            specs.append(ServiceSpec(base.name, base.port + _REPLICA_PORT_STEP * (replica - 1), replica))
    return specs


def parse_replicas(text: str) -> dict[str, int]:
    """`matcher=2,notifier=3` -> {"matcher": 2, "notifier": 3}; ValueError naming the bad part."""
    names = [spec.name for spec in DEFAULT_SERVICES]
    counts: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, raw = part.partition("=")
        name = name.strip()
        if not sep or name not in names:
            raise ValueError(f"--replicas: {part!r} is not SERVICE=COUNT with SERVICE one of {', '.join(names)}")
        try:
            count = int(raw)
        except ValueError:
            count = 0
        if not 1 <= count <= MAX_REPLICAS:
            raise ValueError(
                f"--replicas: the count of {name} must be a whole number from 1 to {MAX_REPLICAS}, got {raw!r}"
            )
        counts[name] = count
    return counts


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
    log_path = (log_dir or local_dir() / "logs") / f"{spec.instance}.log"
    prefix = spec.name.upper()
    # Otherwise a stranger on the port would answer /readyz for us.
    ensure_port_free("127.0.0.1", spec.port, spec.instance, f"{prefix}_PORT")
    child_env = {**os.environ, **env, f"{prefix}_HOST": "127.0.0.1", f"{prefix}_PORT": str(spec.port)}
    pid = spawn_detached(
        [sys.executable, *_markers(spec.name)],
        log_file=log_path,
        pid_file=_pid_file(run_dir, spec.instance),
        env=child_env,
    )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not is_alive(pid):
            raise ServiceStartError(
                f"{spec.instance} exited with status {exit_code(pid)} while starting; log at {log_path}:\n"
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
        f"{spec.instance} was not ready on {spec.url} within {timeout_s:.0f} s; log at {log_path}:\n" + _tail(log_path)
    )


def stop_pid(pid: int, grace_s: float = 10.0) -> None:
    """SIGTERM the service's process group, SIGKILL what is left after the grace period."""
    stop_process_group(pid, grace_s)


def stop_services(run_dir: Path | None = None) -> list[str]:
    """Stop every replica of every service started from this folder; returns their names."""
    run_dir = run_dir or local_dir() / "run"
    stopped = []
    for spec in reversed(DEFAULT_SERVICES):
        for pid_file in sorted(run_dir.glob(f"service-{spec.name}*.pid"), reverse=True):
            instance = pid_file.stem.removeprefix("service-")
            if instance != spec.name and not instance.removeprefix(f"{spec.name}-").isdigit():
                continue
            pid = find_running(pid_file, _markers(spec.name))
            if pid is not None:
                stop_pid(pid)
                stopped.append(instance)
            pid_file.unlink(missing_ok=True)
    return stopped


def running_replicas(run_dir: Path | None = None) -> list[tuple[str, int]]:
    """(instance, pid) of each service replica running from this folder."""
    run_dir = run_dir or local_dir() / "run"
    found = []
    for spec in DEFAULT_SERVICES:
        for replica in range(1, MAX_REPLICAS + 1):
            pid = running_pid(spec.name, run_dir, replica)
            if pid is not None:
                found.append((ServiceSpec(spec.name, 0, replica).instance, pid))
    return found


def service_bootstrap(endpoints: Endpoints) -> str:
    """Every broker of the local cluster, comma separated, for `KAFKA_BOOTSTRAP_SERVERS`.

    The services split the list (`shared.settings.comma_separated`) before handing it to
    FastStream and aiokafka, so a service still starts while any one node is down.
    """
    return endpoints.kafka_bootstrap


def local_service_env(
    endpoints: Endpoints, secrets: Mapping[str, str], first: Sequence[ServiceSpec] = DEFAULT_SERVICES
) -> dict[str, str]:
    """What the services need to run against the local infrastructure with the local secrets."""
    registry, matcher, notifier = first
    return {
        "KAFKA_BOOTSTRAP_SERVERS": service_bootstrap(endpoints),
        "MONGODB_URL": endpoints.mongodb_url,
        "REGISTRY_COORDINATOR_KEY_HASHES": secrets["REGISTRY_COORDINATOR_KEY_HASHES"],
        "NOTIFIER_LINK_SECRET": secrets["NOTIFIER_LINK_SECRET"],
        "NOTIFIER_SMTP_HOST": endpoints.smtp_host,
        "NOTIFIER_SMTP_PORT": str(endpoints.smtp_port),
        # Links go to the first notifier; every replica answers them from the same database.
        "NOTIFIER_PUBLIC_BASE_URL": notifier.url,
        # Local runs show their emails now, whatever the hour in Bangkok.
        "NOTIFIER_QUIET_HOURS_ENABLED": "false",
        "CLUSTERLINK_REGISTRY_URL": registry.url,
        # The dashboard asks the matcher which SMEs have empty lists, as a coordinator.
        "REGISTRY_MATCHER_URL": matcher.url,
        "REGISTRY_MATCHER_API_KEY": secrets["CLUSTERLINK_API_KEY"],
    }


def start_replicas(
    specs: Sequence[ServiceSpec], env: Mapping[str, str], run_dir: Path | None = None
) -> list[tuple[ServiceSpec, int, bool]]:
    """Start each replica not running yet; (spec, pid, started) for each, in order."""
    outcomes = []
    for spec in specs:
        pid = running_pid(spec.name, run_dir, spec.replica)
        if pid is not None:
            outcomes.append((spec, pid, False))
            continue
        outcomes.append((spec, start_service(spec, env, run_dir=run_dir), True))
    return outcomes


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"
