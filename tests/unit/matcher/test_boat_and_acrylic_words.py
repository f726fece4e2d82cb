"""Words of boat-canvas makers.

Acrylic is a fibre in Thai too (ด้ายอะคริลิก is acrylic yarn); Sunbrella and polyester duck are canvas;
a boat hood is a cover, not headwear; flotation jackets and float belts are life jackets; re-stitching
and patching are repair work. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "head", "attr"),
    [
        ("ด้ายอะคริลิก สีไม่ตก ม้วน 2 กก.", Side.OFFER, "yarn", "acrylic"),
        ("Sunbrella-type canvas, navy, 60 in", Side.NEED, "canvas", "acrylic"),
        ("Greige polyester duck, 60 in, unfinished", Side.OFFER, "canvas", "polyester"),
    ],
)
def test_boat_cloth(reader: PhraseReader, text: str, side: Side, head: str, attr: str) -> None:
    item = reader.read(text, side).items[0]
    assert item.head == head
    assert attr in dict(item.attrs)


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("New canvas hood for a pickup boat", Side.NEED, "tarpaulin"),
        ("Flotation jackets for river trips, 40 pcs", Side.NEED, "life_jacket"),
        ("Aqua-therapy float belts for older adults", Side.OFFER, "life_jacket"),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert reader.read(text, side).items[0].head == head


def test_patching_a_sail_is_repair_work(reader: PhraseReader) -> None:
    item = reader.read("Sail patching and re-stitching on commission", Side.OFFER).items[0]
    assert (item.head, item.kind.name) == ("repair", "SERVICE")
