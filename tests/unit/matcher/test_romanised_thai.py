"""Thai written in Latin letters ("karaoke Thai"), as owners type it without a Thai keyboard.

"pha fai tor mue yom kram" is handwoven indigo-dyed cotton cloth, "krapao" a
bag, "rub tud yep" sewing done for others, "sed pha" textile waste, "kao" and "mue song" old and
second hand. Thai word order written in Latin letters (the goods first) is read as Thai: "krapao pha
kanchong" is a hemp cloth bag (`test_romanised_thai_order.py`). Short romanised words that have
other meanings are read only inside
their usual pairs ("sen mai", "pha mai", "dai fai"): "mai" alone is also "not", "new" and Chiang Mai, "dai"
also "can", "mon" also Monday; "sue" (to buy) is no shirt ("suea"). "pha" (cloth) stands alone, except in
"ki tor pha", a loom. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


def qualities(reader: PhraseReader, text: str) -> set[str]:
    return {c for i in reader.read(text, Side.OFFER).items for c, _ in i.attrs}


def test_romanised_cloth_keeps_its_qualities(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "pha fai tor mue yom kram, 1 m wide") == [(ItemKind.GOODS, "fabric")]
    assert {"cotton", "handwoven", "indigo"} <= qualities(reader, "pha fai tor mue yom kram, 1 m wide")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("krapao, 20 bai", "bag"),
        ("suea see khao", "shirt"),
        ("sen mai thammachat", "yarn"),
        ("sed pha, kai pen kilo", "textile_waste"),
        ("luk prakob, 100 luk", "compress"),
        ("paen rong sub sak dai", "underpad"),
        ("thung tao kan luen", "socks"),
        ("nun deed laew, 500 kg", "fibre"),
        ("rang mai sod, see luang", "cocoon"),
        ("mai noi sao mue, 1 kilo", "yarn"),
        ("kang keng yeen kao, 200 kg", "used_clothing"),  # old jeans
        ("dai yep polyester 40/2", "yarn"),
        ("mon khit sam liam", "pillow"),
        ("suea pha mue song, kai pen kilo", "used_clothing"),  # second-hand clothes
        ("chud nak rian, 300 chud", "garment"),
    ],
)
def test_romanised_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, head)


def test_romanised_work_for_others(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "rub tud yep chud spa")[0] == (ItemKind.SERVICE, "sewing")


def test_a_short_romanised_word_alone_names_no_cloth(reader: PhraseReader) -> None:
    assert "fabric" not in [h for _, h in kinds_and_heads(reader, "wooden loom (ki tor pha), 2 sets")]


@pytest.mark.parametrize(
    ("text", "work"), [("rub som suea pha, plian zip", "repair"), ("rab pim lai bon suea yued", "printing")]
)
def test_romanised_work_named_by_its_verb(reader: PhraseReader, text: str, work: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.SERVICE, work)


def test_monday_is_no_pillow(reader: PhraseReader) -> None:
    assert "pillow" not in [h for _, h in kinds_and_heads(reader, "open Mon-Fri, pickup in Chiang Mai")]


def test_buying_is_no_shirt(reader: PhraseReader) -> None:
    assert "shirt" not in [h for _, h in kinds_and_heads(reader, "khram piak, sue pen kilo")]


def test_mor_hom_names_the_indigo_not_a_shirt(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "mo hom cotton yardage, 110 cm")[0] == (ItemKind.GOODS, "fabric")
    assert "indigo" in qualities(reader, "mo hom cotton yardage, 110 cm")


def test_a_romanised_refusal_drops_what_it_refuses(reader: PhraseReader) -> None:
    """ "mai chai" (is not) and "mai ao" (do not want) refuse as `ไม่ใช่` and `ไม่เอา` do."""
    assert "indigo" not in qualities(reader, "pha fai yom pluak mai, mai chai kram")
    assert "indigo" in qualities(reader, "pha fai yom kram")


def test_a_romanised_bag_of_hemp_cloth_is_a_bag(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "krapao pha kanchong") == [(ItemKind.GOODS, "bag")]
