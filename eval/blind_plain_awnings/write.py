"""Write the hand-labelled evaluation set `eval/blind_plain_awnings/`.

Theme: awnings and canopies (shop awnings, market umbrellas, canopy tents, marquees, PVC-coated
polyester, frames and repair) plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of
the cluster. All data lives in this file; the offer labels and need labels never leave it.

Run from the repository root:

    .venv/bin/python eval/blind_plain_awnings/write.py

It checks the data first and writes nothing if a check fails; two runs give identical bytes.
"""

from __future__ import annotations

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
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "baw"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)

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


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str  # what the thing is


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()  # offer labels that would meet it
    requires: tuple[str, ...] = ()  # certifications its text requires (canonical names)
    waives: tuple[str, ...] = ()  # certifications its text names only to waive
    unmet: str = ""  # note when no one in the set meets it


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[BcgTag, ...]


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


SMES: list[Sme] = []


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> None:
    SMES.append(
        Sme(
            f"{PREFIX}-{num:03d}",
            language,
            name,
            sub_cluster,
            stage,
            province,
            email,
            tuple(offers),
            tuple(needs),
            certs,
            bcg,
        )
    )


# ------------------------------------------------------------------ profiles 001-020: fibre, yarn, waste

sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
    HEMP,
    UP,
    "Chiang Mai",
    "maesamai.hemp@gmail.com",
    [
        o("เปลือกกัญชงลอกตากแห้ง ขายส่งเป็นกิโล", "hemp_fibre"),
        o("ด้ายกัญชงเข็นมือ ม้วนละครึ่งกิโล", "hemp_yarn"),
    ],
    [
        n("หาคนรับย้อมครามให้ด้ายกัญชงของกลุ่ม ปีละสองรอบ", "indigo_dyeing_service"),
        unmet("เครื่องขูดเปลือกกัญชงแบบใช้มอเตอร์", "machinery; no one sells it"),
    ],
    certs=("Organic Thailand",),
    bcg=(BIO,),
)
sme(
    2,
    "th",
    "กลุ่มทอผ้าใยกัญชงม้งเขาค้อ",
    HEMP,
    MID,
    "Phetchabun",
    "khaokho.hmong.weave@gmail.com",
    [
        o("ผ้าใยกัญชงทอกี่เอว หน้ากว้าง 40 ซม.", "hemp_fabric"),
        o("ผ้ากัญชงเขียนเทียน ย้อมคราม ลายม้ง", "hemp_fabric"),
    ],
    [
        n("ใยกัญชงดิบ ช่วงหน้าแล้งของขาด", "hemp_fibre"),
        unmet("ขี้ผึ้งแท้สำหรับเขียนเทียน", "beeswax; no one offers it"),
    ],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    3,
    "en",
    "Tak Highland Hemp Co., Ltd.",
    HEMP,
    UP,
    "Tak",
    "sales@takhighlandhemp.com",
    [
        o("Decorticated hemp bast fibre, baled 50 kg", "hemp_fibre"),
        o("Hemp hurds for animal bedding", "hemp_hurd"),
    ],
    [unmet("Looking for a mill to spin our fibre on commission", "no commission spinning in the set")],
    bcg=(BIO,),
)
sme(
    4,
    "th",
    "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์ด่านซ้าย",
    HEMP,
    UP,
    "Loei",
    "dansai.organiccotton@gmail.com",
    [
        o("ฝ้ายปุยอินทรีย์ เก็บมือ ปีละ 2 ตัน", "raw_cotton"),
        o("ฝ้ายตุ่น ฝ้ายสีน้ำตาลทั้งเมล็ด", "raw_cotton"),
    ],
    [],
    certs=("Organic Thailand",),
    bcg=(BIO, GREEN),
)
sme(
    5,
    "en",
    "Chao Phraya Cotton Ginning Ltd.",
    HEMP,
    UP,
    "Nakhon Sawan",
    "info@cpcotton.co.th",
    [
        o("Ginned cotton lint, 200 kg press bales", "raw_cotton"),
        o("Open-end cotton yarn Ne 6 to Ne 10 for duck weaving", "cotton_yarn"),
    ],
    [
        n(
            "Seed cotton from contract farmers; Organic Thailand welcome but not required",
            "raw_cotton",
            waive=("Organic Thailand",),
        )
    ],
    certs=("Better Cotton",),
)
sme(
    6,
    "th",
    "กลุ่มปั่นฝ้ายมือแม่แจ่ม",
    HEMP,
    UP,
    "Chiang Mai",
    "maechaem.spinning@gmail.com",
    [o("ด้ายฝ้ายเข็นมือ สีขาวธรรมชาติ ไม่ฟอก", "handspun_cotton_yarn")],
    [n("ฝ้ายปุยปลอดสาร ต้องมีมาตรฐานเกษตรอินทรีย์", "raw_cotton", req=("Organic Thailand",))],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    7,
    "en",
    "Siam Filament Yarn Co., Ltd.",
    SPORT,
    UP,
    "Samut Prakan",
    "export@siamfilament.co.th",
    [o("High-tenacity polyester filament 1000D / 1100 dtex, low shrink", "ht_polyester_yarn")],
    [n("PET bottle flake, clear, hot-washed; GRS not required", "pet_bottle_flakes", waive=("GRS",))],
    certs=("ISO 9001", "OEKO-TEX Standard 100"),
)
sme(
    8,
    "en",
    "EastLoop rPET Yarns",
    CIRC,
    UP,
    "Rayong",
    "hello@eastloop.co.th",
    [
        o("rPET DTY 150D/48F from post-consumer bottles", "recycled_polyester_yarn"),
        o("Recycled PSF 1.4D to 15D, semi-dull", "recycled_polyester_fibre"),
    ],
    [n("Baled PET bottles, 20 t a month, delivered Map Ta Phut", "pet_bottle_flakes")],
    certs=("GRS", "OEKO-TEX Standard 100"),
    bcg=(CIRCULAR,),
)
sme(
    9,
    "th",
    "บริษัท รีไฟเบอร์ มหาชัย จำกัด",
    CIRC,
    UP,
    "Samut Sakhon",
    "refiber.mahachai@hotmail.com",
    [
        o("เส้นด้ายรีไซเคิลจากขวดน้ำ (rPET) เบอร์ 20", "recycled_polyester_yarn"),
        o("ใยสังเคราะห์รีไซเคิลสำหรับยัดหมอน ยัดเบาะ", "polyester_fiberfill"),
    ],
    [n("ขวดน้ำดื่มใช้แล้ว ขวดใส รับทุกวัน", "pet_bottle_flakes")],
    bcg=(CIRCULAR,),
)
sme(
    10,
    "th",
    "ธนาคารขยะชุมชนบางบัวทอง",
    CIRC,
    UP,
    "Nonthaburi",
    "bbt.wastebank@gmail.com",
    [
        o("ขวดพลาสติกใส PET คัดสี อัดก้อนละ 50 กก.", "pet_bottle_flakes"),
        o("ป้ายหาเสียงหลังเลือกตั้ง กองละหลายร้อยแผ่น", "used_vinyl_banner"),
    ],
    [],
    bcg=(CIRCULAR,),
)
sme(
    11,
    "th",
    "ร้านรับซื้อป้ายไวนิลเก่า ประชาชื่น",
    CIRC,
    UP,
    "Bangkok",
    "vinyl.prachachuen@gmail.com",
    [o("ไวนิลป้ายโฆษณาใช้แล้ว ล้างแล้ว ตัดเป็นแผ่น", "used_vinyl_banner")],
    [n("รับซื้อแบ็คดรอปงานอีเว้นท์ที่เลิกใช้ เหมาคันรถ", "used_vinyl_banner")],
    bcg=(CIRCULAR,),
)
sme(
    12,
    "en",
    "Songkhla Port Tarp Recovery",
    CIRC,
    UP,
    "Songkhla",
    "recovery@songkhlatarp.com",
    [o("Used PVC tarpaulins off fishing boats and trucks, sorted by colour", "used_pvc_tarpaulin")],
    [],
    bcg=(CIRCULAR,),
)
sme(
    13,
    "th",
    "ร้านเฮียตี๋ ผ้าใบมือสอง",
    CIRC,
    UP,
    "Samut Sakhon",
    "hiatee.tarp@gmail.com",
    [
        o("ผ้าใบรถสิบล้อเก่า ขาดบ้าง ขายเหมาเป็นกิโล", "used_pvc_tarpaulin"),
        o("ผ้าใบมือสองสภาพดี เอาไปคลุมของได้เลย", "used_pvc_tarpaulin"),
    ],
    [n("ผ้าใบคลุมรถที่บริษัทขนส่งปลดระวาง", "used_pvc_tarpaulin")],
    bcg=(CIRCULAR,),
)
sme(
    14,
    "en",
    "Bobae Offcut Traders",
    CIRC,
    UP,
    "Bangkok",
    "bobae.offcuts@gmail.com",
    [o("Cotton duck and denim cutting waste, mixed colours, by the sack", "cotton_textile_offcuts")],
    [],
    bcg=(CIRCULAR,),
)
sme(
    15,
    "th",
    "บริษัท ไวนิลวน รีไซเคิล จำกัด",
    CIRC,
    UP,
    "Rayong",
    "sales@vinylwon.co.th",
    [o("เม็ดพีวีซีบดจากผ้าใบเก่า สีรวม กระสอบละ 25 กก.", "pvc_regrind")],
    [
        n("พีวีซีเก่าทุกชนิด ผ้าใบ ป้าย เศษจากโรงงาน วันละ 1 ตัน", "used_pvc_tarpaulin", "used_vinyl_banner", "pvc_offcuts"),
        unmet("สารพลาสติไซเซอร์ DINP ราคาส่ง", "chemical; no one offers it"),
    ],
    certs=("ISO 14001",),
    bcg=(CIRCULAR,),
)
sme(
    16,
    "th",
    "วิสาหกิจชุมชนปลูกครามบ้านดอนกอย",
    HEMP,
    UP,
    "Sakon Nakhon",
    "donkoi.indigo@gmail.com",
    [
        o("เนื้อครามเปียก ถังละ 5 กก.", "indigo_dye_paste"),
        o("ต้นครามสดตัดใหม่ มัดละ 10 กก.", "indigo_plants"),
    ],
    [],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    17,
    "en",
    "Phrae Hom Indigo Growers",
    HEMP,
    UP,
    "Phrae",
    "phraehom@gmail.com",
    [o("Fermented hom (Strobilanthes) paste, 1 kg tubs", "indigo_dye_paste")],
    [],
    bcg=(BIO,),
)
sme(
    18,
    "th",
    "สวนไผ่รวกปราจีน",
    HEMP,
    UP,
    "Prachinburi",
    "pai.prachin@gmail.com",
    [o("ไม้ไผ่รวก ลำยาว 4 ม. อบน้ำยากันมอด", "bamboo_poles")],
    [n("ผ้าใบคลุมกองไม้ไผ่ ใหม่หรือเก่าก็ได้ ขอถูกๆ", "pe_tarpaulin", "used_pvc_tarpaulin")],
    certs=("FSC",),
    bcg=(BIO,),
)
sme(
    19,
    "th",
    "กลุ่มแม่บ้านเก็บนุ่นบ่อพลอย",
    ALC,
    UP,
    "Kanchanaburi",
    "nun.boploi@gmail.com",
    [o("นุ่นแกะเมล็ดแล้ว ตากแดด กิโลละ 60", "kapok_fibre")],
    [],
    bcg=(BIO,),
)
sme(
    20,
    "en",
    "Chonburi Fibre Fill Co.",
    SPORT,
    UP,
    "Chonburi",
    "cs@chonfibrefill.com",
    [o("Hollow conjugated siliconised fiberfill 7D for cushions", "polyester_fiberfill")],
    [
        n(
            "Staple fibre from recycled bottles, GRS certified, 10 t per quarter",
            "recycled_polyester_fibre",
            req=("GRS",),
        )
    ],
    certs=("OEKO-TEX Standard 100",),
)


