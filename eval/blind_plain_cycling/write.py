"""Write the hand-labelled evaluation set `eval/blind_plain_cycling/`.

Cycling apparel and gear: 95 plain registry entries (one short phrase per offer or need), the true
supplier -> buyer links and a README with the counts. Labels live only in this file: every offer is a
(text, label) pair, every need lists the offer labels that meet it and the certifications its text
requires, or is marked as met by no one. Run from the repository root:

    .venv/bin/python eval/blind_plain_cycling/write.py
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
PREFIX = "bcy"

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIR = BcgTag.CIRCULAR
GRN = BcgTag.GREEN


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
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: SubCluster
    stage: Stage
    province: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[BcgTag, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, labels: str, req: str = "", waive: str = "") -> Need:
    """A need met by offers carrying any of `labels` (space-separated); `req`/`waive` are '|'-separated."""
    return Need(text, tuple(labels.split()), tuple(filter(None, req.split("|"))), tuple(filter(None, waive.split("|"))))


def x(text: str, note: str, labels: str = "", req: str = "") -> Need:
    """A need that no one in the set meets; `labels`/`req`, when given, say what would meet it."""
    return Need(text, tuple(labels.split()), tuple(filter(None, req.split("|"))), unmet=note)


SMES: list[Sme] = []


def p(
    num: int,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> None:
    SMES.append(Sme(num, lang, name, sub, stage, province, tuple(offers), tuple(needs), certs, bcg))


# ---------------------------------------------------------------- profiles 001-025: fibre, yarn, cloth, trims

p(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านห้วยหินฝน",
    HEMP,
    UP,
    "Tak",
    [
        o("เส้นใยกัญชงดิบ ลอกมือ ตากแห้ง", "hemp_fibre"),
        o("ด้ายกัญชงเข็นมือ ม้วนละ 1 กก.", "hemp_yarn"),
    ],
    [
        x("เครื่องลอกเปลือกกัญชงแบบใช้มอเตอร์ มือสองก็ได้", "machinery; no one in the set sells machines"),
    ],
    bcg=(BIO,),
)
p(
    2,
    "en",
    "Lanna Hemp Loom Co.",
    HEMP,
    MID,
    "Chiang Mai",
    [
        o("hemp canvas 280 gsm, natural ecru", "hemp_fabric"),
        o("hemp/cotton twill 60:40, 150 cm wide", "hemp_fabric"),
    ],
    [
        n("hand-spun hemp thread from hill-tribe villages", "hemp_yarn"),
        n("commission dyeing of our own hemp cloth, 300 m lots", "fabric_dyeing_service"),
    ],
    bcg=(BIO, GRN),
)
p(
    3,
    "th",
    "ห้างหุ้นส่วนจำกัด มหาชัยรีเทกซ์",
    CIRC,
    UP,
    "Samut Sakhon",
    [
        o("เศษผ้าโพลีเอสเตอร์จากโรงตัด คัดแยกสีแล้ว", "polyester_textile_waste"),
    ],
    [
        n("รับซื้อเสื้อกีฬาเก่า เสื้อปั่นใช้แล้ว ทุกสภาพ", "used_cycling_garments"),
    ],
    bcg=(CIR,),
)
p(
    4,
    "en",
    "Eastern rFibre Industries",
    CIRC,
    UP,
    "Rayong",
    [
        o("rPET staple fibre 1.5D x 38 mm", "recycled_polyester_fibre"),
        o("recycled poly filament 75D/72F, GRS", "recycled_polyester_yarn"),
    ],
    [
        n("washed clear PET bottle flakes, baled, 20 t/month", "rpet_flakes"),
        n("post-industrial polyester cuttings or worn-out sportswear", "polyester_textile_waste used_cycling_garments"),
    ],
    certs=("GRS",),
    bcg=(CIR,),
)
p(
    5,
    "th",
    "ศรีราชา พลาสติกรีไซเคิล",
    CIRC,
    UP,
    "Chonburi",
    [
        o("เกล็ดขวดเพ็ทใส บดล้างแล้ว อัดก้อน", "rpet_flakes"),
    ],
    [],
    bcg=(CIR,),
)
p(
    6,
    "en",
    "Bangpoo Performance Yarns",
    SPORT,
    UP,
    "Samut Prakan",
    [
        o("moisture-wicking polyester DTY 100D, cross-section", "functional_polyester_yarn"),
        o("nylon 6 / spandex covered yarn 40D", "nylon_spandex_yarn"),
    ],
    [
        n("recycled polyester filament, must be GRS certified", "recycled_polyester_yarn", req="GRS"),
    ],
    certs=("OEKO-TEX Standard 100",),
)
p(
    7,
    "th",
    "กลุ่มปั่นด้ายกัญชงเขาค้อ",
    HEMP,
    UP,
    "Phetchabun",
    [
        o("ด้ายใยกัญชงผสมฝ้าย เบอร์ 10 ปั่นเครื่อง", "hemp_yarn"),
    ],
    [
        x("เครื่องปั่นด้ายไฟฟ้า 8 แกน", "machinery; no one in the set sells machines"),
    ],
    bcg=(BIO,),
)
p(
    8,
    "en",
    "Phu Ruea Cotton Growers Group",
    HEMP,
    UP,
    "Loei",
    [
        o("hand-picked seed cotton, rain-fed", "raw_cotton"),
        o("ginned cotton lint, 50 kg bales", "raw_cotton"),
    ],
    [
        x("small roller gin for village use", "machinery; no one in the set sells machines"),
    ],
    certs=("Organic Thailand",),
    bcg=(BIO,),
)
p(
    9,
    "th",
    "บริษัท เชียงรายคอตตอนสปินนิ่ง จำกัด",
    HEMP,
    UP,
    "Chiang Rai",
    [
        o("ด้ายฝ้ายอินทรีย์ Ne 30/1 รับรอง GOTS", "organic_cotton_yarn"),
        o("ด้ายฝ้ายเบอร์ 20 สำหรับกี่ทอมือ", "cotton_yarn"),
    ],
    [
        n("ปุยฝ้ายจากไร่ชาวบ้าน", "raw_cotton"),
    ],
    certs=("GOTS",),
    bcg=(BIO,),
)
p(
    10,
    "en",
    "Nan Highland Spinners",
    HEMP,
    UP,
    "Nan",
    [
        o("organic cotton yarn 20s in hanks, hand-reeled", "organic_cotton_yarn"),
    ],
    [
        n("raw cotton, Organic Thailand certified", "raw_cotton", req="Organic Thailand"),
    ],
    bcg=(BIO,),
)
p(
    11,
    "th",
    "โรงงานถักผ้าบางพลี",
    SPORT,
    MID,
    "Samut Prakan",
    [
        o("ผ้าดรายฟิตโพลีเอสเตอร์ สีขาว พร้อมพิมพ์", "polyester_jersey_fabric"),
        o("ผ้าตาข่ายไมโครเมช", "mesh_fabric"),
        o("ผ้าดิบถัก ยังไม่ผ่านการย้อม", "greige_knit_fabric"),
    ],
    [
        n("เส้นด้ายโพลีเอสเตอร์ระบายเหงื่อ DTY", "functional_polyester_yarn"),
        n("ด้ายรีไซเคิลจากขวดน้ำ ต้องมีใบ GRS", "recycled_polyester_yarn", req="GRS"),
    ],
)
p(
    12,
    "en",
    "Rangsit Warp Knit Co., Ltd.",
    SPORT,
    MID,
    "Pathum Thani",
    [
        o("Lycra power fabric 220 gsm, black, 4-way stretch", "nylon_spandex_fabric"),
        o("brushed roubaix thermal, 260 gsm", "thermal_fleece_fabric"),
    ],
    [
        n("dye house for our greige warp knit (we supply the fabric)", "fabric_dyeing_service"),
    ],
    certs=("OEKO-TEX Standard 100", "bluesign"),
)
p(
    13,
    "th",
    "ราชบุรีฟอกย้อม",
    SPORT,
    MID,
    "Ratchaburi",
    [
        o("รับย้อมผ้าถักโพลีเอสเตอร์ ไนลอน ผ้าลูกค้าส่งมาเอง", "fabric_dyeing_service"),
        o("ผ้าฝ้ายย้อมรีแอคทีฟ สีพื้น มีสต็อก", "dyed_cotton_fabric"),
    ],
    [
        n("สีดิสเพิร์สสำหรับย้อมโพลีเอสเตอร์", "disperse_dye"),
    ],
    certs=("OEKO-TEX Standard 100",),
)
p(
    14,
    "en",
    "SubliPrint Nonthaburi",
    SPORT,
    MID,
    "Nonthaburi",
    [
        o("dye-sublimation printing on customer's polyester, per metre", "sublimation_printing_service"),
        o("sublimation printed rolls from our pattern library", "sublimation_printed_fabric"),
    ],
    [
        n("transfer paper 100 gsm plus sublimation ink", "sublimation_consumables"),
        n("white PFP knit, polyester, for printing", "polyester_jersey_fabric"),
    ],
)
p(
    15,
    "th",
    "บริษัท แพดดิ้งโปร จำกัด",
    SPORT,
    MID,
    "Bangkok",
    [
        o("เป้าฟองน้ำกางเกงจักรยาน รุ่นปั่นทางไกล", "chamois_pad"),
    ],
    [
        x("โฟมอัดความหนาแน่นสูง 120 กก./ลบ.ม.", "foam; no one in the set makes it"),
    ],
)
p(
    16,
    "en",
    "Siam Dye & Ink Supply",
    SPORT,
    UP,
    "Samut Prakan",
    [
        o("disperse dyes for polyester, 25 kg drums", "disperse_dye"),
        o("sublimation ink CMYK and transfer paper rolls", "sublimation_consumables"),
    ],
    [
        x("second-hand sublimation printer, 1.8 m", "machinery; no one in the set sells machines"),
    ],
)
p(
    17,
    "en",
    "Mahachai Trim & Tape",
    SPORT,
    MID,
    "Samut Sakhon",
    [
        o("reflective heat-transfer tape 10 mm", "reflective_tape"),
        o("silicone gripper elastic 4 cm for leg hems", "silicone_gripper_elastic"),
    ],
    [
        x("glass-bead retroreflective film, jumbo rolls", "no one in the set makes raw film"),
    ],
)
p(
    18,
    "th",
    "บริษัท ปั่นไทย สปอร์ต จำกัด",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("เสื้อจักรยานแขนสั้น ทรงโปรฟิต", "cycling_jersey"),
        o("เอี๊ยมปั่นจักรยาน เป้าอิตาลี", "bib_shorts"),
    ],
    [
        n("โรงเย็บรับจ้าง เราส่งผ้ากับเป้าไปให้", "cmt_sewing_service"),
        n("ยางซิลิโคนกันขาเลื่อน ปลายขากางเกง", "silicone_gripper_elastic"),
        n("แผ่นรองนั่งชามัวร์ เกรดทางไกล", "chamois_pad"),
    ],
)
p(
    19,
    "en",
    "Bang Phli Sewing Partners",
    SPORT,
    MID,
    "Samut Prakan",
    [
        o("cut-make-trim for sportswear, your fabric, MOQ 200", "cmt_sewing_service"),
        o("flatlock sewing for tights and base layers", "cmt_sewing_service"),
    ],
    [
        n("YKK #3 coil zips, auto-lock", "zipper"),
    ],
)
p(
    20,
    "th",
    "ร้านอุปกรณ์ตัดเย็บสำเพ็ง",
    SPORT,
    MID,
    "Bangkok",
    [
        o("ซิปวายเคเค เบอร์ 3 หัวล็อก", "zipper"),
        o("ป้ายทอคอเสื้อ สั่งขั้นต่ำ 500 ชิ้น", "woven_label"),
    ],
    [
        x("กระดุมแป๊กโลหะ ไม่เป็นสนิม", "press studs; no one in the set sells them"),
    ],
)
p(
    21,
    "th",
    "นิมมาน ไบค์ช็อป",
    SPORT,
    DOWN,
    "Chiang Mai",
    [
        o("ซ่อมและเซ็ตจักรยานเสือหมอบ", "bike_repair_service"),
    ],
    [
        n("ถุงมือปั่นครึ่งนิ้ว", "cycling_gloves"),
        n("หมวกแก๊ปใส่ใต้หมวกกันน็อก", "cycling_cap"),
    ],
)
p(
    22,
    "en",
    "Andaman Bike Tours",
    SPORT,
    DOWN,
    "Phuket",
    [
        o("guided road and gravel rides, half day", "bike_tour"),
    ],
    [
        n("hi-vis vests for tour guests", "reflective_vest"),
        n("mechanic on call for our rental fleet", "bike_repair_service"),
        x("waterproof overshoes for guests", "no one in the set makes overshoes"),
    ],
)
p(
    23,
    "th",
    "ชมรมจักรยานผู้สูงวัยนนทบุรี",
    AGC,
    DOWN,
    "Nonthaburi",
    [],
    [
        n("กางเกงปั่นมีเป้า เอวยางยืด ไม่เอาแบบเอี๊ยม ไซส์ใหญ่", "cycling_shorts"),
        n("เสื้อทีมพิมพ์ชื่อชมรม 60 ตัว", "custom_cycling_kit"),
    ],
)
p(
    24,
    "en",
    "Khon Kaen Silver Riders Club",
    AGI,
    DOWN,
    "Khon Kaen",
    [],
    [
        n("padded cycling shorts for seniors, bib or waist, either", "cycling_shorts bib_shorts"),
    ],
)
p(
    25,
    "th",
    "บุรีรัมย์ ไรด์ อีเวนท์",
    SPORT,
    DOWN,
    "Buriram",
    [
        o("รับจัดงานปั่นจักรยานการกุศล ครบวงจร", "cycling_event_service"),
    ],
    [
        n("เสื้อที่ระลึกผู้เข้าเส้นชัย 1,500 ตัว", "event_tshirt"),
        n("เสื้อปั่นพิมพ์ลายงาน สำหรับนักปั่น", "custom_cycling_kit"),
    ],
)

# ---------------------------------------------------------------- profiles 026-050: kits, bags, waste, natural dye

p(
    26,
    "en",
    "VeloKit Thailand",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("custom team kits, sublimated, MOQ 10 sets", "custom_cycling_kit"),
        o("club jerseys with your logo, 3-week lead time", "custom_cycling_kit"),
    ],
    [
        n("lycra for bib shorts, black, matt", "nylon_spandex_fabric"),
        n("chamois inserts, men's and women's", "chamois_pad"),
        n("reflective trim for back pockets", "reflective_tape"),
    ],
)
p(
    27,
    "th",
    "ชลบุรี ซับลิเมชั่น",
    SPORT,
    MID,
    "Chonburi",
    [
        o("รับพิมพ์ลายผ้าระบบซับลิเมชั่น ใช้ผ้าของลูกค้า", "sublimation_printing_service"),
        o("รับปักโลโก้ ชื่อทีม", "embroidery_service"),
    ],
    [
        n("กระดาษทรานสเฟอร์ และหมึกพิมพ์ซับ", "sublimation_consumables"),
    ],
)
p(
    28,
    "th",
    "โคราชไบค์ทีมเวียร์",
    SPORT,
    DOWN,
    "Nakhon Ratchasima",
    [
        o("ชุดปั่นจักรยานสั่งทำ พิมพ์ลายทั้งตัว", "custom_cycling_kit"),
        o("ปลอกแขนกันแดด ผ้ายืดเย็น", "arm_leg_warmers"),
    ],
    [
        n("ผ้าไลคร่าสำหรับตัดกางเกง", "nylon_spandex_fabric"),
    ],
)
p(
    29,
    "en",
    "ReCycle Threads",
    CIRC,
    DOWN,
    "Bangkok",
    [
        o("zip pouches made from retired team jerseys", "upcycled_jersey_goods"),
        o("tote bags sewn from old bib shorts", "upcycled_jersey_goods"),
    ],
    [
        n("used cycling kit from clubs, any size", "used_cycling_garments"),
    ],
    bcg=(CIR,),
)
p(
    30,
    "th",
    "กลุ่มรับซื้อเสื้อผ้ามือสอง ขอนแก่น",
    CIRC,
    UP,
    "Khon Kaen",
    [
        o("เสื้อปั่นจักรยานมือสอง คัดเกรด A ขายยกกระสอบ", "used_cycling_garments"),
    ],
    [],
    bcg=(CIR,),
)
p(
    31,
    "en",
    "Pattaya Cycling Club",
    SPORT,
    DOWN,
    "Chonburi",
    [
        o("retired club kit, washed, about 200 pieces a year", "used_cycling_garments"),
    ],
    [
        n("club jerseys and bibs with sponsor logos", "custom_cycling_kit"),
        n("neck tubes in club colours", "neck_gaiter"),
        n("someone to turn our old club jerseys into pouches for members", "upcycling_service"),
    ],
)
p(
    32,
    "th",
    "ร้านบัฟดีไซน์",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("ผ้าบัฟ ผ้าโพกหัว พิมพ์ลายตามสั่ง", "neck_gaiter"),
    ],
    [
        n("ป้ายโลโก้แบรนด์แบบทอ", "woven_label"),
    ],
)
p(
    33,
    "en",
    "Hemp Trail Goods",
    HEMP,
    DOWN,
    "Chiang Mai",
    [
        o("waxed hemp canvas saddle bags", "saddle_bag"),
        o("hemp handlebar roll bag", "bike_bag"),
    ],
    [
        n("25 mm webbing for straps", "webbing_strap"),
    ],
    bcg=(BIO,),
)
p(
    34,
    "th",
    "สายรัดไทยเว็บบิ้ง",
    SPORT,
    MID,
    "Samut Prakan",
    [
        o("สายเทปไนลอน 25 มม. สำหรับกระเป๋า", "webbing_strap"),
        o("สายคล้องคอพิมพ์ลาย งานอีเวนท์", "lanyard"),
    ],
    [
        n("ด้ายโพลีเอสเตอร์รีไซเคิล สำหรับทอสายเทป", "recycled_polyester_yarn"),
    ],
)
p(
    35,
    "en",
    "Thai Coated Textiles",
    SPORT,
    MID,
    "Pathum Thani",
    [
        o("TPU-coated nylon 420D, waterproof", "coated_nylon_fabric"),
        o("ripstop with PU back coating", "coated_nylon_fabric"),
    ],
    [
        x("PU resin and TPU film", "chemicals; no one in the set sells them"),
    ],
)
p(
    36,
    "th",
    "ดอยสุเทพ แบ็กแพ็คกิ้ง",
    SPORT,
    DOWN,
    "Chiang Mai",
    [
        o("กระเป๋าคาดเฟรม กระเป๋าหน้าแฮนด์ สำหรับทัวร์ริ่ง", "bike_bag"),
        o("กระเป๋าใต้เบาะ กันน้ำ 10 ลิตร", "saddle_bag"),
    ],
    [
        n("ผ้ากันน้ำเคลือบ TPU", "coated_nylon_fabric"),
        n("สายเว็บบิ้งพร้อมตัวล็อก", "webbing_strap"),
    ],
)
p(
    37,
    "en",
    "Spin City Bike Shop",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("road bikes and spare parts, retail", "bicycle_retail"),
    ],
    [
        n("bib shorts, mid-range price, S-XXL", "bib_shorts"),
        n("summer jerseys for shop stock", "cycling_jersey"),
        n("Do you make cycling socks? 500 pairs", "cycling_socks"),
    ],
)
p(
    38,
    "th",
    "โรงงานถุงเท้านครปฐม",
    SPORT,
    DOWN,
    "Nakhon Pathom",
    [
        o("ถุงเท้าปั่นจักรยาน ข้อกลาง ทอคูลแม็กซ์", "cycling_socks"),
        o("ถุงเท้ารัดกล้ามเนื้อ ลดบวม", "compression_socks"),
    ],
    [
        n("ด้ายไนลอนหุ้มสแปนเด็กซ์", "nylon_spandex_yarn"),
        n("ด้ายโพลีระบายเหงื่อ", "functional_polyester_yarn"),
    ],
)
p(
    39,
    "en",
    "Golden Age Care Home",
    AGC,
    DOWN,
    "Bangkok",
    [],
    [
        n("graduated compression stockings for residents", "compression_socks"),
        x("stationary exercise bikes, 6 units", "equipment; no one in the set sells it"),
    ],
)
p(
    40,
    "th",
    "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ อุบลฯ",
    AGI,
    DOWN,
    "Ubon Ratchathani",
    [],
    [
        n("ถุงน่องผ้ายืดรัดขา ลดเส้นเลือดขอด", "compression_socks"),
        n("เสื้อกั๊กสะท้อนแสง ใส่ปั่นสามล้อตอนเย็น", "reflective_vest"),
    ],
)
p(
    41,
    "th",
    "กลุ่มย้อมครามบ้านดอนกอย",
    HEMP,
    MID,
    "Sakon Nakhon",
    [
        o("ผ้าฝ้ายทอมือย้อมคราม ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
        o("รับย้อมครามผ้าของลูกค้า คิดตามน้ำหนัก", "indigo_dyeing_service"),
    ],
    [
        n("ด้ายฝ้ายโรงงานเบอร์ 20 สำหรับทอ", "cotton_yarn"),
    ],
    bcg=(BIO, GRN),
)
p(
    42,
    "en",
    "Isan Indigo Cycling Caps",
    AGI,
    DOWN,
    "Sakon Nakhon",
    [
        o("cycling caps in handwoven indigo cotton", "cycling_cap"),
        o("musette bags of hand-loomed cotton, indigo", "handwoven_cotton_bag"),
    ],
    [
        n("hand-loomed cloth in natural vat indigo", "indigo_dyed_cotton_fabric"),
    ],
)
p(
    43,
    "th",
    "ร้านผ้าหม้อห้อมแท้ แพร่",
    HEMP,
    MID,
    "Phrae",
    [
        o("ผ้าหม้อห้อม ย้อมสีธรรมชาติ พับละ 20 หลา", "indigo_dyed_cotton_fabric"),
        o("เนื้อห้อมเปียก สำหรับก่อหม้อ", "indigo_dye_paste"),
    ],
    [
        n("ผ้าฝ้ายดิบ ยังไม่ฟอก", "greige_cotton_fabric"),
    ],
    bcg=(BIO,),
)
p(
    44,
    "en",
    "Lamphun Natural Dye Studio",
    HEMP,
    MID,
    "Lamphun",
    [
        o("cotton cloth dyed with ebony, lac and mango leaf", "natural_dyed_cotton_fabric"),
    ],
    [
        n("fermented indigo, wet paste", "indigo_dye_paste"),
        n("plain unbleached cotton sheeting", "greige_cotton_fabric"),
    ],
    bcg=(BIO, GRN),
)
p(
    45,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านโพน",
    AGI,
    MID,
    "Kalasin",
    [
        o("ผ้าฝ้ายทอมือ สีพื้น ผืนละ 2 เมตร", "handwoven_cotton_fabric"),
    ],
    [
        n("ฝ้ายเข็นสำหรับกี่พื้นบ้าน", "cotton_yarn"),
        n("ด้ายฝ้ายอินทรีย์ ไม่ต้องมี GOTS ก็ได้", "organic_cotton_yarn", waive="GOTS"),
    ],
    certs=("OTOP",),
)
p(
    46,
    "en",
    "Silver Spokes Wellness Tours",
    AGC,
    DOWN,
    "Bangkok",
    [
        o("easy e-bike tours for over-60s, riverside", "bike_tour"),
    ],
    [
        n("padded shorts with a loose overshort", "cycling_shorts"),
        n("hi-visibility tabards", "reflective_vest"),
    ],
)
p(
    47,
    "th",
    "วิสาหกิจชุมชนตัดเย็บบ้านหนองแวง",
    AGI,
    MID,
    "Roi Et",
    [
        o("รับจ้างเย็บเสื้อผ้า ผ้าของลูกค้า ขั้นต่ำ 50 ตัว", "cmt_sewing_service"),
    ],
    [
        n("ผ้าฝ้ายย้อมสีธรรมชาติเท่านั้น ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric natural_dyed_cotton_fabric"),
        n("ผ้าทอมือเนื้อนุ่ม ยังไม่ย้อม", "handwoven_cotton_fabric"),
    ],
)
p(
    48,
    "en",
    "Chiang Mai Gran Fondo Events",
    SPORT,
    DOWN,
    "Chiang Mai",
    [
        o("timing and event management for gran fondos", "cycling_event_service"),
    ],
    [
        n("finisher T-shirts, 2,000 pcs", "event_tshirt"),
        n("printed neck straps for race bibs", "lanyard"),
        x("finisher medals on ribbons, 2,000 pcs", "medals; no one in the set makes them"),
    ],
)
p(
    49,
    "th",
    "โรงงานเสื้อกีฬาพิมพ์ลาย บางบ่อ",
    SPORT,
    DOWN,
    "Samut Prakan",
    [
        o("เสื้อฟินิชเชอร์ งานวิ่งงานปั่น พิมพ์ซับ", "event_tshirt"),
    ],
    [
        n("โรงพิมพ์ซับลิเมชั่นรับงานนอก ช่วงงานล้น", "sublimation_printing_service"),
    ],
)
p(
    50,
    "en",
    "GreenLoop Fabrics",
    CIRC,
    MID,
    "Samut Sakhon",
    [
        o("recycled polyester jersey knit, 140 gsm, GRS", "recycled_polyester_fabric"),
    ],
    [
        n("GRS-certified recycled filament 50D-75D", "recycled_polyester_yarn", req="GRS"),
    ],
    certs=("GRS",),
    bcg=(CIR,),
)

# ---------------------------------------------------------------- profiles 051-075: shops, tours, clubs, mills

p(
    51,
    "th",
    "หาดใหญ่ ไบค์ คลับ",
    SPORT,
    DOWN,
    "Songkhla",
    [
        o("ชุดปั่นเก่าของทีมที่เลิกใช้ ยกให้ได้", "used_cycling_garments"),
    ],
    [
        n("ชุดปั่นทีม พิมพ์โลโก้สปอนเซอร์", "custom_cycling_kit"),
    ],
)
p(
    52,
    "en",
    "Samui Island Cycling Tours",
    SPORT,
    DOWN,
    "Surat Thani",
    [
        o("island loop rides with support van", "bike_tour"),
    ],
    [
        n("under-seat bags for rental bikes", "saddle_bag"),
        n("cycling mitts in bulk, S-XL", "cycling_gloves"),
        x(
            "bicycle helmets with TIS mark, 40 pcs",
            "helmets; no one in the set makes them",
            req="Thai Industrial Standard",
        ),
    ],
)
p(
    53,
    "th",
    "โรงงานถุงมือสปอร์ต ลาดกระบัง",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("ถุงมือจักรยานเต็มนิ้ว ฝ่ามือเจล", "cycling_gloves"),
        o("ถุงมือครึ่งนิ้ว หลังมือผ้าระบายอากาศ", "cycling_gloves"),
    ],
    [
        x("หนังเทียมไมโครไฟเบอร์ สำหรับฝ่ามือ", "synthetic leather; no one in the set makes it"),
    ],
)
p(
    54,
    "en",
    "Cap & Crown Headwear",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("cotton cycling caps, short peak, custom print", "cycling_cap"),
        o("thermal skull caps for cold descents", "cycling_cap"),
    ],
    [
        n("roubaix fleece", "thermal_fleece_fabric"),
        n("woven brand tags", "woven_label"),
    ],
)
p(
    55,
    "th",
    "โรงพิมพ์ผ้าสามพราน",
    SPORT,
    MID,
    "Nakhon Pathom",
    [
        o("ผ้าพิมพ์ลายซับ ขายเป็นเมตร ลายพราง ลายธงชาติ", "sublimation_printed_fabric"),
    ],
    [
        n("หมึกซับคุณภาพดี", "sublimation_consumables"),
    ],
)
p(
    56,
    "en",
    "Ayutthaya Textile Waste Sorting",
    CIRC,
    UP,
    "Phra Nakhon Si Ayutthaya",
    [
        o("sorted polyester offcuts from sportswear factories", "polyester_textile_waste"),
        o("mixed cotton rags, baled", "cotton_textile_waste"),
    ],
    [
        n("post-consumer sportswear for sorting", "used_cycling_garments"),
    ],
    bcg=(CIR,),
)
p(
    57,
    "th",
    "บริษัท รีไซเคิลสปอร์ตแฟบริค จำกัด",
    CIRC,
    MID,
    "Nakhon Pathom",
    [
        o("ผ้าโพลีเอสเตอร์รีไซเคิล ถักจากเส้นใยขวด PET", "recycled_polyester_fabric"),
    ],
    [
        n("เศษผ้าโพลีเอสเตอร์ 100% หลังการตัด", "polyester_textile_waste"),
        n("เส้นด้ายรีไซเคิล ได้มาตรฐาน GRS", "recycled_polyester_yarn", req="GRS"),
    ],
    certs=("GRS",),
    bcg=(CIR,),
)
p(
    58,
    "en",
    "Urban Commuter Bags",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("waterproof roll-top pannier bags", "bike_bag"),
        o("top-tube phone bags", "bike_bag"),
    ],
    [
        n("420D coated nylon, black, waterproof", "coated_nylon_fabric"),
        n("reflective piping", "reflective_tape"),
    ],
)
p(
    59,
    "th",
    "ร้านจักรยานโคราชไบค์",
    SPORT,
    DOWN,
    "Nakhon Ratchasima",
    [
        o("จักรยานเสือภูเขา ขายส่งขายปลีก", "bicycle_retail"),
    ],
    [
        n("อยากได้เสื้อปั่นลายสวย ราคาส่ง", "cycling_jersey"),
        n("กางเกงเอี๊ยมเป้าเจล", "bib_shorts"),
        x("ยางในจักรยาน 700x25c", "bicycle parts; no one in the set sells them"),
    ],
)
p(
    60,
    "en",
    "Hua Hin Seniors Tricycle Club",
    AGC,
    DOWN,
    "Prachuap Khiri Khan",
    [],
    [
        n("relaxed-cut cycling tops, 3XL to 5XL", "cycling_jersey"),
        n("reflective vests for evening rides", "reflective_vest"),
    ],
)
p(
    61,
    "th",
    "บริษัท เซฟตี้ไรด์ จำกัด",
    SPORT,
    DOWN,
    "Nonthaburi",
    [
        o("เสื้อกั๊กสะท้อนแสง ตาข่าย พิมพ์โลโก้ได้", "reflective_vest"),
        o("เสื้อกั๊กกันลม พับเก็บกระเป๋าหลังได้", "wind_vest_jacket"),
    ],
    [
        n("แถบสะท้อนแสงแบบเย็บติด", "reflective_tape"),
    ],
)
p(
    62,
    "en",
    "Golden Triangle Gravel Tours",
    SPORT,
    DOWN,
    "Chiang Rai",
    [
        o("multi-day gravel tours, Chiang Rai to Chiang Khong", "bike_tour"),
    ],
    [
        n("frame bags and bar rolls for our fleet", "bike_bag"),
    ],
)
p(
    63,
    "th",
    "โรงแรมผู้สูงวัยริมน้ำ รังสิต",
    AGC,
    DOWN,
    "Pathum Thani",
    [],
    [
        n("ผ้าคลุมคอกันแดด ใส่ปั่นได้", "neck_gaiter"),
    ],
)
p(
    64,
    "en",
    "Kanchana Hemp Accessories",
    HEMP,
    DOWN,
    "Kanchanaburi",
    [
        o("block-printed hemp totes", "hemp_bag"),
    ],
    [
        x("cotton webbing straps, no nylon", "only nylon webbing in the set"),
    ],
    bcg=(BIO,),
)
p(
    65,
    "th",
    "ร้านมือสองสายปั่น",
    CIRC,
    DOWN,
    "Bangkok",
    [],
    [
        n("ชุดจักรยานใช้แล้ว สภาพ 80% ขึ้นไป เอามาขายต่อ", "used_cycling_garments"),
    ],
    bcg=(CIR,),
)
p(
    66,
    "en",
    "Udon Active Ageing Centre",
    AGI,
    DOWN,
    "Udon Thani",
    [],
    [
        x(
            "medical compression stockings from an ISO 13485 maker",
            "the one stocking maker lacks ISO 13485",
            "compression_socks",
            req="ISO 13485",
        ),
        x("gel seat covers for exercise bikes", "no one in the set makes them"),
    ],
)
p(
    67,
    "th",
    "ชลบุรีปักผ้า",
    SPORT,
    MID,
    "Chonburi",
    [
        o("รับปักชื่อ ปักโลโก้บนเสื้อและหมวก", "embroidery_service"),
    ],
    [],
)
p(
    68,
    "en",
    "Peloton Apparel Co.",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("aero race jerseys, laser-cut sleeves", "cycling_jersey"),
        o("thermal arm and leg warmers", "arm_leg_warmers"),
        o("gilets with windproof front", "wind_vest_jacket"),
    ],
    [
        n("sewing contractor for our bib shorts; we ship cut panels", "cmt_sewing_service"),
        n("OEKO-TEX certified lycra", "nylon_spandex_fabric", req="OEKO-TEX Standard 100"),
    ],
)
p(
    69,
    "th",
    "เจริญการทอ ผ้ายืด",
    SPORT,
    MID,
    "Samut Sakhon",
    [
        o("ผ้าสแปนเด็กซ์ไนลอน 250 แกรม สีดำด้าน", "nylon_spandex_fabric"),
        o("ผ้าเจอร์ซีย์โพลี ลายรังผึ้ง", "polyester_jersey_fabric"),
    ],
    [
        n("ด้ายไนลอนสแปนเด็กซ์ 20D", "nylon_spandex_yarn"),
    ],
)
p(
    70,
    "en",
    "Bangna Dyeing & Finishing",
    SPORT,
    MID,
    "Samut Prakan",
    [
        o("commission dyeing and heat-setting of knits", "fabric_dyeing_service"),
    ],
    [
        n("disperse dyestuff", "disperse_dye"),
    ],
    certs=("OEKO-TEX Standard 100",),
)
p(
    71,
    "th",
    "ร้านผ้าฝ้ายสุขภาพ ขอนแก่น",
    AGI,
    DOWN,
    "Khon Kaen",
    [
        o("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ห้อยหน้ารถจักรยาน", "handwoven_cotton_bag"),
    ],
    [
        n("ผ้าทอมือสีคราม", "indigo_dyed_cotton_fabric"),
    ],
)
p(
    72,
    "en",
    "Isan Heritage Ride",
    AGI,
    DOWN,
    "Yasothon",
    [
        o("village cycling tours with home-stay", "bike_tour"),
    ],
    [
        n("handwoven cotton shoulder bags as guest gifts", "handwoven_cotton_bag"),
        n("is there an indigo workshop that will dye our guests' white shirts?", "indigo_dyeing_service"),
    ],
)
p(
    73,
    "th",
    "วิสาหกิจชุมชนม้งปลูกกัญชง ดอยปุย",
    HEMP,
    UP,
    "Chiang Mai",
    [
        o("เปลือกกัญชงแห้ง มัดละ 5 กิโล", "hemp_fibre"),
    ],
    [
        x("เมล็ดพันธุ์กัญชงที่ขึ้นทะเบียนแล้ว", "seed; no one in the set sells it"),
    ],
    bcg=(BIO,),
)
p(
    74,
    "en",
    "Mae Chan Hemp Mill",
    HEMP,
    MID,
    "Chiang Rai",
    [
        o("machine-spun hemp yarn Nm 8", "hemp_yarn"),
        o("hemp / organic cotton canvas", "hemp_fabric"),
    ],
    [
        n("decorticated hemp bast, dry", "hemp_fibre"),
    ],
    bcg=(BIO,),
)
p(
    75,
    "th",
    "ภูเก็ต ไตรแอธลอน คลับ",
    SPORT,
    DOWN,
    "Phuket",
    [],
    [
        n("ถุงเท้าใส่ปั่นใส่วิ่ง", "cycling_socks"),
    ],
)

# ---------------------------------------------------------------- profiles 076-095: components, events, Isan cotton

p(
    76,
    "en",
    "Laser & Bond Co.",
    SPORT,
    MID,
    "Bangkok",
    [
        o("laser cutting and seam bonding of sportswear panels, your material", "laser_cutting_service"),
    ],
    [],
)
p(
    77,
    "th",
    "ไทยไนลอนสแปนเด็กซ์",
    SPORT,
    UP,
    "Samut Prakan",
    [
        o("เส้นด้ายไนลอนหุ้มยางยืด 20D-40D", "nylon_spandex_yarn"),
    ],
    [],
)
p(
    78,
    "th",
    "กลุ่มนุ่นบ้านนาเพชรบูรณ์",
    HEMP,
    UP,
    "Phetchabun",
    [
        o("นุ่นคัดเมล็ดออกแล้ว อัดถุง", "kapok_fibre"),
    ],
    [
        x("ด้ายเรยอนจากไผ่", "no one in the set spins bamboo viscose"),
    ],
    bcg=(BIO,),
)
p(
    79,
    "th",
    "ร้านเช่าจักรยานพัทยา",
    SPORT,
    DOWN,
    "Chonburi",
    [
        o("ให้เช่าจักรยานรายวัน รายสัปดาห์", "bike_rental"),
    ],
    [
        n("กระเป๋าติดแฮนด์ สำหรับจักรยานให้เช่า", "bike_bag"),
        n("หมวกผ้ากันแดด ใส่ใต้หมวกนิรภัย", "cycling_cap"),
    ],
)
p(
    80,
    "en",
    "Bangkok Charity Ride Foundation",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("annual 100 km charity ride, 3,000 riders", "cycling_event_service"),
    ],
    [
        x(
            "event tees in recycled poly, GRS certified please",
            "the event-shirt makers in the set hold no GRS",
            "event_tshirt",
            req="GRS",
        ),
        n("limited-edition ride jerseys, 300 pcs, our design", "custom_cycling_kit"),
    ],
)
p(
    81,
    "th",
    "กลุ่มแม่บ้านตัดเย็บปากเกร็ด",
    AGC,
    MID,
    "Nonthaburi",
    [
        o("รับตัดเย็บ ลูกค้าส่งผ้ามา ขั้นต่ำ 30 ชิ้น", "cmt_sewing_service"),
        o("กางเกงขาสั้นบุแผ่นรองก้น ตัดสำหรับผู้สูงวัย", "cycling_shorts"),
    ],
    [
        n("ซิปไนลอนหลายสี", "zipper"),
    ],
)
p(
    82,
    "en",
    "Rouleur Cafe & Shop",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("specialty coffee beans, wholesale", "coffee"),
    ],
    [
        n("cotton musette bags, woven by hand ideally", "handwoven_cotton_bag"),
    ],
)
p(
    83,
    "th",
    "บริษัท หมอนสุขภาพ จำกัด",
    AGC,
    DOWN,
    "Samut Prakan",
    [
        o("เบาะรองนั่งใยนุ่น สำหรับผู้สูงอายุ", "kapok_cushion"),
    ],
    [
        n("นุ่นทำความสะอาดแล้ว", "kapok_fibre"),
    ],
    bcg=(BIO,),
)
p(
    84,
    "th",
    "เวิร์กช็อปอัปไซเคิลพัทยา",
    CIRC,
    MID,
    "Chonburi",
    [
        o("รับแปลงเสื้อเก่า ป้ายไวนิลเก่าของลูกค้า เป็นกระเป๋า", "upcycling_service"),
    ],
    [
        n("ซิปและสายเทป", "zipper webbing_strap"),
    ],
    bcg=(CIR,),
)
p(
    85,
    "th",
    "ราชบุรี ไบค์ แอนด์ รัน",
    SPORT,
    DOWN,
    "Ratchaburi",
    [
        o("รับจัดงานปั่นและงานวิ่ง", "cycling_event_service"),
    ],
    [
        n("สายคล้องบัตรสกรีนชื่องาน", "lanyard"),
        n("เสื้อแจกนักปั่น", "event_tshirt"),
    ],
)
p(
    86,
    "en",
    "Krabi Adventure Cycling",
    SPORT,
    DOWN,
    "Krabi",
    [
        o("mangrove and coast rides", "bike_tour"),
    ],
    [
        n("UV sleeves for guests", "arm_leg_warmers"),
        n("buff-style neck gaiters", "neck_gaiter"),
        x("rain capes for guests", "no one in the set makes rainwear"),
    ],
)
p(
    87,
    "th",
    "แม่ริม เทรล อีเวนท์",
    SPORT,
    DOWN,
    "Chiang Mai",
    [
        o("จัดงานแข่งจักรยานเสือภูเขา", "cycling_event_service"),
    ],
    [
        x("ถ้วยรางวัลและเหรียญ", "trophies; no one in the set makes them"),
        n("เสื้อฟินิชเชอร์ผ้ารีไซเคิล ไม่ต้องมีใบ GRS", "event_tshirt", waive="GRS"),
    ],
)
p(
    88,
    "en",
    "Aero Lab Kits",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("made-to-measure time-trial skinsuits", "skinsuit"),
    ],
    [
        n("laser-cut hems done outside, we send the fabric", "laser_cutting_service"),
        n("Italian chamois or a local equivalent", "chamois_pad"),
    ],
)
p(
    89,
    "th",
    "โรงงานถักผ้าคลองหลวง",
    SPORT,
    MID,
    "Pathum Thani",
    [
        o("ผ้ากันหนาวด้านในขนนุ่ม สำหรับปลอกแขนปลอกขา", "thermal_fleece_fabric"),
        o("ผ้าตาข่ายสำหรับสายเอี๊ยม", "mesh_fabric"),
    ],
    [
        n("เส้นด้ายดูดซับเหงื่อ", "functional_polyester_yarn"),
        n("เส้นใยรีไซเคิล ไม่จำเป็นต้องมี GRS", "recycled_polyester_yarn", waive="GRS"),
    ],
)
p(
    90,
    "en",
    "Surin Cotton Weavers",
    AGI,
    MID,
    "Surin",
    [
        o("handloomed cotton, natural colours, 1 m width", "handwoven_cotton_fabric"),
        o("mudmee cotton, plant-dyed", "natural_dyed_cotton_fabric"),
        o("grey cotton cloth, loom state, 36 inch", "greige_cotton_fabric"),
    ],
    [
        n("GOTS-certified organic cotton yarn", "organic_cotton_yarn", req="GOTS"),
    ],
)
p(
    91,
    "th",
    "ร้านกระเป๋ากัญชงม้ง",
    HEMP,
    DOWN,
    "Chiang Mai",
    [
        o("กระเป๋าผ้ากัญชงปักลายม้ง", "hemp_bag"),
        o("ย่ามผ้ากัญชงเขียนเทียน ย้อมคราม", "hemp_bag"),
    ],
    [
        n("ผ้ากัญชงทอเป็นพับ", "hemp_fabric"),
    ],
    bcg=(BIO,),
)
p(
    92,
    "en",
    "Cadence Sportswear Co.",
    SPORT,
    DOWN,
    "Bangkok",
    [
        o("women's bib shorts with drop-tail", "bib_shorts"),
        o("baggy MTB shorts with padded liner", "cycling_shorts"),
    ],
    [
        n("4-way stretch nylon elastane, OEKO-TEX certified", "nylon_spandex_fabric", req="OEKO-TEX Standard 100"),
        n("leg gripper band, silicone", "silicone_gripper_elastic"),
    ],
)
p(
    93,
    "th",
    "รังสิตรีไซเคิลเศษผ้า",
    CIRC,
    UP,
    "Pathum Thani",
    [
        o("เศษผ้าฝ้ายคัดสี สำหรับปั่นใหม่", "cotton_textile_waste"),
    ],
    [],
    bcg=(CIR,),
)
p(
    94,
    "th",
    "โรงปั่นด้ายฝ้ายรีไซเคิล แปดริ้ว",
    CIRC,
    UP,
    "Chachoengsao",
    [
        o("ด้ายฝ้ายรีไซเคิล โอเพ่นเอนด์ เบอร์ 10", "recycled_cotton_yarn"),
    ],
    [
        n("เศษผ้าคอตตอนจากโรงตัด", "cotton_textile_waste"),
    ],
    bcg=(CIR,),
)
p(
    95,
    "th",
    "สหกรณ์ผ้าฝ้ายนครพนม",
    AGI,
    DOWN,
    "Nakhon Phanom",
    [
        o("ย่ามผ้าฝ้ายทอมือ ลายนาคน้อย", "handwoven_cotton_bag"),
    ],
    [
        n("ผ้าฝ้ายทอมือ มีตราโอทอป", "handwoven_cotton_fabric", req="OTOP"),
    ],
)


# ---------------------------------------------------------------- checks, links, counts

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
ID_FORM = re.compile(rf"^{PREFIX}-\d{{3}}$")
LABEL_FORM = re.compile(r"^[a-z][a-z0-9_]*$")
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}

TARGET_PROFILES = 95
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_LINKS = (160, 180)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (17, 23)
TARGET_FEW_SUPPLIERS_SHARE = 0.70  # share of met needs met by 1-3 suppliers


def letters(text: str) -> tuple[int, int, int]:
    """(Thai letters, Latin letters, other letters) in `text`."""
    thai = latin = other = 0
    for char in text:
        if not char.isalpha():
            continue
        if THAI_CHAR.match(char):
            thai += 1
        elif ord(char) < 0x250:
            latin += 1
        else:
            other += 1
    return thai, latin, other


def script_ok(text: str, lang: str) -> bool:
    thai, latin, other = letters(text)
    if lang == "en":
        return thai == 0 and other == 0 and latin > 0 and not THAI_CHAR.search(text)
    return other == 0 and thai > 0 and thai >= 0.6 * (thai + latin)


def names_certification(text: str, name: str) -> bool:
    cert = CERT_NAMES[name]
    folded = text.casefold()
    words = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(word.casefold() in folded for word in words)


def qualified(supplier: Sme, need: Need) -> bool:
    return any(offer.label in need.labels for offer in supplier.offers) and set(need.requires) <= set(supplier.certs)


def suppliers_of(buyer: Sme, need: Need) -> list[Sme]:
    return [s for s in SMES if s.id != buyer.id and qualified(s, need)]


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if not need.unmet
        for supplier in suppliers_of(buyer, need)
    }
    return sorted(pairs)


def check_profiles() -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(SMES) + 1)] or len(set(ids)) != len(ids):
        errors.append("ids are not unique and consecutive from 001")
    offered_by: dict[str, set[str]] = {}
    for sme in SMES:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.id)
    all_offer_texts = {offer.text.casefold() for sme in SMES for offer in sme.offers}
    for sme in SMES:
        where = sme.id
        if not ID_FORM.match(sme.id):
            errors.append(f"{where}: malformed id")
        if sme.lang not in ("th", "en"):
            errors.append(f"{where}: language {sme.lang!r}")
        if not sme.name.strip() or not script_ok(sme.name, sme.lang):
            errors.append(f"{where}: name {sme.name!r} does not fit language {sme.lang}")
        if sme.sub not in set(SubCluster) or sme.stage not in set(Stage):
            errors.append(f"{where}: sub-cluster or stage not in the taxonomy")
        if any(tag not in set(BcgTag) for tag in sme.bcg) or len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: bad BCG tags")
        province = resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not an English province name")
        for cert in sme.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} does not resolve to itself")
        if len(set(sme.certs)) != len(sme.certs):
            errors.append(f"{where}: duplicate certification")
        if not (0 <= len(sme.offers) <= 3 and 0 <= len(sme.needs) <= 3) or not (sme.offers or sme.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrases = [offer.text for offer in sme.offers] + [need.text for need in sme.needs]
        if len({phrase.casefold() for phrase in phrases}) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or not script_ok(phrase, sme.lang):
                errors.append(f"{where}: phrase {phrase!r} does not fit language {sme.lang}")
        for offer in sme.offers:
            if not LABEL_FORM.match(offer.label):
                errors.append(f"{where}: malformed label {offer.label!r}")
            extra = find_certifications(offer.text) - set(sme.certs)
            if extra:
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(extra)} the SME does not hold")
        for need in sme.needs:
            errors += check_need(sme, need, offered_by, all_offer_texts)
    return errors


def check_need(sme: Sme, need: Need, offered_by: dict[str, set[str]], offer_texts: set[str]) -> list[str]:
    errors: list[str] = []
    where = f"{sme.id} need {need.text!r}"
    if need.text.casefold() in offer_texts:
        errors.append(f"{where}: worded exactly like an offer")
    if not need.unmet and not need.labels:
        errors.append(f"{where}: lists no labels and is not marked unmet")
    for label in need.labels:
        if not (offered_by.get(label, set()) - {sme.id}):
            errors.append(f"{where}: label {label!r} is offered by no one else")
    for cert in (*need.requires, *need.waives):
        if cert not in CERT_NAMES:
            errors.append(f"{where}: unknown certification {cert!r}")
    if errors:
        return errors
    found = find_certifications(need.text)
    if found != set(need.requires):
        errors.append(f"{where}: text requires {sorted(found)}, labelled {list(need.requires)}")
    for cert in need.waives:
        if not names_certification(need.text, cert) or cert in found or cert in need.requires:
            errors.append(f"{where}: waived {cert} is not named and waived in the text")
    qualified_suppliers = suppliers_of(sme, need)
    if need.unmet and qualified_suppliers:
        errors.append(f"{where}: marked unmet but met by {[s.id for s in qualified_suppliers]}")
    if not need.unmet and not qualified_suppliers:
        errors.append(f"{where}: no qualified supplier")
    return errors


def check_targets(links: list[tuple[str, str]], stats: dict[str, float]) -> list[str]:
    errors: list[str] = []
    if len(SMES) != TARGET_PROFILES:
        errors.append(f"{len(SMES)} profiles, want {TARGET_PROFILES}")
    low, high = TARGET_THAI_SHARE
    if not low <= stats["thai_share"] <= high:
        errors.append(f"Thai share {stats['thai_share']:.2f} outside {TARGET_THAI_SHARE}")
    low_links, high_links = TARGET_LINKS
    if not low_links <= len(links) <= high_links:
        errors.append(f"{len(links)} links, want {TARGET_LINKS}")
    low, high = TARGET_CROSS_SHARE
    if not low <= stats["cross_share"] <= high:
        errors.append(f"cross-language share {stats['cross_share']:.2f} outside {TARGET_CROSS_SHARE}")
    low_unmet, high_unmet = TARGET_UNMET
    if not low_unmet <= stats["unmet"] <= high_unmet:
        errors.append(f"{stats['unmet']:.0f} unmet needs, want {TARGET_UNMET}")
    if stats["few_share"] < TARGET_FEW_SUPPLIERS_SHARE:
        errors.append(f"only {stats['few_share']:.2f} of met needs have 1-3 suppliers")
    if stats["many"] == 0:
        errors.append("no need is met by more than 3 suppliers")
    return errors


def compute_counts(links: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], dict[str, float]]:
    by_id = {sme.id: sme for sme in SMES}
    thai = sum(sme.lang == "th" for sme in SMES)
    needs = [(sme, need) for sme in SMES for need in sme.needs]
    met = [(sme, need) for sme, need in needs if not need.unmet]
    supplier_counts = [len(suppliers_of(sme, need)) for sme, need in met]
    th_en = sum(by_id[s].lang == "th" and by_id[b].lang == "en" for s, b in links)
    en_th = sum(by_id[s].lang == "en" and by_id[b].lang == "th" for s, b in links)
    cross = th_en + en_th
    stats = {
        "thai_share": thai / len(SMES),
        "cross_share": cross / len(links) if links else 0.0,
        "unmet": len(needs) - len(met),
        "few_share": sum(1 <= c <= 3 for c in supplier_counts) / len(met) if met else 0.0,
        "many": sum(c > 3 for c in supplier_counts),
    }
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English", f"{thai} / {len(SMES) - thai}"),
    ]
    subs = Counter(sme.sub for sme in SMES)
    rows += [(f"sub-cluster {sub.value}", str(subs[sub])) for sub in SubCluster]
    stages = Counter(sme.stage for sme in SMES)
    rows += [(f"stage {stage.value}", str(stages[stage])) for stage in Stage]
    regions = Counter(resolve_province(sme.province).region.value for sme in SMES)  # type: ignore[union-attr]
    rows += [(f"region {region}", str(count)) for region, count in sorted(regions.items())]
    labels = {offer.label for sme in SMES for offer in sme.offers}
    rows += [
        ("distinct provinces", str(len({sme.province for sme in SMES}))),
        ("offers", str(sum(len(sme.offers) for sme in SMES))),
        ("distinct offer labels", str(len(labels))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("met needs with 1 / 2 / 3 / more suppliers", few_many(supplier_counts)),
        ("needs requiring a certification", str(sum(bool(need.requires) for _, need in needs))),
        ("needs waiving a certification", str(sum(bool(need.waives) for _, need in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({stats['cross_share']:.0%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(by_id[s].sub != by_id[b].sub for s, b in links))),
    ]
    return rows, stats


def few_many(counts: list[int]) -> str:
    tally = Counter(min(c, 4) for c in counts)
    return " / ".join(str(tally[k]) for k in (1, 2, 3, 4))


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def profile_record(sme: Sme) -> dict[str, object]:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub.value,
        "stage": sme.stage.value,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": [tag.value for tag in sme.bcg],
        "contact_email": f"contact.{PREFIX}{sme.num:03d}@example.com",
        "language": sme.lang,
    }


README = """\
# `eval/blind_plain_cycling/`: cycling apparel and gear, plain registry entries

