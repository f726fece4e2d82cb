"""Keys, tokens, who may do what, and the settings that must refuse to start."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from services.registry.auth import COORDINATOR, Authenticator, Forbidden, NotAuthenticated, Principal
from services.registry.keys import hash_secret, main, matches, new_sme_token, sme_id_of_token
from services.registry.settings import Settings

KEY = "clk_unit_test_key_0123456789abcdef"


def test_a_key_is_configured_as_a_sha256_hash_and_compared_by_hash() -> None:
    digest = hash_secret(KEY)

    assert digest.startswith("sha256:") and len(digest) == 7 + 64
    assert KEY not in digest
    assert matches(KEY, digest)
    assert not matches(KEY + "x", digest)
    assert not matches(KEY, None)


def test_an_sme_token_names_its_sme_and_is_different_every_time() -> None:
    first, second = new_sme_token("sme-0042"), new_sme_token("sme-0042")

    assert first != second
    assert sme_id_of_token(first) == "sme-0042"
    assert sme_id_of_token("sme-0042.short") is None
    assert sme_id_of_token("no-separator-at-all" * 3) is None


def test_the_hash_command_prints_what_settings_expect(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hash", KEY]) == 0
    assert capsys.readouterr().out.strip() == hash_secret(KEY)
    assert main(["bogus"]) == 2


async def _authenticate(credential: str | None, stored: dict[str, str]) -> Principal:
    async def token_hash(sme_id: str) -> str | None:
        return stored.get(sme_id)

    return await Authenticator((hash_secret(KEY),), token_hash).authenticate(credential)


async def test_credentials_identify_a_coordinator_or_one_sme() -> None:
    token = new_sme_token("sme-7")
    stored = {"sme-7": hash_secret(token)}

    assert await _authenticate(KEY, stored) == COORDINATOR
    assert await _authenticate(token, stored) == Principal(sme_id="sme-7")
    for bad in (None, "", "clk_wrong", new_sme_token("sme-7"), new_sme_token("sme-unknown")):
        with pytest.raises(NotAuthenticated):
            await _authenticate(bad, stored)


def test_an_sme_reaches_its_own_profile_only_and_registers_nothing() -> None:
    sme = Principal(sme_id="sme-7")

    sme.require_access_to("sme-7")
    COORDINATOR.require_access_to("sme-8")
    COORDINATOR.require_coordinator()
    with pytest.raises(Forbidden):
        sme.require_access_to("sme-8")
    with pytest.raises(Forbidden):
        sme.require_coordinator()


def test_settings_take_comma_separated_key_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    other = hash_secret("another key")
    monkeypatch.setenv("REGISTRY_COORDINATOR_KEY_HASHES", f"{hash_secret(KEY)}, {other}")

    assert Settings().coordinator_key_hashes == (hash_secret(KEY), other)


@pytest.mark.parametrize(
    "configured",
    ["", "not-a-hash", "sha256:" + "A" * 64, hash_secret("changeme"), hash_secret("")],
)
def test_settings_refuse_missing_malformed_or_placeholder_keys(configured: str) -> None:
    with pytest.raises(ValidationError):
        Settings(coordinator_key_hashes=configured)


def test_settings_refuse_a_lease_shorter_than_two_send_deadlines() -> None:
    with pytest.raises(ValidationError, match="relay_lease_s"):
        Settings(coordinator_key_hashes=hash_secret(KEY), kafka_request_timeout_ms=10_000, relay_lease_s=30)
