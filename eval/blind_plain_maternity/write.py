"""Write the hand-labelled maternity and nursing wear evaluation set (profiles.jsonl, links.csv, README.md).

Run from the repository root: .venv/bin/python eval/blind_plain_maternity/write.py
Every offer carries a label that says what the thing is; every need lists the labels that would meet it and
the certifications its text requires, or is marked as met by no one. Labels live only in this file.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PREFIX = "bma"
SIZE = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE = (0.50, 0.60)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


def N(text: str, labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` (space-separated) from a supplier holding `req`."""
    return Need(text, tuple(labels.split()), req, waive)


def U(text: str, note: str, labels: str = "", req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say what would have met it, if anything."""
    return Need(text, tuple(labels.split()), req, unmet=note)


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    slug: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


HEMP, CIRC, SPORT, CENTRAL, ISAN = (
    "hemp_natural_fibre",
    "circular_textile",
    "sportech",
    "ageing_lifestyle_central",
    "ageing_lifestyle_isan",
)
UP, MID, DOWN = "upstream", "midstream", "downstream"

OT, GOTS, OEKO, GRS, OCS = "Organic Thailand", "GOTS", "OEKO-TEX Standard 100", "GRS", "OCS"
OTOP, ISO13485, FDA, TIS = "OTOP", "ISO 13485", "Thai FDA", "Thai Industrial Standard"

# ------------------------------------------------------------------ upstream: fibre, yarn, waste, dye stuff
PART_1 = (
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาดี",
        HEMP,
        UP,
        "Loei",
        "nadeecotton",
        offers=(
            ("ฝ้ายดิบอินทรีย์ทั้งปุย ยังไม่อีดเมล็ด ขายเป็นกิโล", "organic_raw_cotton"),
            ("ฝ้ายเข็นมือสีขาวนวล ม้วนละครึ่งกิโล", "handspun_cotton_yarn"),
        ),
        needs=(U("เครื่องอีดฝ้ายแบบมือหมุน 2 เครื่อง", "a machine; no one in the set sells tools"),),
        certs=(OT,),
        bcg=("bio",),
    ),
    Sme(
        2,
        "en",
        "Doi Pui Hemp Fibre Collective",
        HEMP,
        UP,
        "Chiang Mai",
        "doipuihemp",
        offers=(
            ("retted hemp bast, 50 kg lots", "hemp_fibre"),
            ("hand-spliced hemp thread, natural grey", "hemp_yarn"),
        ),
        bcg=("bio",),
    ),
    Sme(
        3,
        "th",
        "บริษัท สยามคอตตอนสปินนิ่ง จำกัด",
        HEMP,
        UP,
        "Nakhon Pathom",
        "siamcottonspin",
        offers=(
            ("ด้ายฝ้ายหวี Ne 30/1 สำหรับงานถัก", "cotton_yarn"),
            ("ด้ายฝ้ายออร์แกนิกได้ GOTS ขั้นต่ำ 500 กก.", "organic_cotton_yarn"),
        ),
        needs=(N("ปุยฝ้ายอินทรีย์ ต้องมีใบรับรองเกษตรอินทรีย์", "organic_raw_cotton", req=(OT,)),),
        certs=(GOTS, OEKO),
    ),
    Sme(
        4,
        "en",
        "Bangplee Bamboo Yarn Co., Ltd.",
        HEMP,
        UP,
        "Samut Prakan",
        "bangpleebamboo",
        offers=(("bamboo viscose yarn 40s ring spun", "bamboo_viscose_yarn"),),
        certs=(OEKO,),
    ),
    Sme(
        5,
        "th",
        "ร้านรับซื้อเศษผ้าเจ๊นิด",
        CIRC,
        UP,
        "Samut Sakhon",
        "jenidscrap",
        offers=(("เศษผ้ายืดคัดสีแล้ว อัดก้อนละ 50 โล", "fabric_cutting_waste"),),
        needs=(N("รับซื้อเศษผ้าจากห้องตัด ทุกสีทุกขนาด ให้ราคาดี", "fabric_cutting_waste"),),
        bcg=("circular",),
    ),
    Sme(
        6,
        "en",
        "Mahachai Fibre Regeneration Co., Ltd.",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachaifibre",
        offers=(
            ("GRS recycled cotton fibre opened from pre-consumer scraps", "recycled_cotton_fibre"),
            ("Ne 12 open-end yarn, 60% recycled cotton", "recycled_cotton_yarn"),
        ),
        needs=(N("pre-consumer cutting scraps, cotton-rich, baled", "fabric_cutting_waste"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        7,
        "th",
        "โกดังเสื้อผ้ามือสองโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "rongkluabale",
        offers=(
            ("เสื้อผ้ามือสองเป็นกระสอบ คละเกรด กระสอบละ 45 กิโล", "used_clothing_bales"),
            ("ชุดคนท้องมือสอง คัดเกรดเอ แยกไซซ์", "used_maternity_clothing"),
        ),
        needs=(U("ถุงพลาสติกใสใส่เสื้อผ้า ขนาด 12x18 นิ้ว", "packaging; no one offers bags for goods"),),
        bcg=("circular",),
    ),
    Sme(
        8,
        "en",
        "Sakon Indigo Growers Group",
        HEMP,
        UP,
        "Sakon Nakhon",
        "sakonindigo",
        offers=(("fermented Indigofera paste, 20 kg buckets", "indigo_paste"),),
        bcg=("bio",),
    ),
    Sme(
        9,
        "th",
        "กลุ่มปลูกครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "donkoiindigo",
        offers=(
            ("เนื้อครามเปียกหมักเอง กิโลละ 180 บาท", "indigo_paste"),
            ("ครั่งแห้งกับเปลือกมะพูด ไว้ย้อมสี", "natural_dye_material"),
        ),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    Sme(
        10,
        "th",
        "สวนนุ่นลุงเปลี่ยน",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "lungpliankapok",
        offers=(("นุ่นแท้ดีดแล้ว สำหรับยัดหมอน กระสอบละ 10 กก.", "kapok_fibre"),),
        bcg=("bio",),
    ),
    Sme(
        11,
        "en",
        "Lamphun Spinning Mill",
        HEMP,
        UP,
        "Lamphun",
        "lamphunspin",
        offers=(
            ("carded cotton yarn Ne 20 on cones", "cotton_yarn"),
            ("OCS organic cotton yarn 30s", "organic_cotton_yarn"),
        ),
        needs=(N("raw cotton lint, 10 tonnes a season", "raw_cotton organic_raw_cotton"),),
        certs=(OCS,),
    ),
    Sme(
        12,
        "th",
        "กลุ่มแม่บ้านม้งเข็นใยกัญชง",
        HEMP,
        UP,
        "Tak",
        "hmonghempthread",
        offers=(("ใยกัญชงลอกมือ ตากแห้งแล้ว", "hemp_fibre"), ("เส้นกัญชงต่อมือ ม้วนละ 1 กก.", "hemp_yarn")),
        bcg=("bio",),
    ),
    Sme(
        13,
        "en",
        "EastPET Yarn Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "eastpetyarn",
        offers=(("rPET filament 75D from bottles, GRS", "recycled_polyester_yarn"),),
        needs=(U("clear PET bottle flakes, 20 t per month", "no one in the set sells bottle flakes"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        14,
        "th",
        "กลุ่มฝ้ายเข็นมือบ้านโนนสวรรค์",
        HEMP,
        UP,
        "Roi Et",
        "nonsawanfai",
        offers=(("ฝ้ายเข็นมือ ฝ้ายพื้นบ้านอีสาน เส้นใหญ่", "handspun_cotton_yarn"),),
        needs=(N("ปุยฝ้ายดิบ ไม่ต้องเป็นอินทรีย์ก็ได้", "raw_cotton organic_raw_cotton"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    Sme(
        15,
        "en",
        "Second Cradle Baby Gear Reclaim",
        CIRC,
        UP,
        "Nonthaburi",
        "secondcradle",
        offers=(
            ("pre-loved baby carriers, cleaned and checked", "used_baby_carriers"),
            ("used maternity dresses sold by the kilo", "used_maternity_clothing"),
        ),
        bcg=("circular",),
    ),
    Sme(
        16,
        "en",
        "Map Ta Phut Elastane Trading",
        SPORT,
        UP,
        "Rayong",
        "mtpelastane",
        offers=(("spandex bare yarn 40D and 70D", "spandex_yarn"),),
    ),
    Sme(
        17,
        "th",
        "ไร่ฝ้ายลุงสมหมาย",
        HEMP,
        UP,
        "Phetchabun",
        "somchaifarm",
        offers=(("ปุยฝ้ายหีบเมล็ดแล้ว ฝ้ายไร่ธรรมดา", "raw_cotton"),),
    ),
    Sme(
        18,
        "en",
        "Nan Brown Cotton Spinners",
        HEMP,
        UP,
        "Nan",
        "nanbrowncotton",
        offers=(
            ("hand-spun naturally brown cotton (fai tun)", "handspun_cotton_yarn"),
            ("ginned brown cotton from our own fields", "raw_cotton"),
        ),
        bcg=("bio",),
    ),
    Sme(
        19,
        "th",
        "ร้านผ้าค้างสต็อกโรงงาน ขอนแก่น",
        CIRC,
        UP,
        "Khon Kaen",
        "kkdeadstock",
        offers=(("ผ้าพับค้างสต็อกจากโรงงาน ผ้าใหม่ ขายยกม้วน", "deadstock_fabric"),),
        bcg=("circular",),
    ),
    Sme(
        20,
        "en",
        "Isan Herb Drying Co-op",
        ISAN,
        UP,
        "Ubon Ratchathani",
        "isanherbdry",
        offers=(("dried plai, turmeric and lemongrass mix for compress balls", "dried_compress_herbs"),),
        certs=(OT,),
        bcg=("bio",),
    ),
)

# ------------------------------------------------------------------ midstream: cloth, dyeing, sewing, trims
PART_2 = (
    Sme(
        21,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านไร่ไผ่งาม",
        HEMP,
        MID,
        "Chiang Mai",
        "raiphaingam",
        offers=(("ผ้าฝ้ายทอมือลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),),
        needs=(N("ฝ้ายเข็นมือ หรือด้ายฝ้ายเบอร์ 20", "handspun_cotton_yarn cotton_yarn"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    Sme(
        22,
        "en",
        "Phu Phan Indigo Studio",
        HEMP,
        MID,
        "Sakon Nakhon",
        "phuphanindigo",
        offers=(
            ("indigo-dyed handloom cotton, 90 cm wide", "indigo_dyed_cotton_fabric"),
            ("vat dyeing of your own cloth or garments in natural indigo", "indigo_dyeing_service"),
        ),
        needs=(
            N("natural indigo paste only - no synthetic indigo", "indigo_paste"),
            N("undyed handloom cotton in greige", "handwoven_cotton_fabric"),
        ),
        bcg=("bio",),
    ),
    Sme(
        23,
        "th",
        "โรงย้อมครามพังโคน",
        HEMP,
        MID,
        "Sakon Nakhon",
        "phangkhonindigo",
        offers=(("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),),
        needs=(N("ครามหมักจากต้นครามจริง เดือนละ 100 กิโล", "indigo_paste"),),
        bcg=("bio",),
    ),
    Sme(
        24,
        "en",
        "Siam Circular Knit Co., Ltd.",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "siamcircknit",
        offers=(
            ("single jersey, 100% cotton, 160 gsm", "cotton_jersey_fabric"),
            ("cotton/spandex 95/5 stretch jersey", "cotton_spandex_jersey_fabric"),
        ),
        needs=(
            N("combed cotton yarn 30s, 2 tonnes a month", "cotton_yarn organic_cotton_yarn"),
            N("elastane 40 denier for plating", "spandex_yarn"),
        ),
        certs=(OEKO,),
    ),
    Sme(
        25,
        "th",
        "โรงถักผ้าใยไผ่บางบ่อ",
        HEMP,
        MID,
        "Samut Prakan",
        "bangbobamboo",
        offers=(("ผ้ายืดใยไผ่เนื้อนุ่ม 180 แกรม", "bamboo_jersey_fabric"),),
        needs=(N("เส้นด้ายเรยอนจากไผ่ เบอร์ 40", "bamboo_viscose_yarn"),),
        certs=(OEKO,),
    ),
    Sme(
        26,
        "en",
        "GreenLoop Organic Knits",
        HEMP,
        MID,
        "Nakhon Pathom",
        "greenloopknits",
        offers=(("GOTS organic cotton interlock and jersey", "organic_cotton_jersey_fabric"),),
        needs=(N("organic cotton yarn with a GOTS transaction certificate", "organic_cotton_yarn", req=(GOTS,)),),
        certs=(GOTS,),
        bcg=("green",),
    ),
    Sme(
        27,
        "th",
        "ห้างหุ้นส่วนจำกัด เพาเวอร์เน็ตไทย",
        SPORT,
        MID,
        "Bangkok",
        "powernetthai",
        offers=(("ผ้าเพาเวอร์เน็ตยืดแรง สำหรับสเตย์และเข็มขัดพยุง", "power_mesh_fabric"),),
        needs=(N("เส้นใยสแปนเด็กซ์ 70 ดีเนียร์", "spandex_yarn"),),
    ),
    Sme(
        28,
        "en",
        "Krathum Baen Narrow Fabrics",
        SPORT,
        MID,
        "Samut Sakhon",
        "kbnarrow",
        offers=(
            ("knitted elastic band 25-50 mm, soft edge", "elastic_tape"),
            ("PP webbing 38 mm for straps", "webbing_strap"),
        ),
        needs=(
            N("bare elastane yarn", "spandex_yarn"),
            N("recycled polyester filament for webbing", "recycled_polyester_yarn"),
        ),
    ),
    Sme(
        29,
        "th",
        "ร้านอุปกรณ์ชุดชั้นในสำเพ็ง",
        CENTRAL,
        MID,
        "Bangkok",
        "sampenglingerie",
        offers=(
            ("ตะขอเปิดให้นม ตะขอสายบราแม่ลูกอ่อน แพ็ค 100 คู่", "nursing_bra_clips"),
            ("หัวล็อกพลาสติกสำหรับเป้อุ้มเด็ก", "carrier_buckles"),
        ),
        needs=(U("ลูกไม้ยืดขอบเสื้อใน ม้วนละ 50 หลา", "lace trim; no one offers lace"),),
    ),
    Sme(
        30,
        "en",
        "Chonburi Anodising Works",
        SPORT,
        MID,
        "Chonburi",
        "cbianodise",
        offers=(("anodised aluminium sling rings, load tested", "sling_rings"),),
    ),
    Sme(
        31,
        "th",
        "โรงทอผ้าสาลูขอนแก่น",
        ISAN,
        MID,
        "Khon Kaen",
        "kksaloo",
        offers=(("ผ้าสาลู ผ้าก๊อซสองชั้น เนื้อโปร่ง", "cotton_gauze_fabric"),),
        needs=(N("ด้ายฝ้ายเส้นเล็ก เบอร์ 40 ขึ้นไป", "cotton_yarn organic_cotton_yarn"),),
        certs=(OEKO,),
    ),
    Sme(
        32,
        "en",
        "Ratchaburi Laminating Co., Ltd.",
        SPORT,
        MID,
        "Ratchaburi",
        "rbrlaminate",
        offers=(("PUL waterproof knit, TPU laminated", "pul_waterproof_fabric"),),
        needs=(
            U(
                "polyester interlock base cloth to laminate, 1,000 m a month",
                "no one offers polyester knit cloth; rPET yarn is yarn, not cloth",
            ),
        ),
        certs=(OEKO,),
    ),
    Sme(
        33,
        "th",
        "โรงงานรับตัดเย็บบางบัวทอง",
        CENTRAL,
        MID,
        "Nonthaburi",
        "bbtsewing",
        offers=(
            ("รับเย็บชุดคลุมท้อง เสื้อให้นม ลูกค้าส่งผ้ามาเอง", "sewing_service"),
            ("เศษผ้าหลังตัด ขายเหมากระสอบ", "fabric_cutting_waste"),
        ),
        needs=(N("ยางยืดเอวกางเกง หน้า 1 นิ้ว", "elastic_tape"), N("ด้ายเย็บโพลีเอสเตอร์ เบอร์ 40/2", "sewing_thread")),
    ),
    Sme(
        34,
        "en",
        "Pattern House Bangkok",
        CENTRAL,
        MID,
        "Bangkok",
        "patternhousebkk",
        offers=(("maternity pattern making and size grading", "pattern_making_service"),),
    ),
    Sme(
        35,
        "th",
        "บ้านย้อมสีธรรมชาติแม่ริม",
        HEMP,
        MID,
        "Chiang Mai",
        "maerimdye",
        offers=(("รับย้อมสีธรรมชาติ ครั่ง ดาวเรือง เปลือกไม้ ผ้าของลูกค้า", "natural_dyeing_service"),),
        needs=(N("ครั่ง เปลือกประดู่ ใบหูกวาง แบบแห้ง", "natural_dye_material"),),
        bcg=("green",),
    ),
    Sme(
        36,
        "en",
        "Phrae Mor Hom Cloth",
        HEMP,
        MID,
        "Phrae",
        "phraemorhom",
        offers=(("mor hom cloth, cotton dyed with hom indigo", "indigo_dyed_cotton_fabric"),),
        needs=(N("fresh hom indigo paste", "indigo_paste"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    Sme(
        37,
        "th",
        "ร้านสกรีนเสื้อบางแค",
        CENTRAL,
        MID,
        "Bangkok",
        "bangkhaescreen",
        offers=(("รับสกรีนเสื้อ ทำ DTF ลงเสื้อสำเร็จ", "garment_printing_service"),),
    ),
    Sme(
        38,
        "en",
        "Korat Embroidery Service",
        ISAN,
        MID,
        "Nakhon Ratchasima",
        "koratembroidery",
        offers=(("computer embroidery of logos on uniforms and gowns", "embroidery_service"),),
        needs=(U("rayon embroidery thread in 200 colours", "no one sells embroidery thread"),),
    ),
    Sme(
        39,
        "th",
        "โรงงานเย็บผ้าเอ็มแอนด์เค มหาชัย",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "mkgarment",
        offers=(
            ("รับจ้างผลิตเสื้อผ้าคุณแม่ ตัดและเย็บ ขั้นต่ำ 300 ตัว", "sewing_service"),
            ("เศษผ้ายืดจากห้องตัด", "fabric_cutting_waste"),
        ),
        needs=(N("ผ้าเจอร์ซี่คอตตอน 100% สีพื้น", "cotton_jersey_fabric organic_cotton_jersey_fabric"),),
    ),
    Sme(
        40,
        "en",
        "Pathum Bamboo Terry Mills",
        HEMP,
        MID,
        "Pathum Thani",
        "pathumterry",
        offers=(("bamboo terry knit 300 gsm, very absorbent", "bamboo_terry_fabric"),),
        needs=(N("bamboo rayon spun yarn", "bamboo_viscose_yarn"),),
    ),
    Sme(
        41,
        "th",
        "กลุ่มทอผ้ากัญชงลำพูน",
        HEMP,
        MID,
        "Lamphun",
        "lamphunhemp",
        offers=(("ผ้าทอใยกัญชงผสมฝ้าย หน้า 70 ซม.", "hemp_fabric"),),
        needs=(
            U(
                "เส้นด้ายกัญชงที่ได้มาตรฐานเกษตรอินทรีย์เท่านั้น",
                "hemp yarn is offered, but no holder of Organic Thailand",
                labels="hemp_yarn",
                req=(OT,),
            ),
            N("ด้ายฝ้ายโรงงาน เบอร์ 20 ไว้ทำเส้นยืน", "cotton_yarn organic_cotton_yarn"),
        ),
        bcg=("bio",),
    ),
    Sme(
        42,
        "en",
        "Tak Hemp Batik Weavers",
        HEMP,
        MID,
        "Tak",
        "takhempbatik",
        offers=(("handloom hemp cloth, plain, 40 cm strips", "hemp_fabric"),),
        needs=(N("hand-spliced hemp thread", "hemp_yarn"),),
        bcg=("bio",),
    ),
    Sme(
        43,
        "th",
        "ร้านเจริญผ้ายืด พาหุรัด",
        CENTRAL,
        MID,
        "Bangkok",
        "charoenphayuet",
        offers=(
            ("ผ้ายืดคอตตอน 100% ขายส่งเป็นโล", "cotton_jersey_fabric"),
            ("ผ้าคอตตอนสแปนเด็กซ์ ยืด 4 ทาง", "cotton_spandex_jersey_fabric"),
            ("ผ้าเรยอนพิมพ์ลาย หน้า 60 นิ้ว", "rayon_fabric"),
        ),
    ),
    Sme(
        44,
        "en",
        "Bangna Digital Textile Print",
        CENTRAL,
        MID,
        "Samut Prakan",
        "bangnaprint",
        offers=(("digital printing on customer fabric, min 20 m", "fabric_printing_service"),),
    ),
    Sme(
        45,
        "th",
        "บริษัท รีคอตตอน นครปฐม จำกัด",
        CIRC,
        MID,
        "Nakhon Pathom",
        "recottonnp",
        offers=(("ผ้าทอจากฝ้ายรีไซเคิล ได้มาตรฐาน GRS", "recycled_cotton_fabric"),),
        needs=(N("ด้ายฝ้ายรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_cotton_yarn", req=(GRS,)),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        46,
        "en",
        "Chiang Rai Wrap Weavers",
        HEMP,
        MID,
        "Chiang Rai",
        "crwrapweavers",
        offers=(
            ("handloom cotton yardage", "handwoven_cotton_fabric"),
            ("diagonal-stretch woven wrap blanks, 4.6 m", "woven_wrap_fabric"),
        ),
        needs=(N("handspun cotton, undyed", "handspun_cotton_yarn"),),
        bcg=("bio",),
    ),
    Sme(
        47,
        "th",
        "ร้านด้ายและอุปกรณ์ตัดเย็บ ประตูน้ำ",
        CENTRAL,
        MID,
        "Bangkok",
        "pratunamtrims",
        offers=(
            ("ด้ายเย็บผ้าโพลีเอสเตอร์หลอดใหญ่ ทุกสี", "sewing_thread"),
            ("ยางยืดทอ ยางยืดถัก ทุกขนาด", "elastic_tape"),
        ),
    ),
    Sme(
        48,
        "en",
        "Samut Sakhon Foam Cups",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "sksfoamcups",
        offers=(("moulded foam bra cups, seamless", "bra_cup_foam"),),
    ),
    Sme(
        49,
        "th",
        "กลุ่มแม่บ้านรับเย็บผ้าบ้านหนองแวง",
        ISAN,
        MID,
        "Khon Kaen",
        "nongwaengsew",
        offers=(
            ("รับเย็บผ้าตามแบบ งานน้อยก็รับ", "sewing_service"),
            ("เศษผ้าฝ้ายเหลือจากงานเย็บ", "fabric_cutting_waste"),
        ),
    ),
    Sme(
        50,
        "en",
        "Chachoengsao Textile Finishing",
        SPORT,
        MID,
        "Chachoengsao",
        "ccsfinishing",
        offers=(("antibacterial and soft finishing on your greige goods", "antimicrobial_finishing_service"),),
        certs=("ISO 9001",),
    ),
    Sme(
        51,
        "th",
        "กลุ่มผ้าย้อมสีธรรมชาติบ้านนาข่า",
        ISAN,
        MID,
        "Udon Thani",
        "nakhadye",
        offers=(
            ("ผ้าฝ้ายย้อมแก่นขนุน เปลือกมะม่วง สีธรรมชาติ", "natural_dyed_cotton_fabric"),
            ("สีย้อมธรรมชาติแบบผง", "natural_dye_material"),
        ),
        needs=(N("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม", "handwoven_cotton_fabric"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    Sme(
        52,
        "en",
        "Nonthaburi Upcycle Atelier",
        CIRC,
        MID,
        "Nonthaburi",
        "nbupcycle",
        offers=(("remaking used clothes into new pieces for your brand", "upcycling_service"),),
        needs=(
            N("used maternity wear in bulk, any condition", "used_maternity_clothing"),
            N("second-hand clothing bales", "used_clothing_bales"),
        ),
        bcg=("circular",),
    ),
    Sme(
        53,
        "th",
        "บริษัท สปอร์ตเทค นิตติ้ง จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "sportechknit",
        offers=(("ผ้ายืดกระชับไนลอนสแปนเด็กซ์ สำหรับเลกกิ้ง", "compression_knit_fabric"),),
        needs=(
            N("ใยสแปนเด็กซ์ หลอดละ 1 กิโล", "spandex_yarn"),
            N("ด้ายรีไซเคิลจากขวดพลาสติก", "recycled_polyester_yarn"),
        ),
        certs=(OEKO,),
    ),
    Sme(
        54,
        "en",
        "Lopburi Hospital Textiles",
        CENTRAL,
        MID,
        "Lopburi",
        "lbhospitaltex",
        offers=(
            ("cotton-poly poplin for gowns and sheets", "poplin_fabric"),
            ("front-opening postnatal gowns, OEKO-TEX", "maternity_patient_gown"),
        ),
        needs=(N("cotton yarn Ne 40 for poplin weaving", "cotton_yarn organic_cotton_yarn"),),
        certs=(OEKO,),
    ),
)

# ------------------------------------------------------------------ downstream: garments, goods, shops, clinics
PART_3 = (
    Sme(
        55,
        "th",
        "แบรนด์มัมมี่ลุค",
        CENTRAL,
        DOWN,
        "Bangkok",
        "mommylook",
        offers=(("ชุดคลุมท้องผ้ายืด ใส่ได้ถึงหลังคลอด", "maternity_dress"), ("เสื้อซิปให้นม แขนสั้น", "nursing_top")),
        needs=(
            N("ผ้ายืดคอตตอนผสมสแปนเด็กซ์ หน้ากว้าง", "cotton_spandex_jersey_fabric"),
            N("มีโรงงานไหนรับเย็บชุดคลุมท้อง ขั้นต่ำ 100 ตัวบ้าง", "sewing_service"),
        ),
    ),
    Sme(
        56,
        "en",
        "Mae Ping Mama",
        HEMP,
        DOWN,
        "Chiang Mai",
        "maepingmama",
        offers=(
            ("wrap maternity dress in handwoven cotton", "maternity_dress"),
            ("indigo handwoven cotton hospital tote", "mommy_bag"),
        ),
        needs=(
            N("naturally dyed cotton cloth - no synthetic dye", "indigo_dyed_cotton_fabric natural_dyed_cotton_fabric"),
            N("indigo dip for our own cut panels", "indigo_dyeing_service"),
        ),
        bcg=("green",),
    ),
    Sme(
        57,
        "th",
        "บริษัท บราคุณแม่ จำกัด",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "brakhunmae",
        offers=(
            ("บราให้นมไร้โครง ผ้านุ่ม ผ่าน OEKO-TEX", "nursing_bra"),
            ("กางเกงในคนท้องเอวสูง ผ้าคอตตอน", "maternity_underwear"),
        ),
        needs=(
            N("ตะขอบราแบบเปิดให้นม", "nursing_bra_clips"),
            N("ฟองน้ำเสริมบราแบบขึ้นรูป", "bra_cup_foam"),
            U("โครงลวดเสื้อใน ไซซ์ 32-40", "underwire; no one offers it"),
        ),
        certs=(OEKO,),
    ),
    Sme(
        58,
        "en",
        "BumpBasket Online",
        CENTRAL,
        DOWN,
        "Bangkok",
        "bumpbasket",
        needs=(
            N("nursing bras M to XXL, 200 pcs", "nursing_bra"),
            N("washable breast pads", "reusable_breast_pads"),
            U("electric breast pumps", "not a textile; no one offers them"),
        ),
    ),
    Sme(
        59,
        "th",
        "ร้านแม่และเด็กน้องหนูช็อป",
        ISAN,
        DOWN,
        "Khon Kaen",
        "nongnooshop",
        needs=(
            N("ชุดคลุมท้องไซซ์ใหญ่", "maternity_dress"),
            N("กางเกงคนท้อง ปรับเอวได้", "maternity_trousers maternity_leggings"),
            N("หมอนให้นม ไม่ต้องมี มอก.", "nursing_pillow", waive=(TIS,)),
        ),
    ),
    Sme(
        60,
        "en",
        "Rattanakosin Women's Hospital",
        CENTRAL,
        DOWN,
        "Bangkok",
        "rtkwomenshosp",
        needs=(
            N("postnatal gowns with front opening, OEKO-TEX required", "maternity_patient_gown", req=(OEKO,)),
            N("disposable breast pads, 5,000 pairs a month", "disposable_breast_pads"),
            U("fitted sheets for delivery beds", "bed linen; no one offers it"),
        ),
    ),
    Sme(
        61,
        "th",
        "ศูนย์ดูแลแม่หลังคลอดบ้านสบาย",
        CENTRAL,
        DOWN,
        "Chiang Mai",
        "baansabaimom",
        offers=(("บริการอยู่ไฟ นวดประคบหลังคลอด", "postpartum_care_service"),),
        needs=(
            N("ลูกประคบสมุนไพรสด", "herbal_compress_ball"),
            N("ผ้าพันท้องแม่ลูกอ่อน แบบผูกเชือก", "postpartum_belly_wrap"),
        ),
    ),
    Sme(
        62,
        "en",
        "Songkhla Active Support",
        SPORT,
        DOWN,
        "Songkhla",
        "songkhlasupport",
        offers=(
            ("pregnancy belly support belt, breathable", "maternity_support_belt"),
            ("bengkung-style postpartum binder", "postpartum_belly_wrap"),
        ),
        needs=(N("powernet 220 gsm", "power_mesh_fabric"), N("50 mm elastic band for belts", "elastic_tape")),
    ),
    Sme(
        63,
        "th",
        "บริษัท แม่สบาย เมดิคอล จำกัด",
        SPORT,
        DOWN,
        "Pathum Thani",
        "maesabaimed",
        offers=(
            ("สเตย์รัดหน้าท้องหลังผ่าคลอด", "postpartum_belly_wrap"),
            ("เข็มขัดพยุงครรภ์ มีเลข อย.", "maternity_support_belt"),
        ),
        needs=(N("ผ้ายืดเพาเวอร์เน็ตสีเนื้อ", "power_mesh_fabric"), N("ยางยืดหน้ากว้าง 2 นิ้ว", "elastic_tape")),
        certs=(ISO13485, FDA),
    ),
    Sme(
        64,
        "en",
        "Ubon Ring Sling Studio",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "ubonsling",
        offers=(("ring slings in handwoven cotton", "baby_sling_wrap"),),
        needs=(
            N("Anyone supplying aluminium sling rings?", "sling_rings"),
            N("woven wrap cloth or handloom cotton, 70 cm wide", "woven_wrap_fabric handwoven_cotton_fabric"),
        ),
    ),
    Sme(
        65,
        "th",
        "เป้อุ้มเด็กแบรนด์กอดแม่",
        CENTRAL,
        DOWN,
        "Bangkok",
        "kodmaecarrier",
        offers=(("เป้อุ้มเด็กแบบฮิปซีท นั่งได้ 4 ท่า", "baby_carrier"),),
        needs=(
            N("หัวล็อกพลาสติกแบบเสียบ 38 มม.", "carrier_buckles"),
            N("สายกระเป๋าโพลีโพรพีลีน หน้า 1.5 นิ้ว", "webbing_strap"),
            U("ผ้าแคนวาสกันน้ำ 600D", "no one offers canvas"),
        ),
    ),
    Sme(
        66,
        "th",
        "สปาหลังคลอดอันดามัน",
        CENTRAL,
        DOWN,
        "Phuket",
        "andamanpostnatal",
        offers=(("นวดประคบหลังคลอด สปาคุณแม่", "spa_service"),),
        needs=(
            N("ลูกประคบสมุนไพร เดือนละ 300 ลูก", "herbal_compress_ball"),
            N("ผ้ามัดท้องแบบมลายู เบงกุง", "postpartum_belly_wrap"),
        ),
    ),
    Sme(
        67,
        "th",
        "ร้านแม่ยาใจ แผ่นซับน้ำนม",
        CIRC,
        DOWN,
        "Yala",
        "maeyajai",
        offers=(("แผ่นซับน้ำนมใยไผ่ ซักได้ 200 ครั้ง", "reusable_breast_pads"),),
        needs=(N("ผ้าขนหนูใยไผ่แบบผ้าถัก", "bamboo_terry_fabric"), N("ผ้ากันน้ำ PUL", "pul_waterproof_fabric")),
        bcg=("circular",),
    ),
    Sme(
        68,
        "en",
        "Samut Prakan Hygiene Products Co., Ltd.",
        CENTRAL,
        DOWN,
        "Samut Prakan",
        "spkhygiene",
        offers=(
            ("disposable breast pads, individually wrapped", "disposable_breast_pads"),
            ("disposable maternity briefs, mesh", "disposable_maternity_briefs"),
        ),
        needs=(U("SAP absorbent core sheets", "no one offers absorbent cores"),),
        certs=(FDA, ISO13485),
    ),
    Sme(
        69,
        "th",
        "คลินิกฝากครรภ์หมอสุนีย์ โคราช",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "drsuneeclinic",
        needs=(
            N("เข็มขัดพยุงครรภ์ ต้องมีเลข อย.", "maternity_support_belt", req=(FDA,)),
            N("ถุงน่องลดเส้นเลือดขอดสำหรับคนท้อง", "maternity_compression_stockings"),
        ),
    ),
    Sme(
        70,
        "en",
        "Little Lanna Muslin",
        HEMP,
        DOWN,
        "Chiang Rai",
        "littlelanna",
        offers=(
            ("muslin nursing covers with boned neckline", "nursing_cover"),
            ("double gauze swaddles 120 x 120 cm", "muslin_swaddle"),
        ),
        needs=(
            N("cotton gauze or saloo cloth", "cotton_gauze_fabric"),
            N("print our own pattern onto muslin", "fabric_printing_service"),
        ),
    ),
    Sme(
        71,
        "th",
        "หมอนหนุนคุณแม่ พิษณุโลก",
        CENTRAL,
        DOWN,
        "Phitsanulok",
        "mornkhunmae",
        offers=(("หมอนให้นมทรงพระจันทร์", "nursing_pillow"), ("หมอนคนท้องตัวยู ยาว 150 ซม.", "pregnancy_body_pillow")),
        needs=(
            N("นุ่นแท้ ไม่ผสมใยสังเคราะห์", "kapok_fibre"),
            N("ผ้าป็อปลินทำปลอกหมอน", "poplin_fabric"),
            U("เม็ดโฟมไมโครบีดส์ยัดหมอน", "no one offers microbead filling"),
        ),
    ),
    Sme(
        72,
        "en",
        "ReadySetBirth Bags",
        CENTRAL,
        DOWN,
        "Bangkok",
        "readysetbirth",
        offers=(("pre-packed hospital bags for mums", "mommy_bag"),),
        needs=(
            N("disposable postpartum underwear", "disposable_maternity_briefs"),
            N("breast pads, any kind", "disposable_breast_pads reusable_breast_pads"),
        ),
    ),
    Sme(
        73,
        "th",
        "กระเป๋าผ้าห้อมแม่ลำปาง",
        HEMP,
        DOWN,
        "Lampang",
        "maelampangbag",
        offers=(("กระเป๋าคุณแม่ ผ้าฝ้ายทอมือย้อมคราม", "mommy_bag"),),
        needs=(N("อยากได้ผ้าห้อมแท้จากแพร่", "indigo_dyed_cotton_fabric"),),
        certs=(OTOP,),
    ),
    Sme(
        74,
        "en",
        "Organic Bump Co.",
        HEMP,
        DOWN,
        "Nakhon Pathom",
        "organicbump",
        offers=(("GOTS organic maternity dresses", "maternity_dress"), ("GOTS organic nursing tees", "nursing_top")),
        needs=(
            N("organic jersey, GOTS certified only", "organic_cotton_jersey_fabric", req=(GOTS,)),
            N("CMT sewing, we supply the cloth", "sewing_service"),
        ),
        certs=(GOTS,),
        bcg=("green",),
    ),
    Sme(
        75,
        "th",
        "แอคทีฟมัม ชุดออกกำลังกายคนท้อง",
        SPORT,
        DOWN,
        "Rayong",
        "activemum",
        offers=(("เลกกิ้งคนท้อง เอวสูงคลุมท้อง", "maternity_leggings"), ("สปอร์ตบราให้นม เปิดให้นมได้", "nursing_bra")),
        needs=(N("ผ้าไลคร่าเนื้อแน่น สำหรับเลกกิ้ง", "compression_knit_fabric"),),
    ),
    Sme(
        76,
        "en",
        "Nonthaburi Compression Hosiery",
        SPORT,
        DOWN,
        "Nonthaburi",
        "nbhosiery",
        offers=(("maternity compression stockings 15-20 mmHg", "maternity_compression_stockings"),),
        needs=(N("elastane yarn 20D to 40D", "spandex_yarn"),),
        certs=(ISO13485,),
    ),
    Sme(
        77,
        "th",
        "บริษัท ห้างแม่และเด็กสยาม จำกัด",
        CENTRAL,
        DOWN,
        "Bangkok",
        "siammomdept",
        needs=(
            N("บราให้นม ต้องผ่าน OEKO-TEX", "nursing_bra", req=(OEKO,)),
            N("กางเกงชั้นในสำหรับคุณแม่ตั้งครรภ์", "maternity_underwear"),
            N("เป้อุ้มเด็ก มี มอก. ยิ่งดี", "baby_carrier", waive=(TIS,)),
        ),
    ),
    Sme(
        78,
        "th",
        "คลินิกสูตินรีเวช อุดร",
        ISAN,
        DOWN,
        "Udon Thani",
        "udonobgyn",
        needs=(
            N("ชุดคนไข้หลังคลอด", "maternity_patient_gown"),
            N("จ้างปักโลโก้บนชุดพนักงาน", "embroidery_service"),
            N("สเตย์หลังคลอด ต้องได้ ISO 13485", "postpartum_belly_wrap", req=(ISO13485,)),
        ),
    ),
    Sme(
        79,
        "th",
        "ร้านเสื้อผ้าคุณแม่มือสอง อรัญ",
        CIRC,
        DOWN,
        "Sa Kaeo",
        "aranmomused",
        offers=(("ขายชุดคลุมท้องมือสองออนไลน์", "used_maternity_clothing"),),
        needs=(
            N("รับซื้อชุดคลุมท้องมือสอง สภาพดี", "used_maternity_clothing"),
            N("เป้อุ้มมือสอง", "used_baby_carriers"),
        ),
        bcg=("circular",),
    ),
    Sme(
        80,
        "en",
        "Andaman Mama Online",
        CENTRAL,
        DOWN,
        "Krabi",
        "andamanmama",
        needs=(
            N("ring slings or wraps, GOTS nice to have", "baby_sling_wrap", waive=(GOTS,)),
            N("nursing covers", "nursing_cover"),
            U("maternity swimsuits", "no one makes swimwear"),
        ),
    ),
    Sme(
        81,
        "th",
        "กลุ่มผ้าทอมือบ้านท่าสว่าง",
        ISAN,
        DOWN,
        "Surin",
        "thasawangweave",
        offers=(("ชุดคลุมท้องผ้าฝ้ายทอมือ ตัดเย็บเอง", "maternity_dress"),),
        needs=(N("รับย้อมสีธรรมชาติผ้าที่เราทอเอง", "natural_dyeing_service indigo_dyeing_service"),),
        certs=(OTOP,),
    ),
    Sme(
        82,
        "en",
        "FeedEasy Apparel",
        CENTRAL,
        DOWN,
        "Bangkok",
        "feedeasy",
        offers=(("zip-access breastfeeding tops", "nursing_top"),),
        needs=(
            N("bamboo jersey 180-200 gsm", "bamboo_jersey_fabric"),
            N("screen printing on finished tees", "garment_printing_service"),
            U("YKK invisible zippers 20 cm", "no one sells zippers"),
        ),
    ),
    Sme(
        83,
        "th",
        "ร้านชุดมุสลิมะห์คุณแม่ หาดใหญ่",
        CENTRAL,
        DOWN,
        "Songkhla",
        "hatyaimuslimah",
        offers=(("ชุดคลุมท้องมุสลิมะห์ ผ้าเรยอน", "maternity_dress"), ("เสื้อให้นมแขนยาว คลุมสะโพก", "nursing_top")),
        needs=(N("ผ้าเรยอนเนื้อพลิ้ว", "rayon_fabric"), U("ผ้าไหมแท้สำหรับชุดออกงาน", "no one offers silk")),
    ),
    Sme(
        84,
        "en",
        "Chonburi Rescue Fabric Studio",
        CIRC,
        DOWN,
        "Chonburi",
        "rescuefabric",
        offers=(("nursing covers made from rescued fabric", "nursing_cover"),),
        needs=(N("deadstock fabric rolls, new only, no offcuts", "deadstock_fabric"),),
        bcg=("circular",),
    ),
    Sme(
        85,
        "th",
        "กลุ่มแม่บ้านผ้าพันท้องบ้านหนองโน",
        ISAN,
        DOWN,
        "Maha Sarakham",
        "nongnowrap",
        offers=(
            ("ผ้าพันท้องหลังคลอด ผ้าฝ้ายทอมือ", "postpartum_belly_wrap"),
            ("ลูกประคบสมุนไพร ไพล ขมิ้น ตะไคร้", "herbal_compress_ball"),
        ),
        needs=(
            N("สมุนไพรแห้งสำหรับทำลูกประคบ", "dried_compress_herbs"),
            N("ฝ้ายเข็นมือ มี OTOP ยิ่งดี", "handspun_cotton_yarn", waive=(OTOP,)),
        ),
        certs=(OTOP,),
    ),
    Sme(
        86,
        "th",
        "กล่องคุณแม่บัมพ์บ็อกซ์",
        CENTRAL,
        DOWN,
        "Bangkok",
        "bumpboxth",
        needs=(
            N("เลกกิ้งคนท้อง", "maternity_leggings"),
            N("เสื้อในให้นม ผ้าคอตตอนนุ่ม", "nursing_bra"),
            U("เสื้อให้นมผ้าขนแกะเมอริโน", "no one offers wool"),
        ),
    ),
    Sme(
        87,
        "th",
        "ลูกประคบป้าศรี นครศรีฯ",
        CENTRAL,
        DOWN,
        "Nakhon Si Thammarat",
        "pasriprakob",
        offers=(("ลูกประคบหลังคลอด สูตรอยู่ไฟ", "herbal_compress_ball"),),
        needs=(
            N("ไพลแห้ง ขมิ้นชัน ตะไคร้ หั่นแล้ว", "dried_compress_herbs"),
            N("ผ้าสาลูห่อลูกประคบ", "cotton_gauze_fabric"),
        ),
        certs=(OTOP,),
    ),
    Sme(
        88,
        "en",
        "Hemp & Hug Carriers",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hempandhug",
        offers=(("hemp soft-structured baby carriers", "baby_carrier"), ("hemp ring slings", "baby_sling_wrap")),
        needs=(N("woven hemp fabric", "hemp_fabric"), N("side-release buckles for carriers", "carrier_buckles")),
        bcg=("bio",),
    ),
    Sme(
        89,
        "th",
        "ร้านกางเกงคุณแม่ บางใหญ่",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "bangyaipants",
        offers=(("กางเกงคนท้องผ้ายีนส์ ขอบยางยืดคลุมพุง", "maternity_trousers"),),
        needs=(N("ยางยืดเอว หน้ากว้าง 2 นิ้ว", "elastic_tape"), U("ผ้ายีนส์ยืด 10 ออนซ์", "no one offers denim")),
    ),
    Sme(
        90,
        "th",
        "ฝ่ายพัสดุ โรงพยาบาลประจำจังหวัดสงขลา",
        CENTRAL,
        DOWN,
        "Songkhla",
        "songkhlahosp",
        needs=(
            N("ชุดผู้ป่วยตึกหลังคลอด", "maternity_patient_gown"),
            N("กางเกงในกระดาษสำหรับแม่หลังคลอด", "disposable_maternity_briefs"),
            U("บริการซักรีดและฆ่าเชื้อผ้า", "no one offers laundry"),
        ),
    ),
    Sme(
        91,
        "th",
        "โรงพยาบาลแม่และเด็กขอนแก่น",
        ISAN,
        DOWN,
        "Khon Kaen",
        "kkmchospital",
        needs=(
            N("ผ้าห่อตัวทารก ผ้ามัสลิน", "muslin_swaddle"),
            N("ชุดผู้ป่วยหลังคลอด ผ่าหน้า", "maternity_patient_gown"),
            N("ผ้ารัดหน้าท้องหลังผ่าคลอด ไม่จำเป็นต้องมี อย.", "postpartum_belly_wrap", waive=(FDA,)),
        ),
    ),
    Sme(
        92,
        "en",
        "Phuket Baby Fair Shop",
        CENTRAL,
        DOWN,
        "Phuket",
        "phuketbabyfair",
        needs=(
            N("U-shaped pregnancy pillows, OEKO-TEX not required", "pregnancy_body_pillow", waive=(OEKO,)),
            N("nursing pillows", "nursing_pillow"),
        ),
    ),
    Sme(
        93,
        "th",
        "ชุดของขวัญคุณแม่ ลำพูน",
        CENTRAL,
        DOWN,
        "Lamphun",
        "lamphungiftset",
        offers=(("ชุดของขวัญเยี่ยมคลอด จัดกล่อง", "mother_gift_set"),),
        needs=(
            N("ผ้าห่อตัวมัสลิน", "muslin_swaddle"),
            N("แผ่นซับน้ำนมแบบซักได้", "reusable_breast_pads"),
            U("ผ้าอ้อมผ้าแบบกระดุม ปรับไซซ์ได้", "no one makes cloth nappies"),
        ),
    ),
    Sme(
        94,
        "en",
        "Tak Hmong Baby Carrier Cloth",
        HEMP,
        DOWN,
        "Tak",
        "takhmongcarrier",
        offers=(("Hmong hemp baby-carrying cloth, batik", "baby_sling_wrap"),),
        needs=(N("handloom hemp cloth", "hemp_fabric"), U("beeswax for batik, 50 kg", "no one offers wax")),
        bcg=("bio",),
    ),
    Sme(
        95,
        "th",
        "โรงงานชุดคลอดและชุดผู้ป่วย แปดริ้ว",
        CENTRAL,
        DOWN,
        "Chachoengsao",
        "paetriwgown",
        offers=(
            ("ชุดคลอด ชุดผู้ป่วยหลังคลอด ผ่าหน้าให้นมได้", "maternity_patient_gown"),
            ("กางเกงในคนท้องผ้าคอตตอน ผ่าน OEKO-TEX", "maternity_underwear"),
        ),
        needs=(N("ผ้าป็อปลินสีฟ้า สำหรับชุดผู้ป่วย", "poplin_fabric"), N("ปักโลโก้โรงพยาบาล", "embroidery_service")),
        certs=(OEKO,),
    ),
)

SMES: tuple[Sme, ...] = PART_1 + PART_2 + PART_3


# ------------------------------------------------------------------ checks


class SetError(Exception):
    """The data break a rule of the set; nothing is written."""


_THAI = re.compile("[\u0e00-\u0e7f]")
_THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_EMAIL = re.compile(r"^[a-z0-9.]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _script_problem(text: str, language: str) -> str | None:
    if not text.strip() or text != text.strip() or "  " in text:
        return "empty or badly spaced"
    if language == "en":
        if _THAI.search(text) or not text.isascii():
            return "an English phrase must be Latin only"
        return None
    thai, latin = len(_THAI_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    if thai < 2 * latin or thai == 0:
        return "a Thai phrase must be mostly Thai letters"
    return None


def _names_certification(text: str, name: str, tx: Any) -> bool:
    cert = next(c for c in tx.CERTIFICATIONS if c.name == name)
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", w).casefold() in folded for w in words)


def qualified_suppliers(need: Need, buyer: Sme, smes: tuple[Sme, ...]) -> list[Sme]:
    return [
        s
        for s in smes
        if s.num != buyer.num
        and any(label in need.labels for _, label in s.offers)
        and set(need.requires) <= set(s.certs)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links = {
        (s.id, b.id) for b in smes for need in b.needs if not need.unmet for s in qualified_suppliers(need, b, smes)
    }
    return sorted(links)


def check(smes: tuple[Sme, ...], tx: Any) -> list[str]:
    problems: list[str] = []
    nums = [s.num for s in smes]
    if nums != list(range(1, SIZE + 1)):
        problems.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{SIZE:03d} in order, once each")
    offered: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    sub_clusters = {v.value for v in tx.SubCluster}
    stages = {v.value for v in tx.Stage}
    bcg_tags = {v.value for v in tx.BcgTag}
    for s in smes:
        where = s.id
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", s.id):
            problems.append(f"{where}: malformed id")
        if s.language not in tx.LANGUAGES:
            problems.append(f"{where}: language {s.language!r}")
        if (p := _script_problem(s.name, s.language)) is not None:
            problems.append(f"{where}: name: {p}")
        if s.sub_cluster not in sub_clusters:
            problems.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            problems.append(f"{where}: stage {s.stage!r}")
        if tx.resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if tx.resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated certification or BCG tag")
        problems += [f"{where}: bcg {tag!r}" for tag in s.bcg if tag not in bcg_tags]
        if not _EMAIL.match(_email(s)):
            problems.append(f"{where}: email {_email(s)!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            problems.append(f"{where}: 0-3 offers and 0-3 needs, at least one of them")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            problems.append(f"{where}: repeated phrase")
        for text, label in s.offers:
            if (p := _script_problem(text, s.language)) is not None:
                problems.append(f"{where}: offer {text!r}: {p}")
            if not re.fullmatch(r"[a-z0-9_]+", label):
                problems.append(f"{where}: offer label {label!r}")
            claimed = tx.find_certifications(text)
            if not claimed <= set(s.certs):
                problems.append(f"{where}: offer {text!r} claims {sorted(claimed - set(s.certs))} not held")
        for need in s.needs:
            what = f"{where}: need {need.text!r}"
            if (p := _script_problem(need.text, s.language)) is not None:
                problems.append(f"{what}: {p}")
            named = tx.find_certifications(need.text)
            if named != set(need.requires):
                problems.append(f"{what}: text requires {sorted(named)}, labels say {sorted(need.requires)}")
            for cert in need.waives:
                if cert in named or not _names_certification(need.text, cert, tx):
                    problems.append(f"{what}: waived {cert} must be named in the text and not required")
            for cert in (*need.requires, *need.waives):
                if tx.resolve_certification(cert) != cert:
                    problems.append(f"{what}: certification {cert!r} is not a canonical name")
            if not need.unmet and not need.labels:
                problems.append(f"{what}: a met need must list labels")
            for label in need.labels:
                if not offered.get(label, set()) - {s.num}:
                    problems.append(f"{what}: label {label!r} is offered by no one else")
            qualified = qualified_suppliers(need, s, smes)
            if need.unmet and qualified:
                problems.append(f"{what}: marked unmet but met by {[q.id for q in qualified]}")
            if not need.unmet and not qualified:
                problems.append(f"{what}: no qualified supplier")
    return problems


def check_targets(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    thai = sum(s.language == "th" for s in smes) / len(smes)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        problems.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        problems.append(f"{len(links)} true links, want {LINKS_MIN}-{LINKS_MAX}")
    lang = {s.id: s.language for s in smes}
    cross = sum(lang[a] != lang[b] for a, b in links) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} needs met by no one, want {UNMET_RANGE}")
    met = [len(qualified_suppliers(n, s, smes)) for s in smes for n in s.needs if not n.unmet]
    if sum(1 <= k <= 3 for k in met) < 0.6 * len(met) or max(met) <= 3:
        problems.append(f"suppliers per met need {sorted(Counter(met).items())}: want most 1-3, some more")
    return problems


# ------------------------------------------------------------------ output


def _email(s: Sme) -> str:
    return f"sales@{s.slug}.co.th" if s.language == "th" else f"hello@{s.slug}.com"


def profile(s: Sme) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": _email(s),
        "language": s.language,
    }


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]], tx: Any) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    regions = Counter(tx.resolve_province(s.province).region.value for s in smes)
    rows = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.language == 'th' for s in smes)} / {sum(s.language == 'en' for s in smes)}"),
    ]
    rows += [(f"sub-cluster {v.value}", str(sum(s.sub_cluster == v.value for s in smes))) for v in tx.SubCluster]
    rows += [(f"stage {v.value}", str(sum(s.stage == v.value for s in smes))) for v in tx.Stage]
    rows += [(f"region {v.value}", str(regions[v.value])) for v in tx.Region]
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(not n.unmet for _, n in needs)} / {sum(bool(n.unmet) for _, n in needs)}"),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# Blind plain set: maternity and nursing wear (`bma-`)

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {n} plain registry entries of the Health and
Wellness Economy cluster, on the theme of maternity and nursing wear: maternity dresses and trousers, nursing
bras and tops, belly support belts and postpartum wraps, breast pads, baby slings and carriers, nursing covers
and pillows, hospital bags, herbal compress balls and gowns for postnatal wards, with the clinics, hospitals,
mother-and-baby shops and online sellers that buy them, and the fibre, yarn, cloth, dyeing, sewing, trims and
waste businesses upstream. Each offer and need is one short phrase, as an SME database stores it, in Thai or
English. The same goods are worded many ways (local names such as ห้อม, ผ้าสาลู, เบงกุง, trade words, brands,
sizes, prices, minimum orders), and a need is worded differently from the offers that meet it, often in the
other language. Hard cases: a service versus the goods it works on (indigo dyeing of the customer's cloth
versus indigo-dyed cloth, sewing for others versus finished garments), waste and used goods versus new,
raw versus processed (fibre, yarn, cloth, product), finished goods described by their material or technique,
needs written as wishes or questions, refusals, needs that require a named certification and needs that name
one only to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV) and the cluster taxonomy (`shared/taxonomy.py` and its data files). Nothing of the matcher, its
glossary, its tests or other evaluation sets was read, so the wording is new to the matcher.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_maternity_clothing` versus `maternity_dress`).
Every need either lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no part; quantities,
prices and places never decide a link. A waived certification ("ไม่ต้องมี มอก.", "OEKO-TEX not required")
is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks the ids, every contract field (sub-cluster, stage, BCG tags, provinces
through `resolve_province`, certifications through `resolve_certification`), the script of every phrase
(Thai phrases mostly Thai letters, English ones Latin only), that each certification a need's text asks for
is exactly what the need requires and each waived one is named but not asked for, that offers claim only
certifications their SME holds, that every listed label is offered by someone other than the buyer, that
every met need has a qualified supplier and every unmet one has none, and the size targets. It writes
nothing if a check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_maternity/write.py

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: {n} profiles in the contract's JSONL version 1, ids `bma-001` to `bma-{n:03d}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file (written by the script).

## Counts

{table}"""


def render(tx: Any) -> dict[str, str]:
    links = true_links(SMES)
    rows = counts(SMES, links, tx)
    lines = [json.dumps(profile(s), ensure_ascii=False) for s in SMES]
    return {
        "profiles.jsonl": "\n".join(lines) + "\n",
        "links.csv": "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links),
        "README.md": README.format(n=len(SMES), table=table(rows)),
    }


def main() -> int:
    from shared import taxonomy as tx

    problems = check(SMES, tx)
    if not problems:
        problems = check_targets(SMES, true_links(SMES))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    first, second = render(tx), render(tx)
    if first != second:
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table(counts(SMES, true_links(SMES), tx)), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
