"""The funnel over time, the introductions as a spreadsheet, and the SMEs with no suggestion."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from services.registry.api.deps import RegistryDep
from services.registry.dashboard.catalogue import live_profiles
from services.registry.dashboard.export import introduction_rows
from services.registry.dashboard.funnel import STAGES, TOTAL, funnel, introduced
from services.registry.dashboard.guard import PREFIX, DashboardSession, page, parts
from services.registry.dashboard.matcher_client import MatcherUnavailable
from services.registry.dashboard.routes_files import ExportFormat, spreadsheet
from services.registry.dashboard.unmatched import unmatched

router = APIRouter(prefix=PREFIX, include_in_schema=False)


@router.get("/funnel", response_class=HTMLResponse)
async def funnel_page(request: Request, session: DashboardSession, registry: RegistryDep) -> Response:
    profiles = {p.id: p for p in await live_profiles(registry)}
    counted = funnel(await parts(request).funnel.pairs(), profiles)
    return page(request, session, "funnel.html.j2", funnel=counted, stage_names=STAGES, total=TOTAL)


@router.get("/introductions.{kind}")
async def introductions(request: Request, _: DashboardSession, kind: ExportFormat, registry: RegistryDep) -> Response:
    profiles = {p.id: p for p in await live_profiles(registry)}
    pairs = introduced(await parts(request).funnel.pairs(), profiles)
    return await spreadsheet(kind, introduction_rows(pairs, profiles), "clusterlink-introductions", "Introductions")


@router.get("/unmatched", response_class=HTMLResponse)
async def unmatched_page(request: Request, session: DashboardSession, registry: RegistryDep) -> Response:
    dashboard = parts(request)
    profiles = await live_profiles(registry)
    suggested = {sme for pair in await dashboard.funnel.pairs() for sme in (pair.supplier_id, pair.buyer_id)}
    try:
        found, waiting = await unmatched(profiles, suggested, dashboard.matcher)
    except MatcherUnavailable as exc:
        return page(request, session, "unmatched.html.j2", 503, found=[], waiting=[], problem=str(exc))
    return page(request, session, "unmatched.html.j2", found=found, waiting=waiting, problem=None)
