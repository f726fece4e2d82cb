"""The process-level choices the scoring engine leaves to its owner: workers, cores, the collector.

`ForkedWorkers` is an executor for the engine (`scoring.parallel.Executor`): it
spreads a large fit over processes forked for each map of tasks, which start
with the parent's glossary, caches and index already in memory and take the
tasks one after the other; whatever they fill (caches of one-off texts) is
freed when they exit. Bulk results are written
straight into memory shared with the parent (`shared_zeros`), small ones come
back over a pipe. A worker that dies (killed, out of memory) fails the fit with
`WorkerFailed` instead of leaving it waiting.

Forking copies only the calling thread: a lock another thread holds at that
moment stays held forever in the child. So it forks only while the process has
no other thread; otherwise (a service refitting in a thread beside its event
loop) the work runs in-process.

While it works, Python's cyclic garbage collector is paused (a fit makes
millions of long-lived objects and no cycles; the collector would only walk them
again and again, about 15% of a 100,000-SME fit), and frozen while forked
workers run (or it writes to, and so copies, every page they share with the
parent). Both are process-wide, so both are counted: fits overlapping in
different threads restore the state when the last one ends.
"""

from __future__ import annotations

import gc
import logging
import math
import mmap
import multiprocessing
import os
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np

from services.matcher.scoring.parallel import WorkerFailed

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

SPREAD_FROM = 20_000  # phrases or SMEs from which forking repays its start-up


class ForkedWorkers:
    """An engine executor: tasks on forked processes, `workers` at a time (None: every core we may use)."""

    def __init__(self, workers: int | None = None, *, spread_from: int = SPREAD_FROM) -> None:
        self.workers = available_cores() if workers is None else max(1, workers)
        self.spread_from = spread_from

    def workers_for(self, amount: int) -> int:
        if amount < self.spread_from or not _may_fork():
            return 1
        return self.workers

    def map(self, state: Any, func: Callable[[Any, T], R], tasks: Sequence[T], workers: int) -> list[R]:
        return fork_map(state, func, tasks, workers)

    def start(self, state: Any, func: Callable[[Any, T], R], task: T) -> Callable[[], R]:
        if self.workers <= 1 or not _may_fork():
            result = func(state, task)
            return lambda: result
        return _Started(state, func, task)

    def zeros(self, shape: tuple[int, ...], dtype: type[np.generic]) -> np.ndarray:
        return shared_zeros(shape, dtype)

    def bulk(self) -> AbstractContextManager[None]:
        return paused_collector()


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


def _may_fork() -> bool:
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def fork_map(state: Any, func: Callable[[Any, T], R], tasks: Sequence[T], workers: int) -> list[R]:
    """[func(state, t) for t in tasks] on `workers` forked processes, each taking the next task left.

    Runs in-process when one worker is asked for, or when forking is unavailable or
    unsafe (other threads running). Raises WorkerFailed when a task raises or its process dies.
    """
    if workers <= 1 or len(tasks) <= 1 or not _may_fork():
        return [func(state, t) for t in tasks]
    context = multiprocessing.get_context("fork")
    # Forked once per map, not once per task: a fork and an exit of a process holding a large
    # index cost tens of milliseconds each, which a dozen small tasks would pay a dozen times.
    following = context.Value("q", 0)  # the next task not yet taken, shared by the workers
    results: dict[int, R] = {}
    running: dict[Connection, multiprocessing.process.BaseProcess] = {}
    with _frozen_heap():
        try:
            for _ in range(min(workers, len(tasks))):
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=_serve, args=(state, func, tasks, following, sender), daemon=True)
                process.start()  # fork: state, func and tasks are inherited, never pickled
                sender.close()
                running[receiver] = process
            while running:
                for ready in wait(list(running)):
                    assert isinstance(ready, Connection)
                    outcome = _outcome(ready, running[ready])
                    if outcome is None:  # no task left for this worker
                        ready.close()
                        running.pop(ready).join()
                    else:
                        results[outcome[0]] = outcome[1]
        finally:
            for receiver, unfinished in running.items():  # after a failure: stop the rest
                unfinished.kill()
                unfinished.join()
                receiver.close()
    return [results[i] for i in range(len(tasks))]


