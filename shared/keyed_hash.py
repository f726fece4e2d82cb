"""Keyed hashes (HMAC-SHA256) of identifiers a service must recognise after it forgot them (PDPA).

A plain hash of an SME id or an address is reversed by hashing candidates (ids follow a
pattern, addresses can be guessed); an HMAC under a key the database does not hold is not.
A service may pass its configured key, or let `DatabaseKey` make one once and keep it in
its own database, where every replica finds the same one (first insert wins).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import secrets

from pymongo.errors import DuplicateKeyError

from shared.mongo import MongoDatabase

_KEY_ID = "hmac-sha256"


class DatabaseKey:
    def __init__(self, database: MongoDatabase, collection: str, configured: bytes | None = None) -> None:
        self._keys = database[collection]
        self._key = configured

    async def get(self) -> bytes:
        if self._key is None:
            fresh = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            with contextlib.suppress(DuplicateKeyError):  # another replica made it first: use theirs
                await self._keys.insert_one({"_id": _KEY_ID, "key": fresh})
            doc = await self._keys.find_one({"_id": _KEY_ID})
            assert doc is not None, "the key was just stored"
            self._key = base64.b64decode(doc["key"])
        return self._key


def keyed_digest(key: bytes, kind: str, value: str) -> str:
    """`<kind>:<hex>`; the kind is hashed too, so an id and an address never share a digest."""
    mac = hmac.new(key, kind.encode() + b"\0" + value.encode(), hashlib.sha256)
    return f"{kind}:{mac.hexdigest()}"
