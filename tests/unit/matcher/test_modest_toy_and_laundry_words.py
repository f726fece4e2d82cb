"""Words of modest wear, toy makers and laundries, read as the trade means it.

A kafan is a burial shroud and an ihram a pilgrim's garment, not plain cloth or towels; a hijab or
tudung is a headscarf, as ผ้าคลุมผม is; burkinis are swimwear; crepe is cloth; faux pearls and glass
stones are trims. Hand and finger puppets, cot mobiles and cloth books are toys, teepees are tents,
safety eyes (ตากันดึง) are trims. Linen carts are carts, oxygen bleach and stain-remover powder are
chemicals, RFID tags are labels, ผ้ารองที่นอน is a mattress protector. The sentences are new: they
are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Burial shrouds in plain white cotton, sets of three", Side.OFFER, ["shroud"]),
        ("ผ้าห่อศพมุสลิม ผ้าฝ้ายสีขาว", Side.OFFER, ["shroud"]),
        ("Ihram towels for pilgrims, two pieces", Side.OFFER, ["ihram"]),
        ("ชุดอิห์รอม สำหรับผู้แสวงบุญ", Side.NEED, ["ihram"]),
        ("Chiffon hijabs, printed, by the dozen", Side.OFFER, ["scarf"]),
        ("ฮิญาบสีพื้น ขายส่ง", Side.OFFER, ["scarf"]),
        ("Burkinis for girls, UPF 50", Side.OFFER, ["swimwear"]),
        ("ผ้าเครปสีดำ ม้วนละ 40 หลา", Side.OFFER, ["fabric"]),
        ("มุกเทียมติดชุดเจ้าสาว", Side.NEED, ["trim"]),
        ("Felt finger puppets of farm animals", Side.OFFER, ["puppet"]),
        ("หุ่นมือผ้าฝ้าย สำหรับครูอนุบาล", Side.NEED, ["puppet"]),
        ("Quiet books in felt for toddlers", Side.OFFER, ["toy"]),
        ("โมบายแขวนเปล ผ้าสักหลาด", Side.OFFER, ["toy"]),
        ("Teepees in canvas for playrooms", Side.OFFER, ["tent"]),
        ("ตากันดึงสำหรับตุ๊กตา ขนาด 12 มม.", Side.OFFER, ["doll_part"]),
        ("Linen carts for housekeeping, stainless", Side.NEED, ["laundry_cart"]),
        ("Oxygen bleach for hotel towels", Side.OFFER, ["chemical"]),
        ("ผงขจัดคราบ สูตรไม่มีคลอรีน", Side.OFFER, ["chemical"]),
        ("RFID tags for tracking hospital sheets", Side.NEED, ["label"]),
        ("ผ้ารองที่นอนกันน้ำ สำหรับบ้านพักคนชรา", Side.NEED, ["underpad"]),
        ("Lint-free wipers for the print shop", Side.NEED, ["wiping_rag"]),
        ("Hand-spun cotton, spun on a wheel, for weft", Side.NEED, ["yarn"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_recycled_yarn_from_factory_waste_is_yarn(reader: PhraseReader) -> None:
    (item,) = reader.read("Recycled polyester yarn, pre-consumer source", Side.OFFER).items
    assert item.head == "yarn"
    assert "recycled" in dict(item.attrs)


def test_factory_waste_yarn_that_is_not_recycled_stays_waste(reader: PhraseReader) -> None:
    assert [item.head for item in reader.read("Pre-consumer polyester yarn ends", Side.OFFER).items] == [
        "textile_waste"
    ]


@pytest.mark.parametrize(
    ("text", "work"),
    [("Who can dye our silk with indigo?", "dyeing"), ("who could hem our curtains", "sewing")],
)
def test_who_can_asks_for_the_work(reader: PhraseReader, text: str, work: str) -> None:
    (item,) = reader.read(text, Side.NEED).items
    assert (item.head, item.kind) == (work, ItemKind.SERVICE)


def test_a_need_for_hijabs_finds_the_thai_headscarf_maker_before_the_cap_maker() -> None:
    buyer = sme("boutique", stage="downstream", needs=("Jersey hijabs, mixed colours",))
    scarves = sme("scarves", stage="downstream", language="th", offers=("ผ้าคลุมผมผ้ายืด สีพื้น",))
    caps = sme("caps", stage="downstream", offers=("Baseball caps with embroidered logos",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, scarves, caps]).suppliers_of("boutique"))
    assert found and found[0] == "scarves", found
