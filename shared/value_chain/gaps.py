"""The gap report: what the cluster cannot supply itself, per sub-cluster.

Three lists, from the per-phrase coverage the matcher worked out:

- needs no SME offers: no candidate offer scores at least `min_score`;
- offers no SME needs: no candidate need scores at least `min_score`;
- needs met only far away: every good-enough supplier is farther than `max_km`
  (great-circle distance between provincial capitals).

Needs that seek customers ("looking for buyers for our tees") are not needs for
inputs, so they are never reported as unmet. A near miss (the best candidate
under the threshold) is kept, so a coordinator sees what came closest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from shared.taxonomy import SubCluster, resolve_province
from shared.value_chain.model import Candidate, Cluster, Firm, PhraseRef, Side

DEFAULT_MAX_KM: Final = 300.0
DEFAULT_MIN_SCORE: Final = 0.35  # under this the matcher's best candidate shares little more than a word


@dataclass(frozen=True, slots=True)
class Gap:
    ref: PhraseRef
    text: str
    concept: str | None
    nearest: Candidate | None = None  # the best candidate: under the threshold, or (for far needs) the closest
    distance_km: float | None = None  # far needs: how far the closest good-enough supplier is


@dataclass(frozen=True)
class SubClusterGaps:
    sub_cluster: SubCluster
    unmet_needs: tuple[Gap, ...] = ()
    unwanted_offers: tuple[Gap, ...] = ()
    far_needs: tuple[Gap, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.unmet_needs or self.unwanted_offers or self.far_needs)


@dataclass(frozen=True)
class GapReport:
    min_score: float
    max_km: float
    by_sub_cluster: tuple[SubClusterGaps, ...] = field(default_factory=tuple)

    def unmet_needs(self) -> list[Gap]:
        return [g for s in self.by_sub_cluster for g in s.unmet_needs]

    def unwanted_offers(self) -> list[Gap]:
        return [g for s in self.by_sub_cluster for g in s.unwanted_offers]

    def far_needs(self) -> list[Gap]:
        return [g for s in self.by_sub_cluster for g in s.far_needs]


def gap_report(cluster: Cluster, *, min_score: float = DEFAULT_MIN_SCORE, max_km: float = DEFAULT_MAX_KM) -> GapReport:
    per: dict[SubCluster, dict[str, list[Gap]]] = {s: {"unmet": [], "unwanted": [], "far": []} for s in SubCluster}
    for firm in cluster.firms:
        lists = per[firm.sub_cluster]
        for index, need in enumerate(firm.needs):
            if need.market:
                continue
            ref = PhraseRef(firm.id, Side.NEED, index)
            candidates = cluster.coverage.get(ref, ())
            good = [c for c in candidates if c.score >= min_score]
            if not good:
                lists["unmet"].append(Gap(ref, need.text, need.concept, _best(candidates)))
                continue
            closest = _closest(cluster, firm, good)
            if closest is not None and closest[1] > max_km:
                lists["far"].append(Gap(ref, need.text, need.concept, closest[0], closest[1]))
        for index, offer in enumerate(firm.offers):
            ref = PhraseRef(firm.id, Side.OFFER, index)
            candidates = cluster.coverage.get(ref, ())
            if not any(c.score >= min_score for c in candidates):
                lists["unwanted"].append(Gap(ref, offer.text, offer.concept, _best(candidates)))
    return GapReport(
        min_score=min_score,
        max_km=max_km,
        by_sub_cluster=tuple(
            SubClusterGaps(s, tuple(lists["unmet"]), tuple(lists["unwanted"]), tuple(lists["far"]))
            for s, lists in per.items()
        ),
    )


def _best(candidates: Iterable[Candidate]) -> Candidate | None:
    # Ties go to the smallest reference, so the report does not depend on input order.
    return min(candidates, key=lambda c: (-c.score, c.ref), default=None)


def _closest(cluster: Cluster, firm: Firm, good: list[Candidate]) -> tuple[Candidate, float] | None:
    """The nearest good-enough supplier and its distance; None when some distance is unknown."""
    here = resolve_province(firm.province)
    if here is None:
        return None
    best: tuple[Candidate, float] | None = None
    for candidate in good:
        there = resolve_province(cluster.firm(candidate.ref.firm_id).province)
        if there is None:
            return None  # an unknown place might be next door: do not call the need far
        km = here.distance_to(there)
        if best is None or (km, candidate.ref) < (best[1], best[0].ref):
            best = (candidate, km)
    return best
