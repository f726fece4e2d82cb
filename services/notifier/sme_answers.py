"""An SME's answer to a suggestion, from the registry's "my suggestions" page.

The same use cases as the accept and decline links of an email (`answers`):
record the answer, publish `match.feedback`, invite a partner never told, and
introduce both sides once both said yes. Instead of a link's signature, the
caller shows the SME's own credential (an SME token, or the access token of a
signed-in page session), checked at the registry as the matcher checks it
(`shared.access`); a coordinator key cannot answer for an SME.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Request, status
from pydantic import BaseModel, ConfigDict, Field

from services.notifier import answers
from services.notifier.components import Components
from services.notifier.tokens import LinkAction, LinkClaims
from shared.access import AccessCheck, AccessSettings, principal_or_refusal
from shared.credentials import SME_ID_PATTERN, Forbidden

_REALM = "clusterlink-notifier"
SmeId = Annotated[str, Path(pattern=SME_ID_PATTERN)]


class AnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Literal["accept", "decline"] = Field(description="The SME's answer")
    suggestion_id: str = Field(min_length=1, max_length=100, description="As in match.suggestions")
    supplier_id: str = Field(pattern=SME_ID_PATTERN, description="The pair's supplier")
    buyer_id: str = Field(pattern=SME_ID_PATTERN, description="The pair's buyer")


class AnswerOut(BaseModel):
    outcome: str = Field(description="waiting_for_partner, introduced, declined, closed or gone")
    partner_name: str | None = None


def _access(request: Request) -> AccessCheck:
    check: AccessCheck | None = getattr(request.app.state, "answer_access", None)
    if check is None:
        check = request.app.state.answer_access = AccessCheck(AccessSettings())
    return check


async def _require_sme(request: Request, sme_id: SmeId) -> None:
    principal = await principal_or_refusal(_access(request), request, realm=_REALM)
    try:
        if principal.is_coordinator:
            raise Forbidden("an answer is the SME's own: send its token")
        principal.require_access_to(sme_id)
    except Forbidden as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail=str(exc)) from exc


router = APIRouter()


@router.post("/v1/smes/{sme_id}/answers", dependencies=[Depends(_require_sme)], response_model=AnswerOut)
async def answer(sme_id: SmeId, body: AnswerIn, request: Request) -> AnswerOut:
    if sme_id not in (body.supplier_id, body.buyer_id) or body.supplier_id == body.buyer_id:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, detail="sme_id: must be one side of the pair")
    c: Components = request.app.state.components
    action = LinkAction.ACCEPT if body.decision == "accept" else LinkAction.DECLINE
    # The claims a link of this answer would carry; nothing is signed, the credential stood for it.
    claims = LinkClaims(
        action, sme_id, c.clock.now() + timedelta(minutes=1), body.suggestion_id, body.supplier_id, body.buyer_id
    )
    result = await (answers.accept(c, claims) if action is LinkAction.ACCEPT else answers.decline(c, claims))
    if result.outcome is answers.Outcome.GONE:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="this SME or its partner is not known here")
    return AnswerOut(outcome=result.outcome.value, partner_name=result.partner_name)
