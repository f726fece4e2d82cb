"""How offer and need phrases are read: the head goods, their attributes, the intent."""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import Intent, ItemKind, PhraseReader, Side


def heads(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> list[str]:
    return [item.head for item in reader.read(text, side).items]


def attributes(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> set[str]:
    return {concept for item in reader.read(text, side).items for concept, _ in item.attrs}


@pytest.mark.parametrize(
    "text",
    ["We supply hemp tote bags made from hemp canvas fabric", "กระเป๋า ผลิตจากผ้ากัญชงทอมือ", "กระเป๋ากัญชง ทำจากผ้ากัญชง"],
)
def test_a_product_made_from_a_material_offers_the_product_not_the_material(reader: PhraseReader, text: str) -> None:
    found = heads(reader, text)
    assert found and all(h in ("bag", "tote_bag") for h in found)
    assert "hemp" in attributes(reader, text)


def test_english_names_the_goods_last_and_thai_first(reader: PhraseReader) -> None:
    assert heads(reader, "organic cotton yarn") == ["yarn"]
    assert heads(reader, "เส้นด้ายฝ้ายออร์แกนิก") == ["yarn"]
    assert heads(reader, "banana fibre tote bags") == ["tote_bag"]
    assert heads(reader, "ผ้าใยกล้วยทอมือ") == ["fabric"]


def test_listed_goods_become_separate_items(reader: PhraseReader) -> None:
    assert heads(reader, "hemp shirts, bags and scarves") == ["shirt", "bag", "scarf"]
    assert heads(reader, "ผ้าไหม ผ้าฝ้าย") == ["fabric", "fabric"]


@pytest.mark.parametrize(
    "text",
    [
        "looking for buyers for our upcycled cotton tees",
        "need market access for our hemp shirts",
        "หาตลาดรับซื้อขวด PET ใช้แล้ว",
        "หาตัวแทนส่งออก",
        "ต้องการผู้รับซื้อผ้าไหมทอมือ",
    ],
)
def test_a_need_for_customers_is_a_market_need(reader: PhraseReader, text: str) -> None:
    assert reader.read(text, Side.NEED).intent is Intent.MARKET


@pytest.mark.parametrize(
    "text", ["sourcing recycled cotton knit fabric", "รับซื้อผ้าฝ้ายดิบ", "hemp fabric for the export market"]
)
def test_a_need_for_goods_is_an_input_need(reader: PhraseReader, text: str) -> None:
    assert reader.read(text, Side.NEED).intent is Intent.INPUT


def test_a_market_need_still_says_what_is_on_offer(reader: PhraseReader) -> None:
    reading = reader.read("need market access for our hemp shirts", Side.NEED)
    assert [i.head for i in reading.items] == ["shirt"]
    assert "hemp" in {c for c, _ in reading.items[0].attrs}


def test_services_and_non_products_are_told_apart(reader: PhraseReader) -> None:
    assert [i.kind for i in reader.read("รับย้อมคราม", Side.OFFER).items] == [ItemKind.SERVICE]
    assert [i.kind for i in reader.read("weaving workshops for tourists", Side.OFFER).items] == [ItemKind.OTHER]
    assert [i.kind for i in reader.read("Handspun cotton yarn", Side.OFFER).items] == [ItemKind.GOODS]


def test_making_something_to_order_offers_the_product(reader: PhraseReader) -> None:
    assert heads(reader, "รับผลิตเสื้อฟุตบอลตามแบบ") == ["shirt"]


def test_used_garments_are_read_as_post_consumer_textiles(reader: PhraseReader) -> None:
    assert heads(reader, "used cotton clothing - collected weekly") == ["used_clothing"]
    assert heads(reader, "จำหน่ายเสื้อผ้าฝ้ายใช้แล้ว") == ["used_clothing"]


def test_certifications_named_in_a_phrase_are_found(reader: PhraseReader) -> None:
    assert reader.read("we buy antibacterial fabric (OEKO-TEX certified only)", Side.NEED).certifications == {
        "OEKO-TEX Standard 100"
    }
    assert reader.read("ต้องการด้ายฝ้ายออร์แกนิกที่ได้รับรอง GOTS", Side.NEED).certifications == {"GOTS"}


def test_a_negated_quality_is_absent(reader: PhraseReader) -> None:
    unbleached = attributes(reader, "ผ้าฝ้ายไม่ฟอกขาว")
    assert "greige" in unbleached and "bleaching" not in unbleached
    assert "antibacterial" not in attributes(reader, "cotton fabric, not antibacterial")


def test_woven_goods_named_only_by_material_are_fabric(reader: PhraseReader) -> None:
    assert heads(reader, "handwoven Thai silk") == ["fabric"]
    assert heads(reader, "หาผู้ทอผ้าใยกล้วย", Side.NEED) == ["fabric"]


def test_an_unknown_product_made_from_a_known_material_is_not_that_material(reader: PhraseReader) -> None:
    [item] = reader.read("kotatsu covers made from hemp fabric", Side.OFFER).items
    assert item.head == "" and "kotatsu" in item.words
    assert "hemp" in {concept for concept, _ in item.attrs}


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("no minimum order, organic cotton fabric", "organic"),
        ("no MOQ, naturally dyed silk scarves", "natural"),
        ("ไม่มีขั้นต่ำ ผ้าฝ้ายออร์แกนิก", "organic"),
    ],
)
def test_a_negation_ends_with_the_sales_talk_it_denies(reader: PhraseReader, text: str, quality: str) -> None:
    assert quality in attributes(reader, text)


def test_a_province_name_says_nothing_about_the_goods(reader: PhraseReader) -> None:
    for text, plain in [("Surin silk fabric", "silk fabric"), ("ผ้าไหมสุรินทร์", "ผ้าไหม")]:
        assert reader.read(text, Side.OFFER).items == reader.read(plain, Side.OFFER).items


def test_pieces_of_longer_place_names_stay_ordinary_words(reader: PhraseReader) -> None:
    # "thong" is a piece of Ang Thong, "แม่" of แม่ฮ่องสอน; on their own they describe goods.
    assert "thong" in {w for item in reader.read("thong sandals", Side.OFFER).items for w in item.words}
    assert "แม่" in {w for item in reader.read("ผ้าซิ่นแม่แจ่ม", Side.OFFER).items for w in item.words}
