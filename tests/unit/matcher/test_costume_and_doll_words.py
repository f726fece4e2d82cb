"""Words of costume makers and doll makers.

Costumes come in the kinds buyers name, each a kind of costume: mascot suits (ชุดมาสคอต), cosplay,
dance costumes (ชุดฟ้อน, Manohra outfits) and cheer uniforms; props and foam armour are props, and a Phi
Ta Khon mask is a mask of the stage. Toys come in kinds too: dolls (ตุ๊กตาชาววัง, rag dolls), plush toys
(ตุ๊กตาหมี), crochet toys (amigurumi), doll clothes (ชุดตุ๊กตา) and doll parts such as safety eyes;
finger puppets are puppets. "Who can sublimate onto fabric we supply?" wants the printing, not the
cloth. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "heads"),
    [
        ("walk-around mascot suits with cooling fans", Side.OFFER, ["mascot_costume"]),
        ("ชุดมาสค็อตรูปช้าง 2 ตัว", Side.NEED, ["mascot_costume"]),
        ("cosplay outfits made to order from anime stills", Side.OFFER, ["cosplay_costume"]),
        ("ชุดคอสเพลย์ตัวละครเกม ไซซ์ M", Side.NEED, ["cosplay_costume"]),
        ("ชุดฟ้อนเล็บพร้อมเล็บทองเหลือง", Side.OFFER, ["dance_costume"]),
        ("Manohra outfits for a school dance team", Side.NEED, ["dance_costume"]),
        ("cheerleading uniforms with pompom sets", Side.OFFER, ["cheer_uniform"]),
        ("ชุดเชียร์ลีดเดอร์ สีประจำโรงเรียน", Side.NEED, ["cheer_uniform"]),
        ("foam armour and prop weapons for cosplayers", Side.OFFER, ["stage_prop"]),
        ("หน้ากากผีตาโขน ทาสีเอง", Side.NEED, ["khon_mask"]),
        ("rag dolls in hill-tribe dress", Side.OFFER, ["doll"]),
        ("ตุ๊กตาชาววังสำหรับร้านของที่ระลึก", Side.NEED, ["doll"]),
        ("plush teddy bears, 30 cm", Side.OFFER, ["plush_toy"]),
        ("ตุ๊กตาหมีตัวใหญ่ 1 เมตร", Side.NEED, ["plush_toy"]),
        ("amigurumi animals in cotton yarn", Side.OFFER, ["crochet_toy"]),
        ("ตุ๊กตาถักโครเชต์รูปช้าง", Side.NEED, ["crochet_toy"]),
        ("doll clothes for 30 cm fashion dolls", Side.OFFER, ["doll_clothes"]),
        ("ชุดตุ๊กตาบาร์บี้ ผ้าไหม", Side.NEED, ["doll_clothes"]),
        ("safety eyes 12 mm, 100 pairs", Side.OFFER, ["doll_part"]),
        ("finger puppets of farm animals", Side.NEED, ["puppet"]),
        ("ผ้าเกรย์ฝ้าย 100% ม้วนละ 100 หลา", Side.OFFER, ["fabric"]),
        ("ผมคนจริงสำหรับวิก", Side.NEED, ["human_hair"]),
        ("เส้นลูรักซ์สีเงินสำหรับทอ", Side.NEED, ["metallic_yarn"]),
        ("ไฟเบอร์ทำวิก ทนความร้อน", Side.OFFER, ["synthetic_hair"]),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, heads: list[str]) -> None:
    assert [item.head for item in reader.read(text, side).items] == heads


def test_sublimating_onto_the_writers_fabric_is_printing_work(reader: PhraseReader) -> None:
    items = reader.read("who can sublimate onto fabric we supply?", Side.NEED).items
    assert [(i.head, i.kind.name) for i in items] == [("printing", "SERVICE")], items


def test_the_finer_kinds_are_kinds_of_the_broad_one(reader: PhraseReader) -> None:
    g = reader.glossary
    assert all(g.is_a(k, "costume") for k in ("mascot_costume", "cosplay_costume", "dance_costume", "cheer_uniform"))
    assert all(g.is_a(k, "toy") for k in ("doll", "plush_toy", "crochet_toy", "doll_clothes", "puppet"))
