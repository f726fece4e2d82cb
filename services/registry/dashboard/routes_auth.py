"""Signing in with the coordinator key, signing out, and choosing the language."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from services.registry.api.deps import Context, RegistryContext
from services.registry.auth import NotAuthenticated
from services.registry.dashboard.guard import (
    LOGIN_COOKIE,
    PREFIX,
    SESSION_COOKIE,
    CheckedForm,
    DashboardSession,
    Refused,
    current_session,
    parts,
    safe_back_to,
    secure_cookies,
    signer,
)
from services.registry.dashboard.i18n import LANG_COOKIE, LANGUAGES
from services.registry.dashboard.pages import render
from services.registry.dashboard.session import LOGIN_NONCE_S
from services.registry.keys import hash_secret
from shared.rate_limit import FailureLimiter, TooManyFailures

router = APIRouter(prefix=PREFIX, include_in_schema=False)
log = logging.getLogger(__name__)


def _failures(request: Request, context: RegistryContext) -> FailureLimiter:
    """The API's limiter (same app state), so failing here and there counts against one budget."""
    limiter: FailureLimiter | None = getattr(request.app.state, "auth_failures", None)
    if limiter is None:
        settings = context.settings
        limiter = FailureLimiter(settings.auth_failure_limit, settings.auth_failure_window_s)
        request.app.state.auth_failures = limiter
    return limiter


def _login_page(
    request: Request, context: RegistryContext, back_to: str, status: int = 200, **values: object
) -> Response:
    sign = signer(request, context)
    nonce = sign.login_nonce()
    response = render(
        request, "login.html.j2", status, signed_in=False, csrf=sign.login_token(nonce), back_to=back_to, **values
    )
    response.set_cookie(
        LOGIN_COOKIE, nonce, max_age=LOGIN_NONCE_S, path=f"{PREFIX}/login", httponly=True,
        samesite="strict", secure=secure_cookies(context),
    )  # fmt: skip
    return response


@router.get("", response_class=HTMLResponse)
async def home() -> Response:
    return RedirectResponse(f"{PREFIX}/smes", status_code=303)


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, context: Context, next: Annotated[str | None, Query()] = None) -> Response:
    back_to = safe_back_to(next)
    if await current_session(request, context) is not None:
        return RedirectResponse(back_to, status_code=303)
    return _login_page(request, context, back_to)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, context: Context) -> Response:
    form = await request.form()
    key, token, back_to = (form.get(name) for name in ("key", "csrf_token", "next"))
    back_to = safe_back_to(back_to if isinstance(back_to, str) else None)
    sign = signer(request, context)
    if not isinstance(token, str) or not sign.login_token_valid(request.cookies.get(LOGIN_COOKIE), token):
        raise Refused(403, "csrf")
    failures = _failures(request, context)
    client = request.client.host if request.client else "unknown"
    try:
        failures.check(client)  # before the key is looked at, as the API does
    except TooManyFailures as exc:
        retry = {"Retry-After": str(exc.retry_after_s)}
        response = _login_page(request, context, back_to, 429, problem="too_many", seconds=exc.retry_after_s)
        response.headers.update(retry)
        return response
    credential = key.strip() if isinstance(key, str) else ""
    try:
        principal = await context.authenticator.authenticate(credential)
    except NotAuthenticated:
        failures.failed(client)
        return _login_page(request, context, back_to, 401, problem="bad_key")
    if not principal.is_coordinator:  # an SME token is valid, but not for this
        return _login_page(request, context, back_to, 403, problem="bad_key")
    session, cookie = sign.open(hash_secret(credential))
    await parts(request).sessions.opened(session)
    response = RedirectResponse(back_to, status_code=303)
    response.set_cookie(
        SESSION_COOKIE, cookie, max_age=context.settings.dashboard_session_s, path=PREFIX, httponly=True,
        samesite="strict", secure=secure_cookies(context),
    )  # fmt: skip
    response.delete_cookie(LOGIN_COOKIE, path=f"{PREFIX}/login")
    return response


def _signed_out(context: RegistryContext) -> Response:
    response = RedirectResponse(f"{PREFIX}/login", status_code=303)
    response.delete_cookie(
        SESSION_COOKIE, path=PREFIX, httponly=True, samesite="strict", secure=secure_cookies(context)
    )
    return response


@router.post("/logout", response_class=HTMLResponse)
async def logout(request: Request, session: DashboardSession, _: CheckedForm, context: Context) -> Response:
    """Ends the session on the server too: a copy of the cookie is refused from now on."""
    await parts(request).sessions.close(session.session_id)
    return _signed_out(context)


@router.post("/logout-everywhere", response_class=HTMLResponse)
async def logout_everywhere(request: Request, _: CheckedForm, context: Context) -> Response:
    """Ends every coordinator's session, on every device (for a lost phone or a shared computer)."""
    closed = await parts(request).sessions.close_all()
    log.info("dashboard: every session ended", extra={"sessions": closed})
    return _signed_out(context)


@router.get("/language/{lang}", response_class=HTMLResponse)
async def choose_language(lang: str, context: Context, next: Annotated[str | None, Query()] = None) -> Response:
    """A plain link, so it works without JavaScript; only the language cookie changes."""
    response = RedirectResponse(safe_back_to(next), status_code=303)
    if lang in LANGUAGES:
        response.set_cookie(
            LANG_COOKIE, lang, max_age=365 * 24 * 3600, path=PREFIX, samesite="lax", secure=secure_cookies(context)
        )
    return response
