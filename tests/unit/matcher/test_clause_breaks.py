"""Clause breaks of the glossary's tagger: a comma or dot ends a clause unless it stands between digits."""

from __future__ import annotations

import re

import pytest

from shared.glossary import load_glossary
from shared.glossary.glossary import _CLAUSE_BREAK

# The plain way to write the rule; the tagger's pattern is arranged to search faster and must cut the same.
PLAIN: re.Pattern[str] = re.compile(r"[;:()\[\]{}|\"“”!?•·–—*#=<>\n/\\]|(?<!\d)[.,]|[.,](?!\d)")


@pytest.mark.parametrize(
    "text",
    [
        "1,000.5 m",
        "cotton, linen. silk",
        ",a",
        "a,",
        "1,",
        ",1",
        "1.a",
        "a.1",
        ".",
        "1.,2",
        "1..2",
        "a,,b",
        "12,345,678",
        "3.14.",
        ".5 kg; 2.5 kg",
        "ผ้าฝ้าย 1,000 เมตร, ผ้าไหม",
        "bags (hemp) / tote: 100% cotton!",
        "",
    ],
)
def test_cuts_like_the_plain_rule(text: str) -> None:
    assert _CLAUSE_BREAK.split(text) == PLAIN.split(text)


def test_a_word_tags_as_the_same_span_each_time() -> None:
    glossary = load_glossary()
    first = glossary.tag("organic cotton yarn, xyzzy")
    glossary.forget_texts()
    assert glossary.tag("organic cotton yarn, xyzzy") == first
    assert glossary.tag("xyzzy bags")[0] is glossary.tag("more xyzzy")[1]
