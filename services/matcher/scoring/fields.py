"""Offers and needs pasted from forms and spreadsheets: labelled fields inside the text.

"Product: patient gowns; Fabric: poly-cotton twill; Qty: 500", "สินค้า: ผ้าขาวม้าทอมือ |
วัตถุดิบ: ด้ายฝ้ายย้อมสี | ขนาด: 80 x 200 ซม.". Read as prose, every field is a phrase of its
own, so the gowns' twill and the cloth's yarn would be on offer beside the goods. A label
says what its value is to the goods, so the fields are read as the sentence they stand for:

- a field naming the goods (*Product*, *Item*, `สินค้า`, *Service*, *Need*, `ต้องการ`,
  *Yarn wanted*, or text before the first label) starts an entry; a label that names goods
  ("Yarn wanted: hemp/cotton blend, machine-spun") names what a value without goods of its
  own is;
- what the goods are made of (*Material*, *Made of*, `วัตถุดิบ`, `ทำจาก`, or goods named as
  a label beside another field that names the goods: *Fabric*, *Yarn*, `ผ้า`) reads as
  "made from" the value;
- what they are for (*Use*, *For*, `การใช้งาน`, `สำหรับ`) reads as "for" the value;
- any other field (*Qty*, *Width*, *Colours*, `ลาย`) describes the goods and names none of
  its own; notes (*Remarks*, `หมายเหตุ`) are asides and are left out.

Text without a field that names the goods is read as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Final

from shared.glossary import CueKind, Glossary, Span, Term, TokenKind

# A label: at the start or after a separator, a few words without digits, then a colon
# (not a ratio "60:40", a time or "https://").
_LABEL: Final = re.compile(
    r"(?:^|(?<=[|;\n•,.])|(?<=\s[/—–-]))\s*(?P<label>[^\W\d_][^:：|;,\n\d]{0,40}?)\s*[:：](?![/\d])\s*"
)
_MAX_LATIN_WORDS: Final = 4
_MAX_THAI_LETTERS: Final = 24
_THAI: Final = re.compile("[\u0e00-\u0e7f]")

# Form words with no goods of their own; the glossary reads them as sales talk or not at all.
_ITEM_WORDS: Final = frozenset({"product", "item", "good", "article", "สินค้า", "ผลิตภัณฑ์", "รายการ"})
_USE_WORDS: Final = frozenset({"use", "usage", "application", "purpose", "การใช้งาน", "ใช้", "ใช้งาน", "เหมาะกับ"})
_MATERIAL_WORDS: Final = frozenset({"material", "composition", "content", "วัตถุดิบ", "ส่วนผสม"})
# Notes and remarks are asides ("handspun not suitable for our looms"), not a description of the goods.
_NOTE_WORDS: Final = frozenset({"note", "remark", "comment", "หมายเหตุ"})
_GOODS_CUES: Final = frozenset({CueKind.NEED, CueKind.OFFER, CueKind.SERVICE, CueKind.MARKET})

_BREAK: Final = Span(brk=TokenKind.BREAK)
_MADE_FROM: Final = Span("", Term(cue=CueKind.MADE_FROM))
_FOR: Final = Span("", Term(cue=CueKind.PURPOSE))
_WITH: Final = Span("", Term(cue=CueKind.WITH))


class _Role(Enum):
    GOODS = "goods"  # names what is offered or wanted
    NAMED = "named"  # a label naming goods: the goods when no other field names them, else their material
    INPUT = "input"
    USE = "use"
    DETAIL = "detail"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class _Field:
    role: _Role
    label: tuple[Span, ...]
    value: tuple[Span, ...]


class LabelledFields:
    """Tags a phrase, reading labelled fields as the sentence they stand for (module docstring)."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary

    def tag(self, text: str) -> tuple[Span, ...]:
        fields = self._fields(text) if ":" in text or "：" in text else None
        if fields is None:
            return self.glossary.tag(text)
        entries: list[list[_Field]] = []
        pending: list[_Field] = []  # fields written before the first that names the goods
        names_goods = any(f.role is _Role.GOODS for f in fields)
        for f in fields:
            if f.role is _Role.GOODS or (f.role is _Role.NAMED and not names_goods):
                entries.append([f, *pending])
                pending = []
            elif entries:
                entries[-1].append(f)
            else:
                pending.append(f)
        if not entries:
            return self.glossary.tag(text)
        spans: list[Span] = []
        for entry in entries:
            if spans:
                spans.append(_BREAK)
            spans.extend(self._goods(entry[0]))
            for f in entry[1:]:
                spans.extend(self._part(f))
        return tuple(spans)

    def _fields(self, text: str) -> list[_Field] | None:
        found = [m for m in _LABEL.finditer(text) if _short(m.group("label"))]
        if not found:
            return None
        fields: list[_Field] = []
        before = text[: found[0].start()].strip(" \t|;,/—–-")
        if before:
            fields.append(_Field(_Role.GOODS, (), self.glossary.tag(before)))
        for n, m in enumerate(found):
            end = found[n + 1].start() if n + 1 < len(found) else len(text)
            value = self.glossary.tag(text[m.end() : end])
            if any(not s.is_break for s in value):
                label = self.glossary.tag(m.group("label"))
                fields.append(_Field(self._role(label), label, value))
        return fields

    def _role(self, label: tuple[Span, ...]) -> _Role:
        keys = {s.key for s in label if not s.is_break}
        cues = {s.term.cue for s in label if s.term is not None and s.term.cue is not None}
        if cues & _GOODS_CUES or keys & _ITEM_WORDS:
            return _Role.GOODS
        if keys & _USE_WORDS or CueKind.PURPOSE in cues:
            return _Role.USE
        if keys & _MATERIAL_WORDS or CueKind.MADE_FROM in cues:
            return _Role.INPUT
        if any(_names_goods(s) for s in label):
            return _Role.NAMED
        return _Role.NOTE if keys & _NOTE_WORDS else _Role.DETAIL

    def _goods(self, f: _Field) -> list[Span]:
        label = [s for s in f.label if not s.is_break and s.key not in _ITEM_WORDS]
        named = [s.term.goods for s in label if s.term is not None and s.term.goods is not None]
        if not named:  # "Need: …", "สินค้า: …": the label is the verb of the clause, or nothing
            return [*label, *f.value]
        unnamed = [s for s in label if not _names_goods(s)]
        values = [s.term.goods for s in f.value if s.term is not None and s.term.goods is not None]
        if not values:  # "Yarn wanted: hemp/cotton blend, machine-spun": all of the value describes the yarn
            value = _unbroken(f.value)
            # English names the goods last, before any clause of use ("Zips: nylon coil, cut to length")
            at = next((n for n, s in enumerate(value) if s.term is not None and s.term.cue is not None), len(value))
            return [*unnamed, *value[:at], *(s for s in label if _names_goods(s)), *value[at:]]
        if any(self.glossary.is_a(v, n) for v in values for n in named):
            return [*unnamed, *f.value]  # "Fabric wanted: wicking polyester knit": the label is a heading
        # "Natural dyeing on commission: indigo, lac": the label names goods of its own, the value more
        return [*label, _BREAK, *f.value]

    @staticmethod
    def _part(f: _Field) -> list[Span]:
        if f.role is _Role.NOTE:
            return []
        cue = {_Role.INPUT: _MADE_FROM, _Role.NAMED: _MADE_FROM, _Role.USE: _FOR}.get(f.role, _WITH)
        return [cue, *_unbroken(f.value)]


def _short(label: str) -> bool:
    if _THAI.search(label):
        return len(label.replace(" ", "")) <= _MAX_THAI_LETTERS and label.count(" ") <= 1
    return len(label.split()) <= _MAX_LATIN_WORDS


def _names_goods(span: Span) -> bool:
    return span.term is not None and span.term.goods is not None


def _unbroken(spans: tuple[Span, ...]) -> list[Span]:
    """A field's value is one description: its commas and slashes do not start new goods."""
    return [s for s in spans if not s.is_break]
