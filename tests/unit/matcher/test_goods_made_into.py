"""Thai `ทำ` (to make) after cloth or yarn names what they are for; packing bags are packaging.

"ผ้ายืดสี่ทิศทาง ทำเลกกิ้ง" sells (or wants) stretch cloth for leggings, not
leggings, even with parts that describe the cloth between ("ผ้าเวสปอยท์ สีกรมท่า ทำชุดช่าง");
a part that opens with `ทำ` after no goods ("คนช่วยขายออนไลน์ ทำเพจ")
is left as it is. "Made to order" is sales talk, never a purpose. Kraft and
zip bags are packaging, and a shop's logo is a pattern printed on goods. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


@pytest.mark.parametrize(
    ("text", "side", "head", "use"),
    [
        ("ผ้าร่มกันน้ำ ทำกระเป๋าเป้ หน้ากว้าง 150 ซม.", Side.OFFER, "fabric", "backpack"),
        ("ด้ายไนลอนเส้นใหญ่ ทำเปลญวน", Side.OFFER, "yarn", "hammock"),
        ("ผ้าฝ้ายมัดย้อม ทำหมอนอิง 50 ใบ", Side.NEED, "fabric", "pillow"),
        ("ผ้าเวสปอยท์ สีกรมท่า ทำชุดช่าง", Side.OFFER, "twill", "uniform"),
    ],
)
def test_cloth_before_make_is_for_the_goods_after(
    reader: PhraseReader, text: str, side: Side, head: str, use: str
) -> None:
    found = reader.read(text, side).items
    assert [i.head for i in found] == [head], found
    assert use in dict(found[0].attrs), found


def test_make_after_no_goods_is_left_alone(reader: PhraseReader) -> None:
    # making a shop's page is work of its own, not what a course is for
    assert [h for _, h in kinds_and_heads(reader, "สอนถ่ายรูปสินค้า ทำเพจขายของ", Side.NEED)] == ["training", "marketing"]


def test_made_to_order_is_sales_talk(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "made-to-order chef uniforms for restaurants and spas") == [
        (ItemKind.GOODS, "uniform")
    ]


@pytest.mark.parametrize("text", ["ถุงซิปคราฟท์ 1,000 ใบ", "kraft mailer bags with our shop logo", "ถุงคราฟท์ พิมพ์โลโก้ร้าน"])
def test_packing_bags_are_packaging(reader: PhraseReader, text: str) -> None:
    assert kinds_and_heads(reader, text, Side.NEED) == [(ItemKind.GOODS, "packaging")]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("hand block print cotton, 8 designs", "fabric"),
        ("printed silk by the metre", "fabric"),
        ("batik print sarongs", "sarong"),
    ],
)
def test_a_technique_before_cloth_describes_the_cloth(reader: PhraseReader, text: str, head: str) -> None:
    found = reader.read(text, Side.OFFER).items
    assert [(i.kind, i.head) for i in found] == [(ItemKind.GOODS, head)], found
    assert "printing" in dict(found[0].attrs)


def test_a_technique_opening_a_part_is_still_the_work(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "print cotton tote bags with your logo")[0] == (ItemKind.SERVICE, "printing")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("scrunchies from silk offcuts", "hair_accessory"),
        ("ยางรัดผมผ้าไหม", "hair_accessory"),
        ("macrame wall hangings, cotton cord", "home_decor"),
        ("งานแขวนผนังมาคราเม่", "home_decor"),
        ("veg-tan leather, 2 mm, by the hide", "leather"),
    ],
)
def test_craft_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, head)


@pytest.mark.parametrize("text", ["lookbook photographer, half-day rate", "ช่างภาพถ่ายสินค้าผ้าไหม"])
def test_photographers_are_marketing(reader: PhraseReader, text: str) -> None:
    kind, head = kinds_and_heads(reader, text)[0]
    assert (kind, head) == (ItemKind.OTHER, "photography")
    assert reader.glossary.is_a(head, "marketing")


@pytest.mark.parametrize(
    ("text", "head"), [("triangle cushion elephant print", "pillow"), ("silk scarf lotus motif print", "scarf")]
)
def test_a_technique_named_after_the_goods_and_a_word_describes_them(
    reader: PhraseReader, text: str, head: str
) -> None:
    assert kinds_and_heads(reader, text) == [(ItemKind.GOODS, head)]


@pytest.mark.parametrize("text", ["t-shirt printing", "polo shirt embroidery"])
def test_work_named_right_after_the_goods_is_the_work(reader: PhraseReader, text: str) -> None:
    assert kinds_and_heads(reader, text)[0][0] is ItemKind.SERVICE


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("recycled knit for trail tees", "fabric"),
        ("patchwork panels for cushion fronts", "fabric"),
        ("ผ้าผืนต่อจากเศษผ้า", "fabric"),
    ],
)
def test_knits_and_patchwork_are_cloth(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text, Side.NEED)[0] == (ItemKind.GOODS, head)


def test_a_verb_of_knitting_still_names_the_work(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "we knit your yarn into jersey")[0] == (ItemKind.SERVICE, "knitting")
