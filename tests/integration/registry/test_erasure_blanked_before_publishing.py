"""An erasure cut short — its process died after storing the tombstone, before stripping the older
versions and moving the head — leaves no profile behind while Kafka is away, and only the
tombstone is published: never the older snapshots it supersedes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from clusterlink.localinfra import Endpoints
from services.registry import outbox
from services.registry.documents import HEADS, VERSIONS, ProfileVersion, VersionKind, version_id
from services.registry.leases import BucketLeases
from services.registry.publisher import KafkaEventPublisher, create_broker
from services.registry.relay import Relay
from services.registry.relay_store import RelayStore
from services.registry.repository import ProfileRepository
from shared.mongo import create_client, get_database

pytestmark = pytest.mark.integration


def _tombstone(sme_id: str, version: int) -> ProfileVersion:
    return ProfileVersion(
        sme_id=sme_id,
        version=version,
        kind=VersionKind.ERASED,
        profile=None,
        token_hash=None,
        unknown_certifications=(),
        created_at=None,
        updated_at=datetime.now(UTC),
        event=outbox.erased(version, "cut-short"),
    )


async def _blanked(database: Any, sme_id: str, below: int, timeout_s: float = 60.0) -> None:
    for _ in range(int(timeout_s / 0.1)):
        docs = [doc async for doc in database[VERSIONS].find({"sme_id": sme_id})]
        head = await database[HEADS].find_one({"_id": sme_id})
        kept = [doc for doc in docs if doc["version"] < below and "profile" in doc]
        if not kept and head is not None and "profile" not in head:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"{sme_id}: versions with a profile {[d['version'] for d in kept]}, head {head}")


async def test_an_erasure_cut_short_is_blanked_while_kafka_is_away_and_only_its_tombstone_is_published(
    infra: Endpoints,
    registry_settings_factory: Callable[..., Any],
    app_client: Callable[..., Any],
    topic: Any,
    unique: Callable[[str], str],
    payload: Callable[..., dict[str, Any]],
) -> None:
    api_key, sme_id = f"clk_{uuid.uuid4().hex}", unique("cut")
    prefix = f"{os.environ.get('MONGODB_DB_PREFIX', 't_')}blank{uuid.uuid4().hex[:6]}_"
    headers = {"Authorization": f"Bearer {api_key}"}
    # Two versions waiting to be published (no relay runs), then the erasure's first write only.
    async with app_client(registry_settings_factory(api_key, prefix, relay_enabled=False)) as http:
        assert (await http.post("/v1/smes", json=payload(sme_id), headers=headers)).status_code == 201
        patched = await http.patch(
            f"/v1/smes/{sme_id}", json={"name": "ร้านผ้าทอ"}, headers={**headers, "If-Match": '"1"'}
        )
        assert patched.status_code == 200
    client = create_client(infra.mongodb_url)
    database = get_database(client, f"{prefix}registry")
    try:
        await ProfileRepository(database).insert(_tombstone(sme_id, 3))
        # The head still holds the profile: search would list it.
        live = await database[VERSIONS].find_one({"_id": version_id(sme_id, 2)})
        assert live is not None
        await database[HEADS].replace_one({"_id": sme_id}, {k: v for k, v in live.items() if k not in ("_id", "event")})

        # A replica starts while Kafka cannot be reached: its relay never connects, yet blanks.
        unreachable = "127.0.0.1:9"
        waiting = KafkaEventPublisher(create_broker(unreachable, 1_000), unreachable)
        leases = BucketLeases(database, owner=f"blank-{uuid.uuid4().hex[:6]}", lease_s=30)
        relay = Relay(RelayStore(database), leases, waiting, send_deadline_s=10, poll_interval_s=1)
        running = asyncio.create_task(relay.run())
        try:
            await _blanked(database, sme_id, below=3)
        finally:
            running.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await running
        async with app_client(registry_settings_factory(api_key, prefix, relay_enabled=False)) as http:
            listed = await http.get("/v1/smes", params={"q": "ร้านผ้าทอ"}, headers=headers)
            assert listed.json()["items"] == []

        # Kafka is back: the tombstone goes out, the two snapshots below it never do.
        publisher = KafkaEventPublisher(create_broker(infra.kafka_bootstrap, 5_000), infra.kafka_bootstrap)
        await publisher.connect_until_done()
        try:
            await leases.refresh(datetime.now(UTC))
            await Relay(RelayStore(database), leases, publisher, send_deadline_s=10, poll_interval_s=1).relay_one(
                sme_id
            )
        finally:
            await publisher.close()
        await topic.records(sme_id)
        await topic.settle(1.0)
        assert [(dict(r.headers)["version"], r.value) for r in topic.seen[sme_id.encode()]] == [(b"3", None)]
        assert await database["outbox"].count_documents({"sme_id": sme_id}) == 0
        assert await database[VERSIONS].find_one({"_id": version_id(sme_id, 1)}) is None  # purged
    finally:
        client.close()
