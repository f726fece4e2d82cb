"""Start, stop and inspect the local infrastructure as a whole.

`start_all` is idempotent: a component already running (its pid file points at a
live process with the expected command line) is reused after a readiness check.
Ports are checked and tools prepared for everything that must start before any
process is spawned, so a conflict fails fast; processes then boot in parallel,
except that a component others need (PostgreSQL under FerretDB) must answer, and
be set up, before the ones after it start.
"""

from __future__ import annotations

import fcntl
import logging
import re
import time
from collections.abc import Collection, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from pymongo.errors import OperationFailure

from clusterlink.localinfra.components.base import Component
from clusterlink.localinfra.components.ferretdb import FerretDb, mongo_ping_failure
from clusterlink.localinfra.components.kafka import KafkaBroker
from clusterlink.localinfra.components.postgres import Postgres
from clusterlink.localinfra.components.smtp import SmtpSink
from clusterlink.localinfra.endpoints import Endpoints
from clusterlink.localinfra.errors import LocalInfraError
from clusterlink.localinfra.ports import ensure_port_free, is_listening
from clusterlink.localinfra.processes import (
    command_line,
    exit_code,
    find_running,
    is_alive,
    spawn_detached,
    stop_process_group,
    tail,
)
from clusterlink.localinfra.settings import (
    KAFKA_BROKERS_FILE,
    KAFKA_CLUSTER_SIZES,
    MONGODB_URL_ENV,
    LocalInfraSettings,
)

logger = logging.getLogger(__name__)

EXTERNAL_MONGO_TIMEOUT_S = 30.0
_POLL_S = 0.2


@dataclass(frozen=True)
class StartOutcome:
    title: str
    action: Literal["started", "reused", "external"]
    pid: int | None
    address: str
    external: bool = False  # not ours to start or stop (MONGODB_URL)


@dataclass(frozen=True)
class UpReport:
    endpoints: Endpoints
    outcomes: list[StartOutcome]


@dataclass(frozen=True)
class StopOutcome:
    title: str
    pid: int | None  # None: it was not running
    forced: bool  # it ignored SIGTERM and was killed


@dataclass(frozen=True)
class ComponentStatus:
    name: str
    title: str
    running: bool
    answering: bool
    pid: int | None
    address: str
    external: bool = False  # not ours to start or stop (MONGODB_URL)


def endpoints(settings: LocalInfraSettings) -> Endpoints:
    return Endpoints(
        kafka_bootstrap=",".join(node.bootstrap for node in kafka_nodes(settings)),
        mongodb_url=settings.external_mongodb_url or FerretDb(settings).url,
        smtp_host=settings.host,
        smtp_port=settings.smtp_port,
        mail_dir=settings.mail_dir,
    )


def ensure_up(settings: LocalInfraSettings | None = None) -> Endpoints:
    """Start whatever is not running, wait until everything answers, and say where it is."""
    return start_all(settings).endpoints


def start_all(settings: LocalInfraSettings | None = None) -> UpReport:
    settings = settings or LocalInfraSettings.from_env()
    with _exclusive(settings):
        _refuse_other_kafka_layout(settings)
        outcomes = _start(_components(settings, everything=False))
        # Later commands (status, down, the services' bootstrap) find the same cluster.
        (settings.run_dir / KAFKA_BROKERS_FILE).write_text(f"{settings.kafka_brokers}\n", encoding="ascii")
        if settings.external_mongodb_url is not None:
            _wait_for_external_mongo(settings.external_mongodb_url)
            outcomes.append(StartOutcome("MongoDB", "external", None, redact_url(settings.external_mongodb_url)))
    return UpReport(endpoints(settings), outcomes)


def start_kafka(settings: LocalInfraSettings, *, patient: bool = False) -> UpReport:
    """Only the Kafka node(s) (tests of the broker alone); `stop_all` stops them.

    `patient`: wait up to 300 s for the nodes to join, not 60 (a loaded machine)."""
    nodes = kafka_nodes(settings)
    if patient:
        nodes = [_PatientKafkaNode(settings, node.node) for node in nodes]
    with _exclusive(settings):
        _refuse_other_kafka_layout(settings)
        outcomes = _start(nodes)
        (settings.run_dir / KAFKA_BROKERS_FILE).write_text(f"{settings.kafka_brokers}\n", encoding="ascii")
        return UpReport(endpoints(settings), outcomes)


class _PatientKafkaNode(KafkaBroker):
    # On a loaded machine, or after a crash (the node recovers its log and catches up with the
    # others before it counts as joined), a node can take minutes to join.
    ready_timeout_s = 300.0


