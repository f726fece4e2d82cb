"""Use cases for consumed events: profile snapshots, erasures and suggestions."""

from __future__ import annotations

import logging

from services.notifier.components import Components
from services.notifier.model import PendingSuggestion
from services.notifier.storage.suggestions import SuggestionStatus
from shared.events import MatchSuggestedV1, SmeProfileChangedV1

log = logging.getLogger(__name__)


async def store_profile(c: Components, event: SmeProfileChangedV1) -> bool:
    """Keep the notifier's copy of a profile; older or repeated versions are ignored."""
    now = c.clock.now()
    if not await c.recipients.store_profile(event.sme_id, event.version, event.profile, now):
        return False
    # Suggestions may have been waiting for this profile, as recipient or as partner;
    # a changed preference may also change what is due for this recipient.
    waiting = await c.suggestions.recipients_waiting_on(event.sme_id)
    await c.planning.request([event.sme_id, *waiting], now)
    return True


async def erase_person(c: Components, sme_id: str, version: int | None) -> bool:
    """Tombstone: remove the person's contact data and everything still to be sent."""
    now = c.clock.now()
    if not await c.recipients.erase(sme_id, version, now):
        log.info("tombstone older than the live profile ignored", extra={"sme_id": sme_id, "version": version})
        return False
    removed_suggestions = await c.suggestions.erase_person(sme_id)
    removed_deliveries = await c.deliveries.erase_person(sme_id)
    removed_pairs = await c.pairs.erase_person(sme_id)
    await c.planning.erase_person(sme_id)
    log.info(
        "person erased",
        extra={
            "sme_id": sme_id,
            "removed_suggestions": removed_suggestions,
            "removed_deliveries": removed_deliveries,
            "removed_pairs": removed_pairs,
        },
    )
    return True


async def receive_suggestion(c: Components, event: MatchSuggestedV1) -> bool:
    """Store a suggestion for its recipient; it waits there until the planner emails it."""
    now = c.clock.now()
    if await c.recipients.any_erased([event.recipient_id, event.partner_id]):
        log.info("suggestion about an erased person dropped", extra={"suggestion_id": event.suggestion_id})
        return False
    suggestion = PendingSuggestion(
        suggestion_id=event.suggestion_id,
        recipient_id=event.recipient_id,
        recipient_role=event.recipient_role,
        supplier_id=event.supplier_id,
        buyer_id=event.buyer_id,
        score=event.score,
        rank=event.rank,
        reasons=event.reasons,
        received_at=now,
        correlation_id=event.correlation_id,
    )
    answers = await c.pairs.get(suggestion.pair)
    already_settled = answers.declined or answers.both_accepted or event.recipient_id in answers.accepted_by
    status = SuggestionStatus.CANCELLED if already_settled else SuggestionStatus.PENDING
    stored = await c.suggestions.add(suggestion, status)
    if stored and status is SuggestionStatus.PENDING:
        await c.planning.request([event.recipient_id], now)
    return stored
