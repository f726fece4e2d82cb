"""Write the hand-labelled evaluation set `eval/blind_plain_cleanroom/`.

Theme: cleanroom and technical workwear (coveralls, hoods, ESD smocks, lint-free wipes, carbon-grid
polyester, cleanroom laundering, shoe covers) and the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. All data is written by hand below; the labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_cleanroom/write.py

It checks the data first and writes `profiles.jsonl`, `links.csv` and `README.md` only if every check passes.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

PREFIX = "bcx"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE = (0.50, 0.60)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

# Taxonomy values, written out; the checks compare them with `shared.taxonomy`.
HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"
BIO = "bio"
CIRCULAR = "circular"
GREEN = "green"


@dataclass(frozen=True)
class Need:
    """A need: the offer labels that meet it and the certifications its text requires or waives.

    An unmet need names the label that would meet it (`labels`) and says why no one in the set does.
    """

    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


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

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, label: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, (label,), req, waive, note)


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
    return Sme(num, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ---------------------------------------------------------------------------------------------- data

SMES: list[Sme] = []

# --- upstream: fibre, yarn, waste -----------------------------------------------------------------

SMES += [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        [
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_bast_fibre"),
            ("เส้นใยกัญชงแช่น้ำขี้เถ้า ปั่นมือ ม้วนละ 100 กรัม", "hemp_yarn"),
        ],
        [
            unmet("เครื่องลอกเปลือกกัญชงมือหมุน มือสองก็ได้", "hemp_decorticator", "no one sells machinery"),
        ],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        "Doi Phu Kha Hemp Growers Group",
        HEMP,
        UP,
        "Nan",
        "doiphukha.hemp@gmail.com",
        [("Decorticated hemp bast, 20 kg bales", "hemp_bast_fibre")],
        [need("cotton yarn Ne 20 to blend with our hemp", "cotton_yarn", "organic_cotton_yarn")],
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        "บริษัท สยามคอตตอนสปินนิ่ง จำกัด",
        ALC,
        UP,
        "Nakhon Pathom",
        "sales@siamcottonspin.co.th",
        [
            ("ด้ายฝ้าย 100% เบอร์ 20/1 30/1 ขั้นต่ำ 500 กก.", "cotton_yarn"),
            ("ด้ายคอตตอนออร์แกนิก ได้ GOTS", "organic_cotton_yarn"),
        ],
        [need("ปุยฝ้ายหีบแล้ว จากเลย เพชรบูรณ์", "raw_cotton_lint")],
        certs=("GOTS", "OEKO-TEX Standard 100"),
    ),
    sme(
        4,
        "en",
        "Loei Highland Cotton Farmers",
        ALI,
        UP,
        "Loei",
        "loeicotton.farm@gmail.com",
        [("Ginned cotton lint, hand-picked, Loei", "raw_cotton_lint")],
        [],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        5,
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์บ้านน้ำหนาว",
        ALC,
        UP,
        "Phetchabun",
        "namnao.fai@gmail.com",
        [("ฝ้ายดอก ฝ้ายตุ่ย ยังไม่หีบเมล็ด", "seed_cotton"), ("ปุยฝ้ายอินทรีย์ อัดกระสอบ", "raw_cotton_lint")],
        [need("อยากได้ถุงใส่ปุยฝ้าย แบบผ้า ใบใหญ่", "cotton_sack")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        6,
        "en",
        "Pak Nam Polyfil Co., Ltd.",
        SPORT,
        UP,
        "Samut Prakan",
        "export@paknampolyfil.com",
        [
            ("Polyester DTY 75D/72F and FDY 50D, raw white", "polyester_filament_yarn"),
            ("Carbon-core conductive nylon filament 20D", "conductive_yarn"),
        ],
        [need("hot-washed PET bottle flakes, clear", "pet_bottle_flakes")],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        7,
        "th",
        "หจก. ชลรีไซเคิลขวด",
        CIRC,
        UP,
        "Chonburi",
        "chonrecycle@hotmail.com",
        [("เกล็ดขวดเพ็ทล้างร้อน สีใส ตันละ 18,000 บาท", "pet_bottle_flakes")],
        [unmet("ถุงจัมโบ้มือสอง รับน้ำหนัก 1 ตัน", "used_jumbo_bag", "no one offers bulk bags")],
        bcg=(CIRCULAR,),
    ),
    sme(
        8,
        "en",
        "Eastern rPET Fibre Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "info@easternrpet.co.th",
        [("rPET staple 1.4D x 38 mm, GRS", "recycled_polyester_fibre")],
        [
            need("post-consumer bottle chips", "pet_bottle_flakes"),
            need("100% polyester offcuts for fibre-to-fibre", "polyester_textile_waste"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        9,
        "th",
        "ร้านรับซื้อเศษผ้ามหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.sespa@gmail.com",
        [
            ("เศษผ้ายืดคอตตอน จากโรงตัด คัดสีแล้ว", "cotton_cutting_waste"),
            ("เศษผ้าโพลี 100% อัดก้อน 200 กก.", "polyester_textile_waste"),
        ],
        [need("รับซื้อชุดหมีคลีนรูมเก่า ชุดหมดอายุ ทุกสภาพ", "used_cleanroom_garments")],
        bcg=(CIRCULAR,),
    ),
    sme(
        10,
        "en",
        "ReThread Sorting Centre",
        CIRC,
        UP,
        "Pathum Thani",
        "hello@rethread.co.th",
        [
            ("Sorted used uniforms and workwear, by fibre", "used_workwear"),
            ("Garneted cotton fibre from pre-consumer scraps", "recycled_cotton_fibre"),
        ],
        [need("cotton jersey cutting scraps, bulk", "cotton_cutting_waste")],
        certs=("RCS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        11,
        "th",
        "บริษัท วนด้ายรีไซเคิล จำกัด",
        CIRC,
        UP,
        "Saraburi",
        "sales@wondai-recycle.co.th",
        [("ด้ายรีไซเคิล คอตตอน/โพลี 60/40 OE 10s", "recycled_blend_yarn")],
        [
            need("ใยฝ้ายตีจากเศษผ้า", "recycled_cotton_fibre"),
            need("เส้นใยโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_polyester_fibre", req=("GRS",)),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        12,
        "en",
        "Thanyaburi Microfibre Yarns",
        SPORT,
        UP,
        "Pathum Thani",
        "sales@tbmicro.co.th",
        [("Split microfibre yarn 150D/144F, poly/nylon 80/20", "microfibre_yarn")],
        [unmet("Nylon 6 chips, semi-dull", "nylon_chips", "no polymer maker in the set")],
    ),
    sme(
        13,
        "th",
        "กลุ่มแม่บ้านฝ้ายเข็นบ้านนาข่า",
        ALI,
        UP,
        "Udon Thani",
        "nakha.faikhen@gmail.com",
        [("ฝ้ายเข็นมือ สีขาวตุ่น เข็ดละ 80 บาท", "handspun_cotton_yarn")],
        [need("ฝ้ายดิบ ปุยฝ้ายสำหรับเข็น", "raw_cotton_lint")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        14,
        "en",
        "Nil Hom Indigo House",
        ALI,
        UP,
        "Sakon Nakhon",
        "nilhom.indigo@gmail.com",
        [("Fermented indigo paste (nil hom), 1 kg tub", "indigo_paste")],
        [unmet("big clay fermentation jars, 100 litre", "clay_jar", "no potter in the set")],
        certs=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    sme(
        15,
        "th",
        "บริษัท นครปฐมโพลีเท็กซ์ จำกัด",
        SPORT,
        UP,
        "Nakhon Pathom",
        "info@npt-polytex.co.th",
        [
            ("ด้ายโพลีเอสเตอร์ FDY 75D 150D ย้อมสีตามสั่ง", "polyester_filament_yarn"),
            ("ด้ายเย็บผ้าโพลี 40/2 หลอดละ 5,000 หลา", "sewing_thread"),
        ],
        [need("เกล็ด PET รีไซเคิล ส่งประจำทุกเดือน", "pet_bottle_flakes")],
        certs=("ISO 9001",),
    ),
    sme(
        16,
        "en",
        "Static Solutions Yarn Trading",
        SPORT,
        UP,
        "Bangkok",
        "sst.yarn@outlook.com",
        [("Carbon conductive filament for ESD fabrics, 2.5 kg cones", "conductive_yarn")],
        [],
    ),
    sme(
        17,
        "th",
        "โรงย้อมฝ้ายสีธรรมชาติ แพร่",
        HEMP,
        UP,
        "Phrae",
        "phrae.natdye@gmail.com",
        [("ด้ายฝ้ายย้อมสีธรรมชาติ ฮ่อม ครั่ง ขมิ้น", "natural_dyed_cotton_yarn")],
        [need("ด้ายฝ้ายขาว ยังไม่ฟอก ไม่ผ่านสารเคมี", "cotton_yarn", "organic_cotton_yarn")],
        bcg=(BIO, GREEN),
    ),
]

# --- midstream: fabric, dyeing, finishing, components, services ---------------------------------

SMES += [
    sme(
        18,
        "en",
        "Bangplee Technical Weaving Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@bpweave.co.th",
        [
            ("Carbon grid polyester taffeta, 5 mm grid, 150 cm", "esd_grid_fabric"),
            ("Anti-static stripe twill 2.5 mm, white/blue", "esd_grid_fabric"),
        ],
        [
            need("conductive carbon yarn, steady monthly lots", "conductive_yarn"),
            need("polyester filament 75 denier", "polyester_filament_yarn"),
        ],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        19,
        "th",
        "บริษัท อยุธยาแอนตี้สแตติก เท็กซ์ไทล์ จำกัด",
        SPORT,
        MID,
        "Ayutthaya",
        "sales@ayt-antistatic.co.th",
        [("ผ้าตารางคาร์บอน กันไฟฟ้าสถิต ช่อง 5 มม. สีขาว ฟ้า ชมพู", "esd_grid_fabric")],
        [
            need("เส้นด้ายนำไฟฟ้า ไส้คาร์บอน", "conductive_yarn"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        20,
        "en",
        "Ratchaburi Taffeta Mill",
        SPORT,
        MID,
        "Ratchaburi",
        "rbtaffeta@gmail.com",
        [("Polyester taffeta 190T, plain dyed, lining grade", "polyester_taffeta")],
        [need("FDY polyester yarn, semi-dull", "polyester_filament_yarn")],
    ),
    sme(
        21,
        "th",
        "โรงทอโคราชคอตตอน",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "korat.cotton@gmail.com",
        [
            ("ผ้าดิบ ยังไม่ฟอก หน้ากว้าง 63 นิ้ว", "greige_cotton_fabric"),
            ("ผ้าคอตตอนทวิล ฟอกขาว 220 แกรม", "cotton_twill_fabric"),
        ],
        [need("ด้ายฝ้ายเบอร์ 20 ม้วนใหญ่", "cotton_yarn", "organic_cotton_yarn")],
    ),
    sme(
        22,
        "en",
        "Mahachai Jet Dyeing Co., Ltd.",
        CIRC,
        MID,
        "Samut Sakhon",
        "jetdye@mahachai-dye.com",
        [("Commission dyeing of your fabric, jet and jigger, poly and cotton", "dyeing_service")],
        [unmet("licensed contractor to take dye-house sludge", "sludge_disposal", "no waste contractor in the set")],
        certs=("ISO 14001",),
    ),
    sme(
        23,
        "th",
        "บริษัท ราชบุรีย้อมพิมพ์ จำกัด",
        ALC,
        MID,
        "Ratchaburi",
        "rb.yompim@gmail.com",
        [
            ("รับย้อมผ้าลูกค้า ขั้นต่ำ 200 กก. ต่อสี", "dyeing_service"),
            ("ผ้าคอตตอนย้อมสีพร้อมขาย สีพื้น 20 สี", "dyed_cotton_fabric"),
        ],
        [need("ผ้าดิบฝ้ายสำหรับย้อม ม้วนละ 100 หลา", "greige_cotton_fabric")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        24,
        "en",
        "Finetech Fabric Finishing",
        SPORT,
        MID,
        "Chachoengsao",
        "finetech.finish@gmail.com",
        [("Antistatic and water-repellent finishing on customer fabric", "antistatic_finishing_service")],
        [],
        certs=("bluesign",),
        bcg=(GREEN,),
    ),
    sme(
        25,
        "th",
        "ห้างหุ้นส่วนจำกัด นนท์การ์เมนต์",
        ALC,
        MID,
        "Nonthaburi",
        "nongarment@hotmail.com",
        [("รับจ้างตัดเย็บ ชุดยูนิฟอร์ม ชุดคลีนรูม ตามแบบ ผ้าลูกค้า", "cut_and_sew_service")],
        [need("ซิปไนลอน เบอร์ 5 ยาว 60 ซม.", "zipper"), need("กระดุมแป๊กทองเหลือง", "snap_fastener")],
    ),
    sme(
        26,
        "en",
        "Unifast Components",
        SPORT,
        MID,
        "Bangkok",
        "sales@unifast.co.th",
        [
            ("Conductive brass snaps for ESD garments", "snap_fastener"),
            ("Nylon coil zips #3 and #5, any length", "zipper"),
        ],
        [],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        27,
        "th",
        "บริษัท ริบไทย นิตติ้ง จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "ribthai.knit@gmail.com",
        [
            ("ปลอกข้อมือผ้าริบ สำหรับชุดคลีนรูม มีเส้นคาร์บอน", "knit_cuff"),
            ("ยางยืดทอ 1 นิ้ว สีขาว", "elastic_tape"),
        ],
        [need("ด้ายไมโครไฟเบอร์ สำหรับถัก", "microfibre_yarn")],
    ),
    sme(
        28,
        "en",
        "Lat Krabang Knit Works",
        SPORT,
        MID,
        "Bangkok",
        "lkknit@lkknit.com",
        [("Microfibre interlock knit, 120 gsm, white", "microfibre_knit_fabric")],
        [need("split yarn for wiper knitting", "microfibre_yarn")],
    ),
    sme(
        29,
        "th",
        "บริษัท ระยองนอนวูฟเว่น จำกัด",
        SPORT,
        MID,
        "Rayong",
        "sales@rynonwoven.co.th",
        [("ผ้าสปันบอนด์ PP และผ้า SMS 25-60 แกรม", "pp_nonwoven_fabric")],
        [unmet("เม็ดพลาสติก PP เกรดสปันบอนด์", "pp_resin", "no polymer maker in the set")],
        certs=("ISO 9001",),
    ),
    sme(
        30,
        "en",
        "MicroBarrier Laminates",
        SPORT,
        MID,
        "Chonburi",
        "info@microbarrier.asia",
        [("Microporous film laminated nonwoven, Tyvek-type", "microporous_laminate")],
        [need("spunbond polypropylene base fabric, 30 gsm", "pp_nonwoven_fabric")],
        certs=("ISO 9001",),
    ),
    sme(
        31,
        "th",
        "กลุ่มทอผ้าใยกัญชงบ้านห้วยหก",
        HEMP,
        MID,
        "Chiang Rai",
        "huaihok.weave@gmail.com",
        [("ผ้าใยกัญชงทอมือ หน้า 40 นิ้ว ผืนละ 10 เมตร", "hemp_fabric")],
        [need("ด้ายกัญชง เส้นเล็ก", "hemp_yarn"), need("ใครรับย้อมครามผ้าที่เราทอเองบ้าง", "indigo_dyeing_service")],
        bcg=(BIO,),
    ),
    sme(
        32,
        "en",
        "CleanEdge Converting",
        SPORT,
        MID,
        "Pathum Thani",
        "cleanedge.conv@gmail.com",
        [
            ("Laser and ultrasonic edge cutting of wipes from your roll", "wipe_cutting_service"),
            ("Own-brand ISO 5 wipers, 100 per bag", "lint_free_wipes"),
        ],
        [unmet("Class 100 double cleanroom poly bags", "cleanroom_bag", "no bag maker in the set")],
    ),
    sme(
        33,
        "th",
        "ร้านปักเก่ง",
        ALC,
        MID,
        "Nonthaburi",
        "pakkeng.shop@gmail.com",
        [("รับปักโลโก้ ปักชื่อ บนเสื้อ ชุดช่าง ขั้นต่ำ 10 ตัว", "embroidery_service")],
        [],
    ),
    sme(
        34,
        "en",
        "Sakon Indigo Dye Works",
        ALI,
        MID,
        "Sakon Nakhon",
        "sakonindigo@gmail.com",
        [
            ("Natural indigo dyeing of customer cloth and yarn", "indigo_dyeing_service"),
            ("Handwoven indigo cotton cloth by the metre", "indigo_dyed_cotton_fabric"),
        ],
        [need("hand-spun cotton thread", "handspun_cotton_yarn"), need("indigo paste, fermented", "indigo_paste")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        35,
        "th",
        "บริษัท คลีนวอช ซัพพลาย จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "service@cleanwash.co.th",
        [("ซักชุดคลีนรูม ชุด ESD ในห้อง Class 100 แพ็คถุงสุญญากาศ", "cleanroom_laundry_service")],
        [need("กระดุมแป๊กนำไฟฟ้า สำหรับซ่อมชุด", "snap_fastener")],
        certs=("ISO 9001",),
    ),
    sme(
        36,
        "en",
        "Eastern Cleanroom Laundry Services",
        SPORT,
        MID,
        "Chonburi",
        "ops@ecls.co.th",
        [("Cleanroom garment laundering, ISO Class 4, particle count report", "cleanroom_laundry_service")],
        [need("replacement knit cuffs for coveralls", "knit_cuff")],
        certs=("ISO 9001", "ISO 14001"),
    ),
    sme(
        37,
        "th",
        "บริษัท บางกอกลินิน แคร์ จำกัด",
        ALC,
        MID,
        "Bangkok",
        "bkklinen@gmail.com",
        [("ซักผ้าโรงพยาบาล ผ้าปูเตียง รับส่งทุกวัน", "linen_laundry_service")],
        [],
    ),
    sme(
        38,
        "en",
        "Siam TC Weaving",
        ALC,
        MID,
        "Samut Prakan",
        "siamtc@siamtc.com",
        [("TC 65/35 poplin and twill, 58 inch, bleached", "tc_fabric")],
        [need("Ne 30 carded cotton yarn", "cotton_yarn", "organic_cotton_yarn")],
    ),
    sme(
        39,
        "th",
        "ร้านผ้าบาติกเกาะยอ",
        HEMP,
        MID,
        "Songkhla",
        "kohyor.batik@gmail.com",
        [("ผ้าบาติกเขียนมือ ผ้าปาเต๊ะ ลายทะเล", "batik_fabric")],
        [need("ผ้าฝ้ายขาวเนื้อเรียบ สำหรับเขียนเทียน", "greige_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        40,
        "en",
        "FlexiLam TPU Coating",
        ALC,
        MID,
        "Samut Sakhon",
        "flexilam.tpu@gmail.com",
        [("TPU laminated knit, waterproof, breathable", "tpu_laminated_fabric")],
        [need("polyester knit base fabric", "microfibre_knit_fabric")],
    ),
]

# --- downstream: garment and wipe makers, bags, care products ------------------------------------

SMES += [
    sme(
        41,
        "th",
        "บริษัท ชลคลีนรูมการ์เมนต์ จำกัด",
        SPORT,
        DOWN,
        "Chonburi",
        "sales@chon-crg.co.th",
        [
            ("ชุดหมีคลีนรูม ผ้า ESD มีฮู้ด ไซส์ S-3XL", "cleanroom_coverall"),
            ("หมวกคลุมผมคลีนรูม แบบคลุมไหล่", "cleanroom_hood"),
        ],
        [
            need("ผ้าแอนตี้สแตติก ลายตาราง ม้วนละ 100 เมตร", "esd_grid_fabric"),
            need("ซิปไนลอนสีขาว", "zipper"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        42,
        "en",
        "PureSuit Cleanroom Apparel",
        SPORT,
        DOWN,
        "Pathum Thani",
        "order@puresuit.co.th",
        [
            ("Bunny suits for ISO 5 rooms, zip front", "cleanroom_coverall"),
            ("ESD cleanroom boots, PVC sole", "cleanroom_boots"),
            ("Hood with mask flap", "cleanroom_hood"),
        ],
        [
            need("carbon-grid fabric, OEKO-TEX only", "esd_grid_fabric", req=("OEKO-TEX Standard 100",)),
            need("rib cuffs with carbon thread", "knit_cuff"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        43,
        "th",
        "ห้างหุ้นส่วนจำกัด อยุธยาเสื้อกาวน์",
        SPORT,
        DOWN,
        "Ayutthaya",
        "ayt.gown@gmail.com",
        [("เสื้อกาวน์ ESD ยาวคลุมเข่า ติดกระดุมแป๊ก", "esd_smock")],
        [
            need("ผ้ากันสถิต สีฟ้า", "esd_grid_fabric"),
            need("ด้ายเย็บโพลีเอสเตอร์ สีขาว", "sewing_thread"),
        ],
    ),
    sme(
        44,
        "en",
        "WipeRight Cleanroom Consumables",
        SPORT,
        DOWN,
        "Pathum Thani",
        "sales@wiperight.co.th",
        [("Polyester knit cleanroom wipers 9x9 in, sealed edge, Texwipe-grade", "lint_free_wipes")],
        [need("microfibre knit rolls, white", "microfibre_knit_fabric")],
        certs=("ISO 9001",),
    ),
    sme(
        45,
        "th",
        "บริษัท ไร้ฝุ่น อินดัสทรี จำกัด",
        SPORT,
        DOWN,
        "Chachoengsao",
        "raifun.ind@gmail.com",
        [("ผ้าเช็ดไร้ขุย ไมโครไฟเบอร์ ตัดขอบเลเซอร์ ห่อละ 150 แผ่น", "lint_free_wipes")],
        [need("ต้องการผู้รับตัดผ้าเช็ดด้วยเลเซอร์ เราส่งม้วนผ้าให้", "wipe_cutting_service")],
    ),
    sme(
        46,
        "en",
        "RagWorks Recycling",
        CIRC,
        DOWN,
        "Samut Sakhon",
        "ragworks.th@gmail.com",
        [("Wiping rags cut from old T-shirts, 10 kg bags", "recycled_wiping_rags")],
        [need("used cotton work clothes, any colour", "used_workwear")],
        bcg=(CIRCULAR,),
    ),
    sme(
        47,
        "th",
        "บริษัท ฟุตการ์ด เซฟตี้ จำกัด",
        SPORT,
        DOWN,
        "Samut Prakan",
        "footguard.safety@gmail.com",
        [
            ("ถุงหุ้มรองเท้าผ้า ESD ซักได้ พื้นกันลื่น", "reusable_shoe_cover"),
            ("ถุงคลุมรองเท้าใช้แล้วทิ้ง PP กล่องละ 100 คู่", "disposable_shoe_cover"),
        ],
        [need("ผ้านอนวูฟเวน 35 แกรม สีฟ้า", "pp_nonwoven_fabric")],
    ),
    sme(
        48,
        "en",
        "ShieldPro Disposables",
        SPORT,
        DOWN,
        "Rayong",
        "sales@shieldpro.asia",
        [
            ("Disposable coverall type 5/6, microporous", "disposable_coverall"),
            ("Bouffant caps, 21 inch", "bouffant_cap"),
        ],
        [need("breathable laminate for coveralls", "microporous_laminate"), need("SMS fabric", "pp_nonwoven_fabric")],
        certs=("ISO 9001",),
    ),
    sme(
        49,
        "th",
        "ร้านชุดช่างแปดริ้ว",
        ALC,
        DOWN,
        "Chachoengsao",
        "paetriw.uniform@gmail.com",
        [("ชุดช่าง เสื้อช็อป ชุดพนักงานโรงงาน ผ้าคอตตอน", "work_uniform")],
        [need("ผ้าทวิลฝ้าย สีกรม", "cotton_twill_fabric"), need("ร้านปักชื่อบริษัทบนอกเสื้อ", "embroidery_service")],
    ),
    sme(
        50,
        "en",
        "MedTex Surgical Textiles",
        ALC,
        DOWN,
        "Pathum Thani",
        "sales@medtex.co.th",
        [
            ("Reusable surgical gowns, 75 washes, ISO 13485", "reusable_surgical_gown"),
            ("Scrub suits, unisex, 6 colours", "scrubs"),
        ],
        [
            need("microfilament poly with carbon grid for OR gowns", "esd_grid_fabric"),
            need("CMT partner, we supply the cloth", "cut_and_sew_service"),
        ],
        certs=("ISO 13485", "ISO 9001"),
    ),
    sme(
        51,
        "th",
        "บริษัท อุ่นใจแคร์แวร์ จำกัด",
        ALC,
        DOWN,
        "Nonthaburi",
        "aunjai.carewear@gmail.com",
        [
            ("ชุดนอนผู้สูงอายุ ติดตีนตุ๊กแก ใส่ง่าย", "elderly_clothing"),
            ("กางเกงซึมซับ ซักได้ สำหรับผู้ใหญ่", "reusable_incontinence_pants"),
        ],
        [
            need("ผ้าฝ้ายนุ่ม ไม่ระคายผิว ต้องได้ OEKO-TEX", "dyed_cotton_fabric", req=("OEKO-TEX Standard 100",)),
            need("ผ้ากันน้ำ TPU", "tpu_laminated_fabric"),
        ],
    ),
    sme(
        52,
        "en",
        "Isan Care Pads",
        ALI,
        DOWN,
        "Khon Kaen",
        "isancarepads@gmail.com",
        [("Washable bed pads, 4-layer, 90x120 cm", "reusable_underpad")],
        [need("waterproof breathable backing fabric", "tpu_laminated_fabric")],
    ),
    sme(
        53,
        "th",
        "บริษัท สุขใจ เบดดิ้ง จำกัด",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "sukjai.bedding@gmail.com",
        [("ผ้าปูที่นอน ปลอกหมอน ผ้าห่ม สำหรับโรงพยาบาล", "hospital_bed_linen")],
        [need("ผ้าโพลีผสมฝ้าย ทีซี สีขาว หน้ากว้าง", "tc_fabric")],
    ),
    sme(
        54,
        "en",
        "Hemp Road Goods",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hello@hemproad.co",
        [("Indigo hemp tote bags, handwoven", "hemp_tote_bag")],
        [
            need("handloom hemp cloth by the bolt", "hemp_fabric"),
            need("indigo vat dyeing of our own hemp cloth", "indigo_dyeing_service"),
        ],
        bcg=(BIO,),
    ),
    sme(
        55,
        "th",
        "กลุ่มกระเป๋าผ้าครามบ้านดอนกอย",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "donkoi.bag@gmail.com",
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ใบละ 350 บาท", "cotton_tote_bag")],
        [need("ผ้าฝ้ายย้อมครามทอมือ ขายเป็นหลา", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        56,
        "en",
        "Clearbreath Masks",
        SPORT,
        DOWN,
        "Nonthaburi",
        "clearbreath.mask@gmail.com",
        [("Washable cleanroom face masks, polyester, ear loop", "cleanroom_face_mask")],
        [need("flat elastic 6 mm for ear loops", "elastic_tape")],
    ),
    sme(
        57,
        "th",
        "บริษัท ถุงมือลำพูน จำกัด",
        SPORT,
        DOWN,
        "Lamphun",
        "lamphun.glove@gmail.com",
        [("ถุงมือไนลอนถักไร้ขุย สำหรับงานประกอบอิเล็กทรอนิกส์", "knit_nylon_gloves")],
        [unmet("เส้นด้ายไนลอน 70D สีขาว", "nylon_filament_yarn", "no one offers plain nylon yarn")],
    ),
]

# --- downstream: factories, hospitals, care homes, shops that buy ---------------------------------

SMES += [
    sme(
        58,
        "th",
        "บริษัท บางปะอิน สตอเรจ เทคโนโลยี จำกัด",
        SPORT,
        DOWN,
        "Ayutthaya",
        "purchase@bpi-storage.co.th",
        [("ชุดคลีนรูมหมดอายุ ขายเหมาเป็นกิโล", "used_cleanroom_garments")],
        [
            need("ชุดบันนี่ สำหรับห้อง Class 100 ปีละ 3,000 ชุด", "cleanroom_coverall"),
            need("ไวเปอร์เช็ดหัวอ่าน แบบไม่มีขุย", "lint_free_wipes"),
            need("ผู้รับซักชุดคลีนรูม รับส่งถึงโรงงาน", "cleanroom_laundry_service"),
        ],
        certs=("ISO 9001", "ISO 14001"),
    ),
    sme(
        59,
        "en",
        "Northern PCBA Co., Ltd.",
        SPORT,
        DOWN,
        "Lamphun",
        "procurement@npcba.co.th",
        [("End-of-life ESD smocks, about 400 kg a year", "used_cleanroom_garments")],
        [
            need("antistatic lab coats, knee length", "esd_smock"),
            need("washable shoe covers for the SMT line", "reusable_shoe_cover"),
            need("cleanroom head covers", "cleanroom_hood"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        60,
        "th",
        "บริษัท แปดริ้ว เซมิคอนดักเตอร์ จำกัด",
        SPORT,
        DOWN,
        "Chachoengsao",
        "buyer@pr-semi.co.th",
        [],
        [
            need("บูทคลีนรูม พื้นกันไฟฟ้าสถิต", "cleanroom_boots"),
            need("ฮู้ดคลุมศีรษะ แบบคลุมถึงไหล่", "cleanroom_hood"),
            need("ถุงมือผ้าไร้ขุย สำหรับจับเวเฟอร์", "knit_nylon_gloves"),
        ],
    ),
    sme(
        61,
        "en",
        "Siam Generic Pharma Co., Ltd.",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "supply@siamgeneric.co.th",
        [],
        [
            need("reusable coveralls for grade B rooms", "cleanroom_coverall"),
            need("visitor overalls, single use", "disposable_coverall"),
            unmet("tacky mats for room entrances", "tacky_mat", "no mat maker in the set"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        62,
        "th",
        "บริษัท มหาชัยฟาร์มา จำกัด",
        ALC,
        DOWN,
        "Samut Sakhon",
        "jatsue@mahachaipharma.co.th",
        [],
        [
            need("ชุดใช้ครั้งเดียวทิ้ง แบบไทเวค", "disposable_coverall"),
            need("หมวกตัวหนอน สีขาว", "bouffant_cap"),
            unmet(
                "ชุดหมีห้องสะอาด ผู้ผลิตต้องมี ISO 13485",
                "cleanroom_coverall",
                "the coverall makers hold no ISO 13485",
                req=("ISO 13485",),
            ),
        ],
    ),
    sme(
        63,
        "th",
        "โรงพยาบาลศรีนครขอนแก่น",
        ALC,
        DOWN,
        "Khon Kaen",
        "jatsue@srinakornhospital.com",
        [],
        [
            need("ชุดสครับพยาบาล สีเขียว", "scrubs"),
            need("เสื้อกาวน์ผ่าตัดแบบซักได้ ต้องมี ISO 13485", "reusable_surgical_gown", req=("ISO 13485",)),
            need("บริษัทรับซักผ้าปูเตียง ผ้าขวาง", "linen_laundry_service"),
        ],
    ),
    sme(
        64,
        "en",
        "Chao Phraya Private Hospital",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@cphospital.com",
        [],
        [
            need("bed sheets and pillow cases, white", "hospital_bed_linen"),
            need("reusable OR gowns, ISO 13485 not required", "reusable_surgical_gown", waive=("ISO 13485",)),
        ],
    ),
    sme(
        65,
        "th",
        "บ้านพักผู้สูงอายุ ร่มไม้ นนทบุรี",
        ALC,
        DOWN,
        "Nonthaburi",
        "rommai.nursinghome@gmail.com",
        [],
        [
            need("แผ่นรองซับปัสสาวะ แบบซักได้", "reusable_underpad"),
            need("เสื้อผ้าผู้สูงอายุ ใส่ถอดง่าย", "elderly_clothing"),
            need("กางเกงผ้าอ้อมผู้ใหญ่แบบซักได้", "reusable_incontinence_pants"),
        ],
    ),
    sme(
        66,
        "en",
        "Lanna Senior Living",
        ALC,
        DOWN,
        "Chiang Mai",
        "care@lannasenior.com",
        [],
        [
            need("washable incontinence briefs", "reusable_incontinence_pants"),
            need("adaptive clothes with velcro closures", "elderly_clothing"),
            need("someone to launder residents' sheets", "linen_laundry_service"),
        ],
    ),
    sme(
        67,
        "th",
        "บริษัท สงขลาซีฟู้ดแช่แข็ง จำกัด",
        ALC,
        DOWN,
        "Songkhla",
        "songkhla.frozen@gmail.com",
        [],
        [
            need("หมวกคลุมผมตัวหนอน ใช้แล้วทิ้ง", "bouffant_cap"),
            need("ถุงสวมรองเท้าแบบใช้ครั้งเดียว", "disposable_shoe_cover"),
            need("ชุดพนักงานผ้าคอตตอน สีขาว", "work_uniform"),
        ],
        certs=("Halal",),
    ),
    sme(
        68,
        "en",
        "Kabin Optics Co., Ltd.",
        SPORT,
        DOWN,
        "Prachinburi",
        "purchase@kabinoptics.com",
        [],
        [
            need("lint free wipers for lens cleaning, ISO 9001 supplier", "lint_free_wipes", req=("ISO 9001",)),
            need("cleanroom overalls", "cleanroom_coverall"),
            need("masks for the clean zone, reusable", "cleanroom_face_mask"),
        ],
    ),
    sme(
        69,
        "th",
        "ร้านระยองคลีนรูมซัพพลาย",
        SPORT,
        DOWN,
        "Rayong",
        "rayongcrs@gmail.com",
        [
            ("ขายส่งชุดคลีนรูมสำเร็จรูป พร้อมส่ง", "cleanroom_coverall"),
            ("ไวเปอร์ ผ้าเช็ดห้องคลีนรูม ยกลัง", "lint_free_wipes"),
        ],
        [
            need("ผ้าคลุมรองเท้ากันไฟฟ้าสถิต ใช้ซ้ำได้", "reusable_shoe_cover"),
            need("ผ้าปิดจมูกคลีนรูม ซักได้", "cleanroom_face_mask"),
            unmet("ถุงมือไนไตรล์ ไม่มีแป้ง", "nitrile_gloves", "no rubber glove maker in the set"),
        ],
    ),
    sme(
        70,
        "en",
        "Amata Safety Supply",
        SPORT,
        DOWN,
        "Chonburi",
        "sales@amatasafety.com",
        [],
        [
            need("disposable shoe covers, blue, 100 pairs a box", "disposable_shoe_cover"),
            need("hair nets / mob caps", "bouffant_cap"),
            need("single-use coveralls type 5/6", "disposable_coverall"),
        ],
    ),
    sme(
        71,
        "th",
        "บริษัท มาบตาพุดออโต้พาร์ท เพ้นท์ จำกัด",
        SPORT,
        DOWN,
        "Rayong",
        "mtp.paint@gmail.com",
        [],
        [
            need("ชุดพ่นสีไร้ขุย กันไฟฟ้าสถิต แบบหมี", "cleanroom_coverall"),
            need("ผ้าเช็ดชิ้นงานก่อนพ่นสี ไร้ขุย", "lint_free_wipes"),
            need("ผ้าขี้ริ้ว เศษผ้าเช็ดน้ำมัน", "recycled_wiping_rags"),
        ],
    ),
    sme(
        72,
        "en",
        "Rangsit MedDevice Co., Ltd.",
        ALC,
        DOWN,
        "Pathum Thani",
        "scm@rangsitmed.co.th",
        [],
        [
            need("cleanroom laundry, ISO 14001 certified", "cleanroom_laundry_service", req=("ISO 14001",)),
            need("pleated disposable hair caps", "bouffant_cap"),
            need("lint-free wipers, no OEKO-TEX needed", "lint_free_wipes", waive=("OEKO-TEX Standard 100",)),
        ],
        certs=("ISO 13485",),
    ),
    sme(
        73,
        "th",
        "ร้านของฝากภูพาน",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "phuphan.shop@gmail.com",
        [],
        [
            need("กระเป๋าผ้าครามทอมือ ไม่ต้องมีโอทอป", "cotton_tote_bag", waive=("OTOP",)),
            need("กระเป๋าผ้ากัญชง", "hemp_tote_bag"),
        ],
    ),
    sme(
        74,
        "en",
        "Andaman Breeze Resort and Spa",
        HEMP,
        DOWN,
        "Phuket",
        "purchasing@andamanbreeze.com",
        [],
        [
            need("hand-drawn batik sarongs for the spa", "batik_fabric"),
            need("hemp shopping bags as guest gifts", "hemp_tote_bag"),
            unmet("bath towels, 600 gsm, 500 pcs", "bath_towel", "no towel maker in the set"),
        ],
    ),
    sme(
        75,
        "th",
        "โรงพยาบาลยโสธรพัฒนา",
        ALI,
        DOWN,
        "Yasothon",
        "yasothon.hosp@gmail.com",
        [],
        [
            need("ชุดสครับ ชุดเจ้าหน้าที่ห้องผ่าตัด", "scrubs"),
            need("ผ้าปูเตียงผู้ป่วย ปลอกหมอน", "hospital_bed_linen"),
            unmet("ม่านกั้นเตียงผู้ป่วย ผ้ากันไฟ", "privacy_curtain", "no curtain maker in the set"),
        ],
    ),
    sme(
        76,
        "en",
        "Second Suit Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "hi@secondsuit.studio",
        [("Tote bags upcycled from old cleanroom suits", "upcycled_tote_bag")],
        [need("retired cleanroom garments, any condition", "used_cleanroom_garments")],
        bcg=(CIRCULAR,),
    ),
    sme(
        77,
        "th",
        "บริษัท ปราจีนโซลาร์เซลล์ จำกัด",
        SPORT,
        DOWN,
        "Prachinburi",
        "pcsolar.buy@gmail.com",
        [],
        [
            need("เสื้อคลุม ESD แขนยาว", "esd_smock"),
            need("ผ้าเช็ดไร้ฝุ่น สำหรับห้องสะอาด", "lint_free_wipes"),
        ],
    ),
    sme(
        78,
        "en",
        "Korat Electronics Manufacturing",
        SPORT,
        DOWN,
        "Korat",
        "purchasing@koratems.com",
        [],
        [
            need("ESD smocks with our logo embroidered", "esd_smock"),
            need("ESD overshoes", "reusable_shoe_cover"),
            need("cleanroom-grade wipers", "lint_free_wipes"),
        ],
    ),
]

SMES += [
    sme(
        79,
        "th",
        "บริษัท สักหลาดรีไซเคิล จำกัด",
        CIRC,
        MID,
        "Ayutthaya",
        "felt.recycle@gmail.com",
        [("แผ่นใยสักหลาดจากเศษผ้า สำหรับบุรถยนต์ ฉนวนกันเสียง", "recycled_felt")],
        [
            need("เศษผ้าโพลีเอสเตอร์ล้วน ไม่ปนคอตตอน", "polyester_textile_waste"),
            need("ชุดฟอร์มพนักงานเก่า เสื้อช็อปใช้แล้ว", "used_workwear"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        80,
        "th",
        "ห้างหุ้นส่วนจำกัด โคราชเมดิคอลการ์เมนต์",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "kmg.garment@gmail.com",
        [
            ("เสื้อกาวน์ผ่าตัดผ้าซักได้ ผ้าห่อเครื่องมือ", "reusable_surgical_gown"),
            ("ชุดสครับ เสื้อคอวี กางเกงเอวยาง", "scrubs"),
            ("รับเย็บตามแบบ งานโรงพยาบาล ผ้าลูกค้า", "cut_and_sew_service"),
        ],
        [need("ผ้าทีซีสีเขียว สีฟ้า ม้วนละ 50 หลา", "tc_fabric")],
    ),
    sme(
        81,
        "en",
        "Active Age Wear",
        ALC,
        DOWN,
        "Bangkok",
        "team@activeagewear.com",
        [("Graduated compression socks for seniors", "compression_socks")],
        [
            unmet("GRS recycled polyester yarn 75D", "recycled_polyester_yarn", "no one spins rPET yarn", req=("GRS",)),
            need("soft elastic band for sock tops", "elastic_tape"),
        ],
    ),
    sme(
        82,
        "th",
        "ร้านฝ้ายงาม เชียงใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "faingam.cm@gmail.com",
        [("เสื้อผ้าฝ้ายทอมือ ย้อมสีธรรมชาติ ผ้าฝ้ายเมือง", "cotton_clothing")],
        [
            need("ฝ้ายเส้นย้อมจากเปลือกไม้ ใบไม้ ไม่เอาสีเคมี", "natural_dyed_cotton_yarn"),
            need("ผ้าครามทอมือ เป็นหลา", "indigo_dyed_cotton_fabric"),
        ],
        bcg=(BIO,),
    ),
    sme(
        83,
        "en",
        "Little Sprout Organics",
        ALC,
        DOWN,
        "Bangkok",
        "sourcing@littlesprout.co",
        [("Organic cotton baby rompers", "baby_wear")],
        [
            need("GOTS organic cotton yarn, combed", "organic_cotton_yarn", req=("GOTS",)),
            unmet(
                "GOTS certified organic jersey fabric",
                "organic_cotton_fabric",
                "no one knits organic jersey",
                req=("GOTS",),
            ),
        ],
        certs=("GOTS",),
    ),
    sme(
        84,
        "th",
        "กลุ่มทอผ้ามัดหมี่บ้านหนองสรวง",
        ALI,
        MID,
        "Nong Khai",
        "nongsuang.mudmee@gmail.com",
        [("ผ้าฝ้ายมัดหมี่ ผ้าขาวม้า ทอกี่พื้นบ้าน", "ikat_cotton_fabric")],
        [need("ฝ้ายโรงงาน เบอร์ 20/2 ไม่ต้องมี GOTS", "cotton_yarn", "organic_cotton_yarn", waive=("GOTS",))],
        certs=("OTOP",),
    ),
    sme(
        85,
        "en",
        "Hill Loom Studio",
        HEMP,
        MID,
        "Tak",
        "hillloom.studio@gmail.com",
        [("Hmong batik on hemp, skirt panels", "hemp_batik_fabric")],
        [
            need("raw hemp fibre for hand spinning", "hemp_bast_fibre"),
            unmet("hemp yarn, GOTS certified", "hemp_yarn", "hemp spinners hold no GOTS", req=("GOTS",)),
        ],
        bcg=(BIO,),
    ),
    sme(
        86,
        "th",
        "วิสาหกิจชุมชนปั่นด้ายกัญชงแม่สอด",
        HEMP,
        UP,
        "Tak",
        "maesot.hempyarn@gmail.com",
        [("ด้ายกัญชงปั่นเครื่อง เบอร์ 12 กิโลละ 900 บาท", "hemp_yarn")],
        [need("ใยกัญชงดิบ ลอกแล้ว", "hemp_bast_fibre")],
        bcg=(BIO,),
    ),
    sme(
        87,
        "th",
        "บริษัท กบินทร์มีเดีย จำกัด",
        SPORT,
        DOWN,
        "Prachinburi",
        "purchase@kabinmedia.co.th",
        [("ชุดคลีนรูมเก่า ตัดทิ้ง รอขาย", "used_cleanroom_garments")],
        [
            need("ชุดหมีคลีนรูม ผ้าคาร์บอน", "cleanroom_coverall"),
            need("รองเท้าบูทสำหรับห้องสะอาด", "cleanroom_boots"),
        ],
        certs=("ISO 14001",),
    ),
    sme(
        88,
        "th",
        "บริษัท โคราชอิเล็กทรอนิกส์พาร์ท จำกัด",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "kep.buy@gmail.com",
        [],
        [
            need("บริการซักชุด ESD ชุดคลีนรูม", "cleanroom_laundry_service"),
            need("ชุดหมีกันไฟฟ้าสถิต", "cleanroom_coverall"),
        ],
    ),
    sme(
        89,
        "th",
        "กลุ่มทอผ้าจวนตานี",
        HEMP,
        MID,
        "Pattani",
        "chuantani.weave@gmail.com",
        [("ผ้าจวนตานี ผ้าทอมือปัตตานี", "handwoven_silk_fabric")],
        [unmet("ไหมเส้นยืน ไหมน้อย", "silk_yarn", "no silk reeler in the set")],
        certs=("OTOP",),
    ),
    sme(
        90,
        "th",
        "โรงพยาบาลสุราษฎร์การุณ",
        ALC,
        DOWN,
        "Surat Thani",
        "surat.karun@gmail.com",
        [],
        [
            need("เสื้อกาวน์ผ่าตัดซักได้ ไม่จำเป็นต้องมี ISO 13485", "reusable_surgical_gown", waive=("ISO 13485",)),
            need("แผ่นรองกันเปื้อนเตียง ซักได้", "reusable_underpad"),
        ],
    ),
    sme(
        91,
        "en",
        "Yala Hospital Compounding Unit",
        ALC,
        DOWN,
        "Yala",
        "compounding@yalahospital.org",
        [],
        [
            need("coveralls for the compounding cleanroom", "cleanroom_coverall"),
            unmet("cleanroom paper notebooks", "cleanroom_paper", "no paper maker in the set"),
        ],
    ),
    sme(
        92,
        "th",
        "กลุ่มจักรเย็บผ้าบ้านโนนสวรรค์",
        ALI,
        MID,
        "Roi Et",
        "nonsawan.sew@gmail.com",
        [
            ("รับจ้างเย็บ งานกระเป๋า ผ้ากันเปื้อน ส่งผ้ามาเย็บได้", "cut_and_sew_service"),
            ("กระสอบผ้าดิบ เย็บตามขนาด", "cotton_sack"),
        ],
        [need("ผ้าฝ้ายสีเรียบ ไม่มีลาย ราคาส่ง", "dyed_cotton_fabric")],
    ),
    sme(
        93,
        "en",
        "Ban Chiang Weavers",
        ALI,
        MID,
        "Udon Thani",
        "banchiang.weavers@gmail.com",
        [("Handwoven cotton scarves", "cotton_scarf")],
        [need("indigo dyeing for our handspun skeins", "indigo_dyeing_service")],
        certs=("OTOP",),
    ),
    sme(
        94,
        "th",
        "ร้านสุขภาพดีวัยเก๋า อุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "wai.kao.ubon@gmail.com",
        [("ผ้าห่มฝ้ายทอมือ สำหรับผู้สูงวัย", "cotton_blanket")],
        [
            need("ชุดผู้สูงอายุ แบบติดเทปตีนตุ๊กแก", "elderly_clothing"),
            unmet("เบาะรองนั่งรถเข็น เจลกันแผลกดทับ", "wheelchair_cushion", "no cushion maker in the set"),
        ],
    ),
    sme(
        95,
        "th",
        "บริษัท สแตติกฟรี แอพพาเรล จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        "staticfree.apparel@gmail.com",
        [("เสื้อยืดกันไฟฟ้าสถิต ผ้าถัก ESD", "esd_tshirt")],
        [unmet("ผ้าถักผสมคาร์บอน สำหรับเสื้อยืด ESD", "esd_knit_fabric", "only woven ESD fabric in the set")],
    ),
]


# ---------------------------------------------------------------------------------------------- logic

THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _taxonomy() -> ModuleType:
    """`shared.taxonomy`, imported once the repository root is on sys.path."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import shared.taxonomy as taxonomy

    return taxonomy