def restart_kafka_node(settings: LocalInfraSettings, node: int) -> StartOutcome:
    """Start node `node` of the cluster again after it stopped (a crash, a chaos run) and wait until
    the cluster has all its nodes; a node that runs is reused."""
    with _exclusive(settings):
        (outcome,) = _start([_PatientKafkaNode(settings, node)])
        return outcome


def start_database(settings: LocalInfraSettings) -> UpReport:
    """Only FerretDB and what it stores in (measurements of the database alone); `stop_all` stops them."""
    if settings.external_mongodb_url is not None:
        raise LocalInfraError(f"{MONGODB_URL_ENV} is set: there is no local database to start")
    with _exclusive(settings):
        components = [c for c in _components(settings, everything=False) if isinstance(c, Postgres | FerretDb)]
        return UpReport(endpoints(settings), _start(components))


def stop_all(settings: LocalInfraSettings | None = None, only: Collection[str] | None = None) -> list[StopOutcome]:
    """Stop every component this local folder started (the database too, whatever the settings say now).

    `only` names the components (by title, as `StartOutcome.title`) to stop; None stops them all.
    """
    settings = settings or LocalInfraSettings.from_env()
    chosen = [c for c in reversed(_components(settings, everything=True)) if only is None or c.title in only]
    # The nodes of a cluster stop together: stopped one by one, the last would wait for a
    # controller quorum that is gone and be killed after its grace period.
    kafka = [c for c in chosen if isinstance(c, KafkaBroker)]
    with _exclusive(settings):
        outcomes = [_stop_one(c) for c in chosen if c not in kafka]
        with ThreadPoolExecutor(max_workers=max(1, len(kafka))) as pool:
            outcomes += list(pool.map(_stop_one, kafka))
    return outcomes


def _stop_one(component: Component) -> StopOutcome:
    pid = find_running(component.pid_file, component.command_markers())
    forced = False
    if pid is not None:
        logger.info("Stopping %s (pid %d)…", component.title, pid)
        forced = _stop(component, pid)
    component.pid_file.unlink(missing_ok=True)
    return StopOutcome(component.title, pid, forced)


def status(settings: LocalInfraSettings | None = None) -> list[ComponentStatus]:
    settings = settings or LocalInfraSettings.from_env()
    external = settings.external_mongodb_url
    statuses = []
    needed = {c.name for c in _components(settings, everything=False)}
    for component in _components(settings, everything=True):
        pid = find_running(component.pid_file, component.command_markers())
        if component.name not in needed and pid is None:
            continue  # not needed and not running: not worth a line
        port = component.ports()[0][0]
        answering = pid is not None and is_listening(settings.host, port)
        statuses.append(
            ComponentStatus(component.name, component.title, pid is not None, answering, pid, component.address())
        )
    if external is not None:
        answering = mongo_ping_failure(external) is None
        title = f"MongoDB ({MONGODB_URL_ENV})"
        statuses.append(
            ComponentStatus("mongodb", title, answering, answering, None, redact_url(external), external=True)
        )
    return statuses


def kafka_nodes(settings: LocalInfraSettings) -> list[KafkaBroker]:
    return [KafkaBroker(settings, node) for node in range(1, settings.kafka_brokers + 1)]


def redact_url(url: str) -> str:
    """The URL without its password, fit for a terminal or a log."""
    return re.sub(r"//[^/@]*@", "//***@", url)


def _components(settings: LocalInfraSettings, *, everything: bool) -> list[Component]:
    """In start order: what the settings need, or (`everything`) whatever this folder may have started."""
    components: list[Component] = list(kafka_nodes(settings))
    if everything:  # the other layout too, in case it still runs from an earlier `up`
        other = 1 if settings.kafka_brokers > 1 else max(KAFKA_CLUSTER_SIZES)
        components += [KafkaBroker(settings, n, other) for n in range(1, other + 1)]
    if everything or settings.uses_postgres:
        components.append(Postgres(settings))
    if everything or settings.external_mongodb_url is None:
        components.append(FerretDb(settings))
    components.append(SmtpSink(settings))
    return components


def _refuse_other_kafka_layout(settings: LocalInfraSettings) -> None:
    other = 1 if settings.kafka_brokers > 1 else max(KAFKA_CLUSTER_SIZES)
    running = [n for n in range(1, other + 1) if _running_pid(KafkaBroker(settings, n, other)) is not None]
    if running:
        raise LocalInfraError(
            f"Kafka runs as {other} node(s) here, not {settings.kafka_brokers}; "
            "`clusterlink dev down` first, then `clusterlink dev up --brokers N`."
        )


def _running_pid(component: Component) -> int | None:
    return find_running(component.pid_file, component.command_markers())


