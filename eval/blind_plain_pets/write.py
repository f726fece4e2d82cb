"""Write the hand-labelled evaluation set `eval/blind_plain_pets/` (pets and animals theme).

All data lives in this file. Every offer carries a label that says what the thing is; every need
lists the labels that would meet it and the certifications its text requires, or is marked as met
by no one. True links follow from those labels alone. Run from the repository root:

    .venv/bin/python eval/blind_plain_pets/write.py

Nothing is written when a check fails.
"""

from __future__ import annotations

import csv
import io
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
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()  # canonical certification names the text asks for
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    nobody: str = ""  # why no one in the set meets it; empty for a need that is met


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())


def of(text: str, label: str) -> Offer:
    return Offer(text, label)


def nd(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def nobody(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` and `req` when the goods exist but no holder qualifies."""
    return Need(text, labels, req, waive, note)


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
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(f"bzp-{num:03d}", lang, name, sub, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ the SMEs

SMES: list[Sme] = [
    # ---------------------------------------------------------------- upstream: fibre, yarn, dye, waste
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านห้วยขมิ้น",
        HEMP,
        UP,
        "Chiang Mai",
        "huaykhamin.hemp@inbox.example",
        offers=[
            of("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_bark_strips"),
            of("ด้ายกัญชงเข็นมือ เส้นใหญ่ สีธรรมชาติ ไม่ฟอก", "hemp_yarn"),
        ],
        needs=[nd("อยากได้สีครามธรรมชาติแบบหมัก ไว้ย้อมด้ายเอง", "natural_indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Mae Sot Hemp Fibre Co., Ltd.",
        HEMP,
        UP,
        "Tak",
        "sales@maesothemp.example",
        offers=[
            of("Decorticated hemp fibre, long line, 25 kg bales", "hemp_bast_fibre"),
            of("Hemp hurd shavings, dust-extracted, for stable and hutch bedding", "hemp_hurd_bedding"),
        ],
        needs=[nobody("Second-hand hemp decorticator, any condition", "a machine; no one in the set sells machinery")],
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        3,
        "th",
        "กลุ่มแม่บ้านปั่นฝ้ายบ้านนาอ้อ",
        AGI,
        UP,
        "Loei",
        "naor.cotton@inbox.example",
        offers=[
            of("ฝ้ายเข็นมือ เส้นเล็ก สีขาวธรรมชาติ กก.ละ 700", "cotton_yarn_handspun"),
            of("ฝ้ายเข็นย้อมเปลือกไม้ สีน้ำตาล เขียวใบมะม่วง", "natural_dyed_cotton_yarn"),
        ],
        needs=[nd("ฝ้ายหีบแล้ว ไม่มีเมล็ด ไว้ดีดเข็น", "cotton_lint")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Khao Kho Organic Cotton Spinners",
        HEMP,
        UP,
        "Phetchabun",
        "yarn@khaokhocotton.example",
        offers=[
            of("Organic cotton yarn Ne 16/1 ring spun, on cones", "organic_cotton_yarn"),
            of("Ginned organic cotton lint, 200 kg press bales", "cotton_lint"),
        ],
        needs=[],
        certs=("OCS certified", "Organic Thailand"),
        bcg=("bio",),
    ),
    sme(
        5,
        "th",
        "ร้านนุ่นป้าแต๋ว โคราช",
        AGI,
        UP,
        "Nakhon Ratchasima",
        "pataew.kapok@inbox.example",
        offers=[
            of("นุ่นตีแล้ว ไม่มีเมล็ด กระสอบละ 10 กก.", "natural_floss_stuffing"),
            of("ฝักนุ่นแห้งทั้งฝัก ขายเหมาสวน", "kapok_pods_raw"),
        ],
        needs=[nd("ผ้าฝ้ายไม่ฟอกสี หน้ากว้าง 36 นิ้ว สำหรับเย็บปลอกหมอนนุ่น", "greige_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        6,
        "th",
        "ปุยงิ้วแม่จัน",
        HEMP,
        UP,
        "Chiang Rai",
        "maechan.ngiw@inbox.example",
        offers=[of("ปุยงิ้ว คัดเมล็ดออกแล้ว ยัดหมอน ยัดเบาะ", "natural_floss_stuffing")],
        needs=[nobody("กระสอบป่านใหม่ ใบละไม่เกิน 25 บาท", "jute sacks; no one in the set offers them")],
        bcg=("bio",),
    ),
    sme(
        7,
        "en",
        "EastLoop Recycled Fibres",
        CIRC,
        UP,
        "Rayong",
        "hello@eastloop.example",
        offers=[
            of("Hollow conjugated siliconised fibre 7D x 64 mm, bottle-grade PET", "recycled_polyester_fibrefill"),
            of("rPET filament yarn 150D/48F, dope-dyed black", "rpet_yarn"),
        ],
        needs=[nobody("Hot-washed clear PET bottle flakes, 10 t a month", "no one in the set sells PET flakes")],
        certs=("GRS", "ISO 9001"),
        bcg=("circular",),
    ),
    sme(
        8,
        "th",
        "หจก. เศษผ้ามหาชัยรีไซเคิล",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.recycle@inbox.example",
        offers=[
            of("เศษผ้ายืดจากโรงตัด คัดสีแล้ว กก.ละ 8 บาท", "knit_cutting_waste"),
            of("ผ้าบดเป็นปุย สำหรับยัดไส้ ราคาถูก", "shredded_textile_filling"),
        ],
        needs=[nd("รับซื้อเสื้อผ้ามือสอง ผ้าฝ้ายล้วน เหมากระสอบ", "used_cotton_garments")],
        bcg=("circular",),
    ),
    sme(
        9,
        "en",
        "Second Round Textile Collection",
        CIRC,
        UP,
        "Bangkok",
        "collect@secondround.example",
        offers=[
            of("Sorted second-hand cotton T-shirts, 45 kg bales", "used_cotton_garments"),
            of("Graded used towels and bath sheets, washed, sold by the kilo", "used_household_textiles"),
        ],
        needs=[nd("Used hotel bedding and bath linen, any quantity", "used_household_textiles")],
        bcg=("circular",),
    ),
    sme(
        10,
        "th",
        "กลุ่มทำครามบ้านนาดี",
        HEMP,
        UP,
        "Sakon Nakhon",
        "nadee.khram@inbox.example",
        offers=[
            of("เนื้อครามเปียก หมักเอง กก.ละ 350", "natural_indigo_paste"),
            of("ใบครามสด ตัดส่งตามฤดู ขั้นต่ำ 50 กก.", "indigo_leaves_fresh"),
        ],
        needs=[],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        11,
        "th",
        "วิสาหกิจชุมชนห้อมเมืองแพร่",
        HEMP,
        UP,
        "Phrae",
        "phrae.hom@inbox.example",
        offers=[of("ห้อมเปียก ถังละ 20 กก. สีเข้ม", "natural_indigo_paste")],
        needs=[nd("ผ้าฝ้ายทอเครื่อง ยังไม่ฟอก ไว้ย้อมขาย", "greige_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        12,
        "en",
        "Lanna Natural Colour Supply",
        HEMP,
        UP,
        "Chiang Mai",
        "order@lannacolour.example",
        offers=[
            of("Lac, makluea and jackfruit heartwood dye extracts, 1 kg packs", "natural_dye_extract"),
            of("Myrobalan (samor) mordant powder", "natural_mordant"),
        ],
        needs=[nobody("Raw sticklac direct from growers", "no one in the set sells raw lac")],
        bcg=("bio",),
    ),
    sme(
        13,
        "th",
        "กลุ่มผักตบชวาตากแห้งบางบาล",
        CIRC,
        UP,
        "Phra Nakhon Si Ayutthaya",
        "bangban.pakto@inbox.example",
        offers=[
            of("ผักตบชวาตากแห้ง ก้านยาว 60 ซม. ขึ้นไป", "water_hyacinth_dried_stalk"),
            of("เชือกเกลียวผักตบ ม้วนละ 100 เมตร", "water_hyacinth_rope"),
        ],
        needs=[],
        bcg=("bio", "circular"),
    ),
    sme(
        14,
        "en",
        "Re:Cotton Spinning Mill",
        CIRC,
        UP,
        "Samut Prakan",
        "mill@recotton.example",
        offers=[of("Open-end recycled cotton yarn Ne 8-12, melange colours", "recycled_cotton_yarn")],
        needs=[
            nd("Pre-consumer 100% cotton clippings, sorted by colour", "cotton_cutting_waste"),
            nd("Garnetted cotton fibre for blending", "recycled_cotton_fibre"),
        ],
        certs=("GRS certified",),
        bcg=("circular",),
    ),
    sme(
        15,
        "th",
        "กลุ่มเลี้ยงไหมบ้านโคกสูง",
        AGI,
        UP,
        "Surin",
        "khoksung.silk@inbox.example",
        offers=[of("ไหมน้อย ไหมพื้นบ้านสาวมือ สีเหลืองทอง", "thai_silk_yarn")],
        needs=[nd("เส้นฝ้ายปั่นมือ ไว้ทำเส้นพุ่งผ้าไหมแกมฝ้าย", "cotton_yarn_handspun")],
    ),
    sme(
        16,
        "en",
        "Isan Handspun Collective",
        AGI,
        UP,
        "Khon Kaen",
        "team@isanhandspun.example",
        offers=[
            of("Hand-spun cotton in natural white and fai tun brown, 1 kg hanks", "cotton_yarn_handspun"),
            of("Mud-dyed hand-spun cotton yarn, small lots", "natural_dyed_cotton_yarn"),
        ],
        needs=[nobody("Seed cotton straight from village growers", "unginned seed cotton; no one offers it")],
        bcg=("bio",),
    ),
    sme(
        17,
        "th",
        "โรงปั่นด้ายอ้อมน้อย",
        AGC,
        UP,
        "Samut Sakhon",
        "omnoi.spinning@inbox.example",
        offers=[
            of("ด้ายฝ้าย 100% เบอร์ 20/1 ม้วนกรวย", "cotton_yarn_ring_spun"),
            of("ด้าย ทีซี 45/1 โพลีผสมฝ้าย", "poly_cotton_yarn"),
        ],
        needs=[nd("ปุยฝ้ายอัดก้อน คุณภาพปั่นได้", "cotton_lint")],
        certs=("ISO 9001",),
    ),
    # ---------------------------------------------------------------- midstream: cloth, dyeing, components
    sme(
        18,
        "th",
        "ร้านเจ๊หงส์ผ้าม้วน สำเพ็ง",
        AGC,
        MID,
        "Bangkok",
        "jehong.fabric@inbox.example",
        offers=[
            of("ผ้าดิบ ม้วนละ 50 หลา หน้า 44 นิ้ว", "greige_cotton_fabric"),
            of("ผ้าใบ 10 ออนซ์ ทำกระเป๋า ทำเบาะ", "cotton_canvas_fabric"),
        ],
        needs=[],
    ),
    sme(
        19,
        "en",
        "Siam Canvas Weaving Co.",
        AGC,
        MID,
        "Nakhon Pathom",
        "sales@siamcanvas.example",
        offers=[
            of("Cotton duck canvas 12 oz, loom-state, 60 in", "cotton_canvas_fabric"),
            of("Greige cotton sheeting 110 x 76, 100 m rolls", "greige_cotton_fabric"),
        ],
        needs=[nd("Cotton warp yarn for the looms", "cotton_yarn_ring_spun", "organic_cotton_yarn")],
        certs=("ISO 9001",),
    ),
    sme(
        20,
        "th",
        "วิสาหกิจผ้าทอนาหมื่นศรี",
        HEMP,
        MID,
        "Trang",
        "namuensri.weave@inbox.example",
        offers=[of("ผ้าทอนาหมื่นศรี ลายลูกแก้ว เมตรละ 250", "handwoven_cotton_fabric")],
        needs=[nd("ด้ายโรงงาน ฝ้ายล้วน สำหรับกี่กระตุก", "cotton_yarn_ring_spun", "organic_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        21,
        "th",
        "กลุ่มทอผ้าย้อมโคลนบ้านหนองขาม",
        AGI,
        MID,
        "Ubon Ratchathani",
        "nongkham.weave@inbox.example",
        offers=[
            of("ผ้าฝ้ายทอมือย้อมโคลน หน้ากว้าง 1 ม.", "natural_dyed_handwoven_cotton"),
            of("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 120", "pakama_cloth"),
        ],
        needs=[
            nd("ด้ายฝ้ายพื้นบ้าน เข็นด้วยหลา กก.ละไม่เกิน 600", "cotton_yarn_handspun"),
            nd("ผงสมอ ช่วยติดสี", "natural_mordant"),
        ],
        certs=("OTOP 5 stars",),
        bcg=("bio",),
    ),
    sme(
        22,
        "th",
        "วิสาหกิจผ้าหม้อห้อมทุ่งเจริญ",
        HEMP,
        MID,
        "Phrae",
        "thungcharoen.mohom@inbox.example",
        offers=[
            of("ผ้าหม้อห้อมแท้ ย้อมมือ พับละ 20 หลา", "indigo_dyed_cotton_fabric"),
            of("เสื้อม่อฮ่อม คอจีน ขายส่ง โหลละ 2,400", "mohom_shirt"),
        ],
        needs=[
            nd("ห้อมหมักพร้อมก่อหม้อ ส่งทุกเดือน", "natural_indigo_paste"),
            nd("ผ้าฝ้ายยังไม่ย้อม ทอเครื่อง เนื้อแน่น", "greige_cotton_fabric"),
        ],
        bcg=("bio",),
    ),
    sme(
        23,
        "th",
        "ร้านม่อฮ่อมราคาส่ง กาดแพร่",
        AGC,
        MID,
        "Phrae",
        "kadphrae.mohom@inbox.example",
        offers=[
            of("ผ้าม่อฮ่อม ย้อมสีอินดิโก้สังเคราะห์ ราคาโรงงาน", "synthetic_indigo_fabric"),
            of("เสื้อม่อฮ่อมสำเร็จรูป ผ้าโรงงาน ไซส์ S-4XL", "mohom_shirt"),
        ],
        needs=[],
    ),
    sme(
        24,
        "th",
        "โรงย้อมครามพังโคน",
        HEMP,
        MID,
        "Sakon Nakhon",
        "phangkhon.dye@inbox.example",
        offers=[of("รับย้อมครามผ้าและเสื้อของลูกค้า ขั้นต่ำ 5 กก.", "indigo_dyeing_service")],
        needs=[
            nd(
                "ครามหมักคุณภาพดี ผ่านมาตรฐานเกษตรอินทรีย์",
                "natural_indigo_paste",
                req=("Organic Thailand",),
            )
        ],
        bcg=("bio",),
    ),
    sme(
        25,
        "en",
        "Doi Saket Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@doisaketdye.example",
        offers=[
            of(
                "Natural dyeing of your fabric or finished pieces: lac, ebony, mango leaf, indigo",
                "natural_dyeing_service",
            ),
            of("Plant-dyed cotton webbing 20 and 25 mm", "natural_dyed_cotton_webbing"),
        ],
        needs=[
            nd("Ready-made plant dye powders", "natural_dye_extract"),
            nd("Freshly cut Indigofera for fresh-leaf vats", "indigo_leaves_fresh"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        26,
        "en",
        "Bangpoo Dyeworks",
        AGC,
        MID,
        "Samut Prakan",
        "lab@bangpoodye.example",
        offers=[
            of("Reactive dyeing of cotton knits and wovens, lab dip in 3 days, MOQ 300 kg", "reactive_dyeing_service")
        ],
        needs=[],
        certs=("OEKO-TEX Standard 100", "ISO 14001"),
    ),
    sme(
        27,
        "th",
        "ผ้ากัญชงทอมือบ้านแม่แรม",
        HEMP,
        MID,
        "Chiang Mai",
        "maeraem.hemp@inbox.example",
        offers=[
            of("ผ้าใยกัญชง 100% ทอกี่เอว หน้า 40 ซม.", "hemp_fabric"),
            of("ผ้ากัญชงผสมฝ้าย 50/50 ทอกี่ตั้ง", "hemp_blend_fabric"),
        ],
        needs=[nd("เส้นใยกัญชงปั่นมือ เป็นไจ", "hemp_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        28,
        "en",
        "Hemp Thai Textiles",
        HEMP,
        MID,
        "Chiang Rai",
        "info@hempthaitextiles.example",
        offers=[
            of("Hemp canvas, 100% hemp, 14 oz, 150 cm", "hemp_fabric"),
            of("Hemp and organic cotton 55/45 twill", "hemp_blend_fabric"),
        ],
        needs=[nd("Scutched hemp bast for wet spinning", "hemp_bast_fibre")],
        certs=("GOTS",),
        bcg=("bio", "green"),
    ),
    sme(
        29,
        "en",
        "Thai Coated Fabrics Co.",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@thaicoated.example",
        offers=[
            of("PU-coated 210D oxford polyester, 3,000 mm head", "waterproof_coated_fabric"),
            of("TPU-laminated knit, breathable, for pad and mattress backing", "tpu_laminated_fabric"),
        ],
        needs=[],
        certs=("ISO 9001", "Oeko-Tex 100", "TIS"),
    ),
    sme(
        30,
        "th",
        "ร้านผ้าร่มประตูน้ำ",
        SPORT,
        MID,
        "Bangkok",
        "pratunam.parachute@inbox.example",
        offers=[
            of("ผ้าร่ม ไนลอนเคลือบกันน้ำ หลาละ 45", "waterproof_coated_fabric"),
            of("ผ้าตาข่ายสามมิติ หนา 4 มม.", "air_mesh_fabric"),
        ],
        needs=[],
    ),
    sme(
        31,
        "en",
        "Polar Soft Knitting",
        AGC,
        MID,
        "Samut Sakhon",
        "knit@polarsoft.example",
        offers=[
            of("Anti-pill polar fleece 280 gsm, 30 colours", "poly_fleece_fabric"),
            of("Fleece roll ends and offcuts by the kilo", "fleece_offcuts"),
        ],
        needs=[
            nd(
                "Bottle-based polyester yarn for a recycled fleece line, GRS certified",
                "rpet_yarn",
                req=("GRS",),
            )
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        32,
        "th",
        "โรงงานผ้าขนนุ่มสามพราน",
        AGC,
        MID,
        "Nakhon Pathom",
        "sampran.plush@inbox.example",
        offers=[
            of("ผ้ามิงค์ ผ้าขนนุ่ม หลาละ 90", "plush_fabric"),
            of("ผ้าเวลบัว สีพาสเทล", "plush_fabric"),
        ],
        needs=[],
    ),
    sme(
        33,
        "th",
        "โรงทอผ้าขนหนูอ้อมใหญ่",
        AGC,
        MID,
        "Nakhon Pathom",
        "omyai.towel@inbox.example",
        offers=[
            of("ผ้าขนหนูเป็นม้วน ฝ้าย 100% 400 แกรม", "terry_towel_fabric"),
            of("ผ้าเช็ดตัวสำเร็จ 27x54 นิ้ว โหลละ 900", "plain_towel"),
        ],
        needs=[nd("ด้ายคอตตอนสำหรับทอขนหนู", "cotton_yarn_ring_spun", "organic_cotton_yarn")],
    ),
    sme(
        34,
        "en",
        "MicroDry Supplies",
        SPORT,
        DOWN,
        "Chonburi",
        "orders@microdry.example",
        offers=[of("Microfibre towels 40x80 cm, 300 gsm, from 200 pcs", "microfiber_towel")],
        needs=[],
    ),
    sme(
        35,
        "en",
        "Strapline Webbing",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@strapline.example",
        offers=[
            of("Nylon and PP webbing 15-50 mm, 200 colours", "synthetic_webbing"),
            of("3M Scotchlite reflective tape and piping", "reflective_tape"),
        ],
        needs=[nobody("High-tenacity nylon 6.6 filament yarn", "no one in the set spins nylon")],
        certs=("ISO 9001",),
    ),
    sme(
        36,
        "th",
        "ร้านอุปกรณ์กระเป๋าพาหุรัด",
        SPORT,
        MID,
        "Bangkok",
        "pahurat.parts@inbox.example",
        offers=[
            of("หัวเข็มขัดพลาสติก ห่วงดี ตะขอก้ามปู ขายส่ง", "pet_hardware"),
            of("เทปสะท้อนแสงติดเสื้อ ม้วนละ 50 หลา", "reflective_tape"),
        ],
        needs=[],
    ),
    sme(
        37,
        "en",
        "Duraclip Hardware Trading",
        SPORT,
        MID,
        "Chonburi",
        "trade@duraclip.example",
        offers=[of("Zinc alloy D-rings, swivel snap hooks and side-release buckles", "pet_hardware")],
        needs=[],
    ),
    sme(
        38,
        "th",
        "ร้านเชือกคอตตอนนนท์",
        AGC,
        MID,
        "Nonthaburi",
        "non.cottonrope@inbox.example",
        offers=[
            of("เชือกคอตตอนถักกลม 8 มม. ม้วนละ 100 ม.", "cotton_rope"),
            of("สายแพฝ้าย กว้าง 1 นิ้ว", "cotton_webbing"),
        ],
        needs=[],
    ),
    sme(
        39,
        "en",
        "Medinon Nonwovens",
        AGC,
        MID,
        "Pathum Thani",
        "sales@medinon.example",
        offers=[of("SMS nonwoven 35-45 gsm, blue and green, fluid repellent", "sms_nonwoven")],
        needs=[],
        certs=("ISO 9001", "ISO 13485"),
    ),
    sme(
        40,
        "th",
        "โรงงานสักหลาดบางบัวทอง",
        CIRC,
        MID,
        "Nonthaburi",
        "bangbuathong.felt@inbox.example",
        offers=[of("แผ่นสักหลาดอัดจากเศษผ้า หนา 5-10 มม.", "recycled_felt_sheet")],
        needs=[nd("เศษผ้าทุกชนิด ทั้งผ้ายืดผ้าทอ", "knit_cutting_waste", "cotton_cutting_waste")],
        bcg=("circular",),
    ),
    sme(
        41,
        "th",
        "ห้องเสื้อป้าศรี บางแค",
        AGC,
        MID,
        "Bangkok",
        "pasri.sewing@inbox.example",
        offers=[of("รับเย็บตามแบบ ผ้าลูกค้า ไม่มีขั้นต่ำ", "sewing_service")],
        needs=[nobody("จักรโพ้งมือสอง", "a sewing machine; no one in the set sells machinery")],
    ),
    sme(
        42,
        "en",
        "PawFactory CMT",
        SPORT,
        MID,
        "Samut Prakan",
        "cmt@pawfactory.example",
        offers=[of("Cut-make-trim for pet brands: harnesses, coats, beds. MOQ 100 pcs", "sewing_service")],
        needs=[],
        certs=("ISO 9001",),
    ),
    sme(
        43,
        "th",
        "กลุ่มแม่บ้านรับเย็บบ้านโนนสวรรค์",
        AGI,
        MID,
        "Khon Kaen",
        "nonsawan.sew@inbox.example",
        offers=[of("รับจ้างเย็บ ปลอกหมอน ผ้าห่ม ตามสั่ง", "sewing_service")],
        needs=[],
    ),
    sme(
        44,
        "th",
        "ร้านปักคอมสุราษฎร์",
        AGC,
        MID,
        "Surat Thani",
        "surat.embroidery@inbox.example",
        offers=[of("รับปักชื่อ ปักโลโก้ บนของลูกค้า ชิ้นละ 30 บาท", "embroidery_service")],
        needs=[],
    ),
    sme(
        45,
        "en",
        "Inkpaw Screen Print",
        SPORT,
        MID,
        "Rayong",
        "print@inkpaw.example",
        offers=[of("Screen printing and DTF on your bandanas, bags and tees", "screen_printing_service")],
        needs=[],
    ),
    sme(
        46,
        "th",
        "ร้านควิลท์ลายไทย ปากเกร็ด",
        AGC,
        MID,
        "Nonthaburi",
        "pakkret.quilt@inbox.example",
        offers=[of("รับเดินลายควิลท์ บุใย บนผ้าที่ลูกค้าส่งมา", "quilting_service")],
        needs=[
            nobody(
                "ใยโพลีเป็นแผ่น 4 ออนซ์ ม้วนละ 50 หลา",
                "polyester wadding sheets; the set has loose fibre fill only",
            )
        ],
    ),
    sme(
        47,
        "th",
        "โรงงานเสื้อยืดโบ๊เบ๊",
        CIRC,
        MID,
        "Bangkok",
        "bobae.tshirt@inbox.example",
        offers=[
            of("ผ้ายืดคอตตอน 100% ท็อปดาย 32 ซี ขายเป็นกิโล", "cotton_jersey_knit"),
            of("เศษผ้าคอตตอนจากห้องตัด กิโลละ 15", "cotton_cutting_waste"),
        ],
        needs=[nd("โรงย้อมรับย้อมผ้ายืดสีพื้น สีรีแอคทีฟ ล็อตละ 300 กก.", "reactive_dyeing_service")],
    ),
    sme(
        48,
        "en",
        "Andaman Batik House",
        AGC,
        MID,
        "Krabi",
        "hello@andamanbatik.example",
        offers=[
            of("Hand-drawn batik on cotton, 2 m lengths, chemical dyes", "batik_cotton_fabric"),
            of("Batik dog bandanas, S/M/L", "pet_bandana"),
        ],
        needs=[nd("Plain cotton cloth for waxing, loom-state is fine", "greige_cotton_fabric")],
    ),
    # ---------------------------------------------------------------- downstream: pet goods makers
    sme(
        49,
        "th",
        "ร้านที่นอนน้องหมารักษ์โลก",
        CIRC,
        DOWN,
        "Samut Sakhon",
        "rakloke.petbed@inbox.example",
        offers=[of("ที่นอนหมาแมว ยัดไส้เศษผ้า ถอดซักได้", "pet_bed")],
        needs=[
            nd(
                "ไส้ยัดจากวัสดุรีไซเคิล ไม่จำเป็นต้องมี GRS",
                "recycled_polyester_fibrefill",
                "shredded_textile_filling",
                waive=("GRS",),
            ),
            nd("ผ้าคอตตอนเนื้อหนา สำหรับหุ้มที่นอน", "cotton_canvas_fabric"),
        ],
        bcg=("circular",),
    ),
    sme(
        50,
        "en",
        "Slumber Paws",
        AGC,
        DOWN,
        "Bangkok",
        "hello@slumberpaws.example",
        offers=[of("Orthopaedic dog beds with removable washable cover", "dog_bed")],
        needs=[
            nobody("Memory foam sheets, 5 cm", "no foam maker in the set"),
            nd(
                "Soft fleece for bed tops, must be OEKO-TEX certified",
                "poly_fleece_fabric",
                "plush_fabric",
                req=("OEKO-TEX Standard 100",),
            ),
            nd("Overflow sewing partner, about 300 covers a month", "sewing_service"),
        ],
    ),
    sme(
        51,
        "th",
        "บ้านแมวสานมือกรุงเก่า",
        CIRC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "krungkao.cathouse@inbox.example",
        offers=[of("บ้านแมวสานผักตบชวา ทรงโดม พร้อมเบาะ", "cat_house")],
        needs=[
            nd("ก้านผักตบแห้ง เกรดสาน", "water_hyacinth_dried_stalk"),
            nd("ไส้ยัดธรรมชาติจากฝักไม้ สำหรับเบาะในบ้านแมว", "natural_floss_stuffing"),
        ],
        certs=("OTOP",),
        bcg=("bio", "circular"),
    ),
    sme(
        52,
        "en",
        "Scratch & Snooze",
        HEMP,
        DOWN,
        "Chiang Mai",
        "shop@scratchsnooze.example",
        offers=[of("Replaceable cat scratcher covers in hemp canvas", "cat_scratcher")],
        needs=[
            nobody("Sisal rope 8 mm for scratching posts", "no sisal in the set"),
            nd("Heavy hemp cloth, 100% hemp, no blends", "hemp_fabric"),
        ],
        bcg=("bio",),
    ),
    sme(
        53,
        "th",
        "ร้านเสื้อน้องหมาบางกะปิ",
        AGC,
        DOWN,
        "Bangkok",
        "bangkapi.dogwear@inbox.example",
        offers=[of("เสื้อหมา เสื้อแมว ผ้านิ่ม ไซส์ XS-XL", "dog_clothes")],
        needs=[
            nd(
                "ผ้ายืดเนื้อนิ่ม สำหรับตัดเสื้อตัวเล็ก ไม่ต้องมี OEKO-TEX",
                "cotton_jersey_knit",
                waive=("OEKO-TEX Standard 100",),
            ),
            nd("หาช่างเย็บ ทำตามแพทเทิร์นของเรา", "sewing_service"),
        ],
    ),
    sme(
        54,
        "en",
        "Rainy Tails",
        SPORT,
        DOWN,
        "Bangkok",
        "team@rainytails.example",
        offers=[of("Dog raincoats with hood, S-3XL", "dog_raincoat")],
        needs=[
            nd("Light rainproof nylon or polyester by the roll", "waterproof_coated_fabric"),
            nd("Hi-vis strip for night walks", "reflective_tape"),
            nd("Workshop to sew 500 coats, we supply the cloth", "sewing_service"),
        ],
    ),
    sme(
        55,
        "en",
        "Leash & Loop",
        SPORT,
        DOWN,
        "Chiang Mai",
        "studio@leashloop.example",
        offers=[of("Nylon collars and leads, custom colours", "pet_collar_leash")],
        needs=[
            nd("Strapping 20-25 mm for collars, ISO 9001 supplier", "synthetic_webbing", req=("ISO 9001",)),
            nd("Metal rings and clips for leads", "pet_hardware"),
            nd("Name embroidery on collars we send in", "embroidery_service"),
        ],
    ),
    sme(
        56,
        "th",
        "ปลอกคอกัญชงดอยคำ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "doikham.collar@inbox.example",
        offers=[of("ปลอกคอสุนัขผ้ากัญชง ย้อมคราม", "pet_collar")],
        needs=[
            nd("ผ้ากัญชงผืนหนา ผสมฝ้ายก็ได้", "hemp_fabric", "hemp_blend_fabric"),
            nd("ส่งสายปลอกคอไปย้อมคราม ห้ามใช้สีเคมี", "indigo_dyeing_service", "natural_dyeing_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        57,
        "en",
        "Trailhound Gear",
        SPORT,
        DOWN,
        "Chonburi",
        "gear@trailhound.example",
        offers=[of("Padded no-pull dog harnesses", "pet_harness")],
        needs=[
            nd("3D spacer mesh for harness padding", "air_mesh_fabric"),
            nd("25 mm quick-release plastic clasps, 2,000 pcs", "pet_hardware"),
        ],
    ),
    sme(
        58,
        "th",
        "กระเป๋าแมวผ้าทอสกล",
        AGI,
        DOWN,
        "Sakon Nakhon",
        "sakon.catbag@inbox.example",
        offers=[of("กระเป๋าอุ้มแมว ผ้าฝ้ายทอมือย้อมคราม", "pet_carrier_sling")],
        needs=[
            nd("ผ้าย้อมครามธรรมชาติ พร้อมตัด ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric"),
            nd("สายกระเป๋าผ้าฝ้าย", "cotton_webbing", "natural_dyed_cotton_webbing"),
        ],
    ),
    sme(
        59,
        "en",
        "Towelly Pets",
        AGC,
        DOWN,
        "Phetchaburi",
        "care@towellypets.example",
        offers=[
            of("Dog drying robes in cotton terry, S-XL", "pet_drying_robe"),
            of("Grooming towels with hand pockets", "pet_grooming_towel"),
        ],
        needs=[nd("Terry cloth on the roll, 100% cotton, heavy", "terry_towel_fabric")],
    ),
    sme(
        60,
        "th",
        "ชมรมผู้สูงวัยทำของเล่นแมว บางใหญ่",
        AGC,
        DOWN,
        "Nonthaburi",
        "bangyai.cattoys@inbox.example",
        offers=[of("ตุ๊กตาปลาของเล่นแมว ใส่แคทนิป", "pet_toy_fabric")],
        needs=[
            nd("เศษผ้าชิ้นใหญ่ คละสี", "cotton_cutting_waste", "knit_cutting_waste", "fleece_offcuts"),
            nobody("แคทนิปแห้ง กิโลละไม่เกิน 800", "dried catnip; no one in the set grows it"),
        ],
        bcg=("circular",),
    ),
    sme(
        61,
        "en",
        "ClinicCloth Thailand",
        AGC,
        DOWN,
        "Pathum Thani",
        "sales@cliniccloth.example",
        offers=[
            of("Reusable cotton surgical drapes and gowns for vet clinics", "vet_surgical_drape"),
            of("Quilted washable cage liners", "washable_pet_pad"),
        ],
        needs=[
            nd("SMS fabric for single-use drapes", "sms_nonwoven"),
            nd("Dense plain-weave cotton, unbleached is fine", "greige_cotton_fabric"),
        ],
        certs=("ISO 9001:2015",),
    ),
    sme(
        62,
        "th",
        "แผ่นรองฉี่ซักได้ ฉี่สบาย",
        AGI,
        DOWN,
        "Nakhon Ratchasima",
        "cheesabai.pad@inbox.example",
        offers=[of("แผ่นรองฉี่สุนัข ซักได้ 300 ครั้ง", "washable_pet_pad")],
        needs=[
            nd("ผ้ากันซึม ทีพียู", "tpu_laminated_fabric"),
            nd("ผ้าขนหนูเก่า ผ้าห่มเก่า ตัดทำชั้นซับ", "used_household_textiles"),
        ],
        bcg=("circular",),
    ),
    sme(
        63,
        "en",
        "Hua Hin Saddlery",
        SPORT,
        DOWN,
        "Prachuap Khiri Khan",
        "tack@huahinsaddlery.example",
        offers=[
            of("Quilted cotton saddle pads, all-purpose and dressage", "saddle_pad"),
            of("Mesh fly sheets for horses", "horse_fly_sheet"),
        ],
        needs=[
            nobody("Sheepskin half pads", "no sheepskin in the set"),
            nd("Quilting done on our own fabric", "quilting_service"),
            nd("Pressed felt 10 mm for pad inserts", "recycled_felt_sheet"),
        ],
    ),
    sme(
        64,
        "th",
        "ร้านชุดควาญช้างลำปาง",
        HEMP,
        DOWN,
        "Lampang",
        "lampang.mahout@inbox.example",
        offers=[of("ชุดควาญช้าง เสื้อกางเกงสีครามเข้ม", "mahout_clothes")],
        needs=[nd("ผ้าม่อฮ่อมสีเข้ม เนื้อหนา ตัดชุดทำงาน", "indigo_dyed_cotton_fabric", "synthetic_indigo_fabric")],
    ),
    sme(
        65,
        "en",
        "Second Nap Blankets",
        CIRC,
        DOWN,
        "Surat Thani",
        "hi@secondnap.example",
        offers=[of("Pet blankets patched from upcycled denim and fleece", "pet_blanket")],
        needs=[
            nd("Polar fleece scraps in any colour, GRS not needed", "fleece_offcuts", waive=("GRS",)),
            nobody("Second-hand denim jeans in bulk", "used denim; the used-clothing seller offers only tees"),
        ],
        bcg=("circular",),
    ),
    sme(
        66,
        "th",
        "ร้านผ้าพันคอน้องหมา ราชบุรี",
        AGC,
        DOWN,
        "Ratchaburi",
        "ratchaburi.bandana@inbox.example",
        offers=[of("ผ้าพันคอหมาแมว ลายสก๊อต ไซส์ S M L", "pet_bandana")],
        needs=[
            nd("ผ้าขะม้าทอมือ ผืนใหญ่", "pakama_cloth"),
            nd("รับสกรีนโลโก้ร้าน ลงบนผ้าที่เราส่งไป", "screen_printing_service"),
        ],
    ),
    sme(
        67,
        "en",
        "Kittybox Online",
        AGC,
        DOWN,
        "Chanthaburi",
        "hello@kittybox.example",
        offers=[of("Own-brand cat beds sold online", "cat_bed")],
        needs=[
            nd("Small-batch sewing, 50 pcs per style?", "sewing_service"),
            nd("Is anyone making cat toys for private label?", "pet_toy_fabric"),
            nd("Hemp fabric, GOTS certified", "hemp_fabric", "hemp_blend_fabric", req=("GOTS",)),
        ],
    ),
    sme(
        68,
        "th",
        "กลุ่มผู้สูงอายุเย็บเบาะแมว บ้านโพนทอง",
        AGI,
        DOWN,
        "Roi Et",
        "phonthong.catbed@inbox.example",
        offers=[of("เบาะแมว ยัดนุ่น หุ้มผ้าขิด", "cat_bed")],
        needs=[
            nd("นุ่นสำหรับยัดเบาะ กระสอบใหญ่", "natural_floss_stuffing"),
            nd("ผ้าขิดหรือผ้าทอมือพื้นบ้าน", "handwoven_cotton_fabric", "natural_dyed_handwoven_cotton"),
        ],
    ),
    sme(
        69,
        "th",
        "ชมรมผู้สูงวัยถักโครเชต์ ลาดกระบัง",
        AGC,
        DOWN,
        "Bangkok",
        "ladkrabang.crochet@inbox.example",
        offers=[of("ผ้าห่มแมวถักโครเชต์ สีพาสเทล", "pet_blanket")],
        needs=[
            nd("ด้ายฝ้ายย้อมสีธรรมชาติ สำหรับถัก", "natural_dyed_cotton_yarn"),
            nobody(
                "ด้ายฝ้ายออร์แกนิก ได้มาตรฐาน GOTS",
                "the organic cotton spinner holds OCS and Organic Thailand, not GOTS",
                "organic_cotton_yarn",
                req=("GOTS",),
            ),
        ],
    ),
    sme(
        70,
        "en",
        "Knotty Dog Toys",
        CIRC,
        DOWN,
        "Kanchanaburi",
        "play@knottydog.example",
        offers=[of("Rope tug toys from recycled cotton", "pet_rope_toy")],
        needs=[
            nd("Chunky yarn spun from reclaimed cotton, any colour", "recycled_cotton_yarn"),
            nd("Braided cotton rope 10-20 mm", "cotton_rope"),
        ],
        bcg=("circular",),
    ),
    # ---------------------------------------------------------------- downstream: shops, clinics, shelters, camps
    sme(
        71,
        "th",
        "ร้านเพ็ทช็อปจตุจักร โครงการ 13",
        AGC,
        DOWN,
        "Bangkok",
        "jatujak.petshop@inbox.example",
        offers=[],
        needs=[
            nd("ที่นอนสุนัข ราคาส่ง", "pet_bed", "dog_bed"),
            nd("ปลอกคอพร้อมสายจูง เป็นเซ็ต", "pet_collar_leash"),
            nd("เสื้อกันฝนสุนัข", "dog_raincoat"),
        ],
    ),
    sme(
        72,
        "en",
        "Nimman Pet Supply",
        AGC,
        DOWN,
        "Chiang Mai",
        "shop@nimmanpet.example",
        offers=[],
        needs=[
            nd("Cat houses in natural materials", "cat_house"),
            nd("Small-breed dog clothing", "dog_clothes"),
        ],
    ),
    sme(
        73,
        "th",
        "ร้านอาบน้ำตัดขนหมา ปุยฝ้าย",
        AGC,
        DOWN,
        "Nonthaburi",
        "puifai.grooming@inbox.example",
        offers=[of("รับอาบน้ำ ตัดขน สุนัขและแมว", "grooming_service")],
        needs=[
            nd(
                "ผ้าซับน้ำแห้งไว ไว้เช็ดหมาหลังอาบ",
                "microfiber_towel",
                "pet_grooming_towel",
                "plain_towel",
            ),
            nd("ชุดคลุมหลังอาบน้ำสำหรับหมา", "pet_drying_robe"),
        ],
    ),
    sme(
        74,
        "en",
        "Paws Spa Phuket",
        SPORT,
        DOWN,
        "Phuket",
        "book@pawsspa.example",
        offers=[of("Dog grooming and spa, walk-in", "grooming_service")],
        needs=[
            nd("Quick-dry towels for dogs x 200", "microfiber_towel", "pet_grooming_towel"),
            nobody("Waterproof grooming aprons for staff", "no one in the set makes aprons"),
        ],
    ),
    sme(
        75,
        "th",
        "โรงพยาบาลสัตว์ขอนแก่นเพ็ทแคร์",
        AGI,
        DOWN,
        "Khon Kaen",
        "kk.petcare@inbox.example",
        offers=[],
        needs=[
            nd("ผ้าคลุมผ่าตัดแบบซักได้", "vet_surgical_drape"),
            nd("ผ้ารองพื้นกรงสัตว์ป่วย ใช้ซ้ำได้", "washable_pet_pad"),
            nd("จ้างซักผ้าห้องผ่าตัด", "laundry_service"),
        ],
    ),
    sme(
        76,
        "en",
        "PetWell Animal Hospital",
        AGC,
        DOWN,
        "Bangkok",
        "admin@petwellhospital.example",
        offers=[],
        needs=[
            nobody(
                "Sterile surgical drapes from an ISO 13485 manufacturer",
                "the only drape maker holds ISO 9001, not ISO 13485",
                "vet_surgical_drape",
                req=("ISO 13485",),
            ),
            nd("Someone to wash and return our theatre gowns and drapes weekly", "laundry_service"),
            nobody("Disposable puppy pads, 60 x 90 cm", "disposable pads; the set has washable ones only"),
        ],
    ),
    sme(
        77,
        "th",
        "มูลนิธิบ้านหมาจรลำพูน",
        CIRC,
        DOWN,
        "Lamphun",
        "lamphun.straydogs@inbox.example",
        offers=[],
        needs=[
            nd("ผ้าห่มเก่า ผ้าขนหนูเก่า รับบริจาค", "used_household_textiles"),
            nd("ผ้าใบกันฝนคลุมกรง ต้องมี มอก.", "waterproof_coated_fabric", req=("Thai Industrial Standard",)),
        ],
        bcg=("circular",),
    ),
    sme(
        78,
        "en",
        "Island Dog Rescue Phuket",
        CIRC,
        DOWN,
        "Phuket",
        "help@islanddogrescue.example",
        offers=[],
        needs=[
            nd("Worn-out bath linen and throws for kennels, donations welcome", "used_household_textiles"),
            nd("Washable kennel pads", "washable_pet_pad"),
        ],
        bcg=("circular",),
    ),
    sme(
        79,
        "th",
        "ปางช้างบ้านห้วยผึ้ง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "huaypueng.elephant@inbox.example",
        offers=[],
        needs=[
            nd("เครื่องแบบควาญ สีน้ำเงินพื้นเมือง 60 ชุด", "mahout_clothes", "mohom_shirt"),
            nobody("ผ้าห่มช้าง ขนาดใหญ่พิเศษ", "elephant blankets; no one in the set makes them"),
        ],
    ),
    sme(
        80,
        "en",
        "Surin Elephant Homestay Project",
        AGI,
        DOWN,
        "Surin",
        "stay@surinelephant.example",
        offers=[],
        needs=[
            nobody(
                "Indigo mahout uniforms, Fairtrade certified",
                "no maker of mahout clothes holds Fairtrade",
                "mahout_clothes",
                "mohom_shirt",
                req=("Fairtrade",),
            ),
            nd(
                "Handwoven cotton for the gift shop, OTOP preferred but not required",
                "handwoven_cotton_fabric",
                "natural_dyed_handwoven_cotton",
                waive=("OTOP",),
            ),
        ],
    ),
    sme(
        81,
        "en",
        "Pattaya Equestrian Club",
        SPORT,
        DOWN,
        "Chonburi",
        "office@pattayaequestrian.example",
        offers=[],
        needs=[
            nd("Saddle cloths in navy with club logo", "saddle_pad"),
            nd("Summer fly rugs", "horse_fly_sheet"),
            nobody("Winter turnout rugs, 200 g fill", "heavy turnout rugs; the saddlery makes only fly sheets"),
        ],
    ),
    sme(
        82,
        "th",
        "ฟาร์มม้าเขาใหญ่",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "khaoyai.horsefarm@inbox.example",
        offers=[],
        needs=[
            nd("วัสดุปูคอกม้า จากธรรมชาติ ไม่มีฝุ่น", "hemp_hurd_bedding"),
            nd("ผ้ารองอาน ไม่ต้องมี มอก.", "saddle_pad", waive=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        83,
        "en",
        "Hoppy Corner Small Pets",
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "hop@hoppycorner.example",
        offers=[],
        needs=[
            nd("Dust-free natural litter for rabbits and guinea pigs", "hemp_hurd_bedding"),
            nobody("Small pet hammocks, wholesale", "no one in the set makes pet hammocks"),
        ],
    ),
    sme(
        84,
        "en",
        "Baan Talay Pet-Friendly Resort",
        AGC,
        DOWN,
        "Prachuap Khiri Khan",
        "gm@baantalay.example",
        offers=[of("Retired bath towels and blankets, about 300 kg a quarter", "used_household_textiles")],
        needs=[nd("Sleeping mats for dogs in 20 pet-friendly rooms", "pet_bed", "dog_bed")],
        bcg=("circular",),
    ),
    sme(
        85,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ เพชรบุรี",
        AGC,
        DOWN,
        "Phetchaburi",
        "sukjai.eldercare@inbox.example",
        offers=[of("ผ้าปูเตียง ผ้าห่มใช้แล้ว ซักสะอาด บริจาคได้", "used_household_textiles")],
        needs=[nd("ที่นอนสำหรับสุนัขบำบัด 2 ตัว", "pet_bed", "dog_bed")],
    ),
    sme(
        86,
        "en",
        "CleanCare Linen Services",
        AGC,
        DOWN,
        "Pathum Thani",
        "service@cleancare.example",
        offers=[of("Hygienic laundry for clinic and care-home linen, pickup around Bangkok", "laundry_service")],
        needs=[],
        certs=("ISO 9001",),
    ),
    sme(
        87,
        "th",
        "แคทคาเฟ่เหมียวเหมียว นิมมาน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "meowmeow.cafe@inbox.example",
        offers=[],
        needs=[
            nd("ที่นอนแมวทรงโดนัท", "pet_bed", "cat_bed"),
            nd("บ้านให้แมวนอน", "cat_house"),
        ],
    ),
    sme(
        88,
        "en",
        "LoopFibre Recycling",
        CIRC,
        UP,
        "Chachoengsao",
        "buy@loopfibre.example",
        offers=[of("Mechanically recycled cotton fibre for open-end spinning", "recycled_cotton_fibre")],
        needs=[nd("Post-consumer cotton clothing, minimum 1 tonne", "used_cotton_garments")],
        certs=("RCS",),
        bcg=("circular",),
    ),
    sme(
        89,
        "en",
        "Bark & Bloom",
        SPORT,
        DOWN,
        "Bangkok",
        "studio@barkbloom.example",
        offers=[of("Dog harnesses and bandanas, own designs, sold online", "pet_harness")],
        needs=[
            nd("Anyone sewing small batches of cat harnesses?", "sewing_service"),
            nd("Ready-made neckerchiefs for dogs, for resale", "pet_bandana"),
        ],
    ),
    sme(
        90,
        "th",
        "โรงเรียนฝึกสุนัขเคไนน์ปทุม",
        SPORT,
        DOWN,
        "Pathum Thani",
        "k9.pathum@inbox.example",
        offers=[of("รับฝึกสุนัข คอร์สพื้นฐาน", "dog_training_service")],
        needs=[
            nd("สายจูงยาว 10 เมตร สำหรับฝึก", "pet_collar_leash"),
            nd("สายรัดอกกันดึง", "pet_harness"),
        ],
    ),
    sme(
        91,
        "en",
        "Siam Silk Collar Co.",
        HEMP,
        DOWN,
        "Nakhon Ratchasima",
        "hello@siamsilkcollar.example",
        offers=[of("Silk-covered dog collars, gift boxed", "pet_collar")],
        needs=[
            nd(
                "Hand-reeled Thai silk yarn, Peacock Emblem not required",
                "thai_silk_yarn",
                waive=("Thai Silk Peacock Emblem",),
            ),
            nd("Cotton tape 20 mm as collar core", "cotton_webbing", "natural_dyed_cotton_webbing"),
        ],
    ),
    sme(
        92,
        "th",
        "ชมรมช่วยเหลือแมวจรคลองเตย",
        CIRC,
        DOWN,
        "Bangkok",
        "klongtoey.cats@inbox.example",
        offers=[],
        needs=[
            nd("อยากได้ผ้าเก่ามาปูกรงแมว", "used_household_textiles"),
            nd("กระเป๋าใส่แมวไปหาหมอ", "pet_carrier_sling"),
        ],
    ),
    sme(
        93,
        "th",
        "ร้านสัตว์เลี้ยงอุดร เพ็ทมาร์ท",
        AGI,
        DOWN,
        "Udon Thani",
        "udon.petmart@inbox.example",
        offers=[],
        needs=[
            nd("ชุดสุนัขแฟชั่น รับไปขายต่อ", "dog_clothes"),
            nd("ของเล่นแมวผ้า ทำมือ", "pet_toy_fabric"),
            nd("ปลอกคอหมา ทำจากผ้าธรรมชาติ", "pet_collar"),
        ],
    ),
    sme(
        94,
        "th",
        "โรงแรมสัตว์เลี้ยงพุทธมณฑล",
        AGC,
        DOWN,
        "Nakhon Pathom",
        "buddhamonthon.pethotel@inbox.example",
        offers=[of("รับฝากเลี้ยงสุนัขและแมว รายวัน", "pet_boarding_service")],
        needs=[
            nd("ผ้ารองซับฉี่แบบใช้ซ้ำ สำหรับห้องพักสัตว์", "washable_pet_pad"),
            nd("ผ้าห่มสัตว์เลี้ยง", "pet_blanket"),
        ],
    ),
    sme(
        95,
        "th",
        "ร้านเพ็ทช็อปหาดใหญ่",
        AGC,
        DOWN,
        "Songkhla",
        "hatyai.petshop@inbox.example",
        offers=[],
        needs=[nd("สายรัดอกสุนัข ไซส์เล็ก", "pet_harness")],
    ),
]

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bzp-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e3a\u0e40-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")
EXPECTED_COUNT = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)


def _fold(text: str) -> str:
    return re.sub(r"[\s\-.]+", "", unicodedata.normalize("NFKC", text).casefold())


_CERT_SPELLINGS = {
    c.name: {_fold(s) for s in (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)}
    for c in CERTIFICATIONS
}


def names_certification(text: str, cert: str) -> bool:
    folded = _fold(text)
    return any(spelling and spelling in folded for spelling in _CERT_SPELLINGS[cert])


def qualified_suppliers(need: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    out = []
    for s in smes:
        if s.id == buyer.id:
            continue
        if not any(o.label in need.labels for o in s.offers):
            continue
        held = canonical_certifications(s.certifications)
        if all(c in held for c in need.requires):
            out.append(s.id)
    return out


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = set()
    for b in smes:
        for n in b.needs:
            for s in qualified_suppliers(n, b, smes):
                pairs.add((s, b.id))
    return sorted(pairs)


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"bzp-{i:03d}" for i in range(1, len(smes) + 1)]:
        problems.append("ids are not bzp-001 ... in order")
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if len(smes) != EXPECTED_COUNT:
        problems.append(f"{len(smes)} profiles, expected {EXPECTED_COUNT}")
    names = Counter(s.name for s in smes)
    problems += [f"duplicate name {n!r}" for n, k in names.items() if k > 1]
    emails = Counter(s.email for s in smes)
    problems += [f"duplicate email {e!r}" for e, k in emails.items() if k > 1]
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for o in s.offers:
            offered_by.setdefault(o.label, set()).add(s.id)
    all_offer_texts = {_fold(o.text) for s in smes for o in s.offers}
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            problems.append(f"{where}: language {s.language!r}")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            problems.append(f"{where}: sub_cluster or stage not a taxonomy value")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certifications:
            if resolve_certification(c) is None:
                problems.append(f"{where}: certification {c!r} does not resolve")
        for t in s.bcg:
            if t not in {b.value for b in BcgTag}:
                problems.append(f"{where}: bcg tag {t!r}")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated bcg tag")
        if not EMAIL_RE.match(s.email):
            problems.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            problems.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [s.name, *(o.text for o in s.offers), *(n.text for n in s.needs)]
        for p in phrases:
            if p != p.strip() or "  " in p or not p:
                problems.append(f"{where}: stray spaces in {p!r}")
            if s.language == "th" and thai_share(p) < 0.5:
                problems.append(f"{where}: Thai phrase mostly not Thai: {p!r}")
            if s.language == "en" and THAI_CHAR.search(p):
                problems.append(f"{where}: English phrase with Thai letters: {p!r}")
        for o in s.offers:
            if not re.fullmatch(r"[a-z0-9_]+", o.label):
                problems.append(f"{where}: bad label {o.label!r}")
        for n in s.needs:
            tag = f"{where} need {n.text!r}"
            if _fold(n.text) in all_offer_texts:
                problems.append(f"{tag}: worded exactly like an offer")
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{tag}: label {label!r} offered by no one else")
            for c in (*n.requires, *n.waives):
                if c not in _CERT_SPELLINGS:
                    problems.append(f"{tag}: {c!r} is not a canonical certification name")
                elif not names_certification(n.text, c):
                    problems.append(f"{tag}: {c!r} not named in the text")
            if set(n.requires) & set(n.waives):
                problems.append(f"{tag}: a certification both required and waived")
            unlabelled = find_certifications(n.text) - set(n.requires) - set(n.waives)
            if unlabelled:
                problems.append(f"{tag}: names {sorted(unlabelled)} but neither requires nor waives them")
            found = qualified_suppliers(n, s, smes)
            if n.nobody and found:
                problems.append(f"{tag}: marked as met by no one, but {found} qualify")
            if not n.nobody and not n.labels:
                problems.append(f"{tag}: no labels and no note")
            if not n.nobody and not found:
                problems.append(f"{tag}: no qualified supplier")
    # size targets
    if smes:
        share = sum(s.language == "th" for s in smes) / len(smes)
        if not THAI_SHARE_RANGE[0] <= share <= THAI_SHARE_RANGE[1]:
            problems.append(f"Thai share {share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        problems.append(f"{len(links)} true links, target {LINK_RANGE}")
    unmet = sum(1 for s in smes for n in s.needs if n.nobody)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} needs met by no one, target {UNMET_RANGE}")
    lang = {s.id: s.language for s in smes}
    if links:
        cross = sum(lang[a] != lang[b] for a, b in links) / len(links)
        if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
            problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    met_counts = [len(qualified_suppliers(n, s, smes)) for s in smes for n in s.needs if not n.nobody]
    if met_counts and sum(1 <= k <= 3 for k in met_counts) / len(met_counts) < 0.75:
        problems.append("fewer than 75 % of met needs are met by 1-3 suppliers")
    return problems


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        row["certifications"] = list(s.certifications)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.language
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["supplier_id", "buyer_id"])
    w.writerows(links)
    return buf.getvalue()


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    lang = {s.id: s.language for s in smes}
    sub = {s.id: s.sub_cluster for s in smes}
    rows.append(("profiles", str(len(smes))))
    th = sum(s.language == "th" for s in smes)
    rows.append(("Thai / English profiles", f"{th} / {len(smes) - th}"))
    for sc in SubCluster:
        rows.append((f"sub-cluster `{sc.value}`", str(sum(s.sub_cluster is sc for s in smes))))
    for st in Stage:
        rows.append((f"stage `{st.value}`", str(sum(s.stage is st for s in smes))))
    regions = Counter(resolve_province(s.province).region for s in smes)  # type: ignore[union-attr]
    for region in sorted(regions, key=lambda r: (-regions[r], r.value)):
        rows.append((f"region `{region.value}`", str(regions[region])))
    rows.append(("distinct provinces", str(len({resolve_province(s.province) for s in smes}))))
    offers = [o for s in smes for o in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({o.label for o in offers}))))
    needs = [(s, n) for s in smes for n in s.needs]
    unmet = sum(1 for _, n in needs if n.nobody)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(lang[a] == "th" and lang[b] == "en" for a, b in links)
    en_th = sum(lang[a] == "en" and lang[b] == "th" for a, b in links)
    cross = th_en + en_th
    share = f"{100 * cross / len(links):.1f} %" if links else "-"
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({share})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(sub[a] != sub[b] for a, b in links))))
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_pets/`: pets and animals, plain registry entries

A hand-labelled test set for supplier-buyer matching. 95 SME profiles of the Health and Wellness
Economy textile cluster, themed on pets and animals: pet beds and cushions, cat houses and scratcher
covers, dog clothes and raincoats, collars, leashes and harnesses, carriers and slings, grooming towels
and drying robes, pet-safe natural dyes and stuffing (kapok, bombax floss, recycled fibre), veterinary
textiles (surgical drapes, cage liners, washable pads), shelters and rescue groups that take donated
blankets and old towels, horse and elephant camp textiles (saddle pads, fly sheets, mahout clothes), pet
shops, groomers and online pet brands with their sewing workshops; plus the ordinary upstream and
midstream suppliers of the cluster (hemp, cotton, yarn, cloth, dyeing, sewing, waste).

## What it checks

Whether the matcher finds the true supplier-buyer pairs from short registry phrases it has never seen:
one phrase per offer or need, about 55 % of the profiles in Thai and the rest in English, the same
goods written in many ways (northern, Isan and southern names, trade words, brand names,
abbreviations, quantities, prices, sizes and places), needs rarely worded like the offers that meet
them and about half of the true links across languages. Hard but fair cases are built in: a service
versus the goods it works on (dyeing the customer's cloth versus dyed cloth, sewing for others versus
finished garments), the customer's own goods sent for work, used and waste goods versus new ones, raw
versus processed (fibre, yarn, cloth, product), finished goods described by their material, colour or
technique, needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic dye"),
needs that require a named certification, needs that name one only to waive it, and about 20 needs
that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `shared/contracts/CONTRACTS.md` (profile format and
links CSV), `shared/taxonomy.py` with its data files, and the ruff settings of `pyproject.toml`;
not the matcher, its glossary, its tests, the other evaluation sets or the project's data. All names,
companies and e-mail addresses (on the reserved `.example` domain) are invented.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A certification a need names only to waive it
is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field (sub-cluster, stage and BCG values from
`shared.taxonomy`, provinces through `resolve_province`, certifications through
`resolve_certification`), that every label a need lists is offered by someone other than the buyer,
that every met need has a qualified supplier and every unmet one has none, that a required or waived
certification is named in the need's text, that Thai phrases are mostly Thai letters and English ones
carry no Thai, and the size targets. It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_pets/write.py

## Files

- `write.py`: all data, labels, checks and the writer.
- `profiles.jsonl`: the 95 profiles in the cluster-profile format, JSONL version 1 (ids `bzp-001` to
  `bzp-095`), no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by the script.

## Counts

"""


def main() -> int:
    links = true_links(SMES)
    problems = check(SMES, links)
    rows = counts(SMES, links)
    table = counts_table(rows)
    if problems:
        for p in problems:
            print("CHECK:", p, file=sys.stderr)
        print(table)
        print(f"{len(problems)} problem(s); nothing written.", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    outputs = {
        "profiles.jsonl": profiles,
        "links.csv": links_csv(links),
        "README.md": README + table,
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
