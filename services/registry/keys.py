"""Secrets of the registry: coordinator API keys and per-SME tokens, kept only as hashes.

Both are long random strings, so a plain SHA-256 is enough (no slow password
hash needed) and comparison is constant-time. An SME token names its SME
(`<sme id>.<secret>`) so the registry knows which profile's hash to compare it
with, without a lookup by secret.

    python -m services.registry.keys new          # a fresh coordinator key and its hash
    python -m services.registry.keys hash KEY     # the hash to put in REGISTRY_COORDINATOR_KEY_HASHES
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sys
from collections.abc import Iterable, Sequence

_TOKEN_SEPARATOR = "."
# Compared against when the SME is unknown, so a miss costs the same as a mismatch.
_NO_MATCH = "sha256:" + "0" * 64


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


def new_coordinator_key() -> str:
    return "clk_" + secrets.token_urlsafe(32)


def new_sme_token(sme_id: str) -> str:
    return f"{sme_id}{_TOKEN_SEPARATOR}{secrets.token_urlsafe(32)}"


def sme_id_of_token(token: str) -> str | None:
    """The SME a token claims to belong to (unverified), or None if it is not token-shaped."""
    sme_id, separator, secret = token.rpartition(_TOKEN_SEPARATOR)
    return sme_id if separator and sme_id and len(secret) >= 32 else None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["hash"] and len(args) == 2:
        print(hash_secret(args[1]))
        return 0
    if args == ["new"]:
        key = new_coordinator_key()
        print(f"CLUSTERLINK_API_KEY={key}")
        print(f"REGISTRY_COORDINATOR_KEY_HASHES={hash_secret(key)}")
        return 0
    print("usage: python -m services.registry.keys hash KEY | new", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
