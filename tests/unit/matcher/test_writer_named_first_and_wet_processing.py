"""Needs that name their writer first, and the vocabulary of dye houses, printers and recyclers.

A shop, a spa or workers writing what they want often name themselves first:
`ร้านผ้าหาผ้าลินินพิมพ์ลาย`, "gift shop needs batik sarongs", `ช่างเย็บหาจักรโพ้ง`.
What is wanted is the goods after the verb, not the shop; so in a Thai
question for who has them (`ร้านไหนมีผ้าฝ้ายบ้างคะ`). Likewise English
goods "by" the people who made them ("shawls by Phu Tai weavers") offer the
goods, not the weavers. Goods followed by a verb of wanting customers
("our hemp scarves need buyers", `ผ้าฝ้ายทอมือ หาตลาดส่งออก`) want customers for
the writer's own goods. Dye-house chemicals
(soda ash, acetic acid, fixing agents, pumice for stone washes), dye classes
(sulphur, acid, direct dyes), screen-printing frames, insulation made from
waste, laundry bags, photos and catalogues, Thai `ยีนส์` (jeans) and `รถขน` (a truck to haul)
are goods or services of their own; garment washes (acid, snow, ozone),
whiskering and tinting are finishing, composting is waste disposal, LCL
consolidation is logistics; "transport of" and "disposal of" goods want the
service, done to those goods. The sentences are new: they are not taken
from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import Intent, ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("ร้านผ้าหาผ้าลินินพิมพ์ลาย ม้วนละ 30 หลา", "fabric"),
        ("ร้านออนไลน์ต้องการกระเป๋าผ้าฝ้ายทอมือ", "bag"),
        ("gift shop needs batik sarongs, 50 pcs a month", "sarong"),
        ("our online shop wants organic cotton baby blankets", "blanket"),
        ("สปาต้องการผ้าขนหนูฝ้าย 200 ผืน", "towel"),
        ("ช่างทอต้องการเส้นไหมย้อมคราม", "yarn"),
    ],
)
def test_a_need_that_names_its_writer_first_wants_the_goods_after_the_verb(
    reader: PhraseReader, text: str, head: str
) -> None:
    assert kinds_and_heads(reader, text, Side.NEED) == [(ItemKind.GOODS, head)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Praewa silk shawls by Phu Tai weavers, Kalasin", "scarf"),
        ("indigo shirts sewn by village tailors", "shirt"),
        ("lotus fibre scarves, handmade by local farmers", "scarf"),
        ("cotton table runners woven by our weaving group", "table_runner"),
    ],
)
def test_goods_by_the_people_who_made_them_offer_the_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text) == [(ItemKind.GOODS, head)]


def test_by_before_a_measure_or_a_material_is_left_alone(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "hemp fabric sold by the metre") == [(ItemKind.GOODS, "fabric")]
    dyed = reader.read("scarves dyed by natural indigo", Side.OFFER).items
    assert [i.head for i in dyed] == ["scarf"] and "indigo" in dict(dyed[0].attrs)  # the dye stays


@pytest.mark.parametrize(
    "text",
    [
        "ต้องการร้านค้าออนไลน์ช่วยขายผ้าไหม",  # the shop is what is wanted: it comes after the verb
        "looking for a shop to stock our scarves",
    ],
)
def test_a_shop_named_after_the_verb_is_still_what_is_wanted(reader: PhraseReader, text: str) -> None:
    assert (ItemKind.OTHER, "retail_platform") in kinds_and_heads(reader, text, Side.NEED)


@pytest.mark.parametrize(
    ("text", "kind", "head"),
    [
        ("ร้านไหนมีผ้าฝ้ายสีพื้นขายเป็นม้วนบ้างคะ", ItemKind.GOODS, "fabric"),
        ("มีที่ไหนขายกระดุมกะลาบ้างครับ", ItemKind.GOODS, "button"),
        ("ใครมีเศษผ้าไหมให้ทดลองเย็บบ้าง", ItemKind.GOODS, "textile_waste"),
        ("ร้านไหนรับปักชื่อบนเสื้อบ้างคะ", ItemKind.SERVICE, "embroidery"),
    ],
)
def test_a_thai_question_for_who_has_goods_wants_the_goods(
    reader: PhraseReader, text: str, kind: ItemKind, head: str
) -> None:
    assert kinds_and_heads(reader, text, Side.NEED)[0] == (kind, head)


def test_italian_silk_is_shiny_polyester_in_both_languages(reader: PhraseReader) -> None:
    for text in ("Italian silk for dance costumes, 40 colours", "ผ้าไหมอิตาลีสีสด ตัดชุดรำ", "ผ้าเงาไหมอิตาลีเป็นม้วน"):
        items = reader.read(text, Side.OFFER).items
        assert items[0].head == "fabric" and "polyester" in dict(items[0].attrs), text


def test_a_shop_named_before_a_verb_with_no_goods_after_it_is_kept(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "fabric shop wanted in Khon Kaen", Side.NEED)[0] == (
        ItemKind.OTHER,
        "retail_platform",
    )


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("soda ash, 25 kg bags, delivered to your dye house", "chemical"),
        ("โซเดียมซัลเฟต ราคาส่ง", "chemical"),
        ("กรดอะซิติก ปรับ pH หลังฟอก ถังละ 30 ลิตร", "chemical"),
        ("dye fixing agent for reactive dark shades", "chemical"),
        ("pumice stones for stone washing, 3 cm", "chemical"),
        ("sulphur black for denim warp dyeing", "dye"),
        ("สีแอซิดสำหรับย้อมไหมและขนสัตว์", "dye"),
        ("direct dyes for paper and cotton", "dye"),
        ("กรอบสกรีนไม้ ขึงบล็อกพร้อมใช้", "screen_frame"),
        ("insulation batts from shredded cotton waste", "insulation"),
        ("laundry bags in spunbond, hotel logo printed", "bag"),
        ("ผ้าเย็นสำหรับร้านอาหาร ผืนเล็ก", "towel"),  # the restaurant's cold towel, not a cooling cloth
        ("cold towels for restaurants, rolled and wrapped", "towel"),
        ("adult wet wipes, Halal certified", "wipes"),
        ("ทิชชู่เปียกสำหรับผู้ป่วยติดเตียง", "wipes"),
        ("gait belts with padded handles for carers", "mobility_aid"),
        ("เข็มขัดพยุงตัวผู้สูงอายุ", "mobility_aid"),
        ("ชุดเจ้าสาวสั่งตัดผ้าไหม", "dress"),
        ("compression base layers for rugby players", "garment"),
        ("deadstock wovens, 5-10 m per design", "fabric"),  # woven cloth, as knits are knitted cloth
        ("แผ่นฉนวนกันความร้อนจากเศษผ้ายีนส์", "insulation"),
        ("ยีนส์ผู้ชาย ทรงกระบอก ขายส่ง", "trousers"),
        ("ยีนส์มือสองคัดเกรด ขายเป็นกระสอบ", "used_clothing"),
    ],
)
def test_wet_processing_supplies_and_goods_made_from_waste_are_goods(
    reader: PhraseReader, text: str, head: str
) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, head)


@pytest.mark.parametrize(
    ("text", "kind", "head"),
    [
        ("calendering of cotton sheeting, glazed finish", ItemKind.SERVICE, "finishing"),
        ("bio-polishing for cotton knits", ItemKind.SERVICE, "finishing"),
        ("invisible reweaving of moth holes in wool coats", ItemKind.SERVICE, "repair"),
        ("หารถขนเศษผ้าไปโรงงานรีไซเคิล ทุกเดือน", ItemKind.OTHER, "logistics"),
        ("รถกระบะมือสอง ไว้วิ่งส่งผ้า", ItemKind.OTHER, "logistics"),
        ("need photos and a catalogue for our new scarves", ItemKind.OTHER, "marketing"),
        ("acid wash and snow wash on denim jackets", ItemKind.SERVICE, "finishing"),
        ("whiskering and tinting for jeans brands", ItemKind.SERVICE, "finishing"),
        ("composting service for cotton offcuts", ItemKind.OTHER, "waste_disposal"),
        ("need transport of fabric rolls to Bangkok every week", ItemKind.OTHER, "logistics"),
        ("need disposal of textile waste with documents", ItemKind.OTHER, "waste_disposal"),
        ("LCL consolidation to Japan for handwoven textiles", ItemKind.OTHER, "logistics"),
    ],
)
def test_finishing_mending_hauling_and_photography_are_services(
    reader: PhraseReader, text: str, kind: ItemKind, head: str
) -> None:
    assert kinds_and_heads(reader, text, Side.NEED)[0] == (kind, head)


@pytest.mark.parametrize(
    "text",
    [
        "our hemp scarves need buyers in Bangkok",
        "ผ้าฝ้ายทอมือ หาตลาดส่งออก",
        "กลุ่มทอผ้าไหมแพรวา อยากได้ตลาดรับซื้อประจำ",
    ],
)
def test_goods_then_a_verb_of_wanting_customers_wants_customers_for_the_goods(reader: PhraseReader, text: str) -> None:
    assert reader.read(text, Side.NEED).intent is Intent.MARKET  # the goods are the writer's, not wanted


def test_goods_wanted_for_a_market_are_still_wanted(reader: PhraseReader) -> None:
    assert reader.read("hemp fabric wanted for our export market", Side.NEED).intent is Intent.INPUT
