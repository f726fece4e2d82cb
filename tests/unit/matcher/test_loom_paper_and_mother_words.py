"""Words of loom builders, paper makers, maternity shops, relief buyers and continence suppliers.

Shuttles (กระสวย), reeds (ฟืม), heddles and warping mills are weaving tools of their own kinds, not looms, while a
rigid heddle loom or a table loom (กี่โต๊ะ) is a loom; teaching weaving is a course. Saa pulp
(เยื่อสา) is pulp, not paper or bark; bookcloth is cloth backed with paper; folding fans (พัด),
sky lanterns (โคมลอย) and paper flowers are goods of their own. A maternity dress (ชุดคลุมท้อง) is
a dress; belly bands and postpartum binders (ผ้ามัดท้อง) are supports; breast pads are nursing pads,
ring slings baby carriers, not bandages. Mosquito netting (ผ้ามุ้ง) is mesh cloth; fluff pulp
(เยื่อฟลัฟ) and airlaid sheets are absorbent cores; a DIY dye kit is a craft kit, while a club kit is
sportswear. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Boat shuttles in tamarind wood", Side.OFFER, ["shuttle"]),
        ("ฟืมไม้ไผ่ เบอร์ 40", Side.NEED, ["loom_reed"]),
        ("กระสวยไม้ ทรงเรือ ขายส่ง", Side.OFFER, ["shuttle"]),
        ("Rigid heddle loom, 50 cm, with stand", Side.OFFER, ["loom"]),
        ("กี่โต๊ะ สำหรับโรงเรียน", Side.NEED, ["loom"]),
        ("Saa pulp, cooked and beaten", Side.OFFER, ["paper_pulp"]),
        ("เยื่อสาต้มแล้ว พร้อมช้อน", Side.OFFER, ["paper_pulp"]),
        ("paper-backed cotton bookcloth, 50 colours", Side.OFFER, ["bookcloth"]),
        ("พัดกระดาษสา ลายดอกไม้", Side.OFFER, ["hand_fan"]),
        ("โคมลอย สำหรับงานประเพณี", Side.NEED, ["sky_lantern"]),
        ("ชุดคลุมท้องผ้ายืด ใส่ได้ถึงหลังคลอด", Side.OFFER, ["dress"]),
        ("ผ้ามัดท้องหลังคลอด แบบผูกเชือก", Side.NEED, ["belly_binder"]),
        ("pregnancy belly support belt, breathable", Side.OFFER, ["belly_binder"]),
        ("แผ่นซับน้ำนมใยไผ่ ซักได้", Side.OFFER, ["nursing_pad"]),
        ("Hemp ring slings, 2 m tails", Side.OFFER, ["baby_carrier"]),
        ("ผ้ามุ้งโพลีเอสเตอร์ ตาถี่", Side.OFFER, ["mesh"]),
        ("เยื่อฟลัฟม้วน ต้องมี FSC", Side.NEED, ["absorbent_core"]),
        ("airlaid absorbent core sheets", Side.NEED, ["absorbent_core"]),
        ("DIY natural dye kits for the shop", Side.NEED, ["craft_kit"]),
        ("Used club kits, washed", Side.OFFER, ["used_clothing"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_teaching_weaving_is_a_course(reader: PhraseReader) -> None:
    item = reader.read("Does anyone teach weaving to the elderly?", Side.NEED).items[0]
    assert item.head == "training"


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("weaving_tool", "machinery") and not g.is_a("weaving_tool", "loom")
    assert g.is_a("shuttle", "weaving_tool") and g.is_a("heddle", "weaving_tool") and not g.is_a("shuttle", "loom_reed")
    assert g.is_a("belly_binder", "support_brace") and g.is_a("bookcloth", "fabric")
    assert not g.is_a("baby_carrier", "bandage")


def test_a_weaver_needing_shuttles_finds_the_shuttle_maker_before_the_loom_builder() -> None:
    weaver = sme("weaver", stage="midstream", language="th", needs=("กระสวยไม้ 20 อัน",))
    shuttles = sme("shuttles", stage="upstream", offers=("Tamarind-wood boat shuttles",))
    looms = sme("looms", stage="upstream", language="th", offers=("กี่ทอผ้าไม้สัก ขนาด 1 เมตร",))
    found = supplier_ids(MatchIndex(k=10).fit([weaver, shuttles, looms]).suppliers_of("weaver"))
    assert found and found[0] == "shuttles", found


def test_a_shop_needing_ring_slings_finds_the_carrier_maker_before_the_bandage_maker() -> None:
    shop = sme("shop", stage="downstream", needs=("ring slings in handwoven cotton",))
    carriers = sme("carriers", stage="downstream", language="th", offers=("ผ้าอุ้มเด็ก ผ้าฝ้ายทอมือ",))
    bandages = sme("bandages", stage="midstream", offers=("Cotton arm slings and elastic bandages",))
    found = supplier_ids(MatchIndex(k=10).fit([shop, carriers, bandages]).suppliers_of("shop"))
    assert found and found[0] == "carriers", found
