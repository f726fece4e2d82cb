"""HTTP: every supplier -> buyer pair in the index's current top-k lists, at once, for coordinators.

The registry's value-chain page draws these pairs as the cluster's suggested links.
Asking `/v1/smes/{id}/recommendations` twice per SME would be 10,000 requests at
5,000 SMEs; this answers them in one, from the same lists (`index_list`), best
score first per pair.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Annotated, Final

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.security import APIKeyHeader, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from services.matcher.api import coordinator_dependency
from services.matcher.ranked_lists import DIRECTIONS, Direction, RankedList
from shared.access import AccessCheck, AccessSettings

LINKS_PATH: Final = "/v1/value-chain/links"

# Declared for the OpenAPI document only; `credential_of` reads the same two headers.
_bearer = HTTPBearer(auto_error=False, description="Coordinator API key")
_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="Coordinator API key")


class SuggestedLink(BaseModel):
    model_config = ConfigDict(frozen=True)

    supplier_id: str = Field(examples=["sme-0007"])
    buyer_id: str = Field(examples=["sme-0042"])
    score: float = Field(ge=0.0, le=1.0, description="Match score in [0, 1]", examples=[0.83])


class SuggestedLinks(BaseModel):
    smes: int = Field(ge=0, description="SMEs whose lists were read: every live SME in the index")
    links: list[SuggestedLink] = Field(description="Each pair once, sorted by supplier then buyer")


def all_links(
    sme_ids: Iterable[str], index_list: Callable[[str, Direction], RankedList | None], k: int
) -> tuple[int, dict[tuple[str, str], float]]:
    """(SMEs read, (supplier, buyer) -> best score) over the first k of both lists of each SME."""
    links: dict[tuple[str, str], float] = {}
    read = 0
    for sme_id in sme_ids:
        held = False
        for direction in DIRECTIONS:
            ranked = index_list(sme_id, direction)
            if ranked is None:
                continue  # erased meanwhile
            held = True
            for entry in ranked.entries[:k]:
                pair = (entry.partner_id, sme_id) if direction == "suppliers" else (sme_id, entry.partner_id)
                score = min(1.0, max(0.0, entry.score))
                links[pair] = max(links.get(pair, 0.0), score)
        read += int(held)
    return read, links


def build_links_router(
    live_ids: Callable[[], Iterable[str]],
    index_list: Callable[[str, Direction], RankedList | None],
    index_ready: Callable[[], bool],
    access: AccessSettings | None = None,
) -> APIRouter:
    """`live_ids` lists the index's live SMEs; `index_list` is the index's current list of one (None: unknown)."""
    router = APIRouter()
    require_coordinator = coordinator_dependency(AccessCheck(access or AccessSettings()))

    @router.get(
        LINKS_PATH,
        tags=["value chain"],
        summary="Every supplier -> buyer pair in the current top-k lists, for the value-chain picture",
        description="The pairs of both lists (suppliers and buyers) of every live SME, each once with its best "
        "score; the same lists `/v1/smes/{sme_id}/recommendations` answers one by one. Coordinators only.",
        responses={
            401: {"description": "No valid coordinator API key"},
            403: {"description": "An SME token: this needs a coordinator key"},
            503: {"description": "The index is still replaying the profiles"},
        },
        dependencies=[Depends(_bearer), Depends(_api_key), Depends(require_coordinator)],
    )
    async def links(k: Annotated[int, Query(ge=1, le=50)] = 10) -> SuggestedLinks:
        if not index_ready():
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE, detail="the index is starting up", headers={"Retry-After": "5"}
            )
        # In the event loop, as the lists change there: reading them is a lookup per SME and direction.
        read, found = all_links(list(live_ids()), index_list, k)
        return SuggestedLinks(
            smes=read,
            links=[SuggestedLink(supplier_id=s, buyer_id=b, score=v) for (s, b), v in sorted(found.items())],
        )

    return router
