"""A record the engine fails on is dead-lettered and leaves no trace, so its replay is applied."""

from __future__ import annotations

from aiokafka import ConsumerRecord

from services.matcher.feed import Batch, apply_records
from services.matcher.live_index import Engine, EngineIndex, LiveIndex
from shared.events import TOMBSTONE_EVENT_TYPE, MatchFeedbackV1
from shared.topics import MATCH_FEEDBACK, SME_PROFILES
from tests.unit.matcher_service.overlap_engine import OverlapIndex, WordsMatch, WordsProfile, to_words_profile
from tests.unit.matcher_service.test_feed_records import record, snapshot


class FailsOnce(OverlapIndex):
    """The engine failing once on each named SME or pair, then working (the fix deployed)."""

    def __init__(self, k: int, failing: set[str]) -> None:
        super().__init__(k)
        self.failing = failing

    def _fail_once(self, name: str) -> None:
        if name in self.failing:
            self.failing.discard(name)
            raise RuntimeError(f"engine fault on {name}")

    def upsert(self, profile: WordsProfile) -> list[WordsMatch]:
        self._fail_once(profile.id)
        return super().upsert(profile)

    def remove(self, sme_id: str) -> None:
        self._fail_once(f"remove {sme_id}")
        super().remove(sme_id)

    def decline(self, supplier_id: str, buyer_id: str) -> None:
        self._fail_once(f"decline {supplier_id}|{buyer_id}")
        super().decline(supplier_id, buyer_id)


def fitted(failing: set[str], *records: ConsumerRecord[bytes, bytes]) -> LiveIndex:
    """An index fitted on `records`, as the feed fits it once caught up at start-up."""

    def new_index(k: int) -> EngineIndex:
        return FailsOnce(k, failing)

    live = LiveIndex(Engine(new_index=new_index, to_profile=to_words_profile), 10)
    apply_records(live, records, Batch())
    live.complete_refit(live.build_index(live.begin_refit()), 0)
    return live


def replay_of(original: ConsumerRecord[bytes, bytes]) -> ConsumerRecord[bytes, bytes]:
    """What `clusterlink dlq replay` puts back on the source topic: the same key, bytes and headers."""
    headers = (*original.headers, ("dlq_replay_of", b"sme.profiles.dlq:0:0"))
    return record(original.topic, original.key, original.value, headers)


def test_a_snapshot_the_engine_failed_on_is_indexed_by_its_replay() -> None:
    live = fitted({"s"}, snapshot("b", 1, needs=("hemp yarn",)))
    failed, first = snapshot("s", 1, offers=("hemp yarn",)), Batch()

    apply_records(live, [failed], first)

    assert [p.record for p in first.poison] == [failed] and not first.changed
    assert "s" not in live and live.version_of("s") is None

    replayed = Batch()
    apply_records(live, [replay_of(failed)], replayed)

    assert not replayed.poison and replayed.changed == {"s"}
    assert live.version_of("s") == 1
    assert live.partners("b", "suppliers") == {"s"}


def test_an_erasure_the_engine_failed_on_is_applied_by_its_replay() -> None:
    live = fitted({"remove s"}, snapshot("b", 1, needs=("hemp yarn",)), snapshot("s", 1, offers=("hemp yarn",)))
    assert live.partners("b", "suppliers") == {"s"}
    headers = (("event_type", TOMBSTONE_EVENT_TYPE.encode()), ("version", b"2"))
    tombstone, first = record(SME_PROFILES, b"s", None, headers), Batch()

    apply_records(live, [tombstone], first)

    assert [p.record for p in first.poison] == [tombstone] and not first.erased
    assert "s" in live

    replayed = Batch()
    apply_records(live, [replay_of(tombstone)], replayed)

    assert not replayed.poison and replayed.erased == {"s"}
    assert "s" not in live and live.partners("b", "suppliers") == set()


def test_a_decline_the_engine_failed_on_is_applied_by_its_replay() -> None:
    live = fitted({"decline s|b"}, snapshot("b", 1, needs=("hemp yarn",)), snapshot("s", 1, offers=("hemp yarn",)))
    assert live.partners("b", "suppliers") == {"s"}
    feedback = MatchFeedbackV1(suggestion_id="sg-1", supplier_id="s", buyer_id="b", by_sme_id="b", decision="decline")
    declined, first = record(MATCH_FEEDBACK, b"sg-1", feedback.to_bytes()), Batch()

    apply_records(live, [declined], first)

    assert [p.record for p in first.poison] == [declined] and not live.is_declined("s", "b")

    replayed = Batch()
    apply_records(live, [replay_of(declined)], replayed)

    assert not replayed.poison and [(d.supplier_id, d.buyer_id) for d in replayed.declined] == [("s", "b")]
    assert live.partners("b", "suppliers") == set()
