"""Poison messages go to `<topic>.dlq` with their bytes (personal fields redacted), headers and the error.

A dead letter's headers say where it came from (`dlq_source_topic`, `..._partition`,
`..._offset`), why (`dlq_error`), whether it was a tombstone (`dlq_tombstone`, since
the dead letter's own value cannot be null and still say so), which consumer gave up
(`dlq_consumer`, when several read the topic) and carry the record's own headers unchanged.

Personal data stays out: in a record of a topic whose events carry personal fields
(`sme.profiles`), the string value of every such field is replaced by
`[redacted]`, even in a payload that is not valid JSON, and the dead letter says so
(`dlq_redacted`); pydantic's `input_value=…` is cut out of every error text. The
original stays only in the source topic, where erasure and retention reach it;
`clusterlink dlq replay` re-injects it from there, by its position.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol

from shared.events import SmeProfileV1, personal_fields
from shared.topics import EMAIL_LINKS, SME_PROFILES, dead_letter

SOURCE_TOPIC = "dlq_source_topic"
SOURCE_PARTITION = "dlq_source_partition"
SOURCE_OFFSET = "dlq_source_offset"
ERROR = "dlq_error"
TOMBSTONE = "dlq_tombstone"
CONSUMER = "dlq_consumer"
REDACTED = "dlq_redacted"
DLQ_HEADER_PREFIX = "dlq_"
ERROR_MAX_CHARS = 2000
REDACTION = "[redacted]"

# The topics whose records carry personal fields, and which. A link request's `url` is a
# capability (a signed sign-in link): as private as the address it goes to.
PERSONAL_FIELDS: dict[str, frozenset[str]] = {
    SME_PROFILES: personal_fields(SmeProfileV1),
    EMAIL_LINKS: frozenset({"address", "name", "url"}),
}
# The topics keyed by a personal value (a link request by its address): the dead letter has no key.
PERSONAL_KEYS: frozenset[str] = frozenset({EMAIL_LINKS})
# pydantic quotes the offending input in its errors: `input_value='{"name": ...', input_type=str`.
_INPUT_VALUE = re.compile(r"input_value=.*?(?=, input_type=|\]|$)", re.DOTALL)


def redact_value(value: bytes, fields: Collection[str]) -> bytes:
    """`value` with the string of each named JSON field replaced, also in a truncated or broken payload."""
    if not fields:
        return value
    names = "|".join(re.escape(name) for name in sorted(fields))
    # "field": "…" with JSON escapes, or up to the end of a payload cut off inside the string.
    pattern = re.compile(rb'("(?:' + names.encode() + rb')"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\\?$)', re.DOTALL)
    return pattern.sub(lambda m: m.group(1) + b'"' + REDACTION.encode() + b'"', value)


def redact_error(error: str) -> str:
    return _INPUT_VALUE.sub(f"input_value={REDACTION}", error)[:ERROR_MAX_CHARS]


class _Record(Protocol):
    """What a consumed Kafka record (aiokafka's ConsumerRecord) carries."""

    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def value(self) -> bytes | None: ...


class _Producer(Protocol):
    async def publish(
        self, message: bytes, topic: str, *, key: bytes | None = ..., headers: dict[str, str] | None = ...
    ) -> object: ...


async def send_to_dead_letter(
    producer: _Producer,
    *,
    topic: str,
    partition: int,
    offset: int,
    key: bytes | None,
    value: bytes | None,
    error: str,
    headers: Sequence[tuple[str, bytes]] = (),
    personal: Collection[str] | None = None,
    consumer: str | None = None,
) -> None:
    """`personal`: the fields to redact; None: those `PERSONAL_FIELDS` names for the topic.
    `consumer`: which consumer (group) gave up on it, as several read the same topic."""
    fields = PERSONAL_FIELDS.get(topic, frozenset()) if personal is None else personal
    own = {name: raw.decode("utf-8", "replace") for name, raw in headers if not name.startswith(DLQ_HEADER_PREFIX)}
    await producer.publish(
        redact_value(value or b"", fields),
        dead_letter(topic),
        key=None if topic in PERSONAL_KEYS else key,
        headers={
            **own,
            SOURCE_TOPIC: topic,
            SOURCE_PARTITION: str(partition),
            SOURCE_OFFSET: str(offset),
            ERROR: redact_error(error),
            **({TOMBSTONE: "1"} if value is None else {}),
            **({REDACTED: ",".join(sorted(fields))} if fields and value is not None else {}),
            **({CONSUMER: consumer} if consumer else {}),
        },
    )


async def dead_letter_record(producer: _Producer, record: _Record, error: str, consumer: str | None = None) -> None:
    """`send_to_dead_letter` for a consumed record: its bytes, headers and where it came from."""
    await send_to_dead_letter(
        producer,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        key=record.key,
        value=record.value,
        error=error,
        headers=tuple(getattr(record, "headers", None) or ()),
        consumer=consumer,
    )
