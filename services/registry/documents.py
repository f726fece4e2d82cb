"""The document layout of the registry's storage; the invariants it keeps are in `repository`.

`profile_versions` holds one immutable document per version (`_id =
"<sme id>/<version>"`), `profile_heads` one per SME (`_id = "<sme id>"`, the
content of a recent version) and `outbox` one marker per unpublished version,
under the version's `_id`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pymongo.errors import BulkWriteError

from services.registry.outbox import OutboxEntry
from services.registry.text import search_key
from shared.events import SmeProfileV1

if TYPE_CHECKING:
    from motor.motor_asyncio import AsyncIOMotorCollection

    MongoCollection = AsyncIOMotorCollection[dict[str, Any]]

VERSIONS = "profile_versions"
HEADS = "profile_heads"
OUTBOX = "outbox"
# What a superseded version keeps: enough to hold its number and be skipped.
_STRIPPED_FIELDS = ("profile", "token_hash", "unknown_certifications", "search_text", "created_at", "event")
STRIP_UPDATE = {"$unset": dict.fromkeys(_STRIPPED_FIELDS, ""), "$set": {"stripped": True}}
DUPLICATE_KEY = 11000


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


def version_id(sme_id: str, version: int) -> str:
    return f"{sme_id}/{version:010d}"


def _search_text(profile: SmeProfileV1) -> str:
    parts = [profile.name, profile.province, profile.description or "", *profile.offers, *profile.needs]
    return search_key(" \n".join([*parts, *profile.certifications]))


def content_document(version: ProfileVersion) -> dict[str, Any]:
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


def version_document(version: ProfileVersion) -> dict[str, Any]:
    return {
        "_id": version_id(version.sme_id, version.version),
        **content_document(version),
        "event": None if version.event is None else version.event.to_document(),
    }


def marker_document(version: ProfileVersion) -> dict[str, Any]:
    return {
        "_id": version_id(version.sme_id, version.version),
        "sme_id": version.sme_id,
        "version": version.version,
        "at": version.updated_at,
    }


def from_document(doc: dict[str, Any]) -> ProfileVersion:
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


async def insert_unless_taken(collection: MongoCollection, docs: list[dict[str, Any]]) -> set[int]:
    """Insert all in one command; the positions whose `_id` was taken (the rest are stored)."""
    try:
        await collection.insert_many(docs, ordered=False)
    except BulkWriteError as exc:
        errors: list[dict[str, Any]] = exc.details.get("writeErrors", [])
        if not errors or any(error.get("code") != DUPLICATE_KEY for error in errors):
            raise
        return {int(error["index"]) for error in errors}
    return set()


async def write_heads(heads: MongoCollection, fresh: Sequence[ProfileVersion], moved: Sequence[ProfileVersion]) -> None:
    """Point heads at these versions in at most two commands: `fresh` SMEs had no head, `moved` ones had.

    The heads that move are deleted and inserted again rather than replaced: FerretDB 1.24
    keeps each statement of an update command reading until the whole command ends, so a
    command that replaces more documents than its connection pool holds (50 with PostgreSQL,
    100 with SQLite) never ends. In between, a read finds no head and walks the versions
    from the first; search misses the SME for that moment. A failed insert is a head that
    another writer created meanwhile, with a version at least as new."""
    if moved:
        await heads.delete_many({"_id": {"$in": [v.sme_id for v in moved]}})
    if fresh or moved:
        await insert_unless_taken(heads, [{"_id": v.sme_id, **content_document(v)} for v in [*fresh, *moved]])
