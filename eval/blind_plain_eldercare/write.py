"""Write the hand-labelled evaluation set `eval/blind_plain_eldercare/`.

Elderly and home-care textiles in central Thailand and Isan, as plain registry entries:
one short phrase per offer or need. Every offer carries a label that says what the thing is;
every need lists the labels that would meet it and the certifications its text requires,
or is marked as met by no one. Links follow from the labels only.

Run from the repository root:  .venv/bin/python eval/blind_plain_eldercare/write.py
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

from shared.taxonomy import (  # noqa: E402 (the repository root is put on sys.path first)
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()
    waived: tuple[str, ...] = ()
    unmet: str | None = None  # a note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[BcgTag, ...]

    @property
    def id(self) -> str:
        return f"bec-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waived: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waived)


def x(text: str, note: str, *labels: str, certs: tuple[str, ...] = (), waived: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` only when the goods exist but not with `certs`."""
    return Need(text, labels, certs, waived, note)


HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN
UP, MID, DOWN = Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM
BIO, CIRCULAR, GREEN = BcgTag.BIO, BcgTag.CIRCULAR, BcgTag.GREEN

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
RCS = "RCS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
ISO13485 = "ISO 13485"
TIS = "Thai Industrial Standard"
FDA = "Thai FDA"
BLUESIGN = "bluesign"
GREEN_LABEL = "Thai Green Label"
USDA = "USDA Organic"
FAIRTRADE = "Fairtrade"


