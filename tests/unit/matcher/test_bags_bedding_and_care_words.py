"""Words of the bag, bedding and care trades the reader did not know.

Belts are accessories, glue a chemical, D-rings hardware like buckles, cutting dies
machines; hot stamping and laser engraving decorate goods as printing does. Spring
units fill mattresses, headboards are furnishing, an upholsterer sews. Cotton wool is
a wound-care consumable, not cotton and wool; a gown for inpatients is patient wear,
and cloth drawn on with beeswax is batik cloth, not wax; sterilising is work of its
own, and a cleanroom to rent is premises. The sentences are new: they are not taken
from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "kind", "head"),
    [
        ("เข็มขัดหนังแท้ทำมือ หัวเข็มขัดทองเหลือง", Side.OFFER, ItemKind.GOODS, "accessory"),
        ("Water-based glue for bag making, 5 kg cans", Side.OFFER, ItemKind.GOODS, "chemical"),
        ("need D-rings and swivel hooks for sling bags", Side.NEED, ItemKind.GOODS, "zipper"),
        ("Steel rule cutting dies made to your pattern", Side.OFFER, ItemKind.GOODS, "machinery"),
        ("รับปั๊มร้อนโลโก้บนกระเป๋าหนัง", Side.OFFER, ItemKind.SERVICE, "printing"),
        ("pocket spring units for king-size mattresses", Side.NEED, ItemKind.GOODS, "filling"),
        ("หัวเตียงหุ้มผ้ากำมะหยี่ ตามขนาด", Side.OFFER, ItemKind.GOODS, "home_decor"),
        ("Need an upholsterer for 30 dining chairs", Side.NEED, ItemKind.SERVICE, "sewing"),
        ("cotton wool for clinics, 500 g packs", Side.OFFER, ItemKind.GOODS, "bandage"),
        ("สำลีแผ่นสำหรับคลินิก", Side.NEED, ItemKind.GOODS, "bandage"),
        ("EO sterilisation of gauze packs on contract", Side.OFFER, ItemKind.SERVICE, "sterilisation"),
        ("หาบริการสเตอริไลซ์ชุดผ่าตัดผ้า", Side.NEED, ItemKind.SERVICE, "sterilisation"),
        ("cleanroom space to rent for packing masks", Side.NEED, ItemKind.OTHER, "premises"),
        ("back-tie gowns for inpatients, sizes M to XL", Side.NEED, ItemKind.GOODS, "medical_garment"),
        ("evening gowns for brides, made to measure", Side.OFFER, ItemKind.GOODS, "dress"),
        ("ผ้าคลุมดูเวท์ผ้าฝ้าย 6 ฟุต", Side.OFFER, ItemKind.GOODS, "blanket"),
        ("ผ้าฝ้ายเขียนลายด้วยขี้ผึ้ง ย้อมคราม", Side.OFFER, ItemKind.GOODS, "fabric"),
    ],
)
def test_trade_words(reader: PhraseReader, text: str, side: Side, kind: ItemKind, head: str) -> None:
    items = reader.read(text, side).items
    assert items and (items[0].kind, items[0].head) == (kind, head), items


def test_cotton_wool_is_not_cotton_and_wool(reader: PhraseReader) -> None:
    items = reader.read("cotton wool rolls, 1 kg", Side.OFFER).items
    assert all("wool" not in dict(i.attrs) and i.head != "yarn" for i in items), items


def test_a_sheet_that_withstands_disinfection_asks_for_no_sterilising(reader: PhraseReader) -> None:
    items = reader.read("ผ้ารองเคลื่อนย้ายผู้ป่วย ทนการซักและอบฆ่าเชื้อที่ 80 องศา", Side.NEED).items
    assert [i.head for i in items] == ["transfer_sheet"], items


def test_a_tan_towel_is_no_leather_work(reader: PhraseReader) -> None:
    items = reader.read("spa towels in tan and cream", Side.NEED).items
    assert items and items[0].head == "towel", items
