"""The funnel's read model on the real database: a refit's burst of suggestions is stored in a few
commands, and the earliest time of each pair wins however the events arrive."""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from datetime import UTC, datetime, timedelta

from services.registry.dashboard.funnel_store import COLLECTION, FunnelStore, pair_key
from shared.events import MatchFeedbackV1, MatchSuggestedV1, suggestion_id
from shared.mongo import MongoDatabase
from tests.integration.registry.conftest import unique_id

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _suggested(supplier: str, buyer: str, at: datetime) -> MatchSuggestedV1:
    return MatchSuggestedV1(
        suggestion_id=suggestion_id(supplier, buyer, 1, 1), recipient_id=buyer, recipient_role="buyer",
        supplier_id=supplier, buyer_id=buyer, supplier_version=1, buyer_version=1, score=0.8, rank=1, occurred_at=at,
    )  # fmt: skip


async def test_a_burst_keeps_each_pairs_earliest_time_and_a_replay_changes_nothing(registry_db: MongoDatabase) -> None:
    store, pairs = FunnelStore(registry_db), registry_db[COLLECTION]
    buyer = unique_id("buyer")
    suppliers = [unique_id(f"s{n}") for n in range(300)]
    burst = [_suggested(s, buyer, T0 + timedelta(minutes=n % 7)) for n, s in enumerate(suppliers)]
    burst.append(_suggested(suppliers[0], buyer, T0 - timedelta(hours=1)))  # the same pair, earlier, in one batch
    await store.suggested(burst)
    stored = {d["_id"]: d async for d in pairs.find({"buyer_id": buyer})}
    assert len(stored) == 300
    assert stored[pair_key(suppliers[0], buyer)]["suggested_at"].replace(tzinfo=UTC) == T0 - timedelta(hours=1)
    assert stored[pair_key(suppliers[1], buyer)]["suggested_at"].replace(tzinfo=UTC) == T0 + timedelta(minutes=1)

    # The burst read again, and later suggestions of the same pairs: nothing moves.
    await store.suggested(burst + [_suggested(s, buyer, T0 + timedelta(days=1)) for s in suppliers])
    again = {d["_id"]: d async for d in pairs.find({"buyer_id": buyer})}
    assert again == stored

    # An answer first, its suggestion after: the pair is suggested at the suggestion's time.
    late = unique_id("late")
    answer = MatchFeedbackV1(
        suggestion_id=suggestion_id(late, buyer, 1, 1), supplier_id=late, buyer_id=buyer, by_sme_id=buyer,
        decision="accept", occurred_at=T0 + timedelta(hours=2),
    )  # fmt: skip
    await store.answered(answer)
    await store.suggested([_suggested(late, buyer, T0 + timedelta(hours=1))])
    doc = await pairs.find_one({"_id": pair_key(late, buyer)})
    assert doc is not None
    assert doc["suggested_at"].replace(tzinfo=UTC) == T0 + timedelta(hours=1)
    assert doc["first_seen_at"].replace(tzinfo=UTC) == T0 + timedelta(hours=1)


async def test_liveness_is_asked_only_for_pairs_not_stored_and_a_pair_with_an_erased_side_is_not_stored(
    registry_db: MongoDatabase,
) -> None:
    store, pairs = FunnelStore(registry_db), registry_db[COLLECTION]
    buyer, erased = unique_id("buyer"), unique_id("erased")
    suppliers = [unique_id(f"s{n}") for n in range(20)]
    asked: list[set[str]] = []

    async def live_ids(ids: Collection[str]) -> set[str]:
        asked.append(set(ids))
        return {i for i in ids if i != erased}

    await store.suggested([_suggested(s, buyer, T0) for s in [*suppliers, erased]], live_ids)
    assert {d["supplier_id"] async for d in pairs.find({"buyer_id": buyer})} == set(suppliers)
    assert asked == [{buyer, erased, *suppliers}]

    # A refit suggests the stored pairs again, and one new one: only the new pair's sides are asked.
    newcomer = unique_id("new")
    await store.suggested([_suggested(s, buyer, T0 + timedelta(hours=1)) for s in [*suppliers, newcomer]], live_ids)
    assert asked[1] == {buyer, newcomer}
    assert await pairs.count_documents({"buyer_id": buyer}) == 21


async def test_the_registry_indexes_the_pairs_by_side_for_the_answered_earlier_page_and_erasure(
    registry: object, registry_db: MongoDatabase
) -> None:
    """A started registry (its lifespan) creates them in the background; without them an SME's
    "answered earlier" page and every erasure scanned all pairs of the cluster."""
    wanted = {("supplier_id",), ("buyer_id",)}
    deadline = asyncio.get_running_loop().time() + 60
    while True:
        keys = {tuple(index["key"]) async for index in registry_db[COLLECTION].list_indexes()}
        if wanted <= keys or asyncio.get_running_loop().time() > deadline:
            break
        await asyncio.sleep(0.5)
    assert wanted <= keys
