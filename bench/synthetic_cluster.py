"""Synthetic textile clusters for the benchmarks: N SME profiles in the JSONL v1 shape.

Deterministic and prefix-stable: profile i depends only on the seed and on i, so
the cluster of 10,000 is the first 10,000 lines of the cluster of 100,000 with
the same seed. About 40% of the SMEs write in Thai (no spaces between words),
the rest in English; each offers what its value-chain stage makes and needs the
inputs of what it makes, phrased with quantities, sales talk and certification
requirements the way SMEs write them.

The vocabulary is written here on purpose, independently of the matcher's own
word lists, so the benchmark does not run the engine on words it was tuned to.

    python -m bench.synthetic_cluster 100000 --seed 7     # writes .local/bench/…jsonl
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, TypedDict, TypeVar

import numpy as np

from shared.taxonomy import PROVINCES, Region

# Bump when the vocabulary or the drawing changes, so cached clusters are regenerated.
GENERATOR_VERSION: Final = 3
DEFAULT_CACHE_DIR: Final = Path(__file__).resolve().parent.parent / ".local" / "bench"
THAI_SHARE: Final = 0.4

_CHUNK: Final = 4096  # profiles drawn per seeded block; fixed so that clusters are prefix-stable
_ROLLS_PER_PROFILE: Final = 96  # uniform draws reserved per profile: about 40 used, rarely 90, reused beyond

T = TypeVar("T")
Unit = Literal["weight", "length", "pieces", "service"]

HEMP: Final = "hemp_natural_fibre"
CIRCULAR: Final = "circular_textile"
SPORTECH: Final = "sportech"
CENTRAL: Final = "ageing_lifestyle_central"
ISAN: Final = "ageing_lifestyle_isan"
SUB_CLUSTERS: Final = (HEMP, CIRCULAR, SPORTECH, CENTRAL, ISAN)
AGEING: Final = (CENTRAL, ISAN)
UP, MID, DOWN = "upstream", "midstream", "downstream"


class ProfileRecord(TypedDict):
    """One line of a cluster file (CONTRACTS §1, JSONL v1)."""

    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: list[str]
    needs: list[str]
    certifications: list[str]
    bcg: list[str]
    contact_email: str
    language: str


@dataclass(frozen=True, slots=True)
class Item:
    """Something traded in the cluster, named in both languages, with the inputs its maker buys."""

    key: str
    stage: str
    sub_clusters: tuple[str, ...]
    en: str
    th: str
    unit: Unit
    inputs: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Institution:
    """A downstream buyer that offers a service and needs finished goods (hospital, spa, hotel)."""

    en: str
    th: str
    sub_clusters: tuple[str, ...]
    needs: tuple[str, ...]


# ------------------------------------------------------------------ vocabulary


@dataclass(frozen=True, slots=True)
class _Material:
    key: str
    en: str  # as it qualifies a fabric or a product: "banana fibre tote bags"
    en_base: str  # as it qualifies "fibre": "banana fibre"
    th: str
    th_base: str
    sub_clusters: tuple[str, ...]
    raw: tuple[str, str] | None  # what the fibre is made from, (English, Thai)
    forms: tuple[str, ...]
    certifications: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Form:
    stage: str
    en: str  # {m} = material, {b} = material base
    th: str
    unit: Unit
    inputs: tuple[str, ...]  # forms of the same material its maker buys


_FORMS: Final[dict[str, _Form]] = {
    "fibre": _Form(UP, "{b} fibre", "เส้นใย{b}", "weight", ("raw",)),
    "yarn": _Form(UP, "{m} yarn", "เส้นด้าย{m}", "weight", ("fibre",)),
    "handspun": _Form(UP, "hand-spun {m} yarn", "ด้าย{m}เข็นมือ", "weight", ("fibre", "raw")),
    "woven": _Form(MID, "{m} woven fabric", "ผ้าทอ{m}", "length", ("yarn",)),
    "handwoven": _Form(MID, "handwoven {m} cloth", "ผ้า{m}ทอมือ", "length", ("handspun", "yarn")),
    "knit": _Form(MID, "{m} jersey knit fabric", "ผ้าถัก{m}", "length", ("yarn",)),
    "tshirt": _Form(DOWN, "{m} T-shirts", "เสื้อยืด{m}", "pieces", ("knit",)),
    "tote": _Form(DOWN, "{m} tote bags", "กระเป๋าผ้า{m}", "pieces", ("woven", "handwoven", "raw")),
    "bag_from": _Form(
        DOWN, "shoulder bags made from {m} fabric", "กระเป๋าสะพายทำจากผ้า{m}", "pieces", ("handwoven", "woven", "raw")
    ),
    "scarf": _Form(DOWN, "{m} scarves", "ผ้าพันคอ{m}", "pieces", ("handwoven", "woven")),
    "sheet": _Form(DOWN, "{m} bed sheets", "ผ้าปูที่นอน{m}", "pieces", ("woven",)),
    "towel": _Form(DOWN, "{m} towels", "ผ้าขนหนู{m}", "pieces", ("woven",)),
    "mask": _Form(DOWN, "reusable {m} face masks", "หน้ากากผ้า{m}", "pieces", ("woven", "knit")),
    "adaptive": _Form(
        DOWN, "adaptive {m} clothing for older people", "เสื้อผ้า{m}สำหรับผู้สูงวัย", "pieces", ("knit", "woven")
    ),
    "sportswear": _Form(DOWN, "{m} training shirts", "เสื้อออกกำลังกาย{m}", "pieces", ("knit",)),
    "socks": _Form(DOWN, "{m} sports socks", "ถุงเท้ากีฬา{m}", "pieces", ("yarn",)),
}

_HANDCRAFT: Final = ("raw", "fibre", "yarn", "handspun", "handwoven", "woven", "scarf", "tote", "bag_from")
_COTTON_LIKE: Final = ("raw", "fibre", "yarn", "woven", "knit", "tshirt", "sheet", "towel", "mask", "adaptive", "tote")
_RECYCLED: Final = ("raw", "fibre", "yarn", "knit", "woven", "tshirt", "tote", "sportswear")
_SYNTHETIC: Final = ("fibre", "yarn", "knit", "woven", "sportswear", "socks", "tshirt")

_MATERIALS: Final = (
    _Material("hemp", "hemp", "hemp", "กัญชง", "กัญชง", (HEMP,), ("hemp stalks", "ต้นกัญชง"), _HANDCRAFT,
              ("Organic Thailand", "OTOP")),
    _Material("banana", "banana fibre", "banana", "ใยกล้วย", "กล้วย", (HEMP,), ("banana stems", "ต้นกล้วย"),
              _HANDCRAFT, ("OTOP",)),
    _Material("pineapple", "pineapple leaf fibre", "pineapple leaf", "ใยสับปะรด", "ใบสับปะรด", (HEMP,),
              ("fresh pineapple leaves", "ใบสับปะรดสด"), _HANDCRAFT, ("OTOP",)),
    _Material("lotus", "lotus fibre", "lotus", "ใยบัว", "ก้านบัว", (HEMP,), ("lotus stems", "ก้านบัวสด"),
              _HANDCRAFT, ()),
    _Material("eri", "eri silk", "eri silk", "ไหมอีรี่", "ไหมอีรี่", (HEMP, ISAN),
              ("eri silk cocoons", "รังไหมอีรี่"), _HANDCRAFT, ("OTOP",)),
    _Material("kapok", "kapok", "kapok", "นุ่น", "นุ่น", (HEMP,), ("kapok pods", "ฝักนุ่น"), ("raw", "fibre"), ()),
    _Material("bamboo", "bamboo", "bamboo", "ใยไผ่", "ไผ่", (CENTRAL, SPORTECH), None,
              ("fibre", "yarn", "knit", "woven", "towel", "socks", "tshirt", "mask"), ("OEKO-TEX Standard 100",)),
    _Material("cotton", "cotton", "cotton", "ฝ้าย", "ฝ้าย", (CENTRAL, ISAN), ("seed cotton", "ปุยฝ้าย"),
              _COTTON_LIKE, ("OEKO-TEX Standard 100", "Better Cotton")),
    _Material("organic-cotton", "organic cotton", "organic cotton", "ฝ้ายออร์แกนิก", "ฝ้ายออร์แกนิก",
              (CENTRAL, ISAN, HEMP), ("organic seed cotton", "ปุยฝ้ายออร์แกนิก"), _COTTON_LIKE,
              ("GOTS", "OCS", "Organic Thailand")),
    _Material("native-cotton", "native cotton", "native cotton", "ฝ้ายพื้นเมือง", "ฝ้ายพื้นเมือง", (ISAN,),
              ("native seed cotton", "ปุยฝ้ายพื้นเมือง"), _HANDCRAFT, ("OTOP",)),
    _Material("silk", "Thai silk", "silk", "ไหมไทย", "ไหม", (ISAN, CENTRAL), ("silk cocoons", "รังไหม"),
              _HANDCRAFT, ("Thai Silk Peacock Emblem", "OTOP")),
    _Material("recycled-cotton", "recycled cotton", "recycled cotton", "ฝ้ายรีไซเคิล", "ฝ้ายรีไซเคิล",
              (CIRCULAR,), ("cotton cutting scraps sorted by colour", "เศษผ้าฝ้ายคัดแยกสี"), _RECYCLED,
              ("GRS", "RCS")),
    _Material("rpet", "recycled polyester", "recycled polyester", "โพลีเอสเตอร์รีไซเคิล", "โพลีเอสเตอร์รีไซเคิล",
              (CIRCULAR, SPORTECH), ("used PET bottles", "ขวดพลาสติก PET ใช้แล้ว"), _RECYCLED, ("GRS", "RCS")),
    _Material("denim", "upcycled denim", "denim", "ยีนส์อัพไซเคิล", "ยีนส์", (CIRCULAR,),
              ("used jeans", "กางเกงยีนส์ใช้แล้ว"), ("raw", "tote", "bag_from"), ()),
    _Material("polyester", "polyester", "polyester", "โพลีเอสเตอร์", "โพลีเอสเตอร์", (SPORTECH,), None,
              _SYNTHETIC, ("bluesign", "OEKO-TEX Standard 100")),
    _Material("nylon", "nylon", "nylon", "ไนลอน", "ไนลอน", (SPORTECH,), None, _SYNTHETIC, ("bluesign",)),
)  # fmt: skip

# Finishes turn a material's fabric into a functional one; (en, th, materials, sub-clusters, service).
_FINISHES: Final = (
    ("antibacterial", "antibacterial {m} fabric", "ผ้า{m}ต้านแบคทีเรีย", ("cotton", "organic-cotton", "bamboo"),
     AGEING, "svc-antibacterial"),
    ("waterproof", "waterproof-coated {m} fabric", "ผ้า{m}เคลือบกันน้ำ", ("cotton", "polyester"),
     (*AGEING, SPORTECH), ""),
    ("quick-dry", "quick-dry {m} fabric", "ผ้า{m}แห้งเร็ว", ("polyester", "rpet", "nylon"), (SPORTECH,), ""),
    ("wicking", "moisture-wicking {m} fabric", "ผ้า{m}ระบายเหงื่อ", ("polyester", "rpet", "bamboo"),
     (SPORTECH,), ""),
    ("indigo", "indigo-dyed {m} cloth", "ผ้า{m}ย้อมคราม", ("native-cotton", "hemp", "cotton"), (ISAN, HEMP),
     "svc-indigo"),
    ("natural-dye", "naturally dyed {m} cloth", "ผ้า{m}ย้อมสีธรรมชาติ", ("silk", "native-cotton", "banana"),
     (ISAN, HEMP), "svc-natural-dye"),
)  # fmt: skip

_FIXED_ITEMS: Final = (
    Item("indigo-paste", UP, (ISAN, HEMP), "natural indigo paste", "เนื้อครามเปียก", "weight"),
    Item("lac-dye", UP, (ISAN,), "lac dye", "สีครั่ง", "weight"),
    Item("herbs", UP, AGEING, "dried herbs for compress balls", "สมุนไพรแห้งสำหรับทำลูกประคบ", "weight"),
    Item("textile-waste", UP, (CIRCULAR,), "mixed post-consumer textile waste", "ขยะสิ่งทอคละชนิด", "weight"),
    Item("svc-indigo", MID, (ISAN, HEMP), "natural indigo dyeing service", "รับย้อมครามธรรมชาติ", "service",
         ("indigo-paste",)),
    Item("svc-natural-dye", MID, (ISAN, HEMP), "natural dyeing with lac and bark", "รับย้อมสีธรรมชาติจากครั่งและเปลือกไม้",
         "service", ("lac-dye",)),
    Item("svc-print", MID, (SPORTECH, CIRCULAR, CENTRAL), "screen printing on garments", "รับสกรีนลายเสื้อ", "pieces"),
    Item("svc-antibacterial", MID, AGEING, "antibacterial finishing service", "รับเคลือบผ้าต้านแบคทีเรีย", "service"),
    Item("svc-cmt", MID, SUB_CLUSTERS, "cut-make-trim sewing", "รับตัดเย็บเสื้อผ้า", "pieces"),
    Item("svc-embroidery", MID, (ISAN, CENTRAL), "hand embroidery", "รับปักลายผ้าด้วยมือ", "pieces"),
    Item("elastic", MID, (SPORTECH, *AGEING), "elastic tape", "ยางยืดขอบ", "length"),
    Item("buttons", MID, (HEMP, ISAN, CIRCULAR), "coconut-shell buttons", "กระดุมกะลามะพร้าว", "pieces"),
    Item("zips", MID, (SPORTECH, CIRCULAR), "nylon zips", "ซิปไนลอน", "pieces"),
    Item("nonwoven", MID, (*AGEING, CIRCULAR), "spunbond nonwoven fabric", "ผ้าสปันบอนด์", "length",
         ("fibre:rpet",)),
    Item("felt", MID, (CIRCULAR,), "recycled felt sheets", "แผ่นสักหลาดรีไซเคิล", "length",
         ("textile-waste", "raw:recycled-cotton")),
    Item("packaging", MID, SUB_CLUSTERS, "kraft paper packaging", "บรรจุภัณฑ์กระดาษคราฟท์", "pieces"),
    Item("pads", DOWN, AGEING, "washable adult incontinence pads", "แผ่นรองซับผู้ใหญ่แบบซักได้", "pieces",
         ("finish-waterproof:cotton", "finish-antibacterial:cotton", "nonwoven")),
    Item("gowns", DOWN, AGEING, "patient gowns", "ชุดผู้ป่วย", "pieces",
         ("woven:cotton", "finish-antibacterial:cotton", "svc-cmt"), ("ISO 13485",)),
    Item("transfer-sheets", DOWN, AGEING, "patient transfer sheets", "ผ้ายกตัวผู้ป่วย", "pieces",
         ("finish-waterproof:polyester", "woven:cotton")),
    Item("anti-slip-socks", DOWN, AGEING, "anti-slip socks for the elderly", "ถุงเท้ากันลื่นผู้สูงอายุ", "pieces",
         ("yarn:cotton", "yarn:bamboo", "elastic")),
    Item("compress", DOWN, AGEING, "herbal compress balls", "ลูกประคบสมุนไพร", "pieces",
         ("herbs", "woven:cotton"), ("Thai FDA",)),
    Item("spa-robes", DOWN, AGEING, "spa robes", "ชุดคลุมอาบน้ำสปา", "pieces", ("woven:cotton", "knit:bamboo")),
    Item("pillows", DOWN, (HEMP, CENTRAL), "kapok pillows", "หมอนนุ่น", "pieces", ("fibre:kapok", "woven:cotton")),
    Item("leggings", DOWN, (SPORTECH,), "compression leggings", "กางเกงเลกกิ้งกระชับกล้ามเนื้อ", "pieces",
         ("knit:nylon", "knit:polyester", "elastic")),
    Item("jerseys", DOWN, (SPORTECH,), "cycling jerseys", "เสื้อปั่นจักรยาน", "pieces",
         ("finish-wicking:polyester", "zips", "svc-print")),
    Item("mudmee-dresses", DOWN, (ISAN,), "mudmee silk dresses", "ชุดผ้าไหมมัดหมี่", "pieces",
         ("handwoven:silk", "svc-embroidery"), ("Thai Silk Peacock Emblem",)),
    Item("felt-bags", DOWN, (CIRCULAR,), "laptop sleeves made from recycled felt", "ซองแล็ปท็อปจากสักหลาดรีไซเคิล",
         "pieces", ("felt", "zips")),
)  # fmt: skip

_INSTITUTIONS: Final = (
    Institution("elderly care home, 60 beds", "บ้านพักผู้สูงอายุ 60 เตียง", AGEING,
                ("pads", "gowns", "anti-slip-socks", "sheet:cotton", "adaptive:cotton")),
    Institution("private hospital, 200 beds", "โรงพยาบาลเอกชน 200 เตียง", AGEING,
                ("gowns", "transfer-sheets", "sheet:cotton", "mask:cotton", "pads")),
    Institution("Thai massage and spa", "บริการนวดแผนไทยและสปา", (*AGEING, HEMP),
                ("compress", "spa-robes", "towel:cotton", "towel:bamboo")),
    Institution("boutique hotel with 40 rooms", "โรงแรมบูติก 40 ห้อง", SUB_CLUSTERS,
                ("sheet:organic-cotton", "towel:cotton", "spa-robes", "tote:hemp", "pillows")),
    Institution("running club and race organiser", "ชมรมวิ่งและผู้จัดงานวิ่ง", (SPORTECH, CIRCULAR),
                ("tshirt:rpet", "sportswear:polyester", "socks:nylon", "jerseys")),
    Institution("souvenir shop for tourists", "ร้านของฝากสำหรับนักท่องเที่ยว", (HEMP, ISAN, CIRCULAR),
                ("scarf:silk", "tote:hemp", "bag_from:banana", "bag_from:denim", "felt-bags")),
    Institution("physiotherapy clinic", "คลินิกกายภาพบำบัด", (*AGEING, SPORTECH),
                ("leggings", "anti-slip-socks", "towel:bamboo")),
)  # fmt: skip

_OFFER_TEMPLATES_EN: Final = ("{x}", "We supply {x}", "{x}, {q}", "{x} ({q})", "{x} - {n}", "Producer of {x}, {n}",
                              "{x} for export", "{x}, {q}, {n}")  # fmt: skip
_OFFER_TEMPLATES_TH: Final = ("{x}", "จำหน่าย{x}", "ผลิตและจำหน่าย{x}", "{x} ({q})", "{x} {n}", "รับผลิต{x} {q}",
                              "{x} {q} {n}")  # fmt: skip
_NEED_TEMPLATES_EN: Final = ("Looking for {x}", "need a reliable supplier of {x}", "sourcing {x}, {q}", "{x} wanted",
                             "we buy {x} ({q})", "{x} needed - {n}", "{x}")  # fmt: skip
_NEED_TEMPLATES_TH: Final = ("ต้องการ{x}", "หาผู้ผลิต{x}", "ต้องการซัพพลายเออร์{x}", "รับซื้อ{x} {q}", "หา{x} {n}",
                             "ต้องการ{x} {q}")  # fmt: skip
_CERTIFIED_NEED_EN: Final = ("{x} ({c} certified only)", "{c}-certified {x}", "{x}, must hold {c}")
_CERTIFIED_NEED_TH: Final = ("ต้องการ{x}ที่ได้รับรอง {c}", "{x} (ต้องมี {c})", "หา{x}ได้มาตรฐาน {c}")
# Per unit: (English, Thai, the values it is written with).
_QUANTITIES: Final[dict[Unit, tuple[tuple[str, str, tuple[int, ...]], ...]]] = {
    "weight": (("approx. {v} kg/month", "เดือนละ {v} กก.", (20, 50, 100, 200, 500)),
               ("{v} kg per batch", "ครั้งละ {v} กิโลกรัม", (10, 30, 50, 100)),
               ("about {v} tonnes a year", "ปีละประมาณ {v} ตัน", (2, 5, 10, 20))),
    "length": (("MOQ {v} m", "ขั้นต่ำ {v} เมตร", (50, 100, 200, 500)),
               ("width {v} cm", "หน้ากว้าง {v} ซม.", (90, 110, 150, 160)),
               ("{v} metres per order", "ออร์เดอร์ละ {v} เมตร", (100, 300, 1000))),
    "pieces": (("MOQ {v} pcs", "ขั้นต่ำ {v} ชิ้น", (50, 100, 300, 500)),
               ("{v} pcs/month", "เดือนละ {v} ชิ้น", (200, 500, 1000, 5000)),
               ("lots of {v}", "ล็อตละ {v} ตัว", (100, 200, 1000))),
    "service": (("lead time {v} days", "ใช้เวลา {v} วัน", (3, 7, 14, 30)),
                ("{v}-day turnaround", "รับงานภายใน {v} วัน", (2, 5, 10))),
}  # fmt: skip
_SALES_TALK: Final = (
    ("export quality", "small batch", "OEM welcome", "fast delivery", "good price", "urgent", "long-term partner"),
    ("งานคุณภาพ", "ราคาส่ง", "พร้อมส่ง", "รับงาน OEM", "ส่งไว", "ด่วน", "สนใจร่วมงานระยะยาว"),
)
_SIDE_OFFERS: Final = (
    ("factory visits and workshops", "เปิดให้เยี่ยมชมโรงงานและเวิร์กช็อป"),
    ("carbon footprint data for customers", "ข้อมูลคาร์บอนฟุตพริ้นท์สำหรับลูกค้า"),
    ("custom orders welcome", "รับสั่งทำตามแบบ"),
)
_SIDE_NEEDS: Final = (
    ("an export agent", "หาตัวแทนส่งออก"),
    ("second-hand looms", "ต้องการกี่ทอผ้ามือสอง"),
    ("training in natural dyeing", "ต้องการอบรมการย้อมสีธรรมชาติ"),
    ("a designer for a new collection", "หานักออกแบบคอลเลกชันใหม่"),
)
_MARKET_NEED: Final = ("looking for buyers for our {x}", "หาตลาดสำหรับ{x}")
# Details SMEs add to the name of what they trade, as (English, Thai) templates around it:
# colours, weaves, weights, yarn counts, grades, end uses. {g} = grams per m², {c} = yarn count.
_DETAILS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "fabric": (("natural white {x}", "{x}สีขาวธรรมชาติ"), ("indigo blue {x}", "{x}สีน้ำเงินคราม"),
               ("black {x}", "{x}สีดำ"), ("earth-tone {x}", "{x}โทนเอิร์ธโทน"), ("pastel {x}", "{x}สีพาสเทล"),
               ("striped {x}", "{x}ลายทาง"), ("checked {x}", "{x}ลายตาราง"), ("plain-weave {x}", "{x}ทอลายขัด"),
               ("mudmee-patterned {x}", "{x}ลายมัดหมี่"), ("{x}, {g} gsm", "{x} {g} แกรม"),
               ("{x}, {g} g/m2", "{x} น้ำหนัก {g} กรัมต่อตารางเมตร")),
    "yarn": (("{x} Ne {c}", "{x} เบอร์ {c}"), ("undyed {x}", "{x}ไม่ย้อมสี"), ("{x}, count {c}", "{x} ขนาด {c}"),
             ("dyed {x}", "{x}ย้อมสีแล้ว"), ("{x} on cones", "{x}แบบกรวย")),
    "fibre": (("grade A {x}", "{x}เกรดเอ"), ("long-staple {x}", "{x}เส้นยาว"), ("sun-dried {x}", "{x}ตากแห้ง"),
              ("baled {x}", "{x}อัดก้อน"), ("clean {x}", "{x}สะอาด")),
    "product": (("unisex {x}", "{x}ยูนิเซ็กซ์"), ("handmade {x}", "{x}แฮนด์เมด"), ("eco-friendly {x}", "{x}รักษ์โลก"),
                ("premium {x}", "{x}พรีเมียม"), ("{x}, sizes S-XXL", "{x} ไซซ์ S-XXL"),
                ("{x} for hotels", "{x}สำหรับโรงแรม"), ("{x} for hospitals", "{x}สำหรับโรงพยาบาล"),
                ("{x} for the export market", "{x}สำหรับตลาดส่งออก"), ("black {x}", "{x}สีดำ")),
}  # fmt: skip
_GRAMMAGES: Final = tuple(range(100, 341, 20))
_YARN_COUNTS: Final = ("10/1", "16/1", "20/1", "20/2", "30/1", "32/2", "40/1", "40/2", "60/2")
_ORIGINS: Final = (("{x} from {p}", "{x}จาก{p}"), ("{x} made in {p}", "{x}ผลิตที่{p}"))
_FABRIC_FORMS: Final = frozenset({"woven", "handwoven", "knit", "nonwoven", "felt"})
_GENERAL_CERTIFICATIONS: Final = ("ISO 9001", "ISO 14001", "Thai Industrial Standard", "Thai Green Label")

_PLACES: Final = (
    ("Saeng Thong", "แสงทอง"), ("Ban Rai", "บ้านไร่"), ("Rattana", "รัตนา"), ("Fah Sai", "ฟ้าใส"),
    ("Lanna", "ล้านนา"), ("Ruen Thai", "เรือนไทย"), ("Siam", "สยาม"), ("Mae Ping", "แม่ปิง"),
    ("Phu Fah", "ภูฟ้า"), ("Chao Phraya", "เจ้าพระยา"), ("Nong Bua", "หนองบัว"), ("Khok Sung", "โคกสูง"),
    ("Rung Rueang", "รุ่งเรือง"), ("Sri Sawang", "ศรีสว่าง"), ("Pa Daeng", "ป่าแดง"), ("Huai Sai", "ห้วยทราย"),
    ("Chom Thong", "จอมทอง"), ("Sukjai", "สุขใจ"), ("Thong Dee", "ทองดี"), ("Baan Suan", "บ้านสวน"),
)  # fmt: skip
_TRADES: Final = {
    UP: (("Fibre", "เส้นใย"), ("Growers", "เกษตรกร"), ("Spinning", "ปั่นด้าย"), ("Recycling", "รีไซเคิล")),
    MID: (("Weaving", "ทอผ้า"), ("Textiles", "สิ่งทอ"), ("Knitting", "ถักผ้า"), ("Dye House", "ย้อมผ้า")),
    DOWN: (("Apparel", "เครื่องแต่งกาย"), ("Crafts", "หัตถกรรม"), ("Design", "ดีไซน์"), ("Care", "แคร์")),
}
_NAME_TEMPLATES: Final = (
    ("{p} {t} Co., Ltd.", "{p} {t} Community Enterprise", "{p} {t}", "{p} {t} Group"),
    ("บริษัท {p}{t} จำกัด", "วิสาหกิจชุมชน{t}{p}", "{t}{p}", "ห้างหุ้นส่วนจำกัด {t}{p}"),
)

# Shares of the cluster: sub-clusters, stages, and where each sub-cluster's SMEs mostly are.
_SUB_CLUSTER_WEIGHTS: Final = (0.22, 0.20, 0.16, 0.22, 0.20)
_STAGES: Final = (UP, MID, DOWN)
_STAGE_WEIGHTS: Final = (0.28, 0.30, 0.42)
_INSTITUTION_SHARE: Final = 0.2  # of downstream SMEs
_HOME_REGION: Final = {
    HEMP: (Region.NORTH, 0.6),
    ISAN: (Region.NORTHEAST, 0.9),
    CENTRAL: (Region.CENTRAL, 0.7),
    CIRCULAR: (Region.CENTRAL, 0.5),
    SPORTECH: (Region.CENTRAL, 0.4),
}
_BCG_OF: Final = {
    HEMP: ("bio",),
    CIRCULAR: ("circular",),
    SPORTECH: ("green",),
    CENTRAL: ("green",),
    ISAN: ("bio",),
}
_BCG_TAGS: Final = ("bio", "circular", "green")


def _material_items() -> list[Item]:
    items: list[Item] = []
    for m in _MATERIALS:
        for form_key in m.forms:
            if form_key == "raw":
                if m.raw is not None:
                    items.append(Item(f"raw:{m.key}", UP, m.sub_clusters, m.raw[0], m.raw[1], "weight"))
                continue
            form = _FORMS[form_key]
            inputs = tuple(f"{f}:{m.key}" for f in form.inputs if f in m.forms and f != "raw")
            if "raw" in form.inputs and m.raw and (not inputs or form.stage == UP):
                # Spinners buy raw fibre; product makers only when nobody makes a fabric of it.
                inputs += (f"raw:{m.key}",)
            en = form.en.format(m=m.en, b=m.en_base)
            th = form.th.format(m=m.th, b=m.th_base)
            certifications = m.certifications if form.stage != UP or form_key == "yarn" else ()
            items.append(
                Item(f"{form_key}:{m.key}", form.stage, m.sub_clusters, en, th, form.unit, inputs, certifications)
            )
    materials = {m.key: m for m in _MATERIALS}
    for name, en, th, material_keys, sub_clusters, service in _FINISHES:
        for key in material_keys:
            m = materials[key]
            fabrics = tuple(f"{f}:{key}" for f in ("woven", "knit", "handwoven") if f in m.forms)
            inputs = fabrics + ((service,) if service else ())
            items.append(
                Item(f"finish-{name}:{key}", MID, sub_clusters, en.format(m=m.en), th.format(m=m.th), "length",
                     inputs, m.certifications)
            )  # fmt: skip
    return items


ITEMS: Final[dict[str, Item]] = {item.key: item for item in (*_material_items(), *_FIXED_ITEMS)}


def _check_references() -> None:
    referenced = [key for item in ITEMS.values() for key in item.inputs]
    referenced += [key for institution in _INSTITUTIONS for key in institution.needs]
    unknown = sorted(set(referenced) - ITEMS.keys())
    if unknown:
        raise ValueError(f"vocabulary refers to items it does not define: {unknown}")


_check_references()

# What SMEs of a sub-cluster and stage make: (sub_cluster, stage) -> items.
_MAKERS: Final[dict[tuple[str, str], tuple[Item, ...]]] = {
    (sub, stage): tuple(i for i in ITEMS.values() if i.stage == stage and sub in i.sub_clusters)
    for sub in SUB_CLUSTERS
    for stage in _STAGES
}


def _material_of(item: Item) -> str:
    return item.key.partition(":")[2]  # "" for goods not made of one material


def _siblings() -> dict[tuple[str, str, str], tuple[Item, ...]]:
    """(sub_cluster, stage, material) -> what that stage makes of the material there."""
    return {
        (sub, stage, _material_of(item)): tuple(i for i in items if _material_of(i) == _material_of(item))
        for (sub, stage), items in _MAKERS.items()
        for item in items
    }


# Items sharing a material, so an SME's second offer is usually of the material it works with.
_SIBLINGS: Final = _siblings()


def _detail_group(item: Item) -> str | None:
    form = item.key.partition(":")[0]
    if form in _FABRIC_FORMS or form.startswith("finish-"):
        return "fabric"
    if form in ("yarn", "handspun"):
        return "yarn"
    if form in ("fibre", "raw"):
        return "fibre"
    return "product" if item.unit == "pieces" and item.stage == DOWN else None


_DETAIL_GROUPS: Final = {key: _detail_group(item) for key, item in ITEMS.items()}
_INSTITUTIONS_OF: Final = {sub: tuple(i for i in _INSTITUTIONS if sub in i.sub_clusters) for sub in SUB_CLUSTERS}
_PROVINCES_OF: Final = {region: tuple(p.name_en for p in PROVINCES if p.region == region) for region in Region}
_ALL_PROVINCES: Final = tuple(p.name_en for p in PROVINCES)
_SUB_CLUSTER_CUMULATIVE: Final = tuple(itertools.accumulate(_SUB_CLUSTER_WEIGHTS))
_STAGE_CUMULATIVE: Final = tuple(itertools.accumulate(_STAGE_WEIGHTS))


# ------------------------------------------------------------------ drawing


class _Dice:
    """Uniform draws handed out one at a time, from a block drawn by numpy up front."""

    __slots__ = ("roll",)

    def __init__(self, rolls: list[float]) -> None:
        # Cycles if a profile ever needs more draws than reserved: still deterministic.
        self.roll: Callable[[], float] = itertools.cycle(rolls).__next__

    def pick(self, options: Sequence[T]) -> T:
        return options[int(self.roll() * len(options))]

    def chance(self, p: float) -> bool:
        return self.roll() < p

    def weighted(self, options: Sequence[T], cumulative: Sequence[float]) -> T:
        at = bisect.bisect_right(cumulative, self.roll() * cumulative[-1])
        return options[min(at, len(options) - 1)]


def _quantity(unit: Unit, lang: int, dice: _Dice) -> str:
    *texts, values = dice.pick(_QUANTITIES[unit])
    return texts[lang].format(v=dice.pick(values))


def _described(item: Item, lang: int, dice: _Dice) -> str:
    """The item's name, often with a detail (colour, weight, count, end use) and sometimes its origin."""
    name = item.th if lang else item.en
    group = _DETAIL_GROUPS[item.key]
    if group is not None and dice.chance(0.5):
        template = dice.pick(_DETAILS[group])[lang]
        name = template.format(x=name, g=dice.pick(_GRAMMAGES), c=dice.pick(_YARN_COUNTS))
    if dice.chance(0.12):
        province = dice.pick(PROVINCES)
        name = dice.pick(_ORIGINS)[lang].format(x=name, p=province.name_th if lang else province.name_en)
    return name


