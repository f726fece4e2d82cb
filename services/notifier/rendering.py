"""Renders emails and link pages from Jinja2 templates, in the recipient's language.

HTML templates are autoescaped, so a company name such as `<script>` arrives as
text; plain-text templates are not HTML and are left unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from services.notifier.model import ContactDetails, PublicSummary
from services.notifier.texts import labels, stage_label, sub_cluster_label
from shared.taxonomy import resolve_province

TEMPLATES_DIR = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str
    language: str


@dataclass(frozen=True)
class PartnerView:
    """A partner's public summary in the reader's words."""

    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[str, ...]
    needs: tuple[str, ...]
    certifications: tuple[str, ...]

    @classmethod
    def of(cls, summary: PublicSummary, language: str) -> PartnerView:
        return cls(
            name=one_line(summary.name, 200),
            sub_cluster=sub_cluster_label(summary.sub_cluster, language),
            stage=stage_label(summary.stage, language),
            province=province_label(summary.province, language),
            offers=summary.offers,
            needs=summary.needs,
            certifications=summary.certifications,
        )


@dataclass(frozen=True)
class SuggestionCard:
    partner: PartnerView
    role_text: str
    reasons: tuple[str, ...]
    accept_url: str
    decline_url: str


@dataclass(frozen=True)
class FormView:
    action: str
    token: str
    button: str


def province_label(province: str, language: str) -> str:
    """The province in the reader's language; an unknown name is shown as stored."""
    found = resolve_province(province)
    if found is None:
        return province
    return found.name_th if language == "th" else found.name_en


def role_text(partner_is_supplier: bool, language: str) -> str:
    t = labels(language)
    return t["role_supplier"] if partner_is_supplier else t["role_buyer"]


def one_line(text: str, limit: int = 80) -> str:
    """A user-supplied string made safe for a subject or display name: no control characters."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    collapsed = " ".join(cleaned.split())
    return collapsed if len(collapsed) <= limit else collapsed[: limit - 1].rstrip() + "…"


class Renderer:
    def __init__(self, templates_dir: Path = TEMPLATES_DIR) -> None:
        self._env = Environment(
            loader=FileSystemLoader(templates_dir),
            autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=False,
            keep_trailing_newline=True,
        )

    def _render(self, name: str, **context: object) -> str:
        return self._env.get_template(name).render(**context)

    def _email(self, kind: str, subject: str, language: str, **context: object) -> RenderedEmail:
        common = {"lang": language, "t": labels(language), "subject": subject, **context}
        return RenderedEmail(
            subject=subject,
            text=self._render(f"{kind}.txt.j2", **common),
            html=self._render(f"{kind}.html.j2", **common),
            language=language,
        )

    def suggestions(
        self, *, language: str, recipient_name: str, cards: list[SuggestionCard], unsubscribe_url: str
    ) -> RenderedEmail:
        if not cards:
            raise ValueError("an email needs at least one suggestion")
        t = labels(language)
        # Subjects carry no user-supplied text: nothing a company name holds reaches them.
        subject = t["subject_one"] if len(cards) == 1 else t["subject_many"].format(count=len(cards))
        return self._email(
            "suggestions",
            subject,
            language,
            recipient_name=recipient_name,
            cards=cards,
            unsubscribe_url=unsubscribe_url,
        )

    def invitation(
        self, *, language: str, recipient_name: str, card: SuggestionCard, unsubscribe_url: str
    ) -> RenderedEmail:
        subject = labels(language)["subject_invitation"]
        return self._email(
            "invitation",
            subject,
            language,
            recipient_name=recipient_name,
            card=card,
            unsubscribe_url=unsubscribe_url,
        )

    def introduction(
        self,
        *,
        language: str,
        recipient_name: str,
        partner: PublicSummary,
        contact: ContactDetails,
        unsubscribe_url: str,
    ) -> RenderedEmail:
        subject = labels(language)["subject_introduction"]
        return self._email(
            "introduction",
            subject,
            language,
            recipient_name=recipient_name,
            partner=PartnerView.of(partner, language),
            contact=contact,
            unsubscribe_url=unsubscribe_url,
        )

    def page(self, *, language: str, messages: list[str], form: FormView | None = None) -> str:
        return self._render("page.html.j2", lang=language, t=labels(language), messages=messages, form=form)
