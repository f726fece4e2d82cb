"""End-to-end latency: one registration over HTTP → both emails in the SMTP sink.

Baseline, measured in the same run on the same infrastructure: the floor the
path cannot beat — one Kafka produce→consume round trip per hop (three hops)
plus one SMTP send per email (two emails).

    .venv/bin/python bench/e2e_latency.py --pairs 10
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import statistics
import time
import uuid
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiosmtplib
import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints, ensure_up
from clusterlink.paths import local_dir
from clusterlink.stack import ServiceSpec, start_service, stop_pid
from services.registry.keys import hash_secret
from shared.kafka_admin import ensure_topics
from shared.topics import MATCH_FEEDBACK, SME_PROFILES, TopicSpec

SERVICES = (ServiceSpec("registry", 28001), ServiceSpec("matcher", 28002), ServiceSpec("notifier", 28003))


def _pair(uid: str) -> tuple[dict[str, Any], dict[str, Any]]:
    grower = {
        "id": f"bench-{uid}-grow", "name": f"ไร่ฝ้ายอินทรีย์ {uid}", "sub_cluster": "ageing_lifestyle_isan",
        "stage": "upstream", "province": "Loei", "offers": ["ปุยฝ้ายออร์แกนิก เดือนละ 2 ตัน"], "needs": [],
        "certifications": ["Organic Thailand"], "bcg": ["bio"], "contact_email": f"grow-{uid}@bench.example",
        "language": "th",
    }
    spinner = {
        "id": f"bench-{uid}-spin", "name": f"Isan Organic Spinning {uid}", "sub_cluster": "ageing_lifestyle_isan",
        "stage": "upstream", "province": "Khon Kaen", "offers": ["organic cotton yarn"],
        "needs": ["raw organic cotton fibre, 1 tonne a month"], "certifications": [], "bcg": ["bio"],
        "contact_email": f"spin-{uid}@bench.example", "language": "en",
    }
    return grower, spinner


def _mail_count(mail_dir: Path, needle: str) -> int:
    return sum(1 for p in mail_dir.glob("*.eml") if needle.encode() in p.read_bytes())


def _measure_path(registry_url: str, api_key: str, mail_dir: Path, pairs: int) -> list[float]:
    timings = []
    with httpx.Client(base_url=registry_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=10) as c:
        for _ in range(pairs):
            uid = uuid.uuid4().hex[:8]
            grower, spinner = _pair(uid)
            assert c.post("/v1/smes", json=grower).status_code == 201
            t0 = time.perf_counter()
            assert c.post("/v1/smes", json=spinner).status_code == 201
            deadline = t0 + 60
            while _mail_count(mail_dir, f"grow-{uid}@") < 1 or _mail_count(mail_dir, f"spin-{uid}@") < 1:
                if time.perf_counter() > deadline:
                    raise SystemExit(f"no emails for pair {uid} within 60 s")
                time.sleep(0.005)
            timings.append(time.perf_counter() - t0)
    return timings


async def _floor(endpoints: Endpoints, rounds: int) -> list[float]:
    topic = "bench.floor"
    await ensure_topics(endpoints.kafka_bootstrap, (TopicSpec(topic, 1),))
    producer = AIOKafkaProducer(bootstrap_servers=endpoints.kafka_bootstrap, acks="all")
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=endpoints.kafka_bootstrap, auto_offset_reset="latest")
    await producer.start()
    await consumer.start()
    await consumer.seek_to_end()
    out = []
    try:
        for _ in range(rounds):
            t0 = time.perf_counter()
            for _hop in range(3):
                await producer.send_and_wait(topic, b"x")
                await consumer.getone()
            for _mail in range(2):
                msg = EmailMessage()
                msg["From"], msg["To"], msg["Subject"] = "a@bench.example", "floor@bench.example", "floor"
                msg.set_content("floor")
                await aiosmtplib.send(msg, hostname=endpoints.smtp_host, port=endpoints.smtp_port)
            out.append(time.perf_counter() - t0)
    finally:
        await consumer.stop()
        await producer.stop()
    return out


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=10)
    args = ap.parse_args()
    endpoints = ensure_up()
    asyncio.run(ensure_topics(endpoints.kafka_bootstrap))
    api_key = "clk_bench_" + secrets.token_urlsafe(16)
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": endpoints.kafka_bootstrap, "MONGODB_URL": endpoints.mongodb_url,
        "MONGODB_DB_PREFIX": f"bench{uuid.uuid4().hex[:6]}_",
        "REGISTRY_COORDINATOR_KEY_HASHES": hash_secret(api_key), "NOTIFIER_LINK_SECRET": secrets.token_urlsafe(48),
        "NOTIFIER_SMTP_HOST": endpoints.smtp_host, "NOTIFIER_SMTP_PORT": str(endpoints.smtp_port),
        "NOTIFIER_PUBLIC_BASE_URL": SERVICES[2].url, "NOTIFIER_QUIET_HOURS_ENABLED": "false",
        "MATCHER_GROUP_ID": f"bench-{uuid.uuid4().hex[:6]}-matcher",
        "NOTIFIER_GROUP_ID": f"bench-{uuid.uuid4().hex[:6]}-notifier",
    }
    # Start at the end of the shared log: measure this run's registrations, not a backlog.
    asyncio.run(start_group_at_end(endpoints.kafka_bootstrap, env["MATCHER_GROUP_ID"], (SME_PROFILES, MATCH_FEEDBACK)))
    asyncio.run(start_group_at_end(endpoints.kafka_bootstrap, env["NOTIFIER_GROUP_ID"]))
    run_dir = local_dir() / "bench" / "e2e"
    pids = []
    try:
        for spec in SERVICES:
            pids.append(start_service(spec, env, run_dir=run_dir / "run", log_dir=run_dir / "logs"))
        path = _measure_path(SERVICES[0].url, api_key, endpoints.mail_dir, args.pairs)
    finally:
        for pid in reversed(pids):
            stop_pid(pid)
    floor = asyncio.run(_floor(endpoints, args.pairs))
    med_path, med_floor = statistics.median(path), statistics.median(floor)
    print(f"registration → both emails, {len(path)} pairs (seconds)")
    print(f"{'':<34}{'p50':>8}{'p99':>8}")
    print(f"{'ClusterLink path':<34}{med_path:>8.3f}{_p(path, 0.99):>8.3f}")
    print(f"{'floor: 3 Kafka hops + 2 SMTP sends':<34}{med_floor:>8.3f}{_p(floor, 0.99):>8.3f}")
    print(f"ratio path/floor (medians): {med_path / med_floor:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
