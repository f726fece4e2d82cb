"""Wiping rags are goods of their own, test reports are testing, and a coated material is cloth.

A Thai list of a towel and wiping rags names two goods: rags are sold finished,
not the towel's input. A foot towel (`ผ้าเช็ดเท้า`) is a mat. A report alone is no
data service: *tensile test reports* want the testing. A synthetic named alone with
a coating or a laminate (*nylon 420D, PU coated*, `ไนลอนเคลือบ PU`) is coated cloth,
not fibre; coated yarn stays yarn. Thai `ชุด` before sheets or towels is a set of them,
not an outfit. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ผ้าเช็ดมือสีขาว ผ้าเช็ดเครื่องจักร", Side.NEED, ["towel", "wiping_rag"]),
        ("ผ้าขนหนูโรงแรม ผ้าเช็ดเท้า", Side.OFFER, ["towel", "mat"]),
        ("burst and tensile test reports for a buyer audit", Side.NEED, ["testing"]),
        ("need a lab test report on colour fastness", Side.NEED, ["testing"]),
        ("nylon 420D, PU coated, black", Side.NEED, ["fabric"]),
        ("โพลีเอสเตอร์เคลือบ PVC กันน้ำ", Side.OFFER, ["fabric"]),
        ("TPU laminated nylon for dry bags", Side.OFFER, ["fabric"]),
        ("PVC coated polyester yarn for mesh chairs", Side.OFFER, ["yarn"]),
        ("ชุดผ้าปูที่นอน 6 ฟุต ผ้าฝ้าย", Side.OFFER, ["bed_sheet"]),
        ("ชุดผ้าขนหนูสปา 4 ผืน", Side.NEED, ["towel"]),
        ("ชุดผ้าไหมตัดตามสั่ง", Side.OFFER, ["garment"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_a_thai_set_of_sheets_names_no_garment(reader: PhraseReader) -> None:
    items = reader.read("ชุดผ้าปูที่นอน 6 ฟุต ผ้าฝ้าย", Side.OFFER).items
    assert all("garment" not in dict(i.attrs) for i in items), items


def test_rags_after_towels_are_not_the_towels_input(reader: PhraseReader) -> None:
    items = reader.read("ผ้าขนหนูผืนเล็ก ผ้าขี้ริ้ว", Side.NEED).items
    assert all("wiping_rag" not in dict(i.attrs) for i in items), items


def test_a_need_for_coated_nylon_ranks_coated_cloth_above_nylon_fibre() -> None:
    bag_maker = sme("bags", stage="downstream", needs=("nylon 420D, PU coated, black",))
    cloth = sme("cloth", language="th", offers=("ผ้าไนลอนเคลือบ PU 420D สีดำ",))
    fibre = sme("fibre", stage="upstream", offers=("nylon staple fibre 1.5D",))
    index = MatchIndex(k=10).fit([bag_maker, fibre, cloth])
    assert supplier_ids(index.suppliers_of("bags"))[0] == "cloth"
