"""Write the hand-labelled evaluation set `eval/blind_plain_quilting/` (quilting and patchwork).

Every profile, label and link judgement below was written by hand. The script only checks the data,
derives the true links from the labels and writes `profiles.jsonl`, `links.csv` and `README.md`.

Run from the repository root:

    .venv/bin/python eval/blind_plain_quilting/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bqu"
N_PROFILES = 95
LINK_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRCULAR = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str | None = None  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...] = ()
    bcg: tuple[BcgTag, ...] = ()

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> tuple[str, str]:
    """An offer: its text and the label that says what the thing is."""
    return (text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` (optional) name what would meet it."""
    return Need(text, labels, req, waive, unmet=note)


def s(
    num: int,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


GOTS = ("GOTS",)
OEKO = ("OEKO-TEX Standard 100",)
GRS = ("GRS",)
OTOP = ("OTOP",)
PEACOCK = ("Thai Silk Peacock Emblem",)
ORGANIC_TH = ("Organic Thailand",)

# ------------------------------------------------------------------ data

PART_1 = (
    s(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายเข็นมือบ้านนาอ้อ",
        HEMP,
        UP,
        "Loei",
        "naor.cotton@example.co.th",
        [o("ฝ้ายเข็นมือ เส้นเล็ก กิโลละ 850 บาท", "cotton_yarn"), o("ปุยฝ้ายพื้นเมือง ปลูกแบบอินทรีย์", "raw_cotton_fibre")],
        [n("หาครามเปียกไว้ย้อมฝ้ายเอง", "indigo_paste")],
        certs=ORGANIC_TH,
        bcg=(BIO,),
    ),
    s(
        2,
        "en",
        "Nan Organic Cotton Growers",
        HEMP,
        UP,
        "Nan",
        "growers@nanorganic.example",
        [o("Seed cotton, organic, 50 kg sacks", "raw_cotton_fibre"), o("Hand-ginned cotton lint", "raw_cotton_fibre")],
        [u("Second-hand cotton gin, any condition", "no one in the set sells ginning machinery")],
        certs=ORGANIC_TH,
        bcg=(BIO, GREEN),
    ),
    s(
        3,
        "th",
        "บริษัท สยามคอตตอนสปินนิ่ง จำกัด",
        HEMP,
        UP,
        "Nakhon Pathom",
        "sales@siamcottonspin.example",
        [o("เส้นด้ายคอตตอน 100% เบอร์ 20 โอเพ่นเอนด์", "cotton_yarn"), o("ไหมเย็บผ้า คอตตอน 40/2 โคนใหญ่", "sewing_thread")],
        [
            n("ฝ้ายดิบจากเกษตรกรไทย หลายตันต่อปี", "raw_cotton_fibre"),
            n("ผ้าฝ้ายขาวเหลือทิ้งจากโรงตัดเย็บ เอามาปั่นใหม่", "cotton_cutting_waste"),
        ],
        certs=("Better Cotton", "ISO 9001"),
    ),
    s(
        4,
        "th",
        "กลุ่มปลูกกัญชงม้งบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@example.co.th",
        [o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 โล", "hemp_fibre"), o("เส้นใยกัญชงต่อมือ ม้วนเป็นไจ", "hemp_yarn")],
        [u("เครื่องลอกเปลือกกัญชงแบบมอเตอร์", "no one in the set sells decorticating machines")],
        bcg=(BIO,),
    ),
    s(
        5,
        "en",
        "Phetchabun Hemp Fibre Ltd.",
        HEMP,
        UP,
        "Phetchabun",
        "info@pbhempfibre.example",
        [
            o("Decorticated hemp bast fibre, baled", "hemp_fibre"),
            o("Needle-punched hemp wadding 150 gsm", "hemp_batting"),
        ],
        [n("Hand-spliced Hmong hemp yarn for sample weaving", "hemp_yarn")],
        bcg=(BIO, GREEN),
    ),
    s(
        6,
        "th",
        "ห้อมเปียกป้าศรี แม่ทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "pasri.hom@example.co.th",
        [o("ห้อมเปียก หมักเอง ถุงละ 1 กก.", "indigo_paste"), o("แก่นฝาง เปลือกประดู่ ตากแห้ง สำหรับย้อมผ้า", "natural_dye_stuff")],
        [n("ผ้าดิบสีขาว ยังไม่ผ่านการย้อม สำหรับทำม่อฮ่อม", "greige_cotton_fabric")],
        certs=OTOP,
        bcg=(BIO,),
    ),
    s(
        7,
        "en",
        "Sakon Kram Paste Supply",
        HEMP,
        UP,
        "Sakon Nakhon",
        "kram@sakonpaste.example",
        [
            o("Fermented indigo paste (kram piak), 1 kg tubs", "indigo_paste"),
            o("Dried lac and ebony fruit for natural dyeing", "natural_dye_stuff"),
        ],
        [u("Large earthen jars for indigo vats", "no one in the set sells pottery")],
        certs=ORGANIC_TH,
        bcg=(BIO,),
    ),
    s(
        8,
        "th",
        "โรงนุ่นท่าปลา",
        HEMP,
        UP,
        "Uttaradit",
        "thapla.kapok@example.co.th",
        [o("นุ่นดีดแล้ว กระสอบละ 10 กิโล", "kapok_fibre"), o("ที่นอนนุ่น หมอนนุ่น สั่งทำตามขนาด", "kapok_pillow")],
        [n("ผ้าดิบหนา ๆ สำหรับหุ้มที่นอน", "greige_cotton_fabric")],
        bcg=(BIO,),
    ),
    s(
        9,
        "en",
        "Samut Sakhon Textile Waste Trading",
        CIRC,
        UP,
        "Samut Sakhon",
        "buy@sstextilewaste.example",
        [
            o("Cotton jersey cutting waste, colour sorted, per kg", "cotton_cutting_waste"),
            o("Polyester sportswear offcuts by the tonne", "polyester_cutting_waste"),
        ],
        [n("Post-consumer clothing in bales", "used_clothing")],
        bcg=(CIRCULAR,),
    ),
    s(
        10,
        "th",
        "ห้างหุ้นส่วน ส.รุ่งเรืองการ์เมนต์",
        CIRC,
        MID,
        "Bangkok",
        "sr.garment@example.co.th",
        [
            o("เศษผ้าคอตตอนจากโต๊ะตัด ขายเป็นกิโล", "cotton_cutting_waste"),
            o("รับตัดเย็บเสื้อตามแบบลูกค้า ขั้นต่ำ 300 ตัว", "cut_and_sew_service"),
        ],
        [n("ด้ายสำหรับจักรอุตสาหกรรม ทำสีตามสั่ง", "sewing_thread")],
        bcg=(CIRCULAR,),
    ),
    s(
        11,
        "th",
        "ร้านปะติดปะต่อ คัดเศษผ้า",
        CIRC,
        UP,
        "Ratchaburi",
        "patid.scrap@example.co.th",
        [o("ถุงเศษคอตตอนคัดสี สำหรับงานผ้าปะ ถุงละ 1 กิโล", "quilting_scrap_bundle")],
        [n("เศษผ้าจากโรงงานเสื้อผ้า เหมากระสอบ ไม่ต้องคัด", "cotton_cutting_waste")],
        bcg=(CIRCULAR,),
    ),
    s(
        12,
        "en",
        "ScrapHappy Thailand",
        CIRC,
        UP,
        "Bangkok",
        "hello@scraphappy.example",
        [
            o("Scrap bags of cotton prints, 500 g, pre-sorted", "quilting_scrap_bundle"),
            o("2.5 in strip rolls cut from factory leftovers", "quilting_scrap_bundle"),
        ],
        [n("Offcuts from garment cutting rooms, woven cotton", "cotton_cutting_waste")],
        bcg=(CIRCULAR,),
    ),
    s(
        13,
        "th",
        "ร้านเสื้อผ้ามือสองโรงเกลือ เจ๊นก",
        CIRC,
        UP,
        "Sa Kaeo",
        "jenok.rongkluea@example.co.th",
        [o("เสื้อผ้ามือสองเป็นเบล ญี่ปุ่น เกาหลี", "used_clothing"), o("ยีนส์มือสอง เหมาขายเป็นกิโล", "used_denim")],
        [],
        bcg=(CIRCULAR,),
    ),
    s(
        14,
        "en",
        "Circular Fibre Recovery Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "sourcing@cfrecovery.example",
        [o("Recycled cotton fibre, mechanically shredded, GRS", "recycled_cotton_fibre")],
        [n("Cotton-rich textile waste, pre- or post-consumer", "cotton_cutting_waste", "used_clothing", "used_denim")],
        certs=GRS,
        bcg=(CIRCULAR,),
    ),
    s(
        15,
        "th",
        "บริษัท รีเพท ไฟเบอร์ จำกัด",
        CIRC,
        UP,
        "Rayong",
        "sales@repetfiber.example",
        [
            o("เส้นใยโพลีเอสเตอร์รีไซเคิลจากขวด PET", "recycled_polyester_fibre"),
            o("ใยแผ่นรีไซเคิลจากขวดพลาสติก ม้วนละ 50 หลา", "recycled_polyester_batting"),
        ],
        [u("ขวดพลาสติกใช้แล้ว อัดก้อน ส่งประจำ", "no one in the set collects used bottles")],
        certs=("GRS", "ISO 14001"),
        bcg=(CIRCULAR, GREEN),
    ),
    s(
        16,
        "en",
        "Korat Fibrefill Co.",
        ALI,
        UP,
        "Nakhon Ratchasima",
        "orders@koratfill.example",
        [
            o("Hollow siliconised polyester fibrefill for pillows", "polyester_fibrefill"),
            o("Polyester wadding rolls, 2 oz and 4 oz", "polyester_batting"),
        ],
        [n("rPET staple fibre, must be GRS certified", "recycled_polyester_fibre", req=GRS)],
    ),
    s(
        17,
        "th",
        "โรงงานใยสังเคราะห์บางพลี",
        SPORT,
        UP,
        "Samut Prakan",
        "bangplee.fibre@example.co.th",
        [
            o("ใยโพลีรีไซเคิล 7 ดีเนียร์ ราคาโรงงาน", "recycled_polyester_fibre"),
            o("ใยมุกยัดหมอน ใยลูกบอล", "polyester_fibrefill"),
        ],
        [n("เศษผ้าโพลีเอสเตอร์จากโรงงานชุดกีฬา", "polyester_cutting_waste")],
    ),
    s(
        18,
        "th",
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        ALI,
        MID,
        "Surin",
        "thasawang.silk@example.co.th",
        [o("ผ้าไหมมัดหมี่ลายโบราณ ทอมือ", "mudmee_silk_fabric"), o("เส้นไหมพื้นบ้าน สาวมือ", "silk_yarn")],
        [n("ครามหมักพร้อมใช้ สำหรับย้อมเส้นไหม", "indigo_paste")],
        certs=("Thai Silk Peacock Emblem", "OTOP"),
        bcg=(BIO,),
    ),
    s(
        19,
        "en",
        "Isan Silk Yarn Collective",
        ALI,
        UP,
        "Khon Kaen",
        "yarn@isansilk.example",
        [o("Thai native silk yarn, hand-reeled, per kg", "silk_yarn")],
        [u("Silkworm eggs, Nang Noi breed", "no one in the set sells silkworm eggs")],
        bcg=(BIO,),
    ),
    s(
        20,
        "en",
        "Green Loop rPET Yarns",
        SPORT,
        UP,
        "Pathum Thani",
        "yarn@greenloop.example",
        [o("Recycled polyester filament yarn 75D, GRS", "recycled_polyester_yarn")],
        [n("Clean PES fabric trimmings from activewear cutting tables", "polyester_cutting_waste")],
        certs=("GRS", "bluesign"),
        bcg=(CIRCULAR,),
    ),
    s(
        21,
        "en",
        "Bangkok Quilt Fabric Importers",
        ALC,
        MID,
        "Bangkok",
        "trade@bkkquiltfabric.example",
        [
            o("Quilting cottons by the fat quarter, Moda and Riley Blake", "quilting_cotton_fabric"),
            o("Precut charm packs and jelly rolls, designer lines", "quilting_cotton_fabric"),
            o("Fusible fleece and woven interfacing", "fusible_interfacing"),
        ],
        [n("Thai handwoven cotton with the OTOP mark, small cuts", "handwoven_cotton_fabric", req=OTOP)],
        certs=OEKO,
    ),
    s(
        22,
        "th",
        "ร้านผ้าพาหุรัด ผ้าฝ้ายพิมพ์ลาย",
        ALC,
        MID,
        "Bangkok",
        "phahurat.cotton@example.co.th",
        [
            o("ผ้าคอตตอนพิมพ์ลาย 100% ตัดขายเป็นหลา", "quilting_cotton_fabric"),
            o("ผ้ากุ๊นสำเร็จ ผ้าเฉียง ม้วนละ 50 หลา", "bias_binding_tape"),
        ],
        [],
    ),
    s(
        23,
        "th",
        "ร้านผ้าควิลท์ กาดหลวง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "kadluang.quilt@example.co.th",
        [
            o("ผ้าคอตตอนญี่ปุ่น ตัดแฟตควอเตอร์ ชิ้นละ 65 บาท", "quilting_cotton_fabric"),
            o("ใยฝ้ายแผ่นสำหรับงานควิลท์ ตัดขายเป็นเมตร", "cotton_batting"),
        ],
        [n("ด้ายควิลท์สีพื้น หลอดละ 500 เมตรขึ้นไป", "sewing_thread")],
    ),
    s(
        24,
        "en",
        "Siam Greige Weaving Mill",
        HEMP,
        MID,
        "Samut Prakan",
        "mill@siamgreige.example",
        [
            o("Loom-state cotton broadcloth, 60 in, unbleached", "greige_cotton_fabric"),
            o("Cotton canvas 10 oz, undyed", "greige_cotton_fabric"),
        ],
        [n("Cotton yarn Ne 20 for weaving, steady supply", "cotton_yarn")],
        certs=("ISO 9001",),
    ),
)

PART_2 = (
    s(
        25,
        "en",
        "GreenStitch Organic Fabrics",
        HEMP,
        MID,
        "Bangkok",
        "hello@greenstitch.example",
        [
            o("GOTS organic cotton quilting prints, per metre", "quilting_cotton_fabric"),
            o("Organic cotton batting, needle-punched, 96 in wide", "cotton_batting"),
        ],
        [n("Organic raw cotton from Thai farms, Organic Thailand", "raw_cotton_fibre", req=ORGANIC_TH)],
        certs=("GOTS", "OEKO-TEX Standard 100"),
        bcg=(BIO, GREEN),
    ),
    s(
        26,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านนาข่า",
        ALI,
        MID,
        "Udon Thani",
        "nakha.weaving@example.co.th",
        [
            o("ผ้าฝ้ายทอมือ ลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            o("ผ้าขาวม้าทอมือ ลายตาราง", "handwoven_cotton_fabric"),
        ],
        [n("ฝ้ายเส้นปั่นมือ สีธรรมชาติ", "cotton_yarn")],
        certs=OTOP,
        bcg=(BIO,),
    ),
    s(
        27,
        "th",
        "ผ้าทอไทลื้อ บ้านหนองบัว",
        HEMP,
        MID,
        "Nan",
        "nongbua.thailue@example.co.th",
        [
            o("ผ้าทอลายน้ำไหล ไทลื้อ ขายเป็นผืน", "handwoven_cotton_fabric"),
            o("รับย้อมสีธรรมชาติ ผ้าของลูกค้า", "natural_dyeing_service"),
        ],
        [],
        bcg=(BIO,),
    ),
    s(
        28,
        "th",
        "ครามสกล บ้านดอนกอย",
        HEMP,
        MID,
        "Sakon Nakhon",
        "donkoi.kram@example.co.th",
        [
            o("ผ้าฝ้ายย้อมคราม ทอมือ เมตรละ 350", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ],
        [n("ผ้าฝ้ายดิบยังไม่ฟอก ไว้ลงหม้อคราม", "greige_cotton_fabric")],
        certs=OTOP,
        bcg=(BIO,),
    ),
    s(
        29,
        "en",
        "Phrae Mor Hom Studio",
        HEMP,
        MID,
        "Phrae",
        "studio@morhom.example",
        [o("Hom indigo dyed cotton yardage, deep blue", "indigo_dyed_cotton_fabric")],
        [n("Cotton sheeting, undyed, for our dye vats", "greige_cotton_fabric")],
        bcg=(BIO,),
    ),
    s(
        30,
        "th",
        "ผ้าย้อมสีธรรมชาติ ลำพูน",
        HEMP,
        MID,
        "Lamphun",
        "lamphun.naturaldye@example.co.th",
        [
            o("ผ้าฝ้ายย้อมเปลือกไม้ โทนน้ำตาล เหลือง ชมพู", "natural_dyed_cotton_fabric"),
            o("ผ้าฝ้ายทอมือย้อมครั่ง สีแดง", "natural_dyed_cotton_fabric"),
        ],
        [n("เปลือกมะพูด แก่นขนุน ครั่ง วัตถุดิบย้อมสี", "natural_dye_stuff")],
        bcg=(BIO,),
    ),
    s(
        31,
        "th",
        "กลุ่มทอผ้าไหมชนบท",
        ALI,
        MID,
        "Khon Kaen",
        "chonnabot.silk@example.co.th",
        [o("ผ้าไหมมัดหมี่ชนบท ตรานกยูงสีทอง", "mudmee_silk_fabric")],
        [n("ไหมน้อยพันธุ์พื้นเมือง ไว้ทอมัดหมี่", "silk_yarn")],
        certs=PEACOCK,
        bcg=(BIO,),
    ),
    s(
        32,
        "en",
        "Hemp Weave Chiang Rai",
        HEMP,
        MID,
        "Chiang Rai",
        "weave@hempcr.example",
        [o("Handloomed hemp cloth, natural undyed", "hemp_fabric"), o("Hemp-cotton blend canvas 55/45", "hemp_fabric")],
        [n("Raw hemp bast, hand-stripped", "hemp_fibre")],
        bcg=(BIO,),
    ),
    s(
        33,
        "th",
        "บาติกอันดามัน",
        HEMP,
        MID,
        "Krabi",
        "andaman.batik@example.co.th",
        [o("ผ้าบาติกเขียนมือ ลายทะเลอันดามัน", "batik_fabric"), o("ผ้าปาเต๊ะพิมพ์ลาย ขายส่ง", "batik_fabric")],
        [n("ผ้าขาว ผ้าดิบ ไว้เขียนเทียน", "greige_cotton_fabric")],
        certs=OTOP,
    ),
    s(
        34,
        "en",
        "Songkhla Batik House",
        HEMP,
        MID,
        "Songkhla",
        "batik@songkhlahouse.example",
        [o("Hand-drawn batik panels, cotton, 2 m", "batik_fabric")],
        [u("Tjanting tools and batik wax blocks", "no one in the set sells batik tools")],
    ),
    s(
        35,
        "th",
        "โรงงานใยแผ่น สมุทรสาคร",
        ALC,
        MID,
        "Samut Sakhon",
        "sk.wadding@example.co.th",
        [o("ใยฝ้ายแผ่นบาง สำหรับเย็บควิลท์", "cotton_batting"), o("ใยสังเคราะห์แผ่น 4 ออนซ์ ม้วนละ 50 หลา", "polyester_batting")],
        [],
    ),
    s(
        36,
        "en",
        "Warm Layers Batting Supply",
        ALC,
        MID,
        "Nonthaburi",
        "sales@warmlayers.example",
        [
            o("Cotton batting, natural, queen size packs", "cotton_batting"),
            o("Polyester batting, low loft, 60 in", "polyester_batting"),
        ],
        [
            u(
                "Long-staple lint under Better Cotton for our batting line",
                "the cotton growers in the set hold Organic Thailand, not Better Cotton",
                "raw_cotton_fibre",
                req=("Better Cotton",),
            )
        ],
        certs=OEKO,
    ),
    s(
        37,
        "th",
        "ใยรีไซเคิลแผ่น ชลบุรี",
        CIRC,
        MID,
        "Chonburi",
        "cb.recycledwadding@example.co.th",
        [o("ใยแผ่นโพลีรีไซเคิล ผลิตจากขวดน้ำ", "recycled_polyester_batting")],
        [n("สเตเปิลไฟเบอร์ rPET ส่งเป็นตัน", "recycled_polyester_fibre")],
        bcg=(CIRCULAR,),
    ),
    s(
        38,
        "en",
        "Quilters Thread & Notions Co.",
        ALC,
        MID,
        "Bangkok",
        "orders@quiltersthread.example",
        [
            o("Aurifil and Gütermann quilting threads, 50 wt", "sewing_thread"),
            o("Double-fold bias binding, cotton", "bias_binding_tape"),
        ],
        [n("Combed cotton yarn for thread twisting, Better Cotton (BCI)", "cotton_yarn", req=("Better Cotton",))],
    ),
    s(
        39,
        "th",
        "ร้านอุปกรณ์กระเป๋า สำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        "sampeng.bagparts@example.co.th",
        [o("ซิปกระเป๋า หูหนัง ห่วง ก้ามปู", "bag_hardware"), o("ผ้ากาว ใยกาวรีดติด ม้วนละ 25 หลา", "fusible_interfacing")],
        [],
    ),
    s(
        40,
        "en",
        "Pre-Quilted Fabrics Bangkok",
        ALC,
        MID,
        "Bangkok",
        "sales@prequilted.example",
        [
            o("Pre-quilted cotton with batting, diamond stitch", "prequilted_fabric"),
            o("Quilted nylon yardage for bags and vests", "prequilted_fabric"),
        ],
        [
            n("Undyed cotton sheeting for quilt backs", "greige_cotton_fabric"),
            n("Bias tape for edging, large rolls", "bias_binding_tape"),
        ],
    ),
    s(
        41,
        "th",
        "รับเดินควิลท์คอมพิวเตอร์ นนทบุรี",
        ALC,
        MID,
        "Nonthaburi",
        "non.quilting@example.co.th",
        [
            o("รับเดินควิลท์หน้าผ้าห่มของลูกค้า เครื่องแขนยาว", "quilting_service"),
            o("เดินลายควิลท์ผ้าเป็นหลา ให้โรงงานกระเป๋า", "quilting_service"),
        ],
        [n("ด้ายสำหรับเครื่องแขนยาว เป็นโคน", "sewing_thread")],
    ),
    s(
        42,
        "en",
        "Long Arm Lanna",
        HEMP,
        MID,
        "Chiang Mai",
        "quilt@longarmlanna.example",
        [
            o("Long-arm quilting of your quilt tops, edge to edge", "quilting_service"),
            o("Binding and finishing of quilts you pieced", "quilting_service"),
        ],
        [n("Hemp or bamboo batting for eco quilts", "hemp_batting")],
    ),
    s(
        43,
        "th",
        "ควิลท์บ้านสวน ปทุม",
        ALC,
        MID,
        "Pathum Thani",
        "bansuan.quilt@example.co.th",
        [o("รับควิลท์มือ ผ้าห่มที่ลูกค้าต่อมาแล้ว งานละเอียด", "quilting_service")],
        [n("ด้ายฝ้าย 100% สำหรับควิลท์มือ", "sewing_thread")],
    ),
    s(
        44,
        "en",
        "Active Knit Thailand",
        SPORT,
        MID,
        "Samut Sakhon",
        "knit@activeknit.example",
        [
            o("Moisture-wicking polyester jersey, 150 gsm", "performance_knit_fabric"),
            o("Recycled poly mesh for linings", "performance_knit_fabric"),
        ],
        [n("rPET filament, 75 denier, GRS certified", "recycled_polyester_yarn", req=GRS)],
        certs=("bluesign", "OEKO-TEX Standard 100"),
    ),
    s(
        45,
        "th",
        "โรงย้อมผ้า มหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachai.dyehouse@example.co.th",
        [o("รับย้อมผ้าพับ ผ้าของลูกค้า สีรีแอคทีฟ", "fabric_dyeing_service")],
        [u("เกลือ โซดาแอช สารช่วยย้อม ราคาส่ง", "no one in the set sells dye chemicals")],
        certs=("ISO 14001",),
    ),
    s(
        46,
        "en",
        "Indigo Works Udon",
        ALI,
        MID,
        "Udon Thani",
        "studio@indigoworks.example",
        [o("Indigo dyeing of your fabric or garments, small lots", "indigo_dyeing_service")],
        [],
        bcg=(BIO,),
    ),
    s(
        47,
        "th",
        "ร้านปักโลโก้ คอมพิวเตอร์ นครปฐม",
        ALC,
        MID,
        "Nakhon Pathom",
        "np.embroidery@example.co.th",
        [o("รับปักโลโก้ ปักชื่อ บนผ้าและกระเป๋า", "embroidery_service")],
        [],
    ),
    s(
        48,
        "en",
        "PrintYourFabric TH",
        ALC,
        MID,
        "Bangkok",
        "print@printyourfabric.example",
        [o("Digital printing of your designs on cotton, from 1 m", "digital_fabric_printing_service")],
        [n("Prepared-for-print cotton poplin, undyed", "greige_cotton_fabric")],
        certs=OEKO,
    ),
)

PART_3 = (
    s(
        49,
        "th",
        "กลุ่มแม่บ้านตัดเย็บ บ้านโนนสูง",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "nonsung.sewing@example.co.th",
        [
            o("รับจ้างเย็บกระเป๋าผ้า ตามแบบที่ลูกค้าส่งมา", "cut_and_sew_service"),
            o("รับต่อหน้าผ้าห่ม จากผ้าที่ลูกค้าส่งมาให้", "cut_and_sew_service"),
        ],
        [
            n("จักรเย็บผ้าอุตสาหกรรม เข็มเดี่ยว", "sewing_machine"),
            u("ร้านซ่อมจักรเย็บผ้า มาถึงหมู่บ้าน", "no one in the set repairs sewing machines"),
        ],
        certs=OTOP,
    ),
    s(
        50,
        "en",
        "CMT Sew Solutions",
        SPORT,
        MID,
        "Samut Prakan",
        "cmt@sewsolutions.example",
        [
            o("Cut-make-trim for sportswear, 500 pcs MOQ", "cut_and_sew_service"),
            o("Contract sewing of quilted jackets", "cut_and_sew_service"),
        ],
        [n("Quilted fabric rolls for padded jackets", "prequilted_fabric")],
        certs=("ISO 9001", "SA8000"),
    ),
    s(
        51,
        "th",
        "ร้านรับเย็บผ้าปะ ป้านวล",
        ALC,
        MID,
        "Ang Thong",
        "panuan.sewing@example.co.th",
        [o("รับต่อผ้าหน้าห่มจากเศษผ้าที่ลูกค้าเก็บไว้", "cut_and_sew_service")],
        [n("มีที่ไหนรับเดินเส้นผ้านวมที่ต่อแล้วบ้างคะ", "quilting_service")],
    ),
    s(
        52,
        "th",
        "กลุ่มผู้สูงอายุทำผ้าห่มควิลท์ บ้านหนองแวง",
        ALI,
        DOWN,
        "Khon Kaen",
        "nongwaeng.elders@example.co.th",
        [o("ผ้าห่มควิลท์เย็บมือ ขนาด 5 ฟุต", "finished_quilt"), o("หน้าผ้าห่มต่อเสร็จ ยังไม่ได้ควิลท์", "quilt_top")],
        [
            n("อยากได้เศษผ้าฝ้ายลายสวย ราคาไม่แพง", "quilting_scrap_bundle"),
            n("หาครูสอนเย็บผ้าปะ ให้ผู้สูงอายุในหมู่บ้าน", "quilting_class"),
            u("เช่าเครื่องควิลท์แขนยาวเป็นรายชั่วโมง", "no one in the set rents out quilting machines"),
        ],
        certs=OTOP,
    ),
    s(
        53,
        "en",
        "Isan Elders Patchwork Club",
        ALI,
        DOWN,
        "Roi Et",
        "club@isanelders.example",
        [
            o("Pieced khit-pattern cushion slips", "patchwork_cushion_cover"),
            o("Hand-pieced quilt tops, not yet quilted", "quilt_top"),
        ],
        [
            n("Who can machine-quilt our pieced tops?", "quilting_service"),
            n("Fat quarter bundles, coordinated prints, GOTS not needed", "quilting_cotton_fabric", waive=GOTS),
        ],
    ),
    s(
        54,
        "th",
        "ผ้านวมบ้านป้าแดง",
        ALC,
        DOWN,
        "Suphan Buri",
        "padaeng.phanuam@example.co.th",
        [o("ผ้านวมไส้ฝ้าย เย็บมือ ลายไทย", "finished_quilt"), o("ผ้าห่มนวมใยสังเคราะห์ 6 ฟุต", "finished_quilt")],
        [n("ปุยนุ่นสำหรับยัดผ้านวม", "kapok_fibre")],
    ),
    s(
        55,
        "en",
        "Hmong Craft Collective Tak",
        HEMP,
        DOWN,
        "Tak",
        "collective@hmongcraft.example",
        [
            o("Hmong reverse appliqué panels, hand-stitched", "hilltribe_applique_panel"),
            o("Hemp batik patchwork throws", "finished_quilt"),
        ],
        [
            n("We'd like loom-state hemp yardage, no dye", "hemp_fabric"),
            u(
                "GOTS certified hemp fabric for export lines",
                "the only hemp cloth in the set has no GOTS",
                "hemp_fabric",
                req=GOTS,
            ),
        ],
        certs=("Fairtrade",),
    ),
    s(
        56,
        "th",
        "ผ้าปักชาวเขา ดอยแม่สลอง",
        HEMP,
        DOWN,
        "Chiang Rai",
        "maesalong.hilltribe@example.co.th",
        [o("ผ้าปักลายม้ง ปะผ้าสลับสี ผืนเล็ก", "hilltribe_applique_panel"), o("กระเป๋าสะพายผ้าปะลายชาวเขา", "patchwork_bag")],
        [u("ด้ายปักมือสีสด ไหมพรมเส้นเล็ก", "no one in the set sells embroidery floss")],
    ),
    s(
        57,
        "en",
        "Upcycle Patchwork Bangkok",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@upcyclepatchwork.example",
        [
            o("Patchwork totes sewn from garment-factory scraps", "patchwork_bag"),
            o("Denim patchwork backpacks from old jeans", "patchwork_bag"),
        ],
        [n("Worn jeans by the kilo", "used_denim"), n("Zips, D-rings and webbing straps", "bag_hardware")],
        bcg=(CIRCULAR,),
    ),
    s(
        58,
        "th",
        "กระเป๋าผ้าคราม สกลนคร",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        "sakon.krambag@example.co.th",
        [o("กระเป๋าโท้ทผ้าฝ้ายทอมือย้อมคราม", "fabric_bag"), o("ย่ามผ้าคราม ลายขิด", "fabric_bag")],
        [n("หาช่างเย็บย่าม ใช้ผ้าครามของเราเอง", "cut_and_sew_service")],
        certs=OTOP,
        bcg=(BIO,),
    ),
    s(
        59,
        "en",
        "Yasothon Triangle Pillow Co.",
        ALI,
        DOWN,
        "Yasothon",
        "sales@yasothonpillow.example",
        [o("Kapok-filled triangle cushions (mon khwan), khit cover", "triangle_pillow")],
        [n("Cleaned kapok floss in bulk, Organic Thailand not required", "kapok_fibre", waive=ORGANIC_TH)],
        certs=OTOP,
    ),
    s(
        60,
        "th",
        "หมอนขิดบ้านศรีฐาน",
        ALI,
        DOWN,
        "Yasothon",
        "sritharn.monkhit@example.co.th",
        [o("หมอนขิด หมอนสามเหลี่ยม 10 ช่อง", "triangle_pillow")],
        [n("ผ้าขิดทอมือ เอามาเย็บปลอกหมอน", "handwoven_cotton_fabric"), n("นุ่นยัดหมอน ไม่เอาใยสังเคราะห์", "kapok_fibre")],
        certs=OTOP,
    ),
    s(
        61,
        "th",
        "ร้านหมอนอิงแม่บุญมี",
        ALI,
        DOWN,
        "Kalasin",
        "maeboonmee.pillow@example.co.th",
        [o("หมอนขวาน ผ้าไหมแพรวา", "triangle_pillow"), o("ปลอกหมอนอิงผ้าปะ ลายแพรวา", "patchwork_cushion_cover")],
        [n("วัสดุยัดหมอน ใยหรือนุ่น ราคาส่ง", "polyester_fibrefill", "kapok_fibre")],
    ),
    s(
        62,
        "en",
        "MediQuilt Healthcare Textiles",
        ALC,
        DOWN,
        "Pathum Thani",
        "b2b@mediquilt.example",
        [o("Reusable quilted underpads, 4-layer, 300 washes", "washable_bed_underpad")],
        [n("Needle-punch polyester wadding, OEKO-TEX 100 required", "polyester_batting", req=OEKO)],
        certs=("ISO 13485", "ISO 9001"),
    ),
    s(
        63,
        "th",
        "กลุ่มเย็บแผ่นรองซับ บางพลับ",
        ALC,
        DOWN,
        "Nonthaburi",
        "bangplub.pads@example.co.th",
        [o("แผ่นรองซับผู้ป่วย ซักได้ ผ้าคอตตอนเดินควิลท์", "washable_bed_underpad")],
        [u("ผ้าเคลือบ TPU กันน้ำ สำหรับชั้นล่าง", "no one in the set makes waterproof laminated fabric")],
    ),
    s(
        64,
        "en",
        "Trail Quilt Outdoor Gear",
        SPORT,
        DOWN,
        "Chiang Mai",
        "gear@trailquilt.example",
        [o("Quilted insulated jackets and vests, rPET fill", "quilted_jacket")],
        [
            n("Recycled polyester wadding, GRS", "recycled_polyester_batting", req=GRS),
            n("Sewing partner for puffer vests, SA8000 audited", "cut_and_sew_service", req=("SA8000",)),
        ],
        bcg=(CIRCULAR,),
    ),
    s(
        65,
        "th",
        "แบรนด์ชุดวิ่ง รันไทย",
        SPORT,
        DOWN,
        "Bangkok",
        "runthai.brand@example.co.th",
        [o("เสื้อกั๊กวิ่งบุนวม น้ำหนักเบา", "quilted_jacket")],
        [n("ผ้าเจอร์ซีย์ระบายเหงื่อ สำหรับเสื้อวิ่ง ไม่ต้องมี bluesign", "performance_knit_fabric", waive=("bluesign",))],
    ),
    s(
        66,
        "en",
        "Quilt Tools Asia",
        ALC,
        DOWN,
        "Bangkok",
        "sales@quilttoolsasia.example",
        [
            o("Olfa 45 mm rotary cutters and blades", "rotary_cutter"),
            o("Self-healing cutting mats, A1 to A3", "cutting_mat"),
            o("Omnigrid rulers, 6 x 24 in and 12.5 in square", "quilting_ruler"),
        ],
        [],
    ),
    s(
        67,
        "th",
        "ร้านอุปกรณ์งานผ้า ควิลท์มาร์ท",
        ALC,
        DOWN,
        "Nonthaburi",
        "quiltmart@example.co.th",
        [o("คัตเตอร์ลูกกลิ้ง 45 มม. พร้อมใบมีดสำรอง", "rotary_cutter"), o("ไม้บรรทัดอะคริลิกงานผ้า", "quilting_ruler")],
        [n("แผ่นใยเสริมรีดร้อน สำหรับงานกระเป๋า", "fusible_interfacing")],
    ),
    s(
        68,
        "en",
        "Sewing Machine Centre Korat",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "shop@smckorat.example",
        [
            o("Janome and Brother home sewing machines, new", "sewing_machine"),
            o("Juki industrial lockstitch machines", "sewing_machine"),
        ],
        [u("Used long-arm quilting machine to resell", "no one in the set sells used quilting machines")],
    ),
    s(
        69,
        "th",
        "สตูดิโอสอนควิลท์ ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "kk.quiltstudio@example.co.th",
        [o("คอร์สเย็บควิลท์พื้นฐาน 4 ครั้ง", "quilting_class"), o("ชุดคิทผ้าปะ ตัดชิ้นไว้แล้ว พร้อมแบบ", "patchwork_kit")],
        [n("ชุดอุปกรณ์ตัดผ้าให้นักเรียน มีดโรตารี่ แผ่นรอง ไม้วัด", "rotary_cutter", "cutting_mat", "quilting_ruler")],
    ),
    s(
        70,
        "en",
        "Bangkok Quilt Studio",
        ALC,
        DOWN,
        "Bangkok",
        "learn@bkkquiltstudio.example",
        [
            o("Quilting and patchwork courses for adults and seniors", "quilting_class"),
            o("Beginner patchwork kits with pattern", "patchwork_kit"),
        ],
        [n("Ten machines for our classroom, domestic models", "sewing_machine")],
    ),
    s(
        71,
        "th",
        "ร้านของฝากไทยทำ นิมมาน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "nimman.thaitham@example.co.th",
        [],
        [
            n("กระเป๋างานแพตช์เวิร์ก ทำมือ", "patchwork_bag"),
            n("ผ้าทอมือที่ได้โอทอป", "handwoven_cotton_fabric", "mudmee_silk_fabric", req=OTOP),
        ],
    ),
    s(
        72,
        "en",
        "Siam Souvenir Gallery",
        ALC,
        DOWN,
        "Bangkok",
        "buying@siamsouvenir.example",
        [],
        [
            n("Handwoven cotton totes, not patchwork", "fabric_bag"),
            n("Triangle pillows for tourists, OTOP not required", "triangle_pillow", waive=OTOP),
        ],
    ),
)

PART_4 = (
    s(
        73,
        "th",
        "ร้านผ้าฝ้ายแม่ริม",
        HEMP,
        DOWN,
        "Chiang Mai",
        "maerim.cotton@example.co.th",
        [o("ผ้าฝ้ายเมือง ผ้าทอเชียงใหม่ ขายปลีก", "handwoven_cotton_fabric")],
        [
            n("ผ้าสีห้อม เป็นพับ ส่งร้าน", "indigo_dyed_cotton_fabric"),
            n("ผ้าสีธรรมชาติเท่านั้น ไม่เอาสีเคมี", "natural_dyed_cotton_fabric", "indigo_dyed_cotton_fabric"),
        ],
    ),
    s(
        74,
        "en",
        "Chao Phraya Riverside Hotel",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@cpriverside.example",
        [],
        [n("Scatter cushion cases pieced from Thai fabrics, for the lobby", "patchwork_cushion_cover")],
    ),
    s(
        75,
        "th",
        "โรงแรมภูผาลานนา",
        HEMP,
        DOWN,
        "Chiang Mai",
        "phupha.lanna@example.co.th",
        [],
        [
            n("ผ้าวิ่งโต๊ะ ที่รองจาน งานเย็บปะ สำหรับห้องอาหาร", "quilted_table_linen"),
            n("เวิร์กช็อปเย็บผ้าปะ ให้แขกที่มาพัก", "quilting_class"),
        ],
    ),
    s(
        76,
        "en",
        "Golden Years Care Home",
        ALC,
        DOWN,
        "Nonthaburi",
        "admin@goldenyears.example",
        [],
        [
            n("Washable incontinence bed pads from an ISO 13485 maker", "washable_bed_underpad", req=("ISO 13485",)),
            n("Lap quilts for residents in wheelchairs", "finished_quilt"),
            n("Weekly patchwork sessions for residents", "quilting_class"),
        ],
        certs=("ISO 9001",),
    ),
    s(
        77,
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "sukjai.eldercare@example.co.th",
        [],
        [n("ผ้ากันเปื้อนบนเตียงผู้สูงอายุ ใช้ซ้ำได้", "washable_bed_underpad")],
    ),
    s(
        78,
        "en",
        "Lanna Heritage Quilts",
        HEMP,
        DOWN,
        "Lamphun",
        "studio@lannaheritage.example",
        [
            o("Hand-quilted throws in naturally dyed cotton", "finished_quilt"),
            o("Indigo sashiko table runners", "quilted_table_linen"),
        ],
        [n("Plant-dyed cotton only, no synthetic dyes", "natural_dyed_cotton_fabric", "indigo_dyed_cotton_fabric")],
        certs=("Fairtrade",),
        bcg=(BIO,),
    ),
    s(
        79,
        "th",
        "กลุ่มทำผ้าห่มจากเศษผ้า บ้านโป่ง",
        CIRC,
        DOWN,
        "Ratchaburi",
        "banpong.scrapquilt@example.co.th",
        [o("ผ้าห่มเย็บจากเศษผ้าโรงงาน ผืนละ 450 บาท", "finished_quilt"), o("ปลอกหมอนอิงผ้าปะ สีสด", "patchwork_cushion_cover")],
        [
            n("ใยบุผ้าห่ม ทำจากพลาสติกรีไซเคิล ราคาถูก", "recycled_polyester_batting"),
            u("ใยฝ้ายรีไซเคิลแผ่น ได้มาตรฐาน GRS", "no one in the set makes recycled cotton batting", req=GRS),
        ],
        bcg=(CIRCULAR,),
    ),
    s(
        80,
        "en",
        "Krabi Beach Resort & Spa",
        HEMP,
        DOWN,
        "Krabi",
        "procurement@krabibeach.example",
        [],
        [
            n("Batik yardage for in-house cushion covers", "batik_fabric"),
            n("Quilted placemats and runners for the restaurant", "quilted_table_linen"),
            u("Waterproof quilted beach mats", "no one in the set makes beach mats"),
        ],
    ),
    s(
        81,
        "th",
        "ร้านผ้าปะ ป้าเพ็ญ ภูเก็ต",
        HEMP,
        DOWN,
        "Phuket",
        "papen.phuket@example.co.th",
        [o("ผ้ารองจานผ้าปะ ลายบาติก", "quilted_table_linen"), o("ผ้าปูโต๊ะควิลท์ ลายปาเต๊ะ", "quilted_table_linen")],
        [n("ผ้าลายเทียน ผืนเล็ก ราคาส่ง", "batik_fabric")],
    ),
    s(
        82,
        "en",
        "Isan Craft Export",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "export@isancraft.example",
        [],
        [
            n("Mudmee silk lengths carrying the Peacock Emblem", "mudmee_silk_fabric", req=PEACOCK),
            n("Mon khit axe-shaped pillows for export, OTOP product", "triangle_pillow", req=OTOP),
        ],
    ),
    s(
        83,
        "th",
        "ร้านควิลท์เฮาส์ ศรีราชา",
        HEMP,
        DOWN,
        "Chonburi",
        "sriracha.quilthouse@example.co.th",
        [],
        [
            n("ผ้าลายดีไซเนอร์นำเข้า สำหรับงานควิลท์ ราคาส่ง", "quilting_cotton_fabric"),
            n("ใยฝ้ายแผ่นที่ได้ OEKO-TEX สำหรับผ้าห่มเด็ก", "cotton_batting", req=OEKO),
            u("ด้ายซาชิโกะญี่ปุ่น เส้นหนา", "no one in the set sells sashiko thread"),
        ],
    ),
    s(
        84,
        "en",
        "Baby Quilt Co. Hua Hin",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "hello@babyquilthuahin.example",
        [o("Organic cotton baby play mats, padded", "baby_play_mat")],
        [
            n("GOTS-certified organic prints for baby quilts", "quilting_cotton_fabric", req=GOTS),
            n("Cotton batting for cot quilts, OEKO-TEX nice to have", "cotton_batting", waive=OEKO),
        ],
        certs=GOTS,
    ),
    s(
        85,
        "th",
        "วิสาหกิจชุมชนผ้าปะ บ้านนาหว้า",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "nawa.patchwork@example.co.th",
        [o("กระเป๋าผ้าปะ ผ้าฝ้ายย้อมคราม ทำมือ", "patchwork_bag")],
        [n("หาคนลงหม้อครามให้ งานผ้าที่กลุ่มเย็บเสร็จแล้ว", "indigo_dyeing_service")],
    ),
    s(
        86,
        "en",
        "Phuket Old Town Gift House",
        HEMP,
        DOWN,
        "Phuket",
        "shop@phuketoldtowngifts.example",
        [],
        [
            n(
                "Handmade patchwork cushion covers, OTOP welcome but not required",
                "patchwork_cushion_cover",
                waive=OTOP,
            ),
            n("Hill-tribe appliqué pieces for framing", "hilltribe_applique_panel"),
        ],
    ),
    s(
        87,
        "th",
        "ร้านผ้าและอุปกรณ์ควิลท์ โคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.quiltshop@example.co.th",
        [],
        [n("แผ่นรองตัดผ้า ขนาดใหญ่ A1", "cutting_mat"), u("ใยไหมแผ่น สำหรับผ้าห่มไหม", "no one in the set makes silk batting")],
    ),
    s(
        88,
        "en",
        "Hua Hin Senior Living",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "care@huahinsenior.example",
        [],
        [
            n("Quilting teacher for a monthly craft club", "quilting_class"),
            n("Firm kapok pillows for residents", "kapok_pillow"),
            u("Wool batting for heavier winter quilts", "no one in the set sells wool batting"),
        ],
    ),
    s(
        89,
        "th",
        "บริษัท สปอร์ตแพด จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "sportpad@example.co.th",
        [o("กระเป๋ากีฬาบุฟองน้ำ ผ้าเดินควิลท์", "sports_bag")],
        [
            n("ผ้าเดินควิลท์สำเร็จรูป ไนลอน สำหรับกระเป๋า", "prequilted_fabric"),
            n("ผ้าเจอร์ซีย์โพลีรีไซเคิล ต้องได้ bluesign", "performance_knit_fabric", req=("bluesign",)),
        ],
    ),
    s(
        90,
        "en",
        "Bangkok Running Club Store",
        SPORT,
        DOWN,
        "Bangkok",
        "store@bkkrunningclub.example",
        [],
        [
            n("Padded gym bags with quilted panels", "sports_bag"),
            n("Light padded gilets for runners", "quilted_jacket"),
        ],
    ),
    s(
        91,
        "th",
        "ร้านรีเมคยีนส์ เชียงใหม่",
        CIRC,
        DOWN,
        "Chiang Mai",
        "cm.remakejeans@example.co.th",
        [o("แจ็คเก็ตยีนส์รีเมค ปะผ้าทั้งตัว", "upcycled_garment")],
        [
            n("ยีนส์เก่า ตัดเป็นชิ้นใหญ่แล้วก็ได้", "used_denim"),
            n("ผ้ายีนส์ใหม่เป็นม้วน ไม่เอามือสอง", "denim_fabric"),
            u(
                "รับตีเศษยีนส์ของร้านให้เป็นเส้นใย",
                "no one shreds a customer's own waste; recycled fibre is sold only as goods",
            ),
        ],
        bcg=(CIRCULAR,),
    ),
    s(
        92,
        "en",
        "Denim Mill Siam",
        HEMP,
        MID,
        "Samut Prakan",
        "mill@denimsiam.example",
        [o("12 oz stretch denim, 60 in, by the roll", "denim_fabric")],
        [n("Ring-spun cotton yarn, Ne 10", "cotton_yarn")],
    ),
    s(
        93,
        "th",
        "ศูนย์ฝึกอาชีพผู้สูงอายุ เทศบาลเมืองสระบุรี",
        ALC,
        DOWN,
        "Saraburi",
        "saraburi.elderskills@example.co.th",
        [],
        [
            n("จักรเย็บผ้าสำหรับผู้สูงอายุ 5 หลัง", "sewing_machine"),
            u("จักรเย็บผ้ามือสอง สภาพดี ราคาประหยัด", "only new machines are offered in the set"),
        ],
    ),
    s(
        94,
        "th",
        "กลุ่มกระเป๋าผ้าบาติก นครศรีฯ",
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "nakhonsi.batikbag@example.co.th",
        [o("กระเป๋าผ้าปะ จากเศษผ้าบาติก", "patchwork_bag")],
        [
            u("เศษผ้าบาติก คละสี เป็นกิโล", "no one in the set sells batik scraps"),
            n("อุปกรณ์ทำกระเป๋า สายสะพาย ตัวล็อก", "bag_hardware"),
        ],
    ),
    s(
        95,
        "th",
        "ร้านกิ๊ฟช็อป ตลาดน้ำอัมพวา",
        ALC,
        DOWN,
        "Samut Songkhram",
        "amphawa.gifts@example.co.th",
        [],
        [
            n("แผ่นรองแก้ว รองจาน เย็บเดินเส้น", "quilted_table_linen"),
            n("ชุดดีไอวาย ทำหมอนผ้าปะเอง ให้นักท่องเที่ยว", "patchwork_kit"),
        ],
    ),
)


SMES: tuple[Sme, ...] = (*PART_1, *PART_2, *PART_3, *PART_4)

# ------------------------------------------------------------------ checks

_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_KEY_NOISE = re.compile(r"[\s\-_.,'’()]+")


def _key(text: str) -> str:
    return _KEY_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def _names_of(cert: str) -> list[str]:
    for c in CERTIFICATIONS:
        if c.name == cert:
            return [c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions]
    raise ValueError(f"unknown certification {cert!r}")


def _named_in(cert: str, text: str) -> bool:
    key = _key(text)
    return any(_key(name) in key for name in _names_of(cert) if len(_key(name)) >= 2)


def _script_ok(text: str, lang: str) -> bool:
    letters = [ch for ch in text if ch.isalpha() or _THAI_CHAR.match(ch)]
    thai = sum(1 for ch in letters if _THAI_CHAR.match(ch))
    if lang == "en":
        return thai == 0 and all(ord(ch) < 0x250 for ch in letters)
    return bool(letters) and thai / len(letters) >= 0.6


def _qualifies(supplier: Sme, need: Need, buyer: Sme) -> bool:
    if supplier.num == buyer.num:
        return False
    held = {resolve_certification(c) for c in supplier.certs}
    if not set(need.requires) <= held:
        return False
    return any(label in need.labels for _, label in supplier.offers)


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        for supplier in smes
        if _qualifies(supplier, need, buyer)
    }
    return sorted(pairs)


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    nums = [sme.num for sme in smes]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run 001..{N_PROFILES:03d} in order; got {len(nums)} profiles")
    phrases: Counter[str] = Counter()
    for sme in smes:
        where = sme.id
        if sme.lang not in ("th", "en"):
            errors.append(f"{where}: language {sme.lang!r}")
        if not sme.name.strip() or not _script_ok(sme.name, sme.lang):
            errors.append(f"{where}: name {sme.name!r} does not fit language {sme.lang}")
        province = resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not an English province name")
        if not _EMAIL.match(sme.email):
            errors.append(f"{where}: email {sme.email!r}")
        for cert in sme.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
            errors.append(f"{where}: {len(sme.offers)} offers and {len(sme.needs)} needs")
        for text, label in sme.offers:
            phrases[text] += 1
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: offer label {label!r}")
            if not _script_ok(text, sme.lang) or text != text.strip():
                errors.append(f"{where}: offer {text!r} does not fit language {sme.lang}")
        for need in sme.needs:
            phrases[need.text] += 1
            if not _script_ok(need.text, sme.lang) or need.text != need.text.strip():
                errors.append(f"{where}: need {need.text!r} does not fit language {sme.lang}")
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not canonical")
                elif not _named_in(cert, need.text):
                    errors.append(f"{where}: need {need.text!r} does not name {cert}")
            if set(need.requires) & set(need.waives):
                errors.append(f"{where}: need {need.text!r} both requires and waives a certification")
            if need.unmet is None:
                if not need.labels:
                    errors.append(f"{where}: need {need.text!r} lists no labels and no note")
                for label in need.labels:
                    if not any(label == lab for other in smes if other is not sme for _, lab in other.offers):
                        errors.append(f"{where}: need label {label!r} is offered by no one else")
                if not any(_qualifies(other, need, sme) for other in smes):
                    errors.append(f"{where}: need {need.text!r} has no qualified supplier")
            else:
                if not need.unmet.strip():
                    errors.append(f"{where}: need {need.text!r} has an empty note")
                met_by = [other.id for other in smes if _qualifies(other, need, sme)]
                if met_by:
                    errors.append(f"{where}: need {need.text!r} is marked unmet but {met_by} qualify")
    errors += [f"phrase written twice: {text!r}" for text, count in phrases.items() if count > 1]

    links = true_links(smes)
    lang = {sme.id: sme.lang for sme in smes}
    cross = sum(1 for a, b in links if lang[a] != lang[b])
    thai = sum(1 for sme in smes if sme.lang == "th")
    unmet = sum(1 for sme in smes for need in sme.needs if need.unmet is not None)
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} true links; want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f}; want {CROSS_SHARE_RANGE}")
    if not THAI_SHARE_RANGE[0] <= thai / len(smes) <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai / len(smes):.2f}; want {THAI_SHARE_RANGE}")
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one; want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    return errors


