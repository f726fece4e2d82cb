"""Kafka entry points: decode, call one use case, ack. Poison goes to the dead-letter topic.

Acks are manual: a message is committed after its effect is stored, or after it
was dead-lettered. An outage (database, broker) nacks it after a pause, so the
same message is retried in order and nothing behind it is skipped.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

from aiokafka import ConsumerRecord
from aiokafka.errors import KafkaError
from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from pydantic import ValidationError

from services.matcher.matching import Outcome
from services.matcher.ownership import PartitionOwnership
from services.matcher.profile_events import (
    InvalidProfileRecord,
    ProfileRecord,
    decode_headers,
    parse_profile_record,
)
from services.matcher.settings import Settings
from shared.dead_letter import dead_letter_record
from shared.events import MatchFeedbackV1
from shared.topics import MATCH_FEEDBACK, SME_PROFILES

log = logging.getLogger(__name__)


class UseCases(Protocol):
    async def on_profile(self, record: ProfileRecord, partition: int, offset: int) -> Outcome: ...
    async def on_feedback(self, feedback: MatchFeedbackV1) -> Outcome: ...


class _Ackable(Protocol):
    async def ack(self) -> None: ...
    async def nack(self) -> None: ...


def _context(record: ConsumerRecord[Any, Any], **more: object) -> dict[str, object]:
    return {"topic": record.topic, "partition": record.partition, "offset": record.offset, **more}


def register_handlers(
    broker: KafkaBroker, service: UseCases, ownership: PartitionOwnership, settings: Settings
) -> None:

    async def dead_letter(record: ConsumerRecord[Any, Any], error: str) -> None:
        await dead_letter_record(broker, record, error)
        log.warning("message dead-lettered", extra=_context(record, error=error[:300]))

    async def commit(msg: _Ackable, record: ConsumerRecord[Any, Any]) -> None:
        try:
            await msg.ack()
        except KafkaError as exc:
            # Lost the partition in a rebalance: its next owner redoes the (idempotent) effect.
            log.warning("offset not committed", extra=_context(record, error=repr(exc)))

    async def retry_later(msg: _Ackable, record: ConsumerRecord[Any, Any], exc: BaseException) -> None:
        log.warning("effect not stored; will retry", extra=_context(record, error=repr(exc)))
        await asyncio.sleep(settings.retry_backoff_s)
        await msg.nack()

    @broker.subscriber(
        SME_PROFILES,
        listener=ownership,
        title="matcher/sme.profiles",
        description="Scores a changed SME in both directions and publishes pairs entering a top-k list.",
        group_id=settings.group_id,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.MANUAL,
        session_timeout_ms=settings.kafka_session_timeout_ms,
        heartbeat_interval_ms=settings.kafka_heartbeat_interval_ms,
    )
    async def on_profile_record(msg: KafkaMessage) -> None:
        record: ConsumerRecord[Any, Any] = msg.raw_message
        try:
            parsed = parse_profile_record(record.key, record.value, decode_headers(record.headers))
        except InvalidProfileRecord as exc:
            await dead_letter(record, str(exc))
            await commit(msg, record)
            return
        context = _context(record, sme_id=parsed.sme_id, event_id=parsed.event_id, correlation_id=parsed.correlation_id)
        try:
            outcome = await service.on_profile(parsed, record.partition, record.offset)
        except Exception as exc:
            await retry_later(msg, record, exc)
            return
        await commit(msg, record)
        log.info("profile event handled", extra={**context, "outcome": outcome})

    @broker.subscriber(
        MATCH_FEEDBACK,
        title="matcher/match.feedback",
        description="Stores declined pairs so they are never suggested again.",
        group_id=settings.group_id,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.MANUAL,
        session_timeout_ms=settings.kafka_session_timeout_ms,
        heartbeat_interval_ms=settings.kafka_heartbeat_interval_ms,
    )
    async def on_feedback_record(msg: KafkaMessage) -> None:
        record: ConsumerRecord[Any, Any] = msg.raw_message
        try:
            feedback = MatchFeedbackV1.model_validate_json(record.value or b"")
        except ValidationError as exc:
            await dead_letter(record, f"not a valid MatchFeedbackV1: {exc}")
            await commit(msg, record)
            return
        context = _context(record, event_id=feedback.event_id, correlation_id=feedback.correlation_id)
        try:
            outcome = await service.on_feedback(feedback)
        except Exception as exc:
            await retry_later(msg, record, exc)
            return
        await commit(msg, record)
        log.info("feedback handled", extra={**context, "outcome": outcome})
