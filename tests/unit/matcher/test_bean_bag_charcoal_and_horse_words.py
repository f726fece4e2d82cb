"""Words of bean bag makers, bamboo charcoal burners, tack shops, down and macrame workshops.

Bean bags, poufs and โซฟาเม็ดโฟม are bean bags, a kind of cushion, filled with EPS beads (เม็ดโฟม); glass
microbeads (เม็ดแก้วจิ๋ว) weigh down blankets and toys. A number before "mesh" (เมช) is a powder's sieve
size, not mesh cloth, and "4x8" is a size. Charcoal bags and deodorisers (ถุงถ่าน) are bags; wood
vinegar (น้ำส้มควันไม้) is not bamboo fibre. Tack comes in the kinds riders name: saddle pads, horse
rugs, halters and lead ropes, fly bonnets, leg wraps and hay nets. Feather dusters, goose quills,
wooden rings, dream catchers, sensory swings and twiddle muffs are what they are. The sentences are
new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("bean bag chairs in waterproof canvas, XL", Side.OFFER, ["bean_bag"]),
        ("บีนแบ็กสำหรับห้องสมุดเด็ก 15 ใบ", Side.NEED, ["bean_bag"]),
        ("โซฟาเม็ดโฟม ผ้ากำมะหยี่ ถอดซักได้", Side.OFFER, ["bean_bag"]),
        ("knitted poufs for a hotel lobby", Side.NEED, ["bean_bag"]),
        ("EPS beads for refilling, 2 bags of 100 litres", Side.OFFER, ["eps_bead"]),
        ("สไตโรโฟมอัดก้อน", Side.NEED, ["eps_bead"]),
        ("glass microbeads 0.5 mm for weighted blankets", Side.OFFER, ["weight_bead"]),
        ("เม็ดแก้วจิ๋ว สำหรับตุ๊กตาถ่วงน้ำหนัก", Side.NEED, ["weight_bead"]),
        ("bamboo charcoal powder 200 mesh", Side.OFFER, ["charcoal"]),
        ("ผงถ่านไผ่ละเอียด 600 เมช", Side.OFFER, ["charcoal"]),
        ("coconut shell charcoal, 4x8 mesh", Side.OFFER, ["charcoal"]),
        ("Takesumi powder for soap makers", Side.NEED, ["charcoal"]),
        ("ถุงถ่านไผ่ดับกลิ่นตู้เย็น", Side.OFFER, ["charcoal_bag"]),
        ("charcoal deodoriser bags for shoe cabinets", Side.NEED, ["charcoal_bag"]),
        ("น้ำส้มควันไม้ 20 ลิตร", Side.NEED, ["wood_vinegar"]),
        ("Quilted saddle pads with name embroidery", Side.OFFER, ["saddle_pad"]),
        ("ผ้าห่มม้ากันหนาว ไซซ์ม้าแคระ", Side.NEED, ["horse_rug"]),
        ("rope halters and matching lead ropes", Side.OFFER, ["halter", "halter"]),
        ("fly bonnets in team colours", Side.NEED, ["fly_mask"]),
        ("fleece polo wraps, sets of four", Side.OFFER, ["leg_wrap"]),
        ("ตาข่ายใส่หญ้าแขวนคอก", Side.NEED, ["hay_net"]),
        ("ไม้ขนไก่ ด้ามไม้ไผ่", Side.OFFER, ["feather_duster"]),
        ("goose wing quills for shuttlecocks", Side.OFFER, ["quill"]),
        ("ดาวน์ห่าน 90% สำหรับผ้านวม", Side.NEED, ["filling"]),
        ("ห่วงไม้ยางพารา 10 ซม. สำหรับงานถักเชือก", Side.OFFER, ["craft_ring"]),
        ("dream catchers with lace centres", Side.NEED, ["dream_catcher"]),
        ("ชิงช้าผ้ายืดสำหรับเด็กออทิสติก", Side.OFFER, ["hanging_chair"]),
        ("twiddle muffs for a dementia ward", Side.NEED, ["fidget_aid"]),
        ("fidget quilts with ribbons and zips", Side.OFFER, ["fidget_blanket"]),
        ("ผ้าเพาเวอร์เน็ต สีเนื้อ", Side.OFFER, ["mesh"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_washing_the_writers_own_down_is_laundry_work(reader: PhraseReader) -> None:
    item = reader.read("ล้างขนเป็ดของเราแล้วส่งคืน", Side.NEED).items[0]
    assert item.head == "laundry"
    assert item.kind.name == "SERVICE"


def test_the_finer_kinds_are_kinds_of_the_broad_one(reader: PhraseReader) -> None:
    g = reader.glossary
    assert all(g.is_a(kind, "equestrian") for kind in ("saddle_pad", "horse_rug", "halter", "fly_mask", "leg_wrap"))
    assert g.is_a("bean_bag", "cushion") and g.is_a("eps_bead", "filling") and g.is_a("hay_net", "net")
    assert g.is_a("fidget_blanket", "blanket") and not g.is_a("fidget_aid", "blanket")
