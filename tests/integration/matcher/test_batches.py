"""A batch of changes costs one write per list it touched, however many changes touched it;
the keeper's other work (a refit's full pass, a retry after an outage) rides on the batches."""

from __future__ import annotations

import gc
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import pytest
from pymongo import monitoring

from clusterlink.localinfra import Endpoints
from services.matcher.decline_repository import DeclineRepository
from services.matcher.feed import Batch
from services.matcher.list_keeper import PAUSE_COLLECTOR_FROM, ListKeeper
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
        self.commands = 0  # every command, reads included

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        self.commands += 1
        name = event.command_name
        if name in ("insert", "update") and event.command.get(name) == "recommendation_lists":
            if name == "insert":
                ids = [doc["_id"] for doc in event.command["documents"]]
            else:
                ids = [update["q"]["_id"] for update in event.command["updates"]]
            self.documents.update(i.rsplit("@", 1)[0] for i in ids)  # "<sme>|<direction>", any epoch

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass


class _Sink:
    def __init__(self, failures: int = 0) -> None:
        self.sent: list[MatchSuggestedV1] = []
        self.failures_left = failures  # the broker is down for this many publishes

    async def publish_many(self, events: list[MatchSuggestedV1]) -> None:
        if self.failures_left:
            self.failures_left -= 1
            raise ConnectionError("broker unreachable")
        self.sent.extend(events)


class _NoPoison:
    async def send(self, batch: Batch) -> None:
        assert not batch.poison


async def _keeper(
    live: LiveIndex,
    db: MongoDatabase,
    sink: _Sink,
    partitions: set[int],
    *,
    pause_collector_from: int = PAUSE_COLLECTOR_FROM,
) -> ListKeeper:
    """As in the service: the group member gives the partitions, the next fetch takes them over."""
    keeper = ListKeeper(
        live,
        ListRepository(db),
        DeclineRepository(db),
        sink,
        _NoPoison(),
        lambda: partitions,
        pause_collector_from=pause_collector_from,
    )
    keeper.partitions_gained(partitions)
    await keeper.on_batch(Batch())
    return keeper


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
    keeper = await _keeper(live, db, sink, {0, 1})

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
    keeper = await _keeper(live, db, _Sink(), {0})
    await keeper.on_batch(Batch(changed={"mine", "theirs"}))
    assert set(writes.documents) == {"mine|suppliers"}


def _fitted(*profiles: tuple[str, tuple[str, ...], tuple[str, ...]]) -> LiveIndex:
    live = LiveIndex(overlap_engine(), k=10)
    for sme_id, offers, needs in profiles:
        live.apply_change(profile(sme_id, offers=offers, needs=needs), 1, 0)
    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    return live


async def test_an_idle_fetch_costs_no_database_command(database: tuple[MongoDatabase, _ListWrites]) -> None:
    db, writes = database
    live = _fitted(("buyer", (), ("kapok fibre",)), ("supplier", ("kapok fibre",), ()))
    keeper = await _keeper(live, db, _Sink(), {0})
    await keeper.on_batch(Batch(changed={"buyer", "supplier"}))
    writes.commands = 0
    for _ in range(5):  # the feed hands an empty batch after each idle second
        await keeper.on_batch(Batch())
    assert writes.commands == 0


