"""Plans recipients a batch at a time: what to email now, what waits, when to look again.

For each claimed recipient a plan reads the planning state (pending keys and
running counters) and the recipient, and, unless those show that nothing can be
sent yet (a burst still arriving, night, the cap used up, today's digest sent),
the pending suggestions and the people in them; all by `_id`. It writes the
outcome of the whole batch with a few commands per recipient: the work per
suggestion is constant, and a burst for one recipient is one email.

Writes come in an order a crash cannot break: suggestions are assigned to their
email's key before the delivery is stored; if the delivery never was, the next
plan (its request or wake-up is still there) finds the assigned keys in the
state and stores it. The state is written last but one; the requests last.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from services.notifier.components import Components
from services.notifier.keys import suggestions_delivery_key
from services.notifier.model import Delivery, DeliveryKind, PendingSuggestion, Recipient
from services.notifier.planning import best_first, nothing_due_before, plan_suggestions
from services.notifier.storage.planning import FinishedPlan, PlanningState
from services.notifier.storage.suggestions import StoredSuggestion, SuggestionStatus, key_of
from services.notifier.worklist import PlanWork

log = logging.getLogger(__name__)

# Another replica is planning the recipient: look again soon, after its plan (then less and less often).
CLAIM_RETRY = timedelta(seconds=2)

# Some of the recipient's pending suggestions move to a status (and, when assigned, their email's key).
Mark = tuple[list[str], SuggestionStatus, str | None]


@dataclass
class _Outcome:
    state: PlanningState
    marks: list[Mark] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    waits: list[tuple[str, str]] = field(default_factory=list)  # (missing profile, this recipient)


async def plan_due(c: Components) -> bool:
    """Plan the recipients that are due on this replica; False when none is."""
    now = c.clock.now()
    work = c.worklist.take_plans(now, c.settings.plan_batch_size)
    if not work:
        return False
    try:
        busy = await plan_recipients(c, work, now)
    except Exception:
        c.worklist.plans_finished(work)
        _retry_later(c, work, now)  # the requests are stored too; this only saves waiting for the sweep
        raise
    c.worklist.plans_finished(work)
    _retry_later(c, busy, now)
    return True


def _retry_later(c: Components, work: Mapping[str, PlanWork], now: datetime) -> None:
    lease = timedelta(seconds=c.settings.lease_s)
    for sme_id, w in work.items():
        w.tries += 1
        c.worklist.plan_later(sme_id, now + min(CLAIM_RETRY * 2 ** min(w.tries - 1, 10), lease), w)


async def plan_recipients(c: Components, work: Mapping[str, PlanWork], now: datetime) -> dict[str, PlanWork]:
    """Plan these recipients; returns the ones another replica is planning right now."""
    recipients, erased = await c.recipients.get_many_and_erased(work)
    # An erasure removed their state and requests; planning them would write a new state.
    work = {sme_id: w for sme_id, w in work.items() if sme_id not in erased}
    states = await c.planning.states(work)
    epochs = await c.planning.claim(states, now, timedelta(seconds=c.settings.lease_s))
    busy = {sme_id: w for sme_id, w in work.items() if sme_id not in epochs}
    if epochs:
        outcomes = await _decide_all(c, {s: work[s] for s in epochs}, states, recipients, now)
        await _store(c, outcomes, epochs, work, now)
    return busy


async def _decide_all(
    c: Components,
    work: Mapping[str, PlanWork],
    states: dict[str, PlanningState],
    recipients: Mapping[str, Recipient],
    now: datetime,
) -> dict[str, _Outcome]:
    """Each claimed recipient's outcome; suggestions and partners are read only where they matter."""
    keys = {sme_id: await _keys(c, sme_id, states[sme_id], w) for sme_id, w in work.items()}
    for sme_id, w in work.items():  # the gathering window runs from the newest arrival
        arrivals = [t for t in (states[sme_id].last_arrival_at, w.latest_at) if t is not None]
        states[sme_id] = replace(states[sme_id], last_arrival_at=max(arrivals, default=None))
    claimed = {sme_id: r for sme_id, r in recipients.items() if sme_id in work}
    outcomes = {
        sme_id: _Outcome(
            replace(
                _today(c, states[sme_id], now),
                pending=tuple(keys[sme_id]),
                wake_at=until,
                wake_for=claimed[sme_id].preference.value,
            )
        )
        for sme_id, until in _not_due(c, states, claimed, now).items()
    }
    to_read = [sme_id for sme_id in work if sme_id not in outcomes]
    items = await c.suggestions.get_by_keys((k for sme_id in to_read for k in keys[sme_id]), reasons=False)
    partners = {s.suggestion.partner_id for s in items.values()}
    # Partners are only asked whether they are here; the email reads their details when it is sent.
    present = set(claimed) | await c.recipients.live_among(partners - set(claimed))
    unfinished = {s.delivery_key for s in items.values() if s.delivery_key and _in_suggestions_email(s)}
    missing = unfinished - await c.deliveries.existing(unfinished)
    for sme_id in to_read:
        outcomes[sme_id] = _decide(c, sme_id, states[sme_id], keys[sme_id], items, claimed, present, missing, now)
    return outcomes


