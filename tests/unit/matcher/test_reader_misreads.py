"""Wording the reader once misread: goods "in" a material, Thai terms carrying the service word, cotton in
strands, and kapok with its seeds taken out. Each reads as the goods or service the SME really offers or needs."""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import Item, ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


def read(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> tuple[Item, ...]:
    return reader.read(text, side).items


def attrs(item: Item) -> set[str]:
    return {concept for concept, _ in item.attrs}


# --------------------------------------------------------------- goods "in" a material or technique


@pytest.mark.parametrize(
    ("text", "side", "head", "described"),
    [
        ("pillows in khit weave", Side.OFFER, "pillow", {"supplementary_weft", "weaving"}),
        ("shirts in organic cotton fabric", Side.OFFER, "shirt", {"cotton", "organic"}),
        ("tote bags in hemp canvas", Side.OFFER, "tote_bag", {"hemp"}),
        ("cushions in mudmee silk", Side.OFFER, "cushion", {"silk", "tie_dye"}),
        ("need tote bags in hemp canvas for our shop", Side.NEED, "tote_bag", {"hemp"}),
    ],
)
def test_goods_before_in_are_what_is_offered_and_the_rest_describes_them(
    reader: PhraseReader, text: str, side: Side, head: str, described: set[str]
) -> None:
    found = read(reader, text, side)
    assert [(i.head, i.kind) for i in found] == [(head, ItemKind.GOODS)]
    assert described <= attrs(found[0])


@pytest.mark.parametrize(
    ("english", "thai"),
    [("pillows in khit weave", "หมอนขิด"), ("shirts in cotton fabric", "เสื้อผ้าฝ้าย")],
)
def test_goods_in_a_material_read_as_the_same_goods_written_in_thai(
    reader: PhraseReader, english: str, thai: str
) -> None:
    assert [i.head for i in read(reader, english)] == [i.head for i in read(reader, thai)]


def test_a_pillow_maker_writing_in_supplies_pillows_and_a_weaver_in_a_town_still_weaves() -> None:
    index = MatchIndex(k=5).fit(
        [
            sme("pillows", offers=("pillows in khit weave",), stage="downstream"),
            sme("weaver", offers=("weaving in Chiang Mai",)),
            sme("khit-cloth", offers=("ผ้าขิด ผ้าทอมือ",), language="th"),
            sme("shop", needs=("หมอนขิด",), stage="downstream", language="th"),
            sme("brand", needs=("need a weaving service",), stage="downstream"),
        ]
    )
    assert supplier_ids(index.suppliers_of("shop")) == ["pillows"]  # not the cloth weaver
    assert "weaver" in supplier_ids(index.suppliers_of("brand"))


# --------------------------------------------------------------- รับตัดเย็บ: the sewing service


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("รับตัดเย็บชุดพนักงาน", {"uniform"}),
        ("รับตัดเย็บเสื้อผ้า", {"garment"}),
        ("รับตัดเย็บกระเป๋าผ้า", {"tote_bag"}),
    ],
)
def test_rub_tat_yep_offers_the_sewing_service_on_the_goods_named(
    reader: PhraseReader, text: str, described: set[str]
) -> None:
    found = read(reader, text)
    assert [(i.head, i.kind) for i in found] == [("sewing", ItemKind.SERVICE)]
    assert described <= attrs(found[0])


def test_rub_tat_yep_after_a_space_is_a_second_offer_not_how_the_cloth_was_made(reader: PhraseReader) -> None:
    found = read(reader, "ผ้าฝ้ายทอมือ รับตัดเย็บ")
    assert [(i.head, i.kind) for i in found] == [("fabric", ItemKind.GOODS), ("sewing", ItemKind.SERVICE)]


def test_an_english_need_for_sewing_finds_a_thai_workshop_that_takes_sewing_orders() -> None:
    index = MatchIndex(k=5).fit(
        [
            sme("sewing-group", offers=("รับตัดเย็บชุดพนักงาน",), language="th"),
            sme("hotel", needs=("sewing service for staff uniforms",), stage="downstream"),
        ]
    )
    assert supplier_ids(index.suppliers_of("hotel")) == ["sewing-group"]


# --------------------------------------------------------------- ฝ้ายเส้น: cotton in strands is yarn


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("ฝ้ายเส้น", "cotton"),
        ("ฝ้ายเส้นย้อมคราม", "cotton"),
        ("ต้องการฝ้ายเส้น สำหรับทอผ้า", "cotton"),
        ("เส้นกัญชง", "hemp"),
        ("เส้นฝ้ายตุ่น", "cotton"),
    ],
)
def test_a_fibre_named_with_sen_is_yarn(reader: PhraseReader, text: str, material: str) -> None:
    side = Side.NEED if text.startswith("ต้องการ") else Side.OFFER
    found = read(reader, text, side)
    assert [i.head for i in found] == ["yarn"]
    assert material in attrs(found[0])


def test_cotton_yarn_wanted_in_english_is_supplied_by_fai_sen_not_by_raw_cotton() -> None:
    index = MatchIndex(k=5).fit(
        [
            sme("yarn", offers=("ฝ้ายเส้น",), language="th", stage="upstream"),
            sme("lint", offers=("ปุยฝ้าย",), language="th", stage="upstream"),
            sme("weaver", needs=("cotton yarn for our looms",)),
        ]
    )
    assert supplier_ids(index.suppliers_of("weaver")) == ["yarn"]


# --------------------------------------------------------------- นุ่นแกะเมล็ด: kapok with the seeds out


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("นุ่นแกะเมล็ด", Side.OFFER),
        ("นุ่นเอาเมล็ดออก สำหรับยัดหมอน", Side.OFFER),
        ("ต้องการนุ่นแกะเมล็ด", Side.NEED),
        ("kapok without seeds", Side.OFFER),
        ("kapok, seeds removed, for stuffing", Side.OFFER),
    ],
)
def test_kapok_with_its_seeds_removed_is_kapok_fibre(reader: PhraseReader, text: str, side: Side) -> None:
    found = read(reader, text, side)
    assert [i.head for i in found] == ["fibre"]
    assert "kapok" in attrs(found[0])
    assert "seed" not in attrs(found[0])


def test_a_need_for_kapok_fibre_finds_deseeded_kapok_and_a_need_for_seeds_does_not() -> None:
    index = MatchIndex(k=5).fit(
        [
            sme("kapok", offers=("นุ่นแกะเมล็ด",), language="th", stage="upstream"),
            sme("pillows", needs=("kapok fibre for pillow stuffing",), stage="downstream"),
            sme("nursery", needs=("seeds for planting",), stage="upstream"),
        ]
    )
    assert supplier_ids(index.suppliers_of("pillows")) == ["kapok"]
    assert supplier_ids(index.suppliers_of("nursery")) == []
