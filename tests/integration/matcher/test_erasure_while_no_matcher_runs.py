"""An erasure written while no matcher replica runs still reaches the matcher's stored lists and
declines: the replica that starts later deletes them and drops the SME from its partners' lists."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from bson import json_util

from clusterlink.localinfra import Endpoints
from services.matcher.decline_repository import COLLECTION as DECLINES
from services.matcher.list_repository import COLLECTION as LISTS
from shared.events import TOMBSTONE_EVENT_TYPE, MatchFeedbackV1
from shared.mongo import MongoDatabase
from shared.topics import SME_PROFILES
from tests.integration.matcher.conftest import make_profile, matcher_settings, running_matcher, scoped_engine, words

pytestmark = pytest.mark.integration


async def _documents_naming(db: MongoDatabase, sme_id: str) -> list[dict[str, Any]]:
    found = [doc async for doc in db[LISTS].find({})] + [doc async for doc in db[DECLINES].find({})]
    return [doc for doc in found if sme_id in json_util.dumps(doc)]


async def _wait_for(check: Any, timeout_s: float = 60.0) -> None:
    async with asyncio.timeout(timeout_s):
        while not await check():  # noqa: ASYNC110 (no event to wait on)
            await asyncio.sleep(0.2)


async def test_a_matcher_started_after_the_tombstone_deletes_the_erased_sme_s_lists_and_declines(
    infra: Endpoints, uid: str
) -> None:
    settings = matcher_settings(infra, group_id=f"matcher-late-erasure-{uid}", db_name=f"lateerase{uid}")
    gone = make_profile(f"eg-{uid}", offers=(words(uid, "hemp canvas"),), needs=(words(uid, "raw hemp fibre"),))
    other = make_profile(f"eo-{uid}", offers=(words(uid, "hemp canvas rolls"),))
    buyer = make_profile(f"eb-{uid}", needs=(words(uid, "hemp canvas"),))
    grower = make_profile(f"er-{uid}", offers=(words(uid, "raw hemp fibre"),))
    decliner = make_profile(f"ed-{uid}", needs=(words(uid, "hemp canvas"),))

    async with running_matcher(infra, settings, scoped_engine()) as first:
        for profile in (gone, other, buyer, grower, decliner):
            await first.publish_profile(profile)
        await first.wait_for_list(buyer.id, "suppliers", lambda ids: {gone.id, other.id} <= set(ids))
        await first.publish_feedback(
            MatchFeedbackV1(
                suggestion_id=f"sg-{uid}", supplier_id=gone.id, buyer_id=decliner.id, by_sme_id=decliner.id,
                decision="decline",
            )
        )  # fmt: skip

        async def stored() -> bool:
            docs = await _documents_naming(first.db, gone.id)
            own = {doc.get("direction") for doc in docs if doc.get("sme_id") == gone.id}
            declined = any(doc.get("supplier_id") == gone.id for doc in docs)
            held = any(doc.get("sme_id") == buyer.id for doc in docs)
            return own == {"suppliers", "buyers"} and declined and held

        await _wait_for(stored)
    db = first.db

    # Erased while no matcher runs: the registry's tombstone (no value; its version in a header).
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    try:
        headers = [("event_type", TOMBSTONE_EVENT_TYPE.encode()), ("version", b"2")]
        await producer.send_and_wait(SME_PROFILES, None, key=gone.id.encode(), headers=headers)
    finally:
        await producer.stop()

    async with running_matcher(infra, settings, scoped_engine(), new_group=False) as second:

        async def forgotten() -> bool:
            return not await _documents_naming(second.db, gone.id)

        await _wait_for(forgotten)
        # The partners' lists were rewritten without it, not deleted.
        partners = await second.wait_for_list(buyer.id, "suppliers", lambda ids: True)
        assert other.id in partners and gone.id not in partners
        assert [doc async for doc in second.db[LISTS].find({"sme_id": buyer.id})]
        assert gone.id not in second.runtime.live.known_ids
        assert not second.runtime.live.is_declined(gone.id, decliner.id)
    assert db.name == second.db.name
