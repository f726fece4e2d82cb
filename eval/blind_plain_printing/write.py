"""Write the hand-labelled evaluation set `eval/blind_plain_printing/`.

Theme: textile printing (screen, hand block, DTG/DTF, sublimation, heat transfer), its inks,
screens and machines, print shops and the schools, clubs, companies and temples that order
printed shirts, plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

Every offer is a (text, label) pair; every need lists the offer labels that meet it and the
certifications its text requires, or is marked as met by no one. Labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_printing/write.py
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
PREFIX = "btp"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    mail: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, tuple(labels), tuple(req), tuple(waive))


def unmet(text: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no SME in the set meets; `note` says why."""
    return Need(text, (), tuple(req), tuple(waive), note)


SMES: list[Sme] = []


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    mail: str,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(
        Sme(
            f"{PREFIX}-{num:03d}",
            language,
            name,
            sub_cluster,
            stage,
            province,
            mail,
            tuple(offers),
            tuple(needs),
            tuple(certs),
            tuple(bcg),
        )
    )


# ====================================================================== data
# ---- 001-030: fibre, yarn, cloth, dyeing, first printers

sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงม้งบ้านรวมไทย",
    HEMP,
    UP,
    "Tak",
    "hmonghemp.tak",
    offers=(
        ("เปลือกกัญชงลอกแล้ว ตากแห้ง มัดละ 5 กก.", "hemp_bast_raw"),
        ("ด้ายกัญชงเข็นมือ สีธรรมชาติ ม้วนละ 100 กรัม", "hemp_yarn"),
    ),
    needs=(unmet("ขี้ผึ้งแท้ สำหรับเขียนลายเทียนบนผ้ากัญชง", "beeswax for batik drawing: nobody sells it"),),
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    2,
    "en",
    "Doi Hemp Fibre Co., Ltd.",
    HEMP,
    UP,
    "Chiang Mai",
    "sales.doihemp",
    offers=(
        ("Degummed hemp fibre, 40 kg bales", "hemp_fibre"),
        ("Hemp yarn Nm 8, ecru, MOQ 20 kg", "hemp_yarn"),
    ),
    needs=(need("Sun-dried hemp bark strips from hill-tribe growers", "hemp_bast_raw"),),
    bcg=("bio", "green"),
)
sme(
    3,
    "th",
    "ร้านรับซื้อเศษผ้า ส.เจริญ มหาชัย",
    CIRC,
    UP,
    "Samut Sakhon",
    "sjaroen.waste",
    offers=(("เศษผ้ายืดคอตตอน คัดสีขาว กระสอบละ 30 กก.", "cotton_cutting_waste"),),
    needs=(
        need("เสื้อสกรีนเสีย ตัวตำหนิ พิมพ์เพี้ยน รับซื้อเหมา", "misprint_garment_waste"),
        need("เศษริมผ้าจากโรงเย็บเสื้อยืด", "cotton_cutting_waste"),
    ),
    bcg=("circular",),
)
sme(
    4,
    "en",
    "Eastern ReFibre Co., Ltd.",
    CIRC,
    UP,
    "Chonburi",
    "info.erefibre",
    offers=(
        ("Recycled cotton fibre from pre-consumer clippings", "recycled_cotton_fibre"),
        ("Open-end recycled cotton yarn Ne 10", "recycled_cotton_yarn"),
    ),
    needs=(
        need("Cotton knit clippings, white or pastel, baled", "cotton_cutting_waste"),
        need("Old or rejected printed T-shirts for fibre recovery", "used_clothing", "misprint_garment_waste"),
    ),
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    5,
    "th",
    "บริษัท ไทยรีเพ็ท ยาร์น จำกัด",
    CIRC,
    UP,
    "Nakhon Pathom",
    "thairepet",
    offers=(("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET 150D/48F", "recycled_polyester_yarn"),),
    needs=(need("ขวดน้ำดื่มพลาสติกใส อัดก้อน ส่งถึงโรงงาน", "pet_bottle_bales"),),
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    6,
    "th",
    "ธนาคารขยะชุมชนบ้านโนนทัน",
    CIRC,
    UP,
    "Khon Kaen",
    "nonthan.wastebank",
    offers=(
        ("ขวดเพ็ทใส อัดแท่ง ตันละ 9,000 บาท", "pet_bottle_bales"),
        ("เสื้อผ้ามือสอง คัดแยกแล้ว กิโลละ 10 บาท", "used_clothing"),
    ),
    bcg=("circular",),
)
sme(
    7,
    "en",
    "Loei Organic Cotton Growers Group",
    HEMP,
    UP,
    "Loei",
    "loei.cotton",
    offers=(("Hand-picked seed cotton, unginned, Organic Thailand", "seed_cotton"),),
    needs=(unmet("Small roller gin for cotton, second hand OK", "cotton gin: nobody sells ginning machinery"),),
    certs=("Organic Thailand",),
    bcg=("bio",),
)
sme(
    8,
    "th",
    "วิสาหกิจชุมชนครามบ้านดอนกอย",
    ALI,
    UP,
    "Sakon Nakhon",
    "donkoi.indigo",
    offers=(("เนื้อครามเปียก พร้อมก่อหม้อ กก.ละ 180 บาท", "indigo_paste"),),
    needs=(unmet("เมล็ดพันธุ์ครามฝักงอ ครามพื้นบ้าน", "indigo seed: no seed seller in the set"),),
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    9,
    "th",
    "ฝ้ายเข็นมือป้าบัว ทุ่งโฮ้ง",
    HEMP,
    UP,
    "Phrae",
    "pabua.cotton",
    offers=(("ฝ้ายเข็นมือ สีตุ่น ใจละ 60 บาท", "handspun_cotton_yarn"),),
    needs=(need("ปุยฝ้ายทั้งเมล็ด ฝ้ายพื้นเมือง ได้มาตรฐานเกษตรอินทรีย์", "seed_cotton", req=("Organic Thailand",)),),
    bcg=("bio",),
)
sme(
    10,
    "en",
    "Siam Poly Filament Co., Ltd.",
    SPORT,
    UP,
    "Samut Prakan",
    "siampoly",
    offers=(
        ("Polyester DTY 75D/36F semi-dull", "polyester_yarn"),
        ("Recycled polyester FDY from bottles, GRS", "recycled_polyester_yarn"),
    ),
    needs=(need("Clear PET bottle bales, post-consumer", "pet_bottle_bales"),),
    certs=("GRS", "ISO 9001"),
    bcg=("circular",),
)
sme(
    11,
    "th",
    "กลุ่มสีธรรมชาติเมืองน่าน",
    HEMP,
    UP,
    "Nan",
    "nan.naturaldye",
    offers=(
        ("ครั่งบดแห้ง ให้สีแดง กก.ละ 400", "natural_dye_material"),
        ("เปลือกประดู่ แก่นขนุน สับตากแห้ง", "natural_dye_material"),
    ),
    bcg=("bio", "green"),
)
sme(
    12,
    "en",
    "ThreadCycle Sorting Co.",
    CIRC,
    UP,
    "Bangkok",
    "threadcycle",
    offers=(("Sorted second-hand T-shirts, 45 kg bales", "used_clothing"),),
    needs=(need("Misprints and rejected tees from print shops", "misprint_garment_waste"),),
    bcg=("circular",),
)
sme(
    13,
    "en",
    "Lanna Spinning Mill",
    HEMP,
    UP,
    "Chiang Rai",
    "lanna.spin",
    offers=(
        ("Combed organic cotton yarn Ne 30/1, GOTS", "cotton_yarn"),
        ("Carded cotton yarn Ne 20 for weaving", "cotton_yarn"),
    ),
    needs=(unmet("Ginned organic cotton lint in bales", "ginned lint: only unginned seed cotton is offered"),),
    certs=("GOTS", "OCS"),
    bcg=("bio",),
)
sme(
    14,
    "th",
    "โรงทอผ้าฝ้ายดอยสะเก็ด",
    HEMP,
    MID,
    "Chiang Mai",
    "doisaket.weave",
    offers=(("ผ้าฝ้ายทอมือ สีขาวนวล หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),),
    needs=(need("เส้นฝ้ายปั่นมือแบบพื้นบ้าน ไม่จำเป็นต้องมีโอทอป", "handspun_cotton_yarn", waive=("OTOP",)),),
    certs=("OTOP",),
)
sme(
    15,
    "en",
    "Mahachai Knit Co., Ltd.",
    SPORT,
    MID,
    "Samut Sakhon",
    "mahachai.knit",
    offers=(("Cotton jersey No.32 single, 180 gsm, by the kilo", "cotton_jersey_fabric"),),
    needs=(need("32s combed cotton yarn for circular knitting", "cotton_yarn"),),
)
sme(
    16,
    "th",
    "โรงงานถักผ้าไมโครสปอร์ต บางพลี",
    SPORT,
    MID,
    "Samut Prakan",
    "microsport.bp",
    offers=(("ผ้าไมโครโพลีสีขาว หน้า 60 นิ้ว สำหรับงานซับลิเมชั่น", "white_polyester_sport_fabric"),),
    needs=(
        need("เส้นด้ายโพลีเอสเตอร์ DTY 75D", "polyester_yarn"),
        need("ด้ายโพลีรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", req=("GRS",)),
    ),
)
sme(
    17,
    "en",
    "ProJersey Textiles",
    SPORT,
    MID,
    "Bangkok",
    "projersey",
    offers=(
        ("Bird-eye mesh, 100% polyester, white, print-ready", "white_polyester_sport_fabric"),
        ("Recycled polyester jersey, white, GRS", "white_polyester_sport_fabric"),
    ),
    needs=(need("Recycled poly filament made from bottles", "recycled_polyester_yarn"),),
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    18,
    "th",
    "กลุ่มย้อมครามบ้านพันนา",
    ALI,
    MID,
    "Sakon Nakhon",
    "phanna.indigo",
    offers=(
        ("รับย้อมครามผ้าของลูกค้า คิดตามน้ำหนัก", "indigo_dyeing_service"),
        ("ผ้าฝ้ายย้อมครามทอมือ เมตรละ 350 บาท", "indigo_dyed_cotton_fabric"),
    ),
    needs=(need("ครามเปียกจากต้นครามพื้นบ้าน", "indigo_paste"),),
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    19,
    "en",
    "Mae Rim Natural Dye Studio",
    HEMP,
    MID,
    "Chiang Mai",
    "maerim.dye",
    offers=(("Natural dyeing of your fabric: lac, ebony, mango bark", "natural_dyeing_service"),),
    needs=(need("Dried lac and tree barks for the dye pot", "natural_dye_material"),),
    bcg=("bio", "green"),
)
sme(
    20,
    "th",
    "โรงย้อม ส.รุ่งเรืองเท็กซ์ไทล์",
    CIRC,
    MID,
    "Samut Prakan",
    "srungruang.dye",
    offers=(("รับย้อมผ้าทุกชนิด ผ้ายืด ผ้าทอ ขั้นต่ำ 50 กก.", "fabric_dyeing_service"),),
    needs=(unmet("ระบบบำบัดน้ำเสียขนาดเล็กสำหรับโรงย้อม", "wastewater treatment: no one offers it"),),
)
sme(
    21,
    "en",
    "Ratchaburi Dyehouse Co., Ltd.",
    CIRC,
    MID,
    "Ratchaburi",
    "rb.dyehouse",
    offers=(
        ("Commission dyeing of knits and wovens, reactive dyes", "fabric_dyeing_service"),
        ("Dyed cotton jersey rolls, 20 stock colours", "cotton_jersey_fabric"),
    ),
    needs=(need("Greige cotton single jersey for dyeing", "cotton_jersey_fabric"),),
    certs=("OEKO-TEX Standard 100",),
)
sme(
    22,
    "th",
    "ร้านผ้าหม้อห้อมแม่มาลี",
    HEMP,
    MID,
    "Phrae",
    "maemalee.mohom",
    offers=(
        ("ผ้าหม้อห้อมพื้น หลาละ 90 บาท", "indigo_dyed_cotton_fabric"),
        ("รับย้อมหม้อห้อม ผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
    ),
    needs=(need("ผ้าดิบโรงงาน เป็นม้วน สำหรับย้อม", "plain_cotton_fabric"),),
    certs=("OTOP",),
)
sme(
    23,
    "en",
    "Siam Cotton Weaving Co., Ltd.",
    HEMP,
    MID,
    "Nonthaburi",
    "siamcottonweave",
    offers=(
        ("Greige cotton sheeting 40x40, 63 inch", "plain_cotton_fabric"),
        ("Bleached PFD cotton poplin, ready for print", "plain_cotton_fabric"),
    ),
    needs=(need("Ne 40 carded cotton yarn on cones", "cotton_yarn"),),
    certs=("ISO 9001",),
)
sme(
    24,
    "th",
    "ร้านผ้าดิบ ผ้าแคนวาส พาหุรัด",
    ALC,
    MID,
    "Bangkok",
    "pahurat.canvas",
    offers=(
        ("ผ้าดิบ เมตรละ 35 บาท ขายส่งยกพับ", "plain_cotton_fabric"),
        ("ผ้าแคนวาสหนา 10 ออนซ์", "cotton_canvas_fabric"),
    ),
)
sme(
    25,
    "en",
    "Hemp Loom Chiang Rai",
    HEMP,
    MID,
    "Chiang Rai",
    "hemploom",
    offers=(("Hemp/cotton canvas 280 gsm, natural", "hemp_fabric"),),
    needs=(need("Hemp yarn, any count, undyed", "hemp_yarn"),),
    bcg=("bio",),
)
sme(
    26,
    "th",
    "สกรีนดีไซน์ ลาดพร้าว",
    SPORT,
    MID,
    "Bangkok",
    "screendesign.lp",
    offers=(
        ("รับสกรีนเสื้อ ลูกค้านำเสื้อมาเอง ขั้นต่ำ 20 ตัว", "screen_printing_service"),
        ("เสื้อสกรีนเสีย ตัวตำหนิ ขายเหมากิโล", "misprint_garment_waste"),
    ),
    needs=(
        need("สีลอย ขาว ดำ แดง ถังละ 5 กิโล", "plastisol_ink"),
        need("ทำบล็อกสกรีนตามไฟล์งาน", "screen_exposing_service"),
    ),
)
sme(
    27,
    "en",
    "Nimman Ink Print Lab",
    SPORT,
    MID,
    "Chiang Mai",
    "nimman.ink",
    offers=(("Contract screen printing on your garments, water-based and discharge", "screen_printing_service"),),
    needs=(
        need("Soft-hand water-based textile ink, bluesign approved", "water_based_ink", req=("bluesign",)),
        need("Discharge ink with activator for dark cotton", "discharge_ink"),
    ),
)
sme(
    28,
    "th",
    "ขอนแก่นสกรีน เสื้อรุ่น",
    ALI,
    MID,
    "Khon Kaen",
    "kkscreen",
    offers=(
        ("รับทำเสื้อรุ่น เสื้อกีฬาสี สกรีนพร้อมตัวเสื้อ", "custom_printed_tshirt_order"),
        ("สกรีนลงเสื้อที่ลูกค้าเตรียมมา", "screen_printing_service"),
    ),
    needs=(
        need("เสื้อยืดเปล่า cotton 100% เบอร์ 32", "blank_tshirt"),
        need("บล็อกสกรีนใหม่ ขึงผ้าพร้อมใช้ เฟรมอลูมิเนียม", "screen_frame"),
    ),
)
sme(
    29,
    "en",
    "DTG Hub Bangkok",
    SPORT,
    MID,
    "Bangkok",
    "dtghub",
    offers=(("DTG printing on customer garments, no minimum", "dtg_printing_service"),),
    needs=(need("DTG white ink and pretreatment liquid", "dtg_ink"),),
)
sme(
    30,
    "th",
    "ดีทีเอฟ ปริ้นท์ นนท์",
    SPORT,
    MID,
    "Nonthaburi",
    "dtfprint.non",
    offers=(("พิมพ์ DTF เป็นแผ่น ลูกค้าตัดรีดเอง เมตรละ 250", "dtf_transfer"),),
    needs=(
        need("ฟิล์ม PET กับผงกาว DTF", "dtf_film_and_powder"),
        need("หมึก DTF สีขาว", "dtf_ink"),
    ),
)

# ---- 031-060: printers, supplies, sewing, blanks

sme(
    31,
    "en",
    "SubliPro Thailand",
    SPORT,
    MID,
    "Pathum Thani",
    "sublipro",
    offers=(("Sublimation printing on your polyester fabric, 1.8 m roll-to-roll", "sublimation_printing_service"),),
    needs=(
        need("Sublimation paper 100 gsm rolls", "sublimation_paper"),
        need("Dye-sub ink, 1 litre bottles", "sublimation_ink"),
    ),
)
sme(
    32,
    "th",
    "ชลสปอร์ต ซับลิเมชั่น",
    SPORT,
    MID,
    "Chonburi",
    "chonsport",
    offers=(
        ("รับทำเสื้อกีฬาพิมพ์ลายทั้งตัว ออกแบบฟรี", "custom_sublimation_jersey_order"),
        ("พิมพ์ผ้าซับลิเมชั่นเป็นหลา ผ้าลูกค้า", "sublimation_printing_service"),
    ),
    needs=(
        need("ผ้าโพลีเอสเตอร์สีขาว สำหรับพิมพ์ทรานสเฟอร์", "white_polyester_sport_fabric"),
        need("กระดาษทรานสเฟอร์ซับลิเมชั่น แบบม้วน", "sublimation_paper"),
    ),
)
sme(
    33,
    "en",
    "Block & Bloom Studio",
    HEMP,
    MID,
    "Bangkok",
    "blockbloom",
    offers=(("Hand block printed cotton by the metre, pigment colours", "block_printed_fabric"),),
    needs=(
        need("Carved wooden printing blocks, custom motifs", "carved_wooden_block"),
        need("PFD cotton, 60 inch, by the roll", "plain_cotton_fabric"),
    ),
)
sme(
    34,
    "th",
    "ช่างแกะไม้ลายผ้า สันกำแพง",
    HEMP,
    MID,
    "Chiang Mai",
    "sankamphaeng.carve",
    offers=(("แกะบล็อกไม้สำหรับพิมพ์ผ้า ตามแบบลูกค้า", "carved_wooden_block"),),
    needs=(unmet("ไม้สักเก่า แผ่นหนา 2 นิ้ว", "old teak planks: no timber seller"),),
)
sme(
    35,
    "en",
    "PrintMeter Digital Fabric",
    CIRC,
    MID,
    "Bangkok",
    "printmeter",
    offers=(
        ("Digital printed cotton fabric by the metre, your design, from 5 m", "printed_fabric"),
        ("Digital printing on your own cloth", "fabric_printing_service"),
    ),
    needs=(need("Prepared-for-print cotton, white", "plain_cotton_fabric"),),
)
sme(
    36,
    "th",
    "โรงพิมพ์ผ้า ศรีนครปฐม",
    ALC,
    MID,
    "Nakhon Pathom",
    "srinakhonpathom.print",
    offers=(
        ("ผ้าคอตตอนพิมพ์ลายดอก ขายส่งยกพับ", "printed_fabric"),
        ("ผ้าพิมพ์ลายบาติก พิมพ์โรงงาน", "printed_fabric"),
        ("รับพิมพ์ผ้าของลูกค้าเป็นหลา", "fabric_printing_service"),
    ),
    needs=(
        need("ผ้าดิบฟอกขาว", "plain_cotton_fabric"),
        need("กาวพิมพ์ผ้า สีพิกเมนต์สูตรน้ำ", "water_based_ink"),
    ),
    certs=("OEKO-TEX Standard 100",),
)
sme(
    37,
    "th",
    "บาติกเขียนมือ อ่าวนาง",
    HEMP,
    MID,
    "Krabi",
    "aonang.batik",
    offers=(("ผ้าบาติกเขียนมือ ลายทะเล ผืนละ 2 เมตร", "hand_drawn_batik_fabric"),),
    needs=(
        need("ผ้ามัสลิน ผ้าฝ้ายขาว", "plain_cotton_fabric"),
        need("สีรีแอคทีฟ สีย้อมเย็น สำหรับระบายบาติก", "reactive_dye"),
    ),
    certs=("OTOP",),
)
sme(
    38,
    "en",
    "Siam Screen Supply",
    SPORT,
    MID,
    "Bangkok",
    "siamscreen",
    offers=(
        ("Plastisol ink, 1 kg and 5 kg tubs", "plastisol_ink"),
        ("Polyester screen mesh 43T-120T by the metre", "screen_mesh"),
        ("Diazo photo emulsion", "photo_emulsion"),
    ),
)
sme(
    39,
    "th",
    "ร้านอุปกรณ์สกรีน สะพานเหล็ก",
    SPORT,
    MID,
    "Bangkok",
    "saphanlek.screen",
    offers=(
        ("สีจมสูตรน้ำ ครบทุกเฉด", "water_based_ink"),
        ("สีลอย พลาสติซอล", "plastisol_ink"),
        ("ยางปาดสกรีน ด้ามไม้", "squeegee"),
    ),
)
sme(
    40,
    "en",
    "ColorChem Print Supplies",
    SPORT,
    MID,
    "Samut Prakan",
    "colorchem",
    offers=(
        ("Discharge base and activator", "discharge_ink"),
        ("Reactive dyes for batik and tie-dye", "reactive_dye"),
        ("Water-based pigment printing paste", "water_based_ink"),
    ),
    certs=("bluesign",),
)
sme(
    41,
    "th",
    "ร้าน DTF ซัพพลาย ปากเกร็ด",
    SPORT,
    MID,
    "Nonthaburi",
    "dtfsupply.pk",
    offers=(
        ("หมึก DTF ขาว CMYK ขวดลิตร", "dtf_ink"),
        ("ฟิล์ม DTF ม้วน พร้อมผงกาว", "dtf_film_and_powder"),
        ("หมึก DTG ไวท์ พร้อมน้ำยาพรีทรีต", "dtg_ink"),
    ),
)
sme(
    42,
    "en",
    "HeatPress Mart",
    SPORT,
    MID,
    "Bangkok",
    "heatpressmart",
    offers=(
        ("Heat transfer vinyl (HTV) PU, 50 cm rolls", "heat_transfer_vinyl"),
        ("Sublimation paper 100 gsm, 1.6 m rolls", "sublimation_paper"),
        ("Pneumatic heat press 40x60 cm", "heat_press_machine"),
    ),
)
sme(
    43,
    "th",
    "มหาชัยซับลิเมชั่นซัพพลาย",
    SPORT,
    MID,
    "Samut Sakhon",
    "mahachai.subli",
    offers=(
        ("หมึกซับลิเมชั่น เกาหลี ขวดลิตร", "sublimation_ink"),
        ("กระดาษซับ 90 แกรม", "sublimation_paper"),
    ),
)
sme(
    44,
    "en",
    "Paet Riu Print Machinery",
    SPORT,
    MID,
    "Chachoengsao",
    "paetriu.machine",
    offers=(
        ("Infrared conveyor dryer for plastisol curing", "curing_dryer"),
        ("Manual 6-colour carousel press", "screen_printing_press"),
    ),
)
sme(
    45,
    "th",
    "ร้านทำบล็อกสกรีน บางซื่อ",
    SPORT,
    MID,
    "Bangkok",
    "bangsue.block",
    offers=(
        ("รับทำบล็อกสกรีน ฉายแสงตามไฟล์", "screen_exposing_service"),
        ("บล็อกสกรีนเปล่า เฟรมอลูมิเนียม ขึงผ้าแล้ว", "screen_frame"),
    ),
    needs=(
        need("ผ้าสกรีนโพลีเอสเตอร์ 77T", "screen_mesh"),
        need("น้ำยาอัดบล็อก", "photo_emulsion"),
    ),
)
sme(
    46,
    "en",
    "SepLab Design Studio",
    ALC,
    MID,
    "Nonthaburi",
    "seplab",
    offers=(
        ("Colour separations for spot and simulated process", "colour_separation_service"),
        ("T-shirt graphic design", "graphic_design_service"),
    ),
)
sme(
    47,
    "th",
    "อุดรกราฟิก แยกสี",
    ALI,
    MID,
    "Udon Thani",
    "udon.graphic",
    offers=(
        ("รับแยกสีงานสกรีน ออกฟิล์มโพสิทีฟ", "colour_separation_service"),
        ("ออกแบบลายเสื้อ โลโก้", "graphic_design_service"),
    ),
)
sme(
    48,
    "th",
    "โรงงานรับเย็บ พี.เค. การ์เมนท์",
    ALC,
    MID,
    "Nakhon Pathom",
    "pk.garment",
    offers=(
        ("รับเย็บเสื้อยืด เสื้อโปโล ผ้าของลูกค้า", "garment_sewing_service"),
        ("เศษผ้ายืดจากการตัด กระสอบละ 20 บาท", "cotton_cutting_waste"),
    ),
    needs=(unmet("ด้ายเย็บโพลีเอสเตอร์ 40/2 หลอดใหญ่", "sewing thread: no one sells it"),),
)
sme(
    49,
    "en",
    "Bang Saen Sportswear CMT",
    SPORT,
    MID,
    "Chonburi",
    "bangsaen.cmt",
    offers=(
        ("Cut-make-trim of sublimated sportswear from your printed panels", "garment_sewing_service"),
        ("Polyester jersey offcuts", "polyester_cutting_waste"),
    ),
    needs=(need("Roll-to-roll sublimation printing of our panels", "sublimation_printing_service"),),
)
sme(
    50,
    "th",
    "กลุ่มแม่บ้านเย็บผ้าบ้านหนองแวง",
    ALI,
    MID,
    "Roi Et",
    "nongwaeng.sew",
    offers=(("รับจ้างเย็บตามแบบ ใช้ผ้าของผู้สั่ง", "garment_sewing_service"),),
)
sme(
    51,
    "en",
    "Blank Tee Factory",
    SPORT,
    DOWN,
    "Bangkok",
    "blanktee",
    offers=(
        ("Plain cotton T-shirts 32s, 15 colours, S-5XL", "blank_tshirt"),
        ("Blank pique polo shirts", "blank_polo_shirt"),
    ),
    needs=(
        need("Knitted cotton jersey No.32", "cotton_jersey_fabric"),
        unmet(
            "Printed neck labels with size and care, OEKO-TEX if possible",
            "tagless neck-label printing: no one offers it",
            waive=("OEKO-TEX Standard 100",),
        ),
    ),
    certs=("OEKO-TEX Standard 100",),
)
sme(
    52,
    "th",
    "ประตูน้ำ เสื้อยืดขายส่ง",
    ALC,
    DOWN,
    "Bangkok",
    "pratunam.tee",
    offers=(("เสื้อยืดคอกลมสีพื้น ขายส่งยกโหล", "blank_tshirt"),),
)
sme(
    53,
    "th",
    "เสื้อกีฬาเปล่า บางนา",
    SPORT,
    DOWN,
    "Samut Prakan",
    "bangna.sportblank",
    offers=(("เสื้อกีฬาเปล่า ผ้าไมโคร สีขาว สำหรับงานสกรีนหรือซับ", "blank_sport_shirt"),),
    needs=(need("ผ้ากีฬาไมโครโพลีเอสเตอร์สีขาว", "white_polyester_sport_fabric"),),
)
sme(
    54,
    "en",
    "ReInk Apparel",
    CIRC,
    DOWN,
    "Bangkok",
    "reink",
    offers=(("Graphic tees, water-based print on organic cotton", "printed_tshirt"),),
    needs=(
        need("GOTS-certified organic blank tees", "blank_tshirt", req=("GOTS",)),
        need("Contract screen printing for 300-piece drops", "screen_printing_service"),
    ),
    bcg=("green",),
)
sme(
    55,
    "th",
    "ลานนาออร์แกนิกที",
    HEMP,
    DOWN,
    "Chiang Mai",
    "lanna.organictee",
    offers=(("เสื้อยืดเปล่า ฝ้ายออร์แกนิก มาตรฐาน GOTS", "blank_tshirt"),),
    needs=(
        need("เส้นด้ายฝ้ายอินทรีย์ ต้องได้ GOTS", "cotton_yarn", req=("GOTS",)),
        need("โรงงานรับตัดเย็บเสื้อยืด ผ้าเราเอง", "garment_sewing_service"),
    ),
    certs=("GOTS",),
    bcg=("bio",),
)
sme(
    56,
    "en",
    "Thai Football Kits Co., Ltd.",
    SPORT,
    DOWN,
    "Bangkok",
    "thaifootballkits",
    offers=(("Sublimated football kits with names and numbers", "custom_sublimation_jersey_order"),),
    needs=(
        need("White polyester interlock for sublimation", "white_polyester_sport_fabric"),
        need("Dye-sublimation ink, 1 L", "sublimation_ink"),
    ),
)
sme(
    57,
    "th",
    "โคราชสปอร์ตแวร์",
    SPORT,
    DOWN,
    "Korat",
    "korat.sportwear",
    offers=(("เสื้อกีฬาสั่งทำ พิมพ์ซับลายทั้งตัว ขั้นต่ำ 10 ตัว", "custom_sublimation_jersey_order"),),
    needs=(
        need("จ้างพิมพ์ผ้าม้วนแบบซับลิเมชั่น", "sublimation_printing_service"),
        need("ใครรับเย็บเสื้อกีฬาเหมาบ้าง ผ้าพิมพ์แล้วเรามีให้", "garment_sewing_service"),
    ),
)
sme(
    58,
    "en",
    "Soi 11 Souvenir Tees",
    ALC,
    DOWN,
    "Bangkok",
    "soi11tees",
    offers=(("Ready-printed Bangkok souvenir T-shirts", "printed_tshirt"),),
    needs=(need("Tees printed with our elephant design, shirts included, 500 pcs", "custom_printed_tshirt_order"),),
)
sme(
    59,
    "th",
    "ร้านของฝากกรุงเก่า",
    ALC,
    DOWN,
    "Ayutthaya",
    "krungkao.souvenir",
    offers=(
        ("เสื้อยืดพิมพ์ลายวัดไชยวัฒนาราม", "printed_tshirt"),
        ("ถุงผ้าพิมพ์ลายช้าง", "cloth_bag"),
    ),
    needs=(need("เสื้อลายไทยพิมพ์สำเร็จ ขายส่ง", "printed_tshirt"),),
)
sme(
    60,
    "th",
    "โรงเรียนบ้านหนองกี่พิทยา",
    SPORT,
    DOWN,
    "Buriram",
    "nongki.school",
    needs=(
        need(
            "เสื้อกีฬาสี 4 สี พิมพ์ชื่อโรงเรียน 400 ตัว",
            "custom_sublimation_jersey_order",
            "custom_printed_tshirt_order",
        ),
    ),
)

# ---- 061-095: shops, brands and the buyers of printed goods

sme(
    61,
    "en",
    "Phuket Island Runners Club",
    SPORT,
    DOWN,
    "Phuket",
    "phuketrunners",
    needs=(
        need("Cotton finisher T-shirts for 1,500 runners, logo printed", "custom_printed_tshirt_order"),
        unmet("Printed race bibs on Tyvek", "race bibs: nobody prints on Tyvek"),
    ),
)
sme(
    62,
    "th",
    "วัดป่าโนนสว่าง",
    ALI,
    DOWN,
    "Ubon",
    "watnonsawang",
    needs=(
        need("เสื้อทำบุญกฐิน สีขาว สกรีนชื่อวัด 300 ตัว", "custom_printed_tshirt_order"),
        unmet("ผ้าไตรจีวร ตัดเย็บสำเร็จ", "monk robes: no one makes them"),
    ),
)
sme(
    63,
    "en",
    "Rayong Estate Staff Welfare Club",
    ALC,
    DOWN,
    "Rayong",
    "rayong.staffclub",
    needs=(
        need(
            "Sports day polo shirts with our logo, 800 pcs; ISO 9001 welcome but not required",
            "custom_printed_tshirt_order",
            waive=("ISO 9001",),
        ),
    ),
)
sme(
    64,
    "en",
    "TeeExpress Custom Shirts",
    SPORT,
    DOWN,
    "Bangkok",
    "teeexpress",
    offers=(
        ("Custom printed T-shirts, shirt included, from 30 pcs", "custom_printed_tshirt_order"),
        ("Company polo shirts with printed logo", "custom_printed_tshirt_order"),
    ),
    needs=(
        need("Blank tees in bulk, OEKO-TEX Standard 100 only", "blank_tshirt", req=("OEKO-TEX Standard 100",)),
        need("Ready-to-press DTF transfers", "dtf_transfer"),
    ),
)
sme(
    65,
    "th",
    "ร้านเสื้อรุ่นอุบล",
    ALI,
    DOWN,
    "Ubon",
    "ubon.shirt",
    offers=(("เสื้อรุ่น เสื้อทีม สั่งสกรีนได้ รวมตัวเสื้อ", "custom_printed_tshirt_order"),),
    needs=(
        need("เฟล็กซ์ตัดรีด PU สีขาว ดำ", "heat_transfer_vinyl"),
        need("เครื่องรีดร้อน ขนาด 40x60 ของใหม่", "heat_press_machine"),
    ),
)
sme(
    66,
    "th",
    "บ้านสุขใจ ศูนย์ดูแลผู้สูงอายุ",
    ALC,
    DOWN,
    "Nonthaburi",
    "baansukjai",
    needs=(
        need("ชุดนอนผู้สูงอายุ ผ้าฝ้ายพิมพ์ลาย ใส่ง่าย", "elderly_clothing"),
        unmet("ผ้าปูที่นอนกันน้ำ สำหรับเตียงผู้ป่วย", "waterproof bed sheets: nobody makes them"),
    ),
)
sme(
    67,
    "th",
    "เสื้อผ้าผู้สูงวัย แม่ละมัย",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "maelamai",
    offers=(
        ("เสื้อผู้สูงอายุ ผ้าฝ้ายพิมพ์ลาย ติดกระดุมแม่เหล็ก", "elderly_clothing"),
        ("กางเกงเอวยางยืด ผ้าพิมพ์ลาย ใส่สบาย", "elderly_clothing"),
    ),
    needs=(need("อยากได้ผ้าคอตตอนพิมพ์ลายดอกเล็ก ซื้อเป็นเมตร", "printed_fabric"),),
)
sme(
    68,
    "en",
    "Silver Years Adaptive Wear",
    ALC,
    DOWN,
    "Bangkok",
    "silveryears",
    offers=(("Adaptive clothing for seniors, velcro closures", "elderly_clothing"),),
    needs=(
        need(
            "Printing of our own cotton cloth, OEKO-TEX required",
            "fabric_printing_service",
            req=("OEKO-TEX Standard 100",),
        ),
        need("Soft printed cotton yardage, small florals", "printed_fabric"),
    ),
)
sme(
    69,
    "th",
    "กลุ่มผู้สูงวัยบ้านโนนเขวา",
    ALI,
    DOWN,
    "Khon Kaen",
    "nonkhwao.elders",
    offers=(
        ("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
        ("กระเป๋าผ้าฝ้ายย้อมคราม ทำมือ", "cloth_bag"),
    ),
    needs=(need("ฝ้ายเข็นมือ หรือด้ายฝ้ายโรงงานก็ได้", "handspun_cotton_yarn", "cotton_yarn"),),
    certs=("OTOP",),
)
sme(
    70,
    "en",
    "Indigo Home Sakon",
    ALI,
    DOWN,
    "Sakon Nakhon",
    "indigohome",
    offers=(("Indigo-dyed cotton cushion covers", "cushion_cover"),),
    needs=(
        need("Indigo dyeing of our sewn cushion covers, OTOP not needed", "indigo_dyeing_service", waive=("OTOP",)),
        need("Handwoven indigo cotton by the metre", "indigo_dyed_cotton_fabric"),
    ),
)
sme(
    71,
    "en",
    "Lanna Block Print Scarves",
    ALC,
    DOWN,
    "Chiang Mai",
    "lannablock",
    offers=(("Hand block printed cotton scarves", "block_printed_scarf"),),
    needs=(
        need("Block printed cotton yardage, natural dyes only, no synthetic dye", "natural_dye_block_printed_fabric"),
        need("Teak printing blocks carved to our drawings", "carved_wooden_block"),
    ),
)
sme(
    72,
    "th",
    "ผ้าพิมพ์บล็อกไม้สีธรรมชาติ บ้านถวาย",
    HEMP,
    MID,
    "Chiang Mai",
    "banthawai.block",
    offers=(("ผ้าฝ้ายพิมพ์บล็อกไม้ สีจากเปลือกไม้ ไม่ใช้สีเคมี", "natural_dye_block_printed_fabric"),),
    needs=(
        need("ครั่ง เปลือกไม้ หรือครามเปียก สำหรับทำสีพิมพ์", "natural_dye_material", "indigo_paste"),
        need("ผ้าฝ้ายทอมือสีขาว", "handwoven_cotton_fabric"),
        need("บล็อกไม้สักแกะลายดอก", "carved_wooden_block"),
    ),
    certs=("OTOP",),
    bcg=("bio", "green"),
)
sme(
    73,
    "en",
    "Riverside Heritage Hotel",
    ALC,
    DOWN,
    "Bangkok",
    "riversideheritage",
    needs=(
        need("Printed staff T-shirts for our anniversary, 250 pcs", "custom_printed_tshirt_order"),
        need("Cushion covers for 120 rooms, cotton", "cushion_cover"),
    ),
)
sme(
    74,
    "th",
    "หมอนอิงผ้าพิมพ์ ลำพูน",
    ALC,
    DOWN,
    "Lamphun",
    "lamphun.cushion",
    offers=(("ปลอกหมอนอิงผ้าฝ้ายพิมพ์บล็อก", "cushion_cover"),),
    needs=(need("ผ้าพิมพ์บล็อกไม้ เป็นหลา", "block_printed_fabric", "natural_dye_block_printed_fabric"),),
)
sme(
    75,
    "en",
    "Hempy Goods",
    HEMP,
    DOWN,
    "Chiang Mai",
    "hempygoods",
    offers=(("Hemp canvas tote bags, screen printed", "cloth_bag"),),
    needs=(
        need("Hemp fabric, natural, for bags", "hemp_fabric"),
        need("Who can screen print 500 of our tote bags?", "screen_printing_service"),
    ),
    bcg=("bio",),
)
sme(
    76,
    "th",
    "ถุงผ้ารักษ์โลก",
    CIRC,
    DOWN,
    "Bangkok",
    "rakloke.bag",
    offers=(("ถุงผ้าดิบ สกรีนโลโก้ตามสั่ง", "cloth_bag"),),
    needs=(
        need("ผ้าแคนวาส 10-12 ออนซ์", "cotton_canvas_fabric"),
        need("สีสกรีนสูตรน้ำ ไม่เอาพลาสติซอล ไม่ต้องมีฉลากเขียว", "water_based_ink", waive=("Thai Green Label",)),
    ),
    bcg=("green",),
)
sme(
    77,
    "en",
    "Bangkok Upcycle Lab",
    CIRC,
    DOWN,
    "Bangkok",
    "bkkupcycle",
    offers=(("Patchwork bags from misprinted tees", "cloth_bag"),),
    needs=(
        need("Misprinted T-shirts and test prints", "misprint_garment_waste"),
        need("Polyester sportswear offcuts", "polyester_cutting_waste"),
    ),
    bcg=("circular",),
)
sme(
    78,
    "th",
    "ชมรมฟุตบอลเยาวชนแม่สาย",
    SPORT,
    DOWN,
    "Chiang Rai",
    "maesai.youthfc",
    needs=(
        need("ชุดแข่งฟุตบอล พิมพ์ชื่อ เบอร์ 40 ชุด", "custom_sublimation_jersey_order"),
        unmet("ถุงเท้าฟุตบอลยาว", "football socks: nobody makes them"),
    ),
)
sme(
    79,
    "en",
    "Pattaya Volleyball Academy",
    SPORT,
    DOWN,
    "Chonburi",
    "pattayavolley",
    needs=(
        need("Team jerseys, full sublimation, 60 sets", "custom_sublimation_jersey_order"),
        need("Plain white sports shirts for a kids camp", "blank_sport_shirt"),
    ),
)
sme(
    80,
    "th",
    "บริษัท แม่กลองอาหารทะเล จำกัด",
    ALC,
    DOWN,
    "Samut Songkhram",
    "maeklong.seafood",
    needs=(
        need("เสื้อโปโลพนักงาน สกรีนโลโก้บริษัท", "custom_printed_tshirt_order"),
        unmet("ผ้ากันเปื้อนพิมพ์โลโก้ กันน้ำ", "printed waterproof aprons: no one makes aprons"),
    ),
)
sme(
    81,
    "en",
    "Transfer Works",
    SPORT,
    MID,
    "Bangkok",
    "transferworks",
    offers=(("Plastisol heat transfers printed to order", "plastisol_transfer"),),
    needs=(
        need("Plastisol ink, Wilflex or similar", "plastisol_ink"),
        need("Conveyor curing dryer", "curing_dryer"),
    ),
)
sme(
    82,
    "th",
    "ร้านสกรีนปากน้ำโพ",
    SPORT,
    MID,
    "Nakhon Sawan",
    "paknampho.screen",
    offers=(
        ("บล็อกสกรีนมือสอง 30 อัน ล้างแล้ว", "used_screen_frame"),
        ("เครื่องอบสีสายพานมือสอง", "used_curing_dryer"),
    ),
    needs=(unmet("ตู้ฉายแสงบล็อกสกรีน หลอด LED", "screen exposure unit: no one sells one"),),
)
sme(
    83,
    "en",
    "Starter Print Shop",
    SPORT,
    MID,
    "Phitsanulok",
    "starterprint",
    offers=(("Name and number printing on team shirts you bring", "name_number_printing_service"),),
    needs=(
        need("Second-hand screens, any mesh", "used_screen_frame"),
        need("Used conveyor dryer in working order", "used_curing_dryer"),
    ),
)
sme(
    84,
    "th",
    "ลำปาง ดีทีจี",
    SPORT,
    MID,
    "Lampang",
    "lampang.dtg",
    offers=(("รับพิมพ์ DTG ลงเสื้อลูกค้า ตัวเดียวก็ทำ", "dtg_printing_service"),),
    needs=(
        need("หมึก DTG สีขาว", "dtg_ink"),
        unmet("เครื่องพิมพ์ DTG มือสอง สภาพดี", "used DTG printer: no one sells one"),
    ),
)
sme(
    85,
    "th",
    "ชมรมผู้สูงอายุบ้านท่าขอนยาง",
    ALI,
    DOWN,
    "Maha Sarakham",
    "thakhonyang.elders",
    needs=(
        need("เสื้อชมรม สีม่วง สกรีนชื่อชมรม 120 ตัว", "custom_printed_tshirt_order"),
        need("ผ้าพิมพ์ลายขิด ขายเป็นหลา", "printed_fabric"),
    ),
)
sme(
    86,
    "en",
    "Mekong Seniors Craft Shop",
    ALI,
    DOWN,
    "Nong Khai",
    "mekongseniors",
    offers=(("Block-print and tie-dye scarves made by elders", "block_printed_scarf"),),
    needs=(
        need("Carved wooden stamps for fabric printing", "carved_wooden_block"),
        need("White cotton cloth, OTOP not required", "plain_cotton_fabric", waive=("OTOP",)),
    ),
)
sme(
    87,
    "th",
    "ผ้ากัญชงเขียนเทียน แม่ฮ่องสอน",
    HEMP,
    DOWN,
    "Mae Hong Son",
    "mhs.hempbatik",
    offers=(("กระเป๋าผ้ากัญชงเขียนเทียน ย้อมคราม", "cloth_bag"),),
    needs=(
        need("ผ้ากัญชงทอ เป็นม้วน", "hemp_fabric"),
        unmet("รับจ้างเขียนเทียนลายม้งบนผ้า", "wax-drawing service: nobody draws batik for others"),
    ),
)
sme(
    88,
    "en",
    "Textile Recovery Co.",
    CIRC,
    MID,
    "Samut Prakan",
    "textilerecovery",
    offers=(("Shredded textile fibre for insulation and stuffing", "shredded_textile_fibre"),),
    needs=(
        need("Polyester sportswear offcuts, any colour", "polyester_cutting_waste"),
        need("Post-consumer clothing bales", "used_clothing"),
    ),
    bcg=("circular",),
)
sme(
    89,
    "th",
    "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอน",
    ALC,
    DOWN,
    "Suphan Buri",
    "rpst.bandon",
    needs=(
        unmet("ชุดผู้ป่วยพิมพ์ตราโรงพยาบาล", "patient gowns: no one makes them"),
        need("เสื้อจิตอาสา อสม. สกรีนหน้าหลัง 200 ตัว", "custom_printed_tshirt_order"),
    ),
)
sme(
    90,
    "en",
    "Hua Hin Senior Living Resort",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "huahinsenior",
    needs=(
        need("Easy-dressing clothes for residents, soft cotton", "elderly_clothing"),
        unmet(
            "Bed linen with OEKO-TEX Standard 100",
            "bed linen: no one makes it",
            req=("OEKO-TEX Standard 100",),
        ),
    ),
)
sme(
    91,
    "th",
    "หาดใหญ่ดิจิตอลปริ้นท์",
    SPORT,
    MID,
    "Songkhla",
    "hatyai.digital",
    offers=(("รับพิมพ์ซับลิเมชั่นลงผ้าลูกค้า หน้ากว้าง 1.6 เมตร", "sublimation_printing_service"),),
    needs=(
        need("หมึกซับ ขวดลิตร", "sublimation_ink"),
        need("ผ้าไมโคร ผ้าจูติ สีขาว", "white_polyester_sport_fabric"),
    ),
)
sme(
    92,
    "en",
    "Samui Dive Shop",
    SPORT,
    DOWN,
    "Surat Thani",
    "samuidive",
    needs=(
        unmet("Rash guards with our logo printed", "rash guards: nobody makes swimwear"),
        need("Logo tees for staff, 60 pcs", "custom_printed_tshirt_order"),
    ),
)
sme(
    93,
    "th",
    "ร้านผ้าไหมสุรินทร์",
    ALI,
    DOWN,
    "Surin",
    "surin.silk",
    offers=(("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "silk_fabric"),),
    needs=(
        unmet(
            "ผ้าไหมพิมพ์ลาย ไม่ต้องมีตรานกยูง",
            "printed silk: no one prints on silk",
            waive=("Thai Silk Peacock Emblem",),
        ),
    ),
    certs=("Thai Silk Peacock Emblem",),
)
sme(
    94,
    "th",
    "ร้านผ้าปาเต๊ะ ปัตตานี",
    ALC,
    DOWN,
    "Pattani",
    "pattani.batik",
    offers=(("ผ้าถุงสำเร็จ เย็บแล้ว", "sarong"),),
    needs=(
        need("ผ้าปาเต๊ะพิมพ์ลาย ขายส่งเป็นพับ", "printed_fabric"),
        need("ผ้าบาติกเขียนมือ ลายดอกไม้", "hand_drawn_batik_fabric"),
    ),
)
sme(
    95,
    "th",
    "ร้านเสื้อที่ระลึกหัวหิน",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "huahin.souvenir",
    offers=(("เสื้อยืดพิมพ์ลายหัวหิน ขายส่งร้านของฝาก", "printed_tshirt"),),
    needs=(need("ฟิล์มรีดลายสำเร็จ พิมพ์ตามแบบ พร้อมรีดลงเสื้อ", "dtf_transfer"),),
)


# ====================================================================== checks, links, counts, output

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
ID_FORM = re.compile(rf"^{PREFIX}-\d{{3}}$")
MAIL_FORM = re.compile(r"^[a-z0-9][a-z0-9.\-]*@[a-z0-9.\-]+\.[a-z]{2,}$")
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
CERT_NAMES = {
    c.name: tuple(
        n.casefold() for n in (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    )
    for c in CERTIFICATIONS
}

# Size targets from the brief.
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)
ONE_TO_THREE_SHARE = 0.70


def email(s: Sme) -> str:
    return f"{s.mail}@example.co.th"


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": email(s),
        "language": s.language,
    }


def canonical_certs(s: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in s.certifications}


def suppliers_of(n: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    """Ids of the SMEs (not the buyer) with an offer labelled as `n` asks and every certification it requires."""
    wanted = set(n.meets)
    return [
        s.id
        for s in smes
        if s.id != buyer.id and any(label in wanted for _, label in s.offers) and set(n.requires) <= canonical_certs(s)
    ]


def phrase_problem(text: str, language: str) -> str | None:
    if not text.strip() or text != text.strip():
        return "empty or padded"
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if language == "th":
        if thai == 0 or thai < 2 * latin:
            return f"not mostly Thai ({thai} Thai, {latin} Latin letters)"
    elif THAI_CHAR.search(text) or any(ch.isalpha() and not LATIN_LETTER.match(ch) for ch in text):
        return "not Latin only"
    return None


def named(cert: str, text: str) -> bool:
    folded = text.casefold()
    return any(name in folded for name in CERT_NAMES[cert])


def check(smes: list[Sme], links: set[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids are not btp-001 ... btp-095 in order")
    if len(set(ids)) != len(ids) or not all(ID_FORM.match(i) for i in ids):
        errors.append("ids not unique or not well-formed")
    if len({email(s) for s in smes}) != len(smes):
        errors.append("contact e-mails not unique")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in {v.value for v in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not MAIL_FORM.match(email(s)):
            errors.append(f"{where}: e-mail {email(s)!r}")
        if any(b not in {v.value for v in BcgTag} for b in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg!r}")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text in texts:
            problem = phrase_problem(text, s.language)
            if problem:
                errors.append(f"{where}: {text!r}: {problem}")
        for text, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: offer label {label!r}")
            claimed = find_certifications(text) - canonical_certs(s)
            if claimed:
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
        for n in s.needs:
            for c in (*n.requires, *n.waives):
                if c not in CERT_NAMES:
                    errors.append(f"{where}: need {n.text!r}: {c!r} is not a canonical certification")
                elif not named(c, n.text):
                    errors.append(f"{where}: need {n.text!r} does not name {c}")
            found = find_certifications(n.text)
            if set(n.requires) != found:
                errors.append(f"{where}: need {n.text!r} requires {n.requires}, its text asks for {sorted(found)}")
            if set(n.requires) & set(n.waives):
                errors.append(f"{where}: need {n.text!r} both requires and waives")
            if n.unmet_note:
                if n.meets:
                    errors.append(f"{where}: unmet need {n.text!r} lists labels")
            elif not n.meets:
                errors.append(f"{where}: need {n.text!r} lists no label and no note")
            for label in n.meets:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: need {n.text!r}: label {label!r} offered by no one else")
            if n.meets and not suppliers_of(n, s, smes):
                errors.append(f"{where}: need {n.text!r} has no qualified supplier")
    if any(a == b for a, b in links):
        errors.append("an SME is linked to itself")
    errors.extend(size_problems(smes, links))
    return errors


def size_problems(smes: list[Sme], links: set[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    lang = {s.id: s.language for s in smes}
    thai = sum(s.language == "th" for s in smes) / len(smes)
    if len(smes) != N_PROFILES:
        problems.append(f"{len(smes)} profiles, want {N_PROFILES}")
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        problems.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS[0] <= len(links) <= LINKS[1]:
        problems.append(f"{len(links)} links outside {LINKS}")
    cross = sum(lang[a] != lang[b] for a, b in links) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    needs = [(s, n) for s in smes for n in s.needs]
    n_unmet = sum(bool(n.unmet_note) for _, n in needs)
    if not UNMET[0] <= n_unmet <= UNMET[1]:
        problems.append(f"{n_unmet} unmet needs outside {UNMET}")
    sizes = [len(suppliers_of(n, s, smes)) for s, n in needs if n.meets]
    if sizes and sum(1 <= k <= 3 for k in sizes) / len(sizes) < ONE_TO_THREE_SHARE:
        problems.append(f"too few needs met by 1-3 suppliers: {sorted(Counter(sizes).items())}")
    return problems


def true_links(smes: list[Sme]) -> set[tuple[str, str]]:
    return {(supplier, s.id) for s in smes for n in s.needs if n.meets for supplier in suppliers_of(n, s, smes)}


def counts(smes: list[Sme], links: set[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if n.meets]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        (
            "Thai / English profiles",
            f"{sum(s.language == 'th' for s in smes)} / {sum(s.language == 'en' for s in smes)}",
        ),
    ]
    for v in SubCluster:
        rows.append((f"sub-cluster {v.value}", str(sum(s.sub_cluster == v.value for s in smes))))
    for v in Stage:
        rows.append((f"stage {v.value}", str(sum(s.stage == v.value for s in smes))))
    regions = Counter(str(resolve_province(s.province).region.value) for s in smes)  # type: ignore[union-attr]
    for region in ("north", "northeast", "central", "east", "west", "south"):
        rows.append((f"region {region}", str(regions.get(region, 0))))
    sizes = Counter(len(suppliers_of(n, s, smes)) for s, n in met)
    rows += [
        ("distinct provinces", str(len({resolve_province(s.province) for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("met needs by number of qualified suppliers", ", ".join(f"{k}: {v}" for k, v in sorted(sizes.items()))),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# Blind evaluation set: plain registry entries about textile printing (`blind_plain_printing`)

## What it checks

How well the matcher finds the true supplier-buyer pairs among 95 SME profiles written as plain
registry entries (one short phrase per offer or need) about textile printing: screen printing,
hand block printing with carved wooden blocks, DTG and DTF, sublimation on polyester sportswear,
heat-transfer vinyl and transfers, inks and pastes (plastisol, water-based, discharge, pigment),
screens, mesh, photo emulsion, squeegees and curing dryers, printed fabric by the metre, print
shops that print the customer's own shirts versus shops that supply printed shirts, design and
colour separation, and the schools, sports clubs, companies, temples, hotels and care homes that
order printed goods; plus the ordinary fibre, yarn, cloth, dyeing, sewing and waste suppliers.
About 55 % of the profiles are in Thai, the rest in English; about half of the true links join a
Thai profile with an English one. The wording is new: goods are named in many ways (regional and
trade words, brand names, abbreviations, quantities and prices), and a need is worded differently
from the offers that meet it.

Hard but fair cases include: a service versus the goods it works on (dyeing or printing the
customer's cloth versus dyed or printed cloth; sewing for others versus garments; printing on the
customer's shirts versus custom shirts supplied printed); used and waste goods versus new (used
screens and dryers, misprints, offcuts, second-hand clothes); raw versus processed (seed cotton
versus ginned lint, bark strips versus degummed hemp fibre, yarn, cloth, product); finished goods
described by their material, colour or technique (an indigo-dyed bag is a bag); Thai "บล็อก" for
both a screen and a carved wooden block; needs written as a wish, a bare noun phrase or with a
refusal ("no synthetic dye", "ไม่เอาพลาสติซอล"); needs that require a named certification and
needs that name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests, other evaluation sets or the project's data. All data live in `write.py`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for
example `indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `screen_printing_service`
versus `custom_printed_tshirt_order`). Every need either lists the offer labels that would meet it
and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never
decide a link; what changes what the thing is does. A waived certification is not required.
Labels appear only in `write.py`, never in the profiles.

Before writing, the script checks: ids unique and well-formed; every contract field valid
(sub-cluster, stage and BCG values from the taxonomy, every province resolved by
`resolve_province`, every certification by `resolve_certification`); every label a need lists is
offered by someone other than the buyer; every met need has a qualified supplier and every unmet
one lists none; a required or waived certification is named in the need's text, and the text asks
for exactly the required ones; an offer claims no certification its SME lacks; Thai phrases are
mostly Thai letters and English ones Latin only; and the size targets (160-180 links, about half
across languages, 17-23 unmet needs, most met needs with 1-3 suppliers). It writes nothing if a
check fails, and it renders everything twice to make sure two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_printing/write.py

## Files

- `write.py`: the data and the script.
- `profiles.jsonl`: 95 profiles, JSONL version 1, ids `btp-001` ... `btp-095`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts (printed by the script)

"""


def render(smes: list[Sme]) -> dict[str, bytes]:
    links = true_links(smes)
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("supplier_id", "buyer_id"))
    writer.writerows(sorted(links))
    readme = README + table(counts(smes, links))
    return {
        "profiles.jsonl": jsonl.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    for s in SMES:
        assert list(profile(s)) == list(FIELDS)
    links = true_links(SMES)
    errors = check(SMES, links)
    if errors:
        print("not written; checks failed:", file=sys.stderr)
        for error in errors:
            print("  " + error, file=sys.stderr)
        return 1
    first, second = render(SMES), render(list(SMES))
    if first != second:
        print("not written; two renderings differ", file=sys.stderr)
        return 1
    for name, data in first.items():
        (OUT / name).write_bytes(data)
    print(table(counts(SMES, links)), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
