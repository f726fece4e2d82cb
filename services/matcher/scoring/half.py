"""One direction of the index, written once: every SME's list of partners on one side.

The suppliers half keeps, for each SME, the SMEs that could supply its needs: its
own readings are its needs, its partners' readings their offers. The buyers half
is the same with the roles swapped. `MatchIndex` holds one of each; everything
here reads the direction only through the few orientation helpers at the top.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from services.matcher.scoring.catalogue import Catalogue, Record, grown
from services.matcher.scoring.members import Membership
from services.matcher.scoring.model import Match
from services.matcher.scoring.ranked import Entry, RankedLists
from services.matcher.scoring.rules import Index
from services.matcher.scoring.selection import Top, batches
from services.matcher.scoring.signatures import Links
from services.matcher.scoring.suggestions import Suggestions


class Half:
    def __init__(self, catalogue: Catalogue, suggestions: Suggestions, k: int, buffer: int, *, suppliers: bool) -> None:
        self.catalogue = catalogue
        self.suggestions = suggestions
        self.suppliers = suppliers  # True: lists of suppliers (rows are buyers); False: lists of buyers
        self.lists = RankedLists(k, buffer)
        # Per own signature, a lower bound of the list thresholds of everyone carrying it:
        # a partner scoring below it through that signature enters none of their lists.
        self.floor_bound = np.zeros(64, dtype=np.float32)
        if suppliers:
            self.own_members, self.other_members = catalogue.need_members, catalogue.offer_members
            self._declined = catalogue.declined_suppliers
        else:
            self.own_members, self.other_members = catalogue.offer_members, catalogue.need_members
            self._declined = catalogue.declined_buyers

    # ------------------------------------------------------------------ orientation

    def own_sigs(self, record: Record) -> tuple[int, ...]:
        return record.needs if self.suppliers else record.offers

    def partner_sigs(self, record: Record) -> tuple[int, ...]:
        return record.offers if self.suppliers else record.needs

    def own_bucket(self, record: Record) -> int:
        return record.demand_bucket if self.suppliers else record.supply_bucket

    def partner_bucket(self, record: Record) -> int:
        return record.supply_bucket if self.suppliers else record.demand_bucket

    def links(self, own_sig: int) -> Links:
        """The partners' signatures linked to one of ours, best first."""
        graph = self.catalogue.graph
        return graph.for_need(own_sig) if self.suppliers else graph.for_offer(own_sig)

    def partner_links(self, partner_sig: int) -> Links:
        """Our signatures linked to one of a partner's, best first."""
        graph = self.catalogue.graph
        return graph.for_offer(partner_sig) if self.suppliers else graph.for_need(partner_sig)

    def fit(self, own_buckets: Index, partner_buckets: Index, own_sigs: Index, partner_sigs: Index) -> np.ndarray:
        """Value chain x soft fit x certifications; arguments broadcast like numpy arrays."""
        if self.suppliers:
            return self.catalogue.pair_fit(partner_buckets, own_buckets, partner_sigs, own_sigs)
        return self.catalogue.pair_fit(own_buckets, partner_buckets, own_sigs, partner_sigs)

    def via(self, own_sig: int, partner_sig: int) -> tuple[int, int]:
        """(need, offer) readings of a pair."""
        return (own_sig, partner_sig) if self.suppliers else (partner_sig, own_sig)

    def match(self, row: int, entry: Entry) -> Match:
        supplier, buyer = (entry.partner, row) if self.suppliers else (row, entry.partner)
        return self.suggestions.match(supplier, buyer, entry, to_buyer=self.suppliers)

    # ------------------------------------------------------------------ searching

    def exclusions(self, row: int) -> set[int]:
        """Who may never be in this row's list: itself, and the partners of its declined pairs."""
        catalogue = self.catalogue
        declined = self._declined.get(catalogue.records[row].profile.id)
        if not declined:
            return {row}
        return {row, *(catalogue.ids[p] for p in declined if p in catalogue.ids)}

    def search(self, row: int, k: int) -> list[Entry]:
        """The row's best `k` partners, found from scratch."""
        record = self.catalogue.records[row]
        own_bucket, exclude = self.own_bucket(record), self.exclusions(row)
        top = Top(k)
        for sig in self.own_sigs(record):
            links = self.links(sig)
            for partner_sigs, sims in batches(links.ids, links.sims, top):
                sigs, buckets, score = candidate_buckets(self.other_members, partner_sigs, sims)
                if not len(buckets):
                    continue
                score = score * self.fit(own_bucket, buckets, sig, sigs)
                for j in np.argsort(-score, kind="stable").tolist():
                    value = float(score[j])
                    if value <= 0.0 or value < top.floor:
                        break
                    partner_sig = int(sigs[j])
                    members = self.other_members.members(partner_sig, int(buckets[j]))
                    top.add(members, value, *self.via(sig, partner_sig), exclude)
        return top.ranked()

    def pair_entry(self, row: int, partner: int) -> Entry | None:
        """The best reading pair linking `partner` into `row`'s list, if any."""
        if partner == row or partner in self.exclusions(row):
            return None
        records = self.catalogue.records
        supplier, buyer = (records[partner], records[row]) if self.suppliers else (records[row], records[partner])
        best: Entry | None = None
        for offer in supplier.offers:  # offers, then needs: ties keep the first, the same in both halves
            linked = self.catalogue.graph.needs_of(offer)
            for need in buyer.needs:
                sim = linked.get(need)
                if sim is None:
                    continue
                fit = self.catalogue.pair_fit(supplier.supply_bucket, buyer.demand_bucket, offer, need)
                score = sim * float(fit)
                if score > 0.0 and (best is None or score > best.score):
                    best = Entry(partner, score, need, offer)
        return best

    # ------------------------------------------------------------------ keeping lists current

    def attached(self, row: int) -> None:
        """A row (new or changed) now carries its signatures; its own list is still to be set."""
        self.lists.ensure(row + 1)
        sigs = self.own_sigs(self.catalogue.records[row])
        if sigs:
            self.floor_bound = grown(self.floor_bound, max(sigs) + 1)
            self.floor_bound[list(sigs)] = 0.0  # its list is empty until filled

    def store(self, row: int, entries: Sequence[Entry]) -> None:
        self.lists.replace(row, entries)
        self._lower_bounds(row)

    def _lower_bounds(self, row: int) -> None:
        threshold = self.lists.threshold(row)
        for sig in self.own_sigs(self.catalogue.records[row]):
            self.floor_bound[sig] = min(self.floor_bound[sig], threshold)

    def reset_bounds(self) -> None:
        """Exact bounds for every signature, after all lists were loaded at once."""
        n = len(self.catalogue.need_sigs if self.suppliers else self.catalogue.offer_sigs)
        self.floor_bound = grown(self.floor_bound, n)
        # Every signature's carriers' thresholds at once, each signature's minimum by one reduceat:
        # signature by signature, the lookups cost more than the minima (thousands of signatures).
        members = [self.own_members.flat(sig)[0] for sig in range(n)]
        counts = np.fromiter((len(m) for m in members), dtype=np.int64, count=n)
        lowest = np.zeros(n, dtype=np.float64)
        carried = np.flatnonzero(counts)
        if len(carried):
            thresholds = self.lists.thresholds(np.concatenate(members))
            starts = np.concatenate(([0], np.cumsum(counts)[:-1]))[carried]
            lowest[carried] = np.minimum.reduceat(thresholds, starts)
        self.floor_bound[:n] = lowest

    def settle(self, row: int) -> None:
        """Search again only when the visible list may no longer be exact."""
        if not self.lists.valid(row):
            self.store(row, self.search(row, self.lists.capacity))

    def drop(self, row: int, partner: int) -> None:
        if self.lists.discard(row, partner):
            self._lower_bounds(row)
            self.settle(row)

    def rescore(self, row: int, partner: int) -> None:
        """`partner` changed while in `row`'s list: take it out and offer its new score."""
        self.lists.discard(row, partner)
        entry = self.pair_entry(row, partner)
        if entry is not None:
            self.lists.offer(row, entry)
        self._lower_bounds(row)
        self.settle(row)

    def holding(self, partner: int) -> list[int]:
        """Rows whose list (visible or buffered) holds `partner`: only rows linked to its readings can."""
        found: set[int] = set()
        for partner_sig in self.partner_sigs(self.catalogue.records[partner]):
            links = self.partner_links(partner_sig)
            for sig, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
                if sim < self.floor_bound[sig]:
                    continue  # nobody carrying this signature keeps a partner scoring this low
                found.update(self.lists.holders(self.own_members.flat(sig)[0], partner).tolist())
        return sorted(found)

    def enter(self, partner: int, done: set[int]) -> list[Match]:
        """Offer a changed SME to the lists of everyone linked to its readings (except rows in `done`)."""
        entered: list[Match] = []
        record = self.catalogue.records[partner]
        partner_bucket = self.partner_bucket(record)
        for partner_sig in self.partner_sigs(record):
            links = self.partner_links(partner_sig)
            for sig, sim in zip(links.ids.tolist(), links.sims.tolist(), strict=True):
                if sim < self.floor_bound[sig]:
                    continue
                rows, buckets = self.own_members.flat(sig)
                if not len(rows):
                    continue
                thresholds = self.lists.thresholds(rows)
                self.floor_bound[sig] = thresholds.min()
                scores = sim * self.fit(buckets, partner_bucket, sig, partner_sig)
                for j in np.flatnonzero((scores > 0) & (scores >= thresholds)).tolist():
                    row = int(rows[j])
                    if row == partner or row in done or partner in self.exclusions(row):
                        continue
                    entry = Entry(partner, float(scores[j]), *self.via(sig, partner_sig))
                    if 0 <= self.lists.offer(row, entry) < self.lists.k:
                        entered.append(self.match(row, entry))
        return entered


def candidate_buckets(members: Membership, sigs: np.ndarray, sims: np.ndarray) -> tuple[np.ndarray, ...]:
    """(signature, bucket, similarity) for every bucket carrying one of `sigs`."""
    per_sig = [members.buckets(int(sig)) for sig in sigs.tolist()]
    counts = np.fromiter((len(b) for b in per_sig), dtype=np.int64, count=len(per_sig))
    if not counts.sum():
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0, dtype=np.float64)
    return (
        np.repeat(sigs.astype(np.int64), counts),
        np.concatenate(per_sig),
        np.repeat(sims.astype(np.float64), counts),
    )
