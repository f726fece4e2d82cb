"""Write the hand-labelled evaluation set `eval/blind_plain_linen/`.

Linen and flax: plain registry entries, Thai and English, with the true supplier-buyer links.
Run from the repository root: `.venv/bin/python eval/blind_plain_linen/write.py`.
Every offer carries a label saying what the thing is; every need lists the labels that meet it and the
certifications its text requires, or is marked as met by no one. Labels live only in this file.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (  # the repository root is on sys.path from here on
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent
PREFIX = "bll"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SP = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
PEACOCK = "Thai Silk Peacock Emblem"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""

    @property
    def met(self) -> bool:
        return not self.unmet_note


@dataclass(frozen=True)
class Sme:
    number: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    email: str = field(default="")

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.number:03d}"


def off(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need nobody in the set meets; labels and `req` are given when the goods exist but not certified."""
    return Need(text, labels, req, (), note)


def sme(
    number: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
    email: str = "",
) -> Sme:
    return Sme(
        number, language, name, sub_cluster, stage, province, tuple(offers or ()), tuple(needs or ()), certs, bcg, email
    )


# ------------------------------------------------------------------ data

SMES: list[Sme] = [
    # --- flax, linen and cotton fibre and yarn (upstream)
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนแฟลกซ์ดอยสะเก็ด",
        HNF,
        UP,
        "Chiang Mai",
        offers=[
            off("ใยแฟลกซ์เส้นยาว ตีแยกแกนแล้ว มัดละ 10 กก.", "flax_line_fibre"),
            off("ใยสั้นลินิน (โท) ที่เหลือจากการสาง", "flax_tow"),
        ],
        needs=[need("หาเมล็ดพันธุ์ลินินพันธุ์ให้เส้นใย สำหรับปลูกหน้าหนาว", "flax_planting_seed")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Mae Chan Flax Growers",
        HNF,
        UP,
        "Chiang Rai",
        offers=[
            off("Scutched long-line flax, 40 kg bales", "flax_line_fibre"),
            off("Fibre-flax seed for sowing, 25 kg sack", "flax_planting_seed"),
        ],
        needs=[
            need("retted flax straw to keep our scutcher busy off-season", "retted_flax_straw"),
            unmet("Anyone to help with dew-retting trials on our fields?", "advice and field work, not goods"),
        ],
        bcg=("bio",),
    ),
    sme(
        3,
        "en",
        "Siam Flax Import Co., Ltd.",
        HNF,
        UP,
        "Bangkok",
        offers=[
            off("Hackled flax sliver from Normandy, MOQ 500 kg", "flax_sliver"),
            off("Flax tow, short staple, for nonwovens or blending", "flax_tow"),
        ],
    ),
    sme(
        4,
        "th",
        "โรงปั่นด้ายลินินลำพูน",
        HNF,
        UP,
        "Lamphun",
        offers=[
            off("ด้ายลินิน 100% Nm 26 ปั่นเปียก ลูกละ 1 กก.", "linen_yarn"),
            off("ด้ายผสม ลินิน 55 ฝ้าย 45 สีดิบ", "linen_cotton_yarn"),
        ],
        needs=[need("สไลเวอร์แฟลกซ์ที่หวีแล้ว พร้อมเข้าเครื่องปั่น", "flax_sliver")],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        5,
        "en",
        "Handspun Linen Collective",
        HNF,
        UP,
        "Chiang Mai",
        offers=[off("hand-spun linen thread, ecru, 100 g skeins", "linen_yarn")],
        needs=[
            need("raw flax stricks for hand spinning", "flax_line_fibre"),
            unmet("spinning wheels or drop spindles?", "tools, nobody here sells them"),
        ],
        bcg=("bio",),
    ),
    sme(
        6,
        "th",
        "กลุ่มฝ้ายเข็นมือบ้านนาเหลือง",
        HNF,
        UP,
        "Nan",
        offers=[off("ฝ้ายเข็นมือ ฝ้ายพื้นเมืองสีตุ่น", "handspun_cotton_yarn")],
        needs=[unmet("ปุยฝ้ายทั้งเมล็ด ปลูกแบบไร้สารเคมี", "seed cotton: nobody offers it")],
        bcg=("bio",),
    ),
    sme(
        7,
        "en",
        "Krungthep Yarn Supply",
        HNF,
        UP,
        "Bangkok",
        offers=[
            off("Combed cotton yarn Ne 30/1 on cones", "cotton_yarn"),
            off("GOTS organic cotton Ne 20/1", "organic_cotton_yarn"),
        ],
        certs=("GOTS", OEKO),
    ),
    sme(
        8,
        "th",
        "ไร่ฝ้ายอินทรีย์แม่สอด",
        HNF,
        UP,
        "Tak",
        offers=[off("เส้นด้ายฝ้ายอินทรีย์ เบอร์ 16 ปั่นโรงงาน", "organic_cotton_yarn")],
        needs=[unmet("โรงรับย้อมด้ายเป็นไจ ใช้สีจากธรรมชาติ", "nobody dyes yarn hanks for others")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        9,
        "th",
        "กลุ่มกัญชงภูพาน",
        HNF,
        UP,
        "Sakon Nakhon",
        offers=[
            off("เส้นใยกัญชงลอกมือ ตากแห้ง", "hemp_fibre"),
            off("ด้ายกัญชงเข็นมือ ม้วนละ 500 กรัม", "hemp_yarn"),
        ],
        bcg=("bio",),
    ),
    sme(
        10,
        "en",
        "Phu Phan Indigo Paste",
        HNF,
        UP,
        "Sakon Nakhon",
        offers=[off("Fermented indigo paste, 5 kg pail", "natural_indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        11,
        "en",
        "Mahachai Fibre Recovery",
        CT,
        UP,
        "Samut Sakhon",
        offers=[off("Garnetted cotton waste fibre, pressed bales", "recycled_cotton_fibre")],
        needs=[
            need("Cutting-room scraps, cotton or linen, sorted by colour", "pre_consumer_cutting_waste"),
            need("retired hotel sheets and towels, any condition", "used_hotel_textiles"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        12,
        "th",
        "ร้านรับซื้อเศษผ้า ส.เจริญ",
        CT,
        UP,
        "Bangkok",
        offers=[
            off("เศษลินินจากโต๊ะตัด คัดสีแล้ว ขายเป็นกระสอบ", "pre_consumer_cutting_waste"),
            off("ริมผ้าเหลือจากโรงเย็บ กิโลละ 5 บาท", "pre_consumer_cutting_waste"),
        ],
        bcg=("circular",),
    ),
    sme(
        13,
        "en",
        "Eastern rPET Yarns",
        CT,
        UP,
        "Chonburi",
        offers=[off("Recycled polyester filament 150D from PET bottles", "recycled_polyester_yarn")],
        needs=[unmet("Baled clear PET bottles, 10 t a month", "bottles: nobody here collects them")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        14,
        "th",
        "ผ้าเก่าโรงแรม บางบัวทอง",
        CT,
        UP,
        "Nonthaburi",
        offers=[
            off("ผ้าปูที่นอนมือสองจากโรงแรม ซักแล้ว เหมาเป็นกิโล", "used_hotel_textiles"),
            off("ผ้าขนหนูโรงแรมปลดระวาง", "used_hotel_textiles"),
        ],
        bcg=("circular",),
    ),
]

SMES += [
    # --- weaving, dyeing, washing, sewing, trims (midstream)
    sme(
        15,
        "th",
        "โรงทอผ้าลินินเมืองแพร่",
        HNF,
        MID,
        "Phrae",
        offers=[
            off("ผ้าลินินดิบจากกี่ หน้า 150 ยังไม่ฟอก", "linen_greige_fabric"),
            off("ผ้าลินินฟอกนุ่ม สีพื้น 12 สี พับละ 50 หลา", "linen_fabric_finished"),
        ],
        needs=[need("ด้ายลินินเบอร์ Nm 14-26 สำหรับเส้นพุ่ง", "linen_yarn")],
        certs=(OEKO,),
    ),
    sme(
        16,
        "en",
        "Linen Loom Co.",
        HNF,
        MID,
        "Bangkok",
        offers=[
            off("Stonewashed linen yardage 185 gsm", "linen_fabric_finished"),
            off("Linen-cotton canvas 55/45, 280 gsm", "linen_cotton_fabric"),
        ],
        needs=[
            need("wet-spun flax yarn for weft", "linen_yarn"),
            need("blended linen/cotton yarn, greige", "linen_cotton_yarn"),
        ],
    ),
    sme(
        17,
        "th",
        "กลุ่มทอผ้าบ้านนาข่า",
        ALI,
        MID,
        "Udon Thani",
        offers=[off("ผ้าฝ้ายทอมือ ลายขิด หน้า 1 เมตร", "khit_cotton_fabric")],
        needs=[need("เส้นฝ้ายสำหรับทอกี่มือ", "handspun_cotton_yarn", "cotton_yarn", "organic_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        18,
        "th",
        "ครามบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        offers=[
            off("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_dyed_cotton_fabric"),
            off("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 20 เมตร", "indigo_dyeing_service"),
        ],
        needs=[need("เนื้อครามหมัก พร้อมก่อหม้อ", "natural_indigo_paste")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        19,
        "th",
        "โรงย้อมรับจ้างบางบอน",
        CT,
        MID,
        "Bangkok",
        offers=[off("รับย้อมผ้าพับ ลินิน ฝ้าย สีรีแอคทีฟ", "fabric_dyeing_service")],
        needs=[need("สีย้อมเซลลูโลส ถังละ 25 กก.", "reactive_dye")],
    ),
    sme(
        20,
        "en",
        "ChemTex Auxiliaries",
        CT,
        MID,
        "Samut Prakan",
        offers=[
            off("Reactive dyestuffs, low-salt range", "reactive_dye"),
            off("Silicone softener for linen hand-feel", "textile_softener"),
        ],
        certs=("bluesign",),
    ),
    sme(
        21,
        "th",
        "โรงซักการ์เมนต์ปากน้ำ",
        ALC,
        MID,
        "Samut Prakan",
        offers=[off("รับซักสโตนวอช เอนไซม์วอช เสื้อผ้าสำเร็จรูป", "garment_washing_service")],
        needs=[
            need("น้ำยานุ่มชนิดซิลิโคน สำหรับงานโรงงาน", "textile_softener"),
            unmet("หินพัมมิส (หินภูเขาไฟ) สำหรับงานสโตนวอช", "nobody sells pumice"),
        ],
    ),
    sme(
        22,
        "en",
        "Soft Hand Wash House",
        HNF,
        MID,
        "Chiang Mai",
        offers=[off("Garment pre-wash and softening for linen, enzyme and tumble", "garment_washing_service")],
        needs=[unmet("cellulase enzyme, any supplier?", "no enzyme maker in the set")],
    ),
    sme(
        23,
        "th",
        "ห้องเย็บเจ๊หน่อย ประตูน้ำ",
        ALC,
        MID,
        "Bangkok",
        offers=[off("รับเย็บเสื้อเชิ้ต กางเกง ผ้าลูกค้า ขั้นต่ำ 50 ตัว", "garment_sewing_service")],
        needs=[need("กระดุมธรรมชาติ ไม่เอาพลาสติก", "natural_buttons")],
    ),
    sme(
        24,
        "en",
        "CMT Studio Nimman",
        HNF,
        MID,
        "Chiang Mai",
        offers=[off("Cut-make-trim for small linen brands, MOQ 30 pcs", "garment_sewing_service")],
        needs=[need("damask labels with our logo", "woven_labels")],
    ),
    sme(
        25,
        "th",
        "รับเย็บผ้าปูโรงแรม บางใหญ่",
        ALC,
        MID,
        "Nonthaburi",
        offers=[off("รับเย็บปลอกหมอน ผ้าปู ผ้าเช็ดปาก ตามแบบโรงแรม ผ้าลูกค้า", "home_textile_sewing_service")],
        needs=[need("ผ้าลินินผสมคอตตอน หน้ากว้าง 280 ซม.", "linen_cotton_fabric")],
    ),
    sme(
        26,
        "th",
        "กระดุมกะลาชุมพร",
        HNF,
        MID,
        "Chumphon",
        offers=[
            off("กระดุมกะลามะพร้าว 4 รู 15 มม.", "natural_buttons"),
            off("กระดุมไม้ตาลโตนด ขัดเงา", "natural_buttons"),
        ],
        bcg=("bio", "circular"),
    ),
    sme(
        27,
        "en",
        "LabelCraft Bangkok",
        ALC,
        MID,
        "Bangkok",
        offers=[off("Woven labels and printed hang tags", "woven_labels")],
        certs=("ISO 9001",),
    ),
]

SMES += [
    # --- finished goods and their makers (downstream)
    sme(
        28,
        "th",
        "ลินินบ้านสวน",
        HNF,
        DOWN,
        "Chiang Mai",
        offers=[
            off("เสื้อเชิ้ตลินินคอจีน ผู้ชาย", "linen_shirt"),
            off("กางเกงเลลินิน เอวยางยืด", "linen_trousers"),
        ],
        needs=[
            need("ผ้าลินินซักนุ่มแล้ว พร้อมตัด", "linen_fabric_finished"),
            need("ร้านรับซักนุ่มเสื้อที่เย็บเสร็จแล้ว", "garment_washing_service"),
            unmet("ยางยืดเอวกางเกง ม้วนใหญ่", "elastic tape: nobody offers it"),
        ],
        bcg=("green",),
    ),
    sme(
        29,
        "en",
        "Flax & Folk",
        HNF,
        DOWN,
        "Bangkok",
        offers=[off("Relaxed linen button-down, unisex, S-XL", "linen_shirt")],
        needs=[
            need("Someone to sew our shirts, we send the cloth", "garment_sewing_service"),
            need("washed linen 160-190 gsm, OEKO-TEX not required", "linen_fabric_finished", waive=(OEKO,)),
            need("indigo vat dyeing of our own linen cloth, small batches", "indigo_dyeing_service"),
        ],
    ),
    sme(
        30,
        "en",
        "Sleep Linen BKK",
        ALC,
        DOWN,
        "Bangkok",
        offers=[off("Stonewashed linen duvet cover and sheet set, queen", "linen_bedding")],
        needs=[
            need("Loom-state linen, we wash it ourselves", "linen_greige_fabric"),
            need("Sewing of sheets and pillowcases from our fabric", "home_textile_sewing_service"),
        ],
        certs=("OEKO-TEX certified",),
    ),
    sme(
        31,
        "th",
        "ผ้าลินินแม่กลอง",
        ALC,
        DOWN,
        "Samut Songkhram",
        offers=[
            off("ชุดผ้าปูที่นอนลินิน 6 ฟุต ฟอกนุ่ม", "linen_bedding"),
            off("ผ้าเช็ดปากลินิน ปักชื่อร้าน", "linen_napkin"),
        ],
        needs=[need("ผ้าลินินสีพื้น ฟอกแล้ว ม้วนละ 50 เมตร ต้องมีโอเคเทกซ์", "linen_fabric_finished", req=(OEKO,))],
    ),
    sme(
        32,
        "en",
        "Table & Thread",
        HNF,
        DOWN,
        "Bangkok",
        offers=[
            off("Hemstitched linen napkins 45 x 45 cm", "linen_napkin"),
            off("Linen bib apron for baristas", "linen_apron"),
        ],
        needs=[need("linen-cotton union cloth for tablecloths", "linen_cotton_fabric")],
    ),
    sme(
        33,
        "th",
        "เศษดี อัพไซเคิล",
        CT,
        DOWN,
        "Bangkok",
        offers=[off("พวงกุญแจ ยางรัดผม ทำจากเศษผ้าลินิน", "upcycled_small_goods")],
        needs=[need("เศษผ้าลินินเหลือจากโรงตัด ชิ้นใหญ่", "pre_consumer_cutting_waste")],
        bcg=("circular",),
    ),
    sme(
        34,
        "en",
        "Isan Indigo Bags",
        ALI,
        DOWN,
        "Udon Thani",
        offers=[off("Tote bag in handwoven cotton, natural indigo", "indigo_tote_bag")],
        needs=[
            need("khit-pattern handloom cotton by the metre", "khit_cotton_fabric"),
            need("indigo cloth, hand-woven, for bag bodies", "indigo_dyed_cotton_fabric"),
        ],
    ),
    sme(
        35,
        "th",
        "เสื้อผ้าผู้สูงวัย ใส่ง่าย",
        ALC,
        DOWN,
        "Nonthaburi",
        offers=[off("เสื้อผ่าหน้าติดเทปตีนตุ๊กแก สำหรับผู้สูงอายุ", "elderly_adaptive_clothing")],
        needs=[need("ผ้าฝ้ายผสมลินิน ใส่สบาย ระบายอากาศ", "linen_cotton_fabric")],
    ),
    sme(
        36,
        "en",
        "Performance Knit Rayong",
        SP,
        MID,
        "Rayong",
        offers=[off("Moisture-wicking recycled poly jersey, 140 gsm", "performance_knit_fabric")],
        needs=[need("rPET filament yarn, GRS certified", "recycled_polyester_yarn", req=("GRS",))],
        certs=("GRS", "bluesign"),
        bcg=("circular",),
    ),
    sme(
        37,
        "th",
        "เสื้อวิ่งลายไทย",
        SP,
        DOWN,
        "Bangkok",
        offers=[off("เสื้อวิ่งมาราธอน พิมพ์ซับลิเมชัน", "sports_jersey")],
        needs=[need("ผ้าแห้งไว ระบายเหงื่อดี สำหรับตัดเสื้อวิ่ง", "performance_knit_fabric")],
    ),
    sme(
        38,
        "en",
        "Andaman Bay Resort",
        ALC,
        DOWN,
        "Phuket",
        needs=[
            need("washed linen sheets for king beds, OEKO-TEX 100 required", "linen_bedding", req=(OEKO,)),
            need("cloth napkins for our beach restaurant", "linen_napkin"),
            unmet("housekeeping trolleys", "equipment, not textiles"),
        ],
    ),
    sme(
        39,
        "th",
        "สปาริมทะเลหัวหิน",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        needs=[
            need("เสื้อคลุมอาบน้ำผ้าลินิน", "linen_bathrobe"),
            need("ผ้าเช็ดตัวคอตตอน 100%", "cotton_towel"),
        ],
    ),
    sme(
        40,
        "th",
        "ร้านอาหารบ้านสวนริมน้ำ",
        ALC,
        DOWN,
        "Bangkok",
        needs=[
            need("ผ้ากันเปื้อนพนักงานเสิร์ฟ", "linen_apron"),
            need("ผ้าเช็ดปาก ผ้าปูโต๊ะ แบบผ้าจริง", "linen_napkin", "linen_tablecloth"),
        ],
    ),
    sme(
        41,
        "en",
        "Ao Nang Resort Wear",
        HNF,
        DOWN,
        "Krabi",
        needs=[need("linen shirts and pants for our resort shop", "linen_shirt", "linen_trousers")],
    ),
    sme(
        42,
        "th",
        "ร้านผ้าสวย นิมมาน",
        HNF,
        DOWN,
        "Chiang Mai",
        needs=[
            need("กางเกงลินิน ขายส่ง", "linen_trousers"),
            need("กระเป๋าผ้าย้อมคราม", "indigo_tote_bag"),
            need("ผ้าพันคอลินิน", "linen_scarf"),
        ],
    ),
    sme(
        43,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        ALI,
        DOWN,
        "Khon Kaen",
        needs=[
            need("ผ้าปูเตียงผู้ป่วย ฝ้าย 100% ต้องได้ มอก.", "cotton_bed_sheets", req=(TIS,)),
            need("ชุดผู้สูงอายุ ใส่ถอดง่าย", "elderly_adaptive_clothing"),
        ],
    ),
    sme(
        44,
        "th",
        "ผ้าทอสุรินทร์ ฮอมฮัก",
        ALI,
        DOWN,
        "Surin",
        offers=[
            off("ผ้าขนหนูทอมือ ฝ้ายล้วน", "cotton_towel"),
            off("ผ้าปูที่นอนฝ้ายทอมือ", "cotton_bed_sheets"),
        ],
        certs=("OTOP",),
    ),
    sme(
        45,
        "en",
        "Easy Care Linens Co.",
        ALC,
        DOWN,
        "Nakhon Pathom",
        offers=[
            off("Hospital bed sheets, 100% cotton, TIS certified", "cotton_bed_sheets"),
            off("terry bath towels 500 gsm", "cotton_towel"),
        ],
        needs=[need("cotton sheeting 250 cm wide", "cotton_fabric_mill")],
        certs=("TIS",),
    ),
    sme(
        46,
        "th",
        "โรงทอผ้าฝ้ายโพธาราม",
        HNF,
        MID,
        "Ratchaburi",
        offers=[off("ผ้าฝ้ายดิบ ทอเครื่อง หน้า 250 ซม.", "cotton_fabric_mill")],
        needs=[need("ด้ายคอตตอนหวี Ne 30", "cotton_yarn", "organic_cotton_yarn")],
    ),
    sme(
        47,
        "en",
        "Lanna Linen Robes",
        HNF,
        DOWN,
        "Chiang Mai",
        offers=[
            off("Waffle linen bathrobe, spa grade", "linen_bathrobe"),
            off("Linen cushion covers 50 x 50", "linen_cushion_cover"),
        ],
        needs=[need("prewashed linen yardage for robes", "linen_fabric_finished")],
    ),
    sme(
        48,
        "th",
        "กลุ่มย้อมสีธรรมชาติด่านซ้าย",
        HNF,
        MID,
        "Loei",
        offers=[off("ผ้าลินินย้อมเปลือกไม้ ไม่มีสีเคมี", "linen_fabric_natural_dyed")],
        needs=[need("ผ้าลินินดิบ ยังไม่ผ่านการฟอก", "linen_greige_fabric")],
        bcg=("bio", "green"),
    ),
    sme(
        49,
        "en",
        "Slow Sunday Studio",
        HNF,
        DOWN,
        "Bangkok",
        offers=[off("linen wrap dress, plant-dyed", "linen_dress")],
        needs=[need("plant-dyed linen cloth, no synthetic dye", "linen_fabric_natural_dyed")],
        bcg=("green",),
    ),
    sme(
        50,
        "th",
        "ผ้ากัญชงม้ง แม่ฟ้าหลวง",
        HNF,
        MID,
        "Chiang Rai",
        offers=[off("ผ้าใยกัญชงทอมือ ผืนยาว 10 เมตร", "hemp_fabric")],
        needs=[need("เส้นกัญชงสำหรับขึ้นกี่", "hemp_yarn")],
    ),
    sme(
        51,
        "en",
        "Second Flax Vintage",
        CT,
        DOWN,
        "Bangkok",
        offers=[off("pre-loved linen shirts and dresses, graded A/B", "used_linen_garments")],
        needs=[unmet("Who can mend rips and remove stains in bulk?", "repair service: nobody offers it")],
        bcg=("circular",),
    ),
    sme(
        52,
        "th",
        "ร้านเสื้อผ้ามือสองรักษ์โลก",
        CT,
        DOWN,
        "Chiang Mai",
        needs=[need("เสื้อผ้าลินินมือสอง คัดเกรด", "used_linen_garments")],
        bcg=("circular",),
    ),
    sme(
        53,
        "en",
        "Thread & Needle Embroidery",
        ALC,
        MID,
        "Bangkok",
        offers=[off("Machine embroidery of logos on napkins and uniforms, your goods", "embroidery_service")],
    ),
]

SMES += [
    # --- more makers, shops, hotels and care homes across the regions
    sme(
        54,
        "th",
        "หม้อห้อมลินินทุ่งโฮ้ง",
        HNF,
        DOWN,
        "Phrae",
        offers=[off("เสื้อหม้อห้อมผ้าลินิน ย้อมคราม ทรงคอจีน", "linen_shirt")],
        needs=[need("ผ้าลินินดิบ เอามาย้อมหม้อห้อมเอง", "linen_greige_fabric")],
    ),
    sme(
        55,
        "en",
        "Khon Kaen Linen Mill",
        HNF,
        MID,
        "Khon Kaen",
        offers=[
            off("Linen greige, 140 cm, 200 gsm", "linen_greige_fabric"),
            off("Piece-dyed linen, 30 colours, enzyme washed", "linen_fabric_finished"),
        ],
        needs=[
            need("Nm 36 line-spun flax yarn", "linen_yarn"),
            unmet(
                "GOTS organic linen yarn for an eco range", "no linen spinner holds GOTS", "linen_yarn", req=("GOTS",)
            ),
        ],
        certs=(OEKO, "ISO 9001"),
    ),
    sme(
        56,
        "th",
        "ห้างเคมีภัณฑ์สิ่งทอ สำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        offers=[
            off("สีย้อมผ้ารีแอคทีฟ ขายปลีก-ส่ง", "reactive_dye"),
            off("ซิลิโคนปรับสัมผัสผ้าให้นุ่มลื่น", "textile_softener"),
        ],
    ),
    sme(
        57,
        "en",
        "Korat Dye & Finish",
        HNF,
        MID,
        "Korat",
        offers=[off("Commission dyeing of linen and cotton piece goods", "fabric_dyeing_service")],
        needs=[need("cationic finishing agent for a soft hand", "textile_softener")],
    ),
    sme(
        58,
        "th",
        "ลำปางลินินโฮม",
        HNF,
        DOWN,
        "Lampang",
        offers=[
            off("ผ้าคลุมโต๊ะลินินผสมฝ้าย ตัดตามขนาด", "linen_tablecloth"),
            off("ปลอกหมอนอิงลินิน", "linen_cushion_cover"),
        ],
        needs=[
            need("ผ้าผสมลินิน-ฝ้าย เป็นพับ", "linen_cotton_fabric"),
            need("อยากได้โรงย้อมรับย้อมผ้าที่เราทอเอง", "fabric_dyeing_service", "indigo_dyeing_service"),
        ],
    ),
    sme(
        59,
        "en",
        "Riverside Boutique Hotel",
        ALC,
        DOWN,
        "Bangkok",
        needs=[
            need("linen bedding, OEKO-TEX welcome but not required", "linen_bedding", waive=(OEKO,)),
            need("robes for the suites", "linen_bathrobe"),
            need("logo embroidery on napkins we already own", "embroidery_service"),
        ],
    ),
    sme(
        60,
        "th",
        "โรงแรมริมมูล อุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        needs=[
            need("ชุดผ้าปูลินิน สำหรับห้องพัก 40 ห้อง", "linen_bedding"),
            need("ผ้าเช็ดตัว ผ้าเช็ดมือ", "cotton_towel"),
            unmet("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน ไว้ตกแต่งล็อบบี้", "no silk in the set", req=(PEACOCK,)),
        ],
    ),
    sme(
        61,
        "en",
        "Pace Athletics",
        SP,
        DOWN,
        "Pathum Thani",
        offers=[off("Team running singlets, custom print", "sports_jersey")],
        needs=[need("quick-dry knit with recycled content, GRS", "performance_knit_fabric", req=("GRS",))],
    ),
    sme(
        62,
        "th",
        "ผ้ากีฬามหาชัย",
        SP,
        MID,
        "Samut Sakhon",
        offers=[off("ผ้าไมโครโพลีระบายอากาศ สำหรับเสื้อกีฬา", "performance_knit_fabric")],
        needs=[need("เส้นด้ายรีไซเคิลจากขวดพลาสติก", "recycled_polyester_yarn")],
    ),
    sme(
        63,
        "th",
        "ร้านกาแฟลมเย็น",
        ALC,
        DOWN,
        "Nonthaburi",
        needs=[
            need("ผ้ากันเปื้อนบาริสต้า 10 ผืน", "linen_apron"),
            unmet("ผ้าม่านกันแดดหน้าร้าน", "curtains: nobody makes them"),
        ],
    ),
    sme(
        64,
        "en",
        "Old Town Linen Phuket",
        HNF,
        DOWN,
        "Phuket",
        needs=[
            need("flax shirts for men, wholesale", "linen_shirt"),
            need("drawstring pants, linen", "linen_trousers"),
            need("beach dresses in linen", "linen_dress"),
        ],
    ),
    sme(
        65,
        "th",
        "บ้านลินินเชียงราย",
        HNF,
        DOWN,
        "Chiang Rai",
        offers=[
            off("ชุดเดรสลินินทรงหลวม", "linen_dress"),
            off("กางเกงขายาวลินิน ทรงขากระบอก", "linen_trousers"),
        ],
        needs=[
            need("หาคนรับเย็บเดรส เราส่งผ้าไปให้", "garment_sewing_service"),
            need("ป้ายทอชื่อแบรนด์", "woven_labels"),
            unmet("ซิปโลหะ YKK", "zips: nobody offers them"),
        ],
    ),
    sme(
        66,
        "en",
        "Isan Elder Care Hospital",
        ALI,
        DOWN,
        "Khon Kaen",
        needs=[
            need("easy-on tops for elderly patients, velcro or snaps", "elderly_adaptive_clothing"),
            unmet(
                "draw sheets, ISO 13485 supplier only",
                "no sheet maker holds ISO 13485",
                "cotton_bed_sheets",
                req=("ISO 13485",),
            ),
        ],
    ),
    sme(
        67,
        "th",
        "ร้านผ้าขาวม้าร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        offers=[off("ผ้าขาวม้าฝ้ายทอมือ ลายตาราง", "pakama_cloth")],
        needs=[need("เส้นฝ้ายปั่นมือจากชาวบ้าน", "handspun_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        68,
        "en",
        "Siam Spa Supplies",
        ALC,
        DOWN,
        "Bangkok",
        needs=[
            need("pha khao ma for spa wraps, OTOP not required", "pakama_cloth", waive=("OTOP",)),
            need("Linen robes", "linen_bathrobe"),
        ],
    ),
    sme(
        69,
        "th",
        "โรงปั่นด้ายรีไซเคิลบางพลี",
        CT,
        UP,
        "Samut Prakan",
        offers=[off("ด้ายฝ้ายรีไซเคิล OE เบอร์ 8-12", "recycled_cotton_yarn")],
        needs=[
            need("ใยฝ้ายรีไซเคิลที่ตีจากเศษผ้า", "recycled_cotton_fibre"),
            need("เศษผ้าจากโรงงานตัดเย็บ เหมากระสอบ", "pre_consumer_cutting_waste"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        70,
        "en",
        "ReThread Denim Lab",
        CT,
        DOWN,
        "Bangkok",
        offers=[off("tote bags from recycled cotton canvas", "tote_bag")],
        needs=[need("recycled cotton yarn, GRS", "recycled_cotton_yarn", req=("GRS",))],
        bcg=("circular",),
    ),
    sme(
        71,
        "th",
        "กลุ่มฝ้ายอินทรีย์นางรอง",
        ALI,
        UP,
        "Buriram",
        offers=[off("ด้ายฝ้ายออร์แกนิก เข็นมือ ย้อมสีธรรมชาติ", "handspun_cotton_yarn")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        72,
        "en",
        "Green Thread Textiles",
        HNF,
        MID,
        "Bangkok",
        offers=[off("Organic cotton poplin, 120 gsm", "organic_cotton_fabric")],
        needs=[need("GOTS-certified organic cotton yarn, Ne 20-30", "organic_cotton_yarn", req=("GOTS",))],
        certs=("GOTS",),
    ),
    sme(
        73,
        "th",
        "เบบี้ออร์แกนิก",
        HNF,
        DOWN,
        "Bangkok",
        needs=[need("ผ้าฝ้ายออร์แกนิก GOTS สำหรับชุดเด็ก", "organic_cotton_fabric", req=("GOTS",))],
    ),
    sme(
        74,
        "th",
        "ฟาร์มแฟลกซ์สะเมิง",
        HNF,
        UP,
        "Chiang Mai",
        offers=[off("ฟางแฟลกซ์หมักแล้ว ยังไม่แยกเส้นใย", "retted_flax_straw")],
        needs=[unmet("เครื่องตีแยกเส้นใยแฟลกซ์ มือสอง", "machines: nobody sells them")],
        bcg=("bio",),
    ),
    sme(
        75,
        "th",
        "กลุ่มปั่นกัญชงหล่มเก่า",
        HNF,
        UP,
        "Phetchabun",
        offers=[off("ด้ายใยกัญชงปั่นมือ สีธรรมชาติ", "hemp_yarn")],
        needs=[need("ใยกัญชงดิบสำหรับปั่น", "hemp_fibre")],
    ),
    sme(
        76,
        "th",
        "ผ้าทอเกาะยอ",
        HNF,
        MID,
        "Songkhla",
        offers=[off("ผ้าทอเกาะยอ ลายราชวัตร ฝ้าย", "handwoven_cotton_fabric")],
        needs=[need("ด้ายฝ้ายสำหรับทอผ้า เบอร์ 20", "cotton_yarn", "organic_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        77,
        "en",
        "Nakhon Batik House",
        HNF,
        DOWN,
        "Nakhon Si Thammarat",
        offers=[off("Batik-painted linen scarves", "linen_scarf")],
        needs=[need("plain cotton cloth for batik, machine woven", "cotton_fabric_mill")],
    ),
    sme(
        78,
        "th",
        "โรงแรมริมทะเลจันท์",
        ALC,
        DOWN,
        "Chanthaburi",
        needs=[
            need("ผ้าปูที่นอน ปลอกหมอน ลินินฟอก", "linen_bedding"),
            need("ผ้าเช็ดปากสำหรับห้องอาหาร", "linen_napkin"),
        ],
    ),
    sme(
        79,
        "en",
        "River Kwai Eco Lodge",
        ALC,
        DOWN,
        "Kanchanaburi",
        needs=[
            need("Do you make bed linen from flax? Queen size, 20 sets", "linen_bedding"),
            need("staff uniform shirts in linen", "linen_shirt"),
            unmet("mosquito nets for 30 beds", "nets: nobody makes them"),
        ],
        bcg=("green",),
    ),
    sme(
        80,
        "th",
        "ร้านของฝากเมืองเพชร",
        ALC,
        DOWN,
        "Phetchaburi",
        needs=[
            need("ถุงผ้า กระเป๋าผ้า ขายส่ง มีโอทอปยิ่งดี", "tote_bag", "indigo_tote_bag", waive=("OTOP",)),
            need("ของที่ระลึกทำจากผ้าเหลือใช้", "upcycled_small_goods"),
        ],
    ),
    sme(
        81,
        "en",
        "Loop Upcycle Studio",
        CT,
        DOWN,
        "Bangkok",
        offers=[off("Scrunchies and patchwork wall hangings from linen offcuts", "upcycled_small_goods")],
        needs=[
            need("offcuts from linen cutting tables", "pre_consumer_cutting_waste"),
            need("old hotel linen to remake", "used_hotel_textiles"),
        ],
        bcg=("circular",),
    ),
    sme(
        82,
        "th",
        "กลุ่มตัดเย็บบ้านโพน",
        ALI,
        MID,
        "Kalasin",
        offers=[
            off("รับตัดเย็บเสื้อผ้าจากผ้าของลูกค้า 10 ตัวขึ้นไป", "garment_sewing_service"),
            off("เสื้อผ้าฝ้ายผู้สูงวัย ติดกระดุมแป๊ก ใส่ง่าย", "elderly_adaptive_clothing"),
        ],
    ),
    sme(
        83,
        "en",
        "Korat Senior Living",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        needs=[
            need("easy-dress tops for residents with arthritis", "elderly_adaptive_clothing"),
            need("hand towels, cotton", "cotton_towel"),
            unmet("pressure-relief mattresses", "mattresses: nobody makes them"),
        ],
    ),
    sme(
        84,
        "th",
        "ร้านอาหารริมน้ำกรุงเก่า",
        ALC,
        DOWN,
        "Ayutthaya",
        needs=[
            need("ผ้าปูโต๊ะลินินผสม สีครีม", "linen_tablecloth"),
            need("ปักโลโก้ร้านลงบนผ้าเช็ดปากที่มีอยู่แล้ว", "embroidery_service"),
        ],
    ),
    sme(
        85,
        "th",
        "ร้านปักจักรพาหุรัด",
        ALC,
        MID,
        "Bangkok",
        offers=[off("รับปักโลโก้บนผ้าของลูกค้า", "embroidery_service")],
    ),
    sme(
        86,
        "en",
        "Nomad Linen Goods",
        HNF,
        DOWN,
        "Chiang Mai",
        offers=[
            off("Linen aprons with leather straps", "linen_apron"),
            off("linen tote, natural ecru", "tote_bag"),
        ],
        needs=[need("heavy linen-cotton canvas", "linen_cotton_fabric")],
    ),
    sme(
        87,
        "th",
        "ลินินย้อมครามนครพนม",
        HNF,
        MID,
        "Nakhon Phanom",
        offers=[off("ผ้าลินินย้อมครามแท้ ไม่ใช้สีสังเคราะห์", "linen_fabric_natural_dyed")],
        needs=[need("ผ้าลินินดิบสีธรรมชาติ ไม่ฟอกขาว", "linen_greige_fabric")],
        bcg=("bio",),
    ),
    sme(
        88,
        "en",
        "Courtside Apparel",
        SP,
        DOWN,
        "Bangkok",
        offers=[off("Badminton club shirts, sublimation printed", "sports_jersey")],
        needs=[need("breathable sports knit, bluesign", "performance_knit_fabric", req=("bluesign",))],
    ),
    sme(
        89,
        "th",
        "ชมรมวิ่งบางแสน",
        SP,
        DOWN,
        "Chonburi",
        needs=[need("เสื้อกีฬาพิมพ์ลายทีม 300 ตัว ไม่ต้องมี มอก.", "sports_jersey", waive=(TIS,))],
    ),
    sme(
        90,
        "en",
        "Bangkok Linen Concept Store",
        ALC,
        DOWN,
        "Bangkok",
        needs=[
            need("Linen bedding sets", "linen_bedding"),
            need("Linen cushion covers", "linen_cushion_cover"),
            need("Linen napkins", "linen_napkin"),
        ],
    ),
    sme(
        91,
        "th",
        "ร้านผ้าปาย",
        HNF,
        DOWN,
        "Mae Hong Son",
        needs=[
            need("เสื้อเชิ้ตผ้าลินิน ใส่ได้ทั้งชายหญิง", "linen_shirt"),
            need("ผ้าพันคอลินิน ลายเขียนเทียน", "linen_scarf"),
        ],
    ),
    sme(
        92,
        "en",
        "Thong Saen Khan Hemp",
        HNF,
        UP,
        "Uttaradit",
        offers=[off("Decorticated hemp fibre, 1 t lots", "hemp_fibre")],
        bcg=("bio",),
    ),
    sme(
        93,
        "th",
        "ร้านตัดชุดยะลา",
        ALC,
        DOWN,
        "Yala",
        needs=[need("ผ้าลินินพับ สีพื้น สำหรับตัดเสื้อ", "linen_fabric_finished", "linen_fabric_natural_dyed")],
    ),
    sme(
        94,
        "en",
        "Hotel Linen Take-Back",
        CT,
        UP,
        "Bangkok",
        offers=[off("Collected end-of-life hotel linen, sorted white cotton", "used_hotel_textiles")],
        bcg=("circular",),
    ),
    sme(
        95,
        "th",
        "กลุ่มหมอนขิดยโสธร",
        ALI,
        DOWN,
        "Yasothon",
        offers=[off("หมอนขิด หมอนอิง ผ้าฝ้าย", "khit_cotton_cushion")],
        needs=[
            need(
                "ผ้าทอมือสำหรับเย็บหมอน",
                "khit_cotton_fabric",
                "handwoven_cotton_fabric",
                "indigo_dyed_cotton_fabric",
                "hemp_fabric",
            ),
            unmet("ไส้หมอนยางพารา", "latex filling: nobody offers it"),
        ],
        certs=("OTOP",),
    ),
]


# ------------------------------------------------------------------ checks

THAI_LOW, THAI_HIGH = "\u0e00", "\u0e7f"
THAI_SHARE_MIN = 0.6  # of the letters in a Thai phrase
THAI_PROFILES = (50, 55)  # about 55 % of 95
CROSS_SHARE = (0.40, 0.60)
UNMET_NEEDS = (17, 23)


def is_thai(char: str) -> bool:
    return THAI_LOW <= char <= THAI_HIGH


def thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha() or is_thai(c)]
    return sum(is_thai(c) for c in letters) / len(letters) if letters else 0.0


def latin_only(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text)


def mentions(text: str, certification: str) -> bool:
    """Whether the text names the certification at all (also where it waives it)."""
    folded = text.casefold()
    for entry in CERTIFICATIONS:
        if entry.name == certification:
            names = (entry.name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
            return any(name.casefold() in folded for name in names)
    return False


def held(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme.certifications)


def qualified(supplier: Sme, buyer: Sme, wanted: Need) -> bool:
    if supplier.number == buyer.number:
        return False
    offered = {o.label for o in supplier.offers}
    return bool(offered & set(wanted.labels)) and set(wanted.requires) <= held(supplier)


def true_links(smes: list[Sme]) -> set[tuple[str, str]]:
    return {
        (supplier.id, buyer.id)
        for buyer in smes
        for wanted in buyer.needs
        if wanted.met
        for supplier in smes
        if qualified(supplier, buyer, wanted)
    }


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    numbers = [s.number for s in smes]
    if sorted(numbers) != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must be {PREFIX}-001 … {PREFIX}-{N_PROFILES:03d} exactly once each")
    sub_clusters = {c.value for c in SubCluster}
    stages = {s.value for s in Stage}
    tags = {t.value for t in BcgTag}
    offered_by: dict[str, set[int]] = {}
    for s in smes:
        for o in s.offers:
            offered_by.setdefault(o.label, set()).add(s.number)
    for s in smes:
        where = s.id
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        errors += [
            f"{where}: certification {c!r} does not resolve" for c in s.certifications if not resolve_certification(c)
        ]
        errors += [f"{where}: bcg {t!r}" for t in s.bcg if t not in tags]
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        phrases = [s.name, *(o.text for o in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if not phrase.strip() or phrase != phrase.strip():
                errors.append(f"{where}: empty or padded phrase {phrase!r}")
            if s.language == "th" and thai_share(phrase) < THAI_SHARE_MIN:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {phrase!r}")
            if s.language == "en" and not latin_only(phrase):
                errors.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        for n in s.needs:
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.number}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            if n.met and not n.labels:
                errors.append(f"{where}: met need lists no labels: {n.text!r}")
            suppliers = [t.id for t in smes if n.labels and qualified(t, s, n)]
            if n.met and not suppliers:
                errors.append(f"{where}: need has no qualified supplier: {n.text!r}")
            if not n.met and suppliers:
                errors.append(f"{where}: need marked unmet is met by {suppliers}: {n.text!r}")
            named = find_certifications(n.text)
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: {c!r} is not a canonical certification name")
            errors += [f"{where}: required {c!r} not named in {n.text!r}" for c in n.requires if c not in named]
            errors += [f"{where}: waived {c!r} not named in {n.text!r}" for c in n.waives if not mentions(n.text, c)]
            errors += [f"{where}: waived {c!r} reads as required in {n.text!r}" for c in n.waives if c in named]
            stray = named - set(n.requires) - set(n.waives)
            if stray:
                errors.append(f"{where}: need names {sorted(stray)} without saying so in the data: {n.text!r}")
    thai = sum(s.language == "th" for s in smes)
    if not THAI_PROFILES[0] <= thai <= THAI_PROFILES[1]:
        errors.append(f"{thai} Thai profiles; want {THAI_PROFILES[0]}-{THAI_PROFILES[1]}")
    links = true_links(smes)
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        errors.append(f"{len(links)} true links; want {LINKS_MIN}-{LINKS_MAX}")
    language = {s.id: s.language for s in smes}
    cross = sum(language[a] != language[b] for a, b in links)
    share = cross / len(links) if links else 0.0
    if not CROSS_SHARE[0] <= share <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {share:.2f}; want {CROSS_SHARE[0]}-{CROSS_SHARE[1]}")
    unmet_count = sum(not n.met for s in smes for n in s.needs)
    if not UNMET_NEEDS[0] <= unmet_count <= UNMET_NEEDS[1]:
        errors.append(f"{unmet_count} needs met by no one; want {UNMET_NEEDS[0]}-{UNMET_NEEDS[1]}")
    return errors


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email or f"contact.{PREFIX}{s.number:03d}@example.co.th",
        "language": s.language,
    }


def counts(smes: list[Sme], links: set[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    languages = Counter(s.language for s in smes)
    rows.append(("Thai / English profiles", f"{languages['th']} / {languages['en']}"))
    rows += [(f"sub-cluster {k}", str(v)) for k, v in sorted(Counter(s.sub_cluster for s in smes).items())]
    stage_counts = Counter(s.stage for s in smes)
    rows += [(f"stage {st.value}", str(stage_counts[st.value])) for st in Stage]
    regions = Counter(p.region.value for s in smes if (p := resolve_province(s.province)))
    rows += [(f"region {k}", str(v)) for k, v in sorted(regions.items())]
    provinces = {p.name_en for s in smes if (p := resolve_province(s.province))}
    rows.append(("distinct provinces", str(len(provinces))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({o.label for s in smes for o in s.offers}))))
    rows.append(("needs", str(len(needs))))
    met = sum(n.met for _, n in needs)
    rows.append(("needs met / met by no one", f"{met} / {len(needs) - met}"))
    spread = Counter(min(sum(qualified(t, s, n) for t in smes), 4) for s, n in needs if n.met)
    rows.append(("met needs by qualified suppliers (1 / 2 / 3 / 4+)", " / ".join(str(spread[k]) for k in (1, 2, 3, 4))))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))))
    rows.append(("true links", str(len(links))))
    pairs = Counter((by_id[a].language, by_id[b].language) for a, b in links)
    rows.append(("links Thai supplier -> English buyer", str(pairs["th", "en"])))
    rows.append(("links English supplier -> Thai buyer", str(pairs["en", "th"])))
    cross = pairs["th", "en"] + pairs["en", "th"]
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"))
    rows.append(("within-language links (th-th / en-en)", f"{pairs['th', 'th']} / {pairs['en', 'en']}"))
    between = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows.append(("links between different sub-clusters", str(between)))
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# blind_plain_linen: linen and flax, plain registry entries

A hand-labelled evaluation set for the partner matcher of the Health and Wellness Economy textile cluster.
It checks how well the matcher finds the true supplier-buyer pairs from wording it has never seen: 95 SME
profiles in the contract's JSONL version 1 (`CONTRACTS.md`, section 1), about 55 % in Thai and the rest in
English, written as short registry phrases, and the links that hold between them.

## Theme

Linen and flax: flax fibre, tow and sliver, linen yarn, linen and linen-cotton cloth, washed linen
bedding and napkins, linen shirts, trousers and dresses, garment washing and softening, and the boutiques,
hotels, spas, restaurants and care homes that buy them; plus the ordinary upstream and midstream suppliers
(cotton and hemp fibre and yarn, waste and used textiles, cloth, dyeing, sewing, trims).

## How it was written

By hand, by a writer who read only section 1 of the contracts (profiles JSONL and links CSV) and the
shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`): nothing of the matcher, its
glossary, its tests or any other evaluation set. Each kind of goods is written in many ways (Thai,
regional and trade names, abbreviations, with and without quantities, prices, sizes and places); needs
are worded differently from the offers that meet them, often in the other language. Hard cases on
purpose: a service versus the goods it works on (dyeing or sewing the customer's cloth versus dyed cloth
or finished garments), used and waste textiles versus new, raw versus processed (straw, fibre, sliver,
yarn, greige and finished cloth, products), finished goods described by material, colour or technique
(an indigo cotton tote is a bag, a mor hom linen shirt is a shirt), needs as wishes, bare nouns or
questions, a refusal ("no synthetic dye"), needs that require a named certification and needs that name
one only to waive it, and needs no one in the set meets.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is. Every need lists
the offer labels that would meet it and the certifications its text requires, or is marked as met by no
one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications (resolved with
`resolve_certification`) hold every certification that need requires. A waived certification is not
required. An SME is never linked to itself. Organic yarn counts as yarn of its fibre; recycled fibre and yarn,
and used and waste textiles, are kinds of their own; a need that names a material or a kind of cloth
(linen, khit) is met only by that. Shared words play no part; quantities, prices and places
never decide a link. Labels live only in `write.py`; the profiles carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_linen/write.py

The script checks the data first (ids, contract fields, provinces and certifications through the
taxonomy, that every listed label is offered by someone else, that met needs have a qualified supplier
and unmet ones none, that required and waived certifications are named in the need's text, Thai and
English letters, the size targets) and writes nothing if a check fails. Two runs give identical bytes.

## Files

- `write.py`: all data and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: the 95 profiles, ids `bll-001` … `bll-095`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    errors = check(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    smes = sorted(SMES, key=lambda s: s.number)
    links = true_links(smes)
    rows = counts(smes, links)
    profiles = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    (OUT / "profiles.jsonl").write_bytes(profiles.encode("utf-8"))
    (OUT / "links.csv").write_bytes(buffer.getvalue().encode("utf-8"))
    (OUT / "README.md").write_bytes(README.replace("{table}", table(rows)).encode("utf-8"))
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
