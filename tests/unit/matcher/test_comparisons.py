"""Goods named in a comparison are neither offered nor a material of what is offered.

Sales talk compares: "cheaper than new yarn", "softer than cotton", "ติดแม่เหล็กแทน
กระดุม" (magnets instead of buttons), "an alternative to plastic bags". The goods
after "than", "กว่า", "instead of", "แทน" are what the offer is measured against;
read as goods, they would list yarn for any yarn buyer, and read as a material,
cotton would match a buyer of cotton. The comparison ends with the goods it
names, a number, a break or another cue. The sentences are new.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import Item, PhraseReader, Side


def items(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> tuple[Item, ...]:
    return reader.read(text, side).items


def attrs(item: Item) -> set[str]:
    return {concept for concept, _ in item.attrs}


@pytest.mark.parametrize(
    ("text", "head", "absent"),
    [
        ("organic cotton yarn, cheaper than polyester yarn", "yarn", "polyester"),
        ("ผ้ากัญชงทอมือ นุ่มกว่าผ้าฝ้าย", "fabric", "cotton"),
        ("hemp canvas, stronger than cotton canvas", "canvas", "cotton"),
        ("banana fibre tote bags as an alternative to plastic bags", "tote_bag", "plastic"),
        ("กระเป๋าผักตบชวา ใช้แทนถุงพลาสติก", "bag", "plastic"),
        ("natural indigo paste, replacing synthetic dyes", "dye", "synthetic_material"),
    ],
)
def test_the_goods_compared_with_are_left_out(reader: PhraseReader, text: str, head: str, absent: str) -> None:
    found = items(reader, text)
    assert [i.head for i in found] == [head], found
    assert absent not in attrs(found[0])


def test_a_thai_comparison_does_not_add_the_goods_it_names(reader: PhraseReader) -> None:
    found = items(reader, "ชุดนอนผู้สูงอายุ ใช้ตีนตุ๊กแกแทนกระดุม")
    assert "button" not in {c for i in found for c in attrs(i)}


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        # the comparison ends at a number: the goods after it are offered
        ("weaving silk for more than 20 years, mudmee silk scarves for sale", {"scarf"}),
        ("ทอผ้ามากว่า 20 ปี ขายผ้าไหมมัดหมี่", {"fabric"}),
        # and at another cue
        ("softer than cotton and we also sell hemp yarn", {"yarn"}),
    ],
)
def test_what_follows_a_comparison_is_read(reader: PhraseReader, text: str, heads: set[str]) -> None:
    assert heads <= {i.head for i in items(reader, text)}
