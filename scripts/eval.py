#!/usr/bin/env python3
"""Matching quality on a labelled set, beside the reference baselines, in one run.

    python scripts/eval.py [--data ../shared/data/dev] [--k 10] [--paraphrased FILE] [--extra DIR]

Runs `clusterlink match` (the same engine as the matcher service) on
DATA/profiles.jsonl, scores it with DATA/score.py, runs DATA/baselines.py into a
temporary directory and scores each baseline the same way. Prints NDCG@10 per
side and overall, then recall@10 of labelled links that join a Thai and an
English SME against links within one language.

With --paraphrased (default: the variant kept with the matcher's unit tests),
the engine is also scored on a copy of the set whose listed SMEs are reworded,
often into the other language: the same labels must still be found. The
glossary was never tuned on those wordings.

Then every extra labelled set (--extra, default: each folder under eval/ with a
profiles.jsonl and links.csv; see eval/README.md) is scored the same way, with
the development set's score.py and baselines.py: the set written blind to the
glossary (NDCG@10 beside the development set's) and the dense bilingual cluster
(cross-language recall@10 over same-language recall@10, target >= 0.9).

Last, the scikit-learn parts measured for decision 0014 (skip with --no-sklearn-checks):
eval/ngram_check.py (character n-grams of unknown words and the nearest-term
reading, off and on, on every set and on misspelt copies of the development
set) and eval/feedback_replay.py (soft-fit weights learned from replayed,
simulated feedback against the hand-set weights). Both run the engine of this
tree in-process, whatever --engine-root says.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "dev"
PARAPHRASED_DIR = REPO / "tests" / "unit" / "matcher" / "data"
EXTRA_DIR = REPO / "eval"
BASELINES = ("random", "naive", "complementary")


@dataclass(frozen=True)
class Scores:
    suppliers: float
    buyers: float
    overall: float


@dataclass(frozen=True)
class LanguageRecall:
    cross: float
    cross_links: int
    same: float
    same_links: int

    @property
    def ratio(self) -> float:
        return self.cross / self.same if self.same else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"labelled set (default {DEFAULT_DATA})")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument(
        "--paraphrased",
        type=Path,
        action="append",
        help="reworded profiles to score as a held-out check (repeatable; default: "
        f"{PARAPHRASED_DIR.relative_to(REPO)}/paraphrased_*.json)",
    )
    parser.add_argument("--no-paraphrased", action="store_true", help="skip the held-out check")  # fmt: skip
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        help="another labelled set (profiles.jsonl + links.csv) to score the same way (repeatable; default: "
        f"every such folder under {EXTRA_DIR.relative_to(REPO)}/)",
    )
    parser.add_argument("--no-extra", action="store_true", help="score the development set only")
    parser.add_argument("--no-sklearn-checks", action="store_true", help="skip ngram_check.py, feedback_replay.py")
    parser.add_argument(
        "--engine-root",
        type=Path,
        default=REPO,
        help="run clusterlink match from this source tree instead (e.g. an older commit: "
        "git archive COMMIT services shared clusterlink | tar -x -C DIR)",
    )
    args = parser.parse_args(argv)
    ENGINE_ROOT[0] = args.engine_root.resolve()
    data: Path = args.data.resolve()
    profiles, links = data / "profiles.jsonl", data / "links.csv"
    for needed in (profiles, links, data / "score.py", data / "baselines.py"):
        if not needed.exists():
            print(f"error: {needed} not found", file=sys.stderr)
            return 2

    with tempfile.TemporaryDirectory(prefix="clusterlink-eval-") as tmp:
        out = Path(tmp)
        started = time.perf_counter()
        _match(profiles, args.k, out / "clusterlink.jsonl")
        elapsed = time.perf_counter() - started
        _run([sys.executable, str(data / "baselines.py"), str(data), str(out)])

        rows = {"clusterlink": _score(data, profiles, links, out / "clusterlink.jsonl")}
        for name in BASELINES:
            rows[name] = _score(data, profiles, links, out / f"{name}.jsonl")
        languages = _languages(profiles)
        recall = {name: _language_recall(languages, links, out / f"{name}.jsonl", args.k) for name in rows}

        print(f"\nlabelled set: {data}  (clusterlink match took {elapsed:.1f} s)\n")
        print(f"{'method':<14} {'suppliers':>10} {'buyers':>10} {'overall':>10}   NDCG@{args.k}")
        for name, s in rows.items():
            print(f"{name:<14} {s.suppliers:>10.4f} {s.buyers:>10.4f} {s.overall:>10.4f}")
        print(f"\nrecall@{args.k} of labelled links (a link is found when either side lists the other)")
        _print_recall(recall)

        variants: list[Path] = (
            [] if args.no_paraphrased else (args.paraphrased or sorted(PARAPHRASED_DIR.glob("paraphrased_*.json")))
        )
        if variants:
            print("\nheld-out check: the labelled links on reworded copies of the set")
        for n, paraphrased in enumerate(variants):
            variant = out / f"paraphrased_{n}_profiles.jsonl"
            reworded = _write_paraphrased(profiles, paraphrased, variant)
            _match(variant, args.k, out / f"paraphrased_{n}.jsonl")
            s = _score(data, variant, links, out / f"paraphrased_{n}.jsonl")
            r = _language_recall(_languages(variant), links, out / f"paraphrased_{n}.jsonl", args.k)
            print(f"{paraphrased.name} ({reworded} SMEs reworded)")
            print(f"{'clusterlink':<14} {s.suppliers:>10.4f} {s.buyers:>10.4f} {s.overall:>10.4f}   NDCG@{args.k}")
            print(f"{'':<14} cross-language recall {r.cross:.4f}, same-language recall {r.same:.4f}")

        extras: list[Path] = [] if args.no_extra else (args.extra or _extra_sets())
        for n, extra in enumerate(extras):
            extra = extra.resolve()
            if not ((extra / "profiles.jsonl").exists() and (extra / "links.csv").exists()):
                print(f"error: {extra} needs profiles.jsonl and links.csv", file=sys.stderr)
                return 2
            run = out / f"extra_{n}"
            run.mkdir()
            started = time.perf_counter()
            _match(extra / "profiles.jsonl", args.k, run / "clusterlink.jsonl")
            elapsed = time.perf_counter() - started
            _run([sys.executable, str(data / "baselines.py"), str(extra), str(run)])
            scored = {name: _score(data, extra / "profiles.jsonl", extra / "links.csv", run / f"{name}.jsonl")
                      for name in ("clusterlink", *BASELINES)}  # fmt: skip
            extra_languages = _languages(extra / "profiles.jsonl")
            extra_recall = {
                name: _language_recall(extra_languages, extra / "links.csv", run / f"{name}.jsonl", args.k)
                for name in scored
            }
            try:
                shown = extra.relative_to(REPO)
            except ValueError:
                shown = extra
            print(f"\nlabelled set: {shown}  (clusterlink match took {elapsed:.1f} s)\n")
            print(f"{'method':<14} {'suppliers':>10} {'buyers':>10} {'overall':>10}   NDCG@{args.k}")
            for name, sc in scored.items():
                print(f"{name:<14} {sc.suppliers:>10.4f} {sc.buyers:>10.4f} {sc.overall:>10.4f}")
            gap = rows["clusterlink"].overall - scored["clusterlink"].overall
            print(f"clusterlink: development set minus this set, overall NDCG@{args.k}: {gap:+.4f} "
                  "(target for a set worded differently: <= 0.05)")  # fmt: skip
            _print_recall(extra_recall)
            every = run / "clusterlink_all.jsonl"
            _match(extra / "profiles.jsonl", _count(extra / "profiles.jsonl"), every)
            top, below, never = _placement(extra / "links.csv", every, args.k)
            print(f"clusterlink, labelled (query, partner) pairs: {top} in the top {args.k}, {below} suggested "
                  f"further down, {never} never suggested")  # fmt: skip
    if not args.no_sklearn_checks:
        for title, script in (
            ("character n-grams of unknown words", "ngram_check.py"),
            ("learned soft-fit weights", "feedback_replay.py"),
        ):
            print(f"\nscikit-learn in scoring, {title} (eval/{script}, decision 0014)\n", flush=True)
            print(_run([sys.executable, str(EXTRA_DIR / script), "--data", str(data)]), end="", flush=True)
    return 0


def _count(profiles: Path) -> int:
    with profiles.open(encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def _placement(links: Path, recs: Path, k: int) -> tuple[int, int, int]:
    """Where each labelled partner sits in its SME's full list: top k, further down, or absent.

    Every link is two queries, as score.py counts them: the buyer's suppliers and the supplier's buyers.
    """
    suppliers, buyers = _top(recs, 1 << 30)
    counts = [0, 0, 0]
    with links.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            s, b = row["supplier_id"], row["buyer_id"]
            for ranking, partner in ((suppliers.get(b, []), s), (buyers.get(s, []), b)):
                place = ranking.index(partner) if partner in ranking else -1
                counts[0 if 0 <= place < k else 1 if place >= k else 2] += 1
    return counts[0], counts[1], counts[2]


def _extra_sets() -> list[Path]:
    if not EXTRA_DIR.is_dir():
        return []
    return sorted(p for p in EXTRA_DIR.iterdir() if (p / "profiles.jsonl").exists() and (p / "links.csv").exists())


def _print_recall(recall: dict[str, LanguageRecall]) -> None:
    print(f"{'method':<14} {'cross-language':>16} {'same-language':>15} {'cross/same':>11}")
    for name, r in recall.items():
        print(f"{name:<14} {r.cross:>16.4f} {r.same:>15.4f} {r.ratio:>11.3f}")
    first = next(iter(recall.values()))
    print(
        f"({first.cross_links} cross-language links, {first.same_links} same-language links; target cross/same >= 0.9)"
    )


ENGINE_ROOT = [REPO]  # the source tree `clusterlink match` runs from (--engine-root)


def _run(command: list[str], cwd: Path = REPO) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"command failed ({done.returncode}): {' '.join(command)}")
    return done.stdout


def _match(profiles: Path, k: int, out: Path) -> None:
    _run([sys.executable, "-m", "services.matcher.offline", "--profiles", str(profiles.resolve()), "--k", str(k),
          "--out", str(out.resolve())], cwd=ENGINE_ROOT[0])  # fmt: skip


def _score(data: Path, profiles: Path, links: Path, recs: Path) -> Scores:
    text = _run([sys.executable, str(data / "score.py"), str(profiles), str(links), str(recs)])
    ndcg: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if parts and parts[0] in ("suppliers", "buyers", "overall") and len(parts) >= 5:
            try:
                ndcg[parts[0]] = float(parts[4])
            except ValueError:
                continue
    return Scores(ndcg.get("suppliers", 0.0), ndcg.get("buyers", 0.0), ndcg.get("overall", 0.0))


def _languages(profiles: Path) -> dict[str, str]:
    with profiles.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {row["id"]: row.get("language", "en") for row in rows}


def _top(recs: Path, k: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    suppliers: dict[str, list[str]] = {}
    buyers: dict[str, list[str]] = {}
    with recs.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            for side, store in (("suppliers", suppliers), ("buyers", buyers)):
                entries = sorted(enumerate(row.get(side) or []), key=lambda p: (-float(p[1].get("score", 0)), p[0]))
                store[row["sme_id"]] = [e["id"] for _, e in entries if e["id"] != row["sme_id"]][:k]
    return suppliers, buyers


def _language_recall(languages: dict[str, str], links: Path, recs: Path, k: int) -> LanguageRecall:
    suppliers, buyers = _top(recs, k)
    found = {True: [0, 0], False: [0, 0]}  # cross-language? -> [found, total]
    with links.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            s, b = row["supplier_id"], row["buyer_id"]
            cross = languages.get(s) != languages.get(b)
            hit = s in suppliers.get(b, []) or b in buyers.get(s, [])
            found[cross][0] += int(hit)
            found[cross][1] += 1

    def rate(cross: bool) -> float:
        hits, total = found[cross]
        return hits / total if total else 0.0

    return LanguageRecall(rate(True), found[True][1], rate(False), found[False][1])


def _write_paraphrased(profiles: Path, paraphrases: Path, out: Path) -> int:
    """The labelled profiles with some SMEs' offers, needs and language replaced by rewordings."""
    reworded = json.loads(paraphrases.read_text(encoding="utf-8"))["profiles"]
    count = 0
    with profiles.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            row = json.loads(line)
            change = reworded.get(row["id"])
            if change:
                row.update({k: change[k] for k in ("offers", "needs", "language") if k in change})
                count += 1
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
    return count


if __name__ == "__main__":
    sys.exit(main())
