"""Applies the confirmations of new contact addresses that the notifier publishes.

A changed `contact_email` waits as `pending_contact_email` (see `profile.to_snapshot`)
until the person at the new address follows the signed link the notifier sent
there; the notifier then publishes `ContactEmailConfirmedV1` on
`sme.contact_confirmations` (the digest of the address, not the address). Here the
registry stores the next version using the pending address, if it is still that
one, and publishes it like any change. Offsets are committed only after the
version is stored; applying one twice finds nothing pending and does nothing.
A record that cannot be read is logged (without its bytes) and skipped: a
poison message never blocks its partition. A new consumer group starts at the
end of the topic.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from services.registry.service import Registry
from shared.events import ContactEmailConfirmedV1
from shared.settings import comma_separated
from shared.topics import CONTACT_CONFIRMATIONS

log = logging.getLogger(__name__)

_RETRY_S = 5.0


class ContactConfirmations:
    def __init__(self, registry: Registry, bootstrap_servers: str, group_id: str) -> None:
        self._registry = registry
        self._bootstrap = comma_separated(bootstrap_servers)
        self._group_id = group_id

    async def run(self) -> None:
        """Consume until cancelled; an unreachable broker or database is retried, never fatal."""
        while True:
            consumer = AIOKafkaConsumer(
                CONTACT_CONFIRMATIONS,
                bootstrap_servers=self._bootstrap,
                group_id=self._group_id,
                enable_auto_commit=False,
                # A new group starts at the end: older confirmations are of addresses long settled
                # (or of other registries' databases, as in a shared test broker). One missed at the
                # very first start is recovered by following the link again: it publishes again.
                auto_offset_reset="latest",
            )
            try:
                await consumer.start()
                await self._consume(consumer)
            except asyncio.CancelledError:
                raise
            except (KafkaError, OSError):
                log.warning("contact confirmations: Kafka unavailable; retrying", exc_info=True)
            except Exception:  # our database: the batch was not committed and is read again
                log.warning("contact confirmations: could not apply a batch; retrying", exc_info=True)
            finally:
                await consumer.stop()
            await asyncio.sleep(_RETRY_S)

    async def _consume(self, consumer: AIOKafkaConsumer) -> None:
        while True:
            batches = await consumer.getmany(timeout_ms=1000, max_records=100)
            for records in batches.values():
                for record in records:
                    await self._apply(record.value, record.partition, record.offset)
            if batches:
                await consumer.commit()

    async def _apply(self, value: bytes | None, partition: int, offset: int) -> None:
        try:
            event = ContactEmailConfirmedV1.model_validate_json(value or b"")
        except ValidationError as exc:
            log.warning(
                "contact confirmation skipped: unreadable (%d errors)",
                exc.error_count(),
                extra={"topic": CONTACT_CONFIRMATIONS, "partition": partition, "offset": offset},
            )
            return
        applied = await self._registry.confirm_contact_email(event.sme_id, event.address_sha256, event.correlation_id)
        log.info(
            "contact address confirmed" if applied else "contact confirmation had nothing to apply",
            extra={"sme_id": event.sme_id, "event_id": event.event_id, "correlation_id": event.correlation_id},
        )
