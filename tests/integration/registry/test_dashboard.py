"""The coordinator dashboard on the real database and broker: sessions, CSRF, forms, files, filters, escaping."""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import openpyxl  # type: ignore[import-untyped]
import pytest
from fastapi import FastAPI

from services.registry.app import create_app
from services.registry.settings import Settings
from tests.integration.registry.conftest import DB_PREFIX, profile_payload, unique_id, wait_ready

pytestmark = pytest.mark.integration

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
THAI_NAME = "วิสาหกิจชุมชนผ้าฝ้ายย้อมครามบ้านดอนกอย"
# A province no other test here uses, so counts under it are this module's own.
COUNTED_PROVINCE = "Mae Hong Son"


@dataclass
class Browser:
    """One person's browser: its own cookies, the dashboard's CSRF tokens read from the pages."""

    http: httpx.AsyncClient
    api_key: str

    async def csrf(self, path: str = "/dashboard/smes") -> str:
        page = await self.http.get(path)
        assert page.status_code == 200, page.text
        match = _CSRF.search(page.text)
        assert match is not None, page.text
        return match.group(1)

    async def login(self, key: str | None = None, next_path: str = "/dashboard/smes") -> httpx.Response:
        token = await self.csrf(f"/dashboard/login?next={next_path}")
        return await self.http.post(
            "/dashboard/login", data={"key": key or self.api_key, "csrf_token": token, "next": next_path}
        )

    async def post(self, path: str, data: dict[str, Any], files: dict[str, Any] | None = None) -> httpx.Response:
        token = await self.csrf("/dashboard/smes" if path.endswith(("/logout", "/logout-everywhere")) else path)
        return await self.http.post(path, data={**data, "csrf_token": token}, files=files)


@dataclass
class Dashboard:
    app: FastAPI
    api_key: str
    settings: Settings

    def browser(self) -> Browser:
        transport = httpx.ASGITransport(app=self.app)
        return Browser(httpx.AsyncClient(transport=transport, base_url="http://registry", timeout=30), self.api_key)

    @property
    def api(self) -> httpx.AsyncClient:
        return self.browser().http

    @property
    def coordinator(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}


@pytest.fixture(scope="module")
async def dashboard(registry_settings_factory: Callable[..., Settings]) -> AsyncIterator[Dashboard]:
    api_key = "clk_dash_" + secrets.token_urlsafe(24)
    settings = registry_settings_factory(api_key, db_prefix=f"{DB_PREFIX}dash{uuid.uuid4().hex[:6]}_")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        board = Dashboard(app, api_key, settings)
        await wait_ready(board.api)
        yield board


@pytest.fixture
async def signed_in(dashboard: Dashboard) -> AsyncIterator[Browser]:
    browser = dashboard.browser()
    response = await browser.login()
    assert response.status_code == 303, response.text
    yield browser
    await browser.http.aclose()


def form_fields(sme_id: str, **changes: str | list[str]) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": sme_id,
        "name": THAI_NAME,
        "sub_cluster": "ageing_lifestyle_isan",
        "stage": "midstream",
        "province": "สกลนคร",
        "offers": "ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ\nindigo-dyed cotton scarves",
        "needs": "เส้นด้ายฝ้ายออร์แกนิก",
        "certifications": "GOTS",
        "bcg": ["bio", "green"],
        "contact_email": f"{sme_id}@example.com",
        "language": "th",
        "capacity_amount": "500",
        "capacity_unit": "m",
    }
    fields.update(changes)
    return fields


async def _api_profile(dashboard: Dashboard, sme_id: str) -> httpx.Response:
    return await dashboard.api.get(f"/v1/smes/{sme_id}", headers=dashboard.coordinator)


async def _register_by_api(dashboard: Dashboard, body: dict[str, Any]) -> None:
    response = await dashboard.api.post("/v1/smes", json=body, headers=dashboard.coordinator)
    assert response.status_code == 201, response.text


# ------------------------------------------------------------------ sessions


