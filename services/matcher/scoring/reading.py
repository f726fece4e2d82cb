"""Reading one offer or need phrase into the goods it names.

A phrase becomes one or more `Item`s: the head (the thing offered or wanted)
plus attributes. Rules, in both languages:

- "bags made from hemp fabric" / "กระเป๋า ผลิตจากผ้ากัญชง": the head is *bag*;
  hemp becomes an attribute and *fabric*, an input, is dropped. A made-from
  clause passes on materials and lasting qualities, not input states
  ("greige", "raw").
- "performance fabric for sportswear": the purpose clause adds weak attributes.
- English puts the head last ("organic cotton yarn"), Thai first
  ("เส้นด้ายฝ้ายออร์แกนิก"); "and", commas and Thai spaces separate listed goods.
- A need that seeks customers ("looking for buyers for our tees", "หาตลาด",
  "หาตัวแทนส่งออก") is a market need, not a need for inputs; the goods it names
  are really on offer.
- Attributes can recast the head: used garments are post-consumer textiles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Final

from shared.glossary import ConceptKind, CueKind, Glossary, Span, Term, load_glossary
from shared.taxonomy import CERTIFICATIONS, find_certifications


class Side(StrEnum):
    OFFER = "offer"
    NEED = "need"


class Intent(StrEnum):
    SUPPLY = "supply"  # an offer
    INPUT = "input"  # a need for goods or services
    MARKET = "market"  # a need for customers: the named goods are on offer


class ItemKind(StrEnum):
    GOODS = "goods"
    SERVICE = "service"  # processing done for others: dyeing, finishing, sewing ...
    OTHER = "other"  # tourism, training, marketing, retail platforms ...


_KIND_OF: Final = {
    ConceptKind.PRODUCT: ItemKind.GOODS,
    ConceptKind.PROCESS: ItemKind.SERVICE,
    ConceptKind.OFFERING: ItemKind.OTHER,
}

# Strength of an attribute by where it was found.
MAIN_ATTRIBUTE: Final = 1.0
GOODS_AS_ATTRIBUTE: Final = 0.5  # "banana fibre tote bag": fibre describes the bag
MADE_FROM_ATTRIBUTE: Final = 0.6
PURPOSE_ATTRIBUTE: Final = 0.4
VARIETY_ATTRIBUTE: Final = 0.5


@dataclass(frozen=True, slots=True)
class Item:
    """One thing offered or wanted. `head` is "" when the glossary knows none of its words."""

    head: str
    attrs: tuple[tuple[str, float], ...]
    words: tuple[str, ...]
    kind: ItemKind


@dataclass(frozen=True, slots=True)
class Reading:
    intent: Intent
    items: tuple[Item, ...]
    certifications: frozenset[str]


@dataclass(slots=True)
class _Conjunct:
    terms: list[tuple[Term, bool]] = field(default_factory=list)  # (term, written in Thai)
    words: list[str] = field(default_factory=list)
    made_from: list[Term] = field(default_factory=list)
    purpose: list[Term] = field(default_factory=list)
    thai: bool = False

    @property
    def empty(self) -> bool:
        return not (self.terms or self.words or self.made_from or self.purpose)

    def absorb(self, other: _Conjunct) -> None:
        self.terms.extend(other.terms)
        self.words.extend(other.words)
        self.made_from.extend(other.made_from)
        self.purpose.extend(other.purpose)
        self.thai = self.thai or other.thai


class PhraseReader:
    """Reads offer and need phrases with a glossary; results are cached per phrase."""

    def __init__(self, glossary: Glossary | None = None) -> None:
        self.glossary = glossary or load_glossary()
        self._ignored = _certification_words(self.glossary)
        self.read: Callable[[str, Side], Reading] = lru_cache(maxsize=500_000)(self._read)

    def _read(self, text: str, side: Side) -> Reading:
        spans = self.glossary.tag(text)
        certs = frozenset(find_certifications(text))
        intent = Intent.SUPPLY if side is Side.OFFER else self._need_intent(spans)
        return Reading(intent, tuple(self._items(spans)), certs)

    # ------------------------------------------------------------------ intent

    def _need_intent(self, spans: tuple[Span, ...]) -> Intent:
        market_at = next((i for i, s in enumerate(spans) if s.term and s.term.cue is CueKind.MARKET), None)
        if market_at is None:
            return Intent.INPUT
        goods_at = next((i for i, s in enumerate(spans) if self._head_of(s.term) is not None), None)
        # "fabric for the export market" still wants fabric; "market for our fabric" wants customers.
        return Intent.MARKET if goods_at is None or market_at < goods_at else Intent.INPUT

    # ------------------------------------------------------------------ items

    def _quality(self, term: Term) -> bool:
        """A term naming a quality or a treatment, which a negation can deny."""
        kinds = {self.glossary.concept(c).kind for c in term.concepts}
        return bool(kinds) and kinds <= {ConceptKind.ATTRIBUTE, ConceptKind.PROCESS}

    def _head_of(self, term: Term | None) -> str | None:
        if term is None or not term.concepts or term.modifier_only:
            return None
        first = term.concepts[0]
        return first if self.glossary.concept(first).kind.names_goods else None

    def _conjuncts(self, spans: tuple[Span, ...]) -> list[_Conjunct]:
        conjuncts = [_Conjunct()]
        role: CueKind | None = None  # None: the main clause; else the modifier clause being read
        negated = False  # "ไม่ฟอกขาว", "no chemicals": the next quality is absent

        def fresh() -> _Conjunct:
            if not conjuncts[-1].empty:
                conjuncts.append(_Conjunct())
            return conjuncts[-1]

        for span in spans:
            current = conjuncts[-1]
            if span.is_break:
                role = None
                fresh()
                continue
            term = span.term
            if term is None:
                if role is None and len(span.key) > 1 and span.key not in self._ignored:
                    current.words.append(span.key)
                    current.thai = current.thai or span.thai
                continue
            if term.cue is not None:
                negated = term.cue is CueKind.NEGATION
                if term.cue in (CueKind.MADE_FROM, CueKind.PURPOSE, CueKind.WITH):
                    role = term.cue
                elif term.cue is CueKind.CONJ and role is None:
                    fresh()
                continue
            if negated:
                negated = False
                if self._quality(term):
                    continue
            if role is CueKind.MADE_FROM:
                current.made_from.append(term)
            elif role is not None:
                current.purpose.append(term)
            else:
                current.terms.append((term, span.thai))
                current.thai = current.thai or span.thai
        return [c for c in conjuncts if not c.empty]

    def _items(self, spans: tuple[Span, ...]) -> list[Item]:
        conjuncts = self._conjuncts(spans)
        if not conjuncts:
            return []
        if not any(self._has_head(c) for c in conjuncts):
            conjuncts = self._promote(conjuncts)
        merged = self._merge_headless(conjuncts)
        items = (self._item(c) for c in merged)
        return list(dict.fromkeys(i for i in items if i.head or i.words))

    def _head_candidates(self, c: _Conjunct) -> list[tuple[int, str]]:
        """Terms that could name the goods, by position. A production process gives way
        to the product it makes ("รับผลิตเสื้อฟุตบอล" offers shirts); "dyed" names goods
        only when nothing else does."""
        g = self.glossary
        found = [(i, h) for i, (t, _) in enumerate(c.terms) if (h := self._head_of(t)) is not None]
        products = [(i, h) for i, h in found if g.concept(h).kind is ConceptKind.PRODUCT]
        if products:
            found = [(i, h) for i, h in found if not g.concept(h).makes]
        if not found:
            found = [
                (i, t.concepts[0])
                for i, (t, _) in enumerate(c.terms)
                if t.modifier_only and g.concept(t.concepts[0]).kind.names_goods
            ]
        return found

    def _has_head(self, conjunct: _Conjunct) -> bool:
        return any(self._head_of(t) is not None for t, _ in conjunct.terms)

    def _promote(self, conjuncts: list[_Conjunct]) -> list[_Conjunct]:
        """No goods in the main clause: "buyers for our hemp shirts" names them in a modifier clause."""
        promoted: list[_Conjunct] = []
        for c in conjuncts:
            moved = [*c.purpose, *c.made_from]
            if any(self._head_of(t) is not None for t in moved):
                terms = [*c.terms, *((t, c.thai) for t in moved)]
                promoted.append(_Conjunct(terms=terms, words=c.words, thai=c.thai))
        return promoted or conjuncts

    def _merge_headless(self, conjuncts: list[_Conjunct]) -> list[_Conjunct]:
        """Fold a conjunct that names no goods ("natural, no chemicals") into its neighbour."""
        if not any(self._has_head(c) for c in conjuncts):
            whole = _Conjunct()
            for c in conjuncts:
                whole.absorb(c)
            return [whole]
        result: list[_Conjunct] = []
        carry: _Conjunct | None = None  # English headless conjuncts describe the next head
        for c in conjuncts:
            if self._has_head(c):
                if carry is not None:
                    c.absorb(carry)
                    carry = None
                result.append(c)
            elif result and (c.thai or result[-1].thai or not c.terms):
                result[-1].absorb(c)
            elif carry is None:
                carry = c
            else:
                carry.absorb(c)
        if carry is not None:
            result[-1].absorb(carry)
        return result

    def _item(self, c: _Conjunct) -> Item:
        glossary = self.glossary
        heads = self._head_candidates(c)
        attrs: dict[str, float] = {}

        def note(concept: str, strength: float) -> None:
            attrs[concept] = max(strength, attrs.get(concept, 0.0))

        head = ""
        head_at = -1
        if heads:
            head_at, head = heads[0] if c.thai else heads[-1]
        else:
            named = [cid for t, _ in c.terms for cid in t.concepts]
            qualities = [cid for cid in named if glossary.concept(cid).kind is not ConceptKind.MATERIAL]
            materials = [cid for cid in named if glossary.concept(cid).kind is ConceptKind.MATERIAL]
            standing_for = [glossary.concept(cid).as_goods for cid in qualities if glossary.concept(cid).as_goods]
            if standing_for:  # "handwoven Thai silk": woven goods are fabric
                head = standing_for[0] or ""
            elif materials:
                material = materials[0] if c.thai else materials[-1]
                head = glossary.concept(material).as_goods or material

        for i, (term, _) in enumerate(c.terms):
            for n, cid in enumerate(term.concepts):
                if i == head_at and n == 0:
                    continue
                note(cid, _strength(glossary, cid, in_head_term=i == head_at))
        for term in c.made_from:
            for cid in term.concepts:
                concept = glossary.concept(cid)
                if concept.kind in (ConceptKind.MATERIAL, ConceptKind.ATTRIBUTE) and not concept.state:
                    note(cid, MADE_FROM_ATTRIBUTE)
        for term in c.purpose:
            for cid in term.concepts:
                note(cid, PURPOSE_ATTRIBUTE)

        for cid in attrs:
            if head and glossary.is_a(cid, head):
                attrs[cid] *= VARIETY_ATTRIBUTE  # "plai" under the head "herb": a variety, not an extra
        for cid, strength in list(attrs.items()):
            for implied in glossary.concept(cid).implies:
                note(implied, strength)
        if head:
            head = _recast(glossary, head, attrs)
            for implied in glossary.concept(head).implies:
                note(implied, MAIN_ATTRIBUTE)
            attrs.pop(head, None)
        kind = _KIND_OF.get(glossary.concept(head).kind, ItemKind.GOODS) if head else ItemKind.GOODS
        return Item(head, tuple(sorted(attrs.items())), tuple(dict.fromkeys(c.words)), kind)


def _strength(glossary: Glossary, concept_id: str, in_head_term: bool) -> float:
    kind = glossary.concept(concept_id).kind
    if in_head_term or kind in (ConceptKind.MATERIAL, ConceptKind.ATTRIBUTE, ConceptKind.PROCESS):
        return MAIN_ATTRIBUTE
    return GOODS_AS_ATTRIBUTE


def _recast(glossary: Glossary, head: str, attrs: dict[str, float]) -> str:
    for cid in list(attrs):
        for ancestor, target in glossary.concept(cid).recasts:
            if glossary.is_a(head, ancestor):
                return target
    return head


def _certification_words(glossary: Glossary) -> frozenset[str]:
    """Words of certification names: the taxonomy reads them, they never describe goods."""
    names: Iterable[str] = (
        name
        for c in CERTIFICATIONS
        for name in (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    )
    words: set[str] = set()
    for name in names:
        for span in glossary.tag(name):
            if span.term is None and span.brk is None:
                words.add(span.key)
    return frozenset(words)
