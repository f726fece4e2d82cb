"""Start-up replay, restarts and several replicas sharing the work."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from clusterlink.localinfra import Endpoints
from services.matcher import feed as profile_feed
from services.matcher.live_index import Engine, EngineIndex
from services.matcher.scoring.parallel import WorkerFailed
from shared.events import MatchFeedbackV1
from tests.integration.matcher.conftest import (
    TopicTail,
    make_profile,
    matcher_settings,
    publish_profile,
    running_matcher,
    scoped_engine,
    suggestions_in,
    words,
)

pytestmark = pytest.mark.integration


async def test_a_restarted_replica_rebuilds_its_index_and_repeats_nothing(
    infra: Endpoints, suggestions: TopicTail, uid: str
) -> None:
    settings = matcher_settings(infra, group_id=f"matcher-restart-{uid}", db_name=f"restart{uid}")
    supplier = make_profile(f"rs-{uid}", offers=(words(uid, "bamboo viscose"),))
    rival = make_profile(f"rr-{uid}", offers=(words(uid, "bamboo viscose rolls"),))
    buyer = make_profile(f"rb-{uid}", needs=(words(uid, "bamboo viscose"),))
    late_buyer = make_profile(f"rl-{uid}", needs=(words(uid, "bamboo viscose"),))

    async with running_matcher(infra, settings, scoped_engine()) as first:
        for p in (supplier, rival, buyer):
            await first.publish_profile(p)
        await first.wait_for_list(buyer.id, "suppliers", lambda ids: {supplier.id, rival.id} <= set(ids))
        declined = MatchFeedbackV1(
            suggestion_id="sg-any", supplier_id=rival.id, buyer_id=buyer.id, by_sme_id=buyer.id, decision="decline"
        )
        await first.publish_feedback(declined)
        await first.wait_for_list(buyer.id, "suppliers", lambda ids: rival.id not in ids)
        await suggestions.drain(1.0)
    sent_before = len(suggestions_in(suggestions))

    # Registered while no matcher runs: picked up after the restart.
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    try:
        late = await publish_profile(producer, late_buyer)
    finally:
        await producer.stop()

    async with running_matcher(infra, settings, scoped_engine(), new_group=False) as second:
        # Everything is back in memory, from the topic alone, and the decline from the database.
        assert {supplier.id, rival.id, buyer.id, late_buyer.id} <= set(second.runtime.live.live_ids())
        assert second.runtime.live.is_declined(rival.id, buyer.id)
        assert set(await second.wait_for_list(late_buyer.id, "suppliers", lambda ids: len(ids) == 2)) == {
            supplier.id,
            rival.id,
        }
        await suggestions.drain(3.0)  # start-up fit, reconcile, a few periodic refits
        assert await second.wait_for_list(buyer.id, "suppliers", lambda ids: True) == [supplier.id]

    mine = {supplier.id, rival.id, buyer.id, late_buyer.id}
    new = [s for s in suggestions_in(suggestions)[sent_before:] if s.recipient_id in mine]
    # Only the late buyer's pairs are news: nothing from before the restart is suggested again.
    assert {(s.recipient_id, s.supplier_id, s.buyer_id) for s in new} == {
        (late_buyer.id, supplier.id, late_buyer.id),
        (late_buyer.id, rival.id, late_buyer.id),
        (supplier.id, supplier.id, late_buyer.id),
        (rival.id, rival.id, late_buyer.id),
    }
    assert all(s.correlation_id == late.correlation_id for s in new)


async def test_two_replicas_share_the_partitions_and_both_see_every_sme(
    infra: Endpoints, suggestions: TopicTail, uid: str
) -> None:
    group, db = f"matcher-pair-{uid}", f"pair{uid}"
    one = running_matcher(infra, matcher_settings(infra, group_id=group, db_name=db), scoped_engine())
    two = running_matcher(
        infra,
        matcher_settings(infra, group_id=group, db_name=db),
        scoped_engine(),
        wait_for_partitions=False,
        new_group=False,
    )
    async with one as a, two as b:
        async with asyncio.timeout(30):  # the group rebalances once the second member joins
            while not (b.runtime.ownership.owned and a.runtime.ownership.owned):  # noqa: ASYNC110
                await asyncio.sleep(0.1)
        assert not a.runtime.ownership.owned & b.runtime.ownership.owned
        assert len(a.runtime.ownership.owned | b.runtime.ownership.owned) == 6

        pairs = [
            (
                make_profile(f"ps{i}-{uid}", offers=(words(uid, f"item{i}"),)),
                make_profile(f"pb{i}-{uid}", needs=(words(uid, f"item{i}"),)),
            )
            for i in range(6)
        ]
        for supplier, buyer in pairs:
            await a.publish_profile(supplier)
            await a.publish_profile(buyer)
        for supplier, buyer in pairs:
            assert await a.wait_for_list(buyer.id, "suppliers", lambda ids: bool(ids)) == [supplier.id]
            assert await b.wait_for_list(supplier.id, "buyers", lambda ids: bool(ids)) == [buyer.id]
        ids = {p.id for pair in pairs for p in pair}
        assert ids <= set(a.runtime.live.live_ids()) and ids <= set(b.runtime.live.live_ids())

        await suggestions.drain(1.0)
        sent = [s for s in suggestions_in(suggestions) if s.recipient_id in ids]
        # Both sides of every pair are told, and only about their own partner.
        assert {(s.recipient_id, s.supplier_id, s.buyer_id) for s in sent} == {
            (recipient.id, supplier.id, buyer.id) for supplier, buyer in pairs for recipient in (supplier, buyer)
        }
        # Each side hears of its pair under one suggestion id (repeats would be deduplicated downstream).
        assert len({s.suggestion_id for s in sent}) == len(pairs)


async def test_a_new_database_under_an_old_topic_serves_lists_but_repeats_no_old_news(
    infra: Endpoints, suggestions: TopicTail, uid: str
) -> None:
    supplier = make_profile(f"os-{uid}", offers=(words(uid, "kapok fibre"),))
    buyer = make_profile(f"ob-{uid}", needs=(words(uid, "kapok fibre"),))
    first = matcher_settings(infra, group_id=f"matcher-old-{uid}", db_name=f"old{uid}")
    async with running_matcher(infra, first, scoped_engine()) as old:
        await old.publish_profile(supplier)
        await old.publish_profile(buyer)
        await old.wait_for_list(buyer.id, "suppliers", lambda ids: ids == [supplier.id])
    await suggestions.wait_for(lambda r: r.key == supplier.id.encode())
    told_before = [s for s in suggestions_in(suggestions) if s.recipient_id in {supplier.id, buyer.id}]
    assert told_before

    # Same topic, empty database (a lost or new deployment): the lists come back from the index...
    fresh = matcher_settings(infra, group_id=f"matcher-new-{uid}", db_name=f"new{uid}")
    async with running_matcher(infra, fresh, scoped_engine()) as new:
        assert await new.wait_for_list(buyer.id, "suppliers", lambda ids: bool(ids)) == [supplier.id]
        assert await new.wait_for_list(supplier.id, "buyers", lambda ids: bool(ids)) == [buyer.id]
        await suggestions.drain(2.0)
    # ...but pairs of SMEs that did not change since are not news.
    told_after = [s for s in suggestions_in(suggestions) if s.recipient_id in {supplier.id, buyer.id}]
    assert {(s.recipient_id, s.suggestion_id) for s in told_after} == {
        (s.recipient_id, s.suggestion_id) for s in told_before
    }


class _FailingFits:
    """An engine whose first fits fail, as when a fit worker is killed for memory."""

    def __init__(self, inner: Engine, failures: int) -> None:
        self.inner = inner
        self.failures_left = failures

    def engine(self) -> Engine:
        def new_index(k: int) -> EngineIndex:
            index = self.inner.new_index(k)
            fit = index.fit

            def failing_fit(profiles: Iterable[Any]) -> Any:
                if self.failures_left > 0:
                    self.failures_left -= 1
                    raise WorkerFailed("a fit worker exited without a result (exit code -9)")
                return fit(profiles)

            index.fit = failing_fit  # type: ignore[method-assign]
            return index

        return Engine(new_index=new_index, to_profile=self.inner.to_profile)


async def test_a_failed_start_up_fit_is_retried_and_the_replica_becomes_ready(
    infra: Endpoints, uid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(profile_feed, "START_UP_REFIT_RETRY_S", 0.2)
    supplier = make_profile(f"fs-{uid}", offers=(words(uid, "kapok fibre"),))
    buyer = make_profile(f"fb-{uid}", needs=(words(uid, "kapok fibre"),))
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    try:
        for p in (supplier, buyer):
            await publish_profile(producer, p)
    finally:
        await producer.stop()

    failing = _FailingFits(scoped_engine(), failures=2)
    settings = matcher_settings(infra, group_id=f"matcher-fitfail-{uid}", db_name=f"fitfail{uid}")
    async with running_matcher(infra, settings, failing.engine()) as matcher:
        assert failing.failures_left == 0  # both failures were met, and the third fit made it ready
        assert matcher.runtime.live.is_fitted
        assert await matcher.wait_for_list(buyer.id, "suppliers", lambda ids: supplier.id in ids) == [supplier.id]
