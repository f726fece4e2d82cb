"""The services as replica processes that can be SIGKILLed and started again."""

from __future__ import annotations

import os
import re
import signal
import socket
import time
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from clusterlink.stack import ServiceSpec, ServiceStartError, start_service, stop_pid

RESTART_ATTEMPTS = 10
RESTART_PAUSE_S = 3.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Replica:
    name: str
    index: int
    spec: ServiceSpec
    pid: int

    @property
    def instance(self) -> str:
        return f"{self.name}-{self.index}"


class Fleet:
    """Replicas of the three services started from one folder, sharing one environment."""

    def __init__(self, env: Mapping[str, str], folder: Path) -> None:
        self.env = dict(env)
        self.folder = folder
        self.replicas: list[Replica] = []
        self.killed_at: list[tuple[str, float]] = []  # (service name, wall-clock time of the SIGKILL)

    def start(self, name: str, index: int) -> Replica:
        # A fresh port each time: a killed replica's port may linger in TIME_WAIT.
        spec = ServiceSpec(name, free_port(), index)
        env = {**self.env, **_replica_env(name)}
        where = self.folder / f"{name}-{index}"
        pid = start_service(spec, env, run_dir=where, log_dir=self.folder / "logs", timeout_s=240.0)
        replica = Replica(name, index, spec, pid)
        self.replicas = [r for r in self.replicas if (r.name, r.index) != (name, index)] + [replica]
        return replica

    def restart(self, name: str, index: int) -> list[str]:
        """Start the replica again as a supervisor would: again after each failed start, a few
        times; returns why the failed attempts failed (their last log line)."""
        failures: list[str] = []
        while True:
            try:
                self.start(name, index)
                return failures
            except ServiceStartError as exc:
                failures.append(_reason(str(exc)))
                if len(failures) >= RESTART_ATTEMPTS:
                    raise
                time.sleep(RESTART_PAUSE_S)

    def get(self, name: str, index: int = 1) -> Replica:
        return next(r for r in self.replicas if (r.name, r.index) == (name, index))

    def kill(self, name: str, index: int) -> int:
        """SIGKILL the replica's whole process group, as a crash or the OOM killer would."""
        pid = self.get(name, index).pid
        with suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
        self.killed_at.append((name, time.time()))
        return pid

    def stop_all(self) -> None:
        for replica in reversed(self.replicas):
            with suppress(Exception):
                stop_pid(replica.pid)
        self.replicas.clear()


def _replica_env(name: str) -> dict[str, str]:
    # Replicas sharing a host fit in-process, so their refits do not fight (matcher guide).
    return {"MATCHER_FIT_JOBS": "1"} if name == "matcher" else {}


def _reason(failure: str) -> str:
    """The exception a failed start's log tail ends with (its last `SomethingError: …` line)."""
    lines = failure.strip().splitlines()
    errors = [line.strip() for line in lines if re.match(r"^\s*[\w.]+(Error|Exception)\b", line)]
    return (errors[-1] if errors else lines[-1])[:300]