async def test_a_page_without_a_session_sends_to_login_and_the_key_opens_a_strict_httponly_session(
    dashboard: Dashboard,
) -> None:
    browser = dashboard.browser()
    first = await browser.http.get("/dashboard/smes?stage=upstream")
    assert first.status_code == 303
    assert first.headers["location"] == "/dashboard/login?next=%2Fdashboard%2Fsmes%3Fstage%3Dupstream"

    wrong = await browser.login(key="clk_not_the_key")
    assert wrong.status_code == 401
    assert "not a valid coordinator key" in wrong.text
    assert "clusterlink_session" not in wrong.headers.get("set-cookie", "")

    response = await browser.login(next_path="/dashboard/smes?stage=upstream")
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/smes?stage=upstream"
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith("clusterlink_session="))
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "samesite=strict", "path=/dashboard"} <= flags
    assert "secure" not in flags  # the public URL here is http
    assert any(flag.startswith("max-age=") for flag in flags)

    assert (await browser.http.get("/dashboard/smes")).status_code == 200

    logout = await browser.post("/dashboard/logout", {})
    assert logout.status_code == 303
    assert (await browser.http.get("/dashboard/smes")).status_code == 303


async def test_non_get_requests_without_a_session_get_401_and_a_forged_cookie_is_no_session(
    dashboard: Dashboard,
) -> None:
    browser = dashboard.browser()
    sme_id = unique_id("nosess")
    refused = await browser.http.post("/dashboard/smes/new", data=form_fields(sme_id))
    assert refused.status_code == 401
    browser.http.cookies.set("clusterlink_session", "eyJhIjoxfQ.forged", path="/dashboard")
    assert (await browser.http.get("/dashboard/smes")).status_code == 303
    assert (await _api_profile(dashboard, sme_id)).status_code == 404


async def test_login_sends_only_to_dashboard_pages(dashboard: Dashboard) -> None:
    browser = dashboard.browser()
    response = await browser.login(next_path="//evil.example/steal")
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/smes"


async def test_a_login_post_without_its_form_token_is_refused(dashboard: Dashboard) -> None:
    browser = dashboard.browser()
    response = await browser.http.post("/dashboard/login", data={"key": dashboard.api_key, "csrf_token": "x"})
    assert response.status_code == 403
    assert "clusterlink_session" not in response.headers.get("set-cookie", "")


# ------------------------------------------------------------------ CSRF


async def test_a_form_post_without_a_valid_csrf_token_is_refused_and_stores_nothing(
    dashboard: Dashboard, signed_in: Browser
) -> None:
    other = dashboard.browser()
    await other.login()
    foreign_token = await other.csrf()
    missing, forged, foreign = unique_id("csrf"), unique_id("csrf"), unique_id("csrf")

    no_token = await signed_in.http.post("/dashboard/smes/new", data=form_fields(missing))
    bad_token = await signed_in.http.post("/dashboard/smes/new", data={**form_fields(forged), "csrf_token": "abc"})
    other_session = await signed_in.http.post(
        "/dashboard/smes/new", data={**form_fields(foreign), "csrf_token": foreign_token}
    )

    assert [r.status_code for r in (no_token, bad_token, other_session)] == [403, 403, 403]
    assert "Nothing was changed" in no_token.text
    for sme_id in (missing, forged, foreign):
        assert (await _api_profile(dashboard, sme_id)).status_code == 404
    existing = unique_id("csrfedit")
    await _register_by_api(dashboard, profile_payload(existing))
    edit = await signed_in.http.post(
        f"/dashboard/smes/{existing}", data={**form_fields(existing, name="Changed"), "version": "1"}
    )
    assert edit.status_code == 403
    assert (await _api_profile(dashboard, existing)).json()["version"] == 1
    upload = await signed_in.http.post(
        "/dashboard/import",
        files={"file": ("p.jsonl", json.dumps(profile_payload(unique_id("csrfimp"))).encode(), "application/x-ndjson")},
    )
    assert upload.status_code == 403
    await other.http.aclose()


# ------------------------------------------------------------------ register and edit


async def test_a_registration_by_form_is_stored_and_published_as_the_apis(
    dashboard: Dashboard, signed_in: Browser, topic: Any
) -> None:
    sme_id = unique_id("form")
    response = await signed_in.post("/dashboard/smes/new", form_fields(sme_id))

    assert response.status_code == 201, response.text
    token = re.search(r'<p class="token">([^<]+)</p>', response.text)
    assert token is not None and token.group(1).startswith(f"{sme_id}.")
    stored = await _api_profile(dashboard, sme_id)
    assert stored.status_code == 200
    profile = stored.json()["profile"]
    assert profile["name"] == THAI_NAME
    assert profile["province"] == "Sakon Nakhon"
    assert profile["offers"] == ["ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo-dyed cotton scarves"]
    assert profile["bcg"] == ["bio", "green"]
    assert profile["capacity"] == {"amount": 500.0, "unit": "m"}
    assert profile["consent_at"] is not None

    [record] = await topic.records(sme_id)
    event = json.loads(record.value)
    assert (event["event_type"], event["version"]) == ("sme.profile.changed", 1)
    assert event["profile"] == profile
    assert event["correlation_id"].startswith("dashboard-")
    # The SME's own token works on the API like one issued there.
    own = await dashboard.api.get(f"/v1/smes/{sme_id}", headers={"Authorization": f"Bearer {token.group(1)}"})
    assert own.status_code == 200


