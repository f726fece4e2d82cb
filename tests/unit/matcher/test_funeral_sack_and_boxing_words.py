"""Words of funeral suppliers, sack makers and Muay Thai gear makers, read as the trade means it.

Coffins and caskets (หีบศพ, โลงศพ) are goods of their own, and so are their linings and palls;
mourning bows and armbands are mourning bands; a funeral parlour offers a service; sandalwood
flowers (ดอกไม้จันทน์) are fabric flowers and wreaths (พวงหรีด) garlands; sacred thread
(สายสิญจน์) is cord; cotton "off the loom" is greige cloth. Sacks of every kind (กระสอบ, ถุงสาน,
gunny sacks, flour bags, net bags for produce) are sacks, a kind of packaging; jumbo bags and
FIBCs are bulk bags, a kind of sack; washing sacks is laundry work. Muay Thai trunks and ส้งมวย
are shorts, kick pads, focus mitts and เป้ามือ are sports gear, puzzle mats are mats. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Teak caskets with carved lids", Side.OFFER, ["coffin"]),
        ("โลงศพไม้ยาง ราคาประหยัด", Side.NEED, ["coffin"]),
        ("ผ้าคลุมโลงสีทอง ปักลายไทย", Side.NEED, ["coffin_textile"]),
        ("ปลอกแขนไว้ทุกข์สีดำ 200 ชิ้น", Side.NEED, ["mourning_band"]),
        ("ดอกไม้จันทน์จากเศษผ้าฝ้าย", Side.OFFER, ["fabric_flower"]),
        ("พวงหรีดผ้าขนหนู", Side.NEED, ["garland"]),
        ("สายสิญจน์สีขาว 9 เส้น", Side.NEED, ["cordage"]),
        ("Greige cotton fresh off the loom, 36 inch", Side.OFFER, ["fabric"]),
        ("Jute gunny sacks for paddy, 60 kg", Side.OFFER, ["sack"]),
        ("ถุงสานใส่ปุ๋ยอินทรีย์ 25 กก.", Side.NEED, ["sack"]),
        ("ถุงแป้งผ้าดิบ สำหรับโรงสี", Side.OFFER, ["sack"]),
        ("Jumbo bags with four loops, 1 t", Side.OFFER, ["bulk_bag"]),
        ("Raschel net bags for mangoes, 10 kg", Side.NEED, ["sack"]),
        ("Muay Thai trunks in satin with camp logo", Side.OFFER, ["shorts"]),
        ("ส้งมวยเด็ก ผ้าต่วน", Side.NEED, ["shorts"]),
        ("เป้ามือหนังแท้ 10 คู่", Side.NEED, ["sports_gear"]),
        ("Puzzle gym mats for the kids class", Side.NEED, ["mat"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side"),
    [("Funeral parlour with chapel and cremation arranged", Side.OFFER), ("บริษัทจัดงานศพ ดูแลครบ", Side.NEED)],
)
def test_a_funeral_parlour_is_a_service(reader: PhraseReader, text: str, side: Side) -> None:
    (item,) = reader.read(text, side).items
    assert item.head == "funeral_service"
    assert item.kind is not ItemKind.GOODS


def test_used_sacks_stay_sacks_not_clothing_waste(reader: PhraseReader) -> None:
    (item,) = reader.read("กระสอบมือสองสภาพดี 1,000 ใบ", Side.NEED).items
    assert item.head == "sack"
    assert "used" in dict(item.attrs)


def test_washing_sacks_is_laundry_work(reader: PhraseReader) -> None:
    (item,) = reader.read("รับล้างกระสอบปุ๋ยเก่าไหม", Side.NEED).items
    assert (item.head, item.kind) == ("laundry", ItemKind.SERVICE)


def test_a_need_for_woven_pp_sacks_finds_the_sack_maker_before_the_box_maker() -> None:
    buyer = sme("mill", stage="downstream", language="th", needs=("ถุงสานพีพี ใส่ข้าวสาร 50 กก.",))
    sacks = sme("sacks", stage="midstream", offers=("PP woven sacks, printed 2 colours",))
    boxes = sme("boxes", stage="midstream", offers=("Corrugated cartons, printed",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, sacks, boxes]).suppliers_of("mill"))
    assert found and found[0] == "sacks", found
