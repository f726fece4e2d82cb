"""A steady registration load: small imports at a fixed pace, each with its own correlation id."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.synthetic_cluster import generate

RETRY_S = 1.0
REQUEST_TIMEOUT_S = 120.0


def chaos_profiles(count: int, run_id: str, seed: int) -> list[dict[str, Any]]:
    """`count` synthetic SMEs with ids and addresses of this run only, all on instant emails."""
    profiles = []
    for record in generate(count, seed):
        sme_id = f"chaos-{run_id}-{record['id']}"
        profiles.append(
            {**record, "id": sme_id, "contact_email": f"{sme_id}@chaos.example", "notification_preference": "instant"}
        )
    return profiles


@dataclass
class LoadResult:
    registered: int = 0
    rejected: int = 0
    retried_requests: int = 0
    # correlation id -> when the registry confirmed that import (wall clock, like mail file times)
    registered_at: dict[str, float] = field(default_factory=dict)
    started_at: float | None = None
    finished_at: float | None = None


async def run_load(
    registry_url: str, api_key: str, profiles: Sequence[Mapping[str, Any]], chunk: int, rate_per_s: float
) -> LoadResult:
    """Import `profiles` `chunk` at a time, `rate_per_s` profiles a second on average.

    A request that fails (the registry busy or its broker down) is sent again: an import is
    idempotent by id, so a retry registers nothing twice.
    """
    result = LoadResult()
    interval = chunk / rate_per_s
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/x-ndjson"}
    async with httpx.AsyncClient(base_url=registry_url, headers=headers, timeout=REQUEST_TIMEOUT_S) as http:
        result.started_at = time.time()
        for number, start in enumerate(range(0, len(profiles), chunk)):
            due = result.started_at + number * interval
            await asyncio.sleep(max(0.0, due - time.time()))
            lines = profiles[start : start + chunk]
            body = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in lines).encode()
            correlation = f"chaos-load-{number:05d}"
            summary = await _post_until_stored(http, body, correlation, result)
            result.registered += int(summary["created"]) + int(summary["updated"]) + int(summary["unchanged"])
            result.rejected += int(summary["rejected"])
            result.registered_at[correlation] = time.time()
        result.finished_at = time.time()
    return result


async def _post_until_stored(
    http: httpx.AsyncClient, body: bytes, correlation: str, result: LoadResult
) -> dict[str, Any]:
    while True:
        try:
            response = await http.post("/v1/import", content=body, headers={"X-Correlation-ID": correlation})
            if response.status_code == 200:
                summary: dict[str, Any] = response.json()
                return summary
            if response.status_code < 500:  # our request is wrong: no retry fixes it
                raise RuntimeError(f"import refused: {response.status_code} {response.text[:500]}")
        except httpx.HTTPError:
            pass
        result.retried_requests += 1
        await asyncio.sleep(RETRY_S)
