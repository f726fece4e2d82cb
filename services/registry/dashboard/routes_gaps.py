"""The gap report per sub-cluster, with the distance the coordinator sets.

The matcher reads and matches every phrase (`matcher_client.coverage`); the report
itself is `shared.value_chain.gap_report`, the same one `clusterlink report` writes.
The last cluster's coverage is kept, by the content of the profiles sent: showing the
page again, or with another distance, asks the matcher nothing while no profile changed.
"""

from __future__ import annotations

import hashlib
import math
from typing import Annotated, Final

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from services.registry.api.deps import RegistryDep
from services.registry.dashboard.catalogue import live_profiles
from services.registry.dashboard.guard import PREFIX, DashboardSession, Refused, page, parts
from services.registry.dashboard.matcher_client import MatcherClient, MatcherUnavailable
from shared.events import SmeProfileV1
from shared.value_chain import DEFAULT_MAX_KM, Cluster, gap_report

router = APIRouter(prefix=PREFIX, include_in_schema=False)

MAX_KM_LIMIT: Final = 2_000.0  # Thailand is about 1,650 km from end to end


def chosen_distance(text: str | None) -> float:
    if text is None or not text.strip():
        return DEFAULT_MAX_KM
    try:
        km = float(text)
    except ValueError:
        km = math.nan
    if not (1 <= km <= MAX_KM_LIMIT):  # also refuses nan and inf
        raise Refused(422, "bad_filter", field="max_km", reason=f"is not a distance from 1 to {MAX_KM_LIMIT:.0f} km")
    return km


def _content_key(profiles: list[SmeProfileV1]) -> str:
    digest = hashlib.sha256()
    for p in profiles:
        digest.update(p.model_dump_json().encode())
    return digest.hexdigest()


async def coverage_of(request: Request, matcher: MatcherClient, profiles: list[SmeProfileV1]) -> Cluster:
    """The matcher's coverage of these profiles; the last answer is kept while they stay the same
    (parsing it alone is a second or more at 2,000 SMEs)."""
    key = _content_key(profiles)
    kept: tuple[str, Cluster] | None = getattr(request.app.state, "gap_coverage", None)
    if kept is not None and kept[0] == key:
        return kept[1]
    cluster = await matcher.coverage(profiles)
    request.app.state.gap_coverage = (key, cluster)
    return cluster


@router.get("/gaps", response_class=HTMLResponse)
async def gaps(
    request: Request,
    session: DashboardSession,
    registry: RegistryDep,
    max_km: Annotated[str | None, Query(max_length=20)] = None,
) -> Response:
    km = chosen_distance(max_km)
    matcher = parts(request).matcher
    try:
        if matcher is None:
            raise MatcherUnavailable("no key for the matcher configured (REGISTRY_MATCHER_API_KEY)")
        cluster = await coverage_of(request, matcher, await live_profiles(registry))
    except MatcherUnavailable as exc:
        return page(request, session, "gaps.html.j2", 503, max_km=km, report=None, cluster=None, problem=str(exc))
    report = gap_report(cluster, max_km=km)
    return page(request, session, "gaps.html.j2", max_km=km, report=report, cluster=cluster, problem=None)
