"""Hand-written evaluation set: plain registry entries of a dyeing, printing and finishing cluster.

Every offer carries a label saying what the thing is; every need lists the offer labels that meet it
and the certifications its text requires, or says why no one in the set meets it. The script checks
the data and writes `profiles.jsonl` and `links.csv` next to itself. Run from the repository root:

    .venv/bin/python eval/blind_plain_dyeing/write.py
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
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
taxonomy = importlib.import_module("shared.taxonomy")

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
PEACOCK = "Thai Silk Peacock Emblem"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every cert in `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME in the set meets; `note` says why."""
    return Need(text, (), tuple(certs), tuple(waives), note)


@dataclass
class Sme:
    id: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]


SMES: list[Sme] = []

# ------------------------------------------------------------------ bdy-001 ... bdy-020

SMES += [
    Sme(
        "bdy-001", "th", "บริษัท มหาชัยดายอิ้ง จำกัด", SPORT, MID, "Samut Sakhon", "order@mahachaidyeing.co.th",
        (OEKO, "ISO 9001"), ("green",),
        (
            ("รับย้อมผ้าผืน ผ้ายืด เครื่องเจ็ท ผ้าทีซี ผ้าคอตตอน ขั้นต่ำ 300 กก./สี", "knit_dyeing_service"),
            ("รับทำแล็บดิป เทียบสีตามตัวอย่างลูกค้า ได้ภายใน 3 วัน", "lab_dip_service"),
        ),
        (
            N("สีดิสเพิร์ส ย้อมโพลีเอสเตอร์ ราคาส่ง", "disperse_dyes"),
            N("เกลือย้อมผ้า ส่งถึงโรงงาน เดือนละ 20 ตัน", "dyeing_salt"),
            U("รับกำจัดกากตะกอนจากบ่อบำบัด มีใบอนุญาต", "no licensed sludge disposal in the set"),
        ),
    ),
    Sme(
        "bdy-002", "en", "Eastern Dyechem Co., Ltd.", CIRC, UP, "Chonburi", "sales@easterndyechem.com",
        ("bluesign", "ISO 14001"), ("green",),
        (
            ("Reactive dyes for cotton, full shade card, 25 kg drums", "reactive_dyes"),
            ("Disperse dyes, high-energy type for polyester", "disperse_dyes"),
            ("Vat dyes and sulphur black for workwear shades", "vat_dyes"),
        ),
        (U("Take-back of empty dye drums from customers", "no one in the set collects drums"),),
    ),
    Sme(
        "bdy-003", "th", "กลุ่มผ้าย้อมครามบ้านนาดี", HEMP, MID, "Sakon Nakhon", "banaadee.indigo@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าฝ้ายทอมือย้อมคราม หน้ากว้าง 1 เมตร ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามเส้นฝ้าย เส้นไหม ลูกค้าส่งเส้นมาเอง", "natural_yarn_dyeing_service"),
        ),
        (
            N("ต้องการเนื้อครามเพิ่ม ช่วงหน้าแล้ง", "khram_indigo_paste"),
        ),
    ),
    Sme(
        "bdy-004", "en", "Riverside Grand Hotel", ALC, DOWN, "Bangkok", "housekeeping@riversidegrand.co.th",
        (), ("circular",),
        (("Retired hotel towels and bed sheets, sorted, about 2 tons a year", "used_linen"),),
        (
            N("Re-dyeing of faded staff uniforms and napkins to navy", "linen_redyeing_service",
              "garment_dyeing_service"),
            N("Bath towels 600 gsm, white, OEKO-TEX preferred but not required", "towels", waives=(OEKO,)),
        ),
    ),
    Sme(
        "bdy-005", "th", "โรงพยาบาลพุทธรักษ์ ขอนแก่น", ALI, DOWN, "Khon Kaen", "supply@buddharak-hospital.com",
        (), (),
        (),
        (
            N("ชุดผู้ป่วย ผ้าปูที่นอนผู้ป่วย ต้องผ่าน มอก.", "hospital_textiles", "bed_linen", certs=(TIS,)),
            N("มีที่ไหนรับย้อมผ้าม่านกั้นเตียงที่สีซีดให้ใหม่ไหม", "linen_redyeing_service"),
        ),
    ),
    Sme(
        "bdy-006", "en", "ProSub Printing Co., Ltd.", SPORT, MID, "Samut Prakan", "hello@prosubprint.com",
        (OEKO,), (),
        (
            ("Sublimation printing on polyester rolls and cut panels, 1.8 m width", "sublimation_printing_service"),
            ("Custom printed team jerseys, min 20 pcs, ready in 7 days", "sportswear"),
        ),
        (
            N("Polyester jersey fabric, white, 140 gsm, for sublimation", "polyester_jersey_fabric"),
            U("Sublimation transfer paper and inks, monthly supply", "no paper or ink seller in the set"),
        ),
    ),
    Sme(
        "bdy-007", "th", "ร้านรับซื้อเศษผ้า ส.เจริญ", CIRC, UP, "Nakhon Pathom", "sorcharoen.rag@gmail.com",
        (), ("circular",),
        (("เศษผ้าคอตตอนคัดสีแล้ว อัดก้อน ขายเป็นกิโล สนใจโทร 089-214-5567", "fabric_offcuts"),),
        (N("รับซื้อเศษผ้าจากโรงงานตัดเย็บ ทุกชนิด", "fabric_offcuts"),),
    ),
    Sme(
        "bdy-008", "en", "Doi Hemp Fibre Co-op", HEMP, UP, "Chiang Mai", "coop@doihemp.org",
        ("Organic Thailand",), ("bio",),
        (
            ("Degummed hemp fibre, soft, 50 kg bales", "degummed_hemp_fibre"),
            ("Handspun hemp yarn, natural undyed", "hemp_yarn"),
        ),
        (
            N("Looking for someone to dye our hemp yarn with natural colours, 5 kg lots",
              "natural_yarn_dyeing_service"),
            N("Raw hemp bast from hill farmers, hand-stripped", "raw_hemp_bast"),
        ),
    ),
    Sme(
        "bdy-009", "th", "ห้อมแพร่ มณีวรรณ", HEMP, MID, "Phrae", "maneewanhom@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("เสื้อหม้อห้อม ย้อมห้อมแท้ ไซส์ S-XXL", "shirts"),
            ("เนื้อห้อมหมัก พร้อมก่อหม้อ กิโลละ 120 บาท", "hom_indigo_paste"),
        ),
        (
            U("ต้นห้อมสด ใบห้อม จากแปลงปลูก", "only Indigofera (khram) leaves are offered; hom is another plant"),
            N("ผ้าฝ้ายดิบทอโรงงาน สำหรับตัดเสื้อหม้อห้อม", "greige_woven_fabric"),
        ),
    ),
    Sme(
        "bdy-010", "en", "Silver Years Care Home", ALC, DOWN, "Nonthaburi", "admin@silveryears.co.th",
        (), (),
        (),
        (
            N("Anti-bacterial bed sheets for 60 beds, must survive hot wash", "antibacterial_bed_linen"),
            N("Adaptive clothing for residents: magnetic buttons, open back", "elderly_clothing"),
        ),
    ),
    Sme(
        "bdy-011", "th", "ห้างหุ้นส่วนจำกัด เค.พี. สกรีน", ALC, MID, "Phitsanulok", "kpscreen.plk@gmail.com",
        (), (),
        (
            ("รับสกรีนเสื้อยืด สกรีนถุงผ้า บล็อกละ 300 บาท", "garment_printing_service"),
            ("รับพิมพ์ DTF ลงเสื้อ งานด่วน 1 วัน", "garment_printing_service"),
        ),
        (
            N("เสื้อยืดคอกลมเปล่า cotton 100% สีพื้น สั่งทีละ 500 ตัว", "blank_tshirts"),
            U("หมึกสกรีนพลาสติซอล หมึกน้ำ", "no ink seller in the set"),
        ),
    ),
    Sme(
        "bdy-012", "en", "AquaShield Finishing Co., Ltd.", SPORT, MID, "Pathum Thani", "tech@aquashield.co.th",
        ("bluesign", "ISO 9001"), ("green",),
        (
            ("Water-repellent finishing (C0, PFC-free) on customer fabric", "water_repellent_finishing_service"),
            ("Anti-bacterial and anti-odour finishing, silver-free option", "antibacterial_finishing_service"),
        ),
        (
            N("PFC-free DWR chemicals in 120 kg drums", "water_repellent_chemicals"),
        ),
    ),
    Sme(
        "bdy-013", "th", "บริษัท ยีนส์วอช บางพลี จำกัด", CIRC, MID, "Samut Prakan", "jeanswash.bangplee@gmail.com",
        (), (),
        (
            ("รับฟอกยีนส์ สโตนวอช เอนไซม์วอช ฟอกขาว ขั้นต่ำ 200 ตัว", "garment_washing_service"),
            ("เศษผ้ายีนส์ ยีนส์ตำหนิจากการฟอก ขายเป็นกิโล", "denim_scraps"),
        ),
        (
            N("หินพัมมิส สำหรับสโตนวอช", "pumice_stones"),
            N("เอนไซม์เซลลูเลส ใช้ฟอกยีนส์", "textile_enzymes"),
            U("ด่างทับทิมสำหรับพ่นยีนส์ให้ขาว", "no one sells potassium permanganate"),
        ),
    ),
    Sme(
        "bdy-014", "en", "GreenLoop Fibre Recovery Co., Ltd.", CIRC, UP, "Chachoengsao", "info@greenloopfibre.com",
        ("GRS",), ("circular",),
        (
            ("Recycled cotton fibre from pre-consumer cutting waste", "recycled_cotton_fibre"),
            ("Open-end yarn from recycled cotton, Ne 10-20, colour from sorted waste", "recycled_cotton_yarn"),
        ),
        (
            N("Cotton cutting waste sorted by colour, 5 tons a month", "fabric_offcuts"),
            N("Old denim jeans and denim cuttings (no stretch denim)", "denim_scraps"),
        ),
    ),
    Sme(
        "bdy-015", "th", "วิสาหกิจชุมชนไหมทองบ้านนาโพธิ์", ALI, UP, "Chaiyaphum", "maithong.napho@gmail.com",
        (PEACOCK, "OTOP"), ("bio",),
        (
            ("เส้นไหมพื้นบ้าน ไหมน้อย สาวมือ ยังไม่ฟอก", "silk_yarn"),
            ("ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ ได้ตรานกยูงพระราชทาน", "natural_dyed_silk_fabric"),
        ),
        (
            N("ครั่ง เปลือกประโหด แก่นขนุน สำหรับย้อมไหม", "natural_dye_materials"),
            N("อยากได้คนรับย้อมเส้นไหมสีเคมี สีสด ครั้งละ 10 กิโล", "silk_yarn_dyeing_service"),
        ),
    ),
    Sme(
        "bdy-016", "en", "Lanna Natural Dye Studio", HEMP, MID, "Lamphun", "studio@lannanaturaldye.com",
        (), ("bio", "green"),
        (
            ("Natural dyeing on your garments and fabric: indigo, lac, ebony, marigold", "natural_dyeing_service"),
            ("Hand-dyed cotton scarves, indigo and mud, 180 x 70 cm", "natural_dyed_scarves"),
        ),
        (
            N("Lac (sticklac) and dried ebony fruit, 20 kg each", "natural_dye_materials"),
        ),
    ),
    Sme(
        "bdy-017", "th", "รันนิ่งทีม ไทยแลนด์", SPORT, DOWN, "Bangkok", "runningteam.th@gmail.com",
        (), (),
        (("เสื้อวิ่งพิมพ์ลายตามสั่ง สำหรับงานวิ่ง", "sportswear"),),
        (
            N("รับพิมพ์ซับลิเมชั่นผ้าโพลี เป็นม้วน", "sublimation_printing_service"),
        ),
    ),
    Sme(
        "bdy-018", "en", "Prachin Jigger Dyeing Co., Ltd.", ALC, MID, "Prachinburi", "sales@prachinjigger.com",
        ("ISO 9001", OEKO), (),
        (
            ("Jigger dyeing of woven cotton and TC, vat and reactive, 1,000 m per colour", "woven_dyeing_service"),
            ("Scouring, bleaching, mercerising and sanforising of greige cloth", "fabric_finishing_service"),
            ("Dyed TC and cotton twill for uniforms, navy and grey in stock", "dyed_woven_fabric"),
            ("PFD cotton poplin and voile, ready for print", "pfd_cotton_fabric"),
        ),
        (
            N("Vat dyes (navy, olive, khaki) for uniform fabric", "vat_dyes"),
            N("Greige TC twill for stock dyeing", "greige_woven_fabric"),
        ),
    ),
    Sme(
        "bdy-019", "th", "ร้านผ้าพื้นเมือง อุดรผ้างาม", ALI, DOWN, "Udon Thani", "udonphangam@gmail.com",
        (), (),
        (("ผ้าขาวม้าทอมือ ลายตาหมากรุก ขายส่ง", "pha_khao_ma"),),
        (
            N("ผ้าฝ้ายย้อมคราม ทอมือ ลายโบราณ รับซื้อเหมา", "indigo_dyed_cotton_fabric"),
            N("กระเป๋าผ้าทำมือ ไว้ขายหน้าร้าน", "bags"),
        ),
    ),
    Sme(
        "bdy-020", "en", "Mahachai Yarn Dyeing Co., Ltd.", CIRC, MID, "Samut Sakhon", "cs@mahachaiyarn.com",
        (OEKO, "GRS"), ("circular",),
        (
            ("Package (cone) dyeing of cotton, polyester and recycled yarn, 50 kg up", "yarn_dyeing_service"),
            ("Dyed cotton yarn Ne 20/1, 30/1 in stock colours", "dyed_cotton_yarn"),
        ),
        (
            N("Undyed combed cotton yarn in cones", "mill_cotton_yarn"),
            N("Recycled polyester yarn, GRS certified, for dyeing", "recycled_polyester_yarn", certs=("GRS",)),
        ),
    ),
]

