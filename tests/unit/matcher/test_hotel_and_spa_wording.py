"""Hotel, spa and golf-club wording: sheets, covers, wraps, rentals and destruction.

English "sheets" alone are bed sheets ("percale sheets", "retired sheets"),
except right after a material that is not cloth ("rubberised coir sheets",
"latex foam sheets"), where the word only says what shape the material comes
in; "bath sheets" are towels. Massage-bed covers are bed linen, spa wraps are
worn like sarongs, linen and uniform rental is laundry work, and destroying
branded uniforms is recycling work. The sentences are new: they are not taken
from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("sateen sheets 300TC, queen and king", "bed_sheet"),
        ("jersey knit sheets for care beds", "bed_sheet"),
        ("retired hotel sheets, white", "textile_waste"),
        ("oversized bath sheets, 600 gsm", "towel"),
        ("massage table covers with face hole", "bed_sheet"),
        ("spa wraps in cotton waffle", "sarong"),
        ("ผ้าเช็ดไม้กอล์ฟ ปักชื่อสนาม", "towel"),
        ("ชุดแคดดี้ แขนยาว กันยูวี", "uniform"),
        ("silk bed runners, 50 x 240 cm", "bedding"),
        ("ผ้าคาดเตียงไหมมัดหมี่", "bedding"),
        ("ผ้าเทอรี่ฝ้ายเป็นม้วน", "terry"),
        ("pet beds filled with shredded fibre", "pet_bed"),
    ],
)
def test_hotel_and_spa_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, head)


@pytest.mark.parametrize(
    ("text", "head"),
    [("rubberised coir sheets for mattresses", "fibre"), ("natural latex foam sheets, 5 cm", "filling")],
)
def test_sheets_of_a_material_that_is_not_cloth_are_that_material(reader: PhraseReader, text: str, head: str) -> None:
    assert [h for _, h in kinds_and_heads(reader, text)] == [head]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("uniform rental with weekly pick-up", "laundry"),
        ("ให้เช่าผ้าปู พร้อมซักรีด สำหรับรีสอร์ท", "laundry"),
        ("secure destruction of branded uniforms", "recycling"),
        ("รับทำลายชุดพนักงานที่มีโลโก้", "recycling"),
    ],
)
def test_rental_and_destruction_are_work(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text, Side.NEED)[0] == (ItemKind.SERVICE, head)
