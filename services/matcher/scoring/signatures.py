"""Distinct item readings ("signatures") and which offers can meet which needs.

SMEs that word a thing alike share a signature, so similarity is computed per
pair of distinct readings, not per pair of SMEs. A need signature is linked to
an offer signature when their heads overlap (the same goods, or goods under the
same broader concept) and their similarity reaches its minimum; links are
kept best first on both sides.

The similarity blends the weighted cosine of the two vectors with how much of
the need the offer covers (the share of the need vector's weight on features the
offer also has, `coverage`). Cosine alone is symmetric: an offer that names more
than was asked ("herbal pillows in hemp covers" against a need for herbal
pillows) scored below one that names less ("pillowcases"), because its extra
material lengthens its vector. Coverage counts what the need asked for and
nothing the offer adds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from services.matcher.scoring.features import Encoded
from services.matcher.scoring.materials import MaterialClasses

IntArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float32]

ChosenLinks = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]  # need, offer, similarity
_EMPTY_IDS: IntArray = np.empty(0, dtype=np.int32)
_EMPTY_SIMS: FloatArray = np.empty(0, dtype=np.float32)
_TAIL_LIMIT = 256
_CHUNK_ROWS = 512
_PAIR_BUDGET_PER_SIGNATURE = 200  # candidate pairs from shared features, per signature on average
_GENERIC_PARTNERS = 32  # per head concept, the partners whose vector is mostly that head
_DOT_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Links:
    ids: IntArray
    sims: FloatArray


class SignatureTable:
    """Interned signatures of one side with their vectors, weights and material classes."""

    def __init__(self) -> None:
        self.keys: list[Hashable] = []
        self.labels: list[object] = []  # the first reading seen for each signature, for reasons
        self.vectors: list[Encoded] = []
        self.weights: list[float] = []
        self.materials: list[int] = []
        self._ids: dict[Hashable, int] = {}
        self._base_rows = 0
        self._base_cols = 0
        self._base: sp.csc_matrix | None = None
        self._base_head: sp.csc_matrix | None = None
        self._base_weights: FloatArray = _EMPTY_SIMS

    def __len__(self) -> int:
        return len(self.keys)

    def intern(self, key: Hashable, vector: Encoded, weight: float, materials: int, label: object) -> tuple[int, bool]:
        """The signature id for `key`, and whether it was new."""
        sid = self._ids.get(key)
        if sid is not None:
            return sid, False
        sid = len(self.keys)
        self._ids[key] = sid
        self.keys.append(key)
        self.labels.append(label)
        self.vectors.append(vector)
        self.weights.append(weight)
        self.materials.append(materials)
        return sid, True

    def matrices(self, n_cols: int) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """All rows as (full, head-only) CSR matrices, each row scaled by its weight."""
        rows, cols, vals, head = [], [], [], []
        for sid, vec in enumerate(self.vectors):
            rows.append(np.full(len(vec.cols), sid, dtype=np.int32))
            cols.append(vec.cols)
            vals.append(vec.vals * self.weights[sid])
            head.append(vec.head)
        shape = (len(self.vectors), n_cols)
        if not rows:
            empty = sp.csr_matrix(shape, dtype=np.float32)
            return empty, empty
        r, c, v, h = (np.concatenate(x) for x in (rows, cols, vals, head))
        full = sp.csr_matrix((v, (r, c)), shape=shape, dtype=np.float32)
        heads = sp.csr_matrix((np.ones(int(h.sum()), dtype=np.float32), (r[h], c[h])), shape=shape)
        return full, heads

    def compact(self, n_cols: int) -> None:
        full, heads = self.matrices(n_cols)
        self._base, self._base_head = full.tocsc(), heads.tocsc()
        self._base_rows, self._base_cols = full.shape
        self._base_weights = np.asarray(self.weights, dtype=np.float32)

    def against(
        self,
        vec: Encoded,
        weight: float,
        similarity: Similarity,
        penalty: Callable[[int], float],
        *,
        vec_is_need: bool,
    ) -> Links:
        """This side's signatures that `vec` (from the other side) links to, best first.

        `penalty(sid)` scales the similarity to each signature (material mismatch). The coverage
        part counts the need's squared values on shared features: `vec`'s own when it is the need,
        else this side's (stored scaled by their weight, so divided by it once).
        """
        min_similarity = similarity.minimum
        n = len(self.vectors)
        if self._base is None or n - self._base_rows > max(_TAIL_LIMIT, self._base_rows // 20):
            # Wide enough for the query and for every stored vector: signatures added since the
            # last compaction may use feature columns that neither the base nor the query has.
            widest = max((int(v.cols.max(initial=0)) for v in self.vectors[self._base_rows :]), default=0)
            self.compact(max(self._base_cols, int(vec.cols.max(initial=0)) + 1, widest + 1))
        assert self._base is not None and self._base_head is not None
        sims = np.zeros(n, dtype=np.float32)
        covered = np.zeros(n, dtype=np.float32)
        heads = np.zeros(n, dtype=np.bool_)
        known = vec.cols < self._base_cols
        if known.any():
            cols, vals = vec.cols[known], vec.vals[known]
            sub = self._base[:, cols]
            counts = np.diff(sub.indptr)
            rows = sub.indices
            base_rows = self._base_rows
            sims[:base_rows] = np.bincount(rows, sub.data * np.repeat(vals * weight, counts), base_rows)
            if vec_is_need:
                share = np.repeat(vals * vals * weight, counts) * self._base_weights[rows]
            else:
                share = sub.data * sub.data / self._base_weights[rows] * weight
            covered[:base_rows] = np.bincount(rows, share, base_rows)
            hcols = vec.cols[known & vec.head]
            if len(hcols):
                heads[self._base_head[:, hcols].indices] = True
        for sid in range(self._base_rows, n):  # the tail added since the last compaction
            other = self.vectors[sid]
            common, i, j = np.intersect1d(vec.cols, other.cols, assume_unique=True, return_indices=True)
            if len(common):
                both = weight * self.weights[sid]
                sims[sid] = float(np.dot(vec.vals[i], other.vals[j])) * both
                need = vec.vals[i] if vec_is_need else other.vals[j]
                covered[sid] = float(np.dot(need, need)) * both
                heads[sid] = bool((vec.head[i] & other.head[j]).any())
        sims = similarity.blend(sims, covered)
        candidates = np.flatnonzero(heads & (sims >= min_similarity))
        sims[candidates] *= np.fromiter((penalty(int(c)) for c in candidates), dtype=np.float32, count=len(candidates))
        keep = candidates[sims[candidates] >= min_similarity].astype(np.int32)
        order = np.argsort(-sims[keep], kind="stable")
        return Links(keep[order], sims[keep][order])


@dataclass(frozen=True, slots=True)
class Similarity:
    """How a need and an offer vector score: `coverage` of the weight goes to the share of the need the
    offer covers, the rest to their cosine (decision 0019: 0.3 lifted 29 of 38 read labelled sets).
    Links below `minimum` are not kept."""

    minimum: float = 0.05
    coverage: float = 0.3

    def blend(self, cosine: npt.NDArray[np.floating], covered: npt.NDArray[np.floating]) -> FloatArray:
        blended: FloatArray = ((1.0 - self.coverage) * cosine + self.coverage * covered).astype(np.float32)
        return blended


class SimilarityGraph:
    """Links between need and offer signatures, best first from either end."""

    def __init__(self, similarity: Similarity, mismatch: float, materials: MaterialClasses, max_links: int) -> None:
        self.similarity = similarity
        self.max_links = max_links  # per signature and end; more are never needed for a top-k list
        self.mismatch = mismatch  # factor on a pair whose materials conflict
        self.materials = materials
        self.by_need: list[Links] = []
        self.by_offer: list[Links] = []
        self._offer_maps: dict[int, dict[int, float]] = {}  # offer -> {need: similarity}, built on demand

    def _factor(self, need_class: int, offer_class: int) -> float:
        return 1.0 if self.materials.compatible(need_class, offer_class) else self.mismatch

    def build(self, needs: SignatureTable, offers: SignatureTable, n_cols: int) -> None:
        """All links at once: each signature keeps its `max_links` best partners, from either end."""
        self.use(self.chosen_links(needs, offers, n_cols), needs, offers, n_cols)

    def chosen_links(self, needs: SignatureTable, offers: SignatureTable, n_cols: int) -> ChosenLinks:
        """The links `build` keeps, as (need, offer, similarity) arrays: the costly part of `build`,
        which reads only the tables (so a worker can do it while the caller goes on).

        Candidate pairs come from an inverted index over features: pairs sharing a
        feature whose posting lists are short enough to pair up within a budget
        (rare, informative features first; with few distinct readings that is all
        of them), plus, for each head concept, the most generic partners (those
        whose vector is mostly that head). Candidates are then scored exactly, so
        memory and time grow with the budget, not with the square of the readings.
        """
        nf, nh = needs.matrices(n_cols)
        of, oh = offers.matrices(n_cols)
        rows, cols = self._candidates(nf, nh, of, oh)
        sims: FloatArray = _EMPTY_SIMS
        if len(rows):
            (dots, covered), heads = _pair_dots_covered(nf, of, rows, cols), _pair_dots(nh, oh, rows, cols)
            # the need's squared values are stored scaled by its weight twice: divided by it once
            need_weights = np.asarray(needs.weights, dtype=np.float64)[rows]
            offer_weights = np.asarray(offers.weights, dtype=np.float64)[cols]
            dots = self.similarity.blend(dots, covered / need_weights * offer_weights).astype(np.float64)
            need_class = np.asarray(needs.materials, dtype=np.int64)[rows]
            offer_class = np.asarray(offers.materials, dtype=np.int64)[cols]
            dots = dots * self._factors(need_class, offer_class)
            keep = (heads > 0) & (dots >= self.similarity.minimum)
            rows, cols, sims = rows[keep], cols[keep], dots[keep].astype(np.float32)
        chosen = np.zeros(len(rows), dtype=np.bool_)
        chosen[_top_per_row(rows, cols, sims, self.max_links)] = True
        chosen[_top_per_row(cols, rows, sims, self.max_links)] = True
        return rows[chosen], cols[chosen], sims[chosen]

    def use(self, chosen: ChosenLinks, needs: SignatureTable, offers: SignatureTable, n_cols: int) -> None:
        """Take `chosen_links` of these tables as the graph."""
        rows, cols, sims = chosen
        links = sp.csr_matrix((sims, (rows, cols)), shape=(len(needs), len(offers)))
        self.by_need = _rows_best_first(links)
        self.by_offer = _rows_best_first(links.T.tocsr())
        self._offer_maps.clear()
        needs.compact(n_cols)
        offers.compact(n_cols)

    @staticmethod
    def _candidates(
        nf: sp.csr_matrix, nh: sp.csr_matrix, of: sp.csr_matrix, oh: sp.csr_matrix
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        n_need, n_offer = nf.shape[0], of.shape[0]
        if not n_need or not n_offer:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty
        need_df = np.diff(nf.tocsc().indptr).astype(np.int64)
        offer_df = np.diff(of.tocsc().indptr).astype(np.int64)
        pairs = need_df * offer_df
        budget = _PAIR_BUDGET_PER_SIGNATURE * (n_need + n_offer)
        order = np.argsort(pairs, kind="stable")
        informative = np.zeros(nf.shape[1], dtype=np.float32)
        informative[order[np.cumsum(pairs[order]) <= budget]] = 1.0
        # Pairs sharing an informative feature, row chunk by row chunk.
        need_bits = sp.csr_matrix((nf != 0).astype(np.float32) @ sp.diags(informative))
        offer_bits = sp.csc_matrix((of != 0).astype(np.float32).T)
        found_rows, found_cols = [], []
        for start in range(0, n_need, _CHUNK_ROWS):
            shared = sp.coo_matrix(need_bits[start : start + _CHUNK_ROWS] @ offer_bits)
            found_rows.append(shared.row.astype(np.int64) + start)
            found_cols.append(shared.col.astype(np.int64))
        # The most generic partners under each head concept, from either end.
        generic_rows, generic_cols = _generic_pairs(nh, of, _GENERIC_PARTNERS)
        found_rows.append(generic_rows)
        found_cols.append(generic_cols)
        generic_cols, generic_rows = _generic_pairs(oh, nf, _GENERIC_PARTNERS)
        found_rows.append(generic_rows)
        found_cols.append(generic_cols)
        unique = _distinct(np.concatenate(found_rows) * n_offer + np.concatenate(found_cols))
        return unique // n_offer, unique % n_offer

    def _factors(self, need_class: npt.NDArray[np.int64], offer_class: npt.NDArray[np.int64]) -> FloatArray:
        if not len(need_class):
            return np.empty(0, dtype=np.float32)
        width = int(offer_class.max(initial=0)) + 1
        keys = need_class * width + offer_class
        pairs = _distinct(keys)
        inverse = np.searchsorted(pairs, keys)
        factors = np.array([self._factor(int(p // width), int(p % width)) for p in pairs], dtype=np.float32)
        found: FloatArray = factors[inverse.ravel()]
        return found

    def add_need(self, sid: int, needs: SignatureTable, offers: SignatureTable) -> None:
        own = needs.materials[sid]
        links = offers.against(
            needs.vectors[sid], needs.weights[sid], self.similarity,
            lambda other: self._factor(own, offers.materials[other]), vec_is_need=True,
        )  # fmt: skip
        links = Links(links.ids[: self.max_links], links.sims[: self.max_links])
        _grow(self.by_need, sid)
        self.by_need[sid] = links
        for oid, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
            _grow(self.by_offer, oid)
            self.by_offer[oid] = _insert(self.by_offer[oid], sid, sim)
            self._offer_maps.pop(oid, None)

    def add_offer(self, sid: int, needs: SignatureTable, offers: SignatureTable) -> None:
        own = offers.materials[sid]
        links = needs.against(
            offers.vectors[sid], offers.weights[sid], self.similarity,
            lambda other: self._factor(needs.materials[other], own), vec_is_need=False,
        )  # fmt: skip
        links = Links(links.ids[: self.max_links], links.sims[: self.max_links])
        _grow(self.by_offer, sid)
        self.by_offer[sid] = links
        self._offer_maps.pop(sid, None)
        for nid, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
            _grow(self.by_need, nid)
            self.by_need[nid] = _insert(self.by_need[nid], sid, sim)

    def for_need(self, sid: int) -> Links:
        return self.by_need[sid] if sid < len(self.by_need) else Links(_EMPTY_IDS, _EMPTY_SIMS)

    def for_offer(self, sid: int) -> Links:
        return self.by_offer[sid] if sid < len(self.by_offer) else Links(_EMPTY_IDS, _EMPTY_SIMS)

    def needs_of(self, offer: int) -> dict[int, float]:
        """{need signature: similarity} for one offer signature."""
        found = self._offer_maps.get(offer)
        if found is None:
            links = self.for_offer(offer)
            found = self._offer_maps[offer] = dict(zip(links.ids.tolist(), links.sims.tolist(), strict=True))
        return found


def _distinct(keys: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Sorted distinct values (numpy's hash-based unique is slow on large int64 arrays)."""
    if not len(keys):
        return keys
    ordered = np.sort(keys, kind="stable")
    first = np.empty(len(ordered), dtype=np.bool_)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    distinct: npt.NDArray[np.int64] = ordered[first]
    return distinct


