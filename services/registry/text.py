"""Text hygiene for everything people type: Thai kept as sent, but in one canonical form.

NFC (not NFKC) so Thai, Latin accents and full-width forms keep their spelling;
control characters and lone surrogates are refused because they cannot be
shown, e-mailed or stored as UTF-8. Text-direction controls and invisible
characters (zero-width space, joiners, word joiner, BOM, soft hyphen, Hangul
fillers) are refused, not stripped, so that what is stored is exactly what was
sent and the sender learns what to remove. Thai needs none of them; the one
exception is a zero-width joiner inside an emoji sequence.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

_ALLOWED_IN_MULTILINE = frozenset("\n\t")
# Characters that reorder the text around them when shown (Unicode bidi controls): a name
# can be made to read as another, in pages and in e-mail subjects.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Shown as nothing although they are not format characters: a name made of them looks blank.
_INVISIBLE_LETTERS = frozenset("\u034f\u115f\u1160\u3164\uffa0")
_ZWJ = "\u200d"
_VARIATION_SELECTOR_16 = "\ufe0f"


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed')}"


def _joins_emoji(text: str, index: int) -> bool:
    """A zero-width joiner inside an emoji sequence (👩‍🌾, ❤️‍🔥): part of the picture, not hidden text."""
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    before_ok = before == _VARIATION_SELECTOR_16 or unicodedata.category(before or " ") in ("So", "Sk")
    return before_ok and unicodedata.category(after or " ") == "So"


def _check_characters(text: str, *, multiline: bool) -> None:
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        if category == "Cs":
            raise ValueError("contains an invalid character (lone surrogate)")
        if category == "Cc" and not (multiline and char in _ALLOWED_IN_MULTILINE):
            raise ValueError(f"contains a control character (U+{ord(char):04X})")
        if char in _BIDI_CONTROLS:
            raise ValueError(f"contains a text-direction control ({_name(char)}), which can disguise text; remove it")
        if (category == "Cf" and not (char == _ZWJ and _joins_emoji(text, index))) or char in _INVISIBLE_LETTERS:
            raise ValueError(f"contains an invisible character ({_name(char)}); remove it")


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
