# ruff: noqa: E501
"""Held-out evaluation set "blind_form_fields" (id prefix bff).

Offers and needs written the way coordinators paste them from registration
forms and spreadsheets: labelled fields ("Product: ...; Material: ...",
"สินค้า: ... | วัตถุดิบ: ...") in Thai and English.

Every offer carries a label saying what it is; every need lists the offer
labels that meet it and the certifications it requires. Links are derived
from those labels, never from shared words. This script validates everything
and then writes profiles.jsonl and links.csv next to itself; it writes nothing
if any check fails.

Run from the repository root:
    .venv/bin/python eval/blind_form_fields/write.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shared import taxonomy  # noqa: E402

PREFIX = "bff"
MIN_THAI_SHARE = 0.60

# ------------------------------------------------------------------ offer labels (what a thing *is*)

HEMP_FIBRE = "hemp bast fibre"
HEMP_HANDSPUN = "handspun hemp yarn"
HEMP_BLEND_YARN = "machine-spun hemp-cotton blend yarn"
HEMP_CLOTH_UNDYED = "handwoven hemp cloth, undyed"
HEMP_CLOTH_INDIGO = "handwoven hemp cloth, indigo-dyed"
HEMP_CANVAS = "mill-woven hemp-cotton canvas, wide"
INDIGO_DYEING = "contract natural indigo dyeing"
INDIGO_PASTE = "natural indigo dye paste"
DYESTUFF = "dried natural dyestuffs (lac, heartwoods, barks)"
NATDYE_SERVICE = "contract natural dyeing, non-indigo plant and lac dyes"
HEMP_BAG = "hemp tote bags"
HEMP_SHIRT = "hemp shirts"
ORG_LINT = "organic cotton lint"
COTTON_HANDSPUN = "handspun cotton yarn"
ORG_YARN = "organic cotton yarn, machine-spun"
ORG_JERSEY = "organic cotton jersey"
BABY = "baby clothes"
COTTON_WASTE = "sorted cotton cutting waste (pre-consumer)"
DENIM_WASTE = "denim cutting waste (pre-consumer)"
USED_GARMENTS = "sorted post-consumer garments"
PICKUP = "used textile pick-up service"
RECYCLED_FIBRE = "recycled cotton fibre (shredded)"
SHREDDING = "contract textile shredding"
RPET_STAPLE = "recycled polyester staple fibre"
RPET_FILAMENT = "recycled polyester filament yarn"
RECYCLED_YARN = "recycled cotton-blend yarn, open-end"
RECYCLED_JERSEY = "recycled cotton jersey"
RECYCLED_TEE = "recycled T-shirts"
PATCHWORK_BAG = "upcycled patchwork bags"
DENIM_BAG = "upcycled denim bags"
WICK_RPET = "wicking sports knit, recycled polyester"
WICK_VIRGIN = "wicking sports knit, virgin polyester"
SUBLIMATION = "contract sublimation printing"
SCREEN = "contract screen printing"
RUNNING_SHIRT = "running shirts (own brand)"
TEAMWEAR = "custom teamwear and PE uniforms"
COMPRESSION_FABRIC = "elastic compression knit fabric"
COMPRESSION_GARMENT = "compression stockings and supports"
MICROFIBRE_TOWEL = "microfibre sports towels"
SEW_KNIT = "contract sewing, knit garments"
SEW_WOVEN = "contract sewing, woven garments"
SEW_BAG = "contract bag sewing"
TRANSFER_SHEET = "patient transfer sheet"
COATED = "waterproof coated fabric, wide"
GREIGE_POLY = "mill-woven polyester greige, wide"
GREIGE_COTTON = "mill-woven cotton greige cloth"
UNDERPAD = "washable incontinence underpads"
WEBBING = "narrow webbing tape"
VELCRO = "hook-and-loop tape"
BED_LINEN = "bed linen"
TOWELS = "cotton terry towels and bathrobes"
BATIK = "batik sarongs and cloth"
MASKS = "washable cloth face masks"
SILK_YARN = "hand-reeled native silk yarn"
MUDMEE = "handwoven mudmee silk cloth"
OFFCUTS = "handwoven fabric offcuts"
SILK_SCARF = "silk scarves"
COTTON_SCARF = "indigo cotton scarves"
INDIGO_COTTON_CLOTH = "handwoven cotton cloth, indigo-dyed"
ADAPTIVE = "adaptive clothing for elderly"
BIBS = "adult clothing protectors (bibs)"
KHIT_PILLOW = "khit triangle pillows"
KAPOK = "kapok fibre"
HIJAB = "hijabs"
YARN_DYED_CLOTH = "handwoven cotton cloth, yarn-dyed (southern)"
PHA_KHAO_MA = "pha khao ma cloths"
BROCADE = "handwoven yok brocade with metallic thread"
BLEACH = "contract scouring, bleaching and finishing"
PIECE_DYE = "contract piece dyeing, synthetic dyes"
GOWNS = "patient gowns and scrubs"
EMBROIDERY = "contract hand embroidery"
MEDITATION = "meditation cushions"
LAMINATION = "contract TPU lamination"

# Kinds of need that no one in the cluster meets.
NON_TRADE = ("customers", "funding", "training", "machinery", "workers")
UNMET_KINDS = (*NON_TRADE, "trade")


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    label: str
    text: str


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    certs: frozenset[str] = frozenset()
    asks: str | None = None  # set for needs that no one meets: what they ask for
    kind: str = "trade"


@dataclass
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    id: str = field(init=False)

    def __post_init__(self) -> None:
        self.id = f"{PREFIX}-{self.num:03d}"


def o(label: str, text: str) -> Offer:
    return Offer(label, text)


def n(text: str, *meets: str, certs: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(meets), frozenset(certs))


def unmet(text: str, asks: str, kind: str = "trade", certs: tuple[str, ...] = ()) -> Need:
    return Need(text, (), frozenset(certs), asks, kind)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CENTRAL = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
RCS = "RCS"
OCS = "OCS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
ISO13485 = "ISO 13485"
FAIRTRADE = "Fairtrade"
BLUESIGN = "bluesign"
TIS = "Thai Industrial Standard"
FDA = "Thai FDA"
HALAL = "Halal"

# ------------------------------------------------------------------ the SMEs

SMES: list[Sme] = [
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนปลูกกัญชงดอยมูเซอ",
        HEMP,
        UP,
        "Tak",
        "hemp.doimusoe@example.co.th",
        offers=(
            o(
                HEMP_FIBRE,
                "สินค้า: เส้นใยกัญชงลอกมือ ตากแห้ง | วัตถุดิบ: ต้นกัญชงปลูกเองบนดอย | มาตรฐาน: มาตรฐานเกษตรอินทรีย์ | จำนวน: 300 กก./เดือน | หมายเหตุ: ยังไม่ปั่นหรือต่อเส้น",
            ),
        ),
        needs=(
            unmet(
                "ต้องการ: เครื่องลอกเปลือกกัญชง / การใช้งาน: ลดแรงงานลอกมือของแม่บ้าน / หมายเหตุ: ขอทุนซื้อเครื่อง",
                "hemp decorticator machine",
                "machinery",
            ),
        ),
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    Sme(
        2,
        "en",
        "Mae Chan Hemp Growers Cooperative",
        HEMP,
        UP,
        "Chiang Rai",
        "coop@maechanhemp.example.com",
        offers=(
            o(
                HEMP_FIBRE,
                "Item: hemp bast fibre, retted and degummed; Made of: low-THC hemp stalks; Qty: 1 t/month; Cert: none yet",
            ),
        ),
        needs=(
            unmet(
                "Need: overseas buyers for raw fibre; Remarks: can ship FOB Laem Chabang",
                "export customers for fibre",
                "customers",
            ),
        ),
        bcg=("bio",),
    ),
    Sme(
        3,
        "th",
        "กลุ่มแม่บ้านเข็นด้ายกัญชงบ้านแม่สา",
        HEMP,
        MID,
        "Chiang Mai",
        "maesa.hempyarn@example.co.th",
        offers=(
            o(
                HEMP_HANDSPUN,
                "ผลิตภัณฑ์: ด้ายกัญชงต่อมือ-เข็นมือ | ทำจาก: เปลือกกัญชงลอกมือ ต่อเส้นแบบม้ง | เส้น: ไม่สม่ำเสมอ เหมาะกับกี่เอวและกี่ทอมือ | ฟอก: ต้มน้ำขี้เถ้า ไม่ฟอกขาว",
            ),
        ),
        needs=(n("ต้องการ: เปลือกหรือเส้นใยกัญชง ยังไม่ปั่น | จำนวน: 200 กก./เดือน", HEMP_FIBRE),),
        bcg=("bio",),
    ),
    Sme(
        4,
        "en",
        "Lamphun Blended Yarns Co., Ltd.",
        HEMP,
        MID,
        "Lamphun",
        "sales@lamphunyarns.example.com",
        offers=(
            o(
                HEMP_BLEND_YARN,
                "Product: hemp/cotton blend yarn, ring-spun; Ratio: 55/45; Count: Ne 20/1; Qty: 3 t/month; Cert: ISO 9001",
            ),
        ),
        needs=(
            n("Raw material wanted: hemp bast fibre (degummed preferred); Qty: 2 t/month", HEMP_FIBRE),
            n("Need: organic cotton lint for blending; Cert: GOTS; Qty: 1 t/month", ORG_LINT, certs=(GOTS,)),
        ),
        certs=(ISO9001,),
        bcg=("bio", "green"),
    ),
    Sme(
        5,
        "th",
        "กลุ่มทอผ้ากัญชงบ้านแม่ละนา",
        HEMP,
        MID,
        "Mae Hong Son",
        "maelana.weave@example.co.th",
        offers=(
            o(
                HEMP_CLOTH_UNDYED,
                "สินค้า: ผ้ากัญชงทอมือ สีธรรมชาติ (ไม่ย้อม) | หน้ากว้าง: 35–40 ซม. | ทอ: กี่เอว | จำนวน: 100 เมตร/เดือน",
            ),
        ),
        needs=(
            n("ต้องการ: ด้ายกัญชงเข็นมือ | จำนวน: 50 กก./เดือน | หมายเหตุ: ไม่รับด้ายปั่นเครื่อง", HEMP_HANDSPUN),
            unmet("ต้องการ: ผู้สอนออกแบบลายผ้าใหม่ ให้ลูกหลานในหมู่บ้าน", "pattern design training", "training"),
        ),
        bcg=("bio",),
    ),
    Sme(
        6,
        "en",
        "Lanna Canvas Mill",
        HEMP,
        MID,
        "Chiang Mai",
        "mill@lannacanvas.example.com",
        offers=(
            o(
                HEMP_CANVAS,
                "Goods: hemp-cotton canvas, loom-state (greige); Width: 150 cm; Weight: 280 gsm; Made of: 55/45 hemp-cotton ring-spun yarn",
            ),
        ),
        needs=(
            n(
                "Yarn wanted: hemp/cotton blend, machine-spun, Ne 16–20; Remarks: handspun not suitable for our rapier looms",
                HEMP_BLEND_YARN,
            ),
        ),
        bcg=("bio",),
    ),
    Sme(
        7,
        "th",
        "โรงย้อมครามบ้านพรรณา",
        ISAN,
        MID,
        "Sakon Nakhon",
        "phanna.indigo@example.co.th",
        offers=(
            o(
                INDIGO_DYEING,
                "บริการ: รับย้อมครามธรรมชาติ ก่อหม้อด้วยน้ำขี้เถ้า | รับย้อม: ฝ้าย กัญชง ไหม ทั้งเส้นด้ายและผ้าผืน | หมายเหตุ: ลูกค้าส่งวัตถุดิบมาเอง ย้อมเข้มอ่อนตามสั่ง | มาตรฐาน: โอทอป",
            ),
        ),
        needs=(n("ต้องการ: เนื้อครามเปียกหรือเนื้อห้อม ช่วงหน้าแล้งครามในหมู่บ้านไม่พอ | จำนวน: 200 กก.", INDIGO_PASTE),),
        certs=(OTOP,),
        bcg=("bio", "green"),
    ),
    Sme(
        8,
        "th",
        "กลุ่มปลูกห้อมทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "thunghong.hom@example.co.th",
        offers=(
            o(
                INDIGO_PASTE,
                "สินค้า: เนื้อห้อมเปียก (ใบห้อมแช่น้ำ หมักปูน ตีเป็นเนื้อ) | สำหรับ: ก่อหม้อห้อม ย้อมเสื้อม่อฮ่อม | จำนวน: 500 กก./ปี",
            ),
        ),
        needs=(unmet("ต้องการ: ช่องทางขายออนไลน์ และคนช่วยทำเพจ", "online sales channel", "customers"),),
        bcg=("bio",),
    ),
    Sme(
        9,
        "en",
        "Lampang Natural Dyestuffs",
        HEMP,
        UP,
        "Lampang",
        "hello@lampangdyestuffs.example.com",
        offers=(
            o(
                DYESTUFF,
                "Item: dried natural dyestuffs; Includes: stick lac, jackfruit heartwood chips, mango bark, ebony fruit (ma kluea), teak leaves; Qty: 50 kg/month each; Note: sold as raw material, we do not dye",
            ),
        ),
        needs=(unmet("Need: grant or soft loan for a solar drying house", "solar dryer funding", "funding"),),
        bcg=("bio", "green"),
    ),
    Sme(
        10,
        "th",
        "สตูดิโอย้อมสีธรรมชาติสันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "sankamphaeng.dye@example.co.th",
        offers=(
            o(
                NATDYE_SERVICE,
                "บริการ: รับย้อมสีธรรมชาติ (ครั่ง แก่นขนุน เปลือกมะม่วง มะเกลือ ใบสัก) | รับย้อม: ฝ้าย ไหม กัญชง | หมายเหตุ: ไม่รับย้อมครามหรือห้อม",
            ),
        ),
        needs=(n("ต้องการ: ครั่งดิบ แก่นขนุนสับ เปลือกไม้ย้อมสี | จำนวน: เดือนละ 30 กก.", DYESTUFF),),
        bcg=("bio",),
    ),
    Sme(
        11,
        "th",
        "ร้านกระเป๋ากัญชงม่วนใจ๋",
        HEMP,
        DOWN,
        "Chiang Mai",
        "muanjai.bags@example.co.th",
        offers=(
            o(
                HEMP_BAG,
                "สินค้า: กระเป๋าผ้ากัญชง ทรงถุงย่าม | วัตถุดิบ: ผ้ากัญชงทอมือ | สี: ย้อมห้อม | ขนาด: 35x40 ซม. | ตกแต่ง: ปักลายม้ง",
            ),
        ),
        needs=(
            n("ต้องการ: ผ้ากัญชงทอมือ ยังไม่ย้อม หน้าแคบก็ได้ | จำนวน: 80 เมตร/เดือน", HEMP_CLOTH_UNDYED),
            n("ต้องการ: ร้านรับย้อมห้อมหรือครามผ้าผืน | หมายเหตุ: ทางร้านส่งผ้าไปให้ ย้อมแล้วส่งคืน", INDIGO_DYEING),
        ),
        bcg=("bio",),
    ),
    Sme(
        12,
        "en",
        "Common Thread Hemp Studio",
        HEMP,
        DOWN,
        "Bangkok",
        "studio@commonthread.example.com",
        offers=(
            o(
                HEMP_SHIRT,
                "Product: men's overshirts; Material: hemp-cotton canvas; Dye: natural indigo; Sizes: S–XXL; Qty: 300 pcs/month",
            ),
        ),
        needs=(
            n("Fabric wanted: hemp-cotton canvas, mill-woven, 150 cm, loom-state", HEMP_CANVAS),
            n("Need: piece dyeing with natural indigo; Cert: GOTS not required", INDIGO_DYEING),
            n("Need: cut-make-trim for woven shirts; Qty: 300 pcs/month", SEW_WOVEN),
            n("Need: hand embroidery on pocket flaps (Hmong cross-stitch)", EMBROIDERY),
        ),
        bcg=("bio",),
    ),
    Sme(
        13,
        "th",
        "ร้านของฝากชนเผ่าแม่สาย",
        HEMP,
        DOWN,
        "Chiang Rai",
        "maesai.craftshop@example.co.th",
        needs=(
            n("ต้องการ: กระเป๋าผ้ากัญชงย้อมห้อม ส่งขายหน้าร้าน | จำนวน: 200 ใบ/เดือน", HEMP_BAG),
            n("ผ้าพันคอไหมสีธรรมชาติ ขายนักท่องเที่ยวหน้าร้าน ต้องการเดือนละ 100 ผืน", SILK_SCARF),
        ),
    ),
    Sme(
        14,
        "th",
        "กลุ่มทอผ้ากัญชงบ้านสะจุก",
        HEMP,
        MID,
        "Nan",
        "sajuk.hemp@example.co.th",
        offers=(
            o(HEMP_CLOTH_INDIGO, "สินค้า: ผ้ากัญชงทอมือ ย้อมครามเข้ม เขียนเทียนลายม้ง | หน้ากว้าง: 40 ซม. | จำนวน: 60 เมตร/เดือน"),
        ),
        needs=(n("ต้องการ: ด้ายกัญชงเข็นมือ เส้นเล็ก", HEMP_HANDSPUN),),
        bcg=("bio",),
    ),
    Sme(
        15,
        "en",
        "Sakura Craft Export (Thailand)",
        HEMP,
        DOWN,
        "Bangkok",
        "sourcing@sakuracraft.example.com",
        needs=(
            n(
                "Need: handwoven hemp cloth, indigo-dyed, batik-patterned; Width: narrow OK; Remarks: for boro and noren makers in Japan",
                HEMP_CLOTH_INDIGO,
            ),
            n("Need: natural indigo dye paste for an aizome workshop; Qty: 100 kg", INDIGO_PASTE),
        ),
    ),
    Sme(
        16,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "dansai.cotton@example.co.th",
        offers=(
            o(
                ORG_LINT,
                "สินค้า: ปุยฝ้ายอินทรีย์ หีบเมล็ดออกแล้ว | พันธุ์: ฝ้ายตุ่น ฝ้ายขาวพื้นเมือง | มาตรฐาน: Organic Thailand | จำนวน: 5 ตัน/ปี",
            ),
        ),
        needs=(unmet("ต้องการ: เครื่องหีบฝ้ายไฟฟ้าขนาดเล็ก", "cotton gin machine", "machinery"),),
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    Sme(
        17,
        "th",
        "กลุ่มเข็นฝ้ายบ้านนาข่า",
        HEMP,
        MID,
        "Udon Thani",
        "nakha.spinning@example.co.th",
        offers=(o(COTTON_HANDSPUN, "สินค้า: ฝ้ายเข็นมือ | ทำจาก: ปุยฝ้ายพื้นบ้าน อีดฝ้าย ดีดฝ้าย เข็นด้วยหลา | เส้น: ใหญ่ ไม่สม่ำเสมอ"),),
        needs=(n("ต้องการ: ปุยฝ้าย ชนิดฝ้ายอินทรีย์ | จำนวน: 1 ตัน/ปี | ใบรับรอง: ไม่จำเป็น", ORG_LINT),),
        bcg=("bio",),
    ),
    Sme(
        18,
        "en",
        "Siam Organic Spinners",
        HEMP,
        UP,
        "Pathum Thani",
        "yarn@siamorganicspin.example.com",
        offers=(
            o(
                ORG_YARN,
                "Product: organic cotton yarn, combed, ring-spun; Count: Ne 30/1 and Ne 20/1; Cert: GOTS, OCS; Qty: 10 t/month",
            ),
        ),
        needs=(
            n(
                "Raw material wanted: organic cotton lint; Cert: GOTS; Remarks: transaction certificate needed",
                ORG_LINT,
                certs=(GOTS,),
            ),
        ),
        certs=(GOTS, OCS),
        bcg=("bio", "green"),
    ),
    Sme(
        19,
        "th",
        "โรงถักผ้ายืดสามพราน",
        HEMP,
        MID,
        "Nakhon Pathom",
        "sampran.knit@example.co.th",
        offers=(
            o(
                ORG_JERSEY,
                "สินค้า: ผ้ายืดฝ้ายออร์แกนิก ผ้าซิงเกิลเจอร์ซีย์ | เส้นด้าย: ฝ้ายอินทรีย์เบอร์ 30 | หน้ากว้าง: 72 นิ้ว | มาตรฐาน: GOTS",
            ),
        ),
        needs=(n("ต้องการ: เส้นด้ายฝ้ายอินทรีย์ปั่นเครื่อง เบอร์ 30 | ใบรับรอง: GOTS | จำนวน: 4 ตัน/เดือน", ORG_YARN, certs=(GOTS,)),),
        certs=(GOTS,),
        bcg=("bio",),
    ),
    Sme(
        20,
        "en",
        "Little Leaf Babywear",
        HEMP,
        DOWN,
        "Nonthaburi",
        "hello@littleleaf.example.com",
        offers=(
            o(
                BABY,
                "Product: baby rompers and swaddles; Material: organic cotton jersey; Sizes: 0–24 months; Cert: GOTS, OEKO-TEX",
            ),
        ),
        needs=(
            n(
                "Fabric wanted: organic cotton single jersey, 160 gsm; Cert: GOTS; Width: 180 cm",
                ORG_JERSEY,
                certs=(GOTS,),
            ),
            n("Need: screen printing of small prints on finished rompers, water-based ink", SCREEN),
        ),
        certs=(GOTS, OEKO),
        bcg=("bio",),
    ),
    Sme(
        21,
        "th",
        "โรงถักกระทุ่มแบน",
        HEMP,
        MID,
        "Samut Sakhon",
        "krathumbaen.knit@example.co.th",
        offers=(o(ORG_JERSEY, "สินค้า: ผ้ายืดฝ้ายออร์แกนิก (ยังไม่มีใบรับรอง GOTS) | น้ำหนัก: 150–180 แกรม | หน้ากว้าง: 70 นิ้ว"),),
        needs=(n("ต้องการ: ด้ายฝ้ายอินทรีย์ ปั่นเครื่อง | ใบรับรอง: ไม่ต้องมี", ORG_YARN),),
    ),
    Sme(
        22,
        "th",
        "ร้านเสื้อผ้าเด็กอ่อนนุ่มนิ่ม",
        HEMP,
        DOWN,
        "Chiang Mai",
        "numnim.baby@example.co.th",
        offers=(o(BABY, "สินค้า: ชุดเด็กอ่อน ชุดหมี ผ้าห่อตัว | ผ้า: ฝ้ายออร์แกนิก | สี: ไม่ย้อม สีครีมธรรมชาติ"),),
        needs=(n("ต้องการ: ผ้ายืดฝ้ายออร์แกนิก สำหรับชุดเด็กอ่อน | มาตรฐาน: GOTS ไม่บังคับ มีก็ดี", ORG_JERSEY),),
    ),
    Sme(
        23,
        "th",
        "ห้างหุ้นส่วนรับซื้อเศษผ้าอ้อมน้อย",
        CIRC,
        UP,
        "Samut Sakhon",
        "omnoi.scrap@example.co.th",
        offers=(
            o(
                COTTON_WASTE,
                "เศษผ้ายืดจากโรงงานตัดเย็บ คัดสีแล้ว อัดก้อนพร้อมส่ง / ชนิด: ฝ้ายล้วน / จำนวน: 20 ตัน/เดือน / ก้อนละ 50 กก.",
            ),
        ),
        needs=(unmet("ต้องการ: แรงงานคัดแยกเศษผ้า 10 คน", "sorting workers", "workers"),),
        bcg=("circular",),
    ),
    Sme(
        24,
        "en",
        "ReWear Collection Co.",
        CIRC,
        UP,
        "Bangkok",
        "pickup@rewear.example.com",
        offers=(
            o(
                USED_GARMENTS,
                "Goods: post-consumer used clothing, sorted by fibre; Grades: cotton-rich, polyester-rich, mixed; Qty: 50 t/month",
            ),
            o(
                PICKUP,
                "Service offered: pick-up of used textiles from hotels, hospitals and condos; Includes: weighing and a sorting report",
            ),
        ),
        needs=(
            unmet(
                "Need: more collection points in schools, condos and offices", "collection-point partners", "customers"
            ),
        ),
        bcg=("circular",),
    ),
    Sme(
        25,
        "th",
        "โรงงานตีเส้นใยรีไซเคิลบ้านแพ้ว",
        CIRC,
        MID,
        "Samut Sakhon",
        "banphaeo.fibre@example.co.th",
        offers=(
            o(
                RECYCLED_FIBRE,
                "สินค้า: เส้นใยฝ้ายรีไซเคิล ได้จากการตีเศษผ้า | วัตถุดิบ: เศษผ้าตัดเย็บ คัดสี ไม่ย้อมซ้ำ | มาตรฐาน: GRS | จำนวน: 25 ตัน/เดือน",
            ),
            o(SHREDDING, "บริการ: รับจ้างตีเศษผ้าหรือเสื้อผ้าเก่าของลูกค้าให้เป็นเส้นใย แล้วส่งคืนเจ้าของ | หมายเหตุ: แยกล็อตต่อลูกค้า"),
        ),
        needs=(
            n(
                "ต้องการ: เศษผ้าฝ้าย ทั้งเศษจากโรงงานและเสื้อผ้าใช้แล้วที่คัดแยกแล้ว | จำนวน: 30 ตัน/เดือน",
                COTTON_WASTE,
                USED_GARMENTS,
                DENIM_WASTE,
            ),
        ),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        26,
        "en",
        "Loop Yarn Spinning",
        CIRC,
        UP,
        "Nakhon Pathom",
        "spin@loopyarn.example.com",
        offers=(
            o(
                RECYCLED_YARN,
                "Product: recycled cotton/rPET blend yarn, open-end; Count: Ne 10–16; Colours: melange from sorted colours, no re-dyeing; Cert: GRS",
            ),
        ),
        needs=(
            n("Raw material wanted: recycled cotton fibre; Cert: GRS; Qty: 20 t/month", RECYCLED_FIBRE, certs=(GRS,)),
            n("Raw material wanted: rPET staple fibre, 1.4D x 38 mm", RPET_STAPLE),
        ),
        certs=(GRS, RCS),
        bcg=("circular",),
    ),
    Sme(
        27,
        "th",
        "บริษัท เส้นใยขวดดี จำกัด",
        CIRC,
        UP,
        "Chonburi",
        "sales@khuaddee.example.co.th",
        offers=(
            o(RPET_STAPLE, "สินค้า: เส้นใยโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก | ขนาด: 1.4 ดีเนียร์ ยาว 38 มม. | มาตรฐาน: GRS"),
            o(RPET_FILAMENT, "สินค้า: เส้นด้ายโพลีเอสเตอร์รีไซเคิล ชนิดเส้นใยยาว 75 ดีเนียร์ | ใช้: ถักผ้ากีฬา | มาตรฐาน: GRS"),
        ),
        needs=(unmet("ต้องการ: ขวดพลาสติกใสอัดก้อน | จำนวน: 100 ตัน/เดือน", "baled PET bottles"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        28,
        "en",
        "Second Round Knitting",
        CIRC,
        MID,
        "Bangkok",
        "knit@secondround.example.com",
        offers=(
            o(
                RECYCLED_JERSEY,
                "Product: recycled cotton jersey, 180 gsm, knitted from open-end recycled yarn; Width: 72 in; Cert: GRS",
            ),
        ),
        needs=(n("Yarn wanted: recycled cotton blend, open-end, Ne 12–16; Cert: GRS", RECYCLED_YARN, certs=(GRS,)),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        29,
        "th",
        "แบรนด์เสื้อยืดวนใหม่",
        CIRC,
        DOWN,
        "Bangkok",
        "wonmai.tee@example.co.th",
        offers=(o(RECYCLED_TEE, "สินค้า: เสื้อยืดรีไซเคิล | ทำจาก: ผ้ายืดฝ้ายรีไซเคิล | สี: สีเดิมของเศษผ้า ไม่ย้อมใหม่ | สกรีน: หมึกน้ำ"),),
        needs=(
            n("ต้องการ: ผ้ายืดรีไซเคิล (ไม่ใช่ผ้าฝ้ายออร์แกนิก) | น้ำหนัก: 160–180 แกรม", RECYCLED_JERSEY),
            n("ต้องการ: โรงงานรับเย็บเสื้อยืด", SEW_KNIT),
            n("ต้องการ: ร้านรับสกรีนเสื้อ", SCREEN),
            n("ต้องการ: รับตีเสื้อเก่าที่ลูกค้าส่งคืน ให้กลับเป็นเส้นใย", SHREDDING),
        ),
        bcg=("circular",),
    ),
    Sme(
        30,
        "th",
        "โรงถักผ้ายืดบางพลี",
        CIRC,
        MID,
        "Samut Prakan",
        "bangphli.knit@example.co.th",
        offers=(o(RECYCLED_JERSEY, "สินค้า: ผ้ายืดรีไซเคิล (ฝ้ายรีไซเคิล 60% โพลีเอสเตอร์รีไซเคิล 40%) | หน้ากว้าง: 70 นิ้ว"),),
        needs=(n("ต้องการ: ด้ายรีไซเคิล ปั่นแบบโอเพนเอนด์ เบอร์ 12–16 | ใบรับรอง: ไม่จำเป็น", RECYCLED_YARN),),
        bcg=("circular",),
    ),
    Sme(
        31,
        "en",
        "Eastern Sourcing Partners",
        CIRC,
        DOWN,
        "Chonburi",
        "buy@easternsourcing.example.com",
        needs=(
            n(
                "Need: recycled cotton jersey; Cert: GRS; Remarks: EU brand, transaction certificates required",
                RECYCLED_JERSEY,
                certs=(GRS,),
            ),
            n("Need: organic cotton jersey; Cert: GOTS", ORG_JERSEY, certs=(GOTS,)),
            n(
                "Need: recycled polyester wicking knit for an EU sports brand; Cert: GRS and bluesign",
                WICK_RPET,
                certs=(GRS, BLUESIGN),
            ),
        ),
    ),
    Sme(
        32,
        "th",
        "ปะติดปะต่อ สตูดิโอ",
        CIRC,
        DOWN,
        "Chiang Mai",
        "patidpator@example.co.th",
        offers=(
            o(PATCHWORK_BAG, "สินค้า: กระเป๋าผ้าปะติด (อัพไซเคิล) | วัตถุดิบ: เศษผ้าไหมและผ้าฝ้ายทอมือเหลือใช้ | หมายเหตุ: ทุกใบลายไม่ซ้ำ"),
        ),
        needs=(
            n("ต้องการ: เศษผ้าทอมือ ผ้าไหม ผ้าฝ้าย ชิ้นไม่ต่ำกว่า 20 ซม.", OFFCUTS),
            n("ต้องการ: ช่างรับเย็บกระเป๋า งานเหมา", SEW_BAG),
        ),
        bcg=("circular",),
    ),
    Sme(
        33,
        "en",
        "Andaman Bay Resort",
        CIRC,
        DOWN,
        "Phuket",
        "purchasing@andamanbay.example.com",
        needs=(
            n("Service wanted: pick-up of retired bed linen and towels, about 2 t per quarter", PICKUP),
            n("Need: bed linen, cotton percale; Cert: OEKO-TEX", BED_LINEN, certs=(OEKO,)),
            n("Goods wanted: batik sarongs; Use: guest gifts; Qty: 500", BATIK),
            n(
                "Need: plain handwoven cotton cloth, checks or small motifs, from southern weaving groups, for cushion covers; no metallic thread",
                YARN_DYED_CLOTH,
            ),
        ),
        bcg=("circular",),
    ),
    Sme(
        34,
        "en",
        "AeroKnit Technical Fabrics",
        SPORT,
        MID,
        "Samut Prakan",
        "tech@aeroknit.example.com",
        offers=(
            o(
                WICK_RPET,
                "Product: moisture-wicking birdseye mesh; Yarn: recycled polyester filament; Weight: 140 gsm; Cert: bluesign, GRS",
            ),
        ),
        needs=(n("Yarn wanted: recycled polyester filament 75D; Cert: GRS", RPET_FILAMENT, certs=(GRS,)),),
        certs=(BLUESIGN, GRS),
        bcg=("circular", "green"),
    ),
    Sme(
        35,
        "th",
        "โรงถักผ้ากีฬาอ้อมใหญ่",
        SPORT,
        MID,
        "Nakhon Pathom",
        "omyai.sportknit@example.co.th",
        offers=(
            o(
                WICK_VIRGIN,
                "สินค้า: ผ้าไมโครโพลีเอสเตอร์ ระบายเหงื่อ แห้งไว (ผ้าดรายฟิต) | เส้นด้าย: โพลีเอสเตอร์ใหม่ ไม่ใช่รีไซเคิล | สำหรับ: เสื้อกีฬา",
            ),
        ),
        needs=(unmet("ต้องการ: เส้นด้ายโพลีเอสเตอร์ใหม่ (virgin) 75 ดีเนียร์", "virgin polyester filament yarn"),),
    ),
    Sme(
        36,
        "th",
        "ร้านพิมพ์ซับลิเมชั่นมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachai.sub@example.co.th",
        offers=(o(SUBLIMATION, "บริการ: รับพิมพ์ซับลิเมชั่นลงผ้าโพลีเอสเตอร์ | หน้ากว้าง: 180 ซม. | งาน: เสื้อทีม เสื้อวิ่ง"),),
        needs=(n("ต้องการ: ผ้าโพลีเอสเตอร์สีขาวสำหรับพิมพ์ (ผ้ากีฬาระบายเหงื่อ) รีไซเคิลหรือไม่ก็ได้", WICK_RPET, WICK_VIRGIN),),
    ),
    Sme(
        37,
        "en",
        "InkLab Garment Printing",
        SPORT,
        MID,
        "Bangkok",
        "print@inklab.example.com",
        offers=(
            o(
                SCREEN,
                "Service offered: screen printing and heat-transfer logos on finished garments (cotton, poly); Ink: water-based and plastisol; Min: 50 pcs",
            ),
        ),
        needs=(unmet("Need: water-based textile inks; Cert: OEKO-TEX", "textile printing inks", certs=(OEKO,)),),
    ),
    Sme(
        38,
        "th",
        "แบรนด์เสื้อวิ่งรันวันดี",
        SPORT,
        DOWN,
        "Bangkok",
        "runwandee@example.co.th",
        offers=(o(RUNNING_SHIRT, "สินค้า: เสื้อวิ่ง | วัสดุ: ผ้าโพลีเอสเตอร์รีไซเคิล ระบายอากาศ | พิมพ์ลาย: ซับลิเมชั่น | ไซซ์: XS–3XL"),),
        needs=(
            n("ต้องการ: ผ้าวิ่งรีไซเคิล ระบายเหงื่อ | มาตรฐาน: GRS", WICK_RPET, certs=(GRS,)),
            n("ต้องการ: โรงพิมพ์ซับลิเมชั่นรับจ้าง", SUBLIMATION),
            n("ต้องการ: โรงงานรับเย็บเสื้อกีฬา (ผ้ายืด)", SEW_KNIT),
        ),
        bcg=("circular",),
    ),
    Sme(
        39,
        "en",
        "PulseFit Gyms",
        SPORT,
        DOWN,
        "Chonburi",
        "ops@pulsefit.example.com",
        needs=(
            n("Need: staff uniforms — training shirts and polos with logo; Qty: 600 pcs", TEAMWEAR),
            n("Need: gym towels, microfibre, 40x80 cm; Qty: 1,000 pcs per quarter", MICROFIBRE_TOWEL),
            unmet("Need: certified personal trainers", "personal trainers", "workers"),
        ),
    ),
    Sme(
        40,
        "th",
        "โรงถักผ้ายืดรัดกระชับคลองหลวง",
        SPORT,
        MID,
        "Pathum Thani",
        "khlongluang.elastic@example.co.th",
        offers=(
            o(
                COMPRESSION_FABRIC,
                "สินค้า: ผ้ายืดรัดกระชับ ไนลอนผสมสแปนเด็กซ์ (พาวเวอร์เมช) | สแปนเด็กซ์: 20–30% | สำหรับ: ถุงน่อง ปลอกรัดเข่า ชุดกีฬา",
            ),
        ),
        needs=(unmet("ต้องการ: เส้นด้ายสแปนเด็กซ์ 40 ดีเนียร์", "spandex yarn"),),
    ),
    Sme(
        41,
        "en",
        "CareStride Compression",
        SPORT,
        DOWN,
        "Nonthaburi",
        "orders@carestride.example.com",
        offers=(
            o(
                COMPRESSION_GARMENT,
                "Product: graduated compression stockings (class 1) and knee sleeves; Cert: ISO 13485; Thai FDA registered",
            ),
        ),
        needs=(n("Fabric wanted: power mesh, nylon/spandex with 20–30% spandex", COMPRESSION_FABRIC),),
        certs=(ISO13485, FDA),
    ),
    Sme(
        42,
        "th",
        "สโมสรกีฬาโคราชยูไนเต็ด",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "korat.united@example.co.th",
        needs=(
            n("ชุดแข่ง+ชุดซ้อม พิมพ์ลายทีม 300 ชุด ก่อนเปิดฤดูกาล", TEAMWEAR),
            n("ต้องการ: ปลอกรัดเข่า ถุงน่องรัดกล้ามเนื้อ สำหรับนักกีฬา", COMPRESSION_GARMENT),
        ),
    ),
    Sme(
        43,
        "en",
        "TeamKit Factory",
        SPORT,
        DOWN,
        "Samut Sakhon",
        "quote@teamkit.example.com",
        offers=(
            o(
                TEAMWEAR,
                "Products: custom team jerseys, PE uniforms, polo shirts, event T-shirts; Print: sublimation in-house; MOQ: 30 pcs",
            ),
        ),
        needs=(
            n(
                "Fabric wanted: wicking polyester knit, virgin or recycled, white for sublimation",
                WICK_RPET,
                WICK_VIRGIN,
            ),
            unmet("Need: 30 sewing operators", "sewing operators", "workers"),
        ),
    ),
    Sme(
        44,
        "th",
        "โรงงานผ้าไมโครไฟเบอร์พระประแดง",
        SPORT,
        DOWN,
        "Samut Prakan",
        "phrapradaeng.micro@example.co.th",
        offers=(o(MICROFIBRE_TOWEL, "ผ้าขนหนูไมโครไฟเบอร์สำเร็จรูป — ผ้าเช็ดเหงื่อ ผ้าเย็นกีฬา; ขนาด 40x80 ซม.; ปักโลโก้ได้"),),
        needs=(unmet("ต้องการ: ผ้าไมโครไฟเบอร์ม้วน (ถักยืน) 300 แกรม", "microfibre warp-knit roll fabric"),),
    ),
    Sme(
        45,
        "th",
        "โรงงานรับเย็บเสื้อยืดนครชัยศรี",
        SPORT,
        MID,
        "Nakhon Pathom",
        "nakhonchaisi.sew@example.co.th",
        offers=(
            o(
                SEW_KNIT,
                "บริการ: รับเย็บเสื้อยืด เสื้อโปโล เสื้อกีฬา (ผ้ายืด) | เครื่องจักร: จักรโพ้ง จักรลา จักรเข็มคู่ | กำลังผลิต: 3,000 ตัว/วัน",
            ),
        ),
        needs=(unmet("ต้องการ: ช่างเย็บประจำ 20 คน", "sewing operators", "workers"),),
    ),
    Sme(
        46,
        "en",
        "Pak Kret CMT Workshop",
        CENTRAL,
        MID,
        "Nonthaburi",
        "cmt@pakkret.example.com",
        offers=(
            o(
                SEW_WOVEN,
                "Service: cut-make-trim for woven garments — shirts, scrubs, patient gowns; Capacity: 5,000 pcs/month",
            ),
        ),
        needs=(unmet("Need: second-hand lockstitch machines; Qty: 10 units", "used sewing machines", "machinery"),),
    ),
    Sme(
        47,
        "en",
        "Klong Toey Stitch Collective",
        CIRC,
        MID,
        "Bangkok",
        "stitch@klongtoey.example.com",
        offers=(
            o(
                SEW_KNIT,
                "Service offered: sewing contract work — T-shirts and polo shirts; Workers: 25 home-based seamstresses; Min: 100 pcs",
            ),
            o(SEW_BAG, "Service offered: tote bags, pouches and zip bags sewn to your pattern"),
        ),
        needs=(unmet("Need: training in industrial sewing for new members", "industrial sewing training", "training"),),
        bcg=("circular",),
    ),
    Sme(
        48,
        "th",
        "บริษัท ยกดีเมดิคอล จำกัด",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "yokdee.medical@example.co.th",
        offers=(
            o(
                TRANSFER_SHEET,
                "ผลิตภัณฑ์: ผ้ายกตัวผู้ป่วย มีหูจับ 8 จุด | วัสดุ: ผ้าไนลอนเคลือบกันน้ำ รับน้ำหนัก 150 กก. | มาตรฐาน: ขึ้นทะเบียนอย.",
            ),
        ),
        needs=(
            n("ต้องการ: ผ้าทอหนาเคลือบกันน้ำ หน้ากว้าง | การใช้งาน: ผ้ายกตัวผู้ป่วย", COATED),
            n("ต้องการ: สายเทปไนลอน กว้าง 2 นิ้ว สำหรับทำหูจับ", WEBBING),
        ),
        certs=(FDA,),
    ),
    Sme(
        49,
        "en",
        "Bangpoo Coated Textiles",
        CENTRAL,
        MID,
        "Samut Prakan",
        "sales@bangpoocoated.example.com",
        offers=(
            o(
                COATED,
                "Product: PU-coated polyester fabric, waterproof, breathable; Width: 150 cm; Use: mattress covers, transfer sheets, underpad backing; Cert: OEKO-TEX",
            ),
        ),
        needs=(
            n("Need: greige polyester woven base fabric, 150 cm or wider", GREIGE_POLY),
            n("Need: TPU lamination partner for a breathable mattress-protector fabric", LAMINATION),
        ),
        certs=(OEKO,),
    ),
    Sme(
        50,
        "th",
        "โรงทอผ้าดิบบางปะอิน",
        CENTRAL,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "bangpain.greige@example.co.th",
        offers=(
            o(GREIGE_POLY, "สินค้า: ผ้าดิบโพลีเอสเตอร์ทอเครื่อง หน้ากว้าง 60 นิ้ว | สำหรับ: ทำผ้าฐานสำหรับเคลือบ"),
            o(
                GREIGE_COTTON,
                "สินค้า: ผ้าดิบฝ้าย (ผ้าขาว ยังไม่ฟอก) ทอเครื่อง | หน้ากว้าง: 45–110 นิ้ว | สำหรับ: ผ้าปูที่นอน ผ้าบาติก ห่อลูกประคบ",
            ),
        ),
        needs=(unmet("ต้องการ: ลูกค้าโรงพยาบาลและโรงแรมที่รับซื้อตรงจากโรงทอ", "hospital and hotel customers", "customers"),),
    ),
    Sme(
        51,
        "en",
        "DryNight Care Products",
        CENTRAL,
        DOWN,
        "Bangkok",
        "care@drynight.example.com",
        offers=(
            o(
                UNDERPAD,
                "Item: reusable underpads, 4 layers; Made of: cotton top, polyester absorbent core, PU backing; Size: 75x90 cm; Wash life: 300 cycles",
            ),
        ),
        needs=(
            n(
                "Need: waterproof PU-coated fabric for backing; Width: 150 cm or wider; Cert: OEKO-TEX",
                COATED,
                certs=(OEKO,),
            ),
            unmet("Need: quilted absorbent core fabric by the roll", "quilted absorbent core fabric"),
        ),
    ),
    Sme(
        52,
        "th",
        "โรงงานผ้าเคลือบยางกระทุ่มแบน",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "krathumbaen.coat@example.co.th",
        offers=(o(COATED, "สินค้า: ผ้าเคลือบพีวีซีกันน้ำ (ผ้ายางปูที่นอน) | หน้ากว้าง: 137 ซม. | สำหรับ: ผ้ายางรองกันเปื้อน"),),
        needs=(n("ต้องการ: ผ้าดิบโพลีเอสเตอร์ทอเครื่อง หน้ากว้าง ใช้เป็นผ้าฐาน", GREIGE_POLY),),
    ),
    Sme(
        53,
        "th",
        "โรงพยาบาลเอกชนบางนาเวชการ",
        CENTRAL,
        DOWN,
        "Bangkok",
        "purchasing.bangnavej@example.co.th",
        needs=(
            n("ต้องการ: ผ้ายกตัวผู้ป่วย 200 ผืน | มาตรฐาน: ต้องขึ้นทะเบียนอย.", TRANSFER_SHEET, certs=(FDA,)),
            n("ต้องการ: แผ่นรองซับซักได้ 1,000 ผืน", UNDERPAD),
            n("ต้องการ: ถุงน่องป้องกันลิ่มเลือด | มาตรฐาน: ISO 13485", COMPRESSION_GARMENT, certs=(ISO13485,)),
            n("ต้องการ: ชุดเด็กแรกเกิดผ้าฝ้าย สำหรับห้องคลอด", BABY),
            n("ต้องการ: ผ้าปูเตียงผู้ป่วย ผ้าขวางเตียง | มาตรฐาน: มอก.", BED_LINEN, certs=(TIS,)),
            n("ต้องการ: ชุดผู้ป่วย ชุดสครับพยาบาล", GOWNS),
            unmet(
                "ต้องการ: หน้ากากอนามัยทางการแพทย์ 3 ชั้น ผ้าไม่ทอ | มาตรฐาน: อย.", "disposable surgical masks", certs=(FDA,)
            ),
        ),
    ),
    Sme(
        54,
        "en",
        "Golden Years Care Home",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "admin@goldenyears.example.com",
        needs=(
            n("Item: patient transfer sheets / Qty: 20 / Cert: not required", TRANSFER_SHEET),
            n("Need: washable adult bibs (clothing protectors)", BIBS),
            n("Need: bed linen for 60 beds", BED_LINEN),
            unmet("Need: trained caregivers", "caregivers", "workers"),
        ),
    ),
    Sme(
        55,
        "th",
        "ร้านผ้ายกตัวผู้ป่วยบางบ่อ",
        CENTRAL,
        DOWN,
        "Samut Prakan",
        "bangbo.transfer@example.co.th",
        offers=(o(TRANSFER_SHEET, "ผ้ารองยกตัวผู้ป่วย ผ้าร่มเนื้อหนา เย็บตะเข็บคู่ หูจับ 6 จุด ส่งทั่วประเทศ"),),
        needs=(n("ต้องการ: ผ้าเคลือบกันน้ำ เนื้อหนา หน้ากว้าง สำหรับทำผ้ายกตัว", COATED), n("ต้องการ: สายเทปหูหิ้ว", WEBBING)),
    ),
    Sme(
        56,
        "en",
        "Mahachai Narrow Fabrics",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@mahachainarrow.example.com",
        offers=(
            o(
                WEBBING,
                "Product: nylon and polyester webbing; Widths: 25, 38, 50 mm; Use: bag straps, patient handling slings, backpacks",
            ),
            o(VELCRO, "Product: hook-and-loop tape, sew-on; Widths: 20–50 mm; Colours: white, black, beige"),
        ),
        needs=(unmet("Need: nylon 6 filament yarn, 840D", "nylon filament yarn"),),
    ),
    Sme(
        57,
        "th",
        "โรงงานเครื่องนอนวังน้อย",
        CENTRAL,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "wangnoi.bedding@example.co.th",
        offers=(o(BED_LINEN, "สินค้า: ผ้าปูที่นอน ปลอกหมอน ผ้าขวางเตียง | วัตถุดิบ: ผ้าฝ้ายผสมโพลีเอสเตอร์ 50/50 | มาตรฐาน: มอก."),),
        needs=(n("ต้องการ: ผ้าดิบหน้ากว้าง 110 นิ้ว สำหรับตัดผ้าปู", GREIGE_COTTON), n("ต้องการ: โรงรับฟอกขาว ทำผ้าให้นุ่ม", BLEACH)),
        certs=(TIS,),
    ),
    Sme(
        58,
        "en",
        "Riverside Grand Hotel",
        CENTRAL,
        DOWN,
        "Bangkok",
        "procurement@riversidegrand.example.com",
        needs=(
            n("Need: bed linen — 300 TC cotton sateen, king and twin; Cert: OEKO-TEX", BED_LINEN, certs=(OEKO,)),
            n("Need: bathrobes and bath towels; Cert: OEKO-TEX", TOWELS, certs=(OEKO,)),
        ),
    ),
    Sme(
        59,
        "en",
        "Thanya Home Textiles",
        CENTRAL,
        DOWN,
        "Pathum Thani",
        "hotel@thanyahome.example.com",
        offers=(
            o(
                BED_LINEN,
                "Goods: hotel bed linen — flat sheets, fitted sheets, duvet covers; Fabric: 250–300 TC cotton sateen; Cert: OEKO-TEX",
            ),
        ),
        certs=(OEKO, ISO9001),
    ),
    Sme(
        60,
        "th",
        "อันดามันธาราสปา",
        CENTRAL,
        DOWN,
        "Krabi",
        "andamantara.spa@example.co.th",
        needs=(
            n("ต้องการ: ผ้าขนหนูฝ้าย เสื้อคลุมอาบน้ำ | จำนวน: 400 ผืน", TOWELS),
            n("ต้องการ: ผ้าปาเต๊ะหรือผ้าโสร่ง สำหรับลูกค้าเปลี่ยนก่อนนวด", BATIK),
            n("ต้องการ: หมอนขิดสามเหลี่ยม สำหรับห้องนวดแผนไทย", KHIT_PILLOW),
            n("ต้องการ: ผ้าดิบฝ้าย สำหรับห่อลูกประคบสมุนไพร", GREIGE_COTTON),
            unmet("ต้องการ: พนักงานนวดที่ผ่านการอบรม", "massage therapists", "workers"),
        ),
    ),
    Sme(
        61,
        "th",
        "บาติกบ้านกะทู้",
        HEMP,
        DOWN,
        "Phuket",
        "kathu.batik@example.co.th",
        offers=(
            o(BATIK, "สินค้า: ผ้าปาเต๊ะ ผ้าบาติกเขียนเทียนมือ | วัตถุดิบ: ผ้าฝ้าย ผ้าเรยอน | สี: สีเคมีและสีจากเปลือกมังคุด | ขนาด: 2 เมตร"),
        ),
        needs=(n("ต้องการ: ผ้าฝ้ายดิบ (ผ้าขาว) สำหรับเขียนเทียน หน้ากว้าง 45 นิ้ว", GREIGE_COTTON),),
        bcg=("bio",),
    ),
    Sme(
        62,
        "en",
        "Bang Bo Terry Mills",
        CENTRAL,
        DOWN,
        "Samut Prakan",
        "towels@bangboterry.example.com",
        offers=(
            o(
                TOWELS,
                "Product: cotton terry towels and waffle bathrobes; Weight: 500 gsm; Cert: OEKO-TEX; Logo embroidery on request",
            ),
        ),
        needs=(n("Yarn wanted: organic cotton yarn for an organic towel line; Cert: GOTS", ORG_YARN, certs=(GOTS,)),),
        certs=(OEKO,),
    ),
    Sme(
        63,
        "th",
        "กลุ่มตัดเย็บบ้านเขว้า",
        ISAN,
        DOWN,
        "Chaiyaphum",
        "bankhwao.sew@example.co.th",
        offers=(o(MASKS, "สินค้า: หน้ากากผ้า 3 ชั้น | ผ้า: ผ้าขาวม้าทอมือ ซับในผ้าฝ้าย | ซักได้: 30 ครั้ง"),),
        needs=(n("วัตถุดิบที่ต้องการ: ผ้าขาวม้าทอมือ / จำนวน: 300 ผืน/เดือน / สำหรับ: ตัดหน้ากากผ้า", PHA_KHAO_MA),),
    ),
    Sme(
        64,
        "th",
        "กลุ่มสาวไหมบ้านท่าสว่าง",
        ISAN,
        UP,
        "Surin",
        "thasawang.silk@example.co.th",
        offers=(
            o(
                SILK_YARN,
                "สินค้า: เส้นไหมพื้นบ้านสาวมือ (ไหมน้อย) | พันธุ์ไหม: นางน้อย | มาตรฐาน: ตรานกยูงพระราชทาน สีทอง | จำนวน: 30 กก./เดือน",
            ),
        ),
        needs=(unmet("ต้องการ: ไข่ไหมพันธุ์ไทย และกิ่งพันธุ์หม่อน", "silkworm eggs and mulberry cuttings"),),
        certs=(PEACOCK,),
        bcg=("bio",),
    ),
    Sme(
        65,
        "th",
        "กลุ่มทอผ้าไหมมัดหมี่ชนบท",
        ISAN,
        MID,
        "Khon Kaen",
        "chonnabot.mudmee@example.co.th",
        offers=(
            o(
                MUDMEE,
                "สินค้า: ผ้าไหมมัดหมี่ทอมือ | วัตถุดิบ: ไหมพื้นบ้าน | สี: ธรรมชาติ (ครั่ง ขนุน มะเกลือ) | มาตรฐาน: ตรานกยูงพระราชทาน, OTOP 5 ดาว",
            ),
            o(OFFCUTS, "สินค้า: เศษผ้าไหมมัดหมี่ เหลือจากตัดชุด ชิ้นละ 20–50 ซม. | ขาย: เป็นกิโล"),
        ),
        needs=(n("ต้องการ: เส้นไหมสาวมือ | มาตรฐาน: ตรานกยูงพระราชทาน | จำนวน: 20 กก./เดือน", SILK_YARN, certs=(PEACOCK,)),),
        certs=(PEACOCK, OTOP),
        bcg=("bio",),
    ),
    Sme(
        66,
        "en",
        "Surin Silk Weavers Group",
        ISAN,
        MID,
        "Surin",
        "weavers@surinsilk.example.com",
        offers=(
            o(
                MUDMEE,
                "Product: handwoven mudmee silk (hol and ikat patterns); Made of: native Thai silk; Dye: lac and indigo; Width: 1 m",
            ),
        ),
        needs=(n("Yarn wanted: hand-reeled native silk yarn", SILK_YARN),),
        bcg=("bio",),
    ),
    Sme(
        67,
        "en",
        "Isan Silk Scarves Co.",
        ISAN,
        DOWN,
        "Khon Kaen",
        "shop@isansilkscarves.example.com",
        offers=(
            o(
                SILK_SCARF,
                "Product: silk scarves and shawls; Material: native Isan silk; Colour: natural (lac, jackfruit heartwood)",
            ),
        ),
        needs=(
            n(
                "Fabric wanted: handwoven mudmee silk for cutting scarves; Cert: Peacock Emblem",
                MUDMEE,
                certs=(PEACOCK,),
            ),
            n(
                "Need: contract natural dyeing of silk scarves with lac, jackfruit and ebony; no chemical dyes",
                NATDYE_SERVICE,
            ),
        ),
        bcg=("bio",),
    ),
    Sme(
        68,
        "th",
        "ร้านผ้าไทยจตุจักร",
        ISAN,
        DOWN,
        "Bangkok",
        "chatuchak.phathai@example.co.th",
        needs=(
            n("ต้องการ: ผ้าพันคอไหม ผ้าคลุมไหล่ สีธรรมชาติ", SILK_SCARF),
            n("ต้องการ: ผ้าไหมมัดหมี่ สำหรับตัดชุด | มาตรฐาน: ไม่ต้องมีตรานกยูง", MUDMEE),
            n("ต้องการ: ผ้ายกดิ้นทองทอมือ สำหรับชุดไทย", BROCADE),
        ),
    ),
    Sme(
        69,
        "th",
        "กลุ่มผ้าพันคอครามหนองหาน",
        ISAN,
        DOWN,
        "Udon Thani",
        "nonghan.scarf@example.co.th",
        offers=(o(COTTON_SCARF, "สินค้า: ผ้าพันคอฝ้าย | สี: ย้อมครามธรรมชาติ | ลาย: ขิด หมี่ขั้น | ตกแต่ง: ปลายพู่"),),
        needs=(n("ต้องการ: ผ้าฝ้ายทอมือย้อมคราม เป็นผืน หน้ากว้าง 80 ซม. ขึ้นไป", INDIGO_COTTON_CLOTH),),
        bcg=("bio",),
    ),
    Sme(
        70,
        "th",
        "กลุ่มทอผ้าครามบ้านดอนกอย",
        ISAN,
        MID,
        "Sakon Nakhon",
        "donkoi.indigo@example.co.th",
        offers=(o(INDIGO_COTTON_CLOTH, "ผลิตภัณฑ์: ผ้าฝ้ายทอมือย้อมครามธรรมชาติ / หน้าผ้า: 1 เมตร / ลาย: มัดหมี่ ลายน้ำไหล"),),
        needs=(n("ต้องการ: ฝ้ายเข็นมือ เส้นใหญ่ | จำนวน: 100 กก./เดือน", COTTON_HANDSPUN),),
        bcg=("bio",),
    ),
    Sme(
        71,
        "th",
        "เสื้อผ้าผู้สูงวัยใส่ง่ายแม่คำ",
        ISAN,
        DOWN,
        "Khon Kaen",
        "maekham.easywear@example.co.th",
        offers=(o(ADAPTIVE, "สินค้า: เสื้อผ้าผู้สูงอายุ ใส่ง่าย ติดเทปตีนตุ๊กแกแทนกระดุม | ผ้า: ฝ้ายทอมือย้อมคราม | ไซซ์: M–4XL"),),
        needs=(
            n("ต้องการ: ผ้าฝ้ายทอมือย้อมคราม หน้ากว้าง 1 เมตร | จำนวน: 200 เมตร/เดือน", INDIGO_COTTON_CLOTH),
            n("ต้องการ: เทปตีนตุ๊กแก สีขาวหรือสีครีม กว้าง 2 ซม.", VELCRO),
        ),
    ),
    Sme(
        72,
        "en",
        "Dignity Wear Isan",
        ISAN,
        DOWN,
        "Khon Kaen",
        "info@dignitywear.example.com",
        offers=(
            o(
                BIBS,
                "Product: adult clothing protectors (bibs), washable; Made of: cotton terry with TPU backing; Closure: snap buttons",
            ),
        ),
        needs=(unmet("Need: cotton terry fabric by the metre (not finished towels)", "terry fabric by the metre"),),
    ),
    Sme(
        73,
        "th",
        "โรงพยาบาลชุมชนวารินชำราบ",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "warin.hospital@example.co.th",
        needs=(
            n("ต้องการ: ผ้ายกตัวผู้ป่วย 30 ผืน | มาตรฐาน: ไม่จำเป็น", TRANSFER_SHEET),
            unmet("ต้องการ: ผ้าอ้อมผู้ใหญ่แบบผ้า ซักได้", "washable adult cloth diapers"),
            n("ต้องการ: แผ่นรองซับซักได้ | มาตรฐาน: อย. ไม่บังคับ", UNDERPAD),
        ),
    ),
    Sme(
        74,
        "th",
        "วิสาหกิจแผ่นรองซับร้อยเอ็ด",
        ISAN,
        DOWN,
        "Roi Et",
        "roiet.underpad@example.co.th",
        offers=(o(UNDERPAD, "สินค้า: แผ่นรองซับปัสสาวะ ซักได้ | ชั้นบน: ผ้าฝ้าย | ชั้นกันซึม: ผ้ายางเคลือบ | ขนาด: 70x90 ซม."),),
        needs=(n("ต้องการ: ผ้าเคลือบกันซึม หน้ากว้าง สำหรับชั้นล่างของแผ่นรองซับ", COATED),),
    ),
    Sme(
        75,
        "en",
        "Doi Suthep International School",
        SPORT,
        DOWN,
        "Chiang Mai",
        "office@doisutheps.example.com",
        needs=(
            n("Item: PE uniforms (shirt and shorts); Qty: 800 sets; For: Grades 1–12", TEAMWEAR),
            n("Need: washable cloth masks for students; Qty: 2,000 pcs", MASKS),
        ),
    ),
    Sme(
        76,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        ISAN,
        DOWN,
        "Khon Kaen",
        "baansukjai.care@example.co.th",
        needs=(
            n("ต้องการ: ชุดผู้สูงอายุ ใส่ง่าย ถอดง่าย", ADAPTIVE),
            n("ต้องการ: แผ่นรองซับ ซักได้ 100 ผืน", UNDERPAD),
            n("ต้องการ: ผ้ากันเปื้อนผู้ใหญ่ สำหรับรับประทานอาหาร", BIBS),
            unmet("ต้องการ: ทุนจัดซื้อเตียงผู้ป่วย", "funding for care beds", "funding"),
        ),
    ),
    Sme(
        77,
        "th",
        "กลุ่มหมอนขิดบ้านศรีฐาน",
        ISAN,
        DOWN,
        "Yasothon",
        "sithan.khit@example.co.th",
        offers=(o(KHIT_PILLOW, "สินค้า: หมอนขิด หมอนสามเหลี่ยม | ไส้: นุ่น | ผ้า: ผ้าฝ้ายทอลายขิด | มาตรฐาน: OTOP"),),
        needs=(n("ต้องการ: นุ่น คัดเมล็ดออกแล้ว | จำนวน: 1 ตัน/เดือน", KAPOK),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    Sme(
        78,
        "en",
        "Kanchanaburi Kapok Co.",
        HEMP,
        UP,
        "Kanchanaburi",
        "kapok@kanburikapok.example.com",
        offers=(
            o(KAPOK, "Item: kapok fibre, cleaned, seed-free; Use: pillow and mattress filling; Packing: 20 kg bales"),
        ),
        bcg=("bio",),
    ),
    Sme(
        79,
        "th",
        "ร้านผ้าคลุมและชุดมุสลิมหาดใหญ่",
        CENTRAL,
        DOWN,
        "Songkhla",
        "hatyai.muslimwear@example.co.th",
        needs=(
            n("ต้องการ: ผ้าคลุมฮิญาบ ผ้ายืดระบายอากาศ | มาตรฐาน: ฮาลาล", HIJAB, certs=(HALAL,)),
            n("ต้องการ: ผ้าปาเต๊ะ สำหรับขายหน้าร้าน", BATIK),
        ),
    ),
    Sme(
        80,
        "th",
        "กลุ่มเย็บฮิญาบปัตตานี",
        CENTRAL,
        DOWN,
        "Pattani",
        "pattani.hijab@example.co.th",
        offers=(o(HIJAB, "สินค้า: ผ้าคลุมผมฮิญาบ | ผ้า: ผ้ายืดเจอร์ซีย์ | มาตรฐาน: ฮาลาล"),),
        needs=(unmet("ต้องการ: ผ้ายืดเรยอนผสมสแปนเด็กซ์ หน้ากว้าง", "rayon-spandex jersey"),),
        certs=(HALAL,),
    ),
    Sme(
        81,
        "th",
        "กลุ่มทอผ้าเกาะยอ",
        HEMP,
        MID,
        "Songkhla",
        "koyo.weaving@example.co.th",
        offers=(o(YARN_DYED_CLOTH, "ผ้าทอเกาะยอ (ลายราชวัตร ลายดอกพิกุล) — ทำจาก: ด้ายฝ้ายย้อมสีสำเร็จ — หน้ากว้าง 1 เมตร"),),
        needs=(unmet("ต้องการ: ด้ายฝ้ายย้อมสีสำเร็จ เบอร์ 20/2", "dyed cotton yarn"),),
    ),
    Sme(
        82,
        "th",
        "กลุ่มทอผ้าขาวม้าจอมบึง",
        CENTRAL,
        MID,
        "Ratchaburi",
        "chombueng.phakhaoma@example.co.th",
        offers=(
            o(PHA_KHAO_MA, "สินค้า: ผ้าขาวม้าทอมือ ลายตาราง | วัตถุดิบ: ด้ายฝ้ายสำเร็จ ย้อมเคมี | ขนาด: กว้าง 80 ซม. ยาว 2 เมตร"),
        ),
        needs=(unmet("ต้องการ: ด้ายฝ้ายย้อมสี เบอร์ 20/2 ราคาส่ง", "dyed cotton yarn"),),
    ),
    Sme(
        83,
        "en",
        "EastBlue Finishing",
        CIRC,
        MID,
        "Chachoengsao",
        "finishing@eastblue.example.com",
        offers=(
            o(
                BLEACH,
                "Service offered: contract scouring, bleaching and softening for cotton and blends; Anti-bacterial finish on request; Cert: bluesign, ISO 14001",
            ),
        ),
        needs=(unmet("Need: wastewater treatment consultant", "wastewater consulting", "training"),),
        certs=(BLUESIGN, ISO14001),
        bcg=("green",),
    ),
    Sme(
        84,
        "th",
        "โรงย้อมผ้ารับจ้างอ้อมน้อย",
        CIRC,
        MID,
        "Samut Sakhon",
        "omnoi.dyehouse@example.co.th",
        offers=(
            o(
                PIECE_DYE,
                "บริการ: รับย้อมผ้าผืน สีรีแอคทีฟและดิสเพอร์ส ผ้าฝ้าย ผ้าโพลีเอสเตอร์ ผ้าผสม | เครื่อง: เจ็ทย้อม | หมายเหตุ: บำบัดน้ำและนำกลับมาใช้ 60%",
            ),
        ),
        needs=(unmet("ต้องการ: สีย้อมรีแอคทีฟ ราคาส่ง", "reactive dyestuffs"),),
        bcg=("circular",),
    ),
    Sme(
        85,
        "en",
        "MedWear Siam",
        CENTRAL,
        DOWN,
        "Bangkok",
        "orders@medwearsiam.example.com",
        offers=(
            o(
                GOWNS,
                "Product: patient gowns, scrubs and doctor coats; Fabric: poly-cotton 65/35 twill; Colours: hospital green, navy",
            ),
        ),
        needs=(
            n("Need: piece dyeing of our greige twill into hospital green; reactive or disperse dyes fine", PIECE_DYE),
            n("Need: greige woven fabric in cotton, 150 cm or wider", GREIGE_COTTON),
            n("Need: cut-make-trim for scrubs; Qty: 2,000 sets/month", SEW_WOVEN),
        ),
    ),
    Sme(
        86,
        "th",
        "กลุ่มปักผ้าม้งเขาค้อ",
        HEMP,
        MID,
        "Phetchabun",
        "khaokho.embroidery@example.co.th",
        offers=(o(EMBROIDERY, "บริการ: รับปักผ้าลายม้งด้วยมือ ปักไขว้ ปักทับ ลงกระเป๋า เสื้อ ปลอกหมอน | หมายเหตุ: ลูกค้าส่งผ้ามาให้ปัก"),),
        needs=(unmet("ต้องการ: ตลาดใหม่ และคนรุ่นใหม่มาเรียนปัก", "new markets and apprentices", "customers"),),
    ),
    Sme(
        87,
        "en",
        "Mae Rim Wellness Retreat",
        CENTRAL,
        DOWN,
        "Chiang Mai",
        "retreat@maerimwellness.example.com",
        needs=(
            n("Need: spa robes and towels; Cert: OEKO-TEX", TOWELS, certs=(OEKO,)),
            n("Need: pha khao ma cloths for Thai massage guests", PHA_KHAO_MA),
            n("Need: zafu meditation cushions; Qty: 40 pcs", MEDITATION),
        ),
    ),
    Sme(
        88,
        "en",
        "Hemp & Breath Yoga Studio",
        HEMP,
        DOWN,
        "Chiang Mai",
        "studio@hempbreath.example.com",
        offers=(o(MEDITATION, "Product: meditation cushions (zafu, zabuton); Filling: kapok; Cover: handwoven hemp"),),
        needs=(
            n("Need: kapok fibre for stuffing our cushions (we sew in-house)", KAPOK),
            n("Need: handwoven hemp cloth, undyed, for cushion covers", HEMP_CLOTH_UNDYED),
            unmet("Need: yoga mats made of hemp or jute", "natural-fibre yoga mats"),
        ),
        bcg=("bio",),
    ),
    Sme(
        89,
        "en",
        "Greenway Department Store",
        CIRC,
        DOWN,
        "Bangkok",
        "buying@greenway.example.com",
        needs=(
            n("Looking for: eco tote bags in hemp with natural dye; Qty: 3,000 pcs", HEMP_BAG),
            n("Looking for: baby clothes in organic cotton; Cert: OEKO-TEX", BABY, certs=(OEKO,)),
            n("Looking for: recycled T-shirts for staff; Cert: GRS not required", RECYCLED_TEE),
            n("Looking for: upcycled bags made from offcuts (patchwork or denim)", PATCHWORK_BAG, DENIM_BAG),
        ),
    ),
    Sme(
        90,
        "en",
        "Mekong Craft Export",
        ISAN,
        DOWN,
        "Nong Khai",
        "export@mekongcraft.example.com",
        needs=(
            n("Need: scarves — silk or cotton, handwoven, natural dyes", SILK_SCARF, COTTON_SCARF),
            n("khit triangle pillows, 500 pcs, for a Tokyo shop", KHIT_PILLOW),
            n(
                "Need: Fairtrade-certified handwoven cotton cloth",
                INDIGO_COTTON_CLOTH,
                YARN_DYED_CLOTH,
                PHA_KHAO_MA,
                certs=(FAIRTRADE,),
            ),
        ),
    ),
    Sme(
        91,
        "th",
        "ชมรมเทรลเชียงใหม่",
        SPORT,
        DOWN,
        "Chiang Mai",
        "cm.trail@example.co.th",
        needs=(
            n("ต้องการ: เสื้อที่ระลึกงานวิ่ง 3,000 ตัว พิมพ์ลายตามแบบของงาน", TEAMWEAR),
            unmet("ต้องการ: เหรียญรางวัลโลหะ สำหรับผู้เข้าเส้นชัย", "finisher medals"),
        ),
    ),
    Sme(
        92,
        "th",
        "กลุ่มทอผ้ายกเมืองนคร",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "nakhon.yok@example.co.th",
        offers=(o(BROCADE, "สินค้า: ผ้ายกเมืองนคร ทอมือ ยกดิ้นทอง | วัตถุดิบ: ไหมและฝ้าย | ลาย: ดอกพิกุล ก้านแย่ง"),),
        needs=(unmet("ต้องการ: ดิ้นทอง ดิ้นเงิน สำหรับทอยก", "metallic thread"),),
    ),
    Sme(
        93,
        "en",
        "Denim Loop Recovery",
        CIRC,
        UP,
        "Pathum Thani",
        "recover@denimloop.example.com",
        offers=(
            o(
                DENIM_WASTE,
                "Goods: denim cutting waste from jeans factories, sorted rigid 100% cotton vs stretch; Colour: indigo shades; Qty: 8 t/month",
            ),
        ),
        bcg=("circular",),
    ),
    Sme(
        94,
        "th",
        "ยีนส์เก่าเล่าใหม่",
        CIRC,
        DOWN,
        "Bangkok",
        "jeankao.laomai@example.co.th",
        offers=(o(DENIM_BAG, "สินค้า: กระเป๋ายีนส์อัพไซเคิล | วัตถุดิบ: เศษผ้ายีนส์ | สี: ครามเดิมของผ้ายีนส์"),),
        needs=(n("ต้องการ: เศษผ้ายีนส์จากโรงงาน ชิ้นใหญ่", DENIM_WASTE), n("ต้องการ: ช่างเย็บกระเป๋ารับเหมา", SEW_BAG)),
        bcg=("circular",),
    ),
    Sme(
        95,
        "en",
        "Laminex Bonding Services",
        SPORT,
        MID,
        "Samut Prakan",
        "bond@laminex.example.com",
        offers=(
            o(
                LAMINATION,
                "Service: TPU membrane lamination and bonding for outdoor, sports and medical fabrics; Width: up to 160 cm",
            ),
        ),
        needs=(unmet("Need: breathable TPU film, 15 micron", "TPU film"),),
    ),
    Sme(
        96,
        "th",
        "กลุ่มผ้าไหมนาโพธิ์",
        ISAN,
        DOWN,
        "Buriram",
        "napho.silk@example.co.th",
        offers=(
            o(SILK_SCARF, "สินค้า: ผ้าพันคอไหม | วัตถุดิบ: ไหมพื้นบ้าน | สี: ธรรมชาติ (ครั่ง ประโหด เปลือกสะเดา) | ขนาด: 180x50 ซม."),
        ),
        needs=(n("ต้องการ: เส้นไหมพื้นบ้าน สาวมือ | มาตรฐาน: ไม่จำเป็นต้องมีตรานกยูง", SILK_YARN),),
        bcg=("bio",),
    ),
    Sme(
        97,
        "en",
        "Sukhumvit Senior Living",
        CENTRAL,
        DOWN,
        "Bangkok",
        "care@sukhumvitsenior.example.com",
        needs=(
            n("Need: adaptive clothing for residents — easy-dress, velcro closures", ADAPTIVE),
            n("Need: compression stockings; Cert: Thai FDA", COMPRESSION_GARMENT, certs=(FDA,)),
        ),
    ),
]


# ------------------------------------------------------------------ checks

THAI_RE = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER_RE = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER_RE = re.compile("[A-Za-z]")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@(?:[a-z0-9-]+\.)*example\.(?:com|co\.th)$")

SUB_CLUSTERS = {s.value for s in taxonomy.SubCluster}
STAGES = {s.value for s in taxonomy.Stage}
BCG = {b.value for b in taxonomy.BcgTag}
CERT_NAMES = {c.name for c in taxonomy.CERTIFICATIONS}


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER_RE.findall(text))
    latin = len(LATIN_LETTER_RE.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def named_certs(text: str) -> set[str]:
    return set(taxonomy.find_certifications(text))


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    expected = [f"{PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]
    if ids != expected:
        errors.append("ids are not bff-001 ... in order")
    for attr in ("email", "name"):
        values = [getattr(s, attr) for s in smes]
        dup = [v for v, c in Counter(values).items() if c > 1]
        if dup:
            errors.append(f"duplicate {attr}: {dup}")

    offered: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.id)

    for s in smes:
        where = s.id
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in SUB_CLUSTERS:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: stage {s.stage!r}")
        province = taxonomy.resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not a canonical English name")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        for tag in s.bcg:
            if tag not in BCG:
                errors.append(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        for cert in s.certs:
            if cert not in CERT_NAMES or taxonomy.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")

        texts = [s.name, *(x.text for x in s.offers), *(x.text for x in s.needs)]
        if s.lang == "en":
            for text in texts:
                if THAI_RE.search(text):
                    errors.append(f"{where}: Thai script in an English profile: {text!r}")
        else:
            for text in [*(x.text for x in s.offers), *(x.text for x in s.needs)]:
                share = thai_share(text)
                if share < MIN_THAI_SHARE:
                    errors.append(f"{where}: only {share:.0%} Thai letters: {text!r}")

        own_labels = {x.label for x in s.offers}
        for offer in s.offers:
            claimed = named_certs(offer.text)
            if not claimed <= set(s.certs):
                errors.append(f"{where}: offer claims {sorted(claimed - set(s.certs))} the SME lacks: {offer.text!r}")
        for need in s.needs:
            if not need.certs <= CERT_NAMES:
                errors.append(f"{where}: need requires unknown certification {sorted(need.certs - CERT_NAMES)}")
            found = named_certs(need.text)
            if found != set(need.certs):
                errors.append(
                    f"{where}: need text names {sorted(found)} but requires {sorted(need.certs)}: {need.text!r}"
                )
            if need.asks is None:
                if not need.meets:
                    errors.append(f"{where}: need lists no offer labels and is not marked unmet: {need.text!r}")
                if need.kind != "trade":
                    errors.append(f"{where}: a met need must be a trade need")
            else:
                if need.meets:
                    errors.append(f"{where}: need marked unmet but lists labels: {need.text!r}")
                if need.kind not in UNMET_KINDS:
                    errors.append(f"{where}: unknown kind {need.kind!r}")
                if need.asks in offered:
                    errors.append(f"{where}: unmet need asks for {need.asks!r}, which is offered")
            for label in need.meets:
                if label in own_labels:
                    errors.append(f"{where}: needs its own offer {label!r}")
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: no one else offers {label!r}")
            if len(set(need.meets)) != len(need.meets):
                errors.append(f"{where}: repeated label in a need")

    links = derive_links(smes)
    partnered = {a for link in links for a in link}
    for s in smes:
        if s.id not in partnered:
            errors.append(f"{s.id}: no true partner")
    return errors


def derive_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in smes:
                if supplier.id == buyer.id:
                    continue
                if not need.certs <= set(supplier.certs):
                    continue
                if any(offer.label in need.meets for offer in supplier.offers):
                    links.add((supplier.id, buyer.id))
    return sorted(links)


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [x.text for x in s.offers],
        "needs": [x.text for x in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.lang
    return row


REQUIRED_FIELDS = ("id", "name", "sub_cluster", "stage", "province", "offers", "needs", "contact_email", "language")
OPTIONAL_FIELDS = ("certifications", "bcg")


def check_rows(rows: list[dict[str, object]]) -> list[str]:
    """The written objects against CONTRACTS section 1 (cluster JSONL v1)."""
    errors: list[str] = []
    for row in rows:
        where = row.get("id", "?")
        unknown = set(row) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS)
        missing = set(REQUIRED_FIELDS) - set(row)
        if unknown or missing:
            errors.append(f"{where}: unknown fields {sorted(unknown)}, missing fields {sorted(missing)}")
        for key in ("id", "name", "sub_cluster", "stage", "province", "contact_email", "language"):
            if not isinstance(row.get(key), str) or not row[key]:
                errors.append(f"{where}: {key} must be a non-empty string")
        for key in ("offers", "needs", *OPTIONAL_FIELDS):
            value = row.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                errors.append(f"{where}: {key} must be a list of non-empty strings")
    return errors


def summary(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    lines = [f"profiles: {len(smes)}"]
    lines.append("language: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(s.lang for s in smes).items())))
    lines.append(
        "sub_cluster: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(s.sub_cluster for s in smes).items()))
    )
    lines.append("stage: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(s.stage for s in smes).items())))
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    lines.append("region: " + ", ".join(f"{k} {v}" for k, v in sorted(regions.items())))
    lines.append(f"offers: {sum(len(s.offers) for s in smes)}; needs: {sum(len(s.needs) for s in smes)}")
    lines.append(
        f"SMEs with no offers: {sum(1 for s in smes if not s.offers)}; with no needs: {sum(1 for s in smes if not s.needs)}"
    )
    needs = [(s, x) for s in smes for x in s.needs]
    linked_needs = 0
    cert_blocked = 0
    for buyer, need in needs:
        if need.asks is not None:
            continue
        holders = [o for o in smes if o.id != buyer.id and any(x.label in need.meets for x in o.offers)]
        if any(need.certs <= set(o.certs) for o in holders):
            linked_needs += 1
        else:
            cert_blocked += 1
    kinds = Counter(x.kind for _, x in needs if x.asks is not None)
    lines.append(f"needs met by someone: {linked_needs}; trade needs blocked only by certification: {cert_blocked}")
    lines.append("needs met by no one: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    lines.append(f"needs requiring a certification: {sum(1 for _, x in needs if x.certs)}")
    lines.append(f"links: {len(links)}")
    pairs = Counter(f"{by_id[a].lang}->{by_id[b].lang}" for a, b in links)
    lines.append("links by language (supplier->buyer): " + ", ".join(f"{k} {v}" for k, v in sorted(pairs.items())))
    cross = sum(1 for a, b in links if by_id[a].lang != by_id[b].lang)
    lines.append(f"cross-language links: {cross} of {len(links)} ({cross / len(links):.0%})")
    return "\n".join(lines)


def main() -> int:
    errors = check(SMES)
    if errors:
        for error in errors:
            print("error:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    rows = [profile(s) for s in SMES]
    row_errors = check_rows(rows)
    if row_errors:
        for error in row_errors:
            print("error:", error, file=sys.stderr)
        print(f"{len(row_errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    links = derive_links(SMES)
    profiles_text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    links_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    (HERE / "profiles.jsonl").write_text(profiles_text, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_text, encoding="utf-8", newline="\n")
    print(summary(SMES, links))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