# ------------------------------------------------------------------ profiles 021-048: cloth, dyeing, sewing, parts

sme(
    21,
    "en",
    "Nakhon Pathom Canvas Weaving Mill",
    HEMP,
    MID,
    "Nakhon Pathom",
    "mill@npcanvas.co.th",
    [o("Loom-state cotton duck 10 oz, 60 inch, MOQ 1,000 m", "greige_cotton_fabric")],
    [
        n("OE cotton count 7s, full container", "cotton_yarn"),
        n("Someone to dye our loom-state duck khaki and olive; we send the rolls", "cloth_dyeing_service"),
    ],
    certs=("ISO 9001",),
)
sme(
    22,
    "th",
    "โรงงานทอผ้าใบศรีนครินทร์",
    HEMP,
    MID,
    "Samut Prakan",
    "srinakarin.canvas@gmail.com",
    [
        o("ผ้าดิบแคนวาส เบอร์ 8 เบอร์ 10 หน้า 60 นิ้ว", "greige_cotton_fabric"),
        o("ผ้าใบทหาร เคลือบกันน้ำกันรา สีเขียวขี้ม้า", "waterproof_cotton_canvas"),
    ],
    [n("ด้ายโออี ฝ้าย 100% เบอร์ 10 ส่งถึงโรงงาน", "cotton_yarn")],
    certs=("Thai Industrial Standard",),
)
sme(
    23,
    "en",
    "Krungthep Canvas Trading",
    SPORT,
    MID,
    "Bangkok",
    "sales@ktcanvas.com",
    [
        o("Waxed cotton canvas, water-repellent, 12 oz", "waterproof_cotton_canvas"),
        o("Clear flexible PVC 0.5 mm for strip curtains", "clear_pvc_sheet"),
    ],
    [
        n(
            "Steady supply of 650 gsm coated tent fabric, TIS mark required",
            "pvc_coated_polyester_fabric",
            req=("Thai Industrial Standard",),
        )
    ],
)
sme(
    24,
    "en",
    "Lanna Hemp Textiles",
    HEMP,
    MID,
    "Chiang Rai",
    "info@lannahemp.com",
    [o("Machine-woven hemp canvas 12 oz, undyed", "hemp_fabric")],
    [
        n("Hemp yarn, handspun accepted", "hemp_yarn"),
        n("Dyeing of our hemp canvas, bluesign dyehouse only", "cloth_dyeing_service", req=("bluesign",)),
        n("Fluorine-free water-repellent finish applied to our rolls", "waterproofing_service"),
    ],
    certs=("GOTS",),
    bcg=(BIO,),
)
sme(
    25,
    "th",
    "บริษัท ไทยโค้ทติ้ง ผ้าใบ จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@thaicoating.co.th",
    [
        o("ผ้าใบเคลือบ PVC สองหน้า 18 ออนซ์ หน้ากว้าง 2.5 ม.", "pvc_coated_polyester_fabric"),
        o("ผ้าใบกันสาดลายริ้ว ม้วน 50 หลา", "pvc_coated_polyester_fabric"),
        o("เศษริมผ้าใบจากการกรีดม้วน", "pvc_offcuts"),
    ],
    [n("เส้นใยโพลีเอสเตอร์ไฮเทนาซิตี้ 1000 ดีเนียร์ ทอเป็นโครงผ้า", "ht_polyester_yarn")],
    certs=("Thai Industrial Standard", "ISO 9001"),
)
sme(
    26,
    "en",
    "Paet Riu Tarpaulin Ltd. Part.",
    SPORT,
    MID,
    "Chachoengsao",
    "paetriu.tarp@gmail.com",
    [
        o("Grade-B vinyl tent fabric, cheap, by the roll", "pvc_coated_polyester_fabric"),
        o("Blue-and-white woven PE tarps, 4x5 to 10x12 m", "pe_tarpaulin"),
    ],
    [n("Brass eyelets #10, 1,000 pcs", "eyelets_grommets")],
)
sme(
    27,
    "th",
    "โรงงานผ้าใบพลาสติก ไทรน้อย",
    SPORT,
    MID,
    "Nakhon Pathom",
    "sainoi.plastic@gmail.com",
    [
        o("ผ้าใบบลูชีท สานพลาสติก", "pe_tarpaulin"),
        o("สแลน 50% 70% 80% ยกม้วน", "hdpe_shade_net"),
    ],
    [unmet("เม็ด HDPE เกรดฉีดเส้น", "plastic resin; no one offers it")],
)
sme(
    28,
    "en",
    "Awning Fabrics Asia",
    SPORT,
    MID,
    "Bangkok",
    "bangkok@awningfabrics.asia",
    [o("Sunbrella solution-dyed acrylic, 47 in, 120 colours in stock", "acrylic_awning_fabric")],
    [n("A sewing partner to make up awnings from the fabric we supply", "canvas_sewing_service")],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    29,
    "th",
    "โรงงานตาข่ายกรองแสงโพธาราม",
    SPORT,
    MID,
    "Ratchaburi",
    "photharam.net@gmail.com",
    [o("ซาแรนพรางแสง ม้วน 2x100 ม.", "hdpe_shade_net")],
    [],
)
sme(
    30,
    "en",
    "Eastern Shade Textiles",
    SPORT,
    MID,
    "Chonburi",
    "sales@easternshade.co.th",
    [o("Knitted HDPE shade cloth, 90% UV block, 3 m wide", "hdpe_shade_net")],
    [],
    certs=("ISO 9001",),
)
sme(
    31,
    "th",
    "ร้านป้าแดง ผ้าหม้อห้อมทุ่งโฮ้ง",
    HEMP,
    MID,
    "Phrae",
    "padaeng.mohom@gmail.com",
    [
        o("ผ้าหม้อห้อมผืน ย้อมห้อมแท้ หลาละ 120", "indigo_dyed_cotton_fabric"),
        o("เสื้อหม้อห้อมคอจีน ไซส์ S-XXL", "indigo_shirt"),
    ],
    [
        n("ห้อมเปียกจากแม่ลาน้อยหรือที่ไหนก็ได้", "indigo_dye_paste"),
        n("ผ้าดิบทอเครื่อง หน้า 36 นิ้ว ไว้ย้อมห้อม", "greige_cotton_fabric"),
    ],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    32,
    "en",
    "Sakon Indigo Cooperative",
    ALI,
    MID,
    "Sakon Nakhon",
    "coop@sakonindigo.org",
    [
        o("Natural indigo handwoven cotton, by the metre", "indigo_dyed_cotton_fabric"),
        o("Indigo vat dyeing of your cotton or hemp, min. 20 m", "indigo_dyeing_service"),
    ],
    [n("Handspun cotton, natural white, unbleached", "handspun_cotton_yarn")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    33,
    "th",
    "กลุ่มย้อมครามบ้านนาข่า",
    ALI,
    MID,
    "Udon Thani",
    "nakha.khram@gmail.com",
    [o("รับย้อมครามผ้าฝ้าย ผ้าไหมของลูกค้า คิดเป็นเมตร", "indigo_dyeing_service")],
    [n("น้ำครามหมักสำเร็จ พร้อมก่อหม้อ", "indigo_dye_paste")],
    bcg=(BIO,),
)
sme(
    34,
    "th",
    "โรงย้อมมหาชัยเท็กซ์ไทล์",
    CIRC,
    MID,
    "Samut Sakhon",
    "mahachai.dye@gmail.com",
    [
        o("รับย้อมผ้าผืน ฝ้าย โพลี ตามสีลูกค้า ขั้นต่ำ 500 กก.", "cloth_dyeing_service"),
        o("ผ้าแคนวาสย้อมสีพร้อมขาย สีกากี สีกรม", "piece_dyed_cotton_fabric"),
    ],
    [n("ผ้าฝ้ายสำหรับย้อม ยังไม่ฟอก ยังไม่ย้อม", "greige_cotton_fabric")],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    35,
    "en",
    "Rangsit Commission Dyeing & Finishing",
    CIRC,
    MID,
    "Pathum Thani",
    "cs@rangsitdye.co.th",
    [
        o("Commission dyeing of customer fabric, reactive and disperse", "cloth_dyeing_service"),
        o("Water-repellent and anti-mould finishing on your canvas", "waterproofing_service"),
    ],
    [],
    certs=("bluesign", "ISO 14001"),
    bcg=(GREEN,),
)
sme(
    36,
    "en",
    "ProCoat Finishing",
    SPORT,
    MID,
    "Samut Prakan",
    "procoat.th@gmail.com",
    [o("Waterproof and fire-retardant coating on client fabrics", "waterproofing_service")],
    [],
)
sme(
    37,
    "th",
    "ร้านช่างเอก รับเย็บผ้าใบ",
    SPORT,
    MID,
    "Bangkok",
    "changake.tarp@gmail.com",
    [
        o("รับเย็บผ้าใบตามแบบ ลูกค้าส่งผ้ามาเอง", "canvas_sewing_service"),
        o("รับเชื่อมผ้าใบ PVC ด้วยเครื่องความถี่สูง", "hf_welding_service"),
    ],
    [
        n("ด้ายเย็บผ้าใบเส้นใหญ่ ทนแดด", "heavy_sewing_thread"),
        n("ห่วงตอกผ้าใบ พร้อมแหวนรอง", "eyelets_grommets"),
    ],
)
sme(
    38,
    "en",
    "Nimman Canvas Workshop",
    SPORT,
    MID,
    "Chiang Mai",
    "nimmancanvas@gmail.com",
    [o("Cut-make-trim of awnings and covers from your fabric", "canvas_sewing_service")],
    [n("Heavy thread for sewing acrylic and tarps, size 92", "heavy_sewing_thread")],
)
sme(
    39,
    "th",
    "ร้านจักรเย็บผ้าใบขอนแก่น",
    ALI,
    MID,
    "Khon Kaen",
    "kk.tarpsew@gmail.com",
    [o("รับจ้างเย็บผ้าเต็นท์ ผ้าคลุม ผ้าของลูกค้า", "canvas_sewing_service")],
    [n("ทาร์ปอลินม้วน ราคาโรงงาน", "pvc_coated_polyester_fabric")],
)
sme(
    40,
    "en",
    "Laem Chabang HF Welding",
    SPORT,
    MID,
    "Chonburi",
    "weld@lcbhf.com",
    [o("High-frequency welding of tarps, banners and tent panels", "hf_welding_service")],
    [],
    certs=("ISO 9001",),
)
sme(
    41,
    "th",
    "ร้านสกรีนบางโพ",
    CIRC,
    MID,
    "Bangkok",
    "bangpho.screen@gmail.com",
    [o("สกรีนโลโก้ร้านลงผ้าใบกันสาด ผ้าใบของลูกค้า", "awning_printing_service")],
    [unmet("หมึกสกรีนพลาสติซอลสำหรับงาน PVC", "ink; no one offers it")],
)
sme(
    42,
    "en",
    "Andaman Digital Print",
    SPORT,
    MID,
    "Phuket",
    "print@andamandigital.com",
    [
        o("UV digital printing on awnings, umbrellas and flags you supply", "awning_printing_service"),
        o("Large-format banner printing, same day", "vinyl_banner_printing"),
    ],
    [],
)
sme(
    43,
    "th",
    "ร้านสามเพ็ง ฮาร์ดแวร์ผ้าใบ",
    SPORT,
    MID,
    "Bangkok",
    "sampeng.hw@gmail.com",
    [
        o("ตาไก่ทองเหลือง เบอร์ 8-12 ยกกล่อง", "eyelets_grommets"),
        o("สายรัดโพลีเอสเตอร์ 1 นิ้ว 2 นิ้ว", "polyester_webbing"),
    ],
    [],
)
sme(
    44,
    "en",
    "Thai Webbing & Thread Co.",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@thaiwebbing.com",
    [
        o("Bonded polyester thread Tex 90, UV resistant", "heavy_sewing_thread"),
        o("Polyester webbing 25 to 50 mm", "polyester_webbing"),
    ],
    [n("Strong PES multifilament for our twisting line", "ht_polyester_yarn")],
)
sme(
    45,
    "th",
    "โรงกลึงอะลูมิเนียมบางใหญ่",
    SPORT,
    MID,
    "Nonthaburi",
    "bangyai.alu@gmail.com",
    [o("แขนพับกันสาด อะลูมิเนียม ชุดละ 3-5 เมตร", "awning_frame")],
    [],
)
sme(
    46,
    "en",
    "KK Steel Frames",
    ALI,
    MID,
    "Khon Kaen",
    "kksteelframes@gmail.com",
    [
        o("Galvanised steel frames for fixed awnings", "awning_frame"),
        o("Folding tent legs and frames 3x3, 3x6", "tent_frame"),
    ],
    [],
)
sme(
    47,
    "th",
    "โรงงานโครงเต็นท์กระทุ่มแบน",
    SPORT,
    MID,
    "Samut Sakhon",
    "krathumbaen.tent@gmail.com",
    [
        o("โครงเต็นท์ขาพับ เหล็ก อลู", "tent_frame"),
        o("ซี่ร่มแม่ค้า ก้านร่ม 2-3 เมตร", "umbrella_frame"),
    ],
    [],
)
sme(
    48,
    "th",
    "กลุ่มทอผ้าฝ้ายมือบ้านหนองแคน",
    ALI,
    MID,
    "Roi Et",
    "nongkhaen.weave@gmail.com",
    [o("ผ้าฝ้ายทอมือ ลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric")],
    [n("ด้ายฝ้ายสำเร็จ มาทอเอง", "cotton_yarn", "handspun_cotton_yarn")],
    certs=("OTOP",),
)


# ------------------------------------------------------------------ profiles 049-074: finished goods and services

sme(
    49,
    "th",
    "กันสาดพรีเมียม รามอินทรา",
    SPORT,
    DOWN,
    "Bangkok",
    "premium.ramintra@gmail.com",
    [
        o("กันสาดพับได้ แขนพับ มือหมุนหรือมอเตอร์ ติดตั้งฟรีใน กทม.", "retractable_awning"),
    ],
    [
        n("ผ้าอะคริลิคกันสาด Sunbrella หรือเทียบเท่า", "acrylic_awning_fabric"),
        n("อาร์มพับ สำหรับทำผ้าม้วนหน้าร้าน", "awning_frame"),
        unmet("มอเตอร์กันสาด Somfy พร้อมรีโมท", "motor kits; no one offers them"),
    ],
    certs=("ISO 9001",),
)
sme(
    50,
    "en",
    "Pattaya Awning & Blinds",
    SPORT,
    DOWN,
    "Chonburi",
    "info@pattayaawning.com",
    [
        o("Folding-arm awnings, supply and install", "retractable_awning"),
        o("Awning re-covering and arm repair", "canopy_repair_service"),
    ],
    [
        n("Acrylic or polyester awning cloth, no PVC", "acrylic_awning_fabric"),
        n("Aluminium lateral arms, 3.5 m projection", "awning_frame"),
    ],
)
sme(
    51,
    "th",
    "ร้านโคราชกันสาด",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "korat.kansad@gmail.com",
    [
        o("กันสาดผ้าใบยึดผนัง ติดตั้งหน้าร้าน", "fixed_canvas_awning"),
        o("ซ่อมกันสาด เปลี่ยนผ้าใบใหม่ โครงเดิม", "canopy_repair_service"),
    ],
    [
        n("ผ้าเต็นท์ ม้วนละ 50 หลา ต้องมี มอก.", "pvc_coated_polyester_fabric", req=("Thai Industrial Standard",)),
        n("โครงเหล็กกันสาด ชุบกัลวาไนซ์", "awning_frame"),
    ],
)
sme(
    52,
    "en",
    "Hat Yai Awning Works",
    ALC,
    DOWN,
    "Songkhla",
    "hatyaiawning@gmail.com",
    [
        o("Fixed canvas awnings and walkway covers", "fixed_canvas_awning"),
    ],
    [],
    certs=("ISO 9001",),
)
sme(
    53,
    "th",
    "ร่มแม่ค้า ตลาดบางแค",
    SPORT,
    DOWN,
    "Bangkok",
    "rom.bangkhae@gmail.com",
    [
        o("ร่มสนามแม่ค้า 2.4 ม. ผ้าใบหนา", "market_umbrella"),
        o("เต็นท์พับ 3x3 ผ้าใบหนา สกรีนชื่อร้านได้", "folding_canopy_tent"),
    ],
    [
        n("โครงร่มสนาม ไม่เอาผ้า", "umbrella_frame"),
    ],
)
sme(
    54,
    "en",
    "North Shade Umbrellas",
    HEMP,
    DOWN,
    "Chiang Mai",
    "northshade@gmail.com",
    [o("Market umbrellas 3 m, fibreglass ribs, heavy canvas", "market_umbrella")],
    [
        n("Umbrella ribs and poles", "umbrella_frame"),
        n("Water-resistant cotton canvas for umbrella tops", "waterproof_cotton_canvas"),
        unmet(
            "Cotton canvas, GOTS certified",
            "no canvas supplier holds GOTS",
            "greige_cotton_fabric",
            "waterproof_cotton_canvas",
            req=("GOTS",),
        ),
    ],
)
sme(
    55,
    "th",
    "เต็นท์ขอนแก่นการช่าง",
    ALI,
    DOWN,
    "Khon Kaen",
    "kk.tent.karnchang@gmail.com",
    [
        o("เต็นท์ตลาดนัดพับได้ 2x2 2x3 3x3", "folding_canopy_tent"),
        o("เต็นท์จั่ว 4x8 งานบวช งานศพ", "event_marquee"),
    ],
    [
        n("ชุดขาและคานเหล็ก สำหรับเต็นท์", "tent_frame"),
        n("ผ้าเต็นท์ PVC ไม่ต้องมี มอก.", "pvc_coated_polyester_fabric", waive=("Thai Industrial Standard",)),
    ],
)
sme(
    56,
    "en",
    "PopUp Canopy Online",
    SPORT,
    DOWN,
    "Bangkok",
    "orders@popupcanopy.co.th",
    [o("Pop-up gazebo 3x3 m with printed logo, 48 h delivery", "folding_canopy_tent")],
    [
        n("Logo printing on canopy tops, 200 pcs per month", "awning_printing_service"),
    ],
)
sme(
    57,
    "th",
    "โรงงานเต็นท์โดม ปากเกร็ด",
    SPORT,
    DOWN,
    "Nonthaburi",
    "tentdome.pakkret@gmail.com",
    [o("เต็นท์โดม เต็นท์ผ้าใบงานใหญ่ 10x20 ม.", "event_marquee")],
    [
        n("หาโรงงานเชื่อมผ้าใบด้วยคลื่นวิทยุ (HF) ช่วงงานล้น", "hf_welding_service"),
        unmet("ผ้าใบกันลามไฟ มีผลทดสอบ NFPA 701", "no fire-retardant fabric is offered; coating services do not count"),
    ],
    certs=("Thai Industrial Standard",),
)
sme(
    58,
    "en",
    "Siam Marquee Manufacturing",
    SPORT,
    DOWN,
    "Chonburi",
    "sales@siammarquee.com",
    [o("Aluminium clear-span marquees 10 to 30 m", "event_marquee")],
    [
        n("Transparent windows for marquee side walls", "clear_pvc_sheet"),
        n(
            "Blockout PVC roof fabric, OEKO-TEX not needed",
            "pvc_coated_polyester_fabric",
            waive=("OEKO-TEX Standard 100",),
        ),
        unmet("PTFE-coated glass fibre membrane", "different material; no one offers it"),
    ],
    certs=("ISO 9001",),
)
sme(
    59,
    "th",
    "อุบลเต็นท์ให้เช่า",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "ubon.tentrent@gmail.com",
    [o("ให้เช่าเต็นท์งานบุญ งานแต่ง พร้อมโต๊ะเก้าอี้", "tent_hire_service")],
    [n("เต็นท์ทรงจั่วผ้าใบใหม่ 10 หลัง", "event_marquee")],
)
sme(
    60,
    "en",
    "Phuket Event Hire",
    ALC,
    DOWN,
    "Phuket",
    "book@phuketeventhire.com",
    [
        o("Marquee and stretch-tent hire for weddings, with crew", "tent_hire_service"),
        o("Ex-event vinyl backdrops, free to collect", "used_vinyl_banner"),
    ],
    [
        n("Buy two 10 m wide party tents for our hire fleet", "event_marquee"),
        unmet("Stretch tent fabric (Lycra-backed)", "no one offers stretch fabric"),
    ],
)
sme(
    61,
    "th",
    "นครเต็นท์ เช่าเต็นท์",
    ALC,
    DOWN,
    "Nakhon Si Thammarat",
    "nakhon.tent@gmail.com",
    [o("เต็นท์ให้เช่า งานศพ งานบวช ส่งฟรีในเมือง", "tent_hire_service")],
    [
        n("เต็นท์ขายของ โครงพับได้ ขนาดสามคูณสาม 20 หลัง", "folding_canopy_tent"),
        n("มีใครรับปะหลังคาเต็นท์ที่ขาดไหม", "canopy_repair_service"),
    ],
)
sme(
    62,
    "en",
    "Andaman Tarp & Cover",
    SPORT,
    DOWN,
    "Phang Nga",
    "andamancover@gmail.com",
    [
        o("Made-to-measure covers for boats, trucks and machinery", "tarp_cover"),
        o("Longtail boat roofs, sewn to fit", "boat_canopy"),
    ],
    [n("Stainless D-rings and grommets", "eyelets_grommets")],
)
sme(
    63,
    "th",
    "ผ้าใบคลุมรถ สุพรรณ",
    SPORT,
    DOWN,
    "Suphan Buri",
    "suphan.tarp@gmail.com",
    [o("ผ้าใบคลุมกระบะ คลุมรถสิบล้อ ตัดตามขนาด", "tarp_cover")],
    [
        n("ผ้าใบสองหน้า หนา 0.5 มม. สีน้ำเงิน", "pvc_coated_polyester_fabric"),
        n("สายเทปเย็บขอบผ้าใบ", "polyester_webbing"),
        unmet("เครื่องเชื่อมผ้าใบมือสอง", "a machine, not a welding service; no one sells one"),
    ],
)
sme(
    64,
    "th",
    "กระเป๋าไวนิลรีเมค",
    CIRC,
    DOWN,
    "Bangkok",
    "vinylremake.bkk@gmail.com",
    [o("กระเป๋าโท้ทจากป้ายไวนิลเก่า ใบละ 350", "upcycled_vinyl_bag")],
    [n("ป้ายโฆษณาเก่าที่ถอดแล้ว แผ่นใหญ่ สีสด", "used_vinyl_banner")],
    bcg=(CIRCULAR,),
)
sme(
    65,
    "en",
    "ReCanvas Bags",
    CIRC,
    DOWN,
    "Chiang Mai",
    "hello@recanvasbags.com",
    [o("Bags and pouches made from retired awnings and truck tarps", "upcycled_vinyl_bag")],
    [
        n("Old awning fabric and truck tarps, any colour", "used_pvc_tarpaulin"),
        n("Offcuts from awning makers", "pvc_offcuts"),
    ],
    bcg=(CIRCULAR,),
)
sme(
    66,
    "th",
    "ช่างหนุ่ม ซ่อมกันสาด",
    ALC,
    DOWN,
    "Chiang Mai",
    "changnum.kansad@gmail.com",
    [o("ซ่อมกันสาด ซ่อมเต็นท์ เปลี่ยนผ้าใบ เชียงใหม่ ลำพูน", "canopy_repair_service")],
    [n("อะไหล่อาร์มกันสาด ของใหม่หรือมือสอง", "awning_frame")],
)
sme(
    67,
    "th",
    "ร้านย่ามครามสกล",
    ALI,
    DOWN,
    "Sakon Nakhon",
    "yam.khram.sakon@gmail.com",
    [o("ย่ามผ้าฝ้ายย้อมคราม ทอมือ", "cloth_tote_bag")],
    [
        n("ผ้าฝ้ายย้อมคราม ย้อมธรรมชาติเท่านั้น ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric"),
        n("ผ้าขิดทอมือ มี OTOP ก็ดี ไม่มีก็ได้", "handwoven_cotton_fabric", waive=("OTOP",)),
    ],
    certs=("OTOP",),
)
sme(
    68,
    "en",
    "Krabi Shade Sails",
    SPORT,
    DOWN,
    "Krabi",
    "krabishadesails@gmail.com",
    [o("Custom shade sails, HDPE knit, stainless fittings", "shade_sail")],
    [
        n("HDPE shade fabric, 95% block, 3 m width", "hdpe_shade_net"),
    ],
)
sme(
    69,
    "en",
    "Salaya Tote Co.",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "salayatote@gmail.com",
    [o("Plain cotton canvas tote bags, printed, MOQ 500", "cloth_tote_bag")],
    [
        n("Indigo dip-dyeing of 300 finished totes", "indigo_dyeing_service"),
        unmet(
            "Organic canvas with Organic Content Standard (OCS) papers",
            "no canvas supplier holds OCS",
            "greige_cotton_fabric",
            req=("OCS",),
        ),
    ],
)
sme(
    70,
    "en",
    "Hua Hin Outdoor Cushions",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "huahincushions@gmail.com",
    [o("Water-resistant outdoor seat pads for resorts", "outdoor_cushion")],
    [
        n("Acrylic outdoor fabric, Sunbrella or similar", "acrylic_awning_fabric"),
        n("Fiberfill, OEKO-TEX certified", "polyester_fiberfill", req=("OEKO-TEX Standard 100",)),
    ],
)
sme(
    71,
    "th",
    "เบาะนุ่นอ่างทอง",
    ALC,
    DOWN,
    "Ang Thong",
    "baonun.angthong@gmail.com",
    [o("เบาะนั่งนุ่น หุ้มผ้าใบกันน้ำ สำหรับแม่ค้า", "outdoor_cushion")],
    [
        n("ใยนุ่นสำหรับยัดเบาะ ปีละ 500 กิโล", "kapok_fibre"),
        n("ผ้าคอตตอนเคลือบกันน้ำ", "waterproof_cotton_canvas"),
    ],
    certs=("OTOP",),
)
sme(
    72,
    "th",
    "ผ้ากันเปื้อนแม่ค้าตลาดนนท์",
    ALC,
    DOWN,
    "Nonthaburi",
    "apron.nont@gmail.com",
    [o("ผ้ากันเปื้อนผ้าใบกันน้ำ สำหรับร้านอาหาร", "apron")],
    [n("ผ้าฝ้ายหนาสีเข้ม ย้อมมาแล้ว ไม่ต้องมี OEKO-TEX", "piece_dyed_cotton_fabric", waive=("OEKO-TEX Standard 100",))],
)
sme(
    73,
    "th",
    "หลังคาเรือสุราษฎร์",
    SPORT,
    DOWN,
    "Surat Thani",
    "boatroof.surat@gmail.com",
    [o("หลังคาผ้าใบเรือหางยาว เรือนำเที่ยว", "boat_canopy")],
    [n("ผ้าอะคริลิค หรือผ้าใบ PVC ทนไอเค็ม", "acrylic_awning_fabric", "pvc_coated_polyester_fabric")],
)
sme(
    74,
    "th",
    "ร่มบ่อสร้างศิลปหัตถกรรม",
    HEMP,
    DOWN,
    "Chiang Mai",
    "borsang.umbrella@gmail.com",
    [o("ร่มผ้าฝ้ายเขียนลาย บ่อสร้าง 40 นิ้ว", "decorative_parasol")],
    [n("ผ้าฝ้ายดิบหน้าแคบ สำหรับขึงร่ม", "greige_cotton_fabric")],
    certs=("OTOP",),
)


# ------------------------------------------------------------------ profiles 075-095: shops, markets, hotels, care

sme(
    75,
    "th",
    "ร้านอาหารเรือนไทย สุขุมวิท",
    ALC,
    DOWN,
    "Bangkok",
    "ruanthai.sukhumvit@gmail.com",
    [],
    [
        n("อยากได้กันสาดม้วนเก็บได้ หน้าร้านยาว 6 เมตร", "retractable_awning"),
        n("ร่มใหญ่สำหรับโต๊ะนอกร้าน 4 คัน", "market_umbrella"),
        unmet("ผ้าปูโต๊ะกันน้ำ", "tablecloths; no one offers them"),
    ],
)
sme(
    76,
    "en",
    "Ping River Cafe",
    ALC,
    DOWN,
    "Chiang Mai",
    "pingrivercafe@gmail.com",
    [],
    [
        n("Anyone make cream-coloured folding awnings?", "retractable_awning"),
    ],
)
sme(
    77,
    "th",
    "ตลาดต้นตาล ไนท์มาร์เก็ต",
    ALI,
    DOWN,
    "Khon Kaen",
    "tontan.market@gmail.com",
    [o("ให้เช่าแผงขายของรายวัน", "stall_rental")],
    [
        n("ร่มแม่ค้าสีเดียวกันทั้งตลาด 300 คัน", "market_umbrella"),
        n("ฮ้านผ้าใบพับได้ ไว้ให้แม่ค้าขาจรเช่า", "folding_canopy_tent"),
        unmet("ไฟ LED ประดับร่ม", "lighting; no one offers it"),
    ],
)
sme(
    78,
    "en",
    "Ao Nang Beach Resort",
    ALC,
    DOWN,
    "Krabi",
    "purchasing@aonangbeach.com",
    [],
    [
        n("Triangular sunshades over the pool deck", "shade_sail"),
        n("Cabana cushions, OEKO-TEX preferred but not required", "outdoor_cushion", waive=("OEKO-TEX Standard 100",)),
    ],
)
sme(
    79,
    "en",
    "Golden Years Care Home",
    ALC,
    DOWN,
    "Nonthaburi",
    "admin@goldenyearscare.co.th",
    [],
    [
        n("Rain cover over the path from car park to lobby", "fixed_canvas_awning"),
        n("Tensioned sunshade over the residents' garden", "shade_sail"),
    ],
)
sme(
    80,
    "th",
    "โรงพยาบาลอุบลเวชการ",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "ubonvej.purchase@gmail.com",
    [],
    [
        n("กันสาดทางเดินจุดคัดกรอง กันฝน", "fixed_canvas_awning"),
        n("เต็นท์ผ้าใบจุดฉีดวัคซีน ต้องได้ มอก.", "folding_canopy_tent", "event_marquee", req=("Thai Industrial Standard",)),
        unmet("เตียงสนามพับได้", "camp beds; no one offers them"),
    ],
)
sme(
    81,
    "th",
    "ชมรมแม่ค้าเรือ ตลาดน้ำอัมพวา",
    ALC,
    DOWN,
    "Samut Songkhram",
    "amphawa.boatvendors@gmail.com",
    [],
    [
        n("ประทุนเรือพาย ผ้าใบกันแดดกันฝน", "boat_canopy"),
    ],
)
sme(
    82,
    "en",
    "BKK Wedding Planners",
    ALC,
    DOWN,
    "Bangkok",
    "hello@bkkweddings.com",
    [o("Wedding planning packages", "wedding_planning")],
    [n("Rent a big tent with crew for a 300-guest wedding, Hua Hin, March", "tent_hire_service")],
)
sme(
    83,
    "th",
    "วิสาหกิจชุมชนทุเรียนจันท์",
    ALC,
    DOWN,
    "Chanthaburi",
    "durian.chan@gmail.com",
    [],
    [
        n("ผ้าใบพลาสติกปูรองผลไม้ ราคาถูก", "pe_tarpaulin"),
        unmet("ถุงตาข่ายห่อทุเรียน", "fruit nets; no one offers them"),
    ],
)
sme(
    84,
    "th",
    "สหกรณ์ประมงสะพานปลาปัตตานี",
    SPORT,
    DOWN,
    "Pattani",
    "pattani.fishcoop@gmail.com",
    [],
    [
        n("ผ้าคลุมเรือประมงสั่งตัด", "tarp_cover"),
        n("ผ้าใบฟางสีฟ้า ไว้คลุมปลาเค็ม", "pe_tarpaulin"),
        unmet("เชือกอวน", "net rope; no one offers it"),
    ],
)
sme(
    85,
    "en",
    "Korat Elderly Day Centre",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "koratdaycentre@gmail.com",
    [],
    [n("Permanent canvas roof over the outdoor exercise yard, mould-resistant", "fixed_canvas_awning")],
)
sme(
    86,
    "th",
    "ตลาดสดเทศบาลปากน้ำโพ",
    ALC,
    DOWN,
    "Nakhon Sawan",
    "paknampho.market@gmail.com",
    [],
    [
        n("หลังคาผ้าใบตลาดฉีกขาด หาช่างมาหุ้มใหม่", "canopy_repair_service"),
        n("ม่านพลาสติกใส กั้นแผงเนื้อ", "clear_pvc_sheet"),
        unmet("รางน้ำฝนสแตนเลส", "gutters; no one offers them"),
    ],
)
sme(
    87,
    "en",
    "Phahon Fuel Stations Co.",
    SPORT,
    DOWN,
    "Saraburi",
    "procurement@phahonfuel.co.th",
    [],
    [
        n(
            "Branded fixed canopies for 12 roadside stations, ISO 9001 supplier required",
            "fixed_canvas_awning",
            req=("ISO 9001",),
        )
    ],
)
sme(
    88,
    "en",
    "Mae Fah Hemp Lifestyle",
    HEMP,
    DOWN,
    "Chiang Rai",
    "shop@maefahhemp.com",
    [o("Hemp backpacks and bucket hats", "hemp_backpack")],
    [n("Heavy hemp cloth for backpacks, must be GOTS", "hemp_fabric", req=("GOTS",))],
    bcg=(BIO,),
)
sme(
    89,
    "th",
    "ร้านผ้าต่อ จตุจักร",
    CIRC,
    DOWN,
    "Bangkok",
    "patchwork.jj@gmail.com",
    [o("ผ้าห่มผ้าต่อ จากเศษผ้า", "patchwork_quilt")],
    [n("เศษผ้าฝ้ายชิ้นใหญ่ สำหรับเย็บต่อ", "cotton_textile_offcuts")],
    bcg=(CIRCULAR,),
)
sme(
    90,
    "en",
    "Udon Senior Living",
    ALI,
    DOWN,
    "Udon Thani",
    "facilities@udonsenior.com",
    [],
    [
        n("Retractable awnings for 20 balconies", "retractable_awning"),
        n("Quote for an awning maintenance contract?", "canopy_repair_service"),
        unmet("Anti-slip flooring under the awnings", "flooring; no one offers it"),
    ],
)
sme(
    91,
    "th",
    "ร้านอาหารทะเลราไวย์",
    ALC,
    DOWN,
    "Phuket",
    "rawai.seafood@gmail.com",
    [],
    [
        n("กันสาดหน้าร้านริมทะเล ทนลม มีมอเตอร์", "retractable_awning"),
        n("ผ้าใบใส กันฝนสาด", "clear_pvc_sheet"),
    ],
)
sme(
    92,
    "en",
    "Khao Lak Beach Club",
    ALC,
    DOWN,
    "Phang Nga",
    "ops@khaolakbeachclub.com",
    [],
    [
        unmet("Motorised pergola with louvred aluminium roof", "no one offers pergolas"),
        n("Would like daybed cushions, 20 sets", "outdoor_cushion"),
    ],
)
sme(
    93,
    "th",
    "คณะกรรมการงานบุญผะเหวดร้อยเอ็ด",
    ALI,
    DOWN,
    "Roi Et",
    "bunphawet.roiet@gmail.com",
    [],
    [n("ต้องการคนเอาเต็นท์มากางให้ 30 หลัง บุญผะเหวด คิดรายวัน", "tent_hire_service")],
)
sme(
    94,
    "en",
    "Lampang Heritage Resort & Spa",
    ALC,
    DOWN,
    "Lampang",
    "gm@lampangheritage.com",
    [],
    [
        n("Bo Sang style parasols for the garden path", "decorative_parasol"),
        unmet("Indigo-dyed table runners", "finished table linen; no one offers it"),
    ],
)
sme(
    95,
    "th",
    "ร้านชำเจ๊ะหมะ ยะลา",
    ALC,
    DOWN,
    "Yala",
    "chema.yala@gmail.com",
    [],
    [n("กันสาดหน้าร้าน แบบพับเก็บได้ ราคาประหยัด", "retractable_awning")],
)


# ------------------------------------------------------------------ links

CERTS_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def held(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certifications)


def qualified(need: Need, buyer: Sme) -> list[Sme]:
    """The suppliers (never the buyer) with an offer the need lists and every certification it requires."""
    return [
        s
        for s in SMES
        if s.id != buyer.id and any(offer.label in need.labels for offer in s.offers) and set(need.requires) <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs for s in qualified(need, b)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")


def _nfkc_fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def names_certification(text: str, name: str) -> bool:
    c = CERTS_BY_NAME[name]
    forms = (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    folded = _nfkc_fold(text)
    return any(_nfkc_fold(form) in folded for form in forms)


def script_ok(text: str, language: str) -> bool:
    thai = len(THAI_CHAR.findall(text))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if language == "en":
        return thai == 0 and all(ch.isascii() for ch in text)
    return thai > 0 and thai >= 3 * latin


def check(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids are not baw-001 ... baw-095 in order")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.id)
    all_offer_texts = {_nfkc_fold(offer.text) for s in SMES for offer in s.offers}
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if not s.name.strip() or not script_ok(s.name, s.language):
            errors.append(f"{where}: name {s.name!r} not in {s.language}")
        if s.sub_cluster not in set(SubCluster) or s.stage not in set(Stage):
            errors.append(f"{where}: bad sub-cluster or stage")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not a canonical English province name")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(held(s))) != len(s.certifications):
            errors.append(f"{where}: duplicate certifications")
        if any(tag not in set(BcgTag) for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg tags")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        for offer in s.offers:
            if not script_ok(offer.text, s.language):
                errors.append(f"{where}: offer {offer.text!r} not in {s.language}")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
        for need in s.needs:
            text = need.text
            if not script_ok(text, s.language):
                errors.append(f"{where}: need {text!r} not in {s.language}")
            if _nfkc_fold(text) in all_offer_texts:
                errors.append(f"{where}: need {text!r} repeats an offer word for word")
            if not need.labels and not need.unmet:
                errors.append(f"{where}: need {text!r} lists no label and is not marked unmet")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: need {text!r} lists {label!r}, which no one else offers")
            for cert in (*need.requires, *need.waives):
                if cert not in CERTS_BY_NAME:
                    errors.append(f"{where}: need certification {cert!r} is not a canonical name")
                elif not names_certification(text, cert):
                    errors.append(f"{where}: need {text!r} does not name {cert}")
            if set(need.requires) & set(need.waives):
                errors.append(f"{where}: need {text!r} both requires and waives a certification")
            stray = find_certifications(text) - set(need.requires) - set(need.waives)
            if stray:
                errors.append(f"{where}: need {text!r} names {sorted(stray)} without labelling them")
            suppliers = qualified(need, s)
            if need.unmet and suppliers:
                errors.append(f"{where}: unmet need {text!r} is met by {[x.id for x in suppliers]}")
            if not need.unmet and not suppliers:
                errors.append(f"{where}: need {text!r} is met by no one but not marked unmet")
    # size targets
    thai = sum(s.language == "th" for s in SMES) / len(SMES)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS[0] <= len(links) <= LINKS[1]:
        errors.append(f"{len(links)} links outside {LINKS}")
    lang = {s.id: s.language for s in SMES}
    cross = sum(lang[a] != lang[b] for a, b in links) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    needs = [(s, need) for s in SMES for need in s.needs]
    n_unmet = sum(bool(need.unmet) for _, need in needs)
    if not UNMET[0] <= n_unmet <= UNMET[1]:
        errors.append(f"{n_unmet} unmet needs outside {UNMET}")
    met_sizes = [len(qualified(need, s)) for s, need in needs if not need.unmet]
    if sum(1 <= k <= 3 for k in met_sizes) < 0.7 * len(met_sizes):
        errors.append("fewer than 70% of met needs are met by 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": str(s.sub_cluster.value),
        "stage": str(s.stage.value),
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": [str(tag.value) for tag in s.bcg],
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    by_id = {s.id: s for s in SMES}
    rows.append(("profiles", str(len(SMES))))
    th = sum(s.language == "th" for s in SMES)
    rows.append(("Thai / English profiles", f"{th} / {len(SMES) - th}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub for s in SMES))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region in ("north", "northeast", "central", "east", "west", "south"):
        rows.append((f"region {region}", str(regions.get(region, 0))))
    rows.append(("distinct provinces", str(len({s.province for s in SMES}))))
    offers = [offer for s in SMES for offer in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({offer.label for offer in offers}))))
    needs = [(s, need) for s in SMES for need in s.needs]
    n_unmet = sum(bool(need.unmet) for _, need in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(need.requires) for _, need in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(need.waives) for _, need in needs))))
    sizes = Counter(min(len(qualified(need, s)), 4) for s, need in needs if not need.unmet)
    rows.append(
        ("met needs by number of suppliers (1 / 2 / 3 / 4+)", " / ".join(str(sizes.get(k, 0)) for k in (1, 2, 3, 4)))
    )
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({100 * cross / len(links):.1f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# Blind evaluation set: plain awnings

A hand-labelled test set for the partner matchmaker. It checks how well the matcher finds the true
supplier-buyer pairs among {profiles} SME profiles whose offers and needs are written as plain
registry entries, in Thai and English, in wording the matcher has never seen. The theme is awnings and
canopies: shop awnings, market umbrellas, canopy tents, marquees and event tents, PVC-coated polyester,
awning frames and repair, and the restaurants, markets, hotels, care homes and event-hire firms that
buy them, together with the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher,
its glossary, its tests or any other evaluation set. Every profile, offer and need is a short phrase
typed into `write.py`, which holds all the data and writes the files below.

The phrases name the same goods in many ways (local and regional names, trade words, brand names,
abbreviations, sizes, prices, minimum orders, places) and a need is worded differently from the offers
that meet it, often in the other language. Hard cases on purpose: services versus goods (dyeing the
customer's cloth versus dyed cloth, sewing the customer's fabric versus finished awnings, hire versus
sale, repair versus new), waste and used goods versus new, raw versus processed, finished goods named by
their material or technique (an indigo cotton bag is a bag, a kapok seat pad is a cushion), needs as
wishes, bare nouns or questions, refusals ("no PVC"), needs that require a named certification and
needs that name one only to waive it, and needs that no one in the set meets.

## How a link is decided

Each offer carries a label, kept only in `write.py`, that says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Each need lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note. A
pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications hold every certification that need requires. An SME
is never linked to itself. Shared words play no part; quantities, prices and places never decide a link;
what changes what the thing is does. A waived certification is not required.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG values are the taxonomy's), every label a need lists is offered by someone other than the
buyer, every met need has a qualified supplier and every unmet one has none, a required or waived
certification is named in the need's text, Thai phrases are mostly Thai letters and English ones Latin
only, and the size targets hold. It writes nothing if a check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_awnings/write.py

Two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {profiles} profiles, one JSON object per line (contract section 1), no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    links = true_links()
    errors = check(links)
    if errors:
        for error in errors:
            print("ERROR:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        for name, value in counts(links) if links else []:
            print(f"  {name}: {value}", file=sys.stderr)
        return 1
    rows = counts(links)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(profiles=len(SMES), table=table(rows))
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links_csv), ("README.md", readme)):
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
