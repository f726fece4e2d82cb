"""Publishing a large pass of suggestions leaves the event loop free for heartbeats."""

from __future__ import annotations

import asyncio
from typing import Any

from services.matcher.suggestions import SuggestionPublisher
from shared.events import MatchSuggestedV1, suggestion_id


class _RoomyProducer:
    """A producer whose buffer always has room: `send` returns without ever suspending."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes]] = []

    async def send(self, topic: str, value: bytes, *, key: bytes, headers: list[Any]) -> asyncio.Future[None]:
        self.sent.append((topic, key, value))
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


def _event(n: int) -> MatchSuggestedV1:
    supplier, buyer = f"s{n}", f"b{n % 50}"
    return MatchSuggestedV1(
        suggestion_id=suggestion_id(supplier, buyer, 1, 1), recipient_id=buyer, recipient_role="buyer",
        supplier_id=supplier, buyer_id=buyer, supplier_version=1, buyer_version=1, score=0.5, rank=1,
    )  # fmt: skip


def test_a_large_pass_is_published_whole_and_other_tasks_run_meanwhile() -> None:
    events = [_event(n) for n in range(5_000)]
    producer = _RoomyProducer()
    turns = 0

    async def heartbeat() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    async def run() -> None:
        publisher = SuggestionPublisher("127.0.0.1:9")  # never started: its producer is replaced
        publisher._producer = producer
        beating = asyncio.create_task(heartbeat())
        await asyncio.sleep(0)
        before = turns
        await publisher.publish_many(events)
        during = turns - before
        beating.cancel()
        assert during >= 10, f"the loop turned {during} times while 5,000 suggestions were queued"

    asyncio.run(run())
    assert [value for _, _, value in producer.sent] == [e.to_bytes() for e in events]
    assert {key for _, key, _ in producer.sent} == {f"b{n}".encode() for n in range(50)}
