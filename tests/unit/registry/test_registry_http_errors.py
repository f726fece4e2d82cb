"""The HTTP error contract, on a small app built from the registry's own pieces (no I/O)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI, Request
from pymongo.errors import ServerSelectionTimeoutError

from services.registry.api import problems
from services.registry.api.body_limit import BodySizeLimit
from services.registry.api.deps import IfMatch, required_version
from services.registry.profile import ProfileIn


def _app() -> FastAPI:
    app = FastAPI()
    problems.install(app)
    app.add_middleware(BodySizeLimit, default_limit=1024, limits={"/big": 4096})

    @app.post("/profiles")
    async def create(profile: ProfileIn) -> dict[str, str]:
        return {"name": profile.name}

    @app.get("/profiles")
    async def listing() -> list[str]:
        return []

    @app.post("/big")
    async def big(request: Request) -> dict[str, int]:
        return {"size": len(await request.body())}

    @app.put("/versioned")
    async def versioned(if_match: IfMatch = None) -> dict[str, int | None]:
        return {"expected": required_version(if_match)}

    @app.get("/db")
    async def db() -> None:
        raise ServerSelectionTimeoutError("no servers")

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://unit") as http:
        yield http


async def test_validation_errors_name_each_field_path_and_reason(client: httpx.AsyncClient) -> None:
    response = await client.post("/profiles", json={"name": "", "offers": ["ok", 5], "extra": 1})

    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_failed"
    fields = [e["field"] for e in body["errors"]]
    assert {"name", "offers[1]", "extra", "sub_cluster", "province", "contact_email"} <= set(fields)
    assert all(e["reason"] for e in body["errors"])


async def test_broken_json_is_a_422_on_the_body(client: httpx.AsyncClient) -> None:
    response = await client.post("/profiles", content=b"{", headers={"Content-Type": "application/json"})

    assert (response.status_code, response.json()["errors"][0]["field"]) == (422, "(body)")


async def test_bodies_over_the_limit_get_413_declared_or_streamed(client: httpx.AsyncClient) -> None:
    declared = await client.post("/profiles", content=b"x" * 2000, headers={"Content-Type": "application/json"})

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"x" * 500

    streamed = await client.post("/big", content=chunks())
    allowed = await client.post("/big", content=b"x" * 3000)

    assert (declared.status_code, declared.json()["code"]) == (413, "body_too_large")
    assert (streamed.status_code, streamed.json()["code"]) == (413, "body_too_large")
    assert allowed.json() == {"size": 3000}


@pytest.mark.parametrize(
    ("header", "status", "expected"),
    [(None, 428, None), ('"7"', 200, 7), ("*", 200, None), ('W/"7"', 412, None), ("7", 412, None)],
)
async def test_if_match_is_required_and_must_be_a_strong_etag(
    client: httpx.AsyncClient, header: str | None, status: int, expected: int | None
) -> None:
    response = await client.put("/versioned", headers={} if header is None else {"If-Match": header})

    assert response.status_code == status
    if status == 200:
        assert response.json() == {"expected": expected}
    else:  # the refusal names the header and why, as every 4xx names its field
        [error] = response.json()["errors"]
        assert error["field"] == "header.if-match" and error["reason"]


async def test_a_wrong_method_lists_every_method_of_the_path(client: httpx.AsyncClient) -> None:
    response = await client.delete("/profiles")

    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "POST"}


async def test_an_unreachable_database_is_a_503_with_a_clear_message(client: httpx.AsyncClient) -> None:
    response = await client.get("/db")

    assert (response.status_code, response.json()["code"]) == (503, "database_unavailable")
    assert "nothing was changed" in response.json()["message"]