async def test_a_refit_is_followed_by_one_full_pass_on_the_next_batch(
    database: tuple[MongoDatabase, _ListWrites],
) -> None:
    db, writes = database
    live = _fitted(("weaver", ("hemp yarn",), ()))
    sink = _Sink()
    keeper = await _keeper(live, db, sink, {0})
    live.apply_change(profile("buyer", needs=("ramie fibre",)), 1, 0)
    live.apply_change(profile("supplier", offers=("ramie fibre",)), 1, 0)
    await keeper.on_batch(Batch(changed={"buyer", "supplier"}))
    assert not sink.sent and not writes.documents  # "ramie" is a word the index learns at its next fit

    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    await keeper.after_refit("periodic")
    await keeper.after_refit("growth")  # asked twice before the feed's next fetch: one pass
    await keeper.on_batch(Batch())  # an idle fetch serves it
    assert {(s.recipient_id, s.supplier_id, s.buyer_id) for s in sink.sent} == {
        ("buyer", "supplier", "buyer"),
        ("supplier", "supplier", "buyer"),
    }
    assert sum(writes.documents.values()) == 2
    await keeper.on_batch(Batch())
    assert len(sink.sent) == 2 and sum(writes.documents.values()) == 2


class _CollectorWatch(_Sink):
    """Notes, at each publish (inside a refresh), whether the garbage collector was on."""

    def __init__(self) -> None:
        super().__init__()
        self.collector_on: list[bool] = []

    async def publish_many(self, events: list[MatchSuggestedV1]) -> None:
        self.collector_on.append(gc.isenabled())
        await super().publish_many(events)


async def test_a_full_pass_runs_with_the_collector_paused_and_a_small_refresh_does_not(
    database: tuple[MongoDatabase, _ListWrites],
) -> None:
    db, _ = database
    live = _fitted(("weaver", ("hemp yarn",), ()))
    sink = _CollectorWatch()
    keeper = await _keeper(live, db, sink, {0}, pause_collector_from=6)
    live.apply_change(profile("buyer", needs=("ramie fibre",)), 1, 0)
    live.apply_change(profile("supplier", offers=("ramie fibre",)), 1, 0)
    await keeper.on_batch(Batch(changed={"buyer", "supplier"}))  # four lists: a small refresh
    assert sink.collector_on[-1] is True

    live.complete_refit(live.build_index(live.begin_refit()), len(live))
    await keeper.after_refit("periodic")
    await keeper.on_batch(Batch())  # the full pass: six lists, at the threshold
    assert sink.collector_on[-1] is False
    assert len(sink.sent) == 2  # and it did its work
    assert gc.isenabled()  # back on once the pass is stored


async def test_a_batch_retried_after_an_outage_still_refreshes_the_lists_its_changes_entered(
    database: tuple[MongoDatabase, _ListWrites],
) -> None:
    db, _ = database
    live = _fitted(("buyer", (), ("sisal rope",)), ("seller", ("sisal rope",), ()))
    sink = _Sink()
    keeper = await _keeper(live, db, sink, {0, 1})
    await keeper.on_batch(Batch(changed={"buyer", "seller"}))
    told = len(sink.sent)

    # A new supplier, keyed to another partition, enters the buyer's list; the index tells
    # that once. The first attempt to store fails; the feed hands the same batch again.
    live.apply_change(profile("newcomer", offers=("sisal rope",)), 1, 1)
    sink.failures_left = 1
    batch = Batch(changed={"newcomer"})
    with pytest.raises(ConnectionError):
        await keeper.on_batch(batch)
    await keeper.on_batch(batch)
    assert ("buyer", "newcomer") in {(s.recipient_id, s.supplier_id) for s in sink.sent[told:]}
    stored = await ListRepository(db).get("buyer", "suppliers")
    assert stored is not None and stored.ranked.partner_ids() == {"seller", "newcomer"}


WORDS = ("indigo", "cotton", "ikat", "weave", "silk", "dye", "loom", "yarn", "hemp", "bast")


def _burst(live: LiveIndex) -> Iterator[set[str]]:
    """Three fetches of ten suppliers each, every fetch better for the buyer than the one before;
    each fetch is applied to the index when the caller asks for it, as the feed does."""
    for chunk in range(3):
        ids = {f"c{chunk}s{i}" for i in range(10)}
        for i, sme_id in enumerate(sorted(ids)):
            live.apply_change(profile(sme_id, offers=(" ".join(WORDS[: 3 * chunk + 1 + i % 3]),)), 1, 0)
        yield ids


