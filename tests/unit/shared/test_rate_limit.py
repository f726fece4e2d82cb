"""Failed attempts per client: refused past the limit until the window ends, others untouched."""

from __future__ import annotations

import pytest

from shared.rate_limit import FailureLimiter, TooManyFailures


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_client_is_refused_after_its_limit_until_the_window_ends() -> None:
    clock = _Clock()
    limiter = FailureLimiter(3, 60.0, clock=clock)
    for _ in range(3):
        limiter.check("198.51.100.1")
        limiter.failed("198.51.100.1")

    clock.now += 20
    with pytest.raises(TooManyFailures) as refused:
        limiter.check("198.51.100.1")
    assert refused.value.retry_after_s == 40
    limiter.check("198.51.100.2")  # another client is not held back

    clock.now += 40
    limiter.check("198.51.100.1")  # a new window


def test_failures_below_the_limit_never_refuse() -> None:
    limiter = FailureLimiter(3, 60.0, clock=_Clock())
    limiter.failed("a")
    limiter.failed("a")

    limiter.check("a")
