"""The matcher running in-process against the real broker and database.

Each module gets its own consumer group and database prefix, so a run never
resumes another run's offsets or reads its lists. The topics are the real,
shared ones: other SMEs may be in them, so tests use unique ids and words.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from fastapi import FastAPI

from clusterlink.localinfra import Endpoints
from services.matcher.app import Runtime, create_app
from services.matcher.engine_adapter import default_engine
from services.matcher.live_index import Engine, EngineIndex, EngineMatch
from services.matcher.settings import Settings
from shared.access import AccessSettings
from shared.credentials import hash_secret
from shared.events import (
    TOMBSTONE_EVENT_TYPE,
    MatchFeedbackV1,
    MatchSuggestedV1,
    SmeProfileChangedV1,
    SmeProfileV1,
)
from shared.mongo import MongoDatabase, create_client, get_database
from shared.settings import KafkaSettings, MongoSettings
from shared.topics import MATCH_FEEDBACK, MATCH_SUGGESTIONS, SME_PROFILES, dead_letter
from tests.conftest import SESSION_DB_PREFIX
from tests.unit.matcher_service.overlap_engine import overlap_engine

# Every SME this test session creates has this prefix; the test engine matches no other
# SME, so profiles left on the shared topic by others (or earlier runs) are replayed but
# never suggested.
TEST_ID_PREFIX = f"mt{uuid.uuid4().hex[:6]}-"
COORDINATOR_KEY = "clk_test_" + uuid.uuid4().hex  # the recommendations need a credential


def scoped_engine() -> Engine:
    return overlap_engine(only_prefix=TEST_ID_PREFIX)


def make_profile(
    sme_id: str, *, offers: tuple[str, ...] = (), needs: tuple[str, ...] = (), **extra: Any
) -> SmeProfileV1:
    fields: dict[str, Any] = {
        "id": f"{TEST_ID_PREFIX}{sme_id}",
        "name": f"Test SME {sme_id}",
        "sub_cluster": "hemp_natural_fibre",
        "stage": "midstream",
        "province": "Loei",
        "offers": offers,
        "needs": needs,
        "contact_email": f"{sme_id}@test.example",
        "language": "en",
    }
    fields.update(extra)
    return SmeProfileV1(**fields)


def words(uid: str, text: str) -> str:
    """Make every word unique to one test, so SMEs left by earlier runs never match."""
    return " ".join(f"{w}{uid}" for w in text.split())


class TopicTail:
    """Reads everything published to a topic after it started."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
        self._topic = topic
        self.records: list[Any] = []

    async def start(self) -> None:
        await self._consumer.start()
        cluster = await self._consumer._client.fetch_all_metadata()
        partitions = cluster.partitions_for_topic(self._topic)
        assert partitions, f"topic {self._topic} does not exist"
        tps = [TopicPartition(self._topic, p) for p in partitions]
        self._consumer.assign(tps)
        await self._consumer.seek_to_end(*tps)
        for tp in tps:  # resolve the lazy seek now, before anything is published
            await self._consumer.position(tp)

    async def stop(self) -> None:
        await self._consumer.stop()

    async def wait_for(self, predicate: Callable[[Any], bool], timeout_s: float = 30.0) -> list[Any]:
        """Every record so far that matches, once at least one does."""
        async with asyncio.timeout(timeout_s):
            while True:
                batches = await self._consumer.getmany(timeout_ms=200)
                for records in batches.values():
                    self.records.extend(records)
                found = [r for r in self.records if predicate(r)]
                if found:
                    return found

    async def drain(self, seconds: float) -> None:
        """Collect for a while (to show that something did NOT arrive)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        while loop.time() < end:
            batches = await self._consumer.getmany(timeout_ms=200)
            for records in batches.values():
                self.records.extend(records)


def suggestions_in(tail: TopicTail) -> list[MatchSuggestedV1]:
    return [MatchSuggestedV1.model_validate_json(r.value) for r in tail.records if r.value]


async def publish_profile(
    producer: AIOKafkaProducer, profile: SmeProfileV1, version: int = 1, correlation_id: str | None = None
) -> SmeProfileChangedV1:
    """What the registry publishes for a created or changed profile."""
    event = SmeProfileChangedV1(
        sme_id=profile.id, version=version, profile=profile, correlation_id=correlation_id or str(uuid.uuid4())
    )
    await producer.send_and_wait(
        SME_PROFILES, event.to_bytes(), key=profile.id.encode(), headers=[("event_type", event.event_type.encode())]
    )
    return event


@dataclass
class MatcherUnderTest:
    app: FastAPI
    settings: Settings
    producer: AIOKafkaProducer
    http: httpx.AsyncClient
    db: MongoDatabase
    bootstrap: str

    @property
    def runtime(self) -> Runtime:
        runtime: Runtime = self.app.state.runtime
        return runtime

    async def publish_profile(
        self, profile: SmeProfileV1, version: int = 1, correlation_id: str | None = None
    ) -> SmeProfileChangedV1:
        return await publish_profile(self.producer, profile, version, correlation_id)

    async def publish_erasure(self, sme_id: str, version: int) -> None:
        headers = [
            ("event_type", TOMBSTONE_EVENT_TYPE.encode()),
            ("event_id", str(uuid.uuid4()).encode()),
            ("correlation_id", str(uuid.uuid4()).encode()),
            ("version", str(version).encode()),
        ]
        await self.producer.send_and_wait(SME_PROFILES, None, key=sme_id.encode(), headers=headers)

    async def publish_raw(self, topic: str, key: bytes | None, value: bytes | None) -> None:
        await self.producer.send_and_wait(topic, value, key=key)

    async def publish_feedback(self, feedback: MatchFeedbackV1) -> None:
        await self.producer.send_and_wait(MATCH_FEEDBACK, feedback.to_bytes(), key=feedback.suggestion_id.encode())

    async def recommendations(self, sme_id: str, direction: str, k: int = 10) -> httpx.Response:
        return await self.http.get(
            f"/v1/smes/{sme_id}/recommendations",
            params={"direction": direction, "k": k},
            headers={"Authorization": f"Bearer {COORDINATOR_KEY}"},
        )

    async def wait_for_list(
        self, sme_id: str, direction: str, predicate: Callable[[list[str]], bool], timeout_s: float = 30.0
    ) -> list[str]:
        """Partner ids of the stored list once `predicate` holds for them."""
        async with asyncio.timeout(timeout_s):
            while True:
                response = await self.recommendations(sme_id, direction, k=50)
                partners = [i["partner_id"] for i in response.json()["items"]] if response.status_code == 200 else []
                if response.status_code == 200 and predicate(partners):
                    return partners
                await asyncio.sleep(0.2)

    async def wait_until_gone(self, sme_id: str, timeout_s: float = 30.0) -> None:
        async with asyncio.timeout(timeout_s):
            while (await self.recommendations(sme_id, "suppliers")).status_code != 404:  # noqa: ASYNC110
                await asyncio.sleep(0.2)


async def commit_group_at_end(bootstrap: str, group_id: str, topics: tuple[str, ...]) -> None:
    """Start a new consumer group where a long-running deployment would be: after the history.

    The shared topics hold every earlier run's events; a new group would otherwise
    work through all of them before it reaches the test's own. (The profile feed
    still replays everything: that does not depend on the group.)
    """
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        cluster = await consumer._client.fetch_all_metadata()
        tps = [TopicPartition(t, p) for t in topics for p in cluster.partitions_for_topic(t) or ()]
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        await consumer.commit({tp: offset for tp, offset in ends.items()})
    finally:
        await consumer.stop()


def matcher_settings(infra: Endpoints, *, group_id: str, db_name: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "group_id": group_id,
        "kafka": KafkaSettings(bootstrap_servers=infra.kafka_bootstrap),
        "mongo": MongoSettings(url=infra.mongodb_url, db_prefix=f"{SESSION_DB_PREFIX}{db_name}_"),
        "kafka_session_timeout_ms": 6000,
        "kafka_heartbeat_interval_ms": 500,
        # New words only count after a refit; refit often so tests do not wait, and for any change:
        # the suite's broker holds every earlier test's SMEs, and a test's few are far below 1% of them.
        "refit_interval_s": 0.5,
        "refit_min_share": 0.0,
        "access": AccessSettings(coordinator_key_hashes=(hash_secret(COORDINATOR_KEY),)),
    }
    values.update(overrides)
    return Settings(**values)


@asynccontextmanager
async def running_matcher(
    infra: Endpoints,
    settings: Settings,
    engine: Engine,
    *,
    wait_for_partitions: bool = True,
    new_group: bool = True,
) -> AsyncIterator[MatcherUnderTest]:
    """The app with its lifespan running; ready once its index caught up (and it owns partitions).

    `new_group=False` joins the group where it stands (a restart, or a second replica).
    """
    if new_group:
        await commit_group_at_end(infra.kafka_bootstrap, settings.group_id, (SME_PROFILES, MATCH_FEEDBACK))
    app = create_app(settings, engine=engine)
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap)
    await producer.start()
    mongo = create_client(infra.mongodb_url)
    try:
        async with app.router.lifespan_context(app):
            runtime: Runtime = app.state.runtime
            async with asyncio.timeout(60):
                await runtime.feed.caught_up.wait()
                while wait_for_partitions and not runtime.ownership.owned:  # noqa: ASYNC110 (no event to wait on)
                    await asyncio.sleep(0.1)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://matcher") as http:
                yield MatcherUnderTest(
                    app,
                    settings,
                    producer,
                    http,
                    get_database(mongo, settings.database_name),
                    infra.kafka_bootstrap,
                )
    finally:
        await producer.stop()
        mongo.close()


@pytest.fixture(scope="module")
async def matcher(infra: Endpoints) -> AsyncIterator[MatcherUnderTest]:
    settings = matcher_settings(infra, group_id=f"matcher-it-{uuid.uuid4().hex[:8]}", db_name="matcher")
    async with running_matcher(infra, settings, scoped_engine()) as m:
        yield m


@pytest.fixture
async def suggestions(infra: Endpoints) -> AsyncIterator[TopicTail]:
    tail = TopicTail(infra.kafka_bootstrap, MATCH_SUGGESTIONS)
    await tail.start()
    yield tail
    await tail.stop()


@pytest.fixture
async def profiles_dlq(infra: Endpoints) -> AsyncIterator[TopicTail]:
    tail = TopicTail(infra.kafka_bootstrap, dead_letter(SME_PROFILES))
    await tail.start()
    yield tail
    await tail.stop()


@pytest.fixture
def uid() -> str:
    return uuid.uuid4().hex[:10]


class _ScopedIndex:
    """The real engine, shown only this session's SMEs (see TEST_ID_PREFIX)."""

    def __init__(self, inner: EngineIndex) -> None:
        self._inner = inner

    def fit(self, profiles: Iterable[Any]) -> Any:
        return self._inner.fit([p for p in profiles if p.id.startswith(TEST_ID_PREFIX)])

    def upsert(self, profile: Any) -> Sequence[EngineMatch]:
        return self._inner.upsert(profile) if profile.id.startswith(TEST_ID_PREFIX) else []

    def remove(self, sme_id: str) -> None:
        if sme_id.startswith(TEST_ID_PREFIX):
            self._inner.remove(sme_id)

    def decline(self, supplier_id: str, buyer_id: str) -> None:
        self._inner.decline(supplier_id, buyer_id)

    def suppliers_of(self, sme_id: str, k: int | None = None) -> Sequence[EngineMatch]:
        return self._inner.suppliers_of(sme_id, k)

    def buyers_of(self, sme_id: str, k: int | None = None) -> Sequence[EngineMatch]:
        return self._inner.buyers_of(sme_id, k)


def scoped_real_engine() -> Engine:
    real = default_engine()
    return Engine(new_index=lambda k: _ScopedIndex(real.new_index(k)), to_profile=real.to_profile)
