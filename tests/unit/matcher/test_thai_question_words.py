"""Thai words that ask and also name goods: `ไหม` (silk) and `กี่` (a loom).

`มีใครขายผ้าฝ้ายบ้างไหมคะ` asks who sells cotton fabric; it wants no silk. The
same word after a verb of work done to fibre (`ย้อมไหม`), a word of blending or
becoming (`ผสมไหม`, `ตีนเป็นไหม`), a conjunction or a break names silk. `กี่`
before what is counted (`ราคากี่บาท`, `ไม่กี่ผืน`) asks how many; it is no loom.
The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


def _attributes(reader: PhraseReader, text: str, side: Side) -> set[str]:
    return {a for item in reader.read(text, side).items for a, _ in item.attrs}


def _heads(reader: PhraseReader, text: str, side: Side) -> set[str]:
    return {item.head for item in reader.read(text, side).items}


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("มีใครขายผ้าฝ้ายทอมือบ้างไหมคะ", "fabric"),
        ("มีใครขายผ้าฝ้ายไหม", "fabric"),
        ("ร้านไหนมีกระดุมกะลาขายไหมครับ", "button"),
        ("ส่งผ้าขาวม้าฝ้ายมาเชียงใหม่ได้ไหม", "pha_khao_ma"),
        ("มีใครรับปักโลโก้ลงเสื้อโปโลไหมคะ", "embroidery"),
        ("ผ้ายืดสแปนเด็กซ์ ระบายอากาศไหม?", "fabric"),
        ("มีผ้าฝ้ายย้อมครามขายไหม", "fabric"),  # "มี … ไหม": do you have …?
    ],
)
def test_a_question_closed_by_the_particle_wants_no_silk(reader: PhraseReader, text: str, head: str) -> None:
    assert head in _heads(reader, text, Side.NEED)
    assert "silk" not in _attributes(reader, text, Side.NEED)


@pytest.mark.parametrize(
    "text",
    [
        "มีใครรับย้อมไหมด้วยครั่งบ้างคะ",  # dyeing silk, asked with "บ้าง"
        "ผ้าพันคอฝ้ายผสมไหม",
        "ผ้าซิ่นตัวเป็นฝ้าย ตีนเป็นไหม",
        "ผ้าคลุมไหล่ ฝ้ายและไหม",
        "ขายเสื้อไหม",  # no sign of a question: a silk shirt
        "ขายผ้าถุงไหมครับ",  # an offer asks only with a question word or mark
        "ผ้าพันคอฝ้ายไหม ทอมือ",  # cotton and silk
        "ต้องการไหม ส่งเชียงใหม่ได้ไหม?",  # the question mark closes the second part, not the first
    ],
)
def test_silk_after_work_blending_a_conjunction_or_without_a_question_is_still_silk(
    reader: PhraseReader, text: str
) -> None:
    assert "silk" in _attributes(reader, text, Side.OFFER) | _attributes(reader, text, Side.NEED)


def test_the_particle_after_silk_fabric_leaves_the_silk_named_before_it(reader: PhraseReader) -> None:
    reading = reader.read("มีใครรับทอผ้าไหมไหมคะ", Side.NEED)
    assert [i.head for i in reading.items] == ["weaving"]
    assert "silk" in dict(reading.items[0].attrs)


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("ต้องการผ้าฝ้ายทอมือ ราคากี่บาทคะ", Side.NEED, "fabric"),
        ("หาผ้าขาวม้า 200 ผืน ใช้เวลากี่วัน", Side.NEED, "pha_khao_ma"),
        ("ขายเส้นฝ้ายเข็นมือ กิโลละไม่กี่บาท", Side.OFFER, "yarn"),
    ],
)
def test_how_many_before_what_is_counted_is_no_loom(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert _heads(reader, text, side) == {head}


@pytest.mark.parametrize(
    "text", ["ต้องการกี่ทอผ้ามือสอง", "กี่พื้นบ้าน 2 หลัง ขายถูก", "ต้องการกี่", "ขายกี่หลังละ 5000 บาท", "กี่ตัวใหญ่ ขายถูก"]
)
def test_a_loom_is_still_a_loom(reader: PhraseReader, text: str) -> None:
    assert "loom" in _heads(reader, text, Side.NEED)
