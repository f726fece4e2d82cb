"""Wording of circular and sustainability-minded businesses.

End-of-roll, cancelled-order and overrun cloth is surplus stock; vintage
clothes are used clothes and secondhand bales are used clothing; resale and
selling through a web shop are retail platforms; "any weave" asks for no
weaving; work done "after sewing" is still that work; a need for "anyone who
recycles" old linen asks for the recycling; replacing buttons or zips is a
repair; PALF is pineapple-leaf fibre. The sentences are new: they are not taken
from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


def qualities(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> set[str]:
    return {c for i in reader.read(text, side).items for c, _ in i.attrs}


@pytest.mark.parametrize(
    "text", ["end-of-roll poplin from export mills", "cancelled-order twill, 300 m", "overruns of jersey"]
)
def test_left_over_stock_is_surplus(reader: PhraseReader, text: str) -> None:
    assert "surplus" in qualities(reader, text)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("vintage denim jackets, graded", "used_clothing"),
        ("secondhand bales, A grade", "used_clothing"),
        ("resale platform for pre-loved fashion", "retail_platform"),
        ("ขายผ่านเว็บให้ร้านค้าส่ง", "retail_platform"),
    ],
)
def test_resale_and_vintage(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0][1] == head


def test_any_weave_wants_cloth(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "deadstock linen, any weave, 20 m", Side.NEED) == [(ItemKind.GOODS, "fabric")]


def test_work_after_sewing_is_the_work(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "garment dyeing after sewing, earth tones", Side.NEED) == [
        (ItemKind.SERVICE, "dyeing")
    ]


def test_anyone_who_recycles_wants_the_recycling(reader: PhraseReader) -> None:
    found = kinds_and_heads(reader, "anyone who recycles old towels into fibre?", Side.NEED)
    assert found[0] == (ItemKind.SERVICE, "recycling"), found


def test_replacing_buttons_is_a_repair(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "ซ่อมกางเกง เปลี่ยนซิป", Side.NEED)[-1] == (ItemKind.SERVICE, "repair")


def test_palf_is_pineapple(reader: PhraseReader) -> None:
    assert "pineapple" in qualities(reader, "PALF yarn, 20 kg", Side.NEED)