def _offer_text(item: Item, lang: int, dice: _Dice) -> str:
    template = dice.pick(_OFFER_TEMPLATES_TH if lang else _OFFER_TEMPLATES_EN)
    name = _described(item, lang, dice)
    return template.format(x=name, q=_quantity(item.unit, lang, dice), n=dice.pick(_SALES_TALK[lang]))


def _need_text(item: Item, lang: int, dice: _Dice) -> str:
    name = _described(item, lang, dice)
    if item.certifications and dice.chance(0.15):
        template = dice.pick(_CERTIFIED_NEED_TH if lang else _CERTIFIED_NEED_EN)
        return template.format(x=name, c=dice.pick(item.certifications))
    template = dice.pick(_NEED_TEMPLATES_TH if lang else _NEED_TEMPLATES_EN)
    return template.format(x=name, q=_quantity(item.unit, lang, dice), n=dice.pick(_SALES_TALK[lang]))


def _province(sub_cluster: str, dice: _Dice) -> str:
    region, share = _HOME_REGION[sub_cluster]
    return dice.pick(_PROVINCES_OF[region] if dice.chance(share) else _ALL_PROVINCES)


def _name(stage: str, lang: int, dice: _Dice) -> str:
    place = dice.pick(_PLACES)[lang]
    trade = dice.pick(_TRADES[stage])[lang]
    return dice.pick(_NAME_TEMPLATES[lang]).format(p=place, t=trade)


