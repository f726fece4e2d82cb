"""Write the hand-labelled evaluation set `eval/blind_plain_puppets/`: puppets and shadow theatre.

Run from the repository root:

    .venv/bin/python eval/blind_plain_puppets/write.py

All data lives in this file. Every offer carries a label saying what the thing is; every need lists the
labels that would meet it and the certifications its text requires, or is marked as met by no one. The
script derives the true links from those labels, checks the set and, only if every check passes, writes
`profiles.jsonl`, `links.csv` and `README.md` next to itself. Labels are never written out.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PREFIX = "bpv"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE_MIN, THAI_SHARE_MAX = 0.50, 0.60
CROSS_SHARE_MIN, CROSS_SHARE_MAX = 0.40, 0.60
UNMET_MIN, UNMET_MAX = 17, 23


class Offer(NamedTuple):
    text: str
    label: str


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]
    req: tuple[str, ...]
    waive: tuple[str, ...]
    unmet: str  # a short note when no one in the set meets the need


class Sme(NamedTuple):
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, "")


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` may say why (the goods exist, the certificate not)."""
    return Need(text, labels, req, waive, note)


HNF, CIR, SPT = "hemp_natural_fibre", "circular_textile", "sportech"
ALC, ALI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"
OEKO, TIS, PEACOCK, ORG_TH = (
    "OEKO-TEX Standard 100",
    "Thai Industrial Standard",
    "Thai Silk Peacock Emblem",
    "Organic Thailand",
)

UPSTREAM: tuple[Sme, ...] = (
    # ------------------------------------------------------------------ upstream: fibre, yarn, dyestuff, hide, waste
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงม้งบ้านแม่สาใหม่",
        HNF,
        UP,
        "Chiang Mai",
        (
            o("ใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "raw_hemp_fibre"),
            o("เส้นกัญชงต่อมือแบบม้ง ม้วนละ 200 กรัม", "hemp_yarn"),
        ),
        (x("เครื่องเข็นด้ายแบบเหยียบ 2 เครื่อง", "spinning equipment; no one sells machines"),),
        (),
        ("bio",),
    ),
    Sme(
        2,
        "en",
        "Tak Highland Hemp Co.",
        HNF,
        UP,
        "Tak",
        (
            o("Degummed hemp fibre, 20 kg bales", "raw_hemp_fibre"),
            o("Hemp yarn Nm 6/1, natural ecru", "hemp_yarn"),
        ),
        (x("Decorticator machine, second-hand OK", "machinery; no one sells it"),),
        (),
        ("bio",),
    ),
    Sme(
        3,
        "th",
        "กลุ่มฝ้ายพื้นเมืองบ้านนาป่าหนาด",
        HNF,
        UP,
        "Loei",
        (
            o("ฝ้ายตุ่น ฝ้ายขาว ปุยฝ้ายอีดเมล็ดแล้ว", "raw_cotton_fibre"),
            o("ฝ้ายเข็นมือเส้นใหญ่ สีธรรมชาติ กิโลละ 450 บาท", "handspun_cotton_yarn"),
        ),
        (
            n("หาคนรับทอผ้าจากฝ้ายเข็นของกลุ่มเรา", "weaving_service"),
            x("เมล็ดพันธุ์ฝ้ายพื้นเมือง", "seed; no one in the set sells seed"),
        ),
        (ORG_TH,),
        ("bio", "green"),
    ),
    Sme(
        4,
        "en",
        "Nan Valley Kapok Collective",
        HNF,
        UP,
        "Nan",
        (
            o("Kapok floss, hand-cleaned, 5 kg sacks", "kapok_fibre"),
            o("Ginned raw cotton, short staple", "raw_cotton_fibre"),
        ),
        (),
        (),
        ("bio",),
    ),
    Sme(
        5,
        "th",
        "ร้านเฮงเจริญรับซื้อเศษผ้า",
        CIR,
        UP,
        "Samut Prakan",
        (
            o("เศษผ้าคอตตอนจากโรงงานตัดเย็บ คละสี ขายเป็นกระสอบ", "cotton_fabric_offcuts"),
            o("ผ้าค้างสต็อก ผ้าหัวม้วน ขายราคากิโล", "deadstock_fabric_rolls"),
        ),
        (n("รับซื้อเสื้อผ้ามือสอง สภาพดี ไม่จำกัดจำนวน", "used_clothing"),),
        (),
        ("circular",),
    ),
    Sme(
        6,
        "en",
        "ReThread Sorting Centre",
        CIR,
        UP,
        "Bangkok",
        (
            o("Sorted secondhand clothing, grade B, 45 kg bales", "used_clothing"),
            o("Wiping rags cut from worn cotton T-shirts", "recycled_cotton_rags"),
        ),
        (x("Baled PET bottles from municipal collection", "bottles, not textile; no one offers them"),),
        (),
        ("circular",),
    ),
    Sme(
        7,
        "th",
        "บริษัท ใยดีรีไซเคิล จำกัด",
        CIR,
        UP,
        "Nakhon Pathom",
        (
            o("ใยบอลรีไซเคิล สำหรับยัดตุ๊กตาและหมอน", "polyester_fibrefill"),
            o("ผ้าสักหลาดจากขวด PET หนา 2 มม. หน้ากว้าง 1.5 ม.", "felt_sheet"),
        ),
        (n("เศษผ้าโพลีเอสเตอร์ ผ้ากีฬา จากโรงงาน", "polyester_fabric_offcuts"),),
        ("GRS", "Thai Green Label"),
        ("circular",),
    ),
    Sme(
        8,
        "th",
        "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง",
        HNF,
        UP,
        "Phrae",
        (o("เนื้อห้อมหมัก พร้อมก่อหม้อ กก.ละ 150 บาท", "indigo_paste"),),
        (x("ปูนขาวสำหรับก่อหม้อห้อม", "lime; no one offers it"),),
        (),
        ("bio",),
    ),
    Sme(
        9,
        "en",
        "Sakon Khram Growers Network",
        ALI,
        UP,
        "Sakon Nakhon",
        (
            o("Khram indigo paste in 1 kg tubs", "indigo_paste"),
            o("Dried indigo cakes, Isan landrace", "indigo_paste"),
        ),
        (),
        (),
        ("bio", "green"),
    ),
    Sme(
        10,
        "th",
        "กลุ่มเลี้ยงไหมบ้านจันรม",
        ALI,
        UP,
        "Surin",
        (
            o("ไหมน้อยสาวมือ ไหมเหลืองพันธุ์พื้นบ้าน", "thai_silk_yarn"),
            o("รังไหมตัดแล้ว สำหรับงานประดิษฐ์", "silk_cocoons"),
        ),
        (x("ใบหม่อนสด ส่งทุกสัปดาห์", "mulberry leaves; no one offers them"),),
        (PEACOCK,),
        ("bio",),
    ),
    Sme(
        11,
        "en",
        "Chonnabot Reeling House",
        ALI,
        UP,
        "Khon Kaen",
        (o("Reeled Thai silk yarn 20/22 denier, degummed", "thai_silk_yarn"),),
        (n("Stick lac for red dye baths", "lac_dyestuff"),),
        (),
        ("bio",),
    ),
    Sme(
        12,
        "th",
        "ครั่งแท้บ้านโพน",
        ALI,
        UP,
        "Kalasin",
        (
            o("ครั่งดิบ ครั่งกิ่ง ใช้ย้อมแดง", "lac_dyestuff"),
            o("ผลมะเกลือสุก สำหรับย้อมดำ", "ebony_fruit_dye"),
        ),
        (),
        (),
        ("bio",),
    ),
    Sme(
        13,
        "th",
        "โรงตากหนังทุ่งสง",
        CIR,
        UP,
        "Nakhon Si Thammarat",
        (
            o("หนังวัวดิบตากแห้ง ทั้งผืน", "raw_hide"),
            o("หนังวัวขูดบาง ใสแสงลอด พร้อมแกะ", "scraped_rawhide_sheet"),
        ),
        (),
        (),
        ("circular",),
    ),
    Sme(
        14,
        "en",
        "Photharam Hide Works",
        CIR,
        UP,
        "Ratchaburi",
        (o("Scraped translucent cowhide, A3 and A2 sheets", "scraped_rawhide_sheet"),),
        (n("Raw hides direct from slaughterhouse", "raw_hide"),),
        (),
        ("circular",),
    ),
    Sme(
        15,
        "th",
        "บริษัท รีเพ็ท ยาร์น จำกัด",
        SPT,
        UP,
        "Samut Sakhon",
        (o("เส้นด้ายโพลีเอสเตอร์รีไซเคิล 150D/48F", "recycled_polyester_yarn"),),
        (),
        ("GRS",),
        ("circular",),
    ),
    Sme(
        16,
        "en",
        "Doi Bamboo Supplies",
        HNF,
        UP,
        "Chiang Mai",
        (o("Split bamboo rods for puppet control, 30-60 cm", "puppet_control_rods"),),
        (),
        (),
        ("bio",),
    ),
    Sme(
        17,
        "th",
        "กลุ่มเข็นฝ้ายบ้านดอนกลอย",
        ALI,
        UP,
        "Udon Thani",
        (
            o("ฝ้ายเข็นย้อมคราม เป็นไจ", "indigo_dyed_cotton_yarn"),
            o("ฝ้ายเข็นมือสีขาวนวล ยังไม่ฟอก", "handspun_cotton_yarn"),
        ),
        (),
        (),
        ("bio",),
    ),
    Sme(
        18,
        "en",
        "EastLoop Textile Recovery",
        CIR,
        UP,
        "Chonburi",
        (
            o("Post-industrial polyester knit offcuts, sorted by colour", "polyester_fabric_offcuts"),
            o("Cotton offcuts from uniform factories", "cotton_fabric_offcuts"),
        ),
        (),
        ("GRS",),
        ("circular",),
    ),
    Sme(
        19,
        "th",
        "ไร่ฝ้ายอินทรีย์เชียงแสน",
        HNF,
        UP,
        "Chiang Rai",
        (
            o("ปุยฝ้ายออร์แกนิก", "raw_cotton_fibre"),
            o("ด้ายฝ้ายปั่นเครื่อง เบอร์ 20 และ 30", "mill_cotton_yarn"),
        ),
        (),
        ("GOTS", ORG_TH),
        ("bio", "green"),
    ),
    Sme(
        20,
        "en",
        "PetCycle Fibres Rayong",
        SPT,
        UP,
        "Rayong",
        (
            o("rPET staple fibre 6D x 64 mm for nonwovens", "recycled_polyester_staple"),
            o("Hollow siliconised fibrefill, 15 kg bags", "polyester_fibrefill"),
        ),
        (),
        ("GRS",),
        ("circular",),
    ),
)