async def _store(
    c: Components, outcomes: dict[str, _Outcome], epochs: Mapping[str, int], work: Mapping[str, PlanWork], now: datetime
) -> None:
    """Write the outcomes in the order the module's header explains, then hand the emails to the senders."""
    marks = [(sme_id, *mark) for sme_id, o in outcomes.items() for mark in o.marks]
    await asyncio.gather(*(c.suggestions.mark(sme_id, keys, status, key) for sme_id, keys, status, key in marks))
    deliveries = [d for o in outcomes.values() for d in o.deliveries]
    await c.deliveries.create_many([(d, c.rules.local_day(now)) for d in deliveries], now)
    waits = [w for o in outcomes.values() for w in o.waits]
    await c.waiting.add(waits)
    await c.planning.finish(
        [FinishedPlan(s, epochs[s], o.state, tuple(work[s].request_ids)) for s, o in outcomes.items()]
    )
    await _wake_if_arrived(c, waits, now)
    for d in deliveries:
        c.worklist.send(d.key, d.due_at)
        log.info(
            "suggestions email planned",
            extra={"delivery_key": d.key, "recipient_id": d.recipient_id, "suggestions": len(d.suggestion_ids)},
        )
    for sme_id, o in outcomes.items():
        if o.state.wake_at is not None:
            c.worklist.plan_later(sme_id, o.state.wake_at)


async def _wake_if_arrived(c: Components, waits: Sequence[tuple[str, str]], now: datetime) -> None:
    """A profile stored while this plan ran looked for markers before ours were written, and woke
    nobody. Now that they are written, look at the awaited profiles once more: whichever of the
    two comes second sees the other, so no recipient waits for a profile that is already here."""
    if not waits:
        return
    arrived = await c.recipients.live_among({profile for profile, _ in waits})
    to_wake = {recipient for profile, recipient in waits if profile in arrived}
    if to_wake:
        c.worklist.plan(await c.planning.request({r: () for r in to_wake}, now))


async def _keys(c: Components, sme_id: str, state: PlanningState, work: PlanWork) -> list[str]:
    keys = dict.fromkeys([*state.pending, *sorted(work.item_keys)])
    if state.legacy or work.legacy:  # stored before states and requests carried keys
        keys |= dict.fromkeys(await c.suggestions.pending_keys_of(sme_id))
    return list(keys)


def _in_suggestions_email(s: StoredSuggestion) -> bool:
    return s.status is SuggestionStatus.ASSIGNED and (s.delivery_key or "").startswith("sg-")


def _suggestions_email(recipient_id: str, chosen: Sequence[PendingSuggestion], now: datetime) -> Delivery:
    ids = [s.suggestion_id for s in chosen]
    return Delivery(
        key=suggestions_delivery_key(recipient_id, ids),
        kind=DeliveryKind.SUGGESTIONS,
        recipient_id=recipient_id,
        due_at=now,
        suggestion_ids=tuple(ids),
        item_keys=tuple(key_of(s) for s in chosen),
        partner_ids=tuple(sorted({s.partner_id for s in chosen})),
        correlation_id=chosen[0].correlation_id,
    )


def _today(c: Components, state: PlanningState, now: datetime) -> PlanningState:
    """The state with its daily counters moved to today (reset on a new local day)."""
    today = c.rules.local_day(now).isoformat()
    if state.counted_day == today:
        return state
    return replace(state, counted_day=today, counted=0, emails_today=())


