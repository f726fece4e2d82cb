"""Failed authentication is limited per client address: 429 before any database work."""

from __future__ import annotations

import asyncio
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx
import pytest
from pymongo import monitoring

from services.registry.settings import Settings

pytestmark = pytest.mark.integration

LIMIT = 3


class _Commands(monitoring.CommandListener):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.names: list[str] = []

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        with self._lock:
            self.names.append(event.command_name)

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass


_COMMANDS = _Commands()
monitoring.register(_COMMANDS)  # applies to clients made afterwards: the app's own


@pytest.fixture
async def limited(
    registry_settings_factory: Callable[..., Settings],
    app_client: Callable[[Settings], AbstractAsyncContextManager[httpx.AsyncClient]],
) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    api_key = "clk_test_" + secrets.token_urlsafe(24)
    settings = registry_settings_factory(
        api_key, auth_failure_limit=LIMIT, auth_failure_window_s=60.0, relay_enabled=False
    )
    async with app_client(settings) as http:
        await _startup_indexes_done()
        yield http, api_key


async def _startup_indexes_done(timeout_s: float = 30.0) -> None:
    """The app creates its indexes in the background at start; commands counted while that runs
    would be the start's, not a request's."""
    starting = {task for task in asyncio.all_tasks() if task.get_name() == "indexes"}
    if starting:
        _, pending = await asyncio.wait(starting, timeout=timeout_s)
        assert not pending, "the registry's indexes were not created in time"


async def test_a_client_past_the_failure_limit_gets_429_without_a_database_command(
    limited: tuple[httpx.AsyncClient, str], unique: Callable[[str], str]
) -> None:
    http, api_key = limited
    guesses = [{"Authorization": f"Bearer {unique('guess')}.{secrets.token_urlsafe(32)}"} for _ in range(LIMIT)]

    at_start = len(_COMMANDS.names)
    answers = [(await http.get("/v1/smes", headers=headers)).status_code for headers in guesses]
    before = len(_COMMANDS.names)
    blocked = await http.get("/v1/smes", headers=guesses[0])
    blocked_too = await http.get("/v1/smes", headers={"Authorization": f"Bearer {api_key}"})
    commands_while_blocked = _COMMANDS.names[before:]

    assert answers == [401] * LIMIT
    assert before - at_start >= LIMIT  # each guess had its token looked up
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    assert blocked.json()["code"] == "too_many_failures"
    # Even a good key waits: telling it apart would need the lookup the limit avoids.
    assert blocked_too.status_code == 429
    assert commands_while_blocked == []


async def test_another_client_address_is_not_held_back(
    limited: tuple[httpx.AsyncClient, str], registry_settings_factory: Any
) -> None:
    http, api_key = limited
    for _ in range(LIMIT):
        await http.get("/v1/smes", headers={"Authorization": "Bearer wrong"})
    assert (await http.get("/v1/smes", headers={"Authorization": "Bearer wrong"})).status_code == 429

    app = http._transport.app  # type: ignore[attr-defined]
    other = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=("192.0.2.7", 4000)), base_url="http://registry"
    )
    async with other:
        answer = await other.get("/v1/smes", headers={"Authorization": f"Bearer {api_key}"})

    assert answer.status_code == 200
