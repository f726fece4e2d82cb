"""Normalisation and tokenisation of Thai and English free text.

Thai has no spaces between words: Thai runs are cut with newmm (nlpo3, the
Rust port of PyThaiNLP's engine, or PyThaiNLP's own where nlpo3 has no wheel)
over PyThaiNLP's dictionary plus every Thai glossary term, so glossary terms
come out as whole words. English words are lower-cased and singularised. Keys of
multi-word terms are the concatenation of their tokens' keys, which makes
"hand-spun", "hand spun" and "handspun" (or any cut of a Thai term) the same key.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Final, NamedTuple


class TokenKind(StrEnum):
    WORD = "word"
    BREAK = "break"  # punctuation that ends a noun phrase: , ; ( ) / " - "
    SOFT_BREAK = "soft_break"  # a space between two Thai words: Thai writers use it like a comma


class Token(NamedTuple):
    kind: TokenKind
    key: str = ""
    thai: bool = False
    after_number: bool = False  # a word right after a dropped number ("min 2 t"): it never joins the word before


_SOFT_BREAK: Final = Token(TokenKind.SOFT_BREAK)
_HARD_BREAK: Final = Token(TokenKind.BREAK)
_AND: Final = Token(TokenKind.WORD, "and")


_THAI_CHAR: Final = re.compile("[\u0e00-\u0e7f]")
_THAI, _WORD, _SPACE = 1, 2, 3  # group numbers in _SCAN
_SCAN: Final = re.compile(
    r"(?P<thai>[\u0e00-\u0e7f]+)|(?P<word>[0-9a-z\u00c0-\u024f]+)|(?P<space>\s+)|(?P<punct>.)", re.DOTALL
)
_JOINERS: Final = frozenset("-‐‑")  # a hyphen inside a word joins ("t-shirt"); spaced, it separates
_BREAKS: Final = frozenset(',;:()[]{}/|\\"“”.!?•·–—*#=<>\n')
_THAI_DIGITS: Final = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")  # official Thai writes its own numerals
_DROPPED: Final = re.compile("['’`´®™©\u200b\u200c\u200d\ufeff]")
# Plural forms whose singular means something else, or that have no singular.
_KEEP_PLURAL: Final = frozenset(
    {
        "shorts",
        "scrubs",
        "clothes",
        "pants",
        "jeans",
        "wovens",  # woven cloth, as "knits" is knitted cloth; "woven" is how cloth is made
        "tights",
        "leggings",
        "overalls",
        "trousers",
        "chinos",
        "joggers",
        "news",
        "series",
        "species",
        "lens",
        "gas",
        "bus",
        "yes",
        "this",
        "his",
        "is",
        "as",
        "us",
        "its",
        "was",
        "has",
        "does",
        "goes",
        "less",
        "thus",
        "plus",
        "sms",
    }
)


_WORD_CACHE: Final = 500_000
_WORD_TOKENS: dict[str, Token | None] = {}  # an English word's token (None: a number)
_THAI_TOKENS: dict[tuple[str, object], tuple[Token, ...]] = {}  # a Thai run's tokens, per segmenter


def normalise(text: str) -> str:
    """NFKC, case-folded, with apostrophes and invisible characters removed."""
    return _DROPPED.sub("", unicodedata.normalize("NFKC", text).casefold()).translate(_THAI_DIGITS)


def singular(word: str) -> str:
    if word in _KEEP_PLURAL or len(word) <= 3 or not word.endswith("s") or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


def is_thai(text: str) -> bool:
    return bool(_THAI_CHAR.search(text))


ThaiSegmenter = Callable[[str], list[str]]


def newmm_segmenter(
    extra_words: Iterable[str],
    meanings: Mapping[str, frozenset[str]] | None = None,
    goods: frozenset[str] = frozenset(),
) -> ThaiSegmenter:
    """A cached newmm word cutter that knows PyThaiNLP's dictionary plus `extra_words`.

    It is nlpo3, the Rust port of PyThaiNLP's newmm, about five times faster; where
    nlpo3 has no wheel (Linux on ARM), PyThaiNLP's own newmm, which cuts alike.
    With `meanings` (what each extra word means), overlapping words are cut as
    `_overlaps_resolved` says. A dictionary word made of a term naming one of the `goods` concepts and
    other whole words is left out of the dictionary (`_without_swallowed_goods`).
    """
    dictionary = pythainlp_words()
    if meanings:
        dictionary = _without_hidden_terms(dictionary, meanings)
        dictionary = _without_swallowed_goods(dictionary, meanings, goods)
    words = sorted(dictionary | {w for w in extra_words if w})
    try:
        raw = rust_newmm(words)
    except ImportError:
        raw = python_newmm(words)

    def cut_run(run: str) -> tuple[str, ...]:
        pieces = _marks_joined(raw(run))
        return _overlaps_resolved(pieces, meanings) if meanings else pieces

    cut = lru_cache(maxsize=200_000)(cut_run)  # not a decorated inner function: mypyc compiles this module

    def segment(run: str) -> list[str]:
        return list(cut(run))

    return segment


def rust_newmm(words: list[str]) -> ThaiSegmenter:
    """nlpo3 over `words`. It loads a dictionary from a file under a name and keeps it for the life of
    the process, so the name is the words' digest: the same words are loaded once."""
    import nlpo3

    listed = "\n".join(words)
    name = "newmm-" + hashlib.blake2b(listed.encode(), digest_size=12).hexdigest()
    if name not in _LOADED_DICTIONARIES:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
            handle.write(listed)
        try:
            message, loaded = nlpo3.load_dict(handle.name, name)
        finally:
            os.unlink(handle.name)
        if not loaded and "already exists" not in message:
            raise RuntimeError(f"cannot load the Thai dictionary: {message}")
        _LOADED_DICTIONARIES.add(name)
    return lambda run: nlpo3.segment(run, name)


