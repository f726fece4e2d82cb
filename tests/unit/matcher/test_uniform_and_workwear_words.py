"""Words of the uniform and workwear trade the reader did not know.

Boiler suits and a technician's coverall (`ชุดหมีช่าง`) are uniforms, while a baby's
romper (`ชุดหมีเด็ก`) stays clothing; rain gear and rain suits are outerwear;
outgrown and lost-property uniforms are used clothing; cotton greige is cloth. The
colours of workwear are colours: lime green is no lime for an indigo vat, silver grey
no greige cloth, and green (สีเขียว) no green economy. The sentences are new: they
are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("navy boiler suits for the dye house, 60 sets", Side.NEED, "coverall"),
        ("ชุดหมีช่างซ่อมบำรุง ผ้าเวสปอยท์", Side.OFFER, "coverall"),
        ("ชุดหมีเด็กอ่อน ผ้าคอตตอน", Side.OFFER, "garment"),
        ("rain gear for rubber tappers, hooded", Side.NEED, "raincoat"),
        ("PVC rain suits, two-piece", Side.OFFER, "raincoat"),
        ("outgrown school uniforms, sorted by size", Side.OFFER, "used_clothing"),
        ("cotton greige 60 inch for printing", Side.NEED, "fabric"),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert [item.head for item in reader.read(text, side).items] == [head]


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        ("fluorescent lime polyester knit for vests", "mordant"),
        ("ผ้าโพลีเอสเตอร์ สีเขียว สีกรม", "eco"),
        ("reflective tape, silver grey, 25 mm", "greige"),
        ("green and navy polo shirts", "eco"),
    ],
)
def test_a_colour_is_no_lime_greige_or_green_economy(reader: PhraseReader, text: str, not_read: str) -> None:
    items = reader.read(text, Side.OFFER).items
    assert items and all(i.head != not_read and not_read not in dict(i.attrs) for i in items), items


def test_grey_cloth_is_still_greige(reader: PhraseReader) -> None:
    [item] = reader.read("grey fabric 63 inch for dyeing", Side.OFFER).items
    assert item.head == "fabric" and "greige" in dict(item.attrs), item
