"""The glossary's vocabulary: concepts, the terms that name them, and cue words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ConceptKind(StrEnum):
    PRODUCT = "product"  # goods that change hands: fibre, yarn, fabric, garments, waste, dyes ...
    PROCESS = "process"  # work done on someone else's goods: dyeing, weaving, sewing ...
    OFFERING = "offering"  # non-product offers: training, tourism, marketing, retail platforms ...
    MATERIAL = "material"  # what goods are made of: cotton, hemp, polyester, indigo ...
    ATTRIBUTE = "attribute"  # qualities: organic, recycled, waterproof, for the elderly ...

    @property
    def names_goods(self) -> bool:
        """Whether a concept of this kind can be the thing a phrase offers or asks for."""
        return self in (ConceptKind.PRODUCT, ConceptKind.PROCESS, ConceptKind.OFFERING)


class CueKind(StrEnum):
    """Words that steer how a phrase is read rather than name goods."""

    NEED = "need"  # "looking for", "ต้องการ"
    OFFER = "offer"  # "we supply", "จำหน่าย"
    MARKET = "market"  # "buyers for", "หาตลาด": the writer wants customers, not inputs
    MADE_FROM = "made_from"  # "made from", "ผลิตจาก": what follows is an input, not the product
    PURPOSE = "purpose"  # "for", "สำหรับ": what follows is the use, not the product
    WITH = "with"  # "with", "พร้อม": features of the product
    CONJ = "conj"  # "and", "และ": separates listed products
    NEGATION = "negation"  # "not", "ไม่": the quality named next is absent ("ไม่ฟอกขาว")
    SERVICE = "service"  # "รับ", "บริการ": the process named next is work done for others, not a finish
    OF = "of"  # "bags of hemp fabric": after finished goods, what follows is their material
    IN = "in"  # "pillows in khit weave": after goods, what follows describes them (material, technique)
    INTO = "into"  # "turns bottles into yarn", "นำมาทำเป็น": on offer, what follows is made from what came before
    COMPARE = "compare"  # "than", "กว่า", "instead of": the goods named next are compared with, not offered
    NOISE = "noise"  # quantities, politeness, marketing filler


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    kind: ConceptKind
    parents: tuple[str, ...]
    label_en: str
    label_th: str
    state: bool = False  # describes the condition of an input ("greige"); products made from it differ
    recasts: tuple[tuple[str, str], ...] = ()  # (ancestor of the head, concept the head becomes)
    implies: tuple[str, ...] = ()  # attributes that always come with it (cocoons are silk)
    as_goods: str | None = None  # goods a bare material or quality stands for: "ฝ้าย" alone is raw cotton
    makes: bool = False  # a production process: "รับผลิตเสื้อ" offers the shirts it makes
    finished: bool = False  # a root of finished goods: words written beside them describe them
    describing_en: str | None = None  # how a process describes goods in English ("dyed"): its first "mod" term

    def label(self, lang: str) -> str:
        return self.label_th if lang == "th" else self.label_en


@dataclass(frozen=True, slots=True, eq=False)
class Term:
    """What one glossary key stands for: concepts (head first for compounds) or a cue.

    Terms are created once, when the glossary loads, and compared by identity
    (hashing them is on the hot path of tagging); `same_as` compares contents.
    """

    concepts: tuple[str, ...] = ()
    cue: CueKind | None = None
    modifier_only: bool = False  # "dyed" describes goods; "dyeing" can be the service offered
    goods: str | None = None  # the concept this term names as goods, if it can ("yarn"; not "cotton", "dyed")
    work_first: bool = False  # a Thai verb written before the goods it makes, as one word ("ทอผ้า", "ปั่นด้าย")

    def same_as(self, other: Term) -> bool:
        return (self.concepts, self.cue, self.modifier_only, self.goods, self.work_first) == (
            other.concepts,
            other.cue,
            other.modifier_only,
            other.goods,
            other.work_first,
        )
