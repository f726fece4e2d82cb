"""English clauses led by a verb of work: "we dye your yarn", "need someone to sew our shirts".

Thai marks work done for others with a word ("รับย้อม", "บริการเย็บ"); English
uses the verb itself. Two shapes are rewritten, before the reader builds its
items, into the Thai one (a service cue, then the process, then the goods):

- a bare verb naming a process, followed by "your" (the glossary's service cue):
  "we dye your cloth", "we sew your designs", "we weave your yarn into cloth";
- a need for someone to do the work: "need someone to dye our yarn",
  "looking for a workshop to sew our shirts", "need a tailor to make uniforms".
  Before the purpose cue stands only the worker (an unknown word, a labour or
  training term); after it, a verb of work (or, for "to make", the worker's own
  trade: a tailor does tailoring) and then the goods worked on.

A third shape is marked before sales talk is dropped, since its cue is a word of
sales talk: "we" (or "I") and a bare verb of work done to goods, not of making
them: "we dye cotton and linen with mud", "we print sublimation on jerseys" offer
the dyeing and the printing. A verb that makes the goods ("we weave hemp
fabric") still offers the goods, and so does work on the writer's own goods
("we dye our own yarn").

A bare verb is an English word whose "-ing" form names a process: "sew" is
sewing, "embroider" embroidery, "dye" dyeing (not the dyestuff).

Thai glossary terms that carry the service word ("รับตัดเย็บ", "บริการซักรีด") are cut
back into the word and the process, so they read as "รับ" + a process does: the
service itself, even when goods follow ("รับตัดเย็บชุดพนักงาน" offers the sewing).
A term that means more than its process ("รับจ้างผลิต", contract manufacturing) stays.
"""

from __future__ import annotations

from typing import Final

from shared.glossary import ConceptKind, CueKind, Glossary, Span, Term
from shared.glossary.tokens import is_thai

_SERVICE: Final = Span("", Term(cue=CueKind.SERVICE))
_AGENT_KINDS: Final = frozenset({ConceptKind.OFFERING})
_CLAUSE_START: Final = frozenset({CueKind.NEED, CueKind.OFFER, CueKind.CONJ})
_SUBJECTS: Final = frozenset({"we", "i"})
_OWN: Final = frozenset({"our", "my", "own"})
_ON: Final = frozenset({"on", "onto"})
_ABOUT: Final = frozenset({"on", "about", "regarding", "concerning"})
_TEACHING: Final = ("training", "consulting")  # work whose object is a topic: "training on natural dyeing"
_MAKING: Final = frozenset({"make", "produce", "manufacture"})
# a worker and the cue in one glossary term: "anyone who recycles old linen"
_SOMEONE_WHO: Final = frozenset({"anyonewho", "someonewho", "anybodywho", "somebodywho", "whocan", "whocould"})
_OF: Final = Span("", Term(cue=CueKind.OF))
_WITH: Final = Span("", Term(cue=CueKind.WITH))
_IN: Final = Span("", Term(cue=CueKind.IN))


