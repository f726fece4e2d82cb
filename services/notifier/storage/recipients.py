"""People the notifier may email: contact details, language, preferences, unsubscribe state."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError

from services.notifier.model import ContactDetails, PublicSummary, Recipient
from services.notifier.storage.by_id import ById, insert_new
from shared.events import NotificationPreference, SmeProfileV1
from shared.keyed_hash import DatabaseKey, keyed_digest
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
_PRESENCE = {"erased": 1, "summary.name": 1}


def _is_live(doc: dict[str, Any]) -> bool:
    return not doc.get("erased", False) and "summary" in doc


@dataclass(frozen=True)
class KnownVersion:
    """What intake needs to know of a stored person before applying a snapshot."""

    version: int
    erased: bool
    preference: str | None
    unsubscribed: bool
    unsubscribed_preference: str | None


_VERSION_FIELDS = {"version": 1, "erased": 1, "preference": 1, "unsubscribed": 1, "unsubscribed_preference": 1}


MARKER_KIND = "erased"  # an erasure marker's `_id` is `erased:<HMAC of the SME id>` (no colon in an SME id)


class RecipientRepository:
    def __init__(self, db: MongoDatabase, by_id: ById, marker_key: bytes | None = None) -> None:
        self._col = db["recipients"]
        self._by_id = by_id
        # The marker remembers that an id was erased (late suggestions about it are dropped, older
        # snapshots ignored) without holding the id: a keyed hash, the key in the database.
        self._marker_key = DatabaseKey(db, "erasure_key", marker_key)

    async def _markers(self, sme_ids: Iterable[str]) -> dict[str, str]:
        """marker `_id` -> SME id."""
        key = await self._marker_key.get()
        return {keyed_digest(key, MARKER_KIND, i): i for i in dict.fromkeys(sme_ids)}

    async def ensure_indexes(self) -> None:
        # Every lookup is by `_id`, but for the erasure markers among a batch's people.
        await self._col.create_index([("erased", 1)])

    async def known_versions(self, sme_ids: Iterable[str]) -> dict[str, KnownVersion]:
        ids = list(dict.fromkeys(sme_ids))
        markers = await self._markers(ids)
        docs = await self._by_id.many(self._col, [*ids, *markers], _VERSION_FIELDS)
        return {
            markers.get(str(key), str(key)): KnownVersion(
                version=int(doc.get("version", 0)),
                erased=bool(doc.get("erased", False)),
                preference=doc.get("preference"),
                unsubscribed=bool(doc.get("unsubscribed", False)),
                unsubscribed_preference=doc.get("unsubscribed_preference"),
            )
            for key, doc in docs.items()
        }

    async def insert_profiles(self, snapshots: Sequence[tuple[str, int, SmeProfileV1]], now: datetime) -> set[str]:
        """People seen for the first time, in one write; returns the ids that turned out to exist."""
        docs = [
            {"_id": sme_id, **_profile_fields(profile), "version": version, "erased": False, "updated_at": now}
            for sme_id, version, profile in snapshots
        ]
        return {str(k) for k in await insert_new(self._col, docs)}

    async def store_profile(
        self, sme_id: str, version: int, profile: SmeProfileV1, now: datetime, *, resubscribe: bool = False
    ) -> bool:
        """Store a snapshot unless a same or newer version is known; True when stored.

        `resubscribe`: the person unsubscribed, and this snapshot changes their
        notification preference, which counts as a new choice.
        """
        fields = _profile_fields(profile)
        unset: dict[str, str] = {"erased_at": ""}
        if resubscribe:
            fields["unsubscribed"] = False
            unset["unsubscribed_preference"] = ""
        try:
            await self._by_id.call(
                self._col.update_one,
                {"_id": sme_id, "$or": [{"version": {"$lt": version}}, {"version": {"$exists": False}}]},
                {"$set": {**fields, "version": version, "erased": False, "updated_at": now}, "$unset": unset},
                upsert=True,
            )
        except DuplicateKeyError:
            return False  # a same or newer version (or its erasure) is already stored
        # Registered again (with fresh consent, at a newer version): the erasure marker goes.
        (marker,) = await self._markers([sme_id])
        await self._col.delete_one({"_id": marker, "version": {"$lt": version}})
        return True

    async def erase(self, sme_id: str, version: int | None, now: datetime) -> bool:
        """Delete the person's data and keep a marker of the erased version under a keyed hash."""
        query: dict[str, Any] = {"_id": sme_id}
        if version is not None:
            query["version"] = {"$lte": version}
        await self._col.delete_one(query)
        if await self._by_id.one(self._col, sme_id, {"_id": 1}) is not None:
            return False  # a newer registration under the same id is live
        (marker,) = await self._markers([sme_id])
        known = await self._by_id.one(self._col, marker, {"version": 1})
        newest = max(version or 0, int(known.get("version", 0)) if known else 0)
        doc = {"_id": marker, "erased": True, "erased_at": now, "version": newest}
        await self._col.replace_one({"_id": marker}, doc, upsert=True)
        # Written before keyed markers: a bare-id marker of the same person goes.
        await self._col.delete_one({"_id": sme_id, "erased": True})
        return True

    async def erased_among(self, sme_ids: Iterable[str]) -> set[str]:
        """One query for a whole batch: the indexed `erased` flag lets only erasure markers through,
        and FerretDB picks these ids among them itself (keyed markers, and bare-id ones of before)."""
        ids = list(dict.fromkeys(sme_ids))
        if not ids:
            return set()
        markers = await self._markers(ids)
        cursor = self._col.find({"erased": True, "_id": {"$in": [*ids, *markers]}}, projection={"_id": 1})
        return {markers.get(str(doc["_id"]), str(doc["_id"])) async for doc in cursor}

    async def is_erased(self, sme_id: str) -> bool:
        return bool(await self.erased_among([sme_id]))

    async def get(self, sme_id: str) -> Recipient | None:
        doc = await self._by_id.one(self._col, sme_id)
        return _to_recipient(doc) if doc and _is_live(doc) else None

    async def live_among(self, sme_ids: Iterable[str]) -> set[str]:
        """Which of these have a live profile: the question planning asks of partners, whose
        details only the email reads. A projection keeps their offers and needs off the wire."""
        docs = await self._by_id.many(self._col, sme_ids, projection=_PRESENCE)
        return {str(sme_id) for sme_id, doc in docs.items() if _is_live(doc)}

    async def get_many(self, sme_ids: Iterable[str]) -> dict[str, Recipient]:
        return (await self.get_many_and_erased(sme_ids))[0]

    async def get_many_and_erased(self, sme_ids: Iterable[str]) -> tuple[dict[str, Recipient], set[str]]:
        """The live people among these, and the ones erased (one read)."""
        ids = list(dict.fromkeys(sme_ids))
        docs = await self._by_id.many(self._col, ids)
        live = {str(sme_id): _to_recipient(doc) for sme_id, doc in docs.items() if _is_live(doc)}
        return live, await self.erased_among(i for i in ids if i not in live)

    async def unsubscribe(self, sme_id: str, now: datetime) -> Recipient | None:
        doc = await self._col.find_one_and_update(
            {"_id": sme_id, "erased": False, "summary": {"$exists": True}},
            {"$set": {"unsubscribed": True, "unsubscribed_at": now}},
            return_document=ReturnDocument.AFTER,
        )
        if doc is None:
            return None
        await self._col.update_one({"_id": sme_id}, {"$set": {"unsubscribed_preference": doc["preference"]}})
        return _to_recipient(doc)
