"""scikit-learn in scoring: character n-grams of unknown words, soft-fit weights learned from outcomes.

Decision 0014 says what each part earned: the n-gram features and the
nearest-term reading stay off by default (`FeatureWeights.ngram_head`,
`ngram`; `PhraseReader(near_terms=...)`); the learned weights replace the
hand-set ones only with enough feedback and a held-out gain.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from services.matcher.scoring import FeatureWeights, FitWeights, MatchIndex, PhraseReader, Profile
from services.matcher.scoring.learning import MIN_OUTCOMES, Outcome, learn, pair_parts, ranking_score
from services.matcher.scoring.reading import Side
from services.matcher.scoring.wording import CharGrams, NearestTerms
from tests.unit.matcher.factories import sme, supplier_ids

GRAMS_ON = FeatureWeights(ngram_head=1.0)


def _cosine(a: tuple[tuple[str, float], ...], b: tuple[tuple[str, float], ...]) -> float:
    right = dict(b)
    return sum(v * right.get(k, 0.0) for k, v in a)


# ---------------------------------------------------------------------- character n-grams


def test_variant_spellings_share_character_ngrams_and_unrelated_words_do_not() -> None:
    grams = CharGrams()
    grams.fit([("handloom",), ("handlooms",), ("loomwork",), ("kapok",), ("kapoc",), ("ramie",), ("rami",)])
    assert _cosine(grams.features(("handloom",)), grams.features(("handlooms",))) > 0.6
    assert _cosine(grams.features(("kapok",)), grams.features(("kapoc",))) > 0.3
    assert _cosine(grams.features(("kapok",)), grams.features(("ramie",))) == 0.0


def test_thai_words_keep_their_bytes_in_the_ngram_vocabulary() -> None:
    grams = CharGrams()
    grams.fit([("หมี่ขิด",), ("ขิดลาว",), ("จกดอก",), ("จกดอกลาว",)])
    names = grams.names
    assert any("ขิด" in name for name in names)
    assert all(name.startswith("n:") for name in names)
    assert _cosine(grams.features(("จกดอก",)), grams.features(("จกดอกลาว",))) > 0.5
    # n-grams first seen after the fit are left out until the next fit
    assert grams.features(("ซิ่นตีนแดง",)) == ()


def test_an_unfitted_or_empty_vectoriser_gives_nothing() -> None:
    grams = CharGrams()
    assert grams.features(("handloom",)) == ()
    grams.fit([("handloom",)])  # a single item: no n-gram is used twice
    assert grams.features(("handloom",)) == ()


def _zorbex_cluster() -> list[Profile]:
    return [
        sme("maker", offers=("zorbex",), stage="midstream"),
        sme("other-maker", offers=("quilbit",), stage="midstream"),
        sme("buyer", needs=("zorbexa",), stage="downstream"),
        sme("second-buyer", needs=("quilbits wanted", "zorbexi"), stage="downstream"),
    ]


def test_an_item_the_glossary_cannot_read_links_to_a_variant_spelling_only_with_ngrams() -> None:
    profiles = _zorbex_cluster()
    assert supplier_ids(MatchIndex(k=5).fit(profiles).suppliers_of("buyer")) == []
    assert supplier_ids(MatchIndex(k=5, feature_weights=GRAMS_ON).fit(profiles).suppliers_of("buyer")) == ["maker"]


def test_ngrams_apply_between_refits_and_updates_equal_a_rebuild() -> None:
    index = MatchIndex(k=5, feature_weights=GRAMS_ON).fit(_zorbex_cluster())
    entered = index.upsert(sme("late-buyer", needs=("zorbexo",), stage="downstream"))
    assert ("maker", "late-buyer") in {(m.supplier_id, m.buyer_id) for m in entered}
    before = {i: supplier_ids(index.suppliers_of(i)) for i in ("buyer", "second-buyer", "late-buyer")}
    assert before == {i: supplier_ids(index.rebuild().suppliers_of(i)) for i in before}


def test_ngrams_off_by_default_leave_the_feature_space_as_it_was() -> None:
    assert FeatureWeights().ngram == 0.0 and FeatureWeights().ngram_head == 0.0
    plain = MatchIndex(k=5).fit(_zorbex_cluster())
    assert not any(name.startswith("n:") for name in plain.fitted_.catalogue.features.vocabulary)


# ---------------------------------------------------------------------- learned soft-fit weights

_NEAR, _FAR = "Lamphun", "Songkhla"  # from buyers in Chiang Mai: about 25 km and about 1,400 km


def _yarn_cluster() -> list[Profile]:
    """Buyers in Chiang Mai; yarn suppliers far away in the buyers' sub-cluster or nearby in another one."""
    profiles = [
        sme(f"b{i}", needs=("hemp yarn",), stage="downstream", sub_cluster="hemp_natural_fibre") for i in range(30)
    ]
    for i in range(30):
        near = i % 2 == 0
        profiles.append(
            sme(
                f"s{i}",
                offers=("hemp yarn" if i % 3 else "organic hemp yarn",),
                stage="upstream",
                sub_cluster="circular_textile" if near else "hemp_natural_fibre",
                province=_NEAR if near else _FAR,
            )
        )
    return profiles