## What the set checks

How well the matcher finds the true supplier -> buyer pairs among SMEs whose offers and needs are written
as plain registry entries (one short phrase each) in wording it has never seen. The theme is cycling
apparel and gear: jerseys and bib shorts, chamois pads, arm and leg warmers, caps, gloves, socks,
sublimation printing of team kits, reflective trims, bike and saddle bags, with the clubs, event
organisers, bike shops and tour companies that buy them, and the fibre, yarn, cloth, dyeing, sewing and
waste businesses behind them. About 55 % of the profiles are in Thai, the rest in English, and about half
of the true links cross languages.

Hard but fair cases are included on purpose: a service versus the goods it works on (dyeing or printing
the customer's cloth versus dyed or printed cloth; sewing for others versus finished garments; turning a
customer's old jerseys into pouches versus pouches made from old jerseys); waste and used goods versus new;
raw versus processed (hemp bast, hemp yarn, hemp cloth, hemp bags); finished goods described by their
material, colour or technique (an indigo handwoven cotton bag is a bag, not indigo dyeing); reflective
vests versus reflective tape; needs written as a wish, a bare noun phrase or a question; a refusal of
synthetic dye; needs that require a named certification (GOTS, GRS, OEKO-TEX, Organic Thailand, OTOP,
ISO 13485, TIS) and needs that name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the shared contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the `[tool.ruff]`
section of `pyproject.toml`; nothing else in the repository: not the matcher, its glossary, its tests,
the other evaluation sets or the shared data. All profiles, labels and notes are in `write.py`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_cycling_garments` versus
`upcycled_jersey_goods`). Every need lists the offer labels that would meet it and the certifications its
text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications include every certification that need requires. An SME is never linked to itself. Shared
words play no part; quantities, prices and places never decide a link. A waived certification ("GOTS not
required", "ไม่ต้องมีใบ GRS") is not required. Labels live only in `write.py`, never in the output.

Before writing anything the script checks: ids unique and well-formed; every contract field valid
(sub-cluster, stage and BCG tags from the taxonomy, every province resolving with `resolve_province`,
every certification with `resolve_certification`); 0-3 offers and 0-3 needs per SME, not both empty; every
label a need lists offered by someone other than the buyer; every met need has a qualified supplier and
every unmet one has none; the certifications `find_certifications` reads in a need's text are exactly the
ones labelled as required, and a waived one is named in the text but not read as required; Thai phrases
mostly Thai letters and English ones Latin only; and the size targets (95 profiles, 50-60 % Thai, 160-180
links, 40-60 % of them cross-language, 17-23 unmet needs, at least 70 % of met needs met by 1-3 suppliers).
If any check fails it prints the problems and writes nothing.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_cycling/write.py

The output is deterministic: two runs give identical bytes.

## Files

- `write.py`: all data, the labels, the checks; writes the three files below and prints the counts.
- `profiles.jsonl`: 95 SME profiles in the contract's JSONL version 1 format, ids `bcy-001` to `bcy-095`,
  no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    errors = check_profiles()
    links = true_links() if not errors else []
    rows, stats = compute_counts(links)
    if not errors:
        errors = check_targets(links, stats)
    if errors:
        print("not written:", *errors, sep="\n  ", file=sys.stderr)
        print(table(rows), file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(profile_record(sme), ensure_ascii=False) + "\n" for sme in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    counts = table(rows)
    (OUT / "profiles.jsonl").write_text(jsonl, encoding="utf-8")
    (OUT / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    (OUT / "README.md").write_text(README + counts, encoding="utf-8")
    print(counts, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
