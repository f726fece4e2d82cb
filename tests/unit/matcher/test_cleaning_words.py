"""Words of cleaning companies and their suppliers, read as the trade means it.

Mops and mop heads are mops, a kind of cleaning tool, not rags cut from waste; brooms (ไม้กวาด),
scouring pads and mop buckets are cleaning tools; a cleaning crew offers a service; floor cleaner,
dish soap and laundry powder are chemicals; thermal disinfection of cloths is laundry work; a
chamois is a drying towel; bias binding is tape. The sentences are new: they are not taken from any
labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Looped cotton mop heads, 450 g", Side.OFFER, ["mop"]),
        ("หัวม็อบไมโครไฟเบอร์ สำหรับโรงแรม", Side.NEED, ["mop"]),
        ("ไม้กวาดทางมะพร้าว ด้ามยาว", Side.OFFER, ["cleaning_tool"]),
        ("Scouring pads for the hotel kitchen", Side.NEED, ["cleaning_tool"]),
        ("Pine-scented floor cleaner, concentrated", Side.OFFER, ["chemical"]),
        ("น้ำยาล้างจาน แกลลอน 3.8 ลิตร", Side.NEED, ["chemical"]),
        ("Chamois for drying cars", Side.NEED, ["towel"]),
        ("Polyester bias binding, 12 mm", Side.OFFER, ["elastic"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Cleaning crews for factories and warehouses", "cleaning_service"),
        ("บริการทำความสะอาดอาคารสำนักงาน", "cleaning_service"),
        ("Thermal disinfection of kitchen cloths and aprons", "laundry"),
    ],
)
def test_the_work_is_offered(reader: PhraseReader, text: str, work: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == work
    assert item.kind is not ItemKind.GOODS


def test_a_need_for_mop_heads_finds_the_mop_maker_before_the_rag_dealer() -> None:
    buyer = sme("hotel", stage="downstream", needs=("Cotton mop heads for the housekeeping team",))
    mops = sme("mops", stage="midstream", language="th", offers=("หัวม็อบผ้าฝ้าย ขายส่ง",))
    rags = sme("rags", stage="upstream", offers=("Cotton rags cut from old T-shirts",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, mops, rags]).suppliers_of("hotel"))
    assert found and found[0] == "mops", found
