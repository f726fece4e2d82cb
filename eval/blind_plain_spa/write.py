"""Write the hand-labelled evaluation set `eval/blind_plain_spa/` (spa and massage theme).

Run from the repository root:  .venv/bin/python eval/blind_plain_spa/write.py

All data lives here. Every offer carries a label saying what the thing is; every need lists the offer
labels that would meet it and the certifications its text requires (or is marked as met by no one).
The labels never leave this file: `profiles.jsonl` holds only the contract's fields.
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
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    sub_cluster: str
    stage: str
    province: str
    name: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    sub: str,
    stage: str,
    province: str,
    name: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(f"bsz-{num:03d}", lang, sub, stage, province, name, email, tuple(offers), tuple(needs), certs, bcg))


FDA = "Thai FDA"
OEKO = "OEKO-TEX Standard 100"
OT = "Organic Thailand"

# ------------------------------------------------------------------ upstream: fibre, yarn, herbs, waste

sme(
    1,
    "th",
    HEMP,
    UP,
    "Chiang Mai",
    "วิสาหกิจชุมชนฝ้ายอินทรีย์แม่แตง",
    "maetaeng.cotton@gmail.com",
    [
        o("ปุยฝ้ายพื้นเมือง ฝ้ายตุ่น ไม่ฟอก กิโลละ 90 บาท", "raw_cotton_fibre"),
        o("ฝ้ายเข็นมือ เส้นใหญ่ ขายเป็นไจ", "handspun_cotton_yarn"),
    ],
    [
        u("อยากได้เครื่องอีดฝ้ายมือสอง", "cotton gin machinery: nobody in the set sells machines"),
        n("หาคนรับจ้างทอ เอาฝ้ายเข็นมือของกลุ่มไปทอให้", "commission_weaving_service"),
    ],
    certs=(OT,),
    bcg=("bio",),
)
sme(
    2,
    "en",
    HEMP,
    UP,
    "Tak",
    "Doi Hemp Fibre Co-op",
    "hello@doihemp.org",
    [o("retted hemp bast, 20 kg bales", "hemp_fibre"), o("hand-spun hemp yarn, natural grey, per skein", "hemp_yarn")],
    [],
    bcg=("bio", "green"),
)
sme(
    3,
    "th",
    ALI,
    UP,
    "Sakon Nakhon",
    "วิสาหกิจชุมชนไพลบ้านนาเวง",
    "plai.nawaeng@gmail.com",
    [o("หัวไพลสด ขุดใหม่ ส่งทั่วประเทศ", "fresh_plai_rhizome"), o("ไพลสไลซ์อบแห้ง ถุงละ 5 กก.", "dried_plai")],
    [u("ตู้อบแห้งพลังแสงอาทิตย์ สำหรับตากสมุนไพร", "solar herb dryer: no equipment maker in the set")],
    certs=(OT,),
    bcg=("bio",),
)
sme(
    4,
    "en",
    ALC,
    UP,
    "Prachinburi",
    "Prachin Herb Growers",
    "sales@prachinherbs.co.th",
    [
        o("turmeric (khamin chan), sliced and sun-dried", "dried_turmeric"),
        o("dried lemongrass, chopped 1 cm", "dried_lemongrass"),
    ],
    [n("cotton drawstring sacks to pack dried herbs", "cotton_bag")],
    certs=(OT,),
    bcg=("bio",),
)
sme(
    5,
    "th",
    ALI,
    UP,
    "Yasothon",
    "กลุ่มสมุนไพรผสม บ้านสร้างมิ่ง",
    "samunphrai.yaso@gmail.com",
    [
        o("สมุนไพรผสมสูตรลูกประคบ ไพล ขมิ้น ตะไคร้ ใบมะขาม พร้อมห่อ", "compress_herb_mix"),
        o("ผิวมะกรูดตากแห้ง", "dried_kaffir_lime_peel"),
    ],
    [
        n("ขมิ้นชันแห้ง ปีละ 2 ตัน", "dried_turmeric"),
        u("การบูร พิมเสน เกรดยา", "camphor and borneol crystals: no one offers them"),
    ],
    certs=("OTOP",),
)
sme(
    6,
    "en",
    ALC,
    UP,
    "Nakhon Pathom",
    "Siam Distillers Essential Oils",
    "orders@siamdistillers.com",
    [
        o("plai oil, steam-distilled, 1 L bottles", "herbal_essential_oil"),
        o("lemongrass & kaffir lime essential oil, bulk drums", "herbal_essential_oil"),
    ],
    [
        n("fresh Zingiber cassumunar rhizome, 500 kg a month", "fresh_plai_rhizome"),
        u("amber glass dropper bottles 30 ml", "glass packaging: no one offers it"),
    ],
    certs=(FDA,),
    bcg=("bio",),
)
sme(
    7,
    "th",
    ALI,
    UP,
    "Nakhon Ratchasima",
    "กลุ่มแม่บ้านนุ่นบ้านดอนใหญ่",
    "noon.donyai@gmail.com",
    [o("นุ่นแกะเมล็ดแล้ว ตีฟู พร้อมยัดหมอน", "kapok_fibre"), o("ฝักนุ่นแห้งทั้งฝัก ขายเป็นกระสอบ", "kapok_pods")],
    [n("มีใครรับตีนุ่น แยกเมล็ดให้บ้างไหม", "kapok_processing_service")],
    bcg=("bio",),
)
sme(
    8,
    "en",
    ALC,
    UP,
    "Sukhothai",
    "Sukhothai Kapok Trading",
    "kapok.sukhothai@gmail.com",
    [o("clean kapok floss, 10 kg sacks", "kapok_fibre")],
    [n("Anyone selling whole dried kapok pods by the truckload?", "kapok_pods")],
    bcg=("bio",),
)
sme(
    9,
    "en",
    CIRC,
    UP,
    "Samut Sakhon",
    "ReLoop Fibre Co., Ltd.",
    "sourcing@reloopfibre.com",
    [
        o("recycled cotton fibre from pre-consumer cutting waste", "recycled_cotton_fibre"),
        o("OE recycled cotton yarn Ne 10", "recycled_cotton_yarn"),
    ],
    [
        n("white and light cotton cutting scraps from garment plants", "cotton_cutting_waste"),
        n("worn-out hotel towels and sheets, any condition", "used_hotel_linen"),
    ],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    10,
    "th",
    CIRC,
    UP,
    "Chonburi",
    "ร้านรับซื้อผ้าเก่าโรงแรม บางละมุง",
    "phakao.banglamung@gmail.com",
    [o("ผ้าขนหนูเก่าจากโรงแรม คัดสีแล้ว ขายเป็นกิโล", "used_hotel_linen"), o("ผ้าขี้ริ้ว ตัดจากผ้าปูเตียงเก่า", "cleaning_rags")],
    [],
    bcg=("circular",),
)
sme(
    11,
    "th",
    CIRC,
    UP,
    "Samut Prakan",
    "เศษผ้าบางพลี",
    "sedpha.bangphli@gmail.com",
    [
        o("เศษผ้าคอตตอน 100% จากโรงงานตัดเย็บ คัดสีขาว", "cotton_cutting_waste"),
        o("เศษผ้ายืดโพลีเอสเตอร์ จากโรงงานชุดกีฬา", "polyester_knit_waste"),
    ],
    [],
    bcg=("circular",),
)
sme(
    12,
    "en",
    CIRC,
    UP,
    "Khon Kaen",
    "Isan Shred & Sort",
    "info@isanshred.co.th",
    [o("toll shredding of your textile waste into fibre", "textile_shredding_service")],
    [n("mixed cotton rags from laundries and spas", "used_hotel_linen", "cleaning_rags")],
    bcg=("circular",),
)
sme(
    13,
    "th",
    HEMP,
    UP,
    "Phrae",
    "ไร่ห้อมบ้านทุ่งโฮ้ง",
    "hom.tunghong@gmail.com",
    [o("ห้อมเปียก เนื้อห้อมหมักแล้ว ถังละ 10 กก.", "natural_indigo_paste")],
    [],
    bcg=("bio",),
)
sme(
    14,
    "th",
    ALI,
    UP,
    "Sakon Nakhon",
    "ฟาร์มครามสกลนคร",
    "khramfarm@sakonindigo.com",
    [o("ครามเปียก หมักจากต้นคราม ถังละ 5 กก.", "natural_indigo_paste")],
    [],
    bcg=("bio",),
)
sme(
    15,
    "en",
    ALC,
    UP,
    "Saraburi",
    "Saraburi Spinning Mills",
    "yarn@saraburispinning.co.th",
    [o("combed cotton yarn Ne 20/1 to Ne 40/1 on cones", "cotton_yarn")],
    [n("ginned raw cotton lint", "raw_cotton_fibre")],
    certs=("GOTS", OEKO, "ISO 9001"),
)
sme(
    16,
    "th",
    ALI,
    UP,
    "Khon Kaen",
    "โรงปั่นด้ายขอนแก่น",
    "dai.khonkaen@gmail.com",
    [o("ด้ายฝ้ายปั่น เบอร์ 20 สีดิบ ลูกละ 1 กก.", "cotton_yarn"), o("ด้ายฝ้ายย้อมสีแล้ว มี 30 สี", "dyed_cotton_yarn")],
    [],
)
sme(
    17,
    "th",
    ALC,
    UP,
    "Ratchaburi",
    "สวนสมุนไพรโพธาราม",
    "suan.photharam@gmail.com",
    [o("ตะไคร้บ้าน หั่นแว่น ตากแห้ง", "dried_lemongrass"), o("ตะไคร้หอมแห้ง สำหรับไล่ยุง", "dried_citronella")],
    [],
    bcg=("bio",),
)
sme(
    18,
    "en",
    ALC,
    UP,
    "Chachoengsao",
    "Bang Khla Organic Herbs",
    "farm@bangkhlaherbs.com",
    [o("organic plai, sliced & dried", "dried_plai"), o("fresh turmeric rhizomes", "fresh_turmeric")],
    [],
    certs=(OT,),
    bcg=("bio",),
)
sme(
    19,
    "th",
    ALI,
    UP,
    "Roi Et",
    "กลุ่มปลูกฝ้ายเกษตรวิสัย",
    "fai.kasetwisai@gmail.com",
    [o("ฝ้ายขาว ฝ้ายตุ่น อีดเมล็ดออกแล้ว", "raw_cotton_fibre"), o("รับเข็นฝ้ายเป็นเส้น ลูกค้าส่งปุยฝ้ายมาเอง", "hand_spinning_service")],
    [],
)
sme(
    20,
    "en",
    HEMP,
    UP,
    "Loei",
    "Phu Ruea Herb Fields",
    "phuruea.herbs@gmail.com",
    [
        o("sun-dried kaffir lime rind", "dried_kaffir_lime_peel"),
        o("dried tamarind leaves for compresses", "dried_tamarind_leaves"),
    ],
    [],
    bcg=("bio",),
)
sme(
    21,
    "th",
    CIRC,
    UP,
    "Nonthaburi",
    "รับซื้อชุดยูนิฟอร์มเก่า ปากเกร็ด",
    "uniform.kao@gmail.com",
    [o("ชุดยูนิฟอร์มพนักงานเก่า คละไซส์ ขายเหมา", "used_uniforms")],
    [n("ผ้าขนหนูโรงแรมที่ปลดระวางแล้ว", "used_hotel_linen")],
    bcg=("circular",),
)
sme(
    22,
    "en",
    SPORT,
    UP,
    "Rayong",
    "PolyCycle Rayong",
    "sales@polycycle.co.th",
    [
        o("rPET staple fibre from bottles, 1.4 denier", "recycled_polyester_fibre"),
        o("recycled polyester filament yarn 75D/72F", "recycled_polyester_yarn"),
    ],
    [n("polyester sportswear offcuts", "polyester_knit_waste")],
    certs=("GRS",),
    bcg=("circular",),
)

# ------------------------------------------------------------------ midstream: cloth, dyeing, sewing, trims

sme(
    23,
    "th",
    HEMP,
    MID,
    "Chiang Mai",
    "ผ้าฝ้ายทอมือ สันกำแพง",
    "fai.sankamphaeng@gmail.com",
    [
        o("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        o("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma_cloth"),
    ],
    [n("ฝ้ายเข็นมือ สีตุ่น", "handspun_cotton_yarn"), n("ด้ายฝ้าย 20/2 ทำเส้นยืน", "cotton_yarn")],
)
sme(
    24,
    "en",
    HEMP,
    MID,
    "Chiang Rai",
    "Hill Hemp Weavers",
    "weave@hillhemp.com",
    [o("handloom hemp cloth, 40 cm wide, undyed", "hemp_fabric")],
    [n("hand-spun hemp thread", "hemp_yarn")],
    bcg=("bio",),
)
sme(
    25,
    "th",
    HEMP,
    MID,
    "Phrae",
    "ม่อฮ่อมแพร่ ป้าศรี",
    "mohom.pasri@gmail.com",
    [
        o("ผ้าหม้อห้อม เมตรละ 120 บาท", "indigo_dyed_cotton_fabric"),
        o("รับย้อมห้อม ผ้าของลูกค้า คิดเป็นกิโล", "indigo_dyeing_service"),
    ],
    [n("เนื้อห้อม", "natural_indigo_paste"), n("ผ้าดิบ หน้า 44 นิ้ว", "cotton_calico_cloth")],
    bcg=("bio",),
)
sme(
    26,
    "en",
    ALI,
    MID,
    "Sakon Nakhon",
    "Khram Craft Sakon",
    "shop@khramcraft.com",
    [o("indigo-dyed handwoven cotton yardage", "indigo_dyed_cotton_fabric")],
    [n("hand-spun cotton thread in natural colour", "handspun_cotton_yarn")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    27,
    "th",
    ALC,
    MID,
    "Samut Prakan",
    "โรงทอผ้าดิบบางพลี",
    "phadib.bangphli@gmail.com",
    [o("ผ้าดิบ หน้า 36-60 นิ้ว ม้วนละ 50 หลา", "cotton_calico_cloth"), o("ผ้าขาวบาง ห่อลูกประคบ", "muslin_cloth")],
    [n("ด้ายฝ้าย Ne 20 ดิบ", "cotton_yarn")],
)
sme(
    28,
    "en",
    ALC,
    MID,
    "Nakhon Pathom",
    "Pathom Textile Mill",
    "mill@pathomtextile.co.th",
    [
        o("bleached cotton muslin 60 in", "muslin_cloth"),
        o("cotton terry towelling by the metre", "terry_towelling_fabric"),
    ],
    [n("20s cotton yarn, OEKO-TEX certified", "cotton_yarn", req=(OEKO,))],
    certs=(OEKO,),
)
sme(
    29,
    "th",
    ALI,
    MID,
    "Udon Thani",
    "ผ้าขิดบ้านนาข่า",
    "khit.nakha@gmail.com",
    [o("ผ้าขิดทอมือ ลายดอกแก้ว", "khit_fabric")],
    [n("ด้ายฝ้ายสีสำเร็จ สำหรับทอขิด", "dyed_cotton_yarn")],
    certs=("OTOP",),
)
sme(
    30,
    "en",
    ALC,
    MID,
    "Bangkok",
    "BKK Reactive Dyehouse",
    "dye@bkkdyehouse.com",
    [
        o("commission dyeing of cotton fabric, reactive dyes, 300 kg min", "fabric_dyeing_service"),
        o("dyed cotton poplin, 40 shades", "dyed_cotton_fabric"),
    ],
    [n("greige cotton cloth, 60 inch", "cotton_calico_cloth")],
    certs=(OEKO,),
)
sme(
    31,
    "th",
    HEMP,
    MID,
    "Chiang Mai",
    "ย้อมสีธรรมชาติ แม่ริม",
    "yom.maerim@gmail.com",
    [
        o("รับย้อมผ้าสีธรรมชาติ ครั่ง ประดู่ ขมิ้น", "natural_dyeing_service"),
        o("ผ้าฝ้ายย้อมเปลือกไม้ โทนน้ำตาล", "natural_dyed_cotton_fabric"),
    ],
    [n("ผ้าฝ้ายทอมือที่ยังไม่ได้ย้อม", "handwoven_cotton_fabric")],
    bcg=("bio", "green"),
)
sme(
    32,
    "en",
    SPORT,
    MID,
    "Samut Sakhon",
    "AquaDry Knits",
    "knit@aquadry.co.th",
    [
        o("moisture-wicking polyester pique, Coolmax type", "performance_knit_fabric"),
        o("antibacterial silver finish on customer fabric", "antibacterial_finishing_service"),
    ],
    [n("GRS recycled polyester yarn 75D", "recycled_polyester_yarn", req=("GRS",))],
    certs=(OEKO, "bluesign"),
)
sme(
    33,
    "th",
    SPORT,
    MID,
    "Samut Prakan",
    "ผ้ายืดกีฬาบางพลี",
    "phayued.sport@gmail.com",
    [o("ผ้าไมโครดรายฟิต ระบายเหงื่อ กันยูวี", "performance_knit_fabric"), o("ผ้ายืดคอตตอนผสมสแปนเด็กซ์", "cotton_spandex_jersey")],
    [n("เส้นด้ายโพลีเอสเตอร์รีไซเคิล จากขวดพลาสติก", "recycled_polyester_yarn")],
)
sme(
    34,
    "th",
    ALC,
    MID,
    "Nonthaburi",
    "รับเย็บ CMT ปากเกร็ด",
    "cmt.pakkret@gmail.com",
    [o("รับตัดเย็บตามแบบ ลูกค้าส่งผ้าเอง ขั้นต่ำ 100 ตัว", "cmt_sewing_service")],
    [n("ยางยืดเอว 1 นิ้ว สีขาว", "elastic_waistband_tape")],
)
sme(
    35,
    "en",
    ALC,
    MID,
    "Bangkok",
    "Stitch Partners BKK",
    "jobs@stitchpartners.co.th",
    [
        o("cut-make-trim for uniforms and workwear", "cmt_sewing_service"),
        o("logo embroidery on towels & shirts", "embroidery_service"),
    ],
    [n("spun polyester sewing thread 40/2", "sewing_thread")],
)
sme(
    36,
    "th",
    ALI,
    MID,
    "Nakhon Ratchasima",
    "ร้านเย็บเบาะโคราช",
    "bao.korat@gmail.com",
    [
        o("รับเย็บปลอกที่นอน ปลอกเบาะ จากผ้าของลูกค้า", "cmt_sewing_service"),
        o("รับซ่อมที่นอนนุ่นเก่า เติมนุ่นใหม่", "mattress_refilling_service"),
    ],
    [n("ผ้าดิบหนา ทำปลอกชั้นใน", "cotton_calico_cloth")],
)
sme(
    37,
    "en",
    ALC,
    MID,
    "Samut Prakan",
    "Elastic & Trims Co.",
    "sales@elastictrims.co.th",
    [
        o("knitted elastic tape 25 mm", "elastic_waistband_tape"),
        o("3 mm cotton cord for drawstrings", "cotton_cord"),
        o("polyester sewing thread, 5000 m cones", "sewing_thread"),
    ],
    [],
)
sme(
    38,
    "th",
    ALC,
    MID,
    "Bangkok",
    "สกรีนเสื้อ ลาดพร้าว",
    "screen.ladprao@gmail.com",
    [o("รับสกรีนโลโก้ บนผ้า ถุงผ้า เสื้อ", "screen_printing_service")],
    [],
)
sme(
    39,
    "en",
    HEMP,
    MID,
    "Nan",
    "Nan Natural Dye Studio",
    "studio@nannaturaldye.com",
    [
        o("plant-dyed cotton cloth (mango leaf, ebony)", "natural_dyed_cotton_fabric"),
        o("natural dyeing for small lots, from 5 m", "natural_dyeing_service"),
    ],
    [n("undyed handloom cotton", "handwoven_cotton_fabric")],
    bcg=("bio", "green"),
)
sme(
    40,
    "th",
    CIRC,
    MID,
    "Nakhon Pathom",
    "ทอผ้ารีไซเคิล นครปฐม",
    "recycle.weave@gmail.com",
    [o("ผ้าทอจากด้ายรีไซเคิล เนื้อหนา", "recycled_cotton_fabric")],
    [n("ด้ายคอตตอนรีไซเคิล มีใบรับรอง GRS", "recycled_cotton_yarn", req=("GRS",))],
    bcg=("circular",),
)
sme(
    41,
    "en",
    SPORT,
    MID,
    "Chonburi",
    "EastPoly Nonwovens",
    "sales@eastpoly.co.th",
    [o("spunbond PP nonwoven 25 gsm, rolls", "nonwoven_pp_fabric")],
    [],
)
sme(
    42,
    "th",
    ALI,
    MID,
    "Ubon Ratchathani",
    "กลุ่มทอผ้ากี่กระตุก บ้านลาด",
    "kikratuk.ubon@gmail.com",
    [
        o("รับจ้างทอ ลูกค้าส่งด้ายมาเอง", "commission_weaving_service"),
        o("ผ้าฝ้ายทอกี่กระตุก สีขาว ลายลูกแก้ว", "handwoven_cotton_fabric"),
    ],
    [],
)
sme(
    43,
    "en",
    ALC,
    MID,
    "Pathum Thani",
    "Soft Finish Lab",
    "lab@softfinish.co.th",
    [o("enzyme wash and softening for towels and robes", "textile_finishing_service")],
    [],
)
sme(
    44,
    "th",
    SPORT,
    MID,
    "Saraburi",
    "ผ้าเคลือบกันน้ำ สระบุรี",
    "phakhluap.sb@gmail.com",
    [o("ผ้าหนังเทียมพีวีซี กันน้ำ หุ้มเตียงนวด ขายเป็นเมตร", "pvc_coated_fabric")],
    [],
)
sme(
    45,
    "en",
    HEMP,
    MID,
    "Chiang Mai",
    "Lanna Hemp Textiles",
    "info@lannahemp.com",
    [o("hemp-cotton canvas 280 gsm", "hemp_fabric"), o("organic hemp jersey", "hemp_fabric")],
    [n("hemp yarn Nm 14", "hemp_yarn")],
    certs=("GOTS",),
    bcg=("bio",),
)
sme(
    46,
    "th",
    CIRC,
    MID,
    "Samut Sakhon",
    "รีไดย์ผ้าขนหนู มหาชัย",
    "redye.mahachai@gmail.com",
    [o("รับย้อมผ้าขนหนูโรงแรมเก่าเป็นสีเข้ม ใช้ต่อได้", "fabric_dyeing_service")],
    [],
    bcg=("circular",),
)
sme(
    47,
    "th",
    ALI,
    MID,
    "Maha Sarakham",
    "รับตีนุ่น มหาสารคาม",
    "tinoon.sarakham@gmail.com",
    [o("รับตีนุ่น แยกเมล็ด ลูกค้าเอาฝักมาเอง", "kapok_processing_service")],
    [],
)
sme(
    48,
    "th",
    HEMP,
    MID,
    "Lamphun",
    "ผ้าฝ้ายเนื้อบาง ลำพูน",
    "faibang.lamphun@gmail.com",
    [o("ผ้าฝ้ายเนื้อโปร่ง ตัดชิ้น 35x35 ซม. ห่อลูกประคบ", "muslin_cloth")],
    [],
)
sme(
    49,
    "en",
    ALC,
    MID,
    "Nonthaburi",
    "Spa Textile Converting",
    "hello@spaconverting.com",
    [o("sewing of pillow covers and eye-pillow sleeves for brands", "cmt_sewing_service")],
    [],
)
sme(
    50,
    "th",
    ALI,
    MID,
    "Chaiyaphum",
    "เชือกฝ้ายชัยภูมิ",
    "chueak.chaiyaphum@gmail.com",
    [o("เชือกฝ้ายดิบ มัดลูกประคบ ม้วนละกิโล", "cotton_cord")],
    [],
)

# ------------------------------------------------------------------ downstream: makers of spa goods

sme(
    51,
    "th",
    ALC,
    DOWN,
    "Nonthaburi",
    "ลูกประคบป้าแดง บางบัวทอง",
    "lukprakob.padaeng@gmail.com",
    [o("ลูกประคบสมุนไพรแห้ง 150 กรัม", "herbal_compress_ball"), o("ลูกประคบสด ทำวันต่อวัน", "fresh_herbal_compress_ball")],
    [n("ผ้าขาวบางสำหรับห่อลูกประคบ", "muslin_cloth"), n("ไพลแห้ง ต้องมีตรารับรองเกษตรอินทรีย์", "dried_plai", req=(OT,))],
    certs=(FDA, "OTOP"),
    bcg=("bio",),
)
sme(
    52,
    "en",
    ALC,
    DOWN,
    "Bangkok",
    "Siam Herbal Compress Co., Ltd.",
    "export@siamcompress.com",
    [
        o("dry herbal compress balls, vacuum packed, 200 g", "herbal_compress_ball"),
        o("herbal steam sachets for sauna rooms", "herbal_steam_pack"),
    ],
    [
        n("ready-mixed compress herbs, 1 tonne a month", "compress_herb_mix"),
        n("cheesecloth squares", "muslin_cloth"),
        n("cotton string to tie the balls", "cotton_cord"),
    ],
    certs=(FDA, "ISO 9001"),
    bcg=("bio",),
)
sme(
    53,
    "th",
    ALI,
    DOWN,
    "Yasothon",
    "ลูกประคบบ้านทุ่งแต้",
    "lukprakob.tungtae@gmail.com",
    [o("ลูกประคบ 200 กรัม ห่อผ้าฝ้ายทอมือ", "herbal_compress_ball")],
    [n("ผ้าฝ้ายทอมือสีขาว หน้าแคบ", "handwoven_cotton_fabric"), n("ตะไคร้แห้ง", "dried_lemongrass")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    54,
    "en",
    ALI,
    DOWN,
    "Udon Thani",
    "Mon Khwan House",
    "monkhwan.house@gmail.com",
    [
        o("triangle cushion (mon khwan), 10 sections, kapok-filled", "triangle_cushion"),
        o("3-fold Thai floor mattress with kapok filling", "thai_massage_mattress"),
    ],
    [n("kapok floss", "kapok_fibre"), n("khit cloth for cushion covers", "khit_fabric")],
    certs=("OTOP",),
)
sme(
    55,
    "th",
    ALC,
    DOWN,
    "Ang Thong",
    "ที่นอนนวด อ่างทอง",
    "thinon.angthong@gmail.com",
    [o("ที่นอนนวดแผนไทย ยัดนุ่น พับ 3 ท่อน 90x200 ซม.", "thai_massage_mattress"), o("หมอนขวาน 6 ช่อง", "triangle_cushion")],
    [n("นุ่นสะอาด ไม่มีเมล็ด", "kapok_fibre"), n("ผ้าหุ้มเบาะ กันน้ำ เช็ดทำความสะอาดง่าย", "pvc_coated_fabric")],
)
sme(
    56,
    "en",
    ALC,
    DOWN,
    "Bangkok",
    "Massage Mat Studio",
    "studio@massagemat.co.th",
    [o("foldable massage mat, latex core, cotton cover", "massage_mat")],
    [n("natural latex sheets 5 cm", "latex_foam_sheet"), n("dyed cotton canvas in 10 colours", "dyed_cotton_fabric")],
)
sme(
    57,
    "th",
    ALC,
    MID,
    "Songkhla",
    "ยางพาราแปรรูป หาดใหญ่",
    "yang.hatyai@gmail.com",
    [o("แผ่นยางพาราธรรมชาติ หนา 2-5 ซม.", "latex_foam_sheet")],
    [],
    bcg=("bio",),
)
sme(
    58,
    "th",
    ALI,
    DOWN,
    "Maha Sarakham",
    "หมอนสมุนไพร บ้านหนองโน",
    "mon.nongno@gmail.com",
    [o("หมอนหนุนคอ ไส้สมุนไพรแห้ง", "herbal_pillow"), o("หมอนรองตาสมุนไพร", "eye_pillow")],
    [n("สมุนไพรผสมพร้อมใช้", "compress_herb_mix"), n("ผ้าฝ้ายย้อมคราม เนื้อนุ่ม ทำปลอกหมอน", "indigo_dyed_cotton_fabric")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    59,
    "en",
    HEMP,
    DOWN,
    "Chiang Mai",
    "Lanna Eye Pillows",
    "hello@lannaeyepillows.com",
    [o("rice and herb eye pillow, hemp cover", "eye_pillow"), o("aromatherapy sachets", "aromatherapy_pouch")],
    [n("hemp yardage or offcuts", "hemp_fabric"), u("dried lavender buds, 50 kg", "lavender: no grower in the set")],
)
sme(
    60,
    "th",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "ถุงหอมสมุนไพร ศาลายา",
    "thunghom.salaya@gmail.com",
    [o("ถุงหอมสมุนไพร ผ้าฝ้าย แขวนตู้เสื้อผ้า", "aromatherapy_pouch")],
    [n("น้ำมันหอมระเหยตะไคร้", "herbal_essential_oil"), n("ผิวมะกรูดแห้ง", "dried_kaffir_lime_peel")],
)
sme(
    61,
    "en",
    ALC,
    DOWN,
    "Bangkok",
    "Wai Spa Wear",
    "orders@waispawear.com",
    [
        o("Thai massage trousers and tops, free size", "thai_massage_clothes"),
        o("spa therapist uniforms", "spa_uniform"),
    ],
    [
        n("CMT partner for 2,000 sets a month", "cmt_sewing_service"),
        n("elastic for waistbands", "elastic_waistband_tape"),
        u("bamboo viscose jersey, OEKO-TEX", "bamboo viscose: no one offers it", req=(OEKO,)),
    ],
)
sme(
    62,
    "th",
    ALI,
    DOWN,
    "Kalasin",
    "ชุดนวดย้อมคราม กาฬสินธุ์",
    "chutnuat.kalasin@gmail.com",
    [o("ชุดนวดแผนไทย ผ้าฝ้ายย้อมคราม เสื้อ+กางเกง", "thai_massage_clothes")],
    [n("ผ้าครามแท้ ไม่ใช้สีเคมี", "indigo_dyed_cotton_fabric"), n("มีใครรับย้อมครามผ้าที่เราซื้อมาเองไหม", "indigo_dyeing_service")],
    bcg=("bio",),
)
sme(
    63,
    "en",
    SPORT,
    DOWN,
    "Bangkok",
    "FlexFit Uniforms",
    "sales@flexfit.co.th",
    [o("quick-dry spa uniforms, anti-odour", "spa_uniform"), o("yoga leggings and tops", "yoga_wear")],
    [
        n("wicking knit fabric, OEKO-TEX", "performance_knit_fabric", req=(OEKO,)),
        n("embroidered logos", "embroidery_service"),
    ],
)
sme(
    64,
    "th",
    ALC,
    DOWN,
    "Bangkok",
    "ผ้าขนหนูสปา บางกะปิ",
    "towel.bangkapi@gmail.com",
    [o("ผ้าขนหนูสปา 30x60 นิ้ว 16 ปอนด์ต่อโหล", "spa_towel"), o("เสื้อคลุมอาบน้ำ ผ้าขนหนู", "spa_bathrobe")],
    [n("ผ้าขนหนูเป็นม้วน ขายเป็นเมตร", "terry_towelling_fabric"), n("ปักชื่อโรงแรมบนผ้าขนหนู", "embroidery_service")],
)
sme(
    65,
    "en",
    ALC,
    DOWN,
    "Samut Prakan",
    "TowelPro Thailand",
    "sales@towelpro.co.th",
    [o("hotel & spa towels, 100% cotton, 600 gsm", "spa_towel"), o("waffle bathrobes", "spa_bathrobe")],
    [
        n("cotton yarn Ne 16, GOTS", "cotton_yarn", req=("GOTS",)),
        n("softening finish for towels", "textile_finishing_service"),
    ],
    certs=(OEKO,),
)
sme(
    66,
    "th",
    CIRC,
    DOWN,
    "Chiang Mai",
    "กระเป๋าผ้าย้อมคราม แม่ออน",
    "krapao.maeon@gmail.com",
    [o("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "cotton_bag")],
    [n("เศษผ้าฝ้ายชิ้นใหญ่จากโรงงาน", "cotton_cutting_waste")],
    bcg=("circular",),
)
sme(
    67,
    "en",
    ALC,
    DOWN,
    "Bangkok",
    "Green Amenity Supply",
    "buy@greenamenity.co.th",
    [
        o("cotton drawstring laundry bags for spas", "cotton_bag"),
        o("disposable spa slippers", "spa_slippers"),
        o("disposable nonwoven bed sheets", "disposable_bed_sheet"),
    ],
    [n("PP spunbond", "nonwoven_pp_fabric"), n("screen printing of our logo on bags", "screen_printing_service")],
)
sme(
    68,
    "th",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "น้ำมันนวดสมุนไพร นครชัยศรี",
    "namman.nakhonchaisi@gmail.com",
    [o("น้ำมันนวดไพล 450 มล.", "massage_oil"), o("ยาหม่องสมุนไพร", "herbal_balm")],
    [n("น้ำมันไพลสกัด", "herbal_essential_oil"), n("หัวไพลสด", "fresh_plai_rhizome")],
    certs=(FDA,),
    bcg=("bio",),
)
sme(
    69,
    "en",
    CIRC,
    DOWN,
    "Bangkok",
    "Rewoven Spa Linens",
    "hello@rewoven.co.th",
    [o("cleaning rags cut from used towels, 10 kg bales", "cleaning_rags"), o("recycled cotton bath mats", "bath_mat")],
    [n("retired hotel towels", "used_hotel_linen"), n("recycled cotton fabric", "recycled_cotton_fabric")],
    bcg=("circular",),
)

# ------------------------------------------------------------------ downstream: schools, spas, hotels, care homes

sme(
    70,
    "th",
    ALC,
    DOWN,
    "Bangkok",
    "โรงเรียนนวดแผนไทย ท่าเตียน",
    "school.thatian@gmail.com",
    [o("หลักสูตรนวดแผนไทย 30 ชั่วโมง", "thai_massage_course")],
    [
        n("ชุดนวดสำหรับนักเรียน 200 ชุด", "thai_massage_clothes"),
        n("เบาะนวดพื้น", "thai_massage_mattress", "massage_mat"),
        n("ลูกประคบใช้สอน ไม่ต้องมี อย.", "herbal_compress_ball", waive=(FDA,)),
    ],
)
sme(
    71,
    "en",
    ALC,
    DOWN,
    "Chiang Mai",
    "Old City Massage School",
    "info@oldcitymassage.com",
    [o("5-day Thai massage course with certificate", "thai_massage_course")],
    [
        n("floor mats for the training hall", "massage_mat", "thai_massage_mattress"),
        n("pha khao ma cloths for students", "pha_khao_ma_cloth"),
        u("GOTS organic muslin for compress classes", "no muslin maker holds GOTS", "muslin_cloth", req=("GOTS",)),
    ],
)
sme(
    72,
    "th",
    ALC,
    DOWN,
    "Phetchaburi",
    "เวลเนสรีสอร์ท ชะอำ",
    "wellness.chaam@gmail.com",
    [o("แพ็กเกจสปาพร้อมที่พัก", "spa_package")],
    [
        n("ผ้าขนหนูสปา ผ้าฝ้าย 100% ผ่านโอเคเท็กซ์", "spa_towel", req=(OEKO,)),
        n("ลูกประคบสด ส่งทุกวัน", "fresh_herbal_compress_ball"),
    ],
)
sme(
    73,
    "en",
    ALC,
    DOWN,
    "Phuket",
    "Andaman Wellness Resort",
    "purchasing@andamanwellness.com",
    [o("spa retreat packages", "spa_package")],
    [
        n("herbal compress, Thai FDA registered", "herbal_compress_ball", req=(FDA,)),
        n("pareo or sarong for spa guests", "spa_wrap_sarong"),
        u("basalt hot stones set", "hot stones: no one offers them"),
    ],
)
sme(
    74,
    "th",
    ALC,
    DOWN,
    "Chonburi",
    "โรงแรมริมหาด พัทยา",
    "purchase.rimhad@gmail.com",
    [o("ผ้าปูที่นอน ผ้าขนหนูเก่า ขายเหมาทุกไตรมาส", "used_hotel_linen")],
    [
        n("ผ้าถุงให้ลูกค้าเปลี่ยนตอนทำสปา", "spa_wrap_sarong"),
        n("ร้านซักผ้าสปา รับส่งถึงที่", "laundry_service"),
        n("หาโรงบดผ้าปูเก่าของโรงแรมเป็นเส้นใย", "textile_shredding_service"),
    ],
)
sme(
    75,
    "en",
    ALC,
    DOWN,
    "Bangkok",
    "CleanPress Spa Laundry",
    "ops@cleanpress.co.th",
    [o("linen laundry for spas and hotels, daily pickup", "laundry_service")],
    [u("second-hand tunnel washer", "laundry machinery: no one sells it")],
    certs=("ISO 9001", "Thai Green Label"),
    bcg=("green",),
)
sme(
    76,
    "th",
    ALC,
    DOWN,
    "Chonburi",
    "ซักอบรีด ศรีราชา",
    "sak.sriracha@gmail.com",
    [o("รับซักผ้าขนหนู ผ้าปู ร้านนวด คิดกิโลละ 35 บาท", "laundry_service")],
    [n("ถุงผ้ามีเชือกรูด ใส่ผ้าซัก", "cotton_bag")],
)
sme(
    77,
    "en",
    ALI,
    DOWN,
    "Khon Kaen",
    "Golden Age Care Home",
    "admin@goldenagecare.co.th",
    [],
    [
        n("mattresses for massage sessions", "thai_massage_mattress"),
        n("visiting Thai massage therapist, twice weekly", "massage_outcall_service"),
        u("adult incontinence pads", "no one offers hygiene products"),
    ],
)
sme(
    78,
    "th",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "บ้านพักผู้สูงอายุ สุขใจ",
    "sukjai.elderly@gmail.com",
    [],
    [
        n("หมอนสมุนไพรสำหรับผู้สูงอายุ ไม่จำเป็นต้องมี OTOP", "herbal_pillow", waive=("OTOP",)),
        n("ลูกประคบเข่า", "herbal_compress_ball"),
        u("หมอนอิงผ้าไหม ตรานกยูงพระราชทาน", "no silk goods in the set", req=("Thai Silk Peacock Emblem",)),
    ],
)
sme(
    79,
    "en",
    ALC,
    DOWN,
    "Bangkok",
    "Lotus Day Spa",
    "manager@lotusdayspa.com",
    [o("outcall Thai massage for homes and care homes", "massage_outcall_service")],
    [
        n("therapist uniforms with mandarin collar", "spa_uniform"),
        n("unscented massage oil base", "massage_oil"),
        u("bamboo massage sticks", "no one offers massage tools"),
    ],
)
sme(
    80,
    "th",
    ALC,
    DOWN,
    "Chiang Mai",
    "ล้านนาสปา",
    "lanna.spa@gmail.com",
    [o("บริการนวดนอกสถานที่ ไปนวดถึงบ้าน", "massage_outcall_service")],
    [n("กางเกงเลใส่นวด", "thai_massage_clothes"), n("ถุงหอม OTOP ไม่บังคับ", "aromatherapy_pouch", waive=("OTOP",))],
)
sme(
    81,
    "en",
    HEMP,
    DOWN,
    "Chiang Mai",
    "Hemp Spa Wear CM",
    "hi@hempspawear.com",
    [o("hemp sarongs and spa wraps", "spa_wrap_sarong")],
    [n("GOTS-certified hemp fabric", "hemp_fabric", req=("GOTS",))],
    bcg=("bio",),
)
sme(
    82,
    "th",
    ALI,
    DOWN,
    "Surin",
    "ผ้าถุงผ้าขาวม้า สุรินทร์",
    "phathung.surin@gmail.com",
    [o("ผ้าถุงสำเร็จ ใส่สปา", "spa_wrap_sarong"), o("ผ้าขาวม้าฝ้าย", "pha_khao_ma_cloth")],
    [u("ผ้าฝ้ายพิมพ์ลายปาเต๊ะ", "printed batik-style cotton: no printer of cloth in the set")],
)
sme(
    83,
    "en",
    ALC,
    DOWN,
    "Krabi",
    "Krabi Mangrove Retreat",
    "stay@krabimangrove.com",
    [],
    [
        n("pha khao ma cloths for guests", "pha_khao_ma_cloth"),
        n("eye pillows for the yoga deck", "eye_pillow"),
        u("GOTS organic cotton towels", "no towel maker holds GOTS", "spa_towel", req=("GOTS",)),
    ],
)
sme(
    84,
    "th",
    SPORT,
    DOWN,
    "Bangkok",
    "ฟิตเนสแอนด์สปา อโศก",
    "fitspa.asoke@gmail.com",
    [],
    [u("ผ้าเย็นไมโครไฟเบอร์", "microfibre cooling towels: no one offers them"), n("ยูนิฟอร์มพนักงาน ผ้าแห้งเร็ว", "spa_uniform")],
)
sme(
    85,
    "en",
    ALC,
    DOWN,
    "Samut Songkhram",
    "Riverside Elderly Day Centre",
    "care@riversideday.org",
    [],
    [
        n("fresh hot compress, delivered weekly", "fresh_herbal_compress_ball"),
        n("herbal neck pillows, no OTOP needed", "herbal_pillow", waive=("OTOP",)),
        u("wheelchair seat cushions", "no one offers them"),
    ],
)
sme(
    86,
    "th",
    ALC,
    DOWN,
    "Bangkok",
    "ร้านของฝากสปาไทย สีลม",
    "shop.silom@gmail.com",
    [o("ขายปลีกผลิตภัณฑ์สปาไทย", "spa_retail")],
    [n("หมอนสมุนไพร ติดตรา OTOP", "herbal_pillow", req=("OTOP",)), n("ยาหม่อง", "herbal_balm")],
)
sme(
    87,
    "en",
    CIRC,
    DOWN,
    "Bangkok",
    "Second Life Uniform Lab",
    "lab@secondlifeuniform.com",
    [o("upcycled tote bags from old uniforms", "cotton_bag")],
    [n("used staff uniforms", "used_uniforms")],
    bcg=("circular",),
)
sme(
    88,
    "th",
    ALI,
    DOWN,
    "Nong Khai",
    "โฮมสเตย์สปาริมโขง",
    "riverside.nongkhai@gmail.com",
    [o("นวดแผนไทย อบสมุนไพร", "spa_package")],
    [n("ผ้าซิ่นฝ้าย ให้แขกนุ่งตอนอบสมุนไพร", "spa_wrap_sarong"), n("ที่นอนนวด", "thai_massage_mattress")],
)
sme(
    89,
    "en",
    SPORT,
    DOWN,
    "Chonburi",
    "Sports Recovery Clinic",
    "clinic@sportsrecovery.co.th",
    [o("sports massage and recovery sessions", "sports_massage_session")],
    [
        u("fitted vinyl massage-table covers", "only PVC cloth by the metre is offered, not finished covers"),
        n("moisture-wicking fabric for staff shirts", "performance_knit_fabric"),
    ],
)
sme(
    90,
    "th",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "ศูนย์ดูแลผู้สูงอายุ กรุงเก่า",
    "care.krungkao@gmail.com",
    [],
    [
        n("ผ้าปูเตียงนวด แบบใช้แล้วทิ้ง", "disposable_bed_sheet"),
        n("บริการซักผ้าปูที่นอน ผ้าขนหนู", "laundry_service"),
        u("เต็นท์อบไอน้ำสมุนไพร", "herbal steam tent: no one offers it"),
    ],
)
sme(
    91,
    "en",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "Hua Hin Spa Hotel",
    "spa@huahinspahotel.com",
    [],
    [
        n("Thai massage outfits, OEKO-TEX not required", "thai_massage_clothes", waive=(OEKO,)),
        n("spa towels", "spa_towel"),
    ],
)
sme(
    92,
    "th",
    HEMP,
    UP,
    "Chiang Rai",
    "กลุ่มม้งปั่นด้ายกัญชง ดอยแม่สลอง",
    "kanchong.maesalong@gmail.com",
    [o("ด้ายกัญชงเข็นมือ", "hemp_yarn")],
    [n("เปลือกกัญชงลอกแล้ว", "hemp_fibre")],
    bcg=("bio",),
)
sme(
    93,
    "th",
    SPORT,
    DOWN,
    "Buriram",
    "ร้านนวดนักกีฬา บุรีรัมย์",
    "nuat.buriram@gmail.com",
    [o("นวดนักกีฬา คลายกล้ามเนื้อ", "sports_massage_session")],
    [n("น้ำมันนวดคลายกล้ามเนื้อ", "massage_oil"), n("ย้อมผ้าขนหนูขาวเก่าของร้านให้เป็นสีน้ำตาล", "fabric_dyeing_service")],
)
sme(
    94,
    "en",
    CIRC,
    DOWN,
    "Pathum Thani",
    "Refill Bedding Works",
    "works@refillbedding.com",
    [o("floor cushions filled with recycled fibre", "floor_cushion")],
    [
        n("GRS recycled cotton fibre for filling", "recycled_cotton_fibre", req=("GRS",)),
        n("unbleached cotton for inner mattress casings", "cotton_calico_cloth"),
    ],
    bcg=("circular",),
)
sme(
    95,
    "th",
    HEMP,
    DOWN,
    "Mae Hong Son",
    "ปาย เวลเนส รีทรีต",
    "pai.wellness@gmail.com",
    [o("ห้องสปา อบสมุนไพร โยคะ", "spa_package")],
    [
        n("ผ้าใยกัญชงทอมือ ทำผ้าคลุมไหล่ให้แขก", "hemp_fabric"),
        n("หมอนรองตา", "eye_pillow"),
        u("เสื่อกกจันทบูร", "reed mats: no one offers them"),
    ],
)

# ------------------------------------------------------------------ links

ID_RE = re.compile(r"^bsz-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def certs_of(sme_: Sme) -> frozenset[str]:
    return canonical_certifications(sme_.certifications)


def qualified(need: Need, buyer: Sme) -> list[Sme]:
    """The SMEs other than `buyer` with an offer carrying one of the need's labels and every required cert."""
    return [
        s
        for s in SMES
        if s.id != buyer.id and any(offer.label in need.labels for offer in s.offers) and set(need.req) <= certs_of(s)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs if not need.unmet for s in qualified(need, b)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks


def _mentioned(cert: str, text: str) -> bool:
    c = next(c for c in CERTIFICATIONS if c.name == cert)
    key = unicodedata.normalize("NFKC", text).casefold()
    words = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", w).casefold() in key for w in words)


def _phrase_ok(text: str, lang: str) -> bool:
    if not text.strip() or text != text.strip():
        return False
    if lang == "en":
        return not THAI_CHAR.search(text) and all(ord(ch) < 0x250 for ch in text if ch.isalpha())
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai >= 2 * latin and thai > 0


def check(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if ids != [f"bsz-{i:03d}" for i in range(1, 96)]:
        errors.append("ids are not bsz-001 ... bsz-095 in order")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if s.sub_cluster not in {m.value for m in SubCluster}:
            errors.append(f"{where}: bad sub_cluster")
        if s.stage not in {m.value for m in Stage}:
            errors.append(f"{where}: bad stage")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if any(tag not in {m.value for m in BcgTag} for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            errors.append(f"{where}: needs 1-3 offers or needs")
        for text in (s.name, *(x.text for x in s.offers), *(x.text for x in s.needs)):
            if not _phrase_ok(text, s.language):
                errors.append(f"{where}: phrase not in {s.language}: {text!r}")
        if len({x.text for x in s.offers} | {x.text for x in s.needs}) != len(s.offers) + len(s.needs):
            errors.append(f"{where}: repeated phrase")
        for need in s.needs:
            tag = f"{where} need {need.text!r}"
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{tag}: label {label} offered by no one else")
            if not need.unmet and not need.labels:
                errors.append(f"{tag}: met need without labels")
            found = find_certifications(need.text)
            for cert in (*need.req, *need.waive):
                if resolve_certification(cert) != cert:
                    errors.append(f"{tag}: {cert!r} is not a canonical certification")
                if not _mentioned(cert, need.text):
                    errors.append(f"{tag}: {cert} not named in the text")
            if set(need.req) != found:
                errors.append(f"{tag}: text asks for {sorted(found)}, labelled {sorted(need.req)}")
            if set(need.waive) & found:
                errors.append(f"{tag}: waived certification reads as required")
            suppliers = qualified(need, s)
            if need.unmet and suppliers:
                errors.append(f"{tag}: marked unmet but met by {[x.id for x in suppliers]}")
            if not need.unmet and not suppliers:
                errors.append(f"{tag}: no qualified supplier")
    if any(a == b for a, b in links):
        errors.append("self link")
    th_share = sum(s.language == "th" for s in SMES) / len(SMES)
    if not 0.50 <= th_share <= 0.60:
        errors.append(f"Thai share {th_share:.2f} outside 0.50-0.60")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, want 160-180")
    lang = {s.id: s.language for s in SMES}
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language share {cross / len(links):.2f} outside 0.40-0.60")
    unmet = sum(bool(x.unmet) for s in SMES for x in s.needs)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} unmet needs, want about 20")
    met_counts = [len(qualified(x, s)) for s in SMES for x in s.needs if not x.unmet]
    if met_counts and sum(1 <= c <= 3 for c in met_counts) / len(met_counts) < 0.7:
        errors.append("fewer than 70 % of met needs are met by 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    obj: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [x.text for x in s.offers],
        "needs": [x.text for x in s.needs],
    }
    if s.certifications:
        obj["certifications"] = list(s.certifications)
    if s.bcg:
        obj["bcg"] = list(s.bcg)
    obj["contact_email"] = s.email
    obj["language"] = s.language
    return json.dumps(obj, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buf.getvalue()


def counts_table(links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = []
    th = sum(s.language == "th" for s in SMES)
    rows.append(("profiles", str(len(SMES))))
    rows.append(("Thai / English profiles", f"{th} / {len(SMES) - th}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in SMES))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows.append(("distinct provinces", str(len({resolve_province(s.province) for s in SMES}))))
    offers = [x for s in SMES for x in s.offers]
    needs = [(s, x) for s in SMES for x in s.needs]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({x.label for x in offers}))))
    rows.append(("needs", str(len(needs))))
    unmet = sum(bool(x.unmet) for _, x in needs)
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(x.req) for _, x in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(x.waive) for _, x in needs))))
    met = Counter(len(qualified(x, s)) for s, x in needs if not x.unmet)
    spread = ", ".join(f"{k}: {v}" for k, v in sorted(met.items()))
    rows.append(("met needs by number of qualified suppliers", spread))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.1%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    diff = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows.append(("links between different sub-clusters", str(diff)))
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# eval/blind_plain_spa: spa and massage, plain registry wording

