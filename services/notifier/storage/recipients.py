"""People the notifier may email: contact details, language, preferences, planning state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError

from services.notifier.model import ContactDetails, PublicSummary, Recipient
from shared.events import NotificationPreference, SmeProfileV1
from shared.mongo import MongoDatabase


def _profile_fields(profile: SmeProfileV1) -> dict[str, Any]:
    return {
        "language": profile.language,
        "preference": profile.notification_preference.value,
        "summary": {
            "name": profile.name,
            "sub_cluster": profile.sub_cluster,
            "stage": profile.stage,
            "province": profile.province,
            "offers": list(profile.offers),
            "needs": list(profile.needs),
            "certifications": list(profile.certifications),
        },
        "contact": {
            "email": profile.contact_email,
            "contact_name": profile.contact_name,
            "phone": profile.contact_phone,
            "line_id": profile.line_id,
            "website": profile.website,
        },
    }


def _to_recipient(doc: dict[str, Any]) -> Recipient:
    s, c = doc["summary"], doc["contact"]
    return Recipient(
        sme_id=doc["_id"],
        version=doc["version"],
        language=doc["language"],
        preference=NotificationPreference(doc["preference"]),
        summary=PublicSummary(
            sme_id=doc["_id"],
            name=s["name"],
            sub_cluster=s["sub_cluster"],
            stage=s["stage"],
            province=s["province"],
            offers=tuple(s.get("offers") or ()),
            needs=tuple(s.get("needs") or ()),
            certifications=tuple(s.get("certifications") or ()),
        ),
        contact=ContactDetails(
            email=c["email"],
            contact_name=c.get("contact_name"),
            phone=c.get("phone"),
            line_id=c.get("line_id"),
            website=c.get("website"),
        ),
        unsubscribed=bool(doc.get("unsubscribed", False)),
    )


# Erasure leaves a marker without personal data; only documents with a profile are people.
_LIVE: dict[str, Any] = {"erased": False, "summary": {"$exists": True}}


class RecipientRepository:
    def __init__(self, db: MongoDatabase) -> None:
        self._col = db["recipients"]

    async def ensure_indexes(self) -> None:
        """Every lookup is by `_id`."""

    async def store_profile(self, sme_id: str, version: int, profile: SmeProfileV1, now: datetime) -> bool:
        """Store a snapshot unless a same or newer version is known; True when stored."""
        fields = _profile_fields(profile)
        try:
            await self._col.update_one(
                {"_id": sme_id, "$or": [{"version": {"$lt": version}}, {"version": {"$exists": False}}]},
                {
                    "$set": {**fields, "version": version, "erased": False, "updated_at": now},
                    "$unset": {"erased_at": ""},
                },
                upsert=True,
            )
        except DuplicateKeyError:
            return False  # a same or newer version (or its erasure) is already stored
        # An explicit change of preference after an unsubscribe is a new choice: honour it.
        await self._col.update_one(
            {"_id": sme_id, "unsubscribed": True, "unsubscribed_preference": {"$ne": fields["preference"]}},
            {"$set": {"unsubscribed": False}, "$unset": {"unsubscribed_preference": ""}},
        )
        return True

    async def erase(self, sme_id: str, version: int | None, now: datetime) -> bool:
        """Replace the person's data by a marker that remembers only the erased version."""
        marker = {"_id": sme_id, "erased": True, "erased_at": now, "version": version or 0}
        query: dict[str, Any] = {"_id": sme_id}
        if version is not None:
            query["version"] = {"$lte": version}
        try:
            result = await self._col.replace_one(query, marker, upsert=True)
        except DuplicateKeyError:
            return False  # a newer registration under the same id is live
        return bool(result.matched_count or result.upserted_id is not None)

    async def is_erased(self, sme_id: str) -> bool:
        return await self.any_erased([sme_id])

    async def any_erased(self, sme_ids: list[str]) -> bool:
        return await self._col.count_documents({"_id": {"$in": sme_ids}, "erased": True}, limit=1) > 0

    async def get(self, sme_id: str) -> Recipient | None:
        doc = await self._col.find_one({"_id": sme_id, **_LIVE})
        return _to_recipient(doc) if doc else None

    async def get_many(self, sme_ids: list[str]) -> dict[str, Recipient]:
        found: dict[str, Recipient] = {}
        async for doc in self._col.find({"_id": {"$in": sme_ids}, **_LIVE}):
            found[doc["_id"]] = _to_recipient(doc)
        return found

    async def unsubscribe(self, sme_id: str, now: datetime) -> Recipient | None:
        doc = await self._col.find_one_and_update(
            {"_id": sme_id, **_LIVE},
            {"$set": {"unsubscribed": True, "unsubscribed_at": now}},
            return_document=ReturnDocument.AFTER,
        )
        if doc is None:
            return None
        await self._col.update_one({"_id": sme_id}, {"$set": {"unsubscribed_preference": doc["preference"]}})
        return _to_recipient(doc)