def _made_items(sub_cluster: str, stage: str, dice: _Dice) -> list[Item]:
    first = dice.pick(_MAKERS[(sub_cluster, stage)])
    made = [first]
    count = 1 + int(dice.chance(0.45)) + int(dice.chance(0.15))
    siblings = _SIBLINGS[(sub_cluster, stage, _material_of(first))]
    for _ in range(count - 1):
        pool = siblings if dice.chance(0.7) and len(siblings) > 1 else _MAKERS[(sub_cluster, stage)]
        extra = dice.pick(pool)
        if extra not in made:
            made.append(extra)
    return made


def _certifications(made: Sequence[Item], dice: _Dice) -> list[str]:
    held: list[str] = []
    if dice.chance(0.35):
        own = [c for item in made for c in item.certifications]
        if own:
            held.append(dice.pick(own))
    if dice.chance(0.1):
        held.append(dice.pick(_GENERAL_CERTIFICATIONS))
    return list(dict.fromkeys(held))


def _bcg(sub_cluster: str, dice: _Dice) -> list[str]:
    tags = list(_BCG_OF[sub_cluster])
    if dice.chance(0.3):
        extra = dice.pick(_BCG_TAGS)
        if extra not in tags:
            tags.append(extra)
    return tags


def _profile(index: int, dice: _Dice) -> ProfileRecord:
    sub_cluster = dice.weighted(SUB_CLUSTERS, _SUB_CLUSTER_CUMULATIVE)
    stage = dice.weighted(_STAGES, _STAGE_CUMULATIVE)
    lang = int(dice.chance(THAI_SHARE))  # 1 = Thai: indexes the (English, Thai) pairs above
    offers: list[str] = []
    needs: list[str] = []
    institutions = _INSTITUTIONS_OF[sub_cluster]
    made: list[Item] = []
    if stage == DOWN and institutions and dice.chance(_INSTITUTION_SHARE):
        institution = dice.pick(institutions)
        offers.append(institution.th if lang else institution.en)
        wanted = [ITEMS[key] for key in institution.needs]
        for _ in range(1 + int(dice.chance(0.6)) + int(dice.chance(0.3))):
            item = dice.pick(wanted)
            needs.append(_need_text(item, lang, dice))
    else:
        made = _made_items(sub_cluster, stage, dice)
        offers.extend(_offer_text(item, lang, dice) for item in made)
        for item in made:
            if item.inputs and dice.chance(0.8) and len(needs) < 3:
                needs.append(_need_text(ITEMS[dice.pick(item.inputs)], lang, dice))
        if dice.chance(0.08):
            offers.append(dice.pick(_SIDE_OFFERS)[lang])
        if dice.chance(0.06):
            product = made[0].th if lang else made[0].en
            needs.append(_MARKET_NEED[lang].format(x=product))
    if dice.chance(0.1):
        needs.append(dice.pick(_SIDE_NEEDS)[lang])
    sme_id = f"sme-{index:07d}"
    return {
        "id": sme_id,
        "name": _name(stage, lang, dice),
        "sub_cluster": sub_cluster,
        "stage": stage,
        "province": _province(sub_cluster, dice),
        "offers": list(dict.fromkeys(offers)),
        "needs": list(dict.fromkeys(needs)),
        "certifications": _certifications(made, dice),
        "bcg": _bcg(sub_cluster, dice),
        "contact_email": f"{sme_id}@example.com",
        "language": "th" if lang else "en",
    }


