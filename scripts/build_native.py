"""Compile the phrase reader and the glossary's word cutter with mypyc (see `shared/native.py`).

    python scripts/build_native.py            # builds into build/native/, unless it is up to date
    python scripts/build_native.py --force    # builds again

Reading phrases is the largest part of a rebuild and of `clusterlink match`, and its time is spread
flat over many small rule passes; compiled, the same code reads about twice as fast. The services
run the sources wherever no current build exists, so a failed build never stops them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared.native import STAMP, native_dir, source_digest, stale_sources  # noqa: E402

# Compiled together: they call each other natively. Each must type-check under mypy --strict, and use
# nothing mypyc leaves unimplemented (it says so at build time).
MODULES = (
    "shared/glossary/tokens.py",
    "shared/glossary/glossary.py",
    "services/matcher/scoring/heads.py",
    "services/matcher/scoring/clause_ends.py",
    "services/matcher/scoring/clauses.py",
    "services/matcher/scoring/conjuncts.py",
    "services/matcher/scoring/reading.py",
)
GROUP = "clusterlink_native"  # the name of the modules' shared runtime library


def build(out: Path) -> None:
    from mypyc.build import mypycify  # a dev dependency, with mypy
    from setuptools import setup

    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="native-", dir=out.parent) as tmp:
        staging = Path(tmp) / "lib"
        os.chdir(ROOT)  # mypyc names modules by their paths from here
        extensions = mypycify(list(MODULES), opt_level="3", group_name=GROUP, target_dir=str(Path(tmp) / "c"))
        setup(
            name=GROUP,
            ext_modules=extensions,
            script_args=["-q", "build_ext", "--build-lib", str(staging), "--build-temp", str(Path(tmp) / "o")],
        )
        stamp = {"python": sys.implementation.cache_tag, "sources": {m: source_digest(m) for m in MODULES}}
        (staging / STAMP).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)


def _compiled(build: Path) -> set[str]:
    return set(json.loads((build / STAMP).read_text(encoding="utf-8"))["sources"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--force", action="store_true", help="build even if the build matches the sources")
    args = parser.parse_args()
    if os.environ.get("CLUSTERLINK_NATIVE", "1") == "0":
        print("CLUSTERLINK_NATIVE=0: not compiling; the sources run")
        return 0
    out = native_dir()
    if stale_sources(out) == [] and _compiled(out) == set(MODULES) and not args.force:
        print(f"compiled modules up to date in {out}")
        return 0
    started = time.monotonic()
    print(f"compiling {len(MODULES)} modules with mypyc into {out} (about a minute)...", flush=True)
    try:
        build(out)
    except (Exception, SystemExit) as exc:  # setuptools reports a failed compile by exiting
        print(f"compiling failed ({exc}); the sources run instead. Set CLUSTERLINK_NATIVE=0 to skip.", file=sys.stderr)
        return 1
    print(f"compiled in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
