"""Turns a recipient's pending suggestions into deliveries, following their preferences."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from services.notifier.components import Components
from services.notifier.keys import suggestions_delivery_key
from services.notifier.model import Delivery, DeliveryKind, PendingSuggestion
from services.notifier.planning import plan_suggestions
from services.notifier.storage.planning import PlanningClaim
from services.notifier.storage.suggestions import SuggestionStatus

log = logging.getLogger(__name__)

# Enough history for the weekly digest rule (last email within the past week) and the cap.
_HISTORY = timedelta(days=8)


async def plan_next_recipient(c: Components) -> bool:
    """Claim one recipient that is due for planning and plan them; False when none is due."""
    now = c.clock.now()
    claim = await c.planning.claim(now, timedelta(seconds=c.settings.lease_s))
    if claim is None:
        return False
    wake_at = await _plan(c, claim, now)
    await c.planning.finish(claim, wake_at)
    return True


async def _plan(c: Components, claim: PlanningClaim, now: datetime) -> datetime | None:
    recipient = await c.recipients.get(claim.sme_id)
    pending = await c.suggestions.pending_for(claim.sme_id)
    if recipient is None:
        # No profile yet: its arrival asks for planning again, so nothing is lost.
        return None
    pending = await _without_already_delivered(c, claim.sme_id, pending)
    partners = await c.recipients.get_many(sorted({s.partner_id for s in pending}))
    ready = [s for s in pending if s.partner_id in partners]
    history = await c.deliveries.suggestion_history(claim.sme_id, now - _HISTORY)
    plan = plan_suggestions(
        preference=recipient.preference,
        wants_suggestions=recipient.wants_suggestions,
        ready=ready,
        sent_today=history.count_on(c.rules.local_day(now)),
        last_email_at=history.last_email_at,
        now=now,
        rules=c.rules,
    )
    if plan.suppress:
        await c.suggestions.set_status(claim.sme_id, list(plan.suppress), SuggestionStatus.SUPPRESSED)
    if plan.send_now:
        await _create_delivery(c, claim.sme_id, list(plan.send_now), now)
    return plan.wake_at


async def _without_already_delivered(
    c: Components, recipient_id: str, pending: list[PendingSuggestion]
) -> list[PendingSuggestion]:
    """Repair after a crash between recording a delivery and marking its suggestions."""
    held = await c.deliveries.keys_holding(recipient_id, [s.suggestion_id for s in pending])
    if not held:
        return pending
    for key in set(held.values()):
        await c.suggestions.assign(recipient_id, [s for s in pending if held.get(s.suggestion_id) == key], key)
    return [s for s in pending if s.suggestion_id not in held]


async def _create_delivery(c: Components, recipient_id: str, chosen: list[PendingSuggestion], now: datetime) -> None:
    ids = [s.suggestion_id for s in chosen]
    key = suggestions_delivery_key(recipient_id, ids)
    delivery = Delivery(
        key=key,
        kind=DeliveryKind.SUGGESTIONS,
        recipient_id=recipient_id,
        due_at=now,
        suggestion_ids=tuple(ids),
        partner_ids=tuple(sorted({s.partner_id for s in chosen})),
        correlation_id=chosen[0].correlation_id,
    )
    # Delivery first, then the suggestions: a crash in between is repaired on the next plan.
    await c.deliveries.create(delivery, now, local_day=c.rules.local_day(now))
    await c.suggestions.assign(recipient_id, chosen, key)
    log.info(
        "suggestions email planned",
        extra={"delivery_key": key, "recipient_id": recipient_id, "suggestions": len(ids)},
    )
