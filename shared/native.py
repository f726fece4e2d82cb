"""Compiled builds of hot pure-Python modules, used only while they match their sources.

`make native` (scripts/build_native.py) compiles the phrase reader and the glossary's word cutter with
mypyc into `build/native/` beside the packages, with a stamp naming each compiled source and its SHA-256.
A package whose modules may be compiled puts the build first on its `__path__` (`compiled_first`), so
`import services.matcher.scoring.reading` loads the extension there, and the source otherwise.

A build that no longer matches every source it lists is never used (an edited module would otherwise
run as its old compiled self): the sources run instead, as they do with `CLUSTERLINK_NATIVE=0` or no
build at all. The two read alike; only the time differs.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any, Final

SOURCE_ROOT: Final = Path(__file__).resolve().parent.parent  # holds `shared/` and `services/`
STAMP: Final = "stamp.json"


def native_dir() -> Path:
    """Where the compiled modules are built and looked for (`CLUSTERLINK_NATIVE_DIR` overrides)."""
    return Path(os.environ.get("CLUSTERLINK_NATIVE_DIR", SOURCE_ROOT / "build" / "native")).resolve()


def source_digest(relative: str) -> str:
    return hashlib.sha256((SOURCE_ROOT / relative).read_bytes()).hexdigest()


def read_stamp(build: Path) -> dict[str, Any] | None:
    """The build's stamp, if it is one for the running Python; None otherwise."""
    try:
        stamp = json.loads((build / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or stamp.get("python") != sys.implementation.cache_tag:
        return None
    return stamp


def stale_sources(build: Path) -> list[str] | None:
    """The sources that changed since `build` was compiled ([] if none); None without a usable stamp.

    The stamp names the compiled modules and every module they were compiled against: mypyc builds the
    types and constants they import into them."""
    stamp = read_stamp(build)
    sources = stamp.get("sources") if stamp is not None else None
    if not isinstance(sources, dict) or not sources:
        return None
    stale = []
    for relative, digest in sources.items():
        try:
            if source_digest(relative) != digest:
                stale.append(relative)
        except OSError:
            stale.append(relative)
    return stale


def missing_files(build: Path) -> list[str]:
    """The compiled modules (and their shared library) the build's stamp lists but the build lacks."""
    stamp = read_stamp(build) or {}
    wanted = [str(Path(m).with_suffix("")) for m in stamp.get("modules", [])]
    wanted.append(str(stamp.get("library", "")))
    return [name for name in wanted if not name or not any(build.glob(f"{name}.*.so"))]


def matches_sources(build: Path) -> bool:
    """Whether `build` has a stamp, every file it lists, and no source changed since it was compiled."""
    return stale_sources(build) == [] and not missing_files(build)


@cache
def usable_build() -> Path | None:
    """The compiled build, if it is switched on and matches every source it holds; decided once per process
    so that all compiled modules load together or none do (they call each other natively)."""
    if os.environ.get("CLUSTERLINK_NATIVE", "1") == "0":
        return None
    build = native_dir()
    if not matches_sources(build):
        return None
    if str(build) not in sys.path:
        sys.path.append(str(build))  # the modules' shared runtime library is a top-level module
    return build


def compiled_first(package: str, path: list[str]) -> list[str]:
    """`path` (a package's `__path__`) with the package's folder in the compiled build first, if usable."""
    build = usable_build()
    if build is None:
        return path
    folder = build.joinpath(*package.split("."))
    return [str(folder), *path] if folder.is_dir() else path


def in_use(module: str) -> bool:
    """Whether `module` (already imported) runs compiled."""
    loaded = sys.modules.get(module)
    return loaded is not None and not str(getattr(loaded, "__file__", "")).endswith(".py")
