"""Profiles in MongoDB: the only module that knows the document layout.

One document per SME holds the profile, its version, its SME-token hash and
its outbox (pending events). Every change is a single conditional document
write: the profile, the version and the pending event move together or not at
all — FerretDB has no multi-document transactions and none are needed.

After an erasure the document keeps only the id, the last version and the
pending tombstone; once the tombstone is published it stays as that stub, so a
later registration under the same id continues the version sequence and
consumers never mistake it for an old version.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, ReturnDocument
from pymongo.errors import DuplicateKeyError

from services.registry.errors import ProfileAlreadyExists
from services.registry.outbox import OutboxEntry
from services.registry.text import search_key
from shared.events import SmeProfileV1
from shared.mongo import MongoDatabase

COLLECTION = "profiles"
_LIVE = "live"
_ERASED = "erased"
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)  # an expired lease
_REGEX_SPECIAL = frozenset("\\.+*?()|[]{}^$#")


@dataclass(frozen=True, slots=True)
class StoredProfile:
    profile: SmeProfileV1
    version: int
    unknown_certifications: tuple[str, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ProfileState:
    version: int
    live: bool


@dataclass(frozen=True, slots=True)
class SearchFilters:
    sub_cluster: str | None = None
    stage: str | None = None
    province: str | None = None
    certification: str | None = None
    text: str | None = None
    only_id: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A profile's unpublished events, owned by one relay until its lease ends."""

    sme_id: str
    version: int
    published_version: int
    entries: tuple[OutboxEntry, ...]  # in version order


def _literal_regex(text: str) -> str:
    # Escapes only what is special, since the database's regex dialect may refuse other escapes.
    return "".join("\\" + char if char in _REGEX_SPECIAL else char for char in text)


def _search_text(profile: SmeProfileV1) -> str:
    parts = [profile.name, profile.province, profile.description or "", *profile.offers, *profile.needs]
    return search_key(" \n".join([*parts, *profile.certifications]))


def _live_fields(
    profile: SmeProfileV1, version: int, unknown: Sequence[str], now: datetime
) -> dict[str, Any]:
    return {
        "state": _LIVE,
        "version": version,
        "profile": profile.model_dump(mode="json"),
        "unknown_certifications": list(unknown),
        "search_text": _search_text(profile),
        "updated_at": now,
        "pending": True,
    }


def _stored(doc: dict[str, Any]) -> StoredProfile:
    return StoredProfile(
        profile=SmeProfileV1.model_validate(doc["profile"]),
        version=int(doc["version"]),
        unknown_certifications=tuple(doc.get("unknown_certifications", ())),
        created_at=doc["created_at"],
        updated_at=doc["updated_at"],
    )


