"""Write the hand-labelled evaluation set `eval/blind_plain_salon/`.

Beauty, salons and personal care, written as plain registry entries: one short phrase per offer or need.
Every offer carries a label saying what the thing is; every need lists the labels that would meet it and
the certifications its text requires, or is marked as met by no one. The labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_salon/write.py

The script checks the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself; it
writes nothing if a check fails.
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

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Province,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bsa"
EXPECTED_PROFILES = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
MAX_PHRASE = 90

# Short names for the taxonomy values used in the rows below.
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIR = BcgTag.CIRCULAR.value
GRN = BcgTag.GREEN.value


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
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def none(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
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


# Certification names as the needs' `req` and `waive` use them (canonical, as `resolve_certification` gives).
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
TIS = "Thai Industrial Standard"
FDA = "Thai FDA"
HALAL = "Halal"
FSC = "FSC"
ISO9001 = "ISO 9001"

# ---------------------------------------------------------------------------------------------- profiles
# Each row: number, language, name, sub-cluster, stage, province, e-mail,
# offers as (text, label), needs as n(text, *labels, req=..., waive=...) or none(text, note).

SMES: list[Sme] = [
    # ------------------------------------------------------------------ 001-024: fibre, yarn, cloth
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาซ่าว",
        HEMP,
        UP,
        "Loei",
        "fainasao@example.co.th",
        [o("ฝ้ายดิบอินทรีย์ ปลูกเอง ฝ้ายขาวและฝ้ายตุ่น ขายเป็นกิโล", "raw_cotton")],
        [none("เครื่องอีดฝ้ายมือสอง สภาพดี", "ginning machine; no one sells machinery")],
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=(BIO, GRN),
    ),
    sme(
        2,
        "en",
        "Korat Spinning Co., Ltd.",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "sales@koratspinning.example",
        [o("Carded cotton yarn Ne 20/1 and 30/1 on cones", "cotton_yarn")],
        [
            n("ginned cotton lint in bales", "raw_cotton"),
            n("recycled cotton fibre for open-end blends", "recycled_cotton_fibre"),
        ],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        3,
        "th",
        "กลุ่มปลูกกัญชงบ้านป่าคาใหม่",
        HEMP,
        UP,
        "Tak",
        "hemp.pakha@example.co.th",
        [o("เปลือกกัญชงลอกตากแห้ง มัดละ 1 กก.", "hemp_bast_fibre"), o("เส้นกัญชงต่อมือ ม้วนเป็นไจ ฝีมือชาวม้ง", "hemp_yarn")],
        [none("เครื่องลอกเปลือกกัญชงแบบใช้ไฟฟ้า", "hemp decorticator; no one sells machinery")],
        bcg=(BIO,),
    ),
    sme(
        4,
        "th",
        "สวนใยบวบลุงเปี๊ยก",
        HEMP,
        UP,
        "Ratchaburi",
        "luffa.lungpiak@example.co.th",
        [o("ใยบวบแห้งทั้งลูก ลอกเปลือกแล้ว ยาว 30-40 ซม.", "dried_loofah_gourd")],
        [],
        bcg=(BIO,),
    ),
    sme(
        5,
        "en",
        "River Kwai Konjac Products",
        HEMP,
        UP,
        "Kanchanaburi",
        "info@kwaikonjac.example",
        [o("Konjac glucomannan flour, food grade, 25 kg bags", "konjac_flour")],
        [n("printed kraft cartons for 1 kg packs", "kraft_paper_box")],
        bcg=(BIO,),
    ),
    sme(
        6,
        "th",
        "ร้านรับซื้อเส้นผม ธาตุพนม",
        ALI,
        UP,
        "Nakhon Phanom",
        "phom.thatphanom@example.co.th",
        [o("ผมคนแท้ มัดหางม้า ยาว 14-24 นิ้ว คัดแล้ว", "raw_human_hair")],
        [n("หางม้าจากร้านเสริมสวย 12 นิ้วขึ้นไป", "raw_human_hair")],
    ),
    sme(
        7,
        "en",
        "Pak Nam Textile Recovery",
        CIRC,
        UP,
        "Samut Prakan",
        "ops@paknamrecovery.example",
        [
            o("Cotton cutting waste from garment factories, baled", "cotton_cutting_waste"),
            o("Used hotel and salon towels, sorted white/colour", "used_towel_waste"),
        ],
        [n("old bath linen and towels from laundries", "used_towel_waste")],
        bcg=(CIR,),
    ),
    sme(
        8,
        "th",
        "บริษัท มหาชัยรีไฟเบอร์ จำกัด",
        CIRC,
        UP,
        "Samut Sakhon",
        "refiber@example.co.th",
        [
            o("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า คัดสีแล้ว", "recycled_cotton_fibre"),
            o("รับตีเศษผ้าของลูกค้าเป็นใย คิดค่าจ้างต่อกิโล", "textile_shredding_service"),
        ],
        [n("เศษผ้าคัตติ้งฝ้าย 100% จากโรงงานเย็บ", "cotton_cutting_waste")],
        certs=("GRS",),
        bcg=(CIR,),
    ),
    sme(
        9,
        "en",
        "EastLoop rPET Yarns",
        CIRC,
        UP,
        "Rayong",
        "yarn@eastloop.example",
        [o("GRS recycled polyester filament yarn 75D/150D", "recycled_polyester_yarn")],
        [none("Clear PET bottle flakes, hot-washed", "bottle flakes are not textile; no one offers them")],
        certs=("Global Recycled Standard",),
        bcg=(CIR,),
    ),
    sme(
        10,
        "th",
        "วิสาหกิจชุมชนสมุนไพรบ้านดงบัง",
        ALC,
        UP,
        "Prachinburi",
        "dongbang.herb@example.co.th",
        [
            o("ไพล ขมิ้นชัน ตะไคร้ อบแห้ง หั่นพร้อมห่อลูกประคบ", "dried_compress_herbs"),
            o("ลูกประคบสำเร็จรูป ห่อผ้าดิบ มัดเชือก", "herbal_compress_ball"),
        ],
        [n("ถุงผ้าร้อยเชือกรูด สำหรับแพ็กสมุนไพรขาย 10x15 ซม.", "packaging_pouch")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        11,
        "th",
        "กลุ่มก่อหม้อครามบ้านนาเดื่อ",
        HEMP,
        UP,
        "Sakon Nakhon",
        "khram.nadua@example.co.th",
        [o("เนื้อครามเปียก จากต้นครามปลูกเอง ถุงละ 1 กก.", "natural_indigo_paste")],
        [],
        bcg=(BIO, GRN),
    ),
    sme(
        12,
        "en",
        "Bamboo Fibre Works",
        HEMP,
        UP,
        "Kamphaeng Phet",
        "sales@bamboofibreworks.example",
        [o("Bamboo viscose ring-spun yarn Ne 30/1", "bamboo_yarn")],
        [none("bamboo viscose staple fibre for spinning", "staple fibre; only yarn and fabric are offered")],
        certs=("OEKO-TEX Standard 100",),
        bcg=(BIO,),
    ),
    sme(
        13,
        "en",
        "Suphan Absorbent Cotton Co.",
        HEMP,
        MID,
        "Suphan Buri",
        "qa@suphancotton.example",
        [o("Bleached absorbent cotton fibre, pharma grade, 50 kg bales", "absorbent_cotton_fibre")],
        [n("raw seed cotton or ginned lint, organic welcome", "raw_cotton")],
        certs=("GOTS",),
        bcg=(BIO,),
    ),
    sme(
        14,
        "th",
        "โรงทอผ้าขนหนูปทุมเท็กซ์",
        ALC,
        MID,
        "Pathum Thani",
        "pathumtex@example.co.th",
        [
            o("ผ้าขนหนูทอเป็นม้วน ฝ้าย 100% หน้ากว้าง 60 นิ้ว", "cotton_terry_fabric"),
            o("ผ้าเช็ดผมร้านเสริมสวย 15x30 นิ้ว สีทนคลอรีน", "salon_towel"),
            o("ผ้าลายรังผึ้งฝ้ายล้วน พับละ 50 หลา", "waffle_cotton_fabric"),
        ],
        [n("ด้ายฝ้ายเบอร์ 20 สำหรับทอขน", "cotton_yarn")],
        certs=("OEKO-TEX Standard 100", "มอก."),
    ),
    sme(
        15,
        "en",
        "Siam Bamboo Knit",
        SPORT,
        MID,
        "Chonburi",
        "knit@siambamboo.example",
        [o("Bamboo terry knit 320 gsm, sold by the kilo", "bamboo_terry_fabric")],
        [n("bamboo rayon spun yarn for terry knitting", "bamboo_yarn")],
        bcg=(BIO,),
    ),
    sme(
        16,
        "en",
        "MicroTex Trading",
        SPORT,
        MID,
        "Samut Prakan",
        "microtex@example.com",
        [o("Microfibre coral fleece and suede rolls, 80/20 poly-nylon", "microfibre_fabric")],
        [none("split microfibre yarn, 0.1 denier", "microfibre yarn; no one offers it")],
    ),
    sme(
        17,
        "th",
        "บริษัท อยุธยานอนวูฟเวน จำกัด",
        SPORT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "ayt.nonwoven@example.co.th",
        [o("ผ้าสปันเลซ วิสโคส/โพลี 40-60 แกรม เป็นม้วน", "spunlace_nonwoven_roll")],
        [n("ใยฝ้ายฟอกขาว สำหรับทำสปันเลซคอตตอน", "absorbent_cotton_fibre")],
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        18,
        "en",
        "Eastern Spunbond Industries",
        SPORT,
        MID,
        "Chachoengsao",
        "sales@easternspunbond.example",
        [o("PP spunbond 25 gsm, white and blue, 1.6 m rolls", "spunbond_nonwoven_roll")],
        [],
    ),
    sme(
        19,
        "th",
        "ห้างหุ้นส่วนจำกัด มาสก์ชีทไทย",
        ALC,
        MID,
        "Pathum Thani",
        "maskthai@example.co.th",
        [o("แผ่นมาสก์หน้าเปล่า ไม่ใส่เซรั่ม ตัดขึ้นรูปแล้ว เทนเซล/คิวปรา", "sheet_mask_blank")],
        [n("ผ้านอนวูฟเวนเนื้อนุ่ม ชนิดพ่นน้ำ ม้วนใหญ่", "spunlace_nonwoven_roll")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        20,
        "en",
        "Mahachai Elastic",
        SPORT,
        MID,
        "Samut Sakhon",
        "elastic@mahachai.example",
        [
            o("Knitted and woven elastic tape 6-40 mm", "narrow_elastic_tape"),
            o("Round elastic cord 2-4 mm, nylon covered", "elastic_cord"),
        ],
        [n("bottle-based polyester yarn with GRS certificate", "recycled_polyester_yarn", req=(GRS,))],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        21,
        "th",
        "ร้านอุปกรณ์ทำวิก เยาวราช",
        ALC,
        MID,
        "Bangkok",
        "wigparts.ywr@example.co.th",
        [o("หมวกลูกไม้สวิส สำหรับทำวิก ลูกไม้หน้า 13x4", "wig_lace_cap")],
        [n("ผ้าตาข่ายไนลอนเนื้อละเอียด สีน้ำตาลเข้ม", "nylon_mesh_fabric")],
    ),
    sme(
        22,
        "en",
        "Pathom Warp Knit",
        SPORT,
        MID,
        "Nakhon Pathom",
        "warpknit@pathom.example",
        [o("Nylon power mesh and hexagon net by the yard", "nylon_mesh_fabric")],
        [none("nylon 6 textured yarn 40D", "nylon yarn; no one offers it")],
    ),
    sme(
        23,
        "th",
        "กลุ่มทอผ้าบ้านหนองบัว",
        HEMP,
        MID,
        "Nan",
        "nongbua.weave@example.co.th",
        [o("ผ้าฝ้ายทอมือสีธรรมชาติ ไม่ฟอกไม่ย้อม หน้ากว้าง 1 ม.", "cotton_woven_fabric")],
        [n("ฝ้ายเข็นมือ หรือด้ายฝ้ายโรงงานก็ได้", "cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        24,
        "th",
        "ครามสกล สตูดิโอ",
        HEMP,
        MID,
        "Sakon Nakhon",
        "khramsakon@example.co.th",
        [
            o("รับย้อมครามผ้าของลูกค้า คิดเป็นเมตร", "indigo_dyeing_service"),
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ],
        [n("ห้อมหมักสำหรับก่อหม้อ", "natural_indigo_paste"), n("ผ้าฝ้ายขาว ยังไม่ย้อม สำหรับนำมาย้อมคราม", "cotton_woven_fabric")],
        bcg=(BIO, GRN),
    ),
]

SMES += [
    # ------------------------------------------------------------------ 025-048: services, trims, makers
    sme(
        25,
        "en",
        "Sakhon Commission Dyeing",
        CIRC,
        MID,
        "Samut Sakhon",
        "dyehouse@sakhon.example",
        [o("Commission vat dyeing of customer fabric and towels, chlorine-fast", "fabric_dyeing_service")],
        [
            n("reactive and vat dyestuff in 25 kg drums", "synthetic_textile_dye"),
            n("cleaning rags for wiping machines", "wiping_rag"),
        ],
        certs=("ISO 14001",),
    ),
    sme(
        26,
        "th",
        "ร้านรับเย็บ ช่างหน่อย ประตูน้ำ",
        ALC,
        MID,
        "Bangkok",
        "changnoi.sew@example.co.th",
        [o("รับจ้างตัดเย็บ CMT ยูนิฟอร์ม ผ้ากันเปื้อน ใช้ผ้าของลูกค้า", "cut_and_sew_service")],
        [n("ด้ายเย็บโพลีเอสเตอร์ 40/2 หลอดใหญ่", "sewing_thread")],
    ),
    sme(
        27,
        "en",
        "Logo Stitch Nonthaburi",
        ALC,
        MID,
        "Nonthaburi",
        "hello@logostitch.example",
        [o("Logo embroidery on your towels, robes and uniforms, from 50 pcs", "embroidery_service")],
        [n("viscose thread for our Tajima machines", "embroidery_thread")],
    ),
    sme(
        28,
        "th",
        "บริษัท สยามโค้ทติ้ง จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "siamcoating@example.co.th",
        [o("ผ้าเคลือบ PU กันน้ำ โพลีเอสเตอร์ 190T", "coated_waterproof_fabric")],
        [n("ผ้าทอ rPET สำหรับเคลือบ ต้องได้รับรอง GRS", "recycled_polyester_fabric", req=(GRS,))],
    ),
    sme(
        29,
        "en",
        "ReWeave Chonburi",
        CIRC,
        MID,
        "Chonburi",
        "sales@reweave.example",
        [o("Woven fabric from 100% recycled PET bottles, 150 cm wide", "recycled_polyester_fabric")],
        [
            n("yarn made from PET bottles for weaving", "recycled_polyester_yarn"),
            none("open-end yarn spun from old towels", "recycled cotton fibre is offered, but no yarn from it"),
        ],
        certs=("GRS certified",),
        bcg=(CIR,),
    ),
    sme(
        30,
        "th",
        "สำเพ็งผ้าซาติน",
        ALC,
        MID,
        "Bangkok",
        "sampeng.satin@example.co.th",
        [o("ผ้าซาตินโพลีเอสเตอร์ เงามัน 50 สี ขายส่งเป็นพับ", "polyester_satin_fabric")],
        [],
    ),
    sme(
        31,
        "th",
        "กลุ่มทอผ้าไหมบ้านนาโพธิ์",
        ALI,
        MID,
        "Surin",
        "silk.naphoe@example.co.th",
        [o("ผ้าไหมพื้นเรียบ ทอมือ หน้ากว้าง 1 เมตร ได้ตรานกยูง", "thai_silk_fabric")],
        [none("เส้นไหมน้อย พันธุ์พื้นบ้าน", "silk yarn; no one in the set offers it")],
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
    ),
    sme(
        32,
        "en",
        "Sampeng Trims Supply",
        ALC,
        MID,
        "Bangkok",
        "orders@sampengtrims.example",
        [
            o("Sew-on hook-and-loop tape, 20-50 mm", "hook_and_loop_tape"),
            o("Spun polyester sewing thread 40/2, 5000 m cones", "sewing_thread"),
            o("Rayon embroidery thread 120D, 500 shades", "embroidery_thread"),
        ],
        [],
    ),
    sme(
        33,
        "th",
        "ผ้าฝ้ายสีธรรมชาติ ป่าซาง",
        HEMP,
        MID,
        "Lamphun",
        "pasang.natural@example.co.th",
        [o("ผ้าฝ้ายทอมือ ย้อมครั่ง เปลือกประดู่ ใบมะม่วง", "natural_dyed_cotton_fabric")],
        [n("ผงสีย้อมจากธรรมชาติ แบบสกัดแล้ว", "natural_dye_extract")],
        certs=("OTOP",),
        bcg=(BIO, GRN),
    ),
    sme(
        34,
        "en",
        "Lanna Hemp Weavers",
        HEMP,
        MID,
        "Chiang Mai",
        "weave@lannahemp.example",
        [o("Handwoven 100% hemp cloth, natural colour", "hemp_woven_fabric")],
        [n("hand-spliced hemp thread from hill-tribe growers", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        35,
        "th",
        "บริษัท เคมีสีย้อมไทย จำกัด",
        CIRC,
        MID,
        "Bangkok",
        "thaidyechem@example.co.th",
        [o("สีรีแอคทีฟ สีวัต สำหรับย้อมฝ้าย ถังละ 25 กก.", "synthetic_textile_dye")],
        [],
    ),
    sme(
        36,
        "en",
        "Doi Natural Dyes",
        HEMP,
        UP,
        "Chiang Rai",
        "info@doinaturaldyes.example",
        [o("Powdered plant dye extracts: lac, ebony, annatto", "natural_dye_extract")],
        [n("wet indigo paste from village vats", "natural_indigo_paste")],
        bcg=(BIO,),
    ),
    sme(
        37,
        "th",
        "ห้างหุ้นส่วนจำกัด เคปซาลอน",
        ALC,
        DOWN,
        "Bangkok",
        "capesalon@example.co.th",
        [o("ผ้าคลุมตัดผม กันน้ำ ติดกระดุมแป๊ก ไซซ์ผู้ใหญ่/เด็ก", "salon_cutting_cape"), o("ผ้ากันเปื้อนช่างทำสีผม PVC", "salon_apron")],
        [n("ผ้าร่มเคลือบ ไม่ซึมน้ำ เป็นม้วน", "coated_waterproof_fabric"), n("ตีนตุ๊กแก เทปหนามเตย", "hook_and_loop_tape")],
    ),
    sme(
        38,
        "en",
        "ProSalon Disposables",
        ALC,
        DOWN,
        "Samut Prakan",
        "sales@prosalon.example",
        [
            o("Stretch neck strips, 5 rolls x 100", "neck_strip"),
            o("Lint-free nail wipes, 200 per pack", "nail_wipe"),
            o("Disposable PE shower caps, 100 pcs", "disposable_shower_cap"),
        ],
        [
            n("spunlace nonwoven 40 gsm, slit to 6 cm", "spunlace_nonwoven_roll"),
            none("crepe paper jumbo rolls", "crepe paper; no one offers paper stock"),
        ],
    ),
    sme(
        39,
        "th",
        "โรงงานผ้าขนหนูมหาชัยซาลอน",
        ALC,
        DOWN,
        "Samut Sakhon",
        "mahachai.towel@example.co.th",
        [o("ผ้าขนหนูร้านทำผม สีดำ/น้ำตาล ไม่ด่างเมื่อโดนน้ำยา", "salon_towel"), o("เสื้อคลุมอาบน้ำผ้าขนหนู ชุดคลุมสปา", "bathrobe")],
        [
            n("ผ้าเทอรี่ม้วน คอตตอนหรือใยไผ่ สำหรับตัดเย็บ", "cotton_terry_fabric", "bamboo_terry_fabric"),
            n("โรงย้อมรับจ้าง ย้อมผ้าขนหนูของเราให้ทนคลอรีน", "fabric_dyeing_service"),
            n("หาที่รับบดเศษขนหนูจากไลน์ผลิตของเรา", "textile_shredding_service"),
        ],
    ),
    sme(
        40,
        "en",
        "Urban Salon Wear",
        ALC,
        DOWN,
        "Bangkok",
        "studio@urbansalonwear.example",
        [
            o("Stylist tunics and smocks, poly-cotton", "salon_uniform"),
            o("Barber aprons in waxed canvas and denim", "salon_apron"),
        ],
        [
            n("65/35 poly-cotton twill, black", "polycotton_twill_fabric"),
            n("CMT sewing partner for peak season", "cut_and_sew_service"),
        ],
    ),
    sme(
        41,
        "th",
        "เรือนผ้าสปา เชียงใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "ruanpha.spa@example.co.th",
        [o("เสื้อคลุมอาบน้ำ ผ้าวาฟเฟิล ฝ้ายล้วน สำหรับสปา", "bathrobe"), o("สลิปเปอร์ผ้าฝ้าย พื้นเสื่อกก", "spa_slippers")],
        [n("ผ้าวาฟเฟิล ฝ้าย ม้วนยาว", "waffle_cotton_fabric"), n("ปักโลโก้ลงเสื้อคลุมตามออเดอร์โรงแรม", "embroidery_service")],
        bcg=(GRN,),
    ),
    sme(
        42,
        "en",
        "CleanSpa Disposables",
        SPORT,
        DOWN,
        "Chachoengsao",
        "orders@cleanspa.example",
        [
            o("Disposable spa briefs and bras, nonwoven", "disposable_spa_set"),
            o("Disposable massage table sheets 80x180 cm", "disposable_bed_sheet"),
        ],
        [
            n("light polypropylene nonwoven for disposables", "spunbond_nonwoven_roll"),
            n("flat elastic 6 mm for waistbands", "narrow_elastic_tape"),
        ],
    ),
    sme(
        43,
        "th",
        "บริษัท สำลีขาวอยุธยา จำกัด",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "samlee.ayutthaya@example.co.th",
        [
            o("สำลีแผ่นเช็ดเครื่องสำอาง ฝ้าย 100% ห่อละ 100 แผ่น", "cotton_cosmetic_pad"),
            o("สำลีแผ่นออร์แกนิก ได้รับรอง GOTS", "cotton_cosmetic_pad"),
            o("สำลีก้อน สำลีม้วน", "cotton_wool"),
        ],
        [n("ใยฝ้ายฟอกขาว ดูดซับน้ำดี", "absorbent_cotton_fibre")],
        certs=("GOTS", "อย."),
    ),
    sme(
        44,
        "en",
        "Roundly Reusables",
        CIRC,
        DOWN,
        "Bangkok",
        "hi@roundly.example",
        [o("Reusable bamboo makeup remover rounds, 10-pack with wash bag", "reusable_makeup_pad")],
        [
            n("looped pile fabric, bamboo or cotton, for face rounds", "bamboo_terry_fabric", "cotton_terry_fabric"),
            n("overlock sewing of our cut rounds", "cut_and_sew_service"),
            n("window kraft boxes 8x8 cm", "kraft_paper_box"),
        ],
        bcg=(CIR, GRN),
    ),
    sme(
        45,
        "th",
        "บริษัท นนท์บิวตี้แล็บ จำกัด",
        ALC,
        DOWN,
        "Nonthaburi",
        "nonbeautylab@example.co.th",
        [o("รับผลิตมาสก์หน้า OEM เซรั่มไฮยาลูรอน มีเลข อย.", "sheet_mask")],
        [
            n("ผ้ามาสก์หน้าแบบยังไม่ชุบเซรั่ม ต้องผ่าน OEKO-TEX", "sheet_mask_blank", req=(OEKO,)),
            none("ซองฟอยล์อลูมิเนียม พิมพ์โลโก้", "foil sachets; no one offers them"),
        ],
        certs=("Thai FDA", "ISO 9001"),
    ),
    sme(
        46,
        "en",
        "Kwai Konjac Sponge",
        ALC,
        DOWN,
        "Kanchanaburi",
        "sponge@kwaikonjac.example",
        [o("Natural konjac facial sponges, charcoal and green tea", "konjac_sponge")],
        [
            n("buk tuber flour (Amorphophallus), fine mesh", "konjac_flour"),
            none(
                "konjac flour with Organic Thailand",
                "konjac flour is offered, but not with Organic Thailand",
                "konjac_flour",
                req=(ORG_TH,),
            ),
        ],
        bcg=(BIO,),
    ),
    sme(
        47,
        "th",
        "ใยบวบแฮนด์เมด ราชบุรี",
        HEMP,
        DOWN,
        "Ratchaburi",
        "luffa.handmade@example.co.th",
        [o("แผ่นใยบวบขัดผิว เย็บขอบ", "loofah_sponge_pad"), o("ถุงมืออาบน้ำใยบวบ", "exfoliating_mitt")],
        [n("บวบหอมแก่ตากแห้ง ยังไม่ตัด", "dried_loofah_gourd")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        48,
        "en",
        "Silk & Strand Wigs",
        ALC,
        DOWN,
        "Bangkok",
        "care@silkstrand.example",
        [
            o("Hand-tied human hair wigs and toppers for hair loss", "human_hair_wig"),
            o("We make a wig from your own cut hair", "wig_making_service"),
        ],
        [
            n("Virgin ponytails, 16 inch and up", "raw_human_hair"),
            n("Swiss lace and mono caps", "wig_lace_cap"),
            none("heat-resistant synthetic wig fibre", "synthetic fibre; no one offers it"),
        ],
    ),
]

SMES += [
    # ------------------------------------------------------------------ 049-072: makers, salons, spas
    sme(
        49,
        "th",
        "ร้านวิกใจดี ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "wigjaidee@example.co.th",
        [
            o("วิกผมคนแท้ สำหรับผู้ป่วยเคมีบำบัด วัดหัวสั่งทำ", "human_hair_wig"),
            o("วิกใยสังเคราะห์ ราคาประหยัด ทรงสั้น", "synthetic_wig"),
        ],
        [n("ผมจริงเส้นยาว ยังไม่เคยผ่านเคมี", "raw_human_hair"), n("สวิสเลซ สีเนื้อ สำหรับหน้าวิก", "wig_lace_cap")],
    ),
    sme(
        50,
        "en",
        "Kinu Silk Studio",
        ALC,
        DOWN,
        "Bangkok",
        "hello@kinusilk.example",
        [
            o("Mulberry silk scrunchies, 22 momme", "silk_scrunchie"),
            o("Silk sleep masks with adjustable strap", "silk_sleep_mask"),
        ],
        [
            n("plain handwoven Thai silk yardage", "thai_silk_fabric"),
            n("stretch cord to go inside scrunchies", "elastic_cord", "narrow_elastic_tape"),
        ],
    ),
    sme(
        51,
        "th",
        "โรงงานกิ๊บและยางรัดผม บางพลี",
        ALC,
        DOWN,
        "Samut Prakan",
        "bangphli.hair@example.co.th",
        [
            o("ยางรัดผมผ้า ไร้รอยต่อ แพ็ก 100 เส้น", "hair_tie"),
            o("โดนัทรัดผมผ้าซาติน คละสี", "polyester_scrunchie"),
            o("ที่คาดผมล้างหน้า ผ้าขนนุ่ม มีโบว์", "spa_headband"),
        ],
        [
            n("ยางยืดกลม สำหรับทำยางมัดผม", "elastic_cord"),
            n("ผ้าต่วนโพลี สีพาสเทล", "polyester_satin_fabric"),
            n("ผ้าไมโครไฟเบอร์ขนยาว ทำที่คาดผม", "microfibre_fabric"),
        ],
    ),
    sme(
        52,
        "en",
        "SplashGuard Caps",
        SPORT,
        DOWN,
        "Pathum Thani",
        "sales@splashguard.example",
        [o("Reusable shower caps, PEVA lined, elastic edge", "reusable_shower_cap")],
        [
            n("waterproof PU coated polyester", "coated_waterproof_fabric"),
            n("braided elastic 8 mm for cap edges", "narrow_elastic_tape"),
        ],
    ),
    sme(
        53,
        "th",
        "ไมโครเทอร์บัน ศรีราชา",
        SPORT,
        DOWN,
        "Chonburi",
        "microturban@example.co.th",
        [o("ผ้าโพกผมไมโครไฟเบอร์ แห้งไว ติดกระดุม", "microfibre_hair_turban")],
        [n("ไมโครไฟเบอร์ ม้วน สำหรับตัดเย็บ", "microfibre_fabric"), n("เทปตีนตุ๊กแกแบบเย็บ", "hook_and_loop_tape")],
    ),
    sme(
        54,
        "th",
        "ลูกประคบบ้านสวนนครชัยศรี",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "lukprakob.bansuan@example.co.th",
        [o("ลูกประคบสมุนไพร 150 กรัม ใช้ได้ทั้งสดและนึ่ง", "herbal_compress_ball")],
        [
            n("ว่านไพลหั่นตากแห้ง", "dried_compress_herbs"),
            n(
                "ผ้าฝ้ายห่อลูกประคบ ไม่เอาสีเคมี",
                "cotton_woven_fabric",
                "natural_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
        ],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        55,
        "en",
        "Hemp Bath Co.",
        HEMP,
        DOWN,
        "Chiang Mai",
        "shop@hempbath.example",
        [
            o("Hemp drawstring scrub bags and soap savers", "scrub_bag"),
            o("Hemp bath mitts for dry brushing", "exfoliating_mitt"),
        ],
        [
            n("undyed hemp cloth", "hemp_woven_fabric"),
            n("indigo dyeing of our finished bags, we send them to you", "indigo_dyeing_service"),
        ],
        bcg=(BIO, GRN),
    ),
    sme(
        56,
        "th",
        "ครามเมืองสกล แฮนด์เมด",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        "khrammueang@example.co.th",
        [o("กระเป๋าใส่เครื่องสำอาง ผ้าฝ้ายทอมือย้อมคราม", "cosmetic_pouch"), o("ยางมัดผมโดนัท ผ้าครามมัดย้อม", "cotton_scrunchie")],
        [
            n("ผ้าหม้อห้อม หรือผ้าคราม ลายมัดหมี่ สำหรับตัดกระเป๋า", "indigo_dyed_cotton_fabric"),
            none("ซิปไนลอนเบอร์ 5 ยาว 20 ซม.", "zips; no one offers them"),
        ],
        certs=("OTOP",),
    ),
    sme(
        57,
        "en",
        "TrainHead Supplies",
        ALC,
        DOWN,
        "Bangkok",
        "orders@trainhead.example",
        [o("Training mannequin heads, 100% human hair, 18 inch", "mannequin_training_head")],
        [
            n("bulk Remy hair for rooting practice heads", "raw_human_hair"),
            none("canvas block heads and table clamps", "wig blocks; no one offers them"),
        ],
    ),
    sme(
        58,
        "th",
        "บริษัท กล่องดีแพค จำกัด",
        CIRC,
        MID,
        "Bangkok",
        "kongdeepack@example.co.th",
        [o("กล่องกระดาษคราฟท์ พิมพ์โลโก้ ขั้นต่ำ 500 ใบ", "kraft_paper_box"), o("ถุงผ้าดิบหูรูด ใส่สินค้า สกรีนได้", "packaging_pouch")],
        [n("เศษผ้าฝ้ายสำหรับผสมเยื่อทำกระดาษ", "cotton_cutting_waste", "used_towel_waste")],
        certs=("FSC",),
        bcg=(CIR,),
    ),
    sme(
        59,
        "th",
        "ซักรีดซาลอนแคร์",
        CIRC,
        DOWN,
        "Nonthaburi",
        "saloncare.laundry@example.co.th",
        [
            o("รับซักผ้าขนหนูร้านเสริมสวย รับส่งถึงร้าน", "towel_laundry_service"),
            o("ผ้าขนหนูปลดระวาง คัดแล้ว ขายเป็นกิโล", "used_towel_waste"),
        ],
        [
            n("ผ้าขนหนูใหม่สำหรับให้ร้านเช่า", "salon_towel"),
            none("น้ำยาซักผ้าอุตสาหกรรม แกลลอน 20 ลิตร", "laundry detergent; no one offers it"),
        ],
        bcg=(CIR,),
    ),
    sme(
        60,
        "en",
        "RagWorks",
        CIRC,
        DOWN,
        "Samut Prakan",
        "rags@ragworks.example",
        [o("Wiping rags cut from retired towels, 10 kg sacks", "wiping_rag")],
        [
            n("worn-out towels and bath sheets", "used_towel_waste"),
            n("white knit cotton clippings", "cotton_cutting_waste"),
        ],
        bcg=(CIR,),
    ),
    sme(
        61,
        "th",
        "โรงเรียนสอนเสริมสวยขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "kk.beautyschool@example.co.th",
        [o("หลักสูตรช่างตัดผมชายหญิง 3 เดือน", "hair_cutting_course")],
        [
            n("หัวหุ่นฝึกตัดผม ผมแท้", "mannequin_training_head"),
            n("เสื้อคลุมตัดผม ให้นักเรียน 60 ตัว ไม่ต้องมี มอก.", "salon_cutting_cape", waive=(TIS,)),
            n("เสื้อช่างสำหรับนักเรียน", "salon_uniform"),
        ],
    ),
    sme(
        62,
        "en",
        "Bangkok Beauty Academy",
        ALC,
        DOWN,
        "Bangkok",
        "admin@bkkbeautyacademy.example",
        [o("Short courses: lash extension, nail art, makeup", "beauty_short_course")],
        [
            n("Where can we buy practice heads with real hair?", "mannequin_training_head"),
            n("student aprons, any colour", "salon_apron"),
            none("Eyelash extension glue, latex-free", "lash glue; no one offers it"),
        ],
    ),
    sme(
        63,
        "th",
        "ซาลอน เดอ สยาม",
        ALC,
        DOWN,
        "Bangkok",
        "salondesiam@example.co.th",
        [o("เศษผมจากร้าน เก็บใส่ถุงทุกวัน", "salon_hair_clippings"), o("ผมยาวที่ลูกค้าตัดบริจาค มัดเป็นหางม้า", "raw_human_hair")],
        [n("ผ้าเช็ดผมสีเข้ม ไม่ซีด", "salon_towel"), n("กระดาษพันคอ", "neck_strip"), n("ผ้าคลุมทำสี", "salon_cutting_cape")],
    ),
    sme(
        64,
        "en",
        "Nimman Barber Club",
        CIRC,
        DOWN,
        "Chiang Mai",
        "book@nimmanbarber.example",
        [o("Bagged hair clippings, collected daily", "salon_hair_clippings")],
        [
            n("barber capes with snap neck, black", "salon_cutting_cape"),
            n("neck paper for the barber chair", "neck_strip"),
        ],
        bcg=(CIR,),
    ),
    sme(
        65,
        "th",
        "อันดามัน เวลเนส สปา",
        ALC,
        DOWN,
        "Phuket",
        "andaman.wellness@example.co.th",
        [o("ให้บริการนวดไทยและทรีตเมนต์สปา", "spa_treatment_service")],
        [
            n("โรบผ้าฝ้ายให้ลูกค้าสปา", "bathrobe"),
            n("ลูกประคบ", "herbal_compress_ball"),
            n("ผ้าคลุมเตียงสปา เว้นช่องใบหน้า", "massage_bed_cover"),
        ],
    ),
    sme(
        66,
        "en",
        "Sukhumvit Day Spa",
        ALC,
        DOWN,
        "Bangkok",
        "frontdesk@sukhumvitdayspa.example",
        [o("Day spa treatments and body scrubs", "spa_treatment_service")],
        [
            n("paper knickers for scrub treatments", "disposable_spa_set"),
            n("spa hairbands to hold hair back during facials", "spa_headband"),
            n("hair towels 40x80, bleach-safe, OEKO-TEX nice to have", "salon_towel", waive=(OEKO,)),
        ],
    ),
    sme(
        67,
        "th",
        "เล็บสวย เนลสตูดิโอ พัทยา",
        ALC,
        DOWN,
        "Chonburi",
        "lebsuay.nail@example.co.th",
        [o("บริการทำเล็บเจล ต่อเล็บ", "nail_service")],
        [n("ผ้าเช็ดเล็บ ไม่มีขุย", "nail_wipe"), n("มีใครรับส่งผ้าไปซักให้ร้านบ้าง ทุกสัปดาห์", "towel_laundry_service")],
    ),
    sme(
        68,
        "en",
        "Lash Lab Ari",
        ALC,
        DOWN,
        "Bangkok",
        "lashlab.ari@example.com",
        [o("Eyelash extension and lash lift", "lash_service")],
        [
            n("headbands that keep hair off the face during lash fills", "spa_headband"),
            n("fitted sheets for our treatment beds", "massage_bed_cover"),
            n("no-fluff wipes for cleaning lash tools", "nail_wipe"),
        ],
    ),
    sme(
        69,
        "th",
        "เมคอัพ สตูดิโอ โคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "makeup.korat@example.co.th",
        [o("รับแต่งหน้าทำผมเจ้าสาว", "makeup_service")],
        [
            n("แผ่นคอตตอนเช็ดหน้า แบบใช้แล้วทิ้ง กล่องใหญ่", "cotton_cosmetic_pad"),
            n("สำลีผ้าใช้ซ้ำ สำหรับล้างเครื่องสำอาง", "reusable_makeup_pad"),
            n("กระเป๋าใส่แปรงแต่งหน้า", "cosmetic_pouch"),
        ],
    ),
    sme(
        70,
        "th",
        "ร้านนวดแผนไทย ท่าเตียน",
        ALC,
        DOWN,
        "Bangkok",
        "thatian.massage@example.co.th",
        [],
        [
            n("เสื้อผ้าให้ลูกค้าเปลี่ยนก่อนนวด ผ้าฝ้าย", "spa_client_wear"),
            n("ถุงประคบร้อนสมุนไพร มี OTOP ยิ่งดี", "herbal_compress_ball", waive=(OTOP,)),
            none("น้ำมันนวดสมุนไพร แกลลอน", "massage oil; no one offers it"),
        ],
    ),
    sme(
        71,
        "th",
        "อ่าวนางคลิฟ รีสอร์ต แอนด์ สปา",
        ALC,
        DOWN,
        "Krabi",
        "spa@aonangcliff.example",
        [],
        [
            n("บาธโรบสำหรับแขก ฟรีไซซ์", "bathrobe"),
            n("รองเท้าแตะในห้องสปา แบบหุ้มหัว ซักได้", "spa_slippers"),
            n("แพดล้างหน้าแบบผ้า ใช้ได้หลายครั้ง สำหรับห้องพัก", "reusable_makeup_pad"),
        ],
        bcg=(GRN,),
    ),
    sme(
        72,
        "th",
        "ซาลอนอุดร บิวตี้",
        ALI,
        DOWN,
        "Udon Thani",
        "udonbeauty@example.co.th",
        [o("เศษผมตัดจากร้าน ให้ฟรี มารับเอง", "salon_hair_clippings")],
        [
            n("ผ้าขนหนู มีมาตรฐาน มอก.", "salon_towel", req=(TIS,)),
            n("ผ้าคลุมไหล่สระผม กันน้ำ", "salon_cutting_cape"),
            n("อบรมช่างต่อขนตาให้พนักงาน", "beauty_short_course"),
        ],
    ),
]

SMES += [
    # ------------------------------------------------------------------ 073-095: buyers, care, circular
    sme(
        73,
        "en",
        "Golden Years Care Home",
        ALC,
        DOWN,
        "Nonthaburi",
        "care@goldenyears.example",
        [],
        [
            n("Hairdressing capes for resident haircuts", "salon_cutting_cape"),
            n("washable bath caps for residents", "reusable_shower_cap"),
            n("Wigs for residents after chemo - any supplier?", "human_hair_wig", "synthetic_wig"),
        ],
    ),
    sme(
        74,
        "th",
        "มูลนิธิธนาคารวิกผม อุบลฯ",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "wigbank.ubon@example.or.th",
        [],
        [
            n("รับจ้างทำวิกจากผมที่เราส่งให้", "wig_making_service"),
            none("หมวกคลุมศีรษะผ้าฝ้ายนุ่ม สำหรับผู้ป่วยเคมีบำบัด", "chemo caps; no one offers them"),
        ],
    ),
    sme(
        75,
        "en",
        "Amenity Pro Thailand",
        ALC,
        DOWN,
        "Bangkok",
        "sourcing@amenitypro.example",
        [o("Hotel amenity kits: vanity sets, combs, caps", "hotel_amenity_kit")],
        [
            n("single-use bath caps, individually wrapped", "disposable_shower_cap"),
            n("cotton drawstring pouches for vanity kits", "packaging_pouch"),
            none(
                "Cotton pads, Halal certified",
                "cotton pads are offered, but not with Halal",
                "cotton_cosmetic_pad",
                req=(HALAL,),
            ),
        ],
    ),
    sme(
        76,
        "th",
        "ร้านบิวตี้ช้อป หาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        "beautyshop.hatyai@example.co.th",
        [],
        [
            n("ฟองน้ำบุก ขายส่ง", "konjac_sponge"),
            n("หนังยางมัดผม กับ ผ้าคาดผม ราคาส่ง", "hair_tie", "spa_headband"),
            n("หมวกคลุมผมหลังสระ ซับน้ำเร็ว", "microfibre_hair_turban"),
        ],
    ),
    sme(
        77,
        "en",
        "GlowBox Online",
        ALC,
        DOWN,
        "Bangkok",
        "buying@glowbox.example",
        [o("Monthly beauty subscription boxes", "beauty_box")],
        [
            n("Sheet masks with Thai FDA notification", "sheet_mask", req=(FDA,)),
            n("pure silk hair donuts, no polyester", "silk_scrunchie"),
            n("konjac puffs", "konjac_sponge"),
        ],
    ),
    sme(
        78,
        "th",
        "ร้านของฝากล้านนา",
        HEMP,
        DOWN,
        "Chiang Mai",
        "lanna.souvenir@example.co.th",
        [],
        [
            n("ซองใส่ลิปและแป้ง ผ้าพื้นเมือง", "cosmetic_pouch"),
            n("ถุงสครับใยกัญชง", "scrub_bag"),
            n("ห่อประคบสมุนไพร ต้องมีตรา OTOP", "herbal_compress_ball", req=(OTOP,)),
        ],
    ),
    sme(
        79,
        "en",
        "Zero Waste Corner",
        CIRC,
        DOWN,
        "Bangkok",
        "hello@zerowastecorner.example",
        [],
        [
            n("GOTS-certified organic cotton rounds, washable", "reusable_makeup_pad", req=(GOTS,)),
            n("loofah scrubbers", "loofah_sponge_pad"),
            n("bags to keep soap bars, plant fibre", "scrub_bag"),
        ],
        bcg=(CIR, GRN),
    ),
    sme(
        80,
        "th",
        "กลุ่มแม่บ้านผ้าฝ้ายร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        "maeban.roiet@example.co.th",
        [o("แผ่นเช็ดหน้าผ้าฝ้ายออร์แกนิก ซักได้ ได้ GOTS", "reusable_makeup_pad")],
        [n("ผ้าฝ้ายออร์แกนิกทอเรียบ ต้องมี GOTS", "cotton_woven_fabric", req=(GOTS,))],
        certs=("GOTS certified",),
        bcg=(BIO,),
    ),
    sme(
        81,
        "en",
        "Mae Rim Organic Mills",
        HEMP,
        MID,
        "Chiang Mai",
        "mill@maerimorganic.example",
        [o("GOTS organic cotton poplin in natural greige, 150 cm", "cotton_woven_fabric")],
        [
            none(
                "GOTS organic cotton yarn Ne 30",
                "cotton yarn is offered, but not with GOTS",
                "cotton_yarn",
                req=(GOTS,),
            )
        ],
        certs=("GOTS",),
        bcg=(BIO,),
    ),
    sme(
        82,
        "th",
        "ร้านผ้าคอตตอนสีพื้น พาหุรัด",
        ALC,
        MID,
        "Bangkok",
        "pahurat.cotton@example.co.th",
        [o("ผ้าคอตตอน 100% ย้อมรีแอคทีฟ 40 สี", "dyed_cotton_fabric"), o("ผ้าทวิลผสมโพลี 65/35", "polycotton_twill_fabric")],
        [],
    ),
    sme(
        83,
        "en",
        "ActiveBand Thailand",
        SPORT,
        DOWN,
        "Pathum Thani",
        "sales@activeband.example",
        [o("Terry sweatbands and facial headbands with velcro", "spa_headband")],
        [
            n("Velcro strips for adjustable headbands", "hook_and_loop_tape"),
            n("terry cloth in rolls", "cotton_terry_fabric", "bamboo_terry_fabric"),
            none("PVA cooling towel sheet", "PVA sheet; no one offers it"),
        ],
    ),
    sme(
        84,
        "th",
        "ผ้าปูเตียงสปา นครปฐม",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "spabed.nkp@example.co.th",
        [o("ผ้าปูเตียงนวด เจาะรูหน้า ผ้าคอตตอน", "massage_bed_cover"), o("ชุดนวดแผนไทย กางเกงเล เสื้อผ่าหน้า", "spa_client_wear")],
        [n("ผ้าฝ้ายสีพื้น ยกพับ", "dyed_cotton_fabric", "natural_dyed_cotton_fabric", "indigo_dyed_cotton_fabric")],
    ),
    sme(
        85,
        "en",
        "Hua Hin Wellness Retreat",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "spa@huahinwellness.example",
        [],
        [
            n("Thai massage pyjamas for guests", "spa_client_wear"),
            n("herbal compress balls", "herbal_compress_ball"),
            n("single-use couch roll covers", "disposable_bed_sheet"),
        ],
        bcg=(GRN,),
    ),
    sme(
        86,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ มหาสารคาม",
        ALI,
        DOWN,
        "Maha Sarakham",
        "elderly.msk@example.co.th",
        [],
        [
            n("อยากได้หมวกอาบน้ำผ้า ซักได้", "reusable_shower_cap"),
            n("ผ้าพันตัวเวลาตัดผมให้ผู้สูงอายุ", "salon_cutting_cape"),
            n("ตาข่ายเก็บผม สำหรับผู้สูงอายุ", "hair_net"),
        ],
    ),
    sme(
        87,
        "en",
        "Phu Silk Accessories",
        ALI,
        DOWN,
        "Buriram",
        "phusilk@example.com",
        [o("Silk scrunchies in mudmee patterns", "silk_scrunchie"), o("Silk eye masks for sleep", "silk_sleep_mask")],
        [n("Thai silk with Royal Peacock Emblem", "thai_silk_fabric", req=(PEACOCK,))],
    ),
    sme(
        88,
        "th",
        "กลุ่มทอผ้าไหมบ้านโนนสะอาด",
        ALI,
        MID,
        "Chaiyaphum",
        "nonsaat.silk@example.co.th",
        [o("ผ้าไหมทอมือ สีพื้น พับละ 4 เมตร", "thai_silk_fabric")],
        [n("สีย้อมไหม สีเคมี", "synthetic_textile_dye")],
    ),
    sme(
        89,
        "en",
        "HairLoop Chiang Rai",
        CIRC,
        DOWN,
        "Chiang Rai",
        "team@hairloop.example",
        [o("Oil spill booms filled with salon hair", "hair_oil_boom")],
        [
            n("cut hair swept from barbershops and salons", "salon_hair_clippings"),
            n("mesh tubing fabric for boom casing", "nylon_mesh_fabric"),
        ],
        bcg=(CIR,),
    ),
    sme(
        90,
        "th",
        "ร้านเน็ตคลุมผม สงขลา",
        SPORT,
        DOWN,
        "Songkhla",
        "hairnet.songkhla@example.co.th",
        [o("เน็ตคลุมผมมวย สีดำ/น้ำตาล", "hair_net")],
        [n("ผ้าตาข่ายยืดไนลอน", "nylon_mesh_fabric")],
    ),
    sme(
        91,
        "en",
        "Nan River Hair Studio",
        ALC,
        DOWN,
        "Phitsanulok",
        "studio@nanriverhair.example",
        [o("Floor hair sweepings, free for pickup", "salon_hair_clippings")],
        [
            n("Black salon towels 16x28, OEKO-TEX not required", "salon_towel", waive=(OEKO,)),
            n("Colour aprons", "salon_apron"),
            n("paper collars for capes", "neck_strip"),
        ],
    ),
    sme(
        92,
        "th",
        "ร้านกระเป๋ารีไซเคิล นครศรีฯ",
        CIRC,
        DOWN,
        "Nakhon Si Thammarat",
        "recyclebag.nst@example.co.th",
        [o("กระเป๋าเครื่องสำอาง เย็บจากเศษผ้าบาติก", "cosmetic_pouch")],
        [n("เศษผ้าจากโรงงานตัดเย็บ ชิ้นใหญ่", "cotton_cutting_waste")],
        bcg=(CIR,),
    ),
    sme(
        93,
        "en",
        "Korat Herbal Cosmetics",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "rnd@koratherbal.example",
        [o("Herbal body scrub in muslin bags", "herbal_body_scrub")],
        [
            n("empty cloth sachets to fill with our scrub", "scrub_bag"),
            n("blank sheet masks for our own serum, Thai FDA not needed", "sheet_mask_blank", waive=(FDA,)),
        ],
    ),
    sme(
        94,
        "th",
        "กลุ่มรับจ้างเย็บผ้า กาฬสินธุ์",
        ALI,
        MID,
        "Kalasin",
        "sewing.kalasin@example.co.th",
        [o("รับเย็บงานตามแบบ ผ้าลูกค้าส่งมา", "cut_and_sew_service")],
        [n("ด้ายเย็บผ้า หลอดใหญ่", "sewing_thread")],
    ),
    sme(
        95,
        "th",
        "มาสก์สมุนไพรชุมชน จันทบุรี",
        ALC,
        DOWN,
        "Chanthaburi",
        "herbmask.chan@example.co.th",
        [o("แผ่นมาสก์หน้าสมุนไพร ทำเอง ยังไม่จดแจ้ง", "sheet_mask")],
        [n("อยากได้ชีทมาสก์เปล่า สำหรับชุบน้ำสมุนไพรเอง", "sheet_mask_blank")],
        bcg=(BIO,),
    ),
]

# ---------------------------------------------------------------------------------------------- logic
# (the rows above are the data; everything below derives from them)

ID_RE = re.compile(rf"^{PREFIX}-(\d{{3}})$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
MIN_THAI_LETTER_SHARE = 0.6
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}


def canonical_certs(sme_row: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme_row.certifications)


def names_certification(text: str, name: str) -> bool:
    """Whether `text` names the certification at all, affirmed or negated."""
    cert = CERT_NAMES[name]
    folded = unicodedata.normalize("NFKC", text).casefold()
    spellings = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", s).casefold() in folded for s in spellings)


def qualified_suppliers(buyer: Sme, need: Need, smes: list[Sme]) -> list[str]:
    wanted = set(need.labels)
    return [
        s.id
        for s in smes
        if s.id != buyer.id
        and any(offer.label in wanted for offer in s.offers)
        and set(need.requires) <= canonical_certs(s)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {(s, b.id) for b in smes for need in b.needs if not need.unmet for s in qualified_suppliers(b, need, smes)}
    return sorted(links)


def script_problems(where: str, text: str, language: str) -> list[str]:
    if language == "en":
        if THAI_CHAR.search(text) or not all(" " <= ch <= "~" for ch in text):
            return [f"{where}: English phrase has non-Latin characters: {text!r}"]
        return []
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if thai == 0 or thai / (thai + latin) < MIN_THAI_LETTER_SHARE:
        return [f"{where}: Thai phrase is not mostly Thai letters: {text!r}"]
    return []


def check(smes: list[Sme], final: bool = True) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids: " + ", ".join(sorted(i for i, c in Counter(ids).items() if c > 1)))
    for position, s in enumerate(smes, start=1):
        m = ID_RE.match(s.id)
        if not m or int(m.group(1)) != position:
            problems.append(f"{s.id}: id malformed or out of sequence (expected {PREFIX}-{position:03d})")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered_by.setdefault(offer.label, set()).add(s.id)
    seen_phrases: dict[str, str] = {}
    for s in smes:
        w = s.id
        if not s.name.strip():
            problems.append(f"{w}: empty name")
        if s.sub_cluster not in {v.value for v in SubCluster}:
            problems.append(f"{w}: bad sub_cluster {s.sub_cluster!r}")
        if s.stage not in {v.value for v in Stage}:
            problems.append(f"{w}: bad stage {s.stage!r}")
        if resolve_province(s.province) is None:
            problems.append(f"{w}: province does not resolve: {s.province!r}")
        if s.language not in ("th", "en"):
            problems.append(f"{w}: bad language {s.language!r}")
        if not EMAIL_RE.match(s.email):
            problems.append(f"{w}: bad e-mail {s.email!r}")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                problems.append(f"{w}: certification does not resolve: {cert!r}")
        if len(canonical_certs(s)) != len(s.certifications):
            problems.append(f"{w}: a certification is listed twice")
        if len(set(s.bcg)) != len(s.bcg) or not set(s.bcg) <= {v.value for v in BcgTag}:
            problems.append(f"{w}: bad bcg tags {s.bcg!r}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{w}: wants 0-3 offers and 0-3 needs, not both empty")
        problems += script_problems(f"{w} name", s.name, s.language)
        for phrase in [o.text for o in s.offers] + [n.text for n in s.needs]:
            problems += script_problems(w, phrase, s.language)
            if phrase != phrase.strip() or "\n" in phrase or not phrase or len(phrase) > MAX_PHRASE:
                problems.append(f"{w}: phrase empty, untrimmed or longer than {MAX_PHRASE}: {phrase!r}")
            key = re.sub(r"\s+", " ", phrase.casefold())
            if key in seen_phrases:
                problems.append(f"{w}: phrase repeats one of {seen_phrases[key]}: {phrase!r}")
            seen_phrases[key] = w
        held = canonical_certs(s)
        for offer in s.offers:
            claimed = find_certifications(offer.text)
            if not claimed <= held:
                problems.append(f"{w}: offer claims {sorted(claimed - held)} the SME does not hold: {offer.text!r}")
        for need in s.needs:
            where = f"{w} need {need.text!r}"
            for name in need.requires + need.waives:
                if name not in CERT_NAMES:
                    problems.append(f"{where}: unknown certification {name!r}")
            if set(need.requires) & set(need.waives):
                problems.append(f"{where}: a certification is both required and waived")
            found = find_certifications(need.text)
            if found != set(need.requires):
                problems.append(f"{where}: text asks for {sorted(found)}, labels say {sorted(need.requires)}")
            for name in need.waives:
                if name in CERT_NAMES and (name in found or not names_certification(need.text, name)):
                    problems.append(f"{where}: waived {name} is not named, or is named as a requirement")
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{where}: label {label!r} is offered by no one else")
            qualified = qualified_suppliers(s, need, smes)
            if need.unmet and qualified:
                problems.append(f"{where}: marked as met by no one, but {qualified} qualify")
            if not need.unmet and not qualified:
                problems.append(f"{where}: no qualified supplier (mark it with none(...) and a note)")
            if not need.unmet and not need.labels:
                problems.append(f"{where}: a met need lists no labels")
    if final:
        problems += size_problems(smes)
    return problems


def size_problems(smes: list[Sme]) -> list[str]:
    problems: list[str] = []
    if len(smes) != EXPECTED_PROFILES:
        problems.append(f"{len(smes)} profiles, want {EXPECTED_PROFILES}")
    thai_share = sum(s.language == "th" for s in smes) / max(1, len(smes))
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    links = true_links(smes)
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        problems.append(f"{len(links)} true links, want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    language = {s.id: s.language for s in smes}
    cross = sum(language[a] != language[b] for a, b in links) / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    unmet = sum(bool(need.unmet) for s in smes for need in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} needs met by no one, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    return problems


# ---------------------------------------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    row = {
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
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def province_of(s: Sme) -> Province:
    province = resolve_province(s.province)
    if province is None:  # `check` has already refused this
        raise ValueError(f"{s.id}: unknown province {s.province!r}")
    return province


def counts(smes: list[Sme]) -> list[tuple[str, str]]:
    links = true_links(smes)
    by_id = {s.id: s for s in smes}
    needs = [(s, need) for s in smes for need in s.needs]
    met = [(s, need) for s, need in needs if not need.unmet]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    share = cross / len(links) if links else 0.0
    suppliers_per_need = Counter(min(len(qualified_suppliers(s, need, smes)), 4) for s, need in met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai profiles", str(sum(s.language == "th" for s in smes))),
        ("English profiles", str(sum(s.language == "en" for s in smes))),
    ]
    for value in SubCluster:
        rows.append((f"sub-cluster {value.value}", str(sum(s.sub_cluster == value.value for s in smes))))
    for value in Stage:
        rows.append((f"stage {value.value}", str(sum(s.stage == value.value for s in smes))))
    regions = Counter(province_of(s).region.value for s in smes)
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows += [
        ("distinct provinces", str(len({province_of(s).name_en for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({offer.label for s in smes for offer in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met", str(len(met))),
        ("needs met by no one", str(len(needs) - len(met))),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(suppliers_per_need[k]) for k in range(1, 5)),
        ),
        ("needs requiring a certification", str(sum(bool(need.requires) for _, need in needs))),
        ("needs waiving a certification", str(sum(bool(need.waives) for _, need in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({share:.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_TEXT = """# `eval/blind_plain_salon`: beauty, salons and personal care, plain registry entries

