"""The funnel over time, from the pairs of the read model: pure counting, no I/O.

Pairs are grouped by the ISO week they were first suggested (first seen, for a
pair whose suggestion left the topic before the registry read it), and for each
week the table says how many of them have since reached each stage, so every row
reads as a funnel: suggested >= accepted by one side >= by both >= introduced.
A pair counts under the sub-cluster of each side (once when both sides share
it); the totals count each pair once. Only pairs of two live SMEs are counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from services.registry.dashboard.funnel_store import PairRecord
from shared.events import SmeProfileV1

STAGES: Final = ("suggested", "accepted_one", "accepted_both", "introduced")
TOTAL: Final = "total"


def week_of(at: datetime) -> str:
    year, week, _ = at.isocalendar()
    return f"{year}-W{week:02d}"


def stages_reached(pair: PairRecord) -> tuple[str, ...]:
    reached = ["suggested"]
    if pair.accepted_at:
        reached.append("accepted_one")
    if pair.accepted_by_both_at is not None:
        reached.append("accepted_both")
    if pair.introduced_at is not None:
        reached.append("introduced")
    return tuple(reached)


@dataclass
class Funnel:
    # group (a sub-cluster or TOTAL) -> week -> stage -> pairs
    rows: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)

    def add(self, group: str, week: str, reached: Iterable[str]) -> None:
        counts = self.rows.setdefault(group, {}).setdefault(week, dict.fromkeys(STAGES, 0))
        for stage in reached:
            counts[stage] += 1

    def weeks(self, group: str) -> list[tuple[str, dict[str, int]]]:
        return sorted(self.rows.get(group, {}).items())

    def overall(self, group: str) -> dict[str, int]:
        summed = dict.fromkeys(STAGES, 0)
        for counts in self.rows.get(group, {}).values():
            for stage in STAGES:
                summed[stage] += counts[stage]
        return summed


def funnel(pairs: Iterable[PairRecord], profiles: Mapping[str, SmeProfileV1]) -> Funnel:
    result = Funnel()
    for pair in pairs:
        supplier, buyer = profiles.get(pair.supplier_id), profiles.get(pair.buyer_id)
        if supplier is None or buyer is None:
            continue
        week = week_of(pair.suggested_at or pair.first_seen_at)
        reached = stages_reached(pair)
        result.add(TOTAL, week, reached)
        for sub_cluster in {str(supplier.sub_cluster), str(buyer.sub_cluster)}:
            result.add(sub_cluster, week, reached)
    return result


def introduced(pairs: Iterable[PairRecord], profiles: Mapping[str, SmeProfileV1]) -> list[PairRecord]:
    """The introduced pairs of live SMEs, in the order they were introduced."""
    chosen = [p for p in pairs if p.introduced_at is not None and p.supplier_id in profiles and p.buyer_id in profiles]
    return sorted(chosen, key=lambda p: (p.introduced_at, p.supplier_id, p.buyer_id))
