"""The AsyncAPI declarations (`clusterlink/asyncapi.py`) are written by hand beside the consumers;
this ties them to the code: every topic a service's modules name is a channel of its document,
and every channel of its document is a topic its modules name (or the dead letters of one)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import shared.topics
from clusterlink.asyncapi import SERVICES, document
from clusterlink.paths import REPO_ROOT
from shared.topics import dead_letter

TOPIC_NAMES = {name for name, value in vars(shared.topics).items() if name.isupper() and isinstance(value, str)}


def topics_named_by(package: Path) -> set[str]:
    """The topics the package's modules import from `shared.topics` by name (how every module names one)."""
    found: set[str] = set()
    for module in package.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "shared.topics":
                found |= {getattr(shared.topics, a.name) for a in node.names if a.name in TOPIC_NAMES}
    return found


def topic_constants() -> set[str]:
    return {getattr(shared.topics, name) for name in TOPIC_NAMES}


@pytest.mark.parametrize("service", SERVICES)
def test_the_document_has_a_channel_for_every_topic_the_service_names_and_no_other(service: str) -> None:
    named = topics_named_by(REPO_ROOT / "services" / service) & topic_constants()
    channels = {c["address"] for c in document(service)["channels"].values()}
    main = {c for c in channels if not c.endswith(".dlq")}
    assert main == named, f"clusterlink/asyncapi.py declares {sorted(main)}; services/{service} names {sorted(named)}"
    letters = channels - main
    assert letters <= {dead_letter(t) for t in named}, f"dead letters of topics {service} never reads: {letters}"


def test_a_topic_named_in_code_but_not_declared_is_caught(tmp_path: Path) -> None:
    (tmp_path / "new_reader.py").write_text("from shared.topics import EMAIL_LINKS, SME_PROFILES\n", encoding="utf-8")
    assert topics_named_by(tmp_path) == {shared.topics.EMAIL_LINKS, shared.topics.SME_PROFILES}
    channels = {c["address"] for c in document("matcher")["channels"].values()}
    assert shared.topics.EMAIL_LINKS not in channels  # the matcher's document would then fail the test above
