"""The SME list with its filters and counts, and the forms that register and edit an SME.

The forms go through the same use cases as `POST /v1/smes` and `PUT /v1/smes/{id}`:
the same validation, the same stored version and published event. An invalid
form is shown again with each problem next to its field, and nothing is stored.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Final

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from services.registry.api.deps import Context, RegistryDep
from services.registry.dashboard.catalogue import facets, live_profiles
from services.registry.dashboard.filters import Filters
from services.registry.dashboard.guard import PREFIX, CheckedForm, DashboardSession, Refused, page
from services.registry.dashboard.profile_form import ProfileForm, form_from_profile, form_of, show_errors, validate
from services.registry.errors import (
    ErasedProfile,
    InvalidProfile,
    ProfileAlreadyExists,
    ProfileNotFound,
    VersionMismatch,
)
from shared.credentials import SME_ID_PATTERN

router = APIRouter(prefix=PREFIX, include_in_schema=False)

LISTED: Final = 200  # rows on one page; the counts and exports cover all
SmeId = Annotated[str, Path(pattern=SME_ID_PATTERN)]


@router.get("/smes", response_class=HTMLResponse)
async def sme_list(
    request: Request,
    session: DashboardSession,
    registry: RegistryDep,
    chosen: Filters,
) -> Response:
    found = facets(await live_profiles(registry), chosen)
    return page(request, session, "smes.html.j2", found=found, chosen=chosen, listed=LISTED)


def _version_number(text: object) -> int | None:
    # Bounded: Python refuses to read integers of thousands of digits, which would be a 500.
    return int(text) if isinstance(text, str) and text.isdigit() and len(text) <= 18 else None


def _bcg(form: FormData) -> list[str]:
    return [value for value in form.getlist("bcg") if isinstance(value, str)]


def _form_page(
    request: Request, session: DashboardSession, form: ProfileForm, *, status: int | None = None, **values: object
) -> Response:
    values.setdefault("saved", None)
    values.setdefault("stale", None)
    chosen_status = status or (422 if form.errors else 200)
    return page(request, session, "sme_form.html.j2", chosen_status, form=form, **values)


@router.get("/smes/new", response_class=HTMLResponse)
async def new_sme(request: Request, session: DashboardSession) -> Response:
    return _form_page(request, session, ProfileForm(values={"language": "th"}), editing=None, version=None)


@router.post("/smes/new", response_class=HTMLResponse)
async def register_sme(
    request: Request, session: DashboardSession, data: CheckedForm, registry: RegistryDep
) -> Response:
    form = form_of(data, _bcg(data))
    profile = validate(form)
    if profile is None:
        return _form_page(request, session, form, editing=None, version=None)
    try:
        registered = await registry.register(profile, f"dashboard-{uuid.uuid4()}")
    except InvalidProfile as exc:
        show_errors(form, exc.errors)
        return _form_page(request, session, form, editing=None, version=None)
    except (ProfileAlreadyExists, ErasedProfile) as exc:
        form.add_error("id", str(exc).removeprefix(f"{exc.sme_id!r} "))
        return _form_page(request, session, form, editing=None, version=None)
    stored = registered.stored
    return page(request, session, "registered.html.j2", 201, stored=stored, sme_token=registered.sme_token)


@router.get("/smes/{sme_id}", response_class=HTMLResponse)
async def edit_sme(request: Request, session: DashboardSession, sme_id: SmeId, registry: RegistryDep) -> Response:
    try:
        stored = await registry.get(sme_id)
    except ProfileNotFound:
        raise Refused(404, "not_found") from None
    assert stored.profile is not None
    saved = _version_number(request.query_params.get("saved"))
    return _form_page(
        request, session, form_from_profile(stored.profile), editing=sme_id, version=stored.version, saved=saved
    )


@router.post("/smes/{sme_id}", response_class=HTMLResponse)
async def update_sme(
    request: Request, session: DashboardSession, sme_id: SmeId, data: CheckedForm, context: Context
) -> Response:
    registry = context.registry
    try:
        current = await registry.get(sme_id)
    except ProfileNotFound:
        raise Refused(404, "not_found") from None
    form = form_of(data, _bcg(data))
    form.values["id"] = sme_id
    expected = _version_number(data.get("version"))
    if expected is None:
        form.add_error("", "the form lacks the version it was read at; reload the page")
    profile = validate(form, sme_id=sme_id)
    # The form keeps the version it was read at: saving again after a conflict fails again until reloaded.
    shown_version = expected if expected is not None else current.version
    if profile is None or expected is None:
        return _form_page(request, session, form, editing=sme_id, version=shown_version)
    try:
        stored = await registry.replace(
            sme_id, profile, expected_version=expected, correlation_id=f"dashboard-{uuid.uuid4()}"
        )
    except VersionMismatch as exc:
        return _form_page(
            request, session, form, status=409, editing=sme_id, version=shown_version, stale=exc.current_version
        )
    except ErasedProfile as exc:  # a new address that belonged to an erased profile
        form.add_error(exc.field, str(exc))
        return _form_page(request, session, form, status=409, editing=sme_id, version=shown_version)
    except InvalidProfile as exc:
        show_errors(form, exc.errors)
        return _form_page(request, session, form, editing=sme_id, version=shown_version)
    return RedirectResponse(f"{PREFIX}/smes/{sme_id}?saved={stored.version}", status_code=303)
