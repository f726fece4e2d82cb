"""Preferences, quiet hours, digests and the daily cap, at chosen instants (Asia/Bangkok)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from services.notifier.planning import nothing_due_before, plan_suggestions
from shared.events import NotificationPreference as Pref
from tests.unit.notifier.factories import bangkok, rules, suggestion


def test_quiet_hours_span_midnight_in_bangkok_time() -> None:
    r = rules()
    assert r.is_quiet(bangkok(2026, 3, 2, 22, 30))
    assert r.is_quiet(bangkok(2026, 3, 3, 7, 59))
    assert not r.is_quiet(bangkok(2026, 3, 3, 8, 0))
    assert not r.is_quiet(bangkok(2026, 3, 2, 20, 59))


def test_a_send_time_at_night_moves_to_the_end_of_quiet_hours() -> None:
    r = rules()
    assert r.earliest_send_at(bangkok(2026, 3, 2, 23, 15)) == bangkok(2026, 3, 3, 8, 0)
    assert r.earliest_send_at(bangkok(2026, 3, 3, 2, 0)) == bangkok(2026, 3, 3, 8, 0)
    noon = bangkok(2026, 3, 3, 12, 0)
    assert r.earliest_send_at(noon) == noon


def test_equal_quiet_start_and_end_means_no_quiet_hours() -> None:
    r = rules(quiet=(time(21, 0), time(21, 0)))
    assert not r.is_quiet(bangkok(2026, 3, 2, 23, 0))


def test_instant_suggestion_in_the_day_is_sent_at_once() -> None:
    now = bangkok(2026, 3, 2, 10, 0)
    s = suggestion(1, received_at=now)
    plan = plan_suggestions(
        preference=Pref.INSTANT,
        wants_suggestions=True,
        ready=[s],
        sent_today=0,
        last_email_at=None,
        now=now,
        rules=rules(),
    )
    assert plan.send_now == (s,)
    assert plan.wake_at is None


def test_instant_suggestion_at_night_waits_for_the_morning() -> None:
    now = bangkok(2026, 3, 2, 23, 0)
    plan = plan_suggestions(
        preference=Pref.INSTANT,
        wants_suggestions=True,
        ready=[suggestion(1, received_at=now)],
        sent_today=0,
        last_email_at=None,
        now=now,
        rules=rules(),
    )
    assert plan.send_now == ()
    assert plan.wake_at == bangkok(2026, 3, 3, 8, 0)


def test_instant_waits_out_the_gathering_window_so_a_burst_becomes_one_email() -> None:
    first = bangkok(2026, 3, 2, 10, 0)
    burst = [suggestion(i, received_at=first + timedelta(milliseconds=100 * i)) for i in range(1, 4)]
    r = rules(instant_gather=timedelta(seconds=2))
    early = plan_suggestions(
        preference=Pref.INSTANT,
        wants_suggestions=True,
        ready=burst,
        sent_today=0,
        last_email_at=None,
        now=first + timedelta(seconds=1),
        rules=r,
    )
    assert early.send_now == ()
    assert early.wake_at == burst[-1].received_at + timedelta(seconds=2)
    later = plan_suggestions(
        preference=Pref.INSTANT,
        wants_suggestions=True,
        ready=burst,
        sent_today=0,
        last_email_at=None,
        now=first + timedelta(seconds=3),
        rules=r,
    )
    assert sorted(s.suggestion_id for s in later.send_now) == [s.suggestion_id for s in burst]


def test_instant_over_the_daily_cap_rolls_into_the_next_morning() -> None:
    now = bangkok(2026, 3, 2, 15, 0)
    plan = plan_suggestions(
        preference=Pref.INSTANT,
        wants_suggestions=True,
        ready=[suggestion(1, received_at=now)],
        sent_today=10,
        last_email_at=now - timedelta(hours=1),
        now=now,
        rules=rules(daily_cap=10),
    )
    assert plan.send_now == ()
    assert plan.wake_at == bangkok(2026, 3, 3, 9, 0)


def test_daily_digest_of_twelve_with_cap_ten_sends_the_best_ten_then_the_other_two_next_day() -> None:
    arrived = bangkok(2026, 3, 2, 14, 0)
    pending = [suggestion(i, received_at=arrived, score=i / 100) for i in range(1, 13)]
    r = rules(daily_cap=10)

    same_day = plan_suggestions(
        preference=Pref.DAILY,
        wants_suggestions=True,
        ready=pending,
        sent_today=0,
        last_email_at=None,
        now=bangkok(2026, 3, 2, 16, 0),
        rules=r,
    )
    assert same_day.send_now == ()
    assert same_day.wake_at == bangkok(2026, 3, 3, 9, 0)

    first_digest_at = bangkok(2026, 3, 3, 9, 0)
    first = plan_suggestions(
        preference=Pref.DAILY,
        wants_suggestions=True,
        ready=pending,
        sent_today=0,
        last_email_at=None,
        now=first_digest_at,
        rules=r,
    )
    assert len(first.send_now) == 10
    assert {s.score for s in first.send_now} == {i / 100 for i in range(3, 13)}  # the best ten
    assert first.wake_at == bangkok(2026, 3, 4, 9, 0)

    rest = [s for s in pending if s not in first.send_now]
    again_same_day = plan_suggestions(
        preference=Pref.DAILY,
        wants_suggestions=True,
        ready=rest,
        sent_today=10,
        last_email_at=first_digest_at,
        now=bangkok(2026, 3, 3, 12, 0),
        rules=r,
    )
    assert again_same_day.send_now == ()

    second = plan_suggestions(
        preference=Pref.DAILY,
        wants_suggestions=True,
        ready=rest,
        sent_today=0,
        last_email_at=first_digest_at,
        now=bangkok(2026, 3, 4, 9, 0),
        rules=r,
    )
    assert sorted(s.suggestion_id for s in second.send_now) == sorted(s.suggestion_id for s in rest)
    assert second.wake_at is None


def test_weekly_digest_goes_out_on_the_configured_weekday_only() -> None:
    # 2026-03-04 is a Wednesday; the weekly digest is on Mondays at 09:00.
    arrived = bangkok(2026, 3, 4, 10, 0)
    r = rules(weekly_digest_weekday=0)
    pending = [suggestion(1, received_at=arrived)]
    midweek = plan_suggestions(
        preference=Pref.WEEKLY,
        wants_suggestions=True,
        ready=pending,
        sent_today=0,
        last_email_at=None,
        now=bangkok(2026, 3, 6, 9, 0),
        rules=r,
    )
    assert midweek.send_now == ()
    assert midweek.wake_at == bangkok(2026, 3, 9, 9, 0)
    monday = plan_suggestions(
        preference=Pref.WEEKLY,
        wants_suggestions=True,
        ready=pending,
        sent_today=0,
        last_email_at=None,
        now=bangkok(2026, 3, 9, 9, 0),
        rules=r,
    )
    assert monday.send_now == tuple(pending)


def test_a_digest_slot_inside_quiet_hours_is_held_until_they_end() -> None:
    r = rules(digest_time=time(6, 0))
    arrived = bangkok(2026, 3, 2, 14, 0)
    plan = plan_suggestions(
        preference=Pref.DAILY,
        wants_suggestions=True,
        ready=[suggestion(1, received_at=arrived)],
        sent_today=0,
        last_email_at=None,
        now=bangkok(2026, 3, 2, 15, 0),
        rules=r,
    )
    assert plan.wake_at == bangkok(2026, 3, 3, 8, 0)


def test_off_or_unsubscribed_suppresses_pending_suggestions() -> None:
    now = bangkok(2026, 3, 2, 10, 0)
    pending = [suggestion(1, received_at=now), suggestion(2, received_at=now)]
    for pref, wants in ((Pref.OFF, False), (Pref.INSTANT, False)):
        plan = plan_suggestions(
            preference=pref,
            wants_suggestions=wants,
            ready=pending,
            sent_today=0,
            last_email_at=None,
            now=now,
            rules=rules(),
        )
        assert plan.send_now == ()
        assert plan.suppress == tuple(pending)
        assert plan.wake_at is None


def test_the_cap_counts_per_bangkok_day_not_per_utc_day() -> None:
    # 23:30 UTC on 2 March is already 06:30 on 3 March in Bangkok.
    r = rules()
    assert r.local_day(bangkok(2026, 3, 3, 6, 30)).isoformat() == "2026-03-03"


def _nothing_due_before(**given: Any) -> datetime | None:
    values: dict[str, Any] = {
        "preference": Pref.INSTANT,
        "wants_suggestions": True,
        "sent_today": 0,
        "last_email_at": None,
        "last_arrival_at": None,
        "rules": rules(),
    }
    return nothing_due_before(**(values | given))


def test_nothing_is_due_past_the_cap_until_the_next_mornings_slot_whatever_is_pending() -> None:
    now = bangkok(2026, 3, 2, 10, 0)
    ready = [suggestion(i, received_at=now - timedelta(minutes=5)) for i in range(1, 6)]
    until = _nothing_due_before(sent_today=10, last_email_at=now, now=now)
    assert until == bangkok(2026, 3, 3, 9, 0)
    plan = plan_suggestions(
        preference=Pref.INSTANT,
        wants_suggestions=True,
        ready=ready,
        sent_today=10,
        last_email_at=now,
        now=now,
        rules=rules(),
    )
    assert plan.send_now == () and plan.wake_at == until


def test_after_todays_digest_nothing_is_due_until_the_next_slot() -> None:
    now = bangkok(2026, 3, 2, 15, 0)
    sent = bangkok(2026, 3, 2, 9, 0)
    until = _nothing_due_before(preference=Pref.DAILY, sent_today=3, last_email_at=sent, now=now)
    assert until == bangkok(2026, 3, 3, 9, 0)
    plan = plan_suggestions(
        preference=Pref.DAILY,
        wants_suggestions=True,
        ready=[suggestion(1, received_at=now)],
        sent_today=3,
        last_email_at=sent,
        now=now,
        rules=rules(),
    )
    assert plan.send_now == () and plan.wake_at == until


def test_while_a_burst_arrives_or_at_night_nothing_is_due() -> None:
    arrived = bangkok(2026, 3, 2, 10, 0)
    gather = rules(instant_gather=timedelta(seconds=2))
    now = arrived + timedelta(seconds=1)
    assert _nothing_due_before(last_arrival_at=arrived, now=now, rules=gather) == arrived + timedelta(seconds=2)
    assert _nothing_due_before(last_arrival_at=arrived, now=arrived + timedelta(seconds=2), rules=gather) is None
    night = bangkok(2026, 3, 2, 23, 0)
    assert _nothing_due_before(preference=Pref.DAILY, now=night) == bangkok(2026, 3, 3, 8, 0)


def test_when_something_may_be_due_the_suggestions_are_looked_at() -> None:
    now = bangkok(2026, 3, 2, 10, 0)
    assert _nothing_due_before(now=now) is None
    assert _nothing_due_before(preference=Pref.DAILY, last_email_at=bangkok(2026, 3, 1, 9, 0), now=now) is None
    assert _nothing_due_before(preference=Pref.WEEKLY, now=now) is None
    assert _nothing_due_before(wants_suggestions=False, sent_today=99, now=now) is None  # each one is suppressed
