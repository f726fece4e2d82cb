"""The matching engine: pure, in-memory, no I/O.

    index = MatchIndex(k=10).fit(profiles, declined=[("sme-7", "sme-3")])
    index.suppliers_of("sme-3")   # -> list[Match], best first, reasons for sme-3
    index.buyers_of("sme-3", k=20)
    new = index.upsert(profile)   # pairs that newly entered any top-k list
    index.remove("sme-9")         # tombstone: leaves all lists, which refill
    index.decline("sme-7", "sme-3")

How a pair is scored (A supplies B):

1. Text. Each offer and need phrase (Thai or English) is read with the shared
   textile glossary (`shared.glossary`) into items: a head concept (what is
   offered or wanted) and attributes. "Bags made from hemp fabric" offers bags
   of hemp, not fabric; "looking for buyers for our tees" is a market need, so
   the tees count as an offer. Items become IDF-weighted concept vectors; a need
   item and an offer item are similar when their heads overlap (the same goods
   or goods under one broader concept) and by the cosine of their vectors.
   text(A, B) is the best similarity over A's offers and B's needs, so a
   competitor (who offers what B offers) scores nothing unless it also offers
   what B needs. Non-product items (tourism, training, marketing) weigh half.
2. Hard constraints. A certification a need asks for ("OEKO-TEX certified
   only", "ต้องมีใบรับรอง OEKO-TEX") must be held by the supplier (its list or
   its offer text); never the SME itself; never a declined pair. The value
   chain (see `rules`): goods sold to an earlier stage only fill a list left
   short, except waste and used goods flowing back to recyclers and work done
   on the buyer's own goods, which flow freely.
3. Soft fit. Same or linked sub-cluster, shared BCG tags and nearby provinces
   add up to 20%, normalised so that score = text x chain x fit is in [0, 1].

Reasons (`Match.reasons`, English and Thai) are written to the owner of the
list (`Match.recipient_id`): in B's suppliers list they say "offers organic
cotton yarn, which you need"; in A's buyers list "needs organic cotton yarn,
which you offer".

Scale: SMEs whose items read alike share a signature, so similarity is
computed between distinct readings only, found through an inverted index over
concept features within a budget (`signatures`); SMEs are grouped in buckets
of equal stage, sub-cluster, province, BCG tags and certifications, so ranking
opens up only the best buckets (`members`). `upsert` scores the changed SME in
both directions against the index and touches only the lists it enters or
leaves; each list keeps a few entries beyond k and a bound on everyone outside
it (`ranked`), so lists rarely need searching again, and always equal a full
rebuild. Queries for k above the index's k are answered by a fresh search.
`fit` learns the vocabulary weights; updates reuse them until the next fit.
The engine does nothing to its process: large fits spread their work only
through an executor they are handed (`parallel`; the service and
`clusterlink match` pass one that forks, `services.matcher.engine_workers`).
"""

from shared.native import compiled_first

__path__ = compiled_first(__name__, __path__)  # the compiled reader, where built: before any module loads

from services.matcher.scoring.features import FeatureWeights
from services.matcher.scoring.index import MatchIndex
from services.matcher.scoring.model import Match, Profile, Reason
from services.matcher.scoring.parallel import Executor, InProcess, WorkerFailed
from services.matcher.scoring.reading import PhraseReader
from services.matcher.scoring.rules import FitWeights

__all__ = [
    "Executor",
    "FeatureWeights",
    "FitWeights",
    "InProcess",
    "Match",
    "MatchIndex",
    "PhraseReader",
    "Profile",
    "Reason",
    "WorkerFailed",
]
