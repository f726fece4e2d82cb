"""`/v1/smes`: register, read, search, change and erase profiles."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Response
from starlette.status import HTTP_201_CREATED, HTTP_204_NO_CONTENT

from services.registry.api.deps import (
    Caller,
    CorrelationId,
    IfMatch,
    RegistryDep,
    UniqueKeys,
    etag,
    optional_version,
    required_version,
)
from services.registry.api.schemas import SmePage, SmeRecord, SmeRegistered, SmeToken, error_responses
from services.registry.documents import ProfileVersion
from services.registry.errors import FieldError, InvalidProfile
from services.registry.profile import ProfileIn, ProfilePatch
from services.registry.repository import SearchFilters
from services.registry.text import clean
from shared.credentials import SME_ID_PATTERN
from shared.taxonomy import Stage, SubCluster, resolve_certification, resolve_province

router = APIRouter(prefix="/v1/smes", tags=["profiles"])

SmeId = Annotated[str, Path(pattern=SME_ID_PATTERN, description="The SME's id", examples=["sme-0042"])]

# On a change: the new contact address belonged to an erased profile, and its owner consented again.
FreshConsentToChange = Annotated[
    bool,
    Query(
        description="Coordinators: the owner of an erased address consented again; use it (409 without, 403 for "
        "an SME token)"
    ),
]

_ETAG_HEADER = {"ETag": {"description": "The profile's version, quoted", "schema": {"type": "string"}}}


def _with_etag(status: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"headers": _ETAG_HEADER}}


def _record(response: Response, stored: ProfileVersion) -> SmeRecord:
    response.headers["ETag"] = etag(stored.version)
    return SmeRecord.of(stored)


@router.post(
    "",
    status_code=HTTP_201_CREATED,
    summary="Register an SME (coordinators)",
    responses={
        HTTP_201_CREATED: {
            "headers": {
                **_ETAG_HEADER,
                "Location": {"description": "Path of the new profile", "schema": {"type": "string"}},
            }
        },
        **error_responses(400, 401, 403, 409, 413, 422, 503),
    },
)
async def register(
    profile: ProfileIn,
    caller: Caller,
    _unique: UniqueKeys,
    registry: RegistryDep,
    correlation_id: CorrelationId,
    response: Response,
    fresh_consent: Annotated[
        bool, Query(description="The owner of an erased id consented again: register it anew (409 without)")
    ] = False,
) -> SmeRegistered:
    """Stores the profile and publishes it; the answer carries the SME's own token, once."""
    caller.require_coordinator()
    registered = await registry.register(profile, correlation_id, fresh_consent=fresh_consent)
    record = _record(response, registered.stored)
    response.headers["Location"] = f"/v1/smes/{record.id}"
    return SmeRegistered(**record.model_dump(), sme_token=registered.sme_token)


def _query_text(name: str, value: str | None, errors: list[FieldError]) -> str | None:
    if value is None:
        return None
    try:
        return clean(value) or None
    except ValueError as exc:
        errors.append(FieldError(f"query.{name}", str(exc)))
        return None


def _filters(
    sub_cluster: SubCluster | None,
    stage: Stage | None,
    province: str | None,
    certification: str | None,
    q: str | None,
) -> SearchFilters:
    errors: list[FieldError] = []
    province_name = _query_text("province", province, errors)
    found = resolve_province(province_name) if province_name else None
    if province_name and found is None:
        errors.append(FieldError("query.province", "is not one of Thailand's 77 provinces"))
    cert = _query_text("certification", certification, errors)
    text = _query_text("q", q, errors)
    if errors:
        raise InvalidProfile(errors)
    return SearchFilters(
        sub_cluster=sub_cluster,
        stage=stage,
        province=found.name_en if found else None,
        certification=(resolve_certification(cert) or cert) if cert else None,
        text=text,
    )


