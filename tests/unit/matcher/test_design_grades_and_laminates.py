"""Design wanted for goods, grades written with a number, and sheets laminated with cloth.

A need that names design before the goods it is for ("ออกแบบบรรจุภัณฑ์", "design
of our packaging") wants a designer, not the packaging; an offer of "ออกแบบกระเป๋า"
still sells bags. "Class II" on compression stockings and "grade A" on used
clothing rank the goods: they are not a class that teaches. A material named
before the work done to it, with nothing else naming goods ("neoprene laminated
with nylon jersey"), is the goods sold, not lamination offered. English goods
listed before work named last are worked on ("yarn and fabric dyeing"); an order
counted "per design" offers no design; the width of the cloth (`หน้าผ้า`) is no
cloth. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    "need",
    ["ออกแบบบรรจุภัณฑ์ให้ดูทันสมัย", "ออกแบบกระเป๋าคอลเลกชันใหม่", "design of our gift packaging", "designing a new bag range"],
)
def test_design_named_before_goods_wants_the_designer(reader: PhraseReader, need: str) -> None:
    [item] = reader.read(need, Side.NEED).items
    assert item.head == "design"


def test_goods_with_their_design_after_them_are_still_goods(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("กระเป๋าหนังดีไซน์ทันสมัย", Side.NEED).items] == ["bag"]
    assert [i.head for i in reader.read("ออกแบบและผลิตกระเป๋าหนัง", Side.OFFER).items] == ["bag"]


def test_a_packaging_need_ranks_the_designer_before_the_box_maker() -> None:
    group = sme("group", stage="upstream", language="th", needs=("ออกแบบแพ็กเกจสินค้าใหม่",))
    studio = sme("studio", stage="downstream", offers=("Label and packaging design for small brands",))
    boxes = sme("boxes", stage="upstream", language="th", offers=("กล่องกระดาษคราฟท์ พิมพ์โลโก้",))
    index = MatchIndex(k=10).fit([group, studio, boxes])
    assert supplier_ids(index.suppliers_of("group"))[0] == "studio"


@pytest.mark.parametrize(
    "offer",
    ["knee-high compression stockings, class 2", "Compression socks Class I-II", "Used T-shirts grade A/B, 45 kg"],
)
def test_a_numbered_class_or_grade_is_no_training(reader: PhraseReader, offer: str) -> None:
    heads = {i.head for i in reader.read(offer, Side.OFFER).items}
    assert heads and "training" not in heads
    assert {i.head for i in reader.read("a sewing class for our members", Side.NEED).items} == {"training"}


def test_a_fibre_grade_names_no_second_goods(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("clear PET flakes, fibre grade", Side.NEED).items] == ["plastic_feedstock"]


@pytest.mark.parametrize(
    ("offer", "head"),
    [("neoprene laminated with polyester jersey", "neoprene"), ("natural rubber sheet coated with cloth", "rubber")],
)
def test_a_material_before_its_finish_is_the_goods(reader: PhraseReader, offer: str, head: str) -> None:
    [item] = reader.read(offer, Side.OFFER).items
    assert item.head == head
    assert item.kind.value == "goods"


def test_neoprene_cloth_finds_the_neoprene_sheet_maker_in_either_language() -> None:
    brace_maker = sme("braces", stage="downstream", language="th", needs=("แผ่นนีโอพรีน หนา 4 มม.",))
    sheets = sme("sheets", stage="midstream", offers=("Neoprene sheet bonded with nylon knit, 2-4 mm",))
    coater = sme("coater", stage="midstream", offers=("PU coating and lamination of customers' fabric",))
    index = MatchIndex(k=10).fit([brace_maker, sheets, coater])
    assert supplier_ids(index.suppliers_of("braces"))[0] == "sheets"


@pytest.mark.parametrize(
    ("text", "head", "worked_on"),
    [
        ("yarn and fabric dyeing", "dyeing", {"yarn", "fabric"}),
        ("Textile and pattern design for weaving groups", "design", {"fabric"}),
        ("bags and garment printing, small lots", "printing", {"bag", "garment"}),
    ],
)
def test_goods_listed_before_work_named_last_are_worked_on(
    reader: PhraseReader, text: str, head: str, worked_on: set[str]
) -> None:
    [item] = reader.read(text, Side.OFFER).items
    assert item.head == head
    assert worked_on <= {concept for concept, _ in item.attrs}


@pytest.mark.parametrize("text", ["OEM sock knitting, MOQ 1,200 pairs/design", "sock knitting, 300 pcs per style"])
def test_an_order_counted_per_design_offers_no_design(reader: PhraseReader, text: str) -> None:
    assert [i.head for i in reader.read(text, Side.OFFER).items] == ["knitting"]
    assert {i.head for i in reader.read("textile/design studio", Side.OFFER).items} == {"fabric", "design"}


def test_the_width_of_the_cloth_is_no_cloth_on_offer(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("ฟืมทอผ้า สั่งทำตามขนาดหน้าผ้า", Side.OFFER).items] == ["loom_reed"]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("รับเผาขน เมอร์เซอไรซ์", "finishing"),
        ("sanforizing and peach finish on customer fabric", "finishing"),
        ("เขียน tech pack สเปคชีท", "pattern_making"),
        ("size grading S to 5XL", "pattern_making"),
        ("รับงานเจาะรังดุม", "sewing"),
        ("สเตนเตอร์ 8 ช่อง มือสอง", "machinery"),
        ("invoice factoring for SMEs", "finance"),
        ("จดเครื่องหมายการค้า จดบริษัท", "consulting"),
        ("จับคู่ธุรกิจ หาผู้ซื้อต่างประเทศ", "marketing"),
        ("สุ่มตรวจ AQL ก่อนส่งของ", "testing"),
    ],
)
def test_trade_services_read_as_the_work_they_are(reader: PhraseReader, text: str, head: str) -> None:
    assert head in [i.head for i in reader.read(text, Side.OFFER).items]


def test_news_of_a_trade_fair_is_no_marketing_on_offer(reader: PhraseReader) -> None:
    found = reader.read("เดือนหน้าเราจะไปออกบูธงานแสดงสินค้า ส่วนของที่พร้อมส่งคือผ้าฝ้ายทอมือย้อมคราม", Side.OFFER)
    assert "fabric" in [i.head for i in found.items]