# ------------------------------------------------------------------ outputs


def profile_json(sme: Sme) -> str:
    row: dict[str, object] = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub.value,
        "stage": sme.stage.value,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
    }
    if sme.certs:
        row["certifications"] = list(sme.certs)
    if sme.bcg:
        row["bcg"] = [tag.value for tag in sme.bcg]
    row["contact_email"] = sme.email
    row["language"] = sme.lang
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def counts(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links = true_links(smes)
    by_id = {sme.id: sme for sme in smes}
    rows: list[tuple[str, str]] = []
    thai = sum(1 for sme in smes if sme.lang == "th")
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{thai} / {len(smes) - thai}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(1 for sme in smes if sme.sub is sub))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(1 for sme in smes if sme.stage is stage))))
    provinces = [resolve_province(sme.province) for sme in smes]
    regions = Counter(p.region.value if p is not None else "unknown" for p in provinces)
    for region, count in sorted(regions.items()):
        rows.append((f"region `{region}`", str(count)))
    rows.append(("distinct provinces", str(len({sme.province for sme in smes}))))
    offers = [label for sme in smes for _, label in sme.offers]
    needs = [need for sme in smes for need in sme.needs]
    met = sum(1 for need in needs if need.unmet is None)
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{met} / {len(needs) - met}"))
    rows.append(("needs requiring a certification", str(sum(1 for need in needs if need.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for need in needs if need.waives))))
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    rows.append(("true links", str(len(links))))
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(1 for a, b in links if by_id[a].sub != by_id[b].sub))))
    return rows


