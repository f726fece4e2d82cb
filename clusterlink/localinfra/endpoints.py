"""Where clients reach the local infrastructure."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Endpoints:
    kafka_bootstrap: str
    mongodb_url: str
    smtp_host: str
    smtp_port: int
    mail_dir: Path
