"""The incremental match index: every live SME's top-k suppliers and top-k buyers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from services.matcher.scoring import bulk
from services.matcher.scoring.catalogue import Catalogue, Weights
from services.matcher.scoring.export import ExportedHalf, RowFacts, export
from services.matcher.scoring.features import FeatureWeights
from services.matcher.scoring.half import Half
from services.matcher.scoring.materials import MaterialClasses
from services.matcher.scoring.model import Match, Profile
from services.matcher.scoring.parallel import Executor, InProcess
from services.matcher.scoring.reading import PhraseReader
from services.matcher.scoring.reasons import ReasonWriter
from services.matcher.scoring.rules import FitWeights, PairRules
from services.matcher.scoring.signatures import Similarity, SimilarityGraph
from services.matcher.scoring.suggestions import Suggestions
from shared.glossary import Glossary


@dataclass(frozen=True, slots=True)
class _Fitted:
    """Everything `fit` builds: the catalogue and both halves reading it."""

    catalogue: Catalogue
    suppliers: Half  # each SME's suppliers (rows are buyers)
    buyers: Half  # each SME's buyers (rows are suppliers)

    @property
    def halves(self) -> tuple[Half, Half]:
        return self.suppliers, self.buyers


class MatchIndex:
    """Scores supplier -> buyer pairs and keeps each SME's top-k lists up to date.

    Hyperparameters are set in `__init__`; `fit` learns the vocabulary weights and
    builds every list; `upsert`, `remove` and `decline` then keep the lists
    current without a rebuild. A new index is an empty fitted one.

    `executor` spreads large fits (see `parallel`; default: all in-process);
    `reader` lets successive indexes share one phrase reader and its caches.
    """

    def __init__(
        self,
        k: int = 10,
        *,
        min_similarity: float = 0.05,
        coverage: float = 0.3,
        material_mismatch: float = 0.4,
        max_links: int = 150,
        buffer: int = 5,
        feature_weights: FeatureWeights | None = None,
        fit_weights: FitWeights | None = None,
        other_weight: float = 0.8,
        market_offer_weight: float = 0.9,
        glossary: Glossary | None = None,
        reader: PhraseReader | None = None,
        executor: Executor | None = None,
    ) -> None:
        self.k = _positive_k(k)
        self.min_similarity = min_similarity
        self.coverage = coverage
        self.material_mismatch = material_mismatch
        self.max_links = max_links
        self.buffer = buffer
        self.feature_weights = feature_weights or FeatureWeights()
        self.fit_weights = fit_weights or FitWeights()
        self.other_weight = other_weight
        self.market_offer_weight = market_offer_weight
        self.reader = reader or PhraseReader(glossary)
        self.executor: Executor = executor or InProcess()
        self.fitted_ = self._build({}, ())

    # ================================================================== building

    def fit(self, profiles: Iterable[Profile], declined: Iterable[tuple[str, str]] = ()) -> MatchIndex:
        """(Re)learn feature weights from `profiles` and rebuild all top-k lists.

        Rows follow the SMEs' ids, not the order they came in: ties are broken by row, so two
        replicas that read the topic's partitions interleaved differently fit the same lists."""
        latest = {p.id: p for p in profiles}
        latest = dict(sorted(latest.items()))
        with self.executor.bulk():
            self.fitted_ = self._build(latest, declined)
        return self

    def rebuild(self) -> MatchIndex:
        """Recompute every list from the current index, keeping the fitted feature weights."""
        with self.executor.bulk():
            bulk.rebuild(self.fitted_.halves, self.executor)
        return self

    def use_fit_weights(self, weights: FitWeights) -> MatchIndex:
        """Score the soft fit with `weights` (e.g. learned from outcomes, `learning`) and rebuild every list.

        Readings, vocabulary and similarity graph are kept: only the pair factor changes.
        """
        self.fit_weights = weights
        self.fitted_.catalogue.rules.set_weights(weights)
        return self.rebuild()

    def _build(self, profiles: dict[str, Profile], declined: Iterable[tuple[str, str]]) -> _Fitted:
        glossary = self.reader.glossary
        rules = PairRules(self.fit_weights)
        materials = MaterialClasses(glossary)
        similarity = Similarity(self.min_similarity, self.coverage)
        graph = SimilarityGraph(similarity, self.material_mismatch, materials, self.max_links)
        weights = Weights(other=self.other_weight, market_offer=self.market_offer_weight)
        catalogue = Catalogue(self.reader, rules, self.feature_weights, graph, materials, weights)
        for pair in declined:
            catalogue.note_decline(*pair)
        catalogue.load(profiles, self.executor)
        suggestions = Suggestions(catalogue, ReasonWriter(glossary, rules))
        fitted = _Fitted(
            catalogue,
            Half(catalogue, suggestions, self.k, self.buffer, suppliers=True),
            Half(catalogue, suggestions, self.k, self.buffer, suppliers=False),
        )
        for half in fitted.halves:
            half.lists.ensure(len(catalogue.records))
        bulk.rebuild(fitted.halves, self.executor)
        return fitted

    # ================================================================== keeping lists current

    def upsert(self, profile: Profile) -> list[Match]:
        """Index a new or changed SME; returns the pairs that newly entered any top-k list.

        Each returned match is addressed to the owner of the list it entered
        (`recipient_id`). An edit that changes nothing scoring reads returns [].
        """
        catalogue, halves = self.fitted_.catalogue, self.fitted_.halves
        row = catalogue.ids.get(profile.id)
        changed = row is not None and catalogue.records[row].alive
        if row is not None and changed and catalogue.records[row].profile.matching_key() == profile.matching_key():
            catalogue.records[row].profile = profile
            return []
        if row is None:
            row = catalogue.new_row(profile.id)
        for half in halves:
            half.lists.ensure(row + 1)
        # Per half: what the lists this update touches showed before it, and the lists holding the SME.
        shown = [{row: half.lists.top_partners(row)} for half in halves]
        held = [half.holding(row) if changed else [] for half in halves]
        if changed:
            catalogue.detach(row)
        catalogue.attach(row, profile)
        for half in halves:
            half.attached(row)

        for half, holders, before in zip(halves, held, shown, strict=True):
            half.store(row, half.search(row, half.lists.capacity))
            for owner in holders:
                if owner != row:
                    before.setdefault(owner, half.lists.top_partners(owner))
                    half.rescore(owner, row)
        entered = [
            half.match(owner, entry)
            for half, before in zip(halves, shown, strict=True)
            for owner, partners in before.items()
            for entry in half.lists.top(owner)
            if entry.partner not in partners
        ]
        for half, holders in zip(halves, held, strict=True):
            entered += half.enter(row, set(holders))
        return entered

    def remove(self, sme_id: str) -> None:
        """Erase an SME: it leaves every list, and the lists it leaves refill."""
        catalogue, halves = self.fitted_.catalogue, self.fitted_.halves
        row = catalogue.live_row(sme_id)
        if row is None:
            return
        held = [half.holding(row) for half in halves]
        catalogue.detach(row)
        for half, holders in zip(halves, held, strict=True):
            half.store(row, ())
            for owner in holders:
                half.drop(owner, row)

    def decline(self, supplier_id: str, buyer_id: str) -> None:
        """Never suggest this pair again; lists that held it refill."""
        catalogue = self.fitted_.catalogue
        catalogue.note_decline(supplier_id, buyer_id)
        supplier, buyer = catalogue.live_row(supplier_id), catalogue.live_row(buyer_id)
        if supplier is None or buyer is None:
            return
        self.fitted_.suppliers.drop(buyer, supplier)
        self.fitted_.buyers.drop(supplier, buyer)

    # ================================================================== reading

    def suppliers_of(self, sme_id: str, k: int | None = None) -> list[Match]:
        """Up to k SMEs that could supply `sme_id`'s needs, best first ([] for an unknown id)."""
        return self._list(self.fitted_.suppliers, sme_id, k)

    def buyers_of(self, sme_id: str, k: int | None = None) -> list[Match]:
        """Up to k SMEs that could buy `sme_id`'s offers, best first ([] for an unknown id)."""
        return self._list(self.fitted_.buyers, sme_id, k)

    def export(self, rows: Sequence[int] | None = None, facts: RowFacts | None = None) -> list[ExportedHalf]:
        """Every visible list at once, suppliers then buyers, rows in `row_of` order; or only the lists of
        `rows`, in their order, with `facts` from `row_facts` made once for several parts (see `export`)."""
        return export(self.fitted_.halves, rows, facts)

    def row_facts(self) -> RowFacts:
        """What reasons read of every row, for exporting the lists in parts (`export`)."""
        return RowFacts(self.fitted_.catalogue)

    def row_of(self, sme_id: str) -> int | None:
        """The catalogue row of a live SME: its place in `export`."""
        return self.fitted_.catalogue.live_row(sme_id)

    def _list(self, half: Half, sme_id: str, k: int | None) -> list[Match]:
        want = self.k if k is None else _positive_k(k)
        row = self.fitted_.catalogue.live_row(sme_id)
        if row is None:
            return []
        entries = half.lists.top(row)[:want] if want <= self.k else half.search(row, want)
        return [half.match(row, e) for e in entries]

    def __len__(self) -> int:
        return sum(1 for r in self.fitted_.catalogue.records if r.alive)

    def __contains__(self, sme_id: object) -> bool:
        return isinstance(sme_id, str) and self.fitted_.catalogue.live_row(sme_id) is not None


def _positive_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    return k
