"""Matcher settings: one class, env prefix MATCHER_."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.access import AccessSettings
from shared.settings import KafkaSettings, LogSettings, MongoSettings


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHER_", extra="ignore")

    service_name: str = "matcher"
    host: str = "127.0.0.1"
    port: int = 8002
    group_id: str = Field(
        "matcher", description="Consumer group whose partition assignment splits the lists between replicas"
    )
    k: int = Field(10, ge=1, le=50, description="Length of every stored top-k list; entering it is a suggestion")
    refit_interval_s: float = Field(
        30.0,
        gt=0,
        description="How often vocabulary and weights are refitted on all live profiles, if any changed; "
        "words first seen since the last fit count only after it",
    )
    refit_min_changes: int = Field(1, ge=1, description="Profile changes since the last fit needed to refit")
    refit_min_share: float = Field(
        0.01,
        ge=0,
        le=1,
        description="Share of the fitted profiles that must have changed for a periodic refit; "
        "fewer changes wait at most MATCHER_REFIT_MAX_WAIT_S",
    )
    refit_max_wait_s: float = Field(
        600.0, ge=0, description="Longest a change below MATCHER_REFIT_MIN_SHARE waits for a periodic refit"
    )
    burst_records: int = Field(
        20, ge=1, description="A fetch of at least this many records starts a burst: its lists wait for the end"
    )
    burst_idle_s: float = Field(
        2.0, gt=0, le=10, description="A burst ends after this long without records (above the relay's pages)"
    )
    burst_max_hold_s: float = Field(
        10.0,
        ge=0,
        description="Lists wait this long in a burst; a longer one is refreshed and holds on, without refits, "
        "for twice as long as each refresh took (at most 6 times this); 0 refreshes after every fetch",
    )
    fit_jobs: int = Field(
        0,
        ge=0,
        description="Processes a large fit (20,000 or more SMEs) may fork; 0: one per core this process may use, "
        "1: fit in-process",
    )
    kafka_session_timeout_ms: int = Field(
        30_000,
        ge=1000,
        description="The list-owning group member's session: a replica silent this long loses its lists to the "
        "others. 10 s was too short on two busy cores with 20,000 SMEs (full garbage collections and passes), "
        "and each lost session costs a takeover and a pass over every list",
    )
    kafka_heartbeat_interval_ms: int = Field(3_000, ge=100)

    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    mongo: MongoSettings = Field(default_factory=MongoSettings)
    log: LogSettings = Field(default_factory=LogSettings)
    access: AccessSettings = Field(default_factory=AccessSettings)

    @property
    def database_name(self) -> str:
        return f"{self.mongo.db_prefix}{self.service_name}"
