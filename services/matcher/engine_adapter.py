"""Binds the service to the scoring engine in `services.matcher.scoring`.

The service decides what the engine may do to the process: large fits spread
over forked workers only while no other thread runs (`engine_workers`), and all
indexes of a replica share one phrase reader, so a refit reads only new wording.
"""

from __future__ import annotations

from typing import Any

from services.matcher.live_index import Engine, EngineIndex
from shared.events import SmeProfileV1


def default_engine(fit_jobs: int = 0) -> Engine:
    """fit_jobs: processes a large fit may use; 0 lets the engine use every core it may."""
    from services.matcher.engine_workers import ForkedWorkers
    from services.matcher.scoring import MatchIndex, PhraseReader, Profile

    workers = ForkedWorkers(fit_jobs or None)
    readers: list[PhraseReader] = []  # made on first use: loading the glossary waits for the first index

    def new_index(k: int) -> EngineIndex:
        if not readers:
            readers.append(PhraseReader())
        index: EngineIndex = MatchIndex(k=k, reader=readers[0], executor=workers)
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
