"""HTTP: the stored recommendations and the value-chain coverage (health and readiness: `shared.health`)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.security import APIKeyHeader, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.matcher.list_repository import ListRepository
from services.matcher.phrase_coverage import CoverageAnswers
from services.matcher.ranked_lists import Direction, RankedList
from services.matcher.scoring import Profile
from shared.access import AccessCheck, AccessSettings, principal_or_refusal
from shared.credentials import Forbidden
from shared.events import Reason
from shared.json_body import BodyRefused, read_model
from shared.taxonomy import Stage, SubCluster


class RecommendationItem(BaseModel):
    model_config = ConfigDict(frozen=True)

    partner_id: str = Field(description="The recommended SME", examples=["sme-0007"])
    rank: int = Field(ge=1, description="1 is the best match", examples=[1])
    score: float = Field(ge=0.0, le=1.0, description="Match score in [0, 1]", examples=[0.83])
    partner_version: int = Field(ge=1, description="Profile version of the partner when scored")
    reasons: tuple[Reason, ...] = Field(description="Why, in English and Thai")


class Recommendations(BaseModel):
    model_config = ConfigDict(frozen=True)

    sme_id: str = Field(examples=["sme-0042"])
    direction: Direction = Field(
        description="suppliers: who could supply this SME's needs; buyers: who could buy its offers"
    )
    sme_version: int = Field(ge=1, description="Profile version of this SME when the list was computed")
    updated_at: datetime | None = Field(
        description="When the list's partners last changed and were stored; null when it never held news"
    )
    items: list[RecommendationItem]


_PHRASE = Annotated[str, Field(min_length=1, max_length=500)]


class CoverageProfile(BaseModel):
    """An SME as the engine matches it: JSONL v1 without name or contact details."""

    id: str = Field(min_length=1, max_length=100, examples=["sme-0042"])
    sub_cluster: SubCluster
    stage: Stage
    province: str = Field(max_length=100, examples=["Khon Kaen"])
    offers: list[_PHRASE] = Field(default_factory=list, max_length=100)
    needs: list[_PHRASE] = Field(default_factory=list, max_length=100)
    certifications: list[_PHRASE] = Field(default_factory=list, max_length=50)
    bcg: list[_PHRASE] = Field(default_factory=list, max_length=3)
    language: Literal["th", "en"] = "en"

    def engine_profile(self) -> Profile:
        return Profile(
            id=self.id, name=self.id, sub_cluster=self.sub_cluster.value, stage=self.stage.value,
            province=self.province, offers=tuple(self.offers), needs=tuple(self.needs),
            certifications=tuple(self.certifications), bcg=tuple(self.bcg), language=self.language,
        )  # fmt: skip


# The largest coverage body: 20,000 profiles as the dashboard sends them are about 10 MB.
MAX_COVERAGE_BODY_BYTES = 32 * 1024 * 1024
COVERAGE_PATH = "/v1/value-chain/coverage"
# Every other route takes no body.
MAX_BODY_BYTES = 64 * 1024


class CoverageRequest(BaseModel):
    profiles: list[CoverageProfile] = Field(max_length=20_000, description="The cluster to match, phrase by phrase")

    @field_validator("profiles")
    @classmethod
    def _unique_ids(cls, profiles: list[CoverageProfile]) -> list[CoverageProfile]:
        seen: set[str] = set()
        for p in profiles:
            if p.id in seen:
                raise ValueError(f"the id {p.id!r} is sent twice")
            seen.add(p.id)
        return profiles


def _inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with its `$defs` written in place (none is recursive), for the OpenAPI document."""
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {k: resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    inlined: dict[str, Any] = resolve(schema)
    return inlined


# The coverage body is read by the route itself (see `coverage`); its schema is documented here.
_COVERAGE_BODY = _inlined(CoverageRequest.model_json_schema())

# Declared for the OpenAPI document only; `credential_of` reads the same two headers.
_bearer = HTTPBearer(auto_error=False, description="Coordinator API key or the SME's own token")
_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="Coordinator API key or the SME's own token")
_REALM = "clusterlink-matcher"


def _access_dependency(check: AccessCheck) -> Callable[[Request, str], Awaitable[None]]:
    async def require_access(request: Request, sme_id: str) -> None:
        """A coordinator key, or this SME's own token (checked as the registry checks it)."""
        try:
            (await principal_or_refusal(check, request, realm=_REALM)).require_access_to(sme_id)
        except Forbidden as exc:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail=str(exc)) from exc

    return require_access


