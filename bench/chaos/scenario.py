"""One chaos run: services on a three-node cluster, a steady load, faults during it, then the verdict."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.chaos import brokers, observe
from bench.chaos.load import LoadResult, chaos_profiles, run_load
from bench.chaos.replicas import Fleet
from bench.chaos.verdict import (
    Verdict,
    expected_suggestions,
    judge_emails,
    judge_lists,
    judge_suggestions,
    judge_timing,
)
from clusterlink.kafka_groups import start_group_at_end
from clusterlink.localinfra import LocalInfraSettings
from services.notifier.keys import message_id
from services.registry.keys import hash_secret
from shared.kafka_admin import ensure_topics
from shared.topics import MATCH_FEEDBACK, MATCH_SUGGESTIONS, SME_PROFILES

MESSAGE_ID_DOMAIN = "chaos.example"
POLL_S = 5.0
OFFLINE_EXTRA = 5
# Faults at these fractions of the load's planned duration. Two tracks run side by side: the
# services', and the brokers', where a node is killed only once the previous one is back (with
# two of three nodes down, min.insync.replicas=2 refuses every write).
SERVICE_FAULTS: tuple[tuple[str, float], ...] = (("matcher", 0.15), ("notifier", 0.35))
BROKER_FAULTS: tuple[tuple[str, float], ...] = (("leader", 0.25), ("controller", 0.6))
REPLICAS = {"registry": 1, "matcher": 2, "notifier": 2}


@dataclass(frozen=True)
class ChaosConfig:
    profiles: int
    rate_per_s: float  # registrations a second, sent as imports of `chunk` lines
    chunk: int = 10
    seed: int = 11
    k: int = 10
    broker_down_s: float = 5.0  # a killed node stays down this long before it is started again
    service_down_s: float = 2.0
    settle_timeout_s: float = 600.0  # after the load: for the lists to be final and the emails sent
    db_prefix: str | None = None  # of the services' databases; default chaos<run id>_
    # A killed sender's claims come free after this (production: 120 s). Shorter is not safer on a
    # loaded machine: a sender slower than its lease is overtaken (docs/operators/chaos.md).
    notifier_lease_s: float = 60.0


@dataclass(frozen=True)
class ChaosInfra:
    """A running three-node cluster (settings to kill and restart its nodes), a database, an SMTP sink."""

    kafka: LocalInfraSettings
    bootstrap: str
    mongodb_url: str
    smtp_host: str
    smtp_port: int
    mail_dir: Path


@dataclass
class ChaosRun:
    verdict: Verdict = field(default_factory=Verdict)
    faults: list[tuple[str, str]] = field(default_factory=list)  # (kind, what was done)
    db_prefix: str = ""


def service_env(config: ChaosConfig, infra: ChaosInfra, run_id: str, api_key: str) -> dict[str, str]:
    return {
        # Every node: a restarted service must find the cluster whichever node is down.
        "KAFKA_BOOTSTRAP_SERVERS": infra.bootstrap,
        "MONGODB_URL": infra.mongodb_url,
        "MONGODB_DB_PREFIX": config.db_prefix or f"chaos{run_id}_",
        "REGISTRY_COORDINATOR_KEY_HASHES": hash_secret(api_key),
        "NOTIFIER_LINK_SECRET": secrets.token_urlsafe(48),
        "NOTIFIER_SMTP_HOST": infra.smtp_host,
        "NOTIFIER_SMTP_PORT": str(infra.smtp_port),
        "NOTIFIER_SMTP_MESSAGE_ID_DOMAIN": MESSAGE_ID_DOMAIN,
        "NOTIFIER_QUIET_HOURS_ENABLED": "false",
        # Every suggestion is due now: none waits for tomorrow's digest slot.
        "NOTIFIER_DAILY_CAP": "100000",
        "NOTIFIER_LEASE_S": str(config.notifier_lease_s),
        "NOTIFIER_SWEEP_INTERVAL_S": "5",
        # The lists reach what a fit on every profile gives soon after the load.
        "MATCHER_REFIT_INTERVAL_S": "5",
        "MATCHER_K": str(config.k),
        "MATCHER_GROUP_ID": f"chaos-{run_id}-matcher",
        "NOTIFIER_GROUP_ID": f"chaos-{run_id}-notifier",
    }


def run_chaos(config: ChaosConfig, infra: ChaosInfra, work: Path, say: Callable[[str], None] = print) -> ChaosRun:
    run_id = secrets.token_hex(3)
    api_key = "clk_chaos_" + secrets.token_urlsafe(24)
    env = service_env(config, infra, run_id, api_key)
    run = ChaosRun(db_prefix=env["MONGODB_DB_PREFIX"])
    asyncio.run(_prepare_topics(infra.bootstrap, env))
    fleet = Fleet(env, work / "services")
    began = time.time()

    def note(text: str) -> None:
        say(f"[{time.time() - began:6.1f} s] {text}")

    try:
        registry = fleet.start("registry", 1)
        fleet.env["CLUSTERLINK_REGISTRY_URL"] = registry.spec.url  # where the matcher checks SME tokens
        for name in ("matcher", "notifier"):
            for index in range(1, REPLICAS[name] + 1):
                fleet.start(name, index)
        note(f"services up: {', '.join(r.instance for r in fleet.replicas)}")
        profiles = chaos_profiles(config.profiles, run_id, config.seed)
        load = asyncio.run(_load_under_faults(config, infra, fleet, registry.spec.url, api_key, profiles, run, note))
        note(f"load done: {load.registered:,} registered ({load.rejected} rejected, "
             f"{load.retried_requests} requests retried)")  # fmt: skip
        run.verdict = _settle_and_judge(config, infra, env, profiles, load, fleet, work, note)
    finally:
        fleet.stop_all()
    return run


async def _prepare_topics(bootstrap: str, env: dict[str, str]) -> None:
    await ensure_topics(bootstrap)
    # Should the cluster hold earlier runs, new groups start at today's end of the suggestions;
    # the notifier still reads every profile (a pair may name an SME of an earlier run).
    await start_group_at_end(bootstrap, env["MATCHER_GROUP_ID"], (SME_PROFILES, MATCH_FEEDBACK))
    await start_group_at_end(bootstrap, env["NOTIFIER_GROUP_ID"], (MATCH_SUGGESTIONS,))


async def _load_under_faults(
    config: ChaosConfig,
    infra: ChaosInfra,
    fleet: Fleet,
    registry_url: str,
    api_key: str,
    profiles: list[dict[str, object]],
    run: ChaosRun,
    note: Callable[[str], None],
) -> LoadResult:
    loading = asyncio.create_task(run_load(registry_url, api_key, profiles, config.chunk, config.rate_per_s))
    planned_s = len(profiles) / config.rate_per_s
    started = time.monotonic()

    async def track(faults: tuple[tuple[str, float], ...]) -> None:
        for fault, at in faults:
            await asyncio.sleep(max(0.0, started + at * planned_s - time.monotonic()))
            late = " (after the load ended)" if loading.done() else ""
            text = await _inject(fault, config, infra, fleet) + late
            note(text)
            run.faults.append((fault, text))

    await asyncio.gather(track(SERVICE_FAULTS), track(BROKER_FAULTS))
    return await loading


async def _inject(fault: str, config: ChaosConfig, infra: ChaosInfra, fleet: Fleet) -> str:
    began = time.monotonic()
    if fault in ("matcher", "notifier"):
        index = 2 if fault == "matcher" else 1
        pid = fleet.kill(fault, index)
        await asyncio.sleep(config.service_down_s)
        failures = await asyncio.to_thread(fleet.restart, fault, index)
        retried = f" ({len(failures)} failed start(s) first: {failures[0]})" if failures else ""
        ready = f"{time.monotonic() - began:.1f} s"
        return f"SIGKILL {fault}-{index} (pid {pid}); restarted and ready after {ready}{retried}"
    if fault == "leader":
        led = await brokers.leaders(infra.bootstrap, (SME_PROFILES, MATCH_SUGGESTIONS))
        node, count = led.most_common(1)[0]
        what = f"Kafka node {node}, leader of {count} of {sum(led.values())} partitions"
    else:
        active = brokers.active_controller(infra.kafka)
        if active is None:
            raise RuntimeError("no active KRaft controller found in the nodes' quorum-state files")
        node, what = active, f"Kafka node {active}, the active KRaft controller"
    pid = brokers.kill_node(infra.kafka, node)
    await asyncio.sleep(config.broker_down_s)
    await asyncio.to_thread(brokers.restart_node, infra.kafka, node)
    back = f"{time.monotonic() - began:.1f} s"
    return f"SIGKILL {what} (pid {pid}); restarted, all three nodes in the cluster again after {back}"


def _settle_and_judge(
    config: ChaosConfig,
    infra: ChaosInfra,
    env: dict[str, str],
    profiles: list[dict[str, object]],
    load: LoadResult,
    fleet: Fleet,
    work: Path,
    note: Callable[[str], None],
) -> Verdict:
    ours = {str(p["id"]) for p in profiles}
    owner_of = {str(p["contact_email"]).lower(): str(p["id"]) for p in profiles}
    prefix = env["MONGODB_DB_PREFIX"]
    deadline = time.monotonic() + config.settle_timeout_s
    # 1. The registry's relay has published every registration: the final profiles are known.
    while True:
        final = observe.live_profiles(infra.bootstrap)
        published = sum(str(p["id"]) in ours for p in final)
        if published >= load.registered or time.monotonic() > deadline:
            break
        time.sleep(POLL_S)
    note(f"{published:,} of our profiles on {SME_PROFILES}; running clusterlink match on {len(final):,} profiles")
    # A longer list than the matcher keeps: the scores just below its cut tell who ties with the last.
    offline = observe.offline_lists(final, config.k + OFFLINE_EXTRA, work)
    # 2. Until the lists are final and every email planned is out (or the deadline).
    mailbox = observe.Mailbox(infra.mail_dir, owner_of)
    last_progress = 0.0
    while True:
        verdict = Verdict(profiles_registered=load.registered)
        stored = observe.stored_lists(infra.mongodb_url, f"{prefix}matcher")
        told = observe.told_on_topic(infra.bootstrap)
        mails = mailbox.mails()
        deliveries = [d for d in observe.notifier_deliveries(infra.mongodb_url, f"{prefix}notifier") if
                      d.get("recipient_id") in ours]  # fmt: skip
        judge_lists(verdict, ours, stored, offline, config.k)
        judge_suggestions(verdict, expected_suggestions(ours, stored, offline, config.k), told)
        ids = {str(d["_id"]): message_id(str(d["_id"]), MESSAGE_ID_DOMAIN) for d in deliveries}
        kills = [at for name, at in fleet.killed_at if name == "notifier"]
        judge_emails(verdict, told, mails, owner_of, deliveries, ids, kills)
        open_deliveries = sum(d.get("status") in ("scheduled", "sending") for d in deliveries)
        # Settled: nothing more is coming (no delivery open, every pair told is in an email).
        settled = verdict.lost == 0 and not verdict.lists_differing and open_deliveries == 0
        if settled or time.monotonic() > deadline:
            break
        if time.monotonic() - last_progress > 30:
            last_progress = time.monotonic()
            note(f"waiting: {len(verdict.lists_differing)} lists differ, {len(verdict.suggestions_missing)} "
                 f"suggestions missing, {len(verdict.told_pairs_not_emailed)} pairs not emailed yet, "
                 f"{open_deliveries} deliveries open, {len(mails)} emails")  # fmt: skip
        time.sleep(POLL_S)
    ended = max([m.arrived_at for m in mails] + [load.finished_at or 0.0])
    assert load.started_at is not None and load.finished_at is not None
    judge_timing(verdict, mails, load.registered_at, load.started_at, ended, load.finished_at - load.started_at)
    if not settled:
        note(f"not settled after {config.settle_timeout_s:.0f} s ({open_deliveries} deliveries still open)")
    return verdict
