"""Signed links: genuine tokens verify; altered, foreign or expired ones never do."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from services.notifier.tokens import ExpiredToken, InvalidToken, LinkAction, LinkClaims, LinkSigner

NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
SIGNER = LinkSigner(b"k" * 16 + b"0123456789abcdef")


def _accept_claims(expires_in: timedelta = timedelta(days=30)) -> LinkClaims:
    return LinkClaims(
        action=LinkAction.ACCEPT,
        sme_id="sme-b",
        expires_at=NOW + expires_in,
        suggestion_id="sg-1",
        supplier_id="sme-a",
        buyer_id="sme-b",
    )


def test_a_genuine_token_verifies_to_its_claims() -> None:
    claims = SIGNER.verify(SIGNER.issue(_accept_claims()), now=NOW)
    assert (claims.action, claims.sme_id, claims.suggestion_id) == (LinkAction.ACCEPT, "sme-b", "sg-1")
    assert (claims.supplier_id, claims.buyer_id) == ("sme-a", "sme-b")


def test_changing_the_payload_breaks_the_signature() -> None:
    token = SIGNER.issue(_accept_claims())
    payload, signature = token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    body["r"] = "sme-a"  # pretend to be the other side
    forged = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()
    with pytest.raises(InvalidToken):
        SIGNER.verify(f"{forged}.{signature}", now=NOW)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-2] + ("A" if t[-2] != "A" else "B") + t[-1],
        lambda t: t + "x",
        lambda t: t.replace(".", ""),
        lambda t: "",
        lambda t: "not-a-token",
    ],
)
def test_mangled_tokens_are_refused(mangle: object) -> None:
    token = SIGNER.issue(_accept_claims())
    with pytest.raises(InvalidToken):
        SIGNER.verify(mangle(token), now=NOW)  # type: ignore[operator]


def test_a_token_from_another_secret_is_refused() -> None:
    other = LinkSigner(b"another-secret-of-sufficient-len!")
    with pytest.raises(InvalidToken):
        SIGNER.verify(other.issue(_accept_claims()), now=NOW)


def test_an_expired_token_is_refused_as_expired() -> None:
    token = SIGNER.issue(_accept_claims(expires_in=timedelta(minutes=5)))
    SIGNER.verify(token, now=NOW + timedelta(minutes=4))
    with pytest.raises(ExpiredToken):
        SIGNER.verify(token, now=NOW + timedelta(minutes=5))


def test_unsubscribe_tokens_need_no_pair() -> None:
    token = SIGNER.issue(LinkClaims(LinkAction.UNSUBSCRIBE, "sme-b", NOW + timedelta(days=365)))
    assert SIGNER.verify(token, now=NOW).action is LinkAction.UNSUBSCRIBE
