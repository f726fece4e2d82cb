"""Write the hand-labelled evaluation set `eval/blind_plain_orthotics/`.

Theme: orthopaedic supports and compression (braces, lumbar belts, compression stockings, slings,
elastic and neoprene materials, hook-and-loop) with the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. All data lives in this file. Every offer is a (text, label) pair; every need
lists the offer labels that would meet it and the certifications its text requires, or is marked as met
by no one. Links follow from the labels only; the labels are never written out.

Run from the repository root:

    .venv/bin/python eval/blind_plain_orthotics/write.py

The script checks the data first and writes nothing when a check fails.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

tax = importlib.import_module("shared.taxonomy")

PREFIX = "bor"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180

# Sub-clusters and stages (checked against the taxonomy below).
HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a met need


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    slug: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say what would meet it, if anything."""
    return Need(text, labels, req, (), note)


def s(
    num: int,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    slug: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub, stage, province, slug, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ profiles 001-030: mostly upstream

SMES_A: list[Sme] = [
    s(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านห้วยปลาหลด",
        HEMP,
        UP,
        "Tak",
        "huaiplalod-hemp",
        [("เปลือกกัญชงลอกมือ ตากแดด มัดละ 5 กก.", "hemp_fibre"), ("เมล็ดพันธุ์กัญชง RPF3", "hemp_seed")],
        [x("เครื่องลอกเปลือกกัญชงแบบใช้มอเตอร์", "machinery; no one in the set sells machines")],
        ("เกษตรอินทรีย์",),
        ("bio", "green"),
    ),
    s(
        2,
        "en",
        "Doi Saket Hemp Fibre Co.",
        HEMP,
        UP,
        "Chiang Mai",
        "doisakethemp",
        [
            ("Decorticated hemp bast, baled 40 kg, ex Doi Saket", "hemp_fibre"),
            ("Hemp hurds for bedding & hempcrete", "hemp_hurd"),
        ],
        [x("Jute or PP sacks for baling", "packing sacks; no one offers them")],
        (),
        ("bio",),
    ),
    s(
        3,
        "th",
        "กลุ่มปั่นด้ายกัญชงบ้านแม่จัน",
        HEMP,
        UP,
        "Chiang Rai",
        "maechan-hempyarn",
        [
            ("ด้ายกัญชงปั่นมือ เส้นเล็ก ขายเป็นไจ", "hemp_yarn"),
            ("ด้ายกัญชงผสมฝ้าย 55/45 ม้วนละ 1 กก.", "hemp_cotton_yarn"),
        ],
        [n("ต้องการใยกัญชงที่ลอกแล้ว เดือนละ 200 กก. ขึ้นไป", "hemp_fibre")],
        (),
        ("bio",),
    ),
    s(
        4,
        "en",
        "Nan Highland Yarns",
        HEMP,
        UP,
        "Nan",
        "nanhighland",
        [("Hemp yarn Nm 6, machine spun, on cones", "hemp_yarn")],
        [
            n(
                "sun-dried hemp bast (Organic Thailand welcome but not required)",
                "hemp_fibre",
                waive=("Organic Thailand",),
            )
        ],
        (),
        ("bio",),
    ),
    s(
        5,
        "th",
        "กลุ่มเกษตรกรปลูกฝ้ายวังสะพุง",
        HEMP,
        UP,
        "Loei",
        "wangsaphung-cotton",
        [("ฝ้ายเข็นมือ สีตุ่นธรรมชาติ", "cotton_yarn"), ("ปุยฝ้ายดิบ อีดเมล็ดออกแล้ว", "raw_cotton")],
        [],
        (),
        ("bio",),
    ),
    s(
        6,
        "en",
        "Mahachai Fibre Recovery",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachaifibre",
        [("Opened fibre from cotton/poly clippings, for stuffing & felt", "recycled_fibre")],
        [
            n("Pre-consumer cutting scraps, sorted by colour", "cotton_cutting_waste", "synthetic_cutting_waste"),
            n("Worn-out elastic supports and braces for a take-back trial", "used_orthotic_goods"),
        ],
        (),
        ("circular",),
    ),
    s(
        7,
        "th",
        "บริษัท รีเท็กซ์ไฟเบอร์ นครปฐม จำกัด",
        CIRC,
        UP,
        "Nakhon Pathom",
        "retexfibre",
        [("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET 150D/48F", "recycled_polyester_yarn")],
        [x("ขวดพลาสติกใสอัดก้อน ส่งถึงโรงงาน", "PET bottle bales; no one in the set collects bottles")],
        ("GRS",),
        ("circular",),
    ),
    s(
        8,
        "en",
        "EastLoop Yarns",
        CIRC,
        UP,
        "Chonburi",
        "eastloop",
        [("rPET DTY 75D/72F, semi-dull", "recycled_polyester_yarn")],
        [x("Bare spandex 20D-40D for covering", "bare elastane; the set only has covered elastane")],
        (),
        ("circular",),
    ),
    s(
        9,
        "th",
        "บริษัท สยามคัฟเวอร์ยาร์น จำกัด",
        SPORT,
        UP,
        "Samut Prakan",
        "siamcoveryarn",
        [
            ("ด้ายสแปนเด็กซ์หุ้มไนลอน 40D/70D สำหรับถุงน่อง", "covered_elastane_yarn"),
            ("เส้นไนลอน 6 เส้นยาว 70D/24F", "nylon_filament_yarn"),
        ],
        [n("เส้นยางพาราดิบ ทำแกนยางยืด", "natural_rubber_thread")],
        ("Oeko-Tex 100",),
        (),
    ),
    s(
        10,
        "en",
        "Rayong Latex Thread Ltd.",
        SPORT,
        UP,
        "Rayong",
        "rayonglatex",
        [("Natural rubber thread, talc-free, count 42", "natural_rubber_thread")],
        [x("Concentrated field latex 60% DRC, by tanker", "latex concentrate; no one offers it")],
        (),
        ("bio",),
    ),
    s(
        11,
        "th",
        "ห้างหุ้นส่วน ปทุมอีลาสติก",
        SPORT,
        UP,
        "Pathum Thani",
        "pathumelastic",
        [("ไลครา หุ้มสองชั้น (DCY) ใช้ถักผ้ายืดทางการแพทย์", "covered_elastane_yarn")],
        [n("ไนลอนฟิลาเมนต์ สำหรับพันแกน", "nylon_filament_yarn")],
    ),
    s(
        12,
        "en",
        "Bangkok Textile Rescue",
        CIRC,
        UP,
        "Bangkok",
        "bkktextilerescue",
        [
            ("Baled used T-shirts, cotton rich, grade B", "used_clothing"),
            ("Collected white cotton clippings, 1 t lots", "cotton_cutting_waste"),
        ],
        [n("Daily sewing-floor scraps from factories in BKK", "cotton_cutting_waste", "synthetic_cutting_waste")],
        (),
        ("circular",),
    ),
    s(
        13,
        "th",
        "โรงปั่นด้ายรีไซเคิลขอนแก่น",
        CIRC,
        UP,
        "Khon Kaen",
        "kkrecycleyarn",
        [("ด้ายคอตตอนรีไซเคิล เบอร์ 16 ปั่นจากเศษผ้า", "recycled_cotton_yarn")],
        [
            n("รับซื้อเศษผ้ายืดคอตตอนจากโรงตัดเย็บ", "cotton_cutting_waste"),
            n("ใยเปิดแล้ว คัดโทนสีเทา", "recycled_fibre"),
        ],
        (),
        ("circular",),
    ),
    s(
        14,
        "th",
        "กลุ่มปลูกครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "donkoi-indigo",
        [("เนื้อครามเปียก หมักเอง กิโลละ 250 บาท", "indigo_paste")],
        [n("ผ้าฝ้ายดิบสีขาว ยังไม่ได้ย้อม", "cotton_fabric_greige")],
        ("OTOP",),
        ("bio",),
    ),
    s(
        15,
        "en",
        "Surin Kapok Growers",
        AGE_I,
        UP,
        "Surin",
        "surinkapok",
        [("Kapok floss, cleaned, seeds out", "kapok_fibre")],
        [],
        (),
        ("bio",),
    ),
    s(
        16,
        "th",
        "บริษัท นีโอรีไซเคิล จำกัด",
        CIRC,
        UP,
        "Samut Prakan",
        "neorecycle",
        [("ยางนีโอพรีนบดเป็นเม็ด สำหรับทำแผ่นปูพื้นยิม", "neoprene_crumb")],
        [n("รับซื้อเศษนีโอพรีนจากโรงเย็บซัพพอร์ต", "neoprene_offcuts")],
        (),
        ("circular",),
    ),
    s(
        17,
        "en",
        "Songkhla Latex Foam",
        SPORT,
        UP,
        "Songkhla",
        "songkhlafoam",
        [("Natural latex foam sheet 5-10 mm", "foam_padding")],
        [],
        ("Halal certified",),
        ("bio",),
    ),
    s(
        18,
        "th",
        "โรงปั่นด้ายสามพราน",
        AGE_C,
        UP,
        "Nakhon Pathom",
        "sampranspinning",
        [("ด้ายคอตตอน 100% CM 30/1", "cotton_yarn"), ("ด้ายฝ้ายออร์แกนิก ได้ GOTS", "organic_cotton_yarn")],
        [
            x(
                "ปุยฝ้ายอินทรีย์ ต้องผ่านมาตรฐานเกษตรอินทรีย์",
                "the only raw cotton seller holds no Organic Thailand",
                "raw_cotton",
                req=("Organic Thailand",),
            )
        ],
        ("GOTS",),
        (),
    ),
    s(
        19,
        "en",
        "Siam Neoprene Laminates",
        SPORT,
        MID,
        "Samut Prakan",
        "siamneoprene",
        [
            ("CR/SBR neoprene 3 mm, nylon jersey both sides", "laminated_neoprene_sheet"),
            ("Laminating your foam and fabric, per metre, Bang Phli", "laminating_service"),
        ],
        [n("Nylon tricot for the face of the foam", "nylon_jersey_fabric")],
    ),
    s(
        20,
        "th",
        "โรงงานแปดริ้วนีโอพรีน",
        SPORT,
        MID,
        "Chachoengsao",
        "paetriuneoprene",
        [("แผ่นนีโอพรีนหุ้มผ้า OK ตีนตุ๊กแกติดได้ หนา 2.5 มม.", "laminated_neoprene_sheet")],
        [n("ผ้ายืดไนลอนหน้ากว้าง 150 ซม. ไว้ปิดผิวยาง", "nylon_jersey_fabric")],
    ),
    s(
        21,
        "en",
        "Krungthep Narrow Fabrics",
        SPORT,
        MID,
        "Bangkok",
        "ktnarrow",
        [
            ("Woven elastic 25-100 mm, latex-free option", "elastic_webbing"),
            ("Velcro-type hook & loop, sew-on, 20-50 mm", "hook_and_loop_tape"),
        ],
        [
            n("rubber core thread for elastic weaving", "natural_rubber_thread"),
            n("double-covered spandex, heavy denier", "covered_elastane_yarn"),
        ],
        ("ISO 9001",),
        (),
    ),
    s(
        22,
        "th",
        "ร้านยางยืดบางบัวทอง",
        SPORT,
        MID,
        "Nonthaburi",
        "bangbuathong-elastic",
        [("ยางยืดทอ หน้า 2 นิ้ว สีเนื้อ ขั้นต่ำ 500 หลา", "elastic_webbing")],
        [n("ด้ายโพลีรีไซเคิล (rPET) สำหรับทอยางยืด", "recycled_polyester_yarn")],
    ),
    s(
        23,
        "en",
        "TapeLoop Co.",
        CIRC,
        MID,
        "Nakhon Pathom",
        "tapeloop",
        [("Hook-and-loop from recycled PET", "hook_and_loop_tape"), ("Knitted elastic band 10 mm", "elastic_webbing")],
        [n("GRS-certified rPET filament yarn", "recycled_polyester_yarn", req=("GRS",))],
        ("GRS",),
        ("circular",),
    ),
    s(
        24,
        "th",
        "บริษัท มหาชัยนิตติ้ง จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachaiknitting",
        [
            ("ผ้ายืดสี่ทาง ไนลอนสแปนเด็กซ์ 220 แกรม", "compression_knit_fabric"),
            ("ผ้าทริโคต์ไนลอน สำหรับประกบนีโอพรีน", "nylon_jersey_fabric"),
        ],
        [n("ไนลอน 70 ดีเนียร์", "nylon_filament_yarn"), n("ยางสแปนเด็กซ์หุ้มเส้น", "covered_elastane_yarn")],
    ),
    s(
        25,
        "en",
        "Bang Phli Spacer Mesh",
        SPORT,
        MID,
        "Samut Prakan",
        "bangphlimesh",
        [
            ("3D spacer mesh 3-5 mm, brace lining", "spacer_mesh_fabric"),
            ("Power net 180 gsm", "compression_knit_fabric"),
        ],
        [n("polyester yarn spun from bottles", "recycled_polyester_yarn")],
        ("OEKO-TEX Standard 100",),
        (),
    ),
    s(
        26,
        "th",
        "โรงงานผ้าตาข่ายบ้านบึง",
        SPORT,
        MID,
        "Chonburi",
        "banbuengmesh",
        [("ผ้าแซนวิชเมช หนา 4 มม. สีดำ เทา", "spacer_mesh_fabric")],
        [n("หาโรงย้อมรับย้อมผ้าตาข่ายของเรา ม้วนละ 50 กก.", "fabric_dyeing_service")],
    ),
    s(
        27,
        "en",
        "Tube Knit Services",
        SPORT,
        MID,
        "Bangkok",
        "tubeknit",
        [("Seamless tubular knitting of your yarn, sleeves & stocking blanks", "tubular_knitting_service")],
        [x("Spare needles for Lonati sock machines", "machine spares; no one sells them")],
    ),
    s(
        28,
        "th",
        "โรงย้อมท่าจีน",
        AGE_C,
        MID,
        "Samut Sakhon",
        "thachindye",
        [
            ("รับย้อมผ้าทอผ้าถักตามสีลูกค้า ขั้นต่ำ 200 กก.", "fabric_dyeing_service"),
            ("ผ้าคอตตอนย้อมสีกรมท่า พร้อมส่ง ส่งฟรีในมหาชัย", "dyed_cotton_fabric"),
        ],
        [x("สีรีแอคทีฟ ราคาส่ง", "dyestuff; no chemical supplier in the set")],
    ),
    s(
        29,
        "en",
        "Ratchaburi Dye & Finish",
        CIRC,
        MID,
        "Ratchaburi",
        "ratchaburidye",
        [
            ("Jet dyeing of your knits, cotton or nylon/spandex", "fabric_dyeing_service"),
            ("Silver antibacterial finish on customer goods", "functional_finishing_service"),
        ],
        [],
        ("bluesign",),
        ("green",),
    ),
    s(
        30,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านพรรณา",
        HEMP,
        MID,
        "Sakon Nakhon",
        "phanna-indigo",
        [
            ("ผ้าฝ้ายย้อมคราม ทอมือ ลายขิด", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า", "natural_dyeing_service"),
        ],
        [n("ครามเปียกสำหรับก่อหม้อ", "indigo_paste")],
        ("OTOP",),
        ("bio",),
    ),
]

# ------------------------------------------------------------------ profiles 031-060: midstream and makers

SMES_B: list[Sme] = [
    s(
        31,
        "en",
        "Lanna Hemp Weavers",
        HEMP,
        MID,
        "Chiang Mai",
        "lannahemp",
        [
            ("Handloom hemp cloth, natural colour, 60 cm", "hemp_fabric"),
            ("Hemp cloth coloured with lac and ebony", "natural_dyed_hemp_fabric"),
        ],
        [n("hemp thread for weaving, GOTS not needed", "hemp_yarn", waive=("GOTS",))],
        (),
        ("bio",),
    ),
    s(
        32,
        "th",
        "กลุ่มทอผ้าม้งเขาค้อ",
        HEMP,
        MID,
        "Phetchabun",
        "khaokhohmong",
        [("ผ้าใยกัญชงม้ง ทอมือ สีขาวธรรมชาติ หน้า 40 ซม.", "hemp_fabric")],
        [
            n("เส้นใยกัญชงที่ปั่นเป็นเส้นแล้ว", "hemp_yarn"),
            n("มีใครรับย้อมผ้ากัญชงของเราด้วยสีธรรมชาติบ้างไหม", "natural_dyeing_service"),
        ],
        (),
        ("bio",),
    ),
    s(
        33,
        "en",
        "Pak Kret CMT Sewing",
        AGE_C,
        MID,
        "Nonthaburi",
        "pakkretcmt",
        [
            ("Cut-make-trim of supports, customer's materials", "cmt_sewing_service"),
            ("Clean neoprene offcuts, bagged", "neoprene_offcuts"),
        ],
        [n("Skin-tone hook & loop, 38 mm", "hook_and_loop_tape")],
    ),
    s(
        34,
        "th",
        "ห้องเย็บบางแค",
        SPORT,
        MID,
        "Bangkok",
        "bangkhaesewing",
        [
            ("รับเย็บสายรัดข้อเท้า ผ้าพยุง ตามแบบลูกค้า", "cmt_sewing_service"),
            ("เศษผ้ายืดไนลอนจากการตัด", "synthetic_cutting_waste"),
        ],
        [x("จักรโพ้ง 4 เส้น มือสอง", "used machinery; not in the set"), n("ตีนตุ๊กแก ม้วนใหญ่", "hook_and_loop_tape")],
    ),
    s(
        35,
        "en",
        "Khon Kaen Sewing Hub",
        AGE_I,
        MID,
        "Khon Kaen",
        "kksewinghub",
        [
            ("Sewing on contract: slings, soft collars, ward linen", "cmt_sewing_service"),
            ("Cotton clippings, Khon Kaen pickup", "cotton_cutting_waste"),
        ],
        [n("Cotton drill or twill for slings", "cotton_fabric")],
    ),
    s(
        36,
        "th",
        "บริษัท ออร์โธเมด แมนูแฟคเจอริ่ง จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "orthomedmfg",
        [
            ("รับผลิตซัพพอร์ตเข่า หลัง OEM ครบวงจร พร้อมวัตถุดิบ", "brace_oem_service"),
            ("เศษนีโอพรีนจากการตัด", "neoprene_offcuts"),
        ],
        [
            n("นีโอพรีนเคลือบผ้าสองหน้า หนา 3 มม.", "laminated_neoprene_sheet"),
            n("แกนสปริงเหล็กเสริมเข็มขัดพยุงหลัง", "lumbar_stays"),
        ],
        ("ISO 13485", "ISO 9001"),
        (),
    ),
    s(
        37,
        "en",
        "ProBrace Private Label",
        SPORT,
        MID,
        "Pathum Thani",
        "probrace",
        [("Private-label supports: design, materials, sewing, packing", "brace_oem_service")],
        [
            n("silicone anti-slip tape for the top band", "silicone_gripper_tape"),
            n("airmesh lining", "spacer_mesh_fabric"),
        ],
    ),
    s(
        38,
        "th",
        "ร้านสกรีนติวานนท์",
        SPORT,
        MID,
        "Nonthaburi",
        "tiwanonscreen",
        [("รับสกรีนโลโก้ รีดร้อน ลงสายรัดและซัพพอร์ต", "logo_printing_service")],
        [],
    ),
    s(
        39,
        "en",
        "Bang Pakong Components",
        SPORT,
        MID,
        "Chachoengsao",
        "bpcomponents",
        [
            ("Spiral steel stays & flat plastic bones", "lumbar_stays"),
            ("Plastic buckles, D-rings, sliders", "buckles_and_rings"),
        ],
        [x("Spring steel wire 0.8 mm", "steel wire; no metal supplier in the set")],
    ),
    s(
        40,
        "th",
        "บริษัท ซิลิเทค จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "silitech",
        [("เทปซิลิโคนกันลื่น พิมพ์ลายจุด", "silicone_gripper_tape"), ("แหวนซิลิโคนรองลูกสะบ้า", "patella_pad")],
        [],
    ),
    s(
        41,
        "en",
        "Ayutthaya Foam Works",
        AGE_C,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "ayutfoam",
        [("EVA & PU foam pads, die-cut to shape", "foam_padding")],
        [x("Steel rule die-cutting knives", "tooling; not in the set")],
    ),
    s(
        42,
        "th",
        "โรงถักอุดรเมดิคอล",
        AGE_I,
        MID,
        "Udon Thani",
        "udonmedknit",
        [("สต็อกกิเน็ตฝ้าย ม้วน รองใต้เฝือก", "stockinette")],
        [n("ด้ายฝ้าย 20/1 สำหรับเครื่องถัก", "cotton_yarn")],
    ),
    s(
        43,
        "en",
        "Mae Sai Natural Dye Studio",
        HEMP,
        MID,
        "Chiang Rai",
        "maesaidye",
        [("Natural dyeing of your hemp or cotton: indigo, lac, marigold", "natural_dyeing_service")],
        [n("Undyed hemp cloth by the roll", "hemp_fabric")],
        (),
        ("bio", "green"),
    ),
    s(
        44,
        "th",
        "บริษัท รีเฟลท์ จำกัด",
        CIRC,
        MID,
        "Bangkok",
        "refelt",
        [("แผ่นสักหลาดจากใยรีไซเคิล หนา 3 มม.", "recycled_felt")],
        [n("ใยรีไซเคิลที่ผ่านเครื่องเปิดใยแล้ว", "recycled_fibre")],
        (),
        ("circular",),
    ),
    s(
        45,
        "en",
        "Korat ReFibre",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "koratrefibre",
        [("Shoddy fibre from knit waste, grey mix", "recycled_fibre")],
        [
            n("Knit waste from garment plants (no nylon-spandex)", "cotton_cutting_waste"),
            n("post-consumer garments by the bale", "used_clothing"),
        ],
        (),
        ("circular",),
    ),
    s(
        46,
        "th",
        "ห้างผ้าสำเพ็ง",
        AGE_C,
        MID,
        "Bangkok",
        "sampengcloth",
        [("ผ้าคอตตอนทวิล 100% หน้า 60 นิ้ว", "cotton_fabric"), ("ผ้าดิบทอเครื่อง ยังไม่ฟอก", "cotton_fabric_greige")],
        [n("ผ้าครามอีสานเป็นพับ ส่งขายปลีก", "indigo_dyed_cotton_fabric")],
    ),
    s(
        47,
        "en",
        "Roi Et Handloom Group",
        AGE_I,
        MID,
        "Roi Et",
        "roiethandloom",
        [
            ("Handwoven cotton, undyed, 1 m wide", "cotton_fabric_greige"),
            ("Mudmee cotton, indigo", "indigo_dyed_cotton_fabric"),
        ],
        [n("cotton thread for the loom", "cotton_yarn")],
        ("OTOP",),
        ("bio",),
    ),
    s(
        48,
        "th",
        "โรงทอผ้าก๊อซนครชัยศรี",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "nakhonchaisriweave",
        [("ผ้าก๊อซ ผ้าโปร่งทอ ม้วน 100 หลา", "gauze_fabric")],
        [n("ด้ายฝ้ายเบอร์ 40 ราคาโรงงาน", "cotton_yarn")],
    ),
    s(
        49,
        "en",
        "CoolTech Finishing",
        SPORT,
        MID,
        "Bangkok",
        "cooltechfinish",
        [("Coolmax-style wicking & anti-odour treatment of your fabric", "functional_finishing_service")],
        [],
    ),
    s(
        50,
        "en",
        "FlexGuard Supports",
        SPORT,
        DOWN,
        "Bangkok",
        "flexguard",
        [("Knee sleeve 5 mm neoprene, S-XXL", "knee_brace"), ("Ankle stabiliser, figure-8 straps", "ankle_brace")],
        [
            n("laminated neoprene 5 mm, black", "laminated_neoprene_sheet"),
            n("Anyone free to sew our cut panels in peak season?", "cmt_sewing_service"),
        ],
    ),
    s(
        51,
        "th",
        "แบรนด์ รันฟิต",
        SPORT,
        DOWN,
        "Nonthaburi",
        "runfit",
        [("สนับเข่าถักไร้ตะเข็บ", "knee_brace"), ("ปลอกรัดน่องนักวิ่ง", "sports_compression_sleeve")],
        [
            n("มีใครรับถักแบบไร้ตะเข็บจากเส้นด้ายของเราบ้างไหม", "tubular_knitting_service"),
            n("ด้ายยืดหุ้ม แกนในเป็นสแปนเด็กซ์", "covered_elastane_yarn"),
        ],
    ),
    s(
        52,
        "en",
        "VenaCare Hosiery",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "venacare",
        [("Medical compression stockings class II, thigh-high", "medical_compression_stockings")],
        [n("Covered elastane yarn, OEKO-TEX certified", "covered_elastane_yarn", req=("OEKO-TEX Standard 100",))],
        ("Thai FDA",),
        (),
    ),
    s(
        53,
        "th",
        "บริษัท เลกแคร์ จำกัด",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "legcare",
        [("ถุงน่องเส้นเลือดขอด 20-30 mmHg", "medical_compression_stockings")],
        [
            n("สแปนเด็กซ์หุ้มไนลอน", "covered_elastane_yarn"),
            x("กล่องกระดาษพิมพ์ 4 สี", "printed boxes; no packaging supplier"),
        ],
    ),
    s(
        54,
        "en",
        "Isan Care Supports",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "isancare",
        [("Lumbar belt with 4 stays, mesh", "lumbar_support_belt"), ("Arm sling, cotton, adult/child", "arm_sling")],
        [n("steel stays for back belts", "lumbar_stays"), n("4-inch elastic tape", "elastic_webbing")],
    ),
    s(
        55,
        "th",
        "ห้างหุ้นส่วน พยุงดี",
        AGE_C,
        DOWN,
        "Bangkok",
        "payungdee",
        [
            ("เข็มขัดพยุงหลัง ผ้ายืดเสริมแกน", "lumbar_support_belt"),
            ("ผ้าคล้องแขน", "arm_sling"),
            ("เฝือกอ่อนพยุงคอ", "cervical_collar"),
        ],
        [n("โรงงานรับผลิตที่มี ISO 13485", "brace_oem_service", req=("ISO 13485",))],
    ),
    s(
        56,
        "en",
        "Kanja Wellness",
        HEMP,
        DOWN,
        "Chiang Mai",
        "kanjawellness",
        [
            ("Hemp-cotton back support belt, plant dyed", "lumbar_support_belt"),
            ("Hemp knee wrap with ties", "knee_brace"),
        ],
        [n("hemp cloth coloured with plants only, no synthetic dye", "natural_dyed_hemp_fabric")],
        (),
        ("bio",),
    ),
    s(
        57,
        "th",
        "กลุ่มลูกประคบบ้านปะอาว",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "paaoherbal",
        [("ลูกประคบสมุนไพร ห่อผ้าฝ้ายทอมือ", "herbal_compress_ball")],
        [n("ผ้าฝ้ายดิบ ไม่ฟอกขาว", "cotton_fabric_greige")],
        ("OTOP",),
        ("bio",),
    ),
    s(
        58,
        "en",
        "Siam Herbal Compress",
        AGE_C,
        DOWN,
        "Nakhon Pathom",
        "siamherbal",
        [("Thai herbal compress ball 150 g, 45 THB each", "herbal_compress_ball")],
        [n("Cotton muslin, loomstate, for wrapping", "cotton_fabric_greige")],
        (),
        ("bio",),
    ),
    s(
        59,
        "th",
        "กลุ่มแม่บ้านถักไหมพรมกาฬสินธุ์",
        AGE_I,
        DOWN,
        "Kalasin",
        "kalasinknit",
        [("ปลอกเข่าไหมพรมถักมือ กันหนาว", "knitted_knee_warmer")],
        [x("ไหมพรมอะคริลิก ราคาส่ง", "acrylic knitting yarn; no one offers it")],
    ),
    s(
        60,
        "en",
        "Tape Pro Thailand",
        SPORT,
        DOWN,
        "Chonburi",
        "tapepro",
        [("Kinesiology tape 5 cm x 5 m, cotton, latex-free", "kinesiology_tape")],
        [x("Acrylic adhesive coating on our cotton rolls", "adhesive coating; no one offers it")],
    ),
]

# ------------------------------------------------------------------ profiles 061-095: makers, shops and buyers

SMES_C: list[Sme] = [
    s(
        61,
        "th",
        "บริษัท บางพลีเมดิคอลเท็กซ์ จำกัด",
        AGE_C,
        DOWN,
        "Samut Prakan",
        "bpmedtex",
        [("ผ้ายืดพันแผล (อีลาสติก แบนเดจ) 3 นิ้ว", "elastic_bandage")],
        [n("ด้ายคอตตอนสำหรับทอผ้ายืด", "cotton_yarn"), n("เส้นยางสำหรับทอผ้ายืดพันแผล", "natural_rubber_thread")],
        ("มอก.",),
        (),
    ),
    s(
        62,
        "th",
        "ร้านเมดิซัพพลาย เครปแบนเดจ",
        AGE_C,
        DOWN,
        "Bangkok",
        "medisupplycrepe",
        [("ผ้าเครปพันเคล็ด ม้วนกว้าง 10 ซม.", "elastic_bandage")],
        [n("ผ้าโปร่งสำหรับปิดแผล เป็นม้วน", "gauze_fabric")],
    ),
    s(
        63,
        "th",
        "แบรนด์ ไอรอนจอยท์",
        SPORT,
        DOWN,
        "Khon Kaen",
        "ironjoint",
        [("ที่รัดข้อมือนีโอพรีน", "wrist_support"), ("สนับเข่าแบบมีสปริงข้าง", "knee_brace")],
        [n("หัวล็อกพลาสติก ห่วงตัวดี", "buckles_and_rings")],
    ),
    s(
        64,
        "en",
        "Upright Living",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "uprightliving",
        [("Posture corrector vest", "posture_corrector"), ("Maternity belly band", "maternity_support_belt")],
        [n("firm stretch fabric for body panels", "compression_knit_fabric")],
    ),
    s(
        65,
        "th",
        "ร้านครามคราฟต์",
        CIRC,
        DOWN,
        "Bangkok",
        "kramcraft",
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "cotton_bag")],
        [n("ผ้าย้อมครามเป็นผืน ไว้ตัดกระเป๋า", "indigo_dyed_cotton_fabric")],
    ),
    s(
        66,
        "en",
        "Korat Adaptive Wear",
        AGE_I,
        DOWN,
        "Nakhon Ratchasima",
        "koratadaptive",
        [("Open-back shirts for bedridden elders", "adaptive_clothing")],
        [n("bluesign approved dye house to colour our cotton knit", "fabric_dyeing_service", req=("bluesign",))],
    ),
    s(
        67,
        "th",
        "โรงพยาบาลบางนาเวชการ",
        AGE_C,
        DOWN,
        "Bangkok",
        "bangnavejakarn",
        [("ซัพพอร์ตที่ผู้ป่วยส่งคืน ทำความสะอาดแล้ว", "used_orthotic_goods")],
        [
            n("ถุงน่องทางการแพทย์ ต้องมีทะเบียน อย.", "medical_compression_stockings", req=("Thai FDA",)),
            n("ผ้ายืดพันแผล ผ่าน มอก.", "elastic_bandage", req=("Thai Industrial Standard",)),
            n("ที่แขวนแขนสำหรับผู้ป่วยกระดูกหัก", "arm_sling"),
        ],
    ),
    s(
        68,
        "en",
        "Nonthaburi Physio Clinic",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "ntbphysio",
        [("Physiotherapy home visits", "physiotherapy_service")],
        [n("Knee supports, S to XL", "knee_brace"), n("k-tape", "kinesiology_tape")],
    ),
    s(
        69,
        "th",
        "สโมสรฟุตบอลศรีราชาอะคาเดมี",
        SPORT,
        DOWN,
        "Chonburi",
        "sriracha-academy",
        [],
        [
            n("ปลอกน่องสำหรับนักเตะ", "sports_compression_sleeve"),
            n("สนับข้อเท้า", "ankle_brace"),
            n("เทปบำบัด", "kinesiology_tape"),
        ],
    ),
    s(
        70,
        "en",
        "Sukhumvit Pharmacy Group",
        AGE_C,
        DOWN,
        "Bangkok",
        "sukhumvitpharm",
        [],
        [
            n("Back braces for retail shelves", "lumbar_support_belt"),
            n("wrist supports, mixed sizes", "wrist_support"),
            n("elastic bandages (TIS not required)", "elastic_bandage", waive=("Thai Industrial Standard",)),
        ],
    ),
    s(
        71,
        "th",
        "บ้านพักผู้สูงอายุอุ่นใจ อุดรธานี",
        AGE_I,
        DOWN,
        "Udon Thani",
        "aunjaiudon",
        [],
        [
            n("ปลอกเข่ากันหนาวให้ผู้สูงอายุ", "knitted_knee_warmer"),
            n("เสื้อผ้าสำหรับผู้ป่วยติดเตียง", "adaptive_clothing"),
            n("อยากได้นักกายภาพมาดูแลที่ศูนย์", "physiotherapy_service"),
        ],
    ),
    s(
        72,
        "en",
        "Lumpini Rugby Club",
        SPORT,
        DOWN,
        "Bangkok",
        "lumpinirugby",
        [],
        [
            n("knee supports for our forwards, 40 pairs", "knee_brace"),
            n("our team crest heat-pressed onto supports", "logo_printing_service"),
        ],
    ),
    s(
        73,
        "th",
        "สปาล้านนาเวลเนส",
        HEMP,
        DOWN,
        "Chiang Mai",
        "lannawellness-spa",
        [("นวดแผนไทยและประคบสมุนไพร", "massage_service")],
        [n("ลูกประคบที่มีตรา OTOP", "herbal_compress_ball", req=("OTOP",))],
    ),
    s(
        74,
        "en",
        "Mun River Hospital",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "munriverhospital",
        [],
        [
            n("Soft foam neck collars", "cervical_collar"),
            n("Cast padding stockinette", "stockinette"),
            n("Lumbar belts for porters", "lumbar_support_belt"),
        ],
    ),
    s(
        75,
        "th",
        "ร้านเวชภัณฑ์หมอเจริญ",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "mocharoen",
        [],
        [
            n("สายรัดข้อมือ", "wrist_support"),
            n("ซัพพอร์ตหัวเข่า ไม่ต้องมี อย. ก็ได้", "knee_brace", waive=("Thai FDA",)),
        ],
    ),
    s(
        76,
        "en",
        "Chalong Muay Thai Camp",
        SPORT,
        DOWN,
        "Phuket",
        "chalongmuaythai",
        [],
        [n("ankle guards", "ankle_brace"), x("Boxing hand wraps, 4.5 m", "hand wraps; no one makes them")],
    ),
    s(
        77,
        "th",
        "แบรนด์ ลูปโฮม",
        CIRC,
        DOWN,
        "Pathum Thani",
        "loophome",
        [("ที่รองแก้วจากผ้าสักหลาดรีไซเคิล", "felt_homeware")],
        [n("แผ่นเฟลท์รีไซเคิล", "recycled_felt")],
        (),
        ("circular",),
    ),
    s(
        78,
        "en",
        "StrideLab Running",
        SPORT,
        DOWN,
        "Bangkok",
        "stridelab",
        [("Running socks, own brand", "sports_socks")],
        [
            x(
                "OEM calf sleeves in GRS recycled nylon",
                "no sleeve maker holds GRS",
                "sports_compression_sleeve",
                req=("GRS",),
            ),
            n("Compression knit fabric, OEKO-TEX certified", "compression_knit_fabric", req=("OEKO-TEX Standard 100",)),
        ],
    ),
    s(
        79,
        "th",
        "โรงพยาบาลหาดใหญ่เวชรักษ์",
        AGE_C,
        DOWN,
        "Songkhla",
        "hatyaivejrak",
        [("ชุดผู้ป่วยใช้แล้ว ปลดระวาง", "used_hospital_linen")],
        [n("ถุงน่องป้องกันลิ่มเลือดหลังผ่าตัด", "medical_compression_stockings"), n("ผ้าพยุงแขน", "arm_sling")],
    ),
    s(
        80,
        "en",
        "Surat Sports Pharmacy",
        SPORT,
        DOWN,
        "Surat Thani",
        "suratsportspharm",
        [],
        [n("knee supports for jumpers", "knee_brace"), n("calf compression for runners", "sports_compression_sleeve")],
    ),
    s(
        81,
        "th",
        "ชมรมแบดมินตันรามอินทรา",
        SPORT,
        DOWN,
        "Bangkok",
        "raminthra-badminton",
        [],
        [n("ผ้ารัดข้อมือ", "wrist_support"), n("ที่ล็อกข้อเท้ากันพลิก", "ankle_brace")],
    ),
    s(
        82,
        "th",
        "กลุ่มบาติกบ้านคีรีวง",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "khiriwongbatik",
        [("ผ้าปาเต๊ะเขียนมือ ผ้าฝ้าย สีธรรมชาติ", "batik_cotton_fabric")],
        [x("ขี้ผึ้งเทียนเขียนผ้า", "batik wax; not in the set")],
        ("OTOP",),
        ("bio",),
    ),
    s(
        83,
        "en",
        "Songkhla Sling Co.",
        AGE_C,
        DOWN,
        "Songkhla",
        "songkhlasling",
        [("Batik-print arm slings for kids", "arm_sling")],
        [n("hand-drawn batik cotton yardage", "batik_cotton_fabric")],
    ),
    s(
        84,
        "th",
        "ร้านรับซื้อผ้าเก่าสันทราย",
        CIRC,
        UP,
        "Chiang Mai",
        "sansai-usedcloth",
        [("เสื้อผ้ามือสองคัดเกรด กระสอบละ 100 กก.", "used_clothing")],
        [n("ผ้าปูเตียงโรงพยาบาลที่เลิกใช้", "used_hospital_linen")],
        (),
        ("circular",),
    ),
    s(
        85,
        "en",
        "Upcycle Neo Studio",
        CIRC,
        MID,
        "Bangkok",
        "upcycleneo",
        [("Laptop sleeves sewn from neoprene offcuts", "neoprene_laptop_sleeve")],
        [n("neoprene cut-offs in mixed colours", "neoprene_offcuts")],
        (),
        ("circular",),
    ),
    s(
        86,
        "th",
        "ร้านโคราชสปอร์ต",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "koratsport",
        [],
        [
            n("ซัพพอร์ตข้อเท้าแบบสวม", "ankle_brace"),
            x("เข็มขัดยกน้ำหนักหนัง", "leather lifting belts; no one makes them"),
        ],
    ),
    s(
        87,
        "th",
        "บ้านพักคนชราเชียงใหม่สุขใจ",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "sukjai-elder",
        [],
        [
            n("ลูกประคบ ไม่จำเป็นต้องมี OTOP", "herbal_compress_ball", waive=("OTOP",)),
            n("ชุดนอนผ่าข้าง ใส่ง่ายสำหรับผู้ป่วย", "adaptive_clothing"),
        ],
    ),
    s(
        88,
        "th",
        "โรงพยาบาลมหาสารคามรักษ์",
        AGE_I,
        DOWN,
        "Maha Sarakham",
        "sarakhamrak",
        [],
        [
            n("ปลอกรองเฝือก ผ้าฝ้ายถักเป็นท่อ", "stockinette"),
            n("คอลลาร์อ่อนใส่คอ", "cervical_collar"),
            n("ถุงน่องผู้ป่วยหลังผ่าตัด มีอย.", "medical_compression_stockings", req=("Thai FDA",)),
        ],
    ),
    s(
        89,
        "en",
        "Pai Plant Dyers",
        HEMP,
        MID,
        "Mae Hong Son",
        "paiplantdyers",
        [("Hemp fabric dyed with mango leaf & indigo", "natural_dyed_hemp_fabric")],
        [
            n("loom-state hemp cloth", "hemp_fabric"),
            x("Fairtrade hemp yarn", "no hemp spinner holds Fairtrade", "hemp_yarn", req=("Fairtrade",)),
        ],
        (),
        ("bio",),
    ),
    s(
        90,
        "th",
        "บริษัท อีสเทิร์นลามิเนต จำกัด",
        SPORT,
        MID,
        "Chonburi",
        "easternlaminate",
        [("รับเคลือบแผ่นโฟมหรือยางกับผ้าของลูกค้า", "laminating_service")],
        [x("เครื่องเคลือบร้อนมือสอง", "used machinery; not in the set")],
    ),
    s(
        91,
        "th",
        "ร้านผ้าขาวม้ายโสธร",
        AGE_I,
        DOWN,
        "Yasothon",
        "yasothon-pakhaoma",
        [("ผ้าขาวม้าทอมือ ลายตาราง", "loincloth_pakhaoma")],
        [n("เส้นฝ้ายไว้ทอผ้าขาวม้า", "cotton_yarn")],
        ("OTOP",),
        (),
    ),
    s(
        92,
        "en",
        "Bangkok Orthopaedic Centre",
        AGE_C,
        DOWN,
        "Bangkok",
        "bkkorthocentre",
        [],
        [
            n("ISO 13485 lumbar supports, private label", "brace_oem_service", req=("ISO 13485",)),
            n("Post-op arm slings", "arm_sling"),
        ],
    ),
    s(
        93,
        "th",
        "แบรนด์ โปรแอคทีฟ",
        SPORT,
        DOWN,
        "Bangkok",
        "proactive-brand",
        [],
        [
            n("อยากได้โรงงานรับจ้างผลิตซัพพอร์ตติดแบรนด์เรา", "brace_oem_service"),
            n("ผ้าตาข่ายระบายอากาศสามมิติ มี OEKO-TEX ยิ่งดี", "spacer_mesh_fabric", waive=("OEKO-TEX Standard 100",)),
        ],
    ),
    s(
        94,
        "th",
        "เครือข่ายกายภาพบำบัดพิษณุโลก",
        AGE_C,
        DOWN,
        "Phitsanulok",
        "phitsanulok-physio",
        [],
        [
            n("สนับเข่ามือสองสภาพดีสำหรับผู้ป่วยรายได้น้อย", "used_orthotic_goods"),
            n("ผ้าพยุงครรภ์", "maternity_support_belt"),
        ],
    ),
    s(
        95,
        "th",
        "บริษัท แอคทีฟนีโอ จำกัด",
        SPORT,
        DOWN,
        "Samut Prakan",
        "activeneo",
        [("ซัพพอร์ตศอกนักเทนนิส", "elbow_support")],
        [n("จ้างเคลือบนีโอพรีนกับผ้าที่เราส่งไปให้", "laminating_service")],
    ),
]

