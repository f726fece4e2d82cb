"""Exponential backoff for transient SMTP failures (the schedule is stored, never slept on)."""

from __future__ import annotations

from datetime import timedelta


def backoff(attempt: int, *, base_s: float, max_s: float) -> timedelta:
    """Delay before attempt `attempt + 1`, after `attempt` failed attempts (1, 2, 4, 8 … × base)."""
    exponent = max(attempt - 1, 0)
    return timedelta(seconds=min(max_s, base_s * (2.0 ** min(exponent, 30))))