def python_newmm(words: list[str]) -> ThaiSegmenter:
    """PyThaiNLP's newmm over `words`."""
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    trie = dict_trie(words)
    return lambda run: word_tokenize(run, custom_dict=trie, engine="newmm", keep_whitespace=False)


def pythainlp_words() -> frozenset[str]:
    """PyThaiNLP's dictionary (its `thai_words()`), read from the file it ships: importing the package,
    which only this list is needed from, costs a tenth of a second at every start."""
    spec = importlib.util.find_spec("pythainlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PyThaiNLP is not installed: its dictionary cuts Thai text into words")
    listed = Path(spec.submodule_search_locations[0], "corpus", "words_th.txt").read_text(encoding="utf-8-sig")
    # In the NFKC form text is cut in (`normalise`): its words are written with SARA AM ("ำ") as NIKHAHIT and
    # SARA AA, which text never holds after NFKC; as listed, "จำเป็น" or "น้ำ" would not be found in "จําเป็น".
    return frozenset(unicodedata.normalize("NFKC", word) for word in listed.splitlines() if word)


def _without_hidden_terms(words: frozenset[str], meanings: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The dictionary without its words written with SARA AM that start with a term of the glossary
    ("กางเกงว่ายน้ํา", "ชุดลําลอง", "ฝ้ายสําลี"): cut whole, they would hide the term. Before the
    dictionary was read in NFKC such words were never found, so text around them was cut at the terms.
    Only a start counts: a Thai compound names its head first, and a term met later in a word is mostly a
    syllable of another word ("ตาล" in "น้ําตาล", brown; "ลาย" in "ละลาย", to dissolve)."""
    named = {k for k, meant in meanings.items() if _names_a_concept(meant) and len(k) >= 3}
    longest = max(map(len, named), default=0)

    def hides_a_term(word: str) -> bool:
        # after a prefix that makes a noun ("ผู้ให้คําปรึกษา", "นักกายภาพบําบัด"), the term starts the rest
        rest = next((word[len(p) :] for p in _NOUN_PREFIXES if word.startswith(p)), "")
        return any(word[:n] in named for n in range(3, min(longest, len(word) - 1) + 1)) or any(
            rest[:n] in named for n in range(3, min(longest, len(rest)) + 1)
        )

    return frozenset(w for w in words if _SARA_AM not in w or w in meanings or not hides_a_term(w))


def _without_swallowed_goods(
    words: frozenset[str], meanings: Mapping[str, frozenset[str]], goods: frozenset[str]
) -> frozenset[str]:
    """The dictionary without its words that are a term naming goods followed by another word
    ("เสื้อแขนยาว", long-sleeved shirt: "เสื้อ" + "แขนยาว"): cut whole, the word hides the goods it names
    first, as a Thai compound does. A word the glossary itself lists stays, and so does one whose rest is
    nothing but whole words ("เปล่า" is not "เปล" + "่า")."""
    heads = {k for k, meant in meanings.items() if len(k) >= 3 and meant & goods}
    if not heads:
        return words
    longest = max(map(len, heads))

    def words_only(rest: str) -> bool:  # `rest` cuts into known words with nothing left over
        whole = [True] + [False] * len(rest)
        for end in range(1, len(rest) + 1):
            whole[end] = any(whole[at] and (rest[at:end] in words or rest[at:end] in meanings) for at in range(end))
        return whole[-1]

    def swallows_goods(word: str) -> bool:
        return any(word[:n] in heads and words_only(word[n:]) for n in range(3, min(longest, len(word) - 2) + 1))

    return frozenset(w for w in words if w in meanings or not swallows_goods(w))


_NOUN_PREFIXES: Final = tuple(unicodedata.normalize("NFKC", p) for p in ("ผู้", "นัก", "การ", "ความ"))


def _names_a_concept(meant: frozenset[str] | None) -> bool:
    return any(not m.startswith("cue:") for m in meant or ())


_SARA_AM: Final = unicodedata.normalize("NFKC", "\u0e33")  # nikhahit + sara aa


def _overlaps_resolved(words: tuple[str, ...], meanings: Mapping[str, frozenset[str]]) -> tuple[str, ...]:
    """Where two terms overlap ("รังไหม", cocoons, and "ไหมอีรี่", eri silk, in "รังไหมอีรี่"), the cut
    may leave a word no term knows before a term. It is cut again so that both pieces are terms, when
    the pieces still mean all the term meant ("ขูด" + "ใยกล้วย" stays: "ขูดใย" + "กล้วย" loses the fibre).
    So are two words neither of them a term ("กระสอบ" + "ข้าวเก่า", old rice) that cut otherwise are two
    terms naming concepts ("กระสอบข้าว", rice sacks, + "เก่า", used), and a term followed by a word no
    term knows ("ถุง" + "มือเก่า": "ถุงมือ" + "เก่า")."""
    cut = list(words)
    for i in range(len(cut) - 1):
        before, term = cut[i], cut[i + 1]
        meant = meanings.get(term)
        if before in meanings:
            if term not in meanings:  # a term cut short ("ถุง" + "มือเก่า"): "ถุงมือ", gloves, + "เก่า", used
                cut[i : i + 2] = _recut(before, term, meanings, None)
            continue
        if meant or term not in meanings:
            cut[i : i + 2] = _recut(before, term, meanings, meant)
    return tuple(cut)


def _recut(before: str, after: str, meanings: Mapping[str, frozenset[str]], meant: frozenset[str] | None) -> list[str]:
    """The first cut of `before` + `after` into two terms that still mean all `after` meant (or, where it
    meant nothing, that both name concepts); else the two words as they were."""
    for k in range(1, len(after)):
        left, right = meanings.get(before + after[:k]), meanings.get(after[k:])
        fits = (
            bool(left and right and meant <= left | right)
            if meant
            else _names_a_concept(left) and _names_a_concept(right)
        )
        if fits:
            return [before + after[:k], after[k:]]
    return [before, after]


_LOADED_DICTIONARIES: set[str] = set()
# Vowel and tone marks written above or below a consonant: no word starts with one. Not the nikhahit
# (U+0E4D): NFKC splits sara am into nikhahit + sara aa, and both engines cut that pair off alike.
_COMBINING_MARK: Final = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4c\u0e4e]")


def _marks_joined(words: list[str]) -> tuple[str, ...]:
    """nlpo3 sometimes cuts a final silent mark off its word ("เนียร" + "์"); it belongs to the word before."""
    joined: list[str] = []
    for word in words:
        if joined and _COMBINING_MARK.match(word):
            joined[-1] += word
        else:
            joined.append(word)
    return tuple(joined)


def tokenise(text: str, segment_thai: ThaiSegmenter) -> list[Token]:
    """Tokens of normalised `text`; numbers are dropped (quantities never describe goods)."""
    text = normalise(text)
    tokens: list[Token] = []
    pending_space = False
    after_number = False  # a Thai word counting what a number counts is a classifier: "40 ชุด" is 40 sets
    number_gap = False  # a bare number was dropped since the last token: "min 2 t" is not "mint"
    for match in _SCAN.finditer(text):
        group = match.lastindex
        piece = match.group()
        if group == _SPACE:
            pending_space = True
            continue
        counted, after_number = after_number, group == _WORD and piece.isdigit()
        if group == _THAI:
            if pending_space and tokens and tokens[-1].thai:
                tokens.append(_SOFT_BREAK)
            words = _thai_tokens(piece, segment_thai)
            tokens.extend(words[1:] if counted and words and words[0].key in _CLASSIFIERS else words)
            number_gap = False
        elif piece in ".," and counted and _between_digits(text, match.start()):
            after_number = True  # "2,000 ชุด", "3.5 ฟุต"
        elif group == _WORD:
            word = _WORD_TOKENS.get(piece)
            if word is None:
                unit = _without_count(piece)  # "240gsm", "150d": the unit after a number, the number dropped
                counted_unit = unit != piece  # "12y", "240gsm": never joins the word before ("to 12Y" is not "toy")
                word = (
                    None
                    if unit.isdigit() or _DIMENSIONS.fullmatch(unit)
                    else Token(TokenKind.WORD, singular(unit), after_number=counted_unit)
                )
                _WORD_TOKENS[piece] = word
                if len(_WORD_TOKENS) > _WORD_CACHE:
                    _WORD_TOKENS.clear()
            if word is None:
                number_gap = True
            elif word.key in _SIZES_AFTER_A_NUMBER and (number_gap or word.after_number):
                number_gap = False  # "325 mesh", "800mesh": a powder's sieve size, not mesh cloth
            else:
                tokens.append(word._replace(after_number=True) if number_gap and tokens else word)
                number_gap = False
        elif piece in _JOINERS:
            following = text[match.end() : match.end() + 1]
            if pending_space or not following or following.isspace():
                tokens.append(_HARD_BREAK)
        elif piece == "&" or piece == "+":
            tokens.append(_AND)
        elif piece in _BREAKS and not (piece in ".," and _between_digits(text, match.start())):
            tokens.append(_HARD_BREAK)
        pending_space = False
    return tokens


# English words that after a number give a size, not goods ("charcoal powder 325 mesh").
_SIZES_AFTER_A_NUMBER: Final = frozenset({"mesh"})

# Thai classifiers that are also nouns: after a number they count ("จำนวน 40 ชุด", "100 ใบ", "20 ถุง",
# "400 เส้นด้าย", a thread count, "6 เครื่อง"), they do not name goods (an outfit, a leaf, a bag, yarn, a machine).
_CLASSIFIERS: Final = frozenset(
    {"ชุด", "ใบ", "ถุง", "กล่อง", "ห่อ", "ลูก", "ถัง", "กระสอบ", "เส้น", "ม้วน", "ผืน", "ตัว", "คู่", "เส้นด้าย", "เครื่อง", "เมช"}
)


def _thai_tokens(run: str, segment_thai: ThaiSegmenter) -> tuple[Token, ...]:
    key = (run, segment_thai)
    found = _THAI_TOKENS.get(key)
    if found is None:
        found = tuple(Token(TokenKind.WORD, w, True) for w in segment_thai(run) if w.strip())
        if len(_THAI_TOKENS) > _WORD_CACHE:
            _THAI_TOKENS.clear()
        _THAI_TOKENS[key] = found
    return found


_COUNT_THEN_UNIT: Final = re.compile(r"[0-9]+([a-z]+)")
_DIMENSIONS: Final = re.compile(r"[0-9]+(?:x[0-9]+)+")  # "45x45", "4x8": sizes are numbers too
# "MOQ 1,200 pairs/design", "300 pcs/style": an order counted per design, not a design on offer.
_UNITS: Final = r"[0-9]+|pcs|pc|pieces?|pairs?|sets?|units?|m|metres?|meters?|yards?|yds?|kgs?|rolls?|dozens?"
_PER_SLASH: Final = re.compile(rf"\b({_UNITS})\s*/\s*(?=(?:design|style|pattern|colourway|colorway)s?\b)", re.I)
# A class or grade with its number or letter ("class I-II", "class 2", "grade A") ranks goods; it is
# neither a class that teaches nor a word to match on.
_GRADE_MARK: Final = r"(?:[0-9]+|[ivx]+|[a-d])\b"
_NUMBERED_GRADE: Final = re.compile(rf"\b(?:class|grade)\s+{_GRADE_MARK}(?:\s*[-/]\s*{_GRADE_MARK})?", re.I)
# "8 stock designs", "20 prints", "12 colourways": how many designs a range holds, not design work on offer.
# "50 mesh": the size of a net's holes, not mesh cloth.
_COUNTED_DESIGNS: Final = re.compile(
    r"\b[0-9]+\s+(?:[a-z]+\s+)?(?:designs|styles|patterns|prints|motifs|colourways|colorways)\b|\b[0-9]+\s*mesh\b",
    re.I,
)


# A slash inside a run of Latin letters joins two names as "and" ("hemp/cotton", "nylon/spandex",
# "TPU/PU"); spaced, or between numbers ("65/35", "20/1"), it still separates.
_SLASH_IN_WORDS: Final = re.compile(r"(?<=[A-Za-z])/(?=[A-Za-z])")


def without_counting_marks(text: str) -> str:
    """`text` without the marks that count or rank goods rather than name them ("per design", "class II",
    "8 designs", "50 mesh"), and with a slash between two names read as "and"."""
    # most phrases hold neither mark: a substring test is much cheaper than a search
    if any(w in text for w in ("lass", "LASS", "rade", "RADE")):
        text = _NUMBERED_GRADE.sub(" ", text)
    if "/" in text:
        text = _SLASH_IN_WORDS.sub(" & ", _PER_SLASH.sub(r"\1 per ", text))
    if any(w in text for w in ("esigns", "tyles", "atterns", "rints", "otifs", "ways", "mesh")):
        text = _COUNTED_DESIGNS.sub(" ", text)
    return text


def _without_count(word: str) -> str:
    unit = _COUNT_THEN_UNIT.fullmatch(word)
    return unit.group(1) if unit else word


def _between_digits(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def term_key(words: Iterable[Token]) -> str:
    return "".join(t.key for t in words)
