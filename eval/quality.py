"""In-process ranking quality of a `MatchIndex` on a labelled set (same measures as score.py).

`scripts/eval.py` scores `clusterlink match`'s file with the set's own
`score.py`; the experiments that need many variants of the engine (feature and
fit weights, learned weights) score the index directly with the functions here:
NDCG@10 with binary relevance, macro-averaged over all (SME, side) queries that
have at least one true partner, as score.py does, optionally over a subset of
SMEs (held-out queries).
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from services.matcher.scoring import MatchIndex, Profile


@dataclass(frozen=True)
class LabelledSet:
    profiles: list[Profile]
    links: list[tuple[str, str]]  # (supplier, buyer)

    @property
    def languages(self) -> dict[str, str]:
        return {p.id: p.language for p in self.profiles}

    def true_suppliers(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for s, b in self.links:
            found.setdefault(b, set()).add(s)
        return found

    def true_buyers(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for s, b in self.links:
            found.setdefault(s, set()).add(b)
        return found


def load_set(folder: Path) -> LabelledSet:
    profiles: list[Profile] = []
    with (folder / "profiles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            profiles.append(
                Profile(
                    id=d["id"],
                    name=d.get("name", ""),
                    sub_cluster=d["sub_cluster"],
                    stage=d["stage"],
                    province=d["province"],
                    offers=tuple(d.get("offers") or ()),
                    needs=tuple(d.get("needs") or ()),
                    certifications=tuple(d.get("certifications") or ()),
                    bcg=tuple(d.get("bcg") or ()),
                    language=d.get("language", "en"),
                )
            )
    with (folder / "links.csv").open(encoding="utf-8", newline="") as f:
        links = [(row["supplier_id"], row["buyer_id"]) for row in csv.DictReader(f)]
    return LabelledSet(profiles, links)


def rankings(index: MatchIndex, ids: Iterable[str], k: int = 10) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each SME's top-k suppliers and buyers, best first."""
    suppliers = {i: [m.partner_id for m in index.suppliers_of(i, k=k)] for i in ids}
    buyers = {i: [m.partner_id for m in index.buyers_of(i, k=k)] for i in ids}
    return suppliers, buyers


def ndcg_at(ranking: list[str], relevant: Collection[str], k: int = 10) -> float:
    dcg = sum(1.0 / math.log2(r + 2) for r, i in enumerate(ranking[:k]) if i in relevant)
    ideal = sum(1.0 / math.log2(r + 2) for r in range(min(len(relevant), k)))
    return dcg / ideal if ideal else 0.0


def ndcg(data: LabelledSet, index: MatchIndex, only: Collection[str] | None = None, k: int = 10) -> float:
    """Overall NDCG@k over every (SME, side) query with a true partner (only SMEs in `only`, if given)."""
    ids = [p.id for p in data.profiles if only is None or p.id in only]
    suppliers, buyers = rankings(index, ids, k)
    scores = []
    for truth, found in ((data.true_suppliers(), suppliers), (data.true_buyers(), buyers)):
        for sme in ids:
            if truth.get(sme):
                scores.append(ndcg_at(found[sme], truth[sme], k))
    return sum(scores) / len(scores) if scores else 0.0


def cross_same(data: LabelledSet, index: MatchIndex, k: int = 10) -> float:
    """Recall@k of links joining a Thai and an English SME over that of links within one language."""
    ids = [p.id for p in data.profiles]
    suppliers, buyers = rankings(index, ids, k)
    languages = data.languages
    found = {True: [0, 0], False: [0, 0]}
    for s, b in data.links:
        cross = languages[s] != languages[b]
        found[cross][0] += int(s in suppliers.get(b, []) or b in buyers.get(s, []))
        found[cross][1] += 1
    cross_rate = found[True][0] / found[True][1] if found[True][1] else 0.0
    same_rate = found[False][0] / found[False][1] if found[False][1] else 0.0
    return cross_rate / same_rate if same_rate else 0.0
