"""Nothing accepted is lost: crashes between store and publish, and MongoDB or Kafka going away."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import uuid
from collections.abc import AsyncIterator, Callable, Collection, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from clusterlink.localinfra import Endpoints
from services.registry.leases import BucketLeases
from services.registry.publisher import KafkaEventPublisher, create_broker
from services.registry.relay import Relay
from services.registry.relay_store import Marker, RelayStore
from services.registry.version_walk import Unsettled
from shared.mongo import MongoDatabase, create_client, get_database
from shared.settings import KafkaSettings, MongoSettings

pytestmark = pytest.mark.integration


def _prefix(label: str) -> str:
    # Each test gets its own database, so only its own replicas take part.
    return f"{os.environ.get('MONGODB_DB_PREFIX', 't_')}{label}{uuid.uuid4().hex[:6]}_"


async def test_a_change_stored_before_a_kill_is_published_after_the_restart(
    registry_process: Any, topic: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    api_key, db_prefix, sme_id = f"clk_{uuid.uuid4().hex}", _prefix("kill"), unique("kill")
    headers = {"Authorization": f"Bearer {api_key}", "X-Correlation-ID": f"kill-{sme_id}"}

    # The relay is off: the change is stored with its pending event and nothing more happens.
    with registry_process(api_key, db_prefix, REGISTRY_RELAY_ENABLED="false") as first:
        async with httpx.AsyncClient(base_url=first.url, headers=headers, timeout=10) as http:
            created = await http.post("/v1/smes", json=payload(sme_id))
        assert created.status_code == 201, created.text
        await topic.settle(2.0)
        assert topic.seen.get(sme_id.encode()) is None
        os.killpg(first.process.pid, signal.SIGKILL)
        first.process.wait()

    with registry_process(api_key, db_prefix) as second:
        [record] = await topic.records(sme_id, timeout_s=60)
        event = json.loads(record.value)
        assert (event["version"], event["correlation_id"]) == (1, f"kill-{sme_id}")
        assert event["profile"] == created.json()["profile"]
        async with httpx.AsyncClient(base_url=second.url, headers=headers, timeout=10) as http:
            assert (await http.get(f"/v1/smes/{sme_id}")).json()["version"] == 1


class _CrashBeforeSettling:
    """The real store, except that the relay dies after publishing, before it settles anything."""

    def __init__(self, real: RelayStore) -> None:
        self._real = real
        self.sent: list[str] = []  # the SMEs whose events went out before the crash

    async def pending(self, limit: int) -> list[Marker]:
        return await self._real.pending(limit)

    async def unsettled(self, sme_ids: Collection[str]) -> dict[str, Unsettled]:
        return await self._real.unsettled(sme_ids)

    async def settle(self, published: Sequence[Unsettled], dropped: Sequence[Marker] = ()) -> None:
        self.sent = [unsettled.sme_id for unsettled in published]
        raise ConnectionAbortedError("simulated crash after the send")


@contextlib.asynccontextmanager
async def _relay_parts(infra: Endpoints, db_prefix: str) -> AsyncIterator[tuple[MongoDatabase, Any, Any]]:
    client = create_client(infra.mongodb_url)
    database = get_database(client, f"{db_prefix}registry")
    publisher = KafkaEventPublisher(create_broker(infra.kafka_bootstrap, 5_000), infra.kafka_bootstrap)
    await publisher.connect_until_done()
    leases = BucketLeases(database, owner="crash-test-replica", lease_s=30)
    await leases.refresh(datetime.now(UTC))
    try:
        yield database, leases, publisher
    finally:
        await publisher.close()
        client.close()


def _relay(store: Any, leases: Any, publisher: Any) -> Relay:
    return Relay(store, leases, publisher, send_deadline_s=10, poll_interval_s=1, batch_size=7)


async def test_a_crash_between_send_and_mark_republishes_the_same_event(
    infra: Endpoints,
    registry_settings_factory: Callable[..., Any],
    app_client: Callable[..., Any],
    topic: Any,
    unique: Callable[[str], str],
    payload: Callable[..., dict[str, Any]],
) -> None:
    api_key, db_prefix, sme_id = f"clk_{uuid.uuid4().hex}", _prefix("mark"), unique("mark")
    async with app_client(registry_settings_factory(api_key, db_prefix, relay_enabled=False)) as http:
        created = await http.post("/v1/smes", json=payload(sme_id), headers={"Authorization": f"Bearer {api_key}"})
        assert created.status_code == 201

    async with _relay_parts(infra, db_prefix) as (database, leases, publisher):
        with pytest.raises(ConnectionAbortedError):
            await _relay(_CrashBeforeSettling(RelayStore(database)), leases, publisher).relay_one(sme_id)
        restarted = _relay(RelayStore(database), leases, publisher)
        await restarted.relay_one(sme_id)
        await restarted.relay_one(sme_id)  # settled: nothing more to send

        first, again = await topic.records(sme_id, count=2)
        await topic.settle(1.0)
        assert len(topic.seen[sme_id.encode()]) == 2
        assert first.value == again.value  # same event id, same version: consumers skip the copy
        assert json.loads(again.value)["version"] == 1
        assert await RelayStore(database).pending(100) == []


async def test_a_relay_that_dies_mid_batch_loses_nothing_and_keeps_each_smes_order(
    infra: Endpoints,
    registry_settings_factory: Callable[..., Any],
    app_client: Callable[..., Any],
    topic: Any,
    unique: Callable[[str], str],
    payload: Callable[..., dict[str, Any]],
) -> None:
    api_key, db_prefix = f"clk_{uuid.uuid4().hex}", _prefix("batch")
    ids = [unique("batch") for _ in range(30)]
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/x-ndjson"}
    async with app_client(registry_settings_factory(api_key, db_prefix, relay_enabled=False)) as http:
        # Two imports: every SME has versions 1 and 2 waiting; the first is erased on top (3).
        for name in ("First", "Second"):
            body = "\n".join(json.dumps(payload(sme_id, name=f"{name} {sme_id}")) for sme_id in ids)
            imported = await http.post("/v1/import", content=body.encode(), headers=headers)
            assert imported.status_code == 200 and imported.json()["rejected"] == 0, imported.text
        erased = await http.delete(f"/v1/smes/{ids[0]}", headers={"Authorization": f"Bearer {api_key}"})
        assert erased.status_code == 204

    async with _relay_parts(infra, db_prefix) as (database, leases, publisher):
        crashing = _CrashBeforeSettling(RelayStore(database))
        with pytest.raises(ConnectionAbortedError):
            await _relay(crashing, leases, publisher).relay_pending()
        await _relay(RelayStore(database), leases, publisher).relay_pending()

        # The erasure stripped versions 1 and 2 of the first SME: only its tombstone is left to send.
        # Each pass sends an SME's versions in order; the batch whose settling died is sent again.
        expected = {sme_id: [3] if sme_id == ids[0] else [1, 2] for sme_id in ids}
        assert 0 < len(crashing.sent) < len(ids)
        for sme_id in crashing.sent:
            expected[sme_id] *= 2
        for sme_id, versions in expected.items():
            await topic.records(sme_id, count=len(versions))
        await topic.settle(1.0)
        published = {sme_id: [int(dict(r.headers)["version"]) for r in topic.seen[sme_id.encode()]] for sme_id in ids}
        assert published == expected
        assert await RelayStore(database).pending(1000) == []
        stubs = [doc async for doc in database["profile_versions"].find({"stripped": True})]
        # Every version below the newest, of every SME but the erased one: its tombstone is
        # published, so its versions are deleted (its number kept under a keyed hash).
        assert len(stubs) == len(ids) - 1
        assert await database["profile_versions"].count_documents({"sme_id": ids[0]}) == 0


async def test_a_marker_left_by_a_writer_that_died_is_dropped_only_once_it_is_old(infra: Endpoints) -> None:
    now = datetime.now(UTC)
    async with _relay_parts(infra, _prefix("stray")) as (database, leases, publisher):
        await database["outbox"].insert_many(
            [
                {"_id": "old-writer/0000000001", "sme_id": "old-writer", "version": 1, "at": now - timedelta(hours=1)},
                {"_id": "busy-writer/0000000001", "sme_id": "busy-writer", "version": 1, "at": now},
            ]
        )

        await _relay(RelayStore(database), leases, publisher).relay_pending()

        assert [marker.sme_id for marker in await RelayStore(database).pending(100)] == ["busy-writer"]


async def test_without_mongodb_requests_get_503_and_nothing_is_half_written(
    registry_settings_factory: Callable[..., Any],
    app_client: Callable[..., Any],
    unique: Callable[[str], str],
    payload: Callable[..., dict[str, Any]],
) -> None:
    api_key = f"clk_{uuid.uuid4().hex}"
    settings = registry_settings_factory(
        api_key, mongo=MongoSettings(url="mongodb://127.0.0.1:9/"), mongo_timeout_ms=300
    )
    headers = {"Authorization": f"Bearer {api_key}"}
    async with app_client(settings) as http:
        created = await http.post("/v1/smes", json=payload(unique("nodb")), headers=headers)
        read = await http.get("/v1/smes", headers=headers)
        ready = await http.get("/readyz")

    assert (created.status_code, read.status_code, ready.status_code) == (503, 503, 503)
    assert created.json()["code"] == "database_unavailable"
    assert created.headers["Retry-After"] == "5"
    assert ready.json()["checks"]["mongodb"] is False


@contextlib.asynccontextmanager
async def _gate_to(target_host: str, target_port: int) -> AsyncIterator[tuple[int, Callable[[], Any]]]:
    """A TCP port that refuses connections until opened, then forwards to the target (Kafka returning)."""
    probe = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    servers: list[asyncio.Server] = []

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def forward(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        upstream_r, upstream_w = await asyncio.open_connection(target_host, target_port)
        await asyncio.gather(pipe(client_r, upstream_w), pipe(upstream_r, client_w))

    async def open_gate() -> None:
        servers.append(await asyncio.start_server(forward, "127.0.0.1", port))

    try:
        yield port, open_gate
    finally:
        for server in servers:
            server.close()


async def test_writes_are_accepted_while_kafka_is_down_and_published_when_it_returns(
    infra: Endpoints,
    registry_settings_factory: Callable[..., Any],
    app_client: Callable[..., Any],
    topic: Any,
    unique: Callable[[str], str],
    payload: Callable[..., dict[str, Any]],
) -> None:
    api_key, sme_id = f"clk_{uuid.uuid4().hex}", unique("nokafka")
    host, port = infra.kafka_bootstrap.split(":")
    async with _gate_to(host, int(port)) as (gate_port, open_gate):
        settings = registry_settings_factory(
            api_key, _prefix("gate"), kafka=KafkaSettings(bootstrap_servers=f"127.0.0.1:{gate_port}")
        )
        async with app_client(settings) as http:
            created = await http.post("/v1/smes", json=payload(sme_id), headers={"Authorization": f"Bearer {api_key}"})
            ready = await http.get("/readyz")
            assert created.status_code == 201
            assert (ready.status_code, ready.json()["checks"]) == (503, {"mongodb": True, "kafka": False})
            await topic.settle(2.0)
            assert topic.seen.get(sme_id.encode()) is None

            await open_gate()

            [record] = await topic.records(sme_id, timeout_s=60)
            assert json.loads(record.value)["version"] == 1
