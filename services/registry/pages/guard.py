"""Rendering and the checks every entrepreneur page shares: language, session, CSRF, rate limit.

A page that needs a session sends a reader without one to the sign-in page and
refuses a form post (401); a form without its CSRF token is refused (403)
before anything is read or written. Registrations and sign-in emails are
counted per client address: past `pages_request_limit` in a window, 429.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any, Final

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from services.registry.api.deps import RegistryContext
from services.registry.pages.signing import PageSigner, SmeSession
from services.registry.pages.store import PageStore
from services.registry.pages.words import LANG_COOKIE, Words, pick
from services.registry.settings import Settings
from services.registry.templating import environment
from shared.rate_limit import FailureLimiter, TooManyFailures
from shared.taxonomy import BcgTag, Stage, SubCluster

PREFIX: Final = "/my"
SESSION_COOKIE: Final = "clusterlink_sme"
FORM_COOKIE: Final = "clusterlink_sme_form"

# No script runs and nothing frames the pages; the link token in a URL is never passed on.
SECURITY_HEADERS: Final = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class PageRefused(Exception):
    """Answered with the problem page, in the reader's language."""

    def __init__(self, status: int, word: str, *, headers: dict[str, str] | None = None, **values: object) -> None:
        super().__init__(word)
        self.status = status
        self.word = word
        self.headers = headers or {}
        self.values = values


class SignInRequired(Exception):
    pass


def context_of(request: Request) -> RegistryContext:
    context: RegistryContext = request.app.state.context
    return context


def signer(request: Request) -> PageSigner:
    """One per app, made on first use; without a configured secret, a random one for this process."""
    return page_signer_for(request.app, context_of(request).settings)


def page_signer_for(app: FastAPI, settings: Settings) -> PageSigner:
    found: PageSigner | None = getattr(app.state, "pages_signer", None)
    if found is None:
        secret = settings.pages_secret
        key = secret.get_secret_value().encode() if secret is not None else secrets.token_bytes(32)
        found = PageSigner(key, settings.pages_session_s)
        app.state.pages_signer = found
    return found


def store(request: Request) -> PageStore:
    found: PageStore = request.app.state.pages_store
    return found


def secure_cookies(request: Request) -> bool:
    return context_of(request).settings.public_url.lower().startswith("https://")


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name, value, max_age=max_age, httponly=True, samesite="lax", secure=secure_cookies(request), path=PREFIX
    )


def count_request(request: Request) -> None:
    """Registrations and sign-in emails cost mail and storage: a client may ask for so many per window."""
    limiter: FailureLimiter | None = getattr(request.app.state, "pages_requests", None)
    if limiter is None:
        settings = context_of(request).settings
        limiter = FailureLimiter(settings.pages_request_limit, settings.pages_request_window_s)
        request.app.state.pages_requests = limiter
    client = request.client.host if request.client else "unknown"
    try:
        limiter.check(client)
    except TooManyFailures as exc:
        seconds = exc.retry_after_s
        raise PageRefused(429, "too_many", headers={"Retry-After": str(seconds)}, seconds=seconds) from exc
    limiter.failed(client)


# ------------------------------------------------------------ rendering


def language(request: Request, fallback: str | None = None) -> str:
    chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
    return pick(chosen if chosen in ("th", "en") else fallback)


def render(
    request: Request,
    template: str,
    status: int = 200,
    *,
    session: SmeSession | None = None,
    lang: str | None = None,
    **values: Any,
) -> HTMLResponse:
    lang = lang or language(request)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    html = (
        environment("services.registry.pages")
        .get_template(template)
        .render(
            t=Words(lang),
            lang=lang,
            here=here,
            signed_in=session is not None,
            csrf=signer(request).csrf_token(session) if session is not None else "",
            sub_clusters=list(SubCluster),
            stages=list(Stage),
            bcg_tags=list(BcgTag),
            **values,
        )
    )
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def public_form(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    """A form shown before sign-in: its CSRF token is bound to a nonce in a short-lived cookie."""
    page_signer = signer(request)
    nonce = request.cookies.get(FORM_COOKIE)
    if not page_signer.form_token_valid(nonce, page_signer.form_token(nonce or "")):
        nonce = page_signer.form_nonce()
    assert nonce is not None
    response = render(request, template, status, form_token=page_signer.form_token(nonce), **values)
    set_cookie(request, response, FORM_COOKIE, nonce, 2 * 3600)
    return response


# ------------------------------------------------------------ dependencies


def current_session(request: Request) -> SmeSession | None:
    return signer(request).read_session(request.cookies.get(SESSION_COOKIE))


async def _session(request: Request) -> SmeSession:
    session = current_session(request)
    if session is None:
        if request.method in ("GET", "HEAD"):
            raise SignInRequired()
        raise PageRefused(401, "signed_out")
    return session


Session = Annotated[SmeSession, Depends(_session)]


async def _checked_form(request: Request, session: Session) -> FormData:
    form = await request.form(max_files=0, max_fields=200)
    if not signer(request).csrf_valid(session, form.get("csrf_token")):
        raise PageRefused(403, "csrf")
    return form


CheckedForm = Annotated[FormData, Depends(_checked_form)]


async def _public_form(request: Request) -> FormData:
    form = await request.form(max_files=0, max_fields=200)
    if not signer(request).form_token_valid(request.cookies.get(FORM_COOKIE), form.get("form_token")):
        raise PageRefused(403, "csrf")
    return form


PublicForm = Annotated[FormData, Depends(_public_form)]


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageRefused)
    response = render(
        request, "problem.html.j2", exc.status, session=current_session(request), word=exc.word, values=exc.values
    )
    response.headers.update(exc.headers)
    return response


async def _sign_in_required(request: Request, exc: Exception) -> Response:
    return RedirectResponse(f"{PREFIX}/sign-in", status_code=303)


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(PageRefused, _refused)
    app.add_exception_handler(SignInRequired, _sign_in_required)
