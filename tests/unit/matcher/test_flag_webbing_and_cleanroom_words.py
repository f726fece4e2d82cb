"""Words of flag makers, webbing weavers and cleanroom suppliers.

Flags come in kinds a buyer names: national flags (ธงไตรรงค์), temple flags and tung (ธงธรรมจักร),
bunting (ธงราว) and feather flags; halyards are cord and table skirting is event drapery. Webbing
(สายไนลอนทอ) is a narrow fabric of its own, lifting slings (สลิงผ้ายกของ) and ratchet tie-downs kinds
of it. Bunny suits and cleanroom coveralls (ชุดหมีคลีนรูม) are cleanroom garments, lint-free wipes
(ผ้าเช็ดไร้ขุย) are wipers. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring import MatchIndex
from services.matcher.scoring.reading import PhraseReader, Side
from tests.unit.matcher.factories import sme, supplier_ids


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ธงไตรรงค์ ผ้าร่ม ทุกขนาด", Side.OFFER, ["national_flag"]),
        ("ธงธรรมจักรสำหรับงานกฐิน 50 ผืน", Side.NEED, ["temple_flag"]),
        ("Feather flags with spring poles for the games", Side.NEED, ["promo_flag"]),
        ("ธงราวสามเหลี่ยม ยาว 10 เมตร", Side.OFFER, ["bunting"]),
        ("Braided polyester halyard 6 mm", Side.NEED, ["cordage"]),
        ("Ruched table skirting for banquets", Side.OFFER, ["event_drape"]),
        ("สายไนลอนทอ หน้ากว้าง 2 นิ้ว", Side.OFFER, ["webbing"]),
        ("สลิงผ้ายกของแบบแบน 2 ตัน", Side.NEED, ["lifting_sling"]),
        ("Ratchet tie-downs 5 t, 9 m", Side.OFFER, ["cargo_strap"]),
        ("ชุดหมีคลีนรูม ผ้า ESD มีฮู้ด", Side.NEED, ["cleanroom_garment"]),
        ("Bunny suits for ISO 5 rooms", Side.OFFER, ["cleanroom_garment"]),
        ("ผ้าเช็ดไร้ขุย สำหรับห้องคลีนรูม", Side.NEED, ["wiping_rag"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_the_new_kinds_keep_their_parents(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("temple_flag", "flag") and g.is_a("national_flag", "flag")
    assert g.is_a("cargo_strap", "webbing") and g.is_a("webbing", "elastic")
    assert g.is_a("cleanroom_garment", "uniform")


def test_a_temple_needing_dharma_wheel_flags_finds_the_temple_flag_maker_before_the_national_flag_maker() -> None:
    temple = sme("temple", stage="downstream", language="th", needs=("ธงธรรมจักร ผ้าต่วนเหลือง 100 ผืน",))
    dharma = sme("dharma", stage="downstream", offers=("Dharma wheel flags in yellow satin",))
    national = sme("national", stage="downstream", offers=("Thai national flags in satin, all sizes",))
    found = supplier_ids(MatchIndex(k=10).fit([temple, dharma, national]).suppliers_of("temple"))
    assert found and found[0] == "dharma", found
