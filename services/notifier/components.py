"""Everything the use cases need, wired once: real adapters in the app, the same door in tests."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from services.notifier.clock import Clock
from services.notifier.contact_check_store import ContactCheckRepository
from services.notifier.links import LinkBuilder
from services.notifier.metrics import NotifierMetrics
from services.notifier.planning import SendingRules
from services.notifier.rendering import Renderer
from services.notifier.settings import Settings
from services.notifier.smtp_sender import Sender
from services.notifier.storage.by_id import ById
from services.notifier.storage.claims import ClaimRegistry
from services.notifier.storage.deliveries import DeliveryRepository
from services.notifier.storage.pairs import PairRepository
from services.notifier.storage.planning import PlanningRepository
from services.notifier.storage.recipients import RecipientRepository
from services.notifier.storage.suggestions import SuggestionRepository
from services.notifier.storage.waiting import WaitingRepository
from services.notifier.tokens import LinkSigner
from services.notifier.worklist import Worklist
from shared.events import ContactEmailConfirmedV1, MatchFeedbackV1
from shared.metrics import ServiceMetrics
from shared.mongo import MongoDatabase


class FeedbackPublisher(Protocol):
    async def publish_feedback(self, event: MatchFeedbackV1) -> None: ...

    async def publish_contact_confirmed(self, event: ContactEmailConfirmedV1) -> None: ...


@dataclass
class Components:
    settings: Settings
    clock: Clock
    rules: SendingRules
    claims: ClaimRegistry
    planning: PlanningRepository
    recipients: RecipientRepository
    suggestions: SuggestionRepository
    deliveries: DeliveryRepository
    pairs: PairRepository
    waiting: WaitingRepository
    worklist: Worklist
    renderer: Renderer
    signer: LinkSigner
    links: LinkBuilder
    sender: Sender
    feedback: FeedbackPublisher
    metrics: NotifierMetrics
    contact_checks: ContactCheckRepository
    # Set when new address checks are stored, so their sender need not wait for its next look.
    contact_checks_added: asyncio.Event = field(default_factory=asyncio.Event)

    async def ensure_indexes(self) -> None:
        for repo in (
            self.claims,
            self.planning,
            self.recipients,
            self.suggestions,
            self.deliveries,
            self.pairs,
            self.waiting,
            self.contact_checks,
        ):
            await repo.ensure_indexes()


def sending_rules(settings: Settings) -> SendingRules:
    return SendingRules(
        timezone=ZoneInfo(settings.timezone),
        # Equal start and end mean no quiet hours at all.
        quiet_start=settings.quiet_start,
        quiet_end=settings.quiet_end if settings.quiet_hours_enabled else settings.quiet_start,
        digest_time=settings.digest_time,
        weekly_digest_weekday=settings.weekly_digest_weekday,
        daily_cap=settings.daily_cap,
        instant_gather=timedelta(seconds=settings.instant_gather_s),
    )


def build_components(
    settings: Settings,
    db: MongoDatabase,
    *,
    clock: Clock,
    sender: Sender,
    feedback: FeedbackPublisher,
    metrics: ServiceMetrics | None = None,
) -> Components:
    signer = LinkSigner(settings.link_key_ring())
    by_id = ById(settings.lookup_concurrency)
    claims = ClaimRegistry(db, by_id)
    return Components(
        settings=settings,
        clock=clock,
        rules=sending_rules(settings),
        claims=claims,
        planning=PlanningRepository(db, claims, by_id),
        recipients=RecipientRepository(db, by_id),
        suggestions=SuggestionRepository(db, by_id),
        deliveries=DeliveryRepository(db, claims, by_id),
        pairs=PairRepository(db, by_id),
        waiting=WaitingRepository(db),
        worklist=Worklist(),
        renderer=Renderer(),
        signer=signer,
        links=LinkBuilder(
            signer,
            settings.public_base_url,
            answer_ttl=timedelta(days=settings.accept_link_ttl_days),
            unsubscribe_ttl=timedelta(days=settings.unsubscribe_link_ttl_days),
        ),
        sender=sender,
        feedback=feedback,
        metrics=NotifierMetrics.on(metrics or ServiceMetrics(settings.service_name)),
        contact_checks=ContactCheckRepository(db),
    )
