"""Write the hand-labelled evaluation set `eval/blind_plain_threads/`.

Sewing and embroidery threads in the Health and Wellness Economy textile cluster, written as plain
registry entries (one short phrase per offer or need), about 55 % in Thai.

Every offer is a `(text, label)` pair; every need lists the offer labels that meet it and the
certifications its text requires (or waives), or is marked as met by no one with a short note.
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one
of the buyer's needs and the supplier holds every certification that need requires.

Run from the repository root:  .venv/bin/python eval/blind_plain_threads/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
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

OUT = Path(__file__).resolve().parent

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRCULAR = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    note: str = ""  # non-empty: met by no one, and why


class Sme(NamedTuple):
    id: str
    lang: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[BcgTag, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> None:
    SMES.append(
        Sme(f"bth-{num:03d}", lang, name, sub_cluster, stage, province, tuple(offers), tuple(needs), certs, bcg)
    )


# ====================================================================== data
# DATA-START
# --- upstream: fibre, yarn, waste, dye stuff (bth-001 ... bth-022)
sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำไซ",
    HEMP,
    UP,
    "Tak",
    [("เปลือกกัญชงตากแห้ง มัดละ 5 กก.", "hemp_fibre"), ("ด้ายกัญชงปั่นมือ ม้วนละ 100 กรัม", "handspun_hemp_thread")],
    [unmet("เมล็ดพันธุ์กัญชงสายพันธุ์เส้นใย ที่มีใบอนุญาต", "no one offers hemp seed")],
    bcg=(BIO,),
)
sme(
    2,
    "en",
    "Doi Fibre Hemp Processing Co., Ltd.",
    HEMP,
    UP,
    "Chiang Mai",
    [("decorticated hemp bast fibre, baled", "hemp_fibre"), ("hemp yarn Nm 8, wet spun", "hemp_yarn")],
    [need("dried hemp bark strips from hill farms", "hemp_fibre")],
    bcg=(BIO, GREEN),
)
sme(
    3,
    "th",
    "กลุ่มปลูกฝ้ายตุ่นบ้านนาด้วง",
    HEMP,
    UP,
    "Loei",
    [("ปุยฝ้ายตุ่น อีดเมล็ดออกแล้ว", "raw_cotton_fibre"), ("ฝ้ายเข็นมือสีตุ่นธรรมชาติ", "handspun_cotton_thread")],
    [unmet("หาเครื่องอีดฝ้ายมือสอง สภาพดี", "no one sells cotton gins")],
    bcg=(BIO,),
)
sme(
    4,
    "en",
    "Nan Highland Organic Cotton Farm",
    HEMP,
    UP,
    "Nan",
    [("organic seed cotton, 2024 harvest", "raw_cotton_fibre")],
    [],
    certs=("Organic Thailand",),
    bcg=(BIO, GREEN),
)
sme(
    5,
    "th",
    "กลุ่มสาวไหมบ้านท่าสว่าง",
    AGI,
    UP,
    "Surin",
    [
        ("ไหมน้อยสาวมือ ไหมพันธุ์พื้นบ้าน", "silk_yarn"),
        ("ไหมลืบ ไหมเปลือก ราคาถูก", "silk_yarn"),
        ("รังไหมสดสีเหลือง", "silk_cocoons"),
    ],
    [unmet("ไข่ไหมพันธุ์ไทยพื้นบ้าน", "no one offers silkworm eggs")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    6,
    "en",
    "Chonnabot Silk Twisting Co.",
    HEMP,
    MID,
    "Khon Kaen",
    [
        ("twisted filament silk embroidery thread, 2-ply", "silk_embroidery_thread"),
        ("reeled raw silk 20/22 denier", "silk_yarn"),
    ],
    [need("would like fresh yellow cocoons, Thai native breed", "silk_cocoons")],
    certs=("Thai Silk Peacock Emblem",),
)
sme(
    7,
    "th",
    "บริษัท ไทยรีไฟเบอร์ จำกัด",
    CIRC,
    UP,
    "Samut Sakhon",
    [("ใยสั้นรีไซเคิลจากขวดน้ำ PSF 1.4D ยาว 38 มม.", "recycled_polyester_fibre")],
    [need("ขวดเพ็ทใสอัดก้อน ไม่ปนฝา ไม่ปนฉลาก", "used_pet_bottles")],
    certs=("GRS",),
    bcg=(CIRCULAR,),
)
sme(
    8,
    "en",
    "Eastern Loop Yarns Co., Ltd.",
    CIRC,
    UP,
    "Chonburi",
    [
        ("rPET filament yarn 150D/48F DTY", "recycled_polyester_filament_yarn"),
        ("virgin polyester FDY 300D high tenacity", "polyester_filament_yarn"),
    ],
    [need("post-consumer PET bottles, baled", "used_pet_bottles")],
    certs=("GRS certified", "ISO 9001:2015"),
    bcg=(CIRCULAR,),
)
sme(
    9,
    "th",
    "ร้านรับซื้อของเก่า ส.เจริญทรัพย์",
    CIRC,
    UP,
    "Nonthaburi",
    [("ขวดพลาสติกใส อัดเป็นก้อน", "used_pet_bottles"), ("แกนด้ายกระดาษเก่า คัดแล้ว", "used_thread_cones")],
    [need("เศษด้ายจากโรงงานเย็บผ้า ทุกสี ทุกชนิด", "thread_waste")],
    bcg=(CIRCULAR,),
)
sme(
    10,
    "en",
    "ThreadBack Recycling",
    CIRC,
    UP,
    "Samut Prakan",
    [
        ("colour-sorted sewing thread waste, baled", "thread_waste"),
        ("shredded thread fibre for pillow stuffing", "recycled_fibre_filling"),
    ],
    [],
    bcg=(CIRCULAR,),
)
sme(
    11,
    "th",
    "หจก. กรวยทองรีไซเคิล",
    CIRC,
    UP,
    "Pathum Thani",
    [("กรวยกระดาษใช้แล้ว คัดขนาดแล้ว ขายเป็นกิโล", "used_thread_cones")],
    [],
    bcg=(CIRCULAR,),
)
sme(
    12,
    "en",
    "Rayong Polyamide Co., Ltd.",
    SPORT,
    UP,
    "Rayong",
    [("nylon 6.6 high-tenacity filament 210D", "nylon_filament_yarn")],
    [],
    certs=("ISO 9001",),
)
sme(
    13,
    "th",
    "โรงปั่นด้ายแปดริ้ว",
    SPORT,
    UP,
    "Chachoengsao",
    [
        ("เส้นด้ายโพลีเอสเตอร์สปัน 100% Ne 40/1 สำหรับทำด้ายเย็บ", "polyester_spun_yarn"),
        ("ด้ายสปันโพลี 20/1 เส้นหนา", "polyester_spun_yarn"),
    ],
    [need("ใยโพลีเอสเตอร์สั้น 1.2 ดีเนียร์ จะเป็นรีไซเคิลก็ได้", "polyester_staple_fibre", "recycled_polyester_fibre")],
)
sme(
    14,
    "en",
    "Phu Phan Indigo Growers",
    HEMP,
    UP,
    "Sakon Nakhon",
    [("fermented natural indigo paste, 1 kg tubs", "indigo_paste")],
    [],
    certs=("Organic Thailand",),
    bcg=(BIO,),
)
sme(
    15,
    "th",
    "กลุ่มทำเนื้อครามบ้านดอนกอย",
    AGI,
    UP,
    "Sakon Nakhon",
    [("เนื้อครามเปียก กิโลละ 250 บาท", "indigo_paste")],
    [unmet("ปูนแดง น้ำด่างขี้เถ้า สำหรับก่อหม้อคราม", "no one offers lime or lye")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    16,
    "th",
    "กลุ่มสีธรรมชาติแม่จัน",
    HEMP,
    UP,
    "Chiang Rai",
    [("ครั่งดิบ เม็ดครั่ง", "lac_dye"), ("แก่นฝาง เปลือกประดู่ สับตากแห้ง", "natural_dye_material")],
    [],
    bcg=(BIO,),
)
sme(
    17,
    "en",
    "Mill Surplus Trading",
    CIRC,
    UP,
    "Bangkok",
    [
        ("deadstock combed cotton yarn 30s, full cones", "cotton_yarn"),
        ("surplus unused poly sewing thread, mixed shades", "spun_polyester_sewing_thread"),
    ],
    [],
    bcg=(CIRCULAR,),
)
sme(
    18,
    "th",
    "โรงปั่นฝ้ายเมืองแพร่",
    HEMP,
    UP,
    "Phrae",
    [("ด้ายฝ้าย Ne 20/2 ดิบ ยังไม่ฟอก", "cotton_yarn")],
    [need("ปุยฝ้ายเมือง ฝ้ายพื้นบ้านภาคเหนือ", "raw_cotton_fibre")],
)
sme(
    19,
    "en",
    "Buriram Handspun Cooperative",
    AGI,
    UP,
    "Buriram",
    [("hand-spun cotton thread, natural white, per skein", "handspun_cotton_thread")],
    [need("ginned native cotton lint", "raw_cotton_fibre")],
    certs=("OTOP",),
)
sme(
    20,
    "th",
    "กลุ่มเข็นด้ายกัญชงแม่สะเรียง",
    HEMP,
    UP,
    "Mae Hong Son",
    [("ด้ายกัญชงเข็นมือ ต้มขี้เถ้า สีขาวนวล", "handspun_hemp_thread")],
    [need("ใยกัญชงลอกแล้ว พร้อมต่อเส้น", "hemp_fibre")],
    bcg=(BIO,),
)
sme(
    21,
    "th",
    "โรงงานไหมพรมสมุทรสาคร",
    AGC,
    UP,
    "Samut Sakhon",
    [("ไหมพรมอะคริลิค 4 ply ก้อนละ 100 กรัม", "acrylic_knitting_yarn")],
    [need("เส้นใยอะคริลิคสั้น สำหรับปั่นไหมพรม", "acrylic_staple_fibre")],
)
sme(
    22,
    "en",
    "Siam Staple Fibre Co., Ltd.",
    SPORT,
    UP,
    "Pathum Thani",
    [
        ("virgin polyester staple fibre 1.2D x 38 mm", "polyester_staple_fibre"),
        ("acrylic staple fibre 3D for knitting yarn", "acrylic_staple_fibre"),
    ],
    [],
    certs=("OEKO-TEX Standard 100",),
)
# --- midstream: thread makers, dyers, winders, weavers, sewers, embroiderers (bth-023 ... bth-050)
sme(
    23,
    "th",
    "บริษัท ด้ายไทยอุตสาหกรรม จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    [
        ("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 หลอด 5,000 หลา", "spun_polyester_sewing_thread"),
        ("ด้ายโพ้งไนลอนฟู สำหรับจักรโพ้ง 4 เส้น", "overlock_thread"),
        ("ด้ายดิบสีขาวบนหลอดย้อม ยังไม่ได้ย้อมสี", "raw_white_sewing_thread"),
    ],
    [
        need("ด้ายโพลีปั่นจากใยสั้น Ne40 ซิงเกิล ขั้นต่ำ 1 ตัน", "polyester_spun_yarn"),
        need("กรวยกระดาษใหม่ 9 องศา 15 ลิปดา", "paper_thread_cones"),
    ],
    certs=("ISO 9001", "OEKO-TEX Standard 100"),
)
sme(
    24,
    "en",
    "CoreTex Threads Co., Ltd.",
    SPORT,
    MID,
    "Samut Sakhon",
    [
        ("poly/poly core-spun thread, Tex 27 and Tex 40", "core_spun_sewing_thread"),
        ("bonded nylon thread 210D/3 for footwear", "bonded_nylon_thread"),
    ],
    [
        need("HT nylon 66 filament for bonding", "nylon_filament_yarn"),
        need("staple polyester yarn to wrap the core", "polyester_spun_yarn"),
    ],
    certs=("ISO 9001", "Oeko-Tex 100"),
)
sme(
    25,
    "th",
    "บริษัท กรีนเธรด จำกัด",
    CIRC,
    MID,
    "Samut Sakhon",
    [
        ("ด้ายเย็บรีไซเคิลจากขวด rPET 100% เบอร์ 40", "recycled_polyester_sewing_thread"),
        ("ด้ายโพ้งรีไซเคิล โคนละ 5,000 เมตร", "overlock_thread"),
    ],
    [
        need("เส้นใยฟิลาเมนต์รีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_filament_yarn", req=("GRS",)),
        need("ใยสั้น rPET สำหรับปั่นด้าย", "recycled_polyester_fibre"),
    ],
    certs=("GRS",),
    bcg=(CIRCULAR,),
)
sme(
    26,
    "en",
    "Kraft Cone Works",
    CIRC,
    MID,
    "Nakhon Pathom",
    [("new kraft paper cones 9 deg 15, 170 mm", "paper_thread_cones")],
    [need("old paper cones in bulk, for repulping", "used_thread_cones")],
    bcg=(CIRCULAR, GREEN),
)
sme(
    27,
    "th",
    "ร้านกรอด้ายเจริญผล สำเพ็ง",
    AGC,
    MID,
    "Bangkok",
    [
        ("รับกรอด้ายแบ่งจากโคนใหญ่ลงหลอดเล็ก", "thread_winding_service"),
        ("กระสวยพันด้ายสำเร็จ ใส่จักรปักได้เลย", "prewound_bobbins"),
    ],
    [need("หลอดกระดาษเปล่าใหม่ สำหรับกรอด้าย", "paper_thread_cones")],
)
sme(
    28,
    "en",
    "Nonthaburi Colour Thread Dyeing",
    AGC,
    MID,
    "Nonthaburi",
    [("dye-to-match sewing thread to your shade card, 1 cone MOQ", "thread_dyeing_service")],
    [need("greige thread on dye tubes, not yet coloured", "raw_white_sewing_thread")],
    certs=("OEKO-TEX",),
)
sme(
    29,
    "th",
    "ครามสกลย้อมตามสั่ง",
    HEMP,
    MID,
    "Sakon Nakhon",
    [
        ("รับย้อมครามธรรมชาติ ลูกค้าส่งด้ายหรือผ้ามาเอง", "natural_dyeing_service"),
        ("ด้ายฝ้ายย้อมคราม เข้มอ่อน 5 ระดับ", "indigo_dyed_cotton_thread"),
    ],
    [need("เนื้อครามแท้ ไม่ผสมสีเคมี ไม่จำเป็นต้องมีเกษตรอินทรีย์", "indigo_paste", waive=("Organic Thailand",))],
    bcg=(BIO,),
)
sme(
    30,
    "th",
    "ล้านนาสีธรรมชาติ สตูดิโอ",
    HEMP,
    MID,
    "Chiang Mai",
    [
        ("รับย้อมด้ายด้วยครั่ง มะเกลือ คราม ส่งด้ายมาเอง", "natural_dyeing_service"),
        ("ไหมปักฝ้ายย้อมสีจากพืช", "cotton_embroidery_floss"),
    ],
    [need("ขี้ครั่งจากป่าภาคเหนือ", "lac_dye"), need("ไม้ให้สี แก่นขนุน ฝาง", "natural_dye_material")],
    bcg=(BIO,),
)
sme(
    31,
    "th",
    "กลุ่มทอผ้าบ้านหนองบัวดีหมี",
    AGI,
    MID,
    "Khon Kaen",
    [("ผ้าฝ้ายทอมือ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"), ("ผ้าไหมมัดหมี่ลายโบราณ", "handwoven_silk_fabric")],
    [need("ไหมน้อยเส้นเล็ก ไว้ทอเป็นเส้นพุ่ง", "silk_yarn"), need("ฝ้ายเข็น เส้นสม่ำเสมอ", "handspun_cotton_thread")],
    certs=("ตรานกยูงพระราชทาน", "OTOP"),
)
sme(
    32,
    "en",
    "Hilltribe Hemp Weavers",
    HEMP,
    MID,
    "Chiang Mai",
    [("handwoven hemp cloth, backstrap width 40 cm", "hemp_fabric")],
    [need("hand-twisted hemp thread, undyed", "handspun_hemp_thread")],
    bcg=(BIO,),
)
sme(
    33,
    "th",
    "โรงงานรับเย็บ ป.ประเสริฐการ์เมนต์",
    CIRC,
    MID,
    "Bangkok",
    [("รับตัดเย็บตามแบบ ลูกค้าส่งผ้ามาเอง", "cut_and_sew_service"), ("เศษด้าย ด้ายเหลือก้นหลอด", "thread_waste")],
    [need("ด้ายเย็บสีดำ สีขาว 40/2 ยกลัง", "spun_polyester_sewing_thread")],
)
sme(
    34,
    "en",
    "Pacific Active Sewing Co.",
    SPORT,
    MID,
    "Chonburi",
    [("CMT sewing of jerseys and leggings, flatlock", "cut_and_sew_service")],
    [
        need(
            "Coats Epic equivalent Tex 27, OEKO-TEX required", "core_spun_sewing_thread", req=("OEKO-TEX Standard 100",)
        ),
        need("textured nylon looper thread for flatlock", "overlock_thread"),
    ],
)
sme(
    35,
    "th",
    "ร้านราชบุรีปักสวย",
    AGC,
    MID,
    "Ratchaburi",
    [("รับปักชื่อ ปักโลโก้ ด้วยจักรคอม", "embroidery_service")],
    [
        need("ไหมโพลีเงา ใส่เครื่องปักคอม 12 หัว", "machine_embroidery_thread"),
        need("ดิ้นสีทองแบบม้วน ใช้กับเครื่องปักคอม", "metallic_thread"),
    ],
)
sme(
    36,
    "en",
    "StitchPro Embroidery",
    AGC,
    MID,
    "Bangkok",
    [
        ("logo embroidery on polo shirts and caps", "embroidery_service"),
        ("embroidered iron-on patches, merrow edge", "embroidered_patches"),
    ],
    [
        need("rayon machine embroidery thread, 5000 m cones", "machine_embroidery_thread"),
        unmet("water-soluble stabiliser film", "no one offers embroidery backing"),
    ],
)
sme(
    37,
    "th",
    "กลุ่มปักผ้าม้งบ้านแม่สาใหม่",
    HEMP,
    MID,
    "Chiang Mai",
    [
        ("รับปักมือลายม้ง ลงบนผ้าของลูกค้า", "hand_embroidery_service"),
        ("ผืนผ้าปักม้งสำเร็จ ขนาด 30x30 ซม.", "embroidered_fabric_panels"),
    ],
    [need("ไหมปักฝ้าย 6 เส้น สีสด", "cotton_embroidery_floss"), need("มีใครขายผ้ากัญชงทอมือไหมคะ", "hemp_fabric")],
)
sme(
    38,
    "th",
    "ห้างดิ้นทองพาหุรัด",
    AGC,
    MID,
    "Bangkok",
    [("ดิ้นทอง ดิ้นเงิน ม้วนเล็ก", "metallic_thread"), ("ดิ้นโลหะสำหรับจักรปัก ม้วน 2,000 เมตร", "metallic_thread")],
    [unmet("ฟิล์มเมทัลไลซ์ สำหรับกรีดเป็นดิ้น", "no one offers metallised film")],
)
sme(
    39,
    "en",
    "Armour Thread Technologies",
    SPORT,
    MID,
    "Samut Prakan",
    [("meta-aramid sewing thread, flame resistant", "aramid_thread")],
    [unmet("para-aramid spun yarn for twisting", "no one offers aramid yarn")],
    certs=("ISO 9001",),
)
sme(
    40,
    "th",
    "หจก. ด้ายเย็บกระสอบนนท์",
    CIRC,
    MID,
    "Nonthaburi",
    [("ด้ายเย็บปากกระสอบ 20/6 ม้วนละ 1 กก.", "bag_closing_thread")],
    [need("ด้ายโพลีใยสั้นเบอร์ใหญ่ ไว้ตีเกลียวทำด้ายกระสอบ", "polyester_spun_yarn")],
)
sme(
    41,
    "en",
    "Ayutthaya Hemp Sack Co.",
    HEMP,
    MID,
    "Ayutthaya",
    [("hemp and jute rice sacks, 50 kg", "hemp_sacks")],
    [
        need("thread for portable bag closer machines", "bag_closing_thread"),
        need("machine-spun hemp yarn", "hemp_yarn"),
    ],
    bcg=(BIO,),
)
sme(
    42,
    "th",
    "โรงงานยางยืดโคราช",
    SPORT,
    MID,
    "Nakhon Ratchasima",
    [("ยางยืดเส้นกลม ด้ายยางสำหรับเย็บย่น", "elastic_thread"), ("ยางยืดแบนทอ กว้าง 1 นิ้ว", "woven_elastic_tape")],
    [unmet("เส้นยางดิบสำหรับหุ้มด้าย", "no one offers rubber core")],
)
sme(
    43,
    "en",
    "Saddle Stitch Supplies",
    AGC,
    MID,
    "Samut Prakan",
    [("waxed polyester thread 0.8 mm for leather", "waxed_thread")],
    [need("HT polyester filament 1000D", "polyester_filament_yarn", "recycled_polyester_filament_yarn")],
)
sme(
    44,
    "th",
    "บริษัท ไหมปักสยาม จำกัด",
    AGC,
    MID,
    "Nakhon Pathom",
    [
        ("ไหมปักจักร โพลีเอสเตอร์ 120D/2 โคน 5,000 เมตร", "machine_embroidery_thread"),
        ("ไหมปักเรยอน เงาเหมือนไหม", "machine_embroidery_thread"),
    ],
    [
        unmet("หลอดพลาสติกเปล่าสำหรับไหมปัก", "no one offers plastic tubes"),
        need("หาโรงย้อมรับจ้าง ย้อมไหมตามแคตตาล็อกสีลูกค้า", "thread_dyeing_service"),
    ],
)
sme(
    45,
    "en",
    "Floss & Co. Thailand",
    CIRC,
    MID,
    "Bangkok",
    [
        ("6-strand cotton embroidery floss, 8 m skeins", "cotton_embroidery_floss"),
        ("mouline in 450 shades, box of 12", "cotton_embroidery_floss"),
    ],
    [unmet("gassed mercerised cotton 60/2", "no one offers mercerised yarn")],
)
sme(
    46,
    "th",
    "กลุ่มเย็บผ้าผู้สูงอายุบ้านเชียง",
    AGI,
    MID,
    "Udon Thani",
    [("รับเย็บกระเป๋าผ้า ถุงผ้า ตามออเดอร์", "bag_sewing_service"), ("ถุงผ้าฝ้ายทอมือ", "cotton_tote_bags")],
    [
        need("ด้ายฝ้ายอินทรีย์ สำหรับเย็บถุงผ้า", "organic_cotton_sewing_thread"),
        need("ผ้าทอกี่กระตุก เนื้อฝ้าย", "handwoven_cotton_fabric"),
    ],
)
sme(
    47,
    "en",
    "Reflect Safety Textiles",
    SPORT,
    MID,
    "Pathum Thani",
    [("reflective piping tape for sportswear", "reflective_tape")],
    [need("aramid thread for firefighter suit seams", "aramid_thread")],
)
sme(
    48,
    "th",
    "โรงย้อมผ้ารับจ้าง ส.สมุทร",
    CIRC,
    MID,
    "Samut Prakan",
    [("รับย้อมผ้าพับ ผ้าทอ ผ้าถัก ตามเฉดสี", "fabric_dyeing_service")],
    [unmet("สีย้อมรีแอคทีฟ ราคาส่ง", "no one offers dyestuff")],
)
sme(
    49,
    "en",
    "Indigo Roots Textiles",
    HEMP,
    MID,
    "Sakon Nakhon",
    [("indigo-dyed handwoven cotton by the metre", "indigo_dyed_cotton_fabric")],
    [need("handspun cotton, undyed", "handspun_cotton_thread")],
    bcg=(BIO,),
)
sme(
    50,
    "th",
    "วิสาหกิจชุมชนย้อมครามร้อยเอ็ด",
    AGI,
    MID,
    "Roi Et",
    [("ผ้าฝ้ายย้อมครามทอมือ", "indigo_dyed_cotton_fabric"), ("รับย้อมผ้าด้วยคราม ส่งผ้ามาย้อม", "natural_dyeing_service")],
    [need("ด้ายฝ้ายที่ชาวบ้านเข็นเอง", "handspun_cotton_thread")],
    certs=("OTOP",),
)
# --- more midstream suppliers (bth-051 ... bth-059)
sme(
    51,
    "en",
    "Eastline Thread Mills",
    SPORT,
    MID,
    "Chonburi",
    [("poly-cotton corespun Tex 60 for denim", "core_spun_sewing_thread")],
    [need("40/1 spun poly yarn, raw white", "polyester_spun_yarn")],
    certs=("Standard 100 by OEKO-TEX", "ISO 9001"),
)
sme(
    52,
    "th",
    "กลุ่มฝ้ายอินทรีย์ดอยสะเก็ด",
    HEMP,
    MID,
    "Chiang Mai",
    [("ด้ายเย็บฝ้ายออร์แกนิก 100% สีธรรมชาติ", "organic_cotton_sewing_thread")],
    [need("ปุยฝ้ายอินทรีย์ ต้องมีตรารับรองเกษตรอินทรีย์", "raw_cotton_fibre", req=("Organic Thailand",))],
    certs=("GOTS",),
    bcg=(BIO, GREEN),
)
sme(
    53,
    "en",
    "ReSpool Thailand",
    CIRC,
    MID,
    "Bangkok",
    [
        ("rewinding customer yarn onto cones or tubes", "thread_winding_service"),
        ("pre-wound bobbins, class 15 and L style", "prewound_bobbins"),
    ],
    [need("who sells new empty paper tubes?", "paper_thread_cones")],
)
sme(
    54,
    "th",
    "โรงงานด้ายเทียนแม่กลอง",
    AGC,
    MID,
    "Samut Songkhram",
    [("ด้ายเทียน ด้ายเคลือบขี้ผึ้ง สำหรับเย็บหนัง", "waxed_thread")],
    [need("เส้นใยโพลีเอสเตอร์ยาว เหนียวพิเศษ", "polyester_filament_yarn", "recycled_polyester_filament_yarn")],
)
sme(
    55,
    "en",
    "Bondline Footwear Threads",
    SPORT,
    MID,
    "Samut Sakhon",
    [
        ("bonded nylon T-70 and T-135, 8 oz tubes", "bonded_nylon_thread"),
        ("bonded polyester for outdoor gear", "bonded_polyester_thread"),
    ],
    [need("nylon high tenacity yarn, 210 denier", "nylon_filament_yarn")],
    certs=("ISO 9001",),
)
sme(
    56,
    "th",
    "กลุ่มทอผ้ายกเมืองนคร",
    HEMP,
    MID,
    "Nakhon Si Thammarat",
    [("ผ้ายกดิ้นทอง ผ้ายกเมืองนคร", "handwoven_silk_fabric")],
    [need("ดิ้นเงินดิ้นทอง สำหรับทอยกดอก", "metallic_thread"), need("ไหมเส้นยืน สำหรับขึ้นกี่", "silk_yarn")],
    certs=("OTOP",),
)
sme(
    57,
    "th",
    "กลุ่มไหมปักสุรินทร์",
    AGI,
    MID,
    "Surin",
    [("ไหมปักเส้นไหมแท้ ย้อมสีธรรมชาติ", "silk_embroidery_thread")],
    [need("เส้นไหมดิบ เส้นเล็ก", "silk_yarn")],
)
sme(
    58,
    "en",
    "Pantone Match Dyehouse",
    AGC,
    MID,
    "Samut Prakan",
    [("commission package dyeing of threads and yarns", "thread_dyeing_service")],
    [need("raw white spun poly on soft packages", "raw_white_sewing_thread")],
    certs=("bluesign",),
)
sme(
    59,
    "th",
    "บริษัท ด้ายยืดสยาม จำกัด",
    SPORT,
    MID,
    "Bangkok",
    [("ด้ายยางหุ้มโพลี สำหรับงานสม็อค", "elastic_thread")],
    [unmet("จักรหุ้มด้ายยาง มือสอง", "no one offers machinery")],
)
# --- downstream: shops, factories, craft groups, institutional buyers (bth-060 ... bth-095)
sme(
    60,
    "th",
    "ร้านอุปกรณ์เย็บผ้าตลาดน้อย",
    AGC,
    DOWN,
    "Bangkok",
    [("ขายปลีกกระดุม ซิป เข็ม", "sewing_notions_retail")],
    [
        need("ด้ายหลอดเล็ก 500 หลา คละสี โหลละไม่เกิน 120 บาท", "spun_polyester_sewing_thread"),
        need("ไหมปักมือ ไม่เอาไหมแท้ ขอแบบฝ้าย", "cotton_embroidery_floss"),
        need("ลูกกระสวยที่มีด้ายพันมาแล้ว", "prewound_bobbins"),
    ],
)
sme(
    61,
    "en",
    "Needle Corner Haberdashery",
    AGC,
    DOWN,
    "Nonthaburi",
    [("retail sewing notions: pins, zips, tape measures", "sewing_notions_retail")],
    [
        need("shirring elastic on reels", "elastic_thread"),
        need("gold and silver embroidery thread, small spools", "metallic_thread"),
        unmet("clear nylon invisible thread", "no one offers monofilament"),
    ],
)
sme(
    62,
    "th",
    "ร้านเย็บปักถักร้อยขอนแก่น",
    AGI,
    DOWN,
    "Khon Kaen",
    [("ขายอุปกรณ์ถักโครเชต์ อุปกรณ์ปักผ้า", "sewing_notions_retail")],
    [
        need("ไหมพรมสำหรับถักโครเชต์", "acrylic_knitting_yarn"),
        need("ไหมปักเส้นไหมแท้ สำหรับปักสไบ ไม่ต้องมีตรานกยูง", "silk_embroidery_thread", waive=("Thai Silk Peacock Emblem",)),
    ],
)
sme(
    63,
    "en",
    "Hat Yai Sewing Mart",
    AGC,
    DOWN,
    "Songkhla",
    [("sewing supplies retail, Hat Yai market", "sewing_notions_retail")],
    [
        need(
            "Gutermann-type all-purpose poly thread, TIS not needed",
            "spun_polyester_sewing_thread",
            waive=("Thai Industrial Standard",),
        ),
        need("serger cones, 4-pack, under 250 baht", "overlock_thread"),
        need("someone to respool big cones onto 500 m spools", "thread_winding_service"),
    ],
)
sme(
    64,
    "th",
    "โรงงานตัดเย็บชุดยูนิฟอร์มโคราช",
    CIRC,
    DOWN,
    "Nakhon Ratchasima",
    [("ชุดยูนิฟอร์มพนักงาน เสื้อช็อป", "uniforms"), ("เศษด้ายจากไลน์ผลิต ขายเหมา", "thread_waste")],
    [
        need("ปักโลโก้บนอกเสื้อ รับงานจำนวนมาก", "embroidery_service"),
        need("หาโรงย้อมผ้าพับรับจ้าง สีกรมท่า", "fabric_dyeing_service"),
    ],
)
sme(
    65,
    "en",
    "Bangkok Medical Linen Co.",
    AGC,
    DOWN,
    "Bangkok",
    [("patient gowns and scrubs", "hospital_garments")],
    [
        need(
            "corespun for autoclave-washed linen, OEKO-TEX not required",
            "core_spun_sewing_thread",
            waive=("OEKO-TEX Standard 100",),
        )
    ],
    certs=("ISO 13485",),
)
sme(
    66,
    "th",
    "โรงพยาบาลนนทเวช",
    AGC,
    DOWN,
    "Nonthaburi",
    [],
    [
        need("ชุดผู้ป่วย เสื้อคนไข้", "hospital_garments"),
        unmet("ผ้าม่านกันไฟ สำหรับห้องพักผู้ป่วย", "no one offers flame-retardant curtains"),
    ],
)
sme(
    67,
    "en",
    "Golden Years Care Home",
    AGI,
    DOWN,
    "Khon Kaen",
    [],
    [
        need("looking for easy-dress clothes with magnet closures", "adaptive_clothing"),
        need("cloth tote bags for residents' belongings", "cotton_tote_bags", "indigo_cotton_bags"),
    ],
)
sme(
    68,
    "th",
    "บริษัท เสื้อผ้าผู้สูงวัยสบายดี",
    AGI,
    DOWN,
    "Nakhon Ratchasima",
    [("เสื้อผ้าผู้สูงอายุ ติดแม่เหล็กแทนกระดุม", "adaptive_clothing")],
    [
        need("รับจ้างเย็บ เราส่งผ้าไปให้", "cut_and_sew_service"),
        need(
            "ด้ายเย็บไม่ระคายผิว ต้องมี OEKO-TEX",
            "spun_polyester_sewing_thread",
            "core_spun_sewing_thread",
            req=("OEKO-TEX Standard 100",),
        ),
    ],
)
sme(
    69,
    "en",
    "Kinetic Sportswear",
    SPORT,
    DOWN,
    "Bangkok",
    [("running and cycling apparel brand", "sportswear_brand")],
    [
        need("private label sublimated team jerseys", "sports_jerseys"),
        need("flatlock sewing subcontractor", "cut_and_sew_service"),
    ],
)
sme(
    70,
    "th",
    "โรงงานเสื้อกีฬาชลบุรี",
    SPORT,
    DOWN,
    "Chonburi",
    [("เสื้อกีฬา เสื้อทีม พิมพ์ซับลิเมชั่น", "sports_jerseys"), ("เศษด้ายโพ้ง หลอดค้าง", "thread_waste")],
    [
        need("ด้ายโพ้งยืด สำหรับผ้ากีฬา", "overlock_thread"),
        need("ด้ายรักษ์โลกทำจากพลาสติกใช้แล้ว ขอใบ GRS", "recycled_polyester_sewing_thread", req=("GRS",)),
    ],
)
sme(
    71,
    "en",
    "Trailhead Outdoor Gear",
    SPORT,
    DOWN,
    "Chiang Mai",
    [("backpacks and tents", "outdoor_gear")],
    [
        need("bonded thread for backpacks and tents", "bonded_nylon_thread", "bonded_polyester_thread"),
        need("hi-vis retroreflective binding", "reflective_tape"),
    ],
)
sme(
    72,
    "th",
    "ร้านรองเท้าหนังทำมือ ตรัง",
    AGC,
    DOWN,
    "Trang",
    [("รองเท้าหนังเย็บมือ", "leather_shoes")],
    [need("เส้นแว็กซ์สำหรับงานเครื่องหนัง", "waxed_thread"), need("ด้ายไนลอนเคลือบ เย็บพื้นรองเท้า", "bonded_nylon_thread")],
)
sme(
    73,
    "en",
    "Isan Comfort Shoes",
    AGI,
    DOWN,
    "Udon Thani",
    [("orthopaedic shoes for the elderly", "leather_shoes")],
    [
        need("heavy bonded shoe-stitching thread", "bonded_nylon_thread"),
        need("soft handwoven cotton for linings", "handwoven_cotton_fabric"),
    ],
)
sme(
    74,
    "th",
    "ร้านของฝากครามสกล",
    AGI,
    DOWN,
    "Sakon Nakhon",
    [("กระเป๋าผ้าฝ้ายย้อมคราม", "indigo_cotton_bags")],
    [
        need("ผ้าย้อมครามเป็นเมตร", "indigo_dyed_cotton_fabric"),
        need("รับย้อมครามงานชิ้น ส่งกระเป๋าผ้าดิบไปย้อม", "natural_dyeing_service"),
    ],
)
sme(
    75,
    "en",
    "Ao Nang Craft House",
    HEMP,
    DOWN,
    "Krabi",
    [("craft and gift shop", "craft_retail")],
    [
        need("indigo tote bags to resell", "indigo_cotton_bags"),
        need("hand-embroidered Hmong panels", "embroidered_fabric_panels"),
        need("sewing our own cloth into totes, small runs", "bag_sewing_service"),
    ],
)
sme(
    76,
    "th",
    "กลุ่มผู้สูงอายุปักผ้าเพชรบุรี",
    AGC,
    DOWN,
    "Phetchaburi",
    [("หมอนอิงปักมือ ลายไทย", "embroidered_cushions")],
    [
        need("ไหมปักแบบ DMC แต่ราคาถูกกว่า", "cotton_embroidery_floss"),
        need("ผ้าทอมือเนื้อฝ้าย ไว้เย็บหมอนอิงปักลาย", "handwoven_cotton_fabric"),
    ],
)
sme(
    77,
    "en",
    "Andaman Resort & Spa",
    AGC,
    DOWN,
    "Phuket",
    [],
    [
        need("embroidered cushion covers for villas", "embroidered_cushions"),
        need("monogram embroidery on our bathrobes", "embroidery_service"),
        unmet("bamboo bath towels 600 gsm", "no one offers towels"),
    ],
)
sme(
    78,
    "th",
    "ร้านผ้าฝ้ายเชียงราย",
    HEMP,
    DOWN,
    "Chiang Rai",
    [("เสื้อผ้าฝ้ายปักมือ ลายชาวเขา", "embroidered_garments")],
    [
        need("ไหมคำ สำหรับปักเสื้อ", "metallic_thread"),
        need("ไหมไทยตีเกลียว ไว้ปักเสื้อ", "silk_embroidery_thread"),
        need("ส่งเสื้อไปให้ปักมือลายชาวเขา", "hand_embroidery_service"),
    ],
)
sme(
    79,
    "en",
    "Royal Silk Boutique",
    AGC,
    DOWN,
    "Bangkok",
    [("silk scarves and shawls", "silk_accessories")],
    [
        need(
            "silk embroidery thread, Peacock Emblem silk only",
            "silk_embroidery_thread",
            req=("Thai Silk Peacock Emblem",),
        ),
        need("handwoven mudmee silk", "handwoven_silk_fabric"),
    ],
)
sme(
    80,
    "th",
    "วิสาหกิจชุมชนผ้ากาบบัวอุบล",
    AGI,
    MID,
    "Ubon Ratchathani",
    [("ผ้ากาบบัว ผ้าทอลายประจำจังหวัด", "handwoven_cotton_fabric")],
    [need("ไหมเงินไหมทอง สำหรับทอผ้ากาบบัว", "metallic_thread")],
)
sme(
    81,
    "en",
    "Loop Home Textiles",
    CIRC,
    DOWN,
    "Bangkok",
    [("cushions filled with recycled fibre", "recycled_cushions")],
    [
        need("recycled fibre fill from textile waste", "recycled_fibre_filling"),
        unmet(
            "recycled sewing thread, Cradle to Cradle certified",
            "the only rPET thread maker holds no C2C",
            "recycled_polyester_sewing_thread",
            req=("Cradle to Cradle",),
        ),
    ],
    bcg=(CIRCULAR,),
)
sme(
    82,
    "th",
    "ศูนย์ฝึกตัดเย็บสตรียะลา",
    AGC,
    DOWN,
    "Yala",
    [],
    [
        need(
            "ด้ายเย็บผ้าให้นักเรียนฝึก ราคาถูก ไม่ต้องมี มอก.", "spun_polyester_sewing_thread", waive=("Thai Industrial Standard",)
        ),
        need("กระสวยพร้อมด้าย", "prewound_bobbins"),
    ],
)
sme(
    83,
    "en",
    "Nan Heritage Crafts",
    HEMP,
    DOWN,
    "Nan",
    [("woven souvenirs and bookmarks", "woven_souvenirs")],
    [
        need("indigo cotton thread, no synthetic indigo", "indigo_dyed_cotton_thread"),
        need("organic cotton sewing thread, GOTS certified", "organic_cotton_sewing_thread", req=("GOTS",)),
    ],
)
sme(
    84,
    "th",
    "ร้านผ้าแพรวาแม่บัว",
    AGI,
    DOWN,
    "Kalasin",
    [("ผ้าแพรวา ผ้าสไบไหม", "handwoven_silk_fabric")],
    [need("ไหมน้อยสำหรับพุ่ง ต้องมีตรานกยูง", "silk_yarn", req=("Thai Silk Peacock Emblem",))],
)
sme(
    85,
    "en",
    "Silver Age Living Store",
    AGC,
    DOWN,
    "Nonthaburi",
    [],
    [
        need("where can we buy elastic-waist pants for seniors?", "adaptive_clothing"),
        unmet("automatic needle threaders for elderly sewers", "no one offers sewing tools"),
    ],
)
sme(
    86,
    "th",
    "บริษัท กระสอบผ้าไทย จำกัด",
    AGC,
    MID,
    "Suphan Buri",
    [("กระสอบผ้าดิบ ใส่ข้าวสาร", "cotton_sacks")],
    [need("ด้ายเย็บถุงปุ๋ย ถุงข้าวสาร", "bag_closing_thread")],
)
sme(
    87,
    "en",
    "Green Path Organic Rice",
    HEMP,
    DOWN,
    "Kanchanaburi",
    [],
    [need("natural fibre rice sacks, 5 kg", "hemp_sacks", "cotton_sacks")],
)
sme(
    88,
    "th",
    "ชมรมจักรยานลาดพร้าว",
    SPORT,
    DOWN,
    "Bangkok",
    [],
    [need("อยากได้เสื้อปั่นจักรยานทีม 50 ตัว", "sports_jerseys"), unmet("ถุงมือปั่นจักรยาน ผ้าระบายอากาศ", "no one offers gloves")],
)
sme(
    89,
    "en",
    "FireGuard PPE",
    SPORT,
    DOWN,
    "Pathum Thani",
    [("firefighter turnout suits", "protective_suits")],
    [
        need("flame-resistant aramid thread, ISO 9001 supplier", "aramid_thread", req=("ISO 9001",)),
        need("reflective trim 5 cm", "reflective_tape"),
    ],
)
sme(
    90,
    "th",
    "กลุ่มหมอนขิดยโสธร",
    AGI,
    DOWN,
    "Yasothon",
    [("หมอนขิด หมอนสามเหลี่ยม", "triangle_pillows")],
    [
        need("ด้ายฝ้ายเส้นใหญ่ สำหรับทอลายขิด มีโอทอปยิ่งดี", "cotton_yarn", waive=("OTOP",)),
        need("ใยยัดหมอน จากเศษด้ายรีไซเคิล", "recycled_fibre_filling"),
    ],
    certs=("OTOP",),
)
sme(
    91,
    "en",
    "Mekong Elderly Handicraft Centre",
    AGI,
    DOWN,
    "Nakhon Phanom",
    [],
    [
        need("hand-spun cotton skeins, OTOP welcome but not required", "handspun_cotton_thread", waive=("OTOP",)),
        need("dyeing our woven cloth with indigo", "natural_dyeing_service"),
    ],
)
sme(
    92,
    "th",
    "ร้านรีไซเคิลคราฟต์เชียงใหม่",
    CIRC,
    DOWN,
    "Chiang Mai",
    [("พรมเช็ดเท้าจากเศษด้าย", "rag_rugs")],
    [need("เศษด้ายเส้นยาว คละสี จากโรงงาน", "thread_waste")],
    bcg=(CIRCULAR,),
)
sme(
    93,
    "en",
    "Upcycle Lab BKK",
    CIRC,
    DOWN,
    "Bangkok",
    [("lamps made from old thread cones", "upcycled_lamps")],
    [
        need("empty used cones for lamp shades", "used_thread_cones"),
        unmet("conductive silver-coated thread for e-textiles", "no one offers conductive thread"),
    ],
    bcg=(CIRCULAR,),
)
sme(
    94,
    "th",
    "โรงแรมหาดเฉวงรีสอร์ท เกาะสมุย",
    AGC,
    DOWN,
    "Surat Thani",
    [],
    [need("ปักโลโก้โรงแรมบนผ้าขนหนูและชุดพนักงาน", "embroidery_service"), need("ชุดพนักงานโรงแรม", "uniforms")],
)
sme(
    95,
    "th",
    "สโมสรฟุตบอลหาดใหญ่",
    SPORT,
    DOWN,
    "Songkhla",
    [],
    [need("เสื้อแข่งฟุตบอล พิมพ์ชื่อเบอร์", "sports_jerseys"), unmet("ถุงเท้าฟุตบอลกันลื่น", "no one offers socks")],
)
# DATA-END


# ====================================================================== checks and output


class CheckError(Exception):
    pass


def _thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or "\u0e00" <= ch <= "\u0e7f"]
    if not letters:
        return 0.0
    return sum("\u0e00" <= ch <= "\u0e7f" for ch in letters) / len(letters)


def _latin_only(text: str) -> bool:
    return all(not ch.isalpha() or ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in text) and not re.search(
        "[\u0e00-\u0e7f]", text
    )


def _cert_names(canonical: str) -> list[str]:
    for cert in CERTIFICATIONS:
        if cert.name == canonical:
            return [cert.name, cert.full_name, cert.name_th, *cert.aliases, *cert.mentions]
    raise CheckError(f"unknown certification {canonical!r}")


def _fold(text: str) -> str:
    return re.sub(r"[\s\-.]+", " ", unicodedata.normalize("NFKC", text).casefold())


def _names_cert(text: str, canonical: str) -> bool:
    """Whether `text` names the certification (whole words on the Latin side; Thai names of 3+ letters)."""
    folded = _fold(text)
    for name in _cert_names(canonical):
        key = _fold(name).strip()
        if len(key) < 3 and re.search("[\u0e00-\u0e7f]", key):
            continue
        if re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", folded):
            return True
    return False


def _held(sme: Sme) -> set[str]:
    held = set()
    for cert in sme.certifications:
        name = resolve_certification(cert)
        if name is None:
            raise CheckError(f"{sme.id}: certification {cert!r} does not resolve")
        held.add(name)
    return held


def qualified(buyer: Sme, need_: Need) -> list[str]:
    """Ids of the suppliers that meet `need_` of `buyer`."""
    found = []
    for supplier in SMES:
        if supplier.id == buyer.id:
            continue
        if not any(label in need_.labels for _, label in supplier.offers):
            continue
        if set(need_.requires) <= _held(supplier):
            found.append(supplier.id)
    return found


def check() -> list[tuple[str, str]]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if ids != [f"bth-{n:03d}" for n in range(1, len(ids) + 1)]:
        errors.append("ids are not bth-001 ... in order")
    if len(SMES) != 95:
        errors.append(f"{len(SMES)} profiles, want 95")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    links: set[tuple[str, str]] = set()
    for s in SMES:
        where = f"{s.id}"
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        if len(s.bcg) != len(set(s.bcg)):
            errors.append(f"{where}: repeated bcg tag")
        try:
            _held(s)
        except CheckError as exc:
            errors.append(str(exc))
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in texts:
            if text != text.strip() or not text:
                errors.append(f"{where}: blank or padded text {text!r}")
            if s.lang == "th" and _thai_share(text) < 0.6:
                errors.append(f"{where}: Thai phrase is not mostly Thai: {text!r}")
            if s.lang == "en" and not _latin_only(text):
                errors.append(f"{where}: English phrase is not Latin only: {text!r}")
        offer_texts = {t for t, _ in s.offers}
        for n in s.needs:
            if n.text in offer_texts:
                errors.append(f"{where}: need repeats an offer: {n.text!r}")
            for cert in (*n.requires, *n.waives):
                try:
                    if not _names_cert(n.text, cert):
                        errors.append(f"{where}: need does not name {cert}: {n.text!r}")
                except CheckError as exc:
                    errors.append(f"{where}: {exc}")
            for name in sorted(find_certifications(n.text) - set(n.requires) - set(n.waives)):
                errors.append(f"{where}: need names {name} but neither requires nor waives it")
            if set(n.requires) & set(n.waives):
                errors.append(f"{where}: need both requires and waives a certification")
            if not n.labels and not n.note:
                errors.append(f"{where}: need has no labels and no note: {n.text!r}")
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            found = qualified(s, n)
            if n.note and found:
                errors.append(f"{where}: need marked unmet is met by {found}: {n.text!r}")
            if not n.note and not found:
                errors.append(f"{where}: need has no qualified supplier: {n.text!r}")
            links.update((supplier, s.id) for supplier in found)
    if errors:
        raise CheckError("\n".join(errors))
    return sorted(links)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = []
    th = sum(s.lang == "th" for s in SMES)
    rows.append(("profiles", str(len(SMES))))
    rows.append(("Thai / English profiles", f"{th} / {len(SMES) - th}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub for s in SMES))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, n in sorted(regions.items()):
        rows.append((f"region {region}", str(n)))
    rows.append(("distinct provinces", str(len({resolve_province(s.province) for s in SMES}))))
    offers = [o for s in SMES for o in s.offers]
    needs = [(s, n) for s in SMES for n in s.needs]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({label for _, label in offers}))))
    rows.append(("needs", str(len(needs))))
    met = sum(not n.note for _, n in needs)
    rows.append(("needs met / met by no one", f"{met} / {len(needs) - met}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    cross = th_en + en_th
    rows.append(("cross-language links (share)", f"{cross} ({100 * cross / len(links):.1f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def check_targets(links: list[tuple[str, str]]) -> None:
    by_id = {s.id: s for s in SMES}
    errors = []
    th = sum(s.lang == "th" for s in SMES)
    if not 50 <= th <= 55:
        errors.append(f"{th} Thai profiles, want about 55 % of 95")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 160-180")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    if links and not 0.42 <= cross / len(links) <= 0.58:
        errors.append(f"cross-language share {cross / len(links):.2f}, want about half")
    unmet_needs = sum(bool(n.note) for s in SMES for n in s.needs)
    if not 17 <= unmet_needs <= 23:
        errors.append(f"{unmet_needs} needs met by no one, want about 20")
    if errors:
        raise CheckError("\n".join(errors))


def profile_json(s: Sme) -> str:
    obj: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        obj["certifications"] = list(s.certifications)
    if s.bcg:
        obj["bcg"] = [tag.value for tag in s.bcg]
    obj["contact_email"] = f"contact.{s.id.replace('-', '')}@example.co.th"
    obj["language"] = s.lang
    return json.dumps(obj, ensure_ascii=False)


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


README = """# Evaluation set `blind_plain_threads`

