"""Sign-in by a link sent to the registered address: no password, and the SME token is never typed.

The answer to an address is the same whether it is registered or not, so the
page tells nobody which addresses are. The link works once (its nonce is
claimed on use) and for `pages_sign_in_link_s`; its page has a button, so a
mail scanner that opens it does not use it up.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import TypeAdapter, ValidationError

from services.registry.errors import ProfileNotFound
from services.registry.pages.guard import (
    PREFIX,
    SESSION_COOKIE,
    CheckedForm,
    PublicForm,
    Session,
    context_of,
    count_request,
    current_session,
    language,
    public_form,
    render,
    secure_cookies,
    store,
)
from services.registry.pages.link_pages import link_claims, signed_in_response
from services.registry.pages.mail import send_link
from services.registry.pages.signing import LinkPurpose
from services.registry.pages.store import utcnow
from services.registry.pages.words import LANG_COOKIE, Words
from services.registry.profile import Email

router = APIRouter(prefix=PREFIX, include_in_schema=False)

_MAX_ADDRESS = 254
_ADDRESS: TypeAdapter[str] = TypeAdapter(Email)


@router.get("")
async def home(request: Request) -> Response:
    target = "/profile" if current_session(request) is not None else "/sign-in"
    return RedirectResponse(PREFIX + target, status_code=303)


@router.get("/language/{lang}")
async def choose_language(request: Request, lang: Annotated[str, Path(pattern="^(th|en)$")]) -> Response:
    back = request.query_params.get("next", "")
    parts = urlsplit(back)
    # Only a path of these pages: never another site.
    if parts.scheme or parts.netloc or not back.startswith(PREFIX) or "\\" in back:
        back = PREFIX
    response = RedirectResponse(back, status_code=303)
    response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", secure=secure_cookies(request))
    return response


@router.get("/sign-in")
async def sign_in_page(request: Request) -> Response:
    return public_form(request, "sign_in.html.j2", email="", error=None)


@router.post("/sign-in")
async def sign_in(request: Request, form: PublicForm) -> Response:
    lang = language(request)
    raw = form.get("email")
    typed = raw[:_MAX_ADDRESS] if isinstance(raw, str) else ""
    try:
        # The registry's own rule, so the address is written as a stored one is.
        address = _ADDRESS.validate_python(typed)
    except ValidationError:
        return public_form(request, "sign_in.html.j2", 422, email=typed, error="bad_email")
    count_request(request)
    settings = context_of(request).settings
    registry = context_of(request).registry
    for sme_id in await store(request).sme_ids_with_address(address):
        try:
            current = await registry.get(sme_id)
        except ProfileNotFound:
            continue
        profile = current.profile
        if profile is None or profile.contact_email != address:
            continue  # the head was behind
        await send_link(
            request, LinkPurpose.SIGN_IN, sme_id=sme_id, address=address, name=profile.name,
            language=profile.language, ttl_s=settings.pages_sign_in_link_s,
        )  # fmt: skip
    message = Words(lang)("check_email_sign_in", minutes=settings.pages_sign_in_link_s // 60)
    return render(request, "message.html.j2", title="check_email_title", messages=[message])


@router.get("/sign-in/link")
async def sign_in_link_page(request: Request, t: str | None = None) -> Response:
    claims = link_claims(request, LinkPurpose.SIGN_IN, t)
    try:
        current = await context_of(request).registry.get(claims.sme_id)
    except ProfileNotFound:
        return render(request, "link_problem.html.j2", 410, problem="link_expired", again="register")
    name = current.profile.name if current.profile else claims.sme_id
    lang = language(request, current.profile.language if current.profile else None)
    return render(
        request, "link.html.j2", lang=lang, title="sign_in_title", question=Words(lang)("sign_in_question", name=name),
        token=t, action=f"{PREFIX}/sign-in/link", button="sign_in_button",
    )  # fmt: skip


@router.post("/sign-in/link")
async def use_sign_in_link(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=4)
    token = form.get("t")
    claims = link_claims(request, LinkPurpose.SIGN_IN, token if isinstance(token, str) else None)
    now = utcnow()
    if not await store(request).claim_link(claims.nonce, claims.sme_id, now):
        return render(request, "link_problem.html.j2", 410, problem="link_used", again="sign_in")
    await store(request).forget_used_links(now - timedelta(days=2))
    response = RedirectResponse(f"{PREFIX}/profile", status_code=303)
    return signed_in_response(request, claims.sme_id, response)


@router.post("/sign-out")
async def sign_out(request: Request, session: Session, form: CheckedForm) -> Response:
    response = RedirectResponse(f"{PREFIX}/sign-in", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response
