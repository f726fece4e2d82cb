"""Peak memory of a process and the workers it forks, sampled from a separate process.

    python -m bench.tree_memory PID INTERVAL_S

samples every INTERVAL_S seconds until its standard input closes, then prints the
peak in MiB. It runs as a process of its own, not as a thread of the measured one:
the engine forks its workers only when no other thread is running (a fork copies
one thread, and a lock held by another would stay held in the child), so a
sampling thread would turn every timed fit into a single-process one.
"""

from __future__ import annotations

import os
import select
import sys
from pathlib import Path

import psutil

MIB = 1024 * 1024


def private_mib(process: psutil.Process) -> float:
    """Pages only this process maps (its own allocations and its copies of shared pages)."""
    try:
        fields = {}
        for line in Path(f"/proc/{process.pid}/smaps_rollup").read_text().splitlines():
            name, _, rest = line.partition(":")
            if name in ("Private_Clean", "Private_Dirty"):
                fields[name] = int(rest.split()[0])
        return sum(fields.values()) / 1024
    except (OSError, ValueError):
        pass
    try:
        return float(process.memory_full_info().uss) / MIB
    except psutil.Error:
        return 0.0


def tree_memory_mib(process: psutil.Process, skip: frozenset[int] = frozenset()) -> float:
    """The process's resident set plus what each descendant (but those in `skip`) holds privately:
    pages a forked worker still shares with the parent count once."""
    try:
        own = float(process.memory_info().rss) / MIB
        workers = [w for w in process.children(recursive=True) if w.pid not in skip]
    except psutil.Error:
        return 0.0
    return own + sum(private_mib(w) for w in workers)


def main(argv: list[str]) -> int:
    measured = psutil.Process(int(argv[0]))
    interval = float(argv[1])
    skip = frozenset({os.getpid()})  # this sampler is a child of the measured process too
    peak = 0.0
    while True:
        peak = max(peak, tree_memory_mib(measured, skip))
        readable, _, _ = select.select([sys.stdin], [], [], interval)
        if readable and not sys.stdin.read(1):  # closed: the step is over
            break
    print(f"{peak:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
