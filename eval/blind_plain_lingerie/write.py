"""Write the hand-labelled evaluation set `eval/blind_plain_lingerie/`.

Theme: underwear, sleepwear and shapewear, with the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers around them. Every profile below was written by hand.
Each offer carries a label that says what the thing is; each need lists the offer
labels that would meet it and the certifications its text requires, or is marked
as met by no one. The true links follow from those labels alone.

Run from the repository root:

    .venv/bin/python eval/blind_plain_lingerie/write.py

The script checks the data first and writes nothing if a check fails. With
`--report` it also prints, for every need, the suppliers that meet it.
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

from shared.taxonomy import (  # noqa: E402  (the repository root is put on sys.path just above)
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bli"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
CROSS_SHARE_MIN, CROSS_SHARE_MAX = 0.40, 0.60
THAI_SHARE_MIN, THAI_SHARE_MAX = 0.50, 0.60
UNMET_MIN, UNMET_MAX = 17, 23

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENT = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

# ---------------------------------------------------------------- labels
# What a thing is. An offer carries one; a need lists the ones that would meet it.
LABELS: dict[str, str] = {
    # fibre, yarn, waste (upstream)
    "hemp_bast_fibre": "raw or decorticated hemp bast fibre, not yet spun",
    "hemp_yarn": "spun hemp or hemp-blend yarn",
    "cotton_fibre": "raw cotton lint or seed cotton",
    "handspun_cotton_yarn": "hand-spun cotton thread",
    "cotton_yarn": "mill-spun virgin cotton yarn (organic cotton yarn also meets a plain cotton yarn need)",
    "organic_cotton_yarn": "mill-spun organic cotton yarn",
    "recycled_cotton_yarn": "open-end yarn spun from recycled cotton fibre (not a virgin cotton yarn)",
    "modal_yarn": "modal yarn",
    "bamboo_viscose_yarn": "bamboo viscose yarn",
    "spandex_yarn": "bare elastane yarn",
    "covered_spandex_yarn": "elastane covered with nylon or polyester (ACY, SCY)",
    "nylon_filament_yarn": "virgin nylon filament yarn",
    "recycled_nylon_yarn": "recycled nylon yarn",
    "recycled_polyester_yarn": "recycled polyester (rPET) yarn",
    "mulberry_silk_yarn": "reeled silk yarn",
    "natural_dye_materials": "indigo paste, dye plants and other natural dyestuffs",
    "cotton_cutting_waste": "pre-consumer offcuts of cotton cloth from cutting rooms",
    "mixed_cutting_waste": "pre-consumer offcuts of nylon, spandex, modal, lace and other blends",
    "used_garment_waste": "post-consumer used clothing and underwear collected for recycling",
    "recycled_cotton_fibre": "fibre pulled back from textile waste",
    # cloth (midstream)
    "greige_cotton_jersey": "unfinished, undyed cotton knit straight off the machine",
    "cotton_jersey_fabric": "dyed or finished cotton (or cotton-spandex) knit fabric",
    "organic_cotton_jersey_fabric": "finished organic cotton knit fabric",
    "modal_jersey_fabric": "modal knit fabric",
    "bamboo_jersey_fabric": "bamboo viscose knit fabric",
    "hemp_jersey_fabric": "hemp or hemp-blend knit fabric",
    "recycled_jersey_fabric": "knit fabric made from recycled fibre or yarn",
    "polyester_knit_fabric": "polyester knit fabric, virgin or recycled",
    "power_mesh_fabric": "nylon-spandex power net for shapewear and linings",
    "compression_fabric_medical": "high-power medical compression knit",
    "satin_fabric": "satin or charmeuse woven cloth for nightwear",
    "cotton_flannel_fabric": "brushed cotton flannel",
    "plain_cotton_woven": "mill-woven white or greige cotton poplin, cambric or voile",
    "handwoven_cotton_fabric": "handwoven cotton cloth, undyed or chemically dyed",
    "naturally_dyed_cotton_fabric": "cotton cloth dyed with indigo or other natural dyes",
    "batik_fabric": "wax-resist batik cloth by the piece",
    "thai_silk_fabric": "woven Thai silk cloth",
    "tpu_laminated_fabric": "waterproof TPU/PUL laminated fabric",
    "absorbent_core_fabric": "absorbent terry or microfibre layer for pads and gussets",
    # components (midstream)
    "lace_trim": "stretch or rigid lace trim and galloon",
    "elastic_waistband": "wide waistband elastic, plain or jacquard",
    "narrow_elastic": "narrow elastic: picot, plush-back, strap, fold-over",
    "hook_eye_tape": "hook-and-eye closure tape",
    "molded_bra_cups": "moulded foam bra cups and pads",
    "underwire": "bra underwire",
    "rings_sliders": "bra strap rings and sliders",
    "garment_labels": "woven labels, size and care labels, tagless prints",
    "lingerie_packaging": "boxes, hang bags and packaging for underwear",
    # services (midstream)
    "circular_knitting_service": "knitting the customer's yarn on circular machines",
    "seamless_knitting_service": "seamless knitting to the customer's design",
    "fabric_dyeing_service": "dyeing the customer's cloth with synthetic dyes",
    "natural_dyeing_service": "dyeing the customer's cloth or garments with indigo or natural dyes",
    "antibacterial_finishing_service": "antibacterial or odour-control finishing of the customer's cloth",
    "cmt_lingerie_service": "cut-make-trim of bras and underwear for brands",
    "cmt_sleepwear_service": "sewing nightwear and loungewear for others",
    "pattern_grading_service": "pattern making and size grading",
    "waste_shredding_service": "pulling the customer's textile waste back into fibre",
    # finished goods (downstream)
    "underwire_bras": "bras with underwire",
    "wireless_bras": "wire-free bras and bralettes",
    "sports_bras": "sports bras",
    "nursing_bras": "maternity and nursing bras",
    "panties": "women's briefs and knickers",
    "seamless_underwear": "seamless knitted underwear",
    "mens_underwear": "men's briefs, trunks and boxers",
    "mens_undershirts": "men's undershirts and singlets",
    "camisoles_slips": "camisoles, slips and inner tops",
    "nightgowns": "nightgowns and nightdresses",
    "pyjamas": "pyjama sets in cotton or other non-silk cloth",
    "maternity_briefs": "over-bump maternity briefs",
    "silk_pyjamas": "silk pyjama sets",
    "adaptive_sleepwear": "front-opening sleepwear with Velcro, snap or magnetic closures for care",
    "shapewear": "shaping briefs, bodysuits, girdles, waist cinchers",
    "post_surgery_garments": "post-surgery compression garments and binders",
    "incontinence_underwear": "washable incontinence underwear",
    "period_panties": "reusable period underwear",
    "thermal_underwear": "thermal long underwear",
    "hospital_gowns": "hospital patient gowns",
}


# ---------------------------------------------------------------- data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> tuple[str, str]:
    """An offer and what it is."""
    return (text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` and `req`, if given, name the near misses."""
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ---------------------------------------------------------------- profiles
def part_1() -> list[Sme]:
    """Hemp, cotton and silk of the north and Isan; sleepwear; first institutional buyers."""
    return [
        sme(
            1,
            "th",
            "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
            HEMP,
            UP,
            "Chiang Mai",
            "hemp.maeraem@gmail.com",
            [o("ใยกัญชงลอกมือ ตากแห้งแล้ว ขายเป็นกิโล", "hemp_bast_fibre"), o("ด้ายกัญชงเข็นมือแบบม้ง ม้วนละครึ่งกิโล", "hemp_yarn")],
            [x("เครื่องลอกเปลือกกัญชง มือสองก็ได้", "a decorticating machine; no one in the set sells machinery")],
            certs=("Organic Thailand",),
            bcg=("bio",),
        ),
        sme(
            2,
            "en",
            "Umphang Highland Hemp Co-op",
            HEMP,
            UP,
            "Tak",
            "coop@umphanghemp.org",
            [o("Decorticated hemp bast, 50 kg bales", "hemp_bast_fibre")],
            [],
            bcg=("bio",),
        ),
        sme(
            3,
            "th",
            "หจก. เชียงรายเส้นใยกัญชง",
            HEMP,
            UP,
            "Chiang Rai",
            "sales@cr-hempyarn.co.th",
            [o("เส้นด้ายกัญชงผสมฝ้าย 55/45 เบอร์ 20 สำหรับงานถัก", "hemp_yarn")],
            [n("เปลือกกัญชงดิบ ยังไม่ผ่านการปั่น", "hemp_bast_fibre")],
            bcg=("bio",),
        ),
        sme(
            4,
            "en",
            "Lanna Circular Knit Co., Ltd.",
            HEMP,
            MID,
            "Chiang Mai",
            "info@lannaknit.com",
            [
                o("Hemp/cotton single jersey 170 gsm, natural ecru", "hemp_jersey_fabric"),
                o("Commission knitting on your own yarn, 24-34 inch machines", "circular_knitting_service"),
            ],
            [n("Hemp yarn for knitting, Ne 16-20", "hemp_yarn"), n("Bare elastane 20D / 40D", "spandex_yarn")],
            certs=("OEKO-TEX Standard 100",),
        ),
        sme(
            5,
            "th",
            "ปอใจ อันเดอร์แวร์",
            HEMP,
            DOWN,
            "Chiang Mai",
            "porjai.underwear@gmail.com",
            [o("บ็อกเซอร์ผ้ากัญชงย้อมคราม ใส่สบาย ระบายอากาศ", "mens_underwear")],
            [
                n(
                    "ผ้าถักเนื้อกัญชง หน้ากว้าง 180 ซม. ไม่จำเป็นต้องมีมาตรฐานเกษตรอินทรีย์",
                    "hemp_jersey_fabric",
                    waive=("Organic Thailand",),
                ),
                n("ส่งบ็อกเซอร์ที่เย็บเสร็จไปลงสีครามธรรมชาติ ที่ไหนรับบ้าง", "natural_dyeing_service"),
            ],
            bcg=("green",),
        ),
        sme(
            6,
            "th",
            "กลุ่มผ้าย้อมครามบ้านดอนกอย",
            ISAN,
            MID,
            "Sakon Nakhon",
            "donkoi.indigo@gmail.com",
            [
                o("รับย้อมครามผ้าหรือชิ้นงานของลูกค้า", "natural_dyeing_service"),
                o("ผ้าฝ้ายทอมือย้อมครามสกล ผืนละ 2 เมตร", "naturally_dyed_cotton_fabric"),
            ],
            [
                n("ฝ้ายเข็นมือสีขาว ยังไม่ย้อม", "handspun_cotton_yarn"),
                n("ครามเปียก เนื้อครามพร้อมก่อหม้อ", "natural_dye_materials"),
            ],
            certs=("OTOP",),
            bcg=("bio",),
        ),
        sme(
            7,
            "en",
            "Dan Sai Cotton Growers Group",
            ISAN,
            UP,
            "Loei",
            "dansaicotton@gmail.com",
            [
                o("Ginned native cotton lint", "cotton_fibre"),
                o("Hand-spun cotton thread, white and natural brown", "handspun_cotton_yarn"),
            ],
            [x("Seed of the old native cotton, for next season", "planting seed; no one in the set offers it")],
            certs=("Organic Thailand",),
            bcg=("bio",),
        ),
        sme(
            8,
            "th",
            "ชุดนอนผ้าฝ้าย แม่บุญมา",
            ISAN,
            DOWN,
            "Kalasin",
            "maeboonma.sleepwear@gmail.com",
            [
                o("ชุดนอนผ้าฝ้ายทอมือย้อมคราม เสื้อกระดุม กางเกงขายาว", "pyjamas"),
                o("ชุดนอนกระโปรงผ้าฝ้ายเข็นมือ แขนสามส่วน", "nightgowns"),
            ],
            [n("ผ้าฝ้ายย้อมสีธรรมชาติ ไม่เอาสีเคมี", "naturally_dyed_cotton_fabric")],
            certs=("OTOP",),
        ),
        sme(
            9,
            "th",
            "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
            ISAN,
            UP,
            "Surin",
            "thasawang.silk@gmail.com",
            [o("ไหมน้อยสาวมือ พันธุ์ไทยพื้นบ้าน", "mulberry_silk_yarn")],
            [x("ไข่ไหมพันธุ์ดี เป็นแผ่น", "silkworm eggs are livestock; no one in the set offers them")],
            certs=("Thai Silk Peacock Emblem",),
            bcg=("bio",),
        ),
        sme(
            10,
            "en",
            "Chonnabot Silk Weavers",
            ISAN,
            MID,
            "Khon Kaen",
            "hello@chonnabotsilk.com",
            [
                o("Handwoven mudmee silk yardage", "thai_silk_fabric"),
                o("Plain Thai silk, 90 cm wide, soft finish for sleepwear", "thai_silk_fabric"),
            ],
            [n("Reeled Isan silk yarn from native worms", "mulberry_silk_yarn")],
            certs=("Thai Silk Peacock Emblem",),
        ),
        sme(
            11,
            "th",
            "ไหมนิทรา ชุดนอนผ้าไหม",
            ISAN,
            DOWN,
            "Khon Kaen",
            "mainittra.silk@gmail.com",
            [o("ชุดนอนผ้าไหมแท้ เสื้อแขนสั้น กางเกงขายาว", "silk_pyjamas")],
            [
                n("ผ้าไหมทอมือ ต้องมีตรานกยูงพระราชทาน", "thai_silk_fabric", req=("Thai Silk Peacock Emblem",)),
                n("ฉลากชื่อร้าน เย็บติดคอเสื้อ", "garment_labels"),
            ],
        ),
        sme(
            12,
            "en",
            "Siam Sleep Boutique",
            CENT,
            DOWN,
            "Bangkok",
            "buying@siamsleep.shop",
            [],
            [
                n("Silk pyjama sets for our premium range", "silk_pyjamas"),
                n("PJs, S-XXL, MOQ 50 per colour", "pyjamas", "silk_pyjamas"),
            ],
        ),
        sme(
            13,
            "en",
            "Bang Phli Fibre Reclaim Co., Ltd.",
            CIRC,
            UP,
            "Samut Prakan",
            "sales@bpfibre.co.th",
            [
                o("Recycled cotton fibre from knit clippings, OE spinning grade", "recycled_cotton_fibre"),
                o("Shredding service: we pull your fabric waste back into fibre", "waste_shredding_service"),
            ],
            [n("Cotton cutting-room waste, baled, any colour", "cotton_cutting_waste")],
            certs=("GRS",),
            bcg=("circular",),
        ),
        sme(
            14,
            "th",
            "โรงปั่นด้ายรีไซเคิล นครชัยศรี",
            CIRC,
            UP,
            "Nakhon Pathom",
            "ncs.recycleyarn@gmail.com",
            [
                o("ด้ายรีไซเคิลจากเศษผ้าฝ้าย OE เบอร์ 10-20", "recycled_cotton_yarn"),
                o("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก", "recycled_polyester_yarn"),
            ],
            [n("ใยฝ้ายตีใหม่จากเศษผ้า", "recycled_cotton_fibre")],
            certs=("GRS",),
            bcg=("circular",),
        ),
        sme(
            15,
            "th",
            "กลุ่มทอผ้าฝ้ายเมืองน่าน บ้านหนองบัว",
            HEMP,
            MID,
            "Nan",
            "nongbua.weaving@gmail.com",
            [
                o("ผ้าฝ้ายทอมือลายน้ำไหล หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
                o("ผ้าฝ้ายเมืองสีพื้น ทอกี่กระตุก", "handwoven_cotton_fabric"),
            ],
            [n("ฝ้ายเข็นมือเส้นใหญ่ สีตุ่น", "handspun_cotton_yarn")],
            certs=("OTOP",),
        ),
        sme(
            16,
            "en",
            "Baan Suk Elder Care Home",
            ISAN,
            DOWN,
            "Udon Thani",
            "procurement@baansukcare.org",
            [],
            [
                n("Front-opening nightwear, easy closures, for bedridden residents", "adaptive_sleepwear"),
                n("Washable incontinence briefs, unisex, 3 sizes", "incontinence_underwear"),
            ],
        ),
        sme(
            17,
            "th",
            "โคราชแคร์ ผลิตภัณฑ์ผู้สูงวัย",
            ISAN,
            DOWN,
            "Nakhon Ratchasima",
            "koratcare@gmail.com",
            [
                o("กางเกงในซึมซับปัสสาวะ ซักได้ 200 ครั้ง", "incontinence_underwear"),
                o("ชุดนอนผู้สูงอายุ ผ่าหน้า ติดเทปตีนตุ๊กแก", "adaptive_sleepwear"),
            ],
            [
                n("ผ้ากันน้ำเคลือบฟิล์ม สำหรับชั้นกันซึม", "tpu_laminated_fabric"),
                n("ผ้าซับน้ำ ใยไผ่หรือไมโครไฟเบอร์ ทำแผ่นซึมซับ", "absorbent_core_fabric"),
            ],
            certs=("ISO 9001",),
        ),
        sme(
            18,
            "en",
            "Isan Techtex Laminating",
            ISAN,
            MID,
            "Khon Kaen",
            "sales@isantechtex.com",
            [
                o("TPU-laminated knit, waterproof and breathable, 150 cm", "tpu_laminated_fabric"),
                o("Bamboo terry absorbent layer, 300 gsm", "absorbent_core_fabric"),
            ],
            [n("Polyester knit base fabric for laminating", "polyester_knit_fabric")],
            certs=("OEKO-TEX Standard 100",),
        ),
        sme(
            19,
            "th",
            "ร้านชุดชั้นในป้าแดง ตลาดสดร้อยเอ็ด",
            ISAN,
            DOWN,
            "Roi Et",
            "padaeng.shop@gmail.com",
            [],
            [
                n("ยกทรงมีโครง ไซส์ 32-40 คละสี ยกโหล", "underwire_bras"),
                n("กางเกงชั้นในสตรี แพ็คละ 3 ตัว ราคาส่ง", "panties", "seamless_underwear"),
                x("ไม้แขวนเสื้อในพลาสติกใส", "display hangers; no one in the set sells them"),
            ],
        ),
        sme(
            20,
            "th",
            "ชัยภูมิการ์เมนต์ รับเย็บชุดนอน",
            ISAN,
            MID,
            "Chaiyaphum",
            "cyp.garment@gmail.com",
            [
                o("รับเย็บชุดนอน ชุดอยู่บ้าน ตามแบบลูกค้า ขั้นต่ำ 300 ตัว", "cmt_sleepwear_service"),
                o("เศษผ้าฝ้ายจากโต๊ะตัด ขายเหมากระสอบ", "cotton_cutting_waste"),
            ],
            [n("ผ้าแฟลนเนลลายสก๊อต ทำชุดนอนหน้าหนาว", "cotton_flannel_fabric")],
        ),
        sme(
            21,
            "en",
            "Nitra Homewear",
            CENT,
            DOWN,
            "Bangkok",
            "sourcing@nitrahome.co",
            [
                o("Pyjama sets and nightshirts, own label, wholesale", "pyjamas"),
                o("Satin slip nightdresses, lace edged", "nightgowns"),
            ],
            [
                n("Sewing subcontractor for loungewear, 500 sets a month", "cmt_sleepwear_service"),
                n(
                    "Polyester satin or charmeuse by the roll, OEKO-TEX nice to have",
                    "satin_fabric",
                    waive=("OEKO-TEX Standard 100",),
                ),
            ],
        ),
        sme(
            22,
            "th",
            "หม้อห้อมแพร่ ชุดนอนป้าจันทร์",
            HEMP,
            DOWN,
            "Phrae",
            "morhom.phrae@gmail.com",
            [o("ชุดนอนผ้าหม้อห้อม ผ้าฝ้าย ใส่สบาย", "pyjamas"), o("รับย้อมห้อมเสื้อผ้าที่ลูกค้าส่งมา", "natural_dyeing_service")],
            [n("ต้นห้อมสด หรือห้อมเปียกพร้อมหมัก", "natural_dye_materials")],
            certs=("OTOP",),
        ),
        sme(
            23,
            "en",
            "Pai Natural Dye Supply",
            HEMP,
            UP,
            "Mae Hong Son",
            "order@painaturaldye.com",
            [
                o("Fermented indigo paste (Strobilanthes), per kg", "natural_dye_materials"),
                o("Dried lac, ebony fruit and annatto for dyers", "natural_dye_materials"),
            ],
            [],
            certs=("Organic Thailand",),
            bcg=("bio",),
        ),
        sme(
            24,
            "th",
            "กลุ่มทอผ้าบ้านลาดสมดี",
            ISAN,
            MID,
            "Ubon Ratchathani",
            "ladsomdee.weave@gmail.com",
            [o("ผ้าฝ้ายทอมือ ย้อมเปลือกไม้และโคลน", "naturally_dyed_cotton_fabric")],
            [n("ด้ายฝ้ายโรงงานเบอร์ 20/2 สีขาว", "cotton_yarn", "organic_cotton_yarn")],
            bcg=("bio",),
        ),
    ]


def part_2() -> list[Sme]:
    """Yarn, knitting, dyeing, trims and sewing for lingerie in the central and eastern provinces."""
    return [
        sme(
            25,
            "en",
            "Mahachai Spinning Co., Ltd.",
            HEMP,
            UP,
            "Samut Sakhon",
            "yarn@mahachaispinning.com",
            [
                o("Combed cotton yarn Ne 40/1 and 60/1 for knitting", "cotton_yarn"),
                o("GOTS organic ring-spun cotton yarn Ne 30/1", "organic_cotton_yarn"),
            ],
            [n("Raw cotton, long staple, pressed bales", "cotton_fibre")],
            certs=("GOTS", "ISO 9001"),
        ),
        sme(
            26,
            "en",
            "Siam Specialty Fibres Ltd., Part.",
            CENT,
            UP,
            "Bangkok",
            "siamspecialfibre@gmail.com",
            [
                o("Lenzing Modal yarn Ne 50/1", "modal_yarn"),
                o("Viscose-from-bamboo spun yarn, 40/1", "bamboo_viscose_yarn"),
                o("Roica stretch fibre (spandex), 20/30/40 denier", "spandex_yarn"),
            ],
            [
                x(
                    "Yarn with bamboo charcoal blended in, for socks and briefs",
                    "bamboo charcoal yarn; no one offers it, and bamboo viscose yarn is another yarn",
                )
            ],
            certs=("Oeko-Tex 100",),
        ),
        sme(
            27,
            "en",
            "Eastern Filament Yarns Co., Ltd.",
            SPORT,
            UP,
            "Rayong",
            "sales@easternfilament.co.th",
            [
                o("Nylon 6.6 DTY 40D/34F, semi-dull", "nylon_filament_yarn"),
                o("Recycled nylon yarn from old fishing nets", "recycled_nylon_yarn"),
            ],
            [n("Bare spandex for air covering", "spandex_yarn")],
            certs=("GRS",),
            bcg=("circular",),
        ),
        sme(
            28,
            "th",
            "ชลบุรีไนลอนเท็กซ์",
            SPORT,
            UP,
            "Chonburi",
            "chonnylon@gmail.com",
            [
                o("เส้นด้ายไนลอน 6 FDY 20 ดีเนียร์", "nylon_filament_yarn"),
                o("ไนลอนรีไซเคิลจากเศษเส้นใยในโรงงาน", "recycled_nylon_yarn"),
                o("ด้ายหุ้มสแปนเด็กซ์ ACY 20/20", "covered_spandex_yarn"),
            ],
            [],
        ),
        sme(
            29,
            "en",
            "Pak Nam Knitting Mill",
            HEMP,
            MID,
            "Samut Prakan",
            "mill@paknamknit.com",
            [
                o("Greige cotton single jersey tubes, 30s, off the machine", "greige_cotton_jersey"),
                o("Commission knitting: rib, interlock, jersey on your yarn", "circular_knitting_service"),
            ],
            [
                n(
                    "Ne 30-40 cotton for our jersey machines, 1 t minimum, GOTS not needed",
                    "cotton_yarn",
                    "organic_cotton_yarn",
                    waive=("GOTS",),
                )
            ],
        ),
        sme(
            30,
            "th",
            "โรงย้อมมหาชัยเท็กซ์ไทล์",
            CENT,
            MID,
            "Samut Sakhon",
            "mahachai.dyeing@gmail.com",
            [
                o("รับย้อมผ้าถักของลูกค้า ผ้าดิบเป็นพับ สีรีแอคทีฟ", "fabric_dyeing_service"),
                o("ผ้ายืดคอตตอนย้อมสำเร็จ 30 ซิงเกิ้ล หน้า 72 นิ้ว", "cotton_jersey_fabric"),
            ],
            [n("ผ้าดิบซิงเกิ้ลเจอร์ซี่ ยังไม่ย้อม", "greige_cotton_jersey")],
            certs=("ISO 14001",),
        ),
        sme(
            31,
            "en",
            "Sam Phran Dye & Finish Co., Ltd.",
            SPORT,
            MID,
            "Nakhon Pathom",
            "service@sampranfinish.com",
            [
                o("Commission dyeing of knits, nylon and cotton, low liquor ratio", "fabric_dyeing_service"),
                o("Antibacterial silver finish on customer fabric", "antibacterial_finishing_service"),
            ],
            [],
            certs=("bluesign", "OEKO-TEX Standard 100"),
        ),
        sme(
            32,
            "th",
            "ผ้ายืดบางบอน",
            CENT,
            MID,
            "Bangkok",
            "bangbon.knit@gmail.com",
            [
                o("ผ้าคอตตอนสแปน 95/5 สำหรับตัดกางเกงใน", "cotton_jersey_fabric"),
                o("ผ้าโมดาลสแปน เนื้อนุ่ม 200 แกรม", "modal_jersey_fabric"),
            ],
            [
                n("ด้ายโมดาล ใยจากไม้บีช", "modal_yarn"),
                x(
                    "อยากได้ด้าย Tencel ลายโอเซลล์",
                    "lyocell yarn; the set has modal and bamboo viscose yarn but no lyocell",
                ),
            ],
        ),
        sme(
            33,
            "en",
            "Korat Bamboo Textiles",
            ISAN,
            MID,
            "Nakhon Ratchasima",
            "info@koratbamboo.com",
            [
                o("Bamboo viscose jersey 180 gsm", "bamboo_jersey_fabric"),
                o("Dyed jersey from organically grown cotton, GOTS", "organic_cotton_jersey_fabric"),
            ],
            [
                n("bamboo yarn 30s/40s", "bamboo_viscose_yarn"),
                n(
                    "Yarn from organically grown cotton, GOTS with transaction certificates",
                    "organic_cotton_yarn",
                    req=("GOTS",),
                ),
            ],
            certs=("OEKO-TEX Standard 100", "GOTS"),
        ),
        sme(
            34,
            "th",
            "นนท์ลูกไม้",
            CENT,
            MID,
            "Nonthaburi",
            "nonlace@gmail.com",
            [o("ลูกไม้ยืด ขอบหยัก กว้าง 2-5 ซม.", "lace_trim"), o("ลูกไม้ราเชล สำหรับคัพเสื้อใน", "lace_trim")],
            [n("ด้ายไนลอน 20D สำหรับเครื่องราเชล", "nylon_filament_yarn", "recycled_nylon_yarn")],
        ),
        sme(
            35,
            "en",
            "Bangna Narrow Fabrics Co., Ltd.",
            SPORT,
            MID,
            "Samut Prakan",
            "sales@bangnanarrow.com",
            [
                o("Jacquard logo waistband, 25-40 mm", "elastic_waistband"),
                o("Picot and plush-back elastic for bra bands", "narrow_elastic"),
                o("Fold-over elastic (FOE), 15 mm", "narrow_elastic"),
            ],
            [n("Air-covered spandex for elastic looms", "covered_spandex_yarn")],
            certs=("OEKO-TEX Standard 100",),
        ),
        sme(
            36,
            "th",
            "ยางยืดสมุทรสาคร",
            SPORT,
            MID,
            "Samut Sakhon",
            "skyangyued@gmail.com",
            [o("ยางยืดเอวกางเกง ถักแบน 1-2 นิ้ว", "elastic_waistband"), o("ยางยืดสายเสื้อใน 10 มม.", "narrow_elastic")],
            [
                x(
                    "ยางยืดเส้นกลม จากยางพาราธรรมชาติ",
                    "natural rubber thread; no one offers it, and spandex yarn is not the same",
                )
            ],
        ),
        sme(
            37,
            "en",
            "Krungthep Lingerie Components",
            CENT,
            MID,
            "Bangkok",
            "orders@ktlc.co.th",
            [
                o("Hook & eye tape, 1-4 rows, nickel free", "hook_eye_tape"),
                o("Bra rings and sliders, metal or nylon coated", "rings_sliders"),
                o("Stainless underwire, sizes 30-44", "underwire"),
            ],
            [
                x(
                    "Stainless steel wire in coils for forming",
                    "steel wire stock; no one sells metal, and finished underwire is another thing",
                )
            ],
        ),
        sme(
            38,
            "th",
            "ปทุมโฟมคัพ",
            CENT,
            MID,
            "Pathum Thani",
            "pt.foamcup@gmail.com",
            [o("ฟองน้ำเสื้อในขึ้นรูป โมลด์คัพ", "molded_bra_cups"), o("ฟองน้ำเสริมทรง แบบสอด", "molded_bra_cups")],
            [x("ผ้าสเปเซอร์ 3 มิติ สำหรับคัพระบายอากาศ", "3D spacer fabric; no one in the set knits it")],
        ),
        sme(
            39,
            "th",
            "ป้ายทอประตูน้ำ",
            CENT,
            MID,
            "Bangkok",
            "pratunam.label@gmail.com",
            [o("ป้ายทอ ป้ายไซส์ ป้ายวิธีซัก", "garment_labels"), o("พิมพ์ฉลากลงเนื้อผ้า ไม่ระคายคอ", "garment_labels")],
            [
                x(
                    "ริบบิ้นซาตินสำหรับพิมพ์ฉลาก ม้วนกว้าง 2.5 ซม.",
                    "narrow satin label tape; no one offers it, and satin cloth by the roll is another thing",
                )
            ],
        ),
        sme(
            40,
            "en",
            "PackWell Intimates Packaging",
            CIRC,
            MID,
            "Samut Prakan",
            "hello@packwell.co.th",
            [o("Printed boxes and hang bags for bras and briefs", "lingerie_packaging")],
            [x("Kraft board in bulk, FSC certified", "paperboard; no one in the set sells it", req=("FSC",))],
            certs=("FSC",),
            bcg=("green",),
        ),
        sme(
            41,
            "th",
            "บางพลีอินทิเมท รับผลิตชุดชั้นใน",
            CENT,
            MID,
            "Samut Prakan",
            "bp.intimate@gmail.com",
            [
                o("รับผลิตเสื้อชั้นใน กางเกงใน OEM ขั้นต่ำ 1,000 ชิ้น", "cmt_lingerie_service"),
                o("เศษผ้าโมดาลและไนลอนจากการตัด ขายเป็นกิโล", "mixed_cutting_waste"),
            ],
            [
                n("ตะขอหลังเสื้อใน 2 แถว 3 ตะขอ", "hook_eye_tape"),
                n("โครงเหล็กเสื้อใน", "underwire"),
                n("ยางยืดเส้นเล็ก สำหรับขอบและสายเสื้อใน", "narrow_elastic"),
            ],
            certs=("ISO 9001", "SA8000"),
        ),
        sme(
            42,
            "en",
            "Pak Kret Intimates Sewing",
            CENT,
            MID,
            "Nonthaburi",
            "factory@pkintimates.com",
            [
                o("CMT for lingerie brands: bras, briefs, bodysuits", "cmt_lingerie_service"),
                o("Pattern making and size grading for intimates", "pattern_grading_service"),
            ],
            [n("Moulded foam cups for T-shirt bras", "molded_bra_cups"), n("Stretch lace 3-6 cm", "lace_trim")],
            certs=("ISO 9001",),
        ),
        sme(
            43,
            "th",
            "มิลิน ลองเจอรี",
            CENT,
            DOWN,
            "Bangkok",
            "milin.lingerie@gmail.com",
            [o("บราไร้โครง ผ้าโมดาล", "wireless_bras"), o("กางเกงในลูกไม้ทรงบิกินี่", "panties")],
            [
                n("หาโรงงานรับเย็บชุดชั้นใน OEM เล็กๆ", "cmt_lingerie_service"),
                n("ผ้าโมดาลยืด 4 ทาง", "modal_jersey_fabric"),
                n("กล่องใส่บรา พิมพ์โลโก้", "lingerie_packaging"),
            ],
        ),
        sme(
            44,
            "en",
            "Grand Plaza Department Store, Intimates Buying",
            CENT,
            DOWN,
            "Bangkok",
            "intimates.buying@grandplaza.co.th",
            [],
            [
                n("Moulded-cup bras with wire, 32A-38D", "underwire_bras"),
                n("Tummy-control underwear and body shapers", "shapewear"),
                n("Ladies' briefs from an SA8000-certified factory", "panties", "seamless_underwear", req=("SA8000",)),
            ],
        ),
        sme(
            45,
            "en",
            "BraFit Online (Hat Yai)",
            SPORT,
            DOWN,
            "Songkhla",
            "brafit.shop@gmail.com",
            [],
            [
                n("High-support running bras", "sports_bras"),
                n("No-show seamless knickers", "seamless_underwear"),
                x("Reusable silicone nipple covers", "silicone nipple covers; no one in the set makes them"),
            ],
        ),
        sme(
            46,
            "en",
            "Siam Seamless Knit Co., Ltd.",
            SPORT,
            MID,
            "Chonburi",
            "biz@siamseamless.com",
            [
                o("Seamless knitting on Santoni machines for your brand", "seamless_knitting_service"),
                o("Seamless briefs and boyshorts, ready stock", "seamless_underwear"),
            ],
            [
                n("Nylon from reclaimed sources, 70D DTY, GRS certified", "recycled_nylon_yarn", req=("GRS",)),
                n("Covered elastane yarn", "covered_spandex_yarn"),
            ],
            certs=("OEKO-TEX Standard 100",),
        ),
        sme(
            47,
            "th",
            "ระยองพาวเวอร์เน็ท",
            SPORT,
            MID,
            "Rayong",
            "rypowernet@gmail.com",
            [
                o("ผ้าพาวเวอร์เน็ท ไนลอนสแปน สำหรับสเตย์", "power_mesh_fabric"),
                o("ผ้ายืดแรงบีบสูง เกรดการแพทย์", "compression_fabric_medical"),
            ],
            [n("ไนลอนรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_nylon_yarn", req=("GRS",))],
        ),
        sme(
            48,
            "en",
            "Kinetic Active Thailand",
            SPORT,
            DOWN,
            "Bangkok",
            "sourcing@kineticactive.co",
            [o("Sports bras, medium and high impact", "sports_bras")],
            [
                n("Who can knit our seamless range? 20k pcs a season", "seamless_knitting_service"),
                n("Power net for bra linings", "power_mesh_fabric"),
                n("bluesign dyehouse for nylon/spandex", "fabric_dyeing_service", req=("bluesign",)),
            ],
        ),
    ]


def part_3() -> list[Sme]:
    """Medical and care: post-surgery garments, incontinence, the elderly, maternity; recycling; the south."""
    return [
        sme(
            49,
            "th",
            "เมดิฟิต ชุดกระชับหลังศัลยกรรม",
            CENT,
            DOWN,
            "Nonthaburi",
            "medifit.th@gmail.com",
            [o("ชุดกระชับสัดส่วนหลังดูดไขมัน", "post_surgery_garments"), o("สเตย์รัดหน้าท้องหลังผ่าคลอด", "post_surgery_garments")],
            [
                n("ผ้าคอมเพรสชั่นเนื้อแน่น ใช้ทำชุดหลังผ่าตัด", "compression_fabric_medical"),
                n("ตะขอตาไก่ 3 แถว สำหรับชุดกระชับ", "hook_eye_tape"),
            ],
            certs=("ISO 13485", "Thai FDA"),
        ),
        sme(
            50,
            "en",
            "Bangkok Aesthetic Surgery Clinic",
            CENT,
            DOWN,
            "Bangkok",
            "purchasing@bkkaesthetic.com",
            [],
            [
                n("Post-lipo compression suits from an ISO 13485 maker", "post_surgery_garments", req=("ISO 13485",)),
                x(
                    "Silicone breast forms for mastectomy patients",
                    "silicone breast prostheses; no one in the set makes them",
                ),
            ],
        ),
        sme(
            51,
            "th",
            "โรงพยาบาลสุขสวัสดิ์ ฝ่ายจัดซื้อ",
            CENT,
            DOWN,
            "Bangkok",
            "purchase@suksawat-hospital.com",
            [],
            [
                n("ชุดรัดหลังผ่าตัด ต้องมีเลข อย.", "post_surgery_garments", req=("Thai FDA",)),
                n("ชุดคนไข้ ผูกหลัง ผ้าคอตตอน", "hospital_gowns"),
                x(
                    "ผ้าอ้อมผู้ใหญ่แบบใช้ครั้งเดียวทิ้ง",
                    "disposable adult diapers; the set has only washable incontinence underwear",
                ),
            ],
        ),
        sme(
            52,
            "en",
            "CompressTex Medical Co., Ltd.",
            SPORT,
            MID,
            "Ratchaburi",
            "sales@compresstex.co.th",
            [
                o("Medical compression warp knit, 20-30 mmHg", "compression_fabric_medical"),
                o("Post-op abdominal binders and faja bodysuits", "post_surgery_garments"),
            ],
            [],
            certs=("ISO 9001",),
        ),
        sme(
            53,
            "th",
            "ร้านสุขใจ เสื้อผ้าผู้สูงวัย",
            ISAN,
            DOWN,
            "Khon Kaen",
            "sukjai.elder@gmail.com",
            [],
            [
                n("ชุดนอนคนแก่ ใส่ถอดง่าย ไม่ต้องกลัดกระดุม", "adaptive_sleepwear"),
                n("ยกทรงไม่มีโครงเหล็ก ใส่สบาย สำหรับคุณยาย", "wireless_bras"),
            ],
        ),
        sme(
            54,
            "th",
            "สหกรณ์ตัดเย็บอุดร",
            ISAN,
            MID,
            "Udon Thani",
            "coop@udongarment.org",
            [
                o("รับงานเย็บ ชุดนอน ชุดลำลอง ออเดอร์เล็ก", "cmt_sleepwear_service"),
                o("ชุดโรงพยาบาลสำหรับคนไข้ ตัดจากผ้าฝ้ายดิบ", "hospital_gowns"),
            ],
            [n("ผ้าฝ้ายยกขน เนื้อนุ่มอุ่น ทำชุดนอน", "cotton_flannel_fabric")],
        ),
        sme(
            55,
            "th",
            "โรงทอผ้าสำลีบุรีรัมย์",
            ISAN,
            MID,
            "Buriram",
            "brr.flannel@gmail.com",
            [o("ผ้าสำลี ผ้าฟลานเนลคอตตอน หน้ากว้าง 58 นิ้ว", "cotton_flannel_fabric")],
            [n("ด้ายคอตตอน สำหรับทอผ้าสำลี", "cotton_yarn", "organic_cotton_yarn")],
        ),
        sme(
            56,
            "en",
            "Korat Thermal Wear",
            ISAN,
            DOWN,
            "Nakhon Ratchasima",
            "sales@koratthermal.com",
            [
                o("Waffle-knit long johns, tops and bottoms", "thermal_underwear"),
                o("Men's white cotton singlets, dozen packs", "mens_undershirts"),
            ],
            [n("Undyed cotton knit straight from the machine, rib or jersey", "greige_cotton_jersey")],
        ),
        sme(
            57,
            "th",
            "ร้านผ้าเมืองเชียงแสน",
            HEMP,
            DOWN,
            "Chiang Rai",
            "chiangsaen.fabricshop@gmail.com",
            [],
            [n("ชุดลองจอนใส่กันหนาว ไซส์ผู้ใหญ่", "thermal_underwear")],
        ),
        sme(
            58,
            "th",
            "ศูนย์รับซื้อผ้าเก่าแปดริ้ว",
            CIRC,
            UP,
            "Chachoengsao",
            "paetriew.recycle@gmail.com",
            [
                o("เสื้อผ้ามือสอง คัดแยกแล้ว ขายเป็นตัน", "used_garment_waste"),
                o("ชุดชั้นในเก่า คัดแยกเพื่อรีไซเคิล", "used_garment_waste"),
            ],
            [n("รับเศษผ้าจากโรงงาน ทุกชนิด", "cotton_cutting_waste", "mixed_cutting_waste")],
            bcg=("circular",),
        ),
        sme(
            59,
            "en",
            "ReLoop Textiles Co., Ltd.",
            CIRC,
            MID,
            "Bangkok",
            "hello@relooptextiles.com",
            [o("Recycled cotton/poly jersey from post-consumer clothing", "recycled_jersey_fabric")],
            [
                n("Post-consumer clothing, sorted, any grade", "used_garment_waste"),
                n("Open-end recycled cotton yarn", "recycled_cotton_yarn"),
                n("Someone to knit our recycled yarn into jersey", "circular_knitting_service"),
            ],
            certs=("GRS", "RCS"),
            bcg=("circular",),
        ),
        sme(
            60,
            "th",
            "วนรอบ ชุดชั้นในรักษ์โลก",
            CIRC,
            DOWN,
            "Chiang Mai",
            "wonrob.underwear@gmail.com",
            [o("กางเกงในผ้ารีไซเคิล", "panties"), o("เสื้อกล้ามผู้หญิงจากผ้ารีไซเคิล", "camisoles_slips")],
            [
                n("ผ้ายืดรีไซเคิล ต้องมี GRS", "recycled_jersey_fabric", req=("GRS",)),
                n("หาคนขยายแบบตัดกางเกงใน ให้ครบไซส์ XS-3XL", "pattern_grading_service"),
            ],
            bcg=("circular",),
        ),
        sme(
            61,
            "en",
            "Mahachai Waste Sorters",
            CIRC,
            UP,
            "Samut Sakhon",
            "trade@mahachaiwaste.com",
            [o("Lingerie factory offcuts: nylon/spandex, lace, baled", "mixed_cutting_waste")],
            [n("Anyone selling used bras or underwear in bulk?", "used_garment_waste")],
            bcg=("circular",),
        ),
        sme(
            62,
            "th",
            "ปราจีนแอนตี้แบค ฟินิชชิ่ง",
            SPORT,
            MID,
            "Prachinburi",
            "pc.antibac@gmail.com",
            [
                o("รับเคลือบสารกันแบคทีเรียบนผ้าของลูกค้า ซิลเวอร์ไอออน", "antibacterial_finishing_service"),
                o("รับเคลือบกันกลิ่นอับ ผ้ากางเกงใน", "antibacterial_finishing_service"),
            ],
            [],
        ),
        sme(
            63,
            "en",
            "Isan Period Care Social Enterprise",
            ISAN,
            DOWN,
            "Khon Kaen",
            "team@isanperiodcare.org",
            [o("Reusable period panties, 4-layer", "period_panties")],
            [
                n("Soak-up fabric for the gusset, microfibre or towelling", "absorbent_core_fabric"),
                n("Leak-proof PUL membrane fabric", "tpu_laminated_fabric"),
                n("Odour control on our own fabric, who does it?", "antibacterial_finishing_service"),
            ],
        ),
        sme(
            64,
            "th",
            "บ้านพักผู้สูงวัยร่มไทร",
            CENT,
            DOWN,
            "Bangkok",
            "romsai.elderhome@gmail.com",
            [],
            [
                n("กางเกงอนามัยผู้ใหญ่แบบผ้า ซักได้ ไม่ต้องมี อย.", "incontinence_underwear", waive=("Thai FDA",)),
                n("ชุดนอนผู้ป่วยติดเตียง เปิดหน้าได้หมด", "adaptive_sleepwear"),
                n("ชุดผู้ป่วย", "hospital_gowns"),
            ],
        ),
        sme(
            65,
            "en",
            "Golden Years Care Residence",
            CENT,
            DOWN,
            "Nonthaburi",
            "supplies@goldenyears.co.th",
            [],
            [
                n(
                    "Incontinence pants, OEKO-TEX certified fabric",
                    "incontinence_underwear",
                    req=("OEKO-TEX Standard 100",),
                ),
                x(
                    "Compression stockings, class 2, for leg ulcers",
                    "graduated compression hosiery; no one makes it (compression fabric and binders are other goods)",
                ),
            ],
        ),
        sme(
            66,
            "th",
            "มัมมี่เลิฟ ร้านแม่และเด็ก",
            CENT,
            DOWN,
            "Samut Prakan",
            "mommylove.shop@gmail.com",
            [],
            [
                n("เสื้อในให้นม เปิดคัพได้", "nursing_bras"),
                n("กางเกงในคนท้อง เอวสูงคลุมท้อง", "maternity_briefs"),
                x(
                    "แผ่นซับน้ำนมแบบผ้า ซักได้",
                    "washable nursing pads; no one makes them, and absorbent fabric by the metre is another thing",
                ),
            ],
        ),
        sme(
            67,
            "th",
            "มาม่า อินทิเมท รับผลิต OEM",
            CENT,
            MID,
            "Nakhon Pathom",
            "oem@mamaintimates.com",
            [
                o("ชุดชั้นในคุณแม่ให้นม ไร้โครง ปลดคัพด้วยคลิป", "nursing_bras"),
                o("กางเกงในสำหรับหญิงตั้งครรภ์ ขอบเอวยืดรองรับครรภ์", "maternity_briefs"),
            ],
            [
                x(
                    "คลิปเสื้อในให้นม พลาสติกหรือโลหะ 15 มม.",
                    "nursing clasps; no one makes them, and hook-and-eye tape or strap sliders are other parts",
                ),
                n("ผ้าถักเนื้อโมดาล ยืดหยุ่น หนักประมาณ 200 กรัมต่อตารางเมตร", "modal_jersey_fabric"),
            ],
            certs=("OEKO-TEX Standard 100",),
        ),
        sme(
            68,
            "th",
            "ร้านชุดชั้นในปากน้ำโพ",
            CENT,
            DOWN,
            "Nakhon Sawan",
            "paknampho.lingerie@gmail.com",
            [],
            [n("เสื้อชั้นในสำหรับให้นมบุตร", "nursing_bras"), n("ชั้นในชาย ทรงทรังค์ ยกโหล คละสี", "mens_underwear")],
        ),
        sme(
            69,
            "en",
            "Andaman Spa & Resort",
            CENT,
            DOWN,
            "Phuket",
            "purchasing@andamanspa.com",
            [],
            [
                n("Guest PJs with embroidered logo, 300 sets a year", "pyjamas", "silk_pyjamas"),
                n(
                    "Silk sleepwear for pool villas, Peacock Emblem not required",
                    "silk_pyjamas",
                    waive=("Thai Silk Peacock Emblem",),
                ),
            ],
        ),
        sme(
            70,
            "th",
            "ปาเต๊ะสงขลา ชุดนอนเขียนเทียน",
            CENT,
            DOWN,
            "Songkhla",
            "songkhla.batik@gmail.com",
            [o("ผ้าปาเต๊ะเขียนเทียน ขายเป็นผืน 2 หลา", "batik_fabric"), o("ชุดนอนกระโปรงผ้าบาติก ลายทะเล", "nightgowns")],
            [n("ผ้าคอตตอนขาว เนื้อบาง สำหรับเขียนเทียน", "plain_cotton_woven")],
            certs=("Halal",),
        ),
        sme(
            71,
            "en",
            "Satun Modest Wear Trading",
            CENT,
            DOWN,
            "Satun",
            "trade@satunmodest.com",
            [],
            [
                n("Halal-certified ladies' briefs", "panties", "seamless_underwear", req=("Halal",)),
                n("Long slips and inner tops, modest cut", "camisoles_slips"),
            ],
        ),
        sme(
            72,
            "th",
            "ปัตตานีชุดชั้นในมุสลิมะห์",
            CENT,
            DOWN,
            "Pattani",
            "pattani.muslimah@gmail.com",
            [o("เสื้อซับในแขนยาว ผ้าเย็น", "camisoles_slips"), o("กางเกงในผู้หญิงผ้าฝ้าย ได้ฮาลาล", "panties")],
            [n("ผ้าโมดาล หรือผ้าใยไผ่ เนื้อเย็น ซื้อเป็นกิโล", "modal_jersey_fabric", "bamboo_jersey_fabric")],
            certs=("Halal",),
        ),
    ]


def part_4() -> list[Sme]:
    """Sportech and recycled polyester; bra makers and shops; more buyers across the country."""
    return [
        sme(
            73,
            "en",
            "GreenLoop PET Yarns",
            CIRC,
            UP,
            "Rayong",
            "sales@greenloopyarn.com",
            [o("rPET filament yarn 75D/72F", "recycled_polyester_yarn")],
            [
                x(
                    "Clean PET bottle flakes, hot-washed",
                    "PET flakes are plastic feedstock; no one in the set sells them",
                )
            ],
            certs=("GRS",),
            bcg=("circular",),
        ),
        sme(
            74,
            "th",
            "สาครสปอร์ตนิต",
            SPORT,
            MID,
            "Samut Sakhon",
            "sakhon.sportknit@gmail.com",
            [
                o("ผ้าโพลีเอสเตอร์ถัก ผ้ากีฬา ทำจากขวดรีไซเคิล", "polyester_knit_fabric"),
                o("รับถักผ้าตามสเปค ใช้ด้ายของลูกค้า", "circular_knitting_service"),
            ],
            [n("ด้ายจากขวดน้ำดื่ม สำหรับถักผ้ากีฬา", "recycled_polyester_yarn")],
        ),
        sme(
            75,
            "en",
            "Stride Activewear Co.",
            SPORT,
            DOWN,
            "Bangkok",
            "buy@strideactive.co",
            [o("Training bras and crop tops, own label", "sports_bras")],
            [
                x(
                    "GRS-certified 100% rPET knit for bra linings",
                    "polyester knit from a GRS-certified mill; the only polyester knitter holds no GRS",
                    "polyester_knit_fabric",
                    req=("GRS",),
                ),
                n("Antimicrobial treatment for our finished fabric", "antibacterial_finishing_service"),
                n("Molded cups for sports bras", "molded_bra_cups"),
            ],
        ),
        sme(
            76,
            "th",
            "สมุทรปราการบรา โรงงานชุดชั้นในขายส่ง",
            CENT,
            DOWN,
            "Samut Prakan",
            "spk.bra@gmail.com",
            [o("เสื้อชั้นในมีโครง ดันทรง คัพ A-D", "underwire_bras"), o("กางเกงในผู้หญิง ยกโหล ส่งร้านค้า", "panties")],
            [
                n("ห่วงและตัวปรับสายเสื้อใน", "rings_sliders"),
                n("คัพบราสำเร็จรูป", "molded_bra_cups"),
                n("เลซแต่งขอบ", "lace_trim"),
            ],
            certs=("SA8000",),
        ),
        sme(
            77,
            "en",
            "Bella Forma Intimates Co., Ltd.",
            CENT,
            DOWN,
            "Bangkok",
            "sales@bellaforma.co.th",
            [
                o("Underwire T-shirt bras, 32-40 B-E", "underwire_bras"),
                o("Shapewear bodysuits and waist cinchers", "shapewear"),
            ],
            [n("Lace galloon for bra wings", "lace_trim"), n("Back closures, 3 rows x 3 hooks", "hook_eye_tape")],
            certs=("SA8000", "OEKO-TEX Standard 100"),
        ),
        sme(
            78,
            "th",
            "อุดรชุดชั้นในชาย",
            ISAN,
            DOWN,
            "Udon Thani",
            "udon.menswear@gmail.com",
            [
                o("กางเกงในชายทรงบรีฟ ผ้าคอตตอน แพ็คโหล", "mens_underwear"),
                o("เสื้อกล้ามชาย ผ้าคอตตอน 100%", "mens_undershirts"),
                o("เศษผ้าคอตตอนจากการตัด ขายเป็นกระสอบ", "cotton_cutting_waste"),
            ],
            [
                n("ขอบเอวยางทอชื่อแบรนด์ สำหรับกางเกงในชาย", "elastic_waistband"),
                n("ผ้าเจอร์ซี่ฝ้าย สีขาว ดำ เทา", "cotton_jersey_fabric", "organic_cotton_jersey_fabric"),
            ],
            certs=("มอก.",),
        ),
        sme(
            79,
            "en",
            "Doi Organic Basics",
            HEMP,
            DOWN,
            "Chiang Mai",
            "shop@doiorganic.com",
            [o("Organic cotton briefs", "panties"), o("Organic cotton bralettes, wire-free", "wireless_bras")],
            [
                n("GOTS certified organic knit for briefs", "organic_cotton_jersey_fabric", req=("GOTS",)),
                n(
                    "Elastic trims, OEKO-TEX certified",
                    "narrow_elastic",
                    "elastic_waistband",
                    req=("OEKO-TEX Standard 100",),
                ),
            ],
            certs=("GOTS",),
            bcg=("green",),
        ),
        sme(
            80,
            "th",
            "กรีนไลฟ์ช็อป",
            HEMP,
            DOWN,
            "Bangkok",
            "greenlife.shop.bkk@gmail.com",
            [],
            [
                n("กางเกงในผ้าออร์แกนิก มี GOTS", "panties", "seamless_underwear", req=("GOTS",)),
                n("กางเกงในอนามัย ซึมซับประจำเดือน มี OEKO-TEX ยิ่งดี", "period_panties", waive=("OEKO-TEX Standard 100",)),
            ],
            bcg=("green",),
        ),
        sme(
            81,
            "th",
            "สำเพ็งผ้าซาติน",
            CENT,
            MID,
            "Bangkok",
            "sampeng.satin@gmail.com",
            [o("ผ้าซาตินเงา ผ้าซาตินยืด ขายเป็นม้วน", "satin_fabric"), o("ผ้าชาร์มูส เนื้อทิ้งตัว ทำชุดนอน", "satin_fabric")],
            [],
        ),
        sme(
            82,
            "en",
            "Ratchaburi Cotton Weaving Mill",
            HEMP,
            MID,
            "Ratchaburi",
            "mill@rbcotton.co.th",
            [
                o("Cotton voile and cambric, bleached white, 44 inch", "plain_cotton_woven"),
                o("Greige cotton poplin for printing", "plain_cotton_woven"),
            ],
            [n("Cotton yarn 40s for weaving, warp and weft", "cotton_yarn", "organic_cotton_yarn")],
        ),
        sme(
            83,
            "en",
            "CareWear Thailand Co., Ltd.",
            CENT,
            DOWN,
            "Nonthaburi",
            "info@carewear.co.th",
            [
                o("Reusable adult continence pants, leak-proof", "incontinence_underwear"),
                o("Magnetic-button nightshirts for easy dressing", "adaptive_sleepwear"),
            ],
            [
                n("Fabric with a wipe-clean moisture barrier film, 1.5 m width", "tpu_laminated_fabric"),
                n("Seamstress team for adaptive nightwear, short runs", "cmt_sleepwear_service"),
            ],
            certs=("OEKO-TEX Standard 100", "ISO 9001"),
        ),
        sme(
            84,
            "th",
            "โรงพยาบาลธาตุพนม งานพัสดุ",
            ISAN,
            DOWN,
            "Nakhon Phanom",
            "supply.thatphanom@gmail.com",
            [],
            [
                n("เสื้อผู้ป่วยใน สีฟ้า ไซส์ XL", "hospital_gowns"),
                n("กางเกงกันเปื้อนปัสสาวะ สำหรับผู้ป่วยสูงอายุ ใช้ซ้ำได้", "incontinence_underwear"),
            ],
        ),
        sme(
            85,
            "en",
            "Nimman House Department Store",
            HEMP,
            DOWN,
            "Chiang Mai",
            "buyers@nimmanhouse.com",
            [],
            [
                n("Pyjamas for our Lanna corner, OTOP not required", "pyjamas", "silk_pyjamas", waive=("OTOP",)),
                x("Half-body mannequins for lingerie display", "display mannequins; no one in the set makes them"),
            ],
        ),
        sme(
            86,
            "th",
            "รันเนอร์สุราษฎร์ ร้านอุปกรณ์วิ่ง",
            SPORT,
            DOWN,
            "Surat Thani",
            "runner.surat@gmail.com",
            [],
            [n("บราออกกำลังกาย กระชับหน้าอก", "sports_bras"), n("ชุดชั้นในไร้ตะเข็บ ใส่วิ่ง", "seamless_underwear")],
        ),
        sme(
            87,
            "en",
            "Second Skin Upcycled",
            CIRC,
            DOWN,
            "Bangkok",
            "studio@secondskin.co.th",
            [o("Upcycled lace bralettes made from factory leftovers", "wireless_bras")],
            [
                n("Lace and mesh scraps for upcycling, small lots OK", "mixed_cutting_waste"),
                n("Someone to grade our bralette block into 6 sizes", "pattern_grading_service"),
            ],
            bcg=("circular",),
        ),
        sme(
            88,
            "th",
            "วิสาหกิจชุมชนฝ้ายอินทรีย์กุดชุม",
            ISAN,
            UP,
            "Yasothon",
            "kudchum.cotton@gmail.com",
            [o("ฝ้ายอินทรีย์ทั้งเมล็ด และปุยฝ้ายหีบแล้ว", "cotton_fibre"), o("ด้ายฝ้ายปั่นมือ จากฝ้ายอินทรีย์", "handspun_cotton_yarn")],
            [],
            certs=("Organic Thailand",),
            bcg=("bio",),
        ),
        sme(
            89,
            "th",
            "สตูดิโอแพทเทิร์นชุดชั้นใน ลาดพร้าว",
            CENT,
            MID,
            "Bangkok",
            "pattern.ladprao@gmail.com",
            [o("รับทำแพทเทิร์นและเกรดไซส์ ชุดชั้นใน ชุดว่ายน้ำ", "pattern_grading_service")],
            [],
        ),
        sme(
            90,
            "th",
            "ลำพูนอินทิเมท แอพพาเรล",
            CIRC,
            MID,
            "Lamphun",
            "lamphun.intimate@gmail.com",
            [
                o("รับผลิตชุดชั้นในส่งออก ตามออเดอร์แบรนด์", "cmt_lingerie_service"),
                o("เศษผ้าไนลอนสแปนจากห้องตัด", "mixed_cutting_waste"),
            ],
            [n("อยากส่งเศษผ้าของเราไปตีเป็นเส้นใยใหม่", "waste_shredding_service"), n("ตัวปรับสายและห่วงโลหะ", "rings_sliders")],
            certs=("ISO 14001",),
            bcg=("circular",),
        ),
        sme(
            91,
            "en",
            "Contour Shapewear Co.",
            SPORT,
            DOWN,
            "Bangkok",
            "hello@contourshape.co",
            [o("High-waist shaping briefs and thigh slimmers", "shapewear")],
            [
                n("Nylon-spandex power net, 220 gsm", "power_mesh_fabric"),
                n("Closure tape with hooks for bodysuits", "hook_eye_tape"),
                x(
                    "Spiral steel boning for waist cinchers",
                    "corset boning; no one sells it, and underwire is another part",
                ),
            ],
        ),
        sme(
            92,
            "th",
            "มุกดามัดหมี่ ชุดนอนผ้าฝ้าย",
            ISAN,
            DOWN,
            "Mukdahan",
            "mukda.mudmee@gmail.com",
            [o("ชุดนอนกระโปรงยาว ผ้ามัดหมี่ฝ้าย", "nightgowns")],
            [n("หาที่รับตัดชุดนอนจากผ้ามัดหมี่ของเราเอง ล็อตละ 100-200 ตัว", "cmt_sleepwear_service")],
            certs=("OTOP",),
        ),
        sme(
            93,
            "th",
            "ร้านค้าสวัสดิการ ฐานทัพเรือสัตหีบ",
            CENT,
            DOWN,
            "Chonburi",
            "welfare.sattahip@gmail.com",
            [],
            [n("เสื้อยืดแขนกุดสีขาว ผ่านมาตรฐาน มอก.", "mens_undershirts", req=("Thai Industrial Standard",))],
        ),
        sme(
            94,
            "en",
            "Kind Hemp Underwear",
            HEMP,
            DOWN,
            "Bangkok",
            "team@kindhemp.co",
            [o("Hemp trunks for men, natural undyed", "mens_underwear")],
            [
                x(
                    "Organic Thailand-certified hemp knit",
                    "hemp knit from a mill holding Organic Thailand; the only hemp knitter holds none",
                    "hemp_jersey_fabric",
                    req=("Organic Thailand",),
                ),
                n("Natural indigo dyeing of our finished trunks", "natural_dyeing_service"),
            ],
            bcg=("green",),
        ),
        sme(
            95,
            "th",
            "คลินิกแม่และเด็ก ศรีสะเกษ",
            ISAN,
            DOWN,
            "Sisaket",
            "mc.sisaket@gmail.com",
            [],
            [n("ชุดรัดพุงหลังผ่าซีซาร์", "post_surgery_garments"), n("เสื้อชั้นในแม่ลูกอ่อน", "nursing_bras")],
        ),
    ]


def all_smes() -> list[Sme]:
    return [*part_1(), *part_2(), *part_3(), *part_4()]


# ---------------------------------------------------------------- links


def qualifies(supplier: Sme, need: Need) -> bool:
    """Some offer of `supplier` is of a kind `need` lists, and it holds every certification the need requires."""
    held = canonical_certifications(supplier.certs)
    has_kind = any(label in need.labels for _, label in supplier.offers)
    return has_kind and all(cert in held for cert in need.requires)


def suppliers_of(smes: list[Sme], buyer: Sme, need: Need) -> list[Sme]:
    return [s for s in smes if s.num != buyer.num and qualifies(s, need)]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        if not need.unmet
        for supplier in suppliers_of(smes, buyer, need)
    }
    return sorted(pairs)


