"""The coverage endpoint's kept answers: the same bytes the endpoint answered before they were kept,
computed once per cluster, and computed again as soon as anything the engine reads changes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from services.matcher.offline import _read_profiles
from services.matcher.phrase_coverage import CoverageAnswers, phrase_cluster
from shared.value_chain import Cluster

DEV_PROFILES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "dev" / "profiles.jsonl"


@pytest.fixture(scope="module")
def profiles() -> list[Any]:
    return [profile for profile, _ in _read_profiles(DEV_PROFILES)][:60]


def _as_before(profiles: list[Any]) -> bytes:
    """What the endpoint answered before: `to_json()` returned to FastAPI, encoded by `JSONResponse`."""
    return bytes(JSONResponse(jsonable_encoder(phrase_cluster(profiles).to_json())).body)


def test_a_kept_answer_is_the_answer_computed_afresh_and_is_computed_once(profiles: list[Any]) -> None:
    answers = CoverageAnswers()
    first = answers.answer(profiles)
    assert first == _as_before(profiles)
    assert answers.answer(profiles) == first and answers.computed == 1
    assert Cluster.from_json(json.loads(first)) == phrase_cluster(profiles)
    assert "ต้องการ" in first.decode()  # Thai as written, not \\u escapes


def test_any_change_the_engine_reads_is_computed_again(profiles: list[Any]) -> None:
    answers = CoverageAnswers(kept=2)
    before = answers.answer(profiles)
    changed = [replace(profiles[0], offers=(*profiles[0].offers, "ผ้าฝ้ายทอมือย้อมคราม")), *profiles[1:]]
    after = answers.answer(changed)
    assert answers.computed == 2 and after != before
    assert after == _as_before(changed)
    moved = [replace(profiles[1], province="Chiang Mai" if profiles[1].province != "Chiang Mai" else "Loei")]
    answers.answer([profiles[0], *moved, *profiles[2:]])
    assert answers.computed == 3
    answers.answer(profiles)  # the oldest of three was let go: computed again
    assert answers.computed == 4


def test_coverage_rows_keep_the_order_of_their_phrase_references(profiles: list[Any]) -> None:
    cluster = phrase_cluster(profiles)
    rows = [tuple(row["ref"]) for row in cluster.to_json()["coverage"]]
    assert rows == [(r.firm_id, r.side.value, r.index) for r in sorted(cluster.coverage)]


def _kept(answers: CoverageAnswers) -> dict[Any, Any]:
    """The readings the answers' reader keeps, by text and side: a text it holds is not read again."""
    return dict(answers.reader._cache)


def _kept_texts(answers: CoverageAnswers) -> set[str]:
    return {text for text, _side in _kept(answers)}


def test_a_changed_cluster_reads_only_its_new_phrase_and_answers_as_computed_afresh(profiles: list[Any]) -> None:
    answers = CoverageAnswers()
    answers.answer(profiles)
    kept = _kept(answers)
    assert _kept_texts(answers) == {t for p in profiles for t in (*p.offers, *p.needs)}
    new_need = "ผ้าฝ้ายทอมือย้อมคราม หน้ากว้าง 90 ซม."
    changed = [replace(profiles[0], needs=(*profiles[0].needs, new_need)), *profiles[1:]]
    after = answers.answer(changed)
    now = _kept(answers)
    assert {text for text, _side in now.keys() - kept.keys()} == {new_need}
    assert all(now[key] is reading for key, reading in kept.items())  # the same readings: none read again
    assert after == _as_before(changed)  # byte for byte the answer of a fresh reader


def test_kept_readings_are_let_go_once_they_far_outnumber_the_cluster_s_phrases(profiles: list[Any]) -> None:
    answers = CoverageAnswers(spare_texts=0)
    answers.answer(profiles)
    few = profiles[:5]
    before = _kept(answers)
    assert len(before) > 2 * len({t for p in few for t in (*p.offers, *p.needs)})
    answer = answers.answer(few)  # 60 SMEs' texts kept for a cluster of 5: let go, the 5 read again
    assert _kept_texts(answers) == {t for p in few for t in (*p.offers, *p.needs)}
    assert all(reading is not before[key] for key, reading in _kept(answers).items())  # read again
    assert answer == _as_before(few)
