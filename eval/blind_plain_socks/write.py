"""Write the hand-labelled evaluation set `eval/blind_plain_socks/`.

Theme: socks and hosiery, plus the ordinary upstream and midstream suppliers of the cluster.
All data lives in this file; the labels (what each offer is, which offers meet each need) never
leave it. Run from the repository root:

    .venv/bin/python eval/blind_plain_socks/write.py

The script checks the data first and writes nothing when a check fails.
"""

from __future__ import annotations

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
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGEC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGEI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

ID_PREFIX = "bhs-"
N_PROFILES = 95


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, labels: str = "", requires: str = "", waives: str = "", unmet: str = "") -> Need:
    """A need; `labels` are the offer labels that meet it, space separated; certifications `|` separated."""
    return Need(
        text=text,
        labels=tuple(labels.split()),
        requires=tuple(c for c in requires.split("|") if c),
        waives=tuple(c for c in waives.split("|") if c),
        unmet=unmet,
    )


SMES: list[Sme] = []


def sme(
    number: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    handle: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: list[str] | None = None,
    bcg: list[str] | None = None,
) -> None:
    email = handle if "@" in handle else f"contact@{handle}.co.th"
    SMES.append(
        Sme(
            id=f"{ID_PREFIX}{number:03d}",
            language=language,
            name=name,
            sub_cluster=sub_cluster,
            stage=stage,
            province=province,
            email=email,
            offers=tuple(offers),
            needs=tuple(needs),
            certifications=tuple(certs or ()),
            bcg=tuple(bcg or ()),
        )
    )


# ---------------------------------------------------------------- part 1: fibre, yarn, waste, first services

sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านรวมไทย",
    HEMP,
    UP,
    "Tak",
    "ruamthaihemp",
    [("เปลือกกัญชงลอกมือ ตากแดด มัดละ 5 กิโล", "raw_hemp_bast"), ("ด้ายกัญชงเข็นมือ เส้นใหญ่ ไม่ฟอก", "handspun_hemp_yarn")],
    [need("เครื่องขูดเปลือกกัญชง มือสองก็ได้", unmet="no one sells hemp decorticating machines")],
    ["OTOP"],
    ["bio"],
)
sme(
    2,
    "en",
    "Lanna Hemp Fibre Works",
    HEMP,
    UP,
    "Chiang Mai",
    "lannahemp",
    [
        ("Degummed hemp staple, cut 38 mm, 50 kg bales", "hemp_staple_fibre"),
        ("Hemp/cotton 55/45 ring-spun yarn Ne 20/1", "hemp_cotton_blend_yarn"),
    ],
    [need("Hand-stripped hemp bark, sun-dried, any grade", "raw_hemp_bast")],
    [],
    ["bio", "green"],
)
sme(
    3,
    "th",
    "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์ด่านซ้าย",
    HEMP,
    UP,
    "Loei",
    "dansaiorganic",
    [
        ("ปุยฝ้ายหีบเมล็ดออกแล้ว ได้มาตรฐานเกษตรอินทรีย์", "organic_cotton_lint"),
        ("ฝ้ายดอกทั้งเมล็ด พันธุ์ตุ่ย ขายเป็นกระสอบ", "seed_cotton"),
    ],
    [],
    ["Organic Thailand"],
    ["bio"],
)
sme(
    4,
    "th",
    "กลุ่มฝ้ายเข็นมือบ้านนาพึง",
    HEMP,
    UP,
    "Loei",
    "napueng.cotton@gmail.com",
    [
        ("ฝ้ายเข็นมือ สีขาวตุ่น ขายเป็นใจ", "handspun_cotton_yarn"),
        ("ด้ายฝ้ายย้อมครามกับเปลือกไม้ ไม่ใช้สีเคมี", "natural_dyed_cotton_yarn"),
    ],
    [need("ฝ้ายดอกยังไม่อีด เอามาอีดเอง", "seed_cotton")],
    ["OTOP"],
    ["bio"],
)
sme(
    5,
    "en",
    "Siam Sock Yarn Spinning Co., Ltd.",
    SPORT,
    UP,
    "Samut Prakan",
    "siamsockyarn",
    [
        ("Combed cotton yarn Ne 30/1 and 40/1, 1.89 kg cones", "combed_cotton_yarn"),
        ("Open-end recycled cotton yarn Ne 16/1", "recycled_cotton_yarn"),
    ],
    [
        need("Raw cotton lint, 1-1/8 inch staple, full truckloads", "cotton_lint organic_cotton_lint"),
        need("Shredded cotton fibre made from garment waste", "recycled_cotton_fibre"),
    ],
    ["ISO 9001", "GRS"],
    ["circular"],
)
sme(
    6,
    "th",
    "ร้านรับซื้อเศษผ้ามหาชัย",
    CIRC,
    UP,
    "Samut Sakhon",
    "mahachai.scrap@gmail.com",
    [
        ("เศษผ้ายืดคอตตอน 100% คัดสีแล้ว ขายเป็นตัน", "cotton_textile_waste"),
        ("เศษด้ายถุงเท้า หัวตัดปลายตัด กระสอบละ 20 โล", "sock_knitting_waste"),
    ],
    [need("ถุงเท้าตกเกรด คู่ไม่เท่า รับซื้อทุกสี", "second_grade_socks")],
    [],
    ["circular"],
)
sme(
    7,
    "en",
    "ReFibre Thailand",
    CIRC,
    UP,
    "Pathum Thani",
    "refibre",
    [("GRS recycled cotton fibre, shredded from cutting-room offcuts", "recycled_cotton_fibre")],
    [
        need("Post-industrial cotton scraps, white and pastel", "cotton_textile_waste"),
        need("Toe trimmings and fluff from sock knitting floors", "sock_knitting_waste"),
    ],
    ["GRS"],
    ["circular"],
)
sme(
    8,
    "th",
    "บริษัท ขวดเป็นด้าย จำกัด",
    CIRC,
    UP,
    "Chonburi",
    "khuadpendai",
    [("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET 150D/48F มี GRS", "recycled_polyester_yarn")],
    [need("ขวดน้ำดื่มใส อัดก้อน", "pet_bottle_bales"), need("เกล็ดขวดบด ล้างร้อนแล้ว", "pet_flakes")],
    ["GRS", "ISO 14001"],
    ["circular", "green"],
)
sme(
    9,
    "en",
    "Eastern Bottle Collectors",
    CIRC,
    UP,
    "Rayong",
    "easternbottle",
    [("Baled clear PET bottles, labels on", "pet_bottle_bales"), ("Hot-washed clear PET flakes", "pet_flakes")],
    [],
    [],
    ["circular"],
)
sme(
    10,
    "th",
    "หจก. พระประแดงยางหุ้ม",
    SPORT,
    UP,
    "Samut Prakan",
    "phrapradaeng.covering",
    [
        ("ยางหุ้มไนลอน 20/70 สำหรับขอบถุงเท้า", "covered_spandex_yarn"),
        ("ด้ายไนลอน 70D/2 เท็กซ์เจอร์ ย้อมสีตามสั่ง", "nylon_textured_yarn"),
    ],
    [need("สแปนเด็กซ์เปลือย 20D ยี่ห้อไลครา หรือเทียบเท่า", "bare_spandex_yarn")],
    ["ISO 9001", "Oeko-Tex 100"],
    [],
)
sme(
    11,
    "en",
    "Krungthep Fibre Trading",
    SPORT,
    UP,
    "Bangkok",
    "ktfibre",
    [
        ("Bare spandex 20D and 40D, Lycra and generic", "bare_spandex_yarn"),
        ("Coolmax polyester filament 100D", "wicking_polyester_yarn"),
        ("Bamboo viscose yarn Ne 32/1, raw white", "bamboo_viscose_yarn"),
    ],
    [],
    ["OEKO-TEX Standard 100"],
    [],
)
sme(
    12,
    "en",
    "Merino Lane Yarns",
    SPORT,
    UP,
    "Bangkok",
    "merinolane",
    [("Superwash merino/nylon 80/20 sock yarn, 2/48 Nm", "merino_wool_yarn")],
    [need("Short-run sock knitting, we supply the merino", "sock_knitting_service")],
    [],
    [],
)
sme(
    13,
    "th",
    "กลุ่มย้อมครามบ้านพันนา",
    HEMP,
    MID,
    "Sakon Nakhon",
    "phanna.indigo",
    [("เนื้อครามหมักเอง ถังละ 5 กก.", "indigo_dye_paste"), ("รับย้อมครามเส้นฝ้ายและผืนผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service")],
    [need("ฝ้ายเข็นมือ ยังไม่ย้อม", "handspun_cotton_yarn")],
    ["OTOP"],
    ["bio", "green"],
)
sme(
    14,
    "en",
    "Indigo Isan Studio",
    HEMP,
    MID,
    "Udon Thani",
    "indigoisan",
    [
        ("Indigo-dyed handwoven cotton, 90 cm, by the metre", "indigo_dyed_cotton_fabric"),
        ("Tote bags in handwoven indigo cotton", "cotton_tote_bag"),
    ],
    [
        need("Natural indigo paste, no synthetic indigo", "indigo_dye_paste"),
        need("Undyed handspun cotton for our looms", "handspun_cotton_yarn"),
    ],
    [],
    ["bio"],
)
sme(
    15,
    "th",
    "ห้องย้อมสีธรรมชาติดอยสะเก็ด",
    HEMP,
    MID,
    "Chiang Mai",
    "doisaket.dye",
    [
        ("รับย้อมสีธรรมชาติ เส้นด้ายของลูกค้า ขั้นต่ำ 2 กก.", "natural_yarn_dyeing_service"),
        ("ถุงเท้าฝ้ายย้อมครั่ง ทำมือ", "natural_dyed_socks"),
    ],
    [
        need(
            "ครั่งดิบ เปลือกประดู่ แก่นขนุน",
            unmet="no one offers lac, padauk bark or jackfruit heartwood; indigo paste is another dye",
        )
    ],
    [],
    ["bio", "green"],
)
sme(
    16,
    "en",
    "Second Loop Textile Sorting",
    CIRC,
    UP,
    "Bangkok",
    "secondloop",
    [
        ("Sorted second-hand clothing, cream grade", "used_clothing"),
        ("Cotton rags from worn-out garments", "post_consumer_cotton_rags"),
    ],
    [
        need("Old school uniforms, any condition", "used_school_uniforms"),
        need("Worn socks from store take-back bins", "used_socks"),
        need("Retired hotel sheets and towels", "used_hotel_linen"),
    ],
    [],
    ["circular"],
)
sme(
    17,
    "th",
    "โรงถักถุงเท้าบางพลี",
    SPORT,
    MID,
    "Samut Prakan",
    "bangphlisocks",
    [
        ("รับถักถุงเท้า ลูกค้าส่งด้ายมาเอง ขั้นต่ำ 300 โหล", "sock_knitting_service"),
        ("ถุงเท้าข้อสั้น ผ้าฝ้าย ขายส่งเป็นโหล", "cotton_socks"),
        ("ถุงเท้าดิบ ยังไม่ย้อม ขายเป็นกิโล", "greige_socks"),
    ],
    [
        need("ด้ายคอมบ์ 30/1 ขาว", "combed_cotton_yarn"),
        need("ยางหุ้มสำหรับถักขอบ", "covered_spandex_yarn"),
        need("ช่างซ่อมเครื่อง Lonati มาที่โรงงาน", "sock_machine_repair_service"),
    ],
    [],
    [],
)
sme(
    18,
    "en",
    "Nakhon Pathom Hosiery Co., Ltd.",
    SPORT,
    MID,
    "Nakhon Pathom",
    "nphosiery",
    [
        ("OEM cushioned running socks, Coolmax blend", "running_socks"),
        ("Knee-high football socks in club colours", "football_socks"),
    ],
    [
        need("Textured nylon 70/24, dope-dyed black", "nylon_textured_yarn"),
        need("Moisture-wicking polyester filament", "wicking_polyester_yarn"),
        need("Toe closing subcontractor, 20,000 pairs a week", "toe_linking_service"),
    ],
    ["ISO 9001", "OEKO-TEX Standard 100"],
    [],
)
sme(
    19,
    "th",
    "ร้านเย็บหัวถุงเท้าป้าแดง",
    SPORT,
    MID,
    "Samut Prakan",
    "padaeng.linking@gmail.com",
    [("รับเย็บปิดหัวถุงเท้า เครื่องลิงค์กิ้ง คู่ละ 50 สตางค์", "toe_linking_service")],
    [need("ด้ายเย็บโพลี หลอดใหญ่ ขาว ดำ", "sewing_thread")],
    [],
    [],
)
sme(
    20,
    "en",
    "PressRight Sock Boarding",
    SPORT,
    MID,
    "Bangkok",
    "pressright",
    [
        ("Sock boarding and steam setting of customer socks", "sock_boarding_service"),
        ("Pairing, tagging and polybag packing for sock brands", "sock_packing_service"),
    ],
    [
        need("Aluminium sock forms, sizes S to XL", "sock_boarding_forms"),
        need("Printed header cards with hook hole", "sock_header_cards"),
    ],
    [],
    [],
)
sme(
    21,
    "th",
    "หจก. ไทยอิตาลีเครื่องถัก",
    SPORT,
    MID,
    "Bangkok",
    "thaiitaly.knit",
    [
        ("เครื่องถักถุงเท้า Lonati มือสอง ปรับสภาพแล้ว", "used_sock_knitting_machine"),
        ("ซ่อมเครื่องถักถุงเท้า นอกสถานที่", "sock_machine_repair_service"),
        ("แบบรีดถุงเท้าอลูมิเนียม ทุกไซซ์", "sock_boarding_forms"),
    ],
    [need("เข็มถักและซิงเกอร์ อะไหล่แท้", unmet="no one sells knitting needles or sinkers")],
    [],
    [],
)
sme(
    22,
    "en",
    "Eastern Dye House Co., Ltd.",
    SPORT,
    MID,
    "Chonburi",
    "easterndye",
    [
        ("Package yarn dyeing on commission, reactive, 50 kg lots", "yarn_dyeing_service"),
        ("Garment dyeing of customers' greige socks", "sock_dyeing_service"),
    ],
    [need("Glauber's salt and soda ash by the tonne", unmet="no dye-house chemicals in the set")],
    ["ISO 14001", "bluesign"],
    ["green"],
)
sme(
    23,
    "th",
    "ร้านสกรีนกันลื่นมหาชัย",
    SPORT,
    MID,
    "Samut Sakhon",
    "grip.mahachai@gmail.com",
    [("รับพิมพ์ซิลิโคนกันลื่นใต้ถุงเท้าของลูกค้า", "nonslip_grip_printing_service")],
    [need("ซิลิโคนเหลวสำหรับสกรีนผ้า", unmet="no one sells printing silicone")],
    [],
    [],
)
sme(
    24,
    "en",
    "SilverGuard Textile Finishing",
    AGEC,
    MID,
    "Nonthaburi",
    "silverguard",
    [("Silver-ion antibacterial finish on customer socks and linen", "antibacterial_finishing_service")],
    [],
    ["OEKO-TEX Standard 100"],
    [],
)
sme(
    25,
    "th",
    "กลุ่มแม่บ้านตัดเย็บบ้านทุ่ม",
    AGEI,
    MID,
    "Khon Kaen",
    "bantum.sewing@gmail.com",
    [
        ("รับจ้างเย็บ ผ้าของลูกค้า ชุดผู้ป่วย ผ้ากันเปื้อน", "sewing_service"),
        ("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "cotton_tote_bag"),
        ("เศษผ้าฝ้ายจากการตัดเย็บ", "cotton_textile_waste"),
    ],
    [need("ผ้าฝ้ายทอมือเป็นพับ", "handwoven_cotton_fabric indigo_dyed_cotton_fabric")],
    ["OTOP"],
    [],
)

# ---------------------------------------------------------------- part 2: sock makers, first buyers

sme(
    26,
    "th",
    "บริษัท สบายเท้า จำกัด",
    AGEC,
    DOWN,
    "Bangkok",
    "sabaitao",
    [("ถุงเท้ากันลื่น ปุ่มยางใต้ฝ่าเท้า สำหรับผู้สูงอายุ", "non_slip_socks"), ("ถุงเท้าเบาหวาน ขอบไม่รัด ไร้ตะเข็บ", "diabetic_socks")],
    [
        need("หาโรงถักรับจ้าง เราหาด้ายใยไผ่เอง", "sock_knitting_service"),
        need("ด้ายใยไผ่ 32/1", "bamboo_viscose_yarn"),
        need("สกรีนกันลื่น งานจ้าง", "nonslip_grip_printing_service"),
    ],
    [],
    [],
)
sme(
    27,
    "en",
    "Happy Days Senior Living",
    AGEC,
    DOWN,
    "Nonthaburi",
    "happydays",
    [],
    [
        need("Non-skid socks for residents, M-L, 200 pairs a month", "non_slip_socks"),
        need("Loose-top socks for residents with diabetes", "diabetic_socks"),
        need("Adult diapers", unmet="incontinence products are not in the set"),
    ],
    [],
    [],
)
sme(
    28,
    "en",
    "Chao Phraya Riverside Hospital",
    AGEC,
    DOWN,
    "Bangkok",
    "cprhospital",
    [],
    [
        need("Class 2 compression stockings from an ISO 13485 maker", "compression_stockings", requires="ISO 13485"),
        need("Patient grip socks, single use is fine", "non_slip_socks"),
        need("Reusable patient gowns", unmet="only a sewing service is offered, no finished gowns"),
    ],
    [],
    [],
)
sme(
    29,
    "th",
    "บริษัท ไทยเมดิคอลสต็อกกิ้ง จำกัด",
    AGEC,
    DOWN,
    "Nonthaburi",
    "thaimedstocking",
    [
        ("ถุงน่องเส้นเลือดขอด แรงบีบ 20-30 mmHg มีเลข อย.", "compression_stockings"),
        ("ถุงน่องซัพพอร์ต ใส่ทำงาน สีเนื้อ", "tights_pantyhose"),
    ],
    [need("ยางหุ้มไนลอนเส้นเล็ก สำหรับถุงน่อง", "covered_spandex_yarn")],
    ["ISO 13485", "Thai FDA"],
    [],
)
sme(
    30,
    "en",
    "Stride Runners Bangkok",
    SPORT,
    DOWN,
    "Bangkok",
    "striderunners",
    [("Used race shirts collected from members", "used_clothing")],
    [
        need("Club running socks with our logo, 500 pairs", "running_socks"),
        need("Calf compression sleeves for the marathon squad", "compression_calf_sleeves"),
    ],
    [],
    ["circular"],
)
sme(
    31,
    "th",
    "สหกรณ์ผู้ปลูกฝ้ายเมืองน่าน",
    HEMP,
    UP,
    "Nan",
    "nancotton.coop",
    [("ปุยฝ้ายหีบแล้ว เกรดทอผ้า ขายเป็นกิโล", "cotton_lint"), ("ฝ้ายเข็นมือ เส้นเล็ก ฝีมือชาวบ้าน", "handspun_cotton_yarn")],
    [need("อยากได้คนรับย้อมครามให้เส้นฝ้ายของเรา", "indigo_dyeing_service")],
    ["OTOP"],
    ["bio"],
)
sme(
    32,
    "en",
    "Hempy Feet",
    HEMP,
    DOWN,
    "Chiang Mai",
    "hempyfeet",
    [("Hemp socks, 70% hemp with cotton, crew length", "hemp_socks")],
    [
        need("Hemp-cotton yarn for sock knitting", "hemp_cotton_blend_yarn"),
        need("A knitter who will work with our own hemp yarn", "sock_knitting_service"),
        need("Kraft header cards on FSC paper", "sock_header_cards", requires="FSC"),
    ],
    [],
    ["bio", "green"],
)
sme(
    33,
    "th",
    "โรงพิมพ์การ์ดแขวนสามย่าน",
    CIRC,
    MID,
    "Bangkok",
    "samyan.print",
    [
        ("พิมพ์การ์ดแขวนถุงเท้า กระดาษคราฟท์ FSC เจาะรูพร้อม", "sock_header_cards"),
        ("ตะขอพลาสติกแขวนถุงเท้า ถุงละ 1,000 ชิ้น", "plastic_sock_hooks"),
    ],
    [need("กระดาษลังเก่า เศษกระดาษ", unmet="no waste paper in the set")],
    ["FSC"],
    ["circular"],
)
sme(
    34,
    "en",
    "ThreadLine Supplies",
    SPORT,
    MID,
    "Samut Prakan",
    "threadline",
    [
        ("Spun polyester sewing thread 40/2, 5,000 m cones", "sewing_thread"),
        ("Woven labels and size stickers for socks", "sock_labels"),
    ],
    [],
    ["OEKO-TEX Standard 100"],
    [],
)
sme(
    35,
    "th",
    "โรงงานถุงเท้านักเรียนตราเด็กดี",
    SPORT,
    DOWN,
    "Nakhon Pathom",
    "dekdeesocks",
    [("ถุงเท้านักเรียนสีขาว ข้อยาว พับขอบ ได้ มอก.", "school_socks"), ("ถุงเท้าลูกเสือสีน้ำตาล", "school_socks")],
    [
        need("ด้ายคอมบ์ เบอร์ 40 สีขาว", "combed_cotton_yarn"),
        need("จ้างเย็บหัวถุงเท้า", "toe_linking_service"),
        need("เครื่องถักถุงเท้า 3.5 นิ้ว 168 เข็ม", "used_sock_knitting_machine"),
    ],
    ["มอก."],
    [],
)
sme(
    36,
    "en",
    "Riverside International School",
    SPORT,
    DOWN,
    "Bangkok",
    "riversideschool",
    [("Outgrown uniforms collected from families", "used_school_uniforms")],
    [need("Navy knee socks for the school uniform, sizes 6-10", "school_socks")],
    [],
    ["circular"],
)
sme(
    37,
    "th",
    "โรงเรียนบ้านโนนทอง",
    AGEI,
    DOWN,
    "Khon Kaen",
    "nonthong.school@gmail.com",
    [("ชุดนักเรียนเก่าที่ผู้ปกครองบริจาค", "used_school_uniforms")],
    [need("ถุงเท้าขาวนักเรียน 1,200 คู่ ต้องได้ มอก.", "school_socks", requires="Thai Industrial Standard")],
    [],
    [],
)
sme(
    38,
    "en",
    "Pattaya Bay Sports Store",
    SPORT,
    DOWN,
    "Chonburi",
    "pattayabaysports",
    [],
    [
        need("Running socks in assorted sizes for resale", "running_socks"),
        need("Five-finger socks for yoga classes", "toe_socks"),
        need("Compression calf sleeves", "compression_calf_sleeves"),
    ],
    [],
    [],
)
sme(
    39,
    "th",
    "ห้านิ้วดี ถุงเท้าแยกนิ้ว",
    SPORT,
    DOWN,
    "Chiang Mai",
    "hanewdee",
    [("ถุงเท้าห้านิ้ว ผ้าฝ้าย ใส่วิ่งเทรล", "toe_socks"), ("ถุงเท้าแยกนิ้วโยคะ มีกันลื่น", "toe_socks")],
    [
        need("เส้นด้ายคูลแม็กซ์ หรือ Coolmax", "wicking_polyester_yarn"),
        need("บริการแพ็กถุงเท้า ติดการ์ด ใส่ถุง", "sock_packing_service"),
    ],
    [],
    [],
)
sme(
    40,
    "en",
    "Udon Golden Age Care Centre",
    AGEI,
    DOWN,
    "Udon Thani",
    "udongoldenage",
    [],
    [need("Grip socks for frail residents", "non_slip_socks")],
    [],
    [],
)
sme(
    41,
    "th",
    "ร้านผ้าพื้นเมืองอุบล",
    AGEI,
    DOWN,
    "Ubon Ratchathani",
    "ubonphamuang",
    [("ผ้าฝ้ายทอมือ ลายขิด เป็นพับ", "handwoven_cotton_fabric"), ("ถุงตีนฝ้ายถักมือ ย้อมคราม ใส่นอน", "natural_dyed_socks")],
    [need("ฝ้ายเข็นมือย้อมสีธรรมชาติ ห้ามสีเคมี", "natural_dyed_cotton_yarn")],
    ["OTOP"],
    ["bio"],
)
sme(
    42,
    "en",
    "GrandCare Pharmacy Group",
    AGEC,
    DOWN,
    "Bangkok",
    "grandcare",
    [],
    [
        need("Diabetic socks, non-binding top, white and grey", "diabetic_socks"),
        need("Medical compression stockings with a Thai FDA number", "compression_stockings", requires="Thai FDA"),
        need("Silver antibacterial socks", "antibacterial_socks"),
    ],
    [],
    [],
)
sme(
    43,
    "th",
    "ร้านวิ่งดีสปอร์ต",
    SPORT,
    DOWN,
    "Bangkok",
    "wingdee.sport",
    [("ถุงเท้าเก่าจากกล่องรับคืนหน้าร้าน", "used_socks")],
    [need("ถุงเท้าวิ่งมาราธอน กันพอง", "running_socks"), need("ปลอกรัดน่อง", "compression_calf_sleeves")],
    [],
    ["circular"],
)
sme(
    44,
    "en",
    "Mahachai Compression Knit",
    SPORT,
    MID,
    "Samut Sakhon",
    "mahachaicompression",
    [
        ("Graduated calf compression sleeves, 15-20 mmHg", "compression_calf_sleeves"),
        ("Circular-knit compression tubing by the metre", "compression_tubing"),
    ],
    [
        need("Covered spandex 40/70 for compression knitting", "covered_spandex_yarn"),
        need("Bare Lycra, 40 denier", "bare_spandex_yarn"),
    ],
    ["ISO 9001"],
    [],
)
sme(
    45,
    "th",
    "วิสาหกิจชุมชนม้งเขาค้อ",
    HEMP,
    DOWN,
    "Phetchabun",
    "khaokhohemp",
    [("ถุงเท้ากัญชงถักมือ ลายม้ง", "hemp_socks")],
    [need("ด้ายกัญชงล้วน เส้นเล็ก ไม่ต้องมีตราเกษตรอินทรีย์", "handspun_hemp_yarn", waives="Organic Thailand")],
    ["OTOP"],
    ["bio"],
)
sme(
    46,
    "en",
    "ReSock Studio",
    CIRC,
    DOWN,
    "Bangkok",
    "resock",
    [("Socks knitted from recycled cotton and rPET, GRS", "recycled_yarn_socks")],
    [
        need("Recycled polyester yarn, GRS certified", "recycled_polyester_yarn", requires="GRS"),
        need("OE recycled cotton yarn for sock bodies", "recycled_cotton_yarn"),
        need("Sock knitting on commission", "sock_knitting_service"),
    ],
    ["GRS"],
    ["circular"],
)
sme(
    47,
    "th",
    "บริษัท ถุงเท้าเงินสะอาด จำกัด",
    AGEC,
    DOWN,
    "Samut Prakan",
    "ngoensaat",
    [("ถุงเท้าผสมเส้นใยเงิน ลดกลิ่นอับ", "antibacterial_socks"), ("ถุงเท้าใยไผ่ ข้อกลาง", "bamboo_socks")],
    [
        need("รับเคลือบสารต้านแบคทีเรีย ให้ถุงเท้าที่เราผลิต", "antibacterial_finishing_service"),
        need("เส้นใยไผ่ 40/1 หรือ 32/1", "bamboo_viscose_yarn"),
    ],
    ["OEKO-TEX Standard 100"],
    [],
)
sme(
    48,
    "en",
    "Andaman Beach Resort & Spa",
    AGEC,
    DOWN,
    "Phuket",
    "andamanresort",
    [("Retired cotton bed sheets and towels", "used_hotel_linen")],
    [need("Soft bamboo spa socks for guests, one size", "bamboo_socks")],
    [],
    [],
)
sme(
    49,
    "th",
    "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านค้อ",
    AGEI,
    DOWN,
    "Khon Kaen",
    "bankho.hph@gmail.com",
    [],
    [
        need("ถุงเท้าสำหรับผู้ป่วยเบาหวาน แจกผู้สูงอายุในชุมชน", "diabetic_socks"),
        need("ถุงน่องลดเส้นเลือดขอด ต้องมี อย.", "compression_stockings", requires="Thai FDA"),
    ],
    [],
    [],
)
sme(
    50,
    "en",
    "Korat Elderly Day Care",
    AGEI,
    DOWN,
    "Nakhon Ratchasima",
    "koratdaycare",
    [],
    [
        need("Non-slip socks", "non_slip_socks"),
        need(
            "Handwoven cotton shawls for our gift shop", unmet="only cloth by the bolt is offered, no finished shawls"
        ),
    ],
    [],
    [],
)

# ---------------------------------------------------------------- part 3: dyers, weavers, shops, clinics

sme(
    51,
    "th",
    "โรงย้อมโพธาราม",
    SPORT,
    MID,
    "Ratchaburi",
    "photharamdye",
    [("รับย้อมถุงเท้าดิบของลูกค้า ย้อมชิ้น", "sock_dyeing_service"), ("รับย้อมผ้าพับ ผ้ายืด ผ้าทอ", "fabric_dyeing_service")],
    [need("ถุงเท้าสีดิบ ยังไม่ผ่านการย้อม ไว้ทำตัวอย่างสี", "greige_socks")],
    ["ISO 14001"],
    [],
)
sme(
    52,
    "en",
    "Mae Fah Weaving Collective",
    HEMP,
    MID,
    "Chiang Rai",
    "maefahweaving",
    [
        ("Handwoven hemp cloth, natural colour, 40 cm loom width", "hemp_fabric"),
        ("Handwoven plain cotton cloth", "handwoven_cotton_fabric"),
    ],
    [
        need("Hand-spun hemp thread from Hmong villages", "handspun_hemp_yarn"),
        need("Hemp fibre, not yet spun", "raw_hemp_bast hemp_staple_fibre"),
    ],
    [],
    ["bio"],
)
sme(
    53,
    "th",
    "ร้านของฝากผ้าฝ้ายนิมมาน",
    HEMP,
    DOWN,
    "Chiang Mai",
    "nimmancotton",
    [("กระเป๋าผ้ากัญชงทอมือ", "hemp_bag")],
    [need("ผ้ากัญชงเป็นเมตร", "hemp_fabric"), need("ถุงเท้ากัญชง ราคาส่ง", "hemp_socks")],
    [],
    [],
)
sme(
    54,
    "th",
    "สโมสรฟุตบอลเยาวชนหาดใหญ่",
    SPORT,
    DOWN,
    "Songkhla",
    "hatyaiyouthfc",
    [],
    [need("ถุงเท้าบอลยาว สีแดงขาว", "football_socks"), need("เสื้อเอี๊ยมซ้อมบอล", unmet="no training bibs in the set")],
    [],
    [],
)
sme(
    55,
    "th",
    "หาดใหญ่สปอร์ต",
    SPORT,
    DOWN,
    "Songkhla",
    "hatyaisport",
    [],
    [need("ถุงเท้าฟุตบอล ยาวเหนือเข่า ทุกสี", "football_socks"), need("ถุงตีนวิ่ง ไซซ์ผู้ใหญ่", "running_socks")],
    [],
    [],
)
sme(
    56,
    "en",
    "Phu Phan Indigo Farm",
    HEMP,
    UP,
    "Sakon Nakhon",
    "phuphanindigo",
    [("Indigofera paste in 1 kg tubs, Organic Thailand certified", "indigo_dye_paste")],
    [],
    ["Organic Thailand"],
    ["bio"],
)
sme(
    57,
    "th",
    "ร้านขายยาเภสัชกรบางแค",
    AGEC,
    DOWN,
    "Bangkok",
    "bangkhae.pharmacy@gmail.com",
    [],
    [need("ถุงน่องทางการแพทย์ แบบต้นขา", "compression_stockings"), need("ถุงเท้าผู้สูงอายุ ไม่ลื่น ฟรีไซซ์", "non_slip_socks")],
    [],
    [],
)
sme(
    58,
    "en",
    "TrailRun Thailand Co., Ltd.",
    SPORT,
    DOWN,
    "Nonthaburi",
    "trailrunth",
    [("Merino wool trail socks, mid cushion", "wool_socks")],
    [
        need("Merino sock yarn", "merino_wool_yarn"),
        need("Someone to knit our merino socks, we send the yarn", "sock_knitting_service"),
        need("Boarding and packing of finished pairs", "sock_boarding_service sock_packing_service"),
    ],
    [],
    [],
)
sme(
    59,
    "th",
    "บ้านพักคนชราสุขใจ",
    AGEC,
    DOWN,
    "Kanchanaburi",
    "sukjai.home",
    [],
    [need("ถุงเท้ามีปุ่มกันลื่น", "non_slip_socks"), need("เตียงผู้ป่วยไฟฟ้า", unmet="no care furniture in the set")],
    [],
    [],
)
sme(
    60,
    "en",
    "Loop Yarn Co., Ltd.",
    CIRC,
    MID,
    "Samut Prakan",
    "loopyarn",
    [
        ("Recycled cotton/poly yarn Ne 12/1 spun from sock waste", "recycled_cotton_yarn"),
        ("rPET filament yarn 75D, RCS claim", "recycled_polyester_yarn"),
    ],
    [
        need("Sock factory trimmings and off-cuts", "sock_knitting_waste"),
        need("Reject socks in bulk for fibre recovery", "second_grade_socks"),
    ],
    ["RCS"],
    ["circular"],
)
sme(
    61,
    "th",
    "โรงงานถุงเท้า ส.เจริญ",
    SPORT,
    DOWN,
    "Nakhon Pathom",
    "sorcharoen",
    [
        ("ถุงเท้าฟุตบอล ถุงเท้ากีฬา ผลิตตามสั่ง", "football_socks"),
        ("ถุงเท้าตกเกรด คละสี ขายเหมาเป็นกิโล", "second_grade_socks"),
        ("เศษด้ายจากเครื่องถัก", "sock_knitting_waste"),
    ],
    [
        need("ไนลอนเท็กซ์เจอร์", "nylon_textured_yarn"),
        need("ด้ายโพลีเอสเตอร์ซับเหงื่อ", "wicking_polyester_yarn"),
        need("เครื่องถักถุงเท้าใหม่ ไม่เอามือสอง", unmet="only a second-hand machine is offered"),
    ],
    [],
    [],
)
sme(
    62,
    "en",
    "Siam Senior Mart",
    AGEC,
    DOWN,
    "Nakhon Si Thammarat",
    "siamseniormart",
    [],
    [
        need("Toe-separator socks for bunions?", "toe_socks"),
        need(
            "Knee-high compression stockings, OEKO-TEX not required",
            "compression_stockings",
            waives="OEKO-TEX Standard 100",
        ),
        need("Non-slip bed socks", "non_slip_socks"),
    ],
    [],
    [],
)
sme(
    63,
    "th",
    "บริษัท เลกกิ้งสาวไทย จำกัด",
    SPORT,
    DOWN,
    "Bangkok",
    "leggingsaothai",
    [("ถุงน่องแฟชั่น 20 ดีเนียร์ สีดำ สีเนื้อ", "tights_pantyhose"), ("เลกกิ้งถักไร้ตะเข็บ", "seamless_leggings")],
    [need("ไนลอน 20 ดีเนียร์ หุ้มสแปนเด็กซ์", "covered_spandex_yarn"), need("รีดขึ้นรูปถุงน่อง จ้างนอก", "sock_boarding_service")],
    [],
    [],
)
sme(
    64,
    "en",
    "Little Steps Kidswear",
    AGEC,
    DOWN,
    "Bangkok",
    "littlesteps",
    [],
    [need("Baby socks, OEKO-TEX Standard 100, newborn to 2 years", "baby_socks", requires="OEKO-TEX Standard 100")],
    [],
    [],
)
sme(
    65,
    "th",
    "โรงงานถุงเท้าเด็กหนูน้อย",
    AGEC,
    DOWN,
    "Samut Prakan",
    "noonoisocks",
    [("ถุงเท้าเด็กแรกเกิด ผ้าฝ้ายนุ่ม ผ่าน OEKO-TEX", "baby_socks"), ("ถุงเท้าเด็กมีกันลื่น", "baby_socks")],
    [need("ด้ายคอตตอนหวีขาว 40/1", "combed_cotton_yarn"), need("การ์ดแขวนลายน่ารัก", "sock_header_cards")],
    ["OEKO-TEX Standard 100"],
    [],
)
sme(
    66,
    "en",
    "Green Thread Boutique",
    HEMP,
    DOWN,
    "Bangkok",
    "greenthread",
    [],
    [
        need("GOTS organic cotton socks", "organic_cotton_socks", requires="GOTS"),
        need("Naturally dyed socks - no synthetic dyes please", "natural_dyed_socks"),
        need("Hemp bags", "hemp_bag"),
    ],
    [],
    ["green"],
)
sme(
    67,
    "th",
    "ถุงเท้าฝ้ายอินทรีย์แม่ริม",
    HEMP,
    DOWN,
    "Chiang Mai",
    "maerim.organic",
    [("ถุงเท้าฝ้ายออร์แกนิก ได้ GOTS", "organic_cotton_socks")],
    [need("ด้ายฝ้ายออร์แกนิก ต้องมี GOTS", "organic_cotton_yarn", requires="GOTS")],
    ["GOTS"],
    ["bio"],
)
sme(
    68,
    "en",
    "Organic Yarn Siam",
    HEMP,
    UP,
    "Bangkok",
    "organicyarnsiam",
    [("GOTS organic combed cotton yarn Ne 30/1", "organic_cotton_yarn")],
    [need("Organic cotton lint", "organic_cotton_lint")],
    ["GOTS", "OCS"],
    ["bio"],
)
sme(
    69,
    "th",
    "กลุ่มฝ้ายอินทรีย์บ่อเกลือ",
    HEMP,
    UP,
    "Nan",
    "bokluea.cotton@gmail.com",
    [("ด้ายฝ้ายอินทรีย์ปั่นมือ ยังไม่มีใบรับรอง", "organic_cotton_yarn")],
    [need("ฝ้ายดอก", "seed_cotton")],
    [],
    ["bio"],
)
sme(
    70,
    "en",
    "Phu Wiang Care Hospital",
    AGEI,
    DOWN,
    "Khon Kaen",
    "phuwiangcare",
    [],
    [
        need("Anti-embolism stockings, ISO 13485 certified maker only", "compression_stockings", requires="ISO 13485"),
        need("Diabetic foot socks for clinic patients", "diabetic_socks"),
        need(
            "Grip socks from an ISO 13485 manufacturer",
            "non_slip_socks",
            requires="ISO 13485",
            unmet="no maker of grip socks holds ISO 13485",
        ),
    ],
    [],
    [],
)
sme(
    71,
    "th",
    "ร้านอุปกรณ์ผู้สูงอายุอุดร",
    AGEI,
    DOWN,
    "Udon Thani",
    "udonelderly",
    [],
    [need("ถุงเท้าเดินในบ้าน มีปุ่ม", "non_slip_socks"), need("ไม้เท้า", unmet="no walking aids in the set")],
    [],
    [],
)
sme(
    72,
    "th",
    "ทีมจัดงานเชียงใหม่มาราธอน",
    SPORT,
    DOWN,
    "Chiang Mai",
    "cmmarathon",
    [("เสื้องานวิ่งเหลือ ยังไม่ใส่ ป้ายยังอยู่", "deadstock_tshirts")],
    [need("ถุงเท้าที่ระลึกผู้เข้าเส้นชัย 3,000 คู่", "running_socks"), need("ถุงเท้าจากด้ายรีไซเคิล มีไหม", "recycled_yarn_socks")],
    [],
    [],
)
sme(
    73,
    "th",
    "จุดรับบริจาคเสื้อผ้าเก่านนทบุรี",
    CIRC,
    UP,
    "Nonthaburi",
    "nontdonate",
    [("เสื้อผ้ามือสอง คัดเกรด ขายเป็นกระสอบ", "used_clothing")],
    [need("ถุงเท้าใช้แล้วจากร้านค้า", "used_socks"), need("ชุดนักเรียนเก่า", "used_school_uniforms")],
    [],
    ["circular"],
)
sme(
    74,
    "en",
    "Mahachai Wiper Co.",
    CIRC,
    MID,
    "Samut Sakhon",
    "mahachaiwiper",
    [("Industrial cotton wipers, 10 kg bags", "cotton_wipers")],
    [
        need("Worn-out cotton rags, any colour", "post_consumer_cotton_rags"),
        need("Polyester fleece offcuts", unmet="no fleece waste in the set"),
    ],
    [],
    ["circular"],
)
sme(
    75,
    "th",
    "โรงถักผ้าบางปู",
    SPORT,
    MID,
    "Samut Prakan",
    "bangpuknit",
    [("ผ้ายืดคอตตอน 32 ซิงเกิ้ล เป็นม้วน", "cotton_jersey_fabric"), ("เศษผ้าจากการตัดม้วน", "cotton_textile_waste")],
    [need("ด้ายคอมบ์ 32/1", "combed_cotton_yarn"), need("รับย้อมผ้าม้วน", "fabric_dyeing_service")],
    [],
    [],
)

# ---------------------------------------------------------------- part 4: sewing, more makers and buyers

sme(
    76,
    "en",
    "Ban Phan Sewing Workshop",
    AGEC,
    MID,
    "Bangkok",
    "banphansewing",
    [("Cut-make-trim sewing for small brands, your fabric", "sewing_service")],
    [
        need("Cotton jersey by the roll", "cotton_jersey_fabric"),
        need("Elastic tape 2 cm, white", unmet="no narrow elastic in the set"),
    ],
    [],
    [],
)
sme(
    77,
    "th",
    "นุ่มนวล ชุดนอนผู้สูงวัย",
    AGEC,
    DOWN,
    "Bangkok",
    "noomnuan",
    [("ชุดนอนผ้ายืดผู้สูงอายุ กระดุมแม่เหล็ก", "elderly_pyjamas")],
    [need("รับเย็บชุดนอน เราส่งผ้าให้", "sewing_service"), need("ผ้ายืดคอตตอนสีพื้น", "cotton_jersey_fabric")],
    [],
    [],
)
sme(
    78,
    "en",
    "Roi Et Silver Age Club",
    AGEI,
    DOWN,
    "Roi Et",
    "roietsilverage",
    [],
    [
        need("Plain cotton socks for adults, by the dozen", "cotton_socks"),
        need("Indigo cotton bags as gifts", "cotton_tote_bag"),
    ],
    [],
    [],
)
sme(
    79,
    "th",
    "ร้านส่งถุงเท้าตลาดหนองมน",
    SPORT,
    DOWN,
    "Chonburi",
    "nongmon.socks@gmail.com",
    [],
    [need("ถุงเท้าทำงาน ข้อกลาง สีดำ ยกโหล", "cotton_socks"), need("ถุงน่องผู้หญิง", "tights_pantyhose")],
    [],
    [],
)
sme(
    80,
    "en",
    "Saraburi Nylon Texturing",
    SPORT,
    UP,
    "Saraburi",
    "saraburinylon",
    [("Nylon 6 DTY 70D/24F, raw white", "nylon_textured_yarn")],
    [need("Nylon POY from a spinner", unmet="no partially oriented yarn in the set")],
    ["ISO 9001"],
    [],
)
sme(
    81,
    "th",
    "โรงปั่นด้ายนครชัยศรี",
    SPORT,
    UP,
    "Nakhon Pathom",
    "nakhonchaisri.spin",
    [("ด้ายคอมบ์ 40/1 ขาวดิบ ลูกละ 1.89 กก.", "combed_cotton_yarn"), ("ด้ายฝ้ายย้อมสีรีแอคทีฟ 20 สี", "dyed_cotton_yarn")],
    [
        need("ปุยฝ้าย", "cotton_lint organic_cotton_lint"),
        need("รับย้อมด้ายเป็นลูก", "yarn_dyeing_service"),
        need(
            "ปุยฝ้ายที่ได้การรับรอง Better Cotton เท่านั้น",
            "cotton_lint organic_cotton_lint",
            requires="Better Cotton",
            unmet="no cotton grower holds Better Cotton",
        ),
    ],
    ["OEKO-TEX Standard 100"],
    [],
)
sme(
    82,
    "en",
    "Comfort Step Socks",
    AGEC,
    DOWN,
    "Bangkok",
    "comfortstep",
    [("Wide-mouth socks for swollen ankles", "diabetic_socks")],
    [
        need("Coloured cotton yarn on cones, 20 shades", "dyed_cotton_yarn"),
        need("Silicone dot printing under soles", "nonslip_grip_printing_service"),
    ],
    [],
    [],
)
sme(
    83,
    "th",
    "วิสาหกิจถุงเท้าใยไผ่โคราช",
    AGEI,
    DOWN,
    "Nakhon Ratchasima",
    "koratbamboo",
    [("ถุงเท้าใยไผ่ ระบายอากาศ ใส่ทำงาน", "bamboo_socks")],
    [need("เส้นใยไผ่", "bamboo_viscose_yarn"), need("รีดถุงเท้า", "sock_boarding_service")],
    [],
    [],
)
sme(
    84,
    "en",
    "FitFoot Online",
    SPORT,
    DOWN,
    "Prachuap Khiri Khan",
    "fitfoot",
    [],
    [
        need("Compression socks for long flights", "compression_stockings"),
        need("Toe socks", "toe_socks"),
        need(
            "Merino hiking socks, Fairtrade certified",
            "wool_socks",
            requires="Fairtrade",
            unmet="the only wool sock maker holds no Fairtrade certificate",
        ),
    ],
    [],
    [],
)
sme(
    85,
    "th",
    "ลูปฟุต ถุงเท้ารีไซเคิล",
    CIRC,
    DOWN,
    "Chiang Mai",
    "loopfoot",
    [("ถุงเท้าจากเส้นด้ายรีไซเคิลขวดพลาสติก", "recycled_yarn_socks")],
    [need("เส้นด้ายรีไซเคิลจากขวด ไม่ต้องมี GRS ก็ได้", "recycled_polyester_yarn", waives="GRS")],
    [],
    ["circular"],
)
sme(
    86,
    "th",
    "บริษัท ด้ายสีสยาม จำกัด",
    AGEC,
    UP,
    "Pathum Thani",
    "daisisiam",
    [("ด้ายฝ้ายย้อมสำเร็จ 40 สี พร้อมส่ง", "dyed_cotton_yarn")],
    [need("รับย้อมด้ายเป็นลูก ตามแคตตาล็อกสี", "yarn_dyeing_service")],
    [],
    [],
)
sme(
    87,
    "th",
    "ชมรมวิ่งสะพานหินภูเก็ต",
    SPORT,
    DOWN,
    "Phuket",
    "saphanhinrunners",
    [("เสื้อวิ่งเก่าของสมาชิก", "used_clothing")],
    [need("ถุงเท้าวิ่งสกรีนโลโก้ชมรม", "running_socks"), need("ปลอกขาใส่วิ่ง", "compression_calf_sleeves")],
    [],
    ["circular"],
)
sme(
    88,
    "en",
    "Pai Handspun",
    HEMP,
    UP,
    "Mae Hong Son",
    "paihandspun",
    [("Karen hand-spun cotton yarn, undyed", "handspun_cotton_yarn")],
    [need("Indigo paste", "indigo_dye_paste")],
    [],
    ["bio"],
)
sme(
    89,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านโพน",
    AGEI,
    MID,
    "Kalasin",
    "banphon.weaving",
    [("ผ้าฝ้ายทอมือย้อมคราม เป็นเมตร", "indigo_dyed_cotton_fabric"), ("รับทอผ้าตามแบบ ใช้ด้ายของลูกค้า", "weaving_service")],
    [need("ด้ายฝ้ายโรงงาน เบอร์ 20", "combed_cotton_yarn")],
    ["OTOP"],
    [],
)
sme(
    90,
    "th",
    "ซ็อกแพ็ก บรรจุภัณฑ์",
    SPORT,
    MID,
    "Chachoengsao",
    "sockpack",
    [("ถุงแก้วใส่ถุงเท้า ถุงซิปล็อก", "sock_polybags")],
    [need("ตะขอแขวน", "plastic_sock_hooks")],
    [],
    [],
)
sme(
    91,
    "th",
    "โรงเรียนกีฬาสุราษฎร์",
    SPORT,
    DOWN,
    "Surat Thani",
    "suratsportschool",
    [],
    [need("ถุงเท้าฟุตบอล", "football_socks"), need("ถุงเท้าข้อสั้นสีขาว ใส่ซ้อม", "cotton_socks")],
    [],
    [],
)
sme(
    92,
    "en",
    "Upcycle Sew Lab",
    CIRC,
    MID,
    "Bangkok",
    "upcyclesewlab",
    [("Patchwork bags from denim scraps", "patchwork_bag")],
    [
        need("Sock seconds for upcycled toys", "second_grade_socks"),
        need("Denim offcuts", unmet="no denim waste in the set"),
    ],
    [],
    ["circular"],
)
sme(
    93,
    "th",
    "ศูนย์ดูแลผู้สูงอายุแม่กลอง",
    AGEC,
    DOWN,
    "Samut Songkhram",
    "maeklongcare",
    [],
    [
        need("ถุงเท้ามีปุ่มยาง", "non_slip_socks"),
        need("ถุงน่องทางการแพทย์ ไม่จำเป็นต้องมี ISO 13485", "compression_stockings", waives="ISO 13485"),
    ],
    [],
    [],
)
sme(
    94,
    "en",
    "Ubon Crafts Export",
    AGEI,
    DOWN,
    "Ubon Ratchathani",
    "uboncrafts",
    [],
    [
        need("Natural-dyed handspun cotton", "natural_dyed_cotton_yarn"),
        need("Indigo-dyed handwoven fabric", "indigo_dyed_cotton_fabric"),
        need("Silk yarn", unmet="no silk in the set"),
    ],
    [],
    [],
)
sme(
    95,
    "th",
    "ร้านถุงเท้าออนไลน์ ซ็อกส์เดย์",
    SPORT,
    DOWN,
    "Bangkok",
    "socksday",
    [],
    [need("ถุงเท้าลายการ์ตูนลิขสิทธิ์", unmet="no licensed character socks in the set"), need("ถุงเท้าแยกนิ้ว", "toe_socks")],
    [],
    [],
)


# ---------------------------------------------------------------- links

PROFILES_FILE = HERE / "profiles.jsonl"
LINKS_FILE = HERE / "links.csv"
README_FILE = HERE / "README.md"

_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def held(s: Sme) -> frozenset[str]:
    return canonical_certifications(s.certifications)


def qualified_suppliers(buyer: Sme, n: Need) -> list[str]:
    """Ids of the SMEs (other than the buyer) whose offers and certifications meet the need."""
    wanted = set(n.labels)
    required = set(n.requires)
    return [
        s.id for s in SMES if s.id != buyer.id and any(label in wanted for _, label in s.offers) and required <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(supplier, buyer.id) for buyer in SMES for n in buyer.needs for supplier in qualified_suppliers(buyer, n)}
    return sorted(pairs)


# ---------------------------------------------------------------- checks


def _thai_share(text: str) -> float:
    thai = len(_THAI_CHAR.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def _latin_only(text: str) -> bool:
    if _THAI_CHAR.search(text):
        return False
    return all(
        ch.isascii() or not unicodedata.category(ch).startswith("L") or "LATIN" in unicodedata.name(ch, "")
        for ch in text
    )


def _mentions(text: str, certification: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == certification:
            names = (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in names)
    return False


def check() -> list[str]:
    errors: list[str] = []
    err = errors.append
    sub_clusters = {v.value for v in SubCluster}
    stages = {v.value for v in Stage}
    bcg_tags = {v.value for v in BcgTag}
    certification_names = {c.name for c in CERTIFICATIONS}

    ids = [s.id for s in SMES]
    if ids != [f"{ID_PREFIX}{i:03d}" for i in range(1, N_PROFILES + 1)]:
        err(f"ids must run {ID_PREFIX}001..{ID_PREFIX}{N_PROFILES:03d} in order, unique")
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    emails = [s.email for s in SMES]
    for e, k in Counter(emails).items():
        if k > 1:
            err(f"email {e} used {k} times")
    names = Counter(s.name for s in SMES)
    for name, k in names.items():
        if k > 1:
            err(f"name {name} used {k} times")

    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)

    phrases: Counter[str] = Counter()
    offer_texts = {text for s in SMES for text, _ in s.offers}
    for s in SMES:
        where = s.id
        if s.language not in ("th", "en"):
            err(f"{where}: language {s.language!r}")
        if not s.name.strip():
            err(f"{where}: empty name")
        if s.sub_cluster not in sub_clusters:
            err(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            err(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            err(f"{where}: province {s.province!r} is not an English province name")
        if not _EMAIL.match(s.email):
            err(f"{where}: email {s.email!r}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            err(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        for c in s.certifications:
            if resolve_certification(c) is None:
                err(f"{where}: certification {c!r} does not resolve")
        if len(set(held(s))) != len(s.certifications):
            err(f"{where}: certification listed twice")
        for tag in s.bcg:
            if tag not in bcg_tags:
                err(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            err(f"{where}: bcg tag listed twice")

        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in texts:
            if text != text.strip() or not text or "  " in text:
                err(f"{where}: stray spaces in {text!r}")
            if s.language == "th" and _thai_share(text) < 0.6:
                err(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
            if s.language == "en" and not _latin_only(text):
                err(f"{where}: English phrase has non-Latin letters: {text!r}")
        for text in texts[1:]:
            phrases[text] += 1

        for text, label in s.offers:
            if not _LABEL.match(label):
                err(f"{where}: offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held(s):
                err(f"{where}: offer {text!r} claims {sorted(claimed - held(s))} the SME does not hold")

        for n in s.needs:
            what = f"{where}: need {n.text!r}"
            if n.text in offer_texts:
                err(f"{what} is worded exactly like an offer")
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    err(f"{what}: label {label!r} is offered by no one else")
            for c in (*n.requires, *n.waives):
                if c not in certification_names:
                    err(f"{what}: {c!r} is not a canonical certification name")
            if set(n.requires) & set(n.waives):
                err(f"{what}: requires and waives the same certification")
            named = find_certifications(n.text)
            if named != set(n.requires):
                err(f"{what}: text names {sorted(named)}, labelled as requiring {sorted(n.requires)}")
            for c in n.waives:
                if not _mentions(n.text, c) or c in named:
                    err(f"{what}: waived {c!r} is not named as waived in the text")
            suppliers = qualified_suppliers(s, n)
            if n.unmet:
                if suppliers:
                    err(f"{what}: marked unmet but met by {suppliers}")
            else:
                if not n.labels:
                    err(f"{what}: lists no labels and is not marked unmet")
                if not suppliers:
                    err(f"{what}: no qualified supplier")

    for text, k in phrases.items():
        if k > 1:
            err(f"phrase used {k} times: {text!r}")

    stats = statistics()
    if not 0.50 <= stats["thai_share"] <= 0.60:
        err(f"Thai share {stats['thai_share']:.2f} outside 0.50-0.60")
    if not 160 <= stats["links"] <= 180:
        err(f"{stats['links']} true links, target 160-180")
    if not 0.40 <= stats["cross_share"] <= 0.60:
        err(f"cross-language share {stats['cross_share']:.2f} outside 0.40-0.60")
    if not 17 <= stats["needs_unmet"] <= 23:
        err(f"{stats['needs_unmet']} unmet needs, target about 20")
    per_need = stats["suppliers_per_met_need"]
    few = sum(1 for k in per_need if 1 <= k <= 3)
    if few < 0.7 * len(per_need) or not any(k > 3 for k in per_need):
        err(f"suppliers per met need: {sorted(Counter(per_need).items())}; want most 1-3 and some more")
    return errors


# ---------------------------------------------------------------- counts


def statistics() -> dict[str, object]:
    by_id = {s.id: s for s in SMES}
    links = true_links()
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    return {
        "profiles": len(SMES),
        "thai": sum(1 for s in SMES if s.language == "th"),
        "english": sum(1 for s in SMES if s.language == "en"),
        "thai_share": sum(1 for s in SMES if s.language == "th") / len(SMES),
        "sub_cluster": Counter(s.sub_cluster for s in SMES),
        "stage": Counter(s.stage for s in SMES),
        "region": Counter(str(resolve_province(s.province).region) for s in SMES),  # type: ignore[union-attr]
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "needs_met": len(met),
        "needs_unmet": len(needs) - len(met),
        "needs_requiring": sum(1 for _, n in needs if n.requires),
        "needs_waiving": sum(1 for _, n in needs if n.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub_cluster": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
        "suppliers_per_met_need": [len(qualified_suppliers(s, n)) for s, n in met],
    }


def counts_table() -> str:
    st = statistics()
    rows: list[tuple[str, str]] = [
        ("profiles", str(st["profiles"])),
        ("Thai / English", f"{st['thai']} / {st['english']}"),
    ]
    sub = st["sub_cluster"]
    stage = st["stage"]
    region = st["region"]
    assert isinstance(sub, Counter) and isinstance(stage, Counter) and isinstance(region, Counter)
    rows += [(f"sub-cluster `{v.value}`", str(sub[v.value])) for v in SubCluster]
    rows += [(f"stage `{v.value}`", str(stage[v.value])) for v in Stage]
    rows += [(f"region `{r}`", str(region[r])) for r in ("north", "northeast", "central", "east", "west", "south")]
    per_need = st["suppliers_per_met_need"]
    assert isinstance(per_need, list)
    spread = ", ".join(f"{k}: {v}" for k, v in sorted(Counter(per_need).items()))
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["offer_labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['needs_met']} / {st['needs_unmet']}"),
        ("met needs by number of qualified suppliers", spread),
        ("needs requiring a certification", str(st["needs_requiring"])),
        ("needs waiving a certification", str(st["needs_waiving"])),
        ("true links", str(st["links"])),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{st['cross']} ({st['cross_share']:.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub_cluster"])),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


README = """\
# `eval/blind_plain_socks/`: blind matchmaking set, socks and hosiery, plain registry wording

## What it checks

How well the matcher finds the true supplier -> buyer pairs among {profiles} SME profiles of the
Health and Wellness Economy textile cluster whose wording it has never seen. The theme is socks and
hosiery (cotton, bamboo, wool, hemp and recycled-yarn socks, school, running, football and toe socks,
diabetic and non-slip socks for elderly people, compression stockings and calf sleeves, tights,
covered spandex and nylon yarns, combed cotton yarn, sock knitting, toe linking, boarding, dyeing,
packaging and machines) together with the ordinary fibre, yarn, cloth, dyeing, sewing and waste
suppliers of the cluster, and the shops, schools, hospitals, care homes, pharmacies and running clubs
that buy.

Each profile reads like a plain SME registry entry: one short phrase per offer or need, 0-3 of each,
about 55 % of the profiles in Thai and the rest in English. The same kind of goods is written in many
ways (regional words such as ถุงตีน, trade words such as ยางหุ้ม or Ne 30/1, brand names such as
Lonati, Lycra and Coolmax, with and without quantities, prices and sizes). Needs are worded
differently from the offers that meet them and often in the other language. Hard cases include a
service versus the goods it works on (sock dyeing versus socks, toe linking versus finished socks,
sewing for others versus finished garments, indigo dyeing versus indigo-dyed cloth), the customer's
own goods sent for work, waste and used goods versus new, raw versus processed (seed cotton, lint,
yarn, cloth, product; hemp bast, staple, yarn, cloth, socks), finished goods described by their
material or technique (an indigo cotton bag is a bag, socks dyed with lac are socks), refusals
("no synthetic dyes"), needs that require a named certification and needs that name one only to
waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (profile format and links CSV),
`shared/taxonomy.py` with its data files, and the ruff settings of `pyproject.toml`; not the matcher,
its glossary, its tests, the other evaluation sets or the project's data. All the data, including the
labels, lives in `write.py`; the labels are never written to the output files.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`sock_dyeing_service` versus `greige_socks`, `used_sock_knitting_machine`, `indigo_dye_paste`). Every
need lists the offer labels that would meet it and the certifications its text requires, or is marked
as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label that one of the buyer's needs lists, and the supplier's certifications
(canonicalised with `shared.taxonomy.canonical_certifications`) hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is (service or goods, used or new, raw or processed,
the certification a need demands) does. A certification a need names only to waive it
("OEKO-TEX not required", "ไม่ต้องมี GRS") is not required.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG values come from the taxonomy), every label a need lists is offered by someone other
than the buyer, every met need has a qualified supplier and every unmet one has none, a required
certification is named in the need's text (`find_certifications` finds exactly the required ones) and
a waived one is named but not affirmed, Thai phrases are mostly Thai letters and English ones Latin
only, and the size targets hold (160-180 links, about half across languages, about 20 unmet needs,
most met needs met by 1-3 suppliers). It writes nothing if a check fails, and two runs give identical
bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_socks/write.py

## Files

- `write.py`: the data (profiles, offer labels, need labels and notes), the checks and the writer.
- `profiles.jsonl`: {profiles} profiles, `bhs-001` ... `bhs-{last}`, JSONL version 1 of the contract, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render() -> dict[Path, str]:
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links())
    readme = README.format(profiles=len(SMES), last=f"{len(SMES):03d}", table=counts_table())
    return {PROFILES_FILE: profiles, LINKS_FILE: links, README_FILE: readme}


def main() -> int:
    errors = check()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    first, second = render(), render()
    if first != second:
        print("error: two renders differ; nothing written", file=sys.stderr)
        return 1
    for path, text in first.items():
        path.write_bytes(text.encode("utf-8"))
    print(counts_table(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
