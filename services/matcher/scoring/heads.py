"""Which term of a conjunct names the goods: the rules that choose its head.

Thai names the goods first and English last, and a process named beside goods is
sometimes the work offered, sometimes how the goods were made: a dye material
before its process is the dyestuff ("ครามย้อมผ้า"), a fibre before its work the
goods ("ฝ้ายเข็นมือย้อมห้อม"), English making before a material cloth of it
("circular-knit polyester"), a machine beside other goods how they were made.
`PhraseReader` builds its items on these.
"""

from __future__ import annotations

from services.matcher.scoring.conjuncts import Conjunct, ConjunctRules
from shared.glossary import ConceptKind, Term

_AGENTS = ("labour", "retail_platform")  # who does the work: craftsmen, workers, shops


class HeadRules(ConjunctRules):
    """Head-choosing rules over conjuncts, with the glossary that names their goods."""

    def _head_candidates(self, c: Conjunct) -> list[tuple[int, str]]:
        """Terms that could name the goods, by position. A production process gives way
        to the product it makes ("รับผลิตเสื้อฟุตบอล" offers shirts), unless it is work
        done for others on goods named after it ("รับเย็บเสื้อ", "we sew your shirts");
        "dyed" names goods only when nothing else does."""
        g = self.glossary
        found = [(i, h) for i, (t, _) in enumerate(c.terms) if (h := self._head_of(t)) is not None]
        if c.service and (work := self._work_done(c, found)) is not None:
            return [work]
        if c.thai and len(found) > 1 and found[1][0] == found[0][0] + 1 and self._agent_then_work(found[0], found[1]):
            return [found[1]]  # "ร้านพิมพ์ซับลิเมชั่น", "ช่างเย็บผ้า": a shop or a craftsman named by the work it does
        if c.thai and len(found) > 1 and found[1][0] == found[0][0] + 1 and self._kind_named_next(found[0], found[1]):
            return [found[1]]  # "ผ้า SMS": Thai names the class, then the kind; "ชุดผ้าปูที่นอน": a set of bed sheets
        if not c.thai and len(found) > 1 and found[-2][0] == found[-1][0] - 1 and self._narrower(found[-2], found[-1]):
            return [found[-2]]  # "spacer mesh fabric": English names the kind, then the class it belongs to
        if found and not c.service and (dyestuff := self._dyestuff_first(c, found[0])) is not None:
            return [dyestuff]
        if found and not c.service and (self._fibre_then_work(c, found) or self._fibre_then_colour(c, found)):
            return []  # "ฝ้ายเข็นมือย้อมห้อม", "ฝ้ายเข็นมือสีธรรมชาติ": the goods are the cotton, named by its material
        if found and not c.service and not c.thai and self._made_of_material(c, found):
            return []  # "warp-knit microfibre", "handwoven silk": goods the process makes, of that material
        if not c.thai and self._work_named_last(found):
            return [found[-1]]  # "uniform sewing", "sportswear CMT": English names the work after its goods
        products = [(i, h) for i, h in found if g.concept(h).kind is ConceptKind.PRODUCT]
        if products:
            found = [(i, h) for i, h in found if not g.concept(h).makes]
        if c.thai and found and found[0][0] == 0 and g.is_a(found[0][1], "machinery"):
            return [found[0]]  # "เครื่องขูดใยกล้วย": Thai names the machine first, then what it works
        if not c.thai and len(found) > 1 and self._repair_named_first(found):
            return [found[0]]  # "repair sewing machines, overlock": the repair of the machines named after it
        if not c.thai and self._goods_before_their_dye(found):
            return [found[0]]  # "scarf natural colour dye": goods named first, then how they were dyed
        if not c.thai and self._machine_named_last(c, found):
            return [found[-1]]  # "fibre decorticator", "sock knitting machine": English names the machine last
        if any(not g.is_a(h, "machinery") for _, h in products):
            # "sheeting woven on air-jet looms", "ผ้าทอด้วยกี่กระตุก": a machine named beside other goods is
            # how they were made, not what is sold (machinery alone still is: "looms and spare parts")
            found = [(i, h) for i, h in found if not g.is_a(h, "machinery")]
        if not found and not self._materials(c):
            found = [
                (i, t.concepts[0])
                for i, (t, _) in enumerate(c.terms)
                if t.modifier_only and g.concept(t.concepts[0]).kind.names_goods
            ]
        return found

    def _work_named_last(self, found: list[tuple[int, str]]) -> bool:
        """Work that makes goods, named last after goods it is done to, with no word for selling them."""
        g = self.glossary
        if len(found) < 2:
            return False
        last = g.concept(found[-1][1])
        return (
            last.kind is ConceptKind.PROCESS
            and bool(last.makes)
            and any(g.concept(h).kind is ConceptKind.PRODUCT for _, h in found[:-1])
        )

    def _agent_then_work(self, agent: tuple[int, str], work: tuple[int, str]) -> bool:
        """A shop or a worker before its work; training or advice on a work ("อบรมการเย็บผ้า") stays itself."""
        g = self.glossary
        who = any(g.is_a(agent[1], kind) for kind in _AGENTS)
        return who and g.concept(work[1]).kind is ConceptKind.PROCESS

    def _machine_named_last(self, c: Conjunct, found: list[tuple[int, str]]) -> bool:
        """A machine written last, right after the goods it works, is the goods named."""
        if len(found) < 2 or found[-1][0] != len(c.terms) - 1 or found[-2][0] != found[-1][0] - 1:
            return False
        return self.glossary.is_a(found[-1][1], "machinery") and not self.glossary.is_a(found[-2][1], "machinery")

    def _repair_named_first(self, found: list[tuple[int, str]]) -> bool:
        g = self.glossary
        return g.is_a(found[0][1], "repair") and all(g.is_a(h, "machinery") for _, h in found[1:])

    def _goods_before_their_dye(self, found: list[tuple[int, str]]) -> bool:
        """English written in Thai order: goods, then the dye they were coloured with, last ("scarf natural
        colour dye", "cotton cloth indigo dye"); "dye for scarves", "scarf dyeing" and "fabric dye" (the goods
        right before the dye: what it is for) name the dye and the work."""
        g = self.glossary
        if len(found) != 2 or not g.is_a(found[1][1], "dye"):
            return False
        goods = found[0][1]
        if g.is_finished(goods):
            return True
        apart = found[1][0] - found[0][0] > 1  # something written between them: "cloth indigo dye"
        return apart and g.concept(goods).kind is ConceptKind.PRODUCT and not g.is_a(goods, "chemical")

    def _narrower(self, kind: tuple[int, str], broader: tuple[int, str]) -> bool:
        """Whether `kind` names a narrower kind of the goods `broader` names."""
        return kind[1] != broader[1] and self.glossary.is_a(kind[1], broader[1])

    def _kind_named_next(self, first: tuple[int, str], second: tuple[int, str]) -> bool:
        """Thai goods followed by a narrower kind of them ("ผ้ายืดพาวเวอร์เน็ต"), `เสื้อ` (any top) before a
        kind of clothing ("เสื้อ rash guard", "เสื้อแจ็คเก็ต"), `กางเกง` before diapers, or `ชุด` (a set, or an
        outfit) before finished goods that are not clothes (a set of them)."""
        g = self.glossary
        if self._narrower(second, first):
            return True
        if first[1] == "shirt" and second[1] != "shirt" and g.is_a(second[1], "garment"):
            return True
        if first[1] == "trousers" and g.is_a(second[1], "diaper"):
            return True  # "กางเกงผ้าอ้อมผ้า": pull-up cloth diapers
        return first[1] == "garment" and g.is_finished(second[1]) and not g.is_a(second[1], "garment")

    def _goods_or_material(self, term: Term) -> bool:
        g = self.glossary
        return term.goods is not None or any(g.concept(c).kind is ConceptKind.MATERIAL for c in term.concepts)

    def _materials(self, c: Conjunct) -> list[str]:
        return [
            cid for t, _ in c.terms for cid in t.concepts if self.glossary.concept(cid).kind is ConceptKind.MATERIAL
        ]

    def _dyestuff_first(self, c: Conjunct, first: tuple[int, str]) -> tuple[int, str] | None:
        """Thai names the goods first: a dye material before its process ("ครั่งย้อมไหม", "ครามย้อมผ้า",
        "เปลือกมังคุด ย้อมเส้นไหม") is the dyestuff wanted or sold, the process only its use.
        English puts the goods last ("indigo dyeing" is the work), and "รับ", "บริการ" keep the work."""
        g = self.glossary
        process_at, process = first
        if not c.thai or g.concept(process).kind is not ConceptKind.PROCESS:
            return None
        for t, _ in c.terms[:process_at]:
            for cid in t.concepts:
                goods = g.concept(cid).as_goods
                if g.concept(cid).kind is ConceptKind.MATERIAL and goods and g.is_a(goods, "chemical"):
                    return (-1, goods)
        return None

    def _fibre_then_work(self, c: Conjunct, found: list[tuple[int, str]]) -> bool:
        """Thai names the goods first: a fibre before the only processes named ("ฝ้ายย้อมคราม",
        "ไหมทอมือ") is the goods those processes were done to, not a service (that takes
        "รับ" or "บริการ"). Dye materials before their process are `_dyestuff_first`."""
        g = self.glossary
        if not c.thai or any(g.concept(h).kind is not ConceptKind.PROCESS for _, h in found):
            return False
        return self._fibre_before(c, found[0][0])

    def _fibre_then_colour(self, c: Conjunct, found: list[tuple[int, str]]) -> bool:
        """Thai names the goods first: a fibre before a colour and nothing else that could be the goods
        ("ฝ้ายเข็นมือสีธรรมชาติ", handspun cotton in its natural colour) is that fibre's goods in that
        colour, not a dye; a dye material ("ครั่ง", "คราม") before a colour is still the dyestuff."""
        if not c.thai or not all(self.glossary.is_a(h, "dye") for _, h in found):
            return False
        return self._fibre_before(c, found[0][0])

    def _fibre_before(self, c: Conjunct, at: int) -> bool:
        """Whether a material standing for goods other than a dyestuff is named before term `at` (a dye
        material there is `_dyestuff_first`)."""
        g = self.glossary
        return any(
            g.concept(cid).kind is ConceptKind.MATERIAL
            and (goods := g.concept(cid).as_goods) is not None
            and not g.is_a(goods, "chemical")
            for t, _ in c.terms[:at]
            for cid in t.concepts
        )

    def _made_of_material(self, c: Conjunct, found: list[tuple[int, str]]) -> bool:
        """English puts the material after the work that made the goods: only making processes are named,
        a material follows the last of them, and one of them stands for goods ("knit" for knitted fabric)."""
        g = self.glossary
        if any(g.concept(h).kind is not ConceptKind.PROCESS or not g.concept(h).makes for _, h in found):
            return False
        if not any(g.concept(h).as_goods for _, h in found):
            return False
        last = found[-1][0]
        return any(g.concept(cid).kind is ConceptKind.MATERIAL for t, _ in c.terms[last + 1 :] for cid in t.concepts)

    def _work_done(self, c: Conjunct, found: list[tuple[int, str]]) -> tuple[int, str] | None:
        """The process of a service conjunct when it comes before the goods it is done to.

        A Thai verb and the goods it makes written as one word ("รับทอผ้า", "รับปั่นด้าย") is the work
        too: the goods of such a word are what the work makes, not what is sold."""
        if not found:
            return None
        g = self.glossary
        if (disposal := next((f for f in found if g.is_a(f[1], "waste_disposal")), None)) is not None:
            return disposal  # "หาผู้รับเศษผ้าไปกำจัด": someone to take the scraps away, wherever it is named
        work = next((f for f in found if g.concept(f[1]).kind is ConceptKind.PROCESS), None)
        if work is not None and all(
            g.is_a(h, "chemical") or g.concept(h).kind is ConceptKind.OFFERING for _, h in found[: found.index(work)]
        ):
            # "จ้างกลุ่มที่มีหม้อครามย้อมเส้นด้าย": the indigo vat is what the dyeing uses; "a workshop sewing
            # aprons for other makers": the workshop is who does it
            return work
        at = found[0][0]
        processes = [cid for cid in c.terms[at][0].concepts if g.concept(cid).kind is ConceptKind.PROCESS]
        return (at, processes[0]) if processes and c.terms[at][0].work_first else None