# ------------------------------------------------------------------ bdy-021 ... bdy-040

SMES += [
    Sme(
        "bdy-021", "th", "วิสาหกิจชุมชนกัญชงบ้านม้งดอยมูเซอ", HEMP, UP, "Tak", "hmonghemp.tak@gmail.com",
        (), ("bio",),
        (
            ("เปลือกกัญชงลอกมือ ตากแห้ง ยังไม่ต้ม มัดละ 5 กก.", "raw_hemp_bast"),
            ("ผ้าใยกัญชงทอมือ สีธรรมชาติ ไม่ฟอก", "hemp_fabric"),
        ),
        (
            N("หาคนรับฟอกผ้ากัญชงให้ขาว ทำให้ผ้านิ่ม", "fabric_finishing_service"),
            U("ขี้เถ้าไม้ ใช้ต้มเส้นใยกัญชง", "no one offers wood ash"),
        ),
    ),
    Sme(
        "bdy-022", "en", "Eastern Knit & Dye Co., Ltd.", SPORT, MID, "Chonburi", "purchasing@easternknitdye.com",
        (OEKO,), (),
        (
            ("Dyed single jersey and interlock, cotton/spandex, 180-220 gsm", "dyed_knit_fabric"),
            ("Polyester mesh and birdseye knit, dyed, wicking finish", "polyester_jersey_fabric"),
        ),
        (
            N("Reactive dyes and dyeing auxiliaries, monthly contract", "reactive_dyes", "dyeing_auxiliaries"),
            N("Silicone softener suitable for spandex blends", "silicone_softener"),
        ),
    ),
    Sme(
        "bdy-023", "th", "บริษัท ผ้าปูเตียงสบายใจ จำกัด", ALC, DOWN, "Suphan Buri", "sabaijai.bedding@gmail.com",
        (TIS,), (),
        (
            ("ผ้าปูที่นอน ปลอกหมอน ผ้าฝ้าย 100% ได้ มอก.", "bed_linen"),
            ("ผ้ารองกันเปื้อนกันน้ำ สำหรับผู้ป่วยติดเตียง ซักได้", "waterproof_bed_pad"),
            ("ผ้าปูที่นอนเคลือบสารต้านแบคทีเรีย ซักได้ 50 ครั้ง", "antibacterial_bed_linen"),
        ),
        (
            N("ผ้าคอตตอนย้อมสีพื้น หน้ากว้าง 110 นิ้ว สำหรับตัดผ้าปู", "dyed_woven_fabric"),
            N("จ้างเคลือบสารต้านแบคทีเรียบนผ้าปูที่นอน", "antibacterial_finishing_service"),
        ),
    ),
    Sme(
        "bdy-024", "en", "Isan Indigo Works", ALI, MID, "Maha Sarakham", "isanindigoworks@gmail.com",
        (), ("bio",),
        (
            ("Indigo-dyed handwoven cotton, 90 cm wide, by the metre", "indigo_dyed_cotton_fabric"),
            ("Indigo-dyed cotton tote bags with leather handles", "bags"),
        ),
        (
            N("Fermented indigo paste from Sakon Nakhon growers", "khram_indigo_paste", "hom_indigo_paste"),
            N("Someone to sew our cloth into tote bags (we supply the fabric)", "bag_sewing_service"),
        ),
    ),
    Sme(
        "bdy-025", "th", "รียูส เดนิม สตูดิโอ", CIRC, DOWN, "Bangkok", "reusedenim.studio@gmail.com",
        (), ("circular",),
        (
            ("กระเป๋าจากยีนส์เก่า อัปไซเคิล ทำมือทุกใบ", "bags"),
            ("รับเย็บกระเป๋าผ้าตามแบบ ลูกค้าส่งผ้ามา", "bag_sewing_service"),
        ),
        (
            N("ยีนส์เก่า เศษยีนส์ ราคากิโล", "denim_scraps"),
            N("ฟอกยีนส์ สโตนวอช งานน้อย 50 ตัวรับไหม", "garment_washing_service"),
        ),
    ),
    Sme(
        "bdy-026", "en", "PetCycle Yarns Co., Ltd.", SPORT, UP, "Rayong", "sales@petcycleyarns.com",
        ("GRS",), ("circular",),
        (
            ("Recycled polyester filament yarn from PET bottles, raw white, GRS", "recycled_polyester_yarn"),
            ("Dope-dyed recycled polyester yarn, black", "dope_dyed_polyester_yarn"),
        ),
        (
            U("Clean PET bottle flakes, 20 t per month", "no bottle flakes in the set"),
            N("Colour fastness and tensile tests for new yarn lots", "textile_testing_service"),
        ),
    ),
    Sme(
        "bdy-027", "th", "บ้านสีดิน เชียงราย", HEMP, MID, "Chiang Rai", "baansidin.cr@gmail.com",
        (), ("bio", "green"),
        (
            ("รับย้อมสีธรรมชาติ ย้อมโคลน ย้อมคราม ผ้าของลูกค้า ขั้นต่ำ 5 เมตร", "natural_dyeing_service"),
            ("ผ้าพันคอฝ้ายย้อมโคลน", "natural_dyed_scarves"),
        ),
        (
            N("ผ้าฝ้าย PFD พร้อมย้อม", "pfd_cotton_fabric"),
            N("สารช่วยติดสีธรรมชาติ สารส้ม สนิมเหล็ก", "mordants"),
        ),
    ),
    Sme(
        "bdy-028", "en", "Songkhla Lakeside Hospital", ALC, DOWN, "Songkhla", "procurement@lakesidehospital.co.th",
        (), (),
        (),
        (
            N("Patient gowns and bed sheets, TIS certified, 3,000 pcs per quarter", "hospital_textiles", "bed_linen",
              certs=(TIS,)),
            U("Flame-retardant privacy curtains for wards, ready to hang", "no one in the set makes finished curtains"),
        ),
    ),
    Sme(
        "bdy-029", "th", "บริษัท ท่าจีน ปริ้นท์ติ้ง จำกัด", SPORT, MID, "Samut Sakhon", "thachinprinting@gmail.com",
        (OEKO,), (),
        (
            ("รับพิมพ์ผ้าม้วน ระบบโรตารี่ สีรีแอคทีฟ/พิกเมนต์ ขั้นต่ำ 1,000 หลาต่อลาย", "fabric_printing_service"),
            ("รับพิมพ์ดิจิตอลบนผ้าฝ้าย ผ้าเรยอง งานสั้น 50 เมตร", "fabric_printing_service"),
        ),
        (
            N("ผ้า PFD คอตตอน เรยอง พร้อมพิมพ์", "pfd_cotton_fabric"),
        ),
    ),
    Sme(
        "bdy-030", "en", "Kalaya Home & Living", HEMP, DOWN, "Chiang Mai", "shop@kalayahome.com",
        (), ("bio",),
        (("Naturally dyed cushion covers and throws", "home_textiles"),),
        (
            N("Hand-woven hemp fabric, undyed, please no blends", "hemp_fabric"),
            N("Naturally dyed scarves, cotton or silk, wholesale", "natural_dyed_scarves"),
            N("Natural dyeing of our linen cushion covers (we send the covers)", "natural_dyeing_service"),
        ),
    ),
    Sme(
        "bdy-031", "th", "บริษัท ชลบุรีวอเตอร์เทค จำกัด", CIRC, MID, "Chonburi", "info@chonburiwatertech.co.th",
        ("ISO 14001",), ("green", "circular"),
        (
            ("ออกแบบ ติดตั้ง ระบบบำบัดน้ำเสียโรงย้อม ระบบ MBR", "wastewater_treatment_system"),
            ("ระบบนำน้ำทิ้งกลับมาใช้ใหม่ RO สำหรับโรงฟอกย้อม", "wastewater_treatment_system"),
        ),
        (U("สารตกตะกอน PAC และโพลิเมอร์ ซื้อประจำ", "no water-treatment chemicals offered in the set"),),
    ),
    Sme(
        "bdy-032", "th", "กลุ่มผู้ปลูกครามภูพาน", ALI, UP, "Sakon Nakhon", "phuphan.khram@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("ต้นครามสด ตัดตามสั่ง ช่วงฤดูฝน สัปดาห์ละ 1 ตัน", "indigo_leaves"),
            ("เนื้อครามหมัก ได้มาตรฐานเกษตรอินทรีย์", "khram_indigo_paste"),
        ),
        (
            N("ฝ้ายเข็นมือ ยังไม่ย้อม ให้แม่ๆ ทอผ้า", "handspun_cotton_yarn"),
        ),
    ),
    Sme(
        "bdy-033", "th", "ใส่สบาย แฟชั่นผู้สูงวัย", ALC, DOWN, "Phra Nakhon Si Ayutthaya", "saisabai.senior@gmail.com",
        (), (),
        (("เสื้อผ้าผู้สูงอายุ ติดแม่เหล็กแทนกระดุม ใส่ง่าย", "elderly_clothing"),),
        (
            N("ผ้าฝ้ายยืดย้อมสีพื้น นุ่ม ไม่ระคายผิว", "dyed_knit_fabric"),
            N("ผ้าทอย้อมสีเนื้อนุ่ม ต้องได้ OEKO-TEX", "dyed_woven_fabric", certs=(OEKO,)),
        ),
    ),
    Sme(
        "bdy-034", "en", "Colour Lab Asia Co., Ltd.", SPORT, MID, "Bangkok", "lab@colourlabasia.com",
        ("ISO 9001",), (),
        (
            ("Lab dips and colour matching by spectrophotometer, 48 h, 350 baht per shade", "lab_dip_service"),
            ("Shade evaluation and colour approval for brands, light box and CMC", "lab_dip_service"),
        ),
        (U("Spectrophotometer calibration tiles and service", "no instrument supplier in the set"),),
    ),
    Sme(
        "bdy-035", "th", "สวนพืชให้สี ปาย", HEMP, UP, "Mae Hong Son", "suanpuehaisi.pai@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("เปลือกมะพูด แก่นฝาง ครั่ง ตากแห้ง ขายเป็นกิโล สั่งทางไลน์ได้", "natural_dye_materials"),
            ("ดอกดาวเรืองอบแห้ง สำหรับย้อมผ้า", "natural_dye_materials"),
        ),
        (U("ตู้อบแห้งพลังแสงอาทิตย์ ขนาดเล็ก", "no dryer maker in the set"),),
    ),
    Sme(
        "bdy-036", "en", "Andaman Bay Resort", CIRC, DOWN, "Phuket", "purchasing@andamanbayresort.com",
        (), ("circular",),
        (("Used white towels and linen, free pick-up", "used_linen"),),
        (
            N("Re-dye our grey-looking pool towels to a dark colour?", "linen_redyeing_service"),
        ),
    ),
    Sme(
        "bdy-037", "th", "ร้านผ้าสต็อกแม่กลอง", CIRC, UP, "Samut Songkhram", "maeklongstock@gmail.com",
        (), ("circular",),
        (
            ("ผ้าย้อมตกเกรด สีไม่ตรง ขายเหมาเป็นกิโล", "off_shade_fabric"),
            ("เศษผ้ายืด ผ้าหัวม้วน ท้ายม้วน", "fabric_offcuts"),
        ),
        (N("รับซื้อผ้ารีเจคจากโรงย้อม ทุกสี ทุกวัน", "off_shade_fabric"),),
    ),
    Sme(
        "bdy-038", "en", "Korat Textile Finishing Co., Ltd.", ALI, MID, "Nakhon Ratchasima", "mill@koratfinishing.com",
        ("ISO 9001", "ISO 14001"), (),
        (
            ("Flame-retardant finishing for curtain and upholstery fabric", "flame_retardant_finishing_service"),
            ("Stenter finishing, softening and heat-setting on commission", "fabric_finishing_service"),
        ),
        (
            U("Halogen-free flame-retardant chemicals", "only water-repellent chemicals are offered in the set"),
            N("Rice husk or wood pellets for our thermal oil boiler", "biomass_fuel"),
        ),
    ),
    Sme(
        "bdy-039", "th", "ร้านผ้าไหมแม่บัวผัน ร้อยเอ็ด", ALI, DOWN, "Roi Et", "maebuaphan.silk@gmail.com",
        (), (),
        (),
        (
            N("ผ้าไหมย้อมสีธรรมชาติ ต้องมีตรานกยูง", "natural_dyed_silk_fabric", certs=(PEACOCK,)),
        ),
    ),
    Sme(
        "bdy-040", "en", "Trailhead Outdoor Gear", SPORT, DOWN, "Prachuap Khiri Khan", "team@trailheadgear.co",
        (), (),
        (("Water-resistant hiking jackets and ponchos", "outdoor_apparel"),),
        (
            N("Water-repellent coated ripstop nylon", "water_repellent_fabric"),
            N("Someone to re-proof returned jackets with DWR", "water_repellent_finishing_service"),
            N("Membrane laminating on our shell fabric", "lamination_service"),
        ),
    ),
]

