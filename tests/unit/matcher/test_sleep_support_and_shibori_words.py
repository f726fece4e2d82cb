"""Words of sleepwear makers, support and brace makers and tie-dye studios.

Double gauze (ผ้าก๊อซสองชั้น) is soft cloth, not a wound dressing; sleep masks (ผ้าปิดตานอน) are
accessories, not herbal goods; a yukata (ยูกาตะ) is a robe and lounge sets are sleepwear. Supports
(ซัพพอร์ต), lumbar belts and crepe bandages (ผ้าเครปพันเคล็ด) are what they are; rubber thread is
an elastic of its own. Shibori clamps are tools, not cloth; a tie-dye kit (ชุดมัดย้อม) is a craft kit;
a tie-dye activity (กิจกรรมมัดย้อม) is a class; habotai is silk cloth, not silk yarn. The sentences
are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Cotton double gauze, soft washed, 140 cm", Side.OFFER, ["muslin"]),
        ("ผ้าก๊อซสองชั้น ทำชุดเด็ก", Side.NEED, ["muslin"]),
        ("ผ้าปิดตานอน ผ้าไหม สายยางยืด", Side.OFFER, ["sleep_mask"]),
        ("ยูกาตะผ้าฝ้าย 40 ตัว", Side.NEED, ["bathrobe"]),
        ("Hotel lounge sets in bamboo jersey", Side.OFFER, ["sleepwear"]),
        ("ซัพพอร์ตหัวเข่าผ้ายืด ไซซ์ L", Side.NEED, ["support_brace"]),
        ("Lumbar support belts with steel stays", Side.OFFER, ["support_brace"]),
        ("ผ้าเครปพันเคล็ด 4 นิ้ว", Side.NEED, ["bandage"]),
        ("Latex rubber thread for elastic narrow fabrics", Side.OFFER, ["rubber_thread"]),
        ("Shibori clamps in acrylic, set of 10", Side.OFFER, ["shibori_tool"]),
        ("ชุดมัดย้อมสำหรับเด็ก 50 ชุด", Side.NEED, ["craft_kit"]),
        ("กิจกรรมมัดย้อมสำหรับนักท่องเที่ยว", Side.OFFER, ["training"]),
        ("Silk habotai 8 momme for scarves", Side.NEED, ["fabric"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("rubber_thread", "elastic") and g.is_a("shibori_tool", "machinery")
    assert not g.is_a("sleep_mask", "herbal_product")


def test_a_baby_brand_needing_double_gauze_finds_the_weaver_before_the_gauze_swab_maker() -> None:
    brand = sme("brand", stage="downstream", needs=("double gauze cotton for swaddles",))
    weaver = sme("weaver", stage="midstream", language="th", offers=("ผ้ามัสลินสองชั้น ฝ้าย 100% หน้า 140",))
    swabs = sme("swabs", stage="midstream", offers=("Sterile gauze swabs and wound dressings",))
    found = supplier_ids(MatchIndex(k=10).fit([brand, weaver, swabs]).suppliers_of("brand"))
    assert found and found[0] == "weaver", found
