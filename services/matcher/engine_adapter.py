"""Binds the service to the scoring engine in `services.matcher.scoring`."""

from __future__ import annotations

from typing import Any

from services.matcher.live_index import Engine, EngineIndex
from shared.events import SmeProfileV1


def default_engine(fit_jobs: int = 0) -> Engine:
    """fit_jobs: processes a large fit may use; 0 lets the engine use every core it may."""
    from services.matcher.scoring import MatchIndex, Profile

    def new_index(k: int) -> EngineIndex:
        index: EngineIndex = MatchIndex(k=k, n_jobs=fit_jobs or None)
        return index

    def to_profile(p: SmeProfileV1) -> Any:
        return Profile(
            id=p.id,
            name=p.name,
            sub_cluster=p.sub_cluster,
            stage=p.stage,
            province=p.province,
            offers=tuple(p.offers),
            needs=tuple(p.needs),
            certifications=tuple(p.certifications),
            bcg=tuple(p.bcg),
            language=p.language,
        )

    return Engine(new_index=new_index, to_profile=to_profile)
