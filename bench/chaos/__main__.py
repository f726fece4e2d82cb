"""`make chaos`: the chaos run on a stack of its own; exits 1 if anything was lost or duplicated.

    .venv/bin/python -m bench.chaos [--profiles 2000] [--rate 10] [--timeout 900] [--keep]

The stack lives in `.local/chaos/` on its own ports (Kafka 28092, 28192, 28292; controllers
+1; FerretDB 28017; SMTP sink 28025; PostgreSQL 28432), so it runs beside `make run` and
`make test`; the CLUSTERLINK_* variables move it. What it started is stopped at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.chaos.scenario import ChaosConfig, ChaosInfra, run_chaos
from clusterlink.localinfra import LocalInfraSettings, start_all, start_kafka, stop_all
from clusterlink.localinfra.settings import (
    KAFKA_CONTROLLER_PORT_ENV,
    KAFKA_PORT_ENV,
    LOCAL_DIR_ENV,
    MONGO_PORT_ENV,
    POSTGRES_PORT_ENV,
    SMTP_PORT_ENV,
    TOOLS_DIR_ENV,
)
from clusterlink.paths import REPO_ROOT

# Below 32768 (outside Linux's ephemeral range) and apart from `make run` and the test suite.
CHAOS_PORTS = {
    KAFKA_PORT_ENV: 28092,
    KAFKA_CONTROLLER_PORT_ENV: 28093,
    MONGO_PORT_ENV: 28017,
    SMTP_PORT_ENV: 28025,
    POSTGRES_PORT_ENV: 28432,
}


def chaos_environment(env: dict[str, str]) -> dict[str, str]:
    """The chaos stack's folder and ports, for the variables `env` does not set."""
    extra = {name: str(port) for name, port in CHAOS_PORTS.items() if not env.get(name)}
    if not env.get(LOCAL_DIR_ENV):
        extra[LOCAL_DIR_ENV] = str(REPO_ROOT / ".local" / "chaos")
        extra.setdefault(TOOLS_DIR_ENV, env.get(TOOLS_DIR_ENV) or str(REPO_ROOT / ".local"))
    return extra


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profiles", type=int, default=2000, help="profiles registered under the faults")
    parser.add_argument("--rate", type=float, default=10.0, help="registrations a second")
    parser.add_argument("--chunk", type=int, default=10, help="profiles per import request")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds to settle after the load")
    parser.add_argument("--lease", type=float, default=60.0, help="the notifier's NOTIFIER_LEASE_S")
    parser.add_argument("--keep", action="store_true", help="leave the stack's infrastructure running")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    logging.getLogger("clusterlink.localinfra").setLevel(logging.INFO)
    # A node that is down is retried by every client; aiokafka logs each attempt as an error.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)

    os.environ.update(chaos_environment(dict(os.environ)))
    settings = dataclasses.replace(LocalInfraSettings.from_env(), kafka_brokers=3)
    print(f"chaos: {args.profiles:,} profiles at {args.rate:g}/s on a three-node Kafka cluster in {settings.local_dir}")
    # The nodes first, given time to join on a loaded machine; start_all then reuses them.
    nodes = start_kafka(settings, patient=True)
    report = start_all(settings)
    started = {o.title for o in nodes.outcomes + report.outcomes if o.action == "started"}
    endpoints = report.endpoints
    infra = ChaosInfra(
        kafka=settings,
        bootstrap=endpoints.kafka_bootstrap,
        mongodb_url=endpoints.mongodb_url,
        smtp_host=endpoints.smtp_host,
        smtp_port=endpoints.smtp_port,
        mail_dir=endpoints.mail_dir,
    )
    config = ChaosConfig(
        profiles=args.profiles,
        rate_per_s=args.rate,
        chunk=args.chunk,
        settle_timeout_s=args.timeout,
        notifier_lease_s=args.lease,
    )
    work = Path(tempfile.mkdtemp(prefix="run-", dir=settings.local_dir))
    try:
        run = run_chaos(config, infra, work)
    finally:
        if not args.keep:
            stop_all(settings, only=started)
    print("\n== chaos summary ==")
    print("faults injected:")
    for _, fault in run.faults:
        print(f"  - {fault}")
    print(run.verdict.render())
    print(f"service logs: {work / 'services' / 'logs'}")
    return 0 if run.verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
