"""Words of lantern makers, bed-net makers, pleaters, eco-printers and hi-vis workwear suppliers.

Lanterns (โคม) come as hanging lanterns, sky lanterns (โคมลอย) and floating lanterns; a krathong is its
own goods, a lantern frame is a part and fairy lights are lighting. Conical and cot nets are mosquito
nets; fibreglass rods hold nets, kites and umbrellas up. Pleating (อัดพลีท), heat-setting and pin-tucking
are kinds of work, and pleating moulds are the paper they need. Eco-printing (พิมพ์ลายใบไม้) is a kind of
printing and mordanting a kind of dyeing. Coveralls (ชุดหมี) are uniforms, retroreflective tape is
reflective tape and reflective arm bands are accessories. The sentences are new: they are not taken
from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("hanging cloth lanterns in Lanna style", Side.OFFER, ["lantern"]),
        ("โคมล้านนาผ้าฝ้าย 200 ลูก", Side.NEED, ["lantern"]),
        ("sky lanterns of saa paper, no wire", Side.OFFER, ["sky_lantern"]),
        ("โคมลอยน้ำจากกระดาษสา", Side.NEED, ["floating_lantern"]),
        ("กระทงใบตอง ลอยน้ำได้", Side.OFFER, ["krathong"]),
        ("bamboo lantern frames, round and star", Side.NEED, ["lantern_frame"]),
        ("ชุดประดิษฐ์โคมกระดาษสำหรับเด็ก", Side.NEED, ["craft_kit"]),
        ("conical bed nets for bungalows", Side.OFFER, ["mosquito_net"]),
        ("ฝาชีครอบเด็กแรกเกิด กันยุง", Side.NEED, ["mosquito_net"]),
        ("fibreglass rods 3 mm for pop-up nets", Side.OFFER, ["fibreglass_rod"]),
        ("แม่แบบกระดาษสำหรับอัดพลีท", Side.NEED, ["pleating_mould"]),
        ("ผ้าเหลือสต็อก โพลีเอสเตอร์ ขายกิโล", Side.OFFER, ["fabric"]),
        ("eco-printed silk scarves, hand-made", Side.OFFER, ["scarf"]),
        ("framed eco-print artworks", Side.OFFER, ["art_print"]),
        ("mechanic coveralls, cotton drill", Side.OFFER, ["coverall", "twill"]),
        ("ชุดหมีช่างไฟ 50 ชุด", Side.NEED, ["coverall"]),
        ("retroreflective tape 50 mm, sew-on", Side.OFFER, ["elastic"]),
        ("ปลอกแขนสะท้อนแสงสำหรับผู้สูงอายุ", Side.NEED, ["reflective_band"]),
        ("high-index glass beads for road paint", Side.OFFER, ["reflective_bead"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("Knife pleating for school skirts", Side.NEED, "pleating"),
        ("รับอัดพลีทผ้าชีฟองของลูกค้า", Side.OFFER, "pleating"),
        ("Thermofixing of polyester knit panels", Side.NEED, "heat_setting"),
        ("pin-tucking on blouse fronts", Side.OFFER, "tucking"),
        ("พิมพ์ลายใบไม้ลงผ้าของเรา", Side.NEED, "eco_print"),
        ("alum mordanting of cotton squares", Side.NEED, "mordanting"),
    ],
)
def test_work_is_a_service(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    item = reader.read(text, side).items[0]
    assert (item.head, item.kind.name) == (head, "SERVICE")


def test_the_finer_kinds_are_kinds_of_the_broad_one(reader: PhraseReader) -> None:
    g = reader.glossary
    assert (
        g.is_a("sky_lantern", "lantern") and g.is_a("floating_lantern", "lantern") and g.is_a("lantern", "home_decor")
    )
    assert g.is_a("pleating", "finishing") and g.is_a("heat_setting", "finishing") and g.is_a("eco_print", "printing")
    assert g.is_a("coverall", "uniform") and g.is_a("fibreglass_rod", "kite_frame")
