"""A service that cannot start for its settings says which setting and why, never the value."""

from __future__ import annotations

import pytest
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.settings import load_or_exit


class _Example(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EXAMPLE_")

    port: int = Field(8000, ge=1, le=65535)
    secret: str = Field(min_length=40)


def test_bad_settings_exit_2_naming_each_setting_without_its_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EXAMPLE_PORT", "99999")
    monkeypatch.setenv("EXAMPLE_SECRET", "too-short-secret-value")
    with pytest.raises(SystemExit) as exited:
        load_or_exit(_Example)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "invalid settings" in err and "port:" in err and "secret:" in err
    assert "too-short-secret-value" not in err and "Traceback" not in err


def test_good_settings_are_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMPLE_SECRET", "s" * 40)
    assert load_or_exit(_Example).port == 8000
