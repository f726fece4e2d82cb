"""The notifier's two consumers under the shared retry policy, on the real broker, database and SMTP sink.

The app's database sits behind a TCP gate in front of the real FerretDB: with
the gate shut, a suggestion is retried a bounded number of times and lands on
`match.suggestions.dlq` with the reason (the partition moves on); once the gate
is open, `clusterlink dlq replay` brings it back and it is emailed. An unreadable
email-link request lands on `sme.email_links.dlq` at once, with no address kept.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord

from clusterlink.cli import main
from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints
from services.notifier.app import create_app
from services.notifier.components import Components
from shared.events import SmeProfileChangedV1, SmeProfileV1
from shared.mongo import create_client
from shared.settings import ConsumerRetrySettings, MongoSettings
from shared.topics import EMAIL_LINKS, MATCH_SUGGESTIONS, SME_PROFILES
from tests.conftest import SESSION_DB_PREFIX
from tests.integration.notifier.conftest import notifier_settings, suggestion_event, unique
from tests.integration.notifier.sink import PrivateSink
from tests.support.dead_letters import counted, dead_letters_from_now
from tests.support.mailbox import messages_to
from tests.support.tcp_gate import TcpGate

pytestmark = pytest.mark.integration

ATTEMPTS = 3
WAIT_S = 240.0  # the broker is shared with other test runs: our records may queue behind theirs


@dataclass
class Gated:
    components: Components
    gate: TcpGate
    sink: PrivateSink
    producer: AIOKafkaProducer
    bootstrap: str


@pytest.fixture
async def gated(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Gated]:
    url = urlsplit(infra.mongodb_url)
    gate = TcpGate(url.hostname or "127.0.0.1", url.port or 27017)
    await gate.start()
    sink = PrivateSink(tmp_path_factory.mktemp("dead-letter-mail"))
    sink.start()
    prefix = f"{SESSION_DB_PREFIX}{uuid.uuid4().hex[:6]}_"
    settings = notifier_settings(
        infra, sink, quiet_hours_enabled=False, kafka_session_timeout_ms=6000, kafka_heartbeat_interval_ms=500,
        mongo=MongoSettings(url=f"mongodb://127.0.0.1:{gate.port}/?directConnection=true", db_prefix=prefix),
        consumer_retry=ConsumerRetrySettings(attempts=ATTEMPTS, first_delay_s=0.2, max_delay_s=0.4),
    )  # fmt: skip
    await start_group_at_end(infra.kafka_bootstrap, settings.group_id)
    await start_group_at_end(infra.kafka_bootstrap, f"{settings.group_id}.email-links", (EMAIL_LINKS,))
    app = create_app(settings)
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    try:
        async with app.router.lifespan_context(app):
            yield Gated(app.state.components, gate, sink, producer, infra.kafka_bootstrap)
    finally:
        gate.open()
        await producer.stop()
        sink.stop()
        client = create_client(infra.mongodb_url)
        await client.drop_database(settings.database_name)
        client.close()
        await gate.stop()


async def _dead_letter_with(
    consumer: AIOKafkaConsumer, event_id: str, by_group: str | None = None
) -> ConsumerRecord[bytes, bytes] | None:
    """The dead letter of this event, sent by the consumer group `by_group` if given: every notifier
    on the shared test broker reads the topic in a group of its own and dead-letters a poison record."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        for records in (await consumer.getmany(timeout_ms=500)).values():
            for r in records:
                headers = dict(r.headers)
                if headers.get("event_id") != event_id.encode():
                    continue
                if by_group is None or headers.get("dlq_consumer") == by_group.encode():
                    return r
    return None


def _profile(sme_id: str) -> SmeProfileChangedV1:
    profile = SmeProfileV1(
        id=sme_id, name=f"ห้างหุ้นส่วน {sme_id}", sub_cluster="circular_textile", stage="upstream",
        province="Bangkok", offers=("sorted cotton waste",), contact_email=f"{sme_id}@test.example", language="en",
    )  # fmt: skip
    return SmeProfileChangedV1(sme_id=sme_id, version=1, profile=profile)


