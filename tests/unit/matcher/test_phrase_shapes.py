"""Shapes of phrase the reader must read right: purpose clauses, verb-led services, qualifiers, old craft goods."""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import Item, ItemKind, PhraseReader, Side


def items(reader: PhraseReader, text: str, side: Side) -> tuple[Item, ...]:
    return reader.read(text, side).items


def attrs(item: Item) -> set[str]:
    return {concept for concept, _ in item.attrs}


@pytest.mark.parametrize(
    ("text", "head", "material"),
    [
        ("ต้องการเส้นไหมสำหรับขึ้นกี่ทอ", "yarn", "silk"),
        ("ต้องการเส้นด้ายฝ้าย ใช้กับกี่ทอมือ", "yarn", "cotton"),
        ("ต้องการเส้นไหมมาขึ้นกี่", "yarn", "silk"),
        ("need cotton thread for our looms", "yarn", "cotton"),
        ("need silk yarn to weave on our looms", "yarn", "silk"),
        ("หาด้ายฝ้าย ไว้ย้อมคราม ก่อนทอ", "yarn", "cotton"),
        ("ต้องการเส้นด้ายฝ้ายเพื่อนำไปย้อมคราม", "yarn", "cotton"),
        ("need cotton yarn to dye with indigo before weaving", "yarn", "cotton"),
        ("we buy cotton fabric to sew uniforms", "fabric", "cotton"),
        ("หาผ้าฝ้ายไว้ตัดชุดยูนิฟอร์ม", "fabric", "cotton"),
        ("ต้องการเส้นไหม สำหรับทอ บนกี่กระตุก", "yarn", "silk"),
        ("ต้องการผ้าฝ้าย ไว้ตัดชุด ยูนิฟอร์มพนักงาน", "fabric", "cotton"),
        ("need cotton thread for our looms and sewing machines", "yarn", "cotton"),
    ],
)
def test_what_follows_a_purpose_cue_is_the_use_not_the_goods(
    reader: PhraseReader, text: str, head: str, material: str
) -> None:
    found = items(reader, text, Side.NEED)
    assert [i.head for i in found] == [head]
    assert found[0].kind is ItemKind.GOODS
    assert material in attrs(found[0])


def test_other_goods_after_a_thai_space_are_listed_even_after_a_use(reader: PhraseReader) -> None:
    assert [i.head for i in items(reader, "ต้องการเส้นไหมสำหรับทอ ผ้าฝ้ายสำหรับตัดเสื้อ", Side.NEED)] == ["yarn", "fabric"]


@pytest.mark.parametrize("text", ["looking for a loom", "ต้องการกี่ทอผ้า", "need a sewing machine"])
def test_a_phrase_naming_only_a_machine_still_wants_the_machine(reader: PhraseReader, text: str) -> None:
    found = items(reader, text, Side.NEED)
    assert len(found) == 1 and reader.glossary.is_a(found[0].head, "machinery")


@pytest.mark.parametrize(
    ("text", "work", "material"),
    [
        ("we dye your cloth or yarn with natural indigo", "dyeing", "yarn"),
        ("we weave your yarn into cloth to order", "weaving", "yarn"),
        ("we sew your designs in small runs", "sewing", None),
        ("we print sublimation on your sportswear", "printing", "sublimation"),
        ("We embroider your logo on shirts and caps", "embroidery", "shirt"),
        ("We offer to dye your fabrics with natural dyes", "dyeing", "fabric"),
        ("we knit your yarn into scarves", "knitting", "yarn"),
        ("รับย้อมผ้าฝ้าย", "dyeing", "cotton"),
        ("รับเย็บเสื้อ", "sewing", "shirt"),
    ],
)
def test_a_verb_of_work_on_your_goods_offers_the_service(
    reader: PhraseReader, text: str, work: str, material: str | None
) -> None:
    found = items(reader, text, Side.OFFER)
    assert [(i.head, i.kind) for i in found] == [(work, ItemKind.SERVICE)]
    if material:
        assert material in attrs(found[0])


@pytest.mark.parametrize(
    ("text", "work", "goods"),
    [
        ("need someone to dye our yarn", "dyeing", "yarn"),
        ("looking for a workshop to sew our shirts", "sewing", "shirt"),
        ("need a tailor to make our uniforms", "sewing", "uniform"),
        ("looking for someone to print our t-shirts", "printing", "t_shirt"),
        ("need a factory to sew 500 polo shirts", "sewing", "polo_shirt"),
        ("need weavers to weave our silk", "weaving", "silk"),
        ("ต้องการผู้รับจ้างเย็บกระเป๋า", "sewing", "bag"),
        ("หาคนรับทอผ้าไหม", "weaving", "silk"),
        ("หาโรงงานรับเย็บเสื้อ", "sewing", "shirt"),
    ],
)
def test_a_need_for_someone_to_do_work_is_a_need_for_the_service(
    reader: PhraseReader, text: str, work: str, goods: str
) -> None:
    found = items(reader, text, Side.NEED)
    assert [(i.head, i.kind) for i in found] == [(work, ItemKind.SERVICE)]
    assert goods in attrs(found[0])


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("we knit cotton fabric", "fabric"),
        ("natural dyes for cotton", "dye"),
        ("organic cotton t-shirts for your brand", "t_shirt"),
        ("รับผลิตเสื้อฟุตบอลตามแบบ", "shirt"),
        ("We sew uniforms for hospitals", "uniform"),
        ("tote bags to carry your shopping", "tote_bag"),
    ],
)
def test_goods_without_work_done_for_others_stay_goods(reader: PhraseReader, text: str, head: str) -> None:
    found = items(reader, text, Side.OFFER)
    assert [(i.head, i.kind) for i in found] == [(head, ItemKind.GOODS)]


