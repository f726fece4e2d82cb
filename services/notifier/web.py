"""HTTP side of the notifier: health, readiness and the signed links.

A GET on a link only shows a confirmation page with a POST form, because mail
scanners fetch links; the action happens on POST. The one-click unsubscribe of
RFC 8058 is a POST to the List-Unsubscribe URL and acts directly.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse

from services.notifier import answers, contact_checks
from services.notifier.answers import AnswerResult, DecisionState, Outcome
from services.notifier.components import Components
from services.notifier.decision_page import decision_page, may_apply
from services.notifier.rendering import FormView
from services.notifier.texts import labels
from services.notifier.tokens import ExpiredToken, InvalidToken, LinkAction, LinkClaims
from shared.body_limit import BodySizeLimit
from shared.health import Checks, health_router
from shared.rate_limit import FailureLimiter, TooManyFailures

MAX_LINK_BODY_BYTES = 4096
_MAX_FORM_FIELDS = 8

_SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the token is in the URL: never pass it on
    "X-Robots-Tag": "noindex, nofollow",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    ),
}


def get_components(request: Request) -> Components:
    components: Components = request.app.state.components
    return components


ComponentsDep = Annotated[Components, Depends(get_components)]


def _page(
    c: Components, language: str, messages: list[str], status: int = 200, form: FormView | None = None
) -> HTMLResponse:
    return HTMLResponse(
        c.renderer.page(language=language, messages=messages, form=form),
        status_code=status,
        headers=_SECURITY_HEADERS,
    )


def _both_languages(key: str) -> list[str]:
    return [labels("th")[key], labels("en")[key]]


def _failures(request: Request, c: Components) -> FailureLimiter:
    """One per app, made on first use (the app's state outlives requests)."""
    limiter: FailureLimiter | None = getattr(request.app.state, "link_failures", None)
    if limiter is None:
        limiter = FailureLimiter(c.settings.link_failure_limit, c.settings.link_failure_window_s)
        request.app.state.link_failures = limiter
    return limiter


def _verify(c: Components, request: Request, token: str | None, action: LinkAction) -> LinkClaims | HTMLResponse:
    """The claims of a genuine token for this action, or the page that refuses it.

    A client that sent too many tokens that are not ours is refused (429) before its next
    one is checked; an expired token is genuine and does not count."""
    failures = _failures(request, c)
    client = request.client.host if request.client else "unknown"
    try:
        failures.check(client)
    except TooManyFailures as exc:
        page = _page(c, "en", _both_languages("invalid_link"), 429)
        page.headers["Retry-After"] = str(exc.retry_after_s)
        return page
    try:
        claims = c.signer.verify(token or "", now=c.clock.now())
    except ExpiredToken:
        return _page(c, "en", _both_languages("expired_link"), 410)
    except InvalidToken:
        failures.failed(client)
        return _page(c, "en", _both_languages("invalid_link"), 400)
    if claims.action is not action:  # a valid token used on another action's URL
        failures.failed(client)
        return _page(c, "en", _both_languages("invalid_link"), 400)
    return claims


class _RefusedBody(Exception):
    def __init__(self, status: int) -> None:
        self.status = status


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").partition(";")[0].strip().lower()


async def _token_from(request: Request) -> str | None:
    """The link token: from the URL, else from a small urlencoded form (the confirmation page's).

    Multipart is never parsed: a one-click unsubscribe (RFC 8058) carries its token in the
    URL, so its body is not needed; any other multipart post is refused (415).
    """
    token = request.query_params.get("t")
    if token:
        return token
    media_type = _media_type(request)
    if media_type == "multipart/form-data":
        raise _RefusedBody(415)
    if media_type != "application/x-www-form-urlencoded":
        return None
    body = await request.body()  # at most MAX_LINK_BODY_BYTES: BodySizeLimit refuses more
    try:
        fields = parse_qs(body.decode("ascii"), max_num_fields=_MAX_FORM_FIELDS, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        return None
    values = fields.get("t", [])
    return values[0] if len(values) == 1 else None


def _result_page(c: Components, result: AnswerResult) -> HTMLResponse:
    t = labels(result.language)
    name = result.partner_name or ""
    messages = {
        Outcome.WAITING_FOR_PARTNER: t["done_accept"].format(name=name),
        Outcome.INTRODUCED: t["done_accept"].format(name=name),
        Outcome.DECLINED: t["done_decline"].format(name=name),
        Outcome.CLOSED: t["pair_closed"],
        Outcome.UNSUBSCRIBED: t["done_unsubscribe"],
    }
    if result.outcome is Outcome.GONE:
        return _page(c, "en", _both_languages("gone"), 410)
    return _page(c, result.language, [messages[result.outcome]])


async def _decision_state(c: Components, claims: LinkClaims) -> DecisionState | None:
    me = await c.recipients.get(claims.sme_id)
    return await answers.decision_state(c, claims, me) if me else None


async def _state_page(c: Components, claims: LinkClaims, *, status: int, stale: bool = False) -> HTMLResponse:
    """The confirmation page: for an answer, the answer recorded now and a form only if it changes it."""
    if claims.action is LinkAction.CONFIRM_EMAIL:
        return await _contact_page(c, claims, status)
    subject = await answers.describe(c, claims)
    if subject is None:
        return _page(c, "en", _both_languages("gone"), 410)
    t = labels(subject.me.language)
    # Relative action: the form posts back to the same path, whatever prefix a proxy adds.
    button = t[f"confirm_button_{claims.action.value}"]
    if claims.action is LinkAction.UNSUBSCRIBE:
        question = t["confirm_unsubscribe"].format(email=subject.me.contact.email)
        form = FormView(action=claims.action.value, token=c.signer.issue(claims), button=button)
        return _page(c, subject.me.language, [question], status, form=form)
    partner_name = subject.partner.summary.name if subject.partner else ""
    state = await answers.decision_state(c, claims, subject.me)
    if state is None:
        return _page(c, "en", _both_languages("gone"), 410)
    page = decision_page(
        c.signer,
        claims,
        state,
        partner_name=partner_name,
        question=t[f"confirm_{claims.action.value}"].format(name=partner_name),
        button=button,
        stale=stale,
    )
    return _page(c, subject.me.language, page.messages, status, form=page.form)


async def _contact_page(c: Components, claims: LinkClaims, status: int) -> HTMLResponse:
    check = await c.contact_checks.get(claims.ref or "")
    if check is None or check.sme_id != claims.sme_id:
        return _page(c, "en", [contact_checks.texts("th")["page_gone"], contact_checks.texts("en")["page_gone"]], 410)
    t = contact_checks.texts(check.language)
    question = t["page_confirm"].format(address=check.new_address, name=check.name)
    form = FormView(action=claims.action.value, token=c.signer.issue(claims), button=t["page_button"])
    return _page(c, check.language, [question], status, form=form)


async def _confirm_contact(c: Components, claims: LinkClaims) -> HTMLResponse:
    check = await contact_checks.confirm(c, claims)
    if check is None:
        return await _contact_page(c, claims, 410)
    done = contact_checks.texts(check.language)["page_done"].format(address=check.new_address, name=check.name)
    return _page(c, check.language, [done])


def build_router() -> APIRouter:
    router = APIRouter()

    @router.get("/links/{action}", response_class=HTMLResponse)
    async def confirm(action: LinkAction, request: Request, c: ComponentsDep) -> HTMLResponse:
        token = request.query_params.get("t")
        claims = _verify(c, request, token, action)
        if isinstance(claims, HTMLResponse):
            return claims
        return await _state_page(c, claims, status=200)

    @router.post("/links/{action}", response_class=HTMLResponse)
    async def act(action: LinkAction, request: Request, c: ComponentsDep) -> HTMLResponse:
        try:
            token = await _token_from(request)
        except _RefusedBody as refused:
            return _page(c, "en", _both_languages("invalid_link"), refused.status)
        claims = _verify(c, request, token, action)
        if isinstance(claims, HTMLResponse):
            return claims
        if action is LinkAction.CONFIRM_EMAIL:
            return await _confirm_contact(c, claims)
        if action is not LinkAction.UNSUBSCRIBE:
            state = await _decision_state(c, claims)
            if state is not None and not may_apply(claims, state):
                # An old link or a stale form never overwrites the answer recorded since.
                return await _state_page(c, claims, status=409, stale=True)
        if action is LinkAction.ACCEPT:
            result = await answers.accept(c, claims)
        elif action is LinkAction.DECLINE:
            result = await answers.decline(c, claims)
        else:
            result = await answers.unsubscribe(c, claims.sme_id)
        return _result_page(c, result)

    return router


def attach(app: FastAPI, readiness: Checks) -> None:
    # The link pages take at most a token in a form: a few KB, refused (413) before it is read.
    app.add_middleware(BodySizeLimit, default_limit=MAX_LINK_BODY_BYTES, limits={})
    app.include_router(health_router(readiness, "Database reachable, broker connected, scheduler running"))
    app.include_router(build_router())
