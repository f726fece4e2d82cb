"""`/healthz` and `/readyz` answer alike in every service: one body, 503 when a check fails."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import FastAPI
from fastapi.testclient import TestClient

from shared.health import common_checks, health_router


def _client(checks: dict[str, bool]) -> TestClient:
    async def readiness() -> Mapping[str, bool]:
        return checks

    app = FastAPI()
    app.include_router(health_router(readiness, "test"))
    return TestClient(app)


def test_ready_when_every_check_passes() -> None:
    client = _client({"mongodb": True, "kafka": True, "index": True})
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert (ready.status_code, ready.json()) == (
        200,
        {"status": "ready", "checks": {"mongodb": True, "kafka": True, "index": True}},
    )


def test_one_failing_check_makes_it_not_ready_and_is_named() -> None:
    ready = _client({"mongodb": True, "kafka": False}).get("/readyz")
    assert (ready.status_code, ready.json()) == (
        503,
        {"status": "not ready", "checks": {"mongodb": True, "kafka": False}},
    )


async def test_a_service_still_starting_fails_both_common_checks() -> None:
    assert await common_checks(None, None) == {"mongodb": False, "kafka": False}


async def test_a_broker_ping_that_raises_counts_as_failed() -> None:
    async def ping(timeout_s: float) -> bool:
        raise ConnectionError("no broker")

    class _NoMongo:  # a client whose ping never answers: `ping` raises at once
        admin = None

    checks = await common_checks(_NoMongo(), ping)  # type: ignore[arg-type]
    assert checks == {"mongodb": False, "kafka": False}
