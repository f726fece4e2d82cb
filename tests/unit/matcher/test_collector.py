"""The collector pause around bulk builds leaves the collector as it found it."""

from __future__ import annotations

import gc
import threading

from services.matcher.engine_workers import paused_collector


def test_nested_and_overlapping_pauses_resume_collection_once_all_end() -> None:
    assert gc.isenabled()
    with paused_collector():
        assert not gc.isenabled()
        inner_done = threading.Event()

        def other_fit() -> None:
            with paused_collector():
                pass
            inner_done.set()

        threading.Thread(target=other_fit).start()
        assert inner_done.wait(5)
        assert not gc.isenabled()  # the other fit ended first: this one still runs paused
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_still_resumes_collection() -> None:
    try:
        with paused_collector():
            raise ValueError("fit failed")
    except ValueError:
        pass
    assert gc.isenabled()
