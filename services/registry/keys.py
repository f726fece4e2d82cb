"""Secrets of the registry: coordinator API keys and per-SME tokens, kept only as hashes.

Both are long random strings, so a plain SHA-256 is enough (no slow password
hash needed) and comparison is constant-time. An SME token names its SME
(`<sme id>.<secret>`) so the registry knows which profile's hash to compare it
with, without a lookup by secret.

    python -m services.registry.keys new          # a fresh coordinator key and its hash
    python -m services.registry.keys hash KEY     # the hash to put in REGISTRY_COORDINATOR_KEY_HASHES
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Sequence

from shared.credentials import TOKEN_SEPARATOR, hash_secret, matches, matches_any, sme_id_of_token

__all__ = ["hash_secret", "matches", "matches_any", "new_coordinator_key", "new_sme_token", "sme_id_of_token"]


def new_coordinator_key() -> str:
    return "clk_" + secrets.token_urlsafe(32)


def new_sme_token(sme_id: str) -> str:
    return f"{sme_id}{TOKEN_SEPARATOR}{secrets.token_urlsafe(32)}"


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
