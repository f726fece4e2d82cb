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
- Words written beside goods describe them. Thai lists goods with spaces but
  also puts a finish after a space: in "กระเป๋าสะพายผ้าฝ้ายทอมือ ย้อมคราม" the
  indigo dyeing is how the bag was dyed, not a dyeing service on offer (English
  writes "indigo-dyed"). A Thai part that names only a process describes the
  goods before it, and one that names only an input (fabric, yarn) describes
  finished goods before it, unless "และ"/"and" lists it or "รับ"/"บริการ" marks
  it as work done for others (`conjuncts`). A Thai part naming only a colour
  ("สีธรรมชาติ") qualifies the goods before it.
- What follows a purpose cue is the use, even across a Thai space, unless other
  goods open the next part: "ต้องการเส้นไหม สำหรับทอ บนกี่กระตุก" wants yarn.
- English work is led by a verb: "we dye your yarn", "need someone to sew our
  shirts" are services (`clauses`), as Thai "รับย้อม", "รับเย็บเสื้อ" are.
- English "in" after goods describes them: "pillows in khit weave" offers pillows.
- A need for old pieces of a named finished product, beside "new" or a craft
  quality, wants the product ("รับซื้อผ้าซิ่นเก่า งานเก่างานใหม่"), not waste.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from services.matcher.scoring.clause_ends import NOISE_RUN, TURNS, ClauseEnds
from services.matcher.scoring.clauses import ServiceClauses
from services.matcher.scoring.conjuncts import Conjunct
from services.matcher.scoring.fields import LabelledFields
from services.matcher.scoring.ownership import without_customers_goods, without_own_goods
from services.matcher.scoring.wording import NearestTerms
from shared.glossary import (
    BRACKET_CLOSE,
    BRACKET_OPEN,
    SENTENCE_END,
    ConceptKind,
    CueKind,
    Glossary,
    Span,
    Term,
    TokenKind,
    load_glossary,
)
from shared.taxonomy import CERTIFICATIONS, PROVINCES, Certification, find_certifications


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
_CACHE_SIZE: Final = 2_000_000  # entries per cache; a full cache starts afresh
_NEW: Final = Span("new", Term(cue=CueKind.NOISE))  # "new" is sales talk, but "old and new" pieces are not waste
_NEW_WORDS: Final = frozenset({"new", "ใหม่"})
_BECOMES: Final = Span("เป็น", Term(cue=CueKind.NOISE))  # "นำกะลามา เจาะ ขัด เป็นกระดุม": what the work yields
_BROUGHT: Final = frozenset({"มา", "นำมา", "เอามา"})  # "X มา VERB": X is taken and worked on
_MAKE_TH: Final = unicodedata.normalize("NFKC", "ทำ")  # as the tagger keys it
_OR_TH: Final = unicodedata.normalize("NFKC", "หรือ")  # as the tagger keys it
_FOR_MAKING: Final = Span("", Term(cue=CueKind.PURPOSE))
_FOR: Final = Span("for", Term(cue=CueKind.PURPOSE))
_PARTNER_FOR: Final = "partnerfor"  # the tagger's key of the cue "partner for", a verb of wanting
_WORK_KINDS: Final = frozenset({ConceptKind.PROCESS, ConceptKind.OFFERING})
_SHEETS: Final = frozenset({"sheet", "sheets"})
_SET_TH: Final = "ชุด"  # an outfit, or a set of things
_AFTER_GOODS: Final = 1
# "coir sheets", "latex foam sheets", "krajood sheets": sheets of a material that is not cloth are no bed sheets
_NOT_CLOTH: Final = (
    "coconut",
    "sedge",
    "water_hyacinth",
    "rubber",
    "leather",
    "paper_material",
    "pu",
    "pvc",
    "pet",
    "polypropylene",
    "polyethylene",
    "charcoal",
    "felt",
    "filling",
    "fibre",
    "stem",
    "paper",
    "plastic_feedstock",
    "laminate_film",
    "silkworm",
    "cocoon",
)
# Off: reading an unknown word as the glossary term it is spelt most like (`wording.NearestTerms`, e.g. at
# a cosine of 0.6) reads misspellings right but also *pastel* as paste, *visitor* as visit (decision 0014).
NEAR_TERMS: Final[float | None] = None


