"""Matching benchmark: the scoring engine against scikit-learn's brute-force cosine
`NearestNeighbors`, on the same synthetic clusters, in the same run.

For each cluster size it measures, for both methods:

- full rebuild: fit the text features and compute every SME's top-k suppliers and
  top-k buyers; wall time and the peak resident memory of that step;
- incremental update: one SME edits an offer; score it in both directions and
  maintain the top-k lists; p50/p99 latency over `--updates` edits.

Then, whole process (`--whole-process N`, default 20,000; 2,000 with --quick):
`clusterlink match` on a cluster file (read, fit, every list with reasons, JSON
out) against a process that reads the same file, ranks top-k both ways with
the same brute-force baseline and writes the same JSON lines (without reasons);
median wall time of alternating runs.

Every measurement runs in a fresh interpreter per size and method, so the peak
memory belongs to that run alone. The machine is shared and noisy: read the
ratios (baseline / engine) first.

    python -m bench.matching_bench --quick
    python -m bench.matching_bench --sizes 10000,100000,1000000 --updates 200 --k 10
    python -m bench.matching_bench --whole-process-only --whole-process 20000 --repeats 3
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import importlib
import inspect
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Generic, TypeVar

import numpy as np
import numpy.typing as npt
import psutil
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.neighbors import NearestNeighbors

if __package__ in (None, ""):  # run as a file (python bench/matching_bench.py): make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic_cluster import DEFAULT_CACHE_DIR, ProfileRecord, cached_cluster, read_cluster, variant_of
from bench.tree_memory import tree_memory_mib

REPO_ROOT: Final = Path(__file__).resolve().parent.parent
DEFAULT_SIZES: Final = (10_000, 100_000, 1_000_000)
QUICK_SIZES: Final = (2_000, 10_000)
ENGINE_MODULE: Final = "services.matcher.scoring"
MIB: Final = 1024 * 1024
SAMPLED_QUERY_ROWS: Final = 400_000_000  # queries x fitted rows the baseline ranks per direction when sampling
WARMUP_UPDATES: Final = 3  # untimed first edits: a running matcher is warm


@dataclass(frozen=True)
class Target:
    label: str
    metric: str  # key of a size summary
    limit: float
    at_least: bool = False  # True: the figure must reach the limit; False: stay within it

    def passed(self, value: float | None) -> bool | None:
        if value is None:
            return None
        return value >= self.limit if self.at_least else value <= self.limit


WHOLE_PROCESS_TARGET: Final = 5.0  # `clusterlink match` at least this many times faster than the baseline process

# The goals of the matching engine, by cluster size.
TARGETS: Final[dict[int, tuple[Target, ...]]] = {
    100_000: (
        Target("p50 <= 3 ms", "engine_update_p50_ms", 3.0),
        Target(">= 10x baseline", "update_p50_ratio", 10.0, at_least=True),
        Target("<= 15 s", "engine_rebuild_s", 15.0),
        Target("< 8 GiB", "engine_rebuild_peak_mib", 8 * 1024.0),
    ),
    1_000_000: (
        Target("p50 <= 30 ms", "engine_update_p50_ms", 30.0),
        Target("<= 5 min", "engine_rebuild_s", 300.0),
        Target("< 6 GiB", "engine_rebuild_peak_mib", 6 * 1024.0),
    ),
}


# ------------------------------------------------------------------ memory of a run


def _rss_mib() -> float:
    return psutil.Process().memory_info().rss / MIB


def _reset_peak_rss() -> bool:
    """Restart the kernel's peak-RSS counter (Linux ≥ 4.0); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # no /proc: the process-lifetime peak is the best there is

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class StepMemory:
    before_mib: float
    peak_mib: float  # the larger of this process's kernel-counted peak and the sampled peak of its tree
    tree_peak_mib: float  # sampled every TREE_SAMPLE_S: this process plus what forked workers hold privately
    peak_is_step_only: bool  # False: the peak may come from before the step (no counter reset)


TREE_SAMPLE_S: Final = 0.5  # reading a large worker's page summary costs time; more often slows the run