A hand-labelled test set for partner matchmaking in the Health and Wellness Economy cluster. It measures
how well the matcher finds the true supplier -> buyer pairs among 95 SMEs whose offers and needs it has
never seen, written the way an SME database stores them: one short phrase per offer or need.

## What the set checks

- **Beauty, salon and personal-care goods** next to the cluster's ordinary chain: hair salons and barbers
  (cutting capes, neck strips, salon towels, aprons, uniforms), spas and nail, lash and makeup studios,
  cosmetic makers (cotton pads, sheet-mask blanks, reusable rounds, konjac and loofah sponges), wig makers
  (hair, lace caps, mesh), hair ties, scrunchies, shower caps, headbands, turbans, towel laundries, herbal
  compress and scrub-bag makers, beauty schools, care homes; and the suppliers of cotton, hemp, bamboo,
  yarn, terry, microfibre, nonwovens, elastic, dyes, trims and packaging.
- **Vocabulary across languages**: about 55 % of the profiles are in Thai, the rest in English, and about
  half of the true links cross languages. Needs are worded differently from the offers that meet them:
  local and regional names (ห้อม, ผ้าหม้อห้อม, ผ้าร่ม, ผ้าต่วน, บุก, โดนัท), trade words and brand names
  (CMT, spunlace, Velcro, Tajima, Remy), abbreviations, sizes, prices and minimum orders.
