"""Registry throughput and POST-to-Kafka latency, beside a same-run baseline.

    .venv/bin/python bench/registry_bench.py [--quick] [--count N] [--concurrency 1,8,32]

For each concurrency level, N clients-worth of `POST /v1/smes` go to a real
registry process on the local broker and database; a consumer on
`sme.profiles` notes when each profile's event arrives. Reported:
registrations per second (accepted POSTs over wall time), and the p50/p99
time from sending the POST to the event arriving on the topic.

The baseline does the least that could work, at the same concurrency on the
same infrastructure: one plain MongoDB insert of the profile, then one Kafka
publish of the same event bytes (to its own topic) — no validation, no HTTP,
no outbox. The ratio says what the registry's guarantees cost.

The profiles registered are erased afterwards (tombstones), unless --keep.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

import httpx  # noqa: E402
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: E402
from aiokafka.admin import AIOKafkaAdminClient, NewTopic  # noqa: E402
from aiokafka.errors import TopicAlreadyExistsError  # noqa: E402

from clusterlink.localinfra import Endpoints, ensure_up  # noqa: E402
from services.registry.keys import hash_secret  # noqa: E402
from shared.events import SmeProfileChangedV1, SmeProfileV1  # noqa: E402
from shared.kafka_admin import ensure_topics  # noqa: E402
from shared.mongo import create_client, get_database  # noqa: E402
from shared.topics import SME_PROFILES  # noqa: E402

DEV_PROFILES = ROOT.parent / "shared" / "data" / "dev" / "profiles.jsonl"
BASELINE_TOPIC = "bench.registry.baseline"
PARTITIONS = 6


@dataclass
class Level:
    concurrency: int
    count: int
    elapsed_s: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    failures: int = 0

    @property
    def per_second(self) -> float:
        return self.count / self.elapsed_s if self.elapsed_s else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Arrivals:
    """Reads a topic from its current end and notes when each key first arrives."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
        self._topic = topic
        self.seen: dict[bytes, float] = {}
        self._wanted: set[bytes] = set()
        self._all_seen = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._consumer.start()
        partitions = [TopicPartition(self._topic, p) for p in range(PARTITIONS)]
        self._consumer.assign(partitions)
        await self._consumer.seek_to_end(*partitions)
        for tp in partitions:
            await self._consumer.position(tp)
        self._task = asyncio.create_task(self._read())

    async def _read(self) -> None:
        while True:
            batches = await self._consumer.getmany(timeout_ms=20)
            now = time.perf_counter()
            for records in batches.values():
                for record in records:
                    if record.key is not None:
                        self.seen.setdefault(record.key, now)
                        self._wanted.discard(record.key)
            if not self._wanted:
                self._all_seen.set()

    async def wait_for(self, keys: list[bytes], timeout_s: float) -> None:
        self._wanted = {k for k in keys if k not in self.seen}
        self._all_seen.clear()
        with suppress(TimeoutError):
            await asyncio.wait_for(self._all_seen.wait(), timeout_s)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        await self._consumer.stop()


def _profiles(run: str, count: int) -> list[dict[str, object]]:
    source = [json.loads(line) for line in DEV_PROFILES.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for index in range(count):
        profile = dict(source[index % len(source)])
        profile["id"] = f"bench-{run}-{index:05d}"
        profile["contact_email"] = f"bench-{run}-{index}@bench.example"
        out.append(profile)
    return out


async def _drive(
    level: Level,
    keys: list[bytes],
    arrivals: Arrivals,
    one: Callable[[int], Awaitable[bool]],
    started: dict[bytes, float],
) -> None:
    queue = iter(range(level.count))

    async def client() -> None:
        for index in queue:
            started[keys[index]] = time.perf_counter()
            if not await one(index):
                level.failures += 1

    begin = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(level.concurrency)))
    level.elapsed_s = time.perf_counter() - begin
    await arrivals.wait_for(keys, timeout_s=120)
    level.latencies_ms = [(arrivals.seen[k] - started[k]) * 1000 for k in keys if k in arrivals.seen]


async def _registry_level(
    url: str, api_key: str, profiles: list[dict[str, object]], level: Level, arrivals: Arrivals
) -> None:
    keys = [str(p["id"]).encode() for p in profiles]
    started: dict[bytes, float] = {}
    limits = httpx.Limits(max_connections=level.concurrency)
    async with httpx.AsyncClient(
        base_url=url, headers={"Authorization": f"Bearer {api_key}"}, timeout=60, limits=limits
    ) as http:

        async def one(index: int) -> bool:
            return (await http.post("/v1/smes", json=profiles[index])).status_code == 201

        await _drive(level, keys, arrivals, one, started)


