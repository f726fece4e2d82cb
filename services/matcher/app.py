"""Wires the matcher: Mongo, the profile feed, the Kafka consumers, background tasks, HTTP."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, status
from faststream.kafka import KafkaBroker

from services.matcher.api import build_router
from services.matcher.background import BackgroundTasks
from services.matcher.decline_repository import DeclineRepository
from services.matcher.engine_adapter import default_engine
from services.matcher.handlers import register_handlers
from services.matcher.list_repository import ListRepository
from services.matcher.live_index import Engine, LiveIndex
from services.matcher.matching import MatchingService
from services.matcher.ownership import PartitionOwnership
from services.matcher.profile_feed import ProfileFeed
from services.matcher.ranked_lists import Direction, RankedList
from services.matcher.reconciler import Reconciler
from services.matcher.refit import Refitter
from services.matcher.settings import Settings
from services.matcher.suggestions import SuggestionPublisher
from shared.kafka_admin import ensure_topics
from shared.mongo import MongoClient, create_client, get_database, ping

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """What the lifespan started; kept on `app.state.runtime` for readiness and tests."""

    mongo: MongoClient
    lists: ListRepository
    broker: KafkaBroker
    feed: ProfileFeed
    live: LiveIndex
    service: MatchingService
    ownership: PartitionOwnership
    refitter: Refitter


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        bootstrap = settings.kafka.bootstrap_servers
        await ensure_topics(bootstrap)
        mongo = create_client(settings.mongo.url, query_stats_interval_s=settings.mongo.query_stats_interval_s)
        db = get_database(mongo, settings.database_name)
        lists, declines = ListRepository(db), DeclineRepository(db)
        await lists.ensure_indexes()
        await declines.ensure_indexes()

        live = LiveIndex(engine or default_engine(settings.fit_jobs), settings.k)
        refitter = Refitter(live)
        feed = ProfileFeed(bootstrap, live, refitter)
        broker = KafkaBroker(bootstrap, client_id="matcher")
        service = MatchingService(
            live,
            feed,
            lists,
            declines,
            SuggestionPublisher(broker),
            catch_up_timeout_s=settings.catch_up_timeout_s,
        )
        service.history_before = await lists.first_used_at()
        tasks = BackgroundTasks()

        ownership = PartitionOwnership(lambda new: reconciler.request("assigned", new))
        reconciler = Reconciler(service, live, ownership, feed.caught_up)

        async def after_refit(reason: str) -> None:
            reconciler.request(f"refit:{reason}")

        refitter.add_listener(after_refit)
        register_handlers(broker, service, ownership, settings)

        await service.load_declines()  # before the first fit, so it already excludes them
        await feed.start()
        await broker.start()
        tasks.spawn(
            refitter.run_periodically(settings.refit_interval_s, settings.refit_min_changes, feed.caught_up),
            "periodic-refit",
        )
        tasks.spawn(_sync_declines(service, settings.decline_sync_interval_s), "decline-sync")
        tasks.spawn(reconciler.run(), "reconciler")
        app.state.runtime = Runtime(mongo, lists, broker, feed, live, service, ownership, refitter)
        try:
            yield
        finally:
            await tasks.cancel_all()
            await broker.stop()
            await feed.stop()
            mongo.close()

    app = FastAPI(
        title="ClusterLink matcher",
        version="1",
        description="Suggests supplier→buyer pairs among the cluster's SMEs and serves their top-k lists.",
        lifespan=lifespan,
    )

    async def readiness() -> dict[str, bool]:
        runtime: Runtime | None = getattr(app.state, "runtime", None)
        if runtime is None:
            return {"mongo": False, "broker": False, "index": False}
        try:
            await asyncio.wait_for(ping(runtime.mongo), timeout=2.0)
            mongo_ok = True
        except Exception:
            mongo_ok = False
        broker_ok = await runtime.broker.ping(timeout=2.0)
        index_ok = runtime.feed.running and runtime.feed.caught_up.is_set()
        return {"mongo": mongo_ok, "broker": broker_ok, "index": index_ok}

    # Lists are public-profile level (ids, scores, reasons; no contacts); reads are open for now.
    def lists() -> ListRepository:
        runtime: Runtime | None = getattr(app.state, "runtime", None)
        if runtime is None:
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail="starting up")
        return runtime.lists

    def index_ready() -> bool:
        runtime: Runtime | None = getattr(app.state, "runtime", None)
        return runtime is not None and runtime.feed.caught_up.is_set()

    def index_list(sme_id: str, direction: Direction) -> RankedList | None:
        runtime: Runtime = app.state.runtime
        return runtime.live.ranked(sme_id, direction) if sme_id in runtime.live else None

    app.include_router(build_router(lists, index_list, index_ready, readiness))
    return app


async def _sync_declines(service: MatchingService, interval_s: float) -> None:
    """Apply declines handled by other replicas to this replica's index."""
    while True:
        await asyncio.sleep(interval_s)
        try:
            await service.load_declines()
        except Exception:
            log.warning("could not load declines; retrying", exc_info=True)
