"""Deterministic delivery keys and Message-IDs: a re-send after a crash is the same message."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from services.notifier.model import Pair


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def suggestions_delivery_key(recipient_id: str, suggestion_ids: Iterable[str]) -> str:
    """The same suggestions to the same person always make the same key, whatever their order."""
    return "sg-" + _digest(recipient_id, *sorted(suggestion_ids))[:32]


def invitation_delivery_key(pair: Pair, recipient_id: str) -> str:
    return "iv-" + _digest(pair.key, recipient_id)[:32]


def introduction_delivery_key(pair: Pair, recipient_id: str) -> str:
    return "in-" + _digest(pair.key, recipient_id)[:32]


def message_id(delivery_key: str, domain: str) -> str:
    return f"<{delivery_key}@{domain}>"
