"""Text-direction controls and invisible characters are refused; Thai and emoji pass unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from services.registry.text import clean

DEV_PROFILES = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "dev" / "profiles.jsonl"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Bank\u202egnp.exe", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u2067ผ้าไหม\u2069", "U+2067 RIGHT-TO-LEFT ISOLATE"),
        ("abc\u200fdef", "U+200F RIGHT-TO-LEFT MARK"),
        ("ผ้า\u200bไหม", "U+200B ZERO WIDTH SPACE"),
        ("ผ้า\u200cไหม", "U+200C ZERO WIDTH NON-JOINER"),
        ("ผ้า\u200dไหม", "U+200D ZERO WIDTH JOINER"),
        ("ผ้า\u2060ไหม", "U+2060 WORD JOINER"),
        ("ผ้า\ufeffไหม", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("co\u00adop", "U+00AD SOFT HYPHEN"),
        ("\u3164", "U+3164 HANGUL FILLER"),
    ],
)
def test_direction_controls_and_invisible_characters_are_refused_by_name(text: str, named: str) -> None:
    with pytest.raises(ValueError, match=re.escape(named)):
        clean(text)


@pytest.mark.parametrize("text", ["👩\u200d🌾 ผ้าทอมือ", "❤\ufe0f\u200d🔥", "👩🏽\u200d🌾"])
def test_a_joiner_inside_an_emoji_sequence_is_kept(text: str) -> None:
    assert clean(text) == text


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def test_every_text_of_the_development_profiles_passes_byte_for_byte() -> None:
    texts = [s for line in DEV_PROFILES.read_text(encoding="utf-8").splitlines() for s in _strings(json.loads(line))]

    assert any("\u0e00" <= ch <= "\u0e7f" for text in texts for ch in text)  # real Thai is in there
    assert [clean(text, multiline=True).encode() for text in texts] == [text.strip().encode() for text in texts]
