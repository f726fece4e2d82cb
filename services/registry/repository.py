"""Profiles in MongoDB: the only module that knows the document layout.

Every change of a profile is a new, immutable *version document*
(`_id = "<sme id>/<version>"`) holding the whole profile, the SME-token hash
and the pending event. Inserting it is the one write of a change, and the
unique `_id` is the concurrency check too: of two writers that read version
3, exactly one can insert version 4. This holds on MongoDB and on FerretDB,
whose updates are not atomic under concurrency but whose unique keys are.
Version documents are never deleted — once superseded and published they are
stripped to a stub — so a version number can never be used twice.

A *head* document per SME (`_id = "<sme id>"`) mirrors the newest version for
search and is where reads start. Writers update it best effort after the
insert; the relay brings it up to date before it marks a version published.
A read checks the version the head names and looks for newer ones, so a head
that fell behind costs a lookup, never a wrong answer. Hot paths touch
documents by `_id` only, which FerretDB answers without a collection scan.

Erasure inserts a tombstone version without personal data and strips every
version below it at once; the tombstone stays, so a later registration under
the same id continues the version sequence.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.errors import DuplicateKeyError, PyMongoError

from services.registry.outbox import OutboxEntry
from services.registry.text import search_key
from shared.events import SmeProfileV1
from shared.mongo import MongoDatabase

log = logging.getLogger(__name__)

VERSIONS = "profile_versions"
HEADS = "profile_heads"
_REGEX_SPECIAL = frozenset("\\.+*?()|[]{}^$#")
# What a superseded version keeps: enough to hold its number and be skipped.
_STRIPPED = dict.fromkeys(("profile", "token_hash", "unknown_certifications", "search_text", "created_at", "event"), "")
_STUB_FLAGS = {"published": True, "stripped": True}


class VersionKind(StrEnum):
    CHANGED = "changed"  # the profile changed; its event is published
    TOKEN = "token"  # only the SME token changed; nothing to publish
    ERASED = "erased"  # the profile was erased; a tombstone is published


@dataclass(frozen=True, slots=True)
class ProfileVersion:
    sme_id: str
    version: int
    kind: VersionKind
    profile: SmeProfileV1 | None  # None once erased
    token_hash: str | None
    unknown_certifications: tuple[str, ...]
    created_at: datetime | None
    updated_at: datetime
    event: OutboxEntry | None  # what this version publishes, if anything
    published: bool = False
    stripped: bool = False  # superseded and emptied; only its number remains

    @property
    def live(self) -> bool:
        return self.kind is not VersionKind.ERASED

    @property
    def settles_older(self) -> bool:
        """Published with an event (or already stripped): every older version is settled too."""
        return self.published and (self.event is not None or self.stripped)


@dataclass(frozen=True, slots=True)
class SearchFilters:
    sub_cluster: str | None = None
    stage: str | None = None
    province: str | None = None
    certification: str | None = None
    text: str | None = None
    only_id: str | None = None


class VersionTaken(Exception):
    """Another writer stored this version first."""


@dataclass(frozen=True, slots=True)
class Unsettled:
    """An SME's newest version and the ones below it down to the last one published, newest first."""

    chain: tuple[ProfileVersion, ...]
    head_version: int | None

    @property
    def pending(self) -> list[ProfileVersion]:
        """What is still to be published, oldest first."""
        return [v for v in reversed(self.chain) if not v.published and v.event is not None]


def _version_id(sme_id: str, version: int) -> str:
    return f"{sme_id}/{version:010d}"


def _literal_regex(text: str) -> str:
    # Escapes only what is special, since the database's regex dialect may refuse other escapes.
    return "".join("\\" + char if char in _REGEX_SPECIAL else char for char in text)


def _search_text(profile: SmeProfileV1) -> str:
    parts = [profile.name, profile.province, profile.description or "", *profile.offers, *profile.needs]
    return search_key(" \n".join([*parts, *profile.certifications]))


def _content(version: ProfileVersion) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "sme_id": version.sme_id,
        "version": version.version,
        "kind": version.kind.value,
        "updated_at": version.updated_at,
    }
    if version.profile is not None:
        doc |= {
            "profile": version.profile.model_dump(mode="json"),
            "token_hash": version.token_hash,
            "unknown_certifications": list(version.unknown_certifications),
            "search_text": _search_text(version.profile),
            "created_at": version.created_at,
        }
    return doc


def _from_document(doc: dict[str, Any]) -> ProfileVersion:
    profile = doc.get("profile")
    event = doc.get("event")
    return ProfileVersion(
        sme_id=str(doc["sme_id"]),
        version=int(doc["version"]),
        kind=VersionKind(doc["kind"]),
        profile=None if profile is None else SmeProfileV1.model_validate(profile),
        token_hash=doc.get("token_hash"),
        unknown_certifications=tuple(doc.get("unknown_certifications", ())),
        created_at=doc.get("created_at"),
        updated_at=doc["updated_at"],
        event=None if event is None else OutboxEntry.from_document(event),
        published=bool(doc.get("published", True)),
        stripped=bool(doc.get("stripped", False)),
    )


