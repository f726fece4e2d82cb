"""The dashboard's questions to a running matcher, asked over HTTP with a coordinator key.

- whether an SME's supplier and buyer lists hold anyone (`GET /v1/smes/{id}/recommendations`);
- the per-phrase matching of the cluster, for the gap report (`POST /v1/value-chain/coverage`):
  the registry sends its live profiles without names or contact details, and gets a
  `shared.value_chain.Cluster` back;
- the pairs in the matcher's current top-k lists, the value-chain page's suggested links
  (`GET /v1/value-chain/links`, every pair at once; a matcher that does not serve it yet,
  404, is asked SME by SME, both lists of each, a few requests at a time).

The registry never imports the matcher; this is the one place that talks to it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from typing import Final

import httpx

from shared.events import SmeProfileV1
from shared.value_chain import Cluster

LINKS_PATH: Final = "/v1/value-chain/links"
LINKS_K: Final = 10  # as many as the matcher lists for each SME by default
_AT_ONCE: Final = 8  # recommendation requests in flight when asking SME by SME

Pair = tuple[str, str]


class MatcherUnavailable(Exception):
    """The matcher could not be asked (not configured, unreachable, or it refused)."""


def _matching_fields(p: SmeProfileV1) -> dict[str, object]:
    return {
        "id": p.id, "sub_cluster": str(p.sub_cluster), "stage": str(p.stage), "province": p.province,
        "offers": list(p.offers), "needs": list(p.needs), "certifications": list(p.certifications),
        "bcg": list(p.bcg), "language": p.language,
    }  # fmt: skip


class MatcherClient:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def _holds_partners(self, sme_id: str, direction: str) -> bool | None:
        response = await self._client.get(f"/v1/smes/{sme_id}/recommendations", params={"direction": direction, "k": 1})
        if response.status_code == 404:
            return None  # not (yet) in the matcher's index
        if response.status_code != 200:
            raise MatcherUnavailable(f"the matcher answered {response.status_code} for {direction} of {sme_id}")
        return bool(response.json().get("items"))

    async def has_partners(self, sme_id: str) -> bool | None:
        """True if either list holds a partner; None if the matcher does not know the SME."""
        found = [await self._holds_partners(sme_id, d) for d in ("suppliers", "buyers")]
        if None in found:
            return None
        return any(found)

    async def coverage(self, profiles: Iterable[SmeProfileV1]) -> Cluster:
        """The cluster's phrases read and matched by the matcher; firms named as the profiles name them."""
        named = {p.id: p for p in profiles}
        try:
            response = await self._client.post(
                "/v1/value-chain/coverage", json={"profiles": [_matching_fields(p) for p in named.values()]}
            )
        except httpx.HTTPError as exc:
            raise MatcherUnavailable(f"the matcher could not be reached: {type(exc).__name__}") from exc
        if response.status_code != 200:
            raise MatcherUnavailable(f"the matcher answered {response.status_code} for the cluster's coverage")
        data = response.json()
        for firm in data["firms"]:
            firm["name"] = named[firm["id"]].name  # the matcher was sent no names
        return Cluster.from_json(data)

    async def suggested_links(self, sme_ids: Sequence[str], k: int = LINKS_K) -> dict[Pair, float]:
        """(supplier, buyer) -> the best score of the pair in either list; pairs with an SME outside
        `sme_ids` are left out (SMEs the registry no longer holds, or that the matcher has not indexed)."""
        wanted = set(sme_ids)
        try:
            response = await self._client.get(LINKS_PATH, params={"k": k})
            if response.status_code == 404:
                found = await self._links_one_by_one(sme_ids, k)
            elif response.status_code != 200:
                raise MatcherUnavailable(f"the matcher answered {response.status_code} for the cluster's links")
            else:
                found = {(x["supplier_id"], x["buyer_id"]): float(x["score"]) for x in response.json()["links"]}
        except httpx.HTTPError as exc:
            raise MatcherUnavailable(f"the matcher could not be reached: {type(exc).__name__}") from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise MatcherUnavailable(f"the matcher's answer could not be read: {type(exc).__name__}") from exc
        return {pair: score for pair, score in found.items() if pair[0] in wanted and pair[1] in wanted}

    async def _links_one_by_one(self, sme_ids: Sequence[str], k: int) -> dict[Pair, float]:
        links: dict[Pair, float] = {}
        gate = asyncio.Semaphore(_AT_ONCE)

        async def lists_of(sme_id: str) -> None:
            for direction in ("suppliers", "buyers"):
                async with gate:
                    response = await self._client.get(
                        f"/v1/smes/{sme_id}/recommendations", params={"direction": direction, "k": k}
                    )
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

    async def close(self) -> None:
        await self._client.aclose()


def matcher_client(url: str | None, api_key: str | None, timeout_s: float = 120.0) -> MatcherClient | None:
    """None when the registry has no key for the matcher: the pages that need it say so."""
    if not url or not api_key:
        return None
    headers = {"Authorization": f"Bearer {api_key}"}
    return MatcherClient(httpx.AsyncClient(base_url=url, headers=headers, timeout=timeout_s))
