"""Bursts on the real broker: many suggestions for a few recipients become one email each,
and the same batch consumed again (a restart before its commit) sends nothing more."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import OffsetAndMetadata

from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints
from services.notifier.app import create_app
from services.notifier.components import Components
from services.notifier.keys import message_id, suggestions_delivery_key
from services.notifier.model import DeliveryStatus
from services.notifier.settings import Settings
from shared.events import MatchSuggestedV1, SmeProfileChangedV1, SmeProfileV1
from shared.mongo import create_client
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES
from tests.integration.notifier.conftest import notifier_settings, suggestion_event, unique
from tests.integration.notifier.sink import PrivateSink
from tests.support.mailbox import messages_to, text_body

pytestmark = pytest.mark.integration

RECIPIENTS = 3
PARTNERS = 20
# The topics are shared with every test run on this machine: waits end as soon as the effect shows.
TIMEOUT_S = 480.0


def _profile(sme_id: str) -> bytes:
    profile = SmeProfileV1(
        id=sme_id,
        name=f"Batch test {sme_id}",
        sub_cluster="circular_textile",
        stage="midstream",
        province="Khon Kaen",
        offers=("recycled cotton yarn",),
        contact_email=f"{sme_id}@test.example",
        language="en",
    )
    return SmeProfileChangedV1(sme_id=sme_id, version=1, profile=profile).to_bytes()


@asynccontextmanager
async def _notifier(settings: Settings) -> AsyncIterator[Components]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        yield app.state.components


async def _until(check: Callable[[], Awaitable[bool]], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)


async def _committed_past(bootstrap: str, group_id: str, last: dict[TopicPartition, int]) -> bool:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(group_id, partitions=list(last))
    finally:
        await admin.close()
    return all(tp in committed and committed[tp].offset > offset for tp, offset in last.items())


async def _rewind(bootstrap: str, group_id: str, first: dict[TopicPartition, int]) -> None:
    """Commit earlier offsets for a group with no live member: its next member reads from there."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(list(first))
        await consumer.commit({tp: OffsetAndMetadata(offset, "") for tp, offset in first.items()})
    finally:
        await consumer.stop()


async def _settled(c: Components, recipients: list[str]) -> bool:
    """Nothing left that could send these recipients an email: no request, no wake-up, no open delivery."""
    if any(r.sme_id in recipients for r in await c.planning.outstanding()):
        return False
    if set(recipients) & set(await c.planning.wakeups()):
        return False
    for recipient in recipients:
        counts = await c.deliveries.count_by_status(recipient)
        if counts[DeliveryStatus.SCHEDULED.value] or counts[DeliveryStatus.SENDING.value]:
            return False
    return True


async def test_a_burst_is_one_email_per_recipient_and_a_redelivered_batch_adds_nothing(
    infra: Endpoints, tmp_path: Path
) -> None:
    sink = PrivateSink(tmp_path / "mail")
    sink.start()
    settings = notifier_settings(
        infra,
        sink,
        quiet_hours_enabled=False,
        instant_gather_s=5.0,
        daily_cap=100,
        kafka_session_timeout_ms=6000,
        kafka_heartbeat_interval_ms=500,
    )
    bootstrap = infra.kafka_bootstrap
    await start_group_at_end(bootstrap, settings.group_id)
    recipients = [unique(f"br{i}") for i in range(RECIPIENTS)]
    partners = [unique(f"bp{i:02d}") for i in range(PARTNERS)]
    burst = [
        suggestion_event(r, p, score=0.5 + i / 100, rank=i + 1) for r in recipients for i, p in enumerate(partners)
    ]
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=50)
    await producer.start()
    try:
        async with _notifier(settings) as c:
            for sme in (*recipients, *partners):
                await producer.send(SME_PROFILES, _profile(sme), key=sme.encode())
            await producer.flush()
            # Every profile stored first, so the burst is planned in full, not partly waiting for partners.
            everyone = [*recipients, *partners]
            await _until(lambda: _all_known(c, everyone), "the profiles")
            sent = [await producer.send(MATCH_SUGGESTIONS, e.to_bytes(), key=e.recipient_id.encode()) for e in burst]
            placed = [await f for f in sent]
            first: dict[TopicPartition, int] = {}
            last: dict[TopicPartition, int] = {}
            for meta in placed:
                tp = TopicPartition(meta.topic, meta.partition)
                first[tp] = min(first.get(tp, meta.offset), meta.offset)
                last[tp] = max(last.get(tp, meta.offset), meta.offset)
            await _until(lambda: _committed_past(bootstrap, settings.group_id, last), "the burst's commit")
            await _until(lambda: _settled(c, recipients), "the emails")
        _assert_one_email_each(sink.mail_dir, recipients, partners, burst)

        # The same records again, as after a restart that came before the commit.
        await _rewind(bootstrap, settings.group_id, first)
        async with _notifier(settings) as c:
            await _until(lambda: _committed_past(bootstrap, settings.group_id, last), "the redelivered burst")
            await _until(lambda: _settled(c, recipients), "the redelivered burst to settle")
            for recipient in recipients:
                counts = await c.deliveries.count_by_status(recipient)
                assert counts[DeliveryStatus.SENT.value] == 1, (recipient, counts)
        _assert_one_email_each(sink.mail_dir, recipients, partners, burst)
    finally:
        await producer.stop()
        sink.stop()
        client = create_client(infra.mongodb_url)
        await client.drop_database(settings.database_name)
        client.close()


async def _all_known(c: Components, sme_ids: list[str]) -> bool:
    return len(await c.recipients.get_many(sme_ids)) == len(sme_ids)


def _assert_one_email_each(
    mail_dir: Path, recipients: list[str], partners: list[str], burst: list[MatchSuggestedV1]
) -> None:
    for recipient in recipients:
        mails = messages_to(mail_dir, f"{recipient}@test.example")
        assert len(mails) == 1, [m["Message-ID"] for m in mails]
        ids = [e.suggestion_id for e in burst if e.recipient_id == recipient]
        assert mails[0]["Message-ID"] == message_id(suggestions_delivery_key(recipient, ids), "clusterlink.example")
        body = text_body(mails[0])
        assert all(f"Batch test {p}" in body for p in partners)
