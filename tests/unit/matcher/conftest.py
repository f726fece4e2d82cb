"""Shared fixtures of the matcher's unit tests."""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader


@pytest.fixture(scope="session")
def reader() -> PhraseReader:
    """One glossary-backed reader for every test that reads phrases (it caches readings by text)."""
    return PhraseReader()
