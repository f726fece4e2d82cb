"""Kafka handlers in memory: decoding, dead-lettering and what reaches the use cases."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from faststream.kafka import KafkaBroker, TestKafkaBroker
from faststream.kafka.annotations import KafkaMessage

from services.matcher.handlers import register_handlers
from services.matcher.matching import Outcome
from services.matcher.ownership import PartitionOwnership
from services.matcher.profile_events import ProfileChanged, ProfileErased, ProfileRecord
from services.matcher.settings import Settings
from shared.events import TOMBSTONE_EVENT_TYPE, MatchFeedbackV1
from shared.topics import MATCH_FEEDBACK, SME_PROFILES, dead_letter
from tests.unit.matcher_service.factories import changed, profile


@dataclass
class RecordingUseCases:
    profiles: list[tuple[ProfileRecord, int, int]] = field(default_factory=list)
    feedback: list[MatchFeedbackV1] = field(default_factory=list)
    fail_next: int = 0

    async def on_profile(self, record: ProfileRecord, partition: int, offset: int) -> Outcome:
        if self.fail_next:
            self.fail_next -= 1
            raise ConnectionError("database unreachable")
        self.profiles.append((record, partition, offset))
        return "refreshed"

    async def on_feedback(self, feedback: MatchFeedbackV1) -> Outcome:
        self.feedback.append(feedback)
        return "declined"


@dataclass
class Harness:
    broker: KafkaBroker
    use_cases: RecordingUseCases
    dead_letters: list[tuple[str, bytes, dict[str, str]]]


@pytest.fixture
async def harness() -> AsyncIterator[Harness]:
    broker = KafkaBroker()
    use_cases = RecordingUseCases()
    dead: list[tuple[str, bytes, dict[str, str]]] = []

    async def collect(msg: KafkaMessage) -> None:
        record: Any = msg.raw_message
        dead.append((record.topic, record.value, dict(msg.headers)))

    broker.subscriber(dead_letter(SME_PROFILES))(collect)
    broker.subscriber(dead_letter(MATCH_FEEDBACK))(collect)
    register_handlers(broker, use_cases, PartitionOwnership(lambda _: None), Settings(retry_backoff_s=0.01))
    async with TestKafkaBroker(broker):
        yield Harness(broker, use_cases, dead)


async def test_a_profile_snapshot_reaches_the_use_case_with_its_position(harness: Harness) -> None:
    event = changed(profile("sme-1", offers=("hemp yarn",)), version=2)
    await harness.broker.publish(event.to_bytes(), SME_PROFILES, key=b"sme-1", partition=3)
    [(record, partition, _offset)] = harness.use_cases.profiles
    assert isinstance(record, ProfileChanged)
    assert record.event == event and partition == 3
    assert harness.dead_letters == []


async def test_a_tombstone_reaches_the_use_case_as_an_erasure(harness: Harness) -> None:
    headers = {"event_type": TOMBSTONE_EVENT_TYPE, "version": "5", "correlation_id": "c-9"}
    await harness.broker.publish(None, SME_PROFILES, key=b"sme-1", headers=headers)
    [(record, _, _)] = harness.use_cases.profiles
    assert isinstance(record, ProfileErased)
    assert (record.sme_id, record.version) == ("sme-1", 5)


async def test_poison_goes_to_the_dead_letter_topic_with_its_bytes_and_error(harness: Harness) -> None:
    poison = b'{"event_type": "sme.profile.changed", "versi'
    await harness.broker.publish(poison, SME_PROFILES, key=b"sme-1")
    await harness.broker.publish(changed(profile("sme-2")).to_bytes(), SME_PROFILES, key=b"sme-2")
    [(topic, value, headers)] = harness.dead_letters
    assert (topic, value) == ("sme.profiles.dlq", poison)
    assert headers["dlq_source_topic"] == SME_PROFILES
    assert "SmeProfileChangedV1" in headers["dlq_error"]
    # The next message is still handled.
    assert [r.sme_id for r, _, _ in harness.use_cases.profiles] == ["sme-2"]


async def test_a_snapshot_under_another_key_is_poison(harness: Harness) -> None:
    await harness.broker.publish(changed(profile("sme-1")).to_bytes(), SME_PROFILES, key=b"sme-666")
    assert harness.use_cases.profiles == []
    assert "does not match" in harness.dead_letters[0][2]["dlq_error"]


async def test_an_outage_is_not_mistaken_for_poison(harness: Harness) -> None:
    harness.use_cases.fail_next = 1
    await harness.broker.publish(changed(profile("sme-1")).to_bytes(), SME_PROFILES, key=b"sme-1")
    assert harness.dead_letters == []


async def test_feedback_reaches_the_use_case_and_garbage_is_dead_lettered(harness: Harness) -> None:
    feedback = MatchFeedbackV1(suggestion_id="sg-1", supplier_id="s", buyer_id="b", by_sme_id="b", decision="decline")
    await harness.broker.publish(feedback.to_bytes(), MATCH_FEEDBACK, key=b"sg-1")
    await harness.broker.publish(b"not json", MATCH_FEEDBACK, key=b"sg-2")
    assert harness.use_cases.feedback == [feedback]
    [(topic, value, headers)] = harness.dead_letters
    assert (topic, value) == ("match.feedback.dlq", b"not json")
    assert "MatchFeedbackV1" in headers["dlq_error"]
