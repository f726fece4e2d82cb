"""Write the hand-labelled evaluation set `eval/blind_plain_mascot/`.

Theme: mascots and costume characters (suits and heads, plush and fur, foam, cooling vests, cleaning and
repair, the events, schools, malls and clubs that buy them) plus ordinary fibre, yarn, cloth, dyeing and
sewing suppliers of the cluster.

Every offer is a (text, label) pair; every need lists the offer labels that meet it and the certifications
its text requires, or is marked as met by no one. Links follow from the labels only; the labels stay here.

Run from the repository root:  .venv/bin/python eval/blind_plain_mascot/write.py
It checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")

PREFIX = "bmk"
N_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)

# sub-clusters and stages, as the taxonomy spells them
HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

# certifications, canonical names
OT = "Organic Thailand"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
RCS = "RCS"
GOTS = "GOTS"
OTOP = "OTOP"
ISO9 = "ISO 9001"
ISO14 = "ISO 14001"
PEACOCK = "Thai Silk Peacock Emblem"
BLUE = "bluesign"
TIS = "Thai Industrial Standard"
FSC = "FSC"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say why when an offer comes close."""
    return Need(text, labels, req, (), note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        f"{PREFIX}-{num:03d}", language, name, sub_cluster, stage, province, tuple(offers), tuple(needs), certs, bcg
    )


# ---------------------------------------------------------------------------------------------- upstream

