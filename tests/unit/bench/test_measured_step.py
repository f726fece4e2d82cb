"""The matching benchmark's measured step: timed work may fork, and forked workers' memory counts."""

from __future__ import annotations

import os
import threading
import time

from bench.matching_bench import MeasuredStep

MIB = 1024 * 1024


def test_a_measured_step_leaves_the_engine_free_to_fork_and_counts_its_workers() -> None:
    threads = threading.active_count()  # other tests of the session may have left some running
    with MeasuredStep() as step:
        # the engine forks only when it is the process's only thread (services.matcher.engine_workers):
        # the step must not add one
        assert threading.active_count() == threads
        pid = os.fork()
        if pid == 0:  # a worker holding 96 MiB of its own for a while
            block = bytearray(96 * MIB)
            block[:: 4096] = b"\x01" * len(range(0, len(block), 4096))
            time.sleep(1.6)
            os._exit(0)
        os.waitpid(pid, 0)
    assert step.memory.tree_peak_mib >= step.memory.before_mib + 80
    assert step.seconds >= 1.5
