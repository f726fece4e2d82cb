#!/usr/bin/env python3
"""Character n-gram TF-IDF of unknown words (`scoring/wording.py`), off and on, on every labelled set.

    python eval/ngram_check.py [--data ../shared/data/dev] [--extra DIR ...] [--misspelt-seeds 1 2]

Scores the engine in-process (eval/quality.py, the measures of score.py) with
the default feature weights and with the n-grams switched on, beside a known
head (`FeatureWeights.ngram`, 0.2) and as the head of items the glossary cannot
read (`ngram_head`, 1.0), and reading an unknown word as the glossary term
it is spelt most like (`PhraseReader(near_terms=0.6)`). Besides the development set and the sets under
eval/, it generates misspelt copies of the development set: 30 of its frequent
English words (5 letters or more), each occurrence rewritten with probability
0.7 as a variant the glossary does not know (a letter doubled, dropped or
swapped, or a suffix), with the same labels. That is wording nobody wrote into
the glossary, used on both sides of a link, which is what n-grams could catch.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from quality import cross_same, load_set, ndcg  # noqa: E402

from services.matcher.scoring import FeatureWeights, MatchIndex, PhraseReader  # noqa: E402

VARIANTS: dict[str, tuple[FeatureWeights, float | None]] = {
    "default (all off)": (FeatureWeights(), None),
    "n-grams beside a known head (ngram=0.2)": (FeatureWeights(ngram=0.2), None),
    "n-grams heading unread items (ngram_head=1.0)": (FeatureWeights(ngram_head=1.0), None),
    "nearest glossary term (near_terms=0.6)": (FeatureWeights(), 0.6),
}
_WORD = re.compile(r"[A-Za-z]{5,}")


def misspelt(src: Path, out: Path, seed: int) -> Path:
    """A copy of the labelled set `src` with frequent English words rewritten as unknown variants."""
    rng = random.Random(seed)
    rows = [json.loads(line) for line in (src / "profiles.jsonl").open(encoding="utf-8") if line.strip()]
    counts = collections.Counter(w.lower() for r in rows for t in (*r["offers"], *r["needs"]) for w in _WORD.findall(t))
    common = [w for w, c in counts.most_common(80) if c >= 3]
    chosen = set(rng.sample(common, min(30, len(common))))

    def variant(word: str) -> str:
        i = rng.randrange(1, len(word) - 1)
        return rng.choice(
            [word[:i] + word[i] + word[i:], word[:i] + word[i + 1 :], word + "s", word + "ish",
             word[:i] + word[i + 1] + word[i] + word[i + 2 :]]
        )  # fmt: skip

    def rewrite(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            word = m.group(0).lower()
            return variant(word) if word in chosen and rng.random() < 0.7 else m.group(0)

        return _WORD.sub(one, text)

    out.mkdir(parents=True, exist_ok=True)
    with (out / "profiles.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            r["offers"] = [rewrite(t) for t in r["offers"]]
            r["needs"] = [rewrite(t) for t in r["needs"]]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (out / "links.csv").write_text((src / "links.csv").read_text(encoding="utf-8"), encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "dev")
    parser.add_argument("--extra", type=Path, action="append")
    parser.add_argument("--misspelt-seeds", type=int, nargs="*", default=[1, 2])
    args = parser.parse_args()
    extras = args.extra or sorted(p for p in (REPO / "eval").iterdir() if (p / "links.csv").exists())
    with tempfile.TemporaryDirectory(prefix="clusterlink-ngrams-") as tmp:
        sets = {"development set": args.data}
        sets |= {str(p.relative_to(REPO) if p.is_relative_to(REPO) else p): p for p in extras}
        for seed in args.misspelt_seeds:
            sets[f"development set, misspelt (seed {seed})"] = misspelt(args.data, Path(tmp) / f"m{seed}", seed)
        print(f"{'set':<40} {'variant':<46} {'NDCG@10':>8} {'cross/same':>11}")
        print("(decision 0014; all are off in the engine: the first row of each set is what it does)")
        for name, folder in sets.items():
            data = load_set(folder)
            for label, (weights, near) in VARIANTS.items():
                reader = PhraseReader(near_terms=near)
                index = MatchIndex(k=10, feature_weights=weights, reader=reader).fit(data.profiles)
                print(f"{name:<40} {label:<46} {ndcg(data, index):>8.4f} {cross_same(data, index):>11.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
