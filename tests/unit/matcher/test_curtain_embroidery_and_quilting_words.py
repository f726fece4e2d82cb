"""Words of curtain makers, embroiderers, quilters, scarf makers and yoga suppliers, read as the trade means it.

Blinds (มู่ลี่, ม่านม้วน, roman shades) are a kind of curtain; rods, tracks and rings (รางม่าน,
ห่วงม่าน) are curtain hardware, not curtains; blackout and dim-out cloth (ผ้าทึบแสง) is curtain fabric.
Patches, crests and scout badges (อาร์ม, ตราโรงเรียน) are badges, a kind of label; backing and
stabiliser (ผ้ารองปัก) are embroidery supplies; digitizing (ตีลายปัก) is work of its own; ด้ายปัก is
embroidery thread. Quilting (เดินควิลท์) is quilting work, a kind of embroidery; rotary cutters and
cutting mats are sewing tools; jelly rolls and charm packs are cloth. Fringe tying (ขมวดชายผ้า) is
fringing; cork is cork; ไหม at the end of a Thai question asks, it is not silk. The sentences are new:
they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Bamboo roller blinds for 40 villas", Side.NEED, ["blind"]),
        ("ม่านพับโรมัน ผ้าลินิน สั่งตัดตามขนาด", Side.OFFER, ["blind"]),
        ("รางม่านอลูมิเนียม พร้อมลูกล้อ", Side.OFFER, ["curtain_hardware"]),
        ("Brass curtain rings and finials", Side.OFFER, ["curtain_hardware", "curtain_hardware"]),
        ("ผ้าทึบแสง 3 ชั้น หน้ากว้าง 280", Side.OFFER, ["fabric"]),
        ("Iron-on embroidered patches for a football club", Side.NEED, ["badge"]),
        ("อาร์มปักตราบริษัท 500 ชิ้น", Side.NEED, ["badge"]),
        ("Cut-away stabiliser, 50 m rolls", Side.OFFER, ["embroidery_backing"]),
        ("ด้ายปักเรยอน 120 สี", Side.OFFER, ["yarn"]),
        ("Self-healing cutting mats for a sewing class", Side.NEED, ["sewing_tool"]),
        ("Batik jelly rolls for quilters", Side.OFFER, ["fabric"]),
        ("Cork yoga blocks, set of two", Side.OFFER, ["sports_gear"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Logo digitizing for embroidery shops, 12 h", "digitizing"),
        ("รับตีลายปักจากไฟล์โลโก้", "digitizing"),
        ("Machine quilting of customers' quilt tops", "quilting"),
        ("รับเดินควิลท์ผ้านวมของลูกค้า", "quilting"),
        ("รับขมวดชายผ้าพันคอ", "fringing"),
    ],
)
def test_work_for_others_is_a_service(reader: PhraseReader, text: str, head: str) -> None:
    item = reader.read(text, Side.OFFER).items[0]
    assert item.head == head
    assert item.kind.name != "GOODS"


def test_a_thai_question_ending_in_mai_asks_for_no_silk(reader: PhraseReader) -> None:
    (item,) = reader.read("ส่งผ้ามาย้อมคราม รับไหม", Side.NEED).items
    assert "silk" not in dict(item.attrs)


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("blind", "curtain") and not g.is_a("curtain_hardware", "curtain")
    assert g.is_a("badge", "label") and g.is_a("quilting", "embroidery")


def test_a_need_for_curtain_tracks_finds_the_hardware_seller_before_the_curtain_maker() -> None:
    buyer = sme("condo", stage="downstream", needs=("Curtain tracks for 60 rooms",))
    tracks = sme("tracks", stage="midstream", language="th", offers=("รางม่าน ราวม่าน ขายส่ง",))
    curtains = sme("curtains", stage="downstream", offers=("Ready-made linen curtains",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, tracks, curtains]).suppliers_of("condo"))
    assert found and found[0] == "tracks", found
