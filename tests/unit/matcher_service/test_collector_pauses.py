"""Full garbage collections are measured, and the long ones are logged for operators."""

from __future__ import annotations

import gc
import logging

import pytest

from services.matcher.engine_workers import CollectorPauses


def test_a_full_collection_is_measured_and_one_over_the_bound_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[float] = []
    pauses = CollectorPauses(log_over_s=0.0, observe=seen.append)
    pauses.install()
    try:
        with caplog.at_level(logging.WARNING, logger="services.matcher.engine_workers"):
            gc.collect(0)  # a young collection is not what holds the process
            assert seen == []
            gc.collect()
    finally:
        pauses.remove()
    assert len(seen) == 1 and seen[0] >= 0.0
    assert [r.getMessage() for r in caplog.records] == ["garbage collector paused the process"]
    gc.collect()
    assert len(seen) == 1  # removed: no longer watching


def test_a_short_full_collection_is_counted_but_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[float] = []
    pauses = CollectorPauses(log_over_s=60.0, observe=seen.append)
    pauses.install()
    try:
        with caplog.at_level(logging.WARNING, logger="services.matcher.engine_workers"):
            gc.collect()
    finally:
        pauses.remove()
    assert len(seen) == 1 and not caplog.records