class MeasuredStep:
    """Wall time and peak memory of the code run inside `with`, forked workers included.

    The tree is sampled by a process of its own (`bench.tree_memory`): a sampling
    thread here would keep the engine from forking its workers at all."""

    def __enter__(self) -> MeasuredStep:
        gc.collect()
        self._before = _rss_mib()
        self._reset = _reset_peak_rss()
        self._sampler = subprocess.Popen(
            [sys.executable, "-m", "bench.tree_memory", str(os.getpid()), str(TREE_SAMPLE_S)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
        )
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._started
        out, _ = self._sampler.communicate("")  # closing its input ends the sampling
        tree_peak = float(out.strip() or 0.0)
        peak = _peak_rss_mib()
        self.memory = StepMemory(self._before, max(peak, tree_peak), tree_peak, self._reset)


def _pin_to_cores(cores: int) -> list[int]:
    """Run on at most `cores` CPUs, so figures from bigger machines compare with the targets."""
    available = sorted(os.sched_getaffinity(0))
    if cores and len(available) > cores:
        os.sched_setaffinity(0, available[:cores])
    return sorted(os.sched_getaffinity(0))


# ------------------------------------------------------------------ the engine (worker side)


def _engine_profile_factory(profile_cls: type[Any]) -> Callable[[ProfileRecord], Any]:
    """Build the engine's Profile from a JSONL record, passing only the fields it declares."""
    names = {f.name for f in dataclasses.fields(profile_cls)}

    def to_profile(record: ProfileRecord) -> Any:
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in record.items() if k in names}
        return profile_cls(**values)

    return to_profile


T = TypeVar("T")


@dataclass
class LoadedCluster(Generic[T]):
    """A cluster as one method needs it, plus the edits both methods replay."""

    items: list[T]
    edits: list[tuple[int, ProfileRecord]]  # (position in the file, the SME after its edit)


def load_cluster(path: Path, convert: Callable[[ProfileRecord], T], edits: int, seed: int) -> LoadedCluster[T]:
    """Every profile converted for one method, streamed, so no run holds the raw records.

    The edits are random SMEs with one offer replaced; they depend only on the
    file and the seed, so both methods replay the same ones.
    """
    with path.open("rb") as lines:
        n = sum(1 for _ in lines)
    rng = random.Random(seed * 1_000_003 + n)
    chosen = rng.sample(range(n), min(n, edits))
    wanted = set(chosen)
    items: list[T] = []
    originals: dict[int, ProfileRecord] = {}
    for position, record in enumerate(read_cluster(path)):
        items.append(convert(record))
        if position in wanted:
            originals[position] = record
    return LoadedCluster(items, [(i, variant_of(originals[i], rng)) for i in chosen])


def _timed_ms(
    apply: Callable[[Any], object], items: Iterable[Any], budget_s: float = float("inf"), at_least: int = 10
) -> list[float]:
    """Latency of each call in ms; stops early once `budget_s` is spent and `at_least` calls are done."""
    latencies: list[float] = []
    deadline = time.perf_counter() + budget_s
    for item in items:
        started = time.perf_counter_ns()
        apply(item)
        latencies.append((time.perf_counter_ns() - started) / 1e6)
        if len(latencies) >= at_least and time.perf_counter() > deadline:
            break
    return latencies


def _warm_up(apply: Callable[[Any], object], items: Sequence[Any]) -> None:
    """A few untimed calls, as a running matcher is warm; one is enough when a call takes seconds."""
    _timed_ms(apply, items, budget_s=2.0, at_least=1)


def _executor_for(index_class: type[Any]) -> dict[str, Any]:
    """Forked workers, as `clusterlink match` uses, for an engine taking an executor (older ones fork themselves)."""
    if "executor" not in inspect.signature(index_class).parameters:
        return {}
    from services.matcher.engine_workers import ForkedWorkers

    return {"executor": ForkedWorkers()}


def _engine_worker(args: argparse.Namespace) -> dict[str, Any]:
    engine = importlib.import_module(args.engine)
    to_profile = _engine_profile_factory(engine.Profile)
    cluster = load_cluster(args.data, to_profile, WARMUP_UPDATES + args.updates, args.seed)
    profiles = cluster.items
    edits = [to_profile(record) for _, record in cluster.edits]

    with MeasuredStep() as rebuild:
        index = engine.MatchIndex(k=args.k, **_executor_for(engine.MatchIndex)).fit(profiles)

    entered: list[int] = []

    def upsert(profile: Any) -> None:
        entered.append(len(index.upsert(profile)))

    _warm_up(upsert, edits[:WARMUP_UPDATES])
    latencies = _timed_ms(upsert, edits[WARMUP_UPDATES:], args.update_budget_s)
    probe = random.Random(args.seed).sample(profiles, min(len(profiles), 1000))
    with_suppliers = sum(1 for p in probe if index.suppliers_of(p.id))
    with_buyers = sum(1 for p in probe if index.buyers_of(p.id))
    return {
        "size": len(profiles),
        "rebuild_s": rebuild.seconds,
        "rebuild_memory": dataclasses.asdict(rebuild.memory),
        "update_ms": latencies,
        "pairs_entered_per_update": statistics.fmean(entered) if entered else 0.0,
        "share_with_suppliers": with_suppliers / max(1, len(probe)),
        "share_with_buyers": with_buyers / max(1, len(probe)),
    }


