"""Words of farms and stables, mattress makers and cabin-textile suppliers, read as the trade means it.

Thai cotton with a count (ฝ้าย เบอร์ 20) is yarn, as "Ne 20" is, and machine-spun cotton
(ฝ้ายเข็นเครื่อง) is yarn, not a machine; headcollars and lead ropes are horse gear; horsehair
(ขนหางม้า) is horsehair, not human hair; sun sleeves (ปลอกแขนกันแดด) are arm sleeves; old fire hoses are
fire hoses. Latex slabs and topper cores (ยางพาราแผ่น) are latex filling; tape-edging a mattress
(เย็บเทปขอบ) is sewing work; foam trim (เศษฟองน้ำ) is waste; ticking is mattress cloth; stain-proof
(กันเปื้อน) is a quality, not stained. Seat dress covers are seat covers; tray cloths and serviettes
(ผ้าปูถาด) are table linen. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher import scoring
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ฝ้ายขาว เบอร์ 32 ลูกละกิโล", Side.NEED, ["yarn"]),
        ("ฝ้ายเข็นเครื่อง สีตุ่น", Side.OFFER, ["yarn"]),
        ("Nylon headcollars for ponies", Side.OFFER, ["halter"]),
        ("ขนหางม้าสีดำ มัดละขีด", Side.OFFER, ["horsehair"]),
        ("UV sleeves for rubber tappers", Side.NEED, ["arm_sleeve"]),
        ("Retired fire hoses, 15 m lengths", Side.OFFER, ["fire_hose"]),
        ("Talalay latex cores for pillows", Side.NEED, ["filling"]),
        ("ฟองน้ำยางพารา หนา 5 ซม.", Side.OFFER, ["filling"]),
        ("เศษโฟมจากโรงงานเบาะ", Side.OFFER, ["textile_waste"]),
        ("Stretch-knit mattress ticking, 230 cm", Side.OFFER, ["fabric"]),
        ("Seat dress covers for 30 coaches", Side.NEED, ["seat_cover"]),
        ("ผ้ารองถาดสำหรับรถไฟนอน", Side.NEED, ["table_linen"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_tape_edging_mattresses_is_sewing_work(reader: PhraseReader) -> None:
    item = reader.read("รับเย็บเทปขอบที่นอนของโรงงาน", Side.OFFER).items[0]
    assert item.head == "sewing" and item.kind.name != "GOODS"


def test_a_stain_proof_sheet_is_not_used_goods(reader: PhraseReader) -> None:
    (item,) = reader.read("ผ้าปูที่นอนกันเปื้อน สำหรับโรงพยาบาล", Side.OFFER).items
    assert item.head != "textile_waste"
    assert "used" not in dict(item.attrs)


def test_a_weaver_needing_counted_cotton_finds_the_spinner_before_the_cotton_farm() -> None:
    buyer = sme("weavers", stage="midstream", language="th", needs=("ฝ้ายดิบ เบอร์ 16 ยกลัง",))
    spinner = sme("spinner", stage="upstream", offers=("Carded cotton yarn Ne 16, raw white",))
    farm = sme("farm", stage="upstream", offers=("Seed cotton from our own fields",))
    found = supplier_ids(scoring.MatchIndex(k=10).fit([buyer, spinner, farm]).suppliers_of("weavers"))
    assert found and found[0] == "spinner", found
