"""`clusterlink dev up|down|status` (also `python -m clusterlink.localinfra up|down|status`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence

from clusterlink.localinfra.errors import LocalInfraError
from clusterlink.localinfra.lifecycle import start_all, status, stop_all
from clusterlink.localinfra.settings import (
    KAFKA_BROKERS_ENV,
    KAFKA_CLUSTER_SIZES,
    LocalInfraSettings,
    environment_for_test_suite,
)

_EXIT_NOT_RUNNING = 3  # like `systemctl status`: something is not running


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dev = subparsers.add_parser(
        "dev",
        help="local infrastructure: Kafka, MongoDB-wire database, SMTP sink",
        description="Start, check and stop the local Kafka broker, FerretDB and SMTP sink (no Docker).",
    )
    add_actions(dev.add_subparsers(dest="dev_action", metavar="ACTION", required=True))


def add_actions(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = (
        ("up", "start what is not running (downloads and builds once)", _up),
        ("down", "stop everything `up` started", _down),
        ("status", "show each component, its pid and address", _status),
    )
    for name, help_text, func in actions:
        action = subparsers.add_parser(name, help=help_text)
        action.add_argument(
            "--tests",
            action="store_true",
            help="the test suite's own infrastructure (.local/test-suite, its own ports) instead of the demo's",
        )
        action.set_defaults(func=_with_suite_choice(func))
        if name == "up":
            action.add_argument(
                "--brokers",
                type=int,
                choices=KAFKA_CLUSTER_SIZES,
                help="Kafka nodes: 1, or 3 for a KRaft cluster with replication factor 3 (remembered until changed)",
            )
            action.add_argument(
                "--services", action="store_true", help="also start the three services (one replica each)"
            )
            action.add_argument(
                "--replicas",
                metavar="SERVICE=N,…",
                help="also start the services, N replicas of each named one (e.g. matcher=2,notifier=2)",
            )


def _with_suite_choice(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        if args.tests:
            os.environ.update(environment_for_test_suite(os.environ))
        return func(args)

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m clusterlink.localinfra", description="Local Kafka, FerretDB and SMTP sink."
    )
    add_actions(parser.add_subparsers(dest="dev_action", metavar="ACTION", required=True))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


def _up(args: argparse.Namespace) -> int:
    if args.brokers is not None:
        os.environ[KAFKA_BROKERS_ENV] = str(args.brokers)
    if args.replicas:
        from clusterlink.stack import parse_replicas

        try:
            parse_replicas(args.replicas)  # a typo fails before anything starts
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    _show_progress()
    started = time.monotonic()
    try:
        settings = LocalInfraSettings.from_env()
        report = start_all(settings)
    except LocalInfraError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    width = max(len(outcome.title) for outcome in report.outcomes)
    for outcome in report.outcomes:
        pid = f"pid {outcome.pid}" if outcome.pid is not None else ""
        print(f"{outcome.title:<{width}}  {outcome.action:<8} {pid:<11} {outcome.address}")
    if args.services or args.replicas:
        # Imported here: the services' code (and scikit-learn) only when they are asked for.
        from clusterlink.localinfra.services import start_local_services

        try:
            start_local_services(report.endpoints, args.replicas or "")
        except RuntimeError as exc:  # a service that would not start; its log tail is in the message
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(f"Ready in {time.monotonic() - started:.1f} s. Logs in {settings.logs_dir}")
    return 0


def _down(args: argparse.Namespace) -> int:
    _show_progress()
    started = time.monotonic()
    from clusterlink.stack import stop_services

    # The services cannot run without the infrastructure: they go first.
    for instance in stop_services(LocalInfraSettings.from_env().run_dir):
        print(f"{instance:<11} stopped")
    try:
        outcomes = stop_all()
    except LocalInfraError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    width = max(len(outcome.title) for outcome in outcomes)
    for outcome in outcomes:
        if outcome.pid is None:
            state = "was not running"
        else:
            forced = ", killed after the grace period" if outcome.forced else ""
            state = f"stopped (pid {outcome.pid}{forced})"
        print(f"{outcome.title:<{width}}  {state}")
    print(f"Done in {time.monotonic() - started:.1f} s.")
    return 0


def _status(args: argparse.Namespace) -> int:
    try:
        statuses = status()
    except LocalInfraError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    width = max(len(item.title) for item in statuses)
    for item in statuses:
        if item.external:
            state = "external, answering" if item.answering else "external, not answering"
        elif not item.running:
            state = "stopped"
        elif item.answering:
            state = "running"
        else:
            state = "running, not answering yet"
        pid = f"pid {item.pid}" if item.pid is not None else ""
        print(f"{item.title:<{width}}  {state:<8} {pid:<11} {item.address}")
    from clusterlink.stack import running_replicas

    for instance, service_pid in running_replicas(LocalInfraSettings.from_env().run_dir):
        print(f"{instance:<{width}}  {'running':<8} {'pid ' + str(service_pid):<11} (service)")
    return 0 if all(item.running and item.answering for item in statuses) else _EXIT_NOT_RUNNING


def _show_progress() -> None:
    # Slow first-time steps log what they are doing; show that on the terminal.
    package_logger = logging.getLogger("clusterlink.localinfra")
    if not package_logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        package_logger.addHandler(handler)
        package_logger.setLevel(logging.INFO)
