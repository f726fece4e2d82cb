"""Write the hand-labelled evaluation set `eval/blind_plain_activewear/`.

Sportech activewear, written as plain registry entries: short offer and need phrases in Thai
and English. Every offer carries a label saying what the thing is; every need lists the
labels that would meet it and the certifications its text requires, or is marked as met by
no one. The true links follow from the labels alone. Labels live only in this script.

Run from the repository root:

    .venv/bin/python eval/blind_plain_activewear/write.py

The script checks its data first and writes nothing if any check fails.
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
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ labels: what a thing is

LABELS: dict[str, str] = {
    # upstream: fibre, yarn, waste
    "pet_bottles": "used PET bottles, loose or baled (waste feedstock)",
    "pet_flake": "washed PET bottle flake",
    "rpet_fibre": "recycled polyester staple fibre",
    "rpet_yarn": "recycled polyester filament or spun yarn",
    "poly_yarn": "virgin polyester filament yarn (DTY, FDY)",
    "spandex_yarn": "bare spandex / elastane yarn",
    "covered_spandex_yarn": "spandex covered with nylon or polyester (covered elastic yarn)",
    "nylon_yarn": "nylon (polyamide) yarn",
    "cotton_yarn": "machine-spun cotton or cotton-blend yarn",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "raw_cotton": "seed cotton or ginned raw cotton",
    "hemp_fibre": "raw or degummed hemp bast fibre",
    "hemp_yarn": "hemp yarn",
    "offcuts_poly": "pre-consumer polyester / synthetic cutting waste",
    "offcuts_cotton": "pre-consumer cotton cutting waste",
    "used_clothing": "post-consumer used clothing, mixed",
    "used_sportswear": "post-consumer used sports shirts and kits",
    "recycled_cotton_fibre": "mechanically recycled cotton fibre",
    # midstream: cloth
    "wicking_fabric": "moisture-wicking, quick-dry polyester knit fabric",
    "stretch_fabric": "compression / four-way stretch spandex-blend fabric",
    "mesh_fabric": "sports mesh fabric",
    "rpet_fabric": "recycled polyester knit fabric",
    "cotton_knit_fabric": "cotton or cotton-rich knit fabric (jersey, pique)",
    "greige_knit": "undyed greige knit fabric",
    "hemp_fabric": "hemp cloth",
    "indigo_cotton_fabric": "cotton cloth dyed with indigo",
    # midstream: services on the customer's goods
    "knitting_service": "commission knitting of the customer's yarn",
    "dyeing_service": "commission dyeing of the customer's fabric or yarn",
    "natural_dyeing_service": "commission dyeing with natural dyes (indigo, bark)",
    "sublimation_service": "sublimation printing on the customer's fabric or panels",
    "screen_print_service": "screen printing on the customer's garments",
    "embroidery_service": "embroidery on the customer's garments",
    "finishing_service": "functional finishing of the customer's fabric",
    "sewing_service": "cut-make-trim sewing of the customer's fabric",
    "bonding_service": "seam bonding and laser cutting of the customer's panels",
    "upcycling_service": "making the customer's used garments into new products",
    # midstream: components and supplies
    "bonding_tape": "hot-melt seam bonding tape",
    "elastic_tape": "elastic tape and waistband elastic",
    "reflective_tape": "reflective tape and trims",
    "sublimation_supplies": "sublimation transfer paper and ink",
    "garment_labels": "neck, size and care labels",
    # downstream: finished goods
    "team_jersey": "team jerseys and match kits",
    "running_shirt": "running shirts, singlets and event tees",
    "compression_wear": "compression tights, tops and sleeves",
    "yoga_wear": "women's yoga and fitness wear, sports bras",
    "school_pe_uniform": "school PE uniforms",
    "sports_socks": "sports socks",
    "medical_stockings": "medical compression stockings",
    "sports_towel": "sports, cooling and gym towels",
    "sports_cap": "sports caps and visors",
    "upcycled_bag": "bags made from used garments",
    "elderly_clothing": "adaptive, easy-on clothing for older people",
    "senior_exercise_wear": "exercise wear designed for older people",
    "support_brace": "knee, ankle and joint supports",
    "hemp_apparel": "hemp clothing",
    "handwoven_bag": "bags of handwoven cloth",
    "sports_hijab": "sports hijabs",
    "senior_cushion": "cushions and pillows for older people",
}

# ------------------------------------------------------------------ data model

SP = SubCluster.SPORTECH
CT = SubCluster.CIRCULAR_TEXTILE
HN = SubCluster.HEMP_NATURAL_FIBRE
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    note: str = ""  # set only for a need that no one in the set meets

    @property
    def met(self) -> bool:
        return not self.note


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the offers with any of `labels` meet (from suppliers holding every `req`)."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` name what it asks for when someone offers it unqualified."""
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        f"baw-{num:03d}",
        language,
        name,
        sub_cluster,
        stage,
        province,
        email,
        tuple(offers or ()),
        tuple(needs or ()),
        certs,
        bcg,
    )


OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"

# ------------------------------------------------------------------ profiles, part 1: 001-024

