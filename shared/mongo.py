"""The one place that creates a MongoDB client, so a driver switch touches one file.

motor is in maintenance (see docs/decisions); PyMongo's async API keeps the same calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Any

from motor.motor_asyncio import AsyncIOMotorClient, AsyncIOMotorDatabase

from shared.query_stats import QueryStats

MongoDatabase = AsyncIOMotorDatabase[dict[str, Any]]
MongoClient = AsyncIOMotorClient[dict[str, Any]]


def create_client(
    url: str, *, timeout_ms: int = 5_000, max_pool_size: int = 16, query_stats_interval_s: float = 0.0
) -> MongoClient:
    listeners = [QueryStats(query_stats_interval_s)] if query_stats_interval_s > 0 else []
    # tz_aware: datetimes come back in UTC, as they went in.
    return AsyncIOMotorClient(
        url,
        serverSelectionTimeoutMS=timeout_ms,
        connectTimeoutMS=timeout_ms,
        tz_aware=True,
        maxPoolSize=max_pool_size,
        event_listeners=listeners,
    )


def get_database(client: MongoClient, name: str) -> MongoDatabase:
    return client[name]


async def ping(client: MongoClient) -> None:
    await client.admin.command("ping")


async def close_client(client: MongoClient) -> None:
    """Close on a thread of its own. The driver's close is synchronous and, while the server hangs
    mid-command, it held a stopping notifier's event loop for over 7 s, so no other part's stop
    bound could act (tests/integration/notifier/test_stop_mid_store.py). Not on the loop's default
    executor either: the loop's shutdown waits for those threads without a bound. A daemon thread
    lets the part's bound abandon it and the process end."""
    loop = asyncio.get_running_loop()
    closed = loop.create_future()

    def settle() -> None:
        if not closed.done():  # not given up on (cancelled) meanwhile
            closed.set_result(None)

    def close() -> None:
        try:
            client.close()
        finally:
            with contextlib.suppress(RuntimeError):  # the loop is gone: nobody waits any more
                loop.call_soon_threadsafe(settle)

    threading.Thread(target=close, name="mongodb close", daemon=True).start()
    await closed
