"""The local infrastructure: a real Kafka broker, a MongoDB-wire database and the SMTP sink.

The `infra` fixture (tests/conftest.py) brings everything up through
`clusterlink.localinfra.ensure_up`. Nothing here stops the shared infrastructure:
the stop path is exercised on throwaway processes and a throwaway local folder.
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import make_msgid
from pathlib import Path

import aiosmtplib
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiosmtpd.controller import Controller

from clusterlink.localinfra import Endpoints, LocalInfraError, LocalInfraSettings, start_all, status
from clusterlink.localinfra.processes import group_members, spawn_detached, stop_process_group
from clusterlink.localinfra.smtp_sink import EmlDirectoryHandler
from clusterlink.localinfra.toolchain import require_go, require_java, require_maven
from shared.mongo import create_client

THAI_SUBJECT = "ข้อเสนอคู่ค้า: เส้นด้ายฝ้ายออร์แกนิก จากสหกรณ์ทอผ้าขอนแก่น"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _thai_message(message_id: str) -> bytes:
    message = EmailMessage(policy=SMTP_POLICY.clone(max_line_length=998))
    message["From"] = "ClusterLink <noreply@clusterlink.test>"
    message["To"] = "วิสาหกิจชุมชนผ้าทอ <buyer@example.test>"
    message["Subject"] = THAI_SUBJECT
    message["Message-ID"] = message_id
    message.set_content("เรียน ผู้ประกอบการ\n\nเราพบผู้จำหน่ายที่เหมาะกับความต้องการของคุณ\n")
    return message.as_bytes()


def _stored_message(mail_dir: Path, message_id: str) -> bytes:
    needle = message_id.encode()
    for path in sorted(mail_dir.glob("*.eml")):
        raw = path.read_bytes()
        if needle in raw:
            return raw
    raise AssertionError(f"no .eml in {mail_dir} carries {message_id}")


def _contents_by_name(folder: Path) -> list[bytes]:
    """Every file in the folder, in name order; fails on anything that is not an .eml."""
    paths = sorted(folder.iterdir())
    assert all(path.suffix == ".eml" for path in paths), paths
    return [path.read_bytes() for path in paths]


@pytest.mark.integration
async def test_kafka_broker_carries_a_message_from_producer_to_consumer(infra: Endpoints) -> None:
    topic = f"localinfra-test-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=infra.kafka_bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
        producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap, enable_idempotence=True)
        await producer.start()
        try:
            sent = await producer.send_and_wait(topic, "สวัสดี".encode(), key=b"sme-42")
        finally:
            await producer.stop()

        consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=infra.kafka_bootstrap, auto_offset_reset="earliest"
        )
        await consumer.start()
        try:
            received = await asyncio.wait_for(consumer.getone(), timeout=15)
        finally:
            await consumer.stop()
    finally:
        await admin.delete_topics([topic])
        await admin.close()

    assert (received.key, received.value) == (b"sme-42", "สวัสดี".encode())
    assert received.offset == sent.offset


@pytest.mark.integration
async def test_database_stores_and_finds_a_document(infra: Endpoints) -> None:
    client = create_client(infra.mongodb_url)
    database = client[f"localinfra_test_{uuid.uuid4().hex[:8]}"]
    try:
        await database.smes.insert_one(
            {"sme_id": "sme-42", "name_th": "สหกรณ์ทอผ้าขอนแก่น", "stage": "midstream"}
        )
        found = await database.smes.find_one({"sme_id": "sme-42"}, {"_id": 0})
    finally:
        await client.drop_database(database.name)
        client.close()

    assert found == {"sme_id": "sme-42", "name_th": "สหกรณ์ทอผ้าขอนแก่น", "stage": "midstream"}


@pytest.mark.integration
async def test_smtp_sink_keeps_a_thai_message_byte_for_byte(infra: Endpoints) -> None:
    message_id = make_msgid(domain="clusterlink.test")
    raw = _thai_message(message_id)

    await aiosmtplib.send(
        raw,
        sender="noreply@clusterlink.test",
        recipients=["buyer@example.test"],
        hostname=infra.smtp_host,
        port=infra.smtp_port,
    )

    # The sink answers 250 only after the file is in place: no polling needed.
    assert _stored_message(infra.mail_dir, message_id) == raw


@pytest.mark.integration
def test_up_again_reuses_what_is_running(infra: Endpoints) -> None:
    before = {item.title: item.pid for item in status() if item.pid is not None}

    report = start_all()

    assert report.endpoints == infra
    assert {o.title: o.pid for o in report.outcomes if o.action != "external"} == before
    assert all(o.action in ("reused", "external") for o in report.outcomes)


@pytest.mark.integration
def test_status_command_reports_every_component_running(infra: Endpoints) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clusterlink.localinfra", "status"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("Kafka") and " running " in line and infra.kafka_bootstrap in line for line in lines
    )
    assert any(line.startswith("SMTP sink") and " running " in line for line in lines)
    if "MONGODB_URL" not in os.environ:
        assert any(line.startswith("FerretDB") and " running " in line for line in lines)


def test_up_names_the_process_holding_a_port_and_starts_nothing(tmp_path: Path) -> None:
    settings = LocalInfraSettings(
        local_dir=tmp_path / "local",
        kafka_port=_free_port(),
        kafka_controller_port=_free_port(),
        mongo_port=_free_port(),
        smtp_port=_free_port(),
    )
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", settings.kafka_port))
        holder.listen()

        with pytest.raises(LocalInfraError) as raised:
            start_all(settings)

    message = str(raised.value)
    assert f"port {settings.kafka_port} is in use by PID {os.getpid()} (command " in message
    assert "CLUSTERLINK_KAFKA_PORT" in message
    # It failed before downloading or starting anything.
    assert not (settings.local_dir / "kafka").exists()
    assert not list(settings.run_dir.glob("*.pid"))


async def test_sink_handler_writes_one_complete_file_per_message_in_arrival_order(tmp_path: Path) -> None:
    controller = Controller(EmlDirectoryHandler(tmp_path), hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        sent = []
        for _ in range(3):
            message_id = make_msgid(domain="clusterlink.test")
            raw = _thai_message(message_id)
            await aiosmtplib.send(
                raw,
                sender="noreply@clusterlink.test",
                recipients=["buyer@example.test"],
                hostname=controller.hostname,
                port=controller.port,
            )
            sent.append(raw)
    finally:
        controller.stop()

    # Name order is arrival order, and no temporary file is left beside the messages.
    assert _contents_by_name(tmp_path) == sent


@pytest.fixture
def sleeping_group(tmp_path: Path) -> Iterator[Callable[[str], int]]:
    """A process group of a shell and a background child; whatever a test leaves is killed."""
    pids: list[int] = []

    def start(script: str) -> int:
        pid = spawn_detached(
            ["sh", "-c", script], log_file=tmp_path / "group.log", pid_file=tmp_path / "group.pid"
        )
        pids.append(pid)
        deadline = time.monotonic() + 10
        while len(group_members(pid)) < 2:
            assert time.monotonic() < deadline, "the shell never started its child"
            time.sleep(0.05)
        return pid

    yield start
    for pid in pids:
        if group_members(pid):
            stop_process_group(pid, 0)


def test_stop_ends_the_whole_process_group(sleeping_group: Callable[[str], int]) -> None:
    pid = sleeping_group("sleep 300 & wait")

    forced = stop_process_group(pid, timeout_s=10)

    assert not forced
    assert group_members(pid) == []


def test_stop_kills_a_group_that_ignores_sigterm(sleeping_group: Callable[[str], int]) -> None:
    # An ignored signal stays ignored across exec, so the background sleep ignores SIGTERM too.
    pid = sleeping_group("trap '' TERM; sleep 300 & wait")

    forced = stop_process_group(pid, timeout_s=0.5)

    assert forced
    assert group_members(pid) == []


@pytest.mark.parametrize(
    ("require", "expected"),
    [
        (require_java, "Java 17 not found on PATH"),
        (require_maven, "Maven (mvn) not found on PATH"),
        (require_go, "Go not found on PATH"),
    ],
)
def test_missing_tool_says_what_to_install(
    require: Callable[[str | None], str], expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)

    with pytest.raises(LocalInfraError, match=re.escape(expected)):
        require(str(tmp_path))  # an empty folder as the whole PATH
