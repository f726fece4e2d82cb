"""Words of hospital garment makers and buyers.

Medical garments come in the kinds a ward names, each a kind of medical garment: scrubs (ชุดสครับ),
surgical and isolation gowns (เสื้อกาวน์ผ่าตัด), patient gowns (เสื้อคนป่วย), lab coats and nurse
uniforms (ชุดพยาบาล). Instrument wraps (ผ้าห่อเครื่องมือผ่าตัด) are surgical drapes, scrub caps are caps,
not a herbal scrub, and a pet's recovery suit (ชุดกันเลีย) is pet clothing. The sentences are new: they
are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("jogger scrub sets in 12 colours", Side.OFFER, ["scrubs"]),
        ("ชุดสครับคอวี 150 ชุด", Side.NEED, ["scrubs"]),
        ("reusable theatre gowns, AAMI level 3", Side.OFFER, ["surgical_gown"]),
        ("เสื้อกาวน์ผ่าตัดซักได้", Side.NEED, ["surgical_gown"]),
        ("เสื้อคนป่วยผ้าฝ้าย ผูกหลัง", Side.NEED, ["patient_gown"]),
        ("white lab coats with name embroidery", Side.OFFER, ["lab_coat"]),
        ("ชุดพยาบาลกระโปรงขาว", Side.NEED, ["nurse_uniform"]),
        ("CSR wraps, double layer, 120 cm", Side.OFFER, ["surgical_drape"]),
        ("ผ้าห่อเครื่องมือผ่าตัด ผ้าเขียว", Side.NEED, ["surgical_drape"]),
        ("scrub caps in pha khao ma", Side.OFFER, ["cap"]),
        ("ชุดกันเลียแผลหลังผ่าตัดสำหรับแมว", Side.NEED, ["pet_clothing"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_the_finer_kinds_are_kinds_of_medical_garment(reader: PhraseReader) -> None:
    g = reader.glossary
    kinds = ("scrubs", "surgical_gown", "patient_gown", "lab_coat", "nurse_uniform")
    assert all(g.is_a(k, "medical_garment") for k in kinds)
    assert g.is_a("surgical_drape", "medical_textile") and not g.is_a("surgical_drape", "garment")
