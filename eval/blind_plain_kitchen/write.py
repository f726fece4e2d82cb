"""Write the hand-labelled evaluation set ``eval/blind_plain_kitchen/``.

Kitchen, restaurant and food-service textiles: aprons, chef wear, table linen, tea towels, oven mitts,
beeswax wraps, rice-steaming cloth, filter bags, bread and produce bags, vendors' umbrellas and awnings,
cleaning cloths and mops, kitchen laundries, and the restaurants, vendors, cafes, caterers, hotel
kitchens, food factories, cooking schools and community kitchens that buy them, with the ordinary
upstream and midstream suppliers of the cluster.

Every offer is a ``(text, label)`` pair whose label says what the thing is. Every need lists the offer
labels that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. The true links follow from the labels alone; shared words play no part. Labels live only in
this file: ``profiles.jsonl`` carries none.

Run from the repository root::

    .venv/bin/python eval/blind_plain_kitchen/write.py

The script checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
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

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bkt"
PROFILE_COUNT = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

# ------------------------------------------------------------------ short names used in the data

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIR = BcgTag.CIRCULAR
GRN = BcgTag.GREEN

# Canonical certification names, as `resolve_certification` returns them.
OT = "Organic Thailand"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
GOTS = "GOTS"
BLUE = "bluesign"
FDA = "Thai FDA"
TIS = "Thai Industrial Standard"
HALAL = "Halal"
ISO9 = "ISO 9001"
PEACOCK = "Thai Silk Peacock Emblem"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that would meet it
    require: tuple[str, ...] = ()  # canonical certifications its text requires
    waive: tuple[str, ...] = ()  # words in the text that name a certification only to waive it
    unmet: str = ""  # why no one in the set meets it (empty: met)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: SubCluster
    stage: Stage
    province: str
    mail: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[BcgTag, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def nobody(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` are near misses that fail on a certification."""
    return Need(text, labels, req, (), note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    mail: str,
    *,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub, stage, province, mail, offers, needs, certs, bcg)


# ------------------------------------------------------------------ data, part 1: upstream (001-020)

PART_1 = (
    sme(
        1,
        "th",
        "วิสาหกิจชุมชน ฝ้ายอินทรีย์บ้านนาดี",
        HEMP,
        UP,
        "Loei",
        "fai.nadee",
        offers=(
            ("ฝ้ายดิบพันธุ์พื้นเมือง ปลูกแบบอินทรีย์ ขายเป็นกิโล", "cotton_fibre"),
            ("เมล็ดฝ้ายตุ่ย สำหรับปลูก", "cotton_seed"),
        ),
        needs=(nobody("หาอิ้วหีบฝ้าย แบบใช้มอเตอร์", "a cotton gin is a machine; no one sells machinery"),),
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        "Nan Highland Cotton Cooperative",
        HEMP,
        UP,
        "Nan",
        "nanhighlandcotton",
        offers=(("Ginned cotton lint, 200 kg bales", "cotton_fibre"),),
        needs=(need("toll spinning - our own lint spun into yarn", "cotton_spinning_service"),),
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        "บริษัท สามพรานปั่นด้าย จำกัด",
        CIRC,
        UP,
        "Nakhon Pathom",
        "sampran.spinning",
        offers=(
            ("ด้ายฝ้าย 100% Ne 20/1 ด้ายดิบ ลูกละ 1.89 กก.", "cotton_yarn"),
            ("รับปั่นด้ายจากฝ้ายของลูกค้า ขั้นต่ำ 300 กก.", "cotton_spinning_service"),
            ("เศษด้าย ปุยฝ้ายตกเครื่อง ขายเหมาเป็นตัน", "yarn_waste"),
        ),
        needs=(need("ฝ้ายดิบ ต้องผ่านมาตรฐานเกษตรอินทรีย์", "cotton_fibre", req=(OT,)),),
        certs=("OEKO-TEX Standard 100",),
        bcg=(GRN, CIR),
    ),
    sme(
        4,
        "en",
        "Sakon Handspun Cotton Group",
        ALI,
        UP,
        "Sakon Nakhon",
        "sakonhandspun",
        offers=(("Hand-spun cotton yarn, natural white and brown (fai tui)", "cotton_yarn"),),
        needs=(need("raw cotton from growers, lint or seed cotton", "cotton_fibre"),),
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        5,
        "th",
        "วิสาหกิจชุมชน กัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "hemp.maesamai",
        offers=(
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre"),
            ("ด้ายกัญชงต่อมือ ปั่นเกลียว ม้วนละครึ่งกิโล", "hemp_yarn"),
        ),
        needs=(nobody("เมล็ดพันธุ์กัญชง ที่ขออนุญาตแล้ว", "seed for planting; no one offers it"),),
        bcg=(BIO,),
    ),
    sme(
        6,
        "en",
        "Phetchabun Hemp Processing",
        HEMP,
        UP,
        "Phetchabun",
        "pbhemp",
        offers=(
            ("Decorticated hemp fibre, degummed, spinning grade", "hemp_fibre"),
            ("Hemp/cotton 55/45 blended yarn, Nm 14", "hemp_blend_yarn"),
        ),
        needs=(need("hemp bark from hill farmers, sun-dried", "hemp_fibre"),),
        bcg=(BIO, GRN),
    ),
    sme(
        7,
        "th",
        "กลุ่มทำครามบ้านดอนกอย",
        ALI,
        UP,
        "Sakon Nakhon",
        "khram.donkoi",
        offers=(
            ("เนื้อครามหมักเอง ถังละ 5 กก.", "indigo_dye_paste"),
            ("ต้นครามสด ตัดส่งช่วงหน้าฝน", "indigo_leaves"),
        ),
        needs=(nobody("ถังหมักคราม พลาสติก 200 ลิตร", "plastic tanks, not textile; no one offers them"),),
        certs=("ตราเกษตรอินทรีย์", "โอทอป"),
        bcg=(BIO,),
    ),
    sme(
        8,
        "en",
        "Phrae Hom Growers",
        HEMP,
        UP,
        "Phrae",
        "phraehom",
        offers=(("Hom indigo paste (Strobilanthes), 1 kg tubs", "indigo_dye_paste"),),
        bcg=(BIO,),
    ),
    sme(
        9,
        "th",
        "ร้านสีย้อมธรรมชาติ แม่ทา",
        HEMP,
        UP,
        "Lamphun",
        "see.maetha",
        offers=(
            ("เปลือกประดู่ แก่นขนุน ครั่ง สับแห้งพร้อมต้ม", "natural_dye_material"),
            ("ผงสีธรรมชาติ ซองละ 100 กรัม", "natural_dye_material"),
        ),
        needs=(need("ผ้าดิบผืนเล็ก ไว้ทำแผ่นตัวอย่างสี", "greige_cotton_fabric"),),
        bcg=(BIO,),
    ),
    sme(
        10,
        "en",
        "Siam Dyestuff Trading",
        ALC,
        UP,
        "Samut Prakan",
        "siamdyestuff",
        offers=(
            ("Reactive dyes for cotton, 25 kg drums", "synthetic_dye"),
            ("Disperse dyes for polyester", "synthetic_dye"),
        ),
        certs=("ISO 9001:2015", "bluesign system partner"),
    ),
    sme(
        11,
        "th",
        "ฟาร์มผึ้งแม่ทะ",
        HEMP,
        UP,
        "Lampang",
        "bee.maetha",
        offers=(("ขี้ผึ้งแท้ กรองแล้ว ก้อนละ 1 กก.", "beeswax"),),
        needs=(need("ผ้ากรองน้ำผึ้ง ไนลอนตาถี่", "nylon_filter_mesh"),),
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        12,
        "en",
        "Golden Comb Beeswax Co.",
        HEMP,
        UP,
        "Chiang Rai",
        "goldencomb",
        offers=(
            ("Food-grade beeswax pellets, yellow or white, 5 kg bags", "beeswax"),
            ("Pine resin and jojoba oil for wax-wrap makers", "wrap_resin"),
        ),
        certs=("FDA Thailand",),
        bcg=(BIO,),
    ),
    sme(
        13,
        "th",
        "ร้านรับซื้อเศษผ้า มหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "sespha.mahachai",
        offers=(
            ("เศษผ้าคอตตอน 100% จากโรงงานตัดเย็บ คัดสีแล้ว", "cotton_cutting_waste"),
            ("ผ้าเช็ดเครื่อง ตัดจากเศษผ้า ขายเป็นกิโล", "wiping_rag"),
        ),
        needs=(need("ลินินมือสองจากโรงแรม รีสอร์ท", "used_table_linen"),),
        bcg=(CIR,),
    ),
    sme(
        14,
        "en",
        "ReFibre Eastern Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "refibre",
        offers=(("Recycled cotton fibre from pre-consumer scraps, garneted", "recycled_cotton_fibre"),),
        needs=(need("sorted cutting scraps, 100% cotton, 1 t a month", "cotton_cutting_waste"),),
        certs=("GRS", "ISO 14001"),
        bcg=(CIR,),
    ),
    sme(
        15,
        "th",
        "ร้านคัดผ้ามือสอง อันดามัน",
        CIRC,
        UP,
        "Phuket",
        "phamuesong.andaman",
        offers=(("ผ้าปูโต๊ะ ผ้าเช็ดปาก ผ้าเช็ดมือ ใช้แล้วจากโรงแรม คัดเกรด ขายยกกระสอบ", "used_table_linen"),),
        needs=(need("มีใครรับซักผ้าเก่าล็อตใหญ่ไหม", "commercial_laundry_service"),),
        bcg=(CIR,),
    ),
    sme(
        16,
        "en",
        "Loop Yarn Spinning",
        CIRC,
        UP,
        "Ratchaburi",
        "loopyarn",
        offers=(("Open-end recycled cotton/polyester yarn Ne 10, colours from the waste", "recycled_blend_yarn"),),
        needs=(need("shoddy cotton fibre for open-end spinning, GRS", "recycled_cotton_fibre", req=(GRS,)),),
        certs=("GRS certified",),
        bcg=(CIR,),
    ),
    sme(
        17,
        "th",
        "บริษัท ขวดสู่เส้นใย จำกัด",
        SPORT,
        UP,
        "Rayong",
        "khuadsensai",
        offers=(("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET 75D/72F", "recycled_polyester_yarn"),),
        needs=(nobody("ขวด PET ใส อัดก้อน", "plastic bottles, not textile; no one offers them"),),
        certs=("มาตรฐานรีไซเคิลสากล (GRS)",),
        bcg=(CIR,),
    ),
    sme(
        18,
        "en",
        "Chumphon Banana Fibre Makers",
        HEMP,
        UP,
        "Chumphon",
        "chumphonbanana",
        offers=(("Banana stem fibre, sun-dried, 10 kg bundles", "banana_fibre"),),
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        19,
        "th",
        "กลุ่มปลูกฝ้าย บ้านโนนสะอาด",
        ALI,
        UP,
        "Chaiyaphum",
        "fai.nonsaat",
        offers=(("ปุยฝ้ายอีดแล้ว ดีดฟูพร้อมเข็น", "cotton_fibre"),),
        bcg=(BIO,),
    ),
    sme(
        20,
        "en",
        "Eastern Garment Offcuts",
        CIRC,
        UP,
        "Chachoengsao",
        "easternoffcuts",
        offers=(
            ("Knit offcuts, mixed cotton/spandex, per tonne", "mixed_knit_waste"),
            ("Polyester fabric selvedge strips, baled", "polyester_waste"),
        ),
        bcg=(CIR,),
    ),
)

