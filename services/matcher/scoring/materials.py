"""Whether an offer's materials can meet a need's.

A buyer who names a material means it: hemp yarn is not cotton yarn. Two items
are compatible when either names no material, or one names a material that is
the same as, or a kind of, one the other names (rPET yarn meets a need for
polyester yarn; hemp-cotton blend fabric meets a need for cotton fabric).
"""

from __future__ import annotations

from services.matcher.scoring.reading import MADE_FROM_ATTRIBUTE, Item
from shared.glossary import ConceptKind, Glossary


class MaterialClasses:
    """Interns the material sets of items and answers compatibility between them."""

    def __init__(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self._ids: dict[frozenset[str], int] = {frozenset(): 0}
        self._sets: list[frozenset[str]] = [frozenset()]
        self._compatible: dict[tuple[int, int], bool] = {}

    def of(self, item: Item) -> int:
        g = self._glossary
        named = frozenset(
            cid
            for cid, strength in item.attrs
            if strength >= MADE_FROM_ATTRIBUTE and g.concept(cid).kind is ConceptKind.MATERIAL
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
            wanted, offered = self._sets[need], self._sets[offer]
            is_a = self._glossary.is_a
            found = not wanted or not offered or any(is_a(a, b) or is_a(b, a) for a in wanted for b in offered)
            self._compatible[key] = found
        return found
