"""Words of latex makers, thread makers and trainers, read as the trade means it.

Balloons (ลูกโป่ง) are goods of their own; rubber gym tiles are mats; rubberised draw sheets are
underpads; shirring elastic is elastic; core-spun, bonded, waxed (ด้ายเทียน) and invisible threads
are thread, the invisible one monofilament; thread dyed to match is thread. Wanting to learn a craft
(อยากเรียน) asks for training; a training room (ห้องอบรม) is premises; filming courses is
marketing work; fibre opening of scraps is recycling; vintage (วินเทจ) clothes are used clothing.
The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Latex party balloons, mixed colours", Side.OFFER, ["balloon"]),
        ("ลูกโป่งพิมพ์ชื่อร้าน 500 ใบ", Side.NEED, ["balloon"]),
        ("Interlocking rubber gym tiles, 1 x 1 m", Side.OFFER, ["mat"]),
        ("rubberised draw sheets for the ward", Side.NEED, ["underpad"]),
        ("Shirring elastic, white and black", Side.OFFER, ["elastic"]),
        ("Poly/poly corespun thread, Tex 40", Side.OFFER, ["yarn"]),
        ("bonded nylon thread for sewing tents", Side.NEED, ["yarn"]),
        ("ด้ายเทียนสำหรับเย็บกระเป๋าหนัง", Side.OFFER, ["yarn"]),
        ("Dye-to-match polyester thread from one cone", Side.OFFER, ["yarn"]),
        ("ห้องอบรมพร้อมโปรเจคเตอร์ 30 ที่นั่ง", Side.NEED, ["premises"]),
        ("เสื้อผ้าวินเทจ คัดเกรด", Side.NEED, ["used_clothing"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_invisible_thread_is_monofilament(reader: PhraseReader) -> None:
    (item,) = reader.read("Invisible thread in clear nylon, small spools", Side.NEED).items
    assert item.head == "yarn"
    assert "monofilament" in dict(item.attrs)


@pytest.mark.parametrize(
    ("text", "work"),
    [("อยากเรียนย้อมคราม 10 คน", "training"), ("fibre opening of cotton scraps, toll basis", "recycling")],
)
def test_the_work_is_asked_for(reader: PhraseReader, text: str, work: str) -> None:
    (item,) = reader.read(text, Side.NEED).items
    assert item.head == work
    assert item.kind is not ItemKind.GOODS


def test_a_need_to_learn_indigo_dyeing_finds_the_teacher_before_the_dye_house() -> None:
    buyer = sme("group", stage="upstream", language="th", needs=("อยากเรียนย้อมครามให้สมาชิก",))
    teacher = sme("teacher", stage="midstream", offers=("Indigo dyeing courses for community groups",))
    dyehouse = sme("dyehouse", stage="midstream", offers=("Indigo dyeing of your cotton cloth",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, teacher, dyehouse]).suppliers_of("group"))
    assert found and found[0] == "teacher", found
