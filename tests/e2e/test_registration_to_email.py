"""The whole path on real parts: HTTP registration → Kafka → matcher → notifier → SMTP sink."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from email.header import decode_header, make_header
from pathlib import Path

import httpx
import pytest

from clusterlink.localinfra import Endpoints
from tests.conftest import SESSION_DB_PREFIX
from tests.support.mailbox import html_body, messages_to, text_body, wait_for_messages
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-stack")


@pytest.fixture(scope="module")
def stack(infra: Endpoints, stack_dir: Path) -> Iterator[RunningStack]:
    # JSON logs, as operators collect them: the correlation test reads them.
    with running_stack(infra, SESSION_DB_PREFIX + "e2e_", stack_dir, extra_env={"LOG_JSON": "true"}) as s:
        yield s


def _profiles(uid: str) -> tuple[dict[str, object], dict[str, object]]:
    spinner = {
        "id": f"e2e-{uid}-spin",
        # Thai with no spaces between words, plus a rarely used character (ฃ) to catch re-encoding.
        "name": f"วิสาหกิจชุมชนปั่นด้ายกัญชงบ้านฃอนแก่น {uid}",
        "sub_cluster": "hemp_natural_fibre",
        "stage": "upstream",
        "province": "เลย",
        "offers": ["เส้นด้ายกัญชงปั่นมือ ย้อมสีธรรมชาติ เดือนละ 200 กิโลกรัม"],
        "needs": [],
        "certifications": [],
        "bcg": ["bio"],
        "contact_email": f"spin-{uid}@e2e.example",
        "language": "th",
    }
    weaver = {
        "id": f"e2e-{uid}-weave",
        "name": f"Loei Hemp Weavers {uid}",
        "sub_cluster": "hemp_natural_fibre",
        "stage": "midstream",
        "province": "Loei",
        "offers": ["handwoven hemp fabric, 90 cm wide"],
        "needs": ["hand-spun hemp yarn, naturally dyed, about 150 kg per month"],
        "certifications": [],
        "bcg": ["bio", "green"],
        "contact_email": f"weave-{uid}@e2e.example",
        "language": "en",
    }
    return spinner, weaver


def _subject(msg: object) -> str:
    raw = msg["Subject"]  # type: ignore[index]
    return str(make_header(decode_header(str(raw))))


def test_two_complementary_registrations_each_get_one_email(stack: RunningStack) -> None:
    uid = uuid.uuid4().hex[:8]
    spinner, weaver = _profiles(uid)
    headers = {"Authorization": f"Bearer {stack.api_key}"}
    with httpx.Client(base_url=stack.registry_url, headers=headers, timeout=10) as client:
        for profile in (spinner, weaver):
            response = client.post("/v1/smes", json=profile)
            assert response.status_code == 201, response.text
            assert response.headers["Location"].endswith(f"/v1/smes/{profile['id']}")

    spinner_mail = wait_for_messages(stack.mail_dir, str(spinner["contact_email"]), timeout_s=90)
    weaver_mail = wait_for_messages(stack.mail_dir, str(weaver["contact_email"]), timeout_s=90)

    # Exactly one email to each side about this pair (other SMEs in the shared
    # broker may legitimately match too, so count only mails naming the partner).
    about_weaver = [m for m in spinner_mail if str(weaver["name"]) in text_body(m)]
    about_spinner = [m for m in weaver_mail if str(spinner["name"]) in text_body(m)]
    assert len(about_weaver) == 1, [m["Subject"] for m in spinner_mail]
    assert len(about_spinner) == 1, [m["Subject"] for m in weaver_mail]

    thai_mail, english_mail = about_weaver[0], about_spinner[0]
    # The Thai recipient gets a Thai subject and body, intact.
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in _subject(thai_mail)), _subject(thai_mail)
    thai_text = text_body(thai_mail)
    assert "ผ้า" in thai_text or "ซัพพลายเออร์" in thai_text or "ผู้ซื้อ" in thai_text
    assert str(weaver["name"]) in html_body(thai_mail)
    # The English recipient sees the Thai company name byte-for-byte.
    assert all(ord(ch) < 0x0E00 or ord(ch) > 0x0E7F for ch in _subject(english_mail))
    assert str(spinner["name"]) in text_body(english_mail)
    assert str(spinner["name"]) in html_body(english_mail)
    # Contact details stay private until both sides accept.
    assert str(spinner["contact_email"]) not in text_body(english_mail) + html_body(english_mail)
    assert str(weaver["contact_email"]) not in text_body(thai_mail) + html_body(thai_mail)
    # Addressed to the right person only.
    assert (
        messages_to(stack.mail_dir, str(spinner["contact_email"]))[0]["To"].addresses[0].addr_spec
        == spinner["contact_email"]
    )


def _scrape(url: str) -> dict[str, float]:
    """`/metrics` as {sample name with labels: value}."""
    response = httpx.get(f"{url}/metrics", timeout=10)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    samples: dict[str, float] = {}
    for line in response.text.splitlines():
        if line.startswith("# TYPE "):  # a family declared, even before its first sample
            _, _, family, kind = line.split(" ")
            samples.setdefault(f"{family}_total" if kind == "counter" else family, 0.0)
        elif line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            samples[name] = float(value)
    return samples


def _total(samples: dict[str, float], prefix: str) -> float:
    return sum(v for name, v in samples.items() if name.split("{")[0] == prefix)


def test_every_service_exposes_what_it_did_at_metrics(stack: RunningStack) -> None:
    before = {name: _scrape(url) for name, url in _urls(stack).items()}
    uid = uuid.uuid4().hex[:8]
    spinner, weaver = _profiles(uid)
    with httpx.Client(
        base_url=stack.registry_url, headers={"Authorization": f"Bearer {stack.api_key}"}, timeout=10
    ) as client:
        for profile in (spinner, weaver):
            assert client.post("/v1/smes", json=profile).status_code == 201
    wait_for_messages(stack.mail_dir, str(spinner["contact_email"]), timeout_s=90)
    wait_for_messages(stack.mail_dir, str(weaver["contact_email"]), timeout_s=90)
    after = {name: _scrape(url) for name, url in _urls(stack).items()}

    def grew(service: str, metric: str) -> float:
        return _total(after[service], metric) - _total(before[service], metric)

    assert grew("registry", "clusterlink_profile_events_published_total") >= 2
    assert grew("matcher", "clusterlink_suggestions_published_total") >= 2
    assert grew("matcher", "clusterlink_lists_written_total") >= 2
    assert grew("matcher", "clusterlink_list_refresh_seconds_count") >= 1
    assert _total(after["matcher"], "clusterlink_profiles_indexed") >= 2
    assert grew("notifier", "clusterlink_emails_sent_total") >= 2
    # FastStream's own counts of what each handler received, and consumer lag per partition.
    assert grew("notifier", "clusterlink_received_messages_total") >= 4
    for service in ("matcher", "notifier"):
        lags = [n for n in after[service] if n.startswith("clusterlink_consumer_lag_records{")]
        assert any('topic="sme.profiles"' in n for n in lags), (service, lags)
    assert "clusterlink_relay_backlog" in after["registry"]
    # The operators' dashboard asks only for series the services export.
    exported = {name.split("{")[0] for samples in after.values() for name in samples}
    dashboard = (Path(__file__).parents[2] / "docs" / "operators" / "grafana-dashboard.json").read_text("utf-8")
    wanted = set(re.findall(r"clusterlink_[a-z_]+", dashboard))
    assert wanted and wanted <= exported, sorted(wanted - exported)


def _urls(stack: RunningStack) -> dict[str, str]:
    return {"registry": stack.registry_url, "matcher": stack.matcher_url, "notifier": stack.notifier_url}


def _log_lines(stack_dir: Path, service: str) -> list[dict[str, object]]:
    lines: list[dict[str, object]] = []
    for path in (stack_dir / "logs").rglob(f"{service}*.log"):
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if raw.startswith("{"):
                lines.append(json.loads(raw))
    return lines


def test_a_registration_and_its_emails_share_a_correlation_id_in_the_logs(stack: RunningStack, stack_dir: Path) -> None:
    """An operator follows one registration from the registry's log to the notifier's "email
    sent" line by the correlation id the caller gave (X-Correlation-ID)."""
    uid = uuid.uuid4().hex[:8]
    spinner, weaver = _profiles(uid)
    given = {str(spinner["id"]): f"corr-{uid}-spin", str(weaver["id"]): f"corr-{uid}-weave"}
    with httpx.Client(
        base_url=stack.registry_url, headers={"Authorization": f"Bearer {stack.api_key}"}, timeout=10
    ) as client:
        for profile in (spinner, weaver):
            sent = client.post("/v1/smes", json=profile, headers={"X-Correlation-ID": given[str(profile["id"])]})
            assert sent.status_code == 201, sent.text
    wait_for_messages(stack.mail_dir, str(spinner["contact_email"]), timeout_s=90)
    wait_for_messages(stack.mail_dir, str(weaver["contact_email"]), timeout_s=90)

    published = {
        str(line["sme_id"]): line.get("correlation_id")
        for line in _log_lines(stack_dir, "registry")
        if line.get("msg") == "published" and line.get("sme_id") in given
    }
    assert published == given, published

    def email_lines() -> dict[str, object]:
        return {
            str(line["recipient_id"]): line.get("correlation_id")
            for line in _log_lines(stack_dir, "notifier")
            if line.get("msg") == "email sent" and line.get("recipient_id") in given
        }

    deadline = time.monotonic() + 10  # the email is in the sink a moment before the line is written
    while set(email_lines()) != set(given) and time.monotonic() < deadline:
        time.sleep(0.2)
    emailed = email_lines()
    assert set(emailed) == set(given), emailed
    # Each email carries the id of the registration whose change made the pair (the one scored second).
    assert set(emailed.values()) <= set(given.values()), emailed
    # No address leaks into the lines that name these SMEs.
    lines = _log_lines(stack_dir, "notifier") + _log_lines(stack_dir, "registry")
    text = json.dumps([line for line in lines if line.get("sme_id") in given or line.get("recipient_id") in given])
    assert str(spinner["contact_email"]) not in text and str(weaver["contact_email"]) not in text
