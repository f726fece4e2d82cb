"""What mask makers, hospitals and care homes buy: the parts of a mask and protective wear, read as the trade means it.

Ear loops are elastic (in Thai `สายคล้องหู`, `ยางหูหน้ากาก`), not a mask; nose wires are a trim, not
plastic; in-patient wear is patient wear; arm sleeves are a support, as `ปลอกแขน` already was; goods
packed in bags (`อัดถุง`, `ใส่ถุง`) are not bags; hairnets and bouffant caps are headwear, shoe covers
footwear, and a meltblown filter layer the nonwoven it is; a diaper's tape type is no tape. The
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
        ("สายคล้องหู สีขาว ม้วนใหญ่", Side.NEED, ["elastic"]),
        ("ยางหูหน้ากาก แบบแบน 5 มม.", Side.OFFER, ["elastic"]),
        ("Round earloop elastic, latex free", Side.OFFER, ["elastic"]),
        ("ลวดดัดจมูก แกนเหล็ก ตัดท่อน", Side.OFFER, ["trim"]),
        ("nose wire for 3-ply masks", Side.NEED, ["trim"]),
        ("ชุดผู้ป่วยใน ผ้าฝ้าย", Side.NEED, ["patient_gown"]),
        ("UV arm sleeves for cyclists", Side.OFFER, ["support_brace"]),
        ("นุ่นแกะเมล็ด อัดถุง 10 กก.", Side.OFFER, ["fibre"]),
        ("alcohol wipes, any brand, in stock", Side.NEED, ["wipes"]),
        ("Hairnets, disposable, for the food line", Side.NEED, ["headwear"]),
        ("ตาข่ายคลุมผม หมวกตัวหนอน", Side.OFFER, ["headwear"]),
        ("ถุงหุ้มรองเท้า ผ้าสปันบอนด์", Side.OFFER, ["footwear"]),
        ("Meltblown filter fabric BFE 99", Side.OFFER, ["nonwoven_fabric"]),
        ("Adult diapers, tape type, M-XL", Side.OFFER, ["diaper"]),  # the style of closing, not a tape
        ("ผ้าอ้อมผู้ใหญ่แบบเทป ห่อละ 10 ชิ้น", Side.OFFER, ["diaper"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_a_need_for_ear_loops_finds_the_elastic_maker_before_the_mask_maker() -> None:
    buyer = sme("masks", language="th", needs=("สายคล้องหู สำหรับหน้ากากผ้า",))
    elastic = sme("elastic", offers=("Flat ear loop elastic 5 mm, white",))
    masks = sme("mask-maker", offers=("Cloth face masks, 3 ply, washable",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, elastic, masks]).suppliers_of("masks"))
    assert found and found[0] == "elastic", found
