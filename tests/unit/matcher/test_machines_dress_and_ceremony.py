"""Workshop machines and energy, Muslim and southern dress, silk painting, and goods for ceremonies.

A compressor, a hydro-extractor or a dye pot is a machine, solar panels are energy, and
sharpening blades or rewinding a motor is repair. Abayas, telekung and kebaya are
garments, a sejadah a mat, fusible interfacing a trim. Painted silk is silk on offer,
painting silk for others is work. Flags, stage drapes, chair covers and academic gowns
are goods, not nothing. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("ปั๊มลมสกรู 15 แรงม้า มือสอง", Side.OFFER, "machinery"),
        ("Need a hydro extractor for our dye workshop, 25 kg", Side.NEED, "machinery"),
        ("หม้อย้อมสแตนเลส 300 ลิตร พร้อมเตาแก๊ส", Side.OFFER, "machinery"),
        ("แผงโซล่าเซลล์ติดหลังคาโรงทอ", Side.NEED, "fuel_energy"),
        ("Abayas and jubah, wholesale, S to XXL", Side.OFFER, "garment"),
        ("ชุดละหมาดผ้าฝ้าย ปักลายที่ชายผ้า", Side.OFFER, "garment"),
        ("sejadah for mosques, 100 pieces", Side.NEED, "mat"),
        ("fusible interfacing for shirt collars", Side.NEED, "trim"),
        ("ธงชาติ ธงตราสัญลักษณ์ ขนาด 60x90 ซม.", Side.OFFER, "national_flag"),
        ("ครุยวิทยฐานะ รับตัดทุกมหาวิทยาลัย", Side.OFFER, "garment"),
        ("chair covers and table skirting for 300 guests", Side.NEED, "chair_cover"),
    ],
)
def test_machines_dress_and_ceremonial_goods(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    items = reader.read(text, side).items
    assert items and items[0].head == head, items


@pytest.mark.parametrize("text", ["รับลับกรรไกร ลับใบมีดเครื่องตัดผ้า", "Motor rewinding for looms and fans, 2-day turnaround"])
def test_sharpening_and_rewinding_are_repair(reader: PhraseReader, text: str) -> None:
    items = reader.read(text, Side.OFFER).items
    assert items and items[0].head == "repair", items


def test_painted_silk_is_silk_on_offer(reader: PhraseReader) -> None:
    items = reader.read("hand-painted silk scarves, 90 x 90 cm", Side.OFFER).items
    assert [(i.kind, i.head) for i in items] == [(ItemKind.GOODS, "scarf")], items
    assert {"printing", "silk"} <= dict(items[0].attrs).keys(), items


def test_painting_silk_for_others_is_work(reader: PhraseReader) -> None:
    items = reader.read("รับเพ้นท์ผ้าไหมตามแบบที่ลูกค้าส่งมา", Side.OFFER).items
    assert items and (items[0].kind, items[0].head) == (ItemKind.SERVICE, "printing"), items


def test_taking_the_wax_off_is_dewaxing_work(reader: PhraseReader) -> None:
    items = reader.read("รับลอกเทียนผ้า วันละ 200 ผืน", Side.OFFER).items
    assert items and (items[0].kind, items[0].head) == (ItemKind.SERVICE, "dewaxing"), items
