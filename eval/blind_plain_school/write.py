"""Write the hand-labelled evaluation set `eval/blind_plain_school/`.

Theme: schools, universities and education (uniforms, PE kits, graduation gowns, nursery textiles,
craft supplies, weaving and dyeing lessons, vocational sewing courses, school shops) and the mills,
tailors and sewing shops that supply them, plus ordinary upstream and midstream suppliers.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it
(and the certifications its text requires) or is marked as met by no one. The true links follow from
the labels alone. Labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_school/write.py
"""

from __future__ import annotations

import csv
import hashlib
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
    Region,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bsx"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE
CT = SubCluster.CIRCULAR_TEXTILE
SPT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRC = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN

# ---------------------------------------------------------------- labels: what a thing is

LABELS: dict[str, str] = {
    # upstream
    "raw_cotton": "seed cotton or ginned cotton lint",
    "cotton_yarn": "machine-spun cotton yarn, grey or dyed",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "hemp_fibre": "hemp bast fibre, not yet spun",
    "hemp_yarn": "hemp yarn or hemp-blend yarn",
    "recycled_polyester_yarn": "recycled polyester (rPET) yarn",
    "recycled_cotton_fibre": "recycled cotton fibre pulled from textile waste",
    "craft_knitting_yarn": "acrylic or cotton knitting and crochet yarn in balls",
    "used_pet_bottles": "collected post-consumer PET bottles",
    "used_school_uniforms": "second-hand or discarded school uniforms",
    "textile_cutting_scraps": "cutting-room offcuts and fabric scraps",
    "indigo_dye_paste": "natural indigo paste (kram, hom)",
    "natural_dye_plants": "plant and insect dyestuff: lac, bark, leaves, seeds",
    # midstream goods
    "white_cotton_shirting": "white 100% cotton shirting fabric",
    "white_tc_shirting": "white polyester-cotton (TC, Tetoron) shirting fabric",
    "uniform_twill_fabric": "navy, black or khaki twill/serge for uniform bottoms and scout wear",
    "sports_knit_fabric": "virgin polyester sports knit fabric",
    "recycled_sports_knit_fabric": "recycled polyester sports knit fabric",
    "handwoven_cotton_fabric": "handwoven cotton cloth (not indigo dyed)",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo",
    "mudmee_fabric": "mudmee (ikat) silk or cotton cloth",
    "batik_fabric": "batik cloth by the metre",
    "greige_cotton_fabric": "unbleached, undyed cotton cloth",
    "hemp_fabric": "woven hemp cloth",
    "felt_sheets": "felt in sheets or by the metre",
    "satin_fabric": "satin fabric",
    "sewing_thread": "sewing thread on cones or spools",
    "shirt_buttons": "shirt buttons",
    "zips": "zips and sliders",
    "embroidered_badges": "embroidered or woven badges, crests and name labels",
    "weaving_looms": "hand looms and table looms",
    # midstream services (on the customer's goods or for the customer)
    "indigo_dyeing_service": "dyeing the customer's yarn, cloth or garments in natural indigo",
    "natural_dyeing_service": "dyeing the customer's goods with plant dyes other than indigo",
    "cloth_dyeing_service": "dyeing or re-dyeing the customer's goods with synthetic dyes",
    "name_embroidery_service": "embroidering names or logos on the customer's garments",
    "screen_printing_service": "screen printing on the customer's garments",
    "sublimation_printing_service": "sublimation printing on the customer's fabric",
    "cmt_sewing_service": "cut-make-trim sewing for other brands",
    "textile_shredding_service": "shredding the customer's textiles into fibre",
    "weaving_workshops": "teaching weaving",
    "dyeing_workshops": "teaching dyeing (natural dye, batik, tie-dye)",
    "graduation_gown_rental": "renting out graduation gowns",
    # downstream goods
    "student_shirts": "new school shirts and blouses",
    "student_shorts_skirts": "new school shorts, trousers and skirts",
    "scout_uniforms": "boy scout and girl guide uniforms",
    "scout_scarves_woggles": "scout and guide scarves and woggles",
    "pe_kits": "PE kits and school sports uniforms",
    "sports_day_shirts": "sports-day house colour shirts",
    "graduation_gowns": "graduation gowns for sale",
    "graduation_sashes": "graduation sashes",
    "school_bags": "school bags and backpacks",
    "pencil_cases": "pencil cases",
    "nap_mats": "nap mats and kindergarten bedding",
    "baby_bibs": "bibs",
    "aprons": "aprons and art smocks",
    "children_towels": "small towels for children",
    "cloth_shoulder_bags": "cloth shoulder bags, tote bags, yaam",
    "cleaning_rags": "cleaning rags and floor cloths",
    "student_hijabs": "school hijabs",
    "school_socks": "school socks",
    "batik_craft_kits": "batik painting kits for children",
    "pha_khao_ma": "pha khao ma (checked cotton loincloth)",
    "woven_scarves": "woven scarves",
    "blank_tshirts": "blank T-shirts",
    # wanted, offered by no one in the set
    "cotton_gin": "cotton gin",
    "spinning_machine": "spinning machine",
    "wool_knitting_yarn": "pure wool knitting yarn",
    "reactive_dyes": "synthetic dyestuff",
    "silk_yarn": "silk yarn",
    "loom_reeds": "loom reeds",
    "velvet_fabric": "velvet",
    "laundry_service": "laundry and pressing",
    "bag_canvas": "heavy canvas for bags",
    "printed_cotton_fabric": "printed cotton fabric",
    "sewing_machines": "sewing machines",
    "dress_forms": "dress forms",
    "wool_felt": "wool felt",
    "school_shoes": "school shoes",
    "swimwear": "swimwear",
    "blankets": "blankets",
    "dance_costumes": "Thai dance costumes",
    "scout_hats": "scout hats",
    "cotton_seed": "cotton seed for planting",
    "shade_cloth": "shade cloth",
}


# ---------------------------------------------------------------- data model


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
    unmet_note: str = ""  # non-empty: met by no one in the set; `labels` are then the kinds no one offers

    @property
    def met(self) -> bool:
        return not self.unmet_note


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


def offer(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, requires, waives)


def unmet(text: str, note: str, *labels: str, requires: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, requires, (), note)


SMES: list[Sme] = []


