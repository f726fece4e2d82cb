"""The test suite's own folder and ports: apart from `make run`'s, and still moved by the variables."""

from __future__ import annotations

from pathlib import Path

from clusterlink.localinfra.settings import (
    KAFKA_PORT_ENV,
    LOCAL_DIR_ENV,
    TEST_SUITE_PORTS,
    TOOLS_DIR_ENV,
    LocalInfraSettings,
    environment_for_test_suite,
)
from clusterlink.paths import REPO_ROOT


def test_without_variables_the_suite_gets_its_own_folder_and_ports_and_shares_the_tools() -> None:
    env = environment_for_test_suite({})

    assert Path(env[LOCAL_DIR_ENV]) == REPO_ROOT / ".local" / "test-suite"
    assert Path(env[TOOLS_DIR_ENV]) == REPO_ROOT / ".local"
    demo = LocalInfraSettings(local_dir=REPO_ROOT / ".local")
    demo_ports = {demo.kafka_port, demo.kafka_controller_port, demo.mongo_port, demo.smtp_port, demo.postgres_port}
    suite_ports = {int(env[name]) for name in TEST_SUITE_PORTS}
    assert len(suite_ports) == len(TEST_SUITE_PORTS)
    assert not suite_ports & demo_ports
    assert all(port < 32768 for port in suite_ports)


def test_variables_already_set_are_kept() -> None:
    env = environment_for_test_suite({LOCAL_DIR_ENV: "/tmp/elsewhere", KAFKA_PORT_ENV: "25192"})

    assert LOCAL_DIR_ENV not in env and KAFKA_PORT_ENV not in env
    # A folder of one's own keeps its own tools too, as before.
    assert TOOLS_DIR_ENV not in env


def test_tools_dir_moves_the_jars_and_binaries_but_not_the_state(tmp_path: Path) -> None:
    settings = LocalInfraSettings(local_dir=tmp_path / "state", tools_dir=tmp_path / "tools")

    assert settings.bin_dir == tmp_path / "tools" / "bin"
    assert settings.kafka_libs_dir == tmp_path / "tools" / "kafka" / "libs"
    assert settings.kafka_dir == tmp_path / "state" / "kafka"
    assert settings.run_dir == tmp_path / "state" / "run"
    assert settings.mail_dir == tmp_path / "state" / "mail"
