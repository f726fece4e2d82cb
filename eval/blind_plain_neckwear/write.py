"""Write the hand-labelled evaluation set `eval/blind_plain_neckwear/`.

Ties and formal accessories (neckties, bow ties, pocket squares, cravats, tie fabric, tie sewing,
cufflinks, gift boxes) and the ordinary fibre, yarn, cloth, dyeing and sewing suppliers around them.

Every offer carries a label that says what the thing is; every need lists the labels that would meet it
and the certifications its text requires, or is marked as met by no one. A (supplier, buyer) pair is a
true link when an offer of the supplier carries a label that one of the buyer's needs lists and the
supplier holds every certification that need requires. The labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_neckwear/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
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

PREFIX = "bnk"
N_PROFILES = 95

# ------------------------------------------------------------------ what a thing is

LABELS: dict[str, str] = {
    # upstream: fibre, yarn, waste, dyestuff
    "silk_cocoons": "silk cocoons",
    "raw_silk_yarn": "reeled silk yarn, not degummed or dyed",
    "dyed_silk_yarn": "degummed and dyed silk yarn",
    "raw_cotton": "seed cotton or cotton lint",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "organic_cotton_yarn": "organic cotton yarn",
    "hemp_fibre": "hemp bast fibre",
    "hemp_yarn": "hemp yarn",
    "polyester_filament_yarn": "virgin polyester filament yarn (FDY, DTY)",
    "recycled_polyester_yarn": "recycled polyester yarn",
    "recycled_polyester_fibre": "recycled polyester staple fibre",
    "recycled_cotton_fibre": "recycled cotton fibre from textile waste",
    "pet_bottle_flakes": "PET bottle flakes",
    "polyester_textile_waste": "polyester textile waste",
    "silk_offcuts": "silk cutting-room offcuts",
    "used_neckties": "used neckties and uniform scarves",
    "used_garments": "used garments",
    "indigo_paste": "indigo paste for dye vats",
    "natural_dye_materials": "dried plant and insect dyestuffs (lac, heartwood, bark)",
    # midstream: cloth and components
    "silk_jacquard_tie_fabric": "silk jacquard woven for neckties",
    "silk_brocade_fabric": "handwoven silk brocade with supplementary weft",
    "plain_silk_fabric": "plain-woven Thai silk",
    "white_silk_twill": "undyed silk twill prepared for printing",
    "printed_silk_twill": "printed silk twill",
    "mudmee_silk_fabric": "mudmee (ikat) silk, chemical dyes",
    "natural_dyed_mudmee_silk": "mudmee (ikat) silk dyed with natural dyes",
    "natural_dyed_silk_fabric": "silk fabric dyed with natural dyes",
    "handwoven_cotton_fabric": "plain handwoven cotton cloth, undyed",
    "khit_cotton_fabric": "handwoven cotton with khit (supplementary weft) patterns",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo",
    "hemp_fabric": "hemp or hemp-blend cloth",
    "polyester_tie_fabric": "polyester jacquard or repp woven for neckties",
    "plain_polyester_fabric": "plain white polyester for printing",
    "recycled_polyester_fabric": "recycled polyester cloth",
    "shirting_fabric": "shirting and uniform cloth",
    "lining_fabric": "tie tipping and lining cloth",
    "tie_interlining": "necktie interlining",
    "woven_labels": "woven labels",
    "gift_boxes": "gift boxes for ties and accessories",
    "reclaimed_tie_fabric": "panels unpicked from used ties, cleaned",
    # midstream: work done on the customer's goods
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth or yarn",
    "natural_dyeing_service": "natural dyeing of the customer's cloth or yarn",
    "fabric_dyeing_service": "piece dyeing of the customer's silk or cotton cloth, synthetic dyes",
    "polyester_dyeing_service": "piece dyeing of the customer's polyester cloth, disperse dyes",
    "yarn_dyeing_service": "dyeing of the customer's silk or cotton yarn, synthetic dyes",
    "polyester_yarn_dyeing_service": "package dyeing of the customer's polyester yarn",
    "fabric_printing_service": "printing on the customer's cloth or to the customer's artwork",
    "fabric_finishing_service": "finishing (stain and water repellent) of the customer's cloth",
    "commission_weaving_service": "weaving the customer's yarn or design on commission",
    "tie_sewing_service": "sewing ties, bow ties and squares from the customer's cloth",
    "garment_sewing_service": "cut-make-trim sewing of garments",
    "embroidery_service": "embroidering logos on the customer's goods",
    # downstream: finished goods
    "silk_neckties": "silk neckties",
    "polyester_neckties": "polyester neckties, stock designs",
    "cotton_neckties": "cotton neckties",
    "hemp_neckties": "hemp neckties",
    "custom_logo_ties": "neckties made to order with a school, club or company logo",
    "clip_on_ties": "pre-tied neckties (zip, clip or hook)",
    "bow_ties": "bow ties",
    "pocket_squares": "pocket squares",
    "cravats": "cravats and ascots",
    "silk_scarves": "silk scarves and shawls",
    "scout_neckerchiefs": "scout neckerchiefs",
    "cufflinks": "cufflinks",
    "tie_clips": "tie clips and tie bars",
    "tie_gift_sets": "boxed gift sets of tie and accessories",
    "upcycled_tie_products": "bags and goods made from used ties",
    "school_uniforms": "school uniforms",
    "corporate_uniforms": "staff and civil-service uniforms",
    "dress_shirts": "dress shirts",
    "sports_uniforms": "sports team uniforms",
    "suit_rental": "suit and tuxedo rental",
    "menswear_retail": "menswear retail",
}

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""  # non-empty: met by no one in the set

    @property
    def met(self) -> bool:
        return not self.unmet_note


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    canonical: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, requires, waives)


def unmet(text: str, note: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, requires, waives, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        num,
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
        canonical_certifications(certs),
    )


SMES: list[Sme] = []

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
FSC = "FSC"
BLUESIGN = "bluesign"
FAIRTRADE = "Fairtrade"

# ------------------------------------------------------------------ part 1: fibre, yarn, waste (001-020)

SMES += [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนเลี้ยงไหมบ้านโคกสะอาด",
        HNF,
        UP,
        "Surin",
        "khoksaat.silk@gmail.com",
        offers=[
            ("รังไหมพันธุ์นางน้อย สีเหลือง ขายเป็นกิโล", "silk_cocoons"),
            ("ไหมน้อยสาวมือ เส้นเล็ก ยังไม่ลอกกาว", "raw_silk_yarn"),
        ],
        needs=[
            unmet("ไข่ไหมพันธุ์ดี ปลอดโรค", "silkworm eggs: no one in the set sells them"),
        ],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Doi Hemp Spinners",
        HNF,
        UP,
        "Chiang Mai",
        "hello@doihemp.co.th",
        offers=[
            ("Hemp yarn Nm 6-10, undyed, 1 kg cones", "hemp_yarn"),
            ("Decorticated long-line hemp, baled", "hemp_fibre"),
        ],
        needs=[
            need("cotton yarn about 20s for blending", "handspun_cotton_yarn", "organic_cotton_yarn"),
        ],
        certs=("Thai Organic",),
        bcg=("bio", "green"),
    ),
    sme(
        3,
        "th",
        "บริษัท รีเทค ไฟเบอร์ จำกัด",
        CIRC,
        UP,
        "Samut Prakan",
        "sales@retechfiber.co.th",
        offers=[
            ("ด้ายรีไซเคิล 150D/48F ปั่นจากขวดน้ำดื่ม", "recycled_polyester_yarn"),
            ("ใยสั้นรีไซเคิล PSF 1.4D x 38 มม.", "recycled_polyester_fibre"),
        ],
        needs=[
            need("เกล็ดขวดใส ล้างร้อนแล้ว ขั้นต่ำ 5 ตัน/เดือน", "pet_bottle_flakes"),
        ],
        certs=("GRS certified",),
        bcg=("circular",),
    ),
    sme(
        4,
        "en",
        "Eastern Bottle Recovery Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "buy@easternbottle.com",
        offers=[
            ("Clear PET bottle flakes, hot-washed, 1 t bags", "pet_bottle_flakes"),
            ("Baled post-industrial polyester scrap", "polyester_textile_waste"),
        ],
        needs=[],
        bcg=("circular",),
    ),
    sme(
        5,
        "th",
        "บริษัท มหาชัยเส้นใย จำกัด",
        SPORT,
        UP,
        "Samut Sakhon",
        "order@mahachaiyarn.co.th",
        offers=[
            ("ด้ายโพลีเอสเตอร์ FDY 75D/36F สีขาวดิบ", "polyester_filament_yarn"),
            ("รับย้อมด้ายโพลีในโคน ส่งด้ายมาเอง", "polyester_yarn_dyeing_service"),
        ],
        needs=[
            unmet("เม็ดพลาสติกโพลีเอสเตอร์ เกรดปั่นเส้นใย", "polyester chips: no one in the set offers them"),
        ],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        6,
        "en",
        "Chonnabot Silk Reelers Group",
        HNF,
        UP,
        "Khon Kaen",
        "chonnabot.reelers@gmail.com",
        offers=[
            ("Hand-reeled Thai golden silk, raw, 20/22 den", "raw_silk_yarn"),
        ],
        needs=[
            need("fresh yellow cocoons of a native Thai breed", "silk_cocoons"),
            need("Lac, ebony fruit or other plant dyestuff", "natural_dye_materials", "indigo_paste"),
        ],
        bcg=("bio",),
    ),
    sme(
        7,
        "th",
        "กลุ่มทำเนื้อครามบ้านดอนกอย",
        ISAN,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        offers=[
            ("เนื้อครามเปียก หมักเอง ถุงละ 1 กก.", "indigo_paste"),
        ],
        needs=[
            need("อยากได้ฝ้ายเข็นมือ ไว้ทอผืนย้อมคราม", "handspun_cotton_yarn"),
        ],
        certs=("OTOP",),
        bcg=("bio", "green"),
    ),
    sme(
        8,
        "en",
        "Second Loop Textiles",
        CIRC,
        UP,
        "Bangkok",
        "loop@secondloop.asia",
        offers=[
            ("Pre-loved neckties, graded by colour, sold per kg", "used_neckties"),
            ("Post-consumer white shirts, cotton-rich", "used_garments"),
        ],
        needs=[
            need("old neckwear from uniform changeovers", "used_neckties"),
        ],
        bcg=("circular",),
    ),
    sme(
        9,
        "th",
        "ไร่ฝ้ายลุงแก้ว เมืองแพร่",
        HNF,
        UP,
        "Phrae",
        "lungkaew.cotton@gmail.com",
        offers=[
            ("ปุยฝ้ายพื้นเมือง ฝ้ายตุ่น ฝ้ายขาว", "raw_cotton"),
            ("ฝ้ายเข็นมือเส้นใหญ่ ขายเป็นไจ", "handspun_cotton_yarn"),
        ],
        needs=[],
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=("bio",),
    ),
    sme(
        10,
        "en",
        "Nan Valley Organic Yarns",
        HNF,
        UP,
        "Nan",
        "yarn@nanvalley.co.th",
        offers=[
            ("Organic cotton yarn Ne 30/1 combed, GOTS", "organic_cotton_yarn"),
        ],
        needs=[
            need("Seed cotton from Organic Thailand farms", "raw_cotton", requires=(ORG_TH,)),
        ],
        certs=("GOTS", "Organic Thailand"),
        bcg=("bio", "green"),
    ),
    sme(
        11,
        "th",
        "กลุ่มแม่บ้านสีธรรมชาติบ้านเขาดินใต้",
        ISAN,
        UP,
        "Buriram",
        "khaodintai.dye@gmail.com",
        offers=[
            ("ครั่งดิบ แก่นขนุน เปลือกประโหด ตากแห้ง", "natural_dye_materials"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        12,
        "en",
        "OffCut Hub Thailand",
        CIRC,
        UP,
        "Pathum Thani",
        "sort@offcuthub.co.th",
        offers=[
            ("Sorted silk tie cuttings, by colour", "silk_offcuts"),
        ],
        needs=[
            need("scraps from tie and shirt cutting rooms", "silk_offcuts", "polyester_textile_waste"),
            unmet("Recycled silk yarn spun from tie waste?", "no one spins recycled silk"),
        ],
        bcg=("circular",),
    ),
    sme(
        13,
        "th",
        "วิสาหกิจชุมชนไหมไทยบ้านเขว้า",
        HNF,
        UP,
        "Chaiyaphum",
        "baankhwao.silk@gmail.com",
        offers=[
            ("ไหมลืบ ไหมเปลือก เส้นใหญ่ ทอผ้าหนา", "raw_silk_yarn"),
            ("เส้นไหมฟอกแล้ว ย้อมสีเคมีตามสีลูกค้า", "dyed_silk_yarn"),
        ],
        needs=[
            need("ฝักไหมสด ไม่ต้องมีใบรับรองเกษตรอินทรีย์", "silk_cocoons", waives=(ORG_TH,)),
        ],
        certs=("OTOP",),
    ),
    sme(
        14,
        "en",
        "Rayong Polymer Yarns",
        SPORT,
        UP,
        "Rayong",
        "sales@rayongpolyyarn.com",
        offers=[
            ("Polyester DTY 150D/48F, raw white, AA grade", "polyester_filament_yarn"),
        ],
        needs=[
            unmet("bluesign approved polyester chips", "polyester chips: no one offers them", requires=(BLUESIGN,)),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        15,
        "th",
        "หจก. โคราชรีไซเคิลผ้า",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "korat.recycle@gmail.com",
        offers=[
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้ายีนส์", "recycled_cotton_fibre"),
        ],
        needs=[
            unmet("เศษผ้ายีนส์ ผ้าฝ้ายล้วน จากโรงตัด", "cotton offcuts: only silk and polyester waste is offered"),
            need("เสื้อผ้าเก่า ผ้าฝ้าย รับซื้อเป็นตัน", "used_garments"),
        ],
        bcg=("circular",),
    ),
    sme(
        16,
        "th",
        "หจก. ลำพูนหม่อนไหม",
        HNF,
        UP,
        "Lamphun",
        "info@lamphunsilk.com",
        offers=[
            ("ไหมฟอกแล้ว 2 เกลียว มีสต็อก 60 สี", "dyed_silk_yarn"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        17,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านม้งดอยมูเซอ",
        HNF,
        UP,
        "Tak",
        "hmong.hemp.tak@gmail.com",
        offers=[
            ("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ ต่อเส้นแบบม้ง", "hemp_yarn"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        18,
        "en",
        "Hat Yai Vintage Bales",
        CIRC,
        UP,
        "Songkhla",
        "bales@hatyaivintage.com",
        offers=[
            ("Second-hand ties and bow ties, mixed bales from Japan", "used_neckties"),
        ],
        needs=[],
        bcg=("circular",),
    ),
    sme(
        19,
        "th",
        "บริษัท นวนครโพลีเทกซ์ จำกัด",
        SPORT,
        UP,
        "Pathum Thani",
        "sales@navanakornpoly.co.th",
        offers=[
            ("ด้ายรีไซเคิล rPET ย้อมเส้นในโรงงาน 75D", "recycled_polyester_yarn"),
            ("ด้ายโพลี 50D ไมโคร สำหรับทอแจ็คการ์ด", "polyester_filament_yarn"),
        ],
        needs=[
            need("ขวดพลาสติกบดเป็นเกล็ด", "pet_bottle_flakes"),
        ],
        certs=("GRS", "OEKO-TEX"),
        bcg=("circular",),
    ),
    sme(
        20,
        "th",
        "สหกรณ์ผู้เลี้ยงไหมร้อยเอ็ด",
        ISAN,
        UP,
        "Roi Et",
        "roietsilkcoop@gmail.com",
        offers=[
            ("รังไหมพันธุ์นางลาย ตากแดดแล้ว", "silk_cocoons"),
        ],
        needs=[
            unmet("กิ่งพันธุ์หม่อน บุรีรัมย์ 60", "mulberry saplings: no nursery in the set"),
        ],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
]

# ------------------------------------------------------------------ part 2: cloth, components, services (021-055)

SMES += [
    sme(
        21,
        "th",
        "บริษัท ปักธงชัยไหมทอ จำกัด",
        HNF,
        MID,
        "Nakhon Ratchasima",
        "sales@pakthongchaisilk.co.th",
        offers=[
            ("ผ้าไหมทอลายแจ็คการ์ด หน้า 140 ซม. สำหรับตัดเนคไท", "silk_jacquard_tie_fabric"),
            ("ผ้าไหมพื้นเรียบ ไหม 4 เส้น", "plain_silk_fabric"),
        ],
        needs=[
            need("ไหมยืน ไหมพุ่ง ฟอกย้อมสำเร็จ", "dyed_silk_yarn"),
        ],
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
    ),
    sme(
        22,
        "en",
        "Siam Tie Silk Weavers",
        HNF,
        MID,
        "Bangkok",
        "mill@siamtiesilk.com",
        offers=[
            ("Woven silk for neckwear, 7-fold weight, 50 m MOQ", "silk_jacquard_tie_fabric"),
            ("Silk twill 16 momme, PFP, undyed", "white_silk_twill"),
            ("Printed silk twill, 90 cm, stock florals", "printed_silk_twill"),
        ],
        needs=[],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        23,
        "th",
        "โรงงานทอผ้าเนคไท ปากน้ำ",
        SPORT,
        MID,
        "Samut Prakan",
        "paknam.tiefabric@gmail.com",
        offers=[
            ("ผ้าโพลีทอลายริ้ว ลายจุด สำหรับเนคไทนักเรียน", "polyester_tie_fabric"),
            ("รับทอแจ็คการ์ดตามแบบ ใช้ด้ายของลูกค้า", "commission_weaving_service"),
            ("ผ้าทวิลโพลีสีขาว พร้อมพิมพ์ซับลิเมชั่น", "plain_polyester_fabric"),
        ],
        needs=[],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        24,
        "en",
        "ReWeave Jacquard Studio",
        CIRC,
        MID,
        "Nonthaburi",
        "studio@reweave.co.th",
        offers=[
            ("rPET jacquard for ties, 150 cm, GRS", "recycled_polyester_fabric"),
        ],
        needs=[
            need("GRS recycled poly yarn for the weft", "recycled_polyester_yarn", requires=(GRS,)),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        25,
        "th",
        "ครามสกลฯ ผ้าย้อมคราม",
        ISAN,
        MID,
        "Sakon Nakhon",
        "kramsakon@gmail.com",
        offers=[
            ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ หลาละ 180 บาท", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ],
        needs=[
            need("ผ้าฝ้ายสีธรรมชาติ ทอมือ ไว้ลงหม้อคราม", "handwoven_cotton_fabric"),
            need("ครามก้อน สำหรับก่อหม้อย้อม", "indigo_paste"),
        ],
        certs=("OTOP",),
        bcg=("bio", "green"),
    ),
    sme(
        26,
        "en",
        "Lanna Natural Dye House",
        HNF,
        MID,
        "Chiang Mai",
        "dye@lannanaturaldye.com",
        offers=[
            ("We dye your silk or cotton: lac, indigo, ebony", "natural_dyeing_service"),
        ],
        needs=[
            need("plant dyestuffs in bulk - lac sticks, ebony fruit", "natural_dye_materials"),
        ],
        bcg=("green",),
    ),
    sme(
        27,
        "th",
        "ลำพูนไหมทอง ผ้าไหมยกดอก",
        HNF,
        MID,
        "Lamphun",
        "lamphunmaithong@gmail.com",
        offers=[
            ("ผ้าไหมยกดอกลำพูน ลายโบราณ ทอมือ", "silk_brocade_fabric"),
        ],
        needs=[
            need("ไหมน้อยฟอกย้อม สำหรับเส้นยืน", "dyed_silk_yarn"),
            unmet("ดิ้นทอง ดิ้นเงิน สำหรับยกดอก", "metallic thread: no one offers it"),
        ],
        certs=("ตรานกยูง",),
    ),
    sme(
        28,
        "en",
        "Eastern Interlining Co.",
        SPORT,
        MID,
        "Chonburi",
        "sales@easterninterlining.com",
        offers=[
            ("Tie interlining, wool/poly, non-fusible, 120 cm", "tie_interlining"),
            ("Polyester satin tipping, 40 colours", "lining_fabric"),
        ],
        needs=[
            need("recycled PSF for needle-punch batts", "recycled_polyester_fibre"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        29,
        "th",
        "ร้านช่างเอกเนคไท ประตูน้ำ",
        ALC,
        MID,
        "Bangkok",
        "changek.tie@gmail.com",
        offers=[
            ("รับตัดเย็บเนคไทจากผ้าลูกค้า ขั้นต่ำ 50 เส้น", "tie_sewing_service"),
            ("เศษผ้าไหมตัดเนคไท ขายเหมากระสอบ", "silk_offcuts"),
        ],
        needs=[
            need("ไส้เนคไท ผ้ากาววีลีน", "tie_interlining"),
            need("ผ้าซับปลายเนคไท ผ้าซาติน", "lining_fabric"),
        ],
    ),
    sme(
        30,
        "th",
        "หจก. นนท์เนคไท ซีเอ็มที",
        ALC,
        MID,
        "Nonthaburi",
        "cmt@neckwearpartners.com",
        offers=[
            ("รับเย็บเนคไท โบว์ไท ลูกค้าส่งผ้ามาเอง", "tie_sewing_service"),
        ],
        needs=[
            unmet("ไส้เนคไทขนแกะแท้ 100%", "pure wool interlining: only wool/poly blends are offered"),
            need("ป้ายห่วงหลังเนคไท ทอชื่อแบรนด์", "woven_labels"),
        ],
    ),
    sme(
        31,
        "th",
        "บริษัท ป้ายทอมหาชัย จำกัด",
        ALC,
        MID,
        "Samut Sakhon",
        "sales@mahachailabel.co.th",
        offers=[
            ("ป้ายทอ ป้ายคอ ป้ายยี่ห้อ ขั้นต่ำ 1,000 ชิ้น", "woven_labels"),
        ],
        needs=[
            need("เส้นใยสังเคราะห์ FDY หลากสี สำหรับทอป้าย", "polyester_filament_yarn"),
        ],
    ),
    sme(
        32,
        "en",
        "BoxCraft Packaging",
        ALC,
        MID,
        "Chachoengsao",
        "quote@boxcraft.co.th",
        offers=[
            ("Rigid magnetic boxes for ties & cufflinks, foil logo", "gift_boxes"),
        ],
        needs=[
            unmet("FSC certified greyboard 2 mm", "board stock: no paper mill in the set", requires=(FSC,)),
        ],
    ),
    sme(
        33,
        "th",
        "โรงย้อมขอนแก่นเท็กซ์",
        ISAN,
        MID,
        "Khon Kaen",
        "khonkaentex.dye@gmail.com",
        offers=[
            ("รับย้อมผ้าพับ ผ้าไหม ผ้าฝ้าย สีรีแอคทีฟ", "fabric_dyeing_service"),
            ("รับย้อมเส้นไหมเป็นไจ", "yarn_dyeing_service"),
        ],
        needs=[],
    ),
    sme(
        34,
        "en",
        "Surin Mudmee Collective",
        HNF,
        MID,
        "Surin",
        "surinmudmee@gmail.com",
        offers=[
            ("Handwoven ikat silk, 1 m x 4 m lengths", "mudmee_silk_fabric"),
            ("Plain Thai silk 2-ply, 20 colours", "plain_silk_fabric"),
        ],
        needs=[
            need("Isan native silk, unscoured, from village reelers", "raw_silk_yarn"),
            need("someone to dye our yarn, chemical dyes fine", "yarn_dyeing_service"),
        ],
        certs=("Peacock Emblem", "OTOP"),
    ),
    sme(
        35,
        "th",
        "บริษัท ดิจิพริ้นท์สิ่งทอ จำกัด",
        ALC,
        MID,
        "Bangkok",
        "print@digiprinttextile.co.th",
        offers=[
            ("รับพิมพ์ดิจิทัลลงผ้าไหม ผ้าโพลี ตามไฟล์ลูกค้า", "fabric_printing_service"),
            ("ผ้าไหมทวิลพิมพ์ลาย สำหรับผ้าเช็ดหน้าสูท", "printed_silk_twill"),
        ],
        needs=[
            need("ผ้าไหมทวิลขาว พร้อมพิมพ์", "white_silk_twill"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        36,
        "en",
        "ThaiPoly Weaving",
        SPORT,
        MID,
        "Pathum Thani",
        "sales@thaipolyweaving.com",
        offers=[
            ("Microfiber jacquard, repp stripes & club patterns", "polyester_tie_fabric"),
            ("Recycled polyester satin, GRS", "recycled_polyester_fabric"),
        ],
        needs=[
            need("Recycled polyester filament with GRS certificate", "recycled_polyester_yarn", requires=(GRS,)),
        ],
        certs=("GRS", "OEKO-TEX Standard 100", "ISO 9001"),
        bcg=("circular",),
    ),
    sme(
        37,
        "th",
        "ร้านปักโลโก้ ศาลายา",
        ALC,
        MID,
        "Nakhon Pathom",
        "salaya.embroid@gmail.com",
        offers=[
            ("รับปักโลโก้ บนเนคไท เสื้อ หมวก", "embroidery_service"),
        ],
        needs=[
            unmet("ด้ายปักเงา โพลีเอสเตอร์", "embroidery thread: no one in the set makes it"),
        ],
    ),
    sme(
        38,
        "en",
        "Mae Chan Hemp Weavers",
        HNF,
        MID,
        "Chiang Rai",
        "maechanhemp@gmail.com",
        offers=[
            ("Handwoven hemp cloth, natural, 40 cm loom", "hemp_fabric"),
        ],
        needs=[
            need("hemp thread for the loom", "hemp_yarn"),
        ],
        bcg=("bio",),
    ),
    sme(
        39,
        "th",
        "ร้านม่อฮ่อมแม่หวาน",
        HNF,
        MID,
        "Phrae",
        "mohommaewan@gmail.com",
        offers=[
            ("ผ้าหม้อห้อมแท้ ย้อมต้นฮ่อม ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("ผ้าฝ้ายดิบ ทอกี่กระตุก", "handwoven_cotton_fabric"),
        ],
        needs=[
            need("ฮ่อมเปียก", "indigo_paste"),
        ],
        certs=("OTOP",),
        bcg=("green",),
    ),
    sme(
        40,
        "en",
        "Na Kha Weaving Centre",
        ISAN,
        MID,
        "Udon Thani",
        "nakhaweaving@gmail.com",
        offers=[
            ("Khit-pattern handwoven cotton, 2 m lengths", "khit_cotton_fabric"),
            ("Ikat silk sarong lengths", "mudmee_silk_fabric"),
        ],
        needs=[
            need("Cotton yarn, OEKO-TEX not required", "handspun_cotton_yarn", "organic_cotton_yarn", waives=(OEKO,)),
            need("Indigo dyeing of our own cotton cloth", "indigo_dyeing_service", "natural_dyeing_service"),
        ],
        certs=("OTOP",),
    ),
]

SMES += [
    sme(
        41,
        "th",
        "บริษัท เคมีแอนด์ฟินิช จำกัด",
        SPORT,
        MID,
        "Rayong",
        "finish@chemfinish.co.th",
        offers=[
            ("รับเคลือบกันน้ำ กันคราบ ผ้าเนคไท (นาโน)", "fabric_finishing_service"),
            ("รับย้อมผ้าพับโพลีด้วยสีดิสเพิร์ส", "polyester_dyeing_service"),
        ],
        needs=[],
        certs=("ISO 14001",),
    ),
    sme(
        42,
        "th",
        "กลุ่มทอผ้ายกเมืองนคร",
        HNF,
        MID,
        "Nakhon Si Thammarat",
        "phayok.nakhon@gmail.com",
        offers=[
            ("ผ้ายกเมืองนคร ทอดิ้น ลายดอกพิกุล", "silk_brocade_fabric"),
        ],
        needs=[
            need("ไหมย้อมสำเร็จ สีเข้ม สีกรมท่า สีเลือดหมู", "dyed_silk_yarn"),
        ],
        certs=("OTOP",),
    ),
    sme(
        43,
        "en",
        "Pak Nam Garment CMT",
        ALC,
        MID,
        "Samut Prakan",
        "cmt@paknamgarment.com",
        offers=[
            ("Uniform shirts & blouses, CMT, 500 pcs up", "garment_sewing_service"),
        ],
        needs=[
            need("poly-cotton shirting for uniforms", "shirting_fabric"),
        ],
    ),
    sme(
        44,
        "th",
        "โรงงานทอผ้าเชิ้ต ราชบุรีเท็กซ์ไทล์",
        ALC,
        MID,
        "Ratchaburi",
        "sales@ratchaburitextile.co.th",
        offers=[
            ("ผ้าเชิ้ต TC 45x45 สีขาว สีฟ้า", "shirting_fabric"),
            ("ผ้าโทเร ชุดนักเรียน ม้วนละ 50 หลา", "shirting_fabric"),
        ],
        needs=[
            need("ฝ้ายเบอร์ 40 หวี", "organic_cotton_yarn"),
            unmet(
                "ฝ้าย Fairtrade สำหรับสายผลิตส่งออก",
                "no supplier holds Fairtrade",
                "handspun_cotton_yarn",
                "organic_cotton_yarn",
                requires=(FAIRTRADE,),
            ),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        45,
        "th",
        "กลุ่มย้อมครั่ง สารคาม",
        ISAN,
        MID,
        "Maha Sarakham",
        "sarakhamlac@gmail.com",
        offers=[
            ("ผ้าไหมย้อมครั่ง สีแดงเข้ม ใช้สารช่วยติดจากธรรมชาติ", "natural_dyed_silk_fabric"),
        ],
        needs=[
            need("ไหมดิบไว้ลงหม้อย้อม (เราไม่ใช้สีเคมี)", "raw_silk_yarn"),
            need("ครั่งแห้ง", "natural_dye_materials"),
        ],
        bcg=("green",),
    ),
    sme(
        46,
        "th",
        "ชัยภูมิไหมทอ บ้านเขว้า",
        ISAN,
        MID,
        "Chaiyaphum",
        "chaiyaphum.maitor@gmail.com",
        offers=[
            ("ผ้าไหมมัดหมี่ลายนาค ย้อมสีธรรมชาติ", "natural_dyed_mudmee_silk"),
        ],
        needs=[
            need("หาคนรับย้อมเส้นไหมด้วยสีจากเปลือกไม้", "natural_dyeing_service"),
        ],
        certs=("Thai Silk Peacock Emblem",),
        bcg=("green",),
    ),
    sme(
        47,
        "en",
        "Sublime Neckwear Print",
        SPORT,
        MID,
        "Kanchanaburi",
        "print@sublimeneckwear.com",
        offers=[
            ("Sublimation printing on poly tie blanks & yardage", "fabric_printing_service"),
        ],
        needs=[
            need("white poly twill for dye-sub", "plain_polyester_fabric"),
        ],
    ),
    sme(
        48,
        "th",
        "เชียงใหม่ รีคราฟท์",
        CIRC,
        MID,
        "Chiang Mai",
        "recraft.cm@gmail.com",
        offers=[
            ("ผ้าชิ้นจากเนคไทเก่า แกะตะเข็บ ซักรีดแล้ว", "reclaimed_tie_fabric"),
        ],
        needs=[
            need("เนคไทมือสอง คละแบบ ชั่งกิโล", "used_neckties"),
        ],
        bcg=("circular",),
    ),
    sme(
        49,
        "en",
        "Krungsri Jacquard Mill",
        ALC,
        MID,
        "Ayutthaya",
        "mill@krungsrijacquard.com",
        offers=[
            ("Yarn-dyed poly repp for school and club ties", "polyester_tie_fabric"),
            ("We weave your design with your yarn", "commission_weaving_service"),
        ],
        needs=[
            need("Dope-dyed poly filament, black & navy", "polyester_filament_yarn"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        50,
        "th",
        "นาโพธิ์ผ้าไหม",
        ISAN,
        MID,
        "Buriram",
        "naphosilk@gmail.com",
        offers=[
            ("ผ้าไหมหางกระรอก เนื้อแน่น", "plain_silk_fabric"),
            ("ผ้าไหมมัดหมี่ สีเคมี ลายโคม", "mudmee_silk_fabric"),
        ],
        needs=[],
        certs=("OTOP",),
    ),
    sme(
        51,
        "en",
        "Mahachai Dye Works",
        SPORT,
        MID,
        "Samut Sakhon",
        "jobs@mahachaidye.com",
        offers=[
            ("Piece dyeing of polyester & blends, jet, 300 kg lots", "polyester_dyeing_service"),
        ],
        needs=[],
        certs=("ISO 14001",),
    ),
    sme(
        52,
        "th",
        "หจก. เนคไทแฮนด์เมด ปากเกร็ด",
        ALC,
        MID,
        "Nonthaburi",
        "pakkret.handmade@gmail.com",
        offers=[
            ("รับจ้างเย็บเนคไท หูกระต่าย ผ้าเช็ดหน้าสูท งาน OEM", "tie_sewing_service"),
        ],
        needs=[
            need("มีใครทำกล่องใส่เนคไท พิมพ์โลโก้ไหม", "gift_boxes"),
        ],
    ),
    sme(
        53,
        "en",
        "GreenLoop Recycled Fabrics",
        CIRC,
        MID,
        "Samut Prakan",
        "hello@greenloopfabrics.com",
        offers=[
            ("Recycled PET woven for ties and linings, 70 gsm", "recycled_polyester_fabric"),
        ],
        needs=[
            need("rPET yarn, GRS nice to have", "recycled_polyester_yarn", waives=(GRS,)),
        ],
        bcg=("circular",),
    ),
    sme(
        54,
        "th",
        "ขอนแก่นไหมไทย ชนบท",
        ISAN,
        MID,
        "Khon Kaen",
        "chonnabot.maithai@gmail.com",
        offers=[
            ("ผ้าไหมพื้นเรียบ เกรดส่งออก ตรานกยูงสีทอง", "plain_silk_fabric"),
        ],
        needs=[
            need("หาโรงย้อมชิ้นผ้าไหม สีเคมีได้", "fabric_dyeing_service"),
        ],
        certs=("ตรานกยูงพระราชทาน",),
    ),
    sme(
        55,
        "en",
        "Salaya Embroidery & Patch",
        SPORT,
        MID,
        "Nakhon Pathom",
        "salayapatch@gmail.com",
        offers=[
            ("Computer embroidery of logos on ties, caps, polos", "embroidery_service"),
        ],
        needs=[],
    ),
]

# ------------------------------------------------------------------ part 3: makers, shops and buyers (056-075)

SMES += [
    sme(
        56,
        "th",
        "บริษัท ไทยไทส์ จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "sales@thaities.co.th",
        offers=[
            ("เนคไทผ้าไหมไทย พับ 7 ทบ เย็บมือ", "silk_neckties"),
            ("เนคไทโพลี ราคาส่ง ขั้นต่ำ 100 เส้น", "polyester_neckties"),
        ],
        needs=[
            need("ผ้าทอยกลายเนื้อไหม ไว้ตัดไทด์", "silk_jacquard_tie_fabric"),
            need("อินเตอร์ไลนิ่งเนคไท", "tie_interlining"),
            need("กล่องของขวัญแบบแข็ง", "gift_boxes"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        57,
        "en",
        "Sukhumvit Gentlemen Tailors",
        ALC,
        DOWN,
        "Bangkok",
        "shop@sukhumvitgents.com",
        offers=[
            ("Made-to-measure dress shirts, 2 fittings", "dress_shirts"),
        ],
        needs=[
            need("Silk ties, solids and repp, 20 per colour", "silk_neckties"),
            unmet("tie racks and display stands", "shop fittings: no one in the set makes them"),
        ],
    ),
    sme(
        58,
        "th",
        "ร้านผ้าไหมแม่ทองใบ สุรินทร์",
        ISAN,
        DOWN,
        "Surin",
        "maethongbai.silk@gmail.com",
        offers=[
            ("เนคไทผ้าไหมมัดหมี่ ลายโบราณ ของฝาก", "silk_neckties"),
            ("ผ้าคลุมไหล่ไหมพื้นเมือง", "silk_scarves"),
        ],
        needs=[
            need("ผ้าหมี่ไหม ย้อมสีจากพืชเท่านั้น ไม่เอาสีเคมี", "natural_dyed_mudmee_silk"),
            need("ช่างรับเย็บเนคไท เราส่งผ้าไปให้", "tie_sewing_service"),
        ],
        certs=("OTOP", "ตรานกยูง"),
    ),
    sme(
        59,
        "en",
        "Chao Phraya Riverside Hotel",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@cpriversidehotel.com",
        offers=[
            ("Retired staff ties & scarves after uniform change", "used_neckties"),
        ],
        needs=[
            need(
                "Uniform ties for 300 staff, OEKO-TEX certified",
                "polyester_neckties",
                "silk_neckties",
                "custom_logo_ties",
                requires=(OEKO,),
            ),
        ],
    ),
    sme(
        60,
        "th",
        "โรงเรียนเซนต์ปีเตอร์วิทยา",
        ALC,
        DOWN,
        "Nonthaburi",
        "procure@stpeter.ac.th",
        offers=[],
        needs=[
            need("เนคไทนักเรียน ปักตราโรงเรียน ปีละ 2,000 เส้น", "custom_logo_ties"),
            need("ผ้าพันคอลูกเสือ-เนตรนารี", "scout_neckerchiefs"),
            unmet("เข็มกลัดตราโรงเรียน", "metal badges: no one in the set makes pins"),
        ],
    ),
    sme(
        61,
        "en",
        "SkyThai Airways Uniform Dept.",
        ALC,
        DOWN,
        "Samut Prakan",
        "uniforms@skythai.aero",
        offers=[],
        needs=[
            need("Pilot ties with wing logo, ISO 9001 factory only", "custom_logo_ties", requires=(ISO9001,)),
            need("cabin-crew scarves in Thai silk", "silk_scarves"),
            need("tie bars with the airline crest", "tie_clips"),
        ],
    ),
    sme(
        62,
        "th",
        "บริษัท เอ็มเคไท โรงงานเนคไท จำกัด",
        SPORT,
        DOWN,
        "Samut Sakhon",
        "sales@mktiefactory.co.th",
        offers=[
            ("เนคไทโลโก้องค์กร ทอโลโก้ในเนื้อผ้า ขั้นต่ำ 200 เส้น", "custom_logo_ties"),
            ("เนคไทสำเร็จรูปแบบซิป ไม่ต้องผูก", "clip_on_ties"),
            ("เศษผ้าโพลีจากโต๊ะตัด", "polyester_textile_waste"),
        ],
        needs=[
            need("ผ้าแจ็คการ์ดโพลีทำเนคไท ต้องผ่าน OEKO-TEX", "polyester_tie_fabric", requires=(OEKO,)),
            need("ไส้เนคไท", "tie_interlining"),
        ],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        63,
        "en",
        "Golden Years Care Residence",
        ALC,
        DOWN,
        "Chonburi",
        "admin@goldenyearscare.co.th",
        offers=[],
        needs=[
            need("easy pre-tied ties for residents with arthritis", "clip_on_ties"),
            unmet("Would anyone make magnetic-closure shirts?", "adaptive shirts: no one offers them"),
        ],
    ),
    sme(
        64,
        "th",
        "ร้านสูทเช่าชุดเจ้าบ่าว ประตูน้ำ",
        ALC,
        DOWN,
        "Bangkok",
        "pratunam.suitrent@gmail.com",
        offers=[
            ("ให้เช่าสูท ทักซิโด้ ชุดเจ้าบ่าว", "suit_rental"),
        ],
        needs=[
            need("โบว์ไทสีดำ แดง ทอง สำหรับเจ้าบ่าว", "bow_ties"),
            unmet("ไม้แขวนเนคไทแบบหมุน", "tie hangers: no one in the set makes them"),
        ],
    ),
    sme(
        65,
        "en",
        "Sampeng Metal Accessories",
        ALC,
        DOWN,
        "Bangkok",
        "sales@sampengmetal.com",
        offers=[
            ("Cufflinks, brass or stainless, logo engraving", "cufflinks"),
            ("Tie bars 5 cm, gold or silver finish", "tie_clips"),
        ],
        needs=[
            need("cufflink presentation cases, small", "gift_boxes"),
        ],
    ),
    sme(
        66,
        "th",
        "แบรนด์ไทเก่า เชียงใหม่",
        CIRC,
        DOWN,
        "Chiang Mai",
        "taikao.brand@gmail.com",
        offers=[
            ("กระเป๋าผ้าจากเนคไทเก่า เย็บมือ", "upcycled_tie_products"),
        ],
        needs=[
            need("เนคไทมือสอง คละสี คละผ้า", "used_neckties"),
            need("ผ้าไทด์เก่าที่เลาะแล้ว ซักสะอาด", "reclaimed_tie_fabric"),
        ],
        bcg=("circular",),
    ),
    sme(
        67,
        "en",
        "Hemp & Co. Lanna",
        HNF,
        DOWN,
        "Chiang Mai",
        "hello@hempandco-lanna.com",
        offers=[
            ("Hand-loomed hemp neckties, natural dyed", "hemp_neckties"),
            ("Hemp bow ties, self-tie", "bow_ties"),
        ],
        needs=[
            need("loom-woven hemp, narrow width ok", "hemp_fabric"),
            need("spun hemp, Organic Thailand certified", "hemp_yarn", requires=(ORG_TH,)),
        ],
        bcg=("bio",),
    ),
    sme(
        68,
        "th",
        "ร้านของฝากไหมงาม ขอนแก่น",
        ISAN,
        DOWN,
        "Khon Kaen",
        "maingam.kk@gmail.com",
        offers=[],
        needs=[
            need("เน็คไทไหม ต้องเป็นสินค้าโอทอป", "silk_neckties", requires=(OTOP,)),
            need("กล่องกระดาษใส่เนคไท", "gift_boxes"),
        ],
    ),
    sme(
        69,
        "en",
        "Krungthep Savings Bank Procurement",
        ALC,
        DOWN,
        "Bangkok",
        "procurement@ktsbank.co.th",
        offers=[],
        needs=[
            need("Ties with bank logo, 5,000 pcs", "custom_logo_ties"),
            need("VIP gift sets (tie + cufflinks)", "tie_gift_sets"),
            unmet("GOTS organic cotton ties", "no tie maker holds GOTS", "cotton_neckties", requires=(GOTS,)),
        ],
    ),
    sme(
        70,
        "th",
        "บริษัท ของขวัญองค์กรดีไซน์ จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "hello@corpgiftdesign.co.th",
        offers=[
            ("ชุดของขวัญ เนคไทไหม+คัฟลิงค์ กล่องแม่เหล็ก", "tie_gift_sets"),
        ],
        needs=[
            need("คัฟลิงค์ สลักโลโก้ลูกค้า", "cufflinks"),
            need("ไทด์ไหม ไม่จำเป็นต้องมีตรานกยูง", "silk_neckties", waives=(PEACOCK,)),
        ],
    ),
    sme(
        71,
        "en",
        "Andaman Beach Resort",
        ALC,
        DOWN,
        "Phuket",
        "purchase@andamanbeachresort.com",
        offers=[],
        needs=[
            need("bowties for restaurant staff, batik or plain", "bow_ties"),
            need("cravats for the wedding chapel", "cravats"),
        ],
    ),
    sme(
        72,
        "th",
        "ร้านบาติกบ่อยาง สงขลา",
        HNF,
        DOWN,
        "Songkhla",
        "boyangbatik@gmail.com",
        offers=[
            ("ผ้าเช็ดหน้าสูทบาติก เขียนเทียนมือ", "pocket_squares"),
            ("หูกระต่ายผ้าปาเต๊ะ", "bow_ties"),
        ],
        needs=[
            need("ผ้าฝ้ายขาว ยังไม่ย้อม สำหรับเขียนเทียน", "handwoven_cotton_fabric"),
        ],
        certs=("OTOP",),
    ),
    sme(
        73,
        "en",
        "Gentleman's Row Siam",
        ALC,
        DOWN,
        "Bangkok",
        "buying@gentlemansrow.co.th",
        offers=[
            ("Menswear retail, 3 branches", "menswear_retail"),
        ],
        needs=[
            need(
                "skinny ties 6 cm, any fibre", "silk_neckties", "polyester_neckties", "cotton_neckties", "hemp_neckties"
            ),
            need("Do you make silk cravats or ascots?", "cravats"),
            unmet("Knitted silk ties, square end", "knit ties: no one in the set knits them"),
        ],
    ),
    sme(
        74,
        "th",
        "โรงเรียนวารินวิทยาคาร",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "warinwit.school@gmail.com",
        offers=[],
        needs=[
            need("เนคไทนักเรียน ม.ปลาย ลายริ้ว", "custom_logo_ties", "polyester_neckties"),
            need("เครื่องแบบนักเรียนชาย-หญิง", "school_uniforms"),
        ],
    ),
    sme(
        75,
        "th",
        "โรงงานชุดนักเรียนโคราช",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "order@koratuniform.com",
        offers=[
            ("ชุดนักเรียน ปักชื่อ ปักโรงเรียน", "school_uniforms"),
            ("ชุดพนักงาน ชุดข้าราชการ", "corporate_uniforms"),
        ],
        needs=[
            need("ผ้าเชิ้ตขาว ทีซี หรือ ซีวีซี", "shirting_fabric"),
        ],
    ),
]

# ------------------------------------------------------------------ part 4: makers, shops and buyers (076-095)

SMES += [
    sme(
        76,
        "th",
        "บริษัท ยูนิฟอร์มโปร จำกัด",
        ALC,
        DOWN,
        "Pathum Thani",
        "sales@uniformpro.co.th",
        offers=[
            ("ชุดพนักงานโรงแรม ธนาคาร ตัดตามไซซ์", "corporate_uniforms"),
            ("เสื้อเชิ้ตแขนยาว ผู้ชาย", "dress_shirts"),
        ],
        needs=[
            need("รับเหมาเย็บเสื้อช่วงงานล้น (CMT)", "garment_sewing_service"),
            need("ไทด์ยูนิฟอร์มพนักงาน", "polyester_neckties", "custom_logo_ties"),
        ],
    ),
    sme(
        77,
        "en",
        "Tie Again Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@tieagain.co",
        offers=[
            ("Patchwork totes from reclaimed silk ties", "upcycled_tie_products"),
        ],
        needs=[
            need("unpicked, washed tie panels", "reclaimed_tie_fabric"),
            need("silk cutting waste", "silk_offcuts"),
        ],
        bcg=("circular",),
    ),
    sme(
        78,
        "th",
        "บ้านพักผู้สูงอายุ สุขสันต์นนท์",
        ALC,
        DOWN,
        "Nonthaburi",
        "suksan.elderly@gmail.com",
        offers=[],
        needs=[
            need("เนคไทแบบตะขอ ใส่ง่าย ให้ผู้สูงอายุใส่งานพิธี", "clip_on_ties"),
        ],
    ),
    sme(
        79,
        "en",
        "Silver Gents Club",
        ALC,
        DOWN,
        "Chiang Mai",
        "secretary@silvergents.club",
        offers=[],
        needs=[
            need("club ties with crest, 150 pcs", "custom_logo_ties"),
        ],
    ),
    sme(
        80,
        "th",
        "แพรวาฝีมือแม่ กาฬสินธุ์",
        ISAN,
        DOWN,
        "Kalasin",
        "praewa.maemade@gmail.com",
        offers=[
            ("สไบไหมแพรวา ลายขิด", "silk_scarves"),
            ("ผ้าเช็ดหน้าไหมแพรวา ใส่กระเป๋าสูท", "pocket_squares"),
        ],
        needs=[
            need("ไหมย้อมสีแล้ว", "dyed_silk_yarn"),
        ],
        certs=("Thai Silk Peacock Emblem", "OTOP"),
    ),
    sme(
        81,
        "en",
        "Thai Trade Delegation Gifts Unit",
        ALC,
        DOWN,
        "Bangkok",
        "gifts@tradedelegation.go.th",
        offers=[],
        needs=[
            need("Royal Peacock silk ties as state gifts", "silk_neckties", requires=(PEACOCK,)),
            need("hankies for the breast pocket, boxed", "pocket_squares"),
        ],
    ),
    sme(
        82,
        "th",
        "ร้านเนคไทสำเพ็ง ขายส่ง",
        ALC,
        DOWN,
        "Bangkok",
        "sampeng.tie@gmail.com",
        offers=[
            ("เนคไทโพลี โหลละ 250 บาท", "polyester_neckties"),
            ("ผ้าผูกคอลูกเสือ ทุกเหล่า", "scout_neckerchiefs"),
            ("ที่หนีบเนคไท", "tie_clips"),
        ],
        needs=[
            need("ไทด์ราคาโรงงาน ขั้นต่ำ 1,000 เส้น", "polyester_neckties"),
            unmet("สายคล้องบัตร พิมพ์โลโก้", "lanyards: no one in the set makes them"),
        ],
    ),
    sme(
        83,
        "en",
        "Thai League FC Merchandise",
        SPORT,
        DOWN,
        "Bangkok",
        "merch@thaileaguefc.com",
        offers=[],
        needs=[
            need("Club-crest neckties for officials", "custom_logo_ties"),
            need("rPET cloth for fan merch, GRS certified", "recycled_polyester_fabric", requires=(GRS,)),
        ],
    ),
    sme(
        84,
        "th",
        "ร้านชุดข้าราชการ ลพบุรี",
        ALC,
        DOWN,
        "Lopburi",
        "lopburi.uniform@gmail.com",
        offers=[
            ("ชุดปกติขาว ชุดกากี ตัดตามสั่ง", "corporate_uniforms"),
        ],
        needs=[
            need("เนคไทสีดำ ไว้ทุกข์ ผ้าโพลี", "polyester_neckties"),
            need("เนคไทผูกไว้แล้ว สวมง่าย", "clip_on_ties"),
        ],
    ),
    sme(
        85,
        "en",
        "Indigo Gentleman",
        HNF,
        DOWN,
        "Sakon Nakhon",
        "hi@indigogentleman.com",
        offers=[
            ("Handwoven cotton neckties dyed in indigo", "cotton_neckties"),
            ("Indigo pocket squares", "pocket_squares"),
        ],
        needs=[
            need("naturally indigo-dyed cotton cloth, no synthetic indigo", "indigo_dyed_cotton_fabric"),
            need("Tie sewing subcontractor", "tie_sewing_service"),
        ],
        bcg=("green",),
    ),
    sme(
        86,
        "th",
        "บริษัท เมนส์คอร์เนอร์ รีเทล จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "buyer@menscorner.co.th",
        offers=[],
        needs=[
            need("ไทด์ไหมไทย แบรนด์คนไทย วางหน้าร้าน", "silk_neckties"),
            need("กิฟต์เซ็ต เนคไท คัฟลิงค์ ช่วงปีใหม่", "tie_gift_sets"),
            unmet("ถุงเท้าสุภาพบุรุษ", "dress socks: no one in the set makes them"),
        ],
    ),
    sme(
        87,
        "en",
        "Hua Hin Wedding Studio",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "book@huahinweddingstudio.com",
        offers=[],
        needs=[
            need("matching bowtie + pochette sets", "bow_ties", "pocket_squares"),
            unmet("braces / suspenders for grooms", "suspenders: no one in the set makes them"),
        ],
    ),
    sme(
        88,
        "th",
        "ร้านคราวัตล้านนา",
        HNF,
        DOWN,
        "Chiang Mai",
        "lanna.cravat@gmail.com",
        offers=[
            ("ผ้าผูกคอคราวัต ผ้าไหมยกดอก", "cravats"),
            ("ผ้าพันคอไหมทอมือ", "silk_scarves"),
        ],
        needs=[
            need("ผ้ายกดอกเนื้อไหม ลายไทย", "silk_brocade_fabric"),
        ],
    ),
    sme(
        89,
        "en",
        "Scout Supply Centre",
        ALC,
        DOWN,
        "Bangkok",
        "shop@scoutsupply.or.th",
        offers=[],
        needs=[
            need("scout scarves, all troop colours", "scout_neckerchiefs"),
            unmet("leather woggles / scarf rings", "woggles: no one in the set makes them"),
        ],
    ),
    sme(
        90,
        "th",
        "โรงแรม ชลบุรีเบย์รีสอร์ท",
        ALC,
        DOWN,
        "Chonburi",
        "purchase@chonburibay.co.th",
        offers=[],
        needs=[
            need("ไทด์พนักงาน มีตราโรงแรม", "custom_logo_ties"),
            need("โบว์ผูกคอพนักงานเสิร์ฟ", "bow_ties"),
        ],
    ),
    sme(
        91,
        "en",
        "Udon Hospital Staff Store",
        ISAN,
        DOWN,
        "Udon Thani",
        "store@udonhospital.go.th",
        offers=[],
        needs=[
            need(
                "Staff ties with hospital logo, OEKO-TEX preferred but not required",
                "custom_logo_ties",
                waives=(OEKO,),
            ),
        ],
    ),
    sme(
        92,
        "th",
        "ร้านค้าชุมชน ร้อยเอ็ดศรีสวัสดิ์",
        ISAN,
        DOWN,
        "Roi Et",
        "roiet.communityshop@gmail.com",
        offers=[],
        needs=[
            need("เนคไทผ้าฝ้ายย้อมคราม", "cotton_neckties"),
        ],
    ),
    sme(
        93,
        "en",
        "Siam Souvenir Duty-Free",
        ALC,
        DOWN,
        "Samut Prakan",
        "buyer@siamsouvenirdf.com",
        offers=[],
        needs=[
            need("Thai silk ties with OTOP label", "silk_neckties", requires=(OTOP,)),
            unmet("leather tie cases", "leather goods: no one in the set makes them"),
        ],
    ),
    sme(
        94,
        "th",
        "วิสาหกิจเพื่อสังคม ไทเปลี่ยนโลก",
        CIRC,
        DOWN,
        "Surat Thani",
        "tieforchange@gmail.com",
        offers=[
            ("พวงกุญแจ ที่คาดผม จากเนคไทเหลือใช้", "upcycled_tie_products"),
        ],
        needs=[
            need("เนคไทเก่า รับบริจาค", "used_neckties"),
        ],
        bcg=("circular",),
    ),
    sme(
        95,
        "en",
        "Team Kit Thailand",
        SPORT,
        DOWN,
        "Pathum Thani",
        "orders@teamkit.co.th",
        offers=[
            ("Sublimated team polos & tracksuits", "sports_uniforms"),
        ],
        needs=[
            need(
                "Recycled polyester cloth for team kits, GRS not required", "recycled_polyester_fabric", waives=(GRS,)
            ),
        ],
    ),
]

# ------------------------------------------------------------------ links

ID_PATTERN = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_PATTERN = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}

# size targets from the brief
LINKS_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
SMALL_SUPPLY_SHARE = 0.60  # share of met needs with 1-3 qualified suppliers, at least


def qualified(supplier: Sme, item: Need) -> bool:
    """The supplier has an offer that the need lists and holds every certification it requires."""
    if not any(label in item.labels for _, label in supplier.offers):
        return False
    return set(item.requires) <= supplier.canonical


def suppliers_of(buyer: Sme, item: Need) -> list[Sme]:
    return [s for s in SMES if s.num != buyer.num and qualified(s, item)]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for item in b.needs if item.met for s in suppliers_of(b, item)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def mentions(text: str, cert: str) -> bool:
    c = CERT_BY_NAME[cert]
    low = text.casefold()
    return any(m.casefold() in low for m in (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions))


def check_profile(p: Sme, errors: list[str]) -> None:
    where = p.id
    if not ID_PATTERN.match(p.id):
        errors.append(f"{where}: malformed id")
    if p.language not in ("th", "en"):
        errors.append(f"{where}: language {p.language!r}")
    if p.sub_cluster not in {s.value for s in SubCluster}:
        errors.append(f"{where}: sub_cluster {p.sub_cluster!r}")
    if p.stage not in {s.value for s in Stage}:
        errors.append(f"{where}: stage {p.stage!r}")
    if resolve_province(p.province) is None:
        errors.append(f"{where}: province {p.province!r} does not resolve")
    for cert in p.certifications:
        if resolve_certification(cert) is None:
            errors.append(f"{where}: certification {cert!r} does not resolve")
    for tag in p.bcg:
        if tag not in {b.value for b in BcgTag}:
            errors.append(f"{where}: bcg {tag!r}")
    if not EMAIL_PATTERN.match(p.email):
        errors.append(f"{where}: email {p.email!r}")
    if not p.name.strip():
        errors.append(f"{where}: empty name")
    if len(p.offers) > 3 or len(p.needs) > 3:
        errors.append(f"{where}: more than 3 offers or needs")
    if not p.offers and not p.needs:
        errors.append(f"{where}: neither offers nor needs")
    texts = [p.name, *(t for t, _ in p.offers), *(n.text for n in p.needs)]
    for text in texts:
        if text != text.strip() or not text:
            errors.append(f"{where}: blank or padded text {text!r}")
        if p.language == "th" and thai_share(text) < 0.6:
            errors.append(f"{where}: Thai phrase not mostly Thai: {text!r}")
        if p.language == "en" and (THAI_LETTER.search(text) or not text.isascii()):
            errors.append(f"{where}: English phrase not Latin only: {text!r}")
    phrases = [t for t, _ in p.offers] + [n.text for n in p.needs]
    if len(set(phrases)) != len(phrases):
        errors.append(f"{where}: repeated phrase")
    for _, label in p.offers:
        if label not in LABELS:
            errors.append(f"{where}: unknown offer label {label!r}")


def check_need(p: Sme, item: Need, offered_by: dict[str, set[int]], errors: list[str]) -> None:
    where = f"{p.id} need {item.text!r}"
    for label in item.labels:
        if label not in LABELS:
            errors.append(f"{where}: unknown label {label!r}")
        elif not offered_by.get(label, set()) - {p.num}:
            errors.append(f"{where}: label {label!r} offered by no one else")
    for cert in (*item.requires, *item.waives):
        if cert not in CERT_BY_NAME:
            errors.append(f"{where}: {cert!r} is not a canonical certification")
    if any(cert not in CERT_BY_NAME for cert in (*item.requires, *item.waives)):
        return
    found = find_certifications(item.text)
    if found != set(item.requires):
        errors.append(f"{where}: text names {sorted(found)}, need requires {sorted(item.requires)}")
    for cert in item.waives:
        if cert in found or not mentions(item.text, cert):
            errors.append(f"{where}: waived {cert} is not named (negated) in the text")
    if item.met and not item.labels:
        errors.append(f"{where}: met need lists no labels")
    count = len(suppliers_of(p, item))
    if item.met and count == 0:
        errors.append(f"{where}: no qualified supplier")
    if not item.met and count:
        errors.append(f"{where}: marked unmet but {count} supplier(s) qualify")
    offer_texts = {t.casefold() for s in SMES for t, _ in s.offers}
    if item.text.casefold() in offer_texts:
        errors.append(f"{where}: worded exactly like an offer")


def check_all(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    nums = [p.num for p in SMES]
    if sorted(nums) != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids are not exactly 1..{N_PROFILES}: {len(nums)} profiles")
    if len({p.id for p in SMES}) != len(SMES):
        errors.append("duplicate ids")
    if len({p.name for p in SMES}) != len(SMES):
        errors.append("duplicate names")
    offered_by: dict[str, set[int]] = {}
    for p in SMES:
        for _, label in p.offers:
            offered_by.setdefault(label, set()).add(p.num)
    for p in SMES:
        check_profile(p, errors)
        for item in p.needs:
            check_need(p, item, offered_by, errors)
    if errors:
        return errors
    c = counts(links)
    if not LINKS_RANGE[0] <= c["links"] <= LINKS_RANGE[1]:
        errors.append(f"{c['links']} true links, target {LINKS_RANGE}")
    if not THAI_SHARE_RANGE[0] <= c["th"] / c["profiles"] <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {c['th'] / c['profiles']:.2f}, target {THAI_SHARE_RANGE}")
    if not CROSS_SHARE_RANGE[0] <= c["cross_share"] <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {c['cross_share']:.2f}, target {CROSS_SHARE_RANGE}")
    if not UNMET_RANGE[0] <= c["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{c['unmet']} needs met by no one, target {UNMET_RANGE}")
    if c["small_supply"] / c["met"] < SMALL_SUPPLY_SHARE:
        errors.append(f"only {c['small_supply']} of {c['met']} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ counts


def counts(links: list[tuple[str, str]]) -> dict:
    by_id = {p.id: p for p in SMES}
    met = [(p, n) for p in SMES for n in p.needs if n.met]
    supply = [len(suppliers_of(p, n)) for p, n in met]
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    regions = Counter(resolve_province(p.province).region.value for p in SMES)  # type: ignore[union-attr]
    return {
        "profiles": len(SMES),
        "th": sum(p.language == "th" for p in SMES),
        "en": sum(p.language == "en" for p in SMES),
        "sub_cluster": Counter(p.sub_cluster for p in SMES),
        "stage": Counter(p.stage for p in SMES),
        "region": regions,
        "provinces": len({resolve_province(p.province).name_en for p in SMES}),  # type: ignore[union-attr]
        "offers": sum(len(p.offers) for p in SMES),
        "offer_labels": len({label for p in SMES for _, label in p.offers}),
        "needs": sum(len(p.needs) for p in SMES),
        "met": len(met),
        "unmet": sum(1 for p in SMES for n in p.needs if not n.met),
        "requires": sum(1 for p in SMES for n in p.needs if n.requires),
        "waives": sum(1 for p in SMES for n in p.needs if n.waives),
        "small_supply": sum(1 for k in supply if 1 <= k <= 3),
        "max_supply": max(supply),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster),
    }


def counts_table(c: dict) -> str:
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English", f"{c['th']} / {c['en']}"),
    ]
    rows += [(f"sub-cluster `{s.value}`", str(c["sub_cluster"][s.value])) for s in SubCluster]
    rows += [(f"stage `{s.value}`", str(c["stage"][s.value])) for s in Stage]
    rows += [(f"region `{r}`", str(n)) for r, n in sorted(c["region"].items())]
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['met']} / {c['unmet']}"),
        ("met needs with 1-3 qualified suppliers (most for one need)", f"{c['small_supply']} ({c['max_supply']})"),
        ("needs requiring a certification", str(c["requires"])),
        ("needs waiving a certification", str(c["waives"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links (share)", f"{c['th_en'] + c['en_th']} ({c['cross_share']:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count':<{width}} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name:<{width}} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_json(p: Sme) -> str:
    row: dict[str, object] = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [text for text, _ in p.offers],
        "needs": [item.text for item in p.needs],
    }
    if p.certifications:
        row["certifications"] = list(p.certifications)
    if p.bcg:
        row["bcg"] = list(p.bcg)
    row["contact_email"] = p.email
    row["language"] = p.language
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


README = """\
# `eval/blind_plain_neckwear/`: ties and formal accessories, plain registry entries

