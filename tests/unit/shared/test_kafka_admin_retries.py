"""The topic check at start-up waits out a Kafka node that is down, and gives up on real errors."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka.errors import NodeNotReadyError, TopicAuthorizationFailedError

from shared.kafka_admin import retrying


async def test_retriable_errors_are_tried_again_until_the_call_succeeds() -> None:
    attempts: list[int] = []

    async def describe() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise NodeNotReadyError("node 3 is down")
        return "answered"

    deadline = asyncio.get_running_loop().time() + 5
    assert await retrying(describe, deadline, pause_s=0.01) == "answered"
    assert len(attempts) == 3


async def test_a_non_retriable_error_or_the_deadline_ends_the_wait() -> None:
    async def refused() -> None:
        raise TopicAuthorizationFailedError()

    async def never_ready() -> None:
        raise NodeNotReadyError("still down")

    loop = asyncio.get_running_loop()
    with pytest.raises(TopicAuthorizationFailedError):
        await retrying(refused, loop.time() + 5, pause_s=0.01)
    started = loop.time()
    with pytest.raises(NodeNotReadyError):
        await retrying(never_ready, loop.time() + 0.2, pause_s=0.05)
    assert loop.time() - started < 1
