"""Fail-fast settings and the retry schedule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import SecretStr, ValidationError

from services.notifier.retry import backoff
from services.notifier.settings import Settings, SmtpSettings

GOOD_SECRET = "q3J8vX1mZr7LwP0tYb5NcK2eHs9UdGf4"


@pytest.mark.parametrize("secret", ["changeme", "short-but-random-9f", "a" * 40, "secret"])
def test_placeholder_or_short_link_secrets_are_refused(secret: str) -> None:
    with pytest.raises(ValidationError, match="NOTIFIER_LINK_SECRET"):
        Settings(link_secret=SecretStr(secret))


def test_a_missing_link_secret_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFIER_LINK_SECRET", raising=False)
    with pytest.raises(ValidationError):
        Settings()


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTIFIER_LINK_SECRET", GOOD_SECRET)
    monkeypatch.setenv("NOTIFIER_PORT", "9103")
    monkeypatch.setenv("NOTIFIER_SMTP_PORT", "2525")
    monkeypatch.setenv("NOTIFIER_SMTP_STARTTLS", "true")
    monkeypatch.setenv("MONGODB_DB_PREFIX", "x_")
    s = Settings()
    assert (s.port, s.smtp.port, s.smtp.starttls) == (9103, 2525, True)
    assert s.database_name == "x_notifier"
    assert GOOD_SECRET not in repr(s)


def test_starttls_and_implicit_tls_are_exclusive() -> None:
    with pytest.raises(ValidationError):
        SmtpSettings(starttls=True, use_tls=True)


def test_backoff_doubles_up_to_the_maximum() -> None:
    delays = [backoff(n, base_s=30, max_s=300) for n in range(1, 7)]
    assert delays == [timedelta(seconds=s) for s in (30, 60, 120, 240, 300, 300)]
