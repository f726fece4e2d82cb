"""Training about a work, the kinds of goods a service works on, fastening words and refusals.

Training or advice on a work is the training, not the work ("training in
industrial sewing", "advice on natural dyeing", "อบรมการเย็บผ้า"), while a shop, a craftsman or a sewing
workshop named by its work is the work ("ร้านพิมพ์ซับลิเมชั่น"). After "for", a list set off by a dash
or a colon that names kinds of the goods the work is for goes on with the use,
and qualities listed with commas before their goods are one use. "Sew-on" says
how a tape is fastened, it offers no sewing. What a phrase says is not wanted or
not sold ("we do not need", "ไม่ต้องการ", "we don't sell") names no goods. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


def heads(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> list[str]:
    return [i.head for i in reader.read(text, side).items]


@pytest.mark.parametrize(
    "text", ["need training in machine embroidery", "อยากได้การอบรมการปักผ้าให้สมาชิก", "coaching in natural dyeing"]
)
def test_training_on_a_work_is_training(reader: PhraseReader, text: str) -> None:
    assert heads(reader, text, Side.NEED) == ["training"]


@pytest.mark.parametrize(
    "text",
    ["training on batik waxing for our members", "advice about indigo vat dyeing", "a workshop on pattern cutting"],
)
def test_teaching_on_or_about_a_work_is_the_teaching(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert [i.kind for i in found] == [ItemKind.OTHER], found


def test_work_done_on_goods_is_still_the_work(reader: PhraseReader) -> None:
    found = reader.read("heat press printing on tote bags", Side.OFFER).items
    assert [i.kind for i in found] == [ItemKind.SERVICE], found


@pytest.mark.parametrize(
    "text", ["heat-press printing on customer-supplied tote bags and aprons", "embroidery on your caps, polos, vests"]
)
def test_work_on_the_customers_goods_is_the_work_with_every_goods_listed(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.OFFER).items
    assert [i.kind for i in found] == [ItemKind.SERVICE], found


def test_work_on_the_customers_material_keeps_the_material(reader: PhraseReader) -> None:
    [item] = reader.read("plant dyeing on your cotton or linen", Side.OFFER).items
    assert item.head == "dyeing" and dict(item.attrs).get("cotton", 0.0) == 1.0, item


def test_a_shop_named_by_its_work_is_still_the_work(reader: PhraseReader) -> None:
    found = reader.read("ร้านปักชื่อรับงานด่วน", Side.OFFER).items
    assert [i.kind for i in found] == [ItemKind.SERVICE], found


@pytest.mark.parametrize(
    "text", ["need a sewing workshop that can take 300 aprons", "garment workshop to sew our linen shirts"]
)
def test_a_sewing_workshop_is_a_place_that_sews(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert [(i.kind, i.head) for i in found] == [(ItemKind.SERVICE, "sewing")], found


@pytest.mark.parametrize(
    "text",
    [
        "contract sewing for knitted garments — T-shirts, polo shirts and leggings",
        "embroidery for garments: school shirts, nurse tunics",
        "heat-transfer printing for outdoor, cycling and running jerseys",
    ],
)
def test_the_goods_a_service_is_for_are_not_on_offer(reader: PhraseReader, text: str) -> None:
    found = reader.read(text, Side.OFFER).items
    assert [i.kind for i in found] == [ItemKind.SERVICE], found


def test_goods_after_into_are_still_the_goods_made(reader: PhraseReader) -> None:
    found = heads(reader, "banana stems are stripped and scraped into long, glossy fibre we sell by the kilo")
    assert "fibre" in found, found


@pytest.mark.parametrize("text", ["woven name labels, sew-on", "reflective tape, sew on or iron on"])
def test_a_fastening_word_offers_no_sewing(reader: PhraseReader, text: str) -> None:
    assert "sewing" not in heads(reader, text)


@pytest.mark.parametrize(
    ("text", "side", "kept", "refused"),
    [
        ("hemp yarn, handspun; we do not need cotton yarn", Side.NEED, "hemp", "cotton"),
        ("ต้องการผ้าไหมทอมือ ไม่ต้องการผ้าโพลีเอสเตอร์", Side.NEED, "silk", "polyester"),
        ("linen thread, not looking for polyester thread", Side.NEED, "linen", "polyester"),
        ("we don't sell cotton fibre, only handspun hemp yarn", Side.OFFER, "hemp", "cotton"),
    ],
)
def test_what_is_refused_is_neither_wanted_nor_sold(
    reader: PhraseReader, text: str, side: Side, kept: str, refused: str
) -> None:
    found = reader.read(text, side).items
    attrs = {a for i in found for a, _ in i.attrs}
    assert kept in attrs and refused not in attrs, found


def test_a_phrase_that_only_refuses_wants_nothing(reader: PhraseReader) -> None:
    assert reader.read("We don't want to handle any printing ourselves this season.", Side.NEED).items == ()


def test_words_without_goods_describe_nothing_in_the_next_sentence(reader: PhraseReader) -> None:
    found = reader.read("Wanted: bamboo viscose slub, Nm 30. Our jersey goes to a Danish baby brand.", Side.NEED).items
    bamboo = [i for i in found if "bamboo" in dict(i.attrs)]
    assert bamboo and all(not i.head.startswith("jersey") for i in bamboo), found


def test_a_sentence_about_the_writer_does_not_become_goods(reader: PhraseReader) -> None:
    found = reader.read("We are nine Karen families in the hills. We weave and sell cotton scarves.", Side.OFFER).items
    assert [i.head for i in found] == ["scarf"], found


@pytest.mark.parametrize(
    ("text", "kept", "denied"),
    [
        ("lac dye, dried (not synthetic powder)", "dye", "synthetic_material"),
        ("organic cotton poplin, no polyester", "poplin", "polyester"),
    ],
)
def test_a_part_that_opens_by_denying_goods_names_none(reader: PhraseReader, text: str, kept: str, denied: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert [i.head for i in found] == [kept], found
    assert denied not in dict(found[0].attrs), found


def test_a_need_after_what_customers_ask_for_is_what_the_writer_buys(reader: PhraseReader) -> None:
    reading = reader.read("Our resort customers keep asking for bamboo towels, so we need bamboo terry yarn", Side.NEED)
    assert reading.intent.value == "input" and "yarn" in [i.head for i in reading.items], reading


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("รับซื้อเศษผ้าฝ้ายจากโรงงาน ไม่รับผ้าโพลีเอสเตอร์", "polyester"),
        ("ต้องการผ้าฝ้ายทอมือ ไม่เอาผ้ายืด", "stretch"),
        ("ต้องการผ้าฝ้ายออร์แกนิก ไม่ใช่ผ้าโพลีเอสเตอร์", "polyester"),
        ("ด้ายฝ้ายเข็นมือ ห้ามมีไนลอนผสม", "nylon"),
        ("ผ้าขนหนูฝ้าย ห้ามใช้ผ้าโพลีเอสเตอร์", "polyester"),
        ("ผ้าฝ้ายทอมือ ไม่ย้อมคราม ไว้เขียนเทียน", "indigo"),
    ],
)
def test_thai_goods_refused_are_not_wanted(reader: PhraseReader, text: str, refused: str) -> None:
    found = reader.read(text, Side.NEED).items
    assert found and all(refused not in dict(i.attrs) for i in found), found
