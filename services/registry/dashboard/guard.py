"""Who may see the dashboard: the session cookie, the CSRF check of every form, and the refusals.

A request without a valid session is sent to the login page if it only reads
(GET), and refused with 401 otherwise; a form posted without its session's CSRF
token is refused with 403 before anything is read from or written to the store.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from services.registry.api.deps import Context, RegistryContext
from services.registry.dashboard.pages import render
from services.registry.dashboard.parts import DashboardParts
from services.registry.dashboard.session import Session, SessionSigner, key_digest

PREFIX = "/dashboard"
SESSION_COOKIE = "clusterlink_session"
LOGIN_COOKIE = "clusterlink_login"


class Refused(Exception):
    """Answered with an error page in the caller's language."""

    def __init__(self, status: int, word: str, headers: dict[str, str] | None = None, **values: object) -> None:
        super().__init__(word)
        self.status = status
        self.word = word
        self.headers = headers or {}
        self.values = values


class LoginRequired(Exception):
    def __init__(self, back_to: str) -> None:
        super().__init__(back_to)
        self.back_to = back_to


def signer(request: Request, context: RegistryContext) -> SessionSigner:
    """One per app, made on first use; without a configured secret, a random one for this process."""
    found: SessionSigner | None = getattr(request.app.state, "dashboard_signer", None)
    if found is None:
        settings = context.settings
        secret = settings.dashboard_session_secret
        key = secret.get_secret_value().encode() if secret is not None else secrets.token_bytes(32)
        found = SessionSigner(key, settings.dashboard_session_s)
        request.app.state.dashboard_signer = found
    return found


def secure_cookies(context: RegistryContext) -> bool:
    return context.settings.public_url.lower().startswith("https://")


def parts(request: Request) -> DashboardParts:
    found: DashboardParts = request.app.state.dashboard
    return found


async def current_session(request: Request, context: RegistryContext) -> Session | None:
    session = signer(request, context).read(request.cookies.get(SESSION_COOKIE))
    if session is None:
        return None
    # A key taken out of the configuration ends the sessions opened with it.
    if session.key_digest not in {key_digest(h) for h in context.settings.coordinator_key_hashes}:
        return None
    # Signed but signed out (or signed out everywhere): the server no longer holds it.
    if not await parts(request).sessions.is_open(session):
        return None
    return session


async def _session(request: Request, context: Context) -> Session:
    session = await current_session(request, context)
    if session is None:
        if request.method in ("GET", "HEAD"):
            raise LoginRequired(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        raise Refused(401, "signed_out")
    return session


DashboardSession = Annotated[Session, Depends(_session)]


async def _checked_form(request: Request, session: DashboardSession, context: Context) -> FormData:
    form = await request.form()
    token = form.get("csrf_token")
    if not isinstance(token, str) or not signer(request, context).csrf_valid(session, token):
        raise Refused(403, "csrf")
    return form


CheckedForm = Annotated[FormData, Depends(_checked_form)]


def page(request: Request, session: Session, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    """A page for a signed-in coordinator: its forms carry the session's CSRF token."""
    context: RegistryContext = request.app.state.context
    return render(request, template, status, csrf=signer(request, context).csrf_token(session), **values)


def safe_back_to(target: str | None) -> str:
    """Only a path inside the dashboard: never another site (`//evil`, `/\\evil`)."""
    if target and target.startswith(PREFIX) and not target.startswith(("//", "/\\")) and "\\" not in target:
        return target
    return f"{PREFIX}/smes"


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refused)
    context: RegistryContext = request.app.state.context
    session = await current_session(request, context)
    if session is None:
        response = render(request, "error.html.j2", exc.status, signed_in=False, word=exc.word, values=exc.values)
    else:  # the menu stays, so the coordinator can go on from here
        response = page(request, session, "error.html.j2", exc.status, word=exc.word, values=exc.values)
    response.headers.update(exc.headers)
    return response


async def _login_required(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    return RedirectResponse(f"{PREFIX}/login?{urlencode({'next': exc.back_to})}", status_code=303)


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Refused, _refused)
    app.add_exception_handler(LoginRequired, _login_required)
