"""What happens when someone follows a signed link and confirms: accept, decline, unsubscribe.

Contact details are revealed only by the introduction sent when both sides of a
pair have accepted. If one side accepts a pair the other side was never emailed
about (a pair can enter only one side's top-k list), the other side gets an
invitation: the accepting side's public summary and the same accept/decline
choice, still without contact details.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from services.notifier.components import Components
from services.notifier.keys import introduction_delivery_key, invitation_delivery_key
from services.notifier.model import Delivery, DeliveryKind, Pair, PendingSuggestion, Recipient
from services.notifier.storage.suggestions import SuggestionStatus
from services.notifier.tokens import LinkAction, LinkClaims
from shared.events import MatchFeedbackV1

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    WAITING_FOR_PARTNER = "waiting_for_partner"
    INTRODUCED = "introduced"
    DECLINED = "declined"
    CLOSED = "closed"  # the pair was declined earlier: recorded, no introduction
    GONE = "gone"  # the person or the partner no longer exists
    UNSUBSCRIBED = "unsubscribed"


@dataclass(frozen=True)
class AnswerResult:
    outcome: Outcome
    language: str = "en"
    partner_name: str | None = None


NO_DECISION = "none"


@dataclass(frozen=True)
class DecisionState:
    """One side's recorded answer on a pair, and whether the pair can still change."""

    mine: str  # NO_DECISION, "accept" or "decline"
    partner_declined: bool
    introduced: bool  # both accepted: the introductions are made
    language: str

    def changeable_to(self, action: LinkAction) -> bool:
        if self.introduced or self.partner_declined:
            return False
        return self.mine != action.value


@dataclass(frozen=True)
class LinkSubject:
    """Who a link is about, for the confirmation page."""

    me: Recipient
    partner: Recipient | None


async def describe(c: Components, claims: LinkClaims) -> LinkSubject | None:
    me = await c.recipients.get(claims.sme_id)
    if me is None:
        return None
    if claims.action is LinkAction.UNSUBSCRIBE:
        return LinkSubject(me, None)
    pair = _pair(claims)
    if pair is None:
        return None
    partner = await c.recipients.get(pair.other(me.sme_id))
    return LinkSubject(me, partner) if partner else None


async def decision_state(c: Components, claims: LinkClaims, me: Recipient) -> DecisionState | None:
    pair = _pair(claims)
    if pair is None:
        return None
    answers = await c.pairs.get(pair)
    mine = "accept" if me.sme_id in answers.accepted_by else "decline" if me.sme_id in answers.declined_by else None
    return DecisionState(
        mine=mine or NO_DECISION,
        partner_declined=bool(answers.declined_by - {me.sme_id}),
        introduced=answers.both_accepted,
        language=me.language,
    )


def _pair(claims: LinkClaims) -> Pair | None:
    if not (claims.supplier_id and claims.buyer_id):
        return None
    pair = Pair(claims.supplier_id, claims.buyer_id)
    return pair if pair.has(claims.sme_id) else None


async def _publish(c: Components, claims: LinkClaims, pair: Pair, decision: str) -> None:
    mine = await c.suggestions.find_for_pair(claims.sme_id, pair)
    event = MatchFeedbackV1(
        suggestion_id=claims.suggestion_id or "",
        supplier_id=pair.supplier_id,
        buyer_id=pair.buyer_id,
        by_sme_id=claims.sme_id,
        decision="accept" if decision == "accept" else "decline",
        **({"correlation_id": mine[0].correlation_id} if mine and mine[0].correlation_id else {}),
    )
    await c.feedback.publish_feedback(event)


async def accept(c: Components, claims: LinkClaims) -> AnswerResult:
    subject = await describe(c, claims)
    pair = _pair(claims)
    if subject is None or subject.partner is None or pair is None:
        return AnswerResult(Outcome.GONE)
    me, partner = subject.me, subject.partner
    result = AnswerResult(Outcome.WAITING_FOR_PARTNER, me.language, partner.summary.name)
    now = c.clock.now()
    before = await c.pairs.get(pair)
    if me.sme_id not in before.accepted_by:  # a second click publishes nothing new
        await _publish(c, claims, pair, "accept")
    answers = await c.pairs.record(pair, me.sme_id, "accept", now)
    if answers.declined:
        return AnswerResult(Outcome.CLOSED, me.language, partner.summary.name)
    if answers.both_accepted:
        # Unique delivery keys: however often or concurrently both sides click, one each.
        for person in (me, partner):
            await _schedule_introduction(c, pair, person, claims)
        return AnswerResult(Outcome.INTRODUCED, me.language, partner.summary.name)
    await _invite_if_never_told(c, pair, me, partner, claims)
    return result