def _near_preferred(profiles: list[Profile], seed: int, noise: float = 0.1) -> list[Outcome]:
    """Buyers who accept nearby suppliers and decline far ones (with some noise)."""
    rng = random.Random(seed)
    province = {p.id: p.province for p in profiles}
    outcomes = []
    for b in (p.id for p in profiles if p.id.startswith("b")):
        for s in (p.id for p in profiles if p.id.startswith("s")):
            outcomes.append(Outcome(s, b, (province[s] == _NEAR) != (rng.random() < noise)))
    return outcomes


def test_the_parts_reproduce_the_engines_score() -> None:
    index = MatchIndex(k=10).fit(_yarn_cluster())
    shown = index.suppliers_of("b0")
    parts, scored = pair_parts(index, [Outcome(m.supplier_id, m.buyer_id, True) for m in shown])
    assert len(scored) == len(shown) > 0
    np.testing.assert_allclose(ranking_score(parts, index.fit_weights), [m.score for m in shown], rtol=1e-6)


def test_too_little_feedback_keeps_the_hand_set_weights() -> None:
    profiles = _yarn_cluster()
    index = MatchIndex(k=10).fit(profiles)
    learned = learn(index, _near_preferred(profiles, 0)[: MIN_OUTCOMES - 1])
    assert not learned.kept and learned.weights == FitWeights()
    assert "not enough feedback" in learned.why


def test_feedback_preferring_nearby_suppliers_is_learned_and_reorders_the_list() -> None:
    profiles = _yarn_cluster()
    index = MatchIndex(k=10).fit(profiles)
    province = {p.id: p.province for p in profiles}
    assert province[supplier_ids(index.suppliers_of("b0"))[0]] == _FAR  # hand-set: own sub-cluster first
    learned = learn(index, _near_preferred(profiles, 1))
    assert learned.kept, learned.why
    assert learned.auc_learned > learned.auc_hand
    assert learned.weights.distance > learned.weights.sub_cluster
    assert 0.0 < learned.brier < 0.25
    index.use_fit_weights(learned.weights)
    assert {province[s] for s in supplier_ids(index.suppliers_of("b0"))[:5]} == {_NEAR}


def test_feedback_that_says_nothing_keeps_the_hand_set_weights() -> None:
    profiles = _yarn_cluster()
    index = MatchIndex(k=10).fit(profiles)
    rng = random.Random(3)
    outcomes = [Outcome(o.supplier_id, o.buyer_id, rng.random() < 0.3) for o in _near_preferred(profiles, 0)]
    learned = learn(index, outcomes)
    assert not learned.kept and learned.weights == FitWeights()


def test_learned_weights_keep_updates_equal_to_a_rebuild() -> None:
    profiles = _yarn_cluster()
    index = MatchIndex(k=5).fit(profiles)
    index.use_fit_weights(FitWeights(sub_cluster=0.0, bcg=0.0, distance=1.0))
    index.upsert(sme("s-new", offers=("hemp yarn",), stage="upstream", province="Chiang Mai"))
    index.remove("s0")
    index.decline("s2", "b1")
    ids = [p.id for p in profiles if p.id.startswith("b")]
    lists = {i: [(m.supplier_id, round(m.score, 9)) for m in index.suppliers_of(i)] for i in ids}
    assert lists["b0"][0][0] == "s-new"
    assert lists == {i: [(m.supplier_id, round(m.score, 9)) for m in index.rebuild().suppliers_of(i)] for i in ids}


@pytest.mark.parametrize("weights", [FitWeights(), FitWeights(1.0, 1.0, 1.0)])
def test_scores_stay_within_zero_and_one_whatever_the_weights(weights: FitWeights) -> None:
    index = MatchIndex(k=10).fit(_yarn_cluster())
    index.use_fit_weights(weights)
    scores = [m.score for i in range(30) for m in index.suppliers_of(f"b{i}")]
    assert scores and all(0.0 < s <= 1.0 for s in scores)


# ---------------------------------------------------------------------- nearest glossary term (off by default)


def _heads(reader: PhraseReader, text: str) -> list[str]:
    return [item.head for item in reader.read(text, Side.OFFER).items]


def test_a_misspelt_word_reads_as_the_term_it_is_spelt_like_only_when_asked() -> None:
    near = PhraseReader(near_terms=0.6)
    assert _heads(near, "cottton yarn") == ["yarn"]
    assert ("cotton", 1.0) in near.read("cottton yarn", Side.OFFER).items[0].attrs
    assert _heads(near, "recyled polyester fabric") == _heads(near, "recycled polyester fabric")
    plain = PhraseReader()
    assert not any(c == "cotton" for c, _ in plain.read("cottton yarn", Side.OFFER).items[0].attrs)


def test_short_unknown_words_are_never_read_as_a_nearby_term() -> None:
    glossary = PhraseReader().glossary
    near = NearestTerms(glossary.terms, threshold=0.6)
    assert near.term("cottton") is glossary.terms["cotton"]
    assert near.term("silk") is None  # shorter than min_length: left to the glossary's exact lookup
    assert near.term("zqxjvw") is None
