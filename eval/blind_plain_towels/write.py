"""Write the hand-labelled evaluation set `eval/blind_plain_towels/`.

Towels and bath textiles, written as plain registry entries (one short phrase per offer or need).
Every offer carries a label that says what the thing is; every need lists the labels that would meet
it and the certifications its text requires, or is marked as met by no one. The true links follow
from the labels alone. Labels live only in this file; `profiles.jsonl` holds no labels.

Run from the repository root:  .venv/bin/python eval/blind_plain_towels/write.py
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
    Region,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "btw"
N_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)

# ------------------------------------------------------------------ labels: what a thing is

LABELS: dict[str, str] = {
    # upstream
    "seed_cotton": "unginned seed cotton straight from the field",
    "cotton_fibre": "ginned cotton lint, conventional",
    "organic_cotton_fibre": "ginned cotton lint grown organically",
    "cotton_yarn": "undyed cotton yarn, machine- or hand-spun",
    "organic_cotton_yarn": "undyed organic cotton yarn",
    "dyed_cotton_yarn": "cotton yarn sold already dyed",
    "bamboo_yarn": "bamboo viscose yarn",
    "hemp_fibre": "raw hemp bast fibre",
    "hemp_yarn": "hemp yarn or hand-spliced hemp thread",
    "recycled_cotton_fibre": "cotton fibre recovered from textile waste",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    "rpet_yarn": "recycled polyester filament yarn",
    "microfibre_yarn": "split microfibre filament yarn",
    "pet_flakes": "washed PET bottle flakes",
    "pet_bottle_bales": "baled whole post-consumer PET bottles",
    "towel_offcuts": "pre-consumer terry waste: selvedges, clippings, short ends",
    "used_towels": "post-consumer used towels and linen",
    "indigo_dye_paste": "natural indigo paste (khram, hom)",
    "plant_dye_material": "plants, bark, fruit or resin for natural dyeing",
    # midstream goods
    "greige_terry_fabric": "loom-state terry cloth by the roll",
    "dyed_terry_fabric": "bleached or dyed terry cloth by the roll",
    "waffle_fabric": "waffle or honeycomb cotton cloth by the roll",
    "microfibre_fabric": "microfibre cloth by the roll (suede, coral fleece)",
    "handwoven_cotton_fabric": "handwoven cotton cloth by the length, not indigo-dyed",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo, by the length",
    "hemp_fabric": "woven hemp or hemp-cotton cloth by the length",
    "sewing_thread": "sewing thread",
    "embroidery_thread": "embroidery thread",
    "woven_labels": "woven brand and care labels",
    "gift_box_packaging": "paper gift boxes and packaging",
    # midstream services on the customer's goods
    "terry_weaving_service": "weaving terry from the customer's yarn",
    "towel_dyeing_service": "bleaching or dyeing the customer's towels or terry",
    "yarn_dyeing_service": "dyeing the customer's yarn",
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth or garments",
    "sewing_cmt_service": "cutting, hemming and sewing the customer's fabric",
    "embroidery_service": "embroidering names or logos on the customer's goods",
    "sublimation_printing_service": "printing on the customer's polyester towels or cloth",
    "antibacterial_finishing_service": "antibacterial finish applied to the customer's textiles",
    "textile_shredding_service": "shredding the customer's textile waste into fibre",
    # downstream goods
    "bath_towel": "cotton bath towel or bath sheet (material unstated or cotton)",
    "hand_face_towel": "hand towel, face towel, face cloth, small sweat towel",
    "bamboo_towel": "towel made of bamboo viscose",
    "hemp_towel": "towel made of hemp or hemp-cotton",
    "natural_dyed_towel": "towel or face cloth dyed with natural dyes",
    "microfibre_towel": "quick-dry microfibre towel",
    "cooling_towel": "cooling towel for sport",
    "bathrobe": "bathrobe or spa robe",
    "bath_mat": "bath mat",
    "spa_wrap": "spa wrap, body wrap skirt",
    "hair_turban": "hair towel turban",
    "baby_hooded_towel": "hooded baby towel",
    "bed_bath_mitt": "wash mitt for bed baths",
    "washable_bed_pad": "washable absorbent underpad",
    "towel_gift_set": "boxed towel gift set",
    "pha_khao_ma": "pha khao ma (pakama) cloth, finished pieces",
    "tea_towel": "kitchen tea towel",
    "cleaning_rag": "wiping rags cut from used textiles",
    "upcycled_towel_bag": "bag sewn from used towels",
    "handwoven_bag": "bag of new handwoven cloth",
    "massage_table_cover": "fitted terry cover for a massage bed",
}


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty when met


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    name: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[BcgTag, ...]


_SUB = {
    "hnf": SubCluster.HEMP_NATURAL_FIBRE,
    "ct": SubCluster.CIRCULAR_TEXTILE,
    "spt": SubCluster.SPORTECH,
    "alc": SubCluster.AGEING_LIFESTYLE_CENTRAL,
    "ali": SubCluster.AGEING_LIFESTYLE_ISAN,
}
_STAGE = {"up": Stage.UPSTREAM, "mid": Stage.MIDSTREAM, "down": Stage.DOWNSTREAM}


def o(text: str, label: str) -> tuple[str, str]:
    """An offer: its text and what the thing is."""
    return (text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, labels, req, (), note)


def sme(
    number: int,
    language: str,
    sub: str,
    stage: str,
    province: str,
    name: str,
    mailbox: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        id=f"{ID_PREFIX}-{number:03d}",
        language=language,
        sub_cluster=_SUB[sub],
        stage=_STAGE[stage],
        province=province,
        name=name,
        email=f"{mailbox}@example.com",
        offers=tuple(offers or ()),
        needs=tuple(needs or ()),
        certifications=certs,
        bcg=tuple(BcgTag(tag) for tag in bcg),
    )


OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
ALL_BATH = ("bath_towel", "bamboo_towel", "hemp_towel")

# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = [
    # ---------------------------------------------------------- upstream: fibre, yarn, waste, dyes
    sme(
        1,
        "th",
        "hnf",
        "up",
        "Loei",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาด้วง",
        "naduang.cotton",
        offers=[
            o("ฝ้ายดิบทั้งเมล็ด ปลูกอินทรีย์ ปีละ 2 ตัน", "seed_cotton"),
            o("ปุยฝ้ายตุ่น สีน้ำตาลธรรมชาติ หีบเมล็ดแล้ว", "organic_cotton_fibre"),
        ],
        needs=[unmet("อยากได้เครื่องหีบฝ้ายมือสอง สภาพดี", "machinery: no one in the set sells equipment")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "hnf",
        "up",
        "Chiang Mai",
        "Doi Saket Hemp Fibre",
        "doisakethemp",
        offers=[
            o("Decorticated hemp bast, sun-dried, 200 kg lots", "hemp_fibre"),
            o("Hand-spliced hemp thread on 1 kg hanks", "hemp_yarn"),
        ],
        needs=[n("Fermented hom paste to dye our thread blue", "indigo_dye_paste")],
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "ct",
        "up",
        "Samut Prakan",
        "บริษัท สยามรีสปิน จำกัด",
        "siamrespin",
        offers=[
            o("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET 150D/48F มีใบรับรอง GRS", "rpet_yarn"),
            o("ด้ายไมโครไฟเบอร์ชนิดแยกเส้น 150D/144F", "microfibre_yarn"),
        ],
        needs=[n("เกล็ดพลาสติกใส ล้างร้อนแล้ว เดือนละ 20 ตัน", "pet_flakes")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        4,
        "en",
        "ct",
        "up",
        "Chon Buri",
        "EastCoast PET Recovery",
        "eastcoastpet",
        offers=[
            o("Hot-washed clear PET flake, 10 t a month", "pet_flakes"),
            o("Baled post-consumer drinking bottles, mixed colours", "pet_bottle_bales"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        5,
        "th",
        "hnf",
        "up",
        "Nan",
        "กลุ่มปั่นฝ้ายมือบ้านหนองบัว",
        "nongbua.handspun",
        offers=[o("ฝ้ายเข็นมือเส้นใหญ่ สำหรับทอผ้าเช็ดตัวทอมือ", "cotton_yarn")],
        needs=[
            n("ใยฝ้ายออร์แกนิก ที่แยกเมล็ดแล้ว", "organic_cotton_fibre"),
            n("เปลือกไม้ ใบไม้ ไว้ต้มย้อมสี", "plant_dye_material"),
            n("มีที่ไหนรับย้อมฝ้ายเข็นของเราเป็นสีเข้มบ้าง", "yarn_dyeing_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        6,
        "en",
        "ali",
        "up",
        "Nakhon Ratchasima",
        "Korat Spinning Mills Co., Ltd.",
        "koratspin",
        offers=[
            o("Ring-spun combed cotton Ne 16/1, terry pile yarn", "cotton_yarn"),
            o("GOTS organic cotton yarn Ne 20/1", "organic_cotton_yarn"),
            o("Cone-dyed cotton 20/2, 60 shades ex-stock", "dyed_cotton_yarn"),
        ],
        needs=[n("Ginned lint, 28 mm staple, Thai origin", "cotton_fibre", "organic_cotton_fibre")],
        certs=("GOTS", OEKO, "ISO 9001"),
    ),
    sme(
        7,
        "th",
        "hnf",
        "up",
        "Sakon Nakhon",
        "กลุ่มผู้ปลูกครามบ้านโพนงาม",
        "phonngam.khram",
        offers=[
            o("ครามเปียก (เนื้อคราม) กิโลละ 250 บาท", "indigo_dye_paste"),
        ],
        needs=[n("ด้ายฝ้ายเข็นมือ ไว้ย้อมครามขาย", "cotton_yarn", "organic_cotton_yarn")],
        certs=("เกษตรอินทรีย์",),
        bcg=("bio",),
    ),
    sme(
        8,
        "en",
        "hnf",
        "up",
        "Phrae",
        "Phrae Hom Dye House",
        "phraehom",
        offers=[
            o("Hom indigo paste from Strobilanthes cusia, 5 kg tubs", "indigo_dye_paste"),
            o("Dried ebony fruit and stick lac for natural dyeing", "plant_dye_material"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        9,
        "th",
        "ct",
        "up",
        "Samut Sakhon",
        "ร้านรับซื้อเศษผ้ามหาชัย",
        "mahachai.scrap",
        offers=[
            o("เศษผ้าขนหนูจากโรงงาน ตัดริม คัดสีแล้ว ขายเป็นตัน", "towel_offcuts"),
            o("ผ้าเช็ดตัวโรงแรมที่ปลดระวาง ซักแล้ว คัดเกรด", "used_towels"),
        ],
        needs=[n("รับซื้อผ้าขนหนูเก่า ผ้าปูที่นอนเก่า จากโรงแรมและโรงพยาบาล", "used_towels")],
        bcg=("circular",),
    ),
    sme(
        10,
        "en",
        "ct",
        "up",
        "Bangkok",
        "ReLoop Fibre Co.",
        "reloopfibre",
        offers=[
            o("Recycled cotton fibre from towel waste, 12-18 mm", "recycled_cotton_fibre"),
            o("Toll shredding: send your cutting waste, get fibre back", "textile_shredding_service"),
        ],
        needs=[n("Pre-consumer terry clippings, white and pastel", "towel_offcuts")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        11,
        "th",
        "ct",
        "up",
        "Nakhon Pathom",
        "โรงปั่นด้ายรีไซเคิลสามพราน",
        "samphran.oe",
        offers=[o("ด้าย OE เบอร์ 8-12 ปั่นจากฝ้ายรีไซเคิล ใช้ทอพรม", "recycled_cotton_yarn")],
        needs=[
            n("ใยฝ้ายรีไซเคิลที่ตีจากเศษผ้าตัด", "recycled_cotton_fibre"),
            unmet("ใยสั้นโพลีเอสเตอร์รีไซเคิล (rPSF) ไว้ผสมปั่น", "staple fibre: only filament yarn is offered"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        12,
        "en",
        "hnf",
        "up",
        "Chiang Rai",
        "Lanna Bamboo Yarn Trading",
        "lannabamboo",
        offers=[o("Bamboo viscose Ne 30/1 for towels, stock in Chiang Rai", "bamboo_yarn")],
        certs=("Oeko-Tex 100",),
        bcg=("bio",),
    ),
    sme(
        13,
        "th",
        "ali",
        "up",
        "Surin",
        "วิสาหกิจชุมชนฝ้ายพื้นเมืองบ้านโคกยาง",
        "khokyang.cotton",
        offers=[
            o("ฝ้ายเมล็ดพื้นเมือง ปลูกไม่ใช้สารเคมี", "seed_cotton"),
        ],
        bcg=("bio",),
    ),
    sme(
        14,
        "en",
        "spt",
        "up",
        "Bangkok",
        "ProFine Microfibre Yarns",
        "profineyarn",
        offers=[
            o("Split microfiber DTY, polyester/nylon 80/20, 150D/144F", "microfibre_yarn"),
            o("Recycled polyester DTY with GRS transaction certificate", "rpet_yarn"),
        ],
        certs=("GRS",),
    ),
    sme(
        15,
        "th",
        "hnf",
        "up",
        "Chiang Mai",
        "กลุ่มม้งปลูกกัญชงบ้านแม่สาใหม่",
        "maesamai.hemp",
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre"),
            o("เส้นใยกัญชงต่อเส้นด้วยมือ ม้วนละกิโล", "hemp_yarn"),
        ],
        needs=[unmet("เครื่องลอกเปลือกกัญชง", "machinery: no one in the set sells equipment")],
        bcg=("bio",),
    ),
    sme(
        16,
        "en",
        "ali",
        "up",
        "Khon Kaen",
        "Khon Kaen Cotton Ginnery",
        "kkginnery",
        offers=[o("Ginned upland cotton lint, 200 kg bales", "cotton_fibre")],
        needs=[
            n("Unginned cotton from farmer groups", "seed_cotton"),
            unmet("Reusable bale wrap", "bale wrap: no one offers packaging film or sacks"),
        ],
    ),
    sme(
        17,
        "th",
        "hnf",
        "up",
        "Lamphun",
        "ไร่ฝ้ายอินทรีย์แม่ทา",
        "maetha.organic",
        offers=[
            o("ปุยฝ้ายอินทรีย์ มีใบรับรองเกษตรอินทรีย์", "organic_cotton_fibre"),
            o("ฝ้ายเข็นมืออินทรีย์ ไม่ฟอกสี", "organic_cotton_yarn"),
        ],
        needs=[unmet("เมล็ดพันธุ์ฝ้ายอินทรีย์ พันธุ์ใยยาว", "seed: no one sells cotton seed")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        18,
        "en",
        "hnf",
        "up",
        "Nakhon Si Thammarat",
        "Pak Phanang Natural Dyes",
        "pakphanangdyes",
        offers=[o("Mangrove bark dye extract, 20 L drums", "plant_dye_material")],
        bcg=("bio",),
    ),
    sme(
        19,
        "th",
        "ct",
        "up",
        "Songkhla",
        "ร้านรับซื้อผ้าเก่าหาดใหญ่",
        "hatyai.oldcloth",
        offers=[
            o("ผ้าขี้ริ้วตัดจากผ้าขนหนูเก่า มัดละ 10 กก.", "cleaning_rag"),
        ],
        needs=[n("ผ้าปู ผ้าเช็ดตัว ปลดระวางจากรีสอร์ต", "used_towels")],
        bcg=("circular",),
    ),
    # ---------------------------------------------------------- midstream
    sme(
        20,
        "th",
        "alc",
        "mid",
        "Samut Sakhon",
        "โรงทอผ้าขนหนูกระทุ่มแบน",
        "krathumbaen.terry",
        offers=[
            o("ผ้าขนหนูดิบ หน้ากว้าง 60 นิ้ว ม้วนละ 50 กก.", "greige_terry_fabric"),
            o("รับทอผ้าขนหนู ใช้ด้ายของลูกค้า ขั้นต่ำ 500 กก.", "terry_weaving_service"),
        ],
        needs=[
            n("ด้ายฝ้าย 16 เบอร์ ทำขนผ้า ไม่ต้องมี GOTS", "cotton_yarn", "organic_cotton_yarn", waive=("GOTS",)),
            n("ด้ายเรยอนจากไผ่ ทำผ้าขนหนูเนื้อนุ่ม", "bamboo_yarn"),
        ],
    ),
    sme(
        21,
        "en",
        "ali",
        "mid",
        "Nakhon Ratchasima",
        "Pak Chong Terry Mills",
        "pakchongterry",
        offers=[
            o("Loom-state terry cloth, 400 gsm", "greige_terry_fabric"),
            o("Bleached white terry by the roll, 500 gsm", "dyed_terry_fabric"),
            o("Selvedge trimmings and short ends by the tonne", "towel_offcuts"),
        ],
        needs=[n("Combed 20s pile yarn, must be OEKO-TEX", "cotton_yarn", "organic_cotton_yarn", req=(OEKO,))],
    ),
    sme(
        22,
        "th",
        "alc",
        "mid",
        "Samut Prakan",
        "โรงย้อมบางพลีเท็กซ์ไทล์",
        "bangphli.dyeing",
        offers=[
            o("รับฟอกขาว ย้อมสี ผ้าขนหนูของลูกค้า คิดตามกิโล", "towel_dyeing_service"),
            o("รับย้อมด้ายฝ้ายเป็นลูก (ย้อมโคน)", "yarn_dyeing_service"),
        ],
        needs=[unmet("สีรีแอคทีฟ และสารช่วยย้อม", "dyestuff and chemicals: no chemical supplier in the set")],
        certs=("ISO 14001",),
    ),
    sme(
        23,
        "en",
        "alc",
        "mid",
        "Pathum Thani",
        "Bangkadi Towel Finishing",
        "bangkadifinish",
        offers=[
            o("Reactive-dyed terry fabric, 30 hotel colours, 100 m MOQ", "dyed_terry_fabric"),
            o("Silver-ion antibacterial treatment of your towels", "antibacterial_finishing_service"),
        ],
        needs=[n("Grey terry rolls to keep as dyeing stock", "greige_terry_fabric")],
        certs=(OEKO, "ISO 9001"),
    ),
    sme(
        24,
        "th",
        "ali",
        "mid",
        "Ubon Ratchathani",
        "กลุ่มทอผ้าขาวม้าบ้านหนองบ่อ",
        "nongbo.weaving",
        offers=[
            o("ผ้าขาวม้าทอมือ ลายตาหมากรุก ผืนละ 120 บาท", "pha_khao_ma"),
        ],
        needs=[n("ด้ายหลอดย้อมสีแล้ว ทอลายตาราง", "dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        25,
        "en",
        "ali",
        "mid",
        "Roi Et",
        "Roi Et Pakama Weavers",
        "roietpakama",
        offers=[o("Handwoven pakama, 5 colourways, 100 pcs per bale", "pha_khao_ma")],
        needs=[n("Bright ready-coloured cotton for checks", "dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        26,
        "th",
        "hnf",
        "mid",
        "Sakon Nakhon",
        "ครามสกล ผ้าย้อมมือ",
        "khramsakon",
        offers=[
            o("ผ้าฝ้ายย้อมครามธรรมชาติ หลาละ 280 บาท", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าหรือเสื้อผ้าของลูกค้า", "indigo_dyeing_service"),
            o("ผ้าเช็ดหน้าฝ้ายย้อมคราม ผืนละ 90 บาท", "natural_dyed_towel"),
        ],
        needs=[n("ฝ้ายทอมือสีขาว ยังไม่ย้อม", "handwoven_cotton_fabric")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        27,
        "en",
        "hnf",
        "mid",
        "Chiang Mai",
        "Mae Rim Handloom Studio",
        "maerimloom",
        offers=[
            o("Handloom honeycomb cotton, 90 cm wide", "waffle_fabric"),
            o("Plain handwoven cotton, natural off-white", "handwoven_cotton_fabric"),
        ],
        needs=[n("Hemp thread for hemp-cotton blends", "hemp_yarn")],
    ),
    sme(
        28,
        "th",
        "hnf",
        "mid",
        "Phrae",
        "ม่อฮ่อมทุ่งโฮ้ง",
        "thunghong.mohom",
        offers=[
            o("ผ้าหม้อห้อม ย้อมห้อมแท้ พับละ 15 เมตร", "indigo_dyed_cotton_fabric"),
            o("รับจ้างย้อมห้อม ลูกค้าส่งผ้ามาเอง", "indigo_dyeing_service"),
            o("ผ้าขนหนูผืนเล็กย้อมห้อม", "natural_dyed_towel"),
        ],
        needs=[n("ห้อมเปียกคุณภาพดี ส่งแพร่", "indigo_dye_paste")],
        bcg=("bio",),
    ),
    sme(
        29,
        "en",
        "spt",
        "mid",
        "Samut Sakhon",
        "Mahachai Microfibre Knitting",
        "mahachaimicro",
        offers=[
            o("Warp-knit microfibre suede 80/20, 300 gsm rolls", "microfibre_fabric"),
            o("Coral fleece for robes, 280 gsm", "microfibre_fabric"),
        ],
        needs=[
            n("Split-type microfilament", "microfibre_yarn"),
            n("rPET FDY, GRS certificate a must", "rpet_yarn", req=("GRS",)),
        ],
        certs=(OEKO,),
    ),
    sme(
        30,
        "th",
        "spt",
        "mid",
        "Chon Buri",
        "ซับลิเมชั่นพัทยาพริ้นท์",
        "pattayaprint",
        offers=[o("รับพิมพ์ลายลงผ้าเช็ดตัวไมโครไฟเบอร์ งานลูกค้า", "sublimation_printing_service")],
        needs=[
            n("ผ้าไมโครสีขาวเป็นม้วน สำหรับพิมพ์", "microfibre_fabric"),
            unmet("หมึกซับลิเมชั่น กระดาษทรานสเฟอร์", "inks and transfer paper: no one offers consumables"),
        ],
    ),
    sme(
        31,
        "en",
        "alc",
        "mid",
        "Bangkok",
        "Silom Stitch Embroidery",
        "silomstitch",
        offers=[o("Name and logo embroidery on towels and robes, from 1 pc", "embroidery_service")],
        needs=[n("Rayon machine thread for our Tajima heads", "embroidery_thread")],
    ),
    sme(
        32,
        "th",
        "alc",
        "mid",
        "Nonthaburi",
        "ร้านรับเย็บผ้าขนหนูบางบัวทอง",
        "bangbuathong.sew",
        offers=[
            o("รับตัด เย็บริม ติดหูแขวน ผ้าขนหนู ลูกค้าส่งผ้ามา", "sewing_cmt_service"),
            o("รับเย็บเสื้อคลุมอาบน้ำตามแบบ", "sewing_cmt_service"),
        ],
        needs=[n("ด้ายเย็บโพลีเอสเตอร์ 40/2", "sewing_thread"), n("ป้ายทอ ป้ายวิธีซัก", "woven_labels")],
    ),
    sme(
        33,
        "en",
        "alc",
        "mid",
        "Samut Prakan",
        "Pak Nam Trims Co.",
        "paknamtrims",
        offers=[
            o("Spun polyester sewing thread 40/2, 5,000 m cones", "sewing_thread"),
            o("Viscose rayon embroidery thread, 300 shades", "embroidery_thread"),
            o("Damask woven labels, 10k MOQ", "woven_labels"),
        ],
        needs=[n("Recycled PET filament for a recycled thread line, GRS only", "rpet_yarn", req=("GRS",))],
        certs=("ISO 9001",),
    ),
    sme(
        34,
        "th",
        "ali",
        "mid",
        "Khon Kaen",
        "กลุ่มแม่บ้านปักผ้าบ้านโนนทัน",
        "nonthan.embroidery",
        offers=[o("รับปักชื่อ ปักโลโก้ บนผ้าขนหนู ชิ้นละ 35 บาท", "embroidery_service")],
        needs=[n("ไหมปักเครื่อง สีสด", "embroidery_thread")],
    ),
    sme(
        35,
        "en",
        "hnf",
        "mid",
        "Tak",
        "Mae Sot Hemp Weavers",
        "maesothemp",
        offers=[o("Handwoven hemp cloth, 60 cm, undyed", "hemp_fabric")],
        needs=[n("Hand-spun hemp, any count, Organic Thailand not needed", "hemp_yarn", waive=("Organic Thailand",))],
    ),
    sme(
        36,
        "th",
        "hnf",
        "mid",
        "Chiang Rai",
        "ผ้าทอกัญชงผสมฝ้ายเชียงของ",
        "chiangkhong.hemp",
        offers=[o("ผ้ากัญชงผสมฝ้าย ทอกี่กระตุก", "hemp_fabric")],
        needs=[n("เส้นกัญชงปั่นมือ", "hemp_yarn")],
    ),
    sme(
        37,
        "en",
        "alc",
        "mid",
        "Saraburi",
        "Saraburi Yarn Dyeing",
        "saraburiyarn",
        offers=[
            o("Package dyeing of your cotton yarn, 200 kg batches", "yarn_dyeing_service"),
            o("Stock-dyed cotton 20/2, 40 colours", "dyed_cotton_yarn"),
        ],
        needs=[n("Undyed organic 20/2 for stock dyeing, GOTS", "organic_cotton_yarn", req=("GOTS",))],
    ),
    sme(
        38,
        "th",
        "alc",
        "mid",
        "Ratchaburi",
        "โรงงานทอผ้าขนหนูโพธาราม",
        "photharam.terry",
        offers=[
            o("รับจ้างทอผ้าขนหนู ลายดอบบี้ แจ็คการ์ด", "terry_weaving_service"),
        ],
        needs=[n("ด้ายแบมบูเบอร์ 30 ทำผ้าขนหนู", "bamboo_yarn")],
    ),
    sme(
        39,
        "en",
        "alc",
        "mid",
        "Nakhon Pathom",
        "Sam Phran Waffle Weaving",
        "samphranwaffle",
        offers=[o("Waffle pique cotton 250 gsm for spa robes", "waffle_fabric")],
        needs=[n("Piece-dyeing of our finished waffle robes", "towel_dyeing_service")],
    ),
    sme(
        40,
        "th",
        "spt",
        "mid",
        "Bangkok",
        "ไบโอชีลด์ ฟินิชชิ่ง",
        "bioshield.finish",
        offers=[o("รับเคลือบสารต้านแบคทีเรีย ผ้าขนหนู ผ้าปู สำหรับโรงพยาบาล", "antibacterial_finishing_service")],
        needs=[unmet("สารละลายซิลเวอร์นาโน เกรดสิ่งทอ", "chemicals: no chemical supplier in the set")],
        certs=("ISO 9001",),
    ),
    sme(
        41,
        "en",
        "ali",
        "mid",
        "Udon Thani",
        "Udon Sewing Cooperative",
        "udonsewing",
        offers=[o("Cut-make-trim on your fabric: towels, robes, bed pads", "sewing_cmt_service")],
        needs=[n("Thread by the carton", "sewing_thread")],
    ),
    sme(
        42,
        "th",
        "ali",
        "mid",
        "Kalasin",
        "กลุ่มทอผ้าฝ้ายลายขิด กาฬสินธุ์",
        "kalasin.khit",
        offers=[o("ผ้าฝ้ายทอมือลายขิด เป็นพับ", "handwoven_cotton_fabric")],
        needs=[n("ด้ายฝ้ายย้อมสำเร็จ สีสด ไม่ตก ไม่ต้องมีโอเคเทกซ์", "dyed_cotton_yarn", waive=(OEKO,))],
        certs=("OTOP",),
    ),
    sme(
        43,
        "en",
        "ct",
        "mid",
        "Prachin Buri",
        "Kabin Paper Box",
        "kabinbox",
        offers=[o("Rigid kraft gift boxes with window, FSC paper", "gift_box_packaging")],
        certs=("FSC",),
        bcg=("green",),
    ),
    sme(
        44,
        "th",
        "alc",
        "mid",
        "Bangkok",
        "โรงพิมพ์กล่องของขวัญสามย่าน",
        "samyan.box",
        offers=[o("กล่องแข็งใส่ชุดผ้าขนหนู พิมพ์โลโก้ ขั้นต่ำ 300 ใบ", "gift_box_packaging")],
        needs=[unmet("กระดาษคราฟท์ม้วนใหญ่", "paper: no paper mill in the set")],
    ),
    # ---------------------------------------------------------- downstream: makers
    sme(
        45,
        "th",
        "alc",
        "down",
        "Nakhon Pathom",
        "ผ้าขนหนูนครชัยศรี",
        "nakhonchaisri.towel",
        offers=[
            o("ผ้าเช็ดตัว 30x60 นิ้ว 14 ปอนด์ ขั้นต่ำ 100 ผืน", "bath_towel"),
            o("ผ้าเช็ดหน้า 15x30 นิ้ว โหลละ 360 บาท", "hand_face_towel"),
            o("พรมเช็ดเท้าผ้าขนหนู หนาพิเศษ", "bath_mat"),
        ],
        needs=[n("ผ้าขนหนูพับสีขาว เป็นม้วน", "dyed_terry_fabric"), n("ป้ายยี่ห้อแบบทอ", "woven_labels")],
        certs=("มอก.",),
    ),
    sme(
        46,
        "en",
        "alc",
        "down",
        "Bangkok",
        "Siam Hotel Towel Co.",
        "siamhoteltowel",
        offers=[
            o("Hotel bath sheets 90x180 cm, 700 gsm", "bath_towel"),
            o("Face cloths 33x33, dobby border", "hand_face_towel"),
            o("Shawl-collar terry robes", "bathrobe"),
        ],
        needs=[n("Contract weaving of our yarn into terry", "terry_weaving_service")],
        certs=(OEKO, "ISO 9001", "TIS"),
    ),
    sme(
        47,
        "th",
        "alc",
        "down",
        "Samut Prakan",
        "เสื้อคลุมอาบน้ำบางพลี",
        "bangphli.robe",
        offers=[
            o("ชุดคลุมอาบน้ำผ้าวาฟเฟิล สำหรับสปา", "bathrobe"),
            o("เสื้อคลุมผ้าขนหนูเด็ก มีหมวก", "bathrobe"),
        ],
        needs=[n("ผ้ารังผึ้งเป็นม้วน", "waffle_fabric"), n("ผ้าโคอรัลฟลีซ ทำชุดคลุม", "microfibre_fabric")],
    ),
    sme(
        48,
        "en",
        "hnf",
        "down",
        "Chiang Mai",
        "Hemp Home Lanna",
        "hemphomelanna",
        offers=[
            o("Hemp-cotton 55/45 bath towels", "hemp_towel"),
            o("Hemp waffle hand towels", "hemp_towel"),
        ],
        needs=[
            n("Looking for a mill to weave our hemp yarn into terry", "terry_weaving_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        49,
        "th",
        "hnf",
        "down",
        "Chiang Rai",
        "ผ้าขนหนูใยไผ่เชียงราย",
        "bamboo.chiangrai",
        offers=[
            o("ผ้าเช็ดตัวใยไผ่ นุ่ม ซับน้ำไว", "bamboo_towel"),
            o("ผ้าคลุมอาบน้ำเด็กมีหมวก ใยไผ่", "baby_hooded_towel"),
        ],
        needs=[
            n("โรงงานที่รับทอด้ายใยไผ่ของเราเป็นผ้าขนหนู", "terry_weaving_service"),
            n("กล่องของขวัญ กระดาษต้องได้ FSC", "gift_box_packaging", req=("FSC",)),
        ],
        certs=(OEKO,),
        bcg=("bio",),
    ),
    sme(
        50,
        "en",
        "spt",
        "down",
        "Chon Buri",
        "QuickDry Thai",
        "quickdrythai",
        offers=[
            o("Quick-dry microfiber gym towels 40x80, 30 colours", "microfibre_towel"),
            o("Ice cooling towel for runners", "cooling_towel"),
        ],
        needs=[
            n("Peach-skin polyester knit yardage", "microfibre_fabric"),
            n("All-over print on our towels", "sublimation_printing_service"),
        ],
        certs=(OEKO,),
    ),
    sme(
        51,
        "th",
        "spt",
        "down",
        "Bangkok",
        "ผ้าเย็นวิ่งสู้",
        "wingsoo.cool",
        offers=[
            o("ผ้าเย็นซับเหงื่อ สำหรับนักวิ่ง", "cooling_towel"),
            o("ผ้าไมโครไฟเบอร์แห้งไว พกพา พร้อมถุงตาข่าย", "microfibre_towel"),
        ],
        needs=[n("ปักโลโก้ทีมลงผ้าที่เราส่งไป", "embroidery_service")],
    ),
    sme(
        52,
        "en",
        "alc",
        "down",
        "Pathum Thani",
        "Silver Care Textiles",
        "silvercaretex",
        offers=[
            o("Terry wash mitts for bed baths", "bed_bath_mitt"),
            o("Washable terry underpads 90x90, 4-layer", "washable_bed_pad"),
        ],
        needs=[
            n("White terry yardage with OEKO-TEX", "dyed_terry_fabric", req=(OEKO,)),
            n("CMT sewing partner", "sewing_cmt_service"),
        ],
        certs=("ISO 13485",),
    ),
    sme(
        53,
        "th",
        "ali",
        "down",
        "Khon Kaen",
        "ผลิตภัณฑ์ผู้สูงวัยขอนแก่น",
        "khonkaen.elder",
        offers=[
            o("แผ่นรองซับผ้าขนหนู ซักได้ 200 ครั้ง", "washable_bed_pad"),
            o("ถุงมือผ้าเช็ดตัวผู้ป่วยติดเตียง", "bed_bath_mitt"),
        ],
        needs=[
            n("ผ้าขนหนูม้วน สีขาวหรือฟ้า", "dyed_terry_fabric"),
            n("เคลือบกันเชื้อให้งานของเรา", "antibacterial_finishing_service"),
        ],
    ),
    sme(
        54,
        "en",
        "alc",
        "down",
        "Bangkok",
        "Towel & Co. Gifts",
        "towelandco",
        offers=[o("Boxed towel gift sets with corporate logo", "towel_gift_set")],
        needs=[
            n("Cotton hand towels in bulk for sets", "hand_face_towel"),
            n("FSC-certified boxes", "gift_box_packaging", req=("FSC",)),
        ],
    ),
    sme(
        55,
        "th",
        "hnf",
        "down",
        "Chiang Mai",
        "ของฝากผ้าทอดอยสุเทพ",
        "doisuthep.gift",
        offers=[o("ชุดของขวัญผ้าขาวม้ากับผ้าเช็ดหน้า ใส่กล่องไม้ไผ่", "towel_gift_set")],
        needs=[n("ผ้าขาวม้า คละสี 200 ผืน", "pha_khao_ma"), n("หาคนปักตัวอักษรชื่อลูกค้าลงผืนผ้า", "embroidery_service")],
        certs=("OTOP",),
    ),
    sme(
        56,
        "en",
        "ct",
        "down",
        "Ubon Ratchathani",
        "Mekong ReMade",
        "mekongremade",
        offers=[o("Tote bags sewn from old hotel towels", "upcycled_towel_bag")],
        needs=[n("Retired hotel terry, any colour", "used_towels")],
        bcg=("circular",),
    ),
    sme(
        57,
        "th",
        "hnf",
        "down",
        "Bangkok",
        "ถุงผ้าบางกอก",
        "bangkok.clothbag",
        offers=[o("กระเป๋าผ้าขาวม้าย้อมคราม ทอมือ", "handwoven_bag")],
        needs=[n("ผ้าขาวม้าผืนยาว ไว้ตัดกระเป๋า", "pha_khao_ma"), n("ย้อมครามให้ผ้าที่เราส่งไป", "indigo_dyeing_service")],
    ),
    sme(
        58,
        "en",
        "ct",
        "down",
        "Phuket",
        "Andaman Wiping Cloth",
        "andamanwiping",
        offers=[o("Wiping rags cut from hotel towels, 10 kg bales", "cleaning_rag")],
        needs=[n("Old towels and linen from resorts", "used_towels")],
        bcg=("circular",),
    ),
    sme(
        59,
        "th",
        "ali",
        "down",
        "Nakhon Ratchasima",
        "เบบี้เทอร์รี่โคราช",
        "korat.babyterry",
        offers=[
            o("ผ้าเช็ดตัวเด็กมีฮู้ด ลายสัตว์", "baby_hooded_towel"),
        ],
        needs=[n("ผ้าขนหนูสีขาว ต้องมีโอเคเทกซ์", "dyed_terry_fabric", req=(OEKO,))],
    ),
    sme(
        60,
        "en",
        "alc",
        "down",
        "Bangkok",
        "Krua Linen",
        "krualinen",
        offers=[o("Printed cotton tea towels", "tea_towel")],
        needs=[n("Handloom cotton yardage", "handwoven_cotton_fabric")],
    ),
    sme(
        61,
        "en",
        "ct",
        "down",
        "Phuket",
        "Kata Bay Resort",
        "katabay",
        needs=[
            n("Large pool-side towels, 600 gsm+, OEKO-TEX certified", *ALL_BATH, req=(OEKO,)),
            n("Guest robes", "bathrobe"),
        ],
    ),
    sme(
        62,
        "th",
        "alc",
        "down",
        "Chiang Mai",
        "โรงแรมนิมมานบูทีค",
        "nimman.hotel",
        needs=[n("ผ้าเช็ดตัวฝ้าย 100% สีขาว 27x54 นิ้ว", "bath_towel")],
    ),
    # ---------------------------------------------------------- downstream: buyers
    sme(
        63,
        "en",
        "alc",
        "down",
        "Bangkok",
        "Bangna General Hospital",
        "bangnahospital",
        needs=[
            n("Patient bath towels, TIS marked", *ALL_BATH, req=(TIS,)),
            n("Reusable incontinence underpads from an ISO 13485 maker", "washable_bed_pad", req=("ISO 13485",)),
            unmet("Disposable bed bath wipes", "disposable nonwovens: only reusable mitts are offered"),
        ],
    ),
    sme(
        64,
        "th",
        "alc",
        "down",
        "Nonthaburi",
        "บ้านพักผู้สูงอายุสุขใจ",
        "sukjai.care",
        needs=[
            n("ผ้าสวมมือ อาบน้ำให้ผู้สูงอายุบนที่นอน", "bed_bath_mitt"),
            n("ผ้ารองกันเปื้อน แบบซักได้", "washable_bed_pad"),
            unmet("รองเท้าแตะกันลื่นในห้องน้ำ", "footwear: no one offers slippers"),
        ],
    ),
    sme(
        65,
        "en",
        "spt",
        "down",
        "Bangkok",
        "FitHub Gyms",
        "fithub",
        needs=[n("Quick-dry towels with our logo", "microfibre_towel")],
    ),
    sme(
        66,
        "th",
        "spt",
        "down",
        "Songkhla",
        "สวนน้ำหาดใหญ่",
        "hatyai.waterpark",
        needs=[n("ผ้าเช็ดตัวฝ้ายผืนใหญ่ ให้ลูกค้าเช่าที่สระ", "bath_towel")],
    ),
    sme(
        67,
        "en",
        "spt",
        "down",
        "Surat Thani",
        "Samui Muay Thai Camp",
        "samuimuaythai",
        needs=[
            unmet("Hand wraps, 180 inch", "boxing hand wraps: no one offers them"),
            n("Hand towels for corner men", "hand_face_towel"),
        ],
    ),
    sme(
        68,
        "th",
        "alc",
        "down",
        "Bangkok",
        "ไทยเฮอร์บัลสปา",
        "thaiherbal.spa",
        needs=[
            n("เสื้อคลุมลายรังผึ้ง ให้ลูกค้าสปาใส่", "bathrobe"),
            n("ผ้าพันตัวสำหรับลูกค้านวด", "spa_wrap"),
        ],
    ),
    sme(
        69,
        "en",
        "hnf",
        "down",
        "Krabi",
        "Ao Nang Souvenirs",
        "aonangsouvenirs",
        needs=[
            n("Pakama, OTOP welcome but not required", "pha_khao_ma", waive=("OTOP",)),
        ],
    ),
    sme(
        70,
        "th",
        "alc",
        "down",
        "Sukhothai",
        "ร้านของฝากโอทอปสุโขทัย",
        "sukhothai.otop",
        needs=[
            n("ชุดของขวัญผ้าเช็ดตัว ต้องเป็นสินค้าโอทอป", "towel_gift_set", req=("OTOP",)),
            n("ผ้าย้อมครามเป็นหลา", "indigo_dyed_cotton_fabric"),
        ],
    ),
    sme(
        71,
        "en",
        "spt",
        "down",
        "Prachuap Khiri Khan",
        "Hua Hin Links Golf Club",
        "huahinlinks",
        needs=[
            n("Microfibre golf towels with clip", "microfibre_towel"),
            n("Neck chillers for caddies", "cooling_towel"),
        ],
    ),
    sme(
        72,
        "th",
        "alc",
        "down",
        "Nakhon Si Thammarat",
        "โรงพยาบาลเอกชนทุ่งสง",
        "thungsong.hospital",
        needs=[n("ผ้าเช็ดตัวผู้ป่วย ต้องได้ มอก.", *ALL_BATH, req=(TIS,)), n("ผ้ารองซับปัสสาวะ ซักได้", "washable_bed_pad")],
    ),
    sme(
        73,
        "en",
        "ct",
        "down",
        "Chon Buri",
        "Pattaya Beach Hotel",
        "pattayabeachhotel",
        offers=[o("Laundered end-of-life towels and sheets", "used_towels")],
        needs=[n("Bath mats for 300 rooms", "bath_mat"), n("Who sells bath sheets for 300 rooms?", *ALL_BATH)],
    ),
    sme(
        74,
        "th",
        "spt",
        "down",
        "Pathum Thani",
        "ฟิตเนสรังสิตคลับ",
        "rangsit.fitness",
        needs=[
            unmet("ตู้อบผ้าเย็นสำหรับลูกค้า", "machinery: no one in the set sells equipment"),
            n("ผ้าซับเหงื่อแห้งไว พิมพ์ชื่อฟิตเนส", "microfibre_towel"),
        ],
    ),
    sme(
        75,
        "en",
        "alc",
        "down",
        "Bangkok",
        "Sukhumvit Day Spa",
        "sukhumvitspa",
        needs=[n("Body wraps for massage guests", "spa_wrap"), n("Hair turbans", "hair_turban")],
    ),
    sme(
        76,
        "th",
        "alc",
        "down",
        "Samut Songkhram",
        "ผ้าคลุมผมแม่กลอง",
        "maeklong.turban",
        offers=[
            o("หมวกคลุมผมหลังสระ ผ้าไมโคร ซับน้ำไว", "hair_turban"),
            o("ผ้าพันตัวหลังอาบน้ำ ติดกระดุม", "spa_wrap"),
        ],
        needs=[n("ผ้าขนนุ่มโคอรัลฟลีซ เป็นม้วน", "microfibre_fabric")],
    ),
    sme(
        77,
        "en",
        "alc",
        "down",
        "Nonthaburi",
        "Nonthaburi Spa Supplies",
        "nonthaburispa",
        offers=[
            o("Velcro spa wrap skirts, one size", "spa_wrap"),
            o("Fitted terry covers for massage beds", "massage_table_cover"),
        ],
        needs=[n("Honeycomb weave yardage", "waffle_fabric")],
    ),
    sme(
        78,
        "th",
        "ali",
        "down",
        "Udon Thani",
        "โรงแรมอุดรแกรนด์วิว",
        "udon.grandview",
        needs=[
            n("ผ้าเช็ดตัวฝ้ายสีขาว ไม่ต้องมี มอก.", "bath_towel", waive=(TIS,)),
            unmet("บริการซักรีดผ้าโรงแรม", "laundry service: no laundry in the set"),
        ],
    ),
    sme(
        79,
        "th",
        "ali",
        "down",
        "Nakhon Phanom",
        "โฮสเทลริมโขง นครพนม",
        "nakhonphanom.hostel",
        needs=[
            unmet("ผ้าเช็ดตัวฝ้ายออร์แกนิก ต้องมี GOTS", "no towel maker holds GOTS", *ALL_BATH, req=("GOTS",)),
            n("ผ้าเหยียบหน้าห้องน้ำ", "bath_mat"),
        ],
    ),
    sme(
        80,
        "th",
        "hnf",
        "down",
        "Chiang Mai",
        "ร้านผ้าทอถนนวัวลาย",
        "wualai.textile",
        offers=[o("ย่ามผ้าฝ้ายทอมือ ย้อมคราม", "handwoven_bag")],
        needs=[
            n("ผ้ากัญชงเป็นเมตร เอาไปตัดเสื้อ", "hemp_fabric"),
            unmet("ผ้าพันคอไหมอีรี่", "eri silk scarves: no one offers them"),
        ],
    ),
    sme(
        81,
        "th",
        "hnf",
        "down",
        "Mae Hong Son",
        "ปายอีโคสเตย์",
        "pai.ecostay",
        needs=[n("ผ้าเช็ดตัวสำหรับแขก ขอแบบไม่ใช้สีเคมี", "natural_dyed_towel")],
    ),
    sme(
        82,
        "th",
        "alc",
        "down",
        "Ayutthaya",
        "ของชำร่วยงานแต่งอยุธยา",
        "ayutthaya.favors",
        needs=[n("ผ้าขนหนูผืนเล็ก 12x12 นิ้ว 500 ผืน", "hand_face_towel")],
    ),
    sme(
        83,
        "en",
        "alc",
        "down",
        "Bangkok",
        "BKK Corporate Gifts",
        "bkkcorpgifts",
        needs=[n("Upcycled totes for an ESG gift, GRS nice to have", "upcycled_towel_bag", waive=("GRS",))],
    ),
    sme(
        84,
        "th",
        "ali",
        "down",
        "Buriram",
        "ชมรมเดินวิ่งบุรีรัมย์",
        "buriram.runners",
        needs=[unmet("เสื้อวิ่งจากผ้ารีไซเคิล", "running shirts: no garment maker in the set")],
    ),
    sme(
        85,
        "en",
        "ct",
        "down",
        "Bangkok",
        "Green Leaf Hotel Bangkok",
        "greenleafhotel",
        needs=[
            unmet(
                "Bath towels with recycled cotton content, GRS", "no finished towel of recycled cotton", req=("GRS",)
            ),
            n("Robes, OEKO-TEX", "bathrobe", req=(OEKO,)),
            n("Turn our old towels into fibre for new products", "textile_shredding_service"),
        ],
        bcg=("circular", "green"),
    ),
    sme(
        86,
        "th",
        "ct",
        "down",
        "Nonthaburi",
        "วิสาหกิจชุมชนอัพไซเคิลปากเกร็ด",
        "pakkret.upcycle",
        offers=[
            o("พรมเช็ดเท้าถักจากเศษผ้าขนหนู", "bath_mat"),
            o("กระเป๋าตัดจากผ้าเช็ดตัวเก่า", "upcycled_towel_bag"),
        ],
        needs=[n("รับซื้อริมผ้าเทอร์รี่ที่ตัดทิ้ง", "towel_offcuts")],
        bcg=("circular",),
    ),
    sme(
        87,
        "en",
        "alc",
        "down",
        "Bangkok",
        "Chao Phraya River Cruises",
        "chaophrayacruise",
        needs=[
            n("Dish cloths for the galley, anyone?", "tea_towel"),
            n("Cheap cloths to wipe engine oil on deck", "cleaning_rag"),
            unmet(
                "Microfibre cleaning cloths for cabins", "microfibre cleaning cloths: only towels and rags are offered"
            ),
        ],
    ),
    sme(
        88,
        "th",
        "ali",
        "down",
        "Maha Sarakham",
        "ร้านขายส่งผ้าพื้นเมืองมหาสารคาม",
        "sarakham.wholesale",
        needs=[n("ผ้าขาวม้าจากกลุ่มทอ ส่งต่อเนื่องทุกเดือน มีโอทอปยิ่งดี", "pha_khao_ma", waive=("OTOP",))],
    ),
    sme(
        89,
        "th",
        "ali",
        "down",
        "Nakhon Ratchasima",
        "ศูนย์ดูแลผู้สูงอายุโคราช",
        "korat.eldercare",
        needs=[
            n("ถุงมืออาบน้ำแบบขนหนู ใช้กับคนไข้ที่ลุกไม่ได้", "bed_bath_mitt"),
            unmet("ผ้ากันเปื้อนผู้ใหญ่ แบบผ้าขนหนู", "clothing protectors: no one offers them"),
        ],
    ),
    sme(
        90,
        "th",
        "spt",
        "down",
        "Chiang Mai",
        "สวิมช็อปเชียงใหม่",
        "cm.swimshop",
        needs=[
            unmet("ผ้าชามัวร์ซับน้ำ สำหรับนักกระโดดน้ำ", "PVA chamois: not microfibre, no one offers it"),
            n("ผ้าเช็ดตัวแห้งเร็ว พับได้เล็ก", "microfibre_towel"),
        ],
    ),
    sme(
        91,
        "th",
        "hnf",
        "down",
        "Nan",
        "น่านสโลว์ลิฟวิ่งโฮมสเตย์",
        "nan.slowliving",
        needs=[n("ผ้าขาวม้าไว้ให้แขกใช้อาบน้ำ", "pha_khao_ma")],
    ),
    sme(
        92,
        "th",
        "alc",
        "down",
        "Nakhon Pathom",
        "ร้านผ้าตลาดดอนหวาย",
        "donwai.market",
        offers=[o("ผ้าเช็ดจานลายไทย ขายส่ง", "tea_towel")],
    ),
    sme(
        93,
        "en",
        "alc",
        "down",
        "Bangkok",
        "BabyNest Thailand",
        "babynest",
        needs=[
            n("Hooded baby towels, OEKO-TEX", "baby_hooded_towel", req=(OEKO,)),
            unmet("GOTS organic muslin swaddles", "swaddles: no one offers them", req=("GOTS",)),
        ],
    ),
    sme(
        94,
        "th",
        "ct",
        "down",
        "Rayong",
        "บริษัท มาบตาพุดเอ็นจิเนียริ่ง จำกัด",
        "maptaphut.eng",
        needs=[
            n("ผ้าเช็ดคราบน้ำมันเครื่องจักร ซื้อเป็นกิโล", "cleaning_rag"),
            unmet("ถุงมือผ้าฝ้ายถัก", "work gloves: no one offers them"),
        ],
    ),
    sme(
        95,
        "en",
        "spt",
        "down",
        "Phuket",
        "Phuket Dive & Swim School",
        "phuketdive",
        needs=[n("Who can print our logo on towels we already bought?", "sublimation_printing_service")],
    ),
]


# ------------------------------------------------------------------ links


def qualified_suppliers(buyer: Sme, need: Need, smes: list[Sme]) -> list[str]:
    """Ids of the SMEs that meet `need`: an offer with a listed label and every required certification."""
    wanted = set(need.labels)
    required = set(need.requires)
    found = []
    for supplier in smes:
        if supplier.id == buyer.id:
            continue
        held = canonical_certifications(supplier.certifications)
        if required <= held and any(label in wanted for _, label in supplier.offers):
            found.append(supplier.id)
    return found


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {
        (supplier, buyer.id)
        for buyer in smes
        for need in buyer.needs
        for supplier in qualified_suppliers(buyer, need, smes)
    }
    return sorted(links)


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9.\-]+@[a-z0-9.\-]+\.[a-z]+$")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _thai_share(text: str) -> float:
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def _named(text: str, certification: str) -> bool:
    """Whether `text` names `certification` at all, affirmed or negated."""
    folded = text.casefold()
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (*cert.mentions, *cert.case_sensitive_mentions, *cert.aliases, cert.name)
            return any(name.casefold() in folded for name in names)
    return False


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    expected = [f"{ID_PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]
    if ids != expected:
        errors.append(f"ids must be {expected[0]} ... {expected[-1]} in order; got {len(ids)} profiles")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        held = set()
        for cert in s.certifications:
            canonical = resolve_certification(cert)
            if canonical is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
            else:
                held.add(canonical)
        if len(held) != len(s.certifications):
            errors.append(f"{where}: repeated certification")
        phrases = [s.name, *(t for t, _ in s.offers), *(need.text for need in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or "  " in phrase or not phrase:
                errors.append(f"{where}: badly spaced phrase {phrase!r}")
            if s.language == "th" and _thai_share(phrase) < 0.6:
                errors.append(f"{where}: Thai phrase is not mostly Thai: {phrase!r}")
            if s.language == "en" and (not phrase.isascii() or _THAI_LETTER.search(phrase)):
                errors.append(f"{where}: English phrase is not plain Latin: {phrase!r}")
        for text, label in s.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held:
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - held)} not held")
        for need in s.needs:
            what = f"{where}: need {need.text!r}"
            for label in need.labels:
                if label not in LABELS:
                    errors.append(f"{what}: unknown label {label!r}")
                elif not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{what}: label {label!r} is offered by no one else")
            if not need.labels and not need.unmet:
                errors.append(f"{what}: lists no labels and is not marked unmet")
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{what}: {cert!r} is not a canonical certification name")
                if not _named(need.text, cert):
                    errors.append(f"{what}: does not name {cert!r}")
            if find_certifications(need.text) != set(need.requires):
                errors.append(f"{what}: text asks for {sorted(find_certifications(need.text))}")
            for cert in need.waives:
                if cert in find_certifications(need.text):
                    errors.append(f"{what}: waived {cert!r} reads as required")
            suppliers = qualified_suppliers(s, need, smes)
            if need.unmet and suppliers:
                errors.append(f"{what}: marked unmet but met by {suppliers}")
            if not need.unmet and not suppliers:
                errors.append(f"{what}: met by no one")
            for text, _ in s.offers:
                if text.casefold() in need.text.casefold() or need.text.casefold() in text.casefold():
                    errors.append(f"{what}: shares its wording with an offer")
    for supplier, buyer in links:
        if supplier == buyer:
            errors.append(f"self link {supplier}")
    stats = counts(smes, links)
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} true links, want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} unmet needs, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    thai_share = stats["th"] / len(smes) if smes else 0.0
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai_share:.2f}, want {THAI_SHARE_RANGE}")
    cross_share = stats["cross"] / len(links) if links else 0.0
    if not CROSS_SHARE_RANGE[0] <= cross_share <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross_share:.2f}, want {CROSS_SHARE_RANGE}")
    return errors


# ------------------------------------------------------------------ counts


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> dict[str, int]:
    by_id = {s.id: s for s in smes}
    needs = [(s, need) for s in smes for need in s.needs]
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    return {
        "profiles": len(smes),
        "th": sum(1 for s in smes if s.language == "th"),
        "en": sum(1 for s in smes if s.language == "en"),
        "provinces": len({resolve_province(s.province).name_en for s in smes if resolve_province(s.province)}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(1 for _, need in needs if not need.unmet),
        "unmet": sum(1 for _, need in needs if need.unmet),
        "requires": sum(1 for _, need in needs if need.requires),
        "waives": sum(1 for _, need in needs if need.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
    }


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    c = counts(smes, links)
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English profiles", f"{c['th']} / {c['en']}"),
    ]
    subs = Counter(s.sub_cluster for s in smes)
    rows += [(f"sub-cluster `{sub.value}`", str(subs[sub])) for sub in SubCluster]
    stages = Counter(s.stage for s in smes)
    rows += [(f"stage `{stage.value}`", str(stages[stage])) for stage in Stage]
    regions = Counter(p.region for s in smes if (p := resolve_province(s.province)) is not None)
    rows += [(f"region `{region.value}`", str(regions[region])) for region in Region]
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['met']} / {c['unmet']}"),
        ("needs requiring a certification", str(c["requires"])),
        ("needs waiving a certification", str(c["waives"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links (share)", f"{c['cross']} ({c['cross'] / max(1, c['links']):.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines)


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": [tag.value for tag in s.bcg],
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


README = """# Evaluation set `blind_plain_towels`

