"""The value-chain picture of the registered SMEs, with their links, and the chains they could form.

Drawn with `shared.value_chain`, as `clusterlink report` draws it:

- the firms and their phrases read into product concepts come from the matcher's
  per-phrase matching (`matcher_client.coverage`, the Gaps page's own answer);
- the suggested links are the pairs in the matcher's current top-k lists
  (`matcher_client`), the established ones the introductions in the registry's own
  funnel store;
- the chain suggestions, with the missing link named, from the same coverage;
- on request (`focus`), the firm-level neighbourhood of one SME or one sub-cluster,
  with the needs nobody meets drawn as missing links, as `clusterlink report --focus`.

When the matcher cannot be asked, the page still draws the firms from their profiles
alone (a bar per stage and sub-cluster, named after the sub-cluster, and "buyers" for
the SMEs that offer nothing) with the established links, and says why the rest is missing.
The registry never imports the matcher (services never import each other).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from shared.events import SmeProfileV1
from shared.taxonomy import Stage, SubCluster
from shared.value_chain import DEFAULT_MIN_SCORE, Chain, Cluster, Firm, Phrase, suggest_chains
from shared.value_chain.flow_picture import draw_flows
from shared.value_chain.flows import summarise
from shared.value_chain.gaps import gap_report
from shared.value_chain.html_report import chain_text, missing_text
from shared.value_chain.links import with_links
from shared.value_chain.neighbourhood import draw_neighbourhood
from shared.value_chain.svg import render_svg

MAX_CHAINS: Final = 10  # of each kind on the page; `clusterlink report` lists 20

Pair = tuple[str, str]


def _group(sub_cluster: SubCluster) -> str:
    return f"*sme:{sub_cluster.value}"


def cluster_of(profiles: Iterable[SmeProfileV1]) -> Cluster:
    """Firms without links; each offer stands for its sub-cluster, so a bar is named, not only coloured."""
    firms = []
    for p in profiles:
        sub_cluster = SubCluster(p.sub_cluster)
        firms.append(
            Firm(
                id=p.id, name=p.name, sub_cluster=sub_cluster, stage=Stage(p.stage), province=p.province,
                offers=tuple(Phrase(t, _group(sub_cluster)) for t in p.offers),
                needs=tuple(Phrase(t) for t in p.needs),
            )
        )  # fmt: skip
    labels = {_group(s): (s.label("en"), s.label("th")) for s in SubCluster}
    return Cluster(firms=tuple(firms), concept_labels=labels)


def picture_svg(profiles: Iterable[SmeProfileV1], lang: str) -> str:
    cluster = cluster_of(profiles)
    return render_svg(draw_flows(cluster, summarise(cluster), lang))


@dataclass(frozen=True)
class ChainRow:
    text: str  # the firms, supplier first
    missing: str  # "no supplier of … for …", or "" for a complete chain
    score: str
    firm_ids: tuple[str, ...]


@dataclass(frozen=True)
class ValueChainView:
    svg: str  # every string in it escaped by the renderer (shared.value_chain.svg)
    suggested: int
    established: int
    complete: list[ChainRow]
    complete_total: int
    missing: list[ChainRow]
    missing_total: int
    neighbourhood_svg: str = ""  # of the focus, when one was asked for; escaped like `svg`


def linked_view(
    cluster: Cluster,
    suggested: Mapping[Pair, float],
    established: Iterable[Pair],
    lang: str,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    chains: bool = True,
    focus: str | None = None,
) -> ValueChainView:
    """The picture with its links (suggested ones under `min_score` are not drawn, as in the report),
    the best chain suggestions, and the neighbourhood of `focus` (an SME id of the cluster or a
    sub-cluster value; the caller checks it). CPU work: seconds at thousands of SMEs, so run off the event loop."""
    linked = with_links(cluster, suggested, established)
    summary = summarise(linked, min_score=min_score)
    svg = render_svg(draw_flows(linked, summary, lang))
    complete, missing = suggest_chains(linked, min_score=min_score) if chains else ([], [])

    def row(chain: Chain) -> ChainRow:
        return ChainRow(
            chain_text(linked, chain), missing_text(linked, chain, lang), f"{chain.rank_score:.2f}", chain.firm_ids
        )

    return ValueChainView(
        svg=svg,
        suggested=summary.suggested,
        established=summary.established,
        complete=[row(c) for c in complete[:MAX_CHAINS]],
        complete_total=len(complete),
        missing=[row(c) for c in missing[:MAX_CHAINS]],
        missing_total=len(missing),
        neighbourhood_svg=neighbourhood_svg(linked, focus, lang, min_score) if focus else "",
    )


def neighbourhood_svg(linked: Cluster, focus: str, lang: str, min_score: float) -> str:
    gaps = gap_report(linked, min_score=min_score)
    return render_svg(draw_neighbourhood(linked, gaps, focus, lang=lang, min_score=min_score))


def firms_only_view(
    profiles: Iterable[SmeProfileV1], established: Iterable[Pair], lang: str, focus: str | None = None
) -> ValueChainView:
    """Without the matcher: the firms from their profiles, and the introductions the registry knows."""
    return linked_view(cluster_of(profiles), {}, established, lang, chains=False, focus=focus)


def stage_counts(profiles: Iterable[SmeProfileV1]) -> Counter[tuple[str, str]]:
    """(stage, sub-cluster) -> SMEs: the picture's numbers, as a table anyone can read."""
    return Counter((str(p.stage), str(p.sub_cluster)) for p in profiles)
