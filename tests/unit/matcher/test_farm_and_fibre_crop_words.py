"""Words of farms and fibre crops, read as the trade means it.

Biocontrol fungi, worm castings and manure are farm inputs, in both languages; rice straw and corn husks
are raw plant material; solar and greenhouse dryers are dryers, a machine of their own; the woody core
of hemp stems is hurd; help to file a cultivation permit is consulting; Thai retting (หมักแช่) is fibre
extraction; cotton already ginned (อีดแล้ว) has its seeds out, and cotton not yet ginned names no gin.
The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Trichoderma powder for our cotton plots", Side.NEED, ["fertiliser"]),
        ("เชื้อราไตรโคเดอร์มา ถุงละ 1 กิโล", Side.OFFER, ["fertiliser"]),
        ("มูลไส้เดือนแท้ ส่งทั่วอีสาน", Side.OFFER, ["fertiliser"]),
        ("ฟางข้าวอัดก้อน สำหรับคลุมแปลง", Side.OFFER, ["plant_raw"]),
        ("dried corn husks, sorted pale", Side.NEED, ["plant_raw"]),
        ("โดมอบแห้งพลังงานแสงอาทิตย์ สำหรับตากใย", Side.NEED, ["dryer"]),
        ("woody core of kenaf stems, chopped", Side.OFFER, ["hurd"]),
        ("รับยื่นขอใบอนุญาตปลูกกัญชง", Side.OFFER, ["consulting"]),
        ("รับหมักแช่ต้นปอ ให้ใยลอกง่าย", Side.OFFER, ["fibre_extraction"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_ginned_cotton_has_its_seeds_out(reader: PhraseReader) -> None:
    (item,) = reader.read("ปุยฝ้ายพื้นเมือง อีดแล้ว", Side.OFFER).items
    assert item.head == "raw_cotton"
    assert "deseeded" in dict(item.attrs)


def test_cotton_not_yet_ginned_names_no_gin(reader: PhraseReader) -> None:
    assert [i.head for i in reader.read("ฝ้ายดอก ยังไม่อีด", Side.OFFER).items] == ["raw_cotton"]
