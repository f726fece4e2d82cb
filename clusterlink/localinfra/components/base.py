"""What every managed component provides to the start/stop/status logic."""

from __future__ import annotations

import signal
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import ClassVar

from clusterlink.localinfra.settings import LocalInfraSettings


class Component(ABC):
    # Per instance where one class runs several processes (the nodes of a Kafka cluster).
    name: str  # stem of its pid and log files
    title: str  # how messages name it
    ready_timeout_s: ClassVar[float]
    stop_timeout_s: ClassVar[float] = 10.0
    # Sent to the leader alone to stop it, for a server that stops its own workers; None: SIGTERM to the group.
    stop_signal: ClassVar[signal.Signals | None] = None
    # Components after it in the start order wait until it answers (a database under its front end).
    others_need_it: ClassVar[bool] = False

    def __init__(self, settings: LocalInfraSettings) -> None:
        self.settings = settings

    @property
    def pid_file(self) -> Path:
        return self.settings.run_dir / f"{self.name}.pid"

    @property
    def log_file(self) -> Path:
        return self.settings.logs_dir / f"{self.name}.log"

    @abstractmethod
    def ports(self) -> Sequence[tuple[int, str]]:
        """Each port it binds, with the environment variable that moves it."""

    @abstractmethod
    def address(self) -> str:
        """Where clients reach it, for people to read."""

    @abstractmethod
    def command_markers(self) -> Sequence[str]:
        """Substrings of its command line that tell our process from an unrelated one with a reused pid."""

    @abstractmethod
    def prepare(self) -> None:
        """Download, build or initialise what it needs; fast when that is already done."""

    @abstractmethod
    def command(self) -> list[str]:
        """The command line that runs it in the foreground (after `prepare`)."""

    def environment(self) -> Mapping[str, str] | None:
        """The environment of its process; None inherits ours."""
        return None

    @abstractmethod
    def answers(self) -> bool:
        """One quick readiness check with a real client."""

    def after_ready(self) -> None:
        """Idempotent set-up once it answers, whether just started or reused."""
        return None

    def differs_from(self, running_command: str) -> str | None:
        """What the running process's command line lacks of the current settings, if anything."""
        return None
