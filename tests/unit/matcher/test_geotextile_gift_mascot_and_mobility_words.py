"""Words of erosion-control suppliers, gift wrappers, mascot makers and mobility-aid shops.

Coir and jute erosion blankets and nets (ตาข่ายใยมะพร้าว) are erosion mats, weed mats (ผ้ากันหญ้า)
ground covers, silt fences (รั้วกันตะกอน) goods of their own; coir pots are pots and cocopeat a
growing medium; geobags are sacks; hessian is cloth. Wrapping gifts in cloth (ห่อของขวัญด้วยผ้า) is
work. A mascot suit is a costume, not a toy; cleaning one is laundry work; cooling packs and little
fans (พัดลมจิ๋ว) are goods of their own, not hand fans; minky is plush cloth. A wheelchair is a
mobility aid and a slide sheet (แผ่นเลื่อนย้ายผู้ป่วย) a transfer sheet, not a hammock. The sentences
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
        ("coir pots for tree seedlings, 500 pcs", Side.NEED, ["plant_pot"]),
        ("Coir erosion control blankets, 2 x 25 m rolls", Side.OFFER, ["erosion_mat"]),
        ("ตาข่ายใยมะพร้าว คลุมลาดดิน", Side.NEED, ["erosion_mat"]),
        ("ผ้ากันหญ้า สีดำ หน้ากว้าง 1.5 เมตร", Side.OFFER, ["ground_cover"]),
        ("silt fence for a road job, 300 m", Side.NEED, ["silt_fence"]),
        ("Geobags filled on site, 1 tonne", Side.OFFER, ["sack"]),
        ("Hessian cloth by the roll", Side.NEED, ["fabric"]),
        ("Cocopeat blocks, low EC", Side.OFFER, ["growing_medium"]),
        ("Tiger mascot suit with cooling fan", Side.OFFER, ["mascot_costume"]),
        ("แพ็คเจลเย็นสำหรับเสื้อกั๊กระบายความร้อน", Side.OFFER, ["cooling_pack"]),
        ("พัดลมจิ๋วติดในหัวมาสคอต", Side.NEED, ["electric_fan"]),
        ("Minky plush in 30 colours", Side.OFFER, ["plush_fabric"]),
        ("แผ่นเลื่อนย้ายผู้ป่วยจากเตียงไปเปล", Side.NEED, ["transfer_sheet"]),
        ("Folding steel wheelchairs with armrests", Side.OFFER, ["mobility_aid"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("รับห่อของขวัญด้วยผ้า งานแต่ง งานประชุม", Side.OFFER, "gift_wrapping"),
        ("mascot costume cleaning before the fair", Side.NEED, "laundry"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert item.head == head
    assert item.kind.name == "SERVICE"


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("erosion_mat", "fabric") and g.is_a("plush_fabric", "fleece")
    assert g.is_a("electric_fan", "machinery") and not g.is_a("electric_fan", "hand_fan")


def test_a_road_contractor_needing_erosion_netting_finds_the_coir_weaver_before_the_doormat_maker() -> None:
    road = sme("road", stage="downstream", needs=("coir erosion netting for cut slopes",))
    coir = sme("coir", stage="midstream", language="th", offers=("ตาข่ายใยมะพร้าวทอมือ ม้วน 1x50 เมตร",))
    mats = sme("mats", stage="downstream", offers=("Coir doormats with printed logos",))
    found = supplier_ids(MatchIndex(k=10).fit([road, coir, mats]).suppliers_of("road"))
    assert found and found[0] == "coir", found
