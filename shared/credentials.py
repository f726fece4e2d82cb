"""Coordinator API keys and SME tokens: how a presented credential is checked.

Shared by every service that answers for an SME's data, so each checks the same
credentials the same way. Both kinds are long random strings, kept only as
SHA-256 hashes (no slow password hash is needed for 256 random bits) and
compared in constant time. An SME token names its SME (`<sme id>.<secret>`), so
the one hash to compare it with is found without a lookup by secret.

A missing or wrong credential is "not authenticated" (401); a valid one used
outside its rights is "forbidden" (403).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

TOKEN_SEPARATOR = "."
SME_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
_SME_ID = re.compile(SME_ID_PATTERN)
MIN_SECRET_LENGTH = 32
# Compared against when the SME is unknown, so a miss costs the same as a mismatch.
_NO_MATCH = "sha256:" + "0" * 64


class NotAuthenticated(Exception):
    pass


class Forbidden(Exception):
    pass


def hash_secret(secret: str) -> str:
    return "sha256:" + hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def matches(secret: str, expected_hash: str | None) -> bool:
    return hmac.compare_digest(hash_secret(secret), expected_hash or _NO_MATCH)


def matches_any(secret: str, expected_hashes: Iterable[str]) -> bool:
    # Every entry is compared, so timing does not tell which position matched.
    candidate = hash_secret(secret)
    found = False
    for expected in expected_hashes:
        found |= hmac.compare_digest(candidate, expected)
    return found


def sme_id_of_token(token: str) -> str | None:
    """The SME a token claims to belong to (unverified), or None if it is not token-shaped.

    Tokens are issued only for ids of the registry's id pattern, so anything else (a
    slash, a dot, a Thai letter) is no token, and never reaches a lookup or a URL."""
    sme_id, separator, secret = token.rpartition(TOKEN_SEPARATOR)
    if not separator or len(secret) < MIN_SECRET_LENGTH or not _SME_ID.fullmatch(sme_id):
        return None
    return sme_id


def credential_of(headers: Mapping[str, str]) -> str | None:
    """`Authorization: Bearer <credential>`, else `X-API-Key: <credential>`."""
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return headers.get("x-api-key") or None


@dataclass(frozen=True, slots=True)
class Principal:
    sme_id: str | None  # None: a coordinator

    @property
    def is_coordinator(self) -> bool:
        return self.sme_id is None

    def require_coordinator(self) -> None:
        if not self.is_coordinator:
            raise Forbidden("this needs a coordinator API key")

    def require_access_to(self, sme_id: str) -> None:
        if not self.is_coordinator and self.sme_id != sme_id:
            raise Forbidden("an SME token gives access to its own profile only")


COORDINATOR = Principal(sme_id=None)
MISSING_CREDENTIAL = "send a coordinator API key or an SME token (Authorization: Bearer ...)"
INVALID_CREDENTIAL = "the API key or token is not valid"
