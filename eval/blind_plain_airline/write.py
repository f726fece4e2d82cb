"""Write the hand-labelled evaluation set `eval/blind_plain_airline/`.

Airline, bus and travel textiles. All profiles, offer labels and need labels live in this file;
the script checks them and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself.

Run from the repository root:  .venv/bin/python eval/blind_plain_airline/write.py
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
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bal"
N_PROFILES = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...]  # canonical certification names the text requires
    waives: tuple[str, ...]  # certifications the text names only to waive them
    unmet: str  # a short note when no one in the set meets the need, else ""


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = (), unmet: str = "") -> Need:
    return Need(text, labels, req, waive, unmet)


def nobody(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets (labels, if given, are offered but without the certification)."""
    return Need(text, labels, req, (), note)


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


SMES: list[Sme] = []


def sme(
    number: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(
        Sme(f"{PREFIX}-{number:03d}", language, name, sub_cluster, stage, province, email, offers, needs, certs, bcg)
    )


TH, EN = "th", "en"
GOTS, OEKO, GRS, RCS, OCS = "GOTS", "OEKO-TEX Standard 100", "GRS", "RCS", "OCS"
ORG_TH, PEACOCK, OTOP, ISO9, ISO14 = "Organic Thailand", "Thai Silk Peacock Emblem", "OTOP", "ISO 9001", "ISO 14001"
BLUESIGN, TIS, FAIR = "bluesign", "Thai Industrial Standard", "Fairtrade"

# ====================================================================== profiles 001-030: fibre, yarn, waste

sme(
    1,
    TH,
    "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำริน",
    HEMP,
    UP,
    "Tak",
    "huainamrin.hemp@gmail.com",
    offers=(("เปลือกกัญชงลอกมือ ตากแห้ง ขั้นต่ำ 50 กก.", "hemp_fibre_raw"), ("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn")),
    needs=(nobody("อยากได้โรงงานรับปั่นใยกัญชงของเราเป็นเส้นด้ายเครื่อง", "no spinning-for-hire in the set"),),
    certs=("มาตรฐานเกษตรอินทรีย์",),
    bcg=(BIO,),
)
sme(
    2,
    EN,
    "Doi Hemp Fibre Co., Ltd.",
    HEMP,
    UP,
    "Chiang Mai",
    "sales@doihempfibre.com",
    offers=(
        ("Decorticated hemp bast, 25 kg bales", "hemp_fibre_raw"),
        ("Wet-spun hemp yarn Nm 10, unbleached", "hemp_yarn"),
    ),
    needs=(need("fermented indigo for trial dye lots", "natural_indigo_paste"),),
    certs=("TAS 9000",),
    bcg=(BIO, GREEN),
)
sme(
    3,
    TH,
    "บริษัท ด้ายรีไซเคิลมหาชัย จำกัด",
    CIRC,
    UP,
    "Samut Sakhon",
    "info@mahachai-ryarn.co.th",
    offers=(("เส้นด้ายโพลีเอสเตอร์จากขวดพลาสติก 150D/48F", "recycled_polyester_yarn"),),
    needs=(need("เกล็ดขวดเพ็ทใส ล้างร้อนแล้ว", "pet_bottle_flake"),),
    certs=(GRS,),
    bcg=(CIRCULAR,),
)
sme(
    4,
    EN,
    "Eastern Flake Recycling Co., Ltd.",
    CIRC,
    UP,
    "Rayong",
    "trade@easternflake.com",
    offers=(
        ("Clear PET flakes, hot-washed, jumbo bags", "pet_bottle_flake"),
        ("rPSF 1.4D x 38 mm, semi-dull", "recycled_polyester_staple_fibre"),
    ),
    needs=(
        nobody("post-consumer bottles, baled, 20 t a month", "no bottle collector in the set"),
        need("factory polyester scraps, clean, by the bale", "polyester_cutting_waste"),
    ),
    certs=(GRS, RCS),
    bcg=(CIRCULAR,),
)
sme(
    5,
    TH,
    "ร้านรับซื้อผ้าเก่า ดอนเมือง",
    CIRC,
    UP,
    "Bangkok",
    "donmuang.secondcloth@gmail.com",
    offers=(
        ("ชุดฟอร์มพนักงานเก่า คัดสีแล้ว", "used_uniform_waste"),
        ("ผ้าหุ้มเบาะเครื่องบินที่ถอดเปลี่ยนแล้ว ขายเป็นกิโล", "used_seat_cover_waste"),
    ),
    needs=(need("หาโรงย่อยผ้า รับจ้างตีผ้าเก่าให้เป็นปุย", "shredding_service"),),
    bcg=(CIRCULAR,),
)
sme(
    6,
    EN,
    "Re:Fibre Chonburi",
    CIRC,
    UP,
    "Chonburi",
    "hello@refibre-chonburi.com",
    offers=(("Mechanically recycled cotton fibre, post-industrial", "recycled_cotton_fibre"),),
    needs=(
        need("Pre-consumer cotton cuttings sorted by colour", "cotton_cutting_waste"),
        need("old flight blankets?", "used_blanket_waste"),
    ),
    certs=("GRS certified",),
    bcg=(CIRCULAR,),
)
sme(
    7,
    TH,
    "กลุ่มปลูกฝ้ายเข็นมือ บ้านโนนสะอาด",
    AGI,
    UP,
    "Loei",
    "nonsaard.cotton@gmail.com",
    offers=(("ฝ้ายเข็นมือ สีตุ่น ขายเป็นไจ", "handspun_cotton_yarn"), ("ปุยฝ้ายพื้นเมือง ยังไม่อีดเมล็ด", "raw_cotton")),
    needs=(need("ห้อมเปียก สำหรับก่อหม้อย้อม", "natural_indigo_paste"),),
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    8,
    EN,
    "FlameGuard Yarns (Thailand) Ltd.",
    SPORT,
    UP,
    "Samut Prakan",
    "sales@flameguardyarns.com",
    offers=(
        ("Inherent FR polyester filament, Trevira CS type", "fr_yarn"),
        ("Modacrylic/cotton FR blend, Ne 30/1", "fr_yarn"),
    ),
    needs=(nobody("phosphorus FR masterbatch chips", "no polymer or additive supplier in the set"),),
    certs=("Oeko-Tex 100", ISO9),
)
sme(
    9,
    TH,
    "นุ่นทองพุทธมณฑล",
    AGC,
    UP,
    "Nakhon Pathom",
    "noonthong.pm@gmail.com",
    offers=(("นุ่นคัดเมล็ดออกแล้ว ยัดหมอนยัดที่นอน กิโลละ 120 บาท", "kapok_fibre"),),
    bcg=(BIO,),
)
sme(
    10,
    EN,
    "Mae Chan Organic Spinners",
    HEMP,
    UP,
    "Chiang Rai",
    "info@maechanspinners.com",
    offers=(
        ("Organic cotton yarn Ne 20/1 combed", "organic_cotton_yarn"),
        ("Hemp/organic cotton 55/45 yarn", "hemp_cotton_blend_yarn"),
    ),
    needs=(need("long-line raw hemp for blending", "hemp_fibre_raw"),),
    certs=(GOTS, OCS),
    bcg=(BIO,),
)
sme(
    11,
    TH,
    "บริษัท ใยนุ่มรีไซเคิล จำกัด",
    CIRC,
    UP,
    "Pathum Thani",
    "sales@yainumrecycle.co.th",
    offers=(("ใยสังเคราะห์รีไซเคิล ยัดหมอนและผ้านวม", "recycled_polyester_fibrefill"),),
    needs=(
        need("ผ้าห่มโพลีเอสเตอร์ใช้แล้ว จากสายการบินหรือโรงแรม", "used_blanket_waste"),
        need("ขวดบดเป็นเกล็ด แบบใส", "pet_bottle_flake"),
    ),
    certs=(GRS,),
    bcg=(CIRCULAR,),
)
sme(
    12,
    EN,
    "Rayong Hollowfil Co.",
    SPORT,
    UP,
    "Rayong",
    "orders@rayonghollowfil.com",
    offers=(("7D hollow conjugated siliconised PSF, virgin", "polyester_fibrefill"),),
    certs=(OEKO,),
)
sme(
    13,
    TH,
    "กลุ่มแม่บ้านปลูกคราม บ้านดอนกอย",
    HEMP,
    UP,
    "Sakon Nakhon",
    "donkoy.indigo@gmail.com",
    offers=(("เนื้อครามหมัก พร้อมก่อหม้อ กิโลละ 250 บาท", "natural_indigo_paste"),),
    certs=(OTOP, "ออร์แกนิกไทยแลนด์"),
    bcg=(BIO,),
)
sme(
    14,
    TH,
    "กลุ่มเลี้ยงไหมบ้านโคกสะอาด",
    AGI,
    UP,
    "Surin",
    "khoksaard.silk@gmail.com",
    offers=(("ไหมน้อย สาวมือ เส้นเล็ก", "silk_yarn"), ("ไหมหลืบ เกรดรอง ราคาถูก", "silk_yarn")),
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    15,
    EN,
    "Bangplee Offcut Traders",
    CIRC,
    UP,
    "Samut Prakan",
    "bangplee.offcuts@gmail.com",
    offers=(
        ("Polyester cutting-room offcuts, baled 500 kg", "polyester_cutting_waste"),
        ("Retired airliner seat dress fabric, sorted", "used_seat_cover_waste"),
    ),
    bcg=(CIRCULAR,),
)
sme(
    16,
    EN,
    "Saraburi Spinning Mill Co., Ltd.",
    AGC,
    UP,
    "Saraburi",
    "sales@saraburispinning.com",
    offers=(("Carded cotton yarn Ne 20/1 and 30/1", "cotton_yarn"), ("Virgin polyester DTY 150D", "polyester_yarn")),
    needs=(
        need("Recycled cotton fibre to blend in OE yarn", "recycled_cotton_fibre"),
        need("Thai-grown cotton lint", "raw_cotton"),
    ),
    certs=(ISO9,),
)
sme(
    17,
    TH,
    "วิสาหกิจชุมชนปั่นด้ายกัญชง แม่สาย",
    HEMP,
    UP,
    "Chiang Rai",
    "maesai.hempyarn@gmail.com",
    offers=(("เส้นใยกัญชงผ่านการต้มแล้ว ตีเป็นปุย", "hemp_fibre_raw"), ("ด้ายกัญชงผสมฝ้าย เบอร์ 16", "hemp_cotton_blend_yarn")),
    needs=(need("ด้ายฝ้ายออร์แกนิค เบอร์ 20 มีใบ GOTS", "organic_cotton_yarn", req=(GOTS,)),),
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    18,
    TH,
    "ร้านรวมด้ายสำเพ็ง",
    AGC,
    UP,
    "Bangkok",
    "sampeng.yarnshop@gmail.com",
    offers=(("ด้ายฝ้ายหลอด เบอร์ 32 สีขาว", "cotton_yarn"), ("ด้ายโพลีเอสเตอร์ ม้วนใหญ่", "polyester_yarn")),
    needs=(nobody("ด้ายปักเงา ไหมประดิษฐ์ สีทอง", "no embroidery-thread supplier in the set"),),
)
sme(
    19,
    TH,
    "หจก. เศษผ้าบางบอน",
    CIRC,
    UP,
    "Bangkok",
    "bangbon.scrap@gmail.com",
    offers=(
        ("เศษผ้ายืดคอตตอน จากโรงงานเสื้อ", "cotton_cutting_waste"),
        ("เศษผ้าโพลี คละสี ขายเหมา", "polyester_cutting_waste"),
    ),
    bcg=(CIRCULAR,),
)
sme(
    20,
    EN,
    "Isan Silk Reelers Cooperative",
    AGI,
    UP,
    "Buriram",
    "coop@isansilkreelers.org",
    offers=(("Hand-reeled Thai silk thread, golden", "silk_yarn"),),
    needs=(nobody("mulberry leaves, pesticide-free", "no mulberry grower in the set"),),
    certs=(OTOP,),
    bcg=(BIO,),
)

# ====================================================================== profiles 021-045: cloth and services

sme(
    21,
    TH,
    "บริษัท สยามแอโรเท็กซ์ จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@siamaerotex.co.th",
    offers=(
        ("ผ้าหุ้มเบาะเครื่องบิน ทนไฟ ผ่าน FAR 25.853", "fr_aircraft_seat_fabric"),
        ("ผ้าม่านกั้นห้องโดยสาร กันลามไฟ ม้วนละ 50 ม.", "fr_cabin_curtain_fabric"),
    ),
    needs=(need("เส้นด้ายที่ไม่ติดไฟในตัว ไม่ใช่ชนิดเคลือบ", "fr_yarn"),),
    certs=(ISO9, "โอเคเท็กซ์"),
)
sme(
    22,
    EN,
    "AeroWeave Textiles Co., Ltd.",
    SPORT,
    MID,
    "Chonburi",
    "info@aeroweave.com",
    offers=(("Wool/nylon 90/10 seat upholstery, FAR 25.853(a) vertical burn passed", "fr_aircraft_seat_fabric"),),
    needs=(
        nobody("New Zealand wool tops for worsted spinning", "no wool in the set"),
        need("sewing partner to make up seat dress from our cloth", "seat_cover_sewing_service"),
    ),
    certs=(ISO9, ISO14),
)
sme(
    23,
    TH,
    "โรงทอเบาะรถทัวร์ ศาลายา",
    SPORT,
    MID,
    "Nakhon Pathom",
    "salaya.moquette@gmail.com",
    offers=(("ผ้ากำมะหยี่หุ้มเบาะรถทัวร์ ลายแจ็คการ์ด หน้า 140 ซม.", "coach_seat_fabric"),),
    needs=(
        need("ด้ายรีไซเคิลสำหรับทอเบาะ ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", req=(GRS,)),
        need("ส่งผ้าไปเคลือบกันไฟ มีที่ไหนรับบ้าง", "fr_finishing_service"),
    ),
    certs=("มอก.",),
)
sme(
    24,
    EN,
    "Coach Moquette Mills",
    SPORT,
    MID,
    "Samut Sakhon",
    "sales@coachmoquette.com",
    offers=(
        ("Polyester moquette for coach and rail seating", "coach_seat_fabric"),
        ("Seat velour 380 gsm, grey and blue", "coach_seat_fabric"),
    ),
    needs=(need("Polyester filament for pile, virgin or recycled", "polyester_yarn", "recycled_polyester_yarn"),),
    certs=("TISI",),
)
sme(
    25,
    TH,
    "หจก. เคลือบกันไฟสาคร",
    SPORT,
    MID,
    "Samut Sakhon",
    "sakhon.frcoat@gmail.com",
    offers=(("รับเคลือบสารหน่วงไฟบนผ้าที่ลูกค้าส่งมา", "fr_finishing_service"),),
    needs=(nobody("สารหน่วงไฟ ชนิดปลอดฮาโลเจน", "no chemical supplier in the set"),),
    certs=(ISO9,),
)
sme(
    26,
    EN,
    "Pathum Finishing Works",
    SPORT,
    MID,
    "Pathum Thani",
    "works@pathumfinishing.com",
    offers=(
        ("FR back-coating on customer-supplied upholstery", "fr_finishing_service"),
        ("Water-repellent finish, commission basis", "water_repellent_finishing_service"),
    ),
    certs=(BLUESIGN, ISO14),
    bcg=(GREEN,),
)
sme(
    27,
    TH,
    "บ้านครามสกลนคร",
    HEMP,
    MID,
    "Sakon Nakhon",
    "baankramsakon@gmail.com",
    offers=(
        ("รับย้อมครามธรรมชาติ ผ้าหรือด้ายของลูกค้า", "indigo_dyeing_service"),
        ("ผ้าฝ้ายย้อมคราม ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
    ),
    needs=(need("ฝ้ายปั่นมือ ยังไม่ย้อมสี", "handspun_cotton_yarn"),),
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    28,
    EN,
    "Lat Krabang Commission Dyers",
    CIRC,
    MID,
    "Bangkok",
    "dyehouse@latkrabangdyers.com",
    offers=(("Piece dyeing of your polyester and blends, min 300 m", "dyeing_service"),),
    needs=(nobody("Who takes our dye-house sludge?", "no sludge handler in the set"),),
    certs=(ISO14, BLUESIGN),
)
sme(
    29,
    TH,
    "กลุ่มทอผ้าไหมมัดหมี่ ชนบท",
    AGI,
    MID,
    "Khon Kaen",
    "chonnabot.mudmee@gmail.com",
    offers=(("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน สีทอง", "thai_silk_fabric"),),
    needs=(need("เส้นไหมพื้นบ้าน สาวมือ", "silk_yarn"),),
    certs=(PEACOCK, OTOP),
)
sme(
    30,
    EN,
    "PrintLab Digital Textile",
    CIRC,
    MID,
    "Bangkok",
    "print@printlab-textile.com",
    offers=(("Sublimation printing on your polyester, 1.8 m wide", "printing_service"),),
    needs=(need("white rPET fabric as print base", "recycled_polyester_fabric"),),
    certs=(OEKO,),
)
sme(
    31,
    TH,
    "ร้านปักจักรคอม นนทบุรี",
    AGC,
    MID,
    "Nonthaburi",
    "nont.embroid@gmail.com",
    offers=(("รับปักโลโก้ ลงผ้าห่ม หมอน ยูนิฟอร์ม ของลูกค้า", "embroidery_service"),),
)
sme(
    32,
    EN,
    "Mahachai CMT Garments",
    AGC,
    MID,
    "Samut Sakhon",
    "cmt@mahachaigarments.com",
    offers=(
        ("Cut-make-trim for uniforms and shirts, your fabric", "cmt_garment_service"),
        ("Cotton cutting scraps by the sack, colour-sorted", "cotton_cutting_waste"),
    ),
    needs=(nobody("Woven fusible interlining 150 cm", "no interlining in the set"),),
)
sme(
    33,
    TH,
    "ช่างเย็บเบาะ ลาดพร้าว",
    SPORT,
    MID,
    "Bangkok",
    "ladprao.seatsew@gmail.com",
    offers=(("รับเย็บผ้าหุ้มเบาะตามแบบ ลูกค้าส่งผ้ามาเอง", "seat_cover_sewing_service"),),
    needs=(need("เทปตีนตุ๊กแก สีดำ 2 นิ้ว", "hook_and_loop_tape"), need("ซิปไนลอน เบอร์ 5", "zipper")),
)
sme(
    34,
    EN,
    "Map Ta Phut Nonwovens",
    SPORT,
    MID,
    "Rayong",
    "sales@mtpnonwovens.com",
    offers=(("PP spunbond 25 gsm, white", "nonwoven_fabric"),),
    needs=(need("recycled PSF for needle-punch line", "recycled_polyester_staple_fibre"),),
    certs=(ISO9, OEKO),
)
sme(
    35,
    TH,
    "บริษัท ผ้าขนนุ่ม บางพลี จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@khonnum.co.th",
    offers=(("ผ้าฟลีซ โพลาร์ 200 แกรม กันขุย", "polyester_fleece_fabric"),),
    needs=(need("เส้นด้าย rPET สำหรับถักผ้า", "recycled_polyester_yarn"),),
    certs=(OEKO,),
)
sme(
    36,
    EN,
    "Loop Fleece Co., Ltd.",
    CIRC,
    MID,
    "Chonburi",
    "hello@loopfleece.com",
    offers=(
        ("Recycled polyester fleece 280 gsm, anti-pill", "recycled_polyester_fleece_fabric"),
        ("rPET plain weave 75D, white", "recycled_polyester_fabric"),
    ),
    needs=(need("bottle-based yarn with GRS certificate", "recycled_polyester_yarn", req=(GRS,)),),
    certs=(GRS,),
    bcg=(CIRCULAR,),
)
sme(
    37,
    TH,
    "โรงทอผ้าดิบโพธาราม",
    AGC,
    MID,
    "Ratchaburi",
    "photharam.greige@gmail.com",
    offers=(("ผ้าดิบฝ้าย 100% หน้า 60 นิ้ว ยังไม่ฟอก", "cotton_greige_fabric"),),
    needs=(need("ด้ายฝ้าย เบอร์ 20", "cotton_yarn", "organic_cotton_yarn"),),
)
sme(
    38,
    EN,
    "Salaya Suiting Mills",
    AGC,
    MID,
    "Nakhon Pathom",
    "sales@salayasuiting.com",
    offers=(
        ("Poly/wool 55/45 tropical suiting", "uniform_suiting_fabric"),
        ("PV twill, navy and burgundy", "uniform_suiting_fabric"),
    ),
    needs=(need("commission dyeing of greige twill to navy", "dyeing_service"),),
    certs=(OEKO, ISO9),
)
sme(
    39,
    TH,
    "ร้านอุปกรณ์ตัดเย็บ บางนา",
    SPORT,
    MID,
    "Samut Prakan",
    "bangna.trims@gmail.com",
    offers=(("เมจิกเทป ชนิดกันไฟ", "hook_and_loop_tape"), ("ซิป YKK ยกกล่อง", "zipper")),
)
sme(
    40,
    EN,
    "Lanna Hemp Weavers",
    HEMP,
    MID,
    "Chiang Mai",
    "weave@lannahemp.com",
    offers=(("Hemp canvas 12 oz, undyed", "hemp_fabric"), ("Hemp/cotton herringbone, natural", "hemp_fabric")),
    needs=(need("Hill-tribe hand-spun hemp thread", "hemp_yarn", "hemp_cotton_blend_yarn"),),
    bcg=(BIO,),
)
sme(
    41,
    TH,
    "กลุ่มทอผ้าบ้านหนองแคน",
    AGI,
    MID,
    "Roi Et",
    "nongkhaen.weave@gmail.com",
    offers=(("ผ้าฝ้ายทอมือ ลายขิด หน้า 1 เมตร", "handwoven_cotton_fabric"),),
    needs=(nobody("ด้ายฝ้ายย้อมสีสำเร็จ หลายสี", "no dyed cotton yarn in the set"),),
    certs=(OTOP,),
)
sme(
    42,
    TH,
    "บริษัท ซักรีดสุวรรณภูมิ จำกัด",
    CIRC,
    MID,
    "Samut Prakan",
    "ops@suvarnalaundry.co.th",
    offers=(("ซักและฆ่าเชื้อผ้าหุ้มเบาะ ผ้าห่ม ของสายการบิน", "textile_laundry_service"),),
    needs=(nobody("น้ำยาซักผ้าอุตสาหกรรม สูตรเข้มข้น", "no detergent supplier in the set"),),
    certs=(ISO9, ISO14),
)
sme(
    43,
    EN,
    "SeatFix Upholstery Repair",
    SPORT,
    MID,
    "Bangkok",
    "jobs@seatfix.co",
    offers=(("Repair of torn seat covers, re-stitching and patching", "seat_cover_repair_service"),),
    needs=(
        need("FR aviation cloth remnants for patching", "fr_aircraft_seat_fabric"),
        need("Velcro strips, sew-on", "hook_and_loop_tape"),
    ),
)
sme(
    44,
    TH,
    "โรงงานย่อยผ้า อมตะรีไซเคิล",
    CIRC,
    MID,
    "Chonburi",
    "amata.shred@gmail.com",
    offers=(("รับตีผ้าเก่าของลูกค้าให้เป็นเส้นใยรีไซเคิล", "shredding_service"),),
    certs=(GRS,),
    bcg=(CIRCULAR,),
)
sme(
    45,
    EN,
    "Knitwell Samut Sakhon",
    SPORT,
    MID,
    "Samut Sakhon",
    "knit@knitwell.co.th",
    offers=(
        ("Cotton/spandex single jersey 180 gsm", "jersey_knit_fabric"),
        ("Bamboo viscose jersey", "jersey_knit_fabric"),
    ),
    needs=(need("Ne 30/1 combed cotton yarn", "cotton_yarn", "organic_cotton_yarn"),),
)
sme(
    46,
    TH,
    "โรงฟอกผ้า โคราชเท็กซ์ไทล์",
    AGC,
    MID,
    "Nakhon Ratchasima",
    "korat.bleach@gmail.com",
    offers=(("ผ้าสาลูฟอกขาว หน้ากว้าง 90 นิ้ว", "bleached_cotton_fabric"),),
    needs=(need("ผ้าฝ้ายกระด้าง ยังไม่ผ่านการฟอก เอามาฟอกเอง", "cotton_greige_fabric"),),
)
sme(
    47,
    EN,
    "AeroTrim Leather Co.",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@aerotrimleather.com",
    offers=(("Aviation FR PU leatherette for headrest tops", "fr_synthetic_leather"),),
    certs=(ISO9,),
)
sme(
    48,
    EN,
    "Chiang Mai Organic Cloth",
    HEMP,
    MID,
    "Chiang Mai",
    "cloth@cmorganiccloth.com",
    offers=(("Organic cotton poplin 150 cm, GOTS", "organic_cotton_fabric"),),
    needs=(need("organic yarn, Ne 40, with transaction certificate", "organic_cotton_yarn"),),
    certs=(GOTS,),
    bcg=(BIO,),
)
sme(
    49,
    TH,
    "ห้างหุ้นส่วนจำกัด ผ้ากำมะหยี่กรุงเทพ",
    SPORT,
    MID,
    "Bangkok",
    "bkkvelvet@gmail.com",
    offers=(("ผ้าเบาะรถโดยสาร ผ้าโมเกต์ สีกรม", "coach_seat_fabric"),),
    needs=(need("ด้ายโพลีเอสเตอร์ใหม่ 300D", "polyester_yarn"),),
    certs=("มาตรฐานผลิตภัณฑ์อุตสาหกรรม",),
)
sme(
    50,
    TH,
    "ห้องเย็บผ้า ป้าแดง บางบัวทอง",
    AGC,
    MID,
    "Nonthaburi",
    "padaeng.sew@gmail.com",
    offers=(
        ("รับตัดเย็บชุดฟอร์ม เสื้อเชิ้ต จากผ้าของลูกค้า", "cmt_garment_service"),
        ("รับปักชื่อ ปักโลโก้ บนเสื้อ", "embroidery_service"),
    ),
)

# ====================================================================== profiles 051-070: finished goods makers

sme(
    51,
    TH,
    "บริษัท ผ้าห่มฟ้าคราม จำกัด",
    AGC,
    DOWN,
    "Samut Prakan",
    "sales@fahkramblanket.co.th",
    offers=(("ผ้าห่มบนเครื่องบิน ผ้าฟลีซ 127x152 ซม.", "blanket"), ("ปลอกหมอนผ้าไมโคร สีเทา", "pillowcase")),
    needs=(
        need("ผ้าโพลาร์ฟลีซ ยกม้วน", "polyester_fleece_fabric", "recycled_polyester_fleece_fabric"),
        need("ปักโลโก้สายการบินบนผ้าห่ม", "embroidery_service"),
    ),
    certs=(OEKO,),
)
sme(
    52,
    EN,
    "ReBlanket Asia Co., Ltd.",
    CIRC,
    DOWN,
    "Chonburi",
    "sales@reblanket.asia",
    offers=(
        ("Travel throws made from recycled bottles", "blanket"),
        ("rPET zip pouches for amenity kits", "amenity_kit_pouch"),
    ),
    needs=(need("GRS fleece on the roll", "recycled_polyester_fleece_fabric", req=(GRS,)),),
    certs=(GRS, OEKO),
    bcg=(CIRCULAR,),
)
sme(
    53,
    TH,
    "หมอนรองคอ บ้านสบาย",
    AGC,
    DOWN,
    "Nakhon Pathom",
    "baansabai.pillow@gmail.com",
    offers=(("หมอนรองคอรูปตัวยู ยัดใยนุ่ม", "neck_pillow"),),
    needs=(need("ใยโพลีเอสเตอร์ ยัดหมอน แบบฟู", "polyester_fibrefill", "recycled_polyester_fibrefill"),),
    certs=(OTOP,),
)
sme(
    54,
    EN,
    "Isan Kapok Pillow Co.",
    AGI,
    DOWN,
    "Khon Kaen",
    "orders@isankapok.com",
    offers=(("Kapok-filled cabin pillows 30x40 cm", "cabin_pillow"),),
    needs=(
        need("seed-free kapok fluff", "kapok_fibre"),
        need("hand-woven khit cloth for covers", "handwoven_cotton_fabric"),
    ),
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    55,
    TH,
    "ย่ามกัญชงดอยสะเก็ด",
    HEMP,
    DOWN,
    "Chiang Mai",
    "doisaket.hempbag@gmail.com",
    offers=(("กระเป๋าใส่ของใช้บนเครื่องบิน ผ้ากัญชงย้อมคราม", "amenity_kit_pouch"),),
    needs=(need("ผ้ากัญชงทอ เป็นม้วน", "hemp_fabric"), need("ย้อมครามให้ผ้าที่เราส่งไป", "indigo_dyeing_service")),
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    56,
    EN,
    "SleepWell Travel Goods",
    AGC,
    DOWN,
    "Bangkok",
    "b2b@sleepwelltravel.com",
    offers=(("Satin eye masks, elastic strap", "eye_mask"), ("Inflight socks, one size", "travel_socks")),
    needs=(
        need("stretch jersey for mask lining", "jersey_knit_fabric"),
        nobody("poly satin, OEKO-TEX Standard 100 certified", "no satin cloth in the set", req=(OEKO,)),
    ),
    certs=(OEKO,),
)
sme(
    57,
    TH,
    "บริษัท ยูนิฟอร์มฟ้าใส จำกัด",
    AGC,
    DOWN,
    "Bangkok",
    "sales@fahsaiuniform.co.th",
    offers=(("ชุดพนักงานต้อนรับบนเครื่องบิน สั่งตัดตามแบบ", "crew_uniform"), ("เสื้อเชิ้ตนักบิน แขนสั้น", "crew_uniform")),
    needs=(need("ผ้าตัดสูท กันยับ สำหรับชุดฟอร์ม", "uniform_suiting_fabric"), need("โรงงานรับเย็บ CMT", "cmt_garment_service")),
    certs=(ISO9,),
)
sme(
    58,
    EN,
    "Khon Kaen Silk Scarf House",
    AGI,
    DOWN,
    "Khon Kaen",
    "scarves@kksilkhouse.com",
    offers=(("Silk scarves for cabin crew, hand-painted", "crew_scarf"), ("Mudmee silk pocket squares", "crew_scarf")),
    needs=(need("mudmee silk by the metre, Peacock Emblem", "thai_silk_fabric", req=(PEACOCK,)),),
    certs=(OTOP,),
)
sme(
    59,
    TH,
    "ร้านผ้าปูโต๊ะ บางใหญ่",
    AGC,
    DOWN,
    "Nonthaburi",
    "bangyai.linen@gmail.com",
    offers=(("ผ้าปูถาดอาหาร ผ้าเช็ดปาก สำหรับห้องโดยสาร", "galley_linen"),),
    needs=(need("ผ้าฝ้ายขาว ฟอกแล้ว หน้ากว้าง", "bleached_cotton_fabric"),),
)
sme(
    60,
    EN,
    "CleanRest Disposables",
    SPORT,
    DOWN,
    "Rayong",
    "sales@cleanrest.co.th",
    offers=(("Disposable headrest covers, nonwoven, logo print", "disposable_headrest_cover"),),
    needs=(need("spunbond PP roll 30 gsm", "nonwoven_fabric"),),
    certs=(ISO9,),
)
sme(
    61,
    TH,
    "ผ้าคลุมหัวเบาะ สยาม",
    SPORT,
    DOWN,
    "Bangkok",
    "siam.headrest@gmail.com",
    offers=(("ผ้าคลุมพนักพิงศีรษะ ผ้ากันไฟ ซักได้", "fabric_headrest_cover"),),
    needs=(need("ผ้าทนไฟสำหรับงานเบาะเครื่องบิน", "fr_aircraft_seat_fabric"),),
)
sme(
    62,
    TH,
    "บริษัท เบาะรถทัวร์อีสาน จำกัด",
    SPORT,
    DOWN,
    "Khon Kaen",
    "isanbusseat@gmail.com",
    offers=(("ผ้าหุ้มเบาะรถบัส 2 ชั้น ตัดเย็บสำเร็จ", "vehicle_seat_cover"),),
    needs=(need("ผ้าเบาะรถโดยสาร เป็นม้วน", "coach_seat_fabric"),),
    certs=(TIS,),
)
sme(
    63,
    EN,
    "Skyline Seat Dress Co., Ltd.",
    SPORT,
    DOWN,
    "Samut Prakan",
    "info@skylineseatdress.com",
    offers=(("Aircraft seat dress covers, cut and sewn", "aircraft_seat_cover"),),
    needs=(
        need("seat fabric tested to FAR 25.853", "fr_aircraft_seat_fabric"),
        need("FR leatherette for headrest caps", "fr_synthetic_leather"),
    ),
    certs=(ISO9,),
)
sme(
    64,
    TH,
    "สลิปเปอร์มหาชัย",
    AGC,
    DOWN,
    "Samut Sakhon",
    "mahachai.slipper@gmail.com",
    offers=(("สลิปเปอร์ผ้าขนหนู สำหรับชั้นธุรกิจ", "inflight_slippers"),),
    needs=(nobody("ผ้าขนหนูเป็นม้วน", "no terry cloth in the set"),),
)
sme(
    65,
    EN,
    "Second Seat Studio",
    CIRC,
    DOWN,
    "Bangkok",
    "studio@secondseat.co",
    offers=(("Totes cut from retired aircraft seat covers", "upcycled_bag"),),
    needs=(
        need("old airplane seat covers, any colour", "used_seat_cover_waste"),
        need("industrial wash of used covers before cutting", "textile_laundry_service"),
    ),
    bcg=(CIRCULAR,),
)
sme(
    66,
    TH,
    "ร้านย่ามครามสกล",
    AGI,
    DOWN,
    "Sakon Nakhon",
    "yamkramsakon@gmail.com",
    offers=(("ย่ามผ้าฝ้ายทอมือย้อมคราม", "cotton_tote_bag"),),
    needs=(need("ผ้าฝ้ายย้อมครามเป็นพับ", "indigo_dyed_cotton_fabric"),),
    certs=(OTOP,),
)
sme(
    67,
    EN,
    "Northern Amenity Kits",
    HEMP,
    DOWN,
    "Chiang Mai",
    "kits@northernamenity.com",
    offers=(("Complete business-class amenity kits", "amenity_kit"),),
    needs=(
        need("empty zip pouches in natural fabric", "amenity_kit_pouch"),
        need("eyeshades", "eye_mask"),
        need("flight socks", "travel_socks"),
    ),
)
sme(
    68,
    TH,
    "หมอนนุ่ม แอร์ไลน์ซัพพลาย",
    AGC,
    DOWN,
    "Samut Prakan",
    "monnum.airsupply@gmail.com",
    offers=(("หมอนใบเล็กบนเครื่องบิน พร้อมปลอก", "cabin_pillow"), ("ปลอกหมอนผ้าฝ้าย สีขาว", "pillowcase")),
    needs=(need("ใยรีไซเคิลยัดหมอน", "recycled_polyester_fibrefill"), need("ผ้าดิบทำไส้หมอน", "cotton_greige_fabric")),
    certs=(OEKO,),
)
sme(
    69,
    TH,
    "กระเป๋าฝ้ายออร์แกนิก เชียงราย",
    HEMP,
    DOWN,
    "Chiang Rai",
    "organicpouch.cr@gmail.com",
    offers=(("กระเป๋าอเมนิตี้ ผ้าฝ้ายอินทรีย์", "amenity_kit_pouch"), ("ที่ปิดตา ผ้าฝ้ายอินทรีย์", "eye_mask")),
    needs=(need("ผ้าฝ้ายออร์แกนิก ทอแล้ว มีใบรับรอง GOTS", "organic_cotton_fabric", req=(GOTS,)),),
    certs=(GOTS,),
    bcg=(BIO,),
)
sme(
    70,
    TH,
    "กระเป๋ายูนิฟอร์มเก่า รีเมค",
    CIRC,
    DOWN,
    "Bangkok",
    "remake.uniformbag@gmail.com",
    offers=(("กระเป๋าทำจากชุดลูกเรือที่ปลดระวาง", "upcycled_bag"),),
    needs=(need("ชุดพนักงานสายการบินที่ไม่ใช้แล้ว", "used_uniform_waste"),),
    bcg=(CIRCULAR,),
)

# ============================================ profiles 071-095: airlines, coaches, rail, ferries, agents

sme(
    71,
    EN,
    "Siam Horizon Airways",
    SPORT,
    DOWN,
    "Samut Prakan",
    "procurement@siamhorizonair.com",
    offers=(
        ("Retired economy seat covers, about 2,000 pcs a year", "used_seat_cover_waste"),
        ("Worn-out cabin blankets, bulk", "used_blanket_waste"),
    ),
    needs=(
        need("Passenger blankets, OEKO-TEX certified, 60,000 pcs", "blanket", req=(OEKO,)),
        need("overnight laundering of seat dress", "textile_laundry_service"),
        need("Business class amenity kits, assembled", "amenity_kit"),
    ),
    certs=(ISO9,),
)
sme(
    72,
    TH,
    "สายการบิน ฟ้าล้านนา",
    SPORT,
    DOWN,
    "Chiang Mai",
    "jatsue@fahlannaair.co.th",
    offers=(("ชุดลูกเรือรุ่นเก่า ปลดระวางแล้ว", "used_uniform_waste"),),
    needs=(
        need("ผ้าคลุมหัวเบาะแบบใช้ครั้งเดียวทิ้ง", "disposable_headrest_cover"),
        need("ผ้าพันคอลูกเรือ ผ้าไหมไทย", "crew_scarf"),
        need("ชุดพนักงานต้อนรับ ตัดใหม่ทั้งฝูงบิน", "crew_uniform"),
    ),
)
sme(
    73,
    EN,
    "Andaman Wings Co., Ltd.",
    SPORT,
    DOWN,
    "Phuket",
    "supply@andamanwings.com",
    needs=(
        need("cabin crew outfits, batik-inspired", "crew_uniform"),
        need("U-shaped travel pillows for long sectors", "neck_pillow"),
        need("washable antimacassars", "fabric_headrest_cover"),
    ),
)
sme(
    74,
    TH,
    "สายการบินดอยสกาย",
    SPORT,
    DOWN,
    "Chiang Rai",
    "purchase@doisky.co.th",
    needs=(
        need("อยากได้ผ้าห่มที่ทำจากขวดรีไซเคิล มี GRS", "blanket", req=(GRS,)),
        need("ซ่อมเบาะผ้าที่ขาด เย็บใหม่", "seat_cover_repair_service"),
        nobody("ม่านกั้นห้องครัวบนเครื่อง สำเร็จรูป ติดตั้งได้เลย", "curtain cloth is offered, made-up curtains are not"),
    ),
)
sme(
    75,
    EN,
    "Golden Coach Transport Co., Ltd.",
    SPORT,
    DOWN,
    "Bangkok",
    "fleet@goldencoach.co.th",
    offers=(("Worn coach seat covers for recycling", "used_seat_cover_waste"),),
    needs=(
        need("Replacement seat covers for 45-seaters, TIS marked", "vehicle_seat_cover", req=(TIS,)),
        need("headrest covers for VIP coaches", "disposable_headrest_cover", "fabric_headrest_cover"),
    ),
)
sme(
    76,
    TH,
    "บริษัท โคราชทัวร์ จำกัด",
    AGI,
    DOWN,
    "Nakhon Ratchasima",
    "booking@korattour.co.th",
    needs=(
        need("ผ้าห่มบนรถ VIP 24 ที่นั่ง", "blanket"),
        need("หมอนรองต้นคอ แจกผู้โดยสาร", "neck_pillow"),
        need("ซักผ้าคลุมเบาะทุกสัปดาห์", "textile_laundry_service"),
    ),
)
sme(
    77,
    TH,
    "หจก. อุดรทัวร์สายอีสาน",
    AGI,
    DOWN,
    "Udon Thani",
    "udontour.isan@gmail.com",
    needs=(
        need("เบาะรถบัส หุ้มใหม่ ราคาไม่แพง", "vehicle_seat_cover"),
        nobody("ปลอกหมอนลายผ้าขิด", "khit cloth is offered, khit pillow covers are not"),
    ),
)
sme(
    78,
    EN,
    "Siam Rail Sleeper Services",
    AGC,
    DOWN,
    "Bangkok",
    "linen@siamrailsleeper.com",
    needs=(
        need("berth blankets", "blanket"),
        need("pillow slips for sleeper cars", "pillowcase"),
        need("linen laundering contract", "textile_laundry_service"),
    ),
)
sme(
    79,
    TH,
    "บริษัท รถไฟท่องเที่ยวล้านนา จำกัด",
    AGC,
    DOWN,
    "Lampang",
    "lannarailtour@gmail.com",
    needs=(need("ผ้าปูโต๊ะตู้เสบียง", "galley_linen"), need("ผ้าหุ้มเบาะรถไฟ เป็นม้วน", "coach_seat_fabric")),
)
sme(
    80,
    EN,
    "Gulf Islands Ferry Co., Ltd.",
    AGC,
    DOWN,
    "Surat Thani",
    "ops@gulfislandsferry.com",
    needs=(
        nobody("life-jacket covers", "no life-jacket covers in the set"),
        need("saloon seat covers, made up", "vehicle_seat_cover"),
        need("water-repellent treatment of our canvas awnings", "water_repellent_finishing_service"),
    ),
)
sme(
    81,
    TH,
    "เรือเฟอร์รี่อ่าวนาง",
    AGC,
    DOWN,
    "Krabi",
    "aonangferry@gmail.com",
    needs=(need("ผ้าห่มบางๆ ห้องแอร์ในเรือ", "blanket"), need("ผ้าคลุมเบาะที่นั่งผู้โดยสาร", "vehicle_seat_cover")),
)
sme(
    82,
    EN,
    "Silver Journeys Travel",
    AGC,
    DOWN,
    "Bangkok",
    "groups@silverjourneys.co.th",
    needs=(
        need("Gift travel pillows for senior tour groups", "neck_pillow"),
        need("logo totes for guests", "cotton_tote_bag", "upcycled_bag"),
        need("Handmade OTOP souvenirs?", "cotton_tote_bag", req=(OTOP,)),
    ),
)
sme(
    83,
    TH,
    "บริษัท อุบลฯ ฮอลิเดย์ ทัวร์ จำกัด",
    AGI,
    DOWN,
    "Ubon Ratchathani",
    "ubonholiday@gmail.com",
    needs=(need("ย่ามผ้าทอ ไว้แจกลูกทัวร์", "cotton_tote_bag"), need("ผ้าห่มพกพา", "blanket")),
)
sme(
    84,
    EN,
    "Mekong Regional Air",
    SPORT,
    DOWN,
    "Udon Thani",
    "purchasing@mekongair.com",
    needs=(
        need("eye shades and earplugs", "eye_mask"),
        need("GOTS organic cotton amenity pouches", "amenity_kit_pouch", req=(GOTS,)),
        need("cabin pillows, OEKO-TEX welcome but not required", "cabin_pillow", waive=(OEKO,)),
    ),
)
sme(
    85,
    EN,
    "Suvarnabhumi Lounge Services",
    AGC,
    DOWN,
    "Samut Prakan",
    "lounge@svblounge.com",
    needs=(
        need("napkins and table linen", "galley_linen"),
        need("throws for lounge chairs, no OEKO-TEX needed", "blanket", waive=(OEKO,)),
    ),
)
sme(
    86,
    TH,
    "บริษัท พิษณุโลกยานยนต์ขนส่ง จำกัด",
    AGC,
    DOWN,
    "Phitsanulok",
    "pitsanulok.transport@gmail.com",
    needs=(
        need("ผ้าหุ้มเบาะรถตู้ ไม่ต้องมี มอก. ก็ได้", "vehicle_seat_cover", waive=(TIS,)),
        need("รับซักผ้าหุ้มเบาะ", "textile_laundry_service"),
    ),
)
sme(
    87,
    EN,
    "Mekong River Cruises",
    AGI,
    DOWN,
    "Nakhon Phanom",
    "cabins@mekongrivercruises.com",
    needs=(
        nobody("hand-woven silk throws for cabins", "silk cloth is offered, silk throws are not"),
        need("tray cloths and serviettes", "galley_linen"),
    ),
)
sme(
    88,
    TH,
    "สายการบินเช่าเหมาลำ สกายชาร์เตอร์",
    SPORT,
    DOWN,
    "Bangkok",
    "skycharter.th@gmail.com",
    needs=(
        need("ชุดหุ้มเบาะเครื่องบิน สำเร็จรูป", "aircraft_seat_cover"),
        need("ถุงอเมนิตี้ ไม่ต้องมี GOTS", "amenity_kit_pouch", waive=(GOTS,)),
    ),
)
sme(
    89,
    EN,
    "Phuket Tour Bus Co.",
    SPORT,
    DOWN,
    "Phuket",
    "fleet@phukettourbus.com",
    needs=(
        need("bus seat covers, refit 12 coaches", "vehicle_seat_cover"),
        need("Who can fix ripped seat covers?", "seat_cover_repair_service"),
    ),
)
sme(
    90,
    TH,
    "ทัวร์วัยเก๋า นนทบุรี",
    AGC,
    DOWN,
    "Nonthaburi",
    "wai-gao.tour@gmail.com",
    needs=(need("หมอนรองคอ สำหรับผู้สูงอายุเดินทางไกล", "neck_pillow", "cabin_pillow"), need("ผ้าห่มผืนเล็ก พกขึ้นรถ", "blanket")),
)
sme(
    91,
    EN,
    "Hat Yai Express Coaches",
    SPORT,
    DOWN,
    "Songkhla",
    "depot@hatyaiexpress.com",
    needs=(
        need("re-stitching of coach seat covers", "seat_cover_repair_service"),
        need("single-use headrest covers", "disposable_headrest_cover"),
    ),
)
sme(
    92,
    TH,
    "ครัวการบิน สุวรรณภูมิ",
    AGC,
    DOWN,
    "Samut Prakan",
    "inflight.kitchen@gmail.com",
    needs=(need("ผ้ารองถาด ผ้าเช็ดมือ ห้องโดยสาร", "galley_linen"), nobody("ผ้ากันเปื้อนพนักงานครัว", "no aprons in the set")),
)
sme(
    93,
    EN,
    "Mae Hong Son Air Charter",
    SPORT,
    DOWN,
    "Mae Hong Son",
    "ops@mhsaircharter.com",
    needs=(need("lap blankets for a 12-seat aircraft", "blanket"),),
)
sme(
    94,
    TH,
    "บริษัท ขอนแก่นทัวร์ วีไอพี จำกัด",
    AGI,
    DOWN,
    "Khon Kaen",
    "kkvip.tour@gmail.com",
    needs=(
        nobody(
            "ผ้าพันคอไหม ตรานกยูงพระราชทาน เป็นของขวัญ",
            "no scarf maker holds the Peacock Emblem",
            "crew_scarf",
            req=(PEACOCK,),
        ),
        need("ของฝากผ้าไหมมัดหมี่ เป็นผืน", "thai_silk_fabric"),
    ),
)
sme(
    95,
    EN,
    "Koh Chang Ferry Line",
    AGC,
    DOWN,
    "Trat",
    "office@kohchangferry.com",
    needs=(
        need("blankets for the night boat", "blanket"),
        need("seat cover refurbishment, sewing only, we supply fabric", "seat_cover_sewing_service"),
    ),
)


# ====================================================================== checks, links, counts, output

THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
ID_PATTERN = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_PATTERN = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")


def letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def thai_ok(text: str) -> bool:
    found = letters(text)
    return bool(found) and sum(bool(THAI_LETTER.match(c)) for c in found) / len(found) >= 0.6


def english_ok(text: str) -> bool:
    return text.isascii() and bool(letters(text))


def names_certification(text: str, name: str) -> bool:
    """Whether the text names the certification at all (asked for or waived)."""
    cert = next(c for c in CERTIFICATIONS if c.name == name)
    folded = text.casefold()
    words = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(word.casefold() in folded for word in words) or re.search(r"มอก\.", text) is not None


def offered_labels(smes: list[Sme]) -> dict[str, set[str]]:
    holders: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            holders.setdefault(label, set()).add(s.id)
    return holders


def qualified(smes: list[Sme], buyer: Sme, n: Need) -> list[str]:
    return sorted(
        s.id
        for s in smes
        if s.id != buyer.id
        and any(label in n.labels for _, label in s.offers)
        and set(n.requires) <= canonical_certifications(s.certifications)
    )


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order")
    holders = offered_labels(smes)
    subs, stages, tags = {m.value for m in SubCluster}, {m.value for m in Stage}, {m.value for m in BcgTag}
    for s in smes:
        where = s.id
        if not ID_PATTERN.match(s.id):
            errors.append(f"{where}: bad id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if s.sub_cluster not in subs or s.stage not in stages or not set(s.bcg) <= tags:
            errors.append(f"{where}: sub-cluster, stage or bcg not a taxonomy value")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: unknown province {s.province!r}")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: unknown certification {c!r}")
        if not EMAIL_PATTERN.match(s.email):
            errors.append(f"{where}: bad email")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, at least one of them")
        phrase_ok = thai_ok if s.language == "th" else english_ok
        for text in (s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)):
            if not phrase_ok(text) or text != text.strip() or "  " in text:
                errors.append(f"{where}: phrase not in {s.language}: {text!r}")
        offer_texts = {t for t, _ in s.offers}
        if len(offer_texts) != len(s.offers):
            errors.append(f"{where}: repeated offer text")
        for n in s.needs:
            label = f"{where}: need {n.text!r}"
            for lab in n.labels:
                if not holders.get(lab, set()) - {s.id}:
                    errors.append(f"{label}: no one else offers {lab}")
            if find_certifications(n.text) != set(n.requires):
                errors.append(f"{label}: text requires {sorted(find_certifications(n.text))}, labelled {n.requires}")
            for name in n.waives:
                if not names_certification(n.text, name) or name in find_certifications(n.text):
                    errors.append(f"{label}: waived {name} not named as waived")
            if n.unmet:
                if qualified(smes, s, n):
                    errors.append(f"{label}: marked unmet but met by {qualified(smes, s, n)}")
            elif not n.labels:
                errors.append(f"{label}: met need without labels")
            elif not qualified(smes, s, n):
                errors.append(f"{label}: no qualified supplier")
    return errors


def links_of(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {(sup, b.id) for b in smes for n in b.needs if not n.unmet for sup in qualified(smes, b, n)}
    return sorted(pairs)


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(row, ensure_ascii=False)


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    lang = Counter(s.language for s in smes)
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    suppliers_per_need = Counter(min(len(qualified(smes, s, n)), 4) for s, n in met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{lang['th']} / {lang['en']}"),
    ]
    rows += [(f"sub-cluster {m.value}", str(sum(s.sub_cluster == m.value for s in smes))) for m in SubCluster]
    rows += [(f"stage {m.value}", str(sum(s.stage == m.value for s in smes))) for m in Stage]
    regions = Counter(p.region.value for s in smes if (p := resolve_province(s.province)) is not None)
    rows += [(f"region {r}", str(c)) for r, c in sorted(regions.items())]
    provinces = {p.name_en for s in smes if (p := resolve_province(s.province)) is not None}
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({lab for s in smes for _, lab in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(suppliers_per_need[k]) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def target_errors(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors = []
    thai = sum(s.language == "th" for s in smes) / len(smes)
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai:.0%} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links outside {LINK_RANGE}")
    by_id = {s.id: s for s in smes}
    cross = sum(by_id[a].language != by_id[b].language for a, b in links) / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.0%} outside {CROSS_SHARE_RANGE}")
    unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs outside {UNMET_RANGE}")
    return errors


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# `eval/blind_plain_airline/`: airline, bus and travel textiles, plain registry entries

## What the set checks

How well the partner matcher finds true supplier-buyer pairs from wording it has never seen. The
{n} SME profiles are plain registry entries (one short phrase per offer or need) on one theme:
aircraft and coach seat covers and seat fabric, headrest covers, passenger blankets and pillows,
amenity kits, eye masks, crew uniforms and scarves, galley linen, flame-retardant fabric and finishing,
seat-cover laundering and repair, and the airlines, coach, rail and ferry operators and travel agents
that buy them, plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers. About 55 % of the
profiles are in Thai and the rest in English, and about half of the true links cross languages.

Hard cases on purpose: a service versus the goods it works on (commission dyeing or indigo dyeing of
the customer's cloth versus dyed cloth; cut-make-trim and seat-cover sewing for others versus finished
uniforms and seat covers; FR finishing of the customer's fabric versus FR fabric); waste and used goods
versus new (retired seat covers, uniforms and blankets); raw versus processed (fibre, yarn, greige,
bleached cloth, finished product); a complete amenity kit versus the empty pouch; goods described by
their material, colour or technique (a pouch of indigo-dyed hemp is a pouch); needs written as a wish,
a bare noun phrase or a question; needs that require a named certification and needs that name one
only to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (the profile format and the links CSV),
`shared/taxonomy.py` with its data files, and the `[tool.ruff]` settings. The writer did not see the
matcher, its glossary, its tests, other evaluation sets or any other data.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications (canonicalised with
`shared.taxonomy.canonical_certifications`) hold every certification that need requires. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never decide a link.
A certification that a need names only to waive it ("no OEKO-TEX needed", "ไม่ต้องมี GOTS") is not
required. The labels live only in `write.py`; `profiles.jsonl` carries no labels.

Before writing, the script checks: ids unique and well formed; every contract field valid (provinces
resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster, stage and
BCG values from the taxonomy); every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; the certifications
`find_certifications` reads in a need's text are exactly the ones it requires, and a waived one is named
but not read as required; Thai phrases mostly Thai letters and English ones ASCII only; the size targets
(95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of them cross-language, 17-23 unmet needs). It writes
nothing if any check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_airline/write.py

Two runs give identical bytes.

## Files

- `write.py`: all the data and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: {n} profiles, cluster profile JSONL version 1, ids `bal-001` ... `bal-095`.
- `links.csv`: the true links, `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    errors = check(SMES)
    links = links_of(SMES)
    if not errors:
        errors += target_errors(SMES, links)
    rows = counts(SMES, links)
    print(table(rows), end="")
    if errors:
        print("\nNOT WRITTEN:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    readme = README.format(n=len(SMES), table=table(rows))
    for name, text in (("profiles.jsonl", profiles), ("links.csv", buffer.getvalue()), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
