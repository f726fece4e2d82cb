"""Where the parts of a phrase end: a verb that opens a clause, a use that goes on past a break.

A verb of wanting or selling opens a clause of its own only where it stands first (after a
break, a conjunction or its subject); a purpose clause ("for …", "สำหรับ …") goes on past a
Thai space or an English comma while what follows is still the use. `PhraseReader` reads
its parts with these rules.
"""

from __future__ import annotations

import itertools
from enum import IntEnum
from typing import Final

from services.matcher.scoring.conjuncts import Conjunct
from services.matcher.scoring.heads import HeadRules
from shared.glossary import SENTENCE_END, ConceptKind, CueKind, Span, Term, TokenKind

NOISE_RUN: Final = Span("", Term(cue=CueKind.NOISE))  # stands for a run of noise words
_WE_TH: Final = ("เรา", "ทางเรา", "กลุ่มเรา", "ร้านเรา")  # Thai verbs of selling said in the first person
_WRITERS: Final = ("retail_platform", "spa_service", "labour")  # who may name themselves before what they want
# Words for a shop that sell what follows them in a need ("หาร้านขายไฮโดรซัลไฟต์", "a store that sells …"); not
# a platform or a marketplace, which a need asks for to sell through
_SHOPS: Final = frozenset({"ร้าน", "ร้านค้า", "ร้านออนไลน์", "ร้านค้าออนไลน์", "ช็อป", "shop", "shops", "store", "stores"})
_STOCKS: Final = frozenset({"stock", "carry", "carrie"})  # "a shop that stocks …", "a store that carries …"
_PART_BREAK: Final = Span(brk=TokenKind.BREAK)
_OWNERS: Final = frozenset({CueKind.SERVICE})  # "your", "customer-supplied"
_ABLE: Final = frozenset({"thatcan", "whocan", "thatcould", "whocould"})  # "a shop that can embroider …"
_HANDLING: Final = ("logistics", "waste_disposal")  # services that carry or take away the goods named after "of"
TURNS: Final = frozenset({"แต่", "but", "ตอนนี้", "now", "so", "จึง"})  # "… แต่ยังขาดเส้นไหม": a new clause
_SILK_OR_ASKING: Final = "ไหม"  # silk, and the particle that closes a Thai yes-no question
_POLITE: Final = frozenset({"คะ", "ค่ะ", "ครับ", "คับ", "ครับผม", "ฮะ", "จ๊ะ", "จ้ะ", "จ้า", "นะ", "นะคะ", "นะครับ"})
_ASKING_POLITE: Final = frozenset({"คะ", "จ๊ะ", "ฮะ"})  # said rising, to ask ("ค่ะ", "ครับ" also end statements)
_ASKING_BEFORE: Final = frozenset({"บ้าง", "ได้"})  # "มีใครขาย…บ้างไหม", "ส่งได้ไหม": only ever the particle
_QUESTION_WORDS: Final = ("ใคร", "ไหน")  # "มีใครขายผ้าฝ้ายไหม", "ร้านไหนมี…ไหม"
_HAVE: Final = "มี"  # a need's part that opens with it and closes with "ไหม" asks: "มีผ้าฝ้ายขายไหม"
_SILK_AFTER: Final = frozenset({"เป็น", "ผสม", "ใช้", "จาก"})  # "ตีนเป็นไหม", "ผสมไหม": the fibre
_ASKED: Final = Span(_SILK_OR_ASKING, Term(cue=CueKind.NOISE), True)
_LOOM_OR_HOW_MANY: Final = "กี่"  # a loom, and "how many" before what is counted
# Thai classifiers and units that count nothing else: not "หลัง", "ตัว", "ชุด" (a loom's own), nor "ที่", "แบบ", "ขนาด"
# fmt: off
_COUNTED: Final = frozenset({
    "บาท", "ผืน", "ชิ้น", "เมตร", "หลา", "กิโล", "กิโลกรัม", "กก", "ตัน", "สี", "ลาย", "วัน", "เดือน", "ปี",
    "ชั่วโมง", "ครั้ง", "คน", "ลูก", "ใบ", "อัน", "ม้วน", "ไซส์", "เส้น", "กล่อง", "ถุง", "แพ็ค", "โหล", "ลัง",
    "ราย", "รอบ"
})
# fmt: on
_HOW_MANY: Final = Span(_LOOM_OR_HOW_MANY, Term(cue=CueKind.NOISE), True)


class _Sign(IntEnum):
    """What tells that a "ไหม" after a word closes a question."""

    NEVER = 0  # silk whatever follows: after work done to fibre, a material, blending, a break
    QUESTION = 1  # only a question word or mark: after a verb of selling or wanting ("ขายไหม")
    ANY = 2  # a question word or mark, or a polite word said to ask, or "บ้าง"/"ได้" before it


