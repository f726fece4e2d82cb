"""Write the hand-labelled evaluation set `eval/blind_plain_pants/`.

Theme: Thai tourist trousers and beachwear (fisherman, elephant, harem pants, sarongs, rayon prints)
with the upstream and midstream suppliers around them. All data lives in this file; labels never
leave it. Run from the repository root:

    .venv/bin/python eval/blind_plain_pants/write.py

It checks everything first and writes `profiles.jsonl`, `links.csv` and `README.md` only if all
checks pass. Two runs give identical bytes.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()  # offer labels that would meet it
    requires: tuple[str, ...] = ()  # canonical certifications its text requires
    waives: tuple[str, ...] = ()  # certifications its text names only to waive them
    unmet: str = ""  # note when no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"bfp-{self.num:03d}"


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every certification in `req`."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels`/`req` say what would meet it, if anything close exists."""
    return Need(text, labels, req, (), note)


def s(
    num: int,
    lang: str,
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
    return Sme(num, lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


SMES: list[Sme] = []

# DATA
# --- upstream: fibre, yarn, dye stuffs, waste and used goods (bfp-001 .. bfp-020)
SMES += [
    s(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงม้ง บ้านรวมไทย",
        HEMP,
        UP,
        "Tak",
        "hemp.ruamthai@gmail.com",
        [("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre"), ("ด้ายกัญชงปั่นมือแบบม้ง ไจละ 100 กรัม", "hemp_yarn")],
        [n("น้ำครามหรือเนื้อคราม สำหรับย้อมด้ายกัญชง", "indigo_dye_paste")],
        ("Organic Thailand",),
        ("bio",),
    ),
    s(
        2,
        "en",
        "Doi Hemp Fibre Co., Ltd.",
        HEMP,
        UP,
        "Chiang Mai",
        "sales@doihemp.co.th",
        [("Decorticated hemp bast, long line, 40 kg bales", "hemp_fibre"), ("Wet-spun hemp yarn Nm 10", "hemp_yarn")],
        [u("Second-hand decorticator", "machinery; no one in the set sells machines")],
        (),
        ("bio",),
    ),
    s(
        3,
        "th",
        "กลุ่มปั่นฝ้ายบ้านนาซ่าว",
        ALI,
        UP,
        "Loei",
        "nasao.cotton@gmail.com",
        [("ฝ้ายเข็นมือ สีขาวและสีตุ่น ไจละ 100 กรัม", "handspun_cotton_yarn"), ("ปุยฝ้ายพื้นเมือง อีดแล้ว พันธุ์อีดำ", "cotton_lint")],
        [n("สีย้อมธรรมชาติ เปลือกไม้ ครั่ง", "natural_dye_material")],
        ("เกษตรอินทรีย์",),
        ("bio", "green"),
    ),
    s(
        4,
        "en",
        "Isan Cotton Ginnery",
        ALI,
        UP,
        "Khon Kaen",
        "ginnery@isancotton.co.th",
        [("Ginned cotton lint, 1 1/16 inch staple, 200 kg bales", "cotton_lint")],
        [n("Seed cotton from farmers, by the truckload", "seed_cotton")],
    ),
    s(
        5,
        "th",
        "บริษัท สยามปั่นด้าย จำกัด",
        ALC,
        UP,
        "Nakhon Pathom",
        "sales@siamspinning.co.th",
        [("ด้ายคอตตอน 100% Ne 20/1 สีดิบ กรวยละ 1.89 กก.", "cotton_yarn"), ("ด้ายสปันเรยอน 30/1", "rayon_yarn")],
        [n("ฝ้ายหีบแล้ว (ลินท์) ตันขึ้นไป", "cotton_lint")],
        ("ISO 9001",),
    ),
    s(
        6,
        "en",
        "Mahachai Textile Waste Sorting",
        CIRC,
        UP,
        "Samut Sakhon",
        "info@mahachaiwaste.com",
        [
            ("Rayon cutting-room waste, sorted by colour, min 200 kg", "rayon_cutting_waste"),
            ("White cotton clippings, baled", "cotton_cutting_waste"),
        ],
        [
            n(
                "Garment factory offcuts, any fibre, we pick up",
                "rayon_cutting_waste",
                "cotton_cutting_waste",
                "mixed_textile_waste",
            )
        ],
        (),
        ("circular",),
    ),
    s(
        7,
        "th",
        "หจก. โรงเกลือผ้ามือสอง",
        CIRC,
        UP,
        "Sa Kaeo",
        "rongkluea.used@gmail.com",
        [("เสื้อผ้ามือสองญี่ปุ่น เกาหลี ขายยกกระสอบ 45 กก.", "used_clothing")],
        [],
        (),
        ("circular",),
    ),
    s(
        8,
        "en",
        "EastPET Recycled Yarn Co.",
        SPORT,
        UP,
        "Chonburi",
        "yarn@eastpet.co.th",
        [("rPET filament yarn 75D/150D from Thai bottles", "recycled_polyester_yarn")],
        [n("Baled post-consumer PET bottles, clear only", "pet_bottles_baled")],
        ("GRS",),
        ("circular",),
    ),
    s(
        9,
        "th",
        "ร้านรับซื้อของเก่า ระยองรีไซเคิล",
        CIRC,
        UP,
        "Rayong",
        "rayongrecycle@gmail.com",
        [("ขวดเพ็ทใส อัดก้อน ขายเป็นตัน", "pet_bottles_baled")],
        [],
        (),
        ("circular",),
    ),
    s(
        10,
        "en",
        "ReFibre Thailand",
        CIRC,
        UP,
        "Nakhon Pathom",
        "hello@refibre.co.th",
        [("Recycled cotton fibre from pre-consumer waste, open-end grade", "recycled_cotton_fibre")],
        [n("Pre-consumer cotton scraps only, no poly blends", "cotton_cutting_waste")],
        ("RCS",),
        ("circular",),
    ),
    s(
        11,
        "th",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        ALI,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        [("เนื้อครามหมัก (ครามเปียก) กก.ละ 250 บาท", "indigo_dye_paste")],
        [n("ด้ายฝ้ายโรงงาน เบอร์ 20 ไว้ย้อมครามขาย", "cotton_yarn")],
        ("OTOP",),
        ("bio",),
    ),
    s(
        12,
        "th",
        "กลุ่มห้อมบ้านทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "hom.tunghong@gmail.com",
        [("ห้อมเปียก ใส่ถังพร้อมใช้", "indigo_dye_paste"), ("เปลือกประดู่ แก่นขนุน สำหรับย้อมสีธรรมชาติ", "natural_dye_material")],
        [],
        (),
        ("bio",),
    ),
    s(
        13,
        "en",
        "Mae Sot Used Garment Trading",
        CIRC,
        UP,
        "Tak",
        "trade@maesotused.com",
        [("Unsorted used clothing, 1-tonne lots", "used_clothing"), ("Old denim jeans, graded A/B", "used_clothing")],
        [],
        (),
        ("circular",),
    ),
    s(
        14,
        "th",
        "โรงคัดแยกเศษผ้า บางบอน",
        CIRC,
        UP,
        "Bangkok",
        "bangbon.waste@gmail.com",
        [("เศษผ้าสปัน ผ้าชาลี จากโรงตัด แยกสี", "rayon_cutting_waste"), ("เศษผ้าคละ ขายเหมากิโล", "mixed_textile_waste")],
        [],
        (),
        ("circular",),
    ),
    s(
        15,
        "en",
        "Pai Organic Cotton Farm",
        HEMP,
        UP,
        "Mae Hong Son",
        "farm@paiorganiccotton.com",
        [("Organic seed cotton, hand-picked, per kg", "seed_cotton")],
        [],
        ("Organic Thailand",),
        ("bio",),
    ),
    s(
        16,
        "th",
        "ด้ายกัญชงล้านนา",
        HEMP,
        UP,
        "Chiang Mai",
        "lannahempyarn@gmail.com",
        [("ด้ายใยกัญชงปั่นเครื่อง Nm 14 ฟอกขาว", "hemp_yarn")],
        [n("เส้นใยกัญชงดิบ ลอกแล้ว ปีละ 5 ตัน", "hemp_fibre")],
        (),
        ("bio",),
    ),
    s(
        17,
        "en",
        "Viscose Yarn Trading (Thailand)",
        ALC,
        UP,
        "Bangkok",
        "sales@viscoseyarn.co.th",
        [("Viscose spun yarn 30s and 40s, ex-stock Bangkok", "rayon_yarn")],
        [],
    ),
    s(
        18,
        "th",
        "กลุ่มปลูกฝ้ายบ้านสวาย",
        ALI,
        UP,
        "Surin",
        "swai.cotton@gmail.com",
        [("ฝ้ายดิบทั้งเมล็ด ขายเป็นกิโล", "seed_cotton")],
        [u("อยากได้เครื่องอีดฝ้ายไฟฟ้า", "machinery; not in the set")],
        (),
        ("bio",),
    ),
    s(
        19,
        "th",
        "ห้างหุ้นส่วน โคราชสิ่งทอรีไซเคิล",
        CIRC,
        UP,
        "Korat",
        "korat.recycle@gmail.com",
        [("ใยฝ้ายรีไซเคิลจากเศษผ้า สำหรับปั่นด้ายใหม่", "recycled_cotton_fibre")],
        [n("ผ้าฝ้ายเหลือทิ้งจากการตัดเย็บ ยังไม่ผ่านการใช้งาน", "cotton_cutting_waste")],
        ("GRS",),
        ("circular",),
    ),
    s(
        20,
        "en",
        "Nan Natural Dye Supply",
        HEMP,
        UP,
        "Nan",
        "nan.dyes@gmail.com",
        [("Dried natural dye stuffs: lac, ebony fruit, jackfruit heartwood", "natural_dye_material")],
        [],
        (),
        ("bio", "green"),
    ),
]

# --- midstream: greige, printed and dyed cloth, handloom, services, trims (bfp-021 .. bfp-050)
SMES += [
    s(
        21,
        "th",
        "โรงพิมพ์ผ้าสมุทรสาคร",
        ALC,
        MID,
        "Samut Sakhon",
        "ss.printing@gmail.com",
        [
            ("รับพิมพ์สกรีนโต๊ะยาว บนผ้าของลูกค้า ลายช้าง ลายไทย", "fabric_printing_service"),
            ("ผ้าสปันพิมพ์ลายช้าง พร้อมส่ง พับละ 50 หลา", "rayon_print_fabric"),
        ],
        [
            n("ผ้าขาววิสคอส รอพิมพ์ หน้า 58-60 นิ้ว", "rayon_greige_fabric"),
            u("สีพิมพ์ผ้าแบบพิกเมนต์ และกาวพิมพ์", "print chemicals; no one in the set sells them"),
        ],
    ),
    s(
        22,
        "en",
        "Bangkok Digital Print House",
        ALC,
        MID,
        "Bangkok",
        "print@bkkdigitalprint.com",
        [
            ("Digital printing on your fabric, rayon or cotton, from 20 m", "fabric_printing_service"),
            ("Elephant and mandala print viscose challis by the metre", "rayon_print_fabric"),
        ],
        [n("Viscose greige 45s, 58 inch width", "rayon_greige_fabric")],
        ("OEKO-TEX Standard 100",),
    ),
    s(
        23,
        "th",
        "โรงทอพุทธมณฑล",
        ALC,
        MID,
        "Nakhon Pathom",
        "phutthamonthon.weaving@gmail.com",
        [
            ("ผ้าดิบเรยอน หน้า 60 นิ้ว ม้วนละ 100 หลา", "rayon_greige_fabric"),
            ("ผ้าดิบฝ้ายทอเครื่อง เนื้อแคมบริค", "cotton_woven_fabric"),
        ],
        [n("เส้นด้ายวิสคอส ปริมาณมาก", "rayon_yarn"), n("ด้ายฝ้าย Ne 20 หรือ 30", "cotton_yarn")],
    ),
    s(
        24,
        "en",
        "Pak Nam Weaving Co.",
        ALC,
        MID,
        "Samut Prakan",
        "weaving@paknam.co.th",
        [("Rayon voile greige, 150 cm, undyed", "rayon_greige_fabric")],
        [
            n("Rayon filament or spun yarn 30/1", "rayon_yarn"),
            u("Linen yarn for blends", "no flax or linen in the set"),
        ],
        ("ISO 9001",),
    ),
    s(
        25,
        "th",
        "ร้านผ้าพาหุรัด ศรีเจริญ",
        ALC,
        MID,
        "Bangkok",
        "pahurat.sricharoen@gmail.com",
        [
            ("ผ้าไมโครโพลีพิมพ์ลายช้าง หลาละ 28 บาท", "polyester_print_fabric"),
            ("ผ้าสปันพิมพ์ลายดอก ลายช้าง ยกพับ", "rayon_print_fabric"),
        ],
        [],
    ),
    s(
        26,
        "th",
        "หม้อห้อมแม่มาลัย",
        HEMP,
        MID,
        "Phrae",
        "mohom.maemalai@gmail.com",
        [
            ("ผ้าหม้อห้อมทอมือ เมตรละ 120", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อม ผ้าของลูกค้า กิโลละ 350", "indigo_dyeing_service"),
        ],
        [n("ผ้าฝ้ายดิบทอเครื่อง สำหรับย้อม", "cotton_woven_fabric"), n("เนื้อห้อม สำหรับก่อหม้อย้อม", "indigo_dye_paste")],
        (),
        ("bio",),
    ),
    s(
        27,
        "en",
        "Sakon Indigo Studio",
        HEMP,
        MID,
        "Sakon Nakhon",
        "studio@sakonindigo.com",
        [
            ("Natural indigo dyed cotton, handwoven, by the metre", "indigo_dyed_cotton_fabric"),
            ("Indigo vat dyeing for small brands: your garments or yardage", "indigo_dyeing_service"),
        ],
        [n("Hand-spun cotton for weft", "handspun_cotton_yarn")],
        ("OTOP",),
        ("bio",),
    ),
    s(
        28,
        "th",
        "กลุ่มทอผ้ามัดหมี่ฝ้าย ชนบท",
        ALI,
        MID,
        "Khon Kaen",
        "chonnabot.mudmee@gmail.com",
        [("ผ้ามัดหมี่ฝ้าย ลายโบราณ ผืนละ 4 เมตร", "ikat_cotton_fabric"), ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pakama_cloth")],
        [n("ด้ายฝ้ายโรงงาน 20/2 สีขาว", "cotton_yarn")],
        ("OTOP",),
    ),
    s(
        29,
        "en",
        "Korat Ikat Weavers",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "weavers@koratikat.com",
        [("Cotton mudmee (ikat) yardage, 1 m width", "ikat_cotton_fabric")],
        [n("Natural dyes without chemicals: bark, lac, ebony", "natural_dye_material")],
    ),
    s(
        30,
        "th",
        "ผ้าฝ้ายทอมือสันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "sankamphaeng.cotton@gmail.com",
        [
            ("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ หน้า 1 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าฝ้ายทอมือย้อมเปลือกไม้", "natural_dyed_cotton_fabric"),
        ],
        [n("เส้นฝ้ายปั่นมือแบบชาวบ้าน", "handspun_cotton_yarn")],
        ("OTOP",),
    ),
    s(
        31,
        "en",
        "Hemp Weave Chiang Rai",
        HEMP,
        MID,
        "Chiang Rai",
        "weave@hempchiangrai.com",
        [
            ("Hand-loomed 100% hemp fabric, 35 and 70 cm widths", "hemp_fabric"),
            ("Hemp-cotton canvas 55/45", "hemp_fabric"),
        ],
        [n("Hemp yarn, hand-spun preferred", "hemp_yarn")],
        (),
        ("bio",),
    ),
    s(
        32,
        "th",
        "ผ้าใยกัญชงปาย",
        HEMP,
        MID,
        "Mae Hong Son",
        "pai.hempcloth@gmail.com",
        [("ผ้าใยกัญชงย้อมคราม ทอกี่เอว", "hemp_fabric")],
        [],
        ("GOTS",),
        ("bio",),
    ),
    s(
        33,
        "en",
        "Krung Thep CMT Sewing",
        ALC,
        MID,
        "Bangkok",
        "cmt@krungthepsewing.com",
        [
            ("CMT sewing of trousers, 3,000 pcs/week, your fabric", "sewing_service"),
            ("Pattern grading and sample making", "pattern_making_service"),
            ("Cotton and rayon offcuts from our cutting room, free pick-up", "mixed_textile_waste"),
        ],
        [n("Elastic tape 1 inch for waistbands, 10,000 m a month", "elastic_waistband")],
    ),
    s(
        34,
        "th",
        "โรงงานรับเย็บกางเกงเล มหาชัย",
        ALC,
        MID,
        "Samut Sakhon",
        "mahachai.sewing@gmail.com",
        [("รับเย็บกางเกงเล กางเกงช้าง ขั้นต่ำ 500 ตัว", "sewing_service"), ("เศษผ้าฝ้ายเหลือจากโต๊ะตัด", "cotton_cutting_waste")],
        [n("ยางเอว ม้วนใหญ่", "elastic_waistband"), n("เชือกร้อยเอวผ้าฝ้าย", "drawstring_cord")],
    ),
    s(
        35,
        "en",
        "Udon Ladies Sewing Group",
        ALI,
        MID,
        "Udon Thani",
        "udonsewing@gmail.com",
        [("Sewing for others: trousers, bags, small lots welcome", "sewing_service")],
        [u("Second-hand industrial sewing machines", "machinery; not in the set")],
    ),
    s(
        36,
        "th",
        "กลุ่มแม่บ้านตัดเย็บร้อยเอ็ด",
        ALI,
        MID,
        "Roi Et",
        "roiet.sewing@gmail.com",
        [("รับตัดเย็บตามแบบ ใช้ผ้าของลูกค้า", "sewing_service")],
        [n("อยากได้คนทำแพทเทิร์นกางเกง", "pattern_making_service")],
    ),
    s(
        37,
        "th",
        "โรงย้อมผ้าบางขุนเทียน",
        ALC,
        MID,
        "Bangkok",
        "bkt.dyeing@gmail.com",
        [("รับย้อมผ้าพับ สีรีแอคทีฟ กิโลละ 60 บาท", "fabric_dyeing_service"), ("ผ้าสปันย้อมสีพื้น มี 30 สี", "dyed_rayon_fabric")],
        [n("ผ้าเรยอนยังไม่ฟอกย้อม ยกม้วน", "rayon_greige_fabric")],
        ("ISO 14001",),
    ),
    s(
        38,
        "en",
        "Siam Blue Fabrics",
        SPORT,
        MID,
        "Chonburi",
        "fabrics@siamblue.co.th",
        [("Quick-dry rPET fabric for board shorts, 4-way stretch", "recycled_polyester_fabric")],
        [n("Recycled polyester yarn, GRS-certified", "recycled_polyester_yarn", req=("GRS",))],
        ("GRS", "bluesign"),
        ("circular",),
    ),
    s(
        39,
        "th",
        "บริษัท สปอร์ตเท็กซ์ไทย จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "sporttexthai@gmail.com",
        [("ผ้าแห้งเร็ว โพลีเอสเตอร์รีไซเคิล สำหรับกางเกงขาสั้นชายหาด", "recycled_polyester_fabric")],
        [n("เส้นด้ายรีไซเคิลจากขวดพลาสติก", "recycled_polyester_yarn")],
        ("มาตรฐานรีไซเคิลสากล (GRS)",),
        ("circular",),
    ),
    s(
        40,
        "en",
        "Elastic & Trims Nonthaburi",
        ALC,
        MID,
        "Nonthaburi",
        "trims@nonthaburitrims.com",
        [("Knitted elastic 2.5 cm, white/black", "elastic_waistband"), ("Cotton drawcord 5 mm", "drawstring_cord")],
        [],
    ),
    s(
        41,
        "th",
        "ร้านอุปกรณ์ตัดเย็บสำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        "sampeng.trims@gmail.com",
        [("ยางยืดถักขอบเอว หน้า 1 นิ้ว ม้วนละ 100 หลา", "elastic_waistband"), ("ป้ายทอคอเสื้อ ป้ายไซส์", "woven_labels")],
        [],
    ),
    s(
        42,
        "en",
        "Upcycle Lab CM",
        CIRC,
        MID,
        "Chiang Mai",
        "lab@upcyclecm.com",
        [("Patchwork panels pieced from rayon offcuts", "patchwork_fabric")],
        [n("Rayon scraps, bright prints", "rayon_cutting_waste")],
        (),
        ("circular",),
    ),
    s(
        43,
        "th",
        "ร้านซักฟอกนุ่ม กระทุ่มแบน",
        ALC,
        MID,
        "Samut Sakhon",
        "krathumbaen.wash@gmail.com",
        [("รับซักนุ่ม ซักเอนไซม์ กางเกงสำเร็จรูป", "garment_washing_service")],
        [],
    ),
    s(
        44,
        "en",
        "Lanna Embroidery Works",
        HEMP,
        MID,
        "Chiang Mai",
        "lannaembroidery@gmail.com",
        [("Machine embroidery on garments, elephant logos", "embroidery_service")],
        [u("Embroidery thread in bulk", "no thread supplier in the set")],
    ),
    s(
        45,
        "th",
        "กลุ่มบาติกบ้านทอน",
        HEMP,
        MID,
        "Narathiwat",
        "banthon.batik@gmail.com",
        [("ผ้าบาติกเขียนมือ ผืนละ 2 หลา", "batik_fabric")],
        [n("ผ้าคอตตอนขาว เนื้อเรียบ ทอโรงงาน สำหรับเขียนเทียน", "cotton_woven_fabric")],
        ("OTOP",),
    ),
    s(
        46,
        "en",
        "Krabi Batik House",
        HEMP,
        MID,
        "Krabi",
        "batik@krabibatikhouse.com",
        [("Hand-drawn batik cotton yardage, 2 m pieces", "batik_fabric")],
        [
            n("Plain white cotton cambric for batik", "cotton_woven_fabric"),
            u("Tjanting tools and batik wax", "no wax or tool supplier in the set"),
        ],
    ),
    s(
        47,
        "th",
        "ร้านรับทำแพทเทิร์น ตึกแดง",
        ALC,
        MID,
        "Bangkok",
        "tukdaeng.pattern@gmail.com",
        [("รับทำแพทเทิร์น ตัดตัวอย่าง กางเกงทุกทรง", "pattern_making_service")],
        [],
    ),
    s(
        48,
        "th",
        "ผ้าค้างสต๊อก ยกล็อต",
        CIRC,
        MID,
        "Bangkok",
        "deadstock.lot@gmail.com",
        [("ผ้าค้างสต๊อกจากโรงงานส่งออก ยกม้วน ราคาถูก", "deadstock_fabric")],
        [],
        (),
        ("circular",),
    ),
    s(
        49,
        "en",
        "Ratchaburi Cotton Mill",
        ALC,
        MID,
        "Ratchaburi",
        "mill@ratchaburicotton.co.th",
        [("Plain cotton sheeting 40x40, greige or bleached", "cotton_woven_fabric")],
        [
            n("Cotton weaving yarn, Ne 40 or close", "cotton_yarn"),
            u("Bamboo viscose fabric", "no bamboo fibre or fabric in the set"),
        ],
    ),
    s(
        50,
        "en",
        "Isan Dye Works",
        ALI,
        MID,
        "Khon Kaen",
        "dyeworks@isandye.com",
        [("Piece dyeing for small orders, reactive and vat", "fabric_dyeing_service")],
        [],
    ),
]

# --- downstream makers: trousers, sarongs, bags, beachwear (bfp-051 .. bfp-070)
SMES += [
    s(
        51,
        "th",
        "โรงงานกางเกงช้าง ประตูน้ำ",
        ALC,
        DOWN,
        "Bangkok",
        "pratunam.elephant@gmail.com",
        [
            ("กางเกงช้าง ผ้าสปัน ฟรีไซส์ โหลละ 480", "elephant_pants"),
        ],
        [
            n("ผ้าชาลีพิมพ์ลาย ยกม้วน สำหรับตัดกางเกง", "rayon_print_fabric"),
            n("หาโรงงาน CMT เราส่งผ้าที่ตัดแล้วไปให้", "sewing_service"),
        ],
    ),
    s(
        52,
        "en",
        "Khao San Pants Co.",
        ALC,
        DOWN,
        "Bangkok",
        "orders@khaosanpants.com",
        [
            ("Elephant trousers, rayon, one size, from 100 pcs", "elephant_pants"),
            ("Thai fisherman pants, cotton, wrap style", "fisherman_pants"),
        ],
        [
            n("Printing on our own rayon: 2,000 m elephant design", "fabric_printing_service"),
            n("Woven brand labels", "woven_labels"),
        ],
        ("OEKO-TEX Standard 100",),
    ),
    s(
        53,
        "th",
        "สะดอล้านนา",
        HEMP,
        DOWN,
        "Chiang Mai",
        "sado.lanna@gmail.com",
        [("กางเกงสะดอ ผ้าฝ้ายทอมือ ย้อมห้อม", "fisherman_pants"), ("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "cloth_bag")],
        [
            n("ผ้าฝ้ายกี่กระตุก ยังไม่ย้อม เนื้อหนา", "handwoven_cotton_fabric"),
            n("มีใครรับย้อมครามผ้าของเราบ้างไหม", "indigo_dyeing_service"),
        ],
    ),
    s(
        54,
        "en",
        "Phrae Mor Hom Clothing",
        HEMP,
        DOWN,
        "Phrae",
        "shop@phraemorhom.com",
        [("Mor hom indigo farmer trousers", "fisherman_pants"), ("Indigo shoulder bags (yaam)", "cloth_bag")],
        [n("Hand-dyed indigo cotton yardage", "indigo_dyed_cotton_fabric")],
    ),
    s(
        55,
        "th",
        "กางเกงผ้าฝ้ายแม่บุญมี",
        ALI,
        DOWN,
        "Udon Thani",
        "maeboonmee.pants@gmail.com",
        [("กางเกงขาก๊วยผ้าฝ้าย เอวยางยืด ใส่สบายสำหรับผู้สูงวัย", "elderly_easy_pants")],
        [n("ผ้าหมี่ฝ้าย ลายขอ ลายนาค", "ikat_cotton_fabric"), n("ยางยืดใส่เอวกางเกง", "elastic_waistband")],
    ),
    s(
        56,
        "en",
        "Comfy Senior Wear",
        ALC,
        DOWN,
        "Nonthaburi",
        "hello@comfyseniorwear.com",
        [("Elastic-waist easy trousers for seniors, S-4XL", "elderly_easy_pants")],
        [
            n("OEM sewing of 5,000 trousers a month", "sewing_service"),
            n(
                "Soft mill-woven cotton poplin, OEKO-TEX preferred but not required",
                "cotton_woven_fabric",
                waive=("OEKO-TEX Standard 100",),
            ),
            u(
                "Waistband elastic with an OEKO-TEX certificate",
                "elastic is in the set but no trim maker holds OEKO-TEX",
                "elastic_waistband",
                req=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    s(
        57,
        "th",
        "ร้านผ้าปาเต๊ะภูเก็ต",
        SPORT,
        DOWN,
        "Phuket",
        "phuket.patae@gmail.com",
        [("ผ้าปาเต๊ะ ผ้าพันชายหาด ผืนละ 150", "sarong_pareo"), ("เสื้อฮาวายลายช้าง", "aloha_shirt")],
        [u("หมวกสานใบลาน ปีกกว้าง", "hats; no one in the set makes them")],
    ),
    s(
        58,
        "en",
        "Samui Boardshorts",
        SPORT,
        DOWN,
        "Surat Thani",
        "shop@samuiboardshorts.com",
        [("Board shorts from recycled bottles, quick-dry", "beach_shorts")],
        [
            n("GRS-certified recycled poly fabric, quick-dry", "recycled_polyester_fabric", req=("GRS",)),
            n("Printing on our cut panels, screen or digital", "fabric_printing_service"),
        ],
    ),
    s(
        59,
        "th",
        "พัทยาบีชแวร์",
        SPORT,
        DOWN,
        "Chonburi",
        "pattaya.beachwear@gmail.com",
        [("กางเกงขาสั้นชายหาด ผ้าร่ม แห้งไว", "beach_shorts"), ("ผ้าคลุมชายหาด ปาเรโอ", "sarong_pareo")],
        [n("ผ้าโพลีรีไซเคิล ไม่ต้องมี GRS", "recycled_polyester_fabric", waive=("GRS",))],
    ),
    s(
        60,
        "en",
        "Bobae Wholesale Harem Pants",
        ALC,
        DOWN,
        "Bangkok",
        "bobae.harem@gmail.com",
        [("Harem / Ali Baba pants, mixed prints, packs of 12", "harem_pants")],
        [n("Dyehouse for reactive dyeing of our own greige rayon, 1,000 m per lot", "fabric_dyeing_service")],
    ),
    s(
        61,
        "th",
        "ผ้าขาวม้าสารคาม",
        ALI,
        DOWN,
        "Maha Sarakham",
        "sarakham.pakama@gmail.com",
        [("ผ้าขาวม้าลายตาราง ผ้าฝ้ายทอเครื่อง", "pakama_cloth"), ("ผ้าโสร่งผู้ชาย ลายสก็อต", "sarong_pareo")],
        [n("ด้ายคอตตอนโรงงาน สำหรับเส้นยืน", "cotton_yarn")],
        ("OTOP",),
    ),
    s(
        62,
        "en",
        "Patchwork Pants Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@patchworkpants.co",
        [("Upcycled patchwork harem pants from factory scraps", "harem_pants")],
        [
            n("Rayon offcuts, mixed prints", "rayon_cutting_waste"),
            n("Deadstock rolls from export factories", "deadstock_fabric"),
            u("YKK zips, 18 cm", "no zip supplier in the set"),
        ],
        (),
        ("circular",),
    ),
    s(
        63,
        "en",
        "Hemp Hill Apparel",
        HEMP,
        DOWN,
        "Chiang Mai",
        "info@hemphill.co",
        [("Hemp harem pants, naturally dyed", "harem_pants"), ("Loose hemp yoga pants", "natural_fibre_yoga_pants")],
        [n("GOTS hemp fabric for the EU line", "hemp_fabric", req=("GOTS",))],
        (),
        ("bio",),
    ),
    s(
        64,
        "th",
        "โยคะแวร์เชียงใหม่",
        SPORT,
        DOWN,
        "Chiang Mai",
        "yogawear.cm@gmail.com",
        [("เลกกิ้งโยคะ ผ้ายืดแห้งเร็ว", "performance_yoga_leggings")],
        [n("ผ้ากีฬาจากขวดพลาสติกรีไซเคิล", "recycled_polyester_fabric")],
    ),
    s(
        65,
        "th",
        "ครามสกล แบรนด์",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "kramsakon.brand@gmail.com",
        [("กางเกงเลย้อมคราม", "fisherman_pants"), ("ย่ามผ้าย้อมคราม", "cloth_bag")],
        [n("ผ้าฝ้ายย้อมครามเป็นเมตร", "indigo_dyed_cotton_fabric")],
    ),
    s(
        66,
        "en",
        "Siam Aloha Shirt Co.",
        ALC,
        DOWN,
        "Bangkok",
        "sales@siamaloha.com",
        [("Elephant print Hawaiian shirts", "aloha_shirt"), ("Beach kaftans, rayon", "beach_kaftan")],
        [
            n("Printed rayon, OEKO-TEX certified, for EU buyers", "rayon_print_fabric", req=("OEKO-TEX Standard 100",)),
            u("Coconut shell buttons", "no button supplier in the set"),
        ],
    ),
    s(
        67,
        "th",
        "กระเป๋าผ้าเศษ นครปฐม",
        CIRC,
        DOWN,
        "Nakhon Pathom",
        "npt.scrapbags@gmail.com",
        [("กระเป๋าผ้าจากเศษผ้าสปัน", "cloth_bag")],
        [n("เศษผ้าเรยอนลายพิมพ์ กิโลละไม่เกิน 20 บาท", "rayon_cutting_waste")],
        (),
        ("circular",),
    ),
    s(
        68,
        "en",
        "Surin Pakama Makers",
        ALI,
        DOWN,
        "Surin",
        "surinpakama@gmail.com",
        [("Pha khao ma cotton loincloths, 1 x 1.8 m", "pakama_cloth")],
        [n("Hand-spun cotton yarn", "handspun_cotton_yarn")],
    ),
    s(
        69,
        "th",
        "โรงงานกางเกงอาลีบาบา ปากเกร็ด",
        ALC,
        DOWN,
        "Nonthaburi",
        "pakkret.harem@gmail.com",
        [("กางเกงฮาเร็ม ผ้าชาลี ส่งโหล", "harem_pants"), ("ชุดเดรสชายหาด", "beach_kaftan")],
        [
            n("ผ้าเรยอนพิมพ์ ไม่เอาโพลี", "rayon_print_fabric"),
            n("หาที่ซักกางเกงสำเร็จให้นิ่มมือ ก่อนแพ็กส่ง", "garment_washing_service"),
        ],
    ),
    s(
        70,
        "th",
        "ร้านกางเกงผู้สูงวัย ปักธงชัย",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "pakthongchai.senior@gmail.com",
        [("กางเกงขายาวเอวยืด ผู้สูงอายุ ไซส์ใหญ่", "elderly_easy_pants")],
        [n("ผ้าฝ้ายย้อมสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_cotton_fabric", "indigo_dyed_cotton_fabric")],
    ),
]

# --- downstream buyers: stalls, tourist shops, hostels, retreats, spas, care homes, exporters (bfp-071 .. bfp-095)
SMES += [
    s(
        71,
        "en",
        "Khao San Road Stall 12",
        ALC,
        DOWN,
        "Bangkok",
        "stall12.khaosan@gmail.com",
        [],
        [n("Elephant pants, assorted colours, 300 pcs", "elephant_pants")],
    ),
    s(
        72,
        "th",
        "แผงกางเกงจตุจักร โครงการ 8",
        ALC,
        DOWN,
        "Bangkok",
        "jj.section8@gmail.com",
        [("ขายปลีกกางเกงนักท่องเที่ยว ตลาดนัดจตุจักร", "tourist_retail")],
        [n("กางเกงพิมพ์ลายช้าง ราคาส่งยกโหล", "elephant_pants")],
    ),
    s(
        73,
        "en",
        "Patong Souvenir Mart",
        SPORT,
        DOWN,
        "Phuket",
        "buying@patongmart.com",
        [],
        [
            n("Sarongs and beach wraps for resale", "sarong_pareo"),
            n("Hawaiian shirts", "aloha_shirt"),
            u("Flip-flops with elephant print", "footwear; not in the set"),
        ],
    ),
    s(
        74,
        "th",
        "ร้านของฝากอ่าวนาง",
        SPORT,
        DOWN,
        "Krabi",
        "aonang.souvenir@gmail.com",
        [],
        [n("เสื้อเชิ้ตลายดอก ใส่เที่ยวทะเล", "aloha_shirt")],
    ),
    s(
        75,
        "en",
        "Full Moon Hostel Koh Phangan",
        SPORT,
        DOWN,
        "Surat Thani",
        "hello@fullmoonhostel.com",
        [("Dorm beds and party tours", "hostel_stay")],
        [
            n("Neon elephant pants for party merch, 200 pcs", "elephant_pants"),
            u("Fire-retardant mattress covers for bunks", "bedding; no one in the set makes it"),
        ],
    ),
    s(
        76,
        "en",
        "Pai Yoga Retreat",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "retreat@paiyoga.com",
        [("Yoga and meditation retreats", "retreat_stay")],
        [
            n("Meditation trousers in natural fibre for guests", "natural_fibre_yoga_pants"),
            u("Meditation cushions filled with kapok", "no one in the set makes cushions or sells kapok"),
        ],
    ),
    s(
        77,
        "th",
        "หัวหินสปารีสอร์ท",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "huahin.spa@gmail.com",
        [],
        [n("กางเกงให้ลูกค้าใส่นวดแผนไทย ทรงผูกเอว", "fisherman_pants")],
    ),
    s(
        78,
        "en",
        "ThaiPants Export Ltd.",
        ALC,
        DOWN,
        "Bangkok",
        "export@thaipants.com",
        [],
        [
            n(
                "Elephant pants in OEKO-TEX certified fabric, 10k pcs a month",
                "elephant_pants",
                req=("OEKO-TEX Standard 100",),
            ),
            u(
                "Fairtrade harem pants",
                "harem pants are in the set but no maker holds Fairtrade",
                "harem_pants",
                req=("Fairtrade",),
            ),
        ],
    ),
    s(
        79,
        "en",
        "Global Hippie Wholesale",
        SPORT,
        DOWN,
        "Chonburi",
        "wholesale@globalhippie.com",
        [],
        [n("Genie pants in bulk", "harem_pants")],
    ),
    s(
        80,
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ",
        ALC,
        DOWN,
        "Nonthaburi",
        "sukjai.eldercare@gmail.com",
        [],
        [
            n("กางเกงใส่สบายให้คุณตาคุณยาย ดึงขึ้นลงง่าย", "elderly_easy_pants"),
            u("ผ้าอ้อมผู้ใหญ่แบบซักได้", "no one in the set makes washable adult diapers"),
        ],
    ),
    s(
        81,
        "th",
        "ศูนย์ดูแลผู้สูงวัย ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "kk.eldercare@gmail.com",
        [],
        [n("มีใครทำกางเกงขายาวให้คนชราใส่ในศูนย์บ้างคะ", "elderly_easy_pants")],
    ),
    s(
        82,
        "en",
        "Night Bazaar Hill Tribe Crafts",
        HEMP,
        DOWN,
        "Chiang Mai",
        "buy@nightbazaarcrafts.com",
        [],
        [
            n("Who sells fabric bags (tote or yaam) wholesale?", "cloth_bag"),
            n("Fisherman trousers for the stall", "fisherman_pants"),
        ],
    ),
    s(
        83,
        "th",
        "ร้านถนนคนเดินท่าแพ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "thaphae.walkingst@gmail.com",
        [],
        [n("กางเกงลายช้าง", "elephant_pants")],
    ),
    s(
        84,
        "th",
        "ร้านชายหาดเกาะช้าง ไวท์แซนด์",
        SPORT,
        DOWN,
        "Trat",
        "kohchang.whitesand@gmail.com",
        [],
        [n("ขาสั้นใส่ลงทะเล ผ้าบางแห้งเร็ว คละไซส์", "beach_shorts")],
    ),
    s(
        85,
        "th",
        "ร้านเสื้อผ้าชายหาด ตลาดนัดเทพประสิทธิ์",
        SPORT,
        DOWN,
        "Chonburi",
        "thepprasit.beach@gmail.com",
        [],
        [n("บ็อกเซอร์ชายหาด กางเกงเล่นน้ำ", "beach_shorts")],
    ),
    s(
        86,
        "en",
        "Sukhumvit Yoga Studio",
        SPORT,
        DOWN,
        "Bangkok",
        "shop@sukhumvityoga.com",
        [("Yoga classes and a small shop", "yoga_classes")],
        [
            n("Yoga pants for our shop, natural fibres only, no synthetics", "natural_fibre_yoga_pants"),
        ],
    ),
    s(
        87,
        "th",
        "เขาหลักโยคะรีทรีต",
        SPORT,
        DOWN,
        "Phang Nga",
        "khaolak.yoga@gmail.com",
        [],
        [
            n("เลกกิ้งออกกำลังกาย ผ้าแห้งไว", "performance_yoga_leggings"),
            n("กางเกงโยคะผ้าธรรมชาติ", "natural_fibre_yoga_pants"),
        ],
    ),
    s(
        88,
        "en",
        "Ayutthaya Elephant Camp Shop",
        ALC,
        DOWN,
        "Ayutthaya",
        "shop@ayutthayaelephantcamp.com",
        [],
        [
            n("Elephant pattern trousers", "elephant_pants"),
            n("Logo embroidery on 500 pairs of pants", "embroidery_service"),
        ],
    ),
    s(
        89,
        "th",
        "ร้านของฝากสะพานข้ามแม่น้ำแคว",
        ALC,
        DOWN,
        "Kanchanaburi",
        "kwai.souvenir@gmail.com",
        [],
        [n("กางเกงขายาวลายช้าง ขายนักท่องเที่ยวต่างชาติ", "elephant_pants")],
    ),
    s(
        90,
        "en",
        "Siam Souvenir Export Co.",
        ALC,
        DOWN,
        "Bangkok",
        "export@siamsouvenir.com",
        [],
        [
            n("Pha khao ma for export, OTOP certified", "pakama_cloth", req=("OTOP",)),
            n("Sarongs from any supplier, Fairtrade not required", "sarong_pareo", waive=("Fairtrade",)),
        ],
    ),
    s(
        91,
        "th",
        "ร้านผ้าพื้นเมือง อุบลฯ",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.localcloth@gmail.com",
        [],
        [
            n(
                "ผ้ามัดหมี่ ผ้าฝ้ายทอมือ รับซื้อจากกลุ่มทอ",
                "ikat_cotton_fabric",
                "handwoven_cotton_fabric",
                "natural_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
            u("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "no silk weaver in the set"),
        ],
    ),
    s(
        92,
        "th",
        "ร้านวินเทจมือสอง จตุจักร",
        CIRC,
        DOWN,
        "Bangkok",
        "jj.vintage2hand@gmail.com",
        [],
        [n("ยีนส์เก่า เสื้อยืดวินเทจ ซื้อเป็นเบล", "used_clothing")],
        (),
        ("circular",),
    ),
    s(
        93,
        "th",
        "ร้านผ้าเช็ดเครื่องจักร สมุทรปราการ",
        CIRC,
        MID,
        "Samut Prakan",
        "sp.rags@gmail.com",
        [("ผ้าเช็ดเครื่องจักร ทำจากเสื้อผ้าเก่า", "industrial_wiping_rags")],
        [n("เสื้อยืดเก่า ผ้าคอตตอนมือสอง", "used_clothing")],
        (),
        ("circular",),
    ),
    s(
        94,
        "en",
        "Green Thread Export",
        HEMP,
        DOWN,
        "Bangkok",
        "sourcing@greenthread.co",
        [],
        [
            u(
                "GOTS organic cotton yarn for knitting",
                "cotton yarn is in the set but no spinner holds GOTS",
                "cotton_yarn",
                "handspun_cotton_yarn",
                req=("GOTS",),
            ),
            n("Hemp fabric, GOTS not required", "hemp_fabric", waive=("GOTS",)),
        ],
    ),
    s(
        95,
        "th",
        "ร้านชุดว่ายน้ำหาดใหญ่",
        SPORT,
        DOWN,
        "Songkhla",
        "hatyai.swim@gmail.com",
        [],
        [u("ชุดว่ายน้ำมุสลิม ผ้ากันยูวี", "no swimwear maker in the set"), n("กางเกงเซิร์ฟ ผ้าแห้งเร็ว", "beach_shorts")],
    ),
]

# END DATA

REGENERATE = ".venv/bin/python eval/blind_plain_pants/write.py"
ID_RE = re.compile(r"^bfp-\d{3}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
UNMET_MIN, UNMET_MAX = 17, 23


def load_taxonomy() -> ModuleType:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module("shared.taxonomy")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def mention_patterns(tax: ModuleType) -> dict[str, list[re.Pattern[str]]]:
    """For each canonical certification, regexes that find its name in free text (negated or not)."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for cert in tax.CERTIFICATIONS:
        found: list[re.Pattern[str]] = []
        for phrase, flags in [(m, re.IGNORECASE) for m in (*cert.mentions, *cert.aliases)] + [
            (m, 0) for m in cert.case_sensitive_mentions
        ]:
            tokens = [t for t in re.split(r"[\s\-.]+", nfkc(phrase)) if t]
            if tokens:
                found.append(re.compile(r"[\s\-.]*".join(re.escape(t) for t in tokens), flags))
        found += [re.compile(nfkc(p)) for p in cert.patterns]
        out[cert.name] = found
    return out


def thai_share(text: str) -> float:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def is_plain_english(text: str) -> bool:
    return all(32 <= ord(ch) < 127 for ch in text)


def check_profiles(smes: list[Sme], tax: ModuleType) -> list[str]:
    bad: list[str] = []
    nums = [x.num for x in smes]
    if sorted(nums) != list(range(1, N_PROFILES + 1)):
        missing = sorted(set(range(1, N_PROFILES + 1)) - set(nums))
        dupes = sorted(k for k, v in Counter(nums).items() if v > 1)
        bad.append(f"ids must be bfp-001..bfp-{N_PROFILES:03d} once each; missing {missing}, repeated {dupes}")
    subs = {str(v) for v in tax.SubCluster}
    stages = {str(v) for v in tax.Stage}
    tags = {str(v) for v in tax.BcgTag}
    emails = Counter(x.email for x in smes)
    names = Counter(x.name for x in smes)
    for x in smes:
        where = x.id
        if not ID_RE.match(x.id):
            bad.append(f"{where}: malformed id")
        if x.lang not in tax.LANGUAGES:
            bad.append(f"{where}: language {x.lang!r}")
        if x.sub_cluster not in subs:
            bad.append(f"{where}: sub_cluster {x.sub_cluster!r}")
        if x.stage not in stages:
            bad.append(f"{where}: stage {x.stage!r}")
        if tax.resolve_province(x.province) is None:
            bad.append(f"{where}: province {x.province!r} does not resolve")
        for cert in x.certifications:
            if tax.resolve_certification(cert) is None:
                bad.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(x.certifications)) != len(x.certifications):
            bad.append(f"{where}: repeated certification")
        for tag in x.bcg:
            if tag not in tags:
                bad.append(f"{where}: bcg {tag!r}")
        if len(set(x.bcg)) != len(x.bcg):
            bad.append(f"{where}: repeated bcg tag")
        if not EMAIL_RE.match(x.email) or emails[x.email] > 1:
            bad.append(f"{where}: email {x.email!r} malformed or shared")
        if not x.name.strip() or names[x.name] > 1:
            bad.append(f"{where}: name empty or shared")
        if not (0 <= len(x.offers) <= 3 and 0 <= len(x.needs) <= 3) or not (x.offers or x.needs):
            bad.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        texts = [x.name] + [t for t, _ in x.offers] + [nd.text for nd in x.needs]
        for text in texts:
            if text != text.strip() or "  " in text or not text:
                bad.append(f"{where}: untidy text {text!r}")
            if x.lang == "th" and thai_share(text) < 0.6:
                bad.append(f"{where}: Thai phrase not mostly Thai letters: {text!r}")
            if x.lang == "en" and not is_plain_english(text):
                bad.append(f"{where}: English phrase with non-Latin characters: {text!r}")
        if len({t for t, _ in x.offers}) != len(x.offers) or len({nd.text for nd in x.needs}) != len(x.needs):
            bad.append(f"{where}: repeated offer or need text")
        for _, label in x.offers:
            if not LABEL_RE.match(label):
                bad.append(f"{where}: malformed label {label!r}")
    return bad


def suppliers_for(need: Need, buyer: Sme, smes: list[Sme], canon: dict[str, frozenset[str]]) -> list[Sme]:
    return [
        x
        for x in smes
        if x.num != buyer.num
        and any(label in need.labels for _, label in x.offers)
        and set(need.requires) <= canon[x.id]
    ]


def check_needs(smes: list[Sme], tax: ModuleType, canon: dict[str, frozenset[str]]) -> list[str]:
    bad: list[str] = []
    known = {c.name for c in tax.CERTIFICATIONS}
    patterns = mention_patterns(tax)
    offered: dict[str, set[int]] = {}
    offer_texts: set[str] = set()
    for x in smes:
        for text, label in x.offers:
            offered.setdefault(label, set()).add(x.num)
            offer_texts.add(nfkc(text).casefold())
    for x in smes:
        for nd in x.needs:
            where = f"{x.id} need {nd.text!r}"
            if nfkc(nd.text).casefold() in offer_texts:
                bad.append(f"{where}: worded exactly like an offer")
            for cert in (*nd.requires, *nd.waives):
                if cert not in known:
                    bad.append(f"{where}: {cert!r} is not a canonical certification")
                elif not any(p.search(nfkc(nd.text)) for p in patterns[cert]):
                    bad.append(f"{where}: certification {cert!r} not named in the text")
            if set(nd.requires) & set(nd.waives):
                bad.append(f"{where}: a certification both required and waived")
            qualified = suppliers_for(nd, x, smes, canon)
            if nd.unmet:
                if qualified:
                    bad.append(f"{where}: marked unmet but met by {[q.id for q in qualified]}")
                if nd.waives:
                    bad.append(f"{where}: unmet needs carry no waivers")
                continue
            if not nd.labels:
                bad.append(f"{where}: a met need must list labels")
            for label in nd.labels:
                if not offered.get(label, set()) - {x.num}:
                    bad.append(f"{where}: label {label!r} offered by no one else")
            if not qualified:
                bad.append(f"{where}: no qualified supplier")
    return bad


def true_links(smes: list[Sme], canon: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for nd in buyer.needs:
            if not nd.unmet:
                links.update((sup.id, buyer.id) for sup in suppliers_for(nd, buyer, smes, canon))
    return links


def counts(smes: list[Sme], tax: ModuleType, links: set[tuple[str, str]], canon) -> list[tuple[str, str]]:
    by_id = {x.id: x for x in smes}
    needs = [(x, nd) for x in smes for nd in x.needs]
    met = [(x, nd) for x, nd in needs if not nd.unmet]
    reach = [len(suppliers_for(nd, x, smes, canon)) for x, nd in met]
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    one, few, many = (sum(r == 1 for r in reach), sum(2 <= r <= 3 for r in reach), sum(r >= 4 for r in reach))
    regions = Counter(str(tax.resolve_province(x.province).region) for x in smes)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai (`th`)", str(sum(x.lang == "th" for x in smes))),
        ("English (`en`)", str(sum(x.lang == "en" for x in smes))),
    ]
    rows += [(f"sub-cluster `{v}`", str(sum(x.sub_cluster == str(v) for x in smes))) for v in tax.SubCluster]
    rows += [(f"stage `{v}`", str(sum(x.stage == str(v) for x in smes))) for v in tax.Stage]
    rows += [(f"region `{v}`", str(regions[str(v)])) for v in tax.Region]
    rows += [
        ("distinct provinces", str(len({tax.resolve_province(x.province).name_en for x in smes}))),
        ("offers", str(sum(len(x.offers) for x in smes))),
        ("distinct offer labels", str(len({label for x in smes for _, label in x.offers}))),
        ("needs", str(len(needs))),
        ("needs met by someone in the set", str(len(met))),
        ("needs met by no one", str(len(needs) - len(met))),
        (
            "met needs with 1 / 2-3 / 4+ qualified suppliers",
            f"{one} / {few} / {many}",
        ),
        ("needs requiring a certification", str(sum(bool(nd.requires) for _, nd in needs))),
        ("needs naming a certification only to waive it", str(sum(bool(nd.waives) for _, nd in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def check_targets(smes: list[Sme], links: set[tuple[str, str]], canon) -> list[str]:
    bad: list[str] = []
    by_id = {x.id: x for x in smes}
    th = sum(x.lang == "th" for x in smes)
    if not 0.50 <= th / len(smes) <= 0.60:
        bad.append(f"Thai share {th}/{len(smes)} outside 50-60 %")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        bad.append(f"{len(links)} true links, want {LINKS_MIN}-{LINKS_MAX}")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    if links and not 0.42 <= cross / len(links) <= 0.58:
        bad.append(f"cross-language links {cross}/{len(links)}, want about half")
    unmet = sum(bool(nd.unmet) for x in smes for nd in x.needs)
    if not UNMET_MIN <= unmet <= UNMET_MAX:
        bad.append(f"{unmet} needs met by no one, want {UNMET_MIN}-{UNMET_MAX}")
    reach = [len(suppliers_for(nd, x, smes, canon)) for x in smes for nd in x.needs if not nd.unmet]
    if reach and sum(1 <= r <= 3 for r in reach) / len(reach) < 0.6:
        bad.append("most met needs should have 1-3 qualified suppliers")
    if not any(r >= 4 for r in reach):
        bad.append("some met needs should have more than 3 qualified suppliers")
    return bad


def profile_json(x: Sme) -> str:
    obj: dict[str, object] = {
        "id": x.id,
        "name": x.name,
        "sub_cluster": x.sub_cluster,
        "stage": x.stage,
        "province": x.province,
        "offers": [t for t, _ in x.offers],
        "needs": [nd.text for nd in x.needs],
    }
    if x.certifications:
        obj["certifications"] = list(x.certifications)
    if x.bcg:
        obj["bcg"] = list(x.bcg)
    obj["contact_email"] = x.email
    obj["language"] = x.lang
    return json.dumps(obj, ensure_ascii=False)


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines)


README = """# `eval/blind_plain_pants/`: tourist trousers and beachwear, plain registry entries

## What the set checks

How well the matcher finds true supplier-buyer pairs among 95 SME profiles whose wording it has never
seen. The theme is Thai tourist trousers and beachwear (fisherman, elephant, harem and Aladdin pants,
Thai wrap pants, sarongs and pareos, printed rayon, sewing by the thousand, market stalls, tourist
shops, hostels, yoga retreats, exporters) together with the ordinary upstream and midstream suppliers
of the cluster (fibre, yarn, cloth, dyeing, printing, sewing, trims, waste and used goods).

Offers and needs are short registry phrases (1-3 of each per SME; some SMEs have only one side),
about half in Thai and half in English. The same goods are written many ways (regional and trade
names, abbreviations, with and without quantities, prices, sizes and places), and a need is usually
worded differently from the offers that meet it, often in the other language. Hard but fair cases:
a service versus the goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed
cloth; sewing for others versus finished trousers; printing on the customer's fabric versus printed
fabric), waste and used goods versus new, raw versus processed (fibre, yarn, cloth, product),
finished goods described by their material, colour or technique (an indigo-dyed handwoven bag is a
bag), needs written as a wish, a bare noun phrase or a question, refusals ("no polyester"), needs that
require a named certification, needs that name one only to waive it, and needs no one in the set meets.

## How it was written

By hand, by a writer who had read only Section 1 of `/work/shared/contracts/CONTRACTS.md` (profile
format and links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the
`[tool.ruff]` section of `pyproject.toml`. Nothing else in the repository (matcher, glossary, tests,
other evaluation sets, shared data) was read, and the matcher was never run on the set.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `rayon_print_fabric` versus
`polyester_print_fabric`, `rayon_cutting_waste` versus `rayon_greige_fabric`). Every need lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by no
one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries
a label listed by one of the buyer's needs and the supplier's `certifications` (resolved with
`resolve_certification`) hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link; what changes
what the thing is does. A certification a need names only to waive it ("OEKO-TEX not required") is
not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG values from the taxonomy; every province resolves with `resolve_province`, every
certification with `resolve_certification`); every label a need lists is offered by someone other than
the buyer; every met need has a qualified supplier and every unmet one has none; a required or waived
certification is named in the need's text; Thai phrases are mostly Thai letters and English ones plain
ASCII; the size targets (95 profiles, 50-60 % Thai, {links_min}-{links_max} links, about half across
languages, {unmet_min}-{unmet_max} unmet needs, most met needs with 1-3 qualified suppliers). If any
check fails it writes nothing.

## How to regenerate

From the repository root:

```
{regenerate}
```

Two runs give identical bytes. Lint with `.venv/bin/ruff check eval/blind_plain_pants` and
`.venv/bin/ruff format eval/blind_plain_pants`.

## Files

- `write.py`: all data, labels and checks; writes the three files below and prints the counts.
- `profiles.jsonl`: 95 profiles, ids `bfp-001` ... `bfp-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def render(smes: list[Sme], links: set[tuple[str, str]], rows: list[tuple[str, str]]) -> dict[str, str]:
    readme = README.format(
        links_min=LINKS_MIN,
        links_max=LINKS_MAX,
        unmet_min=UNMET_MIN,
        unmet_max=UNMET_MAX,
        regenerate=REGENERATE,
        table=table(rows),
    )
    return {
        "profiles.jsonl": "".join(profile_json(x) + "\n" for x in smes),
        "links.csv": "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in sorted(links)),
        "README.md": readme,
    }


def main() -> int:
    tax = load_taxonomy()
    smes = sorted(SMES, key=lambda x: x.num)
    bad = check_profiles(smes, tax)
    canon = {x.id: frozenset(tax.canonical_certifications(x.certifications)) for x in smes}
    bad += check_needs(smes, tax, canon)
    links = true_links(smes, canon)
    if not bad:
        bad += check_targets(smes, links, canon)
    rows = counts(smes, tax, links, canon) if not check_profiles(smes, tax) else []
    if rows:
        print(table(rows))
    if bad:
        print(f"\n{len(bad)} check(s) failed; nothing written:", file=sys.stderr)
        for line in bad:
            print(f"  - {line}", file=sys.stderr)
        return 1
    outputs = render(smes, links, rows)
    again = render(sorted(SMES, key=lambda x: x.num), true_links(smes, canon), counts(smes, tax, links, canon))
    if outputs != again:
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in outputs.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(f"\nwrote {len(smes)} profiles and {len(links)} links to {HERE.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
