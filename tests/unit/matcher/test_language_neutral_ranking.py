"""Among partners that fit equally well, the ranking prefers neither the SME's own language,
nor its script, nor longer or shorter wording, nor company-name words."""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side

from .factories import sme

# The same offer written in English and in Thai, with different sales talk and length.
SAME_OFFER = [
    ("we supply organic cotton yarn, small orders welcome", "เส้นด้ายฝ้ายออร์แกนิก"),
    ("clear PET bottles, collected weekly", "ขวด PET ใส"),
    ("comfortable cotton shirts", "เสื้อผ้าฝ้ายใส่สบาย ราคาส่ง พร้อมส่ง"),
    ("handwoven hemp fabric", "ผ้ากัญชงทอมือ"),
    ("reusable cloth face masks", "หน้ากากผ้าใช้ซ้ำได้"),
]
NEEDS = {
    "we supply organic cotton yarn, small orders welcome": ("looking for organic cotton yarn", "ต้องการด้ายฝ้ายออร์แกนิก"),
    "clear PET bottles, collected weekly": ("we buy clear PET bottles", "รับซื้อขวดพลาสติกใส"),
    "comfortable cotton shirts": ("sourcing cotton shirts", "ต้องการเสื้อผ้าฝ้าย"),
    "handwoven hemp fabric": ("need handwoven hemp cloth", "หาผ้ากัญชงทอมือ"),
    "reusable cloth face masks": ("we buy washable cloth masks", "ต้องการหน้ากากผ้าซักได้"),
}


@pytest.mark.parametrize(("english", "thai"), SAME_OFFER)
@pytest.mark.parametrize("buyer_writes", ["en", "th"])
def test_two_candidates_with_the_same_offer_in_thai_and_in_english_rank_together(
    english: str, thai: str, buyer_writes: str
) -> None:
    need = NEEDS[english][0 if buyer_writes == "en" else 1]
    buyer = sme("buyer", needs=(need,), stage="downstream", language=buyer_writes, province="Chiang Mai")
    en = sme("en", offers=(english,), language="en", name="Golden Thread Co., Ltd.", province="Lamphun")
    th = sme("th", offers=(thai,), language="th", name="วิสาหกิจชุมชนทอผ้าบ้านนา", province="Lamphun")
    index = MatchIndex(k=10).fit([buyer, en, th])

    scores = {m.supplier_id: m.score for m in index.suppliers_of("buyer")}
    assert set(scores) == {"en", "th"}
    assert scores["en"] == pytest.approx(scores["th"], abs=1e-6)


def test_a_dense_list_is_not_filled_with_the_buyers_own_language() -> None:
    """Twelve equally fitting suppliers, six per language, and room for six in the list."""
    suppliers = [
        sme(f"s{n:02d}", offers=(english if n % 2 else thai,), language="en" if n % 2 else "th", province="Nan")
        for n, (english, thai) in enumerate([SAME_OFFER[0]] * 12)
    ]
    for writes, need in (("en", "looking for organic cotton yarn"), ("th", "ต้องการด้ายฝ้ายออร์แกนิก")):
        buyer = sme("buyer", needs=(need,), stage="downstream", language=writes, province="Nan")
        index = MatchIndex(k=6).fit([buyer, *suppliers])
        listed = index.suppliers_of("buyer")
        assert len(listed) == 6
        assert len({round(m.score, 6) for m in listed}) == 1
        languages = [s.language for s in suppliers if s.id in {m.supplier_id for m in listed}]
        assert languages.count("th") == languages.count("en") == 3


@pytest.mark.parametrize(("english", "thai"), SAME_OFFER)
def test_the_same_offer_in_both_languages_is_read_alike(english: str, thai: str) -> None:
    reader = PhraseReader()
    [en] = reader.read(english, Side.OFFER).items
    [th] = reader.read(thai, Side.OFFER).items
    assert (en.head, en.attrs) == (th.head, th.attrs)


@pytest.mark.parametrize(("english", "thai"), SAME_OFFER)
def test_twins_arriving_after_the_fit_rank_together_too(english: str, thai: str) -> None:
    """The service adds SMEs with `upsert` between refits: the same offer still scores the same."""
    buyer = sme("buyer", needs=(NEEDS[english][1],), stage="downstream", language="th")
    index = MatchIndex(k=10).fit([buyer, sme("other", offers=("hemp rope",))])
    index.upsert(sme("en", offers=(english,), language="en", province="Phrae"))
    index.upsert(sme("th", offers=(thai,), language="th", province="Phrae"))

    scores = {m.supplier_id: m.score for m in index.suppliers_of("buyer")}
    assert {"en", "th"} <= set(scores)
    assert scores["en"] == pytest.approx(scores["th"], abs=1e-6)
