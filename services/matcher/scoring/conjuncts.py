"""How the parts of a phrase (conjuncts) fold together before each becomes an item.

A phrase is cut into conjuncts at breaks and conjunctions; these rules decide which
parts describe the goods before them (a Thai finish or colour after a space), which
are more goods a verb of work is done on, and which name no goods and join a neighbour.
`PhraseReader` builds on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shared.glossary import ConceptKind, CueKind, Glossary, Term

_CLOTH_YARN_FIBRE = ("fabric", "yarn", "fibre")
_MATERIAL = ConceptKind.MATERIAL
_MADE_FROM_WASTE = frozenset({"recycled", "upcycled"})  # goods made from waste are not waste
_SHARED_TERMS = frozenset({"rental"})  # a term of sale written once after a list of goods


@dataclass(slots=True)
class Conjunct:
    """One part of a phrase: its main-clause terms and unknown words, and its modifier clauses."""

    terms: list[tuple[Term, bool]] = field(default_factory=list)  # (term, written in Thai)
    words: list[str] = field(default_factory=list)
    made_from: list[Term] = field(default_factory=list)
    purpose: list[Term] = field(default_factory=list)
    described: list[Term] = field(default_factory=list)  # after "in": what the goods are made in, never goods
    thai: bool = False
    listed: bool = False  # opened by a conjunction: a separate thing, never a description
    service: bool = False  # "รับ", "บริการ": work done for others
    clause: CueKind | None = None  # the verb of the clause it stands in: "we need …", "we sell …"
    opens: bool = False  # the first part after that verb
    turned: bool = False  # that verb follows a turn ("but", "แต่"): what came before is the old way
    sold: bool = False  # a verb of selling stands in it ("เสื้อมัดย้อมพร้อมขาย")
    after_stop: bool = False  # the first part of a new sentence
    bracketed: bool = False  # written inside brackets

    @property
    def empty(self) -> bool:
        return not (self.terms or self.words or self.made_from or self.purpose or self.described)

    def absorb(self, other: Conjunct, *, first: bool = False, as_work: bool = True) -> None:
        """Take in another part's terms: after its own, or before them when `first` (Thai written before).
        Without `as_work`, the other part's service word does not make these goods work for others."""
        at = 0 if first else len(self.terms)
        self.terms[at:at] = other.terms
        self.words.extend(other.words)
        self.made_from.extend(other.made_from)
        self.purpose.extend(other.purpose)
        self.described.extend(other.described)
        self.thai = self.thai or other.thai
        self.service = self.service or (other.service and as_work)

    def described_by(self, other: Conjunct) -> None:
        """Take in a part that only describes these goods: its terms as qualities, its unknown words."""
        self.described.extend(t for t, _ in other.terms)
        self.words.extend(other.words)


