"""Render the notifier's HTML emails (Thai and English) and screenshot them in headless Chromium.

    .venv/bin/python scripts/email_screenshots.py [--out docs/emails] [--chromium chromium]

The emails are built by the notifier's own renderer and MIME composer, then the
text/html part is read back from the wire bytes, so the pictures show exactly
what a recipient's mail client receives. The sample companies are fictional.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import secrets
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.notifier.links import LinkBuilder
from services.notifier.mime import Envelope, compose, to_bytes
from services.notifier.model import Pair, PublicSummary
from services.notifier.rendering import PartnerView, RenderedEmail, Renderer, SuggestionCard, role_text
from services.notifier.tokens import LinkAction, LinkSigner
from shared.events import Reason

NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
LINKS = LinkBuilder(
    LinkSigner(secrets.token_bytes(32)),
    "https://clusterlink.example",
    answer_ttl=timedelta(days=30),
    unsubscribe_ttl=timedelta(days=365),
)

SUPPLIERS = (
    (
        PublicSummary(
            sme_id="sme-0007",
            name="วิสาหกิจชุมชนปั่นด้ายกัญชงบ้านนาอ้อ",
            sub_cluster="hemp_natural_fibre",
            stage="upstream",
            province="Loei",
            offers=("เส้นด้ายกัญชงปั่นมือ ย้อมสีธรรมชาติ", "hand-spun hemp yarn"),
            certifications=("Organic Thailand",),
        ),
        (
            Reason(
                code="offer_meets_need",
                text_en="offers hand-spun hemp yarn, which you need",
                text_th="มีเส้นด้ายกัญชงปั่นมือที่คุณต้องการ",
            ),
            Reason(code="stage", text_en="spins yarn for weavers like you", text_th="ผลิตเส้นด้ายให้ผู้ทอผ้าอย่างคุณ"),
            Reason(code="distance", text_en="45 km away", text_th="ห่างกัน 45 กม."),
        ),
    ),
    (
        PublicSummary(
            sme_id="sme-0101",
            name="Chiang Mai Natural Dye Studio",
            sub_cluster="hemp_natural_fibre",
            stage="midstream",
            province="Chiang Mai",
            offers=("natural indigo dyeing service", "ย้อมครามธรรมชาติ"),
            needs=("hemp fabric for dyeing",),
            certifications=("GOTS",),
        ),
        (
            Reason(
                code="offer_meets_need",
                text_en="dyes fabric with natural indigo, which you need",
                text_th="รับย้อมผ้าด้วยครามธรรมชาติที่คุณต้องการ",
            ),
            Reason(code="certification", text_en="GOTS certified", text_th="ได้รับมาตรฐาน GOTS"),
        ),
    ),
)


def _cards(language: str) -> list[SuggestionCard]:
    cards = []
    for i, (partner, reasons) in enumerate(SUPPLIERS, start=1):
        pair = Pair(partner.sme_id, "sme-0042")
        cards.append(
            SuggestionCard(
                partner=PartnerView.of(partner, language),
                role_text=role_text(True, language),
                reasons=tuple(r.text(language) for r in reasons),
                accept_url=LINKS.answer_url(
                    LinkAction.ACCEPT, sme_id="sme-0042", suggestion_id=f"sg-demo-{i}", pair=pair, now=NOW
                ),
                decline_url=LINKS.answer_url(
                    LinkAction.DECLINE, sme_id="sme-0042", suggestion_id=f"sg-demo-{i}", pair=pair, now=NOW
                ),
            )
        )
    return cards


def _html_from_wire(rendered: RenderedEmail, to_name: str) -> str:
    unsubscribe = LINKS.unsubscribe_url(sme_id="sme-0042", now=NOW)
    envelope = Envelope(
        "ClusterLink",
        "matches@clusterlink.example",
        to_name,
        "owner@example.com",
        "<sg-demo@clusterlink.example>",
        NOW,
        unsubscribe,
    )
    parsed = email.message_from_bytes(to_bytes(compose(rendered, envelope)), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    part = parsed.get_body(preferencelist=("html",))
    assert part is not None
    html = part.get_content()
    assert isinstance(html, str)
    return html


def build_samples() -> dict[str, str]:
    renderer = Renderer()
    samples = {}
    for language, name in (("th", "คุณสมศรี ทองดี"), ("en", "Khun Somsri Thongdee")):
        rendered = renderer.suggestions(
            language=language,
            recipient_name=name,
            cards=_cards(language),
            unsubscribe_url=LINKS.unsubscribe_url(sme_id="sme-0042", now=NOW),
        )
        samples[f"suggestions-{language}"] = _html_from_wire(rendered, name)
    return samples


def screenshot(chromium: str, html_path: Path, png_path: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--screenshot={png_path}",
                f"--window-size={width},{height}",
                html_path.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("docs/emails"), help="folder for the PNG files")
    parser.add_argument("--chromium", default="chromium", help="Chromium executable")
    parser.add_argument("--width", type=int, default=720)
    parser.add_argument("--height", type=int, default=1180)
    args = parser.parse_args(argv)
    chromium = shutil.which(args.chromium)
    if chromium is None:
        print(f"{args.chromium} not found (Debian: apt-get install -y chromium fonts-thai-tlwg)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="email-html-") as tmp:
        for name, html in build_samples().items():
            html_path = Path(tmp) / f"{name}.html"
            html_path.write_text(html, encoding="utf-8")
            png = args.out / f"{name}.png"
            screenshot(chromium, html_path, png, args.width, args.height)
            print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