# ------------------------------------------------------------------ data, part 2: midstream (021-050)

PART_2 = (
    sme(
        21,
        "th",
        "โรงทอผ้าขาวบาง เจริญผล",
        ALC,
        MID,
        "Ratchaburi",
        "charoenphon.weaving",
        offers=(
            ("ผ้าขาวบาง หน้า 36 นิ้ว ม้วนละ 100 หลา", "cotton_gauze_fabric"),
            ("ผ้าดิบ หน้า 44 นิ้ว ยังไม่ฟอก", "greige_cotton_fabric"),
        ),
        needs=(need("ด้ายฝ้ายเบอร์ 32 ทำเส้นยืน", "cotton_yarn"),),
    ),
    sme(
        22,
        "en",
        "Bangplee Cheesecloth Mill",
        ALC,
        MID,
        "Samut Prakan",
        "bangpleecheesecloth",
        offers=(
            ("Cheesecloth grade 50 and grade 90, bleached, 36 in rolls", "cotton_gauze_fabric"),
            ("Bleached cotton muslin, 60 in wide", "plain_cotton_fabric"),
        ),
        needs=(need("combed Ne 30 warp yarn, OEKO-TEX only", "cotton_yarn", req=(OEKO,)),),
        certs=("Oeko-Tex 100", "ISO 9001"),
    ),
    sme(
        23,
        "th",
        "กลุ่มทอผ้าขาวม้า บ้านหนองเขื่อนช้าง",
        ALI,
        MID,
        "Maha Sarakham",
        "phakhaoma.nongkhuean",
        offers=(("ผ้าขาวม้าทอมือ ลายตาหมากรุก ผืนละ 150 บาท", "pha_khao_ma_cloth"),),
        needs=(need("ด้ายฝ้ายแท้ สำหรับทอ ไม่เอาด้ายโทเร", "cotton_yarn"),),
        certs=("OTOP 5 stars",),
    ),
    sme(
        24,
        "en",
        "Udon Indigo House",
        ALI,
        MID,
        "Udon Thani",
        "udonindigo",
        offers=(
            ("Indigo-dyed handwoven cotton, per metre", "indigo_dyed_cotton_fabric"),
            ("Natural indigo vat dyeing of customer fabric or garments, 20 m minimum", "indigo_dyeing_service"),
        ),
        needs=(need("fermented indigo paste, certified Organic Thailand", "indigo_dye_paste", req=(OT,)),),
        bcg=(BIO,),
    ),
    sme(
        25,
        "th",
        "ร้านม่อฮ่อมป้าแสง",
        HEMP,
        MID,
        "Phrae",
        "mohom.pasaeng",
        offers=(("ผ้าหม้อห้อม ย้อมห้อมแท้ พับละ 10 เมตร", "indigo_dyed_cotton_fabric"),),
        needs=(
            need("ห้อมเปียก หรือ ครามเปียก", "indigo_dye_paste"),
            need("ผ้าฝ้ายดิบทอเครื่อง เป็นพับ", "greige_cotton_fabric"),
        ),
        bcg=(BIO,),
    ),
    sme(
        26,
        "en",
        "Chao Phraya Dye Works",
        ALC,
        MID,
        "Samut Sakhon",
        "cpdyeworks",
        offers=(("Commission dyeing of cotton and TC fabrics, reactive, 500 m MOQ", "fabric_dyeing_service"),),
        needs=(need("cotton dyestuffs in bulk, bluesign approved", "synthetic_dye", req=(BLUE,)),),
        certs=("ISO 9001", "OEKO-TEX certified"),
    ),
    sme(
        27,
        "th",
        "บ้านสีธรรมชาติ สันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "baansee.sankamphaeng",
        offers=(
            ("รับย้อมผ้าสีธรรมชาติจากเปลือกไม้ ผ้าของลูกค้า ขั้นต่ำ 5 เมตร", "natural_dyeing_service"),
            ("ผ้าฝ้ายย้อมเปลือกไม้ สีน้ำตาล ขายเป็นเมตร", "natural_dyed_cotton_fabric"),
        ),
        needs=(need("วัตถุดิบให้สีจากพืช สำหรับย้อมผ้า", "natural_dye_material"),),
        bcg=(BIO, GRN),
    ),
    sme(
        28,
        "en",
        "Pathum Greige Weaving",
        ALC,
        MID,
        "Pathum Thani",
        "pathumgreige",
        offers=(
            ("Greige cotton sheeting 20x20 60x60, 110 cm", "greige_cotton_fabric"),
            ("Cotton canvas 10 oz and 12 oz, loomstate", "cotton_canvas_fabric"),
        ),
        needs=(need("cotton yarn Ne 10 to 20 for sheeting", "cotton_yarn"),),
        certs=("ISO 9001:2015",),
    ),
    sme(
        29,
        "th",
        "บริษัท ผ้ายูนิฟอร์มไทย จำกัด",
        ALC,
        MID,
        "Bangkok",
        "uniformthai",
        offers=(
            ("ผ้าโทเร TC 65/35 สีขาว หน้า 58 นิ้ว", "polycotton_fabric"),
            ("ผ้าคอตตอนทวิล 100% เนื้อหนา ทำเสื้อเชฟ", "cotton_twill_fabric"),
        ),
        needs=(need("เส้นใยจากขวดน้ำพลาสติก ปั่นเป็นด้าย ต้องมี GRS", "recycled_polyester_yarn", req=(GRS,)),),
        certs=("ISO 9001",),
    ),
    sme(
        30,
        "en",
        "AeroChef Functional Textiles",
        SPORT,
        MID,
        "Samut Prakan",
        "aerochef",
        offers=(
            ("Moisture-wicking polyester pique, anti-bacterial finish, for chef wear", "wicking_fabric"),
            ("Aramid heat-resistant knit, rated 300 C", "heat_resistant_fabric"),
        ),
        needs=(need("rPET filament yarn with GRS certificate", "recycled_polyester_yarn", req=(GRS,)),),
        certs=("Standard 100 by OEKO-TEX", "bluesign approved"),
        bcg=(GRN,),
    ),
    sme(
        31,
        "th",
        "บริษัท ผ้าใบเคลือบสยาม จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "phabai.siam",
        offers=(("ผ้าใบเคลือบ PVC กันน้ำ กันยูวี หน้ากว้าง 2 เมตร", "waterproof_coated_fabric"),),
        needs=(need("ผ้าแคนวาสฝ้าย หนา 12 ออนซ์ ส่งเข้าเคลือบ", "cotton_canvas_fabric"),),
        certs=("มอก.",),
    ),
    sme(
        32,
        "en",
        "Nonthaburi Terry Mill",
        ALC,
        MID,
        "Nonthaburi",
        "ntbterry",
        offers=(
            ("Terry towelling 380 gsm, by the roll", "terry_fabric"),
            ("Waffle-weave cotton piece goods for dish towels", "waffle_fabric"),
        ),
        needs=(need("Ne 20 carded cotton yarn, 2 t a month", "cotton_yarn"),),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        33,
        "th",
        "ร้านปักจักร ปากเกร็ด",
        ALC,
        MID,
        "Nonthaburi",
        "pakjak.pakkret",
        offers=(("รับปักโลโก้ร้าน บนเสื้อเชฟ ผ้ากันเปื้อน หมวก", "embroidery_service"),),
        needs=(nobody("ด้ายปักเรยอง สีทอง ยี่ห้อมาเดร่า", "embroidery thread; no one in the set sells it"),),
    ),
    sme(
        34,
        "en",
        "Lanna Print Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "lannaprint",
        offers=(("Screen printing on your aprons, tea towels and bags", "screen_printing_service"),),
        needs=(nobody("water-based pigment ink, GOTS approved", "no one in the set sells textile ink", req=(GOTS,)),),
    ),
    sme(
        35,
        "th",
        "ห้องเย็บผ้าป้าศรี",
        ALC,
        MID,
        "Nonthaburi",
        "yebpha.pasri",
        offers=(("รับจ้างเย็บ ผ้ากันเปื้อน ผ้าปูโต๊ะ ลูกค้าส่งผ้ามาเอง", "garment_sewing_service"),),
        needs=(need("ด้ายโพลี 40/2 สำหรับจักรเย็บ ยกโหล", "sewing_thread"),),
    ),
    sme(
        36,
        "en",
        "Khon Kaen CMT Factory",
        ALI,
        MID,
        "Khon Kaen",
        "kkcmt",
        offers=(("Cut-make-trim for uniforms and aprons, your fabric, 300 pcs MOQ", "garment_sewing_service"),),
        needs=(need("spun polyester sewing thread, bulk cones", "sewing_thread"),),
        certs=("ISO 9001",),
    ),
    sme(
        37,
        "en",
        "CleanServe Restaurant Linen",
        ALC,
        MID,
        "Bangkok",
        "cleanserve",
        offers=(
            (
                "Restaurant linen laundry: tablecloths, napkins, chef whites; daily pick-up",
                "commercial_laundry_service",
            ),
            ("Retired napkins and tablecloths, baled", "used_table_linen"),
        ),
        needs=(
            need("heavy-duty laundry sacks with drawstring", "laundry_bag"),
            nobody("eco-label detergent for tunnel washers", "chemicals, not textile; no one offers them"),
        ),
        certs=("ISO 14001:2015", "Green Label"),
        bcg=(CIR, GRN),
    ),
    sme(
        38,
        "th",
        "ร้านด้ายเฮงเฮง สำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        "dai.sampeng",
        offers=(
            ("ด้ายเย็บผ้า หลอดใหญ่ 5000 หลา มีทุกสี", "sewing_thread"),
            ("ด้ายโทเร สำหรับทอผ้า ขายเป็นกิโล", "polycotton_yarn"),
        ),
    ),
    sme(
        39,
        "th",
        "ซักรีดครัวอันดามัน",
        ALC,
        MID,
        "Phuket",
        "sakreed.andaman",
        offers=(("รับซักผ้าครัวโรงแรม ผ้าเช็ดมือ ผ้ากันเปื้อน ชุดเชฟ รับส่งถึงที่", "commercial_laundry_service"),),
        needs=(need("ถุงใส่ผ้าสกปรก ใบใหญ่ ผ้าหนา", "laundry_bag"),),
    ),
    sme(
        40,
        "en",
        "WaxWorks Coating",
        HEMP,
        MID,
        "Bangkok",
        "waxworks",
        offers=(("Beeswax coating of your printed cotton, per metre", "beeswax_coating_service"),),
        needs=(need("beeswax, FDA Thailand registered", "beeswax", req=(FDA,)),),
        bcg=(BIO,),
    ),
    sme(
        41,
        "th",
        "บริษัท ผ้ากรองไทย จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "phakrong.thai",
        offers=(("ผ้ากรองไนลอนโมโน 100-300 ไมครอน ขายเป็นเมตร", "nylon_filter_mesh"),),
        certs=("ISO 9001",),
    ),
    sme(
        42,
        "th",
        "โรงทอผ้าสำลี หาดใหญ่",
        ALC,
        MID,
        "Songkhla",
        "phasamli.hatyai",
        offers=(("ผ้าสำลีหนา ขนนุ่ม ม้วนละ 50 หลา", "cotton_flannel_fabric"),),
        certs=("ฮาลาล",),
    ),
    sme(
        43,
        "th",
        "กลุ่มทอผ้าใยกัญชง ดอยปุย",
        HEMP,
        MID,
        "Chiang Mai",
        "kanchong.doipui",
        offers=(("ผ้าใยกัญชงทอมือ สีธรรมชาติ หน้า 40 ซม.", "hemp_fabric"),),
        needs=(need("ด้ายกัญชงล้วน ไม่ผสมฝ้าย", "hemp_yarn"),),
        bcg=(BIO,),
    ),
    sme(
        44,
        "en",
        "Roi Et Handloom Collective",
        ALI,
        MID,
        "Roi Et",
        "roiethandloom",
        offers=(
            ("Handwoven cotton cloth, plain and mudmee, per metre", "handwoven_cotton_fabric"),
            ("Pha khao ma cloths, 80 x 180 cm", "pha_khao_ma_cloth"),
        ),
        needs=(need("cotton yarn for the loom, undyed", "cotton_yarn"),),
        certs=("OTOP product",),
    ),
    sme(
        45,
        "en",
        "Organic Loom Co.",
        HEMP,
        MID,
        "Chiang Rai",
        "organicloom",
        offers=(
            ("Organic cotton poplin 140 gsm, PFD white, 150 cm, GOTS", "plain_cotton_fabric"),
            ("Organic cotton canvas 8 oz", "cotton_canvas_fabric"),
        ),
        needs=(
            nobody(
                "organic cotton lint with a GOTS transaction certificate",
                "no fibre grower in the set holds GOTS",
                "cotton_fibre",
                req=(GOTS,),
            ),
        ),
        certs=("GOTS certified", "OCS"),
        bcg=(BIO, GRN),
    ),
    sme(
        46,
        "th",
        "บาติกปาเต๊ะ ตากใบ",
        ALC,
        MID,
        "Narathiwat",
        "batik.takbai",
        offers=(("ผ้าปาเต๊ะเขียนเทียน ขายเป็นหลา", "batik_fabric"),),
        needs=(need("ผ้าฝ้ายขาว ฟอกแล้ว สำหรับเขียนเทียน", "plain_cotton_fabric"),),
        certs=("ฮาลาล", "OTOP"),
    ),
    sme(
        47,
        "en",
        "Second Thread Weaving",
        CIRC,
        MID,
        "Korat",
        "secondthread",
        offers=(("Woven cloth from recycled yarn, for dish towels, 150 cm", "recycled_cotton_fabric"),),
        needs=(need("OE yarn spun from textile waste, GRS certified", "recycled_blend_yarn", req=(GRS,)),),
        certs=("GRS",),
        bcg=(CIR,),
    ),
    sme(
        48,
        "en",
        "Pattaya Awning Fabric Supply",
        SPORT,
        MID,
        "Chonburi",
        "pattayaawning",
        offers=(("Solution-dyed acrylic awning canvas, 120 cm", "acrylic_awning_fabric"),),
    ),
    sme(
        49,
        "th",
        "โรงงานเคลือบผ้า บางบัวทอง",
        SPORT,
        MID,
        "Nonthaburi",
        "khluebpha.bbt",
        offers=(("รับเคลือบกันน้ำ PU ผ้าของลูกค้า ขั้นต่ำ 200 หลา", "waterproof_coating_service"),),
    ),
    sme(
        50,
        "th",
        "กลุ่มทอผ้าบ้านโพน",
        ALI,
        MID,
        "Kalasin",
        "thopha.banphon",
        offers=(
            ("ผ้าขาวบางทอมือ เนื้อโปร่ง เมตรละ 25 บาท", "cotton_gauze_fabric"),
            ("ผ้าฝ้ายทอมือ ลายขิด", "handwoven_cotton_fabric"),
        ),
        needs=(need("ด้ายฝ้ายเส้นเล็ก สำหรับทอผ้าขาวบาง", "cotton_yarn"),),
        certs=("โอทอป",),
    ),
)

