"""The cluster's value chain as coordinators see it: flows, gaps, chains, and drawings of them.

Pure: takes a `Cluster` (firms with their phrases read into concepts, links,
and per-phrase coverage) and returns data or SVG text; the PNG renderer is the
only part that needs Pillow and a font. Imports only `shared`.
"""

from shared.value_chain.chains import Chain, suggest_chains
from shared.value_chain.gaps import DEFAULT_MAX_KM, DEFAULT_MIN_SCORE, Gap, GapReport, SubClusterGaps, gap_report
from shared.value_chain.model import Candidate, Cluster, Firm, Link, LinkKind, Phrase, PhraseRef, Side

__all__ = [
    "DEFAULT_MAX_KM",
    "DEFAULT_MIN_SCORE",
    "Candidate",
    "Chain",
    "Cluster",
    "Firm",
    "Gap",
    "GapReport",
    "Link",
    "LinkKind",
    "Phrase",
    "PhraseRef",
    "Side",
    "SubClusterGaps",
    "gap_report",
    "suggest_chains",
]
