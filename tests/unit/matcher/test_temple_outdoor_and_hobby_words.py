"""Words of temple goods, outdoor and pet goods and craft hobbies, read as the trade means it.

Silk pods (ฝักไหม) are cocoons; ขี้ผ้า and cut-offs are textile waste; an Isan flag (ธุง) is
decoration like a northern ตุง; a poncho is a rain jacket; ไส้ยัด is stuffing; fertiliser and rice
sacks are packaging; ex-rental goods are used; a monk's bathing cloth (ผ้าอาบน้ำฝน) is a towel;
safety eyes (ตาเซฟตี้) are trims; a dog bed is a pet bed (a kind of cushion); tri-glides, ladder locks and Thai buckles
(ตัวล็อก) are fasteners; woven straps (สายแถบ) are webbing; trai khrong, jiwon and sabong are monk
robes; greige thread (ด้ายดิบ), stranded cotton, weft silk and spun hemp are yarn; a vinyl banner
is a banner in either language. Cloth lanterns (โคมผ้า) are decoration; a forest monk's umbrella
(กลด) is an umbrella; brocade is ผ้าไหมยกดอก too; robe cloth is cloth for monk robes; ไตรครอง is a monk's
robe set. Dog collars and leads (ปลอกคอ, สายจูง) are pet accessories; dry bags are waterproof bags;
a boat cover (ผ้าคลุมเรือ) is a cover, not a shawl. Craft kits (ชุดคิท, DIY kits) are kits, not
clothes or football kits; craft sessions and activities (กิจกรรมงานฝีมือ) are training; fat quarters
are cloth; milk cotton (ไหมนม) is cotton yarn; embroidery thread is embroidery thread, apart from
sewing thread; "by the ball" and "by machine" say how, not what.

And one rule: Thai writes a state after what it describes, so in "กระเป๋าผ้ายีนส์เก่า" the old
goods are the denim the bags are made of, not the bags. The sentences are new: they are not taken
from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("รับซื้อฝักไหมเหลือง ทุกสัปดาห์", Side.NEED, ["cocoon"]),
        ("ขี้ผ้าจากโรงงานเสื้อ กิโลละ 3 บาท", Side.OFFER, ["textile_waste"]),
        ("denim cut-offs by the sack", Side.OFFER, ["textile_waste"]),
        ("ธุงผะเหวด ทอมือ 30 ผืน", Side.NEED, ["home_decor"]),
        ("ปอนโชกันฝนผู้ใหญ่ สีใส", Side.OFFER, ["raincoat"]),
        ("ไส้ยัดหมอนจากธรรมชาติ", Side.NEED, ["filling"]),
        ("ถุงปุ๋ยเก่า ยังไม่ขาด", Side.OFFER, ["sack"]),
        ("ผ้าอาบน้ำฝน สีกรัก", Side.OFFER, ["towel"]),
        ("ตาเซฟตี้ 12 มม. ถุงละ 100 คู่", Side.OFFER, ["trim"]),
        ("washable dog beds, large size", Side.NEED, ["pet_bed"]),
        ("ที่นอนแมว ผ้าฝ้าย ถอดซักได้", Side.OFFER, ["pet_bed"]),
        ("tri-glides and ladder locks, 25 mm", Side.OFFER, ["zipper"]),
        ("ตัวล็อกพลาสติก สำหรับสายกระเป๋า", Side.NEED, ["zipper"]),
        ("สายแถบไนลอน กว้าง 1 นิ้ว", Side.OFFER, ["webbing"]),
        ("trai khrong sets for ordination", Side.NEED, ["monk_robe"]),
        ("ด้ายดิบ เบอร์ 20 ยกลูก", Side.OFFER, ["yarn"]),
        ("stranded cotton for cross stitch", Side.NEED, ["yarn"]),
        ("weft silk, hand-reeled", Side.OFFER, ["yarn"]),
        ("spun hemp on cones", Side.OFFER, ["yarn"]),
        ("โคมผ้า ทรงกลม ติดไฟ LED", Side.OFFER, ["lantern"]),
        ("khom lanterns for Yi Peng night", Side.NEED, ["lantern"]),
        ("กลดพระธุดงค์ ผ้าดิบ", Side.OFFER, ["ceremonial_umbrella"]),
        ("ผ้าไหมยกดอก ทอมือ", Side.OFFER, ["brocade"]),
        ("ไตรครอง 7 ขันธ์", Side.NEED, ["monk_robe"]),
        ("ปลอกคอสุนัข ผ้าทอ", Side.OFFER, ["pet_accessory"]),
        ("woven dog leads and cat collars", Side.OFFER, ["pet_accessory", "pet_accessory"]),
        ("roll-top dry bags for kayak tours", Side.NEED, ["bag"]),
        ("ผ้าคลุมเรือ ขนาด 8 เมตร", Side.NEED, ["tarpaulin"]),
        ("ชุดคิทถักโครเชต์ สำหรับมือใหม่", Side.OFFER, ["craft_kit"]),
        ("DIY kits for natural dyeing", Side.OFFER, ["craft_kit"]),
        ("football kits for a school team", Side.NEED, ["shirt"]),
        ("craft sessions for care home residents", Side.NEED, ["training"]),
        ("จัดกิจกรรมงานฝีมือให้ผู้สูงอายุ", Side.OFFER, ["training"]),
        ("fat quarters in cartoon prints", Side.OFFER, ["fabric"]),
        ("ไหมนม สีพาสเทล", Side.NEED, ["yarn"]),
        ("milk cotton 4 ply by the ball", Side.OFFER, ["yarn"]),
        ("squeakers and rattle balls for soft toys", Side.OFFER, ["trim", "trim"]),
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
    assert thai.head == english.head == "flag"
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


def test_robe_cloth_is_cloth_for_monk_robes_not_bathrobes(reader: PhraseReader) -> None:
    (item,) = reader.read("saffron robe cloth, 44 in bolts", Side.OFFER).items
    assert item.head == "fabric"
    assert "monk_robe" in dict(item.attrs) and "bathrobe" not in dict(item.attrs)


def test_embroidery_thread_and_sewing_thread_are_told_apart(reader: PhraseReader) -> None:
    sewing, embroidery = reader.read("sewing thread and embroidery thread", Side.OFFER).items
    assert sewing.head == embroidery.head == "yarn"
    assert "sewing" in dict(sewing.attrs) and "embroidery" in dict(embroidery.attrs)
    assert "sewing" not in dict(embroidery.attrs)


def test_a_ball_of_yarn_is_not_a_sports_ball(reader: PhraseReader) -> None:
    (item,) = reader.read("cotton yarn by the ball", Side.OFFER).items
    assert item.head == "yarn"
    assert "sports_gear" not in dict(item.attrs)



def test_a_need_for_natural_stuffing_finds_kapok_fibre() -> None:
    """Stuffing is a kind of fibre: kapok offered as fibre fills a need for natural stuffing."""
    index = MatchIndex().fit(
        [
            sme("stuffing-buyer", needs=("ไส้ยัดจากธรรมชาติเท่านั้น",)),
            sme("kapok", offers=("kapok fibre, seeds removed, 10 kg bags",)),
            sme("buttons", offers=("coconut shell buttons",)),
        ]
    )
    assert supplier_ids(index.suppliers_of("stuffing-buyer", k=3))[:1] == ["kapok"]


@pytest.mark.parametrize(
    ("text", "head", "kept"),
    [
        ("ผ้าจีวรเป็นพับ สีกรัก", "fabric", "monk_robe"),  # robe cloth by the bolt: cloth for robes
        ("towels by the metre", "terry", "towel"),  # terry cloth, still for towels
    ],
)
def test_goods_sold_by_length_are_their_cloth_and_keep_what_it_is_for(
    reader: PhraseReader, text: str, head: str, kept: str
) -> None:
    (item,) = reader.read(text, Side.NEED).items
    assert item.head == head
    assert kept in dict(item.attrs)


def test_robes_sold_as_robes_stay_robes(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("ไตรจีวร 9 ขันธ์ ครบชุด", Side.OFFER).items] == ["monk_robe"]