async def test_an_invalid_form_shows_each_problem_next_to_its_field_and_stores_nothing(
    dashboard: Dashboard, signed_in: Browser
) -> None:
    sme_id = unique_id("bad")
    fields = form_fields(sme_id, province="Atlantis", contact_email="not-an-address", needs="ok\n" + "x" * 501)
    response = await signed_in.post("/dashboard/smes/new", fields)

    assert response.status_code == 422
    assert re.search(r'id="e-province">[^<]*Atlantis[^<]*77 provinces', response.text.replace("&#39;", "'"))
    assert re.search(r'id="e-contact_email">[^<]*e-mail address', response.text)
    assert re.search(r'id="e-needs">line 2: ', response.text)
    assert 'aria-invalid="true"' in response.text
    assert 'value="not-an-address"' in response.text  # what was typed stays in the form
    assert (await _api_profile(dashboard, sme_id)).status_code == 404


async def test_a_taken_id_is_named_on_the_id_field(dashboard: Dashboard, signed_in: Browser) -> None:
    sme_id = unique_id("taken")
    await _register_by_api(dashboard, profile_payload(sme_id))
    response = await signed_in.post("/dashboard/smes/new", form_fields(sme_id, name="Someone else"))
    assert response.status_code == 422
    assert re.search(r'id="e-id">[^<]*already exists', response.text)
    assert (await _api_profile(dashboard, sme_id)).json()["profile"]["name"] != "Someone else"


async def test_an_edit_stores_a_new_version_and_a_stale_form_changes_nothing(
    dashboard: Dashboard, signed_in: Browser, topic: Any
) -> None:
    sme_id = unique_id("edit")
    await _register_by_api(dashboard, profile_payload(sme_id, website="https://example.co.th"))
    page = await signed_in.http.get(f"/dashboard/smes/{sme_id}")
    assert page.status_code == 200
    assert 'name="version" value="1"' in page.text
    assert 'value="https://example.co.th"' in page.text

    fields = {
        **form_fields(sme_id, name="ผ้าไหมบ้านนาข่า (แก้ไข)", province="Udon Thani", website=""),
        "version": "1",
    }
    saved = await signed_in.post(f"/dashboard/smes/{sme_id}", fields)

    assert saved.status_code == 303
    assert saved.headers["location"] == f"/dashboard/smes/{sme_id}?saved=2"
    stored = (await _api_profile(dashboard, sme_id)).json()
    assert stored["version"] == 2
    assert stored["profile"]["name"] == "ผ้าไหมบ้านนาข่า (แก้ไข)"
    assert stored["profile"].get("website") is None  # a cleared input removes the field, as a PUT does
    records = await topic.records(sme_id, count=2)
    assert [json.loads(r.value)["version"] for r in records] == [1, 2]

    stale = await signed_in.post(f"/dashboard/smes/{sme_id}", {**fields, "name": "Late edit", "version": "1"})
    assert stale.status_code == 409
    assert "now version 2" in stale.text
    assert (await _api_profile(dashboard, sme_id)).json()["profile"]["name"] == "ผ้าไหมบ้านนาข่า (แก้ไข)"

    huge = await signed_in.post(f"/dashboard/smes/{sme_id}", {**fields, "version": "9" * 5000})
    assert huge.status_code == 422
    assert (await signed_in.http.get(f"/dashboard/smes/{sme_id}?saved={'9' * 5000}")).status_code == 200

    missing = await signed_in.http.get("/dashboard/smes/no-such-sme-here")
    assert missing.status_code == 404


# ------------------------------------------------------------------ files


async def test_an_uploaded_import_file_is_applied_and_reported_line_by_line(
    dashboard: Dashboard, signed_in: Browser
) -> None:
    good, other = unique_id("imp"), unique_id("imp")
    lines = [json.dumps(profile_payload(good), ensure_ascii=False), "", "{broken", json.dumps(profile_payload(other))]
    body = ("\n".join(lines) + "\n").encode()
    response = await signed_in.post("/dashboard/import", {}, files={"file": ("cluster.jsonl", body, "text/plain")})

    assert response.status_code == 200, response.text
    rows = re.findall(r"<tr><td>(\d+)</td><td>([^<]*)</td><td>([^<]*)</td>", response.text)
    assert rows == [("1", good, "created"), ("3", "", "rejected"), ("4", other, "created")]
    assert "3 lines: 2 created, 0 updated, 0 unchanged, 0 valid, 1 rejected." in response.text
    assert re.search(r"<div>\(line\): is not valid JSON[^<]*</div>", response.text)
    assert (await _api_profile(dashboard, good)).status_code == 200

    header = "id,name,sub_cluster,stage,province,offers,needs,contact_email,language"
    csv_body = (
        f"{header}\n{good},{THAI_NAME},ageing_lifestyle_isan,midstream,Udon Thani,silk|cotton,,{good}@example.com,th\n"
    )
    dry = await signed_in.post(
        "/dashboard/import", {"dry_run": "on"}, files={"file": ("c.csv", csv_body.encode(), "text/csv")}
    )
    assert dry.status_code == 200
    assert re.findall(r"<tr><td>(\d+)</td><td>([^<]*)</td><td>([^<]*)</td>", dry.text) == [("2", good, "valid")]
    assert (await _api_profile(dashboard, good)).json()["profile"]["name"] != THAI_NAME  # a dry run stores nothing

    unreadable = await signed_in.post(
        "/dashboard/import", {}, files={"file": ("c.csv", b"\xff\xfe broken", "text/csv")}
    )
    assert unreadable.status_code == 422
    assert "line 1: is not valid UTF-8" in unreadable.text
    unknown = await signed_in.post("/dashboard/import", {}, files={"file": ("c.txt", b"x", "text/plain")})
    assert unknown.status_code == 422
    assert "format: choose JSONL or CSV" in unknown.text


async def test_the_csv_export_neutralises_formulas_and_the_xlsx_keeps_them_as_text(
    dashboard: Dashboard, signed_in: Browser
) -> None:
    sme_id = unique_id("formula")
    formula = '=HYPERLINK("http://evil.example","click")'
    hostile: dict[str, Any] = {
        "name": formula,
        "offers": ["+1 cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "plain cotton"],
        "needs": [THAI_NAME],
        "province": "Phayao",
    }
    await _register_by_api(dashboard, profile_payload(sme_id, **hostile))

    exported = await signed_in.http.get("/dashboard/export.csv?province=Phayao")
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert exported.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    [row] = [r for r in rows if r["id"] == sme_id]
    assert row["name"] == "'" + formula
    assert row["offers"] == "'+1 cmd|' /C calc'!A0|-2+3|@SUM(A1:A2)|plain cotton"
    assert row["needs"] == THAI_NAME
    assert THAI_NAME.encode("utf-8") in exported.content
    for r in rows:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in r.values())

    workbook_bytes = await signed_in.http.get("/dashboard/export.xlsx?province=Phayao")
    assert workbook_bytes.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_bytes.content)).active
    header = [cell.value for cell in sheet[1]]
    found = [row for row in sheet.iter_rows(min_row=2) if row[header.index("id")].value == sme_id]
    [row] = found
    name = row[header.index("name")]
    assert (name.value, name.data_type) == (formula, "s")
    assert row[header.index("needs")].value == THAI_NAME
    assert row[header.index("province")].value == "Phayao"


# ------------------------------------------------------------------ filters, language, escaping


async def test_filters_show_their_counts(dashboard: Dashboard, signed_in: Browser) -> None:
    made = [
        ("hemp_natural_fibre", "upstream"),
        ("hemp_natural_fibre", "upstream"),
        ("hemp_natural_fibre", "midstream"),
        ("sportech", "downstream"),
    ]
    for sub_cluster, stage in made:
        body = profile_payload(unique_id("count"), sub_cluster=sub_cluster, stage=stage, province=COUNTED_PROVINCE)
        await _register_by_api(dashboard, body)

    page = await signed_in.http.get(f"/dashboard/smes?province={COUNTED_PROVINCE}")
    assert page.status_code == 200
    assert "4 of " in page.text
    assert re.search(r'value="hemp_natural_fibre" >Hemp &amp; Natural Fibre \(3\)', page.text)
    assert re.search(r'value="sportech" >Sportech \(1\)', page.text)
    assert re.search(r'value="circular_textile" >Circular Textile \(0\)', page.text)
    assert re.search(r'value="upstream" >Upstream[^<]*\(2\)', page.text)

    narrowed = await signed_in.http.get("/dashboard/smes?province=แม่ฮ่องสอน&sub_cluster=hemp_natural_fibre")
    assert narrowed.status_code == 200
    assert "3 of " in narrowed.text
    # Each filter counts what the other filters let through: stages of the hemp SMEs here.
    assert re.search(r'value="midstream" >Midstream[^<]*\(1\)', narrowed.text)
    assert re.search(r'value="downstream" >Downstream[^<]*\(0\)', narrowed.text)
    # The other sub-clusters still count the SMEs they would show.
    assert re.search(r'value="sportech" >Sportech \(1\)', narrowed.text)
    assert re.search(rf'value="{COUNTED_PROVINCE}" selected>', narrowed.text)

    bad = await signed_in.http.get("/dashboard/smes?stage=sideways")
    assert bad.status_code == 422
    assert "stage is not upstream, midstream or downstream" in bad.text


async def test_thai_pages_and_thai_names_come_out_byte_for_byte(dashboard: Dashboard, signed_in: Browser) -> None:
    sme_id = unique_id("thai")
    await _register_by_api(dashboard, profile_payload(sme_id, name=THAI_NAME, province="Nan"))

    switched = await signed_in.http.get("/dashboard/language/th?next=/dashboard/smes%3Fprovince%3DNan")
    assert switched.status_code == 303
    assert switched.headers["location"] == "/dashboard/smes?province=Nan"
    page = await signed_in.http.get("/dashboard/smes?province=Nan")

    assert page.status_code == 200
    assert '<html lang="th">' in page.text
    assert "ผู้ประกอบการ".encode() in page.content
    assert "น่าน".encode() in page.content  # the province, in Thai
    assert THAI_NAME.encode("utf-8") in page.content
    edit = await signed_in.http.get(f"/dashboard/smes/{sme_id}")
    assert f'value="{THAI_NAME}"'.encode() in edit.content
    english = await signed_in.http.get("/dashboard/smes?province=Nan&lang=en")
    assert '<html lang="en">' in english.text and "Sign out" in english.text
    await signed_in.http.get("/dashboard/language/en")


async def test_hostile_text_is_shown_escaped(dashboard: Dashboard, signed_in: Browser) -> None:
    sme_id = unique_id("xss")
    name = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    await _register_by_api(dashboard, profile_payload(sme_id, name=name, province="Trat", offers=['"><svg onload=1>']))

    listing = await signed_in.http.get("/dashboard/smes?province=Trat")
    edit = await signed_in.http.get(f"/dashboard/smes/{sme_id}")
    for page in (listing, edit):
        assert page.status_code == 200
        assert "<script>" not in page.text and "<img src=x" not in page.text
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
        assert "script-src" not in page.headers["content-security-policy"]
        assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "<svg onload" not in edit.text and "&#34;&gt;&lt;svg onload=1&gt;" in edit.text

    hostile_form = form_fields(unique_id("xss"), name="<b>bold</b>", province="<script>x</script>")
    refused = await signed_in.post("/dashboard/smes/new", hostile_form)
    assert refused.status_code == 422
    assert "<script>x</script>" not in refused.text and "<b>bold</b>" not in refused.text


async def test_the_value_chain_page_draws_the_registered_smes_and_says_what_it_leaves_out(
    dashboard: Dashboard, signed_in: Browser
) -> None:
    await _register_by_api(dashboard, profile_payload(unique_id("vc"), sub_cluster="sportech", stage="upstream"))
    page = await signed_in.http.get("/dashboard/value-chain")

    assert page.status_code == 200
    assert "<svg" in page.text and "</svg>" in page.text
    assert "clusterlink report" in page.text
    assert "gap report" in page.text
    upstream_sportech = re.search(r'stage=upstream">(\d+)</a>', page.text.split("Sportech</th>", 1)[1])
    assert upstream_sportech is not None and int(upstream_sportech.group(1)) >= 1
