"""Which list changes are news, and what the suggestion says."""

from __future__ import annotations

from services.matcher.ranked_lists import ListEntry, RankedList, entered, suggestion_for
from shared.events import Reason, suggestion_id

REASON = Reason(code="offer_meets_need", text_en="offers hemp yarn", text_th="มีเส้นด้ายกัญชง")


def entry(partner: str, score: float = 0.5, version: int = 1) -> ListEntry:
    return ListEntry(partner_id=partner, partner_version=version, score=score, reasons=(REASON,))


def test_only_partners_new_to_the_list_are_news() -> None:
    before = RankedList("b", "suppliers", 1, (entry("s1", 0.9), entry("s2", 0.8)))
    after = RankedList("b", "suppliers", 1, (entry("s3", 0.95), entry("s1", 0.7, version=2)))
    assert entered(before, after) == [(1, entry("s3", 0.95))]


def test_everything_is_news_in_a_first_list() -> None:
    first = RankedList("b", "suppliers", 1, (entry("s1"), entry("s2")))
    assert [rank for rank, _ in entered(None, first)] == [1, 2]


def test_a_supplier_entering_a_buyers_list_is_told_to_the_buyer() -> None:
    ranked = RankedList("buyer-1", "suppliers", 3, (entry("sup-1", 0.8, version=5),))
    s = suggestion_for(ranked, 1, ranked.entries[0], "corr-1")
    assert (s.recipient_id, s.recipient_role, s.supplier_id, s.buyer_id) == ("buyer-1", "buyer", "sup-1", "buyer-1")
    assert (s.supplier_version, s.buyer_version, s.rank, s.score) == (5, 3, 1, 0.8)
    assert s.suggestion_id == suggestion_id("sup-1", "buyer-1", 5, 3)
    assert s.correlation_id == "corr-1" and s.reasons == (REASON,)
    assert s.partner_id == "sup-1"


def test_a_buyer_entering_a_suppliers_list_is_told_to_the_supplier_with_the_same_id() -> None:
    to_buyer = suggestion_for(RankedList("b", "suppliers", 2, (entry("s", version=7),)), 1, entry("s", version=7), "c")
    ranked = RankedList("s", "buyers", 7, (entry("b", version=2),))
    to_supplier = suggestion_for(ranked, 1, ranked.entries[0], "c")
    assert (to_supplier.recipient_id, to_supplier.recipient_role) == ("s", "supplier")
    assert (to_supplier.supplier_id, to_supplier.buyer_id) == ("s", "b")
    assert to_supplier.suggestion_id == to_buyer.suggestion_id


def test_scores_outside_the_unit_interval_are_clamped() -> None:
    ranked = RankedList("b", "suppliers", 1, (entry("s", 1.0000001),))
    assert suggestion_for(ranked, 1, ranked.entries[0], "c").score == 1.0
