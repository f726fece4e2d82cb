"""How wide text shows: terminal columns, and an estimate of drawn width for layout.

Thai vowel and tone marks combine with the letter before them and take no
column (nor do zero-width spaces and joiners, which Thai text often carries);
East Asian wide letters take two. Text is cut only between whole characters
with their marks, so a tone mark never loses its letter.
"""

from __future__ import annotations

import unicodedata
from typing import Final

_ELLIPSIS: Final = "…"


def char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def clusters(text: str) -> list[str]:
    """Letters with the marks that follow them (a simple grapheme split, enough for Thai and Latin)."""
    out: list[str] = []
    for ch in text:
        if out and char_width(ch) == 0:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def truncate(text: str, width: int) -> str:
    """`text` cut to at most `width` columns, ending in "…" when cut."""
    if display_width(text) <= width:
        return text
    out, used = "", 0
    for part in clusters(text):
        w = display_width(part)
        if used + w > width - 1:
            break
        out, used = out + part, used + w
    return out + _ELLIPSIS


def pad(text: str, width: int) -> str:
    """`text` cut to `width` columns if longer, then filled with spaces to exactly `width` columns."""
    cut = truncate(text, width)
    return cut + " " * (width - display_width(cut))


def text_em(text: str) -> float:
    """Rough drawn width in em for a sans-serif font (layout only; the renderer draws the real glyphs)."""
    return 0.58 * display_width(text)
