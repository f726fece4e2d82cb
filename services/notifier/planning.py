"""When may a recipient be emailed, and what goes into the email: pure rules, local time.

Quiet hours, digest slots and the daily cap are all reckoned in the configured
time zone (Asia/Bangkok), while instants are stored and compared in UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.notifier.model import PendingSuggestion
from shared.events import NotificationPreference


@dataclass(frozen=True)
class SendingRules:
    timezone: ZoneInfo
    quiet_start: time
    quiet_end: time
    digest_time: time
    weekly_digest_weekday: int
    daily_cap: int
    instant_gather: timedelta = timedelta(0)

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.timezone)

    def local_day(self, instant: datetime) -> date:
        return self.local(instant).date()

    def is_quiet(self, instant: datetime) -> bool:
        t = self.local(instant).time()
        if self.quiet_start == self.quiet_end:
            return False
        if self.quiet_start < self.quiet_end:  # e.g. 01:00-05:00
            return self.quiet_start <= t < self.quiet_end
        return t >= self.quiet_start or t < self.quiet_end  # spans midnight, e.g. 21:00-08:00

    def earliest_send_at(self, instant: datetime) -> datetime:
        """`instant` itself, or the end of the quiet hours it falls in."""
        if not self.is_quiet(instant):
            return instant
        local = self.local(instant)
        end = datetime.combine(local.date(), self.quiet_end, self.timezone)
        if end <= local:
            end = datetime.combine(local.date() + timedelta(days=1), self.quiet_end, self.timezone)
        return end.astimezone(instant.tzinfo)

    def _slot_on(self, day: date) -> datetime:
        return datetime.combine(day, self.digest_time, self.timezone)

    def latest_digest_slot(self, preference: NotificationPreference, now: datetime) -> datetime:
        """The most recent digest slot at or before `now` (daily or weekly)."""
        local = self.local(now)
        day = local.date()
        if preference is NotificationPreference.WEEKLY:
            day -= timedelta(days=(day.weekday() - self.weekly_digest_weekday) % 7)
            step = timedelta(days=7)
        else:
            step = timedelta(days=1)
        slot = self._slot_on(day)
        if slot > local:
            slot = self._slot_on(day - step)
        return slot.astimezone(now.tzinfo)

    def next_digest_slot(self, preference: NotificationPreference, now: datetime) -> datetime:
        step = timedelta(days=7) if preference is NotificationPreference.WEEKLY else timedelta(days=1)
        latest = self.local(self.latest_digest_slot(preference, now))
        # Step in local dates so a slot keeps its wall-clock time.
        nxt = self._slot_on(latest.date() + step)
        return nxt.astimezone(now.tzinfo)


@dataclass(frozen=True)
class Plan:
    """What to send now (at most one email) and when to look at this recipient again."""

    send_now: tuple[PendingSuggestion, ...] = ()
    suppress: tuple[PendingSuggestion, ...] = ()
    wake_at: datetime | None = None


def best_first(items: Sequence[PendingSuggestion]) -> list[PendingSuggestion]:
    return sorted(items, key=lambda s: (-s.score, s.rank, s.received_at, s.suggestion_id))


def plan_suggestions(
    *,
    preference: NotificationPreference,
    wants_suggestions: bool,
    ready: Sequence[PendingSuggestion],
    sent_today: int,
    last_email_at: datetime | None,
    now: datetime,
    rules: SendingRules,
) -> Plan:
    """Decide the next suggestions email of one recipient.

    `ready` are the pending suggestions whose partner profile is known (the
    others wait; the recipient is planned again when a partner profile
    arrives). `sent_today` counts suggestions already emailed on the local day
    of `now`. One email at a time: whatever the cap leaves over waits for the
    next digest slot.
    """
    if not wants_suggestions:
        return Plan(suppress=tuple(ready))
    if not ready:
        return Plan()
    remaining = rules.daily_cap - sent_today

    if preference is NotificationPreference.INSTANT:
        gathered_until = max(s.received_at for s in ready) + rules.instant_gather
        if now < gathered_until:
            return Plan(wake_at=rules.earliest_send_at(gathered_until))
        if rules.is_quiet(now):
            return Plan(wake_at=rules.earliest_send_at(now))
        # Over the cap, the surplus goes out together with the next morning's digest slot.
        return _send_best(ready, remaining, now, rules, NotificationPreference.DAILY)

    # Daily or weekly digest: due once per slot, counted from the last email or,
    # before a first email, from when the oldest suggestion arrived.
    anchor = last_email_at or min(s.received_at for s in ready)
    slot = rules.latest_digest_slot(preference, now)
    if slot <= anchor:
        return Plan(wake_at=rules.earliest_send_at(rules.next_digest_slot(preference, now)))
    if rules.is_quiet(now):
        return Plan(wake_at=rules.earliest_send_at(now))
    return _send_best(ready, remaining, now, rules, preference)


def _send_best(
    ready: Sequence[PendingSuggestion],
    remaining: int,
    now: datetime,
    rules: SendingRules,
    schedule: NotificationPreference,
) -> Plan:
    next_slot = rules.earliest_send_at(rules.next_digest_slot(schedule, now))
    if remaining <= 0:
        return Plan(wake_at=next_slot)
    chosen = best_first(ready)[:remaining]
    left_over = len(ready) > len(chosen)
    return Plan(send_now=tuple(chosen), wake_at=next_slot if left_over else None)


def nothing_due_before(
    *,
    preference: NotificationPreference,
    wants_suggestions: bool,
    sent_today: int,
    last_email_at: datetime | None,
    last_arrival_at: datetime | None,
    now: datetime,
    rules: SendingRules,
) -> datetime | None:
    """When a recipient can be sent nothing before, whatever their pending suggestions say:
    a burst is still arriving, it is night, the daily cap is used up, or today's digest went
    out already. None when the suggestions must be looked at: until then, a plan reads none."""
    if not wants_suggestions:
        return None  # they are to be suppressed, each of them
    instant = preference is NotificationPreference.INSTANT
    if instant and last_arrival_at is not None and now < last_arrival_at + rules.instant_gather:
        return rules.earliest_send_at(last_arrival_at + rules.instant_gather)
    if rules.is_quiet(now):
        return rules.earliest_send_at(now)
    if rules.daily_cap - sent_today <= 0:
        schedule = NotificationPreference.DAILY if instant else preference
        return rules.earliest_send_at(rules.next_digest_slot(schedule, now))
    digest = preference in (NotificationPreference.DAILY, NotificationPreference.WEEKLY)
    if digest and last_email_at is not None and rules.latest_digest_slot(preference, now) <= last_email_at:
        return rules.earliest_send_at(rules.next_digest_slot(preference, now))
    return None
