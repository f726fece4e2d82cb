"""The gap report per sub-cluster, with the distance the coordinator sets.

The matcher reads and matches every phrase (`matcher_client.coverage`); the report
itself is `shared.value_chain.gap_report`, the same one `clusterlink report` writes.
"""

from __future__ import annotations

import math
from typing import Annotated, Final

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from services.registry.api.deps import RegistryDep
from services.registry.dashboard.catalogue import live_profiles
from services.registry.dashboard.guard import PREFIX, DashboardSession, Refused, page, parts
from services.registry.dashboard.matcher_client import MatcherUnavailable
from shared.value_chain import DEFAULT_MAX_KM, gap_report

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
        cluster = await matcher.coverage(await live_profiles(registry))
    except MatcherUnavailable as exc:
        return page(request, session, "gaps.html.j2", 503, max_km=km, report=None, cluster=None, problem=str(exc))
    report = gap_report(cluster, max_km=km)
    return page(request, session, "gaps.html.j2", max_km=km, report=report, cluster=cluster, problem=None)
