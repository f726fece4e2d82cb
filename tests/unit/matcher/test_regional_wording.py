"""Northern, Isan and trade wording: local names of cloth, tools and forms of sale read as the goods they are,
so an offer and a need written in different words or languages for the same thing still meet."""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex, Profile
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from shared.glossary.tokens import is_thai
from tests.unit.matcher.factories import sme, supplier_ids

# (phrase, the goods it names, attributes it must carry)
READINGS = [
    # material in a form: hand-spun, hand-spliced and reeled fibre is yarn, not raw fibre
    ("handspun cotton", "yarn", {"cotton", "handspun"}),
    ("ฝ้ายเข็นมือ", "yarn", {"cotton", "handspun"}),
    ("hemp thread spliced by hand", "yarn", {"hemp", "handspliced"}),
    ("เส้นกัญชงต่อมือ", "yarn", {"hemp", "handspliced"}),
    ("degummed silk", "yarn", {"silk", "degummed"}),
    ("ไหมฟอกกาว", "yarn", {"silk", "degummed"}),
    ("reeled silk", "yarn", {"silk"}),
    ("ไหมหลืบ", "yarn", {"silk"}),
    ("ฝ้ายย้อมคราม", "yarn", {"cotton", "indigo"}),
    ("รังไหมพันธุ์พื้นบ้าน", "cocoon", {"silk", "native"}),
    ("ฝ้ายโรงงาน 20/2 สีขาว", "yarn", {"cotton", "open_end"}),
    ("เสื้อ rash guard แขนยาว กันยูวี", "swimwear", {"uv_protection"}),  # `เสื้อ` (a top) before a kind of clothing
    ("เสื้อแจ็คเก็ตผ้าฝ้าย", "jacket", {"cotton"}),
    ("overlock machines, used", "sewing_machine", {"used"}),
    # a yarn count names yarn when nothing else names the goods; it is never a quality to match on
    ("TC 65/35 Ne 32/1", "yarn", {"blend"}),
    ("combed cotton Ne 30/1", "yarn", {"cotton", "open_end"}),
    ("ด้ายคอมบ์ 32/1", "yarn", {"open_end"}),
    ("กกตากแห้ง มัดละ 1 กก.", "stem", {"sedge"}),
    ("Machine-woven hemp/cotton 55/45, 150 cm wide", "fabric", {"hemp", "cotton", "machine_woven"}),
    # the south: `สาด` a mat, `ตุดง` a hijab, rubber thread an elastic
    ("สาดปาหนัน ลายดอก 1x2 ม.", "mat", {"pandan"}),
    ("ตุดงสวมสำเร็จ ผ้ายืด", "scarf", {"stretch"}),
    ("natural rubber thread, count 30-42", "elastic", set()),
    ("Industrial textile shredder, 1 t/h", "fibre_machine", set()),
    # sportswear trade words: warp knits, race bibs (not aprons), lanyards
    ("tricot, warp knit", "fabric", {"knitting"}),
    ("Tyvek race bibs", "race_bib", set()),
    ("waterproof breathable 3L", "fabric", {"waterproof", "breathable"}),  # performance qualities alone: cloth
    ("quick dry, wicking, 150 gsm", "fabric", {"quick_dry", "wicking"}),
    ("บิบวิ่ง พร้อมชิปจับเวลา", "race_bib", set()),
    ("สายคล้องคอพิมพ์ลาย", "elastic", {"printing"}),
    ("ผ้าป่านวอยล์ขาว เนื้อบาง", "muslin", {"lightweight"}),
    ("poly/nylon 80/20 microfibre yarn", "yarn", {"polyester", "nylon"}),  # a slash between names: "and"
    ("จักรโพ้ง 4 เส้น มือสอง", "sewing_machine", set()),
    # fibre spun by hand is yarn; fibre ready to be spun is still fibre
    ("เส้นใยกัญชงเข็นเป็นเส้นแล้ว ม้วนละ 200 กรัม", "yarn", {"hemp", "handspun"}),
    ("hemp fibre, hand spun, natural", "yarn", {"hemp", "handspun"}),
    ("เปลือกกัญชงลอกมือ พร้อมนำไปเข็น", "fibre", {"hemp"}),  # factory cotton is machine-spun yarn
    ("สาดกกทอมือ 2x1 ม.", "mat", {"sedge", "handwoven"}),  # `สาด`: the northern and Isan word for a mat
    # cloths, patterns and the garments made of them
    ("ผ้าซิ่นตีนจก", "sarong", {"supplementary_weft"}),
    ("teen jok sarong", "sarong", {"supplementary_weft"}),
    ("ผ้าซิ่นมัดหมี่", "sarong", {"tie_dye"}),
    ("ตีนซิ่น", "sarong_part", set()),
    ("ผ้ามัดหมี่", "ikat_fabric", {"tie_dye"}),
    ("ผ้าลายน้ำไหล", "fabric", {"traditional_pattern"}),
    ("ผ้าทอกี่เอว", "fabric", {"handwoven"}),
    ("backstrap loom woven cloth", "fabric", {"handwoven"}),
    ("ผ้าย้อมโคลน", "fabric", {"mud", "dyeing"}),
    ("ผ้าขะม้า", "pha_khao_ma", {"cotton"}),
    ("หมอนขิด", "pillow", {"supplementary_weft"}),
    ("axe pillows", "pillow", set()),
    ("เสื่อกระจูด", "mat", {"sedge"}),
    ("จีวร", "monk_robe", set()),
    ("ถุงน่องเส้นเลือดขอด", "compression_garment", {"compression", "medical"}),
    ("moisture wicking knit", "fabric", {"knitting", "wicking"}),
    ("indigo dyed cotton", "fabric", {"cotton", "indigo", "dyeing"}),
    ("hemp batik", "fabric", {"hemp", "batik"}),
    ("ผ้าไหมยกดอก", "brocade", {"silk", "supplementary_weft"}),  # as ผ้ายกดอก is
    ("ย่ามผ้าฝ้าย", "shoulder_bag", {"cotton"}),
    ("ถุงเท้ากันลื่น", "socks", {"non_slip"}),
    ("diabetic socks", "socks", {"patient"}),
    ("เชือกกล้วย", "cordage", {"banana"}),
    ("ผ้าพื้น", "fabric", {"plain"}),
    ("ผ้าซิ่นน้ำไหล", "sarong", {"traditional_pattern"}),
    ("khadi", "fabric", {"handspun", "handwoven"}),
    ("ผ้าไมโคร", "fabric", {"polyester", "performance"}),
    # dyes and waste
    ("ห้อมเปียก", "dye", {"indigo"}),
    ("ผลมะเกลือ", "dye", {"dye_plant"}),
    ("เศษริมผ้า", "textile_waste", set()),
    ("rPET flakes", "plastic_feedstock", {"pet", "recycled"}),
    ("Sappan wood dye chips", "dye", {"dye_plant"}),
    # trade names written in Thai script, and goods whose English name holds another concept's word
    ("ป่านรามี่", "fibre", {"jute"}),
    ("แผ่นเมลท์โบลนกรองฝุ่น", "nonwoven_fabric", set()),
    ("ผ้าอินเตอร์ล็อค", "jersey_fabric", set()),
    ("ท็อปเปอร์ยางพารา", "mattress", {"rubber"}),
    ("เสื้อคลุมผู้ป่วยผูกหลัง", "patient_gown", set()),
    ("ชุดพละ", "garment", {"sport", "child"}),
    ("Selvedge denim 13.5 oz", "denim", set()),
    ("Reusable surgical drapes", "medical_textile", {"reusable"}),
    ("เปลือกปอสาแห้ง", "fibre", {"mulberry", "bast"}),
    ("mulberry bark, stripped", "fibre", {"mulberry", "bast"}),
    ("นุ่นคัดเมล็ดแล้ว อัดก้อน", "fibre", {"kapok", "deseeded"}),
    ("ด้ายปลายกรวย", "textile_waste", {"yarn"}),
    ("ด้ายพอลิเอสเตอร์รีไซเคิล 75D", "yarn", {"polyester", "recycled"}),
    ("ผ้า SMS สำหรับชุดกาวน์", "nonwoven_fabric", set()),
    ("ผ้ายืดพาวเวอร์เน็ต", "mesh", {"stretch"}),
    ("หมอนรองตะแคง", "pressure_cushion", set()),
    ("ผ้าสาลู ผ้ามัสลิน", "muslin", set()),
    ("เสื้อจราจร ปักชื่อหน่วยงาน", "jacket", {"reflective"}),
    ("ผ้าห่อตัวเด็ก", "blanket", {"baby"}),
    ("power loom", "loom", {"machine_woven"}),
    ("ใบตะกอ", "heddle", set()),
    ("สายกระเป๋าผ้าเว็บบิ้ง", "webbing", set()),
    ("mat mee cotton, 2 m pieces", "ikat_fabric", {"cotton", "tie_dye"}),
    ("Thai herbal compress balls, 200 g", "compress", {"herb"}),
    ("จ่อไม้ไผ่ สำหรับเลี้ยงไหม", "sericulture_tool", set()),
    ("floss silk for rustic weaving", "yarn", {"silk"}),
]


