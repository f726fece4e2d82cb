"""Link keys with ids: the newest signs, listed older ones verify, a retired one verifies nothing."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr, ValidationError

from services.notifier.settings import Settings
from services.notifier.tokens import InvalidToken, LinkAction, LinkClaims, LinkSigner
from shared.link_keys import KeyRing, KeyRingError, LinkKey

NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
OLD = "q3J8vX1mZr7LwP0tYb5NcK2eHs9UdGf4"
NEW = "Wm4Ks9Bd3Hf7Jt1Yc5GaZq8Lr2Vx6Pn0"


def _claims() -> LinkClaims:
    return LinkClaims(LinkAction.UNSUBSCRIBE, "sme-a", NOW + timedelta(days=1))


def _payload(token: str) -> dict[str, object]:
    part = token.split(".")[0]
    loaded: dict[str, object] = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    return loaded


def test_tokens_carry_the_id_of_the_newest_key_and_older_ids_still_verify() -> None:
    before = LinkSigner(KeyRing([LinkKey("k1", OLD.encode())]))
    after = LinkSigner(KeyRing([LinkKey("k2", NEW.encode()), LinkKey("k1", OLD.encode())]))
    old_token, new_token = before.issue(_claims()), after.issue(_claims())
    assert (_payload(old_token)["k"], _payload(new_token)["k"]) == ("k1", "k2")
    assert after.verify(old_token, now=NOW).sme_id == "sme-a"
    with pytest.raises(InvalidToken, match="unknown or retired"):
        LinkSigner(KeyRing([LinkKey("k2", NEW.encode())])).verify(old_token, now=NOW)


def test_a_token_without_key_id_is_the_first_keys_and_dies_with_it() -> None:
    legacy_token = LinkSigner(OLD.encode()).issue(_claims())
    assert "k" not in _payload(legacy_token)
    ring = KeyRing.configured(f"k2:{NEW}", OLD, setting="X")
    assert ring.key_ids == ("k2", None)
    assert LinkSigner(ring).verify(legacy_token, now=NOW).sme_id == "sme-a"
    with pytest.raises(InvalidToken):
        LinkSigner(KeyRing.configured(f"k2:{NEW}", None, setting="X")).verify(legacy_token, now=NOW)


def test_a_key_id_cannot_point_a_token_at_another_key() -> None:
    ring = KeyRing([LinkKey("k2", NEW.encode()), LinkKey("k1", OLD.encode())])
    token = LinkSigner(KeyRing([LinkKey("k2", NEW.encode())])).issue(_claims())
    body = _payload(token) | {"k": "k1"}  # same signature, claimed to be from the other key
    forged = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()
    with pytest.raises(InvalidToken):
        LinkSigner(ring).verify(f"{forged}.{token.split('.')[1]}", now=NOW)


@pytest.mark.parametrize(
    ("keys", "reason"),
    [
        ("k1", "must be `id:secret`"),
        (f"bad id:{OLD}", "must be `id:secret`"),
        ("k1:short", "at least 32"),
        (f"k1:{OLD},k1:{NEW}", "listed twice"),
    ],
)
def test_bad_key_lists_are_refused_with_the_reason(keys: str, reason: str) -> None:
    with pytest.raises(KeyRingError, match=reason):
        KeyRing.configured(keys, None, setting="NOTIFIER_LINK_KEYS")


def test_settings_need_some_key_and_refuse_bad_lists_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFIER_LINK_SECRET", raising=False)
    monkeypatch.delenv("NOTIFIER_LINK_KEYS", raising=False)
    with pytest.raises(ValidationError, match="NOTIFIER_LINK_KEYS"):
        Settings()
    with pytest.raises(ValidationError, match="at least 32"):
        Settings(link_keys=SecretStr("k1:short"))
    monkeypatch.setenv("NOTIFIER_LINK_KEYS", f"2026b:{NEW}, 2026a:{OLD}")
    settings = Settings()
    assert settings.link_key_ring().key_ids == ("2026b", "2026a")
    assert NEW not in repr(settings) and NEW not in repr(settings.link_key_ring().signing)
