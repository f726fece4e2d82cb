"""Where the local infrastructure keeps its files and which ports it listens on.

Everything downloaded, built or stored lives under one folder (`.local/` by
default, `CLUSTERLINK_LOCAL_DIR` to move it) so deleting that folder resets it all.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from clusterlink.localinfra.errors import LocalInfraError
from clusterlink.paths import local_dir

# The repository checkout this package runs from: infra/ files and the Python path for children.
REPO_ROOT = Path(__file__).resolve().parents[2]

KAFKA_PORT_ENV = "CLUSTERLINK_KAFKA_PORT"
KAFKA_CONTROLLER_PORT_ENV = "CLUSTERLINK_KAFKA_CONTROLLER_PORT"
MONGO_PORT_ENV = "CLUSTERLINK_MONGO_PORT"
SMTP_PORT_ENV = "CLUSTERLINK_SMTP_PORT"
MONGODB_URL_ENV = "MONGODB_URL"


@dataclass(frozen=True)
class LocalInfraSettings:
    local_dir: Path
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    mongo_port: int = 27017
    smtp_port: int = 1025
    # An existing MongoDB to use instead of starting FerretDB.
    external_mongodb_url: str | None = None

    # Loopback only: nothing here has authentication.
    host: ClassVar[str] = "127.0.0.1"

    def __post_init__(self) -> None:
        ports = (self.kafka_port, self.kafka_controller_port, self.mongo_port, self.smtp_port)
        if len(set(ports)) != len(ports):
            raise LocalInfraError(
                f"the local ports must differ: Kafka {self.kafka_port}, Kafka controller "
                f"{self.kafka_controller_port}, MongoDB {self.mongo_port}, SMTP {self.smtp_port}"
            )

    @classmethod
    def from_env(cls) -> LocalInfraSettings:
        env = os.environ
        return cls(
            local_dir=local_dir(),
            kafka_port=_port(env, KAFKA_PORT_ENV, cls.kafka_port),
            kafka_controller_port=_port(env, KAFKA_CONTROLLER_PORT_ENV, cls.kafka_controller_port),
            mongo_port=_port(env, MONGO_PORT_ENV, cls.mongo_port),
            smtp_port=_port(env, SMTP_PORT_ENV, cls.smtp_port),
            external_mongodb_url=env.get(MONGODB_URL_ENV) or None,
        )

    @property
    def run_dir(self) -> Path:
        return self.local_dir / "run"

    @property
    def logs_dir(self) -> Path:
        return self.local_dir / "logs"

    @property
    def bin_dir(self) -> Path:
        return self.local_dir / "bin"

    @property
    def mail_dir(self) -> Path:
        return self.local_dir / "mail"

    @property
    def kafka_dir(self) -> Path:
        return self.local_dir / "kafka"

    @property
    def ferretdb_dir(self) -> Path:
        return self.local_dir / "ferretdb"


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if not raw:
        return default
    try:
        port = int(raw)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise LocalInfraError(f"{name} must be a TCP port number (1-65535), got {raw!r}")
    return port
