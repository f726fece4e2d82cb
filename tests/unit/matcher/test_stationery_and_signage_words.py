"""Words of paper makers, binders, sign shops and event suppliers, read as the trade means it.

Notebooks, journals, albums and greeting cards are stationery, whatever cloth covers them; binding a
book and making paper are work of their own; furoshiki are wrapping cloths and a glasses case is a
pouch. Roll-up and pull-up stands and flagpoles are display stands (a pull-up stand is no diaper),
inflatable arches are inflatables, gazebos are tents, flags, banners and bunting (ธงราว) are flags
(a kind of decor, apart from lamps and wall hangings), organising a run is an event service; "70 x 50 cm
sheets" of paper are its size, not bed sheets. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Hemp-covered notebooks, A5, 120 pages", Side.OFFER, ["stationery"]),
        ("สมุดโน้ตปกผ้าไหม ทำมือ", Side.OFFER, ["stationery"]),
        ("Greeting cards with a strip of handwoven silk", Side.OFFER, ["stationery"]),
        ("Cotton rag paper for etching, 250 gsm", Side.NEED, ["paper"]),
        ("Furoshiki cloths in indigo cotton", Side.OFFER, ["wrapping_cloth"]),
        ("ซองใส่แว่นตา ผ้าฝ้ายทอมือ", Side.NEED, ["glasses_case"]),
        ("Roll-up banner stands, 85 x 200 cm", Side.OFFER, ["display_stand"]),
        ("Pull-up display stands with our artwork", Side.NEED, ["display_stand"]),
        ("เสาธงอลูมิเนียม พร้อมฐานน้ำ", Side.OFFER, ["display_stand"]),
        ("Inflatable arches for race starts", Side.OFFER, ["inflatable"]),
        ("Pop-up gazebos with printed side walls", Side.OFFER, ["tent"]),
        ("ธงราวหลากสี สำหรับงานวัด", Side.NEED, ["bunting"]),
        ("13 oz frontlit flex rolls", Side.NEED, ["pvc"]),
        ("Kozo paper, 60 x 90 cm sheets, 40 gsm", Side.OFFER, ["paper"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Thesis binding with cloth covers, 3-day service", "bookbinding"),
        ("รับเข้าเล่มสันกาว งานด่วน", "bookbinding"),
        ("Papermaking from your own denim offcuts", "papermaking"),
        ("Organising school fun runs, timing included", "event_service"),
    ],
)
def test_the_work_is_offered(reader: PhraseReader, text: str, work: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == work
    assert item.kind is not ItemKind.GOODS


def test_a_need_for_cloth_covered_journals_finds_the_journal_maker_before_the_weaver() -> None:
    buyer = sme("giftshop", stage="downstream", needs=("Journals covered in handwoven cotton",))
    journals = sme("journals", stage="downstream", language="th", offers=("สมุดบันทึกปกผ้าฝ้ายทอมือ",))
    weaver = sme("weaver", stage="midstream", offers=("Handwoven cotton cloth, 90 cm",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, journals, weaver]).suppliers_of("giftshop"))
    assert found and found[0] == "journals", found


def test_a_need_for_bunting_finds_the_flag_maker_before_the_lamp_maker() -> None:
    buyer = sme("fair", stage="downstream", needs=("Bunting for the school fair",))
    flags = sme("flags", stage="downstream", language="th", offers=("ธงราว ธงสามเหลี่ยม ผ้าร่ม",))
    lamps = sme("lamps", stage="downstream", offers=("Fabric lampshades and wall hangings",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, flags, lamps]).suppliers_of("fair"))
    assert found and found[0] == "flags", found