A hand-labelled test set for partner matching. It checks how well the matcher finds the true
supplier-buyer pairs among {profiles} SME profiles whose offers and needs are short registry phrases, in
Thai and English, on neckwear and formal accessories (neckties in silk and polyester, bow ties, pocket
squares, cravats, school and company ties, tie interlining, jacquard tie fabric, tie sewing, cufflinks and
tie clips, gift boxes) and on the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.
The wording was written for this set and does not come from the project's data.

The same kind of goods is written in many ways (local and regional names, trade words and brand names,
abbreviations, with and without quantities, prices, sizes and minimum orders), and a need is worded
differently from the offers that meet it, often in the other language. The set includes hard but fair
cases: a service versus the goods it works on (dyeing or sewing the customer's cloth versus dyed cloth or
finished ties), the customer's own goods sent for work, used and waste goods versus new, raw versus
processed (cocoons, raw silk, dyed silk, cloth, ties), finished goods described by their material, colour
or technique, needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic dye"),
needs that require a named certification, needs that name one only to waive it, and needs that no one
in the set meets.

## How it was written

By hand. The writer read only section 1 of `/work/shared/contracts/CONTRACTS.md` (the profile format and
the links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the `[tool.ruff]`
section of `pyproject.toml`. It did not see the matcher, its glossary, its tests, the project's data or
any other evaluation set, and it did not run the matcher.

## How a link is decided

In `write.py` every offer is a pair (text, label), where the label says what the thing is (for example
dyed cloth versus a dyeing service). Every need lists the labels that would meet it and the
certifications its text requires, or is marked as met by no one, with a short note. A pair (supplier,
buyer) is a true link when some offer of the supplier carries a label listed by one of the buyer's needs
and the supplier's certifications (canonicalised with `canonical_certifications`) hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A certification
that a need names only to waive it ("not required", "nice to have", "ไม่จำเป็นต้องมี") is not required.
The labels live only in `write.py`; the profiles carry no labels.

Before writing, the script checks that ids are unique and well-formed; that every field is valid under
the contract (sub-cluster, stage and BCG values from `shared.taxonomy`, every province resolving with
`resolve_province`, every certification with `resolve_certification`); that every label a need lists is
offered by someone other than the buyer; that every met need has a qualified supplier and every unmet one
has none; that a required certification is what `find_certifications` finds in the need's text and a
waived one is named there but negated; that Thai phrases are mostly Thai letters and English ones Latin
only; and that the sizes are on target. It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_neckwear/write.py
```

## Files

- `write.py`: all the data (profiles, offer labels, need labels and certifications), the checks, and the
  writer of the three files below. Standard library plus `shared.taxonomy`.
- `profiles.jsonl`: {profiles} profiles `{first}` ... `{last}` in the contract's JSONL version 1, one
  object per line, UTF-8, no extra fields.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

Printed by `write.py`:

{table}"""


def render() -> dict[str, str]:
    links = true_links()
    errors = check_all(links)
    if errors:
        raise SystemExit("checks failed, nothing written:\n" + "\n".join(f"  - {e}" for e in errors))
    table = counts_table(counts(links))
    ordered = sorted(SMES, key=lambda p: p.num)
    return {
        "profiles.jsonl": "".join(profile_json(p) + "\n" for p in ordered),
        "links.csv": links_csv(links),
        "README.md": README.format(profiles=len(SMES), first=ordered[0].id, last=ordered[-1].id, table=table),
        "_table": table,
    }


def main() -> None:
    files = render()
    if files != render():
        raise SystemExit("two renders differ, nothing written")
    table = files.pop("_table")
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")


if __name__ == "__main__":
    main()
