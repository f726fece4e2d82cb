"""Run a test's checks in a new Python process: for code that forks.

The engine forks workers only from a process with no other thread
(`services/matcher/engine_workers.py`). Inside a whole test run, earlier tests
leave driver threads behind in pytest's process, so a check that the forked
path is taken runs in a fresh interpreter; its failure is the calling test's.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]


def run_in_fresh_interpreter(check: Callable[[], None], timeout_s: float = 300.0) -> None:
    """Call `check` (a module-level function) in a new interpreter started at the checkout's root."""
    code = f"import {check.__module__} as m; m.{check.__qualname__}()"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=_ROOT, capture_output=True, text=True, timeout=timeout_s, check=False
    )
    assert done.returncode == 0, f"{check.__qualname__} failed in a fresh interpreter:\n{done.stdout}{done.stderr}"
