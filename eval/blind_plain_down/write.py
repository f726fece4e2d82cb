"""Write the hand-labelled evaluation set `eval/blind_plain_down/` (feathers and down).

Run from the repository root:

    .venv/bin/python eval/blind_plain_down/write.py

Every offer is a (text, label) pair; every need lists the offer labels that would meet it and the
certifications its text requires (or waives), or is marked as met by no one with a note. The true
links follow from the labels alone. The script checks the data and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import importlib
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
taxonomy = importlib.import_module("shared.taxonomy")

PREFIX = "bdw"
PROFILE_COUNT = 95

HNF = "hemp_natural_fibre"
CT = "circular_textile"
SPT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

OEKO = "OEKO-TEX Standard 100"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""


@dataclass(frozen=True)
class Profile:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the listed offer labels meet (with every certification in `req`)."""
    return Need(text, labels, req, waive)


def u(text: str, label: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `label` names what would meet it."""
    return Need(text, (label,), req, waive, note)


def P(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    certifications: tuple[str, ...],
    bcg: tuple[str, ...],
    offers: list[tuple[str, str]],
    needs: list[Need],
) -> Profile:
    return Profile(num, language, name, sub_cluster, stage, province, certifications, bcg, tuple(offers), tuple(needs))


# ------------------------------------------------------------------ part A: feathers, down, washing, ticking

PART_A = [
    P(
        1,
        "th",
        "สหกรณ์ผู้เลี้ยงเป็ด สุพรรณบุรี",
        HNF,
        UP,
        "Suphan Buri",
        (),
        ("bio",),
        [("ขนเป็ดสด ยังไม่ล้าง จากโรงเชือด ขายเหมาเป็นตัน", "raw_duck_feathers")],
        [n("หาโรงรับจ้างล้างขน ล้างขนของเราแล้วส่งคืน", "feather_washing_service")],
    ),
    P(
        2,
        "en",
        "Nakhon Chai Si Poultry Processing Co., Ltd.",
        HNF,
        UP,
        "Nakhon Pathom",
        ("ISO 9001",),
        (),
        [
            ("Wet duck plumage off the slaughter line, unwashed, bulk", "raw_duck_feathers"),
            ("Feather dust & broken quills (by-product)", "feather_waste"),
        ],
        [u("50 kg woven PP sacks, 10,000 pcs", "pp_woven_sack", "packaging; no one in the set makes sacks")],
    ),
    P(
        3,
        "th",
        "ฟาร์มห่าน ป่าโมก",
        HNF,
        UP,
        "Ang Thong",
        (),
        ("bio",),
        [("ขนห่านสด คละไซซ์ ขั้นต่ำ 200 กก.", "raw_goose_feathers")],
        [],
    ),
    P(
        4,
        "th",
        "ฟาร์มเป็ดไล่ทุ่ง แปดริ้ว",
        HNF,
        UP,
        "Chachoengsao",
        (),
        ("bio",),
        [("ขนเป็ดตากแห้ง ยังไม่คัด กระสอบละ 20 โล", "raw_duck_feathers")],
        [u("เครื่องถอนขนเป็ด มือสอง สภาพดี", "feather_plucking_machine", "machinery; no one sells it")],
    ),
    P(
        5,
        "th",
        "บริษัท ไทยดาวน์ แอนด์ เฟเธอร์ จำกัด",
        HNF,
        UP,
        "Nakhon Pathom",
        (OEKO,),
        ("bio",),
        [
            ("ขนเป็ดซักอบแล้ว ขนาด 2-4 ซม. สำหรับยัดหมอน", "washed_feathers"),
            ("ดาวน์เป็ดขาว 80/20 ผ่านการล้างและอบฆ่าเชื้อ", "duck_down"),
        ],
        [n("รับซื้อขนเป็ดเปียก ไม่ต้องผ่านการล้าง ทุกวัน", "raw_duck_feathers")],
    ),
    P(
        6,
        "en",
        "Siam Feather Processing Co., Ltd.",
        HNF,
        UP,
        "Samut Sakhon",
        ("ISO 9001", OEKO),
        ("bio",),
        [
            ("Washed & sterilised duck feather 5-7 cm, 25 kg bales", "washed_feathers"),
            ("Grey duck down 50%, min. 100 kg", "duck_down"),
            ("Feather fines and quills left from sorting", "feather_waste"),
        ],
        [],
    ),
    P(
        7,
        "th",
        "โรงซักขนสัตว์ปีก โพธาราม",
        CT,
        MID,
        "Ratchaburi",
        (),
        ("circular",),
        [
            ("รับจ้างซักล้าง อบไอน้ำฆ่าเชื้อ ขนเป็ดขนห่านของลูกค้า", "feather_washing_service"),
            ("ฝุ่นขนและก้านขนที่คัดทิ้ง", "feather_waste"),
        ],
        [u("ผงซักฟอกสูตรอ่อน สำหรับล้างขนสัตว์ปีก", "feather_detergent", "washing chemicals; no supplier in the set")],
    ),
    P(
        8,
        "en",
        "EastCoast Down Laundry",
        CT,
        MID,
        "Chonburi",
        (),
        ("circular",),
        [("Commission washing & steam sterilising of clients' own feathers and down", "feather_washing_service")],
        [],
    ),
    P(
        9,
        "en",
        "Bangkok Down Trading Co.",
        HNF,
        UP,
        "Bangkok",
        (OEKO,),
        (),
        [
            ("Hungarian white goose down 90/10, imported, 25 kg", "goose_down"),
            ("White duck down 85%, washed", "duck_down"),
        ],
        [u("Fill-power and down-content testing lab", "down_testing_service", "laboratory service; no lab in the set")],
    ),
    P(
        10,
        "th",
        "กลุ่มเลี้ยงห่าน ปักธงชัย",
        HNF,
        UP,
        "Nakhon Ratchasima",
        (),
        ("bio",),
        [("ดาวน์ห่าน 70% ล้างแล้ว", "goose_down")],
        [],
    ),
    P(
        11,
        "en",
        "ReDown Circular Co., Ltd.",
        CT,
        UP,
        "Pathum Thani",
        ("GRS",),
        ("circular",),
        [("GRS recycled down 80%, reclaimed from hotel duvets", "recycled_down")],
        [
            n("End-of-life feather pillows and comforters from hotels", "used_bedding"),
            n("Outsourced wash & sanitise of reclaimed fill", "feather_washing_service"),
        ],
    ),
    P(
        12,
        "th",
        "ขนเป็ดรีไซเคิล ล้านนา",
        CT,
        UP,
        "Chiang Mai",
        (),
        ("circular",),
        [("ดาวน์รีไซเคิล จากผ้านวมเก่า ล้างใหม่ทั้งหมด", "recycled_down")],
        [n("รับซื้อหมอนขนเป็ด ผ้าห่มขนห่าน ที่โรงแรมปลดระวาง", "used_bedding")],
    ),
    P(
        13,
        "th",
        "โรงทอ ขอนแก่นเท็กซ์ไทล์",
        HNF,
        MID,
        "Khon Kaen",
        (),
        (),
        [
            ("ผ้ากันขนซึม คอตตอน 100% 233 เส้น", "downproof_cotton_ticking"),
            ("ผ้าดิบทอเครื่อง หน้ากว้าง 60 นิ้ว", "cotton_greige_fabric"),
        ],
        [
            n("จ้างฟอกขาว ย้อมผ้าผืนของเรา", "fabric_dyeing_service"),
        ],
    ),
    P(
        14,
        "en",
        "DownShield Textiles Co., Ltd.",
        SPT,
        MID,
        "Samut Prakan",
        ("bluesign", OEKO),
        ("green",),
        [
            ("20D nylon ripstop, down-proof calendered, cire finish", "downproof_nylon_fabric"),
            ("Feather-proof cotton cambric 280TC, white", "downproof_cotton_ticking"),
        ],
        [u("Nylon 6 filament yarn 20 denier", "nylon_filament_yarn", "no filament spinner in the set")],
    ),
    P(
        15,
        "th",
        "บริษัท ผ้าร่มกันขน จำกัด",
        SPT,
        MID,
        "Samut Sakhon",
        (),
        (),
        [("ผ้าไนลอน 380T กันขนลอด เคลือบซีเร่ สำหรับเสื้อขนเป็ด", "downproof_nylon_fabric")],
        [n("รับจ้างย้อมผ้าไนลอนดิบของเรา ตามสีแพนโทน", "synthetic_dyeing_service")],
    ),
    P(
        16,
        "en",
        "Northern Percale Weaving",
        HNF,
        MID,
        "Lamphun",
        (),
        (),
        [("Down-proof ticking, 100% cotton, 300 thread count, 90 in.", "downproof_cotton_ticking")],
        [n("GOTS organic combed cotton yarn Ne 60", "cotton_yarn", req=("GOTS",))],
    ),
    P(
        17,
        "th",
        "หมอนขนเป็ด บางบัวทอง",
        ALC,
        DOWN,
        "Nonthaburi",
        (),
        (),
        [("หมอนขนเป็ดแท้ 19x29 นิ้ว", "feather_pillow")],
        [
            n("ขนนกล้างสะอาด ขนาดเล็ก สำหรับยัดไส้", "washed_feathers"),
            n("ผ้าทอแน่น ขนไม่ทะลุ ทำปลอกชั้นใน ไม่ต้องมี OEKO-TEX", "downproof_cotton_ticking", waive=(OEKO,)),
        ],
    ),
    P(
        18,
        "en",
        "Cloud Nine Bedding Co., Ltd.",
        ALC,
        DOWN,
        "Bangkok",
        (OEKO,),
        (),
        [
            ("Goose down pillow 90/10, 750 fill power", "down_pillow"),
            ("All-season goose down duvet, king", "down_duvet"),
        ],
        [
            n("Premium white goose down, 90% cluster or better", "goose_down"),
            n("Tight casing cloth that feathers cannot poke through", "downproof_cotton_ticking"),
            n("Logo embroidery on pillow shams", "embroidery_service"),
        ],
    ),
    P(
        19,
        "th",
        "ร้านหมอนหนุน อุดร",
        ALI,
        DOWN,
        "Udon Thani",
        (),
        (),
        [("หมอนขนเป็ดผสม ขนาดมาตรฐาน ขายส่ง", "feather_pillow")],
        [
            n("ขนเป็ดที่ซักอบแล้ว พร้อมยัด", "washed_feathers"),
            n("จ้างเย็บปลอกหมอน ตามแบบของร้าน", "bedding_sewing_service"),
        ],
    ),
    P(
        20,
        "en",
        "Feather & Rest Co.",
        ALC,
        DOWN,
        "Kanchanaburi",
        (),
        (),
        [("Duck feather pillows, hotel grade, 1,000 g fill", "feather_pillow")],
        [n("Empty pillow shells in downproof cotton", "ticking_shell")],
    ),
]

# ------------------------------------------------------------------ part B: bedding, fill, outdoor, services

PART_B = [
    P(
        21,
        "th",
        "ผ้านวมขนห่าน ตราลมหนาว",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (),
        [
            ("ผ้านวมขนห่านขาว 90% ฟิลพาวเวอร์ 650", "down_duvet"),
            ("หมอนขนห่าน ดาวน์ล้วน", "down_pillow"),
        ],
        [
            n("ดาวน์ห่านขาว เกรดพรีเมียม นำเข้า", "goose_down"),
            n("ผ้าคัมบริกกันขนลอด สำหรับปลอกผ้านวม", "downproof_cotton_ticking"),
        ],
    ),
    P(
        22,
        "th",
        "หมอนขิด บ้านศรีฐาน",
        ALI,
        DOWN,
        "Yasothon",
        ("OTOP",),
        ("bio",),
        [
            ("หมอนขิด หมอนสามเหลี่ยม ยัดนุ่น", "kapok_pillow"),
            ("ผ้าขิดทอมือ เมตรละ 250 บาท", "handwoven_cotton_fabric"),
        ],
        [
            n("นุ่นเบา ปั่นแล้ว", "kapok_fibre"),
            n("เส้นฝ้ายทำขิด ไม่จำเป็นต้องมีมาตรฐานเกษตรอินทรีย์", "cotton_yarn", waive=(ORG_TH,)),
        ],
    ),
    P(
        23,
        "th",
        "กลุ่มนุ่น บ้านโนนสัง",
        ALI,
        UP,
        "Nong Bua Lam Phu",
        (),
        ("bio",),
        [("นุ่นดีดแล้ว ไม่มีเมล็ด กิโลละ 90 บาท", "kapok_fibre")],
        [n("ขนไก่ขนเป็ดป่น เอาไปหมักปุ๋ย", "feather_waste")],
    ),
    P(
        24,
        "en",
        "Isan Comfort Cushions",
        ALI,
        DOWN,
        "Khon Kaen",
        (),
        (),
        [("Triangle axe cushions stuffed with kapok", "kapok_pillow")],
        [
            n("Kapok floss, seed-free, 50 kg", "kapok_fibre"),
            n("Hand-loomed cotton with khit patterns", "handwoven_cotton_fabric"),
        ],
    ),
    P(
        25,
        "th",
        "โรงงานหมอนใยสังเคราะห์ บางพลี",
        ALC,
        DOWN,
        "Samut Prakan",
        (),
        (),
        [
            ("หมอนใยไมโครไฟเบอร์ ขายส่งโรงแรม", "synthetic_pillow"),
            ("ผ้านวมใยสังเคราะห์ ซักเครื่องได้", "synthetic_duvet"),
        ],
        [n("ใยบอล ใยซิลิโคน สำหรับยัดหมอน", "polyester_fibrefill")],
    ),
    P(
        26,
        "en",
        "rFill Fibres Co., Ltd.",
        CT,
        UP,
        "Rayong",
        ("GRS",),
        ("circular",),
        [("Hollow conjugated siliconised fibrefill from recycled PET, 7D", "polyester_fibrefill")],
        [u("Post-consumer PET bottle flakes, clear", "pet_bottle_flakes", "no bottle recycler in the set")],
    ),
    P(
        27,
        "th",
        "ใยฟู มหาชัย",
        CT,
        UP,
        "Samut Sakhon",
        (),
        (),
        [("ใยโพลีเอสเตอร์ ยัดหมอน ยัดตุ๊กตา กระสอบ 15 โล", "polyester_fibrefill")],
        [],
    ),
    P(
        28,
        "en",
        "HypoRest Pillows",
        ALC,
        DOWN,
        "Nonthaburi",
        (OEKO,),
        (),
        [("Down-alternative microfibre pillow, anti-allergy", "synthetic_pillow")],
        [n("Recycled polyester stuffing, GRS certified", "polyester_fibrefill", req=("GRS",))],
    ),
    P(
        29,
        "en",
        "Doi Trail Outdoor",
        SPT,
        DOWN,
        "Chiang Mai",
        (),
        (),
        [
            ("Packable down jacket, 650FP", "down_jacket"),
            ("Down mummy sleeping bag, comfort 0 C", "down_sleeping_bag"),
        ],
        [
            n("CMT sewing of down jackets, we supply shell and fill", "down_garment_sewing_service"),
            n("Duck down 90/10 for baffle filling, OEKO-TEX only", "duck_down", req=(OEKO,)),
            n("YKK zips, cord locks and toggles", "outerwear_trims"),
        ],
    ),
    P(
        30,
        "th",
        "แบรนด์เสื้อกันหนาว ภูลมโล",
        SPT,
        DOWN,
        "Bangkok",
        (),
        (),
        [("เสื้อแจ็คเก็ตขนเป็ด กันหนาวติดลบ", "down_jacket")],
        [
            n("โรงงานรับเย็บเสื้อขนเป็ด", "down_garment_sewing_service"),
            n("ผ้าร่มกันขนทะลุ สำหรับเสื้อกันหนาว", "downproof_nylon_fabric"),
            n("ขนห่านรีไซเคิล ต้องมี GRS", "recycled_down", req=("GRS",)),
        ],
    ),
    P(
        31,
        "th",
        "โรงงานตัดเย็บเสื้อกันหนาว แม่สอด",
        SPT,
        MID,
        "Tak",
        (),
        (),
        [
            ("รับจ้างผลิตเสื้อดาวน์ เย็บช่องบรรจุขน ตามออเดอร์", "down_garment_sewing_service"),
            ("เศษผ้าไนลอนจากการตัด", "textile_offcuts"),
        ],
        [n("ซิปกันน้ำ ตัวล็อกเชือก อะไหล่เสื้อแจ็คเก็ต", "outerwear_trims")],
    ),
    P(
        32,
        "en",
        "Pacific Outerwear Manufacturing",
        SPT,
        MID,
        "Chonburi",
        ("ISO 9001",),
        (),
        [("Cut-make-trim for puffer jackets & vests, MOQ 300 pcs", "down_garment_sewing_service")],
        [n("Down-proof ripstop shell 15D-30D, bluesign required", "downproof_nylon_fabric", req=("bluesign",))],
    ),
    P(
        33,
        "en",
        "TrimPoint Components",
        SPT,
        MID,
        "Bangkok",
        (),
        (),
        [
            ("Water-repellent coil zippers #3 and #5", "outerwear_trims"),
            ("Cord stoppers, toggles, shock cord", "outerwear_trims"),
        ],
        [],
    ),
    P(
        34,
        "en",
        "Northern Peaks Trekking",
        SPT,
        DOWN,
        "Chiang Rai",
        (),
        (),
        [],
        [
            n("Down-filled sleeping bags for rental", "down_sleeping_bag"),
        ],
    ),
    P(
        35,
        "th",
        "ร้านอุปกรณ์เดินป่า ดอยอินทนนท์",
        SPT,
        DOWN,
        "Chiang Mai",
        (),
        (),
        [],
        [
            n("ถุงนอนขนเป็ด ใช้บนดอย", "down_sleeping_bag"),
            u("ถุงนอนใยสังเคราะห์ ราคาถูก", "synthetic_sleeping_bag", "no one makes synthetic-fill sleeping bags"),
        ],
    ),
    P(
        36,
        "th",
        "ร้านรับซ่อมหมอน เติมขน",
        ALC,
        MID,
        "Bangkok",
        (),
        ("circular",),
        [("รับเติมหมอนขนเป็ดเก่า เปลี่ยนปลอกใหม่", "pillow_refilling_service")],
        [
            n("ขนเป็ดขนาดเล็ก ซักแล้ว ไว้เติมหมอน", "washed_feathers"),
            n("ถุงผ้าหมอนชั้นใน สำเร็จรูป สำหรับบรรจุขน", "ticking_shell"),
        ],
    ),
    P(
        37,
        "en",
        "Andaman Pillow Care",
        ALC,
        MID,
        "Phuket",
        (),
        ("circular",),
        [("Re-fill service for resort pillows and duvets: wash, top up, re-case", "pillow_refilling_service")],
        [
            n("Empty down-proof pillow casings with piping", "ticking_shell"),
            n("Who can sterilise the feathers we take out of old pillows?", "feather_washing_service"),
        ],
    ),
    P(
        38,
        "th",
        "รับเย็บเครื่องนอน ศาลายา",
        ALC,
        MID,
        "Nakhon Pathom",
        (),
        (),
        [
            ("รับตัดเย็บปลอกหมอน ปลอกผ้านวม ใช้ผ้าของลูกค้า", "bedding_sewing_service"),
            ("ปลอกหมอนเปล่า ผ้ากันขนลอด ยังไม่ยัดไส้", "ticking_shell"),
        ],
        [],
    ),
    P(
        39,
        "en",
        "StitchWorks Home Textiles",
        ALC,
        MID,
        "Samut Sakhon",
        (),
        (),
        [
            ("Cut & sew for bedding brands: duvet covers, pillow shells, quilting", "bedding_sewing_service"),
            ("Cotton off-cuts, sorted by colour", "textile_offcuts"),
        ],
        [n("Reactive-dyed cotton sateen for duvet covers", "dyed_cotton_fabric")],
    ),
    P(
        40,
        "th",
        "โรงงานผ้าปูที่นอนโรงแรม บางนา",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (),
        [("ชุดผ้าปูที่นอน ปลอกหมอน คอตตอน 100% สีขาว งานโรงแรม", "cotton_bed_linen")],
        [
            n("หาร้านปักชื่อโรงแรมบนผ้า", "embroidery_service"),
        ],
    ),
]

# ------------------------------------------------------------------ part C: yarn, cloth, dyeing, circular

PART_C = [
    P(
        41,
        "en",
        "Lanna Linen House",
        ALC,
        DOWN,
        "Chiang Mai",
        (),
        (),
        [("Bed sheets & pillowcases, 300TC cotton percale", "cotton_bed_linen")],
        [
            n(
                "Bleaching and dyeing of our woven greige, ISO 14001 not required",
                "fabric_dyeing_service",
                waive=("ISO 14001",),
            )
        ],
    ),
    P(
        42,
        "th",
        "บริษัท ด้ายฝ้ายไทย จำกัด",
        HNF,
        UP,
        "Saraburi",
        ("GOTS", OEKO),
        (),
        [
            ("ด้ายฝ้าย Ne 40/1 หวี ขายส่ง", "cotton_yarn"),
            ("ด้ายฝ้ายออร์แกนิก Ne 60/1", "cotton_yarn"),
        ],
        [u("ปุยฝ้ายดิบ ยังไม่ปั่น", "raw_cotton_lint", "no cotton grower or gin in the set")],
    ),
    P(
        43,
        "en",
        "Loei Handspun Cotton Group",
        HNF,
        UP,
        "Loei",
        (ORG_TH, "OTOP"),
        ("bio",),
        [("Hand-spun natural cotton yarn, brown & white", "cotton_yarn")],
        [],
    ),
    P(
        44,
        "th",
        "กลุ่มปั่นใยกัญชง ม้งดอยปุย",
        HNF,
        UP,
        "Chiang Mai",
        (),
        ("bio",),
        [("เส้นใยกัญชงปั่นมือ ม้วนละกิโล", "hemp_yarn")],
        [
            n("หาคนรับย้อมครามเส้นใยของเรา", "indigo_dyeing_service"),
            u("เมล็ดพันธุ์กัญชง สายพันธุ์ใยยาว", "hemp_seed", "no seed supplier in the set"),
        ],
    ),
    P(
        45,
        "en",
        "Hmong Hemp Weavers",
        HNF,
        MID,
        "Tak",
        (),
        ("bio",),
        [("Hemp cloth, hand-loomed, natural colour, 40 cm wide", "hemp_fabric")],
        [
            n("Hand-twisted hemp thread, Organic Thailand not required", "hemp_yarn", waive=(ORG_TH,)),
            u("Batik wax-resist work on our cloth", "batik_service", "no batik workshop in the set"),
        ],
    ),
    P(
        46,
        "th",
        "ผ้าใยกัญชง เขาค้อ",
        HNF,
        MID,
        "Phetchabun",
        (),
        ("bio",),
        [("ผ้ากัญชงผสมฝ้าย ทอเครื่อง ย้อมสีธรรมชาติ", "hemp_fabric")],
        [n("ใยกัญชงเข็นเป็นเส้น", "hemp_yarn")],
    ),
    P(
        47,
        "th",
        "ครามสกล",
        HNF,
        MID,
        "Sakon Nakhon",
        ("OTOP",),
        ("bio", "green"),
        [
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า", "indigo_dyeing_service"),
        ],
        [],
    ),
    P(
        48,
        "en",
        "Indigo Sakon Studio",
        HNF,
        MID,
        "Sakon Nakhon",
        (),
        ("bio",),
        [("Natural indigo-dyed cotton yardage, shibori patterns", "indigo_dyed_cotton_fabric")],
        [n("Handwoven plain cotton, undyed, for our vats", "handwoven_cotton_fabric")],
    ),
    P(
        49,
        "th",
        "ศูนย์ย้อมคราม บ้านนาข่า",
        ALI,
        MID,
        "Udon Thani",
        (),
        ("bio",),
        [("รับจ้างย้อมคราม เส้นฝ้าย เส้นไหม ผ้าผืน", "indigo_dyeing_service")],
        [],
    ),
    P(
        50,
        "en",
        "ColourTech Dyehouse",
        CT,
        MID,
        "Samut Prakan",
        ("ISO 14001", OEKO),
        ("green",),
        [
            ("Commission dyeing & bleaching of customer cotton greige, reactive, min 500 m", "fabric_dyeing_service"),
            ("Nylon and polyester piece dyeing on commission", "synthetic_dyeing_service"),
        ],
        [u("Licensed contractor for dye-sludge disposal", "sludge_disposal_service", "no waste contractor in the set")],
    ),
    P(
        51,
        "th",
        "โรงย้อมผ้า ลำลูกกา",
        HNF,
        MID,
        "Pathum Thani",
        (),
        (),
        [
            ("รับย้อมผ้าฝ้าย ผ้าทีซี ตามสีที่ลูกค้าสั่ง", "fabric_dyeing_service"),
            ("ผ้าคอตตอนย้อมสี ขายยกพับ", "dyed_cotton_fabric"),
        ],
        [n("ผ้าฝ้ายยังไม่ฟอก ยังไม่ย้อม", "cotton_greige_fabric")],
    ),
    P(
        52,
        "en",
        "Ayutthaya Weaving Mill",
        HNF,
        MID,
        "Ayutthaya",
        (),
        (),
        [
            ("Greige cotton sheeting, 110 in. wide", "cotton_greige_fabric"),
            ("Solid dyed cotton sateen, hotel white & ivory", "dyed_cotton_fabric"),
        ],
        [n("Cotton yarn 40s combed, container loads", "cotton_yarn")],
    ),
    P(
        53,
        "th",
        "กลุ่มทอผ้าฝ้าย บ้านหวาย",
        ALI,
        MID,
        "Roi Et",
        ("OTOP",),
        ("bio",),
        [("ผ้าฝ้ายทอมือ ลายขิด ลายมัดหมี่", "handwoven_cotton_fabric")],
        [
            u("ครามเปียก เนื้อครามสำหรับก่อหม้อ", "indigo_paste", "dye material; no one sells indigo paste"),
        ],
    ),
    P(
        54,
        "en",
        "Second Loop Textile Recycling",
        CT,
        UP,
        "Samut Sakhon",
        ("GRS",),
        ("circular",),
        [("Shredded textile fibre filling made from cutting waste", "shredded_textile_fill")],
        [n("Post-industrial fabric cuttings, cotton-rich", "textile_offcuts")],
    ),
    P(
        55,
        "th",
        "เบาะน้องหมา รักษ์โลก",
        CT,
        DOWN,
        "Nonthaburi",
        (),
        ("circular",),
        [("ที่นอนสุนัข เบาะแมว จากผ้าเหลือใช้", "pet_bed")],
        [n("ใยยัดจากเศษผ้าบด", "shredded_textile_fill")],
    ),
    P(
        56,
        "th",
        "รับซื้อเศษผ้า ศรีราชา",
        CT,
        UP,
        "Chonburi",
        (),
        ("circular",),
        [("เศษผ้าคัดแยกสี กิโลละ 5 บาท", "textile_offcuts")],
        [],
    ),
    P(
        57,
        "th",
        "กระเป๋าผ้าคราม อีสานบ้านเฮา",
        ALI,
        DOWN,
        "Khon Kaen",
        ("OTOP",),
        (),
        [("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "cotton_bag")],
        [n("ผ้าครามเป็นผืน มีตรา OTOP", "indigo_dyed_cotton_fabric", req=("OTOP",))],
    ),
    P(
        58,
        "en",
        "Tote & Co.",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (),
        [("Indigo-dyed handwoven cotton tote bags", "cotton_bag")],
        [
            n("Hemp canvas for bag bodies", "hemp_fabric"),
            n("Indigo cloth by the metre, no synthetic dye", "indigo_dyed_cotton_fabric"),
        ],
    ),
    P(
        59,
        "th",
        "ไม้ขนไก่ บ้านป่าโมก",
        ALC,
        DOWN,
        "Ang Thong",
        (),
        (),
        [("ไม้ขนไก่ ด้ามหวาย ยาว 60 ซม.", "feather_duster")],
        [n("ขนไก่ ขนเป็ดเส้นยาว ยังไม่คัด", "raw_duck_feathers")],
    ),
    P(
        60,
        "th",
        "ร้านปักชื่อ ปักโลโก้ ปากเกร็ด",
        ALC,
        MID,
        "Nonthaburi",
        (),
        (),
        [("รับปักโลโก้ ผ้าขนหนู ปลอกหมอน เสื้อพนักงาน", "embroidery_service")],
        [],
    ),
]

# ------------------------------------------------------------------ part D: hotels, care, shops, buyers

PART_D = [
    P(
        61,
        "en",
        "Logo Stitch Studio",
        SPT,
        MID,
        "Bangkok",
        (),
        (),
        [("Computerised embroidery for jackets & caps", "embroidery_service")],
        [],
    ),
    P(
        62,
        "en",
        "Thai CMT Partners",
        CT,
        MID,
        "Rayong",
        (),
        (),
        [
            ("Cut, make & trim: shirts, uniforms, aprons", "garment_sewing_service"),
            ("Polyester-cotton cutting scraps", "textile_offcuts"),
        ],
        [],
    ),
    P(
        63,
        "en",
        "Riverside Grand Hotel",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (),
        [("Used feather pillows & duvets, about 2,000 pcs a year", "used_bedding")],
        [
            n("Hotel feather pillows 20x30 in., OEKO-TEX nice to have", "feather_pillow", waive=(OEKO,)),
            n("Re-filling of our existing down pillows", "pillow_refilling_service"),
            n("Sewing contractor for staff uniforms, our fabric", "garment_sewing_service"),
        ],
    ),
    P(
        64,
        "th",
        "โรงแรม ริมปิง ริเวอร์",
        ALC,
        DOWN,
        "Chiang Mai",
        (),
        (),
        [("หมอนขนเป็ดใช้แล้ว ผ้านวมเก่า ปลดจากห้องพัก", "used_bedding")],
        [
            n("ผ้าห่มขนเป็ด สำหรับห้องพักช่วงหน้าหนาว", "down_duvet"),
            n("ไม้ปัดฝุ่นขนนก สำหรับแม่บ้าน", "feather_duster"),
        ],
    ),
    P(
        65,
        "en",
        "Kata Bay Resort",
        ALC,
        DOWN,
        "Phuket",
        (),
        (),
        [],
        [
            n("Down duvets, tropical weight", "down_duvet"),
            u("Waffle cotton spa bathrobes", "bathrobe", "no bathrobe maker in the set"),
            u("Natural latex pillows for the pillow menu", "latex_pillow", "no latex product in the set"),
        ],
    ),
    P(
        66,
        "th",
        "หัวหิน บีช รีสอร์ท",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        (),
        (),
        [("ผ้านวมขนห่านเก่า 300 ผืน", "used_bedding")],
        [
            n("มีใครรับเติมขนหมอนเก่าให้โรงแรมไหม", "pillow_refilling_service"),
            n("ปลอกหมอน ผ้าปู สีขาว 400 ชุด", "cotton_bed_linen"),
        ],
    ),
    P(
        67,
        "en",
        "Isan Heritage Hotel",
        ALI,
        DOWN,
        "Khon Kaen",
        (),
        (),
        [],
        [
            n("Decorative triangle pillows for the lobby", "kapok_pillow"),
            n("Local handloom textiles for room decor", "handwoven_cotton_fabric"),
        ],
    ),
    P(
        68,
        "th",
        "เขาใหญ่ ฮิลล์ รีสอร์ท",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        (),
        (),
        [],
        [
            n("ผ้าห่มขนห่าน เตียงคิงไซส์", "down_duvet"),
        ],
    ),
    P(
        69,
        "en",
        "Golden Years Care Home",
        ALC,
        DOWN,
        "Nonthaburi",
        (),
        (),
        [],
        [
            n("Anti-allergy pillows, no feathers", "synthetic_pillow"),
            n("Washable quilts, polyester fill", "synthetic_duvet"),
            u("Pressure-relief mattress for bedridden residents", "pressure_mattress", "no mattress maker in the set"),
        ],
    ),
    P(
        70,
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ",
        ALI,
        DOWN,
        "Khon Kaen",
        (),
        (),
        [],
        [
            n("หมอนนุ่น หมอนพิง สำหรับผู้สูงอายุ", "kapok_pillow"),
            n("ผ้าห่มใยสังเคราะห์ ซักง่าย แห้งไว", "synthetic_duvet"),
        ],
    ),
    P(
        71,
        "th",
        "โรงพยาบาล เมดิแคร์",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (),
        [],
        [
            n("หมอนใยสังเคราะห์ กันไรฝุ่น ต้องมี OEKO-TEX", "synthetic_pillow", req=(OEKO,)),
            u(
                "หมอนจัดท่าผู้ป่วย ต้องได้ ISO 13485",
                "positioning_pillow",
                "no medical pillow maker; no one holds ISO 13485",
                req=("ISO 13485",),
            ),
        ],
    ),
    P(
        72,
        "en",
        "Lanna Spa & Wellness",
        ALC,
        DOWN,
        "Chiang Mai",
        (),
        (),
        [],
        [
            n("Kapok floor cushions for massage rooms", "kapok_pillow"),
            n("Indigo cotton pouches for guest amenities", "cotton_bag"),
        ],
    ),
    P(
        73,
        "th",
        "ร้านเครื่องนอน สำเพ็ง",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (),
        [],
        [
            n("หมอนขนห่าน", "down_pillow"),
            n("หมอนหนุนขนเป็ด ส่งร้าน", "feather_pillow"),
            n("ไม้ขนไก่ ขายปลีก", "feather_duster"),
        ],
    ),
    P(
        74,
        "en",
        "SleepWell Online",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (),
        [],
        [
            n("Goose down duvet, OEKO-TEX certified", "down_duvet", req=(OEKO,)),
        ],
    ),
    P(
        75,
        "en",
        "Summit Gear Store",
        SPT,
        DOWN,
        "Bangkok",
        (),
        (),
        [],
        [
            n("Puffer jackets and vests for retail", "down_jacket"),
            n("Three-season down sleeping bags", "down_sleeping_bag"),
        ],
    ),
]

# ------------------------------------------------------------------ part E: the rest

PART_E = [
    P(
        76,
        "th",
        "อ่าวนาง ค็อตเทจ รีสอร์ท",
        ALC,
        DOWN,
        "Krabi",
        (),
        (),
        [],
        [
            n("หาคนรับซักไส้ผ้าห่มดาวน์ ปีละ 2 ครั้ง", "duvet_laundry_service"),
            n("รีฟิลหมอนขนเป็ดเก่าของรีสอร์ท", "pillow_refilling_service"),
        ],
    ),
    P(
        77,
        "th",
        "โรงแรม ดอยตุง วิว",
        ALC,
        DOWN,
        "Chiang Rai",
        (),
        (),
        [],
        [n("บริการซักผ้านวมขนเป็ดทั้งผืน", "duvet_laundry_service")],
    ),
    P(
        78,
        "th",
        "ถุงนอนขนเป็ด โคราช",
        SPT,
        DOWN,
        "Nakhon Ratchasima",
        (),
        (),
        [("ถุงนอนขนเป็ด ทรงมัมมี่", "down_sleeping_bag")],
        [
            n("ดาวน์เป็ดเทา 60% ไม่ต้องมี OEKO-TEX", "duck_down", waive=(OEKO,)),
            n("ผ้าไนลอนบาง กันขนซึม สำหรับถุงนอน", "downproof_nylon_fabric"),
        ],
    ),
    P(
        79,
        "th",
        "ห้างเครื่องนอน พาหุรัด",
        ALC,
        DOWN,
        "Bangkok",
        (),
        (),
        [],
        [
            u(
                "ผ้ากันขนลอด ฝ้ายออร์แกนิก ต้องมี GOTS",
                "downproof_cotton_ticking",
                "ticking is offered, but no ticking weaver holds GOTS",
                req=("GOTS",),
            ),
        ],
    ),
    P(
        80,
        "th",
        "ร้านเครื่องนอน อุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        (),
        (),
        [],
        [
            n("ผ้าห่มนวม ใยโพลี", "synthetic_duvet"),
        ],
    ),
    P(
        81,
        "th",
        "ดาวน์เป็ด นครพนม",
        HNF,
        UP,
        "Nakhon Phanom",
        (),
        ("bio",),
        [("ขนอ่อนเป็ด ล้างแล้ว 60%", "duck_down")],
        [],
    ),
    P(
        82,
        "th",
        "ร้านซักผ้านวม หมอนขนเป็ด หาดใหญ่",
        CT,
        MID,
        "Songkhla",
        (),
        (),
        [("ซักผ้านวม หมอนขนเป็ด ทั้งใบ อบแห้ง", "duvet_laundry_service")],
        [],
    ),
    P(
        83,
        "en",
        "Patong Boutique Hotel",
        ALC,
        DOWN,
        "Phuket",
        (),
        (),
        [],
        [
            n("Whole-duvet laundering for down comforters", "duvet_laundry_service"),
            u("Eiderdown duvet for the presidential suite", "eiderdown_duvet", "ordinary goose down is not eiderdown"),
        ],
    ),
    P(
        84,
        "th",
        "ผ้าห่มนวม หนองเรือ",
        ALI,
        DOWN,
        "Khon Kaen",
        (),
        (),
        [("ผ้าห่มนวมใยโพลี ลายดอก", "synthetic_duvet")],
        [n("ใยโพลีฟู สำหรับยัดผ้าห่มนวม", "polyester_fibrefill")],
    ),
    P(
        85,
        "th",
        "กลุ่มสาวไหม สุรินทร์",
        HNF,
        UP,
        "Surin",
        (PEACOCK,),
        ("bio",),
        [("เส้นไหมพื้นบ้าน สาวมือ", "silk_yarn")],
        [],
    ),
    P(
        86,
        "en",
        "Surin Silk & Cotton Weavers",
        ALI,
        MID,
        "Surin",
        (),
        (),
        [("Mudmee silk-cotton scarves", "scarf")],
        [n("Hand-reeled Thai silk yarn with the Royal Peacock Emblem", "silk_yarn", req=(PEACOCK,))],
    ),
    P(
        87,
        "th",
        "ร้านของฝาก แม่กลอง",
        ALC,
        DOWN,
        "Samut Songkhram",
        (),
        (),
        [],
        [
            n("กระเป๋าผ้า ย้อมคราม ส่งร้าน", "cotton_bag"),
            n("ไม้ขนไก่", "feather_duster"),
        ],
    ),
    P(
        88,
        "en",
        "Eco Fill Furnishings",
        CT,
        DOWN,
        "Bangkok",
        (),
        ("circular",),
        [("Floor cushions stuffed with recycled textile fill", "floor_cushion")],
        [n("Looking for shredded fabric stuffing", "shredded_textile_fill")],
    ),
    P(
        89,
        "th",
        "ซิ่นตีนจก แม่แจ่ม",
        HNF,
        MID,
        "Chiang Mai",
        (),
        (),
        [("ผ้าซิ่นตีนจก ฝ้ายทอมือ สำเร็จรูป", "tube_skirt")],
        [],
    ),
    P(
        90,
        "en",
        "UrbanPuff Apparel",
        SPT,
        DOWN,
        "Bangkok",
        (),
        ("circular",),
        [("Recycled-down puffer jackets, unisex", "down_jacket")],
        [
            n("Reclaimed goose/duck down, Global Recycled Standard", "recycled_down", req=("GRS",)),
            n("Outsourced quilting & filling of our puffer shells", "down_garment_sewing_service"),
        ],
    ),
    P(
        91,
        "th",
        "ร้านเครื่องนอนออนไลน์ นอนดี",
        ALC,
        DOWN,
        "Nonthaburi",
        (),
        (),
        [],
        [
            u("ไส้ผ้านวมใยไหม", "silk_floss_duvet", "no silk-floss bedding in the set"),
            u("ท็อปเปอร์ขนเป็ด หนา 3 นิ้ว", "feather_topper", "no one makes feather mattress toppers"),
        ],
    ),
    P(
        92,
        "en",
        "Plume Import & Export",
        HNF,
        UP,
        "Bangkok",
        (),
        (),
        [("Bleached goose wing quills, sorted", "goose_quills")],
        [u("Ostrich plumes for stage costumes", "ostrich_feathers", "duck and goose feathers are not ostrich plumes")],
    ),
    P(
        93,
        "th",
        "โรงงานลูกแบดมินตัน สมุทรปราการ",
        SPT,
        MID,
        "Samut Prakan",
        (),
        (),
        [("ลูกแบดขนห่าน เกรดแข่งขัน", "shuttlecock")],
        [n("ขนปีกห่านขาว คัดแล้ว สำหรับทำลูกแบด", "goose_quills")],
    ),
    P(
        94,
        "th",
        "โฮมสเตย์ ภูเรือ",
        ALI,
        DOWN,
        "Loei",
        (),
        (),
        [],
        [n("อยากได้ผ้าห่มขนเป็ด หนานุ่ม กันหนาว", "down_duvet")],
    ),
    P(
        95,
        "th",
        "ผ้าปาเต๊ะ ปัตตานี",
        HNF,
        MID,
        "Pattani",
        (),
        (),
        [("ผ้าปาเต๊ะ เขียนเทียน ลายดอก", "batik_fabric")],
        [n("ผ้าดิบ ผ้าฝ้ายเนื้อเรียบ สำหรับเขียนเทียน", "cotton_greige_fabric")],
    ),
]

PROFILES: tuple[Profile, ...] = (*PART_A, *PART_B, *PART_C, *PART_D, *PART_E)

# ------------------------------------------------------------------ targets

TARGET_LINKS = (160, 180)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_UNMET = (17, 23)
MOST_MET_BY_1_TO_3 = 0.60

# ------------------------------------------------------------------ checks

_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_EMAIL = re.compile(r"^[a-z0-9.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_LATIN_EDGE = "A-Za-z0-9"
_SEPARATOR = r"[\s\-.]*"


def _mention_pattern(phrase: str, flags: int) -> re.Pattern[str]:
    tokens = [re.escape(t) for t in re.split(r"[\s\-.]+", unicodedata.normalize("NFKC", phrase)) if t]
    body = _SEPARATOR.join(tokens)
    return re.compile(rf"(?<![{_LATIN_EDGE}]){body}(?![{_LATIN_EDGE}])", flags)


_CERT_MENTIONS: dict[str, tuple[re.Pattern[str], ...]] = {
    c.name: (
        *(_mention_pattern(m, re.IGNORECASE) for m in (c.name, c.full_name, *c.mentions)),
        *(_mention_pattern(m, 0) for m in c.case_sensitive_mentions),
    )
    for c in taxonomy.CERTIFICATIONS
}


def named_certifications(text: str) -> set[str]:
    """Certifications whose name appears in `text`, affirmed or not."""
    norm = unicodedata.normalize("NFKC", text)
    return {name for name, pats in _CERT_MENTIONS.items() if any(p.search(norm) for p in pats)}


def phrase_problem(text: str, language: str) -> str | None:
    if not text.strip() or text != text.strip():
        return "empty or padded"
    thai = len(_THAI.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if language == "th":
        if thai < 2 * latin or thai == 0:
            return "not mostly Thai letters"
        return None
    if thai:
        return "Thai letters in an English phrase"
    for ch in text:
        if ch.isalpha() and not ("a" <= ch.lower() <= "z"):
            return f"non-Latin letter {ch!r}"
    return None


def certs_of(profile: Profile) -> frozenset[str]:
    return frozenset(taxonomy.resolve_certification(c) or c for c in profile.certifications)


def qualified_suppliers(need: Need, buyer: Profile) -> list[Profile]:
    wanted = set(need.labels)
    return [
        p
        for p in PROFILES
        if p.num != buyer.num and any(label in wanted for _, label in p.offers) and set(need.requires) <= certs_of(p)
    ]


def check() -> list[str]:
    errors: list[str] = []
    nums = [p.num for p in PROFILES]
    if nums != list(range(1, PROFILE_COUNT + 1)):
        errors.append(f"ids must run {PREFIX}-001..{PROFILE_COUNT:03d} once each in order")
    subs = {s.value for s in taxonomy.SubCluster}
    stages = {s.value for s in taxonomy.Stage}
    bcgs = {b.value for b in taxonomy.BcgTag}
    offered_by: dict[str, set[int]] = {}
    for p in PROFILES:
        for _, label in p.offers:
            offered_by.setdefault(label, set()).add(p.num)
    seen_text: dict[str, str] = {}
    for p in PROFILES:
        where = p.id
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", p.id):
            errors.append(f"{where}: malformed id")
        if p.language not in taxonomy.LANGUAGES:
            errors.append(f"{where}: bad language {p.language!r}")
        if p.sub_cluster not in subs:
            errors.append(f"{where}: bad sub_cluster {p.sub_cluster!r}")
        if p.stage not in stages:
            errors.append(f"{where}: bad stage {p.stage!r}")
        if any(b not in bcgs for b in p.bcg) or len(set(p.bcg)) != len(p.bcg):
            errors.append(f"{where}: bad bcg {p.bcg!r}")
        if taxonomy.resolve_province(p.province) is None:
            errors.append(f"{where}: province {p.province!r} does not resolve")
        for c in p.certifications:
            if taxonomy.resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        if len(p.offers) > 3 or len(p.needs) > 3 or not (p.offers or p.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        problem = phrase_problem(p.name, p.language)
        if problem:
            errors.append(f"{where}: name {p.name!r}: {problem}")
        if not _EMAIL.match(email_of(p)):
            errors.append(f"{where}: bad email")
        texts = [t for t, _ in p.offers] + [nd.text for nd in p.needs]
        for text in texts:
            problem = phrase_problem(text, p.language)
            if problem:
                errors.append(f"{where}: {text!r}: {problem}")
            if text in seen_text:
                errors.append(f"{where}: {text!r} repeats a phrase of {seen_text[text]}")
            seen_text[text] = where
        for nd in p.needs:
            what = f"{where} need {nd.text!r}"
            if not nd.labels:
                errors.append(f"{what}: lists no label")
            named = named_certifications(nd.text)
            for c in (*nd.requires, *nd.waives):
                if taxonomy.resolve_certification(c) != c:
                    errors.append(f"{what}: {c!r} is not a canonical certification")
                if c not in named:
                    errors.append(f"{what}: {c!r} is not named in the text")
            if set(nd.requires) & set(nd.waives):
                errors.append(f"{what}: a certification is both required and waived")
            extra = named - set(nd.requires) - set(nd.waives)
            if extra:
                errors.append(f"{what}: text names {sorted(extra)} but neither requires nor waives it")
            qualified = qualified_suppliers(nd, p)
            if nd.unmet_note:
                if qualified:
                    errors.append(f"{what}: marked unmet but {[q.id for q in qualified]} qualify")
            else:
                for label in nd.labels:
                    if not offered_by.get(label, set()) - {p.num}:
                        errors.append(f"{what}: label {label!r} is offered by no one else")
                if not qualified:
                    errors.append(f"{what}: no qualified supplier")
    links = true_links()
    stats = counts(links)
    lo, hi = TARGET_LINKS
    if not lo <= len(links) <= hi:
        errors.append(f"{len(links)} true links, target {lo}-{hi}")
    lo_share, hi_share = TARGET_CROSS_SHARE
    if not lo_share <= stats["cross_share"] <= hi_share:
        errors.append(f"cross-language share {stats['cross_share']:.2f}, target {lo_share}-{hi_share}")
    lo_share, hi_share = TARGET_THAI_SHARE
    if not lo_share <= stats["thai"] / len(PROFILES) <= hi_share:
        errors.append(f"Thai share {stats['thai'] / len(PROFILES):.2f}, target {lo_share}-{hi_share}")
    lo, hi = TARGET_UNMET
    if not lo <= stats["needs_unmet"] <= hi:
        errors.append(f"{stats['needs_unmet']} unmet needs, target {lo}-{hi}")
    if stats["met_by_1_to_3"] < MOST_MET_BY_1_TO_3 * stats["needs_met"]:
        errors.append(f"only {stats['met_by_1_to_3']} of {stats['needs_met']} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def email_of(p: Profile) -> str:
    return f"contact.{PREFIX}{p.num:03d}@example.co.th"


def true_links() -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in PROFILES:
        for nd in buyer.needs:
            if nd.unmet_note:
                continue
            for supplier in qualified_suppliers(nd, buyer):
                pairs.add((supplier.id, buyer.id))
    return sorted(pairs)


def profile_json(p: Profile) -> str:
    record: dict[str, object] = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [text for text, _ in p.offers],
        "needs": [nd.text for nd in p.needs],
    }
    if p.certifications:
        record["certifications"] = list(p.certifications)
    if p.bcg:
        record["bcg"] = list(p.bcg)
    record["contact_email"] = email_of(p)
    record["language"] = p.language
    return json.dumps(record, ensure_ascii=False)


def counts(links: list[tuple[str, str]]) -> dict[str, float]:
    by_id = {p.id: p for p in PROFILES}
    needs = [(p, nd) for p in PROFILES for nd in p.needs]
    met = [(p, nd) for p, nd in needs if not nd.unmet_note]
    sizes = [len(qualified_suppliers(nd, p)) for p, nd in met]
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    return {
        "thai": sum(1 for p in PROFILES if p.language == "th"),
        "needs_unmet": len(needs) - len(met),
        "needs_met": len(met),
        "met_by_1_to_3": sum(1 for s in sizes if 1 <= s <= 3),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
    }


def counts_table(links: list[tuple[str, str]]) -> str:
    by_id = {p.id: p for p in PROFILES}
    stats = counts(links)
    needs = [(p, nd) for p in PROFILES for nd in p.needs]
    offers = [label for p in PROFILES for _, label in p.offers]
    met_sizes = Counter(len(qualified_suppliers(nd, p)) for p, nd in needs if not nd.unmet_note)
    cross = stats["th_en"] + stats["en_th"]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(PROFILES))),
        ("Thai / English", f"{stats['thai']} / {len(PROFILES) - stats['thai']}"),
    ]
    for s in taxonomy.SubCluster:
        rows.append((f"sub-cluster {s.value}", str(sum(1 for p in PROFILES if p.sub_cluster == s.value))))
    for st in taxonomy.Stage:
        rows.append((f"stage {st.value}", str(sum(1 for p in PROFILES if p.stage == st.value))))
    regions = Counter(taxonomy.resolve_province(p.province).region.value for p in PROFILES)
    for r in taxonomy.Region:
        rows.append((f"region {r.value}", str(regions.get(r.value, 0))))
    rows += [
        ("distinct provinces", str(len({taxonomy.resolve_province(p.province).name_en for p in PROFILES}))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len(set(offers)))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{stats['needs_met']} / {stats['needs_unmet']}"),
        (
            "met needs by number of qualified suppliers",
            ", ".join(f"{k}: {v}" for k, v in sorted(met_sizes.items())),
        ),
        ("needs requiring a certification", str(sum(1 for _, nd in needs if nd.requires))),
        ("needs waiving a certification", str(sum(1 for _, nd in needs if nd.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(stats["th_en"])),
        ("links English supplier -> Thai buyer", str(stats["en_th"])),
        ("cross-language links (share)", f"{cross} ({stats['cross_share']:.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster)),
        ),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_HEAD = """# Blind evaluation set: feathers and down, plain registry entries (`blind_plain_down`)

## What it checks

How well the matcher finds true supplier-buyer pairs from wording it has never seen. The theme is feathers
and down (duck and goose down, washed feathers, down and feather pillows and duvets, down-proof ticking,
feather washing and sterilising, pillow re-filling, and the hotels, bedding shops and outdoor jacket makers
that buy them), together with the ordinary upstream and midstream suppliers of the cluster (fibre, yarn,
cloth, dyeing, sewing). Profiles are plain registry entries: one short phrase per offer or need, in Thai
(about 55 %) or English, with local names, trade words, abbreviations, sizes, prices and minimum orders.

Hard but fair cases include: a service versus the goods it works on (washing the customer's feathers versus
washed feathers, sewing for others versus finished jackets, dyeing the customer's cloth versus dyed cloth);
used bedding from hotels versus new pillows; raw versus washed feathers and fibre versus yarn versus cloth;
finished goods described by their material or technique (an indigo cotton bag is a bag); down-alternative
pillows that are not down; goose wing quills that are not down; needs written as a wish, a bare noun phrase
or a question; refusals; needs that require a named certification and needs that name one only to waive it;
and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the project contracts (the cluster profile JSONL format and
the links CSV) and the shared taxonomy (`shared/taxonomy.py` and its data files). The writer did not see the
matcher, its glossary, its tests or any other evaluation set.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example `washed_feathers`
versus `feather_washing_service`). Every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer)
is a true link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier's certifications hold every certification that need requires. An SME is never linked to itself.
Shared words play no part; quantities, prices and places never decide a link. A waived certification is not
required. The labels live only in `write.py`; the profiles carry none.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_down/write.py

The script checks the data first (ids, contract fields, provinces, certifications, labels, unmet needs,
the script of each phrase and the size targets) and writes nothing if a check fails. Two runs give
identical bytes.

## Files

- `write.py`: the data (profiles with labelled offers and needs) and the checks; writes the files below.
- `profiles.jsonl`: 95 profiles, ids `bdw-001` to `bdw-095`, in the contract's JSONL version 1.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def render() -> dict[str, bytes]:
    links = true_links()
    profiles = "".join(profile_json(p) + "\n" for p in PROFILES)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    readme = README_HEAD + counts_table(links)
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": buf.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        print(counts_table(true_links()), file=sys.stderr)
        return 1
    first, second = render(), render()
    if first != second:
        print("error: two renders differ; nothing written", file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(counts_table(true_links()), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
