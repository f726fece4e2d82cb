"""The other services, over HTTP, as the signed-in SME: its suggestions from the matcher, its answers
to the notifier. The registry never reads their databases; both check the SME's access token at the
registry, as they check an SME token (`signing.PageSigner.access_token`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import httpx

from shared.events import suggestion_id

_TIMEOUT_S = 5.0
Direction = Literal["suppliers", "buyers"]


class PartnerUnavailable(Exception):
    """The other service did not answer, or not as expected."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    partner_id: str
    direction: Direction
    score: float
    reasons: tuple[tuple[str, str], ...]  # (English, Thai)
    supplier_id: str
    buyer_id: str
    suggestion_id: str


def _suggestions(body: dict[str, Any], direction: Direction) -> list[Suggestion]:
    me, my_version = str(body["sme_id"]), int(body["sme_version"])
    found = []
    for item in body["items"]:
        partner, partner_version = str(item["partner_id"]), int(item["partner_version"])
        # Suppliers supply me; I supply my buyers. The id is the one the matcher published.
        if direction == "suppliers":
            supplier, buyer, versions = partner, me, (partner_version, my_version)
        else:
            supplier, buyer, versions = me, partner, (my_version, partner_version)
        found.append(
            Suggestion(
                partner_id=partner,
                direction=direction,
                score=float(item["score"]),
                reasons=tuple((str(r["text_en"]), str(r["text_th"])) for r in item["reasons"]),
                supplier_id=supplier,
                buyer_id=buyer,
                suggestion_id=suggestion_id(supplier, buyer, *versions),
            )
        )
    return found


async def suggestions_of(matcher_url: str, sme_id: str, access_token: str, k: int = 10) -> list[Suggestion]:
    """Both directions, best first; an SME the matcher does not know yet has none."""
    headers = {"Authorization": f"Bearer {access_token}"}
    found: list[Suggestion] = []
    try:
        async with httpx.AsyncClient(base_url=matcher_url, headers=headers, timeout=_TIMEOUT_S) as client:
            for direction in ("suppliers", "buyers"):
                response = await client.get(
                    f"/v1/smes/{sme_id}/recommendations", params={"direction": direction, "k": k}
                )
                if response.status_code == 404:
                    return []
                response.raise_for_status()
                found += _suggestions(response.json(), direction)
    except (httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
        raise PartnerUnavailable(str(exc)) from exc
    return found


async def answer(
    notifier_url: str, sme_id: str, access_token: str, *, decision: Literal["accept", "decline"], suggestion: Suggestion
) -> str:
    """Sends the answer as an email link would; returns the outcome the notifier reports."""
    body = {
        "decision": decision,
        "suggestion_id": suggestion.suggestion_id,
        "supplier_id": suggestion.supplier_id,
        "buyer_id": suggestion.buyer_id,
    }
    try:
        async with httpx.AsyncClient(base_url=notifier_url, timeout=_TIMEOUT_S) as client:
            response = await client.post(
                f"/v1/smes/{sme_id}/answers", json=body, headers={"Authorization": f"Bearer {access_token}"}
            )
        response.raise_for_status()
        outcome = response.json()["outcome"]
    except (httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
        raise PartnerUnavailable(str(exc)) from exc
    return str(outcome)