def sme(
    number: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    mailbox: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> None:
    domain = "example.co.th" if language == "th" else "example.com"
    SMES.append(
        Sme(
            id=f"{PREFIX}-{number:03d}",
            language=language,
            name=name,
            sub_cluster=sub_cluster,
            stage=stage,
            province=province,
            email=f"{mailbox}@{domain}",
            offers=tuple(offers),
            needs=tuple(needs),
            certifications=certs,
            bcg=bcg,
        )
    )


# ---------------------------------------------------------------- the profiles

# DATA-BEGIN
# --- upstream: cotton, hemp, yarn, waste, dyestuff

sme(
    1,
    "th",
    "วิสาหกิจชุมชนไร่ฝ้ายอินทรีย์นาด้วง",
    HNF,
    UP,
    "Loei",
    "naduangcotton",
    offers=[
        offer("ปุยฝ้ายอินทรีย์ พันธุ์ตากฟ้า ขายเป็นกิโล", "raw_cotton"),
        offer("ฝ้ายทั้งเมล็ด เก็บด้วยมือ ปีละ 3 ตัน", "raw_cotton"),
    ],
    needs=[unmet("เครื่องอีดฝ้ายมือสอง สภาพดี", "no one sells cotton gins", "cotton_gin")],
    certs=("Organic Thailand",),
    bcg=(BIO, GREEN),
)
sme(
    2,
    "en",
    "Mae Rim Handspun Cotton Circle",
    HNF,
    UP,
    "Chiang Mai",
    "maerimspin",
    offers=[offer("hand-spun cotton yarn, natural white and brown (khaki cotton), per kg", "handspun_cotton_yarn")],
    needs=[need("ginned cotton lint, farmed without chemicals if possible", "raw_cotton")],
    bcg=(BIO,),
)
sme(
    3,
    "th",
    "บริษัท สยามปั่นด้าย จำกัด",
    HNF,
    UP,
    "Samut Prakan",
    "siamspin",
    offers=[offer("ด้ายฝ้ายหวี 100% เบอร์ 20/1 30/1 40/1 ขั้นต่ำ 500 กก.", "cotton_yarn")],
    needs=[need("ฝ้ายดิบหีบแล้ว ปริมาณมาก ส่งต่อเนื่องทั้งปี", "raw_cotton")],
    certs=("ISO 9001", "Better Cotton"),
)
sme(
    4,
    "en",
    "Hmong Hemp Growers of Tak",
    HNF,
    UP,
    "Tak",
    "takhemp",
    offers=[
        offer("sun-dried hemp bast, hand-stripped bundles", "hemp_fibre"),
        offer("hand-spliced hemp yarn, rolled balls", "hemp_yarn"),
    ],
    needs=[need("Could someone teach our village school kids to weave on backstrap looms?", "weaving_workshops")],
    bcg=(BIO, GREEN),
)
sme(
    5,
    "th",
    "วิสาหกิจชุมชนเส้นใยกัญชงเขาค้อ",
    HNF,
    UP,
    "Phetchabun",
    "khaokhohemp",
    offers=[offer("เส้นด้ายใยกัญชงปั่นเครื่อง ผสมฝ้าย 30%", "hemp_yarn")],
    needs=[
        need("เปลือกกัญชงลอกแล้ว ตากแห้ง รับซื้อทั้งปี", "hemp_fibre"),
        unmet("เครื่องปั่นด้ายไฟฟ้าขนาดเล็ก", "no one sells spinning machines", "spinning_machine"),
    ],
    bcg=(BIO,),
)
sme(
    6,
    "en",
    "EastLoop Recycled Yarns",
    CT,
    UP,
    "Rayong",
    "eastloop",
    offers=[offer("rPET filament yarn 75D/150D made from bottles, GRS certified", "recycled_polyester_yarn")],
    needs=[need("clear post-consumer PET bottles, baled, 1 tonne lots", "used_pet_bottles")],
    certs=("GRS",),
    bcg=(CIRC,),
)
sme(
    7,
    "th",
    "ธนาคารขยะ โรงเรียนบ้านโนนทัน",
    CT,
    UP,
    "Khon Kaen",
    "nonthanwastebank",
    offers=[
        offer("ขวดน้ำพลาสติกใส นักเรียนคัดแยกแล้ว อัดก้อน", "used_pet_bottles"),
        offer("ชุดนักเรียนเก่าที่ผู้ปกครองบริจาค ซักแล้ว", "used_school_uniforms"),
    ],
    needs=[need("อยากได้ผ้าเช็ดพื้นราคาถูก ไว้ให้เด็กทำเวร", "cleaning_rags")],
    bcg=(CIRC,),
)
sme(
    8,
    "en",
    "Mahachai Offcut Sorters",
    CT,
    UP,
    "Samut Sakhon",
    "mahachaioffcut",
    offers=[offer("cutting-room offcuts from garment plants, sorted by colour, 20 kg sacks", "textile_cutting_scraps")],
    needs=[need("old school clothes, any condition, for sorting and resale", "used_school_uniforms")],
    bcg=(CIRC,),
)
sme(
    9,
    "th",
    "บริษัท รีคอตตอน ไฟเบอร์ จำกัด",
    CT,
    UP,
    "Nakhon Pathom",
    "recotton",
    offers=[
        offer("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า ยาว 15-20 มม. มี GRS", "recycled_cotton_fibre"),
        offer("รับตีเสื้อผ้าเก่าของลูกค้าให้เป็นใย คิดค่าบริการต่อกิโล", "textile_shredding_service"),
    ],
    needs=[
        need("เศษผ้าฝ้ายขาวจากโรงตัดเย็บ ไม่ปนโพลี", "textile_cutting_scraps"),
        need("เสื้อขาวนักเรียนที่ใช้แล้ว ปักชื่อแล้วไม่เป็นไร", "used_school_uniforms"),
    ],
    certs=("GRS",),
    bcg=(CIRC,),
)
sme(
    10,
    "en",
    "Phu Phan Indigo Farm",
    HNF,
    UP,
    "Sakon Nakhon",
    "phuphanindigo",
    offers=[offer("fermented indigo paste (kram piak) from Indigofera, 1 kg tubs", "indigo_dye_paste")],
    needs=[],
    certs=("Organic Thailand",),
    bcg=(BIO, GREEN),
)
sme(
    11,
    "th",
    "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง",
    HNF,
    UP,
    "Phrae",
    "tunghonghom",
    offers=[offer("เนื้อห้อมเปียก จากต้นห้อมที่ปลูกเอง ขายเป็นปี๊บ", "indigo_dye_paste")],
    needs=[need("ผ้าดิบฝ้ายไว้ลองย้อมห้อม สัก 50 เมตร", "greige_cotton_fabric")],
    bcg=(BIO,),
)
sme(
    12,
    "en",
    "Lanna Dye Garden",
    HNF,
    UP,
    "Lamphun",
    "lannadye",
    offers=[
        offer("dried lac, ebony fruit and jackfruit heartwood for dyeing", "natural_dye_plants"),
        offer("marigold and annatto seed dye packs, 250 g", "natural_dye_plants"),
    ],
    needs=[],
    bcg=(BIO,),
)
sme(
    13,
    "th",
    "ร้านไหมพรมสำเพ็ง",
    ALC,
    UP,
    "Bangkok",
    "sampengyarn",
    offers=[
        offer("ไหมพรมอะคริลิค ตรานกแก้ว 4 ply ก้อนละ 100 กรัม มีกว่า 80 สี", "craft_knitting_yarn"),
        offer("ไหมพรมคอตตอนนม สำหรับถักโครเชต์", "craft_knitting_yarn"),
    ],
    needs=[unmet("ไหมพรมขนแกะแท้ 100% นำเข้า ราคาส่ง", "no one offers pure wool yarn", "wool_knitting_yarn")],
)
sme(
    14,
    "en",
    "Isan Cotton Spinners",
    ALI,
    UP,
    "Khon Kaen",
    "isanspin",
    offers=[
        offer("combed cotton yarn Ne 30s and 40s, MOQ 100 kg", "cotton_yarn"),
        offer("dyed cotton yarn on cones for handloom weavers", "cotton_yarn"),
    ],
    needs=[need("ginned Thai cotton from the Loei or Nan crop", "raw_cotton")],
    certs=("ISO 9001",),
)
sme(
    15,
    "th",
    "บริษัท ขวดสู่เส้นใย จำกัด",
    CT,
    UP,
    "Chonburi",
    "bottletofibre",
    offers=[offer("เส้นด้าย rPET 150D/48F สำหรับถักผ้ากีฬา ได้ GRS", "recycled_polyester_yarn")],
    needs=[need("ขวด PET ใช้แล้ว จากโรงเรียนหรือชุมชน", "used_pet_bottles")],
    certs=("GRS",),
    bcg=(CIRC,),
)
sme(
    16,
    "en",
    "Thonburi Uniform Reclaim",
    CT,
    UP,
    "Bangkok",
    "thonburireclaim",
    offers=[offer("graded pre-owned student uniforms, washed and pressed, sizes S-XL", "used_school_uniforms")],
    needs=[need("someone to shred our unsellable uniforms into fibre", "textile_shredding_service")],
    bcg=(CIRC,),
)

# --- midstream: cloth, knit, dyeing, trims, printing, sewing, lessons

sme(
    17,
    "th",
    "โรงทอผ้ามหาชัยเท็กซ์ไทล์",
    ALC,
    MID,
    "Samut Sakhon",
    "mahachaitex",
    offers=[
        offer("ผ้าโทเรขาว ทำเสื้อนักเรียน ผ่าน มอก. ม้วนละ 100 หลา", "white_tc_shirting"),
        offer("ผ้าเสิร์จสีกรมท่า สีกากี ตัดกางเกงนักเรียน", "uniform_twill_fabric"),
    ],
    needs=[
        need("ด้ายโพลีจากขวดรีไซเคิล สำหรับทอผ้า TC รุ่นรักษ์โลก", "recycled_polyester_yarn"),
    ],
    certs=("Thai Industrial Standard",),
)
sme(
    18,
    "en",
    "Siam Poplin Mills",
    ALC,
    MID,
    "Nakhon Pathom",
    "siampoplin",
    offers=[
        offer("100% cotton poplin, optical white, 58 in, for school shirts", "white_cotton_shirting"),
        offer("Tetoron TC 65/35 broadcloth, bright white", "white_tc_shirting"),
    ],
    needs=[need("cotton count 40/1, 2 t per month, delivered to Nakhon Pathom", "cotton_yarn")],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    19,
    "th",
    "บริษัท สปอร์ตนิต จำกัด",
    SPT,
    MID,
    "Samut Prakan",
    "sportknit",
    offers=[offer("ผ้าไมโครพีช ผ้าจุติ ผ้าTK ทำเสื้อกีฬา ขายเป็นกิโล", "sports_knit_fabric")],
    needs=[need("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด ต้องมี GRS", "recycled_polyester_yarn", requires=("GRS",))],
)
sme(
    20,
    "en",
    "GreenRun Knit",
    SPT,
    MID,
    "Chonburi",
    "greenrun",
    offers=[
        offer("rPET bird-eye mesh, wicking, GRS certified", "recycled_sports_knit_fabric"),
        offer("polyester interlock knit for PE shirts", "sports_knit_fabric"),
    ],
    needs=[need("recycled polyester, 150 denier, for warp knitting", "recycled_polyester_yarn")],
    certs=("GRS", "bluesign"),
    bcg=(CIRC,),
)
sme(
    21,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านนาข่า",
    ALI,
    MID,
    "Udon Thani",
    "nakhaweave",
    offers=[
        offer("ผ้าฝ้ายทอมือลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        offer("ผ้าขาวม้าตาหมากรุก ผืนละ 120 บาท", "pha_khao_ma"),
    ],
    needs=[
        need("ฝ้ายเข็นมือสีธรรมชาติ", "handspun_cotton_yarn"),
    ],
    certs=("OTOP",),
)
sme(
    22,
    "en",
    "Don Kloi Indigo Weavers",
    ALI,
    MID,
    "Sakon Nakhon",
    "donkloi",
    offers=[
        offer("handwoven cotton dyed in natural indigo, by the metre", "indigo_dyed_cotton_fabric"),
        offer("we dye your cotton yarn, cloth or shirts in our natural indigo vats", "indigo_dyeing_service"),
    ],
    needs=[
        need("natural blue dye stock for our vats, about 20 kg a month", "indigo_dye_paste"),
        need("spinning-wheel cotton for weft", "handspun_cotton_yarn"),
    ],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    23,
    "th",
    "ร้านหม้อห้อมป้าเขียว",
    HNF,
    MID,
    "Phrae",
    "paakhiew",
    offers=[
        offer("ผ้าหม้อห้อม ย้อมห้อมแท้ ขายเป็นพับ", "indigo_dyed_cotton_fabric"),
        offer("รับย้อมห้อม ผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
    ],
    needs=[need("ผ้าดิบฝ้ายหน้ากว้าง 44 นิ้ว ม้วนใหญ่", "greige_cotton_fabric")],
    bcg=(BIO,),
)
sme(
    24,
    "en",
    "Korat Greige Mill",
    ALI,
    MID,
    "Nakhon Ratchasima",
    "koratgreige",
    offers=[offer("unbleached cotton sheeting (grey cloth) 44 in, 100 m rolls", "greige_cotton_fabric")],
    needs=[need("20s carded cotton single for grey cloth weaving", "cotton_yarn")],
)
sme(
    25,
    "th",
    "โรงย้อมผ้าท่าจีน",
    CT,
    MID,
    "Samut Sakhon",
    "thachindye",
    offers=[offer("รับย้อมผ้าตามสั่ง ผ้าฝ้าย ผ้าTC สีรีแอคทีฟ ขั้นต่ำ 200 กก.", "cloth_dyeing_service")],
    needs=[unmet("สีย้อมรีแอคทีฟราคาส่ง", "no one sells synthetic dyestuff", "reactive_dyes")],
    certs=("ISO 14001",),
)
sme(
    26,
    "en",
    "Ban Khwao Mudmee Weavers",
    ALI,
    MID,
    "Chaiyaphum",
    "bankhwao",
    offers=[
        offer("hand-tied mudmee silk lengths with the Peacock Emblem", "mudmee_fabric"),
        offer("cotton mudmee scarves, popular graduation gifts", "woven_scarves"),
    ],
    needs=[unmet("reeled Thai silk yarn (Nang Noi), undyed", "no one offers silk yarn", "silk_yarn")],
    certs=("Thai Silk Peacock Emblem", "OTOP"),
)
sme(
    27,
    "th",
    "ร้านผ้าสักหลาดพาหุรัด",
    ALC,
    MID,
    "Bangkok",
    "pahuratfelt",
    offers=[
        offer("ผ้าสักหลาด หนา 1 มม. ตัดแผ่น A4 คละสี", "felt_sheets"),
        offer("ผ้าซาตินมันเงา สีม่วง สีทอง สีแดง ขายเป็นหลา", "satin_fabric"),
    ],
    needs=[],
)
sme(
    28,
    "en",
    "Thread & Trim Supply",
    ALC,
    MID,
    "Bangkok",
    "threadtrim",
    offers=[
        offer("polyester sewing thread 40/2, 5000 m cones", "sewing_thread"),
        offer("4-hole shirt buttons, white, 10 mm, per gross", "shirt_buttons"),
        offer("nylon coil zips #3 and #5, cut to length", "zips"),
    ],
    needs=[],
)
sme(
    29,
    "th",
    "ร้านปักชื่อป้าแดง",
    ALC,
    MID,
    "Nonthaburi",
    "paadaeng",
    offers=[offer("รับปักชื่อ ปักจุด ปักอักษรย่อโรงเรียน บนเสื้อที่ลูกค้านำมา", "name_embroidery_service")],
    needs=[need("ด้ายเย็บผ้า สีขาว สีน้ำเงิน ยกกล่อง", "sewing_thread")],
)
sme(
    30,
    "en",
    "Emblem Works",
    ALC,
    MID,
    "Pathum Thani",
    "emblemworks",
    offers=[
        offer("embroidered school crest patches and woven name labels, from 300 pcs", "embroidered_badges"),
        offer("logo and name embroidery on customers' shirts, polos and bags", "name_embroidery_service"),
    ],
    needs=[need("stiff felt for patch backing", "felt_sheets")],
    certs=("ISO 9001",),
)
sme(
    31,
    "th",
    "ร้านสกรีนบางแสน",
    SPT,
    MID,
    "Chonburi",
    "bangsaenscreen",
    offers=[offer("รับสกรีนเสื้อ สกรีนชื่อโรงเรียน บนเสื้อของลูกค้า ขั้นต่ำ 30 ตัว", "screen_printing_service")],
    needs=[need("เสื้อยืดคอกลมเปล่า สีพื้น ไว้สกรีน", "blank_tshirts")],
)
sme(
    32,
    "en",
    "SubliPro Print House",
    SPT,
    MID,
    "Bangkok",
    "sublipro",
    offers=[offer("sublimation printing onto your polyester fabric, per metre", "sublimation_printing_service")],
    needs=[
        need("We'd like white poly jersey for dye-sub printing", "sports_knit_fabric", "recycled_sports_knit_fabric")
    ],
)
sme(
    33,
    "th",
    "โรงเย็บรับจ้างคลองหลวง",
    ALC,
    MID,
    "Pathum Thani",
    "khlongluangsew",
    offers=[offer("รับจ้างเย็บ CMT เสื้อนักเรียน ชุดพละ ลูกค้าส่งผ้ามา ขั้นต่ำ 500 ตัว", "cmt_sewing_service")],
    needs=[
        need("ด้ายโพลีเย็บผ้า 40/2 ยกลัง", "sewing_thread"),
        need("กระดุมเสื้อนักเรียน สีขาว 4 รู", "shirt_buttons"),
    ],
)
sme(
    34,
    "en",
    "Pattani Batik House",
    HNF,
    MID,
    "Pattani",
    "pattanibatik",
    offers=[
        offer("hand-drawn batik cotton, sarong lengths", "batik_fabric"),
        offer("batik workshops for school groups, wax and dyes supplied", "dyeing_workshops"),
    ],
    needs=[need("loomstate cotton for waxing and dyeing", "greige_cotton_fabric")],
    bcg=(GREEN,),
)
sme(
    35,
    "th",
    "บาติกอ่าวนาง",
    HNF,
    MID,
    "Krabi",
    "aonangbatik",
    offers=[
        offer("ชุดระบายสีผ้าบาติกสำหรับเด็ก มีผ้า เทียน สี พู่กัน ครบ", "batik_craft_kits"),
        offer("ผ้าบาติกเขียนมือ ลายทะเล ขายเป็นหลา", "batik_fabric"),
    ],
    needs=[need("ผ้าฝ้ายดิบยังไม่ฟอก ใช้ทำบาติก", "greige_cotton_fabric")],
)
sme(
    36,
    "en",
    "Tha Sawang Weaving Classroom",
    ALI,
    MID,
    "Surin",
    "thasawangclass",
    offers=[
        offer("hand-loom classes at your school, equipment brought along, up to 20 pupils", "weaving_workshops"),
        offer("one-day natural dye course for pupils or teachers", "dyeing_workshops"),
    ],
    needs=[need("small table looms for lessons", "weaving_looms")],
)
sme(
    37,
    "th",
    "ช่างกี่บ้านโพน",
    ALI,
    MID,
    "Kalasin",
    "baanphonloom",
    offers=[
        offer("กี่ทอผ้าขนาดเล็ก ตั้งโต๊ะ สำหรับสอนเด็ก", "weaving_looms"),
        offer("กี่กระตุก ไม้เนื้อแข็ง ทำตามสั่ง", "weaving_looms"),
    ],
    needs=[unmet("ฟืมเหล็กสำหรับกี่ หน้ากว้าง 1 เมตร", "no one sells loom reeds", "loom_reeds")],
)
sme(
    38,
    "th",
    "โรงพิมพ์ซับลิเมชั่นบางบัวทอง",
    SPT,
    MID,
    "Nonthaburi",
    "bangbuathongsub",
    offers=[
        offer("รับพิมพ์ซับลิเมชั่นลงผ้าโพลี ลายเต็มผืน", "sublimation_printing_service"),
        offer("รับงานซิลค์สกรีนลงเสื้อที่ลูกค้าส่งมา", "screen_printing_service"),
    ],
    needs=[],
)
sme(
    39,
    "en",
    "Nan Natural Dye Studio",
    HNF,
    MID,
    "Nan",
    "nandyestudio",
    offers=[offer("custom dyeing of your cotton goods with mango leaf, lac or ebony", "natural_dyeing_service")],
    needs=[need("raw materials for plant dyes, by the kilo", "natural_dye_plants")],
    bcg=(BIO, GREEN),
)
sme(
    40,
    "th",
    "กลุ่มทอผ้าขาวม้าบ้านหนองแคน",
    ALI,
    MID,
    "Roi Et",
    "nongkhaenweave",
    offers=[
        offer("ผ้าขาวม้าทอมือ ฝ้ายแท้ ลายโบราณ", "pha_khao_ma"),
        offer("ผ้าพันคอฝ้ายทอมือ เป็นของที่ระลึก", "woven_scarves"),
    ],
    needs=[need("ฝ้ายโรงงานสีพร้อมทอ เบอร์ 20", "cotton_yarn")],
    certs=("OTOP",),
)
sme(
    41,
    "th",
    "บ้านครามรับย้อม",
    HNF,
    MID,
    "Sakon Nakhon",
    "baankramdye",
    offers=[
        offer("รับย้อมครามธรรมชาติ ส่งผ้าหรือเสื้อมาย้อมได้", "indigo_dyeing_service"),
        offer("สอนนักเรียนย้อมคราม มัดย้อม ครึ่งวัน", "dyeing_workshops"),
    ],
    needs=[need("ครามเปียกคุณภาพดี เดือนละ 30 กิโล", "indigo_dye_paste")],
    bcg=(BIO,),
)
sme(
    42,
    "en",
    "Doi Hemp Loom",
    HNF,
    MID,
    "Chiang Mai",
    "doihemploom",
    offers=[offer("handwoven hemp cloth, 40 cm wide, natural colour", "hemp_fabric")],
    needs=[need("hemp thread for warp", "hemp_yarn")],
    bcg=(BIO,),
)

# --- downstream: uniforms, sportswear, gowns, bags, nursery goods

sme(
    43,
    "th",
    "โรงงานชุดนักเรียนตราช้างทอง",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "changthong",
    offers=[
        offer("เสื้อนักเรียนชายหญิง ผ้าโทเร ไซซ์ 30-48 ส่งทั่วประเทศ", "student_shirts"),
        offer("กางเกงขาสั้นนักเรียนสีกรมท่า กระโปรงจีบรอบ", "student_shorts_skirts"),
    ],
    needs=[
        need(
            "ผ้าขาวทำเชิ้ตโรงเรียน ต้องได้ มอก.",
            "white_tc_shirting",
            "white_cotton_shirting",
            requires=("Thai Industrial Standard",),
        ),
        need("ผ้าทวิลสีน้ำเงินเข้ม ม้วนละ 50 หลา", "uniform_twill_fabric"),
        need("กระดุมพลาสติก 4 รู", "shirt_buttons"),
    ],
    certs=("Thai Industrial Standard",),
)
sme(
    44,
    "en",
    "Smart Scholar Uniforms",
    ALC,
    DOWN,
    "Nonthaburi",
    "smartscholar",
    offers=[
        offer("white school shirts, 100% cotton, OEKO-TEX, sizes 28-46", "student_shirts"),
        offer("boy scout and girl guide uniforms, full sets", "scout_uniforms"),
    ],
    needs=[
        need(
            "all-cotton shirting cloth, must be OEKO-TEX certified",
            "white_cotton_shirting",
            requires=("OEKO-TEX Standard 100",),
        ),
        need("CMT partner for the April-May peak, we supply cut panels", "cmt_sewing_service"),
        need("khaki twill for scout trousers", "uniform_twill_fabric"),
    ],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    45,
    "th",
    "ร้านลูกเสือเนตรนารีบางลำพู",
    ALC,
    DOWN,
    "Bangkok",
    "banglamphuscout",
    offers=[
        offer("ผ้าผูกคอลูกเสือ ห่วงสวมผ้าผูกคอ ครบทุกเหล่า", "scout_scarves_woggles"),
        offer("ชุดลูกเสือสำรอง ชุดเนตรนารี ตัดตามไซซ์", "scout_uniforms"),
    ],
    needs=[
        need("ผ้าสีกากีสำหรับตัดชุดลูกเสือ", "uniform_twill_fabric"),
        need("อาร์มปักตราโรงเรียนและเครื่องหมายลูกเสือ", "embroidered_badges"),
    ],
)
sme(
    46,
    "en",
    "Korat Team Sportswear",
    SPT,
    DOWN,
    "Nakhon Ratchasima",
    "koratteam",
    offers=[
        offer("PE kits: polo and track pants in school colours, MOQ 100 sets", "pe_kits"),
        offer("sports-day house shirts, sublimated, any design", "sports_day_shirts"),
    ],
    needs=[
        need("dye-sub printing partner for overflow orders", "sublimation_printing_service"),
    ],
)
sme(
    47,
    "th",
    "ร้านหาดใหญ่สปอร์ต",
    SPT,
    DOWN,
    "Songkhla",
    "hatyaisport",
    offers=[
        offer("ชุดพละนักเรียน ผ้าไมโคร ปักชื่อโรงเรียนให้ฟรี", "pe_kits"),
        offer("เสื้อทีมงานกีฬาภายใน พิมพ์ลายตามสีคณะ ขั้นต่ำ 50 ตัว", "sports_day_shirts"),
    ],
    needs=[need("ผ้ากีฬารีไซเคิล มีใบ GRS", "recycled_sports_knit_fabric", requires=("GRS",))],
)
sme(
    48,
    "th",
    "บริษัท แอคทีฟคิดส์ จำกัด",
    SPT,
    DOWN,
    "Bangkok",
    "activekids",
    offers=[offer("ชุดพละอนุบาลถึงมัธยม เสื้อโปโล กางเกงวอร์ม", "pe_kits")],
    needs=[
        need("โรงงานรับเย็บชุดกีฬา เรามีผ้าเอง", "cmt_sewing_service"),
        need("ถุงเท้ากีฬาข้อสั้น", "school_socks"),
    ],
)
sme(
    49,
    "th",
    "ร้านชุดครุยไทยวิทยฐานะ",
    ALC,
    DOWN,
    "Bangkok",
    "kruithai",
    offers=[
        offer("ตัดชุดครุยปริญญา ครุยอนุบาล ขายขาด", "graduation_gowns"),
        offer("สายสะพายงานรับปริญญา ปักชื่อได้", "graduation_sashes"),
    ],
    needs=[
        need("ผ้าต่วนสีทองสำหรับแถบครุย", "satin_fabric"),
        unmet("ผ้ากำมะหยี่สีดำ สำหรับขอบครุย", "no one offers velvet", "velvet_fabric"),
    ],
)
sme(
    50,
    "en",
    "GradRent Siam",
    ALC,
    DOWN,
    "Bangkok",
    "gradrent",
    offers=[offer("graduation gown rental, kindergarten to university, cleaning included", "graduation_gown_rental")],
    needs=[
        need("gowns to buy in bulk for our rental stock", "graduation_gowns"),
        need("faculty-colour sashes", "graduation_sashes"),
    ],
)
sme(
    51,
    "th",
    "ร้านเช่าชุดครุยหน้ามอ",
    ALI,
    DOWN,
    "Khon Kaen",
    "naamorent",
    offers=[offer("ให้เช่าชุดครุยรับปริญญา ครบเซ็ต รีดพร้อมใส่", "graduation_gown_rental")],
    needs=[
        need("ครุยใหม่ไว้เพิ่มสต็อก ไซซ์ S-XXL", "graduation_gowns"),
        unmet("ร้านรับซักรีดครุยทีละหลายร้อยชุด", "no one offers laundry", "laundry_service"),
    ],
)
sme(
    52,
    "en",
    "SchoolPack Bags",
    ALC,
    DOWN,
    "Samut Prakan",
    "schoolpack",
    offers=[
        offer("school backpacks with padded straps, primary sizes", "school_bags"),
        offer("zip pencil cases, printed, MOQ 500", "pencil_cases"),
    ],
    needs=[
        need("YKK-type zips with sliders for backpacks", "zips"),
        unmet("600D canvas for bag bodies", "no one offers bag canvas", "bag_canvas"),
    ],
)
sme(
    53,
    "th",
    "กลุ่มแม่บ้านอัพไซเคิลชุดนักเรียน",
    CT,
    DOWN,
    "Nonthaburi",
    "upcycleuniform",
    offers=[
        offer("กระเป๋าดินสอจากกางเกงนักเรียนเก่า ชิ้นละ 35 บาท", "pencil_cases"),
        offer("ถุงผ้าจากเสื้อนักเรียนใช้แล้ว", "cloth_shoulder_bags"),
    ],
    needs=[need("เครื่องแบบนักเรียนมือสอง ขาดได้ เปื้อนได้", "used_school_uniforms")],
    bcg=(CIRC,),
)
sme(
    54,
    "en",
    "Indigo Yaam Bags",
    ALI,
    DOWN,
    "Sakon Nakhon",
    "indigoyaam",
    offers=[offer("shoulder bags (yaam) of handwoven cotton dyed with indigo", "cloth_shoulder_bags")],
    needs=[need("blue kram-dyed cloth, at least 50 m", "indigo_dyed_cotton_fabric")],
    bcg=(BIO,),
)
sme(
    55,
    "th",
    "ร้านที่นอนเด็กอนุบาลแม่ติ๋ม",
    ALC,
    DOWN,
    "Bangkok",
    "maetimnapmat",
    offers=[
        offer("ที่นอนปิกนิกเด็กอนุบาล พับได้ มีหมอน", "nap_mats"),
        offer("ผ้ากันน้ำลายเด็กเล็ก ผ้าคอตตอน", "baby_bibs"),
    ],
    needs=[
        need("ปุยใยจากผ้าเก่า สำหรับยัดไส้ที่นอน", "recycled_cotton_fibre"),
        unmet("ผ้าคอตตอนพิมพ์ลายการ์ตูน", "no one offers printed cotton", "printed_cotton_fabric"),
    ],
)
sme(
    56,
    "en",
    "Little Sprout Nursery Textiles",
    ALC,
    DOWN,
    "Pathum Thani",
    "littlesprout",
    offers=[
        offer("organic cotton bibs, GOTS and OEKO-TEX", "baby_bibs"),
        offer("foldable nap mats with washable covers", "nap_mats"),
        offer("hooded towels for toddlers", "children_towels"),
    ],
    needs=[
        unmet(
            "GOTS certified cotton yarn for our knitting contractor",
            "cotton yarn is offered, but by no GOTS holder",
            "cotton_yarn",
            requires=("GOTS",),
        ),
    ],
    certs=("GOTS", "OEKO-TEX Standard 100"),
)
sme(
    57,
    "th",
    "ร้านผ้ากันเปื้อนครูแอน",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "kruannapron",
    offers=[
        offer("ผ้ากันเปื้อนเด็กสำหรับวิชาศิลปะ กันน้ำ", "aprons"),
        offer("ผ้ากันเปื้อนครู สกรีนชื่อโรงเรียน", "aprons"),
    ],
    needs=[need("ร้านปักโลโก้โรงเรียนลงผ้ากันเปื้อน ทีละ 200 ผืน", "name_embroidery_service")],
)
sme(
    58,
    "en",
    "Tak Bai Student Hijab Collective",
    ALC,
    DOWN,
    "Narathiwat",
    "takbaihijab",
    offers=[offer("white and navy student hijabs, chiffon or jersey, by the dozen", "student_hijabs")],
    needs=[],
)
sme(
    59,
    "th",
    "ร้านชุดนักเรียนมุสลิมะห์ยะลา",
    ALC,
    DOWN,
    "Yala",
    "yalamuslimah",
    offers=[
        offer("เสื้อนักเรียนหญิงมุสลิม แขนยาว", "student_shirts"),
        offer("กระโปรงยาวนักเรียน สีกรม สีดำ", "student_shorts_skirts"),
    ],
    needs=[
        need("ผ้าคลุมผมนักเรียน สีขาว ยกโหล", "student_hijabs"),
        need("ผ้าปาเต๊ะลายสวย ไว้ตัดเสื้อครูวันศุกร์", "batik_fabric"),
    ],
)
sme(
    60,
    "en",
    "Udon Socks Factory",
    ALI,
    DOWN,
    "Udon Thani",
    "udonsocks",
    offers=[offer("white and black school socks, ankle and crew, per dozen", "school_socks")],
    needs=[need("Ne 30 cotton for sock knitting machines", "cotton_yarn")],
)
sme(
    61,
    "th",
    "โรงงานผ้าขี้ริ้วบางพลี",
    CT,
    DOWN,
    "Samut Prakan",
    "bangphlirag",
    offers=[offer("ผ้าขี้ริ้วทำจากเศษผ้า ขายเป็นกิโล", "cleaning_rags")],
    needs=[need("เศษผ้าคละสีจากโรงงานเย็บผ้า", "textile_cutting_scraps")],
    bcg=(CIRC,),
)
sme(
    62,
    "en",
    "Plain Tee Wholesale",
    ALC,
    DOWN,
    "Bangkok",
    "plaintee",
    offers=[offer("blank cotton crew-neck tees, 20 colours, S-3XL", "blank_tshirts")],
    needs=[need("Any screen printer who can put logos on our blank tees?", "screen_printing_service")],
)
sme(
    63,
    "th",
    "ร้านผ้าขนหนูราชบุรี",
    ALC,
    DOWN,
    "Ratchaburi",
    "ratchaburitowel",
    offers=[offer("ผ้าขนหนูผืนเล็ก ปักชื่อเด็กได้ สำหรับเด็กอนุบาล", "children_towels")],
    needs=[],
)
sme(
    64,
    "th",
    "กระเป๋าผ้ากัญชงม้งดอยปุย",
    HNF,
    DOWN,
    "Chiang Mai",
    "doipuihempbag",
    offers=[
        offer("ย่ามผ้าใยกัญชง ปักลายม้ง", "cloth_shoulder_bags"),
        offer("กระเป๋าดินสอผ้ากัญชงเขียนเทียน", "pencil_cases"),
    ],
    needs=[need("ผ้าใยกัญชงทอมือ หน้าแคบ", "hemp_fabric")],
    bcg=(BIO,),
)

# --- buyers: schools, kindergartens, universities, colleges, school shops

sme(
    65,
    "th",
    "โรงเรียนอนุบาลบ้านโนนสวรรค์",
    ALI,
    DOWN,
    "Khon Kaen",
    "nonsawankinder",
    offers=[],
    needs=[
        need("เบาะนอนกลางวันสำหรับเด็กเล็ก 60 ชุด", "nap_mats"),
    ],
)
sme(
    66,
    "en",
    "Sukhumvit Bilingual Kindergarten",
    ALC,
    DOWN,
    "Bangkok",
    "sukhumvitkinder",
    offers=[],
    needs=[
        need("bibs for toddlers, OEKO-TEX certified", "baby_bibs", requires=("OEKO-TEX Standard 100",)),
        need("robes for our K3 ceremony, hired for one day", "graduation_gown_rental"),
    ],
)
sme(
    67,
    "th",
    "โรงเรียนพังโคนวิทยาคม",
    ALI,
    DOWN,
    "Sakon Nakhon",
    "phangkhonschool",
    offers=[],
    needs=[
        need("วิทยากรสอนย้อมผ้าให้นักเรียน ม.ต้น", "dyeing_workshops"),
        need("มีใครขายเนื้อครามบ้างไหม โรงเรียนตั้งหม้อย้อมเอง", "indigo_dye_paste"),
    ],
)
sme(
    68,
    "en",
    "Pak Kret Secondary School Cooperative Shop",
    ALC,
    DOWN,
    "Nonthaburi",
    "pakkretcoop",
    offers=[],
    needs=[
        need("school bottoms (boys' trousers, girls' skirts) for resale", "student_shorts_skirts"),
    ],
)
sme(
    69,
    "en",
    "Khon Kaen Technical College, Garment Dept.",
    ALI,
    DOWN,
    "Khon Kaen",
    "kktechgarment",
    offers=[
        offer("student-made aprons, small runs to order", "aprons"),
        offer("tote bags sewn by our students", "cloth_shoulder_bags"),
    ],
    needs=[
        need("leftover fabric pieces for sewing practice", "textile_cutting_scraps"),
        unmet("second-hand industrial lockstitch machines", "no one sells sewing machines", "sewing_machines"),
        need("overlock and lockstitch thread in many colours", "sewing_thread"),
    ],
)
sme(
    70,
    "th",
    "วิทยาลัยอาชีวศึกษาพิษณุโลก แผนกผ้าและเครื่องแต่งกาย",
    ALC,
    DOWN,
    "Phitsanulok",
    "plkvocfashion",
    offers=[offer("รับตัดเย็บงานจำนวนน้อย โดยนักศึกษา ราคาย่อมเยา", "cmt_sewing_service")],
    needs=[
        need("ผ้าดิบฝ้ายสำหรับนักศึกษาฝึกตัดเย็บ", "greige_cotton_fabric"),
        unmet("หุ่นลองเสื้อ ไซซ์ 34-38", "no one sells dress forms", "dress_forms"),
    ],
)
sme(
    71,
    "en",
    "Riverside International School",
    ALC,
    DOWN,
    "Pathum Thani",
    "riversideintl",
    offers=[],
    needs=[
        unmet(
            "PE kits in recycled polyester, GRS certified only",
            "PE kits are offered, but by no GRS holder",
            "pe_kits",
            requires=("GRS",),
        ),
        need("T-shirts in red, yellow, green and blue for our colour games", "sports_day_shirts"),
        need("stitch each pupil's name on blazers, about 800 pieces", "name_embroidery_service"),
    ],
)
sme(
    72,
    "th",
    "โรงเรียนบ้านท่าสว่างศึกษา",
    ALI,
    DOWN,
    "Surin",
    "thasawangschool",
    offers=[],
    needs=[
        need("หูก 10 หลัง สำหรับชุมนุมทอผ้า", "weaving_looms"),
        need("ผ้ามัดหมี่ให้ครูใส่วันศุกร์ ไม่จำเป็นต้องมีตรานกยูง", "mudmee_fabric", waives=("Thai Silk Peacock Emblem",)),
    ],
)
sme(
    73,
    "en",
    "Roi Et Scout Camp Store",
    ALI,
    DOWN,
    "Roi Et",
    "roietscout",
    offers=[],
    needs=[
        need("scout scarves and woggles in bulk", "scout_scarves_woggles"),
        need("khaki outfits for new Cub members, ages 8-11", "scout_uniforms"),
        unmet("wide-brim scout hats", "no one offers hats", "scout_hats"),
    ],
)
sme(
    74,
    "th",
    "โรงเรียนอนุบาลสระบุรีพัฒนา",
    ALC,
    DOWN,
    "Saraburi",
    "saraburikinder",
    offers=[],
    needs=[
        need("ฟูกสามพับ ให้เด็กเล็กนอนพักกลางวัน", "nap_mats"),
        need("ผ้ากันเปื้อนคล้องคอ สำหรับเด็กวัยหัดกิน ฝ้ายอินทรีย์ ไม่ต้องมี GOTS", "baby_bibs", waives=("GOTS",)),
    ],
)
sme(
    75,
    "en",
    "Pattaya Sports School",
    SPT,
    DOWN,
    "Chonburi",
    "pattayasports",
    offers=[],
    needs=[
        need("team jerseys for the inter-house athletics meet", "sports_day_shirts"),
    ],
)
sme(
    76,
    "th",
    "โรงเรียนดอยแม่สลองวิทยา",
    HNF,
    DOWN,
    "Chiang Rai",
    "maesalongschool",
    offers=[],
    needs=[
        need("ฝ้ายเข็นมือให้เด็กฝึกทอ", "handspun_cotton_yarn"),
        need("ถุงผ้าหรือย่าม เป็นของที่ระลึกของโรงเรียน", "cloth_shoulder_bags"),
        unmet("ผ้าห่มกันหนาวให้นักเรียนบนดอย 300 ผืน", "no one offers blankets", "blankets"),
    ],
)
sme(
    77,
    "en",
    "EduSupply Thailand",
    ALC,
    DOWN,
    "Bangkok",
    "edusupply",
    offers=[],
    needs=[
        need("felt sheets for craft classes, assorted colours", "felt_sheets"),
        need("acrylic knitting yarn for primary craft", "craft_knitting_yarn"),
        need("batik painting kits for children", "batik_craft_kits"),
    ],
)
sme(
    78,
    "th",
    "ร้านเครื่องเขียนและชุดนักเรียนเมืองคอน",
    ALC,
    DOWN,
    "Nakhon Si Thammarat",
    "muangkhonshop",
    offers=[],
    needs=[
        need("กระเป๋าเป้นักเรียนประถม", "school_bags"),
        need("ถุงเท้านักเรียนยกโหล", "school_socks"),
        need("เสื้อนักเรียนมือสองสภาพดี ไว้ขายราคาถูก", "used_school_uniforms"),
    ],
)
sme(
    79,
    "en",
    "Uniform Swap Thailand",
    CT,
    DOWN,
    "Bangkok",
    "uniformswap",
    offers=[],
    needs=[
        need("hand-me-down school clothing from parents' groups", "used_school_uniforms"),
        need("re-dyeing of faded navy shorts", "cloth_dyeing_service"),
    ],
    bcg=(CIRC,),
)
sme(
    80,
    "th",
    "ศูนย์ศิลปวัฒนธรรม มหาวิทยาลัยริมมูล",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "rimmoonculture",
    offers=[],
    needs=[
        need("ครูสอนทอผ้าให้ชมรมนักศึกษา", "weaving_workshops"),
        need("ผ้าคล้องคอลายพื้นเมือง เป็นของขวัญ ไม่ต้องมี OTOP", "woven_scarves", waives=("OTOP",)),
    ],
)
sme(
    81,
    "en",
    "Hat Yai Uniform Outfitters",
    ALC,
    DOWN,
    "Songkhla",
    "hatyaioutfitters",
    offers=[
        offer("school shirts in stock, sizes 30-50", "student_shirts"),
        offer("shorts and pleated skirts, navy and black", "student_shorts_skirts"),
    ],
    needs=[
        need("navy twill for shorts and skirts", "uniform_twill_fabric"),
        need("white headscarves for Muslim schoolgirls", "student_hijabs"),
        need("batik shirting for Friday wear", "batik_fabric"),
    ],
)
sme(
    82,
    "th",
    "ร้านชุดนักเรียนสามย่าน",
    ALC,
    DOWN,
    "Bangkok",
    "samyanuniform",
    offers=[],
    needs=[
        need("เครื่องแบบกิจกรรมลูกเสือ ไซซ์เด็กประถม ส่งขาย", "scout_uniforms"),
        unmet("รองเท้านักเรียนหนังดำ", "no one offers shoes", "school_shoes"),
    ],
)
sme(
    83,
    "en",
    "ReDye Studio",
    CT,
    MID,
    "Samut Prakan",
    "redyestudio",
    offers=[offer("over-dyeing of faded uniforms and garments in navy or black", "cloth_dyeing_service")],
    needs=[],
    bcg=(CIRC,),
)
sme(
    84,
    "th",
    "เครือข่ายผู้ปลูกฝ้ายเมืองเลย",
    ALI,
    UP,
    "Loei",
    "loeicottonnet",
    offers=[offer("ฝ้ายปุยเก็บมือ ฤดูเก็บ ธ.ค.-ก.พ.", "raw_cotton")],
    needs=[unmet("เมล็ดพันธุ์ฝ้ายพื้นเมืองไว้ปลูก", "no one offers cotton seed", "cotton_seed")],
)
sme(
    85,
    "th",
    "โรงเรียนกรุงเก่าวิทยา",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "krungkaoschool",
    offers=[],
    needs=[
        need("เสื้อกีฬาสี แดง เหลือง เขียว ฟ้า อย่างละ 300", "sports_day_shirts"),
        need("ชุดพลศึกษา ไม่ต้องมี มอก.", "pe_kits", waives=("Thai Industrial Standard",)),
        unmet("ชุดรำไทยสำหรับวงนาฏศิลป์", "no one offers dance costumes", "dance_costumes"),
    ],
)
sme(
    86,
    "th",
    "ชมรมว่ายน้ำโรงเรียนกรุงเทพ",
    SPT,
    DOWN,
    "Bangkok",
    "bkkschoolswim",
    offers=[],
    needs=[
        unmet("ชุดว่ายน้ำนักเรียน ผ้าทนคลอรีน", "no one offers swimwear", "swimwear"),
        need("เสื้อพิมพ์ลายงานแข่งว่ายน้ำประจำปี", "sports_day_shirts"),
    ],
)
sme(
    87,
    "th",
    "สหกรณ์ร้านค้าโรงเรียนนนทรีพิทยา",
    ALC,
    DOWN,
    "Nonthaburi",
    "nonsiecoop",
    offers=[],
    needs=[
        need("ผ้าพันคอลูกเสือพร้อมวอกเกิล", "scout_scarves_woggles"),
        need("ปักชื่อนักเรียนบนเสื้อช่วงเปิดเทอม", "name_embroidery_service"),
    ],
)
sme(
    88,
    "th",
    "โรงเรียนบ้านเชียงวิทยา",
    ALI,
    DOWN,
    "Udon Thani",
    "banchiangschool",
    offers=[],
    needs=[
        need("อยากได้อุปกรณ์เขียนเทียนลงผ้า ให้เด็กทำในคาบศิลปะ", "batik_craft_kits"),
        need("ไหมพรมให้เด็กถักผ้าพันคอ", "craft_knitting_yarn"),
    ],
)
sme(
    89,
    "en",
    "Salaya Montessori School",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "salayamontessori",
    offers=[],
    needs=[
        need("child-size smocks for painting", "aprons"),
        need("a loom teacher to run classes for Grades 4-6", "weaving_workshops"),
        unmet("100% wool felt, not polyester", "only polyester felt is offered", "wool_felt"),
    ],
)
sme(
    90,
    "th",
    "โรงเรียนจันทบุรีวิทยา ฝ่ายกิจการนักเรียน",
    ALC,
    DOWN,
    "Chanthaburi",
    "chanschool",
    offers=[],
    needs=[
        need("แพรสะพายสำหรับงานปัจฉิมนิเทศ", "graduation_sashes"),
        need("รับย้อมเสื้อรุ่น ม.6 ที่เราส่งไป สีจากธรรมชาติเท่านั้น", "natural_dyeing_service", "indigo_dyeing_service"),
        need("ครุยให้นักเรียน ม.6 ใส่วันเดียว ไม่ต้องซื้อ", "graduation_gown_rental"),
    ],
)
sme(
    91,
    "en",
    "Korat Teachers University, Student Affairs",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "koratteachers",
    offers=[],
    needs=[
        need("academic dress hire for rehearsal day, 3,000 graduates", "graduation_gown_rental"),
        need("hand-loomed neck wraps as souvenirs, OTOP not required", "woven_scarves", waives=("OTOP",)),
    ],
)
sme(
    92,
    "th",
    "โรงเรียนภูเก็ตกรีนสคูล",
    HNF,
    DOWN,
    "Phuket",
    "phuketgreen",
    offers=[],
    needs=[
        need("วัตถุดิบสีธรรมชาติสำหรับคาบมัดย้อม ไม่เอาสีเคมี", "natural_dye_plants", "indigo_dye_paste"),
        unmet("ผ้าใบกันแดดสนามเด็กเล่น", "no one offers shade cloth", "shade_cloth"),
    ],
    bcg=(GREEN,),
)
sme(
    93,
    "en",
    "Kanchanaburi Vocational College, Fashion Dept.",
    ALC,
    DOWN,
    "Kanchanaburi",
    "kanvocfashion",
    offers=[],
    needs=[
        need("lockstitch thread and buttons for class projects", "sewing_thread", "shirt_buttons"),
        need("cut-offs from dressmakers", "textile_cutting_scraps"),
        need(
            "white shirting fabric for pattern-cutting class, OEKO-TEX welcome but not required",
            "white_cotton_shirting",
            "white_tc_shirting",
            waives=("OEKO-TEX Standard 100",),
        ),
    ],
)
sme(
    94,
    "th",
    "โรงเรียนมุกดาหารศึกษา",
    ALI,
    DOWN,
    "Mukdahan",
    "mukdahanschool",
    offers=[],
    needs=[
        need("ผ้าถูพื้นห้องเรียน", "cleaning_rags"),
        need("ส่งเสื้อยืดนักเรียนไปย้อมคราม มีใครรับไหม", "indigo_dyeing_service"),
    ],
)
sme(
    95,
    "en",
    "Lanna Arts University, Textile Studio",
    HNF,
    DOWN,
    "Chiang Mai",
    "lannaarts",
    offers=[],
    needs=[
        need("hemp for student weaving projects, spun and ready for the loom", "hemp_yarn"),
        need("floor looms", "weaving_looms"),
    ],
)
# DATA-END


# ---------------------------------------------------------------- links


def qualified(supplier: Sme, item: Need) -> bool:
    offered = {o.label for o in supplier.offers}
    return bool(offered & set(item.labels)) and set(item.requires) <= set(supplier.certifications)


def suppliers_for(item: Need, buyer: Sme) -> list[Sme]:
    return [s for s in SMES if s.id != buyer.id and qualified(s, item)]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for n in b.needs if n.met for s in suppliers_for(n, b)}
    return sorted(pairs)


# ---------------------------------------------------------------- checks

_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9.\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _names_certification(text: str, canonical: str) -> bool:
    cert = next(c for c in CERTIFICATIONS if c.name == canonical)
    words = (cert.name, cert.full_name, cert.name_th, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    folded = _fold(text)
    return any(_fold(w) in folded for w in words if w)


def _language_problem(text: str, language: str) -> str | None:
    if language == "en":
        if any(not (" " <= ch <= "~") for ch in text):
            return "English phrase has non-ASCII characters"
        return None
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if thai == 0 or thai / (thai + latin) < 0.6:
        return "Thai phrase is not mostly Thai letters"
    return None


def check(links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in SMES]
    expected = [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]
    if ids != expected:
        problems.append(f"ids are not {expected[0]} .. {expected[-1]} in order (have {len(ids)})")
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    emails = [s.email for s in SMES]
    if len(set(emails)) != len(emails):
        problems.append("duplicate contact emails")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for o in s.offers:
            offered_by.setdefault(o.label, set()).add(s.id)
    phrases: Counter[str] = Counter()
    for s in SMES:
        where = s.id
        if s.language not in ("th", "en"):
            problems.append(f"{where}: language {s.language!r}")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not a canonical English province name")
        if not _EMAIL.match(s.email):
            problems.append(f"{where}: bad email {s.email!r}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        for cert in s.certifications:
            if resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certifications)) != len(s.certifications) or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated certification or BCG tag")
        for text in (s.name, *(o.text for o in s.offers), *(n.text for n in s.needs)):
            issue = _language_problem(text, s.language)
            if issue:
                problems.append(f"{where}: {issue}: {text!r}")
            if text != text.strip() or "  " in text:
                problems.append(f"{where}: stray spaces in {text!r}")
        for o in s.offers:
            phrases[o.text] += 1
            if o.label not in LABELS:
                problems.append(f"{where}: unknown offer label {o.label!r}")
            claimed = find_certifications(o.text)
            if not claimed <= set(s.certifications):
                problems.append(f"{where}: offer names {sorted(claimed)} the SME does not hold: {o.text!r}")
        for n in s.needs:
            phrases[n.text] += 1
            for label in n.labels:
                if label not in LABELS:
                    problems.append(f"{where}: unknown need label {label!r}")
            named = find_certifications(n.text)
            if named != set(n.requires):
                problems.append(
                    f"{where}: need text asks for {sorted(named)}, data says {list(n.requires)}: {n.text!r}"
                )
            for cert in (*n.requires, *n.waives):
                if resolve_certification(cert) != cert:
                    problems.append(f"{where}: need certification {cert!r} is not canonical")
            for cert in n.waives:
                if not _names_certification(n.text, cert) or cert in named:
                    problems.append(f"{where}: waived {cert} is not named-and-negated in {n.text!r}")
            if set(n.requires) & set(n.waives):
                problems.append(f"{where}: a certification both required and waived")
            found = suppliers_for(n, s)
            if n.met:
                if not n.labels:
                    problems.append(f"{where}: met need lists no labels: {n.text!r}")
                for label in n.labels:
                    if not offered_by.get(label, set()) - {s.id}:
                        problems.append(f"{where}: label {label!r} offered by no one else: {n.text!r}")
                if not found:
                    problems.append(f"{where}: need has no qualified supplier: {n.text!r}")
            elif found:
                problems.append(f"{where}: 'unmet' need is met by {[f.id for f in found]}: {n.text!r}")
    for text, count in phrases.items():
        if count > 1:
            problems.append(f"phrase used {count} times: {text!r}")
    # size targets
    n_th = sum(s.language == "th" for s in SMES)
    if not THAI_SHARE_RANGE[0] <= n_th / max(1, len(SMES)) <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {n_th}/{len(SMES)} outside {THAI_SHARE_RANGE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        problems.append(f"{len(links)} links, target {LINKS_RANGE}")
    lang = {s.id: s.language for s in SMES}
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross}/{len(links)} outside {CROSS_SHARE_RANGE}")
    needs = [(s, n) for s in SMES for n in s.needs]
    n_unmet = sum(not n.met for _, n in needs)
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        problems.append(f"{n_unmet} needs met by no one, target {UNMET_RANGE}")
    met_counts = [len(suppliers_for(n, s)) for s, n in needs if n.met]
    if met_counts and sum(c <= 3 for c in met_counts) / len(met_counts) < 0.7:
        problems.append("fewer than 70 % of met needs have 1-3 suppliers")
    return problems


# ---------------------------------------------------------------- output


def profile_line(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        record["certifications"] = list(s.certifications)
    if s.bcg:
        record["bcg"] = [tag.value for tag in s.bcg]
    record["contact_email"] = s.email
    record["language"] = s.language
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, n) for s in SMES for n in s.needs]
    offers = [(s, o) for s in SMES for o in s.offers]
    met = [n for _, n in needs if n.met]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    share = f"{cross} ({100 * cross / len(links):.0f} %)" if links else "0"
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai profiles", str(sum(s.language == "th" for s in SMES))),
        ("English profiles", str(sum(s.language == "en" for s in SMES))),
    ]
    rows += [(f"sub-cluster {sc.value}", str(sum(s.sub_cluster == sc for s in SMES))) for sc in SubCluster]
    rows += [(f"stage {st.value}", str(sum(s.stage == st for s in SMES))) for st in Stage]
    regions = Counter(resolve_province(s.province).region for s in SMES)  # type: ignore[union-attr]
    rows += [(f"region {r.value}", str(regions[r])) for r in Region]
    rows += [
        ("distinct provinces", str(len({s.province for s in SMES}))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len({o.label for _, o in offers}))),
        ("needs", str(len(needs))),
        ("needs met", str(len(met))),
        ("needs met by no one", str(len(needs) - len(met))),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", share),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_school/`: a blind, hand-labelled matchmaking set (schools and education)

