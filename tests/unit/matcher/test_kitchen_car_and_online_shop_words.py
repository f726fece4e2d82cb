"""Words of kitchens, cars and online shops, read as the trade means it.

Oven mitts and pot holders (ที่จับหม้อ) are heat gloves; mops are mops and floor cloths (ผ้าถูพื้น)
cleaning rags; tea towels and glass cloths (ผ้าเช็ดจาน) are towels; cheesecloth written in Thai
(ผ้าชีสคลอธ) and steaming cloth are muslin; flannel is a brushed cloth like ผ้าสำลี; beeswax pellets
are wax, not plastic; laundry sacks are bags; fibre spun into yarn (ปั่นเป็นด้าย) is yarn. Seat
covers (ชุดหุ้มเบาะ), steering-wheel covers and sunshades, seatbelts and airbags have concepts of
their own; a tuk-tuk roof (หลังคาตุ๊กตุ๊ก) is a canopy; padded (บุนวม) is padding, not boxing gloves;
a motorcycle-taxi vest (เสื้อวิน) is a vest; upholstery leather (หนังหุ้มเบาะ) is leather for seat
covers, not sewing; canvas roofs are canopies. Live hosts are marketing; ladies' fashion is clothing.
A fibre named for sewn goods is their cloth ("plain polyester for curtains"), but for stuffed goods
it is their stuffing ("polyester for pillows"). Cloth bags named with their cloth in Thai (ถุงผ้าแคนวาส,
ถุงผ้าดิบ) are tote bags of that cloth; cotton duck is canvas; blank shirts (เสื้อยืดเปล่า) are plain.
The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("silicone oven mitts for bakeries", Side.NEED, ["oven_mitt"]),
        ("ที่จับหม้อผ้าฝ้ายบุใย", Side.OFFER, ["oven_mitt"]),
        ("cotton mop heads, 400 g", Side.OFFER, ["mop"]),
        ("ผ้าถูพื้นสำหรับร้านอาหาร", Side.NEED, ["wiping_rag"]),
        ("linen tea towels, striped", Side.OFFER, ["towel"]),
        ("ผ้าเช็ดจาน ลายตาราง", Side.OFFER, ["towel"]),
        ("ผ้าชีสคลอธ สำหรับกรองกะทิ", Side.NEED, ["muslin"]),
        ("rice steaming cloths, 50 cm round", Side.OFFER, ["muslin"]),
        ("brushed cotton flannel for pyjamas", Side.NEED, ["fleece"]),
        ("beeswax pellets for food wraps", Side.OFFER, ["starch_size"]),
        ("laundry sacks for a hotel kitchen", Side.NEED, ["bag"]),
        ("ใยขวดพลาสติกปั่นเป็นด้าย", Side.OFFER, ["yarn"]),
        ("ชุดหุ้มเบาะรถตู้ ผ้ากำมะหยี่", Side.OFFER, ["seat_cover"]),
        ("seat covers for a taxi fleet", Side.NEED, ["seat_cover"]),
        ("ปลอกพวงมาลัยหนังแท้", Side.OFFER, ["car_accessory"]),
        ("windscreen sunshades with a shop logo", Side.NEED, ["car_accessory"]),
        ("old seatbelts cut into strips", Side.OFFER, ["seatbelt"]),
        ("ถุงลมนิรภัยเก่า", Side.OFFER, ["airbag"]),
        ("หลังคาตุ๊กตุ๊กผ้าใบ", Side.NEED, ["umbrella_tent"]),
        ("ม้านั่งบุนวม", Side.NEED, ["filling"]),
        ("เสื้อวินสีส้ม ปักเบอร์", Side.NEED, ["jacket"]),
        ("live hosts for our evening sales", Side.NEED, ["marketing"]),
        ("wholesale ladies fashion, free size", Side.NEED, ["garment"]),
        ("หนังหุ้มเบาะ สีครีม", Side.NEED, ["leather"]),
        ("canvas roofs for songthaews", Side.NEED, ["umbrella_tent"]),
        ("เข็มขัดช่วยพยุง สำหรับผู้ป่วย", Side.NEED, ["mobility_aid"]),
        ("plain polyester for curtains", Side.NEED, ["fabric"]),
        ("nylon for tote bags", Side.NEED, ["fabric"]),
        ("recycled polyester for pillows", Side.OFFER, ["fibre"]),
        ("kapok for mattresses", Side.OFFER, ["fibre"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_spent_airbags_are_used_airbags_not_used_cloth(reader: PhraseReader) -> None:
    (item,) = reader.read("spent airbags from scrapyards", Side.NEED).items
    assert item.head == "airbag"
    assert "used" in dict(item.attrs)


def test_waterproofing_is_coating_work_but_waterproof_cloth_is_cloth(reader: PhraseReader) -> None:
    (work,) = reader.read("PU waterproofing on our cotton canvas", Side.NEED).items
    assert work.head == "coating"
    (cloth,) = reader.read("a mill for waterproof breathable PUL", Side.NEED).items
    assert cloth.head == "fabric"
    assert "waterproof" in dict(cloth.attrs)


def test_a_verb_next_to_its_adjective_is_still_a_verb(reader: PhraseReader) -> None:
    (item,) = reader.read("anyone who recycles old bed linen into fibre?", Side.NEED).items
    assert item.head == "recycling"


@pytest.mark.parametrize(
    ("text", "head", "quality"),
    [
        ("ถุงผ้าแคนวาส หูยาว", "tote_bag", "canvas"),  # not a bag beside canvas cloth
        ("ถุงผ้าดิบ ใส่สินค้า", "tote_bag", "greige"),
        ("ถุงผ้าฝ้าย พิมพ์โลโก้", "tote_bag", "cotton"),
        ("12 oz natural cotton duck", "canvas", "cotton"),  # not raw cotton
        ("blank tees for printing", "t_shirt", "plain"),
        ("เสื้อยืดเปล่า คอกลม", "t_shirt", "plain"),
    ],
)
def test_cloth_bags_duck_and_blank_shirts(reader: PhraseReader, text: str, head: str, quality: str) -> None:
    item = reader.read(text, Side.OFFER).items[0]
    assert item.head == head
    assert quality in dict(item.attrs)
