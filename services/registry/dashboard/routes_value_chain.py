"""The value-chain page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from services.registry.api.deps import RegistryDep
from services.registry.dashboard.catalogue import live_profiles
from services.registry.dashboard.guard import PREFIX, DashboardSession, page
from services.registry.dashboard.pages import language
from services.registry.dashboard.value_chain import picture_svg, stage_counts

router = APIRouter(prefix=PREFIX, include_in_schema=False)


@router.get("/value-chain", response_class=HTMLResponse)
async def value_chain(request: Request, session: DashboardSession, registry: RegistryDep) -> Response:
    profiles = await live_profiles(registry)
    # The SVG renderer escapes every string it writes (shared.value_chain.svg), so it is inlined as it is.
    svg = Markup(picture_svg(profiles, language(request)))
    return page(request, session, "value_chain.html.j2", svg=svg, counts=stage_counts(profiles), total=len(profiles))
