"""Where the local infrastructure keeps its files and which ports it listens on.

Everything downloaded, built or stored lives under one folder (`.local/` by
default, `CLUSTERLINK_LOCAL_DIR` to move it) so deleting that folder resets it all.
The downloaded and built tools (Kafka jars, the FerretDB binary) may live in another
folder (`CLUSTERLINK_TOOLS_DIR`) so a second stack shares them instead of building again.

The test suite runs its own stack: `environment_for_test_suite` gives it its own folder
(`.local/test-suite/`) and ports, so `make test` never touches what `make run` shows.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal, cast

from clusterlink.localinfra.errors import LocalInfraError
from clusterlink.paths import REPO_ROOT as CHECKOUT_ROOT
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
KAFKA_BROKERS_ENV = "CLUSTERLINK_KAFKA_BROKERS"
LOCAL_DIR_ENV = "CLUSTERLINK_LOCAL_DIR"
TOOLS_DIR_ENV = "CLUSTERLINK_TOOLS_DIR"

# The test suite's own ports: apart from `make run`'s defaults, below 32768 (outside Linux's
# ephemeral range, so a client socket of the moment never holds one).
TEST_SUITE_PORTS: dict[str, int] = {
    KAFKA_PORT_ENV: 29092,
    KAFKA_CONTROLLER_PORT_ENV: 29093,
    MONGO_PORT_ENV: 29017,
    SMTP_PORT_ENV: 29025,
    POSTGRES_PORT_ENV: 29432,
}
TEST_SUITE_DIR_NAME = "test-suite"

# One node, or a three-node KRaft cluster (every node broker and controller: a quorum of three).
KAFKA_CLUSTER_SIZES = (1, 3)
# Node N of a cluster listens on the configured ports + (N-1)·100.
KAFKA_NODE_PORT_STEP = 100
# `clusterlink dev up --brokers N` remembers N here, so later commands find the same cluster.
KAFKA_BROKERS_FILE = "kafka-brokers"

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
    # Where the Kafka jars and the FerretDB binary are fetched or built; None: local_dir.
    tools_dir: Path | None = None
    # Kafka nodes: 1, or 3 for a cluster with replication factor 3 and min.insync.replicas 2.
    kafka_brokers: int = 1

    # Loopback only: nothing here has authentication.
    host: ClassVar[str] = "127.0.0.1"

    def __post_init__(self) -> None:
        if self.kafka_brokers not in KAFKA_CLUSTER_SIZES:
            raise LocalInfraError(
                f"{KAFKA_BROKERS_ENV} (--brokers) must be one of {', '.join(map(str, KAFKA_CLUSTER_SIZES))}, "
                f"got {self.kafka_brokers}"
            )
        ports = (*self.kafka_node_ports(), self.mongo_port, self.smtp_port, self.postgres_port)
        if len(set(ports)) != len(ports):
            raise LocalInfraError(
                f"the local ports must differ: Kafka {self.kafka_port}, Kafka controller "
                f"{self.kafka_controller_port}, MongoDB {self.mongo_port}, SMTP {self.smtp_port}, "
                f"PostgreSQL {self.postgres_port}"
                + (
                    f"; Kafka nodes 2-{self.kafka_brokers} add {KAFKA_NODE_PORT_STEP} per node"
                    if self.kafka_brokers > 1
                    else ""
                )
            )
        if self.ferretdb_backend not in FERRETDB_BACKENDS:
            raise LocalInfraError(
                f"{FERRETDB_BACKEND_ENV} must be one of {', '.join(FERRETDB_BACKENDS)}, got {self.ferretdb_backend!r}"
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
            tools_dir=Path(env[TOOLS_DIR_ENV]).resolve() if env.get(TOOLS_DIR_ENV) else None,
            kafka_brokers=_kafka_brokers(env, local_dir()),
        )

    def kafka_node_ports(self) -> list[int]:
        """Broker and controller port of every Kafka node, node 1 first."""
        return [
            port + KAFKA_NODE_PORT_STEP * node
            for node in range(self.kafka_brokers)
            for port in (self.kafka_port, self.kafka_controller_port)
        ]

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
    def tools_root(self) -> Path:
        return self.tools_dir or self.local_dir

    @property
    def bin_dir(self) -> Path:
        return self.tools_root / "bin"

    @property
    def build_dir(self) -> Path:
        return self.tools_root / "build"

    @property
    def kafka_libs_dir(self) -> Path:
        return self.tools_root / "kafka" / "libs"

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


def environment_for_test_suite(env: Mapping[str, str]) -> dict[str, str]:
    """The variables that give the test suite its own stack, for those `env` does not set.

    Without CLUSTERLINK_LOCAL_DIR the suite keeps its state in `.local/test-suite/` and
    borrows the checkout's tools from `.local/`; every port not set gets the suite's own.
    """
    extra: dict[str, str] = {}
    if not env.get(LOCAL_DIR_ENV):
        checkout_local = CHECKOUT_ROOT / ".local"
        extra[LOCAL_DIR_ENV] = str(checkout_local / TEST_SUITE_DIR_NAME)
        if not env.get(TOOLS_DIR_ENV):
            extra[TOOLS_DIR_ENV] = str(checkout_local)
    for name, port in TEST_SUITE_PORTS.items():
        if not env.get(name):
            extra[name] = str(port)
    return extra


def _kafka_brokers(env: Mapping[str, str], folder: Path) -> int:
    """The variable if set, else what the last `dev up --brokers` in this folder chose, else 1."""
    remembered = folder / "run" / KAFKA_BROKERS_FILE
    raw = env.get(KAFKA_BROKERS_ENV) or (
        remembered.read_text(encoding="ascii").strip() if remembered.is_file() else "1"
    )
    try:
        return int(raw)
    except ValueError:
        raise LocalInfraError(f"{KAFKA_BROKERS_ENV} must be a number of Kafka nodes, got {raw!r}") from None


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
