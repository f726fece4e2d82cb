"""When the matcher's lists wait for the rest of a burst, and when they are refreshed at once."""

from __future__ import annotations

from services.matcher.burst import BurstHold, Step


def test_a_single_registration_is_refreshed_at_once_and_starts_no_hold() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    assert hold.after_fetch(1, 0.0) is Step.REFRESH
    assert not hold.holding and hold.poll_timeout_ms() == 1000


def test_a_burst_holds_until_a_quiet_fetch_ends_it() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    assert hold.after_fetch(500, 0.0) is Step.HOLD
    assert hold.poll_timeout_ms() == 500  # the quiet spell that ends it
    assert hold.after_fetch(3, 0.4) is Step.HOLD  # small fetches inside a burst still belong to it
    assert hold.after_fetch(0, 0.9) is Step.END
    assert not hold.holding and hold.after_fetch(1, 1.0) is Step.REFRESH


def test_a_long_burst_is_refreshed_at_least_every_max_hold() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    steps = [hold.after_fetch(100, t * 0.5) for t in range(0, 45)]  # a fetch every half second for 22 s
    ends = [i * 0.5 for i, s in enumerate(steps) if s is Step.END]
    assert ends == [10.0, 20.5]  # a new hold starts with the next big fetch


def test_an_erasure_ends_a_hold_at_once_and_is_never_held() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=10)
    assert hold.after_fetch(100, 0.0, urgent=True) is Step.REFRESH
    assert hold.after_fetch(100, 0.1) is Step.HOLD
    assert hold.after_fetch(100, 0.2, urgent=True) is Step.END


def test_no_hold_at_all_when_the_longest_hold_is_zero() -> None:
    hold = BurstHold(burst_records=20, idle_s=0.5, max_hold_s=0)
    assert hold.after_fetch(5000, 0.0) is Step.REFRESH and not hold.holding
