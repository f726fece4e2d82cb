"""The whole notifier app on the real broker: consume, dead-letter, erase, email."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from fastapi import FastAPI

from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints
from services.notifier.app import create_app
from services.notifier.components import Components
from shared.events import TOMBSTONE_EVENT_TYPE, SmeProfileChangedV1, SmeProfileV1
from shared.mongo import create_client
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES, TOPICS, dead_letter
from tests.integration.notifier.conftest import notifier_settings, suggestion_event, unique
from tests.integration.notifier.sink import PrivateSink
from tests.support.mailbox import messages_to, text_body

pytestmark = pytest.mark.integration

# The topics are shared with every test run on this machine: our messages may
# queue behind theirs, so waits are generous (they end as soon as the effect shows).
BACKLOG_TIMEOUT_S = 480.0


@dataclass
class RunningNotifier:
    app: FastAPI
    components: Components
    sink: PrivateSink
    producer: AIOKafkaProducer
    http: httpx.AsyncClient


@pytest.fixture(scope="module")
async def running(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RunningNotifier]:
    sink = PrivateSink(tmp_path_factory.mktemp("consumer-mail"))
    sink.start()
    settings = notifier_settings(
        infra, sink, quiet_hours_enabled=False, kafka_session_timeout_ms=6000, kafka_heartbeat_interval_ms=500
    )
    await start_group_at_end(infra.kafka_bootstrap, settings.group_id)
    app = create_app(settings)
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://notifier.test") as http:
            yield RunningNotifier(app, app.state.components, sink, producer, http)
    await producer.stop()
    sink.stop()
    client = create_client(infra.mongodb_url)
    await client.drop_database(settings.database_name)
    client.close()


def _profile(sme_id: str, language: str = "en") -> SmeProfileChangedV1:
    profile = SmeProfileV1(
        id=sme_id,
        name=f"Consumer test {sme_id}",
        sub_cluster="circular_textile",
        stage="upstream",
        province="Bangkok",
        offers=("sorted cotton waste",),
        contact_email=f"{sme_id}@test.example",
        language=language,
    )
    return SmeProfileChangedV1(sme_id=sme_id, version=1, profile=profile)


async def _wait_for_mail(mail_dir: Path, address: str, timeout_s: float = BACKLOG_TIMEOUT_S) -> list[object]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = messages_to(mail_dir, address)
        if found:
            return list(found)
        await asyncio.sleep(0.2)
    return []


async def test_readiness_reports_database_and_broker(running: RunningNotifier) -> None:
    assert (await running.http.get("/healthz")).status_code == 200
    ready = await running.http.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"] == {"mongodb": True, "kafka": True, "scheduler": True}


async def test_suggestion_published_before_the_profiles_is_emailed_once_they_arrive(running: RunningNotifier) -> None:
    recipient, partner = unique("kr"), unique("kp")
    event = suggestion_event(recipient, partner)
    await running.producer.send_and_wait(MATCH_SUGGESTIONS, event.to_bytes(), key=recipient.encode())
    await asyncio.sleep(1.0)
    for sme in (partner, recipient):
        await running.producer.send_and_wait(SME_PROFILES, _profile(sme).to_bytes(), key=sme.encode())
    mails = await _wait_for_mail(running.sink.mail_dir, f"{recipient}@test.example")
    assert len(mails) == 1
    assert f"Consumer test {partner}" in text_body(mails[0])  # type: ignore[arg-type]


async def _dead_letters_from_now(bootstrap: str, topic: str) -> AIOKafkaConsumer:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    partitions = next(t.partitions for t in TOPICS if t.name == dead_letter(topic))
    tps = [TopicPartition(dead_letter(topic), p) for p in range(partitions)]
    consumer.assign(tps)
    for tp, offset in (await consumer.end_offsets(tps)).items():
        consumer.seek(tp, offset)
    return consumer


async def test_malformed_messages_go_to_the_dead_letter_topic_and_do_not_block(
    running: RunningNotifier, infra: Endpoints
) -> None:
    dlq = await _dead_letters_from_now(infra.kafka_bootstrap, MATCH_SUGGESTIONS)
    try:
        bad_key = f"bad-{uuid.uuid4().hex[:8]}".encode()
        recipient, partner = unique("kr"), unique("kp")
        await running.producer.send_and_wait(MATCH_SUGGESTIONS, b"{not json", key=bad_key)
        await running.producer.send_and_wait(MATCH_SUGGESTIONS, b'{"event_type": "match.suggested"}', key=bad_key)
        for sme in (partner, recipient):
            await running.producer.send_and_wait(SME_PROFILES, _profile(sme).to_bytes(), key=sme.encode())
        # Same partition as the poison messages? Use the same key so it sits right behind them.
        valid = suggestion_event(recipient, partner)
        await running.producer.send_and_wait(MATCH_SUGGESTIONS, valid.to_bytes(), key=bad_key)

        dead: list[tuple[bytes, dict[str, bytes]]] = []
        deadline = time.monotonic() + BACKLOG_TIMEOUT_S
        while len(dead) < 2 and time.monotonic() < deadline:
            for records in (await dlq.getmany(timeout_ms=500)).values():
                dead += [(r.value, dict(r.headers)) for r in records if r.key == bad_key]
        assert [value for value, _ in dead] == [b"{not json", b'{"event_type": "match.suggested"}']
        assert all(h["dlq_source_topic"] == MATCH_SUGGESTIONS.encode() for _, h in dead)
        assert all(h["dlq_error"] for _, h in dead)
        assert len(await _wait_for_mail(running.sink.mail_dir, f"{recipient}@test.example")) == 1
    finally:
        await dlq.stop()


async def eventually(check: Callable[[], Awaitable[bool]], timeout_s: float = 60.0) -> bool:
    for _ in range(int(timeout_s / 0.2)):
        if await check():
            return True
        await asyncio.sleep(0.2)
    return await check()


async def _known(running: RunningNotifier, sme: str) -> bool:
    return await running.components.recipients.get(sme) is not None


async def test_a_tombstone_erases_the_person(running: RunningNotifier) -> None:
    sme = unique("kt")
    await running.producer.send_and_wait(SME_PROFILES, _profile(sme, "th").to_bytes(), key=sme.encode())
    assert await eventually(lambda: _known(running, sme), BACKLOG_TIMEOUT_S)
    headers = [("event_type", TOMBSTONE_EVENT_TYPE.encode()), ("version", b"2"), ("event_id", b"e1")]
    await running.producer.send_and_wait(SME_PROFILES, None, key=sme.encode(), headers=headers)
    assert await eventually(lambda: running.components.recipients.is_erased(sme), BACKLOG_TIMEOUT_S)
    assert await running.components.recipients.get(sme) is None