def profile_record(s: Sme) -> dict[str, object]:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        record["certifications"] = list(s.certifications)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.language
    return record


def held(s: Sme) -> set[str]:
    tx = _taxonomy()
    return {tx.resolve_certification(c) or c for c in s.certifications}


def suppliers_of(n: Need, buyer: Sme) -> list[Sme]:
    """The SMEs other than the buyer that offer a listed label and hold every required certification."""
    return [
        s
        for s in SMES
        if s.num != buyer.num and any(label in n.labels for _, label in s.offers) and set(n.requires) <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for n in b.needs if not n.unmet for s in suppliers_of(n, b)}
    return sorted(pairs)


def _script_errors(where: str, text: str, language: str) -> list[str]:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if language == "th":
        if thai == 0 or thai < 2 * latin:
            return [f"{where}: Thai phrase is not mostly Thai letters: {text!r}"]
    elif thai or not text.isascii():
        return [f"{where}: English phrase has non-Latin characters: {text!r}"]
    return []


def _mentioned(cert: str, text: str) -> bool:
    tx = _taxonomy()
    entry = next(c for c in tx.CERTIFICATIONS if c.name == cert)
    names = (entry.name, entry.full_name, entry.name_th, *entry.aliases, *entry.mentions)
    folded = text.casefold()
    return any(name.casefold() in folded for name in names)


