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
insert; the relay brings it up to date before it settles a version. A read
checks the version the head names and looks for newer ones, so a head that
fell behind costs a lookup, never a wrong answer.

An *outbox marker* (`_id = "<sme id>/<version>"` in `outbox`) is written just
before each version that has an event and deleted once that event is
published, so finding unpublished work reads a collection that holds only
that work. Hot paths touch documents by `_id` only: FerretDB answers those
without a collection scan (a filter on any other field costs one, measured at
about a millisecond per document).

Erasure inserts a tombstone version without personal data and strips every
version below it at once; the tombstone stays, so a later registration under
the same id continues the version sequence.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
OUTBOX = "outbox"
# A marker with no version document this old was left by a writer that died in between.
_STRAY_MARKER_AGE = timedelta(minutes=5)
_REGEX_SPECIAL = frozenset("\\.+*?()|[]{}^$#")
# What a superseded version keeps: enough to hold its number and be skipped.
_STRIPPED = dict.fromkeys(("profile", "token_hash", "unknown_certifications", "search_text", "created_at", "event"), "")
_STUB_FLAGS = {"stripped": True}


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
    stripped: bool = False  # superseded and emptied; only its number remains

    @property
    def live(self) -> bool:
        return self.kind is not VersionKind.ERASED


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
    """An SME's newest version and the ones below it down to the last one published."""

    chain: tuple[ProfileVersion, ...]  # newest first
    pending: tuple[ProfileVersion, ...]  # what is still to be published, oldest first
    head_version: int | None


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
        stripped=bool(doc.get("stripped", False)),
    )


class ProfileRepository:
    def __init__(self, database: MongoDatabase) -> None:
        self._versions = database[VERSIONS]
        self._heads = database[HEADS]
        self._outbox = database[OUTBOX]

    async def ensure_indexes(self) -> None:
        await self._versions.create_index([("sme_id", ASCENDING), ("version", DESCENDING)])
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
        version_id = _version_id(version.sme_id, version.version)
        if version.event is not None:
            # The marker goes first: a version with an event is never stored without one.
            with contextlib.suppress(DuplicateKeyError):  # a rival writer's marker for this number
                await self._outbox.insert_one(
                    {"_id": version_id, "sme_id": version.sme_id, "version": version.version, "at": version.updated_at}
                )
        doc = {
            "_id": version_id,
            **_content(version),
            "event": None if version.event is None else version.event.to_document(),
        }
        try:
            await self._versions.insert_one(doc)
        except DuplicateKeyError as exc:
            raise VersionTaken(version.sme_id, version.version) from exc
        await self._update_head_quietly(version)

    async def update_head(self, version: ProfileVersion) -> None:
        """Point the head at `version` unless it already names a newer one.

        Read, then write by `_id` alone: FerretDB scans the collection for any other filter."""
        for _ in range(2):
            head = await self._heads.find_one({"_id": version.sme_id}, {"version": 1})
            if head is not None and int(head["version"]) >= version.version:
                return
            try:
                if head is None:
                    await self._heads.insert_one({"_id": version.sme_id, **_content(version)})
                else:
                    await self._heads.replace_one({"_id": version.sme_id}, _content(version))
                return
            except DuplicateKeyError:
                continue  # created meanwhile: compare again

    async def _update_head_quietly(self, version: ProfileVersion) -> None:
        # The version is stored already; reads and the relay repair a head that fell behind.
        try:
            await self.update_head(version)
        except PyMongoError:
            log.warning("could not update the head", exc_info=True, extra={"sme_id": version.sme_id})

    async def strip_down_from(self, sme_id: str, version: int, *, to_first_stripped: bool = True) -> None:
        """Strip `version` and the versions below it (erasure).

        Normally everything under a stripped version is stripped already (the relay strips all
        below the newest version it published), so the walk stops there; `to_first_stripped=False`
        checks every version down to the first."""
        for number in range(version, 0, -1):
            current = await self.version(sme_id, number)
            if current is None or (current.stripped and to_first_stripped):
                return
            if not current.stripped:
                await self.strip(sme_id, number)

    # ------------------------------------------------------------ the relay's side

    async def with_pending_events(self, now: datetime, limit: int) -> list[str]:
        """SMEs with unpublished events; drops markers that writers left behind when they died."""
        found: set[str] = set()
        async for marker in self._outbox.find({}).limit(limit):
            if await self._is_stray(marker, now):
                await self._outbox.delete_one({"_id": marker["_id"]})
                continue
            found.add(str(marker["sme_id"]))
        return sorted(found)

    async def _is_stray(self, marker: dict[str, Any], now: datetime) -> bool:
        at = marker.get("at")
        if at is None or at.replace(tzinfo=at.tzinfo or UTC) > now - _STRAY_MARKER_AGE:
            return False  # its writer may still be storing the version
        return await self._versions.find_one({"_id": marker["_id"]}, {"_id": 1}) is None

    async def _has_marker(self, sme_id: str, version: int) -> bool:
        return await self._outbox.find_one({"_id": _version_id(sme_id, version)}, {"_id": 1}) is not None

    async def unsettled(self, sme_id: str) -> Unsettled:
        """Walk down from the newest version to the last one published (or stripped)."""
        latest, head_version = await self._latest_and_head(sme_id)
        chain: list[ProfileVersion] = []
        pending: list[ProfileVersion] = []
        current = latest
        while current is not None and not current.stripped:
            chain.append(current)
            if current.event is not None:
                if not await self._has_marker(sme_id, current.version):
                    break  # published: everything older is settled
                pending.append(current)
            current = await self.version(sme_id, current.version - 1) if current.version > 1 else None
        return Unsettled(tuple(chain), tuple(reversed(pending)), head_version)

    async def settle(self, sme_id: str, version: int) -> None:
        """The version's event is published: drop its marker."""
        await self._outbox.delete_one({"_id": _version_id(sme_id, version)})

    async def strip(self, sme_id: str, version: int) -> None:
        """A superseded version keeps its number and loses its content; nothing is left to publish."""
        await self._versions.update_one(
            {"_id": _version_id(sme_id, version)}, {"$unset": _STRIPPED, "$set": _STUB_FLAGS}
        )
        await self.settle(sme_id, version)
