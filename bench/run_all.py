"""`make bench`: every benchmark in one run, each printing its own same-run baseline.

    .venv/bin/python bench/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke run of every benchmark")
    args = ap.parse_args()
    runs: list[list[str]] = [
        [str(HERE / "registry_bench.py"), *(["--quick"] if args.quick else [])],
        [str(HERE / "e2e_latency.py"), "--pairs", "5" if args.quick else "20"],
        [str(HERE / "matcher_service_bench.py"), *(["--quick"] if args.quick else [])],
        [str(HERE / "matching_bench.py"), *(["--quick"] if args.quick else [])],
        [str(HERE / "pipeline_bench.py"), *(["--quick"] if args.quick else [])],
    ]
    failed = []
    for argv in runs:
        name = Path(argv[0]).stem
        print(f"\n=== {name} ===", flush=True)
        if subprocess.run([sys.executable, *argv], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