def check() -> list[str]:
    tx = _taxonomy()
    errors: list[str] = []
    sub_clusters = {v.value for v in tx.SubCluster}
    stages = {v.value for v in tx.Stage}
    bcg_tags = {v.value for v in tx.BcgTag}
    ids = [s.id for s in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids are not bcx-001 ... bcx-095 in order, each once")
    offered: dict[str, set[int]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    for s in SMES:
        where = s.id
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if tx.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certifications:
            if tx.resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(set(s.certifications)) != len(s.certifications) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated certification or bcg tag")
        if not set(s.bcg) <= bcg_tags:
            errors.append(f"{where}: bcg {s.bcg!r}")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: contact_email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        errors += _script_errors(f"{where} name", s.name, s.language)
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text, _ in s.offers:
            errors += _script_errors(f"{where} offer", text, s.language)
            claimed = tx.find_certifications(text)
            if not claimed <= held(s):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - held(s))} not held")
        for n in s.needs:
            errors += _script_errors(f"{where} need", n.text, s.language)
            if not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no label")
            named = tx.find_certifications(n.text)
            if named != set(n.requires):
                errors.append(f"{where}: need {n.text!r} names {sorted(named)}, requires {sorted(n.requires)}")
            for cert in n.waives:
                if cert in named or not _mentioned(cert, n.text):
                    errors.append(f"{where}: need {n.text!r} does not waive {cert!r} in words")
            qualified = suppliers_of(n, s)
            if n.unmet:
                if qualified:
                    errors.append(f"{where}: unmet need {n.text!r} is met by {[q.id for q in qualified]}")
            else:
                for label in n.labels:
                    if not offered.get(label, set()) - {s.num}:
                        errors.append(f"{where}: label {label!r} of {n.text!r} is offered by no one else")
                if not qualified:
                    errors.append(f"{where}: need {n.text!r} has no qualified supplier")
    stats = counts()
    if not LINKS_MIN <= stats["true links"] <= LINKS_MAX:
        errors.append(f"true links {stats['true links']} not in {LINKS_MIN}-{LINKS_MAX}")
    share = stats["profiles in Thai"] / N_PROFILES
    if not THAI_SHARE[0] <= share <= THAI_SHARE[1]:
        errors.append(f"Thai share {share:.2f} not in {THAI_SHARE}")
    cross = stats["cross-language links"] / max(1, stats["true links"])
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} not in {CROSS_SHARE}")
    if not UNMET_RANGE[0] <= stats["needs met by no one"] <= UNMET_RANGE[1]:
        errors.append(f"unmet needs {stats['needs met by no one']} not in {UNMET_RANGE}")
    return errors


