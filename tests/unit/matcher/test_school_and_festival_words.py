"""Words of schools, of festivals beyond the temple and of uniformed services, read as the trade means it.

A teacher or tutor offers training; a floor cloth is a rag; "cotton count 40/1" is yarn and loomstate
cotton is greige cloth; painting smocks are aprons; scout neckerchiefs are scarves and their woggles
fasteners; graduation gowns and sashes are goods of their own; nap mats are mattresses. Altar cloths
are table linen; paillettes, กากเพชร and ภู่ are trims; lion dance sets and Santa suits are costumes,
and lion dance troupes and parade floats are event services; Christmas stockings, ornaments and
Chinese couplet banners are decorations; choir robes and church vestments are goods of their own;
saris are clothes and a cheongsam a dress; garlands are garlands, not dye plants; a cloth krathong is a
gift; satin ribbon "on reels" is not reeling; cup sequins are no cups. Aramid is a fibre; body armour,
tactical vests and belts, rank insignia and firefighters' turnout suits are goods of their own; camo is
a pattern. Tea bags, coffee socks and strainer bags are filter cloth goods, green coffee (สารกาแฟ) is a
crop, raffia tape is yarn and conveyor belts are goods of their own. The sentences are new: they are not
taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("A tutor to teach our pupils to weave on frame looms", Side.NEED, ["training"]),
        ("ผ้าเช็ดพื้นจากเศษผ้า มัดละโหล", Side.OFFER, ["wiping_rag"]),
        ("Cotton count 30/1 on cones, 1 t a month", Side.NEED, ["yarn"]),
        ("Loomstate cotton for screen printing, 1,000 m", Side.NEED, ["fabric"]),
        ("Painting smocks for nursery children", Side.NEED, ["apron"]),
        ("ผ้าผูกคอลูกเสือ สีเหลือง", Side.OFFER, ["scarf"]),
        ("Graduation gowns for hire, all faculties", Side.OFFER, ["academic_gown"]),
        ("ชุดครุยอนุบาล ขายส่ง", Side.OFFER, ["academic_gown"]),
        ("สายสะพายรับปริญญา ปักชื่อ", Side.OFFER, ["sash"]),
        ("เบาะนอนกลางวันสำหรับเด็กอนุบาล", Side.NEED, ["mattress"]),
        ("Embroidered altar cloths for a Chinese shrine", Side.NEED, ["table_linen"]),
        ("Gold paillettes by the kilo", Side.OFFER, ["trim"]),
        ("ชุดสิงโตกวางตุ้ง พร้อมหัวสิงโต", Side.OFFER, ["costume"]),
        ("Lion dance troupe for a shop opening", Side.NEED, ["event_service"]),
        ("Felt Christmas stockings, red and green", Side.OFFER, ["home_decor"]),
        ("Choir robes in purple satin, 30 pieces", Side.NEED, ["vestment"]),
        ("Saris in chiffon with sequin borders", Side.OFFER, ["garment"]),
        ("ชุดกี่เพ้า ผ้าไหม ใส่ตรุษจีน", Side.OFFER, ["dress"]),
        ("Marigold garlands for a temple festival", Side.NEED, ["garland"]),
        ("กระทงผ้า ใช้ซ้ำได้", Side.OFFER, ["souvenir"]),
        ("Racing jerseys for a dragon-boat team", Side.NEED, ["shirt"]),
        ("คอสตูมปาร์ตี้ฮาโลวีน ให้เช่า", Side.OFFER, ["costume"]),
        ("Cup sequins 5 mm, silver", Side.OFFER, ["trim"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_the_loy_krathong_festival_is_no_krathong_for_sale(reader: PhraseReader) -> None:
    (item,) = reader.read("Thai dress hire for Loy Krathong night", Side.OFFER).items
    assert item.head == "thai_dress"
    assert "souvenir" not in dict(item.attrs)


def test_ribbon_on_reels_is_ribbon_not_reeling(reader: PhraseReader) -> None:
    items = reader.read("Grosgrain ribbon 2 cm on reels", Side.OFFER).items
    assert all(item.head != "reeling" for item in items), items


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Para-aramid yarn for cut-resistant gloves", Side.NEED, ["yarn"]),
        ("ซองเสื้อเกราะ ผ้าไนลอน สีดำ", Side.OFFER, ["body_armour"]),
        ("Chest rigs and duty belts for patrol units", Side.OFFER, ["tactical_gear"]),
        ("อินทรธนู ขายส่ง", Side.OFFER, ["insignia"]),
        ("Turnout suits for a volunteer fire brigade", Side.NEED, ["firefighter_suit"]),
        ("ชุดกู้ภัยสีส้ม แถบสะท้อนแสง", Side.OFFER, ["uniform"]),
        ("Jungle boots, sizes 39-45", Side.NEED, ["footwear"]),
        ("Wool berets in maroon", Side.OFFER, ["headwear"]),
        ("Lisu cross-stitch strips for cuffs", Side.OFFER, ["fabric"]),
        ("สายทอกี่เอว ลายปกาเกอะญอ", Side.OFFER, ["webbing"]),
        ("Yarn pom-poms, 2 cm, mixed", Side.OFFER, ["trim"]),
        ("Beaded headdresses for a dance troupe", Side.NEED, ["headwear"]),
        ("Empty pyramid tea bags, nylon", Side.OFFER, ["filter_textile"]),
        ("ถุงชงกาแฟผ้าสำลี ด้ามไม้", Side.OFFER, ["filter_textile"]),
        ("สารกาแฟโรบัสต้า ตันละ 90,000", Side.OFFER, ["green_coffee"]),  # a crop (plant_raw), not a chemical
        ("PP raffia tape for sack looms", Side.OFFER, ["yarn"]),
        ("Food-grade PU conveyor belts, joined to length", Side.OFFER, ["conveyor_belt"]),
        ("มุ้งตากพริก ตาถี่", Side.NEED, ["net"]),
        ("Linen proofing couche for baguettes", Side.NEED, ["fabric"]),
        ("Seat moquette for coaches, FR", Side.OFFER, ["velvet"]),
        ("Linen pick-up from our depot twice a week", Side.NEED, ["laundry"]),
        ("ผ้าคลุมหัวเบาะ รถตู้ ปักโลโก้", Side.OFFER, ["seat_cover"]),
        ("Shoddy fibre from old uniforms, baled", Side.OFFER, ["fibre"]),  # shoddy is recycled fibre
        ("Used camo sets, any size", Side.NEED, ["used_clothing"]),
    ],
)
def test_uniformed_services_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_camouflage_is_a_pattern_of_the_cloth(reader: PhraseReader) -> None:
    (item,) = reader.read("Digital camo ripstop, printed, 150 cm", Side.OFFER).items
    assert item.head == "fabric"
    assert "pattern" in dict(item.attrs)


@pytest.mark.parametrize(
    ("text", "head", "material"),
    [
        ("ฝ้ายเข็นมือสีธรรมชาติ เส้นเล็ก", "yarn", "cotton"),  # handspun cotton in its natural colour
        ("ไหมสีธรรมชาติ ขายเป็นไจ", "yarn", "silk"),
    ],
)
def test_a_fibre_in_its_natural_colour_is_the_fibre_not_a_dye(
    reader: PhraseReader, text: str, head: str, material: str
) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == head
    assert material in dict(item.attrs)


def test_a_dye_material_in_a_colour_is_still_the_dyestuff(reader: PhraseReader) -> None:
    (item,) = reader.read("ครั่งสีแดง บดเป็นผง", Side.OFFER).items
    assert item.head == "dye"