def _start(components: Sequence[Component]) -> list[StartOutcome]:
    """Start what is not running, reuse what is, and wait until each answers. The caller holds the lock."""
    if not components:
        return []
    host = components[0].settings.host
    running = {c.name: find_running(c.pid_file, c.command_markers()) for c in components}
    to_start = [c for c in components if running[c.name] is None]
    for component in to_start:
        for port, env_var in component.ports():
            ensure_port_free(host, port, component.title, env_var)
    _prepare(to_start)

    pids = {name: pid for name, pid in running.items() if pid is not None}
    for component in components:
        if component in to_start:
            logger.info("Starting %s on %s…", component.title, component.address())
            pids[component.name] = spawn_detached(
                component.command(),
                log_file=component.log_file,
                pid_file=component.pid_file,
                env=component.environment(),
            )
        else:
            _warn_if_changed(component, pids[component.name])
        if component.others_need_it:
            _make_ready(component, pids[component.name], reused=component not in to_start)
    outcomes = []
    for component in components:
        pid = pids[component.name]
        reused = component not in to_start
        if not component.others_need_it:
            _make_ready(component, pid, reused=reused)
        outcomes.append(StartOutcome(component.title, "reused" if reused else "started", pid, component.address()))
    return outcomes


def _make_ready(component: Component, pid: int, *, reused: bool) -> None:
    _wait_until_answers(component, pid, reused=reused)
    component.after_ready()


def _warn_if_changed(component: Component, pid: int) -> None:
    # Restarting it here could cut off a test run or a demo using it: say so and leave it.
    reason = component.differs_from(command_line(pid))
    if reason is not None:
        logger.warning(
            "%s (pid %d) is reused, but %s; `clusterlink dev down` then `clusterlink dev up` applies it.",
            component.title,
            pid,
            reason,
        )


def _stop(component: Component, pid: int) -> bool:
    return stop_process_group(pid, component.stop_timeout_s, leader_signal=component.stop_signal)


def _prepare(components: Sequence[Component]) -> None:
    # The slow first-time steps (Maven download, Go build) are independent: run them side by side.
    if not components:
        return
    with ThreadPoolExecutor(max_workers=len(components)) as pool:
        futures = [pool.submit(component.prepare) for component in components]
    for future in futures:
        future.result()


def _wait_until_answers(component: Component, pid: int, *, reused: bool) -> None:
    deadline = time.monotonic() + component.ready_timeout_s
    while not component.answers():
        if not is_alive(pid):
            code = exit_code(pid)
            how = "" if code is None else f" with code {code}"
            raise LocalInfraError(
                f"{component.title} exited during start-up{how}; log at {component.log_file}:\n"
                f"{tail(component.log_file)}"
            )
        if time.monotonic() >= deadline:
            if reused:
                raise LocalInfraError(
                    f"{component.title} (pid {pid}) is running but did not answer within "
                    f"{component.ready_timeout_s:.0f} s; log at {component.log_file}. "
                    "`clusterlink dev down` then `clusterlink dev up` restarts it."
                )
            _stop(component, pid)
            component.pid_file.unlink(missing_ok=True)
            raise LocalInfraError(
                f"{component.title} did not answer within {component.ready_timeout_s:.0f} s; "
                f"log at {component.log_file}"
            )
        time.sleep(_POLL_S)


def _wait_for_external_mongo(url: str) -> None:
    deadline = time.monotonic() + EXTERNAL_MONGO_TIMEOUT_S
    where = f"MongoDB at {redact_url(url)} ({MONGODB_URL_ENV})"
    advice = f"unset {MONGODB_URL_ENV} to use the local FerretDB"
    while (failure := mongo_ping_failure(url, timeout_ms=2000)) is not None:
        if isinstance(failure, OperationFailure):
            # It answered, with an error (bad credentials, say): waiting will not change that.
            raise LocalInfraError(f"{where} refused a ping: {_first_line(failure)}; {advice}.")
        if time.monotonic() >= deadline:
            raise LocalInfraError(
                f"{where} did not answer a ping within {EXTERNAL_MONGO_TIMEOUT_S:.0f} s "
                f"({_first_line(failure)}); {advice}."
            )
        time.sleep(_POLL_S)


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0].rstrip(".") if str(error) else type(error).__name__


@contextmanager
def _exclusive(settings: LocalInfraSettings) -> Iterator[None]:
    """One `up`/`down` at a time per local folder (parallel test runs, two terminals)."""
    settings.run_dir.mkdir(parents=True, exist_ok=True)
    with (settings.run_dir / "localinfra.lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.info("Waiting for another `clusterlink dev` command on %s…", settings.local_dir)
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield
