"""Rules read from hotels', recyclers' and shoemakers' wording.

Trims are cut off clothes that were worn, to recycle them: cloth offered "with buttons and zips cut
off" (ตัดกระดุม ซิป ออกแล้ว) is used cloth, textile waste, not new cloth. Thai "หรือ" between the cloth
of finished goods and a material named with its yarn ("ผ้ากันเปื้อนผ้ากัญชงหรือฝ้ายย้อมคราม") offers
the goods in either, not the goods and a yarn. Goods wanted "as gifts" are the goods, not souvenirs.
Packing written after a material sold as it is ("crumb rubber, jumbo bags") says how it is packed;
pickup-truck tyres are tyres, lining and belt leather are leather.
The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    "text",
    ["ผ้าฝ้ายสีขาว คัดเกรดแล้ว ตัดกระดุม ซิป ออกแล้ว", "white cotton cloth, sorted, buttons and zips removed"],
)
def test_cloth_with_its_trims_cut_off_is_textile_waste(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == "textile_waste"
    assert "cotton" in dict(item.attrs)


def test_trims_cut_off_name_no_trims(reader: PhraseReader) -> None:
    heads = [i.head for i in reader.read("ผ้าฝ้ายสีขาว ตัดกระดุม ซิป ออกแล้ว", Side.OFFER).items]
    assert "button" not in heads and "zipper" not in heads


def test_taking_goods_out_to_sell_says_nothing_of_their_state(reader: PhraseReader) -> None:
    (item,) = reader.read("เอาผ้าทอออกขาย", Side.OFFER).items
    assert item.head == "fabric"
    assert "used" not in dict(item.attrs)


def test_thai_or_before_a_material_named_with_its_yarn_offers_the_goods_in_either(reader: PhraseReader) -> None:
    (item,) = reader.read("ผ้ากันเปื้อนผ้ากัญชงหรือฝ้ายย้อมคราม 20 ผืน", Side.NEED).items
    assert item.head == "apron"
    assert {"hemp", "cotton", "indigo"} <= set(dict(item.attrs))


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("batik sarongs as guest gifts", ["sarong"]),
        ("silk scarves as gifts for VIP guests", ["scarf"]),
        ("checked cotton pakama as props and giveaways", ["pha_khao_ma"]),
    ],
)
def test_goods_wanted_as_gifts_are_the_goods(reader: PhraseReader, text: str, heads: list[str]) -> None:
    assert [i.head for i in reader.read(text, Side.NEED).items] == heads


@pytest.mark.parametrize("text", ["crumb rubber 20-40 mesh, jumbo bags", "ยางบด ถุงจัมโบ้"])
def test_packing_after_a_material_says_how_it_is_packed(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == "rubber"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("ยางนอกรถกระบะ ดอกหมดแล้ว", "rubber"),  # pickup-truck tyres, not a truck
        ("goat lining leather, 0.8 mm", "leather"),  # not lining cloth
        ("belt leather, veg-tan, 4 mm", "leather"),  # not belts
    ],
)
def test_leather_and_tyres_named_by_their_use(reader: PhraseReader, text: str, head: str) -> None:
    assert reader.read(text, Side.OFFER).items[0].head == head
