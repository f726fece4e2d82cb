"""Kafka consumer: decode a batch, store its effects in one use case, commit, then hand on the planning.

Both topics are read by one consumer of the `notifier` group, in batches of up
to `NOTIFIER_CONSUME_BATCH_SIZE` records. The batch is committed only when every
record's effect is stored or the record is on a dead-letter topic, under the
policy every consumer shares (`shared.consumer_retry`, decision 0013):
undecodable or invalid messages go to their topic's dead-letter topic at once; a
failure of our own storage is retried with a bounded backoff (every effect is
idempotent), then the batch is applied one record at a time and the records that
still fail are dead-lettered with the reason. Only a dead-letter topic that
cannot be written rewinds the batch (FastStream's batch `nack()` rewinds every
partition in it).
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
from shared.consumer_retry import ConsumerPolicy, RetryPolicy, batch_context, record_context
from shared.events import TOMBSTONE_EVENT_TYPE, MatchSuggestedV1, SmeProfileChangedV1
from shared.profile_headers import PREFERENCE_CHOSEN_BY, PREFERENCE_CHOSEN_BY_SME
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES

log = logging.getLogger(__name__)

_REWIND_PAUSE_S = 2.0


class PoisonMessage(Exception):
    """A message no retry can make valid."""


@dataclass
class DecodedBatch:
    profiles: list[tuple[Any, ProfileChange]] = field(default_factory=list)
    suggestions: list[tuple[Any, MatchSuggestedV1]] = field(default_factory=list)
    poison: list[tuple[Any, str]] = field(default_factory=list)


def _headers(record: Any) -> dict[str, str]:
    return {k: v.decode("utf-8", "replace") for k, v in (record.headers or ())}


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


def records_of(batch: DecodedBatch) -> list[Any]:
    """The batch's readable records, each topic's in the order they were read."""
    # Profiles first, as one batch stores them: a suggestion then finds its people.
    return [record for record, _ in batch.profiles] + [record for record, _ in batch.suggestions]


def subset(batch: DecodedBatch, records: Sequence[Any]) -> DecodedBatch:
    wanted = {id(record) for record in records}
    return DecodedBatch(
        profiles=[(r, p) for r, p in batch.profiles if id(r) in wanted],
        suggestions=[(r, s) for r, s in batch.suggestions if id(r) in wanted],
    )


async def store(c: Components, batch: DecodedBatch) -> intake.BatchResult:
    """Store the batch's readable records; raises when our own storage fails."""
    result = await intake.apply_batch(c, [p for _, p in batch.profiles], [s for _, s in batch.suggestions])
    for (record, change), outcome in zip(batch.profiles, result.profile_outcomes, strict=True):
        log.info("profile %s", outcome, extra=record_context(record, sme_id=change.sme_id))
    for (record, event), outcome in zip(batch.suggestions, result.suggestion_outcomes, strict=True):
        log.info(
            "suggestion %s",
            outcome,
            extra=record_context(
                record,
                event_id=event.event_id,
                correlation_id=event.correlation_id,
                suggestion_id=event.suggestion_id,
                recipient_id=event.recipient_id,
            ),
        )
    return result


async def apply(c: Components, policy: ConsumerPolicy, batch: DecodedBatch) -> list[intake.BatchResult]:
    """Dead-letter the poison, store the rest under the retry policy (dead-lettering what our
    storage keeps refusing); raises only when a dead letter cannot be sent."""
    for record, error in batch.poison:
        await policy.dead_letter(record, error)
    results: list[intake.BatchResult] = []

    async def store_these(records: Sequence[Any]) -> None:
        results.append(await store(c, subset(batch, records)))

    await policy.apply_batch(records_of(batch), store_these)
    return results


def register_handlers(broker: KafkaBroker, c: Components) -> None:
    settings = c.settings
    policy = ConsumerPolicy(
        broker,
        RetryPolicy.of(settings.consumer_retry),
        consumer=settings.group_id,
        dead_lettered=c.metrics.base.dead_lettered,
        retries=c.metrics.base.consumer_retries,
    )

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
            results = await apply(c, policy, decode(records))
        except Exception:
            # A dead letter could not be sent (the broker is away): nothing is lost if we rewind.
            log.error("batch not processed; will read it again", exc_info=True, extra=batch_context(records))
            await asyncio.sleep(_REWIND_PAUSE_S)
            await msg.nack()
            return
        await msg.ack()
        # Planning runs in the scheduler; the stored requests make sure it happens even if we stop now.
        for result in results:
            c.worklist.plan(result.requests, result.plan_at)
