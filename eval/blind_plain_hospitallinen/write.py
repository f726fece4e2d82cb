"""Write the hand-labelled evaluation set `eval/blind_plain_hospitallinen/`.

Theme: hospital and care-home linen (sheets, draw sheets, pillowcases, blankets, towels, patient
gowns, ward curtains, laundries and linen rental, the hospitals, clinics and care homes that buy)
plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

Every offer carries a label that says what the thing is; every need lists the labels that would meet
it and the certifications its text requires, or is marked as met by no one. A (supplier, buyer) pair
is a true link when a supplier offer carries a label listed by a buyer need and the supplier holds
every certification that need requires. Labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_hospitallinen/write.py
"""

from __future__ import annotations

import csv
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

PREFIX = "bhl"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)

# Sub-clusters and stages, short names for the tables below.
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGEC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGEI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

# Certifications, canonical names.
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
ISO13485 = "ISO 13485"
TIS = "Thai Industrial Standard"
FDA = "Thai FDA"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Profile:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]


def N(text: str, labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the listed labels meet (space-separated)."""
    return Need(text, tuple(labels.split()), req, waive)


def X(text: str, note: str, labels: str = "", req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say what would meet it, if anything."""
    return Need(text, tuple(labels.split()), req, (), note)


_PROFILES: list[Profile] = []


def P(
    num: int,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    _PROFILES.append(
        Profile(f"{PREFIX}-{num:03d}", lang, name, sub, stage, province, certs, bcg, email, tuple(offers), tuple(needs))
    )


# ====================================================================== upstream: fibre, yarn, waste

P(
    1,
    "th",
    "วิสาหกิจชุมชนฝ้ายอินทรีย์นาแห้ว",
    HEMP,
    UP,
    "Loei",
    "naheaw.cotton@gmail.com",
    [("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว", "cotton_fibre")],
    [X("เมล็ดพันธุ์ฝ้ายไว้ปลูกฤดูหน้า", "seed for sowing; no one sells seed")],
    certs=(ORG_TH,),
    bcg=("bio",),
)
P(
    2,
    "en",
    "Nan Handspun Cotton",
    HEMP,
    UP,
    "Nan",
    "hello@nanhandspun.co.th",
    [("hand-spun cotton yarn, undyed, per kg", "handspun_cotton_yarn")],
    [N("ginned cotton, seeds removed; Organic Thailand not required", "cotton_fibre", waive=(ORG_TH,))],
    bcg=("bio",),
)
P(
    3,
    "en",
    "Siam Cotton Spinning Co., Ltd.",
    AGEC,
    UP,
    "Nakhon Pathom",
    "sales@siamcottonspin.com",
    [("Ne 20/1 carded yarn, 100% cotton", "cotton_yarn"), ("T/C 65/35 Ne 45 ring-spun", "tc_yarn")],
    [N("raw cotton lint in bales, 5 t lots", "cotton_fibre")],
    certs=(ISO9001,),
)
P(
    4,
    "th",
    "กลุ่มแม่บ้านกัญชงบ้านแม่สาใหม่",
    HEMP,
    UP,
    "Chiang Mai",
    "maesamai.hemp@gmail.com",
    [("ใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre")],
    [],
    bcg=("bio",),
)
P(
    5,
    "th",
    "ห้างหุ้นส่วนจำกัด ด้ายกัญชงแม่ฟ้าหลวง",
    HEMP,
    UP,
    "Chiang Rai",
    "hempyarn.mfl@gmail.com",
    [("ด้ายกัญชงปั่นมือ เบอร์หยาบ", "hemp_yarn")],
    [
        N("เปลือกกัญชงที่ลอกเป็นเส้นแล้ว", "hemp_fibre"),
        X("เมล็ดกัญชง สายพันธุ์ที่ขออนุญาตแล้ว", "hemp seed for planting; no one sells seed"),
    ],
    bcg=("bio",),
)
P(
    6,
    "th",
    "ร้านรับซื้อเศษผ้าเจ๊หน่อย มหาชัย",
    CIRC,
    UP,
    "Samut Sakhon",
    "noi.sespha@gmail.com",
    [("เศษผ้าคัดสี อัดก้อน 50 กก.", "textile_cuttings")],
    [N("ผ้าปูเตียงเก่าจากโรงพยาบาล ขาดแล้วก็รับ", "used_linen")],
    bcg=("circular",),
)
P(
    7,
    "en",
    "ReFibre Thailand Co., Ltd.",
    CIRC,
    UP,
    "Rayong",
    "info@refibre.co.th",
    [("mechanically recycled cotton fibre, opened", "recycled_cotton_fibre")],
    [
        N("pre-consumer cutting scraps, sorted by colour", "textile_cuttings"),
        N("retired white hospital linen", "used_linen"),
    ],
    certs=(GRS,),
    bcg=("circular",),
)
P(
    8,
    "th",
    "โรงปั่นด้ายรีไซเคิล โพธาราม",
    CIRC,
    UP,
    "Ratchaburi",
    "photharam.recycle@gmail.com",
    [("ด้ายรีไซเคิลจากเศษผ้า เบอร์ 8 ถึง 12", "recycled_cotton_yarn")],
    [N("ใยฝ้ายที่ตีจากผ้าเก่า", "recycled_cotton_fibre")],
    certs=(GRS,),
    bcg=("circular",),
)
P(
    9,
    "en",
    "Eastern rPET Yarns",
    SPORT,
    UP,
    "Chonburi",
    "yarn@eastern-rpet.com",
    [("rPET filament yarn 75D/72F", "recycled_polyester_yarn")],
    [X("washed clear PET bottle flakes", "bottle flakes; no one collects PET")],
    certs=(GRS,),
    bcg=("circular",),
)
P(
    10,
    "en",
    "Prachin Bamboo Fibre Ltd.",
    HEMP,
    UP,
    "Prachinburi",
    "sales@prachinbamboo.com",
    [("bamboo viscose spun yarn 30s", "bamboo_yarn")],
    [],
    certs=(OEKO,),
    bcg=("bio",),
)
P(
    11,
    "th",
    "สวนนุ่นลุงเปลี่ยน",
    AGEI,
    UP,
    "Sisaket",
    "lungplian.nun@gmail.com",
    [("นุ่นแกะเมล็ดแล้ว ขายเป็นกิโล", "kapok_fibre")],
    [],
    bcg=("bio",),
)
P(
    12,
    "en",
    "FillPro Fibre Co.",
    AGEC,
    UP,
    "Samut Prakan",
    "fillpro@fillpro.co.th",
    [("hollow conjugated polyester fiberfill 7D", "polyester_fibrefill")],
    [],
)
P(
    13,
    "en",
    "Doi Organic Yarn",
    HEMP,
    UP,
    "Chiang Mai",
    "contact@doiorganicyarn.com",
    [("GOTS organic cotton yarn Ne 30/1", "cotton_yarn")],
    [N("cotton lint certified Organic Thailand", "cotton_fibre", req=(ORG_TH,))],
    certs=(GOTS,),
    bcg=("bio", "green"),
)
P(
    14,
    "th",
    "วิสาหกิจชุมชนครามบ้านดอนกอย",
    AGEI,
    UP,
    "Sakon Nakhon",
    "donkoi.indigo@gmail.com",
    [("เนื้อครามเปียก ปี๊บละ 20 กก.", "indigo_dye_paste")],
    [],
    bcg=("bio",),
)
P(
    15,
    "th",
    "กลุ่มเข็นฝ้ายบ้านนาข่า",
    AGEI,
    UP,
    "Udon Thani",
    "nakha.faikhen@gmail.com",
    [("ฝ้ายเข็นมือ เส้นใหญ่ สีตุ่น", "handspun_cotton_yarn")],
    [N("ฝ้ายปุยเป็นกิโล ไม่เอาที่ติดเมล็ด", "cotton_fibre")],
    bcg=("bio",),
)
P(
    16,
    "th",
    "โรงหีบฝ้ายเพชรบูรณ์",
    HEMP,
    UP,
    "Phetchabun",
    "pbcotton.gin@gmail.com",
    [("ฝ้ายหีบแล้ว มัดก้อนละ 200 กก.", "cotton_fibre")],
    [X("เครื่องหีบฝ้ายแบบลูกกลิ้ง มือสอง", "second-hand ginning machine; no one sells machinery")],
)

# ====================================================================== midstream: cloth, dyeing, finishing, sewing

P(
    17,
    "en",
    "Samut Prakan Weaving Co., Ltd.",
    AGEC,
    MID,
    "Samut Prakan",
    "mill@spweaving.co.th",
    [
        ("greige cotton 40x40 133x72, 63 in", "greige_cotton_fabric"),
        ("bleached cotton sheeting 110 in wide", "cotton_sheeting_fabric"),
    ],
    [N("cotton yarn 40s, 1 tonne a month", "cotton_yarn")],
    certs=(ISO9001,),
)
P(
    18,
    "th",
    "โรงทอผ้าทีซี อ้อมน้อย",
    AGEC,
    MID,
    "Samut Sakhon",
    "omnoi.tc@gmail.com",
    [("ผ้าดิบ TC 45x45 หน้า 63 นิ้ว", "greige_tc_fabric"), ("ผ้าทีซีฟอกขาว หน้ากว้าง 100 นิ้ว", "tc_sheeting_fabric")],
    [N("เส้นด้ายโพลีคอตตอน 65/35 เบอร์ 45", "tc_yarn")],
    certs=(TIS,),
)
P(
    19,
    "th",
    "โรงทอผ้าขนหนู บางบัวทอง",
    AGEC,
    MID,
    "Nonthaburi",
    "bbt.terry@gmail.com",
    [("ผ้าขนหนูทอเป็นม้วน ยังไม่ตัดริม", "terry_towel_fabric")],
    [N("ด้ายคอตตอน 16 ทำขนห่วง", "cotton_yarn")],
)
P(
    20,
    "th",
    "กลุ่มทอผ้าย้อมครามบ้านพรรณา",
    AGEI,
    MID,
    "Sakon Nakhon",
    "phanna.khram@gmail.com",
    [("ผ้าฝ้ายทอมือย้อมคราม ขายเป็นเมตร", "indigo_dyed_cotton_fabric")],
    [N("ครามเปียกเนื้อดี ส่งทุกเดือน", "indigo_dye_paste"), N("เส้นฝ้ายทำมือ สำหรับทอกี่", "handspun_cotton_yarn")],
    certs=(OTOP,),
    bcg=("bio",),
)
P(
    21,
    "th",
    "ร้านม่อฮ่อมแม่จันทร์",
    HEMP,
    MID,
    "Phrae",
    "maechan.morhom@gmail.com",
    [("รับย้อมห้อมผ้าของลูกค้า คิดเป็นเมตร", "indigo_dyeing_service")],
    [N("ห้อมหมักสำหรับก่อหม้อย้อม", "indigo_dye_paste")],
    bcg=("bio",),
)
P(
    22,
    "en",
    "Mahachai Dye House",
    CIRC,
    MID,
    "Samut Sakhon",
    "dye@mahachaidye.com",
    [("commission piece dyeing of customer greige", "fabric_dyeing_service")],
    [],
    certs=(ISO14001,),
)
P(
    23,
    "th",
    "โรงย้อมผ้าโพธาราม",
    AGEC,
    MID,
    "Ratchaburi",
    "photharam.dye@gmail.com",
    [("รับจ้างย้อมผ้าพับ ลูกค้าส่งผ้าดิบมา", "fabric_dyeing_service")],
    [],
)
P(
    24,
    "th",
    "บริษัท ผ้าย้อมบางขุนเทียน จำกัด",
    AGEC,
    MID,
    "Bangkok",
    "bkt.dyedfabric@gmail.com",
    [("ผ้า TC ย้อมสีเขียวห้องผ่าตัด พร้อมส่ง", "dyed_tc_fabric"), ("ผ้าโทเรสีฟ้าอ่อน ม้วนละ 50 หลา", "dyed_tc_fabric")],
    [N("ผ้าดิบโพลีคอตตอน ล็อตละ 5,000 หลา", "greige_tc_fabric"), N("โรงงานรับตัดเย็บชุดคนไข้ เราส่งผ้าให้", "cmt_sewing_service")],
)
P(
    25,
    "en",
    "SilverGuard Finishing",
    SPORT,
    MID,
    "Pathum Thani",
    "finishing@silverguard.co.th",
    [("silver-ion antimicrobial treatment of your fabric", "antimicrobial_finishing_service")],
    [],
    certs=(OEKO,),
)
P(
    26,
    "th",
    "บริษัท ไทยเท็กซ์ ผ้าต้านเชื้อ จำกัด",
    SPORT,
    MID,
    "Chachoengsao",
    "sales@thaitex-ab.com",
    [("ผ้าต้านแบคทีเรีย ผ่าน Sanitized สำหรับชุดผู้ป่วย", "antimicrobial_fabric")],
    [N("ผ้าโพลีคอตตอนสีพื้น ย้อมเสร็จ", "dyed_tc_fabric"), N("จ้างเคลือบสารฆ่าเชื้อบนผ้า", "antimicrobial_finishing_service")],
    certs=(OEKO,),
)
P(
    27,
    "th",
    "โรงงานผ้าเคลือบพียู บางพลี",
    AGEC,
    MID,
    "Samut Prakan",
    "bangplee.pu@gmail.com",
    [("ผ้าเคลือบ PU กันน้ำ หน้า 60 นิ้ว", "waterproof_pu_fabric")],
    [X("ผ้าถักไตรคอตสำหรับนำมาเคลือบ", "knitted base fabric; no one knits")],
)
P(
    28,
    "en",
    "FireSafe Fabrics (Thailand)",
    SPORT,
    MID,
    "Bangkok",
    "info@firesafefabrics.co.th",
    [("Trevira CS inherently FR curtain fabric", "fr_curtain_fabric")],
    [],
    certs=(OEKO,),
)
P(
    29,
    "th",
    "ร้านรับจ้างตัดเย็บป้าแดง ปากเกร็ด",
    AGEC,
    MID,
    "Nonthaburi",
    "padaeng.sewing@gmail.com",
    [("รับตัดเย็บงานผ้าทุกชนิด ผ้าปู เสื้อ ลูกค้าส่งผ้ามาเอง", "cmt_sewing_service"), ("เศษผ้าฝ้ายจากการตัด", "textile_cuttings")],
    [N("ยางยืดเย็บขอบผ้าปูรัดมุม", "elastic_tape")],
)
P(
    30,
    "en",
    "Isan Garment CMT",
    AGEI,
    MID,
    "Khon Kaen",
    "cmt@isangarment.com",
    [("cut-make-trim for gowns and scrubs", "cmt_sewing_service"), ("cutting-room offcuts, mixed", "textile_cuttings")],
    [N("spun poly thread 40/2 on cones", "sewing_thread")],
)
P(
    31,
    "th",
    "ร้านอุปกรณ์ตัดเย็บ สำเพ็ง",
    AGEC,
    MID,
    "Bangkok",
    "sampeng.trims@gmail.com",
    [
        ("ยางยืดแบนทอ ม้วนละ 100 หลา", "elastic_tape"),
        ("กระดุมแป๊กพลาสติก ถุงละ 1,000 ชุด", "snap_fasteners"),
        ("เทปผ้าฝ้าย ทำเชือกผูก", "cotton_tape"),
    ],
    [],
)
P(
    32,
    "en",
    "ThreadMasters Thailand",
    AGEC,
    MID,
    "Pathum Thani",
    "orders@threadmasters.co.th",
    [("polyester core-spun sewing thread, 5000 m cones", "sewing_thread")],
    [],
)
P(
    33,
    "th",
    "กลุ่มทอผ้ากัญชงม้ง บ้านเมืองกึ๊ด",
    HEMP,
    MID,
    "Chiang Mai",
    "muangkued.hemp@gmail.com",
    [("ผ้าใยกัญชงทอมือ หน้า 40 ซม.", "hemp_fabric")],
    [N("เส้นกัญชงพร้อมทอ", "hemp_yarn")],
    bcg=("bio",),
)
P(
    34,
    "th",
    "ผ้าฝ้ายสีธรรมชาติ ป่าซาง",
    HEMP,
    MID,
    "Lamphun",
    "pasang.naturaldye@gmail.com",
    [("ผ้าฝ้ายย้อมเปลือกไม้ ครั่ง ดาวเรือง", "naturally_dyed_cotton_fabric")],
    [N("ด้ายฝ้ายปั่นมือ สีขาว ยังไม่ย้อม", "handspun_cotton_yarn")],
    bcg=("bio", "green"),
)
P(
    35,
    "en",
    "Loop Cloth Studio",
    CIRC,
    MID,
    "Chiang Mai",
    "studio@loopcloth.co",
    [("woven cloth from recycled cotton yarn", "recycled_cotton_fabric")],
    [N("thick-count regenerated cotton yarn", "recycled_cotton_yarn")],
    certs=(GRS,),
    bcg=("circular",),
)
P(
    36,
    "en",
    "Saraburi Textile Mills",
    AGEC,
    MID,
    "Saraburi",
    "sales@saraburitex.co.th",
    [
        ("T/C 50/50 sheeting, 90 in and 108 in", "tc_sheeting_fabric"),
        ("white cotton percale 200 TC, wide width", "cotton_sheeting_fabric"),
    ],
    [X("yarn dyeing on cones, navy and green", "dyeing of yarn; only piece dyeing is offered")],
    certs=(ISO9001, TIS),
)
P(
    37,
    "th",
    "ร้านปักชื่อ ปักโลโก้ ประตูน้ำ",
    AGEC,
    MID,
    "Bangkok",
    "pratunam.embroid@gmail.com",
    [("รับปักชื่อ ปักโลโก้ บนผ้าของลูกค้า", "embroidery_service")],
    [X("ด้ายปักเรยอน 120D หลายสี", "embroidery thread; only sewing thread is offered")],
)
P(
    38,
    "en",
    "Chonburi Screen & Print",
    CIRC,
    MID,
    "Chonburi",
    "print@cbscreen.com",
    [("screen printing ward names on linen", "printing_service")],
    [],
)

# ====================================================================== downstream: makers of finished goods

P(
    39,
    "en",
    "Sakhon Bedding Manufacturing",
    AGEC,
    DOWN,
    "Samut Sakhon",
    "sales@sakhonbedding.com",
    [
        ("TC 50/50 hospital flat sheets", "tc_bed_sheets"),
        ("draw sheets 90 x 180 cm", "draw_sheets"),
        ("envelope pillow slips", "pillowcases"),
    ],
    [
        N("wide poly-cotton cloth for sheets", "tc_sheeting_fabric"),
        N("knitted elastic 3/4 in", "elastic_tape"),
        N("germ-resistant finish applied to our sewn sheets", "antimicrobial_finishing_service"),
    ],
    certs=(ISO9001, TIS),
)
P(
    40,
    "th",
    "ผ้าปูที่นอนฝ้าย ปักธงชัย",
    AGEI,
    DOWN,
    "Nakhon Ratchasima",
    "pakthongchai.bedding@gmail.com",
    [("ผ้าปูที่นอนฝ้าย 100% 3.5 ฟุต", "cotton_bed_sheets"), ("ปลอกหมอนหนุนผ้าฝ้าย", "pillowcases")],
    [N("ผ้าคอตตอนฟอกขาว หน้า 110 นิ้ว ไม่จำเป็นต้องมี OEKO-TEX", "cotton_sheeting_fabric", waive=(OEKO,))],
    certs=(OTOP,),
)
P(
    41,
    "th",
    "โรงงานผ้าเช็ดตัว นครชัยศรี",
    AGEC,
    DOWN,
    "Nakhon Pathom",
    "nakhonchaisri.towel@gmail.com",
    [("ผ้าเช็ดตัวโรงแรม 30x60 นิ้ว 16 ปอนด์", "bath_towels"), ("ผ้าเช็ดหน้า 13x13 นิ้ว", "small_towels")],
    [
        N("ผ้าเทอรี่ยังไม่ตัดเป็นผืน", "terry_towel_fabric"),
        N("ปักชื่อโรงแรมบนผ้า หรือสกรีนก็ได้", "embroidery_service printing_service"),
    ],
)
P(
    42,
    "en",
    "Towel House Ayutthaya",
    AGEC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "sales@towelhouse.co.th",
    [("100% cotton bath towels, OEKO-TEX", "bath_towels"), ("terry bathrobes, shawl collar", "bathrobes")],
    [N("terry cloth by the roll", "terry_towel_fabric")],
    certs=(OEKO,),
)
P(
    43,
    "th",
    "ชุดผู้ป่วยโคราช",
    AGEI,
    DOWN,
    "Nakhon Ratchasima",
    "korat.patientwear@gmail.com",
    [("ชุดผู้ป่วยผ้าโทเร ผูกหลัง", "patient_gowns"), ("ชุดสครับ เสื้อคอวี", "scrubs")],
    [N("ผ้าโพลีผสมคอตตอน ย้อมสีพื้น พร้อมตัด", "dyed_tc_fabric"), N("กระดุมสแนป", "snap_fasteners")],
)
P(
    44,
    "en",
    "CareWear Medical Textiles",
    AGEC,
    DOWN,
    "Bangkok",
    "hello@carewear.co.th",
    [("antimicrobial patient gowns, snap shoulders", "patient_gowns")],
    [
        N("bacteria-resistant woven fabric for gowns", "antimicrobial_fabric"),
        N("cotton twill tape for ties", "cotton_tape"),
    ],
    certs=(OEKO, ISO13485),
)
P(
    45,
    "th",
    "ม่านกั้นเตียง บางแค",
    AGEC,
    DOWN,
    "Bangkok",
    "bangkhae.curtain@gmail.com",
    [("ม่านกั้นเตียงผู้ป่วย ตัดตามขนาด", "ward_curtains")],
    [
        N("ผ้าม่านกันไฟลาม", "fr_curtain_fabric"),
        X("รางม่านโค้งติดเพดาน พร้อมติดตั้ง", "curtain rails and fitting; no one offers hardware"),
    ],
)
P(
    46,
    "en",
    "DrySleep Care Products",
    AGEC,
    DOWN,
    "Pathum Thani",
    "info@drysleep.co.th",
    [
        ("waterproof fitted mattress protectors", "mattress_protectors"),
        ("washable incontinence bed pads", "washable_underpads"),
    ],
    [N("PU-coated barrier fabric", "waterproof_pu_fabric"), N("looped terry for pad top layer", "terry_towel_fabric")],
)
P(
    47,
    "th",
    "กางเกงผ้าอ้อมซักได้ ขอนแก่น",
    AGEI,
    DOWN,
    "Khon Kaen",
    "kk.clothdiaper@gmail.com",
    [("กางเกงผ้าอ้อมผู้ใหญ่ ซักได้", "washable_adult_diapers"), ("แผ่นรองซับฉี่ ซักได้ 300 ครั้ง", "washable_underpads")],
    [N("ผ้ากันซึมเคลือบพียู", "waterproof_pu_fabric"), N("ผ้าเทอรี่ขายเป็นหลา", "terry_towel_fabric")],
)
P(
    48,
    "th",
    "ผ้าห่มทอมือย้อมคราม ร้อยเอ็ด",
    AGEI,
    DOWN,
    "Roi Et",
    "roiet.indigoblanket@gmail.com",
    [("ผ้าห่มฝ้ายทอมือ ย้อมคราม", "blankets")],
    [
        N("ครามผง หรือครามเปียก ออร์แกนิกไทยแลนด์ยิ่งดี", "indigo_dye_paste", waive=(ORG_TH,)),
        N("ฝ้ายเข็น", "handspun_cotton_yarn"),
    ],
    certs=(OTOP,),
    bcg=("bio",),
)
P(
    49,
    "en",
    "ReWarm Blankets",
    CIRC,
    DOWN,
    "Chonburi",
    "hi@rewarm.co.th",
    [("throws woven from recycled cotton", "blankets")],
    [N("recycled yarn Ne 6 to 10", "recycled_cotton_yarn")],
    certs=(GRS,),
    bcg=("circular",),
)
P(
    50,
    "th",
    "หมอนนุ่นป้าสมศรี",
    AGEC,
    DOWN,
    "Ang Thong",
    "pasomsri.pillow@gmail.com",
    [("หมอนหนุนใส่นุ่นแท้", "pillows")],
    [N("ใยนุ่นธรรมชาติ ส่งทุกเดือน", "kapok_fibre"), N("ผ้าดิบทำไส้หมอน", "greige_cotton_fabric")],
    certs=(OTOP,),
)
P(
    51,
    "th",
    "กระเป๋าผ้ากัญชง ดอยสะเก็ด",
    HEMP,
    DOWN,
    "Chiang Mai",
    "doisaket.hempbag@gmail.com",
    [("กระเป๋าผ้าใยกัญชงทอมือ", "bags")],
    [N("ผ้าทอจากเส้นใยกัญชง เป็นผืน", "hemp_fabric")],
    bcg=("bio",),
)
P(
    52,
    "en",
    "Indigo Roots",
    AGEI,
    DOWN,
    "Sakon Nakhon",
    "shop@indigoroots.co.th",
    [("tote bags of handwoven indigo-dyed cotton", "bags")],
    [N("natural indigo cloth by the metre", "indigo_dyed_cotton_fabric")],
    bcg=("bio",),
)
P(
    53,
    "en",
    "SilverYears Adaptive Wear",
    AGEC,
    DOWN,
    "Bangkok",
    "care@silveryears.co.th",
    [("front-opening adaptive shirts for elderly", "adaptive_clothing")],
    [
        X("magnetic button closures", "magnetic closures; only plastic snaps are offered"),
        N("plant-dyed cotton cloth", "naturally_dyed_cotton_fabric indigo_dyed_cotton_fabric"),
    ],
)
P(
    54,
    "en",
    "CompressTech Thailand",
    SPORT,
    DOWN,
    "Pathum Thani",
    "sales@compresstech.co.th",
    [("medical compression stockings class II", "compression_stockings")],
    [X("Lycra covered spandex yarn", "elastane yarn; no one spins it")],
    certs=(ISO13485,),
)
P(
    55,
    "th",
    "ผ้าเช็ดเครื่องรีไซเคิล บางพลี",
    CIRC,
    DOWN,
    "Samut Prakan",
    "bangplee.rags@gmail.com",
    [("ผ้าเช็ดเครื่องจักรจากผ้าเก่า ตัดเป็นชิ้น", "cleaning_rags"), ("ผ้าม็อบถูพื้น", "mop_heads")],
    [N("ผ้าปูที่นอนโรงพยาบาลที่ปลดระวาง", "used_linen"), N("เศษผ้าคอตตอนสีขาว", "textile_cuttings")],
    bcg=("circular",),
)
P(
    56,
    "en",
    "Second Life Linen",
    CIRC,
    DOWN,
    "Bangkok",
    "hello@secondlifelinen.com",
    [("upcycled totes from retired hospital sheets", "bags")],
    [N("discarded hospital bed linen, any condition", "used_linen")],
    bcg=("circular",),
)
P(
    57,
    "th",
    "ร้านชุดสครับ พยาบาลสไตล์",
    AGEC,
    DOWN,
    "Nonthaburi",
    "nursestyle.scrubs@gmail.com",
    [("ชุดสครับพยาบาล เสื้อพร้อมกางเกง", "scrubs")],
    [N("ผ้าโพลีคอตตอนสีกรมท่า ย้อมแล้ว", "dyed_tc_fabric")],
)
P(
    58,
    "en",
    "AquaDry Sports Towels",
    SPORT,
    DOWN,
    "Rayong",
    "hello@aquadry.co.th",
    [("quick-dry microfibre sports towels", "microfiber_towels")],
    [
        N("GRS certified recycled polyester yarn", "recycled_polyester_yarn", req=(GRS,)),
        X("recycled polyester knit fabric", "knitted fabric; rPET is offered only as yarn"),
    ],
    certs=(GRS,),
)
P(
    59,
    "th",
    "เสื้อผ้าผู้สูงวัย ใส่ง่าย",
    AGEI,
    DOWN,
    "Maha Sarakham",
    "sarakham.elderwear@gmail.com",
    [("เสื้อผ่าหน้า ติดตีนตุ๊กแก สำหรับผู้สูงอายุ", "adaptive_clothing")],
    [
        N("ผ้าฝ้ายย้อมสีธรรมชาติ ไม่เอาสีเคมี", "naturally_dyed_cotton_fabric indigo_dyed_cotton_fabric"),
        X("ผ้ายืดใยไผ่ สำหรับตัดเสื้อ", "knitted bamboo jersey; bamboo is offered only as yarn"),
    ],
)
P(
    60,
    "th",
    "ถุงน่องการแพทย์ สามพราน",
    SPORT,
    DOWN,
    "Nakhon Pathom",
    "sampran.stocking@gmail.com",
    [("ถุงน่องการแพทย์ แรงบีบ 20-30 mmHg", "compression_stockings")],
    [N("ด้ายใยไผ่ สำหรับถักถุงเท้า", "bamboo_yarn")],
)
P(
    61,
    "en",
    "Udon Sleepwell",
    AGEI,
    DOWN,
    "Udon Thani",
    "sales@udonsleepwell.com",
    [("polyester-filled pillows, hospital size", "pillows")],
    [N("siliconised hollow fibre fill", "polyester_fibrefill")],
)
P(
    62,
    "th",
    "ร้านผ้านวม เชียงราย",
    HEMP,
    DOWN,
    "Chiang Rai",
    "chiangrai.quilt@gmail.com",
    [("ผ้าห่มนวมใยสังเคราะห์", "quilts")],
    [N("ใยโพลีเอสเตอร์ฟู สำหรับยัดนวม", "polyester_fibrefill")],
)
P(
    63,
    "en",
    "Highland Hemp Home",
    HEMP,
    DOWN,
    "Tak",
    "home@highlandhemp.co.th",
    [("hemp cushion covers", "cushion_covers")],
    [N("handloomed hemp cloth", "hemp_fabric")],
    bcg=("bio",),
)

# ====================================================================== downstream: laundries and linen rental

P(
    64,
    "en",
    "MedClean Laundry Services",
    AGEC,
    DOWN,
    "Bangkok",
    "ops@medclean.co.th",
    [
        ("hospital linen laundry, pick-up and delivery", "laundry_service"),
        ("rental of sheets and gowns, washed", "linen_rental_service"),
        ("worn-out sheets for recycling", "used_linen"),
    ],
    [N("white polycotton bed sheets, flat", "tc_bed_sheets"), N("patient smocks with shoulder snaps", "patient_gowns")],
    certs=(ISO9001, ISO14001),
)
P(
    65,
    "th",
    "โรงซักรีด ล้านนาเมดิคอล",
    CIRC,
    DOWN,
    "Chiang Mai",
    "lanna.medlaundry@gmail.com",
    [("รับซักอบรีดผ้าโรงพยาบาล คลินิก", "laundry_service"), ("ผ้าปูเก่าขาด ขายชั่งกิโล", "used_linen")],
    [X("ถุงละลายน้ำ ใส่ผ้าติดเชื้อ", "water-soluble bags; no one makes them"), N("ผ้าขวางเตียงทดแทนของเก่า", "draw_sheets")],
)
P(
    66,
    "th",
    "บริษัท อีสานลิเนน เช่าผ้า",
    AGEI,
    DOWN,
    "Khon Kaen",
    "isanlinen@gmail.com",
    [("ให้เช่าผ้าปู ปลอกหมอน พร้อมซักส่ง", "linen_rental_service")],
    [
        N("ผ้าปูเตียงคนไข้ ทั้งฝ้ายและทีซี", "cotton_bed_sheets tc_bed_sheets"),
        N("ผ้าขวาง", "draw_sheets"),
        N("ปลอกหมอนสีขาว", "pillowcases"),
    ],
)
P(
    67,
    "en",
    "Andaman Hotel Laundry",
    CIRC,
    DOWN,
    "Phuket",
    "service@andamanlaundry.com",
    [("wash and press for hotels and clinics", "laundry_service")],
    [
        N("hotel bath towels, 600 gsm", "bath_towels"),
        X("industrial washer-extractor 60 kg", "laundry machinery; no one sells it"),
    ],
)
P(
    68,
    "th",
    "ซักผ้าโรงพยาบาล อุบล",
    AGEI,
    DOWN,
    "Ubon Ratchathani",
    "ubon.hospitalwash@gmail.com",
    [("รับซักผ้าผู้ป่วยและผ้าห้องผ่าตัด", "laundry_service")],
    [X("สารซักฟอกสำหรับเครื่องซักอุตสาหกรรม", "laundry chemicals; no one sells them")],
)

# ====================================================================== downstream: hospitals, care homes, shops

P(
    69,
    "th",
    "โรงพยาบาลเอกชน ขอนแก่นเวชการ",
    AGEI,
    DOWN,
    "Khon Kaen",
    "purchase.kkvejakarn@gmail.com",
    [],
    [
        N("ผ้าปูเตียง ผ้าขวาง ปลอกหมอน ครบชุด", "cotton_bed_sheets tc_bed_sheets draw_sheets pillowcases"),
        N("ชุดคนไข้ผูกเชือกด้านหลัง", "patient_gowns"),
        N("หาร้านซักรีดรายเดือนสำหรับผ้าคนไข้ มีไหม", "laundry_service"),
    ],
)
P(
    70,
    "en",
    "Golden Age Nursing Home",
    AGEC,
    DOWN,
    "Nonthaburi",
    "admin@goldenagehome.co.th",
    [],
    [
        N("launderable underpads", "washable_underpads"),
        N("light cotton blankets", "blankets"),
        X("wheelchair seat cushions", "seat cushions; no one makes them"),
    ],
)
P(
    71,
    "th",
    "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
    AGEI,
    DOWN,
    "Udon Thani",
    "baansukjai.care@gmail.com",
    [],
    [
        N("อยากได้ผ้ารองกันเปื้อนแบบซักได้", "washable_underpads"),
        N("แพมเพิสผ้าสำหรับผู้สูงอายุ ใช้ซ้ำ", "washable_adult_diapers"),
        N("ผ้ายางรองที่นอน", "mattress_protectors"),
    ],
)
P(
    72,
    "en",
    "Andaman Wellness Spa",
    AGEC,
    DOWN,
    "Krabi",
    "spa@andamanwellness.com",
    [],
    [
        N("white spa towels, OEKO-TEX nice to have", "bath_towels small_towels", waive=(OEKO,)),
        N("guest bathrobes", "bathrobes"),
    ],
)
P(
    73,
    "th",
    "คลินิกกายภาพบำบัด หาดใหญ่",
    SPORT,
    DOWN,
    "Songkhla",
    "hatyai.physio@gmail.com",
    [],
    [N("ผ้าขนหนูคอตตอนผืนเล็ก สีขาว", "small_towels"), N("ถุงน่องลดเส้นเลือดขอด", "compression_stockings")],
)
P(
    74,
    "en",
    "Bangkok Metro Hospital",
    AGEC,
    DOWN,
    "Bangkok",
    "procurement@bkkmetrohospital.com",
    [("end-of-life linen for recycling", "used_linen")],
    [
        N("cubicle curtains, flame retardant", "ward_curtains"),
        N("OR scrubs", "scrubs"),
        N("laundry contractor with ISO 14001", "laundry_service", req=(ISO14001,)),
    ],
)
P(
    75,
    "th",
    "โรงพยาบาลชุมชนด่านซ้าย",
    AGEI,
    DOWN,
    "Loei",
    "dansai.hospital@gmail.com",
    [],
    [N("ผ้าห่มผืนบาง สำหรับผู้ป่วย", "blankets"), N("ชุดผู้ป่วย ผ้าผ่าน OEKO-TEX", "patient_gowns", req=(OEKO,))],
)
P(
    76,
    "en",
    "Korat Rehab Centre",
    AGEI,
    DOWN,
    "Nakhon Ratchasima",
    "info@koratrehab.com",
    [],
    [
        N("support hose for leg oedema, ISO 13485 maker", "compression_stockings", req=(ISO13485,)),
        N("wipe-clean covers for mattresses", "mattress_protectors"),
    ],
)
P(
    77,
    "th",
    "โรงแรมริมโขง หนองคาย",
    AGEI,
    DOWN,
    "Nong Khai",
    "rimkhong.hotel@gmail.com",
    [],
    [N("ผ้าเช็ดตัวสีขาว ไม่ต้องมี มอก.", "bath_towels", waive=(TIS,)), N("ชุดผ้าปูเตียงคอตตอนแท้ ไม่เอาทีซี", "cotton_bed_sheets")],
)
P(
    78,
    "en",
    "Surat Care Hospital",
    AGEC,
    DOWN,
    "Surat Thani",
    "supply@suratcare.co.th",
    [],
    [
        X(
            "Thai FDA registered compression stockings",
            "stockings are offered, but no maker holds Thai FDA",
            labels="compression_stockings",
            req=(FDA,),
        ),
        N("pillow covers, white", "pillowcases"),
        N("privacy curtains for wards", "ward_curtains"),
    ],
)
P(
    79,
    "th",
    "เนอร์สซิ่งโฮม บ้านลุงป้า",
    AGEC,
    DOWN,
    "Nakhon Pathom",
    "baanlungpa.nursing@gmail.com",
    [],
    [N("ผ้าห่มอุ่นๆ ให้ผู้สูงอายุ", "blankets quilts"), N("เสื้อผู้สูงอายุแบบใส่ง่าย", "adaptive_clothing")],
)
P(
    80,
    "en",
    "Chiang Rai Hemp Eco Resort",
    HEMP,
    DOWN,
    "Chiang Rai",
    "stay@crhempresort.com",
    [],
    [
        N("throws and blankets for guest rooms", "blankets"),
        N("room linen on hire, washing included", "linen_rental_service"),
    ],
)
P(
    81,
    "th",
    "ร้านของที่ระลึก อัมพวา",
    AGEC,
    DOWN,
    "Samut Songkhram",
    "amphawa.souvenir@gmail.com",
    [],
    [
        N("ถุงผ้าใส่ของ ขายนักท่องเที่ยว", "bags"),
        X("ผ้าไหมตรานกยูงพระราชทาน", "silk cloth; no one in the set weaves silk", labels="silk_fabric", req=(PEACOCK,)),
    ],
)
P(
    82,
    "en",
    "Phuket International Clinic",
    SPORT,
    DOWN,
    "Phuket",
    "admin@phuketintlclinic.com",
    [],
    [
        N("linen hire incl. washing", "linen_rental_service"),
        N("face towels", "small_towels"),
        X("RFID chips for tracking linen", "linen tags; no one makes them"),
    ],
)
P(
    83,
    "th",
    "รพ.สต. บ้านโนนสูง",
    AGEI,
    DOWN,
    "Chaiyaphum",
    "rpst.nonsung@gmail.com",
    [],
    [
        N("ม่านรูดกั้นเตียงคนไข้", "ward_curtains"),
        N("ผ้าปูเตียงสีขาว ได้มาตรฐาน มอก.", "cotton_bed_sheets tc_bed_sheets", req=(TIS,)),
    ],
)
P(
    84,
    "en",
    "Pattaya Sports Club",
    SPORT,
    DOWN,
    "Chonburi",
    "club@pattayasports.com",
    [],
    [N("gym towels that dry fast", "microfiber_towels")],
)
P(
    85,
    "th",
    "สถานดูแลผู้สูงอายุ ยายจ๋า",
    AGEC,
    DOWN,
    "Samut Prakan",
    "yayja.eldercare@gmail.com",
    [],
    [N("ผ้ารองซับ ใช้ซ้ำ", "washable_underpads"), N("ผ้าปูกันน้ำ", "mattress_protectors")],
)
P(
    86,
    "th",
    "บริษัท ชิ้นส่วนยนต์ บ้านบึง จำกัด",
    CIRC,
    DOWN,
    "Chonburi",
    "banbueng.parts@gmail.com",
    [],
    [N("ผ้าขี้ริ้วเช็ดน้ำมัน กิโลละไม่เกิน 20 บาท", "cleaning_rags")],
)
P(
    87,
    "en",
    "Trang Care Hospital",
    AGEC,
    DOWN,
    "Trang",
    "housekeeping@trangcare.com",
    [],
    [N("floor mop refills", "mop_heads"), X("covered linen trolleys", "linen trolleys; no one makes them")],
)
P(
    88,
    "th",
    "โรงพยาบาลแม่สอด",
    CIRC,
    DOWN,
    "Tak",
    "maesot.hospital@gmail.com",
    [],
    [N("เช่าผ้าพร้อมบริการซัก", "linen_rental_service"), N("จ้างเย็บชุดผู้ป่วยจากผ้าที่เรามี", "cmt_sewing_service")],
)
P(
    89,
    "en",
    "Hua Hin Retirement Village",
    AGEC,
    DOWN,
    "Prachuap Khiri Khan",
    "office@huahinretire.com",
    [],
    [N("soft pillows for residents", "pillows"), N("blankets, OTOP not required", "blankets", waive=(OTOP,))],
)
P(
    90,
    "en",
    "Nimman Craft Store",
    HEMP,
    DOWN,
    "Chiang Mai",
    "buy@nimmancraft.com",
    [],
    [
        N("cloth shopping bags", "bags"),
        N("GOTS-certified organic cotton yarn for knitting classes", "cotton_yarn", req=(GOTS,)),
    ],
)
P(
    91,
    "en",
    "Phrae Workwear Studio",
    HEMP,
    DOWN,
    "Phrae",
    "studio@phraeworkwear.com",
    [("mor hom indigo work shirts", "workwear_shirts")],
    [
        N("indigo vat dyeing for our sewn shirts", "indigo_dyeing_service"),
        N("ready-dyed indigo cotton yardage", "indigo_dyed_cotton_fabric"),
    ],
)
P(
    92,
    "th",
    "ผ้าทอลำพูน ห้างหุ้นส่วน",
    HEMP,
    MID,
    "Lamphun",
    "lamphun.weave@gmail.com",
    [("ผ้าฝ้ายดิบทอมือ ยังไม่ฟอก", "greige_cotton_fabric")],
    [N("ใครรับย้อมผ้าดิบของเราเป็นสีกรม", "fabric_dyeing_service")],
)
P(
    93,
    "th",
    "ร้านส่งผ้าปูโรงแรม พาหุรัด",
    AGEC,
    DOWN,
    "Bangkok",
    "pahurat.hotelsupply@gmail.com",
    [],
    [N("ชีทปูเตียงโรงแรม สีขาว", "cotton_bed_sheets tc_bed_sheets"), N("หมอนใส่ห้องพักโรงแรม", "pillows")],
)
P(
    94,
    "th",
    "โรงพยาบาลปัตตานี",
    AGEC,
    DOWN,
    "Pattani",
    "pattani.hospital@gmail.com",
    [],
    [
        N("ผ้าเช็ดตัวผืนใหญ่", "bath_towels"),
        N("ชุดเขียวห้องผ่าตัด", "scrubs"),
        X("ชุดกาวน์ใช้แล้วทิ้ง ผ้าสปันบอนด์", "disposable non-woven gowns; no one makes non-woven"),
    ],
)
P(
    95,
    "th",
    "บ้านพักคนชรา บุรีรัมย์",
    AGEI,
    DOWN,
    "Buriram",
    "buriram.eldershome@gmail.com",
    [],
    [
        N("หมอนใบใหม่ 40 ใบ", "pillows"),
        N("ผ้ารองขวางเตียงผู้ป่วย", "draw_sheets"),
        X("ที่นอนโฟมเตียงผู้ป่วย", "foam mattresses; no one makes them"),
    ],
)


# ====================================================================== checks

_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_SUB_CLUSTERS = {s.value for s in SubCluster}
_STAGES = {s.value for s in Stage}
_BCG = {b.value for b in BcgTag}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _mentions(cert: str, text: str) -> bool:
    """Whether `text` names `cert` at all, affirmed or not."""
    folded = _nfkc(text).casefold()
    for c in CERTIFICATIONS:
        if c.name != cert:
            continue
        words = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
        if any(_nfkc(w).casefold() in folded for w in words):
            return True
        return any(re.search(_nfkc(p), _nfkc(text)) for p in c.patterns)
    raise ValueError(f"unknown certification {cert!r}")


def _phrase_ok(text: str, lang: str) -> bool:
    if not text.strip() or text != text.strip():
        return False
    if lang == "en":
        return text.isascii() and text.isprintable()
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return thai >= 2 * latin and thai > 0


def _qualified(profile: Profile, need: Need, buyer: Profile) -> bool:
    if profile.id == buyer.id:
        return False
    held = {resolve_certification(c) for c in profile.certifications}
    return any(label in need.labels for _, label in profile.offers) and set(need.requires) <= held


def check(profiles: list[Profile]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(ids) != N_PROFILES or len(set(ids)) != len(ids):
        errors.append(f"expected {N_PROFILES} unique ids, got {len(ids)} ({len(set(ids))} unique)")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not bhl-001 ... in order")
    emails = Counter(p.email for p in profiles)
    for p in profiles:
        where = p.id
        if not _ID.match(p.id):
            errors.append(f"{where}: malformed id")
        if p.language not in ("th", "en"):
            errors.append(f"{where}: language {p.language!r}")
        if p.sub_cluster not in _SUB_CLUSTERS:
            errors.append(f"{where}: sub_cluster {p.sub_cluster!r}")
        if p.stage not in _STAGES:
            errors.append(f"{where}: stage {p.stage!r}")
        if resolve_province(p.province) is None:
            errors.append(f"{where}: province {p.province!r} does not resolve")
        for c in p.certifications:
            if resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        if len(set(p.certifications)) != len(p.certifications):
            errors.append(f"{where}: repeated certification")
        for b in p.bcg:
            if b not in _BCG:
                errors.append(f"{where}: bcg {b!r}")
        if len(set(p.bcg)) != len(p.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if not _EMAIL.match(p.email) or emails[p.email] > 1:
            errors.append(f"{where}: email {p.email!r} malformed or repeated")
        if not _phrase_ok(p.name, p.language):
            errors.append(f"{where}: name {p.name!r} not in {p.language}")
        if not 0 <= len(p.offers) <= 3 or not 0 <= len(p.needs) <= 3 or not (p.offers or p.needs):
            errors.append(f"{where}: {len(p.offers)} offers and {len(p.needs)} needs")
        texts = [t for t, _ in p.offers] + [n.text for n in p.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        held = set(p.certifications)
        for text, label in p.offers:
            if not _phrase_ok(text, p.language):
                errors.append(f"{where}: offer {text!r} not in {p.language}")
            if not re.fullmatch(r"[a-z][a-z_]*[a-z]", label):
                errors.append(f"{where}: offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held:
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - held)} the SME does not hold")
        for need in p.needs:
            text = need.text
            if not _phrase_ok(text, p.language):
                errors.append(f"{where}: need {text!r} not in {p.language}")
            found = find_certifications(text)
            if found != set(need.requires):
                errors.append(f"{where}: need {text!r} names {sorted(found)}, labelled {list(need.requires)}")
            for cert in need.waives:
                if not _mentions(cert, text) or cert in found:
                    errors.append(f"{where}: need {text!r} does not waive {cert!r} in its text")
            if not need.unmet and not need.labels:
                errors.append(f"{where}: need {text!r} has neither labels nor a note")
            if need.unmet and need.waives:
                errors.append(f"{where}: unmet need {text!r} waives a certification")
    offered: dict[str, set[str]] = {}
    for p in profiles:
        for _, label in p.offers:
            offered.setdefault(label, set()).add(p.id)
    all_offer_texts = {_nfkc(t).casefold() for p in profiles for t, _ in p.offers}
    for buyer in profiles:
        for need in buyer.needs:
            if _nfkc(need.text).casefold() in all_offer_texts:
                errors.append(f"{buyer.id}: need {need.text!r} is worded exactly like an offer")
            suppliers = [s.id for s in profiles if _qualified(s, need, buyer)]
            if need.unmet:
                if suppliers:
                    errors.append(f"{buyer.id}: need {need.text!r} is marked unmet but {suppliers} meet it")
                continue
            for label in need.labels:
                if not offered.get(label, set()) - {buyer.id}:
                    errors.append(f"{buyer.id}: label {label!r} is offered by no one else")
            if not suppliers:
                errors.append(f"{buyer.id}: need {need.text!r} has no qualified supplier")
    return errors


def links(profiles: list[Profile]) -> list[tuple[str, str]]:
    pairs = {
        (s.id, b.id) for b in profiles for need in b.needs if not need.unmet for s in profiles if _qualified(s, need, b)
    }
    return sorted(pairs)


def check_sizes(profiles: list[Profile], pairs: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {p.id: p.language for p in profiles}
    thai = sum(p.language == "th" for p in profiles) / len(profiles)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS[0] <= len(pairs) <= LINKS[1]:
        errors.append(f"{len(pairs)} links, outside {LINKS}")
    cross = sum(lang[s] != lang[b] for s, b in pairs) / max(1, len(pairs))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    unmet = sum(bool(n.unmet) for p in profiles for n in p.needs)
    if not UNMET[0] <= unmet <= UNMET[1]:
        errors.append(f"{unmet} unmet needs, outside {UNMET}")
    met_counts = [sum(_qualified(s, n, b) for s in profiles) for b in profiles for n in b.needs if not n.unmet]
    few = sum(1 <= c <= 3 for c in met_counts) / max(1, len(met_counts))
    if few < 0.7:
        errors.append(f"only {few:.0%} of met needs have 1-3 suppliers")
    return errors


# ====================================================================== output


def profile_json(p: Profile) -> str:
    record = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [text for text, _ in p.offers],
        "needs": [need.text for need in p.needs],
        "certifications": list(p.certifications),
        "bcg": list(p.bcg),
        "contact_email": p.email,
        "language": p.language,
    }
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def counts(profiles: list[Profile], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {p.id: p for p in profiles}
    needs = [n for p in profiles for n in p.needs]
    met = [n for n in needs if not n.unmet]
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in pairs)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in pairs)
    cross = th_en + en_th
    provinces = [resolve_province(p.province) for p in profiles]
    regions = Counter(province.region.value for province in provinces if province is not None)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(profiles))),
        ("written in Thai", str(sum(p.language == "th" for p in profiles))),
        ("written in English", str(sum(p.language == "en" for p in profiles))),
    ]
    rows += [(f"sub-cluster `{s.value}`", str(sum(p.sub_cluster == s.value for p in profiles))) for s in SubCluster]
    rows += [(f"stage `{s.value}`", str(sum(p.stage == s.value for p in profiles))) for s in Stage]
    rows += [(f"region `{r}`", str(regions[r])) for r in ("north", "northeast", "central", "east", "west", "south")]
    rows += [
        ("distinct provinces", str(len({province for province in provinces if province is not None}))),
        ("offers", str(sum(len(p.offers) for p in profiles))),
        ("distinct offer labels", str(len({label for p in profiles for _, label in p.offers}))),
        ("needs", str(len(needs))),
        ("needs met by someone in the set", str(len(met))),
        ("needs met by no one", str(len(needs) - len(met))),
        ("needs requiring a certification", str(sum(bool(n.requires) for n in needs))),
        ("needs naming a certification only to waive it", str(sum(bool(n.waives) for n in needs))),
        ("true links", str(len(pairs))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({cross / len(pairs):.0%})"),
        ("within-language links", str(len(pairs) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in pairs)),
        ),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# `blind_plain_hospitallinen`: hospital and care-home linen, plain registry entries

A hand-labelled test set for the partner matchmaking: 95 SME profiles (`bhl-001` ... `bhl-095`) in the
cluster-profile JSONL version 1 format and the true supplier-buyer links between them. The theme is
hospital and care-home linen (bed sheets, draw sheets, pillowcases, blankets, towels, patient gowns,
scrubs, ward curtains, underpads and mattress protectors, laundries and linen rental, and the hospitals,
clinics, care homes, hotels and shops that buy them), together with the ordinary upstream and midstream
suppliers of the cluster (cotton, hemp, kapok and recycled fibre, yarn, cloth, dyeing, finishing, sewing,
trims).

## What it checks

Whether the matcher finds the true supplier-buyer pairs from wording it has never seen. Offers and needs
are short registry phrases, about half in Thai and half in English; a need is usually worded differently
from the offers that meet it, and about half of the true links cross languages. The same goods are named
in many ways (local and regional names such as ห้อม and คราม, ผ้าโทเร, ผ้านวม, ฝ้ายเข็น; trade words and
abbreviations such as TC, T/C, poly-cotton, PU, FR, CMT, OR, Ne, rPET; brand names used as common
nouns or as trade names such as แพมเพิส, Trevira CS, Sanitized and Lycra), with and without sizes,
counts, prices and minimum orders. Hard but fair cases:

- a service versus the goods it works on (piece dyeing of the customer's cloth versus dyed cloth, indigo
  dyeing versus indigo cloth, antimicrobial finishing versus antimicrobial fabric, sewing for others
  versus finished gowns, laundry and linen rental versus new linen, embroidery and printing on the
  customer's linen);
- waste and used goods versus new (retired hospital linen, cutting scraps, recycled fibre and yarn);
- raw versus processed (cotton lint, yarn, cloth, product; hemp fibre, yarn, cloth; bamboo and rPET
  offered only as yarn when a need asks for fabric);
- finished goods described by material, colour or technique (an indigo-dyed handwoven blanket is a
  blanket; a tote of handwoven indigo cotton is a bag);
- needs written as a wish, a bare noun phrase or a question, and refusals ("ไม่เอาทีซี", "ไม่เอาสีเคมี");
- needs that require a named certification (a supplier without it does not meet them) and needs that
  name one only to waive it ("OTOP not required", "ไม่ต้องมี มอก.", "ยิ่งดี");
- about twenty needs that no one in the set meets, some of them close to something that is offered
  (yarn dyeing where only piece dyeing exists, embroidery thread where only sewing thread exists,
  compression stockings with a registration no maker holds).

## How it was written

By hand, by a writer who read only section 1 of the project's contracts (the profile format and the
links CSV), `shared/taxonomy.py` with its data files, and the ruff settings; not the matcher, its
glossary, its tests, other evaluation sets or the project's data. All the data lives in `write.py`.

## How a link is decided

Every offer in `write.py` is a (text, label) pair whose label says what the thing is. Every need either
lists the offer labels that would meet it and the certifications its text requires (and those it
waives), or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when
some offer of the supplier carries a label that one of the buyer's needs lists, and the supplier's
certifications include every certification that need requires. An SME is never linked to itself.
Shared words play no part; quantities, prices, colours and places never decide a link; what changes
what the thing is (service or goods, used or new, fibre, yarn, cloth or product, a refused material)
does. A waived certification is not required. The labels live only in `write.py`; the profiles carry
no labels.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG tags from the taxonomy, provinces resolve with `resolve_province`, certifications with
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every met
need has a qualified supplier and every unmet one has none; a need's required certifications are exactly
those `find_certifications` reads in its text and a waived one is named there but not read as required;
no offer claims a certification its SME does not hold; Thai phrases are mostly Thai letters and English
ones ASCII; the size targets (95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of them across languages,
17-23 unmet needs, at least 70 % of met needs met by 1-3 suppliers). It writes nothing if a check
fails, and builds every file twice to make sure the bytes are identical.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_hospitallinen/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: the 95 profiles, one JSON object per line, UTF-8, contract fields only.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted, no duplicates.
- `README.md`: this file (written by `write.py`).

## Counts

"""


def build() -> dict[str, bytes]:
    profiles = list(_PROFILES)
    errors = check(profiles)
    pairs = links(profiles)
    errors += check_sizes(profiles, pairs)
    if errors:
        raise SystemExit("checks failed, nothing written:\n" + "\n".join(errors))
    jsonl = "".join(profile_json(p) + "\n" for p in profiles)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(pairs)
    readme = README + table(counts(profiles, pairs))
    return {
        "profiles.jsonl": jsonl.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> None:
    first, second = build(), build()
    if first != second:
        raise SystemExit("two builds differ; nothing written")
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(table(counts(list(_PROFILES), links(list(_PROFILES)))), end="")


if __name__ == "__main__":
    main()
