"""What this replica has been told to do, and when: the scheduler's loops read this, not the database.

The consumer, the planner and the links put work here as they store it: a
recipient to plan (with the requests and suggestion keys that concern them), a
delivery to send; each with the instant it falls due. The database stays the
record (requests, wake-ups, deliveries); this is only how the work gets here
without polling for it. What a crashed replica knew is found again by the
safety sweep.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from services.notifier.storage.planning import PlanRequest

K = TypeVar("K")

NOW = datetime.min.replace(tzinfo=UTC)  # due at once, whatever the clock says


@dataclass
class PlanWork:
    """Why a recipient is to be planned: the requests to consume and the keys they carry."""

    request_ids: set[Any] = field(default_factory=set)
    item_keys: set[str] = field(default_factory=set)
    latest_at: datetime | None = None  # when the newest of those suggestions arrived
    legacy: bool = False
    tries: int = 0  # plans of it that found the recipient claimed by another replica

    def merge(self, other: PlanWork) -> None:
        self.request_ids |= other.request_ids
        self.item_keys |= other.item_keys
        self.latest_at = max((t for t in (self.latest_at, other.latest_at) if t is not None), default=None)
        self.legacy = self.legacy or other.legacy
        self.tries = max(self.tries, other.tries)


class DueSet(Generic[K]):
    """Keys with the instant each falls due; putting a key again keeps the earlier instant."""

    def __init__(self) -> None:
        self._due: dict[K, datetime] = {}
        self._heap: list[tuple[datetime, int, K]] = []
        self._order = itertools.count()

    def put(self, key: K, at: datetime) -> None:
        current = self._due.get(key)
        if current is not None and current <= at:
            return
        self._due[key] = at
        heapq.heappush(self._heap, (at, next(self._order), key))

    def pop_due(self, now: datetime, limit: int) -> list[K]:
        taken: list[K] = []
        while self._heap and len(taken) < limit and self._heap[0][0] <= now:
            at, _, key = heapq.heappop(self._heap)
            if self._due.get(key) == at:  # otherwise superseded by an earlier put
                del self._due[key]
                taken.append(key)
        return taken

    def next_at(self) -> datetime | None:
        while self._heap and self._due.get(self._heap[0][2]) != self._heap[0][0]:
            heapq.heappop(self._heap)  # drop superseded entries
        return self._heap[0][0] if self._heap else None

    def __len__(self) -> int:
        return len(self._due)


class Worklist:
    def __init__(self) -> None:
        self._plans: DueSet[str] = DueSet()
        self._plan_work: dict[str, PlanWork] = {}
        self._sends: DueSet[str] = DueSet()
        self._planning: set[str] = set()  # recipients in a plan right now
        self._held: set[str] = set()  # of those, the ones given more work meanwhile
        self.plans_added = asyncio.Event()
        self.sends_added = asyncio.Event()
        # Set at shutdown: senders finish the email in hand and hand back the rest of their batch.
        self.stopping = False

    def plan(self, requests: Iterable[PlanRequest], at: datetime = NOW) -> None:
        """Plan these requests' recipients at `at` (by default, as soon as possible)."""
        for r in requests:
            self.plan_later(r.sme_id, at, PlanWork({r.request_id}, set(r.item_keys), r.made_at, r.legacy))

    def plan_later(self, sme_id: str, at: datetime, work: PlanWork | None = None) -> None:
        self._plan_work.setdefault(sme_id, PlanWork()).merge(work or PlanWork())
        self._plans.put(sme_id, at)
        self.plans_added.set()

    def take_plans(self, now: datetime, limit: int) -> dict[str, PlanWork]:
        """Recipients due for planning, none of them in another plan of this replica's: a recipient
        given work while planned waits for that plan (then its work is due at once), rather than
        be planned twice side by side and lose the claim race to itself."""
        taken: dict[str, PlanWork] = {}
        for sme_id in self._plans.pop_due(now, limit):
            if sme_id in self._planning:
                self._held.add(sme_id)
            else:
                taken[sme_id] = self._plan_work.pop(sme_id, PlanWork())
        self._planning |= taken.keys()
        return taken

    def plans_finished(self, sme_ids: Iterable[str]) -> None:
        """The plans of these recipients ended (done or not); work held back for them is due now."""
        for sme_id in sme_ids:
            self._planning.discard(sme_id)
            if sme_id in self._held:
                self._held.discard(sme_id)
                self._plans.put(sme_id, NOW)
                self.plans_added.set()

    def next_plan_at(self) -> datetime | None:
        return self._plans.next_at()

    def send(self, key: str, at: datetime = NOW) -> None:
        self._sends.put(key, at)
        self.sends_added.set()

    def take_sends(self, now: datetime, limit: int) -> list[str]:
        return self._sends.pop_due(now, limit)

    def next_send_at(self) -> datetime | None:
        return self._sends.next_at()

    @property
    def sends_waiting(self) -> int:
        """Emails this replica was handed and has not sent yet (due or timed)."""
        return len(self._sends)

    def __len__(self) -> int:
        return len(self._plans) + len(self._held) + len(self._sends)