class ConjunctRules:
    """Folding rules over conjuncts, with the glossary that names their goods."""

    glossary: Glossary

    @staticmethod
    def _head_of(term: Term | None) -> str | None:
        return None if term is None else term.goods

    def _served(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """Goods named after work for others are goods it works on. English lists them after the verb:
        "we dye your cloth or yarn"; Thai names the kinds of job in parts of their own: "รับปักโลโก้
        เสื้อโปโล หมวก กระเป๋า" embroiders polo shirts, caps and bags, it does not sell them (unless the
        part sells them: "เสื้อมัดย้อมพร้อมขาย")."""
        result: list[Conjunct] = []
        work: Conjunct | None = None  # the last part naming work for others; parts naming no goods go on with it
        for c in conjuncts:
            before = result[-1] if result else None
            if before is not None and self._serves(before):
                work = before
            elif before is not None and self._heads(before):
                work = None
            if work is not None and c.thai and work.thai and not (c.opens or c.sold) and self._serves(c, marked=False):
                c.service = True  # "รับย้อม ฟอกขาว ผ้าฝ้าย": more work for others, on the goods named after it
                result.append(c)
            elif work is None or c.opens or self._serves(c, marked=False):
                result.append(c)  # "we ret the stalks and sell the strands": a verb of its own, not more goods
            elif (c.listed and before is work and not (c.thai or work.thai)) or (
                c.thai and work.thai and not (c.listed or c.sold or c.service) and self._worked_on(work, c)
            ):
                work.absorb(c)
            else:
                result.append(c)
        return result

    def _service_for_the_list(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """English says for whom the work is done after the goods it is done to: in "sewing shirts, trousers and
        knitwear for local brands" the sewing is work for others, and the goods listed up to that cue are the
        goods it is done to, not goods on offer."""
        g = self.glossary
        last = max((n for n, c in enumerate(conjuncts) if c.service), default=-1)
        result: list[Conjunct] = []
        work: Conjunct | None = None
        for n, c in enumerate(conjuncts):
            if n > last:
                result.append(c)
            elif any(g.concept(t.concepts[0]).kind is ConceptKind.PROCESS for t, _ in c.terms if t.concepts):
                c.service = True
                work = c
                result.append(c)
            elif work is not None and not c.opens:
                work.absorb(c)
            else:
                result.append(c)
        return result

    def _shared_object(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """Two verbs sharing one object: in "ออกแบบและผลิตเสื้อผ้า", "we design and make uniforms" the design
        is of the goods made, not a service of its own (unless it is work for others: "รับออกแบบ และขายผ้า")."""
        g = self.glossary
        result: list[Conjunct] = []
        for n, c in enumerate(conjuncts):
            following = conjuncts[n + 1] if n + 1 < len(conjuncts) else None
            lone_work = (
                len(c.terms) == 1
                and not (c.words or c.made_from or c.purpose or c.service)
                and g.concept(c.terms[0][0].concepts[0]).kind is ConceptKind.PROCESS
            )
            # "we design and make uniforms"; "yarn and fabric dyeing": the work is done to both
            shared = lone_work and self._only_goods(following) if following is not None else False
            if following is not None and following.listed and (shared or self._goods_of_work_named_last(c, following)):
                following.described[:0] = [t for t, _ in c.terms]
            else:
                result.append(c)
        return result

    def _goods_of_work_named_last(self, c: Conjunct, following: Conjunct) -> bool:
        """English goods alone, then "and" and goods with the work done to them named last ("yarn and fabric
        dyeing", "textile and pattern design"): the work is done to both."""
        g = self.glossary
        if c.thai or following.thai or len(c.terms) != 1 or c.words or c.made_from or c.purpose or c.service:
            return False
        heads = self._heads(c)
        if not heads or g.concept(heads[0]).kind is not ConceptKind.PRODUCT:
            return False
        if len(following.terms) < 2 or following.service or following.words:
            return False
        last = following.terms[-1][0]
        work = bool(last.concepts) and g.concept(last.concepts[0]).kind is ConceptKind.PROCESS
        return work and not last.modifier_only

    def _only_goods(self, c: Conjunct) -> bool:
        heads = self._heads(c)
        return bool(heads) and all(self.glossary.concept(h).kind is ConceptKind.PRODUCT for h in heads)

    def _worked_on(self, work: Conjunct, c: Conjunct) -> bool:
        """Whether `c` names only goods that `work` is done on: work that makes goods ("รับถักผ้า ผ้ากีฬา")
        names what it makes and sells, not what it is done to."""
        makes = any(self.glossary.concept(h).makes for h in self._heads(work)[:1])
        return not makes and self._only_goods(c)

    def _shared_state(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """A condition written once for listed goods is the condition of them all.

        "used sheets and towels", "ผ้าปูที่นอนและผ้าขนหนูปลดระวาง", "ผ้าปลดระวาง (ผ้าปูเตียง ผ้าขนหนู)":
        English writes it before the first goods, Thai after the last or before a list in brackets;
        either way the towels are as used as the sheets, and so textile waste, not new towels.
        It travels only from goods it turns into waste (not from "pre-consumer cotton waste" to the
        yarn made of it), never to recycled goods (made from waste, not waste) and never to work
        done for others ("ขายเสื้อผ้ามือสอง รับซ่อมเสื้อ" repairs any shirt).
        """
        g = self.glossary
        state = next((s for c in conjuncts if (s := self._state_recasting(c)) is not None), None)
        if state is None:
            return conjuncts
        for c in conjuncts:
            if c.service or any(self._recasting_state(t) for t, _ in c.terms):
                continue
            if any(cid in _MADE_FROM_WASTE for t, _ in c.terms for cid in t.concepts):
                continue
            if any(g.concept(h).kind is ConceptKind.PRODUCT for h in self._heads(c)):
                c.terms.append(state)
        return conjuncts

    def _shared_terms(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """Terms of sale written once after a list of finished goods are the terms of them all:
        "ชุดการแสดง ชุดแฟนซี ให้เช่า", "costumes, fancy dress for hire" hire out both. Only from the last
        goods, only to finished goods before it (not to cloth: "ผ้าไหม ชุดไทยให้เช่า" sells the silk)."""
        if len(conjuncts) < 2:
            return conjuncts
        last = conjuncts[-1]
        shared = [(t, thai) for t, thai in last.terms if any(cid in _SHARED_TERMS for cid in t.concepts)]
        if not shared or not self._all_finished(last):
            return conjuncts
        for c in reversed(conjuncts[:-1]):
            if c.service or not self._all_finished(c):
                break  # the list ends where other goods or work begin
            c.terms.extend(t for t in shared if t not in c.terms)
        return conjuncts

    def _all_finished(self, c: Conjunct) -> bool:
        heads = self._heads(c)
        return bool(heads) and all(self.glossary.is_finished(h) for h in heads)

    def _state_recasting(self, c: Conjunct) -> tuple[Term, bool] | None:
        """The condition term of a conjunct whose goods it recasts ("used sheets": waste), if any."""
        g = self.glossary
        heads = self._heads(c)
        for term, thai in c.terms:
            for cid in term.concepts:
                concept = g.concept(cid)
                if concept.kind is not ConceptKind.ATTRIBUTE or not concept.state:
                    continue
                if any(g.is_a(h, ancestor) for h in heads for ancestor, _ in concept.recasts):
                    return term, thai
        for head in heads[:1]:  # goods whose name says their condition: "used clothes, jeans and curtains"
            for implied in g.concept(head).implies:
                named = self._term_for(implied)
                if named is not None and self._recasting_state(named):
                    return named, c.thai
        return None

    def _recasting_state(self, term: Term | None) -> bool:
        if term is None:
            return False
        concepts = [self.glossary.concept(cid) for cid in term.concepts]
        return any(c.kind is ConceptKind.ATTRIBUTE and c.state and c.recasts for c in concepts)

    def _serves(self, c: Conjunct, *, marked: bool = True) -> bool:
        """Whether the conjunct names work first (and, when `marked`, is marked as done for others)."""
        heads = [h for t, _ in c.terms if (h := self._head_of(t)) is not None]
        return (c.service or not marked) and bool(heads) and self.glossary.concept(heads[0]).kind is ConceptKind.PROCESS

    def _input(self, concept_id: str) -> bool:
        """Goods that go into other goods (fabric, yarn), as opposed to finished goods."""
        concept = self.glossary.concept(concept_id)
        return concept.kind is ConceptKind.PRODUCT and not self.glossary.is_finished(concept_id)

    def _described(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """Fold Thai parts that describe the goods before them into those goods."""
        result: list[Conjunct] = []
        for c in conjuncts:
            before = self._goods_before(result) if self._cloth_or_work(c) else (result[-1] if result else None)
            alone = c.listed or c.service or c.opens  # listed goods, work for others, a new clause
            if before is not None and c.thai and not alone and self._describes(c, before):
                if not self._has_head(before):  # goods named by their material: the process only describes them
                    c = Conjunct(described=[t for t, _ in c.terms], words=c.words, thai=c.thai)
                before.absorb(c)
            elif before is not None and c.thai and not alone and self._qualifies(c, before):
                before.absorb(c)
            elif before is not None and not alone and (colour := self._colour_of(c, before)):
                before.absorb(colour)
            else:
                result.append(c)
        return result

    @staticmethod
    def _goods_before(result: list[Conjunct]) -> Conjunct | None:
        """The part before, passing over parts of unknown words only: in a Thai spec list
        ("ผ้าปูที่นอนผู้ป่วย รายละเอียดคุณลักษณะ: 1) ผ้าฝ้าย 100% สีขาว") the heading names no goods, and
        the cloth after it still describes the sheets. Only cloth, yarn, fibre or work look past
        such words: other goods after an unknown word may be listed with it ("รองเท้า นาฬิกา อุปกรณ์")."""
        for before in reversed(result):
            if before.terms or before.made_from or before.purpose or before.described or before.listed:
                return before
        return result[-1] if result else None

    def _cloth_or_work(self, part: Conjunct) -> bool:
        g = self.glossary
        heads = self._heads(part)
        return bool(heads) and all(
            g.concept(h).kind is ConceptKind.PROCESS or any(g.is_a(h, k) for k in _CLOTH_YARN_FIBRE) for h in heads
        )

    def _describes(self, part: Conjunct, goods: Conjunct) -> bool:
        """Whether `part` names only a process done to `goods` (or, for finished goods, their input)."""
        g = self.glossary
        products = [h for t, _ in goods.terms if (h := self._head_of(t)) and g.concept(h).kind is ConceptKind.PRODUCT]
        named = [h for t, _ in part.terms if (h := self._head_of(t)) is not None]
        if not named or goods.service:
            return False
        kinds = {g.concept(h).kind for h in named}
        if not products:
            # goods named by their material alone ("เตยปาหนันตากแห้ง ย้อมสีได้"): a process after them is theirs
            return kinds == {ConceptKind.PROCESS} and self._material_goods(goods)
        if kinds == {ConceptKind.PROCESS}:
            return True
        finished = g.is_finished(products[0])
        return finished and kinds == {ConceptKind.PRODUCT} and not any(g.is_finished(h) for h in named)

    def _qualifies(self, part: Conjunct, goods: Conjunct) -> bool:
        """A Thai part naming no goods after goods named by their material ("กกตากแห้ง กว้าง 1 ซม."): their
        qualities, folded in now so that a process after them still finds the goods it describes."""
        return not self._has_head(part) and self._material_goods(goods)

    def _material_goods(self, c: Conjunct) -> bool:
        """Whether the conjunct names goods only through a material that stands for them (sedge: its strands)."""
        g = self.glossary
        named = [g.concept(cid) for t, _ in c.terms for cid in t.concepts]
        return not self._has_head(c) and any(m.kind is ConceptKind.MATERIAL and m.as_goods for m in named)

    def _colour_of(self, part: Conjunct, goods: Conjunct) -> Conjunct | None:
        """The qualities of a part that names only a colour beside goods ("ฝ้ายเข็นมือ สีธรรมชาติ").

        Thai "สี" + a quality is a colourant to the glossary; after other goods it says how
        they are coloured, not that dye is wanted too; so is a dye of a named source
        ("สีย้อมจากเปลือกไม้"). A bare dye ("สีย้อม") stays listed goods.
        """
        g = self.glossary
        if not part.thai or part.words or not goods.terms or any(g.is_a(h, "chemical") for h in self._heads(goods)):
            return None
        qualities: list[tuple[Term, bool]] = []
        for term, thai in part.terms:
            head = self._head_of(term)
            if head is None:
                qualities.append((term, thai))
            elif g.is_a(head, "chemical") and (len(term.concepts) > 1 or part.made_from):
                qualities.extend((q, thai) for cid in term.concepts if cid != head and (q := self._term_for(cid)))
            else:
                return None
        if not (qualities or part.made_from):
            return None
        return Conjunct(terms=qualities, made_from=list(part.made_from), thai=part.thai)

    def _heads(self, c: Conjunct) -> list[str]:
        return [h for t, _ in c.terms if (h := self._head_of(t)) is not None]

    def _term_for(self, concept_id: str) -> Term | None:
        """The glossary's own term for a concept alone (its label), if it has one."""
        concept = self.glossary.concept(concept_id)
        for label in (concept.label_en, concept.label_th):
            term = self.glossary.lookup(label)
            if term is not None and term.concepts == (concept_id,):
                return term
        return None

    def _has_head(self, conjunct: Conjunct) -> bool:
        return any(self._head_of(t) is not None for t, _ in conjunct.terms)

    def _heads_follow(self, conjuncts: list[Conjunct], at: int) -> bool:
        for c in conjuncts[at + 1 :]:
            if c.opens:
                return False
            if self._has_head(c):
                return True
        return False

    def _goods_named(self, conjunct: Conjunct) -> bool:
        """Goods named by a head, or by a material or quality that stands for them."""
        return self._has_head(conjunct) or self._stands_for_goods(conjunct)

    def _closures_of_goods(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """Closures written after finished goods, not joined by "and" ("adaptive tops, velcro front",
        "เสื้อผู้สูงอายุ ติดกระดุมแม่เหล็ก") say how the goods close: they are not buttons or zips on offer.
        Packing written after other goods ("storage baskets, nested sets of 3, export carton", "hemp yarn,
        20 kg per carton") says how they are packed: it is no packaging on offer or wanted."""
        g = self.glossary
        result: list[Conjunct] = []
        for c in conjuncts:
            before = result[-1] if result else None
            heads = self._heads(c)
            closures = bool(heads) and all(g.is_a(h, "button") or g.is_a(h, "zipper") for h in heads)
            qualified = len(c.terms) > 1 or bool(c.words) or any(len(t.concepts) > 1 for t, _ in c.terms)
            closures = closures and qualified  # "buttons" alone may be on offer
            alone = c.listed or c.opens or c.service
            if before is not None and not alone and closures and self._finished_goods(before):
                before.described_by(c)
                continue
            goods = self._packed_goods(result) if not alone and self._only_packing(c) else None
            if goods is not None:
                goods.described_by(c)
                continue
            result.append(c)
        return result

    def _only_packing(self, c: Conjunct) -> bool:
        heads = self._heads(c)
        return bool(heads) and all(self.glossary.is_a(h, "packaging") for h in heads)

    def _packed_goods(self, result: list[Conjunct]) -> Conjunct | None:
        """The goods the packing after them is for: the last part naming goods, past parts that name none
        ("nested sets of 3"), if they are goods other than packaging and not work for others; or a material
        sold as it is ("crumb rubber, 20-40 mesh, jumbo bags")."""
        for before in reversed(result):
            heads = self._heads(before)
            material = not heads and any(self._only_material(t) for t, _ in before.terms)
            if heads or before.listed or material:
                packed = (bool(heads) or material) and not before.service
                return before if packed and not any(self.glossary.is_a(h, "packaging") for h in heads) else None
        return None

    def _finished_goods(self, c: Conjunct) -> bool:
        return self._all_finished(c) and not any(self.glossary.is_a(h, "trim") for h in self._heads(c))

    def _only_dyes(self, c: Conjunct) -> bool:
        heads = self._heads(c)
        return bool(heads) and all(self.glossary.is_a(h, "dye") for h in heads)

    def _dyed_with(self, goods: Conjunct, c: Conjunct) -> bool:
        """Dyes named right after other goods, alone and unlisted, are what the goods were (or will be)
        dyed with: "silk yarn, natural dyes", "yarn dyeing, reactive dyes", "ด้ายกัญชง สีธรรมชาติ". Thai
        lists goods with spaces, so a bare dye there is goods of its own ("ผ้าฝ้าย สีย้อม") unless it names
        a kind of dye or follows work."""
        g = self.glossary
        heads = self._heads(goods)
        if (
            c.listed or c.opens or c.after_stop or c.service or c.made_from or c.purpose or c.words
            or len(c.terms) > 2 or not heads or not self._only_dyes(c)
            or any(g.is_a(h, "dye") or g.is_a(h, "chemical") for h in heads)
        ):  # fmt: skip
            return False
        kind = any(not g.is_a(cid, "dye") for t, _ in c.terms for cid in t.concepts)
        work = any(g.concept(h).kind is ConceptKind.PROCESS for h in heads)
        return not c.thai or kind or work

    def _stands_for_goods(self, conjunct: Conjunct) -> bool:
        """A material or quality named alone stands for goods ("hemp" is fibre, "bast" bast fibre)."""
        g = self.glossary
        return any(g.concept(cid).as_goods for t, _ in conjunct.terms for cid in t.concepts)

    def _made_from_for_all(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """ "ผลิตภัณฑ์จากผ้าทอมือ เช่น กระเป๋า ผ้าพันคอ หมอนอิง", "products made from recycled cotton: bags,
        aprons, cushions": a leading part that names only what things are made from is the material
        of every goods listed after it, not goods of its own."""
        lead, rest = conjuncts[0], conjuncts[1:]
        if lead.terms or not lead.made_from or not any(self._has_head(c) for c in rest):
            return conjuncts
        for c in rest:
            if self._has_head(c) and not c.made_from:
                c.made_from.extend(lead.made_from)
        return rest

    def _materials_only(self, c: Conjunct) -> Conjunct:
        return Conjunct(terms=[(t, thai) for t, thai in c.terms if self._only_material(t)], thai=c.thai)

    def _only_material(self, term: Term) -> bool:
        return bool(term.concepts) and all(self.glossary.concept(cid).kind is _MATERIAL for cid in term.concepts)

    def _promote(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """No goods in the main clause: "buyers for our hemp shirts" names them in a modifier clause."""
        promoted: list[Conjunct] = []
        for c in conjuncts:
            # An input is never what is offered: "laptop sleeves made from felt" offers sleeves,
            # even when the glossary does not know the word; only a bare "made from X" gives X.
            moved = [*c.purpose, *(c.made_from if not (c.terms or c.words) else ())]
            if any(self._head_of(t) is not None or self._only_material(t) for t in moved):
                terms = [*c.terms, *((t, c.thai) for t in moved)]
                promoted.append(Conjunct(terms=terms, words=c.words, thai=c.thai))
        return promoted or conjuncts

    def _without_tools(self, conjuncts: list[Conjunct], *, offer: bool) -> list[Conjunct]:
        """Machines named beside work say how it is done. On an offer of work ("มีจักรอุตสาหกรรม 12 ตัว",
        "eight floor looms free from October") they are not for sale unless a verb of selling names them;
        a need for work done for others ("ที่รับเย็บเสื้อกีฬา จักรโพ้ง จักรลา") wants the work done on them,
        not the machines, unless a verb of wanting names them."""
        g = self.glossary
        if offer:
            work = (
                c.service or any(g.concept(h).kind is ConceptKind.PROCESS for h in self._heads(c)) for c in conjuncts
            )
        else:
            work = (c.service for c in conjuncts)
        if not any(work):
            return conjuncts
        kept = [c for c in conjuncts if self._machines_named_by_verb(c, offer=offer) or not self._only_machines(c)]
        return kept or conjuncts

    @staticmethod
    def _machines_named_by_verb(c: Conjunct, *, offer: bool) -> bool:
        return c.sold if offer else c.opens and c.clause is CueKind.NEED

    def _only_machines(self, c: Conjunct) -> bool:
        heads = self._heads(c)
        return bool(heads) and all(self.glossary.is_a(h, "machinery") for h in heads)

    def _merge_headless(self, conjuncts: list[Conjunct]) -> list[Conjunct]:
        """Fold a conjunct that names no goods ("natural, no chemicals") into its neighbour."""
        if not any(self._has_head(c) for c in conjuncts):
            whole = Conjunct()
            for c in conjuncts:
                whole.absorb(c)
            return [whole]
        conjuncts = self._made_from_for_all(conjuncts)
        result: list[Conjunct] = []
        carry: Conjunct | None = None  # English headless conjuncts describe the next head
        for n, c in enumerate(conjuncts):
            # "naturally dyed handwoven cotton (indigo or other plant dyes)": the brackets describe the goods;
            # "handwoven silk, natural dyes": the dyes the goods were coloured with, not dyes for sale
            bracketed = c.bracketed and not self._has_head(carry) if carry is not None else False
            if carry is not None and self._stands_for_goods(carry) and (bracketed or self._only_dyes(c)):
                carry.described_by(c)
                continue
            if carry is None and result and self._dyed_with(result[-1], c):
                result[-1].described_by(c)  # "handwoven mudmee silk, natural dyes": how the silk is dyed
                continue
            if carry is not None and c.after_stop and (result or self._stands_for_goods(carry)):
                # "Sourcing: recycled polyester DTY. … our fabric goes to a brand": a sentence's words
                # without a head describe nothing in the next one; they stand for goods or describe its own
                if self._stands_for_goods(carry):
                    result.append(carry)
                else:
                    result[-1].absorb(carry)
                carry = None
            if carry is not None and c.opens:
                # words before a new clause are context ("since our old supplier closed, we need …"),
                # but the material said first still describes the goods ("we farm hemp …, and sell the fibre")
                c.absorb(self._materials_only(carry), first=carry.thai and c.thai)
                carry = None
            if self._has_head(c) or (c.opens and self._stands_for_goods(c) and not self._heads_follow(conjuncts, n)):
                # "… and sell the long bast strands": after its own verb a material alone names the goods
                # (unless goods follow it in the same clause: "buying condemned linen: sheets, towels")
                if carry is not None:
                    c.absorb(carry, first=carry.thai and c.thai)
                    carry = None
                result.append(c)
            elif result and (c.thai or result[-1].thai or not c.terms):
                # "ทอผ้าไหมแพรวาขาย รับทำตามลาย": work named without goods says how the goods before are made
                result[-1].absorb(c, as_work=False)
            elif carry is None:
                carry = c
            else:
                carry.absorb(c)
        if carry is not None:
            if result:
                result[-1].absorb(carry)
            else:
                result.append(carry)
        return result
