"""English written by Thai owners as a second language reads as the standard English would.

Small makers write the base form of the verb where a participle is meant ("yarn
spin by hand", "cloth weave by hand", "silk pull by hand"), "scrap fabric" for
cutting waste and "sort by colour" for sorted; a shop offers a "shelf" for goods
on consignment. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "head", "quality"),
    [
        ("cotton yarn spin by hand, natural white", "yarn", "handspun"),
        ("Hemp cloth weave by hand, 40 inch", "fabric", "handwoven"),
        ("silk thread pull by hand, 1 kg a pack", "yarn", "handreeled"),
        ("Scrap fabric from cutting table, sort by colour", "textile_waste", "sorted"),
    ],
)
def test_a_bare_verb_with_by_hand_describes_the_goods(reader: PhraseReader, text: str, head: str, quality: str) -> None:
    [item] = reader.read(text, Side.OFFER).items
    assert item.head == head
    assert quality in {concept for concept, _ in item.attrs}


def test_hand_spun_yarn_wanted_in_learner_english_finds_the_hand_spinners() -> None:
    weaver = sme("weaver", stage="midstream", needs=("Want buy hemp yarn spin by hand only",))
    spinners = sme("spinners", stage="upstream", language="th", offers=("ด้ายกัญชงเข็นมือ ม้วนละ 100 กรัม",))
    mill = sme("mill", stage="upstream", offers=("Hemp yarn Nm 10, ring spun on cones",))
    index = MatchIndex(k=10).fit([weaver, spinners, mill])
    assert supplier_ids(index.suppliers_of("weaver"))[0] == "spinners"


def test_a_shelf_for_consignment_serves_a_maker_looking_for_a_shop() -> None:
    shop = sme("shop", stage="downstream", offers=("Shelf for consignment at the weekend market, GP 30%",))
    maker = sme("maker", stage="midstream", needs=("Want shop in Chiang Mai to display and consign our bags",))
    index = MatchIndex(k=10).fit([shop, maker])
    assert supplier_ids(index.suppliers_of("maker")) == ["shop"]
