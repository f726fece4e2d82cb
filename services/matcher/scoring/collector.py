"""Process-wide states of Python's cyclic garbage collector that bulk work sets and restores.

- `paused_collector`: a full fit creates millions of long-lived objects and no
  reference cycles; the collector would only walk them again and again (about
  15% of a 100,000-SME fit).
- `frozen_heap`: while forked workers run, the collector must stay off inherited
  objects, or it writes to (and so copies) every page they share with the parent.

Both are process-wide, so both are counted: fits overlapping in different threads
restore the state when the last one ends (collection only if it was on before).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

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
def frozen_heap() -> Iterator[None]:
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
