"""Words of the support trades, read as the trade means it.

Parcel delivery, messengers and cash on delivery are logistics, in both languages; a crane truck moves
machines, and a truck that hauls goods (Thai "ขน") is logistics for those goods; cartons, corrugated
boxes and parcel bags are packaging, and packing written after other goods ("…, export carton",
"20 kg per carton") says how those goods are packed, not that cartons are on offer;
stickers in every Thai spelling are labels, plastisol is ink; help with the papers of a certification is
consulting; calf sleeves are supports; clothes that did not sell, torn or stained, are used clothing;
someone to sell online for a group is a sales channel. Jute sacks, used coffee sacks too, are packaging;
fibre spliced by hand is thread; "someone to dye our own cloth" wants the dyeing. Thai "หรือ" between
the cloth of finished goods and another cloth offers the goods in either, not the second cloth; a kaftan
is a garment; a label naming goods ("Zips:") heads its value even when the value ends in a use. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("บริการส่งพัสดุทั่วประเทศ", Side.OFFER, ["logistics"]),
        ("เก็บเงินปลายทาง", Side.NEED, ["logistics"]),
        ("ต้องการขนส่งเอกชนมารับพัสดุที่ร้าน", Side.NEED, ["logistics"]),
        ("Same-day messenger inside Chiang Mai city", Side.OFFER, ["logistics"]),
        ("parcel pick-up from the village twice a week", Side.NEED, ["logistics"]),
        ("รถเฮี๊ยบขนย้ายเครื่องทอ", Side.NEED, ["logistics"]),
        ("Corrugated boxes, 3-ply, custom sizes", Side.OFFER, ["packaging"]),
        ("ลังกระดาษใส่ผ้าม้วน", Side.NEED, ["packaging"]),
        ("Export cartons for hemp yarn cones", Side.NEED, ["packaging"]),
        ("สติ๊กเกอร์โลโก้ร้าน ไดคัท", Side.OFFER, ["label"]),
        ("สีพลาสติซอลสำหรับสกรีนเสื้อ", Side.NEED, ["ink"]),
        ("คนช่วยทำเอกสารขอใบรับรอง GOTS", Side.NEED, ["consulting"]),
        ("ปลอกรัดน่องสำหรับนักวิ่ง", Side.OFFER, ["support_brace"]),
        ("อยากได้คนช่วยขายออนไลน์ให้วิสาหกิจ", Side.NEED, ["retail_platform"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("Rattan baskets, sets of 4, export carton", Side.NEED, "basket"),
        ("Cotton yarn Ne 30, 25 kg per master carton", Side.OFFER, "yarn"),
        ("Seagrass baskets, packed in master cartons", Side.OFFER, "basket"),
    ],
)
def test_packing_after_goods_is_no_second_item(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert [item.head for item in reader.read(text, side).items] == [head]


def test_clothes_that_did_not_sell_torn_or_stained_are_used(reader: PhraseReader) -> None:
    (item,) = reader.read("เสื้อยืดขายไม่ออก ขาด เปื้อน ให้โรงงานรีไซเคิล", Side.OFFER).items
    assert item.head == "used_clothing"
    assert {"used", "surplus"} <= set(dict(item.attrs))


def test_a_need_for_cartons_finds_the_carton_maker_before_the_yarn_spinner() -> None:
    buyer = sme("mill", stage="midstream", needs=("Export cartons, 5-ply",))
    cartons = sme("cartons", stage="upstream", language="th", offers=("กล่องลูกฟูก 5 ชั้น พิมพ์โลโก้ได้",))
    yarn = sme("yarn", stage="upstream", offers=("Cotton yarn Ne 20, 20 kg per export carton",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, cartons, yarn]).suppliers_of("mill"))
    assert found and found[0] == "cartons", found
    assert "yarn" not in found, found


def test_a_shop_wanting_parcel_delivery_finds_the_thai_courier() -> None:
    shop = sme("shop", stage="downstream", needs=("COD parcel pick-up from our shop",))
    courier = sme("courier", stage="downstream", language="th", offers=("รับส่งพัสดุ เก็บเงินปลายทาง ทั่วภาคเหนือ",))
    found = supplier_ids(MatchIndex(k=10).fit([shop, courier]).suppliers_of("shop"))
    assert found == ["courier"], found


@pytest.mark.parametrize(
    ("text", "side", "head", "material"),
    [
        ("กระสอบปอเปล่า ใส่ได้ 50 กิโล", Side.OFFER, "sack", "jute"),
        ("กระสอบป่านใส่ข้าวเปลือก", Side.NEED, "sack", "jute"),
        ("ถุงกระสอบปอ ใบใหญ่", Side.NEED, "sack", "jute"),
    ],
)
def test_jute_sacks_are_jute_packaging(reader: PhraseReader, text: str, side: Side, head: str, material: str) -> None:
    (item,) = reader.read(text, side).items
    assert item.head == head
    assert material in dict(item.attrs)


def test_used_coffee_sacks_are_packaging(reader: PhraseReader) -> None:
    (item,) = reader.read("กระสอบกาแฟเก่า สภาพดี", Side.NEED).items
    assert item.head == "sack"
    assert reader.glossary.is_a("sack", "packaging")


@pytest.mark.parametrize("text", ["ใยกัญชงต่อเส้น ม้วนเป็นไจ", "hand-spliced hemp fibre in skeins"])
def test_spliced_fibre_is_thread(reader: PhraseReader, text: str) -> None:
    assert [item.head for item in reader.read(text, Side.OFFER).items] == ["yarn"]


def test_someone_to_dye_our_own_cloth_wants_the_dyeing(reader: PhraseReader) -> None:
    (item,) = reader.read("someone to dye our own cotton cloth with indigo", Side.NEED).items
    assert item.head == "dyeing"
    assert "fabric" in dict(item.attrs)


@pytest.mark.parametrize(
    ("text", "materials"),
    [
        ("กระเป๋าผ้าฝ้ายหรือผ้าไหม", {"cotton", "silk"}),
        ("ผ้ากันเปื้อนผ้าลินินหรือผ้าฝ้าย", {"linen", "cotton"}),
    ],
)
def test_thai_or_between_cloths_of_finished_goods_names_no_second_goods(
    reader: PhraseReader, text: str, materials: set[str]
) -> None:
    (item,) = reader.read(text, Side.NEED).items
    assert materials <= set(dict(item.attrs))


def test_thai_or_between_goods_still_lists_both(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("เสื้อยืดหรือเสื้อโปโล", Side.NEED).items] == ["t_shirt", "polo_shirt"]


def test_a_kaftan_is_a_garment(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("Batik kaftans for resort shops", Side.OFFER).items] == ["garment"]


def test_a_label_naming_goods_heads_a_value_that_ends_in_a_use(reader: PhraseReader) -> None:
    (item,) = reader.read("Zips: nylon coil, metal teeth, cut to length", Side.OFFER).items
    assert item.head == "zipper"
    assert "nylon" in dict(item.attrs)


@pytest.mark.parametrize(
    ("text", "side", "carried"),
    [
        ("รถสิบล้อขนเศษผ้าไปโรงงาน", Side.NEED, "textile_waste"),
        ("รถกระบะรับจ้าง ขนผ้าม้วน ขนเครื่องทอ", Side.OFFER, "fabric"),
    ],
)
def test_a_truck_hauling_goods_is_logistics_for_them(reader: PhraseReader, text: str, side: Side, carried: str) -> None:
    (item,) = reader.read(text, side).items
    assert item.head == "logistics"
    assert carried in dict(item.attrs)


@pytest.mark.parametrize(("text", "head"), [("ขนแกะแท้ ขายเป็นกิโล", "yarn"), ("ผ้าขนหนูโรงแรม", "towel")])
def test_hair_and_towels_still_read_as_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert [i.head for i in reader.read(text, Side.OFFER).items] == [head]
