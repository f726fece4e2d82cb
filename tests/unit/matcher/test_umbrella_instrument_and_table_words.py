"""Words of umbrella makers, instrument-case makers and banquet linen suppliers.

Umbrellas come in the kinds buyers name, each a kind of umbrella: paper (ร่มกระดาษสา), patio and cafe
(ร่มสนาม), rain and folding (ร่มพับ), and ceremonial (ฉัตร, กลด); a parasol base is a stand and ยางตะโก
a lacquer. Musical instruments (ขิม, ukuleles) are goods, their gig bags (ถุงใส่พิณ) are instrument
cases and piano covers are instrument covers. Table linen comes as tablecloths, runners, napkins and
placemats; chair covers and chair sashes dress the chairs. Printing onto umbrellas "we already own"
wants the printing. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("ร่มกระดาษสาเขียนลาย 30 นิ้ว", Side.OFFER, ["paper_umbrella"]),
        ("saa paper parasols for the spa lobby", Side.NEED, ["paper_umbrella"]),
        ("cafe umbrellas 3 m with crank", Side.OFFER, ["patio_umbrella"]),
        ("ร่มสนามหน้าร้าน 2 คัน", Side.NEED, ["patio_umbrella"]),
        ("compact folding umbrellas with logo", Side.OFFER, ["rain_umbrella"]),
        ("ร่มกันฝนพับได้ 500 คัน", Side.NEED, ["rain_umbrella"]),
        ("tiered ceremonial umbrellas in gold cloth", Side.OFFER, ["ceremonial_umbrella"]),
        ("ฉัตรผ้า 5 ชั้น สำหรับงานบวช", Side.NEED, ["ceremonial_umbrella"]),
        ("granite parasol bases, 40 kg", Side.OFFER, ["umbrella_stand"]),
        ("ที่เสียบร่มหน้าล็อบบี้", Side.NEED, ["umbrella_stand"]),
        ("ยางตะโกทาร่ม", Side.NEED, ["lacquer"]),
        ("ukuleles made in Chiang Mai", Side.OFFER, ["musical_instrument"]),
        ("ถุงใส่พิณ บุฟองน้ำ", Side.NEED, ["instrument_case"]),
        ("padded gig bags for electric guitars", Side.OFFER, ["instrument_case"]),
        ("ผ้าคลุมเปียโนกำมะหยี่", Side.NEED, ["instrument_cover"]),
        ("ชุดวงโยธวาทิต ตัดตามสีโรงเรียน", Side.OFFER, ["uniform"]),
        ("banquet tablecloths, 120 in round", Side.OFFER, ["tablecloth"]),
        ("silk table runners for the head table", Side.NEED, ["table_runner"]),
        ("ผ้าเช็ดปากผ้าฝ้าย พับสวย", Side.OFFER, ["napkin"]),
        ("water hyacinth placemats, set of 6", Side.NEED, ["placemat"]),
        ("stretch chair covers in white spandex", Side.OFFER, ["chair_cover"]),
        ("โบว์ผูกเก้าอี้ ผ้าแก้ว", Side.NEED, ["chair_sash"]),
        ("Natural indigo paste by the bucket", Side.NEED, ["dye"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_printing_onto_goods_the_writer_owns_wants_the_printing(reader: PhraseReader) -> None:
    items = reader.read("Print our logo onto umbrellas we already own", Side.NEED).items
    assert [(i.head, i.kind.name) for i in items] == [("printing", "SERVICE")], items


def test_the_finer_kinds_are_kinds_of_the_broad_one(reader: PhraseReader) -> None:
    g = reader.glossary
    kinds = ("paper_umbrella", "patio_umbrella", "rain_umbrella", "ceremonial_umbrella")
    assert all(g.is_a(k, "umbrella") for k in kinds)
    assert all(g.is_a(k, "table_linen") for k in ("tablecloth", "table_runner", "napkin", "placemat"))
    assert g.is_a("instrument_case", "bag") and not g.is_a("umbrella_stand", "umbrella")
