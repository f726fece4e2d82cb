"""A batch of changes costs one write per list it touched, however many changes touched it."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from pymongo import monitoring

from clusterlink.localinfra import Endpoints
from services.matcher.decline_repository import DeclineRepository
from services.matcher.feed import Batch
from services.matcher.list_keeper import ListKeeper
from services.matcher.list_repository import ListRepository
from services.matcher.live_index import LiveIndex
from shared.events import MatchSuggestedV1
from shared.mongo import MongoDatabase, create_client, get_database
from tests.conftest import SESSION_DB_PREFIX
from tests.unit.matcher_service.factories import profile
from tests.unit.matcher_service.overlap_engine import overlap_engine

pytestmark = pytest.mark.integration


class _ListWrites(monitoring.CommandListener):
    """Counts the list documents each write command carries."""

    def __init__(self) -> None:
        self.documents: Counter[str] = Counter()

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        name = event.command_name
        if name in ("insert", "update") and event.command.get(name) == "recommendation_lists":
            if name == "insert":
                ids = [doc["_id"] for doc in event.command["documents"]]
            else:
                ids = [update["q"]["_id"] for update in event.command["updates"]]
            self.documents.update(ids)

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass


class _Sink:
    def __init__(self) -> None:
        self.sent: list[MatchSuggestedV1] = []

    async def publish_many(self, events: list[MatchSuggestedV1]) -> None:
        self.sent.extend(events)


class _NoPoison:
    async def send(self, batch: Batch) -> None:
        assert not batch.poison


@pytest.fixture
async def database(infra: Endpoints) -> AsyncIterator[tuple[MongoDatabase, _ListWrites]]:
    writes = _ListWrites()
    client = create_client(infra.mongodb_url)
    client_with_listener = type(client)(infra.mongodb_url, event_listeners=[writes], tz_aware=True)
    name = f"{SESSION_DB_PREFIX}batch{uuid.uuid4().hex[:6]}_matcher"
    try:
        yield get_database(client_with_listener, name), writes
    finally:
        await client.drop_database(name)
        client.close()
        client_with_listener.close()


async def test_twenty_suppliers_arriving_in_one_batch_write_the_buyers_list_once(
    database: tuple[MongoDatabase, _ListWrites],
) -> None:
    db, writes = database
    live = LiveIndex(overlap_engine(), k=10)
    live.apply_change(profile("buyer", needs=("indigo cotton",)), 1, 0)
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    sink = _Sink()
    keeper = ListKeeper(live, ListRepository(db), DeclineRepository(db), sink, _NoPoison(), lambda: {0, 1})

    suppliers = [f"s{i:02}" for i in range(20)]
    for i, sme_id in enumerate(suppliers):
        live.apply_change(profile(sme_id, offers=("indigo cotton",)), 1, i % 2)
    await keeper.on_batch(Batch(changed=set(suppliers)))

    # The buyer's list once, each supplier's buyers list once: 21 documents, not one per change.
    assert writes.documents["buyer|suppliers"] == 1
    assert sum(writes.documents.values()) == 21 and set(writes.documents.values()) == {1}
    stored = await ListRepository(db).get("buyer", "suppliers")
    assert stored is not None and len(stored.ranked.entries) == 10
    # Ten suppliers entered the buyer's list (k = 10) and the buyer entered twenty lists.
    assert sum(s.recipient_id == "buyer" for s in sink.sent) == 10
    assert sum(s.recipient_id != "buyer" for s in sink.sent) == 20

    # The same batch again (a redelivery after a crash) finds nothing new and writes nothing.
    writes.documents.clear()
    sent_before = len(sink.sent)
    await keeper.on_batch(Batch(changed=set(suppliers)))
    assert not writes.documents and len(sink.sent) == sent_before


async def test_only_the_lists_of_owned_partitions_are_kept(database: tuple[MongoDatabase, _ListWrites]) -> None:
    db, writes = database
    live = LiveIndex(overlap_engine(), k=10)
    live.apply_change(profile("mine", needs=("kapok fibre",)), 1, 0)
    live.apply_change(profile("theirs", offers=("kapok fibre",)), 1, 1)
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    keeper = ListKeeper(live, ListRepository(db), DeclineRepository(db), _Sink(), _NoPoison(), lambda: {0})
    await keeper.on_batch(Batch(changed={"mine", "theirs"}))
    assert set(writes.documents) == {"mine|suppliers"}
