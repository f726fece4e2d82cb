"""The totals script adds up the services' query-stats summaries, text or JSON."""

from __future__ import annotations

import json

from scripts.query_stats_totals import totals

_WINDOW = [
    {"command": "find", "collection": "db_notifier.suggestions", "count": 3, "total_ms": 12.5, "documents": 40},
    {"command": "update", "collection": "db_notifier.deliveries", "count": 2, "total_ms": 4.0, "documents": 2},
]


def test_text_and_json_lines_add_up_per_command_and_collection() -> None:
    text = f"2026-12-04 notifier INFO clusterlink.query_stats: database commands  window_s=10.0 commands={_WINDOW!r}"
    as_json = json.dumps({"msg": "database commands", "window_s": 10.0, "commands": _WINDOW})
    summed = totals([text, "an unrelated line", as_json])
    assert summed[("find", "suggestions")] == [6, 80, 25.0]
    assert summed[("update", "deliveries")] == [4, 4, 8.0]
