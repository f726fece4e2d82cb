"""A material named with the word for its weave, or as deadstock, is cloth.

*Woven cotton*, *woven hemp* and *woven polypropylene* are cloth, as knitted ones
are, not fibre or plastic pellets; so is *deadstock cotton* (left-over cloth),
while deadstock yarn stays yarn and surplus fibre fibre. A verb of weaving
done for others stays the work. The sentences are new: they are not taken from
any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("woven cotton for aprons, 160 gsm", Side.NEED, "fabric"),
        ("woven hemp, natural colour", Side.OFFER, "fabric"),
        ("woven polypropylene, laminated, for rice sacks", Side.NEED, "fabric"),
        ("deadstock cotton, mixed colours, 5 m pieces", Side.OFFER, "fabric"),
        ("deadstock yarn on cones, 200 kg", Side.OFFER, "yarn"),
        ("surplus polyester fibre in bales", Side.OFFER, "fibre"),
    ],
)
def test_goods(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert [item.head for item in reader.read(text, side).items] == [head]


def test_weaving_for_others_stays_the_work(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "weaving cotton on commission, your yarn")[0] == (ItemKind.SERVICE, "weaving")
