"""Write the hand-labelled evaluation set `eval/blind_plain_outdoor/`.

Outdoor, travel and pet goods of the Health and Wellness Economy textile cluster, written as plain
registry entries (one short phrase per offer or need). Every offer carries a label saying what the
thing is; every need lists the labels that would meet it and the certifications its text requires,
or is marked as met by no one. The labels live only in this file: the profiles carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_outdoor/write.py

It checks the data first and writes nothing if any check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PREFIX = "bod"
N_PROFILES = 95
LINK_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)


# ------------------------------------------------------------------ data model


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
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` (optional) are what would meet it, to check that."""
    return Need(text, labels, req, waive, unmet=note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[Offer] | tuple[Offer, ...] = (),
    needs: list[Need] | tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
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


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"
TH = "th"
EN = "en"

OT = "Organic Thailand"
GRS = "GRS"
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
OTOP = "OTOP"
ISO9 = "ISO 9001"
BLUE = "bluesign"
FT = "Fairtrade"
TGL = "Thai Green Label"


# ------------------------------------------------------------------ profiles

SMES: list[Sme] = [
    # ---- upstream: fibre, raw materials, waste (001-024)
    sme(
        1,
        TH,
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        [o("เปลือกกัญชงลอกมือ ตากแห้งแล้ว ขายเป็นกิโล", "hemp_bast_fibre"), o("ด้ายกัญชงเข็ญมือแบบม้ง ม้วนละ 100 กรัม", "hemp_yarn")],
        [x("เมล็ดพันธุ์กัญชงที่ขึ้นทะเบียนแล้ว RPF3", "hemp seed: no one in the set sells seed")],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        2,
        EN,
        "Umphang Highland Hemp Group",
        HEMP,
        UP,
        "Tak",
        "umphang.hemp@outlook.com",
        [
            o("Decorticated hemp bast fibre, 25 kg bales", "hemp_bast_fibre"),
            o("Hemp hurd (shiv), dust-extracted, 20 L sacks", "hemp_hurd"),
        ],
        [x("Second-hand decorticator, any brand", "machinery: no one sells machines")],
        bcg=("bio",),
    ),
    sme(
        3,
        TH,
        "กลุ่มทอผ้ากัญชงบ้านห้วยหินลาด",
        HEMP,
        MID,
        "Chiang Rai",
        "huayhinlad.weave@gmail.com",
        [o("ผ้ากัญชงทอมือ เนื้อบาง หน้ากว้าง 35 นิ้ว", "hemp_fabric"), o("ผ้ากัญชงผสมฝ้าย เนื้อหนา ทำกระเป๋าเป้ได้", "hemp_canvas")],
        [n("เส้นป่านม้งที่ปั่นแล้ว ไว้ทอเส้นพุ่ง", "hemp_yarn")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        4,
        EN,
        "Khao Kho Hemp Spinning Co.",
        HEMP,
        MID,
        "Phetchabun",
        "sales@khaokhohemp.co.th",
        [
            o("Machine-spun hemp yarn Nm 6 on cones", "hemp_yarn"),
            o("3-ply hemp twine for swing tags and macrame", "hemp_cord"),
        ],
        [n("Unspun hemp fibre, about 500 kg a month", "hemp_bast_fibre")],
        bcg=("bio",),
    ),
    sme(
        5,
        TH,
        "ไร่ฝ้ายอินทรีย์ด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "dansai.organiccotton@gmail.com",
        [o("ฝ้ายดอกปลูกแบบอินทรีย์ ยังไม่อีดเมล็ด", "raw_cotton"), o("ฝ้ายตุ่นสีน้ำตาลธรรมชาติ อีดแล้ว", "raw_cotton")],
        [],
        certs=(OT,),
        bcg=("bio", "green"),
    ),
    sme(
        6,
        EN,
        "Nan Handspun Cotton Collective",
        HEMP,
        MID,
        "Nan",
        "nanhandspun@gmail.com",
        [o("Handspun cotton yarn, natural white and khaki", "handspun_cotton_yarn")],
        [n("Organic Thailand certified seed cotton", "raw_cotton", req=(OT,))],
        bcg=("bio",),
    ),
    sme(
        7,
        TH,
        "สวนนุ่นลับแล",
        HEMP,
        UP,
        "Uttaradit",
        "laplae.kapok@gmail.com",
        [o("นุ่นแกะเมล็ดแล้ว สำหรับยัดหมอน ยัดที่นอน", "kapok_fibre")],
        [],
        bcg=("bio",),
    ),
    sme(
        8,
        EN,
        "Chumphon Coir Works",
        HEMP,
        UP,
        "Chumphon",
        "info@chumphoncoir.com",
        [
            o("Loose coconut coir fibre, 50 kg bales", "coir_fibre"),
            o("Rubberised coir sheet, 5 cm thick", "rubberised_coir_sheet"),
        ],
        [n("Concentrated natural latex, 60% DRC, in drums", "liquid_latex")],
        bcg=("bio", "circular"),
    ),
    sme(
        9,
        TH,
        "ร้านรับซื้อของเก่าเจ๊หน่อย บางพลี",
        CIRC,
        UP,
        "Samut Prakan",
        "jenoi.recycle@gmail.com",
        [
            o("ขวดเพ็ทใสอัดก้อน คัดฝาออกแล้ว", "pet_bottle_bales"),
            o("ป้ายไวนิลเก่าจากงานอีเว้นท์ ตัดโครงออกแล้ว", "used_vinyl_banners"),
        ],
        [],
        bcg=("circular",),
    ),
    sme(
        10,
        TH,
        "สหกรณ์กองทุนสวนยางคลองหอยโข่ง",
        SPORT,
        UP,
        "Songkhla",
        "khlonghoikhong.coop@gmail.com",
        [
            o("น้ำยางข้น 60% บรรจุถัง 200 ลิตร", "liquid_latex"),
            o("ที่นอนยางพาราแผ่น หนา 2 ถึง 5 ซม. ตัดตามขนาด", "latex_foam_sheet"),
        ],
        [x("เครื่องตัดฟองน้ำยางแบบสายพาน มือสองก็ได้", "machinery: no one sells machines")],
        bcg=("bio",),
    ),
    sme(
        11,
        EN,
        "EastLoop rPET Fibre Co., Ltd.",
        CIRC,
        MID,
        "Rayong",
        "sales@eastloop-rpet.com",
        [
            o("Hollow conjugated rPET staple fibre for filling", "recycled_polyester_fibre_fill"),
            o("rPET filament yarn 300D/96F", "recycled_polyester_yarn"),
        ],
        [n("Clear PET bottle bales, 10 t a month", "pet_bottle_bales")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        12,
        TH,
        "กลุ่มประมงพื้นบ้านบ้านแหลมสัก",
        CIRC,
        UP,
        "Krabi",
        "laemsak.fisher@gmail.com",
        [o("อวนไนลอนเก่า ล้างเกลือแล้ว มัดเป็นก้อน", "used_fishing_nets")],
        [n("ผ้าคลุมเรือหัวโทง กันแดดกันฝน", "boat_cover")],
        bcg=("circular",),
    ),
    sme(
        13,
        EN,
        "Ghost Net Regen Co.",
        CIRC,
        MID,
        "Chonburi",
        "hello@ghostnetregen.co",
        [o("Recycled nylon cord made from ghost nets, 3 mm", "recycled_cord")],
        [n("Discarded nylon fishing nets, any colour", "used_fishing_nets")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        14,
        TH,
        "ร้านเศษผ้าเจริญกรุง",
        CIRC,
        UP,
        "Bangkok",
        "charoenkrung.scrap@gmail.com",
        [
            o("เศษผ้าแคนวาสจากโรงงานกระเป๋า ขายยกกระสอบ", "canvas_offcuts"),
            o("เศษผ้ายืดคอตตอนจากโรงตัดเสื้อ แยกสีแล้ว", "cotton_knit_scraps"),
        ],
        [],
        bcg=("circular",),
    ),
    sme(
        15,
        EN,
        "ShredTex Recycling",
        CIRC,
        MID,
        "Nakhon Pathom",
        "ops@shredtex.co.th",
        [o("Shredded textile fibre (shoddy) for stuffing and felt", "shredded_textile_fill")],
        [n("Pre-consumer T-shirt cutting waste, colour sorted", "cotton_knit_scraps")],
        bcg=("circular",),
    ),
    sme(
        16,
        TH,
        "กลุ่มผ้าครามบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        "donkoy.indigo@gmail.com",
        [
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            o("ฝ้ายเข็นย้อมคราม เป็นไจ", "indigo_dyed_cotton_yarn"),
        ],
        [n("ฝ้ายเข็นมือสีขาว ยังไม่ย้อม", "handspun_cotton_yarn")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        17,
        EN,
        "Phu Phan Indigo Dye House",
        ALI,
        MID,
        "Sakon Nakhon",
        "phuphan.indigo@gmail.com",
        [
            o("Indigo vat dyeing of your cotton, hemp or linen, min 5 kg", "indigo_dyeing_service"),
            o("Fermented indigo paste, 1 kg tubs", "indigo_dye_paste"),
        ],
        [n("Undyed handwoven hemp cloth for our own stock", "hemp_fabric")],
        bcg=("bio",),
    ),
    sme(
        18,
        TH,
        "กลุ่มทอเสื่อกกบ้านหนองขาม",
        ALI,
        MID,
        "Roi Et",
        "nongkham.mat@gmail.com",
        [o("เสื่อกกทอลายขิด ขนาด 150x200 ซม.", "reed_mat"), o("กกแห้งผ่าซีก ย้อมสีแล้ว ขายเป็นมัด", "dried_reed")],
        [n("สีย้อมกกจากธรรมชาติ ไม่เอาสีเคมี", "natural_dye_extract", "indigo_dye_paste")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        19,
        EN,
        "Ayutthaya Water Hyacinth Group",
        HEMP,
        UP,
        "Ayutthaya",
        "ayutthaya.hyacinth@gmail.com",
        [o("Sun-dried water hyacinth stems, 1 m lengths", "dried_water_hyacinth")],
        [n("Cotton cord for edging woven baskets", "cotton_rope")],
        bcg=("bio", "circular"),
    ),
    sme(
        20,
        TH,
        "ชาวไร่ฝ้ายบ้านหนองไผ่",
        HEMP,
        UP,
        "Phetchabun",
        "nongphai.cotton@gmail.com",
        [o("ปุยฝ้ายขาว ปลูกเอง ขายทั้งเมล็ด", "raw_cotton")],
        [],
        bcg=("bio",),
    ),
    sme(
        21,
        TH,
        "กลุ่มสีธรรมชาติบ้านทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "thunghong.dye@gmail.com",
        [o("ผงสีย้อมจากเปลือกประดู่ ครั่ง และแก่นขนุน", "natural_dye_extract"), o("ห้อมเปียก สำหรับย้อมม่อฮ่อม", "indigo_dye_paste")],
        [],
        bcg=("bio",),
    ),
    sme(
        22,
        EN,
        "Lanna Canvas Recovery",
        CIRC,
        UP,
        "Chiang Mai",
        "lanna.recovery@gmail.com",
        [o("Used festival tents and tarps, sorted, by the kilo", "used_tents_tarps")],
        [x("Free warehouse space near Chiang Mai airport", "space, not goods: nobody offers it")],
        bcg=("circular",),
    ),
    sme(
        23,
        TH,
        "ร้านรับซื้อกระสอบเก่าสุพรรณ",
        CIRC,
        UP,
        "Suphan Buri",
        "suphan.sack@gmail.com",
        [o("กระสอบข้าวสารพลาสติกสานใช้แล้ว ซักสะอาด", "used_pp_sacks")],
        [],
        bcg=("circular",),
    ),
    sme(
        24,
        EN,
        "Khon Kaen Kapok Trading",
        ALI,
        UP,
        "Khon Kaen",
        "kk.kapok@gmail.com",
        [o("Cleaned kapok floss, seeds removed, 10 kg bags", "kapok_fibre")],
        [],
        bcg=("bio",),
    ),
    # ---- midstream: fabric, trims, services (025-050)
    sme(
        25,
        TH,
        "โรงทอผ้าใบอ้อมน้อย",
        SPORT,
        MID,
        "Samut Sakhon",
        "omnoi.canvas@gmail.com",
        [
            o("ผ้าใบคอตตอนดิบ เบอร์ 8 หน้า 60 นิ้ว", "cotton_canvas_fabric"),
            o("ผ้าดิบทอเครื่อง ยังไม่ฟอกไม่ย้อม หน้า 44", "undyed_cotton_fabric"),
        ],
        [x("ด้ายฝ้ายปั่นเครื่อง Ne 10 จากโรงปั่น", "machine-spun cotton yarn: no spinning mill in the set")],
    ),
    sme(
        26,
        EN,
        "Siam Technical Fabrics Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "sales@siamtechfab.co.th",
        [
            o("PU-coated ripstop nylon 70D, 20 colours", "ripstop_nylon_fabric"),
            o("600D polyester oxford with PVC backing", "coated_polyester_oxford"),
            o("3D spacer air mesh, 4 mm", "spacer_air_mesh"),
        ],
        [x("Fluorine-free DWR finish chemicals", "finishing chemicals: nobody in the set sells them")],
        certs=(ISO9,),
    ),
    sme(
        27,
        TH,
        "ร้านผ้าร่มสำเพ็ง",
        SPORT,
        MID,
        "Bangkok",
        "sampeng.parachute@gmail.com",
        [
            o("ผ้าร่มไนลอน 210T ขายยกพับ", "parachute_nylon_fabric"),
            o("มุ้งไนลอนตาถี่ กันริ้น หน้ากว้าง 2 เมตร", "mosquito_netting"),
        ],
        [],
    ),
    sme(
        28,
        EN,
        "BlueRidge Coated Textiles",
        SPORT,
        MID,
        "Samut Prakan",
        "contact@blueridge-textiles.com",
        [
            o("bluesign approved 40D ripstop, silicone coated", "ripstop_nylon_fabric"),
            o("TPU-laminated nylon for dry bags", "tpu_laminated_fabric"),
        ],
        [n("Yarn spun from recycled bottles, for taffeta", "recycled_polyester_yarn")],
        certs=(BLUE, OEKO),
        bcg=("green",),
    ),
    sme(
        29,
        TH,
        "โรงงานทอสายกระเป๋าธัญบุรี",
        SPORT,
        MID,
        "Pathum Thani",
        "thanyaburi.webbing@gmail.com",
        [o("สายแถบพีพี กว้าง 1 นิ้ว ม้วนละ 50 หลา", "synthetic_webbing"), o("เทปกุ๊นขอบไนลอน หลายสี", "binding_tape")],
        [n("เส้นด้ายรีไซเคิลที่ได้ GRS สำหรับทอสาย", "recycled_polyester_yarn", req=(GRS,))],
    ),
    sme(
        30,
        EN,
        "GreenStrap Webbing",
        CIRC,
        MID,
        "Nonthaburi",
        "hello@greenstrap.co.th",
        [
            o("GRS recycled polyester webbing, 20 to 50 mm", "recycled_polyester_webbing"),
            o("Tubular nylon webbing for leads", "synthetic_webbing"),
        ],
        [n("Bottle-based polyester yarn, 150D to 300D, GRS not needed", "recycled_polyester_yarn", waive=(GRS,))],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        31,
        TH,
        "โรงงานด้ายรีไซเคิลกระทุ่มแบน",
        CIRC,
        MID,
        "Samut Sakhon",
        "krathumbaen.yarn@gmail.com",
        [
            o("เส้นด้ายจากขวดพลาสติก 150D ย้อมสีในเนื้อ", "recycled_polyester_yarn"),
            o("ใยโพลีเอสเตอร์รีไซเคิล สำหรับยัดหมอน", "recycled_polyester_fibre_fill"),
        ],
        [n("ขวดน้ำดื่มใช้แล้ว ชนิด PET", "pet_bottle_bales")],
        bcg=("circular",),
    ),
    sme(
        32,
        TH,
        "ร้านเชือกเจริญผล",
        SPORT,
        MID,
        "Bangkok",
        "charoenphon.rope@gmail.com",
        [
            o("เชือกร่ม 550 พาราคอร์ด 7 ไส้", "nylon_cord"),
            o("เชือกฝ้ายถักมาคราเม่ 5 มม.", "cotton_rope"),
            o("เชือกไนลอนเกลียว ผูกเปล ม้วน 100 เมตร", "nylon_cord"),
        ],
        [],
    ),
    sme(
        33,
        EN,
        "Hill Hemp Rope Makers",
        HEMP,
        MID,
        "Chiang Mai",
        "hillhemprope@gmail.com",
        [o("Hand-twisted hemp rope, 8 to 12 mm", "hemp_cord")],
        [n("Raw hemp strands for rope twisting", "hemp_bast_fibre")],
        bcg=("bio",),
    ),
    sme(
        34,
        EN,
        "AceClip Plastics",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@aceclip.co.th",
        [
            o("POM side-release buckles, 20/25/38 mm", "plastic_buckles"),
            o("Ladder locks, cord stoppers and plastic D-rings", "plastic_buckles"),
        ],
        [x("Injection-grade POM resin", "plastic resin: nobody in the set sells it")],
        certs=(ISO9,),
    ),
    sme(
        35,
        TH,
        "ร้านอะไหล่กระเป๋าวงเวียน 22",
        SPORT,
        MID,
        "Bangkok",
        "wongwian22.parts@gmail.com",
        [
            o("ห่วงดีเหล็ก ตะขอก้ามปู ชุบนิกเกิล", "metal_hardware"),
            o("ซิปไนลอนเบอร์ 5 และเบอร์ 8 ตัดตามความยาว", "zippers"),
            o("กิ๊ปล็อคพลาสติก หัวล็อคสายกระเป๋า", "plastic_buckles"),
        ],
        [],
    ),
    sme(
        36,
        EN,
        "FoamPro Converting",
        SPORT,
        MID,
        "Chachoengsao",
        "foampro.sales@gmail.com",
        [
            o("Closed-cell PE foam sheets, 5 to 20 mm", "pe_foam_sheet"),
            o("EVA foam rolls, egg-crate profile", "eva_foam_sheet"),
        ],
        [],
    ),
    sme(
        37,
        TH,
        "โรงงานเคลือบผ้าสามพราน",
        SPORT,
        MID,
        "Nakhon Pathom",
        "sampran.coating@gmail.com",
        [
            o("รับเคลือบกันน้ำผ้าของลูกค้า PU หรือแว็กซ์ ขั้นต่ำ 50 หลา", "waterproof_coating_service"),
            o("ผ้าแคนวาสเคลือบแว็กซ์ สีกากี พร้อมส่ง", "waxed_canvas_fabric"),
        ],
        [n("ผ้าแคนวาสสีธรรมชาติ ยังไม่ผ่านการฟอก", "cotton_canvas_fabric")],
    ),
    sme(
        38,
        EN,
        "Mud & Mango Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "mudmango.studio@gmail.com",
        [o("Natural dyeing of customer fabric: mud, mango leaf, ebony", "natural_dyeing_service")],
        [n("Lac and jackfruit heartwood dye extracts", "natural_dye_extract")],
        bcg=("bio", "green"),
    ),
    sme(
        39,
        TH,
        "ร้านสกรีนพี่ต้น โพธาราม",
        CIRC,
        MID,
        "Ratchaburi",
        "pton.screen@gmail.com",
        [
            o("รับสกรีนโลโก้บนกระเป๋าผ้า เสื้อ ที่ลูกค้าส่งมา", "screen_printing_service"),
            o("รับปักชื่อ ปักโลโก้ จักรคอม", "embroidery_service"),
        ],
        [],
    ),
    sme(
        40,
        EN,
        "SubliPrint Thailand",
        SPORT,
        MID,
        "Nonthaburi",
        "print@subliprint.co.th",
        [o("Sublimation printing on your polyester, per metre", "sublimation_printing_service")],
        [x("White polyester jersey 160 gsm", "knitted polyester: no knitter in the set")],
    ),
    sme(
        41,
        TH,
        "อู่เย็บกระเป๋าพี่หนึ่ง",
        SPORT,
        MID,
        "Samut Sakhon",
        "pnueng.bagsewing@gmail.com",
        [o("รับเย็บกระเป๋าเป้ กระเป๋าผ้า ตามแบบลูกค้า ขั้นต่ำ 200 ใบ", "bag_sewing_service")],
        [n("ผ้าออกซ์ฟอร์ด 600D หลังเคลือบ", "coated_polyester_oxford")],
    ),
    sme(
        42,
        EN,
        "Eastern Canvas & Awning",
        SPORT,
        MID,
        "Chonburi",
        "eastern.awning@gmail.com",
        [
            o("Made-to-measure sewing of tents, awnings and covers", "heavy_canvas_sewing_service"),
            o("Covers for speedboats and long-tails", "boat_cover"),
        ],
        [n("PVC tarpaulin 650 gsm, white or blue", "pvc_tarpaulin_fabric")],
    ),
    sme(
        43,
        TH,
        "ร้านผ้าใบรถบรรทุกอยุธยา",
        SPORT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "ayut.tarpaulin@gmail.com",
        [
            o("ผ้าใบพีวีซี หนา 0.55 มม. ตัดตามสั่ง", "pvc_tarpaulin_fabric"),
            o("ผ้าใบฟลายชีท ผ้าใบคลุมของ ตอกตาไก่รอบ", "tarp_sheet"),
        ],
        [],
    ),
    sme(
        44,
        TH,
        "ร้านซ่อมเต็นท์ ซ่อมเป้ ท่าแพ",
        CIRC,
        MID,
        "Chiang Mai",
        "thaphae.repair@gmail.com",
        [
            o("รับซ่อมเต็นท์ ปะผ้าใบ เปลี่ยนซิปประตู", "tent_repair_service"),
            o("ซ่อมเป้ เปลี่ยนหัวล็อค เย็บสายใหม่", "bag_repair_service"),
        ],
        [n("ซิปม้วน ฟันใหญ่ สำหรับประตูเต็นท์", "zippers")],
        bcg=("circular",),
    ),
    sme(
        45,
        EN,
        "FixIt Gear Repair",
        CIRC,
        MID,
        "Bangkok",
        "fixit.gear@gmail.com",
        [
            o("Repairs to tents, tarps and inflatable mats", "tent_repair_service"),
            o("Backpack and luggage repair, straps and buckles replaced", "bag_repair_service"),
        ],
        [n("Assorted clips, tri-glides and sliders", "plastic_buckles")],
        bcg=("circular",),
    ),
    sme(
        46,
        TH,
        "ร้านรับเย็บผ้าป้าแดง ปากเกร็ด",
        ALC,
        MID,
        "Nonthaburi",
        "padaeng.sewing@gmail.com",
        [
            o("รับตัดเย็บเสื้อผ้าเป็นโหล ตามแบบ", "garment_sewing_service"),
            o("รับเย็บเบาะ ปลอกหมอน ที่นอนสัตว์เลี้ยง", "soft_goods_sewing_service"),
        ],
        [n("ไส้ยัดเบาะ นุ่น ใยมะพร้าว หรือใยโพลีก็ได้", "kapok_fibre", "coir_fibre", "recycled_polyester_fibre_fill")],
    ),
    sme(
        47,
        EN,
        "Northern Cut & Sew",
        SPORT,
        MID,
        "Lamphun",
        "info@northerncutsew.com",
        [
            o("CMT for backpacks and outdoor bags, MOQ 300", "bag_sewing_service"),
            o("Contract sewing of rain ponchos and jackets", "garment_sewing_service"),
        ],
        [],
        certs=(ISO9,),
    ),
    sme(
        48,
        EN,
        "Korat Textile Mills",
        ALI,
        MID,
        "Korat",
        "sales@koratmills.co.th",
        [
            o("Cotton duck canvas 10 to 16 oz, greige", "cotton_canvas_fabric"),
            o("GOTS organic cotton canvas, 12 oz", "cotton_canvas_fabric"),
            o("Unbleached cotton sheeting, 44 in", "undyed_cotton_fabric"),
        ],
        [
            x(
                "GOTS certified organic cotton yarn Ne 7 from a Thai spinner",
                "machine-spun organic yarn: no spinner",
                req=(GOTS,),
            )
        ],
        certs=(GOTS, OEKO),
        bcg=("bio",),
    ),
    sme(
        49,
        EN,
        "Udon Indigo Weavers Network",
        ALI,
        MID,
        "Udon Thani",
        "udon.indigo@gmail.com",
        [
            o("Indigo-dyed handwoven cotton, heavy weight", "indigo_dyed_cotton_fabric"),
            o("Mudmee and khit pattern cotton, 1 m pieces", "patterned_handwoven_cotton"),
        ],
        [],
    ),
    sme(
        50,
        TH,
        "กลุ่มทอผ้าขาวม้าบ้านโนนกู่",
        ALI,
        MID,
        "Khon Kaen",
        "nonku.phakhaoma@gmail.com",
        [o("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"), o("ผ้าฝ้ายทอมือสีธรรมชาติ ไม่ฟอกไม่ย้อม", "undyed_cotton_fabric")],
        [n("ด้ายฝ้ายสีครามธรรมชาติ ไว้ทอลายขิด", "indigo_dyed_cotton_yarn")],
        certs=(OTOP,),
    ),
    # ---- downstream makers: outdoor, travel, pet, camp and boat goods (051-076)
    sme(
        51,
        TH,
        "เปลญวนบ้านตาลเอน",
        SPORT,
        DOWN,
        "Ayutthaya",
        "tanen.hammock@gmail.com",
        [o("เปลญวนถักมือ เชือกไนลอน ยาว 2 เมตร", "hammock"), o("เปลผ้าร่มพร้อมมุ้ง พับใส่ถุงได้", "hammock")],
        [
            n("เชือกถักเปลสีสด ม้วนใหญ่", "nylon_cord", "recycled_cord", "cotton_rope"),
            n("ผ้าพาราชูทหน้ากว้าง ไว้เย็บเปล", "parachute_nylon_fabric", "ripstop_nylon_fabric"),
            n("ตาข่ายกันยุง", "mosquito_netting"),
        ],
        certs=(OTOP,),
    ),
    sme(
        52,
        EN,
        "Doi Trek Hammocks",
        SPORT,
        DOWN,
        "Chiang Mai",
        "hello@doitrek.com",
        [
            o("Ultralight camping hammock with bug net", "hammock"),
            o("Tree-friendly hammock straps, pair of 2 m", "hammock_straps"),
        ],
        [
            n("40D ripstop, bluesign approved only", "ripstop_nylon_fabric", req=(BLUE,)),
            n("25 mm strapping tape for tree straps", "synthetic_webbing", "recycled_polyester_webbing"),
            n("No-see-um netting", "mosquito_netting"),
        ],
    ),
    sme(
        53,
        TH,
        "เสื่อจันทบูร ร้านแม่ละเอียด",
        ALC,
        DOWN,
        "Chanthaburi",
        "maelaiad.mat@gmail.com",
        [o("เสื่อกกจันทบูร ม้วนพกพาไปปิกนิก", "reed_mat"), o("กระเป๋าเสื่อกก ทรงโท้ท", "tote_bag")],
        [n("แถบผ้าเย็บริมเสื่อ", "binding_tape"), n("ต้นกกตากแห้ง สำหรับทอเสื่อ", "dried_reed")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        54,
        EN,
        "PicnicPal Co.",
        ALC,
        DOWN,
        "Bangkok",
        "team@picnicpal.co",
        [
            o("Foldable picnic mat with waterproof backing, 150x180 cm", "picnic_mat"),
            o("Roll-up foam sleeping pad", "sleeping_pad"),
        ],
        [
            n(
                "Water-resistant backing fabric",
                "coated_polyester_oxford",
                "pvc_tarpaulin_fabric",
                "tpu_laminated_fabric",
            ),
            n("Outsourced sewing for mats and cushions", "soft_goods_sewing_service"),
            n("Non-absorbent foam rolls for camping mats", "pe_foam_sheet", "eva_foam_sheet"),
        ],
    ),
    sme(
        55,
        TH,
        "เต็นท์ไทยแคมปิ้ง กาญจน์",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "thaicamping.kan@gmail.com",
        [o("เต็นท์โดม 2-4 คน กันน้ำ 3000 มม.", "tent"), o("ทาร์ปกันฝน 3x4 เมตร พร้อมเชือก", "tarp_sheet")],
        [
            n("ผ้าตาข่ายทำประตูเต็นท์", "mosquito_netting"),
            x("เสาเต็นท์อะลูมิเนียม ยาวท่อนละ 50 ซม.", "tent poles: no metal-parts maker in the set"),
            n("โรงงานรับเย็บเต็นท์ OEM", "heavy_canvas_sewing_service"),
        ],
    ),
    sme(
        56,
        EN,
        "Korat Canvas Tents",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "info@koratcanvastents.com",
        [o("Cotton canvas bell tents, 4 to 5 m", "tent"), o("Canvas flysheets for glamping decks", "tarp_sheet")],
        [
            n("Heavyweight natural canvas, unbleached, 12 oz", "cotton_canvas_fabric"),
            n("Waterproofing for the canvas we send you", "waterproof_coating_service"),
            n("Metal D-rings and snap hooks", "metal_hardware"),
        ],
        certs=(TIS,),
    ),
    sme(
        57,
        TH,
        "เป้ผ้ากัญชงดอยสุเทพ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "doisuthep.hempbag@gmail.com",
        [o("เป้ผ้ากัญชงทอมือ ย้อมคราม ใส่โน้ตบุ๊กได้", "backpack"), o("กระเป๋าคาดเอวผ้ากัญชง", "waist_bag")],
        [
            n("ผ้าเฮมพ์หนา ๆ สำหรับตัวเป้", "hemp_canvas"),
            n("หาคนย้อมครามให้ผ้ากัญชงของเรา", "indigo_dyeing_service"),
            n("สายกระเป๋าแบบทอ กว้าง 1.5 นิ้ว", "synthetic_webbing", "recycled_polyester_webbing"),
        ],
        bcg=("bio",),
    ),
    sme(
        58,
        EN,
        "UrbanRidge Packs",
        SPORT,
        DOWN,
        "Bangkok",
        "sourcing@urbanridge.co",
        [o("Technical daypacks, 25 L and 35 L", "backpack"), o("Roll-top dry bags, 10 and 20 L", "dry_bag")],
        [
            n(
                "Coated nylon or polyester shell fabric, 200D to 600D",
                "ripstop_nylon_fabric",
                "coated_polyester_oxford",
            ),
            n("Side release buckles 25 mm from an ISO 9001 factory", "plastic_buckles", req=(ISO9,)),
            n("Bag sewing subcontractor, 500 pcs a month, ISO 9001 nice to have", "bag_sewing_service", waive=(ISO9,)),
        ],
    ),
    sme(
        59,
        EN,
        "Khram Goods",
        HEMP,
        DOWN,
        "Bangkok",
        "studio@khramgoods.com",
        [o("Tote bags in handwoven indigo cotton", "tote_bag"), o("Indigo zip pouches, passport size", "travel_pouch")],
        [
            n("Khram cloth by the metre", "indigo_dyed_cotton_fabric"),
            n("Someone to dip our own woven cloth in khram vats", "indigo_dyeing_service"),
            n("YKK or similar zips, No. 5", "zippers"),
        ],
        bcg=("bio",),
    ),
    sme(
        60,
        TH,
        "กระเป๋ายาผู้สูงวัย บ้านสวน",
        ALC,
        DOWN,
        "Nonthaburi",
        "baansuan.pillbag@gmail.com",
        [o("กระเป๋าใส่ยา แบ่งช่องเช้า กลางวัน เย็น", "pill_pouch"), o("ถุงผ้าแขวนรถเข็นวีลแชร์", "wheelchair_bag")],
        [
            n("ผ้าฝ้ายบุด้านใน ต้องผ่าน OEKO-TEX", "undyed_cotton_fabric", "cotton_canvas_fabric", req=(OEKO,)),
            n("หัวซิปพร้อมสายซิป สำหรับกระเป๋าใบเล็ก", "zippers"),
        ],
    ),
    sme(
        61,
        EN,
        "Andaman Upcycle",
        CIRC,
        DOWN,
        "Phuket",
        "hi@andamanupcycle.com",
        [o("Dry bags made from old vinyl banners", "dry_bag"), o("Beach totes from retired boat sails", "tote_bag")],
        [
            n("Old PVC banners, any print", "used_vinyl_banners"),
            n("Ex-rental tents and tarps", "used_tents_tarps", "used_outdoor_gear"),
            n("Screen printing on the bags we make", "screen_printing_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        62,
        TH,
        "กระเป๋ากระสอบรีไซเคิล บางซื่อ",
        CIRC,
        DOWN,
        "Bangkok",
        "bangsue.sackbag@gmail.com",
        [o("กระเป๋าช้อปปิ้งตัดจากกระสอบข้าวสารเก่า", "tote_bag")],
        [n("ถุงปุ๋ย ถุงข้าวเก่า ที่ยังไม่ขาด", "used_pp_sacks")],
        bcg=("circular",),
    ),
    sme(
        63,
        TH,
        "เสื้อกันฝนตราเป็ดน้อย",
        ALC,
        DOWN,
        "Bangkok",
        "pednoi.raincoat@gmail.com",
        [o("เสื้อกันฝนแบบค้างคาว พีวีซีใส", "rain_poncho"), o("เสื้อกันฝนเด็ก ลายการ์ตูน", "rain_poncho")],
        [n("หาโรงงานรับเย็บเสื้อกันฝน เดือนละหมื่นตัว", "garment_sewing_service")],
    ),
    sme(
        64,
        EN,
        "Easy Poncho Co.",
        ALC,
        DOWN,
        "Samut Prakan",
        "sales@easyponcho.com",
        [o("Reusable lightweight ponchos with hood, one size", "rain_poncho")],
        [
            x("rPET taffeta 190T with GRS", "recycled taffeta: nobody in the set weaves it", req=(GRS,)),
            n("Logo print on ponchos", "screen_printing_service"),
        ],
    ),
    sme(
        65,
        TH,
        "กลุ่มสานงอบบ้านโพธิ์รังนก",
        ALC,
        DOWN,
        "Ang Thong",
        "phorangnok.ngob@gmail.com",
        [o("งอบใบลาน ทรงชาวนา ขนาดผู้ใหญ่", "sun_hat"), o("หมวกปีกกว้างผ้าขาวม้า", "sun_hat")],
        [n("ผ้าขะม้าลายสก็อต เป็นพับ", "pha_khao_ma")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        66,
        EN,
        "SunGuard Outdoor Apparel",
        SPORT,
        DOWN,
        "Surat Thani",
        "info@sunguard-apparel.com",
        [o("UPF 50 fishing shirts with hood", "outdoor_work_wear"), o("Quick-dry bucket hats", "sun_hat")],
        [
            n("Sublimation printing of camo and reef prints on our fabric", "sublimation_printing_service"),
            n("Garment factory for 2,000 shirts a run", "garment_sewing_service"),
            x("Polyester knit with UPF 50+ finish, lab tested", "UPF knit: no knitter in the set"),
        ],
    ),
    sme(
        67,
        TH,
        "ม่อฮ่อมแท้บ้านทุ่งโฮ้ง",
        HEMP,
        DOWN,
        "Phrae",
        "thunghong.mohom@gmail.com",
        [o("เสื้อม่อฮ่อมย้อมห้อม ใส่ทำไร่ทำนา", "outdoor_work_wear"), o("กางเกงขาก๊วยผ้าฝ้ายย้อมห้อม", "outdoor_work_wear")],
        [n("ผ้าดิบฝ้าย หน้า 44 ไม่ฟอก ไม่จำเป็นต้องมี OEKO-TEX", "undyed_cotton_fabric", waive=(OEKO,))],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        68,
        EN,
        "PawNest Pet Beds",
        ALC,
        DOWN,
        "Nonthaburi",
        "hello@pawnest.co.th",
        [o("Washable pet beds, S to XL", "pet_bed"), o("Crinkle cat tunnels", "cat_toy")],
        [
            n("Polyester fibre fill, recycled is fine", "recycled_polyester_fibre_fill"),
            n("Breathable sandwich mesh for bed sides", "spacer_air_mesh"),
            n("Pet bed covers sewn to our pattern", "soft_goods_sewing_service"),
        ],
    ),
    sme(
        69,
        TH,
        "ที่นอนน้องหมาใยธรรมชาติ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "natural.petbed@gmail.com",
        [o("ที่นอนสุนัขไส้นุ่น หุ้มผ้าฝ้าย", "pet_bed")],
        [n("ไส้ยัดจากธรรมชาติเท่านั้น ไม่เอาใยสังเคราะห์", "kapok_fibre", "coir_fibre")],
        bcg=("bio",),
    ),
    sme(
        70,
        EN,
        "Dogma Leash Co.",
        ALC,
        DOWN,
        "Chiang Mai",
        "woof@dogmaleash.com",
        [o("Hand-braided rope dog leads", "pet_leash"), o("Hemp dog collars with brass hardware", "pet_collar")],
        [n("Solid brass or steel snap hooks", "metal_hardware"), n("Natural hemp rope, 10 mm", "hemp_cord")],
    ),
    sme(
        71,
        TH,
        "ร้านปลอกคอน้องหมา บางบ่อ",
        ALC,
        DOWN,
        "Samut Prakan",
        "bangbo.collar@gmail.com",
        [
            o("ปลอกคอผ้าลายไทย ปรับขนาดได้", "pet_collar"),
            o("สายจูงสุนัขผ้าทอ ยาว 1.2 เมตร", "pet_leash"),
            o("เสื้อหมาแมว ผ้าฝ้ายลายดอก", "pet_clothes"),
        ],
        [
            n("ตัวล็อกแบบบีบข้าง 15 มม. สำหรับปลอกคอ", "plastic_buckles"),
            n("สายผ้าทอไนลอน หน้า 15-20 มม.", "synthetic_webbing"),
        ],
    ),
    sme(
        72,
        TH,
        "ของเล่นแมวจากเศษผ้า นครปฐม",
        CIRC,
        DOWN,
        "Nakhon Pathom",
        "catscrap.toy@gmail.com",
        [o("ตุ๊กตาปลาใส่แคทนิป ทำจากเศษผ้า", "cat_toy"), o("เบาะนอนแมวจากเสื้อยืดเก่า", "pet_bed")],
        [n("เศษผ้าใบหนา ๆ ชิ้นใหญ่ ไม่เล็กกว่าฝ่ามือ", "canvas_offcuts"), n("ใยยัดไส้จากเศษผ้าบด", "shredded_textile_fill")],
        bcg=("circular",),
    ),
    sme(
        73,
        EN,
        "Isan Pet Threads",
        ALI,
        DOWN,
        "Khon Kaen",
        "isanpetthreads@gmail.com",
        [o("Pet clothes in khit and mudmee patterns", "pet_clothes"), o("Catnip mice in handwoven cotton", "cat_toy")],
        [
            n("Offcuts of Isan ikat and supplementary-weft cloth", "patterned_handwoven_cotton"),
            n("Sewing of pet clothes on contract", "garment_sewing_service"),
        ],
    ),
    sme(
        74,
        TH,
        "ร้านชุดควาญช้างบ้านตากลาง",
        ALI,
        DOWN,
        "Surin",
        "taklang.mahout@gmail.com",
        [o("ชุดควาญช้างผ้าฝ้ายสีน้ำเงิน", "mahout_uniform"), o("ผ้ารองหลังช้าง ผ้าฝ้ายทอหนา", "elephant_saddle_blanket")],
        [n("ผ้าหม้อห้อมเนื้อหนา ไว้ตัดชุด", "indigo_dyed_cotton_fabric")],
    ),
    sme(
        75,
        EN,
        "Mae Taeng Equestrian Supply",
        SPORT,
        DOWN,
        "Chiang Mai",
        "maetaeng.equine@gmail.com",
        [
            o("Quilted horse saddle pads", "horse_saddle_pad"),
            o("Rope halters with lead, cotton or nylon", "halter_lead_rope"),
        ],
        [n("Cotton rope 12 mm for halters", "cotton_rope")],
    ),
    sme(
        76,
        EN,
        "Krabi Marine Canvas",
        SPORT,
        DOWN,
        "Krabi",
        "krabi.marinecanvas@gmail.com",
        [
            o("Speedboat seat cushions, marine vinyl", "boat_cushion"),
            o("Long-tail boat canopies made to measure", "boat_cover"),
        ],
        [
            n("Foam that will not soak up water, for boat seats", "pe_foam_sheet", "eva_foam_sheet"),
            n("Marine PVC tarpaulin", "pvc_tarpaulin_fabric"),
        ],
    ),
    # ---- buyers: shops, resorts, parks, camps, tours, exporters, care (077-095)
    sme(
        77,
        TH,
        "ร้านเดินป่าดอยอินทนนท์",
        SPORT,
        DOWN,
        "Chiang Mai",
        "inthanon.trekshop@gmail.com",
        [o("ให้เช่าเต็นท์ ถุงนอน อุปกรณ์แคมป์", "camping_gear_rental")],
        [
            n("เป้เดินป่า 30-40 ลิตร ส่งขายหน้าร้าน", "backpack"),
            n("ปอนโชกันฝน พับเก็บได้", "rain_poncho"),
            x("ไฟฉายคาดหัว ชาร์จ USB", "headlamps: no electronics in the set"),
        ],
    ),
    sme(
        78,
        EN,
        "TrailHead Outdoor Store",
        SPORT,
        DOWN,
        "Bangkok",
        "buying@trailhead.co.th",
        [o("Camping gear retail, two branches and online", "outdoor_retail")],
        [n("Tents for our rental shelf", "tent"), n("Do you make waterproof gear sacks with our logo?", "dry_bag")],
    ),
    sme(
        79,
        TH,
        "เพ็ทช็อปสุขใจ ลาดพร้าว",
        ALC,
        DOWN,
        "Bangkok",
        "sukjai.petshop@gmail.com",
        [],
        [
            n("เบาะสัตว์เลี้ยง ถอดปลอกซักได้", "pet_bed"),
            n("ปลอกคอกับสายจูง", "pet_collar", "pet_leash"),
            x("ปลอกคอติด GPS สำหรับแมว", "GPS trackers: no electronics in the set"),
        ],
    ),
    sme(
        80,
        TH,
        "เพ็ทช็อปบ้านสวนนนท์",
        ALC,
        DOWN,
        "Nonthaburi",
        "baansuan.petshop@gmail.com",
        [],
        [n("อยากได้วัสดุรองกรงกระต่าย หนูแฮมสเตอร์ ที่ฝุ่นน้อย", "hemp_hurd"), n("ชุดน้องหมาไซส์เล็ก", "pet_clothes")],
    ),
    sme(
        81,
        EN,
        "Khao Lak Eco Resort",
        HEMP,
        DOWN,
        "Phang Nga",
        "purchasing@khaolakeco.com",
        [],
        [n("Hammocks for beach villas", "hammock")],
        certs=(TGL,),
        bcg=("green",),
    ),
    sme(
        82,
        TH,
        "ร้านค้าสวัสดิการอุทยานแห่งชาติเอราวัณ",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "erawan.welfare@gmail.com",
        [o("ให้เช่าเต็นท์และเครื่องนอนในอุทยาน", "camping_gear_rental")],
        [
            n("เต็นท์ให้นักท่องเที่ยวเช่า ต้องได้ มอก.", "tent", req=(TIS,)),
            n("มีใครรับซ่อมเต็นท์ที่ฉีกขาดไหม ปีละ 200 หลัง", "tent_repair_service"),
            n("แผ่นรองนอนโฟม", "sleeping_pad"),
        ],
    ),
    sme(
        83,
        EN,
        "Surin Elephant Village Cooperative",
        ALI,
        DOWN,
        "Surin",
        "surin.elephantcoop@gmail.com",
        [],
        [
            n("Mahout outfits in indigo blue", "mahout_uniform"),
            n("Blankets to go under the howdah", "elephant_saddle_blanket"),
            x("Wooden howdah seats", "carpentry: nobody in the set makes howdahs"),
        ],
    ),
    sme(
        84,
        TH,
        "ปางช้างแม่แตง",
        SPORT,
        DOWN,
        "Chiang Mai",
        "maetaeng.elephantcamp@gmail.com",
        [],
        [
            n("ผ้าห่มช้าง รองใต้สัปคับ", "elephant_saddle_blanket"),
            n("เครื่องแบบคนเลี้ยงช้าง โทนสีคราม", "mahout_uniform"),
            n("ถุงกันน้ำให้นักท่องเที่ยวล่องแพ", "dry_bag"),
        ],
    ),
    sme(
        85,
        EN,
        "Andaman Sea Tours",
        SPORT,
        DOWN,
        "Phuket",
        "ops@andamanseatours.com",
        [],
        [
            n("Waterproof bags for passengers' phones and wallets, 10 L", "dry_bag"),
            n("Cushions for speedboat seats", "boat_cushion"),
            x("Snorkel masks and fins", "diving gear: not made in the set"),
        ],
    ),
    sme(
        86,
        TH,
        "บริษัททัวร์วัยเก๋า",
        ALC,
        DOWN,
        "Bangkok",
        "waikao.tour@gmail.com",
        [],
        [n("กระเป๋าพกยาสำหรับผู้สูงอายุเวลาเดินทาง", "pill_pouch"), n("หมวกบังแดด แจกลูกทัวร์สูงวัย", "sun_hat")],
    ),
    sme(
        87,
        EN,
        "Siam Green Export Co.",
        HEMP,
        DOWN,
        "Bangkok",
        "trade@siamgreenexport.com",
        [],
        [
            n("Rucksacks for EU retail, GOTS not required", "backpack", waive=(GOTS,)),
            x("Organic cotton tote bags, GOTS certified", "no tote maker holds GOTS", "tote_bag", req=(GOTS,)),
        ],
    ),
    sme(
        88,
        TH,
        "ค่ายลูกเสือเขาชะโงก",
        SPORT,
        DOWN,
        "Nakhon Nayok",
        "khaochangok.scout@gmail.com",
        [],
        [n("เต็นท์ลูกเสือ 100 หลัง", "tent"), n("เชือกป่านไว้ฝึกผูกเงื่อน", "hemp_cord")],
    ),
    sme(
        89,
        TH,
        "บ้านพักผู้สูงอายุสวนสุข",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "suansuk.eldercare@gmail.com",
        [],
        [
            n("กระเป๋าห้อยเก้าอี้ล้อเลื่อน", "wheelchair_bag"),
            n("หมวกกันแดดผู้สูงอายุ ใส่เดินเล่นในสวน", "sun_hat"),
            x("รถเข็นวีลแชร์น้ำหนักเบา", "wheelchairs: no maker in the set"),
        ],
    ),
    sme(
        90,
        EN,
        "Hua Hin Silver Travel",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "hello@huahinsilver.com",
        [],
        [
            n("Pouches for pills and passports", "travel_pouch", "pill_pouch"),
            x("Lightweight folding walking poles", "walking poles: no maker in the set"),
        ],
    ),
    sme(
        91,
        TH,
        "ลานกางเต็นท์ม่อนแจ่ม",
        SPORT,
        DOWN,
        "Chiang Mai",
        "monjam.camp@gmail.com",
        [o("พื้นที่กางเต็นท์ พร้อมเต็นท์ให้เช่า", "camping_gear_rental")],
        [n("เต็นท์สำหรับลานกางเต็นท์ 20 หลัง", "tent"), n("แผ่นยางพาราตัดเป็นเบาะรองนั่ง", "latex_foam_sheet")],
    ),
    sme(
        92,
        TH,
        "ร้านของฝากปาย",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "pai.souvenir@gmail.com",
        [],
        [n("ผ้าเคียนเอว ของฝากนักท่องเที่ยว", "pha_khao_ma"), n("กระเป๋าใบเล็กใส่พาสปอร์ต", "travel_pouch")],
    ),
    sme(
        93,
        EN,
        "Second Summit Gear Exchange",
        CIRC,
        DOWN,
        "Chon Buri",
        "trade@secondsummit.co",
        [o("Second-hand tents and backpacks, checked and cleaned", "used_outdoor_gear")],
        [
            n("Someone to mend torn flysheets and broken tent zips", "tent_repair_service"),
            n("Fixing worn rucksacks before resale", "bag_repair_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        94,
        TH,
        "วิสาหกิจท่องเที่ยวชุมชนริมโขง",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "rimkhong.homestay@gmail.com",
        [],
        [
            n("เสื่อกกปูห้องพักโฮมสเตย์ โอทอปไม่บังคับ", "reed_mat", waive=(OTOP,)),
            n("ผ้าโปร่งกันยุง ไว้เย็บมุ้งเอง", "mosquito_netting"),
        ],
    ),
    sme(
        95,
        TH,
        "บริษัทส่งออกหัตถกรรมสยาม",
        HEMP,
        DOWN,
        "Bangkok",
        "siamcraft.export@gmail.com",
        [],
        [
            n("เปลญวน ส่งออกญี่ปุ่น เดือนละ 2,000 ผืน", "hammock"),
            n("กระเป๋าโท้ทหิ้วไหล่ วัสดุอะไรก็ได้ ส่งออกตู้ละ 5,000 ใบ", "tote_bag"),
            x("เปลหรือเสื่อที่ได้รับรองแฟร์เทรด", "no maker holds Fairtrade", "hammock", "reed_mat", req=(FT,)),
        ],
    ),
]


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
PRINTABLE_ASCII = re.compile("^[\x20-\x7e]+$")
MIN_THAI_SHARE = 0.6


def load_taxonomy() -> ModuleType:
    """Import `shared.taxonomy` with the repository root on the path."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from shared import taxonomy

    return taxonomy


def thai_share(text: str) -> float:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def check_language(where: str, language: str, text: str) -> list[str]:
    if language == TH and thai_share(text) < MIN_THAI_SHARE:
        return [f"{where}: Thai phrase is not mostly Thai letters: {text!r}"]
    if language == EN and not PRINTABLE_ASCII.match(text):
        return [f"{where}: English phrase has non-Latin characters: {text!r}"]
    return []


def mentions(t: ModuleType, certification: str, text: str) -> bool:
    """Whether `text` names `certification` at all (affirmed or negated)."""
    cert = next(c for c in t.CERTIFICATIONS if c.name == certification)
    folded = t._nfkc(text).casefold()
    names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(t._nfkc(name).casefold() in folded for name in names)


def check_fields(smes: list[Sme], t: ModuleType) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    expected = [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]
    if len(set(ids)) != len(ids):
        errors.append(f"duplicate ids: {sorted(i for i, c in Counter(ids).items() if c > 1)}")
    if ids != expected[: len(ids)]:
        errors.append("ids are not bod-001, bod-002, ... in order")
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    names = Counter(s.name for s in smes)
    errors += [f"name used twice: {name!r}" for name, c in names.items() if c > 1]
    emails = Counter(s.email for s in smes)
    errors += [f"email used twice: {e!r}" for e, c in emails.items() if c > 1]
    sub_clusters = {v.value for v in t.SubCluster}
    stages = {v.value for v in t.Stage}
    bcg_tags = {v.value for v in t.BcgTag}
    for s in smes:
        if not ID_RE.match(s.id):
            errors.append(f"{s.id}: malformed id")
        if s.language not in t.LANGUAGES:
            errors.append(f"{s.id}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{s.id}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{s.id}: stage {s.stage!r}")
        if t.resolve_province(s.province) is None:
            errors.append(f"{s.id}: province {s.province!r} does not resolve")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{s.id}: email {s.email!r}")
        for tag in s.bcg:
            if tag not in bcg_tags:
                errors.append(f"{s.id}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg) or len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{s.id}: repeated bcg tag or certification")
        for cert in s.certifications:
            if t.resolve_certification(cert) is None:
                errors.append(f"{s.id}: certification {cert!r} does not resolve")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{s.id}: wants 0-3 offers, 0-3 needs, not both empty")
        if not s.name.strip():
            errors.append(f"{s.id}: empty name")
        errors += check_language(f"{s.id} name", s.language, s.name)
        for offer in s.offers:
            errors += check_language(f"{s.id} offer", s.language, offer.text)
            if not LABEL_RE.match(offer.label):
                errors.append(f"{s.id}: malformed label {offer.label!r}")
            claimed = t.find_certifications(offer.text)
            held = t.canonical_certifications(s.certifications)
            if not claimed <= held:
                errors.append(f"{s.id}: offer claims {sorted(claimed - held)} it does not hold: {offer.text!r}")
        for need in s.needs:
            errors += check_language(f"{s.id} need", s.language, need.text)
            errors += check_need_certifications(s.id, need, t)
    phrases = Counter(p.text for s in smes for p in (*s.offers, *s.needs))
    errors += [f"phrase used twice: {p!r}" for p, c in phrases.items() if c > 1]
    return errors


def check_need_certifications(sme_id: str, need: Need, t: ModuleType) -> list[str]:
    errors: list[str] = []
    for cert in (*need.requires, *need.waives):
        if t.resolve_certification(cert) != cert:
            errors.append(f"{sme_id}: {cert!r} is not a canonical certification name")
            return errors
    if set(need.requires) & set(need.waives):
        errors.append(f"{sme_id}: a need both requires and waives {sorted(set(need.requires) & set(need.waives))}")
    found = t.find_certifications(need.text)
    if found != set(need.requires):
        errors.append(f"{sme_id}: need text asks for {sorted(found)}, labelled {sorted(need.requires)}: {need.text!r}")
    for cert in need.waives:
        if not mentions(t, cert, need.text):
            errors.append(f"{sme_id}: waived {cert!r} is not named in {need.text!r}")
    if not need.unmet and not need.labels:
        errors.append(f"{sme_id}: a met need lists no labels: {need.text!r}")
    for label in need.labels:
        if not LABEL_RE.match(label):
            errors.append(f"{sme_id}: malformed label {label!r}")
    return errors


# ------------------------------------------------------------------ links


@dataclass
class Matching:
    links: list[tuple[str, str]]
    suppliers_per_need: list[tuple[str, Need, list[str]]]
    errors: list[str]


def match(smes: list[Sme], t: ModuleType) -> Matching:
    held = {s.id: t.canonical_certifications(s.certifications) for s in smes}
    offered: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.id)
    errors: list[str] = []
    links: set[tuple[str, str]] = set()
    per_need: list[tuple[str, Need, list[str]]] = []
    for buyer in smes:
        for need in buyer.needs:
            for label in () if need.unmet else need.labels:
                if not offered.get(label, set()) - {buyer.id}:
                    errors.append(f"{buyer.id}: no one else offers {label!r} ({need.text!r})")
            suppliers = sorted(
                s.id
                for s in smes
                if s.id != buyer.id
                and any(offer.label in need.labels for offer in s.offers)
                and set(need.requires) <= held[s.id]
            )
            if need.unmet and suppliers:
                errors.append(f"{buyer.id}: need marked unmet is met by {suppliers}: {need.text!r}")
            if not need.unmet and not suppliers:
                errors.append(f"{buyer.id}: need has no qualified supplier: {need.text!r}")
            if not need.unmet:
                per_need.append((buyer.id, need, suppliers))
                links.update((supplier, buyer.id) for supplier in suppliers)
    return Matching(sorted(links), per_need, errors)


# ------------------------------------------------------------------ counts


def counts(smes: list[Sme], matching: Matching, t: ModuleType) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = [("Profiles", str(len(smes)))]
    lang = Counter(s.language for s in smes)
    rows.append(("Thai / English profiles", f"{lang[TH]} / {lang[EN]}"))
    sub = Counter(s.sub_cluster for s in smes)
    rows += [(f"Sub-cluster `{v.value}`", str(sub[v.value])) for v in t.SubCluster]
    stage = Counter(s.stage for s in smes)
    rows += [(f"Stage `{v.value}`", str(stage[v.value])) for v in t.Stage]
    provinces = [t.resolve_province(s.province) for s in smes]
    region = Counter(p.region.value for p in provinces if p is not None)
    rows += [(f"Region `{v.value}`", str(region[v.value])) for v in t.Region]
    rows.append(("Distinct provinces", str(len({p.name_en for p in provinces if p is not None}))))
    offers = [offer for s in smes for offer in s.offers]
    needs = [need for s in smes for need in s.needs]
    rows.append(("Offers", str(len(offers))))
    rows.append(("Distinct offer labels", str(len({offer.label for offer in offers}))))
    rows.append(("Needs", str(len(needs))))
    unmet = sum(1 for need in needs if need.unmet)
    rows.append(("Needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("Needs requiring a certification", str(sum(1 for need in needs if need.requires))))
    rows.append(("Needs waiving a certification", str(sum(1 for need in needs if need.waives))))
    spread = Counter(min(len(s), 4) for _, _, s in matching.suppliers_per_need)
    rows.append(("Met needs by qualified suppliers (1 / 2 / 3 / 4+)", " / ".join(str(spread[k]) for k in (1, 2, 3, 4))))
    links = matching.links
    rows.append(("True links", str(len(links))))
    th_en = sum(1 for a, b in links if by_id[a].language == TH and by_id[b].language == EN)
    en_th = sum(1 for a, b in links if by_id[a].language == EN and by_id[b].language == TH)
    rows.append(("Links Thai supplier -> English buyer", str(th_en)))
    rows.append(("Links English supplier -> Thai buyer", str(en_th)))
    share = (th_en + en_th) / len(links) if links else 0.0
    rows.append(("Cross-language links (share)", f"{th_en + en_th} ({share:.0%})"))
    rows.append(("Within-language links", str(len(links) - th_en - en_th)))
    cross_sub = sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)
    rows.append(("Links between different sub-clusters", str(cross_sub)))
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'what'.ljust(width)} | count |", f"|{'-' * (width + 2)}|------:|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def check_sizes(smes: list[Sme], matching: Matching) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    thai = sum(1 for s in smes if s.language == TH) / max(1, len(smes))
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai:.0%} outside {THAI_SHARE_RANGE}")
    links = matching.links
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links outside {LINK_RANGE}")
    cross = sum(1 for a, b in links if by_id[a].language != by_id[b].language) / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.0%} outside {CROSS_SHARE_RANGE}")
    unmet = sum(1 for s in smes for need in s.needs if need.unmet)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs outside {UNMET_RANGE}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
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


def render(smes: list[Sme], t: ModuleType) -> tuple[dict[str, str], list[tuple[str, str]], list[str]]:
    matching = match(smes, t)
    errors = check_fields(smes, t) + matching.errors + check_sizes(smes, matching)
    rows = counts(smes, matching, t)
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": links_csv(matching.links),
        "README.md": README.format(table=table(rows)),
    }
    return files, rows, errors


README = """\
# `eval/blind_plain_outdoor`: outdoor, travel and pet goods, plain registry entries

This file is written by `write.py`; edit that script, not this file.

## What the set checks

How well the matchmaking system finds the true supplier-buyer pairs among 95 SME profiles of the
Health and Wellness Economy textile cluster, from wording it has never seen. The theme is outdoor,
travel and pet goods: hammocks, reed and picnic mats, tents and tarps, backpacks, pouches and dry bags,
rain ponchos, sun hats, farm and fishing wear, pet beds, collars, leashes, clothes and cat toys,
elephant-camp and horse gear, boat cushions and covers; the canvas, ripstop, mesh, webbing, cordage,
coating, buckle, foam and stuffing suppliers behind them; sewing workshops, printers and repairers;
outdoor and pet shops, resorts, a national-park concession, elephant camps, tour operators, care homes
and exporters as buyers; and the ordinary upstream suppliers (hemp, cotton, kapok, coir, latex, PET
bottles, nets, sacks and other waste).

Each offer and need is one short phrase, as an SME database stores it (1-3 of each per SME; some SMEs
have no needs or no offers). About 55 % of the profiles are in Thai, written as Thai people write
(spaces between phrases, not words); the rest are in English. The same kind of goods is named in many
ways (local and regional names such as ผ้าขะม้า, ผ้าเคียนเอว, หม้อห้อม, ป่านม้ง, สัปคับ, khram; trade
words, abbreviations, sizes, prices, minimum orders and places), and a need is worded differently from
the offers that meet it, often in the other language. Hard but fair cases:

- a service versus the goods it works on (indigo dyeing of the customer's cloth versus indigo cloth;
  sewing for others versus finished ponchos, shirts and bags; waterproof coating versus waxed canvas;
  tent and bag repair versus tents and bags);
- the customer's own goods sent for work ("waterproofing for the canvas we send you");
- waste and used goods versus new (old banners, ex-rental tents, used sacks and nets, offcuts);
- raw versus processed (hemp fibre, yarn, cloth, canvas, rope; seed cotton, handspun yarn, cloth);
- finished goods described by material, colour or technique (a hemp backpack dyed with indigo is a
  backpack, not indigo dyeing);
- needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic fibre");
- needs that require a named certification, and needs that name one only to waive it;
- 20 needs that no one in the set meets (some because no supplier holds the certification asked for).

## How it was written

By hand, by a writer who read only Section 1 of `/work/shared/contracts/CONTRACTS.md` (cluster
profiles, JSONL version 1, and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and
the `[tool.ruff]` settings of `pyproject.toml`. The writer did not see the matcher, the glossary, the
tests, other evaluation sets or the shared data, and did not run the matcher. All data, including the
labels, lives in `write.py`; the written profiles carry no labels.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `hemp_bast_fibre` versus `hemp_yarn`,
`used_tents_tarps` versus `tarp_sheet`). Every need either lists the offer labels that would meet it and
the certifications its text requires, or is marked as met by no one with a short note. A pair
`(supplier, buyer)` is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications (resolved with `resolve_certification`) hold every
certification that need requires. A waived certification ("GOTS not required", "โอทอปไม่บังคับ") is
not required. An SME is never linked to itself. Shared words play no part; quantities, prices, sizes
and places never decide a link; what changes what the thing is does.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_outdoor/write.py

Add `--show` to also print every met need with the suppliers that meet it. Before writing, the script
checks that ids are unique and well-formed; every contract field is valid (sub-cluster, stage and BCG
tags are the taxonomy's values, every province resolves with `resolve_province`, every certification
with `resolve_certification`); every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; the certifications that
`find_certifications` reads in each need's text are exactly the ones labelled as required, and a
waived one is named in the text; no offer claims a certification its SME does not hold; Thai phrases
are mostly Thai letters and English ones Latin only; no phrase is used twice; and the size targets
hold (95 profiles, Thai share 50-60 %, 160-180 links, 40-60 % of them across languages, 17-23 unmet
needs). If any check fails it writes nothing. Two renderings are compared, and two runs give identical
bytes.

## Files

- `write.py`: the data and the script (standard library plus `shared.taxonomy`).
- `profiles.jsonl`: 95 profiles, ids `bod-001` to `bod-095`, in the contract's JSONL version 1 format.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    t = load_taxonomy()
    files, rows, errors = render(SMES, t)
    again, _, _ = render(SMES, t)
    if files != again:
        errors.append("two renderings differ")
    print(table(rows), end="")
    if "--show" in sys.argv:
        matching = match(SMES, t)
        for buyer_id, need, suppliers in matching.suppliers_per_need:
            print(f"{buyer_id} {len(suppliers)} {need.text[:50]!r} <- {' '.join(suppliers)}")
    if errors:
        for error in errors:
            print("ERROR", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="")
    print(f"wrote {', '.join(files)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
