"""Who was erased, remembered without remembering them (PDPA): keyed hashes of ids and addresses.

An erasure leaves an entry per erased id and per address it used; a registration
or import line that names one of them is refused until the coordinator says the
owner consented again (`fresh_consent`), which lifts the entries. The entries are
HMAC-SHA256 digests under a server key, not plain hashes: ids follow a pattern
and addresses can be guessed, so a plain hash of either is reversed by trying
candidates; without the key, the collection tells nothing.

The key is `REGISTRY_SUPPRESSION_KEY` (the same on every replica). Unset, a
random key is made once and kept in the registry's own database, so replicas and
restarts agree; that protects against a leaked copy of this collection alone,
not of the whole database, which is why production sets the variable.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from pymongo.errors import DuplicateKeyError

from services.registry.documents import insert_unless_taken
from shared.keyed_hash import DatabaseKey, keyed_digest
from shared.mongo import MongoDatabase

COLLECTION = "suppressions"
KEY_COLLECTION = "suppression_key"
ERASED_VERSIONS = "erased_versions"

Kind = Literal["id", "contact_email"]


class SuppressionSettings(BaseSettings):
    """Its own class so the key is read where it is used; env prefix as the registry's."""

    model_config = SettingsConfigDict(env_prefix="REGISTRY_", extra="ignore")

    suppression_key: SecretStr | None = Field(
        None,
        min_length=32,
        description="Keys the hashes of erased ids and addresses; the same on every replica. Unset: a random "
        "key kept in the registry's database",
    )


def normalized(kind: Kind, value: str) -> str:
    # Addresses differ in case only in how people type them; ids are exact.
    return value.strip().casefold() if kind == "contact_email" else value


@dataclass(frozen=True, slots=True)
class Suppressed:
    kind: Kind
    value: str


def _configured_key() -> bytes | None:
    configured = SuppressionSettings().suppression_key
    return configured.get_secret_value().encode("utf-8") if configured else None


# One key reader per client and database, shared by the stores that hash with it: the stored
# key is read (or made) once per process, not once per store.
_KEYS: weakref.WeakKeyDictionary[Any, dict[str, DatabaseKey]] = weakref.WeakKeyDictionary()


def _key_of(database: MongoDatabase, configured: bytes | None) -> DatabaseKey:
    if configured is not None:
        return DatabaseKey(database, KEY_COLLECTION, configured)
    return _KEYS.setdefault(database.client, {}).setdefault(database.name, DatabaseKey(database, KEY_COLLECTION))


class Suppressions:
    def __init__(self, database: MongoDatabase, key: bytes | None = None) -> None:
        self._entries = database[COLLECTION]
        self._key = _key_of(database, key)

    @classmethod
    def from_environment(cls, database: MongoDatabase) -> Suppressions:
        return cls(database, _configured_key())

    async def _digest(self, kind: Kind, value: str) -> str:
        return keyed_digest(await self._key.get(), kind, normalized(kind, value))

    async def add(self, sme_id: str, addresses: Iterable[str], now: datetime) -> None:
        """Remember an erasure: the id and every address it used (idempotent)."""
        wanted: list[tuple[Kind, str]] = [("id", sme_id), *(("contact_email", a) for a in addresses if a)]
        for kind, value in wanted:
            digest = await self._digest(kind, value)
            await self._entries.update_one(
                {"_id": digest}, {"$setOnInsert": {"kind": kind, "erased_at": now}}, upsert=True
            )

    async def among(self, candidates: Iterable[Suppressed]) -> set[Suppressed]:
        """Which of these were erased; one query for a whole batch."""
        by_digest = {await self._digest(c.kind, c.value): c for c in candidates}
        if not by_digest:
            return set()
        found = self._entries.find({"_id": {"$in": list(by_digest)}}, projection={"_id": 1})
        return {by_digest[doc["_id"]] async for doc in found}

    async def lift(self, candidates: Iterable[Suppressed]) -> None:
        """The owner consented again: these may be registered from now on."""
        for c in candidates:
            await self._entries.delete_one({"_id": await self._digest(c.kind, c.value)})


