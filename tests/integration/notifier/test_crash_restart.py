"""Kill (SIGKILL) or stop (SIGTERM) the notifier in the middle of a batch; the restart delivers
everything once, and a stopped notifier exits within 10 s even with an email stuck in flight."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from pymongo import MongoClient

from clusterlink.localinfra import Endpoints
from services.notifier.model import DeliveryStatus
from services.notifier.settings import Settings
from services.notifier.storage.by_id import ById
from services.notifier.storage.claims import ClaimRegistry
from services.notifier.storage.deliveries import DeliveryRepository
from shared.mongo import create_client, get_database
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES
from tests.conftest import SESSION_DB_PREFIX
from tests.integration.notifier.conftest import LINK_SECRET, suggestion_event, unique
from tests.integration.notifier.notifier_process import (
    notifier_env,
    profile_record,
    start_notifier,
    stop_notifier,
    wait_until,
)
from tests.integration.notifier.sink import PrivateSink
from tests.support.mailbox import messages_to

pytestmark = pytest.mark.integration

RECIPIENTS = 24
ACCEPTED_BEFORE_THE_KILL = 8


@pytest.mark.parametrize("stop_signal", [signal.SIGKILL, signal.SIGTERM], ids=["killed", "stopped"])
async def test_killed_or_stopped_mid_batch_then_restarted_delivers_every_suggestion_once(
    infra: Endpoints, tmp_path: Path, stop_signal: signal.Signals
) -> None:
    sink = PrivateSink(tmp_path / "mail")
    sink.handler.accept_before_holding = ACCEPTED_BEFORE_THE_KILL
    sink.start()
    group_id, db_prefix = unique("notifier-crash"), f"{SESSION_DB_PREFIX}crash{os.getpid()}_"
    env = await notifier_env(infra, group_id, db_prefix, sink.port) | {"NOTIFIER_LEASE_S": "3"}
    partner = unique("crash-p")
    recipients = [unique(f"crash-r{i:02d}") for i in range(RECIPIENTS)]
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    log = tmp_path / "notifier.log"
    proc = start_notifier(env, log)
    try:
        for sme in (partner, *recipients):
            await producer.send_and_wait(SME_PROFILES, profile_record(sme), key=sme.encode())
        for recipient in recipients:
            event = suggestion_event(recipient, partner)
            await producer.send_and_wait(MATCH_SUGGESTIONS, event.to_bytes(), key=recipient.encode())

        # Kill while emails are in flight: the sink holds every DATA after the first few. Wait
        # until the accepted ones are recorded: an email the server accepted an instant before a
        # SIGKILL, unrecorded, is sent again by any SMTP client (docs/operators/notifier.md).
        await wait_until(lambda: sink.handler.held >= 1, 90, "an email in flight")
        recorded = MongoClient(infra.mongodb_url)[f"{db_prefix}notifier"]["deliveries"]
        await wait_until(
            lambda: recorded.count_documents({"status": DeliveryStatus.SENT.value}) >= ACCEPTED_BEFORE_THE_KILL,
            30,
            "the accepted emails recorded as sent",
        )
        recorded.database.client.close()
        signalled = time.monotonic()
        os.killpg(proc.pid, stop_signal)
        code = proc.wait(timeout=15)
        assert time.monotonic() - signalled < 10, "the notifier took 10 s or more to stop"
        if stop_signal == signal.SIGTERM:  # an orderly stop, even with an email held mid-conversation
            assert code == 0 and "notifier stopped" in log.read_text(errors="replace"), log.read_text()[-3000:]
        accepted_before = len(sink.files())
        assert accepted_before == ACCEPTED_BEFORE_THE_KILL
        sink.handler.accept_before_holding = None
        sink.handler.release.set()  # held messages get a 451 that nobody reads: not delivered

        proc = start_notifier(env, log)
        mine = {f"{r}@test.example" for r in recipients}
        await wait_until(lambda: all(messages_to(sink.mail_dir, a) for a in mine), 120, "every recipient's email")
        await asyncio.sleep(4)  # longer than a lease: a duplicate would have been sent by now
    except BaseException:
        client = create_client(infra.mongodb_url)
        await client.drop_database(f"{db_prefix}notifier")
        client.close()
        raise
    finally:
        await producer.stop()
        stop_notifier(proc)
        sink.stop()

    per_address = {a: messages_to(sink.mail_dir, a) for a in mine}
    assert all(len(m) == 1 for m in per_address.values()), {a: len(m) for a, m in per_address.items() if len(m) != 1}
    ids = [m[0]["Message-ID"] for m in per_address.values()]
    assert len(set(ids)) == RECIPIENTS

    settings = Settings(link_secret=LINK_SECRET)
    client = create_client(infra.mongodb_url)
    try:
        db = get_database(client, f"{db_prefix}{settings.service_name}")
        by_id = ById(4)
        deliveries = DeliveryRepository(db, ClaimRegistry(db, by_id), by_id)
        for recipient in recipients:
            counts = await deliveries.count_by_status(recipient)
            assert counts[DeliveryStatus.SENT.value] == 1, (recipient, counts)
    finally:
        await client.drop_database(f"{db_prefix}{settings.service_name}")
        client.close()
