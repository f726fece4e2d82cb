"""A small hemp cluster, built by hand, whose gaps and chains can be read off by eye.

grower (Chiang Rai) -> spinner (Chiang Rai) -> weaver (Chiang Mai) -> bag maker (Bangkok)
                                    \\-> resort (Phuket)
the weaver also needs a natural dye nobody offers; the hospital needs kraft paper
(the grower's stems come closest, far under the threshold); nobody buys the bags.
"""

from __future__ import annotations

from shared.taxonomy import Stage, SubCluster
from shared.value_chain import Candidate, Cluster, Firm, Link, LinkKind, Phrase, PhraseRef, Side

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CARE = SubCluster.AGEING_LIFESTYLE_CENTRAL


def offer(firm: str, index: int = 0) -> PhraseRef:
    return PhraseRef(firm, Side.OFFER, index)


def need(firm: str, index: int = 0) -> PhraseRef:
    return PhraseRef(firm, Side.NEED, index)


def hemp_cluster(*, established: bool = False) -> Cluster:
    firms = (
        Firm("grower", "Doi Hemp Growers", HEMP, Stage.UPSTREAM, "Chiang Rai",
             offers=(Phrase("hemp stems", "stem@hemp"),)),
        Firm("spinner", "กลุ่มปั่นด้ายกัญชง", HEMP, Stage.UPSTREAM, "Chiang Rai",
             offers=(Phrase("ด้ายกัญชงเข็นมือ", "yarn@hemp"),), needs=(Phrase("ต้นกัญชงสด", "stem@hemp"),)),
        Firm("weaver", "Lanna <Hemp> & Loom", HEMP, Stage.MIDSTREAM, "Chiang Mai",
             offers=(Phrase("handwoven hemp fabric", "fabric@hemp"),),
             needs=(Phrase("hand-spun hemp yarn", "yarn@hemp"), Phrase("natural plant dye", "dye"),
                    Phrase("looking for buyers for our fabric", "fabric@hemp", market=True))),
        Firm("bags", "Bangkok Bag Studio", HEMP, Stage.DOWNSTREAM, "Bangkok",
             offers=(Phrase("hemp tote bags", "tote_bag"),), needs=(Phrase("hemp fabric", "fabric@hemp"),)),
        Firm("resort", "Andaman Resort", CARE, Stage.DOWNSTREAM, "Phuket",
             needs=(Phrase("hemp yarn for crafts", "yarn@hemp"),)),
        Firm("hospital", "โรงพยาบาลสุขใจ", CARE, Stage.DOWNSTREAM, "Bangkok", needs=(Phrase("kraft paper", None),)),
    )  # fmt: skip
    coverage = {
        need("spinner"): (Candidate(offer("grower"), 0.9),),
        need("weaver"): (Candidate(offer("spinner"), 0.95),),
        need("weaver", 1): (),
        need("bags"): (Candidate(offer("weaver"), 0.8),),
        need("resort"): (Candidate(offer("spinner"), 0.5),),
        need("hospital"): (Candidate(offer("grower"), 0.2), Candidate(offer("spinner"), 0.1)),
        offer("grower"): (Candidate(need("spinner"), 0.9), Candidate(need("hospital"), 0.2)),
        offer("spinner"): (Candidate(need("weaver"), 0.95), Candidate(need("resort"), 0.5)),
        offer("weaver"): (Candidate(need("bags"), 0.8),),
        offer("bags"): (),
    }
    kind = LinkKind.ESTABLISHED if established else LinkKind.SUGGESTED
    links = (
        Link("grower", "spinner", LinkKind.SUGGESTED, 0.9, "stem@hemp"),
        Link("spinner", "weaver", kind, 0.95, "yarn@hemp"),
        Link("spinner", "resort", LinkKind.SUGGESTED, 0.5, "yarn@hemp"),
        Link("weaver", "bags", LinkKind.SUGGESTED, 0.8, "fabric@hemp"),
        Link("grower", "hospital", LinkKind.SUGGESTED, 0.2, "stem@hemp"),  # weak: under the threshold
    )
    labels = {
        "stem@hemp": ("hemp stem", "ต้นกัญชง"),
        "yarn@hemp": ("hemp yarn", "ด้ายกัญชง"),
        "fabric@hemp": ("hemp fabric", "ผ้ากัญชง"),
        "tote_bag": ("tote bag", "กระเป๋าผ้า"),
        "dye": ("dye", "สีย้อม"),
    }
    return Cluster(firms=firms, links=links, coverage=coverage, concept_labels=labels)
