"""Profiles written about an SME rather than by it, and work done on contract.

Coordinators write "the hotel manager wants bath towels" and "residents asked for
pyjamas": a verb of wanting after a third-person subject opens the clause that
names the goods. "ร้านนี้", "ทางกลุ่ม" and "the group" are the subject, not a shop
on offer. English says for whom work is done after the goods it is done to ("sewing
aprons, tote bags and cushion covers for other makers"): the sewing is the offer and
the goods listed before the cue are what it is done to. Thai "จ้าง" (hire) asks for
work as "รับจ้าง" offers it. Reeling silk (สาวไหม) reads as spinning yarn does: after
"รับ" the work, on its own the yarn. The sentences are new: they are not taken from any
labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


def items(reader: PhraseReader, text: str, side: Side) -> list[tuple[str, ItemKind]]:
    return [(i.head, i.kind) for i in reader.read(text, side).items]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The hotel manager wants bath towels in white", "towel"),
        ("Residents asked for soft cotton pyjamas", "sleepwear"),
        ("The clinic needs washable underpads", "underpad"),
    ],
)
def test_a_third_person_subject_before_a_verb_of_wanting(reader: PhraseReader, text: str, wanted: str) -> None:
    assert [h for h, _ in items(reader, text, Side.NEED)] == [wanted]


def test_goods_before_wanted_are_still_wanted(reader: PhraseReader) -> None:
    assert items(reader, "Organic cotton yarn wanted", Side.NEED) == [("yarn", ItemKind.GOODS)]


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Family workshop sewing aprons, tote bags and cushion covers for other makers", "sewing"),
        ("A small mill weaving towels and bathrobe terry on contract", "weaving"),
    ],
)
def test_work_for_others_named_after_its_goods(reader: PhraseReader, text: str, work: str) -> None:
    assert items(reader, text, Side.OFFER) == [(work, ItemKind.SERVICE)]


def test_goods_sold_beside_work_for_others_stay_goods(reader: PhraseReader) -> None:
    found = items(reader, "We sell hemp bags, and weave cloth for other brands", Side.OFFER)
    assert found == [("bag", ItemKind.GOODS), ("weaving", ItemKind.SERVICE)]


def test_hiring_work_asks_for_the_work(reader: PhraseReader) -> None:
    assert items(reader, "ต้องการจ้างโรงงานย้อมผ้าฝ้าย", Side.NEED) == [("dyeing", ItemKind.SERVICE)]


def test_the_writer_named_as_a_shop_is_not_a_shop_on_offer(reader: PhraseReader) -> None:
    found = items(reader, "ร้านนี้ตัดเย็บกระเป๋าผ้าฝ้ายทอมือ", Side.OFFER)
    assert found and all(kind is ItemKind.GOODS for _, kind in found), found


def test_reeled_silk_is_yarn_and_reeling_for_others_is_the_work(reader: PhraseReader) -> None:
    assert ("yarn", ItemKind.GOODS) in items(reader, "กลุ่มเราเลี้ยงไหมและสาวไหมขายเป็นไจ", Side.OFFER)
    assert items(reader, "รับสาวไหมตามสั่ง", Side.OFFER) == [("reeling", ItemKind.SERVICE)]


def test_donated_clothes_are_used_clothing(reader: PhraseReader) -> None:
    assert [h for h, _ in items(reader, "We collect donated clothes from churches and schools", Side.OFFER)] == [
        "used_clothing"
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [("ผ้าฝ้ายเขียนลายเทียนด้วยจันติ้ง", Side.OFFER), ("hand-drawn batik lengths for sarongs", Side.NEED)],
)
def test_hand_drawn_batik_is_batik_cloth(reader: PhraseReader, text: str, side: Side) -> None:
    found = reader.read(text, side).items
    assert [i.head for i in found] == ["fabric"] and dict(found[0].attrs).get("batik") == 1.0


def test_bast_alone_is_bast_fibre_but_bark_for_dye_is_dye(reader: PhraseReader) -> None:
    assert [h for h, _ in items(reader, "Dried bast in bundles, 20 kg", Side.OFFER)] == ["fibre"]
    assert [h for h, _ in items(reader, "เปลือกประดู่ตากแห้งสำหรับย้อมผ้า", Side.OFFER)] == ["dye"]
    assert [h for h, _ in items(reader, "Dried mangosteen bark for dyeing silk", Side.OFFER)] == ["dye"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("ตอนนี้ซื้อด้ายจากโรงงานใหญ่ แต่อยากเปลี่ยนมาใช้ด้ายกัญชงเข็นมือ", "yarn"),
        ("We now import polyester wadding but want to switch to kapok", "fibre"),
    ],
)
def test_what_is_bought_now_before_a_turn_is_not_what_is_wanted(reader: PhraseReader, text: str, wanted: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert [i.head for i in found] == [wanted], found


def test_a_condition_in_the_use_is_not_the_condition_of_the_goods(reader: PhraseReader) -> None:
    found = reader.read("Tote bags sewn from new canvas, with a repair service for worn bags", Side.OFFER).items
    assert found[0].head == "tote_bag" and "used" not in dict(found[0].attrs)


def test_cloth_from_a_mill_is_cloth_not_factory_waste(reader: PhraseReader) -> None:
    assert [h for h, _ in items(reader, "ต้องการผ้าฝ้ายหน้ากว้างจากโรงงาน", Side.NEED)] == ["fabric"]


@pytest.mark.parametrize(("text", "work"), [("ต้องการร้านพิมพ์ซับลิเมชั่นลงเสื้อวิ่ง", "printing"), ("หาร้านปักโลโก้", "embroidery")])
def test_a_shop_named_by_its_work_is_the_work(reader: PhraseReader, text: str, work: str) -> None:
    assert [(h, k) for h, k in items(reader, text, Side.NEED)] == [(work, ItemKind.SERVICE)]


def test_thai_waste_taken_in_and_made_into_goods_offers_the_goods(reader: PhraseReader) -> None:
    found = reader.read("รับเศษผ้ายีนส์มาตีเป็นใยรีไซเคิล ขายเป็นก้อน", Side.OFFER).items
    assert [(i.head, i.kind) for i in found] == [("fibre", ItemKind.GOODS)]


@pytest.mark.parametrize(
    ("text", "work"),
    [("รับปักชื่อ เสื้อนักเรียน กระเป๋าผ้า", "embroidery"), ("รับซักรีด ผ้าปูที่นอน ผ้าขนหนู ชุดพนักงาน", "laundry")],
)
def test_thai_kinds_of_job_after_work_for_others_are_what_it_is_done_to(
    reader: PhraseReader, text: str, work: str
) -> None:
    assert items(reader, text, Side.OFFER) == [(work, ItemKind.SERVICE)]


def test_goods_after_work_that_makes_them_are_still_sold(reader: PhraseReader) -> None:
    found = items(reader, "รับทอผ้า ผ้าขาวม้า ผ้าซิ่น", Side.OFFER)
    assert ("weaving", ItemKind.SERVICE) in found and len(found) == 3, found


def test_goods_the_part_sells_are_goods(reader: PhraseReader) -> None:
    found = items(reader, "รับย้อมผ้า เสื้อมัดย้อมพร้อมขาย", Side.OFFER)
    assert found == [("dyeing", ItemKind.SERVICE), ("shirt", ItemKind.GOODS)]
