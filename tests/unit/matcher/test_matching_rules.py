"""Who may supply whom: the rules a cluster coordinator relies on."""

from __future__ import annotations

from itertools import pairwise

import pytest

from services.matcher.scoring import MatchIndex, Profile
from tests.unit.matcher.factories import buyer_ids, sme, supplier_ids

WEAVER = sme("weaver", offers=("Handwoven hemp fabric, MOQ 100 m",), needs=("hand-spun hemp yarn",))
BAG_MAKER = sme(
    "bag-maker",
    stage="downstream",
    offers=("Hemp tote bags made from hemp canvas fabric",),
    needs=("looking for handwoven hemp fabric",),
)
RIVAL_BAG_MAKER = sme(
    "rival-bag-maker",
    stage="downstream",
    offers=("กระเป๋ากัญชง ผลิตจากผ้ากัญชงทอมือ",),
    needs=("ต้องการผ้ากัญชงทอมือ",),
    language="th",
)
SPINNER = sme("spinner", stage="upstream", offers=("ด้ายกัญชงเข็นมือ",), needs=("ต้องการเส้นใยกัญชง",), language="th")


def fitted(*profiles: Profile, declined: tuple[tuple[str, str], ...] = ()) -> MatchIndex:
    return MatchIndex(k=5).fit(profiles, declined=declined)


def test_a_competitor_is_not_a_supplier() -> None:
    index = fitted(WEAVER, BAG_MAKER, RIVAL_BAG_MAKER)
    assert supplier_ids(index.suppliers_of("bag-maker")) == ["weaver"]
    assert supplier_ids(index.suppliers_of("rival-bag-maker")) == ["weaver"]


def test_a_product_made_from_a_material_does_not_supply_that_material() -> None:
    index = fitted(WEAVER, BAG_MAKER, RIVAL_BAG_MAKER)
    assert "bag-maker" not in supplier_ids(index.suppliers_of("rival-bag-maker"))
    assert "rival-bag-maker" not in supplier_ids(index.suppliers_of("bag-maker"))


def test_goods_flow_down_the_value_chain_first() -> None:
    downstream_yarn_seller = sme("shop", stage="downstream", offers=("hand-spun hemp yarn",))
    index = fitted(WEAVER, SPINNER, downstream_yarn_seller)
    found = index.suppliers_of("weaver")
    # The shop sells the very words the weaver wants, but against the chain: it only fills the list.
    assert supplier_ids(found) == ["spinner", "shop"]
    assert found[1].score < 0.05 * found[0].score
    assert supplier_ids(MatchIndex(k=1).fit([WEAVER, SPINNER, downstream_yarn_seller]).suppliers_of("weaver")) == [
        "spinner"
    ]


def test_used_goods_flow_back_upstream_to_recyclers() -> None:
    hotel = sme("hotel", stage="downstream", offers=("used cotton bed sheets and towels",))
    recycler = sme("recycler", stage="upstream", offers=("recycled cotton fibre",), needs=("ต้องการเศษผ้าฝ้าย",))
    index = fitted(hotel, recycler)
    assert supplier_ids(index.suppliers_of("recycler")) == ["hotel"]


def test_a_need_for_buyers_is_not_a_need_for_inputs() -> None:
    shirt_maker = sme("shirts", stage="downstream", offers=("hemp shirts",))
    seeks_market = sme(
        "seeks-market", stage="downstream", offers=("hemp shirts",), needs=("need market access for our hemp shirts",)
    )
    retailer = sme("retailer", stage="downstream", needs=("hemp shirts wanted",))
    index = fitted(shirt_maker, seeks_market, retailer)
    assert sorted(buyer_ids(index.buyers_of("shirts"))) == ["retailer"]
    assert supplier_ids(index.suppliers_of("seeks-market")) == []


@pytest.mark.parametrize(
    "need",
    ["we buy antibacterial fabric (OEKO-TEX certified only)", "รับซื้อผ้าต้านแบคทีเรีย (ต้องมีใบรับรอง OEKO-TEX)"],
)
def test_a_required_certification_must_be_held(need: str) -> None:
    buyer = sme("hospital", stage="downstream", sub_cluster="ageing_lifestyle_central", needs=(need,))
    listed = sme(
        "listed", offers=("antibacterial fabric",), certifications=("OEKO-TEX Standard 100",), province="Bangkok"
    )
    stated = sme("stated", offers=("ผ้าต้านแบคทีเรีย ได้รับรอง OEKO-TEX",), language="th", province="Bangkok")
    uncertified = sme("uncertified", offers=("antibacterial cotton fabric",), province="Bangkok")
    index = fitted(buyer, listed, stated, uncertified)
    assert sorted(supplier_ids(index.suppliers_of("hospital"))) == ["listed", "stated"]
    assert buyer_ids(index.buyers_of("uncertified")) == []


