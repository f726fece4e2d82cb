"""Apache Kafka 4.1 run from its Maven Central jars: one KRaft node, or a cluster of three.

Every node is broker and controller. A single node keeps its log in `kafka/data`;
the nodes of a three-node cluster (`clusterlink dev up --brokers 3`) in
`kafka/cluster-3/node-N`, formatted with one shared cluster id, so the two never
mix. Node N listens on the configured ports + (N-1)·100.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import shutil
import uuid
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from clusterlink.localinfra.components.base import Component
from clusterlink.localinfra.ports import is_listening
from clusterlink.localinfra.processes import run_logged
from clusterlink.localinfra.settings import (
    KAFKA_CONTROLLER_PORT_ENV,
    KAFKA_NODE_PORT_STEP,
    KAFKA_PORT_ENV,
    REPO_ROOT,
    LocalInfraSettings,
)
from clusterlink.localinfra.toolchain import require_java, require_maven, tool_lock

logger = logging.getLogger(__name__)

KAFKA_POM = REPO_ROOT / "infra" / "kafka" / "pom.xml"
# Pinned so a fresh machine resolves the jars the same way as ours (Maven 3.8 defaults to 2.8).
_COPY_DEPENDENCIES = (
    "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies",
    "-DincludeScope=runtime",
)
_PROBE_TIMEOUT_MS = 3000
_JVM_OPTIONS = (
    "-Xms256m",
    "-Xmx512m",
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
)
_LOG4J2_PROPERTIES = """\
# Written by `clusterlink dev up`: everything to stdout, which goes to .local/logs/kafka.log.
status = warn
# Kafka logs its own shutdown from a JVM shutdown hook; log4j2's hook must not close the log first.
shutdownHook = disable
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
logger.request.name = kafka.request.logger
logger.request.level = WARN
"""

T = TypeVar("T")


class KafkaBroker(Component):
    name = "kafka"
    title = "Kafka"
    ready_timeout_s = 60.0
    # A controlled shutdown flushes logs and closes the metadata log; give it time before SIGKILL.
    stop_timeout_s = 30.0

    def __init__(self, settings: LocalInfraSettings, node: int = 1, cluster_size: int | None = None) -> None:
        """Node `node` (1-based) of a cluster of `cluster_size` nodes (default: the settings' count)."""
        super().__init__(settings)
        self.node = node
        self.cluster_size = cluster_size or settings.kafka_brokers
        if self.cluster_size > 1:
            self.name = f"kafka-{node}"
            self.title = f"Kafka node {node}"
        self._java: str | None = None

    @property
    def port(self) -> int:
        return self.settings.kafka_port + KAFKA_NODE_PORT_STEP * (self.node - 1)

    @property
    def controller_port(self) -> int:
        return self.settings.kafka_controller_port + KAFKA_NODE_PORT_STEP * (self.node - 1)

    @property
    def bootstrap(self) -> str:
        return f"{self.settings.host}:{self.port}"

    @property
    def libs_dir(self) -> Path:
        return self.settings.kafka_libs_dir

    @property
    def cluster_dir(self) -> Path:
        return self.settings.kafka_dir / f"cluster-{self.cluster_size}"

    @property
    def data_dir(self) -> Path:
        if self.cluster_size == 1:
            return self.settings.kafka_dir / "data"
        return self.cluster_dir / f"node-{self.node}"

    @property
    def config_dir(self) -> Path:
        return self.settings.kafka_dir / "config"

    @property
    def config_file(self) -> Path:
        if self.cluster_size == 1:
            return self.config_dir / "server.properties"
        return self.config_dir / f"cluster-{self.cluster_size}-node-{self.node}.properties"

    def ports(self) -> Sequence[tuple[int, str]]:
        return ((self.port, KAFKA_PORT_ENV), (self.controller_port, KAFKA_CONTROLLER_PORT_ENV))

    def address(self) -> str:
        return f"{self.bootstrap} (controller {self.settings.host}:{self.controller_port})"

    def command_markers(self) -> Sequence[str]:
        return ("kafka.Kafka", str(self.config_file))

    def prepare(self) -> None:
        self._java = require_java()
        self._ensure_jars()
        self.config_dir.mkdir(parents=True, exist_ok=True)
        # Rewritten on every start so port changes take effect; the format is independent of ports.
        self.config_file.write_text(self.server_properties(), encoding="utf-8")
        (self.config_dir / "log4j2.properties").write_text(_LOG4J2_PROPERTIES, encoding="utf-8")
        self._ensure_formatted()

    def command(self) -> list[str]:
        return [*self._java_command(*_JVM_OPTIONS), "kafka.Kafka", str(self.config_file)]

    def answers(self) -> bool:
        # A TCP check first keeps the client from logging connection errors while the JVM boots.
        if not is_listening(self.settings.host, self.port):
            return False
        # Every node of a cluster must have joined: topics created earlier would get fewer replicas.
        return _run_coroutine(lambda: _cluster_has_brokers(self.bootstrap, self.cluster_size))

    def server_properties(self) -> str:
        s = self.settings
        nodes = [KafkaBroker(s, n, self.cluster_size) for n in range(1, self.cluster_size + 1)]
        # Internal topics: one replica per node up to three; a write needs two in sync on a cluster.
        replication = str(min(3, self.cluster_size))
        min_isr = "2" if self.cluster_size >= 3 else "1"
        properties = {
            "process.roles": "broker,controller",
            "node.id": str(self.node),
            # A static voter set, not a dynamic one written at format time, so the ports can change later.
            "controller.quorum.voters": ",".join(f"{n.node}@{s.host}:{n.controller_port}" for n in nodes),
            "listeners": f"PLAINTEXT://{s.host}:{self.port},CONTROLLER://{s.host}:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://{s.host}:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "log.dirs": str(self.data_dir),
            "num.partitions": "3",
            "auto.create.topics.enable": "false",
            "default.replication.factor": replication,
            "min.insync.replicas": min_isr,
            "offsets.topic.replication.factor": replication,
            "transaction.state.log.replication.factor": replication,
            "transaction.state.log.min.isr": min_isr,
            "share.coordinator.state.topic.replication.factor": replication,
            "share.coordinator.state.topic.min.isr": min_isr,
            # Consumer groups in tests join at once instead of waiting 3 s for more members.
            "group.initial.rebalance.delay.ms": "0",
            # The compaction buffer defaults to 128 MB of a 512 MB heap.
            "log.cleaner.dedupe.buffer.size": str(32 * 1024 * 1024),
        }
        lines = ["# Written by `clusterlink dev up` on every start; edits here are overwritten."]
        lines += [f"{key}={value}" for key, value in properties.items()]
        return "\n".join(lines) + "\n"

    def _java_command(self, *jvm_options: str) -> list[str]:
        if self._java is None:
            raise RuntimeError("KafkaBroker.prepare() must run before its command is built")
        return [
            self._java,
            *jvm_options,
            f"-Dlog4j2.configurationFile={self.config_dir / 'log4j2.properties'}",
            "-cp",
            str(self.libs_dir / "*"),
        ]

    def _ensure_jars(self) -> None:
        """Copy the broker's jars from Maven Central, again only when the pom or the goal changes."""
        digest = hashlib.sha256(KAFKA_POM.read_bytes() + " ".join(_COPY_DEPENDENCIES).encode()).hexdigest()
        stamp = self.libs_dir / ".resolution-sha256"
        if _stamped(stamp, digest):
            return
        with tool_lock(self.libs_dir.parent):
            if not _stamped(stamp, digest):  # another stack sharing the tools fetched them meanwhile
                self._fetch_jars(digest)

    def _fetch_jars(self, digest: str) -> None:
        mvn = require_maven()
        logger.info("Fetching the Kafka jars from Maven Central (once)…")
        # Resolve into a staging folder so an interrupted download never looks complete.
        staging = self.libs_dir.with_name("libs.partial")
        shutil.rmtree(staging, ignore_errors=True)
        run_logged(
            [
                mvn,
                "-B",
                "--no-transfer-progress",
                "-f",
                str(KAFKA_POM),
                *_COPY_DEPENDENCIES,
                f"-DoutputDirectory={staging}",
            ],
            log_file=self.settings.logs_dir / "maven.log",
            failure=f"Maven could not fetch the Kafka jars listed in {KAFKA_POM}",
        )
        (staging / ".resolution-sha256").write_text(digest + "\n", encoding="ascii")
        shutil.rmtree(self.libs_dir, ignore_errors=True)
        staging.rename(self.libs_dir)

    def _cluster_id(self) -> str:
        """A new id for a single node; for a cluster, the one id all its nodes are formatted with."""
        if self.cluster_size == 1:
            return _new_cluster_id()
        with tool_lock(self.cluster_dir):  # the nodes are prepared side by side
            stored = self.cluster_dir / "cluster-id"
            if not stored.is_file():
                stored.write_text(_new_cluster_id() + "\n", encoding="ascii")
            return stored.read_text(encoding="ascii").strip()

    def _ensure_formatted(self) -> None:
        """Format the KRaft metadata log once; meta.properties marks a formatted log directory."""
        if (self.data_dir / "meta.properties").is_file():
            return
        logger.info("Formatting the Kafka storage in %s (once)…", self.data_dir)
        run_logged(
            [
                *self._java_command("-Xmx256m"),
                "kafka.tools.StorageTool",
                "format",
                # One argument, `=` joined: an id may start with "-", which a separate argument
                # would make the tool read as an option.
                f"--cluster-id={self._cluster_id()}",
                "--config",
                str(self.config_file),
            ],
            log_file=self.settings.logs_dir / f"{self.name}-format.log",
            failure="Kafka's storage tool could not format the log directory",
        )


def _stamped(stamp: Path, digest: str) -> bool:
    return stamp.is_file() and stamp.read_text(encoding="ascii").strip() == digest


def _new_cluster_id() -> str:
    # Kafka's own format: a random UUID as 22 characters of unpadded URL-safe base64.
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")


async def _cluster_has_brokers(bootstrap: str, count: int) -> bool:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=_PROBE_TIMEOUT_MS)
    try:
        await admin.start()
        cluster = await admin.describe_cluster()
        return len(cluster["brokers"]) >= count
    except KafkaError:
        return False
    finally:
        await admin.close()


def _run_coroutine(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from sync code, even when the caller is inside an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()
