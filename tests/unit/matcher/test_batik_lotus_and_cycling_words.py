"""Words of batik studios, plant-fibre spinners and cycling shops.

Boiling the wax out of batik (ลอกเทียน, dewaxing) is finishing work, not batik cloth; tjanting pens and
copper cap blocks (บล็อกทองแดง) are batik tools, not the batik look; candle wax (เทียนไข) is wax.
Chemical dye (สีเคมีย้อมผ้า) is a dye to buy, while cloth "dyed with chemical dye" stays cloth. Cloth
woven on a village loom (ทอกี่พื้นบ้าน) is handwoven cloth, not a loom. Stripping fibre from stalks is
fibre extraction; lotus fibre pulled by hand stays fibre; ramie ribbons are fibre; neck wraps and
สการ์ฟ are scarves. Chamois inserts and gel pads (เป้าเจล) are pads for cycling shorts, not towels;
frame bags and panniers are bicycle bags; a เสื้อปั่น is a cycling jersey. The sentences are new: they
are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import buyer_ids, sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Brass tjanting pens in three nib sizes", Side.OFFER, ["batik_tool"]),
        ("แม่พิมพ์ทองแดงสำหรับปั๊มเทียน ลายดอกไม้", Side.NEED, ["batik_tool"]),
        ("เทียนไขผสมขี้ผึ้ง สำหรับเขียนลาย", Side.OFFER, ["starch_size"]),
        ("สีเคมีย้อมผ้าไหม แบบผง", Side.NEED, ["dye"]),
        ("ผ้าฝ้ายย้อมสีเคมี สีไม่ตก", Side.OFFER, ["fabric"]),
        ("ผ้าไหมทอกี่พื้นบ้าน ไม่ย้อม", Side.NEED, ["fabric"]),
        ("Prepared-for-dye cotton cambric, 44 in", Side.NEED, ["fabric"]),
        ("Dried lotus fibre, hand pulled from the stems", Side.OFFER, ["fibre"]),
        ("ramie ribbons, sun dried", Side.NEED, ["fibre"]),
        ("Handloom neck wraps for a museum shop", Side.NEED, ["scarf"]),
        ("ผ้าสการ์ฟใยกัญชง ย้อมคราม", Side.OFFER, ["scarf"]),
        ("Padded chamois inserts for women's bib shorts", Side.OFFER, ["chamois_pad"]),
        ("เป้าเจลสำหรับกางเกงจักรยาน", Side.OFFER, ["chamois_pad"]),
        ("Handlebar bags and saddle bags for touring bikes", Side.NEED, ["bag"]),
        ("Thermal arm warmers for autumn rides", Side.OFFER, ["arm_sleeve"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("Boil-off and dewaxing of batik cloth for small studios", Side.OFFER, "dewaxing"),
        ("ต้องการคนรับลอกเทียนผ้าบาติก 200 ผืน", Side.NEED, "dewaxing"),
        ("Someone to strip the fibre from banana trunks we grow", Side.NEED, "fibre_extraction"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert item.head == head
    assert item.kind.name == "SERVICE"


def test_cycling_words_carry_the_sport(reader: PhraseReader) -> None:
    jersey = reader.read("เสื้อปั่นพิมพ์ลายทีม 40 ตัว", Side.NEED).items[0]
    assert jersey.head == "shirt"
    assert "cycling" in {name for name, _ in jersey.attrs}
    bag = reader.read("กระเป๋าใต้เบาะจักรยาน กันน้ำ", Side.OFFER).items[0]
    assert bag.head == "bag" and "cycling" in {name for name, _ in bag.attrs}


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("dewaxing", "finishing") and g.is_a("batik_tool", "machinery")
    assert not g.is_a("chamois_pad", "towel")


def test_a_batik_studio_needing_dewaxing_finds_the_boil_off_service_before_batik_cloth() -> None:
    studio = sme("studio", stage="midstream", needs=("Someone to boil off the wax from our batik lengths",))
    boil = sme("boil", stage="midstream", language="th", offers=("รับต้มลอกเทียนผ้าบาติก คิดเป็นกิโล",))
    cloth = sme("cloth", stage="midstream", offers=("Hand-drawn batik cloth, 2 m lengths",))
    found = supplier_ids(MatchIndex(k=10).fit([studio, boil, cloth]).suppliers_of("studio"))
    assert found and found[0] == "boil", found


def test_a_shop_selling_tjanting_pens_finds_the_school_that_needs_batik_tools() -> None:
    pens = sme("pens", stage="upstream", offers=("Tjanting pens, copper nibs, sets of five",))
    school = sme("school", stage="downstream", language="th", needs=("อุปกรณ์ทำบาติกสำหรับนักเรียน 40 ชุด",))
    fabric_buyer = sme("shop", stage="downstream", needs=("Batik sarongs for the gift shop",))
    found = buyer_ids(MatchIndex(k=10).fit([pens, school, fabric_buyer]).buyers_of("pens"))
    assert found and found[0] == "school", found
