"""Write the hand-labelled evaluation set `eval/blind_plain_gloves/`.

Gloves and the suppliers around them, written as plain registry entries. Every offer carries a label
that says what the thing is; every need lists the labels that would meet it (and the certifications its
text requires) or is marked as met by no one. The true links follow from the labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_gloves/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
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
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model

H = SubCluster.HEMP_NATURAL_FIBRE.value
C = SubCluster.CIRCULAR_TEXTILE.value
S = SubCluster.SPORTECH.value
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` (from a supplier holding every `req`)."""
    return Need(text, labels, req, waive)


def U(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` say what would meet it, if anyone offered it."""
    return Need(text, labels, req, waive, note)


@dataclass(frozen=True)
class Sme:
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    id: str = field(default="")


def sme(
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(lang, name, sub_cluster, stage, province, email, tuple(offers or ()), tuple(needs or ()), certs, bcg)


# ------------------------------------------------------------------ profiles, part 1: fibre, yarn, latex, waste

PART_1 = [
    sme(
        "th",
        "สหกรณ์กองทุนสวนยางบ้านนาสาร",
        H,
        UP,
        "Surat Thani",
        "coop.naasan@gmail.com",
        offers=[
            ("น้ำยางข้น 60% DRC บรรจุแกลลอน", "natural_rubber_latex"),
            ("ยางแผ่นรมควัน ชั้น 3", "ribbed_smoked_sheet"),
        ],
        needs=[
            N("ถุงมือกรีดยาง ผ้าฝ้ายหนาๆ เดือนละ 200 โหล", "knitted_cotton_work_gloves", "recycled_knitted_work_gloves"),
            U("ผ้ากันเปื้อนยาง สำหรับคนกรีดยาง", "no one makes rubber aprons", "rubber_apron"),
        ],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Trang Latex Growers Group",
        H,
        UP,
        "Trang",
        "tranglatex.group@gmail.com",
        offers=[("Fresh field latex, collected every morning", "natural_rubber_latex")],
        needs=[N("Tapping gloves with rubber palm", "latex_coated_gloves")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "โรงปั่นด้ายไทยเจริญ",
        AC,
        UP,
        "Nakhon Pathom",
        "sales@thaicharoenspinning.co.th",
        offers=[
            ("ด้ายฝ้าย OE เบอร์ 7 และ 10 สำหรับถักถุงมือ", "cotton_yarn"),
            ("ด้าย TC โพลีคอตตอน 65/35", "polycotton_yarn"),
        ],
        needs=[N("ปุยฝ้าย ฝ้ายดิบ ขั้นต่ำ 5 ตัน", "raw_cotton_fibre")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        "en",
        "Siam OE Spinning Co., Ltd.",
        C,
        UP,
        "Samut Sakhon",
        "info@siamoespinning.com",
        offers=[
            ("Recycled cotton yarn Ne 6-12, GRS", "recycled_cotton_yarn"),
            ("Virgin OE cotton yarn Ne 10, raw white", "cotton_yarn"),
        ],
        needs=[
            N("Cutting-room cotton clips sorted by colour", "cotton_fabric_waste"),
            N("Garnetted fibre for blending", "shredded_recycled_fibre"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        "th",
        "ด้ายรีไซเคิลขอนแก่น",
        C,
        UP,
        "Khon Kaen",
        "kkrecycleyarn@hotmail.com",
        offers=[("ด้ายรีไซเคิลจากเศษผ้า สีเทา เบอร์ 8", "recycled_cotton_yarn")],
        needs=[
            N("เศษผ้ายืดคอตตอน จากโรงงานเสื้อ รับทุกสี", "cotton_fabric_waste"),
            N("รับซื้อถุงมือผ้าเก่าใช้แล้ว คิดเป็นกิโล", "used_work_gloves"),
        ],
        bcg=("circular",),
    ),
    sme(
        "en",
        "Eastern Filament Trading",
        S,
        UP,
        "Samut Prakan",
        "trade@easternfilament.com",
        offers=[
            ("Nylon 6 DTY 70D/2 for glove shells", "nylon_yarn"),
            ("Polyester DTY 150D, black and white", "polyester_yarn"),
            ("Spandex covered yarn 20D", "spandex_yarn"),
        ],
    ),
    sme(
        "th",
        "ไฮเทคไฟเบอร์ ระยอง",
        S,
        UP,
        "Rayong",
        "hitechfiber.ry@gmail.com",
        offers=[
            ("เส้นใย HPPE 400D กันบาด", "hppe_yarn"),
            ("ด้ายหุ้มลวดสแตนเลส สำหรับถุงมือกันคม", "steel_core_yarn"),
        ],
        needs=[U("ใยแก้ว สำหรับผสมเส้นด้ายกันบาด", "no one sells glass fibre", "glass_fibre")],
        certs=("ISO 9001",),
    ),
    sme(
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
        H,
        UP,
        "Chiang Mai",
        "maeram.hemp@gmail.com",
        offers=[
            ("เส้นใยกัญชงลอกมือ", "hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ เส้นใหญ่", "hemp_yarn"),
        ],
        needs=[
            N("อยากได้คนรับย้อมด้ายสีธรรมชาติ ย้อมเปลือกไม้", "natural_dyeing_service"),
        ],
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        "en",
        "Tak Highland Hemp",
        H,
        UP,
        "Tak",
        "hello@takhemp.co",
        offers=[
            ("Degummed hemp bast fibre, 50 kg bales", "hemp_fibre"),
            ("Hemp canvas 14 oz, natural", "hemp_fabric"),
        ],
        needs=[N("Someone to sew our hemp canvas into garden gloves and aprons", "cut_and_sew_service")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์ ด่านซ้าย",
        H,
        UP,
        "Loei",
        "loei.organiccotton@gmail.com",
        offers=[
            ("ฝ้ายตุ่ยพื้นเมือง เก็บมือ ไม่ใช้สารเคมี", "raw_cotton_fibre"),
            ("ด้ายฝ้ายเข็นมือ สีขาวธรรมชาติ", "handspun_cotton_yarn"),
        ],
        needs=[U("เครื่องอีดฝ้าย มือสอง", "no one sells cotton gins", "cotton_gin")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        "en",
        "Chonburi Cutting Waste Services",
        C,
        UP,
        "Chon Buri",
        "ops@cbcuttingwaste.com",
        offers=[
            ("Pre-consumer cotton jersey clippings, baled", "cotton_fabric_waste"),
            ("TC selvedge and poly/cotton offcuts", "polycotton_waste"),
        ],
        needs=[N("Washed second-hand work gloves for sorting staff", "refurbished_work_gloves")],
        bcg=("circular",),
    ),
    sme(
        "th",
        "บริษัท ตีใยรีไซเคิล สระบุรี จำกัด",
        C,
        UP,
        "Saraburi",
        "sbrecyclefiber@gmail.com",
        offers=[
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า สำหรับปั่น OE", "shredded_recycled_fibre"),
            ("ใยตีสำหรับยัดหมอน งานฉนวน", "shredded_recycled_fibre"),
        ],
        needs=[
            N("ถุงมือผ้าใช้แล้วจากโรงงาน ขั้นต่ำ 1 ตัน", "used_work_gloves"),
            N("เศษผ้าทอ ผ้ายืด ผ้าTC ทุกชนิด", "cotton_fabric_waste", "polycotton_waste"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        "th",
        "ร้านรับซื้อของเก่า เจ๊หน่อย มาบตาพุด",
        C,
        UP,
        "Rayong",
        "jenoi.recycle@gmail.com",
        offers=[
            ("ถุงมือผ้าใช้แล้ว คัดจากนิคมฯ ขายเป็นตัน", "used_work_gloves"),
            ("ถุงมือเก่าซักแล้ว ใส่ต่อได้ โหลละ 35 บาท", "refurbished_work_gloves"),
        ],
        needs=[N("บริการซักถุงมือใช้แล้ว ปริมาณมาก", "industrial_glove_laundry_service")],
        bcg=("circular",),
    ),
    sme(
        "en",
        "GreenLoop Industrial Waste Co.",
        C,
        UP,
        "Chonburi",
        "service@greenloop-waste.com",
        offers=[("Collection of used cotton and coated gloves from plants, sorted", "used_work_gloves")],
        needs=[N("Industrial washing of oily gloves", "industrial_glove_laundry_service")],
        certs=("ISO 14001",),
        bcg=("circular",),
    ),
    sme(
        "th",
        "โรงฟอกหนังพระสมุทรเจดีย์",
        S,
        UP,
        "Samut Prakan",
        "pstannery@yahoo.com",
        offers=[
            ("หนังวัวสปลิท หนา 1.2 มม. เกรด AB", "leather_split"),
            ("หนังแพะฟอกฝาด", "goat_leather"),
        ],
        needs=[U("โครเมียมซัลเฟต ราคาส่ง", "no one sells tanning chemicals", "tanning_chemicals")],
    ),
    sme(
        "en",
        "Pathum Wadding Co.",
        AC,
        UP,
        "Pathum Thani",
        "sales@pathumwadding.com",
        offers=[
            ("Polyester wadding 100-200 gsm, needle-punched", "wadding_batting"),
            ("Cotton batting for quilts", "wadding_batting"),
        ],
        needs=[N("Recycled fibre for filling, any colour", "shredded_recycled_fibre")],
    ),
    sme(
        "th",
        "กลุ่มทำครามธรรมชาติ บ้านดอนกอย",
        AI,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        offers=[
            ("เนื้อครามเปียก จากต้นครามปลูกเอง", "natural_indigo_dye"),
            ("รับย้อมครามผ้าและด้ายของลูกค้า", "indigo_dyeing_service"),
        ],
        needs=[N("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม", "handwoven_cotton_fabric")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
]

# ------------------------------------------------------------------ profiles, part 2: knitting, dipping, dyeing, sewing

PART_2 = [
    sme(
        "en",
        "Thai Liner Knitting Co., Ltd.",
        S,
        MID,
        "Chonburi",
        "sales@thailiner.co.th",
        offers=[
            ("13-gauge nylon seamless liners, uncoated, for dipping", "glove_liner_knitted"),
            ("15G poly/spandex shells, grey", "glove_liner_knitted"),
        ],
        needs=[
            N("Nylon 70D DTY, 5 tons monthly", "nylon_yarn"),
            N("SFG needles and sinkers", "glove_machine_parts"),
        ],
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        "th",
        "โรงงานถุงมือถักไร้ตะเข็บ มหาชัย",
        S,
        MID,
        "Mahachai",
        "mahachai.seamless@gmail.com",
        offers=[
            ("ถุงมือถักไร้ตะเข็บ 13 เข็ม ยังไม่เคลือบ ขายโหลให้โรงจุ่ม", "glove_liner_knitted"),
            ("รับจ้างถักถุงมือ ใช้ด้ายของลูกค้า", "glove_knitting_service"),
        ],
        needs=[
            N("ด้ายโพลีเอสเตอร์ 150D สีขาว", "polyester_yarn"),
            N("มีใครรับซ่อมเครื่องถักถุงมือไหมคะ ด่วน", "knitting_machine_repair_service"),
        ],
    ),
    sme(
        "th",
        "ร้านรับถักถุงมือ ลุงเปี๊ยก",
        AC,
        MID,
        "Nakhon Pathom",
        "lungpiak.knit@gmail.com",
        offers=[("รับถักถุงมือผ้า 7 เข็ม ลูกค้าส่งด้ายมาเอง ค่าแรงโหลละ 12 บาท", "glove_knitting_service")],
        needs=[
            N("เครื่องถักถุงมือมือสอง 10 เครื่อง", "used_glove_knitting_machine"),
            N("ด้ายสีทำขอบถุงมือ ขอบเขียว ขอบแดง", "dyed_cotton_yarn"),
        ],
    ),
    sme(
        "en",
        "Songkhla Glove Dipping Co., Ltd.",
        S,
        MID,
        "Songkhla",
        "dip@songkhlaglove.com",
        offers=[
            ("Latex palm-coating of customer-supplied liners", "glove_dipping_service"),
            ("Nitrile foam coating on your own shells, MOQ 5,000 pairs", "glove_dipping_service"),
        ],
        needs=[
            N("Concentrated latex, high ammonia", "natural_rubber_latex"),
            N("Porcelain hand formers, sizes 7-10", "glove_formers"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        "th",
        "หาดใหญ่ดิปปิ้ง",
        S,
        MID,
        "Songkhla",
        "hatyaidipping@gmail.com",
        offers=[
            ("รับจุ่มยางพาราถุงมือ เคลือบฝ่ามือ ลายย่น", "glove_dipping_service"),
            ("รับเคลือบ PU ถุงมือที่ลูกค้าส่งมา", "glove_dipping_service"),
        ],
        needs=[
            N("น้ำยางสดจากสวน ส่งทุกวัน", "natural_rubber_latex"),
            U("สายพานจุ่มถุงมืออัตโนมัติ ทั้งไลน์", "no one sells dipping lines", "dipping_line_machine"),
        ],
    ),
    sme(
        "th",
        "โรงพิมพ์เม็ดยางถุงมือ อยุธยา",
        S,
        MID,
        "Ayutthaya",
        "ayt.dotprint@gmail.com",
        offers=[("รับพิมพ์เม็ด PVC กันลื่นบนถุงมือผ้าของลูกค้า", "pvc_dotting_service")],
        needs=[U("หมึก PVC พลาสติซอล สีเหลือง", "no one sells plastisol ink", "pvc_plastisol_ink")],
    ),
    sme(
        "th",
        "ย้อมด้ายบางขุนเทียน",
        AC,
        MID,
        "Bangkok",
        "bkt.yarndye@gmail.com",
        offers=[("รับย้อมด้ายฝ้ายของลูกค้า สีรีแอคทีฟ ขั้นต่ำ 50 กก.", "yarn_dyeing_service")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        "en",
        "Sakhon Dyed Yarn Co.",
        AC,
        MID,
        "Samut Sakhon",
        "order@sakhondyedyarn.com",
        offers=[
            ("Dyed cotton yarn, 20 stock colours, 1 kg cones", "dyed_cotton_yarn"),
            ("Dope-dyed polyester yarn, black", "dyed_polyester_yarn"),
        ],
        needs=[
            N("Grey cotton yarn Ne 10-20 for dyeing", "cotton_yarn"),
            N(
                "Commission dyeing capacity, Oeko-Tex certified only",
                "yarn_dyeing_service",
                req=("OEKO-TEX Standard 100",),
            ),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        "th",
        "กลุ่มย้อมสีธรรมชาติ ภูพาน",
        AI,
        MID,
        "Sakon Nakhon",
        "phuphan.naturaldye@gmail.com",
        offers=[
            ("ด้ายฝ้ายย้อมสีธรรมชาติ เปลือกประดู่ ใบหูกวาง", "naturally_dyed_cotton_yarn"),
            ("ผ้าฝ้ายย้อมคราม ทอมือ หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
            ("รับย้อมสีธรรมชาติ ตามสั่ง ลูกค้าส่งด้ายมา", "natural_dyeing_service"),
        ],
        needs=[
            N("ด้ายฝ้ายเข็นมือ ยังไม่ย้อม", "handspun_cotton_yarn"),
            N("ครามเปียก 50 กก.", "natural_indigo_dye"),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        "en",
        "Udon Indigo Studio",
        AI,
        MID,
        "Udon Thani",
        "studio@udonindigo.com",
        offers=[
            ("Indigo cloth, hand-loomed cotton, 90 cm", "indigo_dyed_cotton_fabric"),
            ("Vat indigo dyeing of your garments or fabric", "indigo_dyeing_service"),
        ],
        needs=[N("Undyed handwoven cotton from village weavers", "handwoven_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Bangkok Canvas Mills",
        AC,
        MID,
        "Bangkok",
        "sales@bkkcanvas.com",
        offers=[
            ("Cotton canvas 10 oz, grey and bleached", "cotton_woven_fabric"),
            ("Cotton drill twill, 150 cm width", "cotton_woven_fabric"),
        ],
        needs=[N("Carded cotton yarn 16s", "cotton_yarn")],
    ),
    sme(
        "th",
        "กลุ่มทอผ้าบ้านหนองเขื่อนช้าง",
        AI,
        MID,
        "Maha Sarakham",
        "nongkhueanchang.weave@gmail.com",
        offers=[
            ("ผ้าฝ้ายทอมือ ลายขิด สีพื้น", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ", "pha_khao_ma"),
        ],
        needs=[N("ด้ายฝ้ายย้อมสำเร็จ หลายสี", "dyed_cotton_yarn", "naturally_dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        "th",
        "โรงงานผ้าขนหนูสามพราน",
        AC,
        MID,
        "Nakhon Pathom",
        "samphran.terry@gmail.com",
        offers=[("ผ้าขนหนูเป็นม้วน 400 แกรม สีขาว", "terry_cloth_fabric")],
        needs=[N("ด้ายคอตตอน 100% เบอร์ 20 ทำผ้าขนหนู", "cotton_yarn")],
    ),
    sme(
        "en",
        "TechWeave Aramid",
        S,
        MID,
        "Samut Prakarn",
        "info@techweave-aramid.com",
        offers=[
            ("Para-aramid knit fabric, heat resistant to 250 C", "aramid_fabric"),
            ("Aluminised aramid cloth for heat gloves", "aramid_fabric"),
        ],
        needs=[U("Para-aramid spun yarn 20s/2", "no one sells aramid yarn", "aramid_yarn")],
        certs=("ISO 9001",),
    ),
    sme(
        "th",
        "ผ้าควิลท์ สำเพ็ง",
        AC,
        MID,
        "Bangkok",
        "sampheng.quilt@gmail.com",
        offers=[
            ("ผ้าควิลท์สำเร็จ ผ้าคอตตอนบุใย เดินลายตาราง", "quilted_fabric"),
            ("ผ้ากุ๊นเฉียง คอตตอน 1 นิ้ว", "bias_tape"),
        ],
        needs=[
            N("ใยบุโพลีเอสเตอร์ เป็นม้วน", "wadding_batting"),
            N("ผ้าแคนวาสดิบ หน้า 150", "cotton_woven_fabric"),
        ],
    ),
    sme(
        "th",
        "กลุ่มตัดเย็บแม่บ้านบ้านไผ่",
        AI,
        MID,
        "Khon Kaen",
        "banphai.sewing@gmail.com",
        offers=[("รับจ้างตัดเย็บ ลูกค้าส่งผ้ามา เย็บถุงมือจับของร้อน ผ้ากันเปื้อน", "cut_and_sew_service")],
        needs=[N("ผ้ากุ๊น สำเร็จรูป", "bias_tape")],
    ),
    sme(
        "en",
        "Lanna Sewing House",
        H,
        MID,
        "Chiang Mai",
        "lannasewing@gmail.com",
        offers=[("CMT sewing for small brands, 200 pcs minimum", "cut_and_sew_service")],
        needs=[
            U("Spun poly thread, 40s/2 cones", "no one sells sewing thread", "sewing_thread"),
            N("Indigo vat dyeing for finished shirts, we send the garments", "indigo_dyeing_service"),
        ],
    ),
    sme(
        "th",
        "ร้านเย็บถุงมือหนัง ปากน้ำ",
        S,
        MID,
        "Pak Nam",
        "paknam.leatherglove@gmail.com",
        offers=[("รับเย็บถุงมือหนัง ถุงมือเชื่อม จากหนังของลูกค้า", "leather_glove_sewing_service")],
        needs=[
            U("ด้ายเคฟลาร์ เย็บหนัง ทนไฟ", "no one sells aramid sewing thread", "aramid_sewing_thread"),
            N("หนังสปลิทสำหรับตัดถุงมือ", "leather_split"),
        ],
    ),
    sme(
        "en",
        "InkPro Screen Printing",
        S,
        MID,
        "Bangkok",
        "jobs@inkpro.co.th",
        offers=[("Logo printing on gloves, aprons and bags, 1-4 colours", "screen_printing_service")],
    ),
    sme(
        "en",
        "Shima Glove Machinery Thailand",
        S,
        MID,
        "Bangkok",
        "sales@shimaglove-th.com",
        offers=[
            ("New computerised glove knitting machines 7G-18G", "glove_knitting_machine"),
            ("Genuine spare needles, sinkers, cams", "glove_machine_parts"),
        ],
    ),
    sme(
        "th",
        "เซียงกงเครื่องถักถุงมือ โพธาราม",
        S,
        MID,
        "Ratchaburi",
        "photharam.machine@gmail.com",
        offers=[
            ("เครื่องถักถุงมือมือสอง ญี่ปุ่น สภาพดี เครื่องละ 45,000", "used_glove_knitting_machine"),
            ("รับซ่อมเครื่องถักถุงมือ นอกสถานที่", "knitting_machine_repair_service"),
            ("อะไหล่เครื่องถักถุงมือ เข็ม ลิ้น", "glove_machine_parts"),
        ],
    ),
    sme(
        "th",
        "โรงงานแม่พิมพ์มือเซรามิก ราชบุรี",
        S,
        MID,
        "Ratchaburi",
        "rb.ceramicformer@gmail.com",
        offers=[("แม่พิมพ์มือกระเบื้อง สำหรับสายจุ่มถุงมือ", "glove_formers")],
    ),
    sme(
        "en",
        "CleanHands Industrial Laundry",
        C,
        MID,
        "Chonburi",
        "service@cleanhands.co.th",
        offers=[
            ("Washing and sorting of your used work gloves, back in 48 h", "industrial_glove_laundry_service"),
            ("Refurbished cotton work gloves, washed grade A", "refurbished_work_gloves"),
        ],
        needs=[N("Used gloves in bulk for refurbishing", "used_work_gloves")],
        certs=("ISO 14001",),
        bcg=("circular",),
    ),
    sme(
        "en",
        "Samut Prakan Knit Fabrics",
        AC,
        MID,
        "Samut Prakan",
        "knit@spknitfabrics.com",
        offers=[
            ("Cotton single jersey 160 gsm, white", "cotton_jersey_fabric"),
            ("Cotton 1x1 rib for cuffs", "cotton_jersey_fabric"),
        ],
        needs=[
            N("Combed cotton yarn 30s", "cotton_yarn"),
            N("Knit fabric dyeing of our greige rolls", "fabric_dyeing_service"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        "th",
        "โรงย้อมผ้า อ้อมน้อย",
        AC,
        MID,
        "Samut Sakhon",
        "omnoi.dyehouse@gmail.com",
        offers=[
            ("รับย้อมผ้าทอ ผ้ายืด ของลูกค้า ขั้นต่ำ 200 กก./สี", "fabric_dyeing_service"),
            ("ผ้ายืดคอตตอนย้อมสำเร็จ สีพื้น", "dyed_cotton_jersey_fabric"),
        ],
    ),
]

# ------------------------------------------------------------------ profiles, part 3: glove makers and brands

PART_3 = [
    sme(
        "th",
        "หจก.สมบูรณ์ถุงมือผ้า",
        AC,
        DOWN,
        "Nakhon Pathom",
        "somboon.glove@gmail.com",
        offers=[
            ("ถุงมือผ้าฝ้าย ถัก 7 เข็ม ขอบเขียว 600 กรัม/โหล", "knitted_cotton_work_gloves"),
            ("ถุงมือผ้าเคลือบเม็ดยาง PVC กันลื่น", "rubber_dotted_gloves"),
        ],
        needs=[
            N("ด้ายดิบถักถุงมือ เบอร์ 10 เดือนละ 2 ตัน", "cotton_yarn", "recycled_cotton_yarn"),
            N("เข็มเครื่อง Shima 10G", "glove_machine_parts"),
        ],
    ),
    sme(
        "en",
        "Suphan Work Gloves Factory",
        AC,
        DOWN,
        "Suphanburi",
        "suphangloves@gmail.com",
        offers=[
            ("Bleached cotton knit gloves, 500 g/dozen, wholesale", "knitted_cotton_work_gloves"),
            ("Dotted gloves, PVC dots one side", "rubber_dotted_gloves"),
        ],
        needs=[
            N("Anyone doing PVC dot printing for gloves?", "pvc_dotting_service"),
            N(
                "Cheap cotton yarn, recycled fine, no need for GRS",
                "cotton_yarn",
                "recycled_cotton_yarn",
                waive=("GRS",),
            ),
        ],
    ),
    sme(
        "en",
        "ReGlove Circular Co.",
        C,
        DOWN,
        "Chonburi",
        "hello@reglove.co",
        offers=[("Work gloves knitted from 100% recycled cotton yarn", "recycled_knitted_work_gloves")],
        needs=[
            N("GRS-certified recycled yarn for glove knitting", "recycled_cotton_yarn", req=("GRS",)),
            N("Glove knitting subcontractor, we supply the yarn", "glove_knitting_service"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        "th",
        "ถุงมือยางพาราชุมพร",
        H,
        DOWN,
        "Chumphon",
        "chumphon.rubberglove@gmail.com",
        offers=[
            ("ถุงมือเคลือบยางพาราลายย่น กันลื่น งานก่อสร้าง", "latex_coated_gloves"),
            ("ถุงมือยางแม่บ้าน ล้างจาน สีส้ม", "household_rubber_gloves"),
        ],
        needs=[
            N("ถุงมือถักโพลีเอสเตอร์ดิบ 13 เข็ม", "glove_liner_knitted"),
            N("น้ำยางข้น", "natural_rubber_latex"),
        ],
        bcg=("bio",),
    ),
    sme(
        "en",
        "ProGrip Safety Gloves Co., Ltd.",
        S,
        DOWN,
        "Chonburi",
        "sales@progrip.co.th",
        offers=[
            ("PU palm-coated gloves, 13G nylon, S-XL", "pu_coated_gloves"),
            ("Nitrile dipped gloves, oil resistant, sandy finish", "nitrile_coated_gloves"),
            ("Crinkle latex gloves", "latex_coated_gloves"),
        ],
        needs=[
            N("13G liners without coating, bulk", "glove_liner_knitted"),
            N("Logo print on cuff", "screen_printing_service"),
        ],
        certs=("ISO 9001", "TIS"),
    ),
    sme(
        "en",
        "HatYai Medical Gloves Co.",
        AC,
        DOWN,
        "Songkla",
        "export@hatyaimedical.com",
        offers=[
            ("Powder-free latex examination gloves, box of 100", "latex_exam_gloves_powder_free"),
            ("Nitrile exam gloves, blue, 3.5 g", "nitrile_exam_gloves"),
            ("Sterile surgical gloves, latex, individually packed", "surgical_gloves_sterile"),
        ],
        needs=[
            N("Fresh field latex, low VFA", "natural_rubber_latex"),
            N("Ceramic formers", "glove_formers"),
        ],
        certs=("ISO 13485", "Thai FDA", "ISO 9001"),
    ),
    sme(
        "th",
        "ตรังรับเบอร์โปรดักส์",
        H,
        DOWN,
        "Trang",
        "trangrubberproducts@gmail.com",
        offers=[
            ("ถุงมือยางตรวจโรค มีแป้ง กล่อง 100 ชิ้น ราคาถูก", "latex_exam_gloves_powdered"),
            ("ถุงมือยางล้างจาน ยางพาราแท้", "household_rubber_gloves"),
        ],
        needs=[N("น้ำยางสด", "natural_rubber_latex")],
        certs=("Thai FDA",),
    ),
    sme(
        "th",
        "เมดิแคร์ ซัพพลาย",
        AC,
        DOWN,
        "Bangkok",
        "medicare.supply@gmail.com",
        offers=[
            ("ถุงมือไนไตรล์ สีฟ้า ไม่มีแป้ง ขายยกลัง", "nitrile_exam_gloves"),
            ("ถุงมือลาเท็กซ์ตรวจโรค ไร้แป้ง", "latex_exam_gloves_powder_free"),
        ],
        needs=[N("ถุงมือไนไตรล์ผลิตในไทย ต้องมี อย.", "nitrile_exam_gloves", req=("Thai FDA",))],
        certs=("Thai FDA",),
    ),
    sme(
        "th",
        "พลาสติกแพ็ค สำเพ็ง",
        AC,
        DOWN,
        "Bangkok",
        "plasticpack.sp@gmail.com",
        offers=[("ถุงมือพลาสติก HDPE ใช้แล้วทิ้ง แพ็ค 100 ชิ้น", "pe_disposable_gloves")],
    ),
    sme(
        "en",
        "Rayong Cut-Safe Gloves",
        S,
        DOWN,
        "Rayong",
        "sales@cutsafe.co.th",
        offers=[("Cut level 5 HPPE gloves with PU palm", "cut_resistant_gloves")],
        needs=[
            N("HPPE filament 400D", "hppe_yarn"),
            N("Stainless steel wrapped yarn", "steel_core_yarn"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        "th",
        "เซฟตี้เวิร์ค ถุงมือกันบาด",
        S,
        DOWN,
        "Samut Prakan",
        "safetywork.glove@gmail.com",
        offers=[
            ("ถุงมือกันบาด ระดับ 5 สำหรับงานแก้ว โลหะแผ่น", "cut_resistant_gloves"),
            ("ถุงมือหนังเชื่อม ยาว 14 นิ้ว", "leather_welding_gloves"),
        ],
        needs=[N("หาช่างเย็บถุงมือหนัง", "leather_glove_sewing_service")],
        certs=("มอก.",),
    ),
    sme(
        "th",
        "ถุงมือหนังเชื่อม พระประแดง",
        S,
        DOWN,
        "Samut Prakan",
        "phrapradaeng.glove@gmail.com",
        offers=[
            ("ถุงมือเชื่อมหนังวัว ซับในผ้า ทนความร้อน", "leather_welding_gloves"),
            ("ถุงมือหนังช่าง ข้อสั้น", "leather_work_gloves"),
        ],
        needs=[
            N("หนังวัวสปลิท", "leather_split"),
            N("ผ้าอะรามิด กันความร้อน ไว้ทำซับใน", "aramid_fabric"),
        ],
    ),
    sme(
        "th",
        "ไร่ปันบุญ ถุงมือทำสวน",
        H,
        DOWN,
        "Chiang Mai",
        "panboon.farm@gmail.com",
        offers=[("ถุงมือทำสวน ผ้ากัญชง ฝ่ามือหนัง", "gardening_gloves")],
        needs=[
            N("ผ้ากัญชงผืนหนา ไม่ต้องมีตรารับรองเกษตรอินทรีย์", "hemp_fabric", waive=("Organic Thailand",)),
            N("หนังแพะ", "goat_leather"),
        ],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Green Thumb Garden Gloves",
        AC,
        DOWN,
        "Nonthaburi",
        "greenthumb.th@gmail.com",
        offers=[("Ladies' garden gloves, floral print, latex palm", "gardening_gloves")],
        needs=[N("Latex dipping of our printed knit gloves", "glove_dipping_service")],
    ),
    sme(
        "th",
        "ครัวอีสาน ผ้าจับหม้อ",
        AI,
        DOWN,
        "Khon Kaen",
        "kruaisan.craft@gmail.com",
        offers=[
            ("ถุงมือจับของร้อน ผ้าฝ้ายทอมือ ลายขิด", "oven_mitts"),
            ("ผ้าจับหม้อ สี่เหลี่ยม ชุด 2 ชิ้น", "pot_holders"),
        ],
        needs=[
            N("ผ้าฝ้ายทอมือ ผืนยาว", "handwoven_cotton_fabric"),
            N("ใยบุกันร้อน", "wadding_batting"),
        ],
        certs=("OTOP",),
    ),
    sme(
        "en",
        "HomeCraft Kitchen Textiles",
        AC,
        DOWN,
        "Pathum Thani",
        "buy@homecraft-kt.com",
        offers=[
            ("Silicone-print oven mitts, 32 cm", "oven_mitts"),
            ("Quilted pot holders with hanging loop", "pot_holders"),
        ],
        needs=[
            N("Terry towelling by the roll", "terry_cloth_fabric"),
            N("Pre-quilted cotton", "quilted_fabric"),
            N("Aramid heat layer", "aramid_fabric"),
        ],
    ),
    sme(
        "th",
        "กระเป๋าผ้าย้อมคราม บ้านนาดี",
        AI,
        DOWN,
        "Sakon Nakhon",
        "nadee.indigo@gmail.com",
        offers=[
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "tote_bag"),
            ("ถุงมือจับของร้อน ผ้าย้อมคราม", "oven_mitts"),
        ],
        needs=[N("รับเย็บกระเป๋า ใช้ผ้าของเรา", "cut_and_sew_service")],
        certs=("OTOP",),
    ),
    sme(
        "en",
        "Thai Fight Gear",
        S,
        DOWN,
        "Bangkok",
        "sales@thaifightgear.com",
        offers=[
            ("Muay Thai boxing gloves, cowhide, 8-16 oz", "boxing_gloves"),
            ("Hand wraps 4.5 m", "hand_wraps"),
        ],
        needs=[
            U("Full-grain cowhide 1.6 mm, not split", "no one sells full-grain hide", "full_grain_leather"),
            N("Screen print of logos", "screen_printing_service"),
        ],
    ),
    sme(
        "th",
        "ถุงมือปั่นจักรยาน ดอยไบค์",
        S,
        DOWN,
        "Chiang Rai",
        "doibike.glove@gmail.com",
        offers=[("ถุงมือปั่นจักรยาน ครึ่งนิ้ว", "cycling_gloves")],
        needs=[U("ผ้าไลครา เนื้อแน่น", "no one sells stretch lycra fabric", "spandex_fabric")],
    ),
    sme(
        "en",
        "SilverHands Care Products",
        AC,
        DOWN,
        "Nonthaburi",
        "care@silverhands.co.th",
        offers=[
            ("Arthritis compression gloves, open finger", "arthritis_compression_gloves"),
            ("Patient safety mitts to stop line pulling", "safety_mitts_care"),
        ],
        needs=[
            N("Covered elastane yarn for compression knits", "spandex_yarn"),
            N("Seamless glove knitting to our spec, yarn supplied", "glove_knitting_service"),
        ],
        certs=("Thai FDA",),
    ),
    sme(
        "th",
        "ผลิตภัณฑ์ผู้สูงวัย โคราช",
        AI,
        DOWN,
        "Korat",
        "korat.seniorcare@gmail.com",
        offers=[
            ("ถุงมือผ้ากันเกา สำหรับผู้ป่วยติดเตียง", "safety_mitts_care"),
            ("ถุงมือบรรเทาข้ออักเสบ", "arthritis_compression_gloves"),
        ],
        needs=[
            N(
                "ผ้าคอตตอนนิ่มๆ ไม่จำเป็นต้องมี OEKO-TEX",
                "cotton_jersey_fabric",
                "dyed_cotton_jersey_fabric",
                waive=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    sme(
        "th",
        "นวมมวยไทย บ้านโป่ง",
        S,
        DOWN,
        "Ratchaburi",
        "banpong.boxing@gmail.com",
        offers=[
            ("นวมมวยไทย หนังเทียม PU ราคาส่ง", "boxing_gloves"),
            ("กระสอบทราย", "punching_bag"),
        ],
        needs=[
            U("หนังเทียม PU เป็นม้วน", "no one sells synthetic leather", "synthetic_leather"),
            N("ใยโพลีเอสเตอร์บุนวม", "wadding_batting"),
        ],
    ),
    sme(
        "en",
        "Goalkeeper Pro Thailand",
        S,
        DOWN,
        "Pathum Thani",
        "info@gkpro.co.th",
        offers=[("Goalkeeper gloves, latex palm, roll finger", "goalkeeper_gloves")],
        needs=[U("German latex foam palm sheets", "no one sells latex foam sheets", "latex_foam_sheet")],
    ),
    sme(
        "th",
        "ถุงมือผ้าขาว บางบัวทอง",
        AC,
        DOWN,
        "Nonthaburi",
        "bbt.whiteglove@gmail.com",
        offers=[("ถุงมือผ้าขาวบาง ไนล่อน คอตตอน ใช้งานตรวจสอบ ถุงมือเสิร์ฟ", "thin_white_gloves")],
        needs=[N("ด้ายคอตตอนหวี 40s", "cotton_yarn")],
    ),
    sme(
        "en",
        "Nan Organic Cotton Gloves",
        H,
        DOWN,
        "Nan",
        "hello@nanorganic.co",
        offers=[("GOTS organic cotton gloves, undyed, for eczema and sleep", "thin_white_gloves")],
        needs=[
            N("Organic Thailand certified raw cotton", "raw_cotton_fibre", req=("Organic Thailand",)),
            U("GOTS certified organic cotton yarn Ne 30", "no yarn supplier holds GOTS", "cotton_yarn", req=("GOTS",)),
        ],
        certs=("GOTS",),
        bcg=("bio",),
    ),
    sme(
        "th",
        "เบบี้มิตต์ ผ้านุ่ม",
        AC,
        DOWN,
        "Bangkok",
        "babymitt.soft@gmail.com",
        offers=[("ถุงมือเด็กแรกเกิด กันข่วน ผ้าคอตตอน", "baby_mittens")],
        needs=[
            N(
                "ผ้ายืดคอตตอนสำหรับเด็ก ต้องผ่าน OEKO-TEX",
                "cotton_jersey_fabric",
                "dyed_cotton_jersey_fabric",
                req=("OEKO-TEX Standard 100",),
            )
        ],
    ),
    sme(
        "en",
        "Isan Weavers Gift Shop",
        AI,
        DOWN,
        "Roi Et",
        "shop@isanweavers.com",
        offers=[
            ("Indigo handwoven cotton bags", "tote_bag"),
            ("Pot holders, khit pattern", "pot_holders"),
        ],
        needs=[
            N("Indigo-dyed cloth, hand-loomed", "indigo_dyed_cotton_fabric"),
            N(
                "Natural-dyed cotton yarn only, no chemical dyes, OTOP not required",
                "naturally_dyed_cotton_yarn",
                waive=("OTOP",),
            ),
        ],
    ),
    sme(
        "en",
        "Korat Gloves Manufacturing",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.gloves@gmail.com",
        offers=[
            ("Knitted cotton gloves, 7 gauge, natural white", "knitted_cotton_work_gloves"),
            ("Gloves with anti-slip dots", "rubber_dotted_gloves"),
        ],
        needs=[
            N("Second-hand glove knitting machines", "used_glove_knitting_machine"),
            N("Mechanic for glove machines", "knitting_machine_repair_service"),
        ],
    ),
    sme(
        "th",
        "ถุงมือเคลือบ PU บางปะกง",
        S,
        DOWN,
        "Chachoengsao",
        "bangpakong.puglove@gmail.com",
        offers=[("ถุงมือเคลือบพียู ฝ่ามือ สีเทา", "pu_coated_gloves")],
        needs=[
            N("ถุงมือถักไนลอน 13G สีเทา ยังไม่เคลือบ", "glove_liner_knitted"),
            N("เครื่องถักถุงมือใหม่ ระบบคอมพิวเตอร์", "glove_knitting_machine"),
        ],
    ),
    sme(
        "th",
        "บริษัท รีไซเคิลยางไนไตรล์",
        C,
        UP,
        "Rayong",
        "nitrilerecycle.th@gmail.com",
        offers=[("ผงยางบดจากถุงมือไนไตรล์ใช้แล้ว", "rubber_crumb")],
        needs=[N("ถุงมือไนไตรล์ใช้แล้ว สะอาด ไม่ปนเชื้อ", "used_nitrile_gloves")],
        bcg=("circular",),
    ),
]

# ------------------------------------------------------------------ profiles, part 4: hospitals, farms, sites, shops

PART_4 = [
    sme(
        "en",
        "Bangkok General Hospital",
        AC,
        DOWN,
        "Bangkok",
        "purchasing@bkkgeneral.co.th",
        needs=[
            N("Sterile surgical gloves size 6.5-8, ISO 13485 certified", "surgical_gloves_sterile", req=("ISO 13485",)),
            N("Latex-free exam gloves, Thai FDA registered", "nitrile_exam_gloves", req=("Thai FDA",)),
        ],
    ),
    sme(
        "th",
        "โรงพยาบาลชุมชนบ้านไผ่",
        AI,
        DOWN,
        "Khon Kaen",
        "banphai.hospital@moph.go.th",
        needs=[
            N("ถุงมือตรวจโรคไม่มีแป้ง", "latex_exam_gloves_powder_free", "nitrile_exam_gloves"),
        ],
    ),
    sme(
        "en",
        "Smile Dental Clinic",
        AC,
        DOWN,
        "Nonthaburi",
        "smiledental.ntb@gmail.com",
        needs=[
            N("Latex exam gloves, powder-free, small size", "latex_exam_gloves_powder_free"),
            U("Do you have vinyl gloves?", "no one offers vinyl gloves", "vinyl_exam_gloves"),
        ],
    ),
    sme(
        "th",
        "คลินิกทันตกรรมหมอฟ้า อุบล",
        AI,
        DOWN,
        "Ubon",
        "mofa.dental@gmail.com",
        needs=[N("ถุงมือไนไตรล์ คนไข้แพ้ยางพารา ห้ามเป็นลาเท็กซ์", "nitrile_exam_gloves")],
    ),
    sme(
        "en",
        "Mahachai Seafood Processing",
        AC,
        DOWN,
        "Samut Sakhon",
        "procurement@mahachaiseafood.com",
        needs=[
            U(
                "Halal certified nitrile gloves for the fish line",
                "no nitrile supplier holds Halal",
                "nitrile_exam_gloves",
                req=("Halal",),
            ),
            N("Cut-resistant gloves for filleting", "cut_resistant_gloves"),
        ],
        certs=("Halal",),
    ),
    sme(
        "th",
        "โรงงานแปรรูปไก่ แก่งคอย",
        AC,
        DOWN,
        "Saraburi",
        "kaengkhoi.chicken@gmail.com",
        offers=[("ถุงมือไนไตรล์ใช้แล้ว ปีละ 3 ตัน", "used_nitrile_gloves")],
        needs=[
            N("ถุงมือไนไตรล์สีฟ้า ใช้สัมผัสอาหาร กล่องละ 100", "nitrile_exam_gloves"),
            N("ถุงมือพลาสติกใส ใช้แล้วทิ้ง", "pe_disposable_gloves"),
            N("ถุงมือกันบาด แผนกตัดแต่ง ต้องได้ มอก.", "cut_resistant_gloves", req=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        "en",
        "Krungthep Construction PLC",
        S,
        DOWN,
        "Bangkok",
        "site.supply@ktconstruction.co.th",
        needs=[
            N(
                "Rubber-coated work gloves for site crews, 2,000 pairs/month",
                "latex_coated_gloves",
                "nitrile_coated_gloves",
            ),
            N("Welding gauntlets", "leather_welding_gloves"),
            U(
                "Anti-vibration gloves for jackhammer crews",
                "no one makes anti-vibration gloves",
                "anti_vibration_gloves",
            ),
        ],
    ),
    sme(
        "th",
        "บริษัท อุดรวิศวกรรมก่อสร้าง",
        AI,
        DOWN,
        "Udon Thani",
        "udonengineering@gmail.com",
        needs=[
            N("ถุงมือผ้าเคลือบยาง สำหรับคนงาน", "latex_coated_gloves", "nitrile_coated_gloves"),
        ],
    ),
    sme(
        "th",
        "ร้านวัสดุก่อสร้าง ช.การช่าง โคราช",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        "chor.karnchang@gmail.com",
        needs=[
            N(
                "ถุงมือผ้าขอบเขียว ขอบแดง ยกกระสอบ ไม่ต้องมี มอก.",
                "knitted_cotton_work_gloves",
                waive=("Thai Industrial Standard",),
            ),
        ],
    ),
    sme(
        "en",
        "Hardware Hub Chiang Mai",
        H,
        DOWN,
        "Chiang Mai",
        "buyer@hardwarehubcm.com",
        needs=[
            N("Garden gloves for retail, mixed sizes", "gardening_gloves"),
        ],
    ),
    sme(
        "th",
        "ร้านเกษตรภัณฑ์ ยโสธร",
        AI,
        DOWN,
        "Yasothon",
        "yasothon.kaset@gmail.com",
        needs=[
            N("ถุงมือทำสวน สำหรับแม่บ้านเกษตรกร", "gardening_gloves"),
        ],
    ),
    sme(
        "en",
        "Chanthaburi Durian Orchards",
        H,
        DOWN,
        "Chanthaburi",
        "orchard@chanduri.com",
        needs=[
            N("Thorn-proof gloves for durian harvest", "leather_work_gloves", "cut_resistant_gloves"),
            N("Long nitrile gloves for spraying", "nitrile_coated_gloves"),
        ],
    ),
    sme(
        "th",
        "สวนลำไยป้าแดง",
        H,
        DOWN,
        "Lamphun",
        "padaeng.longan@gmail.com",
        needs=[
            N("ถุงมือเก่ามือสอง ราคาถูกก็เอา", "refurbished_work_gloves"),
        ],
    ),
    sme(
        "en",
        "Isan Cane Growers Cooperative",
        AI,
        DOWN,
        "Kalasin",
        "canecoop.kalasin@gmail.com",
        needs=[
            N("Used gloves, washed, cheap", "refurbished_work_gloves"),
        ],
    ),
    sme(
        "th",
        "ค่ายมวย ส.เพชรเกษม",
        S,
        DOWN,
        "Bangkok",
        "sor.petchkasem@gmail.com",
        needs=[
            N("นวมชกมวย 10-16 ออนซ์", "boxing_gloves"),
            N("ผ้าพันมือ", "hand_wraps"),
        ],
    ),
    sme(
        "en",
        "Golden Years Care Home",
        AC,
        DOWN,
        "Nonthaburi",
        "admin@goldenyearscare.co.th",
        needs=[
            N("Thin cotton gloves for residents with eczema", "thin_white_gloves"),
            N("Arthritis gloves", "arthritis_compression_gloves"),
            U("Battery heated gloves for residents", "no one makes heated gloves", "heated_gloves"),
        ],
    ),
    sme(
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ",
        AI,
        DOWN,
        "Khon Kaen",
        "sukjai.eldercare@gmail.com",
        needs=[
            N(
                "ถุงมือยางใช้ตอนเช็ดตัวคุณตาคุณยาย มีแป้งก็ได้",
                "latex_exam_gloves_powdered",
                "latex_exam_gloves_powder_free",
                "nitrile_exam_gloves",
            ),
            U("ถุงมือผ้าไหม ให้ความอบอุ่น", "no one makes silk gloves", "silk_gloves"),
        ],
    ),
    sme(
        "en",
        "Bangkok Riverside Hotel",
        AC,
        DOWN,
        "Krung Thep",
        "purchasing@bkkriverside.com",
        needs=[
            N("Oven gloves for the kitchen, long", "oven_mitts"),
        ],
    ),
    sme(
        "th",
        "ร้านอาหารครัวคุณยาย",
        AC,
        DOWN,
        "Chiang Mai",
        "kruakhunyai@gmail.com",
        needs=[
            N("ผ้าจับหม้อ", "pot_holders"),
            N("ถุงมือพลาสติกใช้แล้วทิ้ง ใส่ทำอาหาร", "pe_disposable_gloves"),
        ],
    ),
    sme(
        "en",
        "Phuket Resort Group",
        AC,
        DOWN,
        "Phuket",
        "procure@phuketresorts.com",
        needs=[
            N(
                "Pot holders and oven gloves for villa kitchens, Fairtrade welcome but not required",
                "pot_holders",
                "oven_mitts",
                waive=("Fairtrade",),
            ),
            N("Gift tote bags in Thai handwoven cotton", "tote_bag"),
        ],
    ),
    sme(
        "th",
        "ร้านฮาร์ดแวร์ พงษ์ไพบูลย์",
        S,
        DOWN,
        "Songkhla",
        "pongpaiboon.hw@gmail.com",
        needs=[
            N("ถุงมือไนไตรล์เคลือบ กันน้ำมัน", "nitrile_coated_gloves"),
        ],
    ),
    sme(
        "en",
        "Lamphun Electronics Assembly",
        AC,
        DOWN,
        "Lamphun",
        "supply@lpelectronics.com",
        needs=[
            N("Thin white inspection gloves", "thin_white_gloves"),
            U("Cleanroom gloves ISO class 5", "no one makes cleanroom gloves", "cleanroom_gloves"),
        ],
    ),
    sme(
        "en",
        "PlaySafe Rubber Tiles",
        C,
        DOWN,
        "Pathumthani",
        "info@playsafetiles.com",
        needs=[N("Recycled rubber crumb for playground tiles", "rubber_crumb")],
        bcg=("circular",),
    ),
]

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

# ------------------------------------------------------------------ links

TARGET_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
CROSS_SHARE_MIN, CROSS_SHARE_MAX = 0.40, 0.60
THAI_SHARE_MIN, THAI_SHARE_MAX = 0.50, 0.60
UNMET_MIN, UNMET_MAX = 17, 23

ID_RE = re.compile(r"^bgl-\d{3}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_RE = re.compile("[A-Za-z]")


def with_ids(smes: list[Sme]) -> list[Sme]:
    return [Sme(**{**s.__dict__, "id": f"bgl-{n:03d}"}) for n, s in enumerate(smes, start=1)]


def held(s: Sme) -> frozenset[str]:
    return canonical_certifications(s.certs)


def suppliers_of(need: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    """Ids of the SMEs (other than the buyer) whose offers meet `need`."""
    return [
        s.id
        for s in smes
        if s.id != buyer.id and any(label in need.labels for _, label in s.offers) and set(need.requires) <= held(s)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {(sid, b.id) for b in smes for need in b.needs for sid in suppliers_of(need, b, smes)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks


def _names_cert(text: str, canonical: str) -> bool:
    """Whether `text` names the certification at all, negated or not."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name != canonical:
            continue
        words = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
        if any(unicodedata.normalize("NFKC", w).casefold() in folded for w in words):
            return True
        return any(
            re.search(unicodedata.normalize("NFKC", p), unicodedata.normalize("NFKC", text)) for p in cert.patterns
        )
    raise ValueError(f"unknown certification {canonical!r}")


def _script_ok(text: str, lang: str) -> bool:
    thai, latin = len(THAI_RE.findall(text)), len(LATIN_RE.findall(text))
    if lang == "en":
        return thai == 0 and latin > 0
    return thai > latin


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids) or not all(ID_RE.match(i) for i in ids):
        errors.append("ids not unique or not well formed")
    if len(smes) != TARGET_PROFILES:
        errors.append(f"{len(smes)} profiles, want {TARGET_PROFILES}")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    sub_clusters = {m.value for m in SubCluster}
    stages = {m.value for m in Stage}
    bcg_tags = {m.value for m in BcgTag}
    for s in smes:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in sub_clusters or s.stage not in stages:
            errors.append(f"{where}: sub-cluster or stage")
        if resolve_province(s.province) is None or THAI_RE.search(s.province):
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if any(resolve_certification(c) is None for c in s.certs):
            errors.append(f"{where}: certification {s.certs!r} does not resolve")
        if any(b not in bcg_tags for b in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        for phrase in (s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)):
            if not phrase.strip() or phrase != phrase.strip():
                errors.append(f"{where}: empty or padded phrase {phrase!r}")
            if not _script_ok(phrase, s.lang):
                errors.append(f"{where}: {phrase!r} is not written in {s.lang}")
        for need in s.needs:
            if not need.labels:
                errors.append(f"{where}: need {need.text!r} lists no label")
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: {cert!r} is not a canonical certification name")
                elif not _names_cert(need.text, cert):
                    errors.append(f"{where}: {need.text!r} does not name {cert}")
            for cert in need.requires:
                if cert not in find_certifications(need.text):
                    errors.append(f"{where}: {need.text!r} does not ask for {cert} in words the taxonomy reads")
            met_by = suppliers_of(need, s, smes)
            if need.unmet:
                if met_by:
                    errors.append(f"{where}: {need.text!r} is marked unmet but {met_by} meet it")
            else:
                for label in need.labels:
                    if not offered.get(label, set()) - {s.id}:
                        errors.append(f"{where}: label {label!r} of {need.text!r} is offered by no one else")
                if not met_by:
                    errors.append(f"{where}: {need.text!r} has no qualified supplier")
    if any(a == b for a, b in links):
        errors.append("a self link")
    n_links = len(links)
    if not LINKS_MIN <= n_links <= LINKS_MAX:
        errors.append(f"{n_links} links, want {LINKS_MIN}-{LINKS_MAX}")
    lang = {s.id: s.lang for s in smes}
    cross = sum(lang[a] != lang[b] for a, b in links)
    if n_links and not CROSS_SHARE_MIN <= cross / n_links <= CROSS_SHARE_MAX:
        errors.append(f"cross-language share {cross / n_links:.2f}")
    thai = sum(s.lang == "th" for s in smes)
    if not THAI_SHARE_MIN <= thai / len(smes) <= THAI_SHARE_MAX:
        errors.append(f"Thai share {thai / len(smes):.2f}")
    unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not UNMET_MIN <= unmet <= UNMET_MAX:
        errors.append(f"{unmet} unmet needs, want {UNMET_MIN}-{UNMET_MAX}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.lang
    return json.dumps(row, ensure_ascii=False)


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    provinces = {resolve_province(s.province).name_en for s in smes}  # type: ignore[union-attr]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.lang == 'th' for s in smes)} / {sum(s.lang == 'en' for s in smes)}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    for region in sorted(regions):
        rows.append((f"region {region}", str(regions[region])))
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met", str(sum(not n.unmet for _, n in needs))),
        ("needs met by no one", str(sum(bool(n.unmet) for _, n in needs))),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_gloves/`: a hand-labelled matching set about gloves

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles written as plain
registry entries (one short phrase per offer or need) about gloves: knitted cotton work gloves,
rubber-dotted, PU-, latex- and nitrile-coated gloves, latex and nitrile examination gloves, sterile
surgical gloves, cut-resistant, gardening and leather welding gloves, oven mitts and pot holders, glove
knitting machines and their parts, glove dipping and dot printing services, used gloves collected for
recycling, and the farms, rubber plantations, builders, hospitals, care homes, food factories, hotels and
hardware shops that buy them, plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the
cluster. About 55 % of the profiles are in Thai and the rest in English; about half of the true links
join a Thai profile with an English one. The wording is new: the same kind of goods is written in many
ways (local names, trade words, abbreviations, sizes, prices, minimum orders), and a need is worded
differently from the offers that meet it.

Hard but fair cases: a service versus the goods it works on (dipping or dot printing the customer's own
gloves, knitting from the customer's yarn, dyeing the customer's yarn or cloth, sewing the customer's
cloth, washing the customer's used gloves); used and washed second-hand gloves versus new ones; waste
gloves and cutting clips versus recycled yarn versus gloves knitted from it; fibre versus yarn versus
cloth versus product; finished goods described by their material or technique (a bag of handwoven
indigo cotton is a bag); powder-free versus powdered, latex versus latex-free; needs written as a wish,
a bare noun phrase or a question; refusals; needs that require a named certification (a supplier
without it does not meet them) and needs that name one only to waive it; and needs that no one in the
set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings: not the matcher, its
glossary, its tests or any other evaluation set. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`glove_dipping_service` versus `latex_coated_gloves`, `used_work_gloves` versus
`refurbished_work_gloves`). Every need lists the offer labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true
link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier's certifications hold every certification that need requires. An SME is never linked to itself.
Shared words play no part; quantities, prices and places never decide a link; what changes what the
thing is does. A waived certification is not required. The labels are not written to any output file.

Before writing, the script checks: ids unique and well formed; every contract field valid (enums,
provinces through `resolve_province`, certifications through `resolve_certification`, e-mail, language);
every label a met need lists is offered by someone other than the buyer; every met need has a qualified
supplier and every unmet one has none; a required or waived certification is named in the need's text;
Thai phrases are mostly Thai letters and English ones Latin only; and the size targets (95 profiles,
{links_min}-{links_max} links, 40-60 % of them across languages, 50-60 % Thai profiles, 17-23 unmet
needs). It writes nothing if a check fails. Two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_gloves/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {profiles} profiles in the contract's JSONL version 1, ids `bgl-001` to `bgl-095`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    smes = with_ids(SMES)
    links = true_links(smes)
    errors = check(smes, links)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    rows = counts(smes, links)
    profiles_text = "".join(profile_json(s) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    readme = README.format(profiles=len(smes), links_min=LINKS_MIN, links_max=LINKS_MAX, table=table(rows))
    (HERE / "profiles.jsonl").write_text(profiles_text, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="\n")
    (HERE / "README.md").write_text(readme, encoding="utf-8", newline="\n")
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
