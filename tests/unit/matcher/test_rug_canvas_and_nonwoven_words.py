"""Words of denim makers, rug makers, art-supply shops and nonwoven mills, read as the trade means it.

Pull-on and selvedge jeans are denim trousers; rugs and carpets (พรม) are a kind of mat, apart from
sedge mats (เสื่อ); tatami are mats and zafu cushions; tufting guns are machinery. Paintings are art
prints, stretched canvases (เฟรมผ้าใบ) a kind of canvas, easels, gesso and fabric markers art
supplies, pine battens (ไม้ระแนง) timber. SPB is spunbond; toe puffs are shoe parts. The sentences
are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Pull-on jeans with an elastic waist, sizes S-3XL", Side.OFFER, ["trousers"]),
        ("Raw selvedge jeans, 14 oz", Side.NEED, ["trousers"]),
        ("Hand-knotted wool rugs, 2 x 3 m", Side.OFFER, ["rug"]),
        ("พรมทัฟติ้งโลโก้ร้าน ขนาด 1 เมตร", Side.NEED, ["rug"]),
        ("เสื่อกกลายดอก 2 เมตร", Side.NEED, ["mat"]),
        ("Tufting guns with cut and loop pile", Side.OFFER, ["machinery"]),
        ("tatami mats for the judo club", Side.NEED, ["mat"]),
        ("Zafu cushions in hemp, buckwheat filled", Side.OFFER, ["cushion"]),
        ("Oil paintings of rice fields, framed", Side.OFFER, ["art_print"]),
        ("เฟรมวาดรูปผ้าใบ ขึงพร้อมวาด", Side.OFFER, ["stretched_canvas"]),
        ("wooden easels for the art room", Side.NEED, ["art_supply"]),
        ("Gesso primer, 1 litre tubs", Side.OFFER, ["art_supply"]),
        ("ไม้ระแนงสนสำหรับทำเฟรม", Side.OFFER, ["timber"]),
        ("SPB 40 gsm white, jumbo rolls", Side.OFFER, ["nonwoven_fabric"]),
        ("Toe puffs for school shoes", Side.NEED, ["shoe_upper"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_selvedge_jeans_are_denim_not_waste(reader: PhraseReader) -> None:
    (item,) = reader.read("Raw selvedge jeans, 14 oz", Side.NEED).items
    assert "denim" in dict(item.attrs)
    assert "textile_waste" not in dict(item.attrs)


def test_rugs_and_stretched_canvases_keep_their_parents(reader: PhraseReader) -> None:
    assert reader.glossary.is_a("rug", "mat")
    assert reader.glossary.is_a("stretched_canvas", "canvas")


def test_a_need_for_tufted_rugs_finds_the_rug_maker_before_the_sedge_mat_weaver() -> None:
    buyer = sme("hotel", stage="downstream", needs=("Tufted rugs with our logo for the lobby",))
    rugs = sme("rugs", stage="downstream", language="th", offers=("พรมทัฟติ้ง สั่งทำตามแบบ",))
    mats = sme("mats", stage="downstream", offers=("Handwoven sedge mats, 2 x 3 m",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, rugs, mats]).suppliers_of("hotel"))
    assert found and found[0] == "rugs", found
