"""Every consumer's one policy for records it cannot apply (decision 0013).

- Poison (undecodable or invalid): to the topic's dead-letter topic at once, with the
  reason. Nothing is skipped silently.
- A failure of our own storage or of the broker: the same work is tried again after
  an exponential backoff (`RetryPolicy`, set by `CONSUMER_RETRY_*`). When the budget is
  spent, the record goes to the dead-letter topic with "storage failed after N attempts:
  <error class>: <message>" and the partition moves on; `clusterlink dlq replay` brings
  it back once the cause is fixed.
- A batch whose budget is spent is applied again one record at a time, once each, so
  only the records that still fail are dead-lettered; after `OUTAGE_RUN` failures in a
  row it is an outage, and the rest of the batch is dead-lettered without more tries.

Retries and dead letters are counted in the service's metrics, and every log line
names the record: topic, partition, offset, event id and correlation id.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from prometheus_client import Counter

from shared.dead_letter import dead_letter_record, redact_error
from shared.logging import redact
from shared.settings import ConsumerRetrySettings

log = logging.getLogger(__name__)

# Records in a row that fail alone, after their batch failed, before the rest of it is taken for
# an outage and dead-lettered without a try of its own.
OUTAGE_RUN = 3

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class RetryPolicy:
    """`attempts` tries in all; the n-th wait is `first_delay_s * 2**(n-1)`, at most `max_delay_s`."""

    attempts: int = 8
    first_delay_s: float = 0.5
    max_delay_s: float = 30.0

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.first_delay_s < 0 or self.max_delay_s < self.first_delay_s:
            raise ValueError(f"invalid retry policy {self!r}")

    @classmethod
    def of(cls, settings: ConsumerRetrySettings) -> RetryPolicy:
        return cls(settings.attempts, settings.first_delay_s, settings.max_delay_s)

    def delay(self, failed_attempt: int) -> float:
        """The wait after the `failed_attempt`-th try (1-based) failed."""
        return float(min(self.max_delay_s, self.first_delay_s * 2 ** (failed_attempt - 1)))

    def delays(self) -> list[float]:
        """Every wait of a spent budget: one fewer than the attempts."""
        return [self.delay(n) for n in range(1, self.attempts)]


class RetriesSpent(Exception):
    """Every attempt failed; `reason` is what the dead letter says."""

    def __init__(self, attempts: int, last: BaseException) -> None:
        self.attempts = attempts
        self.last = last
        super().__init__(failure_reason(attempts, last))

    @property
    def reason(self) -> str:
        return str(self)


def failure_reason(attempts: int, error: BaseException) -> str:
    # Redacted twice over: pydantic's quoted input, and addresses or link tokens a driver may echo.
    message = redact(redact_error(str(error)))
    return f"storage failed after {attempts} attempt{'s' if attempts != 1 else ''}: {type(error).__name__}: {message}"


def _headers(record: Any) -> dict[str, str]:
    return {k: bytes(v).decode("utf-8", "replace") for k, v in (getattr(record, "headers", None) or ())}


def record_context(record: Any, **extra: Any) -> dict[str, Any]:
    """What every log line about a consumed record carries."""
    headers = _headers(record)
    return {
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "event_id": headers.get("event_id"),
        "correlation_id": headers.get("correlation_id"),
        **extra,
    }


def batch_context(records: Sequence[Any]) -> dict[str, Any]:
    """A batch in a log line: its size and where it starts."""
    first = records[0]
    return {**record_context(first), "records": len(records)}


class _Producer(Protocol):
    async def publish(
        self, message: bytes, topic: str, *, key: bytes | None = ..., headers: dict[str, str] | None = ...
    ) -> object: ...


class ConsumerPolicy:
    """The policy bound to one consumer: its producer of dead letters, its counters, its name."""

    def __init__(
        self,
        producer: _Producer,
        policy: RetryPolicy,
        *,
        consumer: str,
        dead_lettered: Counter | None = None,
        retries: Counter | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.producer = producer
        self.policy = policy
        self.consumer = consumer  # names the consumer (group) in logs
        self._dead_lettered = dead_lettered  # by source topic
        self._retries = retries  # by topic
        self._sleep = sleep

    async def dead_letter(self, record: Any, reason: str) -> None:
        """Send `record` to its dead-letter topic; raises if the broker does not take it (nothing
        is committed then, so the record is read again)."""
        log.warning(
            "record dead-lettered: %s",
            redact_error(reason)[:300],
            extra=record_context(record, consumer=self.consumer),
        )
        await dead_letter_record(self.producer, record, reason, self.consumer)
        if self._dead_lettered is not None:
            self._dead_lettered.labels(record.topic).inc()

    async def retry(self, work: Callable[[], Awaitable[T]], records: Sequence[Any]) -> T:
        """`work()` until it succeeds or the budget is spent (then `RetriesSpent`). `records` are
        what it applies, for the log lines and the retry count."""
        attempt = 1
        while True:
            try:
                return await work()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if attempt >= self.policy.attempts:
                    raise RetriesSpent(attempt, exc) from exc
                delay = self.policy.delay(attempt)
                log.warning(
                    "could not apply; retrying in %.1f s (attempt %d of %d): %s: %s",
                    delay, attempt, self.policy.attempts, type(exc).__name__, redact(redact_error(str(exc)))[:300],
                    extra={**batch_context(records), "consumer": self.consumer},
                )  # fmt: skip
                if self._retries is not None and records:
                    self._retries.labels(records[0].topic).inc()
                await self._sleep(delay)
                attempt += 1

    async def apply_one(self, record: Any, work: Callable[[], Awaitable[object]]) -> bool:
        """Apply one record with retries; dead-letter it once they are spent. True if applied."""
        try:
            await self.retry(work, (record,))
            return True
        except RetriesSpent as spent:
            await self.dead_letter(record, spent.reason)
            return False

    async def apply_batch(
        self,
        records: Sequence[R],
        apply_all: Callable[[Sequence[R]], Awaitable[object]],
        apply_single: Callable[[R], Awaitable[object]] | None = None,
    ) -> list[R]:
        """Apply `records` together with retries; once the budget is spent, each one alone, once,
        and dead-letter those that still fail. Returns the records dead-lettered."""
        if not records:
            return []
        try:
            await self.retry(lambda: apply_all(records), records)
            return []
        except RetriesSpent as spent:
            if len(records) == 1:  # alone already: nothing to tell apart
                await self.dead_letter(records[0], spent.reason)
                return list(records)
            log.error(
                "batch not applied after %d attempts; applying its records one at a time",
                spent.attempts, extra={**batch_context(records), "consumer": self.consumer},
            )  # fmt: skip
        single = apply_single or (lambda record: apply_all((record,)))
        failed: list[R] = []
        run: list[BaseException] = []  # failures in a row since the last record applied
        for record in records:
            if len(run) >= OUTAGE_RUN:
                # An outage, not a bad record: trying each of hundreds would outlast the consumer's
                # poll interval (a rebalance, and the batch read again). They have had the batch's tries.
                await self.dead_letter(record, failure_reason(self.policy.attempts, run[-1]))
                failed.append(record)
                continue
            try:
                await single(record)
                run.clear()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                # Counted as attempts of this record: the batch's and its own.
                await self.dead_letter(record, failure_reason(self.policy.attempts + 1, exc))
                failed.append(record)
                run.append(exc)
        return failed
