"""Production mode refuses what is only safe on a developer's machine; development keeps the local defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr, ValidationError

from services.notifier.settings import DkimSettings, Settings, SmtpSettings

SECRET = SecretStr("q3J8vX1mZr7LwP0tYb5NcK2eHs9UdGf4")


def _settings(**values: Any) -> Settings:
    return Settings(link_secret=SECRET, **values)


def test_development_keeps_http_links_and_a_plain_local_smtp_login() -> None:
    s = _settings(smtp=SmtpSettings(username="dev", password=SecretStr("pw")))
    assert (s.mode, s.public_base_url) == ("development", "http://127.0.0.1:8003")


def test_production_needs_https_links() -> None:
    with pytest.raises(ValidationError, match="NOTIFIER_PUBLIC_BASE_URL must start with https://"):
        _settings(mode="production", public_base_url="http://links.example")
    assert _settings(mode="production", public_base_url="https://links.example").mode == "production"


@pytest.mark.parametrize(
    ("starttls", "use_tls", "refused"), [(False, False, True), (True, False, False), (False, True, False)]
)
def test_production_sends_smtp_credentials_only_over_tls(starttls: bool, use_tls: bool, refused: bool) -> None:
    smtp = SmtpSettings(username="mailer", password=SecretStr("pw"), starttls=starttls, use_tls=use_tls)
    values: dict[str, Any] = {"mode": "production", "public_base_url": "https://links.example", "smtp": smtp}
    if refused:
        with pytest.raises(ValidationError, match="NOTIFIER_SMTP_STARTTLS or NOTIFIER_SMTP_USE_TLS"):
            _settings(**values)
    else:
        assert _settings(**values).smtp.username == "mailer"


def test_production_without_smtp_credentials_may_use_a_plain_relay() -> None:
    assert _settings(mode="production", public_base_url="https://l.example").smtp.username is None


def test_dkim_needs_selector_and_a_readable_pem_key(tmp_path: Path) -> None:
    assert not DkimSettings().enabled
    with pytest.raises(ValidationError, match="both NOTIFIER_DKIM_SELECTOR and a key"):
        DkimSettings(selector="s1")
    with pytest.raises(ValidationError, match="cannot be read"):
        DkimSettings(selector="s1", private_key_file=tmp_path / "missing.pem")
    not_pem = tmp_path / "key.txt"
    not_pem.write_text("hello")
    with pytest.raises(ValidationError, match="not a PEM private key"):
        DkimSettings(selector="s1", private_key_file=not_pem)
    smtp = SmtpSettings(from_address="matches@ตัวอย่าง.ไทย")
    assert smtp.dkim_domain == "ตัวอย่าง.ไทย"