def _pair_dots(
    left: sp.csr_matrix, right: sp.csr_matrix, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    """left[rows[i]] . right[cols[i]] for every i, in chunks."""
    out = np.empty(len(rows), dtype=np.float64)
    for start in range(0, len(rows), _DOT_CHUNK):
        r, c = rows[start : start + _DOT_CHUNK], cols[start : start + _DOT_CHUNK]
        out[start : start + len(r)] = np.asarray(left[r].multiply(right[c]).sum(axis=1)).ravel()
    return out


def _pair_dots_covered(
    needs: sp.csr_matrix, offers: sp.csr_matrix, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """For every i: needs[rows[i]] . offers[cols[i]], and the sum of needs[rows[i]] squared over the
    features offers[cols[i]] also has; each pair's rows are sliced once for both."""
    dots = np.empty(len(rows), dtype=np.float64)
    covered = np.empty(len(rows), dtype=np.float64)
    for start in range(0, len(rows), _DOT_CHUNK):
        r, c = rows[start : start + _DOT_CHUNK], cols[start : start + _DOT_CHUNK]
        need = needs[r]
        both = need.multiply(offers[c]).tocsr()
        dots[start : start + len(r)] = np.asarray(both.sum(axis=1)).ravel()
        shared = both.copy()
        shared.data = np.ones_like(shared.data)
        covered[start : start + len(r)] = np.asarray(need.multiply(need).multiply(shared).sum(axis=1)).ravel()
    return dots, covered


def _generic_pairs(
    own_heads: sp.csr_matrix, other: sp.csr_matrix, per_head: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(own row, other row): each row with the `per_head` other rows weighing most on each of its heads."""
    other_csc = sp.csc_matrix(other)
    heads = sp.csc_matrix(own_heads)
    found_own, found_other = [], []
    for col in np.flatnonzero(np.diff(heads.indptr)).tolist():
        start, end = other_csc.indptr[col], other_csc.indptr[col + 1]
        if start == end:
            continue
        weights, members = other_csc.data[start:end], other_csc.indices[start:end]
        best = members[np.argsort(-weights, kind="stable")[:per_head]].astype(np.int64)
        carriers = heads.indices[heads.indptr[col] : heads.indptr[col + 1]].astype(np.int64)
        found_own.append(np.repeat(carriers, len(best)))
        found_other.append(np.tile(best, len(carriers)))
    if not found_own:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    return np.concatenate(found_own), np.concatenate(found_other)


def _top_per_row(
    rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64], vals: FloatArray, limit: int
) -> npt.NDArray[np.int64]:
    """Indices of the `limit` largest values of each row."""
    order = np.lexsort((cols, -vals, rows))
    sorted_rows = rows[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_rows, sorted_rows, side="left")
    chosen: npt.NDArray[np.int64] = order[rank < limit]
    return chosen


def _rows_best_first(matrix: sp.csr_matrix) -> list[Links]:
    rows: list[Links] = []
    for r in range(matrix.shape[0]):
        start, end = matrix.indptr[r], matrix.indptr[r + 1]
        ids = matrix.indices[start:end].astype(np.int32)
        sims = matrix.data[start:end].astype(np.float32)
        order = np.lexsort((ids, -sims))
        rows.append(Links(ids[order], sims[order]))
    return rows


def _grow(rows: list[Links], sid: int) -> None:
    while len(rows) <= sid:
        rows.append(Links(_EMPTY_IDS, _EMPTY_SIMS))


def _insert(links: Links, sid: int, sim: float) -> Links:
    at = int(np.searchsorted(-links.sims, -sim, side="right"))
    return Links(np.insert(links.ids, at, sid).astype(np.int32), np.insert(links.sims, at, sim).astype(np.float32))
