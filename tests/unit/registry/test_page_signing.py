"""What the entrepreneur pages sign: links that expire and cannot be altered or reused for another
purpose, sessions, CSRF tokens, and access tokens the registry accepts as the SME's own."""

from __future__ import annotations

import asyncio

import pytest

from services.registry.auth import Authenticator, NotAuthenticated
from services.registry.pages.signing import ExpiredLink, LinkPurpose, PageSigner, TamperedLink


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _signer(clock: Clock, secret: bytes = b"k" * 32) -> PageSigner:
    return PageSigner(secret, session_s=3600, clock=clock)


def test_a_link_reads_back_until_it_expires_then_it_is_expired_not_tampered() -> None:
    clock = Clock()
    signer = _signer(clock)
    claims, token = signer.link(LinkPurpose.SIGN_IN, "sme-1", 900)
    assert signer.read_link(LinkPurpose.SIGN_IN, token) == claims
    clock.now += 900
    with pytest.raises(ExpiredLink):
        signer.read_link(LinkPurpose.SIGN_IN, token)


def test_an_altered_foreign_or_misused_link_is_tampered() -> None:
    clock = Clock()
    signer = _signer(clock)
    _, token = signer.link(LinkPurpose.SIGN_IN, "sme-1", 900)
    _, foreign = _signer(clock, b"z" * 32).link(LinkPurpose.SIGN_IN, "sme-1", 900)
    mac = token.split(".")[1]
    _, other = signer.link(LinkPurpose.SIGN_IN, "sme-2", 900)
    for bad in (foreign, f"{other.split('.')[0]}.{mac}", token + "x", "", "a.b.c", "x" * 5000):
        with pytest.raises(TamperedLink):
            signer.read_link(LinkPurpose.SIGN_IN, bad)
    # A sign-in link does not confirm a registration, and the other way round.
    with pytest.raises(TamperedLink):
        signer.read_link(LinkPurpose.CONFIRM_REGISTRATION, token)


def test_a_session_lasts_its_time_and_its_csrf_token_fits_it_only() -> None:
    clock = Clock()
    signer = _signer(clock)
    session, cookie = signer.open_session("sme-1")
    other, _ = signer.open_session("sme-1")
    assert signer.read_session(cookie) == session
    assert signer.csrf_valid(session, signer.csrf_token(session))
    assert not signer.csrf_valid(session, signer.csrf_token(other))
    assert not signer.csrf_valid(session, None)
    assert signer.read_session(cookie[:-2] + "AA") is None
    clock.now += 3600
    assert signer.read_session(cookie) is None


def test_a_form_before_sign_in_needs_the_token_of_its_own_nonce() -> None:
    signer = _signer(Clock())
    nonce, other = signer.form_nonce(), signer.form_nonce()
    assert signer.form_token_valid(nonce, signer.form_token(nonce))
    assert not signer.form_token_valid(nonce, signer.form_token(other))
    assert not signer.form_token_valid(None, signer.form_token(nonce))


def test_the_registry_accepts_a_session_access_token_for_its_sme_only_and_only_while_it_lasts() -> None:
    clock = Clock()
    signer = _signer(clock)
    session, _ = signer.open_session("sme-1")
    token = signer.access_token(session)

    async def no_stored_token(_: str) -> str | None:
        return None

    auth = Authenticator(("sha256:" + "0" * 64,), no_stored_token, signer.access_sme_id)
    assert asyncio.run(auth.authenticate(token)).sme_id == "sme-1"
    # Renamed to another SME, the signature no longer holds.
    forged = "sme-2." + token.split(".", 1)[1]
    with pytest.raises(NotAuthenticated):
        asyncio.run(auth.authenticate(forged))
    clock.now += 3600
    with pytest.raises(NotAuthenticated):
        asyncio.run(auth.authenticate(token))
    # Without the pages' check, such a token is nothing.
    with pytest.raises(NotAuthenticated):
        asyncio.run(Authenticator((), no_stored_token).authenticate(signer.access_token(signer.open_session("a")[0])))
