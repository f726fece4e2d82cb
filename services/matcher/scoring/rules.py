"""Value-chain and soft-fit rules between a supplier and a buyer.

Value chain: goods flow from upstream (growers, fibre, yarn, waste collection)
through midstream (weaving, dyeing, finishing) to downstream (products, brands,
hospitals, hotels). A supplier may sell to its own stage (yarn spinner to
weaver, garment maker to retailer) or any later one (herb grower to compress
maker); it never supplies an earlier stage, except with waste and used goods,
which flow back to the recyclers: that is the circular economy.

Soft fit adds at most `FitWeights.total` on top of 1 and is normalised away, so
a pair's final score stays in [0, 1]: text similarity x value chain x soft fit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from shared.taxonomy import PROVINCES, BcgTag, Stage, SubCluster, canonical_certifications, resolve_province

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

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
        chain = np.zeros((n_stage, n_stage, 2), dtype=np.float32)
        for s in range(n_stage):
            for b in range(n_stage):
                chain[s, b, 0] = 1.0 if s <= b else 0.0
                chain[s, b, 1] = 1.0
        self.chain = chain

        n_sc = len(_SUB_CLUSTERS) + 1  # the last index: unknown
        affinity = np.zeros((n_sc, n_sc), dtype=np.float32)
        for i, a in enumerate(_SUB_CLUSTERS):
            for j, b in enumerate(_SUB_CLUSTERS):
                affinity[i, j] = 1.0 if a == b else 0.5 if frozenset({a, b}) in LINKED_SUB_CLUSTERS else 0.0

        n_bcg = 1 << len(_BCG)
        jaccard = np.zeros((n_bcg, n_bcg), dtype=np.float32)
        for x in range(n_bcg):
            for y in range(n_bcg):
                union = bin(x | y).count("1")
                jaccard[x, y] = bin(x & y).count("1") / union if union else 0.0

        n_prov = len(PROVINCES) + 1
        nearness = np.zeros((n_prov, n_prov), dtype=np.float32)
        self.km = np.full((n_prov, n_prov), np.nan, dtype=np.float32)
        for i, a in enumerate(PROVINCES):
            for j, b in enumerate(PROVINCES):
                km = a.distance_to(b)
                self.km[i, j] = km
                nearness[i, j] = math.exp(-km / weights.distance_scale_km)

        scale = 1.0 + weights.total
        self._affinity = affinity * (weights.sub_cluster / scale)
        self._jaccard = jaccard * (weights.bcg / scale)
        self._nearness = nearness * (weights.distance / scale)
        self._base = 1.0 / scale

    # ------------------------------------------------------------------ encoding

    @staticmethod
    def stage_index(stage: str) -> int:
        try:
            return _STAGES.index(Stage(stage))
        except ValueError:
            return 1  # unknown: treat as midstream rather than refuse to match

    @staticmethod
    def sub_cluster_index(sub_cluster: str) -> int:
        try:
            return _SUB_CLUSTERS.index(SubCluster(sub_cluster))
        except ValueError:
            return len(_SUB_CLUSTERS)

    @staticmethod
    def province_index(province: str) -> int:
        found = resolve_province(province) if province else None
        return PROVINCES.index(found) if found is not None else UNKNOWN_PROVINCE

    @staticmethod
    def bcg_mask(tags: Iterable[str]) -> int:
        mask = 0
        for tag in tags:
            try:
                mask |= 1 << _BCG.index(BcgTag(tag.strip().lower()))
            except ValueError:
                continue
        return mask

    @staticmethod
    def sub_cluster_linked(a: SubCluster, b: SubCluster) -> bool:
        return frozenset({a, b}) in LINKED_SUB_CLUSTERS

    @staticmethod
    def certifications(values: Iterable[str]) -> frozenset[str]:
        return canonical_certifications(values)

    # ------------------------------------------------------------------ scoring

    def fit(
        self,
        s_stage: npt.ArrayLike,
        s_sc: npt.ArrayLike,
        s_prov: npt.ArrayLike,
        s_bcg: npt.ArrayLike,
        b_stage: npt.ArrayLike,
        b_sc: npt.ArrayLike,
        b_prov: npt.ArrayLike,
        b_bcg: npt.ArrayLike,
        circular: npt.ArrayLike,
    ) -> FloatArray:
        """Value-chain factor x normalised soft fit; arguments broadcast like numpy arrays."""
        chain = self.chain[s_stage, b_stage, circular]
        soft = self._base + self._affinity[s_sc, b_sc] + self._jaccard[s_bcg, b_bcg] + self._nearness[s_prov, b_prov]
        return np.asarray(chain * soft, dtype=np.float32)

    def distance_km(self, a: int, b: int) -> float | None:
        value = float(self.km[a, b])
        return None if math.isnan(value) else value