async def _schedule_introduction(c: Components, pair: Pair, person: Recipient, claims: LinkClaims) -> None:
    now = c.clock.now()
    delivery = Delivery(
        key=introduction_delivery_key(pair, person.sme_id),
        kind=DeliveryKind.INTRODUCTION,
        recipient_id=person.sme_id,
        due_at=c.rules.earliest_send_at(now),
        pair=pair,
        partner_ids=(pair.other(person.sme_id),),
        correlation_id=claims.suggestion_id,
    )
    await c.deliveries.create(delivery, now)
    c.worklist.send(delivery.key, delivery.due_at)
    log.info("introduction scheduled", extra={"delivery_key": delivery.key, "recipient_id": person.sme_id})


async def _invite_if_never_told(
    c: Components, pair: Pair, me: Recipient, partner: Recipient, claims: LinkClaims
) -> None:
    known = await c.suggestions.find_for_pair(partner.sme_id, pair)
    if known is not None and known[1] != SuggestionStatus.PENDING.value:
        return  # emailed already (or they chose to get no suggestions)
    if not partner.wants_suggestions:
        return
    now = c.clock.now()
    mine = await c.suggestions.find_for_pair(me.sme_id, pair)
    template = mine[0] if mine else None
    invitation_item = PendingSuggestion(
        suggestion_id=claims.suggestion_id or "",
        recipient_id=partner.sme_id,
        recipient_role="supplier" if partner.sme_id == pair.supplier_id else "buyer",
        supplier_id=pair.supplier_id,
        buyer_id=pair.buyer_id,
        score=template.score if template else 0.0,
        rank=template.rank if template else 1,
        reasons=template.reasons if template else (),
        received_at=now,
        correlation_id=template.correlation_id if template else "",
    )
    key = invitation_delivery_key(pair, partner.sme_id)
    # The pending suggestion (if any) is carried by the invitation instead.
    if not await c.suggestions.add(invitation_item, SuggestionStatus.ASSIGNED, delivery_key=key):
        await c.suggestions.assign(partner.sme_id, [invitation_item], key)
    delivery = Delivery(
        key=key,
        kind=DeliveryKind.INVITATION,
        recipient_id=partner.sme_id,
        due_at=c.rules.earliest_send_at(now),
        pair=pair,
        partner_ids=(me.sme_id,),
        correlation_id=invitation_item.correlation_id or None,
    )
    await c.deliveries.create(delivery, now)
    c.worklist.send(key, delivery.due_at)
    log.info("invitation scheduled", extra={"delivery_key": key, "recipient_id": partner.sme_id})


async def decline(c: Components, claims: LinkClaims) -> AnswerResult:
    subject = await describe(c, claims)
    pair = _pair(claims)
    if subject is None or subject.partner is None or pair is None:
        return AnswerResult(Outcome.GONE)
    me, partner = subject.me, subject.partner
    before = await c.pairs.get(pair)
    if me.sme_id not in before.declined_by:
        await _publish(c, claims, pair, "decline")
    now = c.clock.now()
    await c.pairs.record(pair, me.sme_id, "decline", now)
    await c.suggestions.close_pair(pair, claims.suggestion_id or "", now)
    invitations = [invitation_delivery_key(pair, side) for side in (pair.supplier_id, pair.buyer_id)]
    await c.deliveries.cancel_scheduled(invitations, "pair declined")
    return AnswerResult(Outcome.DECLINED, me.language, partner.summary.name)


async def unsubscribe(c: Components, sme_id: str) -> AnswerResult:
    recipient = await c.recipients.unsubscribe(sme_id, c.clock.now())
    if recipient is None:
        return AnswerResult(Outcome.GONE)
    await c.suggestions.suppress_pending_of(sme_id)
    cancelled = await c.deliveries.cancel_open_for(sme_id)
    log.info("unsubscribed", extra={"sme_id": sme_id, "cancelled_deliveries": cancelled})
    return AnswerResult(Outcome.UNSUBSCRIBED, recipient.language)