def test_training_to_learn_a_craft_stays_training(reader: PhraseReader) -> None:
    assert [i.kind for i in items(reader, "need training to dye with indigo", Side.NEED)] == [ItemKind.OTHER]


@pytest.mark.parametrize(
    ("text", "side", "head", "quality"),
    [
        ("เส้นด้ายฝ้ายเข็นมือ สีธรรมชาติ", Side.OFFER, "yarn", "natural"),
        ("ผ้าไหม สีย้อมธรรมชาติ", Side.OFFER, "fabric", "natural"),
        ("ต้องการเส้นไหม สีธรรมชาติ", Side.NEED, "yarn", "natural"),
        ("ผ้าฝ้าย สีคราม", Side.OFFER, "fabric", "indigo"),
        ("ผ้าซิ่นตีนจก สีธรรมชาติ", Side.OFFER, "sarong", "natural"),
        ("ผ้าฝ้าย สีย้อมจากเปลือกไม้", Side.OFFER, "fabric", "cotton"),
        ("silk yarn, natural colours", Side.OFFER, "yarn", "undyed"),
    ],
)
def test_a_colour_beside_goods_qualifies_them(
    reader: PhraseReader, text: str, side: Side, head: str, quality: str
) -> None:
    found = items(reader, text, side)
    assert [i.head for i in found] == [head]
    assert quality in attrs(found[0])
    assert "dye" not in attrs(found[0])


def test_a_bare_dye_beside_goods_is_listed_goods(reader: PhraseReader) -> None:
    assert [i.head for i in items(reader, "ผ้าฝ้าย สีย้อม", Side.OFFER)] == ["fabric", "dye"]


@pytest.mark.parametrize(
    "text", ["รับซื้อผ้าซิ่นเก่า งานเก่างานใหม่", "buying old and new hand-woven sarongs", "รับซื้อผ้าซิ่นเก่าทอมือ"]
)
def test_a_need_for_old_craft_pieces_wants_the_product(reader: PhraseReader, text: str) -> None:
    found = items(reader, text, Side.NEED)
    assert [i.head for i in found] == ["sarong"]
    assert "used" in attrs(found[0])


def test_old_and_new_pieces_of_a_named_cloth_want_the_cloth(reader: PhraseReader) -> None:
    assert [i.head for i in items(reader, "รับซื้อผ้าขาวม้าเก่า ผืนเก่าผืนใหม่", Side.NEED)] == ["pha_khao_ma"]


@pytest.mark.parametrize(
    "text",
    [
        "เสื้อผ้ามือสองสำหรับรีไซเคิล",
        "old t-shirts for recycling",
        "ผ้าซิ่นเก่าเพื่อนำไปรีไซเคิล",
        "buying used garments",
        "รับซื้อเสื้อยืดเก่า",
    ],
)
def test_old_clothing_for_recycling_is_post_consumer_textile(reader: PhraseReader, text: str) -> None:
    assert [i.head for i in items(reader, text, Side.NEED)] == ["used_clothing"]


@pytest.mark.parametrize(
    ("text", "side", "head", "material"),
    [
        # A main clause naming only a material: the material is the goods, the use only describes it.
        ("ต้องการใยกัญชงสำหรับปั่นด้าย", Side.NEED, "fibre", "hemp"),
        ("hemp for spinning into yarn", Side.NEED, "fibre", "hemp"),
        ("นุ่นสำหรับทำที่นอน", Side.NEED, "fibre", "kapok"),
        ("kapok for mattresses and cushions", Side.NEED, "fibre", "kapok"),
        ("ครามสดไว้ทำน้ำย้อม", Side.OFFER, "dye", "indigo"),
        ("fresh indigo leaves for dyeing cloth", Side.OFFER, "leaf", "indigo"),
    ],
)
def test_a_material_before_its_use_stays_the_goods(
    reader: PhraseReader, text: str, side: Side, head: str, material: str
) -> None:
    [item] = items(reader, text, side)
    assert item.head == head and material in attrs(item), item
    assert item.kind is ItemKind.GOODS


@pytest.mark.parametrize(
    ("text", "head", "source"),
    [
        ("white cocoons of local silkworm breeds", "cocoon", "silk"),
        ("offcuts of hemp canvas", "textile_waste", "hemp"),
        ("leaves of the pineapple plant", "leaf", "pineapple"),
    ],
)
def test_english_names_the_goods_before_of_and_their_source_after_it(
    reader: PhraseReader, text: str, head: str, source: str
) -> None:
    [item] = items(reader, text, Side.OFFER)
    assert item.head == head and source in attrs(item), item