async def _buyer_and_keeper(database: tuple[MongoDatabase, _ListWrites]) -> tuple[LiveIndex, _Sink, ListKeeper]:
    live = _fitted(("buyer", (), (" ".join(WORDS),)))
    sink = _Sink()
    return live, sink, await _keeper(live, database[0], sink, {0})


@pytest.mark.parametrize("ended_by", ["quiet fetch", "refit"])
async def test_a_burst_tells_only_the_lists_it_ends_with_and_writes_each_once(
    database: tuple[MongoDatabase, _ListWrites], ended_by: str
) -> None:
    _, writes = database
    live, sink, keeper = await _buyer_and_keeper(database)
    for fetch in _burst(live):
        await keeper.on_batch(Batch(changed=fetch, hold=True))
    assert not sink.sent and not writes.documents  # held: nothing told or stored yet

    if ended_by == "refit":  # a burst that calls for a refit: its full pass tells the held lists
        live.complete_refit(live.build_index(live.begin_refit()), len(live))
        await keeper.after_refit("burst")
    await keeper.on_batch(Batch())  # the quiet fetch that ends the burst

    told = sorted(s.supplier_id for s in sink.sent if s.recipient_id == "buyer")
    assert told == sorted(f"c2s{i}" for i in range(10))  # the final ten, not thirty on the way
    assert writes.documents["buyer|suppliers"] == 1 and set(writes.documents.values()) == {1}
    writes.commands = 0
    await keeper.on_batch(Batch())  # nothing held any more: an idle fetch costs nothing
    assert writes.commands == 0


async def test_one_registration_during_a_burst_is_told_at_once_and_the_burst_still_waits(
    database: tuple[MongoDatabase, _ListWrites],
) -> None:
    """An SME that registers on its own while a coordinator's import holds the lists (no
    `origin: import` header: `Batch.prompt`) hears of its partners, and they of it, at once."""
    _, writes = database
    live, sink, keeper = await _buyer_and_keeper(database)
    fetches = _burst(live)
    await keeper.on_batch(Batch(changed=next(fetches), hold=True))
    # A weaver needing what the burst's suppliers offer (and offering nothing the buyer needs).
    live.apply_change(profile("weaver", needs=(" ".join(WORDS),), offers=("kapok pillows",)), 1, 0)
    await keeper.on_batch(Batch(changed=next(fetches) | {"weaver"}, prompt={"weaver"}, hold=True))

    # Its own list, from what is indexed now, and the suppliers' lists it entered: told and stored.
    assert {s.partner_id for s in sink.sent if s.recipient_id == "weaver"} >= {f"c1s{i}" for i in range(5)}
    assert {s.recipient_id for s in sink.sent if s.partner_id == "weaver"} >= {"c0s0", "c0s1"}
    assert writes.documents["weaver|suppliers"] == 1 and writes.documents["c0s0|buyers"] == 1
    # The lists only the burst touched still wait for its end.
    assert "buyer|suppliers" not in writes.documents
    assert not any(s.recipient_id == "buyer" for s in sink.sent)

    await keeper.on_batch(Batch(changed=next(fetches), hold=True))
    await keeper.on_batch(Batch())  # the quiet fetch that ends the burst
    assert writes.documents["buyer|suppliers"] == 1
    assert {s.recipient_id for s in sink.sent} >= {"buyer"}


async def test_the_same_fetches_without_a_hold_tell_the_buyer_of_every_list_on_the_way(
    database: tuple[MongoDatabase, _ListWrites],
) -> None:
    _, writes = database
    live, sink, keeper = await _buyer_and_keeper(database)
    for fetch in _burst(live):
        await keeper.on_batch(Batch(changed=fetch))
    assert sum(s.recipient_id == "buyer" for s in sink.sent) == 30
    assert writes.documents["buyer|suppliers"] == 3
