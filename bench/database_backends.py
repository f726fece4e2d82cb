"""FerretDB on PostgreSQL (with GIN twins of its indexes) against FerretDB on SQLite.

    .venv/bin/python bench/database_backends.py [--docs 10000] [--runs 3]

Each run starts both backends from nothing, side by side, in temporary folders on
free ports (the FerretDB binary of `.local/` is reused, nothing else), then
measures one backend after the other, the order alternating between runs
(`CLUSTERLINK_LOCAL_DIR` says where the FerretDB binary is, or is built):

- inserts of `--docs` documents in batches of 500, into a collection with an index
  on `kind` made first, as the services do;
- `find_one` by `_id` and `find` by the indexed `kind` (1 in 50 documents): p50;
- 100 random documents read by one `$in` of their `_id`s, and by 100 `find_one`s: p50;
- 8 threads of `update_one` by `_id` for 5 s: operations per second;
- the atomicity cases of decision 0003, each on a fresh small collection:
  200 concurrent `$inc` of one document (final value; 200 if atomic),
  50 concurrent `find_one_and_update` claims of one document (winners; 1 if atomic),
  30 concurrent inserts of one `_id` (winners; 1 if unique inserts decide races);
- start from nothing: an empty folder to a FerretDB that answers (PostgreSQL's
  initdb included; building FerretDB excluded, both share the binary);
- CPU seconds used by the database processes (FerretDB, and PostgreSQL with the
  sessions it ended) for the fixed work above (all but the timed updates), and
  their CPU milliseconds per update in the timed updates.

It prints the medians of the runs for both backends and their ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from pymongo import ASCENDING, MongoClient  # noqa: E402
from pymongo.errors import DuplicateKeyError  # noqa: E402

from clusterlink.localinfra import LocalInfraSettings, start_database, stop_all  # noqa: E402
from clusterlink.localinfra.components.ferretdb import FerretDb  # noqa: E402
from clusterlink.localinfra.components.postgres import Postgres  # noqa: E402
from clusterlink.localinfra.processes import find_running  # noqa: E402
from clusterlink.localinfra.settings import FERRETDB_BACKENDS, FerretDbBackend  # noqa: E402
from clusterlink.paths import local_dir  # noqa: E402

Document = dict[str, Any]
Client = MongoClient[Document]

BATCH = 500
KINDS = 50
LOOKUPS = 50
FILTERS = 10
MANY_IDS = 100  # a batch read of the services
UPDATE_THREADS = 8
UPDATE_SECONDS = 5.0
INCREMENTS = 200
SET_FIELDS = 200
CAS = 50
CLAIMS = 50
FEW_CLAIMS = 8
SAME_ID_INSERTS = 30
ROUNDS = 20
DELETE_ROUNDS = 200


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    better: str  # "higher" or "lower"


METRICS = (
    Metric("insert_docs_s", f"insert, batches of {BATCH} (docs/s)", "higher"),
    Metric("find_id_ms", "find_one by _id, p50 (ms)", "lower"),
    Metric("find_field_ms", f"find by indexed field, p50 (ms; {100 // KINDS}% of docs)", "lower"),
    Metric("many_ids_in_ms", f"{MANY_IDS} documents by one $in of _ids, p50 (ms)", "lower"),
    Metric("many_ids_each_ms", f"{MANY_IDS} documents by one find_one each, p50 (ms)", "lower"),
    Metric("update_ops_s", f"update_one by _id, {UPDATE_THREADS} threads (ops/s)", "higher"),
    Metric("inc_final", f"{INCREMENTS} concurrent $inc → final value (atomic: {INCREMENTS})", "higher"),
    Metric("claim_winners", f"{CLAIMS} concurrent claims → winners (atomic: 1)", "lower"),
    Metric("insert_winners", f"{SAME_ID_INSERTS} concurrent inserts of one _id → winners (1)", "lower"),
    Metric("set_kept", f"{SET_FIELDS} concurrent $set of distinct fields → kept (atomic: {SET_FIELDS})", "higher"),
    Metric("cas_winners", f"{CAS} concurrent compare-and-set → winners (atomic: 1)", "lower"),
    Metric("few_claim_winners", f"{FEW_CLAIMS} concurrent claims → winners (atomic: 1)", "lower"),
    Metric("delete_races_lost", f"delete_one racing an update → non-match deleted (of {DELETE_ROUNDS})", "lower"),
    Metric("insert_rounds_not_1", f"inserts of one _id, {ROUNDS} rounds → rounds without 1 winner", "lower"),
    Metric("start_s", "start from nothing (s)", "lower"),
    Metric("cpu_s", "CPU of the database processes, fixed work (s)", "lower"),
    Metric("cpu_update_ms", "CPU of the database processes per update (ms)", "lower"),
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="documents in the main collection (default 10000)")
    ap.add_argument("--runs", type=int, default=3, help="runs; medians are printed (default 3)")
    args = ap.parse_args()
    # The checkout's binary (built now if missing or stale); each run links to it.
    ferretdb = FerretDb(LocalInfraSettings(local_dir=local_dir()))
    ferretdb.ensure_binary()
    binary = ferretdb.binary

    results: dict[FerretDbBackend, list[dict[str, float]]] = {backend: [] for backend in FERRETDB_BACKENDS}
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="clusterlink-dbbench-") as tmp:
            order = FERRETDB_BACKENDS if run % 2 == 0 else tuple(reversed(FERRETDB_BACKENDS))
            with _side_by_side(Path(tmp), binary, order) as started:
                for backend in order:
                    url, start_s, settings = started[backend]
                    print(f"run {run + 1}/{args.runs}: {backend}…", file=sys.stderr, flush=True)
                    measured = _measure(url, settings, args.docs)
                    results[backend].append({**measured, "start_s": start_s})
    _print_table(results, args)
    return 0


@contextmanager
def _side_by_side(
    tmp: Path, binary: Path, order: tuple[FerretDbBackend, ...]
) -> Iterator[dict[FerretDbBackend, tuple[str, float, LocalInfraSettings]]]:
    started: dict[FerretDbBackend, tuple[str, float, LocalInfraSettings]] = {}
    all_settings = []
    try:
        for backend in order:
            settings = LocalInfraSettings(
                local_dir=tmp / backend,
                kafka_port=_free_port(),
                kafka_controller_port=_free_port(),
                mongo_port=_free_port(),
                smtp_port=_free_port(),
                postgres_port=_free_port(),
                ferretdb_backend=backend,
            )
            all_settings.append(settings)
            settings.bin_dir.mkdir(parents=True)
            (settings.bin_dir / binary.name).symlink_to(binary)
            began = time.perf_counter()
            report = start_database(settings)
            started[backend] = (report.endpoints.mongodb_url, time.perf_counter() - began, settings)
        yield started
    finally:
        for settings in all_settings:
            stop_all(settings)


def _measure(url: str, settings: LocalInfraSettings, docs: int) -> dict[str, float]:
    # A socket timeout turns a FerretDB that stopped answering (a deadlock) into an error, not a hang.
    client: Client = MongoClient(url, maxPoolSize=INCREMENTS + 10, socketTimeoutMS=120_000)
    cpu_before = _database_cpu_s(settings)
    try:
        measured = _speed(client["bench"], settings, docs)
        measured |= _atomicity(client["bench"])
        measured["cpu_s"] = _database_cpu_s(settings) - cpu_before - measured.pop("update_cpu_s")
    finally:
        client.drop_database("bench")
        client.close()
    return measured


def _speed(database: Any, settings: LocalInfraSettings, docs: int) -> dict[str, float]:
    smes = database["smes"]
    smes.create_index([("kind", ASCENDING)])
    began = time.perf_counter()
    for start in range(0, docs, BATCH):
        smes.insert_many([_document(i) for i in range(start, min(start + BATCH, docs))])
    insert_docs_s = docs / (time.perf_counter() - began)

    rng = random.Random(7)
    ids = [f"sme-{rng.randrange(docs):06d}" for _ in range(LOOKUPS)]
    kinds = [f"kind-{rng.randrange(KINDS)}" for _ in range(FILTERS)]
    find_id_ms = _p50_ms(lambda i: smes.find_one({"_id": ids[i]}), LOOKUPS)
    find_field_ms = _p50_ms(lambda i: list(smes.find({"kind": kinds[i]})), FILTERS)
    batches = [[f"sme-{rng.randrange(docs):06d}" for _ in range(MANY_IDS)] for _ in range(FILTERS)]
    many_ids_in_ms = _p50_ms(lambda i: list(smes.find({"_id": {"$in": batches[i]}})), FILTERS)
    many_ids_each_ms = _p50_ms(lambda i: [smes.find_one({"_id": key}) for key in batches[i]], FILTERS)

    cpu_before = _database_cpu_s(settings)
    updates, update_ops_s = _timed_updates(smes, docs)
    update_cpu_s = _database_cpu_s(settings) - cpu_before
    return {
        "insert_docs_s": insert_docs_s,
        "find_id_ms": find_id_ms,
        "find_field_ms": find_field_ms,
        "many_ids_in_ms": many_ids_in_ms,
        "many_ids_each_ms": many_ids_each_ms,
        "update_ops_s": update_ops_s,
        "cpu_update_ms": update_cpu_s * 1000 / max(updates, 1),
        "update_cpu_s": update_cpu_s,
    }


def _atomicity(database: Any) -> dict[str, float]:
    """The races of decision 0003, each on a fresh small collection."""
    counter = database["counter"]
    counter.insert_one({"_id": "c", "v": 0})
    _all_at_once(INCREMENTS, lambda _: counter.update_one({"_id": "c"}, {"$inc": {"v": 1}}))

    fields = database["fields"]
    fields.insert_one({"_id": "f"})
    _all_at_once(SET_FIELDS, lambda i: fields.update_one({"_id": "f"}, {"$set": {f"f{i}": i}}))

    cas = database["cas"]
    cas.insert_one({"_id": "x", "v": 0})
    swapped = _all_at_once(CAS, lambda i: cas.update_one({"_id": "x", "v": 0}, {"$set": {"v": i + 1}}))

    claims = database["claims"]
    claimed = {}
    for count in (CLAIMS, FEW_CLAIMS):
        claims.insert_one({"_id": count, "owner": None})
        claimed[count] = _all_at_once(count, partial(_claim, claims, count))

    unique = database["unique"]
    winners = [sum(_all_at_once(SAME_ID_INSERTS, partial(_insert_once, unique, r))) for r in range(ROUNDS)]
    return {
        "inc_final": float((counter.find_one({"_id": "c"}) or {}).get("v", 0)),
        "claim_winners": float(sum(doc is not None for doc in claimed[CLAIMS])),
        "insert_winners": float(winners[0]),
        "set_kept": float(len(fields.find_one({"_id": "f"}) or {"_id": "f"}) - 1),
        "cas_winners": float(sum(result.modified_count for result in swapped)),
        "few_claim_winners": float(sum(doc is not None for doc in claimed[FEW_CLAIMS])),
        "delete_races_lost": float(_delete_races(database["races"])),
        "insert_rounds_not_1": float(sum(w != 1 for w in winners)),
    }


def _delete_races(collection: Any) -> int:
    """Rounds in which `delete_one({state: "a"})` removed a document an update had just set to "b"."""
    lost = 0
    for r in range(DELETE_ROUNDS):
        collection.insert_one({"_id": r, "state": "a"})
        updated, deleted = _all_at_once(2, partial(_update_or_delete, collection, r))
        # Both counted: the update changed the document and the delete then removed it anyway.
        lost += updated == 1 and deleted == 1
    return lost


def _update_or_delete(collection: Any, document_id: int, i: int) -> int:
    if i == 0:
        return int(collection.update_one({"_id": document_id}, {"$set": {"state": "b"}}).modified_count)
    return int(collection.delete_one({"_id": document_id, "state": "a"}).deleted_count)


def _claim(collection: Any, job: int, i: int) -> Document | None:
    claimed: Document | None = collection.find_one_and_update({"_id": job, "owner": None}, {"$set": {"owner": i}})
    return claimed


def _document(i: int) -> Document:
    return {
        "_id": f"sme-{i:06d}",
        "kind": f"kind-{i % KINDS}",
        "name_en": f"Textile workshop {i}",
        "region": ("isan", "central", "north", "south")[i % 4],
        "offers": [f"product-{i % 97}", f"product-{i % 89}"],
        "n": i,
    }


def _p50_ms(query: Callable[[int], object], count: int) -> float:
    times = []
    for i in range(count):
        began = time.perf_counter()
        query(i)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _timed_updates(collection: Any, docs: int) -> tuple[int, float]:
    """Updates done by the threads in UPDATE_SECONDS, and per second."""
    done = [0] * UPDATE_THREADS
    deadline = time.monotonic() + UPDATE_SECONDS

    def work(thread: int) -> None:
        rng = random.Random(thread)
        while time.monotonic() < deadline:
            collection.update_one({"_id": f"sme-{rng.randrange(docs):06d}"}, {"$set": {"touched": thread}})
            done[thread] += 1

    began = time.monotonic()
    with ThreadPoolExecutor(UPDATE_THREADS) as pool:
        list(pool.map(work, range(UPDATE_THREADS)))
    return sum(done), sum(done) / (time.monotonic() - began)


def _all_at_once(count: int, operation: Callable[[int], Any]) -> list[Any]:
    """`count` threads run `operation` released together by a barrier; their results."""
    barrier = threading.Barrier(count)

    def run(i: int) -> Any:
        barrier.wait()
        return operation(i)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


def _insert_once(collection: Any, document_id: int, i: int) -> bool:
    try:
        collection.insert_one({"_id": document_id, "by": i})
        return True
    except DuplicateKeyError:
        return False


def _database_cpu_s(settings: LocalInfraSettings) -> float:
    """User + system CPU of FerretDB and PostgreSQL with all their processes, ended ones included."""
    total = 0.0
    for component in (FerretDb(settings), Postgres(settings)):
        pid = find_running(component.pid_file, component.command_markers())
        if pid is None:
            continue
        # A tree, not a process group: each PostgreSQL backend leads a group of its own.
        leader = psutil.Process(pid)
        for process in (leader, *leader.children(recursive=True)):
            try:
                times = process.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += times.user + times.system
        leader_times = leader.cpu_times()
        total += leader_times.children_user + leader_times.children_system
    return total


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _print_table(results: dict[FerretDbBackend, list[dict[str, float]]], args: argparse.Namespace) -> None:
    sqlite, postgresql = results["sqlite"], results["postgresql"]
    print(f"\n{args.docs} documents, medians of {args.runs} runs ({os.cpu_count()} CPUs)\n")
    width = max(len(metric.label) for metric in METRICS)
    print(f"{'':<{width}}  {'sqlite':>10}  {'postgresql':>10}  {'pg ÷ sqlite':>11}  better")
    for metric in METRICS:
        a = statistics.median(run[metric.key] for run in sqlite)
        b = statistics.median(run[metric.key] for run in postgresql)
        ratio = f"{b / a:.3g}×" if a else "—"
        print(f"{metric.label:<{width}}  {_fmt(a):>10}  {_fmt(b):>10}  {ratio:>11}  {metric.better}")
    print("\nevery run (sqlite | postgresql):")
    for metric in METRICS:
        each = " | ".join(", ".join(_fmt(run[metric.key]) for run in runs) for runs in (sqlite, postgresql))
        print(f"  {metric.key:<20} {each}")


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


if __name__ == "__main__":
    raise SystemExit(main())
