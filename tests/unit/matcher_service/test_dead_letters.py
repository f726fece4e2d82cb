"""The feed's dead letters say which consumer gave up on them, as every service's do (`dlq_consumer`)."""

from __future__ import annotations

from aiokafka import ConsumerRecord

from services.matcher.dead_letters import FeedDeadLetters
from services.matcher.feed import Batch, Poison
from shared.topics import SME_PROFILES
from tests.support.recording_producer import RecordingProducer
from tests.unit.matcher_service.factories import DeadLetterClaims


def _poison(offset: int) -> Poison:
    record: ConsumerRecord[bytes, bytes] = ConsumerRecord(
        topic=SME_PROFILES,
        partition=1,
        offset=offset,
        timestamp=0,
        timestamp_type=0,
        key=b"sme-9",
        value=b'{"event_type": "sme.profile.changed", "name": "\xe0\xb8\xa3\xe0\xb9\x89\xe0\xb8\xb2\xe0\xb8\x99',
        checksum=None,
        serialized_key_size=0,
        serialized_value_size=0,
        headers=(("correlation_id", b"corr-9"),),
    )
    return Poison(record, "not a valid SmeProfileChangedV1")


async def test_a_poison_record_is_dead_lettered_once_naming_the_matcher_group() -> None:
    claims, producer = DeadLetterClaims(), RecordingProducer()
    letters = FeedDeadLetters({"dead_lettered": claims}, producer, consumer="matcher-blue")  # type: ignore[arg-type]
    await letters.send(Batch(poison=[_poison(41)]))
    await letters.send(Batch(poison=[_poison(41)]))  # read again after a restart: not sent again

    ((topic, _, headers),) = producer.sent
    assert topic == f"{SME_PROFILES}.dlq"
    assert headers["dlq_consumer"] == "matcher-blue"
    assert (headers["dlq_source_partition"], headers["dlq_source_offset"]) == ("1", "41")
    assert headers["correlation_id"] == "corr-9"
    assert claims.ids == {f"{SME_PROFILES}:1:41"}
