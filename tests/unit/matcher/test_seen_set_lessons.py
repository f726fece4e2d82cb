"""Kinds of phrase the reader got wrong on a labelled set once it was read (eval/README.md), in new sentences.

Dye materials (barks, rinds, dye woods) and the way Thai names them before their
use; packing after a quantity; first-person English verbs of work; a fibre named
alone for sewn goods; dyed plant strands; metallic thread, trade names of cloth and
poly-cotton; batik wax; cloth after a spec heading (a heading of unknown words names no goods);
shops that take work ("ร้านรับ…"); needle-punched, stretch knit, vapour-permeable; Thai
classifiers after a number ("40 ชุด", "30 ใบ"); pressure relief; baby garments.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import Item, ItemKind, PhraseReader, Side


def read(reader: PhraseReader, text: str, side: Side) -> tuple[Item, ...]:
    return reader.read(text, side).items


def heads(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> list[str]:
    return [i.head for i in read(reader, text, side)]


def attrs(item: Item) -> set[str]:
    return {concept for concept, _ in item.attrs}


# ---------------------------------------------------------------- dye materials


@pytest.mark.parametrize(
    "text",
    [
        "logwood and madder root",
        "sun-dried pomegranate rind",
        "onion skins for natural dyeing, packed in 25 kg sacks",
        "rambutan peel and dye woods from our orchard",
        "ไม้ย้อมสีและเปลือกเงาะ",
        "เปลือกทับทิมตากแห้ง บรรจุกระสอบ",
        "แก่นแกแลสับ",
    ],
)
def test_barks_rinds_and_dye_woods_are_dyestuff(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert [i.head for i in found] == ["dye"]
    assert "dye_plant" in attrs(found[0])


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("hemp twine in 5 kg bags", "cordage"),
        ("recycled PET flakes in 500 kg sacks", "plastic_feedstock"),
        ("dried indigo leaves, 20 kg sacks", "leaf"),
        ("ใยมะพร้าว ถุงละ 10 กิโล", "fibre"),
        ("metal and nylon zips, mixed box", "zipper"),
    ],
)
def test_a_container_after_a_quantity_is_packing_not_goods(reader: PhraseReader, text: str, head: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert [i.head for i in found] == [head]
    assert "bag" not in attrs(found[0])


@pytest.mark.parametrize(
    "text",
    ["ครั่งย้อมผ้าฝ้าย", "แก่นขนุน หรือเปลือกประดู่ย้อมสี", "คราม ครั่ง ย้อมเส้นฝ้าย", "ไม้ย้อมสี ย้อมผ้าไหม"],
)
def test_thai_dye_material_before_its_process_is_the_dyestuff(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.NEED)
    assert [(i.head, i.kind) for i in found] == [("dye", ItemKind.GOODS)]
    assert "dye_plant" in attrs(found[0]) or "indigo" in attrs(found[0])


@pytest.mark.parametrize("text", ["รับย้อมครั่ง", "ย้อมคราม", "บริการย้อมผ้าด้วยครั่ง", "lac dyeing"])
def test_dyeing_with_a_dye_material_after_it_is_still_the_work(reader: PhraseReader, text: str) -> None:
    assert heads(reader, text) == ["dyeing"]


# ---------------------------------------------------------------- first-person verbs of work


@pytest.mark.parametrize(
    ("text", "work", "material"),
    [
        ("We dye hemp yarn with indigo", "dyeing", "hemp"),
        ("We embroider company logos on polo shirts", "embroidery", "polo_shirt"),
        ("we bleach greige cotton for weavers", "bleaching", "cotton"),
        ("I print screen designs on tote bags", "printing", "tote_bag"),
    ],
)
def test_a_first_person_verb_of_work_offers_the_service(
    reader: PhraseReader, text: str, work: str, material: str
) -> None:
    found = read(reader, text, Side.OFFER)
    assert [(i.head, i.kind) for i in found][:1] == [(work, ItemKind.SERVICE)]
    assert material in attrs(found[0])


@pytest.mark.parametrize(
    ("text", "head"),
    [("We weave hemp fabric on hand looms", "fabric"), ("we knit cotton baby blankets", "blanket")],
)
def test_a_first_person_verb_that_makes_the_goods_offers_the_goods(reader: PhraseReader, text: str, head: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert found[0].head == head
    assert found[0].kind is ItemKind.GOODS


def test_work_on_the_writers_own_goods_is_not_a_service(reader: PhraseReader) -> None:
    assert all(i.kind is ItemKind.GOODS for i in read(reader, "We dye our own cotton yarn", Side.OFFER))


# ---------------------------------------------------------------- a fibre named alone for sewn goods


@pytest.mark.parametrize(
    "text",
    [
        "need silk for curtains and cushion covers",
        "Thai silk for bedspreads",
        "ไหมไทยสำหรับผ้าม่าน",
        "ต้องการไหมไทยสำหรับทำปลอกหมอนอิง",
    ],
)
def test_a_fibre_wanted_for_sewn_goods_is_their_cloth(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.NEED)
    assert [i.head for i in found] == ["fabric"]
    assert "silk" in attrs(found[0])


@pytest.mark.parametrize(
    ("text", "head"), [("silk for embroidering cushion covers", "yarn"), ("need silk to weave scarves", "yarn")]
)
def test_a_fibre_wanted_for_work_with_yarn_stays_yarn(reader: PhraseReader, text: str, head: str) -> None:
    assert heads(reader, text, Side.NEED) == [head]


# ---------------------------------------------------------------- dyed strands of plants


@pytest.mark.parametrize(
    ("text", "plant"),
    [("dyed seagrass", "sedge"), ("dyed rattan strands", "rattan"), ("หวายย้อมสีแล้ว", "rattan"), ("ผือย้อมแล้ว", "sedge")],
)
def test_dyed_plant_strands_are_the_strands_not_a_dyeing_service(reader: PhraseReader, text: str, plant: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert [(i.head, i.kind) for i in found] == [("stem", ItemKind.GOODS)]
    assert {plant, "dyeing"} <= attrs(found[0])


# ---------------------------------------------------------------- trade wording


@pytest.mark.parametrize(
    "text", ["ดิ้นเงินสำหรับปักผ้า", "gold metallic thread for embroidery", "ดิ้นทองสำหรับทอผ้ายก", "lurex yarn"]
)
def test_metallic_thread_is_a_yarn(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert [i.head for i in found] == ["metallic_yarn"]
    assert reader.glossary.is_a("metallic_yarn", "yarn")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("bleached poly-cotton sheeting", {"polyester", "blend"}),
        ("cotton shirting in plain weave", {"cotton"}),
        ("striped mattress ticking", set()),
        ("ผ้าโทเรสีขาว", {"polyester", "blend"}),
        ("ผ้าทีซีสีกรม", {"polyester", "blend"}),
    ],
)
def test_trade_names_of_cloth(reader: PhraseReader, text: str, wanted: set[str]) -> None:
    found = read(reader, text, Side.OFFER)
    assert [i.head for i in found] == ["fabric"]
    assert wanted <= attrs(found[0])


@pytest.mark.parametrize("text", ["เทียนบาติกสำหรับเขียนลาย", "paraffin blocks for batik", "เทียนพิมพ์ผ้า 5 กิโล"])
def test_batik_wax_is_wax(reader: PhraseReader, text: str) -> None:
    assert heads(reader, text) == ["starch_size"]


def test_over_dyeing_is_dyeing(reader: PhraseReader) -> None:
    found = read(reader, "need a workshop to overdye our garments", Side.NEED)
    assert [(i.head, i.kind) for i in found] == [("dyeing", ItemKind.SERVICE)]


# ---------------------------------------------------------------- named regional cloths


@pytest.mark.parametrize(
    ("text", "head", "broader"),
    [
        ("ผ้าพุมเรียงสีทอง", "phum_riang_brocade", "brocade"),
        ("songket by the metre", "songket", "brocade"),
        ("ต้องการผ้าซองเก็ต", "songket", "brocade"),
        ("ผ้าลีมาไหม", "ikat_fabric", "fabric"),
        ("Na Meun Sri cotton pieces", "na_muen_si_cloth", "fabric"),
        ("ผ้าทอนาหมื่นศรีลายโบราณ", "na_muen_si_cloth", "fabric"),
        ("looking for Koh Yor", "ko_yo_cloth", "fabric"),
        ("ผ้ายกนคร", "nakhon_brocade", "brocade"),
        ("ผ้าทอจวนตานีสีคราม", "juan_tani_cloth", "fabric"),
    ],
)
def test_named_regional_cloths_are_cloth_of_their_own(reader: PhraseReader, text: str, head: str, broader: str) -> None:
    found = read(reader, text, Side.NEED)
    assert [i.head for i in found] == [head]
    assert reader.glossary.is_a(head, broader)
    assert head == "ikat_fabric" or {"handwoven", "native"} <= attrs(found[0])


def test_a_regional_cloth_made_up_is_an_attribute_of_the_product(reader: PhraseReader) -> None:
    found = read(reader, "songket shawls", Side.OFFER)
    assert [i.head for i in found] == ["scarf"]
    assert "songket" in attrs(found[0])


# ---------------------------------------------------------------- strands, man-made fibre


@pytest.mark.parametrize(
    ("text", "material"),
    [("dried rattan strips for basket weaving", "rattan"), ("water hyacinth strips, sun-dried", "water_hyacinth")],
)
def test_strips_of_a_plant_are_its_strands_not_fibre_stripping(reader: PhraseReader, text: str, material: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert [(i.head, i.kind) for i in found] == [("stem", ItemKind.GOODS)]
    assert material in attrs(found[0])


def test_thai_man_made_fibre_is_synthetic(reader: PhraseReader) -> None:
    found = read(reader, "ผ้าทอฝ้ายผสมใยประดิษฐ์", Side.OFFER)
    assert [i.head for i in found] == ["fabric"]
    assert {"cotton", "synthetic_material", "blend"} <= attrs(found[0])


# ---------------------------------------------------------------- a Thai process after goods named by their material


@pytest.mark.parametrize(
    ("text", "head", "material"),
    [
        ("กกจันทบูร ตากแห้ง ย้อมสีได้หลายสี", "stem", "sedge"),
        ("ไหม ย้อมครั่ง", "yarn", "silk"),
        ("ฝ้ายเข็น ย้อมสีธรรมชาติ", "yarn", "cotton"),
    ],
)
def test_a_thai_process_after_material_goods_describes_them(
    reader: PhraseReader, text: str, head: str, material: str
) -> None:
    found = read(reader, text, Side.OFFER)
    assert [(i.head, i.kind) for i in found] == [(head, ItemKind.GOODS)]
    assert {material, "dyeing"} <= attrs(found[0])


def test_a_service_word_still_makes_it_work_for_others(reader: PhraseReader) -> None:
    assert ("dyeing", ItemKind.SERVICE) in [(i.head, i.kind) for i in read(reader, "ไหม รับย้อมครั่ง", Side.OFFER)]


# ---------------------------------------------------------------- services


@pytest.mark.parametrize(
    "text", ["looking for a studio to overdye our quilting", "need someone to overdye our patchwork quilts"]
)
def test_a_verb_of_work_on_pieces_named_by_their_craft_is_the_service(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.NEED)
    assert [(i.head, i.kind) for i in found] == [("dyeing", ItemKind.SERVICE)]


@pytest.mark.parametrize("text", ["รับมัดย้อมผ้าพันคอ", "tie-dye service for hoodies", "บริการมัดย้อมเสื้อยืดตามสั่ง"])
def test_tie_dye_work_for_others_is_a_dyeing_service(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert [(i.head, i.kind) for i in found] == [("dyeing", ItemKind.SERVICE)]
    assert "tie_dye" in attrs(found[0])


@pytest.mark.parametrize(("text", "head"), [("tie-dye tote bags", "tote_bag"), ("ผ้ามัดย้อมสีคราม", "fabric")])
def test_tie_dyed_goods_stay_goods(reader: PhraseReader, text: str, head: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert [(i.head, i.kind) for i in found] == [(head, ItemKind.GOODS)]
    assert "tie_dye" in attrs(found[0])


# ---------------------------------------------------------------- sold by length


@pytest.mark.parametrize(
    ("text", "head", "material"),
    [
        ("silk by the roll", "fabric", "silk"),
        ("ไหมไทย ขายเป็นหลา", "fabric", "silk"),
        ("bamboo viscose in rolls", "fabric", "cellulosic"),
        ("towels by the roll", "terry", None),
    ],
)
def test_goods_sold_by_length_are_cloth(reader: PhraseReader, text: str, head: str, material: str | None) -> None:
    found = read(reader, text, Side.OFFER)
    assert [i.head for i in found] == [head]
    assert material is None or material in attrs(found[0])
    assert "by_length" not in attrs(found[0])


@pytest.mark.parametrize(
    ("text", "head"), [("zipper tape by the yard", "elastic"), ("เทปตีนตุ๊กแก ม้วนละ 20 หลา", "hook_and_loop")]
)
def test_other_goods_sold_by_length_stay_themselves(reader: PhraseReader, text: str, head: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert [i.head for i in found] == [head]
    assert "by_length" not in attrs(found[0])


@pytest.mark.parametrize(
    ("text", "head", "sport"),
    [
        ("ชุดแข่งขันวิ่ง", "garment", "running"),
        ("team uniforms for our netball club", "garment", "sport"),
        ("ชุดแข่งฟุตบอลเด็ก", "shirt", "football"),
        ("soccer kits with names and numbers", "shirt", "football"),
    ],
)
def test_match_kits_are_sportswear(reader: PhraseReader, text: str, head: str, sport: str) -> None:
    found = read(reader, text, Side.NEED)
    assert found[0].head == head
    assert {"sport", sport} <= attrs(found[0])


# ---------------------------------------------------------------- spec headings


@pytest.mark.parametrize(
    "text",
    [
        "จัดซื้อปลอกหมอนผู้ป่วย คุณสมบัติ: 1) ผ้าฝ้าย 100% 2) สีฟ้า",
        "ต้องการชุดผู้ป่วย ข้อกำหนด: ผ้าฝ้ายผสมโพลีเอสเตอร์",
    ],
)
def test_cloth_after_a_spec_heading_describes_the_goods_wanted(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.NEED)
    assert len(found) == 1 and "cotton" in attrs(found[0]), found


def test_other_goods_after_an_unknown_word_stay_listed(reader: PhraseReader) -> None:
    found = read(reader, "ขายปลีกรองเท้าวิ่ง นาฬิกา อุปกรณ์วิ่งเทรล", Side.OFFER)
    assert len(found) == 2


# ---------------------------------------------------------------- shops that do work, trade words


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("ต้องการร้านรับปักโลโก้บนเสื้อโปโล", "embroidery"),
        ("หาร้านที่รับย้อมผ้าไหม", "dyeing"),
    ],
)
def test_a_shop_that_takes_work_is_a_service_wanted(reader: PhraseReader, text: str, head: str) -> None:
    found = read(reader, text, Side.NEED)
    assert found[0].head == head and found[0].kind is ItemKind.SERVICE, found


@pytest.mark.parametrize(
    ("text", "head", "attribute"),
    [
        ("needle-punched polyester pads, 400 gsm", "nonwoven_fabric", "polyester"),
        ("navy stretch knit for leggings", "fabric", "stretch"),
        ("vapour-permeable laminated fabric for rainwear", "fabric", "breathable"),
    ],
)
def test_trade_words_for_cloth(reader: PhraseReader, text: str, head: str, attribute: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert found[0].head == head and attribute in attrs(found[0]), found


# ---------------------------------------------------------------- Thai classifiers after a number


@pytest.mark.parametrize(
    "text",
    [
        "จัดซื้อหมอนหนุนผู้ป่วย จำนวน 1,500 ใบ",
        "ต้องการชุดนักกีฬาพิมพ์ลาย 80 ชุด",
        "หาผ้าห่มนาโน 200ผืน ชุดละ 2 ผืน",
    ],
)
def test_a_classifier_after_a_number_names_no_goods(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.NEED)
    assert len(found) == 1, found  # the counted sets, pieces or cloths are not goods of their own
    assert "leaf" not in attrs(found[0])


def test_the_same_words_before_a_number_still_name_goods(reader: PhraseReader) -> None:
    assert [i.head for i in read(reader, "ถุง 20 ใบ", Side.OFFER)] == ["bag"]
    assert [i.head for i in read(reader, "ชุดผู้ป่วย 50 ชุด", Side.NEED)] == ["patient_gown"]


# ---------------------------------------------------------------- care and baby wording


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("หมอนรองหลังกันแผลกดทับ สำหรับผู้ป่วยติดเตียง", Side.OFFER),
        ("anti-bedsore mattress for home care", Side.NEED),
        ("เบาะนั่งป้องกันแผลกดทับ ผ้าหุ้มกันน้ำ", Side.OFFER),
    ],
)
def test_pressure_relief_makes_cushions_and_mattresses_medical(reader: PhraseReader, text: str, side: Side) -> None:
    found = read(reader, text, side)
    assert found[0].head == "pressure_cushion", found


@pytest.mark.parametrize("text", ["organic cotton onesies for newborns", "ชุดหมีเด็กผ้าฝ้าย"])
def test_baby_garments(reader: PhraseReader, text: str) -> None:
    found = read(reader, text, Side.OFFER)
    assert found[0].head == "garment" and "baby" in attrs(found[0]), found
