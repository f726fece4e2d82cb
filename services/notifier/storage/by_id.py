"""Many documents by `_id`: one command per document, a bounded number in flight; bulk inserts.

FerretDB 1.24 hands only equality filters to its backend. `{"_id": {"$in": ids}}`
is not one: FerretDB reads the whole collection and filters it itself (measured,
100 ids among 3,000 documents: 113 ms on PostgreSQL, 1.5 s on SQLite), while one
`_id` lookup is served by the backend's index (~1 ms on PostgreSQL; 100 of them in
parallel, 53 ms). A bulk update is no better: FerretDB runs its statements one
after the other (200 updates: 0.7-1.4 s, against 0.3 s as parallel single updates).
Inserts are the exception: one `insert_many` of 200 documents takes 10-20 ms.

Every per-document command of the process goes through one limit: FerretDB on
SQLite stopped answering altogether under hundreds of concurrent updates.
If a backend ever serves `$in` from an index, this module is the one to change.
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
        """The documents that exist, by `_id`."""
        unique = list(dict.fromkeys(keys))
        docs = await asyncio.gather(*(self.one(collection, key, projection) for key in unique))
        return {key: doc for key, doc in zip(unique, docs, strict=True) if doc is not None}

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
