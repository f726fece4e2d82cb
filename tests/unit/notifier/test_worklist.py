"""The in-memory worklist: what falls due when, merged per recipient."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.notifier.storage.planning import PlanRequest
from services.notifier.worklist import PlanWork, Worklist

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def test_requests_for_one_recipient_become_one_plan_with_all_their_keys() -> None:
    w = Worklist()
    w.plan([PlanRequest("r1", "sme-a", ("k1", "k2")), PlanRequest("r2", "sme-b", ("k3",))], T0)
    w.plan([PlanRequest("r3", "sme-a", ("k4",))], T0 + timedelta(seconds=1))
    taken = w.take_plans(T0 + timedelta(seconds=1), limit=10)
    assert set(taken) == {"sme-a", "sme-b"}
    assert taken["sme-a"].request_ids == {"r1", "r3"}
    assert taken["sme-a"].item_keys == {"k1", "k2", "k4"}
    assert w.take_plans(T0 + timedelta(days=1), limit=10) == {}


def test_nothing_is_taken_before_it_falls_due_and_the_earlier_time_wins() -> None:
    w = Worklist()
    w.plan_later("sme-a", T0 + timedelta(seconds=5), PlanWork(item_keys={"k1"}))
    assert w.take_plans(T0, limit=10) == {}
    assert w.next_plan_at() == T0 + timedelta(seconds=5)
    w.plan_later("sme-a", T0 + timedelta(seconds=2))  # sooner: a new request
    w.plan_later("sme-a", T0 + timedelta(seconds=9))  # later: a wake-up that the plan will set again
    assert w.next_plan_at() == T0 + timedelta(seconds=2)
    taken = w.take_plans(T0 + timedelta(seconds=2), limit=10)
    assert taken["sme-a"].item_keys == {"k1"}
    assert w.next_plan_at() is None


def test_sends_come_out_in_due_order_up_to_the_limit() -> None:
    w = Worklist()
    w.send("late", T0 + timedelta(minutes=1))
    w.send("due", T0 - timedelta(seconds=1))
    w.send("at-once")  # no time: before anything else
    assert w.sends_added.is_set()
    assert w.take_sends(T0, limit=1) == ["at-once"]
    assert w.take_sends(T0, limit=5) == ["due"]
    assert w.take_sends(T0, limit=5) == []
    assert w.take_sends(T0 + timedelta(minutes=1), limit=5) == ["late"]


def test_a_recipient_in_a_plan_is_not_handed_to_a_second_planner_until_that_plan_ends() -> None:
    w = Worklist()
    w.plan_later("sme-a", T0, PlanWork(item_keys={"k1"}))
    w.plan_later("sme-b", T0, PlanWork(item_keys={"k2"}))
    first = w.take_plans(T0, limit=1)
    assert set(first) == {"sme-a"}
    w.plan_later("sme-a", T0, PlanWork(item_keys={"k3"}))  # more work arrives during its plan
    second = w.take_plans(T0, limit=10)
    assert set(second) == {"sme-b"}  # the other planner gets the other recipient only
    assert len(w) == 1 and w.take_plans(T0 + timedelta(days=1), limit=10) == {}
    w.plans_added.clear()
    w.plans_finished(first)
    assert w.plans_added.is_set()  # the held work is due at once, with everything it gathered
    again = w.take_plans(T0, limit=10)
    assert again["sme-a"].item_keys == {"k3"}
    w.plans_finished([*second, *again])
    assert len(w) == 0
