"""Per-phrase matching for the value-chain views: which offers could meet each need, and the reverse.

The engine matches SMEs; here it matches phrases, by making one pseudo-SME per
offer or need (with its owner's stage, place and certifications), so a need is
met or not under the same rules as an SME. The result is a `shared.value_chain`
`Cluster` without links: firms with their phrases read into concepts, the
coverage of every phrase, and the concepts' labels. `clusterlink report` adds
the links; the registry's dashboard asks for it over HTTP for its gap report.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import astuple, replace
from typing import Any, Final

from shared.taxonomy import Stage, SubCluster
from shared.value_chain import Candidate, Cluster, Firm, Phrase, PhraseRef, Side

PHRASE_K: Final = 20  # candidates kept per phrase: enough to find the nearest good supplier
ANSWERS_KEPT: Final = 2  # clusters whose answer is kept: the one shown now and the one before it
SPARE_TEXTS: Final = 5_000  # texts read beyond two clusters' worth before the kept readings are let go


def phrase_cluster(profiles: Sequence[Any], reader: Any = None) -> Cluster:
    """`profiles` are the engine's `Profile`s (dataclasses): read every phrase and match them all.
    `reader`: a `PhraseReader` whose caches earlier calls filled (the same readings, found sooner)."""
    from services.matcher.scoring import MatchIndex
    from services.matcher.scoring.reading import Intent, PhraseReader
    from services.matcher.scoring.reading import Side as ReadingSide
    from shared.glossary import ConceptKind

    reader = reader or PhraseReader()
    glossary = reader.glossary
    labels: dict[str, tuple[str, str]] = {}

    def concept_of(item: Any) -> str:
        """The goods with their main material ("hemp fabric", "ผ้ากัญชง"): what the picture groups by."""
        materials = sorted(
            (-strength, cid)
            for cid, strength in item.attrs
            if glossary.concept(cid).kind is ConceptKind.MATERIAL and strength >= 1.0
        )
        head = glossary.concept(item.head)
        if not materials:
            labels[head.id] = (head.label_en, head.label_th)
            return str(head.id)
        material = glossary.concept(materials[0][1])
        key = f"{head.id}@{material.id}"
        labels[key] = (f"{material.label_en} {head.label_en}", f"{head.label_th}{material.label_th}")
        return key

    def phrase(text: str, side: ReadingSide) -> Phrase:
        reading = reader.read(text, side)
        item = next((item for item in reading.items if item.head), None)
        return Phrase(text, concept_of(item) if item else None, market=reading.intent is Intent.MARKET)

    firms = tuple(
        Firm(
            id=p.id,
            name=p.name,
            sub_cluster=SubCluster(p.sub_cluster),
            stage=Stage(p.stage),
            province=p.province,
            offers=tuple(phrase(t, ReadingSide.OFFER) for t in p.offers),
            needs=tuple(phrase(t, ReadingSide.NEED) for t in p.needs),
        )
        for p in profiles
    )

    pseudo: list[Any] = []
    refs: dict[str, PhraseRef] = {}
    for p in profiles:
        for side, texts in ((Side.OFFER, p.offers), (Side.NEED, p.needs)):
            for index, text in enumerate(texts):
                ref = PhraseRef(p.id, side, index)
                pid = f"{p.id}\x1f{side.value}\x1f{index}"
                refs[pid] = ref
                offers, needs = ((text,), ()) if side is Side.OFFER else ((), (text,))
                pseudo.append(replace(p, id=pid, offers=offers, needs=needs))
    coverage: dict[PhraseRef, tuple[Candidate, ...]] = {}
    if pseudo:
        phrase_index = MatchIndex(k=PHRASE_K, reader=reader).fit(pseudo)
        for pid, ref in refs.items():
            if ref.side is Side.NEED:
                matches = [(m.supplier_id, m.score) for m in phrase_index.suppliers_of(pid, PHRASE_K)]
            else:
                matches = [(m.buyer_id, m.score) for m in phrase_index.buyers_of(pid, PHRASE_K)]
            coverage[ref] = tuple(
                Candidate(refs[other], round(float(score), 6))
                for other, score in matches
                if refs[other].firm_id != ref.firm_id
            )
    return Cluster(firms=firms, coverage=coverage, concept_labels=dict(sorted(labels.items())))


def encoded(cluster: Cluster) -> bytes:
    """The answer's JSON exactly as FastAPI's `JSONResponse` writes it, without its `jsonable_encoder`
    pass (seconds at 2,000 SMEs, and an identity on these plain lists and dicts)."""
    return json.dumps(cluster.to_json(), ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def cluster_key(profiles: Sequence[Any]) -> str:
    """The same profiles in the same order give the same answer: a hash of everything the engine reads."""
    digest = hashlib.sha256()
    for p in profiles:
        digest.update(json.dumps(astuple(p), ensure_ascii=False, default=str).encode())
        digest.update(b"\x1e")
    return digest.hexdigest()


def _reader_keeping_texts() -> Any:
    """A phrase reader that keeps its readings of texts when an index is fitted with it.

    A fit lets go of them (`Catalogue.load`: the live matcher keeps what it needs per
    phrase, and must not hold every text it ever read), so each coverage answer read
    every phrase again: about a fifth of the answer after a change. A reading depends on the
    text, its side and the glossary only, never on the other phrases, so a kept one is
    the reading made afresh. Matching results are not kept per phrase: they depend on
    the whole cluster (decision 0012).
    """
    from services.matcher.scoring.reading import PhraseReader

    return PhraseReader(keep_texts=True)


class CoverageAnswers:
    """The coverage answers of the last clusters asked about, by their content, encoded once.

    A gap page asks again for an unchanged cluster each time it is shown or its distance
    changes; matching every phrase again took most of a minute at 2,000 SMEs on a loaded
    machine. One computation at a time (it is CPU-bound, and an identical request waiting
    gets the first one's answer), sharing one phrase reader that keeps its readings of the
    texts between answers, so a changed cluster reads only its new phrases.
    """

    def __init__(self, kept: int = ANSWERS_KEPT, spare_texts: int = SPARE_TEXTS, reader: Any = None) -> None:
        """`reader`: one that lets go of its readings at every fit, for measuring how it was before."""
        self._kept = kept
        self._spare_texts = spare_texts
        self._answers: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._reader: Any = reader
        self._texts: set[tuple[str, bool]] = set()  # (text, is an offer) read since the readings were let go
        self.computed = 0  # answers computed, not found kept: for tests and logs

    @property
    def reader(self) -> Any:
        if self._reader is None:
            self._reader = _reader_keeping_texts()
        return self._reader

    def _reader_for(self, profiles: Sequence[Any]) -> Any:
        """The shared reader; its kept readings are let go once they hold far more texts than
        two clusters have (texts of profiles changed long ago are read by no answer)."""
        texts = {(t, True) for p in profiles for t in p.offers} | {(t, False) for p in profiles for t in p.needs}
        self._texts |= texts
        if len(self._texts) > 2 * len(texts) + self._spare_texts:
            self.reader.forget_kept_texts()
            self._texts = texts
        return self.reader

    def answer(self, profiles: Sequence[Any]) -> bytes:
        key = cluster_key(profiles)
        with self._lock:
            found = self._answers.get(key)
            if found is not None:
                self._answers.move_to_end(key)
                return found
            found = self._answers[key] = encoded(phrase_cluster(profiles, self._reader_for(profiles)))
            self.computed += 1
            while len(self._answers) > self._kept:
                self._answers.popitem(last=False)
            return found
