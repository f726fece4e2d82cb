"""The incremental match index: every live SME's top-k suppliers and top-k buyers."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np

from services.matcher.scoring.collector import paused_collector
from services.matcher.scoring.features import Encoded, FeatureSpace, FeatureWeights
from services.matcher.scoring.materials import MaterialClasses
from services.matcher.scoring.members import BucketKey, BucketTable, Membership
from services.matcher.scoring.model import Match, Profile, Reason
from services.matcher.scoring.parallel import available_cores, fork_map, shared_zeros
from services.matcher.scoring.ranked import Entry, RankedLists, StagedLists
from services.matcher.scoring.reading import Intent, Item, ItemKind, PhraseReader, Side
from services.matcher.scoring.reasons import Party, ReasonWriter
from services.matcher.scoring.rules import FitWeights, PairRules
from services.matcher.scoring.selection import (
    Ranked,
    Top,
    as_arrays,
    batches,
    best_first,
    best_partners_by_row,
    linked_prefix,
    merged,
)
from services.matcher.scoring.signatures import Links, SignatureTable, SimilarityGraph
from shared.glossary import Glossary
from shared.taxonomy import CERTIFICATIONS

_CERT_BIT = {c.name: 1 << i for i, c in enumerate(CERTIFICATIONS)}
_CIRCULAR_HEADS = ("textile_waste", "plastic_feedstock")
_EXCLUSION_SLACK = 4  # extra partners ranked per reading, so an SME's own exclusions rarely force a search
_REASON_CACHE_SIZE = 200_000
_PARALLEL_FROM = 20_000  # phrases or SMEs from which a fit spreads work over processes
_CHUNKS_PER_WORKER = 8  # phrase chunks per worker: small pieces finish evenly
_BLOCK_CELLS = 1 << 19  # scores computed at once when ranking (bounds the temporary matrices)
_MEMBER_LEVEL_LIMIT = 4096  # a reading with fewer candidate partners is ranked partner by partner


@dataclass(frozen=True, slots=True)
class OfferKey:
    item: Item
    weight: float


@dataclass(frozen=True, slots=True)
class NeedKey:
    item: Item
    required: frozenset[str]  # certifications the need's text asks for
    weight: float


@dataclass(frozen=True, slots=True)
class _PhraseKeys:
    offers: tuple[OfferKey, ...]
    needs: tuple[NeedKey, ...]
    certs: frozenset[str]  # certifications the phrase claims (offers) - a need's are in its keys

    def readings(self) -> tuple[OfferKey | NeedKey, ...]:
        return (*self.offers, *self.needs)


@dataclass(frozen=True, slots=True)
class _BulkPlan:
    """What a bulk rebuild needs per row (SME), as arrays forked workers can read without copying."""

    alive: np.ndarray
    bucket: np.ndarray
    readings: np.ndarray  # number of needs (or offers) the SME's list merges
    exclusions: dict[int, set[int]]  # rows with declines: everyone they must not list (self included)
    staged: StagedLists  # where the fresh lists go


@dataclass(slots=True)
class _Record:
    profile: Profile
    alive: bool
    offers: tuple[int, ...]
    needs: tuple[int, ...]
    cert_mask: int
    supply_bucket: int
    demand_bucket: int
    party: Party


class _Touched:
    """Lists an update may change, with the partners they showed before it."""

    def __init__(self, index: MatchIndex) -> None:
        self._index = index
        self._suppliers: dict[int, set[int]] = {}
        self._buyers: dict[int, set[int]] = {}

    def suppliers(self, row: int) -> None:
        if row not in self._suppliers:
            self._suppliers[row] = self._index.supplier_lists_.top_partners(row)

    def buyers(self, row: int) -> None:
        if row not in self._buyers:
            self._buyers[row] = self._index.buyer_lists_.top_partners(row)

    def entered(self) -> list[Match]:
        """Pairs now visible in a touched list that were not visible before."""
        index = self._index
        found: list[Match] = []
        for buyer, before in self._suppliers.items():
            found += [
                index._match(e.partner, buyer, e, to_buyer=True)
                for e in index.supplier_lists_.top(buyer)
                if e.partner not in before
            ]
        for supplier, before in self._buyers.items():
            found += [
                index._match(supplier, e.partner, e, to_buyer=False)
                for e in index.buyer_lists_.top(supplier)
                if e.partner not in before
            ]
        return found


_shared_readers: dict[int, PhraseReader] = {}


def _reader_for(glossary: Glossary | None) -> PhraseReader:
    """One reader (and its phrase cache) per glossary, shared by successive fits."""
    key = id(glossary)
    reader = _shared_readers.get(key)
    if reader is None:
        reader = _shared_readers[key] = PhraseReader(glossary)
    return reader


class MatchIndex:
    """Scores supplier -> buyer pairs and keeps each SME's top-k lists up to date.

    Hyperparameters are set in `__init__`; `fit` learns the vocabulary weights and
    builds every list; `upsert`, `remove` and `decline` then keep the lists
    current without a rebuild. Attributes ending in `_` are fitted state.
    """

    def __init__(
        self,
        k: int = 10,
        *,
        min_similarity: float = 0.05,
        material_mismatch: float = 0.4,
        max_links: int = 150,
        buffer: int = 5,
        n_jobs: int | None = None,
        feature_weights: FeatureWeights | None = None,
        fit_weights: FitWeights | None = None,
        other_weight: float = 0.5,
        market_offer_weight: float = 0.9,
        glossary: Glossary | None = None,
    ) -> None:
        self.k = _positive_k(k)
        self.min_similarity = min_similarity
        self.material_mismatch = material_mismatch
        self.max_links = max_links
        self.buffer = buffer
        self.n_jobs = n_jobs  # processes for large fits; None: every core this process may use
        self.feature_weights = feature_weights or FeatureWeights()
        self.fit_weights = fit_weights or FitWeights()
        self.other_weight = other_weight
        self.market_offer_weight = market_offer_weight
        self.glossary = glossary

    # ================================================================== public API

    def fit(self, profiles: Iterable[Profile], declined: Iterable[tuple[str, str]] = ()) -> MatchIndex:
        """(Re)learn feature weights from `profiles` and rebuild all top-k lists."""
        with paused_collector():
            return self._fit(profiles, declined)

    def _fit(self, profiles: Iterable[Profile], declined: Iterable[tuple[str, str]]) -> MatchIndex:
        latest = {p.id: p for p in profiles}
        self._reset()
        phrases = {(t, Side.OFFER) for p in latest.values() for t in p.offers}
        phrases |= {(t, Side.NEED) for p in latest.values() for t in p.needs}
        self._read_in_parallel(sorted(phrases))
        items = {key.item: None for text, side in phrases for key in self._phrase(text, side).readings()}
        self.features_.fit(items)
        for pair in declined:
            self._note_decline(*pair)
        for pid, profile in latest.items():
            self._attach(self._new_row(pid), profile)
        self.graph_.build(self.need_sigs_, self.offer_sigs_, self.features_.size)
        self._graph_ready = True
        self._rebuild_all()
        self.reader_.forget_texts()  # this index keeps what it needs per phrase
        return self

    def rebuild(self) -> MatchIndex:
        """Recompute every list from the current index, keeping the fitted feature weights."""
        self._ensure_fitted()
        with paused_collector():
            self._rebuild_all()
        return self

    def upsert(self, profile: Profile) -> list[Match]:
        """Index a new or changed SME; returns the pairs that newly entered any top-k list.

        Each returned match is addressed to the owner of the list it entered
        (`recipient_id`). An edit that changes nothing scoring reads returns [].
        """
        self._ensure_fitted()
        row = self.ids_.get(profile.id)
        touched = _Touched(self)
        held_as_supplier: list[int] = []
        held_as_buyer: list[int] = []
        if row is not None and self.records_[row].alive:
            if self.records_[row].profile.matching_key() == profile.matching_key():
                self.records_[row].profile = profile
                return []
            touched.suppliers(row)
            touched.buyers(row)
            held_as_supplier = self._holding_as_supplier(row)
            held_as_buyer = self._holding_as_buyer(row)
            self._detach(row)
        else:
            if row is None:
                row = self._new_row(profile.id)
            touched.suppliers(row)
            touched.buyers(row)
        self._attach(row, profile)

        self._set_suppliers(row, self._suppliers_of_row(row, self.supplier_lists_.capacity))
        self._set_buyers(row, self._buyers_of_row(row, self.buyer_lists_.capacity))
        for buyer in held_as_supplier:
            if buyer != row:
                touched.suppliers(buyer)
                self._rescore_in_suppliers(buyer, row)
        for supplier in held_as_buyer:
            if supplier != row:
                touched.buyers(supplier)
                self._rescore_in_buyers(supplier, row)
        entered = touched.entered()
        entered += self._enter_as_supplier(row, set(held_as_supplier))
        entered += self._enter_as_buyer(row, set(held_as_buyer))
        return entered

    def remove(self, sme_id: str) -> None:
        """Erase an SME: it leaves every list, and the lists it leaves refill."""
        self._ensure_fitted()
        row = self.ids_.get(sme_id)
        if row is None or not self.records_[row].alive:
            return
        held_as_supplier = self._holding_as_supplier(row)
        held_as_buyer = self._holding_as_buyer(row)
        self._detach(row)
        self._set_suppliers(row, ())
        self._set_buyers(row, ())
        for buyer in held_as_supplier:
            self._drop_supplier(buyer, row)
        for supplier in held_as_buyer:
            self._drop_buyer(supplier, row)

    def decline(self, supplier_id: str, buyer_id: str) -> None:
        """Never suggest this pair again; lists that held it refill."""
        self._ensure_fitted()
        self._note_decline(supplier_id, buyer_id)
        s, b = self.ids_.get(supplier_id), self.ids_.get(buyer_id)
        if s is None or b is None or not (self.records_[s].alive and self.records_[b].alive):
            return
        self._drop_supplier(b, s)
        self._drop_buyer(s, b)

    def suppliers_of(self, sme_id: str, k: int | None = None) -> list[Match]:
        """Up to k SMEs that could supply `sme_id`'s needs, best first ([] for an unknown id)."""
        want = self.k if k is None else _positive_k(k)
        row = self._live_row(sme_id)
        if row is None:
            return []
        entries = self.supplier_lists_.top(row)[:want] if want <= self.k else self._suppliers_of_row(row, want)
        return [self._match(e.partner, row, e, to_buyer=True) for e in entries]

    def buyers_of(self, sme_id: str, k: int | None = None) -> list[Match]:
        """Up to k SMEs that could buy `sme_id`'s offers, best first ([] for an unknown id)."""
        want = self.k if k is None else _positive_k(k)
        row = self._live_row(sme_id)
        if row is None:
            return []
        entries = self.buyer_lists_.top(row)[:want] if want <= self.k else self._buyers_of_row(row, want)
        return [self._match(row, e.partner, e, to_buyer=False) for e in entries]

    def __len__(self) -> int:
        return sum(1 for r in getattr(self, "records_", ()) if r.alive)

    def __contains__(self, sme_id: object) -> bool:
        return isinstance(sme_id, str) and self._live_row(sme_id) is not None

    # ================================================================== state

    def _reset(self) -> None:
        self.reader_ = _reader_for(self.glossary)
        glossary = self.reader_.glossary
        self.rules_ = PairRules(self.fit_weights)
        self.features_ = FeatureSpace(glossary, self.feature_weights)
        self.writer_ = ReasonWriter(glossary, self.rules_)
        self.offer_sigs_ = SignatureTable()
        self.need_sigs_ = SignatureTable()
        self.materials_ = MaterialClasses(glossary)
        self.graph_ = SimilarityGraph(self.min_similarity, self.material_mismatch, self.materials_, self.max_links)
        self._graph_ready = False
        self.circular_: list[bool] = []  # per offer signature: waste or used goods, free to flow upstream
        self.required_: list[int] = []  # per need signature: certification bit mask
        self._circular = np.zeros(64, dtype=np.int64)  # the same two, as arrays for vectorised ranking
        self._required = np.zeros(64, dtype=np.int64)
        # Lower bounds of the list floors of each signature's carriers: an SME whose score
        # through a signature cannot beat the bound cannot enter any of their lists.
        self._need_floor_bound = np.zeros(64, dtype=np.float32)
        self._offer_floor_bound = np.zeros(64, dtype=np.float32)
        self.buckets_ = BucketTable()
        self._phrase_keys: dict[tuple[str, Side], _PhraseKeys] = {}
        self._reason_cache: dict[tuple[object, ...], tuple[Reason, ...]] = {}
        self._encodings: dict[Item, tuple[Encoded, int, tuple[bytes, bytes]]] = {}
        self._phrase_sig_ids: dict[int, tuple[tuple[int, ...], tuple[int, ...], frozenset[str]]] = {}
        self._keys_by_reading: dict[tuple[object, ...], _PhraseKeys] = {}
        self._keys_alive: list[_PhraseKeys] = []  # keeps the ids used by _phrase_sig_ids valid
        self.offer_members_ = Membership()
        self.need_members_ = Membership()
        self.supplier_lists_ = RankedLists(self.k, self.buffer)  # row: buyer; partners: its suppliers
        self.buyer_lists_ = RankedLists(self.k, self.buffer)  # row: supplier; partners: its buyers
        self.records_: list[_Record] = []
        self.ids_: dict[str, int] = {}
        self.declined_: set[tuple[str, str]] = set()
        self._declined_suppliers: dict[str, set[str]] = {}  # buyer id -> suppliers it declined
        self._declined_buyers: dict[str, set[str]] = {}  # supplier id -> buyers that declined it

    def _workers(self, amount: int) -> int:
        if amount < _PARALLEL_FROM:
            return 1
        return available_cores() if self.n_jobs is None else max(1, self.n_jobs)

    def _read_in_parallel(self, phrases: Sequence[tuple[str, Side]]) -> None:
        todo = [p for p in phrases if p not in self._phrase_keys]
        workers = self._workers(len(todo))
        if workers <= 1:
            return  # read on demand
        # Small chunks, each on a fresh worker: its caches of one-off texts go when the chunk is done.
        pieces = workers * _CHUNKS_PER_WORKER
        size = -(-len(todo) // pieces)
        chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
        for chunk, keys in zip(chunks, fork_map(self, _phrase_keys_of, chunks, workers), strict=True):
            self._phrase_keys.update(zip(chunk, keys, strict=True))

    def _ensure_fitted(self) -> None:
        if not hasattr(self, "records_"):
            self.fit(())

    def _live_row(self, sme_id: str) -> int | None:
        row = getattr(self, "ids_", {}).get(sme_id)
        return row if row is not None and self.records_[row].alive else None

    def _new_row(self, sme_id: str) -> int:
        row = len(self.records_)
        self.ids_[sme_id] = row
        self.records_.append(
            _Record(Profile(sme_id, "", "", "", ""), False, (), (), 0, -1, -1, Party("", 0, 0, frozenset()))
        )
        self.supplier_lists_.ensure(row + 1)
        self.buyer_lists_.ensure(row + 1)
        return row

    def _note_decline(self, supplier_id: str, buyer_id: str) -> None:
        self.declined_.add((supplier_id, buyer_id))
        self._declined_suppliers.setdefault(buyer_id, set()).add(supplier_id)
        self._declined_buyers.setdefault(supplier_id, set()).add(buyer_id)

    # ================================================================== reading profiles

    def _phrase(self, text: str, side: Side) -> _PhraseKeys:
        """What one offer or need phrase offers, needs and certifies (cached per phrase)."""
        cached = self._phrase_keys.get((text, side))
        if cached is None:
            reading = self.reader_.read(text, side)
            shared = (side, reading.intent, reading.items, reading.certifications)
            cached = self._keys_by_reading.get(shared)  # phrases that read alike share their keys
            if cached is None:
                if side is Side.OFFER or reading.intent is Intent.MARKET:
                    # A market need ("buyers for our hemp shirts") tells what is on offer.
                    base = 1.0 if side is Side.OFFER else self.market_offer_weight
                    offers = tuple(OfferKey(item, self._weight(item, base)) for item in reading.items)
                    cached = _PhraseKeys(offers, (), reading.certifications)
                else:
                    needs = tuple(
                        NeedKey(item, reading.certifications, self._weight(item, 1.0)) for item in reading.items
                    )
                    cached = _PhraseKeys((), needs, frozenset())
                self._keys_by_reading[shared] = cached
            self._phrase_keys[(text, side)] = cached
        return cached

    def _phrase_sigs(self, text: str, side: Side) -> tuple[tuple[int, ...], tuple[int, ...], frozenset[str]]:
        keys = self._phrase(text, side)
        cached = self._phrase_sig_ids.get(id(keys))  # keys objects live as long as the index
        if cached is None:
            offers = tuple(sid for k in keys.offers if (sid := self._offer_sig(k)) is not None)
            needs = tuple(sid for k in keys.needs if (sid := self._need_sig(k)) is not None)
            cached = self._phrase_sig_ids[id(keys)] = (offers, needs, keys.certs)
            self._keys_alive.append(keys)
        return cached

    def _weight(self, item: Item, base: float) -> float:
        return base * (self.other_weight if item.kind is ItemKind.OTHER else 1.0)

    def _encoded(self, item: Item) -> tuple[Encoded, int, tuple[bytes, bytes]]:
        """An item's vector, material class and vector key (cached: many phrases read as one item)."""
        found = self._encodings.get(item)
        if found is None:
            vector = self.features_.encode(item)
            found = self._encodings[item] = (vector, self.materials_.of(item), vector.key())
        return found

    def _offer_sig(self, key: OfferKey) -> int | None:
        vector, materials, shape = self._encoded(key.item)
        if not vector.head.any():
            return None  # nothing left that could name goods: it can never link
        sid, new = self.offer_sigs_.intern((shape, key.weight, materials), vector, key.weight, materials, key)
        if new:
            g = self.reader_.glossary
            head = key.item.head
            self.circular_.append(bool(head) and any(g.is_a(head, c) for c in _CIRCULAR_HEADS))
            self._circular = _fit_length(self._circular, sid + 1)
            self._circular[sid] = int(self.circular_[sid])
            self._offer_floor_bound = _fit_length(self._offer_floor_bound, sid + 1)
            if self._graph_ready:
                self.graph_.add_offer(sid, self.need_sigs_, self.offer_sigs_)
        return sid

    def _need_sig(self, key: NeedKey) -> int | None:
        vector, materials, shape = self._encoded(key.item)
        if not vector.head.any():
            return None
        required = _cert_mask(key.required)
        sid, new = self.need_sigs_.intern((shape, key.weight, materials, required), vector, key.weight, materials, key)
        if new:
            self.required_.append(required)
            self._required = _fit_length(self._required, sid + 1)
            self._required[sid] = required
            self._need_floor_bound = _fit_length(self._need_floor_bound, sid + 1)
            if self._graph_ready:
                self.graph_.add_need(sid, self.need_sigs_, self.offer_sigs_)
        return sid

    def _attach(self, row: int, profile: Profile) -> None:
        rules = self.rules_
        offer_sigs: list[int] = []
        need_sigs: list[int] = []
        certs = set(rules.certifications(tuple(profile.certifications)))
        for text, side in (*((t, Side.OFFER) for t in profile.offers), *((t, Side.NEED) for t in profile.needs)):
            offers, needs, stated = self._phrase_sigs(text, side)
            offer_sigs += offers
            need_sigs += needs
            certs |= stated
        stage = rules.stage_index(profile.stage)
        sub_cluster = rules.sub_cluster_index(profile.sub_cluster)
        province = rules.province_index(profile.province)
        bcg = rules.bcg_mask(tuple(profile.bcg))
        cert_mask = _cert_mask(certs)
        record = _Record(
            profile=profile,
            alive=True,
            offers=tuple(dict.fromkeys(offer_sigs)),
            needs=tuple(dict.fromkeys(need_sigs)),
            cert_mask=cert_mask,
            supply_bucket=self.buckets_.intern(BucketKey(stage, sub_cluster, province, bcg, cert_mask)),
            demand_bucket=self.buckets_.intern(BucketKey(stage, sub_cluster, province, bcg, 0)),
            party=Party(profile.sub_cluster, province, bcg, frozenset(certs)),
        )
        self.records_[row] = record
        for sig in record.offers:
            self.offer_members_.add(sig, record.supply_bucket, row)
            self._offer_floor_bound[sig] = 0.0  # its buyers list is empty until filled
        for sig in record.needs:
            self.need_members_.add(sig, record.demand_bucket, row)
            self._need_floor_bound[sig] = 0.0

    def _detach(self, row: int) -> None:
        record = self.records_[row]
        for sig in record.offers:
            self.offer_members_.discard(sig, row)
        for sig in record.needs:
            self.need_members_.discard(sig, row)
        record.alive = False

    # ================================================================== ranking

    def _supplier_exclusions(self, buyer: int) -> set[int]:
        declined = self._declined_suppliers.get(self.records_[buyer].profile.id)
        if not declined:
            return {buyer}
        return {buyer, *(self.ids_[s] for s in declined if s in self.ids_)}

    def _buyer_exclusions(self, supplier: int) -> set[int]:
        declined = self._declined_buyers.get(self.records_[supplier].profile.id)
        if not declined:
            return {supplier}
        return {supplier, *(self.ids_[b] for b in declined if b in self.ids_)}

    def _suppliers_of_row(self, buyer: int, k: int) -> list[Entry]:
        record = self.records_[buyer]
        return self._suppliers_for(record.needs, record.demand_bucket, k, self._supplier_exclusions(buyer))

    def _buyers_of_row(self, supplier: int, k: int) -> list[Entry]:
        record = self.records_[supplier]
        return self._buyers_for(
            record.offers, record.supply_bucket, record.cert_mask, k, self._buyer_exclusions(supplier)
        )

    def _suppliers_for(self, needs: tuple[int, ...], bucket: int, k: int, exclude: Collection[int]) -> list[Entry]:
        top = Top(k)
        table = self.buckets_
        b_stage, b_sc = table.stage[bucket], table.sub_cluster[bucket]
        b_prov, b_bcg = table.province[bucket], table.bcg[bucket]
        for need in needs:
            links = self.graph_.for_need(need)
            required = self.required_[need]
            for offers, sims in batches(links.ids, links.sims, top):
                sigs, bids, score = self._candidate_buckets(self.offer_members_, offers, sims)
                if required:
                    keep = (table.certs[bids] & required) == required
                    sigs, bids, score = sigs[keep], bids[keep], score[keep]
                if not len(bids):
                    continue
                score = score * self.rules_.fit(
                    table.stage[bids], table.sub_cluster[bids], table.province[bids], table.bcg[bids],
                    b_stage, b_sc, b_prov, b_bcg, self._circular[sigs],
                )  # fmt: skip
                for j in np.argsort(-score, kind="stable").tolist():
                    value = float(score[j])
                    if value <= 0.0 or value < top.floor:
                        break
                    offer = int(sigs[j])
                    top.add(self.offer_members_.members(offer, int(bids[j])), value, need, offer, exclude)
        return top.ranked()

    def _buyers_for(
        self, offers: tuple[int, ...], bucket: int, cert_mask: int, k: int, exclude: Collection[int]
    ) -> list[Entry]:
        top = Top(k)
        table = self.buckets_
        s_stage, s_sc = table.stage[bucket], table.sub_cluster[bucket]
        s_prov, s_bcg = table.province[bucket], table.bcg[bucket]
        for offer in offers:
            links = self.graph_.for_offer(offer)
            circular = int(self.circular_[offer])
            for needs, sims in batches(links.ids, links.sims, top):
                allowed = (self._required[needs] & ~cert_mask) == 0
                sigs, bids, score = self._candidate_buckets(self.need_members_, needs[allowed], sims[allowed])
                if not len(bids):
                    continue
                score = score * self.rules_.fit(
                    s_stage, s_sc, s_prov, s_bcg,
                    table.stage[bids], table.sub_cluster[bids], table.province[bids], table.bcg[bids], circular,
                )  # fmt: skip
                for j in np.argsort(-score, kind="stable").tolist():
                    value = float(score[j])
                    if value <= 0.0 or value < top.floor:
                        break
                    need = int(sigs[j])
                    top.add(self.need_members_.members(need, int(bids[j])), value, need, offer, exclude)
        return top.ranked()

    @staticmethod
    def _candidate_buckets(
        members: Membership, sigs: np.ndarray, sims: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(signature, bucket, similarity) for every bucket carrying one of `sigs`."""
        per_sig = [members.buckets(int(sig)) for sig in sigs.tolist()]
        counts = np.fromiter((len(b) for b in per_sig), dtype=np.int64, count=len(per_sig))
        if not counts.sum():
            empty = np.empty(0, dtype=np.int64)
            return empty, empty, np.empty(0, dtype=np.float64)
        return (
            np.repeat(sigs.astype(np.int64), counts),
            np.concatenate(per_sig),
            np.repeat(sims.astype(np.float64), counts),
        )

    def _rebuild_all(self) -> None:
        """Every list from scratch, ranked reading by reading for all SMEs that share it."""
        n = len(self.records_)
        workers = self._workers(n)
        zeros = shared_zeros if workers > 1 else np.zeros
        staged = StagedLists(n, self.supplier_lists_.capacity + _EXCLUSION_SLACK, zeros)
        for suppliers in (True, False):
            staged.lengths[:] = 0
            # Read by forked workers: plain arrays, no per-SME objects; results land in `staged`.
            self._plan = self._bulk_plan(suppliers, staged)
            fork_map(self, _rebuild_share, [(share, workers, suppliers) for share in range(workers)], workers)
            (self.supplier_lists_ if suppliers else self.buyer_lists_).load(staged)
        del self._plan, staged
        for sig in range(len(self.need_sigs_)):
            members = self.need_members_.flat(sig)[0]
            self._need_floor_bound[sig] = self.supplier_lists_.thresholds(members).min() if len(members) else 0.0
        for sig in range(len(self.offer_sigs_)):
            members = self.offer_members_.flat(sig)[0]
            self._offer_floor_bound[sig] = self.buyer_lists_.thresholds(members).min() if len(members) else 0.0

    def _bulk_plan(self, suppliers: bool, staged: StagedLists) -> _BulkPlan:
        records = self.records_
        n = len(records)
        alive = np.fromiter((r.alive for r in records), dtype=np.bool_, count=n)
        bucket = np.fromiter(
            (r.demand_bucket if suppliers else r.supply_bucket for r in records), dtype=np.int64, count=n
        )
        readings = np.fromiter((len(r.needs if suppliers else r.offers) for r in records), dtype=np.int64, count=n)
        declined = self._declined_suppliers if suppliers else self._declined_buyers
        exclusions: dict[int, set[int]] = {}
        for sme_id in declined:
            row = self.ids_.get(sme_id)
            if row is not None and records[row].alive:
                exclusions[row] = self._supplier_exclusions(row) if suppliers else self._buyer_exclusions(row)
        return _BulkPlan(alive, bucket, readings, exclusions, staged)

    def _rebuilt_lists(self, share: int, workers: int, suppliers: bool) -> None:
        """Fresh lists of the SMEs whose bucket falls in this share, written to the plan's staging.

        An SME's list is final as soon as all its readings are ranked; meanwhile the
        staging holds the running merge of the ones done.
        """
        plan = self._plan
        staged = plan.staged
        keep = self.supplier_lists_.capacity
        want = keep + _EXCLUSION_SLACK
        remaining = plan.readings.copy()
        done = np.zeros(len(remaining), dtype=np.bool_)

        def finish(row: int, found: list[Ranked]) -> None:
            excluded = plan.exclusions.get(row, {row})
            if len(excluded) > _EXCLUSION_SLACK:  # many declines: search this one directly
                entries = self._suppliers_of_row(row, keep) if suppliers else self._buyers_of_row(row, keep)
                staged.put(row, *as_arrays(entries))
            else:
                staged.put(row, *merged(found, excluded, keep))
            done[row] = True

        for carriers, buckets, results in self._ranked_by_reading(want, suppliers=suppliers, share=(share, workers)):
            for row, bucket in zip(carriers.tolist(), buckets.tolist(), strict=True):
                found = results.get(bucket)
                if plan.readings[row] == 1:
                    finish(row, [] if found is None else [found])
                    continue
                if found is not None:
                    staged.put(row, *merged([staged.get(row), found], set(), want))
                remaining[row] -= 1
                if remaining[row] == 0:
                    finish(row, [staged.get(row)])
        for row in np.flatnonzero(plan.alive & (plan.bucket % workers == share) & ~done).tolist():
            finish(row, [staged.get(row)])  # some readings had nobody to link to, or none at all

    def _ranked_by_reading(
        self, want: int, *, suppliers: bool, share: tuple[int, int] = (0, 1)
    ) -> Iterator[tuple[np.ndarray, np.ndarray, dict[int, Ranked]]]:
        """For each reading: its carriers in this share, their buckets, and for each of those
        buckets the best `want` partners through the reading.

        suppliers=True: need readings, their buyers' buckets and the suppliers that
        can meet them; False: offer readings, their suppliers' buckets and buyers.
        """
        own_members, other_members = (
            (self.need_members_, self.offer_members_) if suppliers else (self.offer_members_, self.need_members_)
        )
        n_sigs = len(self.need_sigs_) if suppliers else len(self.offer_sigs_)
        mine, workers = share
        for sig in range(n_sigs):
            carriers, carrier_buckets = own_members.flat(sig)
            in_share = carrier_buckets % workers == mine
            carriers, carrier_buckets = carriers[in_share], carrier_buckets[in_share]
            if not len(carriers):
                continue
            links = self.graph_.for_need(sig) if suppliers else self.graph_.for_offer(sig)
            ranked: dict[int, Ranked] = {}
            if len(links.ids):
                own = np.unique(carrier_buckets)[:, None]
                ranked = self._rank_reading(sig, own, links, other_members, want, suppliers)
            yield carriers, carrier_buckets, ranked

    def _rank_reading(
        self, sig: int, own: np.ndarray, links: Links, other_members: Membership, want: int, suppliers: bool
    ) -> dict[int, Ranked]:
        ranked: dict[int, Ranked] = {}
        flats, cutoff = linked_prefix(other_members, links, want, self.rules_.lowest_fit)
        counts = np.fromiter((len(f[0]) for f in flats), dtype=np.int64, count=len(flats))
        if counts.sum() <= _MEMBER_LEVEL_LIMIT:
            # Few partners: score each one (diverse wording, small groups). Partners past
            # the scored links score at most `cutoff`; rows not clear of it look at all.
            results = self._rank_partners(own, sig, links.ids[: len(flats)], links.sims, flats, want, suppliers)
            unsettled = [r for r, res in enumerate(results) if len(res[0]) < want and cutoff > 0.0]
            unsettled += [r for r, res in enumerate(results) if len(res[0]) == want and res[1][-1] <= cutoff]
            if unsettled and cutoff > 0.0:
                every = [other_members.flat(int(o)) for o in links.ids.tolist()]
                again = self._rank_partners(own[unsettled], sig, links.ids, links.sims, every, want, suppliers)
                for r, res in zip(unsettled, again, strict=True):
                    results[r] = res
            for r, bucket in enumerate(own[:, 0].tolist()):
                ranked[bucket] = results[r]
            return ranked
        # Many partners: score buckets of equal partners, open the best (template-like wording).
        cells, cell_buckets, sims = self._candidate_buckets(other_members, links.ids, links.sims)
        for block in _row_blocks(len(own), len(cells)):
            fit = self._pair_fit(own[block], cell_buckets[None, :], sig, cells[None, :], suppliers=suppliers)
            scores = sims[None, :] * fit
            for r, bucket in enumerate(own[block, 0].tolist()):
                top = Top(want)
                for j in best_first(scores[r], 2 * want, top):
                    cell = int(cells[j])
                    need, offer = (sig, cell) if suppliers else (cell, sig)
                    top.add(other_members.members(cell, int(cell_buckets[j])), float(scores[r, j]), need, offer, ())
                ranked[bucket] = as_arrays(top.ranked())
        return ranked

    def _rank_partners(
        self,
        own: np.ndarray,
        sig: int,
        linked: np.ndarray,
        sims: np.ndarray,
        flats: Sequence[tuple[np.ndarray, np.ndarray]],
        want: int,
        suppliers: bool,
    ) -> list[Ranked]:
        """Best `want` partners per own bucket (rows of `own`), scoring every partner of `linked`."""
        counts = np.fromiter((len(f[0]) for f in flats), dtype=np.int64, count=len(flats))
        partners = np.concatenate([f[0] for f in flats]) if flats else np.empty(0, dtype=np.int64)
        buckets = np.concatenate([f[1] for f in flats]) if flats else np.empty(0, dtype=np.int64)
        other = np.repeat(linked[: len(flats)].astype(np.int64), counts)
        similarity = np.repeat(sims[: len(flats)].astype(np.float64), counts)[None, :]
        this = np.full(want, sig, dtype=np.int64)
        results: list[Ranked] = []
        for block in _row_blocks(len(own), len(partners)):
            scores = similarity * self._pair_fit(own[block], buckets[None, :], sig, other[None, :], suppliers=suppliers)
            for r, chosen in enumerate(best_partners_by_row(scores, partners, want)):
                mine = this[: len(chosen)]
                needs, offers = (mine, other[chosen]) if suppliers else (other[chosen], mine)
                results.append((partners[chosen], scores[r, chosen], needs, offers))
        return results

    def _pair_fit(
        self, own: np.ndarray, other_buckets: np.ndarray, sig: int, other_sigs: np.ndarray, *, suppliers: bool
    ) -> np.ndarray:
        """Value chain x soft fit (0 where a certification is missing) between own buckets (rows)
        and partner buckets (columns), for one reading `sig` and the partners' readings."""
        table = self.buckets_
        if suppliers:  # own: buyers needing `sig`; partners: suppliers offering `other_sigs`
            fit = self.rules_.fit(
                table.stage[other_buckets], table.sub_cluster[other_buckets],
                table.province[other_buckets], table.bcg[other_buckets],
                table.stage[own], table.sub_cluster[own], table.province[own], table.bcg[own],
                self._circular[other_sigs],
            )  # fmt: skip
            required = self.required_[sig]
            if required:
                fit = np.where((table.certs[other_buckets] & required) == required, fit, 0.0)
            return fit
        fit = self.rules_.fit(
            table.stage[own], table.sub_cluster[own], table.province[own], table.bcg[own],
            table.stage[other_buckets], table.sub_cluster[other_buckets],
            table.province[other_buckets], table.bcg[other_buckets],
            int(self.circular_[sig]),
        )  # fmt: skip
        required = self._required[other_sigs]
        return np.where((table.certs[own] & required) == required, fit, 0.0)

    # ================================================================== incremental upkeep

    def _set_suppliers(self, buyer: int, entries: Sequence[Entry]) -> None:
        self.supplier_lists_.replace(buyer, entries)
        self._lower_need_bounds(buyer)

    def _set_buyers(self, supplier: int, entries: Sequence[Entry]) -> None:
        self.buyer_lists_.replace(supplier, entries)
        self._lower_offer_bounds(supplier)

    def _lower_need_bounds(self, buyer: int) -> None:
        threshold = self.supplier_lists_.threshold(buyer)
        for sig in self.records_[buyer].needs:
            self._need_floor_bound[sig] = min(self._need_floor_bound[sig], threshold)

    def _lower_offer_bounds(self, supplier: int) -> None:
        threshold = self.buyer_lists_.threshold(supplier)
        for sig in self.records_[supplier].offers:
            self._offer_floor_bound[sig] = min(self._offer_floor_bound[sig], threshold)

    def _settle_suppliers(self, buyer: int) -> None:
        """Search again only when the visible list may no longer be exact."""
        if not self.supplier_lists_.valid(buyer):
            self._set_suppliers(buyer, self._suppliers_of_row(buyer, self.supplier_lists_.capacity))

    def _settle_buyers(self, supplier: int) -> None:
        if not self.buyer_lists_.valid(supplier):
            self._set_buyers(supplier, self._buyers_of_row(supplier, self.buyer_lists_.capacity))

    def _drop_supplier(self, buyer: int, supplier: int) -> None:
        if self.supplier_lists_.discard(buyer, supplier):
            self._lower_need_bounds(buyer)
            self._settle_suppliers(buyer)

    def _drop_buyer(self, supplier: int, buyer: int) -> None:
        if self.buyer_lists_.discard(supplier, buyer):
            self._lower_offer_bounds(supplier)
            self._settle_buyers(supplier)

    def _holding_as_supplier(self, row: int) -> list[int]:
        """Buyers whose suppliers list holds `row`: only buyers of what it offers can."""
        found: set[int] = set()
        for offer in self.records_[row].offers:
            links = self.graph_.for_offer(offer)
            for need, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
                if sim < self._need_floor_bound[need]:
                    continue  # no carrier of this need keeps a supplier scoring this low
                found.update(self.supplier_lists_.holders(self.need_members_.flat(need)[0], row).tolist())
        return sorted(found)

    def _holding_as_buyer(self, row: int) -> list[int]:
        found: set[int] = set()
        for need in self.records_[row].needs:
            links = self.graph_.for_need(need)
            for offer, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
                if sim < self._offer_floor_bound[offer]:
                    continue
                found.update(self.buyer_lists_.holders(self.offer_members_.flat(offer)[0], row).tolist())
        return sorted(found)

    def _rescore_in_suppliers(self, buyer: int, supplier: int) -> None:
        """`supplier` changed while in `buyer`'s list: take it out and offer its new score."""
        self.supplier_lists_.discard(buyer, supplier)
        entry = self._pair_entry(supplier, buyer)
        if entry is not None:
            self.supplier_lists_.offer(buyer, entry)
        self._lower_need_bounds(buyer)
        self._settle_suppliers(buyer)

    def _rescore_in_buyers(self, supplier: int, buyer: int) -> None:
        self.buyer_lists_.discard(supplier, buyer)
        entry = self._pair_entry(supplier, buyer)
        if entry is not None:
            self.buyer_lists_.offer(supplier, Entry(buyer, entry.score, entry.need_sig, entry.offer_sig))
        self._lower_offer_bounds(supplier)
        self._settle_buyers(supplier)

    def _pair_entry(self, supplier: int, buyer: int) -> Entry | None:
        """The best reading pair by which `supplier` supplies `buyer` (partner = supplier), if any."""
        if supplier == buyer or supplier in self._supplier_exclusions(buyer):
            return None
        s, b = self.records_[supplier], self.records_[buyer]
        table = self.buckets_
        sb, db = s.supply_bucket, b.demand_bucket
        best: Entry | None = None
        for offer in s.offers:
            linked = self.graph_.needs_of(offer)
            for need in b.needs:
                sim = linked.get(need)
                if sim is None:
                    continue
                required = self.required_[need]
                if required and int(table.certs[sb]) & required != required:
                    continue
                fit = self.rules_.fit(
                    table.stage[sb], table.sub_cluster[sb], table.province[sb], table.bcg[sb],
                    table.stage[db], table.sub_cluster[db], table.province[db], table.bcg[db],
                    int(self.circular_[offer]),
                )  # fmt: skip
                score = sim * float(fit)
                if score > 0.0 and (best is None or score > best.score):
                    best = Entry(supplier, score, need, offer)
        return best

    def _enter_as_supplier(self, row: int, done: set[int]) -> list[Match]:
        """Offer a changed SME to the suppliers lists of everyone who needs what it offers."""
        entered: list[Match] = []
        record = self.records_[row]
        table = self.buckets_
        sb = record.supply_bucket
        for offer in record.offers:
            links = self.graph_.for_offer(offer)
            circular = int(self.circular_[offer])
            for need, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
                if sim < self._need_floor_bound[need] or self.required_[need] & ~record.cert_mask:
                    continue
                members, buckets = self.need_members_.flat(need)
                if not len(members):
                    continue
                thresholds = self.supplier_lists_.thresholds(members)
                self._need_floor_bound[need] = thresholds.min()
                scores = sim * self.rules_.fit(
                    table.stage[sb], table.sub_cluster[sb], table.province[sb], table.bcg[sb],
                    table.stage[buckets], table.sub_cluster[buckets], table.province[buckets], table.bcg[buckets],
                    circular,
                )  # fmt: skip
                for j in np.flatnonzero((scores > 0) & (scores >= thresholds)).tolist():
                    buyer = int(members[j])
                    if buyer == row or buyer in done or row in self._supplier_exclusions(buyer):
                        continue
                    entry = Entry(row, float(scores[j]), need, offer)
                    if 0 <= self.supplier_lists_.offer(buyer, entry) < self.k:
                        entered.append(self._match(row, buyer, entry, to_buyer=True))
        return entered

    def _enter_as_buyer(self, row: int, done: set[int]) -> list[Match]:
        """Offer a changed SME to the buyers lists of everyone who offers what it needs."""
        entered: list[Match] = []
        record = self.records_[row]
        table = self.buckets_
        db = record.demand_bucket
        for need in record.needs:
            links = self.graph_.for_need(need)
            required = self.required_[need]
            for offer, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
                if sim < self._offer_floor_bound[offer]:
                    continue
                members, buckets = self.offer_members_.flat(offer)
                if not len(members):
                    continue
                thresholds = self.buyer_lists_.thresholds(members)
                self._offer_floor_bound[offer] = thresholds.min()
                scores = sim * self.rules_.fit(
                    table.stage[buckets], table.sub_cluster[buckets], table.province[buckets], table.bcg[buckets],
                    table.stage[db], table.sub_cluster[db], table.province[db], table.bcg[db],
                    int(self.circular_[offer]),
                )  # fmt: skip
                if required:
                    scores = np.where((table.certs[buckets] & required) == required, scores, 0.0)
                for j in np.flatnonzero((scores > 0) & (scores >= thresholds)).tolist():
                    supplier = int(members[j])
                    if supplier == row or supplier in done or row in self._buyer_exclusions(supplier):
                        continue
                    entry = Entry(row, float(scores[j]), need, offer)
                    if 0 <= self.buyer_lists_.offer(supplier, entry) < self.k:
                        entered.append(self._match(supplier, row, entry, to_buyer=False))
        return entered

    # ================================================================== results

    def _match(self, supplier: int, buyer: int, entry: Entry, *, to_buyer: bool) -> Match:
        records = self.records_
        recipient = buyer if to_buyer else supplier
        write = partial(self._reasons, records[supplier], records[buyer], entry.need_sig, entry.offer_sig, to_buyer)
        return Match(
            records[supplier].profile.id, records[buyer].profile.id, entry.score, records[recipient].profile.id, write
        )

    def _reasons(self, s: _Record, b: _Record, need_sig: int, offer_sig: int, to_buyer: bool) -> tuple[Reason, ...]:
        # Buckets fix everything reasons read about both parties, so equal keys mean equal reasons.
        key = (to_buyer, need_sig, offer_sig, s.supply_bucket, b.demand_bucket, s.party.certs)
        cached = self._reason_cache.get(key)
        if cached is None:
            if len(self._reason_cache) >= _REASON_CACHE_SIZE:
                self._reason_cache.clear()
            need_key = self.need_sigs_.labels[need_sig]
            offer_key = self.offer_sigs_.labels[offer_sig]
            assert isinstance(need_key, NeedKey) and isinstance(offer_key, OfferKey)
            table = self.buckets_
            cached = self._reason_cache[key] = self.writer_.write(
                to_buyer=to_buyer,
                supplier=s.party,
                buyer=b.party,
                need=need_key.item,
                offer=offer_key.item,
                required=need_key.required,
                circular_backflow=bool(table.stage[s.supply_bucket] > table.stage[b.demand_bucket]),
            )
        return cached


def _phrase_keys_of(index: MatchIndex, phrases: Sequence[tuple[str, Side]]) -> list[_PhraseKeys]:
    return [index._phrase(text, side) for text, side in phrases]


def _rebuild_share(index: MatchIndex, task: tuple[int, int, bool]) -> None:
    share, workers, suppliers = task
    index._rebuilt_lists(share, workers, suppliers)


def _row_blocks(rows: int, columns: int) -> Iterator[slice]:
    """Slices of rows whose score matrices against `columns` partners stay small."""
    step = max(1, _BLOCK_CELLS // max(columns, 1))
    for start in range(0, rows, step):
        yield slice(start, start + step)


def _fit_length(values: np.ndarray, n: int) -> np.ndarray:
    if n <= len(values):
        return values
    grown = np.zeros(max(n, 2 * len(values)), dtype=values.dtype)
    grown[: len(values)] = values
    return grown


def _cert_mask(certs: Iterable[str]) -> int:
    mask = 0
    for cert in certs:
        mask |= _CERT_BIT.get(cert, 0)
    return mask


def _positive_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    return k