## What it checks

Whether the matcher finds the true supplier-buyer pairs among 95 SME registry entries about sewing and
embroidery threads (spun polyester and core-spun sewing thread, cotton and silk embroidery floss, metallic
thread, overlock thread, bobbins and cones, thread dyeing, winding, bag-closing and shoe thread, hand-spun
craft thread) and the ordinary fibre, yarn, cloth, dyeing and sewing suppliers and buyers of the Health and
Wellness Economy cluster. The wording was written for this set only; the matcher has never seen it.
Offers and needs are short registry phrases, about 55 % of the profiles in Thai, with local and regional
names, trade words, brand names and abbreviations. Needs are mostly worded differently from the offers
that meet them, often in the other language. Hard cases include services versus the goods they work on,
the customer's own goods sent for work, waste and surplus versus new goods, raw versus processed
material, finished goods described by their material or technique, needs written as wishes or questions,
refusals, needs that require a named certification and needs that name one only to waive it, and needs
that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (profiles JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer did not see
the matcher, its glossary, its tests or any other evaluation set. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`thread_dyeing_service` versus `spun_polyester_sewing_thread`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short note.
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications hold every certification that need requires. An SME
is never linked to itself. Shared words play no part; quantities, prices and places never decide a link.
A certification that a need names only to waive it is not required. A need met by no one may still
list labels: one such need asks for goods that are offered, but by no supplier holding the certification
it requires. Labels live only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG values from `shared.taxonomy`, every province resolving with `resolve_province`, every
certification with `resolve_certification`); every label a need lists offered by someone other than the
buyer; every met need has a qualified supplier and every unmet one has none; every required or waived
certification named in the need's text, and no other certification named; Thai phrases mostly Thai
letters and English ones Latin only; the size targets (95 profiles, 160-180 links, about half across
languages, about 20 needs met by no one). It writes nothing if any check fails.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_threads/write.py
```

Two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 profiles, ids `bth-001` ... `bth-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    try:
        links = check()
        check_targets(links)
    except CheckError as exc:
        print(f"checks failed, nothing written:\n{exc}", file=sys.stderr)
        return 1
    rows = counts(links)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    (OUT / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (OUT / "links.csv").write_text(buf.getvalue(), encoding="utf-8", newline="\n")
    (OUT / "README.md").write_text(README.format(table=table(rows)), encoding="utf-8", newline="\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
