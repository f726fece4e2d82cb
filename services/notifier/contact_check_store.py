"""Stored checks of new contact addresses (`contact_checks`): one per SME and address.

They hold both addresses (personal data): removed when the SME's snapshot has no
pending address any more, and on erasure (see `contact_checks`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from services.notifier.storage.by_id import insert_new
from shared.events import address_digest
from shared.mongo import MongoDatabase

COLLECTION = "contact_checks"
SCHEDULED, SENT, FAILED = "scheduled", "sent", "failed"


@dataclass(frozen=True)
class ContactCheck:
    key: str
    sme_id: str
    new_address: str
    old_address: str
    name: str
    language: str
    profile_version: int
    status: str
    attempts: int
    sent_to: tuple[str, ...]
    confirmed_at: datetime | None

    @classmethod
    def of(cls, doc: dict[str, Any]) -> ContactCheck:
        return cls(
            key=str(doc["_id"]),
            sme_id=doc["sme_id"],
            new_address=doc["new_address"],
            old_address=doc["old_address"],
            name=doc["name"],
            language=doc["language"],
            profile_version=int(doc["profile_version"]),
            status=doc["status"],
            attempts=int(doc.get("attempts", 0)),
            sent_to=tuple(doc.get("sent_to") or ()),
            confirmed_at=doc.get("confirmed_at"),
        )


def check_key(sme_id: str, address: str) -> str:
    return f"{sme_id}|{address_digest(address)[:24]}"


class ContactCheckRepository:
    def __init__(self, db: MongoDatabase) -> None:
        self._col = db[COLLECTION]

    async def ensure_indexes(self) -> None:
        await self._col.create_index([("status", 1)])
        await self._col.create_index([("sme_id", 1)])

    async def add(self, docs: Sequence[dict[str, Any]]) -> set[str]:
        """Store new checks; returns the keys that were new."""
        existed = await insert_new(self._col, docs)
        return {str(d["_id"]) for d in docs} - {str(k) for k in existed}

    async def get(self, key: str) -> ContactCheck | None:
        doc = await self._col.find_one({"_id": key})
        return ContactCheck.of(doc) if doc else None

    async def due(self, now: datetime) -> list[ContactCheck]:
        docs = [d async for d in self._col.find({"status": SCHEDULED})]
        return [ContactCheck.of(d) for d in docs if d["due_at"] <= now]

    async def next_due_at(self) -> datetime | None:
        times = [d["due_at"] async for d in self._col.find({"status": SCHEDULED}, projection={"due_at": 1})]
        return min(times, default=None)

    async def update(self, key: str, fields: dict[str, Any]) -> None:
        await self._col.update_one({"_id": key}, {"$set": fields})

    async def remove_for(self, sme_ids: set[str]) -> None:
        for sme_id in sme_ids:  # equality filters: FerretDB hands them to its backend
            await self._col.delete_many({"sme_id": sme_id})
