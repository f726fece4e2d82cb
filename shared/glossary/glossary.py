"""Loading, validating and applying the bilingual textile glossary."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any, Final, NamedTuple

from shared.glossary.model import Concept, ConceptKind, CueKind, Term
from shared.glossary.tokens import (
    ThaiSegmenter,
    Token,
    TokenKind,
    newmm_segmenter,
    normalise,
    tokenise,
    without_counting_marks,
)

_DATA_FILE: Final = "textile_glossary.json"
# Punctuation that always ends a term (a comma or dot between digits does not: "1,000").
# Each alternative opens with a set of characters, which lets the search skip ahead to the next candidate.
_CLAUSE_BREAK: Final = re.compile(r"[;:()\[\]{}|\"“”!?•·–—*#=<>\n/\\]|[.,](?:(?<!\d[.,])|(?!\d))")
_CLAUSE_BREAKS_KEPT: Final = re.compile(f"({_CLAUSE_BREAK.pattern})")  # split keeping each mark
_MAX_TERM_WORDS: Final = 8
# Romanised Thai words that are not English words. A phrase mostly of them ("thung pha dib lek sai
# kradum") is Thai written in Latin letters, and is read in Thai word order: the goods first, then
# what describes them. One or two of them in English ("pha mai silk scarves") are only names.
_ROMANISED_THAI_WORDS: Final = """
pha phaa suea sua thung tung kang keng rub rap mee tor thor mue yom khong jak bon pim chud chut dib
kao yai lek sai hai laew tong kap kab gap pen duean duan rao eng krai khon khai phu sung ayu puay
yued yuet hom poo chet tua khlum kradum nuad samun phrai luk prakob phayaban raem tiang phan sen yep
tat tud samret haeng ruea baan khrueang krueang krapao kanchong fai mai kram khram yeen nak rian
thammachat sed kai lai kok
"""
_ROMANISED_THAI: Final = frozenset(_ROMANISED_THAI_WORDS.split())
_ROMANISED_AT_LEAST: Final = 3  # distinct words, and more than half of the phrase's words
_LATIN_WORD: Final = re.compile(r"[a-z]+")


class GlossaryError(ValueError):
    """The glossary data is inconsistent; the message lists every problem found."""


class Span(NamedTuple):
    """One piece of tagged text: a glossary term, an unknown word, or a phrase break."""

    key: str = ""
    term: Term | None = None
    thai: bool = False
    brk: TokenKind | None = None

    @property
    def is_break(self) -> bool:
        return self.brk is not None


_BREAK: Final = Span(brk=TokenKind.BREAK)
# The end of a sentence ("." before a space, "!", "?", a new line): a break that also ends what the
# words before it can describe.
SENTENCE_END: Final = Span(".", brk=TokenKind.BREAK)
# Brackets: what they hold elaborates what stands before them.
BRACKET_OPEN: Final = Span("(", brk=TokenKind.BREAK)
BRACKET_CLOSE: Final = Span(")", brk=TokenKind.BREAK)
_MARKED_BREAKS: Final = {
    **dict.fromkeys(".!?\n", SENTENCE_END),
    **dict.fromkeys("([", BRACKET_OPEN),
    **dict.fromkeys(")]", BRACKET_CLOSE),
}
_BREAKS: Final = {kind: Span(brk=kind) for kind in TokenKind if kind is not TokenKind.WORD}
_SPANS_KEPT: Final = 200_000


class Glossary:
    """Concepts with their Thai and English terms, and a tagger that finds them in free text."""

    def __init__(self, concepts: Mapping[str, Concept], lexicon: Mapping[str, Term], segmenter: ThaiSegmenter) -> None:
        self._concepts = dict(concepts)
        self._lexicon = dict(lexicon)
        self._segment = segmenter
        self._max_words = _MAX_TERM_WORDS
        # Every beginning of a key: the longest match stops extending as soon as no key can follow.
        self._prefixes = frozenset(key[:n] for key in self._lexicon for n in range(1, len(key) + 1))
        self._ancestors: dict[str, tuple[tuple[str, int], ...]] = {}
        self._lineage: dict[str, frozenset[str]] = {}  # a concept and its ancestors: `is_a` is asked very often
        self._finished: dict[str, bool] = {}
        self._spans: dict[tuple[str, bool], Span] = {}
        self.tag = lru_cache(maxsize=200_000)(self._tag)
        self._tag_clause = lru_cache(maxsize=200_000)(self._tag_words)

    @property
    def concepts(self) -> Mapping[str, Concept]:
        return self._concepts

    @property
    def term_count(self) -> int:
        return len(self._lexicon)

    @property
    def terms(self) -> Mapping[str, Term]:
        """Every normalised term key and what it stands for."""
        return self._lexicon

    def concept(self, concept_id: str) -> Concept:
        return self._concepts[concept_id]

    def kinds(self, term: Term) -> set[ConceptKind]:
        """The kinds of the concepts `term` names (empty for a cue)."""
        return {self._concepts[c].kind for c in term.concepts}

    def label(self, concept_id: str, lang: str) -> str:
        return self._concepts[concept_id].label(lang)

    def lookup(self, term: str) -> Term | None:
        """The term a single glossary entry text stands for (after normalisation), if any."""
        return self._lexicon.get(_key_of(tokenise(term, self._segment)))

    def forget_texts(self) -> None:
        """Empty the tagging caches (a large fit fills them with text it will not see again)."""
        self.tag.cache_clear()
        self._tag_clause.cache_clear()
        self._spans.clear()

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

    def is_finished(self, concept_id: str) -> bool:
        """Finished goods (a bag, a shirt, a sheet), as opposed to inputs such as fabric or yarn."""
        found = self._finished.get(concept_id)
        if found is None:
            concepts = self._concepts
            found = self._finished[concept_id] = concepts[concept_id].finished or any(
                concepts[a].finished for a, _ in self.ancestors(concept_id)
            )
        return found

    def is_a(self, concept_id: str, ancestor: str) -> bool:
        lineage = self._lineage.get(concept_id)
        if lineage is None:
            lineage = self._lineage[concept_id] = frozenset((concept_id, *(a for a, _ in self.ancestors(concept_id))))
        return ancestor in lineage

    def _tag(self, text: str) -> tuple[Span, ...]:
        """Tag clause by clause: terms never span punctuation, and clauses repeat across phrases."""
        spans: list[Span] = []
        romanised = _romanised_thai(text)
        parts = _CLAUSE_BREAKS_KEPT.split(without_counting_marks(text))  # clause, mark, clause, …
        for n in range(0, len(parts), 2):
            if n:
                spans.append(_MARKED_BREAKS.get(parts[n - 1], _BREAK))
            spans.extend(self._tag_clause(parts[n], romanised))
        return tuple(spans)

    def _tag_words(self, text: str, romanised: bool = False) -> tuple[Span, ...]:
        tokens = tokenise(text, self._segment)
        prefixes = self._prefixes
        spans: list[Span] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.kind is not TokenKind.WORD:
                spans.append(_BREAKS[token.kind])
                i += 1
                continue
            end, key = self._longest_key(tokens, i) if token.key in prefixes else (i + 1, token.key)
            spans.append(self._span(key, token.thai or romanised))
            i = end
        return tuple(spans)

    def _longest_key(self, tokens: list[Token], start: int) -> tuple[int, str]:
        """The longest run of words from `start` that is a glossary key (where it ends, and the key), else
        the first word alone."""
        prefixes, lexicon = self._prefixes, self._lexicon
        found = (start + 1, tokens[start].key)
        key = ""
        for end in range(start, min(len(tokens), start + self._max_words)):
            token = tokens[end]
            if token.kind is not TokenKind.WORD or (end > start and token.after_number):
                break
            key += token.key
            if key not in prefixes:
                break  # no key goes on from here
            if key in lexicon:
                found = (end + 1, key)
        return found

    def _span(self, key: str, thai: bool) -> Span:
        """The span of a glossary key or of an unknown word (never a key); words recur, so one span each is kept."""
        span = self._spans.get((key, thai))
        if span is None:
            if len(self._spans) >= _SPANS_KEPT:
                self._spans.clear()
            span = self._spans[(key, thai)] = Span(key, self._lexicon.get(key), thai)
        return span


def _romanised_thai(text: str) -> bool:
    """Whether `text` is Thai written in Latin letters (see `_ROMANISED_THAI`)."""
    words = _LATIN_WORD.findall(text.casefold())
    found = {w for w in words if w in _ROMANISED_THAI}
    return len(found) >= _ROMANISED_AT_LEAST and 2 * sum(w in _ROMANISED_THAI for w in words) > len(words)


def _key_of(tokens: Iterable[Token]) -> str:
    return "".join(t.key for t in tokens)


def _strings(entry: Mapping[str, Any], field: str) -> list[str]:
    value = entry.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GlossaryError(f"{entry.get('id', entry)!r}: {field!r} must be a list of strings")
    return list(value)


def _finished_ids(concepts: Mapping[str, Concept]) -> frozenset[str]:
    """The concepts that are finished goods, themselves or by a concept they are a kind of (as
    `Glossary.is_finished` answers once the glossary is built; the word cutter is needed first)."""
    found: dict[str, bool] = {}

    def finished(cid: str, seen: frozenset[str]) -> bool:
        if cid not in found:
            concept = concepts.get(cid)
            found[cid] = concept is not None and (
                concept.finished or any(p not in seen and finished(p, seen | {cid}) for p in concept.parents)
            )
        return found[cid]

    return frozenset(cid for cid in concepts if finished(cid, frozenset()))


def build_glossary(data: Mapping[str, Any]) -> Glossary:
    """Validate glossary data (the JSON document's structure) and index its terms."""
    problems: list[str] = []
    raw_concepts = data.get("concepts", [])
    compounds = data.get("compounds", [])
    cues = data.get("cues", [])

    meanings: dict[str, set[str]] = {}  # each Thai term's concepts (or cue), for the word cutter
    for entry in (*raw_concepts, *compounds, *cues):
        meant = {str(entry["id"])} if "id" in entry else {f"cue:{entry['cue']}"} if "cue" in entry else set()
        meant |= {str(c) for c in entry.get("concepts", ())}
        for field in ("th", "mod"):
            for t in _strings(entry, field):
                if key := normalise(t).replace(" ", ""):
                    meanings.setdefault(key, set()).update(meant)
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
            finished=bool(entry.get("finished", False)),
            describing_en=next(iter(_strings(entry, "mod")), None),
        )

    for concept in concepts.values():
        refs = [*concept.parents, *concept.implies, *(a for pair in concept.recasts for a in pair)]
        if concept.as_goods is not None:
            refs.append(concept.as_goods)
        problems.extend(f"{concept.id}: refers to unknown concept {r!r}" for r in refs if r not in concepts)
    problems.extend(_cycles(concepts))
    segmenter = newmm_segmenter(meanings, {k: frozenset(v) for k, v in meanings.items()}, _finished_ids(concepts))

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
        elif not held.same_as(term):
            problems.append(f"term {text!r} ({where}) clashes with the same key in {origin[key]}")

    for entry in raw_concepts:
        cid = str(entry.get("id", ""))
        if cid not in concepts:
            continue
        goods = cid if concepts[cid].kind.names_goods else None
        for text in (*_strings(entry, "en"), *_strings(entry, "th")):
            add(text, Term(concepts=(cid,), goods=goods), cid)
        for text in _strings(entry, "mod"):
            add(text, Term(concepts=(cid,), modifier_only=True), cid)
    for n, entry in enumerate(compounds):
        ids = tuple(_strings(entry, "concepts"))
        unknown = [c for c in ids if c not in concepts]
        if not ids or unknown:
            problems.append(f"compound #{n} refers to unknown concepts {unknown or ids}")
            continue
        goods = ids[0] if concepts[ids[0]].kind.names_goods else None
        work_first = entry.get("work_first") is True
        for text in (*_strings(entry, "en"), *_strings(entry, "th")):
            add(text, Term(concepts=ids, goods=goods, work_first=work_first), f"compound {'+'.join(ids)}")
    for entry in cues:
        try:
            cue = CueKind(entry.get("cue"))
        except ValueError:
            problems.append(f"unknown cue kind {entry.get('cue')!r}")
            continue
        for text in (*_strings(entry, "en"), *_strings(entry, "th")):
            add(text, Term(cue=cue), f"cue {cue}")

    for entry in data.get("forms", []):
        for text, term in _form_terms(entry, raw_concepts, concepts, problems):
            key = _key_of(tokenise(text, segmenter))
            lexicon.setdefault(key, term)  # a term spelt out in the glossary keeps its own meaning

    if problems:
        raise GlossaryError("glossary data is inconsistent:\n  " + "\n  ".join(problems))
    return Glossary(concepts, lexicon, segmenter)


