"""Goods a phrase names as someone else's, and machines named beside work.

An offer of work names the goods its customers bring ("you send your cloth", "ลูกค้าส่ง
ด้ายมา"): they are not on offer. A need for work names the goods the writer already has
("we supply the yarn", "เรามีผ้าเอง"): they are not wanted. The machines work is done on
("มีจักร 40 ตัว", "we have six looms") say how the work is done, unless a verb of selling
names them. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.ownership import without_own_goods
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "brought"),
    [
        ("Dyeing on commission: you send your plain cotton, rayon or silk lengths, we return them dyed", "fabric"),
        ("รับจ้างปักโลโก้ ลูกค้าส่งเสื้อมาเอง ปักด้วยเครื่อง", "shirt"),
        ("Contract knitting. Customers supply their own yarn, we knit jersey or rib on 24 machines", "yarn"),
        ("PU and PVC coating on customer fabric, 8,000 mm water column", "fabric"),
        ("water-repellent finishing on the client's cloth", "fabric"),
        # a verb of making is work for others when the customers bring the material
        ("we knit rib and jersey from the yarn you bring, small lots", "yarn"),
        ("we weave plain cloth from the silk you send", "silk"),
        ("we sew the fabric you supply into shirts", "fabric"),
        # after a Thai part offering work, a part naming goods as the customer's
        ("รับย้อมคราม ผ้าและเส้นด้ายของลูกค้า ขั้นต่ำ 10 เมตร", "yarn"),
        ("รับปักลาย เสื้อของลูกค้า", "shirt"),
    ],
)
def test_an_offer_of_work_does_not_offer_what_customers_bring(reader: PhraseReader, text: str, brought: str) -> None:
    found = reader.read(text, Side.OFFER).items
    assert any(i.kind is ItemKind.SERVICE for i in found), found
    assert brought not in [i.head for i in found], found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Need a workshop to sew 300 aprons a month (we supply the canvas and the straps)", "sewing"),
        ("หาคนรับย้อมครามค่ะ เรามีผ้าฝ้ายเอง 100 เมตร", "dyeing"),
        ("digital printing on our own silk, 100 m per design", "printing"),
        ("a knitter for sample socks (we provide yarn)", "knitting"),
        ("We supply the fabric, need a workshop to sew 300 aprons", "sewing"),
        ("สกรีนโลโก้ ลงเสื้อที่เราส่งไป 500 ตัว", "printing"),
        ("ปักชื่อบนกระเป๋าของกลุ่ม", "embroidery"),
        ("handloom weaving of yarn we supply, 40 m", "weaving"),
        ("water repellent finish on our hemp canvas", "finishing"),
    ],
)
def test_a_need_for_work_does_not_want_what_the_writer_has(reader: PhraseReader, text: str, wanted: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert [i.head for i in found] == [wanted], found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("We send our own cotton yarn - need it twisted into 5 mm cord", "cordage"),
        ("We supply the fabric \u2013 need a workshop to sew 300 aprons", "sewing"),
        ("We bring our own silk \u2014 want it embroidered with names", "embroidery"),
        ("we provide the hand-spun yarn, need weaving", "weaving"),
    ],
)
def test_a_dash_between_words_ends_the_goods_the_writer_has(reader: PhraseReader, text: str, wanted: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert [i.head for i in found] == [wanted], found


def test_our_own_brand_still_wants_what_it_names(reader: PhraseReader) -> None:
    found = reader.read("our own brand needs organic cotton jersey", Side.NEED).items
    assert [i.head for i in found] == ["jersey_fabric"]


def test_goods_made_to_the_customers_design_are_still_on_offer(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("เสื้อยืดพิมพ์ลายตามแบบของลูกค้า", Side.OFFER).items] == ["t_shirt"]


def test_a_verb_of_making_without_the_customers_material_offers_the_goods(reader: PhraseReader) -> None:
    assert [(i.head, i.kind.name) for i in reader.read("we knit rib and jersey, small lots", Side.OFFER).items] == [
        ("fabric", "GOODS"),
        ("jersey_fabric", "GOODS"),
    ]


def test_an_offer_of_goods_may_still_say_we_supply_them(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("we supply the yarn on cones", Side.OFFER).items] == ["yarn"]


@pytest.mark.parametrize(
    "text", ["รับตัดเย็บชุดพนักงาน มีจักรอุตสาหกรรม 40 ตัว", "We weave on commission and have six dobby looms free in June"]
)
def test_machines_beside_work_are_how_it_is_done(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.OFFER).items
    assert found and not any(reader.glossary.is_a(i.head, "machinery") for i in found), found


def test_machines_a_verb_of_selling_names_are_for_sale(reader: PhraseReader) -> None:
    found = reader.read("รับซ่อมจักรเย็บผ้า และขายจักรมือสอง", Side.OFFER).items
    assert any(reader.glossary.is_a(i.head, "machinery") for i in found), found


@pytest.mark.parametrize(
    "text",
    [
        "อยากหาคนรับย้อมผ้าค่ะ ทางกลุ่มมีผ้าฝ้ายทอมือเองอยู่แล้ว",
        "หาโรงงานรับเย็บกระเป๋า เราส่งผ้าไปให้ทุกเดือน",
    ],
)
def test_a_thai_need_does_not_want_the_goods_the_group_sends_or_has(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert found and all(i.kind is ItemKind.SERVICE for i in found), found


def test_nobody_to_do_the_work_wants_the_work_and_refusing_it_wants_nothing(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("ยังไม่มีคนรับย้อมคราม", Side.NEED).items] == ["dyeing"]
    assert not reader.read("ไม่รับย้อมคราม", Side.NEED).items
    assert not reader.read("ไม่มีบริการตัดเย็บ", Side.OFFER).items  # no sewing service: none on offer


@pytest.mark.parametrize(
    "text",
    [
        "Dear members, thank you for the visit to our dye garden last week. We now sell dried indigo paste.",
        "ขอขอบคุณทุกท่านที่มาเยี่ยมชมงานแสดงผ้าทอ ตอนนี้กลุ่มมีเส้นไหมสาวมือพร้อมขาย",
    ],
)
def test_thanks_name_no_goods(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.OFFER).items
    assert len(found) == 1 and found[0].head in ("dye", "yarn"), found


def test_a_brand_that_designs_clothes_offers_the_clothes(reader: PhraseReader) -> None:
    found = reader.read("แบรนด์เล็กๆ ออกแบบชุดนอนผ้าฝ้ายสำหรับผู้สูงอายุ", Side.OFFER).items
    assert [i.kind for i in found] == [ItemKind.GOODS], found


def test_materials_for_dyeing_are_dye_plants(reader: PhraseReader) -> None:
    found = reader.read("มีวัตถุดิบย้อมสีธรรมชาติขาย เปลือกประดู่ แก่นฝาง", Side.OFFER).items
    assert found and all(i.kind is ItemKind.GOODS for i in found), found


def test_a_fashion_label_is_the_writer_not_labels_wanted(reader: PhraseReader) -> None:
    found = reader.read("We are a small fashion label. We need organic cotton poplin.", Side.NEED).items
    assert [i.head for i in found] == ["poplin"], found


def test_brackets_after_goods_named_by_their_material_describe_them(reader: PhraseReader) -> None:
    found = reader.read("Handwoven silk by the metre (lac or other natural dyes), 200 m a season", Side.NEED).items
    assert [i.head for i in found] == ["fabric"], found
    assert {"silk", "handwoven"} <= set(dict(found[0].attrs)), found


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Hand-reeled native silk, degummed; fine warp grade and coarse weft grade", "yarn"),
        ("ขายครั่งกิ่งและครั่งเม็ด ล้างสะอาด", "dye"),
        ("cotton percale, 300 TC, 280 cm wide", "fabric"),
    ],
)
def test_trade_words_of_catalogues(reader: PhraseReader, text: str, head: str) -> None:
    assert [i.head for i in reader.read(text, Side.OFFER).items] == [head]


def test_the_customers_own_goods_and_the_order_size_name_no_goods(reader: PhraseReader) -> None:
    text = "Screen printing on commission, customer's own T-shirts or bags. Minimum lot 50 shirts or 30 bags."
    found = reader.read(text, Side.OFFER).items
    assert [i.kind for i in found] == [ItemKind.SERVICE], found


def test_a_label_after_a_sentence_is_a_field(reader: PhraseReader) -> None:
    found = reader.read("Contract weaving of cotton cloth. Looms: 12 shuttle looms, 100 cm.", Side.OFFER).items
    assert [i.head for i in found] == ["weaving"], found


def test_dyes_listed_after_cloth_say_how_it_was_coloured(reader: PhraseReader) -> None:
    [item] = reader.read("Handwoven silk, natural dyes, blue peacock emblem", Side.OFFER).items
    assert item.head == "fabric"
    assert {"silk", "handwoven", "natural"} <= {concept for concept, _ in item.attrs}
    assert [i.head for i in reader.read("natural dyes: indigo, lac, ebony", Side.OFFER).items] == ["dye"]


def test_shredding_a_customers_waste_is_recycling_work(reader: PhraseReader) -> None:
    [item] = reader.read("Toll recycling: we shred your fabric waste back into fibre", Side.OFFER).items
    assert (item.head, item.kind) == ("recycling", ItemKind.SERVICE)


@pytest.mark.parametrize(
    "text",
    [
        "แผ่นรองซับซักได้ ด้านล่างกันน้ำ ด้านบนผ้าคอตตอนนุ่ม",
        "reusable underpads, top layer soft cotton, outer layer waterproof PU",
    ],
)
def test_the_layers_of_goods_describe_them(reader: PhraseReader, text: str) -> None:
    """A product's layers ("ด้านบน…", "outer layer …") say what it is made of; they are not cloth on offer."""
    assert [i.head for i in reader.read(text, Side.OFFER).items] == ["underpad"]


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("adaptive tops, velcro front", ["shirt"]),  # how the tops close, not zips on offer
        ("elderly shirts, magnetic buttons", ["shirt"]),
        ("T-shirts, buttons and zippers", ["t_shirt", "button", "zipper"]),  # bare trims may be on offer
    ],
)
def test_closures_after_finished_goods_say_how_they_close(reader: PhraseReader, text: str, heads: list[str]) -> None:
    assert [i.head for i in reader.read(text, Side.OFFER).items] == heads


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("เสื้อยืดเก่าสีขาว ผ้าฝ้าย ตัดกระดุมซิปออกแล้ว", ["used_clothing"]),
        ("ยีนส์มือสอง ถอดซิปและกระดุมออก ขายเป็นกิโล", ["used_clothing"]),
        ("Old cotton shirts, buttons and zips removed", ["used_clothing"]),
        ("Old work shirts with zips removed, by the kilo", ["used_clothing"]),
    ],
)
def test_trims_taken_off_the_goods_are_not_on_offer(reader: PhraseReader, text: str, heads: list[str]) -> None:
    found = reader.read(text, Side.OFFER).items
    assert [i.head for i in found] == heads
    assert not {"button", "zipper"} & {a for i in found for a, _ in i.attrs}


