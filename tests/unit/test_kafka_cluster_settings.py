"""The layout of a three-node local Kafka cluster: ports, folders, and what each node is told."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterlink.localinfra import LocalInfraError, LocalInfraSettings
from clusterlink.localinfra.components.kafka import KafkaBroker
from clusterlink.localinfra.settings import KAFKA_BROKERS_ENV


def _properties(node: KafkaBroker) -> dict[str, str]:
    lines = [line for line in node.server_properties().splitlines() if "=" in line and not line.startswith("#")]
    return dict(line.split("=", 1) for line in lines)


def test_each_node_has_its_own_ports_folder_and_id_and_all_know_the_same_voters(tmp_path: Path) -> None:
    settings = LocalInfraSettings(local_dir=tmp_path, kafka_port=19092, kafka_controller_port=19093, kafka_brokers=3)
    nodes = [KafkaBroker(settings, n) for n in (1, 2, 3)]
    props = [_properties(node) for node in nodes]

    assert [node.bootstrap for node in nodes] == ["127.0.0.1:19092", "127.0.0.1:19192", "127.0.0.1:19292"]
    assert [p["node.id"] for p in props] == ["1", "2", "3"]
    assert {p["controller.quorum.voters"] for p in props} == {"1@127.0.0.1:19093,2@127.0.0.1:19193,3@127.0.0.1:19293"}
    assert len({node.data_dir for node in nodes}) == 3 and all("cluster-3" in str(n.data_dir) for n in nodes)
    assert len({node.pid_file for node in nodes}) == 3
    assert all(p["offsets.topic.replication.factor"] == "3" and p["min.insync.replicas"] == "2" for p in props)


def test_a_single_node_keeps_its_folder_names_and_one_replica(tmp_path: Path) -> None:
    node = KafkaBroker(LocalInfraSettings(local_dir=tmp_path))
    props = _properties(node)

    assert node.name == "kafka" and node.data_dir == tmp_path / "kafka" / "data"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:9093"
    assert props["offsets.topic.replication.factor"] == "1" and props["min.insync.replicas"] == "1"


def test_cluster_sizes_other_than_one_or_three_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(LocalInfraError, match=KAFKA_BROKERS_ENV):
        LocalInfraSettings(local_dir=tmp_path, kafka_brokers=2)


def test_another_nodes_port_colliding_with_a_service_port_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LocalInfraError, match="must differ"):
        LocalInfraSettings(local_dir=tmp_path, kafka_port=9092, mongo_port=9192, kafka_brokers=3)


def test_the_cluster_size_chosen_by_dev_up_is_remembered_in_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUSTERLINK_LOCAL_DIR", str(tmp_path))
    monkeypatch.delenv(KAFKA_BROKERS_ENV, raising=False)
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "kafka-brokers").write_text("3\n")

    assert LocalInfraSettings.from_env().kafka_brokers == 3
    monkeypatch.setenv(KAFKA_BROKERS_ENV, "1")
    assert LocalInfraSettings.from_env().kafka_brokers == 1
