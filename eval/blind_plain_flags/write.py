"""Write the hand-labelled evaluation set `eval/blind_plain_flags/`.

Theme: flags and banners (national, Buddhist and royal flags, kathin sets, northern tung, bunting, parade
banners, flag poles and ropes, flag cloth, printing and sewing) plus the ordinary upstream and midstream
suppliers of the cluster. 95 plain registry entries, about 55 % in Thai.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it and the
certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is a true link when
an offer of the supplier carries a label that one of the buyer's needs lists and the supplier holds every
certification that need requires. Labels live only in this file; the profiles carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_flags/write.py

It checks the data first and writes nothing if any check fails.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Province,
    Region,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent
PREFIX = "bfg"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

TIS = "Thai Industrial Standard"
OEKO = "OEKO-TEX Standard 100"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a need that is met


@dataclass(frozen=True)
class Profile:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    handle: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def x(text: str, why: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets (with labels when only the certification is missing)."""
    return Need(text, labels, req, (), why)


def p(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    handle: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Profile:
    return Profile(num, language, name, sub_cluster, stage, province, handle, tuple(offers), tuple(needs), certs, bcg)


# ---------------------------------------------------------------------------------------------- data

PROFILES: list[Profile] = [
    # --------------------------------------------------------------- upstream: yarn, fibre, waste, poles
    p(
        1,
        "en",
        "Siam PolyFil Co., Ltd.",
        SPORT,
        UP,
        "Rayong",
        "siampolyfil",
        [o("Polyester FDY 150D/48F bright, raw white", "polyester_filament_yarn")],
        [x("Clean PET bottle flakes, hot-washed, 1 t a month", "no one in the set sells bottle flakes")],
        certs=(OEKO,),
    ),
    p(
        2,
        "th",
        "บริษัท เส้นใยรุ่งเรือง จำกัด",
        SPORT,
        UP,
        "Samut Prakan",
        "rungruangfiber",
        [o("ด้ายโพลีเอสเตอร์ 75D ม้วนละ 5 กก.", "polyester_filament_yarn")],
        [],
    ),
    p(
        3,
        "en",
        "GreenLoop Yarns",
        CIRC,
        UP,
        "Chonburi",
        "greenloop",
        [o("rPET filament 150D spun from post-consumer bottles", "recycled_pet_yarn")],
        [
            n(
                "Post-industrial polyester trimmings, light colours, GRS not required",
                "polyester_offcuts",
                waive=("GRS",),
            )
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    p(
        4,
        "th",
        "วิสาหกิจชุมชนรีไซเคิลบ้านห้วยจรเข้",
        CIRC,
        UP,
        "Nakhon Pathom",
        "huaijorakhe",
        [o("ด้ายรีไซเคิลจากขวด PET สีขาว", "recycled_pet_yarn")],
        [n("รับซื้อธงเก่า ธงชาติที่ปลดแล้ว ทุกสภาพ", "used_flags")],
        bcg=("circular",),
    ),
    p(
        5,
        "th",
        "โรงปั่นด้ายฝ้ายโคราช",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "koratcotton",
        [o("ด้ายฝ้าย Ne 20/1 สีดิบ ลูกละ 1.89 กก.", "cotton_yarn")],
        [n("ปุยฝ้ายหีบแล้ว ไม่มีเมล็ด", "cotton_lint")],
    ),
    p(
        6,
        "en",
        "Phetchabun Organic Cotton Farm",
        HEMP,
        UP,
        "Phetchabun",
        "pborganic",
        [o("Ginned organic cotton lint, hand-picked", "cotton_lint")],
        [x("Jute sacks for lint bales", "no one sells jute sacks")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    p(
        7,
        "th",
        "กลุ่มทอผ้ากัญชงม้ง บ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai",
        [
            o("เส้นใยกัญชงเข็นมือ เป็นไจ", "hemp_yarn"),
            o("เปลือกกัญชงลอกตากแห้ง มัดละ 5 กิโล", "raw_hemp_fibre"),
            o("ผ้าใยกัญชงทอมือ หน้าแคบ 35 ซม.", "handwoven_hemp_fabric"),
        ],
        [n("ห้อมหรือครามเปียก สำหรับย้อมผ้าเขียนเทียน", "indigo_paste")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    p(
        8,
        "en",
        "Tak Hemp Fibre Co.",
        HEMP,
        UP,
        "Tak",
        "takhemp",
        [o("Decorticated hemp bast, baled 100 kg", "raw_hemp_fibre"), o("Mill-spun hemp yarn Nm 10", "hemp_yarn")],
        [],
        bcg=("bio",),
    ),
    p(
        9,
        "th",
        "ไร่ฝ้ายอินทรีย์ภูหลวง",
        HEMP,
        UP,
        "Loei",
        "phuluangcotton",
        [o("ฝ้ายตุ่ยพื้นเมือง ปลูกแบบอินทรีย์ ขายเป็นปุย", "cotton_lint")],
        [x("มีใครรับหีบฝ้ายแยกเมล็ดบ้างไหม", "no ginning service in the set")],
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    p(
        10,
        "th",
        "ห้อมเปียกแม่ทาน",
        HEMP,
        UP,
        "Phrae",
        "maethanhom",
        [
            o("ห้อมเปียกหมักเอง ถังละ 20 กก.", "indigo_paste"),
            o("ผ้าหม้อห้อมทอมือ พับละ 4 หลา", "indigo_dyed_cotton_fabric"),
        ],
        [n("ผ้าดิบ หรือผ้าฝ้ายขาวทอมือ ที่ยังไม่ผ่านการย้อม", "cotton_greige_fabric", "handwoven_cotton_fabric")],
        bcg=("bio",),
    ),
    p(
        11,
        "th",
        "กลุ่มย้อมครามบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        "donkoi",
        [
            o("เนื้อครามจากต้นครามฝักงอ", "indigo_paste"),
            o("รับย้อมคราม ผ้าลูกค้าส่งมา ขั้นต่ำ 10 เมตร", "natural_dyeing_service"),
        ],
        [
            n(
                "ด้ายฝ้ายเบอร์ 20/2 หรือฝ้ายเข็นมือ ไม่ต้องมีตราออร์แกนิคไทยแลนด์",
                "cotton_yarn",
                waive=("Organic Thailand",),
            ),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    p(
        12,
        "th",
        "บ้านไหมทับทิมสยาม สุรินทร์",
        ALI,
        UP,
        "Surin",
        "tabtimsilk",
        [o("ไหมน้อยสาวมือ ไหมพื้นบ้าน", "silk_yarn")],
        [x("ครั่งแห้งสำหรับย้อมไหมสีแดง", "no one sells lac dyestuff")],
        certs=("Thai Silk Peacock Emblem",),
    ),
    p(
        13,
        "th",
        "สวนไผ่บ้านนาดี",
        HEMP,
        UP,
        "Prachinburi",
        "nadibamboo",
        [o("ไม้ไผ่ลำยาว 6-8 ม. ตัดตากแห้งแล้ว ขั้นต่ำ 100 ลำ", "bamboo_pole")],
        [],
        bcg=("bio",),
    ),
    p(
        14,
        "th",
        "ไผ่รวกเกาะคา",
        HEMP,
        UP,
        "Lampang",
        "kokhabamboo",
        [o("ไผ่รวกลำตรง สำหรับปักตุง ยาว 4 เมตร", "bamboo_pole")],
        [],
        bcg=("bio",),
    ),
    p(
        15,
        "en",
        "Bangkok Flag Recovery",
        CIRC,
        UP,
        "Bangkok",
        "flagrecovery",
        [
            o("Sorted used polyester flags, 50 kg bales", "used_flags"),
            o("Print-room trimmings from flag factories, mixed colours", "polyester_offcuts"),
        ],
        [],
        bcg=("circular",),
    ),
    # --------------------------------------------------------------- midstream: cloth, dyeing, printing, sewing
    p(
        16,
        "en",
        "Mahachai Weaving Mill",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachaiweaving",
        [
            o("Plain-weave polyester flag cloth 110 g/m2, white, 150 cm", "white_polyester_flag_fabric"),
            o("Solid-dyed polyester taffeta in red, navy and yellow", "dyed_polyester_fabric"),
        ],
        [n("Warp yarn: 75 denier polyester filament, 500 kg monthly", "polyester_filament_yarn")],
        certs=(OEKO, "ISO 9001"),
    ),
    p(
        17,
        "th",
        "ร้านผ้าสำเพ็งสยามธง",
        ALC,
        MID,
        "Bangkok",
        "sampengfabric",
        [
            o("ผ้าโทเรขาว พับละ 50 หลา", "white_polyester_flag_fabric"),
            o("ผ้าร่มสีพื้น แดง ขาว น้ำเงิน ตัดธงชาติ", "dyed_polyester_fabric"),
        ],
        [n("หาโรงย้อมรับจ้าง ย้อมผ้าโทเรดิบของร้านเป็นสีพื้น", "polyester_dyeing_service")],
    ),
    p(
        18,
        "en",
        "Silk Road Satin Trading",
        ALC,
        MID,
        "Bangkok",
        "silkroadsatin",
        [o("Polyester satin, 58 inch, 30 colours", "polyester_satin_fabric")],
        [],
        certs=("Oeko-Tex 100",),
    ),
    p(
        19,
        "en",
        "ReThread Fabrics",
        CIRC,
        MID,
        "Samut Prakan",
        "rethread",
        [o("Recycled PET woven fabric 100 gsm, white, for printing", "recycled_pet_fabric")],
        [n("GRS-certified recycled polyester filament yarn", "recycled_pet_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=("circular",),
    ),
    p(
        20,
        "th",
        "โรงทอผ้าดิบโพธาราม",
        HEMP,
        MID,
        "Ratchaburi",
        "photharamweave",
        [o("ผ้าดิบฝ้าย 100% หน้า 36 นิ้ว", "cotton_greige_fabric")],
        [
            x(
                "ด้ายฝ้ายอินทรีย์ ต้องได้ตราออร์แกนิคไทยแลนด์",
                "cotton yarn is sold, but no spinner holds Organic Thailand",
                "cotton_yarn",
                req=("Organic Thailand",),
            ),
        ],
    ),
    p(
        21,
        "en",
        "Isan Handloom Cooperative",
        ALI,
        MID,
        "Khon Kaen",
        "isanhandloom",
        [
            o("Handloom cotton cloth, natural white, 90 cm", "handwoven_cotton_fabric"),
            o("Hand-spun cotton thread in skeins", "cotton_yarn"),
        ],
        [n("Someone to indigo-dye the cloth we weave, natural vat only", "natural_dyeing_service")],
        certs=("OTOP",),
    ),
    p(
        22,
        "th",
        "กลุ่มทอผ้าบ้านซาววา",
        HEMP,
        MID,
        "Nan",
        "saowawa",
        [o("ผ้าฝ้ายทอมือลายน้ำไหล", "handwoven_cotton_fabric"), o("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "cloth_bag")],
        [n("ฝ้ายย้อมสีธรรมชาติ สีครั่ง สีคราม สีเปลือกไม้", "natural_dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    p(
        23,
        "en",
        "Lanna Indigo Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "lannaindigo",
        [
            o("Indigo vat dyeing of your fabric or garments, from 5 m", "natural_dyeing_service"),
            o("Indigo-dyed handwoven cotton by the metre", "indigo_dyed_cotton_fabric"),
        ],
        [n("Would like a steady monthly source of fermented indigo paste", "indigo_paste")],
    ),
    p(
        24,
        "th",
        "ฝ้ายย้อมสีธรรมชาติ ป่าซาง",
        HEMP,
        MID,
        "Lamphun",
        "pasangdye",
        [o("ด้ายฝ้ายย้อมสีธรรมชาติ เปลือกประดู่ ขมิ้น", "natural_dyed_cotton_yarn")],
        [n("ด้ายฝ้ายสีขาว ยังไม่ได้ย้อม ไม่ฟอกคลอรีน", "cotton_yarn")],
    ),
    p(
        25,
        "en",
        "Thai Dyeworks",
        SPORT,
        MID,
        "Samut Sakhon",
        "thaidyeworks",
        [o("Commission jet dyeing of polyester greige, min 300 m", "polyester_dyeing_service")],
        [x("Disperse dyes in bulk, 25 kg drums", "no dyestuff seller in the set")],
        certs=("bluesign", "ISO 14001"),
        bcg=("green",),
    ),
    p(
        26,
        "th",
        "โรงพิมพ์ผ้าสกรีนบางบอน",
        SPORT,
        MID,
        "Bangkok",
        "bangbonscreen",
        [
            o("รับสกรีนธงตามแบบ ใช้ผ้าของลูกค้า", "screen_printing_service"),
            o("เศษผ้าร่มเหลือจากตัดธง ขายเหมากิโล", "polyester_offcuts"),
        ],
        [n("ผ้าโทเรสีขาว ไว้รองพิมพ์", "white_polyester_flag_fabric")],
    ),
    p(
        27,
        "th",
        "ขอนแก่นสกรีนแอนด์ธง",
        SPORT,
        MID,
        "Khon Kaen",
        "kkscreen",
        [
            o("รับจ้างสกรีนลงผ้าที่ลูกค้านำมาเอง", "screen_printing_service"),
            o("ธงคณะสี ธงกีฬาสี เย็บสำเร็จ", "custom_printed_flag"),
        ],
        [n("ผ้าร่มสีพื้นหลายสี ม้วนละ 50 หลา", "dyed_polyester_fabric")],
    ),
    p(
        28,
        "en",
        "PrintPoint Sublimation",
        SPORT,
        MID,
        "Pathum Thani",
        "printpoint",
        [
            o("Dye-sub printing on your polyester, up to 3.2 m wide", "sublimation_printing_service"),
            o("Thai tricolour pattern printed on rolls, for bunting makers", "printed_flag_fabric_roll"),
            o("Custom logo flags, full colour, hemmed", "custom_printed_flag"),
        ],
        [n("Toray-type white PES for dye-sub, 3.2 m wide", "white_polyester_flag_fabric", "recycled_pet_fabric")],
        certs=(OEKO,),
    ),
    p(
        29,
        "th",
        "เชียงใหม่ดิจิตอลพริ้นท์",
        SPORT,
        MID,
        "Chiang Mai",
        "cmdigital",
        [
            o("รับพิมพ์ผ้าระบบซับลิเมชั่น ลูกค้าส่งผ้ามาเอง", "sublimation_printing_service"),
        ],
        [
            n("ผ้าซาติน หรือ ผ้าต่วน หน้ากว้าง", "polyester_satin_fabric"),
            x("กระดาษทรานสเฟอร์ซับลิเมชั่น ม้วน 100 เมตร", "no one sells transfer paper"),
        ],
    ),
    p(
        30,
        "th",
        "กลุ่มแม่บ้านเย็บธงบ้านหนองแวง",
        ALI,
        MID,
        "Roi Et",
        "nongwaengsew",
        [o("รับเย็บธง พับริม ใส่ตาไก่ ผ้าผู้ว่าจ้าง", "flag_sewing_service")],
        [
            n("ตาไก่ทองเหลือง เบอร์ 8 พร้อมเหล็กตอก", "grommets"),
            n(
                "ผ้าตัดธงอะไรก็ได้ โทเร ร่ม หรือต่วน ขอเป็นม้วน",
                "white_polyester_flag_fabric",
                "dyed_polyester_fabric",
                "polyester_satin_fabric",
                "recycled_pet_fabric",
            ),
        ],
        certs=("OTOP",),
    ),
    p(
        31,
        "en",
        "Nonthaburi Cut & Sew",
        ALC,
        MID,
        "Nonthaburi",
        "nbcutsew",
        [o("CMT sewing of flags, banners and sashes from customer cloth", "flag_sewing_service")],
        [],
    ),
    p(
        32,
        "th",
        "หจก. สุโขทัยธงไทย",
        ALC,
        DOWN,
        "Sukhothai",
        "sukhothaiflag",
        [
            o("ธงชาติไทย ผ้าร่ม 60x90 ซม. ผ่าน มอก.", "thai_national_flag"),
            o("รับตัดเย็บธงตามสั่ง ผ้าลูกค้า", "flag_sewing_service"),
        ],
        [n("ผ้าแดง ขาว น้ำเงิน สำหรับเย็บธงไตรรงค์", "dyed_polyester_fabric")],
        certs=(TIS,),
    ),
    p(
        33,
        "th",
        "ร้านปักจักรบางลำพู",
        ALC,
        MID,
        "Bangkok",
        "banglamphuembroid",
        [o("รับปักชื่อ ปักโลโก้ลงธงและป้ายผ้า", "embroidery_service")],
        [x("ด้ายดิ้นทองสำหรับปักจักร", "no one sells metallic embroidery thread")],
    ),
    p(
        34,
        "en",
        "Stitchcraft Embroidery",
        SPORT,
        MID,
        "Samut Prakan",
        "stitchcraft",
        [o("12-head machine embroidery of logos on pennants and banners", "embroidery_service")],
        [],
    ),
    # --------------------------------------------------------------- midstream: poles, ropes, hardware, trims
    p(
        35,
        "en",
        "Pole Master Industries",
        SPORT,
        MID,
        "Samut Prakan",
        "polemaster",
        [o("Aluminium flagpoles 6-12 m, internal halyard", "metal_flag_pole")],
        [n("Braided polyester halyard 6 mm, UV-stable", "flag_halyard_rope")],
        certs=("ISO 9001",),
    ),
    p(
        36,
        "th",
        "ช่างเสาธงกรุงเก่า",
        ALC,
        MID,
        "Ayutthaya",
        "ayutthayapole",
        [o("เสาธงสแตนเลส พร้อมลูกรอก", "metal_flag_pole")],
        [n("เชือกชักธงไนลอน", "flag_halyard_rope")],
    ),
    p(
        37,
        "th",
        "เชือกถักมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachairope",
        [o("เชือกถักโพลีเอสเตอร์ 5 มม. ม้วน 200 ม.", "flag_halyard_rope")],
        [n("ด้ายโพลีเส้นใหญ่ 1000D สำหรับถักเชือก", "polyester_filament_yarn")],
    ),
    p(
        38,
        "en",
        "Rope & Rigging Siam",
        SPORT,
        MID,
        "Chonburi",
        "roperigging",
        [o("UV-stabilised flag halyard with snap hooks", "flag_halyard_rope")],
        [],
    ),
    p(
        39,
        "en",
        "Bangkok Grommet Supply",
        ALC,
        MID,
        "Bangkok",
        "bkkgrommet",
        [o("Brass grommets #0-#10 with setting dies", "grommets")],
        [],
    ),
    p(
        40,
        "th",
        "ดิ้นทองพาหุรัด",
        ALC,
        MID,
        "Bangkok",
        "phahuratgold",
        [o("พู่ทอง ระบายดิ้นทอง สำหรับธงพิธี", "gold_fringe_trim")],
        [],
    ),
    p(
        41,
        "th",
        "ป้ายไวนิลอุดร",
        ALI,
        MID,
        "Udon Thani",
        "udonvinyl",
        [o("ป้ายไวนิล อิงค์เจ็ท ตารางเมตรละ 120 บาท", "vinyl_banner")],
        [x("ไวนิลม้วนสำหรับเครื่องพิมพ์ หน้ากว้าง 3.2 ม.", "no one sells blank vinyl rolls")],
    ),
    # --------------------------------------------------------------- downstream: flag makers and sellers
    p(
        42,
        "th",
        "โรงงานธงไทยวัฒนา",
        ALC,
        DOWN,
        "Bangkok",
        "thaiwatthanaflag",
        [
            o("ธงไตรรงค์ทุกขนาด ได้ มอก.", "thai_national_flag"),
            o("ธงธรรมจักร ผ้าต่วนเหลือง", "buddhist_dharma_flag"),
            o("ธงตราสัญลักษณ์ ธงเหลือง ธงม่วง", "royal_emblem_flag"),
        ],
        [
            n("ผ้าโพลีเอสเตอร์ย้อมสี สีไม่ตก ผ่านโอเคเท็กซ์", "dyed_polyester_fabric", req=(OEKO,)),
            n("ผ้าต่วนสีเหลืองทอง", "polyester_satin_fabric"),
        ],
        certs=(TIS, "ISO 9001"),
    ),
    p(
        43,
        "en",
        "Nonthaburi Flag House",
        ALC,
        DOWN,
        "Nonthaburi",
        "nbflaghouse",
        [
            o("Thai national flags, knitted polyester, five sizes", "thai_national_flag"),
            o("Royal yellow and purple flags with emblem", "royal_emblem_flag"),
            o("Desk flag sets, Thai and ASEAN members", "table_flag_set"),
        ],
        [
            n(
                "Printing of emblems on our own cut flag blanks, screen or dye-sub",
                "screen_printing_service",
                "sublimation_printing_service",
            ),
            x("Chrome desk stands for table flags", "no one sells desk stands"),
        ],
    ),
    p(
        44,
        "th",
        "ขอนแก่นธงชาติ",
        ALI,
        DOWN,
        "Khon Kaen",
        "kkflag",
        [o("ธงราวสามเหลี่ยม ธงราวสามสี ยาว 10 เมตร", "bunting")],
        [
            n("มีใครรับเย็บธงเหมาช่วงเทศกาลบ้างคะ", "flag_sewing_service"),
            n("ผ้าพิมพ์ลายธงชาติเป็นม้วน", "printed_flag_fabric_roll"),
        ],
    ),
    p(
        45,
        "th",
        "ร้านสังฆภัณฑ์กรุงเก่า",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "krungkaosangkha",
        [
            o("ธงธรรมจักรทุกขนาด ผืนละ 35 บาทขึ้นไป", "buddhist_dharma_flag"),
            o("ธงกฐิน ชุดจระเข้ ตะขาบ นางมัจฉา เต่า", "kathin_flag_set"),
        ],
        [n("ระบายทองสำหรับชายธง", "gold_fringe_trim"), n("ผ้าซาตินเหลือง ม้วนใหญ่", "polyester_satin_fabric")],
    ),
    p(
        46,
        "en",
        "Dhamma Flags Trading",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "dhammaflags",
        [o("Dharma wheel flags, yellow satin, 30x45 to 120x180 cm", "buddhist_dharma_flag")],
        [],
    ),
    p(
        47,
        "th",
        "ธงกฐินอุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubonkathin",
        [o("ธงจระเข้ ธงกฐิน ผ้าพิมพ์ลาย", "kathin_flag_set"), o("ธงชัยยาวประดับเสาวัด 1x6 เมตร", "temple_banner")],
        [n("ร้านสกรีนลายจระเข้ลงผ้าต่วน", "screen_printing_service")],
    ),
    p(
        48,
        "en",
        "Temple Banner Workshop",
        ALC,
        DOWN,
        "Chachoengsao",
        "templebanner",
        [o("Long vertical temple banners, printed or hand-painted", "temple_banner")],
        [n("Gold metallic fringe 10 cm for banner hems", "gold_fringe_trim")],
    ),
    p(
        49,
        "th",
        "ตุงล้านนา บ้านถวาย",
        HEMP,
        DOWN,
        "Chiang Mai",
        "bantawaitung",
        [o("ตุงผ้าทอมือ ตุงชัย ตุงค่าคิง", "tung")],
        [
            n("ผ้าฝ้ายทอมือหน้าแคบ ทำตุง ไม่จำเป็นต้องมี OTOP", "handwoven_cotton_fabric", waive=("OTOP",)),
            n("ด้ายสีย้อมธรรมชาติสำหรับทอลาย", "natural_dyed_cotton_yarn"),
        ],
        certs=("OTOP",),
    ),
    p(
        50,
        "th",
        "กลุ่มทอตุงเวียงยอง",
        HEMP,
        DOWN,
        "Lamphun",
        "wiangyongtung",
        [o("ตุงทอมือ ลายปราสาท ยาว 2 เมตร", "tung")],
        [n("เส้นใยกัญชงสำหรับทอตุง", "hemp_yarn")],
    ),
    p(
        51,
        "en",
        "Chiang Rai Hemp Tung Makers",
        HEMP,
        DOWN,
        "Chiang Rai",
        "crhemptung",
        [o("Northern prayer flags (tung) woven from hemp", "tung")],
        [n("Handspun hemp thread for tung weaving", "hemp_yarn")],
        bcg=("bio",),
    ),
    p(
        52,
        "th",
        "ธงใยแมงมุม ร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        "roietspider",
        [o("ธงใยแมงมุม ธงอีสานงานบุญผะเหวด", "isan_spiderweb_flag")],
        [x("ไหมพรมหลากสีสำหรับพันใย", "no one sells acrylic knitting yarn")],
    ),
    p(
        53,
        "en",
        "Event Flag Pro",
        SPORT,
        DOWN,
        "Chonburi",
        "eventflagpro",
        [
            o("Feather and teardrop flags with fibreglass pole and base", "feather_flag"),
            o("Party bunting on 10 m cord", "bunting"),
            o("Flag and banner rigging at event venues", "flag_hanging_service"),
        ],
        [n("Dye-sub printing partner for rush jobs", "sublimation_printing_service")],
    ),
    p(
        54,
        "th",
        "ป้ายผ้าพาเหรดนครสวรรค์",
        ALC,
        DOWN,
        "Nakhon Sawan",
        "nsparade",
        [o("ป้ายผ้าขบวนพาเหรด ปักชื่อโรงเรียน พร้อมคาน", "parade_banner"), o("สายสะพายผ้าต่วน พิมพ์ชื่อ", "sash")],
        [n("หาร้านรับปักตัวอักษรงานด่วน", "embroidery_service"), n("พู่ห้อยป้าย สีทอง", "gold_fringe_trim")],
    ),
    p(
        55,
        "en",
        "ParadeWorks Bangkok",
        ALC,
        DOWN,
        "Bangkok",
        "paradeworks",
        [o("Marching band banners with cross-bar and tassels", "parade_banner")],
        [n("Polyester satin in school colours, OEKO-TEX certified", "polyester_satin_fabric", req=(OEKO,))],
    ),
    p(
        56,
        "en",
        "GoalSide Sports Equipment",
        SPORT,
        DOWN,
        "Pathum Thani",
        "goalside",
        [o("Football corner flags with spring poles, set of 4", "corner_flag_set")],
        [n("Fluorescent polyester for linesman flags, must be OEKO-TEX", "dyed_polyester_fabric", req=(OEKO,))],
    ),
    p(
        57,
        "th",
        "อุปกรณ์กีฬาหาดใหญ่",
        SPORT,
        DOWN,
        "Songkhla",
        "hatyaisport",
        [o("ธงมุมสนามบอล ชุดละ 4 ผืน ส่งทั่วภาคใต้", "corner_flag_set")],
        [n("ธงเชียร์ทีม พิมพ์โลโก้สโมสร", "custom_printed_flag")],
    ),
    p(
        58,
        "th",
        "ร้านธงรับเสด็จ พิษณุโลก",
        ALC,
        DOWN,
        "Phitsanulok",
        "plkflag",
        [o("ธงชาติผ้าด้ามไม้ ธงโบกรับเสด็จ", "hand_waving_flag")],
        [n("ผ้าพิมพ์ธงชาติขนาดเล็ก ยังไม่ตัด", "printed_flag_fabric_roll")],
    ),
    p(
        59,
        "en",
        "Handheld Flags Asia",
        ALC,
        DOWN,
        "Bangkok",
        "handheldflags",
        [
            o("Hand-waving flags on wooden sticks, 14x21 cm", "hand_waving_flag"),
            o("Table flags with crossbar", "table_flag_set"),
        ],
        [],
    ),
    p(
        60,
        "th",
        "ผ้าระบายจับจีบ นครศรีฯ",
        ALC,
        DOWN,
        "Nakhon Si Thammarat",
        "nakhonsidrape",
        [
            o("ผ้าระบายจับจีบ ประดับเวที ขาว-เหลือง", "pleated_drape"),
            o("รับติดตั้งธงและผ้าประดับงานพิธี", "flag_hanging_service"),
        ],
        [n("ผ้าต่วนหน้ากว้าง 60 นิ้ว", "polyester_satin_fabric")],
    ),
    p(
        61,
        "en",
        "Stage Drapery Co.",
        ALC,
        DOWN,
        "Bangkok",
        "stagedrapery",
        [o("Ruched and pleated skirting for stages and tables", "pleated_drape")],
        [],
    ),
    p(
        62,
        "en",
        "UpFlag Bags",
        CIRC,
        DOWN,
        "Bangkok",
        "upflag",
        [o("Tote bags sewn from retired flags and banners", "upcycled_flag_bag")],
        [
            n("Retired flags, clean, any size or colour", "used_flags"),
            x("PVC vinyl banner offcuts for waterproof linings", "no one sells vinyl offcuts"),
        ],
        bcg=("circular",),
    ),
    p(
        63,
        "th",
        "กระเป๋าผ้าครามสกล",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "sakonbag",
        [o("ถุงผ้าครามทอมือ", "cloth_bag")],
        [n("อยากได้ผ้าครามทอมือเป็นเมตร ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    p(
        64,
        "th",
        "ร้านซ่อมธงบางกะปิ",
        CIRC,
        MID,
        "Bangkok",
        "bangkapirepair",
        [o("รับซ่อมธงขาด ปะ เย็บริมใหม่", "flag_repair_service")],
        [],
    ),
    p(
        65,
        "en",
        "Andaman Flag Care",
        CIRC,
        MID,
        "Phuket",
        "andamanflag",
        [o("Repair and re-hemming of wind-frayed flags", "flag_repair_service")],
        [n("Marine-grade halyard rope", "flag_halyard_rope")],
    ),
    # --------------------------------------------------------------- buyers: temples, schools, offices, events
    p(
        66,
        "th",
        "วัดศรีดอนมูล",
        ALC,
        DOWN,
        "Chiang Mai",
        "watsridonmoon",
        [o("ธงเก่าที่ปลดจากเสาแล้ว ให้ฟรี", "used_flags")],
        [x("ตุงกระดาษ ตุงไส้หมู งานปอยหลวง 300 ผืน", "no one makes paper tung")],
    ),
    p(
        67,
        "th",
        "วัดป่าโนนสว่าง",
        ALI,
        DOWN,
        "Ubon",
        "watnonsawang",
        [],
        [
            n("ธงจระเข้ ชุดกฐิน", "kathin_flag_set"),
            n("ธงธรรมจักรผืนใหญ่", "buddhist_dharma_flag"),
            x("มุ้งกลดสำหรับพระธุดงค์", "no one makes monks' umbrella nets"),
        ],
    ),
    p(
        68,
        "en",
        "Wat Pa Sri Mongkol Committee",
        ALI,
        DOWN,
        "Korat",
        "watsrimongkol",
        [],
        [
            n("Dharma wheel flags for the Kathin ceremony, 50 pcs", "buddhist_dharma_flag"),
            n("Spider-web flags for Bun Phawet", "isan_spiderweb_flag"),
        ],
    ),
    p(
        69,
        "th",
        "โรงเรียนบ้านหนองบัว",
        ALI,
        DOWN,
        "Nong Bua Lam Phu",
        "nongbuaschool",
        [],
        [
            n("ธงชาติหน้าเสาธง ผ้าทนแดด ต้องมี มอก.", "thai_national_flag", req=(TIS,)),
            n("ธงกีฬาสี 4 สี", "custom_printed_flag"),
            n("เสาธงใหม่หน้าอาคาร", "metal_flag_pole"),
        ],
    ),
    p(
        70,
        "en",
        "Hat Yai Municipal School",
        ALC,
        DOWN,
        "Songkhla",
        "hatyaischool",
        [],
        [
            n("Banner to lead the school band on parade", "parade_banner"),
            n("Satin sashes printed with student names", "sash"),
        ],
    ),
    p(
        71,
        "th",
        "องค์การบริหารส่วนตำบลบ้านเป็ด",
        ALI,
        DOWN,
        "Khon Kaen",
        "obtbanped",
        [],
        [
            n("ธงชาติ ต้องได้ มอก. ตามระเบียบจัดซื้อ", "thai_national_flag", req=(TIS,)),
            n("ธงตราสัญลักษณ์ประดับหน้าอาคาร", "royal_emblem_flag"),
            n("ผ้าจับจีบประดับโต๊ะหมู่บูชา", "pleated_drape"),
        ],
    ),
    p(
        72,
        "en",
        "Chanthaburi Provincial Hall Procurement",
        ALC,
        DOWN,
        "Chanthaburi",
        "chanthaburihall",
        [],
        [
            n("Thai national flags with TIS mark, 120x180 cm", "thai_national_flag", req=(TIS,)),
            n("Royal emblem flags for the front of the hall", "royal_emblem_flag"),
        ],
    ),
    p(
        73,
        "th",
        "เทศบาลนครลำปาง งานพัสดุ",
        ALC,
        DOWN,
        "Lampang",
        "lampangmunicipal",
        [],
        [n("ธงราวประดับถนนงานสงกรานต์", "bunting"), n("ทีมขึ้นธงตามเสาไฟ", "flag_hanging_service")],
    ),
    p(
        74,
        "en",
        "Songkran Splash Events",
        SPORT,
        DOWN,
        "Bangkok",
        "songkransplash",
        [],
        [n("Beach flags with logo for sponsors", "feather_flag")],
    ),
    p(
        75,
        "en",
        "Riverside Care Home",
        ALC,
        DOWN,
        "Nonthaburi",
        "riversidecare",
        [],
        [
            n("Thai flags for the King's birthday, no TIS needed", "thai_national_flag", waive=(TIS,)),
            x("Washable incontinence pads for residents", "no one makes incontinence pads"),
        ],
    ),
    p(
        76,
        "th",
        "โรงพยาบาลส่งเสริมสุขภาพตำบลโนนแดง",
        ALI,
        DOWN,
        "Buriram",
        "rpstnondaeng",
        [],
        [n("ธงเหลือง งาน 5 ธันวา ไม่ต้องมี มอก. ก็ได้", "royal_emblem_flag", waive=(TIS,))],
    ),
    p(
        77,
        "en",
        "Seaview Hotel Pattaya",
        ALC,
        DOWN,
        "Chonburi",
        "seaviewhotel",
        [],
        [
            n("Lobby flags: Thai national flag, 150x225 cm", "thai_national_flag"),
            n("Three 9 m flagpoles at the entrance", "metal_flag_pole"),
        ],
    ),
    p(
        78,
        "en",
        "Isan Arena Sports Club",
        SPORT,
        DOWN,
        "Buriram",
        "isanarena",
        [],
        [
            n("Corner flags for two pitches", "corner_flag_set"),
            n("Supporters' flags with the club crest", "custom_printed_flag"),
        ],
    ),
    p(
        79,
        "th",
        "ชมรมวงโยธวาทิต โรงเรียนเมืองตาก",
        ALC,
        DOWN,
        "Tak",
        "takband",
        [],
        [n("ป้ายนำขบวนวงโยธวาทิต ไม่เอาไวนิล", "parade_banner"), n("สายสะพายดรัมเมเยอร์", "sash")],
    ),
    p(
        80,
        "en",
        "Ayutthaya Heritage Events",
        ALC,
        DOWN,
        "Ayuthaya",
        "heritageevents",
        [],
        [
            n("Long temple-style banners for a night fair", "temple_banner"),
        ],
    ),
    p(
        81,
        "th",
        "ร้านธงเจริญกรุง",
        ALC,
        DOWN,
        "Bangkok",
        "charoenkrungflag",
        [o("ธงประเทศอาเซียน ธงนานาชาติ", "asean_country_flags")],
        [
            n("ธงโบกมือ ขายส่ง ครั้งละ 5,000 อัน", "hand_waving_flag"),
            n("ธงไตรรงค์ราคาส่ง ไม่ต้องมี มอก.", "thai_national_flag", waive=(TIS,)),
        ],
    ),
    p(
        82,
        "en",
        "Mukdahan Border Trade Office",
        ALI,
        DOWN,
        "Mukdahan",
        "mukdahantrade",
        [],
        [
            n("Flags of Laos, Vietnam and the other ASEAN members", "asean_country_flags"),
            n("Desk flags for the meeting room", "table_flag_set"),
        ],
    ),
    p(
        83,
        "th",
        "สำนักงานเขตบางซื่อ",
        ALC,
        DOWN,
        "Bangkok",
        "bangsuedistrict",
        [],
        [
            n(
                "ธงชาติ ธงตราสัญลักษณ์ สำหรับส่วนราชการ ต้องมี มอก.",
                "thai_national_flag",
                "royal_emblem_flag",
                req=(TIS,),
            ),
            n("ผ้าระบายสีขาวเหลือง", "pleated_drape"),
            n("ซ่อมธงที่ขาดจากลม", "flag_repair_service"),
        ],
    ),
    p(
        84,
        "en",
        "Lanna Lantern & Tung Festival Co.",
        HEMP,
        DOWN,
        "Chiang Mai",
        "lannafestival",
        [],
        [
            n("Handwoven tung for Yi Peng, cloth only, not paper", "tung"),
            x("Hand-painted silk banners for the opening parade", "no one paints silk banners"),
            n("Bamboo poles, about 4 m, to hang them from", "bamboo_pole"),
        ],
    ),
    p(
        85,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        ALI,
        DOWN,
        "Udon Thani",
        "bansukjai",
        [],
        [n("ถุงผ้าใส่ของ แจกผู้สูงอายุ", "cloth_bag", "upcycled_flag_bag")],
    ),
    p(
        86,
        "en",
        "Korat Kathin Tour Group",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "koratkathin",
        [],
        [
            n("Complete Kathin flag set: crocodile, centipede, mermaid, turtle", "kathin_flag_set"),
            n("Hand flags for the procession", "hand_waving_flag"),
        ],
    ),
    p(
        87,
        "th",
        "สำนักงานวัฒนธรรมจังหวัดน่าน",
        HEMP,
        DOWN,
        "Nan",
        "nanculture",
        [],
        [x("ผ้าห่อคัมภีร์ใบลาน ลายโบราณ", "no one weaves manuscript wrappers"), n("ตุงผ้าฝ้าย ย้อมสีธรรมชาติ", "tung")],
    ),
    p(
        88,
        "en",
        "GreenFest Organisers",
        CIRC,
        DOWN,
        "Bangkok",
        "greenfest",
        [],
        [
            x(
                "Bunting from recycled PET, GRS certificate required",
                "bunting is sold, but no bunting maker holds GRS",
                "bunting",
                req=("GRS",),
            ),
            n("Upcycled banner bags as speaker gifts", "upcycled_flag_bag"),
        ],
        bcg=("circular",),
    ),
    p(
        89,
        "th",
        "ศูนย์การเรียนรู้กัญชงเพชรบูรณ์",
        HEMP,
        UP,
        "Phetchabun",
        "pbhemp",
        [o("ใยกัญชงดิบ มัดละ 10 กก. รับที่หล่มเก่า", "raw_hemp_fibre")],
        [],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    p(
        90,
        "th",
        "บริษัท ธงสยามอีเว้นท์ จำกัด",
        SPORT,
        DOWN,
        "Nonthaburi",
        "siameventflag",
        [o("ธงญี่ปุ่นพิมพ์โลโก้ ขั้นต่ำ 10 ผืน", "feather_flag")],
        [
            n("ผ้าสำหรับพิมพ์ธง ผ่าน OEKO-TEX", "white_polyester_flag_fabric", req=(OEKO,)),
            x("เสาไฟเบอร์กลาสสำหรับธงญี่ปุ่น", "no one sells feather-flag poles alone"),
        ],
    ),
    p(
        91,
        "th",
        "กลุ่มอัพไซเคิลธงเก่า ลพบุรี",
        CIRC,
        DOWN,
        "Lopburi",
        "lopburiupcycle",
        [o("พรมเช็ดเท้าถักจากเศษผ้าธง", "rag_doormat")],
        [n("เศษผ้าโพลีเอสเตอร์จากโรงงานธง", "polyester_offcuts"), n("ธงเก่าใช้แล้ว", "used_flags")],
        bcg=("circular",),
    ),
    p(
        92,
        "en",
        "Nordic Hemp Goods Thailand",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "nordichemp",
        [o("Hemp table runners for export", "hemp_table_runner")],
        [
            x(
                "GOTS certified hemp fabric for export banners",
                "hemp cloth is sold, but no hemp weaver holds GOTS",
                "handwoven_hemp_fabric",
                req=("GOTS",),
            ),
            n("Raw hemp fibre for trials, 200 kg", "raw_hemp_fibre"),
        ],
    ),
    p(
        93,
        "th",
        "โรงแรมริมโขง หนองคาย",
        ALI,
        DOWN,
        "Nong Khai",
        "rimkhonghotel",
        [],
        [n("ธงประเทศอาเซียนสำหรับล็อบบี้", "asean_country_flags"), n("พรมเช็ดเท้าจากผ้ารีไซเคิล", "rag_doormat")],
    ),
    p(
        94,
        "th",
        "โรงเรียนกีฬาจังหวัดตรัง",
        SPORT,
        DOWN,
        "Trang",
        "trangsportschool",
        [],
        [n("ธงมุมสนาม", "corner_flag_set")],
    ),
    p(
        95,
        "en",
        "Surat Thani Provincial Sports Office",
        SPORT,
        DOWN,
        "Surat Thani",
        "suratsports",
        [],
        [
            n("Who can supply feather flags for the provincial games?", "feather_flag"),
            x("Inflatable finish arch", "no one makes inflatables"),
        ],
    ),
]


# ---------------------------------------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_RE = re.compile(r"^[a-z0-9.]+@example\.com$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")


def email(profile: Profile) -> str:
    return f"{profile.handle}@example.com"


def letters(text: str) -> tuple[int, int, int]:
    """Counts of Thai letters, ASCII Latin letters and other letters in `text`."""
    thai = latin = other = 0
    for char in text:
        if THAI_CHAR.match(char):
            thai += unicodedata.category(char).startswith("L")
        elif char.isascii() and char.isalpha():
            latin += 1
        elif char.isalpha():
            other += 1
    return thai, latin, other


def script_problem(text: str, language: str) -> str | None:
    thai, latin, other = letters(text)
    if text != text.strip() or "  " in text or not text:
        return "stray spaces"
    if other:
        return "letters outside Thai and ASCII Latin"
    if language == "en" and thai:
        return "Thai letters in an English phrase"
    if language == "th" and thai < 0.6 * (thai + latin):
        return "a Thai phrase that is mostly Latin"
    return None


def mentioned(text: str, certification: str) -> bool:
    """Whether `text` names `certification` at all, affirmed or negated."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)
    return False


@dataclass
class Result:
    links: set[tuple[str, str]] = field(default_factory=set)
    suppliers_per_need: dict[tuple[str, int], set[str]] = field(default_factory=dict)


def qualified(need: Need, buyer: Profile, profiles: list[Profile]) -> set[str]:
    wanted = set(need.labels)
    out: set[str] = set()
    for supplier in profiles:
        if supplier.id == buyer.id:
            continue
        if not wanted & {offer.label for offer in supplier.offers}:
            continue
        if set(need.requires) <= canonical_certifications(supplier.certifications):
            out.add(supplier.id)
    return out


def derive(profiles: list[Profile]) -> Result:
    result = Result()
    for buyer in profiles:
        for index, need in enumerate(buyer.needs):
            suppliers = qualified(need, buyer, profiles)
            result.suppliers_per_need[(buyer.id, index)] = suppliers
            result.links |= {(supplier, buyer.id) for supplier in suppliers}
    return result


def check(profiles: list[Profile], result: Result) -> list[str]:
    errors: list[str] = []
    ids = [profile.id for profile in profiles]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 ... {PREFIX}-{N_PROFILES:03d} in order")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for duplicated in (name for name, count in Counter(p.name for p in profiles).items() if count > 1):
        errors.append(f"duplicate name {duplicated!r}")
    for duplicated in (h for h, count in Counter(p.handle for p in profiles).items() if count > 1):
        errors.append(f"duplicate email handle {duplicated!r}")
    phrases = Counter(text for p in profiles for text in [o.text for o in p.offers] + [n.text for n in p.needs])
    errors += [f"phrase used twice: {text!r}" for text, count in phrases.items() if count > 1]

    offered_by: dict[str, set[str]] = {}
    for profile in profiles:
        for offer in profile.offers:
            offered_by.setdefault(offer.label, set()).add(profile.id)

    sub_clusters = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    tags = {t.value for t in BcgTag}
    cert_names = {c.name for c in CERTIFICATIONS}
    for profile in profiles:
        where = profile.id
        if not ID_RE.match(profile.id):
            errors.append(f"{where}: malformed id")
        if profile.language not in ("th", "en"):
            errors.append(f"{where}: language {profile.language!r}")
        if profile.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {profile.sub_cluster!r}")
        if profile.stage not in stages:
            errors.append(f"{where}: stage {profile.stage!r}")
        if resolve_province(profile.province) is None:
            errors.append(f"{where}: province {profile.province!r} does not resolve")
        for cert in profile.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        errors += [f"{where}: bcg tag {tag!r}" for tag in profile.bcg if tag not in tags]
        if len(set(profile.bcg)) != len(profile.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if not EMAIL_RE.match(email(profile)):
            errors.append(f"{where}: email {email(profile)!r}")
        if not (len(profile.offers) <= 3 and len(profile.needs) <= 3 and (profile.offers or profile.needs)):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        for text in (profile.name, *(o.text for o in profile.offers), *(n.text for n in profile.needs)):
            problem = script_problem(text, profile.language)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
        for offer in profile.offers:
            if not LABEL_RE.match(offer.label):
                errors.append(f"{where}: malformed label {offer.label!r}")
        for index, need in enumerate(profile.needs):
            at = f"{where} need {index + 1} {need.text!r}"
            for label in need.labels:
                if not offered_by.get(label, set()) - {profile.id}:
                    errors.append(f"{at}: label {label!r} is offered by no one else")
            for cert in (*need.requires, *need.waives):
                if cert not in cert_names:
                    errors.append(f"{at}: {cert!r} is not a canonical certification name")
                elif not mentioned(need.text, cert):
                    errors.append(f"{at}: {cert!r} is not named in the text")
            if set(need.requires) & set(need.waives):
                errors.append(f"{at}: a certification both required and waived")
            found = find_certifications(need.text)
            if not set(need.requires) <= found:
                errors.append(f"{at}: text does not state the requirement {sorted(set(need.requires) - found)}")
            if not found <= set(need.requires) | set(need.waives):
                errors.append(f"{at}: text names {sorted(found)} but the need records {list(need.requires)}")
            suppliers = result.suppliers_per_need[(profile.id, index)]
            if need.unmet:
                if suppliers:
                    errors.append(f"{at}: marked unmet but met by {sorted(suppliers)}")
            elif not need.labels:
                errors.append(f"{at}: a met need must list labels")
            elif not suppliers:
                errors.append(f"{at}: no qualified supplier")

    language = {p.id: p.language for p in profiles}
    thai = sum(p.language == "th" for p in profiles)
    if len(profiles) != N_PROFILES:
        errors.append(f"{len(profiles)} profiles, want {N_PROFILES}")
    elif not THAI_SHARE[0] <= thai / len(profiles) <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai / len(profiles):.2f} outside {THAI_SHARE}")
    links = len(result.links)
    if not LINKS_RANGE[0] <= links <= LINKS_RANGE[1]:
        errors.append(f"{links} links, want {LINKS_RANGE}")
    cross = sum(language[s] != language[b] for s, b in result.links)
    if links and not CROSS_SHARE[0] <= cross / links <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross / links:.2f} outside {CROSS_SHARE}")
    unmet = sum(bool(n.unmet) for p in profiles for n in p.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one, want {UNMET_RANGE}")
    met_sizes = [len(s) for (pid, i), s in result.suppliers_per_need.items() if s]
    if met_sizes and sum(1 <= size <= 3 for size in met_sizes) < 0.6 * len(met_sizes):
        errors.append("fewer than 60 % of met needs have 1-3 suppliers")
    return errors


# ---------------------------------------------------------------------------------------------- output


def profile_json(profile: Profile) -> str:
    record = {
        "id": profile.id,
        "name": profile.name,
        "sub_cluster": profile.sub_cluster,
        "stage": profile.stage,
        "province": profile.province,
        "offers": [offer.text for offer in profile.offers],
        "needs": [need.text for need in profile.needs],
        "certifications": list(profile.certifications),
        "bcg": list(profile.bcg),
        "contact_email": email(profile),
        "language": profile.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: set[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return buffer.getvalue()


def province_of(profile: Profile) -> Province:
    province = resolve_province(profile.province)
    if province is None:
        raise ValueError(f"{profile.id}: unknown province {profile.province!r}")
    return province


def counts(profiles: list[Profile], result: Result) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    language = {p.id: p.language for p in profiles}
    sub_cluster = {p.id: p.sub_cluster for p in profiles}
    thai = sum(p.language == "th" for p in profiles)
    rows.append(("profiles", str(len(profiles))))
    rows.append(("Thai / English profiles", f"{thai} / {len(profiles) - thai}"))
    for value in SubCluster:
        rows.append((f"sub-cluster {value.value}", str(sum(p.sub_cluster == value.value for p in profiles))))
    for value in Stage:
        rows.append((f"stage {value.value}", str(sum(p.stage == value.value for p in profiles))))
    regions = Counter(province_of(p).region for p in profiles)
    for region in Region:
        rows.append((f"region {region.value}", str(regions[region])))
    provinces = {province_of(p).name_en for p in profiles}
    rows.append(("distinct provinces", str(len(provinces))))
    offers = [o for p in profiles for o in p.offers]
    needs = [n for p in profiles for n in p.needs]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({o.label for o in offers}))))
    rows.append(("needs", str(len(needs))))
    unmet = sum(bool(n.unmet) for n in needs)
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for n in needs))))
    links = result.links
    rows.append(("true links", str(len(links))))
    th_en = sum(language[s] == "th" and language[b] == "en" for s, b in links)
    en_th = sum(language[s] == "en" and language[b] == "th" for s, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(sub_cluster[s] != sub_cluster[b] for s, b in links))))
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# Evaluation set `blind_plain_flags`

A hand-labelled test set for partner matching: {profiles} SME profiles of the Health and Wellness Economy
cluster written as plain registry entries, and the supplier-buyer pairs that are truly links. The theme is
flags and banners: the Thai national flag, Buddhist (dharma wheel) and royal flags, kathin flag sets, northern
tung and Isan spider-web flags, temple banners, bunting, parade banners and sashes, feather flags, flag poles,
halyards and grommets, polyester, satin and handwoven cloth, printing, dyeing and sewing services, and the
temples, schools, government offices, hotels, care homes and event organisers that buy them, together with
the ordinary upstream and midstream suppliers (fibre, yarn, cloth, dyeing, sewing) of the cluster.

## What it checks

Whether a matcher finds the true supplier-buyer pairs from wording it has never seen. Offers and needs are
one short phrase each, about 55 % in Thai and the rest in English; a need is usually worded differently from
the offers that meet it and often in the other language. The same goods appear under local and regional
names, trade words (ผ้าโทเร, ผ้าต่วน, ผ้าร่ม, ธงญี่ปุ่น, ธงไตรรงค์), abbreviations, sizes, prices and minimum
orders. Hard but fair cases are included on purpose:

- a service versus the goods it works on (dyeing or printing the customer's cloth versus dyed or printed
  cloth; sewing flags for others versus finished flags; repairing flags versus new flags);
- waste and used goods versus new (retired flags and print-room trimmings versus flag cloth);
- raw versus processed (hemp bast, hemp yarn, hemp cloth, hemp tung; cotton lint, yarn, cloth);
- finished goods described by material, colour or technique (an indigo handwoven cotton bag is a bag);
- needs written as a wish, a bare noun phrase or a question, and refusals ("not paper", "ไม่เอาไวนิล");
- needs that require a named certification (TIS for government flags, GRS, OEKO-TEX, Organic Thailand)
  and needs that name one only to waive it;
- about twenty needs that no one in the set meets, some because only the certification is missing.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV) and the shared taxonomy (`shared/taxonomy.py` and its data files). Every province resolves with
`resolve_province`, every certification with `resolve_certification`; sub-cluster, stage and BCG values are
the taxonomy's.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `natural_dyeing_service`). Every need lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is never
linked to itself. Shared words play no part; quantities, prices and places never decide a link; what changes
what the thing is does. A waived certification is not required. The labels live only in `write.py`; the
profiles carry none.

Before writing, the script checks ids, every contract field, that every label a need lists is offered by
someone other than the buyer, that every met need has a qualified supplier and every unmet one has none,
that required and waived certifications are named in the need's text, that Thai phrases are mostly Thai
letters and English ones Latin only, and the size targets. It writes nothing if a check fails, and two runs
give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_flags/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {profiles} profiles, ids `{first}` … `{last}`, in the contract's format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    result = derive(PROFILES)
    errors = check(PROFILES, result)
    rows = counts(PROFILES, result)
    table = counts_table(rows)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(table, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(profile) + "\n" for profile in PROFILES)
    readme = README.format(profiles=len(PROFILES), first=PROFILES[0].id, last=PROFILES[-1].id, table=table)
    outputs = {"profiles.jsonl": profiles, "links.csv": links_csv(result.links), "README.md": readme}
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