SMES: list[Sme] = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์แม่แตง",
        HEMP,
        UP,
        "Chiang Mai",
        [("ปุยฝ้ายดิบ อีดเมล็ดออกแล้ว ขายยกกระสอบ", "raw_cotton_lint"), ("เมล็ดพันธุ์ฝ้ายตุ่น", "cotton_seed")],
        [u("เครื่องอีดฝ้ายใช้มอเตอร์ มือสองก็ได้", "machinery: no one sells cotton gins")],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Doi Musoe Hmong Hemp Group",
        HEMP,
        UP,
        "Tak",
        [("Retted hemp bast, sun dried, 20 kg bales", "hemp_bast_fibre"), ("Hand-spliced hemp thread", "hemp_yarn")],
        [n("natural indigo in paste form", "indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "กลุ่มปลูกครามบ้านดอนกอย",
        AGE_I,
        UP,
        "Sakon Nakhon",
        [
            ("เนื้อครามเปียก กิโลละ 250 บาท", "indigo_paste"),
            ("รับย้อมครามผ้าที่ลูกค้าส่งมา คิดเป็นเมตร", "indigo_dyeing_service"),
        ],
        [n("ผ้าฝ้ายดิบยังไม่ฟอกขาว ไว้ย้อม", "greige_cotton_fabric"), n("ฝ้ายเข็นมือ เป็นใจ", "cotton_yarn_handspun")],
        certs=(OTOP,),
        bcg=("bio", "green"),
    ),
    sme(
        4,
        "en",
        "Siam rFibre Co., Ltd.",
        CIRC,
        UP,
        "Samut Sakhon",
        [
            ("rPET staple fibre 6D x 51 mm", "recycled_polyester_staple_fibre"),
            ("HCS hollow siliconised fill made from bottles", "recycled_polyester_fiberfill"),
        ],
        [n("clear PET bottles, baled, 5 t a month", "pet_bottle_bales")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        5,
        "th",
        "ร้านรุ่งเรืองรับซื้อของเก่า",
        CIRC,
        UP,
        "Nonthaburi",
        [("ขวดน้ำดื่มใส อัดก้อน", "pet_bottle_bales"), ("เศษผ้ายืดจากโรงงานเย็บ คละสี", "textile_cutting_waste")],
        [u("รถกระบะมือสองไว้วิ่งรับของ", "vehicles: outside the cluster")],
        bcg=("circular",),
    ),
    sme(
        6,
        "th",
        "บริษัท ใยใหม่รีไซเคิล จำกัด",
        CIRC,
        UP,
        "Samut Prakan",
        [
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า", "recycled_cotton_fibre"),
            ("รับตีเศษผ้าของลูกค้าให้เป็นใย", "textile_shredding_service"),
        ],
        [n("เศษตัดผ้าคอตตอน 100% สีขาว", "textile_cutting_waste")],
        certs=(RCS,),
        bcg=("circular",),
    ),
    sme(
        7,
        "en",
        "Eastern Filament Industries",
        SPORT,
        UP,
        "Rayong",
        [("Polyester DTY 150D/48F raw white", "polyester_filament_yarn"), ("Bare spandex 40D", "spandex_yarn")],
        [u("bio-based MEG feedstock", "petrochemicals: no one in the set makes them")],
        certs=(ISO9,),
    ),
    sme(
        8,
        "th",
        "สหกรณ์ผู้เลี้ยงไหมบ้านโนนสะอาด",
        AGE_I,
        UP,
        "Khon Kaen",
        [("ไหมน้อยสาวมือ พันธุ์พื้นบ้าน", "silk_yarn")],
        [],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        9,
        "en",
        "Mae Chan Kapok Traders",
        HEMP,
        UP,
        "Chiang Rai",
        [("Kapok floss, seeds removed, 10 kg sacks", "kapok_fibre")],
        [n("unbleached calico for pillow shells", "greige_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        10,
        "th",
        "กลุ่มแม่บ้านเข็นฝ้ายบ้านหนองแวง",
        AGE_I,
        UP,
        "Roi Et",
        [("เส้นฝ้ายเข็นมือ สีขาวตุ่น", "cotton_yarn_handspun")],
        [n("ฝ้ายปุย ยังไม่ได้เข็น", "raw_cotton_lint")],
        certs=(OTOP,),
    ),
    sme(
        11,
        "en",
        "Second Act Costume Recovery",
        CIRC,
        UP,
        "Chonburi",
        [
            ("Retired mascot suits, bought and sold by the kilo", "used_mascot_costume"),
            ("Faux fur trimmings from costume workshops, sorted by colour", "faux_fur_offcuts"),
        ],
        [n("shredding of fur scraps into fill", "textile_shredding_service")],
        bcg=("circular",),
    ),
    sme(
        12,
        "th",
        "โรงงานเส้นด้ายสาครไทย",
        SPORT,
        UP,
        "Samut Sakhon",
        [("ด้ายอะคริลิคสำหรับถักขนยาว", "acrylic_yarn"), ("ด้ายโพลีเอสเตอร์จากขวด PET", "recycled_polyester_yarn")],
        [n("ใยโพลีรีไซเคิลตัดสั้น ไม่ต้องมี GRS", "recycled_polyester_staple_fibre", waive=(GRS,))],
        certs=(GRS,),
    ),
    sme(
        13,
        "en",
        "Khao Kho Hemp Farm",
        HEMP,
        UP,
        "Phetchabun",
        [("Decorticated hemp fibre, long line", "hemp_bast_fibre")],
        [],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        14,
        "th",
        "กลุ่มต่อเส้นกัญชงบ้านสะจุก",
        HEMP,
        UP,
        "Nan",
        [("เส้นใยกัญชงต่อมือ ม้วนละครึ่งกิโล", "hemp_yarn")],
        [u("ขี้ผึ้งแท้สำหรับรีดเส้น", "beeswax: no one in the set sells it")],
        bcg=("bio",),
    ),
    sme(
        15,
        "en",
        "Suphan Spinning Mill",
        AGE_C,
        UP,
        "Suphan Buri",
        [("Ring-spun cotton Ne 20/1 and 30/1, combed", "cotton_yarn_machine")],
        [n("ginned cotton lint, organic, GOTS no need", "raw_cotton_lint", waive=(GOTS,))],
        certs=(ISO9,),
    ),
    sme(
        16,
        "th",
        "ร้านมาสคอตมือสอง ตลาดนัดจตุจักร",
        CIRC,
        DOWN,
        "Bangkok",
        [("ชุดตุ๊กตามาสคอตมือสอง สภาพ 70%", "used_mascot_costume")],
        [
            n("ซักทำความสะอาดชุดก่อนวางขาย", "mascot_cleaning_service"),
            n("ช่างซ่อมขนหลุด ตะเข็บปริ", "costume_repair_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        17,
        "en",
        "Bottle2Fibre Co.",
        CIRC,
        UP,
        "Pathum Thani",
        [
            ("Recycled polyester fibrefill, 7D conjugated", "recycled_polyester_fiberfill"),
            ("Recycled PES staple 1.4D for spinning", "recycled_polyester_staple_fibre"),
        ],
        [n("post-consumer bottles in bales", "pet_bottle_bales")],
        certs=(GRS, ISO14),
        bcg=("circular",),
    ),
    sme(
        18,
        "th",
        "บริษัท ใยสังเคราะห์ชลบุรี จำกัด",
        SPORT,
        UP,
        "Chonburi",
        [("ใยโพลีเอสเตอร์บริสุทธิ์ สำหรับยัดหมอนและตุ๊กตา", "polyester_fiberfill")],
        [u("ซิลิโคนออยล์เคลือบใย", "finishing chemicals: no one offers them")],
    ),
]

# ---------------------------------------------------------------------------------------------- midstream

SMES += [
    sme(
        19,
        "th",
        "โรงงานถักผ้าขนเทียม สาครนิต",
        SPORT,
        MID,
        "Samut Sakhon",
        [("ผ้าขนยาว ขนเฟอร์ 3-5 ซม.", "faux_fur_fabric"), ("ผ้าเวลบัว ขนสั้น หน้า 60 นิ้ว", "plush_fabric")],
        [n("ด้ายอะครีลิคเดินขน", "acrylic_yarn"), n("ด้ายพื้นโพลี 150 ดีเนียร์", "polyester_filament_yarn")],
    ),
    sme(
        20,
        "en",
        "Velvet Pile Textiles Co., Ltd.",
        SPORT,
        MID,
        "Nakhon Pathom",
        [
            ("Minky plush, 1.5 mm pile, 150 cm wide", "plush_fabric"),
            ("Shaggy long-pile fur, 45 colours", "faux_fur_fabric"),
        ],
        [n("recycled polyester yarn, GRS certified", "recycled_polyester_yarn", req=(GRS,))],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        21,
        "th",
        "ร้านผ้าพาหุรัดสยาม",
        CIRC,
        MID,
        "Bangkok",
        [
            ("ผ้าสักหลาดแผ่น หนา 2 มม.", "felt_sheet"),
            ("ผ้ามุ้งตาข่ายดำ ทำตามาสคอต", "mesh_fabric"),
            ("ผ้ายืดสแปนเด็กซ์ เงา", "spandex_fabric"),
        ],
        [],
    ),
    sme(
        22,
        "en",
        "FoamTech Converting",
        SPORT,
        MID,
        "Samut Prakan",
        [("PU foam sheets 10-50 mm, density 20-25", "pu_foam_sheet"), ("EVA foam rolls 5 mm", "eva_foam_sheet")],
        [u("flame retardant additive for PU foam", "chemicals: no one offers them")],
        certs=(ISO9,),
    ),
    sme(
        23,
        "th",
        "โรงงานฟองน้ำบางแสน",
        SPORT,
        MID,
        "Chonburi",
        [("ฟองน้ำตัดแผ่น หนาตามสั่ง", "pu_foam_sheet")],
        [u("เครื่องตัดฟองน้ำ CNC มือสอง", "machinery: no one sells it")],
    ),
    sme(
        24,
        "en",
        "Indigo Hands Studio",
        HEMP,
        MID,
        "Chiang Mai",
        [
            ("Indigo vat dyeing of your cloth, from 10 m", "indigo_dyeing_service"),
            ("Cotton yardage dyed in natural indigo", "indigo_dyed_cotton_fabric"),
        ],
        [n("greige cotton sheeting, 60 inch", "greige_cotton_fabric")],
        bcg=("bio", "green"),
    ),
    sme(
        25,
        "th",
        "ร้านหม้อห้อมแม่ทิพย์",
        HEMP,
        MID,
        "Phrae",
        [("ผ้าหม้อห้อม ขายเป็นหลา", "indigo_dyed_cotton_fabric"), ("เสื้อหม้อห้อมคอจีน", "indigo_shirt")],
        [n("ห้อมเปียก ใส่ถัง", "indigo_paste")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        26,
        "th",
        "โรงทอผ้าดิบโพธาราม",
        AGE_C,
        MID,
        "Ratchaburi",
        [("ผ้าดิบฝ้ายร้อย ยังไม่ฟอก", "greige_cotton_fabric")],
        [n("ด้ายฝ้ายเบอร์ 20 ปั่นเครื่อง", "cotton_yarn_machine")],
    ),
    sme(
        27,
        "en",
        "Krungthep Dyehouse",
        CIRC,
        MID,
        "Bangkok",
        [("Commission piece dyeing, reactive and disperse", "fabric_dyeing_service")],
        [],
        certs=(OEKO, ISO14),
        bcg=("green",),
    ),
    sme(
        28,
        "th",
        "ซับลิเมชั่นพริ้นท์ มหาชัย",
        SPORT,
        MID,
        "Mahachai",
        [("รับพิมพ์ซับลิเมชั่นลงผ้าลูกค้า", "sublimation_printing_service")],
        [n("ผ้าไมโครโพลีสีขาว สำหรับพิมพ์", "polyester_knit_fabric")],
    ),
    sme(
        29,
        "en",
        "StitchPoint Embroidery",
        SPORT,
        MID,
        "Bangkok",
        [
            ("Embroidered badges, min 50 pcs", "embroidered_patch"),
            ("Embroidery on your shirts and caps", "embroidery_service"),
        ],
        [n("felt for badge backing", "felt_sheet", "rpet_felt_sheet")],
    ),
    sme(
        30,
        "th",
        "ห้องเสื้อรับเย็บป้าแดง",
        SPORT,
        MID,
        "Nonthaburi",
        [("รับจ้างเย็บ ลูกค้าส่งผ้ามาเอง", "cmt_sewing_service")],
        [n("ซิป YKK ไนล่อน เบอร์ 5", "zipper"), n("ตีนตุ๊กแก เวลโคร", "hook_loop_tape")],
    ),
    sme(
        31,
        "en",
        "Trimline Accessories",
        SPORT,
        MID,
        "Chachoengsao",
        [
            ("Nylon coil zips #5, 60 cm", "zipper"),
            ("Hook and loop tape 50 mm", "hook_loop_tape"),
            ("Knitted elastic 25 mm", "elastic_tape"),
        ],
        [],
    ),
    sme(
        32,
        "th",
        "ช่างหัวมาสคอต ลาดพร้าว",
        SPORT,
        MID,
        "Bangkok",
        [("โครงหัวมาสคอต ขึ้นรูปฟองน้ำ ยังไม่หุ้มขน", "mascot_head_shell")],
        [n("ฟองน้ำ PU หนา 2 นิ้ว", "pu_foam_sheet"), n("พัดลมจิ๋วติดในหัว", "head_fan_kit")],
    ),
    sme(
        33,
        "en",
        "CoolKnit Technical Fabrics",
        SPORT,
        MID,
        "Pathum Thani",
        [("Cooling knit with xylitol finish", "cooling_fabric")],
        [
            n("Lycra or similar, 20D-40D", "spandex_yarn"),
            n("rPET filament yarn (GRS)", "recycled_polyester_yarn", req=(GRS,)),
        ],
        certs=(BLUE,),
        bcg=("green",),
    ),
    sme(
        34,
        "th",
        "บริษัท เย็นสบาย พีซีเอ็ม จำกัด",
        SPORT,
        MID,
        "Rayong",
        [("แพ็คเจลเก็บความเย็น PCM 18 องศา", "pcm_cooling_pack")],
        [n("ผ้าเย็นระบายความร้อน ทำเสื้อกั๊ก", "cooling_fabric")],
    ),
    sme(
        35,
        "en",
        "Breeze Head Fans",
        SPORT,
        MID,
        "Bangkok",
        [("USB fan kits for costume heads, 5V with battery box", "head_fan_kit")],
        [],
    ),
    sme(
        36,
        "en",
        "FreshSuit Costume Care",
        CIRC,
        MID,
        "Chonburi",
        [("Mascot suit deep cleaning and ozone sanitising", "mascot_cleaning_service")],
        [u("biodegradable enzyme detergent in bulk", "chemicals: no one offers them")],
        certs=(ISO9,),
        bcg=("circular",),
    ),
    sme(
        37,
        "th",
        "ร้านซ่อมชุดตัวการ์ตูน หัวหมอน",
        CIRC,
        MID,
        "Bangkok",
        [("ซ่อมชุดมาสคอต เปลี่ยนขน ซ่อมตะเข็บ", "costume_repair_service")],
        [n("เศษขนเฟอร์ชิ้นเล็ก คละสี", "faux_fur_offcuts"), n("ขนเฟอร์ยาวใหม่ เป็นหลา", "faux_fur_fabric")],
        bcg=("circular",),
    ),
    sme(
        38,
        "en",
        "Umphang Hemp Weavers",
        HEMP,
        MID,
        "Tak",
        [("Handwoven hemp cloth, 40 cm loom width", "hemp_fabric")],
        [n("spliced hemp yarn for weft", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        39,
        "th",
        "กลุ่มทอผ้าขาวม้าบ้านนาข่า",
        AGE_I,
        MID,
        "Udon Thani",
        [("ผ้าขาวม้าทอมือ ลายตาราง", "handwoven_cotton_fabric")],
        [
            n("เส้นฝ้ายทำเส้นยืน", "cotton_yarn_handspun", "cotton_yarn_machine"),
            u(
                "ฝ้ายอินทรีย์ต้องได้ GOTS",
                "no cotton yarn supplier holds GOTS",
                "cotton_yarn_handspun",
                "cotton_yarn_machine",
                req=(GOTS,),
            ),
        ],
        certs=(OTOP,),
    ),
    sme(
        40,
        "en",
        "GreenLoop Yarns",
        CIRC,
        MID,
        "Samut Sakhon",
        [("rPET DTY 75D, bottle grade", "recycled_polyester_yarn")],
        [n("post-consumer PET, pressed bales", "pet_bottle_bales")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        41,
        "th",
        "ร้านปักจักรคอม กรุงเก่า",
        AGE_C,
        MID,
        "Ayutthaya",
        [("รับปักโลโก้ลงเสื้อ หมวก กระเป๋า", "embroidery_service")],
        [],
    ),
    sme(
        42,
        "en",
        "InkWorks Screen Print",
        SPORT,
        MID,
        "Bangkok",
        [("Screen printing on your blank tees", "screen_printing_service")],
        [n("plain white cotton tees, unprinted", "blank_tshirt")],
    ),
    sme(
        43,
        "th",
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        AGE_I,
        MID,
        "Surin",
        [("ผ้าไหมยกทอง ตรานกยูงพระราชทาน", "silk_fabric")],
        [n("เส้นไหมพุ่ง ไหมพื้นบ้าน", "silk_yarn")],
        certs=(PEACOCK, OTOP),
    ),
    sme(
        44,
        "en",
        "EcoFelt Thailand",
        CIRC,
        MID,
        "Samut Prakan",
        [("Needle-punched felt from recycled bottles, 3 mm", "rpet_felt_sheet")],
        [n("recycled PES fibre for needle punching", "recycled_polyester_staple_fibre")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        45,
        "th",
        "โรงถักสาครเท็กซ์",
        SPORT,
        MID,
        "Samut Sakhon",
        [("ผ้าไมโครโพลีเอสเตอร์ขาว สำหรับงานพิมพ์ซับ", "polyester_knit_fabric"), ("ผ้าฟลีซขนนุ่ม", "fleece_fabric")],
        [n("ด้ายดีทีวาย", "polyester_filament_yarn")],
    ),
    sme(
        46,
        "en",
        "Phu Thai Natural Dye House",
        AGE_I,
        MID,
        "Kalasin",
        [("Natural dyeing of your yarn or cloth: lac, ebony, mango bark", "natural_dyeing_service")],
        [],
        bcg=("bio",),
    ),
    sme(
        47,
        "th",
        "ครามสกล ผ้าย้อมครามทอมือ",
        HEMP,
        MID,
        "Sakon Nakhon",
        [("ผ้าฝ้ายย้อมคราม ทอมือ หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric")],
        [n("เนื้อครามคุณภาพดี", "indigo_paste")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        48,
        "th",
        "โรงงานรีไซเคิลขนเฟอร์ ศรีราชา",
        CIRC,
        MID,
        "Chonburi",
        [("ใยยัดตุ๊กตา ตีจากเศษขนเฟอร์", "shredded_fabric_stuffing")],
        [n("เศษผ้าขนยาวจากโรงงานมาสคอต", "faux_fur_offcuts")],
        bcg=("circular",),
    ),
    sme(
        49,
        "en",
        "Mascot Skin Sewing Co.",
        SPORT,
        MID,
        "Bangkok",
        [("Sewing of mascot bodies from your fur and pattern", "cmt_sewing_service")],
        [n("zippers, long, for costume backs", "zipper")],
    ),
    sme(
        50,
        "th",
        "กลุ่มตัดเย็บแม่บ้านโพนพิสัย",
        AGE_I,
        MID,
        "Nong Khai",
        [
            ("รับตัดเย็บตามออร์เดอร์ ใช้ผ้าของลูกค้า", "cmt_sewing_service"),
            ("เสื้อยืดคอตตอนเปล่า ไม่สกรีน", "blank_tshirt"),
        ],
        [],
    ),
]

# ---------------------------------------------------------------------------------------------- downstream

SMES += [
    sme(
        51,
        "th",
        "บริษัท มาสคอตดีไซน์ จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        [("รับผลิตมาสคอตตามคาแรคเตอร์ลูกค้า", "mascot_costume"), ("หัวมาสคอตอย่างเดียว หุ้มขนพร้อมใช้", "mascot_head")],
        [
            n("ผ้าขนฟูยาว สีสด", "faux_fur_fabric"),
            n("ฟองน้ำสำหรับขึ้นหัว", "pu_foam_sheet"),
            n("รองเท้าตัวการ์ตูนเท้าโต", "mascot_shoes"),
        ],
    ),
    sme(
        52,
        "en",
        "Lanna Mascot Works",
        SPORT,
        DOWN,
        "Chiang Mai",
        [
            ("Custom full-body mascots, 3D sketch included", "mascot_costume"),
            ("Fur offcuts from our cutting room", "faux_fur_offcuts"),
        ],
        [
            n("long pile fur, OEKO-TEX certified", "faux_fur_fabric", req=(OEKO,)),
            n("bare foam heads to cover", "mascot_head_shell"),
        ],
    ),
    sme(
        53,
        "th",
        "ร้านมาสคอตอีสาน",
        SPORT,
        DOWN,
        "Khon Kaen",
        [("ชุดมาสคอตสำเร็จรูป ตัวช้าง ตัวควาย", "mascot_costume"), ("ถุงมือมาสคอต 4 นิ้ว", "mascot_gloves")],
        [n("ผ้าขนสั้นนุ่ม", "plush_fabric"), n("ซิปยาว 80 ซม.", "zipper")],
    ),
    sme(
        54,
        "th",
        "มาสคอตให้เช่า บางนา",
        SPORT,
        DOWN,
        "Bangkok",
        [
            ("ให้เช่าชุดมาสคอต รายวัน ส่งถึงงาน", "mascot_rental_service"),
            ("นักแสดงใส่ชุดตัวการ์ตูน ชั่วโมงละ 800", "mascot_performer_service"),
        ],
        [
            n("ซักชุดตัวละครหลังงาน", "mascot_cleaning_service"),
            n("เสื้อกั๊กเย็นให้คนใส่ชุด", "cooling_vest"),
            u("คอร์สอบรมนักแสดงมาสคอต", "training: no one offers it"),
        ],
    ),
    sme(
        55,
        "en",
        "Andaman Mascot Hire",
        SPORT,
        DOWN,
        "Phuket",
        [("Mascot hire for resorts and kids parties", "mascot_rental_service")],
        [
            n("someone to fix torn seams and bald fur", "costume_repair_service"),
            n("new characters, beach theme, crab and turtle", "mascot_costume"),
            u("voice changer for a talking mascot", "electronics: no one offers them"),
        ],
    ),
    sme(
        56,
        "en",
        "ChillCore Vests",
        SPORT,
        DOWN,
        "Pathum Thani",
        [("Ice vest with 4 PCM packs for costume wearers", "cooling_vest")],
        [
            n("phase change packs that freeze at 18 C", "pcm_cooling_pack"),
            n("air mesh lining", "mesh_fabric"),
            n("CMT sewing for 500 vests", "cmt_sewing_service"),
        ],
    ),
    sme(
        57,
        "th",
        "เสื้อเย็นไทยแลนด์",
        SPORT,
        DOWN,
        "Nonthaburi",
        [("เสื้อกั๊กติดพัดลม ระบายความร้อน", "cooling_vest")],
        [n("ผ้าคูลลิ่ง ซับเหงื่อ", "cooling_fabric"), n("พัดลมเล็ก 5 โวลต์ พร้อมรางถ่าน", "head_fan_kit")],
    ),
    sme(
        58,
        "th",
        "ตุ๊กตาผ้าบ้านสวน",
        CIRC,
        DOWN,
        "Nakhon Si Thammarat",
        [("ตุ๊กตาผ้าทำตามแบบ ขั้นต่ำ 100 ตัว", "plush_toy")],
        [
            n(
                "ใยสังเคราะห์ยัดตุ๊กตา",
                "polyester_fiberfill",
                "recycled_polyester_fiberfill",
                "shredded_fabric_stuffing",
            ),
            u("ตาตุ๊กตาพลาสติกแบบล็อค", "plastic doll parts: no one makes them"),
        ],
    ),
    sme(
        59,
        "en",
        "Northern Plush Co.",
        SPORT,
        DOWN,
        "Lamphun",
        [("Promotional plush toys with your logo", "plush_toy")],
        [n("minky, OEKO-TEX certified only", "plush_fabric", req=(OEKO,))],
        certs=(OEKO,),
    ),
    sme(
        60,
        "th",
        "ตุ๊กตาบำบัด รักษ์วัยเก๋า",
        AGE_C,
        DOWN,
        "Nonthaburi",
        [("ตุ๊กตากอดสำหรับผู้สูงอายุสมองเสื่อม", "therapy_doll")],
        [n("ผ้ากำมะหยี่ขนสั้น ผ่านโอเคเท็กซ์", "plush_fabric", req=(OEKO,)), n("นุ่นธรรมชาติ", "kapok_fibre")],
    ),
    sme(
        61,
        "en",
        "Isan Hand Puppets",
        AGE_I,
        DOWN,
        "Khon Kaen",
        [("Hand puppets sewn from pha khao ma", "hand_puppet")],
        [n("checked loincloth cloth, handwoven", "handwoven_cotton_fabric")],
    ),
    sme(
        62,
        "th",
        "กระเป๋ารียูส ดอยสุเทพ",
        CIRC,
        DOWN,
        "Chiang Mai",
        [("กระเป๋าผ้าจากขนเฟอร์ชุดมาสคอตเก่า", "upcycled_fur_bag")],
        [n("ชุดมาสคอตปลดระวาง สภาพไหนก็ได้", "used_mascot_costume")],
        bcg=("circular",),
    ),
    sme(
        63,
        "en",
        "Indigo Hill Goods",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        [("Tote bags of handwoven cotton dyed with indigo", "indigo_cotton_bag")],
        [n("indigo cotton cloth, no synthetic dye", "indigo_dyed_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        64,
        "th",
        "เสื้อกีฬาทีม ดีไซน์เอง",
        SPORT,
        DOWN,
        "Yala",
        [("เสื้อกีฬาพิมพ์ลายทั้งตัว ทีมฟุตบอล", "team_jersey")],
        [n("โรงพิมพ์ซับ รับงานด่วน", "sublimation_printing_service"), n("ผ้าไมโครขาว", "polyester_knit_fabric")],
    ),
    sme(
        65,
        "en",
        "Big Feet Costume Parts",
        SPORT,
        DOWN,
        "Chonburi",
        [("Oversized mascot shoes with EVA soles", "mascot_shoes"), ("Mascot gloves, 4 finger", "mascot_gloves")],
        [n("EVA sheets", "eva_foam_sheet"), n("polar fleece", "fleece_fabric")],
    ),
    sme(
        66,
        "th",
        "สโมสรฟุตบอลอีสานยูไนเต็ด",
        SPORT,
        DOWN,
        "Buriram",
        [],
        [
            n("มาสคอตประจำสโมสร ตัวใหม่", "mascot_costume"),
            n("เสื้อแข่งพิมพ์ลายสปอนเซอร์", "team_jersey"),
        ],
    ),
    sme(
        67,
        "en",
        "Riverside Mall Events",
        SPORT,
        DOWN,
        "Bangkok",
        [],
        [
            n("weekend mascot appearances", "mascot_rental_service", "mascot_performer_service"),
            n("monthly cleaning for our 2 mascots", "mascot_cleaning_service"),
        ],
    ),
    sme(
        68,
        "th",
        "โรงเรียนบ้านหนองระเวียงวิทยา",
        AGE_I,
        DOWN,
        "Korat",
        [],
        [n("อยากได้มาสคอตช้าง ประจำโรงเรียน", "mascot_costume"), n("ชุดกีฬาสี 4 สี", "team_jersey")],
    ),
    sme(
        69,
        "en",
        "Golden Years Care Home",
        AGE_C,
        DOWN,
        "Prachuap Khiri Khan",
        [],
        [
            n("therapy dolls for residents with dementia", "therapy_doll"),
            n("hand puppets for activity sessions", "hand_puppet"),
        ],
    ),
    sme(
        70,
        "th",
        "บริษัท อีเว้นท์ฮับ จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        [("รับจัดงานอีเว้นท์ เปิดตัวสินค้า", "event_organising_service")],
        [
            n("ตุ๊กตามาสคอตเช่า พร้อมคนใส่", "mascot_rental_service"),
            u("ไฟ LED ติดตาหัวมาสคอต", "LED parts: no one offers them"),
        ],
    ),
    sme(
        71,
        "en",
        "Nimman Event Co.",
        SPORT,
        DOWN,
        "Chiang Mai",
        [("Event staffing and stage management", "event_organising_service")],
        [
            n("mascot performers for a 3-day fair", "mascot_performer_service"),
            u("inflatable mascot, 3 m tall", "no one makes inflatables"),
        ],
    ),
    sme(
        72,
        "th",
        "ศูนย์การค้าบางนาพลาซ่า",
        SPORT,
        DOWN,
        "Bangkok",
        [],
        [
            n("มาสคอตของห้าง ตัวใหม่ ตามคาแรคเตอร์ที่ออกแบบไว้", "mascot_costume"),
            u("ลิขสิทธิ์ตัวการ์ตูนญี่ปุ่น", "character licences: no one offers them"),
        ],
    ),
    sme(
        73,
        "en",
        "Hat Yai Shopping Centre",
        SPORT,
        DOWN,
        "Songkhla",
        [],
        [
            n("mascot costume cleaning and repairs", "mascot_cleaning_service", "costume_repair_service"),
            n("plush toys of our mascot for the gift shop", "plush_toy"),
        ],
    ),
    sme(
        74,
        "th",
        "สโมสรวอลเลย์บอลชลบุรีสปอร์ต",
        SPORT,
        DOWN,
        "Chonburi",
        [],
        [
            n("หัวมาสคอตใหม่ ตัวเดิมพัง", "mascot_head"),
            n("ตุ๊กตามาสคอตสโมสรไว้ขายแฟนบอล", "plush_toy"),
        ],
    ),
    sme(
        75,
        "en",
        "Bangkok Tigers Basketball Club",
        SPORT,
        DOWN,
        "Bangkok",
        [],
        [
            n("tiger mascot suit", "mascot_costume"),
            n("cooling vest for the performer", "cooling_vest"),
        ],
    ),
    sme(
        76,
        "th",
        "โรงพยาบาลชะอำเวชการ",
        AGE_C,
        DOWN,
        "Phetchaburi",
        [],
        [
            n("ตุ๊กตาบำบัดสำหรับผู้ป่วยสูงวัย", "therapy_doll"),
        ],
    ),
    sme(
        77,
        "en",
        "Ubon Senior Day Centre",
        AGE_I,
        DOWN,
        "Ubon",
        [],
        [
            n("soft dolls for dementia care", "therapy_doll"),
            n("indigo cotton shirts for staff, OTOP not required", "indigo_shirt", waive=(OTOP,)),
        ],
    ),
    sme(
        78,
        "th",
        "มหาวิทยาลัยอุดรพัฒนา",
        AGE_I,
        DOWN,
        "Udon Thani",
        [],
        [
            n("มาสคอตประจำมหาวิทยาลัย มอก. ไม่จำเป็น", "mascot_costume", waive=(TIS,)),
            n("ปักโลโก้บนเสื้อทีมเชียร์", "embroidery_service"),
        ],
    ),
    sme(
        79,
        "en",
        "Pattaya Fun Park",
        SPORT,
        DOWN,
        "Chonburi",
        [],
        [
            n("heat relief for costume crew", "cooling_vest"),
            n("mascot suits, second-hand accepted", "used_mascot_costume", "mascot_costume"),
            u("animatronic blinking eyes for heads", "no one makes animatronics"),
        ],
    ),
    sme(
        80,
        "th",
        "แบรนด์อัพไซเคิล ฟูฟู",
        CIRC,
        DOWN,
        "Bangkok",
        [("พวงกุญแจขนฟู จากเศษผ้ามาสคอต", "fur_keychain")],
        [n("เศษผ้าขนยาว", "faux_fur_offcuts")],
        bcg=("circular",),
    ),
    sme(
        81,
        "en",
        "Old Capital Riverside Hotel",
        AGE_C,
        DOWN,
        "Ayutthaya",
        [],
        [
            n("Thai silk for lobby cushions, Peacock Emblem", "silk_fabric", req=(PEACOCK,)),
        ],
    ),
    sme(
        82,
        "th",
        "ร้านของฝากผ้าพื้นเมืองเชียงแสน",
        HEMP,
        DOWN,
        "Chiang Rai",
        [("ผ้าพันคอฝ้ายทอมือ", "cotton_scarf")],
        [n("ย่ามผ้าครามทอมือ ไว้ขายนักท่องเที่ยว", "indigo_cotton_bag"), n("ผ้ากัญชงทอมือ", "hemp_fabric")],
    ),
    sme(
        83,
        "en",
        "ReWear Costume Marketplace",
        CIRC,
        DOWN,
        "Bangkok",
        [("Pre-loved mascot and cosplay costumes, cleaned", "used_mascot_costume")],
        [
            n("sanitising of costumes we buy", "mascot_cleaning_service"),
            n("refurbishing worn mascot heads", "costume_repair_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        84,
        "th",
        "ศูนย์พัฒนาเด็กเล็กบ้านโคกสี",
        AGE_I,
        DOWN,
        "Khon Kaen",
        [],
        [n("หุ่นมือเล่านิทาน", "hand_puppet"), n("ตุ๊กตาผ้านุ่ม ไม่มีชิ้นส่วนเล็ก", "plush_toy")],
    ),
    sme(
        85,
        "en",
        "Korat Swans FC",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [
            n("replacement swan head, body still fine", "mascot_head"),
            u("public liability insurance for the performer", "insurance: not offered in the set"),
        ],
    ),
    sme(
        86,
        "th",
        "ภูเก็ตอีเว้นท์แอนด์ออร์แกไนเซอร์",
        SPORT,
        DOWN,
        "Phuket",
        [("จัดงานวิ่ง งานเทศกาลชายหาด", "event_organising_service")],
        [n("คนใส่ชุดมาสคอตเดินแจกของ", "mascot_performer_service"), n("เสื้อวิ่งพิมพ์ลาย 2,000 ตัว", "team_jersey")],
    ),
    sme(
        87,
        "th",
        "โรงเรียนอนุบาลสุขุมวิท",
        AGE_C,
        DOWN,
        "Bangkok",
        [],
        [
            n("เช่ามาสคอตหมีไปงานวันเปิดบ้าน", "mascot_rental_service"),
            n("หุ่นมือตัวสัตว์ สำหรับคาบเล่านิทาน", "hand_puppet"),
        ],
    ),
    sme(
        88,
        "th",
        "โรงงานหมอนรีไซเคิล บางพลี",
        CIRC,
        DOWN,
        "Samut Prakan",
        [("หมอนอิงใยรีไซเคิล", "cushion")],
        [
            n("ใยรีไซเคิลยัดหมอน ต้องมี GRS", "recycled_polyester_fiberfill", "shredded_fabric_stuffing", req=(GRS,)),
            n("ผ้าดิบหุ้มหมอน", "greige_cotton_fabric"),
        ],
        bcg=("circular",),
    ),
    sme(
        89,
        "en",
        "Slow Stitch Studio",
        HEMP,
        DOWN,
        "Chiang Mai",
        [("Hemp and indigo jackets", "hemp_jacket")],
        [
            u("hemp fabric, GOTS certified", "no hemp cloth supplier holds GOTS", "hemp_fabric", req=(GOTS,)),
            n(
                "natural dyeing on our hemp yardage, no synthetic dyes",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
    ),
    sme(
        90,
        "th",
        "ร้านผ้าปาเต๊ะเกาะยอ",
        HEMP,
        MID,
        "Songkhla",
        [("ผ้าปาเต๊ะเขียนเทียนมือ ลายปลา ขายเป็นหลา", "batik_fabric")],
        [
            n("ผ้าดิบเนื้อละเอียด ไว้เขียนเทียน", "greige_cotton_fabric"),
            u("กรอบไม้ขึงผ้า ไม้ต้องมี FSC", "timber frames: no one sells them", req=(FSC,)),
        ],
    ),
    sme(
        91,
        "en",
        "Samui Beach Club Resort",
        SPORT,
        DOWN,
        "Surat Thani",
        [],
        [
            n("Who rents mascot costumes for a New Year party?", "mascot_rental_service"),
            n("hand-drawn batik yardage for staff uniforms", "batik_fabric"),
            u("waterproof mascot suit for pool shows", "no one makes waterproof suits"),
        ],
    ),
    sme(
        92,
        "th",
        "โรงเรียนผู้สูงอายุ ยโสธร",
        AGE_I,
        DOWN,
        "Yasothon",
        [],
        [n("ตุ๊กตาหุ่นมือ ใช้ทำกิจกรรม", "hand_puppet"), n("ผ้าขาวม้า ผืนใหญ่", "handwoven_cotton_fabric")],
    ),
    sme(
        93,
        "th",
        "สโมสรรักบี้ระยอง",
        SPORT,
        DOWN,
        "Rayong",
        [],
        [
            n("เสื้อรักบี้พิมพ์ซับทั้งตัว", "team_jersey"),
            u("เทปสะท้อนแสงติดเสื้อซ้อมกลางคืน", "no one offers reflective tape"),
        ],
    ),
    sme(
        94,
        "th",
        "ร้านชุดแฟนซี ลำปาง",
        CIRC,
        DOWN,
        "Lampang",
        [("ชุดแฟนซีให้เช่า", "fancy_dress_rental")],
        [
            n("มีใครรับซ่อมชุดมาสคอตบ้างไหม", "costume_repair_service"),
        ],
    ),
    sme(
        95,
        "en",
        "Chao Phraya Children's Hospital",
        AGE_C,
        DOWN,
        "Bangkok",
        [],
        [
            n("mascot appearance for a vaccination campaign", "mascot_rental_service", "mascot_performer_service"),
            n("plush toys for young patients, OEKO-TEX nice to have", "plush_toy", waive=(OEKO,)),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_RE = re.compile("[A-Za-z]")
CERT_BY_NAME = {c.name: c for c in taxonomy.CERTIFICATIONS}


def email(item: Sme) -> str:
    return f"info.{item.id.replace('-', '')}@example.co.th"


def canonical_certs(item: Sme) -> frozenset[str]:
    return frozenset(taxonomy.resolve_certification(c) or c for c in item.certifications)


def names_certification(text: str, name: str) -> bool:
    """Whether `text` names the certification at all, affirmed or negated."""
    cert = CERT_BY_NAME[name]
    folded = text.casefold()
    words = (cert.name, *cert.aliases, *cert.mentions)
    if any(re.search(rf"(?<![A-Za-z0-9]){re.escape(w.casefold())}(?![A-Za-z0-9])", folded) for w in words):
        return True
    return any(re.search(p, text) for p in cert.patterns)


def text_script_problem(text: str, language: str) -> str | None:
    if language == "en":
        bad = sorted({ch for ch in text if not (" " <= ch <= "~")})
        return f"non-Latin characters {bad}" if bad else None
    thai, latin = len(THAI_RE.findall(text)), len(LATIN_RE.findall(text))
    if thai == 0 or thai < 2 * latin:
        return f"not mostly Thai ({thai} Thai letters, {latin} Latin)"
    return None


def qualified_suppliers(need: Need, buyer: Sme) -> list[str]:
    wanted = set(need.labels)
    found = []
    for item in SMES:
        if item.id == buyer.id or not wanted & {label for _, label in item.offers}:
            continue
        if set(need.requires) <= canonical_certs(item):
            found.append(item.id)
    return found


def check() -> list[str]:
    errors: list[str] = []
    ids = [item.id for item in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} without gaps or repeats")
    offered: dict[str, set[str]] = {}
    for item in SMES:
        for _, label in item.offers:
            offered.setdefault(label, set()).add(item.id)
    sub_clusters = {s.value for s in taxonomy.SubCluster}
    stages = {s.value for s in taxonomy.Stage}
    bcg_tags = {b.value for b in taxonomy.BcgTag}
    all_texts: list[tuple[str, str]] = []
    for item in SMES:
        where = item.id
        if not ID_RE.match(item.id):
            errors.append(f"{where}: malformed id")
        if item.language not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {item.language!r}")
        if item.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {item.sub_cluster!r}")
        if item.stage not in stages:
            errors.append(f"{where}: stage {item.stage!r}")
        if taxonomy.resolve_province(item.province) is None:
            errors.append(f"{where}: province {item.province!r} does not resolve")
        for cert in item.certifications:
            if taxonomy.resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(item.certifications)) != len(item.certifications):
            errors.append(f"{where}: repeated certification")
        if not set(item.bcg) <= bcg_tags or len(set(item.bcg)) != len(item.bcg):
            errors.append(f"{where}: bcg {item.bcg!r}")
        if not item.name.strip():
            errors.append(f"{where}: empty name")
        if len(item.offers) > 3 or len(item.needs) > 3 or not (item.offers or item.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        texts = [item.name, *(t for t, _ in item.offers), *(need.text for need in item.needs)]
        for text in texts:
            if text != text.strip() or not text or "  " in text:
                errors.append(f"{where}: badly spaced text {text!r}")
            problem = text_script_problem(text, item.language)
            if problem:
                errors.append(f"{where}: {text!r}: {problem}")
        all_texts += [(where, t) for t in texts[1:]]
        for text, label in item.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: offer {text!r} has malformed label {label!r}")
        for need in item.needs:
            errors += check_need(item, need, offered)
    seen: dict[str, str] = {}
    for where, text in all_texts:
        key = text.casefold()
        if key in seen:
            errors.append(f"{where}: phrase {text!r} repeats one of {seen[key]}")
        seen.setdefault(key, where)
    return errors


def check_need(item: Sme, need: Need, offered: dict[str, set[str]]) -> list[str]:
    errors: list[str] = []
    where = f"{item.id}: need {need.text!r}"
    for label in need.labels:
        if not offered.get(label, set()) - {item.id}:
            errors.append(f"{where}: label {label!r} is offered by no one else")
    if not need.labels and not need.unmet:
        errors.append(f"{where}: lists no labels and is not marked unmet")
    for name in (*need.requires, *need.waives):
        if name not in CERT_BY_NAME:
            errors.append(f"{where}: unknown certification {name!r}")
        elif not names_certification(need.text, name):
            errors.append(f"{where}: does not name {name}")
    if set(need.requires) & set(need.waives):
        errors.append(f"{where}: requires and waives the same certification")
    claimed = taxonomy.find_certifications(need.text)
    if claimed != set(need.requires):
        errors.append(f"{where}: text asks for {sorted(claimed)}, labelled {sorted(need.requires)}")
    suppliers = qualified_suppliers(need, item)
    if need.unmet and suppliers:
        errors.append(f"{where}: marked unmet but met by {suppliers}")
    if not need.unmet and not suppliers:
        errors.append(f"{where}: met by no qualified supplier")
    for supplier_id in suppliers:
        supplier = SMES[int(supplier_id.split("-")[1]) - 1]
        for text, label in supplier.offers:
            if label in need.labels and (
                need.text.casefold() in text.casefold() or text.casefold() in need.text.casefold()
            ):
                errors.append(f"{where}: worded like the offer {text!r} that meets it")
    return errors


# ---------------------------------------------------------------------------------------------- links and counts


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier, buyer.id) for buyer in SMES for need in buyer.needs for supplier in qualified_suppliers(need, buyer)
    }
    return sorted(pairs)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {item.id: item for item in SMES}
    needs = [(item, need) for item in SMES for need in item.needs]
    met = [need for item, need in needs if not need.unmet]
    lang = Counter(item.language for item in SMES)
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    regions = Counter(taxonomy.resolve_province(item.province).region.value for item in SMES)
    provinces = {taxonomy.resolve_province(item.province).name_en for item in SMES}
    spread = Counter(min(len(qualified_suppliers(need, item)), 4) for item, need in needs if not need.unmet)
    rows = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{lang['th']} / {lang['en']}"),
    ]
    rows += [(f"sub-cluster {s.value}", str(sum(i.sub_cluster == s.value for i in SMES))) for s in taxonomy.SubCluster]
    rows += [(f"stage {s.value}", str(sum(i.stage == s.value for i in SMES))) for s in taxonomy.Stage]
    rows += [(f"region {r.value}", str(regions[r.value])) for r in taxonomy.Region]
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(item.offers) for item in SMES))),
        ("distinct offer labels", str(len({label for item in SMES for _, label in item.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("met needs with 1 / 2 / 3 / 4+ qualified suppliers", " / ".join(str(spread[k]) for k in (1, 2, 3, 4))),
        ("needs requiring a certification", str(sum(1 for _, need in needs if need.requires))),
        ("needs waiving a certification", str(sum(1 for _, need in needs if need.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.1%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    return rows


def check_sizes(links: list[tuple[str, str]]) -> list[str]:
    errors = []
    by_id = {item.id: item for item in SMES}
    thai_share = sum(item.language == "th" for item in SMES) / len(SMES)
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai_share:.1%} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} true links, outside {LINK_RANGE}")
    cross = sum(by_id[s].language != by_id[b].language for s, b in links)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross / len(links):.1%} outside {CROSS_SHARE_RANGE}")
    unmet = sum(1 for item in SMES for need in item.needs if need.unmet)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs, outside {UNMET_RANGE}")
    met_counts = [len(qualified_suppliers(need, item)) for item in SMES for need in item.needs if not need.unmet]
    few = sum(1 for c in met_counts if c <= 3)
    if met_counts and few / len(met_counts) < 0.6:
        errors.append(f"only {few} of {len(met_counts)} met needs have 1-3 suppliers")
    if any(s == b for s, b in links):
        errors.append("an SME is linked to itself")
    return errors


# ---------------------------------------------------------------------------------------------- output


def profile_json(item: Sme) -> str:
    record: dict[str, object] = {
        "id": item.id,
        "name": item.name,
        "sub_cluster": item.sub_cluster,
        "stage": item.stage,
        "province": item.province,
        "offers": [text for text, _ in item.offers],
        "needs": [need.text for need in item.needs],
    }
    if item.certifications:
        record["certifications"] = list(item.certifications)
    if item.bcg:
        record["bcg"] = list(item.bcg)
    record["contact_email"] = email(item)
    record["language"] = item.language
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """# Evaluation set `blind_plain_mascot`

A hand-labelled test set for supplier-buyer matching: {profiles} SME profiles of the Health and Wellness
Economy cluster in the contract's JSONL version 1, and the true supplier-buyer links between them. Theme:
mascots and costume characters (mascot suits and heads, plush fabric and fur, foam for heads, cooling vests
for performers, costume cleaning and repair; event companies, schools, malls, hospitals and sports clubs
that buy), plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

## What it checks

Whether the matcher finds the true pairs from wording it has never seen. Offers and needs are short registry
phrases in Thai (about 55 % of the profiles) and English, written in many ways: local and regional names
(หม้อห้อม, ผ้าขาวม้า, ไหมน้อย, ผ้าปาเต๊ะ, นุ่น, kapok, minky, velboa), trade words and abbreviations
(DTY, rPET, HCS, PCM, CMT), with and without sizes, quantities, prices and places. A need is worded
differently from the offers that meet it, and about half of the links join a Thai profile with an English
one. Hard but fair cases:

- a service against the goods it works on (indigo dyeing of the customer's cloth against indigo-dyed cloth;
  sewing with the customer's fabric against finished vests and suits; shredding the customer's scraps
  against recycled fibre);
- waste and used goods against new (fur offcuts against fur fabric; retired mascot suits against new ones);
- raw against processed (cotton lint, yarn, cloth; hemp bast, yarn, cloth; PET bottles, fibre, yarn, felt);
- finished goods described by material, colour or technique (a tote of handwoven indigo cotton is a bag,
  an indigo shirt is a garment, neither is dyeing);
- needs written as a wish, a bare noun phrase or a question; a refusal ("no synthetic dye");
- needs that require a named certification (a supplier without it does not qualify) and needs that name one
  only to waive it;
- needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV) and the cluster taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`). Nothing of the
matcher, its glossary, its tests, other evaluation sets or the project's data was read. Every province
resolves with `resolve_province`, every certification with `resolve_certification`; sub-cluster, stage and
BCG tags are the taxonomy's values.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` against `indigo_dyeing_service`). Every need lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never decide a link; what
changes what the thing is does. A waived certification is not required. The labels live only in `write.py`;
the profiles carry no labels.

Before writing, the script checks: ids unique and well formed; every contract field valid; every label a
need lists is offered by someone other than the buyer; every met need has a qualified supplier and every
unmet one has none; a required or waived certification is named in the need's text (and the taxonomy reads
the text as asking for exactly the required ones); Thai phrases mostly Thai letters and English ones Latin
only; the size targets ({link_lo}-{link_hi} links, about half across languages). It writes nothing if a
check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_mascot/write.py

## Files

- `write.py`: all the data, the labels, the checks; writes the two data files and this README.
- `profiles.jsonl`: the {profiles} profiles, ids `{prefix}-001` to `{prefix}-{last:03d}`, one JSON object a line.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    errors = check()
    links = true_links() if not errors else []
    if not errors:
        errors = check_sizes(links)
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    rows = counts(links)
    readme = README.format(
        profiles=len(SMES),
        prefix=PREFIX,
        last=len(SMES),
        link_lo=LINK_RANGE[0],
        link_hi=LINK_RANGE[1],
        table=table(rows),
    )
    outputs = {
        "profiles.jsonl": "".join(profile_json(item) + "\n" for item in SMES),
        "links.csv": links_csv(links),
        "README.md": readme,
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
