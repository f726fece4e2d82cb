"""The `clusterlink` command: one front door to the project's tools.

Each command lives with the code it drives and registers itself here; a
command loads only its own module, so `clusterlink dev status` does not load
scikit-learn and `clusterlink match` no Kafka or database client.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from shared.process_exit import exit_at_once

# Each module exposes `register(subparsers)`, which adds these commands.
_COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "clusterlink.localinfra.cli": ("dev",),  # dev up|down|status
    "clusterlink.services_cli": ("serve",),  # serve registry|matcher|notifier
    "clusterlink.dlq": ("dlq",),  # dlq list|replay
    "clusterlink.redrive": ("notifier",),  # notifier failed|redrive
    "clusterlink.asyncapi": ("asyncapi",),
    "clusterlink.demo": ("demo", "stop"),
    "services.registry.cli": ("import", "export"),
    "services.matcher.offline": ("match",),
    "clusterlink.report": ("report",),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; or, given a command's name, only its module's (modules import
    their own dependencies when loaded: Kafka and database clients cost `match` a third of a second)."""
    parser = argparse.ArgumentParser(
        prog="clusterlink", description="ClusterLink: partner matchmaking for the textile SME cluster"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, commands in _COMMAND_MODULES.items():
        if command is None or command in commands:
            importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, owns_process: bool = False) -> int:
    """Run a command; returns its exit code.

    `owns_process` (the installed command, `python -m clusterlink.cli`): a command
    that says it may (`exit_at_once`: `match`) ends the process when it is done,
    without freeing its memory object by object (`shared.process_exit`).
    """
    arguments = sys.argv[1:] if argv is None else list(argv)
    first = arguments[0] if arguments else None
    known = any(first in commands for commands in _COMMAND_MODULES.values())
    parser = build_parser(first if known else None)
    args = parser.parse_args(arguments)
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
