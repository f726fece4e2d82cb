"""Settings pieces every service shares; each service composes them into its own class."""

from __future__ import annotations

import sys
from typing import TypeVar

from pydantic import Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

AnySettings = TypeVar("AnySettings", bound=BaseSettings)


def load_or_exit(settings_class: type[AnySettings]) -> AnySettings:
    """A service's settings from the environment, or exit 2 naming each bad setting and why
    (an operator reads a line per setting, not a traceback; values are never printed: secrets)."""
    try:
        return settings_class()
    except ValidationError as exc:
        reasons = [f"{'.'.join(str(part) for part in e['loc']) or 'settings'}: {e['msg']}" for e in exc.errors()]
        print(f"{settings_class.__module__}: invalid settings\n  " + "\n  ".join(reasons), file=sys.stderr)
        raise SystemExit(2) from None


class KafkaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KAFKA_", extra="ignore")

    bootstrap_servers: str = Field("127.0.0.1:9092", description="Kafka bootstrap servers, comma separated")


def comma_separated(text: str) -> list[str]:
    """`a, b,c,` as `["a", "b", "c"]`: lists in environment variables (Kafka brokers, key hashes).
    FastStream's KafkaBroker, for one, takes a string of brokers as one host name."""
    return [part.strip() for part in text.split(",") if part.strip()]


class MongoSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MONGODB_", extra="ignore")

    url: str = Field("mongodb://127.0.0.1:27017/", description="MongoDB (or FerretDB) connection URL")
    db_prefix: str = Field("", description="Prefix of every database name; lets test runs stay apart")
    max_pool_size: int = Field(
        16,
        ge=1,
        description="Connections per service process; FerretDB on PostgreSQL may hold two backend "
        "connections per request, so all services' pools together must stay well under its pool",
    )
    query_stats_interval_s: float = Field(
        0.0, ge=0, description="Log per-collection command counts and durations this often; 0 = off"
    )


class LogSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LOG_", extra="ignore")

    level: str = "INFO"
    json_format: bool = Field(False, alias="LOG_JSON")


class ConsumerRetrySettings(BaseSettings):
    """How long a consumer retries a record it could not store before dead-lettering it (decision 0013)."""

    model_config = SettingsConfigDict(env_prefix="CONSUMER_RETRY_", extra="ignore")

    attempts: int = Field(8, ge=1, le=100, description="Tries in all before a record goes to its dead-letter topic")
    first_delay_s: float = Field(0.5, ge=0, description="Wait after the first failed try; doubled after each one")
    max_delay_s: float = Field(30.0, ge=0, description="Longest wait between two tries")

    @model_validator(mode="after")
    def _longest_is_not_shorter(self) -> ConsumerRetrySettings:
        if self.max_delay_s < self.first_delay_s:
            raise ValueError("CONSUMER_RETRY_MAX_DELAY_S must not be below CONSUMER_RETRY_FIRST_DELAY_S")
        return self
