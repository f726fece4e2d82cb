"""Text hygiene for everything people type: Thai kept as sent, but in one canonical form.

NFC (not NFKC) so Thai, Latin accents and full-width forms keep their spelling;
control characters and lone surrogates are refused because they cannot be
shown, e-mailed or stored as UTF-8.
"""

from __future__ import annotations

import unicodedata

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


def clean_single_line(value: object) -> object:
    """Pydantic before-validator: non-strings pass through so the type error names the field."""
    return clean(value) if isinstance(value, str) else value


def clean_multiline(value: object) -> object:
    return clean(value, multiline=True) if isinstance(value, str) else value


def search_key(text: str) -> str:
    """The form free-text search compares: NFC and case-folded (Thai has no case)."""
    return unicodedata.normalize("NFC", text).casefold()
