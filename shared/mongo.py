"""The one place that creates a MongoDB client, so a driver switch touches one file.

motor is in maintenance (see docs/decisions); PyMongo's async API keeps the same calls.
"""

from __future__ import annotations

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
