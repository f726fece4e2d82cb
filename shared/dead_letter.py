"""Poison messages go to `<topic>.dlq` with their original bytes and the error."""

from __future__ import annotations

from typing import Protocol

from shared.topics import dead_letter


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
