"""What both directions of the index read: every SME's readings, buckets and declines.

An SME is a row. Its offer and need phrases are read once per distinct phrase
into signatures (distinct readings, `signatures`); its stage, sub-cluster,
province, BCG tags and certifications into two buckets (as a supplier, with its
certifications, and as a buyer, without: `members`). The similarity graph links
need signatures to offer signatures. Nothing here ranks anyone: that is `half`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from services.matcher.scoring.features import Encoded, FeatureSpace, FeatureWeights
from services.matcher.scoring.materials import MaterialClasses
from services.matcher.scoring.members import BucketKey, BucketTable, Membership
from services.matcher.scoring.model import Profile
from services.matcher.scoring.parallel import Executor
from services.matcher.scoring.reading import Intent, Item, ItemKind, PhraseReader, Side
from services.matcher.scoring.reasons import Party
from services.matcher.scoring.rules import Index, PairRules
from services.matcher.scoring.signatures import ChosenLinks, SignatureTable, SimilarityGraph
from shared.taxonomy import CERTIFICATIONS

_CERT_BIT = {c.name: 1 << i for i, c in enumerate(CERTIFICATIONS)}
_CIRCULAR_HEADS = ("textile_waste", "plastic_feedstock", "machinery")
_CHANNEL = "retail_platform"
_CHUNKS_PER_WORKER = 8  # phrase chunks per worker: small pieces finish evenly

_PhraseSigs = tuple[tuple[int, ...], tuple[int, ...], frozenset[str]]  # offer and need signatures, certifications


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
class PhraseKeys:
    offers: tuple[OfferKey, ...]
    needs: tuple[NeedKey, ...]
    certs: frozenset[str]  # certifications the phrase claims (offers) - a need's are in its keys

    def readings(self) -> tuple[OfferKey | NeedKey, ...]:
        return (*self.offers, *self.needs)


@dataclass(frozen=True, slots=True)
class Weights:
    """How much an item counts, by what it is and how it was written."""

    other: float  # non-product items (tourism, training, shops)
    market_offer: float  # goods named in a need for customers ("buyers for our shirts")


@dataclass(slots=True)
class Record:
    profile: Profile
    alive: bool
    offers: tuple[int, ...]
    needs: tuple[int, ...]
    cert_mask: int
    supply_bucket: int
    demand_bucket: int
    party: Party


_UNATTACHED = Record(Profile("", "", "", "", ""), False, (), (), 0, -1, -1, Party("", 0, 0, frozenset()))


class Catalogue:
    """Rows (SMEs), their signatures and buckets, the similarity graph, and declines.

    Signatures and buckets are only ever added, so ids stay valid for the life of
    the catalogue; a removed SME keeps its row, marked not alive.
    """

    def __init__(
        self,
        reader: PhraseReader,
        rules: PairRules,
        feature_weights: FeatureWeights,
        graph: SimilarityGraph,
        materials: MaterialClasses,
        weights: Weights,
    ) -> None:
        self.reader = reader
        self.rules = rules
        self.features = FeatureSpace(reader.glossary, feature_weights)
        self.materials = materials
        self.graph = graph
        self.weights = weights
        self.offer_sigs = SignatureTable()
        self.need_sigs = SignatureTable()
        self.graph_ready = False  # until built, new signatures wait for the bulk build
        # per offer signature: free to flow against the value chain (waste and used goods back to the
        # recyclers; work done on the buyer's own goods, which an upstream grower buys as well as a brand)
        self.circular = np.zeros(64, dtype=np.int64)
        self.required = np.zeros(64, dtype=np.int64)  # per need signature: certification bit mask
        self.buckets = BucketTable()
        self.offer_members = Membership()
        self.need_members = Membership()
        self.records: list[Record] = []
        self.ids: dict[str, int] = {}
        self.declined: set[tuple[str, str]] = set()
        self.declined_suppliers: dict[str, set[str]] = {}  # buyer id -> suppliers it declined
        self.declined_buyers: dict[str, set[str]] = {}  # supplier id -> buyers that declined it
        self._phrase_keys: dict[tuple[str, Side], PhraseKeys] = {}
        self._keys_by_reading: dict[tuple[object, ...], PhraseKeys] = {}
        self._encodings: dict[Item, tuple[Encoded, int, tuple[bytes, bytes]]] = {}
        self._sigs_by_keys: dict[int, _PhraseSigs] = {}  # by id of the (shared) keys of alike phrases
        self._sigs_by_phrase: dict[tuple[str, Side], _PhraseSigs] = {}
        self._keys_alive: list[PhraseKeys] = []  # keeps the ids used by _sigs_by_keys valid

    # ------------------------------------------------------------------ bulk

    def load(self, profiles: dict[str, Profile], executor: Executor) -> None:
        """Learn the vocabulary from all phrases, attach every SME, then link all signatures at once."""
        phrases = {(t, Side.OFFER) for p in profiles.values() for t in p.offers}
        phrases |= {(t, Side.NEED) for p in profiles.values() for t in p.needs}
        self._read_spread(sorted(phrases), executor)
        items = {key.item: None for text, side in phrases for key in self.phrase(text, side).readings()}
        self.features.fit(items)
        # Every signature first, met in the order `attach` meets them (so with the same ids); then the
        # graph's links are chosen beside this process (a worker, for a large fit) while it attaches the rows.
        for profile in profiles.values():
            for text in profile.offers:
                self._phrase_sigs(text, Side.OFFER)
            for text in profile.needs:
                self._phrase_sigs(text, Side.NEED)
        n_cols = self.features.size
        spread = executor.workers_for(len(profiles)) > 1
        chosen = executor.start(self, _chosen_links, n_cols) if spread else None
        try:
            for sme_id, profile in profiles.items():
                self.attach(self.new_row(sme_id), profile)
        finally:
            links = chosen() if chosen is not None else None  # waited for even when attaching failed
        if links is None:
            links = _chosen_links(self, n_cols)
        self.graph.use(links, self.need_sigs, self.offer_sigs, n_cols)
        self.graph_ready = True
        self.reader.forget_texts()  # the catalogue keeps what it needs per phrase

    def _read_spread(self, phrases: Sequence[tuple[str, Side]], executor: Executor) -> None:
        todo = [p for p in phrases if p not in self._phrase_keys]
        workers = executor.workers_for(len(todo))
        if workers <= 1:
            return  # read on demand
        pieces = workers * _CHUNKS_PER_WORKER
        size = -(-len(todo) // pieces)
        chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
        for chunk, keys in zip(chunks, executor.map(self, _phrase_keys_of, chunks, workers), strict=True):
            self._phrase_keys.update(zip(chunk, keys, strict=True))

    # ------------------------------------------------------------------ rows

    def new_row(self, sme_id: str) -> int:
        row = len(self.records)
        self.ids[sme_id] = row
        self.records.append(_UNATTACHED)  # replaced by `attach`, which always follows
        return row

    def live_row(self, sme_id: str) -> int | None:
        row = self.ids.get(sme_id)
        return row if row is not None and self.records[row].alive else None

    def attach(self, row: int, profile: Profile) -> None:
        rules = self.rules
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
        cert_mask = cert_mask_of(certs)
        record = Record(
            profile=profile,
            alive=True,
            offers=tuple(dict.fromkeys(offer_sigs)),
            needs=tuple(dict.fromkeys(need_sigs)),
            cert_mask=cert_mask,
            supply_bucket=self.buckets.intern(BucketKey(stage, sub_cluster, province, bcg, cert_mask)),
            demand_bucket=self.buckets.intern(BucketKey(stage, sub_cluster, province, bcg, 0)),
            party=Party(profile.sub_cluster, province, bcg, frozenset(certs)),
        )
        self.records[row] = record
        for sig in record.offers:
            self.offer_members.add(sig, record.supply_bucket, row)
        for sig in record.needs:
            self.need_members.add(sig, record.demand_bucket, row)

    def detach(self, row: int) -> None:
        record = self.records[row]
        for sig in record.offers:
            self.offer_members.discard(sig, row)
        for sig in record.needs:
            self.need_members.discard(sig, row)
        record.alive = False

    def note_decline(self, supplier_id: str, buyer_id: str) -> None:
        self.declined.add((supplier_id, buyer_id))
        self.declined_suppliers.setdefault(buyer_id, set()).add(supplier_id)
        self.declined_buyers.setdefault(supplier_id, set()).add(buyer_id)

    # ------------------------------------------------------------------ scoring a pair

    def pair_fit(self, supplier_buckets: Index, buyer_buckets: Index, offers: Index, needs: Index) -> np.ndarray:
        """Value chain x soft fit, 0 where the supplier lacks a certification the need requires.

        Arguments broadcast like numpy arrays (bucket and signature ids)."""
        table = self.buckets
        fit = self.rules.fit(
            table.stage[supplier_buckets], table.sub_cluster[supplier_buckets],
            table.province[supplier_buckets], table.bcg[supplier_buckets],
            table.stage[buyer_buckets], table.sub_cluster[buyer_buckets],
            table.province[buyer_buckets], table.bcg[buyer_buckets],
            self.circular[offers],
        )  # fmt: skip
        required = self.required[needs]
        if not required.any():  # the common case: no certification asked for
            return fit
        return np.where((table.certs[supplier_buckets] & required) == required, fit, 0.0)

    # ------------------------------------------------------------------ reading phrases

    def phrase(self, text: str, side: Side) -> PhraseKeys:
        """What one offer or need phrase offers, needs and certifies (cached per phrase)."""
        cached = self._phrase_keys.get((text, side))
        if cached is None:
            reading = self.reader.read(text, side)
            shared = (side, reading.intent, reading.items, reading.certifications)
            cached = self._keys_by_reading.get(shared)  # phrases that read alike share their keys
            if cached is None:
                if side is Side.OFFER:
                    offers = tuple(OfferKey(item, self._weight(item, 1.0)) for item in reading.items)
                    cached = PhraseKeys(offers, (), reading.certifications)
                elif reading.intent is Intent.MARKET:
                    # A market need ("buyers for our hemp shirts") tells what is on offer; the shop or
                    # platform it looks for to sell through ("an eco shop to take our bags") is wanted.
                    base = self.weights.market_offer
                    channels = [self._channel(i) for i in reading.items]
                    sold = tuple(
                        OfferKey(i, self._weight(i, base))
                        for i, ch in zip(reading.items, channels, strict=True)
                        if not ch
                    )
                    sought = tuple(
                        NeedKey(i, frozenset(), self._weight(i, 1.0))
                        for i, ch in zip(reading.items, channels, strict=True)
                        if ch
                    )
                    cached = PhraseKeys(sold, sought, reading.certifications)
                else:
                    needs = tuple(
                        NeedKey(item, reading.certifications, self._weight(item, 1.0)) for item in reading.items
                    )
                    cached = PhraseKeys((), needs, frozenset())
                self._keys_by_reading[shared] = cached
            self._phrase_keys[(text, side)] = cached
        return cached

    def _channel(self, item: Item) -> bool:
        """A shop or platform goods are sold through."""
        return bool(item.head) and self.reader.glossary.is_a(item.head, _CHANNEL)

    def _weight(self, item: Item, base: float) -> float:
        return base * (self.weights.other if item.kind is ItemKind.OTHER else 1.0)

    def _phrase_sigs(self, text: str, side: Side) -> _PhraseSigs:
        found = self._sigs_by_phrase.get((text, side))
        if found is None:
            keys = self.phrase(text, side)
            found = self._sigs_by_keys.get(id(keys))  # keys objects live as long as the catalogue
            if found is None:
                offers = tuple(sid for k in keys.offers if (sid := self._offer_sig(k)) is not None)
                needs = tuple(sid for k in keys.needs if (sid := self._need_sig(k)) is not None)
                found = self._sigs_by_keys[id(keys)] = (offers, needs, keys.certs)
                self._keys_alive.append(keys)
            self._sigs_by_phrase[(text, side)] = found
        return found

    def _encoded(self, item: Item) -> tuple[Encoded, int, tuple[bytes, bytes]]:
        """An item's vector, material class and vector key (cached: many phrases read as one item)."""
        found = self._encodings.get(item)
        if found is None:
            vector = self.features.encode(item)
            found = self._encodings[item] = (vector, self.materials.of(item), vector.key())
        return found

    def _offer_sig(self, key: OfferKey) -> int | None:
        vector, materials, shape = self._encoded(key.item)
        if not vector.head.any():
            return None  # nothing left that could name goods: it can never link
        sid, new = self.offer_sigs.intern((shape, key.weight, materials), vector, key.weight, materials, key)
        if new:
            g = self.reader.glossary
            head = key.item.head
            self.circular = grown(self.circular, sid + 1)
            circular = bool(head) and any(g.is_a(head, c) for c in _CIRCULAR_HEADS)
            # Work for others and support services (training, finance, consulting, shops, logistics) move
            # no goods along the chain: a bank or a trainer serves growers as well as brands (decision 0016).
            self.circular[sid] = int(circular or key.item.kind is not ItemKind.GOODS)
            if self.graph_ready:
                self.graph.add_offer(sid, self.need_sigs, self.offer_sigs)
        return sid

    def _need_sig(self, key: NeedKey) -> int | None:
        vector, materials, shape = self._encoded(key.item)
        if not vector.head.any():
            return None
        required = cert_mask_of(key.required)
        sid, new = self.need_sigs.intern((shape, key.weight, materials, required), vector, key.weight, materials, key)
        if new:
            self.required = grown(self.required, sid + 1)
            self.required[sid] = required
            if self.graph_ready:
                self.graph.add_need(sid, self.need_sigs, self.offer_sigs)
        return sid


def _chosen_links(catalogue: Catalogue, n_cols: int) -> ChosenLinks:
    return catalogue.graph.chosen_links(catalogue.need_sigs, catalogue.offer_sigs, n_cols)


def _phrase_keys_of(catalogue: Catalogue, phrases: Sequence[tuple[str, Side]]) -> list[PhraseKeys]:
    return [catalogue.phrase(text, side) for text, side in phrases]


def grown(values: np.ndarray, n: int) -> np.ndarray:
    """`values` with room for at least `n` entries (zeros added), doubling to keep growth cheap."""
    if n <= len(values):
        return values
    bigger = np.zeros(max(n, 2 * len(values)), dtype=values.dtype)
    bigger[: len(values)] = values
    return bigger


def cert_mask_of(certs: Iterable[str]) -> int:
    mask = 0
    for cert in certs:
        mask |= _CERT_BIT.get(cert, 0)
    return mask