# ------------------------------------------------------------------ bdy-041 ... bdy-060

SMES += [
    Sme(
        "bdy-041", "th", "โรงย้อมพระประแดง", CIRC, MID, "Samut Prakan", "prapadaeng.dye@gmail.com",
        (), (),
        (
            ("รับย้อมผ้ายืด คอตตอน ทีซี ทีเค เครื่องเจ็ท", "knit_dyeing_service"),
            ("ผ้ารีเจ็คสีเพี้ยน ขายถูก ยกม้วน", "off_shade_fabric"),
        ),
        (
            N("ผ้ายืดดิบ (กรีจ) คอตตอน 32", "greige_knit_fabric"),
            N("โซดาแอช เกลือ ราคาโรงงาน", "soda_ash", "dyeing_salt"),
        ),
    ),
    Sme(
        "bdy-042", "en", "Siam Salt & Soda Trading Co., Ltd.", ALC, UP, "Phetchaburi", "order@siamsaltsoda.com",
        (), (),
        (
            ("Industrial salt (NaCl), 50 kg bags or bulk", "dyeing_salt"),
            ("Soda ash light, 40 kg bags", "soda_ash"),
            ("Caustic soda flakes 99%, next-day delivery to Ratchaburi and Bangkok", "caustic_soda"),
            ("Hydrogen peroxide 50% in IBC", "hydrogen_peroxide"),
        ),
        (U("Heat-treated wooden pallets, 200 a month", "no pallet maker in the set"),),
    ),
    Sme(
        "bdy-043", "th", "กลุ่มทอผ้ากัญชงแม่แจ่ม", HEMP, MID, "Chiang Mai", "maechaem.hemp@gmail.com",
        (), ("bio",),
        (
            ("ผ้ากัญชงทอกี่ ผ้าดิบ ยังไม่ฟอก หน้า 40 นิ้ว", "hemp_fabric"),
            ("รับทอผ้าตามสั่ง ลูกค้าส่งเส้นด้ายมาเอง", "weaving_service"),
        ),
        (
            N("เส้นด้ายกัญชง ปั่นมือ", "hemp_yarn"),
        ),
    ),
    Sme(
        "bdy-044", "en", "Second Thread Studio", CIRC, DOWN, "Bangkok", "studio@secondthread.co",
        (), ("circular",),
        (("Upcycled patchwork jackets and shirts", "fashion_garments"),),
        (
            N("Dead-stock and off-shade fabric rolls, any colour, no synthetics", "off_shade_fabric",
              "overdyed_deadstock_fabric"),
            N("Garment dyeing of finished pieces in small batches (20 pcs)", "garment_dyeing_service"),
        ),
    ),
    Sme(
        "bdy-045", "th", "นครสวรรค์สปอร์ต", SPORT, DOWN, "Nakhon Sawan", "nsw.sport@gmail.com",
        (), (),
        (
            ("เสื้อกีฬาสี เสื้อทีม พิมพ์ชื่อเบอร์ ขั้นต่ำ 12 ตัว", "sportswear"),
            ("รับเย็บเสื้อกีฬา ชุดวอร์ม", "sportswear_sewing_service"),
        ),
        (
            N("ผ้ากีฬาโพลีเอสเตอร์ ผ้าไมโคร ผ้าจูติ", "polyester_jersey_fabric"),
        ),
    ),
    Sme(
        "bdy-046", "en", "Nan Cotton Growers Collective", HEMP, UP, "Nan", "nancotton.collective@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("Hand-spun organic cotton yarn, natural white", "handspun_cotton_yarn"),
            ("Ginned cotton lint from our own fields", "raw_cotton"),
        ),
        (
            N("Weaving of our hand-spun yarn into cloth, on commission", "weaving_service"),
        ),
    ),
    Sme(
        "bdy-047", "th", "บริษัท ราชบุรีเท็กซ์ไทล์ จำกัด", ALC, MID, "Ratchaburi", "sales@ratchaburitextile.co.th",
        (), (),
        (
            ("ผ้าดิบทอเครื่อง (กรีจ) คอตตอน 100% หน้า 63 นิ้ว", "greige_woven_fabric"),
            ("ผ้าดิบทีซี ทวิล สำหรับชุดยูนิฟอร์ม", "greige_woven_fabric"),
        ),
        (
            N("ด้ายฝ้ายหวีเบอร์ 20 ยังไม่ย้อม ขึ้นหลอด", "mill_cotton_yarn"),
            N("จ้างโรงย้อม ย้อมผ้าดิบเป็นสีพื้น", "woven_dyeing_service"),
        ),
    ),
    Sme(
        "bdy-048", "th", "ศูนย์ดูแลผู้สูงอายุ บ้านอุ่นใจ อุบล", ALI, DOWN, "Ubon Ratchathani", "baanounjai.ubon@gmail.com",
        (), (),
        (),
        (
            N("ผ้ารองซับ กันน้ำ ซักได้ สำหรับผู้ป่วยติดเตียง", "waterproof_bed_pad"),
            N("เสื้อผ้าผ้าฝ้ายนุ่ม ผ่าหน้า สำหรับผู้สูงอายุติดเตียง", "elderly_clothing"),
            N("ผ้าเช็ดตัวและผ้าปูที่นอนต้านเชื้อ", "antibacterial_bed_linen"),
        ),
    ),
    Sme(
        "bdy-049", "th", "บริษัท ไทยเท็กซ์เคม จำกัด", SPORT, UP, "Pathum Thani", "sales@thaitexchem.co.th",
        ("bluesign",), ("green",),
        (
            ("ซิลิโคนซอฟเทนเนอร์ ผ้านุ่มลื่น สำหรับผ้ายืด", "silicone_softener"),
            ("สารกันน้ำปลอดฟลูออรีน สำหรับเคลือบผ้า", "water_repellent_chemicals"),
            ("สารช่วยย้อม สารปรับเรียบ สารกระจายสี", "dyeing_auxiliaries"),
        ),
        (N("ห้องแล็บตรวจค่า pH ฟอร์มาลดีไฮด์ ในผ้าที่ลูกค้าเคลือบแล้ว", "textile_testing_service"),),
    ),
    Sme(
        "bdy-050", "en", "Urban Tee Co.", ALC, DOWN, "Bangkok", "hello@urbantee.co",
        (), (),
        (("Printed cotton T-shirts, own designs, wholesale", "printed_tshirts"),),
        (
            N("Blank PFD T-shirts for garment dyeing", "pfd_garments"),
            N("Garment dye house that can do pigment dye and wash", "garment_dyeing_service"),
            N("Screen printing on finished tees", "garment_printing_service"),
        ),
    ),
    Sme(
        "bdy-051", "th", "โรงย้อมเสื้อสำเร็จรูป นครปฐมการ์เม้นท์ดาย", CIRC, MID, "Nakhon Pathom", "npgarmentdye@gmail.com",
        (OEKO,), (),
        (
            ("รับย้อมเสื้อสำเร็จรูป ย้อมพิกเมนต์ ย้อมเย็น ย้อมทับสี", "garment_dyeing_service"),
            ("รับย้อมผ้าขนหนู ผ้าปู โรงแรม ที่สีซีด ให้เป็นสีเข้ม", "linen_redyeing_service"),
        ),
        (
            N("เสื้อยืด PFD ยังไม่ฟอกไม่ย้อม", "pfd_garments"),
            N("สีรีแอคทีฟ ผงสีย้อมเย็น", "reactive_dyes"),
        ),
    ),
    Sme(
        "bdy-052", "en", "Pacific Jersey Knitting Co., Ltd.", SPORT, MID, "Chachoengsao", "knit@pacificjersey.co.th",
        (), (),
        (
            ("Greige single jersey, cotton 32s, knitted to order", "greige_knit_fabric"),
            ("Knitting of customer yarn on circular machines", "knitting_service"),
        ),
        (
            N("Jet dyeing of our greige knit, 500 kg a week", "knit_dyeing_service"),
        ),
    ),
    Sme(
        "bdy-053", "th", "กลุ่มทอผ้าไหมแพรวาบ้านโพน", ALI, MID, "Kalasin", "praewa.banpon@gmail.com",
        (PEACOCK, "OTOP"), ("bio",),
        (("ผ้าไหมแพรวา ทอมือ ย้อมสีธรรมชาติ", "natural_dyed_silk_fabric"),),
        (
            N("เส้นไหมย้อมสีแล้ว พร้อมทอ", "dyed_silk_yarn"),
        ),
    ),
    Sme(
        "bdy-054", "en", "Thai Textile Testing Lab Co., Ltd.", SPORT, MID, "Pathum Thani", "service@thaitextest.com",
        ("ISO 9001",), (),
        (
            ("Textile testing: colour fastness, pH, formaldehyde, azo dyes", "textile_testing_service"),
            ("Pre-tests against brand restricted substance lists", "textile_testing_service"),
        ),
        (U("Standard detergent and grey scales, imported", "no lab supplies in the set"),),
    ),
    Sme(
        "bdy-055", "th", "ร้านผ้าฝ้ายปันนา", HEMP, DOWN, "Chiang Mai", "pannacotton.cm@gmail.com",
        (), (),
        (("เสื้อผ้าฝ้ายย้อมคราม ตัดสำเร็จ", "shirts"),),
        (
            N("ผ้าฝ้ายทอมือย้อมครามเป็นม้วน", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bdy-056", "en", "Siam Boiler Engineering Co., Ltd.", ALC, MID, "Saraburi", "service@siamboiler.co.th",
        ("ISO 9001",), (),
        (
            ("Fire-tube steam boilers 1-10 t/h, biomass or LPG", "industrial_boiler"),
            ("Boiler inspection and repair for dye houses", "boiler_service"),
        ),
        (N("Wood chips or rice husk to test-fire new boilers", "biomass_fuel"),),
    ),
    Sme(
        "bdy-057", "th", "โรงปั่นด้ายรีไซเคิล โคราช", CIRC, UP, "Nakhon Ratchasima", "koratrecycleyarn@gmail.com",
        ("GRS",), ("circular",),
        (("ด้ายรีไซเคิล OE จากเศษผ้าคอตตอน ได้ GRS", "recycled_cotton_yarn"),),
        (
            N("ใยฝ้ายรีไซเคิล", "recycled_cotton_fibre"),
            N("เศษด้าย ฝ้ายตกจากโรงปั่น", "yarn_waste"),
        ),
    ),
    Sme(
        "bdy-058", "en", "Kinetic Activewear", SPORT, DOWN, "Surat Thani", "studio@kineticactive.co",
        (), (),
        (("Yoga leggings and sports bras, own brand", "sportswear"),),
        (
            N("Recycled polyester fabric, GRS only", "recycled_polyester_fabric", certs=("GRS",)),
        ),
    ),
    Sme(
        "bdy-059", "th", "ริมแคว รีสอร์ท", ALC, DOWN, "Kanchanaburi", "rimkwaeresort@gmail.com",
        (), ("circular",),
        (),
        (
            N("ผ้าเช็ดตัวโรงแรม สีขาว 16 ปอนด์", "towels"),
            N("รับย้อมผ้าเช็ดตัวเก่าเป็นสีน้ำตาล ไว้ใช้ในสปา", "linen_redyeing_service"),
        ),
    ),
    Sme(
        "bdy-060", "en", "Mae Rim Hemp Weavers", HEMP, MID, "Chiang Mai", "maerimhemp@gmail.com",
        (), ("bio",),
        (("Hemp/cotton fabric, naturally dyed, 110 cm", "dyed_hemp_fabric"),),
        (
            N("Degummed hemp fibre", "degummed_hemp_fibre"),
        ),
    ),
]

# ------------------------------------------------------------------ bdy-061 ... bdy-080

SMES += [
    Sme(
        "bdy-061", "th", "วิสาหกิจชุมชนฝ้ายเมืองเลย", ALI, UP, "Loei", "faimuangloei@gmail.com",
        (), ("bio",),
        (
            ("ปุยฝ้ายดิบ เก็บจากไร่ ยังไม่อีด", "raw_cotton"),
            ("ฝ้ายเข็นมือ เส้นดิบ กิโลละ 450 บาท", "handspun_cotton_yarn"),
        ),
        (N("รับย้อมเส้นฝ้ายสีคราม งานจ้าง", "natural_yarn_dyeing_service"),),
    ),
    Sme(
        "bdy-062", "en", "Eastern Denim Laundry Co., Ltd.", CIRC, MID, "Chonburi", "ops@easterndenimlaundry.com",
        ("ISO 14001",), ("green",),
        (
            ("Stone wash, enzyme wash and bleach wash for jeans, 500 pcs min", "garment_washing_service"),
            ("Ozone and laser finishing for denim, low water", "garment_washing_service"),
            ("Rejected jeans and denim cut-offs, sold by the kilo", "denim_scraps"),
        ),
        (
            N("Pumice stone 1-3 cm, 10 tons a month", "pumice_stones"),
            N("Cellulase enzyme, neutral, for denim", "textile_enzymes"),
            N("Wastewater recycling plant, quote wanted", "wastewater_treatment_system"),
            N("Wiping rags for the machine floor", "wiping_rags"),
        ),
    ),
    Sme(
        "bdy-063", "th", "บริษัท ฟังก์ชั่นฟินิช จำกัด", SPORT, MID, "Samut Prakan", "functionfinish@gmail.com",
        (OEKO,), (),
        (
            ("รับเคลือบผ้ากันน้ำ กันยูวี แห้งเร็ว", "water_repellent_finishing_service"),
            ("รับทำผ้ากันไฟ เคลือบสารหน่วงไฟ ผ้าม่านโรงแรม", "flame_retardant_finishing_service"),
        ),
        (
            N("หม้อไอน้ำ 2 ตัน", "industrial_boiler"),
        ),
    ),
    Sme(
        "bdy-064", "th", "บริษัท นครศรีโฮเทลซัพพลาย จำกัด", ALC, DOWN, "Nakhon Si Thammarat",
        "sales@nakhonsrihotelsupply.com",
        (), (),
        (
            ("ผ้าปูที่นอนโรงแรม ปลอกผ้านวม 250 เส้นด้าย", "bed_linen"),
            ("ผ้าขนหนูโรงแรม 500 แกรม", "towels"),
        ),
        (
            N("ผ้าคอตตอนซาตินย้อมสีขาวครีม หน้า 280 ซม.", "dyed_woven_fabric"),
            N("จ้างเย็บผ้าปู ปลอกหมอน จากผ้าของเรา", "sewing_service"),
        ),
    ),
    Sme(
        "bdy-065", "th", "ไร่กัญชงเขาค้อ", HEMP, UP, "Phetchabun", "khaokhohemp@gmail.com",
        (), ("bio", "circular"),
        (
            ("ต้นกัญชงตากแห้งทั้งลำ สำหรับลอกใย", "hemp_stalks"),
            ("แกนกัญชงเหลือทิ้ง ใช้เป็นเชื้อเพลิงชีวมวลได้", "biomass_fuel"),
        ),
        (U("หาโรงรับจ้างแยกใยกัญชงด้วยเครื่อง", "no decortication service in the set"),),
    ),
    Sme(
        "bdy-066", "en", "KK Print & Dye", ALI, MID, "Khon Kaen", "kkprintdye@gmail.com",
        (), (),
        (
            ("Screen printing on T-shirts and canvas bags, 100 pcs up", "garment_printing_service"),
            ("Tie-dye and garment dyeing service", "garment_dyeing_service"),
        ),
        (N("Plain white cotton T-shirts, bulk, OEKO-TEX not needed", "blank_tshirts", waives=(OEKO,)),),
    ),
    Sme(
        "bdy-067", "th", "บริษัท ยูนิฟอร์มนนท์ จำกัด", ALC, DOWN, "Nonthaburi", "uniformnon@gmail.com",
        ("ISO 9001", TIS), (),
        (
            ("ชุดพยาบาล ชุดผู้ป่วย ชุดสครับ", "hospital_textiles"),
            ("ชุดยูนิฟอร์มพนักงานโรงงาน", "uniforms"),
        ),
        (
            N("ผ้าทวิลทีซีย้อมสีกรม สำหรับชุดช่าง", "dyed_woven_fabric"),
            U("ผ้ากันไฟสำเร็จ สำหรับชุดช่างเชื่อม",
              "only flame-retardant finishing is offered, no flame-retardant fabric for sale"),
        ),
    ),
    Sme(
        "bdy-068", "en", "Polychem Dyes Asia Co., Ltd.", SPORT, UP, "Samut Prakan", "info@polychemdyes.asia",
        ("bluesign", "ISO 9001"), (),
        (
            ("Disperse dyes for sublimation and exhaust dyeing", "disperse_dyes"),
            ("Acid dyes for nylon and silk", "acid_dyes"),
        ),
        (N("Outside lab for fastness reports on new shades", "textile_testing_service"),),
    ),
    Sme(
        "bdy-069", "th", "บ้านพักผู้สูงวัย สุขใจ นครนายก", ALC, DOWN, "Nakhon Nayok", "sukjai.nayok@gmail.com",
        (), (),
        (),
        (
            N("ผ้าปูที่นอนต้านเชื้อแบคทีเรีย 40 ชุด", "antibacterial_bed_linen"),
        ),
    ),
    Sme(
        "bdy-070", "en", "Surin Silk Dye House", ALI, MID, "Surin", "surinsilkdye@gmail.com",
        (), (),
        (
            ("Dyed silk yarn, bright colours, ready for weaving", "dyed_silk_yarn"),
            ("Silk yarn dyeing on commission, 5 kg per colour", "silk_yarn_dyeing_service"),
        ),
        (
            N("Acid dyes for silk", "acid_dyes"),
            N("Raw Thai silk yarn, not degummed", "silk_yarn"),
        ),
    ),
    Sme(
        "bdy-071", "th", "ร้านเสื้อปั่น พะเยาไบค์", SPORT, DOWN, "Phayao", "phayaobike@gmail.com",
        (), (),
        (("เสื้อปั่นจักรยาน ลายทีม สั่งผลิต", "sportswear"),),
        (
            N("โรงงานรับพิมพ์ผ้าซับลิเมชั่น", "sublimation_printing_service"),
            N("รับเย็บชุดปั่นจักรยาน", "sportswear_sewing_service", "sewing_service"),
        ),
    ),
    Sme(
        "bdy-072", "en", "Loop Collective", CIRC, DOWN, "Bangkok", "hello@loopcollective.co",
        (), ("circular",),
        (("Used clothing from our take-back bins, sorted", "used_clothing"),),
        (
            N("Recycled cotton yarn, grey melange, GRS certified", "recycled_cotton_yarn", certs=("GRS",)),
            N("Knitting of our recycled yarn into jersey", "knitting_service"),
        ),
    ),
    Sme(
        "bdy-073", "th", "ครามสกล สตูดิโอ", HEMP, MID, "Sakon Nakhon", "khramsakon.studio@gmail.com",
        (), ("bio",),
        (
            ("รับย้อมครามธรรมชาติ เสื้อผ้า ผ้าพันคอ ของลูกค้า", "natural_dyeing_service"),
            ("เนื้อครามหมักพร้อมใช้ ถุงละ 1 กก.", "khram_indigo_paste"),
        ),
        (
            N("ต้นครามสด ปลูกแบบไม่ใช้สารเคมี", "indigo_leaves"),
            N("เสื้อผ้าฝ้ายสีขาว ยังไม่ผ่านการฟอกย้อม สำหรับย้อมคราม", "pfd_garments"),
        ),
    ),
    Sme(
        "bdy-074", "en", "Nonthaburi Sewing Centre", ALC, MID, "Nonthaburi", "cmt@nonthaburisewing.com",
        (), (),
        (
            ("Cut-make-trim for shirts, uniforms and bedding, 300 pcs up", "sewing_service"),
            ("Ready-for-dye (PFD) T-shirts and hoodies, sewn with cotton thread", "pfd_garments"),
            ("Plain cotton T-shirts, 20 colours in stock", "blank_tshirts"),
        ),
        (
            U("Buttons, zips and labels", "no trims supplier in the set"),
        ),
    ),
    Sme(
        "bdy-075", "th", "ร้านรับซื้อเสื้อผ้ามือสอง มหาชัย", CIRC, UP, "Samut Sakhon", "mahachai.secondhand@gmail.com",
        (), ("circular",),
        (
            ("เสื้อผ้ามือสองคัดเกรด สำหรับส่งออก", "used_clothing"),
            ("ผ้าขี้ริ้วตัดจากเสื้อยืดเก่า สำหรับเช็ดเครื่องจักร", "wiping_rags"),
        ),
        (
            N("ผ้าปูเตียง ผ้าเช็ดตัวเก่าจากโรงแรม", "used_linen"),
            N("เสื้อยืดเก่า ทุกสภาพ", "used_clothing"),
        ),
    ),
    Sme(
        "bdy-076", "en", "Krabi Batik House", HEMP, DOWN, "Krabi", "krabibatikhouse@gmail.com",
        ("OTOP",), (),
        (
            ("Hand-painted batik sarongs, cotton and rayon", "sarongs"),
            ("Batik silk scarves", "scarves"),
        ),
        (
            N("Plain white cotton cloth for batik, 100 m rolls", "pfd_cotton_fabric"),
            U("Batik wax (paraffin and beeswax)", "no wax seller in the set"),
        ),
    ),
    Sme(
        "bdy-077", "th", "บริษัท ชลบุรี นิตติ้ง แอนด์ ไดอิ้ง จำกัด", SPORT, MID, "Chonburi", "sales@chonburiknitting.co.th",
        ("GRS", OEKO), ("circular",),
        (
            ("ผ้าโพลีเอสเตอร์รีไซเคิล ผ้ากีฬา ย้อมสีแล้ว ได้รับ GRS", "recycled_polyester_fabric"),
            ("ผ้าจูติ ผ้าไมโครโพลี ย้อมสี หน้ากว้าง 60 นิ้ว", "polyester_jersey_fabric"),
        ),
        (
            N("ด้ายโพลีเอสเตอร์รีไซเคิล สีขาวดิบ", "recycled_polyester_yarn"),
            N("สีดิสเพิร์ส ย้อมผ้าโพลี", "disperse_dyes"),
        ),
    ),
    Sme(
        "bdy-078", "en", "Korat Memorial Hospital", ALI, DOWN, "Nakhon Ratchasima", "purchasing@koratmemorial.co.th",
        (), (),
        (),
        (
            N("Re-dyeing of worn green OR gowns and drapes", "linen_redyeing_service", "garment_dyeing_service"),
            U("Scrubs and patient gowns with antibacterial finish, ISO 13485",
              "no garment maker in the set holds ISO 13485", certs=("ISO 13485",)),
        ),
    ),
    Sme(
        "bdy-079", "th", "บ้านคราม แบรนด์", ALC, DOWN, "Bangkok", "baankhram.brand@gmail.com",
        (), ("bio",),
        (
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "bags"),
            ("หมอนอิงย้อมคราม", "home_textiles"),
        ),
        (
            N("ผ้าฝ้ายย้อมครามทอมือ ไม่ต้องมี OTOP", "indigo_dyed_cotton_fabric", waives=("OTOP",)),
        ),
    ),
    Sme(
        "bdy-080", "en", "Northern Natural Colours Co., Ltd.", HEMP, UP, "Lampang", "sales@northernnaturalcolours.com",
        (), ("bio",),
        (
            ("Natural dye extract powders: indigo, lac, sappan, mango leaf", "natural_dye_extract"),
            ("Alum and iron mordants for natural dyeing", "mordants"),
        ),
        (N("Dried sappanwood and lac from farmers", "natural_dye_materials"),),
    ),
]

