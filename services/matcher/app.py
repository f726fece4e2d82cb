"""Wires the matcher: Mongo, the feed, the group member, the refitter, HTTP (see docs/decisions/0010)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, status
from faststream.kafka import KafkaBroker

from services.matcher.api import COVERAGE_PATH, MAX_BODY_BYTES, MAX_COVERAGE_BODY_BYTES, build_router
from services.matcher.burst import BurstHold
from services.matcher.dead_letters import FeedDeadLetters
from services.matcher.decline_repository import DeclineRepository
from services.matcher.engine_adapter import default_engine
from services.matcher.engine_workers import CollectorPauses
from services.matcher.feed import Feed
from services.matcher.links_api import build_links_router
from services.matcher.list_keeper import ListKeeper
from services.matcher.list_repository import ListRepository
from services.matcher.live_index import Engine, LiveIndex
from services.matcher.metrics import MatcherMetrics
from services.matcher.ownership import ListOwnership
from services.matcher.ranked_lists import Direction, RankedList
from services.matcher.refit import Refitter
from services.matcher.settings import Settings
from services.matcher.suggestions import SuggestionPublisher
from shared.body_limit import BodySizeLimit
from shared.health import common_checks, health_router
from shared.kafka_admin import ensure_topics
from shared.metrics import ServiceMetrics
from shared.mongo import MongoClient, close_client, create_client, get_database
from shared.service_lifecycle import Parts, service_lifespan
from shared.settings import comma_separated
from shared.topics import MATCH_FEEDBACK, SME_PROFILES

log = logging.getLogger(__name__)

# The batch in hand at SIGTERM may take this long to be published and stored; cut off, it is
# told again by whoever owns its lists next (a full pass), and the group member still leaves.
FEED_STOP_S = 5.0


async def _stop_feed(feed: Feed) -> None:
    # Shielded: a cancelled `Feed.stop` would leave the feed's task retrying its batch against a
    # closed database. Given up on, it goes on alone and ends the task at its own grace.
    await asyncio.shield(feed.stop())


async def _ensure_indexes(lists: ListRepository, declines: DeclineRepository) -> None:
    await lists.ensure_indexes()
    await declines.ensure_indexes()


@dataclass
class Runtime:
    """What the lifespan started; kept on `app.state.runtime` for readiness and tests."""

    mongo: MongoClient
    lists: ListRepository
    broker: KafkaBroker
    feed: Feed
    live: LiveIndex
    keeper: ListKeeper
    ownership: ListOwnership
    refitter: Refitter


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """Three tasks: the feed fills the index and hands each fetch to the keeper; the group
    member, joined once the index caught up, says which lists the keeper keeps; the periodic
    refit asks the keeper for a full pass (see docs/decisions/0010)."""
    settings = settings or Settings()
    metrics = ServiceMetrics("matcher")
    matcher_metrics = MatcherMetrics.on(metrics)

    async def start_parts(app: FastAPI, parts: Parts) -> None:
        bootstrap = settings.kafka.bootstrap_servers
        await parts.start("kafka topics", lambda: ensure_topics(bootstrap))
        mongo = create_client(
            settings.mongo.url,
            max_pool_size=settings.mongo.max_pool_size,
            query_stats_interval_s=settings.mongo.query_stats_interval_s,
        )
        await parts.start("mongodb", stop=lambda: close_client(mongo))
        db = get_database(mongo, settings.database_name)
        lists, declines = ListRepository(db), DeclineRepository(db)
        await parts.start("indexes", lambda: _ensure_indexes(lists, declines))

        live = LiveIndex(engine or default_engine(settings.fit_jobs), settings.k)
        for supplier_id, buyer_id in await declines.all_pairs():  # those older than the topic's retention
            live.decline(supplier_id, buyer_id)
        broker = KafkaBroker(comma_separated(bootstrap), client_id="matcher", middlewares=[metrics.kafka_middleware()])
        ownership = ListOwnership(
            bootstrap,
            settings.group_id,
            session_timeout_ms=settings.kafka_session_timeout_ms,
            heartbeat_interval_ms=settings.kafka_heartbeat_interval_ms,
        )
        suggestions = SuggestionPublisher(bootstrap)
        keeper = ListKeeper(
            live,
            lists,
            declines,
            suggestions,
            # The feed reads outside any group; the group id names this matcher deployment.
            FeedDeadLetters(db, broker, metrics.dead_lettered, consumer=settings.group_id),
            lambda: ownership.owned,
            history_before=await lists.first_used_at(),
            metrics=matcher_metrics,
        )
        refitter = Refitter(live, on_refitted=keeper.after_refit)
        burst = BurstHold(settings.burst_records, settings.burst_idle_s, settings.burst_max_hold_s)
        feed = Feed(bootstrap, live, refitter, retries=metrics.consumer_retries, burst=burst)
        metrics.gauge_of("profiles_indexed", "SME profiles in this replica's index", lambda: len(live))
        metrics.watch_lag(feed.lag)
        metrics.consumes(SME_PROFILES, MATCH_FEEDBACK)

        async def own_lists() -> None:
            # Joined only with a full index: lists computed from less would announce wrong news.
            await ownership.start(keeper.partitions_gained, keeper.partitions_lost)

        # Stopped in reverse: the refit, then the feed, whose batch in hand is published and stored
        # while this replica still owns its lists; only then does it leave the group.
        pauses = CollectorPauses(observe=matcher_metrics.collector_pause_seconds.observe)
        await parts.start("collector pauses", pauses.install, stop=pauses.remove)
        await parts.start("dead-letter producer", broker.start, stop=broker.stop)
        await parts.start("suggestions producer", suggestions.start, stop=suggestions.stop)
        await parts.start("list ownership", stop=ownership.stop)  # the feed joins the group once caught up
        await parts.start(
            "profile feed",
            lambda: feed.start(keeper.on_batch, on_caught_up=own_lists),
            stop=lambda: _stop_feed(feed),
            stop_within_s=FEED_STOP_S,
        )
        await parts.start(
            "refit",
            lambda: refitter.start(
                settings.refit_interval_s,
                settings.refit_min_changes,
                feed.caught_up,
                min_share=settings.refit_min_share,
                max_wait_s=settings.refit_max_wait_s,
            ),
            stop=refitter.stop,
        )
        app.state.runtime = Runtime(mongo, lists, broker, feed, live, keeper, ownership, refitter)

    app = FastAPI(
        title="ClusterLink matcher",
        version="1",
        description="Suggests supplier→buyer pairs among the cluster's SMEs and serves their top-k lists.",
        lifespan=service_lifespan("matcher", start_parts),
    )

    async def readiness() -> dict[str, bool]:
        runtime: Runtime | None = getattr(app.state, "runtime", None)
        if runtime is None:
            return {**await common_checks(None, None), "index": False}
        checks = await common_checks(runtime.mongo, runtime.broker.ping)
        return {**checks, "index": runtime.feed.running and runtime.feed.caught_up.is_set()}

    # Reads need a coordinator key or the SME's own token (services.matcher.api).
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

    metrics.attach(app)
    app.add_middleware(BodySizeLimit, default_limit=MAX_BODY_BYTES, limits={COVERAGE_PATH: MAX_COVERAGE_BODY_BYTES})
    app.include_router(health_router(readiness, "Database reachable, broker connected, index caught up"))
    app.include_router(build_router(lists, index_list, index_ready, settings.access))
    app.include_router(
        build_links_router(lambda: app.state.runtime.live.live_ids(), index_list, index_ready, settings.access)
    )
    return app
