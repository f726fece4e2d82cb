"""Words of net makers, hatters, wall-panel makers and rope makers, read as the trade means it.

Mosquito nets (มุ้ง, bed nets) are nets and bedding at once, insect screens (มุ้งลวด) are nets,
food covers (ฝาชี) and fruit bags are goods of their own; เส้นเอ็น is monofilament yarn. Caps,
knitted hats, prayer caps (songkok) and woven hats (งอบ, กุบ) are kinds of headwear. Acoustic
absorbers and baffles are insulation; wallpaper is a wallcovering, a room divider a divider, carpet
tiles are rugs; an installation team offers installing. Mooring lines and paracord are cord; used
rope is waste; splicing rope is repair. The sentences are new: they are not taken from any labelled
set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Family-size bed nets in white polyester", Side.OFFER, ["mosquito_net"]),
        ("มุ้งกันยุงสำหรับเตียงคนไข้", Side.NEED, ["mosquito_net"]),
        ("Aluminium insect screens cut to window size", Side.OFFER, ["insect_screen"]),
        ("มุ้งลวดประตูหน้าบ้าน", Side.NEED, ["insect_screen"]),
        ("ฝาชีผ้ามุ้ง ลายดอก พับเก็บได้", Side.OFFER, ["food_cover"]),
        ("Paper fruit bags for mango growers", Side.OFFER, ["fruit_bag"]),
        ("เส้นเอ็นไนลอน 0.3 มม. สำหรับทออวน", Side.OFFER, ["yarn"]),
        ("Trucker caps with mesh backs", Side.OFFER, ["cap"]),
        ("หมวกไหมพรมสำหรับผู้สูงอายุ", Side.NEED, ["knit_hat"]),
        ("Songkoks in black velvet for the school", Side.NEED, ["prayer_cap"]),
        ("งอบใบลาน ทำมือ", Side.OFFER, ["woven_hat"]),
        ("Broadband absorbers in grey felt", Side.OFFER, ["insulation"]),
        ("วอลเปเปอร์ลายไทย สำหรับโรงแรม", Side.NEED, ["wallcovering"]),
        ("Folding room dividers of woven rattan", Side.OFFER, ["room_divider"]),
        ("Carpet tiles 50 x 50, recycled nylon", Side.OFFER, ["rug"]),
        ("Nylon mooring lines with spliced eyes", Side.OFFER, ["cordage"]),
        ("พาราคอร์ดหลายสี", Side.NEED, ["cordage"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_a_mosquito_net_is_a_net_and_bedding(reader: PhraseReader) -> None:
    assert reader.glossary.is_a("mosquito_net", "net")
    assert reader.glossary.is_a("mosquito_net", "bedding")


def test_hats_of_every_kind_are_headwear(reader: PhraseReader) -> None:
    for kind in ("cap", "knit_hat", "prayer_cap", "woven_hat"):
        assert reader.glossary.is_a(kind, "headwear"), kind


def test_old_rope_is_waste(reader: PhraseReader) -> None:
    (item,) = reader.read("Old mooring lines for upcycling", Side.NEED).items
    assert item.head == "textile_waste"


@pytest.mark.parametrize(
    ("text", "work"),
    [("ทีมติดตั้งแผ่นซับเสียง", "installation"), ("Splicing and whipping of customers' ropes", "repair")],
)
def test_the_work_is_asked_for_or_offered(reader: PhraseReader, text: str, work: str) -> None:
    (item,) = reader.read(text, Side.OFFER).items
    assert item.head == work
    assert item.kind is not ItemKind.GOODS


def test_a_need_for_caps_finds_the_cap_maker_before_the_straw_hat_weaver() -> None:
    buyer = sme("club", stage="downstream", needs=("Baseball caps with our club logo",))
    caps = sme("caps", stage="downstream", language="th", offers=("หมวกแก๊ปผ้าฝ้าย ปักโลโก้ได้",))
    straw = sme("straw", stage="downstream", offers=("Woven palm-leaf hats with wide brims",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, caps, straw]).suppliers_of("club"))
    assert found and found[0] == "caps", found