## What the set checks

How well the partner matcher finds true supplier-buyer pairs among SMEs whose offers and needs are
worded in ways it has never seen. The theme is schools, universities and education: student uniforms,
scout and guide wear, PE kits and sports-day shirts, graduation gowns (sold or rented) and sashes,
school bags and pencil cases, nursery textiles, craft supplies for classes, weaving and dyeing lessons,
vocational sewing courses, school shops and cooperatives, and the mills, tailors, printers and sewing
shops that supply them, plus ordinary upstream and midstream suppliers (cotton, hemp, yarn, waste,
cloth, dyeing, sewing).

The entries are plain registry rows: one short phrase per offer or need, 0-3 of each, in Thai or
English, using local and regional names, trade words, abbreviations, quantities, prices, sizes and
places. A need is usually worded differently from the offers that meet it, often in the other
language. Hard but fair cases are included on purpose: a service versus the goods it works on
(dyeing the customer's cloth versus dyed cloth, sewing for others versus finished garments, renting
gowns versus selling them), waste and used goods versus new, raw versus processed (fibre, yarn,
cloth, product), finished goods described by their material or technique (an indigo cotton bag is a
bag), refusals, needs written as a wish, a bare noun or a question, needs that require a named
certification, needs that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the shared contracts (profile JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer did
not see the matcher, its glossary, its tests, other evaluation sets or the project's data. All data
lives in `write.py`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A certification that a need names
only to waive it is not required. The labels are not written to the output files.

Before writing anything the script checks: ids unique and well formed; every contract field valid
(sub-cluster, stage and BCG values from the taxonomy, provinces resolved by `resolve_province` and
given as the English name, certifications resolved by `resolve_certification`); every label a need
lists is offered by someone other than the buyer; every met need has a qualified supplier and every
unmet one has none; the certifications a need's text asks for (by `find_certifications`) are exactly
the ones it requires, and a waived one is named in the text; Thai phrases are mostly Thai letters and
English ones plain ASCII; no phrase is used twice; and the size targets. If any check fails it writes
nothing.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_school/write.py

The output is deterministic: two runs give identical bytes.

## Files

- `write.py`: all data, the labels, the checks, and the writer.
- `profiles.jsonl`: {n_profiles} SME profiles in the contract's JSONL version 1, ids `{first}` to `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    links = true_links()
    problems = check(links)
    if problems:
        print(f"{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        print(counts_table(counts(links)), file=sys.stderr)
        return 1
    table = counts_table(counts(links))
    outputs = {
        "profiles.jsonl": "".join(profile_line(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": README.format(n_profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table),
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    for name, text in outputs.items():
        print(f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
