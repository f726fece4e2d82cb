"""The SMTP sink as a managed component (the server itself is `clusterlink.localinfra.smtp_sink`)."""

from __future__ import annotations

import os
import smtplib
import sys
from collections.abc import Mapping, Sequence

from clusterlink.localinfra.components.base import Component
from clusterlink.localinfra.settings import REPO_ROOT, SMTP_PORT_ENV

SINK_MODULE = "clusterlink.localinfra.smtp_sink"


class SmtpSink(Component):
    name = "smtp-sink"
    title = "SMTP sink"
    ready_timeout_s = 15.0

    def ports(self) -> Sequence[tuple[int, str]]:
        return ((self.settings.smtp_port, SMTP_PORT_ENV),)

    def address(self) -> str:
        return f"{self.settings.host}:{self.settings.smtp_port} → {self.settings.mail_dir}"

    def command_markers(self) -> Sequence[str]:
        return (SINK_MODULE, str(self.settings.mail_dir))

    def prepare(self) -> None:
        self.settings.mail_dir.mkdir(parents=True, exist_ok=True)

    def command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            SINK_MODULE,
            "--dir",
            str(self.settings.mail_dir),
            "--host",
            self.settings.host,
            "--port",
            str(self.settings.smtp_port),
        ]

    def environment(self) -> Mapping[str, str]:
        # Importable from any working directory, installed or not.
        python_path = os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH")) if p)
        return {**os.environ, "PYTHONPATH": python_path}

    def answers(self) -> bool:
        try:
            # local_hostname is fixed so smtplib does not wait on a DNS lookup of this machine.
            with smtplib.SMTP(self.settings.host, self.settings.smtp_port, "localhost", timeout=2) as client:
                code, _ = client.noop()
                return code == 250
        except (OSError, smtplib.SMTPException):
            return False
