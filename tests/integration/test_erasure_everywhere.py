"""An erased SME leaves nothing behind: no collection of any service, and no record written after
its erasure, carries its id, name or address; its partners' emails and answers are cleaned too."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from bson import json_util

from clusterlink.localinfra import Endpoints
from shared.mongo import create_client, get_database
from shared.topics import SME_PROFILES, TOPICS
from tests.conftest import SESSION_DB_PREFIX
from tests.support.mailbox import text_body, wait_for_messages
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

DB_PREFIX = SESSION_DB_PREFIX + "era_"
SERVICES = ("registry", "matcher", "notifier")
LINK = re.compile(r"(https?://\S+/links/(accept|decline)\?t=\S+)")


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The stack's run directory: each service process writes its log to `logs/<service>.log` in it."""
    return tmp_path_factory.mktemp("erasure")


@pytest.fixture(scope="module")
def stack(infra: Endpoints, run_dir: Path) -> Iterator[RunningStack]:
    with running_stack(infra, DB_PREFIX, run_dir) as s:
        yield s


@pytest.fixture
def erased_afterwards(stack: RunningStack) -> Iterator[list[str]]:
    """Ids to erase when the test ends: profiles left live in the shared broker would be matched
    by later tests' SMEs (and e-mailed about)."""
    ids: list[str] = []
    yield ids
    for sme_id in ids:
        httpx.delete(f"{stack.registry_url}/v1/smes/{sme_id}", headers={"Authorization": f"Bearer {stack.api_key}"})


def _profile(sme_id: str, name: str, stage: str, offers: list[str], needs: list[str]) -> dict[str, Any]:
    return {
        "id": sme_id,
        "name": name,
        "sub_cluster": "hemp_natural_fibre",
        "stage": stage,
        "province": "Loei",
        "offers": offers,
        "needs": needs,
        "bcg": ["bio"],
        "contact_email": f"{sme_id}@erasure.example",
        "language": "en",
    }


def _dump_databases(infra: Endpoints) -> dict[str, list[dict[str, Any]]]:
    """Every document of every collection of the three services, by collection."""

    async def read() -> dict[str, list[dict[str, Any]]]:
        client = create_client(infra.mongodb_url)
        try:
            found: dict[str, list[dict[str, Any]]] = {}
            for service in SERVICES:
                db = get_database(client, f"{DB_PREFIX}{service}")
                for name in await db.list_collection_names():
                    found[f"{service}.{name}"] = [doc async for doc in db[name].find({})]
            return found
        finally:
            client.close()

    return asyncio.run(read())


def _text(docs: list[dict[str, Any]]) -> str:
    return json_util.dumps(docs, ensure_ascii=False)


def _leaks(infra: Endpoints, secrets: list[str]) -> dict[str, str]:
    """Where any of `secrets` (id, name, address) is still stored, with what surrounds it."""
    found: dict[str, str] = {}
    for where, docs in _dump_databases(infra).items():
        for doc in docs:
            text = _text([doc])
            # Not even the registry's version history names it once the tombstone is published: it
            # keeps the last version number under a keyed hash of the id (docs/security.md).
            if any(s in text for s in secrets):
                found[where] = text[:600]
    return found


def _end_offsets(infra: Endpoints) -> dict[TopicPartition, int]:
    async def read() -> dict[TopicPartition, int]:
        consumer = AIOKafkaConsumer(bootstrap_servers=infra.kafka_bootstrap)
        await consumer.start()
        try:
            # Every topic of the project, dead letters included.
            tps = [TopicPartition(spec.name, p) for spec in TOPICS for p in range(spec.partitions)]
            return dict(await consumer.end_offsets(tps))
        finally:
            await consumer.stop()

    return asyncio.run(read())


def _records_since(infra: Endpoints, start: dict[TopicPartition, int]) -> list[tuple[str, bytes]]:
    """(topic, key + value + headers) of every record written after `start`."""

    async def read() -> list[tuple[str, bytes]]:
        consumer = AIOKafkaConsumer(bootstrap_servers=infra.kafka_bootstrap, enable_auto_commit=False)
        await consumer.start()
        try:
            ends = await consumer.end_offsets(list(start))
            todo = {tp for tp in start if ends[tp] > start[tp]}
            consumer.assign(list(todo))
            for tp in todo:
                consumer.seek(tp, start[tp])
            found: list[tuple[str, bytes]] = []
            deadline = time.monotonic() + 30
            while todo and time.monotonic() < deadline:
                for tp, records in (await consumer.getmany(timeout_ms=500)).items():
                    for r in records:
                        raw = (r.key or b"") + b"|" + (r.value or b"") + b"|"
                        raw += b"|".join(k.encode() + b"=" + (v or b"") for k, v in r.headers)
                        found.append((tp.topic, raw))
                        if r.offset + 1 >= ends[tp]:
                            todo.discard(tp)
            assert not todo, f"could not read {todo}"
            return found
        finally:
            # aiokafka 0.14 may cancel its own committed-offsets task while stopping an assigned consumer.
            with contextlib.suppress(asyncio.CancelledError):
                await consumer.stop()

    return asyncio.run(read())


def _log_sizes(run_dir: Path) -> dict[Path, int]:
    return {path: path.stat().st_size for path in (run_dir / "logs").glob("*.log")}


