"""The stored lists' fence, on the real database: a write under an ownership epoch older than the
partition's newest take-over changes nothing any reader sees (docs/decisions/0010, addendum)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest

from clusterlink.localinfra import Endpoints
from services.matcher.decline_repository import DeclineRepository
from services.matcher.feed import Batch
from services.matcher.list_keeper import ListKeeper
from services.matcher.list_repository import COLLECTION, ListRepository, ListWrite
from services.matcher.live_index import LiveIndex
from services.matcher.ranked_lists import ListEntry, RankedList
from shared.events import MatchSuggestedV1
from shared.mongo import MongoDatabase, create_client, get_database
from tests.conftest import SESSION_DB_PREFIX
from tests.unit.matcher_service.factories import profile
from tests.unit.matcher_service.overlap_engine import overlap_engine

pytestmark = pytest.mark.integration


def _list(*partners: str, sme_id: str = "buyer") -> RankedList:
    entries = tuple(ListEntry(partner_id=p, partner_version=1, score=0.5) for p in partners)
    return RankedList(sme_id=sme_id, direction="suppliers", sme_version=1, entries=entries)


@pytest.fixture
async def repository(infra: Endpoints) -> AsyncIterator[tuple[ListRepository, MongoDatabase]]:
    client = create_client(infra.mongodb_url)
    name = f"{SESSION_DB_PREFIX}epochs{uuid.uuid4().hex[:6]}_matcher"
    db = get_database(client, name)
    lists = ListRepository(db)
    await lists.ensure_indexes()
    try:
        yield lists, db
    finally:
        await client.drop_database(name)
        client.close()


async def _partners(lists: ListRepository) -> set[str] | None:
    stored = await lists.get("buyer", "suppliers")
    return stored.ranked.partner_ids() if stored is not None else None


async def test_a_late_write_of_the_previous_owner_is_never_read(
    repository: tuple[ListRepository, MongoDatabase],
) -> None:
    lists, db = repository
    old = await lists.take_over(3)
    await lists.save_many([ListWrite(_list("linen"), 3, old.epoch, False)])

    new = await lists.take_over(3)
    assert new.epoch > old.epoch
    assert {k: r.partner_ids() for k, r in new.lists.items()} == {("buyer", "suppliers"): {"linen"}}

    # The previous owner had not heard it lost the partition: it replaces the list it stored,
    # and writes a list it never stored before.
    await lists.save_many(
        [
            ListWrite(_list("linen", "ramie"), 3, old.epoch, True),
            ListWrite(_list("hemp", sme_id="other"), 3, old.epoch, False),
        ]
    )
    assert await _partners(lists) == {"linen"}  # the new owner's copy stands above it
    assert {k: r.partner_ids() for k, r in (await lists.of_partition(3)).items()} == {
        ("buyer", "suppliers"): {"linen"},
        ("other", "suppliers"): {"hemp"},  # nobody else stored it: read as the previous owner left it
    }

    # The new owner's own writes are what readers get, and the next take-over keeps only those.
    await lists.save_many([ListWrite(_list("kapok"), 3, new.epoch, True)])
    assert await _partners(lists) == {"kapok"}
    after = await lists.take_over(3)
    assert after.lists[("buyer", "suppliers")].partner_ids() == {"kapok"}
    assert await db[COLLECTION].count_documents({"sme_id": "buyer"}) == 1


async def test_replicas_taking_over_one_partition_at_once_get_distinct_epochs(
    repository: tuple[ListRepository, MongoDatabase],
) -> None:
    lists, _ = repository
    epochs: list[int] = []
    for _ in range(3):  # rounds of eight at once, each round above the last
        taken = await asyncio.gather(*(lists.take_over(1) for _ in range(8)))
        assert min(t.epoch for t in taken) > max(epochs, default=0)
        epochs += [t.epoch for t in taken]
    assert len(set(epochs)) == len(epochs) == 24


async def test_a_list_stored_before_epochs_existed_is_taken_over(
    repository: tuple[ListRepository, MongoDatabase],
) -> None:
    lists, db = repository
    legacy = {
        "_id": "buyer|suppliers",
        "sme_id": "buyer",
        "partition": 2,
        "direction": "suppliers",
        "sme_version": 1,
        "partners": [{"id": "sisal", "version": 1}],
        "updated_at": None,
    }
    await db[COLLECTION].insert_one(legacy)
    assert await _partners(lists) == {"sisal"}
    over = await lists.take_over(2)
    assert over.lists[("buyer", "suppliers")].partner_ids() == {"sisal"}
    assert await db[COLLECTION].find_one({"_id": "buyer|suppliers"}) is None
    assert await _partners(lists) == {"sisal"}


class _Sink:
    async def publish_many(self, events: list[MatchSuggestedV1]) -> None:
        pass


class _NoPoison:
    async def send(self, batch: Batch) -> None:
        assert not batch.poison


async def test_a_replica_overtaken_by_a_later_claim_takes_its_partition_over_again_after_a_refit(
    repository: tuple[ListRepository, MongoDatabase],
) -> None:
    lists, db = repository
    live = LiveIndex(overlap_engine(), k=10)
    live.apply_change(profile("buyer", needs=("nettle yarn",)), 1, 0)
    live.apply_change(profile("spinner", offers=("nettle yarn",)), 1, 0)
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    keeper = ListKeeper(live, lists, DeclineRepository(db), _Sink(), _NoPoison(), lambda: {0})
    keeper.partitions_gained({0})
    await keeper.on_batch(Batch())
    assert await _partners(lists) == {"spinner"}

    # A replica dropped from the group without having heard of it takes partition 0 over after
    # this one did, and writes a list from its own, older, index.
    late = await lists.take_over(0)
    await lists.save_many([ListWrite(_list("spinner", "ghost"), 0, late.epoch, True)])
    live.apply_change(profile("weaver", offers=("nettle yarn",)), 1, 0)
    await keeper.on_batch(Batch(changed={"weaver"}))
    assert await _partners(lists) == {"spinner", "ghost"}  # written under the lower epoch: hidden

    # After its next refit the owner sees the higher claim, takes the partition over again and
    # writes what differs from its index.
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    await keeper.after_refit("periodic")
    await keeper.on_batch(Batch())
    assert await _partners(lists) == {"spinner", "weaver"}
