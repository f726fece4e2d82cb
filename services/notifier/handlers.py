"""Kafka consumer: decode a batch, store its effects in one use case, commit, then hand on the planning.

Both topics are read by one consumer of the `notifier` group, in batches of up
to `NOTIFIER_CONSUME_BATCH_SIZE` records. The batch is committed only when every
record's effect is stored. Undecodable or invalid messages go to the topic's
dead-letter topic; a failure of our own storage rewinds the batch (FastStream's
batch `nack()` rewinds every partition in it) and applies it again: every effect
is idempotent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from faststream.middlewares import AckPolicy
from pydantic import ValidationError

from services.notifier import intake
from services.notifier.components import Components
from services.notifier.profiles import Erasure, PreferenceChosenBySme, ProfileChange
from shared.dead_letter import dead_letter_record, redact_error
from shared.events import TOMBSTONE_EVENT_TYPE, MatchSuggestedV1, SmeProfileChangedV1
from shared.profile_headers import PREFERENCE_CHOSEN_BY, PREFERENCE_CHOSEN_BY_SME
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES

log = logging.getLogger(__name__)

_RETRY_PAUSE_S = 2.0


class PoisonMessage(Exception):
    """A message no retry can make valid."""


@dataclass
class DecodedBatch:
    profiles: list[tuple[Any, ProfileChange]] = field(default_factory=list)
    suggestions: list[tuple[Any, MatchSuggestedV1]] = field(default_factory=list)
    poison: list[tuple[Any, str]] = field(default_factory=list)


def _headers(record: Any) -> dict[str, str]:
    return {k: v.decode("utf-8", "replace") for k, v in (record.headers or ())}


def _context(record: Any, **extra: Any) -> dict[str, Any]:
    headers = _headers(record)
    return {
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "event_id": headers.get("event_id"),
        "correlation_id": headers.get("correlation_id"),
        **extra,
    }


def _profile_change(record: Any) -> ProfileChange:
    if record.value is not None:
        chosen = _headers(record).get(PREFERENCE_CHOSEN_BY) == PREFERENCE_CHOSEN_BY_SME
        try:
            return (PreferenceChosenBySme if chosen else SmeProfileChangedV1).model_validate_json(record.value)
        except ValidationError as exc:
            raise PoisonMessage(str(exc)) from exc
    # A tombstone: the SME was erased.
    headers = _headers(record)
    if headers.get("event_type", TOMBSTONE_EVENT_TYPE) != TOMBSTONE_EVENT_TYPE:
        raise PoisonMessage(f"null value with event_type {headers.get('event_type')!r}")
    raw_version = headers.get("version")
    try:
        version = int(raw_version) if raw_version else None
    except ValueError as exc:
        raise PoisonMessage(f"tombstone version {raw_version!r}") from exc
    sme_id = record.key.decode("utf-8") if record.key else ""
    if not sme_id:
        raise PoisonMessage("tombstone without a key")
    return Erasure(sme_id, version)


def _suggestion(record: Any) -> MatchSuggestedV1:
    if record.value is None:
        raise PoisonMessage("suggestion without a value")
    try:
        return MatchSuggestedV1.model_validate_json(record.value)
    except ValidationError as exc:
        raise PoisonMessage(str(exc)) from exc


def decode(records: Sequence[Any]) -> DecodedBatch:
    batch = DecodedBatch()
    for record in records:
        try:
            if record.topic == SME_PROFILES:
                batch.profiles.append((record, _profile_change(record)))
            elif record.topic == MATCH_SUGGESTIONS:
                batch.suggestions.append((record, _suggestion(record)))
            else:
                raise PoisonMessage(f"unexpected topic {record.topic!r}")
        except PoisonMessage as exc:
            batch.poison.append((record, str(exc)))
    return batch


async def apply(c: Components, broker: KafkaBroker, batch: DecodedBatch) -> intake.BatchResult:
    """Dead-letter the poison, store the rest; raises when our own storage fails."""
    for record, error in batch.poison:
        # pydantic's message quotes the input: log it redacted, as the dead letter stores it.
        log.warning("invalid message sent to the dead-letter topic: %s", redact_error(error), extra=_context(record))
        await dead_letter_record(broker, record, error)
        c.metrics.base.dead_lettered.labels(record.topic).inc()
    result = await intake.apply_batch(c, [p for _, p in batch.profiles], [s for _, s in batch.suggestions])
    for (record, change), outcome in zip(batch.profiles, result.profile_outcomes, strict=True):
        log.info("profile %s", outcome, extra=_context(record, sme_id=change.sme_id))
    for (record, event), outcome in zip(batch.suggestions, result.suggestion_outcomes, strict=True):
        log.info(
            "suggestion %s",
            outcome,
            extra=_context(
                record,
                event_id=event.event_id,
                correlation_id=event.correlation_id,
                suggestion_id=event.suggestion_id,
                recipient_id=event.recipient_id,
            ),
        )
    return result


def register_handlers(broker: KafkaBroker, c: Components) -> None:
    settings = c.settings

    @broker.subscriber(
        SME_PROFILES,
        MATCH_SUGGESTIONS,
        batch=True,
        max_records=settings.consume_batch_size,
        group_id=settings.group_id,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.MANUAL,
        session_timeout_ms=settings.kafka_session_timeout_ms,
        heartbeat_interval_ms=settings.kafka_heartbeat_interval_ms,
    )
    async def consume(msg: KafkaMessage) -> None:
        raw: Any = msg.raw_message
        records: tuple[Any, ...] = raw if isinstance(raw, tuple) else (raw,)
        try:
            result = await apply(c, broker, decode(records))
        except Exception:
            # Our storage (or the dead-letter topic) failed: rewind and apply the batch again.
            first = records[0]
            log.error(
                "batch not processed; will retry",
                exc_info=True,
                extra={"topic": first.topic, "partition": first.partition, "offset": first.offset},
            )
            await asyncio.sleep(_RETRY_PAUSE_S)
            await msg.nack()
            return
        await msg.ack()
        # Planning runs in the scheduler; the stored requests make sure it happens even if we stop now.
        c.worklist.plan(result.requests, result.plan_at)
