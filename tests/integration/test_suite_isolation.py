"""A test run stops the infrastructure it started, and only when no other run still uses it."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import pytest

from clusterlink.localinfra import LocalInfraSettings, start_all, status, stop_all
from tests.support.suite_infra import suite_infrastructure


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _running(settings: LocalInfraSettings) -> set[str]:
    return {item.title for item in status(settings) if item.running}


@pytest.mark.integration
def test_last_run_out_stops_what_test_runs_started_and_leaves_what_a_person_started(tmp_path: Path) -> None:
    base = LocalInfraSettings.from_env()
    settings = dataclasses.replace(
        base,
        local_dir=tmp_path / "suite",
        tools_dir=base.tools_root,  # the jars and binaries already in place
        kafka_port=_free_port(),
        kafka_controller_port=_free_port(),
        mongo_port=_free_port(),
        smtp_port=_free_port(),
        postgres_port=_free_port(),
    )
    try:
        # Two runs at once: the first to finish must not pull the infrastructure from under the other.
        with suite_infrastructure(settings) as outer:
            everything = _running(settings)
            assert "Kafka" in everything and "SMTP sink" in everything
            with suite_infrastructure(settings) as inner:
                assert inner == outer
            assert _running(settings) == everything
        assert _running(settings) == set()

        # Started by hand (`clusterlink dev up --tests`): a test run reuses it and leaves it running.
        start_all(settings)
        with suite_infrastructure(settings):
            pass
        assert _running(settings) == everything
    finally:
        stop_all(settings)
