"""Rope, cord, string and twine are cordage: a kind of yarn, but not the yarn a weaver or knitter wants.

A need for cord finds cord makers before spinners, and a need for weaving yarn finds
spinners before cord makers; each still meets the other further down. Netting twine
and yarn named by count stay yarn. The sentences are new: they are not taken from
any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("เชือกฝ้ายถักเปีย 5 มม. ม้วนละ 100 เมตร", "cordage"),
        ("jute twine for tying gift boxes", "cordage"),
        ("braided PP rope 8 mm", "cordage"),
        ("netting twine 210D/12 for fishing nets", "yarn"),
        ("ด้ายฝ้ายเบอร์ 20 สำหรับทอ", "yarn"),
    ],
)
def test_heads(reader: PhraseReader, text: str, head: str) -> None:
    assert [item.head for item in reader.read(text, Side.OFFER).items] == [head]


@pytest.mark.parametrize(
    ("need", "first"),
    [("cotton cord 4 mm for macrame wall hangings", "cords"), ("ด้ายฝ้ายสำหรับทอผ้าขาวม้า", "spinner")],
)
def test_cord_and_yarn_needs_find_their_own_makers_first(need: str, first: str) -> None:
    buyer = sme("buyer", stage="downstream", language="th" if need.startswith("ด") else "en", needs=(need,))
    cords = sme("cords", offers=("cotton rope and cord, 3-8 mm",))
    spinner = sme("spinner", stage="upstream", offers=("cotton yarn Ne 20/1 on cones",))
    index = MatchIndex(k=10).fit([buyer, cords, spinner])
    found = supplier_ids(index.suppliers_of("buyer"))
    assert found[0] == first and set(found) == {"cords", "spinner"}, found
