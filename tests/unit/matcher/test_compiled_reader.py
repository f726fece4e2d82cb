"""The compiled phrase reader (`make native`, `shared/native.py`) reads every phrase as its sources do.

`make test` compiles it first, so the whole suite runs the compiled modules; here the same phrases
are read again by the sources, in a process started with CLUSTERLINK_NATIVE=0, and compared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shared.native import in_use, native_dir, stale_sources

ROOT = Path(__file__).resolve().parents[3]
# Asked for with CLUSTERLINK_NATIVE=0, the sources run everywhere and there is nothing compiled to compare.
opted_out = pytest.mark.skipif(os.environ.get("CLUSTERLINK_NATIVE") == "0", reason="CLUSTERLINK_NATIVE=0")
SETS = (
    ROOT.parent / "shared" / "data" / "dev" / "profiles.jsonl",
    ROOT / "eval" / "blind" / "profiles.jsonl",
    ROOT / "eval" / "dense_bilingual" / "profiles.jsonl",
)
COMPILED = (
    "shared.glossary.tokens",
    "shared.glossary.glossary",
    "services.matcher.scoring.heads",
    "services.matcher.scoring.clause_ends",
    "services.matcher.scoring.clauses",
    "services.matcher.scoring.conjuncts",
    "services.matcher.scoring.reading",
)
# Input no profile holds: empty, whitespace, stray marks, mixed scripts, very long, control characters.
ODD = (
    "",
    "   ",
    "ำ่้",
    "ผ้าไหม🧵silk🧵",
    "ขาย" * 400,
    "cotton\x00yarn\u200bผ้าฝ้าย\r\nneed\tdyeing",
    "((([[[ไหม]]])))",
    "ไม่ ไม่ ไม่ no no",
)


def _phrases() -> list[tuple[str, str]]:
    found: dict[tuple[str, str], None] = {}
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            profile = json.loads(line)
            found.update(dict.fromkeys((text, "offer") for text in profile.get("offers", [])))
            found.update(dict.fromkeys((text, "need") for text in profile.get("needs", [])))
    found.update(dict.fromkeys((text, side) for text in ODD for side in ("offer", "need")))
    return list(found)


def readings() -> None:
    """Prints, one JSON line per phrase (read from stdin), what this process's reader makes of it."""
    from services.matcher.scoring.reading import PhraseReader, Side

    reader = PhraseReader()
    for text, side in json.load(sys.stdin):
        r = reader.read(text, Side(side))
        items = [[i.head, [list(a) for a in i.attrs], list(i.words), str(i.kind)] for i in r.items]
        print(json.dumps([str(r.intent), items, sorted(r.certifications)], ensure_ascii=False))


def _read_in(native: str, phrases: list[tuple[str, str]]) -> tuple[list[str], list[bool]]:
    code = (
        "import json, tests.unit.matcher.test_compiled_reader as t, shared.native as n; t.readings(); "
        "print(json.dumps([n.in_use(m) for m in t.COMPILED]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(phrases),
        cwd=ROOT,
        env={**os.environ, "CLUSTERLINK_NATIVE": native},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    *lines, modules = done.stdout.splitlines()
    return lines, json.loads(modules)


@opted_out
def test_the_reader_runs_compiled_and_reads_every_phrase_as_its_sources() -> None:
    assert stale_sources(native_dir()) == [], f"no current compiled build in {native_dir()}: run `make native`"
    phrases = _phrases()
    compiled, compiled_modules = _read_in("1", phrases)
    sources, source_modules = _read_in("0", phrases)
    assert all(compiled_modules), dict(zip(COMPILED, compiled_modules, strict=True))
    assert not any(source_modules), dict(zip(COMPILED, source_modules, strict=True))
    assert len(compiled) == len(sources) == len(phrases) > 1_000
    differing = [p for p, a, b in zip(phrases, compiled, sources, strict=True) if a != b]
    assert not differing, f"{len(differing)} phrases read differently, first {differing[0]}"


@opted_out
def test_this_test_run_uses_the_compiled_reader() -> None:
    """`make test` builds first: the rest of the suite tests what the services run."""
    import services.matcher.scoring.reading  # noqa: F401
    import shared.glossary.tokens  # noqa: F401

    assert in_use("services.matcher.scoring.reading") and in_use("shared.glossary.tokens"), "run `make native`"
