"""Bulk onboarding through the whole pipeline: import → matcher → notifier → SMTP sink.

    .venv/bin/python bench/pipeline_bench.py --quick
    .venv/bin/python bench/pipeline_bench.py --sizes 2000,20000 --replicas 1,2 [--timeout 900] [--keep]

For each size and replica count it starts a fresh stack of its own under a
temporary folder (its own CLUSTERLINK_LOCAL_DIR, free ports, new broker, new
database, new topics; the Kafka jars and database binaries of the main
`.local/` are linked, not rebuilt), runs the registry once and the matcher and
the notifier with that many replicas, imports a synthetic cluster with
`POST /v1/import` and measures how long the pipeline takes to swallow it.
The baseline, on the same broker in the same run, is raw aiokafka: produce
and consume as many messages of the same size. See docs/operators/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import email.utils
import json
import logging
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from email.parser import BytesHeaderParser
from pathlib import Path
from types import FrameType
from typing import Any, Literal

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

import httpx  # noqa: E402
import psutil  # noqa: E402
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: E402
from aiokafka.admin import AIOKafkaAdminClient, NewTopic  # noqa: E402
from motor.motor_asyncio import AsyncIOMotorClient  # noqa: E402
from pymongo.errors import PyMongoError  # noqa: E402

from bench import statement_stats  # noqa: E402
from bench.synthetic_cluster import generate  # noqa: E402
from clusterlink.localinfra import Endpoints, LocalInfraSettings, ensure_up, status, stop_all  # noqa: E402
from clusterlink.localinfra.components.kafka import KafkaBroker  # noqa: E402
from clusterlink.localinfra.components.postgres import Postgres, statement_stats_wanted  # noqa: E402
from clusterlink.localinfra.components.smtp import SmtpSink  # noqa: E402
from clusterlink.paths import local_dir  # noqa: E402
from clusterlink.stack import ServiceSpec, start_service, stop_pid  # noqa: E402
from services.matcher.list_repository import COLLECTION as LIST_COLLECTION  # noqa: E402
from services.matcher.list_repository import ListRepository  # noqa: E402
from services.matcher.settings import Settings as MatcherSettings  # noqa: E402
from services.registry.keys import hash_secret  # noqa: E402
from shared.events import MatchSuggestedV1, SmeProfileChangedV1, SmeProfileV1  # noqa: E402
from shared.kafka_admin import ensure_topics  # noqa: E402
from shared.mongo import MongoClient, MongoDatabase, get_database  # noqa: E402
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES, TOPICS, dead_letter  # noqa: E402

# Built once in the main local folder and only read afterwards: linked file by file into each
# bench stack, so a rebuild there would replace our links, never the originals.
REUSED_ARTEFACTS = ("bin", "kafka/libs")
# Components of the local infrastructure that are not the database (for CPU accounting).
NOT_DATABASE = frozenset({KafkaBroker.name, SmtpSink.name})
NOT_DATABASE_MARKERS = ("kafka.Kafka", "kafka.tools", "clusterlink.localinfra.smtp_sink")
# 60% instant, 20% daily, 10% weekly, 10% off: most SMEs keep the default.
PREFERENCE_CYCLE = ("instant",) * 6 + ("daily",) * 2 + ("weekly", "off")
IMPORT_CHUNK_LINES = 500  # well under the registry's 20,000 lines and 10 MB per request
IMPORT_CHUNK_BYTES = 8 * 1024 * 1024
RAW_TOPIC = "bench.raw"
PARTITIONS = {spec.name: spec.partitions for spec in TOPICS}
SEED = 7
LAG_POLL_S = 0.5
# A matcher replica using less than this over the last 10 s looks idle (an idle one uses ~0.01).
MATCHER_IDLE_CORES = 0.1
VERIFY_SAMPLE = 200  # SMEs whose two lists are compared with the matcher's index at the end
PROGRESS_S = 30.0  # a progress line this often while a stage waits
# Each of our own reads of the database or the broker gets this long: a stage that cannot be
# measured is reported as such instead of hanging.
PROBE_TIMEOUT_S = 60.0
MAIL_SCAN_S = 0.25
# A periodic refit (and the full pass after it) can still change lists up to one interval after
# the last event: lists count as final only after a quiet spell longer than that.
DEFAULT_SETTLE_S = float(MatcherSettings.model_fields["refit_interval_s"].default) + 5.0

log = logging.getLogger("pipeline_bench")


# ------------------------------------------------------------------ the data


def preference_for(index: int) -> str:
    return PREFERENCE_CYCLE[index % len(PREFERENCE_CYCLE)]


def bench_profiles(start: int, stop: int, seed: int = SEED) -> list[dict[str, Any]]:
    """Profiles `start`..`stop-1` of the synthetic cluster, each with a notification preference."""
    out: list[dict[str, Any]] = []
    for index, record in enumerate(generate(stop, seed)):
        if index >= start:
            out.append({**record, "notification_preference": preference_for(index)})
    return out


def jsonl_chunks(records: Sequence[Mapping[str, Any]], max_lines: int, max_bytes: int) -> list[bytes]:
    """JSONL request bodies of at most `max_lines` lines and `max_bytes` bytes each."""
    chunks: list[bytes] = []
    lines: list[bytes] = []
    size = 0
    for record in records:
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode()
        if lines and (len(lines) >= max_lines or size + len(line) > max_bytes):
            chunks.append(b"".join(lines))
            lines, size = [], 0
        lines.append(line)
        size += len(line)
    if lines:
        chunks.append(b"".join(lines))
    return chunks


def latency_pair(uid: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A grower and a spinner that need each other (as in e2e_latency.py); both on instant emails."""
    grower = {
        "id": f"lat-{uid}-grow", "name": f"ไร่ฝ้ายอินทรีย์ {uid}", "sub_cluster": "ageing_lifestyle_isan",
        "stage": "upstream", "province": "Loei", "offers": ["ปุยฝ้ายออร์แกนิก เดือนละ 2 ตัน"], "needs": [],
        "certifications": ["Organic Thailand"], "bcg": ["bio"], "contact_email": f"grow-{uid}@latency.example",
        "language": "th", "notification_preference": "instant",
    }  # fmt: skip
    spinner = {
        "id": f"lat-{uid}-spin", "name": f"Isan Organic Spinning {uid}", "sub_cluster": "ageing_lifestyle_isan",
        "stage": "upstream", "province": "Khon Kaen", "offers": ["organic cotton yarn"],
        "needs": ["raw organic cotton fibre, 1 tonne a month"], "certifications": [], "bcg": ["bio"],
        "contact_email": f"spin-{uid}@latency.example", "language": "en", "notification_preference": "instant",
    }  # fmt: skip
    return grower, spinner


# ------------------------------------------------------------------ pure measures


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def total_lag(committed: Mapping[Any, int | None], ends: Mapping[Any, int]) -> int | None:
    """Records not yet committed, over all partitions; a partition never committed counts from 0.

    None when the group has committed nothing at all: a consumer that keeps its progress
    elsewhere (today's matcher commits no offsets), so its lag cannot be read from Kafka.
    """
    if not any(offset is not None and offset >= 0 for offset in committed.values()):
        return None
    return sum(max(0, end - max(committed.get(tp) or 0, 0)) for tp, end in ends.items())


