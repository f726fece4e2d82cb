""" "My suggestions": the signed-in SME's current suppliers and buyers, with reasons, and an answer to each.

The list is the matcher's (its recommendations endpoint), the partners' public
details are the registry's own profiles (name, province, what they sell and
need; never contacts), and an answer goes to the notifier, which records it,
publishes `match.feedback` and introduces both sides once both said yes, exactly
as for a link in an email (decision 0011). Each suggestion shows where it stands
(`answer_states`): answered, introduced or closed, with only the buttons the
notifier's rules allow.

Below the lists, "answered earlier": the pairs the SME answered that are on
neither list now (a declined pair leaves the matcher's list at once), with the
answer, its date and the same buttons, so an answer can still be seen and
changed. A pair can be answered here if it is on a current list or the SME
answered it before; anything else is refused (404).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from services.registry.errors import ProfileNotFound
from services.registry.pages.answer_states import Answered, AnswerState, AnswerStates, after_answer
from services.registry.pages.guard import (
    PREFIX,
    CheckedForm,
    PageRefused,
    Session,
    context_of,
    language,
    render,
    signer,
)
from services.registry.pages.partners import Direction, PartnerUnavailable, Suggestion, answer, suggestions_of
from services.registry.pages.signing import SmeSession
from services.registry.pages.words import Words
from shared.events import SmeProfileV1, suggestion_id

router = APIRouter(prefix=PREFIX, include_in_schema=False)
Pair = tuple[str, str]  # (supplier id, buyer id)

_OUTCOME_WORDS = {
    "waiting_for_partner": "answer_waiting",
    "introduced": "answer_introduced",
    "declined": "answer_declined",
    "closed": "answer_closed",
    "gone": "answer_gone",
}


async def _profile(request: Request, sme_id: str) -> SmeProfileV1 | None:
    try:
        return (await context_of(request).registry.get(sme_id)).profile
    except ProfileNotFound:
        return None


async def _listed(request: Request, session: SmeSession) -> list[Suggestion]:
    settings = context_of(request).settings
    try:
        return await suggestions_of(settings.matcher_url, session.sme_id, signer(request).access_token(session))
    except PartnerUnavailable as exc:
        raise PageRefused(503, "suggestions_later", headers={"Retry-After": "30"}) from exc


def _answer_states(request: Request) -> AnswerStates:
    states: AnswerStates = request.app.state.pages_answers
    return states


async def _states(request: Request, session: SmeSession, listed: list[Suggestion]) -> dict[Pair, AnswerState]:
    return await _answer_states(request).of(session.sme_id, [(s.supplier_id, s.buyer_id) for s in listed])


async def _earlier(
    request: Request, sme_id: str, listed: list[Suggestion], just_now: dict[Pair, AnswerState]
) -> list[tuple[Answered, SmeProfileV1]]:
    """The pairs the SME answered that are on neither current list, latest first, with the partner's
    public profile; a partner no longer registered is left out."""
    found = {(a.supplier_id, a.buyer_id): a for a in await _answer_states(request).answered_by(sme_id)}
    now = datetime.now(UTC)
    for (supplier_id, buyer_id), state in just_now.items():  # the read model may lag an answer just given
        if state.mine != "none":
            found[(supplier_id, buyer_id)] = Answered(supplier_id, buyer_id, state, now)
    on_list = {(s.supplier_id, s.buyer_id) for s in listed}
    shown = []
    for pair, answered in sorted(found.items(), key=lambda item: item[1].at, reverse=True):
        if pair in on_list:
            continue
        partner = await _profile(request, answered.partner_of(sme_id))
        if partner is not None:
            shown.append((answered, partner))
    return shown


async def _page(
    request: Request,
    session: SmeSession,
    status: int = 200,
    message: str | None = None,
    just_now: dict[Pair, AnswerState] | None = None,
) -> Response:
    """`just_now`: the state an answer given in this request left, which the read model may not show yet."""
    me = await _profile(request, session.sme_id)
    if me is None:
        raise PageRefused(404, "not_found")
    lang = language(request, me.language)
    listed = await _listed(request, session)
    states = await _states(request, session, listed) | (just_now or {})
    shown = []
    for suggestion in listed:
        partner = await _profile(request, suggestion.partner_id)
        if partner is not None:
            shown.append((suggestion, partner, states[(suggestion.supplier_id, suggestion.buyer_id)]))
    return render(
        request, "suggestions.html.j2", status, session=session, lang=lang, message=message,
        suppliers=[s for s in shown if s[0].direction == "suppliers"],
        buyers=[s for s in shown if s[0].direction == "buyers"],
        earlier=await _earlier(request, session.sme_id, listed, just_now or {}), me=session.sme_id,
    )  # fmt: skip


async def _target(request: Request, session: SmeSession, partner_id: str, direction: Direction) -> Suggestion | None:
    """The pair an answer is about: on the SME's current list, or one it answered earlier."""
    listed = [s for s in await _listed(request, session) if s.partner_id == partner_id and s.direction == direction]
    if listed:
        return listed[0]
    me = session.sme_id
    supplier_id, buyer_id = (partner_id, me) if direction == "suppliers" else (me, partner_id)
    if supplier_id == buyer_id or await _answer_states(request).answered(me, supplier_id, buyer_id) is None:
        return None
    versions = []
    for sme_id in (supplier_id, buyer_id):
        try:
            versions.append((await context_of(request).registry.get(sme_id)).version)
        except ProfileNotFound:
            return None
    # The matcher's id of the pair at today's versions: the notifier keeps answers by the pair, so any
    # id of the pair records the same answer, and the one it was first suggested under is not kept here.
    sid = suggestion_id(supplier_id, buyer_id, *versions)
    return Suggestion(partner_id, direction, 0.0, (), supplier_id, buyer_id, sid)


@router.get("/suggestions")
async def suggestions_page(request: Request, session: Session) -> Response:
    return await _page(request, session)


@router.post("/suggestions/answer")
async def answer_suggestion(request: Request, session: Session, form: CheckedForm) -> Response:
    partner_id, direction, decision = (form.get(name) for name in ("partner_id", "direction", "decision"))
    if decision not in ("accept", "decline") or direction not in ("suppliers", "buyers"):
        raise PageRefused(422, "not_found")
    chosen: Literal["accept", "decline"] = "accept" if decision == "accept" else "decline"
    way: Direction = "suppliers" if direction == "suppliers" else "buyers"
    target = await _target(request, session, str(partner_id), way)
    if target is None:
        raise PageRefused(404, "answer_gone")
    pair = (target.supplier_id, target.buyer_id)
    state = (await _states(request, session, [target]))[pair]
    partner = await _profile(request, target.partner_id)
    if not state.choices:
        # Introduced, or the partner declined: as the notifier's own pages, nothing changes it now.
        me = await _profile(request, session.sme_id)
        message = Words(language(request, me.language if me else None))(f"status_{state.status}")
        return await _page(request, session, 409, message=message)
    try:
        outcome = await answer(
            context_of(request).settings.notifier_url,
            session.sme_id,
            signer(request).access_token(session),
            decision=chosen,
            suggestion=target,
        )
    except PartnerUnavailable as exc:
        raise PageRefused(503, "unavailable", headers={"Retry-After": "30"}) from exc
    me = await _profile(request, session.sme_id)
    lang = language(request, me.language if me else None)
    message = Words(lang)(_OUTCOME_WORDS.get(outcome, "answer_closed"), name=partner.name if partner else "")
    return await _page(request, session, message=message, just_now={pair: after_answer(outcome, state)})
