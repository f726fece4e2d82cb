"""Words of temple goods, outdoor and pet goods and craft hobbies, read as the trade means it.

Silk pods (ฝักไหม) are cocoons; ขี้ผ้า and cut-offs are textile waste; an Isan flag (ธุง) is
decoration like a northern ตุง; a poncho is a rain jacket; ไส้ยัด is stuffing; fertiliser and rice
sacks are packaging; ex-rental goods are used; a monk's bathing cloth (ผ้าอาบน้ำฝน) is a towel;
safety eyes (ตาเซฟตี้) are trims; a dog bed is a cushion; tri-glides, ladder locks and Thai buckles
(ตัวล็อก) are fasteners; woven straps (สายแถบ) are webbing; trai khrong, jiwon and sabong are monk
robes; greige thread (ด้ายดิบ), stranded cotton, weft silk and spun hemp are yarn; a vinyl banner
is a banner in either language.

And one rule: Thai writes a state after what it describes, so in "กระเป๋าผ้ายีนส์เก่า" the old
goods are the denim the bags are made of, not the bags. The sentences are new: they are not taken
from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("รับซื้อฝักไหมเหลือง ทุกสัปดาห์", Side.NEED, ["cocoon"]),
        ("ขี้ผ้าจากโรงงานเสื้อ กิโลละ 3 บาท", Side.OFFER, ["textile_waste"]),
        ("denim cut-offs by the sack", Side.OFFER, ["textile_waste"]),
        ("ธุงผะเหวด ทอมือ 30 ผืน", Side.NEED, ["home_decor"]),
        ("ปอนโชกันฝนผู้ใหญ่ สีใส", Side.OFFER, ["jacket"]),
        ("ไส้ยัดหมอนจากธรรมชาติ", Side.NEED, ["filling"]),
        ("ถุงปุ๋ยเก่า ยังไม่ขาด", Side.OFFER, ["packaging"]),
        ("ผ้าอาบน้ำฝน สีกรัก", Side.OFFER, ["towel"]),
        ("ตาเซฟตี้ 12 มม. ถุงละ 100 คู่", Side.OFFER, ["trim"]),
        ("washable dog beds, large size", Side.NEED, ["cushion"]),
        ("ที่นอนแมว ผ้าฝ้าย ถอดซักได้", Side.OFFER, ["cushion"]),
        ("tri-glides and ladder locks, 25 mm", Side.OFFER, ["zipper"]),
        ("ตัวล็อกพลาสติก สำหรับสายกระเป๋า", Side.NEED, ["zipper"]),
        ("สายแถบไนลอน กว้าง 1 นิ้ว", Side.OFFER, ["elastic"]),
        ("trai khrong sets for ordination", Side.NEED, ["monk_robe"]),
        ("ด้ายดิบ เบอร์ 20 ยกลูก", Side.OFFER, ["yarn"]),
        ("stranded cotton for cross stitch", Side.NEED, ["yarn"]),
        ("weft silk, hand-reeled", Side.OFFER, ["yarn"]),
        ("spun hemp on cones", Side.OFFER, ["yarn"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_ex_rental_goods_are_used_goods_not_new_ones(reader: PhraseReader) -> None:
    ex_rental = reader.read("ex-rental tents", Side.OFFER).items
    used = reader.read("used tents", Side.OFFER).items
    new = reader.read("tents", Side.OFFER).items
    assert [i.head for i in ex_rental] == [i.head for i in used] != [i.head for i in new]


def test_a_vinyl_banner_reads_the_same_in_thai_and_english(reader: PhraseReader) -> None:
    (thai,) = reader.read("ป้ายไวนิล หน้างาน", Side.NEED).items
    (english,) = reader.read("vinyl banners for the stage", Side.NEED).items
    assert thai.head == english.head == "home_decor"
    assert "pvc" in dict(thai.attrs) and "pvc" in dict(english.attrs)


@pytest.mark.parametrize(
    ("text", "head", "waste"),
    [
        ("กระเป๋าผ้ายีนส์เก่า เย็บมือ", "bag", "textile_waste"),
        ("พรมเช็ดเท้าเสื้อยืดเก่า", "mat", "used_clothing"),
    ],
)
def test_a_thai_state_after_the_goods_a_product_is_made_of_is_the_materials(
    reader: PhraseReader, text: str, head: str, waste: str
) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == head
    assert waste in dict(item.attrs)
    assert "used" not in dict(item.attrs)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("กระเป๋าเก่า ยังใช้ได้", "textile_waste"),  # old bags, nothing said of what they are made of
        ("เสื้อผ้าคอตตอนใช้แล้ว คัดแล้ว", "used_clothing"),  # cloth named with its fibre: used cotton clothes
        ("เสื้อยีนส์เก่า", "used_clothing"),  # old clothes are traded as clothes
        ("used denim bags", "textile_waste"),  # English writes the state before what it describes
    ],
)
def test_the_state_stays_with_the_goods_otherwise(reader: PhraseReader, text: str, head: str) -> None:
    assert [item.head for item in reader.read(text, Side.OFFER).items] == [head]
