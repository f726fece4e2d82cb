"""Where the goods stand in sentences about how they are made.

Thai says what work yields with a verb and "เป็น" or "จนได้" ("ตีเป็นเส้นใย": beaten
into fibre) and writes a verb with the goods it makes as one word ("ปั่นด้าย"):
after "รับ" that word is the work offered, on its own it is the goods. English names
the machine the goods were made on ("woven on shuttle looms"), the making before the
material ("circular-knit polyester"), and the uses after "used for" as a list with
commas. A verb of selling after "and" starts goods of its own even when only a
material names them ("… and sell the dried bast"). The sentences are new: they are
not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


def heads(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> list[str]:
    return [i.head for i in reader.read(text, side).items]


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("เอาเศษผ้ายีนส์มาตีเป็นเส้นใยใหม่ ขายให้โรงปั่น", "fibre"),
        ("ต้มรังไหมแล้วสาวจนได้เส้นไหมดิบ", "yarn"),
        ("นำเสื้อผ้าเก่ามาตีเป็นใยยัดหมอน", "fibre"),
    ],
)
def test_thai_work_that_yields_goods_offers_what_it_yields(reader: PhraseReader, text: str, made: str) -> None:
    found = heads(reader, text)
    assert made in found, found
    assert not {"denim", "used_clothing", "cocoon", "textile_waste"} & set(found), found


@pytest.mark.parametrize(
    ("text", "work"),
    [("รับปั่นด้ายตามสั่ง", "spinning"), ("รับทอผ้าไหมตามลาย", "weaving"), ("โรงทอผ้าของเรารับทอตามแบบ", "weaving")],
)
def test_a_thai_verb_written_with_its_goods_after_a_service_word_is_the_work(
    reader: PhraseReader, text: str, work: str
) -> None:
    items = reader.read(text, Side.OFFER).items
    assert [(i.head, i.kind) for i in items] == [(work, ItemKind.SERVICE)]


def test_the_same_word_without_a_service_word_is_the_goods(reader: PhraseReader) -> None:
    items = reader.read("ปั่นด้ายคอตตอนขายส่ง", Side.OFFER).items
    assert [(i.head, i.kind) for i in items] == [("yarn", ItemKind.GOODS)]
    assert dict(items[0].attrs).get("cotton") == 1.0


def test_contract_sewing_is_the_sewing(reader: PhraseReader) -> None:
    items = reader.read("รับจ้างตัดเย็บชุดนักเรียน", Side.OFFER).items
    assert [(i.head, i.kind) for i in items] == [("sewing", ItemKind.SERVICE)]


def test_the_machine_goods_were_made_on_is_not_what_is_sold(reader: PhraseReader) -> None:
    items = reader.read("Cotton canvas woven on shuttle looms, 150 cm", Side.OFFER).items
    assert [i.head for i in items] == ["canvas"]
    assert not any(reader.glossary.is_a(concept, "machinery") for concept in dict(items[0].attrs))
    assert set(heads(reader, "We sell second-hand looms and spare parts")) == {"loom", "machinery"}


@pytest.mark.parametrize(
    "text",
    ["Circular-knit recycled polyester in rolls", "Warp knit nylon, 180 cm, sold by the kilo"],
)
def test_english_making_before_a_material_names_cloth_of_it(reader: PhraseReader, text: str) -> None:
    items = reader.read(text, Side.OFFER).items
    assert [(i.head, i.kind) for i in items] == [("fabric", ItemKind.GOODS)]


@pytest.mark.parametrize("text", ["Nylon FDY for swimwear fabric", "Recycled polyester DTY, 150D"])
def test_filament_and_textured_yarn_codes_are_yarn(reader: PhraseReader, text: str) -> None:
    assert heads(reader, text)[:1] == ["yarn"]


def test_uses_listed_with_commas_are_uses(reader: PhraseReader) -> None:
    items = reader.read("Bamboo terry, 180 cm, used for bath towels, bathrobes and spa slippers", Side.OFFER).items
    assert [i.head for i in items] == ["terry"]
    assert {"towel", "bathrobe"} <= set(dict(items[0].attrs))


def test_a_material_after_its_own_verb_of_selling_is_goods(reader: PhraseReader) -> None:
    items = reader.read("We harvest the stalks by hand and sell the dried bast", Side.OFFER).items
    fibre = [i for i in items if i.head == "fibre"]
    assert fibre and dict(fibre[0].attrs).get("bast") == 1.0


@pytest.mark.parametrize(
    ("text", "head"),
    [("Hand-woven sarong cloth from Nan", "sarong"), ("Hand-woven flags and banners for temple fairs", "flag")],
)
def test_cloth_and_banners_named_in_english(reader: PhraseReader, text: str, head: str) -> None:
    assert set(heads(reader, text)) == {head}


def test_dipping_in_a_dye_is_dyeing(reader: PhraseReader) -> None:
    items = reader.read("We dip your scarves in natural indigo", Side.OFFER).items
    assert [(i.head, i.kind) for i in items] == [("dyeing", ItemKind.SERVICE)]


@pytest.mark.parametrize(
    ("text", "made"),
    [("นำเศษไม้ไผ่มาเหลา ขัด เป็นกระดุม", "button"), ("นำผ้าขาวม้าเก่ามาซัก ตัด เป็นกระเป๋าใส่เหรียญ", "pouch")],
)
def test_what_is_brought_and_worked_becomes_the_goods(reader: PhraseReader, text: str, made: str) -> None:
    """ "นำ X มา <work>, <work> เป็น Y": the Y is sold; X is what it is made of."""
    assert heads(reader, text)[:1] == [made]


def test_cloth_for_cutting_into_shirts_is_still_cloth(reader: PhraseReader) -> None:
    assert heads(reader, "ผ้าฝ้ายสำหรับตัดเป็นเสื้อ") == ["fabric"]


@pytest.mark.parametrize(
    "text", ["Hemp cloth that we can cut aprons from", "Sturdy canvas we could sew tote bags from, 100 m"]
)
def test_goods_we_can_make_things_from_are_the_goods_wanted(reader: PhraseReader, text: str) -> None:
    found = heads(reader, text, Side.NEED)
    assert found and found[0] in {"fabric", "canvas"} and "apron" not in found and "tote_bag" not in found, found


@pytest.mark.parametrize(
    "text", ["Nylon filament yarn, 70D, for hosiery", "Polyester textured yarn, solution-dyed black"]
)
def test_yarn_named_with_its_filament_kind_stays_the_goods(reader: PhraseReader, text: str) -> None:
    assert heads(reader, text, Side.NEED)[:1] == ["yarn"]


def test_a_thai_machine_named_by_its_work_is_machinery(reader: PhraseReader) -> None:
    assert heads(reader, "อยากได้เครื่องสกรีนมือสองสภาพดี", Side.NEED)[:1] == ["printing_machine"]


def test_spun_by_machine_and_delivered_to_mills_is_still_the_yarn(reader: PhraseReader) -> None:
    found = reader.read("ด้ายฝ้ายเบอร์ 20 ปั่นด้วยเครื่อง ส่งโรงทอผ้าเช็ดตัว", Side.OFFER).items
    assert [i.head for i in found] == ["yarn"], found


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("Poly pique 180gsm, white", Side.OFFER, "fabric"),
        ("4-way stretch nylon for yoga pants", Side.OFFER, "fabric"),
        ("Nylon taffeta for rain jackets", Side.OFFER, "fabric"),
        ("need sublimation for 500 jerseys", Side.NEED, "printing"),
        ("retired hospital gowns, 2 t a year", Side.OFFER, "used_clothing"),
        ("กางเกงผ้าอ้อมผู้ใหญ่แบบซักได้", Side.NEED, "diaper"),
    ],
)
def test_listing_shorthand(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    """Units after a number (180gsm), stretch named by its ways, a technique alone, 'retired' linen."""
    assert heads(reader, text, side)[:1] == [head]


def test_contract_work_is_work_for_others(reader: PhraseReader) -> None:
    items = reader.read("contract sewing of scrubs and gowns", Side.OFFER).items
    assert [(i.head, i.kind) for i in items] == [("sewing", ItemKind.SERVICE)]


def test_isan_and_northern_negation(reader: PhraseReader) -> None:
    found = reader.read("ผ้าฝ้ายทอมือ บ่ได้ย้อม", Side.OFFER).items
    assert [i.head for i in found] == ["fabric"] and "dyeing" not in dict(found[0].attrs)


def test_design_and_make_shares_its_goods(reader: PhraseReader) -> None:
    assert heads(reader, "ออกแบบและผลิตกระเป๋าผ้าฝ้าย") == ["bag"]