MIDSTREAM: tuple[Sme, ...] = (
    # ---------------------------------------------- midstream: weaving, dyeing, trims, sewing, carving
    Sme(
        21,
        "th",
        "ผ้าฝ้ายทอมือจอมทอง",
        HNF,
        MID,
        "Chiang Mai",
        (
            o("ผ้าฝ้ายทอมือ หน้ากว้าง 1 ม. สีพื้น", "handwoven_cotton_fabric"),
            o("รับทอผ้าตามสั่ง ใช้ด้ายของลูกค้า", "weaving_service"),
        ),
        (),
        (),
        ("bio",),
    ),
    Sme(
        22,
        "en",
        "Phrae Mo Hom Studio",
        HNF,
        MID,
        "Phrae",
        (
            o("Mo hom indigo cotton, 2 m pieces", "indigo_dyed_cotton_fabric"),
            o("Vat dyeing with hom for customers' garments and cloth", "indigo_dyeing_service"),
        ),
        (n("Fermented indigo from local farms, 50 kg a month", "indigo_paste"),),
        (),
        ("bio", "green"),
    ),
    Sme(
        23,
        "th",
        "ครามสกลบ้านพันนา",
        ALI,
        MID,
        "Sakon Nakhon",
        (
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 5 เมตร", "indigo_dyeing_service"),
        ),
        (n("ฝ้ายเข็นมือ สีขาว ยังไม่ย้อม", "handspun_cotton_yarn"),),
        ("OTOP",),
        ("bio",),
    ),
    Sme(
        24,
        "en",
        "Sampeng Greige Mills",
        ALC,
        MID,
        "Bangkok",
        (
            o("Greige cotton sheeting 40s, 150 cm wide", "greige_cotton_fabric"),
            o("Bleached cotton voile, optical white", "bleached_cotton_fabric"),
        ),
        (n("GOTS organic cotton yarn Ne 30 on cones", "mill_cotton_yarn", req=("GOTS",)),),
        (),
        (),
    ),
    Sme(
        25,
        "th",
        "โรงฟอกย้อมบางพลี",
        CIR,
        MID,
        "Samut Prakan",
        (
            o("ผ้าดิบ ผ้ามัสลิน ขายส่งเป็นพับ", "greige_cotton_fabric"),
            o("รับฟอกขาว ย้อมสีรีแอคทีฟ ผ้าของลูกค้า", "fabric_dyeing_service"),
        ),
        (n("ด้ายฝ้ายเบอร์ 32 ม้วนโคน", "mill_cotton_yarn"),),
        (OEKO, "ISO 14001"),
        ("green",),
    ),
    Sme(
        26,
        "th",
        "ร้านผ้ากำมะหยี่พาหุรัด",
        ALC,
        MID,
        "Bangkok",
        (
            o("ผ้ากำมะหยี่ สีแดงเลือดนก สีน้ำเงิน หลาละ 120", "velvet_fabric"),
            o("ผ้าต่วน ผ้าซาติน สีสด", "satin_fabric"),
        ),
        (),
        (),
        (),
    ),
    Sme(
        27,
        "en",
        "Phahurat Trimmings House",
        ALC,
        MID,
        "Bangkok",
        (
            o("Gold metallic braid and ric-rac, 25 m rolls", "metallic_gold_trim"),
            o("Sequins and glass beads by the kilo", "sequins_beads"),
        ),
        (),
        (),
        (),
    ),
    Sme(
        28,
        "th",
        "กลุ่มทอผ้ายกทองบ้านท่าสว่าง",
        ALI,
        MID,
        "Surin",
        (
            o("ผ้ายกทอง ไหมทอดิ้นทอง ลายโบราณ", "brocade_fabric"),
            o("ผ้าไหมพื้น ทอมือ สีสด", "silk_fabric"),
            o("เศษผ้าไหมจากการตัด ขายเป็นถุง", "silk_fabric_offcuts"),
        ),
        (
            n("ไหมเส้นยืน ไหมเส้นพุ่ง สาวมือ", "thai_silk_yarn"),
            n("ดิ้นทองแท้ ดิ้นเงิน สำหรับทอยก", "metallic_gold_thread"),
        ),
        (PEACOCK, "OTOP"),
        ("bio",),
    ),
    Sme(
        29,
        "en",
        "Nakhon Brocade Weavers",
        HNF,
        MID,
        "Nakhon Si Thammarat",
        (o("Pha yok Nakhon brocade with gold supplementary weft", "brocade_fabric"),),
        (n("Japanese-type metallic weft, gold", "metallic_gold_thread"),),
        (),
        (),
    ),
    Sme(
        30,
        "th",
        "ร้านปักดิ้นนนท์",
        ALC,
        MID,
        "Nonthaburi",
        (o("รับปักดิ้นทอง ปักเลื่อม ชุดโขน ชุดหุ่น ตามแบบลูกค้า", "goldwork_embroidery_service"),),
        (
            n("ดิ้นข้อ ดิ้นโปร่ง สีทอง", "metallic_gold_thread"),
            n("เลื่อม ลูกปัดแก้ว คละสี", "sequins_beads"),
        ),
        (),
        (),
    ),
    Sme(
        31,
        "en",
        "Golden Thread Importers",
        ALC,
        MID,
        "Bangkok",
        (
            o("Flat lamé gold yarn for weaving, Japanese", "metallic_gold_thread"),
            o("Gold purl and coil wire for embroidery", "metallic_gold_thread"),
        ),
        (),
        (),
        (),
    ),
    Sme(
        32,
        "th",
        "สักหลาดสยาม",
        ALC,
        MID,
        "Bangkok",
        (o("ผ้าสักหลาด 1 มม. 36 สี แผ่น A4 และม้วน", "felt_sheet"),),
        (),
        (OEKO,),
        (),
    ),
    Sme(
        33,
        "en",
        "StretchPro Knits",
        SPT,
        MID,
        "Samut Sakhon",
        (
            o("Black spandex jersey 220 gsm, 4-way stretch", "spandex_jersey_fabric"),
            o("Cutting waste, polyester/spandex, by the ton", "polyester_fabric_offcuts"),
        ),
        (n("GRS recycled polyester yarn 75D", "recycled_polyester_yarn", req=("GRS",)),),
        ("bluesign", OEKO),
        ("green",),
    ),
    Sme(
        34,
        "th",
        "โรงถักผ้ายืดปทุม",
        SPT,
        MID,
        "Pathum Thani",
        (
            o("ผ้ายืดสแปนเด็กซ์ สีดำ หน้ากว้าง 60 นิ้ว", "spandex_jersey_fabric"),
            o("ชุดรัดกล้ามเนื้อนักกีฬา สำเร็จรูป", "compression_sportswear"),
        ),
        (n("เส้นใยจากขวดพลาสติก ปั่นเป็นด้ายแล้ว", "recycled_polyester_yarn"),),
        (),
        (),
    ),
    Sme(
        35,
        "en",
        "Nonthaburi CMT Sewing",
        ALC,
        MID,
        "Nonthaburi",
        (o("Cut-make-trim for small brands, MOQ 50 pcs", "sewing_service"),),
        (n("Gold lace edging for costume orders", "metallic_gold_trim"),),
        (),
        (),
    ),
    Sme(
        36,
        "th",
        "กลุ่มแม่บ้านรับเย็บผ้าบ้านโนนทอง",
        ALI,
        MID,
        "Khon Kaen",
        (o("รับจ้างตัดเย็บตามแบบ ใช้ผ้าของลูกค้า", "sewing_service"),),
        (x("จักรเย็บอุตสาหกรรมมือสอง 5 หลัง", "sewing machines; no one sells them"),),
        (),
        (),
    ),
    Sme(
        37,
        "en",
        "Salaya Screen Print",
        CIR,
        MID,
        "Nakhon Pathom",
        (o("Screen printing on customers' T-shirts and bags", "screen_printing_service"),),
        (n("Greige cotton for printed bandanas", "greige_cotton_fabric"),),
        (),
        (),
    ),
    Sme(
        38,
        "th",
        "ห้องย้อมสีธรรมชาติแม่ริม",
        HNF,
        MID,
        "Chiang Mai",
        (
            o("รับย้อมสีธรรมชาติ ครั่ง แก่นขนุน มะเกลือ ให้ผ้าและด้ายของลูกค้า", "natural_dyeing_service"),
            o("ผ้าฝ้ายย้อมครั่ง สีแดงอิฐ", "natural_dyed_cotton_fabric"),
        ),
        (
            n("ขี้ครั่ง ส่งทุกเดือน", "lac_dyestuff"),
            n("มะเกลือ", "ebony_fruit_dye"),
        ),
        (),
        ("bio", "green"),
    ),
    Sme(
        39,
        "en",
        "Ubon Natural Colour Lab",
        ALI,
        MID,
        "Ubon Ratchathani",
        (
            o("Commission dyeing with lac, ebony and mango bark", "natural_dyeing_service"),
            o("Khram vat for your yarn, per kg", "indigo_dyeing_service"),
        ),
        (n("Makluea fruit, fresh or dried", "ebony_fruit_dye"),),
        (),
        ("bio", "green"),
    ),
    Sme(
        40,
        "th",
        "ช่างตอกหนังสุชาติ",
        CIR,
        MID,
        "Nakhon Si Thammarat",
        (
            o("รับตอกหนัง แกะลายตามแบบของลูกค้า", "hide_carving_service"),
            o("เศษหนังวัวจากการตอก ขายเป็นกิโล", "hide_offcuts"),
        ),
        (n("หนังวัวบาง ขูดแล้ว", "scraped_rawhide_sheet"),),
        (),
        ("circular",),
    ),
    Sme(
        41,
        "en",
        "Khanon Carving Workshop",
        CIR,
        MID,
        "Ratchaburi",
        (
            o("Commission carving of hide panels to your design", "hide_carving_service"),
            o("Repair of torn or brittle nang yai hides", "hide_restoration_service"),
        ),
        (n("Whole dried cowhide", "raw_hide"),),
        (),
        (),
    ),
    Sme(
        42,
        "th",
        "ผ้าฝ้ายป่าซาง",
        HNF,
        MID,
        "Lamphun",
        (o("ผ้าฝ้ายทอมือยกดอก ป่าซาง", "handwoven_cotton_fabric"),),
        (n("ด้ายปั่นเครื่อง ไม่ฟอก สำหรับเส้นยืน", "mill_cotton_yarn"),),
        ("OTOP",),
        (),
    ),
    Sme(
        43,
        "en",
        "Lanna Hemp Loom",
        HNF,
        MID,
        "Chiang Rai",
        (o("Handwoven hemp cloth 60 cm, natural", "hemp_fabric"),),
        (n("Hemp thread for weft", "hemp_yarn"),),
        (),
        ("bio",),
    ),
    Sme(
        44,
        "th",
        "ผ้าใยกัญชงเพชรบูรณ์",
        HNF,
        MID,
        "Phetchabun",
        (o("ผ้ากัญชงผสมฝ้าย ทอเครื่อง", "hemp_fabric"),),
        (n("เปลือกกัญชงลอกแล้ว", "raw_hemp_fibre"),),
        (),
        ("bio",),
    ),
    Sme(
        45,
        "th",
        "โรงหัวหุ่นอยุธยา",
        ALC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        (
            o("หัวหุ่นไม้ทองหลาง แกะสลัก ลงรักปิดทอง", "puppet_head"),
            o("หัวหุ่นกระดาษปั้น ยังไม่ลงสี", "puppet_head"),
        ),
        (x("ทองคำเปลวแท้ 100 แผ่น", "gold leaf; no one offers it"),),
        (),
        (),
    ),
    Sme(
        46,
        "en",
        "Krabok Heads & Hands",
        ALC,
        MID,
        "Bangkok",
        (o("Papier-mache puppet heads and hands, painted", "puppet_head"),),
        (n("Bamboo sticks for rod puppets", "puppet_control_rods"),),
        (),
        (),
    ),
    Sme(
        47,
        "th",
        "ร้านริบบิ้นลูกไม้สำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        (o("ลูกไม้ทอง เทปดิ้นทอง กว้าง 1-5 ซม.", "metallic_gold_trim"),),
        (),
        (),
        (),
    ),
    Sme(
        48,
        "en",
        "Second Stitch Upcycling",
        CIR,
        MID,
        "Chiang Mai",
        (
            o("Patchwork cloth sewn from scrap cotton", "upcycled_patchwork_fabric"),
            o("Sewing service using customer's fabric scraps", "sewing_service"),
        ),
        (n("Clean cotton cutting waste, sorted", "cotton_fabric_offcuts"),),
        (),
        ("circular",),
    ),
    Sme(
        49,
        "th",
        "ผ้าฝ้ายนาข่า",
        ALI,
        MID,
        "Udon Thani",
        (
            o("ผ้าขิดฝ้าย ทอมือ นาข่า", "handwoven_cotton_fabric"),
            o("ผ้าฝ้ายมัดหมี่ย้อมคราม", "indigo_dyed_cotton_fabric"),
        ),
        (n("ฝ้ายเส้นเข็นมือ ไม่ต้องมีมาตรฐานเกษตรอินทรีย์", "handspun_cotton_yarn", waive=(ORG_TH,)),),
        ("OTOP",),
        ("bio",),
    ),
    Sme(
        50,
        "en",
        "Eastern Tech Felts",
        SPT,
        MID,
        "Chonburi",
        (o("Needle-punched polyester felt 3 mm, rolls", "felt_sheet"),),
        (n("Recycled PET fibre for needle punching", "recycled_polyester_staple"),),
        (),
        (),
    ),
    Sme(
        51,
        "th",
        "ร้านพิมพ์ผ้าลายไทย",
        ALC,
        MID,
        "Bangkok",
        (
            o("ผ้าพิมพ์ทองลายกนก บนผ้าฝ้าย", "gold_printed_fabric"),
            o("ผ้าพิมพ์ลายครามสีเคมี ผ้าฝ้าย", "printed_cotton_fabric"),
        ),
        (n("ผ้าฝ้ายเรียบ ยังไม่ฟอกไม่ย้อม", "greige_cotton_fabric"),),
        (),
        (),
    ),
)

