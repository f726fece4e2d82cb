"""FerretDB's CPU for the services' kind of work, under two garbage-collector settings.

    .venv/bin/clusterlink dev up            # the local PostgreSQL and FerretDB
    .venv/bin/python bench/ferretdb_gc.py [--runs 6] [--gogc 400] [--gomemlimit 1GiB]

Two more FerretDBs are started on the same PostgreSQL, on free ports: one with
Go's defaults (GOGC=100), one with the settings under test. Both serve the
same documents (5,000 suggestion-like documents with Thai and English reasons).
With `--against-binary PATH` the two are the local build and another one, both
with the tuned settings (to measure a change to the build). Each run does the
same work on each, the order alternating: every document read four times by
`$in` lists of 250 `_id`s, plus 800 `update_one`s by `_id`. What is compared is
the CPU seconds each FerretDB process used for it (from /proc), which other
work on a shared machine changes far less than wall time. Medians and their
ratio are printed.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from pymongo import MongoClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clusterlink.localinfra import LocalInfraSettings
from clusterlink.localinfra.components.ferretdb import FerretDb, mongo_ping_failure
from clusterlink.localinfra.components.postgres import postgres_url

DOCS = 5_000
CHUNK = 250
_REASON = {
    "kind": "offer_need",
    "text_en": "needs hand-spun hemp yarn, naturally dyed, which you offer",
    "text_th": "ต้องการเส้นด้ายกัญชงปั่นมือ ย้อมสีธรรมชาติ ซึ่งคุณมี",
    "terms": ["hemp", "yarn", "natural dye"],
}


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _work(url: str, database: str, ids: list[str]) -> None:
    client: MongoClient[dict[str, object]] = MongoClient(url)
    col = client[database]["suggestions"]
    for _ in range(4):
        for start in range(0, len(ids), CHUNK):
            list(col.find({"_id": {"$in": ids[start : start + CHUNK]}}, batch_size=CHUNK + 1))
        for key in ids[:200]:
            col.update_one({"_id": key}, {"$set": {"status": "assigned"}})
    client.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--gogc", default="400")
    ap.add_argument("--gomemlimit", default="1GiB")
    ap.add_argument(
        "--against-binary",
        type=Path,
        help="compare this FerretDB build with the local one instead, both with the --gogc settings",
    )
    args = ap.parse_args()

    settings = LocalInfraSettings.from_env()
    running = FerretDb(settings)
    if mongo_ping_failure(running.url) is not None:
        print(f"no FerretDB answers at {running.url}: run `.venv/bin/clusterlink dev up` first", file=sys.stderr)
        return 1
    # The documents go in through the running FerretDB first: each FerretDB reads which collections
    # exist when it starts, so both probes must start after the data is there.
    client: MongoClient[dict[str, object]] = MongoClient(running.url)
    database = f"gc_probe_{uuid.uuid4().hex[:8]}"  # new: every FerretDB agrees it did not exist
    col = client[database]["suggestions"]
    ids = [f"r{i % 500}|s{i}" for i in range(DOCS)]
    docs = [{"_id": key, "score": i / DOCS, "reasons": [_REASON] * 3, "status": "pending"} for i, key in enumerate(ids)]
    for start in range(0, DOCS, 500):
        col.insert_many(docs[start : start + 500])
    tuned = {"GOGC": args.gogc, "GOMEMLIMIT": args.gomemlimit}
    settings_under_test: dict[str, tuple[Path, dict[str, str]]] = (
        {
            f"local build ({running.binary})": (running.binary, tuned),
            f"other build ({args.against_binary})": (args.against_binary, tuned),
        }
        if args.against_binary
        else {
            "Go defaults (GOGC=100)": (running.binary, {"GOGC": "100", "GOMEMLIMIT": "off"}),
            f"GOGC={args.gogc}, GOMEMLIMIT={args.gomemlimit}": (running.binary, tuned),
        }
    )
    cpu: dict[str, list[float]] = {name: [] for name in settings_under_test}
    with tempfile.TemporaryDirectory() as state:
        processes: dict[str, tuple[str, subprocess.Popen[bytes]]] = {}
        try:
            for index, (name, (binary, gc_env)) in enumerate(settings_under_test.items()):
                port = _free_port()
                command = [
                    str(binary),
                    "--handler=postgresql",
                    f"--postgresql-url={postgres_url(settings)}",
                    f"--state-dir={Path(state) / str(index)}",
                    f"--listen-addr=127.0.0.1:{port}",
                    "--debug-addr=-",
                    "--telemetry=disable",
                    "--log-level=error",
                ]
                (Path(state) / str(index)).mkdir()
                env = {**os.environ, **gc_env, "DO_NOT_TRACK": "1"}
                process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                processes[name] = (f"mongodb://127.0.0.1:{port}/", process)
            for target, _ in processes.values():
                while mongo_ping_failure(target) is not None:
                    time.sleep(0.2)
            for run in range(args.runs):
                order = list(processes) if run % 2 == 0 else list(reversed(processes))
                for name in order:
                    target, process = processes[name]
                    before = _cpu_s(process.pid)
                    _work(target, database, ids)
                    cpu[name].append(_cpu_s(process.pid) - before)
        finally:
            for _, process in processes.values():
                process.terminate()
                process.wait(timeout=10)
            client.drop_database(database)
            client.close()
    medians = {name: statistics.median(values) for name, values in cpu.items()}
    for name, values in cpu.items():
        runs = ", ".join(f"{v:.2f}" for v in values)
        print(f"{name:<44} FerretDB CPU s, median {medians[name]:.2f}  (runs: {runs})")
    first, second = medians.values()
    print(f"ratio (second ÷ first): {second / first:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
