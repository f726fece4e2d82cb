"""Poison messages go to `<topic>.dlq` with their original bytes and the error."""

from __future__ import annotations

from typing import Protocol

from shared.topics import dead_letter


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
) -> None:
    await producer.publish(
        value or b"",
        dead_letter(topic),
        key=key,
        headers={
            "dlq_source_topic": topic,
            "dlq_source_partition": str(partition),
            "dlq_source_offset": str(offset),
            "dlq_error": error[:2000],
        },
    )


async def dead_letter_record(producer: _Producer, record: _Record, error: str) -> None:
    """`send_to_dead_letter` for a consumed record: its bytes and where it came from."""
    await send_to_dead_letter(
        producer,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        key=record.key,
        value=record.value,
        error=error,
    )
