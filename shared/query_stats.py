"""Per-query counts of the database commands a process sends, logged now and then.

Enabled with `MONGODB_QUERY_STATS_INTERVAL_S` (seconds between summaries; 0 = off).
It answers "which collection and which command take the database's time" without
the database's own logs: every summary lists (command, collection) with count,
total and slowest duration since the last one, busiest first, and the documents
the commands returned or wrote. That last figure does not depend on how busy the
machine is, and FerretDB's CPU goes mostly into converting documents.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pymongo import monitoring

log = logging.getLogger("clusterlink.query_stats")


@dataclass
class _Tally:
    count: int = 0
    total_s: float = 0.0
    slowest_s: float = 0.0
    documents: int = 0


class QueryStats(monitoring.CommandListener):
    """A pymongo command listener; thread-safe, since pymongo may call it from its threads."""

    def __init__(self, interval_s: float) -> None:
        self._interval_s = interval_s
        self._lock = threading.Lock()
        self._names: dict[int, tuple[str, str]] = {}
        self._tallies: dict[tuple[str, str], _Tally] = {}
        self._since = time.monotonic()

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        name = event.command_name
        target = event.command.get(name)
        collection = target if isinstance(target, str) else "-"
        with self._lock:
            self._names[event.request_id] = (name, f"{event.database_name}.{collection}")

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        self._finish(event.request_id, event.duration_micros, _documents(event.reply))

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        self._finish(event.request_id, event.duration_micros)

    def _finish(self, request_id: int, micros: int, documents: int = 0) -> None:
        seconds = micros / 1e6
        with self._lock:
            key = self._names.pop(request_id, None)
            if key is None:
                return
            tally = self._tallies.setdefault(key, _Tally())
            tally.count += 1
            tally.total_s += seconds
            tally.slowest_s = max(tally.slowest_s, seconds)
            tally.documents += documents
            due = time.monotonic() - self._since >= self._interval_s
        if due:
            self.flush()

    def snapshot(self) -> dict[tuple[str, str], _Tally]:
        with self._lock:
            return {k: _Tally(v.count, v.total_s, v.slowest_s, v.documents) for k, v in self._tallies.items()}

    def flush(self) -> None:
        with self._lock:
            tallies, self._tallies = self._tallies, {}
            window = time.monotonic() - self._since
            self._since = time.monotonic()
        if not tallies:
            return
        busiest = sorted(tallies.items(), key=lambda kv: kv[1].total_s, reverse=True)
        log.info(
            "database commands",
            extra={
                "window_s": round(window, 1),
                "commands": [
                    {
                        "command": name,
                        "collection": collection,
                        "count": t.count,
                        "total_ms": round(t.total_s * 1000, 1),
                        "slowest_ms": round(t.slowest_s * 1000, 1),
                        "documents": t.documents,
                    }
                    for (name, collection), t in busiest
                ],
            },
        )


def _documents(reply: Mapping[str, Any]) -> int:
    """Documents a reply carries (a cursor's batch) or says it wrote (`n`: inserted, matched, deleted)."""
    cursor = reply.get("cursor")
    if isinstance(cursor, Mapping):
        batch = cursor.get("firstBatch", cursor.get("nextBatch"))
        return len(batch) if isinstance(batch, list) else 0
    n = reply.get("n")
    return n if isinstance(n, int) else 0
