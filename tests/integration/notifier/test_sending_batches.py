"""Senders claim due emails a batch at a time: racing replicas still send each one once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from faststream.kafka import KafkaBroker

from clusterlink.localinfra import Endpoints
from services.notifier.app import KafkaFeedbackPublisher
from services.notifier.components import Components, build_components
from services.notifier.dispatcher import dispatch_due
from services.notifier.smtp_sender import SmtpSender
from shared.mongo import create_client, get_database
from tests.integration.notifier.conftest import Harness, notifier_settings, suggestion_event, unique
from tests.integration.notifier.sink import PrivateSink

pytestmark = pytest.mark.integration

RECIPIENTS = 40


@pytest.fixture
async def second_replica(
    harness: Harness, infra: Endpoints, sink: PrivateSink, feedback_broker: KafkaBroker
) -> AsyncIterator[Components]:
    """Another replica's components on the same database, mail server and clock."""
    client = create_client(harness.c.settings.mongo.url)
    yield build_components(
        notifier_settings(infra, sink, send_batch_size=7),  # batches that overlap the other's unevenly
        get_database(client, harness.c.settings.database_name),
        clock=harness.clock,
        sender=SmtpSender(harness.c.settings.smtp),
        feedback=KafkaFeedbackPublisher(feedback_broker),
    )
    client.close()


def _sent(c: Components) -> float:
    value = c.metrics.base.registry.get_sample_value("clusterlink_emails_sent_total", {"kind": "suggestions"})
    return value or 0.0


async def test_two_replicas_racing_over_the_same_due_emails_send_each_once(
    harness: Harness, second_replica: Components
) -> None:
    partner = unique("sp")
    recipients = [unique("sr") for _ in range(RECIPIENTS)]
    for sme_id in (partner, *recipients):
        await harness.add_profile(sme_id)
    await harness.receive(*(suggestion_event(r, partner) for r in recipients))
    while await harness.plan():
        pass
    due = harness.c.worklist.take_sends(harness.clock.now(), RECIPIENTS * 2)
    assert len(due) == RECIPIENTS  # one suggestions email per recipient
    for key in due:  # both replicas told of every one (as after a sweep by a replica taking over)
        harness.c.worklist.send(key)
        second_replica.worklist.send(key)

    async def drain(c: Components) -> None:
        while await dispatch_due(c):
            pass

    await asyncio.gather(drain(harness.c), drain(second_replica))

    for r in recipients:
        assert len(harness.mail_to(f"{r}@test.example")) == 1, r
    assert _sent(harness.c) + _sent(second_replica) == RECIPIENTS
    assert _sent(harness.c) > 0 and _sent(second_replica) > 0  # both really took part


async def test_an_email_claimed_too_slowly_is_given_back_not_sent_after_its_lease_may_have_run_out(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A claim and its reads that outlast half the lease (a database under load) must not be
    followed by a send: another replica may take the email over when the lease ends."""
    partner, recipient = unique("lp"), unique("lr")
    for sme_id in (partner, recipient):
        await harness.add_profile(sme_id)
    await harness.receive(suggestion_event(recipient, partner))
    while await harness.plan():
        pass
    claim_many = harness.c.deliveries.claim_many
    lease = harness.c.settings.lease_s

    async def slow_claim(*args: object, **kwargs: object) -> object:
        claims = await claim_many(*args, **kwargs)  # type: ignore[arg-type]
        harness.clock.advance(timedelta(seconds=lease * 0.6))  # the database took that long
        return claims

    monkeypatch.setattr(harness.c.deliveries, "claim_many", slow_claim)
    assert await dispatch_due(harness.c)
    assert harness.mail_to(f"{recipient}@test.example") == []
    assert _sent(harness.c) == 0

    monkeypatch.setattr(harness.c.deliveries, "claim_many", claim_many)
    while await dispatch_due(harness.c):  # given back as due now, with its attempt not spent
        pass
    assert len(harness.mail_to(f"{recipient}@test.example")) == 1
    assert _sent(harness.c) == 1