# ------------------------------------------------------------------ the baseline (worker side)


FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


@dataclass
class TopLists:
    """Every SME's top-k partners in one direction: ids and scores, best first; -1 = empty slot."""

    ids: IntArray
    scores: FloatArray

    @classmethod
    def empty(cls, n: int, k: int) -> TopLists:
        return cls(np.full((n, k), -1, dtype=np.int64), np.zeros((n, k), dtype=np.float32))

    def put(self, owner: int, partners: IntArray, scores: FloatArray) -> None:
        self.ids[owner], self.scores[owner] = -1, 0.0
        self.ids[owner, : partners.size], self.scores[owner, : scores.size] = partners, scores

    def offer(self, owners: IntArray, candidate: int, scores: FloatArray) -> int:
        """Put `candidate` into the lists of `owners` where its score beats the list's last entry.

        Vectorised over all owners at once; returns how many lists it entered. A list
        that already holds the candidate has that entry rescored instead of a new one.
        """
        k = self.ids.shape[1]
        beats = (scores > self.scores[owners, -1]) & (scores > 0) & (owners != candidate)
        hits = np.flatnonzero(beats)
        if hits.size == 0:
            return 0
        rows = owners[hits]
        ids, row_scores = self.ids[rows], self.scores[rows]
        present = ids == candidate
        slot = np.where(present.any(axis=1), present.argmax(axis=1), k - 1)
        at = np.arange(rows.size)
        ids[at, slot] = candidate
        row_scores[at, slot] = scores[hits]
        order = np.argsort(-row_scores, axis=1, kind="stable")
        self.ids[rows] = np.take_along_axis(ids, order, axis=1)
        self.scores[rows] = np.take_along_axis(row_scores, order, axis=1)
        return int(rows.size)


SmeTexts = tuple[str, str]


def sme_texts(record: ProfileRecord) -> SmeTexts:
    """An SME as the baseline reads it: all its offers as one text, all its needs as another."""
    return " ".join(record["offers"]), " ".join(record["needs"])