# ------------------------------------------------------------------ data, part 3: downstream makers (051-070)

PART_3 = (
    sme(
        51,
        "th",
        "ผ้ากันเปื้อนย้อมคราม ดอยสะเก็ด",
        HEMP,
        DOWN,
        "Chiang Mai",
        "apron.doisaket",
        offers=(
            ("ผ้ากันเปื้อนผ้าฝ้ายย้อมคราม ทรงญี่ปุ่น ไขว้หลัง", "kitchen_apron"),
            ("ถุงใส่ขนมปัง ผ้าทอมือย้อมคราม", "bread_bag"),
        ),
        needs=(need("ผ้าฝ้ายที่ย้อมครามมาแล้ว ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),),
        certs=("OTOP",),
    ),
    sme(
        52,
        "en",
        "Whites & Co. Chefwear",
        ALC,
        DOWN,
        "Bangkok",
        "whitesco",
        offers=(
            ("Chef jackets, double-breasted, S to 3XL", "chef_jacket"),
            ("Toques and skull caps", "chef_hat"),
            ("Bib aprons with pocket, logo on request", "kitchen_apron"),
        ),
        needs=(
            need("white cotton drill 240 gsm", "cotton_twill_fabric"),
            need("breathable wicking knit for chef coats, OEKO-TEX", "wicking_fabric", req=(OEKO,)),
            need("logo embroidery subcontractor", "embroidery_service"),
        ),
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        53,
        "th",
        "ยูนิฟอร์มร้านอาหาร บางแสน",
        ALC,
        DOWN,
        "Chonburi",
        "uniform.bangsaen",
        offers=(
            ("ชุดพนักงานเสิร์ฟ เสื้อ กางเกง ตัดตามไซซ์", "waiter_uniform"),
            ("เสื้อเชฟแขนสั้น ผ้าโทเร", "chef_jacket"),
        ),
        needs=(
            need("ผ้า TC เป็นม้วน ทำชุดพนักงาน", "polycotton_fabric"),
            need("ต้องการโรงงานรับเย็บ ช่วงออเดอร์ล้น", "garment_sewing_service"),
            need("ย้อมผ้าโทเรของเราเป็นสีกรม", "fabric_dyeing_service"),
        ),
    ),
    sme(
        54,
        "th",
        "ผ้าปูโต๊ะจัดเลี้ยง ท่าน้ำนนท์",
        ALC,
        DOWN,
        "Nonthaburi",
        "tablecloth.thanamnon",
        offers=(
            ("ผ้าปูโต๊ะจัดเลี้ยง ผ้าโทเร สีขาว สีครีม", "tablecloth"),
            ("ผ้าเช็ดปาก ขนาด 20 นิ้ว พับทรงได้", "table_napkin"),
        ),
        needs=(
            need("ผ้าโทเรขาว หน้ากว้างพิเศษ", "polycotton_fabric"),
            need("มีใครรับย้อมคราม ผ้าเช็ดปากของเราไหม", "indigo_dyeing_service"),
        ),
    ),
    sme(
        55,
        "en",
        "Mekong Table Linen",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "mekonglinen",
        offers=(
            ("Handwoven napkins dyed with ebony and indigo, no chemical dye", "natural_dyed_table_napkin"),
            ("Table runners in khit pattern", "table_runner"),
        ),
        needs=(need("village handloom cotton cloth", "handwoven_cotton_fabric"),),
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        56,
        "th",
        "ผ้าเช็ดจาน ครัวคุณยาย",
        ALC,
        DOWN,
        "Ayutthaya",
        "khrua.khunyai",
        offers=(
            ("ผ้าเช็ดจาน ผ้าเช็ดแก้ว ลายสก๊อต โหลละ 180", "tea_towel"),
            ("ถุงมือจับหม้อ บุใยหนา", "oven_mitt"),
        ),
        needs=(
            need("ผ้าขนหนู หรือ ผ้าวาฟเฟิล ขายเป็นม้วน", "terry_fabric", "waffle_fabric"),
            need("รับสกรีนลายบนผ้าเช็ดจานของเรา", "screen_printing_service"),
        ),
    ),
    sme(
        57,
        "en",
        "HeatSafe Kitchen Gloves",
        SPORT,
        DOWN,
        "Pathum Thani",
        "heatsafe",
        offers=(
            ("Oven mitts, aramid shell, silicone grip, to 250 C", "oven_mitt"),
            ("Quilted pot holders, 20 cm square", "pot_holder"),
        ),
        needs=(
            need("Nomex-type flame-proof cloth for glove shells", "heat_resistant_fabric"),
            nobody("quilted cotton wadding for linings", "no one in the set offers wadding"),
        ),
        certs=("ISO 9001",),
    ),
    sme(
        58,
        "th",
        "ผ้าไขผึ้ง บ้านสวน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "phakhaiphueng",
        offers=(("ผ้าเคลือบไขผึ้ง ห่ออาหาร เซ็ต 3 ขนาด", "beeswax_food_wrap"),),
        needs=(
            need("ขี้ผึ้งบริสุทธิ์ ต้องมี อย.", "beeswax", req=(FDA,)),
            need("ผ้าฝ้ายดิบ ทอแน่น", "greige_cotton_fabric"),
        ),
        bcg=(BIO,),
    ),
    sme(
        59,
        "en",
        "Wrap & Roll Studio",
        HEMP,
        DOWN,
        "Bangkok",
        "wrapandroll",
        offers=(
            ("Beeswax food wraps in organic cotton, GOTS", "beeswax_food_wrap"),
            ("Vegan food wraps with candelilla wax", "plant_wax_food_wrap"),
        ),
        needs=(
            need("certified organic woven cotton for wraps, GOTS", "plain_cotton_fabric", req=(GOTS,)),
            need("beeswax in blocks or pellets", "beeswax"),
        ),
        certs=("GOTS",),
        bcg=(BIO, GRN),
    ),
    sme(
        60,
        "th",
        "ผ้าขาวบางแม่ทองใบ",
        ALI,
        DOWN,
        "Udon Thani",
        "khaobang.udon",
        offers=(
            ("ผ้ารองหวดนึ่งข้าวเหนียว เย็บริมแล้ว โหลละ 120", "rice_steaming_cloth"),
            ("ถุงกรองกะทิ ผ้าขาวบาง 2 ชั้น", "cotton_filter_bag"),
        ),
        needs=(
            need("ผ้าชีสคลอธ ยกม้วน", "cotton_gauze_fabric"),
            nobody("จักรโพ้ง 3 เส้น มือสอง", "a sewing machine; no one sells machinery"),
        ),
        certs=("OTOP",),
    ),
    sme(
        61,
        "en",
        "Soy & Nut Filter Bags Co.",
        ALC,
        DOWN,
        "Samut Sakhon",
        "filterbags",
        offers=(
            ("Nylon mesh filter bags for soy milk and tofu, 100/200 micron", "nylon_filter_bag"),
            ("Cotton nut-milk bags with drawstring", "cotton_filter_bag"),
        ),
        needs=(
            need("nylon monofilament mesh, 150 micron", "nylon_filter_mesh"),
            need("cheesecloth rolls for cutting", "cotton_gauze_fabric"),
        ),
        certs=("ISO 9001",),
    ),
    sme(
        62,
        "th",
        "ถุงชาชัก หาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        "tungchachak",
        offers=(
            ("ถุงชงชาชัก ผ้าสำลีหนา ด้ามลวด", "tea_coffee_filter_sock"),
            ("ถุงกาแฟโบราณ ผ้าดิบ มีหลายขนาด", "tea_coffee_filter_sock"),
        ),
        needs=(need("ผ้าฟลานเนลฝ้าย ทอหนา", "cotton_flannel_fabric"),),
        certs=("ฮาลาล",),
    ),
    sme(
        63,
        "en",
        "Bake Bag Upcycle",
        CIRC,
        DOWN,
        "Bangkok",
        "bakebag",
        offers=(
            ("Bread bags sewn from old hotel tablecloths", "bread_bag"),
            ("Cotton net produce bags", "produce_bag"),
        ),
        needs=(
            need("used hotel napkins and tablecloths, any colour, no GRS needed", "used_table_linen", waive=("GRS",)),
            need(
                "over-dyeing of our sorted linen, no synthetic dye", "natural_dyeing_service", "indigo_dyeing_service"
            ),
        ),
        bcg=(CIR,),
    ),
    sme(
        64,
        "th",
        "ร่มแม่ค้า อ่างทอง",
        ALC,
        DOWN,
        "Ang Thong",
        "rom.angthong",
        offers=(
            ("ร่มแม่ค้า 2 เมตร ผ้าใบ ด้ามเหล็ก", "market_umbrella"),
            ("ผ้าใบกันสาด สั่งตัดตามขนาดหน้าร้าน", "cloth_awning"),
        ),
        needs=(
            need("ผ้าใบพีวีซี กันน้ำ", "waterproof_coated_fabric"),
            nobody("โครงร่ม ซี่ร่มเหล็ก", "metal frames; no one offers them"),
        ),
    ),
    sme(
        65,
        "en",
        "Phuket Shade Awnings",
        SPORT,
        DOWN,
        "Phuket",
        "phuketshade",
        offers=(("Retractable restaurant awnings, made to measure", "cloth_awning"),),
        needs=(
            need("coated awning fabric, TIS approved", "waterproof_coated_fabric", req=(TIS,)),
            need("Sunbrella-type dope-dyed awning cloth", "acrylic_awning_fabric"),
        ),
    ),
    sme(
        66,
        "th",
        "ม็อบเศษด้าย โคราช",
        CIRC,
        DOWN,
        "Nakhon Ratchasima",
        "mop.korat",
        offers=(
            ("หัวม็อบถูพื้น ทำจากเศษด้าย", "mop_head"),
            ("ผ้าเช็ดโต๊ะ ไมโครไฟเบอร์ 30x30", "cleaning_cloth"),
        ),
        needs=(need("ด้ายเหลือจากโรงงาน เอามาทำหัวม็อบ", "yarn_waste"),),
        bcg=(CIR,),
    ),
    sme(
        67,
        "th",
        "ผ้าขาวม้าแปรรูป ร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        "phakhaoma.roiet",
        offers=(
            ("ผ้ากันเปื้อนผ้าขาวม้า", "kitchen_apron"),
            ("ถุงผ้าขาวม้า ใส่ผักผลไม้", "produce_bag"),
        ),
        needs=(
            need("ผ้าขาวม้ายกโหล", "pha_khao_ma_cloth"),
            need("รับเคลือบไขผึ้ง บนผ้าขาวม้าของเรา", "beeswax_coating_service"),
        ),
        certs=("โอทอป",),
    ),
    sme(
        68,
        "en",
        "Andaman Batik Kitchenware",
        ALC,
        DOWN,
        "Krabi",
        "andamanbatik",
        offers=(
            ("Batik aprons, hand-drawn wax resist", "kitchen_apron"),
            ("Batik oven gloves", "oven_mitt"),
        ),
        needs=(
            need("batik cloth by the yard", "batik_fabric"),
            need("PU waterproofing on our batik cloth", "waterproof_coating_service"),
        ),
    ),
    sme(
        69,
        "th",
        "ถุงผ้าซักรีด ปากน้ำ",
        CIRC,
        DOWN,
        "Samut Prakan",
        "tungpha.paknam",
        offers=(
            ("ถุงผ้าใส่ผ้าซัก ผ้าแคนวาส หูรูด", "laundry_bag"),
            ("ผ้าเช็ดโต๊ะ ผ้าถูพื้น เย็บริม ทำจากเศษผ้า", "cleaning_cloth"),
        ),
        needs=(need("เศษผ้าฝ้ายล้วน แยกสีมาแล้ว", "cotton_cutting_waste"),),
        bcg=(CIR,),
    ),
    sme(
        70,
        "en",
        "Hemp Home Kitchen",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hemphome",
        offers=(
            ("Hemp tea towels, stonewashed", "tea_towel"),
            ("Hemp bread bags", "bread_bag"),
        ),
        needs=(
            need("handwoven hemp cloth", "hemp_fabric"),
            need("sewing contractor for tea towels, our cloth", "garment_sewing_service"),
        ),
        bcg=(BIO,),
    ),
)

# ------------------------------------------------------------------ data, part 4: buyers (071-095)

PART_4 = (
    sme(
        71,
        "th",
        "ร้านส้มตำแซ่บนัว",
        ALI,
        DOWN,
        "Khon Kaen",
        "somtam.saepnua",
        needs=(
            need("ผ้านึ่งข้าวเหนียว 50 ผืน", "rice_steaming_cloth"),
            need("ผ้ากันเปื้อนให้พนักงานหน้าร้าน 10 ตัว", "kitchen_apron"),
        ),
    ),
    sme(
        72,
        "en",
        "Andaman Bay Resort Kitchens",
        ALC,
        DOWN,
        "Phuket",
        "andamanbay",
        offers=(("Retired banquet tablecloths, free for collection", "used_table_linen"),),
        needs=(
            need("chef whites, 40 sets, OEKO-TEX certified", "chef_jacket", req=(OEKO,)),
            need("daily laundering of F&B linen and chef wear", "commercial_laundry_service"),
        ),
        certs=("ISO 14001",),
    ),
    sme(
        73,
        "en",
        "Nimman Roasters",
        HEMP,
        DOWN,
        "Chiang Mai",
        "nimmanroasters",
        needs=(
            need("aprons for baristas, 20 pcs; OTOP welcome but not required", "kitchen_apron", waive=("OTOP",)),
            need("cloth coffee filters (coffee socks)", "tea_coffee_filter_sock"),
            need("reusable wax wraps for pastries", "beeswax_food_wrap", "plant_wax_food_wrap"),
        ),
    ),
    sme(
        74,
        "th",
        "โรงงานเต้าหู้ โพธาราม",
        ALC,
        DOWN,
        "Ratchaburi",
        "tofu.photharam",
        needs=(
            need("ถุงกรองน้ำเต้าหู้ ผ้าไนลอน", "nylon_filter_bag"),
            need("ผ้าซับน้ำมันเครื่องจักร แบบเหมาเป็นกระสอบ", "wiping_rag"),
        ),
    ),
    sme(
        75,
        "th",
        "โรงงานกะทิแม่กลอง",
        ALC,
        DOWN,
        "Samut Songkhram",
        "kathi.maeklong",
        needs=(need("ถุงคั้นกะทิ ผ้าฝ้าย ไม่เอาไนลอน", "cotton_filter_bag"),),
    ),
    sme(
        76,
        "en",
        "Pattani Halal Foods",
        ALC,
        DOWN,
        "Pattani",
        "pattanihalal",
        needs=(
            nobody(
                "filter cloth bags for sauces, supplier must hold Halal certification",
                "the filter-bag makers in the set hold no Halal certificate",
                "cotton_filter_bag",
                "nylon_filter_bag",
                req=(HALAL,),
            ),
            need("machine wiping rags by the kg", "wiping_rag"),
        ),
        certs=("Halal",),
    ),
    sme(
        77,
        "th",
        "ร้านชาชักบังนี",
        ALC,
        DOWN,
        "Yala",
        "chachak.bangnee",
        needs=(need("ถุงชงชา ผ้าหนา ต้องได้รับรองฮาลาล", "tea_coffee_filter_sock", req=(HALAL,)),),
    ),
    sme(
        78,
        "en",
        "Isan Herb Tonic",
        ALI,
        DOWN,
        "Kalasin",
        "isanherbtonic",
        needs=(
            need("strainer bags for herbal drinks", "cotton_filter_bag", "nylon_filter_bag"),
            need("glass cloths for the bottling line", "tea_towel"),
        ),
        certs=("Thai FDA",),
        bcg=(BIO,),
    ),
    sme(
        79,
        "th",
        "ครัวสุขใจ จัดเลี้ยง",
        ALC,
        DOWN,
        "Bangkok",
        "khruasukjai",
        needs=(
            need("ผ้าคลุมโต๊ะกลม งานเลี้ยง 200 ผืน", "tablecloth"),
            need(
                "ผ้าเช็ดปากสำหรับงานเลี้ยง ไม่ต้องมี มอก.",
                "table_napkin",
                "natural_dyed_table_napkin",
                waive=("มอก.",),
            ),
            need("บริการซักผ้าหลังงานเลี้ยง", "commercial_laundry_service"),
        ),
    ),
    sme(
        80,
        "en",
        "Baan Suan Restaurant Group",
        HEMP,
        DOWN,
        "Bangkok",
        "baansuangroup",
        needs=(
            need("napkins coloured with natural dyes only, no synthetic dye", "natural_dyed_table_napkin"),
            need("decorative runners for 30 dining tables", "table_runner"),
            need("waiter uniforms, 60 sets", "waiter_uniform"),
        ),
    ),
    sme(
        81,
        "th",
        "ร้านข้าวมันไก่ป้าเล็ก",
        ALC,
        DOWN,
        "Nonthaburi",
        "khaomankai.palek",
        needs=(
            need("อยากได้ร่มใหญ่ กันแดดกันฝน ตั้งหน้าร้าน", "market_umbrella"),
            need("ผ้าขี้ริ้ว เช็ดโต๊ะ", "cleaning_cloth"),
        ),
    ),
    sme(
        82,
        "en",
        "Chiang Mai Thai Cookery School",
        ALC,
        DOWN,
        "Chiang Mai",
        "cmcookery",
        needs=(
            need("student aprons, must be OEKO-TEX", "kitchen_apron", req=(OEKO,)),
            need("oven gloves or pot holders", "oven_mitt", "pot_holder"),
        ),
    ),
    sme(
        83,
        "th",
        "ครัวกลางชุมชน ตำบลนาเยีย",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "khruaklang.nayia",
        needs=(
            need("ผ้าขาวบางนึ่งข้าว แบบสำเร็จรูป", "rice_steaming_cloth"),
            need("หมวกแม่ครัว แบบผ้า", "chef_hat"),
            nobody("ผ้าห่มกันไฟ สำหรับครัว", "fire blankets; no one in the set makes them"),
        ),
    ),
    sme(
        84,
        "en",
        "Soi 38 Bistro",
        ALC,
        DOWN,
        "Bangkok",
        "soi38bistro",
        needs=(
            need("fabric awning over our terrace, 6 m wide", "cloth_awning"),
            need("who can embroider our logo on aprons we already own?", "embroidery_service"),
        ),
    ),
    sme(
        85,
        "th",
        "ร้านกาแฟบ้านไร่",
        ALI,
        DOWN,
        "Yasothon",
        "cafe.banrai",
        needs=(
            need("ถุงผ้าสำหรับบาแกตต์", "bread_bag"),
            need("ที่จับหม้อร้อน แบบผ้าสี่เหลี่ยม", "pot_holder"),
        ),
    ),
    sme(
        86,
        "th",
        "สมาคมแม่ค้าตลาดสดกระบี่",
        ALC,
        DOWN,
        "Krabi",
        "maekha.krabi",
        needs=(
            need("ร่มสนามใหญ่ 2.5 เมตร", "market_umbrella"),
            need("ถุงใส่ผักแบบใช้ซ้ำได้ แจกลูกค้า", "produce_bag"),
            nobody("ถุงมือกันบาด สำหรับขอดเกล็ดปลา", "cut-resistant gloves; no one in the set makes them"),
        ),
    ),
    sme(
        87,
        "th",
        "โรงแรมริมโขง ฝ่ายครัว",
        ALC,
        DOWN,
        "Nong Khai",
        "rimkhong.kitchen",
        needs=(
            need("ชุดเชฟ ทั้งแขนยาวแขนสั้น", "chef_jacket"),
            need("ผ้าปูโต๊ะห้องอาหาร สีพื้น", "tablecloth"),
        ),
    ),
    sme(
        88,
        "en",
        "Northern Crispy Rice Factory",
        ALC,
        DOWN,
        "Lampang",
        "crispyrice",
        needs=(
            need(
                "cotton gauze on rolls to cut our own steaming cloths; OEKO-TEX not required",
                "cotton_gauze_fabric",
                waive=("OEKO-TEX",),
            ),
            need("floor mops for the wet area", "mop_head"),
        ),
    ),
    sme(
        89,
        "th",
        "โรงเรียนสอนทำอาหาร หัวหิน",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "cooking.huahin",
        needs=(
            need("ผ้าเช็ดมือในครัว สำหรับนักเรียน", "tea_towel"),
            nobody(
                "ผ้าปูโต๊ะไหม ตรานกยูงพระราชทาน สำหรับโต๊ะโชว์",
                "no one in the set holds the Peacock Emblem",
                "tablecloth",
                req=(PEACOCK,),
            ),
        ),
    ),
    sme(
        90,
        "th",
        "ชมรมร้านอาหารริมทาง เยาวราช",
        CIRC,
        DOWN,
        "Bangkok",
        "streetfood.yaowarat",
        needs=(
            need("ผ้าใบกันฝน แบบม้วน ตัดคลุมรถเข็นเอง", "waterproof_coated_fabric"),
            nobody("ผ้าม่านโนเรน หน้าร้าน ปักชื่อร้าน", "noren shop curtains; no one in the set makes them"),
        ),
    ),
    sme(
        91,
        "th",
        "ฝ่ายโภชนาการ โรงพยาบาลพิมาย",
        ALC,
        DOWN,
        "Nakhon Ratchasima",
        "nutrition.phimai",
        needs=(
            need("ผ้ากันเปื้อนแม่ครัว ผู้ผลิตต้องได้ ISO 9001", "kitchen_apron", req=(ISO9,)),
            need("บริการซักผ้าครัวทุกวัน", "commercial_laundry_service"),
        ),
    ),
    sme(
        92,
        "en",
        "Sunrise Care Home Kitchen",
        ALC,
        DOWN,
        "Nonthaburi",
        "sunrisecare",
        needs=(
            need("would like easy-grip oven mitts for elderly cooks", "oven_mitt"),
            nobody("fire-retardant kitchen curtains, TIS certified", "no one in the set makes curtains", req=(TIS,)),
        ),
    ),
    sme(
        93,
        "th",
        "ก๋วยเตี๋ยวเรือ อยุธยา",
        ALC,
        DOWN,
        "Ayutthaya",
        "kuaytiaoruea",
        needs=(
            need("ผ้าเช็ดโต๊ะ ซับน้ำดี", "cleaning_cloth"),
            need("ผ้าม็อบสำรอง สำหรับไม้ถูพื้น", "mop_head"),
        ),
    ),
    sme(
        94,
        "en",
        "Songkhla Community Kitchen",
        CIRC,
        DOWN,
        "Songkhla",
        "songkhlacommunity",
        needs=(
            nobody("washable hairnets", "no one in the set offers hairnets"),
            need("tea towels, Fairtrade nice to have", "tea_towel", waive=("Fairtrade",)),
        ),
    ),
    sme(
        95,
        "th",
        "ร้านขนมปังโฮมเมด แพร่",
        ALC,
        DOWN,
        "Phrae",
        "bakery.phrae",
        needs=(
            need("ถุงเก็บขนมปังแบบใช้ซ้ำ มีฉลากเขียวยิ่งดี", "bread_bag", waive=("ฉลากเขียว",)),
            nobody("ผ้ารองพักแป้ง แบบลินินหนา", "a baker's couche; no one in the set makes one"),
        ),
    ),
)

SMES: tuple[Sme, ...] = PART_1 + PART_2 + PART_3 + PART_4

# ------------------------------------------------------------------ checks

FIELDS = (
    "id",
    "name",
    "sub_cluster",
    "stage",
    "province",
    "offers",
    "needs",
    "certifications",
    "bcg",
    "contact_email",
    "language",
)
REQUIRED_FIELDS = frozenset(FIELDS) - {"certifications", "bcg"}
EMAIL_DOMAIN = "example.com"
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9.]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
MIN_THAI_LETTER_SHARE = 0.6
MIN_SHARE_MET_BY_1_TO_3 = 0.75


def profile(s: Sme) -> dict[str, object]:
    """The contract's JSONL row for one SME (no labels)."""
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = [tag.value for tag in s.bcg]
    row["contact_email"] = f"{s.mail}@{EMAIL_DOMAIN}"
    row["language"] = s.lang
    return row


def held(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certs)


def qualified(buyer: Sme, n: Need, smes: tuple[Sme, ...]) -> list[Sme]:
    """Suppliers other than the buyer with an offer `n` lists and every certification `n` requires."""
    return [
        s
        for s in smes
        if s.num != buyer.num and any(label in n.labels for _, label in s.offers) and set(n.require) <= held(s)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[Sme, Sme]]:
    pairs: dict[tuple[int, int], tuple[Sme, Sme]] = {}
    for buyer in smes:
        for n in buyer.needs:
            if n.unmet:
                continue
            for supplier in qualified(buyer, n, smes):
                pairs[(supplier.num, buyer.num)] = (supplier, buyer)
    return [pairs[key] for key in sorted(pairs)]


def script_problem(text: str, lang: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "has no letters"
    thai = sum(1 for c in letters if THAI_CHAR.match(c))
    if lang == "th":
        if thai / len(letters) < MIN_THAI_LETTER_SHARE:
            return f"is Thai but only {thai}/{len(letters)} of its letters are Thai"
        return ""
    if any(THAI_CHAR.match(c) for c in text):
        return "is English but has Thai characters"
    if any(c.isalpha() and ord(c) > 0x24F for c in text):
        return "is English but has non-Latin letters"
    return ""


def check_rows(smes: tuple[Sme, ...]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{ID_PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]:
        problems.append("ids are not bkt-001 ... in order without gaps")
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for s in smes:
        row = profile(s)
        where = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{where}: malformed id")
        if set(row) - set(FIELDS) or REQUIRED_FIELDS - set(row):
            problems.append(f"{where}: fields {sorted(row)}")
        if not s.name.strip() or (problem := script_problem(s.name, s.lang)):
            problems.append(f"{where}: name {s.name!r} {problem or 'is empty'}")
        if s.lang not in ("th", "en"):
            problems.append(f"{where}: language {s.lang!r}")
        if not isinstance(s.sub, SubCluster) or not isinstance(s.stage, Stage):
            problems.append(f"{where}: sub-cluster or stage is not a taxonomy value")
        if any(not isinstance(tag, BcgTag) for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: bcg {s.bcg}")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                problems.append(f"{where}: certification {cert!r} does not resolve")
        if len(held(s)) != len(s.certs):
            problems.append(f"{where}: certification listed twice")
        if not EMAIL_RE.match(str(row["contact_email"])):
            problems.append(f"{where}: email {row['contact_email']!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            problems.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        phrases = [text for text, _ in s.offers] + [n.text for n in s.needs]
        for text in phrases:
            if not text.strip() or text != text.strip() or "  " in text:
                problems.append(f"{where}: badly spaced phrase {text!r}")
            if problem := script_problem(text, s.lang):
                problems.append(f"{where}: {text!r} {problem}")
        for text, label in s.offers:
            if not LABEL_RE.match(label):
                problems.append(f"{where}: bad label {label!r}")
            if extra := find_certifications(text) - held(s):
                problems.append(f"{where}: offer {text!r} claims {sorted(extra)} that the SME does not hold")
    offers = Counter(text for s in smes for text, _ in s.offers)
    needs = Counter(n.text for s in smes for n in s.needs)
    problems += [f"offer written twice: {text!r}" for text, count in offers.items() if count > 1]
    problems += [f"need written twice: {text!r}" for text, count in needs.items() if count > 1]
    problems += [f"need worded exactly as an offer: {text!r}" for text in needs if text in offers]
    return problems


def check_needs(smes: tuple[Sme, ...]) -> list[str]:
    problems: list[str] = []
    offered_by: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.num)
    for buyer in smes:
        for n in buyer.needs:
            where = f"{buyer.id} need {n.text!r}"
            for label in n.labels:
                if not offered_by.get(label, set()) - {buyer.num}:
                    problems.append(f"{where}: no one but the buyer offers {label!r}")
            if len(set(n.labels)) != len(n.labels):
                problems.append(f"{where}: label listed twice")
            named = find_certifications(n.text)
            if named != set(n.require):
                problems.append(f"{where}: text names {sorted(named)} but requires {sorted(n.require)}")
            for words in n.waive:
                cert = resolve_certification(words)
                if words not in n.text or cert is None or cert in named:
                    problems.append(f"{where}: waiver {words!r} is not named and waived in the text")
            found = qualified(buyer, n, smes)
            if n.unmet and found:
                problems.append(f"{where}: marked unmet but met by {[s.id for s in found]}")
            if not n.unmet and not n.labels:
                problems.append(f"{where}: lists no labels and no note")
            if not n.unmet and not found:
                problems.append(f"{where}: no qualified supplier")
    return problems


def check_sizes(smes: tuple[Sme, ...], links: list[tuple[Sme, Sme]]) -> list[str]:
    problems: list[str] = []
    if len(smes) != PROFILE_COUNT:
        problems.append(f"{len(smes)} profiles, want {PROFILE_COUNT}")
    thai_share = sum(s.lang == "th" for s in smes) / max(1, len(smes))
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        problems.append(f"{len(links)} true links, want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    cross = sum(s.lang != b.lang for s, b in links) / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    unmet = sum(1 for s in smes for n in s.needs if n.unmet)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} needs met by no one, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    met = [len(qualified(s, n, smes)) for s in smes for n in s.needs if not n.unmet]
    few = sum(1 <= count <= 3 for count in met) / max(1, len(met))
    if few < MIN_SHARE_MET_BY_1_TO_3:
        problems.append(f"only {few:.2f} of met needs have 1-3 suppliers")
    return problems


# ------------------------------------------------------------------ counts and output


def counts(smes: tuple[Sme, ...], links: list[tuple[Sme, Sme]]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    rows.append(("Thai / English", f"{sum(s.lang == 'th' for s in smes)} / {sum(s.lang == 'en' for s in smes)}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub is sub for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage is stage for s in smes))))
    regions = Counter(str(getattr(resolve_province(s.province), "region", "")) for s in smes)
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    provinces = {getattr(resolve_province(s.province), "name_en", s.province) for s in smes}
    rows.append(("distinct provinces", str(len(provinces))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    needs = [(s, n) for s in smes for n in s.needs]
    unmet = sum(1 for _, n in needs if n.unmet)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    met = Counter(min(len(qualified(s, n, smes)), 4) for s, n in needs if not n.unmet)
    rows.append(("met needs by 1 / 2 / 3 / 4+ suppliers", " / ".join(str(met[k]) for k in (1, 2, 3, 4))))
    rows.append(("needs requiring a certification", str(sum(1 for _, n in needs if n.require))))
    rows.append(("needs waiving one", str(sum(1 for _, n in needs if n.waive))))
    rows.append(("true links", str(len(links))))
    th_en = sum(s.lang == "th" and b.lang == "en" for s, b in links)
    en_th = sum(s.lang == "en" and b.lang == "th" for s, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(s.sub is not b.sub for s, b in links))))
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# eval/blind_plain_kitchen

A hand-labelled test set for partner matchmaking on kitchen, restaurant and food-service textiles:
aprons, chef jackets and hats, waiter uniforms, table linen, tea towels, oven mitts and pot holders,
beeswax food wraps, rice-steaming cloth, filter bags for tofu, coconut milk and herbal drinks, tea
socks, bread and produce bags, vendors' umbrellas and awnings, cleaning cloths, rags and mops,
kitchen laundries, and their buyers (restaurants, street-food vendors, cafes, caterers, hotel
kitchens, food factories, cooking schools, community kitchens), with the ordinary upstream and
midstream suppliers of the cluster (fibre, yarn, dyes, cloth, dyeing, sewing, coating).

## What it checks

Whether the matcher finds the true supplier -> buyer pairs from wording it has never seen. The
profiles are plain registry entries: one short phrase per offer or need, in Thai (with regional
names: ห้อม, คราม, ผ้ารองหวด, ถุงชาชัก, ผ้าปาเต๊ะ ...) or English, with trade words,
abbreviations, sizes, prices and minimum orders. A need is usually worded differently from the
offers that meet it, often in the other language. Hard cases include a service versus the goods it
works on (indigo dyeing of the customer's cloth versus indigo-dyed cloth, sewing for others versus
finished aprons, wax coating or embroidery on the customer's goods), waste and used goods versus new
(cutting scraps, hotel linen), raw versus processed (fibre, yarn, cloth, cut and hemmed product:
gauze by the roll versus finished steaming cloths), finished goods named by material, colour or
technique (an indigo-dyed apron is an apron), refusals ("no synthetic dye", "ไม่เอาไนลอน",
"ไม่เอาด้ายโทเร"), needs that require a named certification and needs that name one only to waive it,
and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profiles JSONL version 1 and the
links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff settings, and
nothing of the matcher, its glossary, its tests or the other evaluation sets. All data lives in
`write.py`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed
by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification is not required.
The labels are not in `profiles.jsonl`.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG tags are taxonomy values), every label a need lists is offered by someone other than the
buyer, every met need has a qualified supplier and every unmet one has none, the certifications a need
names (`find_certifications`) are exactly those it requires and a waived one is named but negated,
Thai phrases are mostly Thai letters and English ones Latin only, and the size targets hold. It
writes nothing if a check fails, and builds everything twice to make sure two runs give the same
bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_kitchen/write.py

## Files

- `write.py`: the data and the script.
- `profiles.jsonl`: {profiles} SME profiles in the contract's JSONL version 1, ids `bkt-001` ...
  `bkt-{last:03d}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def build(smes: tuple[Sme, ...]) -> dict[str, bytes]:
    links = true_links(smes)
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted({(s.id, b.id) for s, b in links}))
    readme = README.format(profiles=len(smes), last=len(smes), table=table(counts(smes, links)))
    return {
        "profiles.jsonl": jsonl.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    links = true_links(SMES)
    problems = check_rows(SMES) + check_needs(SMES) + check_sizes(SMES, links)
    if problems:
        for problem in problems:
            print(f"check failed: {problem}", file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        print(table(counts(SMES, links)), file=sys.stderr)
        return 1
    outputs = build(SMES)
    if build(SMES) != outputs:
        print("check failed: two builds differ; nothing written", file=sys.stderr)
        return 1
    for name, data in outputs.items():
        (HERE / name).write_bytes(data)
    print(table(counts(SMES, links)), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
