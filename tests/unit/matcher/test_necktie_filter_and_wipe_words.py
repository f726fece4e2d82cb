"""Words of tie makers, filter-cloth and tea-bag suppliers, wipe converters, hammock makers and beachwear
sellers, read as the trade means it.

Silk and club ties (ไทด์, หูกระต่าย) are neckties, a kind of accessory; cufflinks and tie bars are
jewellery; tie boxes packaging. Tea and coffee (ชาซอง, กาแฟโบราณ) are drinks, apart from empty tea bags,
coffee socks and cloth coffee filters, which are filter cloths as press cloths and sieves are; filter
paper is paper for filters; packing tea into sachets (รับบรรจุ) is packing work. Alcohol pads and eye
patches are wipes and sheet masks; make-up pads and cotton buds cotton goods; converting wipes is
cutting work. Cradles (อู่เด็ก) are hammocks and hanging egg chairs a kind of hammock; rubberwood is
timber; beach shorts (ขาสั้น) are shorts. The sentences are new: they are not taken from any labelled
set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Navy school ties with a crest, 800 pcs", Side.NEED, ["necktie"]),
        ("หูกระต่ายผ้าไหมสำหรับงานเลี้ยง", Side.OFFER, ["necktie"]),
        ("Silver cufflinks engraved with initials", Side.OFFER, ["jewellery"]),
        ("Kraft tie boxes with a window", Side.NEED, ["packaging"]),
        ("ชาซองใบเตย สำหรับห้องพักโรงแรม", Side.OFFER, ["beverage"]),
        ("Empty drawstring tea bags, 500 pcs", Side.NEED, ["filter_textile"]),
        ("Reusable cloth coffee filters", Side.OFFER, ["filter_textile"]),
        ("กระดาษกรองชา ม้วนละ 1,000 เมตร", Side.OFFER, ["paper"]),
        ("Alcohol prep pads for a clinic", Side.NEED, ["wipes"]),
        ("Gel eye patches with collagen", Side.OFFER, ["sheet_mask"]),
        ("อู่ผ้าไกวเด็ก พร้อมสปริง", Side.OFFER, ["hammock"]),
        ("Rattan hanging egg chairs for a café", Side.NEED, ["hanging_chair"]),
        ("ไม้ยางพาราอบแห้ง ตัดขนาด", Side.OFFER, ["timber"]),
        ("ขาสั้นผ้าร่ม ใส่เล่นน้ำทะเล", Side.OFFER, ["shorts"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("รับบรรจุชาใส่ซองตามแบรนด์ลูกค้า", "logistics"),
        ("Converting of jumbo rolls into 20 x 20 cm wipes", "cutting"),
    ],
)
def test_work_for_others_is_a_service(reader: PhraseReader, text: str, head: str) -> None:
    item = reader.read(text, Side.OFFER).items[0]
    assert item.head == head
    assert item.kind.name != "GOODS"


def test_neckties_and_hanging_chairs_keep_their_parents(reader: PhraseReader) -> None:
    assert reader.glossary.is_a("necktie", "accessory")
    assert reader.glossary.is_a("hanging_chair", "hammock")


def test_a_cafe_needing_coffee_socks_finds_the_sock_sewer_before_the_roaster() -> None:
    buyer = sme("cafe", stage="downstream", language="th", needs=("ถุงชงกาแฟผ้าสำลี 50 ใบ",))
    socks = sme("socks", stage="midstream", offers=("Cotton flannel coffee socks with wire rings",))
    roaster = sme("roaster", stage="downstream", offers=("Dark-roast coffee beans, 1 kg bags",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, socks, roaster]).suppliers_of("cafe"))
    assert found and found[0] == "socks", found