class ClauseEnds(HeadRules):
    """Clause and use boundaries over tagged spans, with the glossary that names their goods."""

    def _yields_goods(self, spans: tuple[Span, ...], at: int) -> bool:
        following = spans[at + 1].term if at + 1 < len(spans) else None
        return following is not None and self._product(following)

    @staticmethod
    def _opens_a_clause(spans: tuple[Span, ...], at: int) -> bool:
        """Whether the verb at `at` starts a clause of its own rather than a phrase inside one.

        It must stand first, after a break or a conjunction, or (in English) after its subject
        ("… and we need"). Thai verbs of selling or making also name where and how goods are made
        or sold ("ผลิตที่ลำปาง", "ขายส่ง", "ขายเป็นเมตร"): only the first-person ones ("เราทำ",
        "เราขาย") open a clause; verbs of wanting after a space do ("… อยากได้ผ้าขาวม้า").
        """
        span = spans[at]
        term = span.term
        if span.thai and term is not None and term.cue is CueKind.OFFER and not span.key.startswith(_WE_TH):
            return False
        before = spans[at - 1] if at > 0 else None
        if before is None or before.is_break or before.key in TURNS:
            return True
        if before.term is not None and before.term.cue is CueKind.CONJ:
            return True
        if span.thai:
            return False
        if before is NOISE_RUN:
            return True
        # "The general manager wants batik", "Nursing staff asked for …": a third-person subject before a
        # verb of wanting; goods before it are what is wanted ("hemp fabric wanted")
        return term is not None and term.cue is CueKind.NEED and before.term is None

    def _without_writer(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """A need that names its writer first: "ร้านผ้าต้องการผ้าฝ้ายพิมพ์ลาย", "OTOP shop needs ผ้าขาวม้า",
        "ช่างทอหาเส้นไหม". A part naming a shop, a spa or workers (and what they are), then a verb of wanting
        and goods, wants the goods; the writer is left out (in Thai the verb follows it without a break)."""
        if not any(s.term is not None and s.term.cue is CueKind.NEED for s in spans):
            return spans
        kept: list[Span] = []
        part, kept_part = 0, 0  # where the part being read starts, in `spans` and in `kept`
        for at, span in enumerate(spans):
            wants = span.term is not None and span.term.cue is CueKind.NEED
            if wants and self._named_writer(spans, part, at):
                del kept[kept_part:]
                part = at  # the part now reads from its verb
            kept.append(span)
            if span.is_break:
                part, kept_part = at + 1, len(kept)
        return spans if len(kept) == len(spans) else tuple(kept)

    def _without_question_words(self, spans: tuple[Span, ...], text: str, need: bool) -> tuple[Span, ...]:
        """Thai question words that are also goods become sales talk: "กี่" (a loom) asks how many before what
        is counted ("ราคากี่บาท", "ไม่กี่ผืน"), and "ไหม" (silk) closes a yes-no question (`_closes_a_question`).
        `text` is what `spans` were tagged from; `need`: the phrase is a need."""
        if _SILK_OR_ASKING not in text and _LOOM_OR_HOW_MANY not in text:
            return spans  # the common case, told without a pass over the spans
        asked = text.rstrip().endswith("?")
        out = list(spans)
        for at, span in enumerate(spans):
            if span.key == _LOOM_OR_HOW_MANY and at + 1 < len(spans) and spans[at + 1].key in _COUNTED:
                out[at] = _HOW_MANY
            elif span.key == _SILK_OR_ASKING and self._closes_a_question(spans, at, asked, need):
                out[at] = _ASKED
        return tuple(out)

    def _closes_a_question(self, spans: tuple[Span, ...], at: int, asked: bool, need: bool) -> bool:
        """Whether "ไหม" at `at` is the particle. "มีใครขายผ้าฝ้ายบ้างไหมคะ", "ปักโลโก้ลงเสื้อไหมคะ" ask;
        "ย้อมไหม", "ตีนเป็นไหม", "ผ้าฝ้ายและไหม", "ฝ้ายไหม" name the fibre. "ไหม" is the particle where it
        ends its part (polite words may follow) and the part asks (`_Sign`): "ใคร" or "ไหน" before it, or a
        question mark ending the text after it (`asked`); in a need also "มี" opening the part, "บ้าง" or
        "ได้" before it, or a polite word said to ask after it. An offer asks only with a question word or mark."""
        sign = self._sign_before(spans[at - 1]) if at else _Sign.NEVER
        if sign is _Sign.NEVER:
            return False
        after = at + 1
        while after < len(spans) and spans[after].key in _POLITE:
            after += 1
        if after < len(spans) and not spans[after].is_break:
            return False  # goods go on after it: "ไหมพรม", "ไหม 2 ทบ"
        last = all(s.is_break for s in spans[after:])
        start = next((i + 1 for i in range(at - 1, -1, -1) if spans[i].is_break), 0)
        if (asked and last) or any(w in s.key for s in spans[start:at] for w in _QUESTION_WORDS):
            return True
        if not need:
            return False
        if sign is _Sign.QUESTION:  # "…ขายส่งไหมครับ": a polite word after it asks too, after selling or wanting
            return spans[start].key == _HAVE or after > at + 1
        polite = any(s.key in _ASKING_POLITE for s in spans[at + 1 : after])
        return polite or spans[start].key == _HAVE or spans[at - 1].key in _ASKING_BEFORE

    def _sign_before(self, before: Span) -> _Sign:
        """What tells that a "ไหม" after `before` closes a question."""
        if before.is_break or before.key in _SILK_AFTER:
            return _Sign.NEVER
        term = before.term
        if term is None:
            return _Sign.ANY
        if term.cue is not None:
            if term.cue is CueKind.NOISE:
                return _Sign.ANY
            return _Sign.QUESTION if term.cue in (CueKind.OFFER, CueKind.NEED, CueKind.SERVICE) else _Sign.NEVER
        kinds = self.glossary.kinds(term)
        # "ย้อมไหม": work done to silk; "ฝ้ายไหม": a blend of two fibres ("ผ้าฝ้ายไหม" asks for cotton cloth)
        return _Sign.NEVER if ConceptKind.PROCESS in kinds or kinds == {ConceptKind.MATERIAL} else _Sign.ANY

    def _without_seller(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """A need for "a shop that sells" goods ("หาร้านขายไฮโดรซัลไฟต์", "ร้านที่ขายด้ายฝ้าย", "a store selling
        zips") wants the goods: the shop and its verb of selling are left out. So does a need for a shop that
        works ("a shop that can embroider name labels", "shops doing screen printing"): the work is wanted, and
        only the shop is left out. An offer keeps its shop: the writer is a shop, a channel goods are sold
        through."""
        if not any(s.key in _SHOPS for s in spans):
            return spans
        out = list(spans)
        at = 0
        while at < len(out):
            shop = out[at].term
            if out[at].key in _SHOPS and shop is not None and shop.cue is None:
                verb = next((i for i in range(at + 1, len(out)) if out[i].key in _STOCKS or not _noise(out[i])), None)
                if verb is not None and _sells(out[verb]) and self._goods_follow(out, verb + 1):
                    del out[at : verb + 1]
                    continue
                work = verb + 1 if verb is not None and out[verb].key in _ABLE else verb
                if work is not None and work < len(out) and self._work(out[work].term):
                    start = at  # "a shop that …": the article goes too, and the verb opens a part of its own
                    while start > 0 and _noise(out[start - 1]):
                        start -= 1
                    out[start:work] = [] if start == 0 or out[start - 1].is_break else [_PART_BREAK]
                    at = start + 1
                    continue
            at += 1
        return spans if len(out) == len(spans) else tuple(out)

    def _work(self, term: Term | None) -> bool:
        return term is not None and term.cue is None and ConceptKind.PROCESS in self.glossary.kinds(term)

    def _goods_follow(self, spans: list[Span], start: int) -> bool:
        """Whether goods are named from `start` to the end of its part, before any other cue."""
        for span in itertools.takewhile(lambda s: not s.is_break, spans[start:]):
            if span.term is not None and span.term.cue not in (None, CueKind.NOISE):
                return False
            if span.term is not None and self._goods_or_material(span.term):
                return True  # a material stands for its goods: "a shop selling linen"
        return False

    def _named_writer(self, spans: tuple[Span, ...], start: int, verb: int) -> bool:
        named = [s.term for s in spans[start:verb] if s.term is not None]
        if any(t.cue not in (None, CueKind.NOISE) for t in named):
            return False
        writers = (t.goods for t in named if t.goods is not None)
        if not any(self.glossary.is_a(goods, kind) for goods in writers for kind in _WRITERS):
            return False
        end = next((i for i in range(verb + 1, len(spans)) if spans[i].is_break), len(spans))
        return any(s.term is not None and self._goods_or_material(s.term) for s in spans[verb + 1 : end])

    def _use_goes_on(self, spans: tuple[Span, ...], at: int, conjuncts: list[Conjunct]) -> bool:
        """Whether a Thai space inside a purpose clause leaves the use unfinished.

        In "ต้องการเส้นไหม สำหรับทอ บนกี่กระตุก" the loom is still what the yarn is for:
        a part that does not open with goods goes on with the use, and so does one that
        opens with finished goods the wanted input is for ("ผ้าฝ้าย ไว้ตัดชุด ยูนิฟอร์มพนักงาน").
        Other goods after the space are listed ("เส้นไหมสำหรับทอ ผ้าฝ้าย").
        """
        if at + 1 >= len(spans) or spans[at] is SENTENCE_END:
            return False
        before = spans[at - 1].term if at else None
        if before is not None and before.cue is CueKind.PURPOSE:
            return True  # a use not yet named: "ฝ้ายเข็นมือ ให้แม่ๆ ทอผ้า" is yarn for the mothers to weave
        opening = self._head_of(spans[at + 1].term)
        if spans[at].brk is not TokenKind.SOFT_BREAK:
            # English lists the uses with commas: "fabric for towels, cleaning cloths and wipes"
            part = list(itertools.takewhile(lambda s: not s.is_break, spans[at + 1 :]))
            first = next((h for s in part if (h := self._head_of(s.term)) is not None), None)
            if any(s.thai for s in part) or first is None:
                return False
            # "lamination for outdoor, sports and medical fabrics": the qualities before the comma
            # are the first of a list that ends with the goods they describe
            used = [h for t in conjuncts[-1].purpose if (h := self._head_of(t)) is not None]
            opening_cue = _opening(spans, at)
            # "spinning of bast, leaf and cotton fibres": after work and "of", the list goes on to its end
            listed = (opening_cue is CueKind.PURPOSE and not used) or opening_cue is CueKind.OF
            # "cut-make-trim for woven garments — shirts, scrubs": the part names kinds of the goods worked on
            kinds = any(self.glossary.is_a(first, h) for h in used)
            return listed or kinds or self._finished_uses(conjuncts, first)
        if opening is None:
            return not spans[at + 1].is_break and not self._opens_clause(spans[at + 1].term)
        return self._finished_uses(conjuncts, opening)

    def _finished_uses(self, conjuncts: list[Conjunct], opening: str) -> bool:
        """Whether finished goods `opening` go on the uses of the input named before them."""
        if not self.glossary.is_finished(opening):
            return False
        wanted = next((heads for c in reversed(conjuncts) if (heads := self._heads(c))), [])
        if not wanted:  # "knitted polyester …, used for underpads, …": a material alone is an input
            return any(self._names_material(c) for c in conjuncts)
        return self._input(wanted[0])

    @staticmethod
    def _opens_clause(term: Term | None) -> bool:
        return term is not None and term.cue in (CueKind.CONJ, CueKind.SERVICE, CueKind.NEED, CueKind.OFFER)

    def _product(self, term: Term) -> bool:
        head = self._head_of(term)
        return head is not None and self.glossary.concept(head).kind is ConceptKind.PRODUCT

    def _work_on(self, before: Span, current: Conjunct) -> bool:
        """Whether "of" after `before` names what work is done on: after work for others ("commission spinning
        of bast fibres"), work that makes nothing ("dyeing of cut panels") or a service that handles goods
        ("transport of fabric rolls", "disposal of textile waste"), not after making ("a knitting mill of 24
        machines", "cut-make-trim of sports jerseys" makes the jerseys) nor after other services ("a weaving
        workshop of 12 women")."""
        head = self._head_of(before.term)
        if head is None:
            return False
        concept = self.glossary.concept(head)
        if concept.kind is ConceptKind.OFFERING:
            return any(self.glossary.is_a(head, handling) for handling in _HANDLING)
        if concept.kind is not ConceptKind.PROCESS:
            return False
        return current.service or not concept.makes

    def _described_next(self, current: Conjunct) -> bool:
        """Whether the last term read names goods or an offering that words after "in" can describe."""
        head = self._head_of(current.terms[-1][0]) if current.terms else None
        return head is not None and self.glossary.concept(head).kind in (ConceptKind.PRODUCT, ConceptKind.OFFERING)

    def _names_material(self, c: Conjunct) -> bool:
        """A main clause that names only a material still names the goods: "ฝ้ายเข็นสำหรับขึ้นกี่"
        (hand-spun cotton for the loom), "raw lac for dyeing silk", "kapok for stuffing pillows".
        The use after it (the loom, the dyeing, the pillows) must not take its place."""
        return any(self.glossary.concept(cid).kind is ConceptKind.MATERIAL for t, _ in c.terms for cid in t.concepts)


def _opening(spans: tuple[Span, ...], at: int) -> CueKind | None:
    """The cue that opened the modifier clause at `at`: "for", "of", "into" ("degummed into fine, silky fibre"),
    passing over words saying the goods are the customer's ("of your caps, polos and vests")."""
    cues = (s.term.cue for s in reversed(spans[:at]) if s.term is not None and s.term.cue is not None)
    return next((cue for cue in cues if cue not in _OWNERS), None)


def _noise(span: Span) -> bool:
    if span is NOISE_RUN:
        return True
    return not span.is_break and span.term is not None and span.term.cue is CueKind.NOISE


def _sells(span: Span) -> bool:
    return span.key in _STOCKS or (span.term is not None and span.term.cue is CueKind.OFFER)
