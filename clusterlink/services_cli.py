"""`clusterlink serve NAME`: run one service in the foreground (what a container runs)."""

from __future__ import annotations

import argparse
import runpy

SERVICES = ("registry", "matcher", "notifier")


def _serve(args: argparse.Namespace) -> int:
    # Same code path as `python -m services.<name>`.
    runpy.run_module(f"services.{args.service}", run_name="__main__", alter_sys=True)
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("serve", help="run one service in the foreground")
    p.add_argument("service", choices=SERVICES)
    p.set_defaults(func=_serve)