@dataclass(frozen=True)
class ListsState:
    documents: int
    stamps: float  # sum of every `updated_at` (and `revision`, where lists carry one)
    last_update: float | None  # wall-clock seconds of the newest `updated_at`

    @property
    def fingerprint(self) -> tuple[int, float, float | None]:
        return (self.documents, self.stamps, self.last_update)


class ListsSettle:
    """Decides when the matcher is done: nothing pending and the stored lists the same twice in a row.

    The two reads of every list are at least a settle spell apart. `updated_at` alone is not
    enough: it is stamped when a write starts, and a large write lands all at once much later.
    """

    def __init__(self) -> None:
        self.ready_since: float | None = None  # since when nothing is known to be pending
        self.state: ListsState | None = None
        self.read_at: float | None = None

    def observe(self, now: float, pending: bool) -> None:
        """`pending`: events not yet published, or not yet committed by a group that commits."""
        if pending:
            self.ready_since = None
            self.state = None
        elif self.ready_since is None:
            self.ready_since = now

    def read(self, now: float, state: ListsState, settle_s: float) -> float | None:
        """A read of the lists; returns when the matcher finished if it confirms the previous read.

        The finish is the newest list write (or when nothing was pending any more, if later).
        """
        if self.ready_since is None:
            return None
        previous, previous_at = self.state, self.read_at
        if previous is None or previous_at is None or previous.fingerprint != state.fingerprint:
            self.state, self.read_at = state, now
            return None
        if now - previous_at < settle_s:
            return None
        return max(self.ready_since, state.last_update or 0.0)

    def next_read(self, settle_s: float) -> float:
        return 0.0 if self.state is None or self.read_at is None else self.read_at + settle_s


def lists_agree(current: Iterable[str], stored: Iterable[str]) -> bool:
    """Same partners; the order may differ (only who is in a list is stored, the API ranks by today's scores)."""
    return set(current) == set(stored)


def sample_ids(ids: Sequence[str], count: int, seed: int = SEED) -> list[str]:
    if len(ids) <= count:
        return list(ids)
    return random.Random(seed).sample(list(ids), count)


@dataclass(frozen=True)
class Mail:
    recipients: tuple[str, ...]
    message_id: str | None
    kind: str | None
    arrived_at: float


def parse_mail(raw: bytes, arrived_at: float) -> Mail:
    headers = BytesHeaderParser().parsebytes(raw)
    to = [str(value) for value in headers.get_all("To", [])]
    recipients = tuple(address.lower() for _, address in email.utils.getaddresses(to) if address)
    message_id = headers.get("Message-ID")
    kind = headers.get("X-ClusterLink-Kind")
    return Mail(recipients, str(message_id).strip() if message_id else None, str(kind) if kind else None, arrived_at)


class MailIndex:
    """The sink folder, read incrementally: first suggestion email per address, Message-ID counts."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self.first_suggestion_at: dict[str, float] = {}
        self.message_ids: Counter[str] = Counter()
        self.total = 0

    def add(self, mail: Mail) -> None:
        self.total += 1
        if mail.message_id:
            self.message_ids[mail.message_id] += 1
        if mail.kind in (None, "suggestions"):
            for address in mail.recipients:
                known = self.first_suggestion_at.get(address)
                if known is None or mail.arrived_at < known:
                    self.first_suggestion_at[address] = mail.arrived_at

    @property
    def duplicate_message_ids(self) -> int:
        return sum(count - 1 for count in self.message_ids.values() if count > 1)

    def scan(self, mail_dir: Path) -> int:
        """Read the `.eml` files not read yet; returns how many. Arrival is the file's mtime."""
        added = 0
        try:
            entries = list(os.scandir(mail_dir))
        except FileNotFoundError:
            return 0
        for entry in entries:
            # The sink writes under a hidden name and renames: a visible .eml is complete.
            if entry.name in self._seen or not entry.name.endswith(".eml") or entry.name.startswith("."):
                continue
            try:
                raw = Path(entry.path).read_bytes()
                arrived = entry.stat().st_mtime
            except FileNotFoundError:
                continue
            self._seen.add(entry.name)
            self.add(parse_mail(raw, arrived))
            added += 1
        return added


def emails_progress(expected: Iterable[str], index: MailIndex) -> tuple[int, int, float | None]:
    """(addresses mailed, addresses expected, when the last of them got its first email, if all did)."""
    wanted = set(expected)
    arrivals = [index.first_suggestion_at[a] for a in wanted if a in index.first_suggestion_at]
    done = max(arrivals, default=None) if len(arrivals) == len(wanted) and wanted else None
    return len(arrivals), len(wanted), done