def new_address(addresses: Iterable[str | None], requested: str | None) -> list[Suppressed]:
    """The address a change asks for, if it is not one the profile has already (contact or pending)."""
    if requested is None:
        return []
    known = {normalized("contact_email", a) for a in addresses if a}
    return [] if normalized("contact_email", requested) in known else [Suppressed("contact_email", requested)]


def of_profile(sme_id: str | None, contact_email: str | None) -> list[Suppressed]:
    """What of a registration may have been erased: its id and its address."""
    found = [Suppressed("id", sme_id)] if sme_id else []
    return found + ([Suppressed("contact_email", contact_email)] if contact_email else [])


@dataclass(frozen=True, slots=True)
class ErasedAt:
    version: int  # the tombstone's
    at: datetime


class ErasedVersions:
    """The last version of each erased SME whose version documents are gone, by a keyed hash of its id.

    Once an erasure's tombstone is published, the registry deletes the SME's version documents
    (they hold its id) and keeps only this: so a registration with fresh consent carries on
    above the tombstone (every consumer refuses a version at or below it), and a read of the id
    still answers "erased". Never lifted: a version number must never be used twice. Same key as
    the suppressions'.

    The entry is also the claim on an id's numbering: the first registration of an id inserts it
    (`claim`, number 0: nothing erased yet), and only an insert of a new `_id` is race-free on
    FerretDB (decision 0003). A writer that inserted the claim knows that no earlier life of the
    id can be purged under it: a purge raises a claim that exists, it never makes one vanish. A
    writer that finds the claim taken reads the id again, so a registration, erasure and purge
    that all happened between a batch's read and its write cannot make it store number 1 twice."""

    def __init__(self, database: MongoDatabase, key: bytes | None = None) -> None:
        self._entries = database[ERASED_VERSIONS]
        self._key = _key_of(database, key)

    @classmethod
    def from_environment(cls, database: MongoDatabase) -> ErasedVersions:
        return cls(database, _configured_key())

    async def _digest(self, sme_id: str) -> str:
        return keyed_digest(await self._key.get(), "version", sme_id)

    async def record(self, sme_id: str, version: int, at: datetime) -> None:
        """Remember the tombstone's number before the versions go (idempotent; never lowered)."""
        digest = await self._digest(sme_id)
        update = {"$max": {"version": version}, "$set": {"at": at}}
        try:
            await self._entries.update_one({"_id": digest}, update, upsert=True)
        except DuplicateKeyError:
            # Inserted meanwhile by another writer (the relay and the erasure both purge; FerretDB's
            # upsert is a read and an insert): it exists now, so this update finds it.
            await self._entries.update_one({"_id": digest}, update)

    async def of(self, sme_ids: Collection[str]) -> dict[str, ErasedAt]:
        """The recorded erasures of these ids (those never erased are absent); one query."""
        by_digest = {await self._digest(sme_id): sme_id for sme_id in sme_ids}
        if not by_digest:
            return {}
        found = self._entries.find({"_id": {"$in": list(by_digest)}}, batch_size=len(by_digest) + 1)
        return {
            by_digest[doc["_id"]]: ErasedAt(int(doc["version"]), doc["at"])
            async for doc in found
            if int(doc.get("version", 0)) > 0  # a claim only: numbered, never erased
        }

    async def claim(self, sme_ids: Collection[str], at: datetime) -> set[str]:
        """Claim the numbering of these ids with one unordered insert; the ids claimed before
        (registered earlier, under this version of the registry) — the rest are claimed now."""
        ids = list(dict.fromkeys(sme_ids))
        if not ids:
            return set()
        docs = [{"_id": await self._digest(sme_id), "version": 0, "at": at} for sme_id in ids]
        taken = await insert_unless_taken(self._entries, docs)
        return {ids[index] for index in taken}
