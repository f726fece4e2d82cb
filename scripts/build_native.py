"""Compile the phrase reader and the glossary's word cutter with mypyc (see `shared/native.py`).

    python scripts/build_native.py            # builds into build/native/, unless it is up to date
    python scripts/build_native.py --force    # builds again

Reading phrases is the largest part of a rebuild and of `clusterlink match`, and its time is spread
flat over many small rule passes; compiled, the same code reads about twice as fast. The services
run the sources wherever no current build exists, so a failed build never stops them.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared.native import STAMP, matches_sources, native_dir, read_stamp, source_digest  # noqa: E402

# Compiled together: they call each other natively. Each must type-check under mypy --strict, and use
# nothing mypyc leaves unimplemented (it says so at build time).
MODULES = (
    "shared/glossary/tokens.py",
    "shared/glossary/glossary.py",
    "services/matcher/scoring/conjuncts.py",
    "services/matcher/scoring/heads.py",
    "services/matcher/scoring/clause_ends.py",
    "services/matcher/scoring/clauses.py",
    "services/matcher/scoring/reading.py",
)
GROUP = "clusterlink_native"  # the modules' shared runtime library is GROUP + "__mypyc"
# What the modules are compiled against as well (mypyc builds the types and constants they import into
# them): an edit to any of these makes the build stale too.
COMPILED_AGAINST = ("shared/glossary", "services/matcher/scoring", "shared/taxonomy.py", "shared/native.py")


def stamped_sources() -> list[str]:
    found = set(MODULES)
    for place in COMPILED_AGAINST:
        path = ROOT / place
        found.update(str(p.relative_to(ROOT)) for p in (path.rglob("*.py") if path.is_dir() else [path]))
    return sorted(found)


def digests() -> dict[str, str]:
    return {relative: source_digest(relative) for relative in stamped_sources()}


def mypy_version() -> str:
    from mypy.version import __version__

    return str(__version__)


def up_to_date(out: Path) -> bool:
    stamp = read_stamp(out)
    return (
        stamp is not None
        and matches_sources(out)
        and set(stamp.get("sources", {})) == set(stamped_sources())
        and stamp.get("modules") == list(MODULES)
        and stamp.get("mypy") == mypy_version()
    )


def build(out: Path) -> None:
    from mypyc.build import mypycify  # a dev dependency, with mypy
    from setuptools import setup

    with tempfile.TemporaryDirectory(prefix="native-", dir=out.parent) as tmp:
        staging = Path(tmp) / "lib"
        before = digests()
        os.chdir(ROOT)  # mypyc names modules by their paths from here
        extensions = mypycify(list(MODULES), opt_level="3", group_name=GROUP, target_dir=str(Path(tmp) / "c"))
        os.chdir(tmp)  # setuptools reads the pyproject.toml where it runs: not the project's
        setup(
            name=GROUP,
            ext_modules=extensions,
            script_args=["-q", "build_ext", "--build-lib", str(staging), "--build-temp", str(Path(tmp) / "o")],
        )
        os.chdir(ROOT)
        if digests() != before:
            raise RuntimeError("a source changed while it was being compiled: build again")
        stamp = {
            "python": sys.implementation.cache_tag,
            "mypy": mypy_version(),
            "library": f"{GROUP}__mypyc",
            "modules": list(MODULES),
            "sources": before,
        }
        (staging / STAMP).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
        # Swapped in by two renames: a process choosing the build sees the old one whole or the new one.
        old = Path(tmp) / "old"
        if out.exists():
            out.rename(old)
        staging.rename(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--force", action="store_true", help="build even if the build matches the sources")
    parser.add_argument("--or-sources", action="store_true", help="if compiling fails, say so and exit 0")
    args = parser.parse_args()
    if os.environ.get("CLUSTERLINK_NATIVE", "1") == "0":
        print("CLUSTERLINK_NATIVE=0: not compiling; the sources run")
        return 0
    out = native_dir()
    out.parent.mkdir(parents=True, exist_ok=True)
    with (out.parent / f"{out.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time; the next finds it done
        if up_to_date(out) and not args.force:
            print(f"compiled modules up to date in {out}")
            return 0
        started = time.monotonic()
        print(f"compiling {len(MODULES)} modules with mypyc into {out} (about a minute)...", flush=True)
        try:
            build(out)
        except (Exception, SystemExit) as exc:  # setuptools reports a failed compile by exiting
            print(f"compiling failed ({exc}); the sources run instead, reading alike, about half as fast.",
                  file=sys.stderr)  # fmt: skip
            return 0 if args.or_sources else 1
    print(f"compiled in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