def coordinator_dependency(check: AccessCheck) -> Callable[[Request], Awaitable[None]]:
    async def require_coordinator(request: Request) -> None:
        try:
            (await principal_or_refusal(check, request, realm=_REALM)).require_coordinator()
        except Forbidden as exc:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail=str(exc)) from exc

    return require_coordinator


def build_router(
    lists: Callable[[], ListRepository],
    index_list: Callable[[str, Direction], RankedList | None],
    index_ready: Callable[[], bool],
    access: AccessSettings | None = None,
) -> APIRouter:
    """`index_list` is the index's current list of a live SME (None for an unknown one)."""
    router = APIRouter()
    check = AccessCheck(access or AccessSettings())
    require_access = _access_dependency(check)
    require_coordinator = coordinator_dependency(check)
    coverage_answers = CoverageAnswers()

    @router.get(
        "/v1/smes/{sme_id}/recommendations",
        tags=["recommendations"],
        summary="An SME's top-k suppliers or buyers, best first",
        responses={
            401: {"description": "No valid coordinator API key or SME token"},
            403: {"description": "An SME token of another SME"},
            429: {"description": "Too many failed authentications from this address: wait Retry-After seconds"},
            404: {"description": "No such SME in the matcher (never seen or erased)"},
            503: {"description": "The index is still replaying the profiles, or the registry cannot check a token"},
        },
        dependencies=[Depends(_bearer), Depends(_api_key), Depends(require_access)],
    )
    async def recommendations(
        sme_id: Annotated[str, Path(min_length=1, max_length=100)],
        direction: Annotated[Literal["suppliers", "buyers"], Query()] = "suppliers",
        k: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> Recommendations:
        if not index_ready():
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE, detail="the index is starting up", headers={"Retry-After": "5"}
            )
        current = index_list(sme_id, direction)
        # The index knows first when an SME is erased: its stored lists may still be being removed.
        if current is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"unknown SME {sme_id!r}")
        stored = await lists().get(sme_id, direction)
        return _response(current, stored.updated_at if stored is not None else None, k)

    @router.post(
        COVERAGE_PATH,
        tags=["value chain"],
        summary="Which offers could meet each need of the SMEs sent, and which needs want each offer",
        description="Per-phrase matching with the matcher's engine, for gap reports: the SMEs are the "
        "request's, not the index's. Answers `shared.value_chain.Cluster` as JSON (firms, coverage, concept "
        "labels; no links). Coordinators only.",
        responses={
            400: {"description": "The body cannot be read as JSON (too deeply nested, a number too long, not UTF-8)"},
            401: {"description": "No valid coordinator API key"},
            403: {"description": "An SME token: this needs a coordinator key"},
            413: {"description": f"The body is larger than {MAX_COVERAGE_BODY_BYTES} bytes"},
            422: {"description": "The body is not a valid request: `errors` names each field and the reason"},
        },
        dependencies=[Depends(_bearer), Depends(_api_key), Depends(require_coordinator)],
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": _COVERAGE_BODY}}}},
    )
    async def coverage(request: Request) -> Response:
        # Read here, after the credential: FastAPI would parse a declared body first, and answer
        # a body it cannot parse with a bare 400 that names neither the field nor the reason.
        try:
            body = await read_model(request, CoverageRequest)
        except BodyRefused as refused:
            return refused.response()
        # Off the event loop: matching every phrase of a large cluster takes seconds of CPU.
        answer = await asyncio.to_thread(coverage_answers.answer, [p.engine_profile() for p in body.profiles])
        return Response(answer, media_type="application/json")

    return router


def _response(ranked: RankedList, updated_at: datetime | None, k: int) -> Recommendations:
    return Recommendations(
        sme_id=ranked.sme_id,
        direction=ranked.direction,
        sme_version=ranked.sme_version,
        updated_at=updated_at,
        items=[
            RecommendationItem(
                partner_id=e.partner_id,
                rank=rank,
                score=min(1.0, max(0.0, e.score)),
                partner_version=e.partner_version,
                reasons=e.reasons,
            )
            for rank, e in enumerate(ranked.entries[:k], start=1)
        ],
    )
