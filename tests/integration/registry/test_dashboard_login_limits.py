"""Dashboard logins on a registry of their own: failed logins are limited like the API's, cookies follow the URL."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from services.registry.app import create_app
from services.registry.keys import hash_secret
from services.registry.settings import Settings
from tests.integration.registry.conftest import DB_PREFIX, wait_ready
from tests.integration.registry.test_dashboard import Browser, Dashboard

pytestmark = pytest.mark.integration

LIMIT = 3


@pytest.fixture(scope="module")
async def strict_dashboard(registry_settings_factory: Callable[..., Settings]) -> AsyncIterator[Dashboard]:
    """Few failures allowed, an https public URL, a configured secret, and a second key to retire."""
    api_key, retiring = "clk_strict_" + secrets.token_urlsafe(24), "clk_old_" + secrets.token_urlsafe(24)
    settings = registry_settings_factory(
        api_key,
        db_prefix=f"{DB_PREFIX}dashlim{uuid.uuid4().hex[:6]}_",
        auth_failure_limit=LIMIT,
        public_url="https://registry.example.org",
        dashboard_session_secret=secrets.token_urlsafe(32),
        relay_enabled=False,
    )
    settings = settings.model_copy(update={"coordinator_key_hashes": (hash_secret(api_key), hash_secret(retiring))})
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        board = Dashboard(app, api_key, settings)
        await wait_ready(board.api)
        app.state.retiring_key = retiring
        yield board


async def _login(browser: Browser, key: str) -> httpx.Response:
    """The login form, its Secure nonce cookie carried by hand (httpx sends none over plain http)."""
    page = await browser.http.get("/dashboard/login")
    token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    nonce = page.headers["set-cookie"].split(";", 1)[0]
    return await browser.http.post(
        "/dashboard/login", data={"key": key, "csrf_token": token}, headers={"Cookie": nonce}
    )


async def test_failed_logins_are_limited_and_count_with_the_apis(strict_dashboard: Dashboard) -> None:
    browser = strict_dashboard.browser()
    api_failure = await browser.http.get("/v1/smes", headers={"Authorization": "Bearer clk_wrong"})
    assert api_failure.status_code == 401
    for _ in range(LIMIT - 1):
        assert (await _login(browser, "clk_wrong")).status_code == 401

    blocked = await _login(browser, strict_dashboard.api_key)  # even the right key, once over the limit

    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) >= 1
    assert "Too many failed attempts" in blocked.text
    assert "clusterlink_session" not in blocked.headers.get("set-cookie", "")
    assert (await browser.http.get("/v1/smes", headers=strict_dashboard.coordinator)).status_code == 429


async def test_the_cookies_are_secure_under_an_https_address_and_a_retired_key_ends_its_sessions(
    strict_dashboard: Dashboard,
) -> None:
    strict_dashboard.app.state.auth_failures = None  # the test above used up this client's failures
    browser = strict_dashboard.browser()
    login_page = await browser.http.get("/dashboard/login")
    nonce_cookie = login_page.headers["set-cookie"]
    assert "secure" in nonce_cookie.lower() and "samesite=strict" in nonce_cookie.lower()

    retiring = strict_dashboard.app.state.retiring_key
    response = await _login(browser, retiring)
    assert response.status_code == 303
    session_cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith("clusterlink_session="))
    assert {"secure", "httponly", "samesite=strict"} <= {p.strip().lower() for p in session_cookie.split(";")}
    session = session_cookie.split(";", 1)[0]
    assert (await browser.http.get("/dashboard/smes", headers={"Cookie": session})).status_code == 200

    # The retired key is taken out of the configuration the app reads (a restart with new settings, in place).
    settings = strict_dashboard.app.state.context.settings
    configured = settings.coordinator_key_hashes
    settings.coordinator_key_hashes = tuple(h for h in configured if h != hash_secret(retiring))
    try:
        after = await browser.http.get("/dashboard/smes", headers={"Cookie": session})
    finally:
        settings.coordinator_key_hashes = configured
    assert after.status_code == 303
