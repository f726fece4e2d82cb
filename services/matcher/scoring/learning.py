"""Weights of the score's parts learned from outcomes: suggestions accepted and declined.

A pair's score is text x chain x (1 + w_sc·affinity + w_bcg·shared + w_km·nearness) / (1 + Σw)
(`rules`). Within the pairs the value chain allows, that ranks exactly as

    text + w_sc·(text·affinity) + w_bcg·(text·shared) + w_km·(text·nearness)

so a logistic regression of accepted-or-declined on those four products, whose
log-odds is c0·text + c1·(text·affinity) + …, gives the soft-fit weights as
w_i = c_i / c0 in the engine's own form: the learned weights are a `FitWeights`
and nothing else in the engine changes (bounds, buckets, incremental upkeep).

Guard: below `MIN_OUTCOMES` the hand-set weights serve. Above, outcomes are
split by pair (a stable hash) into five folds, and each outcome is scored with
weights learned from the other four. The learned weights (from all outcomes)
are kept only when those held-out scores rank accepts above declines better
than the hand-set weights do (ROC AUC, by at least `MARGIN`, and in 99% of
bootstrap resamples); otherwise the hand-set weights serve on. The regression
is fitted by log-loss, so its probabilities are calibrated; `Learned.brier`
reports how well, out of fold.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.stats import rankdata
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss

from services.matcher.scoring.index import MatchIndex
from services.matcher.scoring.rules import FitWeights

MIN_OUTCOMES = 300  # outcomes (accepts and declines on pairs the engine can still score) before learning at all
MIN_EACH = 30  # of accepts and of declines, each
MAX_WEIGHT = 1.0  # per part: a part can at most double a score, text still decides between links
FOLDS = 5  # outcomes are judged by weights learned on the other folds (split by pair, stable)
MARGIN = 0.005  # held-out AUC the learned weights must gain over the hand-set ones
BOOTSTRAP = 300  # resamples of the held-out comparison: the gain must hold in 99% of them
_SURE = 0.01

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One suggestion's fate, as `match.feedback` reports it (decision accept or decline)."""

    supplier_id: str
    buyer_id: str
    accepted: bool


@dataclass(frozen=True, slots=True)
class Learned:
    weights: FitWeights  # what the index should use: learned, or the hand-set ones
    kept: bool  # True when the learned weights replaced the hand-set ones
    why: str
    outcomes: int  # usable outcomes (pairs the index can score)
    auc_hand: float = 0.0  # held-out ROC AUC with the hand-set weights
    auc_learned: float = 0.0
    brier: float = 0.0  # held-out Brier score of the regression's probabilities


def pair_parts(index: MatchIndex, outcomes: Iterable[Outcome]) -> tuple[FloatArray, list[Outcome]]:
    """Rows (text, affinity, shared BCG, nearness) for the outcomes the index can score, and those outcomes.

    text is the best similarity over the pair's readings the value chain and certifications allow;
    pairs with none (an SME gone or changed since) are left out.
    """
    catalogue = index.fitted_.catalogue
    table, rules, graph = catalogue.buckets, catalogue.rules, catalogue.graph
    rows: list[tuple[float, float, float, float]] = []
    scored: list[Outcome] = []
    for outcome in outcomes:
        s_row, b_row = catalogue.live_row(outcome.supplier_id), catalogue.live_row(outcome.buyer_id)
        if s_row is None or b_row is None or s_row == b_row:
            continue
        supplier, buyer = catalogue.records[s_row], catalogue.records[b_row]
        sb, bb = supplier.supply_bucket, buyer.demand_bucket
        text = 0.0
        for offer in supplier.offers:
            linked = graph.needs_of(offer)
            for need in buyer.needs:
                sim = linked.get(need)
                if sim is not None and sim > text and float(catalogue.pair_fit(sb, bb, offer, need)) > 0:
                    text = sim
        if text <= 0:
            continue
        affinity, shared, near = rules.parts(
            table.sub_cluster[sb], table.province[sb], table.bcg[sb],
            table.sub_cluster[bb], table.province[bb], table.bcg[bb],
        )  # fmt: skip
        rows.append((text, float(affinity), float(shared), float(near)))
        scored.append(outcome)
    return np.asarray(rows, dtype=np.float64).reshape(-1, 4), scored


