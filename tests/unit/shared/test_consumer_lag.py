"""Consumer lag per consumer group: each group a service runs is measured and exported under its name."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest
from aiokafka import TopicPartition
from prometheus_client import generate_latest

from shared import consumer_lag
from shared.consumer_lag import GroupLagProbe, run_probed
from shared.metrics import ServiceMetrics
from shared.topics import CONTACT_CONFIRMATIONS, EMAIL_LINKS, MATCH_SUGGESTIONS, SME_PROFILES, TOPICS


@dataclass
class _Committed:
    offset: int


# What the broker holds: each partition's first and next offset, and each group's commits.
ENDS = {SME_PROFILES: 40, MATCH_SUGGESTIONS: 20, EMAIL_LINKS: 5, CONTACT_CONFIRMATIONS: 9}
STARTS = {SME_PROFILES: 0, MATCH_SUGGESTIONS: 2, EMAIL_LINKS: 1, CONTACT_CONFIRMATIONS: 0}
COMMITTED = {
    "notifier": {TopicPartition(SME_PROFILES, 0): _Committed(30), TopicPartition(MATCH_SUGGESTIONS, 1): _Committed(20)},
    "notifier.email-links": {TopicPartition(EMAIL_LINKS, 2): _Committed(3)},
}


class _Admin:
    def __init__(self, **_: Any) -> None:
        pass

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def list_consumer_group_offsets(self, group: str) -> dict[TopicPartition, _Committed]:
        return COMMITTED.get(group, {})


class _Consumer:
    def __init__(self, **_: Any) -> None:
        pass

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass

    async def end_offsets(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
        return {tp: ENDS[tp.topic] for tp in partitions}

    async def beginning_offsets(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
        return {tp: STARTS[tp.topic] for tp in partitions}


@pytest.fixture(autouse=True)
def _broker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(consumer_lag, "AIOKafkaAdminClient", _Admin)
    monkeypatch.setattr(consumer_lag, "AIOKafkaConsumer", _Consumer)


def _partitions(topic: str) -> int:
    return next(spec.partitions for spec in TOPICS if spec.name == topic)


async def test_each_group_is_measured_on_its_own_topics_from_its_commits() -> None:
    probe = GroupLagProbe(
        "broker:9092", {"notifier": (SME_PROFILES, MATCH_SUGGESTIONS), "notifier.email-links": (EMAIL_LINKS,)}
    )

    await probe.measure()

    main, links = probe.lag("notifier"), probe.lag("notifier.email-links")
    assert {topic for topic, _ in main} == {SME_PROFILES, MATCH_SUGGESTIONS}
    assert len(main) == _partitions(SME_PROFILES) + _partitions(MATCH_SUGGESTIONS)
    assert main[(SME_PROFILES, 0)] == 10 and main[(MATCH_SUGGESTIONS, 1)] == 0
    assert main[(SME_PROFILES, 1)] == 40 and main[(MATCH_SUGGESTIONS, 0)] == 18  # nothing committed: from the start
    assert set(links) == {(EMAIL_LINKS, p) for p in range(_partitions(EMAIL_LINKS))}
    assert links[(EMAIL_LINKS, 2)] == 2 and links[(EMAIL_LINKS, 0)] == 4


async def test_the_lag_of_every_group_is_exported_with_its_group_and_a_groupless_feed_still_is() -> None:
    metrics = ServiceMetrics("registry")
    probe = GroupLagProbe("broker:9092", {"registry": (CONTACT_CONFIRMATIONS,), "registry-funnel": (SME_PROFILES,)})
    for group in probe.groups:
        metrics.watch_lag(probe.lag_of(group), group)
    metrics.watch_lag(lambda: {(MATCH_SUGGESTIONS, 0): 7})  # a feed outside any group (the matcher's)

    await probe.measure()
    text = generate_latest(metrics.registry).decode()

    assert (
        'clusterlink_consumer_lag_records{group="registry",partition="0",topic="sme.contact_confirmations"} 9.0' in text
    )
    assert 'clusterlink_consumer_lag_records{group="registry-funnel",partition="5",topic="sme.profiles"} 40.0' in text
    assert 'clusterlink_consumer_lag_records{group="",partition="0",topic="match.suggestions"} 7.0' in text
    assert 'group="registry",partition="0",topic="sme.profiles"' not in text


async def test_a_probed_consumer_loop_measures_while_it_runs_and_stops_its_probe_with_it() -> None:
    probe = GroupLagProbe("broker:9092", {"registry": (CONTACT_CONFIRMATIONS,)}, interval_s=60)
    seen: dict[tuple[str, int], int] = {}

    async def loop() -> None:
        for _ in range(10):  # the probe's first round runs as soon as the loop yields
            await asyncio.sleep(0)
        seen.update(probe.lag("registry"))

    def probes() -> set[asyncio.Task[object]]:
        return {task for task in asyncio.all_tasks() if task.get_name().startswith("lag-")}

    before = probes()  # other tests' services may still be stopping theirs on this loop
    await run_probed(probe, loop)

    assert seen[(CONTACT_CONFIRMATIONS, 0)] == 9
    assert not probes() - before
