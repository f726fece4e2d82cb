"""`/healthz` and `/readyz`, the same in every service.

`/healthz` answers while the process runs. `/readyz` answers 200 only when every
check passes, else 503, with one body everywhere, so one probe and one alert fit
all three services:

    {"status": "ready" | "not ready", "checks": {"mongodb": bool, "kafka": bool, ...}}

`mongodb` and `kafka` are in every service; a service adds what else it needs
before it can do its work (the matcher's `index`, the notifier's `scheduler`).
A check that cannot answer within `CHECK_TIMEOUT_S` counts as failed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from shared.mongo import MongoClient, ping

CHECK_TIMEOUT_S = 2.0
COMMON_CHECKS = ("mongodb", "kafka")

Checks = Callable[[], Awaitable[Mapping[str, bool]]]
KafkaPing = Callable[[float], Awaitable[bool]]


class Liveness(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready", "not ready"] = Field(description="`ready` only when every check passes")
    checks: dict[str, bool] = Field(
        description="`mongodb` and `kafka` in every service, plus what the service needs besides"
    )


async def mongodb_answers(client: MongoClient) -> bool:
    try:
        await asyncio.wait_for(ping(client), CHECK_TIMEOUT_S)
    except Exception:
        return False
    return True


async def kafka_answers(kafka_ping: KafkaPing) -> bool:
    try:
        return await kafka_ping(CHECK_TIMEOUT_S)
    except Exception:
        return False


async def common_checks(client: MongoClient | None, kafka_ping: KafkaPing | None) -> dict[str, bool]:
    """Both dependencies checked at once; a service still starting (None) is not ready."""
    if client is None or kafka_ping is None:
        return dict.fromkeys(COMMON_CHECKS, False)
    mongodb, kafka = await asyncio.gather(mongodb_answers(client), kafka_answers(kafka_ping))
    return {"mongodb": mongodb, "kafka": kafka}


def health_router(checks: Checks, ready_summary: str) -> APIRouter:
    router = APIRouter(tags=["ops"])

    @router.get("/healthz", summary="The process is alive")
    async def healthz() -> Liveness:
        return Liveness()

    @router.get(
        "/readyz",
        summary=ready_summary,
        responses={
            200: {"model": Readiness, "description": "Ready"},
            503: {"model": Readiness, "description": "A check failed"},
        },
    )
    async def readyz() -> JSONResponse:
        results = dict(await checks())
        ready = all(results.values())
        body = Readiness(status="ready" if ready else "not ready", checks=results)
        return JSONResponse(body.model_dump(), status_code=200 if ready else 503)

    return router