async def _until(check: Callable[[], Awaitable[bool]], timeout_s: float = WAIT_S) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if await check():
            return True
        await asyncio.sleep(0.3)
    return False


async def test_a_suggestion_the_database_refuses_is_dead_lettered_with_the_reason_and_emailed_after_replay(
    gated: Gated,
) -> None:
    recipient, partner = unique("dr"), unique("dp")
    for sme in (partner, recipient):
        await gated.producer.send_and_wait(SME_PROFILES, _profile(sme).to_bytes(), key=sme.encode())
    assert await _until(lambda: _both_known(gated.components, recipient, partner)), "profiles not stored"

    dlq = await dead_letters_from_now(gated.bootstrap, MATCH_SUGGESTIONS)
    try:
        gated.gate.shut()
        event = suggestion_event(recipient, partner)
        headers = [("event_id", event.event_id.encode()), ("correlation_id", event.correlation_id.encode())]
        await gated.producer.send_and_wait(MATCH_SUGGESTIONS, event.to_bytes(), key=recipient.encode(), headers=headers)

        letter = await _dead_letter_with(dlq, event.event_id)

        assert letter is not None, "the suggestion never reached the dead-letter topic"
        reason = dict(letter.headers)["dlq_error"].decode()
        assert re.match(rf"storage failed after {ATTEMPTS} attempts: \w+: ", reason), reason
        assert letter.value == event.to_bytes()
        metrics = gated.components.metrics.base
        assert await counted(metrics.dead_lettered, MATCH_SUGGESTIONS, 1) >= 1
        assert metrics.consumer_retries.labels(MATCH_SUGGESTIONS)._value.get() >= ATTEMPTS - 1
        assert messages_to(gated.sink.mail_dir, f"{recipient}@test.example") == []
    finally:
        gated.gate.open()
        await dlq.stop()

    code = await asyncio.to_thread(
        main, ["dlq", "replay", MATCH_SUGGESTIONS, "--id", f"0:{letter.offset}", "--bootstrap", gated.bootstrap]
    )
    assert code == 0
    address = f"{recipient}@test.example"
    assert await _until(lambda: _mail_to(gated.sink, address)), "the replayed suggestion was not emailed"
    await asyncio.sleep(2.0)
    assert len(messages_to(gated.sink.mail_dir, address)) == 1


async def _both_known(components: Components, *smes: str) -> bool:
    for sme in smes:
        if await components.recipients.get(sme) is None:
            return False
    return True


async def _mail_to(sink: PrivateSink, address: str) -> bool:
    return bool(messages_to(sink.mail_dir, address))


async def test_an_unreadable_email_link_request_goes_to_its_dead_letter_topic_without_the_address(
    gated: Gated,
) -> None:
    dlq = await dead_letters_from_now(gated.bootstrap, EMAIL_LINKS)
    try:
        event_id = str(uuid.uuid4())
        unreadable = b'{"event_type": "sme.email_link.requested", "address": "owner@example.com", "url": "http://x/?t=s'
        await gated.producer.send_and_wait(
            EMAIL_LINKS, unreadable, key=b"owner@example.com", headers=[("event_id", event_id.encode())]
        )

        group = f"{gated.components.settings.group_id}.email-links"
        letter = await _dead_letter_with(dlq, event_id, by_group=group)

        assert letter is not None, "the unreadable request was skipped, not dead-lettered"
        headers = dict(letter.headers)
        assert headers["dlq_error"].decode().startswith("not a valid EmailLinkRequestedV1")
        assert headers["dlq_source_topic"] == EMAIL_LINKS.encode()
        assert letter.key is None and b"owner@example.com" not in (letter.value or b"")
        assert b"?t=s" not in (letter.value or b"")
        counted = gated.components.metrics.base.dead_lettered.labels(EMAIL_LINKS)
        deadline = time.monotonic() + 5  # counted just after the letter is sent
        while counted._value.get() < 1 and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
        assert counted._value.get() == 1
    finally:
        await dlq.stop()