DOWNSTREAM: tuple[Sme, ...] = (
    # ------------------------------------------------------------------ downstream: puppet makers, troupes, buyers
    Sme(
        52,
        "th",
        "ร้านจอหนังแม่กลอง",
        ALC,
        DOWN,
        "Samut Songkhram",
        (o("จอหนังใหญ่ ผ้าขาวขอบดำ 6x4 ม. เย็บสำเร็จ", "shadow_screen"),),
        (n("ผ้าขาวบาง หน้ากว้างพิเศษ", "bleached_cotton_fabric"),),
        (),
        (),
    ),
    Sme(
        53,
        "en",
        "Lakhon Lek Puppet House",
        ALC,
        DOWN,
        "Bangkok",
        (
            o("Hun lakhon lek, 60 cm, fully costumed", "rod_puppet"),
            o("Puppet show for events, 40 minutes, 3 puppeteers", "puppet_show_service"),
            o("Re-stringing and restoration of old puppets", "puppet_restoration_service"),
        ),
        (
            n("Puppet heads for hun lakhon lek", "puppet_head"),
            n("Gold brocade for costume bodices", "brocade_fabric"),
            n("Black stretch suits and hoods for our puppeteers", "black_performance_bodysuit"),
        ),
        (),
        (),
    ),
    Sme(
        54,
        "th",
        "คณะหุ่นกระบอกบ้านบางกรวย",
        ALC,
        DOWN,
        "Nonthaburi",
        (
            o("หุ่นกระบอกโบราณ สูง 50 ซม.", "rod_puppet"),
            o("แสดงหุ่นกระบอก งานวัด งานโรงเรียน", "puppet_show_service"),
        ),
        (
            n("ชุดหุ่นสำเร็จรูป ปักเลื่อมครบชุด", "puppet_costume"),
            n("ผ้ากำมะหยี่แดง ไม่จำเป็นต้องมี มอก.", "velvet_fabric", waive=(TIS,)),
        ),
        (),
        (),
    ),
    Sme(
        55,
        "th",
        "หุ่นสายล้านนา",
        ALC,
        DOWN,
        "Chiang Mai",
        (o("หุ่นชักใยแบบล้านนา 12 สาย", "string_puppet"),),
        (
            n("ไม้ไผ่เหลา ทำคานบังคับหุ่น", "puppet_control_rods"),
            n("ผ้าทอมือลายล้านนา เนื้อฝ้าย มีโอทอปก็ดี", "handwoven_cotton_fabric", waive=("OTOP",)),
        ),
        (),
        (),
    ),
    Sme(
        56,
        "en",
        "Chiang Mai Marionette Studio",
        ALC,
        DOWN,
        "Chiang Mai",
        (o("Hand-carved marionettes, 8 strings, 45 cm", "string_puppet"),),
        (
            x("Nylon line for marionette strings", "nylon line; no one offers it"),
            n("Bright felt for costumes, OEKO-TEX certified", "felt_sheet", req=(OEKO,)),
        ),
        (),
        (),
    ),
    Sme(
        57,
        "th",
        "บ้านหนังตะลุงสุชาติ",
        CIR,
        DOWN,
        "Nakhon Si Thammarat",
        (
            o("รูปหนังตะลุง แกะมือ ลงสี ตัวละครครบชุด", "nang_talung_puppet"),
            o("พวงกุญแจหนังตะลุง ขายส่ง 100 ชิ้นขึ้นไป", "hide_small_souvenir"),
        ),
        (n("หนังวัวดิบทั้งผืน", "raw_hide"),),
        ("OTOP",),
        (),
    ),
    Sme(
        58,
        "th",
        "คณะหนังตะลุงนายหนังเฉลิม",
        ALC,
        DOWN,
        "Phatthalung",
        (o("แสดงหนังตะลุงทั้งคืน รับงานบวช งานศพ งานวัด", "nang_talung_performance"),),
        (
            n("รูปหนังชุดใหม่ อ้ายเท่ง หนูนุ้ย ตัวตลก", "nang_talung_puppet"),
            n("จอผ้าผืนใหม่สำหรับโรงหนัง", "shadow_screen"),
            n("ไม้ตับ ไม้ชี้รูป", "puppet_control_rods"),
        ),
        (),
        (),
    ),
    Sme(
        59,
        "en",
        "Trang Shadow Puppet Craft",
        CIR,
        DOWN,
        "Trang",
        (
            o("Nang talung figures, colour painted, moving arms", "nang_talung_puppet"),
            o("Framed shadow puppet wall art, 40 x 60 cm", "framed_shadow_puppet_art"),
        ),
        (n("Thin scraped hide for carving", "scraped_rawhide_sheet"),),
        (),
        (),
    ),
    Sme(
        60,
        "th",
        "ชมรมหนังใหญ่วัดขนอน",
        ALC,
        DOWN,
        "Ratchaburi",
        (
            o("การแสดงหนังใหญ่ ทุกเสาร์อาทิตย์", "nang_yai_performance"),
            o("ตัวหนังใหญ่จำลอง ขนาด 1 ม.", "nang_yai_panel"),
        ),
        (
            n("ช่างรับแกะหนังใหญ่ตามแบบโบราณของวัด", "hide_carving_service"),
            n("ผ้าขาวสำหรับขึงจอ", "bleached_cotton_fabric"),
        ),
        (),
        (),
    ),
    Sme(
        61,
        "en",
        "Phetchaburi Nang Yai Replicas",
        ALC,
        DOWN,
        "Phetchaburi",
        (
            o("Nang yai hide panels, reproduction, 1.2 m", "nang_yai_panel"),
            o("Shadow screens of bleached cotton, made to size", "shadow_screen"),
        ),
        (n("Dried hides, cow or buffalo", "raw_hide"),),
        (),
        (),
    ),
    Sme(
        62,
        "th",
        "ร้านหุ่นมือเด็กดี",
        ALC,
        DOWN,
        "Bangkok",
        (
            o("หุ่นมือผ้าสักหลาด รูปสัตว์ ชุด 10 ตัว", "glove_puppet"),
            o("หุ่นนิ้ว ผ้าสักหลาด", "finger_puppet"),
        ),
        (
            n("ผ้าสักหลาดม้วน สีสด ได้มาตรฐาน OEKO-TEX", "felt_sheet", req=(OEKO,)),
            n("ใยสังเคราะห์ยัดไส้", "polyester_fibrefill"),
        ),
        (OEKO, TIS),
        (),
    ),
    Sme(
        63,
        "en",
        "Isan Kids Puppets",
        ALI,
        DOWN,
        "Khon Kaen",
        (o("Finger puppets of Isan folk characters, cotton", "finger_puppet"),),
        (
            n("Kapok stuffing (nun), Organic Thailand not required", "kapok_fibre", waive=(ORG_TH,)),
            n("Handwoven cotton in Isan patterns", "handwoven_cotton_fabric"),
        ),
        (),
        (),
    ),
    Sme(
        64,
        "th",
        "ตุ๊กตาผ้ารักษ์โลก",
        CIR,
        DOWN,
        "Chiang Mai",
        (o("ตุ๊กตาผ้าจากเศษผ้า เย็บมือทุกตัว", "rag_doll"),),
        (
            n("เศษผ้าฝ้ายชิ้นใหญ่", "cotton_fabric_offcuts"),
            n("เสื้อยืดเก่า", "used_clothing"),
        ),
        (),
        ("circular",),
    ),
    Sme(
        65,
        "en",
        "Puppet Wardrobe Co.",
        ALC,
        DOWN,
        "Nonthaburi",
        (o("Costumes for hun lakhon puppets, sequinned, made to size", "puppet_costume"),),
        (
            n("Goldwork embroidery on our cut pieces", "goldwork_embroidery_service"),
            n("Satin in jewel tones", "satin_fabric"),
            n("Gold braid and lace trims", "metallic_gold_trim"),
        ),
        (),
        (),
    ),
    Sme(
        66,
        "th",
        "ห้องเสื้อหุ่นไทย",
        ALC,
        DOWN,
        "Bangkok",
        (o("ชุดหุ่นละครเล็ก ปักดิ้นทอง", "puppet_costume"),),
        (
            n("ผ้ายกดิ้นทอง ลายกนก", "brocade_fabric"),
            n("ดิ้นทองสำหรับปัก", "metallic_gold_thread"),
        ),
        (),
        (),
    ),
    Sme(
        67,
        "en",
        "Hat Yai Souvenir Makers",
        CIR,
        DOWN,
        "Songkhla",
        (
            o("Nang talung keychains and magnets in hide", "hide_small_souvenir"),
            o("Printed T-shirts with shadow puppet motif", "cotton_tshirt"),
        ),
        (n("Hide scraps from carving workshops", "hide_offcuts"),),
        (),
        ("circular",),
    ),
    Sme(
        68,
        "th",
        "ร้านถุงผ้าลายไทย",
        ALC,
        DOWN,
        "Bangkok",
        (o("ถุงผ้าฝ้ายย้อมคราม สกรีนลายหนังตะลุง", "fabric_bag"),),
        (
            n("ผ้าฝ้ายย้อมครามหรือห้อม ไม่ใช้สีเคมี", "indigo_dyed_cotton_fabric"),
            n("โรงสกรีนรับพิมพ์ลายบนถุงที่เราส่งไป", "screen_printing_service"),
        ),
        (),
        (),
    ),
    Sme(
        69,
        "en",
        "Stage Black Apparel",
        SPT,
        DOWN,
        "Bangkok",
        (
            o("Black stretch bodysuits and hoods for puppeteers", "black_performance_bodysuit"),
            o("Mascot costumes for sports events", "mascot_costume"),
        ),
        (n("Black 4-way stretch jersey", "spandex_jersey_fabric"),),
        (),
        (),
    ),
    Sme(
        70,
        "th",
        "มาสคอตเมกเกอร์",
        SPT,
        DOWN,
        "Pathum Thani",
        (o("ชุดมาสคอต หุ่นตัวใหญ่สวมเดินได้", "mascot_costume"),),
        (x("ผ้าขนเทียม ขนยาว 2 นิ้ว สีส้ม", "faux fur; no one offers it"),),
        (),
        (),
    ),
    Sme(
        71,
        "en",
        "Thai Puppet Souvenirs Online",
        ALC,
        DOWN,
        "Bangkok",
        (o("Mini marionettes, 25 cm, gift boxed", "string_puppet"),),
        (
            n("Small silk pieces in bright colours", "silk_fabric_offcuts", "silk_fabric"),
            n("OTOP-registered shadow puppets for resale", "nang_talung_puppet", req=("OTOP",)),
        ),
        (),
        (),
    ),
    Sme(
        72,
        "th",
        "พิพิธภัณฑ์หุ่นไทย",
        ALC,
        DOWN,
        "Bangkok",
        (o("เวิร์กช็อปทำหุ่นกระบอก สำหรับโรงเรียน", "puppet_workshop_service"),),
        (
            n("ช่างบูรณะหุ่นละครเล็กเก่า", "puppet_restoration_service"),
            x("ตู้โชว์กระจก กันชื้น", "display cabinets; no one offers them"),
            n("หนังใหญ่จำลองไว้จัดแสดง", "nang_yai_panel"),
        ),
        (),
        (),
    ),
    Sme(
        73,
        "en",
        "Bangkok Puppetry Museum Shop",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (
            n("Small hide souvenirs with shadow puppet designs, min 200", "hide_small_souvenir"),
            n("Mini rod puppets for the shop", "rod_puppet"),
        ),
        (),
        (),
    ),
    Sme(
        74,
        "th",
        "โรงเรียนอนุบาลบ้านเรา",
        ALI,
        DOWN,
        "Khon Kaen",
        (),
        (
            n("หุ่นมือหรือหุ่นนิ้ว สำหรับเล่านิทาน 20 ตัว", "glove_puppet", "finger_puppet"),
            n("หุ่นนิ้วมือ ปลอดสาร มี มอก.", "finger_puppet", req=(TIS,)),
            n("ใครรับเล่นละครหุ่นกระบอกที่โรงเรียนบ้างคะ", "puppet_show_service"),
        ),
        (),
        (),
    ),
    Sme(
        75,
        "en",
        "Little Lotus Kindergarten",
        ALC,
        DOWN,
        "Nonthaburi",
        (),
        (
            n("Washable hand puppets for storytelling", "glove_puppet"),
            n("Puppet-making class for our teachers", "puppet_workshop_service"),
        ),
        (),
        (),
    ),
    Sme(
        76,
        "th",
        "โรงเรียนวัดหาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        (),
        (
            n("อยากให้คณะหนังตะลุงมาแสดงวันภาษาไทย", "nang_talung_performance"),
            n("รูปหนังตะลุงให้นักเรียนฝึกเชิด", "nang_talung_puppet"),
        ),
        (),
        (),
    ),
    Sme(
        77,
        "en",
        "Udon Silver Years Care Home",
        ALI,
        DOWN,
        "Udon Thani",
        (),
        (
            n("Soft rag dolls for memory-care sessions", "rag_doll"),
            n("Visiting puppet show once a month?", "puppet_show_service"),
            x("Anti-slip socks for residents", "socks; no one offers them"),
        ),
        (),
        (),
    ),
    Sme(
        78,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        ALC,
        DOWN,
        "Nakhon Pathom",
        (),
        (
            n("หุ่นมือผ้านุ่ม ใช้ทำกิจกรรมผู้สูงวัย", "glove_puppet"),
            n("วิทยากรสอนทำหุ่น", "puppet_workshop_service"),
            x("เตียงผู้ป่วยปรับไฟฟ้า", "beds; no one offers them"),
        ),
        (),
        (),
    ),
    Sme(
        79,
        "en",
        "Pattaya Heritage Hotel",
        ALC,
        DOWN,
        "Chonburi",
        (),
        (
            n("Framed nang talung art for 80 rooms", "framed_shadow_puppet_art"),
            n("Cushion covers in indigo cotton", "cushion_cover"),
            n("Evening shadow play for guests", "nang_talung_performance", "nang_yai_performance"),
        ),
        (),
        (),
    ),
    Sme(
        80,
        "th",
        "ร้านของฝากภูเก็ต",
        ALC,
        DOWN,
        "Phuket",
        (),
        (
            n("เสื้อยืดลายหนังตะลุง", "cotton_tshirt"),
            n("ผ้าคลุมไหล่ขายนักท่องเที่ยว", "scarf"),
        ),
        (),
        (),
    ),
    Sme(
        81,
        "en",
        "Krabi Craft Corner",
        CIR,
        DOWN,
        "Krabi",
        (),
        (
            n("Cloth shopping bags for the shop", "fabric_bag"),
            n(
                "Shadow puppet magnets and key chains, OTOP welcome but not required",
                "hide_small_souvenir",
                waive=("OTOP",),
            ),
        ),
        (),
        (),
    ),
    Sme(
        82,
        "th",
        "คณะหุ่นหมอลำอุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        (o("แสดงหุ่นกระบอกหมอลำ", "puppet_show_service"),),
        (
            n("หุ่นกระบอกตัวใหม่ 10 ตัว", "rod_puppet"),
            n("ผ้าไหมพื้นสีสด", "silk_fabric"),
            n("ช่างตัดชุดหุ่นจากผ้าของคณะ", "sewing_service"),
        ),
        (),
        (),
    ),
    Sme(
        83,
        "th",
        "คณะหุ่นโคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        (),
        (
            n("ย้อมครามผ้าชุดของคณะ", "indigo_dyeing_service"),
            x("เช่าไฟเวที", "stage lighting; no one offers it"),
        ),
        (),
        (),
    ),
    Sme(
        84,
        "th",
        "ร้านผ้าคลุมไหล่กัญชง",
        HNF,
        DOWN,
        "Chiang Mai",
        (o("ผ้าคลุมไหล่กัญชง ปักลายหุ่นล้านนา", "scarf"),),
        (x("เส้นด้ายกัญชง ได้ GOTS", "no hemp yarn supplier holds GOTS", "hemp_yarn", req=("GOTS",)),),
        (),
        ("bio",),
    ),
    Sme(
        85,
        "en",
        "Hemp & Hide Gifts",
        HNF,
        DOWN,
        "Chiang Mai",
        (
            o("Indigo hemp shoulder bags with puppet patch", "fabric_bag"),
            o("Hide keyrings and bookmarks carved as nang talung", "hide_small_souvenir"),
        ),
        (
            n("Hide offcuts for bookmarks", "hide_offcuts"),
            x("Hemp cloth already dyed with indigo, 100 m", "no one sells indigo-dyed hemp cloth"),
        ),
        (),
        ("bio",),
    ),
    Sme(
        86,
        "th",
        "ร้านของที่ระลึกสนามหลวง",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (
            n("ผ้าพันคอ", "scarf"),
            x("โปสการ์ดลายหุ่นไทย", "postcards; no one offers them"),
        ),
        (),
        (),
    ),
    Sme(
        87,
        "en",
        "Ayutthaya Heritage Museum",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        (),
        (
            n("Conservation of old nang yai hides", "hide_restoration_service"),
            n("Replica nang yai for a hands-on room", "nang_yai_panel"),
            x("Acid-free storage boxes", "boxes; no one offers them"),
        ),
        (),
        (),
    ),
    Sme(
        88,
        "th",
        "ร้านของฝากเมืองคอน",
        ALC,
        DOWN,
        "Nakhon Si Thammarat",
        (),
        (
            n("ผ้ายกดิ้นทอง ผืนเล็ก ขายนักท่องเที่ยว", "brocade_fabric"),
            n("รูปหนังตะลุงใส่กรอบ", "framed_shadow_puppet_art"),
        ),
        (),
        (),
    ),
    Sme(
        89,
        "en",
        "Upcycle Puppet Lab",
        CIR,
        DOWN,
        "Bangkok",
        (
            o("Glove puppets sewn from old jeans", "glove_puppet"),
            o("Workshop: make a puppet from old clothes", "puppet_workshop_service"),
        ),
        (n("Used denim, any size", "used_clothing"),),
        (),
        ("circular",),
    ),
    Sme(
        90,
        "th",
        "กลุ่มผู้สูงอายุทำหุ่นร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        (
            o("หุ่นมือผ้าขิด ฝีมือผู้สูงวัย", "glove_puppet"),
            o("หุ่นสวมนิ้วจากเศษผ้าไหม", "finger_puppet"),
        ),
        (
            n("เศษผ้าไหม", "silk_fabric_offcuts"),
            n("นุ่น", "kapok_fibre"),
        ),
        (),
        ("circular",),
    ),
    Sme(
        91,
        "en",
        "Sarakham Elder Care Centre",
        ALI,
        DOWN,
        "Maha Sarakham",
        (),
        (
            n("Therapy hand puppets, soft, OEKO-TEX certified", "glove_puppet", req=(OEKO,)),
            x("Weighted lap blankets", "no one offers them"),
        ),
        (),
        (),
    ),
    Sme(
        92,
        "th",
        "คณะหนังตะลุงเยาวชนสุราษฎร์",
        ALC,
        DOWN,
        "Surat Thani",
        (o("หนังตะลุงเยาวชน แสดงงานโรงเรียน", "nang_talung_performance"),),
        (
            x("ใครมีรูปหนังเก่ามือสองขายบ้าง", "used puppets; no one sells second-hand figures"),
            n("จอผ้าขาว พร้อมขอบ", "shadow_screen"),
        ),
        (),
        (),
    ),
    Sme(
        93,
        "en",
        "River Kwai Resort",
        ALC,
        DOWN,
        "Kanchanaburi",
        (),
        (
            n(
                "Nightly show for guests: shadow play, hun krabok, any kind",
                "nang_talung_performance",
                "nang_yai_performance",
                "puppet_show_service",
            ),
            n("Indigo cushion covers", "cushion_cover"),
        ),
        (),
        (),
    ),
    Sme(
        94,
        "th",
        "ร้านครามสกล",
        ALI,
        DOWN,
        "Sakon Nakhon",
        (
            o("ปลอกหมอนอิงผ้าย้อมคราม", "cushion_cover"),
            o("ผ้าพันคอฝ้ายย้อมคราม", "scarf"),
        ),
        (n("ผ้าฝ้ายทอมือย้อมครามแล้ว เป็นพับ", "indigo_dyed_cotton_fabric"),),
        ("OTOP",),
        (),
    ),
    Sme(
        95,
        "en",
        "Siam Stage Costume Rental",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (
            n("Hun lakhon costumes, sequinned, 20 sets", "puppet_costume"),
            n("Embroidery with gold purl on our costumes", "goldwork_embroidery_service"),
            n("Peacock Emblem certified silk for royal-style costumes", "silk_fabric", req=(PEACOCK,)),
        ),
        (),
        (),
    ),
)

