"""Write the hand-labelled evaluation set `eval/blind_plain_luggage/`.

Luggage and travel goods, written as plain registry entries. Every offer carries a label saying what the
thing is; every need lists the labels that would meet it and the certifications its text requires, or is
marked as met by no one. True links follow from the labels only. The labels stay in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_luggage/write.py

The script checks the data first and writes nothing if a check fails.
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

OUT_DIR = Path(__file__).resolve().parent
ID_PREFIX = "blg"
N_PROFILES = 95


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # canonical names the text requires
    waives: tuple[str, ...] = ()  # canonical names the text names only to waive
    unmet: str = ""  # when met by no one: a short note why


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives)


def unmet(text: str, note: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives, note)


HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(num, lang, name, sub, stage, province, email, tuple(offers or ()), tuple(needs or ()), certs, bcg))


# ====================================================================== data
# Offers are (text, label). Needs list the labels that meet them.

# ---------------------------------------------------------------- part 1: fibre, yarn, waste
sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านห้วยปลาหลด",
    HEMP,
    UP,
    "Tak",
    "huaiplalod.hemp@gmail.com",
    offers=[("เปลือกกัญชงลอกมือ ตากแดดแห้ง มัดละ 5 กก.", "hemp_fibre_raw")],
    needs=[unmet("อยากได้เครื่องลอกเปลือกกัญชง แบบใช้ไฟบ้าน", "a machine; no one in the set sells machinery")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    2,
    "en",
    "Doi Suthep Hemp Spinners Co., Ltd.",
    HEMP,
    UP,
    "Chiang Mai",
    "sales@doihempspin.co.th",
    offers=[("Wet-spun hemp yarn Nm 6 - Nm 12, natural or bleached", "hemp_yarn")],
    needs=[need("Decorticated bast from highland villages, sun-dried", "hemp_fibre_raw")],
    bcg=("bio", "green"),
)
sme(
    3,
    "th",
    "กลุ่มทอผ้าใยกัญชงชาวม้ง ดอยแม่สลอง",
    HEMP,
    MID,
    "Chiang Rai",
    "maesalong.weave@gmail.com",
    offers=[("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม. สีธรรมชาติ", "hemp_handwoven_fabric")],
    needs=[
        need("ด้ายป่านเส้นเล็ก ทอกี่เอวได้", "hemp_yarn"),
        need("หาคนรับย้อมครามผ้าของกลุ่มเอง เดือนละราว 100 เมตร", "indigo_dyeing_service"),
    ],
    certs=("OTOP",),
)
sme(
    4,
    "th",
    "ร้านม่อฮ่อมป้าศรี ทุ่งโฮ้ง",
    HEMP,
    MID,
    "Phrae",
    "mohomphasri@hotmail.com",
    offers=[
        ("รับย้อมห้อมผ้าของลูกค้า คิดเป็นกิโล", "indigo_dyeing_service"),
        ("ผ้าฝ้ายย้อมห้อม ขายเป็นพับ", "indigo_dyed_cotton_fabric"),
    ],
    needs=[need("ครามเปียก ห้อมเปียก ส่งทุกเดือน", "indigo_dye_paste")],
    bcg=("bio",),
)
sme(
    5,
    "th",
    "วิสาหกิจชุมชนครามบ้านดอนกอย",
    AGE_I,
    UP,
    "Sakon Nakhon",
    "donkoi.indigo@gmail.com",
    offers=[("เนื้อครามหมักจากต้นครามฝักงอ ถังละ 20 กก.", "indigo_dye_paste")],
    needs=[need("ฝ้ายเข็นมือเส้นใหญ่ ไว้ทอผ้าห่ม", "handspun_cotton_yarn")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    6,
    "en",
    "Sakon Blue Studio",
    AGE_I,
    MID,
    "Sakon Nakhon",
    "hello@sakonblue.com",
    offers=[("Hand-woven cotton yardage, vat-dyed in natural indigo, 90 cm", "indigo_dyed_cotton_fabric")],
    needs=[
        need("Fermented indigo for our vats, monthly", "indigo_dye_paste"),
        need("Thick hand-spun cotton, undyed", "handspun_cotton_yarn"),
    ],
    bcg=("bio", "green"),
)
sme(
    7,
    "en",
    "EastCoast PET Recovery Co., Ltd.",
    CIRC,
    UP,
    "Chonburi",
    "trade@eastcoastpet.co.th",
    offers=[("Hot-washed clear PET bottle flake, 1 t big bags", "pet_bottle_flakes")],
    needs=[unmet("Optical colour sorter for the flake line, second-hand OK", "machinery; no one sells it")],
    bcg=("circular",),
)
sme(
    8,
    "th",
    "บริษัท รีเส้นใยมหาชัย จำกัด",
    CIRC,
    UP,
    "Samut Sakhon",
    "sales@refibre-mahachai.co.th",
    offers=[("เส้นด้ายรีไซเคิลจากขวดน้ำ 150D/48F ได้ GRS", "recycled_pet_yarn")],
    needs=[need("เกล็ดขวดใสล้างร้อนแล้ว ขั้นต่ำ 10 ตัน", "pet_bottle_flakes")],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    9,
    "en",
    "Loop Yarn Co.",
    CIRC,
    UP,
    "Pathum Thani",
    "info@loopyarn.co",
    offers=[("rPET DTY 300D for webbing and bag linings", "recycled_pet_yarn")],
    needs=[need("Post-consumer bottle chips, baled or bagged", "pet_bottle_flakes")],
    bcg=("circular",),
)
sme(
    10,
    "th",
    "กลุ่มเกษตรกรปลูกกัญชงเขาค้อ",
    HEMP,
    UP,
    "Phetchabun",
    "khaokho.hemp@gmail.com",
    offers=[("ใยกัญชงดิบ ขายส่งเป็นตัน", "hemp_fibre_raw")],
    certs=("เกษตรอินทรีย์",),
    bcg=("bio",),
)
sme(
    11,
    "th",
    "กลุ่มปั่นฝ้ายมือบ้านท่าสว่าง",
    AGE_I,
    UP,
    "Surin",
    "thasawang.cotton@gmail.com",
    offers=[("ฝ้ายเข็น เส้นด้ายฝ้ายพื้นบ้าน ปั่นด้วยหลา", "handspun_cotton_yarn")],
    needs=[need("ปุยฝ้ายดิบ ฝ้ายตุ่ยที่ยังไม่อีดเมล็ด", "seed_cotton")],
)
sme(
    12,
    "en",
    "Loei Highland Cotton Growers",
    AGE_I,
    UP,
    "Loei",
    "loeicotton@gmail.com",
    offers=[
        ("Seed cotton, hand-picked, rain-fed", "seed_cotton"),
        ("Ginned lint in 50 kg bales", "cotton_lint"),
    ],
    certs=("Organic Thailand",),
    bcg=("bio",),
)
sme(
    13,
    "en",
    "Rayong Polyamide Filament Co., Ltd.",
    SPORT,
    UP,
    "Rayong",
    "export@rayongpa.co.th",
    offers=[("Nylon 6.6 high-tenacity filament 840D / 1050D", "nylon_filament_yarn")],
    certs=("ISO 9001", "ISO 14001"),
)
sme(
    14,
    "th",
    "ร้านรับซื้อของเก่า ช.ทวีทรัพย์",
    CIRC,
    UP,
    "Nonthaburi",
    "chor.taweesap@gmail.com",
    offers=[
        ("กระเป๋าเดินทางเก่า ชำรุด ขายเหมาเป็นกิโล", "used_luggage"),
        ("เศษผ้าร่ม เศษไนลอนจากโรงงานกระเป๋า", "textile_offcuts"),
    ],
    bcg=("circular",),
)
sme(
    15,
    "en",
    "Banner Second Life",
    CIRC,
    UP,
    "Bangkok",
    "pickup@bannersecondlife.com",
    offers=[("Used PVC banners and vinyl billboard skins, washed", "used_tarpaulin")],
    bcg=("circular",),
)
sme(
    16,
    "th",
    "วิสาหกิจชุมชนกระจูดทะเลน้อย",
    HEMP,
    UP,
    "Phatthalung",
    "thalenoi.krajood@gmail.com",
    offers=[("ต้นกระจูดตากแห้ง รีดแบน มัดละ 1 กก.", "krajood_sedge_raw")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    17,
    "en",
    "Central Cotton Spinning Mill",
    AGE_C,
    UP,
    "Saraburi",
    "yarn@centralspin.co.th",
    offers=[("Carded cotton yarn Ne 10 to Ne 30, on cones", "cotton_yarn")],
    needs=[
        need(
            "Thai-grown ginned cotton, any grade, Organic Thailand not required",
            "cotton_lint",
            waives=("Organic Thailand",),
        )
    ],
    certs=("ISO 9001:2015",),
)
sme(
    18,
    "th",
    "บริษัท ไนลอนไทยเส้นใย จำกัด",
    SPORT,
    UP,
    "Samut Prakan",
    "sales@nylonthai.co.th",
    offers=[("เส้นใยไนลอนฟิลาเมนต์ 420D สำหรับทอผ้าร่ม", "nylon_filament_yarn")],
)

# ---------------------------------------------------------------- part 1: cloth and finishing
sme(
    19,
    "en",
    "Siam Technical Weaving Co., Ltd.",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@siamtechweave.com",
    offers=[
        ("Nylon ripstop 70D, 150 cm, greige or dyed", "nylon_ripstop_fabric"),
        ("1000D Cordura-type nylon, solution-dyed black", "cordura_nylon_fabric"),
    ],
    needs=[
        need("Polyamide 66 yarn, strong grade, for 1000D weaving", "nylon_filament_yarn"),
        need("Piece dyeing of our greige rolls to Pantone shades", "fabric_dyeing_service"),
    ],
    certs=("ISO 9001",),
)
sme(
    20,
    "th",
    "โรงทอผ้าร่มมหาชัย",
    SPORT,
    MID,
    "Samut Sakhon",
    "mahachai.weaving@gmail.com",
    offers=[
        ("ผ้าร่มริปสต็อป 210D ตารางเล็ก", "nylon_ripstop_fabric"),
        ("ผ้าไนลอนเนื้อหนา 500D แบบคอร์ดูร่า", "cordura_nylon_fabric"),
    ],
    needs=[need("เส้นด้ายไนลอน 6.6 ความเหนียวสูง", "nylon_filament_yarn")],
)
sme(
    21,
    "th",
    "หจก. ผ้าอ๊อกฟอร์ดสำเพ็ง",
    SPORT,
    MID,
    "Bangkok",
    "oxford.sampeng@gmail.com",
    offers=[
        ("ผ้าอ๊อกฟอร์ด 600D หลังพียู ม้วนละ 50 หลา", "polyester_oxford_fabric"),
        ("ผ้าตาข่ายแซนวิช 3 มิติ ทำสายเป้", "spacer_mesh_fabric"),
    ],
)
sme(
    22,
    "en",
    "GreenWeave rPET Fabrics",
    CIRC,
    MID,
    "Chonburi",
    "hello@greenweave.co.th",
    offers=[("600D recycled polyester oxford, PU back", "recycled_polyester_fabric")],
    needs=[need("Recycled PET filament, GRS certified only", "recycled_pet_yarn", certs=("GRS",))],
    certs=("GRS certified",),
    bcg=("circular",),
)
sme(
    23,
    "en",
    "Lanna Hemp Mill",
    HEMP,
    MID,
    "Chiang Mai",
    "mill@lannahemp.com",
    offers=[("Hemp canvas 12 oz, loom-state, 58 in", "hemp_canvas_fabric")],
    needs=[need("Line-spun hemp singles for power looms", "hemp_yarn")],
    bcg=("bio",),
)
sme(
    24,
    "th",
    "กลุ่มปั่นด้ายกัญชงแม่แจ่ม",
    HEMP,
    UP,
    "Chiang Mai",
    "maechaem.hempyarn@gmail.com",
    offers=[("ด้ายกัญชงปั่นมือ ม้วนละครึ่งกิโล", "hemp_yarn")],
    needs=[need("ป่านกัญชงลอกแล้ว ยังไม่ได้ต้ม", "hemp_fibre_raw")],
)
sme(
    25,
    "th",
    "โรงทอผ้าแคนวาสนครชัยศรี",
    AGE_C,
    MID,
    "Nakhon Pathom",
    "nakhonchaisri.canvas@gmail.com",
    offers=[("ผ้าแคนวาสฝ้าย 10 ออนซ์ ฟอกขาว", "cotton_canvas_fabric")],
    needs=[need("ด้ายฝ้ายโรงงาน Ne 20/2 ลูกละ 1.89 กก.", "cotton_yarn")],
    certs=("Oeko-Tex 100",),
)
sme(
    26,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านโนนสะอาด",
    AGE_I,
    MID,
    "Khon Kaen",
    "nonsaard.weaving@gmail.com",
    offers=[("ผ้าฝ้ายทอมือลายขิด สีพื้น", "handwoven_cotton_fabric")],
    needs=[need("ฝ้ายหลอดโรงงาน เบอร์ 20", "cotton_yarn")],
    certs=("OTOP",),
)
sme(
    27,
    "en",
    "Udon Indigo Works",
    AGE_I,
    MID,
    "Udon Thani",
    "udonindigo@gmail.com",
    offers=[("Commission indigo dyeing: send us your cotton or hemp cloth", "indigo_dyeing_service")],
    needs=[need("Natural indigo paste, monthly delivery", "indigo_dye_paste")],
    bcg=("bio",),
)
sme(
    28,
    "th",
    "โรงย้อมบางพลีเท็กซ์",
    SPORT,
    MID,
    "Samut Prakan",
    "bangplitex@gmail.com",
    offers=[("รับย้อมผ้าไนลอน โพลีเอสเตอร์ ตามสีลูกค้า ขั้นต่ำ 500 หลา", "fabric_dyeing_service")],
    needs=[unmet("หาสีย้อมดิสเพอร์สที่ไม่มีโลหะหนัก", "dyestuffs; no one in the set sells dye chemicals")],
    certs=("ISO 14001",),
)
sme(
    29,
    "en",
    "CoatTech Laminating Co., Ltd.",
    SPORT,
    MID,
    "Pathum Thani",
    "sales@coattech.co.th",
    offers=[
        ("PU / TPU coating and lamination of customer-supplied fabric", "coating_lamination_service"),
        ("TPU-laminated 420D nylon, waterproof 10k", "pu_coated_fabric"),
    ],
    needs=[need("Undyed tear-stop polyamide cloth for coating runs", "nylon_ripstop_fabric")],
)
sme(
    30,
    "th",
    "โรงงานผ้าใบกรุงเก่า",
    SPORT,
    MID,
    "Phra Nakhon Si Ayutthaya",
    "krungkao.canvas@gmail.com",
    offers=[
        ("ผ้าใบ PVC กันน้ำ ผ้าคลุมรถบรรทุก", "pvc_tarpaulin"),
        ("ผ้าเคลือบ PU สีดำ 600D", "pu_coated_fabric"),
    ],
)

# ---------------------------------------------------------------- part 2: components, sewing, repair
sme(
    31,
    "th",
    "หจก. สายกระเป๋ามหาชัยการทอ",
    SPORT,
    MID,
    "Samut Sakhon",
    "mahachai.webbing@gmail.com",
    offers=[
        ("สายแถบ PP หนา 25 มม. 38 มม. ม้วนละ 50 หลา", "pp_webbing"),
        ("สายไนลอนทอแน่น เกรดสายสะพาย", "nylon_webbing"),
    ],
    needs=[need("ด้ายไนลอนเหนียวพิเศษ ไว้ทอสาย", "nylon_filament_yarn")],
)
sme(
    32,
    "en",
    "Webbing & Trims BKK",
    SPORT,
    MID,
    "Bangkok",
    "order@webbingtrims.com",
    offers=[
        ("Nylon tape 20-50 mm, mil-spec style", "nylon_webbing"),
        ("Side-release buckles and ladder locks, POM", "plastic_buckle"),
    ],
    needs=[need("PP strapping 1 inch, black, for resale", "pp_webbing")],
)
sme(
    33,
    "th",
    "บริษัท เรคคลิงค์ สายรีไซเคิล จำกัด",
    CIRC,
    MID,
    "Nonthaburi",
    "sales@recyclink.co.th",
    offers=[("สายแถบทอจากขวดพลาสติกรีไซเคิล มีใบ GRS", "recycled_pet_webbing")],
    needs=[need("ไหม rPET สำหรับเครื่องทอสาย", "recycled_pet_yarn")],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    34,
    "th",
    "โรงงานหัวเข็มขัดพลาสติก บ้านบึง",
    SPORT,
    MID,
    "Chonburi",
    "banbueng.buckle@gmail.com",
    offers=[("ตัวล็อคสายกระเป๋า ก้ามปู ห่วงสามเหลี่ยม", "plastic_buckle")],
    needs=[unmet("เม็ดพลาสติก POM เกรดฉีด", "plastic resin; no one in the set sells it")],
)
sme(
    35,
    "en",
    "ZipLine Fasteners Co., Ltd.",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@ziplinefasteners.com",
    offers=[("#5 and #8 coil zip chain, 200 m rolls, THB 4/m, sliders separate", "zip_fastener")],
    certs=("ISO 9001",),
)
sme(
    36,
    "th",
    "ร้านซิปพาหุรัด",
    SPORT,
    MID,
    "Bangkok",
    "pahurat.zip@gmail.com",
    offers=[("ซิป YKK เบอร์ 5 เบอร์ 10 ตัดตามขนาด", "zip_fastener")],
)
sme(
    37,
    "en",
    "WheelWorks Luggage Components",
    SPORT,
    MID,
    "Samut Prakan",
    "parts@wheelworks.co.th",
    offers=[
        ("360-degree spinner wheel sets, PU tread", "luggage_wheel"),
        ("Aluminium telescopic pull handles, 3-stage", "trolley_handle"),
    ],
    needs=[unmet("Polycarbonate pellets, Makrolon grade", "resin; no one in the set sells it")],
)
sme(
    38,
    "th",
    "ร้านอะไหล่กระเป๋าเดินทาง สะพานเหล็ก",
    SPORT,
    MID,
    "Bangkok",
    "saphanlek.parts@gmail.com",
    offers=[
        ("ล้อกระเป๋าเดินทาง ล้อคู่ ล้อเดี่ยว ใส่ได้ทุกยี่ห้อ", "luggage_wheel"),
        ("คันชักกระเป๋าลาก 2 ท่อน 3 ท่อน", "trolley_handle"),
    ],
)
sme(
    39,
    "th",
    "บริษัท โฟมระยอง จำกัด",
    SPORT,
    MID,
    "Rayong",
    "sales@foamrayong.co.th",
    offers=[("แผ่นโฟม EVA หนา 3-10 มม. ตัดตามแบบ แผ่นละ 85 บาท", "foam_padding")],
)
sme(
    40,
    "en",
    "ReFoam Industries",
    CIRC,
    MID,
    "Chachoengsao",
    "info@refoam.co.th",
    offers=[("Recycled PE foam sheet for bag back panels", "foam_padding")],
    needs=[unmet("Post-industrial PE foam scrap, clean", "no one in the set offers foam scrap")],
    bcg=("circular",),
)
sme(
    41,
    "en",
    "Reflecta Tapes & Mesh",
    SPORT,
    MID,
    "Bangkok",
    "sales@reflecta.asia",
    offers=[
        ("Sew-on reflective tape, 25 mm, silver", "reflective_tape"),
        ("3D air mesh for shoulder straps", "spacer_mesh_fabric"),
    ],
)
sme(
    42,
    "th",
    "โรงงานรับเย็บกระเป๋า ปากเกร็ด",
    SPORT,
    MID,
    "Nonthaburi",
    "pakkret.bagsewing@gmail.com",
    offers=[
        ("รับเย็บกระเป๋าเป้ กระเป๋าเดินทาง ตามแบบลูกค้า ขั้นต่ำ 300 ใบ", "bag_sewing_service"),
        ("เศษผ้าไนลอนจากการตัด ขายเป็นกระสอบ", "textile_offcuts"),
    ],
    needs=[
        need("ผ้าไนลอนหนาพิเศษ ทนขาด ทำก้นกระเป๋า", "cordura_nylon_fabric"),
        need("หัวเข็มขัดเสียบ สำหรับสายเป้", "plastic_buckle"),
    ],
)
sme(
    43,
    "en",
    "Bangkok Bag OEM Co., Ltd.",
    SPORT,
    MID,
    "Bangkok",
    "oem@bkkbag.com",
    offers=[("CMT bag sewing: backpacks, duffels, pouches; MOQ 500", "bag_sewing_service")],
    needs=[
        need("Sandwich mesh for back panels", "spacer_mesh_fabric"),
        need("Closed-cell padding, 5 mm", "foam_padding"),
    ],
    certs=("ISO 9001",),
)
sme(
    44,
    "th",
    "กลุ่มแม่บ้านตัดเย็บบ้านหนองแวง",
    AGE_I,
    MID,
    "Roi Et",
    "nongwaeng.sewing@gmail.com",
    offers=[
        ("รับจ้างเย็บถุงผ้า กระเป๋าผ้า งานละเอียด", "bag_sewing_service"),
        ("ถุงผ้าหูรูดใส่ผ้าซักรีด สำหรับโรงแรม", "laundry_bag"),
    ],
    needs=[
        need("ผ้าใบฝ้ายเนื้อหนา ทำถุงผ้า ไม่จำเป็นต้องมี OEKO-TEX", "cotton_canvas_fabric", waives=("OEKO-TEX Standard 100",))
    ],
    certs=("OTOP",),
)
sme(
    45,
    "th",
    "ร้านปักโลโก้ประตูน้ำ",
    SPORT,
    MID,
    "Bangkok",
    "pratunam.logo@gmail.com",
    offers=[("ปักโลโก้ สกรีนชื่อบนกระเป๋า รับงานจำนวนน้อย", "logo_printing_embroidery_service")],
)
sme(
    46,
    "en",
    "PrintPoint Promo Services",
    AGE_C,
    MID,
    "Nonthaburi",
    "jobs@printpoint.co.th",
    offers=[("Heat-transfer and screen printing of logos on bags", "logo_printing_embroidery_service")],
)
sme(
    47,
    "th",
    "ร้านซ่อมกระเป๋าเดินทาง ช่างเอก ห้วยขวาง",
    SPORT,
    DOWN,
    "Bangkok",
    "changake.repair@gmail.com",
    offers=[("ซ่อมกระเป๋าเดินทาง เปลี่ยนล้อ เปลี่ยนซิป เปลี่ยนคันชัก", "luggage_repair_service")],
    needs=[
        need("มีใครขายส่งล้อสปินเนอร์บ้างไหม", "luggage_wheel"),
        need("ฟันซิปไนลอน พร้อมตัวรูด", "zip_fastener"),
    ],
)
sme(
    48,
    "en",
    "Island Luggage Fix",
    CIRC,
    DOWN,
    "Phuket",
    "fix@islandluggage.com",
    offers=[("Suitcase repair: wheels, handles, zips, shell cracks", "luggage_repair_service")],
    needs=[
        need("Replacement casters for trolley cases, any brand", "luggage_wheel"),
        need("Extendable trolley bars, spare", "trolley_handle"),
    ],
    bcg=("circular",),
)
sme(
    49,
    "en",
    "Second Stitch Upcycling Workshop",
    CIRC,
    DOWN,
    "Chiang Mai",
    "hi@secondstitch.org",
    offers=[("Tote and messenger bags cut from old vinyl banners", "upcycled_bag")],
    needs=[
        need("Old advertising vinyl, any colour, any size", "used_tarpaulin"),
        need("Scrap nylon from bag factories", "textile_offcuts"),
    ],
    bcg=("circular",),
)
sme(
    50,
    "th",
    "รีเมคกระเป๋า เชียงใหม่",
    CIRC,
    DOWN,
    "Chiang Mai",
    "remake.cm@gmail.com",
    offers=[("กระเป๋าสะพายอัพไซเคิล ทำจากกระเป๋าเดินทางเก่า", "upcycled_bag")],
    needs=[need("ซากกระเป๋าเดินทาง ล้อพัง ซิปแตก ก็เอา", "used_luggage")],
    bcg=("circular",),
)
sme(
    51,
    "en",
    "Nomad Hardcase Co., Ltd.",
    SPORT,
    DOWN,
    "Bangkok",
    "sourcing@nomadhardcase.com",
    offers=[("Polycarbonate hard-shell spinner suitcases 20/24/28 in", "suitcase")],
    needs=[
        need("Double spinner castors, OEM", "luggage_wheel"),
        need("Retractable handle sets for 24-28 in cases", "trolley_handle"),
        unmet("TSA-approved combination locks", "no one in the set makes locks"),
    ],
    certs=("ISO 9001",),
)
sme(
    52,
    "th",
    "โรงงานกระเป๋าเดินทางผ้า มหาชัยลักเกจ",
    SPORT,
    DOWN,
    "Samut Sakhon",
    "mahachai.luggage@gmail.com",
    offers=[
        ("กระเป๋าเดินทางผ้าล้อลาก 4 ล้อ ขยายได้", "suitcase"),
        ("กระเป๋าดัฟเฟิลพับได้", "duffel_bag"),
    ],
    needs=[
        need("ผ้าโพลีเอสเตอร์ 600 ดีเนียร์ เคลือบหลัง", "polyester_oxford_fabric", "recycled_polyester_fabric"),
        need("แผ่นรองกันกระแทก ใส่ผนังกระเป๋า", "foam_padding"),
    ],
)
sme(
    53,
    "th",
    "ดอยเทรค กระเป๋าเดินป่า",
    SPORT,
    DOWN,
    "Chiang Mai",
    "doitrek.bag@gmail.com",
    offers=[
        ("เป้เดินป่า 40-60 ลิตร มีโครงหลัง", "trekking_backpack"),
        ("ผ้าคลุมเป้กันฝน ทุกขนาด", "rain_cover"),
    ],
    needs=[
        need("ผ้าร่มกันฉีก น้ำหนักเบา", "nylon_ripstop_fabric"),
        need("สายสะพายเป้ เป็นม้วน พร้อมหัวล็อค ตัวปรับสาย", "nylon_webbing", "plastic_buckle"),
    ],
)
sme(
    54,
    "en",
    "Northern Trail Packs",
    SPORT,
    DOWN,
    "Chiang Mai",
    "make@northerntrail.co",
    offers=[
        ("Trekking packs 45-65 L with alloy stays", "trekking_backpack"),
        ("Pack rain covers, S/M/L", "rain_cover"),
    ],
    needs=[
        need("Waterproof coated fabric, no PVC please", "pu_coated_fabric"),
        need("TPU film laminated onto our own printed ripstop, we send the rolls", "coating_lamination_service"),
        unmet(
            "bluesign-approved 30D ripstop only",
            "no ripstop weaver in the set holds bluesign",
            "nylon_ripstop_fabric",
            certs=("bluesign",),
        ),
    ],
)
sme(
    55,
    "th",
    "กระเป๋าผ้ากัญชง ฮักดอย",
    HEMP,
    DOWN,
    "Chiang Mai",
    "hugdoi.hemp@gmail.com",
    offers=[
        ("เป้ผ้ากัญชงย้อมคราม ทำมือ", "backpack"),
        ("กระเป๋าใส่พาสปอร์ตผ้ากัญชง", "passport_pouch"),
    ],
    needs=[
        need("ผ้ากัญชงทอเครื่อง เนื้อหนา", "hemp_canvas_fabric"),
        need("ผ้าทอใยกัญชงของชาวเขา", "hemp_handwoven_fabric"),
    ],
    bcg=("bio",),
)
sme(
    56,
    "th",
    "ร้านครามสกล ของฝาก",
    AGE_I,
    DOWN,
    "Sakon Nakhon",
    "kramsakon.shop@gmail.com",
    offers=[("ย่ามผ้าฝ้ายย้อมคราม ทอมือ", "shoulder_bag")],
    needs=[need("ผ้าครามเป็นพับ ย้อมธรรมชาติแท้ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    57,
    "en",
    "Chao Phraya Denim Mill",
    AGE_C,
    MID,
    "Pathum Thani",
    "mill@cpdenim.co.th",
    offers=[("Indigo denim 12 oz, synthetic indigo, rope-dyed", "denim_fabric")],
    needs=[need("OE warp for denim, count 7s", "cotton_yarn")],
    certs=("ISO 9001",),
)
sme(
    58,
    "th",
    "หจก. กระเป๋าจุกจิกบางกะปิ",
    AGE_C,
    DOWN,
    "Bangkok",
    "bangkapi.pouch@gmail.com",
    offers=[
        ("กระเป๋าใส่เครื่องสำอาง กระเป๋าใส่แปรงสีฟัน", "toiletry_pouch"),
        ("ซองใส่หนังสือเดินทาง", "passport_pouch"),
    ],
    needs=[
        need("ผ้ากันน้ำ เคลือบด้านใน", "pu_coated_fabric", "pvc_tarpaulin"),
        need("ซิปไนลอนแบบม้วน", "zip_fastener"),
    ],
)
sme(
    59,
    "en",
    "Amenity Works Co., Ltd.",
    AGE_C,
    DOWN,
    "Nonthaburi",
    "sales@amenityworks.co.th",
    offers=[
        ("Airline and hotel amenity kits, custom fill", "amenity_kit"),
        ("Zip toiletry bags, PEVA or cotton", "toiletry_pouch"),
    ],
    needs=[
        need("Contract sewing of pouches, 5,000 pcs a month", "bag_sewing_service"),
        need("OEKO-TEX 100 cotton canvas for kit bags", "cotton_canvas_fabric", certs=("OEKO-TEX Standard 100",)),
    ],
)
sme(
    60,
    "th",
    "ร้านผ้าคลุมกระเป๋า สเตรทช์",
    SPORT,
    DOWN,
    "Bangkok",
    "stretch.cover@gmail.com",
    offers=[
        ("ผ้าคลุมกระเป๋าเดินทาง ผ้ายืดสแปนเด็กซ์ พิมพ์ลาย", "luggage_cover"),
        ("สายรัดกระเป๋าเดินทาง ล็อครหัส", "luggage_strap"),
    ],
    needs=[need("ผ้ายืดสี่ทาง หน้ากว้าง", "stretch_knit_fabric")],
)

# ====================================================================== end of data

# ---------------------------------------------------------------- part 3: finished goods and buyers
sme(
    61,
    "en",
    "StrapSafe Travel Accessories",
    SPORT,
    DOWN,
    "Samut Prakan",
    "hello@strapsafe.co",
    offers=[
        ("Luggage belts with 3-dial lock", "luggage_strap"),
        ("RFID-lined passport wallets", "rfid_passport_wallet"),
    ],
    needs=[
        need("Woven polypropylene band 50 mm, bright colours", "pp_webbing"),
        need("Cam buckles for 50 mm straps", "plastic_buckle"),
    ],
)
sme(
    62,
    "th",
    "โรงถักผ้ายืดโพธาราม",
    AGE_C,
    MID,
    "Ratchaburi",
    "photharam.knit@gmail.com",
    offers=[("ผ้าสแปนเด็กซ์โพลีเอสเตอร์ ยืด 4 ทาง หน้า 60 นิ้ว", "stretch_knit_fabric")],
    needs=[unmet("เส้นใยยางยืดสแปนเด็กซ์ 40 ดีเนียร์", "elastane yarn; no one in the set sells it")],
)
sme(
    63,
    "th",
    "ร้านกระเป๋าโคราชสปอร์ต",
    SPORT,
    DOWN,
    "Nakhon Ratchasima",
    "koratsport.bag@gmail.com",
    offers=[
        ("กระเป๋าใส่ชุดกีฬา ทรงหมอน ปักชื่อทีมได้", "duffel_bag"),
        ("เป้นักเรียนผ้าไนลอน ไซส์ประถม", "backpack"),
    ],
    needs=[
        need("ผ้าหนา 1000 ดีเนียร์ สีกรม", "cordura_nylon_fabric"),
        need("มีร้านไหนรับปักโลโก้จำนวนมากบ้าง", "logo_printing_embroidery_service"),
    ],
)
sme(
    64,
    "en",
    "PackRight Travel Gear",
    SPORT,
    DOWN,
    "Pathum Thani",
    "ops@packright.asia",
    offers=[
        ("Packing cubes, set of 4, mesh top", "packing_cube"),
        ("Weekender holdalls, 40 L", "duffel_bag"),
    ],
    needs=[
        need("Featherweight nylon with tear-stop grid, under 80 gsm", "nylon_ripstop_fabric"),
        need("Thai OEM to sew our cubes, ISO 9001 factory", "bag_sewing_service", certs=("ISO 9001",)),
    ],
)
sme(
    65,
    "th",
    "กลุ่มสตรีจักสานกระจูด บ้านพนางตุง",
    HEMP,
    DOWN,
    "Phatthalung",
    "panangtung.krajood@gmail.com",
    offers=[("กระเป๋ากระจูดสาน ทรงถือ ทรงสะพาย", "krajood_bag")],
    needs=[
        need("ต้นจูดอบแห้ง ย้อมสีแล้ว", "krajood_sedge_raw"),
        unmet("สีย้อมธรรมชาติจากเปลือกไม้ ใช้ย้อมจูด", "natural dyestuff; no one in the set sells it"),
    ],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    66,
    "en",
    "Andaman Eco Resort",
    HEMP,
    DOWN,
    "Krabi",
    "purchasing@andamaneco.com",
    needs=[
        need("Woven sedge handbags for the boutique", "krajood_bag"),
        need("Reusable cotton beach totes for guests", "tote_bag"),
        need(
            "Plastic-free guest amenity sets, Thai Green Label welcome but not required",
            "amenity_kit",
            waives=("Thai Green Label",),
        ),
    ],
    bcg=("green",),
)
sme(
    67,
    "en",
    "Golden Age Journeys",
    AGE_C,
    DOWN,
    "Bangkok",
    "ops@goldenagejourneys.com",
    needs=[
        need("Cabin trolley under 2.5 kg for senior travellers", "suitcase"),
        need("Branded weekend bags as gifts for tour guests", "duffel_bag"),
    ],
)
sme(
    68,
    "th",
    "บริษัท อีสานเที่ยวสุข ทัวร์ จำกัด",
    AGE_I,
    DOWN,
    "Khon Kaen",
    "isantiewsuk@gmail.com",
    needs=[
        unmet("หมวกแก๊ปสกรีนโลโก้บริษัท แจกลูกทัวร์", "caps; no one in the set makes them"),
        unmet("ป้ายชื่อติดกระเป๋า หนังแท้", "leather luggage tags; no one in the set makes them"),
    ],
)
sme(
    69,
    "en",
    "Kata Beach Resort & Spa",
    AGE_C,
    DOWN,
    "Phuket",
    "hk@katabeachresort.com",
    offers=[("Unclaimed guest luggage, cleared every 6 months", "used_luggage")],
    needs=[
        need("Drawstring laundry sacks, reusable", "laundry_bag"),
        need("Who can fix broken guest trolleys? We ship them to you", "luggage_repair_service"),
    ],
)
sme(
    70,
    "th",
    "โรงแรมอุดรแกรนด์วิว",
    AGE_I,
    DOWN,
    "Udon Thani",
    "udongrandview@gmail.com",
    needs=[
        need("ถุงใส่ผ้าส่งซัก ผ้าดิบ พิมพ์โลโก้", "laundry_bag"),
        need("ชุดของใช้ในห้องพัก ใส่ซองผ้า", "amenity_kit"),
    ],
)
sme(
    71,
    "en",
    "SkyComfort Inflight Supplies",
    SPORT,
    DOWN,
    "Samut Prakan",
    "buy@skycomfort.aero",
    needs=[
        need("Business-class amenity kits in GRS-certified rPET pouches", "amenity_kit", certs=("GRS",)),
        unmet("Flame-retardant seat-cover fabric to FAR 25.853", "aircraft seat fabric; no one in the set makes it"),
    ],
)
sme(
    72,
    "th",
    "บริษัท อเมนิตี้รีไซเคิล จำกัด",
    CIRC,
    DOWN,
    "Samut Sakhon",
    "sales@amenityrecycle.co.th",
    offers=[
        ("ชุดอเมนิตี้สายการบิน กระเป๋าทำจากขวดรีไซเคิล", "amenity_kit"),
        ("กระเป๋าใส่ของใช้ส่วนตัว ผ้า rPET", "toiletry_pouch"),
    ],
    needs=[need("ผ้าโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_polyester_fabric", certs=("GRS",))],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    73,
    "th",
    "โรงเรียนบ้านโคกสูงวิทยา",
    AGE_I,
    DOWN,
    "Nakhon Ratchasima",
    "khoksung.school@gmail.com",
    needs=[
        need("กระเป๋านักเรียนสะพายหลัง 300 ใบ", "backpack"),
        need("แถบสะท้อนแสง ติดกระเป๋าเด็ก", "reflective_tape"),
    ],
)
sme(
    74,
    "en",
    "Pattaya International School",
    AGE_C,
    DOWN,
    "Chonburi",
    "procurement@pattayais.ac.th",
    needs=[
        need("Kids' rucksacks for Years 1-6, OEKO-TEX 100 fabric only", "backpack", certs=("OEKO-TEX Standard 100",)),
        need("Sports kit bags with the school crest", "duffel_bag"),
    ],
)
sme(
    75,
    "en",
    "UrbanPack Co., Ltd.",
    SPORT,
    DOWN,
    "Bangkok",
    "sourcing@urbanpack.co.th",
    offers=[("Laptop and school backpacks, OEKO-TEX tested fabric", "backpack")],
    needs=[
        need("Poly oxford 600 denier, coated back, 500 yards", "polyester_oxford_fabric", "recycled_polyester_fabric"),
        need("Zippers in all gauges, ISO 9001 a plus", "zip_fastener", waives=("ISO 9001",)),
    ],
    certs=("OEKO-TEX certified",),
)
sme(
    76,
    "en",
    "Chiang Mai Trekking Outfitters",
    SPORT,
    DOWN,
    "Chiang Mai",
    "gear@cmtrekking.com",
    needs=[
        need("50-60 litre rucksacks for our guides", "trekking_backpack"),
        need("Waterproof shells to go over rucksacks in the monsoon", "rain_cover"),
    ],
)
sme(
    77,
    "th",
    "ชมรมไกด์เดินป่าปาย",
    SPORT,
    DOWN,
    "Mae Hong Son",
    "pai.guides@gmail.com",
    needs=[
        need("เป้แบกสัมภาระ 50 ลิตรขึ้นไป", "trekking_backpack"),
        unmet("ถุงกันน้ำ ดรายแบ็ก สำหรับล่องแก่ง", "dry bags; no one in the set makes them"),
    ],
)
sme(
    78,
    "th",
    "ร้านกระเป๋าเดินทาง ประตูน้ำ",
    SPORT,
    DOWN,
    "Bangkok",
    "pratunam.luggage@gmail.com",
    needs=[
        need("กระเป๋าลาก ขายส่ง ทุกไซส์", "suitcase"),
        need("ถุงสวมกันรอยกระเป๋าลาก ลายการ์ตูน", "luggage_cover"),
        need("ซองพาสปอร์ต กระเป๋าสตางค์เดินทาง", "passport_pouch", "rfid_passport_wallet"),
    ],
)
sme(
    79,
    "en",
    "Pattaya Souvenir House",
    AGE_C,
    DOWN,
    "Chonburi",
    "shop@pattayasouvenir.com",
    needs=[
        need("Handwoven basket-style handbags", "krajood_bag"),
        need("Printed luggage covers, elephant design", "luggage_cover"),
    ],
)
sme(
    80,
    "th",
    "ชมรมผู้สูงอายุเที่ยวสุข เพชรบุรี",
    AGE_C,
    DOWN,
    "Phetchaburi",
    "tiewsuk.senior@gmail.com",
    needs=[
        need("อยากได้กระเป๋าลากน้ำหนักเบา ผู้สูงอายุลากเองได้", "suitcase"),
        unmet("ไม้เท้าพับได้ ใส่กระเป๋าได้", "folding walking sticks; no one in the set makes them"),
    ],
)
sme(
    81,
    "en",
    "Silver Years Care Home Hua Hin",
    AGE_C,
    DOWN,
    "Prachuap Khiri Khan",
    "admin@silveryears.co.th",
    needs=[
        need("Wash bags for residents' personal items", "toiletry_pouch"),
        unmet("Wheelchair side bags with a clip, washable", "wheelchair bags; no one in the set makes them"),
    ],
)
sme(
    82,
    "th",
    "สหกรณ์ร้านค้าของฝากเมืองอุบล",
    AGE_I,
    DOWN,
    "Ubon Ratchathani",
    "ubon.souvenir.coop@gmail.com",
    needs=[
        need("กระเป๋าสะพายผ้าพื้นเมือง ขายนักท่องเที่ยว ไม่ต้องมี OTOP", "shoulder_bag", waives=("OTOP",)),
    ],
)
sme(
    83,
    "en",
    "Organic Tote Co.",
    HEMP,
    DOWN,
    "Bangkok",
    "hello@organictote.co",
    offers=[("GOTS organic cotton tote bags, 10 oz", "tote_bag")],
    needs=[
        unmet(
            "GOTS-certified organic cotton canvas, greige",
            "no canvas weaver in the set holds GOTS",
            "cotton_canvas_fabric",
            certs=("GOTS",),
        )
    ],
    certs=("GOTS",),
)
sme(
    84,
    "th",
    "ร้านส่งกระเป๋าหาดใหญ่",
    SPORT,
    DOWN,
    "Songkhla",
    "hatyai.bagwholesale@gmail.com",
    needs=[need("กระเป๋าเดินทาง กระเป๋าถือใบใหญ่ ส่งมาเลเซีย", "suitcase", "duffel_bag")],
)
sme(
    85,
    "th",
    "โรงปั่นด้ายฝ้ายปากช่อง",
    AGE_I,
    UP,
    "Nakhon Ratchasima",
    "pakchong.spinning@gmail.com",
    offers=[("เส้นด้าย OE ปั่นจากฝ้ายล้วน เบอร์ 10 ถึง 20 ขายเป็นลูก", "cotton_yarn")],
    needs=[need("ฝ้ายหีบแล้ว เป็นมัด ต้องได้มาตรฐานเกษตรอินทรีย์", "cotton_lint", certs=("Organic Thailand",))],
)
sme(
    86,
    "en",
    "Samui Dive & Trek Tours",
    SPORT,
    DOWN,
    "Surat Thani",
    "office@samuidivetrek.com",
    needs=[
        need("Heavy-duty gear duffels for dive trips", "duffel_bag"),
        unmet("Mesh gear bags with drain holes", "mesh dive bags; no one in the set makes them"),
    ],
)
sme(
    87,
    "th",
    "โรงแรมเวียงพิงค์ บูทีค",
    AGE_C,
    DOWN,
    "Chiang Mai",
    "wiangping.boutique@gmail.com",
    needs=[
        need("กระเป๋าให้แขกใช้ช้อปปิ้ง ทำจากของเหลือใช้", "upcycled_bag"),
        need("ชุดแปรงฟัน สบู่ แชมพู ใส่กระเป๋าผ้า", "amenity_kit"),
    ],
)
sme(
    88,
    "en",
    "Green Hemp Bags",
    HEMP,
    DOWN,
    "Bangkok",
    "studio@greenhempbags.com",
    offers=[
        ("Hemp rucksacks, unisex", "backpack"),
    ],
    needs=[
        need("Heavy hemp cloth, 12-14 oz", "hemp_canvas_fabric"),
        need("Indigo vat dyeing of our hemp canvas", "indigo_dyeing_service"),
    ],
    bcg=("bio",),
)
sme(
    89,
    "th",
    "ไร่ห้อมบ้านทุ่งโฮ้ง",
    HEMP,
    UP,
    "Phrae",
    "thunghong.hom@gmail.com",
    offers=[("เนื้อห้อมหมัก จากไร่ในแพร่ ขายเป็นปี๊บ", "indigo_dye_paste")],
    bcg=("bio",),
)
sme(
    90,
    "en",
    "Isan Handloom Export",
    AGE_I,
    MID,
    "Khon Kaen",
    "export@isanhandloom.com",
    offers=[("Isan handloom cotton, mudmee and plain, 1 m wide", "handwoven_cotton_fabric")],
    needs=[need("Hand-twisted village cotton yarn", "handspun_cotton_yarn")],
)
sme(
    91,
    "th",
    "ห้องเย็บป้านวล สันกำแพง",
    AGE_C,
    MID,
    "Chiang Mai",
    "panuan.sewing@gmail.com",
    offers=[("รับเย็บกระเป๋าผ้าทอ ตามออเดอร์ ลูกค้าส่งผ้ามาเอง", "bag_sewing_service")],
    needs=[need("ผ้าทอกี่พื้นเมือง เนื้อฝ้าย ไม่มีลาย", "handwoven_cotton_fabric")],
)
sme(
    92,
    "en",
    "Suvarnabhumi Travel Retail",
    SPORT,
    DOWN,
    "Samut Prakan",
    "buying@bkktravelretail.com",
    needs=[
        need("Suitcase organiser sets", "packing_cube"),
        need("Suitcase straps and stretch protectors", "luggage_strap", "luggage_cover"),
        need("Travel wallets with RFID shielding", "rfid_passport_wallet"),
    ],
)
sme(
    93,
    "th",
    "กลุ่มกระเป๋ารีไซเคิลป้ายไวนิล ศรีราชา",
    CIRC,
    DOWN,
    "Chonburi",
    "sriracha.vinylbag@gmail.com",
    offers=[("กระเป๋าจากป้ายไวนิลเก่า ล้างสะอาด", "upcycled_bag")],
    needs=[need("ป้ายโฆษณาเก่า ผ้าใบรถบรรทุกที่ใช้แล้ว", "used_tarpaulin")],
    bcg=("circular",),
)
sme(
    94,
    "en",
    "Mekong Homestay Network",
    AGE_I,
    DOWN,
    "Nong Khai",
    "network@mekonghomestay.org",
    needs=[
        need("Bags made from waste materials for our shop", "upcycled_bag"),
        unmet(
            "Silk scarves with the Royal Peacock emblem, for gifts",
            "no one in the set offers silk goods or holds the Peacock Emblem",
            "silk_scarf",
            certs=("Thai Silk Peacock Emblem",),
        ),
    ],
)
sme(
    95,
    "th",
    "ร้านเช่าอุปกรณ์เดินป่า ดอยตุง",
    SPORT,
    DOWN,
    "Chiang Rai",
    "doitung.gearrent@gmail.com",
    needs=[
        need("ถุงคลุมกระเป๋าเป้ เวลาฝนตก", "rain_cover"),
        unmet("เต็นท์โดม 2 คน ไว้ให้เช่า", "tents; no one in the set makes them"),
    ],
)

THAI_CHAR = re.compile(r"[\u0e00-\u0e7f]")
THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
LABEL = re.compile(r"^[a-z][a-z0-9_]*$")
WORD = re.compile(r"[a-z0-9]+|[\u0e00-\u0e7f]+")
CONTRACT_FIELDS = (
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
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}

# Size targets of the brief.
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)
FEW_SUPPLIERS_SHARE = 0.70  # share of met needs with 1-3 qualified suppliers


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def held_certs(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certs)


def names_cert(text: str, cert: str) -> bool:
    """The text names `cert` somewhere (affirmed or not)."""
    c = CERT_BY_NAME[cert]
    folded = _nfkc(text).casefold()
    return any(_nfkc(m).casefold() in folded for m in (c.name, *c.aliases, *c.mentions))


def qualified(n: Need, buyer: Sme) -> list[Sme]:
    """Suppliers other than the buyer with an offer the need lists and every certification it requires."""
    return [
        s
        for s in SMES
        if s is not buyer and any(lab in n.labels for _, lab in s.offers) and set(n.certs) <= held_certs(s)
    ]


def compute_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for n in b.needs if not n.unmet for s in qualified(n, b)}
    return sorted(pairs)


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 1.0


def check() -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{ID_PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {ID_PREFIX}-001 .. {ID_PREFIX}-{N_PROFILES:03d} in order, unique")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for _, lab in s.offers:
            offered.setdefault(lab, set()).add(s.id)
    for s in SMES:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        for tag in s.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in texts:
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: spacing in {text!r}")
        for text in texts[1:]:
            if s.lang == "th" and thai_share(text) < 0.6:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
            if s.lang == "en" and (
                THAI_CHAR.search(text) or any(ch.isalpha() and not LATIN_LETTER.match(ch) for ch in text)
            ):
                errors.append(f"{where}: English phrase has non-Latin letters: {text!r}")
        if s.lang == "th" and thai_share(s.name) < 0.5:
            errors.append(f"{where}: Thai name is not mostly Thai: {s.name!r}")
        if s.lang == "en" and THAI_CHAR.search(s.name):
            errors.append(f"{where}: English name has Thai letters")
        for _, lab in s.offers:
            if not LABEL.match(lab):
                errors.append(f"{where}: bad label {lab!r}")
        for n in s.needs:
            for lab in n.labels:
                if not LABEL.match(lab):
                    errors.append(f"{where}: bad label {lab!r}")
            if not n.unmet:
                if not n.labels:
                    errors.append(f"{where}: met need lists no labels: {n.text!r}")
                for lab in n.labels:
                    if not offered.get(lab, set()) - {s.id}:
                        errors.append(f"{where}: label {lab!r} is offered by no one else")
                if not qualified(n, s):
                    errors.append(f"{where}: no qualified supplier for {n.text!r}")
            elif qualified(n, s):
                errors.append(f"{where}: need marked unmet has suppliers: {n.text!r}")
            for c in (*n.certs, *n.waives):
                if c not in CERT_BY_NAME:
                    errors.append(f"{where}: {c!r} is not a canonical certification name")
            if any(c not in CERT_BY_NAME for c in (*n.certs, *n.waives)):
                continue
            found = find_certifications(n.text)
            if found != set(n.certs):
                errors.append(f"{where}: text names {sorted(found)} but need requires {list(n.certs)}: {n.text!r}")
            for c in n.waives:
                if not names_cert(n.text, c) or c in found:
                    errors.append(f"{where}: waived {c} is not named (negated) in {n.text!r}")
            for sup in qualified(n, s):
                for otext, olab in sup.offers:
                    if olab in n.labels and sup.lang == s.lang:
                        a, b = set(WORD.findall(n.text.casefold())), set(WORD.findall(otext.casefold()))
                        if len(a & b) / max(1, len(a | b)) > 0.3:
                            warnings.append(f"{where} shares wording with {sup.id}: {n.text!r} / {otext!r}")
    all_texts = [t for s in SMES for t, _ in s.offers]
    for n_text in (n.text for s in SMES for n in s.needs):
        if n_text in all_texts:
            errors.append(f"need worded exactly as an offer: {n_text!r}")
    # size targets
    stats = statistics()
    th = stats["thai"] / len(SMES)
    if not THAI_SHARE[0] <= th <= THAI_SHARE[1]:
        errors.append(f"Thai share {th:.2f} outside {THAI_SHARE}")
    if not LINKS[0] <= stats["links"] <= LINKS[1]:
        errors.append(f"{stats['links']} links outside {LINKS}")
    if not CROSS_SHARE[0] <= stats["cross_share"] <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {stats['cross_share']:.2f} outside {CROSS_SHARE}")
    if not UNMET[0] <= stats["unmet"] <= UNMET[1]:
        errors.append(f"{stats['unmet']} unmet needs outside {UNMET}")
    if stats["few_share"] < FEW_SUPPLIERS_SHARE:
        errors.append(f"only {stats['few_share']:.2f} of met needs have 1-3 suppliers")
    return errors, warnings


def statistics() -> dict[str, int | float]:
    by_id = {s.id: s for s in SMES}
    links = compute_links()
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    met = [(s, n) for s in SMES for n in s.needs if not n.unmet]
    sizes = [len(qualified(n, s)) for s, n in met]
    return {
        "profiles": len(SMES),
        "thai": sum(s.lang == "th" for s in SMES),
        "english": sum(s.lang == "en" for s in SMES),
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "labels": len({lab for s in SMES for _, lab in s.offers}),
        "needs": sum(len(s.needs) for s in SMES),
        "met": len(met),
        "unmet": sum(1 for s in SMES for n in s.needs if n.unmet),
        "cert_needs": sum(1 for s in SMES for n in s.needs if n.certs),
        "waive_needs": sum(1 for s in SMES for n in s.needs if n.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
        "few_share": sum(1 <= k <= 3 for k in sizes) / len(sizes) if sizes else 0.0,
        "max_suppliers": max(sizes, default=0),
    }


def counts_table() -> str:
    st = statistics()
    rows: list[tuple[str, str]] = [
        ("profiles", str(st["profiles"])),
        ("Thai / English", f"{st['thai']} / {st['english']}"),
    ]
    subs = Counter(s.sub for s in SMES)
    rows += [(f"sub-cluster `{sc.value}`", str(subs[sc])) for sc in SubCluster]
    stages = Counter(s.stage for s in SMES)
    rows += [(f"stage `{sg.value}`", str(stages[sg])) for sg in Stage]
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    rows += [(f"region `{r}`", str(k)) for r, k in sorted(regions.items())]
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("needs requiring a certification", str(st["cert_needs"])),
        ("needs waiving a certification", str(st["waive_needs"])),
        ("true links", str(st["links"])),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{st['th_en'] + st['en_th']} ({st['cross_share']:.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub"])),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    assert tuple(record) == CONTRACT_FIELDS
    return json.dumps(record, ensure_ascii=False)


def links_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(compute_links())
    return buffer.getvalue()


README = """\
# `eval/blind_plain_luggage/`: luggage and travel goods, plain registry entries