- **Hard but fair distinctions**: a service versus the goods it works on (indigo dyeing of the customer's
  cloth versus indigo-dyed cloth; CMT sewing versus finished uniforms; shredding the customer's waste
  versus recycled fibre; a towel laundry versus towels; a wig made from the customer's own hair versus
  wigs); waste and used goods versus new (retired towels, cutting waste, salon hair clippings versus
  ponytails for wigs); raw versus processed (seed cotton, absorbent cotton fibre, yarn, cloth; hemp bark
  versus hemp yarn; dried loofah gourds versus loofah pads; konjac flour versus konjac sponges; nylon mesh
  cloth versus hair nets); finished goods described by material, colour or technique (an indigo-dyed
  handwoven pouch is a cosmetic pouch, not indigo dyeing); needs written as a wish, a bare noun phrase or a
  question; refusals ("ไม่เอาสีเคมี", "no polyester"); needs that require a named certification, and
  needs that name one only to waive it ("OEKO-TEX not required", "ไม่ต้องมี มอก.", "มี OTOP ยิ่งดี");
  and 21 needs that no one in the set meets, some of them because the only offers of the right goods lack
  the certification the need requires.

## How it was written

By hand. The writer read only section 1 of the shared contracts (the profile JSONL and links CSV
formats), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff settings; not the
matcher, its glossary, its tests, the other evaluation sets or the shared data. Every profile, offer,
need and label was written for this set. The labels live only in `write.py`; the profiles carry none.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A waived certification is not required.

