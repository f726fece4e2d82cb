"""What the value-chain views are drawn from: firms, their phrases read into concepts, and links.

Plain data, filled by whoever can read phrases and match them (the `clusterlink
report` command runs the matcher's engine offline; a dashboard could ask the
matcher). Nothing here reads text or scores pairs.

- A `Phrase` is one offer or need as the SME wrote it, with the head concept the
  matcher read in it (None when the glossary knows none of its words).
- `Coverage` says, per phrase, which phrases on the other side could serve it and
  how well (the matcher's score, in [0, 1]); a gap is a phrase with no partner
  scoring at least the report's threshold.
- A `Link` is a supplier -> buyer pair: *suggested* (in a top-k list of the
  matcher) or *established* (both sides accepted and were introduced).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from shared.taxonomy import Stage, SubCluster


class Side(StrEnum):
    OFFER = "offer"
    NEED = "need"


class LinkKind(StrEnum):
    SUGGESTED = "suggested"
    ESTABLISHED = "established"


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    concept: str | None = None
    market: bool = False  # a need that seeks customers ("looking for buyers"): not a need for inputs


@dataclass(frozen=True, slots=True)
class Firm:
    id: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    offers: tuple[Phrase, ...] = ()
    needs: tuple[Phrase, ...] = ()

    def phrases(self, side: Side) -> tuple[Phrase, ...]:
        return self.offers if side is Side.OFFER else self.needs


@dataclass(frozen=True, slots=True, order=True)
class PhraseRef:
    """One phrase of one firm: `index` into its offers or needs."""

    firm_id: str
    side: Side
    index: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A phrase on the other side that could serve a phrase, with the matcher's score."""

    ref: PhraseRef
    score: float


@dataclass(frozen=True, slots=True)
class Link:
    supplier_id: str
    buyer_id: str
    kind: LinkKind
    score: float = 0.0
    concept: str | None = None  # the goods that flow, when known


@dataclass(frozen=True)
class Cluster:
    """Everything the views need. `coverage` lists candidates best first, other firms only."""

    firms: tuple[Firm, ...]
    links: tuple[Link, ...] = ()
    coverage: Mapping[PhraseRef, tuple[Candidate, ...]] = field(default_factory=dict)
    concept_labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # id -> (en, th)
    _by_id: dict[str, Firm] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {f.id: f for f in self.firms})

    def firm(self, firm_id: str) -> Firm:
        return self._by_id[firm_id]

    def has(self, firm_id: str) -> bool:
        return firm_id in self._by_id

    def phrase(self, ref: PhraseRef) -> Phrase:
        return self.firm(ref.firm_id).phrases(ref.side)[ref.index]

    def label(self, concept: str | None, lang: str = "en") -> str:
        if concept is None:
            return "unrecognised" if lang == "en" else "ไม่รู้จัก"
        en, th = self.concept_labels.get(concept, (concept, concept))
        return th if lang == "th" else en

    # ------------------------------------------------------------ JSON form

    def to_json(self) -> dict[str, Any]:
        """A plain JSON form (sorted, stable) for files and for other processes."""
        return {
            "firms": [_firm_json(f) for f in self.firms],
            "links": [
                {
                    "supplier_id": k.supplier_id,
                    "buyer_id": k.buyer_id,
                    "kind": k.kind.value,
                    "score": round(k.score, 6),
                    "concept": k.concept,
                }
                for k in self.links
            ],
            "coverage": [
                {
                    "ref": _ref_json(ref),
                    "candidates": [{"ref": _ref_json(c.ref), "score": round(c.score, 6)} for c in cs],
                }
                for ref, cs in sorted(self.coverage.items(), key=_ref_order)
            ],
            "concept_labels": {k: list(v) for k, v in sorted(self.concept_labels.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Cluster:
        return cls(
            firms=tuple(_firm_of(f) for f in data["firms"]),
            links=tuple(
                Link(k["supplier_id"], k["buyer_id"], LinkKind(k["kind"]), float(k["score"]), k.get("concept"))
                for k in data["links"]
            ),
            coverage={
                _ref_of(row["ref"]): tuple(Candidate(_ref_of(c["ref"]), float(c["score"])) for c in row["candidates"])
                for row in data["coverage"]
            },
            concept_labels={k: (v[0], v[1]) for k, v in data["concept_labels"].items()},
        )


def _phrase_json(p: Phrase) -> dict[str, Any]:
    return {"text": p.text, "concept": p.concept, "market": p.market}


def _firm_json(f: Firm) -> dict[str, Any]:
    return {
        "id": f.id, "name": f.name, "sub_cluster": f.sub_cluster.value, "stage": f.stage.value,
        "province": f.province, "offers": [_phrase_json(p) for p in f.offers],
        "needs": [_phrase_json(p) for p in f.needs],
    }  # fmt: skip


def _phrases_of(rows: Iterable[Mapping[str, Any]]) -> tuple[Phrase, ...]:
    return tuple(Phrase(r["text"], r.get("concept"), bool(r.get("market", False))) for r in rows)


def _firm_of(row: Mapping[str, Any]) -> Firm:
    return Firm(
        id=row["id"], name=row["name"], sub_cluster=SubCluster(row["sub_cluster"]), stage=Stage(row["stage"]),
        province=row["province"], offers=_phrases_of(row["offers"]), needs=_phrases_of(row["needs"]),
    )  # fmt: skip


def _ref_order(item: tuple[PhraseRef, Any]) -> tuple[str, str, int]:
    """`PhraseRef`'s own order as a plain tuple: the dataclass comparison was most of `to_json`."""
    ref = item[0]
    return ref.firm_id, ref.side.value, ref.index


def _ref_json(ref: PhraseRef) -> list[Any]:
    return [ref.firm_id, ref.side.value, ref.index]


def _ref_of(row: list[Any]) -> PhraseRef:
    return PhraseRef(str(row[0]), Side(row[1]), int(row[2]))
