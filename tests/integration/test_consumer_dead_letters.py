"""Bounded retries and dead letters on the real broker and database (decision 0013).

The registry's contact-confirmation consumer (the shared consumer loop) reads
through a TCP gate in front of the real FerretDB: with the gate shut, a
confirmation is retried a bounded number of times and lands on
`sme.contact_confirmations.dlq` with the reason; an unreadable one lands there at
once; once the gate is open again, `clusterlink dlq replay` re-applies it.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord

from clusterlink.cli import main
from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints
from services.registry.confirmations import ContactConfirmations
from services.registry.profile import ProfileIn, ProfilePatch
from services.registry.repository import ProfileRepository
from services.registry.service import Registry
from shared.consumer_retry import RetryPolicy
from shared.events import ContactEmailConfirmedV1, address_digest
from shared.metrics import ServiceMetrics
from shared.mongo import create_client, get_database
from shared.topics import CONTACT_CONFIRMATIONS
from tests.conftest import SESSION_DB_PREFIX
from tests.support.dead_letters import counted, dead_letters_from_now
from tests.support.tcp_gate import TcpGate

pytestmark = pytest.mark.integration

ATTEMPTS = 3


async def _read_until(
    consumer: AIOKafkaConsumer, key: bytes, value: bytes, timeout_s: float = 90.0
) -> list[ConsumerRecord]:
    """The dead letters of `key` up to the first whose value is `value`. Dead-lettering is at least
    once: a batch read again after a rebalance (a loaded machine) dead-letters its poison again."""
    got: list[ConsumerRecord] = []
    deadline = time.monotonic() + timeout_s
    while not any(r.value == value for r in got) and time.monotonic() < deadline:
        for records in (await consumer.getmany(timeout_ms=500)).values():
            got += [r for r in records if r.key == key]
    return got


@pytest.fixture
async def gate(infra: Endpoints) -> AsyncIterator[TcpGate]:
    url = urlsplit(infra.mongodb_url)
    g = TcpGate(url.hostname or "127.0.0.1", url.port or 27017)
    await g.start()
    yield g
    await g.stop()


async def test_a_confirmation_the_database_refuses_is_dead_lettered_after_bounded_retries_and_replayed(
    infra: Endpoints, gate: TcpGate
) -> None:
    bootstrap = infra.kafka_bootstrap
    db_name = f"{SESSION_DB_PREFIX}dl_{uuid.uuid4().hex[:6]}_registry"
    # The registry's database through the gate; a short timeout keeps each refused try short.
    gated = create_client(f"mongodb://127.0.0.1:{gate.port}/?directConnection=true", timeout_ms=1000)
    direct = create_client(infra.mongodb_url)
    repository = ProfileRepository(get_database(gated, db_name))
    await repository.ensure_indexes()
    registry = Registry(repository, on_change=lambda _: None)
    sme_id = f"dl-{uuid.uuid4().hex[:10]}"
    new_address = f"{sme_id}-new@example.com"
    profile = ProfileIn(
        id=sme_id, name="กลุ่มทอผ้าบ้านดอนหลวง", sub_cluster="hemp_natural_fibre", stage="midstream",
        province="Lamphun", offers=["ผ้าฝ้ายทอมือ"], contact_email=f"{sme_id}@example.com", language="th",
    )  # fmt: skip
    await registry.register(profile, "corr-register")
    await registry.patch(
        sme_id, ProfilePatch(contact_email=new_address), expected_version=None, correlation_id="corr-change"
    )
    latest = await repository.latest(sme_id)
    assert latest is not None and latest.profile is not None
    assert latest.profile.pending_contact_email == new_address

    group = f"dl-test-{uuid.uuid4().hex[:8]}"
    await start_group_at_end(bootstrap, group, (CONTACT_CONFIRMATIONS,))
    metrics = ServiceMetrics("registry")
    consumer = ContactConfirmations(
        registry, bootstrap, group, retry=RetryPolicy(ATTEMPTS, 0.2, 0.4),
        dead_lettered=metrics.dead_lettered, retries=metrics.consumer_retries,
    )  # fmt: skip
    dlq = await dead_letters_from_now(bootstrap, CONTACT_CONFIRMATIONS)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    task = asyncio.create_task(consumer.run())
    try:
        gate.shut()
        event = ContactEmailConfirmedV1(
            sme_id=sme_id, address_sha256=address_digest(new_address), profile_version=2, correlation_id="corr-confirm"
        )
        headers = [("event_id", event.event_id.encode()), ("correlation_id", b"corr-confirm")]
        key = sme_id.encode()
        await producer.send_and_wait(CONTACT_CONFIRMATIONS, b"{not json", key=key)
        await producer.send_and_wait(CONTACT_CONFIRMATIONS, event.to_bytes(), key=key, headers=headers)

        letters = await _read_until(dlq, key, event.to_bytes())

        poison = [r for r in letters if r.value == b"{not json"]
        valid = [r for r in letters if r.value == event.to_bytes()]
        assert poison and valid, "both records are on the dead-letter topic"
        assert len(poison) + len(valid) == len(letters)  # and nothing else of this SME
        unreadable, refused = dict(poison[0].headers), dict(valid[0].headers)
        assert unreadable["dlq_error"].decode().startswith("not a valid ContactEmailConfirmedV1")
        reason = refused["dlq_error"].decode()
        # The driver's own words for a refused connection: reset, or no server found in time.
        assert re.match(
            rf"storage failed after {ATTEMPTS} attempts: (AutoReconnect|ServerSelectionTimeoutError): ", reason
        )
        assert refused["dlq_consumer"] == group.encode() and refused["correlation_id"] == b"corr-confirm"
        # A redelivered batch tries and dead-letters again: at least once, never fewer.
        assert metrics.consumer_retries.labels(CONTACT_CONFIRMATIONS)._value.get() >= ATTEMPTS - 1
        assert await counted(metrics.dead_lettered, CONTACT_CONFIRMATIONS, 2) >= 2
        # Bounded: the partition moved on; nothing more is tried while the database is away.
        unchanged = await ProfileRepository(get_database(direct, db_name)).latest(sme_id)
        assert unchanged is not None and unchanged.profile is not None
        assert unchanged.profile.pending_contact_email == new_address

        gate.open()
        replayed = f"0:{valid[0].offset}"
        code = await asyncio.to_thread(main, ["dlq", "replay", CONTACT_CONFIRMATIONS, "--id", replayed,
                                              "--bootstrap", bootstrap])  # fmt: skip
        assert code == 0

        deadline = time.monotonic() + 60
        while True:
            latest = await ProfileRepository(get_database(direct, db_name)).latest(sme_id)
            if latest is not None and latest.profile is not None and latest.profile.contact_email == new_address:
                break
            assert time.monotonic() < deadline, "the replayed confirmation was not applied"
            await asyncio.sleep(0.3)
        assert latest.profile.pending_contact_email is None
        assert latest.profile.name == "กลุ่มทอผ้าบ้านดอนหลวง"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await producer.stop()
        await dlq.stop()
        await direct.drop_database(db_name)
        gated.close()
        direct.close()
