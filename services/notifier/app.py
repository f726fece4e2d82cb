"""Wires the notifier: the FastAPI app whose lifespan (shared/service_lifecycle.py) owns broker, database, senders."""

from __future__ import annotations

import logging

from fastapi import FastAPI
from faststream.kafka import KafkaBroker

from services.notifier.clock import Clock, SystemClock
from services.notifier.components import build_components
from services.notifier.contact_checks import ContactCheckSender
from services.notifier.delivery_figures import DeliveryFigures
from services.notifier.email_links import register_email_links
from services.notifier.handlers import register_handlers
from services.notifier.legacy import adopt_pending_suggestions
from services.notifier.scheduler import CANCEL_WAIT_S, Scheduler
from services.notifier.settings import Settings
from services.notifier.sme_answers import router as sme_answers_router
from services.notifier.smtp_sender import Sender, SmtpSender
from services.notifier.storage.redrive import FailedDeliveries
from services.notifier.web import attach
from shared.consumer_lag import GroupLagProbe
from shared.events import ContactEmailConfirmedV1, MatchFeedbackV1
from shared.health import common_checks
from shared.kafka_admin import ensure_topics
from shared.metrics import ServiceMetrics
from shared.mongo import close_client, create_client, get_database
from shared.service_lifecycle import Parts, service_lifespan
from shared.settings import comma_separated
from shared.topics import CONTACT_CONFIRMATIONS, EMAIL_LINKS, MATCH_FEEDBACK, MATCH_SUGGESTIONS, SME_PROFILES

log = logging.getLogger(__name__)

# Within the 10 s from SIGTERM to exit (shared/service_lifecycle.py): the consumers' batch in hand
# gets STOP_CONSUMING_S, then the senders' emails in hand SENDERS_GRACE_S, after which a send still
# talking to the mail server is abandoned (its lease brings it back) within CANCEL_WAIT_S.
STOP_CONSUMING_S = 2.0
SENDERS_GRACE_S = 2.5


class KafkaFeedbackPublisher:
    def __init__(self, broker: KafkaBroker) -> None:
        self._broker = broker

    async def publish_feedback(self, event: MatchFeedbackV1) -> None:
        await self._broker.publish(
            event.to_bytes(),
            MATCH_FEEDBACK,
            key=event.suggestion_id.encode("utf-8"),
            headers={
                "event_type": event.event_type,
                "event_id": event.event_id,
                "correlation_id": event.correlation_id,
            },
        )

    async def publish_contact_confirmed(self, event: ContactEmailConfirmedV1) -> None:
        await self._broker.publish(
            event.to_bytes(),
            CONTACT_CONFIRMATIONS,
            key=event.sme_id.encode("utf-8"),
            headers={"event_type": event.event_type, "event_id": event.event_id},
        )


def create_app(
    settings: Settings | None = None, *, clock: Clock | None = None, sender: Sender | None = None
) -> FastAPI:
    """Build the app; nothing connects until the lifespan starts."""
    cfg = settings or Settings()  # link_secret comes from the environment
    metrics = ServiceMetrics(cfg.service_name)

    async def start_parts(app: FastAPI, parts: Parts) -> None:
        await parts.start("kafka topics", lambda: ensure_topics(cfg.kafka.bootstrap_servers))
        client = create_client(
            cfg.mongo.url,
            max_pool_size=cfg.mongo.max_pool_size,
            query_stats_interval_s=cfg.mongo.query_stats_interval_s,
        )
        await parts.start("mongodb", stop=lambda: close_client(client))
        broker = KafkaBroker(
            comma_separated(cfg.kafka.bootstrap_servers),
            client_id=cfg.service_name,
            middlewares=[metrics.kafka_middleware()],
            # A batch still being stored at shutdown gets this long; cut off, it is not acknowledged
            # (manual acks) and is consumed again at the next start.
            graceful_timeout=STOP_CONSUMING_S,
        )
        db = get_database(client, cfg.database_name)
        components = build_components(
            cfg,
            db,
            clock=clock or SystemClock(),
            sender=sender or SmtpSender(cfg.smtp),
            feedback=KafkaFeedbackPublisher(broker),
            metrics=metrics,
        )
        metrics.gauge_of(
            "emails_pending",
            "Emails handed to this replica's senders and not sent yet",
            lambda: components.worklist.sends_waiting,
        )
        # Both groups: the main one and the link requests' own (`register_email_links` names it).
        groups = {cfg.group_id: (SME_PROFILES, MATCH_SUGGESTIONS), f"{cfg.group_id}.email-links": (EMAIL_LINKS,)}
        lag = GroupLagProbe(cfg.kafka.bootstrap_servers, groups)
        for group in lag.groups:
            metrics.watch_lag(lag.lag_of(group), group)
        metrics.consumes(SME_PROFILES, MATCH_SUGGESTIONS)
        await parts.start("indexes", components.ensure_indexes)
        await parts.start("adopt pending suggestions", lambda: adopt_pending_suggestions(db, components.clock.now()))
        scheduler = Scheduler(components)
        figures = DeliveryFigures(FailedDeliveries(db), cfg.sweep_interval_s)
        contact_checks = ContactCheckSender(components)
        metrics.registry.register(figures)
        register_handlers(broker, components)
        register_email_links(broker, components, db)

        async def readiness() -> dict[str, bool]:
            return {**await common_checks(client, broker.ping), "scheduler": scheduler.running}

        app.state.components = components
        app.state.readiness = readiness
        # Stopped in reverse: the consumers stop fetching first, then the senders finish the
        # emails in hand, then the database closes.
        await parts.start(
            "senders",
            scheduler.start,
            stop=lambda: scheduler.stop(grace_s=SENDERS_GRACE_S),
            stop_within_s=SENDERS_GRACE_S + CANCEL_WAIT_S + 0.5,
        )
        await parts.start("contact checks", contact_checks.start, stop=contact_checks.stop)
        await parts.start("delivery figures", figures.start, stop=figures.stop)
        await parts.start("consumer lag probe", lag.start, stop=lag.stop)
        await parts.start("consumers", broker.start, stop=broker.stop, stop_within_s=STOP_CONSUMING_S + 1.0)
        log.info("consuming", extra={"database": cfg.database_name, "group_id": cfg.group_id})

    app = FastAPI(title="ClusterLink notifier", lifespan=service_lifespan(cfg.service_name, start_parts))

    async def readiness_of_app() -> dict[str, bool]:
        check = getattr(app.state, "readiness", None)
        return await check() if check else {**await common_checks(None, None), "scheduler": False}

    attach(app, readiness_of_app)
    app.include_router(sme_answers_router)
    metrics.attach(app)
    return app
