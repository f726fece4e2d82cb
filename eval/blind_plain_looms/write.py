"""Write the hand-labelled evaluation set `eval/blind_plain_looms/` (looms, weaving tools and their suppliers).

Run from the repository root:  .venv/bin/python eval/blind_plain_looms/write.py

All data lives here. Each offer carries a label saying what the thing is; each need lists the labels that
would meet it and the certifications its text requires, or is marked as met by no one. The true links follow
from the labels alone. The script checks everything first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "blm"
N_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)

H = SubCluster.HEMP_NATURAL_FIBRE
C = SubCluster.CIRCULAR_TEXTILE
S = SubCluster.SPORTECH
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRC = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


class Sme(NamedTuple):
    num: int
    lang: str
    name: str
    sub: SubCluster
    stage: Stage
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[BcgTag, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = (), unmet: str = "") -> Need:
    return Need(text, labels, req, waive, unmet)


def sme(
    num: int,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub, stage, province, tuple(offers), tuple(needs), certs, bcg)


# Offer labels: what a thing is. A need lists the labels that would meet it.
LABELS = frozenset(
    {
        # looms and tools (new goods)
        "floor_loom",  # treadle floor loom, fly-shuttle loom, กี่/หูก, new
        "used_floor_loom",  # second-hand floor loom
        "table_loom",  # multi-shaft table loom
        "rigid_heddle_loom",
        "frame_loom",  # tapestry / pin / rug frame loom
        "backstrap_loom",
        "reed_steel",  # steel or stainless reed (ฟืมเหล็ก)
        "reed_bamboo",  # bamboo reed (ฟืมไม้ไผ่)
        "heddles",  # ตะกอ / เขา, string or wire
        "shuttle",  # กระสวย
        "pirns_bobbins",  # หลอด, pirns, bobbins, spools
        "loom_beam",  # warp or cloth beam, spare
        "warping_mill",  # warping mill, warping board, หลักเฝือ
        "bobbin_winder",  # หลา, bobbin / pirn winder
        "spinning_wheel",  # ไน for spinning cotton
        "ikat_tying_frame",  # โฮงมัดหมี่
        "needle_loom_parts",  # spares for industrial narrow-fabric needle looms
        # services on looms and weaving
        "loom_repair_service",  # handloom repair
        "industrial_loom_repair",  # rapier / needle / power loom repair
        "loom_building_service",  # builds looms to the customer's size or drawing
        "weaving_lessons",
        "loom_dressing_service",  # warping and threading the customer's loom (ค้นหูก สืบหูก)
        "ikat_tying_service",  # ties the customer's yarn for ikat
        "contract_weaving_service",  # weaves the customer's yarn
        # fibre and yarn
        "loom_waste_thrums",  # waste yarn ends from looms
        "raw_cotton_fibre",
        "handspun_cotton_yarn",  # undyed
        "mill_cotton_yarn",  # undyed machine-spun cones
        "synthetic_dyed_cotton_yarn",
        "polyester_yarn",  # virgin
        "hemp_fibre",
        "hemp_yarn",
        "silk_yarn",  # raw / undyed
        "dyed_silk_yarn",
        "recycled_polyester_yarn",
        "recycled_cotton_yarn",
        "textile_offcuts",  # fabric waste, cutting scraps
        # dyes and dyeing
        "natural_indigo_paste",
        "natural_dyestuff",  # lac, ebony, barks and the like
        "indigo_dyed_cotton_yarn",
        "yarn_dyeing_service",
        "indigo_dyeing_service",  # dyes the customer's cloth, yarn or garments with indigo
        "fabric_dyeing_service",  # dyes the customer's cloth with synthetic dyes
        # cloth
        "indigo_dyed_cotton_fabric",
        "handwoven_cotton_fabric",  # natural colour or plain, no synthetic dye claimed
        "mill_cotton_fabric",
        "synthetic_dyed_handwoven_fabric",
        "handwoven_silk_fabric",
        "brocade_silk_fabric",  # ผ้ายก, yok dok
        "mudmee_silk_fabric",
        "hemp_fabric",
        "webbing_narrow_fabric",
        "sewing_service",  # sews the customer's cloth
        # finished goods
        "handwoven_bag",
        "handwoven_scarf",  # cotton or hemp
        "silk_scarf",
        "cotton_clothing",
        "sportswear",
        "cushion_cover",
        "table_linen",  # table cloths, runners, placemats, napkins
        "blanket",
        "rug",  # rugs and mats
        "axe_pillow",  # หมอนขวาน
        "phakhaoma",  # ผ้าขาวม้า
    }
)

GOTS = "GOTS"
GRS = "GRS"
OEKO = "OEKO-TEX Standard 100"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
TIS = "Thai Industrial Standard"
FAIR = "Fairtrade"
FSC = "FSC"

HERE = Path(__file__).resolve().parent

SMES: list[Sme] = [
    sme(
        1,
        "th",
        "หูกไม้สักลำพูน",
        H,
        MID,
        "Lamphun",
        [
            ("กี่ทอผ้าไม้สัก 4 ตะกอ หน้าผ้ากว้าง 1 เมตร", "floor_loom"),
            ("รับต่อหูกตามขนาดที่ลูกค้าสั่ง", "loom_building_service"),
        ],
        [need("ไม้สักเก่าจากบ้านรื้อถอน", unmet="timber; no one in the set sells wood")],
        bcg=(GREEN,),
    ),
    sme(
        2,
        "en",
        "Lanna Loomworks",
        H,
        MID,
        "Chiang Mai",
        [("Ashford-style RH loom 50cm, ready to weave", "rigid_heddle_loom")],
        [need("boat shuttles", "shuttle")],
        bcg=(GREEN,),
    ),
    sme(
        3,
        "th",
        "ฟืมบ้านนาข่า",
        AI,
        MID,
        "Udon Thani",
        [("ฟืมไม้ไผ่ ฟันถี่ มีทุกเบอร์", "reed_bamboo"), ("ฟืมฟันสแตนเลส สั่งขนาดได้", "reed_steel")],
        [],
        certs=("OTOP",),
    ),
    sme(
        4,
        "en",
        "Surin Shuttle & Bobbin",
        AI,
        MID,
        "Surin",
        [("tamarind-wood boat shuttles, 180 THB each", "shuttle"), ("bamboo pirns, lot of 100", "pirns_bobbins")],
        [need("hardwood offcuts for turning", unmet="timber; no one in the set sells wood")],
    ),
    sme(
        5,
        "th",
        "กลุ่มกี่กระตุกเกาะยอ",
        C,
        MID,
        "Songkhla",
        [("กี่กระตุกมือสอง สภาพพร้อมทอ", "used_floor_loom"), ("ซ่อมกี่ เปลี่ยนเขา เปลี่ยนฟืม", "loom_repair_service")],
        [need("ด้ายฝ้ายเบอร์ 20/2 ล็อตใหญ่ ราคาส่ง", "mill_cotton_yarn")],
        certs=("โอทอป",),
        bcg=(CIRC,),
    ),
    sme(
        6,
        "en",
        "Isan Weaving Tools Supply",
        AI,
        MID,
        "Khon Kaen",
        [
            ("Texsolv-type polyester heddles, 1000/bundle", "heddles"),
            ("spare warp beam & cloth beam, any width", "loom_beam"),
        ],
        [need("stainless reed 12 dpi", "reed_steel")],
    ),
    sme(
        7,
        "th",
        "ช่างเขียวซ่อมหูก",
        AI,
        MID,
        "Roi Et",
        [("รับซ่อมหูกถึงบ้าน ในเขตร้อยเอ็ด", "loom_repair_service")],
        [need("กระสวยไม้ ขนาดมาตรฐาน", "shuttle")],
    ),
    sme(
        8,
        "en",
        "Bangkok Craft Looms",
        AC,
        MID,
        "Bangkok",
        [("8-shaft table loom, 40 cm", "table_loom"), ("tapestry frame loom kit with beater", "frame_loom")],
        [need("joinery subcontractor to build looms to our drawings", "loom_building_service")],
    ),
    sme(
        9,
        "th",
        "บ้านเรียนทอผ้าแม่แจ่ม",
        H,
        MID,
        "Chiang Mai",
        [("สอนทอผ้าตีนจก คอร์ส 5 วัน", "weaving_lessons")],
        [need("กี่เอว 10 ชุด ให้นักเรียน", "backstrap_loom"), need("ด้ายฝ้ายปั่นมือ สีดิบ", "handspun_cotton_yarn")],
    ),
    sme(
        10,
        "en",
        "Karen Backstrap Collective",
        H,
        MID,
        "Tak",
        [
            ("backstrap loom, complete set with sticks & strap", "backstrap_loom"),
            ("Karen handwoven cotton cloth, natural white", "handwoven_cotton_fabric"),
        ],
        [need("natural dyes: lac, ebony fruit", "natural_dyestuff")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        11,
        "th",
        "ศูนย์หัตถกรรมแพรวาบ้านโพน",
        AI,
        MID,
        "Kalasin",
        [("ผ้าไหมแพรวา ทอมือ ผืนละ 2 เมตร", "handwoven_silk_fabric")],
        [need("หูกใหม่ 5 หลัง ให้สมาชิกกลุ่ม", "floor_loom"), need("ไหมพุ่ง ไหมพันธุ์พื้นบ้าน", "silk_yarn")],
        certs=("ตรานกยูงพระราชทาน",),
    ),
    sme(
        12,
        "en",
        "Korat Textile Machinery Parts",
        S,
        MID,
        "Korat",
        [
            ("needle loom spare parts for narrow webbing", "needle_loom_parts"),
            ("steel reeds, any dent, made to order", "reed_steel"),
        ],
        [],
    ),
    sme(
        13,
        "th",
        "โรงงานสายรัด ชลบุรี",
        S,
        MID,
        "Chonburi",
        [("สายเว็บบิ้งโพลีเอสเตอร์ หน้ากว้าง 25 มม.", "webbing_narrow_fabric")],
        [
            need("อะไหล่เครื่องทอเทปแบบเข็ม", "needle_loom_parts"),
            need("เส้นด้ายโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_polyester_yarn", req=(GRS,)),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        14,
        "en",
        "Sakon Indigo House",
        H,
        MID,
        "Sakon Nakhon",
        [
            ("Sakon indigo paste, 1 kg tubs", "natural_indigo_paste"),
            ("indigo handwoven cotton by the metre", "indigo_dyed_cotton_fabric"),
        ],
        [],
        certs=("Thai Organic",),
        bcg=(BIO, GREEN),
    ),
    sme(
        15,
        "th",
        "ย้อมครามรับจ้าง บ้านดอนกอย",
        H,
        MID,
        "Sakon Nakhon",
        [
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
            ("ฝ้ายย้อมครามเป็นไจ", "indigo_dyed_cotton_yarn"),
        ],
        [need("เนื้อครามสำหรับก่อหม้อ", "natural_indigo_paste")],
        bcg=(BIO,),
    ),
    sme(
        16,
        "en",
        "Mekong Cotton Growers",
        H,
        UP,
        "Loei",
        [
            ("ginned cotton lint, native variety", "raw_cotton_fibre"),
            ("hand-spun cotton yarn, natural white", "handspun_cotton_yarn"),
        ],
        [need("bobbin winder or spinning wheel for the group", "bobbin_winder", "spinning_wheel")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        17,
        "th",
        "กลุ่มปั่นฝ้ายแม่บ้านบ้านไร่",
        AC,
        UP,
        "Uthai Thani",
        [("ฝ้ายเข็นมือ สีขาวธรรมชาติ ขายเป็นกิโล", "handspun_cotton_yarn")],
        [need("ไนปั่นฝ้าย แบบมีเท้าเหยียบ", "spinning_wheel")],
    ),
    sme(
        18,
        "en",
        "Chiang Rai Hemp Fibre",
        H,
        UP,
        "Chiang Rai",
        [("decorticated hemp fibre, baled", "hemp_fibre"), ("hemp yarn Nm 8, hand-spliced", "hemp_yarn")],
        [need("warping mill for long hemp warps", "warping_mill")],
        bcg=(BIO,),
    ),
    sme(
        19,
        "th",
        "ใยกัญชงม้ง ดอยปุย",
        H,
        UP,
        "Chiang Mai",
        [("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"), ("เส้นกัญชงต่อมือ ม้วนละ 1 กก.", "hemp_yarn")],
        [need("กี่ทอผ้าใยกัญชง มือสองก็ได้", "floor_loom", "used_floor_loom")],
        bcg=(BIO,),
    ),
    sme(
        20,
        "en",
        "Phrae Mohom Shirts",
        AC,
        DOWN,
        "Phrae",
        [("mohom indigo shirts, ready to wear", "cotton_clothing")],
        [
            need("indigo cotton cloth by the roll", "indigo_dyed_cotton_fabric"),
        ],
    ),
    sme(
        21,
        "th",
        "ร้านผ้าทอ ถนนคนเดิน",
        AC,
        DOWN,
        "Chiang Mai",
        [("ผ้าพันคอฝ้ายทอมือ", "handwoven_scarf")],
        [
            need("กระเป๋าผ้าทอมือ ส่งร้าน ไม่จำเป็นต้องมี OTOP", "handwoven_bag", waive=(OTOP,)),
            need("ผ้าคลุมไหล่ไหม ราคาส่ง", "silk_scarf"),
        ],
    ),
    sme(
        22,
        "en",
        "Silver Years Care Home",
        AC,
        DOWN,
        "Nonthaburi",
        [],
        [
            need("frame looms for the residents' craft room", "frame_loom"),
            need("weaving teacher twice a month", "weaving_lessons"),
            need("tablet weaving cards?", unmet="no one makes tablet weaving cards"),
        ],
    ),
    sme(23, "th", "โรงเรียนบ้านหนองแวง", AI, DOWN, "Khon Kaen", [], [need("กี่โต๊ะ สำหรับเด็กประถม", "table_loom")]),
    sme(
        24,
        "en",
        "Khu Bua Tin Chok Weavers",
        AC,
        MID,
        "Ratchaburi",
        [("Khu Bua tin chok silk skirt lengths", "handwoven_silk_fabric")],
        [
            need("help re-threading our looms before festival season", "loom_dressing_service"),
            need("dyed silk yarn, warp grade", "dyed_silk_yarn"),
        ],
        certs=("OTOP product",),
    ),
    sme(
        25,
        "th",
        "รับค้นหูก สืบหูก ป้าแดง",
        AI,
        MID,
        "Yasothon",
        [
            ("รับค้นหูก สืบหูก ขึ้นเครือให้ถึงบ้าน", "loom_dressing_service"),
            ("รับมัดหมี่ ใช้หมี่ของลูกค้า", "ikat_tying_service"),
        ],
        [need("หลักเฝือค้นด้าย แบบพับได้", "warping_mill")],
    ),
    sme(
        26,
        "en",
        "Uthai Warping Mills",
        AC,
        MID,
        "Uthai Thani",
        [
            ("rotating warping mill, 10 m per turn", "warping_mill"),
            ("double-ended bobbin winder, hand crank", "bobbin_winder"),
            ("treadle spinning wheel for cotton", "spinning_wheel"),
        ],
        [need("ball bearings and crank handles", unmet="metal hardware; no one in the set sells it")],
    ),
    sme(
        27,
        "th",
        "โฮงมัดหมี่ชนบท",
        AI,
        MID,
        "Khon Kaen",
        [("โฮงมัดหมี่ ไม้เนื้อแข็ง", "ikat_tying_frame"), ("ผ้าไหมมัดหมี่ชนบท", "mudmee_silk_fabric")],
        [need("ไหมน้อยสำหรับทอ ต้องได้ตรานกยูง", "silk_yarn", req=(PEACOCK,))],
        certs=("Peacock Emblem",),
    ),
    sme(
        28,
        "th",
        "สาวไหมบ้านสวาย",
        AI,
        UP,
        "Surin",
        [("เส้นไหมไทย สาวมือ ไหมพื้นบ้าน", "silk_yarn")],
        [need("โฮงมัดหมี่ ให้ช่างทอในเครือข่าย", "ikat_tying_frame")],
        certs=("ตรานกยูง",),
        bcg=(BIO,),
    ),
    sme(
        29,
        "th",
        "ไหมทองบุรีรัมย์",
        AI,
        UP,
        "Buriram",
        [("ไหมย้อมสีพร้อมทอ ขายเป็นเข็ด", "dyed_silk_yarn")],
        [need("ไข่ไหมพันธุ์ดี", unmet="silkworm eggs; no sericulture supplier in the set")],
        bcg=(BIO,),
    ),
    sme(
        30,
        "en",
        "Green Loop Recycling",
        C,
        UP,
        "Samut Prakan",
        [
            ("rPET yarn 150D from bottles", "recycled_polyester_yarn"),
            ("recycled cotton yarn from pre-consumer waste", "recycled_cotton_yarn"),
        ],
        [
            need("cutting-room scraps from garment factories", "textile_offcuts"),
            need("thrums from handloom groups", "loom_waste_thrums"),
        ],
        certs=("GRS",),
        bcg=(CIRC,),
    ),
    sme(
        31,
        "th",
        "คัดแยกเศษผ้ามหาชัย",
        C,
        UP,
        "Samut Sakhon",
        [("เศษผ้าตัดเย็บ คัดสี ขายเป็นกระสอบ", "textile_offcuts"), ("ปลายด้ายเหลือจากกี่ทอ", "loom_waste_thrums")],
        [need("เครื่องตีเศษผ้าให้เป็นเส้นใย", unmet="shredding machine; no machinery maker in the set")],
        bcg=(CIRC,),
    ),
    sme(
        32,
        "en",
        "Hemp Bag Co.",
        H,
        DOWN,
        "Bangkok",
        [("tote bag of hand-loomed cotton, indigo dyed", "handwoven_bag")],
        [
            need("handwoven hemp cloth, undyed", "hemp_fabric"),
            need("weaver to weave our own hemp yarn", "contract_weaving_service"),
            need(
                "GOTS-certified handwoven cotton for lining",
                "handwoven_cotton_fabric",
                req=(GOTS,),
                unmet="no weaver of handwoven cotton holds GOTS",
            ),
        ],
    ),
    sme(
        33,
        "th",
        "ผ้ากัญชงทอมือเมืองน่าน",
        H,
        MID,
        "Nan",
        [
            ("ผ้าใยกัญชงทอมือ หน้า 90 ซม.", "hemp_fabric"),
            ("รับทอผ้าตามสั่ง ใช้ด้ายของลูกค้า", "contract_weaving_service"),
        ],
        [need("ด้ายใยกัญชง", "hemp_yarn"), need("รับย้อมด้ายกัญชงให้", "yarn_dyeing_service")],
        bcg=(BIO,),
    ),
    sme(
        34,
        "en",
        "Nan Heritage Weaving Centre",
        H,
        MID,
        "Nan",
        [
            ("half-day weaving workshop for tourists", "weaving_lessons"),
            ("Nan lai nam lai tube skirts, ready to wear", "cotton_clothing"),
        ],
        [
            need("second-hand looms, any condition", "used_floor_loom"),
            need("carpenter to copy our old Nan loom, 3 units", "loom_building_service"),
        ],
        certs=("OTOP",),
    ),
    sme(
        35,
        "th",
        "ผ้าทอไทลื้อ เชียงคำ",
        H,
        MID,
        "Phayao",
        [("ผ้าฝ้ายทอลายน้ำไหล", "handwoven_cotton_fabric"), ("ผ้าพันคอไทลื้อ", "handwoven_scarf")],
        [
            need("ฝ้ายโรงงานสีดิบ ทำเส้นยืน", "mill_cotton_yarn"),
            need("ฟืมไม้ไผ่หรือฟืมเหล็ก", "reed_bamboo", "reed_steel"),
        ],
    ),
    sme(
        36,
        "en",
        "Ayutthaya Cotton Thread Trading",
        AC,
        UP,
        "Ayutthaya",
        [("dyed cotton yarn, 40 colours, reactive dye", "synthetic_dyed_cotton_yarn")],
        [],
    ),
    sme(
        37,
        "th",
        "ด้ายไทยเจริญ สำเพ็ง",
        AC,
        UP,
        "Bangkok",
        [("ด้ายดิบหลอด เบอร์ 20", "mill_cotton_yarn"), ("ด้ายโทเรย้อมสี", "polyester_yarn")],
        [],
    ),
    sme(
        38,
        "en",
        "Indigo & Co Studio",
        AC,
        MID,
        "Nakhon Pathom",
        [("we indigo-dye your garments, small batches", "indigo_dyeing_service")],
        [
            need("indigo powder or paste", "natural_indigo_paste"),
            need("undyed handwoven cotton to dye", "handwoven_cotton_fabric"),
        ],
    ),
    sme(
        39,
        "th",
        "สวนครามพรรณา",
        H,
        UP,
        "Sakon Nakhon",
        [("ครามเปียก เกรด A ถังละ 5 กก.", "natural_indigo_paste")],
        [],
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=(BIO,),
    ),
    sme(
        40,
        "en",
        "Northern Natural Dyes",
        H,
        UP,
        "Lampang",
        [("lac, ebony fruit and jackfruit heartwood chips", "natural_dyestuff")],
        [],
        bcg=(BIO,),
    ),
    sme(
        41,
        "th",
        "ผ้าย้อมสีธรรมชาติ แม่ทา",
        H,
        MID,
        "Lamphun",
        [
            ("รับย้อมด้ายสีธรรมชาติ ด้ายของลูกค้า", "yarn_dyeing_service"),
            ("ผ้าฝ้ายย้อมคราม หน้า 1 เมตร", "indigo_dyed_cotton_fabric"),
        ],
        [need("ครั่ง มะเกลือ เปลือกไม้ย้อม", "natural_dyestuff")],
        bcg=(BIO,),
    ),
    sme(
        42,
        "en",
        "Sukhothai Yarn Dyers",
        AC,
        MID,
        "Sukhothai",
        [("yarn dyeing for weavers, reactive dyes, 5 kg min", "yarn_dyeing_service")],
        [need("undyed cotton cones, OEKO-TEX not required", "mill_cotton_yarn", waive=(OEKO,))],
    ),
    sme(
        43,
        "th",
        "ร้านเสื้อผ้าฝ้ายปทุม",
        AC,
        DOWN,
        "Pathum Thani",
        [("เสื้อผ้าฝ้ายคอจีน", "cotton_clothing")],
        [
            need("ผ้าย้อมครามแท้ ไม่เอาครามเคมี", "indigo_dyed_cotton_fabric"),
            need("ช่างรับตัดเย็บเสื้อ", "sewing_service"),
        ],
    ),
    sme(
        44,
        "en",
        "Roi Et Garment Sewing Group",
        AI,
        MID,
        "Roi Et",
        [("sewing for brands, CMT, 200 pcs min", "sewing_service")],
        [need("industrial sewing machine servicing", unmet="no sewing-machine mechanic in the set")],
    ),
    sme(
        45,
        "th",
        "กลุ่มตัดเย็บแม่บ้านหนองคาย",
        AI,
        MID,
        "Nong Khai",
        [("รับเย็บกระเป๋า จากผ้าของลูกค้า", "sewing_service"), ("กระเป๋าผ้าขิดสำเร็จรูป", "handwoven_bag")],
        [],
        certs=("OTOP",),
    ),
    sme(
        46,
        "en",
        "Chiang Mai Hotel Group",
        AC,
        DOWN,
        "Chiang Mai",
        [],
        [need("handwoven cushion covers, 200 pcs", "cushion_cover")],
    ),
    sme(
        47,
        "th",
        "ของแต่งบ้านผ้าทอขอนแก่น",
        AI,
        DOWN,
        "Khon Kaen",
        [("ปลอกหมอนอิงผ้าไหมมัดหมี่", "cushion_cover"), ("ผ้าปูโต๊ะ ผ้าฝ้ายทอ", "table_linen")],
        [need("ผ้ามัดหมี่ไหม เป็นพับ", "mudmee_silk_fabric")],
    ),
    sme(
        48,
        "en",
        "Sportech Loom Services",
        S,
        MID,
        "Pathum Thani",
        [
            ("rapier & needle loom overhaul", "industrial_loom_repair"),
            ("needle loom latch needles and hooks", "needle_loom_parts"),
        ],
        [],
        certs=("ISO 9001:2015",),
    ),
    sme(
        49,
        "th",
        "สิ่งทอกีฬาระยอง",
        S,
        MID,
        "Rayong",
        [("เทปทอแคบ สำหรับสายกระเป๋าเป้", "webbing_narrow_fabric")],
        [
            need("ช่างซ่อมเครื่องทอแรเปียร์", "industrial_loom_repair"),
            need("ด้ายไนลอนรีไซเคิล", unmet="recycled nylon; no one in the set offers it"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        50,
        "en",
        "Thai Peacock Silk House",
        AI,
        DOWN,
        "Bangkok",
        [("silk scarves with the Royal Peacock", "silk_scarf")],
        [
            need("mudmee silk lengths with Peacock Emblem", "mudmee_silk_fabric", req=(PEACOCK,)),
            need("yok dok silk brocade", "brocade_silk_fabric"),
        ],
        certs=("Thai Silk Peacock Emblem",),
    ),
    sme(
        51,
        "th",
        "กลุ่มทอผ้าผู้สูงอายุ บ้านท่าสว่าง",
        AI,
        MID,
        "Surin",
        [("ผ้าไหมยกดอก ทอโดยผู้สูงอายุ", "brocade_silk_fabric")],
        [need("กี่เล็กวางบนโต๊ะได้ น้ำหนักเบา สำหรับผู้สูงอายุ", "table_loom")],
    ),
    sme(
        52,
        "en",
        "Elder Craft Therapy Centre",
        AC,
        DOWN,
        "Bangkok",
        [],
        [
            need("lightweight frame looms 30 cm", "frame_loom"),
            need("thick recycled cotton yarn for beginners, GRS certified", "recycled_cotton_yarn", req=(GRS,)),
        ],
    ),
    sme(
        53,
        "th",
        "บ้านพักผู้สูงอายุ เย็นใจ",
        AC,
        DOWN,
        "Nakhon Pathom",
        [],
        [
            need("อยากได้กี่เล็กๆ ให้ผู้สูงอายุทอเล่น", "frame_loom", "table_loom", "rigid_heddle_loom"),
            need("ผ้าขะม้า 100 ผืน ใช้ในบ้านพัก", "phakhaoma"),
        ],
    ),
    sme(
        54,
        "en",
        "Roi Et Pha Khao Ma Weavers",
        AI,
        MID,
        "Roi Et",
        [("checked cotton loincloth (pha khao ma), lots of 100", "phakhaoma")],
        [
            need("new fly-shuttle loom", "floor_loom"),
            need("cotton yarn in bright dyed colours", "synthetic_dyed_cotton_yarn"),
        ],
        certs=("OTOP",),
    ),
    sme(
        55,
        "th",
        "ผ้าขาวม้าหนองขาว",
        AC,
        MID,
        "Kanchanaburi",
        [("ผ้าขาวม้าทอมือ ลายตาหมากรุก ขั้นต่ำ 50 ผืน", "phakhaoma")],
        [need("กระสวยกี่กระตุก", "shuttle")],
    ),
    sme(
        56,
        "en",
        "Bangkok Design School",
        AC,
        DOWN,
        "Bangkok",
        [],
        [
            need("8-shaft table looms x6 for the studio", "table_loom"),
            need("warping mill", "warping_mill"),
            need("merino wool yarn for student projects", unmet="wool; no one in the set sells it"),
        ],
    ),
    sme(
        57,
        "th",
        "วิทยาลัยสารพัดช่างสกลนคร",
        AI,
        DOWN,
        "Sakon Nakhon",
        [],
        [
            need(
                "หูกทอผ้า 10 ชุด ต้องได้ มอก.",
                "floor_loom",
                req=(TIS,),
                unmet="no loom maker holds the Thai Industrial Standard",
            ),
            need("อุปกรณ์ค้นด้าย", "warping_mill"),
        ],
    ),
    sme(
        58,
        "en",
        "Hill Tribe Weaving Foundation",
        H,
        MID,
        "Chiang Rai",
        [("Akha shoulder bags, backstrap-woven", "handwoven_bag")],
        [
            need("backstrap loom sets for new members", "backstrap_loom"),
            need("handspun cotton, Organic Thailand certified", "handspun_cotton_yarn", req=(ORG_TH,)),
        ],
        certs=("Fair Trade certified",),
    ),
    sme(
        59,
        "th",
        "ผ้าตีนจกหาดเสี้ยว",
        AC,
        MID,
        "Sukhothai",
        [("ซิ่นตีนจกไหม หาดเสี้ยว", "handwoven_silk_fabric")],
        [need("ไหมย้อมสี สำหรับจก", "dyed_silk_yarn"), need("หาคนค้นหูกให้ ก่อนขึ้นลายจก", "loom_dressing_service")],
    ),
    sme(
        60,
        "en",
        "Phrae Wa Silk Cooperative",
        AI,
        MID,
        "Kalasin",
        [("Phrae Wa silk shawls", "silk_scarf"), ("ikat tying on commission", "ikat_tying_service")],
        [
            need("ikat frame (hong mee), new", "ikat_tying_frame"),
            need("silk thread, Peacock Emblem grade", "silk_yarn", req=(PEACOCK,)),
        ],
        certs=("Royal Thai Silk",),
    ),
    sme(
        61,
        "th",
        "ร้านอุปกรณ์ทอผ้าโคราช",
        AI,
        MID,
        "Nakhon Ratchasima",
        [
            ("ตะกอลวด ตะกอด้าย ขายส่ง", "heddles"),
            ("หลอดด้ายพลาสติก หลอดไม้ไผ่", "pirns_bobbins"),
            ("หลาไฟฟ้า กรอหลอดเร็ว ส่งฟรีทั่วประเทศ", "bobbin_winder"),
        ],
        [],
    ),
    sme(
        62,
        "th",
        "ผ้าไหมปักธงชัย",
        AI,
        MID,
        "Nakhon Ratchasima",
        [("ผ้าไหมทอมือปักธงชัย", "handwoven_silk_fabric")],
        [need("แกนม้วนเครือหูก", "loom_beam"), need("เครื่องม้วนด้ายใส่กระสวย", "bobbin_winder")],
        certs=("Thai Silk Peacock Emblem",),
    ),
    sme(
        63,
        "th",
        "กลุ่มทอผ้ายกเมืองนคร",
        H,
        MID,
        "Nakhon Si Thammarat",
        [("ผ้ายกเมืองนคร ไหม", "brocade_silk_fabric")],
        [need("เขาสำหรับผ้ายก 8 ชุด", "heddles")],
    ),
    sme(
        64,
        "en",
        "Pattani Songket Workshop",
        H,
        MID,
        "Pattani",
        [("songket silk with gold supplementary weft", "handwoven_silk_fabric")],
        [
            need("metallic gold thread", unmet="metallic thread; no one in the set offers it"),
            need("wooden shuttles", "shuttle"),
        ],
    ),
    sme(
        65,
        "th",
        "อู่ซ่อมกี่ช่างสมชาย",
        AC,
        MID,
        "Suphan Buri",
        [
            ("ซ่อมกี่ทุกชนิด ออกนอกสถานที่", "loom_repair_service"),
            ("ต่อกี่ใหม่ตามสั่ง ไม้ตะเคียน", "loom_building_service"),
        ],
        [need("ไม้ลูกกลิ้งม้วนผ้าหน้ากี่", "loom_beam")],
    ),
    sme(
        66,
        "en",
        "Loei Tai Dam Textiles",
        H,
        MID,
        "Loei",
        [("Tai Dam indigo wrap skirts", "cotton_clothing")],
        [need("indigo dyeing of our woven lengths", "indigo_dyeing_service")],
    ),
    sme(
        67,
        "th",
        "โรงย้อมผ้าบางพลี",
        C,
        MID,
        "Samut Prakan",
        [("รับย้อมผ้าพับ สีรีแอคทีฟ", "fabric_dyeing_service")],
        [],
    ),
    sme(
        68,
        "en",
        "Khon Kaen Cotton Weaving Mill",
        AI,
        MID,
        "Khon Kaen",
        [
            ("powerloom cotton sheeting", "mill_cotton_fabric"),
            ("commission weaving with your yarn", "contract_weaving_service"),
        ],
        [
            need("carded cotton yarn Ne 20", "mill_cotton_yarn"),
            need("piece dyeing of our greige sheeting", "fabric_dyeing_service"),
            need("jacquard punch cards", unmet="no one in the set makes jacquard cards"),
        ],
    ),
    sme(
        69,
        "th",
        "ร้านของฝากผ้าทอ หัวหิน",
        AC,
        DOWN,
        "Prachuap Khiri Khan",
        [],
        [
            need("ผ้าขาวม้าลายสก๊อต ขายนักท่องเที่ยว", "phakhaoma"),
            need("กระเป๋าผ้าทอมือ ต้องเป็นสินค้า OTOP", "handwoven_bag", req=(OTOP,)),
        ],
    ),
    sme(
        70,
        "en",
        "Andaman Resort & Spa",
        AC,
        DOWN,
        "Phuket",
        [],
        [
            need("spa robes in handwoven cotton", unmet="robes; no one in the set makes them"),
            need("woven bath mats from recycled fabric", "rug"),
        ],
    ),
    sme(
        71,
        "th",
        "รพ.สต. บ้านแก้ง",
        AI,
        DOWN,
        "Chaiyaphum",
        [],
        [need("วิทยากรกิจกรรมทอผ้าบำบัด", "weaving_lessons"), need("ผ้าห่มฝ้ายทอมือ สำหรับผู้ป่วยติดเตียง", "blanket")],
    ),
    sme(
        72,
        "en",
        "Circular Threads Studio",
        C,
        DOWN,
        "Bangkok",
        [("rag rugs woven from offcuts", "rug")],
        [need("T-shirt scraps sorted by colour", "textile_offcuts")],
        bcg=(CIRC,),
    ),
    sme(
        73,
        "th",
        "พรมเช็ดเท้าผ้าเศษ แปดริ้ว",
        C,
        MID,
        "Chachoengsao",
        [("พรมเช็ดเท้าทอจากเศษผ้า", "rug")],
        [need("เศษผ้ายืด คละสี", "textile_offcuts"), need("หูกเก่า ใช้ทอพรมได้", "used_floor_loom")],
        bcg=(CIRC,),
    ),
    sme(
        74,
        "en",
        "Upcycled Yarn Lab",
        C,
        UP,
        "Bangkok",
        [("recycled cotton yarn, blended, Nm 10", "recycled_cotton_yarn")],
        [
            need("clean denim waste", "textile_offcuts"),
            need("loom waste, GRS nice to have", "loom_waste_thrums", waive=(GRS,)),
        ],
        certs=("Global Recycled Standard",),
        bcg=(CIRC,),
    ),
    sme(
        75,
        "th",
        "ฝ้ายรีไซเคิลนนท์",
        C,
        UP,
        "Nonthaburi",
        [
            ("ด้ายฝ้ายรีไซเคิล จากเศษผ้าโรงงาน", "recycled_cotton_yarn"),
            ("ด้ายโพลีเอสเตอร์จากขวดพลาสติก", "recycled_polyester_yarn"),
        ],
        [],
        bcg=(CIRC,),
    ),
    sme(
        76,
        "en",
        "Trang Sportswear",
        S,
        DOWN,
        "Trang",
        [("running shirts from recycled polyester", "sportswear")],
        [
            need("rPET yarn, GRS certified", "recycled_polyester_yarn", req=(GRS,)),
            need("sewing contractor for jerseys", "sewing_service"),
        ],
    ),
    sme(
        77,
        "th",
        "ชุดกีฬาผ้าทอมืออุดร",
        S,
        DOWN,
        "Udon Thani",
        [("เสื้อกีฬาผ้าทอมือ", "sportswear")],
        [
            need("ผ้าฝ้ายทอมือ เนื้อบาง", "handwoven_cotton_fabric", "synthetic_dyed_handwoven_fabric"),
            need(
                "ผ้าทอมือ ผ่าน OEKO-TEX สำหรับชุดเด็ก",
                "handwoven_cotton_fabric",
                "synthetic_dyed_handwoven_fabric",
                req=(OEKO,),
                unmet="no weaver in the set holds OEKO-TEX",
            ),
        ],
    ),
    sme(
        78,
        "en",
        "Chanthaburi Weaving Homestay",
        AC,
        MID,
        "Chanthaburi",
        [("handwoven napkins, indigo", "table_linen")],
        [
            need("rigid heddle looms for guests", "rigid_heddle_loom"),
            need("naturally dyed cotton yarn, no chemical dyes please", "indigo_dyed_cotton_yarn"),
        ],
    ),
    sme(
        79,
        "th",
        "กลุ่มสตรีทอผ้าบ้านโพน",
        AI,
        MID,
        "Kalasin",
        [("ผ้าไหมแพรวา ลายโบราณ", "handwoven_silk_fabric")],
        [need("มีใครรับซ่อมหูกในหมู่บ้านไหม", "loom_repair_service"), need("หลากรอไหม", "bobbin_winder")],
    ),
    sme(
        80,
        "en",
        "Mae Hong Son Hill Weaves",
        H,
        MID,
        "Mae Hong Son",
        [("Karen handwoven cotton blankets", "blanket"), ("backstrap looms for sale", "backstrap_loom")],
        [need("raw cotton bolls to spin ourselves", "raw_cotton_fibre")],
    ),
    sme(
        81,
        "th",
        "ผ้าทอเกาะยอ ร้านป้าเอียด",
        C,
        DOWN,
        "Songkhla",
        [("ผ้าทอเกาะยอ ลายราชวัตร ด้ายย้อมสีเคมี", "synthetic_dyed_handwoven_fabric")],
        [
            need("ด้ายฝ้ายย้อมสีพื้น", "synthetic_dyed_cotton_yarn"),
            need("ฟืมสำหรับกี่กระตุก", "reed_steel", "reed_bamboo"),
        ],
    ),
    sme(
        82,
        "en",
        "Buriram Pha Hol Collective",
        AI,
        MID,
        "Buriram",
        [("pha hol ikat silk", "mudmee_silk_fabric")],
        [need("ikat tying help for a rush order", "ikat_tying_service")],
    ),
    sme(
        83,
        "th",
        "กี่มือสองออนไลน์ ปากน้ำโพ",
        AC,
        MID,
        "Nakhon Sawan",
        [("ขายกี่มือสอง ถอดประกอบ ส่งทั่วไทย", "used_floor_loom")],
        [need("หาเครื่องทอผ้าไฟฟ้า", unmet="power looms; no one in the set sells them")],
    ),
    sme(
        84,
        "en",
        "Thai Loom Academy",
        AC,
        MID,
        "Bangkok",
        [("beginner floor-loom course", "weaving_lessons"), ("we warp and thread your loom", "loom_dressing_service")],
        [need("floor looms for the classroom, FSC nice to have", "floor_loom", waive=(FSC,))],
    ),
    sme(
        85,
        "th",
        "หูกไม้ยางพารา พิษณุโลก",
        AC,
        MID,
        "Phitsanulok",
        [("กี่ทอผ้าไม้ยางพารา ชุดละ 12,000 บาท", "floor_loom"), ("ไม้ม้วนด้ายยืน ไม้ม้วนผ้า", "loom_beam")],
        [],
        certs=("FSC",),
        bcg=(GREEN,),
    ),
    sme(
        86,
        "th",
        "สหกรณ์ฝ้ายอุบล",
        AI,
        UP,
        "Ubon Ratchathani",
        [("ปุยฝ้ายพันธุ์พื้นเมือง", "raw_cotton_fibre"), ("ฝ้ายเข็นมือ", "handspun_cotton_yarn")],
        [need("เครื่องหีบฝ้าย", unmet="cotton gin; no machinery maker in the set")],
        bcg=(BIO,),
    ),
    sme(
        87,
        "th",
        "ร้านผ้าฝ้ายออร์แกนิก",
        AC,
        DOWN,
        "Bangkok",
        [("ผ้าพันคอฝ้ายออร์แกนิก", "handwoven_scarf")],
        [
            need("ผ้าฝ้ายทอมือ ต้องมีใบรับรองเกษตรอินทรีย์", "handwoven_cotton_fabric", req=(ORG_TH,)),
            need("กระเป๋าผ้าทอ ไม่ต้องมี OTOP", "handwoven_bag", waive=(OTOP,)),
        ],
    ),
    sme(
        88,
        "en",
        "Songkhla Fibre Arts Circle",
        AC,
        MID,
        "Songkhla",
        [("handwoven placemats", "table_linen")],
        [
            need("rigid heddle looms x4, Fair Trade welcome but not required", "rigid_heddle_loom", waive=(FAIR,)),
            need("shuttles and pirns", "shuttle", "pirns_bobbins"),
        ],
    ),
    sme(
        89,
        "th",
        "กลุ่มทอผ้าขิดบ้านศรีฐาน",
        AI,
        MID,
        "Yasothon",
        [("หมอนขวานผ้าขิด", "axe_pillow")],
        [
            need("นุ่นยัดหมอน", unmet="kapok; no one in the set sells it"),
            need("ด้ายย้อมสีสด สำหรับทอขิด", "synthetic_dyed_cotton_yarn"),
        ],
    ),
    sme(
        90,
        "en",
        "Nakhon Phanom Indigo Garments",
        H,
        DOWN,
        "Nakhon Phanom",
        [("indigo-dyed cotton jackets", "cotton_clothing")],
        [
            need("indigo cotton yarn for weaving", "indigo_dyed_cotton_yarn"),
            need("sewing partner, Fairtrade not required", "sewing_service", waive=(FAIR,)),
        ],
    ),
    sme(
        91,
        "th",
        "ร้านอุปกรณ์ทอผ้าเชียงใหม่",
        AC,
        MID,
        "Chiang Mai",
        [("กี่เฟรมไม้ สำหรับทอพรม", "frame_loom"), ("กี่ตั้งโต๊ะ 4 ตะกอ", "table_loom")],
        [],
    ),
    sme(
        92,
        "th",
        "วิสาหกิจกัญชงพะเยา",
        H,
        UP,
        "Phayao",
        [("ต้นกัญชงแช่น้ำแล้ว", "hemp_fibre")],
        [need("เครื่องลอกเปลือกกัญชง", unmet="decorticator; no machinery maker in the set")],
        bcg=(BIO,),
    ),
    sme(
        93,
        "th",
        "ครามบ้านหนองส่าน",
        AI,
        MID,
        "Nakhon Phanom",
        [("ผ้าฝ้ายย้อมครามทอมือ ลายขิด", "indigo_dyed_cotton_fabric"), ("ฝ้ายย้อมครามม้วน", "indigo_dyed_cotton_yarn")],
        [need("กี่กระตุก 1 หลัง", "floor_loom")],
    ),
    sme(
        94,
        "en",
        "Samut Songkhram Senior Club",
        AC,
        DOWN,
        "Samut Songkhram",
        [],
        [need("Does anyone teach weaving to the elderly?", "weaving_lessons")],
    ),
    sme(
        95,
        "th",
        "ห้างผ้าไทยสยาม",
        AC,
        DOWN,
        "Bangkok",
        [("ผ้าไหมไทย ขายปลีก", "handwoven_silk_fabric")],
        [
            need("ผ้าไหมทอมือ ต้องมีตรานกยูง", "handwoven_silk_fabric", req=(PEACOCK,)),
            need("ผ้าฝ้ายพิมพ์ลาย", unmet="printed cotton; no one in the set offers it"),
        ],
    ),
]


# ------------------------------------------------------------------ derived data

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
LATIN_LETTER = re.compile("[A-Za-z]")
ID_FORMAT = re.compile(rf"^{PREFIX}-\d{{3}}$")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def held(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certs)


def qualified(n: Need, buyer: Sme) -> list[Sme]:
    """Suppliers other than the buyer with an offer the need lists and every certification it requires."""
    return [
        s
        for s in SMES
        if s.num != buyer.num and any(label in n.labels for _, label in s.offers) and set(n.requires) <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    links = {(s.id, b.id) for b in SMES for n in b.needs if not n.unmet for s in qualified(n, b)}
    return sorted(links)


def mentions(text: str, cert: str) -> bool:
    c = CERT_BY_NAME[cert]
    folded = text.casefold()
    return any(m.casefold() in folded for m in (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions))


def phrase_ok(text: str, lang: str) -> bool:
    if not text.strip() or text != text.strip():
        return False
    if lang == "en":
        return THAI_CHAR.search(text) is None and text.isascii()
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


# ------------------------------------------------------------------ checks


def check() -> list[str]:
    errors: list[str] = []
    err = errors.append
    ids = [s.id for s in SMES]
    if len(ids) != N_PROFILES or len(set(ids)) != N_PROFILES:
        err(f"expected {N_PROFILES} unique ids, got {len(ids)} ({len(set(ids))} unique)")
    if [s.num for s in SMES] != list(range(1, len(SMES) + 1)):
        err("ids are not blm-001 ... in order")
    offer_texts = {text for s in SMES for text, _ in s.offers}
    for s in SMES:
        where = s.id
        if not ID_FORMAT.match(s.id):
            err(f"{where}: bad id")
        if s.lang not in ("th", "en"):
            err(f"{where}: bad language {s.lang!r}")
        if not phrase_ok(s.name, s.lang):
            err(f"{where}: name {s.name!r} is not in {s.lang}")
        if resolve_province(s.province) is None:
            err(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                err(f"{where}: certification {cert!r} does not resolve")
        if not (isinstance(s.sub, SubCluster) and isinstance(s.stage, Stage)):
            err(f"{where}: sub-cluster or stage not from the taxonomy")
        if len(set(s.bcg)) != len(s.bcg) or not all(isinstance(t, BcgTag) for t in s.bcg):
            err(f"{where}: bad bcg tags")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            err(f"{where}: wants 0-3 offers and 0-3 needs, not both empty")
        for text, label in s.offers:
            if label not in LABELS:
                err(f"{where}: unknown offer label {label!r}")
            if not phrase_ok(text, s.lang):
                err(f"{where}: offer {text!r} is not in {s.lang}")
            claimed = find_certifications(text)
            if not claimed <= held(s):
                err(f"{where}: offer {text!r} claims {sorted(claimed - held(s))} the SME does not hold")
        for n in s.needs:
            what = f"{where}: need {n.text!r}"
            if not phrase_ok(n.text, s.lang):
                err(f"{what} is not in {s.lang}")
            if n.text in offer_texts:
                err(f"{what} repeats an offer word for word")
            for label in n.labels:
                if label not in LABELS:
                    err(f"{what}: unknown label {label!r}")
                elif not any(label == lb for o in SMES if o.num != s.num for _, lb in o.offers):
                    err(f"{what}: no one but the buyer offers {label!r}")
            if find_certifications(n.text) != set(n.requires):
                err(f"{what}: text asks for {sorted(find_certifications(n.text))}, labels say {list(n.requires)}")
            for cert in (*n.requires, *n.waives):
                if cert not in CERT_BY_NAME or not mentions(n.text, cert):
                    err(f"{what}: {cert!r} is not named in the text")
            for cert in n.waives:
                if cert in find_certifications(n.text):
                    err(f"{what}: waived {cert!r} reads as required")
            found = qualified(n, s)
            if n.unmet and found:
                err(f"{what}: marked unmet but met by {[o.id for o in found]}")
            if not n.unmet and not found:
                err(f"{what}: no qualified supplier")
            if not n.labels and not n.unmet:
                err(f"{what}: lists no labels and is not marked unmet")
    stats = counts()
    thai_share = stats["Thai profiles"] / len(SMES)
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        err(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= stats["true links"] <= LINK_RANGE[1]:
        err(f"{stats['true links']} links, want {LINK_RANGE}")
    if not UNMET_RANGE[0] <= stats["needs met by no one"] <= UNMET_RANGE[1]:
        err(f"{stats['needs met by no one']} unmet needs, want {UNMET_RANGE}")
    cross = stats["cross-language links"] / max(1, stats["true links"])
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        err(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    return errors


# ------------------------------------------------------------------ counts


def counts() -> dict[str, int]:
    by_id = {s.id: s for s in SMES}
    links = true_links()
    needs = [n for s in SMES for n in s.needs]
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    stats: dict[str, int] = {
        "profiles": len(SMES),
        "Thai profiles": sum(s.lang == "th" for s in SMES),
        "English profiles": sum(s.lang == "en" for s in SMES),
    }
    for sub in SubCluster:
        stats[f"sub-cluster {sub.value}"] = sum(s.sub is sub for s in SMES)
    for stage in Stage:
        stats[f"stage {stage.value}"] = sum(s.stage is stage for s in SMES)
    regions = Counter(province.region for s in SMES if (province := resolve_province(s.province)) is not None)
    for region, _ in sorted(regions.items(), key=lambda item: list(type(item[0])).index(item[0])):
        stats[f"region {region.value}"] = regions[region]
    stats["distinct provinces"] = len({p.name_en for s in SMES if (p := resolve_province(s.province))})
    stats["offers"] = sum(len(s.offers) for s in SMES)
    stats["distinct offer labels"] = len({label for s in SMES for _, label in s.offers})
    stats["needs"] = len(needs)
    stats["needs met"] = sum(not n.unmet for n in needs)
    stats["needs met by no one"] = sum(bool(n.unmet) for n in needs)
    stats["needs requiring a certification"] = sum(bool(n.requires) for n in needs)
    stats["needs waiving a certification"] = sum(bool(n.waives) for n in needs)
    stats["true links"] = len(links)
    stats["links Thai supplier -> English buyer"] = th_en
    stats["links English supplier -> Thai buyer"] = en_th
    stats["cross-language links"] = th_en + en_th
    stats["within-language links"] = len(links) - th_en - en_th
    stats["links between different sub-clusters"] = sum(1 for a, b in links if by_id[a].sub is not by_id[b].sub)
    return stats


def counts_table() -> str:
    stats = counts()
    share = 100 * stats["cross-language links"] / max(1, stats["true links"])
    rows = ["| count | value |", "|---|---|"]
    for key, value in stats.items():
        shown = f"{value} ({share:.1f} %)" if key == "cross-language links" else str(value)
        rows.append(f"| {key} | {shown} |")
    return "\n".join(rows) + "\n"


def met_by_histogram() -> str:
    sizes = Counter(len(qualified(n, s)) for s in SMES for n in s.needs if not n.unmet)
    return ", ".join(f"{k} supplier(s): {v}" for k, v in sorted(sizes.items()))


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": [t.value for t in s.bcg],
        "contact_email": f"{s.id.replace('-', '')}@example.org",
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(true_links())
    return out.getvalue()


README = """# blind_plain_looms: looms, weaving tools and their suppliers

