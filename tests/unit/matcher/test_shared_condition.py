"""A condition written once for a list of goods (used, retired, end-of-life) is the condition of them all.

Hotels, hospitals and factories pass on worn linen, uniforms and towels for
recycling; they list them under one word of condition, written before the list
in English and after it (or before a list in brackets) in Thai. Each listed
piece is then textile waste, never new goods for a buyer of new towels. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


def heads(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> list[str]:
    return [i.head for i in reader.read(text, side).items]


WASTE = {"textile_waste", "used_clothing"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("used bed sheets and pillowcases from our resort", Side.OFFER),
        ("Decommissioned uniforms and towels from a private clinic, 200 kg a month", Side.OFFER),
        ("worn-out curtains and bedspreads, collected free of charge", Side.OFFER),
        ("ผ้าเช็ดตัวและผ้าปูที่นอนที่หมดสภาพแล้ว จากรีสอร์ท", Side.OFFER),
        ("ชุดพนักงานและผ้าขนหนูปลดระวาง ขายเหมา", Side.OFFER),
        ("รับซื้อผ้าใช้แล้ว (ผ้าม่าน ผ้าปูที่นอน ปลอกหมอน) จากโรงแรม", Side.NEED),
        ("second-hand clothes, jeans and curtains by the bale", Side.OFFER),
        ("รับซื้อเสื้อผ้ามือสอง กางเกงยีนส์ ผ้าม่าน", Side.NEED),
        ("buying condemned linen: sheets, towels and gowns", Side.NEED),
    ],
)
def test_every_listed_piece_shares_the_condition(reader: PhraseReader, text: str, side: Side) -> None:
    found = heads(reader, text, side)
    assert found and set(found) <= WASTE, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the yarn is made from the waste it names; it is not waste itself
        ("recycled yarn spun from pre-consumer cotton waste", "yarn"),
        ("Recycled cotton yarn (40% post-consumer denim waste), Ne 12/1", "yarn"),
        # goods made from waste, listed beside the waste
        ("used jeans and recycled denim bags", "bag"),
        # a listed "new" says the condition is not shared
        ("old sarongs and new hand-woven sarongs wanted", "sarong"),
    ],
)
def test_the_condition_stays_with_its_own_goods(reader: PhraseReader, text: str, kept: str) -> None:
    side = Side.NEED if "wanted" in text else Side.OFFER
    assert kept in heads(reader, text, side)


def test_work_done_for_others_does_not_take_the_condition(reader: PhraseReader) -> None:
    items = reader.read("ขายเสื้อผ้ามือสอง และรับเย็บเสื้อตามแบบ", Side.OFFER).items
    assert [i.head for i in items if i.head in WASTE] == ["used_clothing"]
    assert any(i.head not in WASTE for i in items)


def test_new_goods_without_a_condition_stay_goods(reader: PhraseReader) -> None:
    assert heads(reader, "bath towels and bed sheets for hotels") == ["towel", "bed_sheet"]
    assert heads(reader, "ผ้าขนหนูและผ้าปูที่นอนสำหรับโรงแรม") == ["towel", "bed_sheet"]
