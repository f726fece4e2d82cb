"""Offers and needs pasted from forms: labelled fields inside the text.

A form names the goods in one field and describes them in others ("Product: …;
Fabric: …; Qty: …"). The fields that describe the goods must not put their
materials on offer, a label that names goods says what a bare value is, and a note
is an aside. Text without labels reads as before. The sentences are new: they are
not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import Item, PhraseReader, Side
from tests.unit.matcher.factories import buyer_ids, sme, supplier_ids


def items(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> tuple[Item, ...]:
    return reader.read(text, side).items


@pytest.mark.parametrize(
    "text",
    [
        "Product: nurse uniforms and lab coats; Fabric: polyester-cotton twill 65/35; Qty: 800 sets",
        "Item: tote bags | Material: recycled canvas, 12 oz | Colour: natural",
        "สินค้า: กระเป๋าผ้า | วัตถุดิบ: ผ้าฝ้ายทอมือ ย้อมคราม | ขนาด: 30 x 40 ซม.",
        "ผลิตภัณฑ์: ผ้าปูที่นอน / ผ้า: ผ้าคอตตอน 100% / จำนวน: 200 ชุด",
        "Goods: knitted hats and scarves; Yarn: organic cotton, 2 ply; Made of: GOTS yarn only",
    ],
)
def test_the_fields_that_describe_the_goods_put_nothing_else_on_offer(reader: PhraseReader, text: str) -> None:
    found = items(reader, text)
    assert found and all(reader.glossary.is_finished(i.head) for i in found), found


def test_the_material_field_is_what_the_product_is_made_of(reader: PhraseReader) -> None:
    found = items(reader, "Product: cushion covers; Material: hemp; Qty: 100")
    assert found and all(reader.glossary.is_finished(i.head) for i in found), found
    assert any("hemp" in dict(i.attrs) for i in found), found


@pytest.mark.parametrize(
    ("text", "head", "attrs"),
    [
        ("Yarn wanted: linen/cotton, slub, Nm 12", "yarn", {"cotton"}),
        ("Fabric wanted: bamboo viscose, 180 gsm, white", "fabric", {"bamboo"}),
        ("ด้ายที่ต้องการ: ฝ้ายอินทรีย์ เบอร์ 20", "yarn", {"cotton", "organic"}),
    ],
)
def test_a_label_that_names_goods_says_what_a_bare_value_is(
    reader: PhraseReader, text: str, head: str, attrs: set[str]
) -> None:
    found = items(reader, text, Side.NEED)
    assert [i.head for i in found] == [head], found
    assert attrs <= set(dict(found[0].attrs)), found


@pytest.mark.parametrize(
    "text",
    [
        "Need: dyed cotton yarn; Remarks: polyester not suitable for our looms",
        "ต้องการ: ผ้าไหมทอมือ | หมายเหตุ: ผ้าโพลีเอสเตอร์ใช้ไม่ได้",
    ],
)
def test_a_note_is_an_aside(reader: PhraseReader, text: str) -> None:
    found = items(reader, text, Side.NEED)
    assert len(found) == 1 and "polyester" not in dict(found[0].attrs), found


def test_a_use_field_is_the_use(reader: PhraseReader) -> None:
    found = items(reader, "Need: white cotton sheeting | Use: cutting into patient gowns", Side.NEED)
    assert [i.head for i in found] == ["fabric"], found


def test_a_heading_with_its_own_goods_is_kept_before_a_list(reader: PhraseReader) -> None:
    found = {i.head for i in items(reader, "Contract weaving: cotton, silk and hemp, on your warp")}
    assert "weaving" in found, found


def test_a_ratio_or_a_time_is_not_a_label(reader: PhraseReader) -> None:
    plain = items(reader, "hemp/cotton blend yarn 60 40 on cones")
    assert items(reader, "hemp/cotton blend yarn 60:40 on cones") == plain


def test_a_form_entry_and_a_sentence_meet_the_same_partners() -> None:
    weaver = sme(
        "weaver",
        stage="midstream",
        offers=("Product: handwoven cotton cloth, indigo; Yarn: handspun cotton; Width: 90 cm",),
    )
    spinner = sme("spinner", stage="upstream", offers=("handspun cotton yarn from native cotton",))
    bag_maker = sme(
        "bags", stage="downstream", offers=("bags",), needs=("Fabric wanted: handwoven cotton, indigo-dyed; Qty: 50 m",)
    )
    knitter = sme("knitter", stage="midstream", offers=("knitted hats",), needs=("Yarn wanted: handspun cotton",))
    index = MatchIndex(k=10).fit([weaver, spinner, bag_maker, knitter])
    assert supplier_ids(index.suppliers_of("bags")) == ["weaver"]
    assert supplier_ids(index.suppliers_of("knitter")) == ["spinner"]  # the weaver's yarn is not on offer
    assert "knitter" not in buyer_ids(index.buyers_of("weaver"))
