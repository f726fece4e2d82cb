"""Write the hand-labelled evaluation set `eval/blind_plain_sensory/`.

Sensory and therapy textiles (weighted blankets, lap pads, fillings, fidget quilts, compression vests) and the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers around them. Every offer carries a label saying what the
thing is; every need lists the labels that meet it and the certifications its text requires. Labels live only here.

Run from the repository root:  .venv/bin/python eval/blind_plain_sensory/write.py
It checks everything first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
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

OUT = Path(__file__).resolve().parent
PREFIX = "bse"
N_PROFILES = 95
LINK_RANGE = (160, 180)

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP, MID, DOWN = Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM
BIO, CIRCULAR, GREEN = BcgTag.BIO, BcgTag.CIRCULAR, BcgTag.GREEN


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    note: str = ""  # set when no one in the set meets the need


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, (), note)


@dataclass
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    bcg: list[BcgTag] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


SMES: list[Sme] = []


def sme(num: int, lang: str, name: str, sub: SubCluster, stage: Stage, province: str, email: str, **rest) -> None:
    SMES.append(Sme(num, lang, name, sub, stage, province, email, **rest))


# ---------------------------------------------------------------- upstream: fibre, yarn, fillings, waste, dyestuff

sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านรวมไทย",
    HEMP,
    UP,
    "Tak",
    "ruamthai.hemp@gmail.com",
    offers=[("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre_raw")],
    needs=[unmet("เครื่องลอกเปลือกกัญชงแบบมือหมุน", "machinery; no machine maker in the set")],
    bcg=[BIO],
)
sme(
    2,
    "en",
    "Highland Hemp Fibre Co-op",
    HEMP,
    UP,
    "Chiang Rai",
    "sales@highlandhemp.co.th",
    offers=[
        ("Decorticated hemp bast fibre, 200 kg lots", "hemp_fibre_raw"),
        ("Hemp yarn Nm 8, hand-twisted", "hemp_yarn"),
    ],
    needs=[need("Fermented indigo for dyeing hemp yarn, about 20 kg a month", "indigo_dye_paste")],
    certifications=["Organic Thailand"],
    bcg=[BIO, GREEN],
)
sme(
    3,
    "th",
    "กลุ่มทอผ้าใยกัญชงม้งบ้านแม่สาป",
    HEMP,
    MID,
    "Chiang Mai",
    "maesap.hmonghemp@gmail.com",
    offers=[("เส้นใยกัญชงเข็นมือ ม้วนละ 1 กก.", "hemp_yarn"), ("ผ้าใยกัญชงทอกี่เอว หน้ากว้าง 35 ซม.", "hemp_fabric")],
    needs=[
        need(
            "ใยกัญชงดิบ ยังไม่ได้ปั่น เดือนละ 100 กก. มีมาตรฐานเกษตรอินทรีย์ยิ่งดี",
            "hemp_fibre_raw",
            waive=("Organic Thailand",),
        ),
        unmet("ขี้ผึ้งเขียนลายเทียน", "batik wax; nobody sells it"),
    ],
    bcg=[BIO],
)
sme(
    4,
    "th",
    "วิสาหกิจชุมชนฝ้ายอินทรีย์นาแห้ว",
    HEMP,
    UP,
    "Loei",
    "nahaeo.cotton@gmail.com",
    offers=[
        ("ปุยฝ้ายพื้นเมือง ปลูกอินทรีย์ อีดเมล็ดแล้ว", "cotton_fibre"),
        ("ฝ้ายเข็นมือ สีขาวตุ่น ไจละ 100 กรัม", "handspun_cotton_yarn"),
    ],
    needs=[unmet("เมล็ดพันธุ์ฝ้ายตุ่น ฝ้ายพื้นเมือง", "seed; no seed supplier in the set")],
    certifications=["Organic Thailand"],
    bcg=[BIO, GREEN],
)
sme(
    5,
    "en",
    "Phetchabun Cotton Growers Group",
    HEMP,
    UP,
    "Phetchabun",
    "pcgg.cotton@gmail.com",
    offers=[("Ginned cotton lint, rain-fed, 1 t minimum", "cotton_fibre")],
    needs=[unmet("Jute sacks for cotton bales", "packaging; nobody offers sacks")],
    bcg=[BIO],
)
sme(
    6,
    "th",
    "กลุ่มแม่บ้านปั่นฝ้ายบ้านนาดี",
    HEMP,
    UP,
    "Sakon Nakhon",
    "nadee.spinning@gmail.com",
    offers=[("ฝ้ายเข็นมือ เส้นเล็ก สำหรับทอผ้าคราม", "handspun_cotton_yarn")],
    needs=[need("ฝ้ายปุย สำหรับเข็นเส้น", "cotton_fibre")],
    bcg=[BIO],
)
sme(
    7,
    "th",
    "ฝ้ายเมืองแม่แจ่ม",
    HEMP,
    UP,
    "Chiang Mai",
    "maechaem.faimuang@gmail.com",
    offers=[("ฝ้ายเมืองเข็นมือ สีธรรมชาติ ฝ้ายตุ่น ฝ้ายขาว", "handspun_cotton_yarn")],
    needs=[need("ฝ้ายจากไร่ อีดแล้ว มีตรารับรองเกษตรอินทรีย์", "cotton_fibre", req=("Organic Thailand",))],
    bcg=[BIO],
)
sme(
    8,
    "en",
    "Siam Cotton Spinning Co., Ltd.",
    HEMP,
    UP,
    "Samut Prakan",
    "yarn@siamcottonspin.co.th",
    offers=[
        ("Combed cotton yarn Ne 30/1 on cones, 500 kg MOQ", "cotton_yarn"),
        ("OE cotton yarn Ne 10 for towels", "cotton_yarn"),
    ],
    needs=[need("Raw cotton in bales, container lots", "cotton_fibre")],
    certifications=["OEKO-TEX Standard 100", "ISO 9001"],
)
sme(
    9,
    "en",
    "Organic Yarn Trading Co.",
    HEMP,
    UP,
    "Bangkok",
    "hello@organicyarn.co.th",
    offers=[("GOTS organic cotton yarn Ne 20/1", "organic_cotton_yarn")],
    certifications=["GOTS"],
    bcg=[GREEN],
)
sme(
    10,
    "th",
    "กลุ่มเลี้ยงไหมบ้านหนองบัว",
    HEMP,
    UP,
    "Surin",
    "nongbua.silk@gmail.com",
    offers=[("เส้นไหมน้อย ไหมพื้นบ้าน สาวมือ", "silk_yarn")],
    needs=[unmet("ต้นกล้าหม่อน พันธุ์บุรีรัมย์ 60", "mulberry saplings; no nursery in the set")],
    bcg=[BIO],
)
sme(
    11,
    "en",
    "EcoFill Recycled Fibre Co., Ltd.",
    CIRC,
    UP,
    "Rayong",
    "sales@ecofill.co.th",
    offers=[("Hollow conjugated recycled PET fibrefill 7D, GRS", "recycled_polyester_fibrefill")],
    needs=[unmet("Baled post-consumer PET bottles", "bottle waste; no bottle collector in the set")],
    certifications=["GRS"],
    bcg=[CIRCULAR],
)
sme(
    12,
    "th",
    "โรงงานใยรีไซเคิลมหาชัย",
    CIRC,
    UP,
    "Samut Sakhon",
    "mahachai.refibre@gmail.com",
    offers=[("ใยขวดพลาสติกรีไซเคิล ยัดหมอน ตุ๊กตา กระสอบละ 15 กก.", "recycled_polyester_fibrefill")],
    bcg=[CIRCULAR],
)
sme(
    13,
    "th",
    "บริษัท ใยนุ่ม จำกัด",
    ALC,
    UP,
    "Saraburi",
    "sales@yainum.co.th",
    offers=[("ใยมุกเกรดเอ ยัดหมอน ยัดตุ๊กตา", "polyester_fibrefill")],
)
sme(
    14,
    "th",
    "ร้านนุ่นบ้านโป่ง",
    HEMP,
    UP,
    "Ratchaburi",
    "banpong.kapok@gmail.com",
    offers=[("นุ่นดีดแล้ว ไม่มีเมล็ด กิโลละ 120 บาท", "seed_floss_filling")],
    needs=[need("ผ้าดิบเนื้อแน่น ทำถุงใส่นุ่น", "cotton_fabric_mill")],
    bcg=[BIO],
)
sme(
    15,
    "th",
    "กลุ่มปุยงิ้วเมืองแพร่",
    HEMP,
    UP,
    "Phrae",
    "phrae.puy-ngiw@gmail.com",
    offers=[("ปุยงิ้ว ยัดหมอน ยัดที่นอน ของเหนือแท้", "seed_floss_filling")],
    needs=[need("ผ้าหม้อห้อม ทำปลอกหมอน", "indigo_dyed_cotton_fabric")],
    bcg=[BIO],
)
sme(
    16,
    "en",
    "BeadWeight Materials Co.",
    ALC,
    UP,
    "Samut Prakan",
    "orders@beadweight.co.th",
    offers=[("Micro glass beads 0.8-1.2 mm, 25 kg bags", "glass_beads_filling")],
    certifications=["OEKO-TEX Standard 100"],
)
sme(
    17,
    "th",
    "ห้างหุ้นส่วนจำกัด แก้วทรายจิ๋ว",
    ALC,
    UP,
    "Nakhon Si Thammarat",
    "kaewsaijiw@gmail.com",
    offers=[("เม็ดแก้วจิ๋ว สำหรับผ้าห่มถ่วงน้ำหนัก กิโลละ 95 บาท", "glass_beads_filling")],
)
sme(
    18,
    "en",
    "Eastern Poly Pellets",
    CIRC,
    UP,
    "Chonburi",
    "info@easternpellets.com",
    offers=[
        ("Recycled HDPE pellets, washed, for bean bags and fillers", "plastic_pellets_recycled"),
        ("Glass sand beads for weighted toys", "glass_beads_filling"),
    ],
    bcg=[CIRCULAR],
)
sme(
    19,
    "th",
    "บริษัท เม็ดพีพีไทย จำกัด",
    ALC,
    UP,
    "Prachinburi",
    "sales@medppthai.co.th",
    offers=[("เม็ดพลาสติก PP เกรดใหม่ ไม่มีกลิ่น ใส่ตุ๊กตา", "plastic_pellets_virgin")],
)
sme(
    20,
    "th",
    "โรงงานตัดเย็บชุดกีฬาสมุทรสาคร",
    SPORT,
    MID,
    "Samut Sakhon",
    "sk.sportsewing@gmail.com",
    offers=[
        ("รับตัดเย็บเสื้อกีฬา ขั้นต่ำ 300 ตัว", "sportswear_sewing_service"),
        ("เศษผ้าจากโต๊ะตัด ผ้าโพลีคละสี ขายเป็นตัน", "textile_offcuts"),
    ],
    needs=[need("ผ้าสแปนเด็กซ์ ทำกางเกงรัดกล้ามเนื้อ", "stretch_fabric")],
)
sme(
    21,
    "en",
    "Cut and Keep Textile Waste Trading",
    CIRC,
    UP,
    "Bangkok",
    "buy@cutandkeep.co.th",
    offers=[("Post-industrial cotton cutting waste, sorted by colour", "textile_offcuts")],
    bcg=[CIRCULAR],
)
sme(
    22,
    "th",
    "โรงงานเย็บผ้าห่มนครปฐม",
    ALC,
    MID,
    "Nakhon Pathom",
    "np.quiltsewing@gmail.com",
    offers=[
        ("รับจ้างเย็บผ้าห่ม ผ้าปูที่นอน งาน OEM", "sewing_service"),
        ("รับเย็บไส้ผ้าห่มตามแบบลูกค้า ผ้าลูกค้าส่งมาเอง", "sewing_service"),
    ],
    needs=[need("ผ้าคอตตอนทอเครื่อง หน้ากว้าง 110 นิ้ว สำหรับผ้าปู", "cotton_fabric_mill")],
)
sme(
    23,
    "th",
    "ร้านเสื้อผ้ามือสองโรงเกลือ",
    CIRC,
    UP,
    "Sa Kaeo",
    "rongkluea.mueasong@gmail.com",
    offers=[("เสื้อผ้ามือสอง เปิดกระสอบ คัดเกรดแล้ว", "used_clothing")],
    bcg=[CIRCULAR],
)
sme(
    24,
    "en",
    "ReWear Collection Network",
    CIRC,
    UP,
    "Bangkok",
    "team@rewear.or.th",
    offers=[("Post-consumer clothing from drop boxes, unsorted", "used_clothing")],
    needs=[unmet("Sorting tables and a baling press", "equipment; nobody offers it")],
    bcg=[CIRCULAR],
)
sme(
    25,
    "en",
    "ReFibre Thailand Co.",
    CIRC,
    UP,
    "Nakhon Pathom",
    "info@refibre.co.th",
    offers=[
        ("Mechanically recycled cotton fibre from cutting waste", "recycled_cotton_fibre"),
        ("Open-end recycled cotton yarn Ne 6-12", "recycled_cotton_yarn"),
    ],
    needs=[need("Pre-consumer cotton scraps, white and light colours", "textile_offcuts")],
    certifications=["GRS"],
    bcg=[CIRCULAR],
)
sme(
    26,
    "th",
    "โรงงานตีใยเศษผ้าอ้อมน้อย",
    CIRC,
    UP,
    "Samut Sakhon",
    "omnoi.shoddy@gmail.com",
    offers=[("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า ใช้ยัดเบาะ", "recycled_cotton_fibre")],
    needs=[
        need("เศษผ้ายีนส์ เศษผ้าคอตตอน จากโรงงาน", "textile_offcuts"),
        need("เสื้อผ้าเก่าที่ขายต่อไม่ได้แล้ว", "used_clothing"),
    ],
    certifications=["RCS"],
    bcg=[CIRCULAR],
)
sme(
    27,
    "th",
    "บริษัท ด้ายรีไซเคิลไทย จำกัด",
    CIRC,
    UP,
    "Nakhon Ratchasima",
    "sales@recycleyarn.co.th",
    offers=[
        ("ด้ายรีไซเคิล OE จากเศษผ้าฝ้าย", "recycled_cotton_yarn"),
        ("ผ้าทอจากด้ายรีไซเคิล สีเทาคละ", "recycled_woven_fabric"),
    ],
    needs=[need("ใยฝ้ายรีไซเคิล สำหรับปั่นด้าย", "recycled_cotton_fibre")],
    certifications=["GRS"],
    bcg=[CIRCULAR],
)
sme(
    28,
    "th",
    "กลุ่มก่อหม้อครามบ้านพรรณา",
    HEMP,
    UP,
    "Sakon Nakhon",
    "phanna.khram@gmail.com",
    offers=[("เนื้อครามเปียก จากต้นครามฝักงอ กิโลละ 250", "indigo_dye_paste")],
    needs=[unmet("ปูนแดงสำหรับก่อหม้อคราม", "lime for the vat; no lime seller in the set")],
    bcg=[BIO],
)
sme(
    29,
    "th",
    "วิสาหกิจชุมชนห้อมแพร่",
    HEMP,
    UP,
    "Phrae",
    "phrae.hom@gmail.com",
    offers=[("ห้อมเปียก สำหรับย้อมม่อฮ่อม ขายเป็นปี๊บ", "indigo_dye_paste")],
    bcg=[BIO],
)
sme(
    30,
    "en",
    "Lanna Natural Colours",
    HEMP,
    UP,
    "Lamphun",
    "lannacolours@gmail.com",
    offers=[("Dried stick lac and ebony fruit for natural dyeing", "natural_dyestuff")],
    needs=[
        need(
            "Handspun cotton for dye sample cards, Organic Thailand not required",
            "handspun_cotton_yarn",
            waive=("Organic Thailand",),
        )
    ],
    bcg=[BIO],
)

# ---------------------------------------------------------------- midstream: cloth, dyeing, sewing, components

sme(
    31,
    "th",
    "ร้านผ้าฝ้ายทอมือจอมทอง",
    HEMP,
    MID,
    "Chiang Mai",
    "chomthong.handwoven@gmail.com",
    offers=[("ผ้าฝ้ายทอมือ ลายน้ำไหล สีพื้น ม้วนละ 20 หลา", "handwoven_cotton_fabric")],
    needs=[
        need("ด้ายฝ้ายปั่นมือ ไว้ทำเส้นยืน", "handspun_cotton_yarn"),
        need("สีย้อมธรรมชาติ ครั่ง ประโหด", "natural_dyestuff"),
    ],
    bcg=[BIO],
)
sme(
    32,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านโนนสวรรค์",
    ALI,
    MID,
    "Ubon Ratchathani",
    "nonsawan.weaving@gmail.com",
    offers=[("ผ้าฝ้ายทอมือ ผืนยาว 2 เมตร สีธรรมชาติ", "handwoven_cotton_fabric")],
    needs=[need("ด้ายฝ้ายโรงงาน เบอร์ 20 สำหรับเส้นพุ่ง", "cotton_yarn", "organic_cotton_yarn")],
    bcg=[BIO],
)
sme(
    33,
    "en",
    "Surin Handloom Collective",
    ALI,
    MID,
    "Surin",
    "surinhandloom@gmail.com",
    offers=[
        ("Handloom cotton cloth in checked pakama patterns", "handwoven_cotton_fabric"),
        ("Mudmee silk lengths with the Peacock Emblem", "silk_fabric"),
    ],
    needs=[need("Reeled Thai silk from yellow cocoons", "silk_yarn")],
    certifications=["Thai Silk Peacock Emblem", "OTOP"],
    bcg=[BIO],
)
sme(
    34,
    "th",
    "ร้านครามสกล",
    HEMP,
    MID,
    "Sakon Nakhon",
    "khramsakon.shop@gmail.com",
    offers=[
        ("ผ้าฝ้ายย้อมครามธรรมชาติ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ("รับย้อมครามผ้าของลูกค้า คิดตามน้ำหนักผ้า", "indigo_dyeing_service"),
    ],
    needs=[
        need("สีครามธรรมชาติแบบเปียก พร้อมก่อหม้อ", "indigo_dye_paste"),
        need("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม เอามาย้อมคราม", "handwoven_cotton_fabric"),
    ],
    certifications=["OTOP"],
    bcg=[BIO],
)
sme(
    35,
    "th",
    "ม่อฮ่อมแม่หลวง",
    HEMP,
    DOWN,
    "Phrae",
    "morhom.maeluang@gmail.com",
    offers=[
        ("ผ้าหม้อห้อมเป็นพับ ย้อมห้อมแท้", "indigo_dyed_cotton_fabric"),
        ("ย่ามผ้าหม้อห้อม ใบละ 150", "cotton_bag"),
    ],
    needs=[need("ห้อมหมักสำหรับก่อหม้อ เดือนละ 2 ปี๊บ", "indigo_dye_paste")],
    bcg=[BIO],
)
sme(
    36,
    "en",
    "Udon Indigo Textiles",
    ALI,
    MID,
    "Udon Thani",
    "udonindigo@gmail.com",
    offers=[("Natural indigo-dyed cotton yardage, 90 cm wide", "indigo_dyed_cotton_fabric")],
    needs=[need("Handwoven undyed cotton cloth for our vats", "handwoven_cotton_fabric")],
    bcg=[BIO],
)
sme(
    37,
    "en",
    "Blue Pot Dye Studio",
    HEMP,
    MID,
    "Chiang Mai",
    "bluepotstudio@gmail.com",
    offers=[
        ("Indigo vat dyeing of your own garments and fabric, small batches", "indigo_dyeing_service"),
        ("Shibori workshops for groups", "dye_workshop"),
    ],
    needs=[need("Fermented indigo paste", "indigo_dye_paste")],
    bcg=[BIO],
)
sme(
    38,
    "en",
    "Mahachai Dyeing House Co., Ltd.",
    CIRC,
    MID,
    "Samut Sakhon",
    "cs@mahachaidye.co.th",
    offers=[("Commission piece dyeing, reactive dyes, 300 m minimum", "commission_dyeing_service")],
    certifications=["OEKO-TEX Standard 100", "ISO 14001"],
    bcg=[GREEN],
)
sme(
    39,
    "th",
    "โรงย้อมผ้าโพธาราม",
    ALC,
    MID,
    "Ratchaburi",
    "photharam.dyeing@gmail.com",
    offers=[("รับย้อมเส้นด้ายและผ้าผืน สีรีแอคทีฟ ขั้นต่ำ 50 กก.", "commission_dyeing_service")],
    needs=[unmet("สีย้อมรีแอคทีฟ ขายส่ง", "dye chemicals; no chemical supplier in the set")],
)
sme(
    40,
    "en",
    "Chao Phraya Weaving Mill",
    HEMP,
    MID,
    "Bangkok",
    "sales@cpweaving.co.th",
    offers=[("Cotton poplin and canvas by the roll, greige or bleached", "cotton_fabric_mill")],
    needs=[need("Cotton yarn Ne 20-40 for weaving", "cotton_yarn", "organic_cotton_yarn")],
    certifications=["OEKO-TEX Standard 100"],
)
sme(
    41,
    "th",
    "โรงทอผ้าดิบสามพราน",
    HEMP,
    MID,
    "Nakhon Pathom",
    "samphran.greige@gmail.com",
    offers=[
        ("ผ้าดิบ ผ้าฝ้ายทอเครื่อง หน้ากว้าง 60 นิ้ว", "cotton_fabric_mill"),
        ("ผ้ายีนส์ ย้อมครามสังเคราะห์ 12 ออนซ์", "denim_fabric"),
    ],
    needs=[
        need("ด้ายคอตตอน 100% เป็นลูก", "cotton_yarn", "organic_cotton_yarn"),
        need("ด้ายรีไซเคิล สำหรับทอผ้าใบ", "recycled_cotton_yarn"),
    ],
)
sme(
    42,
    "en",
    "Hemp and Cotton Loom Co.",
    HEMP,
    MID,
    "Chiang Mai",
    "loom@hempcotton.co.th",
    offers=[("Hemp-cotton blend fabric 55/45, 150 cm", "hemp_fabric")],
    needs=[
        need("Hemp yarn, machine or handspun", "hemp_yarn"),
        unmet("GOTS-certified hemp yarn", "no hemp yarn maker holds GOTS", "hemp_yarn", req=("GOTS",)),
    ],
    bcg=[BIO],
)
sme(
    43,
    "th",
    "ร้านผ้ามิ้งค์สำเพ็ง",
    ALC,
    MID,
    "Bangkok",
    "sampeng.minky@gmail.com",
    offers=[("ผ้ามิ้งค์ ผ้าขนนุ่ม ลายจุด เมตรละ 180", "minky_plush_fabric")],
)
sme(
    44,
    "en",
    "SoftTouch Knit Fabrics",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@softtouchknit.com",
    offers=[("Minky plush and velboa, 150 cm", "minky_plush_fabric"), ("Cotton jersey knit, 180 gsm", "cotton_jersey")],
    needs=[need("GOTS organic cotton yarn for baby jersey", "organic_cotton_yarn", req=("GOTS",))],
    certifications=["OEKO-TEX Standard 100"],
)
sme(
    45,
    "en",
    "FlexTech Fabrics Co.",
    SPORT,
    MID,
    "Samut Prakan",
    "info@flextechfabrics.com",
    offers=[("Power mesh and nylon-spandex warp knit for compression wear", "stretch_fabric")],
    certifications=["OEKO-TEX Standard 100", "bluesign"],
    bcg=[GREEN],
)
sme(
    46,
    "th",
    "ร้านผ้ายืดประตูน้ำ",
    SPORT,
    MID,
    "Bangkok",
    "pratunam.pha-yuet@gmail.com",
    offers=[("ผ้ายืดสี่ทาง ผ้าไลครา ขายปลีกและส่ง", "stretch_fabric")],
)
sme(
    47,
    "en",
    "DryGuard Laminates",
    SPORT,
    MID,
    "Rayong",
    "sales@dryguard.co.th",
    offers=[("TPU-laminated waterproof knit, breathable, for mattress protectors", "waterproof_laminated_fabric")],
    needs=[need("Cotton jersey to laminate", "cotton_jersey")],
    certifications=["ISO 9001"],
)
sme(
    48,
    "th",
    "ร้านสักหลาดพาหุรัด",
    ALC,
    MID,
    "Bangkok",
    "phahurat.felt@gmail.com",
    offers=[("ผ้าสักหลาด แผ่นเอสี่ หลายสี", "felt_sheet")],
)
sme(
    49,
    "th",
    "กลุ่มตัดเย็บบ้านสำราญ",
    ALI,
    MID,
    "Maha Sarakham",
    "bansamran.sewing@gmail.com",
    offers=[("รับเย็บงานตามแบบ ผ้าห่ม ปลอกหมอน กระเป๋า", "sewing_service")],
    needs=[unmet("จักรเย็บอุตสาหกรรมมือสอง", "sewing machines; no machine dealer in the set")],
)
sme(
    50,
    "en",
    "Stitch Partner CMT",
    ALC,
    MID,
    "Chachoengsao",
    "cmt@stitchpartner.co.th",
    offers=[
        ("CMT sewing for soft goods, 200 pcs minimum", "sewing_service"),
        ("Baffle-box quilting for weighted blanket inners", "quilting_service"),
    ],
)
sme(
    51,
    "th",
    "ร้านรับเย็บผ้าป้าแดง",
    ALC,
    MID,
    "Nonthaburi",
    "padaeng.sewing@gmail.com",
    offers=[
        ("รับเย็บตามสั่ง งานชิ้นเดียวก็รับ", "sewing_service"),
        ("ซ่อมผ้าห่ม เปลี่ยนซิป ปะรอยขาด", "textile_repair_service"),
    ],
)
sme(
    52,
    "th",
    "ร้านอุปกรณ์ตัดเย็บพาหุรัด",
    ALC,
    MID,
    "Bangkok",
    "phahurat.notions@gmail.com",
    offers=[
        ("ซิป เมจิกเทป กระดุม ริบบิ้น ขายส่ง", "sewing_notions"),
        ("ลูกปัดไม้ ลูกปัดพลาสติก รูใหญ่", "decorative_beads"),
    ],
)
sme(
    53,
    "en",
    "Haberdashery Direct",
    ALC,
    MID,
    "Trang",
    "orders@haberdashery.co.th",
    offers=[("Hook-and-loop tape, YKK zips, snap buttons", "sewing_notions")],
)
sme(
    54,
    "th",
    "ลูกปัดไม้ลำปาง",
    ALC,
    MID,
    "Lampang",
    "lampang.woodbeads@gmail.com",
    offers=[("ลูกปัดไม้สัก ขัดมัน ไม่ทาสี", "decorative_beads")],
    bcg=[BIO],
)
sme(
    55,
    "th",
    "กลุ่มทอพรมเศษผ้าสันกำแพง",
    CIRC,
    MID,
    "Chiang Mai",
    "sankamphaeng.rag@gmail.com",
    offers=[("ผ้าทอจากเศษผ้ายืด ม้วนละ 10 เมตร", "recycled_woven_fabric")],
    needs=[need("เศษผ้ายืดจากโรงงาน ตัดเป็นเส้นได้", "textile_offcuts")],
    bcg=[CIRCULAR],
)

# ---------------------------------------------------------------- downstream: sensory and care products

sme(
    56,
    "en",
    "Calm Weight Co., Ltd.",
    ALC,
    DOWN,
    "Bangkok",
    "hello@calmweight.co.th",
    offers=[
        ("Weighted blankets 5-9 kg, glass bead fill", "weighted_blanket"),
        ("Weighted lap pads for classrooms", "weighted_lap_pad"),
    ],
    needs=[
        need(
            "Glass microbeads, OEKO-TEX certified, 1 t per quarter",
            "glass_beads_filling",
            req=("OEKO-TEX Standard 100",),
        ),
        need("Minky fabric for covers", "minky_plush_fabric"),
        need("Outsourced channel quilting", "quilting_service"),
    ],
    certifications=["OEKO-TEX Standard 100"],
)
sme(
    57,
    "th",
    "ร้านผ้าห่มหนักนนท์",
    ALC,
    DOWN,
    "Nonthaburi",
    "nont.heavyblanket@gmail.com",
    offers=[
        ("ปลอกผ้าห่มถ่วงน้ำหนัก ผ้ามิ้งค์ ถอดซักได้", "weighted_blanket_cover"),
        ("รับซ่อมผ้าห่มถ่วงน้ำหนัก เติมเม็ดแก้ว", "textile_repair_service"),
    ],
    needs=[
        need("บีดแก้ว ขนาดไม่เกิน 1 มม. ไม่ต้องมี OEKO-TEX", "glass_beads_filling", waive=("OEKO-TEX Standard 100",)),
        need("ผ้าคอตตอนนุ่ม หน้ากว้าง ทำไส้ผ้าห่ม", "cotton_fabric_mill"),
    ],
)
sme(
    58,
    "th",
    "วิสาหกิจชุมชนผ้าห่มหนักบ้านไผ่",
    ALI,
    DOWN,
    "Khon Kaen",
    "banphai.blanket@gmail.com",
    offers=[("ผ้าห่มหนัก ยัดเม็ดพลาสติก หน้าผ้าฝ้ายทอมือ", "weighted_blanket")],
    needs=[
        need("พลาสติกเม็ดสำหรับยัดไส้ ของรีไซเคิลก็ได้", "plastic_pellets_virgin", "plastic_pellets_recycled"),
        need("หาคนรับย้อมครามผ้าฝ้ายที่เราทอเอง", "indigo_dyeing_service"),
    ],
)
sme(
    59,
    "en",
    "Dream Heavy Studio",
    ALC,
    DOWN,
    "Nan",
    "studio@dreamheavy.com",
    offers=[("Hemp-covered weighted sensory animals, made to order", "weighted_toy")],
    needs=[
        need("Natural hemp fabric by the metre", "hemp_fabric"),
        unmet("Buckwheat hulls for filling", "no buckwheat grower or trader in the set"),
    ],
    bcg=[BIO],
)
sme(
    60,
    "th",
    "ร้านของเล่นบำบัดน้องอุ่นใจ",
    ALC,
    DOWN,
    "Surat Thani",
    "nong.aunjai@gmail.com",
    offers=[
        ("แผ่นถ่วงน้ำหนักวางตัก 1-2 กก. ลายการ์ตูน", "weighted_lap_pad"),
        ("ผ้าห่มของเล่นมือ สำหรับผู้ป่วยสมองเสื่อม", "fidget_quilt"),
    ],
    needs=[need("เทปหนามเตยกับซิป", "sewing_notions"), need("ลูกปัดร้อยเชือก ขนาดใหญ่", "decorative_beads")],
)
sme(
    61,
    "en",
    "Steady Kids Therapy Gear",
    ALC,
    DOWN,
    "Lopburi",
    "shop@steadykids.co.th",
    offers=[
        ("Weighted vests with removable pouches, sizes XS-L", "weighted_vest"),
        ("Weighted shoulder wraps 1 kg, vinyl-free", "weighted_shoulder_wrap"),
    ],
    needs=[need("Poly pellets, virgin PP only, no regrind", "plastic_pellets_virgin")],
)
sme(
    62,
    "th",
    "ร้านเสื้อกั๊กถ่วงน้ำหนักอุดร",
    ALI,
    DOWN,
    "Udon Thani",
    "udon.weightvest@gmail.com",
    offers=[("เสื้อกั๊กถ่วงน้ำหนัก สำหรับเด็กสมาธิสั้น", "weighted_vest")],
    needs=[need("ยีนส์มือสอง เอามาตัดทำเสื้อกั๊ก", "used_clothing")],
    bcg=[CIRCULAR],
)
sme(
    63,
    "en",
    "PressureFit Apparel",
    SPORT,
    DOWN,
    "Bangkok",
    "b2b@pressurefit.co.th",
    offers=[
        ("Deep pressure compression vests for sensory seekers", "compression_vest"),
        ("Compression shirts for runners", "compression_sportswear"),
    ],
    needs=[need("Four-way stretch lycra, bluesign approved", "stretch_fabric", req=("bluesign",))],
    certifications=["ISO 9001"],
)
sme(
    64,
    "th",
    "บริษัท กระชับสปอร์ต จำกัด",
    SPORT,
    DOWN,
    "Pathum Thani",
    "sales@krachabsport.co.th",
    offers=[
        ("เสื้อรัดกล้ามเนื้อ สำหรับนักวิ่ง", "compression_sportswear"),
        ("เสื้อกั๊กรัดตัวบำบัด สำหรับเด็กพิเศษ", "compression_vest"),
    ],
    needs=[
        need("ผ้าเพาเวอร์เน็ต มี bluesign ก็ดี", "stretch_fabric", waive=("bluesign",)),
        need("โรงงานรับเย็บงานผ้ายืด ตะเข็บแบน", "sportswear_sewing_service"),
    ],
)
sme(
    65,
    "en",
    "MedSleeve Compression Co.",
    SPORT,
    DOWN,
    "Samut Prakan",
    "ra@medsleeve.co.th",
    offers=[("Graduated compression stockings class I-II", "compression_stockings")],
    needs=[unmet("Nylon-elastane covered yarn", "covered elastic yarn; no spinner offers it")],
    certifications=["ISO 13485", "Thai FDA"],
)
sme(
    66,
    "th",
    "กลุ่มแม่บ้านผ้าห่มกิจกรรมเสลภูมิ",
    ALI,
    DOWN,
    "Roi Et",
    "selaphum.activity@gmail.com",
    offers=[
        ("ผ้าห่มกิจกรรม มีซิป กระดุม เชือกผูก สำหรับผู้สูงอายุ", "fidget_quilt"),
        ("ผ้ากันเปื้อนกิจกรรม ฝึกกลัดกระดุม", "activity_apron"),
    ],
    needs=[need("ตีนตุ๊กแก กระดุมแป๊ก ราคาส่ง", "sewing_notions"), need("ผ้าเฟลท์สีสด", "felt_sheet")],
)
sme(
    67,
    "en",
    "Busy Hands Social Enterprise",
    ALC,
    DOWN,
    "Kanchanaburi",
    "busyhands.se@gmail.com",
    offers=[
        ("Fidget quilts for dementia care, 45x60 cm", "fidget_quilt"),
        ("Knitted twiddlemuffs with buttons and ribbons", "twiddle_muff"),
    ],
    needs=[
        need("Leftover fabric scraps from factories", "textile_offcuts"),
        need("Chunky wooden beads, at least 15 mm", "decorative_beads"),
    ],
    bcg=[CIRCULAR],
)
sme(
    68,
    "th",
    "ร้านผ้ากันเปื้อนอ่างทอง",
    ALC,
    DOWN,
    "Ang Thong",
    "angthong.apron@gmail.com",
    offers=[("ผ้ากันเปื้อนมีกระเป๋า ของเล่นติดผ้า สำหรับผู้ป่วยอัลไซเมอร์", "activity_apron")],
    needs=[need("ผ้าแคนวาสฝ้าย สีพื้น", "cotton_fabric_mill")],
)
sme(
    69,
    "th",
    "ชมรมถักไหมพรมเพื่อผู้สูงวัย",
    ALC,
    DOWN,
    "Phayao",
    "knit.elderly.cm@gmail.com",
    offers=[("ปลอกมือถักไหมพรม ติดของเล่น สำหรับผู้ป่วยสมองเสื่อม", "twiddle_muff")],
    needs=[unmet("ไหมพรมอะคริลิกเหลือใช้", "acrylic knitting yarn; no one offers it")],
)
sme(
    70,
    "en",
    "Cover Story Textiles",
    ALC,
    DOWN,
    "Krabi",
    "hello@coverstory.co.th",
    offers=[("Zipped duvet covers for weighted blankets, minky or bamboo", "weighted_blanket_cover")],
    needs=[
        need("Invisible zips 60 cm", "sewing_notions"),
        need(
            "Dyeing house for our cotton covers, OEKO-TEX a must",
            "commission_dyeing_service",
            req=("OEKO-TEX Standard 100",),
        ),
    ],
)
sme(
    71,
    "th",
    "ร้านแผ่นรองซับโคราช",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "korat.underpad@gmail.com",
    offers=[("แผ่นรองซับผ้า ซักได้ 300 ครั้ง", "washable_underpad")],
    needs=[need("ผ้ากันน้ำ เคลือบ TPU", "waterproof_laminated_fabric")],
)
sme(
    72,
    "en",
    "CareDry Medical Textiles",
    ALC,
    DOWN,
    "Samut Sakhon",
    "sales@caredry.co.th",
    offers=[("Reusable incontinence bed pads, 4 layers", "washable_underpad")],
    needs=[
        need("Waterproof barrier fabric, PU or TPU", "waterproof_laminated_fabric"),
        unmet("Cotton terry for the top layer", "terry towelling; no one offers it"),
    ],
    certifications=["ISO 13485"],
)
sme(
    73,
    "th",
    "ร้านเสื้อผ้าผู้สูงวัยใส่ง่าย",
    ALC,
    DOWN,
    "Phitsanulok",
    "saingai.elderwear@gmail.com",
    offers=[("เสื้อผ่าหน้า กระดุมแม่เหล็ก สำหรับผู้สูงอายุ", "adaptive_clothing")],
    needs=[need("ผ้ายืดคอตตอน 100% ใส่ไม่ร้อน", "cotton_jersey"), need("ร้านรับเย็บ ขั้นต่ำไม่เยอะ", "sewing_service")],
)
sme(
    74,
    "en",
    "Easy Dress Isan",
    ALI,
    DOWN,
    "Khon Kaen",
    "easydress.isan@gmail.com",
    offers=[("Open-back adaptive gowns for bedridden patients", "adaptive_clothing")],
    needs=[
        need("Soft handwoven cotton, pre-washed", "handwoven_cotton_fabric"),
        need("Indigo dyeing of our finished gowns", "indigo_dyeing_service"),
    ],
)
sme(
    75,
    "en",
    "Sakon Blue Goods",
    HEMP,
    DOWN,
    "Sakon Nakhon",
    "sakonblue@gmail.com",
    offers=[("Indigo handwoven cotton tote bags", "cotton_bag")],
    needs=[need("Indigo-dyed cloth, OTOP-rated", "indigo_dyed_cotton_fabric", req=("OTOP",))],
    bcg=[BIO],
)
sme(
    76,
    "th",
    "โรงงานผ้าห่มนวมศรีสะเกษ",
    ALI,
    DOWN,
    "Sisaket",
    "sisaket.quilt@gmail.com",
    offers=[("ผ้าห่มนวมใยสังเคราะห์ ขนาด 6 ฟุต", "ordinary_quilt")],
    needs=[
        need(
            "ใยโพลีเอสเตอร์ยัดผ้าห่ม GRS ไม่จำเป็น",
            "polyester_fibrefill",
            "recycled_polyester_fibrefill",
            waive=("GRS",),
        )
    ],
)

# ---------------------------------------------------------------- downstream: therapy centres, schools, care, shops

sme(
    77,
    "th",
    "ศูนย์กิจกรรมบำบัดเด็กบ้านต้นกล้า",
    ALC,
    DOWN,
    "Bangkok",
    "tonkla.ot@gmail.com",
    offers=[("บริการกิจกรรมบำบัด ฝึกบูรณาการประสาทสัมผัส", "therapy_session")],
    needs=[
        need("เวสท์ถ่วงน้ำหนัก ไซซ์เด็ก 10 ตัว", "weighted_vest"),
        need("ผ้าห่มเวท สำหรับห้องปรับพฤติกรรม", "weighted_blanket"),
        unmet("ชุดบอดี้ซ็อค ผ้ายืด", "body socks; no one makes them"),
    ],
)
sme(
    78,
    "en",
    "North Star Paediatric Therapy",
    ALC,
    DOWN,
    "Chiang Mai",
    "admin@northstarot.com",
    offers=[("Sensory integration therapy sessions, 1 hour", "therapy_session")],
    needs=[need("Compression vests, kids sizes", "compression_vest"), need("Lap pads 1-2 kg", "weighted_lap_pad")],
)
sme(
    79,
    "th",
    "โรงเรียนการศึกษาพิเศษบ้านรักษ์",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "banrak.school@gmail.com",
    needs=[
        need("แผ่นถ่วงตักให้เด็กนั่งเรียน ผ้าต้องผ่าน OEKO-TEX", "weighted_lap_pad", req=("OEKO-TEX Standard 100",)),
        need("มีร้านไหนซ่อมผ้าห่มถ่วงน้ำหนักที่ขาดบ้าง", "textile_repair_service"),
    ],
)
sme(
    80,
    "en",
    "Bayview International School Learning Support",
    ALC,
    DOWN,
    "Chonburi",
    "learningsupport@bayview.ac.th",
    needs=[
        need("Weighted lap pads, 2 kg", "weighted_lap_pad"),
        need("Do you make compression vests in teen sizes?", "compression_vest"),
    ],
)
sme(
    81,
    "th",
    "ศูนย์พัฒนาเด็กพิเศษบ้านแสนรัก",
    ALI,
    DOWN,
    "Kalasin",
    "sanrak.center@gmail.com",
    needs=[need("อยากได้ผ้าห่มหนักราคาไม่แพง", "weighted_blanket")],
)
sme(
    82,
    "en",
    "Lanna Memory Care Resort",
    ALC,
    DOWN,
    "Chiang Mai",
    "purchasing@lannamemory.com",
    offers=[("Used cotton bed sheets, worn, 100 kg a month", "used_linen")],
    needs=[
        need("Fidget blankets for residents with dementia", "fidget_quilt"),
        need("Twiddle muffs", "twiddle_muff"),
        need("Activity aprons", "activity_apron"),
    ],
    bcg=[CIRCULAR],
)
sme(
    83,
    "th",
    "บ้านพักคนชราสุขใจ",
    ALC,
    DOWN,
    "Nonthaburi",
    "sukjai.elderhome@gmail.com",
    offers=[("ผ้าปูที่นอนเก่า ผ้าขนหนูใช้แล้ว", "used_linen")],
    needs=[
        need("ผ้านวม 100 ผืน สำหรับห้องพักผู้สูงอายุ", "ordinary_quilt"),
        need("ผ้ารองฉี่ผู้ใหญ่ แบบซักได้", "washable_underpad"),
        need("เสื้อผ้าผู้สูงอายุ ถอดง่าย", "adaptive_clothing"),
    ],
)
sme(
    84,
    "th",
    "ศูนย์ดูแลผู้สูงอายุโคราช",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "korat.eldercare@gmail.com",
    needs=[
        need("ผ้าห่มฝึกมือ สำหรับผู้ป่วยอัลไซเมอร์", "fidget_quilt"),
        need(
            "ผ้าห่มถ่วงน้ำหนัก ช่วยให้นอนหลับ ไม่ต้องมี มอก.",
            "weighted_blanket",
            waive=("Thai Industrial Standard",),
        ),
    ],
)
sme(
    85,
    "en",
    "Hua Hin Senior Living",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "procure@huahinsenior.com",
    needs=[
        need("Incontinence underpads, ISO 13485 if possible", "washable_underpad", waive=("ISO 13485",)),
        need("Weighted blankets 4-6 kg for anxious residents", "weighted_blanket"),
    ],
)
sme(
    86,
    "th",
    "โรงพยาบาลเอกชนหาดใหญ่รวมแพทย์",
    ALC,
    DOWN,
    "Songkhla",
    "hatyai.ruampat@gmail.com",
    offers=[("ผ้าปูเตียงเก่า ผ้าม่านเก่า จากหอผู้ป่วย", "used_linen")],
    needs=[
        need("ถุงน่องทางการแพทย์ ต้องมีเลขทะเบียน อย.", "compression_stockings", req=("Thai FDA",)),
        unmet("ผ้าถุงลายปาเต๊ะ ให้ผู้ป่วยหญิง", "batik sarongs; no batik maker in the set"),
    ],
)
sme(
    87,
    "en",
    "Riverside Private Hospital",
    ALC,
    DOWN,
    "Bangkok",
    "supply@riversidehospital.co.th",
    offers=[("Retired hospital linen in bales", "used_linen")],
    needs=[
        need("Medical compression stockings from an ISO 13485 plant", "compression_stockings", req=("ISO 13485",)),
        unmet("Finished waterproof mattress covers", "nobody makes finished mattress covers"),
    ],
)
sme(
    88,
    "th",
    "ชมรมผู้ปกครองเด็กออทิสติกอุดร",
    ALI,
    DOWN,
    "Udon Thani",
    "udon.autism.parents@gmail.com",
    needs=[
        need("เสื้อกั๊กใส่เม็ดถ่วง ให้ลูกใส่ไปโรงเรียน", "weighted_vest"),
        need("ศูนย์ฝึกกิจกรรมบำบัดใกล้บ้าน", "therapy_session"),
    ],
)
sme(
    89,
    "en",
    "Phuket Autism Parents Network",
    ALC,
    DOWN,
    "Phuket",
    "phuketautismparents@gmail.com",
    needs=[
        need("Weighted stuffed animal for a 7-year-old", "weighted_toy"),
        unmet("Lycra sensory swing", "no one makes swings"),
    ],
)
sme(
    90,
    "en",
    "Little Senses Online Store",
    ALC,
    DOWN,
    "Bangkok",
    "buying@littlesenses.co.th",
    needs=[
        need("Kids weighted blankets, OEKO-TEX Standard 100 only", "weighted_blanket", req=("OEKO-TEX Standard 100",)),
        need("Weighted blanket covers in fun prints", "weighted_blanket_cover"),
    ],
)
sme(
    91,
    "th",
    "ร้านอุปกรณ์ผู้สูงอายุบางแค",
    ALC,
    DOWN,
    "Bangkok",
    "bangkhae.elderstore@gmail.com",
    needs=[
        need("แผ่นรองกันเปื้อนที่นอน", "washable_underpad"),
        need("ถุงน่องลดเส้นเลือดขอด", "compression_stockings"),
        unmet("ไม้เท้าพับได้ น้ำหนักเบา", "walking sticks; not a textile, no one offers them"),
    ],
)
sme(
    92,
    "th",
    "ร้านของฝากหาดใหญ่",
    ALC,
    DOWN,
    "Songkhla",
    "hatyai.souvenir@gmail.com",
    needs=[
        need("กระเป๋าผ้าย้อมคราม ส่งขายหน้าร้าน", "cotton_bag"),
        unmet("ผ้ายกนาหมื่นศรี", "Na Muen Si brocade; no southern weaver in the set"),
    ],
)
sme(
    93,
    "en",
    "Siam Lifestyle Department Store",
    ALC,
    DOWN,
    "Bangkok",
    "homebuyer@siamlifestyle.co.th",
    needs=[
        need("Handwoven indigo bags for the craft corner", "cotton_bag"),
        need("Ordinary cotton quilts, OTOP welcome but not required", "ordinary_quilt", waive=("OTOP",)),
        need("Indigo cotton yardage from natural vats, no synthetic dye", "indigo_dyed_cotton_fabric"),
    ],
)
sme(
    94,
    "en",
    "Eastern Textile Recycling Plant",
    CIRC,
    UP,
    "Chonburi",
    "intake@easternrecycling.co.th",
    offers=[("Shredded textile fibre for padding and insulation", "recycled_cotton_fibre")],
    needs=[need("Worn hospital linen, cotton-rich, in bales", "used_linen")],
    certifications=["GRS"],
    bcg=[CIRCULAR],
)
sme(
    95,
    "th",
    "ร้านเบาะรองนั่งรีไซเคิลโคราช",
    CIRC,
    DOWN,
    "Nakhon Ratchasima",
    "korat.recycushion@gmail.com",
    offers=[("เบาะรองนั่งยัดใยรีไซเคิล", "seat_cushion")],
    needs=[need("ใยรีไซเคิลยัดเบาะ ต้องมี GRS", "recycled_polyester_fibrefill", "recycled_cotton_fibre", req=("GRS",))],
    bcg=[CIRCULAR],
)


# ---------------------------------------------------------------- links


def links_of(smes: list[Sme]) -> list[tuple[str, str]]:
    """(supplier, buyer) pairs where an offer label is listed by a need and the supplier holds its certifications."""
    pairs = set()
    for buyer in smes:
        for n in buyer.needs:
            for supplier in qualified_suppliers(smes, buyer, n):
                pairs.add((supplier.id, buyer.id))
    return sorted(pairs)


def qualified_suppliers(smes: list[Sme], buyer: Sme, n: Need) -> list[Sme]:
    found = []
    for supplier in smes:
        if supplier is buyer:
            continue
        held = {resolve_certification(c) for c in supplier.certifications}
        if any(label in n.labels for _, label in supplier.offers) and set(n.requires) <= held:
            found.append(supplier)
    return found


# ---------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")


def thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha() or THAI_RE.match(c)]
    return sum(1 for c in letters if THAI_RE.match(c)) / max(1, len(letters))


def latin_only(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text if c.isalpha()) and not THAI_RE.search(text)


def mentions(text: str, cert_name: str) -> bool:
    cert = next(c for c in CERTIFICATIONS if c.name == cert_name)
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(ids) != N_PROFILES or len(set(ids)) != N_PROFILES:
        errors.append(f"expected {N_PROFILES} unique ids, got {len(ids)} ({len(set(ids))} unique)")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids are not bse-001 ... bse-095 in order")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language {s.language!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(set(s.bcg)) != len(s.bcg) or not all(isinstance(t, BcgTag) for t in s.bcg):
            errors.append(f"{where}: bad bcg tags")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        phrases = [s.name] + [t for t, _ in s.offers] + [n.text for n in s.needs]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                errors.append(f"{where}: untidy phrase {phrase!r}")
            if s.language == "th" and thai_share(phrase) < 0.6:
                errors.append(f"{where}: Thai phrase is not mostly Thai: {phrase!r}")
            if s.language == "en" and not latin_only(phrase):
                errors.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        for _, label in s.offers:
            if not LABEL_RE.match(label):
                errors.append(f"{where}: bad label {label!r}")
        offer_texts = {t.casefold() for t, _ in s.offers}
        for n in s.needs:
            for label in n.labels:
                if not (offered_by.get(label, set()) - {s.id}):
                    errors.append(f"{where}: label {label!r} in need {n.text!r} is offered by no one else")
            if n.text.casefold() in offer_texts:
                errors.append(f"{where}: need repeats an offer: {n.text!r}")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: {c!r} is not a canonical certification name")
                elif not mentions(n.text, c):
                    errors.append(f"{where}: certification {c!r} is not named in {n.text!r}")
            found = find_certifications(n.text)
            if found != set(n.requires):
                errors.append(f"{where}: {n.text!r} reads as requiring {sorted(found)}, labelled {list(n.requires)}")
            qualified = qualified_suppliers(smes, s, n)
            if n.note and qualified:
                errors.append(f"{where}: need {n.text!r} is marked unmet but is met by {[q.id for q in qualified]}")
            if not n.note and not qualified:
                errors.append(f"{where}: need {n.text!r} is met by no one but has no note")
            if not n.note and not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no labels")
            for other in smes:
                if other is not s:
                    for t, _ in other.offers:
                        if t.casefold() == n.text.casefold():
                            errors.append(f"{where}: need {n.text!r} repeats an offer of {other.id}")
    errors += check_targets(smes, links)
    return errors


def check_targets(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors = []
    lang = {s.id: s.language for s in smes}
    th = sum(1 for s in smes if s.language == "th")
    if not 0.50 <= th / len(smes) <= 0.60:
        errors.append(f"Thai share {th}/{len(smes)} is not about 55 %")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} true links, target {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    cross = sum(1 for a, b in links if lang[a] != lang[b])
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language links {cross}/{len(links)} are not about half")
    needs = [(s, n) for s in smes for n in s.needs]
    unmet_count = sum(1 for _, n in needs if n.note)
    if not 17 <= unmet_count <= 23:
        errors.append(f"{unmet_count} unmet needs, target about 20")
    met_sizes = [len(qualified_suppliers(smes, s, n)) for s, n in needs if not n.note]
    if sum(1 for k in met_sizes if k <= 3) < 0.6 * len(met_sizes):
        errors.append("fewer than 60 % of met needs are met by 1-3 suppliers")
    return errors


# ---------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": [t.value for t in s.bcg],
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    lang = {s.id: s.language for s in smes}
    sub = {s.id: s.sub_cluster for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.note]
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    th = sum(1 for s in smes if s.language == "th")
    rows.append(("Thai / English profiles", f"{th} / {len(smes) - th}"))
    by_sub = Counter(s.sub_cluster for s in smes)
    for value in SubCluster:
        rows.append((f"sub-cluster `{value.value}`", str(by_sub[value])))
    by_stage = Counter(s.stage for s in smes)
    for value in Stage:
        rows.append((f"stage `{value.value}`", str(by_stage[value])))
    by_region = Counter(resolve_province(s.province).region for s in smes)  # type: ignore[union-attr]
    for region, count in sorted(by_region.items(), key=lambda item: (-item[1], item[0].value)):
        rows.append((f"region {region.value}", str(count)))
    rows.append(("distinct provinces", str(len({resolve_province(s.province) for s in smes}))))
    offers = [label for s in smes for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    sizes = Counter(min(len(qualified_suppliers(smes, s, n)), 4) for s, n in met)
    rows.append(("met needs with 1 / 2 / 3 / 4+ qualified suppliers", " / ".join(str(sizes[k]) for k in (1, 2, 3, 4))))
    rows.append(("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(1 for a, b in links if lang[a] == "th" and lang[b] == "en")
    en_th = sum(1 for a, b in links if lang[a] == "en" and lang[b] == "th")
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({100 * cross / max(1, len(links)):.1f} %)"))
    rows.append(
        (
            "within-language links (th-th / en-en)",
            f"{len(links) - cross} "
            f"({sum(1 for a, b in links if lang[a] == lang[b] == 'th')} / "
            f"{sum(1 for a, b in links if lang[a] == lang[b] == 'en')})",
        )
    )
    rows.append(("links between different sub-clusters", str(sum(1 for a, b in links if sub[a] != sub[b]))))
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# Evaluation set `blind_plain_sensory`

Hand-labelled supplier-buyer pairs for the partner matchmaking of the Health and Wellness Economy cluster, on
one theme: sensory and therapy textiles (weighted blankets and lap pads, glass beads and plastic pellets for
filling, fidget quilts, twiddle muffs and activity aprons, weighted and compression vests, washable underpads,
adaptive clothing) with the therapy centres, special schools, care homes, hospitals, shops and parents that
buy them, and the ordinary upstream and midstream suppliers around them (hemp, cotton and silk fibre and
yarn, recycled fibre, textile waste, indigo and other dyestuffs, woven and knitted cloth, dyeing, sewing,
notions).

## What it checks

Whether the matcher finds the true supplier-buyer pairs from wording it has never seen. The profiles are
plain registry entries: one short phrase per offer or need, about 55 % in Thai and the rest in English. The
same goods are written in many ways (regional names such as ห้อม, ม่อฮ่อม, ปุยงิ้ว, ฝ้ายเมือง, pakama,
trade words such as ใยมุก, power mesh, CMT, OE yarn, with and without quantities, prices, sizes and minimum
orders), and a need is worded differently from the offers that meet it, often in the other language. Hard
but fair cases are included on purpose:

- a service versus the goods it works on: indigo dyeing of the customer's cloth versus indigo-dyed cloth,
  commission dyeing versus dyed cloth, sewing for others versus finished products, repair of weighted
  blankets versus new blankets;
- raw versus processed: hemp bast fibre, hemp yarn, hemp fabric; cotton lint, handspun yarn, mill yarn,
  handwoven and mill cloth; recycled fibre versus recycled yarn versus cloth woven from it;
- waste and used goods versus new: cutting scraps, post-consumer clothing and retired hospital linen versus
  fibre and cloth; recycled versus virgin pellets;
- look-alike products: weighted vests versus compression vests versus compression sportswear versus medical
  compression stockings; weighted blankets versus their covers versus ordinary quilts; filling glass beads
  versus beads for threading; synthetic-indigo denim versus naturally indigo-dyed cotton;
- finished goods described by their material, colour or technique (an indigo handwoven cotton bag is a bag);
- needs written as a wish, a bare noun phrase or a question, refusals ("virgin PP only, no regrind",
  "no synthetic dye"), needs that require a named certification and needs that name one only to waive it
  ("ISO 13485 if possible", "ไม่ต้องมี OEKO-TEX");
- needs that no one in the set meets, including one whose goods exist but whose certification no supplier holds.

## How it was written

By hand. The writer read only Section 1 of the shared contracts (the cluster profile JSONL format and the
links CSV), the project's taxonomy module (`shared/taxonomy.py`) with its data files (sub-clusters, stages,
BCG tags, provinces, certifications), and the project's ruff settings. Nothing of the matcher, its glossary,
its tests, other evaluation sets or the project's data was read. Every profile, phrase and label is written
out in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `weighted_vest` versus `compression_vest`). Every
need either lists the offer labels that would meet it and the certifications its text requires, or is marked
as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier
carries a label listed by one of the buyer's needs and the supplier's certifications hold every certification
that need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification is not required. The labels
live only in `write.py`; the profiles carry no labels.

Before writing, the script checks that ids are unique and well formed, every contract field is valid (provinces
resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster, stage and BCG values
come from the taxonomy), every label a need lists is offered by someone other than the buyer, every met need has
a qualified supplier and every unmet one has none, a required or waived certification is named in the need's
text (and the taxonomy reads a required one as required and a waived one as not), Thai phrases are mostly Thai
letters and English ones Latin only, and the size targets hold (160-180 links, about half across languages,
about 20 unmet needs). It writes nothing if any check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_sensory/write.py

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 profiles, ids `bse-001` to `bse-095`, in the contract's JSONL version 1 format.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    links = links_of(SMES)
    errors = check(SMES, links)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    table = counts_table(SMES, links)
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": README + table,
    }
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
