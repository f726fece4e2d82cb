"""How long the matcher's `POST /v1/value-chain/coverage` works for one gap page, in a fresh process.

    .venv/bin/python scripts/coverage_timing.py 2000 before   # as the endpoint answered until the answers were kept
    .venv/bin/python scripts/coverage_timing.py 2000 now      # CoverageAnswers: the first answer, then the same again

The cluster is `bench/synthetic_cluster.py` with seed 3 (the figures of decision 0012).
The glossary is loaded first, as in a running matcher. Prints the seconds, the answer's
size and a hash of its bytes: both ways must print the same hash.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file, from anywhere

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from bench.synthetic_cluster import generate
from services.matcher.api import CoverageRequest
from services.matcher.phrase_coverage import CoverageAnswers, phrase_cluster

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
    else:
        answers = CoverageAnswers()
        body = answers.answer(request())
        first = time.perf_counter() - started
        started = time.perf_counter()
        assert answers.answer(request()) == body
        timing = f"first {first:.2f} s, again {time.perf_counter() - started:.3f} s"
    print(f"{n} SMEs, {way}: {timing}; {len(body):,} bytes, sha256 {hashlib.sha256(body).hexdigest()[:16]}")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