A hand-labelled test set for the partner matcher: 95 SME profiles in the cluster-profile format
(JSONL version 1) and the true supplier -> buyer links among them. It measures how well the matcher
finds real supplier-buyer pairs from wording it has never seen.

## What it checks

The theme is looms and weaving tools: floor, fly-shuttle, table, rigid-heddle, frame and backstrap
looms; reeds, heddles, shuttles, pirns and beams; warping mills, bobbin winders, spinning wheels and
ikat frames; loom repair, loom building, loom dressing and weaving lessons; and the weaving groups,
schools, care homes and shops that buy them, next to the ordinary suppliers of fibre, yarn, cloth,
dyeing and sewing. About 55 % of the profiles are in Thai, the rest in English. Offers and needs are
short registry phrases: local and regional names (หูก, กี่กระตุก, ฟืม, เขา, ตะกอ, หลา, ไน, ค้นหูก, สืบหูก,
โฮงมัดหมี่, pha khao ma, hong mee), trade words, sizes, quantities and minimum orders. A need is usually
worded differently from the offers that meet it, and often in the other language.

Hard but fair cases on purpose: a service versus the goods it works on (indigo dyeing of the
customer's cloth versus indigo-dyed cloth, sewing for others versus garments, loom repair versus
looms, warping someone's loom versus a warping mill); new versus second-hand looms; handloom repair
versus industrial loom repair; raw versus processed (fibre, yarn, cloth, product); products described
by their material or technique (an indigo tote is a bag); needs written as a wish, a bare noun or a
question; refusals ("no chemical dyes"); needs that require a named certification, needs that name one
only to waive it, and needs no one in the set meets (some because no supplier holds the certification).

## How it was written

By hand, by a writer who read only the profile contract (section 1 of the contracts: cluster
profiles, JSONL version 1, and the links CSV) and the cluster taxonomy (`shared/taxonomy.py` and
`shared/taxonomy_data/`). The writer saw no matcher code, glossary, tests or other evaluation sets.
Every province resolves with `resolve_province`, every certification with `resolve_certification`,
and sub-clusters, stages and BCG tags are the taxonomy's values.

## How a link is decided

Every offer is a `(text, label)` pair in `write.py`; the label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `floor_loom` versus `used_floor_loom`).
Every need either lists the labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of
the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link. A waived certification ("FSC wood nice to have",
"ไม่ต้องมี OTOP") is not required. The labels live only in `write.py`; the profiles carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_looms/write.py

The script checks ids, every contract field, labels, certifications (required and waived ones must be
named in the need's text and read that way by `find_certifications`), the language of every phrase,
that every met need has a qualified supplier and every unmet one has none, and the size targets; it
writes nothing if a check fails. Two runs give identical bytes.

## Files

- `write.py`: all data and labels; writes the three files below.
- `profiles.jsonl`: 95 profiles, ids `blm-001` ... `blm-095`, contract fields only.
- `links.csv`: true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    errors = check()
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for line in errors:
            print(f"  {line}", file=sys.stderr)
        return 1
    table = counts_table()
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(),
        "README.md": README + table,
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    print(f"needs met by: {met_by_histogram()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