@dataclass(frozen=True, slots=True)
class Item:
    """One thing offered or wanted. `head` is "" when the glossary knows none of its words."""

    head: str
    attrs: tuple[tuple[str, float], ...]
    words: tuple[str, ...]
    kind: ItemKind
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Items key several caches; hashing their nested tuples once is enough.
        object.__setattr__(self, "_hash", hash((self.head, self.attrs, self.words, self.kind)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[Item], tuple[str, tuple[tuple[str, float], ...], tuple[str, ...], ItemKind]]:
        # Rebuild on unpickling: the cached hash is only valid in the process that made it.
        return (Item, (self.head, self.attrs, self.words, self.kind))


@dataclass(frozen=True, slots=True)
class Reading:
    intent: Intent
    items: tuple[Item, ...]
    certifications: frozenset[str]


class PhraseReader(ClauseEnds):
    """Reads offer and need phrases with a glossary; results are cached per phrase."""

    def __init__(
        self, glossary: Glossary | None = None, *, near_terms: float | None = NEAR_TERMS, keep_texts: bool = False
    ) -> None:
        """`keep_texts`: a fit does not make it forget its readings of texts (`forget_texts`); only
        `forget_kept_texts` does, when its owner decides (the coverage answers, which read the same
        cluster again and again)."""
        self.glossary = glossary or load_glossary()
        self._keep_texts = keep_texts
        self._ignored = _certification_words(self.glossary)
        self._clauses = ServiceClauses(self.glossary)
        self._fields = LabelledFields(self.glossary)
        # With `near_terms`, a word the glossary does not know but spelt close to a term it has reads as that term.
        self._near = NearestTerms(self.glossary.terms, near_terms) if near_terms is not None else None
        self._participles = _participles(self.glossary)
        # What trims taken off leave: goods that were worn or used ("ผ้าฝ้ายขาว ตัดกระดุม ซิป ออกแล้ว")
        self._stripped = (self.glossary.tag("ใช้แล้ว")[0], self.glossary.tag("used")[0])
        self._items_of: dict[tuple[object, ...], Item] = {}
        self._readings: dict[tuple[tuple[Span, ...], Side], tuple[Intent, tuple[Item, ...]]] = {}
        self._cache: dict[tuple[str, Side], Reading] = {}

    def read(self, text: str, side: Side) -> Reading:
        found = self._cache.get((text, side))
        if found is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            found = self._cache[(text, side)] = self._read(text, side)
        return found

    def forget_texts(self) -> None:
        """Drop per-text caches (kept: readings by their noise-free words, and items), unless `keep_texts`."""
        if not self._keep_texts:
            self.forget_kept_texts()

    def forget_kept_texts(self) -> None:
        self._cache.clear()
        self.glossary.forget_texts()

    def _read(self, text: str, side: Side) -> Reading:
        certs = _certifications(text)
        kept_text = without_customers_goods(text) if side is Side.OFFER else without_own_goods(text)
        spans = self._fields.tag(kept_text)
        spans = self._without_question_words(spans, text, side is Side.NEED)
        spans = _without_removed(spans, text, self._stripped)
        kept = self._clauses.without_makers(_without_asides(spans, self._goods_or_material))
        if side is Side.NEED:
            kept = self._without_writer(self._without_seller(kept))
        kept = self._sets_of_goods(self._sheets_of_material(self._made_into(kept)))
        kept = self._partner_for_work(self._technique_before_cloth(kept))
        for_customers = side is Side.OFFER and kept_text != text  # the offer names goods its customers bring
        spans = self._clauses.first_person(self._clauses.work_on(kept), for_customers=for_customers)
        spans = self._clauses.rewrite(self._without_noise(spans))
        found = self._readings.get((spans, side))
        if found is None:
            if len(self._readings) >= _CACHE_SIZE:
                self._readings.clear()
            intent = Intent.SUPPLY if side is Side.OFFER else self._need_intent(spans)
            found = self._readings[(spans, side)] = (intent, tuple(self._items(spans, side)))
        intent, items = found
        # Decided on the text itself, not on the spans the readings are cached by:
        if intent is Intent.INPUT and _CUSTOMERS_SOUGHT.search(text):
            intent = Intent.MARKET  # "หาโรงเรียนสั่งชุดนักเรียน": buyers for the writer's goods, not the goods
        if side is Side.NEED and certs and items and all(self._about_standards(i.head) for i in items):
            certs = frozenset()  # "testing for OEKO-TEX renewal", "GRS certification support": the topic, not a demand
        return Reading(intent, items, certs)

    def _other_material(self, spans: tuple[Span, ...], at: int, current: Conjunct) -> bool:
        """Thai "หรือ" after finished goods named with their cloth or material, before another cloth or
        material alone: the goods come in either ("ผ้ากันเปื้อนผ้ากัญชงหรือฝ้าย"), no second goods are listed."""
        if spans[at].key != _OR_TH or len(current.terms) < 2 or not current.terms[0][1]:
            return False
        head = self._head_of(current.terms[0][0])
        if head is None or not self.glossary.is_finished(head):
            return False
        if not any(self._cloth_or_material(t) for t, _ in current.terms[1:]):
            return False
        other = spans[at + 1].term if at + 1 < len(spans) else None
        return self._cloth_or_material(other) or self._with_material(other)

    def _with_material(self, term: Term | None) -> bool:
        """A term naming a material beside what is made of it ("ฝ้ายย้อมคราม": indigo-dyed cotton)."""
        if term is None or term.cue is not None:
            return False
        return any(self.glossary.concept(c).kind is ConceptKind.MATERIAL for c in term.concepts)

    def _made_into(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """Thai "ผ้ากันน้ำเคลือบ PU ทำกระเป๋า", "ผ้ายืด ทำเลกกิ้ง": `ทำ` opening a part, after a part that names
        goods or a material and before goods, says what those goods are for (as "for making" would)."""
        if not any(s.key == _MAKE_TH for s in spans):
            return spans
        out = list(spans)
        for at in range(len(out) - 2, 1, -1):
            if out[at].key != _MAKE_TH or not out[at - 1].is_break or out[at - 1].key:
                continue  # only after a plain break (a Thai space, a comma): not a sentence's end or a bracket
            after = out[at + 1].term
            if after is None or after.goods is None or after.cue is not None:
                continue
            if self._named_before(out, at - 1):
                out[at - 1 : at + 1] = [_FOR_MAKING]
        return tuple(out)

    def _named_before(self, spans: list[Span], end: int) -> bool:
        """Whether the part ending at `end` names goods or a material, looking past parts before it that
        only describe them ("ผ้ากากีเสิร์ท สีกากีคอพับ ทำชุดข้าราชการ": the colour and collar, then the use)."""
        while end > 0:
            start = next((i + 1 for i in range(end - 1, -1, -1) if spans[i].is_break), 0)
            named = [s.term for s in spans[start:end] if s.term is not None and s.term.cue is None]
            if any(self._goods_or_material(t) for t in named):
                return True
            if any(t.goods is not None for t in named) or start == 0 or spans[start - 1].key:
                return False  # other goods, the phrase's start, or a sentence's end or bracket
            end = start - 1
        return False

    def _technique_before_cloth(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """English "hand block print cotton", "leaf print silk": a technique named with its bare noun after
        another word and right before cloth or its material describes the cloth, as "printed" would; at the
        start of a part it is a verb of work ("print cotton tote bags")."""
        out: list[Span] | None = None
        goods_at = -1  # the last finished goods named in this part
        for at, span in enumerate(spans):
            after = spans[at + 1].term if at + 1 < len(spans) else None
            term = span.term
            if span.is_break:
                goods_at = -1
            if term is None or span.thai or span.key.endswith(("ing", "ed")):
                continue
            if term.goods is not None and self.glossary.is_finished(term.goods):
                goods_at = at
            before = spans[at - 1] if at else SENTENCE_END
            if before.is_break:
                continue  # a verb of work opening a part: "print cotton tote bags"
            if before.term is not None and before.term.cue is not None:
                continue  # "and weave cloth", "we print cotton": a verb after a cue word
            participle = self._participles.get(term.concepts) if not term.modifier_only else None
            after_goods = goods_at >= 0 and at - goods_at > _AFTER_GOODS
            if participle is not None and (self._cloth_or_material(after) or after_goods):
                out = out or list(spans)
                out[at] = Span(span.key, participle)
        return spans if out is None else tuple(out)

    def _partner_for_work(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """English "a dyeing partner for our cotton fabric", "laundry partner for restaurant uniforms": a
        partner named by its work is wanted for that work, done to the goods after "for" (as in "dyeing for
        our cotton fabric"); without the work before it, "partner for" still wants what follows."""
        if not any(s.key == _PARTNER_FOR for s in spans):
            return spans
        out = list(spans)
        for at in range(1, len(out)):
            before = out[at - 1].term
            if out[at].key != _PARTNER_FOR or before is None or before.cue is not None:
                continue
            kinds = self.glossary.kinds(before)
            if kinds & _WORK_KINDS and not kinds & {ConceptKind.PRODUCT, ConceptKind.MATERIAL}:
                out[at] = _FOR
        return tuple(out)

    def _cloth_or_material(self, term: Term | None) -> bool:
        if term is None or term.cue is not None or not term.concepts:
            return False
        concept = term.concepts[0]
        return self.glossary.concept(concept).kind is ConceptKind.MATERIAL or self.glossary.is_a(concept, "fabric")

    def _sheets_of_material(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """English "sheets" are bed sheets ("percale sheets", "retired sheets"), except right after a
        material that is not cloth ("rubberised coir sheets", "latex foam sheets"): then the word says
        only what shape that material comes in."""
        if not any(s.key in _SHEETS for s in spans):
            return spans
        out = list(spans)
        for at in range(1, len(out)):
            before = out[at - 1].term
            if out[at].key not in _SHEETS or before is None or not before.concepts:
                continue
            if any(self.glossary.is_a(before.concepts[0], c) for c in _NOT_CLOTH):
                out[at] = Span(out[at].key)
        return tuple(out)

    def _sets_of_goods(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """Thai "ชุด" is an outfit, and a set: before finished goods that are not clothes ("ชุดผ้าปูที่นอน",
        "ชุดผ้าขนหนูโรงแรม") it counts them and names no garment."""
        if not any(s.key == _SET_TH for s in spans):
            return spans
        g = self.glossary
        return tuple(
            span
            for span, after in zip(spans, (*(s.term for s in spans[1:]), None), strict=True)
            if span.key != _SET_TH
            or after is None
            or after.goods is None
            or after.cue is not None
            or not g.is_finished(after.goods)
            or g.is_a(after.goods, "garment")
        )

    def _done_to_machines(self, head: str) -> bool:
        """Goods or work a machine named beside them is part of: other machines, or their repair."""
        return self.glossary.is_a(head, "machinery") or self.glossary.is_a(head, "repair")

    def _about_standards(self, head: str) -> bool:
        """Work whose subject can be a certification: testing, advice and training."""
        return bool(head) and any(self.glossary.is_a(head, topic) for topic in _STANDARDS_WORK)

    def _without_noise(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """Sales talk and quantities are noise: phrases that differ only there read alike.

        A run of noise shrinks to one marker rather than vanishing: it still ends a
        negation ("no minimum order, organic cotton" keeps "organic"). Words of
        certification and place names are dropped outright.
        """
        kept: list[Span] = []
        for s in spans:
            if s.term is None:
                if s.key not in self._ignored:
                    kept.append(s)
            elif s.term.cue is not CueKind.NOISE:
                kept.append(s)
            elif s.key in _NEW_WORDS:
                kept.append(_NEW)
            elif s.key == _BECOMES.key:
                kept.append(_BECOMES)
            elif not kept or kept[-1] is not NOISE_RUN:
                kept.append(NOISE_RUN)
        return tuple(kept)

    # ------------------------------------------------------------------ intent

    def _need_intent(self, spans: tuple[Span, ...]) -> Intent:
        market_at = next((i for i, s in enumerate(spans) if s.term and s.term.cue is CueKind.MARKET), None)
        if market_at is None:
            return Intent.INPUT
        goods_at = next((i for i, s in enumerate(spans) if self._head_of(s.term) is not None), None)
        # "fabric for the export market" still wants fabric; "market for our fabric" wants customers;
        # "a hotel customer asked for organic towels, we need cotton yarn" wants the yarn: a verb of
        # wanting after the customers, with goods after it, says what the writer buys.
        # A verb of wanting right after the customers wants the customers ("distributors wanted for our yarn").
        wanting = next((i for i in range(market_at + 2, len(spans)) if _cue(spans[i]) is CueKind.NEED), None)
        if wanting is not None and any(self._head_of(s.term) is not None for s in spans[wanting:]):
            return Intent.INPUT
        # "our hemp scarves need buyers", "ผ้าฝ้ายทอมือ หาตลาดส่งออก": customers right after a verb of wanting are
        # what is wanted, whatever goods came before (the writer's own)
        before = next((spans[i] for i in range(market_at - 1, -1, -1) if spans[i] is not NOISE_RUN), None)
        if before is not None and _cue(before) is CueKind.NEED:
            return Intent.MARKET
        return Intent.MARKET if goods_at is None or market_at < goods_at else Intent.INPUT

    # ------------------------------------------------------------------ items

    def _quality(self, term: Term) -> bool:
        """A term naming a quality or a treatment, which a negation can deny; a treatment may name what it is
        done with ("ไม่ย้อมคราม": not indigo-dyed)."""
        kinds = self.glossary.kinds(term)
        if ConceptKind.PROCESS in kinds:
            return kinds <= {ConceptKind.ATTRIBUTE, ConceptKind.PROCESS, ConceptKind.MATERIAL}
        return bool(kinds) and kinds <= {ConceptKind.ATTRIBUTE}

    def _conjuncts(self, spans: tuple[Span, ...], side: Side) -> list[Conjunct]:
        conjuncts = [Conjunct()]
        role: CueKind | None = None  # None: the main clause; else the modifier clause being read
        negated = False  # "ไม่ฟอกขาว", "no chemicals": the next quality is absent
        clause: CueKind | None = None  # the verb of the clause being read ("we need", "ขาย")
        brought = False  # the purpose clause opened with "มา": goods taken to be worked on
        bracketed = False  # inside brackets

        def fresh() -> Conjunct:
            if not conjuncts[-1].empty:
                conjuncts.append(Conjunct(clause=clause, bracketed=bracketed))
            return conjuncts[-1]

        for at, span in enumerate(spans):
            current = conjuncts[-1]
            if span.is_break and role is CueKind.PURPOSE and self._use_goes_on(spans, at, conjuncts):
                continue
            if span.is_break:
                role = None
                bracketed = span is BRACKET_OPEN or (bracketed and span is not BRACKET_CLOSE)
                part = fresh()
                part.after_stop = part.after_stop or span is SENTENCE_END
                part.bracketed = bracketed
                continue
            term = span.term
            if role is CueKind.COMPARE:
                # "cheaper than new yarn", "นุ่มกว่าฝ้าย", "แทนกระดุม": the goods compared with are neither
                # offered nor a material; the comparison ends with them, a number or another cue
                if term is None:
                    role = None if span.key[:1].isdigit() else role
                    continue
                if term.cue is None or term.cue is CueKind.NOISE:
                    if self._head_of(term) is not None:
                        role = None
                    continue
                role = None
            if term is None and self._near is not None and span.key not in self._ignored:
                term = self._near.term(span.key)
            if term is None:
                if role is None and len(span.key) > 1 and span.key not in self._ignored:
                    current.words.append(span.key)
                    current.thai = current.thai or span.thai
                continue
            if term.cue is not None:
                # "ไม่ต้องมีใบรับรองเกษตรอินทรีย์": sales talk between a negation and its quality keeps it denied
                negated = term.cue is CueKind.NEGATION or (negated and term.cue is CueKind.NOISE)
                current.sold = current.sold or term.cue is CueKind.OFFER
                yields = side is Side.OFFER and role is None and (span.thai or not current.service)
                if term.cue is CueKind.INTO and yields:
                    # "we turn plastic bottles into polyester yarn": the yarn is on offer, made from the bottles;
                    # Thai "รับเศษผ้ามาตีเป็นใย" too: what is taken in ("รับ") is made into the goods sold
                    current.service = False
                    current.made_from.extend(t for t, _ in current.terms)
                    current.terms.clear()
                elif term.cue is CueKind.INTO:  # "yarn to weave into cloth", "we weave your yarn into cloth"
                    role = CueKind.PURPOSE
                elif span is _BECOMES and brought and side is Side.OFFER and self._yields_goods(spans, at):
                    # "นำกะลามะพร้าวมาเจาะ ขัด เป็นกระดุม": what was brought and worked on becomes the goods sold
                    current.made_from.extend(t for t, _ in current.terms)
                    current.terms.clear()
                    current.purpose.clear()
                    role, brought = None, False
                elif term.cue in (CueKind.MADE_FROM, CueKind.PURPOSE, CueKind.WITH, CueKind.COMPARE):
                    role = term.cue
                    brought = span.key in _BROUGHT
                elif term.cue is CueKind.CONJ and role is None and self._other_material(spans, at, current):
                    continue  # "กระเป๋าผ้าฝ้ายหรือผ้าไหม": bags of cotton or silk cloth, not bags and silk cloth
                elif term.cue is CueKind.CONJ and role is None:
                    fresh().listed = True
                elif term.cue in (CueKind.NEED, CueKind.OFFER) and self._opens_a_clause(spans, at):
                    # "We are a care home with 30 beds and we need underpads": a verb of wanting or
                    # selling opens a new clause; what its goods are follows it, whatever came before
                    role, clause = None, term.cue
                    opened = fresh()
                    opened.clause, opened.opens = clause, True
                    opened.turned = at > 0 and spans[at - 1].key in TURNS
                elif term.cue is CueKind.SERVICE:
                    current.service = True
                elif term.cue is CueKind.OF and role is None and current.terms and self._product(current.terms[-1][0]):
                    # "bags of hemp fabric": the fabric is what the bags are made of; "cocoons of native
                    # silkworms": English names the goods before "of", what they come from after it.
                    role = CueKind.MADE_FROM
                elif term.cue is CueKind.OF and role is None and at > 0 and self._work_on(spans[at - 1], current):
                    role = CueKind.PURPOSE  # "commission spinning of bast, leaf and cotton fibres": what it works on
                elif term.cue is CueKind.IN and role is None and self._described_next(current):
                    # "pillows in khit weave", "bags in indigo cotton": the goods come in that material or
                    # technique; the words after "in" describe them ("weaving in Chiang Mai" names no goods);
                    # "training in industrial sewing" is training, about sewing.
                    role = CueKind.IN
                continue
            if negated:
                negated = False
                if self._quality(term):
                    continue
            if role is CueKind.MADE_FROM:
                current.made_from.append(term)
            elif role is CueKind.IN:
                current.described.append(term)
            elif role is not None:
                current.purpose.append(term)
            else:
                current.terms.append((term, span.thai))
                current.thai = current.thai or span.thai
        kept = [c for c in conjuncts if not c.empty]
        return kept if any(c.thai for c in kept) else self._service_for_the_list(kept)

    def _items(self, spans: tuple[Span, ...], side: Side) -> list[Item]:
        read = self._shared_object(self._conjuncts(spans, side))
        conjuncts = self._own_side(self._described(self._served(read)), side)
        if not conjuncts:
            return []
        if not any(self._goods_named(c) or self._names_material(c) for c in conjuncts):
            conjuncts = self._promote(conjuncts)
        merged = self._merge_headless(self._closures_of_goods(conjuncts))
        merged = self._without_tools(merged, offer=side is Side.OFFER)
        old_and_new = side is Side.NEED and _NEW in spans
        if _NEW not in spans:  # "old and new pieces", "used fabric, new yarn": the condition is not shared
            merged = self._shared_state(merged)
        merged = self._shared_terms(merged)
        items = (self._cached_item(c, side, old_and_new) for c in merged)
        return list(dict.fromkeys(i for i in items if i.head or i.words))

    def _own_side(self, conjuncts: list[Conjunct], side: Side) -> list[Conjunct]:
        """A need that says what the writer sells ("we make bags from pha khao ma, we need handwoven
        pha khao ma") wants only what its verb of wanting names; an offer that says what the writer
        buys offers only what its verb of selling names. Without both kinds of verb nothing is dropped."""
        wanted, other = (CueKind.NEED, CueKind.OFFER) if side is Side.NEED else (CueKind.OFFER, CueKind.NEED)
        named = [self._goods_named(c) for c in conjuncts]
        turned = [n for n, c in enumerate(conjuncts) if c.turned and c.clause is wanted and named[n]]
        turns = turned if side is Side.NEED else []
        # "ปัจจุบันย้อมด้วยสีเคมี แต่อยากเปลี่ยนมาใช้ครั่ง", "we now import wadding but want to switch to kapok":
        # what the writer does or buys now, before the turn, is not what is wanted
        conjuncts = conjuncts[turns[-1] :] if turns else conjuncts
        if not any(c.clause is wanted and self._has_head(c) for c in conjuncts):
            return conjuncts
        return [c for c in conjuncts if c.clause is not other]

    def _cached_item(self, c: Conjunct, side: Side, old_and_new: bool) -> Item:
        """Many phrases share a conjunct ("ผ้าทอฝ้ายออร์แกนิก" with different sales talk)."""
        key = (
            tuple(c.terms),
            tuple(c.words),
            tuple(c.made_from),
            tuple(c.purpose),
            tuple(c.described),
            c.thai,
            c.service,
            side,
            old_and_new,
        )
        item = self._items_of.get(key)
        if item is None:
            if len(self._items_of) >= _CACHE_SIZE:
                self._items_of.clear()
            item = self._items_of[key] = self._item(c, side, old_and_new)
        return item

    def _item(self, c: Conjunct, side: Side, old_and_new: bool = False) -> Item:
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
                if head == "yarn" and self._cloth_for_sewn_goods(c):
                    head = "fabric"
                elif head == "fibre" and self._cloth_for_sewn_goods(c) and not self._used_for(c, _STUFFED):
                    head = "fabric"  # "plain polyester for curtains"; polyester for pillows is their stuffing
                elif glossary.is_a(head, "fibre") and self._used_for(c, _WORK_WITH_YARN):
                    head = "yarn"  # "8-ply cotton for crochet", "hemp for weaving": the yarn that work uses

        if side is Side.NEED and self._design_wanted(c, head, head_at):
            note(head, MAIN_ATTRIBUTE)  # "ออกแบบบรรจุภัณฑ์", "design of our packaging": the design work is wanted
            head, head_at = "design", next((i for i, (t, _) in enumerate(c.terms) if "design" in t.concepts), -1)
        finished = bool(head) and glossary.is_finished(head)
        for i, (term, _) in enumerate(c.terms):
            for n, cid in enumerate(term.concepts):
                if i == head_at and n == 0:
                    continue
                if finished and n == 0 and len(term.concepts) > 1 and i != head_at and self._input(cid):
                    continue  # "เสื้อผ้าฝ้าย" is a cotton shirt: Thai names the cloth, English only the material
                if head and cid != head and glossary.is_a(cid, "machinery") and not self._done_to_machines(head):
                    continue  # the looms the cloth was woven on say nothing about the cloth
                note(cid, _strength(glossary, cid, in_head_term=i == head_at))
        for term in c.described:  # as if written before the goods: "khit weave pillows"
            for cid in term.concepts:
                note(cid, _strength(glossary, cid, in_head_term=False))
        for term in c.made_from:
            for cid in term.concepts:
                concept = glossary.concept(cid)
                if concept.kind in (ConceptKind.MATERIAL, ConceptKind.ATTRIBUTE) and not concept.state:
                    note(cid, MADE_FROM_ATTRIBUTE)
        for term in c.purpose:
            for cid in term.concepts:
                if not glossary.concept(cid).state:  # "a take-back scheme for worn shirts": not worn goods
                    note(cid, PURPOSE_ATTRIBUTE)

        for cid in attrs:
            if head and glossary.is_a(cid, head):
                attrs[cid] *= VARIETY_ATTRIBUTE  # "plai" under the head "herb": a variety, not an extra
        for cid, strength in list(attrs.items()):
            for implied in glossary.concept(cid).implies:
                note(implied, strength)
        if head:
            if side is Side.OFFER or not self._kept_when_old(head, c, old_and_new):
                # handwork still to be done ("พร้อมนำไปเข็น", ready to be spun) does not make the goods another kind
                made = {c: s for c, s in attrs.items() if s > PURPOSE_ATTRIBUTE or not glossary.is_a(c, "handmade")}
                for state, waste in self._states_of_material(c, head, head_at):
                    made.pop(state, None)
                    attrs.pop(state, None)
                    note(waste, GOODS_AS_ATTRIBUTE)
                recast = _recast(glossary, head, made)
                if recast != head and any(form in made for form in _FORMS_OF_SALE):
                    note(head, GOODS_AS_ATTRIBUTE)  # "ผ้าจีวรเป็นพับ": robe cloth by the bolt, cloth for robes
                head = recast
            for implied in glossary.concept(head).implies:
                note(implied, MAIN_ATTRIBUTE)
            attrs.pop(head, None)
        for form in _FORMS_OF_SALE:  # they say what the goods are (cloth, yarn), never a quality to match on
            attrs.pop(form, None)
        kind = _KIND_OF.get(glossary.concept(head).kind, ItemKind.GOODS) if head else ItemKind.GOODS
        return Item(head, tuple(sorted(attrs.items())), tuple(dict.fromkeys(c.words)), kind)

    def _states_of_material(self, c: Conjunct, head: str, head_at: int) -> list[tuple[str, str]]:
        """Thai states written right after the cloth or clothes a finished product is made of, with
        what they make of that material: "กระเป๋าผ้ายีนส์เก่า" is bags of old denim (made from waste),
        not old bags. Only goods named on their own (denim, jeans, T-shirts): cloth named with its
        fibre only says what the product is made of ("เสื้อผ้าคอตตอนใช้แล้ว" are used cotton clothes).
        Old clothes are traded as clothes, so a garment keeps its state. English writes the state before
        what it describes and is read as written."""
        g = self.glossary
        if not c.thai or head_at < 0 or not g.is_finished(head) or g.is_a(head, "garment"):
            return []
        found = []
        for (before, _), (term, _) in zip(c.terms[head_at + 1 :], c.terms[head_at + 2 :], strict=False):
            if len(before.concepts) != 1:
                continue
            material = before.concepts[0]
            if material == head or g.concept(material).kind is not ConceptKind.PRODUCT:
                continue
            for cid in term.concepts:
                concept = g.concept(cid)
                if concept.kind is not ConceptKind.ATTRIBUTE or not concept.state:
                    continue
                waste = next((to for anc, to in concept.recasts if g.is_a(material, anc)), None)
                if waste is not None:
                    found.append((cid, waste))
        return found

    def _design_wanted(self, c: Conjunct, head: str, head_at: int) -> bool:
        """A need naming design before the goods it is for wants the design work, not the goods
        (goods named with their design after them, "กระเป๋าดีไซน์ทันสมัย", are still goods)."""
        if not head or head_at < 0 or self.glossary.concept(head).kind is not ConceptKind.PRODUCT:
            return False
        before = [term for term, _ in c.terms[:head_at]] + list(c.described)
        return any("design" in term.concepts for term in before)

    def _cloth_for_sewn_goods(self, c: Conjunct) -> bool:
        """A fibre named alone for finished goods is their cloth: "silk for cushion covers", "ไหมไทยสำหรับผ้าม่าน".

        Unless the use is work done with yarn itself ("silk to weave scarves", "cotton to knit hats")."""
        used = [cid for t in c.purpose for cid in t.concepts]
        return not self._used_for(c, _YARN_WORK) and any(self.glossary.is_finished(cid) for cid in used)

    def _used_for(self, c: Conjunct, works: tuple[str, ...]) -> bool:
        """Whether the conjunct's use is one of `works` (or a kind of one)."""
        g = self.glossary
        return any(g.is_a(cid, work) for t in c.purpose for cid in t.concepts for work in works)

    def _kept_when_old(self, head: str, c: Conjunct, old_and_new: bool) -> bool:
        """A need for old craft pieces of a named product wants the product.

        "รับซื้อผ้าซิ่นเก่า งานเก่างานใหม่", "buying old and new hand-woven sarongs": old beside new
        (of any named product: "ผ้าขาวม้าเก่า ผืนเก่าผืนใหม่"), or beside a craft quality (of finished
        goods), is a collector's word. Old goods in general ("เสื้อผ้าเก่า", "old fabric"), or pieces
        wanted for recycling or as waste, are post-consumer textiles.
        """
        g = self.glossary
        if not g.concept(head).parents or g.concept(head).finished:
            return False
        named = [cid for t in (*(t for t, _ in c.terms), *c.purpose) for cid in t.concepts]
        if any(g.is_a(cid, "textile_waste") or cid in _FOR_RECYCLING for cid in named):
            return False
        crafted = g.is_finished(head) and any(g.is_a(cid, "handmade") or g.is_a(cid, "native") for cid in named)
        return old_and_new or crafted


_VERBS_OF_TRADE: Final = (CueKind.NEED, CueKind.OFFER, CueKind.SERVICE)  # "not looking for", "ไม่รับ"
_THANKS: Final = frozenset({"thank", "ขอบคุณ", "ขอขอบคุณ"})
_ORDER_SIZE: Final = frozenset({"minimum", "min", "moq", "ขั้นต่ำ"})
_TAKING_OFF_TH: Final = frozenset({"ตัด", "แกะ", "ถอด", "เอา", "เลาะ", "ดึง"})  # before "ออก": taken off
_OUT_TH: Final = "ออก"
_TAKEN_SPAN: Final = 9  # how far after a Thai verb of taking its "ออก" may stand
_REMOVED_EN: Final = "removed"
_NOBODY: Final = "ไม่มี"  # "ไม่มีคนรับ…": nobody does the work
_SOMEONE_TO_WORK: Final = frozenset({"คนรับ", "ช่างรับ", "ร้านรับ", "ผู้รับ", "ใครรับ", "ที่รับ"})
_DONE_TH: Final = frozenset({"แล้ว", "หมด", "เรียบร้อย", "ให้"})  # "ตัดซิปออกแล้ว", "แกะฉลากออกให้"
_WITH_EN: Final = "with"
_REFUSALS: Final = frozenset({"ไม่ต้องการ", "บ่ต้องการ"})  # a negation that is itself a verb of wanting
_KIND_WORDS: Final = frozenset({"แบบ", "ชนิด", "ประเภท", "พวก"})
# "ขอเป็นผ้าทอ ไม่เอาผ้าถัก", "ห้ามมีไนลอนผสม": not these goods
_REFUSING: Final = frozenset(
    {"ไม่เอา", "ไม่ใช่", "ไม่รับ", "บ่เอา", "ห้ามมี", "ห้ามใช้", "ห้ามผสม", "ไม่ปน", "ไม่ผสม", "maichai", "maiao"}
)  # the last two romanised, for Thai written in Latin letters
_FOR_RECYCLING: Final = frozenset({"recycled", "recycling", "upcycled"})
# "by the metre", "เป็นม้วน": a fibre sold so is cloth ("cotton in rolls"), towels so are terry
_FORMS_OF_SALE: Final = ("by_length", "yarn_count")  # "by the metre" is cloth, "Ne 30/1" yarn
_WORK_WITH_YARN: Final = ("weaving", "knitting", "embroidery")  # work that uses yarn ("cotton for crochet": yarn)
_YARN_WORK: Final = (*_WORK_WITH_YARN, "spinning", "reeling")  # work done with or to yarn
_TRIMS: Final = frozenset({"button", "zipper", "label", "trim"})  # cut off worn clothes before recycling
_STUFFED: Final = ("pillow", "cushion", "mattress", "toy", "blanket", "filling")  # goods a fibre fills


def _cue(span: Span) -> CueKind | None:
    return None if span.term is None else span.term.cue


def _without_asides(spans: tuple[Span, ...], names_goods: Callable[[Term], bool]) -> tuple[Span, ...]:
    """What a phrase says is not wanted or not sold names no goods: "we don't want recycled fabric",
    "not looking for cotton", "ไม่ต้องการผ้ารีไซเคิล", "we do not sell yarn"; nor do thanks ("thank you
    for the dinner in Surin", "ขอขอบคุณทุกท่านที่มาเยี่ยมชมกลุ่ม"). Each runs to the next break."""
    kept: list[Span] | None = None  # spans before the first aside, then those kept after it
    refusing = False
    opens_part = True
    for at, span in enumerate(spans):
        following: Term | None = None
        if span.brk is not None:
            refusing = False
        elif not refusing:
            key, term = span.key, span.term
            if key in _THANKS or (opens_part and key in _ORDER_SIZE):
                refusing = True  # thanks; "minimum lot 5 kg yarn or 20 m fabric" sizes an order, naming no goods
            elif term is not None and term.cue is CueKind.NEGATION:
                following = _next_named(spans, at + 1)
                # "(fermented leaf paste, not synthetic powder)": a part that opens by denying goods names none
                denies_goods = following is not None and names_goods(following)
                refusing = (
                    key in _REFUSALS
                    or (following is not None and following.cue in _VERBS_OF_TRADE and not _lacks(key, spans, at))
                    or (key in _REFUSING and _names_something(following))
                    or (denies_goods and opens_part and not span.thai)
                )
            if refusing and kept is None:
                kept = list(spans[:at])
                if following is not None and following.cue is CueKind.NEED and kept and _describes(kept[-1].term):
                    kept.pop()  # "organic not required": the quality before the refusal is not asked for
        if kept is not None and not refusing:
            kept.append(span)
        opens_part = span.brk is not None
    return spans if kept is None else tuple(kept)


def _participles(glossary: Glossary) -> dict[tuple[str, ...], Term]:
    """Each process's participle term ("printed", "dyed"), by the concepts it names."""
    found: dict[tuple[str, ...], Term] = {}
    for term in glossary.terms.values():
        one_process = len(term.concepts) == 1 and glossary.concept(term.concepts[0]).kind is ConceptKind.PROCESS
        if term.modifier_only and term.cue is None and one_process:
            found.setdefault(term.concepts, term)
    return found


def _describes(term: Term | None) -> bool:
    return term is not None and term.cue is None and term.goods is None and bool(term.concepts)


def _without_removed(spans: tuple[Span, ...], text: str, stripped: tuple[Span, Span]) -> tuple[Span, ...]:
    """Goods said to be taken off the goods on offer or wanted are not: "ตัดกระดุม ซิป ออกแล้ว", "แกะฉลากและฝาออก"
    (buttons, zips, labels removed), "old shirts, buttons and zips removed". Nothing is read from a Thai verb of
    taking to the "ออก" that ends its part ("เอาผ้าทอออกขาย" takes cloth out to sell; "เอาเส้นใยออกมา" takes the
    fibre out), nor in an English part after the first, or after "with", that ends with "removed".

    Trims are cut off clothes that were worn, to recycle them: where trims are taken off, `stripped` (the
    Thai or the English "used") stands in their place, so "ผ้าฝ้ายขาวคัดเกรด ตัดกระดุม ซิป ออกแล้ว" is
    used cotton, textile waste, not new cloth."""
    thai = _OUT_TH in text
    if not thai and _REMOVED_EN not in text.lower():
        return spans
    dropped: dict[int, Span | None] = {}

    def drop(taken: range, thai_part: bool) -> None:
        trims = any(s.term and any(c in _TRIMS for c in s.term.concepts) for s in spans[taken.start : taken.stop])
        dropped.update(dict.fromkeys(taken))
        if trims:
            dropped[taken.start] = stripped[0] if thai_part else stripped[1]

    for at, span in enumerate(spans):
        if thai and span.key in _TAKING_OFF_TH:
            ahead = range(at + 1, min(len(spans), at + _TAKEN_SPAN))
            end = next((i for i in ahead if spans[i].brk is TokenKind.BREAK or spans[i].key == _OUT_TH), None)
            taken = end is not None and spans[end].key == _OUT_TH and _ends_part(spans, end + 1)
            if end is not None and taken and any(s.term and s.term.goods is not None for s in spans[at + 1 : end]):
                drop(range(at, end + 1), thai_part=True)
        elif span.key == _REMOVED_EN and _ends_part(spans, at + 1):
            start = at
            while start > 0 and spans[start - 1].brk is not TokenKind.BREAK and spans[start].key != _WITH_EN:
                start -= 1
            if start > 0:  # "used jeans buttons removed": the part names the goods too
                drop(range(start, at + 1), thai_part=False)
    if not dropped:
        return spans
    return tuple(s for i, span in enumerate(spans) if (s := dropped.get(i, span)) is not None)


def _ends_part(spans: tuple[Span, ...], at: int) -> bool:
    """Whether nothing but "แล้ว" (already) or sales talk stands between `at` and the next break."""
    while at < len(spans) and not spans[at].is_break:
        if spans[at].key not in _DONE_TH:
            return False
        at += 1
    return True


def _lacks(key: str, spans: tuple[Span, ...], at: int) -> bool:
    """Whether the negation `key` at `at` says nobody does work ("ไม่มีคนรับย้อมคราม"), which is wanted."""
    return key == _NOBODY and at + 1 < len(spans) and spans[at + 1].key in _SOMEONE_TO_WORK


def _next_named(spans: tuple[Span, ...], at: int) -> Term | None:
    """The term at `at`, past a Thai word for "the kind" ("ไม่เอาแบบใช้แล้วทิ้ง": not the disposable kind)."""
    while at < len(spans) and spans[at].key in _KIND_WORDS:
        at += 1
    return spans[at].term if at < len(spans) else None


def _names_something(term: Term | None) -> bool:
    return term is not None and term.cue is None and bool(term.concepts)


def _strength(glossary: Glossary, concept_id: str, in_head_term: bool) -> float:
    kind = glossary.concept(concept_id).kind
    if in_head_term or kind in (ConceptKind.MATERIAL, ConceptKind.ATTRIBUTE, ConceptKind.PROCESS):
        return MAIN_ATTRIBUTE
    return GOODS_AS_ATTRIBUTE


_MADE_FROM_WASTE: Final = ("fibre", "yarn", "fabric")
_FACTORY_WASTE: Final = frozenset({"pre_consumer", "surplus"})


def _recast(glossary: Glossary, head: str, attrs: dict[str, float]) -> str:
    made_new = attrs.get("recycled", 0.0) > PURPOSE_ATTRIBUTE and any(glossary.is_a(head, m) for m in _MADE_FROM_WASTE)
    for cid in list(attrs):
        if made_new and cid in _FACTORY_WASTE:
            continue  # "recycled yarn, pre-consumer": yarn made from factory waste, not the waste
        for ancestor, target in glossary.concept(cid).recasts:
            if glossary.is_a(head, ancestor):
                return target
    return head


_SQUEEZE = re.compile(r"[\s\-.]+")


def _squeeze(text: str) -> str:
    return _SQUEEZE.sub("", unicodedata.normalize("NFKC", text).casefold())


def _certification_anchors(c: Certification) -> frozenset[str]:
    """Strings one of which text must hold (squeezed) for the taxonomy to find certification `c`.

    The taxonomy allows spaces, hyphens and dots inside a name; with those squeezed
    out, any mention is a plain substring. Raw patterns contribute all their
    literal runs of two or more letters, which include the one every match must hold.
    """
    anchors: set[str] = set()
    for name in (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions):
        if _squeeze(name):
            anchors.add(_squeeze(name))
    for pattern in c.patterns:
        anchors.update(run.casefold() for run in re.findall(r"[\u0e00-\u0e7fA-Za-z0-9]{2,}", pattern))
    return frozenset(anchors)


_Tree = dict[str, "_Tree"]  # a letter, and what may follow it ("" ends an anchor)


def _any_of(anchors: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A search for any of `anchors`, written as a tree of shared beginnings ("o(?:cs|top)"): a flat
    alternation of 145 strings tries every one at every position of the text, a tree only the branches
    its next letter opens."""
    tree: _Tree = {}
    for anchor in anchors:
        node = tree
        for char in anchor:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_branches(tree)).search


def _branches(node: _Tree) -> str:
    if "" in node:
        return ""  # an anchor ends here: text holding a longer one holds this one too
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items())]
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


_ANCHORS: Final = {c.name: _certification_anchors(c) for c in CERTIFICATIONS}
# A quick test that text may name any certification, then one per certification: text that passes the
# first mostly names one or two, and the taxonomy's own matchers are slow (22 certifications, 73 patterns).
_MAY_NAME_CERTIFICATION: Final = _any_of(a for anchors in _ANCHORS.values() for a in anchors)
_MAY_NAME: Final = tuple((name, _any_of(anchors)) for name, anchors in _ANCHORS.items())


_STANDARDS_WORK: Final = ("testing", "consulting", "training")
# Customers named by what they are, followed by what they would order: a need for buyers.
_CUSTOMERS_SOUGHT: Final = re.compile(
    r"(?:หา|ต้องการ|อยากได้)\s*(?:ลูกค้า)?\s*(?:โรงเรียน|โรงแรม|รีสอร์ท|โรงพยาบาล|สโมสร|ทีม|บ้านพัก|ศูนย์|คลินิก|ห้าง|สปา|"
    r"หน่วยงาน)\S{0,30}?(?:ที่)?(?:สั่ง|สนใจ|ต้องการซื้อ|ใช้)"
    r"|\b(?:looking\s+for|seeking|find|need)\s+(?:\w+\s+){0,2}?(?:hotels?|schools?|clubs?|care\s+homes?|nursing\s+homes?|"
    r"hospitals?|shops?|stores?|retailers?|resellers?|spas?|gyms?)\s+(?:that|who|which|to)\s+(?:order|buy|need|use|want|stock)",
    re.IGNORECASE,
)


def _certifications(text: str) -> frozenset[str]:
    """The certifications `text` names (`find_certifications`), asked only of those it may name."""
    squeezed = _squeeze(text)
    if not _MAY_NAME_CERTIFICATION(squeezed):
        return _NONE
    found = find_certifications(text, among={name for name, may in _MAY_NAME if may(squeezed)})
    return frozenset(found) if found else _NONE


_NONE: Final[frozenset[str]] = frozenset()  # shared by the readings of most phrases, which name no certification


def _certification_words(glossary: Glossary) -> frozenset[str]:
    """Words of certification names, and place names that are one word: they never describe the goods.

    A place name of several words gives none: its pieces are ordinary words
    ("แม่" of แม่ฮ่องสอน, "thong" of Ang Thong).
    """
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
    for place in (name for p in PROVINCES for name in (p.name_en, p.name_th, *p.aliases)):
        spans = glossary.tag(place)
        if len(spans) == 1 and spans[0].term is None and spans[0].brk is None:
            words.add(spans[0].key)
    return frozenset(words)
