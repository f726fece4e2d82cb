"""Poison messages go to `<topic>.dlq` with their original bytes, headers and the error.

A dead letter's headers say where it came from (`dlq_source_topic`, `..._partition`,
`..._offset`), why (`dlq_error`), whether it was a tombstone (`dlq_tombstone`, since
the dead letter's own value cannot be null and still say so) and carry the record's
own headers unchanged, so `clusterlink dlq replay` can re-inject it as it was.
Dead-letter topics keep records for a bounded time (`shared.topics`): they hold
whole payloads, personal fields included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from shared.topics import dead_letter

SOURCE_TOPIC = "dlq_source_topic"
SOURCE_PARTITION = "dlq_source_partition"
SOURCE_OFFSET = "dlq_source_offset"
ERROR = "dlq_error"
TOMBSTONE = "dlq_tombstone"
DLQ_HEADER_PREFIX = "dlq_"
ERROR_MAX_CHARS = 2000


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
) -> None:
    own = {name: raw.decode("utf-8", "replace") for name, raw in headers if not name.startswith(DLQ_HEADER_PREFIX)}
    await producer.publish(
        value or b"",
        dead_letter(topic),
        key=key,
        headers={
            **own,
            SOURCE_TOPIC: topic,
            SOURCE_PARTITION: str(partition),
            SOURCE_OFFSET: str(offset),
            ERROR: error[:ERROR_MAX_CHARS],
            **({TOMBSTONE: "1"} if value is None else {}),
        },
    )


async def dead_letter_record(producer: _Producer, record: _Record, error: str) -> None:
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
    )