@pytest.mark.parametrize(("text", "head"), [("เอาผ้าทอออกขายที่ตลาด", "fabric"), ("ดึงเส้นใยสับปะรด ออกขาย", "fibre")])
def test_goods_taken_out_to_sell_are_on_offer(reader: PhraseReader, text: str, head: str) -> None:
    assert [i.head for i in reader.read(text, Side.OFFER).items] == [head]


def test_fibre_taken_out_to_sell_is_still_the_goods(reader: PhraseReader) -> None:
    assert "fibre" in [i.head for i in reader.read("กาบกล้วย ขูดเอาเส้นใยออกมาตากแห้ง", Side.OFFER).items]


def test_a_thai_on_is_not_found_inside_a_word(reader: PhraseReader) -> None:
    # "เคลือบนีโอพรีน" holds the letters of "บน" (on) across two words; cutting from there lost the whole need
    items = reader.read("จ้างเคลือบนีโอพรีนกับผ้าของเรา", Side.NEED).items
    assert items and (items[0].kind, items[0].head) == (ItemKind.SERVICE, "coating"), items


def test_a_thai_onto_is_not_found_inside_a_word() -> None:
    # "แปลง" (a field) holds the letters of "ลง" (onto): the words after it are not goods the group brings
    text = "ต้นครามในแปลงของกลุ่มเสียหาย ต้องการเนื้อครามเพิ่ม"
    assert without_own_goods(text) == text