## What the set checks

How well the matcher finds true supplier-buyer pairs from wording it has never seen. The theme is luggage and
travel goods (suitcases, backpacks, duffels, pouches, luggage covers and straps, webbing, buckles, zips, wheels,
ripstop and Cordura-type nylon, foam padding, bag sewing, luggage repair, amenity kits, and the tour companies,
hotels, airlines, schools and trekking outfitters that buy them), together with the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers of the cluster. Profiles are plain registry entries: one short phrase per offer or
need, Thai or English, with local names, trade words, brand names, abbreviations, sizes, prices and minimum
orders. Needs are worded differently from the offers that meet them, often in the other language.

Hard cases in the set: a service versus the goods it works on (indigo dyeing of the customer's cloth versus
indigo-dyed cloth, sewing for others versus finished bags, coating the customer's fabric versus coated fabric,
repairing suitcases versus selling them); waste and used goods versus new; raw versus processed (hemp bast,
yarn, cloth, bag; seed cotton, lint, yarn); finished goods described by their material or technique (a backpack
of indigo-dyed handwoven cotton is a backpack); needs written as a wish, a bare noun phrase or a question;
refusals; needs that require a named certification and needs that name one only to waive it; and needs that
no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its glossary, its
tests, other evaluation sets or the project's data. Every profile, label and link decision is in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (`indigo_dyed_cotton_fabric` versus
`indigo_dyeing_service`). Every need lists the offer labels that would meet it and the certifications its text
requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some
offer of the supplier carries a label listed by one of the buyer's needs and the supplier's certifications
(resolved with `resolve_certification`) hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link; what changes what the
thing is does. A certification the need names only to waive it is not required. The labels live only in
`write.py`; the profiles carry no labels.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster, stage
and BCG values from the taxonomy, provinces resolving with `resolve_province`, certifications with
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every met need
has a qualified supplier and every unmet one has none; the certifications `find_certifications` reads in a
need's text are exactly those it requires, and a waived one is named but negated; Thai phrases are mostly Thai
letters and English ones Latin only; the size targets (95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of them
across languages, 17-23 unmet needs, at least 70 % of met needs met by 1-3 suppliers). It writes nothing if a
check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_luggage/write.py

## Files

- `write.py`: all data, labels, checks, and the writer of the files below.
- `profiles.jsonl`: the {profiles} SME profiles, ids `{first}` to `{last}`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(table: str) -> dict[str, bytes]:
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    readme = README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table)
    texts = {"profiles.jsonl": profiles, "links.csv": links_csv(), "README.md": readme}
    return {name: text.encode("utf-8") for name, text in texts.items()}


def main() -> int:
    errors, warnings = check()
    table = counts_table()
    print(table, end="")
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    outputs = render(table)
    if render(counts_table()) != outputs:
        print("error: two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, data in outputs.items():
        (OUT_DIR / name).write_bytes(data)
    print(f"wrote profiles.jsonl, links.csv and README.md to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
