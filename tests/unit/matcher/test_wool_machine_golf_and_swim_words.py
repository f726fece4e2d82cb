"""Words of wool and felt crafters, test labs, sewing-machine dealers, golf shops, swim shops and riders.

Raw and washed fleece (ขนแกะดิบ) is wool fibre, not fleece cloth; wool tops and roving (ท็อปเมอริโน) are
fibre made ready for spinning or felting; carding (สางขน) is work; billiard cloth is felt. Grey scales
are lab supplies; ตรวจ asks for testing; help to get a certificate is consulting. Hair ties and
headbands (ที่คาดผม) are hair accessories, a kind of headwear; haircuts are a beauty service. Overlockers
and household machines (จักรบ้าน) are sewing machines, hooks, feed dogs and needles (ฟันจักร) their
parts. Headcovers (ปลอกหัวไม้) are club covers, golf tees sports gear, not T-shirts. Rashies, boardies
and bikinis (บิกินี่) are swimwear; swim caps headwear for swimming. Saddle covers are seat covers,
pillion pads cushions. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ขนแกะดิบจากฟาร์ม ยังไม่ล้าง", Side.OFFER, ["fibre"]),
        ("Greasy fleece from 60 sheep, skirted", Side.OFFER, ["fibre"]),
        ("Merino tops in 30 colours for felting", Side.OFFER, ["roving"]),
        ("Snooker table billiard cloth, green", Side.NEED, ["felt"]),
        ("Grey scales for staining, ISO 105-A03", Side.NEED, ["lab_supply"]),
        ("Velvet scrunchies in 12 colours", Side.OFFER, ["hair_accessory"]),
        ("ที่คาดผมผ้าฝ้ายมัดย้อม", Side.OFFER, ["hair_accessory"]),
        ("Second-hand overlockers for a training room", Side.NEED, ["sewing_machine"]),
        ("จักรบ้านมือสอง สภาพดี", Side.OFFER, ["sewing_machine"]),
        ("ฟันจักร แผ่นเพลท อะไหล่จักร", Side.OFFER, ["sewing_machine_part"]),
        ("Knitted headcovers with pompoms", Side.OFFER, ["club_cover"]),
        ("Wooden golf tees in bulk", Side.NEED, ["sports_gear"]),
        ("Long-sleeve rashies for a surf school", Side.NEED, ["swimwear"]),
        ("บิกินี่ผ้ารีไซเคิล", Side.OFFER, ["swimwear"]),
        ("Saddle covers for 50 scooters", Side.NEED, ["seat_cover"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("รับสางขนแกะเป็นแผ่น", "carding"),
        ("ใครตรวจฟอร์มาลีนในผ้าได้บ้าง", "testing"),
        ("ขอการรับรอง GOTS ครั้งแรก มีใครช่วยได้", "consulting"),
        ("ตัดผม ทำสีผม ที่บ้านผู้สูงอายุ", "beauty_service"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, head: str) -> None:
    side = Side.NEED if "ใคร" in text or "ขอ" in text else Side.OFFER
    item = reader.read(text, side).items[0]
    assert item.head == head
    assert item.kind.name != "GOODS"


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("roving", "fibre") and g.is_a("hair_accessory", "headwear")
    assert not g.is_a("sewing_machine_part", "sewing_machine")


def test_a_felt_maker_needing_tops_finds_the_top_seller_before_the_knitting_yarn_shop() -> None:
    buyer = sme("felter", stage="midstream", needs=("Wool tops for wet felting, 5 kg",))
    tops = sme("tops", stage="upstream", language="th", offers=("ท็อปเมอริโน ย้อมสี 40 เฉด",))
    yarn = sme("yarn", stage="midstream", offers=("Merino knitting yarn, DK weight",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, tops, yarn]).suppliers_of("felter"))
    assert found and found[0] == "tops", found
