"""Self-registration: the form, then a confirmation link by email, then the profile is published.

Until the link is followed the profile is only a pending registration (`store`):
nothing is published on `sme.profiles`, so nothing is matched and nobody is
emailed about it. Following the link shows a page with a button (mail scanners
open links; only a person presses buttons); pressing it registers the profile
through the same use case as `POST /v1/smes` and signs the entrepreneur in.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response

from services.registry.dashboard.profile_form import ProfileForm
from services.registry.errors import ProfileAlreadyExists, RegistryError
from services.registry.pages.form import checked, submitted
from services.registry.pages.guard import (
    PREFIX,
    PageRefused,
    PublicForm,
    context_of,
    count_request,
    language,
    public_form,
    render,
    store,
)
from services.registry.pages.link_pages import link_claims, signed_in_response
from services.registry.pages.mail import send_link
from services.registry.pages.signing import LinkPurpose
from services.registry.pages.store import utcnow
from services.registry.pages.words import Words
from services.registry.profile import new_sme_id

router = APIRouter(prefix=PREFIX, include_in_schema=False)


def _empty_form(lang: str) -> ProfileForm:
    return ProfileForm(values={"language": lang, "notification_preference": "instant"})


@router.get("/register")
async def register_page(request: Request) -> Response:
    return public_form(request, "register.html.j2", form=_empty_form(language(request)))


@router.post("/register")
async def register(request: Request, form: PublicForm) -> Response:
    lang = language(request)
    profile_form = submitted(form)
    profile = checked(profile_form, Words(lang), sme_id=None, need_consent=True)
    if profile is None:
        return public_form(request, "register.html.j2", 422, form=profile_form)
    count_request(request)
    settings = context_of(request).settings
    sme_id = new_sme_id()
    ttl_s = settings.pages_confirm_link_s
    await store(request).add_pending(sme_id, profile, utcnow(), timedelta(seconds=ttl_s))
    await send_link(
        request,
        LinkPurpose.CONFIRM_REGISTRATION,
        sme_id=sme_id,
        address=profile.contact_email,
        name=profile.name,
        language=profile.language,
        ttl_s=ttl_s,
    )
    message = Words(lang)("check_email_register", email=profile.contact_email, hours=ttl_s // 3600)
    return render(request, "message.html.j2", title="check_email_title", messages=[message])


@router.get("/register/confirm")
async def confirm_page(request: Request, t: str | None = None) -> Response:
    claims = link_claims(request, LinkPurpose.CONFIRM_REGISTRATION, t)
    pending = await store(request).pending(claims.sme_id)
    if pending is None:
        return await _already_confirmed(request, claims.sme_id)
    lang = language(request, pending.language)
    question = Words(lang)("confirm_question", name=pending.name, email=pending.contact_email)
    return render(
        request, "link.html.j2", lang=lang, title="confirm_title", question=question, token=t,
        action=f"{PREFIX}/register/confirm", button="confirm_button",
    )  # fmt: skip


@router.post("/register/confirm")
async def confirm(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=4)
    token = form.get("t")
    claims = link_claims(request, LinkPurpose.CONFIRM_REGISTRATION, token if isinstance(token, str) else None)
    pending = await store(request).pending(claims.sme_id)
    if pending is None:
        return await _already_confirmed(request, claims.sme_id)
    profile = pending.model_copy(update={"id": claims.sme_id})
    try:
        await context_of(request).registry.register(profile, f"register-{uuid.uuid4().hex}")
    except ProfileAlreadyExists:
        pass  # a double click: the first one registered it
    except RegistryError as exc:  # e.g. an address erased at its owner's request: told, not a 500
        raise PageRefused(409, "not_registered", reason=str(exc)) from exc
    await store(request).drop_pending(claims.sme_id)
    lang = language(request, pending.language)
    message = Words(lang)("confirmed", name=pending.name)
    page = render(request, "message.html.j2", lang=lang, title="confirm_title", messages=[message], next_links=True)
    return signed_in_response(request, claims.sme_id, page)


async def _already_confirmed(request: Request, sme_id: str) -> Response:
    """Gone from the pending ones: confirmed already (the profile exists), or never confirmed in time."""
    try:
        await context_of(request).registry.get(sme_id)
    except Exception:
        return render(request, "link_problem.html.j2", 410, problem="link_expired", again="register")
    return render(request, "link_problem.html.j2", 410, problem="link_used", again="sign_in")
