"""Log lines never carry link tokens, credentials or e-mail addresses."""

from __future__ import annotations

import logging

import pytest

from shared.logging import configure_logging, redact


@pytest.mark.parametrize("json_format", [False, True])
def test_addresses_tokens_and_credentials_are_replaced_in_messages_extras_and_exceptions(
    capsys: pytest.CaptureFixture[str], json_format: bool
) -> None:
    configure_logging("test", json_format=json_format)
    log = logging.getLogger("test.redaction")

    log.warning("delivery failed: 550 5.1.1 <somchai@ตัวอย่าง.ไทย> rejected", extra={"sme_id": "sme-0042"})
    log.info("fetched", extra={"url": "https://n.example/links/accept?t=eyJhIjoiYSJ9.c2ln&x=1"})
    try:
        raise ValueError("Authorization: Bearer clk_secret_key for owner@example.com")
    except ValueError:
        log.exception("failed")

    err = capsys.readouterr().err
    for secret in ("somchai@", "ตัวอย่าง.ไทย", "eyJhIjoiYSJ9", "clk_secret_key", "owner@example.com"):
        assert secret not in err
    assert "sme-0042" in err and "/links/accept?t=<token>&x=1" in err


def test_the_access_log_keeps_the_path_and_drops_the_query_string(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("test")
    access = logging.getLogger("uvicorn.access")

    access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "GET", "/links/unsubscribe?t=abc.def", "1.1", 200)

    err = capsys.readouterr().err
    assert '"GET /links/unsubscribe HTTP/1.1" 200' in err
    assert "abc.def" not in err


def test_ordinary_text_is_left_alone() -> None:
    text = "profile sme-0042 version 3 planned; ratio 3.5@2x; ผ้าไหม"
    assert redact(text) == text
