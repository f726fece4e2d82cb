"""Text hygiene for everything people type: Thai kept as sent, but in one canonical form.

NFC (not NFKC) so Thai, Latin accents and full-width forms keep their spelling;
control characters and lone surrogates are refused because they cannot be
shown, e-mailed or stored as UTF-8.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

_ALLOWED_IN_MULTILINE = frozenset("\n\t")


def _check_characters(text: str, *, multiline: bool) -> None:
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            raise ValueError("contains an invalid character (lone surrogate)")
        if category == "Cc" and not (multiline and char in _ALLOWED_IN_MULTILINE):
            raise ValueError(f"contains a control character (U+{ord(char):04X})")


def clean(text: str, *, multiline: bool = False) -> str:
    """NFC-normalised, outer whitespace trimmed, no control characters (newlines only if multiline)."""
    text = text.replace("\r\n", "\n") if multiline else text
    _check_characters(text, multiline=multiline)
    return unicodedata.normalize("NFC", text).strip()


def cleaner(max_length: int, *, multiline: bool = False) -> Callable[[object], object]:
    """A pydantic before-validator. The length limit applies to the text as sent too, so
    nothing longer than the documented limit is accepted because trimming shortened it.
    Non-strings pass through, so the type error names the field."""

    def clean_field(value: object) -> object:
        if not isinstance(value, str):
            return value
        if len(value) > max_length:
            raise ValueError(f"is longer than {max_length} characters")
        return clean(value, multiline=multiline)

    return clean_field


def search_key(text: str) -> str:
    """The form free-text search compares: NFC and case-folded (Thai has no case)."""
    return unicodedata.normalize("NFC", text).casefold()
