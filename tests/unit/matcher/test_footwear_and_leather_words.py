"""Words of shoemakers, tanneries and their suppliers, read as the trade means it.

Soles and uppers are parts of their own, not shoes; a last is a shoemaker's tool; wet blue, goat and
sheep skins are leather, and a tannery does the finishing of hides; shoelaces are cords, not lace;
tyres and crumb rubber are rubber; a leather alternative is read as vegan leather already was; shoes
taken back from customers are used; powder to mix into a coating is the powder, for the coating. The
sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("Rubber cupsoles for sneakers, natural or recycled", Side.OFFER, ["shoe_sole"]),
        ("พื้นยางกันลื่น สำหรับรองเท้าผู้สูงอายุ", Side.NEED, ["shoe_sole"]),
        ("knitted shoe uppers from recycled PET", Side.OFFER, ["shoe_upper"]),
        ("หุ่นรองเท้าไม้ ทำตามแบบเท้า", Side.OFFER, ["shoe_last"]),
        ("Wet blue cow hides, grade A", Side.NEED, ["leather"]),
        ("หนังแพะ หนังแกะ สำหรับบุใน", Side.NEED, ["leather"]),
        ("Tannery: chrome tanning of hides on commission", Side.OFFER, ["tanning"]),
        ("เชือกผูกรองเท้า หลายสี", Side.OFFER, ["shoelace"]),
        ("Crumb rubber from used car tyres", Side.OFFER, ["rubber"]),
        ("วัสดุทดแทนหนังจากใยสับปะรด", Side.OFFER, ["alt_leather"]),
        ("ต้องการผงถ่านไม้ไผ่ ผสมในการเคลือบผ้า", Side.NEED, ["charcoal"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_shoes_taken_back_are_used(reader: PhraseReader) -> None:
    (item,) = reader.read("take-back shoes from our shops", Side.OFFER).items
    assert "used" in dict(item.attrs)


def test_a_need_for_soles_finds_the_sole_maker_before_the_shoemaker() -> None:
    buyer = sme("brand", stage="downstream", language="th", needs=("พื้นรองเท้ายาง กันลื่น",))
    soles = sme("soles", stage="midstream", offers=("Rubber unit soles and cupsoles, non-slip",))
    shoes = sme("shoes", stage="midstream", offers=("Rubber sandals and slippers, non-slip",))
    found = supplier_ids(MatchIndex(k=10).fit([buyer, soles, shoes]).suppliers_of("brand"))
    assert found and found[0] == "soles", found
