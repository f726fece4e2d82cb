"""Write the hand-labelled evaluation set `eval/blind_plain_regalia/` (graduation and academic dress).

Run from the repository root:

    .venv/bin/python eval/blind_plain_regalia/write.py

All data lives in this file. Each offer is a `(text, label)` pair whose label says what the thing is;
each need lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one. The script checks the data, derives the true links, and writes
`profiles.jsonl`, `links.csv` and `README.md` next to itself. It writes nothing if a check fails.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
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
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bgr"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIR = BcgTag.CIRCULAR
GRN = BcgTag.GREEN

OEKO = "OEKO-TEX Standard 100"
PEACOCK = "Thai Silk Peacock Emblem"
TIS = "Thai Industrial Standard"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def none_meets(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need met by no one; labels and req, when given, say what it would take (checked to be absent)."""
    return Need(text, labels, req, (), note)


@dataclass(frozen=True)
class Sme:
    lang: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[BcgTag, ...] = field(default=())


def sme(
    lang: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(lang, name, sub_cluster, stage, province, tuple(offers or ()), tuple(needs or ()), certs, bcg)


# ====================================================================== data

SMES: list[Sme] = []

# ---------------------------------------------------------------- upstream: fibre, yarn, waste

SMES += [
    sme(
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาม",
        HEMP,
        UP,
        "Tak",
        offers=[
            ("ใยกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre"),
            ("ลำต้นกัญชงสด ส่งโรงแปรรูป", "hemp_stalk"),
        ],
        needs=[none_meets("เมล็ดพันธุ์กัญชงที่ขึ้นทะเบียนแล้ว", "no one sells hemp seed")],
        bcg=(BIO,),
    ),
    sme(
        "th",
        "กลุ่มปั่นด้ายกัญชงม้งดอยปุย",
        HEMP,
        UP,
        "Chiang Mai",
        offers=[("ด้ายกัญชงเข็นมือ ม้วนละ 100 กรัม", "hemp_yarn")],
        needs=[need("อยากได้เปลือกกัญชงดิบ ยังไม่ฟอก", "hemp_fibre")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Mae Chan Hemp Fibre Co., Ltd.",
        HEMP,
        UP,
        "Chiang Rai",
        offers=[
            ("Decorticated hemp bast fiber, 50 kg bales", "hemp_fibre"),
            ("Hemp hurd, bagged, for bedding and hempcrete", "hemp_hurd"),
        ],
        needs=[none_meets("Decorticator for rent during harvest", "machinery is not offered")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Lamphun Fibre Spinners",
        HEMP,
        UP,
        "Lamphun",
        offers=[
            ("Long-line hemp yarn Nm 12, 1 kg cones", "hemp_yarn"),
            ("Carded cotton yarn Ne 30/1, MOQ 200 kg", "cotton_yarn"),
        ],
        needs=[need("Raw hemp, 1-2 t a month", "hemp_fibre")],
    ),
    sme(
        "th",
        "ไร่ฝ้ายอินทรีย์ดอนแสนสุข",
        HEMP,
        UP,
        "Loei",
        offers=[("ปุยฝ้ายอินทรีย์ หีบเมล็ดออกแล้ว", "organic_cotton_lint")],
        certs=("Organic Thailand",),
        bcg=(BIO, GRN),
    ),
    sme(
        "th",
        "กลุ่มแม่บ้านเข็นฝ้ายนาข่า",
        ALI,
        UP,
        "Udon Thani",
        offers=[("ฝ้ายเข็นมือ สีขาวตุ่น ไจละ 1 กิโล", "handspun_cotton_yarn")],
        needs=[need("ฝ้ายพื้นเมืองทั้งเมล็ด ยังไม่อีด", "seed_cotton")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Nan Valley Cotton Growers",
        HEMP,
        UP,
        "Nan",
        offers=[("Seed cotton, native brown and white, per kg", "seed_cotton")],
        needs=[none_meets("Small roller gin, second hand", "machinery is not offered")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Siam Organic Spinning Ltd.",
        HEMP,
        UP,
        "Saraburi",
        offers=[
            ("GOTS organic cotton yarn Ne 20/1 and 30/1", "organic_cotton_yarn"),
            ("Combed cotton yarn Ne 40/1, conventional", "cotton_yarn"),
        ],
        needs=[need("Organic Thailand certified lint", "organic_cotton_lint", req=("Organic Thailand",))],
        certs=("GOTS", "OCS"),
        bcg=(GRN,),
    ),
    sme(
        "th",
        "วิสาหกิจห้อมแท้บ้านทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        offers=[
            ("เนื้อห้อมเปียก ถังละ 10 กก.", "natural_indigo_paste"),
            ("กล้าห้อมพร้อมปลูก", "indigo_seedling"),
        ],
        needs=[none_meets("ปูนแดงกินหมาก ใช้ก่อหม้อห้อม", "lime is not a textile offer")],
        bcg=(BIO, GRN),
    ),
    sme(
        "en",
        "Isan Indigo Farm",
        HEMP,
        UP,
        "Sakon Nakhon",
        offers=[("Fermented indigo paste (Indigofera), 5 kg tubs", "natural_indigo_paste")],
        bcg=(BIO,),
    ),
    sme(
        "th",
        "กลุ่มสาวไหมบ้านนาโพธิ์",
        ALI,
        UP,
        "Buriram",
        offers=[
            ("เส้นไหมน้อย สาวมือ พันธุ์พื้นบ้าน", "handreeled_silk_yarn"),
            ("รังไหมสีเหลือง ขายเป็นกิโล", "silk_cocoon"),
        ],
        needs=[none_meets("ไข่ไหมพันธุ์นางลาย", "no one sells silkworm eggs")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Khorat Silk Reeling Co.",
        ALI,
        UP,
        "Nakhon Ratchasima",
        offers=[("Machine-reeled raw silk 20/22 denier", "machine_reeled_silk_yarn")],
        needs=[need("Fresh yellow cocoons of a native breed", "silk_cocoon")],
    ),
    sme(
        "en",
        "GreenLoop rPET Yarn Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        offers=[
            ("rPET filament yarn 150D/48F, dope-dyed black", "recycled_polyester_yarn"),
            ("Hollow conjugated rPET fibrefill for toys", "polyester_fibrefill"),
        ],
        needs=[none_meets("Clear PET bottle bales, hot-washed", "plastic bottles are not offered")],
        certs=("GRS",),
        bcg=(CIR,),
    ),
    sme(
        "th",
        "โรงงานด้ายรีไซเคิลบางปู",
        CIRC,
        UP,
        "Samut Prakan",
        offers=[("ด้ายรีไซเคิลจากขวดพลาสติก 75D สีขาว", "recycled_polyester_yarn")],
        needs=[need("ใยจากเสื้อผ้าเก่าที่ตีแล้ว เอามาผสมปั่น", "recycled_textile_fibre")],
        bcg=(CIR,),
    ),
    sme(
        "en",
        "Chonburi Textile Recovery",
        CIRC,
        UP,
        "Chonburi",
        offers=[
            ("Shredded post-consumer textile fibre, mixed colour", "recycled_textile_fibre"),
            ("Shredding of your deadstock, fibre returned to you", "textile_shredding_service"),
        ],
        needs=[
            need("Old polyester academic gowns, torn or stained OK", "used_graduation_gown", "damaged_gown_waste"),
            need("Cutting-room scraps, polyester, sorted by colour", "polyester_offcut_waste"),
        ],
        certs=("GRS certified",),
        bcg=(CIR,),
    ),
    sme(
        "th",
        "สหกรณ์คัดแยกผ้าเก่าอ้อมน้อย",
        CIRC,
        UP,
        "Samut Sakhon",
        offers=[
            ("เศษผ้าโพลีจากโรงตัดชุด คัดสีแล้ว ขายเป็นกระสอบ", "polyester_offcut_waste"),
            ("เสื้อผ้ามือสองคัดเกรด ขายเหมากิโล", "used_clothing"),
        ],
        needs=[need("รับซื้อชุดครุยเก่า ชุดที่มหาลัยเลิกใช้แล้ว", "used_graduation_gown", "damaged_gown_waste")],
        bcg=(CIR,),
    ),
    sme(
        "th",
        "ใยรีไซเคิลโคราช",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        offers=[
            ("ใยปั่นรีไซเคิลจากผ้าเก่า สีเทา", "recycled_textile_fibre"),
            ("ใยสังเคราะห์ยัดหมอน ยัดตุ๊กตา", "polyester_fibrefill"),
        ],
        needs=[need("ผ้าเก่า เสื้อยืดเก่า เหมากระสอบ", "used_clothing")],
        bcg=(CIR,),
    ),
    sme(
        "th",
        "นุ่นบ้านเขว้า",
        ALI,
        UP,
        "Chaiyaphum",
        offers=[("นุ่นแท้ ตีแล้ว กิโลละ 120 บาท", "kapok_fibre")],
        needs=[need("ผ้าดิบไว้เย็บปลอกหมอนนุ่น", "greige_cotton_fabric")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Lanna Handspinners Group",
        HEMP,
        UP,
        "Chiang Mai",
        offers=[("Handspun cotton yarn, Karen style, natural brown", "handspun_cotton_yarn")],
        needs=[need("Brown cotton bolls, unginned (fai tun)", "seed_cotton")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Bangkok Poly Yarn Trading",
        SPORT,
        UP,
        "Bangkok",
        offers=[("Polyester DTY 75D/36F raw white, 100 kg MOQ", "polyester_yarn")],
    ),
]

# ---------------------------------------------------------------- midstream: cloth, dyeing, trims, sewing

SMES += [
    sme(
        "th",
        "โรงทอผ้าโพลีสามพราน",
        SPORT,
        MID,
        "Nakhon Pathom",
        offers=[
            ("ผ้าโทเรสีดำ หน้า 60 นิ้ว ตัดชุดครุย", "gown_polyester_fabric"),
            ("ผ้าซับในโพลี หลายสี", "lining_fabric"),
        ],
        needs=[
            need("ด้ายโพลีเอสเตอร์ใหม่ ไม่เอาด้ายรีไซเคิล", "polyester_yarn"),
            need("โรงย้อมรับจ้าง ย้อมผ้าดิบโพลีของเราเป็นสีดำ", "fabric_dyeing_service"),
        ],
    ),
    sme(
        "en",
        "Samut Sakhon Weaving Mill",
        SPORT,
        MID,
        "Samut Sakhon",
        offers=[
            ("Matte black poly-viscose twill for academic gowns, 150 cm", "gown_polyester_fabric"),
            ("Poly taffeta lining, 40 colours", "lining_fabric"),
        ],
        needs=[need("rPET filament for weft, GRS welcome but not required", "recycled_polyester_yarn", waive=("GRS",))],
        certs=(OEKO,),
    ),
    sme(
        "th",
        "ห้างหุ้นส่วนจำกัด ศรีรุ่งเรืองผ้า สำเพ็ง",
        SPORT,
        MID,
        "Bangkok",
        offers=[
            ("ผ้าวาเลนติโน่ (ไหมอิตาลี) สีดำ ยกม้วน", "gown_polyester_fabric"),
            ("ผ้าต่วนมัน สีประจำคณะครบทุกสี", "satin_fabric"),
            ("ผ้ากำมะหยี่ดำ ทำสำรดครุย", "velvet_fabric"),
        ],
    ),
    sme(
        "en",
        "Pathum Satin & Velvet",
        SPORT,
        MID,
        "Pathum Thani",
        offers=[
            ("Duchess satin in faculty colours, 112 cm", "satin_fabric"),
            ("Crushed velvet, navy and maroon", "velvet_fabric"),
        ],
        needs=[need("Bright FDY polyester 75D, virgin only", "polyester_yarn")],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        "th",
        "ผ้าดิบโพธาราม",
        ALC,
        MID,
        "Ratchaburi",
        offers=[("ผ้าดิบ ผ้าฝ้ายยังไม่ฟอก หน้า 36 นิ้ว", "greige_cotton_fabric")],
        needs=[need("ด้ายฝ้ายเบอร์ 20 ยังไม่ย้อม ใช้ทอเครื่อง", "cotton_yarn", "organic_cotton_yarn")],
    ),
    sme(
        "en",
        "Mahachai Greige Textiles",
        ALC,
        MID,
        "Samut Sakhon",
        offers=[("Unbleached calico / cotton sheeting, 63 in", "greige_cotton_fabric")],
        needs=[
            need("Ring-spun cotton Ne 20-30 for warp", "cotton_yarn", "organic_cotton_yarn"),
            need("GOTS organic yarn for a baby range", "organic_cotton_yarn", req=("GOTS",)),
        ],
    ),
    sme(
        "th",
        "กลุ่มทอผ้าผู้สูงอายุบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        offers=[
            ("ผ้าฝ้ายทอมือ สีธรรมชาติ ยังไม่ย้อม", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ],
        needs=[need("ฝ้ายเข็นมือ เส้นเล็ก", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        "th",
        "ครามสกล บ้านพรรณา",
        HEMP,
        MID,
        "Sakon Nakhon",
        offers=[
            ("ผ้าฝ้ายย้อมครามทอมือ ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "cotton_tote_bag"),
        ],
        needs=[need("เนื้อครามเปียก", "natural_indigo_paste")],
        certs=("OTOP",),
        bcg=(BIO, GRN),
    ),
    sme(
        "th",
        "ป้าแดงรับย้อมคราม",
        HEMP,
        MID,
        "Sakon Nakhon",
        offers=[("รับย้อมครามธรรมชาติ ผ้าของลูกค้า คิดตามเมตร", "indigo_dyeing_service")],
        needs=[need("ห้อม หรือ ครามเปียก ปริมาณมาก", "natural_indigo_paste")],
        bcg=(GRN,),
    ),
    sme(
        "en",
        "Phrae Mo Hom Studio",
        HEMP,
        MID,
        "Phrae",
        offers=[
            ("Indigo-dyed handloom cotton, 90 cm", "indigo_dyed_cotton_fabric"),
            ("Indigo vat dyeing of your garments or cloth", "indigo_dyeing_service"),
        ],
        needs=[need("Undyed hand-woven cloth to dye", "handwoven_cotton_fabric")],
        bcg=(GRN,),
    ),
    sme(
        "en",
        "Udon Natural Dye Works",
        ALI,
        MID,
        "Udon Thani",
        offers=[("Lac and ebony dyed cotton, plant dyes only", "natural_dyed_cotton_fabric")],
        needs=[need("Handspun cotton, undyed, in skeins", "handspun_cotton_yarn")],
        bcg=(GRN,),
    ),
    sme(
        "th",
        "ผ้าย้อมสีธรรมชาติ บ้านหนองบัว",
        ALI,
        MID,
        "Nong Bua Lam Phu",
        offers=[("ผ้าฝ้ายย้อมเปลือกประโหด สีเหลืองทอง", "natural_dyed_cotton_fabric")],
        needs=[need("ผ้าทอมือสีขาวตุ่น ผืนยาว เอามาย้อมเอง", "handwoven_cotton_fabric")],
        bcg=(GRN,),
    ),
    sme(
        "en",
        "Samut Prakan Dyeing House",
        SPORT,
        MID,
        "Samut Prakan",
        offers=[
            ("Commission jet dyeing, reactive & disperse, your fabric", "fabric_dyeing_service"),
            ("Heat-setting and finishing for polyester", "fabric_finishing_service"),
        ],
        needs=[none_meets("Disperse dyes and auxiliaries", "dyestuff is not offered")],
        certs=("ISO 9001",),
    ),
    sme(
        "th",
        "โรงย้อมอ้อมน้อย",
        SPORT,
        MID,
        "Samut Sakhon",
        offers=[("รับย้อมผ้าพับ โพลี ฝ้าย ลูกค้าส่งผ้ามา", "fabric_dyeing_service")],
        needs=[need("ผ้าฝ้ายทอเครื่อง ยังไม่ฟอกขาว ไว้ย้อมเองขาย", "greige_cotton_fabric")],
    ),
    sme(
        "th",
        "ผ้าใยกัญชงทอมือ ม้งบ้านขุนกลาง",
        HEMP,
        MID,
        "Chiang Mai",
        offers=[("ผ้าใยกัญชงทอมือ สีขาวนวล", "hemp_fabric")],
        needs=[need("ด้ายกัญชงเส้นเล็ก", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Hemp Cloth Chiang Rai",
        HEMP,
        MID,
        "Chiang Rai",
        offers=[("Loom-state hemp canvas, 12 oz", "hemp_fabric")],
        needs=[need("Hemp yarn Nm 12-20", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        "th",
        "ไหมไทยสุรินทร์",
        ALI,
        MID,
        "Surin",
        offers=[("ผ้าไหมยกดอก ตรานกยูงพระราชทานสีทอง", "silk_fabric")],
        needs=[need("ไหมน้อยพื้นบ้าน สาวด้วยมือ", "handreeled_silk_yarn")],
        certs=(PEACOCK,),
        bcg=(BIO,),
    ),
    sme(
        "th",
        "ผ้าไหมชนบท ขอนแก่น",
        ALI,
        MID,
        "Khon Kaen",
        offers=[("ผ้าไหมมัดหมี่ สีพื้น ราคาส่ง", "silk_fabric")],
        needs=[need("ไหมเครื่อง 20/22 ดีเนียร์", "machine_reeled_silk_yarn")],
        bcg=(BIO,),
    ),
    sme(
        "en",
        "Royal Weave Silk House",
        ALC,
        MID,
        "Bangkok",
        offers=[("Thai silk yardage, Royal Peacock, 100 cm", "silk_fabric")],
        certs=("Peacock Emblem",),
    ),
    sme(
        "th",
        "ร้านปักตราบางลำพู",
        ALC,
        MID,
        "Bangkok",
        offers=[("รับปักตรามหาวิทยาลัย ปักชื่อ ลงชุดครุยของลูกค้า", "embroidery_service")],
        needs=[none_meets("ด้ายปักเรยอง สีเงา", "embroidery thread is not offered")],
    ),
    sme(
        "en",
        "Stitchwell Embroidery",
        SPORT,
        MID,
        "Nonthaburi",
        offers=[
            ("Computer embroidery on your garments", "embroidery_service"),
            ("Iron-on embroidered crests, ready made", "embroidered_badge"),
        ],
    ),
    sme(
        "th",
        "ตราปักสำเร็จรูป ท่าพระจันทร์",
        ALC,
        MID,
        "Bangkok",
        offers=[("ตราปักสถาบัน ติดอกเสื้อครุย พร้อมใช้", "embroidered_badge")],
        needs=[none_meets("ผ้าสักหลาดสี ทำพื้นตรา", "felt is not offered")],
    ),
    sme(
        "th",
        "ร้านแถบดิ้นพาหุรัด",
        ALC,
        MID,
        "Bangkok",
        offers=[
            ("แถบดิ้นทอง ดิ้นเงิน ติดแขนครุย", "braid_trim"),
            ("ริบบิ้นผ้าต่วน ม้วนละ 36 หลา", "satin_ribbon"),
        ],
    ),
    sme(
        "en",
        "Golden Trim Supplies",
        SPORT,
        MID,
        "Samut Prakan",
        offers=[
            ("Metallic gold braid and gimp, 1-5 cm", "braid_trim"),
            ("Grosgrain and satin ribbon rolls", "satin_ribbon"),
        ],
        needs=[none_meets("Gold lurex metallic yarn", "metallic yarn is not offered")],
    ),
    sme(
        "th",
        "ช่างเอก พู่หมวกบัณฑิต",
        ALC,
        MID,
        "Nonthaburi",
        offers=[("พู่หมวกรับปริญญา พร้อมจี้ปี พ.ศ. ส่งทั่วไทย", "tassel")],
        needs=[none_meets("ไหมพรมเส้นเงา ไว้ทำพู่", "rayon floss is not offered")],
    ),
    sme(
        "en",
        "Tassel & Charm Co.",
        ALC,
        MID,
        "Bangkok",
        offers=[("Graduation tassels with year charm, custom colours", "tassel")],
        needs=[need("Ribbon for tassel loops", "satin_ribbon")],
    ),
    sme(
        "en",
        "CapBase Components",
        SPORT,
        MID,
        "Chonburi",
        offers=[("Mortarboard tops, PP board 24 x 24 cm", "mortarboard_board")],
        needs=[need("Black poly offcuts to wrap the boards", "polyester_offcut_waste")],
        bcg=(CIR,),
    ),
    sme(
        "th",
        "ช่างเย็บผู้สูงวัย บางบัวทอง",
        ALC,
        MID,
        "Nonthaburi",
        offers=[
            ("รับตัดเย็บตามแบบ ใช้ผ้าลูกค้า ชุดครุย ชุดพิธี", "sewing_service"),
            ("เศษผ้าโพลีดำ เหลือจากตัดชุด", "polyester_offcut_waste"),
        ],
        needs=[none_meets("จักรเย็บอุตสาหกรรมมือสอง", "machinery is not offered")],
    ),
    sme(
        "th",
        "กลุ่มแม่บ้านตัดเย็บ บ้านโคก",
        ALI,
        MID,
        "Khon Kaen",
        offers=[("รับเย็บ CMT ลูกค้าจัดหาผ้าเอง", "sewing_service")],
    ),
    sme(
        "en",
        "Ayutthaya CMT Partners",
        ALC,
        MID,
        "Ayutthaya",
        offers=[("Cut-make-trim for gowns and robes, your cloth, MOQ 100", "sewing_service")],
        needs=[need("Black taffeta for linings", "lining_fabric")],
    ),
    sme(
        "en",
        "CleanGown Laundry",
        CIRC,
        MID,
        "Bangkok",
        offers=[("Dry cleaning and steaming of academic gowns, pickup", "gown_cleaning_service")],
        needs=[need("Reusable covers for returned gowns", "garment_bag")],
        certs=("ISO 14001",),
        bcg=(CIR,),
    ),
    sme(
        "th",
        "ร้านซักรีด อาโก",
        CIRC,
        MID,
        "Chiang Mai",
        offers=[("ซักแห้ง รีด ชุดครุย ผ้าคล้อง ราคาเหมา", "gown_cleaning_service")],
        needs=[none_meets("ไม้แขวนเสื้อพลาสติกรีไซเคิล", "hangers are not offered")],
        bcg=(CIR,),
    ),
    sme(
        "en",
        "PrintLab Digital Textile",
        SPORT,
        MID,
        "Pathum Thani",
        offers=[("Sublimation printing on your sashes and backdrops", "fabric_printing_service")],
        needs=[need("White satin for sublimation, by the roll", "satin_fabric")],
    ),
    sme(
        "th",
        "ร้านสกรีนผ้า ลาดกระบัง",
        SPORT,
        MID,
        "Bangkok",
        offers=[("รับสกรีนโลโก้ลงผ้าคล้องคอ สายสะพาย", "fabric_printing_service")],
    ),
    sme(
        "th",
        "ผ้ารีไซเคิลชลบุรี",
        CIRC,
        MID,
        "Chonburi",
        offers=[("ผ้าโพลีรีไซเคิล rPET ทำถุง ทำกระเป๋า", "recycled_polyester_fabric")],
        needs=[need("ด้าย rPET ที่ได้ GRS เท่านั้น", "recycled_polyester_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=(CIR,),
    ),
    sme(
        "en",
        "EcoWeave Recycled Fabrics",
        CIRC,
        MID,
        "Rayong",
        offers=[("Recycled polyester ripstop, GRS", "recycled_polyester_fabric")],
        needs=[need("Post-consumer PET filament for weaving", "recycled_polyester_yarn")],
        certs=("GRS certified", "RCS"),
        bcg=(CIR,),
    ),
    sme(
        "th",
        "ร้านเจริญ อุปกรณ์ชุดครุย",
        ALC,
        MID,
        "Bangkok",
        offers=[("ตะขอ กระดุม ซิปซ่อน YKK สำหรับชุดครุย", "gown_fastener")],
    ),
    sme(
        "th",
        "กลุ่มทอผ้าผู้สูงวัยบ้านเชียง",
        ALI,
        MID,
        "Udon Thani",
        offers=[("ผ้าฝ้ายทอมือ เนื้อแน่น สีขาว ผืนละ 4 เมตร", "handwoven_cotton_fabric")],
        needs=[need("ฝ้ายปั่นมือ จากบ้านใกล้ๆ", "handspun_cotton_yarn")],
        bcg=(BIO,),
    ),
]

# ---------------------------------------------------------------- downstream: regalia, gifts, shops, buyers

SMES += [
    sme(
        "th",
        "ร้านชุดครุยบัณฑิต เจริญกรุง",
        ALC,
        DOWN,
        "Bangkok",
        offers=[
            ("ชุดครุยปริญญาตรี สำเร็จรูป ทุกไซซ์", "graduation_gown"),
            ("เศษผ้าดำจากการตัดครุย", "polyester_offcut_waste"),
        ],
        needs=[
            need("ผ้าเทโทรอนดำ ทำครุย สั่งเป็นพับ", "gown_polyester_fabric"),
            need("ลูกไม้ดิ้นสีทอง สำหรับขลิบปลายแขน", "braid_trim"),
        ],
    ),
    sme(
        "en",
        "Graduate Attire Thailand",
        ALC,
        DOWN,
        "Nonthaburi",
        offers=[
            ("Bachelor, master and doctoral gowns, S-XXL stock", "graduation_gown"),
            ("Hoods lined in faculty colours", "academic_hood"),
        ],
        needs=[
            need("Matte black gown cloth, 150 cm", "gown_polyester_fabric"),
            need("Coloured lining satin for hoods", "satin_fabric"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        "th",
        "ครุยสวยดีไซน์ ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        offers=[
            ("ผ้าคล้องไหล่ครุย สีตามคณะ สั่งทำ", "academic_hood"),
            ("รับแก้ทรง ซ่อมชุดครุย", "gown_alteration_service"),
        ],
        needs=[
            need("กำมะหยี่ ทำสำรด", "velvet_fabric"),
            need("ขอเกี่ยวโลหะ ติดสาบหน้าครุย", "gown_fastener"),
        ],
    ),
    sme(
        "en",
        "Mortarboard Makers BKK",
        ALC,
        DOWN,
        "Bangkok",
        offers=[("Graduation caps (mortarboards), adjustable", "mortarboard_cap")],
        needs=[
            need("Square cap boards, ready cut", "mortarboard_board"),
            need("Year tassels, 1,000 pcs", "tassel"),
        ],
    ),
    sme(
        "th",
        "หมวกบัณฑิต ลำปาง",
        ALC,
        DOWN,
        "Lampang",
        offers=[("หมวกปริญญาสีดำ ทรงเหลี่ยม", "mortarboard_cap")],
        needs=[
            need("พู่ห้อยหมวกสีทอง", "tassel"),
            need("แผ่นแข็งสำเร็จ ทำกระดานหมวก", "mortarboard_board"),
        ],
    ),
    sme(
        "th",
        "ครุยอาจารย์ ศรีสยาม",
        ALC,
        DOWN,
        "Bangkok",
        offers=[("ครุยประจำตำแหน่ง ผู้บริหาร คณาจารย์", "academic_staff_robe")],
        needs=[
            need("ผ้าไหมไทยตรานกยูงพระราชทาน ทำแถบครุยอาจารย์", "silk_fabric", req=(PEACOCK,)),
            need("เทปโลหะสีเงิน ขลิบขอบครุย", "braid_trim"),
        ],
    ),
    sme(
        "en",
        "Academic Regalia House",
        ALC,
        DOWN,
        "Bangkok",
        offers=[
            ("Faculty and doctoral robes with velvet bars", "academic_staff_robe"),
            ("Honour stoles and cords", "graduation_sash_stole"),
        ],
        needs=[
            need("Velour for doctoral chevrons", "velvet_fabric"),
            need("Sew-on university crests", "embroidered_badge"),
        ],
    ),
    sme(
        "th",
        "ร้านปิ่น สายสะพายรับปริญญา",
        ALC,
        DOWN,
        "Nonthaburi",
        offers=[("สายสะพายพิมพ์ชื่อ ผ้าคล้องคอรับปริญญา", "graduation_sash_stole")],
        needs=[
            need("ร้านรับพิมพ์ลายลงผ้าต่วน", "fabric_printing_service"),
            need(
                "ผ้าไหมมัดหมี่ทำสายสะพายพิเศษ ไม่ต้องมีตรานกยูงก็ได้",
                "silk_fabric",
                waive=(PEACOCK,),
            ),
        ],
    ),
    sme(
        "en",
        "Stole Story",
        ALC,
        DOWN,
        "Chiang Mai",
        offers=[("Handwoven indigo cotton graduation stoles", "graduation_sash_stole")],
        needs=[
            need(
                "Plant-dyed handloom cotton, no synthetic dye",
                "natural_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
            need("Hemp cloth for eco stoles", "hemp_fabric"),
        ],
    ),
    sme(
        "th",
        "น้องจบ ชุดครุยเด็ก",
        ALC,
        DOWN,
        "Nakhon Pathom",
        offers=[("ชุดครุยเด็กอนุบาล พร้อมหมวก", "kids_graduation_gown")],
        needs=[need("ผ้าต่วนสีสด ผ่าน OEKO-TEX สำหรับเสื้อผ้าเด็ก", "satin_fabric", req=(OEKO,))],
        certs=(OEKO,),
    ),
    sme(
        "en",
        "Little Grads Kidswear",
        ALC,
        DOWN,
        "Chonburi",
        offers=[("Kindergarten gown and cap sets, sizes 2-7", "kids_graduation_gown")],
        needs=[need("Sewing contractor for kids gowns, our fabric", "sewing_service")],
    ),
    sme(
        "th",
        "ร้านเช่าชุดครุย หน้ามอ",
        CIRC,
        DOWN,
        "Chiang Mai",
        offers=[
            ("ให้เช่าชุดครุยครบชุด 3 วัน", "gown_rental_service"),
            ("ชุดครุยเก่าปลดระวาง สภาพดี ขายเหมา", "used_graduation_gown"),
        ],
        needs=[
            need("ร้านทำความสะอาดชุด หลังลูกค้าคืน", "gown_cleaning_service"),
            need("ช่างแก้ไซซ์ครุย", "gown_alteration_service"),
        ],
        bcg=(CIR,),
    ),
    sme(
        "en",
        "GownHire Thailand",
        CIRC,
        DOWN,
        "Bangkok",
        offers=[("Gown, hood and cap hire packages", "gown_rental_service")],
        needs=[
            need("Secondhand gowns in good shape", "used_graduation_gown"),
            need("Laundering between hires", "gown_cleaning_service"),
        ],
        bcg=(CIR,),
    ),
    sme(
        "th",
        "เช่าครุยอุบล",
        CIRC,
        DOWN,
        "Ubon Ratchathani",
        offers=[
            ("เช่าชุดครุย ราคานักศึกษา", "gown_rental_service"),
            ("ครุยชำรุด ผ้าขาด ไว้รีไซเคิล", "damaged_gown_waste"),
        ],
        needs=[
            need("ซองใส่ครุยกันฝุ่น แบบผ้า", "garment_bag"),
            need("ที่รับย่อยครุยเก่าให้เป็นใย", "textile_shredding_service"),
        ],
        bcg=(CIR,),
    ),
    sme(
        "th",
        "ดอกไม้ผ้า กลุ่มผู้สูงวัยบางกรวย",
        ALC,
        DOWN,
        "Nonthaburi",
        offers=[("ช่อดอกไม้ผ้าซาติน รับปริญญา", "cloth_flower_bouquet")],
        needs=[
            need("ริบบิ้นผ้ามัน สีพาสเทล สำหรับพับดอก", "satin_ribbon"),
            none_meets("ลวดดอกไม้ เทปพันก้าน", "floristry wire is not offered"),
        ],
    ),
    sme(
        "en",
        "Forever Blooms Fabric Flowers",
        ALC,
        DOWN,
        "Bangkok",
        offers=[("Everlasting fabric flower bouquets", "cloth_flower_bouquet")],
        needs=[
            need("Pastel satin by the metre", "satin_fabric"),
            none_meets("Fresh roses, weekly", "fresh flowers are not offered"),
        ],
    ),
    sme(
        "th",
        "มาลัยผ้า กลุ่มผู้สูงอายุบ้านหนองแวง",
        ALI,
        DOWN,
        "Maha Sarakham",
        offers=[("มาลัยผ้าขาวม้า คล้องคอบัณฑิต", "cloth_garland")],
        needs=[need("ผ้าขะม้าผืนเล็ก ทอมือ", "pha_khao_ma")],
    ),
    sme(
        "en",
        "Isan Garland Collective",
        ALI,
        DOWN,
        "Roi Et",
        offers=[("Ribbon and cloth garlands for graduates", "cloth_garland")],
        needs=[need("Small handloom pha khao ma", "pha_khao_ma")],
    ),
    sme(
        "th",
        "ร้านน้องหมีบัณฑิต",
        ALC,
        DOWN,
        "Samut Prakan",
        offers=[("ตุ๊กตาหมีใส่ชุดครุย ปักชื่อได้", "graduation_teddy_bear")],
        needs=[
            need("ใยโพลีไว้ยัดตุ๊กตา", "polyester_fibrefill"),
            none_meets("ชุดครุยจิ๋วสำหรับใส่ตุ๊กตา", "doll-size gowns are not offered"),
        ],
    ),
    sme(
        "en",
        "TeddyGrad",
        ALC,
        DOWN,
        "Bangkok",
        offers=[("Plush graduation bears in cap and gown", "graduation_teddy_bear")],
        needs=[need("Natural kapok fill, no synthetic fill", "kapok_fibre")],
    ),
    sme(
        "en",
        "Campus Photo Studio",
        ALC,
        DOWN,
        "Khon Kaen",
        offers=[("Graduation photo sessions, studio and campus", "graduation_photography_service")],
        needs=[
            need("Printed fabric backdrop 3 x 2 m", "photo_backdrop_cloth"),
            need("Handheld props for grad shoots", "photo_prop_set"),
        ],
    ),
    sme(
        "th",
        "สตูดิโอช่างตั้ม รับถ่ายรับปริญญา",
        ALC,
        DOWN,
        "Phitsanulok",
        offers=[("ถ่ายภาพรับปริญญานอกสถานที่", "graduation_photography_service")],
        needs=[
            need("แบ็คดรอปผ้า สำหรับถ่ายรูปหมู่", "photo_backdrop_cloth"),
            need("ของประกอบฉาก ถ่ายรูปบัณฑิต", "photo_prop_set"),
        ],
    ),
    sme(
        "en",
        "Backdrop Factory",
        SPORT,
        DOWN,
        "Pathum Thani",
        offers=[("Printed polyester backdrops, seamless, to size", "photo_backdrop_cloth")],
        needs=[none_meets("Fire-retardant blackout cloth", "fire-retardant cloth is not offered")],
    ),
    sme(
        "th",
        "ครบเซต พร็อพรับปริญญา",
        ALC,
        DOWN,
        "Bangkok",
        offers=[
            ("ป้ายพร็อพถ่ายรูป หมวกจิ๋ว กรอบรูปยักษ์", "photo_prop_set"),
            ("ฉากหลังผ้าพิมพ์ สั่งขนาดได้", "photo_backdrop_cloth"),
        ],
    ),
    sme(
        "en",
        "CoverUp Garment Bags",
        CIRC,
        DOWN,
        "Samut Prakan",
        offers=[("Zip gown cover bags, recycled non-woven", "garment_bag")],
        needs=[need("GRS recycled polyester fabric for bag fronts", "recycled_polyester_fabric", req=("GRS",))],
        bcg=(CIR,),
    ),
    sme(
        "th",
        "ป้าศรี ถุงผ้าดิบ",
        ALC,
        DOWN,
        "Phetchaburi",
        offers=[
            ("ถุงคลุมชุดผ้าดิบ มีซิป", "garment_bag"),
            ("ถุงผ้าดิบหูหิ้ว สกรีนชื่อ", "cotton_tote_bag"),
        ],
        needs=[need("ผ้าฝ้ายดิบ ผืนใหญ่ ยกพับ", "greige_cotton_fabric")],
    ),
    sme(
        "th",
        "ของขวัญบัณฑิต ผ้าครามสกล",
        ALI,
        DOWN,
        "Sakon Nakhon",
        offers=[
            ("กระเป๋าผ้าครามทอมือ ของฝากบัณฑิต", "cotton_tote_bag"),
            ("ผ้าพันคอย้อมคราม", "indigo_scarf"),
        ],
        needs=[
            need("ผ้าครามลายขิด ทอมือ", "indigo_dyed_cotton_fabric"),
            need("มีที่ไหนรับย้อมครามผ้าที่เราทอเองบ้างคะ", "indigo_dyeing_service"),
        ],
    ),
    sme(
        "en",
        "Thai Grad Gifts",
        ALC,
        DOWN,
        "Surat Thani",
        offers=[("Gift sets: bear, bouquet and card", "graduation_gift_set")],
        needs=[need("Cloth totes for gift packing, 500 pcs", "cotton_tote_bag")],
    ),
    sme(
        "th",
        "มหาวิทยาลัยราชภัฏทุ่งกุลา",
        ALI,
        DOWN,
        "Roi Et",
        offers=[("ชุดครุยรุ่นเก่า ปลดระวาง ยังใส่ได้", "used_graduation_gown")],
        needs=[
            need("ชุดบัณฑิต ปริญญาตรี 3,000 ชุด", "graduation_gown"),
            need("เสื้อครุยอาจารย์ 80 ตัว", "academic_staff_robe"),
            none_meets("ปกปริญญาบัตร หุ้มกำมะหยี่", "diploma covers are not offered"),
        ],
    ),
    sme(
        "en",
        "Eastern Technology University",
        ALC,
        DOWN,
        "Chonburi",
        needs=[
            need("Graduation gowns, 2,500 sets, OEKO-TEX not required", "graduation_gown", waive=(OEKO,)),
            need("Square caps with tassels", "mortarboard_cap"),
            none_meets(
                "Faculty robes with Thai silk facings, Peacock Emblem required",
                "no robe maker holds the Peacock Emblem",
                "academic_staff_robe",
                req=(PEACOCK,),
            ),
        ],
    ),
    sme(
        "th",
        "โรงเรียนอนุบาลบ้านสวน",
        ALC,
        DOWN,
        "Kanchanaburi",
        needs=[
            need("ชุดรับปริญญาน้องอนุบาล 120 ชุด", "kids_graduation_gown"),
            need("ดอกไม้ประดิษฐ์จากผ้า มอบให้เด็ก", "cloth_flower_bouquet"),
        ],
    ),
    sme(
        "en",
        "Sunshine International Kindergarten",
        ALC,
        DOWN,
        "Phuket",
        needs=[
            need("Kids' grad gowns, OEKO-TEX certified", "kids_graduation_gown", req=(OEKO,)),
            need("Graduation bears as gifts", "graduation_teddy_bear"),
        ],
    ),
    sme(
        "th",
        "วิทยาลัยอาชีวศึกษาหาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        offers=[("ครุยเก่าเก็บ ขาดเป็นรู ขายเป็นกิโล", "damaged_gown_waste")],
        needs=[
            need("ผ้าคล้องคอพิมพ์ชื่อวิทยาลัย", "graduation_sash_stole"),
            need("ชุดครุย ไม่ต้องมี มอก. ขอราคาประหยัด", "graduation_gown", waive=(TIS,)),
        ],
    ),
    sme(
        "en",
        "Mekong Rajabhat University",
        ALI,
        DOWN,
        "Nakhon Phanom",
        needs=[
            need("Looking for a gown rental partner", "gown_rental_service"),
            need("Hoods in faculty colours", "academic_hood"),
        ],
    ),
    sme(
        "th",
        "มหาวิทยาลัยดอยคำ",
        ALC,
        DOWN,
        "Chiang Mai",
        needs=[
            need("ฮู้ดสีประจำคณะ 40 ชิ้น", "academic_hood"),
            need("ผ้าไหมตรานกยูง ทำสำรดครุยอธิการบดี", "silk_fabric", req=(PEACOCK,)),
            none_meets("ชุดครุยทำจากใยกัญชง", "no one makes hemp gowns"),
        ],
    ),
    sme(
        "en",
        "Hat Yai Wedding & Grad Studio",
        ALC,
        DOWN,
        "Songkhla",
        offers=[("Photo packages with gown and bouquet", "graduation_photography_service")],
        needs=[need("Is there a gown hire shop that ships to Hat Yai?", "gown_rental_service")],
    ),
    sme(
        "th",
        "ร้านของชำร่วยบัณฑิต อุดร",
        ALI,
        DOWN,
        "Udon Thani",
        offers=[("พวงกุญแจหมีบัณฑิต ของชำร่วย", "graduation_keychain")],
        needs=[need("มาลัยคล้องคอบัณฑิตแบบผ้า", "cloth_garland")],
    ),
]

# ====================================================================== checks and output

CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")


def sid(index: int) -> str:
    return f"{PREFIX}-{index:03d}"


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def names_certification(text: str, name: str) -> bool:
    """Whether `text` names the certification at all (affirmed or negated)."""
    cert = CERT_BY_NAME[name]
    folded = nfkc(text).casefold()
    forms = (*cert.mentions, *cert.aliases, *cert.case_sensitive_mentions)
    return any(nfkc(form).casefold() in folded for form in forms)


def script_problem(text: str, lang: str) -> str | None:
    if not text.strip() or text != text.strip() or "  " in text:
        return "empty or badly spaced"
    if lang == "en":
        return None if text.isascii() else "English phrase with non-ASCII characters"
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return None if thai >= 2 * latin and thai > 0 else "Thai phrase not mostly Thai letters"


def canonical_certs(entry: Sme) -> frozenset[str]:
    return frozenset(c for c in (resolve_certification(x) for x in entry.certs) if c is not None)


def qualified_suppliers(buyer: int, item: Need) -> list[int]:
    """Indices of the SMEs (not the buyer) with an offer the need lists and every certification it requires."""
    wanted = set(item.labels)
    found = []
    for index, entry in enumerate(SMES, start=1):
        if index == buyer or not wanted & {label for _, label in entry.offers}:
            continue
        if set(item.req) <= canonical_certs(entry):
            found.append(index)
    return found


def check() -> list[str]:
    problems: list[str] = []
    offered_by: dict[str, set[int]] = {}
    for index, entry in enumerate(SMES, start=1):
        for _, label in entry.offers:
            offered_by.setdefault(label, set()).add(index)
    if len(SMES) != N_PROFILES:
        problems.append(f"{len(SMES)} profiles, expected {N_PROFILES}")
    names = Counter(entry.name for entry in SMES)
    problems += [f"name {name!r} used {n} times" for name, n in names.items() if n > 1]
    for index, entry in enumerate(SMES, start=1):
        where = sid(index)
        if entry.lang not in ("th", "en"):
            problems.append(f"{where}: language {entry.lang!r}")
        if not isinstance(entry.sub_cluster, SubCluster) or not isinstance(entry.stage, Stage):
            problems.append(f"{where}: sub-cluster or stage not a taxonomy value")
        if any(not isinstance(tag, BcgTag) for tag in entry.bcg) or len(set(entry.bcg)) != len(entry.bcg):
            problems.append(f"{where}: bad BCG tags")
        if resolve_province(entry.province) is None:
            problems.append(f"{where}: province {entry.province!r} does not resolve")
        for cert in entry.certs:
            if resolve_certification(cert) is None:
                problems.append(f"{where}: certification {cert!r} does not resolve")
        if not 0 <= len(entry.offers) <= 3 or not 0 <= len(entry.needs) <= 3:
            problems.append(f"{where}: needs 0-3 offers and 0-3 needs")
        if not entry.offers and not entry.needs:
            problems.append(f"{where}: neither offers nor needs")
        texts = [entry.name, *(text for text, _ in entry.offers), *(item.text for item in entry.needs)]
        for text in texts:
            problem = script_problem(text, entry.lang)
            if problem:
                problems.append(f"{where}: {problem}: {text!r}")
        if len(set(texts)) != len(texts):
            problems.append(f"{where}: repeated phrase")
        for _, label in entry.offers:
            if not LABEL_RE.match(label):
                problems.append(f"{where}: bad label {label!r}")
        for item in entry.needs:
            problems += check_need(index, item, offered_by)
    return problems


def check_need(buyer: int, item: Need, offered_by: dict[str, set[int]]) -> list[str]:
    where = f"{sid(buyer)} need {item.text!r}"
    problems = []
    for name in (*item.req, *item.waive):
        if name not in CERT_BY_NAME:
            problems.append(f"{where}: {name!r} is not a canonical certification name")
            return problems
        if not names_certification(item.text, name):
            problems.append(f"{where}: does not name {name}")
    affirmed = find_certifications(item.text)
    problems += [f"{where}: text does not require {name}" for name in item.req if name not in affirmed]
    problems += [f"{where}: text does not waive {name}" for name in item.waive if name in affirmed]
    if set(item.req) & set(item.waive):
        problems.append(f"{where}: a certification both required and waived")
    if item.unmet:
        if item.waive:
            problems.append(f"{where}: an unmet need waives a certification")
        if qualified_suppliers(buyer, item):
            problems.append(f"{where}: marked unmet but met by {qualified_suppliers(buyer, item)}")
        return problems
    if not item.labels:
        problems.append(f"{where}: met need without labels")
    for label in item.labels:
        if not offered_by.get(label, set()) - {buyer}:
            problems.append(f"{where}: label {label!r} offered by no one else")
    if not qualified_suppliers(buyer, item):
        problems.append(f"{where}: no qualified supplier")
    return problems


def true_links() -> list[tuple[int, int]]:
    links = {
        (supplier, buyer)
        for buyer, entry in enumerate(SMES, start=1)
        for item in entry.needs
        if not item.unmet
        for supplier in qualified_suppliers(buyer, item)
    }
    return sorted(links)


def profile_json(index: int, entry: Sme) -> str:
    record = {
        "id": sid(index),
        "name": entry.name,
        "sub_cluster": entry.sub_cluster.value,
        "stage": entry.stage.value,
        "province": entry.province,
        "offers": [text for text, _ in entry.offers],
        "needs": [item.text for item in entry.needs],
        "certifications": list(entry.certs),
        "bcg": [tag.value for tag in entry.bcg],
        "contact_email": f"contact.{PREFIX}{index:03d}@example.co.th",
        "language": entry.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def counts(links: list[tuple[int, int]]) -> list[tuple[str, str]]:
    lang = {index: entry.lang for index, entry in enumerate(SMES, start=1)}
    sub = {index: entry.sub_cluster for index, entry in enumerate(SMES, start=1)}
    needs = [(buyer, item) for buyer, entry in enumerate(SMES, start=1) for item in entry.needs]
    met = [(buyer, item) for buyer, item in needs if not item.unmet]
    th_en = sum(1 for s, b in links if lang[s] == "th" and lang[b] == "en")
    en_th = sum(1 for s, b in links if lang[s] == "en" and lang[b] == "th")
    cross = th_en + en_th
    rows = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{sum(e.lang == 'th' for e in SMES)} / {sum(e.lang == 'en' for e in SMES)}"),
    ]
    for value in SubCluster:
        rows.append((f"sub-cluster `{value.value}`", str(sum(e.sub_cluster is value for e in SMES))))
    for value in Stage:
        rows.append((f"stage `{value.value}`", str(sum(e.stage is value for e in SMES))))
    regions = Counter(resolve_province(e.province).region.value for e in SMES)  # type: ignore[union-attr]
    for region, n in sorted(regions.items()):
        rows.append((f"region `{region}`", str(n)))
    per_need = Counter(len(qualified_suppliers(buyer, item)) for buyer, item in met)
    rows += [
        ("distinct provinces", str(len({resolve_province(e.province) for e in SMES}))),
        ("offers", str(sum(len(e.offers) for e in SMES))),
        ("distinct offer labels", str(len({label for e in SMES for _, label in e.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("met needs by number of qualified suppliers", ", ".join(f"{k}: {v}" for k, v in sorted(per_need.items()))),
        ("needs requiring a certification", str(sum(bool(item.req) for _, item in needs))),
        ("needs waiving a certification", str(sum(bool(item.waive) for _, item in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(1 for s, b in links if sub[s] is not sub[b]))),
    ]
    return rows


def size_problems(links: list[tuple[int, int]]) -> list[str]:
    problems = []
    thai = sum(e.lang == "th" for e in SMES) / max(1, len(SMES))
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        problems.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        problems.append(f"{len(links)} links outside {LINKS_RANGE}")
    lang = {index: entry.lang for index, entry in enumerate(SMES, start=1)}
    cross = sum(1 for s, b in links if lang[s] != lang[b]) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    unmet = sum(1 for e in SMES for item in e.needs if item.unmet)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} unmet needs outside {UNMET_RANGE}")
    met = [(b, item) for b, e in enumerate(SMES, start=1) for item in e.needs if not item.unmet]
    few = sum(1 for b, item in met if 1 <= len(qualified_suppliers(b, item)) <= 3)
    if few < 0.8 * len(met):
        problems.append(f"only {few} of {len(met)} met needs have 1-3 qualified suppliers")
    return problems


README_HEAD = """\
# blind_plain_regalia: graduation and academic dress, plain registry entries

A hand-labelled test set for the partner matchmaker. It checks how well the matcher finds the true
supplier-buyer pairs among 95 SMEs of the Health and Wellness Economy textile cluster when the wording
is new to it: graduation gowns, hoods, mortarboards and tassels, staff robes, sashes and stoles, gown
rental and cleaning, cloth bouquets, garlands, graduation bears and photo props, the universities,
schools, photo studios and rental shops that buy them, and the ordinary upstream and midstream
suppliers (hemp, cotton and silk fibre and yarn, recycled polyester, cloth, dyeing, sewing, trims).

## How it was written

By hand. The writer read only section 1 of the cluster contract (profiles JSONL version 1 and the
links CSV), the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`) and the ruff
settings of `pyproject.toml`; nothing else in the repository. Profiles are plain registry entries:
one short phrase per offer or need, 0-3 of each, about 55 % in Thai. The same goods are written in
many ways (local and trade names, brand names, abbreviations, with and without quantities, prices,
sizes and places), and a need is worded differently from the offers that meet it, often in the other
language. Hard cases include a service versus the goods it works on (indigo dyeing of the customer's
cloth versus indigo-dyed cloth, sewing for others versus finished gowns, shredding service versus
recycled fibre), wearable second-hand gowns versus damaged gowns for recycling, seed cotton versus
ginned lint versus yarn, hand-reeled versus machine-reeled silk, finished goods described by their
material (an indigo handwoven bag is a bag, an indigo stole is a stole), polyester sold as "Italian
silk", refusals ("no synthetic dye", "virgin only"), needs that require a named certification and
needs that name one only to waive it, and needs that no one in the set meets.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is. Every need lists the offer
labels that would meet it and the certifications its text requires, or is marked as met by no one
with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications hold every certification
that need requires. An SME is never linked to itself. Shared words play no part; quantities, prices
and places never decide a link; what changes what the thing is does. A waived certification is not
required. The labels live only in `write.py`.

Before writing, the script checks ids, every contract field (taxonomy values, provinces through
`resolve_province`, certifications through `resolve_certification`), that each label a need lists is
offered by someone other than the buyer, that each met need has a qualified supplier and each unmet
one has none, that required and waived certifications are named in the need's text (and read as
required or waived by `find_certifications`), the script of each phrase, and the size targets. It
writes nothing if a check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_regalia/write.py

## Files

- `write.py`: all data and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: the 95 profiles `bgr-001` ... `bgr-095`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    problems = check()
    links = true_links() if not problems else []
    if not problems:
        problems = size_problems(links)
    if problems:
        for problem in problems:
            print("FAIL:", problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    table = ["| count | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in counts(links)]
    profiles = "".join(profile_json(i, e) + "\n" for i, e in enumerate(SMES, start=1))
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{sid(s)},{sid(b)}\n" for s, b in links)
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(csv_text, encoding="utf-8", newline="\n")
    (HERE / "README.md").write_text(README_HEAD + "\n".join(table) + "\n", encoding="utf-8", newline="\n")
    print("\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
