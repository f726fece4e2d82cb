"""Kafka consumers: decode, call one use case, commit only after its effect is stored.

Both topics are read by one consumer of the `notifier` group, in batches.
Records of one key are applied in order; different keys concurrently. The batch
is committed only when every record's effect is stored. Undecodable or invalid
messages go to the topic's dead-letter topic; a failure of our own storage
rewinds to the batch and applies it again (the effects are idempotent).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from faststream.middlewares import AckPolicy
from pydantic import ValidationError

from services.notifier import intake
from services.notifier.components import Components
from shared.dead_letter import dead_letter_record
from shared.events import TOMBSTONE_EVENT_TYPE, MatchSuggestedV1, SmeProfileChangedV1
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES

log = logging.getLogger(__name__)

_RETRY_PAUSE_S = 2.0


class PoisonMessage(Exception):
    """A message no retry can make valid."""


def _headers(record: Any) -> dict[str, str]:
    return {k: v.decode("utf-8", "replace") for k, v in (record.headers or ())}


def _context(record: Any, headers: dict[str, str]) -> dict[str, Any]:
    return {
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "event_id": headers.get("event_id"),
        "correlation_id": headers.get("correlation_id"),
    }


async def _on_profile(c: Components, record: Any, headers: dict[str, str], ctx: dict[str, Any]) -> None:
    if record.value is None:  # tombstone: the SME was erased
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
        await intake.erase_person(c, sme_id, version)
        log.info("tombstone applied", extra={**ctx, "sme_id": sme_id})
        return
    try:
        event = SmeProfileChangedV1.model_validate_json(record.value)
    except ValidationError as exc:
        raise PoisonMessage(str(exc)) from exc
    ctx |= {"event_id": event.event_id, "correlation_id": event.correlation_id}
    stored = await intake.store_profile(c, event)
    log.info("profile %s", "stored" if stored else "already known", extra={**ctx, "sme_id": event.sme_id})


async def _on_suggestion(c: Components, record: Any, ctx: dict[str, Any]) -> bool:
    if record.value is None:
        raise PoisonMessage("suggestion without a value")
    try:
        event = MatchSuggestedV1.model_validate_json(record.value)
    except ValidationError as exc:
        raise PoisonMessage(str(exc)) from exc
    ctx |= {"event_id": event.event_id, "correlation_id": event.correlation_id}
    stored = await intake.receive_suggestion(c, event)
    log.info(
        "suggestion %s",
        "stored" if stored else "already known",
        extra={**ctx, "suggestion_id": event.suggestion_id, "recipient_id": event.recipient_id},
    )
    return stored


async def _process(c: Components, broker: KafkaBroker, record: Any) -> None:
    """Apply one record; invalid ones go to the dead-letter topic, storage errors propagate."""
    headers = _headers(record)
    ctx = _context(record, headers)
    try:
        if record.topic == SME_PROFILES:
            await _on_profile(c, record, headers, ctx)
        else:
            await _on_suggestion(c, record, ctx)
    except PoisonMessage as exc:
        log.warning("invalid message sent to the dead-letter topic: %s", exc, extra=ctx)
        await dead_letter_record(broker, record, str(exc))


def _in_key_order(records: tuple[Any, ...]) -> list[list[Any]]:
    """Records of one key keep their order; different keys are independent."""
    groups: dict[tuple[str, bytes | None], list[Any]] = {}
    for record in records:
        groups.setdefault((record.topic, record.key), []).append(record)
    return list(groups.values())


def register_handlers(broker: KafkaBroker, c: Components, *, on_stored: Callable[[], None]) -> None:
    settings = c.settings
    limit = asyncio.Semaphore(settings.consume_concurrency)

    async def run_in_order(records: list[Any]) -> None:
        async with limit:
            for record in records:
                await _process(c, broker, record)

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
        # Database round trips dominate, so independent keys are applied concurrently.
        outcomes = await asyncio.gather(
            *(run_in_order(group) for group in _in_key_order(records)), return_exceptions=True
        )
        failures = [o for o in outcomes if isinstance(o, BaseException)]
        if failures:
            # Our storage failed: rewind to the batch and apply it again (every effect is idempotent).
            first = records[0]
            log.error(
                "batch not processed; will retry",
                exc_info=failures[0],
                extra={"topic": first.topic, "partition": first.partition, "offset": first.offset},
            )
            await asyncio.sleep(_RETRY_PAUSE_S)
            await msg.nack()
            return
        await msg.ack()
        on_stored()