class ProfileRepository:
    def __init__(self, database: MongoDatabase) -> None:
        self._profiles = database[COLLECTION]

    async def ensure_indexes(self) -> None:
        for field in ("sub_cluster", "stage", "province", "certifications"):
            await self._profiles.create_index([(f"profile.{field}", ASCENDING)])
        await self._profiles.create_index([("pending", ASCENDING), ("lease_until", ASCENDING)])

    # ------------------------------------------------------------ reads

    async def get(self, sme_id: str) -> StoredProfile | None:
        doc = await self._profiles.find_one({"_id": sme_id, "state": _LIVE})
        return None if doc is None else _stored(doc)

    async def state(self, sme_id: str) -> ProfileState | None:
        doc = await self._profiles.find_one({"_id": sme_id}, {"version": 1, "state": 1})
        return None if doc is None else ProfileState(int(doc["version"]), doc["state"] == _LIVE)

    async def token_hash(self, sme_id: str) -> str | None:
        doc = await self._profiles.find_one({"_id": sme_id, "state": _LIVE}, {"token_hash": 1})
        return None if doc is None else str(doc["token_hash"])

    async def search(self, filters: SearchFilters, *, after: str | None, limit: int) -> list[StoredProfile]:
        query: dict[str, Any] = {"state": _LIVE}
        if after is not None:
            query["_id"] = {"$gt": after}
        if filters.only_id is not None:
            query.setdefault("_id", {})["$eq"] = filters.only_id
        for field in ("sub_cluster", "stage", "province"):
            value = getattr(filters, field)
            if value is not None:
                query[f"profile.{field}"] = value
        if filters.certification is not None:
            query["profile.certifications"] = filters.certification
        if filters.text:
            query["search_text"] = {"$regex": _literal_regex(search_key(filters.text))}
        cursor = self._profiles.find(query).sort("_id", ASCENDING).limit(limit)
        return [_stored(doc) async for doc in cursor]

    async def all_profiles(self, batch_size: int = 500) -> AsyncIterator[StoredProfile]:
        after: str | None = None
        while True:
            page = await self.search(SearchFilters(), after=after, limit=batch_size)
            for stored in page:
                yield stored
            if len(page) < batch_size:
                return
            after = page[-1].profile.id

    # ------------------------------------------------------------ writes (profile + event together)

    async def insert(
        self,
        profile: SmeProfileV1,
        entry: OutboxEntry,
        *,
        token_hash: str,
        unknown: Sequence[str],
        now: datetime,
    ) -> None:
        doc = {
            "_id": profile.id,
            **_live_fields(profile, entry.version, unknown, now),
            "token_hash": token_hash,
            "created_at": now,
            "outbox": [entry.to_document()],
            "lease_owner": "",
            "lease_until": _NEVER,
            "published_version": 0,
        }
        try:
            await self._profiles.insert_one(doc)
        except DuplicateKeyError as exc:
            raise ProfileAlreadyExists(profile.id) from exc

    async def revive(
        self,
        profile: SmeProfileV1,
        entry: OutboxEntry,
        *,
        erased_version: int,
        token_hash: str,
        unknown: Sequence[str],
        now: datetime,
    ) -> bool:
        """Register again under the id of an erased profile; False if it changed meanwhile."""
        result = await self._profiles.update_one(
            {"_id": profile.id, "state": _ERASED, "version": erased_version},
            {
                "$set": {
                    **_live_fields(profile, entry.version, unknown, now),
                    "token_hash": token_hash,
                    "created_at": now,
                },
                "$push": {"outbox": entry.to_document()},
            },
        )
        return result.matched_count == 1

    async def replace(
        self,
        profile: SmeProfileV1,
        entry: OutboxEntry,
        *,
        expected_version: int,
        unknown: Sequence[str],
        now: datetime,
    ) -> bool:
        """Store a new version if the stored one is still `expected_version`."""
        result = await self._profiles.update_one(
            {"_id": profile.id, "state": _LIVE, "version": expected_version},
            {
                "$set": _live_fields(profile, entry.version, unknown, now),
                "$push": {"outbox": entry.to_document()},
            },
        )
        return result.matched_count == 1

    async def erase(self, sme_id: str, entry: OutboxEntry, *, expected_version: int, now: datetime) -> bool:
        """Remove the personal data and queue the tombstone, which supersedes unpublished versions."""
        result = await self._profiles.update_one(
            {"_id": sme_id, "state": _LIVE, "version": expected_version},
            {
                "$set": {
                    "state": _ERASED,
                    "version": entry.version,
                    "outbox": [entry.to_document()],
                    "pending": True,
                    "updated_at": now,
                },
                "$unset": {
                    "profile": "",
                    "token_hash": "",
                    "search_text": "",
                    "unknown_certifications": "",
                    "created_at": "",
                },
            },
        )
        return result.matched_count == 1

    async def set_token_hash(self, sme_id: str, token_hash: str) -> bool:
        result = await self._profiles.update_one(
            {"_id": sme_id, "state": _LIVE}, {"$set": {"token_hash": token_hash}}
        )
        return result.matched_count == 1

    # ------------------------------------------------------------ the relay's side

    async def claimable(self, owner: str, now: datetime, limit: int) -> list[str]:
        """Profiles with unpublished events whose lease has ended or is already ours."""
        cursor = self._profiles.find(
            {"pending": True, "$or": [{"lease_until": {"$lt": now}}, {"lease_owner": owner}]}, {"_id": 1}
        ).limit(limit)
        return [str(doc["_id"]) async for doc in cursor]

    async def claim(self, sme_id: str, owner: str, now: datetime, lease_until: datetime) -> Claim | None:
        doc = await self._profiles.find_one_and_update(
            {
                "_id": sme_id,
                "pending": True,
                "$or": [{"lease_until": {"$lt": now}}, {"lease_owner": owner}],
            },
            {"$set": {"lease_owner": owner, "lease_until": lease_until}},
            # No projection: FerretDB does not implement one on findAndModify.
            return_document=ReturnDocument.AFTER,
        )
        if doc is None:
            return None
        entries = sorted(
            (OutboxEntry.from_document(e) for e in doc.get("outbox", ())), key=lambda e: e.version
        )
        return Claim(sme_id, int(doc["version"]), int(doc.get("published_version", 0)), tuple(entries))

    async def mark_published(self, sme_id: str, owner: str, version: int) -> bool:
        """Drop the events up to `version` from the outbox; True if newer ones are waiting."""
        settled = await self._profiles.update_one(
            {"_id": sme_id, "lease_owner": owner, "version": version},
            {"$set": {"outbox": [], "pending": False, "lease_until": _NEVER, "published_version": version}},
        )
        if settled.matched_count == 1:
            return False
        # A newer change arrived meanwhile (or another replica took over): keep only what is newer.
        # Compare-and-set on the version, since FerretDB's $pull does not take a condition.
        while True:
            doc = await self._profiles.find_one({"_id": sme_id})
            if doc is None:
                return False
            newer = [entry for entry in doc.get("outbox", ()) if int(entry["version"]) > version]
            lease = {"lease_until": _NEVER} if doc.get("lease_owner") == owner else {}
            result = await self._profiles.update_one(
                {"_id": sme_id, "version": doc["version"], "lease_owner": doc.get("lease_owner")},
                {
                    "$set": {
                        "outbox": newer,
                        "pending": bool(newer),
                        "published_version": max(version, int(doc.get("published_version", 0))),
                        **lease,
                    }
                },
            )
            if result.matched_count == 1:
                return bool(newer)
