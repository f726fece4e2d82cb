"""A producer for unit tests of dead-lettering: keeps what it was asked to publish, sends nothing."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RecordingProducer:
    sent: list[tuple[str, bytes, dict[str, str]]] = field(default_factory=list)

    async def publish(
        self, message: bytes, topic: str, *, key: bytes | None = None, headers: dict[str, str] | None = None
    ) -> object:
        self.sent.append((topic, message, dict(headers or {})))
        return None
