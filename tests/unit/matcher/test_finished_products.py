"""Finished products: the material, colour, technique and certification words that describe them
are attributes of the product, never offers of that material or service."""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex, Profile
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side

from .factories import sme as profile

# (offer text, the finished product it offers, attributes it must carry)
FINISHED_PRODUCTS = [
    # bags
    ("กระเป๋าสะพายผ้าฝ้ายทอมือ ย้อมคราม", "shoulder_bag", {"cotton", "indigo", "handwoven"}),
    ("กระเป๋าสะพาย ผ้าฝ้ายทอมือ ย้อมคราม", "shoulder_bag", {"cotton", "indigo"}),
    ("กระเป๋ากัญชง ย้อมสีธรรมชาติ", "bag", {"hemp", "natural"}),
    ("indigo-dyed handwoven cotton shoulder bags", "shoulder_bag", {"cotton", "indigo"}),
    ("bags of hemp fabric", "bag", {"hemp"}),
    ("tote bags woven from water hyacinth", "tote_bag", {"water_hyacinth"}),
    # garments
    ("เสื้อผ้าฝ้าย ย้อมคราม", "shirt", {"cotton", "indigo"}),
    ("เสื้อยืด ผ้าฝ้ายออร์แกนิก พิมพ์ลาย", "t_shirt", {"cotton", "organic"}),
    ("shirts dyed with indigo", "shirt", {"indigo"}),
    ("T-shirts of organic cotton, screen printed", "t_shirt", {"cotton", "organic"}),
    # masks
    ("หน้ากากผ้า ย้อมคราม", "face_mask", {"indigo"}),
    ("หน้ากากผ้าฝ้าย ทอมือ", "face_mask", {"cotton", "handwoven"}),
    ("face masks dyed with indigo", "face_mask", {"indigo"}),
    ("face masks made from antibacterial fabric", "face_mask", {"antibacterial"}),
    # sheets
    ("ผ้าปูที่นอน ฝ้ายออร์แกนิก ทอมือ", "bed_sheet", {"cotton", "organic"}),
    ("ผ้าปูที่นอนทอจากฝ้ายออร์แกนิก", "bed_sheet", {"cotton", "organic"}),
    ("bed sheets woven from organic cotton", "bed_sheet", {"cotton", "organic"}),
    # scarves
    ("ผ้าพันคอไหม ย้อมสีธรรมชาติ", "scarf", {"silk", "natural"}),
    ("ผ้าพันคอ ผ้าไหมทอมือ", "scarf", {"silk"}),
    ("silk scarves dyed with natural dyes", "scarf", {"silk"}),
    ("scarves of handwoven silk cloth", "scarf", {"silk", "handwoven"}),
    # the dyes named after the goods, alone, are what they were dyed with
    ("handwoven mudmee silk, natural dyes", "ikat_fabric", {"silk", "natural"}),
    ("cotton table runners, plant dyes", "table_runner", {"cotton", "natural"}),
    ("silk yarn, natural dyes", "yarn", {"silk", "natural"}),
]


@pytest.mark.parametrize(("text", "product", "attrs"), FINISHED_PRODUCTS)
def test_a_finished_product_is_offered_with_its_materials_and_finishes_as_attributes(
    reader: PhraseReader, text: str, product: str, attrs: set[str]
) -> None:
    items = reader.read(text, Side.OFFER).items
    assert [i.head for i in items] == [product]
    assert items[0].kind is ItemKind.GOODS
    assert attrs <= {concept for concept, _ in items[0].attrs}


@pytest.mark.parametrize(
    ("text", "product", "certification"),
    [
        ("organic cotton T-shirts, GOTS certified", "t_shirt", "GOTS"),
        ("เสื้อยืดผ้าฝ้ายออร์แกนิก ได้รับรอง GOTS", "t_shirt", "GOTS"),
        ("OEKO-TEX certified antibacterial face masks", "face_mask", "OEKO-TEX Standard 100"),
        ("หน้ากากผ้าต้านแบคทีเรีย มี OEKO-TEX", "face_mask", "OEKO-TEX Standard 100"),
    ],
)
def test_a_certification_named_with_a_product_is_held_for_the_product_not_offered(
    reader: PhraseReader, text: str, product: str, certification: str
) -> None:
    reading = reader.read(text, Side.OFFER)
    assert [i.head for i in reading.items] == [product]
    assert certification in reading.certifications


