"""Words of rain-gear makers, wedding trades, stage costumers and lingerie makers, read as the trade means it.

Umbrellas (ร่ม, the northern จ้อง), tents and tarpaulins are three kinds of the old umbrella-and-tent
bucket, and umbrella frames, ribs and handles are parts, not umbrellas; raincoats and ponchos are a kind
of jacket; seam sealing is work and seam tape a trim. Alterations (แก้ชุด) are sewing work on the
customer's clothes, not clothes offered. Bras, briefs, shapewear and long johns are kinds of underwear,
underwires and moulded cups parts of a bra. Khon masks are costume, ชฎา and เทริด stage jewellery,
Kanekalon synthetic hair, ทองคำเปลว gold leaf. The sentences are new: they are not taken from any
labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Stick umbrellas with a hotel logo, 27 in", Side.NEED, ["rain_umbrella"]),
        ("จ้องผ้าฝ้ายเขียนลาย ขนาด 30 นิ้ว", Side.OFFER, ["paper_umbrella"]),
        ("Pop-up gazebos 3 x 3 m for market stalls", Side.OFFER, ["tent"]),
        ("ผ้าคลุมรถกระบะ กันแดด กันฝน", Side.OFFER, ["tarpaulin"]),
        ("steel umbrella frames with 8 ribs", Side.OFFER, ["umbrella_part"]),
        ("ซี่ร่มไม้ไผ่ 500 ชุด", Side.NEED, ["umbrella_part"]),
        ("Hooded ponchos for rice farmers", Side.NEED, ["raincoat"]),
        ("เสื้อกันฝนแบบค้างคาว สีกรม", Side.OFFER, ["raincoat"]),
        ("3-layer seam tape, 20 mm", Side.OFFER, ["seam_tape"]),
        ("Wedding-gown alterations within a week", Side.OFFER, ["alteration"]),
        ("Wire-free nursing bras, sizes 34-42", Side.OFFER, ["bra"]),
        ("บ็อกเซอร์ผ้าฝ้าย แพ็ค 3 ตัว", Side.NEED, ["briefs"]),
        ("Post-partum girdles, medium compression", Side.OFFER, ["shapewear"]),
        ("ลองจอนผ้าร่อง ใส่กันหนาว", Side.OFFER, ["long_johns"]),
        ("Underwire in nickel-free steel", Side.OFFER, ["bra_component"]),
        ("หัวโขนจำลอง ขนาดตั้งโต๊ะ", Side.OFFER, ["khon_mask"]),
        ("Kanekalon braiding hair, 24 in", Side.OFFER, ["synthetic_hair"]),
        ("ทองคำเปลวแท้ สำหรับปิดหัวโขน", Side.NEED, ["gold_leaf"]),
        ("Ballet leotards for a children's school", Side.NEED, ["leotard"]),
        ("Tung oil for proofing paper parasols", Side.NEED, ["lacquer"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("รับแก้ชุดราตรี ปรับเอว", "alteration"),
        ("Seam sealing on your rain jackets, hot air", "seam_sealing"),
        ("Wedding venue decoration with drapes and arches", "event_service"),
    ],
)
def test_work_for_others_is_a_service(reader: PhraseReader, text: str, head: str) -> None:
    item = reader.read(text, Side.OFFER).items[0]
    assert item.head == head
    assert item.kind.name != "GOODS"


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("umbrella", "umbrella_tent") and g.is_a("tent", "umbrella_tent")
    assert g.is_a("tarpaulin", "umbrella_tent")
    assert not g.is_a("umbrella_part", "umbrella_tent")
    assert g.is_a("raincoat", "jacket")
    assert g.is_a("bra", "underwear") and g.is_a("briefs", "underwear") and g.is_a("shapewear", "underwear")
    assert g.is_a("alteration", "sewing")
    assert g.is_a("khon_mask", "costume")


def test_a_need_for_umbrella_ribs_finds_the_parts_maker_before_the_umbrella_shop() -> None:
    buyer = sme("umbrella-works", stage="midstream", needs=("Spare ribs and runners for umbrella repairs",))
    parts = sme("parts", stage="midstream", language="th", offers=("ซี่ร่ม ก้านร่ม อะไหล่ร่ม ขายส่ง",))
    shop = sme("shop", stage="downstream", offers=("Folding umbrellas, 3 sections, by the dozen",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, parts, shop]).suppliers_of("umbrella-works"))
    assert found and found[0] == "parts", found


def test_a_need_for_bras_finds_the_bra_maker_before_the_briefs_maker() -> None:
    buyer = sme("boutique", stage="downstream", needs=("Lace bralettes for our shop",))
    bras = sme("bras", stage="downstream", language="th", offers=("บราลูกไม้ ไร้โครง ขายส่ง",))
    briefs = sme("briefs", stage="downstream", offers=("Lace briefs, 5 colours",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, bras, briefs]).suppliers_of("boutique"))
    assert found and found[0] == "bras", found