def ranking_score(parts: FloatArray, weights: FitWeights) -> FloatArray:
    """The engine's score of each row (the value chain already allows it)."""
    w = np.array([weights.sub_cluster, weights.bcg, weights.distance])
    scored: FloatArray = parts[:, 0] * (1.0 + parts[:, 1:] @ w) / (1.0 + w.sum())
    return scored


def learn(index: MatchIndex, outcomes: Sequence[Outcome], hand: FitWeights | None = None) -> Learned:
    """Learned soft-fit weights if they beat `hand` (default: the index's) on held-out outcomes."""
    hand = hand or index.fit_weights
    parts, scored = pair_parts(index, outcomes)
    accepted = np.array([o.accepted for o in scored], dtype=np.bool_)
    n = len(accepted)
    positives = int(accepted.sum())
    if n < MIN_OUTCOMES or min(positives, n - positives) < MIN_EACH:
        return Learned(hand, False, f"not enough feedback ({n} outcomes, {positives} accepted)", n)
    # Out-of-fold scores: each outcome scored with weights learned without it.
    fold = np.array([_fold(o) for o in scored], dtype=np.int64)
    held_out = np.zeros(n, dtype=np.float64)
    chance = np.full(n, positives / n, dtype=np.float64)  # out-of-fold probability of an accept
    for f in range(FOLDS):
        test = fold == f
        if not test.any() or len(set(accepted[~test].tolist())) < 2:
            held_out[test] = ranking_score(parts[test], hand)
            continue
        model = _model(parts[~test], accepted[~test])
        held_out[test] = ranking_score(parts[test], _weights(model, hand))
        chance[test] = model.predict_proba(_design(parts[test]))[:, 1]
    by_hand = ranking_score(parts, hand)
    gains = _auc_gains(accepted, held_out, by_hand)
    auc_hand, auc_learned = _auc(accepted, by_hand), _auc(accepted, held_out)
    brier = float(brier_score_loss(accepted, chance))
    learned = _weights(_model(parts, accepted), hand)
    kept = auc_learned >= auc_hand + MARGIN and float(np.quantile(gains, _SURE)) > 0.0
    why = "beats the hand-set weights on held-out feedback" if kept else "not surely better than the hand-set weights"
    return Learned(learned if kept else hand, kept, why, n, auc_hand, auc_learned, brier)


def _model(parts: FloatArray, accepted: npt.NDArray[np.bool_]) -> LogisticRegression:
    return LogisticRegression(C=1.0, max_iter=1000).fit(_design(parts), accepted)


def _weights(model: LogisticRegression, hand: FitWeights) -> FitWeights:
    """Soft-fit weights w_i = c_i / c_text from the regression's coefficients, within [0, MAX_WEIGHT]."""
    c = model.coef_[0]
    # When text does not separate the outcomes (partners alike in what they offer), only the parts can.
    w = np.clip(c[1:] / c[0], 0.0, MAX_WEIGHT) if c[0] > 0 else np.where(c[1:] > 0, MAX_WEIGHT, 0.0)
    return FitWeights(float(w[0]), float(w[1]), float(w[2]), hand.distance_scale_km)


def _auc_gains(accepted: npt.NDArray[np.bool_], learned: FloatArray, hand: FloatArray) -> FloatArray:
    """Bootstrap draws of AUC(learned) - AUC(hand) over the same resampled outcomes."""
    rng = np.random.default_rng(0)  # fixed: the same feedback always gives the same decision
    gains = np.zeros(BOOTSTRAP, dtype=np.float64)
    for i in range(BOOTSTRAP):
        pick = rng.integers(0, len(accepted), len(accepted))
        if accepted[pick].all() or not accepted[pick].any():
            continue
        gains[i] = _auc(accepted[pick], learned[pick]) - _auc(accepted[pick], hand[pick])
    return gains


def _auc(accepted: npt.NDArray[np.bool_], scores: FloatArray) -> float:
    """ROC AUC by ranks (Mann-Whitney, ties counted half): sklearn's checks cost more than the sum."""
    ranks = rankdata(scores)
    pos = int(accepted.sum())
    neg = len(accepted) - pos
    return float((ranks[accepted].sum() - pos * (pos + 1) / 2) / (pos * neg)) if pos and neg else 0.5


def _design(parts: FloatArray) -> FloatArray:
    text = parts[:, :1]
    design: FloatArray = np.hstack([text, text * parts[:, 1:]])
    return design


def _fold(outcome: Outcome) -> int:
    return zlib.crc32(f"{outcome.supplier_id}|{outcome.buyer_id}".encode()) % FOLDS
