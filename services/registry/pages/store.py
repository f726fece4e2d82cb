"""What the entrepreneur pages keep in the registry's database, beside the profiles.

- `pending_registrations`: a self-registration waiting for its address to be
  confirmed (`_id` = the SME id it will get). It is not a profile yet: it is in
  no list, no export and no event. Confirming it registers it as the API would
  and deletes it; one not confirmed in time is deleted by the next registration
  that comes along (PDPA: unconfirmed personal data does not linger).
- `used_sign_in_links`: one document per sign-in link followed (`_id` = its
  nonce). Inserting it is the claim: a unique `_id` holds on FerretDB too
  (decision 0003), so a link signs in once, however many clicks race.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.errors import DuplicateKeyError

from services.registry.documents import HEADS, VersionKind
from services.registry.profile import ProfileIn
from shared.mongo import MongoDatabase

PENDING = "pending_registrations"
USED_LINKS = "used_sign_in_links"
_MAX_SAME_ADDRESS = 20  # SMEs that share one contact address, at most, get a link each


class PageStore:
    def __init__(self, database: MongoDatabase) -> None:
        self._db = database

    async def add_pending(self, sme_id: str, profile: ProfileIn, now: datetime, ttl: timedelta) -> None:
        await self._db[PENDING].delete_many({"expires_at": {"$lte": now}})
        await self._db[PENDING].insert_one(
            {
                "_id": sme_id,
                "profile": profile.model_dump(mode="json", exclude_none=True),
                "created_at": now,
                "expires_at": now + ttl,
            }
        )

    async def pending(self, sme_id: str) -> ProfileIn | None:
        doc = await self._db[PENDING].find_one({"_id": sme_id})
        return ProfileIn.model_validate(doc["profile"]) if doc is not None else None

    async def drop_pending(self, sme_id: str) -> None:
        await self._db[PENDING].delete_one({"_id": sme_id})

    async def claim_link(self, nonce: str, sme_id: str, now: datetime) -> bool:
        """True the first time a link's nonce is claimed, False ever after."""
        try:
            await self._db[USED_LINKS].insert_one({"_id": nonce, "sme_id": sme_id, "used_at": now})
        except DuplicateKeyError:
            return False
        return True

    async def forget_used_links(self, before: datetime) -> None:
        # A link is refused by its expiry long before its claim is forgotten.
        await self._db[USED_LINKS].delete_many({"used_at": {"$lt": before}})

    async def sme_ids_with_address(self, address: str) -> list[str]:
        query: dict[str, Any] = {"profile.contact_email": address, "kind": {"$ne": VersionKind.ERASED.value}}
        cursor = self._db[HEADS].find(query, {"_id": 1}).limit(_MAX_SAME_ADDRESS)
        return [str(doc["_id"]) async for doc in cursor]


def utcnow() -> datetime:
    return datetime.now(UTC)
