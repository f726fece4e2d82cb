"""Technical, farm and upstream wording, and work named with what it puts on the goods.

Nets (shade, bird, insect and fish-cage nets, `สแลน`, `ตาข่าย`) are goods of
their own, not sportswear mesh; geotextiles are cloth; boat covers and canopies
are tents and awnings; raffia string is yarn. Patching and darning (`ปะชุน`),
anti-crease finishing (`กันยับ`), cloth inspection (`ตรวจผ้า`), curtain and
carpet washing are work done for others; mulberry saplings are mulberry; yoga
blocks are sports gear. "Embroidery logo on uniforms" names the work, the
logo it puts on, then the goods it is done to. The sentences are new: they are
not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from services.matcher.scoring.reading import ItemKind, PhraseReader, Side
from tests.unit.matcher.factories import kinds_and_heads


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("สแลนกรองแสง 70% ม้วนละ 50 เมตร", "net"),
        ("ตาข่ายกันแมลง สำหรับโรงเรือน", "net"),
        ("black shade netting for orchid farms", "net"),
        ("geotextile for road works, 4 m wide", "fabric"),
        ("boat covers made to measure", "tarpaulin"),
        ("เชือกฟาง ม้วนใหญ่", "cordage"),
        ("กิ่งพันธุ์หม่อน ส่งทั่วประเทศ", "plant_raw"),
        ("cork yoga blocks", "sports_gear"),
        ("ซาแรนดำ 80% ม้วนละ 100 เมตร", "net"),
        ("filter press cloths, woven PP", "filter_textile"),
        ("ถุงกรองฝุ่นสำหรับห้องพ่นสี", "filter_textile"),
        ("UV masterbatch for PP tape", "chemical"),
        ("เส้นเทป HDPE สีดำ", "yarn"),
        ("woven PP sandbags", "sack"),
        ("ผ้าสานพลาสติก เคลือบ หน้ากว้าง 1 ม.", "fabric"),
    ],
)
def test_technical_and_farm_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0][1] == head


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("รับปะชุนเสื้อผ้าขาด", "repair"),
        ("รับแต่งสำเร็จผ้า กันยับ", "finishing"),
        ("รับตรวจผ้าก่อนส่งออก", "testing"),
        ("curtain washing and re-hanging", "laundry"),
        ("ร้านสะดวกซัก 24 ชม.", "laundry"),
        ("fusing service for collars and cuffs", "sewing"),
    ],
)
def test_work_for_others(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.SERVICE, head)


def test_old_nets_are_plastic_to_recycle(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "old shade cloth from our orchid houses, baled") == [
        (ItemKind.GOODS, "plastic_feedstock")
    ]


@pytest.mark.parametrize(
    ("text", "work"),
    [("embroidery logo on chef jackets", "embroidery"), ("screen print name on tote bags", "printing")],
)
def test_work_then_what_it_puts_on_then_the_goods(reader: PhraseReader, text: str, work: str) -> None:
    assert kinds_and_heads(reader, text) == [(ItemKind.SERVICE, work)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("woven ground cover, UV treated, 100 gsm", "ground_cover"),
        ("ผ้าคลุมวัชพืช สีดำ", "ground_cover"),
        ("insect netting 50 mesh for tunnel houses", "net"),
        ("FIBC bulk bags, 1 tonne", "bulk_bag"),
        ("rPSF 7D hollow, GRS", "fibre"),
    ],
)
def test_farm_covers_net_sizes_and_bulk_bags(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, head)


@pytest.mark.parametrize("text", ["toll shredding of cutting waste", "toll spinning of your fibre, 1 tonne lots"])
def test_toll_work_is_work(reader: PhraseReader, text: str) -> None:
    assert kinds_and_heads(reader, text)[0][0] is ItemKind.SERVICE


@pytest.mark.parametrize("text", ["hand spinning wheel, teak", "ไม้หลาปั่นฝ้าย เหล็กไน"])
def test_spinning_tools_are_machinery(reader: PhraseReader, text: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, "spinning_machine")


def test_hemp_stripped_for_others_is_work(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "รับแยกเปลือกกัญชงด้วยเครื่อง") == [(ItemKind.SERVICE, "fibre_extraction")]


def test_work_on_our_goods_past_qualities(reader: PhraseReader) -> None:
    assert kinds_and_heads(reader, "laminating on knitted polyester panels") == [(ItemKind.SERVICE, "laminating")]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("silkworm egg sheets, hybrid, per box", "silkworm"),
        ("sericin powder, 1 kg", "chemical"),
        ("ผงเซริซิน สำหรับเครื่องสำอาง", "chemical"),
    ],
)
def test_sericulture_goods(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text)[0] == (ItemKind.GOODS, head)


@pytest.mark.parametrize(("text", "head"), [("รับมัดหมี่ตามลายของลูกค้า", "dyeing"), ("จ้างสาวรังไหมเป็นเส้น", "reeling")])
def test_ikat_tying_and_reeling_for_others(reader: PhraseReader, text: str, head: str) -> None:
    assert kinds_and_heads(reader, text, Side.NEED)[0] == (ItemKind.SERVICE, head)
