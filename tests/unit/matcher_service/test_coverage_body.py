"""The matcher's coverage endpoint refuses a body it cannot take with a 4xx naming the field and the
reason, as the registry does: never FastAPI's bare "There was an error parsing the body", never a 5xx."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.matcher.api import COVERAGE_PATH, MAX_COVERAGE_BODY_BYTES
from services.matcher.app import create_app
from services.matcher.settings import Settings
from shared.access import AccessSettings
from shared.credentials import hash_secret

KEY = "clk_test_coverage_body_0123456789abcdef"
COORDINATOR = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
NOT_AN_OBJECT = "is not a JSON object (send one, as Content-Type: application/json)"
PROFILE = {"id": "sme-cov-1", "sub_cluster": "sportech", "stage": "upstream", "province": "Trang", "offers": ["latex"]}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    # The app as the matcher serves it (its body limit included); without its lifespan, which would
    # start Kafka and MongoDB: the coverage endpoint needs neither.
    app = create_app(Settings(access=AccessSettings(coordinator_key_hashes=(hash_secret(KEY),))))
    yield TestClient(app, raise_server_exceptions=False)


def _post(client: TestClient, body: bytes, headers: dict[str, str] = COORDINATOR) -> Any:
    return client.post(COVERAGE_PATH, content=body, headers=headers)


def _errors(answer: Any) -> list[tuple[str, str]]:
    return [(e["field"], e["reason"]) for e in answer.json()["errors"]]


def _body(**profile: Any) -> bytes:
    return json.dumps({"profiles": [PROFILE | profile]}).encode()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "is nested too deeply"),
        (b'{"profiles": [], "n": ' + b"9" * 5_000 + b"}", "holds a number longer than 4300 digits"),
        (b'{"profiles": [{"id": "\xff\xfe"}]}', "is not valid UTF-8"),
    ],
    ids=["nested 100,000 deep", "a 5,000-digit number", "invalid UTF-8"],
)
def test_a_body_that_cannot_be_read_is_a_400_saying_why(client: TestClient, raw: bytes, reason: str) -> None:
    answer = _post(client, raw)

    assert answer.status_code == 400
    assert answer.json()["code"] == "bad_request"
    assert _errors(answer) == [("(body)", reason)]


def test_a_repeated_key_is_refused_naming_it(client: TestClient) -> None:
    answer = _post(client, b'{"profiles": [], "profiles": [' + json.dumps(PROFILE).encode() + b"]}")

    assert answer.status_code == 422
    assert _errors(answer) == [("profiles", "appears twice in the same object; send each field once")]


@pytest.mark.parametrize(
    ("raw", "headers", "reason"),
    [
        (b"", COORDINATOR, "is empty; send a JSON object"),
        (b"[]", COORDINATOR, NOT_AN_OBJECT),
        (b'{"profiles": [', COORDINATOR, "is not valid JSON (Expecting value)"),
        (_body(), COORDINATOR | {"Content-Type": "text/plain"}, NOT_AN_OBJECT),
    ],
    ids=["empty", "a list", "cut off", "sent as text"],
)
def test_a_body_that_is_not_a_json_object_is_a_422_naming_the_body(
    client: TestClient, raw: bytes, headers: dict[str, str], reason: str
) -> None:
    answer = _post(client, raw, headers)

    assert answer.status_code == 422
    assert _errors(answer) == [("(body)", reason)]


def test_a_lone_surrogate_is_refused_naming_its_field_where_it_used_to_be_a_500(client: TestClient) -> None:
    answer = _post(client, _body(offers=["latex", "half an emoji \ud83d"]))

    assert answer.status_code == 422
    assert _errors(answer) == [("profiles[0].offers[1]", "contains an invalid character (lone surrogate)")]


def test_each_invalid_field_is_named_with_its_reason(client: TestClient) -> None:
    answer = _post(client, _body(stage="sideways", offers=["x" * 501]))

    assert answer.status_code == 422
    assert answer.json()["code"] == "validation_failed"
    assert _errors(answer) == [
        ("profiles[0].stage", "Input should be 'upstream', 'midstream' or 'downstream'"),
        ("profiles[0].offers[0]", "String should have at most 500 characters"),
    ]


def test_a_body_over_the_limit_is_a_413_before_it_is_read(client: TestClient) -> None:
    answer = _post(client, b" " * (MAX_COVERAGE_BODY_BYTES + 1))

    assert answer.status_code == 413
    assert answer.json()["code"] == "body_too_large"
    assert answer.headers["connection"] == "close"


def test_the_credential_is_checked_before_the_body_is_read(client: TestClient) -> None:
    answer = _post(client, b"[" * 100_000, {"Content-Type": "application/json"})

    assert answer.status_code == 401


def test_a_valid_body_is_still_answered(client: TestClient) -> None:
    answer = _post(client, _body())

    assert answer.status_code == 200, answer.text
    assert [firm["id"] for firm in answer.json()["firms"]] == ["sme-cov-1"]
