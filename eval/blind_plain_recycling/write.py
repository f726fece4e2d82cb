"""Write the hand-labelled evaluation set `eval/blind_plain_recycling/`.

Theme: textile recycling (cutting waste, selvedge, used-garment collection and sorting, shredding to
shoddy fibre, recycled cotton and rPET yarn, recycled fabrics and tees, upcycling groups, brands and
hotels that buy) plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

Every offer is a (text, label) pair; every need lists the offer labels that meet it and the
certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is a true
link when some offer of the supplier carries a label one of the buyer's needs lists and the supplier
holds every certification that need requires. Labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_recycling/write.py

It checks the data and writes profiles.jsonl, links.csv and README.md next to itself; if any check
fails it prints the problems and writes nothing.
"""

from __future__ import annotations

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
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "brc"
TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AL_C = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AL_I = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # canonical names the text requires
    waived: tuple[str, ...] = ()  # canonical names the text names only to waive
    unmet: str = ""  # why no one in the set meets it; empty when someone does


@dataclass(frozen=True)
class Sme:
    num: int
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, certs: tuple[str, ...] = (), waive: tuple[str, ...] = (), unmet: str = "") -> Need:
    return Need(text, tuple(labels), certs, waive, unmet)


def nobody(text: str, note: str) -> Need:
    return Need(text, unmet=note)


