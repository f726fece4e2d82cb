"""How long the matcher's `POST /v1/value-chain/coverage` works for one gap page, in a fresh process.

    .venv/bin/python scripts/coverage_timing.py 2000 before   # as the endpoint answered until the answers were kept
    .venv/bin/python scripts/coverage_timing.py 2000 now      # CoverageAnswers: the first answer, then the same again
    .venv/bin/python scripts/coverage_timing.py 2000 changed  # the first answer after one SME's change
    .venv/bin/python scripts/coverage_timing.py 2000 changed-forgetting  # the same, texts read again each time

The cluster is `bench/synthetic_cluster.py` with seed 3 (the figures of decision 0012).
The glossary is loaded first, as in a running matcher. Prints the seconds, the answer's
size and a hash of its bytes: both ways must print the same hash.

`changed` answers the cluster, then the cluster with one SME changed (a need
added; then, separately, only its province moved), and says how long the second
answer took (and the CPU time of this process, less disturbed by other work on
a shared machine) and how many phrases *of the other SMEs* got a different answer:
the share a per-phrase cache could not have reused (decision 0012). With
`changed-forgetting` the phrase reader lets go of its readings at every answer,
as before the answers kept them.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file, from anywhere

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from bench.synthetic_cluster import generate
from services.matcher.api import CoverageRequest
from services.matcher.phrase_coverage import CoverageAnswers, phrase_cluster
from services.matcher.scoring.reading import PhraseReader

_FIELDS = ("id", "sub_cluster", "stage", "province", "offers", "needs", "certifications", "bcg", "language")


def main(n: int, way: str) -> None:
    records: list[dict[str, Any]] = [dict(r) for r in generate(n, seed=3)]
    raw = json.dumps({"profiles": [{k: r[k] for k in _FIELDS if k in r} for r in records]})

    def request() -> list[Any]:  # what the endpoint does with the body, each time
        return [p.engine_profile() for p in CoverageRequest.model_validate_json(raw).profiles]

    phrase_cluster(request()[:38])
    started = time.perf_counter()
    if way == "before":
        body = bytes(JSONResponse(jsonable_encoder(phrase_cluster(request()).to_json())).body)
        timing = f"{time.perf_counter() - started:.2f} s"
    elif way in ("changed", "changed-forgetting"):
        answers = CoverageAnswers(reader=PhraseReader() if way == "changed-forgetting" else None)
        before = json.loads(answers.answer(request()))
        timing = f"first {time.perf_counter() - started:.2f} s"
        for what in ("a need added", "province moved"):
            profiles = request()
            first = profiles[0]
            if what == "a need added":
                profiles[0] = replace(first, needs=(*first.needs, "ผ้าฝ้ายย้อมครามธรรมชาติ 50 เมตร"))
            else:
                profiles[0] = replace(first, province="Nan" if first.province != "Nan" else "Loei")
            started, cpu = time.perf_counter(), time.process_time()
            body = answers.answer(profiles)
            took = f"{time.perf_counter() - started:.2f} s (CPU {time.process_time() - cpu:.2f} s)"
            timing += f"; after {what}: {took}, {_moved_elsewhere(before, json.loads(body), profiles[0].id)}"
    else:
        answers = CoverageAnswers()
        body = answers.answer(request())
        first = time.perf_counter() - started
        started = time.perf_counter()
        assert answers.answer(request()) == body
        timing = f"first {first:.2f} s, again {time.perf_counter() - started:.3f} s"
    print(f"{n} SMEs, {way}: {timing}; {len(body):,} bytes, sha256 {hashlib.sha256(body).hexdigest()[:16]}")


def _moved_elsewhere(before: dict[str, Any], after: dict[str, Any], changed_id: str) -> str:
    """How many phrases of SMEs other than `changed_id` were answered differently."""

    def rows(answer: dict[str, Any]) -> dict[str, str]:
        return {
            json.dumps(row["ref"]): json.dumps(row["candidates"])
            for row in answer["coverage"]
            if row["ref"][0] != changed_id
        }

    old, new = rows(before), rows(after)
    return f"{sum(old[ref] != new.get(ref) for ref in old):,} of {len(old):,} other phrases answered differently"


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
