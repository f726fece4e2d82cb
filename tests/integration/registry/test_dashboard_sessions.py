"""Dashboard sessions end on the server: after sign-out a copy of the cookie is refused, and
"sign out everywhere" or taking the key out of the configuration ends every session."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import AsyncIterator, Callable

import pytest

from services.registry.app import create_app
from services.registry.keys import hash_secret
from services.registry.settings import Settings
from tests.integration.registry.conftest import DB_PREFIX, wait_ready
from tests.integration.registry.test_dashboard import Browser, Dashboard

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def dashboard(registry_settings_factory: Callable[..., Settings]) -> AsyncIterator[Dashboard]:
    api_key = "clk_sess_" + secrets.token_urlsafe(24)
    settings = registry_settings_factory(api_key, db_prefix=f"{DB_PREFIX}sess{uuid.uuid4().hex[:6]}_")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        board = Dashboard(app, api_key, settings)
        await wait_ready(board.api)
        yield board


async def _signed_in(dashboard: Dashboard) -> Browser:
    browser = dashboard.browser()
    response = await browser.login()
    assert response.status_code == 303, response.text
    assert (await browser.http.get("/dashboard/smes")).status_code == 200
    return browser


def _session_cookie(browser: Browser) -> str:
    cookie = browser.http.cookies.get("clusterlink_session", path="/dashboard")
    assert cookie
    return cookie


def _replay(dashboard: Dashboard, cookie: str) -> Browser:
    """Another client holding a copy of the cookie (as an attacker who copied it would)."""
    thief = dashboard.browser()
    thief.http.cookies.set("clusterlink_session", cookie, path="/dashboard")
    return thief


async def test_a_cookie_copied_before_sign_out_is_refused_after_it(dashboard: Dashboard) -> None:
    browser = await _signed_in(dashboard)
    copied = _session_cookie(browser)
    assert (await _replay(dashboard, copied).http.get("/dashboard/smes")).status_code == 200

    assert (await browser.post("/dashboard/logout", {})).status_code == 303

    thief = _replay(dashboard, copied)
    page = await thief.http.get("/dashboard/smes")
    assert page.status_code == 303
    assert page.headers["location"].startswith("/dashboard/login")
    # A write with the copied cookie is refused too, before any form is read.
    assert (await thief.http.post("/dashboard/smes/new", data={"id": "x"})).status_code == 401


async def test_sign_out_everywhere_ends_every_session(dashboard: Dashboard) -> None:
    office, phone, other = [await _signed_in(dashboard) for _ in range(3)]
    phone_cookie = _session_cookie(phone)

    response = await office.post("/dashboard/logout-everywhere", {})
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/login"

    for browser in (office, phone, other, _replay(dashboard, phone_cookie)):
        assert (await browser.http.get("/dashboard/smes")).status_code == 303
    # Signing in again opens a new session as before.
    assert (await (await _signed_in(dashboard)).http.get("/dashboard/funnel")).status_code == 200


async def test_sign_out_everywhere_needs_a_session_and_its_form_token(dashboard: Dashboard) -> None:
    survivor = await _signed_in(dashboard)
    anonymous = dashboard.browser()
    assert (await anonymous.http.post("/dashboard/logout-everywhere", data={})).status_code == 401
    forged = await survivor.http.post("/dashboard/logout-everywhere", data={"csrf_token": "forged"})
    assert forged.status_code == 403
    assert (await survivor.http.get("/dashboard/smes")).status_code == 200


async def test_a_rotated_key_ends_the_sessions_opened_with_it(
    registry_settings_factory: Callable[..., Settings],
) -> None:
    old_key, new_key = ("clk_rot_" + secrets.token_urlsafe(24) for _ in range(2))
    db_prefix = f"{DB_PREFIX}rot{uuid.uuid4().hex[:6]}_"
    secret = secrets.token_urlsafe(32)
    before = registry_settings_factory(old_key, db_prefix=db_prefix, dashboard_session_secret=secret)
    app = create_app(before)
    async with app.router.lifespan_context(app):
        board = Dashboard(app, old_key, before)
        await wait_ready(board.api)
        cookie = _session_cookie(await _signed_in(board))

    # The same deployment restarted with the new key only (the old one rotated out).
    after = registry_settings_factory(new_key, db_prefix=db_prefix, dashboard_session_secret=secret)
    assert after.coordinator_key_hashes == (hash_secret(new_key),)
    app = create_app(after)
    async with app.router.lifespan_context(app):
        board = Dashboard(app, new_key, after)
        await wait_ready(board.api)
        assert (await _replay(board, cookie).http.get("/dashboard/smes")).status_code == 303
        assert (await (await _signed_in(board)).http.get("/dashboard/smes")).status_code == 200
