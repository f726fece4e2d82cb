"""A ring of signing keys for links in emails: sign with the newest, accept older ones until retired.

Each key has an id that travels inside the signed payload, so a verifier knows
which key to check without trying them all. The key configured before key ids
existed (`*_LINK_SECRET`) has no id: links without one were signed by it, and
they keep working exactly as long as that key stays configured (decision 0009).
Retiring a key means removing it from the configuration; its links stop working.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from shared.settings import comma_separated

MIN_SECRET_LENGTH = 32
KEY_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_PLACEHOLDERS = {"changeme", "change-me", "changethis", "secret", "please-change", "placeholder", "dev"}


class KeyRingError(ValueError):
    """A key list that must not be used: weak secrets, bad or repeated ids, no key at all."""


@dataclass(frozen=True)
class LinkKey:
    key_id: str | None  # None: the key from before key ids, which signed links without one
    secret: bytes

    def __repr__(self) -> str:  # never show the secret
        return f"LinkKey(key_id={self.key_id!r})"


def check_secret(name: str, raw: str) -> None:
    """Refuse a placeholder or short secret, naming where it came from."""
    if raw.strip().lower() in _PLACEHOLDERS or len(raw) < MIN_SECRET_LENGTH:
        raise KeyRingError(f"{name} must be a random string of at least {MIN_SECRET_LENGTH} characters")
    if len(set(raw)) < 8:
        raise KeyRingError(f"{name} looks like a placeholder (too few distinct characters)")


def parse_key_list(text: str, *, setting: str) -> list[LinkKey]:
    """`id:secret,id:secret`, newest first; the secrets may hold anything but a comma."""
    keys: list[LinkKey] = []
    for position, entry in enumerate(comma_separated(text), start=1):
        key_id, separator, secret = entry.partition(":")
        if not separator or not KEY_ID_PATTERN.fullmatch(key_id):
            raise KeyRingError(
                f"{setting}: entry {position} must be `id:secret` with an id of letters, digits, `_` or `-`"
            )
        check_secret(f"{setting} (key {key_id})", secret)
        keys.append(LinkKey(key_id, secret.encode("utf-8")))
    return keys


class KeyRing:
    """Keys newest first: the first signs; every one listed verifies."""

    def __init__(self, keys: Sequence[LinkKey]) -> None:
        if not keys:
            raise KeyRingError("no link signing key is configured")
        ids = [k.key_id for k in keys]
        if len(set(ids)) != len(ids):
            raise KeyRingError(f"a link key id is listed twice: {sorted(str(i) for i in ids)}")
        self._keys = tuple(keys)
        self._by_id = {k.key_id: k for k in keys}

    @classmethod
    def single(cls, secret: bytes) -> KeyRing:
        """One key without an id: signs and verifies exactly as before key ids existed."""
        return cls([LinkKey(None, secret)])

    @classmethod
    def configured(cls, key_list: str, legacy_secret: str | None, *, setting: str) -> KeyRing:
        """The listed keys (newest first), then the key without an id, if it is still set."""
        keys = parse_key_list(key_list, setting=setting)
        if legacy_secret:
            keys.append(LinkKey(None, legacy_secret.encode("utf-8")))
        return cls(keys)

    @property
    def signing(self) -> LinkKey:
        return self._keys[0]

    @property
    def key_ids(self) -> tuple[str | None, ...]:
        return tuple(k.key_id for k in self._keys)

    def find(self, key_id: str | None) -> LinkKey | None:
        """The key that verifies a token naming this id (None: a token from before key ids)."""
        return self._by_id.get(key_id)
