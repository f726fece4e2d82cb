"""Words of repair, care and second life, read as the trade means it.

Clothes no longer wearable are waste for recycling, not clothes for resale; clothes in good condition or
worn once are used clothing; Thai bale clothing (ผ้ากระสอบ, เสื้อผ้าโกดัง) is used clothing; grading
donated clothes (แยกเกรด) is sorting work; cleaning cloth (ทำความสะอาดผ้า) and solvent cleaning are
laundry; elastic in its Thai loanword (อีลาสติก) is elastic; sheet rubber, heel lifts and soling are
a shoe repairer's soles. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("non-wearable garments, cotton rich, baled", Side.OFFER, ["textile_waste"]),
        ("ชุดราตรีสภาพดี ใส่ครั้งเดียว", Side.OFFER, ["used_clothing"]),
        ("ผ้ากระสอบญี่ปุ่น เกรดบี", Side.NEED, ["used_clothing"]),
        ("เสื้อผ้าโกดัง คละแบบ ยกเบล", Side.OFFER, ["used_clothing"]),
        ("รับจ้างแยกเกรดเสื้อผ้ามือสอง", Side.OFFER, ["sorting"]),
        ("ทำความสะอาดผ้าทอโบราณ", Side.NEED, ["laundry"]),
        ("อีลาสติกทอ 2 นิ้ว สีดำ", Side.NEED, ["elastic"]),
        ("heel lifts and sheet rubber for resoling", Side.NEED, ["shoe_sole"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_a_microfibre_cleaning_cloth_is_no_laundry(reader: PhraseReader) -> None:
    items = reader.read("ผ้าไมโครไฟเบอร์เช็ดทำความสะอาด", Side.OFFER).items
    assert items and all(i.head != "laundry" and "laundry" not in dict(i.attrs) for i in items), items


def test_worn_baby_wear_wording_is_not_used_clothing(reader: PhraseReader) -> None:
    items = reader.read("ชุดเด็กอ่อนผ้าคอตตอน ใส่แล้วไม่ระคายผิว", Side.OFFER).items
    assert items and all("used" not in dict(i.attrs) for i in items), items
