"""Poison records of the feed go to the dead-letter topic once, whichever replica sees them first.

Every replica reads every record, and again after each restart, so a send is
recorded under the record's position as `_id`. At least once: the record is sent
before it is recorded, so two replicas seeing it at the same moment may both send it.

Like every consumer's dead letters, each names who gave up on it (`dlq_consumer`): the feed
reads outside any consumer group, so the matcher's group id stands for the deployment.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from prometheus_client import Counter
from pymongo.errors import DuplicateKeyError

from services.matcher.feed import Batch
from shared.consumer_retry import record_context
from shared.dead_letter import dead_letter_record, redact_error
from shared.mongo import MongoDatabase

log = logging.getLogger(__name__)

COLLECTION = "dead_lettered"


class FeedDeadLetters:
    def __init__(self, db: MongoDatabase, producer: Any, counted: Counter | None = None, *, consumer: str) -> None:
        self._claims = db[COLLECTION]
        self._producer = producer
        self._counted = counted  # by source topic
        self._consumer = consumer

    async def send(self, batch: Batch) -> None:
        for poison in batch.poison:
            record = poison.record
            claim = f"{record.topic}:{record.partition}:{record.offset}"
            if await self._claims.find_one({"_id": claim}, {"_id": 1}) is not None:
                continue  # another replica, or this one before a restart, sent it
            await dead_letter_record(self._producer, record, poison.error, self._consumer)
            error = redact_error(poison.error)  # pydantic quotes the input: no personal data kept or logged
            with contextlib.suppress(DuplicateKeyError):
                await self._claims.insert_one({"_id": claim, "error": error})
            if self._counted is not None:
                self._counted.labels(record.topic).inc()
            log.warning(
                "message dead-lettered",
                extra=record_context(record, consumer=self._consumer, error=error[:300]),
            )
