"""Run the three services as real processes against the real local infrastructure."""

from __future__ import annotations

import asyncio
import secrets
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import Endpoints
from clusterlink.stack import ServiceSpec, service_bootstrap, start_service, stop_pid
from services.registry.keys import hash_secret
from shared.topics import EMAIL_LINKS, MATCH_FEEDBACK, SME_PROFILES


@dataclass(frozen=True)
class RunningStack:
    registry_url: str
    matcher_url: str
    notifier_url: str
    api_key: str
    link_secret: str
    mail_dir: Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def service_env(infra: Endpoints, db_prefix: str, api_key: str, link_secret: str, notifier_url: str) -> dict[str, str]:
    return {
        "KAFKA_BOOTSTRAP_SERVERS": service_bootstrap(infra),
        "MONGODB_URL": infra.mongodb_url,
        "MONGODB_DB_PREFIX": db_prefix,
        "REGISTRY_COORDINATOR_KEY_HASHES": hash_secret(api_key),
        "NOTIFIER_LINK_SECRET": link_secret,
        "NOTIFIER_SMTP_HOST": infra.smtp_host,
        "NOTIFIER_SMTP_PORT": str(infra.smtp_port),
        "NOTIFIER_PUBLIC_BASE_URL": notifier_url,
        # Tests must not wait for office hours.
        "NOTIFIER_QUIET_HOURS_ENABLED": "false",
        # Every change is weighed at the next periodic refit, as on a small cluster: the suite's broker
        # holds every earlier test's SMEs, and a test's few changes are far below 1% of them.
        "MATCHER_REFIT_MIN_SHARE": "0",
    }


@contextmanager
def running_stack(
    infra: Endpoints, db_prefix: str, run_dir: Path, extra_env: dict[str, str] | None = None
) -> Iterator[RunningStack]:
    api_key = "clk_test_" + secrets.token_urlsafe(24)
    link_secret = secrets.token_urlsafe(48)
    # Free ports of the moment: several test runs may share this machine.
    services = tuple(ServiceSpec(name, _free_port()) for name in ("registry", "matcher", "notifier"))
    env = service_env(infra, db_prefix, api_key, link_secret, services[2].url) | (extra_env or {})
    env["CLUSTERLINK_REGISTRY_URL"] = services[0].url  # where the matcher checks SME tokens
    # Where the registry's entrepreneur pages link to, and reach the matcher and the notifier.
    env["REGISTRY_PUBLIC_URL"] = services[0].url
    env["REGISTRY_MATCHER_URL"] = services[1].url
    env["REGISTRY_MATCHER_API_KEY"] = api_key  # the dashboard asks the matcher which SMEs have empty lists
    env["REGISTRY_NOTIFIER_URL"] = services[2].url
    # Fresh consumer groups that start at today's end of the shared log: the stack
    # reacts to this test's events, not to every earlier run's backlog. (The
    # matcher's index still replays all of sme.profiles, as in production.)
    run_id = secrets.token_hex(4)
    env["MATCHER_GROUP_ID"] = f"test-{run_id}-matcher"
    env["NOTIFIER_GROUP_ID"] = f"test-{run_id}-notifier"
    asyncio.run(start_group_at_end(infra.kafka_bootstrap, env["MATCHER_GROUP_ID"], (SME_PROFILES, MATCH_FEEDBACK)))
    asyncio.run(start_group_at_end(infra.kafka_bootstrap, env["NOTIFIER_GROUP_ID"]))
    # The notifier's group for link emails: earlier runs' requests are not this stack's to send.
    asyncio.run(start_group_at_end(infra.kafka_bootstrap, f"{env['NOTIFIER_GROUP_ID']}.email-links", (EMAIL_LINKS,)))
    pids: list[int] = []
    try:
        for spec in services:
            pids.append(start_service(spec, env, run_dir=run_dir / "run", log_dir=run_dir / "logs"))
        yield RunningStack(
            registry_url=services[0].url,
            matcher_url=services[1].url,
            notifier_url=services[2].url,
            api_key=api_key,
            link_secret=link_secret,
            mail_dir=infra.mail_dir,
        )
    finally:
        for pid in reversed(pids):
            stop_pid(pid)
