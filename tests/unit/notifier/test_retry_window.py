"""Transient failures are retried for at least NOTIFIER_RETRY_FOR_H (72 h) before a delivery fails."""

from __future__ import annotations

from datetime import timedelta

from pydantic import SecretStr

from services.notifier.retry import attempts_covering, backoff
from services.notifier.settings import Settings

SECRET = SecretStr("q3J8vX1mZr7LwP0tYb5NcK2eHs9UdGf4")


def _waited(attempts: int, base_s: float, max_s: float) -> timedelta:
    """Time between the first and the last of `attempts` attempts."""
    return sum((backoff(n, base_s=base_s, max_s=max_s) for n in range(1, attempts)), timedelta(0))


def test_the_default_schedule_keeps_trying_for_72_hours_and_no_longer_than_needed() -> None:
    s = Settings(link_secret=SECRET)
    assert _waited(s.max_attempts, s.retry_base_s, s.retry_max_s) >= timedelta(hours=72)
    assert _waited(s.max_attempts - 1, s.retry_base_s, s.retry_max_s) < timedelta(hours=72)


def test_the_window_follows_the_backoff_settings_and_an_explicit_count_wins() -> None:
    longer = Settings(link_secret=SECRET, retry_for_h=96, retry_max_s=7200)
    assert _waited(longer.max_attempts, 30, 7200) >= timedelta(hours=96)
    assert Settings(link_secret=SECRET, max_attempts=3).max_attempts == 3
    assert attempts_covering(timedelta(seconds=90), base_s=30, max_s=3600) == 3  # waits 30 s, then 60 s
