"""Words of textile recyclers and of sportswear makers and buyers.

A sack of sorted second-hand clothes (กระสอบผ้ามือสอง) is the clothes, not a sack; garment grading is
sorting work; someone to shred old cloth (ตีผ้าเก่า) wants recycling. Exercise and workout sets are
sportswear (school PE sets children's sportswear), race vests running tops, chilly wraps cooling towels
and sweat cloths towels; long johns are ลองจอห์น too, muscle-squeezing (บีบกล้ามเนื้อ, บีบรัด) is
compression and sub printing sublimation. Indigo-dipping someone's skeins is dyeing, and "screened" is
printed, as "printed" is. Goods named "of ours" are the writer's own: "60 blank tops of ours need
numbers screened" wants the printing. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("กระสอบเสื้อผ้ามือสอง คละเกรด", Side.OFFER, ["used_clothing"]),
        ("yoga and exercise sets for women, sizes S-XL", Side.OFFER, ["garment"]),
        ("race vests for the club, 80 pcs", Side.NEED, ["t_shirt"]),
        ("chilly wraps for the marathon finish", Side.NEED, ["towel"]),
        ("microfibre sweat cloths with a printed logo", Side.OFFER, ["towel"]),
        ("ลองจอห์นผ้าร่อง สำหรับหน้าหนาว", Side.OFFER, ["long_johns"]),
        ("school PE sets in navy, sizes 4-14", Side.OFFER, ["garment"]),
        ("ชุดกีฬาโรงเรียน 300 ชุด", Side.NEED, ["garment"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("garment grading for collection points, by the tonne", Side.OFFER, "sorting"),
        ("หาคนรับตีผ้าเก่า ทำใยยัดเบาะ", Side.NEED, "recycling"),
        ("someone to indigo-dip our hanks", Side.NEED, "dyeing"),
        ("40 white polos of ours need logos screened on the chest", Side.NEED, "printing"),
        ("sub printing on our cut panels, urgent", Side.NEED, "printing"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert (item.head, item.kind.name) == (head, "SERVICE")


def test_screened_goods_are_printed_goods(reader: PhraseReader) -> None:
    item = reader.read("screened canvas totes, 500 pcs", Side.OFFER).items[0]
    assert item.head == "tote_bag" and "printing" in dict(item.attrs)


@pytest.mark.parametrize(("text", "head"), [("กางเกงบีบกล้ามเนื้อ ขายาว", "trousers"), ("ถุงเท้าบีบรัด ลดขาบวม", "socks")])
def test_compression_in_thai(reader: PhraseReader, text: str, head: str) -> None:
    item = reader.read(text, Side.OFFER).items[0]
    assert item.head == head and "compression" in dict(item.attrs)


def test_school_sportswear_is_childrens_sportswear(reader: PhraseReader) -> None:
    item = reader.read("school PE sets", Side.OFFER).items[0]
    assert {"child", "sport"} <= set(dict(item.attrs))


def test_sub_printing_is_sublimation(reader: PhraseReader) -> None:
    item = reader.read("sub printing on our cut panels", Side.NEED).items[0]
    assert "sublimation" in dict(item.attrs)
