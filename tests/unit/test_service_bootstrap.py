"""The services started on a three-node local cluster are given every node, not just the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterlink.localinfra import LocalInfraSettings
from clusterlink.localinfra.lifecycle import endpoints
from clusterlink.stack import local_service_env
from shared.settings import KafkaSettings, comma_separated

_SECRETS = {
    "REGISTRY_COORDINATOR_KEY_HASHES": "hash",
    "NOTIFIER_LINK_SECRET": "secret",
    "CLUSTERLINK_API_KEY": "key",
}


def test_services_on_a_three_node_cluster_are_given_all_three_brokers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = LocalInfraSettings(local_dir=tmp_path, kafka_port=19092, kafka_controller_port=19093, kafka_brokers=3)

    env = local_service_env(endpoints(settings), _SECRETS)
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", env["KAFKA_BOOTSTRAP_SERVERS"])

    # What a service reads from its environment and hands to its Kafka clients.
    assert comma_separated(KafkaSettings().bootstrap_servers) == [
        "127.0.0.1:19092",
        "127.0.0.1:19192",
        "127.0.0.1:19292",
    ]


def test_services_on_a_single_node_are_given_that_node(tmp_path: Path) -> None:
    settings = LocalInfraSettings(local_dir=tmp_path, kafka_port=19092, kafka_controller_port=19093)

    env = local_service_env(endpoints(settings), _SECRETS)

    assert env["KAFKA_BOOTSTRAP_SERVERS"] == "127.0.0.1:19092"