SMES: list[Sme] = SMES_A + SMES_B + SMES_C


# ------------------------------------------------------------------ derived values

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
ANY_LETTER = re.compile(r"[^\W\d_]")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
WORD_RE = re.compile(r"[a-z]{3,}")


def email(sme: Sme) -> str:
    domain = "example.co.th" if sme.lang == "th" else "example.com"
    return f"{sme.slug}@{domain}"


def held(sme: Sme) -> frozenset[str]:
    """The SME's certifications in canonical names."""
    return frozenset(tax.resolve_certification(c) or c for c in sme.certs)


def qualified(need: Need, buyer: Sme, smes: list[Sme]) -> list[Sme]:
    """Suppliers (other than the buyer) with an offer the need lists and every certification it requires."""
    wanted = set(need.labels)
    return [
        sme
        for sme in smes
        if sme.num != buyer.num and any(label in wanted for _, label in sme.offers) and set(need.requires) <= held(sme)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        if not need.unmet
        for supplier in qualified(need, buyer, smes)
    }
    return sorted(pairs)


def profile_record(sme: Sme) -> dict[str, object]:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": email(sme),
        "language": sme.lang,
    }


# ------------------------------------------------------------------ checks


def _mentioned(text: str, cert_name: str) -> bool:
    folded = text.casefold()
    for cert in tax.CERTIFICATIONS:
        if cert.name == cert_name:
            names = (cert.name, cert.full_name, cert.name_th, *cert.aliases, *cert.mentions)
            names += cert.case_sensitive_mentions
            return any(name.casefold() in folded for name in names)
    return False


