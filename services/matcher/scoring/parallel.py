"""Large fits use every core: pure work runs on forked copies of the index.

Workers are forked, so they start with the parent's glossary, caches and
index already in memory; tasks are small descriptions, and bulk results are
written straight into memory shared with the parent. Only work that repays the start-up (tens of
thousands of phrases or SMEs) is spread; everything else runs in-process.
"""

from __future__ import annotations

import gc
import mmap
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")
R = TypeVar("R")

_TASK: tuple[Any, Callable[[Any, Any], Any]] | None = None  # what forked workers run, set just before forking


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def shared_zeros(shape: tuple[int, ...], dtype: type[np.generic]) -> np.ndarray:
    """A zeroed array whose memory forked workers share with this process: what they write, it sees."""
    size = int(np.prod(shape)) * np.dtype(dtype).itemsize
    if size == 0:
        return np.zeros(shape, dtype=dtype)
    return np.frombuffer(mmap.mmap(-1, size), dtype=dtype).reshape(shape)


def fork_map(
    state: Any, func: Callable[[Any, T], R], tasks: Sequence[T], workers: int, *, fresh: bool = False
) -> list[R]:
    """[func(state, t) for t in tasks], spread over `workers` forked processes when possible.

    fresh=True forks a new worker for every task, so memory a task fills is freed with it.
    """
    global _TASK
    if workers <= 1 or len(tasks) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [func(state, t) for t in tasks]
    _TASK = (state, func)
    # Keep the collector off the inherited objects, or it writes to (and so copies) every page.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(min(workers, len(tasks)), maxtasksperchild=1 if fresh else None) as pool:
            return pool.map(_run, tasks, chunksize=1)
    finally:
        _TASK = None
        gc.unfreeze()


def _run(task: Any) -> Any:
    assert _TASK is not None
    state, func = _TASK
    return func(state, task)
