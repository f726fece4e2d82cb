"""Keeps the funnel's read model from the facts the matcher and the notifier publish.

- `match.suggestions`: a pair was suggested (`MatchSuggestedV1`);
- `match.feedback`: one side accepted or declined it (`MatchFeedbackV1`);
- `sme.profiles` tombstones: an SME was erased, so its pairs are deleted.

Events about an SME the registry does not hold live (erased since, or never
its own, as on a test broker shared by several registries) are skipped: an
erasure cannot be undone by a suggestion that was in flight. Offsets are
committed only after a batch is stored; storing is idempotent (`funnel_store`),
so a batch read again after a crash changes nothing. A new consumer group
starts at the beginning of the topics (they keep a week of events). The loop is
the shared one (`shared.consumer_loop`, decision 0013): a record that cannot be
read goes to its topic's dead-letter topic at once, and a batch our database
keeps refusing is dead-lettered, record by record, after the retries.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Sequence

from aiokafka import ConsumerRecord
from prometheus_client import Counter
from pydantic import ValidationError

from services.registry.dashboard.funnel_store import FunnelStore
from services.registry.repository import ProfileRepository
from shared.consumer_loop import ConsumerLoop, LoopSpec
from shared.consumer_retry import RetryPolicy
from shared.events import MatchFeedbackV1, MatchSuggestedV1
from shared.topics import MATCH_FEEDBACK, MATCH_SUGGESTIONS, SME_PROFILES

log = logging.getLogger(__name__)

LiveIds = Callable[[Collection[str]], Awaitable[set[str]]]
Event = MatchSuggestedV1 | MatchFeedbackV1


def live_ids_in(repository: ProfileRepository) -> LiveIds:
    async def live_ids(sme_ids: Collection[str]) -> set[str]:
        # The heads alone (one small read by `_id`): the newest versions behind them doubled the
        # reads of a refit's burst of suggestions. A head is written just after its version, so
        # an erasure is seen here as soon as its tombstone can be.
        heads = await repository.heads_many(sme_ids)
        return {sme_id for sme_id, version in heads.items() if version is not None and version.live}

    return live_ids


def _read(record: ConsumerRecord[bytes, bytes]) -> Event:
    model = MatchSuggestedV1 if record.topic == MATCH_SUGGESTIONS else MatchFeedbackV1
    return model.model_validate_json(record.value or b"")


def unreadable(record: ConsumerRecord[bytes, bytes]) -> str | None:
    """Why a record can never be applied, or None. Profile snapshots are not read here (only
    their tombstones count), so only an event of the other topics can be poison."""
    if record.topic == SME_PROFILES:
        return None
    try:
        _read(record)
    except ValidationError as exc:
        return f"not a valid {'MatchSuggestedV1' if record.topic == MATCH_SUGGESTIONS else 'MatchFeedbackV1'}: {exc}"
    return None


class FunnelFeed:
    def __init__(
        self,
        store: FunnelStore,
        live_ids: LiveIds,
        bootstrap_servers: str,
        group_id: str,
        *,
        retry: RetryPolicy | None = None,
        dead_lettered: Counter | None = None,
        retries: Counter | None = None,
    ) -> None:
        self._store = store
        self._live_ids = live_ids
        self.loop = ConsumerLoop(
            LoopSpec("funnel", (MATCH_SUGGESTIONS, MATCH_FEEDBACK, SME_PROFILES), bootstrap_servers, group_id,
                     auto_offset_reset="earliest"),
            poison=unreadable, apply=self.apply, retry=retry,
            dead_lettered=dead_lettered, retries=retries,
        )  # fmt: skip

    async def run(self) -> None:
        """Consume until cancelled; an unreachable broker is retried, never fatal."""
        await self.loop.run()

    async def apply(self, records: Sequence[ConsumerRecord[bytes, bytes]]) -> None:
        tombstones = [r for r in records if r.topic == SME_PROFILES and r.value is None and r.key]
        erased = [r.key.decode("utf-8", "replace") for r in tombstones if r.key]
        events = [_read(r) for r in records if r.topic != SME_PROFILES]
        # Suggestions ask about liveness only for pairs not stored yet (most of a refit's are).
        await self._store.suggested([e for e in events if isinstance(e, MatchSuggestedV1)], self._live_ids)
        answers = [e for e in events if isinstance(e, MatchFeedbackV1)]
        live = await self._live_ids({sme for e in answers for sme in (e.supplier_id, e.buyer_id)}) if answers else set()
        for event in answers:
            if {event.supplier_id, event.buyer_id} <= live:  # few: one at a time, in order
                await self._store.answered(event)
        if erased:
            forgotten = await self._store.forget(erased)
            log.info("funnel: erased SMEs forgotten", extra={"smes": len(erased), "pairs": forgotten})