# ------------------------------------------------------------------ bdy-081 ... bdy-095

SMES += [
    Sme(
        "bdy-081", "th", "โรงย้อมด้ายบุรีรัมย์", ALI, MID, "Buriram", "buriramyarndye@gmail.com",
        (), (),
        (
            ("รับย้อมด้ายฝ้ายสำหรับทอผ้าขาวม้า สีไม่ตก", "yarn_dyeing_service"),
            ("ด้ายฝ้ายย้อมสีสำเร็จ หลอดละ 1 กก. สีสวยไม่ตก รับประกัน", "dyed_cotton_yarn"),
        ),
        (
            N("สีแวต ย้อมด้ายฝ้ายให้ทนแดด", "vat_dyes"),
            N("ด้ายฝ้ายดิบ ราคาส่ง ขึ้นหลอด", "mill_cotton_yarn"),
        ),
    ),
    Sme(
        "bdy-082", "en", "Thai Craft Export Co., Ltd.", ALC, DOWN, "Bangkok", "buying@thaicraftexport.com",
        (), (),
        (),
        (
            N("Naturally dyed silk fabric with the Peacock Emblem", "natural_dyed_silk_fabric", certs=(PEACOCK,)),
            U("Handwoven cotton fabric, Fairtrade certified", "no weaver in the set holds Fairtrade",
              certs=("Fairtrade",)),
        ),
    ),
    Sme(
        "bdy-083", "th", "รังสิต ดิจิตอลปริ้นท์", SPORT, MID, "Pathum Thani", "rangsitdigitalprint@gmail.com",
        (), (),
        (("รับพิมพ์ซับลิเมชั่น ผ้ากีฬา ผ้าธง ทั้งม้วนและชิ้น", "sublimation_printing_service"),),
        (
            N("ผ้าโพลีเอสเตอร์ขาว สำหรับพิมพ์ซับ", "polyester_jersey_fabric"),
        ),
    ),
    Sme(
        "bdy-084", "en", "Lopburi Spinning Mills Co., Ltd.", CIRC, UP, "Lopburi", "yarn@lopburispinning.com",
        ("ISO 9001",), (),
        (
            ("Combed cotton yarn Ne 20/1-40/1, raw white, on cones", "mill_cotton_yarn"),
            ("Comber noil and hard yarn waste", "yarn_waste"),
        ),
        (N("Yarn dyeing for melange blends, 1 t per colour", "yarn_dyeing_service"),),
    ),
    Sme(
        "bdy-085", "th", "เฮมพ์ลิฟวิ่ง", HEMP, DOWN, "Nonthaburi", "hempliving.th@gmail.com",
        (), ("bio",),
        (("เสื้อเชิ้ตผ้ากัญชง ย้อมสีธรรมชาติ", "shirts"),),
        (
            N("ผ้ากัญชงย้อมสีแล้ว พร้อมตัด", "dyed_hemp_fabric"),
            U("ผ้ากัญชงต้องได้ GOTS เท่านั้น", "no hemp fabric maker in the set holds GOTS", certs=("GOTS",)),
        ),
    ),
    Sme(
        "bdy-086", "en", "Udon Digital Textile Print", ALI, MID, "Udon Thani", "print@udondigitaltextile.com",
        (), (),
        (
            ("Digital printing on cotton, silk and rayon by the metre", "fabric_printing_service"),
            ("Printed cotton fabric with Isan motifs, ready stock", "printed_fabric"),
        ),
        (
            N("Pre-treatment padding before digital printing", "fabric_finishing_service"),
        ),
    ),
    Sme(
        "bdy-087", "th", "ร้านผ้าปัตตานีพาณิชย์", ALC, DOWN, "Pattani", "pattanipanich@gmail.com",
        (), (),
        (("ผ้าพิมพ์ลาย ผ้าคอตตอน ขายเป็นหลา", "printed_fabric"),),
        (
            N("ผ้าพิมพ์ลายดอก คอตตอน 100% สั่งม้วน", "printed_fabric"),
            N("รับพิมพ์ผ้าตามลายที่ร้านออกแบบเอง", "fabric_printing_service"),
        ),
    ),
    Sme(
        "bdy-088", "en", "Apex Coating Technologies Co., Ltd.", SPORT, MID, "Rayong", "sales@apexcoating.co.th",
        ("bluesign", "ISO 9001"), (),
        (
            ("PU-coated and DWR-finished nylon ripstop", "water_repellent_fabric"),
            ("Membrane lamination on customer fabric", "lamination_service"),
        ),
        (
            U("Nylon greige taffeta and ripstop", "the only greige weaver in the set makes cotton and TC"),
            N("Flame-retardant treatment, sub-contract", "flame_retardant_finishing_service"),
        ),
    ),
    Sme(
        "bdy-089", "th", "ร้านของฝากริมโขง นครพนม", ALI, DOWN, "Nakhon Phanom", "rimkhong.nkp@gmail.com",
        (), (),
        (),
        (
            N("ผ้าย้อมครามสกลนคร ทุกแบบ ราคาส่ง", "indigo_dyed_cotton_fabric"),
            N("ผ้าไหมย้อมสีธรรมชาติ ไม่ต้องมีตรานกยูงก็ได้", "natural_dyed_silk_fabric", waives=(PEACOCK,)),
            N("เสื้อยืดสกรีนลายท้องถิ่น", "printed_tshirts"),
        ),
    ),
    Sme(
        "bdy-090", "en", "Ratchaburi Reprocess Dyeing Co., Ltd.", CIRC, MID, "Ratchaburi", "info@rbreprocess.com",
        (), ("circular",),
        (
            ("Over-dyeing of off-shade and dead-stock fabric to dark shades", "woven_dyeing_service"),
            ("Re-dyed dead-stock fabric, black and navy, by the kilo", "overdyed_deadstock_fabric"),
        ),
        (
            N("Off-shade rolls from dye houses, any fibre", "off_shade_fabric"),
        ),
    ),
    Sme(
        "bdy-091", "th", "ห้างหุ้นส่วนจำกัด ซัพพลายฟอกยีนส์", CIRC, UP, "Chachoengsao", "supplyfokjeans@gmail.com",
        (), (),
        (
            ("หินภูเขาไฟ (พัมมิส) สำหรับฟอกยีนส์ คัดขนาด ส่งทั่วประเทศ", "pumice_stones"),
            ("เอนไซม์ฟอกยีนส์ เซลลูเลส อะไมเลส ลอกแป้ง", "textile_enzymes"),
        ),
        (N("ผ้าขี้ริ้ว ใช้ในโกดัง", "wiping_rags"),),
    ),
    Sme(
        "bdy-092", "th", "กลุ่มโฮมสเตย์ริมโขง มุกดาหาร", ALI, DOWN, "Mukdahan", "homestay.mukdahan@gmail.com",
        (), (),
        (),
        (
            N("ผ้าปูที่นอน ผ้าเช็ดตัว 30 ห้อง ไม่ต้องมีฉลากเขียว", "bed_linen", "towels",
              waives=("Thai Green Label",)),
        ),
    ),
    Sme(
        "bdy-093", "th", "สตูดิโอพิมพ์บล็อกไม้ อุตรดิตถ์", HEMP, MID, "Uttaradit", "blockprint.utt@gmail.com",
        (), ("bio",),
        (
            ("รับพิมพ์บล็อกไม้ลงผ้าของลูกค้า ด้วยสีธรรมชาติ", "fabric_printing_service"),
            ("ผ้าพิมพ์บล็อกไม้ ลายพื้นเมือง", "printed_fabric"),
        ),
        (
            N("ผ้าฝ้ายพร้อมพิมพ์ (PFD)", "pfd_cotton_fabric"),
            N("สีธรรมชาติสกัดแบบผง", "natural_dye_extract"),
        ),
    ),
    Sme(
        "bdy-094", "en", "Salaya Dye & Finish Co., Ltd.", SPORT, MID, "Nakhon Pathom", "sales@salayadye.com",
        ("bluesign", OEKO), ("green",),
        (
            ("HT jet dyeing of polyester and nylon knits, 200 kg lots", "synthetic_knit_dyeing_service"),
            ("Moisture-wicking and anti-odour finishing", "antibacterial_finishing_service"),
        ),
        (
            N("High-energy disperse dyes, bluesign approved", "disperse_dyes", certs=("bluesign",)),
            N("Boiler service contract", "boiler_service"),
        ),
    ),
    Sme(
        "bdy-095", "th", "กลุ่มทอผ้าขาวม้าบ้านสร้างมิ่ง", ALI, MID, "Yasothon", "sangming.weave@gmail.com",
        (), (),
        (("ผ้าขาวม้าทอมือ ฝ้ายย้อมสี", "pha_khao_ma"),),
        (
            N("ด้ายฝ้ายย้อมสีแล้ว สีไม่ตก", "dyed_cotton_yarn"),
            N("ใครรับย้อมด้ายให้กลุ่มทอผ้าบ้าง งานจ้าง", "yarn_dyeing_service"),
        ),
    ),
]

