"""JSON objects whose keys each appear once.

`{"name": "A", "name": "B"}` is valid JSON that parsers read differently (the first,
the last, or an error), so a value a reviewer sees may not be the one stored. The
services refuse such a body or import line and name the key, instead of keeping
the last one silently.
"""

from __future__ import annotations

import json
from typing import Any


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"{key!r} appears twice")
        self.key = key


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKey(key)
        found[key] = value
    return found


def loads_unique(text: str | bytes) -> Any:
    """`json.loads`, raising `DuplicateKey` for an object that repeats a key (at any depth)."""
    return json.loads(text, object_pairs_hook=_unique)


DUPLICATE_REASON = "appears twice in the same object; send each field once"
