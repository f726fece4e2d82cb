"""Write the hand-labelled evaluation set `eval/blind_plain_filters/`.

Theme: filter and kitchen-process cloths (cheesecloth, nut-milk bags, coffee and tea socks, tea bags and
tea-bag paper, tofu and coconut-milk press cloths, filter press cloths, dust-collector bags, sieve cloths,
strainer bags) with the cafés, tofu and coconut-milk makers, food factories and mills that buy them, plus the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it and the
certifications its text requires, or is marked as met by no one. The labels live only in this file: the
profiles it writes carry none.

Run from the repository root:  .venv/bin/python eval/blind_plain_filters/write.py
It checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
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
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bfl"
N_PROFILES = 95
THAI_SHARE = (0.52, 0.58)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.42, 0.58)
UNMET_RANGE = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a note when no one in the set meets the need


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req` certification."""
    return Need(text, labels, req, waive)


def U(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req`, if given, are checked to find no supplier."""
    return Need(text, labels, req, waive, unmet=note)


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    mailbox: str
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


SMES: list[Sme] = []


def P(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    mailbox: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(num, language, name, sub_cluster, stage, province, mailbox, offers, needs, list(certs), list(bcg)))


# ------------------------------------------------------------------ data
# DATA-BEGIN
# --- upstream: fibre, yarn, waste, dye stuff

P(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
    HNF,
    UP,
    "Chiang Mai",
    "maesamai.hemp",
    offers=[("เส้นใยกัญชงลอกมือ แช่น้ำแล้ว มัดละ 1 กิโล", "hemp_fibre"), ("ด้ายกัญชงเข็นมือ สีธรรมชาติ เป็นไจ", "hemp_yarn")],
    needs=[U("อยากได้เครื่องเข็นด้ายมือสอง ราคาไม่แพง", "spinning equipment; no one in the set sells machines")],
    bcg=("bio",),
)
P(
    2,
    "en",
    "Khao Kho Hemp Fibre Co., Ltd.",
    HNF,
    UP,
    "Phetchabun",
    "sales.khaokhohemp",
    offers=[("degummed hemp fibre, 25 kg bales", "hemp_fibre"), ("hemp yarn Nm 10 / Nm 20 on cones", "hemp_yarn")],
    needs=[U("certified low-THC hemp seed for next season", "planting seed; no seed seller in the set")],
    certs=("Organic Thailand",),
    bcg=("bio",),
)
P(
    3,
    "th",
    "กลุ่มปลูกฝ้ายอินทรีย์ ด่านซ้าย",
    HNF,
    UP,
    "Loei",
    "dansai.cotton",
    offers=[("ฝ้ายหีบเมล็ดออกแล้ว กิโลละ 95 บาท", "raw_cotton_fibre"), ("ปุยฝ้ายตุ่น ฝ้ายพันธุ์พื้นเมืองเลย", "raw_cotton_fibre")],
    needs=[],
    certs=("Organic Thailand",),
    bcg=("bio",),
)
P(
    4,
    "th",
    "ฝ้ายเข็นมือ ป้าคำ เมืองน่าน",
    HNF,
    UP,
    "Nan",
    "pakham.nan",
    offers=[("ฝ้ายเข็นมือ สีขาวตุ่น เป็นไจ", "cotton_yarn")],
    needs=[N("ปุยฝ้ายสำหรับเข็นมือ ไม่ผ่านการฟอก", "raw_cotton_fibre")],
    certs=("OTOP",),
)
P(
    5,
    "en",
    "Isan Spinning Mill Ltd.",
    HNF,
    UP,
    "Khon Kaen",
    "sales.isanspin",
    offers=[
        ("combed cotton yarn Ne 20/1 and 30/1 on cones", "cotton_yarn"),
        ("comber noil and card fly in bales", "cotton_spinning_waste"),
    ],
    needs=[N("raw cotton lint, 20 t per lot", "raw_cotton_fibre")],
    certs=("GOTS", "OEKO-TEX Standard 100", "ISO 9001"),
)
P(
    6,
    "en",
    "Pak Nam Pho Cotton Gin",
    HNF,
    UP,
    "Nakhon Sawan",
    "gin.paknampho",
    offers=[
        ("ginned cotton lint, pressed bales of about 200 kg", "raw_cotton_fibre"),
        ("cotton seed for oil mills", "cotton_seed"),
    ],
    needs=[
        U(
            "seed cotton from contract farmers, 500 t a season",
            "unginned seed cotton; the growers in the set sell it ginned",
        )
    ],
)
P(
    7,
    "en",
    "Chumphon Abaca Growers",
    HNF,
    UP,
    "Chumphon",
    "abaca.chumphon",
    offers=[("abaca (Manila hemp) fibre, sun-dried, grade S2", "abaca_fibre")],
    needs=[],
    bcg=("bio",),
)
P(
    8,
    "th",
    "ร้านรับซื้อเศษผ้า มหาชัยรีไซเคิล",
    CT,
    UP,
    "Samut Sakhon",
    "mahachai.recycle",
    offers=[("เศษผ้ายืดคอตตอน คัดสีแล้ว จากโรงตัดเย็บ", "cotton_cutting_waste")],
    needs=[N("ผ้ากรองใช้แล้ว ถุงกรองฝุ่นเก่า รับซื้อทุกชนิด", "used_dust_bags", "used_press_cloth")],
    bcg=("circular",),
)
P(
    9,
    "en",
    "Rayong Recycled Fibre Co.",
    CT,
    UP,
    "Rayong",
    "info.rayongrf",
    offers=[("rPET staple fibre 6D x 51 mm, GRS certified", "recycled_polyester_fibre")],
    needs=[N("spent polyester filter bags from factories, any colour", "used_dust_bags")],
    certs=("GRS", "ISO 14001"),
    bcg=("circular", "green"),
)
P(
    10,
    "th",
    "โรงปั่นด้ายรีไซเคิล สามพราน",
    CT,
    UP,
    "Nakhon Pathom",
    "sampran.recycledyarn",
    offers=[("ด้ายรีไซเคิลจากเศษผ้า เบอร์ 8 ถึง 12", "recycled_cotton_yarn")],
    needs=[N("เศษผ้าฝ้ายล้วน สีขาวหรือสีอ่อน", "cotton_cutting_waste"), N("ขี้ฝ้ายจากโรงปั่น ใยสั้นก็รับ", "cotton_spinning_waste")],
    certs=("GRS",),
    bcg=("circular",),
)
P(
    11,
    "en",
    "Thai Textile Waste Exchange",
    CT,
    UP,
    "Bangkok",
    "desk.ttwx",
    offers=[("pre-consumer filter cloth offcuts, PP and PET, by the tonne", "filter_cloth_offcuts")],
    needs=[N("white cotton clips from cutting rooms", "cotton_cutting_waste")],
    bcg=("circular",),
)
P(
    12,
    "en",
    "Eastern Monofilament Co., Ltd.",
    SPT,
    UP,
    "Rayong",
    "sales.emono",
    offers=[
        ("nylon 6 monofilament 0.05-0.30 mm", "nylon_monofilament_yarn"),
        ("PET monofilament for filter fabrics", "polyester_monofilament_yarn"),
    ],
    needs=[U("nylon 6 chips, extrusion grade, 20 t a month", "polymer chips; no resin seller in the set")],
    certs=("ISO 9001",),
)
P(
    13,
    "th",
    "บริษัท ชลเส้นใยพีพี จำกัด",
    SPT,
    UP,
    "Chonburi",
    "chon.ppfibre",
    offers=[
        ("เส้นด้ายโพลีโพรพิลีน มัลติฟิลาเมนต์ 600 ดีเนียร์", "pp_multifilament_yarn"),
        ("เส้นใยพีพีสั้น สำหรับทำสักหลาด", "pp_staple_fibre"),
    ],
    needs=[],
)
P(
    14,
    "en",
    "Siam Polyester Staple Co.",
    SPT,
    UP,
    "Samut Prakan",
    "psf.siam",
    offers=[("virgin polyester staple fibre 1.4D to 6D", "polyester_staple_fibre")],
    needs=[],
    certs=("OEKO-TEX Standard 100",),
)
P(
    15,
    "th",
    "กลุ่มทำครามเปียก บ้านพรรณา",
    HNF,
    UP,
    "Sakon Nakhon",
    "phanna.indigo",
    offers=[("เนื้อครามเปียก ห้อมหมัก ขายเป็นกิโล", "indigo_dye_paste")],
    needs=[],
    certs=("OTOP",),
    bcg=("bio",),
)
P(
    16,
    "th",
    "เอ็นไนลอนอยุธยา",
    SPT,
    UP,
    "Phra Nakhon Si Ayutthaya",
    "ayutthaya.nylon",
    offers=[("เอ็นไนลอนเส้นเดี่ยว ขนาด 0.08 มม. ขึ้นไป ม้วนละ 5 กิโล", "nylon_monofilament_yarn")],
    needs=[U("หาเม็ดไนลอนรีไซเคิลจากอวนประมงเก่า", "recycled nylon pellets from fishing nets; no one offers them")],
)

# --- midstream: weaving, dyeing, finishing, technical fabric, components, sewing

P(
    17,
    "th",
    "กลุ่มทอผ้าขาวบาง บ้านหนองแคน",
    ALI,
    MID,
    "Roi Et",
    "nongkhaen.weave",
    offers=[("ผ้าขาวบางทอมือ หน้ากว้าง 36 นิ้ว พับละ 20 หลา", "cheesecloth_fabric")],
    needs=[N("ฝ้ายเส้นเบอร์ 20 สีดิบ", "cotton_yarn")],
    certs=("OTOP",),
)
P(
    18,
    "en",
    "Sam Phran Gauze Weaving Co.",
    ALC,
    MID,
    "Nakhon Pathom",
    "gauze.samphran",
    offers=[
        ("cheesecloth grade 40, 36 in, 100 yd rolls", "cheesecloth_fabric"),
        ("grey calico 60 in for bags and linings", "unbleached_cotton_fabric"),
    ],
    needs=[
        N("Ne 30 carded cotton yarn, 1 t a month", "cotton_yarn"),
        N("peroxide bleaching of our greige gauze, no chlorine", "bleaching_service"),
    ],
    certs=("ISO 9001",),
)
P(
    19,
    "th",
    "โรงทอผ้าดิบ โพธาราม",
    ALC,
    MID,
    "Ratchaburi",
    "photharam.weaving",
    offers=[
        ("ผ้าดิบทอเครื่อง หน้า 44 นิ้ว ขายส่งยกพับ", "unbleached_cotton_fabric"),
        ("ผ้าสำลีขนสองหน้า ผ้าฟลาเนลฝ้าย", "cotton_flannel_fabric"),
    ],
    needs=[N("ด้ายฝ้ายใหม่ เบอร์ 16 สำหรับทอ", "cotton_yarn")],
)
P(
    20,
    "th",
    "ผ้ากัญชงทอมือ บ้านขุนช่างเคี่ยน",
    HNF,
    MID,
    "Chiang Mai",
    "khunchang.hemp",
    offers=[("ผ้ากัญชงทอมือ ม้วนละ 10 เมตร", "hemp_fabric")],
    needs=[N("ด้ายกัญชงเส้นเล็ก เส้นสม่ำเสมอ", "hemp_yarn")],
    certs=("OTOP",),
    bcg=("bio",),
)
P(
    21,
    "en",
    "Lanna Hemp Mill",
    HNF,
    MID,
    "Chiang Mai",
    "orders.lannahemp",
    offers=[("hemp canvas 12 oz, 58 in", "hemp_fabric"), ("hemp muslin 140 gsm, loomstate", "hemp_fabric")],
    needs=[N("hemp yarn Nm 26 for weft", "hemp_yarn")],
    certs=("GOTS", "OEKO-TEX Standard 100"),
    bcg=("bio",),
)
P(
    22,
    "th",
    "ครามสกล ย้อมรับจ้าง",
    HNF,
    MID,
    "Sakon Nakhon",
    "kramsakon.dye",
    offers=[
        ("รับย้อมครามธรรมชาติ ผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "natural_dyeing_service"),
        ("ผ้าฝ้ายทอมือย้อมคราม", "indigo_dyed_cotton_fabric"),
    ],
    needs=[N("ห้อมเปียก ปีละ 500 กิโล", "indigo_dye_paste")],
    certs=("OTOP",),
    bcg=("bio",),
)
P(
    23,
    "en",
    "Doi Saket Natural Dye House",
    HNF,
    MID,
    "Chiang Mai",
    "hello.doisaketdye",
    offers=[
        ("commission dyeing with indigo, ebony and lac on your fabric", "natural_dyeing_service"),
        ("cotton dyed with ebony and lac, by the metre", "naturally_dyed_cotton_fabric"),
    ],
    needs=[N("fermented indigo vat paste, 200 kg a year", "indigo_dye_paste")],
    bcg=("bio",),
)
P(
    24,
    "th",
    "โรงฟอกย้อม บางขุนเทียน",
    ALC,
    MID,
    "Bangkok",
    "bkt.dyehouse",
    offers=[
        ("รับฟอกขาวผ้าดิบ ผ้าขาวบาง ด้วยไฮโดรเจนเปอร์ออกไซด์", "bleaching_service"),
        ("รับย้อมสีรีแอคทีฟ ผ้าฝ้าย ผ้าทีซี", "reactive_dyeing_service"),
    ],
    needs=[],
    certs=("ISO 14001",),
)
P(
    25,
    "en",
    "Bang Phli Dyed Fabrics",
    ALC,
    MID,
    "Samut Prakan",
    "sales.bpdyed",
    offers=[("reactive-dyed cotton twill, 20 stock colours", "synthetic_dyed_cotton_fabric")],
    needs=[
        N("greige cotton fabric 60 in, loomstate", "unbleached_cotton_fabric"),
        N("commission reactive dyeing when our own vats are full", "reactive_dyeing_service"),
    ],
)
P(
    26,
    "en",
    "Eastern Filter Fabrics Co.",
    SPT,
    MID,
    "Rayong",
    "eff.rayong",
    offers=[
        ("woven PP filter press cloth, 2 m rolls", "pp_filter_cloth_roll"),
        ("PET multifilament filter cloth, 50 m rolls", "polyester_filter_cloth_roll"),
    ],
    needs=[
        N("PP multifilament yarn 600-1200 denier", "pp_multifilament_yarn"),
        N("PET monofil 0.2 mm", "polyester_monofilament_yarn"),
    ],
    certs=("ISO 9001",),
)
P(
    27,
    "th",
    "ผ้ากรองอุตสาหกรรม มหาชัย",
    SPT,
    MID,
    "Samut Sakhon",
    "mahachai.filtercloth",
    offers=[("ผ้ากรองโพลีเอสเตอร์ทอ ม้วนละ 50 เมตร", "polyester_filter_cloth_roll")],
    needs=[N("เส้นโพลีเอสเตอร์โมโนฟิลาเมนต์ สำหรับทอผ้ากรอง", "polyester_monofilament_yarn")],
)
P(
    28,
    "en",
    "Thai Needle Felt Co., Ltd.",
    SPT,
    MID,
    "Pathum Thani",
    "felt.thainf",
    offers=[("polyester needle felt 500 gsm, singed, for baghouses", "needle_felt")],
    needs=[N("polyester staple 3D-6D, recycled is fine", "polyester_staple_fibre", "recycled_polyester_fibre")],
    certs=("ISO 9001", "ISO 14001"),
)
P(
    29,
    "th",
    "สักหลาดกรองฝุ่น ชลบุรี",
    SPT,
    MID,
    "Chonburi",
    "chon.felt",
    offers=[("ผ้าสักหลาดเข็ม กรองฝุ่น 550 แกรม", "needle_felt")],
    needs=[
        N("ใยพีพีสั้น", "pp_staple_fibre"),
        N("ใยโพลีเอสเตอร์รีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_fibre", req=("GRS",)),
    ],
)
P(
    30,
    "en",
    "Siam Mesh & Screen",
    SPT,
    MID,
    "Bangkok",
    "sales.siammesh",
    offers=[
        ("food-grade nylon mesh 25-300 micron, 1 m and 1.27 m wide", "nylon_mesh_fabric"),
        ("polyester screen printing mesh 43T-120T", "polyester_screen_mesh"),
    ],
    needs=[N("nylon monofil 30-80 micron for weaving", "nylon_monofilament_yarn")],
)
P(
    31,
    "th",
    "ตาข่ายกรองไนลอน นนท์",
    SPT,
    MID,
    "Nonthaburi",
    "non.nylonmesh",
    offers=[("ผ้าไนลอนกรอง 100 เมช 200 เมช ตัดขายเป็นเมตร", "nylon_mesh_fabric")],
    needs=[N("เอ็นไนลอนเส้นเล็ก สำหรับทอตาข่าย", "nylon_monofilament_yarn")],
)
P(
    32,
    "en",
    "Thai Specialty Papers Co.",
    HNF,
    MID,
    "Ratchaburi",
    "tsp.ratchaburi",
    offers=[
        ("heat-seal tea bag filter paper 16.5 gsm, 115 mm reels", "tea_bag_filter_paper"),
        ("non-heat-seal filter paper for string-and-tag bags", "tea_bag_filter_paper"),
    ],
    needs=[N("abaca pulp or fibre, 10 t a month", "abaca_fibre")],
    certs=("FSC", "ISO 9001"),
)
P(
    33,
    "th",
    "บริษัท ไบโอเมช จำกัด",
    HNF,
    MID,
    "Pathum Thani",
    "biomesh.th",
    offers=[("ผ้าตาข่ายข้าวโพด PLA ทำถุงชาทรงพีระมิด ย่อยสลายได้", "pla_mesh_fabric")],
    needs=[U("เม็ดพลาสติก PLA เกรดปั่นเส้นใย", "PLA resin; no resin seller in the set")],
    bcg=("bio", "green"),
)
P(
    34,
    "th",
    "หจก. ขอนแก่นการทอ",
    ALI,
    MID,
    "Khon Kaen",
    "kk.weaving",
    offers=[
        ("ผ้าขาวม้าทอเครื่อง ลายตาราง โหลละ 480 บาท", "pakama_cloth"),
        ("ผ้าห่อนึ่งข้าวเหนียว ตัดวงกลม", "cheesecloth_cut_pieces"),
    ],
    needs=[U("ด้ายฝ้ายย้อมสีแล้ว หลายสี สำหรับทอผ้าขาวม้า", "dyed cotton yarn; the spinners in the set sell it undyed")],
)
P(
    35,
    "en",
    "Mahachai Contract Sewing",
    CT,
    MID,
    "Samut Sakhon",
    "cmt.mahachai",
    offers=[("CMT sewing of bags and filter socks from your fabric, 5,000 pcs min", "sewing_service")],
    needs=[N("flat cotton drawcord 5 mm", "cotton_cord")],
)
P(
    36,
    "th",
    "รับเย็บถุงกรอง ปากเกร็ด",
    ALC,
    MID,
    "Nonthaburi",
    "pakkret.sewing",
    offers=[("รับตัดเย็บถุงกรอง ถุงชา ถุงผ้า ลูกค้าส่งผ้ามาเอง", "sewing_service")],
    needs=[N("เชือกรูดผ้าฝ้าย สีขาว", "cotton_cord")],
)
P(
    37,
    "en",
    "Udon Home Sewing Group",
    ALI,
    MID,
    "Udon Thani",
    "udon.sewing",
    offers=[("cut and sew for small brands: aprons, bags, strainer bags; you supply the cloth", "sewing_service")],
    needs=[U("used industrial overlock machine", "sewing machinery; no one in the set sells machines")],
)
P(
    38,
    "th",
    "ร้านเชือก สำเพ็ง",
    ALC,
    MID,
    "Bangkok",
    "sampeng.cord",
    offers=[("เชือกฝ้ายถัก เชือกหูรูด ขายเป็นม้วน", "cotton_cord"), ("ห่วงลวดสแตนเลส ด้ามถุงชงกาแฟ", "brew_sock_handle")],
    needs=[],
)
P(
    39,
    "en",
    "Steel Ring & Wire Parts",
    SPT,
    MID,
    "Samut Prakan",
    "parts.srwp",
    offers=[
        ("stainless snap bands for dust bag cuffs", "snap_ring"),
        ("wire rings with handles for coffee socks", "brew_sock_handle"),
    ],
    needs=[U("304 stainless wire 2-4 mm, 1 t", "steel wire; no metal seller in the set")],
)
P(
    40,
    "en",
    "Print-It Screen Studio",
    HNF,
    MID,
    "Chiang Mai",
    "printit.cm",
    offers=[("screen printing your logo on cotton bags, 100 pcs min", "screen_printing_service")],
    needs=[N("polyester mesh 77T for making screens", "polyester_screen_mesh")],
)
P(
    41,
    "th",
    "โรงงานผ้าสำลี นครชัยศรี",
    ALC,
    MID,
    "Nakhon Pathom",
    "nakhonchaisri.flannel",
    offers=[("ผ้าสำลีฝ้าย 100% สำหรับเย็บถุงชงกาแฟ ยกพับ", "cotton_flannel_fabric")],
    needs=[U("สีย้อมรีแอคทีฟ ซื้อเป็นถัง", "dyestuff; no dye seller in the set")],
)
P(
    42,
    "th",
    "กลุ่มทอผ้าฝ้ายย้อมคราม เชียงคาน",
    HNF,
    MID,
    "Loei",
    "chiangkhan.indigo",
    offers=[("ผ้าฝ้ายทอมือ ย้อมห้อม ลายขิด", "indigo_dyed_cotton_fabric")],
    needs=[N("หาที่รับย้อมครามเพิ่ม หม้อครามไม่พอ", "natural_dyeing_service")],
    certs=("OTOP",),
)
P(
    43,
    "en",
    "Krung Thep Nonwovens",
    ALC,
    MID,
    "Bangkok",
    "sales.ktnw",
    offers=[("spunbond PP nonwoven 15-30 gsm for disposable soup bags", "pp_nonwoven")],
    needs=[],
)
P(
    44,
    "en",
    "Mun River Organic Weavers",
    ALI,
    MID,
    "Yasothon",
    "mun.organic",
    offers=[("organic cotton cheesecloth, GOTS, 90 cm", "cheesecloth_fabric")],
    needs=[N("GOTS organic cotton yarn Ne 20", "cotton_yarn", req=("GOTS",))],
    certs=("GOTS",),
    bcg=("bio",),
)
# --- downstream: filter goods makers, cafés, tofu and coconut-milk makers, factories, mills, shops, institutions

P(
    45,
    "th",
    "ถุงชงกาแฟ ตราช้างคู่",
    ALC,
    DOWN,
    "Nonthaburi",
    "changkhu.sock",
    offers=[
        ("ถุงชงกาแฟโบราณ ผ้าสำลี ด้ามสแตนเลส เบอร์ 1 ถึง 5", "brew_filter_sock"),
        ("ผ้ากรองดริปทรงกรวย ใช้ซ้ำได้", "cloth_drip_filter"),
    ],
    needs=[N("ผ้าฟลาเนลฝ้าย เนื้อแน่น ขนนุ่ม", "cotton_flannel_fabric"), N("โครงลวดถุงกาแฟ มีด้ามจับ", "brew_sock_handle")],
)
P(
    46,
    "en",
    "Hat Yai Kopi Sock",
    HNF,
    DOWN,
    "Songkhla",
    "kopisock.hatyai",
    offers=[("kopi sock, cotton flannel, southern style, for tea and coffee", "brew_filter_sock")],
    needs=[N("flannelette, 100% cotton", "cotton_flannel_fabric"), N("sock rings 6 to 8 inch", "brew_sock_handle")],
    certs=("Halal",),
)
P(
    47,
    "th",
    "ร้านถุงกรองแม่บุญ",
    ALI,
    DOWN,
    "Khon Kaen",
    "maeboon.bags",
    offers=[("ถุงคั้นกะทิ ผ้าขาวบางสองชั้น", "coconut_press_bag"), ("ถุงใส่เครื่องต้มยำ ถุงกรองน้ำซุป", "cooking_strainer_bag")],
    needs=[N("ผ้าขาวบางเนื้อแน่น ยกม้วน", "cheesecloth_fabric")],
)
P(
    48,
    "en",
    "Nutty Bag Co.",
    ALC,
    DOWN,
    "Bangkok",
    "hello.nuttybag",
    offers=[
        ("nylon nut milk bags 200 micron, 30 x 30 cm, drawstring", "nut_milk_bag_nylon"),
        ("cold brew coffee filter bags, nylon, 1-20 L", "cold_brew_bag"),
        ("empty nylon pyramid tea bags, 1,000 pcs", "nylon_tea_bags"),
    ],
    needs=[
        N("food-safe nylon filter mesh 100-200 micron", "nylon_mesh_fabric"),
        N("someone to sew our bags from our own mesh", "sewing_service"),
    ],
)
P(
    49,
    "th",
    "ฮักป่า ถุงกรองนมถั่วกัญชง",
    HNF,
    DOWN,
    "Chiang Mai",
    "hakpa.hemp",
    offers=[("ถุงกรองน้ำนมถั่ว ผ้ากัญชงล้วน ไม่ฟอกขาว", "nut_milk_bag_natural")],
    needs=[N("ผ้ากัญชงเนื้อบาง ยังไม่ย้อม ยกม้วน", "hemp_fabric")],
    certs=("OTOP",),
    bcg=("bio",),
)
P(
    50,
    "en",
    "Organic Cloth Kitchen",
    HNF,
    DOWN,
    "Bangkok",
    "shop.organicclothkitchen",
    offers=[
        ("organic cotton nut milk bag, unbleached, GOTS", "nut_milk_bag_natural"),
        ("hemmed organic cheesecloth squares, pack of 4", "cheesecloth_cut_pieces"),
    ],
    needs=[N("GOTS-certified organic cotton gauze", "cheesecloth_fabric", req=("GOTS",))],
    certs=("GOTS",),
)
P(
    51,
    "th",
    "บริษัท กรองดี อินดัสตรี จำกัด",
    ALC,
    DOWN,
    "Samut Sakhon",
    "krongdee.ind",
    offers=[
        ("ผ้ากรองเครื่องอัดตะกอน ตัดเย็บตามขนาดเพลท", "filter_press_cloth_panels"),
        ("ถุงกรองของเหลว 1 ถึง 200 ไมครอน ปากห่วง", "liquid_filter_bags"),
    ],
    needs=[N("ผ้ากรองพีพีทอ ยกม้วน", "pp_filter_cloth_roll"), N("ผ้ากรองทอโพลีเอสเตอร์", "polyester_filter_cloth_roll")],
    certs=("ISO 9001",),
)
P(
    52,
    "en",
    "Eastern Bag Filter Co.",
    SPT,
    DOWN,
    "Chonburi",
    "sales.ebf",
    offers=[("pulse-jet dust collector bags, polyester felt, made to size", "dust_collector_bags")],
    needs=[N("needled felt PE 500", "needle_felt"), N("SS snap band rings", "snap_ring")],
    certs=("ISO 9001",),
)
P(
    53,
    "th",
    "สระบุรีฟิลเตอร์",
    SPT,
    DOWN,
    "Saraburi",
    "saraburi.filter",
    offers=[("ถุงกรองฝุ่นโรงปูน ทนร้อน", "dust_collector_bags"), ("รับซักล้างถุงกรองฝุ่นเก่าของลูกค้า", "dust_bag_cleaning_service")],
    needs=[N("ผ้าสักหลาดเข็ม โพลีเอสเตอร์ ยกม้วน", "needle_felt")],
)
P(
    54,
    "en",
    "Bangkok Sieve Works",
    SPT,
    DOWN,
    "Bangkok",
    "bksieve",
    offers=[
        ("sieve screens with nylon bolting cloth, round and square frames", "sieve_screen"),
        ("re-meshing of your own sieve frames", "sieve_remeshing_service"),
    ],
    needs=[N("nylon bolting cloth 60-300 mesh", "nylon_mesh_fabric")],
)
P(
    55,
    "th",
    "ผ้ากรองเต้าหู้ เจ๊หมวย",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "jaemuay.tofucloth",
    offers=[("ผ้ากรองน้ำเต้าหู้ ผ้าห่อเต้าหู้ ผ้าฝ้ายดิบ", "tofu_press_cloth")],
    needs=[N("ผ้าดิบ หน้ากว้าง 60 นิ้ว ยกพับ", "unbleached_cotton_fabric")],
)
P(
    56,
    "th",
    "ผ้าทับเต้าหู้ โคราช",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "korat.tofucloth",
    offers=[("ผ้าทับเต้าหู้ 60x60 ซม. ผ้าฝ้ายหนา", "tofu_press_cloth"), ("ถุงกรองน้ำนมถั่วเหลือง ผ้าฝ้าย", "tofu_press_cloth")],
    needs=[N("ผ้าฝ้ายดิบ ทอแน่น ยังไม่ฟอก", "unbleached_cotton_fabric")],
)
P(
    57,
    "th",
    "ถุงชาเปล่า ดอทคอม",
    ALC,
    DOWN,
    "Bangkok",
    "tungchaplao",
    offers=[("ถุงชาเปล่า ซีลร้อน 5x7 ซม. แพ็ค 100 ใบ", "empty_tea_bags"), ("ถุงชาหูรูด กระดาษกรอง", "empty_tea_bags")],
    needs=[N("กระดาษกรองชาแบบม้วน", "tea_bag_filter_paper")],
)
P(
    58,
    "en",
    "TeaPak Services",
    ALC,
    DOWN,
    "Samut Prakan",
    "ops.teapak",
    offers=[
        ("tea bag packing on your own tea, double-chamber, 50,000 bags a day", "tea_bag_packing_service"),
        ("empty PLA pyramid tea bags", "empty_tea_bags"),
    ],
    needs=[
        N("heat-seal teabag paper, FSC certified", "tea_bag_filter_paper", req=("FSC",)),
        N("PLA mesh roll", "pla_mesh_fabric"),
    ],
    certs=("Thai FDA", "Halal"),
)
P(
    59,
    "th",
    "ชาสมุนไพร อุบล",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "ubon.herbaltea",
    offers=[("ชาใบหม่อนซองพร้อมชง กล่อง 20 ซอง", "packed_tea_bags"), ("ชากระเจี๊ยบแบบซอง", "packed_tea_bags")],
    needs=[
        N("หาโรงงานรับบรรจุชาใส่ซอง", "tea_bag_packing_service"),
        N("ซองชาเปล่าแบบมีเชือก มี FSC ก็ได้", "empty_tea_bags", "nylon_tea_bags", waive=("FSC",)),
    ],
    certs=("Thai FDA", "OTOP"),
)
P(
    60,
    "en",
    "Mae Salong Tea House",
    ALC,
    DOWN,
    "Chiang Rai",
    "tea.maesalong",
    offers=[("oolong tea in pyramid bags, 50 pcs", "packed_tea_bags")],
    needs=[
        N("T-Sac style empty filter bags that compost, no nylon", "empty_tea_bags"),
        U("Fairtrade black tea leaves, 1 t", "bulk tea leaves; no tea grower in the set", req=("Fairtrade",)),
    ],
)
P(
    61,
    "th",
    "กาแฟโบราณ เฮียเซ้ง เยาวราช",
    ALC,
    DOWN,
    "Bangkok",
    "hiaseng.coffee",
    offers=[("กาแฟผงคั่วเนย สูตรโบราณ ขายส่ง", "roasted_coffee")],
    needs=[N("ถุงกรองกาแฟผ้า ใบใหญ่ ด้ามยาว", "brew_filter_sock")],
)
P(
    62,
    "en",
    "Slow Bar Coffee Ari",
    ALC,
    DOWN,
    "Bangkok",
    "slowbar.ari",
    offers=[("single-origin beans, roasted weekly", "roasted_coffee")],
    needs=[
        N("reusable cloth filters for V60-style drip", "cloth_drip_filter"),
        N("cold brew bags for 10 L buckets", "cold_brew_bag"),
        U("Hario paper filters, 02 size", "paper coffee filters; no one offers them"),
    ],
)
P(
    63,
    "th",
    "ร้านชาชัก โรตี บังหมัด",
    ALC,
    DOWN,
    "Pattani",
    "bangmad.chachak",
    offers=[("ชาผงสูตรใต้ ขายส่งร้านชาชัก", "blended_tea_powder")],
    needs=[N("ถุงชงชาผ้าสำลี ได้รับรองฮาลาล", "brew_filter_sock", req=("Halal",))],
)
P(
    64,
    "en",
    "Golden Soy Tofu Factory",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "goldensoy",
    offers=[("silken and egg tofu, wholesale", "tofu")],
    needs=[
        N(
            "Who sells press cloths for tofu moulds, 50 x 50? OEKO-TEX nice to have",
            "tofu_press_cloth",
            waive=("OEKO-TEX Standard 100",),
        ),
        U("non-GMO soybeans, 5 t a month", "soybeans; no grower in the set"),
    ],
)
P(
    65,
    "th",
    "เต้าหู้ทรงเครื่อง อุดร",
    ALI,
    DOWN,
    "Udon Thani",
    "udon.tofu",
    offers=[("เต้าหู้แข็ง เต้าหู้ขาว ส่งตลาดเช้า", "tofu")],
    needs=[N("ผ้าห่อเต้าหู้ ผ้าฝ้าย ซักได้", "tofu_press_cloth")],
)
P(
    66,
    "en",
    "Mae Klong Coconut Milk",
    ALC,
    DOWN,
    "Samut Songkhram",
    "maeklong.kati",
    offers=[("fresh coconut milk, 1 kg bags", "coconut_milk")],
    needs=[
        N("press bags for a coconut milk extractor", "coconut_press_bag"),
        N("100 micron filter bags for the coconut milk line", "liquid_filter_bags"),
    ],
)
P(
    67,
    "th",
    "กะทิสด ตลาดหัวอิฐ",
    ALC,
    DOWN,
    "Nakhon Si Thammarat",
    "huait.kati",
    offers=[("กะทิสดคั้นใหม่ มะพร้าวขูด", "coconut_milk")],
    needs=[N("ผ้าบีบกะทิ", "coconut_press_bag"), U("มะพร้าวแก่ ส่งทุกวัน วันละ 500 ลูก", "coconuts; no grower in the set")],
)
P(
    68,
    "en",
    "Chili & Lemongrass Curry Paste Co.",
    ALC,
    DOWN,
    "Bangkok",
    "orders.chililemongrass",
    offers=[("green and red curry paste, 1 kg tubs", "curry_paste")],
    needs=[
        N("strainer bags for curry paste and stock", "cooking_strainer_bag"),
        N("liquid filter bags 50 micron, food grade, Halal certified", "liquid_filter_bags", req=("Halal",)),
    ],
    certs=("Halal",),
)
P(
    69,
    "th",
    "บริษัท ซอสไทยรุ่งเรือง จำกัด",
    ALC,
    DOWN,
    "Pathum Thani",
    "sauce.rungrueang",
    offers=[("ซอสพริก ซอสมะเขือเทศ บรรจุขวด", "sauce")],
    needs=[N("ถุงกรองซอส 100 ไมครอน ใช้กับหม้อกรอง ฮาลาลไม่บังคับ", "liquid_filter_bags", waive=("Halal",))],
    certs=("ISO 9001", "Halal"),
)
P(
    70,
    "en",
    "Songkhla Filtration Supply",
    SPT,
    DOWN,
    "Songkhla",
    "sfs.songkhla",
    offers=[
        ("filter bags for liquids, 1-800 micron, PP and nylon", "liquid_filter_bags"),
        ("filter press cloths cut and sewn for palm oil mills", "filter_press_cloth_panels"),
    ],
    needs=[N("woven PP filter fabric by the roll", "pp_filter_cloth_roll")],
    certs=("Halal", "ISO 9001"),
)
P(
    71,
    "th",
    "โรงสีข้าว สุพรรณ",
    SPT,
    DOWN,
    "Suphan Buri",
    "suphan.ricemill",
    offers=[("ข้าวหอมมะลิ กระสอบ 50 กิโล", "rice"), ("ถุงกรองฝุ่นแกลบที่ใช้แล้ว ปีละราว 200 ใบ", "used_dust_bags")],
    needs=[
        N("ถุงกรองฝุ่นไลน์รำข้าว ขนาด 150 คูณ 2500 มม.", "dust_collector_bags"),
        N("ใครรับล้างถุงกรองฝุ่นบ้าง", "dust_bag_cleaning_service"),
    ],
)
P(
    72,
    "th",
    "โรงแป้งมันสำปะหลัง โคราช",
    SPT,
    DOWN,
    "Nakhon Ratchasima",
    "korat.tapioca",
    offers=[("แป้งมันสำปะหลัง เกรดอาหาร", "tapioca_starch"), ("ผ้ากรองเก่าจากเครื่องอัดแป้ง", "used_press_cloth")],
    needs=[
        N("ผ้ากรองเพรสแป้ง ตัดตามแบบเพลท", "filter_press_cloth_panels"),
        N("ตะแกรงร่อนแป้ง ขึงผ้าไนลอนสำเร็จ", "sieve_screen"),
    ],
)
P(
    73,
    "en",
    "Kanchan Sugar Mill",
    SPT,
    DOWN,
    "Kanchanaburi",
    "kanchan.sugar",
    offers=[("raw cane sugar", "sugar")],
    needs=[
        N("filter cloths for the mud press, PP", "filter_press_cloth_panels"),
        U("rubber conveyor belts", "conveyor belts; no one offers them"),
    ],
    certs=("ISO 14001",),
)
P(
    74,
    "th",
    "โรงสกัดน้ำมันปาล์ม สุราษฎร์",
    SPT,
    DOWN,
    "Surat Thani",
    "surat.palmoil",
    offers=[("น้ำมันปาล์มดิบ", "palm_oil")],
    needs=[N("ผ้ากรองน้ำมันปาล์ม ถุงกรอง ทนร้อน", "filter_press_cloth_panels", "liquid_filter_bags")],
)
P(
    75,
    "en",
    "Ayutthaya Flour Mill",
    SPT,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "ayt.flourmill",
    offers=[("rice flour and glutinous rice flour", "flour")],
    needs=[
        N("sieve cloth for the plansifter, nylon 100-180 micron", "nylon_mesh_fabric"),
        N(
            "bag filters for pneumatic conveying, ISO 9001 welcome but not required",
            "dust_collector_bags",
            waive=("ISO 9001",),
        ),
        U("stainless wire mesh 20 mesh for the scalper", "metal wire mesh; only nylon and polyester mesh are offered"),
    ],
)
P(
    76,
    "th",
    "โรงงานอาหารสัตว์ ราชบุรี",
    SPT,
    DOWN,
    "Ratchaburi",
    "ratchaburi.feed",
    offers=[("อาหารหมู อาหารไก่ อัดเม็ด", "animal_feed"), ("ถุงกรองฝุ่นใช้แล้ว ขายเหมา", "used_dust_bags")],
    needs=[N("ถุงกรองฝุ่นไซโคลน ผู้ขายต้องมี ISO 9001", "dust_collector_bags", req=("ISO 9001",))],
)
P(
    77,
    "th",
    "ร้านอุปกรณ์เบเกอรี่และครัว ขอนแก่น",
    ALI,
    DOWN,
    "Khon Kaen",
    "kk.bakery",
    offers=[("พิมพ์ขนม อุปกรณ์เบเกอรี่", "bakery_tools")],
    needs=[
        N("ผ้าขาวบางตัดสำเร็จ แพ็คขายปลีก", "cheesecloth_cut_pieces"),
        N("ถุงกรองน้ำนมถั่ว มีไหม", "nut_milk_bag_nylon", "nut_milk_bag_natural"),
    ],
)
P(
    78,
    "en",
    "Green Pantry Zero Waste Shop",
    ALC,
    DOWN,
    "Bangkok",
    "greenpantry",
    offers=[("refill station: detergent, rice, oats", "refill_goods")],
    needs=[
        N("nut milk bags, plastic-free only", "nut_milk_bag_natural"),
        N("reusable tea sock or cloth coffee filter", "brew_filter_sock", "cloth_drip_filter"),
        U("produce bags in hemp or cotton mesh", "produce bags; no one offers them"),
    ],
)
P(
    79,
    "th",
    "ร้านของฝาก ผ้าพื้นเมือง ร้อยเอ็ด",
    ALI,
    DOWN,
    "Roi Et",
    "roiet.souvenir",
    offers=[("ผ้าไหม ผ้าฝ้าย ของฝากร้อยเอ็ด", "souvenir_textiles")],
    needs=[
        N("กระเป๋าผ้าฝ้ายย้อมคราม", "tote_bag"),
        U(
            "ผ้าไหมต้องมีตรานกยูงพระราชทาน",
            "Peacock Emblem silk; no one offers silk cloth",
            req=("Thai Silk Peacock Emblem",),
        ),
    ],
)
P(
    80,
    "en",
    "Indigo Loom Bags",
    HNF,
    DOWN,
    "Chiang Mai",
    "indigoloom",
    offers=[("tote bags in handwoven cotton dyed with natural indigo", "tote_bag")],
    needs=[
        N("natural indigo-dyed handwoven cotton, 100 m a month", "indigo_dyed_cotton_fabric"),
        N("logo printing on bags", "screen_printing_service"),
    ],
)
P(
    81,
    "th",
    "กระเป๋าผ้าครามสกล",
    HNF,
    DOWN,
    "Sakon Nakhon",
    "kramsakon.bags",
    offers=[("กระเป๋าผ้าย้อมคราม ถุงผ้าครามทอมือ", "tote_bag")],
    needs=[N("ผ้าฝ้ายทอมือ ย้อมคราม ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
)
P(
    82,
    "th",
    "ลูกประคบสมุนไพร แม่ทองใบ",
    ALI,
    DOWN,
    "Maha Sarakham",
    "maethongbai",
    offers=[
        ("ลูกประคบสมุนไพรสด ห่อผ้าฝ้ายดิบ", "herbal_compress_ball"),
        ("ลูกประคบแห้ง แพ็คสุญญากาศ มีเลข อย.", "herbal_compress_ball"),
    ],
    needs=[
        N("ผ้าขาวบาง หรือผ้าดิบ ยกพับ", "cheesecloth_fabric", "unbleached_cotton_fabric"),
        N("ผ้าฝ้ายย้อมสีธรรมชาติ ห่อลูกประคบ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric", "naturally_dyed_cotton_fabric"),
    ],
    certs=("OTOP", "Thai FDA"),
)
P(
    83,
    "en",
    "Siam Herbal Compress Co.",
    ALC,
    DOWN,
    "Nonthaburi",
    "siamcompress",
    offers=[("herbal compress balls for spas, 150 g, private label", "herbal_compress_ball")],
    needs=[
        N("unbleached cotton sheeting 44 in", "unbleached_cotton_fabric"),
        N("cotton twine for tying compresses", "cotton_cord"),
    ],
)
P(
    84,
    "th",
    "ศาลาเวลเนส สปา",
    ALC,
    DOWN,
    "Bangkok",
    "salawellness",
    offers=[("นวดแผนไทย ประคบสมุนไพร", "spa_service")],
    needs=[
        N("ลูกประคบ ต้องมีเลข อย.", "herbal_compress_ball", req=("Thai FDA",)),
        U("ผ้าขนหนูสีขาว ผืนใหญ่ 200 ผืน", "towels; no one offers them"),
    ],
)
P(
    85,
    "th",
    "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ",
    ALI,
    DOWN,
    "Khon Kaen",
    "baansukjai",
    offers=[("รับดูแลผู้สูงวัย กายภาพบำบัด ช่วงกลางวัน", "care_service")],
    needs=[
        N("ลูกประคบสำหรับทำกายภาพ ไม่จำเป็นต้องมีโอทอป", "herbal_compress_ball", waive=("OTOP",)),
        U("ผ้ารองซับปัสสาวะ แบบซักได้", "washable incontinence pads; no one offers them"),
    ],
)
P(
    86,
    "th",
    "โรงพยาบาลการแพทย์แผนไทย นนทบุรี",
    ALC,
    DOWN,
    "Nonthaburi",
    "nont.thaimed",
    offers=[],
    needs=[
        N("ผ้าก๊อซปลอดเชื้อ ต้องได้มาตรฐาน ISO 13485", "sterile_gauze", req=("ISO 13485",)),
        N("ลูกประคบสำหรับคลินิก", "herbal_compress_ball"),
        U("ชุดผู้ป่วย เสื้อคอกลม กางเกงเอวยาง", "patient garments; no one offers them"),
    ],
)
P(
    87,
    "en",
    "Thai Medical Gauze Co.",
    ALC,
    DOWN,
    "Samut Sakhon",
    "tmg.gauze",
    offers=[("sterile cotton gauze swabs 4 x 4 in", "sterile_gauze")],
    needs=[N("cheesecloth grade 90 for gauze, we bleach in-house", "cheesecloth_fabric")],
    certs=("ISO 13485", "ISO 9001"),
)
P(
    88,
    "en",
    "Riverside Hotel Bangkok",
    ALC,
    DOWN,
    "Bangkok",
    "purchasing.riverside",
    offers=[],
    needs=[
        N("tea bags for guest rooms, Fairtrade not required", "packed_tea_bags", waive=("Fairtrade",)),
        N("coffee for the breakfast buffet, beans or ground", "roasted_coffee"),
        N("cheesecloth for the kitchen, cut squares", "cheesecloth_cut_pieces"),
    ],
)
P(
    89,
    "th",
    "โรงแรม ภูเก็ตบีช รีสอร์ท",
    ALC,
    DOWN,
    "Phuket",
    "phuketbeach",
    offers=[],
    needs=[
        N("ชาซองสมุนไพรสำหรับห้องพัก ต้องมี อย.", "packed_tea_bags", req=("Thai FDA",)),
        N("ผ้าเช็ดมือ ผ้าเช็ดจาน", "kitchen_towel"),
    ],
)
P(
    90,
    "th",
    "ผ้าขี้ริ้วรีไซเคิล บ้านแพ้ว",
    CT,
    DOWN,
    "Samut Sakhon",
    "banphaeo.rags",
    offers=[("ผ้าเช็ดมือทอจากด้ายรีไซเคิล", "kitchen_towel")],
    needs=[N("ด้ายรีไซเคิล เบอร์หยาบ", "recycled_cotton_yarn")],
    bcg=("circular",),
)
P(
    91,
    "th",
    "ผ้าครัว ริมโขง",
    ALI,
    DOWN,
    "Nakhon Phanom",
    "rimkhong.kitchen",
    offers=[("ผ้าเช็ดมือ ผ้าวาฟเฟิล ฝ้าย 100%", "kitchen_towel")],
    needs=[N("หาคนรับเย็บริมผ้า เรามีผ้าเอง", "sewing_service")],
)
P(
    92,
    "en",
    "ReFilter Thailand",
    CT,
    DOWN,
    "Bangkok",
    "hello.refilter",
    offers=[("upcycled tote bags made from retired filter cloth", "upcycled_tote_bag")],
    needs=[
        N("clean used filter press cloths", "used_press_cloth"),
        N("new filter cloth offcuts, any size", "filter_cloth_offcuts"),
    ],
    bcg=("circular",),
)
P(
    93,
    "th",
    "ร้านกาแฟไม่ทิ้งขยะ นิมมาน",
    CT,
    DOWN,
    "Chiang Mai",
    "nimman.zerowaste",
    offers=[("เมล็ดกาแฟคั่ว จากดอยในเชียงใหม่", "roasted_coffee")],
    needs=[N("ถุงชงกาแฟผ้าฝ้าย ไม่จำเป็นต้องมี GOTS", "brew_filter_sock", waive=("GOTS",))],
)
P(
    94,
    "th",
    "ถุงต้มยำใช้แล้วทิ้ง ตราแม่ครัว",
    ALC,
    DOWN,
    "Nonthaburi",
    "maekrua.soupbag",
    offers=[("ถุงใส่เครื่องต้ม ถุงพะโล้ ผ้าไม่ทอ ใช้ครั้งเดียว", "cooking_strainer_bag")],
    needs=[N("ผ้าสปันบอนด์ 20 แกรม ม้วนกว้าง", "pp_nonwoven")],
)
P(
    95,
    "en",
    "Paet Riu Rice Noodle Factory",
    ALC,
    DOWN,
    "Chachoengsao",
    "paetriu.noodle",
    offers=[("fresh rice noodle sheets, daily delivery", "rice_noodles")],
    needs=[
        N("cotton steaming cloths cut to fit noodle sheet trays", "cheesecloth_cut_pieces"),
        N("fine sieve for rice batter", "sieve_screen"),
    ],
)
# DATA-END


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9.\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def _thai_share(text: str) -> float:
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def _mentioned(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, whether it claims, requires or waives it."""
    c = _CERT_BY_NAME[cert]
    folded = text.casefold()
    words = (c.name, *c.mentions, *c.case_sensitive_mentions)
    return any(w.casefold() in folded for w in words) or any(re.search(p, text) for p in c.patterns)


def qualified(supplier: Sme, need: Need, buyer: Sme) -> bool:
    if supplier is buyer:
        return False
    if not set(need.labels) & {label for _, label in supplier.offers}:
        return False
    held = {resolve_certification(c) for c in supplier.certifications}
    return set(need.requires) <= held


def suppliers_of(need: Need, buyer: Sme) -> list[Sme]:
    return [s for s in SMES if qualified(s, need, buyer)]


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must be {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order, unique")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    sub_clusters = {v.value for v in SubCluster}
    stages = {v.value for v in Stage}
    bcg_tags = {v.value for v in BcgTag}
    for s in SMES:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not a canonical English province name")
        for c in s.certifications:
            if resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        if len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in s.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if not _EMAIL.match(f"{s.mailbox}@x.example"):
            errors.append(f"{where}: mailbox {s.mailbox!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3:
            errors.append(f"{where}: more than 3 offers or needs")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        if len({t for t, _ in s.offers} | {n.text for n in s.needs}) != len(s.offers) + len(s.needs):
            errors.append(f"{where}: repeated phrase")
        for t in texts:
            if t != t.strip() or "  " in t or not t:
                errors.append(f"{where}: stray spaces in {t!r}")
            if s.language == "th" and _thai_share(t) < 0.6:
                errors.append(f"{where}: Thai phrase not mostly Thai letters: {t!r}")
            if s.language == "en" and not t.isascii():
                errors.append(f"{where}: English phrase not plain Latin: {t!r}")
        for text, _ in s.offers:
            # An offer must not claim a certification its SME does not hold.
            claimed = find_certifications(text)
            if not claimed <= set(s.certifications):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} not held")
        for n in s.needs:
            quoted = f"{where}: need {n.text!r}"
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{quoted}: label {label!r} offered by no one else")
            for c in (*n.requires, *n.waives):
                if c not in _CERT_BY_NAME:
                    errors.append(f"{quoted}: {c!r} is not a canonical certification")
                elif not _mentioned(n.text, c):
                    errors.append(f"{quoted}: {c!r} not named in the text")
            if set(n.requires) & set(n.waives):
                errors.append(f"{quoted}: a certification both required and waived")
            named = find_certifications(n.text)
            if named != set(n.requires):
                errors.append(f"{quoted}: text asks for {sorted(named)}, labelled {sorted(n.requires)}")
            found = suppliers_of(n, s)
            if n.unmet:
                if found:
                    errors.append(f"{quoted}: marked unmet but met by {[f.id for f in found]}")
            elif not n.labels:
                errors.append(f"{quoted}: neither labels nor an unmet note")
            elif not found:
                errors.append(f"{quoted}: no qualified supplier")
    stats = counts()
    th = stats["th"]
    if not THAI_SHARE[0] <= th / len(SMES) <= THAI_SHARE[1]:
        errors.append(f"Thai share {th}/{len(SMES)} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= stats["links"] <= LINKS_RANGE[1]:
        errors.append(f"{stats['links']} links outside {LINKS_RANGE}")
    if not CROSS_SHARE[0] <= stats["cross"] / max(1, stats["links"]) <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {stats['cross']}/{stats['links']} outside {CROSS_SHARE}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} unmet needs outside {UNMET_RANGE}")
    spread = stats["met_by"]
    if sum(v for k, v in spread.items() if 1 <= k <= 3) < 0.7 * stats["met"]:
        errors.append(f"too few needs met by 1-3 suppliers: {dict(sorted(spread.items()))}")
    return errors


# ------------------------------------------------------------------ outputs


def links() -> list[tuple[str, str]]:
    pairs = {(sup.id, b.id) for b in SMES for n in b.needs if not n.unmet for sup in suppliers_of(n, b)}
    return sorted(pairs)


def counts() -> dict:
    by_id = {s.id: s for s in SMES}
    pairs = links()
    met = [n for s in SMES for n in s.needs if not n.unmet]
    return {
        "profiles": len(SMES),
        "th": sum(s.language == "th" for s in SMES),
        "en": sum(s.language == "en" for s in SMES),
        "sub_cluster": Counter(s.sub_cluster for s in SMES),
        "stage": Counter(s.stage for s in SMES),
        "region": Counter(resolve_province(s.province).region.value for s in SMES),
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "labels": len({label for s in SMES for _, label in s.offers}),
        "needs": sum(len(s.needs) for s in SMES),
        "met": len(met),
        "unmet": sum(bool(n.unmet) for s in SMES for n in s.needs),
        "met_by": Counter(len(suppliers_of(n, s)) for s in SMES for n in s.needs if not n.unmet),
        "requiring": sum(bool(n.requires) for s in SMES for n in s.needs),
        "waiving": sum(bool(n.waives) for s in SMES for n in s.needs),
        "links": len(pairs),
        "th_en": sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in pairs),
        "en_th": sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in pairs),
        "cross": sum(by_id[a].language != by_id[b].language for a, b in pairs),
        "within": sum(by_id[a].language == by_id[b].language for a, b in pairs),
        "cross_sub": sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in pairs),
    }


def counts_table() -> str:
    c = counts()
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English profiles", f"{c['th']} / {c['en']}"),
    ]
    rows += [(f"sub-cluster `{k}`", str(c["sub_cluster"][k])) for k in (v.value for v in SubCluster)]
    rows += [(f"stage `{k}`", str(c["stage"][k])) for k in (v.value for v in Stage)]
    rows += [(f"region `{k}`", str(v)) for k, v in sorted(c["region"].items())]
    share = c["cross"] / c["links"] if c["links"] else 0.0
    spread = ", ".join(f"{k}: {v}" for k, v in sorted(c["met_by"].items()))
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['met']} / {c['unmet']}"),
        ("met needs by number of qualified suppliers", spread),
        ("needs requiring a certification", str(c["requiring"])),
        ("needs waiving a certification", str(c["waiving"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links (share)", f"{c['cross']} ({share:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    lines = ["| count | value |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)]
    return "\n".join(lines) + "\n"


def profiles_jsonl() -> str:
    out = []
    for s in SMES:
        row: dict[str, object] = {
            "id": s.id,
            "name": s.name,
            "sub_cluster": s.sub_cluster,
            "stage": s.stage,
            "province": s.province,
            "offers": [t for t, _ in s.offers],
            "needs": [n.text for n in s.needs],
        }
        if s.certifications:
            row["certifications"] = s.certifications
        if s.bcg:
            row["bcg"] = s.bcg
        row["contact_email"] = f"{s.mailbox}@example.co.th"
        row["language"] = s.language
        out.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(out) + "\n"


def links_csv() -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links())
    return buf.getvalue()


README = """\
# blind_plain_filters: hand-labelled matchmaking set, filter and kitchen-process cloths

## What it checks

Whether the matcher finds the true supplier -> buyer pairs among {profiles} SME profiles written as plain
registry entries, in wording it has never seen. The theme is filter and kitchen-process cloths: cheesecloth,
nut-milk bags, coffee and tea socks (ถุงชงกาแฟ, kopi socks), tea bags and tea-bag filter paper, soy-milk and
tofu press cloths, coconut-milk press bags, filter press cloths, dust-collector bags, sieve (bolting) cloths and
strainer bags, with the cafés, tofu and coconut-milk makers, food factories and mills that buy them, and the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

The same kind of goods is written in many ways (Thai and English, local and southern names, trade words,
brand-like names, abbreviations, with and without sizes, prices, minimum orders and places), and a need is
usually worded differently from the offers that meet it, often in the other language. Hard but fair cases:
a service versus the goods it works on (commission dyeing versus dyed cloth, contract sewing versus finished
bags, tea-bag packing versus empty tea bags versus packed tea, re-meshing a customer's sieves, cleaning a
customer's dust bags); waste and used goods versus new; raw versus processed (fibre, yarn, cloth, product);
finished goods described by their material or technique (a tote of indigo-dyed handwoven cotton is a bag);
needs written as a wish, a bare noun phrase or a question; refusals ("no nylon", "ไม่เอาสีเคมี"); needs that
require a named certification and needs that name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the shared contracts (cluster profiles, JSONL version 1, and the
links CSV), `shared/taxonomy.py` with its data files, and the `[tool.ruff]` settings; nothing of the matcher,
its glossary, its tests, other evaluation sets or the project's data.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `natural_dyeing_service`). Every need either lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the buyer's
needs and the supplier's certifications hold every certification that need requires. An SME is never linked
to itself. Shared words play no part; quantities, prices and places never decide a link; what changes what the
thing is does. A waived certification ("Fairtrade not required", "ไม่จำเป็นต้องมี GOTS") is not required. The labels live
only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (provinces resolve
with `resolve_province`, certifications with `resolve_certification`, sub-cluster, stage and BCG tags are the
taxonomy's values); every label a need lists is offered by someone other than the buyer; every met need has a
qualified supplier and every unmet one has none; a required or waived certification is named in the need's
text, and the taxonomy's `find_certifications` reads the need as asking for exactly the required ones; Thai
phrases are mostly Thai letters and English ones plain Latin; the size targets. It writes nothing if a check
fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_filters/write.py

## Files

- `write.py`: all the data with its labels, the checks, and the writer of the files below.
- `profiles.jsonl`: {profiles} profiles `{first}` .. `{last}` in the contract's JSONL version 1, no labels.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def readme() -> str:
    c = counts()
    return README.format(
        profiles=c["profiles"], links=c["links"], first=SMES[0].id, last=SMES[-1].id, table=counts_table()
    )


def render() -> dict[str, str]:
    return {"profiles.jsonl": profiles_jsonl(), "links.csv": links_csv(), "README.md": readme()}


def main() -> int:
    errors = check()
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    first, second = render(), render()
    if first != second:
        print("FAIL two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
