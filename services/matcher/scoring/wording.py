"""Character n-grams of the words the glossary does not know (scikit-learn `TfidfVectorizer`).

An item's unknown words (`Item.words`: English words, and Thai runs already cut
into words by the reader's segmentation) become one short document; the
vectoriser turns it into TF-IDF weights over character n-grams taken inside
word boundaries (`analyzer="char_wb"`), so *handloom* and *handlooms*, or two
spellings of one Thai regional word, share most of their n-grams where the
exact word features share nothing.

The vocabulary and IDF are learned at `fit` (the index's refit) from every
distinct item; items first seen later are transformed with that vocabulary, so
n-grams nobody used at the last fit are left out until the next one, exactly as
unknown words are (`features`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import numpy as np

from shared.glossary import Term

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer

PREFIX = "n:"
NGRAMS = (3, 4)  # shorter n-grams are shared by unrelated words, longer ones only by the same word
_MIN_DF = 2  # an n-gram in one item only can never match anything


class CharGrams:
    """Fitted character n-gram TF-IDF of unknown words; `features` gives one item's weights."""

    def __init__(self) -> None:
        self._vectorizer: TfidfVectorizer | None = None
        self._names: list[str] = []
        self._cache: dict[tuple[str, ...], tuple[tuple[str, float], ...]] = {}

    @property
    def names(self) -> list[str]:
        """Feature names of the fitted vocabulary (prefixed), in column order."""
        return self._names

    def fit(self, word_sets: Iterable[tuple[str, ...]]) -> None:
        docs = list(dict.fromkeys(words for words in word_sets if words))
        self._cache = {}
        self._vectorizer = None
        self._names = []
        if len(docs) < _MIN_DF:
            return
        from sklearn.feature_extraction.text import TfidfVectorizer  # loaded only when n-grams are in use

        vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=NGRAMS, min_df=_MIN_DF, lowercase=True, dtype=np.float32
        )
        try:
            matrix = vectorizer.fit_transform(" ".join(words) for words in docs)
        except ValueError:  # no n-gram used twice
            return
        self._vectorizer = vectorizer
        self._names = [PREFIX + name for name in vectorizer.get_feature_names_out().tolist()]
        matrix = matrix.tocsr()
        for row, words in enumerate(docs):  # the fit's own items, transformed in one go
            self._cache[words] = self._row(matrix.indices[matrix.indptr[row] : matrix.indptr[row + 1]],
                                           matrix.data[matrix.indptr[row] : matrix.indptr[row + 1]])  # fmt: skip

    def features(self, words: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
        """(prefixed n-gram, L2-normalised TF-IDF weight) of one item's unknown words."""
        if not words or self._vectorizer is None:
            return ()
        found = self._cache.get(words)
        if found is None:
            row = self._vectorizer.transform([" ".join(words)]).tocsr()
            found = self._cache[words] = self._row(row.indices, row.data)
        return found

    def _row(self, cols: np.ndarray, vals: np.ndarray) -> tuple[tuple[str, float], ...]:
        return tuple(sorted((self._names[int(c)], float(v)) for c, v in zip(cols, vals, strict=True)))


class NearestTerms:
    """The glossary term an unknown word is most like, by character n-gram TF-IDF cosine.

    A word nobody wrote into the glossary but spelt close to a term it has
    (*cottton*, *recyled*, a Thai term with a letter more or less) is read as
    that term when the two share enough n-grams (`threshold`, cosine of TF-IDF
    over `NGRAMS`, the vectoriser fitted on the glossary's own terms). Words
    shorter than `min_length` characters are left alone: among short words a
    near miss is as likely another word as a misspelling.
    """

    def __init__(self, terms: Mapping[str, Term], threshold: float = 0.6, min_length: int = 5) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer  # loaded only when a reader is made

        self.threshold = threshold
        self.min_length = min_length
        chosen = sorted((k, t) for k, t in terms.items() if t.concepts and t.cue is None and len(k) >= 3)
        self._terms = [t for _, t in chosen]
        self._vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, lowercase=True, dtype=np.float32)
        self._matrix = self._vectorizer.fit_transform(k for k, _ in chosen).T.tocsr()
        self._cache: dict[str, Term | None] = {}

    def term(self, word: str) -> Term | None:
        """The nearest term, or None when none is near enough (cached per word)."""
        if len(word) < self.min_length:
            return None
        found = self._cache.get(word, _UNSEEN)
        if found is _UNSEEN:
            sims = (self._vectorizer.transform([word]) @ self._matrix).toarray().ravel()
            best = int(sims.argmax())
            found = self._terms[best] if sims[best] >= self.threshold else None
            self._cache[word] = found
        return found


_UNSEEN = Term(cue=None)  # a cache miss (None is a cached "no term near enough")
