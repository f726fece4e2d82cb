"""`clusterlink dlq list|replay` on the real broker: what an operator sees and what a replay re-injects."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from clusterlink.cli import main
from clusterlink.localinfra import Endpoints
from shared.dead_letter import PERSONAL_FIELDS, send_to_dead_letter
from shared.topics import SME_PROFILES, dead_letter

THAI_VALUE = '{"name": "วิสาหกิจชุมชนผ้าทอมือบ้านนาข่า", "broken": '.encode()
THAI_ERROR = "ชื่อสินค้าไม่ถูกต้อง: invalid JSON at line 1"


class _Publisher:
    """The producer shape the services hand to `send_to_dead_letter`."""

    def __init__(self, producer: AIOKafkaProducer) -> None:
        self._producer = producer

    async def publish(
        self, message: bytes, topic: str, *, key: bytes | None = None, headers: dict[str, str] | None = None
    ) -> object:
        encoded = [(k, v.encode()) for k, v in (headers or {}).items()]
        return await self._producer.send_and_wait(topic, message, key=key, headers=encoded)


async def _topic_with_dead_letters(bootstrap: str) -> str:
    topic = f"dlqtest-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 2, 1), NewTopic(dead_letter(topic), 1, 1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        publisher = _Publisher(producer)
        await send_to_dead_letter(
            publisher, topic=topic, partition=1, offset=41, key="sme-ก01".encode(), value=THAI_VALUE,
            error=THAI_ERROR, headers=[("event_type", b"sme.profile.changed")],
        )  # fmt: skip
        await send_to_dead_letter(
            publisher, topic=topic, partition=0, offset=7, key=b"sme-0002", value=None,
            error="tombstone without headers", headers=[],
        )  # fmt: skip
        await send_to_dead_letter(
            publisher, topic=topic, partition=1, offset=42, key=b"sme-0003", value=b"{}", error="missing id"
        )
    finally:
        await producer.stop()
    return topic


async def _read_all(
    bootstrap: str, topic: str, expected: int
) -> list[tuple[bytes | None, bytes | None, dict[str, bytes]]]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    try:
        got: list[tuple[bytes | None, bytes | None, dict[str, bytes]]] = []
        deadline = asyncio.get_running_loop().time() + 15
        while len(got) < expected and asyncio.get_running_loop().time() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                got += [(r.key, r.value, dict(r.headers)) for r in records]
        # Nothing more than expected arrives.
        for records in (await consumer.getmany(timeout_ms=1000)).values():
            got += [(r.key, r.value, dict(r.headers)) for r in records]
        return got
    finally:
        await consumer.stop()


def _listed(capsys: pytest.CaptureFixture[str], bootstrap: str, topic: str) -> list[dict[str, object]]:
    assert main(["dlq", "list", topic, "--json", "--value", "--bootstrap", bootstrap]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.integration
def test_list_shows_each_dead_letter_where_it_came_from_and_why(
    infra: Endpoints, capsys: pytest.CaptureFixture[str]
) -> None:
    topic = asyncio.run(_topic_with_dead_letters(infra.kafka_bootstrap))

    rows = _listed(capsys, infra.kafka_bootstrap, topic)

    assert [(r["id"], r["source"], r["key"], r["error"], r["replayed"]) for r in rows] == [
        ("0:0", f"{topic}[1]@41", "sme-ก01", THAI_ERROR, False),
        ("0:1", f"{topic}[0]@7", "sme-0002", "tombstone without headers", False),
        ("0:2", f"{topic}[1]@42", "sme-0003", "missing id", False),
    ]
    assert rows[0]["value"] == THAI_VALUE.decode()
    assert rows[1]["value"] is None and rows[1]["bytes"] is None  # a tombstone, said so
    # The human-readable listing answers to the dead-letter topic's own name too.
    assert main(["dlq", "list", dead_letter(topic), "--bootstrap", infra.kafka_bootstrap]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"3 dead letter(s) in {dead_letter(topic)}")
    assert THAI_ERROR in out and "tombstone" in out


@pytest.mark.integration
def test_replay_reinjects_the_original_record_once_and_by_id_on_request(
    infra: Endpoints, capsys: pytest.CaptureFixture[str]
) -> None:
    bootstrap = infra.kafka_bootstrap
    topic = asyncio.run(_topic_with_dead_letters(bootstrap))

    assert main(["dlq", "replay", topic, "--id", "0:0", "--bootstrap", bootstrap]) == 0
    first = asyncio.run(_read_all(bootstrap, topic, 1))
    assert len(first) == 1
    key, value, headers = first[0]
    assert key == "sme-ก01".encode() and value == THAI_VALUE  # byte for byte
    assert headers["event_type"] == b"sme.profile.changed"
    assert headers["dlq_replay_of"] == f"{dead_letter(topic)}:0:0".encode()
    assert not any(name.startswith("dlq_source") for name in headers)

    # Without --id: every dead letter not replayed in bulk before, the tombstone as a tombstone.
    assert main(["dlq", "replay", topic, "--bootstrap", bootstrap]) == 0
    assert "3 dead letter(s) replayed" in capsys.readouterr().out
    # Again: nothing left to replay.
    assert main(["dlq", "replay", topic, "--bootstrap", bootstrap]) == 0
    assert "0 dead letter(s) replayed" in capsys.readouterr().out

    records = asyncio.run(_read_all(bootstrap, topic, 4))
    assert sorted((k, v) for k, v, _ in records) == sorted(
        [
            ("sme-ก01".encode(), THAI_VALUE),
            ("sme-ก01".encode(), THAI_VALUE),
            (b"sme-0002", None),
            (b"sme-0003", b"{}"),
        ],
        key=lambda kv: (kv[0], kv[1] or b""),
    )
    assert all(r["replayed"] for r in _listed(capsys, bootstrap, topic))


@pytest.mark.integration
def test_replay_of_an_unknown_id_names_it_and_sends_nothing(
    infra: Endpoints, capsys: pytest.CaptureFixture[str]
) -> None:
    topic = asyncio.run(_topic_with_dead_letters(infra.kafka_bootstrap))

    code = main(["dlq", "replay", topic, "--id", "0:0", "--id", "0:99", "--bootstrap", infra.kafka_bootstrap])

    assert code == 1
    assert "0:99" in capsys.readouterr().err
    assert asyncio.run(_read_all(infra.kafka_bootstrap, topic, 0)) == []


@pytest.mark.integration
def test_a_topic_without_dead_letter_topic_is_a_clear_error(
    infra: Endpoints, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["dlq", "list", "no-such-topic", "--bootstrap", infra.kafka_bootstrap])

    assert code == 1
    assert "'no-such-topic.dlq' does not exist" in capsys.readouterr().err


PROFILE = {
    "event_type": "sme.profile.changed",
    "sme_id": "sme-ก77",
    "profile": {
        "id": "sme-ก77",
        "name": "วิสาหกิจชุมชนทอผ้าบ้านนายสมชาย",
        "contact_email": "somchai@example.com",
        "contact_phone": "081-234-5678",
        "province": "Sakon Nakhon",
        "offers": ["ผ้าคราม"],
    },
}


@pytest.mark.integration
def test_a_profile_dead_letter_keeps_no_personal_field_and_replay_takes_the_original_from_the_source(
    infra: Endpoints, capsys: pytest.CaptureFixture[str]
) -> None:
    bootstrap = infra.kafka_bootstrap
    topic = f"dlqtest-{uuid.uuid4().hex[:8]}"
    original = json.dumps(PROFILE, ensure_ascii=False).encode()
    error = f"1 validation error for SmeProfileChangedV1 [type=json_invalid, input_value={original!r}, input_type=str]"

    async def arrange() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(topic, 1, 1), NewTopic(dead_letter(topic), 1, 1)])
        finally:
            await admin.close()
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
        await producer.start()
        try:
            meta = await producer.send_and_wait(topic, original, key="sme-ก77".encode(), headers=[("event_id", b"e-1")])
            personal = dead_letter_fields()
            await send_to_dead_letter(
                _Publisher(producer), topic=topic, partition=meta.partition, offset=meta.offset,
                key="sme-ก77".encode(), value=original, error=error, headers=[("event_id", b"e-1")], personal=personal,
            )  # fmt: skip
            # One whose original is no longer in the source topic (compacted or expired).
            await send_to_dead_letter(
                _Publisher(producer), topic=topic, partition=0, offset=999, key=b"sme-gone",
                value=original, error="gone", personal=personal,
            )  # fmt: skip
        finally:
            await producer.stop()

    asyncio.run(arrange())

    kept, gone = _listed(capsys, bootstrap, topic)
    for row in (kept, gone):
        stored = str(row["value"]) + str(row["error"])
        assert "somchai" not in stored and "081-234-5678" not in stored and "นายสมชาย" not in stored
        assert row["redacted"]
    assert json.loads(str(kept["value"]))["profile"]["province"] == "Sakon Nakhon"  # the rest stays readable

    assert main(["dlq", "replay", topic, "--id", kept["id"], "--bootstrap", bootstrap]) == 0  # type: ignore[list-item]
    assert "from the original" in capsys.readouterr().out
    records = asyncio.run(_read_all(bootstrap, topic, 2))
    assert [r[1] for r in records] == [original, original]  # byte for byte, Thai included
    assert records[1][2]["event_id"] == b"e-1"

    # The redacted copy is never replayed in place of an original that is gone.
    assert main(["dlq", "replay", topic, "--id", gone["id"], "--bootstrap", bootstrap]) == 1  # type: ignore[list-item]
    assert "not replayed 0:1" in capsys.readouterr().err
    assert len(asyncio.run(_read_all(bootstrap, topic, 2))) == 2


def dead_letter_fields() -> frozenset[str]:
    return PERSONAL_FIELDS[SME_PROFILES]
