"""A bulk onboarding on real parts: a few hundred SMEs imported in one request reach every
list and every inbox, the lists equal `clusterlink match` on the same profiles, and no
email is sent twice."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import getaddresses
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from bench.synthetic_cluster import generate
from clusterlink.localinfra import Endpoints
from shared.events import MatchSuggestedV1, SmeProfileChangedV1
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES
from tests.conftest import SESSION_DB_PREFIX
from tests.support.mailbox import all_messages
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

CLUSTER_SIZE = 240
SETTLE_TIMEOUT_S = 300.0
EMAIL_TIMEOUT_S = 120.0  # after the lists have settled


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    run_dir: Path = tmp_path_factory.mktemp("bulk-stack")
    # Refit soon after the import, so the lists reach what a fit on every profile gives.
    extra = {"MATCHER_REFIT_INTERVAL_S": "2"}
    with running_stack(infra, SESSION_DB_PREFIX + "bulk_", run_dir, extra_env=extra) as s:
        yield s


def _cluster(uid: str) -> list[dict[str, Any]]:
    profiles: list[dict[str, Any]] = []
    for record in generate(CLUSTER_SIZE, seed=int(uid[:6], 16)):
        profile: dict[str, Any] = dict(record)
        profile["id"] = f"bulk-{uid}-{profile['id']}"
        profile["contact_email"] = f"{profile['id']}@bulk.example"
        profiles.append(profile)
    return profiles


async def _topic_records(bootstrap: str, topic: str) -> list[Any]:
    """Everything on the topic now, from the beginning."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        cluster = await consumer._client.fetch_all_metadata()
        tps = [TopicPartition(topic, p) for p in cluster.partitions_for_topic(topic) or ()]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        records: list[Any] = []
        while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
            for batch in (await consumer.getmany(timeout_ms=1000, max_records=5000)).values():
                records.extend(batch)
        return records
    finally:
        await consumer.stop()


def _live_profiles(bootstrap: str) -> list[dict[str, Any]]:
    """The newest snapshot of every live SME on `sme.profiles`: what every matcher replica indexes."""
    latest: dict[str, tuple[int, dict[str, Any] | None]] = {}
    for record in asyncio.run(_topic_records(bootstrap, SME_PROFILES)):
        key = (record.key or b"").decode()
        try:
            event = SmeProfileChangedV1.model_validate_json(record.value) if record.value else None
        except ValueError:
            continue  # poison left by other tests
        version = event.version if event else int(dict(record.headers or ()).get("version", b"0") or 0)
        if key not in latest or version > latest[key][0]:
            latest[key] = (version, event.profile.model_dump(mode="json") if event else None)
    return [profile for _, profile in latest.values() if profile is not None]


Lists = dict[str, list[tuple[float, str]]]
_SCORE_NOISE = 1e-3  # an index grown by upserts and refits differs from a fresh fit by float noise


def _normalised(entries: list[tuple[str, float]]) -> list[tuple[float, str]]:
    return sorted(((-score, partner) for partner, score in entries))


def _equivalent(served: Lists | None, expected: Lists | None) -> bool:
    """The same lists up to float noise and ties: the same scores in order, and the same partners
    except among those tied (within noise) with the last one, where either may take the place."""
    if served is None or expected is None:
        return served is expected
    for direction in ("suppliers", "buyers"):
        a, b = served[direction], expected[direction]
        if len(a) != len(b) or any(abs(x[0] - y[0]) > _SCORE_NOISE for x, y in zip(a, b, strict=True)):
            return False
        if a:
            cut = max(a[-1][0], b[-1][0]) - _SCORE_NOISE  # scores are negated: the last is the lowest
            if {p for s, p in a if s < cut} != {p for s, p in b if s < cut}:
                return False
    return True


def _offline_lists(profiles: list[dict[str, Any]], work: Path) -> dict[str, Lists]:
    source, out = work / "profiles.jsonl", work / "recs.jsonl"
    source.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in profiles), encoding="utf-8")
    command = [sys.executable, "-m", "services.matcher.offline", "--profiles", str(source), "--k", "10"]
    subprocess.run([*command, "--out", str(out)], check=True, capture_output=True)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {
        line["sme_id"]: {d: _normalised([(p["id"], p["score"]) for p in line[d]]) for d in ("suppliers", "buyers")}
        for line in lines
    }