class _Started(Generic[R]):
    """func(state, task) on a forked process, begun at once; calling it waits for the result."""

    def __init__(self, state: Any, func: Callable[[Any, T], R], task: T) -> None:
        context = multiprocessing.get_context("fork")
        self._frozen = ExitStack()  # frozen until the result is in, like a map's workers
        self._frozen.enter_context(_frozen_heap())
        try:
            self._receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(
                target=_serve, args=(state, func, [task], context.Value("q", 0), sender), daemon=True
            )
            self._process.start()
            sender.close()
        except BaseException:
            self._frozen.close()
            raise

    def __call__(self) -> R:
        try:
            position, result = _outcome(self._receiver, self._process)
        except BaseException:
            self._process.kill()
            raise
        finally:
            self._process.join()
            self._receiver.close()
            self._frozen.close()
        assert position == 0
        return result  # type: ignore[no-any-return]


def _serve(
    state: Any, func: Callable[[Any, Any], Any], tasks: Sequence[Any], following: Any, sender: Connection
) -> None:
    """A worker: takes the next task left until none is, sending each result as it is done, then None."""
    while True:
        with following.get_lock():
            position = following.value
            following.value = position + 1
        if position >= len(tasks):
            break
        try:
            outcome: tuple[bool, Any] = (True, (position, func(state, tasks[position])))
        except BaseException:  # reported to the parent, which raises it and stops the others
            outcome = (False, traceback.format_exc())
        sender.send(outcome)
        if not outcome[0]:
            return
    sender.send((True, None))
    sender.close()


def _outcome(receiver: Connection, process: multiprocessing.process.BaseProcess) -> Any:
    try:
        ok, value = receiver.recv()
    except EOFError:
        process.join()
        raise WorkerFailed(f"a fit worker exited without a result (exit code {process.exitcode})") from None
    if not ok:
        raise WorkerFailed(f"a fit worker failed:\n{value}")
    return value


# ---------------------------------------------------------------------- the garbage collector

_lock = threading.Lock()
_pauses = 0
_was_enabled = False
_freezes = 0


@contextmanager
def paused_collector() -> Iterator[None]:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


@contextmanager
def _frozen_heap() -> Iterator[None]:
    global _freezes
    with _lock:
        if _freezes == 0:
            gc.freeze()
        _freezes += 1
    try:
        yield
    finally:
        with _lock:
            _freezes -= 1
            if _freezes == 0:
                gc.unfreeze()


def freeze_heap(*, collect_all: bool) -> None:
    """Move every object alive now out of the collector's sight (`gc.freeze`).

    A bulk import grows the matcher's heap by millions of long-lived objects (index rows, the
    keeper's copies of stored lists), and each time the survivors grow by a quarter CPython walks
    all of them in a full collection: 1–8 s every 10–15 s on 20,000 SMEs, finding nothing (the
    index is freed by reference counting when a refit replaces it). Frozen objects are not walked.
    `collect_all` first collects everything, frozen before or not (a pause of seconds, for the end
    of a burst); otherwise only the young generations are collected, which is quick. Reference
    counting still frees frozen objects; only garbage in cycles frozen meanwhile waits for the next
    `collect_all`."""
    if collect_all:
        gc.unfreeze()
        gc.collect()
    else:
        gc.collect(1)
    gc.freeze()


def freeze_new_objects() -> None:
    """Move every object alive now out of the collector's sight, without collecting first.

    For the end of work done with the collector paused: everything it made is still in the
    youngest generation, so even a young collection would walk all of it (seconds after a full
    pass over 40,000 lists). Garbage in cycles among them waits for the next `collect_all`."""
    gc.freeze()


class CollectorPauses:
    """Logs every collection of the oldest generation that holds the process for over `log_over_s`.

    On 20,000 SMEs the matcher keeps millions of objects; a full collection walks them all while
    the event loop waits, and a pause near the group's session timeout costs the replica its lists
    (a takeover and a pass over every list). The log line says when that is what happened."""

    def __init__(self, log_over_s: float = 1.0, observe: Callable[[float], None] | None = None) -> None:
        self._log_over_s = log_over_s
        self._observe = observe
        self._began: float | None = None

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._began = time.perf_counter()
            return
        if self._began is None:
            return
        paused, self._began = time.perf_counter() - self._began, None
        if self._observe is not None:
            self._observe(paused)
        if paused >= self._log_over_s:
            log.warning(
                "garbage collector paused the process",
                extra={"seconds": round(paused, 3), "collected": info.get("collected")},
            )

    def install(self) -> None:
        if self not in gc.callbacks:
            gc.callbacks.append(self)

    def remove(self) -> None:
        if self in gc.callbacks:
            gc.callbacks.remove(self)
