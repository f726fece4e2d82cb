"""The shared consumer policy: the backoff schedule, the bounded budget, and what a spent budget dead-letters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from prometheus_client import CollectorRegistry, Counter
from pydantic import ValidationError

from shared.consumer_retry import OUTAGE_RUN, ConsumerPolicy, RetryPolicy, failure_reason
from shared.settings import ConsumerRetrySettings
from tests.support.recording_producer import RecordingProducer


def test_the_default_schedule_doubles_from_half_a_second_and_stops_at_thirty() -> None:
    assert RetryPolicy().delays() == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0]
    assert RetryPolicy.of(ConsumerRetrySettings()) == RetryPolicy(8, 0.5, 30.0)
    assert RetryPolicy(3, 0.1, 0.15).delays() == [0.1, 0.15]
    assert RetryPolicy(1).delays() == []


def test_settings_refuse_a_cap_below_the_first_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSUMER_RETRY_ATTEMPTS", "3")
    monkeypatch.setenv("CONSUMER_RETRY_FIRST_DELAY_S", "2")
    assert RetryPolicy.of(ConsumerRetrySettings()) == RetryPolicy(3, 2.0, 30.0)
    monkeypatch.setenv("CONSUMER_RETRY_MAX_DELAY_S", "1")
    with pytest.raises(ValidationError, match="MAX_DELAY_S"):
        ConsumerRetrySettings()


@dataclass(frozen=True)
class _Record:
    offset: int
    topic: str = "sme.contact_confirmations"
    partition: int = 0
    key: bytes | None = b"sme-1"
    value: bytes | None = b"{}"
    headers: tuple[tuple[str, bytes], ...] = (("event_id", b"e-1"), ("correlation_id", b"c-1"))


def _policy(attempts: int = 4) -> tuple[ConsumerPolicy, RecordingProducer, list[float], Counter, Counter]:
    registry = CollectorRegistry()
    dead = Counter("dead", "d", ("topic",), registry=registry)
    retried = Counter("retried", "r", ("topic",), registry=registry)
    slept: list[float] = []

    async def sleep(s: float) -> None:
        slept.append(s)

    producer = RecordingProducer()
    policy = ConsumerPolicy(
        producer, RetryPolicy(attempts, 0.5, 1.0), consumer="group-x", dead_lettered=dead, retries=retried, sleep=sleep
    )
    return policy, producer, slept, dead, retried


class DatabaseDown(Exception):
    pass


async def test_a_record_the_database_keeps_refusing_is_dead_lettered_after_the_budget_with_the_reason() -> None:
    policy, producer, slept, dead, retried = _policy(attempts=4)
    tries = 0

    async def store() -> None:
        nonlocal tries
        tries += 1
        raise DatabaseDown("no server at owner@example.com")

    assert await policy.apply_one(_Record(7), store) is False

    assert tries == 4 and slept == [0.5, 1.0, 1.0]
    [(topic, _, headers)] = producer.sent
    assert topic == "sme.contact_confirmations.dlq"
    assert headers["dlq_error"] == "storage failed after 4 attempts: DatabaseDown: no server at <address>"
    assert headers["dlq_source_offset"] == "7" and headers["dlq_consumer"] == "group-x"
    assert headers["event_id"] == "e-1"  # the record's own headers travel with it
    assert dead.labels("sme.contact_confirmations")._value.get() == 1
    assert retried.labels("sme.contact_confirmations")._value.get() == 3


async def test_a_store_that_recovers_within_the_budget_dead_letters_nothing() -> None:
    policy, producer, slept, _, _ = _policy(attempts=4)
    tries = 0

    async def store() -> None:
        nonlocal tries
        tries += 1
        if tries < 3:
            raise DatabaseDown("blip")

    assert await policy.apply_one(_Record(1), store) is True
    assert producer.sent == [] and slept == [0.5, 1.0]


async def test_a_spent_batch_is_applied_one_record_at_a_time_and_only_the_failing_one_is_dead_lettered() -> None:
    policy, producer, _, _, _ = _policy(attempts=2)
    records = [_Record(offset) for offset in range(5)]
    stored: list[int] = []

    async def store(batch: Sequence[_Record]) -> None:
        if any(r.offset == 3 for r in batch):  # one record our storage cannot take
            raise DatabaseDown("document too large")
        stored.extend(r.offset for r in batch)

    failed = await policy.apply_batch(records, store)

    assert [r.offset for r in failed] == [3]
    assert stored == [0, 1, 2, 4]
    [(_, _, headers)] = producer.sent
    assert headers["dlq_source_offset"] == "3"
    assert headers["dlq_error"].startswith("storage failed after 3 attempts: DatabaseDown: document too large")


async def test_an_outage_dead_letters_the_rest_of_a_spent_batch_without_trying_each() -> None:
    policy, producer, _, _, _ = _policy(attempts=2)
    records = [_Record(offset) for offset in range(10)]
    tries = 0

    async def store(batch: Sequence[_Record]) -> None:
        nonlocal tries
        tries += 1
        raise DatabaseDown("connection refused")

    failed = await policy.apply_batch(records, store)

    assert len(failed) == 10 and len(producer.sent) == 10
    assert tries == 2 + OUTAGE_RUN  # the batch's budget, then a few alone
    assert all("connection refused" in h["dlq_error"] for _, _, h in producer.sent)


def test_the_reason_cuts_out_quoted_input() -> None:
    error = ValueError('1 validation error, input_value=\'{"name": "วิสาหกิจ"}\', input_type=str')
    reason = failure_reason(8, error)
    assert reason.startswith("storage failed after 8 attempts: ValueError:")
    assert "วิสาหกิจ" not in reason
