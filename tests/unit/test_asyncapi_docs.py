"""docs/asyncapi/ holds what FastStream generates for each service; a stale document fails here (and in CI)."""

from __future__ import annotations

import json
from pathlib import Path

from clusterlink.asyncapi import DOCS_DIR, SERVICES, document, stale, write
from clusterlink.cli import main


def test_the_committed_documents_are_what_the_code_generates() -> None:
    assert stale(DOCS_DIR) == [], "run `.venv/bin/clusterlink asyncapi` and commit docs/asyncapi/"


def test_a_changed_or_missing_document_is_reported_and_check_exits_non_zero(tmp_path: Path) -> None:
    write(tmp_path)
    doc = json.loads((tmp_path / "matcher.json").read_text(encoding="utf-8"))
    doc["components"]["schemas"]["MatchFeedbackV1"]["properties"].pop("decision")
    (tmp_path / "matcher.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "registry.json").unlink()

    assert stale(tmp_path) == ["registry", "matcher"]
    assert main(["asyncapi", "--check", "--out", str(tmp_path)]) == 1
    assert main(["asyncapi", "--out", str(tmp_path)]) == 0
    assert stale(tmp_path) == []


def test_each_service_document_names_the_topics_it_reads_and_writes_with_their_event_schemas() -> None:
    addresses = {name: {c["address"] for c in document(name)["channels"].values()} for name in SERVICES}

    assert addresses["registry"] == {
        "sme.profiles",
        "sme.email_links",
        "sme.contact_confirmations",
        "match.suggestions",
        "match.feedback",
        "sme.contact_confirmations.dlq",
        "match.suggestions.dlq",
        "match.feedback.dlq",
        "sme.profiles.dlq",
    }
    assert addresses["matcher"] == {
        "sme.profiles",
        "match.feedback",
        "match.suggestions",
        "sme.profiles.dlq",
        "match.feedback.dlq",
    }
    assert addresses["notifier"] == {
        "sme.profiles",
        "match.suggestions",
        "match.feedback",
        "sme.email_links",
        "sme.contact_confirmations",
        "sme.profiles.dlq",
        "match.suggestions.dlq",
        "sme.email_links.dlq",
    }
    schemas = document("notifier")["components"]["schemas"]
    assert {"SmeProfileChangedV1", "MatchSuggestedV1", "MatchFeedbackV1"} <= set(schemas)
    assert schemas["SubCluster"]["enum"] == [
        "hemp_natural_fibre", "circular_textile", "sportech", "ageing_lifestyle_central", "ageing_lifestyle_isan",
    ]  # fmt: skip
    assert schemas["Stage"]["enum"] == ["upstream", "midstream", "downstream"]
    assert all(p.get("description") for p in schemas["MatchFeedbackV1"]["properties"].values())


def test_every_topic_a_service_reads_has_its_dead_letter_topic_and_every_field_a_description() -> None:
    for name in SERVICES:
        doc = document(name)
        addresses = {c["address"] for c in doc["channels"].values()}
        for schema_name, schema in doc["components"]["schemas"].items():
            undescribed = [p for p, v in (schema.get("properties") or {}).items() if not v.get("description")]
            assert undescribed == [], f"{name}: {schema_name} has fields without a description: {undescribed}"
        assert {f"{topic}.dlq" for topic in _read_by(doc)} <= addresses, name
    for name in ("registry", "notifier"):  # the link and confirmation events travel between these two
        assert {"EmailLinkRequestedV1", "ContactEmailConfirmedV1"} <= set(document(name)["components"]["schemas"])


def _read_by(doc: dict[str, object]) -> set[str]:
    """The topics a document's service subscribes to (its `receive` operations)."""
    channels: dict[str, dict[str, str]] = doc["channels"]  # type: ignore[assignment]
    operations: dict[str, dict[str, object]] = doc["operations"]  # type: ignore[assignment]
    read = set()
    for op in operations.values():
        if op["action"] == "receive":
            ref = op["channel"]["$ref"].rsplit("/", 1)[-1]  # type: ignore[index]
            read.add(channels[ref]["address"])
    return read
