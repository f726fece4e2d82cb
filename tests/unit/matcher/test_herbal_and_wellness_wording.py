"""Herbal and wellness wording, and Thai needs for work on the group's own goods.

Drying and distilling done for others are work (`รับอบแห้ง`, toll steam
distillation, `รับกลั่น`); sachets, eye pillows and eye masks are herbal
goods, hot packs are compresses; cutting-room offcuts are factory waste; spent
herbs are used herbs. "ใช้สมุนไพรของกลุ่ม" and "จากวัตถุดิบของเรา" name goods the
writer already has: the need is for the work. The sentences are new: they are
not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("รับอบแห้งขมิ้นชัน ด้วยตู้อบพลังงานแสงอาทิตย์", "drying"),
        ("contract drying of lemongrass, per kg", "drying"),
        ("รับกลั่นน้ำมันไพล ขั้นต่ำ 50 กก.", "distillation"),
    ],
)
def test_drying_and_distilling_for_others(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.SERVICE, head)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("lavender sachets for wardrobes", "herbal_product"),
        ("ถุงหอมสมุนไพร ของชำร่วย", "herbal_product"),
        ("silk eye pillows with flax seed", "herbal_product"),
        ("microwave herbal hot packs for shoulders", "compress"),
        ("cutting-room offcuts, mixed cotton", "textile_waste"),
    ],
)
def test_wellness_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, head)


def test_spent_herbs_are_used(reader: PhraseReader) -> None:
    assert "used" in dict(reader.read("spent plai from the still", Side.OFFER).items[0].attrs)


@pytest.mark.parametrize("text", ["หาคนรับจ้างกลั่นน้ำมัน ใช้ตะไคร้ของกลุ่ม", "หาที่รับอบแห้ง จากสมุนไพรของเราเอง"])
def test_the_groups_own_goods_are_not_wanted(reader: PhraseReader, text: str) -> None:
    assert [k for k, _ in kinds_and_heads(reader, text, Side.NEED)] == [ItemKind.SERVICE], kinds_and_heads(
        reader, text, Side.NEED
    )
