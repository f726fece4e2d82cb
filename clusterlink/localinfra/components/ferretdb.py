"""FerretDB v1: a MongoDB-wire database from one Go binary, on PostgreSQL (default) or SQLite.

`go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds a binary
that panics at start-up: the module as published lacks the generated
`build/version/version.txt` its init() requires. So the module source is copied
out of Go's module cache, that file is written, one fix is applied
(`ferretdb_patch`), and the binary is built from the copy.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from contextlib import suppress
from pathlib import Path

from pymongo import MongoClient
from pymongo.errors import PyMongoError

from clusterlink.localinfra.components import ferretdb_patch
from clusterlink.localinfra.components.base import Component
from clusterlink.localinfra.components.postgres import FERRETDB_POOL_MAX_CONNS, postgres_url
from clusterlink.localinfra.errors import LocalInfraError
from clusterlink.localinfra.processes import run_logged
from clusterlink.localinfra.settings import MONGO_PORT_ENV
from clusterlink.localinfra.toolchain import require_go, tool_lock

logger = logging.getLogger(__name__)

FERRETDB_MODULE = "github.com/FerretDB/FerretDB"
FERRETDB_VERSION = "v1.24.2"
_PING_TIMEOUT_MS = 1000
FERRETDB_GOGC = "400"
FERRETDB_GOMEMLIMIT = "1GiB"
# host:port for FerretDB's debug listener (/debug/pprof, /debug/metrics); off by default.
DEBUG_ADDR_ENV = "CLUSTERLINK_FERRETDB_DEBUG_ADDR"


def mongo_ping_failure(url: str, timeout_ms: int = _PING_TIMEOUT_MS) -> PyMongoError | None:
    """None if the server at `url` answers a ping, else why not."""
    client: MongoClient[dict[str, object]] = MongoClient(
        url, serverSelectionTimeoutMS=timeout_ms, connectTimeoutMS=timeout_ms
    )
    try:
        client.admin.command("ping")
        return None
    except PyMongoError as exc:
        return exc
    finally:
        client.close()


class FerretDb(Component):
    name = "ferretdb"
    title = "FerretDB"
    ready_timeout_s = 30.0

    @property
    def binary(self) -> Path:
        return self.settings.bin_dir / "ferretdb"

    @property
    def url(self) -> str:
        return f"mongodb://{self.settings.host}:{self.settings.mongo_port}/"

    @property
    def data_dir(self) -> Path:
        return self.settings.ferretdb_dir / "data"

    @property
    def state_dir(self) -> Path:
        return self.settings.ferretdb_dir / "state"

    def ports(self) -> Sequence[tuple[int, str]]:
        return ((self.settings.mongo_port, MONGO_PORT_ENV),)

    def address(self) -> str:
        return self.url

    def command_markers(self) -> Sequence[str]:
        return (str(self.binary), str(self.state_dir))

    def prepare(self) -> None:
        self.ensure_binary()
        if self.settings.ferretdb_backend == "sqlite":
            self.data_dir.mkdir(parents=True, exist_ok=True)
        self.state_dir.mkdir(parents=True, exist_ok=True)

    def command(self) -> list[str]:
        return [
            str(self.binary),
            *self._backend_options(),
            f"--state-dir={self.state_dir}",
            f"--listen-addr={self.settings.host}:{self.settings.mongo_port}",
            # No metrics/pprof HTTP listener unless asked for (profiling the database's own CPU):
            # it would be one more port to collide on.
            f"--debug-addr={os.environ.get(DEBUG_ADDR_ENV) or '-'}",
            "--telemetry=disable",
            "--log-level=info",
        ]

    def environment(self) -> Mapping[str, str]:
        # FerretDB allocates a fresh Go value for every field of every document it converts, so
        # with Go's default GOGC=100 a third of its CPU went to the garbage collector. A larger
        # heap before each collection (GOGC, capped by GOMEMLIMIT) saved that third on reads by
        # `_id` list and updates (decision 0004); a setting of the caller's wins.
        return {"GOGC": FERRETDB_GOGC, "GOMEMLIMIT": FERRETDB_GOMEMLIMIT, **os.environ, "DO_NOT_TRACK": "1"}

    def answers(self) -> bool:
        return mongo_ping_failure(self.url) is None

    def differs_from(self, running_command: str) -> str | None:
        if all(option in running_command for option in self._backend_options()):
            return None
        return f"it does not run on the {self.settings.ferretdb_backend} backend now configured"

    def _backend_options(self) -> list[str]:
        if self.settings.ferretdb_backend == "postgresql":
            url = f"{postgres_url(self.settings)}?pool_max_conns={FERRETDB_POOL_MAX_CONNS}"
            return ["--handler=postgresql", f"--postgresql-url={url}"]
        # FerretDB wants a directory URI ending in '/': one SQLite file per database.
        return ["--handler=sqlite", f"--sqlite-url={self.data_dir.as_uri()}/"]

    def ensure_binary(self) -> None:
        """Build the binary unless the one in place is this version with this patch."""
        if self._binary_is_usable():
            return
        with tool_lock(self.settings.bin_dir):
            if not self._binary_is_usable():  # another stack sharing the tools built it meanwhile
                self._build()

    def _binary_is_usable(self) -> bool:
        if not self.binary.is_file():
            return False
        try:
            result = subprocess.run(
                [str(self.binary), "--version"], capture_output=True, text=True, timeout=30, check=False
            )
        except OSError:
            return False
        expected = (f"version: {FERRETDB_VERSION}\n", f"package: {ferretdb_patch.PATCH_ID}\n")
        return result.returncode == 0 and all(line in result.stdout for line in expected)

    def _build(self) -> None:
        go = require_go()
        log_file = self.settings.logs_dir / "ferretdb-build.log"
        logger.info("Building FerretDB %s with Go (once; about a minute)…", FERRETDB_VERSION)
        download = subprocess.run(
            [go, "mod", "download", "-json", f"{FERRETDB_MODULE}@{FERRETDB_VERSION}"],
            capture_output=True,
            text=True,
            check=False,
        )
        if download.returncode != 0:
            raise LocalInfraError(f"Go could not download {FERRETDB_MODULE}@{FERRETDB_VERSION}: {_go_error(download)}")
        module_dir = Path(json.loads(download.stdout)["Dir"])

        source = self.settings.build_dir / "ferretdb"
        shutil.rmtree(source, ignore_errors=True)
        shutil.copytree(module_dir, source, copy_function=shutil.copyfile)
        for folder, _, _ in os.walk(source):
            os.chmod(folder, 0o755)  # the module cache is read-only, and so is the copy's tree
        (source / "build" / "version" / "version.txt").write_text(FERRETDB_VERSION + "\n", encoding="ascii")
        ferretdb_patch.apply(source)

        partial = self.binary.with_name(self.binary.name + ".partial")
        self.binary.parent.mkdir(parents=True, exist_ok=True)
        run_logged(
            # -buildvcs=false: the copy sits inside this project's git checkout, which is not FerretDB's.
            [go, "build", "-trimpath", "-buildvcs=false", "-o", str(partial), "./cmd/ferretdb"],
            log_file=log_file,
            failure=f"Go could not build FerretDB {FERRETDB_VERSION}",
            cwd=source,
        )
        partial.replace(self.binary)
        shutil.rmtree(source, ignore_errors=True)
        with suppress(OSError):
            source.parent.rmdir()  # only if nothing else is being built there


def _go_error(result: subprocess.CompletedProcess[str]) -> str:
    # With -json, go reports a failed download inside the JSON on stdout.
    try:
        return str(json.loads(result.stdout)["Error"])
    except (ValueError, KeyError, TypeError):
        return result.stderr.strip() or f"exit code {result.returncode}"
