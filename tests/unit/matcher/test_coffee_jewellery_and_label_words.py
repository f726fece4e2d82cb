"""Words of coffee growers and cafes, textile jewellery makers and label printers.

Green coffee (สารกาแฟ, parchment, unroasted beans) is a crop, apart from roasted coffee; spent grounds
(กากกาแฟ, espresso pucks) are a by-product of their own that growers and makers take. Steeping sacks and
tea-pulling bags (ถุงชักชา, ถุงต้มกาแฟ) are filter cloth goods, glass-drying cloths towels and steam-wand
cloths wiping rags; bast fibre is also เส้นใยเปลือก. Brooches (เข็มกลัด) and beaded wristbands are
jewellery, and ear wires and brooch backs (อะไหล่ต่างหู) its findings, a kind of trim; a school badge pin
(เข็มกลัดตราโรงเรียน) stays a badge. Swing tickets and price tags (ป้ายราคา) are labels, sleep sets
sleepwear, jeans fabric denim, cotton duck (ผ้าดั๊ก) canvas and แผ่นใยไม่ทอ nonwoven cloth. Wipe-clean
(เช็ดทำความสะอาดง่าย) is a barrier finish, never wipes, and ground bottles (เศษขวดน้ำดื่ม) are the bottle
feedstock, not textile waste. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("unroasted green beans from Doi Saket, 60 kg", Side.OFFER, ["green_coffee"]),
        ("ต้องการสารกาแฟโรบัสต้า ปีละ 2 ตัน", Side.NEED, ["green_coffee"]),
        ("spent coffee grounds from our three cafes", Side.OFFER, ["coffee_grounds"]),
        ("ขอรับกากกาแฟ ไปทำปุ๋ย", Side.NEED, ["coffee_grounds"]),
        ("cotton fabric brooches with safety pins", Side.OFFER, ["jewellery"]),
        ("เข็มกลัดผ้าไหม ของที่ระลึก", Side.NEED, ["jewellery", "souvenir"]),
        ("เข็มกลัดตราโรงเรียน 500 อัน", Side.NEED, ["badge"]),
        ("brass ear wires and earring hooks, 100 pairs", Side.OFFER, ["jewellery_finding", "jewellery_finding"]),
        ("swing tickets with our logo, 2,000 pcs", Side.NEED, ["label"]),
        ("ป้ายราคาแบบห้อย สีขาว", Side.NEED, ["label"]),
        ("kids' sleep sets in bamboo jersey", Side.OFFER, ["sleepwear"]),
        ("stretch jeans fabric, 11 oz", Side.OFFER, ["denim"]),
        ("ผ้าดั๊ก 12 ออนซ์ ทำกระเป๋า", Side.NEED, ["canvas"]),
        ("แผ่นใยไม่ทอ 40 แกรม ม้วนใหญ่", Side.OFFER, ["nonwoven_fabric"]),
        ("เศษขวดน้ำดื่ม ล้างแล้ว ขายเป็นตัน", Side.OFFER, ["bottle"]),
        ("steeping sacks for the cold-brew tanks", Side.NEED, ["filter_textile"]),
        ("ถุงชักชา ขนาดใหญ่", Side.OFFER, ["filter_textile"]),
        ("ถุงต้มกาแฟ เบอร์ 3", Side.NEED, ["filter_textile"]),
        ("robusta green, 5 t a year", Side.NEED, ["green_coffee"]),
        ("cotton glass-drying cloths for the bar", Side.NEED, ["towel"]),
        ("microfibre steam-wand cloths, 100 pcs", Side.OFFER, ["wiping_rag"]),
        ("เส้นใยเปลือกปอ สำหรับทอกระสอบ", Side.NEED, ["fibre"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("wipe-clean coated cotton for bibs", Side.OFFER, "fabric"),
        ("ผ้าปูโต๊ะ เช็ดทำความสะอาดง่าย", Side.NEED, "tablecloth"),
    ],
)
def test_wipe_clean_is_a_finish_not_wipes(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert item.head == head
    assert "waterproof" in dict(item.attrs) and "wipes" not in dict(item.attrs)


def test_bottle_derived_yarn_is_recycled_yarn(reader: PhraseReader) -> None:
    item = reader.read("bottle-derived polyester filament yarn, 150D", Side.OFFER).items[0]
    assert item.head == "yarn"
    assert {"recycled", "pet"} <= set(dict(item.attrs))


def test_the_finer_kinds_are_kinds_of_the_broad_one(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("green_coffee", "plant_raw") and not g.is_a("coffee_grounds", "beverage")
    assert g.is_a("jewellery_finding", "trim") and not g.is_a("jewellery_finding", "jewellery")