A hand-labelled test set for the partner matchmaker. It checks how well the matcher finds the true
supplier-buyer pairs among 95 SMEs of the Health and Wellness Economy cluster whose offers and needs
are written as short registry phrases, in Thai and English, in wording the matcher has never seen.

The theme is spa and massage: Thai herbal compress balls and the muslin, cotton string and dried herbs
they are made from, herbal and eye pillows, kapok massage mattresses and triangle cushions, Thai massage
clothes, sarongs and pha khao ma, spa towels and robes, aromatherapy pouches, spa uniforms, laundries,
massage schools, wellness resorts, day spas, hotels and care homes, plus the ordinary upstream and
midstream suppliers (fibre, yarn, cloth, dyeing, sewing, trims, textile waste).

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff settings. The
writer did not see the matcher, its glossary, its tests, other evaluation sets or the project's data.

Offers and needs are one short phrase each, 0-3 per SME. The same kind of goods is written in many ways
(local and regional names, trade words, abbreviations, with and without sizes, prices and minimum
orders), and a need is worded differently from the offers that meet it, often in the other language.
Hard but fair cases are included on purpose: a service versus the goods it works on (indigo dyeing of the
customer's cloth versus indigo-dyed cloth, sewing for others versus finished garments, toll shredding
versus recycled fibre, kapok fluffing of the customer's pods versus kapok floss); waste and used goods
versus new; raw versus processed (kapok pods versus floss, fresh versus dried plai, cotton lint versus
yarn, hemp bast versus yarn, PVC cloth by the metre versus finished table covers); finished goods
described by material or technique (a compress ball wrapped in handwoven cotton is a compress ball);
needs written as a wish, a bare noun phrase or a question; a refusal ("no chemical dye"); needs that
require a named certification and needs that name one only to waive it; and needs that no one meets.

## How a link is decided

Every offer carries a label that says what the thing is (for example `indigo_dyed_cotton_fabric`
versus `indigo_dyeing_service`). Every need lists the labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true
link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier's certifications hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_spa/write.py

The script checks the data first (ids, contract fields, provinces and certifications resolve through
`shared.taxonomy`, every listed label is offered by someone other than the buyer, every met need has a
qualified supplier and every unmet one has none, required and waived certifications are named in the
need's text, Thai phrases are mostly Thai letters and English ones Latin only, size targets) and writes
nothing if a check fails. Two runs give identical bytes.

## Files

- `write.py`: all data, labels, checks and the writer.
- `profiles.jsonl`: 95 profiles `bsz-001` ... `bsz-095` in the contract's format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    links = true_links()
    errors = check(links)
    if errors:
        for error in errors:
            print("CHECK FAILED:", error, file=sys.stderr)
        return 1
    table = counts_table(links)
    outputs = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": README + table,
    }
    for name, text in outputs.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
