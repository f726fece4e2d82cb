"""The reader asks the taxonomy only about certifications a phrase may name; it must find what the taxonomy finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.matcher.scoring.reading import _any_of, _certifications
from shared.taxonomy import CERTIFICATIONS, find_certifications

ROOT = Path(__file__).resolve().parents[3]
PHRASES = [
    "GOTS-certified organic cotton yarn",
    "ต้องมีใบรับรอง OEKO-TEX",
    "ได้รับรองGOTS",
    "Oeko-Tex 100 tested fabric for newborns",
    "ปุยฝ้ายที่ได้รับรองมาตรฐานเกษตรอินทรีย์",
    "ISO9001:2015 and ISO-14001 certified plant",
    "ผลิตภัณฑ์ได้ มอก. 2424",
    "fabric meeting TIS 2424",
    "หน้ากากอนามัยมีอย.",
    "เลขทะเบียนอย. 10-1-12345",
    "Better Cotton member mill",
    "GOTS or OEKO-TEX, no bluesign needed",
    "ไม่ต้องมีใบรับรอง GOTS",
    "ผ้าไหมลายนกยูง",
    "no bigots here",
    "organic cotton yarn",
    "",
]


def _written_phrases() -> list[str]:
    """Offers and needs of the evaluation cluster, when it is checked out."""
    path = ROOT / "eval" / "dense_bilingual" / "profiles.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted({text for row in rows for field in ("offers", "needs") for text in row.get(field, [])})


@pytest.mark.parametrize("text", PHRASES)
def test_gate_finds_what_the_taxonomy_finds(text: str) -> None:
    assert _certifications(text) == frozenset(find_certifications(text))


def test_gate_finds_every_name_and_mention() -> None:
    for c in CERTIFICATIONS:
        for name in (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions):
            assert _certifications(name) == frozenset(find_certifications(name)), name


def test_gate_on_written_phrases() -> None:
    for text in _written_phrases():
        assert _certifications(text) == frozenset(find_certifications(text)), text


def test_any_of_matches_like_a_flat_alternation() -> None:
    search = _any_of(["ocs", "otop", "oc", "มี", "ได้"])
    assert search("xxocyy") and search("otop") and search("มีอย") and search("ได้")
    assert not search("oto") and not search("o c") and not search("")
