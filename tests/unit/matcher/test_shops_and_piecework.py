"""Shops that sell, the piecework villages and jobbers take in, and space to rent.

A need for "a shop that sells" goods wants the goods, and one for "a shop that can"
do work wants the work; a shop offering what it sells stays a shop, a channel the
cluster's makers sell through. The small jobs of a garment line and a loom
(trimming threads, hand hemming, sewing on buttons, tagging and packing, winding
bobbins) are work, not the thread, the tags or the loom they name. Space to rent (a
shophouse, a market stall, a site for a dye house) is premises, not the work it
would suit. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import Intent, ItemKind, PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "head", "quality"),
    [
        ("หาร้านขายโซดาแอชราคาส่ง แถวขอนแก่น", "chemical", None),
        ("อยากได้ร้านที่จำหน่ายเส้นไหมน้อย", "yarn", "silk"),
        ("Looking for a store that sells organic cotton jersey by the kilo", "jersey_fabric", "cotton"),
        ("need a shop selling hemp in small lots", "fibre", "hemp"),  # a material, sold as fibre
        ("any shop that carries brass zips in bulk?", "zipper", None),
    ],
)
def test_a_need_for_a_shop_that_sells_wants_the_goods(
    reader: PhraseReader, text: str, head: str, quality: str | None
) -> None:
    reading = reader.read(text, Side.NEED)
    assert reading.intent is Intent.INPUT, reading
    assert [i.head for i in reading.items] == [head], reading.items
    assert reading.items[0].kind is ItemKind.GOODS
    assert "retail_platform" not in dict(reading.items[0].attrs), reading.items
    if quality is not None:
        assert quality in dict(reading.items[0].attrs), reading.items


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("is there a shop that can embroider club logos on caps?", "embroidery"),
        ("Can anyone suggest a store who could dye 40 linen napkins navy", "dyeing"),
        ("looking for shops that can print our logo on canvas totes", "printing"),
    ],
)
def test_a_need_for_a_shop_that_works_wants_the_work(reader: PhraseReader, text: str, work: str) -> None:
    items = reader.read(text, Side.NEED).items
    assert [(i.kind, i.head) for i in items] == [(ItemKind.SERVICE, work)], items
    assert "retail_platform" not in dict(items[0].attrs), items


def test_a_shop_offering_what_it_sells_stays_a_shop(reader: PhraseReader) -> None:
    items = reader.read("ร้านขายผ้าทอมือ ผ้าฝ้าย ผ้าไหม ปลีกและส่ง", Side.OFFER).items
    assert items and items[0].head == "retail_platform", items


@pytest.mark.parametrize("text", ["หาร้านค้ารับวางขายผ้าพันคอของกลุ่ม", "หาร้านขาย"])
def test_a_need_for_shops_without_goods_sold_to_it_still_wants_shops(reader: PhraseReader, text: str) -> None:
    items = reader.read(text, Side.NEED).items
    assert items and all(i.head == "retail_platform" for i in items), items


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("รับตัดด้ายเสื้อยืด ตัวละ 50 สตางค์", "sewing"),
        ("รับสอยมือชายกางเกงสแล็ค", "sewing"),
        ("รับเย็บกระดุม เจาะรังดุม เสื้อนักเรียน", "sewing"),
        ("Thread trimming for knitwear factories, 30 home workers", "sewing"),
        ("Bartacking and button sewing on contract, 20 machines", "sewing"),
        ("รับร้อยลูกปัด ปักเลื่อม ชุดการแสดง", "embroidery"),
        ("Hand smocking on girls' dresses", "embroidery"),
        ("รับกรอหลอดด้ายพุ่งให้กลุ่มทอ", "spinning"),
        ("รับยิงป้าย ติดแท็ก แพ็คของ", "logistics"),
        ("Polybagging and tagging to the buyer's packing list", "logistics"),
        ("รับส่องผ้าหาตำหนิ ก่อนส่งโรงตัด", "testing"),
        ("รับรีดเสื้อเชิ้ต รีดไอน้ำ", "laundry"),
    ],
)
def test_piecework_is_the_work_not_the_thread_tags_or_loom_it_names(
    reader: PhraseReader, text: str, work: str
) -> None:
    items = reader.read(text, Side.OFFER).items
    assert items and items[0].head == work, items
    assert all(i.head not in ("yarn", "label", "loom", "textile_waste", "trim") for i in items), items


@pytest.mark.parametrize("text", ["ต่ำหูกผ้าฝ้ายลายน้ำไหลตามสั่ง", "ผ้าฝ้ายย้อมคราม ทอหูก หน้า 80 ซม."])
def test_weaving_on_a_hand_loom_in_northern_and_isan_words_is_handwoven(reader: PhraseReader, text: str) -> None:
    items = reader.read(text, Side.OFFER).items
    assert items and items[0].head == "fabric", items
    assert "handwoven" in dict(items[0].attrs), items


def test_beads_sequins_and_tassels_are_trims(reader: PhraseReader) -> None:
    items = reader.read("ลูกปัดแก้ว เลื่อม พู่ไหมพรม ราคาส่ง", Side.OFFER).items
    assert items and all(i.head == "trim" for i in items), items


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("ให้เช่าอาคารพาณิชย์ 2 ชั้น ติดถนนใหญ่ เหมาะทำห้องตัดเย็บ", Side.OFFER),
        ("Market stall for rent at the Sunday walking street, 2 x 2 m", Side.OFFER),
        ("หาที่เช่าเปิดโรงย้อมเล็กๆ ใกล้แหล่งน้ำ", Side.NEED),
    ],
)
def test_space_to_rent_is_premises_not_the_work_it_suits(reader: PhraseReader, text: str, side: Side) -> None:
    items = reader.read(text, side).items
    assert items and items[0].head == "premises", items


def test_a_group_going_to_a_fair_still_offers_its_goods(reader: PhraseReader) -> None:
    items = reader.read("เดือนหน้ากลุ่มเราออกบูธที่เมืองทอง ตอนนี้มีผ้าไหมมัดหมี่พร้อมส่ง", Side.OFFER).items
    assert [i.head for i in items] == ["fabric"], items
