"""Words of kite makers and haberdashers.

A kite (ว่าวจุฬา, ว่าวปักเป้า, a stunt or kitesurf kite) is goods of its own, a kind of toy; kite line
(สายว่าว) is cord; fibreglass rods and shaved bamboo for kite frames (ก้านไฟเบอร์กลาส) are kite
frames, not stems or mounting work; kite kits are craft kits. Tape measures, tailor's chalk and pins
(เข็มหมุด) are sewing tools; dyed cotton (ฝ้ายย้อมสี) is yarn; "rolls of" says how goods come.
The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ว่าวจุฬา ขนาด 2 เมตร ทำมือ", Side.OFFER, ["kite"]),
        ("Stunt kites with two lines, 2 m span", Side.OFFER, ["kite"]),
        ("สายว่าวโพลีเอสเตอร์ ม้วน 200 เมตร", Side.OFFER, ["cordage"]),
        ("ก้านไฟเบอร์กลาส 4 มม. ยาว 1 เมตร", Side.OFFER, ["fibreglass_rod"]),
        ("Kite kits for a school science day", Side.NEED, ["craft_kit"]),
        ("tape measures and tailor's chalk, 60 sets", Side.NEED, ["sewing_tool"]),
        ("เข็มหมุดหัวมุก กล่องละ 100 ตัว", Side.OFFER, ["sewing_tool"]),
        ("ฝ้ายย้อมสี หลอดใหญ่", Side.NEED, ["yarn"]),
        ("Rolls of jute webbing, 38 mm", Side.NEED, ["webbing"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_a_kite_is_a_toy_and_its_frame_is_not(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("kite", "toy") and not g.is_a("kite_frame", "kite")