def _form_terms(
    entry: Mapping[str, Any],
    raw_concepts: Iterable[Mapping[str, Any]],
    concepts: Mapping[str, Concept],
    problems: list[str],
) -> Iterable[tuple[str, Term]]:
    """A form word written against a fibre material names goods of it: "ฝ้ายเส้น", "เส้นกัญชง" are yarn.

    Thai puts the word on either side of the material, with no space. Only materials
    under the entry's roots whose bare name stands for fibre or yarn take it (not
    sedge or water hyacinth, whose strips make mats).
    """
    goods, roots = str(entry.get("goods", "")), _strings(entry, "of")
    unknown = [c for c in (goods, *roots) if c not in concepts]
    if unknown:
        problems.append(f"form of {goods!r} refers to unknown concepts {unknown}")
        return
    for raw in raw_concepts:
        concept = concepts.get(str(raw.get("id", "")))
        if concept is None or not any(_descends(concepts, concept.id, r) for r in roots):
            continue
        if concept.as_goods is None or not any(_descends(concepts, concept.as_goods, s) for s in ("fibre", "yarn")):
            continue
        term = Term(concepts=(goods, concept.id), goods=goods)
        for word in _strings(entry, "th"):
            for name in _strings(raw, "th"):
                yield name + word, term
                yield word + name, term


def _descends(concepts: Mapping[str, Concept], concept_id: str, ancestor: str) -> bool:
    seen: set[str] = set()
    frontier = [concept_id]
    while frontier:
        current = frontier.pop()
        if current == ancestor:
            return True
        if current not in seen and current in concepts:
            seen.add(current)
            frontier.extend(concepts[current].parents)
    return False


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
