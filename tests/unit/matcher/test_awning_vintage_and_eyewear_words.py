"""Words of awning makers, vintage clothing dealers and eyewear suppliers.

Awnings (กันสาด), shade sails and tents are kinds of covering, and their arms and frames are parts;
high-frequency welding of canvas (เชื่อมผ้าใบ) is seam sealing and ผ้าใบฟาง a tarpaulin. Wearable bales are
used clothing, towels "past their use" are used and vintage washes are finishing work. Spectacle cases
(ซองแว่น, กล่องแว่น) are kinds of pouch, lens cloths (ผ้าเช็ดแว่น) are cleaning cloths, sunglass retainers
are straps, sunglasses (แว่นกันแดด) are eyewear and CR foam sheet is neoprene. The sentences are new: they
are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("folding-arm awnings, supply and install", Side.OFFER, ["awning"]),
        ("HDPE shade sails with stainless fittings", Side.OFFER, ["shade_sail"]),
        ("tensioned sunshade over the pool deck", Side.NEED, ["shade_sail"]),
        ("aluminium lateral arms for awnings", Side.OFFER, ["awning_part"]),
        ("อะไหล่อาร์มกันสาด มือสอง", Side.NEED, ["awning_part"]),
        ("ทาร์ปอลินม้วน 4x50 เมตร", Side.OFFER, ["tarpaulin"]),
        ("ผ้าใบฟางสีฟ้า คลุมปลาเค็ม", Side.NEED, ["tarpaulin"]),
        ("wearable bales, Japan grade, 100 kg", Side.OFFER, ["used_clothing"]),
        ("hotel towels past their use", Side.NEED, ["textile_waste"]),
        ("clothes rails for the market stall", Side.OFFER, ["display_stand"]),
        ("spectacle cases in hard shell, 500 pcs", Side.OFFER, ["glasses_case"]),
        ("กล่องแว่นสปริง หุ้มหนังเทียม", Side.NEED, ["glasses_case"]),
        ("lens cleaning cloths, overlocked", Side.OFFER, ["lens_cloth"]),
        ("ผ้าเช็ดแว่นพิมพ์ชื่อร้าน", Side.NEED, ["lens_cloth"]),
        ("floating sunglass retainers in neoprene", Side.OFFER, ["eyewear_strap"]),
        ("แว่นกันแดดกรอบไม้สัก", Side.NEED, ["eyewear"]),
        ("CR foam sheet, jersey on both faces", Side.OFFER, ["neoprene", "jersey_fabric"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("หาโรงงานเชื่อมผ้าใบ HF", Side.NEED, "seam_sealing"),
        ("vintage-look washes on denim", Side.OFFER, "finishing"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert (item.head, item.kind.name) == (head, "SERVICE")


def test_the_finer_kinds_are_kinds_of_the_broad_one(reader: PhraseReader) -> None:
    g = reader.glossary
    assert g.is_a("awning", "umbrella_tent") and g.is_a("shade_sail", "umbrella_tent")
    assert g.is_a("glasses_case", "pouch") and g.is_a("lens_cloth", "cleaning_tool")
    assert not g.is_a("awning_part", "awning")
