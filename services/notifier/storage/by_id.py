"""Documents by `_id`: lookups and `$in` reads, a bounded number in flight; bulk inserts.

The local FerretDB is built to hand `$in` to PostgreSQL (an OR of equalities
served by the GIN index of `_id`: decision 0004), as MongoDB serves it from its
`_id` index; so a batch of documents is one command per `IN_CHUNK` ids, not one
round trip each (100 of 20,000 documents: measured in
`bench/database_backends.py`). FerretDB's SQLite backend still filters `$in`
itself by reading the collection: keep it for small demos. A bulk update is no
better than single ones: FerretDB runs its statements one after the other, so
updates by `_id` are sent in parallel. Inserts are one `insert_many`.

Every per-document command of the process goes through one limit: FerretDB on
SQLite stopped answering altogether under hundreds of concurrent updates.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from pymongo import DeleteOne
from pymongo.errors import BulkWriteError

Document = dict[str, Any]
T = TypeVar("T")
_DUPLICATE_KEY = 11000

# Ids per `$in` command: short enough for PostgreSQL to plan quickly, long enough
# that a batch of a few thousand documents is a handful of commands.
IN_CHUNK = 250


class ById:
    """Per-document commands, at most `concurrency` in flight for the whole process."""

    def __init__(self, concurrency: int) -> None:
        self._limit = asyncio.Semaphore(concurrency)

    async def call(self, command: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        async with self._limit:
            return await command(*args, **kwargs)

    async def one(self, collection: Any, key: Any, projection: Mapping[str, Any] | None = None) -> Document | None:
        doc: Document | None = await self.call(collection.find_one, {"_id": key}, projection)
        return doc

    async def many(
        self, collection: Any, keys: Iterable[Any], projection: Mapping[str, Any] | None = None
    ) -> dict[Any, Document]:
        """The documents that exist, by `_id`: one `$in` command per `IN_CHUNK` ids."""
        unique = list(dict.fromkeys(keys))
        chunks = [unique[i : i + IN_CHUNK] for i in range(0, len(unique), IN_CHUNK)]

        async def read(chunk: list[Any]) -> list[Document]:
            async with self._limit:
                # The whole answer in the first reply: no getMore round trip after 101 documents.
                cursor = collection.find({"_id": {"$in": chunk}}, projection, batch_size=len(chunk) + 1)
                return [doc async for doc in cursor]

        found: dict[Any, Document] = {}
        for docs in await asyncio.gather(*(read(chunk) for chunk in chunks)):
            found.update((doc["_id"], doc) for doc in docs)
        return found

    async def update_each(self, collection: Any, updates: Iterable[tuple[Document, Document]]) -> None:
        """`update_one(filter, update)` for each pair, in parallel (filters name one `_id`)."""
        await asyncio.gather(*(self.call(collection.update_one, f, u) for f, u in updates))


async def insert_new(collection: Any, docs: Sequence[Document]) -> set[Any]:
    """Insert each document unless its `_id` exists; returns the `_id`s that already existed.

    One command, unordered: a duplicate does not stop the others. This is how
    redelivered work stays idempotent (decision 0003: unique inserts decide races).
    """
    if not docs:
        return set()
    try:
        await collection.insert_many(list(docs), ordered=False)
    except BulkWriteError as exc:
        errors = exc.details.get("writeErrors", [])
        if any(e.get("code") != _DUPLICATE_KEY for e in errors):
            raise
        return {docs[e["index"]]["_id"] for e in errors}
    return set()


async def delete_ids(collection: Any, keys: Iterable[Any]) -> None:
    """Delete these documents in one command (FerretDB deletes by `_id` quickly, even in bulk)."""
    operations = [DeleteOne({"_id": key}) for key in dict.fromkeys(keys)]
    if operations:
        await collection.bulk_write(operations, ordered=False)