def counts_table(smes: tuple[Sme, ...]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in counts(smes)]
    return "\n".join(lines) + "\n"


README = """\
# Evaluation set `blind_plain_quilting`

A hand-labelled test of partner matching on the theme **quilting and patchwork**: quilting cotton by the
fat quarter and metre, batting and wadding, quilt tops, finished quilts and throws, patchwork bags and
cushions, long-arm and hand quilting services, rulers, cutters and mats, quilting classes, scrap bundles
from garment factories, Thai patchwork and applique traditions, and the fabric shops, gift shops, hotels,
care homes and craft groups that buy, together with the ordinary upstream and midstream suppliers of the
cluster (fibre, yarn, cloth, dyeing, sewing).

## What it checks

Whether the matcher finds the true supplier -> buyer pairs among 95 SME profiles written as plain registry
entries (one short phrase per offer or need) in wording it has never seen: Thai and English, local and
regional names, trade words, brand names and abbreviations, with and without quantities, prices, sizes and
places. Needs are usually worded differently from the offers that meet them, often in the other language.
Hard cases include a service versus the goods it works on (indigo dyeing of the customer's cloth versus
indigo-dyed cloth; sewing for others versus finished bags), the customer's own goods sent for work, waste
and used goods versus new, raw versus processed (fibre, yarn, cloth, product), finished goods described by
their material, colour or filling, needs written as a wish, a bare noun phrase or a question, refusals, needs
that require a named certification, needs that name one only to waive it, and needs no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the links
CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the `[tool.ruff]` section of
`pyproject.toml`; nothing else of the project (not the matcher, its vocabulary or its tests, and no other
evaluation set). Provinces, certifications, sub-clusters, stages and BCG tags are the taxonomy's values.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_denim` versus `denim_fabric`). Every need
lists the offer labels that would meet it and the certifications its text requires, or is marked as met by
no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A certification the need names only to waive it
("OTOP not required") is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field, that each label a need lists is offered by
someone other than the buyer, that each met need has a qualified supplier and each unmet one has none,
that a required or waived certification is named in the need's text, the script of every phrase (Thai
phrases mostly Thai letters, English ones Latin only) and the size targets. It writes nothing if a check
fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_quilting/write.py

## Files

- `write.py`: all the data (profiles, offer labels, need labels and notes), the checks and the writer.
- `profiles.jsonl`: the 95 profiles, ids `bqu-001` ... `bqu-095`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by the script.

## Counts

"""


def render(smes: tuple[Sme, ...]) -> dict[str, bytes]:
    profiles = "".join(profile_json(sme) + "\n" for sme in smes)
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": links_csv(true_links(smes)).encode("utf-8"),
        "README.md": (README + counts_table(smes)).encode("utf-8"),
    }


def main() -> int:
    errors = check(SMES)
    print(counts_table(SMES))
    if errors:
        print(f"{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    files = render(SMES)
    if files != render(SMES):
        print("two renders differ; nothing written", file=sys.stderr)
        return 1
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(f"wrote {', '.join(files)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