def sme(
    num: int,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ profiles
# Upstream: fibre, yarn, waste and dye stuff.

SMES: list[Sme] = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านรวมไทย",
        HEMP,
        UP,
        "Tak",
        "hemp.romthai@example.com",
        [o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre")],
        [x("เมล็ดพันธุ์กัญชงสายพันธุ์เส้นใย", "planting seed; no one in the set sells seed")],
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        "Doi Pui Hemp Spinners",
        HEMP,
        UP,
        "Chiang Mai",
        "doipui.hemp@example.com",
        [o("hand-spun hemp yarn, Hmong style, natural grey, 500 g skeins", "hemp_yarn")],
        [n("decorticated hemp bast, sun-dried", "hemp_fibre")],
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์นาด้วง",
        HEMP,
        UP,
        "Loei",
        "cotton.naduang@example.com",
        [o("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว ขายยกกระสอบ", "organic_cotton_fibre")],
        [],
        certs=(ORG_TH,),
        bcg=(BIO, GREEN),
    ),
    sme(
        4,
        "th",
        "กลุ่มแม่บ้านเข็นฝ้ายบ้านนาหว้า",
        ISAN,
        UP,
        "Nakhon Phanom",
        "nawa.spin@example.com",
        [o("ฝ้ายเข็นด้วยไน สีขาวนวล ไม่ฟอก เป็นไจ", "handspun_cotton_yarn")],
        [n("ฝ้ายดีดพร้อมเข็น ต้องได้มาตรฐานเกษตรอินทรีย์", "organic_cotton_fibre", certs=(ORG_TH,))],
        bcg=(BIO,),
    ),
    sme(
        5,
        "en",
        "Siam Combed Yarn Co., Ltd.",
        HEMP,
        UP,
        "Nakhon Pathom",
        "sales@siamcombed.example.com",
        [
            o("Ne 30/1 combed cotton ring-spun yarn on cones", "cotton_yarn"),
            o("GOTS organic cotton yarn Ne 20/1", "organic_cotton_yarn"),
        ],
        [
            n("ginned raw cotton, pressed bales, min 5 t", "cotton_fibre", "organic_cotton_fibre"),
            x(
                "organic lint with USDA Organic for a US buyer",
                "the organic growers hold Organic Thailand only",
                "organic_cotton_fibre",
                certs=(USDA,),
            ),
        ],
        certs=(GOTS, ISO9001),
    ),
    sme(
        6,
        "en",
        "EcoFibre Rayong Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "info@ecofibre-rayong.example.com",
        [
            o("rPET staple fibre 1.4D x 38 mm, optical white", "recycled_polyester_fibre"),
            o("hollow conjugated siliconised fibre for pillow filling", "polyester_fiberfill"),
        ],
        [n("clean PET flake for fibre spinning", "pet_flakes")],
        certs=(GRS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        7,
        "th",
        "ร้านรับซื้อของเก่า ส.เจริญทรัพย์",
        CIRC,
        UP,
        "Khon Kaen",
        "sor.charoensap@example.com",
        [o("ขวดน้ำดื่มพลาสติกใส อัดก้อน ขายเป็นตัน", "used_pet_bottles"), o("เสื้อผ้าเก่าคละ ชั่งกิโลขาย", "used_clothing")],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        8,
        "en",
        "ClearFlake Recycling",
        CIRC,
        UP,
        "Chonburi",
        "ops@clearflake.example.com",
        [o("rPET regrind, hot-wash grade, 98% transparent, jumbo bags", "pet_flakes")],
        [n("baled post-consumer PET bottles", "used_pet_bottles")],
        certs=(RCS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        9,
        "th",
        "หจก. คัดแยกเศษผ้ามหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.scrap@example.com",
        [
            o("เศษผ้าคอตตอน 100% จากโรงตัด แยกสีแล้ว", "cotton_cutting_waste"),
            o("เสื้อผ้ามือสอง คัดเกรด A มัดเบล 45 กก.", "used_clothing"),
        ],
        [n("ลินินเก่าจากโรงแรม โรงพยาบาล รับซื้อเหมา", "used_linen")],
        bcg=(CIRCULAR,),
    ),
    sme(
        10,
        "en",
        "ReSpin Saraburi",
        CIRC,
        UP,
        "Saraburi",
        "hello@respin.example.com",
        [o("regenerated open-end cotton yarn Ne 10, grey melange", "recycled_cotton_yarn")],
        [n("pre-consumer cotton clippings sorted by colour", "cotton_cutting_waste")],
        certs=(GRS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        11,
        "th",
        "บจก. ไฟเบอร์รีเทิร์น",
        CIRC,
        UP,
        "Pathum Thani",
        "fiberreturn@example.com",
        [
            o("รับบดผ้าเก่าของลูกค้าเป็นใย ส่งคืนตามน้ำหนัก", "textile_shredding_service"),
            o("ใยรีไซเคิลสำหรับยัดหมอน ยัดเบาะ", "recycled_filling_fibre"),
        ],
        [n("ผ้าใช้แล้วทุกชนิด เสื้อ กางเกง ผ้าปู ผ้าขนหนู รับเหมาเป็นตัน", "used_clothing", "used_linen")],
        bcg=(CIRCULAR,),
    ),
    sme(
        12,
        "th",
        "สวนนุ่นลุงเปรม",
        HEMP,
        UP,
        "Lopburi",
        "lungprem.kapok@example.com",
        [o("นุ่นแกะเมล็ดแล้ว อัดกระสอบ 10 กก.", "kapok_fibre")],
        [],
        bcg=(BIO,),
    ),
    sme(
        13,
        "th",
        "กลุ่มทำเนื้อครามบ้านพรรณา",
        HEMP,
        UP,
        "Sakon Nakhon",
        "khram.phanna@example.com",
        [o("เนื้อครามเปียก ผลิตเอง กิโลละ 250 บาท", "indigo_paste")],
        [x("โอ่งมังกรใบใหญ่ สำหรับก่อหม้อคราม", "dye-vat jars; not textile, no one sells them")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        14,
        "th",
        "ห้อมแพร่ ป้าศรี",
        HEMP,
        UP,
        "Phrae",
        "homphrae.pasri@example.com",
        [o("ห้อมเปียกแท้จากแพร่ ถุงละ 1 กิโล", "indigo_paste"), o("รับย้อมห้อม ผ้าหรือเสื้อที่ลูกค้าส่งมา", "indigo_dyeing_service")],
        [],
        bcg=(BIO,),
    ),
    sme(
        15,
        "en",
        "Bamboo Viscose Thai",
        HEMP,
        UP,
        "Prachinburi",
        "yarn@bambooviscose.example.com",
        [o("bamboo viscose ring-spun yarn 30s, OEKO-TEX", "bamboo_viscose_yarn")],
        [x("dissolving wood pulp", "pulp; no pulp mill in the set")],
        certs=(OEKO,),
        bcg=(BIO,),
    ),
    sme(
        16,
        "th",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        ISAN,
        UP,
        "Surin",
        "silk.thasawang@example.com",
        [o("เส้นไหมน้อย ไหมพื้นบ้านสาวมือ", "silk_yarn")],
        [x("ไข่ไหมพันธุ์นางน้อย", "silkworm eggs; no one sells them")],
        certs=(PEACOCK,),
        bcg=(BIO,),
    ),
    sme(
        17,
        "en",
        "Southern Latex Foam Co.",
        SPORT,
        MID,
        "Songkhla",
        "sales@southernlatex.example.com",
        [o("natural latex foam sheet 5 cm, density 65", "latex_foam_sheet")],
        [x("concentrated field latex 60% DRC", "raw rubber latex; no rubber grower in the set")],
        certs=(ISO9001,),
        bcg=(BIO,),
    ),
    sme(
        18,
        "th",
        "โคราชรีไซเคิลโพลี",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "korat.rpoly@example.com",
        [o("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวด 150D/48F", "recycled_polyester_yarn")],
        [n("ใยสั้นโพลีเอสเตอร์รีไซเคิล สำหรับปั่นด้าย", "recycled_polyester_fibre")],
        certs=(GRS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        19,
        "en",
        "Udon Organic Cotton Co-op",
        HEMP,
        UP,
        "Udon Thani",
        "coop@udonorganic.example.com",
        [o("organic cotton lint, Organic Thailand certified", "organic_cotton_fibre")],
        [n("seed cotton (kapas) from smallholders, organic conversion welcome", "seed_cotton")],
        certs=(ORG_TH,),
        bcg=(BIO, GREEN),
    ),
    sme(
        20,
        "th",
        "วิสาหกิจชุมชนฝ้ายพื้นเมืองน่าน",
        HEMP,
        UP,
        "Nan",
        "fai.nan@example.com",
        [o("ฝ้ายพื้นเมืองทั้งเมล็ด เก็บจากไร่", "seed_cotton"), o("ฝ้ายตุ่น ฝ้ายขาว อีดแล้ว", "cotton_fibre")],
        [x("เครื่องอีดฝ้ายไฟฟ้า", "ginning machine; no machinery sellers in the set")],
        bcg=(BIO,),
    ),
]

# Midstream: spinning for others, weaving, knitting, dyeing, finishing, components, sewing.

SMES += [
    sme(
        21,
        "th",
        "บจก. ปทุมสปินนิ่ง",
        CENTRAL,
        UP,
        "Pathum Thani",
        "sales@pathumspinning.example.com",
        [o("ด้าย TC 65/35 เบอร์ 20/1 และ 32/1 ลูกละ 1.89 กก.", "polycotton_yarn")],
        [
            n("ฝ้ายเบลสำหรับปั่นด้าย ออร์แกนิคหรือธรรมดาก็ได้", "cotton_fibre", "organic_cotton_fibre"),
            n("ใยโพลีเอสเตอร์รีไซเคิล ไว้ผสมฝ้าย", "recycled_polyester_fibre"),
        ],
        certs=(ISO9001,),
    ),
    sme(
        22,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านโนนสะอาด",
        ISAN,
        MID,
        "Khon Kaen",
        "nonsaat.weave@example.com",
        [o("ผ้าฝ้ายทอกี่กระตุก หน้ากว้าง 1 เมตร สีธรรมชาติ", "handwoven_cotton_fabric")],
        [
            n("เส้นฝ้ายปั่นมือ เส้นเล็ก", "handspun_cotton_yarn"),
            n("ด้ายหลอดจากโรงงาน ไว้ทำเส้นยืน", "cotton_yarn", "organic_cotton_yarn"),
        ],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        23,
        "th",
        "ครามสกล ฮอมฮัก",
        ISAN,
        MID,
        "Sakon Nakhon",
        "homhak.khram@example.com",
        [o("ผ้าฝ้ายย้อมครามธรรมชาติ ลายมัดหมี่ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"), o("ผ้าพันคอฝ้ายย้อมคราม ทำมือ", "scarf")],
        [
            n("ครามก้อนหรือครามหมัก ใช้เดือนละ 50 กก.", "indigo_paste"),
            n("อยากได้ผ้าทอมือที่ยังเป็นผ้าขาว ไม่ผ่านการย้อม", "handwoven_cotton_fabric"),
        ],
        certs=(OTOP,),
        bcg=(BIO, GREEN),
    ),
    sme(
        24,
        "en",
        "Chao Phraya Dyeing Works",
        CENTRAL,
        MID,
        "Samut Prakan",
        "cs@cpdyeing.example.com",
        [o("commission dyeing of knit and woven fabric, reactive dyes, MOQ 300 kg", "fabric_dyeing_service")],
        [],
        certs=(ISO14001, BLUESIGN),
    ),
    sme(
        25,
        "en",
        "Mahachai Greige Mills",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "mill@mahachaigreige.example.com",
        [o("cotton greige sheeting 20x20, 63 inch, loomstate", "cotton_grey_fabric")],
        [n("Ne 20/1 carded, 100% cotton, for warp", "cotton_yarn")],
    ),
    sme(
        26,
        "en",
        "Laminex Thailand",
        SPORT,
        MID,
        "Chonburi",
        "info@laminex.example.com",
        [o("breathable PU-laminated knit, liquid barrier for pads", "waterproof_laminated_fabric")],
        [x("TPU film 25 micron", "film for lamination; no film maker in the set")],
        certs=(OEKO,),
    ),
    sme(
        27,
        "th",
        "โรงถักผ้าขนหนูใยไผ่ นครปฐม",
        CENTRAL,
        MID,
        "Nakhon Pathom",
        "bambooterry.npt@example.com",
        [o("ผ้าเทอร์รี่ใยไผ่ 400 แกรม ซับน้ำดี เป็นม้วน", "absorbent_terry_fabric")],
        [
            n("ด้ายเรยอนจากไผ่ เบอร์ 30", "bamboo_viscose_yarn"),
            n("ด้ายฝ้ายออร์แกนิค ได้ GOTS", "organic_cotton_yarn", certs=(GOTS,)),
        ],
    ),
    sme(
        28,
        "th",
        "โรงงานผ้ายืดบางพลี",
        CENTRAL,
        MID,
        "Samut Prakan",
        "bangphli.knit@example.com",
        [o("ผ้ายืดคอตตอน 100% สีพื้น ซีเอ็ม 32", "cotton_jersey_fabric")],
        [n("ด้ายคอมบ์ 32 ซิงเกิ้ล", "cotton_yarn", "organic_cotton_yarn"), n("หาโรงรับย้อมผ้าถัก", "fabric_dyeing_service")],
    ),
    sme(
        29,
        "en",
        "AirMesh Tech",
        SPORT,
        MID,
        "Pathum Thani",
        "sales@airmesh.example.com",
        [o("3D spacer mesh 10 mm, polyester, anti-bedsore grade", "spacer_mesh_fabric")],
        [n("GRS recycled polyester filament yarn, 150 denier", "recycled_polyester_yarn", certs=(GRS,))],
    ),
    sme(
        30,
        "en",
        "GlideTex",
        SPORT,
        MID,
        "Samut Prakan",
        "hello@glidetex.example.com",
        [o("low-friction silicone-coated ripstop nylon 70D", "low_friction_fabric")],
        [],
    ),
    sme(
        31,
        "th",
        "ร้านเทปตีนตุ๊กแก สำเพ็ง",
        SPORT,
        MID,
        "Bangkok",
        "sampeng.tape@example.com",
        [o("เทปตีนตุ๊กแก หน้า 2 ซม. ม้วน 25 หลา", "hook_loop_tape"), o("ยางยืดแบน ยางยืดขอบกางเกง", "elastic_band")],
        [],
    ),
    sme(
        32,
        "en",
        "EasyClose Components",
        CENTRAL,
        MID,
        "Bangkok",
        "orders@easyclose.example.com",
        [o("concealed magnetic snaps 14 mm, washable, 6 THB/pair", "magnetic_fastener")],
        [],
    ),
    sme(
        33,
        "th",
        "ห้องเสื้อป้าแดง รับตัดเย็บ",
        CENTRAL,
        MID,
        "Nonthaburi",
        "padaeng.sew@example.com",
        [
            o("รับจ้างเย็บ ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 50 ตัว", "cmt_sewing_service"),
            o("เศษผ้าจากห้องตัด ให้ฟรีถ้ามารับเอง", "cotton_cutting_waste"),
        ],
        [x("จักรโพ้ง 5 เส้น มือสอง", "sewing machine; no machinery sellers in the set")],
    ),
    sme(
        34,
        "th",
        "กลุ่มแม่บ้านตัดเย็บบ้านดุง",
        ISAN,
        MID,
        "Udon Thani",
        "bandung.sewing@example.com",
        [o("รับเย็บตามแบบ ชุดผู้ป่วย ผ้าอ้อม งานโรงพยาบาล", "cmt_sewing_service")],
        [],
    ),
    sme(
        35,
        "en",
        "BioShield Finishing",
        CENTRAL,
        MID,
        "Pathum Thani",
        "lab@bioshield.example.com",
        [
            o("silver-ion antibacterial finish on your fabric", "antimicrobial_finishing_service"),
            o("TPU lamination on customer-supplied rolls", "lamination_service"),
        ],
        [],
        certs=(ISO9001,),
    ),
    sme(
        36,
        "th",
        "บจก. ผ้าเคลือบกันเชื้อ",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "antibac.fabric@example.com",
        [o("ผ้าคอตตอนผสม เคลือบกันแบคทีเรีย พร้อมตัด ม้วนละ 50 หลา", "antimicrobial_fabric")],
        [n("ผ้าดิบ คอตตอน หน้ากว้าง", "cotton_grey_fabric")],
    ),
    sme(
        37,
        "th",
        "หจก. ซิลิโคนกริปสกรีน",
        SPORT,
        MID,
        "Bangkok",
        "siliconegrip@example.com",
        [o("รับสกรีนซิลิโคน ทำจุดกริปบนผ้าและถุงเท้า", "silicone_grip_printing_service")],
        [],
    ),
    sme(
        38,
        "en",
        "Lanna Hemp Weavers",
        HEMP,
        MID,
        "Chiang Mai",
        "weave@lannahemp.example.com",
        [o("hemp cloth from floor looms, 60 cm, natural colour", "hemp_fabric")],
        [
            n("hand-twisted kanchong thread for weft", "hemp_yarn"),
            n("natural dyeing of our cloth, no synthetic dye", "natural_dyeing_service", "indigo_dyeing_service"),
        ],
        bcg=(BIO,),
    ),
    sme(
        39,
        "th",
        "กลุ่มย้อมสีธรรมชาติบ้านหวาย",
        ISAN,
        MID,
        "Roi Et",
        "banwai.dye@example.com",
        [o("รับย้อมสีธรรมชาติ ครั่ง ประดู่ มะเกลือ ผ้าของลูกค้า", "natural_dyeing_service")],
        [],
        bcg=(BIO, GREEN),
    ),
    sme(
        40,
        "en",
        "Thai Webbing & Trims",
        CENTRAL,
        MID,
        "Bangkok",
        "trims@thaiwebbing.example.com",
        [o("polypropylene webbing 50 mm", "webbing"), o("plastic side-release buckles", "buckle")],
        [],
    ),
    sme(
        41,
        "th",
        "กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        ISAN,
        MID,
        "Kalasin",
        "praewa.banphon@example.com",
        [o("แพรวากาฬสินธุ์ ทอมือ ลายโบราณ", "silk_fabric")],
        [n("ไหมเส้นพุ่ง ต้องมีตรานกยูง", "silk_yarn", certs=(PEACOCK,))],
        certs=(OTOP,),
    ),
    sme(
        42,
        "en",
        "Salaya Knit & Finish",
        CENTRAL,
        MID,
        "Nakhon Pathom",
        "info@salayaknit.example.com",
        [o("bamboo-cotton terry, absorbent layer for washable pads", "absorbent_terry_fabric")],
        [n("OEKO-TEX rayon from bamboo, Ne 30", "bamboo_viscose_yarn", certs=(OEKO,))],
        certs=(OEKO,),
    ),
    sme(
        43,
        "th",
        "ผ้าทอรีไซเคิล สามพราน",
        CIRC,
        MID,
        "Nakhon Pathom",
        "recycleweave.samphran@example.com",
        [o("ผ้าทอจากด้ายฝ้ายรีไซเคิล สีเทา หน้า 150", "recycled_cotton_fabric")],
        [n("ด้ายฝ้ายรีไซเคิล OE", "recycled_cotton_yarn")],
        bcg=(CIRCULAR,),
    ),
    sme(
        44,
        "th",
        "โรงงานถุงเท้ามหาชัย",
        SPORT,
        DOWN,
        "Samut Sakhon",
        "mahachai.socks@example.com",
        [o("ถุงเท้าผู้สูงอายุ มีปุ่มยางใต้ฝ่าเท้า ไม่ลื่นล้ม", "anti_slip_socks")],
        [
            n("ด้ายคอตตอนสำหรับถักถุงเท้า", "cotton_yarn", "organic_cotton_yarn"),
            n("จ้างพิมพ์ปุ่มกันลื่นใต้ถุงเท้า", "silicone_grip_printing_service"),
        ],
    ),
]

# Downstream makers: pads, clothing, transfer aids, cushions, socks, linen.

SMES += [
    sme(
        45,
        "th",
        "แผ่นรองซับซักได้ ใจดี",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "jaidee.pad@example.com",
        [o("แผ่นรองซับปัสสาวะ ใช้ซ้ำได้ 300 ครั้ง ขนาด 75x90 ซม.", "washable_underpad")],
        [
            n("ผ้ากันน้ำแบบระบายอากาศ ไม่จำเป็นต้องมีโอเคเท็กซ์", "waterproof_laminated_fabric", waived=(OEKO,)),
            n("ผ้าขนหนูเป็นม้วน ทำชั้นซึมซับ", "absorbent_terry_fabric"),
        ],
    ),
    sme(
        46,
        "th",
        "ผ้ารองฉี่ผู้ใหญ่ แม่ใจ",
        ISAN,
        DOWN,
        "Khon Kaen",
        "maejai.pad@example.com",
        [o("ผ้ารองฉี่ผู้ใหญ่ ผ้าฝ้ายอีสาน ซักแล้วใช้ต่อได้", "washable_underpad")],
        [
            n("ผ้าขนหนูเนื้อหนาเป็นหลา ไว้ทำไส้ผ้ารอง", "absorbent_terry_fabric"),
            n("มีที่ไหนรับเคลือบกันน้ำบนผ้าของเราไหม", "lamination_service"),
        ],
    ),
    sme(
        47,
        "en",
        "Silver Threads Adaptive",
        CENTRAL,
        DOWN,
        "Bangkok",
        "hello@silverthreads.example.com",
        [
            o("magnetic-front shirts for arthritic hands", "adaptive_clothing"),
            o("open-back dressing gowns for wheelchair users", "adaptive_clothing"),
        ],
        [
            n("anyone supplying hidden magnet closures?", "magnetic_fastener"),
            n("soft cotton jersey, solid colours, no OEKO-TEX needed", "cotton_jersey_fabric", waived=(OEKO,)),
            n("CMT partner for 500 pcs/month", "cmt_sewing_service"),
        ],
    ),
    sme(
        48,
        "th",
        "เสื้อผ้าผู้สูงวัย ผ้าฝ้ายสารคาม",
        ISAN,
        DOWN,
        "Maha Sarakham",
        "sarakham.elderwear@example.com",
        [o("เสื้อผ่าหน้าติดเมจิกเทป ผ้าฝ้ายทอมือ สำหรับผู้ป่วยติดเตียง", "adaptive_clothing")],
        [n("เทปหนามเตย", "hook_loop_tape"), n("ผ้าทอพื้นเมือง เนื้อฝ้าย สีอ่อน", "handwoven_cotton_fabric")],
        certs=(OTOP,),
    ),
    sme(
        49,
        "en",
        "SafeMove Care Products",
        SPORT,
        DOWN,
        "Samut Prakan",
        "sales@safemove.example.com",
        [
            o("patient slide sheets, tubular, 70 x 140 cm", "patient_slide_sheet"),
            o("padded transfer belts with handles", "transfer_belt"),
        ],
        [
            n("slippery nylon for slide sheets", "low_friction_fabric"),
            n("PP webbing 50 mm and buckles", "webbing", "buckle"),
        ],
    ),
    sme(
        50,
        "th",
        "เบาะนุ่มรักษ์หลัง",
        CENTRAL,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "baonum.ayutthaya@example.com",
        [
            o("เบาะรองนั่งกันแผลกดทับ ยางพาราแท้", "pressure_relief_cushion"),
            o("หมอนจัดท่าผู้ป่วยติดเตียง ทรงสามเหลี่ยม", "positioning_pillow"),
        ],
        [
            n("ยางพาราแผ่น หนา 2 นิ้ว", "latex_foam_sheet"),
            n("ผ้าตาข่าย 3D ระบายอากาศ สำหรับหุ้มเบาะ", "spacer_mesh_fabric"),
            n("ใยบอล ใยสังเคราะห์ยัดหมอน", "polyester_fiberfill"),
        ],
    ),
    sme(
        51,
        "th",
        "ที่นอนยางพาราหาดใหญ่",
        CENTRAL,
        DOWN,
        "Songkhla",
        "hatyai.latexbed@example.com",
        [o("ที่นอนยางพาราลดแผลกดทับ ขนาด 3 ฟุต", "pressure_relief_mattress")],
        [
            n("ฟองน้ำยางพารา เกรดทำที่นอน", "latex_foam_sheet"),
            n("ผ้ากันน้ำเป็นม้วน สำหรับตัดปลอกที่นอน", "waterproof_laminated_fabric"),
        ],
    ),
    sme(
        52,
        "th",
        "หมอนขิดบ้านศรีฐาน",
        ISAN,
        DOWN,
        "Yasothon",
        "khitpillow.sithan@example.com",
        [o("หมอนขวานผ้าขิด ยัดนุ่น", "decorative_cushion")],
        [n("นุ่นใหม่ สะอาด ไว้ยัดหมอน", "kapok_fibre")],
        certs=(OTOP,),
    ),
    sme(
        53,
        "en",
        "FlexiCare Supports",
        SPORT,
        DOWN,
        "Bangkok",
        "info@flexicare.example.com",
        [
            o("graduated compression stockings 20-30 mmHg", "compression_stockings"),
            o("knee support sleeve", "knee_support"),
        ],
        [x("nylon-spandex covered yarn", "covered elastane yarn; no one spins it in the set")],
        certs=(FDA, ISO13485),
    ),
    sme(
        54,
        "en",
        "DryNight Distribution",
        CENTRAL,
        DOWN,
        "Pathum Thani",
        "trade@drynight.example.com",
        [o("tape-type incontinence briefs, single use, M/L/XL", "disposable_adult_diaper")],
        [],
    ),
    sme(
        55,
        "en",
        "ProtectaBed",
        SPORT,
        DOWN,
        "Chonburi",
        "sales@protectabed.example.com",
        [o("fitted mattress protectors, terry top, fluid-proof", "waterproof_mattress_protector")],
        [
            n("loop-pile knit for the top layer", "absorbent_terry_fabric"),
            n("laminating of our own terry rolls", "lamination_service"),
        ],
    ),
    sme(
        56,
        "th",
        "ผ้าปูที่นอนโรงพยาบาล สระบุรี",
        CENTRAL,
        DOWN,
        "Saraburi",
        "saraburi.bedlinen@example.com",
        [o("ผ้าปูเตียงผู้ป่วย ผ้าฝ้าย 100% สีขาว", "bed_sheet"), o("ชุดคนไข้ เสื้อและกางเกง", "patient_gown")],
        [
            n("ผ้าดิบทอเครื่อง หน้า 63 นิ้ว", "cotton_grey_fabric"),
            n("รับย้อมผ้าทอ สีฟ้า สีเขียว", "fabric_dyeing_service"),
            n("บริการเคลือบสารกันเชื้อบนผ้าปูของเราเอง", "antimicrobial_finishing_service"),
        ],
        certs=(TIS,),
    ),
    sme(
        57,
        "en",
        "CareWear Uniforms",
        CENTRAL,
        DOWN,
        "Bangkok",
        "orders@carewear.example.com",
        [o("caregiver scrubs, polycotton", "caregiver_uniform")],
        [x("poly-cotton twill 65/35", "no polycotton weaver in the set")],
    ),
    sme(
        58,
        "th",
        "กระเป๋าครามภูพาน",
        ISAN,
        DOWN,
        "Sakon Nakhon",
        "phuphan.bag@example.com",
        [o("ย่ามผ้าฝ้ายย้อมคราม", "tote_bag")],
        [n("ผ้าสีครามเป็นพับ สำหรับตัดกระเป๋า", "indigo_dyed_cotton_fabric")],
        certs=(OTOP,),
    ),
    sme(
        59,
        "en",
        "Hemp Ease Clothing",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hi@hempease.example.com",
        [o("hemp trousers with drawstring waist, relaxed fit", "hemp_clothing")],
        [
            n("loom-state hemp, no dye, GOTS not required", "hemp_fabric", waived=(GOTS,)),
            n("indigo dyeing of cut pieces", "indigo_dyeing_service"),
        ],
        bcg=(BIO,),
    ),
    sme(
        60,
        "th",
        "ผ้ากันเปื้อนรีไซเคิล บางกอกน้อย",
        CIRC,
        DOWN,
        "Bangkok",
        "bib.recycle@example.com",
        [o("ผ้ากันเปื้อนผู้ใหญ่ ทำจากเศษผ้า", "adult_bib")],
        [
            n("ผ้าเหลือจากโรงงาน ชิ้นใหญ่ 30 ซม. ขึ้นไป", "cotton_cutting_waste"),
            n("ผ้ากันน้ำทำด้านหลัง", "waterproof_laminated_fabric"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        61,
        "en",
        "Loop Blankets",
        CIRC,
        DOWN,
        "Nakhon Pathom",
        "loop@loopblankets.example.com",
        [o("blankets woven from recycled PET yarn", "blanket")],
        [n("recycled poly yarn with GRS certificate", "recycled_polyester_yarn", certs=(GRS,))],
        certs=(GRS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        62,
        "th",
        "ผ้าขนหนูเพชรบุรี",
        CENTRAL,
        DOWN,
        "Phetchaburi",
        "phet.towel@example.com",
        [o("ผ้าขนหนูเช็ดตัว 27x54 นิ้ว", "towel")],
        [n("ด้ายคอตตอน 16 ซิงเกิ้ล ไม่ต้องมีใบเซอร์ GOTS", "cotton_yarn", "organic_cotton_yarn", waived=(GOTS,))],
    ),
    sme(
        63,
        "th",
        "กางเกงซึมซับ อุบล",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "ubon.pants@example.com",
        [o("กางเกงในกันเล็ด ผู้สูงอายุ ซักได้", "washable_incontinence_pants")],
        [n("ผ้าดูดซึม ทำไส้กางเกง", "absorbent_terry_fabric"), n("หาเจ้าประจำรับงานจักร ส่งผ้าตัดแล้วไปให้", "cmt_sewing_service")],
    ),
    sme(
        64,
        "en",
        "Gentle Socks Co.",
        CENTRAL,
        DOWN,
        "Bangkok",
        "care@gentlesocks.example.com",
        [o("non-skid socks with silicone dots", "anti_slip_socks")],
        [
            n("32s CM yarn for sock knitting", "cotton_yarn", "organic_cotton_yarn"),
            n("silicone printing subcontractor", "silicone_grip_printing_service"),
        ],
    ),
    sme(
        65,
        "en",
        "Rehab Textiles",
        SPORT,
        DOWN,
        "Nonthaburi",
        "rehab@rehabtextiles.example.com",
        [o("wheelchair cushions, foam core + 3D mesh cover", "pressure_relief_cushion")],
        [n("spacer fabric", "spacer_mesh_fabric"), n("who sells latex slabs?", "latex_foam_sheet")],
    ),
    sme(
        66,
        "th",
        "ผ้าปาเต๊ะสำเร็จ ปัตตานี",
        CENTRAL,
        DOWN,
        "Pattani",
        "pateh.pattani@example.com",
        [o("ผ้าปาเต๊ะเย็บเป็นถุงแล้ว ใส่ยางที่เอว พร้อมใส่", "ready_made_sarong")],
        [n("สายยืดใส่เอวผ้าถุง", "elastic_band")],
    ),
    sme(
        67,
        "en",
        "Comfy Pads Thailand",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "hello@comfypads.example.com",
        [o("washable bed pads with tuck-in wings, 300 washes", "washable_underpad")],
        [n("TPU-backed waterproof cloth, OEKO-TEX", "waterproof_laminated_fabric", certs=(OEKO,))],
        certs=(OEKO,),
    ),
    sme(
        68,
        "th",
        "โคราชแคร์ ผ้ายกตัว",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "koratcare@example.com",
        [o("ผ้าช่วยยกคนไข้ มีหูหิ้ว 8 จุด", "patient_lifting_sheet")],
        [n("สายรัดโพลีโพรพิลีน 5 ซม.", "webbing")],
    ),
    sme(
        69,
        "th",
        "หมอนจัดท่า บ้านแพ้ว",
        CENTRAL,
        DOWN,
        "Samut Sakhon",
        "banphaeo.pillow@example.com",
        [o("หมอนรองขา หมอนพลิกตัว สำหรับผู้ป่วยติดเตียง", "positioning_pillow")],
        [n("ใยสังเคราะห์ หรือใยจากผ้าเก่าก็ได้ สำหรับบุหมอน", "polyester_fiberfill", "recycled_filling_fibre")],
    ),
    sme(
        70,
        "th",
        "ไลฟ์แคร์ อุดร ค้าส่งผ้าอ้อมผู้ใหญ่",
        ISAN,
        DOWN,
        "Udon Thani",
        "lifecare.udon@example.com",
        [o("ผ้าอ้อมผู้ใหญ่ Lifree เซอร์เทนตี้ ยกลัง", "disposable_adult_diaper")],
        [x("แผ่นรองซับแบบใช้แล้วทิ้ง", "disposable underpads; only washable pads are offered")],
    ),
]

# Buyers: care homes, hospitals, health centres, shops, families; and a few late suppliers.

SMES += [
    sme(
        71,
        "en",
        "Golden Years Nursing Home",
        CENTRAL,
        DOWN,
        "Bangkok",
        "admin@goldenyears.example.com",
        [o("retired bed linen and towels", "used_linen")],
        [
            n("underpads, laundry-safe, 50 pcs/month", "washable_underpad"),
            n("easy-dress clothing for residents with dementia", "adaptive_clothing"),
            n("soft bath towels", "towel"),
        ],
    ),
    sme(
        72,
        "th",
        "บ้านพักคนชราสุขใจ",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "sukjai.home@example.com",
        [],
        [
            n("ผ้าสไลด์ ช่วยเลื่อนตัวผู้ป่วยบนเตียง", "patient_slide_sheet"),
            n("ที่นอนสำหรับผู้ป่วยนอนนาน ไม่ให้เกิดแผล", "pressure_relief_mattress"),
            n("แพมเพิสผู้ใหญ่ แบบเทป ยี่ห้อไหนก็ได้", "disposable_adult_diaper"),
        ],
    ),
    sme(
        73,
        "th",
        "โรงพยาบาลชุมชนบ้านไผ่",
        ISAN,
        DOWN,
        "Khon Kaen",
        "banphai.hospital@example.com",
        [o("ผ้าปูเตียงเก่าปลดระวาง ชั่งกิโล", "used_linen")],
        [
            n("ผ้าปูที่นอนขาว ตามสเปก มอก.", "bed_sheet", certs=(TIS,)),
            n("ชุดผู้ป่วยใน", "patient_gown"),
            n("ผ้ายกตัวผู้ป่วย", "patient_lifting_sheet"),
        ],
    ),
    sme(
        74,
        "th",
        "รพ.สต. บ้านหนองแวง",
        ISAN,
        DOWN,
        "Roi Et",
        "nongwaeng.hc@example.com",
        [],
        [
            n("แผ่นรองฉี่ผู้ป่วยติดเตียง แบบซักได้ ไม่ต้องมี อย.", "washable_underpad", waived=(FDA,)),
            n("เบาะวีลแชร์ สำหรับคนนั่งนาน ๆ กันแผล", "pressure_relief_cushion"),
            x("รถเข็นวีลแชร์พับได้", "wheelchair; no one sells mobility equipment"),
        ],
    ),
    sme(
        75,
        "en",
        "Sukhumvit Private Hospital",
        CENTRAL,
        DOWN,
        "Bangkok",
        "procurement@sukhumvithosp.example.com",
        [],
        [
            x("OEKO-TEX certified patient gowns", "the gown maker holds no OEKO-TEX", "patient_gown", certs=(OEKO,)),
            n("medical support hosiery, ISO 13485 only", "compression_stockings", certs=(ISO13485,)),
            n("low-friction transfer sheets for the wards", "patient_slide_sheet"),
        ],
    ),
    sme(
        76,
        "th",
        "ร้านเวชภัณฑ์ รวมแพทย์",
        CENTRAL,
        DOWN,
        "Bangkok",
        "ruampaet.shop@example.com",
        [],
        [
            n("ถุงน่องเส้นเลือดขอด ต้องมี อย.", "compression_stockings", certs=(FDA,)),
            n("ถุงเท้ากันลื่น", "anti_slip_socks"),
            n("แผ่นซับฉี่แบบผ้า ไม่ใช่แบบกระดาษ", "washable_underpad"),
        ],
    ),
    sme(
        77,
        "en",
        "Udon Home Care Supplies",
        ISAN,
        DOWN,
        "Udon Thani",
        "shop@udonhomecare.example.com",
        [],
        [
            n("garments that are quick to put on a frail patient", "adaptive_clothing"),
            n("washable incontinence briefs", "washable_incontinence_pants"),
            n("positioning wedges for bedridden patients", "positioning_pillow"),
        ],
    ),
    sme(
        78,
        "en",
        "Hua Hin Wellness Resort",
        CENTRAL,
        DOWN,
        "Prachuap Khiri Khan",
        "purchasing@huahinwellness.example.com",
        [o("used hotel towels and sheets, monthly", "used_linen")],
        [
            n("bath towels, hotel grade", "towel"),
            n("white bed sheets, TIS preferred but not required", "bed_sheet", waived=(TIS,)),
        ],
    ),
    sme(
        79,
        "th",
        "ศูนย์ดูแลผู้สูงอายุกลางวัน บ้านอุ่นรัก",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "baanoonrak@example.com",
        [],
        [
            n("ผ้าปูที่นอน สีอ่อน ซักง่าย", "bed_sheet"),
            n("ผ้าห่มนุ่ม ๆ ห่มสบาย", "blanket"),
            n("ชุดชั้นในซับฉี่ ใส่ซ้ำ", "washable_incontinence_pants"),
        ],
    ),
    sme(
        80,
        "th",
        "ครอบครัวแก้วประเสริฐ ดูแลแม่ติดเตียง",
        CENTRAL,
        DOWN,
        "Bangkok",
        "kaewprasert.family@example.com",
        [],
        [
            n("ผ้ารองก้นกันฉี่เลอะ สำหรับแม่ ซักวนใช้ได้", "washable_underpad"),
            n("หมอนหนุนหลังตอนนอนตะแคง", "positioning_pillow"),
            x("ที่นอนลมไฟฟ้า กันแผลกดทับ", "alternating-pressure air mattress; only latex mattresses are offered"),
        ],
    ),
    sme(
        81,
        "en",
        "Green Market Bangkok",
        HEMP,
        DOWN,
        "Bangkok",
        "buy@greenmarketbkk.example.com",
        [],
        [
            n("clothing made of kanchong (Thai hemp) for older shoppers", "hemp_clothing"),
            n("indigo bags, handwoven", "tote_bag"),
            n("OTOP triangle cushions", "decorative_cushion", certs=(OTOP,)),
        ],
    ),
    sme(
        82,
        "en",
        "Isan Craft Export",
        ISAN,
        DOWN,
        "Khon Kaen",
        "export@isancraft.example.com",
        [],
        [
            n("indigo-dyed handwoven cotton by the metre", "indigo_dyed_cotton_fabric"),
            x(
                "praewa silk with the Peacock Emblem",
                "the silk weaver holds no Peacock Emblem",
                "silk_fabric",
                certs=(PEACOCK,),
            ),
        ],
    ),
    sme(
        83,
        "th",
        "บ้านพักผู้สูงอายุ หาดใหญ่",
        CENTRAL,
        DOWN,
        "Songkhla",
        "hatyai.elderhome@example.com",
        [],
        [
            n("ผ้าถุงสำเร็จรูป เอวยืด", "ready_made_sarong"),
            n("ผ้ารองกันที่นอนเปียก แบบสวมมุม", "waterproof_mattress_protector"),
            n("ผ้าคลุมอกเวลาป้อนข้าว", "adult_bib"),
        ],
    ),
    sme(
        84,
        "en",
        "Lanna Rehab Clinic",
        SPORT,
        DOWN,
        "Chiang Mai",
        "clinic@lannarehab.example.com",
        [],
        [
            n("knee braces", "knee_support"),
            n("gait belts", "transfer_belt"),
            x("electrical muscle stimulator", "medical device; not textile"),
        ],
    ),
    sme(
        85,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ อบต.สวายจีก",
        ISAN,
        DOWN,
        "Buriram",
        "sawaichik.elder@example.com",
        [],
        [
            n("ถุงเท้ามีกริป 200 คู่ แจกผู้สูงอายุ", "anti_slip_socks"),
            n("ผ้าห่ม", "blanket"),
            n("ผ้าอ้อมผ้าสำหรับผู้ใหญ่ ไม่เอาแบบทิ้ง", "washable_incontinence_pants"),
        ],
    ),
    sme(
        86,
        "en",
        "Salaya Elder Care Residence",
        CENTRAL,
        DOWN,
        "Nakhon Pathom",
        "office@salayaeldercare.example.com",
        [],
        [
            x(
                "ready-made antibacterial bed sheets",
                "finished antibacterial sheets; only the fabric and the finish are offered",
            ),
            n("white bed sheets for single beds", "bed_sheet"),
            n("towels", "towel"),
        ],
    ),
    sme(
        87,
        "en",
        "Ubon Regional Hospital Linen Dept.",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "linen@ubonhospital.example.com",
        [o("worn-out hospital linen for recycling", "used_linen")],
        [
            n("patient gowns, 2,000 sets", "patient_gown"),
            n("draw sheets with handles for lifting patients", "patient_lifting_sheet"),
        ],
    ),
    sme(
        88,
        "en",
        "Bangsaen Senior Living",
        CENTRAL,
        DOWN,
        "Chonburi",
        "care@bangsaensenior.example.com",
        [],
        [
            n("waterproof mattress covers", "waterproof_mattress_protector"),
            n("launderable incontinence sheets, OEKO-TEX", "washable_underpad", certs=(OEKO,)),
            n("adult disposable diapers, Certainty or similar", "disposable_adult_diaper"),
        ],
    ),
    sme(
        89,
        "en",
        "ReWear Thailand",
        CIRC,
        DOWN,
        "Bangkok",
        "team@rewear.example.com",
        [o("upcycled jackets from used denim", "upcycled_clothing")],
        [
            n("second-hand clothing in bales, grade A", "used_clothing"),
            n("recycled cotton fabric, grey", "recycled_cotton_fabric"),
            n("shredding our unsold stock into fibre", "textile_shredding_service"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        90,
        "en",
        "SeniorMart Online",
        CENTRAL,
        DOWN,
        "Bangkok",
        "sourcing@seniormart.example.com",
        [],
        [n("grip socks", "anti_slip_socks"), n("patella braces", "knee_support")],
    ),
    sme(
        91,
        "th",
        "บ้านพักผู้สูงอายุ ลำปาง",
        CENTRAL,
        DOWN,
        "Lampang",
        "lampang.elderhome@example.com",
        [],
        [
            n("ผ้าเลื่อนตัวผู้ป่วย หรือผ้ายกตัว อย่างใดก็ได้", "patient_slide_sheet", "patient_lifting_sheet"),
            n("เข็มขัดพยุงเดิน", "transfer_belt"),
            n("ผ้าห่มกันหนาว", "blanket"),
        ],
    ),
    sme(
        92,
        "en",
        "Mekong Home Nursing",
        ISAN,
        DOWN,
        "Nong Khai",
        "nurse@mekonghome.example.com",
        [],
        [
            n("reusable chux for home patients", "washable_underpad"),
            n("sitting pad against pressure sores", "pressure_relief_cushion"),
            x("home laundry service for patients' linen", "laundry service; no laundry in the set"),
        ],
    ),
    sme(
        93,
        "th",
        "ถุงน่องสุขภาพ ไทยเมด",
        SPORT,
        DOWN,
        "Suphan Buri",
        "thaimed.stocking@example.com",
        [o("ถุงน่องลดอาการเส้นเลือดขอด แรงบีบระดับ 2", "compression_stockings")],
        [x("ด้ายยางหุ้ม สำหรับถักถุงน่อง", "covered elastane yarn; no one spins it in the set")],
    ),
    sme(
        94,
        "en",
        "Thai Adaptive Wear",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "hello@thaiadaptive.example.com",
        [o("trousers with side zips for seated users", "adaptive_clothing")],
        [n("velcro tape", "hook_loop_tape"), n("cotton knit fabric", "cotton_jersey_fabric")],
    ),
    sme(
        95,
        "th",
        "ร้านผ้าพื้นเมือง แม่บัว",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "maebua.textile@example.com",
        [],
        [n("ผ้าหมี่คราม", "indigo_dyed_cotton_fabric"), n("ผ้าไหมแพรวา", "silk_fabric"), n("กระเป๋าผ้าทอมือ", "tote_bag")],
    ),
]

# ------------------------------------------------------------------ links

ID_PATTERN = re.compile(r"^bec-\d{3}$")
EMAIL_PATTERN = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")
THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
THAI_ANY = re.compile(r"[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")

N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE = (0.50, 0.60)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)


def qualified_suppliers(buyer: Sme, need: Need) -> list[Sme]:
    """SMEs other than the buyer with an offer the need lists and every certification it requires."""
    wanted, required = set(need.labels), set(need.certs)
    return [
        s
        for s in SMES
        if s.num != buyer.num and any(offer.label in wanted for offer in s.offers) and required <= set(s.certs)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if need.unmet is None
        for supplier in qualified_suppliers(buyer, need)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks


def _mentioned(text: str, cert: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    (entry,) = [c for c in CERTIFICATIONS if c.name == cert]
    names = (entry.name, entry.full_name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)


def _script_errors(sme_: Sme, phrase: str) -> list[str]:
    if sme_.lang == "th":
        thai = len(THAI_LETTER.findall(phrase))
        latin = len(LATIN_LETTER.findall(phrase))
        if thai < 2 * latin or thai == 0:
            return [f"{sme_.id}: Thai phrase is not mostly Thai letters: {phrase!r}"]
        return []
    bad = [ch for ch in phrase if THAI_ANY.match(ch) or (ch.isalpha() and not LATIN_LETTER.match(ch))]
    return [f"{sme_.id}: English phrase has non-Latin letters {bad!r}: {phrase!r}"] if bad else []


def check(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if [s.num for s in SMES] != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run bec-001 .. bec-{N_PROFILES:03d} in order")
    offered: dict[str, set[int]] = {}
    for s in SMES:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.num)
    emails = Counter(s.email for s in SMES)
    names = Counter(s.name for s in SMES)

    for s in SMES:
        where = s.id
        if not ID_PATTERN.match(s.id):
            errors.append(f"{where}: malformed id")
        if not s.name.strip() or names[s.name] > 1:
            errors.append(f"{where}: empty or repeated name")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language {s.lang!r}")
        if not isinstance(s.sub, SubCluster) or not isinstance(s.stage, Stage):
            errors.append(f"{where}: sub-cluster or stage is not a taxonomy value")
        if not all(isinstance(tag, BcgTag) for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg tags")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        if not EMAIL_PATTERN.match(s.email) or emails[s.email] > 1:
            errors.append(f"{where}: bad or repeated email {s.email!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrases = [s.name, *(offer.text for offer in s.offers), *(need.text for need in s.needs)]
        for phrase in phrases:
            if not phrase.strip() or phrase != phrase.strip() or "  " in phrase:
                errors.append(f"{where}: untidy phrase {phrase!r}")
            errors += _script_errors(s, phrase)
        texts = [offer.text for offer in s.offers] + [need.text for need in s.needs]
        if len(texts) != len(set(texts)):
            errors.append(f"{where}: repeated phrase")
        for offer in s.offers:
            claimed = find_certifications(offer.text)
            if not claimed <= set(s.certs):
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed - set(s.certs))} not held")
        for need in s.needs:
            errors += _check_need(s, need, offered)
    all_offer_texts = {offer.text for s in SMES for offer in s.offers}
    for s in SMES:
        for need in s.needs:
            if need.text in all_offer_texts:
                errors.append(f"{s.id}: need worded exactly as an offer: {need.text!r}")

    errors += _check_targets(links)
    return errors


def _check_need(s: Sme, need: Need, offered: dict[str, set[int]]) -> list[str]:
    where = f"{s.id} need {need.text!r}"
    errors: list[str] = []
    for label in need.labels:
        if not offered.get(label, set()) - {s.num}:
            errors.append(f"{where}: label {label!r} offered by no one else")
    found = find_certifications(need.text)
    for cert in (*need.certs, *need.waived):
        if resolve_certification(cert) != cert:
            errors.append(f"{where}: certification {cert!r} is not canonical")
    for cert in need.certs:
        if cert not in found:
            errors.append(f"{where}: required {cert!r} is not named in the text")
    for cert in need.waived:
        if cert in need.certs or not _mentioned(need.text, cert):
            errors.append(f"{where}: waived {cert!r} is not named in the text, or also required")
    stray = found - set(need.certs) - set(need.waived)
    if stray:
        errors.append(f"{where}: text names {sorted(stray)} but the need neither requires nor waives it")
    suppliers = qualified_suppliers(s, need)
    if need.unmet is None:
        if not need.labels:
            errors.append(f"{where}: a met need must list labels")
        if not suppliers:
            errors.append(f"{where}: marked met but no supplier qualifies")
    else:
        if not need.unmet.strip():
            errors.append(f"{where}: unmet need without a note")
        if suppliers:
            errors.append(f"{where}: marked unmet but {[q.id for q in suppliers]} qualify")
    return errors


def _check_targets(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in SMES}
    thai = sum(s.lang == "th" for s in SMES) / len(SMES)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        errors.append(f"{len(links)} true links, want {LINKS_MIN}-{LINKS_MAX}")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    share = cross / len(links) if links else 0.0
    if not CROSS_SHARE[0] <= share <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {share:.2f} outside {CROSS_SHARE}")
    unmet = sum(need.unmet is not None for s in SMES for need in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one, want {UNMET_RANGE}")
    met_counts = [len(qualified_suppliers(s, need)) for s in SMES for need in s.needs if need.unmet is None]
    few = sum(1 <= c <= 3 for c in met_counts)
    if few < 0.7 * len(met_counts):
        errors.append(f"only {few} of {len(met_counts)} met needs have 1-3 suppliers")
    if any(a == b for a, b in links):
        errors.append("an SME is linked to itself")
    return errors


# ------------------------------------------------------------------ output


def profile_record(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certs),
        "bcg": [tag.value for tag in s.bcg],
        "contact_email": s.email,
        "language": s.lang,
    }


def render_profiles() -> str:
    return "".join(json.dumps(profile_record(s), ensure_ascii=False) + "\n" for s in SMES)


def render_links(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, need) for s in SMES for need in s.needs]
    met = [(s, need) for s, need in needs if need.unmet is None]
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    suppliers_per_need = Counter(min(len(qualified_suppliers(s, need)), 4) for s, need in met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{sum(s.lang == 'th' for s in SMES)} / {sum(s.lang == 'en' for s in SMES)}"),
    ]
    rows += [(f"sub-cluster `{sub.value}`", str(sum(s.sub is sub for s in SMES))) for sub in SubCluster]
    rows += [(f"stage `{stage.value}`", str(sum(s.stage is stage for s in SMES))) for stage in Stage]
    regions = Counter(resolve_province(s.province).region for s in SMES)  # type: ignore[union-attr]
    rows += [(f"region `{region.value}`", str(number)) for region, number in sorted(regions.items())]
    rows += [
        ("distinct provinces", str(len({s.province for s in SMES}))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({offer.label for s in SMES for offer in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(suppliers_per_need[k]) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(sum(bool(need.certs) for _, need in needs))),
        ("needs waiving a certification", str(sum(bool(need.waived) for _, need in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.1%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(by_id[a].sub is not by_id[b].sub for a, b in links))),
    ]
    return rows


def render_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(key) for key, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {key.ljust(width)} | {value} |" for key, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_eldercare/`: elderly and home-care textiles, plain registry wording

A hand-labelled test set for the partner matcher. It checks how well the matcher finds the true
supplier-buyer pairs among 95 SMEs of the Health and Wellness Economy cluster whose offers and needs
are written in wording the matcher has never seen.

## What it checks

The theme is elderly and home-care textiles in central Thailand and Isan: washable incontinence pads
and bed pads, patient slide and lifting sheets, adaptive clothing with easy fastenings, anti-slip socks,
pressure-relief cushions and mattresses, and the care homes, hospitals, community health centres, shops
and families that buy them; plus the ordinary upstream and midstream suppliers (fibre, yarn, waste,
cloth, dyeing, laminating, sewing, trims) of all five sub-clusters.

Every profile is a plain registry entry: one short phrase per offer or need, 0-3 of each. About 55 % of
the profiles are in Thai (Thai name, offers and needs, `"language": "th"`), the rest in English, and
about half of the true links cross the language line. The same kind of goods is written many ways
(local names such as คราม / ห้อม, ตีนตุ๊กแก / หนามเตย / เมจิกเทป / velcro, trade words, brand names,
abbreviations, sizes, prices, minimum orders), and a need is worded differently from the offers that
meet it. Hard but fair cases are on purpose:

- a service against the goods it works on (indigo dyeing of the customer's cloth against indigo-dyed
  cloth; laminating the customer's fabric against laminated fabric; sewing for others against finished
  garments; an antibacterial finish on the customer's fabric against antibacterial fabric; shredding
  the customer's old clothes against recycled filling fibre);
- waste and used goods against new ones, raw against processed (seed cotton, lint, yarn, cloth,
  product; PET bottles, flakes, fibre, yarn; poly-cotton yarn against cotton yarn and poly-cotton cloth);
- finished goods described by material, colour or technique (a bag of handwoven cotton dyed with
  indigo is a bag, a latex cushion is a cushion);
- look-alikes that are different things (washable against disposable pads and diapers; slide sheets
  against lifting sheets; a decorative kapok cushion against a positioning pillow; a latex mattress
  against an electric air mattress);
- needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye",
  "ไม่ใช่แบบกระดาษ", "ไม่เอาแบบทิ้ง");
- needs that require a named certification (GOTS, GRS, OEKO-TEX, Organic Thailand, Peacock Emblem,
  มอก., อย., ISO 13485, OTOP, USDA Organic) and needs that name one only to waive it, in English and
  in Thai;
- about 20 needs that no one in the set meets, some because the goods are absent and some because no
  supplier of the goods holds the certification the need requires.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (profile and links formats),
`shared/taxonomy.py` with `shared/taxonomy_data/`, and the ruff settings of `pyproject.toml`; not the
matcher, its glossary, its tests or any other evaluation set. Every phrase is typed into
`write.py`, which holds all the data.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is
(`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `washable_underpad` versus
`disposable_adult_diaper`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's `certifications` hold every certification that need requires. An SME
is never linked to itself. Shared words play no part; quantities, prices and places never decide a
link; what changes what the thing is does. A waived certification ("GOTS not required", "ไม่ต้องมี ...")
is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG values come from `shared.taxonomy`), every label a need lists is offered by someone other
than the buyer, every met need has a qualified supplier and every unmet one has none, a required
certification is named in the need's text (`find_certifications`) and a waived one is mentioned but
not required, Thai phrases are mostly Thai letters and English ones Latin only, and the size targets
hold. It writes nothing if any check fails. The output is deterministic: two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_eldercare/write.py
```

## Files

- `write.py`: all data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 profiles `bec-001` ... `bec-095`, cluster profiles JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts

"""


def main() -> int:
    links = true_links()
    errors = check(links)
    if errors:
        for error in errors:
            print("ERROR:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written.", file=sys.stderr)
        return 1
    table = render_table(counts(links))
    outputs = {
        "profiles.jsonl": render_profiles(),
        "links.csv": render_links(links),
        "README.md": README + table,
    }
    again = {"profiles.jsonl": render_profiles(), "links.csv": render_links(true_links()), "README.md": README + table}
    if outputs != again:
        print("ERROR: output is not deterministic; nothing written.", file=sys.stderr)
        return 1
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