def counts() -> dict[str, int]:
    tx = _taxonomy()
    by_id = {s.id: s for s in SMES}
    links = true_links()
    stats: dict[str, int] = {
        "profiles": len(SMES),
        "profiles in Thai": sum(s.language == "th" for s in SMES),
        "profiles in English": sum(s.language == "en" for s in SMES),
    }
    for value in (v.value for v in tx.SubCluster):
        stats[f"sub-cluster {value}"] = sum(s.sub_cluster == value for s in SMES)
    for value in (v.value for v in tx.Stage):
        stats[f"stage {value}"] = sum(s.stage == value for s in SMES)
    regions = Counter(tx.resolve_province(s.province).region.value for s in SMES)
    for value in (v.value for v in tx.Region):
        stats[f"region {value}"] = regions[value]
    stats["distinct provinces"] = len({tx.resolve_province(s.province).name_en for s in SMES})
    stats["offers"] = sum(len(s.offers) for s in SMES)
    stats["distinct offer labels"] = len({label for s in SMES for _, label in s.offers})
    all_needs = [n for s in SMES for n in s.needs]
    stats["needs"] = len(all_needs)
    stats["needs met"] = sum(not n.unmet for n in all_needs)
    stats["needs met by no one"] = sum(bool(n.unmet) for n in all_needs)
    stats["needs requiring a certification"] = sum(bool(n.requires) for n in all_needs)
    stats["needs waiving a certification"] = sum(bool(n.waives) for n in all_needs)
    stats["true links"] = len(links)
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    stats["links Thai supplier -> English buyer"] = th_en
    stats["links English supplier -> Thai buyer"] = en_th
    stats["cross-language links"] = th_en + en_th
    stats["cross-language share (%)"] = round(100 * (th_en + en_th) / max(1, len(links)))
    stats["within-language links"] = len(links) - th_en - en_th
    stats["links between different sub-clusters"] = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    return stats


