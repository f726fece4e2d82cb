"""Failed deliveries and their re-drive by an operator, and the figures the metrics report.

A delivery fails for good when the mail server refuses it (5xx), when its
address is unusable, or when transient failures outlast the retry window. After
the cause is fixed, `clusterlink notifier redrive` puts it back: status
`scheduled`, due now, attempts from zero (a full retry window again), with the
same key and `Message-ID`. The running notifiers' safety sweep finds it among
the open deliveries and sends it. A tally per kind (`redrives` collection)
counts re-drives for the metrics, as the command runs outside the service.

Queries are equalities on the indexed `status` (FerretDB hands only equality
filters to its backend), or by `_id`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from services.notifier.model import DeliveryKind, DeliveryStatus
from shared.mongo import MongoDatabase

_FIELDS = {"kind": 1, "recipient_id": 1, "attempts": 1, "last_error": 1, "failed_at": 1, "status": 1}


@dataclass(frozen=True)
class FailedDelivery:
    key: str
    kind: str
    recipient_id: str
    attempts: int
    failed_at: datetime | None
    last_error: str


@dataclass
class RedriveReport:
    redriven: list[FailedDelivery] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # key -> why not


def _failed(doc: dict[str, Any]) -> FailedDelivery:
    return FailedDelivery(
        key=str(doc["_id"]),
        kind=str(doc.get("kind", "")),
        recipient_id=str(doc.get("recipient_id", "")),
        attempts=int(doc.get("attempts", 0)),
        failed_at=doc.get("failed_at"),
        last_error=str(doc.get("last_error") or ""),
    )


class FailedDeliveries:
    def __init__(self, db: MongoDatabase) -> None:
        self._col = db["deliveries"]
        self._tally = db["redrives"]

    async def listed(self, keys: Sequence[str] = ()) -> list[FailedDelivery]:
        """Every failed delivery, or the named ones that are failed."""
        query: dict[str, Any] = {"status": DeliveryStatus.FAILED.value}
        if keys:
            query["_id"] = {"$in": list(keys)}
        docs = [doc async for doc in self._col.find(query, projection=_FIELDS)]
        return sorted((_failed(d) for d in docs), key=lambda f: (f.failed_at is None, f.failed_at, f.key))

    async def redrive(self, keys: Sequence[str], now: datetime) -> RedriveReport:
        """Schedule these failed deliveries (all failed ones when `keys` is empty) to be sent now."""
        report = RedriveReport()
        failed = await self.listed(keys)
        found = {f.key for f in failed}
        for key in keys:
            if key not in found:
                doc = await self._col.find_one({"_id": key}, projection={"status": 1})
                report.skipped[key] = f"it is {doc['status']}, not failed" if doc else "no such delivery"
        for f in failed:
            result = await self._col.update_one(
                {"_id": f.key, "status": DeliveryStatus.FAILED.value},
                {
                    "$set": {
                        "status": DeliveryStatus.SCHEDULED.value,
                        "due_at": now,
                        "attempts": 0,
                        "lease_until": None,
                        "redriven_at": now,
                        "last_error": f"re-driven after: {f.last_error}"[:500],
                    },
                    "$inc": {"redrives": 1},
                },
            )
            if result.modified_count:
                report.redriven.append(f)
            else:
                report.skipped[f.key] = "it changed while being re-driven"
        for kind, count in Counter(f.kind for f in report.redriven).items():
            await self._tally.update_one({"_id": kind}, {"$inc": {"count": count}}, upsert=True)
        return report

    async def failed_by_kind(self) -> dict[str, int]:
        counts = {k.value: 0 for k in DeliveryKind}
        async for doc in self._col.find({"status": DeliveryStatus.FAILED.value}, projection={"kind": 1}):
            counts[str(doc.get("kind"))] = counts.get(str(doc.get("kind")), 0) + 1
        return counts

    async def retrying_by_kind(self) -> dict[str, int]:
        """Scheduled deliveries that have failed at least once and wait for their next attempt."""
        counts = {k.value: 0 for k in DeliveryKind}
        cursor = self._col.find({"status": DeliveryStatus.SCHEDULED.value}, projection={"kind": 1, "attempts": 1})
        async for doc in cursor:
            if int(doc.get("attempts", 0)) > 0:
                counts[str(doc.get("kind"))] = counts.get(str(doc.get("kind")), 0) + 1
        return counts

    async def redriven_by_kind(self) -> dict[str, int]:
        counts = {k.value: 0 for k in DeliveryKind}
        async for doc in self._tally.find({}):
            counts[str(doc["_id"])] = int(doc.get("count", 0))
        return counts
