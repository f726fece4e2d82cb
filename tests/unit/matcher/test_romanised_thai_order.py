"""Thai written in Latin letters is read in Thai word order: the goods first, then what describes them.

"kang keng muay satin pim lai" is printed satin muay thai shorts, not satin cloth for trousers;
"thung pha dib sai kradum" is a greige cloth bag with buttons, not buttons. A phrase is taken for
romanised Thai only when most of its words are romanised Thai words that are not English ones; one
or two romanised names in an English phrase ("pha mai silk scarves") leave it in English order.
Romanised words for the goods, their state and their use come with it (kao: old, mue song: second
hand, baw: cushion, tee non: mattress, kan nam: waterproof, jak: from). The sentences are new: they
are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side
from shared.glossary import load_glossary


@pytest.mark.parametrize(
    ("text", "side", "head", "attrs"),
    [
        ("kang keng muay pha satin pim lai", Side.OFFER, "trousers", {"satin", "printing"}),
        ("thung pha dib sai kradum 20x30 cm", Side.NEED, "tote_bag", {"greige"}),
        ("suea kok tor mue lai khit", Side.OFFER, "mat", {"sedge", "handwoven"}),
        ("baw rong nang kan nam sam rub rot khen", Side.OFFER, "cushion", {"waterproof"}),
        ("krueang jak yep mue song sabhap dee", Side.OFFER, "sewing_machine", {"used"}),
    ],
)
def test_romanised_thai_names_the_goods_first(
    reader: PhraseReader, text: str, side: Side, head: str, attrs: set[str]
) -> None:
    item = reader.read(text, side).items[0]
    assert item.head == head
    assert attrs <= set(dict(item.attrs))


def test_old_bed_sheets_in_romanised_thai_are_used_textiles(reader: PhraseReader) -> None:
    items = reader.read("pha poo tee non kao see khao, 200 kg", Side.OFFER).items
    assert [i.head for i in items] == [reader.read("used bed sheets", Side.OFFER).items[0].head]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("pha mai silk scarves", "scarf"),  # a romanised name inside English
        ("pha khao ma for hotel guests", "pha_khao_ma"),
        ("see our satin trousers", "trousers"),
    ],
)
def test_english_with_romanised_names_stays_in_english_order(reader: PhraseReader, text: str, head: str) -> None:
    assert reader.read(text, Side.OFFER).items[0].head == head


def test_only_a_phrase_mostly_of_romanised_thai_words_is_tagged_as_thai() -> None:
    glossary = load_glossary()
    assert all(s.thai for s in glossary.tag("thung pha dib lek sai kradum") if not s.is_break)
    assert not any(s.thai for s in glossary.tag("pha mai silk scarves, lek sizes") if not s.is_break)
