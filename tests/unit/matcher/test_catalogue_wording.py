"""Wording of catalogues, spec sheets and purchase specifications.

Work named before "on" or (for work for others, or work that makes nothing) before
"of" is done to the goods after it: "screen printing on tote bags", "commission
spinning of hemp, banana and pineapple fibres". Making before "of" still offers
what it makes ("cut-make-trim of team jerseys"). Official Thai writes its own
numerals (๑๒๐), which are numbers, not words; wash resistance (ทนการซัก) is a
quality, not laundry work; dye woods are sold as bark or wood chips. The sentences
are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Heat-transfer printing on caps, tote bags and aprons, up to 4 colours", "printing"),
        ("Commission spinning of hemp, kenaf and pineapple leaf fibres, Nm 8-20", "spinning"),
        ("Piece dyeing of greige twill and poplin on commission", "dyeing"),
        ("Screen printing on sports tees, up to 6 colours", "printing"),  # a quality between "on" and the goods
        ("Embroidery on kids school shirts", "embroidery"),
    ],
)
def test_work_before_on_or_of_is_done_to_the_goods_after_it(reader: PhraseReader, text: str, work: str) -> None:
    found = reader.read(text, Side.OFFER).items
    assert [i.head for i in found] == [work], found
    assert found[0].kind is ItemKind.SERVICE


def test_making_before_of_offers_what_it_makes(reader: PhraseReader) -> None:
    found = reader.read("Cut-make-trim of football jerseys and shorts, 200 pieces up", Side.OFFER).items
    assert any(i.kind is ItemKind.GOODS for i in found), found


def test_thai_numerals_are_numbers(reader: PhraseReader) -> None:
    thai = reader.read("จัดซื้อผ้าปูที่นอน ขนาด ๑๕๐ x ๒๕๐ ซม. จำนวน ๕๐๐ ผืน", Side.NEED).items
    arabic = reader.read("จัดซื้อผ้าปูที่นอน ขนาด 150 x 250 ซม. จำนวน 500 ผืน", Side.NEED).items
    assert thai == arabic


def test_wash_resistance_is_a_quality_not_laundry(reader: PhraseReader) -> None:
    found = reader.read("ผ้าอ้อมผู้ใหญ่แบบผ้า ทนการซักไม่น้อยกว่า 100 ครั้ง", Side.NEED).items
    assert [i.kind for i in found] == [ItemKind.GOODS], found


def test_dye_woods_sold_as_chips_are_dye_plants(reader: PhraseReader) -> None:
    found = reader.read("Sappan wood chips and mango bark chips, sun-dried, 10 kg sacks", Side.OFFER).items
    assert found and all(i.head == "dye" for i in found), found


@pytest.mark.parametrize(
    "text", ["looking for a spinning mill to spin our kenaf fibre", "หาโรงรับจ้างปั่นใยกล้วยของกลุ่มให้เป็นเส้นด้าย"]
)
def test_a_need_for_spinning_on_commission_wants_the_spinning(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert [i.head for i in found] == ["spinning"], found


@pytest.mark.parametrize(
    ("text", "side", "head", "kind"),
    [
        # rainwear is outerwear; chef wear and civil servants' dress are uniforms
        ("ขายเสื้อกันฝนผู้ใหญ่ ราคาส่ง", Side.OFFER, "raincoat", ItemKind.GOODS),
        ("Rain ponchos for festivals, printed", Side.OFFER, "raincoat", ItemKind.GOODS),
        ("ชุดเชฟ ผ้าโพลีคอตตอน", Side.OFFER, "uniform", ItemKind.GOODS),
        # a dye house's chemicals, and its colour matching, which is dyeing work
        ("Surfactants and coagulants for dye houses", Side.OFFER, "chemical", ItemKind.GOODS),
        ("Lab dips in 48 hours", Side.OFFER, "dyeing", ItemKind.SERVICE),
        ("รับทำแลปดิพ เทียบสีตามตัวอย่างลูกค้า", Side.OFFER, "dyeing", ItemKind.SERVICE),
        ("ฮีทเซ็ตผ้ายืด", Side.OFFER, "heat_setting", ItemKind.SERVICE),
        ("รับตีเกลียวด้ายฝ้าย", Side.OFFER, "spinning", ItemKind.SERVICE),
        ("Pre-washing of denim before sewing", Side.OFFER, "finishing", ItemKind.SERVICE),
        ("Used jiggers and jet dyeing machines for sale", Side.OFFER, "machinery", ItemKind.GOODS),
        ("หาเกลือย้อมผ้าราคาส่ง", Side.NEED, "chemical", ItemKind.GOODS),
        ("Need colour fastness testing for our scarves", Side.NEED, "testing", ItemKind.SERVICE),
        ("Effluent treatment for small dye houses", Side.OFFER, "waste_disposal", ItemKind.OTHER),
        # a mechanic, or installing machines, is machine work; a source of funds is finance
        ("รับติดตั้งเครื่องจักรทอผ้า", Side.OFFER, "repair", ItemKind.SERVICE),
        ("Knitting machine mechanic, call any time", Side.OFFER, "repair", ItemKind.SERVICE),
        ("Need a mechanic for our looms", Side.NEED, "repair", ItemKind.SERVICE),
        ("ต้องการแหล่งเงินทุนขยายโรงย้อม", Side.NEED, "finance", ItemKind.OTHER),
    ],
)
def test_trade_words_of_rainwear_dye_houses_and_mills(
    reader: PhraseReader, text: str, side: Side, head: str, kind: ItemKind
) -> None:
    found = reader.read(text, side).items
    assert found and found[0].head == head and found[0].kind is kind, found


def test_a_yarn_twisted_by_hand_is_sold_as_yarn(reader: PhraseReader) -> None:
    """"Twist" describes hand-spun yarn; it is not the commission twisting of a mill."""
    found = reader.read("Banana fibre yarn twist by hand", Side.OFFER).items
    assert [(i.head, i.kind) for i in found] == [("yarn", ItemKind.GOODS)], found


@pytest.mark.parametrize(
    ("text", "head", "quality"),
    [
        ("Cut resistant gloves A4 HPPE", "gloves", "cut_resistant"),
        ("ถุงมือกันบาด ระดับ 5", "gloves", "cut_resistant"),
        ("ESD smocks for electronics factories", "cleanroom_garment", "anti_static"),
        ("ชุดกันไฟฟ้าสถิต สำหรับโรงงานอิเล็กทรอนิกส์", "cleanroom_garment", "anti_static"),
    ],
)
def test_protective_qualities_describe_the_goods(reader: PhraseReader, text: str, head: str, quality: str) -> None:
    """"Cut resistant" is a quality of the gloves, not cutting work; ESD clothing is clothing."""
    found = reader.read(text, Side.OFFER).items
    assert [i.head for i in found] == [head] and quality in dict(found[0].attrs), found


@pytest.mark.parametrize(
    ("text", "work", "goods"),
    [
        ("Need a laundry partner for restaurant uniforms", "laundry", "uniform"),
        ("Looking for an embroidery partner for our caps", "embroidery", "cap"),
        ("Need a dyeing partner for our cotton fabric", "dyeing", "fabric"),
        ("Looking for a logistics partner for fabric rolls to Saraburi", "logistics", "fabric"),
    ],
)
def test_a_partner_named_by_its_work_is_wanted_for_the_work(
    reader: PhraseReader, text: str, work: str, goods: str
) -> None:
    """"<work> partner for <goods>" wants the work done to the goods, as "<work> for <goods>" does."""
    found = reader.read(text, Side.NEED).items
    assert [i.head for i in found] == [work] and goods in dict(found[0].attrs), found


def test_a_partner_for_goods_still_wants_the_goods(reader: PhraseReader) -> None:
    found = reader.read("Need a partner for our hemp bags", Side.NEED).items
    assert [i.head for i in found] == ["bag"], found


def test_thai_tearing_of_scraps_for_others_is_recycling_work(reader: PhraseReader) -> None:
    found = reader.read("รับฉีกเศษผ้าของลูกค้าเป็นใย คิด กก.ละ 8 บาท", Side.OFFER).items
    assert [(i.head, i.kind) for i in found] == [("recycling", ItemKind.SERVICE)], found
