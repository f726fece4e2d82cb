"""The dashboard sessions the server still honours: a signed cookie alone is not enough.

One document per open session (`_id` = the random session id in the cookie).
Signing out deletes it, so a copy of the cookie taken before is refused from
then on; "sign out everywhere" deletes them all. A session is honoured only
while its document exists, its expiry is ahead and the key that opened it is
still configured (the signed cookie carries the same facts; the document is
what makes revocation possible). Expired documents are swept at each sign-in.
"""

from __future__ import annotations

from datetime import UTC, datetime

from services.registry.dashboard.session import Session
from shared.mongo import MongoDatabase

COLLECTION = "dashboard_sessions"


def _at(epoch_s: int) -> datetime:
    return datetime.fromtimestamp(epoch_s, UTC)


class SessionStore:
    def __init__(self, database: MongoDatabase) -> None:
        self._sessions = database[COLLECTION]

    async def opened(self, session: Session) -> None:
        await self._sessions.delete_many({"expires_at": {"$lte": datetime.now(UTC)}})
        await self._sessions.insert_one(
            {"_id": session.session_id, "key_digest": session.key_digest, "expires_at": _at(session.expires_at)}
        )

    async def is_open(self, session: Session) -> bool:
        found = await self._sessions.find_one({"_id": session.session_id}, {"key_digest": 1})
        return found is not None and found.get("key_digest") == session.key_digest

    async def close(self, session_id: str) -> None:
        await self._sessions.delete_one({"_id": session_id})

    async def close_all(self) -> int:
        result = await self._sessions.delete_many({})
        return int(result.deleted_count)
