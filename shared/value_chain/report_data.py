"""The gap report and the chain suggestions as plain JSON data, for scripts and for pages that draw their own."""

from __future__ import annotations

from typing import Any

from shared.value_chain.chains import Chain
from shared.value_chain.gaps import Gap, GapReport
from shared.value_chain.model import Cluster


def report_json(cluster: Cluster, gaps: GapReport, chains: tuple[list[Chain], list[Chain]]) -> dict[str, Any]:
    """The gap report and the chains as data, for scripts and tests."""

    def gap(g: Gap) -> dict[str, Any]:
        return {
            "sme_id": g.ref.firm_id, "text": g.text, "concept": g.concept,
            "nearest": None if g.nearest is None else {"sme_id": g.nearest.ref.firm_id, "score": g.nearest.score},
            "distance_km": None if g.distance_km is None else round(g.distance_km),
        }  # fmt: skip

    def chain(c: Chain) -> dict[str, Any]:
        missing = None if c.missing is None else {"sme_id": c.missing.firm_id, "need": cluster.phrase(c.missing).text}
        return {"sme_ids": list(c.firm_ids), "scores": list(c.scores), "rank_score": c.rank_score, "missing": missing}

    return {
        "min_score": gaps.min_score,
        "max_km": gaps.max_km,
        "gaps": {
            part.sub_cluster.value: {
                "unmet_needs": [gap(g) for g in part.unmet_needs],
                "unwanted_offers": [gap(g) for g in part.unwanted_offers],
                "far_needs": [gap(g) for g in part.far_needs],
            }
            for part in gaps.by_sub_cluster
        },
        "chains": [chain(c) for c in chains[0]],
        "chains_with_missing_link": [chain(c) for c in chains[1]],
    }