def generate(n: int, seed: int = 0) -> Iterator[ProfileRecord]:
    """The first `n` profiles of the cluster with this seed, lazily."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    for block_start in range(0, n, _CHUNK):
        # Always draw a whole block, so a profile never depends on how many follow it.
        rng = np.random.default_rng([seed, block_start // _CHUNK])
        rolls = rng.random((_CHUNK, _ROLLS_PER_PROFILE)).tolist()
        for offset in range(min(_CHUNK, n - block_start)):
            yield _profile(block_start + offset, _Dice(rolls[offset]))


def variant_of(record: ProfileRecord, rng: random.Random) -> ProfileRecord:
    """The same SME after an edit: one of its offers replaced by another product of its stage."""
    dice = _Dice([rng.random() for _ in range(16)])
    lang = 1 if record["language"] == "th" else 0
    item = dice.pick(_MAKERS[(record["sub_cluster"], record["stage"])])
    offers = list(record["offers"])
    new_offer = _offer_text(item, lang, dice)
    if offers:
        offers[int(dice.roll() * len(offers))] = new_offer
    else:
        offers.append(new_offer)
    changed: ProfileRecord = {**record, "offers": list(dict.fromkeys(offers))}
    return changed


# ------------------------------------------------------------------ files


def cluster_path(n: int, seed: int, cache_dir: Path = DEFAULT_CACHE_DIR) -> Path:
    return cache_dir / f"cluster-v{GENERATOR_VERSION}-seed{seed}-n{n}.jsonl"


def write_cluster(path: Path, n: int, seed: int) -> None:
    """Write the cluster to `path` atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    try:
        with partial.open("w", encoding="utf-8") as out:
            batch: list[str] = []
            for record in generate(n, seed):
                batch.append(dumps(record))
                if len(batch) == _CHUNK:
                    out.write("\n".join(batch) + "\n")
                    batch.clear()
            if batch:
                out.write("\n".join(batch) + "\n")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def cached_cluster(n: int, seed: int = 0, cache_dir: Path = DEFAULT_CACHE_DIR) -> Path:
    """Path of the cluster file for (n, seed), generating it on first use."""
    path = cluster_path(n, seed, cache_dir)
    if not path.exists():
        write_cluster(path, n, seed)
    return path


def read_cluster(path: Path) -> Iterator[ProfileRecord]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record: ProfileRecord = json.loads(line)
            yield record


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic textile cluster (JSONL v1).")
    parser.add_argument("n", type=int, help="number of SME profiles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="output file (default: the benchmark cache)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.out is None:
        path = cached_cluster(args.n, args.seed)
    else:
        write_cluster(args.out, args.n, args.seed)
        path = args.out
    print(f"{path} ({args.n:,} profiles, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
