"""A long SMTP outage is retried through (introductions included); what failed for good is re-driven
by one command, and both show in the metrics."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from prometheus_client import CollectorRegistry, generate_latest

from services.notifier.delivery_figures import DeliveryFigures
from services.notifier.keys import message_id, suggestions_delivery_key
from services.notifier.model import DeliveryStatus
from services.notifier.settings import SmtpSettings
from services.notifier.smtp_sender import SmtpSender
from services.notifier.storage.redrive import FailedDeliveries
from shared.mongo import create_client, get_database
from tests.integration.notifier import test_links
from tests.integration.notifier.conftest import Harness, unique
from tests.integration.notifier.sink import free_port
from tests.integration.notifier.test_links import _one, _pair, introductions, links, token_of

pytestmark = pytest.mark.integration

client = test_links.client  # the link pages over HTTP


def _server_down(harness: Harness) -> None:
    """Point the sender at a port nobody listens on: every send is a refused connection."""
    harness.c.sender = SmtpSender(SmtpSettings(host="127.0.0.1", port=free_port(), timeout_s=2.0))


@pytest.fixture
async def failed(harness: Harness) -> AsyncIterator[FailedDeliveries]:
    mongo = create_client(harness.c.settings.mongo.url)
    yield FailedDeliveries(get_database(mongo, harness.c.settings.database_name))
    mongo.close()


async def _figures(failed: FailedDeliveries) -> str:
    registry = CollectorRegistry()
    figures = DeliveryFigures(failed, 30.0)
    await figures.refresh()
    registry.register(figures)
    return generate_latest(registry).decode()


async def test_introductions_survive_a_71_hour_outage_and_go_out_once_it_ends(
    harness: Harness, client: httpx.AsyncClient, failed: FailedDeliveries
) -> None:
    assert harness.c.settings.max_attempts >= 70  # the default covers 72 h of 1-hour retries
    supplier, buyer = await _pair(harness)
    working = harness.c.sender
    _server_down(harness)
    for sme in (supplier, buyer):
        await client.post("/links/accept", data={"t": token_of(links(_one(harness, sme), "accept")[0])})
    await harness.drain()
    assert 'clusterlink_deliveries_retrying{kind="introduction"} 2.0' in await _figures(failed)

    for _ in range(71):
        harness.clock.advance(timedelta(hours=1))
        await harness.drain()
    assert introductions(harness, supplier) == [] and introductions(harness, buyer) == []
    assert await failed.listed() == []  # nothing given up on

    harness.c.sender = working
    for _ in range(12):  # the next retry is at most an hour away, or the morning after quiet hours
        harness.clock.advance(timedelta(hours=1))
        await harness.drain()
    assert len(introductions(harness, supplier)) == 1 and len(introductions(harness, buyer)) == 1
    assert 'clusterlink_deliveries_retrying{kind="introduction"} 0.0' in await _figures(failed)


async def _clusterlink(harness: Harness, *args: str) -> tuple[int, str, str]:
    env = os.environ | {
        "MONGODB_URL": harness.c.settings.mongo.url,
        "MONGODB_DB_PREFIX": harness.c.settings.mongo.db_prefix,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "clusterlink.cli",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    return process.returncode or 0, out.decode(), err.decode()


async def test_a_failed_delivery_is_redriven_by_one_command_and_sent_with_its_message_id(
    harness: Harness, failed: FailedDeliveries
) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient)
    await harness.add_profile(partner)
    working = harness.c.sender
    harness.c = replace(harness.c, settings=harness.c.settings.model_copy(update={"max_attempts": 2}))
    _server_down(harness)
    event = await harness.suggest(recipient, partner)
    await harness.drain()
    harness.clock.advance(timedelta(hours=1))
    await harness.drain()
    key = suggestions_delivery_key(recipient, [event.suggestion_id])
    delivery = await harness.c.deliveries.get(key)
    assert delivery is not None and delivery.status is DeliveryStatus.FAILED
    assert 'clusterlink_deliveries_failed{kind="suggestions"} 1.0' in await _figures(failed)

    code, out, _ = await _clusterlink(harness, "notifier", "failed", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["kind"], r["attempts"]) for r in rows] == [(key, "suggestions", 2)]
    assert "gave up after 2 attempts" in rows[0]["error"]

    harness.c.sender = working
    code, out, err = await _clusterlink(harness, "notifier", "redrive", "--id", key, "--id", "no-such-key")
    assert code == 1  # one asked for could not be re-driven: the exit status says so
    assert f"re-driven {key}" in out and "not re-driven no-such-key: no such delivery" in err
    delivery = await harness.c.deliveries.get(key)
    assert delivery is not None and (delivery.status, delivery.attempts) == (DeliveryStatus.SCHEDULED, 0)

    # Due when the command ran (the wall clock, which the test's clock is behind); the safety
    # sweep finds it among the open deliveries, and quiet hours may hold it till the morning.
    harness.clock.advance(datetime.now(UTC) - harness.clock.now())
    for _ in range(13):
        await harness.drain()
        harness.clock.advance(timedelta(hours=1))
    sent = _one(harness, recipient)
    assert sent["Message-ID"] == message_id(key, harness.c.settings.smtp.message_id_domain)
    figures = await _figures(failed)
    assert 'clusterlink_deliveries_failed{kind="suggestions"} 0.0' in figures
    assert 'clusterlink_deliveries_redriven_total{kind="suggestions"} 1.0' in figures
    # Nothing is failed any more: a second re-drive finds nothing to do.
    code, out, _ = await _clusterlink(harness, "notifier", "redrive")
    assert code == 0 and "0 deliveries scheduled" in out
