"""Whether an offer's materials can meet a need's.

A buyer who names a material means it: hemp yarn is not cotton yarn. Two items
are compatible when either names no material, or one names a material that is
the same as, or a kind of, one the other names (rPET yarn meets a need for
polyester yarn; hemp-cotton blend fabric meets a need for cotton fabric).
Qualities that exclude each other conflict the same way: hand-spun yarn is not
machine-spun, monofilament is not multifilament, disposable underpads are not
washable ones, knitted cloth is not woven, adult diapers are not baby diapers,
organic yarn is not recycled yarn.
"""

from __future__ import annotations

from services.matcher.scoring.reading import MADE_FROM_ATTRIBUTE, Item
from shared.glossary import ConceptKind, Glossary

# Pairs of qualities no one thing has both of; either side may be the need's.
_EXCLUSIVE: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("handspun", "open_end"),
        ("monofilament", "multifilament"),
        ("handwoven", "machine_woven"),
        ("organic", "recycled"),
        ("disposable", "reusable"),
        ("knitting", "weaving"),
        ("knitting", "handwoven"),
        ("adult", "baby"),
        ("adult", "child"),
        ("elderly", "baby"),
        ("elderly", "child"),
    )
)
_QUALITIES = frozenset(q for pair in _EXCLUSIVE for q in pair)


class MaterialClasses:
    """Interns the materials and exclusive qualities of items and answers compatibility between them."""

    def __init__(self, glossary: Glossary) -> None:
        self._glossary = glossary
        empty = (frozenset[str](), frozenset[str]())
        self._ids: dict[tuple[frozenset[str], frozenset[str]], int] = {empty: 0}
        self._sets: list[tuple[frozenset[str], frozenset[str]]] = [empty]
        self._compatible: dict[tuple[int, int], bool] = {}

    def of(self, item: Item) -> int:
        g = self._glossary
        strong = [cid for cid, strength in item.attrs if strength >= MADE_FROM_ATTRIBUTE]
        named = (
            frozenset(cid for cid in strong if g.concept(cid).kind is ConceptKind.MATERIAL),
            frozenset(cid for cid in strong if cid in _QUALITIES),
        )
        cid = self._ids.get(named)
        if cid is None:
            cid = self._ids[named] = len(self._sets)
            self._sets.append(named)
        return cid

    def compatible(self, need: int, offer: int) -> bool:
        key = (need, offer)
        found = self._compatible.get(key)
        if found is None:
            (wanted, wanted_qualities), (offered, offered_qualities) = self._sets[need], self._sets[offer]
            is_a = self._glossary.is_a
            found = not wanted or not offered or any(is_a(a, b) or is_a(b, a) for a in wanted for b in offered)
            found = found and not any(
                frozenset((a, b)) in _EXCLUSIVE and a not in offered_qualities
                for a in wanted_qualities
                for b in offered_qualities
            )
            self._compatible[key] = found
        return found