@pytest.mark.parametrize(("text", "head", "attrs"), READINGS)
def test_regional_and_trade_words_name_the_goods(reader: PhraseReader, text: str, head: str, attrs: set[str]) -> None:
    [item] = reader.read(text, Side.OFFER).items
    assert item.head == head
    assert item.kind is ItemKind.GOODS
    assert attrs <= {concept for concept, _ in item.attrs}


@pytest.mark.parametrize(
    "text", ["ต้องการอะไหล่กี่ทอผ้า", "ต้องการฟืมและกระสวย", "need loom parts", "looking for a backstrap loom", "ไนปั่นฝ้าย"]
)
def test_looms_their_parts_and_spinning_tools_are_machinery(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert found and all(reader.glossary.is_a(item.head, "machinery") for item in found)


@pytest.mark.parametrize(
    ("text", "head", "material"),
    [
        ("ด้ายฝ้าย 20 ไจ", "yarn", "cotton"),
        ("ผ้าไหม 2 พับ", "fabric", "silk"),
        ("hemp yarn, 50 hanks", "yarn", "hemp"),
        ("silk fabric, 10 bolts", "fabric", "silk"),
        ("ห้อมเปียก 10 กิโล ราคา 300 บาท", "dye", "indigo"),
        ("cotton cones", "yarn", "cotton"),
    ],
)
def test_units_and_forms_of_sale_are_never_the_goods(reader: PhraseReader, text: str, head: str, material: str) -> None:
    [item] = reader.read(text, Side.OFFER).items
    assert item.head == head
    assert material in {concept for concept, _ in item.attrs}
    assert not item.words


@pytest.mark.parametrize("text", ["ผ้าไหมประดิษฐ์", "artificial silk fabric", "ผ้าไหมอิตาลี"])
def test_artificial_silk_is_not_silk(reader: PhraseReader, text: str) -> None:
    [item] = reader.read(text, Side.OFFER).items
    assert item.head == "fabric"
    assert "silk" not in {concept for concept, _ in item.attrs}


def fitted(*profiles: Profile) -> MatchIndex:
    return MatchIndex(k=5).fit(profiles)


def language(text: str) -> str:
    return "th" if is_thai(text) else "en"


# (need of a buyer, offer of the right supplier, offer of a supplier of something else in the same trade)
PAIRS = [
    ("ต้องการฝ้ายเข็นมือ", "hand-spun cotton yarn", "raw cotton bolls"),
    ("need hand-spliced hemp thread", "เส้นกัญชงต่อมือ", "ใยกัญชง"),
    ("looking for degummed silk yarn", "ไหมฟอกกาว", "รังไหมพันธุ์พื้นบ้าน"),
    ("ต้องการอะไหล่กี่ทอผ้า ฟืม กระสวย", "loom spare parts, shuttles and heddles", "handwoven cotton fabric"),
    ("wet indigo paste", "ห้อมเปียก", "ผ้าหม้อห้อม"),
    ("ต้องการผ้าซิ่นตีนจก", "teen jok sarongs", "handwoven cotton shirts"),
    ("need compression stockings for care homes", "ถุงน่องทางการแพทย์", "ผ้าอ้อมผู้ใหญ่"),
    ("monk robes", "ผ้าไตรจีวร", "ผ้าฝ้ายทอมือ"),
    ("ต้องการย่ามผ้าฝ้าย", "cotton shoulder bags", "cotton tote bags"),
    ("non-slip socks for the elderly", "ถุงเท้ากันลื่นผู้สูงอายุ", "ถุงเท้ากีฬา"),
]


@pytest.mark.parametrize(("need", "offer", "other"), PAIRS)
def test_a_need_finds_the_offer_written_in_other_words(need: str, offer: str, other: str) -> None:
    buyer = sme("buyer", stage="downstream", needs=(need,), language=language(need))
    right = sme("right", stage="upstream", offers=(offer,), language=language(offer))
    wrong = sme("other", stage="upstream", offers=(other,), language=language(other))
    index = fitted(buyer, right, wrong)
    assert supplier_ids(index.suppliers_of("buyer"))[:1] == ["right"]
    assert "buyer" in {m.buyer_id for m in index.buyers_of("right")}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("cotton sarongs dyed with makluea", "dye_plant"),
        ("mor hom shirts dyed with kram", "indigo"),
        ("pha mai mudmee from Chaiyaphum", "silk"),
        ("tin chok borders for tube skirts", "khit_jok"),
    ],
)
def test_thai_cloth_and_dye_names_written_in_latin_letters(text: str, concept: str) -> None:
    reader = PhraseReader()
    found = reader.read(text, Side.OFFER).items
    assert concept in {c for i in found for c, _ in i.attrs} | {i.head for i in found}, found


