"""Stored list entries turned into `Match` results, with reasons written once per kind of pair."""

from __future__ import annotations

from functools import partial

from services.matcher.scoring.catalogue import Catalogue, NeedKey, OfferKey, Record
from services.matcher.scoring.model import Match, Reason
from services.matcher.scoring.ranked import Entry
from services.matcher.scoring.reasons import ReasonWriter

_REASON_CACHE_SIZE = 200_000


class Suggestions:
    def __init__(self, catalogue: Catalogue, writer: ReasonWriter) -> None:
        self._catalogue = catalogue
        self._writer = writer
        self._reasons: dict[tuple[object, ...], tuple[Reason, ...]] = {}

    @property
    def writer(self) -> ReasonWriter:
        return self._writer

    def match(self, supplier: int, buyer: int, entry: Entry, *, to_buyer: bool) -> Match:
        """The pair as it appears in the buyer's suppliers list (to_buyer) or the supplier's buyers list."""
        records = self._catalogue.records
        s, b = records[supplier], records[buyer]
        write = partial(self.reasons, s, b, entry.need_sig, entry.offer_sig, to_buyer)
        return Match(s.profile.id, b.profile.id, entry.score, (b if to_buyer else s).profile.id, write)

    def reasons(self, s: Record, b: Record, need_sig: int, offer_sig: int, to_buyer: bool) -> tuple[Reason, ...]:
        # Buckets fix everything reasons read about both parties, so equal keys mean equal reasons.
        key = (to_buyer, need_sig, offer_sig, s.supply_bucket, b.demand_bucket, s.party.certs)
        cached = self._reasons.get(key)
        if cached is None:
            if len(self._reasons) >= _REASON_CACHE_SIZE:
                self._reasons.clear()
            catalogue = self._catalogue
            need_key = catalogue.need_sigs.labels[need_sig]
            offer_key = catalogue.offer_sigs.labels[offer_sig]
            assert isinstance(need_key, NeedKey) and isinstance(offer_key, OfferKey)
            stage = catalogue.buckets.stage
            cached = self._reasons[key] = self._writer.write(
                to_buyer=to_buyer,
                supplier=s.party,
                buyer=b.party,
                need=need_key.item,
                offer=offer_key.item,
                required=need_key.required,
                circular_backflow=bool(stage[s.supply_bucket] > stage[b.demand_bucket]),
            )
        return cached
