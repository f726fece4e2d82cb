"""Builds the email of a delivery from the current state: recipient, partners, links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from services.notifier.components import Components
from services.notifier.keys import message_id
from services.notifier.mime import Envelope, checked_address, compose
from services.notifier.model import Delivery, DeliveryKind, PendingSuggestion, Recipient
from services.notifier.rendering import PartnerView, RenderedEmail, SuggestionCard, one_line, role_text
from services.notifier.storage.suggestions import StoredSuggestion
from services.notifier.tokens import LinkAction


class NothingToSend(Exception):
    """The delivery lost its reason to exist (a partner was erased, a pair was closed)."""


@dataclass(frozen=True)
class Prefetched:
    """What a batch of deliveries needs, read together: suggestion items by key, people by id."""

    items: Mapping[str, StoredSuggestion]
    people: Mapping[str, Recipient]


async def prefetch(c: Components, deliveries: Sequence[Delivery]) -> Prefetched:
    """Two reads for the whole batch (each an `_id` list): the items of its suggestions emails,
    and every recipient and partner named in it."""
    keys = [k for d in deliveries if d.kind is DeliveryKind.SUGGESTIONS for k in d.item_keys]
    items = await c.suggestions.get_by_keys(keys) if keys else {}
    people_ids = {d.recipient_id for d in deliveries} | {p for d in deliveries for p in d.partner_ids}
    people_ids |= {s.suggestion.partner_id for s in items.values()}
    people_ids |= {sme_id for d in deliveries if d.pair is not None for sme_id in (d.pair.supplier_id, d.pair.buyer_id)}
    return Prefetched(items=items, people=await c.recipients.get_many(sorted(people_ids)))


@dataclass(frozen=True)
class ComposedEmail:
    message: EmailMessage
    sender: str
    recipient: str
    message_id: str


def _display_name(recipient: Recipient) -> str:
    return one_line(recipient.contact.contact_name or recipient.summary.name, 200)


def _card(
    c: Components, recipient: Recipient, s: PendingSuggestion, partner: Recipient, now: datetime
) -> SuggestionCard:
    language = recipient.language
    return SuggestionCard(
        partner=PartnerView.of(partner.summary, language),
        role_text=role_text(partner.sme_id == s.supplier_id, language),
        reasons=tuple(r.text(language) for r in s.reasons),
        accept_url=c.links.answer_url(
            LinkAction.ACCEPT, sme_id=recipient.sme_id, suggestion_id=s.suggestion_id, pair=s.pair, now=now
        ),
        decline_url=c.links.answer_url(
            LinkAction.DECLINE, sme_id=recipient.sme_id, suggestion_id=s.suggestion_id, pair=s.pair, now=now
        ),
    )


async def _render(
    c: Components, d: Delivery, recipient: Recipient, unsubscribe_url: str, now: datetime, reads: Prefetched
) -> RenderedEmail:
    language = recipient.language
    name = _display_name(recipient)
    if d.kind is DeliveryKind.SUGGESTIONS:
        if d.item_keys:
            suggestions = [reads.items[k].suggestion for k in d.item_keys if k in reads.items]
            partners = reads.people
        else:  # recorded before deliveries carried their items' keys
            suggestions = await c.suggestions.get_many(recipient.sme_id, list(d.suggestion_ids))
            partners = await c.recipients.get_many(sorted({s.partner_id for s in suggestions}))
        order = {sid: i for i, sid in enumerate(d.suggestion_ids)}
        cards = [
            _card(c, recipient, s, partners[s.partner_id], now)
            for s in sorted(suggestions, key=lambda s: order.get(s.suggestion_id, 0))
            if s.partner_id in partners
        ]
        if not cards:
            raise NothingToSend("no suggestion of this email is still available")
        return c.renderer.suggestions(
            language=language, recipient_name=name, cards=cards, unsubscribe_url=unsubscribe_url
        )

    if d.pair is None:
        raise NothingToSend(f"{d.kind} delivery without a pair")
    partner = reads.people.get(d.pair.other(recipient.sme_id))
    if partner is None:
        raise NothingToSend("the partner was erased")
    if d.kind is DeliveryKind.INVITATION:
        found = await c.suggestions.find_for_pair(recipient.sme_id, d.pair)
        if found is None:
            raise NothingToSend("the invitation's suggestion is gone")
        card = _card(c, recipient, found[0], partner, now)
        return c.renderer.invitation(language=language, recipient_name=name, card=card, unsubscribe_url=unsubscribe_url)

    answers = await c.pairs.get(d.pair)
    if not answers.both_accepted:  # contact details only ever go out after both said yes
        raise NothingToSend("introduction without both acceptances")
    return c.renderer.introduction(
        language=language,
        recipient_name=name,
        partner=partner.summary,
        contact=partner.contact,
        unsubscribe_url=unsubscribe_url,
    )


async def compose_delivery(c: Components, d: Delivery, recipient: Recipient, reads: Prefetched) -> ComposedEmail:
    now = c.clock.now()
    smtp = c.settings.smtp
    unsubscribe_url = c.links.unsubscribe_url(sme_id=recipient.sme_id, now=now)
    rendered = await _render(c, d, recipient, unsubscribe_url, now, reads)
    mid = message_id(d.key, smtp.message_id_domain)
    message = compose(
        rendered,
        Envelope(
            from_name=smtp.from_name,
            from_address=smtp.from_address,
            to_name=_display_name(recipient),
            to_address=recipient.contact.email,
            message_id=mid,
            date=now,
            unsubscribe_url=unsubscribe_url,
            correlation_id=d.correlation_id,
            kind=d.kind.value,
        ),
    )
    return ComposedEmail(
        message=message,
        sender=smtp.from_address,
        recipient=checked_address(recipient.contact.email),
        message_id=mid,
    )