def test_juti_knit_for_school_sportswear_is_jersey(reader: PhraseReader) -> None:
    # `จุติ`, `จูติ`: the trade name of the polyester and TC knit school sportswear is cut from
    assert [i.head for i in reader.read("ผ้าจูติ สีกรม สำหรับชุดพละ", Side.NEED).items] == ["jersey_fabric"]


def test_a_yarn_count_is_never_a_quality_to_match_on(reader: PhraseReader) -> None:
    [cloth] = reader.read("sheeting fabric, Ne 40 x Ne 40", Side.OFFER).items
    assert cloth.head == "fabric"
    assert "yarn_count" not in {concept for concept, _ in cloth.attrs}


@pytest.mark.parametrize("text", ["ถุงหูรูดผ้าดิบใบเล็ก ใส่ของชำร่วย", "กระเป๋าผ้าใบเดียวในโลก ทำมือ"])
def test_the_classifier_of_bags_is_no_leaf(reader: PhraseReader, text: str) -> None:
    items = reader.read(text, Side.OFFER).items
    assert items and all(i.head != "leaf" and "leaf" not in dict(i.attrs) for i in items), items


def test_leaves_named_by_their_plant_are_still_leaves(reader: PhraseReader) -> None:
    [item] = reader.read("ใบหม่อนสด 100 กก.", Side.OFFER).items
    assert item.head == "leaf" and "mulberry" in dict(item.attrs), item
