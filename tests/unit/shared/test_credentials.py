"""Token shapes: only ids the registry issues tokens for are read out of a token."""

from __future__ import annotations

import pytest

from shared.credentials import credential_of, sme_id_of_token

SECRET = "s" * 43


def test_a_token_names_its_sme() -> None:
    assert sme_id_of_token(f"sme-0042.{SECRET}") == "sme-0042"


@pytest.mark.parametrize("token", [f"x/../y.{SECRET}", f"ก.{SECRET}", f".{SECRET}", "sme-1.short", "no-separator"])
def test_anything_else_is_no_token(token: str) -> None:
    assert sme_id_of_token(token) is None


def test_the_credential_comes_from_bearer_or_x_api_key() -> None:
    assert credential_of({"authorization": "Bearer abc"}) == "abc"
    assert credential_of({"x-api-key": "def"}) == "def"
    assert credential_of({"authorization": "Basic abc"}) is None