@router.get(
    "",
    summary="List and search profiles",
    responses=error_responses(401, 422, 503),
)
async def search(
    caller: Caller,
    registry: RegistryDep,
    sub_cluster: SubCluster | None = None,
    stage: Stage | None = None,
    province: Annotated[str | None, Query(max_length=80, description="Thai or English name")] = None,
    certification: Annotated[str | None, Query(max_length=100, examples=["GOTS"])] = None,
    q: Annotated[
        str | None, Query(max_length=100, description="Words in the name, description, offers or needs")
    ] = None,
    after: Annotated[str | None, Query(pattern=SME_ID_PATTERN, description="`next_after` of the last page")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> SmePage:
    """Profiles in id order. An SME token sees its own profile only."""
    filters = _filters(sub_cluster, stage, province, certification, q)
    if not caller.is_coordinator:
        filters = dataclasses.replace(filters, only_id=caller.sme_id)
    found = await registry.search(filters, after=after, limit=limit)
    return SmePage(
        items=[SmeRecord.of(stored) for stored in found],
        next_after=found[-1].sme_id if len(found) == limit else None,
    )


@router.get(
    "/{sme_id}",
    summary="Read a profile",
    responses={**_with_etag(200), **error_responses(401, 403, 404, 422, 503)},
)
async def read(sme_id: SmeId, caller: Caller, registry: RegistryDep, response: Response) -> SmeRecord:
    caller.require_access_to(sme_id)
    return _record(response, await registry.get(sme_id))


@router.put(
    "/{sme_id}",
    summary="Replace a profile",
    responses={**_with_etag(200), **error_responses(400, 401, 403, 404, 409, 412, 413, 422, 428, 503)},
)
async def replace(
    sme_id: SmeId,
    profile: ProfileIn,
    caller: Caller,
    _unique: UniqueKeys,
    registry: RegistryDep,
    correlation_id: CorrelationId,
    response: Response,
    if_match: IfMatch = None,
    fresh_consent: FreshConsentToChange = False,
) -> SmeRecord:
    """Every field is replaced; omitted optional fields are removed (the recorded consent and
    the notification preference stay unless sent). A preference sent with the SME's own token
    is its choice and ends an unsubscribe; a coordinator's never does."""
    caller.require_access_to(sme_id)
    if fresh_consent:
        caller.require_coordinator()
    expected = required_version(if_match)
    stored = await registry.replace(
        sme_id,
        profile,
        expected_version=expected,
        correlation_id=correlation_id,
        by_sme=not caller.is_coordinator,
        fresh_consent=fresh_consent,
    )
    return _record(response, stored)


@router.patch(
    "/{sme_id}",
    summary="Change some fields of a profile",
    responses={**_with_etag(200), **error_responses(400, 401, 403, 404, 409, 412, 413, 422, 428, 503)},
)
async def patch(
    sme_id: SmeId,
    changes: ProfilePatch,
    caller: Caller,
    _unique: UniqueKeys,
    registry: RegistryDep,
    correlation_id: CorrelationId,
    response: Response,
    if_match: IfMatch = None,
    fresh_consent: FreshConsentToChange = False,
) -> SmeRecord:
    """JSON merge patch: the fields sent replace the stored ones; `null` removes an optional field."""
    caller.require_access_to(sme_id)
    if fresh_consent:
        caller.require_coordinator()
    expected = required_version(if_match)
    stored = await registry.patch(
        sme_id,
        changes,
        expected_version=expected,
        correlation_id=correlation_id,
        by_sme=not caller.is_coordinator,
        fresh_consent=fresh_consent,
    )
    return _record(response, stored)


@router.delete(
    "/{sme_id}",
    status_code=HTTP_204_NO_CONTENT,
    summary="Erase a profile and its personal data",
    responses=error_responses(401, 403, 404, 412, 422, 503),
)
async def erase(
    sme_id: SmeId,
    caller: Caller,
    registry: RegistryDep,
    correlation_id: CorrelationId,
    if_match: Annotated[str | None, Header(description="Optional: erase only if still at this ETag")] = None,
) -> Response:
    """The profile is gone at once; a tombstone tells the other services to drop their copies."""
    caller.require_access_to(sme_id)
    expected = optional_version(if_match)
    await registry.erase(sme_id, expected_version=expected, correlation_id=correlation_id)
    return Response(status_code=HTTP_204_NO_CONTENT)


@router.post(
    "/{sme_id}/token",
    summary="Issue a new SME token",
    responses=error_responses(401, 403, 404, 422, 503),
)
async def new_token(sme_id: SmeId, caller: Caller, registry: RegistryDep) -> SmeToken:
    """For a lost or leaked token: the old one stops working."""
    caller.require_access_to(sme_id)
    return SmeToken(sme_token=await registry.new_token(sme_id))


@router.get(
    "/{sme_id}/access",
    status_code=HTTP_204_NO_CONTENT,
    summary="Check a credential for this profile",
    responses=error_responses(401, 403, 422),
)
async def access(sme_id: SmeId, caller: Caller) -> Response:
    """204 if the API key or SME token may read this profile, without reading it: how other
    services (the matcher's recommendations) check an SME's own token."""
    caller.require_access_to(sme_id)
    return Response(status_code=HTTP_204_NO_CONTENT)
