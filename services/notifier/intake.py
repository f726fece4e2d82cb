"""The use case of a consumed batch: store what it says, then ask once for each recipient to be planned.

Per batch, whatever its size: profiles are read and written by `_id`;
suggestions are stored in one unordered insert (their keys are unique, so a
redelivered batch stores nothing twice); and one planning request per affected
recipient carries the keys of that recipient's suggestions. Planning happens
afterwards, in the scheduler, a recipient at a time however many suggestions
they got.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from services.notifier import contact_checks
from services.notifier.components import Components
from services.notifier.model import PendingSuggestion
from services.notifier.profiles import ProfileChange, apply_profile_changes
from services.notifier.storage.planning import PlanRequest
from services.notifier.storage.suggestions import SuggestionStatus, key_of
from shared.events import MatchSuggestedV1


@dataclass(frozen=True)
class BatchResult:
    requests: list[PlanRequest]
    plan_at: datetime  # when planning them is worth it
    profile_outcomes: list[str]  # per profile change, in input order
    suggestion_outcomes: list[str]  # per suggestion, in input order


async def apply_batch(
    c: Components, profiles: Sequence[ProfileChange], suggestions: Sequence[MatchSuggestedV1]
) -> BatchResult:
    """Store a batch's effects; when this returns, the batch may be committed."""
    now = c.clock.now()
    # Profiles first: a suggestion in the same batch then finds its people.
    applied = await apply_profile_changes(c, profiles, now)
    # A new contact address is confirmed before it is used (the registry keeps it pending till then).
    await contact_checks.note_profiles(c, profiles, now)
    pending, suggestion_outcomes = await _receive_suggestions(c, suggestions)
    wanted: dict[str, set[str]] = {sme_id: set() for sme_id in applied.to_plan}
    for recipient_id, keys in pending.items():
        wanted.setdefault(recipient_id, set()).update(keys)
    requests = await c.planning.request(wanted, now)
    await c.waiting.remove(applied.markers)  # only now: their requests are stored
    # No instant email goes out before the gathering window ends, and whatever else arrives
    # within it joins the same plan: planning sooner would only be done again.
    return BatchResult(requests, now + c.rules.instant_gather, applied.outcomes, suggestion_outcomes)


def _pending(event: MatchSuggestedV1, c: Components) -> PendingSuggestion:
    return PendingSuggestion(
        suggestion_id=event.suggestion_id,
        recipient_id=event.recipient_id,
        recipient_role=event.recipient_role,
        supplier_id=event.supplier_id,
        buyer_id=event.buyer_id,
        score=event.score,
        rank=event.rank,
        reasons=event.reasons,
        received_at=c.clock.now(),
        correlation_id=event.correlation_id,
    )


async def _receive_suggestions(
    c: Components, events: Sequence[MatchSuggestedV1]
) -> tuple[dict[str, set[str]], list[str]]:
    """Store the suggestions; returns the keys now pending per recipient, and an outcome per event."""
    if not events:
        return {}, []
    erased = await c.recipients.erased_among({sme for e in events for sme in (e.recipient_id, e.partner_id)})
    latest: dict[str, PendingSuggestion] = {}  # a pair suggested twice in one batch: the later one counts
    keys: list[str | None] = []
    for event in events:
        if erased & {event.recipient_id, event.partner_id}:
            keys.append(None)
            continue
        item = _pending(event, c)
        latest[key_of(item)] = item
        keys.append(key_of(item))
    existed = await c.suggestions.insert_pending(list(latest.values()))
    pending: dict[str, set[str]] = {}
    for key, item in latest.items():
        if key not in existed:
            pending.setdefault(item.recipient_id, set()).add(key)
    if existed:
        known = await c.suggestions.get_by_keys(existed)
        still_pending = [k for k, stored in known.items() if stored.status is SuggestionStatus.PENDING]
        await c.suggestions.refresh([latest[k] for k in still_pending])
        # Asked for again: on a redelivery, the request stored with them may have been lost.
        for k in still_pending:
            pending.setdefault(latest[k].recipient_id, set()).add(k)
    outcomes = [
        "dropped: a person in it was erased" if k is None else "already known" if k in existed else "stored"
        for k in keys
    ]
    return pending, outcomes