def _logged_since(run_dir: Path, sizes: dict[Path, int]) -> str:
    """What the services' processes wrote to their logs after `sizes` were taken."""
    text = []
    for path in sorted((run_dir / "logs").glob("*.log")):
        with path.open("rb") as log:
            log.seek(sizes.get(path, 0))
            text.append(log.read().decode("utf-8", "replace"))
    return "\n".join(text)


def _wait_for(condition: Any, what: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.3)


def _answer(stack: RunningStack, address: str, action: str) -> None:
    """Press the `action` button of the first email to `address`, as its reader would."""
    mail = wait_for_messages(stack.mail_dir, address, 1)
    assert mail, f"no email to {address}"
    url = next(u for u, kind in LINK.findall(text_body(mail[0])) if kind == action)
    token = parse_qs(urlsplit(url).query)["t"][0]
    answered = httpx.post(f"{stack.notifier_url}/links/{action}", data={"t": token}, timeout=10)
    assert answered.status_code == 200, answered.text


def test_an_erased_sme_leaves_no_trace_in_any_database_or_later_record(
    stack: RunningStack, infra: Endpoints, run_dir: Path, erased_afterwards: list[str]
) -> None:
    uid = uuid.uuid4().hex[:8]
    spinner = _profile(
        f"era-{uid}-spin",
        f"Phu Ruea Hemp Spinners {uid}",
        "upstream",
        ["hand-spun hemp yarn, naturally dyed, 200 kg per month"],
        [],
    )
    weavers = [
        _profile(
            f"era-{uid}-weave{n}",
            f"Loei Hemp Weavers {n} {uid}",
            "midstream",
            ["handwoven hemp fabric"],
            ["hand-spun hemp yarn, naturally dyed, about 150 kg per month"],
        )
        for n in (1, 2)
    ]
    coordinator = {"Authorization": f"Bearer {stack.api_key}"}
    erased_afterwards.extend(w["id"] for w in weavers)
    for profile in (spinner, *weavers):
        assert httpx.post(f"{stack.registry_url}/v1/smes", json=profile, headers=coordinator).status_code == 201
    # Both sides are told; one weaver accepts the spinner (an answer on record), the other declines it
    # (a declined pair in the matcher), and the spinner accepts the first weaver.
    _answer(stack, weavers[0]["contact_email"], "accept")
    _answer(stack, weavers[1]["contact_email"], "decline")
    assert len(wait_for_messages(stack.mail_dir, spinner["contact_email"], 2)) >= 1
    _answer(stack, spinner["contact_email"], "accept")
    secrets_of_spinner = [spinner["id"], spinner["name"], spinner["contact_email"]]
    _wait_for(
        lambda: spinner["id"] in _text(_dump_databases(infra)["matcher.declined_pairs"]), "the decline to be stored"
    )

    before = _end_offsets(infra)
    logs_before = _log_sizes(run_dir)
    assert set(logs_before) >= {run_dir / "logs" / f"{service}.log" for service in SERVICES}
    erased = httpx.delete(f"{stack.registry_url}/v1/smes/{spinner['id']}", headers=coordinator)
    assert erased.status_code == 204, erased.text

    deadline = time.monotonic() + 30
    while (left := _leaks(infra, secrets_of_spinner)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not left, "\n".join(f"{where}: {text}" for where, text in left.items())
    dump = _dump_databases(infra)
    # The others are still there (the scan read real data).
    assert weavers[0]["id"] in _text(dump["notifier.recipients"])
    # The matcher's index forgot it too: its recommendations are gone, and no partner lists it.
    recommendations = httpx.get(f"{stack.matcher_url}/v1/smes/{spinner['id']}/recommendations", headers=coordinator)
    assert recommendations.status_code == 404
    for weaver in weavers:
        listed = httpx.get(f"{stack.matcher_url}/v1/smes/{weaver['id']}/recommendations", headers=coordinator)
        assert listed.status_code == 200, listed.text
        assert spinner["id"] not in listed.text

    # A later change of a partner is handled, and nothing written since the erasure names the SME;
    # only the erasure's own tombstone (its key, no value) does.
    changed = weavers[0] | {"needs": [*weavers[0]["needs"], "natural indigo dye"]}
    put = httpx.put(
        f"{stack.registry_url}/v1/smes/{weavers[0]['id']}", json=changed, headers={**coordinator, "If-Match": '"1"'}
    )
    assert put.status_code == 200, put.text
    _wait_for(
        lambda: any(
            d["_id"] == weavers[0]["id"] and d["version"] == 2 for d in _dump_databases(infra)["notifier.recipients"]
        ),
        "the change to reach the notifier",
    )
    written = _records_since(infra, before)
    tombstone_key = spinner["id"].encode()
    tombstones = [(t, raw) for t, raw in written if t == SME_PROFILES and raw.startswith(tombstone_key + b"||")]
    assert len(tombstones) == 1
    later = [record for record in written if record not in tombstones]
    assert any(t == SME_PROFILES for t, _ in later)
    assert [(t, raw) for t, raw in later for s in secrets_of_spinner if s.encode() in raw] == []

    # No log line any service wrote since the erasure carries its profile data (its id may be
    # logged: ids are how operators follow a request, and they are not profile data).
    logged = _logged_since(run_dir, logs_before)
    assert f"/v1/smes/{weavers[0]['id']}" in logged  # the lines since the erasure were read: the change is there
    profile_data = (spinner["name"], spinner["contact_email"])
    assert [line for line in logged.splitlines() if any(s in line for s in profile_data)] == []
