"""Bulk imports in batches, on the real database and broker: reports, publication, database round trips."""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import pytest
from pymongo import monitoring

from clusterlink.localinfra import Endpoints
from services.registry.leases import BucketLeases
from services.registry.publisher import KafkaEventPublisher, create_broker
from services.registry.relay import Relay
from services.registry.relay_store import RelayStore
from shared.mongo import MongoDatabase, create_client, get_database
from tests.integration.registry.conftest import profile_payload

pytestmark = pytest.mark.integration

_PROVINCES = ("Chiang Mai", "เชียงราย", "Khon Kaen", "สกลนคร", "Bangkok", "Udon Thani")


def _good(sme_id: str, index: int, **changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": f"วิสาหกิจทอผ้า {index}",
        "province": _PROVINCES[index % len(_PROVINCES)],
        "offers": [f"ผ้าฝ้ายทอมือ ลาย {index}", f"hand-woven cotton, pattern {index}"],
    }
    return profile_payload(sme_id, **(fields | changes))


def _jsonl(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def _versions(records: list[Any]) -> list[int]:
    return [int(dict(record.headers)["version"]) for record in records]


def _correlation(record: Any) -> str:
    return str(dict(record.headers)["correlation_id"].decode())


async def test_a_large_import_reports_every_bad_line_and_publishes_each_version_once_in_order(
    registry: Any, topic: Any
) -> None:
    run = uuid.uuid4().hex[:8]
    ids = [f"bulk-{run}-{index:03d}" for index in range(320)]
    lines: list[str] = []
    bad: dict[int, str] = {}  # file line -> the field its report must name
    for index, sme_id in enumerate(ids):
        if index % 40 == 7:
            bad[len(lines) + 1] = "province"
            lines.append(json.dumps(_good(sme_id, index, province="Atlantis")))
        elif index % 40 == 19:
            bad[len(lines) + 1] = "stage"
            lines.append(json.dumps(_good(sme_id, index, stage="sideways")))
        elif index % 40 == 29:
            bad[len(lines) + 1] = "(line)"
            lines.append('{"id": "' + sme_id + '", "name": ')
        else:
            lines.append(json.dumps(_good(sme_id, index)))
    bad[len(lines) + 1] = "id"
    lines.append(json.dumps(_good(ids[0], 0, name="the same id again")))
    good = [sme_id for index, sme_id in enumerate(ids) if index % 40 not in (7, 19, 29)]
    headers = {**registry.coordinator, "Content-Type": "application/x-ndjson"}

    first = await registry.http.post(
        "/v1/import", content=_jsonl(lines), headers={**headers, "X-Correlation-ID": f"first-{run}"}
    )

    assert first.status_code == 200, first.text
    report = first.json()
    assert (report["total"], report["created"], report["rejected"]) == (len(lines), len(good), len(bad))
    results = {result["line"]: result for result in report["results"]}
    for line, field in bad.items():
        assert results[line]["status"] == "rejected"
        assert [error["field"] for error in results[line]["errors"]] == [field], results[line]
        assert all(error["reason"] for error in results[line]["errors"])
    for line, result in results.items():
        if line not in bad:
            assert (result["status"], result["version"]) == ("created", 1)
            assert result["sme_token"].startswith(f"{result['id']}.")

    # The second file changes every other good SME and leaves the rest as they are.
    changed = good[::2]
    new_needs = {"needs": ["เส้นใยกัญชง 100 กก./เดือน"]}
    second_lines = [
        json.dumps(_good(sme_id, index, **(new_needs if sme_id in changed else {})))
        for index, sme_id in enumerate(ids)
        if sme_id in good
    ]
    second = await registry.http.post(
        "/v1/import", content=_jsonl(second_lines), headers={**headers, "X-Correlation-ID": f"second-{run}"}
    )

    assert second.status_code == 200, second.text
    assert (second.json()["updated"], second.json()["unchanged"]) == (len(changed), len(good) - len(changed))
    for sme_id in good:
        await topic.records(sme_id, count=2 if sme_id in changed else 1, timeout_s=120)
    await topic.settle(2.0)
    for sme_id in good:
        records = topic.seen[sme_id.encode()]
        expected = [1, 2] if sme_id in changed else [1]
        assert _versions(records) == expected, sme_id  # each version once, oldest first
        assert [_correlation(r) for r in records] == [f"first-{run}", f"second-{run}"][: len(expected)]
        assert json.loads(records[-1].value)["profile"]["id"] == sme_id
    assert not any(sme_id.encode() in topic.seen for index, sme_id in enumerate(ids) if sme_id not in good)


class _CommandCounter(monitoring.CommandListener):
    """Counts the commands sent to databases whose names start with a prefix, by command and collection."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.counts: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if event.command.get("filter") == {"kind": "erased"}:
            return  # the start-up look for erasures to purge: once per process, like index creation
        if event.database_name.startswith(self.prefix):
            target = event.command.get(event.command_name)
            with self._lock:
                self.counts[(event.command_name, target if isinstance(target, str) else "-")] += 1

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass

    def take(self) -> Counter[tuple[str, str]]:
        """What was counted since the last take, without index creation and lease taking (per process, not per line)."""
        with self._lock:
            counts, self.counts = self.counts, Counter()
        return Counter({key: n for key, n in counts.items() if key[0] != "createIndexes" and key[1] != "relay_leases"})


@contextmanager
def _counting(prefix: str) -> Iterator[_CommandCounter]:
    # Registered for every client created from now on in this process; it counts only `prefix`.
    counter = _CommandCounter(prefix)
    monitoring.register(counter)
    yield counter
    counter.prefix = "\0"  # listeners cannot be unregistered: this one stops counting


@asynccontextmanager
async def _relay(infra: Endpoints, prefix: str, batch_size: int) -> AsyncIterator[tuple[Relay, MongoDatabase]]:
    client = create_client(infra.mongodb_url)
    database = get_database(client, f"{prefix}registry")
    publisher = KafkaEventPublisher(create_broker(infra.kafka_bootstrap, 5_000), infra.kafka_bootstrap)
    await publisher.connect_until_done()
    leases = BucketLeases(database, owner="count-test-replica", lease_s=30)
    try:
        relay = Relay(
            RelayStore(database), leases, publisher, send_deadline_s=10, poll_interval_s=1, batch_size=batch_size
        )
        yield relay, database
    finally:
        await publisher.close()
        client.close()


async def _import_and_publish(
    infra: Endpoints,
    settings_for: Callable[..., Any],
    app_client: Callable[..., Any],
    lines: int,
) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Import `lines` new SMEs in batches of 50, then publish them: the commands each part sent."""
    api_key = f"clk_{uuid.uuid4().hex}"
    prefix = f"{os.environ.get('MONGODB_DB_PREFIX', 't_')}count{uuid.uuid4().hex[:6]}_"
    body = _jsonl([json.dumps(_good(f"count-{uuid.uuid4().hex[:10]}", index)) for index in range(lines)])
    settings = settings_for(api_key, prefix, relay_enabled=False, import_batch_size=_BATCH)
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/x-ndjson"}
    with _counting(prefix) as counter:
        async with app_client(settings) as http:
            response = await http.post("/v1/import", content=body, headers=headers)
            assert response.status_code == 200 and response.json()["created"] == lines, response.text
            imported = counter.take()
        async with _relay(infra, prefix, _BATCH) as (relay, database):
            await relay.relay_pending()
            published = counter.take()
            assert [doc async for doc in database["outbox"].find({})] == []
    return imported, published


_BATCH = 50


async def test_database_commands_grow_with_batches_not_with_lines(
    infra: Endpoints, registry_settings_factory: Callable[..., Any], app_client: Callable[..., Any]
) -> None:
    small_import, small_relay = await _import_and_publish(infra, registry_settings_factory, app_client, 50)
    large_import, large_relay = await _import_and_publish(infra, registry_settings_factory, app_client, 500)

    # An import batch of new SMEs reads their heads, the kept numbers of erased ids among those
    # without a head (an id whose versions were deleted goes on above its tombstone), and the
    # erased ids and addresses among them, inserts the numbering claims of the new ids, markers,
    # versions and heads, and reads the kept numbers once more after the insert (an id registered
    # before claims existed, purged meanwhile): 8 commands (plus reading, or making, the key of
    # the erased hashes once per process). A relay batch reads
    # heads, versions and markers, and deletes the markers: 4, plus a read of the outbox per page.
    # One batch for 50 lines, ten for 500.
    for once in (("insert", "suppression_key"), ("find", "suppression_key")):
        assert small_import.pop(once, 0) <= 1 and large_import.pop(once, 0) <= 1
    assert sum(small_import.values()) == 8, small_import
    assert sum(large_import.values()) == 8 * 10, large_import
    assert large_import[("insert", "profile_versions")] == 10
    assert sum(small_relay.values()) <= 4 + 2, small_relay
    assert sum(large_relay.values()) <= 4 * 10 + 2, large_relay
    assert large_relay[("delete", "outbox")] == 10
