"""The registry's one wiring point: `create_app(settings)` builds the FastAPI app.

Nothing connects at import or construction time; the lifespan (the one path of
every service, `shared/service_lifecycle.py`) opens the MongoDB client, connects
Kafka in the background (writes are accepted while Kafka is away: the outbox
keeps them), starts the outbox relay and the two consumers, and stops them in
reverse on shutdown: consumers and relay first, the producer, then the database.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from fastapi import FastAPI

from services.registry.api import problems, routes_bulk, routes_profiles
from services.registry.api.body_limit import BodySizeLimit
from services.registry.api.deps import RegistryContext
from services.registry.auth import Authenticator
from services.registry.bulk_import import Importer
from services.registry.confirmations import ContactConfirmations
from services.registry.dashboard import IMPORT_PATH as DASHBOARD_IMPORT_PATH
from services.registry.dashboard import install as install_dashboard
from services.registry.dashboard.funnel_feed import FunnelFeed, live_ids_in
from services.registry.dashboard.funnel_store import FunnelStore
from services.registry.dashboard.parts import DashboardParts
from services.registry.leases import BucketLeases
from services.registry.metrics import RegistryMetrics
from services.registry.pages import install as install_pages
from services.registry.pages.answer_states import AnswerStates
from services.registry.pages.guard import page_signer_for
from services.registry.pages.store import PageStore
from services.registry.publisher import KafkaEventPublisher, create_broker
from services.registry.relay import RELAY_PAGE, Relay
from services.registry.relay_store import RelayStore
from services.registry.repository import ProfileRepository
from services.registry.service import Registry
from services.registry.settings import SERVICE_NAME, Settings
from shared.consumer_lag import GroupLagProbe, run_probed
from shared.consumer_retry import RetryPolicy
from shared.health import common_checks, health_router
from shared.metrics import ServiceMetrics
from shared.mongo import close_client, create_client, get_database
from shared.service_lifecycle import Parts, service_lifespan
from shared.topics import CONTACT_CONFIRMATIONS, MATCH_FEEDBACK, MATCH_SUGGESTIONS, SME_PROFILES

log = logging.getLogger(__name__)

_INDEX_RETRY_S = 5.0


async def _ensure_indexes(repository: ProfileRepository, funnel: FunnelStore) -> None:
    # Indexes only speed things up, so a database that is late does not stop the start.
    while True:
        try:
            await repository.ensure_indexes()
            await funnel.ensure_indexes()
            return
        except Exception:
            log.warning("could not create indexes yet; retrying", exc_info=True)
            await asyncio.sleep(_INDEX_RETRY_S)


def _ignore(_: str | None = None) -> None:
    """Used when the relay is switched off: changes stay pending in the outbox."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    metrics = ServiceMetrics("registry")

    async def start_parts(app: FastAPI, parts: Parts) -> None:
        mongo = create_client(
            settings.mongo.url,
            timeout_ms=settings.mongo_timeout_ms,
            max_pool_size=settings.mongo.max_pool_size,
            query_stats_interval_s=settings.mongo.query_stats_interval_s,
        )
        await parts.start("mongodb", stop=lambda: close_client(mongo))
        database = get_database(mongo, settings.database_name)
        repository = ProfileRepository(database)
        publisher = KafkaEventPublisher(
            create_broker(
                settings.kafka.bootstrap_servers, settings.kafka_request_timeout_ms, [metrics.kafka_middleware()]
            ),
            settings.kafka.bootstrap_servers,
        )
        relay = Relay(
            RelayStore(database),
            BucketLeases(database, owner=settings.replica_id, lease_s=settings.relay_lease_s),
            publisher,
            send_deadline_s=settings.relay_send_deadline_s,
            poll_interval_s=settings.relay_poll_interval_s,
            batch_size=settings.relay_batch_size,
            metrics=RegistryMetrics.on(metrics, RELAY_PAGE),
        )
        on_change = relay.notify if settings.relay_enabled else _ignore
        registry = Registry(repository, on_change=on_change)
        app.state.context = RegistryContext(
            settings=settings,
            registry=registry,
            importer=Importer(repository, on_change, batch_size=settings.import_batch_size),
            authenticator=Authenticator(
                settings.coordinator_key_hashes,
                repository.token_hash,
                page_signer_for(app, settings).access_sme_id,  # signed-in entrepreneurs' pages
            ),
        )
        app.state.pages_store = PageStore(database)
        app.state.pages_answers = AnswerStates(database)
        app.state.pages_mail = publisher
        app.state.ready_checks = lambda: common_checks(mongo, publisher.ping)
        app.state.dashboard = dashboard = DashboardParts.build(database, settings)
        await parts.start("dashboard", stop=dashboard.close)

        # Writes are accepted while the database or Kafka is away (the outbox keeps them), so
        # neither is waited for: indexes and the producer come up in the background.
        await parts.background("indexes", lambda: _ensure_indexes(repository, dashboard.funnel))
        await parts.start("kafka producer", stop=publisher.close)
        await parts.background("kafka connection", publisher.connect_until_done)
        if not settings.relay_enabled:
            log.warning("the outbox relay is off: changes are stored but not published")
            return
        await parts.background("outbox relay", relay.run)
        # Confirmed contact addresses become new versions, published by the relay.
        # Both consumers retry and dead-letter as every consumer does (decision 0013).
        retry = RetryPolicy.of(settings.consumer_retry)
        counted = {"dead_lettered": metrics.dead_lettered, "retries": metrics.consumer_retries}
        metrics.consumes(CONTACT_CONFIRMATIONS, MATCH_SUGGESTIONS, MATCH_FEEDBACK, SME_PROFILES)
        confirmations = ContactConfirmations(
            registry, settings.kafka.bootstrap_servers, settings.group_id, retry=retry, **counted
        )
        await parts.background("contact confirmations consumer", confirmations.run)
        # The dashboard's funnel: its own read model of what the matcher and the notifier publish.
        funnel_group = f"{settings.group_id}-funnel"
        funnel = FunnelFeed(dashboard.funnel, live_ids_in(repository), settings.kafka.bootstrap_servers,
                            funnel_group, retry=retry, **counted)  # fmt: skip
        # Both consumer groups' lag, measured while the consumers run (and stopped with the last of them).
        groups = {
            settings.group_id: (CONTACT_CONFIRMATIONS,),
            funnel_group: (MATCH_SUGGESTIONS, MATCH_FEEDBACK, SME_PROFILES),
        }
        lag = GroupLagProbe(settings.kafka.bootstrap_servers, groups)
        for group in lag.groups:
            metrics.watch_lag(lag.lag_of(group), group)
        await parts.background("funnel consumer", lambda: run_probed(lag, funnel.run))

    app = FastAPI(
        title="ClusterLink registry",
        version="1.0.0",
        summary="SME profiles of the Health and Wellness Economy textile cluster",
        lifespan=service_lifespan(SERVICE_NAME, start_parts),
    )
    problems.install(app)
    app.add_middleware(
        BodySizeLimit,
        default_limit=settings.max_body_bytes,
        limits={routes_bulk.IMPORT_PATH: settings.max_import_bytes, DASHBOARD_IMPORT_PATH: settings.max_import_bytes},
    )
    app.include_router(routes_profiles.router)
    app.include_router(routes_bulk.router)

    async def readiness() -> Mapping[str, bool]:
        checks = getattr(app.state, "ready_checks", None)
        return await checks() if checks else await common_checks(None, None)

    app.include_router(health_router(readiness, "MongoDB and Kafka are reachable"))
    install_dashboard(app)
    install_pages(app)
    metrics.attach(app)
    return app
