"""The `clusterlink` command: one front door to the project's tools.

Each command lives with the code it drives and registers itself here; the
imports are lazy so `clusterlink dev status` does not load scikit-learn.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from shared.process_exit import exit_at_once

# (module, purpose) — each module exposes `register(subparsers)`.
_COMMAND_MODULES: tuple[str, ...] = (
    "clusterlink.localinfra.cli",  # dev up|down|status
    "clusterlink.services_cli",  # serve registry|matcher|notifier
    "clusterlink.dlq",  # dlq list|replay
    "clusterlink.redrive",  # notifier failed|redrive
    "clusterlink.asyncapi",  # asyncapi [--check]
    "clusterlink.demo",  # demo
    "services.registry.cli",  # import, export
    "services.matcher.offline",  # match
    "clusterlink.report",  # report
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clusterlink", description="ClusterLink: partner matchmaking for the textile SME cluster"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, owns_process: bool = False) -> int:
    """Run a command; returns its exit code.

    `owns_process` (the installed command, `python -m clusterlink.cli`): a command
    that says it may (`exit_at_once`: `match`) ends the process when it is done,
    without freeing its memory object by object (`shared.process_exit`).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    code: int = func(args)
    if owns_process and getattr(args, "exit_at_once", False):
        exit_at_once(code)
    return code


def entry() -> None:
    """The installed `clusterlink` command."""
    sys.exit(main(owns_process=True))


if __name__ == "__main__":
    entry()