@pytest.mark.parametrize("text", ["รับย้อมคราม", "บริการย้อมครามธรรมชาติ", "indigo dyeing service"])
def test_a_process_offered_on_its_own_is_a_service(reader: PhraseReader, text: str) -> None:
    assert [(i.head, i.kind) for i in reader.read(text, Side.OFFER).items] == [("dyeing", ItemKind.SERVICE)]


@pytest.mark.parametrize(
    "text", ["ผ้าฝ้าย รับย้อมคราม", "ผ้าฝ้าย และย้อมคราม", "ผ้าฝ้าย บริการย้อมคราม", "hemp bags, indigo dyeing"]
)
def test_a_service_marked_or_listed_beside_goods_is_still_on_offer(reader: PhraseReader, text: str) -> None:
    kinds = {i.head: i.kind for i in reader.read(text, Side.OFFER).items}
    assert kinds.get("dyeing") is ItemKind.SERVICE


def test_dyes_listed_with_goods_or_alone_are_still_on_offer(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("cotton fabric and natural dyes", Side.OFFER).items] == ["fabric", "dye"]
    assert [i.head for i in reader.read("natural dyes, indigo paste", Side.OFFER).items] == ["dye", "dye"]


def test_thai_goods_listed_with_spaces_stay_separate(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("ผ้าไหม ผ้าฝ้าย", Side.OFFER).items] == ["fabric", "fabric"]
    assert [i.head for i in reader.read("กระเป๋า ผ้าพันคอ", Side.OFFER).items] == ["bag", "scarf"]


def _engine(*profiles: Profile) -> MatchIndex:
    return MatchIndex(k=10).fit(profiles)


@pytest.mark.parametrize(
    ("bag_shop", "dyer"),
    [
        ("กระเป๋าสะพายผ้าฝ้ายทอมือ ย้อมคราม", "รับย้อมคราม"),
        ("hand-dyed indigo cotton shoulder bags", "indigo dyeing service"),
    ],
)
def test_a_shop_selling_dyed_bags_is_not_suggested_as_a_dyer(bag_shop: str, dyer: str) -> None:
    hemp_bags = profile("hemp", offers=("hemp tote bags",), needs=("ต้องการย้อมคราม",), stage="downstream")
    shop = profile("shop", offers=(bag_shop,), stage="downstream", language="th")
    dyeing = profile("dyer", offers=(dyer,), stage="midstream", language="th")
    index = _engine(hemp_bags, shop, dyeing)

    assert [m.supplier_id for m in index.suppliers_of("hemp")] == ["dyer"]
    assert "hemp" not in {m.buyer_id for m in index.buyers_of("shop")}


def test_reasons_name_the_product_and_never_claim_a_service() -> None:
    buyer = profile("buyer", needs=("looking for indigo-dyed cotton bags",), stage="downstream")
    shop = profile("shop", offers=("กระเป๋าสะพายผ้าฝ้ายทอมือ ย้อมคราม",), stage="downstream", language="th")
    index = _engine(buyer, shop)

    [match] = index.suppliers_of("buyer")
    goods = match.reasons[0]
    assert goods.code == "offers_what_you_need"
    assert "shoulder bag" in goods.text_en and "dyeing" not in goods.text_en
    assert goods.text_th.startswith("จำหน่ายกระเป๋าสะพาย") and "ให้บริการ" not in goods.text_th
    [back] = index.buyers_of("shop")
    assert "ให้บริการ" not in back.reasons[0].text_th


def test_a_finish_reads_as_what_was_done_to_the_goods() -> None:
    buyer = profile("buyer", needs=("dyed cotton shirts",), stage="downstream")
    shop = profile("shop", offers=("เสื้อผ้าฝ้าย ย้อมคราม",), stage="downstream", language="th")
    [match] = _engine(buyer, shop).suppliers_of("buyer")
    assert match.reasons[0].text_en.startswith("offers dyed ")


@pytest.mark.parametrize(
    ("text", "head"),
    [("supplier of cotton yarn", "yarn"), ("100 kg of hemp fibre", "fibre"), ("a wide range of bags", "bag")],
)
def test_of_names_a_material_only_after_finished_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert [i.head for i in reader.read(text, Side.OFFER).items] == [head]
