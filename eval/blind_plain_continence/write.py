"""Write the hand-labelled evaluation set `eval/blind_plain_continence/`.

Theme: continence care for older people, plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. All data lives in this file; the labels never leave it.

Run from the repository root:  .venv/bin/python eval/blind_plain_continence/write.py

It checks the data first and writes nothing if a check fails. It writes profiles.jsonl, links.csv and
README.md next to itself, and prints the counts table.
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
ROOT = HERE.parent.parent
PREFIX = "bcv"
N_PROFILES = 95

HN, CT, SP = "hemp_natural_fibre", "circular_textile", "sportech"
AC, AI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    note: str = ""  # set only for a need that no one in the set meets

    @property
    def unmet(self) -> bool:
        return bool(self.note)


@dataclass(frozen=True)
class Profile:
    num: int
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

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any qualified offer carrying one of `labels`."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` only when the goods exist but no holder qualifies."""
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
) -> Profile:
    return Profile(num, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ---------------------------------------------------------------------------------------------- data

PROFILES: list[Profile] = [
    # ----- upstream: fibre, yarn, pulp, waste
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HN,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        [
            o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_bast_fibre"),
            o("ด้ายกัญชงปั่นมือ เส้นหยาบ ทำเองในหมู่บ้าน", "hemp_yarn"),
        ],
        [u("เครื่องลอกเปลือกกัญชง มือสอง สภาพดี", "no one sells machinery")],
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Tak Highland Hemp Co-op",
        HN,
        UP,
        "Tak",
        "coop@takhemp.co.th",
        [o("Decorticated hemp bast fibre, 50 kg bales", "hemp_bast_fibre")],
        [u("certified low-THC hemp seed for planting", "no seed supplier in the set")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "ไร่ฝ้ายอินทรีย์ภูหลวง",
        HN,
        UP,
        "Loei",
        "phuluang.cotton@gmail.com",
        [
            o("ปุยฝ้ายหีบเมล็ดออกแล้ว ปลูกแบบไม่ใช้สารเคมี", "raw_cotton_lint"),
            o("ฝ้ายตุ่นสีน้ำตาลพื้นเมือง ขายเป็นกิโล", "raw_cotton_lint"),
        ],
        [],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Pak Nam Pho Ginning",
        HN,
        UP,
        "Nakhon Sawan",
        "sales@pnpginning.co.th",
        [o("Ginned cotton lint, 200 kg bales, BCI", "raw_cotton_lint")],
        [],
        certs=("Better Cotton",),
    ),
    sme(
        5,
        "th",
        "บริษัท สามพรานสปินนิ่ง จำกัด",
        HN,
        UP,
        "Nakhon Pathom",
        "sales@sampranspinning.co.th",
        [
            o("ด้ายฝ้าย 100% เบอร์ 20/1 30/1 ขั้นต่ำ 1 ตัน", "cotton_yarn"),
            o("ด้าย OE ฝ้ายรีไซเคิล สีเทาท็อปดราย", "recycled_cotton_yarn"),
        ],
        [
            n("ฝ้ายดิบเป็นก้อน ล็อตละ 10 ตัน", "raw_cotton_lint"),
            n("ใยฝ้ายรีไซเคิลที่ตีเป็นปุยแล้ว ไม่เอาเศษผ้า", "recycled_cotton_fibre"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        6,
        "en",
        "Siam Pulp & Absorbents Co., Ltd.",
        AC,
        UP,
        "Samut Prakan",
        "export@siampulpabs.co.th",
        [o("Fluff pulp rolls for diaper cores, FSC", "fluff_pulp")],
        [],
        certs=("FSC", "ISO 9001"),
    ),
    sme(
        7,
        "th",
        "บริษัท ไทยเยื่อซับ จำกัด",
        AC,
        UP,
        "Prachinburi",
        "info@thaiyueasap.co.th",
        [o("เยื่อฟลัฟ ม้วนละ 500 กก. ทำแกนผ้าอ้อม", "fluff_pulp")],
        [],
    ),
    sme(
        8,
        "en",
        "Rayong Polymer Specialties",
        SP,
        UP,
        "Rayong",
        "sap@rayongpolymer.co.th",
        [o("SAP superabsorbent granules, 25 kg bags", "superabsorbent_polymer")],
        [u("bio-based acrylic acid, pilot lots", "no chemical feedstock supplier")],
        certs=("ISO 9001", "ISO 14001"),
    ),
    sme(
        9,
        "th",
        "กลุ่มปั่นฝ้ายเข็นมือบ้านหนองเงือก",
        HN,
        UP,
        "Lamphun",
        "nongngueak.fai@gmail.com",
        [o("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวนวล", "handspun_cotton_yarn")],
        [n("ปุยฝ้าย ขายส่ง", "raw_cotton_lint")],
        certs=("OTOP",),
    ),
    sme(
        10,
        "en",
        "Chiang Rai Bamboo Fibre Ltd.",
        HN,
        UP,
        "Chiang Rai",
        "info@crbamboofibre.com",
        [
            o("Bamboo viscose staple 1.5D x 38 mm", "bamboo_viscose_fibre"),
            o("Bamboo spun yarn Ne 30/1, OEKO-TEX", "bamboo_yarn"),
        ],
        [u("Lyocell fibre for blending", "no lyocell supplier in the set")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        11,
        "th",
        "บริษัท รีไฟเบอร์สยาม จำกัด",
        CT,
        UP,
        "Samut Sakhon",
        "sales@refibersiam.co.th",
        [o("ใยโพลีเอสเตอร์รีไซเคิลจากขวด PET ผ่าน GRS", "recycled_polyester_fibre")],
        [n("ขวดน้ำใสใช้แล้ว อัดก้อน คัดสีแล้ว", "used_pet_bottles")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        12,
        "en",
        "Green Loop Fibre Chonburi",
        CT,
        UP,
        "Chonburi",
        "hello@greenloopfibre.co.th",
        [o("rPET hollow conjugate fibre for pillow filling", "recycled_polyester_fibre")],
        [n("Post-consumer PET bottle bales", "used_pet_bottles")],
        bcg=("circular",),
    ),
    sme(
        13,
        "th",
        "ร้านรับซื้อของเก่า เจ๊หมวย",
        CT,
        UP,
        "Nonthaburi",
        "jemuay.recycle@gmail.com",
        [o("ขวดพลาสติกใส อัดก้อน", "used_pet_bottles"), o("กระป๋องอะลูมิเนียม กิโลละ 40 บาท", "aluminium_cans")],
        [],
        bcg=("circular",),
    ),
    sme(
        14,
        "en",
        "Isan Textile Waste Sorting Centre",
        CT,
        UP,
        "Khon Kaen",
        "sort@isanwaste.org",
        [
            o("Sorted cotton cutting waste, white and light shades", "cotton_cutting_scraps"),
            o("Shredded cotton fibre from garment waste", "recycled_cotton_fibre"),
        ],
        [n("Old hospital sheets and towels, any condition", "used_cotton_linen")],
        bcg=("circular",),
    ),
    sme(
        15,
        "th",
        "กลุ่มเก็บนุ่นบ้านควนลัง",
        HN,
        UP,
        "Songkhla",
        "khuanlang.nun@gmail.com",
        [o("นุ่นแกะเมล็ดแล้ว ใส่กระสอบ", "kapok_fibre")],
        [],
        bcg=("bio",),
    ),
    sme(
        16,
        "en",
        "Pathum Spinning Mills",
        HN,
        UP,
        "Pathum Thani",
        "yarn@pathumspin.co.th",
        [o("GOTS organic cotton combed yarn 40s", "organic_cotton_yarn")],
        [n("Organic raw cotton, Organic Thailand certified", "raw_cotton_lint", req=("Organic Thailand",))],
        certs=("GOTS", "OEKO-TEX Standard 100"),
    ),
    sme(
        17,
        "th",
        "วิสาหกิจชุมชนปลูกครามบ้านดอนกอย",
        HN,
        UP,
        "Sakon Nakhon",
        "donkoi.kram@gmail.com",
        [o("เนื้อครามเปียก พร้อมก่อหม้อ กิโลละ 150 บาท", "indigo_paste")],
        [],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        18,
        "th",
        "หจก. ใยกัญชงเพชรบูรณ์",
        HN,
        UP,
        "Phetchabun",
        "hempyarn.pcb@gmail.com",
        [o("ด้ายกัญชงปั่นเครื่อง Nm 14", "hemp_yarn"), o("ด้ายผสมกัญชง-ฝ้าย 55/45", "hemp_cotton_yarn")],
        [n("เส้นใยกัญชงลอกแล้ว ยังไม่ได้ปั่น", "hemp_bast_fibre")],
        bcg=("bio",),
    ),
    # ----- midstream: fabric, laminate, components, dyeing, sewing, laundering
    sme(
        19,
        "en",
        "Bangplee Laminates Co., Ltd.",
        SP,
        MID,
        "Samut Prakan",
        "sales@bangpleelam.co.th",
        [
            o("PUL 1 mil, polyester knit, 150 cm wide", "pul_fabric"),
            o("Breathable TPU film 25 micron, rolls", "tpu_film"),
        ],
        [n("Polyester interlock greige for laminating", "polyester_knit_fabric")],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        20,
        "th",
        "โรงงานเคลือบผ้า ลาดกระบัง",
        SP,
        MID,
        "Bangkok",
        "ladkrabang.coating@gmail.com",
        [
            o("รับเคลือบ TPU กันน้ำบนผ้าของลูกค้า", "lamination_service"),
            o("ผ้า PUL สีพื้น ขั้นต่ำ 100 หลา", "pul_fabric"),
        ],
        [n("ฟิล์ม TPU เป็นม้วน", "tpu_film")],
    ),
    sme(
        21,
        "en",
        "Krathum Baen Knitting",
        SP,
        MID,
        "Samut Sakhon",
        "knit@krathumbaen.co.th",
        [
            o("Polyester interlock knit, greige, 120 gsm", "polyester_knit_fabric"),
            o("Cotton single jersey 160 gsm", "cotton_jersey_fabric"),
        ],
        [
            n("combed cotton yarn 30s", "cotton_yarn", "organic_cotton_yarn"),
            u("polyester DTY 75D/72F", "no filament yarn supplier"),
        ],
    ),
    sme(
        22,
        "th",
        "โรงทอผ้าขนหนูบ้านโป่ง",
        AC,
        MID,
        "Ratchaburi",
        "banpong.towel@gmail.com",
        [o("ผ้าขนหนูฝ้ายเป็นพับ หน้า 60 นิ้ว", "cotton_terry_fabric")],
        [n("ด้ายฝ้ายเบอร์ 16 ทำห่วงขน", "cotton_yarn")],
    ),
    sme(
        23,
        "en",
        "Bamboo Soft Textiles Co.",
        AC,
        MID,
        "Nakhon Pathom",
        "orders@bamboosoft.co.th",
        [
            o("Bamboo terry 320 gsm, OEKO-TEX", "bamboo_terry_fabric"),
            o("Bamboo fleece, absorbent, by the metre", "bamboo_fleece_fabric"),
        ],
        [n("bamboo yarn for loop pile", "bamboo_yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        24,
        "th",
        "หจก. ไมโครซับ",
        SP,
        MID,
        "Samut Prakan",
        "microsub.tex@gmail.com",
        [o("ผ้าไมโครไฟเบอร์ 300 แกรม ซับน้ำไว", "microfibre_fabric")],
        [u("เส้นใยสับปะรด", "no pineapple leaf fibre supplier")],
    ),
    sme(
        25,
        "en",
        "Chonburi Nonwovens",
        SP,
        MID,
        "Chonburi",
        "sales@cbnonwovens.co.th",
        [
            o("PP spunbond 15 gsm hydrophilic topsheet", "nonwoven_fabric"),
            o("SMS nonwoven 25 gsm for leg cuffs", "nonwoven_fabric"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        26,
        "th",
        "บริษัท นอนวูฟเว่นโคราช จำกัด",
        SP,
        MID,
        "Nakhon Ratchasima",
        "korat.nonwoven@gmail.com",
        [o("ผ้าไม่ทอสปันบอนด์ ชนิดน้ำซึมผ่าน", "nonwoven_fabric"), o("แผ่นซับ airlaid ตัดตามขนาด", "absorbent_core")],
        [n("เยื่อฟลัฟ", "fluff_pulp"), n("ผง SAP ดูดน้ำ", "superabsorbent_polymer")],
    ),
    sme(
        27,
        "en",
        "Thai Elastic & Trims",
        SP,
        MID,
        "Bangkok",
        "trims@thaielastic.co.th",
        [o("Knitted elastic 6 mm, soft edge", "elastic_tape"), o("KAM plastic snaps T5, 1,000 sets", "snap_fasteners")],
        [u("natural rubber latex thread", "no latex thread supplier")],
    ),
    sme(
        28,
        "th",
        "ร้านอุปกรณ์ตัดเย็บ สำเพ็ง",
        AC,
        MID,
        "Bangkok",
        "sampeng.trims@gmail.com",
        [o("ยางยืดถักขอบนิ่ม ม้วนละ 100 หลา", "elastic_tape"), o("ตีนตุ๊กแกแบบเย็บ", "hook_loop_tape")],
        [],
    ),
    sme(
        29,
        "en",
        "Phrae Hom Dye House",
        HN,
        MID,
        "Phrae",
        "hom@phraedye.com",
        [
            o("Hom indigo dyeing of your cloth or yarn, per kg", "indigo_dyeing_service"),
            o("Hom-dyed cotton cloth, 90 cm", "indigo_dyed_cotton_fabric"),
        ],
        [
            n("Indigo paste, fermented, 50 kg", "indigo_paste"),
            n("unbleached cotton cloth to dye", "greige_cotton_fabric"),
        ],
        bcg=("bio",),
    ),
    sme(
        30,
        "th",
        "กลุ่มย้อมครามบ้านพรรณา",
        HN,
        MID,
        "Sakon Nakhon",
        "phanna.kram@gmail.com",
        [
            o("ผ้าฝ้ายทอมือ ย้อมครามธรรมชาติ", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามให้ผ้าของลูกค้า", "indigo_dyeing_service"),
        ],
        [n("ฝ้ายเข็นมือ", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        31,
        "en",
        "Mahachai Dye Works",
        CT,
        MID,
        "Samut Sakhon",
        "jobs@mahachaidye.co.th",
        [
            o("Commission dyeing of customer fabric, reactive, jet", "commission_dyeing_service"),
            o("Reactive-dyed cotton poplin, navy", "reactive_dyed_cotton_fabric"),
        ],
        [n("cotton jersey greige, to dye in our jets", "cotton_jersey_fabric")],
    ),
    sme(
        32,
        "th",
        "โรงย้อมสีธรรมชาติ ดอยสะเก็ด",
        HN,
        MID,
        "Chiang Mai",
        "doisaket.dye@gmail.com",
        [
            o("ผ้าฝ้ายย้อมเปลือกไม้ ครั่ง ใบสัก", "natural_dyed_cotton_fabric"),
            o("รับย้อมสีธรรมชาติ ผ้าหรือด้ายของลูกค้า", "natural_dyeing_service"),
        ],
        [n("ผ้าฝ้ายดิบยังไม่ฟอก", "greige_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        33,
        "en",
        "Pa Sang Handloom Group",
        HN,
        MID,
        "Lamphun",
        "pasang.loom@gmail.com",
        [
            o("Handwoven cotton, unbleached, 100 cm", "greige_cotton_fabric"),
            o("Teen jok handwoven cotton panels", "handwoven_cotton_fabric"),
        ],
        [n("hand-spun cotton yarn, natural colour", "handspun_cotton_yarn")],
    ),
    sme(
        34,
        "th",
        "โรงทอผ้าดิบอ้อมน้อย",
        AC,
        MID,
        "Samut Sakhon",
        "omnoi.weaving@gmail.com",
        [
            o("ผ้าดิบทอเครื่อง หน้า 63 นิ้ว ขายเป็นพับ", "greige_cotton_fabric"),
            o("ผ้าสาลู 2 ชั้น", "cotton_gauze_fabric"),
        ],
        [n("ด้ายฝ้าย 20s", "cotton_yarn")],
    ),
    sme(
        35,
        "en",
        "Chonnabot Weaving Enterprise",
        AI,
        MID,
        "Khon Kaen",
        "chonnabot.weave@gmail.com",
        [
            o("Handwoven pha khao ma, checked cotton", "pha_khao_ma"),
            o("Striped handwoven cotton, 1 m wide", "handwoven_cotton_fabric"),
        ],
        [n("dye our cotton yarn in bright colours", "commission_dyeing_service")],
        certs=("OTOP",),
    ),
    sme(
        36,
        "th",
        "ห้องเย็บป้าแดง",
        AC,
        MID,
        "Nonthaburi",
        "padaeng.sewing@gmail.com",
        [o("รับตัดเย็บตามแบบ ผ้าลูกค้า ขั้นต่ำ 50 ตัว", "cut_and_sew_service")],
        [u("จักรโพ้งมือสอง", "no one sells sewing machines")],
    ),
    sme(
        37,
        "en",
        "Bangkok CMT Garments",
        AC,
        MID,
        "Bangkok",
        "cmt@bkkgarments.co.th",
        [
            o("CMT sewing, knit and woven, MOQ 300 pcs", "cut_and_sew_service"),
            o("Cutting waste, cotton/poly mix, per bag", "mixed_cutting_scraps"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        38,
        "th",
        "กลุ่มแม่บ้านตัดเย็บบ้านไผ่",
        AI,
        MID,
        "Khon Kaen",
        "banphai.sew@gmail.com",
        [
            o("รับเย็บผ้าอ้อมซักได้ ลูกค้าส่งผ้ามาเอง", "cut_and_sew_service"),
            o("เศษผ้าฝ้ายตัดเหลือ ขายเหมา", "cotton_cutting_scraps"),
        ],
        [n("อยากได้ผ้าสาลูพับใหญ่ ไว้เย็บผ้าอ้อม", "cotton_gauze_fabric")],
    ),
    sme(
        39,
        "en",
        "Silver Shield Finishing",
        SP,
        MID,
        "Pathum Thani",
        "finish@silvershield.co.th",
        [o("Antibacterial silver finish on your fabric, per metre", "antibacterial_finishing_service")],
        [],
    ),
    sme(
        40,
        "th",
        "สะอาดใส ลอนดรี้",
        AC,
        MID,
        "Nonthaburi",
        "sa-ard-sai.laundry@gmail.com",
        [o("ซักแผ่นรองซับ ผ้าอ้อมผ้า ให้บ้านพักคนชรา รับส่งถึงที่", "laundry_service")],
        [u("ผงซักฟอกอุตสาหกรรม ฆ่าเชื้อ", "no detergent supplier")],
    ),
    sme(
        41,
        "en",
        "Isan Linen Care",
        AI,
        MID,
        "Udon Thani",
        "service@isanlinen.co.th",
        [o("Hospital linen and reusable underpad laundering", "laundry_service")],
        [],
    ),
    sme(
        42,
        "th",
        "หจก. รีไซเคิลผ้าฝ้ายนครปฐม",
        CT,
        UP,
        "Nakhon Pathom",
        "recyclecotton.npt@gmail.com",
        [o("ด้ายรีไซเคิลจากเศษผ้ายีนส์", "recycled_cotton_yarn")],
        [n("เศษผ้าฝ้ายล้วน ไม่ปนโพลี", "cotton_cutting_scraps"), n("ผ้าปูเตียงเก่าจากโรงพยาบาล", "used_cotton_linen")],
        bcg=("circular",),
    ),
    sme(
        43,
        "en",
        "Songkhla Batik House",
        HN,
        MID,
        "Songkhla",
        "batik@songkhlabatik.com",
        [o("Hand-drawn batik on cotton, 2 m pieces", "batik_fabric")],
        [n("white cotton cloth for batik", "greige_cotton_fabric")],
    ),
    # ----- downstream: makers of continence goods
    sme(
        44,
        "th",
        "หจก. ผ้ายางรองนอนพระประแดง",
        AC,
        DOWN,
        "Samut Prakan",
        "phrapradaeng.pad@gmail.com",
        [o("ผ้ายางรองที่นอนกันน้ำ แบบรัดมุม", "waterproof_mattress_protector")],
        [
            n("ผ้าเคลือบกันน้ำ PUL หรือเคลือบ TPU", "pul_fabric"),
            n("ผ้ายืดคอตตอนเจอร์ซีย์ ด้านสัมผัสผิว", "cotton_jersey_fabric"),
        ],
    ),
    sme(
        45,
        "en",
        "ComfortAge Hygiene Co., Ltd.",
        AC,
        DOWN,
        "Pathum Thani",
        "purchasing@comfortage.co.th",
        [
            o("Adult tape diapers M/L/XL, 10 pcs/pack", "disposable_adult_diaper"),
            o("Night pull-up pants, size L", "disposable_pull_up_pants"),
        ],
        [
            n("fluff pulp, FSC not required", "fluff_pulp", waive=("FSC",)),
            n("SAP granules", "superabsorbent_polymer"),
            n("hydrophilic topsheet nonwoven", "nonwoven_fabric"),
        ],
        certs=("Thai FDA", "ISO 13485", "ISO 9001"),
    ),
    sme(
        46,
        "th",
        "บริษัท แคร์พลัสไทย จำกัด",
        AC,
        DOWN,
        "Samut Sakhon",
        "careplus.thai@gmail.com",
        [o("ผ้าอ้อมผู้ใหญ่แบบเทป ยกลัง", "disposable_adult_diaper"), o("แผ่นรองซับ 60x90 ซม.", "disposable_underpad")],
        [n("เยื่อกระดาษปุย (fluff pulp)", "fluff_pulp"), n("ผ้าไม่ทอ PP", "nonwoven_fabric")],
        certs=("Thai FDA",),
    ),
    sme(
        47,
        "en",
        "Korat Absorbent Products",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        "sales@koratabsorb.co.th",
        [
            o("Disposable underpads 45x70, 30 pcs", "disposable_underpad"),
            o("Booster liner pads for diapers", "incontinence_liner"),
        ],
        [
            n("airlaid absorbent core sheets", "absorbent_core"),
            u("consultant for medical device registration", "no consultancy in the set"),
        ],
    ),
    sme(
        48,
        "th",
        "นุ่มใจ กางเกงซึมซับซักได้",
        AC,
        DOWN,
        "Bangkok",
        "numjai.pants@gmail.com",
        [o("กางเกงซึมซับซักได้ ผู้สูงอายุ ไซส์ S-XXL", "washable_incontinence_pants")],
        [
            n("ผ้า PUL ต้องผ่าน OEKO-TEX", "pul_fabric", req=("OEKO-TEX Standard 100",)),
            n("ผ้าขนหนูใยไผ่ 3 ชั้น", "bamboo_terry_fabric"),
            n("กระดุมแป๊กพลาสติก", "snap_fasteners"),
        ],
    ),
    sme(
        49,
        "en",
        "Dignity Wear Thailand",
        AC,
        DOWN,
        "Nonthaburi",
        "hello@dignitywear.co.th",
        [
            o("Washable incontinence briefs, men and women", "washable_incontinence_pants"),
            o("Reusable bed pads 90x120 with tuck-in wings", "washable_bed_pad"),
        ],
        [
            n("bamboo absorbent fabric", "bamboo_terry_fabric", "bamboo_fleece_fabric"),
            n("waterproof laminate", "pul_fabric"),
            n("CMT for 2,000 briefs a month", "cut_and_sew_service"),
        ],
    ),
    sme(
        50,
        "th",
        "วิสาหกิจชุมชนผ้าอ้อมผ้าบ้านโนนสวรรค์",
        AI,
        DOWN,
        "Roi Et",
        "nonsawan.pha@gmail.com",
        [o("ผ้าอ้อมผ้าสาลู ผู้ใหญ่ แบบผูก", "washable_cloth_diaper"), o("ผ้ารองซับทอมือ ซักได้", "washable_bed_pad")],
        [n("ผ้าสาลูเป็นพับ", "cotton_gauze_fabric")],
        certs=("OTOP",),
    ),
    sme(
        51,
        "en",
        "SleepDry Homecare",
        AC,
        DOWN,
        "Chachoengsao",
        "sales@sleepdry.co.th",
        [
            o("Waterproof mattress protector, fitted", "waterproof_mattress_protector"),
            o("Washable underpad 4-layer 85x90", "washable_bed_pad"),
        ],
        [
            n("TPU film rolls", "tpu_film"),
            n("microfibre top layer", "microfibre_fabric"),
            n("terry for absorbent layer", "cotton_terry_fabric", "bamboo_terry_fabric"),
        ],
    ),
    sme(
        52,
        "th",
        "ร้านผ้ารองกันเปื้อนเวียงพิงค์",
        AC,
        DOWN,
        "Chiang Mai",
        "wiangping.pad@gmail.com",
        [o("ผ้ารองกันเปื้อนผู้ป่วยติดเตียง ฝ้าย 4 ชั้น", "washable_bed_pad")],
        [
            n("ผ้าฝ้ายทอมือ ลายเรียบ", "handwoven_cotton_fabric"),
            n("มีใครรับเคลือบกันน้ำผ้าของเราไหม", "lamination_service"),
        ],
    ),
    sme(
        53,
        "en",
        "Silver Ease Apparel",
        AC,
        DOWN,
        "Bangkok",
        "studio@silverease.co.th",
        [
            o("Open-back adaptive shirts for bedridden elders", "adaptive_clothing"),
            o("Magnetic-button cotton trousers", "adaptive_clothing"),
        ],
        [
            n("soft cotton jersey", "cotton_jersey_fabric"),
            n("hook-and-loop tape", "hook_loop_tape"),
            u("seam sealing tape for waterproof seams", "no seam tape supplier"),
        ],
    ),
    sme(
        54,
        "th",
        "กระเป๋าผ้าครามแม่นิด",
        AI,
        DOWN,
        "Sakon Nakhon",
        "maenid.kram@gmail.com",
        [o("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "tote_bag")],
        [n("ผ้าย้อมครามเป็นเมตร ไม่ต้องมีโอทอป", "indigo_dyed_cotton_fabric", waive=("OTOP",))],
    ),
    sme(
        55,
        "en",
        "Indigo Trail Crafts",
        HN,
        DOWN,
        "Phrae",
        "shop@indigotrail.com",
        [o("Tote bags of handwoven cotton, hom-dyed", "tote_bag")],
        [n("someone to indigo-dye our handwoven cloth", "indigo_dyeing_service")],
    ),
    # ----- downstream: care homes, hospitals, pharmacies, shops
    sme(
        56,
        "en",
        "Golden Years Nursing Home",
        AC,
        DOWN,
        "Nonthaburi",
        "admin@goldenyears.co.th",
        [o("Long-term nursing care, 40 beds", "elderly_care_service")],
        [
            n("tape diapers size L", "disposable_adult_diaper"),
            n("pad and linen laundry pick-up", "laundry_service"),
            n("bed sheets for 40 beds", "hospital_bed_sheet"),
        ],
    ),
    sme(
        57,
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ เรสซิเดนซ์",
        AC,
        DOWN,
        "Chiang Mai",
        "sukjai.residence@gmail.com",
        [o("ดูแลผู้สูงอายุรายเดือน", "elderly_care_service")],
        [
            n("แพมเพิสผู้ใหญ่แบบกางเกง", "disposable_pull_up_pants"),
            n("ผ้ายางรองที่นอน", "waterproof_mattress_protector"),
        ],
    ),
    sme(
        58,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านอุ่นไอรัก",
        AI,
        DOWN,
        "Khon Kaen",
        "unairak.care@gmail.com",
        [],
        [
            n("ผ้าอ้อมผู้ใหญ่ราคาส่ง", "disposable_adult_diaper", "disposable_pull_up_pants"),
            n("ชุดผู้ป่วยแบบเปิดหลัง", "adaptive_clothing", "patient_gown"),
        ],
    ),
    sme(
        59,
        "en",
        "Andaman Elder Care",
        AC,
        DOWN,
        "Phuket",
        "care@andamanelder.com",
        [],
        [
            n("reusable incontinence pants for residents", "washable_incontinence_pants"),
            n("disposable bed pads, box of 30", "disposable_underpad"),
        ],
    ),
    sme(
        60,
        "th",
        "โรงพยาบาลศรีสะเกษเวชการ",
        AI,
        DOWN,
        "Sisaket",
        "purchase@sskwechakarn.co.th",
        [o("ผ้าปูเตียงเก่าปลดระวาง ขายเหมา", "used_cotton_linen")],
        [
            n("แผ่นรองซับใช้ครั้งเดียว ต้องมี อย.", "disposable_underpad", req=("Thai FDA",)),
            n("ผ้าปูเตียงผู้ป่วย", "hospital_bed_sheet"),
        ],
    ),
    sme(
        61,
        "en",
        "Bangkok Rehab Hospital",
        AC,
        DOWN,
        "Bangkok",
        "supply@bkkrehab.co.th",
        [],
        [
            n("ISO 13485 adult diapers", "disposable_adult_diaper", req=("ISO 13485",)),
            n("patient bed sheets, cotton", "hospital_bed_sheet"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        62,
        "th",
        "ร้านขายยาเภสัชใจดี",
        AI,
        DOWN,
        "Udon Thani",
        "phesatjaidee@gmail.com",
        [o("ปรึกษาเภสัชกร จัดยาผู้สูงอายุ", "pharmacy_service")],
        [n("แผ่นเสริมซึมซับ ใส่ในผ้าอ้อม", "incontinence_liner"), n("ทิชชู่เปียกผู้ใหญ่", "adult_wet_wipes")],
    ),
    sme(
        63,
        "en",
        "Thai Hospital Textiles",
        AC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "sales@thaihospitex.co.th",
        [
            o("Hospital bed sheets, cotton-poly, 100 pcs min", "hospital_bed_sheet"),
            o("Patient gowns, tie back", "patient_gown"),
        ],
        [
            n("greige cotton sheeting", "greige_cotton_fabric"),
            u(
                "OCS organic cotton sheeting",
                "organic cloth exists but no OCS holder",
                "organic_cotton_fabric",
                req=("OCS",),
            ),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        64,
        "th",
        "บริษัท ไวพ์แคร์ จำกัด",
        AC,
        DOWN,
        "Nonthaburi",
        "wipecare.th@gmail.com",
        [o("ทิชชู่เปียกเช็ดตัวผู้ใหญ่ แผ่นใหญ่", "adult_wet_wipes")],
        [u("ผ้าสปันเลซสำหรับทำทิชชู่เปียก", "no spunlace maker in the set")],
        certs=("Thai FDA",),
    ),
    sme(
        65,
        "en",
        "Ubon Health Pharmacy",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "shop@ubonhealth.co.th",
        [],
        [
            n("adult pull-ups, M and L", "disposable_pull_up_pants"),
            n("washable pants for light leaks", "washable_incontinence_pants"),
        ],
    ),
    sme(
        66,
        "th",
        "วิสาหกิจชุมชนผ้าห่มรีไซเคิลนางรอง",
        CT,
        DOWN,
        "Buriram",
        "nangrong.blanket@gmail.com",
        [o("ผ้าห่มนวมไส้ใยรีไซเคิล", "recycled_blanket")],
        [n("ใยโพลีรีไซเคิล ใส่ไส้ผ้าห่ม", "recycled_polyester_fibre")],
        bcg=("circular",),
    ),
    sme(
        67,
        "th",
        "ร้านของฝากผ้าพื้นเมืองสุรินทร์",
        AI,
        DOWN,
        "Surin",
        "surin.pha@gmail.com",
        [o("ผ้าขาวม้าลายตาราง ขายปลีก", "pha_khao_ma")],
        [n("ผ้าขาวม้าทอมือ ส่งร้าน", "pha_khao_ma"), n("ย่ามผ้าฝ้าย", "tote_bag")],
    ),
    sme(
        68,
        "en",
        "ReWeave Studio",
        CT,
        MID,
        "Bangkok",
        "studio@reweave.co.th",
        [o("Upcycled patchwork bags from hotel linen", "tote_bag")],
        [n("Recycled cotton yarn, any count", "recycled_cotton_yarn")],
        bcg=("circular",),
    ),
    sme(
        69,
        "th",
        "ร้านเครื่องมือแพทย์ศาลายา",
        AC,
        DOWN,
        "Nakhon Pathom",
        "salaya.med@gmail.com",
        [o("จำหน่ายเตียงผู้ป่วย รถเข็น", "medical_equipment_retail")],
        [n("underpad แบบใช้แล้วทิ้ง ยกลัง", "disposable_underpad")],
    ),
    sme(
        70,
        "th",
        "กลุ่มทอผ้าใยกัญชงบ้านป่ากลาง",
        HN,
        MID,
        "Nan",
        "pakklang.hemp@gmail.com",
        [o("ผ้าทอใยกัญชงล้วน หน้า 80 ซม.", "hemp_fabric")],
        [n("ด้ายกัญชง", "hemp_yarn"), n("ด้ายผสมกัญชงกับฝ้าย", "hemp_cotton_yarn")],
        bcg=("bio",),
    ),
    sme(
        71,
        "en",
        "Hemp & Home Chiang Mai",
        HN,
        DOWN,
        "Chiang Mai",
        "hello@hempandhome.com",
        [o("Hemp-cotton washable bed pads", "washable_bed_pad")],
        [
            n("we would love to find hemp cloth by the metre", "hemp_fabric"),
            n("GOTS organic cotton yarn", "organic_cotton_yarn", req=("GOTS",)),
        ],
        bcg=("bio",),
    ),
    sme(
        72,
        "th",
        "วิสาหกิจชุมชนหมอนขิดยโสธร",
        AI,
        DOWN,
        "Yasothon",
        "yasothon.khit@gmail.com",
        [o("หมอนขิด หมอนสามเหลี่ยม ยัดนุ่น", "khit_pillow")],
        [n("นุ่น", "kapok_fibre"), n("ผ้าทอลายขิด", "handwoven_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        73,
        "th",
        "สารคามฟาร์มา",
        AI,
        DOWN,
        "Maha Sarakham",
        "sarakham.pharma@gmail.com",
        [],
        [
            n("ผ้าอ้อมเทป เทียบเท่าเซอร์เทนตี้", "disposable_adult_diaper"),
            n("แผ่นเสริมซึมซับ แบบ booster", "incontinence_liner"),
        ],
    ),
    sme(
        74,
        "en",
        "Mekong Home Nursing",
        AI,
        DOWN,
        "Nakhon Phanom",
        "nurse@mekonghome.org",
        [o("Home nursing visits", "elderly_care_service")],
        [
            n("cloth nappies for elderly", "washable_cloth_diaper"),
            n("laundry service for reusable pads", "laundry_service"),
        ],
    ),
    sme(
        75,
        "th",
        "บริษัท ผ้าเคลือบนวนคร จำกัด",
        SP,
        MID,
        "Pathum Thani",
        "navanakorn.coat@gmail.com",
        [o("ผ้าเคลือบ PU กันน้ำ ผ่าน OEKO-TEX", "pul_fabric")],
        [n("ผ้าโพลีเอสเตอร์ถักอินเตอร์ล็อค", "polyester_knit_fabric")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        76,
        "th",
        "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุชัยภูมิ",
        AI,
        DOWN,
        "Chaiyaphum",
        "cyp.elder@gmail.com",
        [],
        [
            n("ผ้ารองซับซักได้ 50 ผืน", "washable_bed_pad"),
            n("กางเกงผ้าอ้อม ซักได้", "washable_incontinence_pants"),
            u("ถุงมือยางไนไตรล์", "no glove supplier"),
        ],
    ),
    sme(
        77,
        "en",
        "Riverside Senior Living",
        AC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "ops@riversidesenior.co.th",
        [o("Assisted living rooms", "elderly_care_service")],
        [u("bedside commode chairs", "no furniture supplier"), n("adult wipes", "adult_wet_wipes")],
    ),
    sme(
        78,
        "th",
        "ร้านรับเย็บผ้ารองซับบางบัวทอง",
        AC,
        MID,
        "Nonthaburi",
        "bangbuathong.sew@gmail.com",
        [o("รับเย็บผ้ารองซับ ตามแบบลูกค้า", "cut_and_sew_service")],
        [n("ผ้าเทอร์รี่ฝ้าย", "cotton_terry_fabric"), n("ผ้าไมโครไฟเบอร์", "microfibre_fabric")],
    ),
    sme(
        79,
        "en",
        "ActiveDry Sportswear",
        SP,
        DOWN,
        "Bangkok",
        "team@activedry.co.th",
        [o("Running shorts with built-in leak-proof liner", "leakproof_sports_shorts")],
        [
            n("rPET fibre with GRS", "recycled_polyester_fibre", req=("GRS",)),
            n("antimicrobial finish for our knit", "antibacterial_finishing_service"),
        ],
    ),
    sme(
        80,
        "th",
        "กลุ่มผ้าฝ้ายหมักโคลนบ้านโพน",
        AI,
        MID,
        "Kalasin",
        "banphon.mud@gmail.com",
        [o("ผ้าฝ้ายหมักโคลน ย้อมสีธรรมชาติ", "natural_dyed_cotton_fabric")],
        [n("ฝ้ายเข็นมือ เส้นเล็ก", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        81,
        "en",
        "Khon Kaen Hospital Supplies Co.",
        AI,
        DOWN,
        "Khon Kaen",
        "buy@kkhospsupply.co.th",
        [],
        [
            n("underpads, Thai FDA registered", "disposable_underpad", req=("Thai FDA",)),
            n("adult diapers, no ISO 13485 needed", "disposable_adult_diaper", waive=("ISO 13485",)),
        ],
    ),
    sme(
        82,
        "th",
        "ร้านเสื้อผ้าฝ้ายผู้สูงวัยเชียงราย",
        HN,
        DOWN,
        "Chiang Rai",
        "cr.elderwear@gmail.com",
        [o("เสื้อผ้าฝ้ายผ่าหน้า ใส่ง่าย สำหรับผู้สูงวัย", "easy_wear_elderly_clothing")],
        [
            n("ผ้าฝ้ายย้อมสีธรรมชาติเท่านั้น ไม่เอาสีเคมี", "natural_dyed_cotton_fabric", "indigo_dyed_cotton_fabric"),
            u("กระดุมแม่เหล็ก", "no magnetic button supplier"),
        ],
    ),
    sme(
        83,
        "th",
        "ร้านเวชภัณฑ์มือสองปันกัน",
        CT,
        DOWN,
        "Bangkok",
        "pankan.secondhand@gmail.com",
        [o("กางเกงซึมซับซักได้มือสอง ซักฆ่าเชื้อแล้ว", "used_washable_incontinence_pants")],
        [n("รับซักฆ่าเชื้อ", "laundry_service")],
        bcg=("circular",),
    ),
    sme(
        84,
        "th",
        "มูลนิธิผู้สูงอายุริมโขง",
        AI,
        DOWN,
        "Nong Khai",
        "rimkhong.found@gmail.com",
        [],
        [
            n("กางเกงซึมซับมือสอง สภาพดี", "used_washable_incontinence_pants"),
            n("ผ้าห่มสำหรับผู้สูงอายุ", "recycled_blanket"),
        ],
    ),
    sme(
        85,
        "en",
        "EcoSpin Recycled Yarns",
        CT,
        UP,
        "Samut Prakan",
        "sales@ecospin.co.th",
        [o("Recycled cotton/rPET blend yarn Ne 12, GRS", "recycled_blend_yarn")],
        [
            n("pre-consumer cotton cutting waste", "cotton_cutting_scraps"),
            u(
                "RCS-certified recycled polyester",
                "rPET exists but no RCS holder",
                "recycled_polyester_fibre",
                req=("RCS",),
            ),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        86,
        "th",
        "บ้านพักคนชราแม่กลอง",
        AC,
        DOWN,
        "Samut Songkhram",
        "maeklong.elder@gmail.com",
        [],
        [
            n("ซักผ้ารองซับ สัปดาห์ละ 2 ครั้ง", "laundry_service"),
            n("ผ้าอ้อมแบบกางเกง", "disposable_pull_up_pants"),
            u("ที่นอนลม ป้องกันแผลกดทับ", "no air mattress supplier"),
        ],
    ),
    sme(
        87,
        "en",
        "Northern Organic Weavers",
        HN,
        MID,
        "Chiang Mai",
        "weave@northernorganic.com",
        [o("GOTS organic cotton cloth, handwoven", "organic_cotton_fabric")],
        [n("Organic cotton yarn, GOTS-certified", "organic_cotton_yarn", req=("GOTS",))],
        certs=("GOTS",),
    ),
    sme(
        88,
        "th",
        "ผ้าอ้อมออร์แกนิกใจดี",
        AC,
        DOWN,
        "Bangkok",
        "jaidee.organic@gmail.com",
        [o("ผ้าอ้อมผ้าผู้ใหญ่ ผ้าฝ้ายออร์แกนิก", "washable_cloth_diaper")],
        [
            n("ผ้าฝ้ายออร์แกนิก ได้ GOTS", "organic_cotton_fabric", req=("GOTS",)),
            u("ผ้า PUL ที่ได้ GOTS", "PUL exists but no GOTS holder", "pul_fabric", req=("GOTS",)),
        ],
    ),
    sme(
        89,
        "en",
        "Udon Care Mart",
        AI,
        DOWN,
        "Udon Thani",
        "shop@udoncaremart.com",
        [],
        [
            n("pull-up diapers", "disposable_pull_up_pants"),
            n("wet wipes for adults, Halal not required", "adult_wet_wipes", waive=("Halal",)),
        ],
    ),
    sme(
        90,
        "th",
        "บริษัท ไฮจีนิคคอร์ จำกัด",
        SP,
        MID,
        "Chonburi",
        "hygieniccore@gmail.com",
        [o("แกนซึมซับ เยื่อฟลัฟผสม SAP สำเร็จรูป", "absorbent_core")],
        [n("เยื่อฟลัฟม้วน ต้องมี FSC", "fluff_pulp", req=("FSC",))],
    ),
    sme(
        91,
        "th",
        "โรงพยาบาลอุบลรักษ์",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "purchase@ubonrak.co.th",
        [o("ผ้าขนหนูเก่า ผ้าปูเก่า", "used_cotton_linen")],
        [
            n("ผ้าอ้อมผู้ใหญ่ มี อย.", "disposable_adult_diaper", req=("Thai FDA",)),
            n("ผ้าปูเตียงคนไข้ สีฟ้า", "hospital_bed_sheet"),
        ],
    ),
    sme(
        92,
        "en",
        "Surat Kapok Traders",
        HN,
        UP,
        "Surat Thani",
        "kapok@surattraders.com",
        [o("Kapok fibre, cleaned, 20 kg sacks", "kapok_fibre")],
        [],
    ),
    sme(
        93,
        "th",
        "ร้านขายยาตรังเภสัช",
        AC,
        DOWN,
        "Trang",
        "trangphesat@gmail.com",
        [],
        [
            n("แพมเพิสผู้ใหญ่ ไซส์ XL", "disposable_adult_diaper", "disposable_pull_up_pants"),
            n("แผ่นรองซับ ไม่จำเป็นต้องมี มอก.", "disposable_underpad", waive=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        94,
        "en",
        "Mekong Elders Day Centre",
        AI,
        DOWN,
        "Mukdahan",
        "daycentre@mekongelders.org",
        [],
        [
            n("Where can we buy reusable leak-proof briefs for grandpa?", "washable_incontinence_pants"),
            u("physiotherapy mats", "no mat supplier"),
        ],
    ),
    sme(
        95,
        "th",
        "กลุ่มผ้าบาติกเมืองนคร",
        HN,
        DOWN,
        "Nakhon Si Thammarat",
        "nakhon.batik@gmail.com",
        [o("ผ้าปาเต๊ะ ผ้าถุงบาติกสำเร็จรูป", "batik_sarong")],
        [
            n("ผ้าฝ้ายขาวสำหรับเขียนเทียน", "greige_cotton_fabric"),
            n("รับย้อมสีผ้าที่เขียนเทียนแล้ว", "commission_dyeing_service"),
        ],
    ),
]


# ---------------------------------------------------------------------------------------------- logic

EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL = re.compile(r"^[a-z][a-z0-9_]*$")
THAI = re.compile("[\u0e00-\u0e7f]")


def load_taxonomy() -> ModuleType:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module("shared.taxonomy")


def by_id() -> dict[str, Profile]:
    return {p.id: p for p in PROFILES}


def qualified(need: Need, supplier: Profile, tx: ModuleType) -> bool:
    certs = tx.canonical_certifications(supplier.certifications)
    return any(offer.label in need.labels for offer in supplier.offers) and set(need.req) <= certs


def suppliers_of(need: Need, buyer: Profile, tx: ModuleType) -> list[str]:
    return [s.id for s in PROFILES if s.id != buyer.id and qualified(need, s, tx)]


def true_links(tx: ModuleType) -> list[tuple[str, str]]:
    pairs = {(s, b.id) for b in PROFILES for need in b.needs for s in suppliers_of(need, b, tx)}
    return sorted(pairs)


def script_ok(text: str, language: str) -> bool:
    letters = [c for c in text if c.isalpha() or THAI.match(c)]
    if language == "en":
        return not THAI.search(text) and all(ord(c) < 0x250 for c in letters)
    thai = sum(1 for c in letters if THAI.match(c))
    return bool(letters) and thai / len(letters) >= 0.5


def mentions(text: str, cert: str, tx: ModuleType) -> bool:
    """Whether `text` names certification `cert` at all, affirmed or negated."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    for c in tx.CERTIFICATIONS:
        if c.name != cert:
            continue
        words = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
        if any(unicodedata.normalize("NFKC", w).casefold() in norm for w in words):
            return True
        return any(re.search(p, unicodedata.normalize("NFKC", text)) for p in c.patterns)
    return False


def check(tx: ModuleType) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in PROFILES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids must run bcv-001 .. bcv-095 in order, each once")
    sub_clusters = {str(v) for v in tx.SubCluster}
    stages = {str(v) for v in tx.Stage}
    bcg_tags = {str(v) for v in tx.BcgTag}
    offered: dict[str, set[str]] = {}
    for p in PROFILES:
        for offer in p.offers:
            offered.setdefault(offer.label, set()).add(p.id)
    for p in PROFILES:
        where = p.id
        if p.language not in tx.LANGUAGES:
            errors.append(f"{where}: language {p.language!r}")
        if p.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {p.sub_cluster!r}")
        if p.stage not in stages:
            errors.append(f"{where}: stage {p.stage!r}")
        province = tx.resolve_province(p.province)
        if province is None or province.name_en != p.province:
            errors.append(f"{where}: province {p.province!r} is not a canonical English name")
        for cert in p.certifications:
            if tx.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(p.certifications)) != len(p.certifications):
            errors.append(f"{where}: repeated certification")
        if not set(p.bcg) <= bcg_tags or len(set(p.bcg)) != len(p.bcg):
            errors.append(f"{where}: bcg {p.bcg!r}")
        if not EMAIL.match(p.email):
            errors.append(f"{where}: email {p.email!r}")
        if not p.name.strip():
            errors.append(f"{where}: empty name")
        if len(p.offers) > 3 or len(p.needs) > 3 or not (p.offers or p.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        texts = [p.name, *(x.text for x in p.offers), *(x.text for x in p.needs)]
        for text in texts:
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: untidy text {text!r}")
            if not script_ok(text, p.language):
                errors.append(f"{where}: {text!r} is not written in {p.language}")
        for text in [x.text for x in p.offers] + [x.text for x in p.needs]:
            if len(text) > 80:
                errors.append(f"{where}: phrase too long for a registry entry: {text!r}")
        if len({x.text for x in p.offers}) != len(p.offers) or len({x.text for x in p.needs}) != len(p.needs):
            errors.append(f"{where}: repeated phrase")
        held = tx.canonical_certifications(p.certifications)
        for offer in p.offers:
            if not LABEL.match(offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
            claimed = tx.find_certifications(offer.text)
            if not claimed <= held:
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed - held)} not held")
        for need in p.needs:
            label = f"{where}: need {need.text!r}"
            for lab in need.labels:
                if not offered.get(lab, set()) - {p.id}:
                    errors.append(f"{label}: label {lab!r} is offered by no one else")
            if not need.labels and not need.unmet:
                errors.append(f"{label}: lists no labels")
            asked = tx.find_certifications(need.text)
            if asked != set(need.req):
                errors.append(f"{label}: text asks for {sorted(asked)}, data requires {sorted(need.req)}")
            for cert in need.req + need.waive:
                if tx.resolve_certification(cert) != cert:
                    errors.append(f"{label}: certification {cert!r} is not canonical")
            for cert in need.waive:
                if cert in asked or not mentions(need.text, cert, tx):
                    errors.append(f"{label}: waived {cert!r} must be named and negated in the text")
                if cert in need.req:
                    errors.append(f"{label}: {cert!r} both required and waived")
            found = suppliers_of(need, p, tx)
            if need.unmet and found:
                errors.append(f"{label}: marked unmet but met by {found}")
            if not need.unmet and not found:
                errors.append(f"{label}: met by no one; mark it unmet with a note")
    errors += check_targets(tx)
    return errors


def check_targets(tx: ModuleType) -> list[str]:
    errors: list[str] = []
    c = counts(tx)
    share_th = c["th"] / c["profiles"]
    if not 0.50 <= share_th <= 0.60:
        errors.append(f"Thai share {share_th:.2f} is not about 55 %")
    if not 160 <= c["links"] <= 180:
        errors.append(f"{c['links']} true links; target 160-180")
    if not 0.40 <= c["cross_share"] <= 0.60:
        errors.append(f"cross-language share {c['cross_share']:.2f}; target about half")
    if not 17 <= c["needs_unmet"] <= 23:
        errors.append(f"{c['needs_unmet']} unmet needs; target about 20")
    met = [k for k in c["suppliers_per_need"] if k > 0]
    few = sum(1 for k in met if k <= 3)
    if few < 0.6 * len(met) or not any(k > 3 for k in met):
        errors.append(f"suppliers per met need {sorted(Counter(met).items())}: want mostly 1-3, some more")
    for sub in tx.SubCluster:
        if c["per_sub_cluster"].get(str(sub), 0) < 5:
            errors.append(f"sub-cluster {sub} has fewer than 5 profiles")
    return errors


def counts(tx: ModuleType) -> dict:
    profiles = by_id()
    links = true_links(tx)
    lang = {p.id: p.language for p in PROFILES}
    th_en = sum(1 for s, b in links if lang[s] == "th" and lang[b] == "en")
    en_th = sum(1 for s, b in links if lang[s] == "en" and lang[b] == "th")
    needs = [(p, need) for p in PROFILES for need in p.needs]
    return {
        "profiles": len(PROFILES),
        "th": sum(1 for p in PROFILES if p.language == "th"),
        "en": sum(1 for p in PROFILES if p.language == "en"),
        "per_sub_cluster": Counter(p.sub_cluster for p in PROFILES),
        "per_stage": Counter(p.stage for p in PROFILES),
        "per_region": Counter(str(tx.resolve_province(p.province).region) for p in PROFILES),
        "provinces": len({p.province for p in PROFILES}),
        "offers": sum(len(p.offers) for p in PROFILES),
        "offer_labels": len({o.label for p in PROFILES for o in p.offers}),
        "needs": len(needs),
        "needs_met": sum(1 for _, need in needs if not need.unmet),
        "needs_unmet": sum(1 for _, need in needs if need.unmet),
        "needs_req": sum(1 for _, need in needs if need.req),
        "needs_waive": sum(1 for _, need in needs if need.waive),
        "suppliers_per_need": [len(suppliers_of(need, p, tx)) for p, need in needs],
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub_cluster": sum(1 for s, b in links if profiles[s].sub_cluster != profiles[b].sub_cluster),
    }


def counts_table(tx: ModuleType) -> str:
    c = counts(tx)
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai profiles", str(c["th"])),
        ("English profiles", str(c["en"])),
    ]
    rows += [(f"sub-cluster `{sub}`", str(c["per_sub_cluster"][str(sub)])) for sub in tx.SubCluster]
    rows += [(f"stage `{stage}`", str(c["per_stage"][str(stage)])) for stage in tx.Stage]
    rows += [(f"region `{region}`", str(c["per_region"][str(region)])) for region in tx.Region]
    met = sorted(Counter(k for k in c["suppliers_per_need"] if k > 0).items())
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met", str(c["needs_met"])),
        ("needs met by no one", str(c["needs_unmet"])),
        ("needs requiring a certification", str(c["needs_req"])),
        ("needs waiving a certification", str(c["needs_waive"])),
        ("met needs by number of suppliers", ", ".join(f"{k}: {v}" for k, v in met)),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links", f"{c['th_en'] + c['en_th']} ({c['cross_share']:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub_cluster"])),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'measure'.ljust(width)} | count |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def render_profiles() -> str:
    lines = []
    for p in PROFILES:
        record = {
            "id": p.id,
            "name": p.name,
            "sub_cluster": p.sub_cluster,
            "stage": p.stage,
            "province": p.province,
            "offers": [x.text for x in p.offers],
            "needs": [x.text for x in p.needs],
            "certifications": list(p.certifications),
            "bcg": list(p.bcg),
            "contact_email": p.email,
            "language": p.language,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def render_links(tx: ModuleType) -> str:
    return "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in true_links(tx))


README = """\
# blind_plain_continence: plain registry phrases about continence care

A hand-labelled test set for partner matching. {profiles} SME profiles of the Health and Wellness
Economy cluster, themed on continence care for older people: adult diapers and pull-ups, washable
incontinence pants, bed pads and underpads, absorbent fabrics, fluff pulp and SAP, waterproof PUL and
TPU, laundering of reusable pads, and the care homes, hospitals, pharmacies and shops that buy them;
plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

## What it checks

Whether the matcher finds the true supplier-buyer pairs from wording it has never seen. Offers and
needs are short registry phrases (one per entry, 1-3 of each; some SMEs have only needs or only
offers), written in Thai (about 55 %) or English, with local and regional names, trade words, brand
names, abbreviations, quantities, prices and sizes. A need is usually worded differently from the
offers that meet it, and about half of the true links cross languages. The hard cases are:

- a service versus the goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed
  cloth; sewing for others versus finished pants or pads; laminating the customer's fabric versus PUL);
- waste and used goods versus new (cutting scraps, old hospital linen, second-hand washable pants);
- raw versus processed (hemp bast versus hemp yarn versus hemp cloth; cotton lint, yarn, cloth;
  shredded recycled fibre versus the scraps it is made from);
- finished goods described by material, colour or technique (a handwoven indigo cotton bag is a bag);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye");
- needs that require a named certification, and needs that name one only to waive it;
- needs that no one in the set meets.

## How it was written

By hand, by a writer who read only the contract for cluster profiles (JSONL version 1 and the links
CSV) and the project's shared taxonomy (sub-clusters, stages, BCG tags, provinces, certifications).
The writer saw no matcher code, glossary, tests, other evaluation sets or project data. All profiles,
phrases and labels are held in `write.py`.

## How a link is decided

Every offer carries a label saying what the thing is (for example `indigo_dyed_cotton_fabric` versus
`indigo_dyeing_service`). Every need lists the offer labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true
link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier's certifications hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link; what changes
what the thing is does. A waived certification ("FSC not required", "ไม่ต้องมีโอทอป") is not required.
Labels stay in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field (provinces through `resolve_province`,
certifications through `resolve_certification`, taxonomy values for sub-cluster, stage and BCG), that
each listed label is offered by someone other than the buyer, that each met need has a qualified
supplier and each unmet one has none, that required certifications are exactly those the need's text
asks for and waived ones are named but negated, that offers claim only certifications the SME holds,
that Thai phrases are mostly Thai letters and English ones Latin only, and the size targets. It writes
nothing if a check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_continence/write.py

Two runs give identical bytes.

## Files

- `write.py`: all data and labels; checks them and writes the files below.
- `profiles.jsonl`: the {profiles} profiles, cluster profiles JSONL version 1, ids `bcv-001` to `bcv-095`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted, no duplicates.
- `README.md`: this file.

## Counts

{table}"""


def render_readme(tx: ModuleType) -> str:
    return README.format(profiles=len(PROFILES), table=counts_table(tx))


def render_all(tx: ModuleType) -> dict[str, str]:
    return {
        "profiles.jsonl": render_profiles(),
        "links.csv": render_links(tx),
        "README.md": render_readme(tx),
    }


def main() -> int:
    tx = load_taxonomy()
    errors = check(tx)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(counts_table(tx), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    files = render_all(tx)
    if files != render_all(tx):
        print("error: two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(tx), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
