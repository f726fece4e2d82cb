"""Words of hair and beauty salons, museums and textile conservators, read as the trade means it.

Human hair and ponytails are the goods wig makers buy, and wigs and hairpieces are goods of their own;
cutting capes are salon capes, not scarves; sheet masks, konjac and loofah are goods of their own;
cotton rounds are cotton pads; nail wipes are wipes, and "80 sheets per pack" counts wipes, it offers
no bed sheets; lash extensions and gel nails are beauty services. Acid-free tissue is paper, archival
boxes and rolling tubes are packaging; conservation and mounting are work on the customer's textiles;
fibre and dye analysis is testing; pattern scans and their licences are marketing; posters and art
prints are goods; silk "in the gum" is raw silk, not size; a weaving class is training, not tourism.
The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Remy hair bundles, 20 inch", Side.OFFER, ["human_hair"]),
        ("ผมจริงยาว 18 นิ้ว สำหรับทำวิก", Side.NEED, ["human_hair"]),
        ("Medical wigs for patients after chemotherapy", Side.OFFER, ["wig"]),
        ("วิกผมสังเคราะห์ ทรงบ็อบ", Side.OFFER, ["wig"]),
        ("Black barber capes with snap neck", Side.NEED, ["salon_cape"]),
        ("เสื้อคลุมตัดผมเด็ก กันน้ำ", Side.OFFER, ["salon_cape"]),
        ("Blank sheet masks in cupro", Side.NEED, ["sheet_mask"]),
        ("ฟองน้ำบุกล้างหน้า", Side.OFFER, ["konjac"]),
        ("Dried loofah, whole gourds", Side.OFFER, ["loofah"]),
        ("Washable cotton rounds in a pouch", Side.OFFER, ["bandage"]),
        ("Gel nails and lash lifts, walk-in", Side.OFFER, ["beauty_service", "beauty_service"]),
        ("Acid-free tissue, 20 gsm, unbuffered", Side.OFFER, ["paper"]),
        ("กล่องปลอดกรดสำหรับเก็บผ้าไหมเก่า", Side.NEED, ["packaging"]),
        ("Conservation of a 19th-century silk banner", Side.NEED, ["conservation"]),
        ("รับขึงผ้าโบราณบนแผงสำหรับจัดแสดง", Side.OFFER, ["mounting"]),
        ("FTIR fibre identification for museums", Side.OFFER, ["testing"]),
        ("Posters of old Lanna textile patterns", Side.OFFER, ["art_print"]),
        ("ครูสอนทอผ้าให้นักเรียนมัธยม", Side.NEED, ["training"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_sheets_counted_in_a_pack_are_no_bed_sheets(reader: PhraseReader) -> None:
    assert [item.head for item in reader.read("Nail wipes, 200 sheets per box", Side.OFFER).items] == ["wipes"]


def test_silk_in_the_gum_is_raw_silk_yarn(reader: PhraseReader) -> None:
    (item,) = reader.read("Hand-reeled silk in the gum, 1 kg", Side.OFFER).items
    assert item.head == "yarn"
    assert "raw" in dict(item.attrs)


def test_a_need_for_ponytails_finds_the_hair_collector_before_the_wig_shop() -> None:
    buyer = sme("wigmaker", stage="midstream", needs=("Virgin ponytails, 14 inch and up",))
    hair = sme("salon", stage="downstream", language="th", offers=("ผมบริจาค มัดหางม้า ยาว 16 นิ้ว",))
    wigs = sme("wigs", stage="downstream", offers=("Ready-made wigs, synthetic fibre",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, hair, wigs]).suppliers_of("wigmaker"))
    assert found and found[0] == "salon", found
