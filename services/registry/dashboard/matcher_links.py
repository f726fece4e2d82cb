"""The suggested links of the value-chain page: the pairs in the matcher's current top-k lists.

Asked of the matcher over HTTP with the coordinator key the registry holds for it
(the client of `matcher_client`): `GET /v1/value-chain/links` answers every pair at
once. A matcher that does not serve it yet (404) is asked SME by SME, both lists of
each (`GET /v1/smes/{id}/recommendations`), a few requests at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Final

import httpx

from services.registry.dashboard.matcher_client import MatcherClient, MatcherUnavailable

LINKS_PATH: Final = "/v1/value-chain/links"
K: Final = 10  # as many as the matcher lists for each SME by default
_AT_ONCE: Final = 8

Pair = tuple[str, str]


def _http(matcher: MatcherClient) -> httpx.AsyncClient:
    # The same client (base URL, coordinator key, timeout) as every other question to the matcher.
    return matcher._client


async def suggested_links(matcher: MatcherClient, sme_ids: Sequence[str], k: int = K) -> dict[Pair, float]:
    """(supplier, buyer) -> the best score of the pair in either list; pairs with an SME outside
    `sme_ids` are left out (SMEs the registry no longer holds, or that the matcher has not indexed)."""
    wanted = set(sme_ids)
    http = _http(matcher)
    try:
        response = await http.get(LINKS_PATH, params={"k": k})
        if response.status_code == 404:
            found = await _one_by_one(http, sme_ids, k)
        elif response.status_code != 200:
            raise MatcherUnavailable(f"the matcher answered {response.status_code} for the cluster's links")
        else:
            found = {(x["supplier_id"], x["buyer_id"]): float(x["score"]) for x in response.json()["links"]}
    except httpx.HTTPError as exc:
        raise MatcherUnavailable(f"the matcher could not be reached: {type(exc).__name__}") from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise MatcherUnavailable(f"the matcher's answer could not be read: {type(exc).__name__}") from exc
    return {pair: score for pair, score in found.items() if pair[0] in wanted and pair[1] in wanted}


async def _one_by_one(http: httpx.AsyncClient, sme_ids: Sequence[str], k: int) -> dict[Pair, float]:
    links: dict[Pair, float] = {}
    gate = asyncio.Semaphore(_AT_ONCE)

    async def lists_of(sme_id: str) -> None:
        for direction in ("suppliers", "buyers"):
            async with gate:
                response = await http.get(f"/v1/smes/{sme_id}/recommendations", params={"direction": direction, "k": k})
            if response.status_code == 404:
                return  # not (yet, or no longer) in the matcher's index
            if response.status_code != 200:
                raise MatcherUnavailable(f"the matcher answered {response.status_code} for {direction} of {sme_id}")
            for item in response.json()["items"]:
                partner = str(item["partner_id"])
                pair = (partner, sme_id) if direction == "suppliers" else (sme_id, partner)
                links[pair] = max(links.get(pair, 0.0), float(item["score"]))

    await asyncio.gather(*(lists_of(sme_id) for sme_id in sme_ids))
    return links