Before writing, the script checks that ids are unique and well-formed; that every contract field is
valid (sub-cluster, stage and BCG tags are the taxonomy's values, every province resolves with
`resolve_province` and every certification with `resolve_certification`); that each SME has 0-3 offers
and 0-3 needs and not neither; that every label a need lists is offered by someone other than the buyer;
that every met need has a qualified supplier and every unmet one has none; that the certifications
`find_certifications` reads in a need's text are exactly the ones it requires, and that a waived one is
named in the text but not read as a requirement; that an offer claims no certification its SME lacks;
that Thai phrases are mostly Thai letters and English ones plain Latin; that no phrase repeats; and the
size targets (95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of them across languages, 17-23 needs
met by no one). If any check fails it writes nothing.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_salon/write.py

It rewrites the three files below and prints the counts table. Two runs give identical bytes.

## Files

- `write.py`: the data (profiles with labelled offers and needs) and the checks; writes the other files.
- `profiles.jsonl`: 95 SME profiles, JSONL version 1, ids `bsa-001` ... `bsa-095`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def readme(table: str) -> str:
    return README_TEXT.format(table=table)


def main() -> int:
    final = "--partial" not in sys.argv[1:]
    problems = check(SMES, final=final)
    if problems:
        print(f"{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for problem in problems:
            print("  " + problem, file=sys.stderr)
        return 1
    table = counts_table(counts(SMES))
    if not final:
        print(table, end="")
        print("(partial run: nothing written)")
        return 0
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(true_links(SMES)),
        "README.md": readme(table),
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