# ------------------------------------------------------------------ checks

ID_FORMAT = re.compile(r"bdy-\d{3}")
LABEL_FORMAT = re.compile(r"[a-z][a-z0-9_]*")
EMAIL_FORMAT = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
THAI_CHAR = re.compile("[\u0e01-\u0e4f\u0e5a\u0e5b]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
INSTITUTION_STAGES = {DOWN}

TARGET_SMES = 95
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_LINKS = (140, 180)
TARGET_CROSS_SHARE = 0.45
TARGET_UNMET = (15, 25)


def names_of(cert: str) -> list[str]:
    """Every spelling of one certification that the taxonomy knows."""
    for c in taxonomy.CERTIFICATIONS:
        if c.name == cert:
            return [c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions]
    return []


def named_in(cert: str, text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names_of(cert))


def phrases(sme: Sme) -> list[str]:
    return [text for text, _ in sme.offers] + [need.text for need in sme.needs]


def compute_links() -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in SMES:
        for need in buyer.needs:
            if need.unmet:
                continue
            for supplier in SMES:
                if supplier.id == buyer.id or not set(need.certs) <= set(supplier.certs):
                    continue
                if any(label in need.labels for _, label in supplier.offers):
                    links.add((supplier.id, buyer.id))
    return links


def check() -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in SMES]
    if ids != [f"bdy-{i:03d}" for i in range(1, TARGET_SMES + 1)]:
        errors.append("ids must run bdy-001 ... bdy-095 in order, once each")
    subs = {str(s) for s in taxonomy.SubCluster}
    stages = {str(s) for s in taxonomy.Stage}
    tags = {str(t) for t in taxonomy.BcgTag}
    offered_by: dict[str, set[str]] = {}
    for sme in SMES:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.id)
    for sme in SMES:
        where = sme.id
        if not ID_FORMAT.fullmatch(sme.id):
            errors.append(f"{where}: bad id")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if sme.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {sme.lang!r}")
        if sme.sub not in subs:
            errors.append(f"{where}: sub-cluster {sme.sub!r}")
        if sme.stage not in stages:
            errors.append(f"{where}: stage {sme.stage!r}")
        province = taxonomy.resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not a canonical English name")
        if not EMAIL_FORMAT.fullmatch(sme.email):
            errors.append(f"{where}: e-mail {sme.email!r}")
        for cert in sme.certs:
            if taxonomy.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(sme.certs)) != len(sme.certs):
            errors.append(f"{where}: repeated certification")
        for tag in sme.bcg:
            if tag not in tags:
                errors.append(f"{where}: BCG tag {tag!r}")
        low = 0 if sme.stage in INSTITUTION_STAGES else 1
        if not low <= len(sme.offers) <= 4:
            errors.append(f"{where}: {len(sme.offers)} offers")
        if not 1 <= len(sme.needs) <= 4:
            errors.append(f"{where}: {len(sme.needs)} needs")
        for text in phrases(sme):
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: stray spaces in {text!r}")
            thai = len(THAI_CHAR.findall(text))
            latin = len(LATIN_LETTER.findall(text))
            if sme.lang == "th" and thai <= latin:
                errors.append(f"{where}: Thai profile phrase is not mostly Thai: {text!r}")
            if sme.lang == "en" and (thai or any(ch.isalpha() and ord(ch) > 0x24F for ch in text)):
                errors.append(f"{where}: English profile phrase has non-Latin letters: {text!r}")
        for text, label in sme.offers:
            if not LABEL_FORMAT.fullmatch(label):
                errors.append(f"{where}: bad label {label!r}")
            claimed = taxonomy.find_certifications(text)
            if not claimed <= set(sme.certs):
                errors.append(f"{where}: offer claims {sorted(claimed)} not held: {text!r}")
        for need in sme.needs:
            found = taxonomy.find_certifications(need.text)
            if found != set(need.certs):
                errors.append(f"{where}: need text names {sorted(found)}, labelled {list(need.certs)}: {need.text!r}")
            for cert in need.certs:
                if taxonomy.resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not canonical")
            for cert in need.waives:
                if taxonomy.resolve_certification(cert) != cert:
                    errors.append(f"{where}: waived certification {cert!r} is not canonical")
                if cert in found or cert in need.certs or not named_in(cert, need.text):
                    errors.append(f"{where}: waived {cert!r} must be named and not required: {need.text!r}")
            if need.unmet:
                if need.labels:
                    errors.append(f"{where}: unmet need has labels: {need.text!r}")
                continue
            if not need.labels:
                errors.append(f"{where}: met need without labels: {need.text!r}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            qualified = [
                other.id
                for other in SMES
                if other.id != sme.id
                and set(need.certs) <= set(other.certs)
                and any(label in need.labels for _, label in other.offers)
            ]
            if not qualified:
                errors.append(f"{where}: no qualified supplier for {need.text!r}")
    errors += check_targets()
    return errors


