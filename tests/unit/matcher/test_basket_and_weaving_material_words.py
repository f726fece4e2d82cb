"""Words of basket weavers and the makers who line and handle their baskets.

Rattan (หวาย), pandan or screwpine (ปาหนัน), lipao vine (ย่านลิเภา), palm leaf and vetiver are their own
weaving materials, not one "sedge" with krajood and kok: a need for raw krajood should not find split
rattan first. Basket liners (ผ้าซับในตะกร้า), bag handles (หูกระเป๋า), plastic weaving strips (หวายเทียม),
sticky-rice baskets (กระติ๊บ), woven trays and canvas shoppers are what they are. The sentences are new:
they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "head", "material"),
    [
        ("หวายเส้น ผ่าแล้ว ขนาด 3 มม.", Side.OFFER, "stem", "rattan"),
        ("rattan canes, whole, 4 m", Side.OFFER, "stem", "rattan"),
        ("raw krajood stems, not pressed", Side.NEED, "stem", "sedge"),
        ("ย่านลิเภาขูดแล้ว", Side.OFFER, "stem", "lipao"),
        ("ใบเตยปาหนันตากแห้ง", Side.OFFER, "leaf", "pandan"),
        ("screwpine leaf strips for weaving", Side.NEED, "leaf", "pandan"),
        ("เสื่อปาหนันลายดอก", Side.NEED, "mat", "pandan"),
    ],
)
def test_each_weaving_material_is_its_own(
    reader: PhraseReader, text: str, side: Side, head: str, material: str
) -> None:
    items = reader.read(text, side).items
    assert [i.head for i in items] == [head], items
    attrs = dict(items[0].attrs)
    assert material in attrs, items
    assert material == "sedge" or "sedge" not in attrs, items


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ready-sewn basket liners with drawstring", Side.OFFER, ["basket_liner"]),
        ("ผ้าซับในตะกร้า ถอดซักได้", Side.NEED, ["basket_liner"]),
        ("leather bag handles, 60 cm", Side.OFFER, ["bag_handle"]),
        ("หูกระเป๋าหนังแท้", Side.NEED, ["bag_handle"]),
        ("หวายเทียม เส้นแบน สำหรับสานเก้าอี้", Side.OFFER, ["plastic_strip"]),
        ("recycled plastic weaving strips", Side.NEED, ["plastic_strip"]),
        ("กระติ๊บข้าวเหนียว สานมือ", Side.OFFER, ["basket"]),
        ("rattan trays for hotel rooms", Side.OFFER, ["basket"]),
        ("canvas shoppers with our logo", Side.NEED, ["tote_bag"]),
        ("waxed canvas for bags", Side.OFFER, ["canvas"]),
        ("Duck down 90/10 for duvets", Side.NEED, ["filling"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads
