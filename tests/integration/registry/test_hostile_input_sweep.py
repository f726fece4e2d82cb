"""A sweep of hostile input over HTTP on a running registry process: every write endpoint.

The rule (docs/security.md, "Hostile input"): a refusal is a 4xx that names the field and the
reason, nothing is stored, and no input gives a 5xx, a hang or a stack trace in the body. The
deep-nesting, long-number, broken-quote, bidi and address cases are in
`test_registry_hostile_input.py`; this file covers the rest, one probe per kind of input.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from tests.integration.registry.conftest import RegistryProcess, profile_payload, unique_id

pytestmark = pytest.mark.integration

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
_NEVER_IN_A_BODY = ("Traceback", 'File "', "Exception", "internal error")


@pytest.fixture
async def http(registry_server: RegistryProcess) -> AsyncIterator[httpx.AsyncClient]:
    headers = {"Authorization": f"Bearer {registry_server.api_key}"}
    async with httpx.AsyncClient(base_url=registry_server.url, headers=headers, timeout=60) as client:
        yield client


def _refused(response: httpx.Response, status: int | tuple[int, ...], field: str | None = None) -> dict[str, Any]:
    """A clean refusal: the status expected, a JSON error body naming `field`, no stack trace."""
    expected = (status,) if isinstance(status, int) else status
    assert response.status_code in expected, (response.status_code, response.text[:800])
    assert not any(marker in response.text for marker in _NEVER_IN_A_BODY), response.text[:800]
    body: dict[str, Any] = response.json()
    assert body["message"], body
    if field is not None:
        # `offers` is named as `offers[0]` for its first item, `capacity` as `capacity.amount`.
        assert any(e["field"] == field or e["field"].startswith((f"{field}[", f"{field}.")) for e in body["errors"]), (
            body
        )
        assert all(error["reason"] for error in body["errors"]), body
    return body


async def _absent(http: httpx.AsyncClient, sme_id: str) -> None:
    assert (await http.get(f"/v1/smes/{sme_id}")).status_code == 404, sme_id


def _with(sme_id: str, field: str, value: Any) -> bytes:
    return json.dumps({**profile_payload(sme_id), field: value}).encode()


# ---------------------------------------------------------------- wrong JSON types, every field

_WRONG_TYPES: list[tuple[str, Any]] = [
    ("id", ["sme-1"]),
    ("id", 42),
    ("name", ["ร้านผ้า"]),
    ("name", {"th": "ร้านผ้า"}),
    ("name", None),
    ("name", 10**30),
    ("sub_cluster", ["sportech"]),
    ("stage", 1),
    ("province", None),
    ("offers", {"0": "ผ้า"}),
    ("offers", "ผ้าไหม"),
    ("offers", None),
    ("offers", [["nested"]]),
    ("offers", [None]),
    ("needs", [1, 2]),
    ("certifications", "GOTS"),
    ("bcg", {"bio": True}),
    ("contact_email", ["a@example.com"]),
    ("contact_email", None),
    ("language", True),
    ("description", 3.5),
    ("contact_phone", 66812345678),
    ("website", {"url": "https://example.com"}),
    ("line_id", []),
    ("capacity", [500, "kg"]),
    ("capacity", {"amount": 10**30, "unit": "kg"}),
    ("capacity", {"amount": "500", "unit": "kg"}),
    ("minimum_order", ["many"]),
    ("notification_preference", ["instant"]),
    ("consent_at", 1700000000),
    ("consent_at", {"date": "2025-01-01"}),
    ("fresh_consent", True),
]


@pytest.mark.parametrize(("field", "value"), _WRONG_TYPES, ids=[f"{f}={json.dumps(v)[:20]}" for f, v in _WRONG_TYPES])
async def test_a_wrong_json_type_in_any_field_is_a_422_naming_it(
    http: httpx.AsyncClient, field: str, value: Any
) -> None:
    sme_id = unique_id("type")
    body = json.dumps({**profile_payload(sme_id), field: value}).encode()

    response = await http.post("/v1/smes", content=body, headers={"Content-Type": "application/json"})

    _refused(response, 422, field)
    await _absent(http, sme_id)


@pytest.mark.parametrize(
    "literal",
    ["NaN", "Infinity", "-Infinity", "1e400", "-0", "1" + "0" * 400],
)
async def test_nan_infinity_and_out_of_range_numbers_are_refused(http: httpx.AsyncClient, literal: str) -> None:
    sme_id = unique_id("nan")
    body = _with(sme_id, "capacity", {"amount": 1, "unit": "kg"}).replace(
        b'"amount": 1', b'"amount": ' + literal.encode()
    )

    response = await http.post("/v1/smes", content=body, headers={"Content-Type": "application/json"})

    _refused(response, 422, "capacity.amount")
    await _absent(http, sme_id)


async def test_a_nan_where_a_string_belongs_is_refused(http: httpx.AsyncClient) -> None:
    sme_id = unique_id("nanname")
    body = _with(sme_id, "name", "x").replace(b'"name": "x"', b'"name": NaN')

    _refused(await http.post("/v1/smes", content=body, headers={"Content-Type": "application/json"}), 422, "name")


# ---------------------------------------------------------------- sizes


async def _whole_answer(reader: asyncio.StreamReader) -> bytes:
    """An HTTP answer read until its Content-Length is in, or the server closes."""
    answer = b""
    while chunk := await reader.read(4096):
        answer += chunk
        head, ended, body = answer.partition(b"\r\n\r\n")
        length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        if ended and length is not None and len(body) >= int(length.group(1)):
            break
    return answer


async def test_a_1_mb_string_is_a_413_on_its_headers_and_nothing_is_stored(
    http: httpx.AsyncClient, registry_server: RegistryProcess
) -> None:
    sme_id = unique_id("huge")

    body = _with(sme_id, "description", "ผ" * 350_000)
    host, port = httpx.URL(registry_server.url).host, httpx.URL(registry_server.url).port
    # Over a raw socket: the refusal comes on the headers alone, before the body is sent.
    reader, writer = await asyncio.open_connection(host, port)
    head = (
        f"POST /v1/smes HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {registry_server.api_key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    writer.write(head.encode())
    await writer.drain()
    # The answer's headers and body may come in separate reads: read to the end of the answer.
    answer = await asyncio.wait_for(_whole_answer(reader), timeout=30)
    writer.close()

    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert b"larger than" in answer
    await _absent(http, sme_id)


async def test_a_client_that_sends_a_2_mb_body_at_once_still_reads_the_413(
    http: httpx.AsyncClient, registry_server: RegistryProcess
) -> None:
    # Unlike the test above, the client writes its whole body without waiting for an answer, as most
    # clients do: the server refuses on the headers and must let the client read that refusal.
    sme_id = unique_id("huge")
    body = _with(sme_id, "description", "ผ" * 700_000)
    headers = [f"Authorization: Bearer {registry_server.api_key}".encode()]

    answers = [await _raw(registry_server, "POST", "/v1/smes", headers, body) for _ in range(5)]

    assert [_status(answer) for answer in answers] == [413] * 5, [answer[:100] for answer in answers]
    await _absent(http, sme_id)


async def test_a_string_over_its_limit_but_under_the_body_cap_names_the_field(http: httpx.AsyncClient) -> None:
    sme_id = unique_id("long")

    response = await http.post("/v1/smes", json=profile_payload(sme_id, name="ก" * 5000))

    _refused(response, 422, "name")


@pytest.mark.parametrize("count", [51, 10_000])
async def test_a_list_of_thousands_of_items_is_refused(http: httpx.AsyncClient, count: int) -> None:
    sme_id = unique_id("list")

    response = await http.post("/v1/smes", json=profile_payload(sme_id, offers=["ผ"] * count))

    _refused(response, (413, 422), "offers" if count < 1000 else None)
    await _absent(http, sme_id)


# ---------------------------------------------------------------- characters


@pytest.mark.parametrize(
    ("field", "raw"),
    [
        ("name", '"ร้าน\\u0000ผ้า"'.encode()),  # NUL
        ("name", '"ร้าน\\ud800ผ้า"'.encode()),  # a lone high surrogate
        ("name", b'"\\udfff"'),  # a lone low surrogate
        ("offers", b'["ok", "\\ud83d"]'),  # half an emoji
        ("contact_email", b'"a\\u0000@example.com"'),
        ("description", b'"line\\r\\nnext\\u0007bell"'),
        ("name", b'"Evil\\r\\nBcc: victim@example.com"'),  # CRLF: would be a header if it reached one
    ],
)
async def test_nul_bytes_lone_surrogates_and_controls_in_json_strings_are_a_422(
    http: httpx.AsyncClient, field: str, raw: bytes
) -> None:
    sme_id = unique_id("char")
    marker = b'"@@VALUE@@"'
    body = _with(sme_id, field, "@@VALUE@@").replace(marker, raw)

    _refused(await http.post("/v1/smes", content=body, headers={"Content-Type": "application/json"}), 422, field)
    await _absent(http, sme_id)


async def test_duplicate_json_keys_are_refused_naming_the_key(http: httpx.AsyncClient) -> None:
    sme_id = unique_id("dup")
    body = _with(sme_id, "name", "ร้านแรก").replace(b'"name": ', '"name": "ร้านซ่อน", "name": '.encode(), 1)

    response = await http.post("/v1/smes", content=body, headers={"Content-Type": "application/json"})

    _refused(response, 422, "name")
    await _absent(http, sme_id)


# ---------------------------------------------------------------- content types and bodies


@pytest.mark.parametrize(
    ("content_type", "content"),
    [
        ("application/x-www-form-urlencoded", None),  # JSON sent as a form
        ("multipart/form-data; boundary=x", None),
        ("text/plain", None),
        ("application/json", "name=ร้าน&province=Bangkok".encode()),  # a form sent as JSON
        ("application/json", b""),
        ("application/json", b"[]"),
        ("application/json", b'"a string"'),
        ("application/json", b"null"),
    ],
)
async def test_a_body_that_is_not_a_json_object_is_refused(
    http: httpx.AsyncClient, content_type: str, content: bytes | None
) -> None:
    sme_id = unique_id("ctype")
    body = content if content is not None else json.dumps(profile_payload(sme_id)).encode()

    response = await http.post("/v1/smes", content=body, headers={"Content-Type": content_type})

    refusal = _refused(response, 422, "(body)")
    assert refusal["errors"][0]["reason"].startswith(("is not a JSON object", "is not valid JSON", "is empty"))
    await _absent(http, sme_id)


async def test_an_unknown_query_parameter_changes_nothing(http: httpx.AsyncClient) -> None:
    sme_id = unique_id("query")

    response = await http.post(
        "/v1/smes", params={"admin": "true", "fresh_consent ": "true"}, json=profile_payload(sme_id)
    )

    assert response.status_code == 201, response.text


@pytest.mark.parametrize("value", ["yes please", "2", "", "TRUE\x00"])
async def test_a_malformed_flag_is_a_422_naming_it(http: httpx.AsyncClient, value: str) -> None:
    sme_id = unique_id("flag")

    response = await http.post("/v1/smes", params={"fresh_consent": value}, json=profile_payload(sme_id))

    _refused(response, 422, "query.fresh_consent")
    await _absent(http, sme_id)


# ---------------------------------------------------------------- path parameters


@pytest.mark.parametrize(
    "path_id",
    [
        "sme%00x",
        "..%2F..%2Fadmin",
        "%2e%2e",
        "a" * 5000,
        "ร้านผ้า",
        "%F0%9F%98%80",
        "sme-1%0d%0aX-Injected:%201",
        "%ff%fe",
    ],
    ids=["nul", "dotdot-slash", "dotdot", "5000-chars", "thai", "emoji", "crlf", "bad-utf8"],
)
@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE"])
async def test_a_hostile_id_in_the_path_is_a_4xx(http: httpx.AsyncClient, method: str, path_id: str) -> None:
    body = {"PUT": profile_payload(unique_id("p")), "PATCH": {"name": "x"}}.get(method)
    headers = {"If-Match": '"1"'} if method in ("PUT", "PATCH") else {}

    response = await http.request(method, f"/v1/smes/{path_id}", json=body, headers=headers)

    assert 400 <= response.status_code < 500, (response.status_code, response.text[:500])
    assert not any(marker in response.text for marker in _NEVER_IN_A_BODY), response.text[:500]
    assert "X-Injected" not in response.headers


# ---------------------------------------------------------------- credentials


async def _raw(server: RegistryProcess, method: str, path: str, headers: list[bytes], body: bytes = b"") -> bytes:
    """One request over a raw socket, so header bytes no client library would send arrive as sent."""
    url = httpx.URL(server.url)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    try:
        head = [f"{method} {path} HTTP/1.1".encode(), f"Host: {url.host}".encode(), *headers]
        if body:
            head += [b"Content-Type: application/json", b"Content-Length: %d" % len(body)]
        writer.write(b"\r\n".join([*head, b"Connection: close", b"", b""]) + body)
        await writer.drain()
        return await asyncio.wait_for(reader.read(), timeout=30)
    finally:
        writer.close()


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else 0


@pytest.mark.parametrize(
    "authorization",
    [
        b"Bearer " + b"x" * 6000,
        b"Bearer " + b"x" * 60_000,
        b"Bearer " + b"x" * 600_000,
        b"Basic " + b"eDp5" * 100,
        b"bearer",
        b"Bearer ",
        "Bearer ก".encode(),
        b"Bearer \xff\xfe",
        b"Token abc",
        b"Bearer a.b.c.d",
        b"Bearer sme-1." + b"x" * 3000,
        b"Bearer \x00",
    ],
    ids=[
        "bearer-6k",
        "bearer-60k",
        "bearer-600k",
        "basic",
        "scheme-only",
        "empty-bearer",
        "thai-utf8",
        "bad-utf8",
        "other-scheme",
        "jwt-like",
        "sme-token-3k",
        "nul",
    ],
)
async def test_a_huge_or_foreign_authorization_header_is_a_4xx_and_stores_nothing(
    registry_server: RegistryProcess, http: httpx.AsyncClient, authorization: bytes
) -> None:
    sme_id = unique_id("auth")
    body = json.dumps(profile_payload(sme_id)).encode()

    answer = await _raw(registry_server, "POST", "/v1/smes", [b"Authorization: " + authorization], body)

    # 401 for a credential that is not ours; 400 or 431 from the HTTP server for a header it will not read.
    # The server answers before it has read the whole header, and the client still reads the answer
    # (not a reset): see shared/lingering_close.py.
    assert _status(answer) in (400, 401, 431), answer[:300]
    assert b"Traceback" not in answer
    await _absent(http, sme_id)


@pytest.mark.parametrize(
    "if_match",
    ['"' + "9" * 5000 + '"', '"-1"', '"1.5"', 'W/"1"', '"ก"', "*, *", '"1", "2"', '"\x00"'],
    ids=["5000-digits", "negative", "fraction", "weak", "thai", "two-stars", "two-tags", "nul"],
)
async def test_a_hostile_if_match_is_a_4xx_and_changes_nothing(
    registry_server: RegistryProcess, http: httpx.AsyncClient, if_match: str
) -> None:
    sme_id = unique_id("etag")
    assert (await http.post("/v1/smes", json=profile_payload(sme_id))).status_code == 201
    headers = [f"Authorization: Bearer {registry_server.api_key}".encode(), b"If-Match: " + if_match.encode()]

    answer = await _raw(registry_server, "PATCH", f"/v1/smes/{sme_id}", headers, '{"name": "ใหม่"}'.encode())

    assert 400 <= _status(answer) < 500, answer[:300]
    assert (await http.get(f"/v1/smes/{sme_id}")).json()["version"] == 1


# ---------------------------------------------------------------- PUT and PATCH


async def test_put_and_patch_refuse_hostile_bodies_and_keep_the_profile(http: httpx.AsyncClient) -> None:
    sme_id = unique_id("change")
    assert (await http.post("/v1/smes", json=profile_payload(sme_id))).status_code == 201
    json_headers = {"Content-Type": "application/json", "If-Match": '"1"'}
    probes: list[tuple[str, bytes, str | None]] = [
        ("PUT", json.dumps({**profile_payload(sme_id), "offers": {"a": 1}}).encode(), "offers"),
        ("PUT", json.dumps({**profile_payload(sme_id), "id": "other-id"}).encode(), "id"),
        ("PUT", b"[" * 30_000 + b"]" * 30_000, "(body)"),
        ("PATCH", b'{"name": "\\ud800"}', "name"),
        ("PATCH", b'{"name": null}', "name"),
        ("PATCH", b'{"offers": [' + b'"x",' * 10_000 + b'"x"]}', None),
        ("PATCH", b'{"capacity": {"amount": NaN, "unit": "kg"}}', "capacity.amount"),
        ("PATCH", b'{"name": "a", "name": "b"}', "name"),
        ("PATCH", b"\xff\xfe", "(body)"),
        ("PATCH", b'{"unknown": 1}', "unknown"),
        ("PATCH", b"[]", None),
    ]
    for method, body, field in probes:
        response = await http.request(method, f"/v1/smes/{sme_id}", content=body, headers=json_headers)
        _refused(response, (400, 413, 422), field)
    stored = await http.get(f"/v1/smes/{sme_id}")
    assert stored.json()["version"] == 1
    assert stored.json()["profile"]["name"] == profile_payload(sme_id)["name"]


# ---------------------------------------------------------------- import files

_CSV_HEADER = "id,name,sub_cluster,stage,province,offers,needs,certifications,bcg,contact_email,language"


def _csv_row(sme_id: str, name: str = "ร้านผ้า") -> str:
    return f"{sme_id},{name},sportech,downstream,Bangkok,ผ้ากันน้ำ,,,,{sme_id}@example.com,th"


async def _import(http: httpx.AsyncClient, body: bytes, content_type: str) -> httpx.Response:
    return await http.post("/v1/import", content=body, headers={"Content-Type": content_type})


async def test_a_csv_with_a_bom_and_crlf_line_ends_is_read(http: httpx.AsyncClient) -> None:
    ids = [unique_id("bom") for _ in range(2)]
    text = "\r\n".join([_CSV_HEADER, *(_csv_row(i) for i in ids)]) + "\r\n"

    response = await _import(http, "\ufeff".encode() + text.encode(), "text/csv")

    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["created", "created"]
    assert (await http.get(f"/v1/smes/{ids[1]}")).json()["profile"]["language"] == "th"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (_CSV_HEADER.encode(), "(file)"),  # a header only
        (_CSV_HEADER.encode() + b"\r\n", "(file)"),
        (b"\xef\xbb\xbf", "(file)"),  # a BOM only
        (",".join(f"c{i}" for i in range(100_000)).encode(), "line 1"),  # 100,000 columns
        ((_CSV_HEADER + "\n" + _csv_row("sme-x", "ร้าน")).encode("utf-8").replace("ร้าน".encode(), b"\xe0\xb8"), None),
        ("id;name;province\nsme-1;ร้าน;Bangkok".encode(), "line 1"),  # not our columns
    ],
    ids=["header-only", "header-crlf", "bom-only", "100000-columns", "invalid-utf8", "semicolons"],
)
async def test_a_csv_that_cannot_be_imported_is_a_4xx_naming_why(
    http: httpx.AsyncClient, body: bytes, field: str | None
) -> None:
    response = await _import(http, body, "text/csv")

    if response.status_code == 200:
        # Read, with every line reported: nothing to apply.
        assert response.json()["created"] == 0, response.text
        return
    refusal = _refused(response, (413, 422), field)
    assert refusal["errors"], refusal
    assert len(response.content) < 4_000, "a refusal names a few columns, it does not echo the file"


async def test_a_csv_row_with_100000_columns_is_one_rejected_line(http: httpx.AsyncClient) -> None:
    good = unique_id("wide")
    wide = _csv_row(unique_id("wide")) + "," * 100_000
    body = "\n".join([_CSV_HEADER, wide, _csv_row(good)]).encode()

    response = await _import(http, body, "text/csv")

    assert response.status_code == 200, response.text[:500]
    assert [r["status"] for r in response.json()["results"]] == ["rejected", "created"]
    assert response.json()["results"][0]["errors"][0]["reason"]


@pytest.mark.parametrize(
    "line",
    [
        b'{"id": "@ID@", "name": "\\ud800"}',
        b'{"id": "@ID@", "name": "a\\u0000b"}',
        b'{"id": "@ID@", "capacity": {"amount": NaN, "unit": "kg"}}',
        b'{"id": "@ID@", "capacity": {"amount": Infinity, "unit": "kg"}}',
        b'{"id": "@ID@", "offers": ' + json.dumps(["x"] * 10_000).encode() + b"}",
        b'{"id": "@ID@", "name": "' + "ก".encode() * 400_000 + b'"}',
        b'{"id": "@ID@", "id": "other"}',
        b'["@ID@"]',
        b"null",
        b'"@ID@"',
        b"\xff\xfe\xfd",
        b'{"id": "@ID@"',
    ],
    ids=[
        "surrogate",
        "nul",
        "nan",
        "infinity",
        "10000-items",
        "1mb-string",
        "duplicate-key",
        "list",
        "null",
        "string",
        "invalid-utf8",
        "unterminated",
    ],
)
async def test_a_hostile_jsonl_line_is_reported_and_the_next_line_applies(http: httpx.AsyncClient, line: bytes) -> None:
    bad, good = unique_id("bad"), unique_id("good")
    body = line.replace(b"@ID@", bad.encode()) + b"\n" + json.dumps(profile_payload(good)).encode()

    response = await _import(http, body, "application/x-ndjson")

    if response.status_code != 200:
        # A file that is not UTF-8 at all is refused as a whole, naming the line.
        _refused(response, (413, 422), "line 1")
        return
    results = response.json()["results"]
    assert [(r["line"], r["status"]) for r in results] == [(1, "rejected"), (2, "created")], results
    assert results[0]["errors"] and all(e["field"] and e["reason"] for e in results[0]["errors"])
    await _absent(http, bad)


async def test_import_with_a_content_type_lie_or_a_bad_format_parameter_is_a_4xx(http: httpx.AsyncClient) -> None:
    sme_id = unique_id("lie")
    line = json.dumps(profile_payload(sme_id)).encode()

    as_form = await _import(http, line, "application/x-www-form-urlencoded")
    as_json = await _import(http, line, "application/json")
    bad_format = await http.post("/v1/import", params={"format": "xml"}, content=line)
    as_csv = await _import(http, line, "text/csv")

    _refused(as_form, 415)
    _refused(as_json, 415)
    _refused(bad_format, 422, "query.format")
    assert as_csv.status_code in (200, 422), as_csv.text[:500]
    if as_csv.status_code == 200:
        assert as_csv.json()["created"] == 0
    await _absent(http, sme_id)


# ---------------------------------------------------------------- erasure


async def test_erasure_with_hostile_input_is_a_4xx_and_erases_nothing(http: httpx.AsyncClient) -> None:
    sme_id = unique_id("erase")
    assert (await http.post("/v1/smes", json=profile_payload(sme_id))).status_code == 201

    for if_match in ('"abc"', '"' + "9" * 5000 + '"', '"0"'):
        response = await http.delete(f"/v1/smes/{sme_id}", headers={"If-Match": if_match})
        assert response.status_code in (400, 412, 422), (if_match[:10], response.status_code, response.text[:300])
    with_body = await http.request("DELETE", f"/v1/smes/{sme_id}", content=b"\xff" * 100_000)
    assert with_body.status_code in (204, 400, 413), with_body.text[:300]
    if with_body.status_code != 204:
        assert (await http.get(f"/v1/smes/{sme_id}")).status_code == 200


# ---------------------------------------------------------------- the dashboard's forms and pages


async def _signed_in(registry_server: RegistryProcess) -> tuple[httpx.AsyncClient, str]:
    browser = httpx.AsyncClient(base_url=registry_server.url, timeout=60)
    page = await browser.get("/dashboard/login?next=/dashboard/smes")
    token = _CSRF.search(page.text)
    assert token is not None, page.text[:500]
    login = await browser.post(
        "/dashboard/login",
        data={"key": registry_server.api_key, "csrf_token": token.group(1), "next": "/dashboard/smes"},
    )
    assert login.status_code in (200, 303), login.text[:500]
    form = await browser.get("/dashboard/smes/new")
    csrf = _CSRF.search(form.text)
    assert csrf is not None, form.text[:500]
    return browser, csrf.group(1)


def _form(sme_id: str, **changes: str) -> dict[str, str]:
    values = {
        "id": sme_id,
        "name": "ร้านผ้า",
        "sub_cluster": "sportech",
        "stage": "downstream",
        "province": "Bangkok",
        "offers": "ผ้ากันน้ำ",
        "needs": "",
        "certifications": "",
        "bcg": "",
        "contact_email": f"{sme_id}@example.com",
        "language": "th",
    }
    return values | changes


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "ร้าน\x00ผ้า"),
        ("name", "x" * 60_000),
        ("offers", "\n".join(["ผ้า"] * 10_000)),
        ("contact_email", "a@b\r\nBcc: c@example.com"),
        ("name", "ร้าน\u202eผ้า"),
        ("id", "../../etc/passwd"),
        ("province", "ไม่มีจังหวัดนี้"),
    ],
    ids=["nul", "60k-chars", "10000-lines", "crlf-email", "bidi", "dotdot-id", "no-such-province"],
)
async def test_the_dashboards_new_profile_form_refuses_hostile_values_without_a_5xx(
    registry_server: RegistryProcess, http: httpx.AsyncClient, field: str, value: str
) -> None:
    sme_id = unique_id("form")
    browser, csrf = await _signed_in(registry_server)
    try:
        response = await browser.post(
            "/dashboard/smes/new", data={**_form(sme_id, **{field: value}), "csrf_token": csrf}
        )
    finally:
        await browser.aclose()

    assert 400 <= response.status_code < 500, (response.status_code, response.text[:500])
    assert not any(marker in response.text for marker in ("Traceback", 'File "')), response.text[:500]
    if field != "id":
        await _absent(http, sme_id)


async def test_the_dashboards_forms_refuse_json_and_hostile_form_bodies(
    registry_server: RegistryProcess, http: httpx.AsyncClient
) -> None:
    sme_id = unique_id("formlie")
    browser, csrf = await _signed_in(registry_server)
    try:
        as_json = await browser.post("/dashboard/smes/new", json={**_form(sme_id), "csrf_token": csrf})
        bad_bytes = await browser.post(
            "/dashboard/smes/new",
            content=b"csrf_token=" + csrf.encode() + b"&name=%ff%fe&id=" + sme_id.encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        repeated = await browser.post(
            "/dashboard/smes/new",
            content=("&".join(f"{k}={v}" for k, v in _form(sme_id).items()) + f"&csrf_token={csrf}&name=อีกชื่อ").encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        huge = await browser.post(
            "/dashboard/smes/new",
            content=b"csrf_token=" + csrf.encode() + b"&" + b"&".join(b"f%d=1" % i for i in range(5_000)),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    finally:
        await browser.aclose()

    for response in (as_json, bad_bytes, huge):
        assert 400 <= response.status_code < 500, (response.status_code, response.text[:500])
    assert repeated.status_code < 500, repeated.text[:500]
    if repeated.status_code < 400:
        # One name is stored, never a mix: the form takes the first of a repeated field.
        stored = await http.get(f"/v1/smes/{sme_id}")
        assert stored.json()["profile"]["name"] in ("ร้านผ้า", "อีกชื่อ")


async def test_markup_in_a_name_is_escaped_on_the_dashboard_and_in_the_export(
    registry_server: RegistryProcess, http: httpx.AsyncClient
) -> None:
    sme_id = unique_id("xss")
    name = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'&'
    created = await http.post("/v1/smes", json=profile_payload(sme_id, name=name, description="</textarea><b>"))
    assert created.status_code == 201, created.text
    browser, _ = await _signed_in(registry_server)
    try:
        listing = await browser.get("/dashboard/smes", params={"q": "script"})
        detail = await browser.get(f"/dashboard/smes/{sme_id}")
    finally:
        await browser.aclose()
    for page in (listing, detail):
        assert page.status_code == 200, page.text[:300]
        assert "<script>alert" not in page.text and "<img src=x" not in page.text
        assert "</textarea><b>" not in page.text
    assert "&lt;script&gt;" in detail.text


# ---------------------------------------------------------------- the entrepreneur pages' public forms

_FORM_TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


@pytest.mark.parametrize(
    ("path", "field", "value"),
    [
        ("/my/sign-in", "email", "a@example.com\r\nBcc: victim@example.com"),
        ("/my/sign-in", "email", "a\x00@example.com"),
        ("/my/sign-in", "email", "ก" * 10_000),
        ("/my/sign-in", "email", "<script>alert(1)</script>@example.com"),
        ("/my/register", "name", "ร้าน\x00ผ้า"),
        ("/my/register", "name", "<script>alert(1)</script>"),
        ("/my/register", "contact_email", "a@b\r\nBcc: c@example.com"),
        ("/my/register", "offers", "\n".join(["ผ้า"] * 5_000)),
        ("/my/register", "province", "@@SURROGATE@@"),
    ],
    ids=["crlf", "nul", "10k-thai", "script", "name-nul", "name-script", "email-crlf", "5000-lines", "surrogate"],
)
async def test_the_entrepreneur_pages_public_forms_answer_hostile_values_with_a_page_not_a_5xx(
    registry_server: RegistryProcess, path: str, field: str, value: str
) -> None:
    async with httpx.AsyncClient(base_url=registry_server.url, timeout=60) as browser:
        page = await browser.get(path)
        assert page.status_code == 200, page.text[:300]
        token = _FORM_TOKEN.search(page.text)
        assert token is not None, page.text[:500]
        values = _form(unique_id("my"), **{field: value}) | {"consent": "on", "form_token": token.group(1)}
        values.pop("id")
        # A lone surrogate cannot be encoded: it is sent as the bytes UTF-8 would give it.
        body = urlencode(values).replace("%40%40SURROGATE%40%40", "%ED%A0%80").encode()
        response = await browser.post(path, content=body, headers={"Content-Type": "application/x-www-form-urlencoded"})

    assert response.status_code < 500, (response.status_code, response.text[:500])
    assert not any(marker in response.text for marker in ("Traceback", 'File "')), response.text[:500]
    assert "<script>alert(1)</script>" not in response.text


async def test_the_dashboards_import_form_reports_hostile_files_without_a_5xx(registry_server: RegistryProcess) -> None:
    browser, _ = await _signed_in(registry_server)
    files = {
        "100000-columns.csv": ",".join(f"c{i}" for i in range(100_000)).encode(),
        "tis-620.csv": (_CSV_HEADER + "\n").encode() + _csv_row("sme-x", "x").encode().replace(b"x,", b"\xc3\xd2,", 1),
        "deep.jsonl": b"[" * 100_000 + b"]" * 100_000,
        "duplicate.jsonl": b'{"id": "a", "id": "b"}',
        "empty.csv": b"",
    }
    try:
        for name, content in files.items():
            page = await browser.get("/dashboard/import")
            csrf = _CSRF.search(page.text)
            assert csrf is not None, page.text[:300]
            response = await browser.post(
                "/dashboard/import", data={"csrf_token": csrf.group(1)}, files={"file": (name, content)}
            )
            assert response.status_code < 500, (name, response.status_code, response.text[:300])
            assert not any(marker in response.text for marker in ("Traceback", 'File "')), name
            assert len(response.content) < 200_000, name
    finally:
        await browser.aclose()
