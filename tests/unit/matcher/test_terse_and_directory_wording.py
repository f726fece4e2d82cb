"""Wording of intake answers and exhibitor directories: terse noun lists and catalogue blurbs.

English names work after the goods it is done to ("uniform sewing", "sportswear
CMT"): that is the work on offer, not the goods. Thai names a machine before what
it works ("เครื่องขูดใยกล้วย", a banana-fibre scraper): the machine is wanted. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import Intent, ItemKind, PhraseReader, Side


def _heads(reader: PhraseReader, text: str, side: Side) -> list[tuple[str, ItemKind]]:
    return [(item.head, item.kind) for item in reader.read(text, side).items]


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("school uniform sewing, 12 lines, MOQ 200", "sewing"),
        ("sportswear CMT with flatlock machines", "sewing"),
        ("hemp yarn spinning for small lots", "spinning"),
        ("cushion cover weaving, small lots", "weaving"),
    ],
)
def test_work_named_after_its_goods_is_the_work(reader: PhraseReader, text: str, work: str) -> None:
    assert _heads(reader, text, Side.OFFER)[0] == (work, ItemKind.SERVICE)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("sewing uniforms for schools", "uniform"),
        ("knitted cotton jersey fabric", "jersey_fabric"),
    ],
)
def test_goods_named_last_stay_the_goods(reader: PhraseReader, text: str, goods: str) -> None:
    assert _heads(reader, text, Side.OFFER)[0][0] == goods


@pytest.mark.parametrize(
    "text",
    ["เครื่องขูดใยกล้วยขนาดเล็ก", "เครื่องลอกเปลือกกัญชง ใช้ในหมู่บ้าน", "จักรเย็บผ้าอุตสาหกรรมมือสอง"],
)
def test_thai_names_a_machine_before_what_it_works(reader: PhraseReader, text: str) -> None:
    assert reader.glossary.is_a(_heads(reader, text, Side.NEED)[0][0], "machinery")


def test_goods_made_on_a_machine_are_still_the_goods(reader: PhraseReader) -> None:
    assert _heads(reader, "ผ้าฝ้ายทอด้วยกี่กระตุก หน้ากว้าง 1 เมตร", Side.OFFER)[0][0] == "fabric"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("a knitter for sample runs of our yarn", "knitting"),
        ("เงินทุนหมุนเวียนช่วงหน้าแล้ง", "finance"),
        ("working capital for a new loom shed", "finance"),
        ("คนช่วยทำเพจ ยิงแอด ขายของออนไลน์", "marketing"),
    ],
)
def test_everyday_names_of_work_money_and_selling(reader: PhraseReader, text: str, head: str) -> None:
    assert _heads(reader, text, Side.NEED)[0][0] == head


def test_machines_named_after_wanted_work_describe_the_work(reader: PhraseReader) -> None:
    assert _heads(reader, "ที่รับเย็บชุดวิ่ง จักรโพ้ง จักรลา", Side.NEED) == [("sewing", ItemKind.SERVICE)]


def test_machines_a_verb_of_wanting_names_are_wanted(reader: PhraseReader) -> None:
    heads = [head for head, _ in _heads(reader, "รับเย็บผ้าม่าน และต้องการจักรโพ้ง 2 ตัว", Side.NEED)]
    assert any(reader.glossary.is_a(head, "machinery") for head in heads)


@pytest.mark.parametrize("text", ["ปลอกหมอนคอตตอน 100% 300 เส้นด้าย", "pillow cases, 300 thread count cotton"])
def test_a_thread_count_names_no_yarn(reader: PhraseReader, text: str) -> None:
    items = reader.read(text, Side.OFFER).items
    assert items and all(item.head != "yarn" and "yarn" not in dict(item.attrs) for item in items)


@pytest.mark.parametrize(("text", "head"), [("hotel bath towels, 550 gsm", "towel"), ("ผ้าขนหนูเช็ดตัว 500 แกรม", "towel")])
def test_a_weight_per_square_metre_keeps_finished_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert _heads(reader, text, Side.NEED)[0][0] == head


@pytest.mark.parametrize("text", ["spunlace rolls 50 gsm for wet wipes", "ผ้าสปันเลซ วิสคอส ม้วนจัมโบ้"])
def test_spunlace_is_a_nonwoven_cloth(reader: PhraseReader, text: str) -> None:
    assert _heads(reader, text, Side.OFFER)[0][0] == "nonwoven_fabric"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("deadstock fabric rolls from cancelled orders, sold by the roll", Side.OFFER),
        ("รับซื้อผ้าสต๊อก ผ้าม้วนค้างโกดัง", Side.NEED),
        ("surplus poplin from an export order", Side.OFFER),
    ],
)
def test_deadstock_is_unused_cloth_not_waste(reader: PhraseReader, text: str, side: Side) -> None:
    item = reader.read(text, side).items[0]
    assert item.head in {"fabric", "poplin"} and "surplus" in dict(item.attrs)


def test_factory_waste_is_still_waste(reader: PhraseReader) -> None:
    assert _heads(reader, "pre-consumer cotton fabric waste from cutting rooms", Side.OFFER)[0][0] == "textile_waste"


@pytest.mark.parametrize("text", ["ร้านรับฝากขาย แถวเชียงใหม่", "a consignment shop near the old town"])
def test_a_consignment_shop_wanted_is_a_shop(reader: PhraseReader, text: str) -> None:
    assert _heads(reader, text, Side.NEED)[0][0] == "retail_platform"


@pytest.mark.parametrize(
    "text", ["Distributors wanted for our hemp yarn in Japan", "Stockists wanted for banana-fibre bags"]
)
def test_customers_wanted_for_goods_is_a_market_need(reader: PhraseReader, text: str) -> None:
    assert reader.read(text, Side.NEED).intent is Intent.MARKET


def test_a_later_verb_of_wanting_still_wants_goods(reader: PhraseReader) -> None:
    reading = reader.read("A hotel customer asked for organic towels, we need cotton yarn", Side.NEED)
    assert reading.intent is Intent.INPUT and "yarn" in [item.head for item in reading.items]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("ชุดผ้าปูที่นอน ผ้าฝ้าย 100%", "bed_sheet"),
        ("ชุดผ้าขนหนูโรงแรม", "towel"),
    ],
)
def test_a_thai_set_of_household_goods_is_those_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert _heads(reader, text, Side.OFFER)[0][0] == head


@pytest.mark.parametrize("text", ["ชุดผ้าไหม", "ชุดกีฬาผ้าระบายเหงื่อ"])
def test_a_thai_outfit_of_a_cloth_is_still_clothing(reader: PhraseReader, text: str) -> None:
    assert reader.glossary.is_a(_heads(reader, text, Side.OFFER)[0][0], "garment")


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Handwoven cotton fabric, weaving on our own looms", "weaving"),
        ("embroidery on computerised machines", "embroidery"),
    ],
)
def test_work_on_machines_is_the_work_not_the_machines(reader: PhraseReader, text: str, work: str) -> None:
    heads = _heads(reader, text, Side.OFFER)
    assert (work, ItemKind.SERVICE) in heads
    assert not any(reader.glossary.is_a(head, "machinery") for head, _ in heads)


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("หาโรงงานรับทำฟินิชชิ่งกันยับ", "finishing"),
        ("รับค้นเครือหูก", "weaving"),
    ],
)
def test_work_named_by_a_thai_loanword_or_its_first_step(reader: PhraseReader, text: str, work: str) -> None:
    assert _heads(reader, text, Side.NEED if text.startswith("หา") else Side.OFFER) == [(work, ItemKind.SERVICE)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Fibre decorticator for banana stems and pineapple leaves", Side.OFFER),
        ("Need sock knitting machine", Side.NEED),
    ],
)
def test_english_names_a_machine_last_after_what_it_works(reader: PhraseReader, text: str, side: Side) -> None:
    [(head, _)] = _heads(reader, text, side)
    assert reader.glossary.is_a(head, "machinery")


def test_goods_woven_on_named_machines_are_still_the_goods(reader: PhraseReader) -> None:
    assert [head for head, _ in _heads(reader, "sheeting woven on air-jet looms", Side.OFFER)] == ["fabric"]


@pytest.mark.parametrize(
    "text", ["Testing for OEKO-TEX renewal", "Need GRS certification support", "ต้องการที่ปรึกษาขอ GOTS"]
)
def test_a_certification_that_testing_or_advice_is_about_is_not_demanded(reader: PhraseReader, text: str) -> None:
    assert reader.read(text, Side.NEED).certifications == frozenset()


def test_a_certification_demanded_of_goods_still_is(reader: PhraseReader) -> None:
    assert reader.read("GOTS certified organic cotton yarn", Side.NEED).certifications == {"GOTS"}


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("3D spacer mesh fabric", Side.NEED, "mesh"),
        ("ผ้า SMS สำหรับชุดกาวน์", Side.OFFER, "nonwoven_fabric"),
        ("SMS nonwoven rolls, 35 gsm", Side.NEED, "nonwoven_fabric"),
        ("Elastic cord for ear loops", Side.NEED, "elastic"),
    ],
)
def test_a_kind_named_beside_its_class_is_the_goods(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert [found for found, _ in _heads(reader, text, side)] == [head]


def test_a_material_after_a_comma_adds_no_goods(reader: PhraseReader) -> None:
    assert [head for head, _ in _heads(reader, "Disposable isolation gowns, SMS", Side.OFFER)] == ["surgical_gown"]


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("รับเก็บขนเศษผ้าจากโรงงาน", Side.OFFER, "sorting"),
        ("หาผู้รับเศษผ้าไปกำจัดหรือรีไซเคิล", Side.NEED, "waste_disposal"),
        ("Waste removal contractor with disposal certificates", Side.NEED, "waste_disposal"),
        ("รับหมักโคลนผ้าของลูกค้า", Side.OFFER, "dyeing"),
    ],
)
def test_waste_removal_and_mud_work_are_services(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert _heads(reader, text, side)[0][0] == head


def test_described_workers_to_do_work_want_the_work(reader: PhraseReader) -> None:
    found = _heads(reader, "Handloom weavers to weave our yarn on commission", Side.NEED)
    assert found == [("weaving", ItemKind.SERVICE)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("คนช่วยถ่ายรูปผ้าไหมและเปิดร้านออนไลน์ให้", "photography"),
        ("หาคนไลฟ์ขายผ้าไหมในติ๊กต็อก", "marketing"),
        ("Weaving trainers for new producer groups", "training"),
        ("ช่างซ่อมจักรเย็บอุตสาหกรรม มาดูถึงโรงงาน", "repair"),
        ("ไม้เท้า รถเข็น อุปกรณ์ช่วยเดิน", "mobility_aid"),
        ("ฝ้ายโรงงานเบอร์ 32 สีขาว", "yarn"),
        ("อยากได้แผ่นสไลด์ย้ายผู้ป่วยจากเตียงไปรถเข็น", "transfer_sheet"),
        ("อยากกู้เงินซื้อเครื่องจักร", "finance"),
    ],
)
def test_a_need_names_the_service_or_goods_wanted_not_the_goods_around_it(
    reader: PhraseReader, text: str, head: str
) -> None:
    assert _heads(reader, text, Side.NEED)[0][0] == head


def test_the_machines_a_repair_is_done_to_describe_it(reader: PhraseReader) -> None:
    [item] = reader.read("Sewing machine repair technicians on call", Side.NEED).items
    assert item.head == "repair" and "sewing_machine" in dict(item.attrs)


@pytest.mark.parametrize(
    ("text", "side", "head", "kind"),
    [
        ("รับเขียนบาติกบนเสื้อ", Side.OFFER, "dyeing", ItemKind.SERVICE),
        ("Levelling and wetting agents", Side.NEED, "chemical", ItemKind.GOODS),
        ("Training tracksuits", Side.NEED, "garment", ItemKind.GOODS),
        ("เยื่อฟลัฟฟ์ (fluff pulp) และผง SAP", Side.NEED, "absorbent_core", ItemKind.GOODS),
        ("ถุงแก้ว OPP ใส่เสื้อผ้า", Side.OFFER, "packaging", ItemKind.GOODS),
    ],
)
def test_trade_supplies_and_work_read_as_themselves(
    reader: PhraseReader, text: str, side: Side, head: str, kind: ItemKind
) -> None:
    assert _heads(reader, text, side)[0] == (head, kind)


def test_thai_work_listed_after_work_for_others_is_work_for_others_too(reader: PhraseReader) -> None:
    found = _heads(reader, "รับย้อม ฟอกขาว ผ้าฝ้าย ผ้าโพลี ตามสั่ง", Side.OFFER)
    assert found == [("dyeing", ItemKind.SERVICE), ("bleaching", ItemKind.SERVICE)]


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("รับจ้างคัดแยกเสื้อผ้าเก่าตามชนิดเส้นใย", Side.OFFER, "sorting"),
        ("Natural dye house to dye our fabric (we supply greige)", Side.NEED, "dyeing"),
        ("Chitosan from shrimp shells", Side.NEED, "antimicrobial_agent"),
    ],
)
def test_trade_services_and_agents(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert _heads(reader, text, side)[0][0] == head


@pytest.mark.parametrize("text", ["ผ้าขี้ริ้ว ตัดเป็นชิ้น", "Cotton wiping rags, cut, 10 kg bag"])
def test_wiping_rags_are_their_own_kind_of_waste(reader: PhraseReader, text: str) -> None:
    [(head, _)] = _heads(reader, text, Side.OFFER)
    assert head == "wiping_rag" and reader.glossary.is_a(head, "textile_waste")


@pytest.mark.parametrize("text", ["ถุงกระดาษรีไซเคิล หูเชือก กระดาษได้ FSC", "กระปุก PP ฝาเกลียว 250-1000 กรัม"])
def test_the_parts_of_packaging_describe_it(reader: PhraseReader, text: str) -> None:
    assert [head for head, _ in _heads(reader, text, Side.OFFER)] == ["packaging"]


@pytest.mark.parametrize(
    "text",
    ["หาสโมสรฟุตบอลสั่งเสื้อทีม", "หาบ้านพักคนชราที่สนใจผ้าอ้อมผ้า", "Looking for care homes that need washable underpads"],
)
def test_customers_named_by_what_they_are_make_a_market_need(reader: PhraseReader, text: str) -> None:
    assert reader.read(text, Side.NEED).intent is Intent.MARKET


@pytest.mark.parametrize("text", ["ต้องการสั่งผ้าฝ้าย 100 เมตร", "โรงพยาบาลต้องการชุดผู้ป่วย"])
def test_ordering_goods_is_still_a_need_for_them(reader: PhraseReader, text: str) -> None:
    assert reader.read(text, Side.NEED).intent is Intent.INPUT


@pytest.mark.parametrize(("text", "head"), [("นุ่นยัดหมอน แยกเมล็ดแล้ว", "fibre"), ("หมอนขิดสามเหลี่ยม ยัดนุ่น", "pillow")])
def test_thai_stuffing_names_what_it_fills_as_a_use(reader: PhraseReader, text: str, head: str) -> None:
    assert _heads(reader, text, Side.NEED)[0][0] == head


def test_a_fibre_boiled_in_ash_and_ready_to_spin_is_still_the_fibre(reader: PhraseReader) -> None:
    assert [h for h, _ in _heads(reader, "ใยกัญชงลอกมือ ต้มขี้เถ้าแล้ว พร้อมเข็น", Side.OFFER)] == ["fibre"]


def test_a_lab_that_tests_for_azo_dyes_sells_no_dyes(reader: PhraseReader) -> None:
    found = _heads(reader, "Lab tests: colourfastness, pilling, tensile, pH, azo dyes; ISO 17025 lab", Side.OFFER)
    assert {head for head, _ in found} == {"testing"}
