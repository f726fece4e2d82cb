"""Kill (SIGKILL) or stop (SIGTERM) the notifier in the middle of a batch; the restart delivers
everything once, and a stopped notifier exits within 10 s even with an email stuck in flight."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from pymongo import MongoClient

from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints
from services.notifier.model import DeliveryStatus
from services.notifier.settings import Settings
from services.notifier.storage.by_id import ById
from services.notifier.storage.claims import ClaimRegistry
from services.notifier.storage.deliveries import DeliveryRepository
from shared.events import SmeProfileChangedV1, SmeProfileV1
from shared.mongo import create_client, get_database
from shared.topics import EMAIL_LINKS, MATCH_SUGGESTIONS, SME_PROFILES
from tests.conftest import SESSION_DB_PREFIX
from tests.integration.notifier.conftest import LINK_SECRET, suggestion_event, unique
from tests.integration.notifier.sink import PrivateSink, free_port
from tests.support.mailbox import messages_to

pytestmark = pytest.mark.integration

RECIPIENTS = 24
ACCEPTED_BEFORE_THE_KILL = 8


def _profile(sme_id: str) -> bytes:
    profile = SmeProfileV1(
        id=sme_id,
        name=f"Crash test {sme_id}",
        sub_cluster="sportech",
        stage="downstream",
        province="Chon Buri",
        needs=("moisture-wicking knit fabric",),
        contact_email=f"{sme_id}@test.example",
        language="en",
    )
    return SmeProfileChangedV1(sme_id=sme_id, version=1, profile=profile).to_bytes()


async def _wait(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


def _ready(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def _start_notifier(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """`python -m services.notifier` in its own process group, as it runs in production."""
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "services.notifier"],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    port = int(env["NOTIFIER_PORT"])
    deadline = time.monotonic() + 90
    while proc.poll() is None and not _ready(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert proc.poll() is None and _ready(port), log.read_text()[-3000:]
    return proc


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.mark.parametrize("stop_signal", [signal.SIGKILL, signal.SIGTERM], ids=["killed", "stopped"])
async def test_killed_or_stopped_mid_batch_then_restarted_delivers_every_suggestion_once(
    infra: Endpoints, tmp_path: Path, stop_signal: signal.Signals
) -> None:
    sink = PrivateSink(tmp_path / "mail")
    sink.handler.accept_before_holding = ACCEPTED_BEFORE_THE_KILL
    sink.start()
    group_id, db_prefix = unique("notifier-crash"), f"{SESSION_DB_PREFIX}crash{os.getpid()}_"
    await start_group_at_end(infra.kafka_bootstrap, group_id)
    # Link emails other tests asked for on the shared broker are not this notifier's to send (they
    # would take the sink's first accepted slots).
    await start_group_at_end(infra.kafka_bootstrap, f"{group_id}.email-links", (EMAIL_LINKS,))
    env = {
        "NOTIFIER_HOST": "127.0.0.1",
        "NOTIFIER_PORT": str(free_port()),
        "KAFKA_BOOTSTRAP_SERVERS": infra.kafka_bootstrap,
        "MONGODB_URL": infra.mongodb_url,
        "MONGODB_DB_PREFIX": db_prefix,
        "NOTIFIER_LINK_SECRET": LINK_SECRET,
        "NOTIFIER_GROUP_ID": group_id,
        "NOTIFIER_SMTP_HOST": "127.0.0.1",
        "NOTIFIER_SMTP_PORT": str(sink.port),
        "NOTIFIER_QUIET_HOURS_ENABLED": "false",
        "NOTIFIER_INSTANT_GATHER_S": "0",
        "NOTIFIER_LEASE_S": "3",
        "NOTIFIER_KAFKA_SESSION_TIMEOUT_MS": "6000",
        "NOTIFIER_KAFKA_HEARTBEAT_INTERVAL_MS": "500",
    }
    partner = unique("crash-p")
    recipients = [unique(f"crash-r{i:02d}") for i in range(RECIPIENTS)]
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    log = tmp_path / "notifier.log"
    proc = _start_notifier(env, log)
    try:
        for sme in (partner, *recipients):
            await producer.send_and_wait(SME_PROFILES, _profile(sme), key=sme.encode())
        for recipient in recipients:
            event = suggestion_event(recipient, partner)
            await producer.send_and_wait(MATCH_SUGGESTIONS, event.to_bytes(), key=recipient.encode())

        # Kill while emails are in flight: the sink holds every DATA after the first few. Wait
        # until the accepted ones are recorded: an email the server accepted an instant before a
        # SIGKILL, unrecorded, is sent again by any SMTP client (docs/operators/notifier.md).
        await _wait(lambda: sink.handler.held >= 1, 90, "an email in flight")
        recorded = MongoClient(infra.mongodb_url)[f"{db_prefix}notifier"]["deliveries"]
        await _wait(
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

        proc = _start_notifier(env, log)
        mine = {f"{r}@test.example" for r in recipients}
        await _wait(lambda: all(messages_to(sink.mail_dir, a) for a in mine), 120, "every recipient's email")
        await asyncio.sleep(4)  # longer than a lease: a duplicate would have been sent by now
    except BaseException:
        client = create_client(infra.mongodb_url)
        await client.drop_database(f"{db_prefix}notifier")
        client.close()
        raise
    finally:
        await producer.stop()
        _stop(proc)
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