class BruteForceBaseline:
    """Complementary TF-IDF (offers against needs) with brute-force cosine NearestNeighbors.

    Features: character 2–4-grams within words, which need no Thai word segmentation.
    Suppliers of B: the offers nearest to B's needs. Buyers of A: the needs nearest to
    A's offers. No stage, certification or location rules: text similarity only.
    """

    def __init__(self, k: int, batch: int = 4096) -> None:
        self.k = k
        self.batch = batch

    def fit(self, texts: Sequence[SmeTexts]) -> BruteForceBaseline:
        """Fit the features on every SME's (offers, needs) text and rank nothing yet."""
        n = len(texts)
        corpus = [offers for offers, _ in texts] + [needs for _, needs in texts]
        self.vectorizer_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True,
                                           dtype=np.float32)  # fmt: skip
        both = self.vectorizer_.fit_transform(corpus).tocsr()
        offers, needs = both[:n], both[n:]
        # Only SMEs with some text take part in a direction; rows map back to SME positions.
        self.offer_rows_: IntArray = np.flatnonzero(offers.getnnz(axis=1)).astype(np.int64)
        self.need_rows_: IntArray = np.flatnonzero(needs.getnnz(axis=1)).astype(np.int64)
        self.offers_ = offers[self.offer_rows_]
        self.needs_ = needs[self.need_rows_]
        brute = {"metric": "cosine", "algorithm": "brute"}
        self.by_offer_ = NearestNeighbors(**brute).fit(self.offers_)
        self.by_need_ = NearestNeighbors(**brute).fit(self.needs_)
        self.suppliers_ = TopLists.empty(n, self.k)
        self.buyers_ = TopLists.empty(n, self.k)
        return self

    def _nearest(self, fitted: Any, rows: IntArray, queries: Any, query_ids: IntArray) -> tuple[IntArray, FloatArray]:
        """Top-k SME positions and scores for each query, without the querying SME itself."""
        distances, found = fitted.kneighbors(queries, n_neighbors=min(self.k + 1, rows.size))
        partners = rows[found]
        not_self = partners != query_ids[:, None]
        keep = np.argsort(~not_self, axis=1, kind="stable")[:, : self.k]
        partners = np.take_along_axis(partners, keep, axis=1)
        scores = (1.0 - np.take_along_axis(distances, keep, axis=1)).astype(np.float32)
        return partners, scores

    def rank_all(self, direction: str, sample: int | None, rng: np.random.Generator) -> tuple[float, int, int]:
        """Fill one direction's lists: (seconds, queries run, queries in full).

        With `sample`, only that many random queries are run and the lists of the
        others copy theirs, so later updates see lists of realistic fullness.
        """
        if direction == "suppliers":
            fitted, rows, query_rows, queries, lists = (self.by_offer_, self.offer_rows_, self.need_rows_,
                                                        self.needs_, self.suppliers_)  # fmt: skip
        else:
            fitted, rows, query_rows, queries, lists = (self.by_need_, self.need_rows_, self.offer_rows_,
                                                        self.offers_, self.buyers_)  # fmt: skip
        total = query_rows.size
        chosen = np.arange(total) if sample is None or sample >= total else rng.choice(total, sample, replace=False)
        started = time.perf_counter()
        for start in range(0, chosen.size, self.batch):
            part = chosen[start : start + self.batch]
            owners = query_rows[part]
            partners, scores = self._nearest(fitted, rows, queries[part], owners)
            width = partners.shape[1]
            lists.ids[owners, :width], lists.scores[owners, :width] = partners, scores
        seconds = time.perf_counter() - started
        if chosen.size < total:
            rest = np.setdiff1d(np.arange(total), chosen, assume_unique=True)
            copies = query_rows[chosen][np.arange(rest.size) % chosen.size]
            lists.ids[query_rows[rest]] = lists.ids[copies]
            lists.scores[query_rows[rest]] = lists.scores[copies]
        return seconds, int(chosen.size), int(total)

    def upsert(self, position: int, record: ProfileRecord) -> int:
        """Rank the edited SME's own partners and offer it to every other SME's lists.

        The fitted matrices keep the old text of the edited SME (refitting them on
        every edit would cost far more), which favours the baseline.
        """
        offers, needs = sme_texts(record)
        offer_vec = self.vectorizer_.transform([offers])
        need_vec = self.vectorizer_.transform([needs])
        me = np.array([position], dtype=np.int64)
        entered = 0
        if need_vec.nnz:
            partners, scores = self._nearest(self.by_offer_, self.offer_rows_, need_vec, me)
            self.suppliers_.put(position, partners[0], scores[0])
            as_buyer = np.asarray((self.offers_ @ need_vec.T).todense(), dtype=np.float32).ravel()
            entered += self.buyers_.offer(self.offer_rows_, position, as_buyer)
        if offer_vec.nnz:
            partners, scores = self._nearest(self.by_need_, self.need_rows_, offer_vec, me)
            self.buyers_.put(position, partners[0], scores[0])
            as_supplier = np.asarray((self.needs_ @ offer_vec.T).todense(), dtype=np.float32).ravel()
            entered += self.suppliers_.offer(self.need_rows_, position, as_supplier)
        return entered


