"""Spun fibre, packing supplies and repair words, read as the trade means it.

Fibre said to be spun already (ปั่นแล้ว, ready spun) is yarn, but beaten kapok (นุ่นปั่น) is still
kapok; ฝ้ายเข็ญ is the same handspun cotton as ฝ้ายเข็น; zip replacement is a repair; strapping is
webbing; self-seal garment bags and mailing tubes are packaging; greyboard is paper; box artwork is
design work; "down from Chiang Rai" is a direction, not down filling. Surplus named with no goods
(off-shade rolls, deadstock) is surplus cloth; pre-treatment padding is finishing. Rice sacks are
sacks; crop-cover fleece and needle-punching are nonwovens; offcuts "in mixed bags" are offcuts. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ใยกัญชงปั่นแล้ว พร้อมทอ", Side.OFFER, ["yarn"]),
        ("ready spun ramie for weaving groups", Side.OFFER, ["yarn"]),
        ("นุ่นปั่นแล้ว สำหรับยัดหมอน", Side.OFFER, ["fibre"]),
        ("ฝ้ายเข็ญมือ ย้อมครั่ง", Side.OFFER, ["yarn"]),
        ("zip replacement on jackets and bags", Side.OFFER, ["repair"]),
        ("polyester strapping, 25 mm, black", Side.OFFER, ["webbing"]),
        ("self-seal garment bags, 30 x 40 cm", Side.NEED, ["packaging"]),
        ("mailing tubes for rolled scarves", Side.OFFER, ["packaging"]),
        ("greyboard 2 mm for rigid boxes", Side.NEED, ["paper"]),
        ("box artwork for our gift sets", Side.NEED, ["design"]),
        ("parcel delivery down from Nan each week", Side.NEED, ["logistics"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_zip_replacement_is_a_repair_of_zips(reader: PhraseReader) -> None:
    item = reader.read("zip replacement, same day", Side.OFFER).items[0]
    assert item.head == "repair"
    assert "zipper" in dict(item.attrs)


def test_down_filling_is_still_down(reader: PhraseReader) -> None:
    (item,) = reader.read("goose down for duvets", Side.NEED).items
    assert item.head == "filling"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("off-shade rolls from dye houses, any fibre", "fabric"),  # surplus named alone is surplus cloth
        ("deadstock, 2 tonnes", "fabric"),
        ("deadstock shirts, mixed sizes", "shirt"),
        ("pre-treatment padding before digital printing", "finishing"),  # the pad, not stuffing
    ],
)
def test_surplus_alone_is_cloth_and_padding_before_printing_is_finishing(
    reader: PhraseReader, text: str, head: str
) -> None:
    assert reader.read(text, Side.NEED).items[0].head == head


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("กระสอบข้าวเก่า ขาดแล้ว", "sack"),  # rice sacks are sacks, not bags for sale
        ("crop cover fleece, 17 gsm", "crop_cover"),  # not a brushed knit
        ("needle-punching of our fibre into felt", "nonwoven_fabric"),  # not needles
        ("upholstery offcuts, mixed bags", "textile_waste"),  # the bags they come in
    ],
)
def test_farm_covers_sacks_and_needle_punching(reader: PhraseReader, text: str, head: str) -> None:
    assert reader.read(text, Side.OFFER).items[0].head == head
