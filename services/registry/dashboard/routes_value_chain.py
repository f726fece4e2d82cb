"""The value-chain page: the picture with suggested and established links, and the chain suggestions."""

from __future__ import annotations

import asyncio
from functools import partial

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from services.registry.api.deps import RegistryDep
from services.registry.dashboard.catalogue import live_profiles
from services.registry.dashboard.funnel import introduced
from services.registry.dashboard.guard import PREFIX, DashboardSession, Refused, page, parts
from services.registry.dashboard.matcher_client import MatcherUnavailable
from services.registry.dashboard.pages import language
from services.registry.dashboard.routes_gaps import coverage_of
from services.registry.dashboard.value_chain import firms_only_view, linked_view, stage_counts
from shared.taxonomy import SubCluster
from shared.value_chain import DEFAULT_MIN_SCORE

router = APIRouter(prefix=PREFIX, include_in_schema=False)


@router.get("/value-chain", response_class=HTMLResponse)
async def value_chain(
    request: Request, session: DashboardSession, registry: RegistryDep, focus: str | None = None
) -> Response:
    lang = language(request)
    dashboard = parts(request)
    profiles = await live_profiles(registry)
    by_id = {p.id: p for p in profiles}
    focus = (focus or "").strip() or None
    if focus is not None and focus not in by_id and focus not in {s.value for s in SubCluster}:
        raise Refused(422, "bad_filter", field="focus", reason="is neither a registered SME id nor a sub-cluster")
    established = [(p.supplier_id, p.buyer_id) for p in introduced(await dashboard.funnel.pairs(), by_id)]
    problem = None
    try:
        if dashboard.matcher is None:
            raise MatcherUnavailable("no key for the matcher configured (REGISTRY_MATCHER_API_KEY)")
        cluster = await coverage_of(request, dashboard.matcher, profiles)
        suggested = await dashboard.matcher.suggested_links(list(by_id))
        view = await asyncio.to_thread(partial(linked_view, cluster, suggested, established, lang, focus=focus))
    except MatcherUnavailable as exc:
        problem = str(exc)
        view = await asyncio.to_thread(firms_only_view, profiles, established, lang, focus)
    return page(
        request, session, "value_chain.html.j2",
        # The SVG renderer escapes every string it writes (shared.value_chain.svg), so it is inlined as it is.
        svg=Markup(view.svg), view=view, problem=problem,
        min_score=DEFAULT_MIN_SCORE, counts=stage_counts(profiles), total=len(profiles),
        focus=focus, neighbourhood=Markup(view.neighbourhood_svg),
    )  # fmt: skip
