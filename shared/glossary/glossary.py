"""Loading, validating and applying the bilingual textile glossary."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final

from shared.glossary.model import Concept, ConceptKind, CueKind, Term
from shared.glossary.tokens import ThaiSegmenter, Token, TokenKind, newmm_segmenter, normalise, tokenise

_DATA_FILE: Final = "textile_glossary.json"
_MAX_TERM_WORDS: Final = 8


class GlossaryError(ValueError):
    """The glossary data is inconsistent; the message lists every problem found."""


@dataclass(frozen=True, slots=True)
class Span:
    """One piece of tagged text: a glossary term, an unknown word, or a phrase break."""

    key: str = ""
    term: Term | None = None
    thai: bool = False
    brk: TokenKind | None = None

    @property
    def is_break(self) -> bool:
        return self.brk is not None


class Glossary:
    """Concepts with their Thai and English terms, and a tagger that finds them in free text."""

    def __init__(self, concepts: Mapping[str, Concept], lexicon: Mapping[str, Term], segmenter: ThaiSegmenter) -> None:
        self._concepts = dict(concepts)
        self._lexicon = dict(lexicon)
        self._segment = segmenter
        self._max_words = _MAX_TERM_WORDS
        self._ancestors: dict[str, tuple[tuple[str, int], ...]] = {}
        self.tag = lru_cache(maxsize=200_000)(self._tag)

    @property
    def concepts(self) -> Mapping[str, Concept]:
        return self._concepts

    @property
    def term_count(self) -> int:
        return len(self._lexicon)

    def concept(self, concept_id: str) -> Concept:
        return self._concepts[concept_id]

    def label(self, concept_id: str, lang: str) -> str:
        return self._concepts[concept_id].label(lang)

    def lookup(self, term: str) -> Term | None:
        """The term a single glossary entry text stands for (after normalisation), if any."""
        return self._lexicon.get(_key_of(tokenise(term, self._segment)))

    def ancestors(self, concept_id: str) -> tuple[tuple[str, int], ...]:
        """Broader concepts with their distance (1 = parent), nearest first, each once."""
        cached = self._ancestors.get(concept_id)
        if cached is None:
            found: dict[str, int] = {}
            frontier = [(p, 1) for p in self._concepts[concept_id].parents]
            while frontier:
                current, depth = frontier.pop(0)
                if current in found:
                    continue
                found[current] = depth
                frontier.extend((p, depth + 1) for p in self._concepts[current].parents)
            cached = tuple(found.items())
            self._ancestors[concept_id] = cached
        return cached

    def is_a(self, concept_id: str, ancestor: str) -> bool:
        return concept_id == ancestor or any(a == ancestor for a, _ in self.ancestors(concept_id))

    def _tag(self, text: str) -> tuple[Span, ...]:
        tokens = tokenise(text, self._segment)
        spans: list[Span] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.kind is not TokenKind.WORD:
                spans.append(Span(brk=token.kind))
                i += 1
                continue
            run = 1
            while run < self._max_words and i + run < len(tokens) and tokens[i + run].kind is TokenKind.WORD:
                run += 1
            for length in range(run, 0, -1):
                key = _key_of(tokens[i : i + length])
                term = self._lexicon.get(key)
                if term is not None:
                    spans.append(Span(key, term, token.thai))
                    i += length
                    break
            else:
                spans.append(Span(token.key, None, token.thai))
                i += 1
        return tuple(spans)


def _key_of(tokens: Iterable[Token]) -> str:
    return "".join(t.key for t in tokens)


def _strings(entry: Mapping[str, Any], field: str) -> list[str]:
    value = entry.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GlossaryError(f"{entry.get('id', entry)!r}: {field!r} must be a list of strings")
    return list(value)


def build_glossary(data: Mapping[str, Any]) -> Glossary:
    """Validate glossary data (the JSON document's structure) and index its terms."""
    problems: list[str] = []
    raw_concepts = data.get("concepts", [])
    compounds = data.get("compounds", [])
    cues = data.get("cues", [])

    thai_terms = [
        normalise(t).replace(" ", "")
        for entry in (*raw_concepts, *compounds, *cues)
        for field in ("th", "mod")
        for t in _strings(entry, field)
    ]
    segmenter = newmm_segmenter(t for t in thai_terms if t)

    concepts: dict[str, Concept] = {}
    for entry in raw_concepts:
        cid = str(entry.get("id", ""))
        en, th = _strings(entry, "en"), _strings(entry, "th")
        if not cid or cid in concepts:
            problems.append(f"missing or duplicate concept id {cid!r}")
            continue
        if not en or not th:
            problems.append(f"{cid}: needs at least one English and one Thai term")
            continue
        try:
            kind = ConceptKind(entry.get("kind"))
        except ValueError:
            problems.append(f"{cid}: unknown kind {entry.get('kind')!r}")
            continue
        recasts = entry.get("recasts", {})
        concepts[cid] = Concept(
            id=cid,
            kind=kind,
            parents=tuple(_strings(entry, "is_a")),
            label_en=en[0],
            label_th=th[0],
            state=bool(entry.get("state", False)),
            recasts=tuple((str(k), str(v)) for k, v in dict(recasts).items()),
            implies=tuple(_strings(entry, "implies")),
            as_goods=str(entry["as_goods"]) if entry.get("as_goods") else None,
            makes=bool(entry.get("makes", False)),
        )

    for concept in concepts.values():
        refs = [*concept.parents, *concept.implies, *(a for pair in concept.recasts for a in pair)]
        if concept.as_goods is not None:
            refs.append(concept.as_goods)
        problems.extend(f"{concept.id}: refers to unknown concept {r!r}" for r in refs if r not in concepts)
    problems.extend(_cycles(concepts))

    lexicon: dict[str, Term] = {}
    origin: dict[str, str] = {}

    def add(text: str, term: Term, where: str) -> None:
        key = _key_of(tokenise(text, segmenter))
        if not key:
            problems.append(f"{where}: term {text!r} has no words")
            return
        held = lexicon.get(key)
        if held is None:
            lexicon[key] = term
            origin[key] = where
        elif held != term:
            problems.append(f"term {text!r} ({where}) clashes with the same key in {origin[key]}")

    for entry in raw_concepts:
        cid = str(entry.get("id", ""))
        if cid not in concepts:
            continue
        for text in (*_strings(entry, "en"), *_strings(entry, "th")):
            add(text, Term(concepts=(cid,)), cid)
        for text in _strings(entry, "mod"):
            add(text, Term(concepts=(cid,), modifier_only=True), cid)
    for n, entry in enumerate(compounds):
        ids = tuple(_strings(entry, "concepts"))
        unknown = [c for c in ids if c not in concepts]
        if not ids or unknown:
            problems.append(f"compound #{n} refers to unknown concepts {unknown or ids}")
            continue
        for text in (*_strings(entry, "en"), *_strings(entry, "th")):
            add(text, Term(concepts=ids), f"compound {'+'.join(ids)}")
    for entry in cues:
        try:
            cue = CueKind(entry.get("cue"))
        except ValueError:
            problems.append(f"unknown cue kind {entry.get('cue')!r}")
            continue
        for text in (*_strings(entry, "en"), *_strings(entry, "th")):
            add(text, Term(cue=cue), f"cue {cue}")

    if problems:
        raise GlossaryError("glossary data is inconsistent:\n  " + "\n  ".join(problems))
    return Glossary(concepts, lexicon, segmenter)


def _cycles(concepts: Mapping[str, Concept]) -> list[str]:
    problems: list[str] = []
    for start in concepts.values():
        seen: set[str] = set()
        frontier = list(start.parents)
        while frontier:
            current = frontier.pop()
            if current == start.id:
                problems.append(f"{start.id}: is_a cycle")
                break
            if current in seen or current not in concepts:
                continue
            seen.add(current)
            frontier.extend(concepts[current].parents)
    return problems


@lru_cache(maxsize=1)
def load_glossary() -> Glossary:
    """The packaged textile glossary (loaded and validated once per process)."""
    text = resources.files(__package__ or "shared.glossary").joinpath(_DATA_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise GlossaryError(f"{_DATA_FILE} must hold a JSON object")
    return build_glossary(data)
