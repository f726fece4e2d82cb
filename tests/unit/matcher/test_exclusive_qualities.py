"""Qualities that exclude each other decide between suppliers as materials do.

A buyer who asks for hand-spun yarn does not want machine-spun yarn, a care home
that asks for washable underpads does not want disposable ones, knitted cloth is
not woven cloth, adult diapers are not baby diapers, and monofilament is not
multifilament; polyethylene (HDPE) and polypropylene are different plastics. An
offer with the other quality still matches (the goods are the same), but ranks
below one that has the quality asked for, in either language, even one that
names the material asked for when the other does not. The sentences are new: they are
not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("need", "wanted", "other"),
    [
        ("hand-spun cotton yarn for weaving", "ด้ายเข็นมือ เส้นใหญ่", "machine-spun cotton yarn Ne 20"),
        ("washable cotton underpads for 40 beds", "แผ่นรองซับแบบซักได้", "disposable cotton underpads 60x90"),
        ("ผ้าทอฝ้าย หน้ากว้าง 1 เมตร", "handwoven cloth, 1 m wide", "cotton knit fabric, 1 m wide"),
        ("ผ้าอ้อมผู้ใหญ่ ผ้าฝ้าย", "adult cloth diapers", "cotton baby diapers"),
        ("organic cotton yarn Ne 20", "ด้ายออร์แกนิค เบอร์ 20", "recycled cotton yarn Ne 20"),
        ("nylon monofilament 0.3 mm for fishing nets", "เส้นโมโนไนลอน 0.3 มม.", "nylon multifilament 210D"),
        ("HDPE tape yarn for shade netting", "เส้นเทป HDPE กันยูวี", "PP tape yarn, UV stabilised"),
    ],
)
def test_the_quality_asked_for_ranks_first(need: str, wanted: str, other: str) -> None:
    buyer = sme("buyer", stage="downstream", needs=(need,))
    index = MatchIndex(k=10).fit([buyer, sme("other", offers=(other,)), sme("wanted", offers=(wanted,))])
    assert supplier_ids(index.suppliers_of("buyer"))[0] == "wanted"


def test_a_thai_refusal_of_a_kind_drops_that_quality(reader: PhraseReader) -> None:
    [item] = reader.read("ผ้าอ้อมผู้ใหญ่แบบซักได้ ไม่เอาแบบใช้แล้วทิ้ง", Side.NEED).items
    qualities = {concept for concept, _ in item.attrs}
    assert "reusable" in qualities and "disposable" not in qualities


def test_handwoven_cloth_is_not_machine_woven() -> None:
    buyer = sme("buyer", stage="downstream", language="th", needs=("ผ้ากัญชงทอมือ",))
    mill = sme("mill", offers=("hemp fabric, machine-woven, 150 cm",))
    weavers = sme("weavers", language="th", offers=("ผ้าทอมือ หน้าแคบ",))
    index = MatchIndex(k=10).fit([buyer, mill, weavers])
    assert supplier_ids(index.suppliers_of("buyer"))[0] == "weavers"


@pytest.mark.parametrize(
    ("text", "material", "quality"),
    [
        ("HDPE monofilament, UV treated", "polyethylene", "monofilament"),
        ("PP multifilament 600-3000 denier", "polypropylene", "multifilament"),
        ("เส้นโมโน HDPE รีไซเคิล", "polyethylene", "monofilament"),
    ],
)
def test_plastics_and_filaments_are_told_apart(reader: PhraseReader, text: str, material: str, quality: str) -> None:
    [item] = reader.read(text, Side.OFFER).items
    assert item.head == "yarn" and {material, quality} <= {concept for concept, _ in item.attrs}, item
