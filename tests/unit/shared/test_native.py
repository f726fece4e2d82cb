"""A compiled build is used only while it matches every source it was compiled from (`shared/native.py`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shared.native import STAMP, source_digest, stale_sources

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
