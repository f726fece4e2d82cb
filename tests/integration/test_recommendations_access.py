"""The matcher's recommendations need a coordinator key or the SME's own token, as at the registry.

Runs the three services as processes on the real infrastructure: the matcher
checks coordinator keys itself and asks the registry about SME tokens.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from clusterlink.localinfra import Endpoints
from tests.conftest import SESSION_DB_PREFIX
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

FAILURE_LIMIT = 10


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    run_dir: Path = tmp_path_factory.mktemp("access")
    # No remembered tokens: a replaced token must stop working at once in this test.
    env = {"ACCESS_CACHE_S": "0", "ACCESS_FAILURE_LIMIT": str(FAILURE_LIMIT)}
    with running_stack(infra, SESSION_DB_PREFIX + "acc_", run_dir, env) as s:
        yield s


def _profile(sme_id: str, *, offers: list[str], needs: list[str], stage: str) -> dict[str, Any]:
    return {
        "id": sme_id,
        "name": f"ร้านทดสอบ {sme_id}",
        "sub_cluster": "circular_textile",
        "stage": stage,
        "province": "Bangkok",
        "offers": offers,
        "needs": needs,
        "contact_email": f"{sme_id}@example.com",
        "language": "th",
    }


def _register(stack: RunningStack, profile: dict[str, Any]) -> str:
    response = httpx.post(
        f"{stack.registry_url}/v1/smes", json=profile, headers={"Authorization": f"Bearer {stack.api_key}"}
    )
    assert response.status_code == 201, response.text
    token: str = response.json()["sme_token"]
    return token


def _recommendations(stack: RunningStack, sme_id: str, credential: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {credential}"} if credential else {}
    return httpx.get(f"{stack.matcher_url}/v1/smes/{sme_id}/recommendations", headers=headers, timeout=10)


def test_recommendations_answer_401_without_a_valid_credential_403_for_another_sme_and_200_for_the_owner(
    stack: RunningStack,
) -> None:
    uid = uuid.uuid4().hex[:8]
    buyer, supplier = f"acc-buyer-{uid}", f"acc-supplier-{uid}"
    buyer_token = _register(stack, _profile(buyer, offers=[], needs=[f"recycled yarn {uid}"], stage="midstream"))
    supplier_token = _register(stack, _profile(supplier, offers=[f"recycled yarn {uid}"], needs=[], stage="upstream"))
    deadline = time.monotonic() + 60
    while _recommendations(stack, buyer, stack.api_key).status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.3)

    owner = _recommendations(stack, buyer, buyer_token)
    coordinator = _recommendations(stack, buyer, stack.api_key)
    anonymous = _recommendations(stack, buyer, None)
    forged = _recommendations(stack, buyer, f"{buyer}.{'x' * 43}")
    other_sme = _recommendations(stack, buyer, supplier_token)
    unknown_id_anonymous = _recommendations(stack, f"never-{uid}", None)

    assert owner.status_code == 200, owner.text
    assert owner.json()["sme_id"] == buyer
    # The same recommendations; `updated_at` moves if the matcher stored the list between the two reads.
    assert {**coordinator.json(), "updated_at": None} == {**owner.json(), "updated_at": None}
    for refused in (anonymous, forged, unknown_id_anonymous):
        assert refused.status_code == 401
        assert refused.headers["WWW-Authenticate"].startswith("Bearer")
        # Nothing about the SME, its partners or whether the id exists.
        assert supplier not in refused.text and "unknown" not in refused.text
    assert other_sme.status_code == 403
    assert supplier not in other_sme.text


def test_a_replaced_sme_token_stops_opening_the_recommendations(stack: RunningStack) -> None:
    sme_id = f"acc-rotate-{uuid.uuid4().hex[:8]}"
    old_token = _register(stack, _profile(sme_id, offers=["ผ้าฝ้าย"], needs=[], stage="midstream"))
    deadline = time.monotonic() + 60
    while _recommendations(stack, sme_id, old_token).status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.3)
    assert _recommendations(stack, sme_id, old_token).status_code == 200

    renewed = httpx.post(
        f"{stack.registry_url}/v1/smes/{sme_id}/token", headers={"Authorization": f"Bearer {old_token}"}
    )

    assert renewed.status_code == 200
    assert _recommendations(stack, sme_id, old_token).status_code == 401
    assert _recommendations(stack, sme_id, renewed.json()["sme_token"]).status_code == 200


def test_a_client_that_keeps_failing_gets_429_even_with_a_good_key(stack: RunningStack) -> None:
    # Runs last: it leaves this test client's address blocked for a minute.
    sme_id = f"acc-guess-{uuid.uuid4().hex[:8]}"
    answers = [_recommendations(stack, sme_id, f"{sme_id}.{'g' * 43}").status_code for _ in range(FAILURE_LIMIT + 1)]

    assert answers[0] == 401 and answers[-1] == 429
    blocked = _recommendations(stack, sme_id, stack.api_key)
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
