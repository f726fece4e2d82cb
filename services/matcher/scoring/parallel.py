"""How the engine spreads bulk work: through an executor it is handed.

The engine knows its work (which pieces are independent, how big they are); the
layer that owns the process knows the process (its cores, its threads, whether
it may fork, what the garbage collector should do). So the engine only ever
asks an `Executor`, and runs everything in-process unless given another one
(`services.matcher.engine_workers.ForkedWorkers` spreads work over forked
processes).

A task function reads the `state` it is given and returns a small result; bulk
results go into arrays from `executor.zeros`, which the executor makes visible
to the caller (memory shared with its workers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Protocol, TypeVar

import numpy as np

T = TypeVar("T")
R = TypeVar("R")


class WorkerFailed(RuntimeError):
    """A task failed on a worker, or its worker exited without a result."""


class Executor(Protocol):
    def workers_for(self, amount: int) -> int:
        """How many workers work of this size (phrases or SMEs) should be spread over; 1: in-process."""
        ...

    def map(self, state: Any, func: Callable[[Any, T], R], tasks: Sequence[T], workers: int) -> list[R]:
        """[func(state, t) for t in tasks], on up to `workers` workers; raises WorkerFailed."""
        ...

    def start(self, state: Any, func: Callable[[Any, T], R], task: T) -> Callable[[], R]:
        """Begin func(state, task) beside the caller, who may go on meanwhile (without changing what
        `func` reads); returns a call that waits for the result (raises WorkerFailed)."""
        ...

    def zeros(self, shape: tuple[int, ...], dtype: type[np.generic]) -> np.ndarray:
        """A zeroed array that tasks given it (through `state`) can write results into."""
        ...

    def bulk(self) -> AbstractContextManager[None]:
        """Held around a fit or rebuild: millions of long-lived objects are made in a burst."""
        ...


class InProcess:
    """Runs every task in the calling thread: the engine's default, and what small work uses."""

    def workers_for(self, amount: int) -> int:
        return 1

    def map(self, state: Any, func: Callable[[Any, T], R], tasks: Sequence[T], workers: int) -> list[R]:
        return [func(state, t) for t in tasks]

    def start(self, state: Any, func: Callable[[Any, T], R], task: T) -> Callable[[], R]:
        result = func(state, task)
        return lambda: result

    def zeros(self, shape: tuple[int, ...], dtype: type[np.generic]) -> np.ndarray:
        return np.zeros(shape, dtype=dtype)

    def bulk(self) -> AbstractContextManager[None]:
        return nullcontext()
