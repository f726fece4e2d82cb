"""Write the hand-labelled evaluation set ``eval/blind_plain_cleaning/``.

Theme: cleaning and janitorial textiles (mops, microfibre, floor and kitchen cloths, wipes, rags,
cleaners' uniforms and gloves, detergents) and the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. 95 plain registry entries, written by hand; every offer carries a label
that says what the thing is, every need lists the labels that would meet it. The labels live only
in this file: the profiles carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_cleaning/write.py

The script checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing outside this folder, not even shared/__pycache__

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bcl"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE = (0.50, 0.60)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def nobody(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; labels, if any, are blocked by a required certification."""
    return Need(text, labels, req, waive, note)


def sme(
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP, MID, DOWN = Stage.UPSTREAM.value, Stage.MIDSTREAM.value, Stage.DOWNSTREAM.value
BIO, CIRCULAR, GREEN = BcgTag.BIO.value, BcgTag.CIRCULAR.value, BcgTag.GREEN.value

# canonical certification names used in needs
FDA = "Thai FDA"
FSC = "FSC"
GOTS = "GOTS"
GRS = "GRS"
HALAL = "Halal"
ISO9001 = "ISO 9001"
ISO13485 = "ISO 13485"
ISO14001 = "ISO 14001"
OEKO = "OEKO-TEX Standard 100"
ORGANIC_TH = "Organic Thailand"
OTOP = "OTOP"
TGL = "Thai Green Label"
TIS = "Thai Industrial Standard"

# ------------------------------------------------------------------ the profiles

# Part 1: hemp and natural fibre.
PART_1 = [
    sme(
        TH,
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        [o("เปลือกกัญชงลอกมือ ตากแห้ง ขายเป็นกิโล", "hemp_fibre"), o("ใยกัญชงต้มขี้เถ้าแล้ว พร้อมเข็น", "hemp_fibre")],
        [nobody("หาเครื่องลอกเปลือกกัญชงแบบใช้มอเตอร์", "machinery: no one in the set sells machines")],
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=(BIO,),
    ),
    sme(
        EN,
        "Phu Hin Hemp Spinners",
        HEMP,
        UP,
        "Tak",
        "hello@phuhinhemp.com",
        [o("hand-spun hemp yarn, ecru, 1 kg cones", "hemp_yarn")],
        [n("hemp bast fibre, about 200 kg a month", "hemp_fibre")],
        bcg=(BIO,),
    ),
    sme(
        TH,
        "กลุ่มทอผ้ากัญชงบ้านป่าคา",
        HEMP,
        MID,
        "Chiang Rai",
        "pakha.weaving@gmail.com",
        [
            o("ผ้าทอกัญชง หน้ากว้าง 90 ซม. สีธรรมชาติ", "hemp_fabric"),
            o("ผ้าเช็ดจานใยกัญชงทอมือ ผืนละ 45 บาท", "natural_kitchen_cloth"),
        ],
        [n("เส้นด้ายกัญชงปั่นละเอียด", "hemp_yarn"), n("มีที่ไหนรับย้อมครามผ้าผืนที่กลุ่มทอเองบ้าง", "indigo_dyeing_service")],
        bcg=(BIO, GREEN),
    ),
    sme(
        EN,
        "Lanna Indigo House",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@lannaindigo.com",
        [
            o("indigo vat dyeing of your own cotton or hemp, min 20 m", "indigo_dyeing_service"),
            o("indigo handloom cotton by the metre", "indigo_dyed_cotton_fabric"),
        ],
        [
            n("loom-state cotton, not yet bleached or dyed", "greige_cotton_fabric"),
            n("fermented indigo paste", "indigo_dye_paste"),
        ],
        bcg=(GREEN,),
    ),
    sme(
        TH,
        "กลุ่มฝ้ายพื้นเมืองบ้านหนองบัว",
        HEMP,
        UP,
        "Nan",
        "nongbua.cotton@gmail.com",
        [
            o("ปุยฝ้ายพื้นเมือง ฝ้ายตุ่นและฝ้ายขาว อีดเมล็ดแล้ว", "raw_cotton_fibre"),
            o("ฝ้ายเข็นมือ ไจละครึ่งกิโล", "handspun_cotton_yarn"),
        ],
        [],
        certs=("โอทอป",),
        bcg=(BIO,),
    ),
    sme(
        TH,
        "ร้านผ้าฝ้ายห้อมแม่ริม",
        HEMP,
        DOWN,
        "Chiang Mai",
        "maerim.homcotton@gmail.com",
        [o("ผ้าเช็ดมือฝ้ายย้อมห้อม 30x50 ซม.", "natural_kitchen_cloth"), o("ผ้ากันเปื้อนฝ้ายทอมือย้อมห้อม มีกระเป๋าหน้า", "work_apron")],
        [
            n("ผ้าฝ้ายสีห้อมเป็นหลา", "indigo_dyed_cotton_fabric"),
            n("ช่างเย็บรับจ้าง เย็บผ้ากันเปื้อนจากผ้าที่ร้านส่งให้", "cmt_sewing_service"),
            nobody("ป้ายผ้าทอชื่อร้าน สำหรับเย็บติดสินค้า", "woven brand labels: no one in the set makes them"),
        ],
        bcg=(GREEN,),
    ),
    sme(
        EN,
        "Greenleaf Refill Store",
        HEMP,
        DOWN,
        "Chiang Rai",
        "shop@greenleafrefill.co",
        [],
        [
            n("plastic-free dish cloths, undyed or plant-dyed, no synthetic dye", "natural_kitchen_cloth"),
            n("loofah sponges for the kitchen", "loofah_scrubber"),
            n(
                "bulk refills for floors, laundry and dishes, Thai Green Label only",
                "floor_cleaner",
                "laundry_detergent",
                "dishwashing_liquid",
                req=(TGL,),
            ),
        ],
        bcg=(GREEN,),
    ),
    sme(
        TH,
        "กลุ่มม่อฮ่อมทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "thunghong.mohom@gmail.com",
        [o("ผ้าม่อฮ่อมเป็นพับ ย้อมฮ่อมแท้", "indigo_dyed_cotton_fabric"), o("ผ้ากันเปื้อนม่อฮ่อม สำหรับร้านกาแฟ", "work_apron")],
        [n("ห้อมเปียกสำหรับก่อหม้อย้อม", "indigo_dye_paste")],
        certs=("OTOP",),
        bcg=(GREEN,),
    ),
    sme(
        EN,
        "Southern Coir Products",
        HEMP,
        UP,
        "Surat Thani",
        "sales@southerncoir.com",
        [
            o("coconut coir fibre, bristle grade, 25 kg bales", "coconut_coir_fibre"),
            o("coir scrubbing brushes on rubberwood blocks", "coir_brush"),
        ],
        [nobody("FSC-certified wooden brush blocks", "wooden brush blocks: no one in the set offers them", req=(FSC,))],
        bcg=(BIO,),
    ),
    sme(
        TH,
        "กลุ่มแม่บ้านไม้กวาดดอกก๋ง",
        HEMP,
        DOWN,
        "Lampang",
        "dokkong.broom@gmail.com",
        [o("ไม้กวาดดอกก๋ง ด้ามไม้ไผ่ โหลละ 600 บาท", "broom")],
        [nobody("ลวดกับเชือกไนลอนไว้มัดไม้กวาด", "binding wire and nylon string: no one offers them")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        EN,
        "Dan Sai Handloom Cotton",
        HEMP,
        MID,
        "Loei",
        "dansai.handloom@gmail.com",
        [o("handloom cotton cloth, undyed, 70 cm wide", "greige_cotton_fabric")],
        [n("cotton yarn for the looms, hand or mill spun", "cotton_yarn", "handspun_cotton_yarn")],
        bcg=(BIO,),
    ),
    sme(
        TH,
        "กลุ่มครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        [
            o("เนื้อครามเปียก หมักเอง กิโลละ 350 บาท", "indigo_dye_paste"),
            o("รับย้อมครามผ้าและเส้นด้ายที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ],
        [n("ผ้าฝ้ายผืนดิบ ทอกี่กระตุก ไม่ฟอกไม่ย้อม", "greige_cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO, GREEN),
    ),
    sme(
        EN,
        "Loofah & Co.",
        HEMP,
        DOWN,
        "Phayao",
        "hello@loofahco.com",
        [
            o("dried loofah, whole gourds or cut pads", "loofah_scrubber"),
            o("loofah dish scrubbers with cotton backing", "loofah_scrubber"),
        ],
        [n("cotton bias binding, 2 cm wide", "binding_tape")],
        bcg=(BIO,),
    ),
    sme(
        TH,
        "โรงปั่นด้ายกัญชงลำพูน",
        HEMP,
        UP,
        "Lamphun",
        "lamphun.hempyarn@gmail.com",
        [o("ด้ายกัญชงผสมฝ้าย 55/45 เบอร์ 10", "hemp_yarn")],
        [n("ใยกัญชงดิบที่ผ่านมาตรฐานเกษตรอินทรีย์", "hemp_fibre", req=(ORGANIC_TH,))],
        bcg=(BIO,),
    ),
    sme(
        TH,
        "กลุ่มม้งปลูกกัญชงปางมะผ้า",
        HEMP,
        UP,
        "Mae Hong Son",
        "pangmapha.hmonghemp@gmail.com",
        [o("ใยกัญชงแบบม้ง ลอกแล้วตากแห้ง มัดเป็นกำ", "hemp_fibre"), o("ผ้าใยกัญชงทอมือแบบม้ง พับละ 10 เมตร", "hemp_fabric")],
        [],
        bcg=(BIO,),
    ),
    sme(
        TH,
        "กลุ่มไม้กวาดทางมะพร้าวปากพนัง",
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "pakphanang.broom@gmail.com",
        [o("ไม้กวาดทางมะพร้าว ด้ามยาว มัดแน่น", "broom")],
        [n("เส้นใยเปลือกมะพร้าวคัดเส้นยาว สำหรับทำขนแปรง", "coconut_coir_fibre")],
        certs=("โอทอป",),
        bcg=(BIO,),
    ),
    sme(
        EN,
        "Siam Organic Home Export",
        HEMP,
        DOWN,
        "Bangkok",
        "export@siamorganichome.com",
        [],
        [
            nobody(
                "GOTS-certified organic cotton kitchen towels for the EU",
                "kitchen cloths exist, but no maker in the set holds GOTS",
                "kitchen_cloth",
                "natural_kitchen_cloth",
                req=(GOTS,),
            ),
            nobody("hemp mop heads", "no one in the set makes hemp mops"),
            nobody(
                "OEKO-TEX certified microfibre cloths for a baby-care range",
                "microfibre cloths exist, but no maker of them holds OEKO-TEX",
                "microfibre_cloth",
                req=(OEKO,),
            ),
        ],
    ),
]

# Part 2: circular textile: waste, rags, recycled yarn, mops.
PART_2 = [
    sme(
        TH,
        "หจก. รวมเศษผ้าบางพลี",
        CIRC,
        UP,
        "Samut Prakan",
        "ruamsetpha.bangplee@gmail.com",
        [
            o("เศษผ้ายืดคอตตอนจากโรงงานการ์เมนต์ คัดสีแล้ว ขายเป็นตัน", "cotton_cutting_waste"),
            o("เสื้อผ้าเก่าคัดเกรด อัดเบล", "used_clothing_bales"),
        ],
        [n("หาโรงรับจ้างตีเศษผ้าของเราให้เป็นปุย", "textile_shredding_service")],
        bcg=(CIRCULAR,),
    ),
    sme(
        EN,
        "Mahachai Rag Sorting",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.rags@gmail.com",
        [
            o("white cotton T-shirt rags, cut 40x40 cm, 10 kg sacks", "wiping_rags"),
            o("mixed colour machine wiping rags", "wiping_rags"),
        ],
        [n("second-hand clothes by the tonne, any grade", "used_clothing_bales")],
        bcg=(CIRCULAR,),
    ),
    sme(
        TH,
        "ร้านผ้าขี้ริ้วคลองเตย",
        CIRC,
        UP,
        "Bangkok",
        "klongtoei.rag@gmail.com",
        [o("เศษผ้าเช็ดเครื่องจักร คอตตอนล้วน กิโลละ 25 บาท", "wiping_rags")],
        [n("ผ้าเหลือจากห้องตัด โรงงานเสื้อยืด ขอเป็นฝ้ายเท่านั้น", "cotton_cutting_waste")],
        bcg=(CIRCULAR,),
    ),
    sme(
        EN,
        "Siam OE Spinning",
        CIRC,
        UP,
        "Nakhon Pathom",
        "sales@siamoe.co.th",
        [o("open-end recycled cotton yarn Ne 0.5-2, raw white, for mop making", "cotton_waste_yarn")],
        [
            n("comber noil and card strips", "cotton_spinning_waste"),
            n("garnetted fibre from knit clippings", "recycled_cotton_fibre"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        TH,
        "บริษัท สระบุรีปั่นฝ้าย จำกัด",
        CIRC,
        UP,
        "Saraburi",
        "saraburi.spinning@gmail.com",
        [o("เศษฝ้ายจากโรงปั่น นอยล์และฝุ่นฝ้าย อัดก้อน", "cotton_spinning_waste"), o("ด้ายฝ้ายปั่นแหวน Ne 20/1", "cotton_yarn")],
        [n("ปุยฝ้ายดิบ ซื้อเป็นตัน", "raw_cotton_fibre")],
        certs=("ISO 9001:2015",),
    ),
    sme(
        EN,
        "Ratchaburi Fibre Recovery",
        CIRC,
        UP,
        "Ratchaburi",
        "info@rbfibre.com",
        [
            o("shredded recycled cotton fibre from pre-consumer waste, GRS", "recycled_cotton_fibre"),
            o("toll shredding: we turn your textile waste into fibre", "textile_shredding_service"),
        ],
        [
            n(
                "cutting-room offcuts, cotton preferred but polyester accepted",
                "cotton_cutting_waste",
                "synthetic_cutting_waste",
            )
        ],
        certs=("GRS certified",),
        bcg=(CIRCULAR,),
    ),
    sme(
        TH,
        "โรงตีเกลียวด้ายม็อบนครชัยศรี",
        CIRC,
        MID,
        "Nakhon Pathom",
        "nakhonchaisri.mopyarn@gmail.com",
        [o("ด้ายม็อบฝ้ายล้วน ตีเกลียว 8 เส้น สีขาวและสี", "mop_yarn")],
        [n("ด้ายโอเอเบอร์ใหญ่ สีดิบ", "cotton_waste_yarn"), n("มีใครรับเย็บหัวม็อบจากด้ายที่เราส่งไปไหม", "mop_sewing_service")],
        bcg=(CIRCULAR,),
    ),
    sme(
        EN,
        "Knitwise Mop Yarn",
        CIRC,
        MID,
        "Samut Sakhon",
        "knitwise.mop@gmail.com",
        [o("circular-knitted tube yarn for mops, cotton/poly blend", "knitted_mop_yarn")],
        [
            n("thick OE yarn, grey or bleached", "cotton_waste_yarn"),
            n("recycled polyester filament, must be GRS", "recycled_polyester_yarn", req=(GRS,)),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        TH,
        "โรงงานม็อบสามพราน",
        CIRC,
        DOWN,
        "Nakhon Pathom",
        "samphran.mop@gmail.com",
        [
            o("ม็อบถูพื้นหัวกลม ผ้าฝ้าย 350 กรัม", "cotton_wet_mop_head"),
            o("รับจ้างเย็บหัวม็อบ ลูกค้าส่งด้ายมาเอง", "mop_sewing_service"),
        ],
        [n("ด้ายทำม็อบ แบบเกลียวหรือแบบถักก็ได้", "mop_yarn", "knitted_mop_yarn"), n("เทปผ้าสำหรับเย็บหัวม็อบ", "binding_tape")],
        bcg=(CIRCULAR,),
    ),
    sme(
        EN,
        "CleanPro Mop Factory",
        CIRC,
        DOWN,
        "Nonthaburi",
        "orders@cleanpro-mop.com",
        [
            o("Kentucky mop heads 400 g, looped end", "cotton_wet_mop_head"),
            o("acrylic dust mop refills, 24 and 36 inch", "dust_mop_head"),
        ],
        [
            n("plied cotton for wet mops, GRS not required", "mop_yarn", waive=(GRS,)),
            n("acrylic 2-ply for dust-control mops", "acrylic_yarn"),
            n("mop sticks and clamps", "mop_handle_frame"),
        ],
    ),
    sme(
        TH,
        "ช่างเย็บม็อบบางบ่อ",
        CIRC,
        MID,
        "Samut Prakan",
        "bangbo.sewmop@gmail.com",
        [o("รับเย็บม็อบตามสั่ง ลูกค้าส่งวัตถุดิบมาให้", "mop_sewing_service")],
        [nobody("จักรเย็บอุตสาหกรรมมือสอง", "second-hand sewing machines: no one offers machines")],
    ),
    sme(
        EN,
        "EastCoast Linen Recovery",
        CIRC,
        UP,
        "Chonburi",
        "recover@eastcoastlinen.com",
        [o("retired hotel towels and sheets, sorted, by the bale", "used_towels_linen")],
        [n("who can wash our rags in bulk before resale?", "laundry_service")],
        bcg=(CIRCULAR,),
    ),
    sme(
        TH,
        "หจก. เกล็ดพลาสติกปทุม",
        CIRC,
        UP,
        "Pathum Thani",
        "pathum.flakes@gmail.com",
        [o("เกล็ดขวดเพ็ทใส ล้างร้อนแล้ว", "pet_bottle_flakes")],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        EN,
        "rPET Yarn Rayong",
        CIRC,
        UP,
        "Rayong",
        "sales@rpetyarn.co.th",
        [
            o("rPET DTY 150D/48F, GRS certified", "recycled_polyester_yarn"),
            o("recycled split microfibre yarn 150D/144F", "microfibre_yarn"),
        ],
        [n("clear PET bottle flakes", "pet_bottle_flakes")],
        certs=("GRS", "Oeko-Tex 100"),
        bcg=(CIRCULAR,),
    ),
    sme(
        TH,
        "ร้านเสื้อผ้ามือสองโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "rongkluea.secondhand@gmail.com",
        [o("เสื้อผ้ามือสองเกรดซี เปิดกระสอบขายเหมา", "used_clothing_bales")],
        [],
    ),
    sme(
        EN,
        "Rag & Mop Upcycle Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@ragmop.co",
        [o("upcycled T-shirt floor cloths, knotted", "floor_cloth")],
        [
            n("worn T-shirts sorted by colour", "used_clothing_bales"),
            n("jersey offcuts from garment factories", "cotton_cutting_waste", "synthetic_cutting_waste"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        TH,
        "โรงย้อมกระทุ่มแบน",
        CIRC,
        MID,
        "Samut Sakhon",
        "krathumbaen.dye@gmail.com",
        [o("รับย้อมผ้าทอและผ้ายืด ทั้งฝ้ายและโพลีเอสเตอร์ ขั้นต่ำ 200 กก.", "dyeing_service")],
        [],
        certs=("ISO 14001",),
    ),
    sme(
        TH,
        "โรงปั่นด้ายอ้อมน้อย",
        CIRC,
        UP,
        "Samut Sakhon",
        "omnoi.spinning@gmail.com",
        [o("ฝ้ายเสียเส้นยาวจากเครื่องหวี", "cotton_spinning_waste")],
        [n("ใยฝ้ายรีไซเคิลจากเศษผ้า ไว้ผสมปั่น", "recycled_cotton_fibre")],
    ),
    sme(
        EN,
        "Spunlace Nonwovens Thailand",
        CIRC,
        MID,
        "Pathum Thani",
        "sales@spunlace-th.com",
        [
            o("spunlace rolls 40-60 gsm, viscose/PET", "spunlace_nonwoven"),
            o("green abrasive scouring pads 6x9 in", "scouring_pad"),
        ],
        [nobody("viscose staple fibre 1.5 denier", "viscose fibre: no one in the set sells it")],
        certs=("OEKO-TEX certified", "ISO 9001"),
    ),
    sme(
        TH,
        "วิสาหกิจชุมชนน้ำหมักชีวภาพคำเขื่อนแก้ว",
        CIRC,
        DOWN,
        "Yasothon",
        "khamkhuankaeo.bio@gmail.com",
        [o("น้ำยาอเนกประสงค์จากน้ำหมักเปลือกสับปะรด", "bio_enzyme_cleaner")],
        [nobody("ถังหมักพลาสติก 200 ลิตร", "fermentation tanks: no one in the set sells them")],
        certs=("OTOP",),
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        TH,
        "กลุ่มแม่บ้านรีไซเคิลผ้ากาฬสินธุ์",
        CIRC,
        DOWN,
        "Kalasin",
        "kalasin.recloth@gmail.com",
        [o("พรมเช็ดเท้าถักจากเสื้อยืดเก่า", "rag_doormat"), o("ผ้าขี้ริ้วถูพื้นเย็บจากผ้าขนหนูเก่า", "floor_cloth")],
        [n("ผ้าขนหนูเก่าจากโรงแรมหรือโรงพยาบาล", "used_towels_linen")],
        bcg=(CIRCULAR,),
    ),
    sme(
        EN,
        "Eastern Seaboard Plant Services",
        CIRC,
        DOWN,
        "Rayong",
        "procurement@esplantservices.com",
        [o("plant cleaning and tank washing for factories", "industrial_cleaning_service")],
        [
            n("lint-free wiping cloth for machinery, by the kg", "wiping_rags"),
            n("knit work gloves, TIS not required", "knitted_cotton_gloves", waive=(TIS,)),
            n("coveralls for cleaning crews", "cleaner_uniform"),
        ],
    ),
    sme(
        TH,
        "คาร์แคร์พัทยา",
        CIRC,
        DOWN,
        "Chonburi",
        "pattaya.carcare@gmail.com",
        [],
        [
            n("ผ้าเช็ดรถขนยาว ผืนใหญ่ 60x90", "car_drying_towel"),
            n("ชามัวร์หนังแท้หรือชามัวร์สังเคราะห์", "natural_chamois", "pva_chamois"),
        ],
    ),
]

# Part 3: sportech: microfibre, towels, gloves, finishing, tapes.
PART_3 = [
    sme(
        EN,
        "MicroKnit Technical Fabrics",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@microknit.co.th",
        [
            o("warp-knitted microfibre 80/20, 300-400 gsm rolls", "microfibre_fabric"),
            o("coral fleece microfibre for car towels, MOQ 300 kg", "microfibre_fabric"),
        ],
        [n("recycled split filament for microfibre, GRS certified", "microfibre_yarn", req=(GRS,))],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        TH,
        "ไมโครคลีน ไทยแลนด์",
        SPORT,
        DOWN,
        "Bangkok",
        "microclean.th@gmail.com",
        [o("ผ้าไมโครไฟเบอร์ 30x30 ซม. แพ็ค 10 ผืน", "microfibre_cloth"), o("ผ้าเช็ดรถขนหนา 800 แกรม", "car_drying_towel")],
        [n("ผ้าไมโครเป็นม้วน สำหรับตัดเย็บ", "microfibre_fabric"), n("เทปกุ๊นขอบผ้า", "binding_tape")],
    ),
    sme(
        EN,
        "ProDry Car Care Supplies",
        SPORT,
        DOWN,
        "Chonburi",
        "prodry.supplies@gmail.com",
        [
            o("twisted loop drying towel 50x80 cm", "car_drying_towel"),
            o("PVA synthetic chamois in tube", "pva_chamois"),
        ],
        [n("logo embroidery on towels, small runs", "embroidery_service")],
    ),
    sme(
        TH,
        "บริษัท ฟินิชชิ่งเทค จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "finishingtech.th@gmail.com",
        [o("รับเคลือบสารต้านแบคทีเรียบนผ้าของลูกค้า ซิลเวอร์ไอออน", "antibacterial_finishing_service")],
        [nobody("สารเคมีซิลเวอร์ไอออนสำหรับเคลือบผ้า", "finishing chemicals: no one in the set offers them")],
        certs=("bluesign",),
    ),
    sme(
        EN,
        "FitZone Gyms",
        SPORT,
        DOWN,
        "Bangkok",
        "purchasing@fitzone.co.th",
        [],
        [
            n("we would like quick-dry gym towels with our logo", "microfibre_sports_towel"),
            n("equipment wipes that kill germs", "disinfectant_wipes"),
        ],
    ),
    sme(
        TH,
        "สปอร์ตทาวเวล นนทบุรี",
        SPORT,
        DOWN,
        "Nonthaburi",
        "sporttowel.nb@gmail.com",
        [o("ผ้าเช็ดเหงื่อไมโครไฟเบอร์ แห้งไว พิมพ์โลโก้ได้", "microfibre_sports_towel")],
        [n("หาโรงงานทำฟินิชชิ่งแอนตี้แบค ให้ผ้าที่เราส่งไป", "antibacterial_finishing_service")],
    ),
    sme(
        TH,
        "โรงถักผ้าไมโครอ้อมใหญ่",
        SPORT,
        MID,
        "Nakhon Pathom",
        "omyai.microknit@gmail.com",
        [o("ผ้าไมโครไฟเบอร์ลายวาฟเฟิล ม้วนหน้ากว้าง 150 ซม.", "microfibre_fabric")],
        [n("เส้นใยไมโครแบบสปลิต", "microfibre_yarn"), n("หาที่ย้อมสีผ้าไมโครม้วนดิบที่เราถักเอง", "dyeing_service")],
    ),
    sme(
        EN,
        "FlatMop Systems",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "flatmop.sys@gmail.com",
        [
            o("microfibre flat mop pads 40 cm, velcro backed", "microfibre_flat_mop_pad"),
            o("telescopic aluminium handle with swivel frame", "mop_handle_frame"),
        ],
        [n("split-fibre piece goods, 150 cm wide", "microfibre_fabric"), n("hook tape 25 mm", "hook_loop_tape")],
    ),
    sme(
        TH,
        "เทปตีนตุ๊กแกบางพลี",
        SPORT,
        MID,
        "Samut Prakan",
        "bangplee.tape@gmail.com",
        [o("เทปตีนตุ๊กแก หน้ากว้าง 2.5 ซม.", "hook_loop_tape"), o("เทปกุ๊นผ้าฝ้ายและโพลี", "binding_tape")],
        [n("เส้นด้ายโพลีเอสเตอร์รีไซเคิล", "recycled_polyester_yarn")],
    ),
    sme(
        EN,
        "Sportech Gloves Co.",
        SPORT,
        DOWN,
        "Chonburi",
        "sales@sportechgloves.com",
        [o("knitted cotton work gloves, 7 gauge, PVC dots", "knitted_cotton_gloves")],
        [n("coarse recycled spun yarn for glove machines", "cotton_waste_yarn")],
    ),
    sme(
        TH,
        "โรงงานถุงมือยางหาดใหญ่",
        SPORT,
        DOWN,
        "Songkhla",
        "hatyai.gloves@gmail.com",
        [o("ถุงมือยางแม่บ้าน ยาว 12 นิ้ว สีส้ม", "rubber_gloves"), o("ถุงมือไนไตรล์ใช้แล้วทิ้ง กล่องละ 100 ชิ้น", "nitrile_gloves")],
        [],
        certs=("มอก.", "ISO 9001"),
        bcg=(BIO,),
    ),
    sme(
        EN,
        "Andaman Yacht Services",
        SPORT,
        DOWN,
        "Phuket",
        "andaman.yachts@gmail.com",
        [],
        [n("soft chamois for gelcoat and glass", "natural_chamois", "pva_chamois")],
    ),
    sme(
        TH,
        "ฟิตเนสเซ็นเตอร์ขอนแก่น",
        SPORT,
        DOWN,
        "Khon Kaen",
        "kk.fitnesscenter@gmail.com",
        [],
        [
            n("อยากได้ผ้าขนหนูคอตตอนผืนเล็กไว้แจกสมาชิก", "terry_towel"),
            n("แผ่นเช็ดเครื่องออกกำลังกาย ฆ่าเชื้อโรคได้", "disinfectant_wipes"),
        ],
    ),
    sme(
        EN,
        "Acrylic & Chenille Yarns Co.",
        SPORT,
        UP,
        "Samut Prakan",
        "info@acrylicchenille.com",
        [
            o("high-bulk acrylic yarn Nm 2/12 on cones", "acrylic_yarn"),
            o("microfibre chenille yarn for noodle mops", "microfibre_chenille_yarn"),
        ],
        [],
    ),
    sme(
        EN,
        "ProJersey Sportswear",
        SPORT,
        DOWN,
        "Chonburi",
        "factory@projersey.co.th",
        [
            o("sublimated team jerseys and shorts", "sportswear"),
            o("polyester jersey offcuts, about 3 t a month", "synthetic_cutting_waste"),
        ],
        [n("recycled poly yarn for performance knits", "recycled_polyester_yarn")],
    ),
]

# Part 4: ageing lifestyle central: cleaning companies, hospitals, hotels, care homes, shops.
PART_4 = [
    sme(
        EN,
        "Siam Facility Services",
        ALC,
        DOWN,
        "Bangkok",
        "ops@siamfacility.co.th",
        [o("office cleaning crews, day and night shifts", "contract_cleaning_service")],
        [
            n("mop refills, cotton or microfibre", "cotton_wet_mop_head", "microfibre_flat_mop_pad"),
            n("housekeeping uniforms, 300 sets", "cleaner_uniform"),
            n("floor cleaner with the Thai Green Label", "floor_cleaner", req=(TGL,)),
        ],
    ),
    sme(
        TH,
        "บริษัท แม่บ้านมืออาชีพ จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "maebaan.pro@gmail.com",
        [o("บริการแม่บ้านทำความสะอาดโรงพยาบาลและคลินิก", "contract_cleaning_service")],
        [n("ผ้าเช็ดไมโคร แยกสีตามโซน", "microfibre_cloth"), n("ถุงมือยางที่ได้ มอก. เท่านั้น", "rubber_gloves", req=(TIS,))],
    ),
    sme(
        TH,
        "โรงพยาบาลเอกชนปากเกร็ด",
        ALC,
        DOWN,
        "Nonthaburi",
        "pakkret.hospital@gmail.com",
        [o("ผ้าปูเตียงและผ้าขนหนูที่ปลดระวางแล้ว", "used_towels_linen")],
        [
            n("บริษัทรับซักม็อบและผ้าเช็ดด้วยน้ำร้อนฆ่าเชื้อ", "laundry_service"),
            n("ทีมแม่บ้านประจำอาคารผู้ป่วย", "contract_cleaning_service"),
        ],
    ),
    sme(
        EN,
        "Bangkok Riverside Hotel",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@bkkriverside.com",
        [o("used bath towels, about 500 kg a quarter", "used_towels_linen")],
        [
            n("towels for guest rooms, OEKO-TEX Standard 100 required", "terry_towel", req=(OEKO,)),
            nobody("jumbo toilet rolls for public restrooms", "toilet paper: no one in the set makes it"),
        ],
    ),
    sme(
        TH,
        "โรงงานเย็บชุดแม่บ้านบางเลน",
        ALC,
        MID,
        "Nakhon Pathom",
        "banglen.uniform@gmail.com",
        [
            o("ชุดแม่บ้าน ชุดพนักงานทำความสะอาด มีทุกไซซ์", "cleaner_uniform"),
            o("รับตัดเย็บตามแบบ ใช้ผ้าของลูกค้า", "cmt_sewing_service"),
        ],
        [n("ผ้าโทเรทวิล สีกรมท่า", "twill_workwear_fabric"), n("ร้านปักชื่อบริษัทบนเสื้อ", "embroidery_service")],
        certs=("ISO 9001",),
    ),
    sme(
        TH,
        "โรงทอผ้าทีซีบางปู",
        ALC,
        MID,
        "Samut Prakan",
        "bangpu.tcweaving@gmail.com",
        [o("ผ้าทีซีทวิล 65/35 หน้า 60 นิ้ว สำหรับชุดยูนิฟอร์ม", "twill_workwear_fabric")],
        [n("ด้ายคอตตอนหวีเบอร์ 20", "cotton_yarn")],
    ),
    sme(
        EN,
        "Golden Years Care Home",
        ALC,
        DOWN,
        "Nonthaburi",
        "admin@goldenyearscare.com",
        [],
        [
            n("Vileda-type spin mop sets light enough for older staff", "spin_mop_set"),
            n("gentle alcohol-free wipes for residents, Thai FDA registered", "wet_wipes", req=(FDA,)),
            nobody("window squeegees and scrapers", "squeegees: no one in the set makes them"),
        ],
    ),
    sme(
        TH,
        "ร้านผ้ากันเปื้อนบางรัก",
        ALC,
        DOWN,
        "Bangkok",
        "bangrak.apron@gmail.com",
        [o("ผ้ากันเปื้อนผ้าแคนวาส สกรีนโลโก้ได้", "work_apron")],
        [
            n("โรงงานที่รับย้อมผ้าแคนวาสดิบของร้านเป็นสีดำและสีเทา", "dyeing_service"),
            n("ผ้ากัญชงเนื้อหนา ทำผ้ากันเปื้อนรุ่นใหม่", "hemp_fabric"),
        ],
    ),
    sme(
        EN,
        "Industrial Laundry Thai",
        ALC,
        DOWN,
        "Pathum Thani",
        "service@laundrythai.co.th",
        [o("wash and thermal disinfection of mops, microfibre and uniforms", "laundry_service")],
        [n("laundry detergent in 20 L drums, Thai FDA registration required", "laundry_detergent", req=(FDA,))],
        certs=("ISO 14001",),
    ),
    sme(
        TH,
        "โรงงานน้ำยาทำความสะอาดแปดริ้ว",
        ALC,
        DOWN,
        "Chachoengsao",
        "paetriu.chemical@gmail.com",
        [o("น้ำยาถูพื้นกลิ่นลาเวนเดอร์ แกลลอน 3.8 ลิตร", "floor_cleaner"), o("น้ำยาล้างจานสูตรมะนาว", "dishwashing_liquid")],
        [],
        certs=("อย.", "ฮาลาล"),
    ),
    sme(
        EN,
        "Sathorn Tower Property Management",
        ALC,
        DOWN,
        "Bangkok",
        "fm@sathorntower.com",
        [],
        [
            n("colour-coded microfibre cloths", "microfibre_cloth"),
            nobody("floor machine pads, red and black, 17 inch", "floor-machine pads: no one in the set offers them"),
        ],
    ),
    sme(
        TH,
        "ร้านวัสดุทำความสะอาดอยุธยา",
        ALC,
        DOWN,
        "Ayutthaya",
        "ayutthaya.cleanshop@gmail.com",
        [],
        [n("ไม้กวาดดอกหญ้า หรือไม้กวาดก้านมะพร้าว", "broom"), n("ผ้าขี้ริ้วถูพื้นขายส่ง", "floor_cloth")],
    ),
    sme(
        EN,
        "Samut Sakhon Terry Mill",
        ALC,
        MID,
        "Samut Sakhon",
        "sales@terrymill.co.th",
        [
            o("terry towelling 400 gsm by the metre", "terry_towelling_fabric"),
            o("hotel hand and bath towels, white, 16s yarn", "terry_towel"),
        ],
        [n("combed ring-spun yarn 16s-20s", "cotton_yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        TH,
        "ร้านอาหารครัวคุณยาย",
        ALC,
        DOWN,
        "Bangkok",
        "kruakhunyai.shop@gmail.com",
        [],
        [
            n("ผ้ากันเปื้อนพนักงานครัว 40 ตัว", "work_apron"),
            n("น้ำยาล้างจานแบบซันไลต์ แกลลอน มีฮาลาลยิ่งดี", "dishwashing_liquid", waive=(HALAL,)),
        ],
    ),
    sme(
        EN,
        "PlasMold Mop Hardware",
        ALC,
        MID,
        "Nakhon Pathom",
        "plasmold.hw@gmail.com",
        [
            o("spin mop sets: bucket with stainless basket and mop", "spin_mop_set"),
            o("mop clips, sockets and plastic handles", "mop_handle_frame"),
        ],
        [nobody("recycled PP pellets", "plastic resin: no one in the set offers it")],
    ),
    sme(
        TH,
        "ผ้าถูพื้นทอมือบ้านโป่ง",
        ALC,
        DOWN,
        "Ratchaburi",
        "banpong.floorcloth@gmail.com",
        [o("ผ้าถูพื้นทอจากด้ายเศษ ผืนละ 12 บาท", "floor_cloth"), o("ผ้าขี้ริ้วเช็ดครัวทอหนา", "kitchen_cloth")],
        [n("ด้ายฝ้ายรีไซเคิลเส้นโต", "cotton_waste_yarn")],
    ),
    sme(
        EN,
        "Cha-am Beach Resort",
        ALC,
        DOWN,
        "Phetchaburi",
        "purchase@chaambeach.com",
        [],
        [
            n("housekeeping microfibre cloths", "microfibre_cloth"),
            n("room attendant uniforms", "cleaner_uniform"),
            nobody("bamboo-fibre bath towels", "bamboo towels: no one in the set makes them"),
        ],
    ),
    sme(
        TH,
        "รีสอร์ทริมแคว",
        ALC,
        DOWN,
        "Kanchanaburi",
        "rimkwae.resort@gmail.com",
        [],
        [n("ผ้าขนหนูห้องพัก ไม่ต้องมีโอเคเทกซ์", "terry_towel", waive=(OEKO,)), n("ผงซักฟอกกระสอบใหญ่", "laundry_detergent")],
    ),
    sme(
        EN,
        "Ratchaburi Cleaning Cooperative",
        ALC,
        DOWN,
        "Ratchaburi",
        "rbclean.coop@gmail.com",
        [o("cleaning crews for schools and government offices", "contract_cleaning_service")],
        [
            n("dust mops for long school corridors", "dust_mop_head"),
            n("knit gloves for cleaners", "knitted_cotton_gloves"),
        ],
    ),
    sme(
        EN,
        "Autoshine Import",
        ALC,
        DOWN,
        "Samut Prakan",
        "autoshine.import@gmail.com",
        [o("genuine sheepskin chamois from New Zealand", "natural_chamois"), o("synthetic PVA chamois", "pva_chamois")],
        [],
    ),
    sme(
        TH,
        "บ้านพักผู้สูงอายุบางใหญ่",
        ALC,
        DOWN,
        "Nonthaburi",
        "bangyai.eldercare@gmail.com",
        [],
        [
            n("อยากได้น้ำยาทำความสะอาดจากธรรมชาติ ไม่มีสารเคมีแรง", "bio_enzyme_cleaner"),
            nobody("ผ้าอ้อมผู้ใหญ่แบบซักได้", "washable adult diapers: no one in the set makes them"),
        ],
    ),
    sme(
        TH,
        "ร้านอุปกรณ์ทำความสะอาดสำเพ็ง",
        ALC,
        DOWN,
        "Bangkok",
        "sampeng.cleaning@gmail.com",
        [o("ไม้ถูพื้นถังปั่นแบบสปินม็อบ ขายส่งยกลัง", "spin_mop_set"), o("ถุงมือยางล้างจาน นำเข้า", "rubber_gloves")],
        [
            n("อะไหล่ผ้าม็อบ ทั้งหัวกลมและแบบแผ่น", "cotton_wet_mop_head", "microfibre_flat_mop_pad"),
            n("แผ่นใยขัดหม้อแบบสก็อตช์ไบรต์", "scouring_pad"),
            n("แปรงขัดพื้น", "coir_brush"),
        ],
    ),
    sme(
        EN,
        "Hat Yai Clean Supply",
        ALC,
        DOWN,
        "Songkhla",
        "hatyai.cleansupply@gmail.com",
        [],
        [
            n(
                "dishwashing liquid and floor cleaner, Halal certified",
                "dishwashing_liquid",
                "floor_cleaner",
                req=(HALAL,),
            ),
            n("tea towels by the dozen, GOTS no need", "kitchen_cloth", "natural_kitchen_cloth", waive=(GOTS,)),
        ],
    ),
    sme(
        EN,
        "Greenwash Detergents",
        ALC,
        DOWN,
        "Bangkok",
        "hello@greenwash.co.th",
        [
            o("concentrated floor cleaner in 20 L drums", "floor_cleaner"),
            o("low-phosphate laundry powder", "laundry_detergent"),
        ],
        [nobody("recycled HDPE bottles and caps", "packaging: no one in the set offers it")],
        certs=("Thai Green Label", "Thai FDA registered"),
        bcg=(GREEN,),
    ),
    sme(
        TH,
        "บริษัท ทิชชู่เปียกสมุทรปราการ จำกัด",
        ALC,
        DOWN,
        "Samut Prakan",
        "wetwipes.spk@gmail.com",
        [
            o("ทิชชู่เปียกสูตรอ่อนโยน ไม่มีแอลกอฮอล์ ห่อละ 80 แผ่น", "wet_wipes"),
            o("แผ่นเช็ดฆ่าเชื้อแอลกอฮอล์ 75%", "disinfectant_wipes"),
        ],
        [n("ผ้าไม่ทอเนื้อนุ่มเป็นม้วน สำหรับผลิตทิชชู่เปียก", "spunlace_nonwoven")],
        certs=("อย.", "ISO 9001"),
    ),
]

# Part 5: ageing lifestyle Isan.
PART_5 = [
    sme(
        TH,
        "กลุ่มทอผ้าฝ้ายบ้านโนนสะอาด",
        ALI,
        MID,
        "Khon Kaen",
        "nonsaat.weaving@gmail.com",
        [o("ผ้าขาวม้าผืนเล็ก ใช้เช็ดมือเช็ดโต๊ะ ย้อมสีเคมี", "kitchen_cloth"), o("ผ้าฝ้ายทอกี่พื้นเมือง ยังไม่ย้อม", "greige_cotton_fabric")],
        [n("ฝ้ายเส้นสำหรับทอหูก", "cotton_yarn", "handspun_cotton_yarn")],
    ),
    sme(
        TH,
        "โรงพยาบาลชุมชนเมืองพล",
        ALI,
        DOWN,
        "Khon Kaen",
        "muangphon.hosp@gmail.com",
        [],
        [
            nobody(
                "แผ่นเช็ดฆ่าเชื้อที่ผู้ผลิตได้ ISO 13485",
                "disinfectant wipes exist, but no maker in the set holds ISO 13485",
                "disinfectant_wipes",
                req=(ISO13485,),
            ),
            n("ผ้าถูพื้นไมโครไฟเบอร์แบบแผ่นติดตีนตุ๊กแก", "microfibre_flat_mop_pad"),
            n("ชุดปฏิบัติงานแม่บ้านโรงพยาบาล", "cleaner_uniform"),
        ],
    ),
    sme(
        TH,
        "กลุ่มเกษตรกรปลูกฝ้ายวังสะพุง",
        ALI,
        UP,
        "Loei",
        "wangsaphung.cotton@gmail.com",
        [o("ปุยฝ้ายหีบแล้ว เก็บมือ ปลอดสารเคมี", "raw_cotton_fibre")],
        [],
        bcg=(BIO,),
    ),
    sme(
        TH,
        "กลุ่มผ้าครามพรรณานิคม",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "phanna.indigo@gmail.com",
        [
            o("ผ้าเช็ดมือย้อมครามธรรมชาติ ผืนเล็ก", "natural_kitchen_cloth"),
            o("ผ้าฝ้ายย้อมครามเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ],
        [n("ผ้าฝ้ายทอมือสีขาวขุ่น ยังไม่ผ่านการย้อม", "greige_cotton_fabric")],
        certs=("OTOP",),
        bcg=(GREEN,),
    ),
    sme(
        EN,
        "Isan Clean Services",
        ALI,
        DOWN,
        "Khon Kaen",
        "isanclean.kk@gmail.com",
        [o("daily cleaning for hospitals and malls", "contract_cleaning_service")],
        [
            n("floor mops of any kind", "cotton_wet_mop_head", "microfibre_flat_mop_pad", "dust_mop_head"),
            n(
                "cleaning chemicals, Thai Green Label welcome but not required",
                "floor_cleaner",
                "dishwashing_liquid",
                "laundry_detergent",
                "bio_enzyme_cleaner",
                waive=(TGL,),
            ),
        ],
    ),
    sme(
        TH,
        "ร้านอุบลเคมีภัณฑ์",
        ALI,
        DOWN,
        "Ubon",
        "ubon.chemshop@gmail.com",
        [],
        [
            n("น้ำยาถูพื้นแบบมาจิคลีน ขนาดแกลลอน ส่งทั้งลัง", "floor_cleaner"),
            n("ไม้กวาดดอกแขมหรือแบบอื่นก็ได้ ไม่จำเป็นต้องมี OTOP", "broom", waive=(OTOP,)),
        ],
    ),
    sme(
        TH,
        "กลุ่มถักม็อบบ้านกรวด",
        ALI,
        DOWN,
        "Buriram",
        "bankruat.mop@gmail.com",
        [o("พรมเช็ดเท้าถักจากเศษด้ายม็อบ", "rag_doormat")],
        [n("ด้ายม็อบฝ้ายล้วน ไม่เอาแบบผสมโพลี", "mop_yarn")],
    ),
    sme(
        EN,
        "Korat Elderly Care Center",
        ALI,
        DOWN,
        "Korat",
        "korat.eldercare@gmail.com",
        [],
        [
            n("looking for a plant-based cleaner that is gentle on residents", "bio_enzyme_cleaner"),
            n("disposable gloves, latex-free, box of 100", "nitrile_gloves"),
        ],
    ),
    sme(
        EN,
        "Mekong Riverside Hotel",
        ALI,
        DOWN,
        "Nong Khai",
        "gm@mekongriverside.com",
        [o("worn towels and pillow cases, by the sack", "used_towels_linen")],
        [n("linen and towel laundering with pick-up in Nong Khai", "laundry_service")],
    ),
    sme(
        EN,
        "Roi Et Care Hospital",
        ALI,
        DOWN,
        "Roi Et",
        "housekeeping@roietcare.com",
        [],
        [
            n("mop and cloth laundering partner with ISO 14001", "laundry_service", req=(ISO14001,)),
            n("hospital-grade disinfectant wipes", "disinfectant_wipes"),
        ],
    ),
    sme(
        TH,
        "โรงแรมริมโขงมุกดาหาร",
        ALI,
        DOWN,
        "Mukdahan",
        "rimkhong.mukdahan@gmail.com",
        [],
        [
            n("ผ้าเช็ดตัวสีขาวสำหรับห้องพัก", "terry_towel"),
            nobody("เครื่องดูดฝุ่นพรมแบบเดินตาม", "carpet vacuum machines: no one in the set sells them"),
        ],
    ),
    sme(
        TH,
        "กลุ่มตัดเย็บบ้านหนองแวง",
        ALI,
        MID,
        "Surin",
        "nongwaeng.sewing@gmail.com",
        [o("รับจ้างเย็บตามออเดอร์ ผ้าลูกค้าจัดหามาเอง", "cmt_sewing_service"), o("ปักโลโก้บนเสื้อและผ้าขนหนู", "embroidery_service")],
        [n("ต้องการผ้าขนหนูเป็นม้วน ไว้เย็บถุงมือเช็ดรถ", "terry_towelling_fabric")],
    ),
    sme(
        EN,
        "Isan Mop Yarn Twisting",
        ALI,
        MID,
        "Khon Kaen",
        "isanmopyarn@gmail.com",
        [o("plied cotton mop yarn, 6 and 8 ply, no polyester", "mop_yarn")],
        [n("waste-cotton spun yarn, heavy count", "cotton_waste_yarn")],
    ),
    sme(
        TH,
        "กลุ่มแผ่นเช็ดสมุนไพรไพลชัยภูมิ",
        ALI,
        DOWN,
        "Chaiyaphum",
        "chaiyaphum.plaiwipes@gmail.com",
        [o("แผ่นเช็ดทำความสะอาดผิวกายสูตรสมุนไพรไพล", "wet_wipes")],
        [
            n("ผ้าไม่ทอสำหรับทำแผ่นเปียก", "spunlace_nonwoven"),
            nobody("ซองฟอยล์ซิปล็อกสำหรับบรรจุ", "packaging pouches: no one in the set offers them"),
        ],
        certs=("OTOP",),
    ),
    sme(
        TH,
        "โรงทอผ้าขนหนูปักธงชัย",
        ALI,
        MID,
        "Korat",
        "pakthongchai.towel@gmail.com",
        [o("ผ้าขนหนูเกรดโรงแรม 15x30 นิ้ว", "terry_towel")],
        [n("ด้ายฝ้าย 16 เบอร์ ชนิดปั่นแหวน", "cotton_yarn")],
    ),
]

PROFILES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4, *PART_5]

# ------------------------------------------------------------------ checks

_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _phrase_regex(phrase: str, case_sensitive: bool) -> re.Pattern[str]:
    tokens = [re.escape(token) for token in re.split(r"[\s\-.]+", _nfkc(phrase)) if token]
    body = r"[\s\-.]*".join(tokens)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)


def _naming_patterns() -> dict[str, list[re.Pattern[str]]]:
    """Ways a text can name each certification: its mentions, its patterns and its Latin aliases."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for cert in CERTIFICATIONS:
        pats = [_phrase_regex(m, False) for m in cert.mentions]
        pats += [_phrase_regex(m, True) for m in cert.case_sensitive_mentions]
        pats += [re.compile(_nfkc(p)) for p in cert.patterns]
        pats += [_phrase_regex(a, a.isupper()) for a in cert.aliases if not _THAI_CHAR.search(a)]
        out[cert.name] = pats
    return out


_NAMING = _naming_patterns()


def named_certifications(text: str) -> set[str]:
    """Certifications a text names at all, whether it asks for them or waives them."""
    text = _nfkc(text)
    return {name for name, pats in _NAMING.items() if any(p.search(text) for p in pats)}


def _script_ok(text: str, lang: str) -> bool:
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if lang == TH:
        return thai > 0 and thai >= 2 * latin
    return not _THAI_CHAR.search(text) and all(ord(c) < 0x250 for c in text if c.isalpha())


def _trigrams(text: str) -> set[str]:
    squeezed = re.sub(r"[\W_]+", "", _nfkc(text).casefold())
    return {squeezed[i : i + 3] for i in range(len(squeezed) - 2)}


def _similarity(a: str, b: str) -> float:
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def ids(profiles: list[Sme]) -> list[str]:
    return [f"{ID_PREFIX}-{i:03d}" for i in range(1, len(profiles) + 1)]


def qualified(supplier: Sme, buyer_index: int, supplier_index: int, need: Need) -> bool:
    if supplier_index == buyer_index:
        return False
    held = {resolve_certification(c) for c in supplier.certifications}
    if not set(need.requires) <= held:
        return False
    return any(offer.label in need.labels for offer in supplier.offers)


def compute_links(profiles: list[Sme]) -> list[tuple[str, str]]:
    sid = ids(profiles)
    links = set()
    for b, buyer in enumerate(profiles):
        for need in buyer.needs:
            for s, supplier in enumerate(profiles):
                if qualified(supplier, b, s, need):
                    links.add((sid[s], sid[b]))
    return sorted(links)


def suppliers_of(profiles: list[Sme], b: int, need: Need) -> list[int]:
    return [s for s, supplier in enumerate(profiles) if qualified(supplier, b, s, need)]


def check(profiles: list[Sme], enforce_targets: bool = True) -> list[str]:
    errors: list[str] = []
    sid = ids(profiles)
    if len(set(sid)) != len(sid) or any(not re.fullmatch(rf"{ID_PREFIX}-\d{{3}}", i) for i in sid):
        errors.append("ids not unique or not well-formed")
    emails = Counter(p.email for p in profiles)
    names = Counter(p.name for p in profiles)
    offered_by: dict[str, set[int]] = {}
    for i, p in enumerate(profiles):
        for offer in p.offers:
            offered_by.setdefault(offer.label, set()).add(i)

    for i, p in enumerate(profiles):
        where = f"{sid[i]} ({p.name})"
        if p.lang not in (TH, EN):
            errors.append(f"{where}: language {p.lang!r}")
        if p.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: sub-cluster {p.sub_cluster!r}")
        if p.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: stage {p.stage!r}")
        if resolve_province(p.province) is None:
            errors.append(f"{where}: province {p.province!r} does not resolve")
        if not _EMAIL.match(p.email) or emails[p.email] > 1:
            errors.append(f"{where}: email {p.email!r} malformed or repeated")
        if not p.name.strip() or names[p.name] > 1:
            errors.append(f"{where}: name empty or repeated")
        if any(tag not in {t.value for t in BcgTag} for tag in p.bcg) or len(set(p.bcg)) != len(p.bcg):
            errors.append(f"{where}: bcg {p.bcg!r}")
        held = set()
        for cert in p.certifications:
            canonical = resolve_certification(cert)
            if canonical is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
            held.add(canonical)
        if len(held) != len(p.certifications):
            errors.append(f"{where}: certification listed twice")
        if not 0 <= len(p.offers) <= 3 or not 0 <= len(p.needs) <= 3 or not (p.offers or p.needs):
            errors.append(f"{where}: {len(p.offers)} offers and {len(p.needs)} needs")
        texts = [p.name, *(x.text for x in p.offers), *(x.text for x in p.needs)]
        for text in texts:
            if not text.strip() or text != text.strip() or "  " in text:
                errors.append(f"{where}: badly spaced text {text!r}")
            if not _script_ok(text, p.lang):
                errors.append(f"{where}: {text!r} is not written in {p.lang}")
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: a phrase is repeated")
        for offer in p.offers:
            if not _LABEL.match(offer.label):
                errors.append(f"{where}: label {offer.label!r}")
            stray = named_certifications(offer.text) - held
            if stray:
                errors.append(f"{where}: offer {offer.text!r} names {stray} that the SME does not hold")
        for need in p.needs:
            what = f"{where}: need {need.text!r}"
            named = named_certifications(need.text)
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{what}: {cert!r} is not a canonical certification name")
            if set(need.requires) & set(need.waives):
                errors.append(f"{what}: a certification both required and waived")
            if not set(need.requires) | set(need.waives) <= named:
                errors.append(f"{what}: required or waived certification not named in the text")
            if named - set(need.requires) - set(need.waives):
                errors.append(f"{what}: names {named - set(need.requires) - set(need.waives)} without a role")
            for label in need.labels:
                if not offered_by.get(label, set()) - {i}:
                    errors.append(f"{what}: label {label!r} is offered by no one else")
            found = suppliers_of(profiles, i, need)
            if need.unmet:
                if found:
                    errors.append(f"{what}: marked unmet but met by {[sid[s] for s in found]}")
            elif not need.labels:
                errors.append(f"{what}: lists no labels and carries no unmet note")
            elif not found:
                errors.append(f"{what}: no qualified supplier")
            for s in found:
                for offer in profiles[s].offers:
                    if offer.label in need.labels and _similarity(offer.text, need.text) >= 0.4:
                        errors.append(f"{what}: shares its wording with {sid[s]}'s offer {offer.text!r}")

    if enforce_targets:
        stats = statistics(profiles)
        if len(profiles) != N_PROFILES:
            errors.append(f"{len(profiles)} profiles, want {N_PROFILES}")
        if not THAI_SHARE[0] <= stats["thai"] / len(profiles) <= THAI_SHARE[1]:
            errors.append(f"Thai share {stats['thai'] / len(profiles):.2f} outside {THAI_SHARE}")
        if not LINKS_MIN <= stats["links"] <= LINKS_MAX:
            errors.append(f"{stats['links']} true links, want {LINKS_MIN}-{LINKS_MAX}")
        if not CROSS_SHARE[0] <= stats["cross"] / max(1, stats["links"]) <= CROSS_SHARE[1]:
            errors.append(f"cross-language share {stats['cross'] / max(1, stats['links']):.2f} outside {CROSS_SHARE}")
        if not UNMET_RANGE[0] <= stats["needs_unmet"] <= UNMET_RANGE[1]:
            errors.append(f"{stats['needs_unmet']} unmet needs, want {UNMET_RANGE}")
        if stats["needs_1_3"] < 0.6 * stats["needs_met"]:
            errors.append("fewer than 60 % of the met needs are met by 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ statistics and output


def statistics(profiles: list[Sme]) -> dict[str, int]:
    sid = ids(profiles)
    lang = dict(zip(sid, (p.lang for p in profiles), strict=True))
    sub = dict(zip(sid, (p.sub_cluster for p in profiles), strict=True))
    links = compute_links(profiles)
    needs = [(i, need) for i, p in enumerate(profiles) for need in p.needs]
    met_counts = [len(suppliers_of(profiles, i, need)) for i, need in needs if not need.unmet]
    return {
        "profiles": len(profiles),
        "thai": sum(p.lang == TH for p in profiles),
        "english": sum(p.lang == EN for p in profiles),
        "provinces": len({resolve_province(p.province).name_en for p in profiles}),  # type: ignore[union-attr]
        "offers": sum(len(p.offers) for p in profiles),
        "offer_labels": len({offer.label for p in profiles for offer in p.offers}),
        "needs": len(needs),
        "needs_met": len(met_counts),
        "needs_unmet": sum(1 for _, need in needs if need.unmet),
        "needs_1_3": sum(1 <= c <= 3 for c in met_counts),
        "needs_4_plus": sum(c >= 4 for c in met_counts),
        "needs_requiring": sum(1 for _, need in needs if need.requires),
        "needs_waiving": sum(1 for _, need in needs if need.waives),
        "links": len(links),
        "th_to_en": sum(lang[s] == TH and lang[b] == EN for s, b in links),
        "en_to_th": sum(lang[s] == EN and lang[b] == TH for s, b in links),
        "cross": sum(lang[s] != lang[b] for s, b in links),
        "within": sum(lang[s] == lang[b] for s, b in links),
        "cross_sub_cluster": sum(sub[s] != sub[b] for s, b in links),
    }


def counts_table(profiles: list[Sme]) -> str:
    st = statistics(profiles)
    rows: list[tuple[str, str]] = [
        ("profiles", str(st["profiles"])),
        ("Thai / English", f"{st['thai']} / {st['english']}"),
    ]
    for value in SubCluster:
        rows.append((f"sub-cluster {value.value}", str(sum(p.sub_cluster == value.value for p in profiles))))
    for value in Stage:
        rows.append((f"stage {value.value}", str(sum(p.stage == value.value for p in profiles))))
    regions = Counter(resolve_province(p.province).region.value for p in profiles)  # type: ignore[union-attr]
    for region in ("north", "northeast", "central", "east", "west", "south"):
        rows.append((f"region {region}", str(regions[region])))
    cross_share = st["cross"] / st["links"] if st["links"] else 0.0
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["offer_labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['needs_met']} / {st['needs_unmet']}"),
        ("met needs with 1-3 suppliers / 4 or more", f"{st['needs_1_3']} / {st['needs_4_plus']}"),
        ("needs requiring a certification", str(st["needs_requiring"])),
        ("needs waiving a certification", str(st["needs_waiving"])),
        ("true links", str(st["links"])),
        ("links Thai supplier -> English buyer", str(st["th_to_en"])),
        ("links English supplier -> Thai buyer", str(st["en_to_th"])),
        ("cross-language links (share)", f"{st['cross']} ({cross_share:.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub_cluster"])),
    ]
    width = max(len(k) for k, _ in rows)
    vwidth = max(len("value"), *(len(v) for _, v in rows))
    lines = [f"| {'count'.ljust(width)} | {'value'.ljust(vwidth)} |", f"|{'-' * (width + 2)}|{'-' * (vwidth + 2)}|"]
    lines += [f"| {k.ljust(width)} | {v.ljust(vwidth)} |" for k, v in rows]
    return "\n".join(lines)


def profile_json(sme_id: str, p: Sme) -> str:
    record: dict[str, object] = {
        "id": sme_id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [offer.text for offer in p.offers],
        "needs": [need.text for need in p.needs],
    }
    if p.certifications:
        record["certifications"] = list(p.certifications)
    if p.bcg:
        record["bcg"] = list(p.bcg)
    record["contact_email"] = p.email
    record["language"] = p.lang
    return json.dumps(record, ensure_ascii=False)


README_TEMPLATE = """\
# blind_plain_cleaning: hand-labelled supplier-buyer links, cleaning textiles

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among {n} plain registry entries of the
Health and Wellness Economy cluster when the wording is new to it. The theme is cleaning and
janitorial textiles: mop heads and dust mops, microfibre cloths, floor and kitchen cloths, wipes,
rags from worn cloth, cleaners' uniforms, aprons and gloves, detergents, cleaning companies,
hospitals, hotels, car washes, shops and facility managers, plus the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers of the cluster.

About half of the profiles are Thai, the rest English, and about half of the true links cross the
language line. Each offer and need is one short phrase, the way an SME database stores it; the same
kind of goods is written in many ways (local and regional names, trade words, brand names,
abbreviations, with and without sizes, prices, minimum orders and places), and a need is worded
differently from the offers that meet it. Hard but fair cases are on purpose: a service versus the
goods it works on (dyeing or sewing the customer's own goods versus dyed cloth or finished goods),
waste and used goods versus new, raw versus processed (fibre, yarn, cloth, product), finished goods
described by their material, colour or technique, needs written as a wish, a bare noun phrase or a
question, refusals ("no synthetic dye"), needs that require a named certification and needs that name
one only to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profiles JSONL version 1 and the links
CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the ruff settings of `pyproject.toml`;
not the matcher, its glossary, its tests, other evaluation sets or the project's data. All data sit
in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_towels_linen` versus `terry_towel`).
Every need either lists the offer labels that would meet it and the certifications its text requires,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some
offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to itself. Shared
words play no part; quantities, prices and places never decide a link; what changes what the thing
is does. A certification that a need names only to waive it is not required. The labels live only in
`write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG values from the taxonomy, provinces resolve with `resolve_province`, certifications with
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every
met need has a qualified supplier and every unmet one has none; a required or waived certification is
named in the need's text and no other is; Thai phrases are mostly Thai letters and English ones Latin
only; a need does not closely share its wording with an offer that meets it (character-trigram
overlap below 0.4); the size targets. It writes nothing if a check fails, and two runs give
identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_cleaning/write.py

## Files

- `write.py`: the data, the checks and the writer.
- `profiles.jsonl`: {n} profiles, ids `{first}` to `{last}`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    profiles = PROFILES
    enforce = "--draft" not in sys.argv
    errors = check(profiles, enforce_targets=enforce)
    if errors:
        for error in errors:
            print("ERROR:", error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        print(counts_table(profiles), file=sys.stderr)
        return 1
    if not enforce:
        print(counts_table(profiles))
        print("draft run: checks passed, nothing written")
        return 0
    sid = ids(profiles)
    jsonl = "".join(profile_json(i, p) + "\n" for i, p in zip(sid, profiles, strict=True))
    links = compute_links(profiles)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in links)
    table = counts_table(profiles)
    readme = README_TEMPLATE.format(n=len(profiles), first=sid[0], last=sid[-1], table=table)
    for name, text in (("profiles.jsonl", jsonl), ("links.csv", csv_text), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
