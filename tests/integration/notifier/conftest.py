"""Fixtures for the notifier on the real database, broker and an SMTP sink of the project's own.

Use cases and the scheduler steps are driven directly with a fixed clock, so
digest, quiet-hour and retry rules run deterministically against real storage
and a real SMTP conversation; the consumer tests run the whole app.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from pydantic import SecretStr

from clusterlink.localinfra import Endpoints
from services.notifier import intake
from services.notifier.app import KafkaFeedbackPublisher
from services.notifier.clock import FixedClock
from services.notifier.components import Components, build_components
from services.notifier.dispatcher import dispatch_due
from services.notifier.planner import plan_due
from services.notifier.profiles import Erasure, ProfileChange
from services.notifier.settings import Settings, SmtpSettings
from services.notifier.smtp_sender import SmtpSender
from services.notifier.sweep import sweep
from services.notifier.web import attach
from shared.events import (
    MatchSuggestedV1,
    NotificationPreference,
    Reason,
    SmeProfileChangedV1,
    SmeProfileV1,
    suggestion_id,
)
from shared.mongo import create_client, get_database
from shared.rate_limit import FailureLimiter
from shared.settings import KafkaSettings, MongoSettings
from tests.conftest import SESSION_DB_PREFIX
from tests.integration.notifier.sink import PrivateSink
from tests.support.mailbox import messages_to

LINK_SECRET = "it-Zq8Lr2Vx6Pn0Wm4Ks9Bd3Hf7Jt1Yc5Ga"
# A Monday, 10:00 in Bangkok: inside office hours.
MONDAY_10_BANGKOK = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def unique(prefix: str = "nt") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def notifier_settings(infra: Endpoints, sink: PrivateSink, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "link_secret": SecretStr(LINK_SECRET),
        "public_base_url": "http://notifier.test",
        "group_id": unique("notifier-it"),
        "instant_gather_s": 0.0,
        "retry_base_s": 30.0,
        "smtp": SmtpSettings(host="127.0.0.1", port=sink.port, timeout_s=5.0),
        "kafka": KafkaSettings(bootstrap_servers=infra.kafka_bootstrap),
        "mongo": MongoSettings(url=infra.mongodb_url, db_prefix=f"{SESSION_DB_PREFIX}{uuid.uuid4().hex[:6]}_"),
    }
    values.update(overrides)
    return Settings(**values)


def suggestion_event(
    recipient_id: str, partner_id: str, *, recipient_role: str = "buyer", score: float = 0.7, rank: int = 1
) -> MatchSuggestedV1:
    supplier, buyer = (partner_id, recipient_id) if recipient_role == "buyer" else (recipient_id, partner_id)
    return MatchSuggestedV1(
        suggestion_id=suggestion_id(supplier, buyer, 1, 1),
        recipient_id=recipient_id,
        recipient_role=recipient_role,
        supplier_id=supplier,
        buyer_id=buyer,
        supplier_version=1,
        buyer_version=1,
        score=score,
        rank=rank,
        reasons=(
            Reason(
                code="offer_meets_need",
                text_en="offers hand-spun hemp yarn, which the buyer needs",
                text_th="มีเส้นด้ายกัญชงปั่นมือที่ผู้ซื้อต้องการ",
            ),
            Reason(code="distance", text_en="120 km away", text_th="ห่างกัน 120 กม."),
        ),
    )


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[PrivateSink]:
    s = PrivateSink(tmp_path / "mail")
    s.start()
    yield s
    s.stop()


@pytest.fixture(scope="session")
async def feedback_broker(infra: Endpoints) -> AsyncIterator[KafkaBroker]:
    broker = KafkaBroker(infra.kafka_bootstrap)
    await broker.connect()
    yield broker
    await broker.stop()


class Harness:
    """The notifier's use cases on real storage, with a clock the test moves."""

    def __init__(self, components: Components, clock: FixedClock, sink: PrivateSink) -> None:
        self.c = components
        self.clock = clock
        self.sink = sink

    async def plan(self) -> bool:
        """One planning step as the scheduler runs it."""
        return await plan_due(self.c)

    async def drain(self, max_steps: int = 500) -> None:
        """Plan and send until nothing is due at the current (fixed) time, as the scheduler's
        loops would; the safety sweep first, as at a start-up."""
        await sweep(self.c)
        for _ in range(max_steps):
            planned = await plan_due(self.c)
            sent = False
            while await dispatch_due(self.c):
                sent = True
            if not planned and not sent:
                return
        raise AssertionError("the scheduler did not settle")

    async def add_profile(
        self,
        sme_id: str,
        *,
        language: str = "en",
        preference: NotificationPreference = NotificationPreference.INSTANT,
        version: int = 1,
        **fields: Any,
    ) -> SmeProfileV1:
        values: dict[str, Any] = {
            "id": sme_id,
            "name": f"Company {sme_id}",
            "sub_cluster": "hemp_natural_fibre",
            "stage": "midstream",
            "province": "Chiang Mai",
            "offers": ("hemp yarn",),
            "needs": ("hemp fabric",),
            "contact_email": f"{sme_id}@test.example",
            "language": language,
            "notification_preference": preference,
        }
        values.update(fields)
        profile = SmeProfileV1(**values)
        await self._consumed([SmeProfileChangedV1(sme_id=sme_id, version=version, profile=profile)], [])
        return profile

    async def suggest(self, recipient_id: str, partner_id: str, **kwargs: Any) -> MatchSuggestedV1:
        event = suggestion_event(recipient_id, partner_id, **kwargs)
        await self.receive(event)
        return event

    async def receive(self, *events: MatchSuggestedV1) -> intake.BatchResult:
        """Suggestions as one consumed batch."""
        return await self._consumed([], events)

    async def erase(self, sme_id: str, version: int) -> None:
        await self._consumed([Erasure(sme_id, version)], [])

    async def _consumed(
        self, profiles: Sequence[ProfileChange], suggestions: Sequence[MatchSuggestedV1]
    ) -> intake.BatchResult:
        """What the consumer does with a batch: store it, then hand the planning to the worklist."""
        result = await intake.apply_batch(self.c, profiles, suggestions)
        self.c.worklist.plan(result.requests, result.plan_at)
        return result

    def mail_to(self, address: str) -> list[EmailMessage]:
        return messages_to(self.sink.mail_dir, address)


@pytest.fixture
async def harness(infra: Endpoints, sink: PrivateSink, feedback_broker: KafkaBroker) -> AsyncIterator[Harness]:
    settings = notifier_settings(infra, sink)
    client = create_client(settings.mongo.url)
    clock = FixedClock(MONDAY_10_BANGKOK)
    components = build_components(
        settings,
        get_database(client, settings.database_name),
        clock=clock,
        sender=SmtpSender(settings.smtp),
        feedback=KafkaFeedbackPublisher(feedback_broker),
    )
    await components.ensure_indexes()
    yield Harness(components, clock, sink)
    await client.drop_database(settings.database_name)
    client.close()


async def _always_ready() -> dict[str, bool]:
    return {"test": True}


@asynccontextmanager
async def link_pages(harness: Harness, failures: FailureLimiter | None = None) -> AsyncIterator[httpx.AsyncClient]:
    """The notifier's link pages on the harness's components, behind an in-process HTTP client."""
    app = FastAPI()
    attach(app, _always_ready)
    app.state.components = harness.c
    if failures is not None:
        app.state.link_failures = failures
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notifier.test") as c:
        yield c
