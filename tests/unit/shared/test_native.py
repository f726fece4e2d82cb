"""A compiled build is used only while it matches every source it was compiled from (`shared/native.py`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shared.native import STAMP, missing_files, source_digest, stale_sources

SOURCES = ("shared/native.py", "shared/glossary/model.py")


def _stamp(build: Path, **overrides: object) -> None:
    stamp = {"python": sys.implementation.cache_tag, "sources": {s: source_digest(s) for s in SOURCES}}
    stamp.update(overrides)
    build.mkdir(parents=True, exist_ok=True)
    (build / STAMP).write_text(json.dumps(stamp), encoding="utf-8")


def test_a_build_of_the_current_sources_is_current(tmp_path: Path) -> None:
    _stamp(tmp_path)
    assert stale_sources(tmp_path) == []


def test_an_edited_or_missing_source_makes_the_build_stale(tmp_path: Path) -> None:
    edited = {SOURCES[0]: "0" * 64, SOURCES[1]: source_digest(SOURCES[1]), "shared/gone.py": "1" * 64}
    _stamp(tmp_path, sources=edited)
    assert stale_sources(tmp_path) == [SOURCES[0], "shared/gone.py"]


def test_no_build_another_python_or_a_broken_stamp_is_no_build(tmp_path: Path) -> None:
    assert stale_sources(tmp_path / "absent") is None
    _stamp(tmp_path / "other", python="cpython-399")
    assert stale_sources(tmp_path / "other") is None
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / STAMP).write_text("{not json", encoding="utf-8")
    assert stale_sources(tmp_path / "broken") is None
    _stamp(tmp_path / "empty", sources={})
    assert stale_sources(tmp_path / "empty") is None


def test_a_build_missing_a_compiled_module_or_its_library_is_incomplete(tmp_path: Path) -> None:
    modules = ["shared/glossary/tokens.py", "services/matcher/scoring/reading.py"]
    _stamp(tmp_path, modules=modules, library="group__mypyc")
    tag = sys.implementation.cache_tag
    for name in ("shared/glossary/tokens", "group__mypyc"):
        (tmp_path / f"{name}.{tag}-x86_64-linux-gnu.so").parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / f"{name}.{tag}-x86_64-linux-gnu.so").write_bytes(b"")
    assert missing_files(tmp_path) == ["services/matcher/scoring/reading"]
    (tmp_path / "services/matcher/scoring").mkdir(parents=True)
    (tmp_path / f"services/matcher/scoring/reading.{tag}-x86_64-linux-gnu.so").write_bytes(b"")
    assert missing_files(tmp_path) == []
