"""Large fits use every core: pure work runs on forked copies of the index.

Each task runs in a process forked for it alone, so it starts with the parent's
glossary, caches and index already in memory, and whatever it fills (caches of
one-off texts) is freed when it exits. Tasks are small descriptions; bulk results
are written straight into memory shared with the parent (`shared_zeros`), small
ones come back over a pipe. A worker that dies (killed, out of memory) fails the
fit with an error instead of leaving it waiting. Only work that repays the
start-up (tens of thousands of phrases or SMEs) is spread; the rest runs in-process.
"""

from __future__ import annotations

import math
import mmap
import multiprocessing
import os
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from services.matcher.scoring.collector import frozen_heap

T = TypeVar("T")
R = TypeVar("R")


class WorkerFailed(RuntimeError):
    """A forked worker raised, or exited without a result."""


def available_cores() -> int:
    """CPUs this process may use: its affinity, capped by a cgroup v2 CPU quota (containers)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            cores = min(cores, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return cores


def shared_zeros(shape: tuple[int, ...], dtype: type[np.generic]) -> np.ndarray:
    """A zeroed array whose memory forked workers share with this process: what they write, it sees."""
    size = int(np.prod(shape)) * np.dtype(dtype).itemsize
    if size == 0:
        return np.zeros(shape, dtype=dtype)
    return np.frombuffer(mmap.mmap(-1, size), dtype=dtype).reshape(shape)


def fork_map(state: Any, func: Callable[[Any, T], R], tasks: Sequence[T], workers: int) -> list[R]:
    """[func(state, t) for t in tasks], each task in its own forked process, `workers` at a time.

    Falls back to running in-process where fork is unavailable or not worth it.
    Raises WorkerFailed when a task raises or its process dies.
    """
    if workers <= 1 or len(tasks) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [func(state, t) for t in tasks]
    context = multiprocessing.get_context("fork")
    results: dict[int, R] = {}
    running: dict[Connection, tuple[int, multiprocessing.process.BaseProcess]] = {}
    waiting = list(enumerate(tasks))
    waiting.reverse()
    with frozen_heap():
        try:
            while waiting or running:
                while waiting and len(running) < workers:
                    position, task = waiting.pop()
                    receiver, sender = context.Pipe(duplex=False)
                    process = context.Process(target=_run, args=(state, func, task, sender), daemon=True)
                    process.start()  # fork: state and func are inherited, never pickled
                    sender.close()
                    running[receiver] = (position, process)
                for ready in wait(list(running)):
                    assert isinstance(ready, Connection)
                    done, finished = running.pop(ready)
                    results[done] = _outcome(ready, finished)
        finally:
            for receiver, (_, unfinished) in running.items():  # after a failure: stop the rest
                unfinished.kill()
                unfinished.join()
                receiver.close()
    return [results[i] for i in range(len(tasks))]


def _run(state: Any, func: Callable[[Any, Any], Any], task: Any, sender: Connection) -> None:
    try:
        outcome: tuple[bool, Any] = (True, func(state, task))
    except BaseException:  # reported to the parent, which raises it
        outcome = (False, traceback.format_exc())
    sender.send(outcome)
    sender.close()


def _outcome(receiver: Connection, process: multiprocessing.process.BaseProcess) -> Any:
    try:
        ok, value = receiver.recv()
    except EOFError:
        process.join()
        raise WorkerFailed(f"a fit worker exited without a result (exit code {process.exitcode})") from None
    finally:
        receiver.close()
    process.join()
    if not ok:
        raise WorkerFailed(f"a fit worker failed:\n{value}")
    return value