def _not_due(
    c: Components, states: Mapping[str, PlanningState], recipients: Mapping[str, Recipient], now: datetime
) -> dict[str, datetime]:
    """Recipients that can be sent nothing before a known time, whatever their suggestions are."""
    found: dict[str, datetime] = {}
    for sme_id, recipient in recipients.items():
        state = _today(c, states[sme_id], now)
        until = nothing_due_before(
            preference=recipient.preference,
            wants_suggestions=recipient.wants_suggestions,
            sent_today=state.counted,
            last_email_at=state.last_email_at,
            last_arrival_at=state.last_arrival_at,
            now=now,
            rules=c.rules,
        )
        until = until or _planned_wake(state, recipient, now)
        if until is not None:
            found[sme_id] = until
    return found


def _planned_wake(state: PlanningState, recipient: Recipient, now: datetime) -> datetime | None:
    """The wake-up an earlier plan set for the suggestions it kept, while it holds. More suggestions
    never make the next email earlier (the gathering window restarts from the newest, a digest is
    anchored on the last email or the oldest pending suggestion, a used-up cap stays used up), so a
    burst before then joins the pending keys without a read: what keeps a digest recipient's many
    small arrivals cheap. A change of preference or an unsubscribe looks at the suggestions again."""
    planned = state.pending and state.wake_at is not None and state.wake_at > now
    if planned and recipient.wants_suggestions and state.wake_for == recipient.preference.value:
        return state.wake_at
    return None


def _decide(
    c: Components,
    sme_id: str,
    state: PlanningState,
    keys: list[str],
    items: Mapping[str, StoredSuggestion],
    recipients: Mapping[str, Recipient],
    present: set[str],
    missing_deliveries: set[str],
    now: datetime,
) -> _Outcome:
    mine = [items[k] for k in keys if k in items]  # a key without an item was erased: forgotten
    pending = [s.suggestion for s in mine if s.status is SuggestionStatus.PENDING]
    base = replace(_today(c, state, now), pending=tuple(key_of(s) for s in pending), wake_at=None, wake_for=None)
    counted, emails_today = base.counted, base.emails_today
    # Suggestions in an email the state does not count: a plan stopped before storing the state.
    left = [s for s in mine if _in_suggestions_email(s) and s.delivery_key not in emails_today]
    if left:
        base = replace(
            base,
            counted=counted + len(left),
            emails_today=(*emails_today, *dict.fromkeys(str(s.delivery_key) for s in left)),
            last_email_at=now,
        )
        # One email per plan: what is still pending is planned again at once.
        emails = _unfinished_emails(sme_id, left, missing_deliveries, now)
        return _Outcome(replace(base, wake_at=now if pending else None), deliveries=emails)

    recipient = recipients.get(sme_id)
    if recipient is None:  # no profile yet: its arrival plans them again
        return _Outcome(base, waits=[(sme_id, sme_id)] if pending else [])
    plan = plan_suggestions(
        preference=recipient.preference,
        wants_suggestions=recipient.wants_suggestions,
        ready=[s for s in pending if s.partner_id in present],
        sent_today=counted,
        last_email_at=state.last_email_at,
        now=now,
        rules=c.rules,
    )
    outcome = _Outcome(base, waits=[(s.partner_id, sme_id) for s in pending if s.partner_id not in present])
    outcome.marks = [([key_of(s) for s in plan.suppress], SuggestionStatus.SUPPRESSED, None)]
    if plan.send_now:
        email = _suggestions_email(sme_id, plan.send_now, now)
        outcome.deliveries.append(email)
        outcome.marks.append(([key_of(s) for s in plan.send_now], SuggestionStatus.ASSIGNED, email.key))
        base = replace(
            base, counted=counted + len(plan.send_now), emails_today=(*emails_today, email.key), last_email_at=now
        )
    done = {key_of(s) for s in (*plan.suppress, *plan.send_now)}
    outcome.state = replace(
        base,
        pending=tuple(k for k in base.pending if k not in done),
        wake_at=plan.wake_at,
        wake_for=recipient.preference.value,
    )
    return outcome


def _unfinished_emails(
    sme_id: str, left: list[StoredSuggestion], missing_deliveries: set[str], now: datetime
) -> list[Delivery]:
    """The emails a stopped plan assigned suggestions to but never stored (same suggestions, same key)."""
    groups: dict[str, list[PendingSuggestion]] = {}
    for s in left:
        if s.delivery_key in missing_deliveries:
            groups.setdefault(s.delivery_key, []).append(s.suggestion)
    return [_suggestions_email(sme_id, best_first(group), now) for group in groups.values()]