PART_1 = [
    sme(
        1,
        "th",
        "บริษัท ไทยรีเพ็ท ไฟเบอร์ จำกัด",
        CT,
        UP,
        "Samut Sakhon",
        "purchase@thairepet.co.th",
        offers=[
            ("เส้นใยสั้นโพลีเอสเตอร์รีไซเคิล 1.4 ดีเนียร์ ตัด 38 มม.", "rpet_fibre"),
            ("PET flake ล้างร้อน เกรดใส ส่วนเกินจากไลน์ผลิต", "pet_flake"),
        ],
        needs=[need("ขวดน้ำดื่มใช้แล้ว รับซื้อเป็นตัน ส่งถึงโรงงาน", "pet_bottles")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        2,
        "en",
        "Siam Loop Yarns Co., Ltd.",
        CT,
        UP,
        "Rayong",
        "sourcing@siamloopyarns.com",
        offers=[
            ("rPET DTY 150D/48F, dope-dyed black on request", "rpet_yarn"),
            ("recycled FDY 75D/36F semi-dull", "rpet_yarn"),
        ],
        needs=[
            need("hot-washed bottle flake, clear grade", "pet_flake"),
            need("a mill to knit our yarn into trial rolls", "knitting_service"),
        ],
        certs=("GRS", "RCS"),
        bcg=("circular",),
    ),
    sme(
        3,
        "th",
        "วิสาหกิจชุมชนธนาคารขยะบ้านหนองแวง",
        CT,
        UP,
        "Khon Kaen",
        "nongwaeng.bank@gmail.com",
        offers=[
            ("ขวดเพ็ทใส คัดสีแล้ว ก้อนละ 50 โล", "pet_bottles"),
            ("เสื้อผ้ามือสอง คละไซส์ ขายยกกระสอบ", "used_clothing"),
        ],
        needs=[unmet("เครื่องอัดก้อนมือสอง สภาพดี", "a baling machine; no one in the set sells machinery")],
        bcg=("circular",),
    ),
    sme(
        4,
        "en",
        "Andaman Shore Cleanup Network",
        CT,
        UP,
        "Phuket",
        "hello@andamanshore.org",
        offers=[("ocean-bound PET bottles from Phuket beaches, baled", "pet_bottles")],
        needs=[
            need("tote bags made from old shirts for our volunteers", "upcycled_bag"),
            unmet("jumbo bags (FIBC) to store what we collect", "bulk FIBC bags; no one in the set makes them"),
        ],
        bcg=("circular",),
    ),
    sme(
        5,
        "th",
        "หจก. สยามโพลีเส้นด้าย",
        SP,
        UP,
        "Samut Prakan",
        "sales@siampolyyarn.co.th",
        offers=[
            ("ด้ายโพลีเอสเตอร์ DTY 75D/36F สำหรับถักผ้ากีฬา", "poly_yarn"),
            ("ด้ายสแปนเด็กซ์เปลือย 40 ดีเนียร์ กล่องละ 20 กก.", "spandex_yarn"),
        ],
        needs=[unmet("เม็ดพลาสติกเพ็ท เกรดปั่นเส้นใย", "virgin PET chips; no one in the set offers resin")],
        certs=(OEKO,),
    ),
    sme(
        6,
        "en",
        "Eastern Elastane Industries",
        SP,
        UP,
        "Chonburi",
        "export@easternelastane.com",
        offers=[
            ("bare elastane 20-70 denier, a Lycra alternative", "spandex_yarn"),
            ("air-covered elastane with nylon wrap, for hosiery", "covered_spandex_yarn"),
            ("nylon 6 textured yarn 70D/24F", "nylon_yarn"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        7,
        "th",
        "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์บ้านนาด้วง",
        HN,
        UP,
        "Loei",
        "naduangcotton@gmail.com",
        offers=[
            ("ปุยฝ้ายเก็บมือ ปลูกแบบอินทรีย์ กิโลละ 80 บาท", "raw_cotton"),
            ("ด้ายฝ้ายเข็นมือ สีตุ่นธรรมชาติ", "handspun_cotton_yarn"),
        ],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        8,
        "en",
        "Lanna Hemp Works",
        HN,
        UP,
        "Chiang Mai",
        "info@lannahempworks.com",
        offers=[
            ("degummed hemp bast, long line, from Hmong growers", "hemp_fibre"),
            ("hand-spun hemp yarn Nm 14", "hemp_yarn"),
        ],
        needs=[need("someone to indigo-dip our skeins, plant dyes only", "natural_dyeing_service")],
        bcg=("bio",),
    ),
    sme(
        9,
        "th",
        "วิสาหกิจชุมชนผ้าใยกัญชงม้งเขาค้อ",
        HN,
        MID,
        "Phetchabun",
        "khaokhohemp@gmail.com",
        offers=[
            ("ผ้าใยกัญชงทอกี่เอว หน้ากว้าง 40 ซม. ม้วนละ 10 เมตร", "hemp_fabric"),
            ("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"),
        ],
        needs=[need("อยากหาคนรับย้อมผ้ากัญชงด้วยครามหรือเปลือกไม้ ไม่เอาสีเคมี", "natural_dyeing_service")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        10,
        "th",
        "บริษัท มหาชัย ไฟเบอร์ รีคัฟเวอรี่ จำกัด",
        CT,
        UP,
        "Samut Sakhon",
        "buy@mahachaifibre.com",
        offers=[("ใยฝ้ายรีไซเคิลจากเศษผ้าห้องตัด สำหรับปั่นด้าย OE", "recycled_cotton_fibre")],
        needs=[need("เศษผ้าคอตตอนจากโรงงาน สีขาวและสีอ่อน เดือนละ 5 ตัน", "offcuts_cotton")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        11,
        "th",
        "โรงงานถักผ้า มหาชัยนิตติ้ง",
        SP,
        MID,
        "Samut Sakhon",
        "order@mahachaiknit.co.th",
        offers=[
            ("ผ้าไมโครแห้งไว 140 แกรม หน้ากว้าง 180", "wicking_fabric"),
            ("ผ้าตาข่ายตานก ทำเสื้อบอล", "mesh_fabric"),
            ("รับถักผ้าจากด้ายของลูกค้า เครื่องวงกลม", "knitting_service"),
        ],
        needs=[need("ด้าย rPET 100D/96F เดือนละ 10 ตัน", "rpet_yarn")],
        certs=(OEKO,),
    ),
    sme(
        12,
        "en",
        "Pacific Activewear Fabrics Co.",
        SP,
        MID,
        "Samut Prakan",
        "fabrics@pacificactive.co.th",
        offers=[
            ("4-way stretch poly/spandex 220 gsm, squat-proof", "stretch_fabric"),
            ("quick-dry interlock 160 gsm with wicking finish", "wicking_fabric"),
        ],
        needs=[
            need("PA6 DTY for warp knitting", "nylon_yarn"),
        ],
        certs=("bluesign", OEKO, "ISO 14001"),
        bcg=("green",),
    ),
    sme(
        13,
        "th",
        "หจก. นครปฐมย้อมผ้า",
        SP,
        MID,
        "Nakhon Pathom",
        "nptdyeing@hotmail.com",
        offers=[
            ("รับย้อมผ้าถักของลูกค้า ทั้งโพลีและคอตตอน ขั้นต่ำ 300 กก. ต่อสี", "dyeing_service"),
            ("รับเคลือบกันแบคทีเรีย กันยูวี ผ้าที่ลูกค้าส่งมา", "finishing_service"),
        ],
        needs=[unmet("สีดิสเพิร์สสำหรับย้อมโพลีเอสเตอร์", "disperse dyestuff; no chemical supplier in the set")],
    ),
    sme(
        14,
        "en",
        "Salaya Dye-Sub Studio",
        SP,
        MID,
        "Nakhon Pathom",
        "print@salayadyesub.com",
        offers=[("dye-sub printing on customer polyester, roll-to-roll or cut panels", "sublimation_service")],
        needs=[
            need("sub paper and dye ink, 1.6 m jumbo rolls", "sublimation_supplies"),
            need("optic white poly knit, 150 gsm, print-ready; recycled is fine", "wicking_fabric", "rpet_fabric"),
        ],
    ),
    sme(
        15,
        "th",
        "ร้านพิมพ์ซับ ล้านนาสปอร์ต",
        SP,
        MID,
        "Chiang Mai",
        "lannasport.print@gmail.com",
        offers=[
            ("รับพิมพ์ลายซับลิเมชั่นลงผ้าหรือเสื้อที่ลูกค้าส่งมา", "sublimation_service"),
            ("ชุดทีมฟุตบอลพิมพ์ลายทั้งตัว สั่งทำตามแบบ ขั้นต่ำ 12 ตัว", "team_jersey"),
        ],
        needs=[
            need("กระดาษซับ กับหมึกซับ", "sublimation_supplies"),
            need("โรงงานรับจ้างผลิต CMT ผ้าเรามีแล้ว พิมพ์เสร็จ", "sewing_service"),
        ],
    ),
    sme(
        16,
        "en",
        "ThaiSub Supplies",
        SP,
        MID,
        "Bangkok",
        "shop@thaisubsupplies.com",
        offers=[
            ("sublimation transfer paper 90-120 gsm, 44 to 64 inch", "sublimation_supplies"),
            ("dye-sub ink for Epson i3200 heads, 1 L bottles", "sublimation_supplies"),
        ],
    ),
    sme(
        17,
        "th",
        "บริษัท โปรสปอร์ต การ์เมนท์ จำกัด",
        SP,
        MID,
        "Samut Prakan",
        "prosport.garment@gmail.com",
        offers=[
            ("รับตัดเย็บชุดกีฬา ลูกค้าส่งผ้ามา ตัด เย็บ แพ็ค", "sewing_service"),
            ("เศษผ้าไมโครโพลีจากห้องตัด เดือนละ 2 ตัน", "offcuts_poly"),
        ],
        needs=[
            need("ยางยืดขอบเอว 1 นิ้ว ม้วนละ 100 หลา", "elastic_tape"),
            need("ฉลากคอเสื้อแบบรีดติด", "garment_labels"),
        ],
    ),
    sme(
        18,
        "en",
        "Isan Indigo House",
        HN,
        MID,
        "Sakon Nakhon",
        "studio@isanindigo.com",
        offers=[
            ("natural indigo vat dyeing of your cotton, hemp or silk, per batch", "natural_dyeing_service"),
            ("handloom cotton, indigo-dyed, by the metre", "indigo_cotton_fabric"),
        ],
        needs=[need("undyed handspun cotton thread for weaving", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        19,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านพังโคน",
        HN,
        DOWN,
        "Sakon Nakhon",
        "phangkhonindigo@gmail.com",
        offers=[
            ("กระเป๋าสะพายทอมือ สีครามธรรมชาติ", "handwoven_bag"),
            ("ผ้าฝ้ายครามทอมือ ผืนละ 2 เมตร", "indigo_cotton_fabric"),
        ],
        needs=[need("เส้นฝ้ายไว้ขึ้นกี่ทอผ้า ยังไม่ฟอกขาว", "cotton_yarn", "handspun_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        20,
        "en",
        "Khon Kaen Runners Club",
        SP,
        DOWN,
        "Khon Kaen",
        "committee@kkrunners.org",
        needs=[
            need("club singlets, quick-dry, 200 pcs with sponsor logos", "running_shirt"),
            unmet("merino wool arm warmers for the cool season", "wool goods; no one in the set offers wool"),
        ],
    ),
    sme(
        21,
        "th",
        "สมาคมกีฬาฟุตบอลจังหวัดบุรีรัมย์",
        SP,
        DOWN,
        "Buriram",
        "buriramfa@gmail.com",
        needs=[
            need("ชุดแข่งให้เด็กน้อย 15 ทีม ทีมละ 20 ชุด", "team_jersey"),
            need("ถุงเท้าบอลยาว กันลื่น", "sports_socks"),
        ],
    ),
    sme(
        22,
        "en",
        "Doi Suthep Trail Run Organiser",
        SP,
        DOWN,
        "Chiang Mai",
        "race@doisutheptrail.com",
        needs=[
            need("finisher tees 3,000 pcs, ready before 15 Nov", "running_shirt"),
            unmet("race bibs printed on Tyvek", "race bibs; no one in the set prints them"),
            need("cooling towels for the finish line", "sports_towel"),
        ],
    ),
    sme(
        23,
        "th",
        "โรงเรียนกีฬาจังหวัดนครราชสีมา",
        SP,
        DOWN,
        "Nakhon Ratchasima",
        "sportschool.korat@gmail.com",
        needs=[need("ชุดพละนักเรียน 1,200 ชุด ผ้าต้องผ่านมาตรฐาน OEKO-TEX", "school_pe_uniform", req=(OEKO,))],
    ),
    sme(
        24,
        "en",
        "Velocity Athletics Co., Ltd.",
        SP,
        DOWN,
        "Bangkok",
        "sourcing@velocityathletics.co.th",
        offers=[("Velocity compression tights and long-sleeve base layers", "compression_wear")],
        needs=[
            need("lycra knit for tights, high compression", "stretch_fabric"),
            need("CMT partner with ISO 9001, 5,000 pcs a month, we supply fabric", "sewing_service", req=("ISO 9001",)),
            need("Anyone doing bonded hems and laser-cut edges?", "bonding_service"),
        ],
        certs=("ISO 9001",),
    ),
]

# ------------------------------------------------------------------ profiles, part 2: 025-048

PART_2 = [
    sme(
        25,
        "th",
        "บริษัท บอนด์เทค ไทย จำกัด",
        SP,
        MID,
        "Pathum Thani",
        "bondtech.th@gmail.com",
        offers=[
            ("เทปกาวร้อนติดตะเข็บ ไม่ต้องเย็บ", "bonding_tape"),
            ("รับบอนด์ตะเข็บ เลเซอร์ตัดขอบ ชิ้นงานของลูกค้า", "bonding_service"),
        ],
    ),
    sme(
        26,
        "th",
        "ร้านอุปกรณ์ตัดเย็บ ไบรท์ไลน์",
        SP,
        MID,
        "Bangkok",
        "brightline.trims@gmail.com",
        offers=[
            ("เทปสะท้อนแสงแบบรีดติด กว้าง 2 ซม.", "reflective_tape"),
            ("อีลาสติกถักเนื้อนุ่ม กว้าง 1 นิ้วครึ่ง", "elastic_tape"),
        ],
    ),
    sme(
        27,
        "th",
        "ร้านป้ายคอ มหาชัยเลเบิ้ล",
        SP,
        MID,
        "Samut Sakhon",
        "mahachailabel@gmail.com",
        offers=[("ป้ายคอพิมพ์ทรานสเฟอร์ ป้ายไซส์ ป้ายวิธีซัก", "garment_labels")],
    ),
    sme(
        28,
        "en",
        "Pattaya Beach Volleyball Association",
        SP,
        DOWN,
        "Chonburi",
        "pbva.secretary@gmail.com",
        needs=[
            need("beach volleyball uniforms for 24 players, full-print", "team_jersey"),
            need("peaked headwear with club logo for players", "sports_cap"),
        ],
    ),
    sme(
        29,
        "th",
        "ชมรมวิ่งหาดใหญ่",
        SP,
        DOWN,
        "Songkhla",
        "hatyairunning@gmail.com",
        needs=[need("อยากได้เสื้อวิ่งผ้าเบา ใส่สบาย 500 ตัว สกรีนชื่อชมรม", "running_shirt")],
    ),
    sme(
        30,
        "en",
        "Bangplee Knit & Dye",
        SP,
        MID,
        "Samut Prakan",
        "ops@bangpleeknit.com",
        offers=[
            ("commission dyeing of knit fabric, jet and overflow", "dyeing_service"),
            ("greige jersey straight off the circular machines", "greige_knit"),
        ],
        needs=[need("virgin polyester DTY 150D/144F, no recycled content", "poly_yarn")],
        certs=(OEKO, "ISO 9001"),
    ),
    sme(
        31,
        "th",
        "บริษัท สยามผ้ากีฬา จำกัด",
        SP,
        MID,
        "Bangkok",
        "siamsportfabric@gmail.com",
        offers=[
            ("ผ้ายืด 4 ทาง โพลีสแปน หน้ากว้าง 150", "stretch_fabric"),
            ("ผ้ามันเงาสำหรับชุดว่ายน้ำ ชุดปั่นจักรยาน", "stretch_fabric"),
        ],
        needs=[
            unmet(
                "ด้ายไนลอน 6 ผู้ผลิตต้องได้ bluesign",
                "nylon yarn is offered, but no nylon spinner in the set holds bluesign",
                "nylon_yarn",
                req=("bluesign",),
            ),
        ],
    ),
    sme(
        32,
        "en",
        "Green Loop Textiles",
        CT,
        MID,
        "Chonburi",
        "sales@greenlooptextiles.com",
        offers=[
            ("GRS recycled polyester jersey 140 gsm from bottles", "rpet_fabric"),
            ("recycled interlock, melange grey", "rpet_fabric"),
        ],
        needs=[need("recycled poly yarn with GRS transaction certificate", "rpet_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        33,
        "th",
        "หจก. รีเท็กซ์ ผ้ารีไซเคิล",
        CT,
        MID,
        "Nonthaburi",
        "retex.th@gmail.com",
        offers=[("ผ้ายืดรีไซเคิลจากขวดพลาสติก ขั้นต่ำ 200 หลา", "rpet_fabric")],
        needs=[need("ด้ายโพลีจากขยะพลาสติก ไม่ต้องมีใบ GRS ก็ได้", "rpet_yarn", waive=("GRS",))],
        bcg=("circular",),
    ),
    sme(
        34,
        "th",
        "บริษัท เวสต์ไทย รีไซเคิล ยาร์น จำกัด",
        CT,
        UP,
        "Ratchaburi",
        "westthai.ryarn@gmail.com",
        offers=[("ด้ายรีไซเคิลจากขวดน้ำ 150D สีขาว", "rpet_yarn")],
        needs=[need("เกล็ดขวดเพ็ทบด ล้างสะอาด", "pet_flake")],
        bcg=("circular",),
    ),
    sme(
        35,
        "en",
        "Urban Flow Yoga Studio",
        SP,
        DOWN,
        "Bangkok",
        "studio@urbanflowyoga.com",
        needs=[
            need("sports bras and high-waist pants for the studio shop", "yoga_wear"),
            need("towels for hot yoga classes, quick-drying", "sports_towel"),
        ],
    ),
    sme(
        36,
        "th",
        "แบรนด์ ดอยฟิต แอคทีฟแวร์",
        SP,
        DOWN,
        "Chiang Mai",
        "doifit.activewear@gmail.com",
        offers=[("สปอร์ตบรา เลกกิ้งโยคะ ผ้านุ่มยืดสี่ทาง", "yoga_wear")],
        needs=[
            need("ผ้าไลคร่าทำเลกกิ้ง สีดำ สีกรม", "stretch_fabric"),
            need("ใครรับเย็บงานผ้ายืดบ้างคะ แบบละ 50 ตัว", "sewing_service"),
        ],
        certs=(OEKO,),
    ),
    sme(
        37,
        "en",
        "Phuket Island Marathon",
        SP,
        DOWN,
        "Phuket",
        "ops@phuketislandmarathon.com",
        needs=[
            need("event shirts for 8,000 runners, XS to 3XL", "running_shirt"),
            unmet("medals and ribbons", "medals; no one in the set makes them"),
        ],
    ),
    sme(
        38,
        "th",
        "ร้านขายส่งชุดกีฬา ขอนแก่นสปอร์ต",
        SP,
        DOWN,
        "Khon Kaen",
        "kksport.shop@gmail.com",
        offers=[("ชุดพละโรงเรียน ขายปลีก ขายส่ง", "school_pe_uniform")],
        needs=[
            need("เสื้อบอลสั่งทำให้ทีมลูกค้า ราคาส่ง", "team_jersey"),
            need("ถุงเท้ากีฬา แพ็คโหล", "sports_socks"),
        ],
    ),
    sme(
        39,
        "en",
        "Eastern Sports Garment Co.",
        SP,
        MID,
        "Chachoengsao",
        "merch@easternsportsgarment.com",
        offers=[
            ("full-package football kits, sublimated, from 20 sets", "team_jersey"),
            ("cut-make-trim for sportswear labels", "sewing_service"),
        ],
        needs=[
            need("sub printing capacity for overflow, on our cut panels", "sublimation_service"),
            need("bird-eye 130 gsm for jersey side panels", "mesh_fabric"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        40,
        "th",
        "โรงพยาบาลบางนาเวชการ",
        AC,
        DOWN,
        "Bangkok",
        "purchasing@bangnavej.co.th",
        needs=[need("ถุงน่องลดเส้นเลือดขอด ผู้ผลิตต้องมี ISO 13485", "medical_stockings", req=("ISO 13485",))],
    ),
    sme(
        41,
        "en",
        "MedKnit Thailand",
        AC,
        MID,
        "Pathum Thani",
        "info@medknit-th.com",
        offers=[("graduated compression stockings class 1-2, knee and thigh length", "medical_stockings")],
        needs=[
            need(
                "nylon-wrapped spandex for stockings, maker must be ISO 9001",
                "covered_spandex_yarn",
                req=("ISO 9001",),
            )
        ],
        certs=("ISO 13485", "ISO 9001"),
    ),
    sme(
        42,
        "th",
        "หจก. ถุงน่องสุขภาพ แสงทอง",
        AC,
        DOWN,
        "Kanchanaburi",
        "saengthong.socks@gmail.com",
        offers=[
            ("ถุงเท้ายาวบีบรัด ลดขาบวม สำหรับผู้สูงอายุ", "medical_stockings"),
            ("ที่รัดเข่า ที่รัดข้อ ผ้ายืด", "support_brace"),
        ],
        needs=[need("ด้ายยางยืดหุ้มไนลอน", "covered_spandex_yarn")],
    ),
    sme(
        43,
        "en",
        "Golden Years Care Home",
        AC,
        DOWN,
        "Nonthaburi",
        "admin@goldenyearscare.com",
        needs=[
            need("easy-on clothes for residents, Velcro openings", "elderly_clothing"),
            need("gentle outfits for the residents' morning chair workout", "senior_exercise_wear"),
            need("support stockings for residents with swollen legs", "medical_stockings"),
        ],
    ),
    sme(
        44,
        "th",
        "วิสาหกิจชุมชนเสื้อผ้าผู้สูงวัยบ้านโนนทัน",
        AI,
        DOWN,
        "Khon Kaen",
        "nonthan.elder@gmail.com",
        offers=[("เสื้อผ้าฝ้ายสำหรับวัยเก๋า ติดตีนตุ๊กแกแทนกระดุม", "elderly_clothing")],
        needs=[need("ผ้ายืดคอตตอน 100% เนื้อนุ่ม", "cotton_knit_fabric")],
    ),
    sme(
        45,
        "en",
        "Udon Cotton Knits",
        AI,
        MID,
        "Udon Thani",
        "sales@udoncottonknits.com",
        offers=[
            ("cotton single jersey 30s, 180 gsm", "cotton_knit_fabric"),
            ("CVC pique for polo shirts", "cotton_knit_fabric"),
        ],
        needs=[need("combed cotton yarn 30/1", "cotton_yarn")],
    ),
    sme(
        46,
        "th",
        "บริษัท โคราชสปินนิ่ง จำกัด",
        AI,
        UP,
        "Nakhon Ratchasima",
        "koratspinning@gmail.com",
        offers=[("ด้ายฝ้ายหวี 30/1 และด้ายทีซี", "cotton_yarn")],
        needs=[
            need("ฝ้ายดอกทั้งเมล็ด ปลูกในไทย", "raw_cotton"),
            need("เส้นใยคอตตอนที่ตีจากเศษผ้า ใช้ผสมปั่น", "recycled_cotton_fibre"),
        ],
    ),
    sme(
        47,
        "en",
        "Kin Hemp Apparel",
        HN,
        DOWN,
        "Bangkok",
        "hello@kinhemp.co",
        offers=[("hemp-cotton tees and drawstring pants", "hemp_apparel")],
        needs=[
            need("hemp cloth, loom-state or washed", "hemp_fabric"),
            unmet(
                "GOTS-certified organic cotton jersey",
                "cotton jersey is offered, but no one in the set holds GOTS",
                "cotton_knit_fabric",
                req=("GOTS",),
            ),
        ],
        bcg=("bio",),
    ),
    sme(
        48,
        "th",
        "ร้านผ้าพื้นเมือง กาดหลวงคราฟต์",
        HN,
        DOWN,
        "Chiang Mai",
        "kadluangcraft@gmail.com",
        needs=[
            need("ย่ามผ้าฝ้ายย้อมคราม สินค้า OTOP", "handwoven_bag", req=("OTOP",)),
            need("เสื้อผ้ากัญชงสำเร็จรูป", "hemp_apparel"),
        ],
    ),
]

# ------------------------------------------------------------------ profiles, part 3: 049-072

PART_3 = [
    sme(
        49,
        "en",
        "ReJersey Studio",
        CT,
        DOWN,
        "Bangkok",
        "hi@rejersey.studio",
        offers=[
            ("totes and drawstring bags sewn from old football shirts", "upcycled_bag"),
            ("upcycling of your club's retired kits into bags or cushions", "upcycling_service"),
        ],
        needs=[need("old footy shirts in bulk, any club", "used_sportswear")],
        bcg=("circular",),
    ),
    sme(
        50,
        "th",
        "บริษัท สยามรีวัสตร์ คัดแยกผ้า จำกัด",
        CT,
        UP,
        "Pathum Thani",
        "siamrewat@gmail.com",
        offers=[
            ("เสื้อกีฬาเก่าเนื้อโพลี คัดแยกแล้ว ขายเป็นตัน", "used_sportswear"),
            ("เสื้อผ้าใช้แล้วคละชนิด มัดก้อน", "used_clothing"),
        ],
        needs=[need("รับซื้อเสื้อผ้าเก่าทุกชนิด ไปรับถึงที่", "used_clothing", "used_sportswear")],
        bcg=("circular",),
    ),
    sme(
        51,
        "en",
        "Thunder Castle FC Academy",
        SP,
        DOWN,
        "Buriram",
        "academy@thundercastlefc.com",
        offers=[("retired training kits, about 400 a season, free to recyclers", "used_sportswear")],
        needs=[
            need("match kits for U12-U18 squads with names and numbers", "team_jersey"),
            need("Can someone turn our old shirts into tote bags for fans?", "upcycling_service"),
        ],
    ),
    sme(
        52,
        "th",
        "ร้านเสื้อบอล เอ็มสปอร์ต ออนไลน์",
        SP,
        DOWN,
        "Bangkok",
        "msport.jersey@gmail.com",
        needs=[
            unmet(
                "เสื้อบอลลิขสิทธิ์แท้ ทีมพรีเมียร์ลีก",
                "licensed club replica shirts; no one in the set holds a club licence, custom kits are not replicas",
            ),
            need("หาร้านรับทำซับ งานด่วน ผ้าเรามีเอง", "sublimation_service"),
        ],
    ),
    sme(
        53,
        "en",
        "Ratchaburi Screen Works",
        SP,
        MID,
        "Ratchaburi",
        "jobs@ratchaburiscreen.com",
        offers=[
            ("plastisol and water-based screen printing on your shirts", "screen_print_service"),
            ("logo embroidery on caps and polos", "embroidery_service"),
        ],
    ),
    sme(
        54,
        "th",
        "ร้านสกรีนเสื้อ โคราชสกรีน",
        SP,
        MID,
        "Nakhon Ratchasima",
        "koratscreen@gmail.com",
        offers=[
            ("รับสกรีนเสื้อทีม เสื้องานวิ่ง เสื้อที่ลูกค้าซื้อมาเอง", "screen_print_service"),
            ("รับปักชื่อ ปักตราสัญลักษณ์ ตัวละ 30 บาท", "embroidery_service"),
        ],
        needs=[unmet("หมึกสกรีนพลาสติซอล สีขาวทึบ", "screen ink; no one in the set sells it")],
    ),
    sme(
        55,
        "en",
        "Korat Volleyball Club",
        SP,
        DOWN,
        "Korat",
        "koratvbc@gmail.com",
        needs=[
            need("60 blank tops of ours need numbers screened on the back", "screen_print_service"),
        ],
    ),
    sme(
        56,
        "th",
        "ฝ่ายกีฬา มหาวิทยาลัยรังสิตวิทย์",
        SP,
        DOWN,
        "Pathum Thani",
        "sport@rangsitwit.ac.th",
        needs=[
            unmet("ชุดวอร์มทีม แจ็คเก็ตกันลม", "tracksuits and windbreakers; no one in the set makes them"),
            need("ถุงเท้าตาตุ่มสำหรับนักกีฬา 300 คู่", "sports_socks"),
        ],
    ),
    sme(
        57,
        "th",
        "โรงงานถุงเท้า มหาชัยซ็อกส์",
        SP,
        MID,
        "Samut Sakhon",
        "mahachaisocks@gmail.com",
        offers=[
            ("ถุงเท้าสปอร์ต ข้อสั้น ข้อยาว พื้นหนา ขั้นต่ำ 600 คู่", "sports_socks"),
            ("ถุงเท้ากริปพื้นยางสำหรับนักเตะ", "sports_socks"),
        ],
        needs=[need("เส้นด้ายพอลิเอไมด์ 70D ทำพื้นถุงเท้า", "nylon_yarn")],
        certs=(OEKO,),
    ),
    sme(
        58,
        "th",
        "บริษัท รันนิ่งฮับ อีเวนท์ จำกัด",
        SP,
        DOWN,
        "Bangkok",
        "event@runninghub.co.th",
        needs=[
            need("เสื้องานวิ่ง พร้อมสกรีนโลโก้สปอนเซอร์ 5,000 ตัว", "running_shirt"),
            need("ผ้าเย็นแจกนักวิ่งหลังเข้าเส้นชัย", "sports_towel"),
        ],
    ),
    sme(
        59,
        "en",
        "Sriracha International School",
        SP,
        DOWN,
        "Chonburi",
        "procurement@srirachaschool.ac.th",
        needs=[
            need(
                "PE kit, T-shirt and shorts, 600 sets; TIS not required",
                "school_pe_uniform",
                waive=(TIS,),
            ),
        ],
    ),
    sme(
        60,
        "th",
        "บริษัท นครปฐมยูนิฟอร์ม จำกัด",
        SP,
        MID,
        "Nakhon Pathom",
        "nptuniform@gmail.com",
        offers=[("เครื่องแบบกีฬาโรงเรียน โปโล กางเกงวอร์ม ตามสีสถาบัน", "school_pe_uniform")],
        needs=[
            need("ผ้าคอตตอนผสม ซีวีซี ทำเสื้อโปโล", "cotton_knit_fabric"),
            need("ยางยืดทอ 1.5 นิ้ว", "elastic_tape"),
        ],
        certs=(TIS,),
    ),
    sme(
        61,
        "en",
        "SmartKids Uniform Factory",
        SP,
        DOWN,
        "Samut Prakan",
        "orders@smartkidsuniform.com",
        offers=[("school PE sets, polo and track pants, Oeko-Tex fabric", "school_pe_uniform")],
        needs=[
            need("bluesign poly pique, sweat-managing, school colours", "wicking_fabric", req=("bluesign",)),
            need("we send our own greige to be coloured in school colours", "dyeing_service"),
        ],
        certs=(OEKO,),
    ),
    sme(
        62,
        "th",
        "กลุ่มแม่บ้านรีไซเคิลเสื้อ บ้านสันทราย",
        CT,
        DOWN,
        "Chiang Mai",
        "sansai.upcycle@gmail.com",
        offers=[("กระเป๋าผ้าจากเสื้องานวิ่งเก่า ใบละ 120 บาท", "upcycled_bag")],
        needs=[need("เสื้องานวิ่งใช้แล้ว เสื้อกีฬาเก่า บริจาคหรือขายถูก", "used_sportswear")],
        bcg=("circular",),
    ),
    sme(
        63,
        "en",
        "Silver Active Wear",
        AC,
        DOWN,
        "Nonthaburi",
        "care@silveractive.co.th",
        offers=[("low-impact exercise sets for seniors, wide neck, soft stretch", "senior_exercise_wear")],
        needs=[need("skin-soft stretch jersey with good recovery, OEKO-TEX certified", "stretch_fabric", req=(OEKO,))],
        certs=("ISO 9001",),
    ),
    sme(
        64,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ ร้อยเอ็ดสุขใจ",
        AI,
        DOWN,
        "Roi Et",
        "roiet.sukjai@gmail.com",
        needs=[
            need("ชุดผู้เฒ่าผู้แก่ แบบผ่าหน้า ใส่ง่าย ถอดง่าย", "elderly_clothing"),
            need("ถุงน่องทางการแพทย์ ไม่จำเป็นต้องมี ISO 13485", "medical_stockings", waive=("ISO 13485",)),
        ],
    ),
    sme(
        65,
        "en",
        "Isan Knit Cooperative",
        AI,
        MID,
        "Khon Kaen",
        "isanknit.coop@gmail.com",
        offers=[("we knit rib and jersey from the yarn you bring, small lots", "knitting_service")],
        needs=[need("Is there a dye house that takes 100 kg lots of our cotton knit?", "dyeing_service")],
    ),
    sme(
        66,
        "th",
        "วิสาหกิจชุมชนย้อมสีธรรมชาติบ้านน้ำเกี๋ยน",
        HN,
        MID,
        "Nan",
        "namkian.dye@gmail.com",
        offers=[("รับย้อมฮ่อม ย้อมเปลือกไม้ ผ้าหรือเส้นด้ายที่ลูกค้าส่งมา", "natural_dyeing_service")],
        needs=[need("ฝ้ายปั่นมือ เส้นใหญ่ๆ", "handspun_cotton_yarn")],
        bcg=("bio",),
    ),
    sme(
        67,
        "en",
        "Mae Sot Hemp Growers",
        HN,
        UP,
        "Tak",
        "maesothemp@gmail.com",
        offers=[("sun-retted hemp stalk fibre, 200 kg lots", "hemp_fibre")],
        needs=[unmet("certified low-THC hemp seed for planting", "planting seed; no seed supplier in the set")],
        bcg=("bio",),
    ),
    sme(
        68,
        "th",
        "กลุ่มปั่นด้ายกัญชงแม่ฟ้าหลวง",
        HN,
        UP,
        "Chiang Rai",
        "maefahluang.hemp@gmail.com",
        offers=[("ด้ายกัญชงปั่นมือ เส้นเล็ก สีธรรมชาติ", "hemp_yarn")],
        needs=[need("ใยกัญชงดิบ ยังไม่ปั่น ขายเป็นกิโล", "hemp_fibre")],
        bcg=("bio",),
    ),
    sme(
        69,
        "en",
        "Northern Loom Hemp Textiles",
        HN,
        MID,
        "Chiang Mai",
        "sales@northernloomhemp.com",
        offers=[
            ("hemp canvas 280 gsm, power loom, 150 cm", "hemp_fabric"),
            ("hemp and organic cotton twill", "hemp_fabric"),
        ],
        needs=[need("hemp thread, ring or hand spun, Nm 10-20", "hemp_yarn")],
    ),
    sme(
        70,
        "th",
        "โรงแรม อันดามันเวลเนส รีสอร์ท",
        SP,
        DOWN,
        "Phuket",
        "purchasing@andamanwellness.co.th",
        needs=[
            need("ผ้าขนหนูไมโครไฟเบอร์ ห้องฟิตเนส 300 ผืน", "sports_towel"),
            unmet(
                "ชุดโยคะผ้าฝ้ายอินทรีย์ ต้องมี GOTS",
                "yoga wear is offered, but no one in the set holds GOTS",
                "yoga_wear",
                req=("GOTS",),
            ),
        ],
    ),
    sme(
        71,
        "en",
        "CoolTouch Towels",
        SP,
        MID,
        "Phetchaburi",
        "sales@cooltouchtowels.com",
        offers=[("PVA chilly wraps and microfibre sweat cloths, custom print", "sports_towel")],
    ),
    sme(
        72,
        "th",
        "วิสาหกิจชุมชนฮิญาบกีฬายะลา",
        SP,
        DOWN,
        "Yala",
        "yala.sporthijab@gmail.com",
        offers=[("ฮิญาบใส่เล่นกีฬา ผ้าแห้งไว ระบายอากาศ", "sports_hijab")],
        needs=[need("ผ้าสแปนเด็กซ์เนื้อบาง สีพื้น", "stretch_fabric")],
        certs=("Halal",),
    ),
]

# ------------------------------------------------------------------ profiles, part 4: 073-095

PART_4 = [
    sme(
        73,
        "en",
        "Pattani Women's Football League",
        SP,
        DOWN,
        "Pattani",
        "pwfl.pattani@gmail.com",
        needs=[
            need("sports hijabs for 150 players, halal-certified", "sports_hijab", req=("Halal",)),
            unmet("full-length modest swimsuits", "swimwear; no one in the set makes it"),
        ],
    ),
    sme(
        74,
        "th",
        "บริษัท วอริเออร์ สปอร์ต จำกัด",
        SP,
        DOWN,
        "Bangkok",
        "warrior.sport@gmail.com",
        offers=[
            ("ลองจอห์น กางเกงบีบกล้ามเนื้อ เสื้อแขนยาวคอมเพรสชั่น", "compression_wear"),
            ("สปอร์ตบราซัพพอร์ตสูง สำหรับวิ่ง", "yoga_wear"),
        ],
        needs=[
            need("ฟิล์มกาวเชื่อมชายเสื้อแบบไร้รอยเย็บ", "bonding_tape"),
            need("ริบบิ้นรีเฟล็กทีฟ ติดขากางเกง", "reflective_tape"),
        ],
    ),
    sme(
        75,
        "en",
        "Rayong Performance Knits",
        SP,
        MID,
        "Rayong",
        "rpk@rayongknits.com",
        offers=[
            ("sports mesh and 3D spacer", "mesh_fabric"),
            ("wicking jacquard knit for jersey bodies", "wicking_fabric"),
        ],
        needs=[
            need(
                "polyester filament 75D and 150D from an OEKO-TEX certified spinner",
                "poly_yarn",
                "rpet_yarn",
                req=(OEKO,),
            ),
            need("antimicrobial treatment for our knits, priced per kg", "finishing_service"),
        ],
        certs=(OEKO,),
    ),
    sme(
        76,
        "th",
        "ทีมฟุตซอลลำปาง ยูไนเต็ด",
        SP,
        DOWN,
        "Lampang",
        "lampangfutsal@gmail.com",
        needs=[
            need("ชุดฟุตซอล 3 ชุด เหย้า เยือน ผู้รักษาประตู", "team_jersey"),
            need("มีใครรับปักโลโก้สโมสรลงเสื้อบ้างไหม", "embroidery_service"),
        ],
    ),
    sme(
        77,
        "en",
        "Offcut Exchange Co.",
        CT,
        UP,
        "Samut Sakhon",
        "trade@offcutexchange.com",
        offers=[
            ("sorted polyester sportswear offcuts, by colour", "offcuts_poly"),
            ("cotton jersey clippings, baled, 300 kg up", "offcuts_cotton"),
        ],
        bcg=("circular",),
    ),
    sme(
        78,
        "th",
        "บริษัท รีไฟเบอร์ ไทย จำกัด",
        CT,
        UP,
        "Samut Sakhon",
        "refiber.thai@gmail.com",
        offers=[("ใยโพลีรีไซเคิลจากเศษผ้า ใช้ยัดหมอน ยัดตุ๊กตา", "rpet_fibre")],
        needs=[need("ผ้าเหลือทิ้งจากสายการผลิตชุดกีฬา ชนิดโพลีเอสเตอร์", "offcuts_poly")],
        bcg=("circular",),
    ),
    sme(
        79,
        "en",
        "Comfort Cushion Co.",
        AC,
        DOWN,
        "Bangkok",
        "info@comfortcushion.co.th",
        offers=[("neck and back cushions for seniors, washable covers", "senior_cushion")],
        needs=[
            need(
                "recycled polyester fill for cushions, GRS certificate nice to have",
                "rpet_fibre",
                waive=("GRS",),
            ),
        ],
    ),
    sme(
        80,
        "th",
        "ร้านของฝากอุบล ผ้าพื้นเมือง",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.souvenir@gmail.com",
        needs=[
            need("ผ้าสีน้ำเงินย้อมธรรมชาติ ขายเป็นเมตร สำหรับตัดเสื้อ", "indigo_cotton_fabric"),
            need("ย่ามหรือกระเป๋าผ้าพื้นเมือง ไว้ขายนักท่องเที่ยว", "handwoven_bag"),
        ],
    ),
    sme(
        81,
        "en",
        "Mekong Weave Bags",
        HN,
        DOWN,
        "Nakhon Phanom",
        "shop@mekongweave.com",
        offers=[("indigo handloom cotton sling bags and pouches", "handwoven_bag")],
        needs=[need("natural-indigo cotton yardage for bag panels", "indigo_cotton_fabric")],
    ),
    sme(
        82,
        "th",
        "ร้านอุดรสปอร์ต ขายส่งอุปกรณ์กีฬา",
        SP,
        DOWN,
        "Udon Thani",
        "udonsport.ws@gmail.com",
        offers=[("สนับเข่า ที่รัดข้อเท้า ขายส่ง", "support_brace")],
        needs=[need("หมวกกีฬาปักโลโก้ร้าน 200 ใบ", "sports_cap")],
    ),
    sme(
        83,
        "en",
        "Cap City Headwear",
        SP,
        MID,
        "Bangkok",
        "sales@capcityheadwear.com",
        offers=[("running caps and visors, quick-dry, laser-perforated", "sports_cap")],
        needs=[need("thin mesh for cap panels", "mesh_fabric")],
    ),
    sme(
        84,
        "th",
        "ชมรมไตรกีฬา นครศรีฯ",
        SP,
        DOWN,
        "Nakhon Si Thammarat",
        "nakhontri@gmail.com",
        needs=[
            need("ชุดไตรกีฬาแบบวันพีซ รัดกล้ามเนื้อ", "compression_wear"),
            unmet("หมวกว่ายน้ำซิลิโคน", "swim caps; no one in the set makes them"),
        ],
    ),
    sme(
        85,
        "en",
        "Tidal Threads",
        CT,
        DOWN,
        "Bangkok",
        "studio@tidalthreads.co",
        offers=[("recycled-poly yoga leggings and crop tops", "yoga_wear")],
        needs=[
            need("GRS-certified rPET knit cloth, 150-180 gsm", "rpet_fabric", req=("GRS",)),
            need("sewing house for small runs, 300 pcs per style", "sewing_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        86,
        "th",
        "ชมรมจัดงานวิ่ง เชียงรายมาราธอน",
        SP,
        DOWN,
        "Chiang Rai",
        "chiangraimarathon@gmail.com",
        needs=[
            need("เสื้อที่ระลึกนักวิ่ง 4,000 ตัว ผ้าอะไรก็ได้ที่ระบายเหงื่อดี", "running_shirt"),
            unmet("ชิปจับเวลา ให้เช่า", "timing chips; no one in the set rents them"),
        ],
    ),
    sme(
        87,
        "en",
        "Stride Lab Thailand",
        SP,
        DOWN,
        "Nonthaburi",
        "hello@stridelab.co.th",
        offers=[("featherweight race vests with laser-cut vents", "running_shirt")],
        needs=[
            need("reflective piping for night runs", "reflective_tape"),
            unmet("nylon ripstop for running shorts", "woven ripstop; no one in the set weaves it"),
        ],
    ),
    sme(
        88,
        "th",
        "โรงงานเสื้องานวิ่ง ทีเอ็นการ์เมนต์",
        SP,
        MID,
        "Samut Prakan",
        "tngarment@gmail.com",
        offers=[
            ("เสื้อวิ่งอีเวนต์ เสื้อฟินิชเชอร์ ผลิตครบวงจร ขั้นต่ำ 300 ตัว", "running_shirt"),
            ("เสื้อวิ่งผ้ารีไซเคิลจากขวด พิมพ์ซับทั้งตัว", "running_shirt"),
        ],
        needs=[
            need("ผ้าดิบโพลีเอสเตอร์ ยังไม่ผ่านการย้อม ส่งย้อมเอง", "greige_knit"),
            need(
                "ผ้าเสื้อวิ่ง ชนิดไหนก็ได้ ขอให้ระบายเหงื่อ แห้งเร็ว เนื้อรูพรุนหรือทำจากขวดก็รับ",
                "wicking_fabric",
                "mesh_fabric",
                "rpet_fabric",
            ),
        ],
    ),
    sme(
        89,
        "en",
        "Coastal Textile Finishing",
        SP,
        MID,
        "Chonburi",
        "finishing@coastaltex.com",
        offers=[
            ("anti-odour and wicking finishes applied to your fabric", "finishing_service"),
            ("stenter heat-setting and compacting on commission", "finishing_service"),
        ],
        certs=("ISO 14001",),
    ),
    sme(
        90,
        "th",
        "โรงเรียนบ้านดอนสัก",
        SP,
        DOWN,
        "Surat Thani",
        "donsak.school@gmail.com",
        needs=[need("ชุดพละนักเรียน 400 ชุด ต้องได้ มอก.", "school_pe_uniform", req=(TIS,))],
    ),
    sme(
        91,
        "en",
        "Iron Temple Gyms",
        SP,
        DOWN,
        "Bangkok",
        "ops@irontemplegyms.com",
        needs=[
            need("branded gym towels", "sports_towel"),
            need("women's fitness tops and leggings, OEKO-TEX only", "yoga_wear", req=(OEKO,)),
        ],
    ),
    sme(
        92,
        "th",
        "บริษัท ไทยไนลอนเส้นใย จำกัด",
        SP,
        UP,
        "Ayutthaya",
        "thainylon.sales@gmail.com",
        offers=[
            ("ด้ายไนลอน 6 FDY 40 ดีเนียร์", "nylon_yarn"),
            ("ด้ายไนลอนเท็กซ์เจอร์ทำถุงเท้า", "nylon_yarn"),
        ],
        needs=[unmet("คาโปรแลคตัม เกรดปั่นเส้นใย", "caprolactam; no chemical supplier in the set")],
    ),
    sme(
        93,
        "th",
        "สถาบันแบดมินตันหาดใหญ่",
        SP,
        DOWN,
        "Songkhla",
        "hatyai.badminton@gmail.com",
        needs=[
            need("ซัพพอร์ตข้อเท้า ไซส์เด็ก", "support_brace"),
            unmet("ลูกขนไก่ สำหรับแข่งขัน", "shuttlecocks; sports equipment, no one in the set offers it"),
        ],
    ),
    sme(
        94,
        "th",
        "คลินิกกายภาพบำบัด นนทบุรี",
        AC,
        DOWN,
        "Nonthaburi",
        "physio.nont@gmail.com",
        needs=[need("ชุดรัดกล้ามเนื้อขายาว สำหรับคนไข้ฟื้นฟูหลังผ่าตัด มี อย. ยิ่งดี", "compression_wear", waive=("Thai FDA",))],
    ),
    sme(
        95,
        "en",
        "Mae Rim Yoga Retreat",
        HN,
        DOWN,
        "Chiang Mai",
        "stay@maerimyoga.com",
        needs=[
            need("natural-fibre yoga clothes, hemp preferred, no synthetics", "hemp_apparel"),
            unmet("organic yoga mats", "mats; no one in the set makes them"),
        ],
    ),
]

PROFILES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^baw-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
TARGET_PROFILES = 95
TARGET_LINKS = (160, 180)
TARGET_UNMET = (17, 23)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_CROSS_SHARE = (0.40, 0.60)


def canonical_certs(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(resolve_certification(value) or value for value in values)


def qualifies(supplier: Sme, need_: Need) -> bool:
    """The supplier offers something the need lists and holds every certification it requires."""
    offered = {label for _, label in supplier.offers}
    return bool(offered & set(need_.labels)) and set(need_.requires) <= canonical_certs(supplier.certifications)


def suppliers_of(need_: Need, buyer: Sme, profiles: list[Sme]) -> list[Sme]:
    return [s for s in profiles if s.id != buyer.id and qualifies(s, need_)]


def true_links(profiles: list[Sme]) -> list[tuple[str, str]]:
    links = {
        (supplier.id, buyer.id)
        for buyer in profiles
        for need_ in buyer.needs
        if need_.met
        for supplier in suppliers_of(need_, buyer, profiles)
    }
    return sorted(links)


def is_thai_phrase(text: str) -> bool:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai >= 2 * latin and thai > 0


def is_english_phrase(text: str) -> bool:
    return text.isascii() and not THAI_CHAR.search(text) and bool(LATIN_LETTER.search(text))


def names_certification(text: str, name: str) -> bool:
    """The text mentions the certification by one of its names (affirmed or not)."""
    cert = next(c for c in CERTIFICATIONS if c.name == name)
    folded = text.casefold()
    return any(
        m.casefold() in folded for m in (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    )


def check(profiles: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if ids != [f"baw-{n:03d}" for n in range(1, len(ids) + 1)]:
        errors.append("ids must run baw-001, baw-002, ... without gaps")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    by_id = {p.id: p for p in profiles}
    offered_by: dict[str, set[str]] = {}
    for p in profiles:
        for _, label in p.offers:
            offered_by.setdefault(label, set()).add(p.id)
    bcg_values = {tag.value for tag in BcgTag}
    emails = Counter(p.email for p in profiles)
    names = Counter(p.name for p in profiles)
    for p in profiles:
        where = p.id
        if not ID_RE.match(p.id):
            errors.append(f"{where}: malformed id")
        if p.language not in ("th", "en"):
            errors.append(f"{where}: language {p.language!r}")
        if not p.name.strip() or names[p.name] > 1:
            errors.append(f"{where}: empty or repeated name")
        if resolve_province(p.province) is None:
            errors.append(f"{where}: province {p.province!r} does not resolve")
        if not EMAIL_RE.match(p.email) or emails[p.email] > 1:
            errors.append(f"{where}: bad or repeated email {p.email!r}")
        for cert in p.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        for tag in p.bcg:
            if tag not in bcg_values:
                errors.append(f"{where}: bcg {tag!r}")
        if not (0 <= len(p.offers) <= 3 and 0 <= len(p.needs) <= 3) or not (p.offers or p.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        phrases = [p.name, *(t for t, _ in p.offers), *(n.text for n in p.needs)]
        for text in phrases:
            if text != text.strip() or not text or "  " in text:
                errors.append(f"{where}: untidy phrase {text!r}")
            if p.language == "th" and not is_thai_phrase(text):
                errors.append(f"{where}: not mostly Thai: {text!r}")
            if p.language == "en" and not is_english_phrase(text):
                errors.append(f"{where}: not plain Latin English: {text!r}")
        if len({t for t, _ in p.offers}) != len(p.offers) or len({n.text for n in p.needs}) != len(p.needs):
            errors.append(f"{where}: repeated phrase")
        held = canonical_certs(p.certifications)
        for text, label in p.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            if not find_certifications(text) <= held:
                errors.append(f"{where}: offer {text!r} claims a certification the SME does not hold")
        for n in p.needs:
            what = f"{where} need {n.text!r}"
            for label in n.labels:
                if label not in LABELS:
                    errors.append(f"{what}: unknown label {label!r}")
                elif not offered_by.get(label, set()) - {p.id}:
                    errors.append(f"{what}: label {label!r} offered by no one else")
            if n.met and not n.labels:
                errors.append(f"{what}: a met need must list labels")
            found = find_certifications(n.text)
            for cert in (*n.requires, *n.waives):
                if cert not in {c.name for c in CERTIFICATIONS}:
                    errors.append(f"{what}: {cert!r} is not a canonical certification name")
                elif not names_certification(n.text, cert):
                    errors.append(f"{what}: {cert} is not named in the text")
            if found != set(n.requires):
                errors.append(f"{what}: text asks for {sorted(found)}, labels require {sorted(n.requires)}")
            if set(n.waives) & found:
                errors.append(f"{what}: a waived certification reads as required")
            qualified = suppliers_of(n, p, profiles)
            if n.met and not qualified:
                errors.append(f"{what}: marked met but no supplier qualifies")
            if not n.met and qualified:
                errors.append(f"{what}: marked unmet but {[s.id for s in qualified]} qualify")
    # size targets
    links = true_links(profiles)
    thai = sum(p.language == "th" for p in profiles)
    unmet_count = sum(not n.met for p in profiles for n in p.needs)
    cross = sum(by_id[s].language != by_id[b].language for s, b in links)
    if len(profiles) != TARGET_PROFILES:
        errors.append(f"{len(profiles)} profiles, want {TARGET_PROFILES}")
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} true links, want {TARGET_LINKS[0]}-{TARGET_LINKS[1]}")
    if not TARGET_UNMET[0] <= unmet_count <= TARGET_UNMET[1]:
        errors.append(f"{unmet_count} needs met by no one, want {TARGET_UNMET[0]}-{TARGET_UNMET[1]}")
    if profiles and not TARGET_THAI_SHARE[0] <= thai / len(profiles) <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {thai / len(profiles):.2f} outside {TARGET_THAI_SHARE}")
    if links and not TARGET_CROSS_SHARE[0] <= cross / len(links) <= TARGET_CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f} outside {TARGET_CROSS_SHARE}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(p: Sme) -> str:
    row: dict[str, object] = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster.value,
        "stage": p.stage.value,
        "province": p.province,
        "offers": [text for text, _ in p.offers],
        "needs": [n.text for n in p.needs],
    }
    if p.certifications:
        row["certifications"] = list(p.certifications)
    if p.bcg:
        row["bcg"] = list(p.bcg)
    row["contact_email"] = p.email
    row["language"] = p.language
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def counts(profiles: list[Sme]) -> list[tuple[str, str]]:
    by_id = {p.id: p for p in profiles}
    links = true_links(profiles)
    needs = [(p, n) for p in profiles for n in p.needs]
    offers = [label for p in profiles for _, label in p.offers]
    regions = Counter(resolve_province(p.province).region.value for p in profiles)  # type: ignore[union-attr]
    provinces = {resolve_province(p.province).name_en for p in profiles}  # type: ignore[union-attr]
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    cross = th_en + en_th
    per_need = Counter(len(suppliers_of(n, p, profiles)) for p, n in needs if n.met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(profiles))),
        (
            "Thai / English",
            f"{sum(p.language == 'th' for p in profiles)} / {sum(p.language == 'en' for p in profiles)}",
        ),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(p.sub_cluster is sub for p in profiles))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(p.stage is stage for p in profiles))))
    for region in sorted(regions):
        rows.append((f"region {region}", str(regions[region])))
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len(set(offers)))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(n.met for _, n in needs)} / {sum(not n.met for _, n in needs)}"),
        (
            "met needs by number of qualified suppliers",
            ", ".join(f"{k}: {per_need[k]}" for k in sorted(per_need)),
        ),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster is not by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# blind_plain_activewear: hand-labelled Sportech activewear set

## What it checks

How well the matcher finds the true supplier-buyer pairs among 95 SMEs of the Health and
Wellness Economy cluster, from plain registry wording it has never seen. The theme is Sportech
activewear: moisture-wicking and quick-dry knits, compression and stretch fabrics, team jerseys
and running shirts, sublimation printing, bonded seams, and the sports clubs, marathon organisers,
schools and sportswear brands that buy them, together with the ordinary upstream and midstream
suppliers (fibre, yarn, cloth, dyeing, sewing), recyclers, hemp and indigo groups and ageing-lifestyle
buyers that the cluster also has.

Each profile is a plain registry entry: 1-3 short offer phrases and 1-3 short need phrases (a few
SMEs have no needs or no offers). About 55 % of the profiles are written in Thai, the rest in
English. The same kind of goods is written in many ways: trade words, local and regional names,
brand-like names, abbreviations, with and without quantities, prices, sizes and minimum orders.
Needs are worded differently from the offers that meet them, often in the other language.

Hard but fair cases are included on purpose: a service versus the goods it works on (dyeing the
customer's cloth versus dyed cloth, sewing for others versus finished garments, printing on the
customer's panels versus printed jerseys); the customer's own goods sent for work; waste and used
goods versus new; raw versus processed (bottles, fibre, yarn, cloth, garment); finished goods
described by their material or technique (an indigo-dyed handwoven bag is a bag); needs written as
a wish, a bare noun phrase or a question; refusals ("no recycled content", "no synthetics", "ไม่เอาสีเคมี"); needs that
require a named certification, needs that name one only to waive it; and needs that no one in the
set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1,
and the links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings.
The writer did not read the matcher, its glossary, its tests or any other evaluation set.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
indigo-dyed cotton cloth versus a natural indigo dyeing service, or printed team jerseys versus
sublimation printing on the customer's panels). Every need either lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An
SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A waived certification is not required. The labels
live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG values come from the taxonomy), every label a need lists is offered by someone other
than the buyer, every met need has a qualified supplier and every unmet one has none, a required or
waived certification is named in the need's text (and the taxonomy reads required ones as asked for
and waived ones as not), Thai phrases are mostly Thai letters and English ones plain Latin, and the
size targets hold. It writes nothing if any check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_activewear/write.py

## Files

- `write.py`: all the data, the labels, the checks, and the writer of the files below.
- `profiles.jsonl`: 95 SME profiles, ids `baw-001` ... `baw-095`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    profiles = PROFILES
    errors = check(profiles)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    links = true_links(profiles)
    table = counts_table(counts(profiles))
    outputs = {
        "profiles.jsonl": "".join(profile_json(p) + "\n" for p in profiles),
        "links.csv": links_csv(links),
        "README.md": README + table,
    }
    for filename, text in outputs.items():
        (HERE / filename).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
