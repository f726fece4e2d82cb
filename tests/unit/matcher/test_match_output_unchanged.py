"""`clusterlink match` writes the same bytes as the engine it replaced (CONTRACTS.md section 2).

The speed work on the command (lists exported at once, reasons written per
distinct part, lines written in one pass) must not change a byte of its output.
The digests in `data/match_output_digests.json` are of the output of the
command at the commit named in that file, line by line, on the development
set, both evaluation clusters and a generated cluster of 2,000 SMEs. A change
of ranking or wording that is meant changes them: regenerate with

    .venv/bin/python -m tests.unit.matcher.test_match_output_unchanged
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest

from bench.synthetic_cluster import write_cluster
from services.matcher import offline
from services.matcher.engine_workers import ForkedWorkers
from services.matcher.offline_output import write_output
from services.matcher.scoring import MatchIndex, Reason
from services.matcher.scoring.export import ExportedHalf
from services.matcher.scoring.parallel import InProcess
from tests.support.fresh_process import run_in_fresh_interpreter

T = TypeVar("T")
R = TypeVar("R")

ROOT = Path(__file__).resolve().parents[3]
DIGESTS = Path(__file__).parent / "data" / "match_output_digests.json"
SETS = {
    "dev": ROOT.parent / "shared" / "data" / "dev" / "profiles.jsonl",
    "blind": ROOT / "eval" / "blind" / "profiles.jsonl",
    "dense_bilingual": ROOT / "eval" / "dense_bilingual" / "profiles.jsonl",
}
GENERATED = ("generated_2000_seed0", 2_000, 0)


def line_digests(output: Path) -> list[str]:
    return [hashlib.sha256(line).hexdigest()[:16] for line in output.read_bytes().splitlines(keepends=True)]


def profiles_of(name: str, folder: Path) -> Path:
    if name == GENERATED[0]:
        path = folder / "generated.jsonl"
        write_cluster(path, GENERATED[1], GENERATED[2])
        return path
    return SETS[name]


def match_digests(name: str, folder: Path) -> list[str]:
    out = folder / f"{name}.out.jsonl"
    assert offline.main(["--profiles", str(profiles_of(name, folder)), "--k", "10", "--out", str(out)]) == 0
    return line_digests(out)


def assert_same_lines(name: str, found: list[str]) -> None:
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))["sets"][name]
    assert len(found) == len(expected), f"{name}: {len(found)} lines, expected {len(expected)}"
    differing = [n for n, (a, b) in enumerate(zip(found, expected, strict=True), 1) if a != b]
    assert not differing, f"{name}: {len(differing)} lines differ, first line {differing[0]}"


@pytest.mark.parametrize("name", [*SETS, GENERATED[0]])
def test_match_output_is_byte_for_byte_unchanged(tmp_path: Path, name: str) -> None:
    if name in SETS and not SETS[name].exists():
        pytest.fail(f"{SETS[name]} is missing")  # the data is part of the checkout: never skip silently
    assert_same_lines(name, match_digests(name, tmp_path))


def test_output_written_with_forked_workers_is_unchanged() -> None:
    """The generated cluster fitted and written on forked workers (as a large file is) gives the same bytes."""
    run_in_fresh_interpreter(_check_forked_output_unchanged)


def _check_forked_output_unchanged() -> None:
    with tempfile.TemporaryDirectory() as folder:
        profiles = profiles_of(GENERATED[0], Path(folder))
        records = offline._read_profiles(profiles)
        workers = ForkedWorkers(2, spread_from=1)
        assert workers.workers_for(len(records)) == 2
        index = MatchIndex(k=10, executor=workers).fit(profile for profile, _ in records)
        out = Path(folder) / "out.jsonl"
        write_output(index, [profile.id for profile, _ in records], out, workers)
        assert_same_lines(GENERATED[0], line_digests(out))
        assert [p.name for p in Path(folder).iterdir() if p.name.startswith(".")] == []  # no part left over


class _Shares(InProcess):
    """Cuts the output into `shares` parts, written one after the other in this process."""

    def __init__(self, shares: int, fail_on: int | None = None) -> None:
        self.shares, self.fail_on = shares, fail_on

    def workers_for(self, amount: int) -> int:
        return self.shares

    def map(self, state: Any, func: Callable[[Any, T], R], tasks: Sequence[T], workers: int) -> list[R]:
        done = []
        for n, task in enumerate(tasks):
            if n == self.fail_on:
                raise OSError("disk full")
            done.append(func(state, task))
        return done


def test_output_cut_into_uneven_shares_is_the_same_file(tmp_path: Path) -> None:
    records = offline._read_profiles(SETS["dev"])
    index = MatchIndex(k=10).fit(profile for profile, _ in records)
    ids = [profile.id for profile, _ in records]
    whole, cut = tmp_path / "whole.jsonl", tmp_path / "cut.jsonl"
    write_output(index, ids, whole, InProcess())
    write_output(index, ids, cut, _Shares(7))  # the dev set's size is not a multiple of 7
    assert cut.read_bytes() == whole.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.jsonl", "whole.jsonl"]


def test_a_failed_share_leaves_no_output_and_no_parts(tmp_path: Path) -> None:
    records = offline._read_profiles(SETS["dev"])
    index = MatchIndex(k=10).fit(profile for profile, _ in records)
    out = tmp_path / "out.jsonl"
    with pytest.raises(OSError, match="disk full"):
        write_output(index, [profile.id for profile, _ in records], out, _Shares(3, fail_on=2))
    assert list(tmp_path.iterdir()) == []


def test_exported_lists_equal_the_lists_each_sme_is_shown() -> None:
    """Every exported entry (partner, score, reasons) is what `suppliers_of`/`buyers_of` give that SME,
    reasons included: the export's per-part reasons equal the ones written pair by pair."""
    records = offline._read_profiles(SETS["dev"])
    index = MatchIndex(k=10).fit(profile for profile, _ in records)
    suppliers, buyers = index.export()
    ids = {index.row_of(p.id): p.id for p, _ in records}
    for profile, _ in records:
        row = index.row_of(profile.id)
        assert row is not None
        for half, shown in ((suppliers, index.suppliers_of(profile.id)), (buyers, index.buyers_of(profile.id))):
            start, end = int(half.starts[row]), int(half.starts[row + 1])
            exported = [
                (ids[int(half.partners[e])], float(half.scores[e]), _reasons_of(half, e))
                for e in range(start, end)
            ]
            assert exported == [(m.partner_id, m.score, m.reasons) for m in shown]


def _reasons_of(half: ExportedHalf, entry: int) -> tuple[Reason, ...]:
    return tuple(r for group in half.groups for r in group.reasons[int(group.codes[entry])])


def _regenerate() -> None:
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
    with tempfile.TemporaryDirectory() as folder:
        sets = {name: match_digests(name, Path(folder)) for name in [*SETS, GENERATED[0]]}
    DIGESTS.write_text(json.dumps({"commit": commit.stdout.strip(), "sets": sets}, indent=0) + "\n")


if __name__ == "__main__":
    _regenerate()
    sys.exit(0)
