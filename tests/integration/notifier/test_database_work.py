"""The database work of planning, counted command by command on the real database.

Planning a recipient's burst must cost the same commands however many
suggestions it holds, read documents by `_id` only (one, or an `$in` list of
them: what the local FerretDB serves from an index), and not grow with what the
recipient was sent before.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import monitoring

from clusterlink.localinfra import Endpoints
from services.notifier import intake
from services.notifier.clock import FixedClock
from services.notifier.components import Components, build_components, sending_rules
from services.notifier.planner import plan_due
from services.notifier.scheduler import Scheduler
from services.notifier.sweep import sweep
from shared.events import NotificationPreference, SmeProfileChangedV1, SmeProfileV1
from tests.integration.notifier.conftest import notifier_settings, suggestion_event, unique
from tests.integration.notifier.sink import PrivateSink

pytestmark = pytest.mark.integration

MONDAY_10_BANGKOK = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


@dataclass
class Commands(monitoring.CommandListener):
    """Every command the client sends: (name, collection, filter of a find)."""

    seen: list[tuple[str, str, dict[str, Any] | None]] = field(default_factory=list)
    projections: list[tuple[str, dict[str, Any] | None]] = field(default_factory=list)  # (collection, of a find)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        name = event.command_name
        target = event.command.get(name)
        collection = target if isinstance(target, str) else "-"
        with self.lock:
            self.seen.append((name, collection, event.command.get("filter")))
            if name == "find":
                self.projections.append((collection, event.command.get("projection")))

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass

    def take(self) -> list[tuple[str, str, dict[str, Any] | None]]:
        with self.lock:
            seen, self.seen = self.seen, []
        return seen


@dataclass
class Counted:
    c: Components
    commands: Commands


@pytest.fixture
async def counted(infra: Endpoints, tmp_path: Any) -> AsyncIterator[Counted]:
    sink = PrivateSink(tmp_path / "mail")  # never started: nothing is sent here
    settings = notifier_settings(infra, sink, instant_gather_s=0.0, daily_cap=1000)
    commands = Commands()
    client: AsyncIOMotorClient[dict[str, Any]] = AsyncIOMotorClient(
        settings.mongo.url, tz_aware=True, event_listeners=[commands]
    )
    c = build_components(
        settings,
        client[settings.database_name],
        clock=FixedClock(MONDAY_10_BANGKOK),
        sender=None,  # type: ignore[arg-type]
        feedback=None,  # type: ignore[arg-type]
    )
    await c.ensure_indexes()
    yield Counted(c, commands)
    await client.drop_database(settings.database_name)
    client.close()


def _profile(sme_id: str, preference: NotificationPreference = NotificationPreference.INSTANT) -> SmeProfileChangedV1:
    profile = SmeProfileV1(
        id=sme_id,
        name=f"Cost {sme_id}",
        sub_cluster="sportech",
        stage="midstream",
        province="Bangkok",
        contact_email=f"{sme_id}@test.example",
        language="en",
        notification_preference=preference,
    )
    return SmeProfileChangedV1(sme_id=sme_id, version=1, profile=profile)


async def _plan_burst(t: Counted, recipient: str, size: int) -> list[tuple[str, str, dict[str, Any] | None]]:
    """Store `size` suggestions for the recipient as one batch, then count the commands of planning them."""
    partners = [unique("cp") for _ in range(size)]
    await intake.apply_batch(t.c, [_profile(p) for p in partners], [])
    result = await intake.apply_batch(t.c, [], [suggestion_event(recipient, p) for p in partners])
    t.c.worklist.plan(result.requests)
    t.commands.take()
    assert await plan_due(t.c)
    return t.commands.take()


def _delivery_keys(commands: list[tuple[str, str, dict[str, Any] | None]]) -> int:
    return sum(1 for name, collection, _ in commands if name == "insert" and collection == "deliveries")


async def test_planning_a_burst_costs_the_same_commands_for_10_or_100_suggestions_all_read_by_id(
    counted: Counted,
) -> None:
    small, large = unique("cs"), unique("cl")
    await intake.apply_batch(counted.c, [_profile(small), _profile(large)], [])

    ten = await _plan_burst(counted, small, 10)
    hundred = await _plan_burst(counted, large, 100)

    for commands in (ten, hundred):
        names = {name for name, _, _ in commands}
        assert names <= {"find", "insert", "update", "delete"}, names  # no aggregate, distinct or count
        for name, collection, query in commands:
            if name == "find":  # every read names its documents by _id: one, or a list of them
                assert query is not None and set(query) == {"_id"}, (collection, query)
                assert not isinstance(query["_id"], dict) or set(query["_id"]) == {"$in"}, (collection, query)
        assert _delivery_keys(commands) == 1  # one email for the whole burst
    # One plan per recipient: a hundred suggestions cost the very same commands as ten.
    assert sorted((n, c) for n, c, _ in hundred) == sorted((n, c) for n, c, _ in ten)


async def test_planning_reads_neither_partners_details_nor_reasons(counted: Counted) -> None:
    recipient, partners = unique("cp-r"), [unique("cp") for _ in range(20)]
    await intake.apply_batch(counted.c, [_profile(p) for p in [recipient, *partners]], [])
    result = await intake.apply_batch(counted.c, [], [suggestion_event(recipient, p) for p in partners])
    counted.c.worklist.plan(result.requests)
    counted.commands.projections.clear()
    assert await plan_due(counted.c)
    reads = [projection for collection, projection in counted.commands.projections if collection == "recipients"]
    # The recipient's own document is read whole (its preference and address); its partners' are not.
    assert any(p is None for p in reads) and any(p is not None for p in reads), reads
    for projection in filter(None, reads):
        assert set(projection) == {"erased", "summary.name"}, projection
    # Nor the suggestions' reasons, most of their bytes: the email reads its items whole when it is sent.
    items = [projection for collection, projection in counted.commands.projections if collection == "suggestions"]
    assert items and all(p == {"reasons": 0} for p in items), items


async def test_suggestion_indexes_leave_out_the_status_and_replace_the_old_ones(counted: Counted) -> None:
    suggestions = counted.c.suggestions._col  # the storage's own collection
    await suggestions.create_index([("recipient_id", 1), ("status", 1)])  # as stored by earlier versions
    await counted.c.ensure_indexes()
    keys = [tuple(index["key"]) async for index in suggestions.list_indexes()]
    assert sorted(keys) == sorted([("_id",), ("recipient_id",), ("partner_id",), ("suggestion_id",)]), keys


async def test_what_a_recipient_was_sent_before_does_not_make_planning_dearer(counted: Counted) -> None:
    fresh, veteran = unique("cf"), unique("cv")
    await intake.apply_batch(counted.c, [_profile(fresh), _profile(veteran)], [])
    for _ in range(5):  # the veteran was emailed 50 suggestions before
        await _plan_burst(counted, veteran, 10)
    first = await _plan_burst(counted, fresh, 10)
    later = await _plan_burst(counted, veteran, 10)
    assert sorted((name, collection) for name, collection, _ in later) == sorted(
        (name, collection) for name, collection, _ in first
    )


async def test_more_suggestions_past_the_daily_cap_are_kept_without_reading_any(counted: Counted) -> None:
    recipient = unique("cc")
    counted.c.settings.daily_cap = 10
    counted.c.rules = sending_rules(counted.c.settings)
    await intake.apply_batch(counted.c, [_profile(recipient)], [])
    assert _delivery_keys(await _plan_burst(counted, recipient, 12)) == 1  # ten today, two wait for tomorrow
    later = await _plan_burst(counted, recipient, 30)
    assert not [c for c in later if c[0] == "find" and c[1] == "suggestions"]
    assert not [
        c
        for c in later
        if c[0] == "find" and c[1] == "recipients" and c[2] not in ({"_id": recipient}, {"_id": {"$in": [recipient]}})
    ]
    state = (await counted.c.planning.states([recipient]))[recipient]
    assert len(state.pending) == 32 and state.wake_at is not None


async def test_the_safety_sweep_reads_only_the_queues_of_outstanding_work(counted: Counted) -> None:
    recipient = unique("cw")
    await intake.apply_batch(counted.c, [_profile(recipient)], [])
    await _plan_burst(counted, recipient, 10)
    counted.commands.take()
    await sweep(counted.c)
    swept = counted.commands.take()
    assert sorted((name, collection) for name, collection, _ in swept if name != "getMore") == [
        ("find", "deliveries"),
        ("find", "deliveries"),
        ("find", "plan_requests"),
        ("find", "wakeups"),
    ]


async def test_idle_loops_send_nothing_but_the_slow_sweep(counted: Counted) -> None:
    counted.c.settings.sweep_interval_s = 0.5
    counted.commands.take()
    scheduler = Scheduler(counted.c)
    scheduler.start()
    try:
        # Wait for a positive sign: three sweeps have run, so the loops have been idle that long.
        for _ in range(600):
            swept = sum(1 for name, collection, _ in counted.commands.seen if collection == "plan_requests")
            if swept >= 3:
                break
            await asyncio.sleep(0.05)
    finally:
        await scheduler.stop()
    seen = counted.commands.take()
    sweeps = sum(1 for name, collection, _ in seen if collection == "plan_requests")
    assert sweeps >= 3
    others = [
        (name, collection)
        for name, collection, _ in seen
        if (name, collection) not in {("find", "plan_requests"), ("find", "wakeups"), ("find", "deliveries")}
    ]
    assert others == [("delete", "claims")]  # the hourly housekeeping, once at start
    assert len(seen) <= 4 * sweeps + 1


async def test_a_digest_recipients_later_bursts_before_the_slot_are_kept_without_reading_any(counted: Counted) -> None:
    recipient = unique("cd")
    await intake.apply_batch(counted.c, [_profile(recipient, NotificationPreference.DAILY)], [])
    assert _delivery_keys(await _plan_burst(counted, recipient, 10)) == 0  # read once: due at the next slot
    slot = (await counted.c.planning.states([recipient]))[recipient].wake_at
    assert slot is not None and slot > MONDAY_10_BANGKOK

    later = await _plan_burst(counted, recipient, 10)
    assert not [c for c in later if c[0] == "find" and c[1] == "suggestions"]
    assert not [
        c
        for c in later
        if c[0] == "find" and c[1] == "recipients" and c[2] not in ({"_id": recipient}, {"_id": {"$in": [recipient]}})
    ]
    state = (await counted.c.planning.states([recipient]))[recipient]
    assert len(state.pending) == 20 and state.wake_at == slot

    # At the slot, one digest carries both bursts.
    assert isinstance(counted.c.clock, FixedClock)
    counted.c.clock.set(slot)
    counted.c.worklist.plan_later(recipient, slot)
    assert await plan_due(counted.c)
    state = (await counted.c.planning.states([recipient]))[recipient]
    assert state.pending == () and len(state.emails_today) == 1
    digest = await counted.c.deliveries.get(state.emails_today[0])
    assert digest is not None and len(digest.suggestion_ids) == 20


async def test_a_change_of_preference_looks_at_the_kept_suggestions_again(counted: Counted) -> None:
    recipient = unique("cp")
    await intake.apply_batch(counted.c, [_profile(recipient, NotificationPreference.DAILY)], [])
    assert _delivery_keys(await _plan_burst(counted, recipient, 5)) == 0  # waiting for tomorrow's digest
    changed = _profile(recipient, NotificationPreference.INSTANT)
    await intake.apply_batch(counted.c, [changed.model_copy(update={"version": 2})], [])
    # The next burst is read with the kept ones and all go out now, in one instant email.
    assert _delivery_keys(await _plan_burst(counted, recipient, 5)) == 1
    state = (await counted.c.planning.states([recipient]))[recipient]
    digest = await counted.c.deliveries.get(state.emails_today[0])
    assert digest is not None and len(digest.suggestion_ids) == 10
