"""Items as sparse vectors over concept features, weighted by inverse document frequency.

Features are prefixed by role: `h:` the head concept (plus its broader
concepts, decaying with distance), `a:` attributes (plus broader attributes),
`w:` words the glossary does not know. An item the glossary cannot read at all
is headed by its words (`h:w:`), so unknown terms still match the same terms.

Beside a known head, unknown words weigh nothing by default (`FeatureWeights.word`):
a word the glossary does not know can only ever match the same word in the same
script, so counting it ranks partners who write the SME's own language above
equally fitting partners who write the other one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from services.matcher.scoring.reading import Item
from services.matcher.scoring.wording import CharGrams
from shared.glossary import ConceptKind, Glossary

HEAD_PREFIX = "h:"
# Broader concepts of these describe goods too ("coated" is "finished"); a product named
# as an attribute ("banana fibre tote bag") does not make the bag a kind of fibre.
_EXPANDED_ATTRIBUTES = (ConceptKind.ATTRIBUTE, ConceptKind.MATERIAL, ConceptKind.PROCESS)


@dataclass(frozen=True, slots=True)
class FeatureWeights:
    head: float = 1.0
    ancestor_decay: float = 0.5
    material: float = 1.0  # what goods are made of decides more than how they are finished
    attribute: float = 0.7  # re-measured on sixteen labelled sets (decision 0017)
    word: float = 0.0  # unknown words beside a known head: a bonus only same-language partners could get
    # Character n-grams of unknown words (`wording`), beside a known head and as the head of an
    # item the glossary cannot read. Off: measured, they do not earn their place (decision 0014).
    ngram: float = 0.0
    ngram_head: float = 0.0


@dataclass(frozen=True, slots=True)
class Encoded:
    """An L2-normalised sparse vector; `head` marks the columns of head features."""

    cols: npt.NDArray[np.int32]
    vals: npt.NDArray[np.float32]
    head: npt.NDArray[np.bool_]

    def key(self) -> tuple[bytes, bytes]:
        """Equal for items that read alike, whatever words they were written in."""
        return self.cols.tobytes(), np.round(self.vals, 5).tobytes()


class FeatureSpace:
    def __init__(self, glossary: Glossary, weights: FeatureWeights) -> None:
        self._glossary = glossary
        self._weights = weights
        self.vocabulary: dict[str, int] = {}
        self._idf: list[float] = []
        self._unseen_idf = 1.0
        self._fitted = False
        self._raw_cache: dict[Item, dict[str, float]] = {}
        self._grams = CharGrams()

    @property
    def size(self) -> int:
        return len(self.vocabulary)

    def raw(self, item: Item) -> dict[str, float]:
        cached = self._raw_cache.get(item)
        if cached is not None:
            return cached
        w = self._weights
        g = self._glossary
        feats: dict[str, float] = {}

        def put(name: str, value: float) -> None:
            if value > feats.get(name, 0.0):
                feats[name] = value

        if item.head:
            put(HEAD_PREFIX + item.head, w.head)
            for ancestor, depth in g.ancestors(item.head):
                put(HEAD_PREFIX + ancestor, w.head * w.ancestor_decay**depth)
            if w.word > 0:
                for word in item.words:
                    put("w:" + word, w.word)
        else:
            for word in item.words:
                put(HEAD_PREFIX + "w:" + word, w.head)
        for concept, strength in item.attrs:
            kind = g.concept(concept).kind
            weight = (w.material if kind is ConceptKind.MATERIAL else w.attribute) * strength
            put("a:" + concept, weight)
            if kind in _EXPANDED_ATTRIBUTES:
                for ancestor, depth in g.ancestors(concept):
                    put("a:" + ancestor, weight * w.ancestor_decay**depth)
        self._raw_cache[item] = feats
        return feats

    def fit(self, items: Iterable[Item]) -> None:
        """Learn document frequencies over distinct readings of all offers and needs.

        A word the glossary does not know and that only one reading uses can
        never match anything: it is dropped, so a brand name or a typo does not
        make an otherwise common reading unique.
        """
        counts: dict[str, int] = {}
        n = 0
        items = list(items)
        for item in items:
            n += 1
            for name in self.raw(item):
                counts[name] = counts.get(name, 0) + 1
        self.vocabulary = {}
        self._idf = []
        for name, df in sorted(counts.items()):
            if df < 2 and _is_word(name):
                continue
            self.vocabulary[name] = len(self._idf)
            self._idf.append(math.log((1 + n) / (1 + df)) + 1.0)
        self._unseen_idf = math.log(1 + n) + 1.0
        if self._weights.ngram > 0 or self._weights.ngram_head > 0:
            self._grams.fit(item.words for item in items)
            for name in self._grams.names:  # weighted by the vectoriser's own IDF
                self.vocabulary[name] = len(self._idf)
                self._idf.append(1.0)
        self._fitted = True

    def encode(self, item: Item) -> Encoded:
        """The item's normalised vector; words unknown to the fitted vocabulary are left out."""
        kept: list[tuple[int, float, bool]] = []
        for name, value in sorted(self.raw(item).items()):
            col = self.vocabulary.get(name)
            if col is None:
                if self._fitted and _is_word(name):
                    continue
                # a concept first seen after fit: as rare as can be
                col = self.vocabulary[name] = len(self._idf)
                self._idf.append(self._unseen_idf)
            kept.append((col, value * self._idf[col], name.startswith(HEAD_PREFIX)))
        kept += self._grams_of(item)
        kept.sort()
        cols = np.fromiter((c for c, _, _ in kept), dtype=np.int32, count=len(kept))
        vals = np.fromiter((v for _, v, _ in kept), dtype=np.float32, count=len(kept))
        head = np.fromiter((h for _, _, h in kept), dtype=np.bool_, count=len(kept))
        norm = float(np.sqrt(np.dot(vals, vals)))
        if norm > 0:
            vals /= norm
        return Encoded(cols, vals, head)

    def _grams_of(self, item: Item) -> list[tuple[int, float, bool]]:
        """Columns of the item's unknown-word n-grams: head features when the glossary read no head."""
        weight = self._weights.ngram if item.head else self._weights.ngram_head
        if weight <= 0:
            return []
        return [
            (self.vocabulary[name], weight * value, not item.head) for name, value in self._grams.features(item.words)
        ]


def _is_word(feature: str) -> bool:
    """A feature made from a word the glossary does not know (as attribute or as head)."""
    return feature.startswith(("w:", HEAD_PREFIX + "w:"))