class ProfileRepository:
    def __init__(self, database: MongoDatabase) -> None:
        self._versions = database[VERSIONS]
        self._heads = database[HEADS]

    async def ensure_indexes(self) -> None:
        await self._versions.create_index([("sme_id", ASCENDING), ("version", DESCENDING)])
        await self._versions.create_index([("published", ASCENDING)])
        for field in ("sub_cluster", "stage", "province", "certifications"):
            await self._heads.create_index([(f"profile.{field}", ASCENDING)])

    # ------------------------------------------------------------ reads

    async def version(self, sme_id: str, version: int) -> ProfileVersion | None:
        doc = await self._versions.find_one({"_id": _version_id(sme_id, version)})
        return None if doc is None else _from_document(doc)

    async def latest(self, sme_id: str) -> ProfileVersion | None:
        """The newest version of an SME (live or erased), or None if it never existed."""
        latest, _ = await self._latest_and_head(sme_id)
        return latest

    async def _latest_and_head(self, sme_id: str) -> tuple[ProfileVersion | None, int | None]:
        head = await self._heads.find_one({"_id": sme_id}, {"version": 1})
        head_version = int(head["version"]) if head else None
        current = await self.version(sme_id, head_version or 1)
        if current is None:
            # No head and no first version: never registered. A head naming a missing
            # version should not happen; find the newest the slow way.
            return (None if head is None else await self._latest_by_scan(sme_id)), head_version
        while (newer := await self.version(sme_id, current.version + 1)) is not None:
            current = newer
        return current, head_version

    async def _latest_by_scan(self, sme_id: str) -> ProfileVersion | None:
        cursor = self._versions.find({"sme_id": sme_id}).sort("version", DESCENDING).limit(1)
        async for doc in cursor:
            return _from_document(doc)
        return None

    async def token_hash(self, sme_id: str) -> str | None:
        latest = await self.latest(sme_id)
        return latest.token_hash if latest is not None and latest.live else None

    async def search(self, filters: SearchFilters, *, after: str | None, limit: int) -> list[ProfileVersion]:
        """Live profiles matching every filter, in id order (as of their heads)."""
        query: dict[str, Any] = {"kind": {"$ne": VersionKind.ERASED.value}}
        id_range: dict[str, str] = {}
        if after is not None:
            id_range["$gt"] = after
        if filters.only_id is not None:
            id_range["$eq"] = filters.only_id
        if id_range:
            query["_id"] = id_range
        for field in ("sub_cluster", "stage", "province"):
            value = getattr(filters, field)
            if value is not None:
                query[f"profile.{field}"] = value
        if filters.certification is not None:
            query["profile.certifications"] = filters.certification
        if filters.text:
            query["search_text"] = {"$regex": _literal_regex(search_key(filters.text))}
        cursor = self._heads.find(query).sort("_id", ASCENDING).limit(limit)
        return [_from_document(doc) async for doc in cursor]

    # ------------------------------------------------------------ writes

    async def insert(self, version: ProfileVersion) -> None:
        """Store a new version with its pending event; `VersionTaken` if another writer was first."""
        doc = {
            "_id": _version_id(version.sme_id, version.version),
            **_content(version),
            "event": None if version.event is None else version.event.to_document(),
            "published": version.event is None,
        }
        try:
            await self._versions.insert_one(doc)
        except DuplicateKeyError as exc:
            raise VersionTaken(version.sme_id, version.version) from exc
        await self._update_head_quietly(version)

    async def update_head(self, version: ProfileVersion) -> None:
        """Point the head at `version` unless it already names a newer one."""
        # A duplicate key means the head already names this or a newer version.
        with contextlib.suppress(DuplicateKeyError):
            await self._heads.replace_one(
                {"_id": version.sme_id, "version": {"$lt": version.version}}, _content(version), upsert=True
            )

    async def _update_head_quietly(self, version: ProfileVersion) -> None:
        # The version is stored already; reads and the relay repair a head that fell behind.
        try:
            await self.update_head(version)
        except PyMongoError:
            log.warning("could not update the head", exc_info=True, extra={"sme_id": version.sme_id})

    async def strip_below(self, sme_id: str, version: int) -> None:
        """Remove the personal data of every version before `version` (erasure; a slow query, rarely run)."""
        await self._versions.update_many(
            {"sme_id": sme_id, "version": {"$lt": version}}, {"$unset": _STRIPPED, "$set": _STUB_FLAGS}
        )

    # ------------------------------------------------------------ the relay's side

    async def with_pending_events(self, limit: int) -> list[str]:
        """SMEs with unpublished versions (a collection scan on FerretDB: the safety net only)."""
        cursor = self._versions.find({"published": False}, {"sme_id": 1}).limit(limit)
        return sorted({str(doc["sme_id"]) async for doc in cursor})

    async def unsettled(self, sme_id: str) -> Unsettled:
        latest, head_version = await self._latest_and_head(sme_id)
        chain = [] if latest is None else [latest]
        while chain and not chain[-1].settles_older and chain[-1].version > 1:
            below = await self.version(sme_id, chain[-1].version - 1)
            if below is None:
                break
            chain.append(below)
        return Unsettled(tuple(chain), head_version)

    async def mark_published(self, sme_id: str, version: int) -> None:
        # Only the lease holder writes this field of an otherwise immutable document.
        await self._versions.update_one({"_id": _version_id(sme_id, version)}, {"$set": {"published": True}})

    async def strip(self, sme_id: str, version: int) -> None:
        """A superseded version keeps its number, loses its content, and has nothing left to publish."""
        await self._versions.update_one(
            {"_id": _version_id(sme_id, version)}, {"$unset": _STRIPPED, "$set": _STUB_FLAGS}
        )