def check_targets() -> list[str]:
    errors: list[str] = []
    by_id = {sme.id: sme for sme in SMES}
    links = compute_links()
    thai_share = sum(sme.lang == "th" for sme in SMES) / len(SMES)
    if not TARGET_THAI_SHARE[0] <= thai_share <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {thai_share:.2f}")
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links, want {TARGET_LINKS[0]}-{TARGET_LINKS[1]}")
    cross = sum(by_id[s].lang != by_id[b].lang for s, b in links)
    if links and cross / len(links) < TARGET_CROSS_SHARE:
        errors.append(f"cross-language links {cross}/{len(links)}")
    needs = [need for sme in SMES for need in sme.needs]
    unmet = sum(bool(need.unmet) for need in needs)
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} unmet needs")
    if sum(bool(need.certs) and not need.unmet for need in needs) < 3:
        errors.append("too few met needs that require a certification")
    if sum(bool(need.waives) for need in needs) < 3:
        errors.append("too few needs that waive a certification")
    if {sme.sub for sme in SMES} != {str(s) for s in taxonomy.SubCluster}:
        errors.append("not every sub-cluster is used")
    if {sme.stage for sme in SMES} != {str(s) for s in taxonomy.Stage}:
        errors.append("not every stage is used")
    provinces = [taxonomy.resolve_province(sme.province) for sme in SMES]
    regions = {province.region for province in provinces if province is not None}
    if regions != set(taxonomy.Region):
        errors.append("not every region is used")
    if len({sme.province for sme in SMES}) < 40:
        errors.append("fewer than 40 provinces")
    return errors


