"""Pausing Python's cyclic garbage collector while a bulk build allocates.

A full fit creates millions of long-lived objects and no reference cycles; the
collector would only walk them again and again (about 15% of a 100,000-SME fit).
The pause is process-wide, so it is counted: overlapping fits in different
threads resume collection when the last one ends, and only if it was on before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


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
