#!/usr/bin/env python3
"""Replayed, simulated feedback: does learning the soft-fit weights from outcomes help, and never hurt?

    python eval/feedback_replay.py [--data ../shared/data/dev] [--dense eval/dense_bilingual] [--seeds 5]

The SMEs of a labelled set are split in two by a stable hash: half give
feedback, the other half are only judged. Each feedback SME is shown its top-10
suppliers and buyers (the engine with hand-set weights) and reacts to some of
them: it accepts a labelled partner and declines any other, with a share of
reactions flipped at random (noise). `learning.learn` then fits the weights on
that feedback (with its own held-out guard) and the index is rebuilt with what
it returns; NDCG@10 is measured on the judged SMEs only, beside the hand-set
weights' figure. Scenarios:

- labels (development set) with 10% and 30% noise, and accepts at random
  on both sets (feedback that says nothing: the guard must keep the hand-set
  weights);
- a preference the hand-set weights do not know (generated): on the dense
  bilingual cluster, where every SME has ~36 true partners and room for 10,
  coordinators accept true partners in their own sub-cluster far more often
  than others; the ranking is then judged against those preferred partners.

For each amount of feedback (outcomes drawn from everything shown) and seed,
it prints how often the learned weights were kept and the NDCG@10 change on the
judged SMEs (mean and worst); a negative worst case means learning made the
ranking worse than the hand-set weights.
"""

from __future__ import annotations

import argparse
import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from quality import LabelledSet, load_set, ndcg  # noqa: E402

from services.matcher.scoring import FitWeights, MatchIndex  # noqa: E402
from services.matcher.scoring.learning import Outcome, learn  # noqa: E402

SIZES = (100, 200, 300, 600, 1200)
Accepts = Callable[[str, str, random.Random], bool]  # (supplier, buyer, rng) -> accepted?


def judged(sme_id: str) -> bool:
    return zlib.crc32(sme_id.encode()) % 2 == 0


def shown_pairs(data: LabelledSet, index: MatchIndex) -> list[tuple[str, str]]:
    """Every (supplier, buyer) pair a feedback SME saw in its top-10 lists."""
    pairs: list[tuple[str, str]] = []
    for p in data.profiles:
        if judged(p.id):
            continue
        pairs += [(m.supplier_id, m.buyer_id) for m in index.suppliers_of(p.id)]
        pairs += [(m.supplier_id, m.buyer_id) for m in index.buyers_of(p.id)]
    return list(dict.fromkeys(pairs))


def scenario(name: str, data: LabelledSet, truth: LabelledSet, accepts: Accepts, seeds: int) -> None:
    hand = FitWeights()
    index = MatchIndex(k=10).fit(data.profiles)
    judged_ids = {p.id for p in data.profiles if judged(p.id)}
    base = ndcg(truth, index, judged_ids)
    pool = shown_pairs(data, index)
    print(f"\n{name}: {len(pool)} pairs shown to feedback SMEs; hand-set NDCG@10 on judged SMEs {base:.4f}")
    print(f"{'outcomes':>9} {'kept':>6} {'mean change':>12} {'worst':>8} {'held-out AUC hand → learned':>40}  weights")
    for size in SIZES:
        if size > len(pool):
            break
        kept, changes, aucs, briers, shown = 0, [], [], [], ""
        for seed in range(seeds):
            rng = random.Random(seed)
            outcomes = [Outcome(s, b, accepts(s, b, rng)) for s, b in rng.sample(pool, size)]
            learned = learn(index, outcomes, hand)
            if learned.kept:
                kept += 1
                index.use_fit_weights(learned.weights)
                changes.append(ndcg(truth, index, judged_ids) - base)
                index.use_fit_weights(hand)
                w = learned.weights
                shown = f"sub-cluster {w.sub_cluster:.2f}, BCG {w.bcg:.2f}, distance {w.distance:.2f}"
            else:
                changes.append(0.0)
            if learned.auc_hand:
                aucs.append((learned.auc_hand, learned.auc_learned))
                briers.append(learned.brier)
        mean = sum(changes) / len(changes)
        auc = (
            f"{sum(a for a, _ in aucs) / len(aucs):.3f} → {sum(b for _, b in aucs) / len(aucs):.3f}"
            f" (Brier {sum(briers) / len(briers):.3f})"
            if aucs
            else "(too little feedback)"
        )
        print(f"{size:>9} {kept:>3}/{seeds:<2} {mean:>+12.4f} {min(changes):>+8.4f} {auc:>40}  {shown}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "dev")
    parser.add_argument("--dense", type=Path, default=REPO / "eval" / "dense_bilingual")
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    print(
        f"hand-set weights {FitWeights()}; learning kept only on a held-out gain (services/matcher/scoring/learning.py)"
    )

    dev = load_set(args.data)
    links = set(dev.links)

    def labelled(noise: float) -> Accepts:
        return lambda s, b, rng: ((s, b) in links) != (rng.random() < noise)

    scenario("development set, labels with 10% noise", dev, dev, labelled(0.1), args.seeds)
    scenario("development set, labels with 30% noise", dev, dev, labelled(0.3), args.seeds)
    scenario("development set, accepts at random (30%)", dev, dev, lambda s, b, rng: rng.random() < 0.3, args.seeds)

    dense = load_set(args.dense)
    cluster = {p.id: p.sub_cluster for p in dense.profiles}
    dense_links = set(dense.links)
    preferred = [(s, b) for s, b in dense.links if cluster[s] == cluster[b]]

    def prefers_own(s: str, b: str, rng: random.Random) -> bool:
        chance = (0.9 if cluster[s] == cluster[b] else 0.3) if (s, b) in dense_links else 0.05
        return rng.random() < chance

    print(f"\n(dense cluster: {len(preferred)} of {len(dense.links)} labelled links join one sub-cluster)")
    scenario("dense cluster, accepts at random (30%)", dense, dense, lambda s, b, rng: rng.random() < 0.3, args.seeds)
    scenario(
        "dense cluster, coordinators prefer their own sub-cluster (judged on those partners)",
        dense,
        LabelledSet(dense.profiles, preferred),
        prefers_own,
        args.seeds,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
