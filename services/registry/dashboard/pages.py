"""Rendering the dashboard's pages: Jinja2 with autoescaping on every template, and safe headers."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from services.registry.dashboard.i18n import LANG_COOKIE, Words, pick
from shared.taxonomy import BcgTag, Stage, SubCluster, resolve_province

# No script may run and nothing may frame the pages; styles are the page's own.
SECURITY_HEADERS: Final = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _province_label(name: str, lang: str) -> str:
    province = resolve_province(name)
    return province.label(lang) if province is not None else name


def _option_of(choice: SubCluster | Stage, lang: str) -> tuple[str, str]:
    return choice.value, choice.label(lang)


@lru_cache(maxsize=1)
def environment() -> Environment:
    # autoescape=True for every template (their names end in .j2, which select_autoescape would not match).
    env = Environment(
        loader=PackageLoader("services.registry.dashboard", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["province_label"] = _province_label
    env.filters["option_of"] = _option_of
    return env


def language(request: Request) -> str:
    return pick(request.query_params.get("lang") or request.cookies.get(LANG_COOKIE))


def render(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    lang = language(request)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    html = (
        environment()
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
