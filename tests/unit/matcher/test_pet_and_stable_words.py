"""Words of pet brands, groomers, vets and stables, read as the trade means it.

Dog and cat beds, pet clothes and pet carriers are pet goods of their own (a pet bed is still a kind of
cushion, a carrier a kind of bag); saddle pads and horse rugs are stable goods; cage liners and puppy
pads are underpads; litter and stable bedding are hurd; "pet" in pet blankets, pet brands and
pet-friendly rooms is the animal, not PET plastic; ปุยงิ้ว is kapok, ผ้าบด is recycled stuffing fibre,
minky and velboa are soft cloth; a mattress or cushion for dogs or cats is a pet bed. The sentences
are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Donut cat beds in faux fur, 3 sizes", Side.OFFER, ["pet_bed"]),
        ("ที่นอนหมา ผ้าใบกันน้ำ ถอดซักได้", Side.OFFER, ["pet_bed"]),
        ("Knitted dog sweaters for small breeds", Side.OFFER, ["pet_clothing"]),
        ("ชุดน้องหมา ผ้าฝ้ายลายดอก", Side.OFFER, ["pet_clothing"]),
        ("Cat carriers in canvas with mesh windows", Side.NEED, ["pet_carrier"]),
        ("Dressage saddle pads in navy", Side.NEED, ["saddle_pad"]),
        ("ผ้าห่มม้า ผ้าร่มบุใย", Side.OFFER, ["horse_rug"]),
        ("Washable cage liners for a cat clinic", Side.NEED, ["underpad"]),
        ("Dust-free litter for hamsters", Side.NEED, ["hurd"]),
        ("รับอาบน้ำตัดขนแมว ถึงบ้าน", Side.OFFER, ["pet_service"]),
        ("Tug toys from old T-shirts", Side.OFFER, ["toy"]),
        ("ปุยงิ้วดีดแล้ว สำหรับยัดหมอน", Side.OFFER, ["fibre"]),
        ("ผ้าบดเป็นปุยไว้ยัดตุ๊กตา", Side.OFFER, ["fibre"]),
        ("สายแพไนลอน 25 มม.", Side.OFFER, ["webbing"]),
        ("Swivel snap hooks and D-rings, nickel", Side.OFFER, ["zipper", "zipper"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    "text", ["Pet blankets from fleece offcuts", "Sewing for pet brands, small runs", "Towels for pet-friendly rooms"]
)
def test_pet_is_the_animal_here_not_pet_plastic(reader: PhraseReader, text: str) -> None:
    for item in reader.read(text, Side.OFFER).items:
        assert "pet" not in dict(item.attrs), item


@pytest.mark.parametrize("text", ["Sleeping mats for dogs, washable", "ที่นอนสำหรับแมว ทรงโดนัท"])
def test_a_bed_for_dogs_or_cats_is_a_pet_bed(reader: PhraseReader, text: str) -> None:
    assert [item.head for item in reader.read(text, Side.NEED).items] == ["pet_bed"]


def test_a_cat_print_on_a_shirt_leaves_the_shirt_a_shirt(reader: PhraseReader) -> None:
    assert [item.head for item in reader.read("เสื้อยืดลายแมว ไซซ์ S-XL", Side.OFFER).items] == ["t_shirt"]


def test_minky_is_soft_cloth(reader: PhraseReader) -> None:
    (item,) = reader.read("ผ้ามิงค์ สีพาสเทล หลาละ 80", Side.OFFER).items
    assert item.head == "plush_fabric"
    assert reader.glossary.is_a(item.head, "fabric")


def test_a_need_for_dog_beds_finds_the_bed_maker_before_the_mattress_maker() -> None:
    buyer = sme("petshop", stage="downstream", needs=("Dog beds for resale, washable",))
    beds = sme("beds", stage="downstream", language="th", offers=("ที่นอนสุนัข ถอดปลอกซักได้",))
    mattresses = sme("mattress", stage="downstream", offers=("Latex mattresses for hotels",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, beds, mattresses]).suppliers_of("petshop"))
    assert found and found[0] == "beds", found
