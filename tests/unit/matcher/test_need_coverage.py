"""An offer that has what the need asks for ranks above one that has less, whatever else it names.

Cosine alone is symmetric: an offer that names more than was asked (a quality of spinning, a
certification, a finish) has a longer vector, and scored below a bare offer of the same goods. A
need for organic cotton yarn then saw plain cotton yarn first. Part of the similarity is now how
much of the need the offer covers. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import numpy as np
import pytest

from services.matcher.scoring import MatchIndex, Profile
from services.matcher.scoring.features import Encoded
from services.matcher.scoring.materials import MaterialClasses
from services.matcher.scoring.signatures import SignatureTable, Similarity, SimilarityGraph
from shared.glossary import load_glossary
from tests.unit.matcher.factories import sme, supplier_ids

CASES = [
    ("organic cotton yarn", "GOTS organic cotton yarn Ne 30/1, combed, on cones", "Cotton yarn on cones"),
    ("ด้ายฝ้ายออร์แกนิก", "ด้ายฝ้ายออร์แกนิก เบอร์ 30 หวี ขึ้นหลอด", "ด้ายฝ้าย ขึ้นหลอด"),
    ("recycled polyester yarn", "Recycled polyester DTY 150D from PET bottles, GRS", "Polyester yarn"),
]


def _cluster(need: str, covering: str, bare: str) -> list[Profile]:
    language = "th" if need[0] > "\u0e00" else "en"
    return [
        sme("buyer", stage="downstream", language=language, needs=(need,)),
        sme("covering", stage="midstream", language=language, offers=(covering,)),
        sme("bare", stage="midstream", language=language, offers=(bare,)),
    ]


@pytest.mark.parametrize(("need", "covering", "bare"), CASES)
def test_the_offer_covering_the_need_ranks_first(need: str, covering: str, bare: str) -> None:
    index = MatchIndex(k=10).fit(_cluster(need, covering, bare))
    assert supplier_ids(index.suppliers_of("buyer")) == ["covering", "bare"]


@pytest.mark.parametrize(("need", "covering", "bare"), CASES)
def test_by_cosine_alone_the_bare_offer_came_first(need: str, covering: str, bare: str) -> None:
    """What the coverage part changes: without it, the same three SMEs rank the other way."""
    index = MatchIndex(k=10, coverage=0.0).fit(_cluster(need, covering, bare))
    assert supplier_ids(index.suppliers_of("buyer")) == ["bare", "covering"]


def _random_vector(rng: np.random.Generator, n_cols: int) -> Encoded:
    cols = np.sort(rng.choice(n_cols, size=int(rng.integers(1, 5)), replace=False)).astype(np.int32)
    vals = rng.random(len(cols)).astype(np.float32) + 0.1
    vals /= np.float32(np.sqrt(np.dot(vals, vals)))
    head = np.zeros(len(cols), dtype=np.bool_)
    head[0] = True
    return Encoded(cols, vals, head)


def test_a_link_added_one_signature_at_a_time_scores_as_in_a_full_build() -> None:
    """Both ways of scoring a link (all pairs at once in a fit; one new reading against the stored
    ones in an update, compacted or not) give the same similarity, coverage included. Enough
    readings that the stored ones are compacted on the way (more than 256 added since)."""
    rng = np.random.default_rng(3)
    n_cols = 40
    vectors = [(_random_vector(rng, n_cols), float(rng.choice([0.8, 1.0]))) for _ in range(700)]
    needs_at_once, offers_at_once = SignatureTable(), SignatureTable()
    needs_one_by_one, offers_one_by_one = SignatureTable(), SignatureTable()
    materials = MaterialClasses(load_glossary())
    similarity = Similarity(minimum=0.05, coverage=0.3)
    at_once = SimilarityGraph(similarity, 0.4, materials, max_links=1000)
    one_by_one = SimilarityGraph(similarity, 0.4, materials, max_links=1000)
    one_by_one.build(needs_one_by_one, offers_one_by_one, n_cols)
    for i, (vector, weight) in enumerate(vectors):
        need = i % 2 == 0
        for table in (needs_at_once, needs_one_by_one) if need else (offers_at_once, offers_one_by_one):
            sid, _ = table.intern(i, vector, weight, 0, i)
        if need:
            one_by_one.add_need(sid, needs_one_by_one, offers_one_by_one)
        else:
            one_by_one.add_offer(sid, needs_one_by_one, offers_one_by_one)
    at_once.build(needs_at_once, offers_at_once, n_cols)
    for sid in range(len(needs_at_once)):
        built, added = at_once.for_need(sid), one_by_one.for_need(sid)
        assert dict(zip(built.ids.tolist(), built.sims.tolist(), strict=True)) == pytest.approx(
            dict(zip(added.ids.tolist(), added.sims.tolist(), strict=True)), abs=1e-5
        )