# ------------------------------------------------------------------ output


def profile(sme: Sme) -> dict[str, object]:
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
        "contact_email": sme.email,
        "language": sme.lang,
    }


def profiles_bytes() -> bytes:
    lines = [json.dumps(profile(sme), ensure_ascii=False) for sme in SMES]
    return ("\n".join(lines) + "\n").encode("utf-8")


def links_bytes(links: set[tuple[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return buffer.getvalue().encode("utf-8")


def counts_table(links: set[tuple[str, str]]) -> str:
    by_id = {sme.id: sme for sme in SMES}
    needs = [need for sme in SMES for need in sme.needs]
    unmet = sum(bool(need.unmet) for need in needs)
    th_en = sum(by_id[s].lang == "th" and by_id[b].lang == "en" for s, b in links)
    en_th = sum(by_id[s].lang == "en" and by_id[b].lang == "th" for s, b in links)
    th_th = sum(by_id[s].lang == "th" and by_id[b].lang == "th" for s, b in links)
    en_en = sum(by_id[s].lang == "en" and by_id[b].lang == "en" for s, b in links)
    cross = th_en + en_th
    langs = Counter(sme.lang for sme in SMES)
    subs = Counter(sme.sub for sme in SMES)
    stages = Counter(sme.stage for sme in SMES)
    regions = Counter(str(taxonomy.resolve_province(sme.province).region) for sme in SMES)
    rows = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{langs['th']} / {langs['en']}"),
        *((f"sub-cluster `{sub}`", str(subs[str(sub)])) for sub in taxonomy.SubCluster),
        *((f"stage `{stage}`", str(stages[str(stage)])) for stage in taxonomy.Stage),
        *((f"region `{region}`", str(regions[str(region)])) for region in taxonomy.Region),
        ("distinct provinces", str(len({sme.province for sme in SMES}))),
        ("offers", str(sum(len(sme.offers) for sme in SMES))),
        ("distinct offer labels", str(len({label for sme in SMES for _, label in sme.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"),
        ("needs requiring a certification (met / unmet)",
         f"{sum(bool(n.certs) for n in needs)} ({sum(bool(n.certs) and not n.unmet for n in needs)} / "
         f"{sum(bool(n.certs) and bool(n.unmet) for n in needs)})"),
        ("needs waiving a certification", str(sum(bool(n.waives) for n in needs))),
        ("true links", str(len(links))),
        ("cross-language links, Thai supplier to English buyer", str(th_en)),
        ("cross-language links, English supplier to Thai buyer", str(en_th)),
        ("cross-language links, total", f"{cross} ({100 * cross / len(links):.1f} %)"),
        ("within-language links, Thai-Thai / English-English", f"{th_th} / {en_en}"),
        ("links between different sub-clusters", str(sum(by_id[s].sub != by_id[b].sub for s, b in links))),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    links = compute_links()
    (HERE / "profiles.jsonl").write_bytes(profiles_bytes())
    (HERE / "links.csv").write_bytes(links_bytes(links))
    print(counts_table(links))
    return 0


if __name__ == "__main__":
    sys.exit(main())