class ServiceClauses:
    """Rewrites verb-led English service clauses of a phrase's spans; see the module docstring."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._verbs: dict[str, Term | None] = {}
        self._marked = _marked_terms(glossary)

    def rewrite(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        if any(s.thai for s in spans):
            if not any(s.key in self._marked for s in spans):
                return spans
            return tuple(p for s in spans for p in (self._marked.get(s.key, (s,)) if s.term else (s,)))
        out = list(spans)
        self._verb_first(out)
        self._serve_your_goods(out)
        self._someone_to_work(out)
        return tuple(out)

    def _verb_first(self, spans: list[Span]) -> None:
        """ "embroider logo on chef jackets", "print logo on tote bags": a bare verb of work (not of making)
        that opens an English part, before the goods it is done to, is that work done for others."""
        at = 0
        while at < len(spans):
            if at == 0 or spans[at - 1].is_break:
                verb = self.process_verb(spans[at])
                own = spans[at].term
                if (
                    verb is not None
                    and len(verb.concepts) == 1  # not a compound ("tie-dye tote bags": tie-dyed bags)
                    and not self.glossary.concept(verb.concepts[0]).makes
                    and (own is None or own.concepts == verb.concepts)
                    and any(self._names_goods(s) for s in spans[at + 1 : _part_end(spans, at)])
                ):
                    spans[at : at + 1] = [_SERVICE, Span(spans[at].key, verb)]
                    at += 1
            at += 1

    def work_on(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """ "screen printing on bags and garments": English work named before "on" is done to the goods after it."""
        if any(s.thai for s in spans) or not any(s.key in _ABOUT for s in spans):
            return spans
        out = list(spans)
        for i in range(1, len(out) - 1):
            work, on = out[i - 1], out[i]
            if on.key in _ABOUT and self._teaches(work.term):
                out[i] = _IN  # "training on natural dyeing", "advice about export": the topic, read as "in"
                continue
            if on.key not in _ON:
                continue
            earlier = out[i - 2].term if i > 1 else None
            # a verb after "to" or "who can" comes before its object: "who can embroider logos on shirts"
            lead = out[i - 3].term if i > 2 else None
            led = lead is not None and lead.cue is CueKind.PURPOSE
            if earlier is not None and not led and self._design(work.term) and self._is_process(earlier):
                # "embroidery logo on uniforms": the work, then what it puts on them; read as "logo embroidery on"
                out[i - 2], out[i - 1] = out[i - 1], out[i - 2]
                work = out[i - 1]
            if work.term is None or not self._is_process(work.term):
                continue
            named = next((s for s in out[i + 1 :] if s.is_break or self._names_goods(s)), None)
            # the goods, past unknown words and qualities: "on chef jackets", "on knitted net samples"
            goods = next((s for s in out[i + 1 :] if not self._describing(s)), None)
            if named is not None and self._names_machine(named):
                out[i] = _WITH  # "weaving on our own looms": the machines the work is done with, not on
            elif (goods is not None and self._names_goods(goods)) or self._owned_goods(out[i + 1 :]):
                out[i] = _OF  # read as "of" after work: what the work is done on, to the end of its list
        return tuple(out)

    def _describing(self, span: Span) -> bool:
        """An unknown word or a quality ("knitted", "sports"), which can stand between "on" and the goods."""
        if span.is_break:
            return False
        term = span.term
        if term is None:
            return True
        return term.cue is None and (term.modifier_only or self.glossary.kinds(term) == {ConceptKind.ATTRIBUTE})

    def _owned_goods(self, spans: list[Span]) -> bool:
        """Whether finished goods follow past words of whose they are ("on our polo shirts", "on customer-supplied
        caps"); a material after them ("on your cotton or silk") is left to read as the work's material."""
        found = next((s for s in spans if not (self._describing(s) or _owner(s))), None)
        return found is not None and self._names_goods(found) and self._names_product(found)

    def _names_product(self, span: Span) -> bool:
        return span.term is not None and self.glossary.concept(span.term.concepts[0]).kind is ConceptKind.PRODUCT

    def _design(self, term: Term | None) -> bool:
        return term is not None and term.cue is None and any(self.glossary.is_a(c, "pattern") for c in term.concepts)

    def _teaches(self, term: Term | None) -> bool:
        return term is not None and any(self.glossary.is_a(c, t) for c in term.concepts for t in _TEACHING)

    def without_makers(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """English "praewa shawls by Phu Tai weavers", "shirts sewn by village tailors", "woven by our
        group": after goods, "by" and the people who made them (workers, women, farmers, the writer, and
        words naming nothing else) to the end of the part say who made the goods, not what is offered;
        they are left out."""
        if "by" not in (s.key for s in spans) or any(s.thai for s in spans):
            return spans
        kept: list[Span] = []
        goods_named = False
        at = 0
        while at < len(spans):
            span = spans[at]
            if span.key == "by" and goods_named:
                end = next((i for i in range(at + 1, len(spans)) if spans[i].is_break), len(spans))
                if self._makers(spans[at + 1 : end]):
                    at = end
                    continue
            goods_named = not span.is_break and (goods_named or (span.term is not None and span.term.goods is not None))
            kept.append(span)
            at += 1
        return spans if len(kept) == len(spans) else tuple(kept)

    def _makers(self, run: tuple[Span, ...]) -> bool:
        named = [s.term for s in run if s.term is not None and s.term.cue is not CueKind.NOISE]
        if run and run[0].key in _OWN:  # "by our weaving group": the writer made them
            return all(t.cue is None and not self._names_things(t) for t in named)
        makers = [t for t in named if t.cue is CueKind.OFFER or self._maker(t)]
        return bool(makers) and len(makers) == len(named)

    def _names_things(self, term: Term) -> bool:
        return bool(self.glossary.kinds(term) & {ConceptKind.PRODUCT, ConceptKind.MATERIAL}) and not self._maker(term)

    def _maker(self, term: Term) -> bool:
        if term.cue is not None:
            return False
        if term.goods is not None:
            return self.glossary.is_a(term.goods, "labour")
        return self.glossary.kinds(term) <= {ConceptKind.ATTRIBUTE}  # "women"

    def first_person(self, spans: tuple[Span, ...], *, for_customers: bool = False) -> tuple[Span, ...]:
        """ "we dye cotton with mud": the service cue before a first-person verb of work done to goods.

        A verb of making ("we knit jersey") offers what it makes, unless the customers bring the
        material (`for_customers`: "we knit jersey from the yarn you bring" offers the knitting)."""
        if any(s.thai for s in spans) or not any(s.key in _SUBJECTS for s in spans):
            return spans
        out = list(spans)
        for i in range(len(out) - 1):
            subject, following = out[i], out[i + 1]
            if subject.key not in _SUBJECTS or subject.term is None or subject.term.cue is not CueKind.NOISE:
                continue
            verb = self.process_verb(following)
            if verb is None or (self.glossary.concept(verb.concepts[0]).makes and not for_customers):
                continue
            if i + 2 < len(out) and out[i + 2].key in _OWN:
                continue  # "we dye our own yarn": the goods are the writer's, on offer
            out[i : i + 2] = [_SERVICE, Span(following.key, verb)]
        return tuple(out)

    def process_verb(self, span: Span) -> Term | None:
        """The process a bare English verb names ("sew" → sewing), else None."""
        key = span.key
        if span.thai or span.is_break or (span.term is not None and span.term.cue is not None):
            return None
        if key.endswith("proof"):
            return None  # an adjective ("waterproof"), not a verb, even beside the gerund "waterproofing"
        if key not in self._verbs:
            self._verbs[key] = self._gerund_term(key)
        return self._verbs[key]

    def _gerund_term(self, key: str) -> Term | None:
        if not key.isalpha() or key.endswith(("ing", "ed")) or len(key) < 3:
            return None
        stems = [key, key[:-1]] if key.endswith("e") and not key.endswith("ee") else [key, key + key[-1]]
        for stem in stems:
            term = self.glossary.lookup(stem + "ing")
            if term is not None and term.cue is None and self._is_process(term):
                return term
        return None

    def _is_process(self, term: Term) -> bool:
        return bool(term.goods) and self.glossary.concept(term.concepts[0]).kind is ConceptKind.PROCESS

    def _names_goods(self, span: Span, *, or_work: bool = False) -> bool:
        """Whether a span names goods or what they are made of ("to weave our silk"); with `or_work`, also
        a process, which after a verb of work names the pieces made by it ("to overdye our patchwork")."""
        if span.term is None or span.term.cue is not None or not span.term.concepts:
            return False
        kinds = {ConceptKind.PRODUCT, ConceptKind.MATERIAL, *((ConceptKind.PROCESS,) if or_work else ())}
        return self.glossary.concept(span.term.concepts[0]).kind in kinds

    def _names_machine(self, span: Span) -> bool:
        if span.term is None or span.term.cue is not None or not span.term.concepts:
            return False
        return self.glossary.is_a(span.term.concepts[0], "machinery")

    def _serve_your_goods(self, spans: list[Span]) -> None:
        """ "dye your cloth": a verb of work before "your" is the service, not the dyestuff."""
        for i, span in enumerate(spans):
            if span.term is not None and span.term.cue is CueKind.SERVICE and span.key:
                at = _previous_content(spans, i)
                verb = self.process_verb(spans[at]) if at is not None else None
                if at is not None and verb is not None:
                    spans[at] = Span(spans[at].key, verb)
                    before = _previous_content(spans, at)
                    if before is not None and _infinitive(spans, before):
                        spans[before] = _SERVICE  # "we offer to dye your fabric": "to" marks the verb, not a use
        # A bare verb the glossary does not know ("sew") still names its process wherever it stands.
        for i, span in enumerate(spans):
            if span.term is None and not span.is_break and (verb := self.process_verb(span)) is not None:
                spans[i] = Span(span.key, verb)

    def _someone_to_work(self, spans: list[Span]) -> None:
        """ "need someone to dye our yarn": the need is the dyeing, done on the yarn."""
        start = 0
        i = 0
        while i < len(spans):
            span = spans[i]
            if span.is_break or (span.term is not None and span.term.cue in _CLAUSE_START):
                start = i + 1
            elif span.term is not None and span.term.cue is CueKind.PURPOSE:
                done = self._work_clause(spans, start, i)
                if done is not None:
                    spans[start:done] = [_SERVICE, *spans[start:done][-1:]]
                    i = start + 1
                    start = i + 1
            i += 1

    def _work_clause(self, spans: list[Span], start: int, purpose_at: int) -> int | None:
        """Where the worker and purpose cue of "<worker> to <verb> <goods>" end, with the verb made the process.

        Returns the index after which the goods follow (the verb's place), or None when the shape does not fit.
        """
        workers = spans[start:purpose_at]
        named = [s.term for s in workers if s.term is not None and s.term.cue is None]
        agent_terms = [t for t in named if not self._describes(t)]
        if any(not t.goods or self.glossary.concept(t.goods).kind not in _AGENT_KINDS for t in agent_terms):
            return None  # goods named before the purpose: what follows is their use
        if not workers and spans[purpose_at].key not in _SOMEONE_WHO:
            return None  # "we need to dye our yarn": nobody else to do the work
        verb_at = _next_content(spans, purpose_at)
        verb = self.process_verb(spans[verb_at]) if verb_at is not None else None
        if verb is not None and verb_at is not None:
            goods_at = _next_content(spans, verb_at)
            while goods_at is not None and (self._only_describes(spans[goods_at]) or spans[goods_at].key == "own"):
                goods_at = _next_content(spans, goods_at)  # "recycles old towels", "dye our own cloth"
            # the work is done on goods, or on a piece named by its craft ("to overdye our patchwork")
            if goods_at is None or not self._names_goods(spans[goods_at], or_work=True):
                return None
        else:
            # "a tailor to make our uniforms": the worker's trade is the work
            verb = next((v for s in workers if (v := self._trade(s)) is not None), None)
            goods_at = _next_content(spans, purpose_at)
            if goods_at is not None and spans[goods_at].key in _MAKING:
                goods_at = _next_content(spans, goods_at)  # "a weaver to make 200 m of hemp cloth"
            verb_at = purpose_at
            if verb is None or goods_at is None or not self._names_goods(spans[goods_at]):
                return None
        spans[verb_at] = Span(spans[verb_at].key, verb)
        return verb_at + 1

    def _only_describes(self, span: Span) -> bool:
        return span.term is not None and span.term.cue is None and self._describes(span.term)

    def _describes(self, term: Term) -> bool:
        """A word that only describes the worker ("handloom weavers", "skilled tailors")."""
        return term.goods is None and all(self.glossary.concept(c).kind is ConceptKind.ATTRIBUTE for c in term.concepts)

    def _trade(self, span: Span) -> Term | None:
        """The work of a worker's name: a tailor does tailoring, a weaver weaving."""
        key = span.key
        if span.term is None or not key.isalpha():
            return None
        for gerund in (key + "ing", key[:-2] + "ing" if key.endswith("er") else ""):
            term = self.glossary.lookup(gerund) if gerund else None
            if term is not None and term.cue is None and self._is_process(term):
                return term
        return None


def _marked_terms(glossary: Glossary) -> dict[str, tuple[Span, Span]]:
    """Thai terms written as a service word + a term of the same concepts, cut into the two."""
    services = sorted(
        ((k, t) for k, t in glossary.terms.items() if t.cue is CueKind.SERVICE and is_thai(k)),
        key=lambda kt: -len(kt[0]),
    )
    marked: dict[str, tuple[Span, Span]] = {}
    for key, term in glossary.terms.items():
        if term.cue is not None or not is_thai(key):
            continue
        for word, service in services:
            rest = glossary.terms.get(key[len(word) :]) if key.startswith(word) else None
            if rest is not None and rest.cue is None and rest.concepts == term.concepts:
                marked[key] = (Span(word, service, True), Span(key[len(word) :], rest, True))
                break
    return marked


def _infinitive(spans: list[Span], at: int) -> bool:
    """A purpose cue that opens its clause ("to" after "we offer"), so what follows is the main verb."""
    span = spans[at]
    if span.term is None or span.term.cue is not CueKind.PURPOSE:
        return False
    before = _previous_content(spans, at)
    term = spans[before].term if before is not None else None
    return before is None or (term is not None and term.cue in _CLAUSE_START)


def _content(span: Span) -> bool:
    return not span.is_break and not (span.term is not None and span.term.cue is CueKind.NOISE)


def _next_content(spans: list[Span], at: int) -> int | None:
    return next((j for j in range(at + 1, len(spans)) if _content(spans[j])), None)


def _previous_content(spans: list[Span], at: int) -> int | None:
    return next((j for j in range(at - 1, -1, -1) if _content(spans[j])), None)


def _owner(span: Span) -> bool:
    return span.term is not None and span.term.cue in (CueKind.SERVICE, CueKind.NOISE)


def _part_end(spans: list[Span], at: int) -> int:
    return next((i for i in range(at + 1, len(spans)) if spans[i].is_break), len(spans))
