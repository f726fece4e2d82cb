"""Words of glove makers, textile printers and sock mills, read as the trade means it.

Oven mitts and pot holders (ผ้าจับหม้อ) are a kind of glove apart from work gloves; latex dipping and
palm coating (จุ่มยาง) are coating work; hand formers are machinery; refurbished goods are used goods,
and ถุงมือเก่า is used gloves, not a bag. Plastisol, discharge paste and photo emulsion (สีจม, สีลอย,
น้ำยาอัดบล็อก) are printing inks and supplies; curing dryers and carved printing blocks are printing
machinery. Sock boarding (รีดถุงเท้า) is finishing, toe closing (เย็บปิดหัว) sewing, ถุงตีน socks. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Quilted oven mitts in batik cotton", Side.OFFER, ["oven_mitt"]),
        ("ผ้าจับหม้อลายผ้าขาวม้า 100 ชิ้น", Side.NEED, ["oven_mitt"]),
        ("Ceramic hand formers for a dipping line", Side.NEED, ["machinery"]),
        ("Cut level 5 gloves for the glass line", Side.NEED, ["gloves"]),
        ("ถุงมือเก่า คัดแล้ว ขายยกกระสอบ", Side.OFFER, ["textile_waste"]),
        ("Water-based discharge paste, 20 kg", Side.OFFER, ["ink"]),
        ("น้ำยาอัดบล็อกสกรีน ขวดละลิตร", Side.NEED, ["screen_emulsion"]),
        ("Flash dryer for a small screen shop", Side.NEED, ["print_dryer"]),
        ("Carved teak printing blocks, paisley motifs", Side.OFFER, ["printing_machine"]),
        ("ถุงตีนไหมพรมถักมือ", Side.OFFER, ["socks"]),
        ("Toe trimmings from our sock floor, 2 t a month", Side.OFFER, ["textile_waste"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Nitrile palm coating on your knitted liners", "coating"),
        ("รับจุ่มยางถุงมือผ้าของลูกค้า", "coating"),
        ("Sock boarding and pressing for your nylon socks", "finishing"),
        ("รับเย็บปิดหัวถุงเท้า ราคาโรงงาน", "sewing"),
    ],
)
def test_work_for_others_is_a_service(reader: PhraseReader, text: str, head: str) -> None:
    item = reader.read(text, Side.OFFER).items[0]
    assert item.head == head
    assert item.kind.name != "GOODS"


def test_refurbished_goods_are_used(reader: PhraseReader) -> None:
    (item,) = reader.read("Refurbished sewing machines, serviced", Side.OFFER).items
    assert "used" in dict(item.attrs)


def test_oven_mitts_stay_gloves_for_a_broad_need(reader: PhraseReader) -> None:
    assert reader.glossary.is_a("oven_mitt", "gloves")


def test_a_need_for_pot_holders_finds_the_mitt_maker_before_the_work_glove_mill() -> None:
    buyer = sme("cafe", stage="downstream", needs=("Pot holders for the kitchen, 40 pcs",))
    mitts = sme("mitts", stage="downstream", language="th", offers=("ถุงมือจับของร้อน ผ้าฝ้ายทอมือ",))
    work = sme("work", stage="downstream", offers=("Knitted cotton work gloves, 7 gauge",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, mitts, work]).suppliers_of("cafe"))
    assert found and found[0] == "mitts", found
