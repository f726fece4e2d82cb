"""Registry integration fixtures: the real app on the real local Kafka and database.

`registry` runs the app in this process (its real lifespan: Mongo client,
Kafka producer, outbox relay) behind an httpx client; `topic` reads what the
tests' own actions put on `sme.profiles`; `registry_process` starts
`python -m services.registry` as a subprocess for the tests that kill it or
need a real HTTP server.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from clusterlink.localinfra import Endpoints
from services.registry.app import create_app
from services.registry.keys import hash_secret
from services.registry.settings import Settings
from shared.mongo import MongoDatabase, create_client, get_database
from shared.settings import KafkaSettings, MongoSettings
from shared.topics import SME_PROFILES, TOPICS
from tests.conftest import SESSION_DB_PREFIX

REPO_ROOT = Path(__file__).resolve().parents[3]
DB_PREFIX = SESSION_DB_PREFIX + "reg_"


@dataclass(frozen=True)
class RegistryClient:
    http: httpx.AsyncClient
    api_key: str
    settings: Settings

    @property
    def coordinator(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}


def unique_id(label: str = "t") -> str:
    return f"{label}-{uuid.uuid4().hex[:12]}"


def profile_payload(sme_id: str, **changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": sme_id,
        "name": "วิสาหกิจชุมชนทอผ้าไหมบ้านนาข่า",
        "sub_cluster": "ageing_lifestyle_isan",
        "stage": "midstream",
        "province": "อุดรธานี",
        "offers": ["ผ้าไหมทอมือ ย้อมสีธรรมชาติ"],
        "needs": ["organic cotton yarn, GOTS certified"],
        "certifications": ["GOTS"],
        "bcg": ["bio", "green"],
        "contact_email": f"{sme_id}@example.com",
        "language": "th",
    }
    base.update(changes)
    return base


@pytest.fixture(scope="session")
def registry_settings_factory(infra: Endpoints) -> Callable[..., Settings]:
    """Settings on the test infrastructure; a `db_prefix` keeps a test's replicas to themselves."""

    def build(api_key: str, db_prefix: str = DB_PREFIX, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "coordinator_key_hashes": hash_secret(api_key),
            "kafka": KafkaSettings(bootstrap_servers=infra.kafka_bootstrap),
            "mongo": MongoSettings(url=infra.mongodb_url, db_prefix=db_prefix),
            "relay_poll_interval_s": 0.2,
            "replica_id": f"test-{uuid.uuid4().hex[:8]}",
        }
        values.update(overrides)
        return Settings(**values)

    return build


@pytest.fixture(scope="session")
async def registry(registry_settings_factory: Callable[..., Settings]) -> AsyncIterator[RegistryClient]:
    api_key = "clk_test_" + secrets.token_urlsafe(24)
    settings = registry_settings_factory(api_key)
    async with running_app(settings) as http:
        await wait_ready(http)
        yield RegistryClient(http, api_key, settings)


async def wait_ready(http: httpx.AsyncClient, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        response = await http.get("/readyz")
        if response.status_code == 200:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"registry not ready: {response.text}")
        await asyncio.sleep(0.2)


