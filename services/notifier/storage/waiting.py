"""Who waits for whose profile: a suggestion can arrive before its recipient's or its partner's.

The planner leaves a marker (`_id` = "<profile id>|<recipient id>") for each
profile it misses; when that profile arrives, intake asks for the waiting
recipients to be planned again and then removes their markers. Markers exist
only while a profile is missing, so this collection stays small.
"""

from __future__ import annotations

from collections.abc import Iterable

from services.notifier.storage.by_id import delete_ids, insert_new
from shared.mongo import MongoDatabase


class WaitingRepository:
    def __init__(self, db: MongoDatabase) -> None:
        self._col = db["waiting"]

    async def ensure_indexes(self) -> None:
        await self._col.create_index([("profile_id", 1)])
        await self._col.create_index([("recipient_id", 1)])

    async def add(self, waits: Iterable[tuple[str, str]]) -> None:
        """(missing profile, recipient waiting for it); markers already there are kept."""
        docs = [{"_id": f"{p}|{r}", "profile_id": p, "recipient_id": r} for p, r in dict.fromkeys(waits)]
        await insert_new(self._col, docs)

    async def waiting_for(self, profile_ids: Iterable[str]) -> dict[str, str]:
        """Markers of these profiles: marker id -> waiting recipient. One query for the batch:
        `$in` is filtered inside FerretDB, which is cheap on a collection this small."""
        ids = list(dict.fromkeys(profile_ids))
        if not ids:
            return {}
        cursor = self._col.find({"profile_id": {"$in": ids}}, projection={"recipient_id": 1})
        return {str(doc["_id"]): str(doc["recipient_id"]) async for doc in cursor}

    async def remove(self, marker_ids: Iterable[str]) -> None:
        await delete_ids(self._col, marker_ids)

    async def erase_person(self, sme_id: str) -> None:
        await self._col.delete_many({"profile_id": sme_id})
        await self._col.delete_many({"recipient_id": sme_id})
