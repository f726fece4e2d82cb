"""A replica that loses partitions in a rebalance while a write of their lists is in flight:
its late write must not leave the new owner's lists stale (docs/operators/chaos.md, Findings;
docs/decisions/0010, addendum)."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest
from aiokafka.partitioner import murmur2

from clusterlink.localinfra import Endpoints
from services.matcher import app as matcher_app
from services.matcher.list_repository import ListRepository
from shared.mongo import MongoDatabase
from tests.integration.matcher.conftest import (
    TEST_ID_PREFIX,
    make_profile,
    matcher_settings,
    running_matcher,
    scoped_engine,
    words,
)

pytestmark = pytest.mark.integration


class _HeldWrites(ListRepository):
    """The real repository, on the real database; `hold_write_of` makes the next write of lists
    that satisfy a condition wait until `release()`, as a slow database or a busy machine does."""

    def __init__(self, db: MongoDatabase) -> None:
        super().__init__(db)
        self._condition: Any = None
        self._release = asyncio.Event()
        self.waiting = asyncio.Event()
        self.written = asyncio.Event()

    def hold_write_of(self, condition: Any) -> None:
        self._condition = condition

    def release(self) -> None:
        self._release.set()

    async def save_many(self, lists: Any, *args: Any, **kwargs: Any) -> None:
        condition = self._condition
        held = condition is not None and any(condition(write[0]) for write in lists)
        if held:
            self._condition = None  # one write only
            self.waiting.set()
            await self._release.wait()
        await super().save_many(lists, *args, **kwargs)
        if held:
            self.written.set()


def _key_partition(sme_id: str, partitions: int) -> int:
    """Where the registry's producer puts this SME's records (Kafka's default partitioner)."""
    return (murmur2(sme_id.encode()) & 0x7FFFFFFF) % partitions


def _one_id_per_partition(uid: str, partitions: int) -> dict[int, str]:
    found: dict[int, str] = {}
    n = 0
    while len(found) < partitions:
        short = f"fb{n}-{uid}"
        found.setdefault(_key_partition(f"{TEST_ID_PREFIX}{short}", partitions), short)
        n += 1
    return found


async def _stored_partners(repository: ListRepository, sme_id: str) -> set[str]:
    stored = await repository.get(sme_id, "suppliers")
    return stored.ranked.partner_ids() if stored is not None else set()


async def test_a_late_write_by_the_replica_that_lost_the_partition_leaves_no_stale_list(
    infra: Endpoints, uid: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="services.matcher.list_keeper")
    monkeypatch.setattr(matcher_app, "ListRepository", _HeldWrites)
    group, db = f"matcher-fence-{uid}", f"fence{uid}"
    first = matcher_settings(infra, group_id=group, db_name=db)

    async with running_matcher(infra, first, scoped_engine()) as a:
        partitions = len(a.runtime.ownership.owned)
        assert partitions > 1  # alone in the group, it keeps every list
        supplier = make_profile(f"fs-{uid}", offers=(words(uid, "nettle yarn"),))
        buyers = [
            make_profile(short, needs=(words(uid, "nettle yarn"),))
            for short in _one_id_per_partition(uid, partitions).values()
        ]
        late = make_profile(f"fl-{uid}", offers=(words(uid, "nettle yarn"),))
        stored = ListRepository(a.db)
        await a.publish_profile(supplier)
        for buyer in buyers:
            await a.publish_profile(buyer)
        async with asyncio.timeout(30):
            for buyer in buyers:
                while await _stored_partners(stored, buyer.id) != {supplier.id}:  # noqa: ASYNC110 (polling the database)
                    await asyncio.sleep(0.2)

        # A new supplier enters every buyer's list; replica A publishes the news, and its write
        # of the lists is held in flight...
        held: _HeldWrites = a.runtime.lists  # type: ignore[assignment]
        buyer_ids = {b.id for b in buyers}
        held.hold_write_of(lambda ranked: ranked.sme_id in buyer_ids and late.id in ranked.partner_ids())
        await a.publish_profile(late)
        await asyncio.wait_for(held.waiting.wait(), 30)
        # ...while that supplier changes what it offers, so it leaves every list again.
        await a.publish_profile(late.model_copy(update={"offers": (words(uid, "jute sacks"),)}), version=2)

        # Replica B joins: the group gives it half the partitions, and it reads their stored lists.
        joined_at = time.time()
        second = matcher_settings(infra, group_id=group, db_name=db)
        async with running_matcher(infra, second, scoped_engine(), new_group=False) as b:
            async with asyncio.timeout(30):
                while not any(  # noqa: ASYNC110 (B's first pass over what it gained; A's feed is held)
                    r.getMessage() == "lists refreshed" and r.created >= joined_at and getattr(r, "partitions", None)
                    for r in caplog.records
                ):
                    await asyncio.sleep(0.1)
            lost = set(b.runtime.ownership.owned)
            assert lost and not lost & a.runtime.ownership.owned
            theirs = {b.id for b in buyers if _key_partition(b.id, partitions) in lost}
            assert theirs
            assert {i: await _stored_partners(stored, i) for i in theirs} == {i: {supplier.id} for i in theirs}

            # A's write, computed before the rebalance, lands now: the lists of partitions A lost
            # included. A's feed then reads the change and refreshes the lists A still keeps.
            held.release()
            await asyncio.wait_for(held.written.wait(), 30)
            async with asyncio.timeout(30):
                for buyer in buyers:
                    if buyer.id not in theirs:
                        while await _stored_partners(stored, buyer.id) != {supplier.id}:  # noqa: ASYNC110
                            await asyncio.sleep(0.2)
            for buyer in buyers:  # every replica's index agrees: the late supplier is in no list
                assert await b.wait_for_list(buyer.id, "suppliers", lambda ids: True) == [supplier.id]

            # Every stored list is the current one, those of the partitions B took over included:
            # B's later passes find nothing to change, so a stale list would stay stale.
            assert {i: await _stored_partners(stored, i) for i in buyer_ids} == {i: {supplier.id} for i in buyer_ids}
