"""Words of cord and lace makers, gym suppliers and puppet makers.

Shoelaces (เชือกรองเท้า) are cord, not lace cloth; piping cord (ไส้กุ๊น) and aglets are what they are,
and fitting aglets (เข้าหัวเชือก) is finishing work. Weight vests, punch bags, loop bands and ankle
weights are sports gear and steel shot is filling. Shadow puppets (หนังตะลุง) and rod puppets are
puppets, a kind of toy; a shadow play is a show; carving hide panels is carving work. The sentences
are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("replacement laces, mixed lengths, retail packs", Side.NEED, ["shoelace"]),
        ("เชือกผูกรองเท้าแบน ยาว 120 ซม.", Side.OFFER, ["shoelace"]),
        ("5 mm welt cord for cushions", Side.NEED, ["piping_cord"]),
        ("ไส้กุ๊นผ้าดิบ 3-8 มม.", Side.OFFER, ["piping_cord"]),
        ("brass aglets, crimp type, 4 mm", Side.OFFER, ["cord_end"]),
        ("Adjustable weight vests 10-20 kg", Side.OFFER, ["sports_gear"]),
        ("Steel shot for filling training bags", Side.OFFER, ["filling"]),
        ("Fabric booty bands in three strengths", Side.NEED, ["sports_gear"]),
        ("Ankle weights, 1 kg pairs", Side.OFFER, ["sports_gear"]),
        ("รูปหนังตะลุง แกะมือ ลงสี", Side.OFFER, ["puppet"]),
        ("Rod puppets for a school play", Side.NEED, ["puppet"]),
        ("Evening shadow play for guests", Side.NEED, ["show"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("ใครรับเข้าหัวเชือกบ้างคะ เราส่งเชือกไปเอง", Side.NEED, "finishing"),
        ("Commission carving of hide panels to your design", Side.OFFER, "carving"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert item.head == head
    assert item.kind.name == "SERVICE"


def test_laces_for_shoes_are_cord_not_lace_cloth(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("shoelace", "cordage") and not g.is_a("shoelace", "lace")
    assert g.is_a("puppet", "toy")
