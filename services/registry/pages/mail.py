"""Asking the notifier to email a signed link: one event on `sme.email_links` per email."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Literal, Protocol
from urllib.parse import urlencode

from fastapi import Request

from services.registry.pages.guard import PREFIX, PageRefused, context_of, signer
from services.registry.pages.signing import LinkPurpose
from shared.events import EmailLinkRequestedV1

log = logging.getLogger(__name__)

_PUBLISH_TIMEOUT_S = 10.0
_PATHS = {LinkPurpose.CONFIRM_REGISTRATION: "/register/confirm", LinkPurpose.SIGN_IN: "/sign-in/link"}


class LinkMail(Protocol):
    async def publish_email_link(self, event: EmailLinkRequestedV1) -> None: ...


async def send_link(
    request: Request, purpose: LinkPurpose, *, sme_id: str, address: str, name: str, language: str, ttl_s: int
) -> None:
    claims, token = signer(request).link(purpose, sme_id, ttl_s)
    base = context_of(request).settings.public_url.rstrip("/")
    lang: Literal["th", "en"] = "th" if language == "th" else "en"
    event = EmailLinkRequestedV1(
        purpose=purpose.value,
        sme_id=sme_id,
        address=address,
        name=name,
        language=lang,
        url=f"{base}{PREFIX}{_PATHS[purpose]}?{urlencode({'t': token})}",
        expires_at=datetime.fromtimestamp(claims.expires_at, UTC),
    )
    mail: LinkMail = request.app.state.pages_mail
    try:
        await asyncio.wait_for(mail.publish_email_link(event), timeout=_PUBLISH_TIMEOUT_S)
    except Exception as exc:  # Kafka away: the person is told to try again, nothing half-done
        log.warning("could not ask for a link email", exc_info=True, extra={"purpose": purpose.value})
        raise PageRefused(503, "unavailable", headers={"Retry-After": "30"}) from exc
    log.info("link email requested", extra={"purpose": purpose.value, "sme_id": sme_id, "event_id": event.event_id})
