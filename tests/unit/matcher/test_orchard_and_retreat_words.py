"""Words of orchards and of meditation retreats.

Durian catch nets (ถุงรองลูกทุเรียน) are a kind of fruit bag; foam net sleeves (โฟมตาข่าย) pack fruit; crop
covers and frost fleece (ผ้าคลุมแปลงผัก) are nonwoven cloth, not a shawl; PP tape (เทปพีพี) and PE
monofilament (เอ็นพีอี) are yarn; picking aprons are harvest bags and a mango picker (ไม้สอย) is a tool,
not hemming. Buckwheat shells are filling, refilling old cushions (เติมไส้) is repair work, a monk's
sitting cloth (อาสนะ) is a cushion and a monk's umbrella net (มุ้งกลด) a mosquito net. The sentences are
new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ถุงรองลูกทุเรียนถักจากเชือกไนลอน", Side.OFFER, ["durian_net"]),
        ("durian catch nets before the harvest", Side.NEED, ["durian_net"]),
        ("EPE foam net sleeves for pomelo", Side.OFFER, ["foam_net"]),
        ("โฟมตาข่ายสวมผลฝรั่ง", Side.NEED, ["foam_net"]),
        ("frost fleece 30 gsm for strawberry beds", Side.OFFER, ["crop_cover"]),
        ("ผ้าคลุมแปลงผัก แบบย่อยสลายได้", Side.NEED, ["crop_cover"]),
        ("เทปพีพีสำหรับทอกระสอบ", Side.OFFER, ["yarn"]),
        ("เอ็นพีอีเส้นเดี่ยว 0.3 มม.", Side.NEED, ["yarn"]),
        ("canvas picking aprons with drop bottoms", Side.OFFER, ["harvest_bag"]),
        ("ไม้สอยมะม่วงพร้อมถุงผ้า", Side.NEED, ["fruit_picker"]),
        ("ถุงกระดาษคาร์บอนห่อมะม่วง 2 ชั้น", Side.OFFER, ["fruit_bag"]),
        ("ผ้าคลุมโคนต้นกันหญ้าขึ้น", Side.NEED, ["ground_cover"]),
        ("hulled buckwheat shells for pillows", Side.NEED, ["filling"]),
        ("อาสนะสงฆ์ 30 ผืน", Side.NEED, ["cushion"]),
        ("มุ้งกลดพระธุดงค์ ผ้าฝ้าย", Side.OFFER, ["mosquito_net"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_refilling_old_cushions_is_repair_work(reader: PhraseReader) -> None:
    item = reader.read("มีใครรับเติมไส้เบาะเก่าบ้าง", Side.NEED).items[0]
    assert (item.head, item.kind.name) == ("repair", "SERVICE")


def test_catch_nets_are_fruit_bags_and_crop_covers_nonwoven(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("durian_net", "fruit_bag") and g.is_a("crop_cover", "nonwoven_fabric")
    assert not g.is_a("fruit_picker", "bag")
