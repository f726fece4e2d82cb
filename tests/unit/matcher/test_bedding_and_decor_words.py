"""Words of bedding, sleep and home decor makers, read as the trade means it.

Mosquito-net cloth is netting in either language; down-proof cloth is cloth, not down; quilt
batting is wadding; a bag's handles are a trim, not a bag; a latex mattress keeps its latex; sheet wadding
(`ใยแผ่น`) is wadding, as in English; kapok with its seeds spun out is deseeded kapok, not seed;
bias binding (`ผ้ากุ๊น`) is a tape; fumigation against insects is a finish done to basketry; Thai
`รับเข็น` offers hand spinning; `ที่รองจาน` is a placemat and `งอบ` a hat; "ไหม" with a polite word
after a verb of selling closes a question. The sentences are new: they are not taken from any
labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ผ้ามุ้งตาข่าย สีฟ้า ม้วนละ 100 หลา", Side.OFFER, ["net"]),
        ("ใยแผ่นสำหรับเย็บผ้านวม หนา 4 ออนซ์", Side.OFFER, ["nonwoven_fabric"]),
        ("ผ้ากุ๊นตัดเฉียง สีพื้น", Side.OFFER, ["elastic"]),
        ("หาที่รมควันกันมอดตะกร้าไม้ไผ่", Side.NEED, ["finishing"]),
        ("fumigation of rattan furniture before export", Side.NEED, ["finishing"]),
        ("รับเข็นฝ้าย เข็นมือ", Side.OFFER, ["spinning"]),
        ("ที่รองจานผักตบ ทรงกลม", Side.OFFER, ["placemat"]),
        ("งอบใบลาน 20 ใบ", Side.NEED, ["woven_hat"]),
        ("Downproof cotton 233T, white", Side.NEED, ["fabric"]),
        ("ผ้ากันขนเป็ด ทอแน่น", Side.OFFER, ["fabric"]),
        ("ใยบุควิลท์ ฝ้าย 100%", Side.NEED, ["nonwoven_fabric"]),
        ("หูกระเป๋าหนังเทียม สีน้ำตาล", Side.NEED, ["bag_handle"]),
        ("Water hyacinth baskets, sets of 3, export carton", Side.OFFER, ["basket"]),  # packed, not packaging
        ("Cutting markers plotted from your pattern files", Side.OFFER, ["pattern_making"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize("text", ["มีหมอนผ้าขิดขายส่งไหมครับ", "ตุ๊กตาผ้านุ่มๆ ขายส่งไหมครับ"])
def test_a_question_closed_by_its_particle_asks_for_no_silk(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.NEED).items
    assert "silk" not in dict(item.attrs), item


def test_a_latex_mattress_is_a_mattress_of_latex(reader: PhraseReader) -> None:
    (item,) = reader.read("ที่นอนยางพารา 6 ฟุต", Side.OFFER).items
    assert item.head == "mattress" and "rubber" in dict(item.attrs)


def test_kapok_with_its_seeds_spun_out_is_deseeded_kapok(reader: PhraseReader) -> None:
    (item,) = reader.read("นุ่นปั่นเมล็ดออก อบแห้ง", Side.OFFER).items
    assert item.head == "fibre" and {"kapok", "deseeded"} <= set(dict(item.attrs))


@pytest.mark.parametrize(
    ("text", "quality"),
    [("ผ้ากีฬาไมโคร ผ้าเปล่า", "plain"), ("ผ้าปลายไม้จากโรงงาน", "surplus"), ("ผ้าม้วนเหลือ ขายยกม้วน", "surplus")],
)
def test_blank_and_leftover_cloth_is_one_cloth_with_its_quality(reader: PhraseReader, text: str, quality: str) -> None:
    """`ผ้าเปล่า` (blank, unprinted) describes the cloth before it; it is no second, bare cloth."""
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == "fabric" and quality in dict(item.attrs)
