"""Words of Thai-dress tailors, cotton farmers and ginners, viscose mills and tactical-wear makers.

A jongkraben (โจงกระเบน) and a Thai jacket are Thai dress; goldwork (ปักดิ้น) is embroidery; a
pre-wedding shoot (ถ่ายรูป) is photography, a kind of marketing. Cottonseed for crushing, its oil and
its cake (กากเมล็ดฝ้าย) are not raw cotton; planting seed is seed; gin motes and linters (ลินเตอร์)
are cotton waste; cotton spun on a wheel (เข็นด้วยไน) is handspun yarn. Dissolving pulp (เยื่อละลาย)
is pulp, VSF staple fibre and VFY filament yarn; a sateen or twill weave is cloth, not weaving work,
and ผ้าดิบลายสอง is twill. Ghillie suits and BDUs are uniforms; resoling is repair. The sentences are
new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("โจงกระเบนผ้าไหม ผูกสำเร็จ", Side.OFFER, ["thai_dress"]),
        ("Men's Thai jackets for a hire shop", Side.NEED, ["thai_dress"]),
        ("Refined cottonseed oil in 18 L tins", Side.OFFER, ["cottonseed_product"]),
        ("กากเมล็ดฝ้ายอัดเม็ด สำหรับอาหารสัตว์", Side.OFFER, ["cottonseed_product"]),
        ("Sowing seed, local variety, 30 kg", Side.NEED, ["seed"]),
        ("Gin motes and trash for compost", Side.OFFER, ["textile_waste"]),
        ("ฝ้ายเข็นด้วยไน สีขาวธรรมชาติ", Side.OFFER, ["yarn"]),
        ("เยื่อละลายเกรดทำเส้นใย ขั้นต่ำ 10 ตัน", Side.OFFER, ["paper_pulp"]),
        ("VSF 1.2D x 38 mm, semi-dull", Side.OFFER, ["fibre"]),
        ("Lyocell in a sateen weave, 280 cm", Side.NEED, ["satin"]),
        ("ผ้าดิบลายสอง ยังไม่ฟอก", Side.OFFER, ["twill"]),
        ("Ghillie suits in woodland colours", Side.NEED, ["uniform"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("Outsourced goldwork on our sabai panels", Side.NEED, "embroidery"),
        ("Boot resoling for shops, send us the worn pairs", Side.OFFER, "repair"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert item.head == head
    assert item.kind.name == "SERVICE"


def test_a_photo_shoot_is_photography_a_kind_of_marketing(reader: PhraseReader) -> None:
    (item,) = reader.read("ถ่ายรูปชุดไทยนอกสถานที่", Side.OFFER).items
    assert item.head == "photography"
    assert reader.glossary.is_a("photography", "marketing")