@asynccontextmanager
async def running_app(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its real lifespan, behind an in-process HTTP client (readiness not awaited)."""
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://registry", timeout=30) as http:
            yield http


@pytest.fixture
def app_client() -> Callable[[Settings], AbstractAsyncContextManager[httpx.AsyncClient]]:
    return running_app


@pytest.fixture(scope="session")
async def registry_db(infra: Endpoints) -> AsyncIterator[MongoDatabase]:
    client = create_client(infra.mongodb_url)
    yield get_database(client, f"{DB_PREFIX}registry")
    client.close()


@dataclass
class TopicReader:
    """`sme.profiles` from where it ended when the reader started: only what came after."""

    consumer: AIOKafkaConsumer
    seen: dict[bytes, list[ConsumerRecord[bytes, bytes]]] = field(default_factory=dict)

    async def _poll(self, timeout_ms: int = 200) -> None:
        batches = await self.consumer.getmany(timeout_ms=timeout_ms)
        for records in batches.values():
            for record in records:
                if record.key is not None:
                    self.seen.setdefault(record.key, []).append(record)

    async def records(self, key: str, count: int = 1, timeout_s: float = 30.0) -> list[ConsumerRecord[bytes, bytes]]:
        """Wait for at least `count` records with this key; returns all seen so far."""
        deadline = time.monotonic() + timeout_s
        while len(self.seen.get(key.encode(), [])) < count and time.monotonic() < deadline:
            await self._poll()
        return list(self.seen.get(key.encode(), []))

    async def settle(self, seconds: float) -> None:
        """Keep reading for a while, to show that nothing more arrives."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            await self._poll()


@pytest.fixture
async def topic(infra: Endpoints) -> AsyncIterator[TopicReader]:
    partitions = next(spec.partitions for spec in TOPICS if spec.name == SME_PROFILES)
    consumer = AIOKafkaConsumer(bootstrap_servers=infra.kafka_bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        assigned = [TopicPartition(SME_PROFILES, p) for p in range(partitions)]
        consumer.assign(assigned)
        await consumer.seek_to_end(*assigned)
        for tp in assigned:
            await consumer.position(tp)  # pin the start before the test acts
        yield TopicReader(consumer)
    finally:
        await consumer.stop()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class RegistryProcess:
    url: str
    api_key: str
    process: subprocess.Popen[bytes]
    log_path: Path


@contextmanager
def start_registry(
    infra: Endpoints, log_dir: Path, api_key: str, db_prefix: str = DB_PREFIX, **env: str
) -> Iterator[RegistryProcess]:
    """`python -m services.registry` on a free port with extra env; stopped when the block ends."""
    port = _free_port()
    log_path = log_dir / f"registry-{port}.log"
    child_env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "KAFKA_BOOTSTRAP_SERVERS": infra.kafka_bootstrap,
        "MONGODB_URL": infra.mongodb_url,
        "MONGODB_DB_PREFIX": db_prefix,
        "REGISTRY_COORDINATOR_KEY_HASHES": hash_secret(api_key),
        "REGISTRY_PORT": str(port),
        "REGISTRY_RELAY_POLL_INTERVAL_S": "0.2",
        **env,
    }
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "services.registry"],
            cwd=REPO_ROOT,
            env=child_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_http_ready(url, process, log_path)
        yield RegistryProcess(url, api_key, process, log_path)
    finally:
        _stop(process)


@pytest.fixture
def registry_process(infra: Endpoints, tmp_path: Path) -> Callable[..., AbstractContextManager[RegistryProcess]]:
    """Start registry processes in a test: `with registry_process(api_key, db_prefix, **env) as p:`."""

    def run(api_key: str, db_prefix: str = DB_PREFIX, **env: str) -> AbstractContextManager[RegistryProcess]:
        return start_registry(infra, tmp_path, api_key, db_prefix, **env)

    return run


@pytest.fixture(scope="module")
def registry_server(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegistryProcess]:
    """One registry process, shared by a module's tests."""
    log_dir, api_key = tmp_path_factory.mktemp("registry"), f"clk_{uuid.uuid4().hex}"
    # Generated requests send bad credentials on purpose, far more than a person would.
    limits = {"REGISTRY_AUTH_FAILURE_LIMIT": "1000000"}
    with start_registry(infra, log_dir, api_key, DB_PREFIX + "server_", **limits) as process:
        yield process


def _wait_http_ready(url: str, process: subprocess.Popen[bytes], log_path: Path, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"registry exited early:\n{log_path.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"registry not ready:\n{log_path.read_text(errors='replace')[-3000:]}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture
def unique() -> Callable[[str], str]:
    return unique_id


@pytest.fixture
def payload() -> Callable[..., dict[str, Any]]:
    return profile_payload