def test_a_thai_need_finds_an_english_offer_and_back() -> None:
    buyer = sme("thai-weaver", needs=("ต้องการเส้นด้ายฝ้ายออร์แกนิก",), language="th")
    supplier = sme("english-spinner", stage="upstream", offers=("We supply organic cotton yarn",))
    index = fitted(buyer, supplier)
    [match] = index.suppliers_of("thai-weaver")
    assert match.supplier_id == "english-spinner"
    assert buyer_ids(index.buyers_of("english-spinner")) == ["thai-weaver"]
    assert "organic cotton yarn" in match.reasons[0].text_en
    assert "ฝ้ายออร์แกนิก" in match.reasons[0].text_th


def test_an_sme_never_supplies_itself() -> None:
    both = sme("both", offers=("hemp yarn",), needs=("hemp yarn",))
    index = fitted(both)
    assert index.suppliers_of("both") == []
    assert index.buyers_of("both") == []


def test_a_declined_pair_is_never_suggested() -> None:
    other = sme("other-spinner", stage="upstream", offers=("hand-spun hemp yarn",), province="Tak")
    index = fitted(WEAVER, SPINNER, other, declined=(("spinner", "weaver"),))
    assert supplier_ids(index.suppliers_of("weaver")) == ["other-spinner"]
    index.decline("other-spinner", "weaver")
    assert index.suppliers_of("weaver") == []
    assert "weaver" not in buyer_ids(index.buyers_of("other-spinner"))


def test_the_material_asked_for_outranks_another_material() -> None:
    cotton_nearby = sme("cotton", stage="upstream", offers=("hand-spun cotton yarn",), province="Chiang Mai")
    hemp_far = sme("hemp", stage="upstream", offers=("เส้นด้ายกัญชงเข็นมือ",), province="Narathiwat", language="th")
    index = fitted(WEAVER, cotton_nearby, hemp_far)
    [first, second] = index.suppliers_of("weaver")
    assert (first.supplier_id, second.supplier_id) == ("hemp", "cotton")
    assert second.score < first.score / 2


def test_lists_are_best_first_and_scores_are_bounded() -> None:
    near = sme("near", stage="upstream", offers=("hand-spun hemp yarn",), province="Chiang Mai", bcg=("bio",))
    far = sme("far", stage="upstream", offers=("hand-spun hemp yarn",), province="Narathiwat")
    cotton = sme("cotton", stage="upstream", offers=("hand-spun cotton yarn",), province="Chiang Mai")
    index = fitted(WEAVER, near, far, cotton)
    matches = index.suppliers_of("weaver")
    assert supplier_ids(matches)[:2] == ["near", "far"]
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 < s <= 1.0 for s in scores)


def test_reasons_speak_to_the_recipient_in_both_languages() -> None:
    index = fitted(WEAVER, SPINNER)
    [to_weaver] = index.suppliers_of("weaver")
    [to_spinner] = index.buyers_of("spinner")
    assert to_weaver.recipient_id == "weaver"
    assert to_spinner.recipient_id == "spinner"
    assert to_weaver.reasons[0].text_en.startswith("offers ")
    assert to_spinner.reasons[0].text_en.startswith("needs ")
    assert all(r.text_th and r.text_en for r in (*to_weaver.reasons, *to_spinner.reasons))
    assert any(r.code == "distance" for r in to_weaver.reasons)


def test_k_is_guarded() -> None:
    with pytest.raises(ValueError):
        MatchIndex(k=0)
    index = fitted(WEAVER, SPINNER)
    for bad in (0, -3, 2.5, "3", True):
        with pytest.raises(ValueError):
            index.suppliers_of("weaver", bad)  # type: ignore[arg-type]
    assert len(index.suppliers_of("weaver", 1)) == 1


def test_asking_for_more_than_k_searches_beyond_the_kept_lists() -> None:
    spinners = [
        sme(f"spinner-{i}", stage="upstream", offers=("hand-spun hemp yarn",), province=p)
        for i, p in enumerate(["Tak", "Nan", "Loei", "Phrae", "Lampang", "Phayao", "Chiang Rai"])
    ]
    index = fitted(WEAVER, *spinners)
    assert len(index.suppliers_of("weaver")) == 5
    assert len(index.suppliers_of("weaver", 7)) == 7


def test_an_unknown_sme_has_no_lists() -> None:
    index = fitted(WEAVER)
    assert index.suppliers_of("nobody") == []
    assert index.buyers_of("nobody") == []


def test_a_reason_does_not_repeat_what_the_goods_name_says() -> None:
    collector = sme("collector", stage="upstream", offers=("used clothing, sorted by grade",))
    upcycler = sme("upcycler", stage="downstream", language="th", needs=("ต้องการเสื้อผ้ามือสองใช้แล้ว",))
    hospital = sme("hospital", stage="downstream", needs=("medical scrubs for 200 nurses",))
    maker = sme("maker", stage="downstream", language="th", offers=("ชุดทางการแพทย์ ชุดสครับ",))
    index = MatchIndex(k=10).fit([collector, upcycler, hospital, maker])
    for owner, partner_of in (("upcycler", index.suppliers_of), ("hospital", index.suppliers_of)):
        assert partner_of(owner), owner
        for match in partner_of(owner):
            for text in (match.reasons[0].text_en, match.reasons[0].text_th):
                words = text.split()
                assert all(a != b for a, b in pairwise(words)), text
                assert "การแพทย์การแพทย์" not in text and "ไหมไหม" not in text, text