Hand-labelled test set for partner matchmaking: towels and bath textiles.

## What it checks

Whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles written as plain registry
entries, in wording it has never seen: terry towels, bath sheets, hand and face towels, bathrobes, pha khao ma
used as bath cloths, microfibre and cooling towels, towel yarn (cotton, bamboo, hemp), terry weaving, bleaching
and dyeing, hemming, name embroidery, gift sets, and the hotels, hospitals, care homes, gyms, pools, spas and
souvenir shops that buy them, plus the ordinary upstream and midstream suppliers of the cluster (fibre, yarn,
waste, natural dyes, cloth, dyeing, sewing, trims, packaging).

About 55 % of the profiles are written in Thai and the rest in English; about half of the true links cross
languages. The set has hard but fair cases: a service versus the goods it works on (dyeing the customer's
towels versus dyed terry; weaving the customer's yarn versus terry cloth; sewing for others versus finished
towels); the customer's own goods sent for work; used towels and factory clippings versus new goods; raw versus
processed (PET bottles versus flakes, fibre versus yarn, loom-state versus bleached terry, cloth versus finished
pieces); finished goods described by their material, colour or technique (an indigo-dyed face cloth is a towel,
a bag of indigo pakama is a bag, a bath mat knitted from towel waste is a bath mat); tea towels and cleaning
rags that are not bath towels; needs written as a wish, a bare noun phrase or a question; refusals ("no
synthetic dyes"); needs that require a named certification and needs that name one only to waive it; and
needs that no one in the set meets.

## How it was written

By hand: every profile, offer label and need label was written out one by one in `write.py` (no templates,
no generator, nothing taken from the matcher). The writer, working from a written brief, read
only section 1 of the contracts (profile JSONL version 1 and the links CSV), `shared/taxonomy.py` with its
data files, and the ruff settings; it did not read the matcher, the glossary, the tests, other evaluation sets
or the project's data.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `bath_towel` versus `tea_towel`). Every need
either lists the offer labels that would meet it and the certifications its text requires, or is marked as met
by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places never
decide a link; what changes what the thing is does. A waived certification ("OTOP welcome but not required",
"ไม่ต้องมี มอก.") is not required. The labels live only in `write.py`.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster, stage
and BCG tags from `shared.taxonomy`, every province resolving with `resolve_province`, every certification
with `resolve_certification`); every label a need lists is offered by someone other than the buyer; every met
need has a qualified supplier and every unmet one has none; a required or waived certification is named in
the need's text, and `find_certifications` reads the need's text as asking for exactly the required ones;
offers claim no certification the SME does not hold; Thai phrases are mostly Thai letters and English ones
plain Latin; the size targets. If any check fails it writes nothing. Two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_towels/write.py
```

## Files

- `write.py`: all the data (profiles, offer labels, need labels and certifications) and the checks; writes
  the other three files.
- `profiles.jsonl`: {profiles} profiles `{first}` ... `{last}` in the contract's JSONL version 1; no labels.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def report(smes: list[Sme]) -> None:
    """Print each need with the suppliers that meet it (a writing aid; `write.py --report`)."""
    for buyer in smes:
        for need in buyer.needs:
            suppliers = qualified_suppliers(buyer, need, smes)
            print(f"{buyer.id} {len(suppliers)} {need.text} -> {' '.join(suppliers) or need.unmet}")


def main() -> int:
    if "--report" in sys.argv[1:]:
        report(SMES)
    links = true_links(SMES)
    errors = check(SMES, links)
    table = counts_table(SMES, links)
    print(table)
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    readme = README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, links=len(links), table=table)
    (HERE / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in SMES), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8", newline="")
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"\nwrote profiles.jsonl, links.csv and README.md in {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
