"""`clusterlink notifier failed|redrive`: see the emails given up on, and send them again after a fix.

A delivery fails for good when the mail server refuses it, its address is
unusable, or transient failures outlast `NOTIFIER_RETRY_FOR_H` (72 h). `redrive`
puts failed deliveries back (all of them, or `--id KEY` ones): due now, with a
full retry window again and the same `Message-ID`. A running notifier sends them
at its next safety sweep (`NOTIFIER_SWEEP_INTERVAL_S`, 30 s). The database is
the notifier's: `MONGODB_URL` (default: the local one) and `MONGODB_DB_PREFIX`,
as the service reads them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from pymongo.errors import PyMongoError

from clusterlink.localinfra.settings import LocalInfraSettings
from services.notifier.storage.redrive import FailedDeliveries, FailedDelivery, RedriveReport
from shared.mongo import MongoClient, create_client, get_database

NOTIFIER_DATABASE = "notifier"


class RedriveError(Exception):
    """Something the operator must fix: an unreachable database, an id that is not failed."""


def _mongodb_url() -> str:
    configured = os.environ.get("MONGODB_URL")
    if configured:
        return configured
    settings = LocalInfraSettings.from_env()
    return f"mongodb://{settings.host}:{settings.mongo_port}/"


def _database_name() -> str:
    return f"{os.environ.get('MONGODB_DB_PREFIX', '')}{NOTIFIER_DATABASE}"


@asynccontextmanager
async def _failed_deliveries() -> AsyncIterator[FailedDeliveries]:
    client: MongoClient = create_client(_mongodb_url())
    try:
        yield FailedDeliveries(get_database(client, _database_name()))
    except PyMongoError as exc:
        raise RedriveError(f"cannot use the notifier database {_database_name()!r}: {exc}") from exc
    finally:
        client.close()


async def _listed(keys: Sequence[str]) -> list[FailedDelivery]:
    async with _failed_deliveries() as failed:
        return await failed.listed(keys)


async def _redriven(keys: Sequence[str]) -> RedriveReport:
    async with _failed_deliveries() as failed:
        return await failed.redrive(keys, datetime.now(UTC))


def _when(at: datetime | None) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if at else "-"


def _as_json(f: FailedDelivery) -> str:
    row = {
        "id": f.key,
        "kind": f.kind,
        "recipient_id": f.recipient_id,
        "attempts": f.attempts,
        "failed_at": _when(f.failed_at),
        "error": f.last_error,
    }
    return json.dumps(row, ensure_ascii=False)


def _list(args: argparse.Namespace) -> int:
    found = asyncio.run(_listed(args.ids or ()))
    if args.json:
        for f in found:
            print(_as_json(f))
        return 0
    print(f"{len(found)} failed deliver{'y' if len(found) == 1 else 'ies'} in {_database_name()}")
    for f in found:
        print(f"{f.key}  {f.kind:<12} {f.recipient_id}  failed {_when(f.failed_at)} after {f.attempts} attempt(s)")
        print(f"    error: {f.last_error}")
    return 0


def _redrive(args: argparse.Namespace) -> int:
    report = asyncio.run(_redriven(args.ids or ()))
    for f in report.redriven:
        print(f"re-driven {f.key} ({f.kind} to {f.recipient_id}; it had failed: {f.last_error})")
    for key, why in report.skipped.items():
        print(f"not re-driven {key}: {why}", file=sys.stderr)
    print(f"{len(report.redriven)} deliver{'y' if len(report.redriven) == 1 else 'ies'} scheduled to be sent again")
    # Asked for by id and not done: the operator must know from the exit status too.
    return 1 if report.skipped else 0


def _run(args: argparse.Namespace) -> int:
    try:
        code: int = args.notifier_func(args)
    except RedriveError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return code


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    notifier = subparsers.add_parser(
        "notifier",
        help="failed emails: list them, re-drive them after a fix",
        description="The notifier's deliveries that failed for good, in its database (MONGODB_URL, MONGODB_DB_PREFIX).",
    )
    actions = notifier.add_subparsers(dest="notifier_action", metavar="ACTION", required=True)
    ids = argparse.ArgumentParser(add_help=False)
    ids.add_argument(
        "--id", dest="ids", action="append", metavar="KEY", help="a delivery key from `failed` (repeatable)"
    )
    listing = actions.add_parser("failed", parents=[ids], help="show each failed delivery and its last error")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(func=_run, notifier_func=_list)
    redrive = actions.add_parser(
        "redrive", parents=[ids], help="send failed deliveries again (all of them, or --id ones)"
    )
    redrive.set_defaults(func=_run, notifier_func=_redrive)
