"""`/healthz` (the process answers) and `/readyz` (MongoDB and Kafka answer too)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from services.registry.api.schemas import Health
from services.registry.publisher import KafkaEventPublisher
from shared.mongo import MongoClient, ping

router = APIRouter(tags=["health"])

_CHECK_TIMEOUT_S = 2.0


@dataclass(frozen=True, slots=True)
class Readiness:
    mongo: MongoClient
    publisher: KafkaEventPublisher

    async def database(self) -> bool:
        try:
            await asyncio.wait_for(ping(self.mongo), _CHECK_TIMEOUT_S)
        except Exception:
            return False
        return True

    async def kafka(self) -> bool:
        try:
            return await self.publisher.ping(_CHECK_TIMEOUT_S)
        except Exception:
            return False


@router.get("/healthz", summary="The process is alive")
async def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    summary="MongoDB and Kafka are reachable",
    responses={
        200: {"model": Health, "description": "Ready"},
        503: {"model": Health, "description": "A dependency is not reachable"},
    },
)
async def readyz(request: Request) -> JSONResponse:
    readiness: Readiness = request.app.state.readiness
    database, kafka = await asyncio.gather(readiness.database(), readiness.kafka())
    ready = database and kafka
    body = Health(status="ok" if ready else "unavailable", checks={"mongodb": database, "kafka": kafka})
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)