def suppliers_per_met_need() -> Counter[int]:
    return Counter(len(suppliers_of(n, s)) for s in SMES for n in s.needs if not n.unmet)


def table(stats: dict[str, int]) -> str:
    width = max(len(key) for key in stats)
    lines = [f"| {'count':<{width}} | value |", f"|{'-' * (width + 2)}|------:|"]
    lines += [f"| {key:<{width}} | {value:>5} |" for key, value in stats.items()]
    return "\n".join(lines)


README = """# Blind evaluation set: plain registry entries, cleanroom and technical workwear

## What the set checks

How well the matchmaker finds true supplier-buyer pairs among {profiles} SMEs of the Health and Wellness
Economy cluster when every offer and need is a short registry phrase it has never seen. The theme is cleanroom
and technical workwear: cleanroom coveralls and hoods, ESD antistatic smocks, lint-free wipes, carbon-grid
polyester fabric, cleanroom laundering and shoe covers, bought by electronics factories, pharmaceutical plants,
hospitals and care homes; plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

About 55 % of the profiles are in Thai and the rest in English. The same kind of goods is written in many ways
(regional and trade names, brand names, abbreviations, with and without quantities, prices and places), and a
need is worded differently from the offers that meet it, often in the other language. Hard but fair cases are
included on purpose: a service versus the goods it works on (dyeing or sewing the customer's cloth versus dyed
cloth or finished garments; laser-cutting the customer's wipe rolls versus wipes; cleanroom laundering versus
ordinary hospital linen laundering); used goods and waste versus new (retired cleanroom suits, rags cut from old
T-shirts versus lint-free wipes); raw versus processed (hemp bast versus hemp yarn versus hemp cloth; seed cotton,
lint, yarn, cloth); finished goods named by material, colour or technique (an indigo cotton bag is a bag, not
indigo dyeing); needs written as a wish, a bare noun phrase or a question; a refusal ("no chemical dye"); needs
that require a named certification and needs that name one only to waive it; and needs that no one in the set
meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV), `shared/taxonomy.py` with its data files in `shared/taxonomy_data/`, and the `[tool.ruff]` section of
`pyproject.toml`, and nothing else of the project. All profiles, labels and link decisions live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `lint_free_wipes` versus `recycled_wiping_rags`).
Every need lists the offer labels that would meet it and the certifications its text requires, or is marked as
met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A waived certification ("ISO 13485 not required", "ไม่ต้องมีโอทอป")
is not required. The labels are not written to the profiles.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster, stage and
BCG tags from the taxonomy, every province resolving with `resolve_province`, every certification with
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every met need
has a qualified supplier and every unmet one has none; the certifications a need's text names are exactly the
ones it requires, and a waived one is named in the text; no offer claims a certification its SME does not hold;
Thai phrases are mostly Thai letters and English ones Latin only; and the size targets. It writes nothing if a
check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_cleanroom/write.py

## Files

- `write.py`: all the data, the labels, the checks, and the writer of the three files below.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1, ids `{first}` ... `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}

Met needs by number of qualified suppliers (suppliers: needs): {spread}.
"""


def render() -> dict[str, str]:
    profiles = "".join(json.dumps(profile_record(s), ensure_ascii=False) + "\n" for s in SMES)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links())
    spread = suppliers_per_met_need()
    readme = README.format(
        profiles=len(SMES),
        first=SMES[0].id,
        last=SMES[-1].id,
        table=table(counts()),
        spread=", ".join(f"{k}: {spread[k]}" for k in sorted(spread)),
    )
    return {"profiles.jsonl": profiles, "links.csv": links, "README.md": readme}


def main() -> int:
    errors = check()
    stats = counts()
    print(table(stats))
    spread = suppliers_per_met_need()
    print("suppliers per met need:", dict(sorted(spread.items())))
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    for name, text in render().items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {', '.join(render())} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