def instant_addresses(recipient_ids: Iterable[str], profiles: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """Contact addresses of the suggestion recipients whose preference is instant."""
    out = set()
    for sme_id in recipient_ids:
        profile = profiles.get(sme_id)
        if profile is not None and profile.get("notification_preference", "instant") == "instant":
            out.add(str(profile["contact_email"]).lower())
    return out


# ------------------------------------------------------------------ the stack


def free_ports(count: int) -> list[int]:
    socks = []
    try:
        for _ in range(count):
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            socks.append(sock)
        return [int(sock.getsockname()[1]) for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def link_artefacts(sources: Sequence[Path], target: Path, parts: Sequence[str] = REUSED_ARTEFACTS) -> list[str]:
    """Mirror `parts` of the source folders with one symlink per file; a later source wins.

    Returns the parts found. Linking files, not folders, means a rebuild in `target` replaces
    our links and never writes into a source.
    """
    linked = []
    for part in parts:
        for source in sources:
            origin = source / part
            if not origin.is_dir():
                continue
            if part not in linked:
                linked.append(part)
            (target / part).mkdir(parents=True, exist_ok=True)
            for path in sorted(origin.rglob("*")):
                dest = target / part / path.relative_to(origin)
                if path.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                if dest.is_symlink():
                    dest.unlink()
                if not dest.exists():
                    dest.symlink_to(path.resolve())
    return linked


def keep_built(stack_dir: Path, store: Path, parts: Sequence[str] = REUSED_ARTEFACTS) -> int:
    """Copy what a stack built itself (real files, not our links) to `store` for the next stacks."""
    copied = 0
    for part in parts:
        folder = stack_dir / part
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                dest = store / part / path.relative_to(folder)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, dest)
                copied += 1
    return copied


def bench_settings(local: Path, base: LocalInfraSettings) -> LocalInfraSettings:
    """`base` moved to `local` with a free port for every `*_port` field, and always its own database.

    Port fields are found by name, so a component added later (another database backend) gets a
    free port too instead of colliding with the main stack's default.
    """
    names = [f.name for f in dataclasses.fields(base) if f.name.endswith("_port")]
    changes: dict[str, Any] = dict(zip(names, free_ports(len(names)), strict=True))
    changes["local_dir"] = local
    if any(f.name == "external_mongodb_url" for f in dataclasses.fields(base)):
        changes["external_mongodb_url"] = None
    return dataclasses.replace(base, **changes)


@contextmanager
def signals_ignored() -> Iterator[None]:
    """Teardown must finish even if Ctrl-C is pressed again."""
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _cpu_of(pids: Iterable[int], descendants: bool = True) -> float:
    """CPU seconds (user + system, with reaped children) of the processes and their descendants."""
    total = 0.0
    seen: set[int] = set()
    for pid in pids:
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)] if descendants else [root]
        except psutil.NoSuchProcess:
            continue
        for proc in procs:
            if proc.pid in seen:
                continue
            seen.add(proc.pid)
            with suppress(psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                t = proc.cpu_times()
                # Reaped children (exited postgres backends) live on in their parent's children_* times.
                total += t.user + t.system + t.children_user + t.children_system
    return total


@dataclass
class Replica:
    name: str
    index: int
    spec: ServiceSpec
    pid: int


class BenchStack:
    """One fresh infrastructure (broker, database, SMTP sink) plus the services, in its own folder."""

    def __init__(self, directory: Path, sources: Sequence[Path]) -> None:
        self.dir = directory
        self.sources = list(sources)
        self.settings: LocalInfraSettings | None = None
        self.endpoints: Endpoints | None = None
        self.replicas: list[Replica] = []
        self.db_roots: set[int] = set()
        self.linked: list[str] = []

    def up(self) -> Endpoints:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.linked = link_artefacts(self.sources, self.dir)
        # Code that reads the folder from the environment (local_dir()) must see ours too.
        os.environ["CLUSTERLINK_LOCAL_DIR"] = str(self.dir)
        self.settings = bench_settings(self.dir, LocalInfraSettings.from_env())
        self.endpoints = ensure_up(self.settings)
        asyncio.run(ensure_topics(self.endpoints.kafka_bootstrap))
        self.db_roots = self._database_roots()
        print(f"database processes measured: {self.database_processes()}", flush=True)
        return self.endpoints

    def postgres(self) -> Postgres:
        assert self.settings is not None
        return Postgres(self.settings)

    def _database_roots(self) -> set[int]:
        assert self.settings is not None
        roots = {s.pid for s in status(self.settings) if s.pid is not None and s.name not in NOT_DATABASE}
        # Also any process started for this folder that is not Kafka or the sink (a helper of the
        # database the status does not list); their descendants are added when sampling.
        marker = str(self.dir)
        mine = {os.getpid(), *(p.pid for p in psutil.Process().parents())}
        for proc in psutil.process_iter(["pid", "cmdline"]):
            command = " ".join(proc.info["cmdline"] or [])
            if marker in command and proc.pid not in mine and not any(m in command for m in NOT_DATABASE_MARKERS):
                roots.add(proc.pid)
        return roots

    def database_processes(self) -> str:
        names = []
        for pid in sorted(self.db_roots):
            with suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                proc = psutil.Process(pid)
                names.append(f"{proc.name()} {pid} (+{len(proc.children(recursive=True))} children)")
        return ", ".join(names) or "none found"

    def database_cpu(self) -> float:
        return _cpu_of(self.db_roots)

    def services_cpu(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for replica in self.replicas:
            out[replica.name] = out.get(replica.name, 0.0) + _cpu_of([replica.pid])
        return out

    def start_services(self, env: Mapping[str, str], replicas: int) -> None:
        env = dict(env)
        for name, count in (("registry", 1), ("matcher", replicas), ("notifier", replicas)):
            for index in range(1, count + 1):
                spec = ServiceSpec(name, free_ports(1)[0])
                if name == "notifier" and index == 1:
                    env["NOTIFIER_PUBLIC_BASE_URL"] = spec.url  # the links of every replica point here
                where = self.dir / "services" / f"{name}-{index}"
                pid = start_service(spec, {**env, **self._replica_env(name, replicas, index)}, run_dir=where,
                                    log_dir=self.dir / "logs" / "services" / f"{name}-{index}")  # fmt: skip
                self.replicas.append(Replica(name, index, spec, pid))

    @staticmethod
    def _replica_env(name: str, replicas: int, index: int) -> dict[str, str]:
        # The operator guide: replicas sharing a host fit in-process so their refits do not fight.
        return {"MATCHER_FIT_JOBS": "1"} if name == "matcher" and replicas > 1 else {}

    def pids_of(self, name: str) -> list[int]:
        return [r.pid for r in self.replicas if r.name == name]

    def url(self, name: str) -> str:
        return next(r.spec.url for r in self.replicas if r.name == name)

    def stop_services(self) -> None:
        for replica in reversed(self.replicas):
            with suppress(Exception):
                stop_pid(replica.pid)
        self.replicas.clear()

    def down(self) -> None:
        if self.settings is None:
            return
        # Never the main stack: only a folder this benchmark created.
        assert self.settings.local_dir == self.dir and self.dir not in self.sources
        stop_all(self.settings)

    def remove_data(self) -> None:
        """Everything but the logs and the results (data of a finished run is not worth its disk)."""
        keep = {"logs", "results.json"}
        for child in self.dir.iterdir():
            if child.name in keep:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


def service_env(endpoints: Endpoints, db_prefix: str, api_key: str, link_secret: str, run_id: str) -> dict[str, str]:
    """As tests/support/stack.py `service_env`, with this run's consumer groups."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": endpoints.kafka_bootstrap,
        "MONGODB_URL": endpoints.mongodb_url,
        "MONGODB_DB_PREFIX": db_prefix,
        "REGISTRY_COORDINATOR_KEY_HASHES": hash_secret(api_key),
        "NOTIFIER_LINK_SECRET": link_secret,
        "NOTIFIER_SMTP_HOST": endpoints.smtp_host,
        "NOTIFIER_SMTP_PORT": str(endpoints.smtp_port),
        # A benchmark at night must not wait for office hours.
        "NOTIFIER_QUIET_HOURS_ENABLED": "false",
        "MATCHER_GROUP_ID": f"bench-{run_id}-matcher",
        "NOTIFIER_GROUP_ID": f"bench-{run_id}-notifier",
    }


# ------------------------------------------------------------------ Kafka readers


def _partitions(topic: str) -> list[TopicPartition]:
    return [TopicPartition(topic, p) for p in range(PARTITIONS[topic])]


class LagProbe:
    def __init__(self, bootstrap: str) -> None:
        self._admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)

    async def start(self) -> None:
        await self._admin.start()
        await self._consumer.start()

    async def stop(self) -> None:
        await self._consumer.stop()
        await self._admin.close()

    async def lag(self, group: str, topic: str) -> tuple[int | None, int]:
        """(records of `topic` the group has not committed or None, records on the topic)."""
        tps = _partitions(topic)
        ends = await self._consumer.end_offsets(tps)
        offsets = await self._admin.list_consumer_group_offsets(group, partitions=tps)
        committed = {tp: (meta.offset if meta is not None else None) for tp, meta in offsets.items()}
        return total_lag(committed, ends), sum(ends.values())

    async def dead_letters(self) -> dict[str, int]:
        """Records on each dead-letter topic: a healthy run of valid profiles leaves none."""
        found: dict[str, int] = {}
        for spec in TOPICS:
            if spec.name.endswith(dead_letter("")):
                ends = await self._consumer.end_offsets(_partitions(spec.name))
                found[spec.name] = sum(ends.values())
        return found


class SuggestionReader:
    """Reads `match.suggestions` from the beginning in the background: who was suggested what."""

    def __init__(self, bootstrap: str) -> None:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
        self._tps = _partitions(MATCH_SUGGESTIONS)
        self.per_recipient: Counter[str] = Counter()
        self.total = 0
        self.unreadable = 0
        self.at_end_checked_at: float | None = None  # last time the reader was found at the topic's end
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._consumer.start()
        self._consumer.assign(self._tps)
        await self._consumer.seek_to_beginning(*self._tps)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        last_check = 0.0
        while True:
            batches = await self._consumer.getmany(timeout_ms=300, max_records=5000)
            for records in batches.values():
                for record in records:
                    try:
                        suggestion = MatchSuggestedV1.model_validate_json(record.value)
                    except ValueError:
                        self.unreadable += 1
                        continue
                    self.total += 1
                    self.per_recipient[suggestion.recipient_id] += 1
            if time.time() - last_check >= 1.0:
                checked = time.time()
                ends = await self._consumer.end_offsets(self._tps)
                positions = [await self._consumer.position(tp) for tp in self._tps]
                at_end = all(pos >= ends[tp] for tp, pos in zip(self._tps, positions, strict=True))
                self.at_end_checked_at = checked if at_end else None
                last_check = checked

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        await self._consumer.stop()


class MailWatcher:
    def __init__(self, mail_dir: Path) -> None:
        self.index = MailIndex()
        self._dir = mail_dir
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.to_thread(self.index.scan, self._dir)
            await asyncio.sleep(MAIL_SCAN_S)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        await asyncio.to_thread(self.index.scan, self._dir)


async def lists_state(db: MongoDatabase) -> ListsState:
    # Only two small fields travel, in one batch so no cursor stays open between polls;
    # the database still reads every list document.
    documents, stamps, last = 0, 0.0, None
    cursor = db[LIST_COLLECTION].find({}, {"_id": 0, "revision": 1, "updated_at": 1}, batch_size=1_000_000)
    async for doc in cursor:
        documents += 1
        stamps += float(doc.get("revision", 0))
        stamp = doc.get("updated_at")
        if isinstance(stamp, datetime):
            stamps += stamp.timestamp()
            last = stamp.timestamp() if last is None else max(last, stamp.timestamp())
    return ListsState(documents, stamps, last)


async def bounded_lists_state(db: MongoDatabase) -> ListsState | None:
    """None if the database did not answer within PROBE_TIMEOUT_S."""
    try:
        return await asyncio.wait_for(lists_state(db), PROBE_TIMEOUT_S)
    except (TimeoutError, PyMongoError):
        return None


async def lists_match_index(
    matcher: httpx.AsyncClient, db: MongoDatabase, sme_ids: Sequence[str]
) -> tuple[int, int, int]:
    """(lists checked, lists whose stored partners differ from the matcher's index, unreadable).

    The recommendations API answers from the replica's index; the stored list is read with the
    matcher's own repository code. A stored list that differs is still to be written.
    """
    repository = ListRepository(db)
    gate = asyncio.Semaphore(8)
    checked = differ = unreadable = 0

    async def one(sme_id: str, direction: Literal["suppliers", "buyers"]) -> None:
        nonlocal checked, differ, unreadable
        async with gate:
            try:
                answer = await matcher.get(
                    f"/v1/smes/{sme_id}/recommendations", params={"direction": direction, "k": 50}
                )
                stored = await asyncio.wait_for(repository.get(sme_id, direction), PROBE_TIMEOUT_S)
            except (httpx.HTTPError, TimeoutError, PyMongoError):
                unreadable += 1
                return
        if answer.status_code != 200:
            unreadable += 1
            return
        current = [item["partner_id"] for item in answer.json()["items"]]
        kept = [e.partner_id for e in stored.ranked.entries] if stored is not None else []
        checked += 1
        differ += not lists_agree(current, kept)

    directions: tuple[Literal["suppliers", "buyers"], ...] = ("suppliers", "buyers")
    await asyncio.gather(*(one(i, d) for i in sme_ids for d in directions))
    return checked, differ, unreadable


# ------------------------------------------------------------------ raw Kafka baseline


async def raw_kafka(bootstrap: str, payloads: Sequence[tuple[bytes, bytes]], attempt: int) -> float:
    """Seconds to produce every payload (acks=all) and consume them all back, on a fresh topic."""
    topic = f"{RAW_TOPIC}.{attempt}"
    partitions = PARTITIONS[SME_PROFILES]
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, partitions, 1)])
    finally:
        await admin.close()
    tps = [TopicPartition(topic, p) for p in range(partitions)]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await consumer.start()
    await producer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)

        async def consume() -> None:
            received = 0
            while received < len(payloads):
                batches = await consumer.getmany(timeout_ms=200, max_records=5000)
                received += sum(len(records) for records in batches.values())

        reader = asyncio.create_task(consume())
        started = time.perf_counter()
        futures = [await producer.send(topic, value, key=key) for key, value in payloads]
        await asyncio.gather(*futures)
        await asyncio.wait_for(reader, timeout=300)
        return time.perf_counter() - started
    finally:
        await producer.stop()
        await consumer.stop()


# ------------------------------------------------------------------ results


@dataclass
class Stage:
    done_at: float | None = None  # seconds after the import started; None: did not finish
    progress: str = ""
    timeout_s: float = 0.0

    def cell(self) -> str:
        return f"{self.done_at:.1f}" if self.done_at is not None else f"TIMEOUT ({self.timeout_s:.0f} s)"


@dataclass
class LatencyRun:
    timings: list[float] = field(default_factory=list)
    attempted: int = 0
    timed_out: int = 0
    failed: int = 0
    note: str = ""

    def cell(self) -> str:
        if not self.attempted:
            return f"skipped{': ' + self.note if self.note else ''}"
        text = f"p50 {percentile(self.timings, 0.5):.2f}  p99 {percentile(self.timings, 0.99):.2f}"
        extra = f"{len(self.timings)}/{self.attempted} pairs"
        if self.timed_out:
            extra += f", {self.timed_out} timed out"
        if self.failed:
            extra += f", {self.failed} refused"
        return f"{text}  ({extra})" if self.timings else f"none arrived ({extra})"


@dataclass
class ConfigResult:
    size: int
    replicas: int
    import_s: float | None = None
    imported: int = 0
    rejected: int = 0
    matcher: Stage = field(default_factory=Stage)
    emails: Stage = field(default_factory=Stage)
    raw_kafka_s: list[float] = field(default_factory=list)
    db_cpu_s: float | None = None
    db_cpu_window_s: float | None = None
    db_cpu_partial: bool = False  # the window ended at a timeout, not with the work done
    services_cpu_s: dict[str, float] = field(default_factory=dict)
    machine_cpu_s: float | None = None  # every process of the machine over the same window
    statements: list[str] = field(default_factory=list)  # PostgreSQL's own account, when asked for
    idle_db_pct: float | None = None
    idle_note: str = ""
    list_polls: int = 0
    list_polls_in_window: int = 0
    matcher_verified: int = 0  # sampled lists found equal to the matcher's index at the end
    matcher_lag_known: bool = False  # the matcher group committed offsets (today's matcher does not)
    list_poll_db_cpu_s: float | None = None
    quiet: LatencyRun = field(default_factory=LatencyRun)
    loaded: LatencyRun = field(default_factory=LatencyRun)
    load_size: int = 0
    suggestions: int = 0
    recipients: int = 0
    instant_expected: int = 0
    instant_mailed: int = 0
    mails: int = 0
    duplicate_message_ids: int = 0
    dead_letters: dict[str, int] = field(default_factory=dict)
    logs: str = ""
    error: str = ""

    @property
    def raw_median_s(self) -> float | None:
        return statistics.median(self.raw_kafka_s) if self.raw_kafka_s else None

    @property
    def end_to_end_s(self) -> float | None:
        """Until the matcher is done and every expected email is in the sink."""
        if self.matcher.done_at is None or self.emails.done_at is None:
            return None
        return max(self.matcher.done_at, self.emails.done_at)


def _rate(count: int, seconds: float | None) -> str:
    return f"{count / seconds:,.1f}" if seconds else "—"


def _ratio(seconds: float | None, raw: float | None) -> str:
    return f"{seconds / raw:,.0f}x" if seconds is not None and raw else "—"


def report(result: ConfigResult) -> str:
    raw, n, e2e = result.raw_median_s, result.size, result.end_to_end_s
    rows = [
        (f"import: POST /v1/import, {result.imported:,} lines", f"{result.import_s:.1f}" if result.import_s else "—",
         _rate(result.imported, result.import_s), _ratio(result.import_s, raw)),
        ("matcher caught up (nothing pending, lists final)", result.matcher.cell(),
         _rate(n, result.matcher.done_at), _ratio(result.matcher.done_at, raw)),
        ("every expected instant email in the sink", result.emails.cell(), _rate(n, result.emails.done_at),
         _ratio(result.emails.done_at, raw)),
        ("end to end (the later of the two)", f"{e2e:.1f}" if e2e is not None else "—", _rate(n, e2e),
         _ratio(e2e, raw)),
        (f"baseline: raw Kafka produce+consume ×{n:,}", f"{raw:.2f}" if raw else "—", _rate(n, raw), "1x"),
    ]  # fmt: skip
    lines = [
        f"\n== {n:,} profiles, {result.replicas} replica(s) of matcher and notifier ==",
        f"{'stage (seconds from the import start)':<50}{'time s':>18}{'profiles/s':>12}{'÷ raw Kafka':>13}",
    ]
    lines += [f"{a:<50}{b:>18}{c:>12}{d:>13}" for a, b, c, d in rows]
    if not result.matcher_lag_known:
        lines.append(
            "  (the matcher group commits no offsets: its lag cannot be read; every event published is required)"
        )
    if result.matcher_verified:
        lines.append(f"  matcher final: lists unchanged over the settle spell, {result.matcher_verified} sampled lists")
        lines.append("  equal to the matcher's index (recommendations API)")
    for stage, name in ((result.matcher, "matcher"), (result.emails, "emails")):
        if stage.done_at is None and stage.progress:
            lines.append(f"  {name} reached: {stage.progress}")
    if result.raw_kafka_s:
        runs = ", ".join(f"{s:.2f}" for s in result.raw_kafka_s)
        lines.append(f"  raw Kafka runs (s): {runs}; median used")
    if result.db_cpu_s is not None and result.db_cpu_window_s is not None:
        polls = ""
        if result.list_polls_in_window and result.list_poll_db_cpu_s is not None:
            ours = result.list_polls_in_window * result.list_poll_db_cpu_s
            polls = f"; of which ≈{ours:.1f} s our {result.list_polls_in_window} reads of the lists"
        lines.append(
            f"database CPU: {result.db_cpu_s:.1f} s over {result.db_cpu_window_s:.0f} s "
            f"= {result.db_cpu_s / n:.4f} s/profile{polls}"
            + (" (up to a timeout: not all of the work)" if result.db_cpu_partial else "")
        )
    lines.extend(result.statements)
    if result.services_cpu_s:
        parts = ", ".join(f"{k} {v:.1f} s" for k, v in result.services_cpu_s.items())
        lines.append(f"services CPU in the same window: {parts}")
        lines.append(limit_line(result))
    idle = f"{result.idle_db_pct:.1f}% of one core" if result.idle_db_pct is not None else "—"
    lines.append(f"idle stack, database CPU: {idle}{' (' + result.idle_note + ')' if result.idle_note else ''}")
    lines.append(f"registration → both emails (s), quiet stack:   {result.quiet.cell()}")
    lines.append(f"registration → both emails (s), during import: {result.loaded.cell()}"
                 f"  [import of {result.load_size:,} more profiles]")  # fmt: skip
    lines.append(
        f"suggestions: {result.suggestions:,} to {result.recipients:,} SMEs; instant recipients mailed "
        f"{result.instant_mailed:,}/{result.instant_expected:,}; emails in the sink {result.mails:,}, "
        f"duplicate Message-IDs {result.duplicate_message_ids}"
    )
    if result.rejected:
        lines.append(f"import rejected {result.rejected} lines (see the registry log)")
    dead = {topic: n for topic, n in result.dead_letters.items() if n}
    lines.append(
        "dead letters: " + (", ".join(f"{topic} {n:,}" for topic, n in dead.items()) + "  (see the services' logs)"
                            if dead else "none")
    )  # fmt: skip
    if result.error:
        lines.append(f"ERROR: {result.error}")
    lines.append(f"logs: {result.logs}")
    return "\n".join(lines)


CPU_BOUND_CORES = 0.9  # a share of a core (or of the machine) that counts as all of it on a noisy host


def limit_line(result: ConfigResult) -> str:
    """Which process used the most of the machine over the work, in cores, and whether anything
    ran out of CPU (a service is one Python process: one core at most; the database is many, so
    only the whole machine bounds it); then the stage that took longest. Together: where the limit is."""
    window = result.db_cpu_window_s or 0.0
    if not window or result.db_cpu_s is None:
        return "limit: —"
    services = {k: v / window for k, v in result.services_cpu_s.items()}
    cores = {"database": result.db_cpu_s / window} | services
    busiest = max(cores, key=lambda name: cores[name])
    used = sum(cores.values())
    machine = os.cpu_count() or 1
    busy = result.machine_cpu_s / window if result.machine_cpu_s is not None else None
    bound = [name for name, c in services.items() if c >= CPU_BOUND_CORES]
    if bound:
        verdict = f"{bound[0]} is out of CPU (a Python process uses one core at most)"
    elif busy is not None and busy >= CPU_BOUND_CORES * machine:
        verdict = f"the machine is out of CPU ({busy:.2f} of {machine} cores busy, Kafka and this benchmark included)"
    elif busy is not None:
        verdict = f"nothing was out of CPU ({busy:.2f} of {machine} cores busy): the work waited on round trips"
    else:
        verdict = "the machine's own CPU was not measured"
    stage = longest_stage(result)
    return (
        f"limit: {busiest} busiest at {cores[busiest]:.2f} cores; the pipeline used {used:.2f} of the "
        f"machine's {machine} cores; {verdict}" + (f"; longest stage: {stage}" if stage else "")
    )


def longest_stage(result: ConfigResult) -> str:
    """The stage that took longest, each counted from the end of the one before it."""
    spans: dict[str, float] = {}
    if result.import_s is not None:
        spans["the import"] = result.import_s
        if result.matcher.done_at is not None:
            spans["the matcher (after the import)"] = result.matcher.done_at - result.import_s
            if result.emails.done_at is not None:
                spans["the notifier (after the matcher's lists were final)"] = (
                    result.emails.done_at - result.matcher.done_at
                )
    if not spans:
        return ""
    name = max(spans, key=lambda k: spans[k])
    return f"{name}, {spans[name]:.1f} s"


def replica_ratios(results: Sequence[ConfigResult]) -> list[str]:
    """End to end with more replicas against one replica of the same size, as speed-ups."""
    single = {r.size: r.end_to_end_s for r in results if r.replicas == 1}
    lines = []
    for r in results:
        one, many = single.get(r.size), r.end_to_end_s
        if r.replicas > 1 and one and many:
            lines.append(f"{r.size:>7,}: {r.replicas} replicas end to end {one / many:.2f}x as fast as 1 replica")
    return lines


def summary(results: Sequence[ConfigResult]) -> str:
    head = (f"{'size':>7} {'repl':>4} {'import/s':>9} {'matcher s':>10} {'emails s':>10} {'e2e/s':>7} "
            f"{'e2e÷raw':>8} {'DB s/prof':>10} {'idle DB':>8} {'quiet p50/p99':>14} {'load p50/p99':>14}")  # fmt: skip
    lines = ["\n== summary ==", head]
    for r in results:

        def lat(run: LatencyRun) -> str:
            return f"{percentile(run.timings, 0.5):.1f}/{percentile(run.timings, 0.99):.1f}" if run.timings else "—"

        db = f"{r.db_cpu_s / r.size:.4f}" if r.db_cpu_s is not None else "—"
        idle = f"{r.idle_db_pct:.1f}%" if r.idle_db_pct is not None else "—"
        lines.append(
            f"{r.size:>7,} {r.replicas:>4} {_rate(r.imported, r.import_s):>9} "
            f"{(f'{r.matcher.done_at:.1f}' if r.matcher.done_at is not None else 'timeout'):>10} "
            f"{(f'{r.emails.done_at:.1f}' if r.emails.done_at is not None else 'timeout'):>10} "
            f"{_rate(r.size, r.end_to_end_s):>7} {_ratio(r.end_to_end_s, r.raw_median_s):>8} {db:>10} {idle:>8} "
            f"{lat(r.quiet):>14} {lat(r.loaded):>14}"
        )
    lines += replica_ratios(results)
    return "\n".join(lines)


# ------------------------------------------------------------------ one configuration


@dataclass(frozen=True)
class Options:
    timeout_s: float
    settle_s: float
    idle_s: float
    pairs: int
    pair_timeout_s: float
    raw_repeats: int
    keep: bool


def machine_busy_s() -> float:
    """CPU seconds every process of the machine has used (Kafka, this benchmark and other work included)."""
    times = psutil.cpu_times()
    return float(sum(times) - times.idle - getattr(times, "iowait", 0.0) - getattr(times, "guest", 0.0)
                 - getattr(times, "guest_nice", 0.0))  # fmt: skip


class CpuRecorder:
    """Database and service CPU sampled once a second, so a window can end at a past moment."""

    def __init__(self, stack: BenchStack) -> None:
        self._stack = stack
        self.samples: list[tuple[float, float, dict[str, float], float]] = []
        self._task: asyncio.Task[None] | None = None

    def sample(self) -> None:
        self.samples.append((time.time(), self._stack.database_cpu(), self._stack.services_cpu(), machine_busy_s()))

    async def start(self) -> None:
        self.sample()
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(1.0)
            self.sample()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task

    def cores_used(self, service: str, since: float, until: float) -> float:
        """Average cores the service's replicas used between two moments (0 before there are samples)."""
        first, last = self.at(since), self.at(until)
        if last[0] <= first[0]:
            return 0.0
        return (last[2].get(service, 0.0) - first[2].get(service, 0.0)) / (last[0] - first[0])

    def at(self, moment: float) -> tuple[float, float, dict[str, float], float]:
        """The first sample taken at or after `moment` (the last one if none)."""
        return next((s for s in self.samples if s[0] >= moment), self.samples[-1])


SERVICE_QUIET_CORES = 0.05  # a service using less than this is doing no work (polls, heartbeats)
SERVICE_QUIET_SPELL_S = 5.0


async def _until_services_quiet(cpu: CpuRecorder, limit_s: float) -> tuple[float, bool]:
    """(seconds waited, quiet) until every service used under SERVICE_QUIET_CORES over the last
    SERVICE_QUIET_SPELL_S, or `limit_s` passed."""
    began = time.time()
    while True:
        now = time.time()
        services = cpu.samples[-1][2].keys()
        spell = now - began >= SERVICE_QUIET_SPELL_S
        if spell and all(cpu.cores_used(s, now - SERVICE_QUIET_SPELL_S, now) < SERVICE_QUIET_CORES for s in services):
            return now - began, True
        if now - began >= limit_s:
            return now - began, False
        await asyncio.sleep(1.0)


async def _import(http: httpx.AsyncClient, chunks: Sequence[bytes], deadline: float) -> tuple[int, int, bool]:
    """POST the chunks in order; returns (lines stored, lines rejected, finished before the deadline)."""
    stored = rejected = 0
    first_line = 1
    for chunk in chunks:
        remaining = deadline - time.time()
        if remaining <= 0:
            return stored, rejected, False
        response = await http.post(
            "/v1/import", content=chunk, params={"first_line": first_line},
            headers={"Content-Type": "application/x-ndjson"}, timeout=max(1.0, remaining),
        )  # fmt: skip
        response.raise_for_status()
        body = response.json()
        stored += int(body["created"]) + int(body["updated"]) + int(body["unchanged"])
        rejected += int(body["rejected"])
        first_line += chunk.count(b"\n")
    return stored, rejected, True


async def _latency(
    http: httpx.AsyncClient, mail: MailIndex, pairs: int, pair_timeout_s: float, deadline: float
) -> LatencyRun:
    run = LatencyRun()
    for _ in range(pairs):
        if time.time() >= deadline:
            break
        uid = secrets.token_hex(4)
        grower, spinner = latency_pair(uid)
        run.attempted += 1
        if (await http.post("/v1/smes", json=grower)).status_code != 201:
            run.failed += 1
            continue
        started = time.time()
        if (await http.post("/v1/smes", json=spinner)).status_code != 201:
            run.failed += 1
            continue
        addresses = (grower["contact_email"], spinner["contact_email"])
        until = min(started + pair_timeout_s, deadline)
        while not all(a in mail.first_suggestion_at for a in addresses):
            if time.time() >= until:
                run.timed_out += 1
                break
            await asyncio.sleep(0.05)
        else:
            run.timings.append(max(mail.first_suggestion_at[a] for a in addresses) - started)
    return run


async def measure(
    stack: BenchStack, env: Mapping[str, str], api_key: str, size: int, options: Options, result: ConfigResult
) -> None:
    assert stack.endpoints is not None
    endpoints = stack.endpoints
    profiles = bench_profiles(0, size)
    load = bench_profiles(size, size + result.load_size)
    by_id = {str(p["id"]): p for p in profiles}
    chunks = jsonl_chunks(profiles, IMPORT_CHUNK_LINES, IMPORT_CHUNK_BYTES)
    matcher_group = env["MATCHER_GROUP_ID"]

    # Our own client, with a socket timeout: a wedged database must not hang the benchmark.
    mongo: MongoClient = AsyncIOMotorClient(
        endpoints.mongodb_url, serverSelectionTimeoutMS=10_000, socketTimeoutMS=int(PROBE_TIMEOUT_S * 1000),
        tz_aware=True,
    )  # fmt: skip
    matcher_db = get_database(mongo, f"{env['MONGODB_DB_PREFIX']}matcher")
    matcher_http = httpx.AsyncClient(
        base_url=stack.url("matcher"), timeout=PROBE_TIMEOUT_S, headers={"Authorization": f"Bearer {api_key}"}
    )
    poll_times: list[float] = []
    probe = LagProbe(endpoints.kafka_bootstrap)
    reader = SuggestionReader(endpoints.kafka_bootstrap)
    watcher = MailWatcher(endpoints.mail_dir)
    cpu = CpuRecorder(stack)
    http = httpx.AsyncClient(base_url=stack.url("registry"), headers={"Authorization": f"Bearer {api_key}"})
    await probe.start()
    await reader.start()
    await watcher.start()
    await cpu.start()
    try:
        # 1. The import.
        if statement_stats_wanted():  # PostgreSQL's own account of the work, from here on
            statement_stats.reset(stack.postgres())
        started = time.time()
        print(f"importing {size:,} profiles in {len(chunks)} requests…", flush=True)
        stored, rejected, finished = await _import(http, chunks, started + options.timeout_s)
        result.imported, result.rejected = stored, rejected
        result.import_s = time.time() - started if finished else None
        expected_events = stored

        # 2. The matcher: nothing pending, the matcher idle, its stored lists the same over a settle
        # spell, and a sample of them equal to what its index says now.
        print(f"import took {time.time() - started:.1f} s; waiting for the matcher…", flush=True)
        settle = ListsSettle()
        stage_deadline = time.time() + options.timeout_s
        result.matcher.timeout_s = options.timeout_s
        lag: int | None = None
        published, last_progress, next_check = 0, time.time(), 0.0
        unanswered = 0
        sample = sample_ids([str(p["id"]) for p in profiles], VERIFY_SAMPLE)
        verdict = ""
        while True:
            now = time.time()
            try:
                lag, published = await asyncio.wait_for(probe.lag(matcher_group, SME_PROFILES), PROBE_TIMEOUT_S)
            except TimeoutError:
                published = -1  # unknown: the broker did not answer
            result.matcher_lag_known = result.matcher_lag_known or lag is not None
            # Nothing is caught up while the registry's relay has not published every event yet.
            settle.observe(now, pending=published < expected_events or bool(lag))
            # Reading every list costs the database: only while the matcher looks idle.
            busy = cpu.cores_used("matcher", now - min(options.settle_s, 10.0), now)
            idle = busy <= MATCHER_IDLE_CORES * len(stack.pids_of("matcher"))
            due = now >= max(next_check, settle.next_read(options.settle_s))
            if settle.ready_since is not None and idle and due:
                poll_times.append(now)
                state = await bounded_lists_state(matcher_db)
                result.list_polls += 1
                unanswered += state is None
                next_check = time.time() + 2.0
                done = settle.read(time.time(), state, options.settle_s) if state is not None else None
                if done is not None:
                    checked, differ, unreadable = await lists_match_index(matcher_http, matcher_db, sample)
                    verdict = f"{differ} of {checked} sampled lists differ from the index ({unreadable} unreadable)"
                    if differ == 0 and unreadable == 0:
                        result.matcher.done_at = done - started
                        result.matcher_verified = checked
                        break
                    settle.state = None  # not final after all: a new spell starts with the next read
            if now - last_progress >= PROGRESS_S or now >= stage_deadline:
                last_progress = now
                lag_text = "not committed" if lag is None else f"{lag:,}"
                lists = "?" if settle.state is None else f"{settle.state.documents:,}"
                progress = (
                    f"{published:,}/{expected_events:,} events published, matcher lag {lag_text}, "
                    f"{lists} list documents, matcher busy {busy:.2f} cores, "
                    f"{reader.total:,} suggestions, {watcher.index.total:,} emails"
                    + (f"; {verdict}" if verdict else "")
                    + (f"; {unanswered} reads of the lists got no answer in {PROBE_TIMEOUT_S:.0f} s" if unanswered
                       else "")
                )  # fmt: skip
                print(f"  {now - started:5.0f} s: {progress}", flush=True)
                if now >= stage_deadline:
                    result.matcher.progress = progress
                    break
            await asyncio.sleep(LAG_POLL_S)

        # 3. The emails: every instant recipient named by a suggestion has an email in the sink.
        result.emails.timeout_s = options.timeout_s
        stage_deadline = time.time() + options.timeout_s
        matcher_checked = last_progress = time.time()
        while result.matcher.done_at is not None:
            now = time.time()
            expected = instant_addresses(reader.per_recipient, by_id)
            mailed, wanted, done_at = emails_progress(expected, watcher.index)
            reader_final = reader.at_end_checked_at is not None and reader.at_end_checked_at >= matcher_checked
            if reader_final and (done_at is not None or not wanted):
                finish = done_at if done_at is not None else started + result.matcher.done_at
                result.emails.done_at = finish - started
                break
            if now - last_progress >= PROGRESS_S or now >= stage_deadline:
                last_progress = now
                try:
                    notifier_lag, _ = await asyncio.wait_for(
                        probe.lag(env["NOTIFIER_GROUP_ID"], MATCH_SUGGESTIONS), PROBE_TIMEOUT_S
                    )
                except TimeoutError:
                    notifier_lag = -1
                progress = (
                    f"{mailed:,} of {wanted:,} instant recipients mailed, notifier lag on "
                    f"{MATCH_SUGGESTIONS} {notifier_lag:,}, {watcher.index.total:,} emails"
                )
                print(f"  {now - started:5.0f} s: {progress}", flush=True)
                if now >= stage_deadline:
                    result.emails.progress = progress
                    break
            await asyncio.sleep(0.5)
        if result.matcher.done_at is None:
            result.emails.progress = "not waited for: the matcher did not catch up"
        expected = instant_addresses(reader.per_recipient, by_id)
        result.instant_mailed, result.instant_expected, _ = emails_progress(expected, watcher.index)

        # CPU over the work: from the import start to the end of the later stage, or to now after a timeout.
        end = started + result.end_to_end_s if result.end_to_end_s is not None else time.time()
        result.db_cpu_partial = result.end_to_end_s is None
        result.list_polls_in_window = sum(1 for t in poll_times if t <= end)
        first, last = cpu.at(started), cpu.at(end)
        result.db_cpu_s = last[1] - first[1]
        result.db_cpu_window_s = last[0] - first[0]
        result.services_cpu_s = {k: v - first[2].get(k, 0.0) for k, v in last[2].items()}
        result.machine_cpu_s = last[3] - first[3]
        if statement_stats_wanted():
            result.statements = statement_stats.table_lines(statement_stats.groups(stack.postgres()))

        # 4. Idle stack and quiet latency: only meaningful once the backlog is gone.
        caught_up = result.emails.done_at is not None
        if caught_up:
            # Every instant email is out, but digest recipients' plans may still be running: idle is
            # once no service has any work left, not the moment the last instant email arrived.
            waited, quiet = await _until_services_quiet(cpu, options.timeout_s)
            if not quiet:
                result.idle_note = f"the services were still busy {waited:.0f} s after catching up"
            print(f"caught up; services quiet after {waited:.0f} s more; idle for {options.idle_s:.0f} s…", flush=True)
            before = (time.time(), stack.database_cpu())
            await asyncio.sleep(options.idle_s)
            after = (time.time(), stack.database_cpu())
            result.idle_db_pct = 100 * (after[1] - before[1]) / (after[0] - before[0])
            # What one of our list polls costs the database, to say how much of the figure is ours.
            polls_before = stack.database_cpu()
            for _ in range(3):
                await bounded_lists_state(matcher_db)
            result.list_poll_db_cpu_s = (stack.database_cpu() - polls_before) / 3
            print("single registrations on the quiet stack…", flush=True)
            result.quiet = await _latency(
                http, watcher.index, options.pairs, options.pair_timeout_s, time.time() + options.timeout_s
            )
        else:
            result.idle_note = "skipped: the stack never caught up"
            result.quiet.note = "the stack never caught up"

        # 5. Latency while another import is being swallowed (no target).
        print(f"single registrations while {len(load):,} more profiles are imported…", flush=True)
        load_chunks = jsonl_chunks(load, IMPORT_CHUNK_LINES, IMPORT_CHUNK_BYTES)
        phase_deadline = time.time() + options.timeout_s
        importer = asyncio.create_task(_import(http, load_chunks, phase_deadline))
        try:
            result.loaded = await _latency(http, watcher.index, options.pairs, options.pair_timeout_s, phase_deadline)
        finally:
            importer.cancel()
            with suppress(asyncio.CancelledError, httpx.HTTPError):
                await importer
    finally:
        result.suggestions, result.recipients = reader.total, len(reader.per_recipient)
        await watcher.stop()
        result.mails, result.duplicate_message_ids = watcher.index.total, watcher.index.duplicate_message_ids
        with suppress(Exception):  # a figure for the report; the stack may be failing already
            result.dead_letters = await probe.dead_letters()
        await cpu.stop()
        await reader.stop()
        await probe.stop()
        await http.aclose()
        await matcher_http.aclose()
        mongo.close()


def run_config(
    root: Path, source_local: Path, size: int, replicas: int, options: Options, results: list[ConfigResult]
) -> ConfigResult:
    """Measure one configuration; its result is in `results` from the start, so an interrupt can show it."""
    result = ConfigResult(size, replicas, load_size=max(50, size // 2))
    results.append(result)
    # A binary this run had to build (the main folder's was outdated) serves the next stacks too.
    built = root / "artefacts"
    stack = BenchStack(root / f"n{size}-r{replicas}", [source_local, built])
    result.logs = str(stack.dir / "logs")
    run_id = uuid.uuid4().hex[:6]
    api_key = "clk_bench_" + secrets.token_urlsafe(24)
    try:
        print(f"\nstarting a fresh stack in {stack.dir}…", flush=True)
        endpoints = stack.up()
        keep_built(stack.dir, built)
        payloads = [
            (str(p["id"]).encode(), SmeProfileChangedV1(
                sme_id=str(p["id"]), version=1, profile=SmeProfileV1.model_validate(p)).to_bytes())
            for p in bench_profiles(0, size)
        ]  # fmt: skip
        print(f"raw Kafka baseline ×{options.raw_repeats}…", flush=True)
        for attempt in range(options.raw_repeats):
            result.raw_kafka_s.append(asyncio.run(raw_kafka(endpoints.kafka_bootstrap, payloads, attempt)))
        env = service_env(endpoints, f"bench{run_id}_", api_key, secrets.token_urlsafe(48), run_id)
        # Fresh topics: the new groups start at the beginning, which is where this run's events start.
        print(f"starting registry ×1, matcher ×{replicas}, notifier ×{replicas}…", flush=True)
        stack.start_services(env, replicas)
        asyncio.run(measure(stack, env, api_key, size, options, result))
    except Exception as exc:  # a failed configuration is reported; the next one still runs
        result.error = f"{type(exc).__name__}: {exc}"
        log.exception("configuration %d×%d failed", size, replicas)
    except KeyboardInterrupt:
        result.error = "interrupted"
        raise
    finally:
        with signals_ignored():
            if options.keep:
                pids = " ".join(str(r.pid) for r in stack.replicas)
                print(f"kept running. Services (process groups): {pids}\n  stop them: for p in {pids}; "
                      f"do kill -- -$p; done\n  stop the infrastructure: CLUSTERLINK_LOCAL_DIR={stack.dir} "
                      f"{sys.executable} -m clusterlink.localinfra down   (it uses the ports it was given: "
                      f"see {stack.dir}/kafka/config/server.properties)", flush=True)  # fmt: skip
            else:
                stack.stop_services()
                try:
                    stack.down()
                finally:
                    stack.remove_data()
            (stack.dir / "results.json").write_text(json.dumps(dataclasses.asdict(result), indent=1) + "\n")
    return result


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # SIGTERM tears down like Ctrl-C


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 300 profiles, short timeouts")
    parser.add_argument("--sizes", help="comma-separated cluster sizes (default 2000,20000; --quick 300)")
    parser.add_argument("--replicas", default="1,2", help="replicas of matcher and notifier (default 1,2)")
    parser.add_argument("--timeout", type=float, help="seconds per stage (default 900; --quick 120)")
    parser.add_argument("--settle", type=float, default=DEFAULT_SETTLE_S,
                        help="seconds without a list change before the matcher counts as caught up")  # fmt: skip
    parser.add_argument("--idle", type=float, default=20.0, help="seconds of the idle-stack phase")
    parser.add_argument("--pairs", type=int, help="single registrations per latency phase (default 10; --quick 3)")
    parser.add_argument("--pair-timeout", type=float, help="seconds one registration may take (default 120)")
    parser.add_argument("--raw-repeats", type=int, default=3, help="runs of the raw Kafka baseline (median)")
    parser.add_argument("--workdir", type=Path, help="where the temporary stack folders go (default: system temp)")
    parser.add_argument("--keep", action="store_true", help="leave each stack running for inspection")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in (args.sizes or ("300" if args.quick else "2000,20000")).split(",")]
    replicas = [int(r) for r in args.replicas.split(",")]
    timeout = args.timeout or (120.0 if args.quick else 900.0)
    options = Options(
        timeout_s=timeout, settle_s=args.settle, idle_s=args.idle,
        pairs=args.pairs or (3 if args.quick else 10),
        pair_timeout_s=args.pair_timeout or min(timeout, 60.0 if args.quick else 120.0),
        raw_repeats=args.raw_repeats, keep=args.keep,
    )  # fmt: skip
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    logging.getLogger("clusterlink.localinfra").setLevel(logging.INFO)
    # A new broker has no group coordinator for its first seconds; aiokafka logs each retry as an error.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    source_local = local_dir()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="clusterlink-pipeline-", dir=args.workdir))
    # A database that drops root (PostgreSQL runs as `nobody`) must be able to enter it; nothing secret is kept.
    root.chmod(0o755)
    print(f"pipeline benchmark: sizes {sizes}, replicas {replicas}, {timeout:.0f} s per stage; folder {root}")
    signal.signal(signal.SIGTERM, _interrupt)
    results: list[ConfigResult] = []
    code = 0
    try:
        for size in sizes:
            for count in replicas:
                result = run_config(root, source_local, size, count, options, results)
                print(report(result), flush=True)
                code |= 1 if result.error else 0
    except KeyboardInterrupt:
        if results:
            print(report(results[-1]), flush=True)
        print("\ninterrupted; the stacks started were stopped", flush=True)
        code = 130
    if not options.keep:
        shutil.rmtree(root / "artefacts", ignore_errors=True)  # a binary built for this run only
    if results:
        print(summary(results))
    print(f"\nlogs and results.json per configuration under {root}")
    return code


if __name__ == "__main__":
    sys.exit(main())
