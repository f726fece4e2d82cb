"""Value-chain and soft-fit rules between a supplier and a buyer.

Value chain: goods flow from upstream (growers, fibre, yarn, waste collection)
through midstream (weaving, dyeing, finishing) to downstream (products, brands,
hospitals, hotels). A supplier may sell to its own stage (yarn spinner to
weaver, garment maker to retailer) or any later one (herb grower to compress
maker); goods flow to an earlier stage only to fill a list left short (a kapok
grower who also sews mattresses buys cloth from a weaver): such a pair scores a
hundredth of its fit, so it ranks after every pair along the chain. Waste and
used goods flow back freely to the recyclers (the circular economy), and so does
work done on the buyer's own goods (commission spinning for a cotton grower),
which moves no goods along the chain (decisions 0015, 0016).

Soft fit adds at most `FitWeights.total` on top of 1 and is normalised away, so
a pair's final score stays in [0, 1]: text similarity x value chain x soft fit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from shared.taxonomy import PROVINCES, BcgTag, Stage, SubCluster, canonical_certifications, resolve_province

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
Index = IntArray | np.integer[Any] | int  # a bucket attribute, or an array of them

_SUB_CLUSTERS = tuple(SubCluster)
_STAGES = tuple(Stage)
_BCG = tuple(BcgTag)
# Sub-clusters that trade with each other a lot: ageing-lifestyle products made in
# Isan sell in the Central region; recycled PET feeds sportswear; Isan's
# handwoven cotton and silk sit beside the natural-fibre group.
LINKED_SUB_CLUSTERS = frozenset(
    {
        frozenset({SubCluster.AGEING_LIFESTYLE_ISAN, SubCluster.AGEING_LIFESTYLE_CENTRAL}),
        frozenset({SubCluster.CIRCULAR_TEXTILE, SubCluster.SPORTECH}),
        frozenset({SubCluster.HEMP_NATURAL_FIBRE, SubCluster.AGEING_LIFESTYLE_ISAN}),
    }
)
UNKNOWN_PROVINCE = len(PROVINCES)
# Goods against the chain: small enough to rank after every pair along it, above none.
AGAINST_CHAIN = 0.01
_STAGE_INDEX = {s.value: i for i, s in enumerate(_STAGES)}
_SUB_CLUSTER_INDEX = {s.value: i for i, s in enumerate(_SUB_CLUSTERS)}
_PROVINCE_INDEX = {p.name_en: i for i, p in enumerate(PROVINCES)}
_BCG_BIT = {b.value: 1 << i for i, b in enumerate(_BCG)}


@dataclass(frozen=True, slots=True)
class FitWeights:
    sub_cluster: float = 0.10  # same sub-cluster; linked sub-clusters get half
    bcg: float = 0.05  # share of BCG tags in common (Jaccard)
    distance: float = 0.05  # e^(-km / distance_scale_km)
    distance_scale_km: float = 250.0

    @property
    def total(self) -> float:
        return self.sub_cluster + self.bcg + self.distance


class PairRules:
    """Lookup tables for the value-chain factor and the soft fit, vectorised over buckets."""

    def __init__(self, weights: FitWeights) -> None:
        self.weights = weights
        n_stage = len(_STAGES)
        # [supplier stage, buyer stage, circular goods?]
        chain = np.zeros((n_stage, n_stage, 2), dtype=np.float64)
        for supplier in range(n_stage):
            for buyer in range(n_stage):
                chain[supplier, buyer, 0] = 1.0 if supplier <= buyer else AGAINST_CHAIN
                chain[supplier, buyer, 1] = 1.0
        self.chain = chain

        n_sc = len(_SUB_CLUSTERS) + 1  # the last index: unknown
        affinity = np.zeros((n_sc, n_sc), dtype=np.float64)
        for i, first in enumerate(_SUB_CLUSTERS):
            for j, second in enumerate(_SUB_CLUSTERS):
                same, linked = first == second, frozenset({first, second}) in LINKED_SUB_CLUSTERS
                affinity[i, j] = 1.0 if same else 0.5 if linked else 0.0

        n_bcg = 1 << len(_BCG)
        jaccard = np.zeros((n_bcg, n_bcg), dtype=np.float64)
        for x in range(n_bcg):
            for y in range(n_bcg):
                union = bin(x | y).count("1")
                jaccard[x, y] = bin(x & y).count("1") / union if union else 0.0

        n_prov = len(PROVINCES) + 1
        nearness = np.zeros((n_prov, n_prov), dtype=np.float64)
        self.km = np.full((n_prov, n_prov), np.nan, dtype=np.float64)
        for i, here in enumerate(PROVINCES):
            for j, there in enumerate(PROVINCES):
                km = here.distance_to(there)
                self.km[i, j] = km
                nearness[i, j] = math.exp(-km / weights.distance_scale_km)

        self.parts_tables = (affinity, jaccard, nearness)  # each part unweighted, in [0, 1] (`learning`)
        self.set_weights(weights)

    def set_weights(self, weights: FitWeights) -> None:
        """Weigh the soft fit's parts anew (the distance scale stays the one built with)."""
        self.weights = weights
        affinity, jaccard, nearness = self.parts_tables
        scale = 1.0 + weights.total
        self._affinity = affinity * (weights.sub_cluster / scale)
        self._jaccard = jaccard * (weights.bcg / scale)
        self._nearness = nearness * (weights.distance / scale)
        self._base = 1.0 / scale

    # ------------------------------------------------------------------ encoding

    @staticmethod
    def stage_index(stage: str) -> int:
        return _STAGE_INDEX.get(stage, 1)  # unknown: treat as midstream rather than refuse to match

    @staticmethod
    def sub_cluster_index(sub_cluster: str) -> int:
        return _SUB_CLUSTER_INDEX.get(sub_cluster, len(_SUB_CLUSTERS))

    @staticmethod
    @lru_cache(maxsize=4096)
    def province_index(province: str) -> int:
        found = resolve_province(province) if province else None
        return _PROVINCE_INDEX[found.name_en] if found is not None else UNKNOWN_PROVINCE

    @staticmethod
    @lru_cache(maxsize=4096)
    def bcg_mask(tags: tuple[str, ...]) -> int:
        mask = 0
        for tag in tags:
            mask |= _BCG_BIT.get(tag.strip().lower(), 0)
        return mask

    @staticmethod
    def sub_cluster_linked(a: SubCluster, b: SubCluster) -> bool:
        return frozenset({a, b}) in LINKED_SUB_CLUSTERS

    @staticmethod
    @lru_cache(maxsize=4096)
    def certifications(values: tuple[str, ...]) -> frozenset[str]:
        return canonical_certifications(values)

    # ------------------------------------------------------------------ scoring

    def fit(
        self,
        s_stage: Index,
        s_sc: Index,
        s_prov: Index,
        s_bcg: Index,
        b_stage: Index,
        b_sc: Index,
        b_prov: Index,
        b_bcg: Index,
        circular: Index,
    ) -> FloatArray:
        """Value-chain factor x normalised soft fit; arguments broadcast like numpy arrays."""
        chain: FloatArray = self.chain[s_stage, b_stage, circular]
        affinity: FloatArray = self._affinity[s_sc, b_sc]
        shared: FloatArray = self._jaccard[s_bcg, b_bcg]
        nearness: FloatArray = self._nearness[s_prov, b_prov]
        return np.asarray(chain * (self._base + affinity + shared + nearness), dtype=np.float64)

    def parts(
        self, s_sc: Index, s_prov: Index, s_bcg: Index, b_sc: Index, b_prov: Index, b_bcg: Index
    ) -> tuple[FloatArray, FloatArray, FloatArray]:
        """The soft fit's parts, unweighted: sub-cluster affinity, shared BCG tags, nearness."""
        affinity, jaccard, nearness = self.parts_tables
        return affinity[s_sc, b_sc], jaccard[s_bcg, b_bcg], nearness[s_prov, b_prov]

    @property
    def lowest_fit(self) -> float:
        """The smallest factor a pair along the value chain can get (no soft fit at all).

        Pairs against it score less and may be missed by a search bounded by this; they only
        fill lists short of pairs along the chain, and the ranking rescans every such list."""
        return self._base

    def distance_km(self, a: int, b: int) -> float | None:
        value = float(self.km[a, b])
        return None if math.isnan(value) else value
