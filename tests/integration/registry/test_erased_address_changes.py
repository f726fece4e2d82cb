"""A change of `contact_email` to an address of an erased profile is refused as a registration is
(409 naming `contact_email`), on every path that changes a profile, over real HTTP: the API with a
coordinator key or the SME's token, the dashboard's edit form and the entrepreneur's own page. Only
a coordinator's `fresh_consent=true` lets it through (to wait for confirmation like any new address)."""

from __future__ import annotations

import json
import re
import secrets
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import httpx
import pytest

from services.registry.dashboard.profile_form import form_from_profile
from services.registry.pages.signing import PageSigner
from shared.events import SmeProfileV1
from tests.integration.registry.conftest import RegistryProcess

pytestmark = pytest.mark.integration

PAGES_SECRET = secrets.token_urlsafe(32)
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def server(registry_process: Callable[..., AbstractContextManager[RegistryProcess]]) -> Iterator[RegistryProcess]:
    with registry_process(f"clk_{uuid.uuid4().hex}", REGISTRY_PAGES_SECRET=PAGES_SECRET) as process:
        yield process


def _csrf(client: httpx.Client, path: str) -> str:
    page = client.get(path)
    assert page.status_code == 200, page.text
    found = _CSRF.search(page.text)
    assert found is not None, page.text
    return found.group(1)


def _form(profile: dict[str, Any], **changes: str) -> dict[str, Any]:
    """What the profile's edit form sends back when only `changes` were retyped."""
    form = form_from_profile(SmeProfileV1.model_validate(profile))
    return {**form.values, "bcg": form.bcg, **changes}


def test_a_change_to_an_erased_address_is_refused_on_every_path_until_fresh_consent(
    server: RegistryProcess, payload: Callable[..., dict[str, Any]], unique: Callable[[str], str]
) -> None:
    coordinator = {"Authorization": f"Bearer {server.api_key}"}
    api = httpx.Client(base_url=server.url, timeout=20)
    gone_id, sme_id = unique("erasedowner"), unique("changer")
    erased_address = f"Owner.{gone_id}@Example.com"
    assert api.post("/v1/smes", json=payload(gone_id, contact_email=erased_address), headers=coordinator).is_success
    assert api.delete(f"/v1/smes/{gone_id}", headers=coordinator).status_code == 204
    created = api.post("/v1/smes", json=payload(sme_id), headers=coordinator)
    assert created.status_code == 201, created.text
    sme = {"Authorization": f"Bearer {created.json()['sme_token']}"}
    profile = created.json()["profile"]
    editable = {k: v for k, v in profile.items() if k not in ("pending_contact_email", "consent_at")}
    retyped = erased_address.upper()  # another case, the same person

    def refused(response: httpx.Response) -> None:
        assert response.status_code == 409, response.text
        assert [e["field"] for e in response.json()["errors"]] == ["contact_email"]
        assert "erased" in response.json()["errors"][0]["reason"]

    at_1 = {"If-Match": '"1"'}
    refused(api.put(f"/v1/smes/{sme_id}", json={**editable, "contact_email": retyped}, headers={**coordinator, **at_1}))
    refused(api.patch(f"/v1/smes/{sme_id}", json={"contact_email": erased_address}, headers={**sme, **at_1}))
    refused(api.put(f"/v1/smes/{sme_id}", json={**editable, "contact_email": erased_address}, headers={**sme, **at_1}))
    # Fresh consent is the coordinator's statement, not the SME's own.
    own_consent = api.patch(
        f"/v1/smes/{sme_id}?fresh_consent=true", json={"contact_email": erased_address}, headers={**sme, **at_1}
    )
    assert own_consent.status_code == 403, own_consent.text

    # The dashboard's edit form, signed in with the coordinator key.
    with httpx.Client(base_url=server.url, timeout=20) as browser:
        token = _csrf(browser, "/dashboard/login?next=/dashboard/smes")
        login = browser.post(
            "/dashboard/login", data={"key": server.api_key, "csrf_token": token, "next": "/dashboard/smes"}
        )
        assert login.status_code == 303, login.text
        token = _csrf(browser, f"/dashboard/smes/{sme_id}")
        saved = browser.post(
            f"/dashboard/smes/{sme_id}",
            data={**_form(profile, contact_email=erased_address), "version": "1", "csrf_token": token},
        )
        assert saved.status_code == 409, saved.text
        assert "erased at its owner" in saved.text

    # The entrepreneur's own profile page.
    _, cookie = PageSigner(PAGES_SECRET.encode(), 3600).open_session(sme_id)
    with httpx.Client(base_url=server.url, timeout=20, cookies={"clusterlink_sme": cookie}) as browser:
        token = _csrf(browser, "/my/profile")
        saved = browser.post(
            "/my/profile", data={**_form(profile, contact_email=erased_address), "version": "1", "csrf_token": token}
        )
        assert saved.status_code == 409, saved.text
        assert "erased" in saved.text

    # An import line that changes the address: reported, the rest of the file applied.
    lines = [{**editable, "contact_email": erased_address}, payload(unique("alongside"))]
    imported = api.post(
        "/v1/import",
        content="\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode(),
        headers={**coordinator, "Content-Type": "application/x-ndjson"},
    )
    assert [r["status"] for r in imported.json()["results"]] == ["rejected", "created"], imported.text
    assert imported.json()["results"][0]["errors"][0]["field"] == "contact_email"

    # Nothing was stored by any refusal.
    stored = api.get(f"/v1/smes/{sme_id}", headers=coordinator).json()
    assert stored["version"] == 1 and stored["profile"].get("pending_contact_email") is None

    consented = api.patch(
        f"/v1/smes/{sme_id}?fresh_consent=true", json={"contact_email": erased_address}, headers={**coordinator, **at_1}
    )
    assert consented.status_code == 200, consented.text
    # Let through, it waits for confirmation by the person there like any new address.
    assert consented.json()["profile"]["pending_contact_email"].casefold() == erased_address.casefold()
    assert consented.json()["profile"]["contact_email"] == profile["contact_email"]
    api.close()
