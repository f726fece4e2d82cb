"""Exponential backoff for transient SMTP failures (the schedule is stored, never slept on)."""

from __future__ import annotations

from datetime import timedelta


def backoff(attempt: int, *, base_s: float, max_s: float) -> timedelta:
    """Delay before attempt `attempt + 1`, after `attempt` failed attempts (1, 2, 4, 8 … × base)."""
    exponent = max(attempt - 1, 0)
    return timedelta(seconds=min(max_s, base_s * (2.0 ** min(exponent, 30))))


def attempts_covering(window: timedelta, *, base_s: float, max_s: float) -> int:
    """The fewest attempts whose backoff delays add up to at least `window`: retrying that often
    keeps a delivery alive through an outage of that length (quiet hours only lengthen it)."""
    attempts, waited = 1, timedelta(0)
    while waited < window:
        waited += backoff(attempts, base_s=base_s, max_s=max_s)
        attempts += 1
    return attempts
