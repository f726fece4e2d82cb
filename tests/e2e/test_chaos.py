"""`make chaos`, bounded: a few hundred registrations on a three-node Kafka cluster while a matcher
and a notifier replica are SIGKILLed and restarted, and the node leading most partitions and then
the active KRaft controller are SIGKILLed and restarted. Nothing is lost, nothing is doubled, and
every list equals `clusterlink match` of the final profiles (bench/chaos, docs/operators/chaos.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pymongo import MongoClient

from bench.chaos.scenario import ChaosConfig, ChaosInfra, ChaosRun, run_chaos
from clusterlink.localinfra import Endpoints, start_kafka, stop_all
from tests.conftest import SESSION_DB_PREFIX
from tests.support.kafka_cluster import three_node_settings

pytestmark = pytest.mark.integration

PROFILES = 240
RATE_PER_S = 3.0  # the load lasts 80 s: long enough for all four faults on a busy two-core machine


@pytest.fixture(scope="module")
def chaos(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChaosRun]:
    folder: Path = tmp_path_factory.mktemp("chaos")
    # A cluster of its own: the suite's broker is a single node. Database and SMTP sink are the suite's.
    settings = three_node_settings(folder / "kafka-cluster", start_port=24000)
    prefix = f"{SESSION_DB_PREFIX}chaos_"
    try:
        cluster = start_kafka(settings, patient=True)
        target = ChaosInfra(
            kafka=settings,
            bootstrap=cluster.endpoints.kafka_bootstrap,
            mongodb_url=infra.mongodb_url,
            smtp_host=infra.smtp_host,
            smtp_port=infra.smtp_port,
            mail_dir=infra.mail_dir,
        )
        config = ChaosConfig(profiles=PROFILES, rate_per_s=RATE_PER_S, settle_timeout_s=300.0, db_prefix=prefix)
        run = run_chaos(config, target, folder / "work")
        print(run.verdict.render())
        yield run
    finally:
        stop_all(settings)
        client: MongoClient[dict[str, object]] = MongoClient(infra.mongodb_url)
        for name in ("registry", "matcher", "notifier"):
            client.drop_database(prefix + name)
        client.close()


def test_every_fault_was_injected(chaos: ChaosRun) -> None:
    assert sorted(kind for kind, _ in chaos.faults) == ["controller", "leader", "matcher", "notifier"], chaos.faults
    assert chaos.verdict.profiles_registered == PROFILES


def test_every_list_equals_clusterlink_match_of_the_final_profiles(chaos: ChaosRun) -> None:
    # The matcher's SIGKILL and restart rebalance the lists between its replicas: a replica that
    # lost partitions once wrote some of their lists late and left them stale (docs/operators/chaos.md).
    verdict = chaos.verdict
    assert verdict.lists_checked == 2 * PROFILES
    assert not verdict.lists_differing, verdict.lists_differing[:5]


def test_every_expected_suggestion_was_published(chaos: ChaosRun) -> None:
    verdict = chaos.verdict
    assert verdict.suggestions_expected > PROFILES  # about ten partners per SME
    assert not verdict.suggestions_missing, verdict.suggestions_missing[:5]


def test_every_email_was_delivered_exactly_once(chaos: ChaosRun) -> None:
    verdict = chaos.verdict
    assert verdict.emails_expected > 0
    assert not verdict.told_pairs_not_emailed, verdict.told_pairs_not_emailed[:5]
    assert not verdict.emails_missing and verdict.emails_failed == 0
    assert verdict.emails_delivered == verdict.emails_expected
    assert verdict.emails_duplicated == 0
    assert not verdict.pairs_in_several_emails, verdict.pairs_in_several_emails[:5]
