"""Find the external tools the components need, with messages that say how to get them."""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clusterlink.localinfra.errors import LocalInfraError

MIN_JAVA = 17
_JAVA_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


def require_java(search_path: str | None = None) -> str:
    """The `java` of JAVA_HOME or PATH, if it is Java 17 or newer (Kafka 4 needs 17)."""
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home and search_path is None else None
    if java is None or not os.access(java, os.X_OK):
        java = shutil.which("java", path=search_path)
    if java is None:
        raise LocalInfraError(
            f"Java {MIN_JAVA} not found on PATH: the Kafka broker needs a Java {MIN_JAVA}+ runtime "
            "(Debian/Ubuntu: apt-get install openjdk-17-jre-headless)."
        )
    major = java_major_version(java)
    if major < MIN_JAVA:
        raise LocalInfraError(
            f"Java {MIN_JAVA} not found on PATH: {java} is Java {major}; Kafka 4 needs {MIN_JAVA} or newer "
            "(put a newer java first on PATH or set JAVA_HOME)."
        )
    return java


def java_major_version(java: str) -> int:
    # `java -version` writes to stderr, e.g. `openjdk version "17.0.15"` or `java version "1.8.0_292"`.
    result = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30, check=False)
    match = _JAVA_VERSION.search(result.stderr + result.stdout)
    if match is None:
        raise LocalInfraError(f"could not read the Java version from `{java} -version`: {result.stderr!r}")
    first = int(match.group(1))
    return int(match.group(2) or 0) if first == 1 else first


def require_maven(search_path: str | None = None) -> str:
    mvn = shutil.which("mvn", path=search_path)
    if mvn is None:
        raise LocalInfraError(
            "Maven (mvn) not found on PATH: it fetches the Kafka jars from Maven Central once "
            "(Debian/Ubuntu: apt-get install maven)."
        )
    return mvn


def require_go(search_path: str | None = None) -> str:
    go = shutil.which("go", path=search_path)
    if go is None:
        raise LocalInfraError(
            "Go not found on PATH: it builds FerretDB once (Go 1.24 or newer, https://go.dev/dl/). "
            "Or set MONGODB_URL to a MongoDB you already run."
        )
    return go


@contextmanager
def tool_lock(folder: Path) -> Iterator[None]:
    """One fetch or build at a time in a tools folder, which several local stacks may share."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