def _baseline_sample(size: int, args: argparse.Namespace) -> int:
    """Queries per direction when the baseline ranks a sample: given, or about a minute's work each."""
    if args.baseline_sample:
        return int(args.baseline_sample)
    # A query costs about the same per fitted row; many of sklearn's work chunks keep the estimate steady.
    return max(1_000, SAMPLED_QUERY_ROWS // size)


def _baseline_worker(args: argparse.Namespace) -> dict[str, Any]:
    cluster = load_cluster(args.data, sme_texts, WARMUP_UPDATES + args.updates, args.seed)
    texts, edits = cluster.items, cluster.edits
    rng = np.random.default_rng(args.seed)
    sample = _baseline_sample(len(texts), args) if len(texts) > args.baseline_full_max else None

    with MeasuredStep() as rebuild:
        baseline = BruteForceBaseline(args.k)
        fit_started = time.perf_counter()
        baseline.fit(texts)
        fit_s = time.perf_counter() - fit_started
        ranked = [baseline.rank_all(d, sample, rng) for d in ("suppliers", "buyers")]
    # Sampled queries stand for all of them: scale their time up linearly.
    query_s = sum(seconds * total / max(1, run) for seconds, run, total in ranked)

    entered: list[int] = []

    def upsert(edit: tuple[int, ProfileRecord]) -> None:
        entered.append(baseline.upsert(*edit))

    _warm_up(upsert, edits[:WARMUP_UPDATES])
    latencies = _timed_ms(upsert, edits[WARMUP_UPDATES:], args.update_budget_s)
    queries_run, queries_total = sum(r[1] for r in ranked), sum(r[2] for r in ranked)
    return {
        "size": len(texts),
        "rebuild_s": fit_s + query_s,
        "rebuild_measured_s": rebuild.seconds,
        "features_and_fit_s": fit_s,
        "rebuild_memory": dataclasses.asdict(rebuild.memory),
        "update_ms": latencies,
        "pairs_entered_per_update": statistics.fmean(entered) if entered else 0.0,
        "queries_run": queries_run,
        "queries_total": queries_total,
        "extrapolated": queries_run < queries_total,
    }


def _whole_baseline_main(args: argparse.Namespace) -> int:
    """The baseline as a whole process: read the file, rank both ways, write JSON lines."""
    records = list(read_cluster(args.data))
    baseline = BruteForceBaseline(args.k).fit([sme_texts(r) for r in records])
    rng = np.random.default_rng(args.seed)
    for direction in ("suppliers", "buyers"):
        baseline.rank_all(direction, None, rng)
    with Path(args.result).open("w", encoding="utf-8") as out:
        for n, record in enumerate(records):
            sides = {}
            for side, lists in (("suppliers", baseline.suppliers_), ("buyers", baseline.buyers_)):
                sides[side] = [
                    {"id": records[int(p)]["id"], "score": round(float(sc), 6)}
                    for p, sc in zip(lists.ids[n].tolist(), lists.scores[n].tolist(), strict=True)
                    if p >= 0
                ]
            out.write(json.dumps({"sme_id": record["id"], **sides}, ensure_ascii=False) + "\n")
    return 0


def whole_process(size: int, args: argparse.Namespace) -> str:
    """Median wall time of `clusterlink match` and of the baseline process on the same file."""
    data = cached_cluster(size, args.seed, args.out_dir)
    commands = {
        "engine": [sys.executable, "-m", "clusterlink.cli", "match", "--profiles", str(data), "--k", str(args.k)],
        "baseline": [sys.executable, "-m", "bench.matching_bench", "--whole-baseline", "--data", str(data),
                     "--k", str(args.k)],
    }  # fmt: skip
    times: dict[str, list[float]] = {"engine": [], "baseline": []}
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="whole-process-") as tmp:
        for _ in range(args.repeats or 3):  # alternate, so drift on a shared machine hits both alike
            for method, command in commands.items():
                out = Path(tmp) / f"{method}.jsonl"
                flag = "--out" if method == "engine" else "--result"
                started = time.perf_counter()
                subprocess.run([*command, flag, str(out)], cwd=REPO_ROOT, check=True, capture_output=True)
                times[method].append(time.perf_counter() - started)
                loads.append(os.getloadavg()[0])
    engine, baseline = statistics.median(times["engine"]), statistics.median(times["baseline"])
    runs = ", ".join(f"{m} " + " ".join(f"{t:.1f}" for t in ts) for m, ts in times.items())
    # Each pair of runs alternates engine and baseline, so the ratio within a pair is the least load-dependent.
    pairs = [b / e for e, b in zip(times["engine"], times["baseline"], strict=True)]
    ratio = baseline / engine
    verdict = "pass" if ratio >= WHOLE_PROCESS_TARGET else "FAIL"
    return (
        f"── whole process, {size:,} profiles, k={args.k}, median of {len(times['engine'])} ──\n"
        f"  clusterlink match {engine:.1f} s · baseline {baseline:.1f} s · baseline/engine {ratio:.1f}x"
        f" (target >= {WHOLE_PROCESS_TARGET:.0f}x: {verdict})\n"
        f"  runs, s: {runs} · ratio per pair: {' '.join(f'{r:.1f}x' for r in pairs)}"
        f" · 1-min load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} CPUs"
    )