async def _baseline_level(
    endpoints: Endpoints, db_name: str, profiles: list[dict[str, object]], level: Level, arrivals: Arrivals
) -> None:
    mongo = create_client(endpoints.mongodb_url)
    collection = get_database(mongo, db_name)["baseline"]
    producer = AIOKafkaProducer(bootstrap_servers=endpoints.kafka_bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    keys = [str(p["id"]).encode() for p in profiles]
    started: dict[bytes, float] = {}
    try:

        async def one(index: int) -> bool:
            profile = profiles[index]
            await collection.insert_one({"_id": profile["id"], **profile})
            event = SmeProfileChangedV1(
                sme_id=str(profile["id"]), version=1, profile=SmeProfileV1.model_validate(profile)
            )
            await producer.send_and_wait(BASELINE_TOPIC, event.to_bytes(), key=keys[index])
            return True

        await _drive(level, keys, arrivals, one, started)
    finally:
        await producer.stop()
        mongo.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_registry(
    endpoints: Endpoints, db_prefix: str, api_key: str, log_path: Path
) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KAFKA_BOOTSTRAP_SERVERS": endpoints.kafka_bootstrap,
        "MONGODB_URL": endpoints.mongodb_url,
        "MONGODB_DB_PREFIX": db_prefix,
        "REGISTRY_COORDINATOR_KEY_HASHES": hash_secret(api_key),
        "REGISTRY_PORT": str(port),
        "LOG_LEVEL": "WARNING",
    }
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "services.registry"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the registry exited; see {log_path}")
        with suppress(httpx.HTTPError):
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return process, url
        time.sleep(0.2)
    raise RuntimeError(f"the registry did not become ready; see {log_path}")


async def _ensure_baseline_topic(bootstrap: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        if BASELINE_TOPIC not in await admin.list_topics():
            with suppress(TopicAlreadyExistsError):
                await admin.create_topics([NewTopic(BASELINE_TOPIC, PARTITIONS, 1)])
    finally:
        await admin.close()


async def _erase(url: str, api_key: str, ids: list[str]) -> None:
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {api_key}"}, timeout=60) as http:
        gate = asyncio.Semaphore(8)

        async def erase(sme_id: str) -> None:
            async with gate:
                await http.delete(f"/v1/smes/{sme_id}")

        await asyncio.gather(*(erase(sme_id) for sme_id in ids))


def _row(label: str, level: Level) -> str:
    return (
        f"{label:<10} {level.concurrency:>5} {level.count:>6} {level.per_second:>10.1f} "
        f"{level.percentile(0.5):>9.1f} {level.percentile(0.99):>9.1f} {level.failures:>8}"
    )


async def run(count: int, levels: list[int], keep: bool) -> int:
    endpoints = ensure_up()
    await ensure_topics(endpoints.kafka_bootstrap)
    await _ensure_baseline_topic(endpoints.kafka_bootstrap)
    run_id = uuid.uuid4().hex[:6]
    db_prefix = f"bench{run_id}_"
    api_key = "clk_bench_" + secrets.token_urlsafe(24)
    log_path = endpoints.mail_dir.parent / f"registry-bench-{run_id}.log"
    process, url = _start_registry(endpoints, db_prefix, api_key, log_path)
    registry_arrivals = Arrivals(endpoints.kafka_bootstrap, SME_PROFILES)
    baseline_arrivals = Arrivals(endpoints.kafka_bootstrap, BASELINE_TOPIC)
    await registry_arrivals.start()
    await baseline_arrivals.start()
    registered: list[str] = []
    results: list[tuple[Level, Level]] = []
    try:
        for concurrency in levels:
            profiles = _profiles(f"{run_id}c{concurrency}", count)
            registry = Level(concurrency, count)
            await _registry_level(url, api_key, profiles, registry, registry_arrivals)
            registered += [str(p["id"]) for p in profiles]
            baseline = Level(concurrency, count)
            baseline_profiles = _profiles(f"{run_id}b{concurrency}", count)
            await _baseline_level(endpoints, f"{db_prefix}baseline", baseline_profiles, baseline, baseline_arrivals)
            results.append((registry, baseline))
        _report(results, count)
    finally:
        await registry_arrivals.stop()
        await baseline_arrivals.stop()
        if not keep and registered:
            print(f"erasing the {len(registered)} profiles registered (not measured)...", file=sys.stderr, flush=True)
            await _erase(url, api_key, registered)
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    lost = sum(r.count - len(r.latencies_ms) for r, _ in results)
    return 1 if lost or any(r.failures for r, _ in results) else 0


def _report(results: list[tuple[Level, Level]], count: int) -> None:
    print(f"registry POST /v1/smes -> event on {SME_PROFILES}; baseline: Mongo insert + Kafka publish (same run)")
    print(f"{count} registrations per level; latency = from sending to the event arriving on the topic\n")
    print(f"{'':<10} {'conc':>5} {'count':>6} {'per s':>10} {'p50 ms':>9} {'p99 ms':>9} {'failed':>8}")
    for registry, baseline in results:
        print(_row("registry", registry))
        print(_row("baseline", baseline))
        print(
            f"{'ratio':<10} {registry.concurrency:>5} {'':>6} {registry.per_second / baseline.per_second:>9.2f}x"
            f" {registry.percentile(0.5) / baseline.percentile(0.5):>8.1f}x"
            f" {registry.percentile(0.99) / baseline.percentile(0.99):>8.1f}x\n"
        )
    lost = sum(r.count - len(r.latencies_ms) for r, _ in results)
    print(f"events missing after 120 s: {lost}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 30 registrations per level")
    parser.add_argument("--count", type=int, default=300, help="registrations per concurrency level")
    parser.add_argument("--concurrency", default="1,8,32", help="comma-separated client counts")
    parser.add_argument("--keep", action="store_true", help="do not erase the registered profiles afterwards")
    args = parser.parse_args()
    count = 30 if args.quick else args.count
    levels = [int(part) for part in args.concurrency.split(",")]
    return asyncio.run(run(count, levels, args.keep))


if __name__ == "__main__":
    sys.exit(main())
