"""Rendering the dashboard's pages: Jinja2 with autoescaping on every template, and safe headers."""

from __future__ import annotations

from typing import Any, Final

from fastapi import Request
from fastapi.responses import HTMLResponse

from services.registry.dashboard.i18n import LANG_COOKIE, Words, pick
from services.registry.templating import environment
from shared.taxonomy import BcgTag, Stage, SubCluster

# No script may run and nothing may frame the pages; styles are the page's own.
SECURITY_HEADERS: Final = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def language(request: Request) -> str:
    return pick(request.query_params.get("lang") or request.cookies.get(LANG_COOKIE))


def render(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    lang = language(request)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    html = (
        environment("services.registry.dashboard")
        .get_template(template)
        .render(
            t=Words(lang),
            lang=lang,
            here=here,
            sub_clusters=list(SubCluster),
            stages=list(Stage),
            bcg_tags=list(BcgTag),
            signed_in=values.pop("signed_in", True),
            **values,
        )
    )
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
