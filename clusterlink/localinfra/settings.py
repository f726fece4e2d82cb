"""Where the local infrastructure keeps its files and which ports it listens on.

Everything downloaded, built or stored lives under one folder (`.local/` by
default, `CLUSTERLINK_LOCAL_DIR` to move it) so deleting that folder resets it all.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal, cast

from clusterlink.localinfra.errors import LocalInfraError
from clusterlink.paths import local_dir

# The repository checkout this package runs from: infra/ files and the Python path for children.
REPO_ROOT = Path(__file__).resolve().parents[2]

KAFKA_PORT_ENV = "CLUSTERLINK_KAFKA_PORT"
KAFKA_CONTROLLER_PORT_ENV = "CLUSTERLINK_KAFKA_CONTROLLER_PORT"
MONGO_PORT_ENV = "CLUSTERLINK_MONGO_PORT"
SMTP_PORT_ENV = "CLUSTERLINK_SMTP_PORT"
POSTGRES_PORT_ENV = "CLUSTERLINK_POSTGRES_PORT"
FERRETDB_BACKEND_ENV = "CLUSTERLINK_FERRETDB_BACKEND"
MONGODB_URL_ENV = "MONGODB_URL"

FerretDbBackend = Literal["postgresql", "sqlite"]
FERRETDB_BACKENDS: tuple[FerretDbBackend, ...] = ("postgresql", "sqlite")


@dataclass(frozen=True)
class LocalInfraSettings:
    local_dir: Path
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    mongo_port: int = 27017
    smtp_port: int = 1025
    # Only FerretDB talks to it, so not 5432: a PostgreSQL of the machine often holds that.
    postgres_port: int = 15432
    # What FerretDB stores in; docs/decisions/0004 measured both.
    ferretdb_backend: FerretDbBackend = "postgresql"
    # An existing MongoDB to use instead of starting FerretDB.
    external_mongodb_url: str | None = None

    # Loopback only: nothing here has authentication.
    host: ClassVar[str] = "127.0.0.1"

    def __post_init__(self) -> None:
        ports = (self.kafka_port, self.kafka_controller_port, self.mongo_port, self.smtp_port, self.postgres_port)
        if len(set(ports)) != len(ports):
            raise LocalInfraError(
                f"the local ports must differ: Kafka {self.kafka_port}, Kafka controller "
                f"{self.kafka_controller_port}, MongoDB {self.mongo_port}, SMTP {self.smtp_port}, "
                f"PostgreSQL {self.postgres_port}"
            )
        if self.ferretdb_backend not in FERRETDB_BACKENDS:
            raise LocalInfraError(
                f"{FERRETDB_BACKEND_ENV} must be one of {', '.join(FERRETDB_BACKENDS)}, "
                f"got {self.ferretdb_backend!r}"
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
            postgres_port=_port(env, POSTGRES_PORT_ENV, cls.postgres_port),
            # Checked in __post_init__, with a message that names the variable.
            ferretdb_backend=cast(FerretDbBackend, env.get(FERRETDB_BACKEND_ENV) or cls.ferretdb_backend),
            external_mongodb_url=env.get(MONGODB_URL_ENV) or None,
        )

    @property
    def uses_postgres(self) -> bool:
        """PostgreSQL is started: FerretDB runs on it and no external MongoDB replaces FerretDB."""
        return self.external_mongodb_url is None and self.ferretdb_backend == "postgresql"

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

    @property
    def postgres_dir(self) -> Path:
        return self.local_dir / "postgres"


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
