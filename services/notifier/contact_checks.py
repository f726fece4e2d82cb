"""Confirming a new contact address before any email, introductions included, goes there.

The registry keeps a changed `contact_email` as `pending_contact_email` and goes
on publishing the confirmed one, so everything the notifier sends still goes to
the confirmed address. For each pending address it sees, the notifier stores a
check (`contact_checks`, one per SME and address: a redelivered snapshot sends
nothing twice) and sends two emails: a signed confirmation link to the new
address, and a notice to the confirmed one, which shows the new address masked
(whoever reads the old mailbox need not learn it). When the person at the new
address confirms on the link's page, the notifier publishes
`ContactEmailConfirmedV1` (the address's digest, not the address); the registry
then publishes the profile with the new address, and from that snapshot on the
notifier uses it. A snapshot with no pending address (confirmed, withdrawn) and
an erasure remove the SME's checks, which hold both addresses.

Sending is retried like other emails (backoff, `max_attempts`), but a check is
sent at once, quiet hours or not: the person has just asked for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any, Final

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from services.notifier.components import Components
from services.notifier.contact_check_store import FAILED, SCHEDULED, SENT, ContactCheck, check_key
from services.notifier.keys import message_id
from services.notifier.mime import Envelope, UnusableAddress, compose
from services.notifier.profiles import Erasure, ProfileChange
from services.notifier.rendering import TEMPLATES_DIR, RenderedEmail
from services.notifier.retry import backoff
from services.notifier.smtp_sender import PermanentDeliveryError, TransientDeliveryError
from services.notifier.texts import labels
from services.notifier.tokens import LinkAction, LinkClaims
from shared.events import ContactEmailConfirmedV1, address_digest

log = logging.getLogger(__name__)

TEXTS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "subject_confirm": "Please confirm your new email address for ClusterLink",
        "subject_notice": "A new email address was given for your business on ClusterLink",
        "contact_confirm_intro": "{address} was given as the new email address of your business on ClusterLink.",
        "contact_confirm_action": "To receive ClusterLink emails here, including introductions to partners, "
        "confirm it with this link:",
        "contact_confirm_button": "Confirm this address",
        "contact_confirm_ignore": "If you did not expect this, ignore this email: nothing changes.",
        "contact_notice_intro": "Someone asked ClusterLink to send your business's emails to a new address, {address}.",
        "contact_notice_until": "Until the new address is confirmed from its own mailbox, "
        "every ClusterLink email still comes here.",
        "contact_notice_not_you": "If you did not ask for this, please tell your cluster coordinator.",
        "page_confirm": "Use {address} for ClusterLink emails to {name}, including introductions to partners?",
        "page_button": "Confirm this address",
        "page_done": "Thank you. ClusterLink emails to {name} will go to {address} from now on.",
        "page_gone": "This confirmation is no longer needed: the address was confirmed, or changed again.",
    },
    "th": {
        "subject_confirm": "กรุณายืนยันอีเมลใหม่ของคุณสำหรับ ClusterLink",
        "subject_notice": "มีการแจ้งอีเมลใหม่สำหรับธุรกิจของคุณใน ClusterLink",
        "contact_confirm_intro": "{address} ได้รับแจ้งเป็นอีเมลใหม่ของธุรกิจคุณใน ClusterLink",
        "contact_confirm_action": "หากต้องการรับอีเมลจาก ClusterLink ที่อีเมลนี้ รวมถึงการแนะนำคู่ค้า กรุณายืนยันด้วยลิงก์นี้:",
        "contact_confirm_button": "ยืนยันอีเมลนี้",
        "contact_confirm_ignore": "หากคุณไม่ได้คาดหวังอีเมลนี้ ไม่ต้องดำเนินการใด ๆ จะไม่มีการเปลี่ยนแปลง",
        "contact_notice_intro": "มีผู้ขอให้ ClusterLink ส่งอีเมลของธุรกิจคุณไปยังอีเมลใหม่ {address}",
        "contact_notice_until": "จนกว่าอีเมลใหม่จะได้รับการยืนยันจากกล่องจดหมายของอีเมลนั้น อีเมลทั้งหมดจาก ClusterLink จะยังส่งมาที่นี่",
        "contact_notice_not_you": "หากคุณไม่ได้ขอเปลี่ยน กรุณาแจ้งผู้ประสานงานคลัสเตอร์ของคุณ",
        "page_confirm": "ใช้ {address} รับอีเมลจาก ClusterLink สำหรับ {name} รวมถึงการแนะนำคู่ค้า หรือไม่",
        "page_button": "ยืนยันอีเมลนี้",
        "page_done": "ขอบคุณ ต่อจากนี้อีเมลจาก ClusterLink ถึง {name} จะส่งไปที่ {address}",
        "page_gone": "ไม่ต้องยืนยันแล้ว อีเมลนี้ได้รับการยืนยันแล้ว หรือมีการเปลี่ยนอีกครั้ง",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS["th" if language == "th" else "en"]


def masked(address: str) -> str:
    """`somchai@example.com` as `s•••@example.com`: enough to recognise, not to write to."""
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}•••@{domain}"


async def note_profiles(c: Components, changes: Sequence[ProfileChange], now: datetime) -> set[str]:
    """Store a check for each new pending address in a consumed batch; drop the checks of SMEs that
    have none any more or were erased. Returns the keys of new checks, to be sent."""
    done: set[str] = set()
    docs: dict[str, dict[str, Any]] = {}
    for change in changes:
        if isinstance(change, Erasure) or change.profile.pending_contact_email is None:
            done.add(change.sme_id)
            docs = {k: d for k, d in docs.items() if d["sme_id"] != change.sme_id}
            continue
        done.discard(change.sme_id)
        profile = change.profile
        pending = change.profile.pending_contact_email
        key = check_key(profile.id, pending)
        docs[key] = {
            "_id": key,
            "sme_id": profile.id,
            "new_address": pending,
            "old_address": profile.contact_email,
            "name": profile.name,
            "language": profile.language,
            "profile_version": change.version,
            "status": SCHEDULED,
            "attempts": 0,
            "sent_to": [],
            "due_at": now,
            "created_at": now,
        }
    await c.contact_checks.remove_for(done)
    added = await c.contact_checks.add(list(docs.values()))
    if added:
        c.contact_checks_added.set()
    return added


class _Renderer:
    def __init__(self) -> None:
        self._env = Environment(
            loader=FileSystemLoader(TEMPLATES_DIR),
            autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
            undefined=StrictUndefined,
            keep_trailing_newline=True,
        )

    def email(self, kind: str, language: str, subject: str, **context: object) -> RenderedEmail:
        common = {"lang": language, "t": {**labels(language), **texts(language)}, "subject": subject, **context}
        return RenderedEmail(
            subject=subject,
            text=self._env.get_template(f"{kind}.txt.j2").render(**common),
            html=self._env.get_template(f"{kind}.html.j2").render(**common),
            language=language,
        )


_RENDERER = _Renderer()


def confirm_url(c: Components, check: ContactCheck, now: datetime) -> str:
    ttl = timedelta(days=c.settings.contact_confirm_link_ttl_days)
    claims = LinkClaims(LinkAction.CONFIRM_EMAIL, check.sme_id, now + ttl, ref=check.key)
    return c.links.url_for(LinkAction.CONFIRM_EMAIL, c.signer.issue(claims))


def _messages(c: Components, check: ContactCheck, now: datetime) -> list[tuple[str, EmailMessage]]:
    """(address, message) for the confirmation to the new address and the notice to the old one."""
    t = texts(check.language)
    unsubscribe_url = c.links.unsubscribe_url(sme_id=check.sme_id, now=now)
    made: list[tuple[str, EmailMessage]] = []
    for kind, address, subject, context in (
        ("contact_confirm", check.new_address, t["subject_confirm"], {"confirm_url": confirm_url(c, check, now)}),
        ("contact_notice", check.old_address, t["subject_notice"], {"masked_address": masked(check.new_address)}),
    ):
        rendered = _RENDERER.email(
            kind,
            check.language,
            subject,
            recipient_name=check.name,
            new_address=check.new_address,
            unsubscribe_url=unsubscribe_url,
            **context,
        )
        envelope = Envelope(
            from_name=c.settings.smtp.from_name,
            from_address=c.settings.smtp.from_address,
            to_name=check.name,
            to_address=address,
            message_id=message_id(f"{kind}-{check.key.replace('|', '-')}", c.settings.smtp.message_id_domain),
            date=now,
            unsubscribe_url=unsubscribe_url,
            kind=kind,
        )
        made.append((address, compose(rendered, envelope)))
    return made


async def send_due(c: Components) -> int:
    """Send the checks that are due; returns how many were finished (sent or failed)."""
    now = c.clock.now()
    finished = 0
    for check in await c.contact_checks.due(now):
        sent = list(check.sent_to)
        try:
            for address, message in _messages(c, check, now):
                if address in sent:
                    continue  # a retry resends only what failed
                await c.sender.send(message, sender=c.settings.smtp.from_address, recipient=address)
                sent.append(address)
        except TransientDeliveryError as exc:
            attempts = check.attempts + 1
            if attempts < c.settings.max_attempts:
                retry_at = now + backoff(attempts, base_s=c.settings.retry_base_s, max_s=c.settings.retry_max_s)
                await c.contact_checks.update(
                    check.key, {"attempts": attempts, "sent_to": sent, "due_at": retry_at, "last_error": str(exc)}
                )
                log.info("contact check: transient failure, retrying", extra={"sme_id": check.sme_id})
                continue
            await c.contact_checks.update(check.key, {"status": FAILED, "sent_to": sent, "last_error": str(exc)})
        except (PermanentDeliveryError, UnusableAddress) as exc:
            await c.contact_checks.update(check.key, {"status": FAILED, "sent_to": sent, "last_error": str(exc)})
            log.warning("contact check failed: %s", exc, extra={"sme_id": check.sme_id})
        else:
            await c.contact_checks.update(check.key, {"status": SENT, "sent_to": sent, "sent_at": now})
            log.info("contact check sent", extra={"sme_id": check.sme_id})
        finished += 1
    return finished


async def confirm(c: Components, claims: LinkClaims) -> ContactCheck | None:
    """Record the confirmation and tell the registry; None when the check is gone (or not this SME's)."""
    check = await c.contact_checks.get(claims.ref or "")
    if check is None or check.sme_id != claims.sme_id:
        return None
    if check.confirmed_at is None:
        await c.contact_checks.update(check.key, {"confirmed_at": c.clock.now()})
    # Published again on a repeated click: the registry applies it once (then nothing is pending).
    event = ContactEmailConfirmedV1(
        sme_id=check.sme_id,
        address_sha256=address_digest(check.new_address),
        profile_version=check.profile_version,
    )
    await c.feedback.publish_contact_confirmed(event)
    log.info("contact address confirmed", extra={"sme_id": check.sme_id, "event_id": event.event_id})
    return check


class ContactCheckSender:
    """Sends checks when told (after a consumed batch) or when a retry falls due."""

    def __init__(self, c: Components) -> None:
        self._c = c
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        wake = self._c.contact_checks_added
        while True:
            wake.clear()  # before looking: a check stored from now on wakes the next wait
            try:
                await send_due(self._c)
                next_at = await self._c.contact_checks.next_due_at()
            except Exception:
                log.warning("contact checks: could not send; retrying", exc_info=True)
                next_at = None
            wait_s = self._c.settings.sweep_interval_s
            if next_at is not None:
                wait_s = min(wait_s, max((next_at - self._c.clock.now()).total_seconds(), 0.0))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=wait_s)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="contact-checks")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
