"""What an import line stores, and which outbox markers the relay may drop (pure; no I/O)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from services.registry.changes import import_line, registration
from services.registry.documents import ProfileVersion, VersionKind
from services.registry.errors import InvalidProfile
from services.registry.outbox import OutboxEntry, erased
from services.registry.profile import ProfileIn
from services.registry.relay import _nothing_to_publish
from services.registry.relay_store import Marker
from services.registry.version_walk import Unsettled

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _line(**changes: Any) -> ProfileIn:
    data: dict[str, Any] = {
        "id": "sme-0042",
        "name": "ผ้าครามทอมือสมบูรณ์",
        "sub_cluster": "ageing_lifestyle_isan",
        "stage": "midstream",
        "province": "สกลนคร",
        "offers": ["ผ้าฝ้ายย้อมคราม"],
        "contact_email": "owner@example.com",
        "language": "th",
    }
    return ProfileIn.model_validate(data | changes)


def _stored(version: int = 1, **changes: Any) -> ProfileVersion:
    return registration("sme-0042", version, _line(**changes), "setup", NOW - timedelta(days=1)).stored


def _tombstone(version: int) -> ProfileVersion:
    return ProfileVersion("sme-0042", version, VersionKind.ERASED, None, None, (), None, NOW, erased(version, "x"))


def test_a_new_sme_gets_version_1_a_token_and_an_event_with_the_correlation_id() -> None:
    outcome = import_line(None, _line(), "import-7", NOW)

    assert (outcome.status, outcome.stored.version, outcome.writes) == ("created", 1, True)
    assert outcome.sme_token is not None and outcome.sme_token.startswith("sme-0042.")
    assert outcome.stored.event is not None and outcome.stored.event.correlation_id == "import-7"
    assert json.loads(outcome.stored.event.payload or b"")["profile"]["province"] == "Sakon Nakhon"


def test_import_events_say_so_in_a_header_that_survives_the_outbox_and_single_changes_carry_none() -> None:
    created = import_line(None, _line(), "import-7", NOW).stored.event
    updated = import_line(_stored(2), _line(offers=["ผ้าไหมมัดหมี่"]), "import-8", NOW).stored.event
    single = _stored().event

    assert created is not None and updated is not None and single is not None
    for entry in (created, updated):
        assert entry.headers()["origin"] == "import"
        # Kept with the pending version, so a re-publication after a crash still says it.
        assert OutboxEntry.from_document(entry.to_document()).headers() == entry.headers()
    assert "origin" not in single.headers()
    assert "from_import" not in single.to_document()


def test_a_line_changes_only_the_fields_it_carries_and_keeps_the_token_and_consent() -> None:
    current = _stored(3, website="https://example.co.th")
    line = ProfileIn.model_validate({**_line().model_dump(exclude_unset=True), "needs": ["ด้ายฝ้าย"]})

    outcome = import_line(current, line, "import-8", NOW)

    assert (outcome.status, outcome.stored.version, outcome.sme_token) == ("updated", 4, None)
    assert outcome.stored.profile is not None and current.profile is not None
    assert outcome.stored.profile.needs == ("ด้ายฝ้าย",)
    assert outcome.stored.profile.website == "https://example.co.th"  # not in the line: kept
    assert outcome.stored.token_hash == current.token_hash
    assert outcome.stored.profile.consent_at == current.profile.consent_at


def test_the_same_line_again_writes_nothing() -> None:
    current = _stored(2)

    outcome = import_line(current, _line(), "again", NOW)

    assert (outcome.status, outcome.stored, outcome.writes) == ("unchanged", current, False)


def test_an_erased_sme_comes_back_only_with_fresh_consent_after_its_tombstone() -> None:
    with pytest.raises(InvalidProfile) as raised:
        import_line(_tombstone(5), _line(), "old file", NOW)  # an old file re-imported
    assert [error.field for error in raised.value.errors] == ["id"]
    assert "fresh consent" in raised.value.errors[0].reason

    outcome = import_line(_tombstone(5), _line(), "back", NOW, fresh_consent=True)

    assert (outcome.status, outcome.stored.version) == ("created", 6)
    assert outcome.sme_token is not None


def test_a_merge_that_breaks_a_rule_is_reported_with_its_field() -> None:
    line = ProfileIn.model_construct(**{**_line().model_dump(), "province": "Atlantis"})

    with pytest.raises(InvalidProfile) as raised:
        import_line(_stored(1), line, "bad", NOW)

    assert [error.field for error in raised.value.errors] == ["province"]


def _unsettled(newest: int | None, pending: tuple[int, ...] = ()) -> Unsettled:
    chain = () if newest is None else tuple(_stored(v) for v in range(newest, 0, -1))
    return Unsettled("sme-0042", chain, tuple(_stored(v) for v in pending), newest)


@pytest.mark.parametrize(
    ("marker_version", "age", "newest", "pending", "dropped"),
    [
        (3, timedelta(0), 3, (3,), False),  # its version waits to be published
        (2, timedelta(0), 3, (3,), True),  # its number is published already: a writer that lost the race
        (4, timedelta(0), 3, (3,), False),  # its writer may still be storing version 4
        (4, timedelta(hours=1), 3, (), True),  # ... unless that was long ago
        (1, timedelta(minutes=1), None, (), False),  # a first registration on its way
        (1, timedelta(hours=1), None, (), True),
    ],
)
def test_the_relay_drops_only_markers_no_pending_version_stands_behind(
    marker_version: int, age: timedelta, newest: int | None, pending: tuple[int, ...], dropped: bool
) -> None:
    marker = Marker("sme-0042", marker_version, NOW - age)

    assert _nothing_to_publish(marker, _unsettled(newest, pending), NOW) is dropped
