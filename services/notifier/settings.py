"""Notifier settings: one class, env prefix NOTIFIER_, fails fast on unsafe secrets."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.notifier.retry import attempts_covering
from shared.link_keys import KeyRing, check_secret
from shared.settings import ConsumerRetrySettings, KafkaSettings, LogSettings, MongoSettings


class DkimSettings(BaseSettings):
    """Optional DKIM signing of outgoing mail; on when a selector and a private key are set."""

    model_config = SettingsConfigDict(env_prefix="NOTIFIER_DKIM_", extra="ignore")

    selector: str | None = Field(
        None, description="DKIM selector: the key is published at <selector>._domainkey.<domain>"
    )
    domain: str | None = Field(None, description="Signing domain (d=); default: the domain of the From address")
    private_key_file: Path | None = Field(None, description="PEM file of the private key (RSA, 2048 bits or more)")
    private_key: SecretStr | None = Field(None, description="The PEM private key itself, instead of a file")

    @model_validator(mode="after")
    def _selector_and_key_together(self) -> DkimSettings:
        has_key = self.private_key_file is not None or self.private_key is not None
        if bool(self.selector) != has_key:
            raise ValueError(
                "DKIM signing needs both NOTIFIER_DKIM_SELECTOR and a key "
                "(NOTIFIER_DKIM_PRIVATE_KEY_FILE or NOTIFIER_DKIM_PRIVATE_KEY), or neither"
            )
        if has_key and b"PRIVATE KEY-----" not in self.key_pem():
            raise ValueError("the DKIM private key is not a PEM private key")
        return self

    @property
    def enabled(self) -> bool:
        return bool(self.selector)

    def key_pem(self) -> bytes:
        if self.private_key is not None:
            return self.private_key.get_secret_value().encode("ascii")
        if self.private_key_file is None:
            return b""
        try:
            return self.private_key_file.read_bytes()
        except OSError as exc:
            raise ValueError(f"NOTIFIER_DKIM_PRIVATE_KEY_FILE cannot be read: {exc.strerror}") from exc


class SmtpSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFIER_SMTP_", extra="ignore")

    host: str = Field("127.0.0.1", description="SMTP server host")
    port: int = Field(1025, description="SMTP server port (1025 is the local sink)")
    starttls: bool = Field(False, description="Upgrade the connection with STARTTLS")
    use_tls: bool = Field(False, description="Implicit TLS from the first byte (usually port 465)")
    username: str | None = Field(None, description="SMTP login; no login when unset")
    password: SecretStr | None = Field(None, description="SMTP password")
    timeout_s: float = Field(15.0, gt=0, description="Timeout of every SMTP step")
    from_address: str = Field("matches@clusterlink.example", description="Envelope and From address")
    from_name: str = Field("ClusterLink", description="Display name of the From header")
    message_id_domain: str = Field("clusterlink.example", description="Right-hand side of Message-IDs")
    dkim: DkimSettings = Field(default_factory=DkimSettings)

    @property
    def dkim_domain(self) -> str:
        return self.dkim.domain or self.from_address.rpartition("@")[2]

    @model_validator(mode="after")
    def _tls_modes_exclusive(self) -> SmtpSettings:
        if self.starttls and self.use_tls:
            raise ValueError("choose either NOTIFIER_SMTP_STARTTLS or NOTIFIER_SMTP_USE_TLS, not both")
        return self


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFIER_", extra="ignore")

    service_name: str = "notifier"
    mode: Literal["development", "production"] = Field(
        "development",
        description="production refuses settings that are only safe locally: links over http://, "
        "SMTP credentials without TLS",
    )
    host: str = "127.0.0.1"
    port: int = 8003
    group_id: str = Field("notifier", description="Kafka consumer group of the notifier replicas")
    public_base_url: str = Field("http://127.0.0.1:8003", description="Base URL of the signed links")
    link_secret: SecretStr | None = Field(
        None,
        description="The HMAC key from before key ids: signs links when no NOTIFIER_LINK_KEYS are set, "
        "and verifies links without a key id while it stays set",
    )
    link_keys: SecretStr = Field(
        SecretStr(""),
        description="Link keys `id:secret,id:secret`, newest first: the first signs, all verify",
    )
    accept_link_ttl_days: int = Field(30, ge=1, description="Lifetime of accept/decline links")
    unsubscribe_link_ttl_days: int = Field(
        365, ge=1, description="Expiry written into unsubscribe links; not enforced: they always work"
    )
    contact_confirm_link_ttl_days: int = Field(
        7, ge=1, description="Lifetime of the link that confirms a new contact address"
    )
    link_failure_limit: int = Field(
        20, ge=1, description="Invalid link tokens a client address may send per window before it gets 429"
    )
    link_failure_window_s: float = Field(60.0, gt=0, description="The window of link_failure_limit")

    timezone: str = Field("Asia/Bangkok", description="Time zone of quiet hours, digests and the daily cap")
    quiet_hours_enabled: bool = Field(True, description="Hold emails during quiet hours (off only for tests/demos)")
    quiet_start: time = Field(time(21, 0), description="Start of quiet hours, local time")
    quiet_end: time = Field(time(8, 0), description="End of quiet hours, local time")
    digest_time: time = Field(time(9, 0), description="When daily and weekly digests go out, local time")
    weekly_digest_weekday: int = Field(0, ge=0, le=6, description="Weekday of the weekly digest, 0 = Monday")
    daily_cap: int = Field(10, ge=1, description="Most suggestions one recipient gets per local day")
    instant_gather_s: float = Field(
        2.0, ge=0, description="Instant mode waits this long so a burst of suggestions becomes one email"
    )

    retry_base_s: float = Field(30.0, gt=0, description="First retry delay after a transient SMTP failure")
    retry_max_s: float = Field(3600.0, gt=0, description="Longest retry delay")
    retry_for_h: float = Field(
        72.0, gt=0, description="Transient SMTP failures are retried for at least this long before a delivery fails"
    )
    max_attempts: int = Field(
        0, ge=0, description="Attempts before a transiently failing delivery fails; 0: enough to cover retry_for_h"
    )
    lease_s: float = Field(120.0, gt=0, description="How long a replica owns a claimed job before others retry it")
    sweep_interval_s: float = Field(
        30.0, gt=0, description="How often a replica looks in the database for work nobody told it about"
    )
    send_concurrency: int = Field(4, ge=1, description="Emails sent in parallel per replica")
    send_batch_size: int = Field(
        16, ge=1, description="Most due emails one sender claims and reads together (then sends one by one)"
    )
    consume_batch_size: int = Field(500, ge=1, description="Most Kafka records applied per batch")
    plan_batch_size: int = Field(50, ge=1, description="Most recipients planned together")
    plan_concurrency: int = Field(
        1,
        ge=1,
        description="Batches of recipients planned side by side per replica; more only multiplies planning "
        "work while the database is the limit (work arriving during one plan merges into the next)",
    )
    lookup_concurrency: int = Field(16, ge=1, description="Database lookups by _id in flight per replica")
    kafka_session_timeout_ms: int = Field(10_000, ge=1000)
    kafka_heartbeat_interval_ms: int = Field(3_000, ge=100)

    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    consumer_retry: ConsumerRetrySettings = Field(default_factory=ConsumerRetrySettings)
    mongo: MongoSettings = Field(default_factory=MongoSettings)
    log: LogSettings = Field(default_factory=LogSettings)

    @model_validator(mode="after")
    def _production_is_safe(self) -> Settings:
        if self.mode != "production":
            return self  # development keeps the local defaults: http links, a plain local SMTP sink
        if not self.public_base_url.startswith("https://"):
            raise ValueError(
                "NOTIFIER_PUBLIC_BASE_URL must start with https:// when NOTIFIER_MODE=production "
                "(links carry tokens, and one-click unsubscribe (RFC 8058) needs https)"
            )
        if self.smtp.username and not (self.smtp.starttls or self.smtp.use_tls):
            raise ValueError(
                "NOTIFIER_SMTP_USERNAME is set, so NOTIFIER_SMTP_STARTTLS or NOTIFIER_SMTP_USE_TLS must be true "
                "when NOTIFIER_MODE=production (the SMTP password must not cross the network in clear)"
            )
        return self

    @model_validator(mode="after")
    def _attempts_cover_the_retry_window(self) -> Settings:
        if self.max_attempts == 0:
            window = timedelta(hours=self.retry_for_h)
            self.max_attempts = attempts_covering(window, base_s=self.retry_base_s, max_s=self.retry_max_s)
        return self

    @field_validator("link_secret")
    @classmethod
    def _refuse_weak_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            check_secret("NOTIFIER_LINK_SECRET", value.get_secret_value())
        return value

    @model_validator(mode="after")
    def _keys_make_a_ring(self) -> Settings:
        if self.link_secret is None and not self.link_keys.get_secret_value().strip():
            raise ValueError("set NOTIFIER_LINK_KEYS (id:secret, newest first) or NOTIFIER_LINK_SECRET")
        self.link_key_ring()  # refuses bad ids, weak or repeated keys now, not at the first email
        return self

    def link_key_ring(self) -> KeyRing:
        legacy = self.link_secret.get_secret_value() if self.link_secret else None
        return KeyRing.configured(self.link_keys.get_secret_value(), legacy, setting="NOTIFIER_LINK_KEYS")

    @field_validator("public_base_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("NOTIFIER_PUBLIC_BASE_URL must start with http:// or https://")
        return value.rstrip("/")

    @property
    def database_name(self) -> str:
        return f"{self.mongo.db_prefix}{self.service_name}"
