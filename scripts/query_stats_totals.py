"""Totals of the database-command summaries in services' logs (`MONGODB_QUERY_STATS_INTERVAL_S`).

    .venv/bin/python scripts/query_stats_totals.py LOG [LOG ...]

Each summary line covers a window; this adds them up per (command, collection):
commands, documents returned or written, and time, busiest first. Documents are
the figure to compare between runs on a shared machine: load does not change them.
Reads text or JSON log lines (`LOG_JSON=true`).
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

_TEXT_COMMANDS = re.compile(r"commands=(\[.*\])\s*$")


def _windows(lines: Iterable[str]) -> Iterable[list[dict[str, object]]]:
    for line in lines:
        if "database commands" not in line:
            continue
        if line.startswith("{"):
            commands = json.loads(line).get("commands")
        else:
            found = _TEXT_COMMANDS.search(line)
            commands = ast.literal_eval(found.group(1)) if found else None
        if isinstance(commands, list):
            yield commands


def totals(lines: Iterable[str]) -> dict[tuple[str, str], list[float]]:
    """(command, collection without its database) -> [commands, documents, milliseconds]."""
    summed: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for window in _windows(lines):
        for entry in window:
            key = (str(entry["command"]), str(entry["collection"]).split(".", 1)[-1])
            summed[key][0] += float(str(entry.get("count", 0)))
            summed[key][1] += float(str(entry.get("documents", 0)))
            summed[key][2] += float(str(entry.get("total_ms", 0.0)))
    return dict(summed)


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    lines = (line for path in paths for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines())
    summed = totals(lines)
    print(f"{'command':<14}{'collection':<26}{'commands':>10}{'documents':>11}{'time s':>9}")
    for (command, collection), (count, docs, ms) in sorted(summed.items(), key=lambda kv: -kv[1][1]):
        print(f"{command:<14}{collection:<26}{count:>10,.0f}{docs:>11,.0f}{ms / 1000:>9.1f}")
    print(f"{'all':<40}{sum(v[0] for v in summed.values()):>10,.0f}{sum(v[1] for v in summed.values()):>11,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
