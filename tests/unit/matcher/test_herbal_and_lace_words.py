"""Words of herbal compress makers and lace makers.

Herbs keep their regional and trade names: khamin and หมิ้น are turmeric, takrai and ไคร lemongrass, ปูเลย
and phlai plai; a slice (แว่น) of a dried root is not eyewear, and hot compress balls are compresses.
Detachable lace collars (ปกลูกไม้) are their own accessory, crochet doilies (แผ่นรองโต๊ะถัก) are table
linen, tatting is lace, mercerised cotton and elastane (อีลาสเทน) strands are yarn and moulded bra foam
is a bra component. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "head", "attr"),
    [
        ("khamin for the dye pot", Side.NEED, "herb", "turmeric"),
        ("takrai, cut and sun-dried", Side.OFFER, "herb", "lemongrass"),
        ("หมิ้นตากแห้งเป็นแว่น", Side.NEED, "herb", "turmeric"),
        ("ปูเลยแห้ง ถุงละ 1 กก.", Side.OFFER, "herb", "plai"),
        ("mercerised cotton size 20", Side.NEED, "yarn", "cotton"),
        ("เส้นยืดอีลาสเทน สำหรับเครื่องถัก", Side.OFFER, "yarn", "spandex"),
    ],
)
def test_regional_and_trade_names(reader: PhraseReader, text: str, side: Side, head: str, attr: str) -> None:
    [item] = reader.read(text, side).items
    assert item.head == head
    assert attr in dict(item.attrs), item


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("hot compress balls in bulk", Side.NEED, ["compress"]),
        ("detachable lace collars, peter pan style", Side.OFFER, ["detachable_collar"]),
        ("ปกเสื้อลูกไม้ถอดได้", Side.NEED, ["detachable_collar"]),
        ("crochet doilies and table centres", Side.OFFER, ["doily"]),
        ("แผ่นรองโต๊ะถักลายสับปะรด", Side.NEED, ["doily"]),
        ("tatted lace by the metre", Side.OFFER, ["lace"]),
        ("ฟองน้ำบราแบบขึ้นรูป", Side.NEED, ["bra_component"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads
