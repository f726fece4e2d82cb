"""A small, predictable stand-in for the scoring engine: shared words of offers and needs.

It has the engine's shape (fit / upsert / remove / decline / suppliers_of / buyers_of)
and, like TF-IDF, only knows the words of the profiles it was fitted on, so tests
can see what a refit changes. Scores are Jaccard overlaps, so a test can work
out the expected ranking by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from services.matcher.live_index import Engine, EngineIndex
from shared.events import Reason, SmeProfileV1


@dataclass(frozen=True)
class WordsProfile:
    id: str
    offers: frozenset[str]
    needs: frozenset[str]


@dataclass(frozen=True)
class WordsMatch:
    supplier_id: str
    buyer_id: str
    score: float
    reasons: tuple[Reason, ...]
    recipient_id: str = ""


def _words(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(w for t in texts for w in re.findall(r"\w+", t.lower()) if len(w) > 2)


def to_words_profile(p: SmeProfileV1) -> WordsProfile:
    return WordsProfile(p.id, _words(p.offers), _words(p.needs))


class OverlapIndex:
    """`only_prefix` limits matching to SMEs whose id starts with it (others are ignored)."""

    def __init__(self, k: int = 10, only_prefix: str = "") -> None:
        self.k = k
        self.only_prefix = only_prefix
        self.vocabulary_: frozenset[str] = frozenset()
        self._profiles: dict[str, WordsProfile] = {}
        self._declined: set[tuple[str, str]] = set()
        self.fit_calls = 0

    def fit(self, profiles: Iterable[WordsProfile]) -> OverlapIndex:
        self._profiles = {p.id: p for p in profiles if p.id.startswith(self.only_prefix)}
        self.vocabulary_ = frozenset().union(*(p.offers | p.needs for p in self._profiles.values()))
        self.fit_calls += 1
        return self

    def upsert(self, profile: WordsProfile) -> list[WordsMatch]:
        """Like the engine: the pairs that newly entered any top-k list, addressed to the list's owner."""
        if not profile.id.startswith(self.only_prefix):
            return []
        old = self._profiles.get(profile.id)
        # Only lists of SMEs sharing a word with the old or new profile can change.
        words = profile.offers | profile.needs | (old.offers | old.needs if old else frozenset())
        owners = {p.id for p in self._profiles.values() if (p.offers | p.needs) & words} | {profile.id}
        before = self._lists(owners)
        self._profiles[profile.id] = profile
        after = self._lists(owners)
        return [m for key, matches in after.items() for m in matches if m not in before.get(key, [])]

    def _lists(self, owners: Iterable[str]) -> dict[tuple[str, str], list[WordsMatch]]:
        lists: dict[tuple[str, str], list[WordsMatch]] = {}
        for owner in owners:
            if owner in self._profiles:
                lists[(owner, "suppliers")] = self.suppliers_of(owner)
                lists[(owner, "buyers")] = self.buyers_of(owner)
        return lists

    def remove(self, sme_id: str) -> None:
        self._profiles.pop(sme_id, None)

    def decline(self, supplier_id: str, buyer_id: str) -> None:
        self._declined.add((supplier_id, buyer_id))

    def score(self, supplier: WordsProfile, buyer: WordsProfile) -> float:
        offers, needs = supplier.offers & self.vocabulary_, buyer.needs & self.vocabulary_
        if not offers or not needs:
            return 0.0
        return len(offers & needs) / len(offers | needs)

    def _match(self, supplier: WordsProfile, buyer: WordsProfile, recipient: str) -> WordsMatch:
        shared = ", ".join(sorted(supplier.offers & buyer.needs & self.vocabulary_))
        reason = Reason(code="offer_meets_need", text_en=f"offers {shared}", text_th=f"มี {shared}")
        return WordsMatch(supplier.id, buyer.id, self.score(supplier, buyer), (reason,), recipient)

    def _ranked(self, matches: Iterable[WordsMatch], k: int | None) -> list[WordsMatch]:
        kept = [m for m in matches if m.score > 0 and (m.supplier_id, m.buyer_id) not in self._declined]
        kept.sort(key=lambda m: (-m.score, m.supplier_id, m.buyer_id))
        return kept[: self.k if k is None else k]

    def suppliers_of(self, sme_id: str, k: int | None = None) -> list[WordsMatch]:
        buyer = self._profiles.get(sme_id)
        if buyer is None:
            return []
        return self._ranked((self._match(s, buyer, sme_id) for s in self._profiles.values() if s.id != sme_id), k)

    def buyers_of(self, sme_id: str, k: int | None = None) -> list[WordsMatch]:
        supplier = self._profiles.get(sme_id)
        if supplier is None:
            return []
        return self._ranked((self._match(supplier, b, sme_id) for b in self._profiles.values() if b.id != sme_id), k)


def overlap_engine(only_prefix: str = "") -> Engine:
    def new_index(k: int) -> EngineIndex:
        return OverlapIndex(k, only_prefix)

    return Engine(new_index=new_index, to_profile=to_words_profile)
