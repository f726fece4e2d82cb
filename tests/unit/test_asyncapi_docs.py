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

    assert addresses["registry"] == {"sme.profiles"}
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
        "sme.profiles.dlq",
        "match.suggestions.dlq",
    }
    schemas = document("notifier")["components"]["schemas"]
    assert {"SmeProfileChangedV1", "MatchSuggestedV1", "MatchFeedbackV1"} <= set(schemas)
    assert schemas["SubCluster"]["enum"] == [
        "hemp_natural_fibre", "circular_textile", "sportech", "ageing_lifestyle_central", "ageing_lifestyle_isan",
    ]  # fmt: skip
    assert schemas["Stage"]["enum"] == ["upstream", "midstream", "downstream"]
    assert all(p.get("description") for p in schemas["MatchFeedbackV1"]["properties"].values())
