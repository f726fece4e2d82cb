"""Spreading a fit over forked workers: results in task order, and failures surface instead of hanging."""

from __future__ import annotations

import os
import signal
import threading

import numpy as np
import pytest

from services.matcher.engine_workers import ForkedWorkers, fork_map, shared_zeros
from services.matcher.scoring import WorkerFailed
from tests.support.fresh_process import run_in_fresh_interpreter


def _square_and_record(state: np.ndarray, task: int) -> int:
    state[task] = task * task  # bulk results land in memory shared with the parent
    return task * task


def test_results_come_back_in_task_order_and_shared_memory_is_written() -> None:
    shared = shared_zeros((12,), np.int64)
    assert fork_map(shared, _square_and_record, list(range(12)), workers=3) == [i * i for i in range(12)]
    assert shared.tolist() == [i * i for i in range(12)]


def _fails_on_three(_: object, task: int) -> int:
    if task == 3:
        raise ValueError("unreadable phrase")
    return task


def _check_an_error_in_a_worker_is_raised_in_the_parent() -> None:
    with pytest.raises(WorkerFailed, match="unreadable phrase"):
        fork_map(None, _fails_on_three, list(range(6)), workers=2)


def test_an_error_in_a_worker_is_raised_in_the_parent() -> None:
    run_in_fresh_interpreter(_check_an_error_in_a_worker_is_raised_in_the_parent)


_PARENT = os.getpid()


def _dies_on_two(_: object, task: int) -> int:
    if task == 2 and os.getpid() != _PARENT:  # never kill the test run itself
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    return task


def _check_a_worker_that_dies_fails_the_fit() -> None:
    with pytest.raises(WorkerFailed, match="without a result"):
        fork_map(None, _dies_on_two, list(range(6)), workers=2)


def test_a_worker_that_dies_fails_the_fit_instead_of_hanging_it() -> None:
    run_in_fresh_interpreter(_check_a_worker_that_dies_fails_the_fit)


def test_one_worker_runs_in_process() -> None:
    parent = os.getpid()
    assert fork_map(None, lambda _, t: (t, os.getpid()), [1, 2], workers=1) == [(1, parent), (2, parent)]


def test_with_another_thread_running_tasks_run_in_process() -> None:
    """A fork copies only the calling thread; a lock held by another would stay held in the child."""
    parent = os.getpid()
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert fork_map(None, lambda _, t: (t, os.getpid()), [1, 2], workers=2) == [(1, parent), (2, parent)]
    finally:
        release.set()
        other.join()


def _double(_: object, task: int) -> tuple[int, int]:
    return task * 2, os.getpid()


def _check_a_started_task_gives_its_result_or_its_error() -> None:
    workers = ForkedWorkers(2)
    doubled, pid = workers.start(None, _double, 21)()
    assert doubled == 42 and pid != os.getpid()  # done beside the caller, on a forked process
    failing = workers.start(None, _fails_on_three, 3)
    with pytest.raises(WorkerFailed, match="unreadable phrase"):
        failing()


def test_a_task_started_beside_the_caller_gives_its_result_or_its_error() -> None:
    run_in_fresh_interpreter(_check_a_started_task_gives_its_result_or_its_error)
