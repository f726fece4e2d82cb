"""Applies the confirmations of new contact addresses that the notifier publishes.

A changed `contact_email` waits as `pending_contact_email` (see `profile.to_snapshot`)
until the person at the new address follows the signed link the notifier sent
there; the notifier then publishes `ContactEmailConfirmedV1` on
`sme.contact_confirmations` (the digest of the address, not the address). Here the
registry stores the next version using the pending address, if it is still that
one, and publishes it like any change. Applying one twice finds nothing pending
and does nothing, so a batch read again is harmless.

The consumer loop is the shared one (`shared.consumer_loop`, decision 0013): a
record that cannot be read goes to `sme.contact_confirmations.dlq` at once; one our
database keeps refusing goes there after the retries, for `clusterlink dlq replay`.
A new consumer group starts at the end of the topic.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from prometheus_client import Counter
from pydantic import ValidationError

from services.registry.service import Registry
from shared.consumer_loop import ConsumerLoop, LoopSpec, Record
from shared.consumer_retry import RetryPolicy, record_context
from shared.events import ContactEmailConfirmedV1
from shared.topics import CONTACT_CONFIRMATIONS

log = logging.getLogger(__name__)


def unreadable(record: Record) -> str | None:
    try:
        ContactEmailConfirmedV1.model_validate_json(record.value or b"")
    except ValidationError as exc:
        return f"not a valid ContactEmailConfirmedV1: {exc}"
    return None


class ContactConfirmations:
    def __init__(
        self,
        registry: Registry,
        bootstrap_servers: str,
        group_id: str,
        *,
        retry: RetryPolicy | None = None,
        dead_lettered: Counter | None = None,
        retries: Counter | None = None,
    ) -> None:
        self._registry = registry
        self.loop = ConsumerLoop(
            LoopSpec(
                "contact confirmations",
                (CONTACT_CONFIRMATIONS,),
                bootstrap_servers,
                group_id,
                # A new group starts at the end: older confirmations are of addresses long settled
                # (or of other registries' databases, as in a shared test broker). One missed at the
                # very first start is recovered by following the link again: it publishes again.
                auto_offset_reset="latest",
                max_records=100,
            ),
            poison=unreadable,
            apply=self.apply,
            retry=retry,
            dead_lettered=dead_lettered,
            retries=retries,
        )

    async def run(self) -> None:
        await self.loop.run()

    async def apply(self, records: Sequence[Record]) -> None:
        for record in records:  # in order; each is idempotent
            event = ContactEmailConfirmedV1.model_validate_json(record.value or b"")
            applied = await self._registry.confirm_contact_email(
                event.sme_id, event.address_sha256, event.correlation_id
            )
            log.info(
                "contact address confirmed" if applied else "contact confirmation had nothing to apply",
                extra=record_context(
                    record, sme_id=event.sme_id, event_id=event.event_id, correlation_id=event.correlation_id
                ),
            )
