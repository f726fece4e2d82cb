"""Links added to a cluster whose firms and coverage are known: suggested pairs with their scores,
and established (introduced) pairs, each named by the goods that flow.

`clusterlink report` fills the pairs from the matcher's engine run offline (or a running
matcher's stored lists) and a CSV of introductions; the registry's dashboard from the
matcher's lists over HTTP and its own record of introductions. Both draw the same picture.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from shared.value_chain.model import Candidate, Cluster, Firm, Link, LinkKind, PhraseRef, Side


def flowing_concept(supplier: Firm, buyer: Firm, coverage: Mapping[PhraseRef, tuple[Candidate, ...]]) -> str | None:
    """What the supplier sells the buyer: the buyer's need its offer meets best (else its first known offer)."""
    best: tuple[float, str | None] = (-1.0, None)
    for index, need in enumerate(buyer.needs):
        for c in coverage.get(PhraseRef(buyer.id, Side.NEED, index), ()):
            if c.ref.firm_id == supplier.id and c.score > best[0]:
                offer = supplier.phrases(c.ref.side)[c.ref.index]
                best = (c.score, offer.concept or need.concept)
    if best[1] is None:
        return next((o.concept for o in supplier.offers if o.concept), None)
    return best[1]


def with_links(
    cluster: Cluster, suggested: Mapping[tuple[str, str], float], established: Iterable[tuple[str, str]] = ()
) -> Cluster:
    """The cluster with these links (any it had are replaced). A pair is established if introduced,
    whatever its score; an introduced pair no list holds any more keeps score 0. Pairs with a firm
    the cluster does not hold (erased since, or outside it) and pairs of a firm with itself are left out."""
    introduced = {pair for pair in established if _drawable(cluster, pair)}
    scores = {pair: score for pair, score in suggested.items() if _drawable(cluster, pair)}
    for pair in introduced:
        scores.setdefault(pair, 0.0)
    links = tuple(
        Link(
            s,
            b,
            LinkKind.ESTABLISHED if (s, b) in introduced else LinkKind.SUGGESTED,
            score,
            flowing_concept(cluster.firm(s), cluster.firm(b), cluster.coverage),
        )
        for (s, b), score in sorted(scores.items())
    )
    return replace(cluster, links=links)


def _drawable(cluster: Cluster, pair: tuple[str, str]) -> bool:
    return pair[0] != pair[1] and cluster.has(pair[0]) and cluster.has(pair[1])