def sme(
    num: int,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    language: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, name, sub_cluster, stage, province, language, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ data, part 1: waste, collection, recycled yarn

PART_1 = [
    sme(
        1,
        "บริษัท มหาชัยนิตติ้ง จำกัด",
        CIRC,
        MID,
        "Samut Sakhon",
        TH,
        "sales@mahachaiknit.co.th",
        [
            ("เศษผ้าคัตติ้งคอตตอน 100% แยกสีแล้ว กิโลละ 6 บาท", "cutting_waste_cotton"),
            ("รับเย็บเสื้อยืด คอกลม คอวี ขั้นต่ำ 500 ตัว", "cmt_sewing_service"),
            ("เสื้อยืดเปล่า ยังไม่สกรีน ส่งโรงสกรีน โหลละ 600", "blank_cotton_tshirt"),
        ],
        [
            need("ผ้ายืดคอตตอนหวี เบอร์ 32 หน้ากว้าง 36 นิ้ว", "cotton_knit_fabric"),
            need("ด้ายเย็บโพลีเอสเตอร์ สีขาว ดำ กรม", "sewing_thread"),
        ],
        certs=("ISO 9001",),
        bcg=(CIRCULAR,),
    ),
    sme(
        2,
        "ReLoop Collection Co., Ltd.",
        CIRC,
        UP,
        "Bangkok",
        EN,
        "hello@reloop.co.th",
        [
            ("Post-consumer clothing, unsorted, 45 kg bales", "used_garments_mixed"),
            ("Take-back bins and pick-up for fashion retailers", "takeback_service"),
        ],
        [
            need("Anyone grading collected garments by the tonne?", "sorting_service"),
            nobody("Second-hand vertical baler, 10-20 t press", "machinery; no machinery seller in the set"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        3,
        "ห้างหุ้นส่วนจำกัด สามพรานคัดผ้า",
        CIRC,
        UP,
        "Nakhon Pathom",
        TH,
        "sampran.sort@gmail.com",
        [
            ("รับจ้างคัดแยกเสื้อผ้าเก่าตามเกรดและชนิดผ้า", "sorting_service"),
            ("เสื้อผ้ามือสองคัดเกรด A แพ็คกระสอบ 100 กก.", "sorted_secondhand_clothing"),
            ("ยีนส์มือสองคัดเฉพาะยีนส์ ขายเป็นกิโล", "sorted_used_denim"),
        ],
        [need("ผ้าเบลยังไม่คัด จากญี่ปุ่น เกาหลี", "used_garments_mixed")],
        bcg=(CIRCULAR,),
    ),
    sme(
        4,
        "Bangplee Wiper Supply",
        CIRC,
        UP,
        "Samut Prakan",
        EN,
        "order@bangpleewiper.com",
        [
            ("White cotton wiping rags, cut 40x40 cm, 10 kg pack", "wiping_rags"),
            ("Coloured T-shirt rags for machine and oil wiping", "wiping_rags"),
        ],
        [
            need("Worn-out bed sheets and terry towels, stains OK", "used_linen"),
            need("Non-wearable cotton tees from sorters, by the bale", "sorted_cotton_feedstock"),
        ],
    ),
    sme(
        5,
        "โรงงานตีใยรีไซเคิล สาครไฟเบอร์",
        CIRC,
        UP,
        "Samut Sakhon",
        TH,
        "sakhonfiber@hotmail.com",
        [
            ("ใยฝ้ายรีไซเคิลตีจากเศษผ้าตัด สีเทาอ่อน ใยยาว 12-18 มม.", "recycled_cotton_fibre"),
            ("รับตีเศษผ้าของลูกค้าให้เป็นใย คิดค่าจ้างกิโลละ 8 บาท", "shredding_service"),
            ("ใยตีเปื่อยสำหรับยัดหมอน ยัดเบาะ", "recycled_fill_fibre"),
        ],
        [
            need("เศษผ้าฝ้ายจากโรงงานตัดเย็บ ไม่ปนโพลี", "cutting_waste_cotton"),
            need("ผ้าริม ขอบผ้า ม้วนเป็นก้อน", "selvedge_waste"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        6,
        "EastCycle Polyester Fibre Co.",
        CIRC,
        UP,
        "Chonburi",
        EN,
        "sales@eastcycle.co.th",
        [
            ("rPET staple fibre 1.4D x 38 mm, semi-dull, for spinning", "recycled_polyester_fibre"),
            ("Hollow conjugated fibre from bottles, pillow and quilt fill", "recycled_fill_fibre"),
        ],
        [need("Hot-washed clear PET flakes, PVC under 50 ppm", "pet_bottle_flakes")],
        certs=("GRS certified", "ISO 14001:2015"),
        bcg=(CIRCULAR,),
    ),
    sme(
        7,
        "ร้านรับซื้อของเก่า วงษ์พาณิชย์ ระยอง",
        CIRC,
        UP,
        "Rayong",
        TH,
        "wongpanich.ry@gmail.com",
        [
            ("ขวดน้ำดื่มพลาสติกใส อัดก้อน ตันละ 9,000", "used_pet_bottles"),
            ("เกล็ดขวดเพ็ท บดล้างแล้ว สีใส สีฟ้า", "pet_bottle_flakes"),
        ],
        [nobody("เครื่องบดพลาสติกมือสอง ใบมีดใหม่", "machinery; no machinery seller in the set")],
        bcg=(CIRCULAR,),
    ),
    sme(
        8,
        "Siam rYarn Spinning Co., Ltd.",
        CIRC,
        UP,
        "Samut Prakan",
        EN,
        "yarn@siamryarn.com",
        [
            ("Recycled cotton OE yarn Ne 10/1, 12/1, grey melange", "recycled_cotton_yarn"),
            ("rCotton/rPET 60/40 blended yarn Ne 20/1", "recycled_blend_yarn"),
        ],
        [
            need("Garnetted cotton from pre-consumer clippings, 10 t/month", "recycled_cotton_fibre"),
            need("Bottle-grade PSF 1.2-1.5 denier for OE blending", "recycled_polyester_fibre"),
        ],
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=(CIRCULAR,),
    ),
    sme(
        9,
        "บริษัท ไทยรีเท็กซ์ ยาร์น จำกัด",
        CIRC,
        UP,
        "Pathum Thani",
        TH,
        "info@thairetex.co.th",
        [("เส้นด้ายรีไซเคิลจากขวด PET 75D/72F DTY สีขาว", "rpet_yarn"), ("ด้ายรีไซเคิล 150D/48F สีดำ ย้อมในเนื้อเส้น", "rpet_yarn")],
        [need("เม็ดพลาสติกรีไซเคิล หรือเกล็ดขวดใสล้างร้อน", "pet_bottle_flakes")],
        certs=("มาตรฐานรีไซเคิลสากล",),
        bcg=(CIRCULAR,),
    ),
    sme(
        10,
        "GreenLoop Knitting Co.",
        CIRC,
        MID,
        "Nakhon Pathom",
        EN,
        "knit@greenloop.co.th",
        [
            ("rPET single jersey 150 gsm, PFD or dyed to order", "rpet_knit_fabric"),
            ("Jersey knitted from recycled cotton OE yarn, 180 gsm", "recycled_cotton_knit_fabric"),
        ],
        [
            need("Recycled polyester filament, 75D or 150D, for circular knitting", "rpet_yarn"),
            need("GRS-certified reclaimed cotton yarn, Ne 16 or coarser", "recycled_cotton_yarn", certs=("GRS",)),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        11,
        "โรงย้อมสาครเท็กซ์ไทล์",
        CIRC,
        MID,
        "Samut Sakhon",
        TH,
        "dye@sakhontextile.co.th",
        [
            ("รับย้อมผ้าผืน ผ้ายืด ผ้าทอ สีรีแอคทีฟ ขั้นต่ำ 200 กก.", "fabric_dyeing_service"),
            ("รับย้อมด้ายเป็นหลอด ย้อมโคน", "yarn_dyeing_service"),
        ],
        [nobody("สีย้อมรีแอคทีฟและสารช่วยย้อม ขายส่ง", "dyestuff; no dye or chemical seller in the set")],
        certs=("Oeko-Tex 100", "ISO 14001"),
    ),
    sme(
        12,
        "Second Chapter Thrift",
        CIRC,
        DOWN,
        "Bangkok",
        EN,
        "shop@secondchapter.co",
        [("Second-hand and vintage clothing, retail and online", "secondhand_retail")],
        [need("Grade A used clothes by the sack, sorted, wearable", "sorted_secondhand_clothing")],
        bcg=(CIRCULAR,),
    ),
    sme(
        13,
        "กลุ่มอัพไซเคิลบ้านแม่ริม",
        CIRC,
        DOWN,
        "Chiang Mai",
        TH,
        "maerim.upcycle@gmail.com",
        [("กระเป๋าผ้าปะติดจากเศษผ้า ทำมือ ใบละ 250", "upcycled_bags"), ("พรมเช็ดเท้าถักจากเศษผ้ายืด", "rag_rugs")],
        [
            need("เศษผ้าชิ้นใหญ่ หลายสี ไม่ต้องคัด", "cutting_waste_cotton", "cutting_waste_synthetic"),
            need("ผ้าหัวม้วน ผ้าค้างสต็อก ขายเหมาราคาถูก", "deadstock_fabric"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        14,
        "Circa Tee Co.",
        CIRC,
        DOWN,
        "Bangkok",
        EN,
        "team@circatee.com",
        [
            ("Recycled cotton crew-neck tees, unisex S-XXL", "recycled_tshirt"),
            ("Event shirts in rCotton/rPET, MOQ 100, custom print", "recycled_tshirt"),
        ],
        [
            need("Knitted fabric of reclaimed cotton, 160-200 gsm", "recycled_cotton_knit_fabric"),
            need("CMT sewing of our own fabric into tees", "cmt_sewing_service"),
            need("Water-based screen print on finished garments", "screen_printing_service"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        15,
        "ร้านสกรีนบางพลัด",
        CIRC,
        MID,
        "Bangkok",
        TH,
        "bangphlatscreen@gmail.com",
        [
            ("รับสกรีนเสื้อ สีน้ำ สีจม พลาสติซอล ไม่มีขั้นต่ำ", "screen_printing_service"),
            ("รับปักชื่อ ปักโลโก้ บนเสื้อ หมวก กระเป๋า", "embroidery_service"),
        ],
        [
            need("เสื้อยืดเปล่า คอตตอน 100% ขาว ดำ ยกโหล", "blank_cotton_tshirt"),
            need("เสื้อยืดรีไซเคิลเปล่า ยังไม่สกรีน", "recycled_tshirt"),
        ],
    ),
    sme(
        16,
        "ศูนย์รับคืนผ้าอีสาน",
        CIRC,
        UP,
        "Khon Kaen",
        TH,
        "recovery.isan@gmail.com",
        [
            ("เสื้อผ้าเก่าจากวัด โรงเรียน คละกัน ขายเป็นตัน", "used_garments_mixed"),
            ("ผ้าฝ้ายขาวคัดแล้ว ไม่มีลายสกรีน ไม่มีซิป", "sorted_cotton_feedstock"),
        ],
        [nobody("รถหกล้อพร้อมคนขับ วิ่งเดือนละครั้ง", "transport, not a textile offer")],
        bcg=(CIRCULAR,),
    ),
    sme(
        17,
        "ร้านผ้าโกดัง หาดใหญ่",
        CIRC,
        DOWN,
        "Songkhla",
        TH,
        "pakodang.hy@gmail.com",
        [("เสื้อผ้ามือสองเกาหลี ญี่ปุ่น ขายปลีกเป็นตัว", "secondhand_retail")],
        [need("กระสอบผ้ามือสองคัดแล้ว เกรดเอ", "sorted_secondhand_clothing")],
    ),
    sme(
        18,
        "Riverside Heritage Hotel",
        AL_C,
        DOWN,
        "Bangkok",
        EN,
        "purchasing@riversideheritage.com",
        [("Retired bath towels and bed sheets, about 300 kg a month", "used_linen")],
        [
            need("Bath towels 70x140 cm, 550 gsm, white", "towels"),
            need("Housekeeping uniforms, easy-care poly-cotton", "staff_uniform"),
            need("Guest amenity pouches from upcycled fabric", "upcycled_pouches"),
        ],
        certs=("ISO 14001",),
        bcg=(GREEN,),
    ),
    sme(
        19,
        "โรงแรมสายลม พัทยา",
        AL_C,
        DOWN,
        "Chonburi",
        TH,
        "purchase@sailom-pattaya.com",
        [("ผ้าปูที่นอน ผ้าขนหนูเก่าปลดระวาง ขายเหมาทุกไตรมาส", "used_linen")],
        [
            need("ผ้าเช็ดตัวสีขาว 27x54 นิ้ว เกรดโรงแรม", "towels"),
            need("ชุดยูนิฟอร์มแม่บ้าน พนักงานต้อนรับ", "staff_uniform"),
            need("ชุดผ้าปูเตียง ปลอกหมอน ผ้าฝ้าย 250 เส้นด้าย", "bed_linen"),
        ],
    ),
    sme(
        20,
        "Nonthaburi Linen Works",
        AL_C,
        MID,
        "Nonthaburi",
        EN,
        "sales@ntblinen.co.th",
        [
            ("Terry bath towels, 100% cotton, 500-600 gsm", "towels"),
            ("Percale flat sheets and pillowcases, T250", "bed_linen"),
        ],
        [need("Commission dyeing of our greige towels, 1 t per batch", "fabric_dyeing_service")],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        21,
        "ยูนิฟอร์มนครปฐม",
        AL_C,
        DOWN,
        "Nakhon Pathom",
        TH,
        "uniform.npt@gmail.com",
        [("ตัดชุดยูนิฟอร์มพนักงาน โรงแรม ร้านอาหาร", "staff_uniform"), ("ชุดคนไข้ เสื้อผ่าหน้า ผูกเชือกข้าง", "patient_gown")],
        [
            need("ผ้าโทเร ผ้า TC สีพื้น ขายเป็นพับ", "tc_woven_fabric"),
            need("ผ้าทอจากด้ายรีไซเคิล สำหรับเสื้อกั๊กพนักงาน", "recycled_canvas", "recycled_handwoven_fabric"),
        ],
    ),
    sme(
        22,
        "Phahurat Fabric Trading",
        CIRC,
        MID,
        "Bangkok",
        EN,
        "phahurat.fabric@gmail.com",
        [
            ("TC 65/35 poplin and twill, 58 in, full rolls", "tc_woven_fabric"),
            ("Overstock roll ends, mixed lots, sold by kg", "deadstock_fabric"),
        ],
        [],
    ),
    sme(
        23,
        "โรงทอโพธาราม",
        CIRC,
        MID,
        "Ratchaburi",
        TH,
        "photharam.weaving@gmail.com",
        [
            ("ผ้าแคนวาสทอจากด้ายรีไซเคิล rCotton/rPET หน้า 60 นิ้ว", "recycled_canvas"),
            ("ผ้าแคนวาสฝ้ายดิบ 10 ออนซ์ ยังไม่ฟอก", "cotton_canvas"),
        ],
        [
            need("ด้ายผสมฝ้ายรีไซเคิลกับโพลีเอสเตอร์รีไซเคิล เบอร์ 20", "recycled_blend_yarn"),
            need("ด้าย OE ฝ้ายรีไซเคิล เบอร์ 10 ถึง 12", "recycled_cotton_yarn"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        24,
        "BagWise Eco Bags",
        CIRC,
        DOWN,
        "Bangkok",
        EN,
        "hello@bagwise.co.th",
        [
            ("Canvas tote bags with logo print, MOQ 300", "tote_bag"),
            ("Drawstring bags sewn from rPET fabric", "tote_bag"),
            ("Cut-and-sew of bags from your own fabric, 100 pcs up", "bag_sewing_service"),
        ],
        [
            need("Recycled canvas for bags, 10-12 oz, GRS not required", "recycled_canvas", waive=("GRS",)),
            nobody("Cotton webbing 25 mm for bag handles", "no webbing or narrow-fabric maker in the set"),
        ],
    ),
    sme(
        25,
        "กลุ่มแม่บ้านผ้าเหลือใช้ สันกำแพง",
        CIRC,
        DOWN,
        "Chiang Mai",
        TH,
        "sankamphaeng.craft@gmail.com",
        [("กระเป๋าใส่เหรียญ ซองใส่แปรงสีฟัน จากเศษผ้า", "upcycled_pouches"), ("ผ้าปะติด แพทช์เวิร์ค ขายเป็นผืน", "patchwork_fabric")],
        [need("เศษผ้าฝ้าย ริมผ้า ชิ้นเล็กก็เอา", "selvedge_waste", "cutting_waste_cotton")],
        bcg=(CIRCULAR,),
    ),
]

# ------------------------------------------------------------------ data, part 2: natural fibre, dyeing, care, sportech

PART_2 = [
    sme(
        26,
        "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำริน",
        HEMP,
        UP,
        "Chiang Rai",
        TH,
        "hemp.huainamrin@gmail.com",
        [("เส้นใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre"), ("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn")],
        [nobody("ขี้ผึ้งเขียนเทียน สำหรับผ้าม้ง", "no wax supplier in the set")],
        bcg=(BIO,),
    ),
    sme(
        27,
        "Doi Hemp Weaving Studio",
        HEMP,
        MID,
        "Chiang Mai",
        EN,
        "studio@doihemp.com",
        [
            ("Handwoven hemp cloth, natural, 40 cm wide", "hemp_fabric"),
            ("Hemp-cotton blend fabric, plain weave, 110 cm", "hemp_fabric"),
        ],
        [
            need("Hand-stripped hemp bast, sun-dried", "hemp_fibre"),
            need("Hmong hand-spun hemp thread, undyed", "hemp_yarn"),
        ],
        bcg=(BIO,),
    ),
    sme(
        28,
        "หม้อห้อมป้าเจียม",
        HEMP,
        MID,
        "Phrae",
        TH,
        "mauhomjiam@gmail.com",
        [("ผ้าหม้อห้อมเป็นเมตร ผ้าฝ้ายย้อมห้อมแท้", "indigo_dyed_cotton_fabric"), ("เสื้อหม้อห้อม คอจีน ผ่าหน้า", "cotton_shirt")],
        [need("ผ้าฝ้ายทอมือ สีขาวตุ่น ยังไม่ย้อม", "undyed_handwoven_cotton"), need("ห้อมเปียก สำหรับก่อหม้อย้อม", "indigo_paste")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        29,
        "รับย้อมห้อม บ้านทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        TH,
        "tunghong.dye@gmail.com",
        [("รับย้อมห้อมผ้าของลูกค้า เสื้อ กางเกง ผ้าผืน", "indigo_dyeing_service"), ("เนื้อห้อมหมักเอง ถุงละ 5 กก.", "indigo_paste")],
        [need("ผ้าดิบโรงงาน สำหรับย้อมขาย", "greige_cotton_cloth")],
    ),
    sme(
        30,
        "กลุ่มครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        TH,
        "donkoi.indigo@gmail.com",
        [
            ("ครามเปียก คุณภาพดี กก.ละ 250 บาท", "indigo_paste"),
            ("ผ้าฝ้ายทอมือย้อมคราม ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
        ],
        [
            need("ด้ายฝ้ายปั่นมือ เส้นเล็ก ยังไม่ย้อม", "handspun_cotton_yarn"),
        ],
        certs=("OTOP", "เกษตรอินทรีย์"),
        bcg=(BIO,),
    ),
    sme(
        31,
        "Loei Native Cotton Cooperative",
        HEMP,
        UP,
        "Loei",
        EN,
        "coop@loeicotton.org",
        [
            ("Seed cotton and hand-ginned lint, native Thai variety", "raw_cotton"),
            ("Hand-spun cotton yarn, natural white and khaki brown", "handspun_cotton_yarn"),
            ("Plain loom-state handwoven cotton, natural white", "undyed_handwoven_cotton"),
        ],
        [],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        32,
        "ไร่ฝ้ายอินทรีย์เมืองน่าน",
        HEMP,
        UP,
        "Nan",
        TH,
        "nanorganiccotton@gmail.com",
        [("ด้ายฝ้ายอินทรีย์ ปั่นเครื่อง เบอร์ 20/2", "organic_cotton_yarn"), ("ฝ้ายปลอดสาร เมล็ดพันธุ์พื้นเมือง ขายเป็นปุย", "raw_cotton")],
        [need("รับย้อมเส้นด้ายด้วยสีจากธรรมชาติ", "natural_dyeing_service")],
        certs=("ออร์แกนิกไทยแลนด์",),
        bcg=(BIO,),
    ),
    sme(
        33,
        "Lanna Natural Dye House",
        HEMP,
        MID,
        "Chiang Mai",
        EN,
        "dye@lannanatural.com",
        [
            ("Natural dyeing of your yarn or fabric: indigo, lac, ebony", "natural_dyeing_service"),
            ("Dried dye plants: lac, annatto, marigold, by kg", "natural_dye_material"),
        ],
        [
            need("Loom-state handwoven cotton for dye classes", "undyed_handwoven_cotton"),
            nobody("Banana-fibre yarn for a new line", "no banana fibre in the set"),
        ],
    ),
    sme(
        34,
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        HEMP,
        MID,
        "Surin",
        TH,
        "thasawang.silk@gmail.com",
        [("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "silk_fabric"), ("รับทอผ้าตามแบบ ใช้เส้นไหมของลูกค้า", "commission_weaving_service")],
        [need("ไหมน้อย ไหมพื้นบ้านสาวมือ", "silk_yarn")],
        certs=("Peacock Emblem", "OTOP"),
    ),
    sme(
        35,
        "Chonnabot Silk Reeling Group",
        HEMP,
        UP,
        "Khon Kaen",
        EN,
        "chonnabot.silk@gmail.com",
        [("Hand-reeled Thai native silk, yellow cocoon", "silk_yarn")],
        [nobody("Mulberry saplings, Buriram 60 variety", "no nursery in the set")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        36,
        "ครามสกล ช็อป",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        TH,
        "kramsakon.shop@gmail.com",
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "handwoven_bag"), ("ผ้าพันคอฝ้ายทอมือ มัดย้อมคราม", "handwoven_scarf")],
        [
            need("ผ้าย้อมครามเป็นผืน ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric"),
            need("ช่างเย็บรับจ้าง เย็บกระเป๋าจากผ้าที่เราส่งให้", "bag_sewing_service"),
        ],
        certs=("OTOP",),
    ),
    sme(
        37,
        "Slow Folk Store",
        HEMP,
        DOWN,
        "Bangkok",
        EN,
        "buy@slowfolk.co",
        [("Consignment shelf space for Thai craft brands", "retail_consignment")],
        [
            need("Handwoven indigo bags, small batches", "handwoven_bag"),
            need("Handwoven scarves or shawls, natural fibres", "handwoven_scarf"),
            need("Upcycled accessories from fabric scraps", "upcycled_accessories", "upcycled_pouches"),
        ],
    ),
    sme(
        38,
        "บ้านพักผู้สูงอายุสุขใจ ขอนแก่น",
        AL_I,
        DOWN,
        "Khon Kaen",
        TH,
        "sukjai.care@gmail.com",
        [],
        [
            need("ชุดผู้สูงอายุ เปิดหน้า ใส่ง่าย ผ้าฝ้าย", "elderly_adaptive_clothing"),
            need("ผ้ารองกันเปื้อนซักได้ สำหรับเตียงผู้ป่วย", "washable_underpad"),
            need("ผ้าขะม้าฝ้าย ไว้ใช้เช็ดตัวหลังอาบน้ำ", "loincloth"),
        ],
    ),
    sme(
        39,
        "Roi Et Care Wear",
        AL_I,
        MID,
        "Roi Et",
        EN,
        "carewear.roiet@gmail.com",
        [
            ("Adaptive clothing for seniors: Velcro front, side zips", "elderly_adaptive_clothing"),
            ("Washable bed underpads, 4-layer, 90x90 cm", "washable_underpad"),
        ],
        [
            need(
                "Soft combed-cotton jersey for sleepwear, no OEKO-TEX needed",
                "cotton_knit_fabric",
                waive=("OEKO-TEX Standard 100",),
            ),
            need("Waterproof PU or TPU coated backing fabric", "tpu_laminate"),
            need("Antimicrobial finish applied to our fabric", "functional_finishing_service"),
        ],
        certs=("Thai FDA", "ISO 13485"),
    ),
    sme(
        40,
        "โรงพยาบาลราชธานีเวชการ",
        AL_I,
        DOWN,
        "Ubon Ratchathani",
        TH,
        "purchase@ratchathanihospital.com",
        [("ผ้าปูเตียงผู้ป่วย ผ้าห่ม ปลดระวาง", "used_linen")],
        [
            need("ชุดผู้ป่วย ผ้าคอตตอน ผูกเชือก", "patient_gown"),
            need("แผ่นรองซับซักได้ ต้องมีเลข อย.", "washable_underpad", certs=("Thai FDA",)),
        ],
    ),
    sme(
        41,
        "AquaTex Laminates Co.",
        SPORT,
        MID,
        "Samut Prakan",
        EN,
        "sales@aquatex.co.th",
        [
            ("TPU laminated polyester knit, waterproof breathable", "tpu_laminate"),
            ("3D spacer mesh for shoes and back pads", "spacer_mesh"),
        ],
        [need("GRS recycled poly jersey as face fabric", "rpet_knit_fabric", certs=("GRS",))],
        certs=("bluesign", "ISO 9001"),
    ),
    sme(
        42,
        "บริษัท สปอร์ตรีไซเคิล จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        TH,
        "sport.recycle@gmail.com",
        [
            ("เสื้อกีฬาจากขวดพลาสติก พิมพ์ลายซับลิเมชั่น", "rpet_sports_jersey"),
            ("เสื้อวิ่งผ้ารีไซเคิล สั่งทำทีม ขั้นต่ำ 50 ตัว", "rpet_sports_jersey"),
        ],
        [
            need("ผ้ากีฬารีไซเคิลจากขวด ต้องมีใบ GRS", "rpet_knit_fabric", certs=("GRS",)),
            need("รับพิมพ์ลายลงผ้าโพลีแบบซับลิเมชั่น", "sublimation_printing_service"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        43,
        "SubliPro Printing",
        SPORT,
        MID,
        "Samut Sakhon",
        EN,
        "print@sublipro.co.th",
        [
            ("Roll-to-roll sublimation printing on polyester", "sublimation_printing_service"),
            ("Heat transfer labels and logos", "heat_transfer_label"),
        ],
        [need("White poly knit for dye-sub, recycled is a plus", "rpet_knit_fabric", "polyester_knit_fabric")],
    ),
    sme(
        44,
        "บริษัท ไทยโพลีฟิลาเมนต์ จำกัด",
        SPORT,
        UP,
        "Chonburi",
        TH,
        "sales@thaipolyfilament.co.th",
        [
            ("ด้ายโพลีเอสเตอร์ DTY 150D/48F ใยใหม่", "polyester_yarn"),
            ("ด้ายเย็บผ้าโพลี 40/2 หลอดละ 5000 เมตร", "sewing_thread"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        45,
        "Sport Knit Thai Co.",
        SPORT,
        MID,
        "Nakhon Pathom",
        EN,
        "knit@sportknit.co.th",
        [
            ("Dri-fit style poly interlock and birdeye mesh", "polyester_knit_fabric"),
            ("Cotton single jersey 32s combed, 36 in tube", "cotton_knit_fabric"),
        ],
        [need("Poly DTY 75D-150D, virgin or recycled", "polyester_yarn", "rpet_yarn")],
    ),
    sme(
        46,
        "หาดใหญ่สปอร์ตซัพพลาย",
        SPORT,
        DOWN,
        "Songkhla",
        TH,
        "hatyaisport@gmail.com",
        [("รับฝากขายสินค้ากีฬาในร้าน 3 สาขา", "sports_retail_consignment")],
        [need("อยากได้ชุดบอลผ้ารีไซเคิล พิมพ์ชื่อทีม", "rpet_sports_jersey")],
    ),
    sme(
        47,
        "Andaman Boardwear",
        SPORT,
        DOWN,
        "Phuket",
        EN,
        "hello@andamanboard.com",
        [("Rash guards and boardshorts, made in Phuket", "swimwear")],
        [
            nobody("Regenerated nylon (ECONYL-type) swim fabric", "no regenerated nylon maker in the set"),
            need("rPET knit with spandex for swimwear, GRS certified", "rpet_knit_fabric", certs=("GRS",)),
            need("Heat-applied logos for boardshorts", "heat_transfer_label"),
        ],
    ),
    sme(
        48,
        "กลุ่มเก็บอวนเก่า ปัตตานี",
        SPORT,
        UP,
        "Pattani",
        TH,
        "pattaninet@gmail.com",
        [("อวนไนลอนเก่า ล้างแล้ว อัดก้อน", "used_fishing_nets")],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        49,
        "Thai Sportech Lab",
        SPORT,
        MID,
        "Bangkok",
        EN,
        "lab@thaisportech.com",
        [
            ("Antibacterial and wicking finish on your fabric", "functional_finishing_service"),
            ("Lab testing: pilling, colourfastness", "textile_testing_service"),
        ],
        [],
    ),
    sme(
        50,
        "สปาสุขภาพบ้านสมุนไพร",
        AL_C,
        DOWN,
        "Bangkok",
        TH,
        "baansamunprai.spa@gmail.com",
        [],
        [need("ผ้าขนหนูสปา ผืนเล็ก สีน้ำตาล", "towels"), need("ผ้าดิบห่อลูกประคบ ตัดเป็นผืน", "greige_cotton_cloth")],
    ),
]

# ------------------------------------------------------------------ data, part 3: care, upcycling, weaving, south

PART_3 = [
    sme(
        51,
        "Golden Years Day Centre",
        AL_C,
        DOWN,
        "Nonthaburi",
        EN,
        "care@goldenyears.co.th",
        [],
        [
            need("Easy-dress clothing for residents with limited mobility", "elderly_adaptive_clothing"),
            need("Seat cushions with washable covers", "seat_cushion"),
            nobody("Graduated compression stockings", "no hosiery maker in the set"),
        ],
    ),
    sme(
        52,
        "หมอนอยุธยา",
        AL_C,
        MID,
        "Phra Nakhon Si Ayutthaya",
        TH,
        "pillow.ayutthaya@gmail.com",
        [("หมอนหนุน หมอนอิง ใยสังเคราะห์ ซักได้", "pillow"), ("เบาะรองนั่งกันแผลกดทับ สำหรับผู้สูงอายุ", "seat_cushion")],
        [
            need("ใยยัดหมอนรีไซเคิล จากขวดหรือเศษผ้า ไม่จำเป็นต้องมี GRS", "recycled_fill_fibre", waive=("GRS",)),
            need("ผ้าทำปลอกหมอน ผ้าค้างสต็อกก็ได้", "deadstock_fabric", "tc_woven_fabric"),
        ],
    ),
    sme(
        53,
        "ร้านเศษด้ายอ้อมน้อย",
        CIRC,
        UP,
        "Samut Sakhon",
        TH,
        "omnoiyarn@gmail.com",
        [("เศษด้ายโรงปั่น ด้ายฟุ้ง ขายเหมากระสอบ", "yarn_waste"), ("ด้ายเหลือหลอด ค้างสต็อก คละสี กิโลละ 40", "deadstock_yarn")],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        54,
        "Lamphun Nonwovens",
        CIRC,
        MID,
        "Lamphun",
        EN,
        "felt@lamphunnonwovens.com",
        [
            ("Needle-punched felt from recycled fibre, 300-1000 gsm", "recycled_felt"),
            ("Acoustic wall panels made from recycled felt", "acoustic_panel"),
        ],
        [
            need(
                "Recycled fibre for felt: shoddy, garnetted waste or rPET staple?",
                "recycled_cotton_fibre",
                "recycled_polyester_fibre",
            )
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        55,
        "พรมเศษผ้าบางบัวทอง",
        CIRC,
        DOWN,
        "Nonthaburi",
        TH,
        "bbtmat@gmail.com",
        [("พรมเช็ดเท้าเศษผ้า ขายส่ง โหลละ 180", "rag_rugs"), ("พรมทอจากผ้าริม ลายทาง", "rag_rugs")],
        [need("ขอบผ้ายืด ขายเป็นกิโล", "selvedge_waste"), need("เศษผ้ายืดโพลี สีสด", "cutting_waste_synthetic")],
        bcg=(CIRCULAR,),
    ),
    sme(
        56,
        "Eastern Apparel Industries",
        CIRC,
        MID,
        "Chachoengsao",
        EN,
        "sustain@easternapparel.co.th",
        [
            ("Post-industrial poly/spandex cutting waste, sorted by colour", "cutting_waste_synthetic"),
            ("Knit selvage strips, 5 t per month", "selvedge_waste"),
            ("Cotton clippings from the cutting room, white and navy", "cutting_waste_cotton"),
        ],
        [
            need("Toll recycling of our offcuts into fibre, GRS processor only", "shredding_service", certs=("GRS",)),
            need("GRS recycled polyester jersey for export programmes", "rpet_knit_fabric", certs=("GRS",)),
            nobody("Chemical recycling of poly-cotton blend waste", "only mechanical shredding in the set"),
        ],
        certs=("GRS", "ISO 14001", "SA8000"),
        bcg=(CIRCULAR,),
    ),
    sme(
        57,
        "ร้านชุดนักเรียนโคราช",
        CIRC,
        DOWN,
        "Nakhon Ratchasima",
        TH,
        "korat.uniform@gmail.com",
        [("ชุดนักเรียน ชุดพละ ขายส่งร้านค้า", "school_uniform")],
        [
            need("ผ้าโทเรขาว สำหรับเสื้อนักเรียน", "tc_woven_fabric"),
            nobody("กระดุมจากวัสดุรีไซเคิล", "no button maker in the set"),
        ],
    ),
    sme(
        58,
        "ReWork Studio",
        CIRC,
        MID,
        "Bangkok",
        EN,
        "studio@rework.co.th",
        [
            ("Upcycling service: your old uniforms remade into bags", "upcycling_service"),
            ("Laptop sleeves cut from old jeans", "upcycled_bags"),
        ],
        [
            need("Used jeans only, sorted denim, by kg", "sorted_used_denim"),
            nobody("Pineapple leaf fibre fabric", "no pineapple fibre in the set"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        59,
        "Ao Nang Eco Resort",
        AL_C,
        DOWN,
        "Krabi",
        EN,
        "green@aonangeco.com",
        [],
        [
            need("Remake our retired uniforms into laundry bags", "upcycling_service"),
            need("Striped pool towels 75x150", "towels"),
        ],
        bcg=(GREEN,),
    ),
    sme(
        60,
        "กลุ่มทอผ้าขาวม้าบ้านนาข่า",
        AL_I,
        MID,
        "Udon Thani",
        TH,
        "nakha.weaving@gmail.com",
        [("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 120", "loincloth"), ("ผ้าฝ้ายทอมือ ลายขิด ขายเป็นเมตร", "khit_cotton_fabric")],
        [
            need("ด้ายฝ้ายโรงงาน เบอร์ 20 ย้อมสีแล้ว", "dyed_cotton_yarn"),
            need("ด้ายรีไซเคิล อยากลองทอผ้าขาวม้ารักษ์โลก", "recycled_cotton_yarn", "recycled_blend_yarn"),
        ],
        certs=("OTOP",),
    ),
    sme(
        61,
        "ร้านด้ายสารคาม",
        AL_I,
        UP,
        "Maha Sarakham",
        TH,
        "yarn.sarakham@gmail.com",
        [("ด้ายฝ้ายย้อมสี 20/2 มี 60 สี ลูกละกิโล", "dyed_cotton_yarn"), ("ด้ายเศษหลอด คละสี ขายกิโลถูก", "deadstock_yarn")],
        [need("หาที่รับย้อมด้ายดิบของเราเป็นโคน", "yarn_dyeing_service")],
    ),
    sme(
        62,
        "กลุ่มผ้าไหมแพรวาบ้านโพน",
        AL_I,
        MID,
        "Kalasin",
        TH,
        "praewa.banphon@gmail.com",
        [("ผ้าไหมแพรวา ลายโบราณ", "silk_fabric"), ("ผ้าสไบไหมแพรวา", "handwoven_scarf")],
        [need("เส้นไหมไทยพื้นบ้าน ไหมเหลือง", "silk_yarn"), need("ครั่ง ดอกดาวเรือง แห้ง สำหรับย้อม", "natural_dye_material")],
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
    ),
    sme(
        63,
        "Isan Senior Living",
        AL_I,
        DOWN,
        "Khon Kaen",
        EN,
        "procurement@isanseniorliving.com",
        [],
        [
            need("Bed sheets for care beds, OEKO-TEX not required", "bed_linen", waive=("OEKO-TEX Standard 100",)),
            need("Washable incontinence pads", "washable_underpad"),
        ],
    ),
    sme(
        64,
        "โรงงานเย็บผ้าชัยภูมิการ์เมนท์",
        AL_I,
        MID,
        "Chaiyaphum",
        TH,
        "cpm.garment@gmail.com",
        [("รับตัดเย็บเสื้อผ้าตามสั่ง ผ้าของลูกค้า", "cmt_sewing_service"), ("ชุดผู้ป่วย ชุดคนไข้ ส่งโรงพยาบาล", "patient_gown")],
        [need("ผ้ายืดคอตตอนหวีนุ่มๆ ทำชุดนอนผู้สูงอายุ", "cotton_knit_fabric")],
    ),
    sme(
        65,
        "ธนาคารผ้าชุมชน สุราษฎร์ธานี",
        CIRC,
        UP,
        "Surat Thani",
        TH,
        "suratclothbank@gmail.com",
        [("เสื้อผ้าบริจาคจากชุมชน คละทุกชนิด", "used_garments_mixed")],
        [need("ใครรับคัดแยกผ้าตามเกรด ตามสี บ้าง", "sorting_service")],
        bcg=(CIRCULAR,),
    ),
    sme(
        66,
        "Patchwork Kin",
        CIRC,
        DOWN,
        "Bangkok",
        EN,
        "kin@patchworkkin.com",
        [
            ("Patchwork tote bags from scraps", "upcycled_bags"),
            ("Scrap-fabric earrings and hair ties", "upcycled_accessories"),
        ],
        [
            need("Pieced patchwork yardage", "patchwork_fabric"),
            need("Roll ends and old stock fabric", "deadstock_fabric"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        67,
        "ผ้าทอรีไซเคิลแม่แจ่ม",
        CIRC,
        MID,
        "Chiang Mai",
        TH,
        "maechaem.recycle@gmail.com",
        [("ผ้าทอมือจากด้ายรีไซเคิล สีเทาหม่น", "recycled_handwoven_fabric")],
        [need("ด้ายฝ้ายรีไซเคิล เส้นใหญ่", "recycled_cotton_yarn")],
        bcg=(CIRCULAR,),
    ),
    sme(
        68,
        "Hemp & Hill Clothing",
        HEMP,
        DOWN,
        "Chiang Mai",
        EN,
        "shop@hempandhill.com",
        [("Hemp shirts and wide-leg trousers", "hemp_garment")],
        [
            need(
                "Hemp fabric, GOTS certified",
                "hemp_fabric",
                certs=("GOTS",),
                unmet="the hemp weavers in the set hold no GOTS",
            ),
            need(
                "Plant-dyeing of our cut hemp pieces, no synthetic dye",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
        bcg=(BIO,),
    ),
    sme(
        69,
        "กลุ่มทอผ้ากะเหรี่ยงท่าสองยาง",
        HEMP,
        UP,
        "Tak",
        TH,
        "thasongyang.karen@gmail.com",
        [
            ("ฝ้ายเข็นมือ สีตุ่นธรรมชาติ เข็นด้วยหลา", "handspun_cotton_yarn"),
            ("ผ้าทอกี่เอวกะเหรี่ยง สีขาวดิบ ไม่ฟอกไม่ย้อม", "undyed_handwoven_cotton"),
        ],
        [need("ห้อม คราม หรือสีธรรมชาติแห้ง", "indigo_paste", "natural_dye_material")],
    ),
    sme(
        70,
        "Thai Bottle Bank",
        CIRC,
        UP,
        "Nonthaburi",
        EN,
        "collect@thaibottlebank.org",
        [("Sorted clear PET bottles, baled, 1 t lots", "used_pet_bottles")],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        71,
        "กลุ่มรักษ์ทะเลราไวย์",
        CIRC,
        DOWN,
        "Phuket",
        TH,
        "rawai.seacare@gmail.com",
        [("กระเป๋าจากอวนประมงเก่า", "upcycled_bags")],
        [need("อวนเก่า เชือกอวน", "used_fishing_nets"), need("ร้านรับฝากขายสินค้ารักษ์โลก", "retail_consignment")],
        bcg=(CIRCULAR,),
    ),
    sme(
        72,
        "กลุ่มผ้าทอเกาะยอ",
        HEMP,
        MID,
        "Songkhla",
        TH,
        "kohyor.weaving@gmail.com",
        [("ผ้าทอเกาะยอ ลายราชวัตร ผ้าฝ้ายทอมือ", "handwoven_cotton_fabric")],
        [need("ด้ายฝ้ายย้อมสำเร็จ สีสด หลอดใหญ่", "dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        73,
        "Na Muen Si Weavers",
        HEMP,
        MID,
        "Trang",
        EN,
        "namuensi.trang@gmail.com",
        [
            ("Na Muen Si brocade cotton, handwoven", "handwoven_cotton_fabric"),
            ("Brocade shoulder cloths", "handwoven_scarf"),
        ],
        [need("Cotton yarn dyed in bright colours, for weaving", "dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        74,
        "ผ้าบาติกนครศรีฯ",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        TH,
        "batik.nakhonsri@gmail.com",
        [("ผ้าปาเต๊ะ ผ้าบาติกเขียนมือ", "batik_fabric"), ("ผ้าพันคอบาติก", "batik_scarf")],
        [
            need("ผ้าป่านสีขาว ผ้าดิบ สำหรับเขียนเทียน", "greige_cotton_cloth"),
            nobody("ขี้ผึ้งพาราฟินผสม สำหรับเขียนลาย", "no wax supplier in the set"),
        ],
    ),
    sme(
        75,
        "GiftCraft Corporate Gifts",
        AL_C,
        DOWN,
        "Bangkok",
        EN,
        "sourcing@giftcraft.co.th",
        [],
        [
            need("Branded eco tote bags, OTOP not required", "tote_bag", waive=("OTOP",)),
            need("Handwoven scarves for VIP gift sets, OTOP", "handwoven_scarf", certs=("OTOP",)),
            need("Recycled tees for staff events", "recycled_tshirt"),
        ],
    ),
]

# ------------------------------------------------------------------ data, part 4: more buyers and makers

PART_4 = [
    sme(
        76,
        "ร้านผ้าเบลโรงเกลือ",
        CIRC,
        DOWN,
        "Sa Kaeo",
        TH,
        "ronkluea.bale@gmail.com",
        [("ผ้าเบลนำเข้า ยังไม่แกะ ขายยกเบล", "used_garments_mixed"), ("เสื้อผ้ามือสองคัดสวย ขายเป็นตัว", "secondhand_retail")],
        [need("เสื้อผ้าเก่าในประเทศ ยังไม่คัด ราคาถูก ยกตัน", "used_garments_mixed")],
    ),
    sme(
        77,
        "Green Canvas Mills",
        CIRC,
        MID,
        "Samut Prakan",
        EN,
        "mill@greencanvas.co.th",
        [("rPET canvas and oxford, 300D-600D", "recycled_canvas")],
        [need("Polyester filament yarn recycled from bottles", "rpet_yarn")],
        bcg=(CIRCULAR,),
    ),
    sme(
        78,
        "ผ้ายืดรีไซเคิลมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        TH,
        "mahachai.rknit@gmail.com",
        [("ผ้ายืดกีฬา ผ้าไมโคร จากเส้นใยขวดพลาสติก", "rpet_knit_fabric")],
        [
            need("เส้นใยพอลิเอสเตอร์รีไซเคิลแบบฟิลาเมนต์ มีใบรับรอง GRS", "rpet_yarn", certs=("GRS",)),
            nobody("ด้ายไนลอนรีไซเคิลจากอวน", "nets are offered only as raw waste; no one spins them"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        79,
        "Doi Trail Events",
        SPORT,
        DOWN,
        "Chiang Mai",
        EN,
        "race@doitrail.com",
        [],
        [
            need("Finisher shirts made from recycled bottles", "rpet_sports_jersey"),
            need("Race-kit bags, cloth, 2,000 pcs", "tote_bag"),
            nobody("Recycled-metal finisher medals", "not a textile; no one offers it"),
        ],
    ),
    sme(
        80,
        "ร้านของฝากริมโขง",
        AL_I,
        DOWN,
        "Nakhon Phanom",
        TH,
        "rimkhong.souvenir@gmail.com",
        [("รับฝากขายสินค้าชุมชน", "retail_consignment")],
        [need("กระเป๋าผ้าทอมือ มีตรา OTOP", "handwoven_bag", certs=("OTOP",))],
    ),
    sme(
        81,
        "Indigo Sakon Atelier",
        AL_I,
        MID,
        "Sakon Nakhon",
        EN,
        "atelier@indigosakon.com",
        [
            ("Indigo vat dyeing for your garments, per piece", "indigo_dyeing_service"),
            ("Indigo-dyed cotton shirts, unisex", "cotton_shirt"),
        ],
        [
            need("Handloom cotton cloth, undyed", "undyed_handwoven_cotton"),
            need("Indigo paste with Organic Thailand certification", "indigo_paste", certs=("Organic Thailand",)),
        ],
    ),
    sme(
        82,
        "โรงปั่นด้ายลำปาง",
        CIRC,
        UP,
        "Lampang",
        TH,
        "lampangspinning@gmail.com",
        [("ด้ายฝ้ายปั่นเครื่อง Ne 20 ถึง 32 ขายเป็นลูก", "cotton_yarn"), ("ด้ายขาด ด้ายฟุ้ง จากเครื่องปั่น", "yarn_waste")],
        [need("ฝ้ายดิบหีบแล้ว เป็นก้อน", "raw_cotton")],
    ),
    sme(
        83,
        "Metro Hotels Group",
        AL_C,
        DOWN,
        "Bangkok",
        EN,
        "procurement@metrohotels.co.th",
        [("Retired linen from 6 hotels, sorted by type", "used_linen")],
        [
            need("King-size sheet sets, OEKO-TEX certified", "bed_linen", certs=("OEKO-TEX Standard 100",)),
            need("Bath and pool towels, cotton terry", "towels"),
        ],
        certs=("ISO 14001",),
        bcg=(GREEN,),
    ),
    sme(
        84,
        "โรงพยาบาลบางพลีการแพทย์",
        AL_C,
        DOWN,
        "Samut Prakan",
        TH,
        "purchase@bangpleemed.co.th",
        [("ผ้าเก่าจากห้องผ้า ผ้าปูเตียงขาด", "used_linen")],
        [need("ผ้าปูที่นอนโรงพยาบาล", "bed_linen"), nobody("ผ้าอ้อมผู้ใหญ่แบบใช้แล้วทิ้ง ไซส์ L", "disposable; no maker in the set")],
    ),
    sme(
        85,
        "Rangsit Greige Mill",
        CIRC,
        MID,
        "Pathum Thani",
        EN,
        "mill@rangsitgreige.com",
        [
            ("Greige cotton sheeting, 60 in, by the roll", "greige_cotton_cloth"),
            ("Heavy cotton duck 12 oz, unbleached", "cotton_canvas"),
        ],
        [need("Carded cotton yarn Ne 20/1, grey", "cotton_yarn")],
    ),
    sme(
        86,
        "กลุ่มถุงผ้าแม่ฟ้าหลวง",
        CIRC,
        DOWN,
        "Chiang Rai",
        TH,
        "maefahluang.bag@gmail.com",
        [("ถุงผ้าดิบ ถุงผ้าสกรีนโลโก้ ใบละ 35", "tote_bag")],
        [
            need("ผ้าแคนวาส ผ้าดิบหนา สำหรับเย็บถุง", "cotton_canvas", "greige_cotton_cloth"),
            need("ร้านรับสกรีนลายบนถุงผ้า", "screen_printing_service"),
        ],
    ),
    sme(
        87,
        "Bean & Leaf Cafés",
        CIRC,
        DOWN,
        "Bangkok",
        EN,
        "ops@beanleaf.co.th",
        [("Used jute coffee sacks, 60 kg size", "used_jute_sacks")],
        [need("Barista aprons for 40 branches", "apron")],
    ),
    sme(
        88,
        "กลุ่มผ้ากัญชงปางมะผ้า",
        HEMP,
        MID,
        "Mae Hong Son",
        TH,
        "pangmapha.hemp@gmail.com",
        [("ผ้าใยกัญชงทอมือ ผ้ากัญชงย้อมคราม", "hemp_fabric")],
        [need("ใยกัญชงแห้ง ยังไม่ปั่น", "hemp_fibre")],
        bcg=(BIO,),
    ),
    sme(
        89,
        "Northern Fibre Co.",
        HEMP,
        UP,
        "Chiang Mai",
        EN,
        "info@northernfibre.co.th",
        [
            ("Machine-decorticated hemp fibre, degummed", "hemp_fibre"),
            ("Hemp tow for insulation and felt", "hemp_fibre"),
        ],
        [],
        bcg=(BIO,),
    ),
    sme(
        90,
        "ห้องเสื้อรีเมค สามพราน",
        CIRC,
        MID,
        "Nakhon Pathom",
        TH,
        "remake.sampran@gmail.com",
        [("รับแปลงชุดยูนิฟอร์มเก่าเป็นกระเป๋า ผ้ากันเปื้อน", "upcycling_service"), ("ผ้ากันเปื้อนจากกระสอบกาแฟ ผ้ายีนส์เก่า", "apron")],
        [need("กระสอบปอกาแฟใช้แล้ว", "used_jute_sacks"), need("ยีนส์เก่า คัดแล้ว", "sorted_used_denim")],
        bcg=(CIRCULAR,),
    ),
    sme(
        91,
        "Udon Grand Hotel",
        AL_I,
        DOWN,
        "Udon Thani",
        EN,
        "purchasing@udongrand.com",
        [],
        [need("Hand and bath towels, grey, hotel grade", "towels"), need("Thai loincloths for spa wraps", "loincloth")],
    ),
    sme(
        92,
        "หมอนขิดบ้านศรีฐาน",
        AL_I,
        DOWN,
        "Yasothon",
        TH,
        "sritan.pillow@gmail.com",
        [("หมอนขวาน หมอนสามเหลี่ยม ลายขิด", "pillow")],
        [nobody("นุ่นยัดหมอน เกรดดี", "no kapok grower in the set"), need("ผ้าขิดสำหรับเย็บหน้าหมอน", "khit_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        93,
        "River Kwai Wellness Resort",
        AL_C,
        DOWN,
        "Kanchanaburi",
        EN,
        "buy@riverkwaiwellness.com",
        [],
        [
            need(
                "Organic cotton yarn for our weaving workshop, GOTS only",
                "organic_cotton_yarn",
                certs=("GOTS",),
                unmet="the organic cotton yarn in the set is Organic Thailand, not GOTS",
            ),
            need("Spa towels, brown or beige", "towels"),
            need("Dried natural dye stuff for guest workshops", "natural_dye_material"),
        ],
    ),
    sme(
        94,
        "ธนาคารผ้าเก่า อุบลฯ",
        CIRC,
        UP,
        "Ubon Ratchathani",
        TH,
        "ubonclothbank@gmail.com",
        [("ผ้าฝ้ายเก่าคัดแล้ว สำหรับตีเป็นใย", "sorted_cotton_feedstock")],
        [need("มีใครรับตีผ้าเก่าเป็นใยยัดหมอนไหม", "shredding_service")],
        bcg=(CIRCULAR,),
    ),
    sme(
        95,
        "Nine Lives Denim",
        CIRC,
        DOWN,
        "Bangkok",
        EN,
        "studio@ninelivesdenim.com",
        [("Reworked jeans and jackets from used denim", "upcycled_denim_garment")],
        [
            need("Sorted post-consumer denim, by the bale", "sorted_used_denim"),
            need("Indigo over-dyeing of finished jeans", "indigo_dyeing_service"),
        ],
        bcg=(CIRCULAR,),
    ),
]

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

# ------------------------------------------------------------------ links

CERT_NAMES = {c.name for c in CERTIFICATIONS}
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
ID_FORMAT = re.compile(rf"^{PREFIX}-\d{{3}}$")
LABEL_FORMAT = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_FORMAT = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")

TARGET_PROFILES = 95
TARGET_LINKS = (160, 180)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (17, 23)


def held(s: Sme) -> frozenset[str]:
    return canonical_certifications(s.certifications)


def qualified_suppliers(buyer: Sme, n: Need) -> list[Sme]:
    """The other SMEs with an offer whose label `n` lists and every certification `n` requires."""
    wanted = set(n.labels)
    return [
        s
        for s in SMES
        if s.num != buyer.num and any(label in wanted for _, label in s.offers) and set(n.certs) <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for n in b.needs for s in qualified_suppliers(b, n)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks


def thai_share(text: str) -> float:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def names_certification(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, affirmed or not (a plain case-insensitive look)."""
    spec = next(c for c in CERTIFICATIONS if c.name == cert)
    folded = text.casefold()
    return any(m.casefold() in folded for m in (spec.name, *spec.aliases, *spec.mentions))


def check_script(s: Sme, errors: list[str]) -> None:
    phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
    for phrase in phrases:
        if s.language == TH and thai_share(phrase) < 0.6:
            errors.append(f"{s.id}: Thai phrase is not mostly Thai letters: {phrase!r}")
        if s.language == EN:
            if THAI_CHAR.search(phrase):
                errors.append(f"{s.id}: English phrase has Thai letters: {phrase!r}")
            if any(ch.isalpha() and not LATIN_LETTER.match(ch) for ch in phrase):
                errors.append(f"{s.id}: English phrase has non-Latin letters: {phrase!r}")


def check_profile(s: Sme, expected_num: int, errors: list[str]) -> None:
    if s.num != expected_num or not ID_FORMAT.match(s.id):
        errors.append(f"{s.id}: expected id {PREFIX}-{expected_num:03d}")
    if not s.name.strip():
        errors.append(f"{s.id}: empty name")
    if s.sub_cluster not in {v.value for v in SubCluster}:
        errors.append(f"{s.id}: bad sub_cluster {s.sub_cluster!r}")
    if s.stage not in {v.value for v in Stage}:
        errors.append(f"{s.id}: bad stage {s.stage!r}")
    province = resolve_province(s.province)
    if province is None or province.name_en != s.province:
        errors.append(f"{s.id}: province {s.province!r} is not an English province name")
    if s.language not in (TH, EN):
        errors.append(f"{s.id}: bad language {s.language!r}")
    if not EMAIL_FORMAT.match(s.email):
        errors.append(f"{s.id}: bad email {s.email!r}")
    if not set(s.bcg) <= {v.value for v in BcgTag} or len(set(s.bcg)) != len(s.bcg):
        errors.append(f"{s.id}: bad bcg {s.bcg!r}")
    for cert in s.certifications:
        if resolve_certification(cert) is None:
            errors.append(f"{s.id}: certification {cert!r} does not resolve")
    if len(set(held(s))) != len(s.certifications):
        errors.append(f"{s.id}: certifications repeat")
    if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
        errors.append(f"{s.id}: wants 0-3 offers, 0-3 needs and at least one of them")
    texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
    if any(not t.strip() or t != t.strip() for t in texts) or len(set(texts)) != len(texts):
        errors.append(f"{s.id}: empty, padded or repeated phrase")
    for text, label in s.offers:
        if not LABEL_FORMAT.match(label):
            errors.append(f"{s.id}: bad label {label!r}")
        claimed = find_certifications(text)
        if not claimed <= held(s):
            errors.append(f"{s.id}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
    check_script(s, errors)


def check_need(b: Sme, n: Need, offered_by: dict[str, set[str]], offer_texts: set[str], errors: list[str]) -> None:
    where = f"{b.id} need {n.text!r}"
    if n.text in offer_texts:
        errors.append(f"{where}: worded exactly like an offer")
    for label in n.labels:
        if not offered_by.get(label, set()) - {b.id}:
            errors.append(f"{where}: label {label!r} is offered by no one else")
    for cert in (*n.certs, *n.waived):
        if cert not in CERT_NAMES:
            errors.append(f"{where}: {cert!r} is not a canonical certification name")
    found = find_certifications(n.text)
    if found != set(n.certs):
        errors.append(f"{where}: text requires {sorted(found)}, labelled {sorted(n.certs)}")
    for cert in n.waived:
        if cert in CERT_NAMES and (not names_certification(n.text, cert) or cert in found):
            errors.append(f"{where}: waived {cert} is not named as waived in the text")
    suppliers = qualified_suppliers(b, n)
    if n.unmet and suppliers:
        errors.append(f"{where}: marked unmet but met by {[s.id for s in suppliers]}")
    if not n.unmet and not suppliers:
        errors.append(f"{where}: met by no one but not marked unmet")
    if not n.unmet and not n.labels:
        errors.append(f"{where}: lists no labels")


def check(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(set(ids)) != len(ids):
        errors.append("ids are not unique")
    for expected, s in enumerate(SMES, start=1):
        check_profile(s, expected, errors)
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    offer_texts = {t.casefold() for s in SMES for t, _ in s.offers}
    for b in SMES:
        for n in b.needs:
            check_need(b, n, offered_by, offer_texts, errors)
    if any(s == b for s, b in links):
        errors.append("an SME is linked to itself")
    stats = counts(links)
    if stats["profiles"] != TARGET_PROFILES:
        errors.append(f"{stats['profiles']} profiles, want {TARGET_PROFILES}")
    if not TARGET_THAI_SHARE[0] <= stats["thai"] / stats["profiles"] <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {stats['thai'] / stats['profiles']:.2f} outside {TARGET_THAI_SHARE}")
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links, want {TARGET_LINKS}")
    if not TARGET_CROSS_SHARE[0] <= stats["cross_share"] <= TARGET_CROSS_SHARE[1]:
        errors.append(f"cross-language share {stats['cross_share']:.2f} outside {TARGET_CROSS_SHARE}")
    if not TARGET_UNMET[0] <= stats["needs_unmet"] <= TARGET_UNMET[1]:
        errors.append(f"{stats['needs_unmet']} needs met by no one, want {TARGET_UNMET}")
    met = [len(qualified_suppliers(b, n)) for b in SMES for n in b.needs if not n.unmet]
    if sum(1 <= k <= 3 for k in met) < 0.6 * len(met) or max(met) < 4:
        errors.append(f"supplier counts per met need {sorted(Counter(met).items())}: want most 1-3, some more")
    return errors


# ------------------------------------------------------------------ counts


def counts(links: list[tuple[str, str]]) -> dict[str, int | float]:
    lang = {s.id: s.language for s in SMES}
    sub = {s.id: s.sub_cluster for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    th_en = sum(lang[a] == TH and lang[b] == EN for a, b in links)
    en_th = sum(lang[a] == EN and lang[b] == TH for a, b in links)
    return {
        "profiles": len(SMES),
        "thai": sum(s.language == TH for s in SMES),
        "english": sum(s.language == EN for s in SMES),
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "needs_met": sum(not n.unmet for n in needs),
        "needs_unmet": sum(bool(n.unmet) for n in needs),
        "needs_cert": sum(bool(n.certs) for n in needs),
        "needs_waive": sum(bool(n.waived) for n in needs),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(sub[a] != sub[b] for a, b in links),
    }


def counts_table(links: list[tuple[str, str]]) -> str:
    c = counts(links)
    by_sub = Counter(s.sub_cluster for s in SMES)
    by_stage = Counter(s.stage for s in SMES)
    by_region = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English profiles", f"{c['thai']} / {c['english']}"),
    ]
    rows += [(f"sub-cluster `{v.value}`", str(by_sub[v.value])) for v in SubCluster]
    rows += [(f"stage `{v.value}`", str(by_stage[v.value])) for v in Stage]
    rows += [(f"region `{region}`", str(k)) for region, k in sorted(by_region.items())]
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['needs_met']} / {c['needs_unmet']}"),
        ("needs requiring a certification", str(c["needs_cert"])),
        ("needs waiving a certification", str(c["needs_waive"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links (share)", f"{c['cross']} ({c['cross_share']:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    lines = ["| measure | value |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        record["certifications"] = list(s.certifications)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.language
    return json.dumps(record, ensure_ascii=False)


README = """\
# blind_plain_recycling: a hand-labelled matchmaking set on textile recycling

## What it checks

How well the matcher finds true supplier-buyer pairs among {profiles} SME profiles written as plain
registry entries (one short phrase per offer or need) on textile recycling: post-industrial cutting
waste and selvedge, post-consumer garment collection and sorting, shredding and garnetting to shoddy
fibre, recycled cotton and rPET yarn, recycled fabrics and T-shirts, upcycling groups, and the brands,
hotels, hospitals and care homes that buy; plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. About half of the true links join a Thai profile to an English one.

The set is hard on purpose but fair: the same goods are written in many ways (regional names such as
ห้อม and คราม, ผ้าขาวม้า, ผ้าปาเต๊ะ, trade words such as OE, DTY, PSF, TC, โทเร, abbreviations, sizes,
prices and minimum orders); needs are worded unlike the offers that meet them, often in the other
language; services stand next to the goods they work on (dyeing the customer's cloth versus dyed
cloth, sewing for others versus garments, shredding the customer's waste versus shoddy fibre, remaking
the customer's uniforms versus upcycled bags); waste and used goods stand next to new ones; raw fibre
next to yarn, cloth and products; finished goods are described by their material or technique; some
needs require a named certification and some name one only to waive it; {unmet} needs are met by no one.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (profiles JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the `[tool.ruff]` settings; not the matcher,
its glossary, its tests or any other evaluation set. All data live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `recycled_cotton_fibre` versus
`shredding_service`). Every need lists the offer labels that would meet it and the certifications its
text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications (in canonical form, `canonical_certifications`) hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link. A certification that a need names only to waive it ("GRS not required",
"ไม่จำเป็นต้องมี GRS") is not required. The labels are not written to any output file.

Before writing, `write.py` checks: ids unique and well-formed; every contract field valid (provinces
resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster, stage and
BCG tags are taxonomy values); every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; the certifications that
`find_certifications` reads in a need's text are exactly those labelled as required, and a waived one
is named but not read as required; Thai phrases are mostly Thai letters and English ones Latin only;
the size targets ({profiles} profiles, 50-60 % Thai, 160-180 links, 40-60 % of them across languages,
17-23 needs met by no one, most met needs met by 1-3 suppliers). It writes nothing if a check fails.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_recycling/write.py

Two runs give identical bytes.

## Files

- `write.py`: the data (profiles with labelled offers and needs), the checks and the writer.
- `profiles.jsonl`: {profiles} profiles, ids `{first}` to `{last}`, JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    links = true_links()
    errors = check(links)
    if errors:
        print(f"{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    table = counts_table(links)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(
        profiles=len(SMES),
        unmet=counts(links)["needs_unmet"],
        first=SMES[0].id,
        last=SMES[-1].id,
        table=table,
    )
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links_csv), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