# ---------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
CERT_NAMES = {c.name for c in CERTIFICATIONS}


def _cert_spellings(name: str) -> list[str]:
    cert = next(c for c in CERTIFICATIONS if c.name == name)
    return [cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions]


def _mentions(text: str, cert: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", s).casefold() in folded for s in _cert_spellings(cert))


def _thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or THAI_CHAR.match(ch)]
    thai = [ch for ch in letters if THAI_CHAR.match(ch)]
    return len(thai) / len(letters) if letters else 0.0


def _latin_only(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text) and not (
        THAI_CHAR.search(text)
    )


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in smes]
    if sorted(nums) != list(range(1, N_PROFILES + 1)):
        missing = sorted(set(range(1, N_PROFILES + 1)) - set(nums))
        dupes = sorted(k for k, v in Counter(nums).items() if v > 1)
        errors.append(f"ids must be {PREFIX}-001..{PREFIX}-{N_PROFILES:03d}; missing {missing}, duplicated {dupes}")
    offered_by: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.num)

    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in {v.value for v in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub!r}")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        for tag in s.bcg:
            if tag not in {v.value for v in BcgTag}:
                errors.append(f"{where}: bcg {tag!r}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrases = [s.name, *(t for t, _ in s.offers), *(nd.text for nd in s.needs)]
        if len({p.casefold() for p in phrases[1:]}) != len(phrases) - 1:
            errors.append(f"{where}: an offer or need is written twice")
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                errors.append(f"{where}: stray spaces in {phrase!r}")
            if s.lang == "th" and _thai_share(phrase) < 0.5:
                errors.append(f"{where}: Thai phrase is mostly not Thai: {phrase!r}")
            if s.lang == "en" and not _latin_only(phrase):
                errors.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        held = canonical_certifications(s.certs)
        for text, label in s.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            for cert in find_certifications(text) - held:
                errors.append(f"{where}: offer {text!r} claims {cert}, which the profile does not hold")
        for nd in s.needs:
            w = f"{where} need {nd.text!r}"
            for label in nd.labels:
                if label not in LABELS:
                    errors.append(f"{w}: unknown label {label!r}")
                elif not offered_by.get(label, set()) - {s.num}:
                    errors.append(f"{w}: label {label!r} is offered by no one but the buyer")
            for cert in (*nd.requires, *nd.waives):
                if cert not in CERT_NAMES:
                    errors.append(f"{w}: {cert!r} is not a canonical certification name")
            if set(nd.requires) & set(nd.waives):
                errors.append(f"{w}: a certification both required and waived")
            found = find_certifications(nd.text)
            for cert in nd.requires:
                if cert not in found:
                    errors.append(f"{w}: requires {cert} but the text does not ask for it")
            for cert in nd.waives:
                if cert in CERT_NAMES and not _mentions(nd.text, cert):
                    errors.append(f"{w}: waives {cert} but the text does not name it")
            for cert in found - set(nd.requires) - set(nd.waives):
                errors.append(f"{w}: the text names {cert}, which is neither required nor waived")
            met_by = suppliers_of(smes, s, nd)
            if nd.unmet:
                if met_by:
                    errors.append(f"{w}: marked unmet but met by {[m.id for m in met_by]}")
            elif not nd.labels:
                errors.append(f"{w}: lists no labels and is not marked unmet")
            elif not met_by:
                errors.append(f"{w}: no supplier qualifies")

    errors += check_targets(smes)
    return errors


def check_targets(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    thai = sum(s.lang == "th" for s in smes) / max(1, len(smes))
    if not THAI_SHARE_MIN <= thai <= THAI_SHARE_MAX:
        errors.append(f"Thai share {thai:.2f}, want {THAI_SHARE_MIN}-{THAI_SHARE_MAX}")
    links = true_links(smes)
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        errors.append(f"{len(links)} true links, want {LINKS_MIN}-{LINKS_MAX}")
    lang = {s.id: s.lang for s in smes}
    cross = sum(lang[a] != lang[b] for a, b in links) / max(1, len(links))
    if not CROSS_SHARE_MIN <= cross <= CROSS_SHARE_MAX:
        errors.append(f"cross-language share {cross:.2f}, want {CROSS_SHARE_MIN}-{CROSS_SHARE_MAX}")
    unmet = sum(bool(nd.unmet) for s in smes for nd in s.needs)
    if not UNMET_MIN <= unmet <= UNMET_MAX:
        errors.append(f"{unmet} needs met by no one, want {UNMET_MIN}-{UNMET_MAX}")
    met_counts = [len(suppliers_of(smes, s, nd)) for s in smes for nd in s.needs if not nd.unmet]
    few = sum(1 <= c <= 3 for c in met_counts)
    if met_counts and few / len(met_counts) < 0.7:
        errors.append(f"only {few} of {len(met_counts)} met needs have 1-3 suppliers")
    if sum(c > 3 for c in met_counts) < 3:
        errors.append("fewer than 3 needs are met by more than 3 suppliers")
    return errors


# ---------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [nd.text for nd in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(smes: list[Sme]) -> list[tuple[str, str]]:
    links = true_links(smes)
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    th = sum(s.lang == "th" for s in smes)
    rows.append(("Thai / English profiles", f"{th} / {len(smes) - th}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows.append(("distinct provinces", str(len({resolve_province(s.province) for s in smes}))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    needs = [nd for s in smes for nd in s.needs]
    unmet = sum(bool(nd.unmet) for nd in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(nd.requires) for nd in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(nd.waives) for nd in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    cross = th_en + en_th
    rows.append(("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in links))))
    return rows


def counts_table(smes: list[Sme]) -> str:
    rows = counts(smes)
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'measure':<{width}} | count |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k:<{width}} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# Evaluation set `blind_plain_lingerie`

A hand-labelled test set for partner matchmaking in the Health and Wellness Economy
cluster. Theme: underwear, sleepwear and shapewear (bras and panties, seamless knit
underwear, men's underwear and undershirts, nightgowns and pyjamas, maternity and
nursing bras, post-surgery compression garments, shapewear, incontinence underwear)
with their components (elastic, lace, hooks and eyes, cups, underwire) and the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers around them.

## What it checks

Whether the matcher finds the true supplier -> buyer pairs among 95 SME profiles
written as plain registry entries (one short phrase per offer or need), from wording
it has never seen: local and regional names, trade words, brand names,
abbreviations, quantities, prices and places, in Thai and English. Offers and needs
rarely share their wording, and about half of the true links cross languages.

Hard but fair cases are included on purpose: a service versus the goods it works on
(dyeing the customer's cloth versus dyed cloth, sewing for others versus finished
garments, seamless knitting for a brand versus seamless briefs); the customer's own
goods sent for work; waste and used goods versus new; raw versus processed (fibre,
yarn, cloth, product); finished goods described by their material, colour or
technique (indigo-dyed hemp boxers are men's underwear, not indigo dyeing); needs
written as a wish, a bare noun phrase or a question; refusals ("no chemical dye",
"no wire"); needs that require a named certification and needs that name one only to
waive it; and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (profile JSONL version 1
and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the ruff
settings; not the matcher, its glossary, its tests or any other evaluation set.
Every province resolves with `resolve_province`, every certification with
`resolve_certification`; sub-cluster, stage and BCG values are the taxonomy's.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing
is (for example `naturally_dyed_cotton_fabric` versus `natural_dyeing_service`).
Every need either lists the offer labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words
play no part; quantities, prices and places never decide a link; what changes what
the thing is does. A waived certification ("OEKO-TEX nice to have", "ไม่ต้องมี อย.")
is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field
valid; every label a need lists is offered by someone other than the buyer; every
met need has a qualified supplier and every unmet one has none; a required or waived
certification is named in the need's text, and the text names no other; Thai
phrases are mostly Thai letters and English ones Latin only; the size targets
(95 profiles, 50-60 % Thai, 160-180 true links, 40-60 % of them across languages,
17-23 needs met by no one, most met needs met by 1-3 suppliers). It writes nothing
if any check fails. Its output is deterministic: two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_lingerie/write.py

Add `--report` to list, for every need, the suppliers that meet it.

## Files

- `write.py`: all the data, the labels, the checks; writes the three files below.
- `profiles.jsonl`: 95 profiles `{prefix}-001` ... `{prefix}-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, bytes]:
    links = true_links(smes)
    profiles = "".join(profile_json(s) + "\n" for s in sorted(smes, key=lambda s: s.num))
    readme = README.replace("{prefix}", PREFIX).replace("{table}", counts_table(smes))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": links_csv(links).encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def report(smes: list[Sme]) -> None:
    for buyer in smes:
        for nd in buyer.needs:
            met = suppliers_of(smes, buyer, nd)
            mark = "UNMET" if nd.unmet else f"{len(met)}"
            print(f"{buyer.id} [{mark}] {nd.text}  <- {', '.join(m.id for m in met)}")


def main(argv: list[str]) -> int:
    smes = all_smes()
    if "--report" in argv:
        report(smes)
    errors = check(smes)
    if errors:
        for error in errors:
            print("CHECK FAILED:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written.", file=sys.stderr)
        return 1
    first, second = render(smes), render(all_smes())
    if first != second:
        print("CHECK FAILED: two renderings differ; nothing written.", file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(counts_table(smes), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