SMES: tuple[Sme, ...] = UPSTREAM + MIDSTREAM + DOWNSTREAM

# ------------------------------------------------------------------ links, checks, counts, output

THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
THAI_ANY = re.compile(r"[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
LABEL_FORM = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
MIN_THAI_RATIO = 0.6  # Thai letters among all letters of a Thai phrase; brand names and units may be Latin


def qualified_suppliers(need: Need, buyer: Sme, tx: Any) -> list[str]:
    """Ids of the SMEs other than the buyer with an offer the need lists and every certification it requires."""
    found = []
    for sme in SMES:
        if sme.id == buyer.id:
            continue
        certs = tx.canonical_certifications(sme.certs)
        if any(offer.label in need.labels for offer in sme.offers) and set(need.req) <= certs:
            found.append(sme.id)
    return found


def true_links(tx: Any) -> list[tuple[str, str]]:
    pairs = {
        (supplier, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if not need.unmet
        for supplier in qualified_suppliers(need, buyer, tx)
    }
    return sorted(pairs)


def names_certification(text: str, name: str, tx: Any) -> bool:
    """Whether `text` names the certification at all, affirmed or negated."""
    cert = next(c for c in tx.CERTIFICATIONS if c.name == name)
    folded = unicodedata.normalize("NFKC", text).casefold()
    spelled = any(unicodedata.normalize("NFKC", m).casefold() in folded for m in cert.mentions)
    spelled = spelled or any(m in text for m in cert.case_sensitive_mentions)
    patterned = any(
        re.search(unicodedata.normalize("NFKC", p), unicodedata.normalize("NFKC", text)) for p in cert.patterns
    )
    return spelled or patterned


def check_script(text: str, lang: str, where: str, errors: list[str]) -> None:
    if lang == "en":
        if THAI_ANY.search(text):
            errors.append(f"{where}: English phrase contains Thai letters: {text!r}")
        if any(ch.isalpha() and not LATIN_LETTER.match(ch) for ch in text):
            errors.append(f"{where}: English phrase has non-Latin letters: {text!r}")
        return
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if thai == 0 or thai / (thai + latin) < MIN_THAI_RATIO:
        errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")


def check(tx: Any, links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids must run bpv-001 ... bpv-095 in order, each once")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    sub_clusters = {s.value for s in tx.SubCluster}
    stages = {s.value for s in tx.Stage}
    bcg_tags = {b.value for b in tx.BcgTag}
    cert_names = {c.name for c in tx.CERTIFICATIONS}
    offered_by: dict[str, set[str]] = {}
    offer_texts: set[str] = set()
    for sme in SMES:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.id)
            offer_texts.add(offer.text.casefold())
    for sme in SMES:
        where = sme.id
        if sme.lang not in tx.LANGUAGES:
            errors.append(f"{where}: bad language {sme.lang!r}")
        if sme.sub not in sub_clusters:
            errors.append(f"{where}: bad sub_cluster {sme.sub!r}")
        if sme.stage not in stages:
            errors.append(f"{where}: bad stage {sme.stage!r}")
        province = tx.resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not a canonical English province name")
        for cert in sme.certs:
            if tx.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(sme.certs)) != len(sme.certs) or len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: repeated certification or BCG tag")
        if not set(sme.bcg) <= bcg_tags:
            errors.append(f"{where}: bad BCG tags {sme.bcg}")
        if not (0 <= len(sme.offers) <= 3 and 0 <= len(sme.needs) <= 3) or not (sme.offers or sme.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        texts = [sme.name, *(offer.text for offer in sme.offers), *(need.text for need in sme.needs)]
        for text in texts:
            if not text or text != text.strip() or "  " in text:
                errors.append(f"{where}: empty or badly spaced text {text!r}")
            check_script(text, sme.lang, where, errors)
        if len({t.casefold() for t in texts}) != len(texts):
            errors.append(f"{where}: a phrase is repeated within the profile")
        for offer in sme.offers:
            if not LABEL_FORM.match(offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
        for need in sme.needs:
            w = f"{where} need {need.text!r}"
            if need.text.casefold() in offer_texts:
                errors.append(f"{w}: worded exactly like an offer")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    errors.append(f"{w}: label {label!r} is offered by no one else")
            if not need.unmet and not need.labels:
                errors.append(f"{w}: a met need must list labels")
            suppliers = qualified_suppliers(need, sme, tx)
            if need.unmet and suppliers:
                errors.append(f"{w}: marked unmet but met by {suppliers}")
            if not need.unmet and not suppliers:
                errors.append(f"{w}: no qualified supplier")
            if not set(need.req) | set(need.waive) <= cert_names or set(need.req) & set(need.waive):
                errors.append(f"{w}: bad required or waived certifications")
            asked = tx.find_certifications(need.text)
            if asked != set(need.req):
                errors.append(f"{w}: text asks for {sorted(asked)}, labelled as requiring {sorted(need.req)}")
            for name in need.waive:
                if not names_certification(need.text, name, tx) or name in asked:
                    errors.append(f"{w}: waived {name!r} must be named in the text and not asked for")
    stats = counts(tx, links)
    thai_share = stats["thai"] / len(SMES)
    if not THAI_SHARE_MIN <= thai_share <= THAI_SHARE_MAX:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_MIN}-{THAI_SHARE_MAX}")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        errors.append(f"{len(links)} true links, outside {LINKS_MIN}-{LINKS_MAX}")
    if not CROSS_SHARE_MIN <= stats["cross_share"] <= CROSS_SHARE_MAX:
        errors.append(f"cross-language share {stats['cross_share']:.2f} outside {CROSS_SHARE_MIN}-{CROSS_SHARE_MAX}")
    if not UNMET_MIN <= stats["unmet"] <= UNMET_MAX:
        errors.append(f"{stats['unmet']} unmet needs, outside {UNMET_MIN}-{UNMET_MAX}")
    if stats["met_by_1_to_3"] < 0.6 * stats["met"]:
        errors.append("most met needs should be met by 1-3 suppliers")
    return errors


def counts(tx: Any, links: list[tuple[str, str]]) -> dict[str, Any]:
    lang = {sme.id: sme.lang for sme in SMES}
    sub = {sme.id: sme.sub for sme in SMES}
    needs = [(sme, need) for sme in SMES for need in sme.needs]
    met = [(sme, need) for sme, need in needs if not need.unmet]
    per_need = [len(qualified_suppliers(need, sme, tx)) for sme, need in met]
    th_en = sum(1 for s, b in links if lang[s] == "th" and lang[b] == "en")
    en_th = sum(1 for s, b in links if lang[s] == "en" and lang[b] == "th")
    regions = Counter(tx.resolve_province(sme.province).region.value for sme in SMES)
    return {
        "profiles": len(SMES),
        "thai": sum(1 for sme in SMES if sme.lang == "th"),
        "english": sum(1 for sme in SMES if sme.lang == "en"),
        "sub_clusters": Counter(sme.sub for sme in SMES),
        "stages": Counter(sme.stage for sme in SMES),
        "regions": regions,
        "provinces": len({sme.province for sme in SMES}),
        "offers": sum(len(sme.offers) for sme in SMES),
        "offer_labels": len({offer.label for sme in SMES for offer in sme.offers}),
        "needs": len(needs),
        "met": len(met),
        "unmet": len(needs) - len(met),
        "met_by": Counter(min(k, 4) for k in per_need),
        "met_by_1_to_3": sum(1 for k in per_need if 1 <= k <= 3),
        "req": sum(1 for _, need in needs if need.req),
        "waive": sum(1 for _, need in needs if need.waive),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for s, b in links if sub[s] != sub[b]),
    }


def counts_table(tx: Any, links: list[tuple[str, str]]) -> str:
    c = counts(tx, links)
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English profiles", f"{c['thai']} / {c['english']}"),
    ]
    rows += [(f"sub-cluster `{s.value}`", str(c["sub_clusters"][s.value])) for s in tx.SubCluster]
    rows += [(f"stage `{s.value}`", str(c["stages"][s.value])) for s in tx.Stage]
    rows += [(f"region `{r.value}`", str(c["regions"][r.value])) for r in tx.Region]
    met_by = c["met_by"]
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['met']} / {c['unmet']}"),
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(met_by[k]) for k in range(1, 5)),
        ),
        ("needs requiring a certification", str(c["req"])),
        ("needs waiving a certification", str(c["waive"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links (share)", f"{c['th_en'] + c['en_th']} ({c['cross_share']:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    lines = ["| count | value |", "|---|---|", *(f"| {name} | {value} |" for name, value in rows)]
    return "\n".join(lines) + "\n"


def profile_record(sme: Sme) -> dict[str, Any]:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": f"{sme.id.replace('-', '')}@example.co.th",
        "language": sme.lang,
    }


README = """# Evaluation set `blind_plain_puppets`

## What the set checks

How well the matcher finds true supplier-buyer pairs from wording it has never seen. The theme is puppets
and shadow theatre: hun lakhon lek, hun krabok and string puppets, nang yai and nang talung figures of hide,
puppet costumes with gold trim, glove and finger puppets for schools and care homes, troupes, museums,
schools and souvenir shops that buy, plus the ordinary upstream and midstream suppliers of the cluster
(hemp, cotton, silk, kapok, indigo and lac, hide, textile waste, weaving, dyeing, trims, sewing).

The profiles are plain registry entries: one short phrase per offer or need, 1-3 of each (some SMEs only
buy or only sell). The same goods are written in many ways (regional names such as hom and khram for
indigo, trade words, abbreviations, with and without quantities, prices and sizes), and a need is worded
differently from the offers that meet it, often in the other language. Hard cases on purpose: a service
versus the goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed cloth, sewing for
others versus finished costumes, carving the customer's hide versus carved figures); waste and used goods
versus new; raw versus processed (raw hide, scraped hide sheets, carved figures; fibre, yarn, cloth);
finished goods described by material, colour or technique (an indigo cotton bag printed with a shadow
puppet is a bag); needs written as a wish, a bare noun or a question; a refusal of synthetic dye; needs
that require a named certification and needs that name one only to waive it; and needs that no one in
the set meets, including one whose goods exist but whose required certificate no supplier holds.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the project's ruff
settings; nothing of the matcher, its glossary, its tests, other evaluation sets or the cluster data.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never decide a link;
what changes what the thing is does. A waived certification is not required. The labels live only in
`write.py`; the written files carry none.

Before writing, the script checks ids, every contract field (sub-cluster, stage and BCG values from the
taxonomy; every province through `resolve_province`, every certification through
`resolve_certification`), that every listed label is offered by someone other than the buyer, that every
met need has a qualified supplier and every unmet one has none, that the certifications a need's text
asks for (by `find_certifications`) are exactly the ones it requires and that a waived one is named but
not asked for, that Thai phrases are mostly Thai letters and English ones Latin only, and the size
targets. It writes nothing if any check fails, and two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_puppets/write.py

## Files

- `write.py`: all data, labels and checks; writes the three files below and prints the counts.
- `profiles.jsonl`: {profiles} SME profiles in the contract's JSONL version 1, ids `bpv-001` ... `bpv-095`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(tx: Any) -> dict[str, bytes]:
    links = true_links(tx)
    profiles = "".join(json.dumps(profile_record(sme), ensure_ascii=False) + "\n" for sme in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    table = counts_table(tx, links)
    readme = README.replace("{profiles}", str(len(SMES))).replace("{table}", table)
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    from shared import taxonomy as tx

    links = true_links(tx)
    errors = check(tx, links)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    first, second = render(tx), render(tx)
    if first != second:
        print("error: two renders differ; nothing written", file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(counts_table(tx, links), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