def _served_lists(stack: RunningStack, ids: list[str]) -> dict[str, Lists]:
    served: dict[str, Lists] = {}
    auth = {"Authorization": f"Bearer {stack.api_key}"}
    with httpx.Client(base_url=stack.matcher_url, timeout=10, headers=auth) as client:
        for sme_id in ids:
            served[sme_id] = {}
            for direction in ("suppliers", "buyers"):
                response = client.get(f"/v1/smes/{sme_id}/recommendations", params={"direction": direction})
                items = response.json()["items"] if response.status_code == 200 else []
                served[sme_id][direction] = _normalised([(i["partner_id"], i["score"]) for i in items])
    return served


@dataclass(frozen=True)
class Imported:
    uid: str
    ids: list[str]


@pytest.fixture(scope="module")
def imported(stack: RunningStack) -> Imported:
    """One bulk import of the cluster, shared by the tests of this module."""
    uid = uuid.uuid4().hex[:8]
    cluster = _cluster(uid)
    body = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in cluster).encode()
    headers = {"Authorization": f"Bearer {stack.api_key}", "Content-Type": "application/x-ndjson"}
    response = httpx.post(f"{stack.registry_url}/v1/import", content=body, headers=headers, timeout=120)
    assert response.status_code == 200, response.text
    assert response.json()["created"] == CLUSTER_SIZE
    return Imported(uid, [p["id"] for p in cluster])


def test_after_a_bulk_import_every_list_equals_clusterlink_match(
    stack: RunningStack, infra: Endpoints, imported: Imported, tmp_path: Path
) -> None:
    ids = imported.ids
    # Every list as a fit on every live profile gives it (the matcher refits every 2 s).
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while True:
        expected = _offline_lists(_live_profiles(infra.kafka_bootstrap), tmp_path)
        served = _served_lists(stack, ids)
        differing = [i for i in ids if not _equivalent(served[i], expected.get(i))]
        if not differing or time.monotonic() > deadline:
            break
        time.sleep(3)
    first = differing[0] if differing else None
    assert not differing, (
        f"{len(differing)} SMEs' lists differ from clusterlink match, e.g. {differing[:3]}; "
        f"{first}: served {served[first] if first else None}, expected {expected.get(first) if first else None}"
    )
    assert sum(bool(lists["suppliers"] or lists["buyers"]) for lists in served.values()) > CLUSTER_SIZE // 2


def test_after_a_bulk_import_every_sme_told_of_a_partner_gets_one_email(
    stack: RunningStack, infra: Endpoints, imported: Imported
) -> None:
    deadline = time.monotonic() + EMAIL_TIMEOUT_S
    # Every SME told of a partner gets an email; none gets the same message twice. Partners from
    # this import only: the matcher also knows SMEs other tests published on this broker earlier,
    # but this stack's notifier reads profiles from its start on, so it waits for theirs for good.
    ours = f"bulk-{imported.uid}-"
    told: set[str] = set()
    while not told and time.monotonic() < deadline:
        told = {
            s.recipient_id
            for r in asyncio.run(_topic_records(infra.kafka_bootstrap, MATCH_SUGGESTIONS))
            if r.key and r.key.decode().startswith(ours)
            for s in [MatchSuggestedV1.model_validate_json(r.value)]
            if s.supplier_id.startswith(ours) and s.buyer_id.startswith(ours)
        }
        time.sleep(2)
    assert told, "no suggestion was published"
    addresses = {f"{i}@bulk.example" for i in told}
    while True:
        mine = [
            m
            for m in all_messages(stack.mail_dir)
            if {a.lower() for _, a in getaddresses(m.get_all("To", []))} & addresses
        ]
        reached = {a.lower() for m in mine for _, a in getaddresses(m.get_all("To", []))} & addresses
        if reached == addresses or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert reached == addresses, f"{len(addresses - reached)} of {len(addresses)} SMEs got no email"
    message_ids = [m["Message-ID"] for m in mine]
    assert len(message_ids) == len(set(message_ids)), "an email was delivered twice"
