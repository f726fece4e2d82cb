"""Words of sports clubs, gyms and martial arts, read as the trade means it.

Heavy bags, resistance bands and a muay thai fighter's mongkhon and prajiad are sports gear; boxing
gloves (นวม) are gloves; EVA foam is padding; muay thai shorts are shorts, not trousers; a child's
swimsuit (ชุดว่าย) is swimwear; a yoga mat towel is a towel, not a bed sheet; a mat bag is a bag; PBT
is a polyester; Thai shorthand for sublimation prints (ลายซับ) is sublimation printing. The sentences
are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("punching bags for a boxing gym, 120 cm", Side.NEED, ["sports_gear"]),
        ("กระสอบทรายแขวน ผ้าใบหนา", Side.OFFER, ["sports_gear"]),
        ("prajiad armbands for fight night", Side.NEED, ["sports_gear"]),
        ("นวมชกมวย หนังแท้ 12 ออนซ์", Side.OFFER, ["gloves"]),
        ("แผ่นโฟมอีวา สำหรับบุผนังยิม", Side.NEED, ["filling"]),
        ("กางเกงมวยไทยเด็ก ผ้าซาติน", Side.OFFER, ["shorts"]),
        ("ชุดว่ายเด็ก ทนคลอรีน", Side.NEED, ["swimwear"]),
        ("ผ้าปูเสื่อโยคะ กันลื่น", Side.OFFER, ["towel"]),
        ("yoga mat bags in cotton canvas", Side.NEED, ["bag"]),
        ("รับทำลายซับลงเสื้อทีม", Side.OFFER, ["printing"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_pbt_is_a_polyester(reader: PhraseReader) -> None:
    (item,) = reader.read("chlorine-resistant PBT swim fabric", Side.NEED).items
    assert "polyester" in dict(item.attrs)
