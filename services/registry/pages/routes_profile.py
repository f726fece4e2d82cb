"""The signed-in entrepreneur's own profile: view and edit it, choose the emails, unsubscribe.

Saving goes through the same use case as `PUT /v1/smes/{id}` with the version the
form showed (a change made elsewhere meanwhile is not overwritten). A new contact
address is used once it is confirmed from its own mailbox (decision 0009).
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import Response

from services.registry.dashboard.profile_form import ProfileForm, form_from_profile
from services.registry.documents import ProfileVersion
from services.registry.errors import InvalidProfile, ProfileNotFound, RegistryError, VersionMismatch
from services.registry.pages.form import PREFERENCES, checked, submitted
from services.registry.pages.guard import PREFIX, CheckedForm, PageRefused, Session, context_of, language, render
from services.registry.pages.signing import SmeSession
from services.registry.pages.words import Words
from services.registry.profile import ProfilePatch

router = APIRouter(prefix=PREFIX, include_in_schema=False)


async def _current(request: Request, session: SmeSession) -> ProfileVersion:
    try:
        return await context_of(request).registry.get(session.sme_id)
    except ProfileNotFound as exc:
        raise PageRefused(404, "not_found") from exc


def _form_of(current: ProfileVersion) -> ProfileForm:
    assert current.profile is not None
    form = form_from_profile(current.profile)
    form.values["notification_preference"] = str(current.profile.notification_preference)
    return form


def _page(
    request: Request,
    session: SmeSession,
    current: ProfileVersion,
    form: ProfileForm,
    status: int = 200,
    **flags: object,
) -> Response:
    assert current.profile is not None
    lang = language(request, current.profile.language)
    return render(
        request, "profile.html.j2", status, session=session, lang=lang, form=form, version=current.version,
        sme_id=session.sme_id, pending_email=current.profile.pending_contact_email, preferences=PREFERENCES, **flags,
    )  # fmt: skip


@router.get("/profile")
async def profile_page(request: Request, session: Session) -> Response:
    current = await _current(request, session)
    return _page(request, session, current, _form_of(current))


@router.post("/profile")
async def save_profile(request: Request, session: Session, form: CheckedForm) -> Response:
    current = await _current(request, session)
    assert current.profile is not None
    lang = language(request, current.profile.language)
    profile_form = submitted(form)
    profile = checked(profile_form, Words(lang), sme_id=session.sme_id, need_consent=False)
    version = form.get("version")
    expected = int(version) if isinstance(version, str) and version.isdigit() and len(version) <= 18 else None
    if profile is None:
        return _page(request, session, current, profile_form, 422)
    registry = context_of(request).registry
    try:
        stored = await registry.replace(  # the SME itself: the preference on its form is its own choice
            session.sme_id,
            profile,
            expected_version=expected,
            correlation_id=f"pages-{uuid.uuid4().hex}",
            by_sme=True,
        )
    except VersionMismatch:
        latest = await _current(request, session)
        return _page(request, session, latest, _form_of(latest), 409, stale=True)
    except InvalidProfile as exc:
        for error in exc.errors:
            profile_form.add_error("", f"{error.field}: {error.reason}")
        return _page(request, session, current, profile_form, 422)
    except RegistryError as exc:  # e.g. an address erased at its owner's request: told, not a 500
        profile_form.add_error("", str(exc))
        return _page(request, session, current, profile_form, 409)
    return _page(request, session, stored, _form_of(stored), saved=True)


@router.post("/unsubscribe")
async def unsubscribe(request: Request, session: Session, form: CheckedForm) -> Response:
    stored = await context_of(request).registry.patch(
        session.sme_id,
        ProfilePatch.model_validate({"notification_preference": "off"}),
        expected_version=None,
        correlation_id=f"pages-{uuid.uuid4().hex}",
        by_sme=True,
    )
    return _page(request, session, stored, _form_of(stored), unsubscribed=True)
