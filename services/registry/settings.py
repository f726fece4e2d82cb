"""Registry settings: one class, env prefix `REGISTRY_`, checked at start-up."""

from __future__ import annotations

import os
import re
import socket
from typing import Annotated

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from shared.settings import ConsumerRetrySettings, KafkaSettings, LogSettings, MongoSettings, comma_separated

SERVICE_NAME = "registry"

_KEY_HASH = re.compile(r"^sha256:[0-9a-f]{64}$")
# sha256("") and sha256("changeme"): hashes of values nobody should deploy.
_PLACEHOLDER_HASHES = frozenset(
    {
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "sha256:057ba03d6c44104863dc7361fe4578965d1887360f90a0895882e58a6248fc86",
    }
)


def _default_replica_id() -> str:
    # Stable across restarts of the same process slot, so a restarted replica keeps its leases.
    return f"{socket.gethostname()}:{os.environ.get('REGISTRY_PORT', '8001')}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REGISTRY_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8001, ge=1, le=65535)

    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    consumer_retry: ConsumerRetrySettings = Field(default_factory=ConsumerRetrySettings)
    mongo: MongoSettings = Field(default_factory=MongoSettings)
    log: LogSettings = Field(default_factory=LogSettings)

    coordinator_key_hashes: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        description="Comma-separated `sha256:<hex>` hashes of coordinator API keys "
        "(`python -m services.registry.keys hash KEY` prints one)",
    )

    max_body_bytes: int = Field(64 * 1024, ge=1024, description="Largest JSON request body")
    max_import_bytes: int = Field(10 * 1024 * 1024, ge=1024, description="Largest bulk-import body")
    max_import_lines: int = Field(20_000, ge=1)
    auth_failure_limit: int = Field(
        20, ge=1, description="Failed authentications a client address may make per window before it gets 429"
    )
    auth_failure_window_s: float = Field(60.0, gt=0, description="The window of auth_failure_limit")

    mongo_timeout_ms: int = Field(3_000, ge=100, description="How long a request waits for MongoDB")
    kafka_request_timeout_ms: int = Field(5_000, ge=1_000, description="Producer request timeout")

    relay_enabled: bool = Field(True, description="Off: profiles are stored but not published (tests)")
    relay_poll_interval_s: float = Field(
        2.0,
        gt=0,
        description="How often the relay looks for changes it was not told about "
        "(changes stored through this replica wake it at once)",
    )
    relay_lease_s: float = Field(30.0, gt=0, description="Length of a relay lease epoch")
    relay_batch_size: int = Field(500, ge=1, le=5_000, description="SMEs the relay reads, sends and settles together")
    group_id: str = Field(
        "registry", description="Kafka consumer group of the registry replicas (contact address confirmations)"
    )
    import_batch_size: int = Field(500, ge=1, le=5_000, description="Import lines read and written together")
    replica_id: str = Field(default_factory=_default_replica_id, min_length=1, description="Names lease holders")
    public_url: str = Field(
        "http://127.0.0.1:8001", description="Where people reach the registry (https: the dashboard cookie is Secure)"
    )
    dashboard_session_secret: SecretStr | None = Field(
        None,
        min_length=32,
        description="Signs dashboard sessions and their CSRF tokens; the same value on every replica. "
        "Unset: a random one per process, so sessions end when the process does",
    )
    dashboard_session_s: int = Field(8 * 3600, ge=60, le=7 * 24 * 3600, description="How long a dashboard login lasts")
    matcher_api_key: SecretStr | None = Field(
        None,
        description="A coordinator key the dashboard sends to the matcher (`matcher_url`) to ask which SMEs "
        "have empty lists; unset: the dashboard does not ask",
    )

    pages_secret: SecretStr | None = Field(
        None,
        min_length=32,
        description="Signs the entrepreneur pages' links, sessions and CSRF tokens; the same value on every "
        "replica. Unset: a random one per process (links and sessions end with the process)",
    )
    pages_session_s: int = Field(8 * 3600, ge=60, le=7 * 24 * 3600, description="How long an SME sign-in lasts")
    pages_sign_in_link_s: int = Field(15 * 60, ge=60, le=24 * 3600, description="How long a sign-in link works")
    pages_confirm_link_s: int = Field(
        24 * 3600, ge=300, le=7 * 24 * 3600, description="How long a registration's confirmation link works"
    )
    pages_request_limit: int = Field(
        10, ge=1, description="Registrations and sign-in emails a client address may ask for per window"
    )
    pages_request_window_s: float = Field(600.0, gt=0, description="The window of pages_request_limit")
    matcher_url: str = Field("http://127.0.0.1:8002", description="Where the pages read an SME's suggestions")
    notifier_url: str = Field("http://127.0.0.1:8003", description="Where the pages send an SME's answers")

    @field_validator("coordinator_key_hashes", mode="before")
    @classmethod
    def _split_hashes(cls, value: object) -> object:
        return tuple(comma_separated(value)) if isinstance(value, str) else value

    @field_validator("coordinator_key_hashes")
    @classmethod
    def _check_hashes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError(
                "no coordinator key configured: set REGISTRY_COORDINATOR_KEY_HASHES "
                "(python -m services.registry.keys hash KEY)"
            )
        for entry in value:
            if not _KEY_HASH.match(entry):
                raise ValueError(f"{entry[:16]!r}... is not of the form sha256:<64 lowercase hex digits>")
            if entry in _PLACEHOLDER_HASHES:
                raise ValueError("a coordinator key hash is the hash of a placeholder value")
        return value

    @model_validator(mode="after")
    def _lease_outlives_delivery(self) -> Settings:
        # A replica whose lease ended must not still be sending: otherwise an old
        # version could land after a newer one and survive compaction.
        if self.relay_lease_s < 2 * self.relay_send_deadline_s:
            raise ValueError("relay_lease_s must be at least twice the send deadline (4 x kafka_request_timeout_ms)")
        return self

    @property
    def relay_send_deadline_s(self) -> float:
        """How long one send may take: metadata wait plus delivery, each bounded by the request timeout."""
        return 2 * self.kafka_request_timeout_ms / 1000

    @property
    def database_name(self) -> str:
        return f"{self.mongo.db_prefix}{SERVICE_NAME}"
