"""Distinct item readings ("signatures") and which offers can meet which needs.

SMEs that word a thing alike share a signature, so similarity is computed per
pair of distinct readings, not per pair of SMEs. A need signature is linked to
an offer signature when their heads overlap (the same goods, or goods under the
same broader concept) and the weighted cosine of their vectors reaches
`min_similarity`; links are kept best first on both sides.
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

_EMPTY_IDS: IntArray = np.empty(0, dtype=np.int32)
_EMPTY_SIMS: FloatArray = np.empty(0, dtype=np.float32)
_TAIL_LIMIT = 256


@dataclass(frozen=True, slots=True)
class Links:
    ids: IntArray
    sims: FloatArray


class SignatureTable:
    """Interned signatures of one side with their vectors, weights and material classes."""

    def __init__(self) -> None:
        self.keys: list[Hashable] = []
        self.vectors: list[Encoded] = []
        self.weights: list[float] = []
        self.materials: list[int] = []
        self._ids: dict[Hashable, int] = {}
        self._base_rows = 0
        self._base_cols = 0
        self._base: sp.csc_matrix | None = None
        self._base_head: sp.csc_matrix | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def intern(self, key: Hashable, encode: Callable[[], Encoded], weight: float, materials: int) -> tuple[int, bool]:
        """The signature id for `key`, and whether it was new."""
        sid = self._ids.get(key)
        if sid is not None:
            return sid, False
        sid = len(self.keys)
        self._ids[key] = sid
        self.keys.append(key)
        self.vectors.append(encode())
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

    def against(self, vec: Encoded, weight: float, min_similarity: float, penalty: Callable[[int], float]) -> Links:
        """This side's signatures that `vec` (from the other side) links to, best first.

        `penalty(sid)` scales the similarity to each signature (material mismatch).
        """
        n = len(self.vectors)
        if self._base is None or n - self._base_rows > max(_TAIL_LIMIT, self._base_rows // 20):
            self.compact(max(self._base_cols, int(vec.cols.max(initial=0)) + 1))
        assert self._base is not None and self._base_head is not None
        sims = np.zeros(n, dtype=np.float32)
        heads = np.zeros(n, dtype=np.bool_)
        known = vec.cols < self._base_cols
        if known.any():
            cols, vals = vec.cols[known], vec.vals[known] * weight
            sub = self._base[:, cols]
            counts = np.diff(sub.indptr)
            np.add.at(sims, sub.indices, sub.data * np.repeat(vals, counts))
            hcols = vec.cols[known & vec.head]
            if len(hcols):
                heads[self._base_head[:, hcols].indices] = True
        for sid in range(self._base_rows, n):  # the tail added since the last compaction
            other = self.vectors[sid]
            common, i, j = np.intersect1d(vec.cols, other.cols, assume_unique=True, return_indices=True)
            if len(common):
                sims[sid] = float(np.dot(vec.vals[i], other.vals[j])) * weight * self.weights[sid]
                heads[sid] = bool((vec.head[i] & other.head[j]).any())
        candidates = np.flatnonzero(heads & (sims >= min_similarity))
        sims[candidates] *= np.fromiter((penalty(int(c)) for c in candidates), dtype=np.float32, count=len(candidates))
        keep = candidates[sims[candidates] >= min_similarity].astype(np.int32)
        order = np.argsort(-sims[keep], kind="stable")
        return Links(keep[order], sims[keep][order])


class SimilarityGraph:
    """Links between need and offer signatures, best first from either end."""

    def __init__(self, min_similarity: float, mismatch: float, materials: MaterialClasses) -> None:
        self.min_similarity = min_similarity
        self.mismatch = mismatch  # factor on a pair whose materials conflict
        self.materials = materials
        self.by_need: list[Links] = []
        self.by_offer: list[Links] = []
        self._offer_maps: dict[int, dict[int, float]] = {}  # offer -> {need: similarity}, built on demand

    def _factor(self, need_class: int, offer_class: int) -> float:
        return 1.0 if self.materials.compatible(need_class, offer_class) else self.mismatch

    def build(self, needs: SignatureTable, offers: SignatureTable, n_cols: int) -> None:
        nf, nh = needs.matrices(n_cols)
        of, oh = offers.matrices(n_cols)
        sims = (nf @ of.T).tocsr()
        overlap = (nh @ oh.T).tocsr()
        sims = sims.multiply(overlap > 0).tocoo()
        need_class = np.asarray(needs.materials, dtype=np.int64)[sims.row]
        offer_class = np.asarray(offers.materials, dtype=np.int64)[sims.col]
        pairs, inverse = np.unique(np.stack([need_class, offer_class]), axis=1, return_inverse=True)
        factors = np.array([self._factor(int(a), int(b)) for a, b in pairs.T], dtype=np.float32)
        data = sims.data * factors[inverse.ravel()] if len(sims.data) else sims.data
        data[data < self.min_similarity] = 0
        sims = sp.csr_matrix((data, (sims.row, sims.col)), shape=sims.shape)
        sims.eliminate_zeros()
        self.by_need = _rows_best_first(sims)
        self.by_offer = _rows_best_first(sims.T.tocsr())
        self._offer_maps.clear()
        needs.compact(n_cols)
        offers.compact(n_cols)

    def add_need(self, sid: int, needs: SignatureTable, offers: SignatureTable) -> None:
        own = needs.materials[sid]
        links = offers.against(
            needs.vectors[sid], needs.weights[sid], self.min_similarity,
            lambda other: self._factor(own, offers.materials[other]),
        )  # fmt: skip
        _grow(self.by_need, sid)
        self.by_need[sid] = links
        for oid, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
            _grow(self.by_offer, oid)
            self.by_offer[oid] = _insert(self.by_offer[oid], sid, sim)
            self._offer_maps.pop(oid, None)

    def add_offer(self, sid: int, needs: SignatureTable, offers: SignatureTable) -> None:
        own = offers.materials[sid]
        links = needs.against(
            offers.vectors[sid], offers.weights[sid], self.min_similarity,
            lambda other: self._factor(needs.materials[other], own),
        )  # fmt: skip
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
