"""What dye houses and mills buy and sell, read as the trade means it.

Cloth prepared for dyeing or printing (PFD, PFP, ready for print) is undyed cloth, not printed
cloth; a boiler is machinery of its own, not fuel; reeds, healds and rapier tapes are loom parts
(not sedge, not tape, not looms), and cloth woven on a rapier is machine-woven; a Thai number before
"เครื่อง" counts machines; sacks are packaging in either language (old and empty ones too), and a
sack is no goods when it only says how something is sold; damaged sheets are used; rice husk, wood
pellets and solar rooftops are energy; re-dyeing is dyeing; yarn dyeing keeps its yarn; rejects and
off-shade rolls are surplus cloth; mango and tamarind bark are dyes. The sentences are new: they are
not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("หม้อไอน้ำ มือสอง ขนาด 2 ตัน", Side.NEED, ["boiler"]),
        ("Fire-tube steam boilers, 1-5 t/h", Side.OFFER, ["boiler"]),
        ("Steel reeds and flat healds for our rapier looms", Side.NEED, ["loom_reed", "heddle"]),
        ("ฟันหวีเหล็ก ตะกอลวด เปลี่ยนทั้งชุด", Side.OFFER, ["loom_reed", "heddle"]),
        ("Rapier tapes and grippers for our looms", Side.NEED, ["weaving_tool"]),
        ("ขายเครื่องทอเรเปียร์เก่า 6 เครื่อง", Side.OFFER, ["loom"]),  # "6 เครื่อง" counts the looms
        ("ปุยฝ้ายอีดแล้ว ขายยกกระสอบ", Side.OFFER, ["raw_cotton"]),
        ("PP sacks for baled fibre", Side.NEED, ["sack"]),
        ("กระสอบพลาสติกใส่เส้นใย", Side.NEED, ["sack"]),
        ("กระสอบเก่า ใส่ขุยมะพร้าว", Side.NEED, ["sack"]),
        ("เสื้อผ้ามือสองเหมากระสอบ 100 กก.", Side.OFFER, ["used_clothing"]),
        ("ผ้าปูเตียงชำรุด รอจำหน่าย", Side.OFFER, ["textile_waste"]),
        ("Boardshorts and long-sleeve rash guards", Side.OFFER, ["swimwear", "swimwear"]),
        ("solar rooftop for the weaving mill", Side.NEED, ["fuel_energy"]),
        ("แกลบ ส่งโรงงาน ตันละ 900 บาท", Side.OFFER, ["fuel_energy"]),
        ("Heat-treated wooden pallets for export", Side.NEED, ["packaging"]),
        ("Caustic soda flakes 99%", Side.NEED, ["chemical"]),
        ("ด่างทับทิม สำหรับพ่นยีนส์", Side.OFFER, ["chemical"]),
        ("Disperse dyes, high-energy type for polyester", Side.OFFER, ["dye"]),
        ("สีแวต ย้อมด้ายฝ้ายให้ทนแดด", Side.NEED, ["dye", "dyeing"]),
        ("Re-dyeing of faded uniforms", Side.OFFER, ["dyeing"]),
        ("Mango bark, sun dried, 10 kg sacks", Side.OFFER, ["dye"]),  # a dye bark, not bast fibre
        ("เปลือกมะม่วง เปลือกประโหด สำหรับย้อม", Side.NEED, ["dye"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    "text",
    ["PFD cotton poplin, ready for print", "ผ้าฝ้ายฟอกขาวเตรียมพิมพ์", "Ready-for-dye cotton T-shirts"],
)
def test_cloth_prepared_for_dyeing_or_printing_is_undyed_not_printed(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    qualities = dict(item.attrs)
    assert "undyed" in qualities and "printing" not in qualities and "dye" not in qualities, qualities


@pytest.mark.parametrize("text", ["Yarn dyeing on cones, 50 kg per colour", "รับย้อมด้าย ทุกเบอร์"])
def test_yarn_dyeing_is_dyeing_of_yarn(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == "dyeing" and "yarn" in dict(item.attrs)


@pytest.mark.parametrize("text", ["ผ้าฝ้ายตกเกรด สีเพี้ยน ขายยกม้วน", "Off-shade cotton jersey rolls", "ผ้ารีเจ็คจากโรงย้อม"])
def test_rejects_and_off_shade_cloth_are_surplus(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert "surplus" in dict(item.attrs)


@pytest.mark.parametrize("text", ["Hemp/cotton 55/45 woven on rapier, 150 cm", "ผ้าดิบทอเครื่องเรเปียร์ หน้า 63 นิ้ว"])
def test_cloth_woven_on_a_rapier_is_machine_woven_cloth(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == "fabric" and "machine_woven" in dict(item.attrs)


@pytest.mark.parametrize(
    "text",
    [
        "ไหมพันธุ์พื้นบ้าน ให้สมาชิกทอผ้า",  # the purpose names who weaves
        "ฝ้ายเข็นมือ ยังไม่ย้อม ให้แม่ๆ ทอผ้า",  # a space after the purpose word: the use is still to come
        "ฝ้ายเข็นมือ สำหรับ ทอผ้า",
    ],
)
def test_yarn_for_weaving_is_yarn_whatever_stands_between(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.NEED).items
    assert item.head == "yarn" and "weaving" in dict(item.attrs)


def test_a_need_for_a_boiler_finds_the_boiler_maker_before_a_knitting_machine_dealer() -> None:
    buyer = sme("dyer", language="th", needs=("หม้อไอน้ำ มือสอง ขนาด 2 ตัน",))
    boilers = sme("boilers", offers=("Steam boilers 1-10 t/h, biomass or LPG",))
    dealer = sme("dealer", offers=("Circular knitting machines and spare parts",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, boilers, dealer]).suppliers_of("dyer"))
    assert found and found[0] == "boilers", found