def _language_errors(sme: Sme) -> list[str]:
    errors: list[str] = []
    phrases = [sme.name] + [text for text, _ in sme.offers] + [need.text for need in sme.needs]
    for phrase in phrases:
        if phrase != phrase.strip() or not phrase:
            errors.append(f"{sme.id}: empty or padded phrase {phrase!r}")
        letters = ANY_LETTER.findall(phrase)
        if sme.lang == "th":
            thai = len(THAI_LETTER.findall(phrase))
            if thai < 0.6 * max(1, len(letters)):
                errors.append(f"{sme.id}: Thai phrase not mostly Thai letters: {phrase!r}")
        elif THAI_CHAR.search(phrase) or any(not LATIN_LETTER.match(ch) for ch in letters):
            errors.append(f"{sme.id}: English phrase with non-Latin letters: {phrase!r}")
    return errors


def _field_errors(sme: Sme) -> list[str]:
    errors: list[str] = []
    if not ID_RE.match(sme.id):
        errors.append(f"{sme.id}: malformed id")
    if sme.lang not in tax.LANGUAGES:
        errors.append(f"{sme.id}: language {sme.lang!r}")
    if sme.sub not in {v.value for v in tax.SubCluster}:
        errors.append(f"{sme.id}: sub-cluster {sme.sub!r}")
    if sme.stage not in {v.value for v in tax.Stage}:
        errors.append(f"{sme.id}: stage {sme.stage!r}")
    province = tax.resolve_province(sme.province)
    if province is None or province.name_en != sme.province:
        errors.append(f"{sme.id}: province {sme.province!r} is not an English province name")
    for cert in sme.certs:
        if tax.resolve_certification(cert) is None:
            errors.append(f"{sme.id}: certification {cert!r} does not resolve")
    if len(set(held(sme))) != len(sme.certs):
        errors.append(f"{sme.id}: certification listed twice")
    if len(set(sme.bcg)) != len(sme.bcg) or not set(sme.bcg) <= {v.value for v in tax.BcgTag}:
        errors.append(f"{sme.id}: bcg {sme.bcg!r}")
    if not EMAIL_RE.match(email(sme)):
        errors.append(f"{sme.id}: email {email(sme)!r}")
    if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
        errors.append(f"{sme.id}: {len(sme.offers)} offers, {len(sme.needs)} needs")
    for _, label in sme.offers:
        if not LABEL_RE.match(label):
            errors.append(f"{sme.id}: label {label!r}")
    return errors


