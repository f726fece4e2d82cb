"""A quality a need says it does not need is not asked for.

"ไม่ต้องมีใบรับรองเกษตรอินทรีย์" (no organic certificate needed) and "organic not
required" waive the quality: it must not pull the need towards organic sellers
only. Sales talk between the negation and the quality ("ไม่ต้อง | มีใบรับรอง |
เกษตรอินทรีย์") keeps it denied, while "ไม่น้อยกว่า" (not less than) and "no
minimum" deny nothing. The sentences are new: they are not taken from any
labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


def qualities(reader: PhraseReader, text: str) -> set[str]:
    return {c for i in reader.read(text, Side.NEED).items for c, _ in i.attrs}


@pytest.mark.parametrize(
    "text",
    [
        "เส้นด้ายฝ้าย ไม่ต้องมีใบรับรองเกษตรอินทรีย์",
        "ด้ายฝ้าย ไม่ต้องเป็นออร์แกนิก",
        "cotton yarn, organic not required",
        "cotton yarn 20s, organic not needed",
    ],
)
def test_a_waived_quality_is_not_asked_for(reader: PhraseReader, text: str) -> None:
    found = qualities(reader, text)
    assert "organic" not in found and "cotton" in found, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ผ้าฝ้ายออร์แกนิก หน้ากว้างไม่น้อยกว่า 150 ซม.", "organic"),
        ("ผ้าขนหนูคอตตอน ไม่มีขั้นต่ำ ออร์แกนิก", "organic"),
        ("organic cotton jersey, no minimum", "organic"),
    ],
)
def test_limits_and_order_sizes_deny_nothing(reader: PhraseReader, text: str, kept: str) -> None:
    assert kept in qualities(reader, text)
