"""Builds the signed accept / decline / unsubscribe URLs that go into emails."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlencode

from services.notifier.model import Pair
from services.notifier.tokens import LinkAction, LinkClaims, LinkSigner


class LinkBuilder:
    def __init__(self, signer: LinkSigner, base_url: str, *, answer_ttl: timedelta, unsubscribe_ttl: timedelta) -> None:
        self._signer = signer
        self._base_url = base_url.rstrip("/")
        self._answer_ttl = answer_ttl
        self._unsubscribe_ttl = unsubscribe_ttl

    def url_for(self, action: LinkAction, token: str) -> str:
        return f"{self._base_url}/links/{action.value}?{urlencode({'t': token})}"

    def answer_url(self, action: LinkAction, *, sme_id: str, suggestion_id: str, pair: Pair, now: datetime) -> str:
        claims = LinkClaims(
            action=action,
            sme_id=sme_id,
            expires_at=now + self._answer_ttl,
            suggestion_id=suggestion_id,
            supplier_id=pair.supplier_id,
            buyer_id=pair.buyer_id,
        )
        return self.url_for(action, self._signer.issue(claims))

    def unsubscribe_url(self, *, sme_id: str, now: datetime) -> str:
        claims = LinkClaims(LinkAction.UNSUBSCRIBE, sme_id, now + self._unsubscribe_ttl)
        return self.url_for(LinkAction.UNSUBSCRIBE, self._signer.issue(claims))
