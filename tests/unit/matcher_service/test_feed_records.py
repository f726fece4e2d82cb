"""What one record of the feed does to the index and to the batch handed to the keeper."""

from __future__ import annotations

from aiokafka import ConsumerRecord

from services.matcher.feed import Batch, apply_record, apply_records
from services.matcher.live_index import LiveIndex
from shared.events import TOMBSTONE_EVENT_TYPE, MatchFeedbackV1
from shared.topics import MATCH_FEEDBACK, SME_PROFILES
from tests.unit.matcher_service.factories import changed, profile
from tests.unit.matcher_service.overlap_engine import overlap_engine

_offsets = iter(range(1_000_000))


def record(
    topic: str, key: bytes | None, value: bytes | None, headers: tuple[tuple[str, bytes], ...] = ()
) -> ConsumerRecord[bytes, bytes]:
    return ConsumerRecord(
        topic=topic,
        partition=2,
        offset=next(_offsets),
        timestamp=0,
        timestamp_type=0,
        key=key,
        value=value,
        checksum=None,
        serialized_key_size=0,
        serialized_value_size=0,
        headers=headers,
    )


def snapshot(sme_id: str, version: int = 1, **fields: tuple[str, ...]) -> ConsumerRecord[bytes, bytes]:
    event = changed(profile(sme_id, **fields), version)
    return record(SME_PROFILES, sme_id.encode(), event.to_bytes(), (("event_type", event.event_type.encode()),))


def fitted_index() -> LiveIndex:
    live = LiveIndex(overlap_engine(), 10)
    live.complete_refit(live.build_index(live.begin_refit()), 0)
    return live


def test_a_snapshot_is_indexed_under_its_partition_and_noted_once_per_batch() -> None:
    live, batch = fitted_index(), Batch()
    apply_record(live, snapshot("a", 1, offers=("hemp yarn",)), batch)
    apply_record(live, snapshot("a", 2, offers=("hemp cloth",)), batch)
    apply_record(live, snapshot("a", 2, offers=("hemp cloth",)), batch)  # a re-publication
    assert batch.changed == {"a"} and not batch.erased
    assert live.version_of("a") == 2 and live.partition_of("a") == 2


def test_an_erasure_in_the_same_batch_wins_over_the_change_before_it() -> None:
    live, batch = fitted_index(), Batch()
    apply_record(live, snapshot("a", 1, offers=("hemp yarn",)), batch)
    headers = (("event_type", TOMBSTONE_EVENT_TYPE.encode()), ("version", b"2"))
    apply_record(live, record(SME_PROFILES, b"a", None, headers), batch)
    assert batch.erased == {"a"} and not batch.changed and "a" not in live


def test_a_decline_blocks_the_pair_once_and_an_accept_changes_nothing() -> None:
    live, batch = fitted_index(), Batch()
    for decision in ("decline", "decline", "accept"):
        feedback = MatchFeedbackV1(
            suggestion_id="sg-1", supplier_id="s", buyer_id="b", by_sme_id="b", decision=decision
        )
        apply_record(live, record(MATCH_FEEDBACK, b"sg-1", feedback.to_bytes()), batch)
    assert [(d.supplier_id, d.buyer_id) for d in batch.declined] == [("s", "b")]
    assert live.is_declined("s", "b")


def test_records_that_can_never_apply_are_poison_with_a_reason_and_change_nothing() -> None:
    live, batch = fitted_index(), Batch()
    wrong_key = changed(profile("a", offers=("hemp yarn",))).to_bytes()
    apply_record(live, record(SME_PROFILES, b"other", wrong_key, (("event_type", b"sme.profile.changed"),)), batch)
    apply_record(live, record(SME_PROFILES, b"x", b"{not json"), batch)
    apply_record(live, record(MATCH_FEEDBACK, b"sg", b'{"decision": "maybe"}'), batch)
    assert len(batch.poison) == 3 and all(p.error for p in batch.poison)
    assert [p.record.topic for p in batch.poison] == [SME_PROFILES, SME_PROFILES, MATCH_FEEDBACK]
    assert not batch.changed and not batch.declined and len(live) == 0


def test_a_record_the_engine_fails_on_is_poison_and_the_rest_of_the_fetch_still_applies() -> None:
    live, batch = fitted_index(), Batch()
    apply_change = live.apply_change

    def fails_on_b(profile, *args, **kwargs):  # type: ignore[no-untyped-def]
        if profile.id == "b":
            raise RuntimeError("engine bug")
        return apply_change(profile, *args, **kwargs)

    live.apply_change = fails_on_b  # type: ignore[method-assign]
    records = [snapshot("a", offers=("hemp yarn",)), snapshot("b"), snapshot("c", needs=("hemp yarn",))]
    apply_records(live, records, batch)
    assert batch.changed == {"a", "c"}
    assert [p.record.key for p in batch.poison] == [b"b"]
    assert "engine bug" in batch.poison[0].error


def test_a_change_no_bulk_import_wrote_is_prompt_even_in_a_batch_of_imported_ones() -> None:
    live, batch = fitted_index(), Batch()
    imported = snapshot("imported", offers=("hemp yarn",))
    imported = record(SME_PROFILES, imported.key, imported.value, (*imported.headers, ("origin", b"import")))
    apply_records(live, [imported, snapshot("registered", offers=("hemp cloth",))], batch)

    assert batch.changed == {"imported", "registered"}
    assert batch.prompt == {"registered"}  # told at once; the imported one may wait for its burst

    apply_record(
        live, record(SME_PROFILES, b"registered", None, (("event_type", TOMBSTONE_EVENT_TYPE.encode()),)), batch
    )
    assert batch.prompt == set()  # erased: nothing of it is told
