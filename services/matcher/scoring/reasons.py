"""Plain-words reasons for a suggestion, in English and Thai, addressed to its recipient.

A suggestion in a buyer's suppliers list speaks to the buyer ("offers organic
cotton yarn, which you need"); the same pair in the supplier's buyers list
speaks to the supplier ("needs organic cotton yarn, which you offer").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from services.matcher.scoring.model import Reason
from services.matcher.scoring.reading import MADE_FROM_ATTRIBUTE, Item, ItemKind
from services.matcher.scoring.rules import UNKNOWN_PROVINCE, PairRules
from shared.glossary import ConceptKind, Glossary
from shared.taxonomy import CERTIFICATIONS, PROVINCES, BcgTag, SubCluster

_MAX_ATTRIBUTES = 3
_ATTRIBUTE_ORDER = {ConceptKind.ATTRIBUTE: 0, ConceptKind.PROCESS: 1, ConceptKind.OFFERING: 1, ConceptKind.MATERIAL: 2}
_KEEP_ORDER = {ConceptKind.MATERIAL: 0, ConceptKind.ATTRIBUTE: 1, ConceptKind.PROCESS: 2, ConceptKind.OFFERING: 2}
_CERT_TH = {c.name: c.name_th for c in CERTIFICATIONS}
_BCG_ORDER = tuple(BcgTag)
_BACKFLOW_TO_BUYER = Reason("circular", "passes on used material for recycling", "ส่งต่อวัสดุใช้แล้วเพื่อนำกลับมาใช้ใหม่")
_BACKFLOW_TO_SUPPLIER = Reason("circular", "recycles used material like yours", "นำวัสดุใช้แล้วแบบของคุณกลับมาใช้ใหม่")


@dataclass(frozen=True, slots=True)
class Party:
    """What reasons need to know about one side of a pair."""

    sub_cluster: str
    province: int
    bcg: int
    certs: frozenset[str]


class ReasonWriter:
    def __init__(self, glossary: Glossary, rules: PairRules) -> None:
        self._glossary = glossary
        self._rules = rules
        # Each part of a reason depends on few distinct values: cache them, since a
        # full rebuild writes reasons for millions of suggestions. `write` puts them
        # together; `export` writes each part once for a whole export, in the same order.
        self.label = lru_cache(maxsize=100_000)(self._label)
        self.goods_part = lru_cache(maxsize=100_000)(self._goods)
        self.cert_part = lru_cache(maxsize=10_000)(self._certification)
        self.distance_part = lru_cache(maxsize=20_000)(self._distance)
        self.sub_cluster_part = lru_cache(maxsize=100)(self._sub_cluster)
        self.bcg_part = lru_cache(maxsize=100)(self._bcg)

    def _label(self, item: Item, lang: str) -> str:
        """ "organic cotton yarn" / "เส้นด้ายฝ้ายออร์แกนิก" from an item's head and main attributes."""
        g = self._glossary
        if not item.head:
            return " ".join(item.words)
        attrs = [
            cid
            for cid, strength in item.attrs
            if strength >= MADE_FROM_ATTRIBUTE and g.concept(cid).kind in _ATTRIBUTE_ORDER
        ]
        attrs = [a for a in attrs if not any(g.is_a(other, a) for other in attrs if other != a)]
        # Keep what the goods are made of first, then qualities, then finishes; show them in reading order.
        attrs.sort(key=lambda cid: (_KEEP_ORDER[g.concept(cid).kind], cid))
        attrs = sorted(attrs[:_MAX_ATTRIBUTES], key=lambda cid: (_ATTRIBUTE_ORDER[g.concept(cid).kind], cid))
        # The goods' own name may already say it: "used clothing", not "used used clothing".
        named = g.label(item.head, lang)
        if lang == "th":
            attrs = [a for a in attrs if g.label(a, "th") not in named]
            materials = [a for a in attrs if g.concept(a).kind is ConceptKind.MATERIAL]
            others = [a for a in attrs if a not in materials]
            return _join_th([g.label(c, "th") for c in (item.head, *materials, *others)])
        attrs = [a for a in attrs if not set(g.label(a, "en").split()) <= set(named.split())]
        return " ".join(self._describing_en(c, item) for c in (*attrs, item.head))

    def _describing_en(self, concept_id: str, item: Item) -> str:
        """A process describing goods reads as what was done to them: "dyed cotton bag", not "dyeing"."""
        concept = self._glossary.concept(concept_id)
        if concept_id != item.head and item.kind is ItemKind.GOODS and concept.kind is ConceptKind.PROCESS:
            return concept.describing_en or concept.label_en
        return concept.label_en

    def write(
        self,
        *,
        to_buyer: bool,
        supplier: Party,
        buyer: Party,
        need: Item,
        offer: Item,
        required: frozenset[str],
        circular_backflow: bool,
    ) -> tuple[Reason, ...]:
        reasons = [self.goods_part(to_buyer, need, offer)]
        cert = self.cert_part(to_buyer, supplier.certs if to_buyer else frozenset(), required)
        if cert is not None:
            reasons.append(cert)
        if circular_backflow:
            reasons.append(self.backflow_part(to_buyer))
        partner, own = (supplier, buyer) if to_buyer else (buyer, supplier)
        for reason in (
            self.distance_part(partner.province, own.province),
            self.sub_cluster_part(partner.sub_cluster, own.sub_cluster),
            self.bcg_part(partner.bcg, own.bcg),
        ):
            if reason is not None:
                reasons.append(reason)
        return tuple(reasons)

    @staticmethod
    def backflow_part(to_buyer: bool) -> Reason:
        return _BACKFLOW_TO_BUYER if to_buyer else _BACKFLOW_TO_SUPPLIER

    def _goods(self, to_buyer: bool, need: Item, offer: Item) -> Reason:
        if to_buyer:
            service = offer.kind is not ItemKind.GOODS
            return Reason(
                "offers_what_you_need",
                f"offers {self.label(offer, 'en')}, which you need",
                f"{'ให้บริการ' if service else 'จำหน่าย'}{self.label(offer, 'th')} ที่คุณต้องการ",
            )
        service = need.kind is not ItemKind.GOODS
        return Reason(
            "needs_what_you_offer",
            f"needs {self.label(need, 'en')}, which you offer",
            f"ต้องการ{self.label(need, 'th')} ซึ่งคุณ{'ให้บริการ' if service else 'มีจำหน่าย'}",
        )

    @staticmethod
    def _certification(to_buyer: bool, held: frozenset[str], required: frozenset[str]) -> Reason | None:
        if required:
            names = sorted(required)
            en, th = ", ".join(names), ", ".join(_CERT_TH.get(n, n) for n in names)
            if to_buyer:
                return Reason("certified", f"holds the {en} certification you require", f"ได้รับรอง {th} ตามที่คุณกำหนด")
            return Reason("certified", f"requires {en}, which you hold", f"ต้องการ {th} ซึ่งคุณได้รับรองแล้ว")
        if to_buyer and held:
            names = sorted(held)
            return Reason(
                "certified",
                f"{', '.join(names)} certified",
                f"ได้รับรอง {', '.join(_CERT_TH.get(n, n) for n in names)}",
            )
        return None

    def _distance(self, partner_province: int, own_province: int) -> Reason | None:
        if partner_province == UNKNOWN_PROVINCE or own_province == UNKNOWN_PROVINCE:
            return None
        place = PROVINCES[partner_province]
        # Bangkok is a special administrative area, not a changwat (province).
        bangkok = place.name_en == "Bangkok"
        where_en = place.name_en if bangkok else f"{place.name_en} province"
        where_th = place.name_th if bangkok else f"จังหวัด{place.name_th}"
        if partner_province == own_province:
            return Reason("distance", f"also in {where_en}", f"อยู่{where_th}เช่นเดียวกับคุณ")
        km = self._rules.distance_km(partner_province, own_province)
        if km is None:
            return None
        rounded = int(round(km, -1)) if km >= 50 else max(1, round(km))
        return Reason(
            "distance",
            f"in {place.name_en}, about {rounded} km away",
            f"อยู่{where_th} ห่างประมาณ {rounded} กม.",
        )

    @staticmethod
    def _sub_cluster(partner_sub_cluster: str, own_sub_cluster: str) -> Reason | None:
        try:
            theirs, mine = SubCluster(partner_sub_cluster), SubCluster(own_sub_cluster)
        except ValueError:
            return None
        if theirs == mine:
            return Reason(
                "sub_cluster",
                f"also in the {theirs.label('en')} sub-cluster",
                f"อยู่ในกลุ่ม{theirs.label('th')}เช่นเดียวกับคุณ",
            )
        if PairRules.sub_cluster_linked(theirs, mine):
            return Reason(
                "sub_cluster",
                f"from the {theirs.label('en')} sub-cluster, which trades closely with yours",
                f"จากกลุ่ม{theirs.label('th')} ซึ่งค้าขายใกล้ชิดกับกลุ่มของคุณ",
            )
        return None

    @staticmethod
    def _bcg(partner_bcg: int, own_bcg: int) -> Reason | None:
        shared = [tag for i, tag in enumerate(_BCG_ORDER) if partner_bcg & own_bcg & (1 << i)]
        if not shared:
            return None
        return Reason(
            "bcg",
            f"shares your BCG focus: {', '.join(t.label('en').lower() for t in shared)}",
            f"มีแนวทาง BCG เดียวกับคุณ: {', '.join(t.label('th') for t in shared)}",
        )


def _join_th(parts: Iterable[str]) -> str:
    """Thai runs together without spaces; Latin words (PET, TPU) keep a space around them."""
    out = ""
    for part in parts:
        if out and (not _thai(out[-1]) or not _thai(part[0])):
            out += " "
        out += part
    return out


def _thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"