def _worker_main(args: argparse.Namespace) -> int:
    cores = _pin_to_cores(args.cores)
    run = _engine_worker if args.worker == "engine" else _baseline_worker
    result = run(args)
    result.update(method=args.worker, cores=cores)
    Path(args.result).write_text(json.dumps(result))
    return 0


# ------------------------------------------------------------------ the driver


class RssWatch:
    """Samples a child's memory (with its forked workers) from outside and stops it past a limit."""

    def __init__(self, process: subprocess.Popen[bytes], limit_mib: float) -> None:
        self._process = process
        self._limit = limit_mib
        self.peak_mib = 0.0
        self.killed = False
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        try:
            child = psutil.Process(self._process.pid)
            while self._process.poll() is None:
                used = tree_memory_mib(child)
                self.peak_mib = max(self.peak_mib, used)
                if used > self._limit:
                    self.killed = True
                    for worker in child.children(recursive=True):
                        worker.kill()
                    self._process.kill()
                    return
                time.sleep(1.0)  # a safety limit: the run measures its own peak more closely
        except psutil.NoSuchProcess:
            return

    def join(self) -> None:
        self._thread.join(timeout=2)


def _run_worker(method: str, data: Path, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="matching-bench-") as scratch:
        result_path = Path(scratch) / "result.json"
        command = [
            sys.executable, "-m", "bench.matching_bench", "--worker", method, "--data", str(data),
            "--result", str(result_path), "--k", str(args.k), "--updates", str(args.updates),
            "--seed", str(args.seed), "--engine", args.engine, "--cores", str(args.cores),
            "--baseline-full-max", str(args.baseline_full_max), "--baseline-sample", str(args.baseline_sample),
            "--update-budget-s", str(args.update_budget_s),
        ]  # fmt: skip
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))),
        }
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stderr=subprocess.PIPE)
        watch = RssWatch(process, args.memory_limit_gib * 1024)
        try:
            _, stderr = process.communicate(timeout=args.worker_timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate()
            return {
                "method": method,
                "error": f"gave up after {args.worker_timeout:.0f} s",
                "wall_s": args.worker_timeout,
            }
        finally:
            watch.join()
        observed = {"method": method, "wall_s": time.perf_counter() - started, "watched_peak_mib": watch.peak_mib}
        if watch.killed:
            return {**observed, "error": f"stopped above {args.memory_limit_gib:g} GiB"}
        if process.returncode != 0 or not result_path.exists():
            tail = stderr.decode(errors="replace").strip().splitlines()[-15:]
            return {**observed, "error": f"exit status {process.returncode}", "stderr_tail": tail}
        result: dict[str, Any] = json.loads(result_path.read_text())
        return {**result, **observed}


def _percentile(values: Sequence[float], q: float) -> float | None:
    return float(np.percentile(values, q)) if values else None


def _median(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def _ratio(baseline: float | None, engine: float | None) -> float | None:
    return baseline / engine if baseline is not None and engine else None


_RATIOS: Final = (
    ("update_p50_ms", "update_p50_ratio"),
    ("update_p99_ms", "update_p99_ratio"),
    ("rebuild_s", "rebuild_ratio"),
    ("rebuild_peak_mib", "rebuild_peak_ratio"),
)


def summarise(size: int, runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One size's figures per method (medians over runs; latencies pooled) and their ratios."""
    summary: dict[str, Any] = {"size": size}
    for method in ("engine", "baseline"):
        ok = [r for r in runs if r["method"] == method and "error" not in r]
        errors = [r["error"] for r in runs if r["method"] == method and "error" in r]
        latencies = [ms for r in ok for ms in r["update_ms"]]
        summary[f"{method}_runs"] = len(ok)
        summary[f"{method}_updates_timed"] = len(latencies)
        summary[f"{method}_errors"] = errors
        summary[f"{method}_update_p50_ms"] = _percentile(latencies, 50)
        summary[f"{method}_update_p99_ms"] = _percentile(latencies, 99)
        summary[f"{method}_rebuild_s"] = _median(r["rebuild_s"] for r in ok)
        summary[f"{method}_rebuild_peak_mib"] = _median(r["rebuild_memory"]["peak_mib"] for r in ok)
    for metric, ratio in _RATIOS:
        summary[ratio] = _ratio(summary[f"baseline_{metric}"], summary[f"engine_{metric}"])
    sampled = [r for r in runs if r.get("extrapolated")]
    if sampled:
        summary["baseline_extrapolated_from"] = {"queries_run": sampled[0]["queries_run"],
                                                 "queries_total": sampled[0]["queries_total"]}  # fmt: skip
    summary["targets"] = [
        {
            "target": t.label,
            "metric": t.metric,
            "value": summary.get(t.metric),
            "passed": t.passed(summary.get(t.metric)),
        }
        for t in TARGETS.get(size, ())
    ]
    return summary


def _fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def render(summary: dict[str, Any], note: str) -> str:
    """The size's table: engine beside baseline, the ratio, and each target with pass/FAIL."""
    marks = {True: "pass", False: "FAIL", None: "n/a"}
    by_metric: dict[str, list[str]] = {}
    for t in summary["targets"]:
        by_metric.setdefault(t["metric"], []).append(f"{t['target']}: {marks[t['passed']]}")
    by_metric.setdefault("engine_update_p50_ms", [])
    ratio_targets = by_metric.pop("update_p50_ratio", [])
    by_metric["engine_update_p50_ms"] += ratio_targets
    rows = (
        ("update p50 (ms)", "update_p50_ms", "update_p50_ratio", 3),
        ("update p99 (ms)", "update_p99_ms", "update_p99_ratio", 3),
        ("full rebuild (s)", "rebuild_s", "rebuild_ratio", 2),
        ("rebuild peak memory (MiB)", "rebuild_peak_mib", "rebuild_peak_ratio", 0),
    )
    lines = [f"── {summary['size']:,} profiles · {note} ──",
             f"  {'':24}{'engine':>12}{'baseline':>12}{'baseline/engine':>17}   target"]  # fmt: skip
    for label, metric, ratio_key, digits in rows:
        ratio = summary[ratio_key]
        lines.append(
            f"  {label:24}{_fmt(summary[f'engine_{metric}'], digits):>12}"
            f"{_fmt(summary[f'baseline_{metric}'], digits):>12}"
            f"{('—' if ratio is None else f'{ratio:,.1f}x'):>17}   {', '.join(by_metric.get(f'engine_{metric}', []))}"
        )
    timed = {m: summary[f"{m}_updates_timed"] for m in ("engine", "baseline")}
    if timed["engine"] != timed["baseline"]:
        lines.append(
            f"  updates timed: engine {timed['engine']:,}, baseline {timed['baseline']:,} (time budget per run)"
        )
    extrapolated = summary.get("baseline_extrapolated_from")
    if extrapolated:
        lines.append(
            f"  baseline rebuild extrapolated from {extrapolated['queries_run']:,} queries "
            f"(of {extrapolated['queries_total']:,}, both directions)"
        )
    for method in ("engine", "baseline"):
        for error in summary[f"{method}_errors"]:
            lines.append(f"  {method} run failed: {error}")
    return "\n".join(lines)


def _progress(run: dict[str, Any]) -> str:
    """One line per finished run, so a long benchmark shows where it is."""
    if "error" in run:
        return f"failed: {run['error']} (after {run['wall_s']:,.0f} s, {run.get('watched_peak_mib', 0):,.0f} MiB seen)"
    p50 = _percentile(run["update_ms"], 50)
    return (
        f"rebuild {run['rebuild_s']:,.1f} s, peak {run['rebuild_memory']['peak_mib']:,.0f} MiB, "
        f"{len(run['update_ms'])} updates p50 {_fmt(p50, 2)} ms (process took {run['wall_s']:,.0f} s)"
    )


def _parse_sizes(text: str) -> tuple[int, ...]:
    sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    if not sizes or min(sizes) < 2:
        raise argparse.ArgumentTypeError("sizes must be integers >= 2, e.g. 10000,100000")
    return sizes


def _git_commit() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                              text=True, timeout=10, check=False)  # fmt: skip
    except OSError:
        return None
    return done.stdout.strip() or None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=_parse_sizes, default=DEFAULT_SIZES, help="cluster sizes, comma-separated")
    parser.add_argument("--updates", type=int, default=200, help="timed incremental updates per size and method")
    parser.add_argument("--k", type=int, default=10, help="length of each top-k list")
    parser.add_argument("--quick", action="store_true", help="smoke run: sizes 2000,10000 and 30 updates")
    parser.add_argument(
        "--repeats", type=int, help="runs per size and method (default: 3 up to 100,000 profiles, else 1)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic cluster and of the edits")
    parser.add_argument("--cores", type=int, default=2, help="CPUs each run may use (0 = all)")
    parser.add_argument("--engine", default=ENGINE_MODULE, help="module providing MatchIndex and Profile")
    parser.add_argument(
        "--baseline-full-max", type=int, default=20_000, help="above this size, the baseline ranks a sample of queries"
    )
    parser.add_argument(
        "--baseline-sample",
        type=int,
        default=0,
        help="queries per direction when sampling (0: 4,000 at 100,000 profiles, 1,000 at 1,000,000)",
    )
    parser.add_argument(
        "--update-budget-s", type=float, default=60.0, help="time per run for updates; slower runs time fewer"
    )
    parser.add_argument("--memory-limit-gib", type=float, default=12.0, help="stop a run using more (workers included)")
    parser.add_argument("--worker-timeout", type=float, default=1800.0, help="seconds before a run is abandoned")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_CACHE_DIR, help="where data and results go")
    parser.add_argument(
        "--whole-process", type=int, help="profiles for the whole-process comparison (0: skip; default 20,000)"
    )
    parser.add_argument("--whole-process-only", action="store_true", help="skip the rebuild and update runs")
    parser.add_argument("--worker", choices=("engine", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--whole-baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.worker:
        return _worker_main(args)
    if args.whole_baseline:
        return _whole_baseline_main(args)
    if args.quick:
        args.sizes, args.updates = QUICK_SIZES, min(args.updates, 30)
        args.repeats = args.repeats or 1
    if args.updates < 1 or args.k < 1:
        raise SystemExit("--updates and --k must be at least 1")

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    results_path = args.out_dir / f"matching-{stamp}.json"
    meta = {
        "kind": "meta", "started": stamp, "commit": _git_commit(), "python": platform.python_version(),
        "machine": platform.machine(), "cpus": os.cpu_count(), "cores_per_run": args.cores,
        "sizes": list(args.sizes), "k": args.k, "updates": args.updates, "seed": args.seed, "engine": args.engine,
    }  # fmt: skip
    print(f"matching benchmark: sizes {', '.join(f'{s:,}' for s in args.sizes)}; k={args.k}; "
          f"{args.updates} updates; {args.cores or 'all'} cores per run; engine {args.engine}")  # fmt: skip
    failed_targets = failed_runs = 0
    bench_started = time.perf_counter()
    with results_path.open("w", encoding="utf-8") as out:
        out.write(json.dumps(meta) + "\n")
        for size in () if args.whole_process_only else args.sizes:
            started = time.perf_counter()
            data = cached_cluster(size, args.seed, args.out_dir)
            prepared_s = time.perf_counter() - started
            repeats = args.repeats or (3 if size <= 100_000 else 1)  # 100,000: the rebuild target is a median of 3
            runs: list[dict[str, Any]] = []
            for _ in range(repeats):  # alternate, so drift on a shared machine hits both methods alike
                for method in ("engine", "baseline"):
                    run = _run_worker(method, data, args)
                    run.setdefault("size", size)
                    runs.append(run)
                    out.write(json.dumps({"kind": "run", **run}) + "\n")
                    out.flush()
                    print(f"  {size:,} {method}: {_progress(run)}", flush=True)
            summary = summarise(size, runs)
            out.write(json.dumps({"kind": "size", **summary}) + "\n")
            out.flush()
            note = f"k={args.k} · {args.updates} updates · {repeats} run(s) · data ready in {prepared_s:.1f} s"
            print(render(summary, note), flush=True)
            failed_targets += sum(1 for t in summary["targets"] if t["passed"] is False)
            failed_runs += sum(1 for r in runs if "error" in r)
    whole = args.whole_process if args.whole_process is not None else (2_000 if args.quick else 20_000)
    if whole:
        print(whole_process(whole, args), flush=True)
    print(f"results: {results_path} (total {time.perf_counter() - bench_started:.0f} s)")
    if failed_targets:
        print(f"{failed_targets} target(s) missed")
    return 1 if failed_runs else 0


if __name__ == "__main__":
    sys.exit(main())
