"""Words of weddings, events and costume, read as the trade means it.

Stage, dance and fancy-dress costumes are costumes, and Thai traditional dress is Thai dress: both are
garments, but neither is any garment, so a costume hire shop is not offered to a buyer of staff shirts.
Goods for hire carry that they are for hire. Round and banquet tablecloths are table linen even when
the Thai words could be cut another way; pleating is finishing; a wedding or event organiser is a
service of its own; "ไม่ปน", "ไม่ผสม" (not mixed with) refuse the material after them. Fabric flowers
are decor of their own, backdrops are decor, a bridal crown is jewellery, and pre-owned gowns are used
clothing; tulle is a sheer; cleaning and steaming gowns or costumes is laundry; a side-wrap (ป้ายข้าง)
sarong has no label; "4-way" is stretch cloth. A "Thai costume" is Thai dress that is also a costume;
veils are headwear; cheer and drum-major outfits are costumes; a sewing shop is sewing work. Hire
written once after a list of finished goods ("ชุดไทย ชุดราตรี ให้เช่า") hires out them all. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ชุดนางรำ ชุดฟ้อนเล็บ ตัดตามสั่ง", Side.OFFER, ["dance_costume", "dance_costume"]),
        ("Fancy dress for the school parade, 40 pcs", Side.NEED, ["costume"]),
        ("stage costumes for a dance troupe", Side.OFFER, ["costume"]),
        ("ชุดไทยบรมพิมาน สำหรับเจ้าสาว", Side.NEED, ["thai_dress"]),
        ("Chut thai in Thai silk, made to measure", Side.OFFER, ["thai_dress"]),
        ("ผ้าปูโต๊ะกลม สีครีม 20 ผืน", Side.NEED, ["tablecloth"]),
        ("ผ้าคลุมโต๊ะจีน ผ้าซาติน", Side.OFFER, ["tablecloth"]),
        ("รับจับจีบพลีท ผ้าของลูกค้า", Side.OFFER, ["pleating"]),
        ("รับจัดงานแต่ง ครบวงจร", Side.OFFER, ["event_service"]),
        ("an event organiser for our product launch", Side.NEED, ["event_service"]),
        ("ลูกไม้ดอกเล็ก สีขาว", Side.NEED, ["lace"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("ชุดไทยให้เช่า หลายไซส์", Side.OFFER),
        ("Day hire of tuxedos for a wedding party", Side.NEED),
        ("เช่าชุดแฟนซี 30 ชุด งานกีฬาสี", Side.NEED),
    ],
)
def test_goods_for_hire_carry_that_they_are_for_hire(reader: PhraseReader, text: str, side: Side) -> None:
    items = reader.read(text, side).items
    assert items and all("rental" in dict(item.attrs) for item in items), items


def test_truck_hire_is_still_logistics(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("10-wheel truck hire", Side.OFFER).items] == ["logistics"]


@pytest.mark.parametrize("text", ["เศษผ้าไนลอนล้วน ไม่ปนฝ้าย", "ด้ายไหมแท้ ไม่ผสมโพลี"])
def test_not_mixed_with_refuses_the_material(reader: PhraseReader, text: str) -> None:
    (item,) = reader.read(text, Side.NEED).items
    attrs = dict(item.attrs)
    assert "cotton" not in attrs and "polyester" not in attrs, attrs


def test_a_costume_buyer_finds_the_costume_maker_before_the_thai_dress_maker() -> None:
    school = sme("school", stage="downstream", language="th", needs=("ชุดการแสดงนาฏศิลป์ 40 ชุด",))
    costumes = sme("costumes", stage="downstream", offers=("Costumes for dance and stage shows, made to order",))
    # named to come first on a tie: only reading the two kinds of dress apart puts the costumes first
    thai_dress = sme("a-thai-dress", stage="downstream", language="th", offers=("ชุดไทยจักรี สั่งตัดตามตัว",))
    found = supplier_ids(MatchIndex(k=10).fit([school, costumes, thai_dress]).suppliers_of("school"))
    assert found and found[0] == "costumes", found


def test_a_need_to_hire_gowns_finds_the_rental_shop_first() -> None:
    studio = sme("studio", stage="downstream", needs=("Day hire of wedding gowns for photo shoots",))
    rental = sme("rental", stage="downstream", language="th", offers=("ชุดเจ้าสาวให้เช่า รายวัน",))
    maker = sme("maker", stage="downstream", language="th", offers=("ชุดเจ้าสาวสั่งตัด",))
    found = supplier_ids(MatchIndex(k=10).fit([studio, rental, maker]).suppliers_of("studio"))
    assert found and found[0] == "rental", found


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ดอกไม้ผ้าซาติน ติดโต๊ะจัดเลี้ยง", Side.OFFER, ["fabric_flower"]),
        ("fabric roses for bridal bouquets", Side.NEED, ["fabric_flower"]),
        ("ฉากหลังผ้าสำหรับถ่ายรูปงานแต่ง", Side.OFFER, ["home_decor"]),
        ("มงกุฎเจ้าสาว ประดับคริสตัล", Side.NEED, ["jewellery"]),
    ],
)
def test_decor_and_bridal_words(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_pre_owned_gowns_are_used_clothing(reader: PhraseReader) -> None:
    (item,) = reader.read("Pre-owned evening gowns, dry-cleaned", Side.OFFER).items
    assert item.head == "used_clothing"


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ผ้าทูลสีงาช้าง ทำผ้าคลุมหน้าเจ้าสาว", Side.NEED, ["chiffon"]),
        ("costume cleaning and steaming after each show", Side.OFFER, ["laundry", "laundry"]),
        ("ผ้าซิ่นไหมสำเร็จรูป ป้ายข้าง", Side.OFFER, ["sarong"]),
        ("Lycra 4-way, 200 gsm, black", Side.NEED, ["fabric"]),
    ],
)
def test_bridal_and_costume_trade_words(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Thai costumes for hire, all sizes", ["thai_dress"]),
        ("traditional Thai outfits to rent for guests", ["thai_dress"]),
        ("a sewing shop to make up our chair covers", ["sewing"]),
        ("cathedral-length bridal veils", ["headwear"]),
        ("ชุดเชียร์ ชุดดรัมเมเยอร์ สำหรับกีฬาสี", ["cheer_uniform", "cheer_uniform"]),
        ("ฝ้ายทอกี่พื้นบ้าน สีธรรมชาติ", ["fabric"]),
    ],
)
def test_more_event_words(reader: PhraseReader, text: str, heads: list[str]) -> None:
    assert [i.head for i in reader.read(text, Side.NEED).items] == heads


def test_a_thai_costume_is_thai_dress_and_a_costume(reader: PhraseReader) -> None:
    (item,) = reader.read("Thai costumes for a dance troupe", Side.NEED).items
    assert item.head == "thai_dress"
    assert "costume" in dict(item.attrs)


@pytest.mark.parametrize("text", ["ชุดไทย ชุดราตรี ให้เช่า ราคาถูก", "Thai dresses, evening gowns for hire"])
def test_hire_written_after_a_list_of_goods_hires_them_all(reader: PhraseReader, text: str) -> None:
    items = reader.read(text, Side.OFFER).items
    assert len(items) == 2
    assert all("rental" in dict(i.attrs) for i in items)


def test_hire_after_goods_does_not_reach_cloth_or_work_before_them(reader: PhraseReader) -> None:
    silk, dresses = reader.read("ผ้าไหม ชุดไทยให้เช่า", Side.OFFER).items
    assert silk.head == "fabric" and "rental" not in dict(silk.attrs)
    assert dresses.head == "thai_dress" and "rental" in dict(dresses.attrs)
    work = reader.read("รับตัดชุด ชุดไทยให้เช่า", Side.OFFER).items[0]
    assert "rental" not in dict(work.attrs)
