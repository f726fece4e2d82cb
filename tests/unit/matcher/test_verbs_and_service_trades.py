"""Bare English verbs that open an offer, and the words of laundry, alteration and workshop trades.

A bare verb of work (not of making) that opens an English part, before the
goods it is done to, is that work done for others: "embroider logo on chef
jackets" offers embroidery, as "we embroider …" does. A verb that makes the
goods ("weave hemp fabric") still sells the goods. Washing machines, dryers and
tailors' tools are machinery; ironing and stain removal are laundry; pleating
and garment washes are finishing; mending is repair; "ขูดเครื่อง" (scraped by
machine) says how a fibre was made, it sells no machine. The sentences are new:
they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("embroider company logo on chef jackets", "embroidery"),
        ("print logo on canvas tote bags, min 50 pcs", "printing"),
        ("bleach cotton yarn for hand weavers", "bleaching"),
    ],
)
def test_a_bare_verb_opening_an_offer_is_the_work(reader: PhraseReader, text: str, work: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.SERVICE, work)


def test_a_verb_that_makes_the_goods_still_sells_them(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "weave hemp fabric on handlooms") == [(ItemKind.GOODS, "fabric")]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("commercial washer extractors and tumble dryers for sale", "machinery"),
        ("เครื่องซักผ้าอุตสาหกรรมมือสอง 30 กก.", "machinery"),
        ("กรรไกรตัดผ้า สายวัด", "machinery"),
    ],
)
def test_laundry_machines_and_tailors_tools_are_machinery(reader: PhraseReader, text: str, head: str) -> None:
    assert [h for _, h in kinds_and_heads(reader, text)] == [head] * len(kinds_and_heads(reader, text))


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("ironing and stain removal for restaurant napkins", "laundry"),
        ("รับรีดผ้า ส่งร้านอาหาร", "laundry"),
        ("accordion pleating on chiffon", "pleating"),
        ("enzyme wash for denim jeans", "finishing"),
        ("รับอัดพลีทกระโปรง", "pleating"),
        ("visible mending of knitwear", "repair"),
        ("industrial washing of used uniforms", "laundry"),
        ("รับหุ้มเบาะโซฟา เก้าอี้ร้านอาหาร", "sewing"),
        ("re-upholstery of hotel chairs", "sewing"),
        ("รับแก้เสื้อผ้า เปลี่ยนซิป", "alteration"),
    ],
)
def test_trade_words_of_work_for_others(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.SERVICE, head)


@pytest.mark.parametrize("text", ["ใยสับปะรด ขูดเครื่อง", "ใยกล้วย แยกเครื่อง เดือนละ 50 กก."])
def test_a_fibre_made_by_machine_sells_no_machine(reader: PhraseReader, text: str) -> None:
    assert kinds_and_heads(reader, text) == [(ItemKind.GOODS, "fibre")]


@pytest.mark.parametrize("text", ["dress forms, sizes 8 to 14", "หุ่นลองชุด ปรับไซส์ได้"])
def test_dress_forms_are_tailors_tools(reader: PhraseReader, text: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, "machinery")


@pytest.mark.parametrize("text", ["ผ้าหุ้มเบาะ กันน้ำ", "upholstery fabric, 140 cm"])
def test_upholstery_cloth_is_cloth(reader: PhraseReader, text: str) -> None:
    assert kinds_and_heads(reader, text, Side.NEED)[0] == (ItemKind.GOODS, "fabric")


@pytest.mark.parametrize("text", ["ผ้าขี้ริ้ว ใช้เช็ดเครื่องจักร", "ผ้าเช็ดจักร ซื้อเป็นกิโล"])
def test_rags_for_wiping_machines_are_rags(reader: PhraseReader, text: str) -> None:
    assert kinds_and_heads(reader, text) == [(ItemKind.GOODS, "wiping_rag")]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("PUL nappy covers, reusable", "diaper"),
        ("pull-up pants for adults", "diaper"),
        ("crib sheets, fitted", "bedding"),
        ("adult diaper pants, size L", "diaper"),
        ("กางเกงผ้าอ้อมผ้าซักได้ สำหรับเด็กเล็ก", "diaper"),
        ("safety eyes for plush toys, 12 mm", "doll_part"),
        ("newborn wraps in bamboo muslin", "blanket"),
        ("ชุดนักเรียนชาย เสื้อ กางเกง", "uniform"),
        ("school uniforms for 300 pupils", "uniform"),
        ("ชุดรำวงผ้าสีทอง 30 ชุด", "dance_costume"),  # a dance outfit (a garment), not gold cloth
        ("silk pocket squares, hand-rolled", "handkerchief"),
    ],
)
def test_baby_and_care_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, head)
