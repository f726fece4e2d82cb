"""SIGTERM while the notifier is storing a batch and the database hangs: the consumer's grace
(FastStream's `graceful_timeout`) cuts the handler off. The batch must not be committed, so the
next start reads it again and every suggestion in it is emailed, once.

FastStream's tracker reports a handler cut off this way whose offset was committed anyway, and the
message lost (airtai/faststream #2999, #3000); the notifier acknowledges by hand, after the store.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from clusterlink.localinfra import Endpoints
from shared.mongo import create_client
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES
from tests.conftest import SESSION_DB_PREFIX
from tests.integration.notifier.conftest import suggestion_event, unique
from tests.integration.notifier.notifier_process import (
    notifier_env,
    profile_record,
    start_notifier,
    stop_notifier,
    wait_until,
)
from tests.integration.notifier.sink import PrivateSink
from tests.support.mailbox import messages_to
from tests.support.tcp_gate import TcpGate

pytestmark = pytest.mark.integration

RECIPIENTS = 6


async def _committed(bootstrap: str, group_id: str) -> dict[TopicPartition, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        found = await admin.list_consumer_group_offsets(group_id)
    finally:
        await admin.close()
    return {tp: meta.offset for tp, meta in found.items() if tp.topic in (SME_PROFILES, MATCH_SUGGESTIONS)}


async def test_a_batch_cut_off_by_sigterm_while_the_database_hangs_is_read_again_and_emailed_once(
    infra: Endpoints, tmp_path: Path
) -> None:
    database = urlsplit(infra.mongodb_url)
    gate = TcpGate(database.hostname or "127.0.0.1", database.port or 27017)
    await gate.start()
    sink = PrivateSink(tmp_path / "mail")
    sink.start()
    group_id, db_prefix = unique("notifier-cutoff"), f"{SESSION_DB_PREFIX}cutoff{os.getpid()}_"
    gated = f"mongodb://127.0.0.1:{gate.port}/"
    env = await notifier_env(infra, group_id, db_prefix, sink.port, mongodb_url=gated)
    before = await _committed(infra.kafka_bootstrap, group_id)
    partner = unique("cutoff-p")
    recipients = [unique(f"cutoff-r{i}") for i in range(RECIPIENTS)]
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    log = tmp_path / "notifier.log"
    # Started in a thread: it waits for readiness, and the gate forwards on this test's event loop.
    proc: subprocess.Popen[bytes] = await asyncio.to_thread(start_notifier, env, log)
    try:
        gate.stall()
        for sme in (partner, *recipients):
            await producer.send_and_wait(SME_PROFILES, profile_record(sme), key=sme.encode())
        for recipient in recipients:
            event = suggestion_event(recipient, partner)
            await producer.send_and_wait(MATCH_SUGGESTIONS, event.to_bytes(), key=recipient.encode())
        # The batch reached the handler: its first write waits at the gate for an answer.
        await wait_until(lambda: gate.held_bytes > 0, 60, "the notifier writing the batch")
        await asyncio.sleep(2)

        signalled = time.monotonic()
        os.killpg(proc.pid, signal.SIGTERM)
        code = await asyncio.to_thread(proc.wait, 15)
        assert time.monotonic() - signalled < 10, "the notifier took 10 s or more to stop"
        # An orderly stop, the hung database client abandoned at its bound, not the last-resort watchdog.
        assert code == 0 and "notifier stopped" in log.read_text(errors="replace"), log.read_text()[-3000:]
        assert not messages_to(sink.mail_dir, f"{recipients[0]}@test.example")
        # Nothing of the cut-off batch is committed: the group resumes where it stood.
        assert await _committed(infra.kafka_bootstrap, group_id) == before

        gate.resume()
        proc = await asyncio.to_thread(start_notifier, env, log)
        mine = {f"{r}@test.example" for r in recipients}
        await wait_until(lambda: all(messages_to(sink.mail_dir, a) for a in mine), 120, "every recipient's email")
        await asyncio.sleep(3)  # a second copy would have followed by now
        per_address = {a: len(messages_to(sink.mail_dir, a)) for a in mine}
        assert all(n == 1 for n in per_address.values()), per_address
    finally:
        gate.resume()
        await producer.stop()
        await asyncio.to_thread(stop_notifier, proc)
        sink.stop()
        await gate.stop()
        client = create_client(infra.mongodb_url)
        await client.drop_database(f"{db_prefix}notifier")
        client.close()
