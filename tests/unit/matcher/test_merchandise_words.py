"""Words of merchandise and print-on-demand, read as the trade means it.

Lanyards in Thai (สายห้อยบัตร, สายคล้องบัตร) are the straps they are; heat-transfer flex and DTF gang
sheets are transfer film, and pressing flex or a print onto garments (รีดเฟล็ก, รีดลาย) is printing,
not laundry; iron-on name patches (ตัวรีด) are labels; gym sacks are tote bags, not packaging; bag
handles are trims. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("สายห้อยบัตรพนักงาน พิมพ์โลโก้บริษัท", Side.NEED, ["elastic"]),
        ("สายคล้องบัตร สีน้ำเงิน 300 เส้น", Side.NEED, ["elastic"]),
        ("เฟล็กตัด PVC สีสะท้อนแสง ยาว 25 เมตร", Side.OFFER, ["laminate_film"]),
        ("heat transfer vinyl, glitter and matte", Side.OFFER, ["laminate_film"]),
        ("DTF gang sheets printed to order", Side.OFFER, ["laminate_film"]),
        ("รับรีดเฟล็กเบอร์หลังเสื้อฟุตบอล", Side.OFFER, ["printing"]),
        ("ตัวรีดชื่อนักเรียน ปักคอม", Side.NEED, ["label"]),
        ("gym sacks with a school crest", Side.NEED, ["tote_bag"]),
        ("wooden handles for tote bags", Side.NEED, ["bag_handle"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_ironing_cloth_is_still_laundry(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("รับซักรีดผ้าปูที่นอน", Side.OFFER).items][:1] == ["laundry"]
