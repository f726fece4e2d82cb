"""Words of the knitting and hosiery trade the reader did not know.

A knitting machine in Thai is `จักรถัก` (circular, flat, for socks), not a sewing
machine; collars and cuffs knitted for polos are trims; stockinette is a dressing;
compression and anti-embolism stockings (`ถุงน่องแรงบีบ`) are compression garments;
T-shirt yarn and milk cotton are yarn, crochet hooks and knitting needles tools;
ankle and knee guards are supports; `มีใบ` (with a certificate) names no leaf. A
fibre named for work that uses yarn ("8-ply cotton for crochet", "hemp for weaving")
is the yarn, while one for spinning stays fibre. Combed, carded or ring-spun cotton
named alone is yarn. The sentences are new: they are not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import PhraseReader, Side


@pytest.mark.parametrize(
    ("text", "side", "head"),
    [
        ("จักรถักวงกลมมือสอง 34 นิ้ว", Side.OFFER, "knitting_machine"),
        ("looking for two used sock machines", Side.NEED, "knitting_machine"),
        ("knitted collars for school polos, navy", Side.NEED, "trim"),
        ("ปกถักสำหรับเสื้อโปโล ทำสีตามสั่ง", Side.OFFER, "trim"),
        ("ผ้าสต็อกกิเน็ตสำหรับใส่ก่อนเข้าเฝือก", Side.NEED, "bandage"),
        ("ถุงน่องแรงบีบ ใต้เข่า", Side.OFFER, "compression_garment"),
        ("T-shirt yarn from cutting waste, 1 kg rolls", Side.OFFER, "yarn"),
        ("knee guards for futsal players", Side.NEED, "support_brace"),
        ("4-ply cotton for crochet toys", Side.NEED, "yarn"),
        ("ไหมสำหรับทอผ้าพันคอ", Side.NEED, "yarn"),
        ("cotton for spinning, 2 t", Side.NEED, "raw_cotton"),
        ("combed cotton 30s/1 for hosiery", Side.OFFER, "yarn"),
        ("ring-spun bamboo viscose 40s", Side.OFFER, "yarn"),
        ("recycled cotton fibre for open-end spinning", Side.NEED, "fibre"),
        ("knitted beanies in hemp and cotton", Side.OFFER, "knit_hat"),
        ("milk cotton 4-ply, 50 g balls, by the carton", Side.OFFER, "yarn"),
        ("crochet hooks and knitting needles, all sizes", Side.OFFER, "knitting_tool"),
        ("เข็มโครเชต์ ไม้นิตติ้ง ราคาส่ง", Side.OFFER, "knitting_tool"),
        ("ผ้ายืดรีไซเคิล มีใบ GRS", Side.NEED, "fabric"),
    ],
)
def test_heads(reader: PhraseReader, text: str, side: Side, head: str) -> None:
    assert [item.head for item in reader.read(text, side).items][:1] == [head]
