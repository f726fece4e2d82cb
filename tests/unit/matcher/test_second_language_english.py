"""English written by Thai owners as a second language reads as the standard English would.

Small makers write the base form of the verb where a participle is meant ("yarn
spin by hand", "cloth weave by hand", "yarn machine spin"), "scrap fabric" for
cutting waste and "sort by colour" for sorted; a shop offers a "shelf" for goods
on consignment. Some write in Thai word order: the work before the machines it is
done to ("repair sewing machine"), goods before the dye they were coloured with.
The sentences are new: they are not taken from any labelled set.
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


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Repair sewing machine industry, overlock, go to factory", "repair"),
        ("sewing machine repair at your factory", "repair"),
        ("Scarf natural colour dye, 100 pcs a month", "scarf"),
        ("natural dye for silk scarves", "dye"),
        ("Yarn silk dye lac colour red", "yarn"),  # goods, something between, then the dye: Thai order
        ("cotton fabric dye, reactive", "dye"),  # the goods right before the dye say what it is for
        ("Cotton yarn machine spin, for warp", "yarn"),
        ("Cotton yarn colour already dye by machine", "yarn"),
    ],
)
def test_thai_word_order_in_english_keeps_the_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert [i.head for i in reader.read(text, Side.NEED).items] == [head]


def test_machine_spun_yarn_asked_in_learner_english_ranks_the_mill_first() -> None:
    weaver = sme("weaver", stage="midstream", needs=("Cotton yarn machine spin, organic, for warp",))
    spinners = sme("spinners", stage="upstream", language="th", offers=("ด้ายฝ้ายเข็นมือ ออร์แกนิก",))
    mill = sme("mill", stage="upstream", language="th", offers=("ด้ายฝ้ายออร์แกนิก ปั่นเครื่อง Ne 20",))
    index = MatchIndex(k=10).fit([weaver, spinners, mill])
    assert supplier_ids(index.suppliers_of("weaver"))[0] == "mill"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("rPET 600D oxford, PU coat", "coating"),
        ("Shopee/Lazada listing help", "marketing"),
        ("ทำตลาดออนไลน์", "marketing"),
    ],
)
def test_terse_trade_shorthand_names_the_work(reader: PhraseReader, text: str, head: str) -> None:
    assert head in [i.head for i in reader.read(text, Side.NEED).items]