def _need_errors(sme: Sme, need: Need, smes: list[Sme], offer_texts: set[str]) -> list[str]:
    errors: list[str] = []
    where = f"{sme.id} need {need.text!r}"
    for label in need.labels:
        if not any(label == lab for other in smes if other.num != sme.num for _, lab in other.offers):
            errors.append(f"{where}: label {label!r} is offered by no one else")
    if not need.labels and not need.unmet:
        errors.append(f"{where}: a met need must list labels")
    affirmed = tax.find_certifications(need.text)
    if affirmed != set(need.requires):
        errors.append(f"{where}: text names {sorted(affirmed)}, need requires {list(need.requires)}")
    for cert in need.requires + need.waives:
        if tax.resolve_certification(cert) != cert:
            errors.append(f"{where}: {cert!r} is not a canonical certification name")
    for cert in need.waives:
        if not _mentioned(need.text, cert) or cert in affirmed:
            errors.append(f"{where}: waived {cert!r} is not named as waived")
    if need.text.casefold() in offer_texts:
        errors.append(f"{where}: worded exactly like an offer")
    suppliers = qualified(need, sme, smes)
    if need.unmet and suppliers:
        errors.append(f"{where}: marked unmet but met by {[s.id for s in suppliers]}")
    if not need.unmet and not suppliers:
        errors.append(f"{where}: no qualified supplier")
    for supplier in suppliers if sme.lang == "en" else []:
        for text, label in supplier.offers:
            if supplier.lang == "en" and label in need.labels:
                a, b = set(WORD_RE.findall(text.casefold())), set(WORD_RE.findall(need.text.casefold()))
                if a and b and len(a & b) / len(a | b) > 0.5:
                    errors.append(f"{where}: shares most words with {supplier.id} offer {text!r}")
    return errors


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    if [sme.num for sme in smes] != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids are not {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order")
    offer_texts = [text.casefold() for sme in smes for text, _ in sme.offers]
    for text, count in Counter(offer_texts).items():
        if count > 1:
            errors.append(f"offer text used {count} times: {text!r}")
    need_texts = Counter(need.text.casefold() for sme in smes for need in sme.needs)
    errors += [f"need text used {c} times: {t!r}" for t, c in need_texts.items() if c > 1]
    for sme in smes:
        errors += _field_errors(sme)
        errors += _language_errors(sme)
        for need in sme.needs:
            errors += _need_errors(sme, need, smes, set(offer_texts))
    stats = measure(smes, links)
    thai_share = stats["th"] / stats["profiles"]
    if not 0.5 <= thai_share <= 0.6:
        errors.append(f"Thai share {thai_share:.2f} outside 0.50-0.60")
    if not LINKS_MIN <= stats["links"] <= LINKS_MAX:
        errors.append(f"{stats['links']} true links, want {LINKS_MIN}-{LINKS_MAX}")
    if not 0.4 <= stats["cross_share"] <= 0.6:
        errors.append(f"cross-language share {stats['cross_share']:.2f} outside 0.40-0.60")
    if not 17 <= stats["unmet"] <= 23:
        errors.append(f"{stats['unmet']} needs met by no one, want about 20")
    if stats["one_to_three"] < 0.6 * stats["met"]:
        errors.append(f"only {stats['one_to_three']} of {stats['met']} met needs have 1-3 suppliers")
    if not any(not sme.needs for sme in smes) or not any(not sme.offers for sme in smes):
        errors.append("want some SMEs without needs and some without offers")
    return errors


# ------------------------------------------------------------------ counts


def measure(smes: list[Sme], links: list[tuple[str, str]]) -> dict[str, int | float]:
    by_id = {sme.id: sme for sme in smes}
    needs = [(sme, need) for sme in smes for need in sme.needs]
    met = [(sme, need) for sme, need in needs if not need.unmet]
    sizes = [len(qualified(need, sme, smes)) for sme, need in met]
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    stats: dict[str, int | float] = {
        "profiles": len(smes),
        "th": sum(1 for sme in smes if sme.lang == "th"),
        "en": sum(1 for sme in smes if sme.lang == "en"),
        "provinces": len({sme.province for sme in smes}),
        "offers": sum(len(sme.offers) for sme in smes),
        "labels": len({label for sme in smes for _, label in sme.offers}),
        "needs": len(needs),
        "met": len(met),
        "unmet": len(needs) - len(met),
        "one_to_three": sum(1 for size in sizes if 1 <= size <= 3),
        "more_than_three": sum(1 for size in sizes if size > 3),
        "requiring": sum(1 for _, need in needs if need.requires),
        "waiving": sum(1 for _, need in needs if need.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }
    for sub in tax.SubCluster:
        stats[f"sub:{sub.value}"] = sum(1 for sme in smes if sme.sub == sub.value)
    for stage in tax.Stage:
        stats[f"stage:{stage.value}"] = sum(1 for sme in smes if sme.stage == stage.value)
    for region in tax.Region:
        stats[f"region:{region.value}"] = sum(
            1 for sme in smes if (p := tax.resolve_province(sme.province)) is not None and p.region == region
        )
    return stats


def counts_table(stats: dict[str, int | float]) -> str:
    rows: list[tuple[str, str]] = [
        ("profiles", f"{stats['profiles']}"),
        ("Thai / English profiles", f"{stats['th']} / {stats['en']}"),
    ]
    rows += [(f"sub-cluster {sub.value}", f"{stats[f'sub:{sub.value}']}") for sub in tax.SubCluster]
    rows += [(f"stage {stage.value}", f"{stats[f'stage:{stage.value}']}") for stage in tax.Stage]
    rows += [(f"region {region.value}", f"{stats[f'region:{region.value}']}") for region in tax.Region]
    rows += [
        ("distinct provinces", f"{stats['provinces']}"),
        ("offers", f"{stats['offers']}"),
        ("distinct offer labels", f"{stats['labels']}"),
        ("needs", f"{stats['needs']}"),
        ("needs met / met by no one", f"{stats['met']} / {stats['unmet']}"),
        ("met needs with 1-3 suppliers / more than 3", f"{stats['one_to_three']} / {stats['more_than_three']}"),
        ("needs requiring a certification", f"{stats['requiring']}"),
        ("needs waiving a certification", f"{stats['waiving']}"),
        ("true links", f"{stats['links']}"),
        ("links Thai supplier -> English buyer", f"{stats['th_en']}"),
        ("links English supplier -> Thai buyer", f"{stats['en_th']}"),
        ("cross-language links (share)", f"{stats['th_en'] + stats['en_th']} ({stats['cross_share']:.1%})"),
        ("within-language links", f"{stats['within']}"),
        ("links between different sub-clusters", f"{stats['cross_sub']}"),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'measure'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output

README = """\
# blind_plain_orthotics: hand-labelled matchmaking set (orthopaedic supports and compression)

## What it checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles of the Health and
Wellness Economy cluster whose wording it has never seen. The theme is orthopaedic supports and
compression: knee and ankle braces, back and lumbar supports, compression stockings, slings and wrist
supports, elastic and neoprene materials, hook-and-loop tape, stays and buckles, and the physiotherapy
clinics, hospitals, care homes, pharmacies and sports teams that buy them; alongside the ordinary upstream
and midstream suppliers (hemp and cotton fibre, yarn, cloth, dyeing, finishing, sewing, waste and recycled
fibre). About 55 % of the profiles are in Thai, the rest in English, and about half of the true links
cross languages.

The profiles are plain registry entries: one short phrase per offer or need, 0-3 of each. The same kind of
goods is written in many ways (local and regional names, trade words, brand names, abbreviations, sizes,
prices, minimum orders), and a need is worded differently from the offers that meet it, often in the other
language. Hard but fair cases are included on purpose:

- a service versus the goods it works on (dyeing the customer's cloth versus dyed cloth, laminating
  the customer's foam versus laminated neoprene, commission knitting versus knitted fabric, sewing for
  others versus finished supports, private-label manufacturing versus a brand's own products);
- waste and used goods versus new (neoprene offcuts, cutting waste, returned supports, used linen);
- raw versus processed (hemp bast, hemp yarn, hemp cloth, a hemp back belt);
- finished goods described by material, colour or technique (an indigo-dyed handwoven bag is a bag,
  a batik-print sling is a sling; a herbal compress ball is not a compression garment);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye");
- needs that require a named certification, and needs that name one only to waive it;
- {unmet} needs that no one in the set meets (some because no supplier holds the certification asked for).

## How it was written

By hand. The writer read only section 1 of the shared contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with its data files in `shared/taxonomy_data/`, and the project's
ruff settings; not the matcher, its glossary, its tests, other evaluation sets or any project data. All
profiles and labels are held in `write.py`, which checks them and writes the files below.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `natural_dyeing_service`, `knee_brace` versus `brace_oem_service`).
Every need either lists the offer labels that would meet it and the certifications its text requires, or
is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of
the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A certification
named only to waive it ("TIS not required", "ไม่จำเป็นต้องมี OTOP", "มี OEKO-TEX ยิ่งดี") is not required.
The labels live only in `write.py`; they are not written to the profiles.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG tags from the taxonomy, provinces resolved by `resolve_province`, certifications by
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every
met need has a qualified supplier and every unmet one has none; the certifications the taxonomy finds
in a need's text are exactly the ones it requires, and a waived one is named but not affirmed; Thai
phrases are mostly Thai letters and English ones Latin only; the size targets. It writes nothing if a
check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_orthotics/write.py

## Files

- `write.py`: the data and the checks; writes the three files below and prints the counts.
- `profiles.jsonl`: {profiles} SME profiles in the contract's JSONL version 1 format, ids
  `{first}` ... `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, bytes]:
    links = true_links(smes)
    profiles = "".join(json.dumps(profile_record(sme), ensure_ascii=False) + "\n" for sme in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    stats = measure(smes, links)
    readme = README.format(
        profiles=stats["profiles"],
        unmet=stats["unmet"],
        first=smes[0].id,
        last=smes[-1].id,
        table=counts_table(stats),
    )
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    links = true_links(SMES)
    errors = check(SMES, links)
    first, second = render(SMES), render(SMES)
    if first != second:
        errors.append("two renderings differ")
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        print(counts_table(measure(SMES, links)), file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(counts_table(measure(SMES, links)), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
