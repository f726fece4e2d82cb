"""Unsubscribe links never expire; answer links still do."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.notifier.tokens import ExpiredToken, LinkAction, LinkClaims, LinkSigner

SIGNER = LinkSigner(b"k" * 32)
NOW = datetime(2030, 1, 1, tzinfo=UTC)


def test_an_unsubscribe_link_past_its_written_expiry_still_verifies() -> None:
    token = SIGNER.issue(LinkClaims(LinkAction.UNSUBSCRIBE, "sme-1", NOW - timedelta(days=3650)))

    assert SIGNER.verify(token, now=NOW).sme_id == "sme-1"


def test_an_accept_link_past_its_expiry_is_still_refused() -> None:
    claims = LinkClaims(LinkAction.ACCEPT, "sme-1", NOW - timedelta(seconds=1), "sg-1", "sme-1", "sme-2")

    with pytest.raises(ExpiredToken):
        SIGNER.verify(SIGNER.issue(claims), now=NOW)
