"""Write the hand-labelled blind evaluation set `eval/blind_plain_tablelinen/`.

Table linen and banquet textiles: tablecloths, runners, napkins, chair covers and sashes, skirting,
placemats of cloth, water hyacinth or sedge reed, the hotels, caterers, wedding planners, restaurants
and care homes that buy them, and the fibre, yarn, cloth, dyeing and sewing businesses behind them.

All data is written by hand below. Every offer carries a label saying what the thing is; every need
lists the labels that would meet it and the certifications its text requires, or is marked as met by
no one. The labels stay in this file: `profiles.jsonl` holds only contract fields.

Run from the repository root:  .venv/bin/python eval/blind_plain_tablelinen/write.py
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
    Region,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str  # what the thing is


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()  # offer labels that meet it
    requires: tuple[str, ...] = ()  # certifications the text requires (canonical names)
    waives: tuple[str, ...] = ()  # certifications the text names only to waive
    unmet: str = ""  # when met by no one: why


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"btb-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def x(text: str, why: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets (labels, if any, are offered but never with the required certification)."""
    return Need(text, labels, req, waive, unmet=why)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        num, language, name, sub_cluster, stage, province, email, tuple(offers or ()), tuple(needs or ()), certs, bcg
    )


HNF = SubCluster.HEMP_NATURAL_FIBRE
CT = SubCluster.CIRCULAR_TEXTILE
SPT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

ORG_TH = "Organic Thailand"
GOTS = "GOTS"
GRS = "GRS"
OEKO = "OEKO-TEX Standard 100"
OTOP = "OTOP"
PEACOCK = "Thai Silk Peacock Emblem"
ISO9001 = "ISO 9001"
TIS = "Thai Industrial Standard"
GREEN_LABEL = "Thai Green Label"

# ------------------------------------------------------------------ profiles 1-24: fibre, yarn, dye stuff, waste

PART_1 = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาดอกคำ",
        HNF,
        UP,
        "Loei",
        "nadokkham.cotton@gmail.com",
        offers=[
            o("ปุยฝ้ายอีดเมล็ดแล้ว ฝ้ายพื้นเมืองเลย ปลอดสาร", "raw_cotton_fibre"),
            o("ฝ้ายตุ่น สีน้ำตาลธรรมชาติ เป็นปุย กิโลละ 180 บาท", "raw_cotton_fibre"),
        ],
        needs=[x("เครื่องอีดฝ้ายแบบมือหมุน", "a hand cotton gin is equipment; no one in the set sells machinery")],
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Mae Chaem Handspun Collective",
        HNF,
        UP,
        "Chiang Mai",
        "maechaem.handspun@gmail.com",
        offers=[
            o("Handspun cotton yarn, natural white and khaki, per kg", "handspun_cotton_yarn"),
            o("Hom-dyed handspun skeins, light to deep blue", "indigo_dyed_cotton_yarn"),
        ],
        needs=[
            n("Ginned cotton lint, Organic Thailand certified", "raw_cotton_fibre", req=(ORG_TH,)),
            n("Hom piak (wet indigo paste), 20 kg a month", "indigo_dye_paste"),
        ],
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "ร้านห้อมเปียกแม่บัวคำ",
        HNF,
        UP,
        "Phrae",
        "maebuakham.hom@gmail.com",
        offers=[
            o("ห้อมเปียก พร้อมก่อหม้อ ถังละ 10 กก.", "indigo_dye_paste"),
            o("รับย้อมห้อม ผ้าหรือเสื้อของลูกค้า คิดเป็นกิโล", "indigo_dyeing_service"),
        ],
        needs=[n("ผ้าฝ้ายทอมือสีขาวนวล ยังไม่ย้อม ไว้ย้อมห้อมขายหน้าร้าน", "handwoven_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Sakon Khram Paste Group",
        ALI,
        UP,
        "Sakon Nakhon",
        "sakonkhram.group@gmail.com",
        offers=[
            o("Fermented khram paste (Indigofera), 5 kg tubs", "indigo_dye_paste"),
            o("Khram-dyed machine cotton yarn, 3 shades, per hank", "indigo_dyed_cotton_yarn"),
        ],
        needs=[n("Undyed cotton yarn in hanks for our vats, 20/2", "mill_cotton_yarn", "handspun_cotton_yarn")],
        certs=("OTOP product",),
        bcg=("bio",),
    ),
    sme(
        5,
        "th",
        "วิสาหกิจชุมชนเก็บผักตบบางไทร",
        CT,
        UP,
        "Phra Nakhon Si Ayutthaya",
        "bangsai.pakdtob@gmail.com",
        offers=[
            o("ผักตบชวาตากแห้ง คัดก้านยาว 60 ซม. ขึ้นไป", "water_hyacinth_dried_stalk"),
            o("เส้นผักตบถักเปีย ม้วนละ 50 เมตร", "water_hyacinth_braid"),
        ],
        bcg=("circular", "green"),
    ),
    sme(
        6,
        "en",
        "Kumphawapi Hyacinth Supply",
        ALI,
        UP,
        "Udon Thani",
        "kumphawapi.supply@gmail.com",
        offers=[o("Sun-dried water hyacinth stems, 25 kg bale", "water_hyacinth_dried_stalk")],
        needs=[x("Solar tunnel dryer, 6 m long", "equipment; no one in the set builds dryers")],
        bcg=("circular",),
    ),
    sme(
        7,
        "th",
        "วิสาหกิจชุมชนกระจูดทะเลน้อย",
        HNF,
        UP,
        "Phatthalung",
        "thalenoi.krajood@gmail.com",
        offers=[
            o("ต้นกระจูดตากแห้ง ทุบแบนแล้ว มัดละ 1 กิโล", "sedge_reed"),
            o("เสื่อกระจูดผืนใหญ่ 2x1 เมตร ปูพื้น", "reed_floor_mat"),
        ],
        needs=[n("สีย้อมจากธรรมชาติ เปลือกไม้ แก่นไม้", "natural_dye_material")],
        certs=("โอทอป",),
        bcg=("bio",),
    ),
    sme(
        8,
        "th",
        "ห้างหุ้นส่วนจำกัด ส.เจริญผ้าเศษ",
        CT,
        UP,
        "Samut Sakhon",
        "sjaroen.scrap@gmail.com",
        offers=[
            o("เศษผ้าคอตตอน 100% คัดสีขาว ขายเป็นตัน", "cotton_cutting_scraps"),
            o("ผ้าปูโต๊ะโรงแรมเก่า คัดแล้ว ซักแล้ว กิโลละ 25 บาท", "used_table_linen"),
        ],
        needs=[n("รับซื้อผ้าเก่าจากโรงแรม ผ้าคลุมโต๊ะ ผ้าเช็ดปาก ทุกสภาพ", "used_table_linen")],
        bcg=("circular",),
    ),
    sme(
        9,
        "en",
        "EastLoop Fibre Recycling Co., Ltd.",
        CT,
        UP,
        "Chonburi",
        "sales@eastloopfibre.co.th",
        offers=[o("Recycled cotton fibre, garneted, 20-25 mm staple", "recycled_cotton_fibre")],
        needs=[
            n("Post-industrial cotton clippings, white, baled", "cotton_cutting_scraps"),
            n("Retired hotel table linen, any colour", "used_table_linen"),
        ],
        certs=("GRS certified",),
        bcg=("circular",),
    ),
    sme(
        10,
        "th",
        "บริษัท โคราชรีสปินนิ่ง จำกัด",
        CT,
        UP,
        "Nakhon Ratchasima",
        "sales@koratrespin.co.th",
        offers=[
            o("ด้าย OE ฝ้ายรีไซเคิล Ne 10/1 ทำผ้าเช็ดมือ ผ้ากันเปื้อน", "recycled_cotton_yarn"),
            o("ด้ายคอตตอน CM 20/1 ฝ้ายใหม่ 100%", "mill_cotton_yarn"),
        ],
        needs=[
            n("ใยฝ้ายรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_cotton_fibre", req=(GRS,)),
            n("ปุยฝ้ายดิบ เกรดโรงปั่น", "raw_cotton_fibre"),
        ],
        certs=(GRS, ISO9001),
        bcg=("circular",),
    ),
    sme(
        11,
        "en",
        "Tha Sawang Silk Reeling",
        ALI,
        UP,
        "Surin",
        "thasawang.reeling@gmail.com",
        offers=[o("Hand-reeled Thai silk yarn (mai noi), degummed, per kg", "silk_yarn")],
        needs=[x("Fresh silkworm cocoons, Nang Noi breed", "no sericulture farm in the set")],
        bcg=("bio",),
    ),
    sme(
        12,
        "en",
        "Siam Yarn & Thread Trading",
        SPT,
        UP,
        "Bangkok",
        "order@siamyarnthread.com",
        offers=[
            o("Spun polyester yarn 30/1, raw white, 1.89 kg cones", "polyester_yarn"),
            o("Sewing thread 40/2 poly, 5,000 m cones", "sewing_thread"),
        ],
    ),
    sme(
        13,
        "th",
        "บริษัท รีเพ็ท ไฟเบอร์ จำกัด",
        CT,
        UP,
        "Rayong",
        "info@repetfiber.co.th",
        offers=[o("เส้นด้ายรีไซเคิลจากขวด PET (rPET) 150D/48F", "recycled_polyester_yarn")],
        needs=[x("ขวดเพ็ทใส อัดก้อน รับซื้อต่อเนื่อง", "no bottle collector in the set")],
        certs=("มาตรฐานรีไซเคิลสากล",),
        bcg=("circular", "green"),
    ),
    sme(
        14,
        "th",
        "กลุ่มกัญชงม้งบ้านป่ากล้วย",
        HNF,
        UP,
        "Chiang Rai",
        "pakluay.hemp@gmail.com",
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre"),
            o("เส้นกัญชงต่อมือแบบม้ง ม้วนใหญ่", "hemp_yarn"),
        ],
        bcg=("bio",),
    ),
    sme(
        15,
        "en",
        "Lanna Hemp Works",
        HNF,
        MID,
        "Chiang Mai",
        "hello@lannahempworks.com",
        offers=[
            o("Hemp yarn Nm 8, wet-spun, natural", "hemp_yarn"),
            o("100% hemp canvas, 220 gsm, loom-state", "hemp_fabric"),
        ],
        needs=[n("Decorticated hemp bast, long line", "hemp_fibre")],
        certs=("Oeko-Tex 100",),
        bcg=("bio",),
    ),
    sme(
        16,
        "th",
        "สวนสีธรรมชาติป่าซาง",
        HNF,
        UP,
        "Lamphun",
        "pasang.natcolour@gmail.com",
        offers=[o("แก่นขนุนสับ เปลือกประดู่ ครั่งดิบ ขายเป็นกิโล", "natural_dye_material")],
        bcg=("bio",),
    ),
    sme(
        17,
        "en",
        "Chao Phraya Cotton Ginnery",
        HNF,
        UP,
        "Nakhon Sawan",
        "ginnery@cpcotton.co.th",
        offers=[o("Ginned cotton lint, conventional, 200 kg bale", "raw_cotton_fibre")],
    ),
    sme(
        18,
        "th",
        "บริษัท ป.ประเสริฐทอผ้า จำกัด",
        ALC,
        MID,
        "Samut Prakan",
        "sales@pprasertweaving.co.th",
        offers=[
            o("ผ้าดิบทอเครื่อง 20x20 หน้า 63 นิ้ว เป็นพับ", "greige_cotton_fabric"),
            o("ผ้าทีซี 45x45 ฟอกขาว ผ้าปูโต๊ะโรงแรม ได้ มอก.", "polycotton_fabric"),
        ],
        needs=[n("เส้นด้ายฝ้าย 20/1 ใช้เป็นเส้นพุ่ง", "mill_cotton_yarn")],
        certs=("มอก.",),
    ),
    sme(
        19,
        "en",
        "Mahachai Dye & Finish Co., Ltd.",
        ALC,
        MID,
        "Samut Sakhon",
        "cs@mahachaidye.co.th",
        offers=[
            o(
                "Commission piece dyeing of your cloth or made-ups, reactive and disperse, 500 m per colour",
                "fabric_dyeing_service",
            ),
            o("PFD white cotton poplin, ready for print", "bleached_cotton_fabric"),
        ],
        needs=[n("Loom-state grey cotton cloth in rolls", "greige_cotton_fabric")],
        certs=("ISO 14001", OEKO),
    ),
    sme(
        20,
        "th",
        "วิสาหกิจชุมชนทอผ้าบ้านหาดเสี้ยว",
        ALC,
        MID,
        "Sukhothai",
        "hadsiew.weaving@gmail.com",
        offers=[
            o("ผ้าฝ้ายทอมือสีขาวนวล ไม่ฟอกไม่ย้อม หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            o("ผ้าปูโต๊ะทอมือลายขิด 6 ที่นั่ง", "cotton_tablecloth"),
        ],
        needs=[n("ฝ้ายเบอร์ 20 สำหรับทอกี่", "mill_cotton_yarn", "handspun_cotton_yarn")],
        certs=(OTOP,),
    ),
    sme(
        21,
        "en",
        "Phrae Mor Hom Textiles",
        HNF,
        MID,
        "Phrae",
        "phraemorhom@gmail.com",
        offers=[
            o("Mor hom indigo cotton by the roll, 36 in wide", "indigo_dyed_cotton_fabric"),
            o("Vat indigo dyeing of your garments or fabric, per kg", "indigo_dyeing_service"),
        ],
        needs=[n("Unbleached woven cotton for vat dyeing, 100 m rolls", "greige_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        22,
        "th",
        "กลุ่มย้อมครามบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        "donkoi.khram@gmail.com",
        offers=[
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            o("ผ้ารองจานผ้าคราม เย็บขอบ ชุด 4 ผืน", "fabric_placemat"),
        ],
        needs=[
            n("ฝ้ายเข็นมือ ยังไม่ย้อม", "handspun_cotton_yarn"),
            n("ครามเปียกจากแหล่งอื่น เสริมช่วงหน้าแล้ง", "indigo_dye_paste"),
        ],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        23,
        "en",
        "Udon Natural Colour Studio",
        ALI,
        MID,
        "Udon Thani",
        "udon.natcolour@gmail.com",
        offers=[o("Natural dyeing on your cotton or silk: lac, ebony, jackfruit", "natural_dyeing_service")],
        needs=[n("Dye stuffs: mango bark, ebony fruit, stick lac", "natural_dye_material")],
        bcg=("bio",),
    ),
    sme(
        24,
        "th",
        "บริษัท สยามแบงเควท เท็กซ์ไทล์ จำกัด",
        ALC,
        MID,
        "Pathum Thani",
        "sales@siambanquettex.co.th",
        offers=[
            o("ผ้าไหมอิตาลี (โพลีเอสเตอร์) หน้า 60 นิ้ว ทำผ้าปูโต๊ะจัดเลี้ยง", "polyester_fabric"),
            o("ผ้าซาตินมัน สีพื้น 40 สี", "satin_fabric"),
        ],
        needs=[
            n("ด้ายโพลีเอสเตอร์ปั่น 30/1", "polyester_yarn"),
            n("ด้าย rPET สำหรับคอลเลกชันรักษ์โลก", "recycled_polyester_yarn"),
        ],
        certs=(OEKO,),
    ),
]

# ------------------------------------------------------------------ profiles 25-48: cloth, dyeing, sewing, makers

PART_2 = [
    sme(
        25,
        "en",
        "Green Loop Fabrics Co., Ltd.",
        CT,
        MID,
        "Chachoengsao",
        "sales@greenloopfabrics.co.th",
        offers=[o("rPET banquet twill, 280 gsm, GRS certified", "polyester_fabric")],
        needs=[n("GRS-certified recycled PET filament yarn", "recycled_polyester_yarn", req=(GRS,))],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        26,
        "th",
        "ร้านผ้าแก้วพาหุรัด",
        ALC,
        MID,
        "Bangkok",
        "pahurat.phakaew@gmail.com",
        offers=[
            o("ผ้าแก้ว ม้วนละ 100 หลา สีขาว ครีม ทอง", "organza_fabric"),
            o("ลูกไม้ขอบ ลูกไม้ฉลุ ขายเป็นหลา", "lace_trim"),
        ],
    ),
    sme(
        27,
        "en",
        "Pattaya Stretch Textiles",
        SPT,
        MID,
        "Chonburi",
        "sales@pattayastretch.com",
        offers=[
            o("4-way stretch spandex knit, 200 gsm, 58 in", "spandex_fabric"),
            o("Fitted spandex covers for 6 ft expo tables", "stretch_table_cover"),
        ],
        needs=[n("Raw white polyester yarn for knitting", "polyester_yarn")],
        certs=(OEKO,),
    ),
    sme(
        28,
        "th",
        "โรงพิมพ์ผ้าซับลิเมชั่นบางบัวทอง",
        SPT,
        MID,
        "Nonthaburi",
        "bbt.sublimation@gmail.com",
        offers=[
            o("รับพิมพ์ซับลิเมชั่นลงผ้าลูกค้า หน้ากว้างถึง 3.2 เมตร", "sublimation_printing_service"),
            o("ผ้าคลุมโต๊ะบูธพิมพ์โลโก้ งานวิ่ง งานอีเวนต์", "printed_table_throw"),
        ],
        needs=[n("ผ้าโพลีเอสเตอร์สีขาว สำหรับพิมพ์ซับ", "polyester_fabric")],
    ),
    sme(
        29,
        "en",
        "Khon Kaen Embroidery House",
        ALI,
        MID,
        "Khon Kaen",
        "kkembroidery@gmail.com",
        offers=[o("Logo embroidery on napkins, aprons and sashes, from 50 pcs", "embroidery_service")],
        needs=[n("Poly thread on big cones for our machines", "sewing_thread")],
    ),
    sme(
        30,
        "th",
        "โรงงานตัดเย็บศรีสุขการ์เมนท์",
        ALC,
        MID,
        "Ratchaburi",
        "srisuk.garment@gmail.com",
        offers=[
            o("รับจ้างตัดเย็บ ลูกค้าส่งผ้ามาเอง ผ้าปูโต๊ะ ผ้าคลุมเก้าอี้", "cut_and_sew_service"),
            o("เศษผ้าตัด ขายเหมากระสอบ", "cotton_cutting_scraps"),
        ],
        needs=[n("ด้ายเย็บผ้า 40/2 สีขาว ดำ", "sewing_thread")],
        certs=(ISO9001,),
    ),
    sme(
        31,
        "en",
        "Korat Hem & Sew",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "korathemsew@gmail.com",
        offers=[o("CMT for table linen: hemming, mitred corners, your fabric", "cut_and_sew_service")],
    ),
    sme(
        32,
        "th",
        "กลุ่มทอผ้าขาวม้าบ้านหนองแคน",
        ALI,
        MID,
        "Roi Et",
        "nongkhaen.pakhaoma@gmail.com",
        offers=[o("ผ้าขาวม้าทอมือ ลายตาหมากรุก ผืนละ 2 เมตร", "pakhaoma_cloth")],
        needs=[n("ฝ้ายโรงงานเบอร์ 20/2 สีขาว", "mill_cotton_yarn")],
        certs=(OTOP,),
    ),
    sme(
        33,
        "en",
        "Yasothon Pakhaoma Collective",
        ALI,
        MID,
        "Yasothon",
        "yasothon.pakhaoma@gmail.com",
        offers=[
            o("Pha khao ma checked cotton cloth, bundle of 10", "pakhaoma_cloth"),
            o("Pha khao ma table runners, hemmed ends", "cotton_table_runner"),
        ],
        needs=[n("Indigo vat dyeing for our woven lengths", "indigo_dyeing_service")],
    ),
    sme(
        34,
        "th",
        "กลุ่มบาติกบ้านทอน",
        HNF,
        MID,
        "Narathiwat",
        "banthon.batik@gmail.com",
        offers=[
            o("ผ้าบาติกเขียนมือ ลายทะเล ขายเป็นหลา", "batik_fabric"),
            o("ผ้าปูโต๊ะบาติก 150x220 ซม.", "cotton_tablecloth"),
        ],
        needs=[n("ผ้าคอตตอนฟอกขาว สำหรับเขียนเทียน", "bleached_cotton_fabric")],
    ),
    sme(
        35,
        "en",
        "Flax & Weft Trading",
        ALC,
        MID,
        "Bangkok",
        "sales@flaxweft.com",
        offers=[o("European flax linen, 185 gsm, stonewashed", "linen_fabric")],
    ),
    sme(
        36,
        "th",
        "กลุ่มทอผ้ากัญชงบ้านห้วยโก๋น",
        HNF,
        MID,
        "Nan",
        "huaykon.hemp@gmail.com",
        offers=[o("ผ้าใยกัญชงทอมือ ผสมฝ้าย หน้า 80 ซม.", "hemp_fabric")],
        needs=[n("เส้นด้ายกัญชง ปั่นแล้ว", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        37,
        "en",
        "Surin Peacock Silk Weavers",
        ALI,
        MID,
        "Surin",
        "surinpeacocksilk@gmail.com",
        offers=[
            o("Thai silk yardage with the gold Peacock Emblem", "silk_fabric"),
            o("Mudmee silk table runners", "silk_table_runner"),
        ],
        needs=[n("Hand-reeled native silk yarn", "silk_yarn")],
        certs=("Royal Thai Silk",),
    ),
    sme(
        38,
        "th",
        "บริษัท นาโนฟินิช จำกัด",
        SPT,
        MID,
        "Samut Prakan",
        "service@nanofinish.co.th",
        offers=[
            o("รับเคลือบกันน้ำ กันคราบ บนผ้าลูกค้า สูตรปลอดฟลูออรีน", "stain_repellent_finishing_service"),
            o("ผ้าปูโต๊ะเคลือบพีวีซี เช็ดได้", "coated_wipeable_tablecloth"),
        ],
    ),
    sme(
        39,
        "en",
        "Sampeng Trim Supply",
        ALC,
        MID,
        "Bangkok",
        "sampengtrim@gmail.com",
        offers=[
            o("Tassel fringe and pompom trim, per metre", "tassel_fringe_trim"),
            o("Velcro table skirting clips, box of 100", "skirting_clip"),
        ],
    ),
    sme(
        40,
        "th",
        "กลุ่มจักสานผักตบชวาบ้านป่าโมก",
        CT,
        DOWN,
        "Ang Thong",
        "pamok.pakdtob@gmail.com",
        offers=[
            o("ที่รองจานผักตบถักเปีย ทรงกลม 35 ซม.", "water_hyacinth_placemat"),
            o("ที่รองแก้วผักตบ ชุด 6 ชิ้น", "coaster"),
        ],
        needs=[n("ผักตบแห้ง ก้านยาว", "water_hyacinth_dried_stalk")],
        certs=(OTOP,),
        bcg=("circular",),
    ),
    sme(
        41,
        "en",
        "Hyacinth Home Decor Export",
        CT,
        DOWN,
        "Nonthaburi",
        "export@hyacinthhome.co.th",
        offers=[
            o("Water hyacinth placemats, hand-braided, MOQ 300", "water_hyacinth_placemat"),
            o("Oval bread baskets in water hyacinth", "bread_basket"),
            o("Braided hyacinth napkin rings", "napkin_ring"),
        ],
        needs=[n("Hyacinth plait rope, 1 cm, by the roll", "water_hyacinth_braid")],
        bcg=("circular",),
    ),
    sme(
        42,
        "th",
        "กลุ่มจักสานกระจูดปากพนัง",
        HNF,
        DOWN,
        "Nakhon Si Thammarat",
        "pakphanang.krajood@gmail.com",
        offers=[o("ที่รองจานกระจูดสาน ย้อมสี ลายขิด", "sedge_placemat")],
        needs=[n("ต้นกระจูดแห้ง ทุบแล้ว", "sedge_reed")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        43,
        "en",
        "Chanthaboon Reed & Mat",
        HNF,
        DOWN,
        "Chanthaburi",
        "chanthaboonreed@gmail.com",
        offers=[
            o("Chanthaboon reed floor mats, 2 x 1 m", "reed_floor_mat"),
            o("Reed placemats, set of 6, natural or red", "sedge_placemat"),
        ],
        bcg=("bio",),
    ),
    sme(
        44,
        "th",
        "แม่ทาผ้าทอ",
        HNF,
        DOWN,
        "Chiang Mai",
        "maetha.weave@gmail.com",
        offers=[
            o("ผ้ารันเนอร์ฝ้ายทอมือ ย้อมสีธรรมชาติ", "natural_dyed_cotton_runner"),
            o("ผ้าเช็ดปากฝ้ายทอมือ ชุดละ 6 ผืน", "cotton_napkin"),
        ],
        needs=[
            n("ฝ้ายเข็นมือสีธรรมชาติ", "handspun_cotton_yarn"),
            n("แก่นฝาง ครั่ง สำหรับย้อม", "natural_dye_material"),
        ],
        bcg=("bio",),
    ),
    sme(
        45,
        "en",
        "Mekong Indigo Home",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "mekongindigohome@gmail.com",
        offers=[
            o("Handwoven indigo cotton tablecloths, 150 x 250 cm", "cotton_tablecloth"),
            o("Indigo-dyed cotton napkins, 45 cm", "cotton_napkin"),
            o("Tote bags of handwoven indigo cotton", "fabric_bag"),
        ],
        needs=[n("Khram-dyed cotton yardage, OEKO-TEX a plus", "indigo_dyed_cotton_fabric", waive=(OEKO,))],
    ),
    sme(
        46,
        "th",
        "บริษัท ออร์แกนิค เทเบิ้ลลิเนน จำกัด",
        HNF,
        DOWN,
        "Bangkok",
        "hello@organictablelinen.co.th",
        offers=[
            o("ผ้าเช็ดปากฝ้ายออร์แกนิก GOTS สีขาว 50x50 ซม.", "cotton_napkin"),
            o("ผ้าปูโต๊ะฝ้ายออร์แกนิก ทรงกลม 2.4 เมตร", "cotton_tablecloth"),
        ],
        needs=[
            x(
                "ผ้าคอตตอนออร์แกนิกทอเครื่อง ต้องได้มาตรฐาน GOTS",
                "cotton cloth is offered, but no cloth maker in the set holds GOTS",
                "greige_cotton_fabric",
                "bleached_cotton_fabric",
                req=(GOTS,),
            )
        ],
        certs=(GOTS, OEKO),
        bcg=("bio",),
    ),
    sme(
        47,
        "en",
        "Royal Banquet Linen Co., Ltd.",
        ALC,
        DOWN,
        "Bangkok",
        "sales@royalbanquetlinen.co.th",
        offers=[
            o("Banquet tablecloths, spun poly, 120 in round", "banquet_tablecloth"),
            o("Box-pleat table skirting, 17 ft", "table_skirting"),
            o("Polyester napkins 20 in, 30 colours", "polyester_napkin"),
        ],
        needs=[
            n("Wide polyester cloth, 280 cm, for seamless rounds", "polyester_fabric"),
            n("Fringe and tassel trim", "tassel_fringe_trim"),
        ],
        certs=(ISO9001,),
    ),
    sme(
        48,
        "th",
        "ร้านผ้าคลุมเก้าอี้สวยงาม",
        ALC,
        DOWN,
        "Nonthaburi",
        "suayngam.chaircover@gmail.com",
        offers=[
            o("ผ้าคลุมเก้าอี้จัดเลี้ยง ผ้ายืด สีขาว", "stretch_chair_cover"),
            o("โบว์ผูกเก้าอี้ ผ้าแก้ว ผ้าซาติน", "chair_sash"),
        ],
        needs=[
            n("ผ้าสแปนเด็กซ์ ยืด 4 ทาง", "spandex_fabric"),
            n("ผ้าออร์แกนซ่า เป็นม้วน", "organza_fabric"),
        ],
    ),
]

# ------------------------------------------------------------------ profiles 49-72: makers and first buyers

PART_3 = [
    sme(
        49,
        "en",
        "Party Linen Hire BKK",
        ALC,
        DOWN,
        "Bangkok",
        "book@partylinenhire.co.th",
        offers=[
            o("Linen hire: tablecloths and chair covers per event", "linen_rental_service"),
            o("Retired hire cloths sold by the kg", "used_table_linen"),
        ],
        needs=[
            n("White banquet rounds, 200 pcs", "banquet_tablecloth"),
            n("Stretch chair covers, black and white", "stretch_chair_cover"),
        ],
    ),
    sme(
        50,
        "th",
        "ร้านผ้ากันเปื้อนพิษณุโลก",
        ALC,
        DOWN,
        "Phitsanulok",
        "pitsanulok.apron@gmail.com",
        offers=[
            o("ผ้ากันเปื้อนพนักงานร้านอาหาร ผ้าแคนวาส ปักชื่อร้านได้", "apron"),
            o("ผ้าเช็ดมือ ผ้าเช็ดจาน โหลละ 240 บาท", "kitchen_towel"),
        ],
        needs=[n("ผ้าแคนวาส ผ้าดิบหนา ขายส่ง", "greige_cotton_fabric")],
    ),
    sme(
        51,
        "en",
        "CareWear Thailand",
        ALC,
        DOWN,
        "Pathum Thani",
        "sales@carewear.co.th",
        offers=[o("Adult clothing protectors, terry with waterproof backing", "adult_dining_bib")],
        needs=[
            n("Stain-repellent finish on our terry, commission", "stain_repellent_finishing_service"),
            n("Recycled cotton yarn for terry weaving", "recycled_cotton_yarn"),
        ],
    ),
    sme(
        52,
        "th",
        "ร้านผ้าไทยขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "khonkaen.phathai@gmail.com",
        offers=[
            o("ผ้ารองโต๊ะลายมัดหมี่ ผ้าฝ้าย", "cotton_table_runner"),
            o("ปลอกหมอนอิงผ้าขาวม้า", "cushion_cover"),
        ],
        needs=[n("ผ้าขาวม้า ส่งครั้งละ 100 ผืน", "pakhaoma_cloth")],
    ),
    sme(
        53,
        "th",
        "บริษัท เรซคิท อีเว้นท์ จำกัด",
        SPT,
        DOWN,
        "Bangkok",
        "ops@racekitevents.com",
        needs=[
            n("ผ้าคลุมโต๊ะสกรีนโลโก้ผู้สนับสนุน สำหรับจุดรับเสื้องานวิ่ง", "printed_table_throw"),
            n("ผ้าสวมโต๊ะพับ 6 ฟุต แบบยืดเข้ารูป ไม่มีลาย", "stretch_table_cover"),
        ],
    ),
    sme(
        54,
        "th",
        "โรงแรมอันดามันเบย์ รีสอร์ท",
        ALC,
        DOWN,
        "Phuket",
        "purchasing@andamanbayresort.com",
        offers=[o("ผ้าปูโต๊ะ ผ้าเช็ดปาก ปลดระวาง ขายเหมา", "used_table_linen")],
        needs=[
            n("ผ้าปูโต๊ะจัดเลี้ยง สีขาว ทรงกลม 10 ที่นั่ง", "banquet_tablecloth"),
            n("ผ้าเช็ดปากผ้าฝ้าย ไม่เอาโพลีเอสเตอร์", "cotton_napkin"),
            x("ชุดยูนิฟอร์มพนักงานเสิร์ฟ", "uniforms; no garment maker in the set"),
        ],
    ),
    sme(
        55,
        "en",
        "Jomtien Grand Hotel",
        ALC,
        DOWN,
        "Chonburi",
        "purchasing@jomtiengrand.com",
        needs=[
            n("Banquet skirting with clips, 500 ft", "table_skirting"),
            n("Poly napkins, white, 20 x 20 in, 2,000 pcs", "polyester_napkin"),
            x("Bed sheets, 300 thread count, king size", "bedding, not table linen; no one in the set makes sheets"),
        ],
    ),
    sme(
        56,
        "th",
        "บริษัท โต๊ะจีนเจ๊หมวย จัดเลี้ยง จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "jemuay.catering@gmail.com",
        needs=[
            n("ผ้าปูโต๊ะจีน ทรงกลม สีแดง สีทอง", "banquet_tablecloth"),
            n("ผ้าจับจีบรอบโต๊ะบุฟเฟต์", "table_skirting"),
            n("มีใครรับปักโลโก้บนผ้าเช็ดปากไหมคะ", "embroidery_service"),
        ],
    ),
    sme(
        57,
        "en",
        "Everbloom Wedding Studio",
        ALC,
        DOWN,
        "Nonthaburi",
        "hello@everbloomwedding.com",
        needs=[
            n("Chair sashes in champagne organza, 300", "chair_sash"),
            n("Table linen hire for weekend weddings", "linen_rental_service"),
            x("Sequin table runners, rose gold", "no one in the set makes sequin runners"),
        ],
    ),
    sme(
        58,
        "th",
        "เวดดิ้งออแกไนเซอร์ฟ้าใส",
        ALC,
        DOWN,
        "Kanchanaburi",
        "fasai.wedding@gmail.com",
        needs=[
            n("อยากได้ชุดคลุมเก้าอี้แบบยืด 200 ตัว", "stretch_chair_cover"),
            x("ผ้ากระสอบป่าน ทำรันเนอร์สไตล์รัสติก", "jute burlap; no jute weaver in the set"),
        ],
    ),
    sme(
        59,
        "en",
        "Silver Years Care Home",
        ALI,
        DOWN,
        "Khon Kaen",
        "admin@silveryearscare.com",
        needs=[
            n("Wipe-clean tablecloths for the dining room", "coated_wipeable_tablecloth"),
            n("Adult dining bibs, washable, 100 pcs", "adult_dining_bib"),
            x("Non-slip silicone place mats for residents with tremor", "silicone mats; no maker in the set"),
        ],
    ),
    sme(
        60,
        "th",
        "สุขใจเนอร์สซิ่งโฮม",
        ALC,
        DOWN,
        "Nonthaburi",
        "sukjai.nursinghome@gmail.com",
        needs=[
            n("ผ้ากันเปื้อนผู้สูงอายุ ใส่ตอนทานข้าว", "adult_dining_bib"),
            n("ผ้าเช็ดปากใยสังเคราะห์ ซักเครื่องได้ ไม่ต้องรีด", "polyester_napkin"),
        ],
    ),
    sme(
        61,
        "en",
        "Ping River Farm-to-Table",
        HNF,
        DOWN,
        "Chiang Mai",
        "eat@pingriverfarm.com",
        needs=[
            n("Table runners, plant-dyed only, no synthetic dye", "natural_dyed_cotton_runner"),
            n("Water hyacinth or krajood placemats", "water_hyacinth_placemat", "sedge_placemat"),
        ],
    ),
    sme(
        62,
        "th",
        "ร้านอาหารอีสานบ้านเฮา",
        ALI,
        DOWN,
        "Udon Thani",
        "banhao.udon@gmail.com",
        needs=[
            n("ผ้าพาดโต๊ะยาว ผ้าฝ้าย ลายพื้นเมือง", "cotton_table_runner", "natural_dyed_cotton_runner"),
            x("กระติ๊บข้าวเหนียวไม้ไผ่", "bamboo sticky-rice baskets; no bamboo weaver in the set"),
        ],
    ),
    sme(
        63,
        "en",
        "Ao Nang Eco Resort",
        HNF,
        DOWN,
        "Krabi",
        "procurement@aonangeco.com",
        needs=[
            n("Hemp or linen tablecloths for beach dinners", "hemp_tablecloth", "flax_linen_tablecloth"),
            n("Organic cotton napkins, GOTS certified only", "cotton_napkin", req=(GOTS,)),
            x("Bamboo-fibre napkins", "no bamboo viscose maker in the set"),
        ],
    ),
    sme(
        64,
        "th",
        "บริษัท กัญชงเฮ้าส์ จำกัด",
        HNF,
        DOWN,
        "Tak",
        "hello@kanchonghouse.co.th",
        offers=[
            o("ผ้าปูโต๊ะใยกัญชง 100% ทอมือ", "hemp_tablecloth"),
            o("ผ้ารองจานกัญชง ชุด 6 ผืน", "fabric_placemat"),
        ],
        needs=[n("ผ้ากัญชงพับใหญ่ 200 เมตร", "hemp_fabric")],
        bcg=("bio",),
    ),
    sme(
        65,
        "en",
        "Linen Loft Studio",
        ALC,
        DOWN,
        "Bangkok",
        "studio@linenloft.co",
        offers=[o("Stonewashed flax tablecloths, custom sizes", "flax_linen_tablecloth")],
        needs=[
            n("Flax yardage, 150 cm wide", "linen_fabric"),
            n("Someone to hem our cut linen panels", "cut_and_sew_service"),
        ],
    ),
    sme(
        66,
        "th",
        "โรงแรมริมปาว",
        ALI,
        DOWN,
        "Kalasin",
        "rimpao.hotel@gmail.com",
        needs=[
            n("ผ้าไหมพาดโต๊ะ ลายแพรวาหรือมัดหมี่", "silk_table_runner"),
            n("ผ้าปูโต๊ะผ้าฝ้าย สำหรับห้องอาหาร", "cotton_tablecloth"),
        ],
    ),
    sme(
        67,
        "en",
        "Khao Yai Hills Resort & Spa",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "buyer@khaoyaihills.com",
        needs=[
            n("Silk table runners, Peacock Emblem required", "silk_table_runner", req=(PEACOCK,)),
            n("Natural fibre coasters", "coaster"),
            x("Waffle spa robes", "robes; no one in the set makes them"),
        ],
    ),
    sme(
        68,
        "th",
        "สมุยวิลล่า รีสอร์ท",
        HNF,
        DOWN,
        "Surat Thani",
        "samuivilla.resort@gmail.com",
        needs=[
            n("แผ่นรองจานกระจูด", "sedge_placemat"),
            n("ผ้าเช็ดมือในครัว ผ้าเช็ดแก้ว", "kitchen_towel"),
        ],
    ),
    sme(
        69,
        "en",
        "Second Table Upcycling",
        CT,
        DOWN,
        "Bangkok",
        "hi@secondtable.co",
        offers=[
            o("Tote bags sewn from retired hotel tablecloths", "fabric_bag"),
            o("Patchwork placemats from linen offcuts", "fabric_placemat"),
        ],
        needs=[n("Used banquet linen, washed, any colour", "used_table_linen")],
        bcg=("circular",),
    ),
    sme(
        70,
        "th",
        "ร้านฮักโลกรีไซเคิล",
        CT,
        DOWN,
        "Lampang",
        "haklok.recycle@gmail.com",
        offers=[o("พรมเช็ดเท้าถักจากเศษผ้า", "rag_rug")],
        needs=[n("เศษผ้าจากโรงงานตัดเย็บ ขายเป็นกิโล", "cotton_cutting_scraps")],
        bcg=("circular",),
    ),
    sme(
        71,
        "en",
        "Hua Hin Seaside Catering",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "events@huahinseaside.com",
        needs=[
            n("Ivory satin chair sashes", "chair_sash"),
            n("Re-dyeing of 800 faded polyester tablecloths to navy", "fabric_dyeing_service"),
        ],
    ),
    sme(
        72,
        "th",
        "ร้านอาหารเฮือนคำ",
        HNF,
        DOWN,
        "Chiang Mai",
        "huankham.restaurant@gmail.com",
        needs=[
            n("ผ้าหม้อห้อมเป็นพับ เอาไปตัดผ้าปูโต๊ะเอง ไม่ต้องมีโอทอป", "indigo_dyed_cotton_fabric", waive=(OTOP,)),
            n("อยากได้ผ้ากันเปื้อนพนักงานเสิร์ฟ", "apron"),
        ],
    ),
]

# ------------------------------------------------------------------ profiles 73-95: buyers, printers, silk

PART_4 = [
    sme(
        73,
        "th",
        "โรงแรมริมมูล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "rimmoon.hotel@gmail.com",
        needs=[
            n("ผ้าทีซีสีขาว เป็นม้วน ต้องมี มอก. เอาไปตัดผ้าปูโต๊ะ", "polycotton_fabric", req=(TIS,)),
            n("หาช่างเย็บผ้าปูโต๊ะ เรามีผ้าเอง", "cut_and_sew_service"),
        ],
    ),
    sme(
        74,
        "th",
        "โรงแรมบุรีรัมย์สเตเดียม",
        SPT,
        DOWN,
        "Buriram",
        "bstadium.hotel@gmail.com",
        needs=[
            n("ผ้าคลุมโต๊ะแบบสวม ยืดพอดีโต๊ะ", "stretch_table_cover"),
            n("พิมพ์ลายลงผ้าที่เรามีอยู่ ระบบซับลิเมชั่น", "sublimation_printing_service"),
        ],
    ),
    sme(
        75,
        "en",
        "ProPrint Sublimation",
        SPT,
        MID,
        "Pathum Thani",
        "print@proprintsub.com",
        offers=[
            o("Dye-sublimation printing on your polyester, 1.8 m wide", "sublimation_printing_service"),
            o("Custom printed table covers with logo", "printed_table_throw"),
        ],
        needs=[n("Knitted spandex for fitted table covers", "spandex_fabric")],
    ),
    sme(
        76,
        "th",
        "บริษัท ยืดหยุ่นเท็กซ์ จำกัด",
        SPT,
        MID,
        "Samut Sakhon",
        "sales@yuedyuntex.co.th",
        offers=[o("ผ้ายืดไลคร่า ผ้าสแปนเด็กซ์ หน้า 60 นิ้ว", "spandex_fabric")],
        needs=[n("เส้นด้าย rPET ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", req=(GRS,))],
    ),
    sme(
        77,
        "en",
        "Ayutthaya Riverside Restaurant",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "ayutriverside@gmail.com",
        needs=[
            n("Round hyacinth placemats", "water_hyacinth_placemat"),
            n("Bread baskets for the tables", "bread_basket"),
            n("Napkin rings of natural material, OTOP not required", "napkin_ring", waive=(OTOP,)),
        ],
    ),
    sme(
        78,
        "th",
        "ร้านของฝากม่อนผ้าเชียงราย",
        HNF,
        DOWN,
        "Chiang Rai",
        "monpha.chiangrai@gmail.com",
        needs=[
            n("ผ้ารันเนอร์ย้อมสีธรรมชาติ ไม่ใช้สีเคมี", "natural_dyed_cotton_runner"),
            n("กระเป๋าผ้า ขายส่ง", "fabric_bag"),
        ],
    ),
    sme(
        79,
        "en",
        "Siam Craft Export Co., Ltd.",
        HNF,
        DOWN,
        "Bangkok",
        "trade@siamcraftexport.com",
        needs=[
            n("OTOP-certified water hyacinth placemats for export", "water_hyacinth_placemat", req=(OTOP,)),
            n("Krajood placemats, OTOP welcome but not required", "sedge_placemat", waive=(OTOP,)),
        ],
    ),
    sme(
        80,
        "th",
        "ห้างหุ้นส่วนจำกัด ครัวคุณยาย",
        ALC,
        DOWN,
        "Bangkok",
        "kruakhunyai@gmail.com",
        needs=[
            n("ผ้ากันเปื้อนครัว 200 ตัว", "apron"),
            n("ผ้าเช็ดจาน ผ้าเช็ดมือ ในครัว", "kitchen_towel"),
            x("กระดาษเช็ดปาก ลังละ 24 แพ็ค", "paper napkins; no paper maker in the set"),
        ],
    ),
    sme(
        81,
        "en",
        "Mekong Sunset Guesthouse",
        ALI,
        DOWN,
        "Nong Khai",
        "mekongsunset.nk@gmail.com",
        needs=[
            n("Cushion covers for the dining terrace", "cushion_cover"),
            n("Anyone selling cotton napkins? 50 pcs, no need for GOTS", "cotton_napkin", waive=(GOTS,)),
        ],
    ),
    sme(
        82,
        "th",
        "บริษัท แอร์พอร์ตแคเทอริ่ง เซอร์วิส จำกัด",
        ALC,
        DOWN,
        "Samut Prakan",
        "purchase@airportcatering.co.th",
        needs=[
            x(
                "ผ้าเช็ดปากโพลีเอสเตอร์ ต้องผ่าน OEKO-TEX",
                "polyester napkins are offered, but no maker of them holds OEKO-TEX",
                "polyester_napkin",
                req=(OEKO,),
            ),
            n("ผ้าปูโต๊ะโพลีเอสเตอร์ ผู้ผลิตต้องมี ISO 9001", "banquet_tablecloth", req=(ISO9001,)),
        ],
    ),
    sme(
        83,
        "th",
        "ร้านผ้าปูโต๊ะจัดเลี้ยงพรประเสริฐ",
        ALC,
        DOWN,
        "Bangkok",
        "pornprasert.linen@gmail.com",
        offers=[
            o("ผ้าปูโต๊ะจัดเลี้ยง ผ้าโทเร สั่งตัดตามขนาด", "banquet_tablecloth"),
            o("ผ้าสเกิร์ตโต๊ะ จับจีบ ติดตีนตุ๊กแก", "table_skirting"),
            o("ชุดคลุมเก้าอี้ผ้าโทเร พร้อมโบว์", "chair_cover"),
        ],
        needs=[
            n("ผ้าไหมอิตาลี ขายส่งเป็นม้วน", "polyester_fabric"),
            n("คลิปหนีบผ้าสเกิร์ต", "skirting_clip"),
        ],
    ),
    sme(
        84,
        "en",
        "ReTable rPET Linens",
        CT,
        DOWN,
        "Chachoengsao",
        "sales@retable.co.th",
        offers=[
            o("GRS recycled-poly banquet tablecloths, 6 ft and 8 ft", "banquet_tablecloth"),
            o("rPET napkins, 45 cm", "polyester_napkin"),
        ],
        needs=[n("Recycled polyester cloth with GRS", "polyester_fabric", req=(GRS,))],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        85,
        "th",
        "บริษัท บางกอกคอนเวนชั่นแคเทอริ่ง จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "supply@bkkconventioncatering.com",
        needs=[
            n("ผ้าปูโต๊ะจัดเลี้ยงจากเส้นใยรีไซเคิล ต้องมี GRS", "banquet_tablecloth", req=(GRS,)),
            n("กระโปรงโต๊ะบุฟเฟต์", "table_skirting"),
            x("สายสะพายผ้าซาตินพิมพ์ชื่อ สำหรับผู้ได้รับรางวัล", "sashes worn by people, not chair sashes; no maker in the set"),
        ],
    ),
    sme(
        86,
        "th",
        "บ้านพักคนชราบ้านสุขสันต์",
        ALI,
        DOWN,
        "Chaiyaphum",
        "suksan.eldercare@gmail.com",
        needs=[
            n("ผ้าปูโต๊ะอาหาร เคลือบกันน้ำ", "coated_wipeable_tablecloth"),
            x("ช้อนส้อมด้ามจับใหญ่ สำหรับผู้สูงอายุ", "utensils, not textiles; no one in the set sells them"),
        ],
    ),
    sme(
        87,
        "en",
        "Sala Thai Wedding House",
        ALC,
        DOWN,
        "Phetchaburi",
        "hello@salathaiwedding.com",
        needs=[
            n("Thai silk runners for the head table", "silk_table_runner"),
            n("Organza (pha kaew) by the roll for draping", "organza_fabric"),
        ],
    ),
    sme(
        88,
        "th",
        "ร้านอาหารทะเลเกาะยอ",
        HNF,
        DOWN,
        "Songkhla",
        "kohyor.seafood@gmail.com",
        needs=[
            n("ผ้าปูโต๊ะเคลือบ เช็ดคราบได้ สำหรับร้านริมทะเล", "coated_wipeable_tablecloth"),
            n("ที่รองจานสานจากต้นกก หรือกระจูด", "sedge_placemat"),
        ],
    ),
    sme(
        89,
        "en",
        "Khao Lak Spa Retreat",
        HNF,
        DOWN,
        "Phang Nga",
        "stay@khaolakspa.com",
        needs=[
            n("Hemp tablecloths, unbleached", "hemp_tablecloth"),
            n("Handspun cotton yarn for guest weaving workshops", "handspun_cotton_yarn"),
        ],
    ),
    sme(
        90,
        "th",
        "ร้านกาแฟบ้านขนมปัง",
        ALC,
        DOWN,
        "Bangkok",
        "baankhanompang@gmail.com",
        needs=[
            n("ตะกร้าใส่ขนมปัง สานผักตบ", "bread_basket"),
            n("ผ้ารองจาน แบบผ้า ซักได้", "fabric_placemat"),
            x(
                "ผ้ากันเปื้อนบาริสต้า ต้องได้ฉลากเขียว",
                "aprons are offered, but no apron maker holds Thai Green Label",
                "apron",
                req=(GREEN_LABEL,),
            ),
        ],
    ),
    sme(
        91,
        "th",
        "โรงครัวโรงพยาบาลมหาสารคาม",
        ALI,
        DOWN,
        "Maha Sarakham",
        "kitchen.mkh.hospital@gmail.com",
        needs=[
            n("ผ้ากันเปื้อนแม่ครัว", "apron"),
            x("ผ้าสปันบอนด์คลุมโต๊ะ ใช้แล้วทิ้ง", "single-use non-woven covers; no maker in the set"),
        ],
    ),
    sme(
        92,
        "th",
        "ร้านสกรีนและปักชลบุรี",
        ALC,
        MID,
        "Chonburi",
        "chonburi.screen@gmail.com",
        offers=[
            o("สกรีนโลโก้ลงผ้ากันเปื้อน ถุงผ้า ของลูกค้า", "screen_printing_service"),
            o("ปักชื่อโรงแรมบนผ้าเช็ดปาก", "embroidery_service"),
        ],
        needs=[n("ด้ายโพลีเอสเตอร์ หลอดใหญ่ สีขาว สีดำ", "sewing_thread")],
    ),
    sme(
        93,
        "en",
        "Pattaya Beach Hotel Group",
        ALC,
        DOWN,
        "Chonburi",
        "procurement@pattayabeachhotels.com",
        needs=[
            n("Logo screen printing on tote bags we supply", "screen_printing_service"),
            n("Spandex chair covers, 400", "stretch_chair_cover"),
            x("Pleated skirts for female banquet staff", "garments; no uniform maker in the set"),
        ],
    ),
    sme(
        94,
        "th",
        "ร้านผ้าทอศรีสะเกษ",
        ALI,
        DOWN,
        "Sisaket",
        "sisaket.phatho@gmail.com",
        offers=[o("ผ้ารองโต๊ะ ผ้าฝ้ายทอพื้นเมือง ขายปลีกส่ง", "cotton_table_runner")],
        needs=[
            n("ผ้าไหมทอมือ ขายเป็นเมตร", "silk_fabric"),
            n("ผ้ารองโต๊ะไหม ตรานกยูงไม่จำเป็น", "silk_table_runner", waive=(PEACOCK,)),
        ],
    ),
    sme(
        95,
        "en",
        "Chaiyaphum Silk Village",
        ALI,
        MID,
        "Chaiyaphum",
        "cpmsilkvillage@gmail.com",
        offers=[
            o("Mudmee silk by the metre", "silk_fabric"),
            o("Silk table runners, 30 x 180 cm", "silk_table_runner"),
        ],
        needs=[n("Hand-reeled silk yarn", "silk_yarn")],
    ),
]

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

# ------------------------------------------------------------------ links

CERT_NAMES = {c.name: c for c in CERTIFICATIONS}


def certs_of(s: Sme) -> frozenset[str]:
    return canonical_certifications(s.certifications)


def qualifies(supplier: Sme, buyer: Sme, need: Need) -> bool:
    if supplier.id == buyer.id:
        return False
    if not any(offer.label in need.labels for offer in supplier.offers):
        return False
    return set(need.requires) <= certs_of(supplier)


def suppliers_for(buyer: Sme, need: Need) -> list[Sme]:
    return [s for s in SMES if qualifies(s, buyer, need)]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs for s in suppliers_for(b, need)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^btb-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def names_certification(text: str, cert: str) -> bool:
    """Whether the text mentions the certification at all, affirmed or negated."""
    c = CERT_NAMES[cert]
    folded = _nfkc(text).casefold()
    spellings = {c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions}
    return any(_nfkc(spelling).casefold() in folded for spelling in spellings)


def script_problem(text: str, language: str) -> str | None:
    letters = [ch for ch in text if ch.isalpha() or unicodedata.category(ch).startswith("M")]
    if language == "en":
        bad = [ch for ch in letters if not ch.isascii()]
        return f"non-Latin letters {bad!r}" if bad else None
    thai = sum(1 for ch in letters if THAI_LETTER.match(ch))
    if not letters or thai / len(letters) < 0.6:
        return "not mostly Thai letters"
    return None


def check(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if [s.num for s in SMES] != list(range(1, len(SMES) + 1)):
        errors.append("ids are not btb-001 ... in order")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.id)
    offer_texts = {offer.text for s in SMES for offer in s.offers}

    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if s.sub_cluster not in set(SubCluster) or s.stage not in set(Stage):
            errors.append(f"{where}: bad sub-cluster or stage")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not a canonical English province name")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        for tag in s.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        for text in (s.name, *(f.text for f in s.offers), *(f.text for f in s.needs)):
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: untidy text {text!r}")
            problem = script_problem(text, s.language)
            if problem:
                errors.append(f"{where}: {text!r}: {problem}")
        held = certs_of(s)
        for offer in s.offers:
            claimed = find_certifications(offer.text)
            if not claimed <= held:
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed - held)} not held")
        for need in s.needs:
            what = f"{where}: need {need.text!r}"
            if need.text in offer_texts:
                errors.append(f"{what}: worded exactly like an offer")
            for cert in (*need.requires, *need.waives):
                if cert not in CERT_NAMES:
                    errors.append(f"{what}: unknown certification {cert!r}")
            if any(cert not in CERT_NAMES for cert in (*need.requires, *need.waives)):
                continue
            found = find_certifications(need.text)
            if found != set(need.requires):
                errors.append(f"{what}: text asks for {sorted(found)}, labelled {sorted(need.requires)}")
            for cert in need.waives:
                if not names_certification(need.text, cert) or cert in found:
                    errors.append(f"{what}: waived {cert} is not named-and-waived in the text")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{what}: label {label!r} is offered by no one else")
            qualified = suppliers_for(s, need)
            if need.unmet and qualified:
                errors.append(f"{what}: marked unmet but met by {[q.id for q in qualified]}")
            if not need.unmet and not need.labels:
                errors.append(f"{what}: met need lists no labels")
            if not need.unmet and not qualified:
                errors.append(f"{what}: no qualified supplier")

    # size targets
    stats = statistics(links)
    thai_share = stats["th"] / len(SMES)
    if len(SMES) != 95:
        errors.append(f"{len(SMES)} profiles, want 95")
    if not 0.52 <= thai_share <= 0.58:
        errors.append(f"Thai share {thai_share:.2f}, want about 0.55")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 160-180")
    if not 0.42 <= stats["cross_share"] <= 0.58:
        errors.append(f"cross-language share {stats['cross_share']:.2f}, want about half")
    if not 17 <= stats["unmet"] <= 23:
        errors.append(f"{stats['unmet']} unmet needs, want about 20")
    met_counts = stats["met_counts"]
    if sum(1 for c in met_counts if 1 <= c <= 3) < 0.7 * len(met_counts):
        errors.append("fewer than 70 % of met needs are met by 1-3 suppliers")
    if not any(c > 3 for c in met_counts):
        errors.append("no need is met by more than 3 suppliers")
    return errors


# ------------------------------------------------------------------ statistics and output


def statistics(links: list[tuple[str, str]]) -> dict:
    by_id = {s.id: s for s in SMES}
    needs = [(s, need) for s in SMES for need in s.needs]
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    return {
        "th": sum(1 for s in SMES if s.language == "th"),
        "en": sum(1 for s in SMES if s.language == "en"),
        "sub": Counter(s.sub_cluster.value for s in SMES),
        "stage": Counter(s.stage.value for s in SMES),
        "region": Counter(resolve_province(s.province).region.value for s in SMES),  # type: ignore[union-attr]
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "labels": len({offer.label for s in SMES for offer in s.offers}),
        "needs": len(needs),
        "met": sum(1 for _, need in needs if not need.unmet),
        "unmet": sum(1 for _, need in needs if need.unmet),
        "requiring": sum(1 for _, need in needs if need.requires),
        "waiving": sum(1 for _, need in needs if need.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
        "met_counts": [len(suppliers_for(s, need)) for s, need in needs if not need.unmet],
    }


def counts_table(links: list[tuple[str, str]]) -> str:
    st = statistics(links)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English", f"{st['th']} / {st['en']}"),
    ]
    rows += [(f"sub-cluster `{sc.value}`", str(st["sub"][sc.value])) for sc in SubCluster]
    rows += [(f"stage `{stage.value}`", str(st["stage"][stage.value])) for stage in Stage]
    rows += [(f"region `{region.value}`", str(st["region"][region.value])) for region in Region]
    hist = Counter(min(c, 4) for c in st["met_counts"])
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("met needs by number of qualified suppliers (1 / 2 / 3 / 4+)", " / ".join(str(hist[k]) for k in (1, 2, 3, 4))),
        ("needs requiring a certification", str(st["requiring"])),
        ("needs waiving a certification", str(st["waiving"])),
        ("true links", str(st["links"])),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{st['th_en'] + st['en_th']} ({st['cross_share']:.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub"])),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
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


README = """\
# `eval/blind_plain_tablelinen`: blind matchmaking set, table linen and banquet textiles

## What it checks

How well the matchmaker finds true supplier-buyer pairs from wording it has never seen. The 95 SME
profiles are plain registry entries (one short phrase per offer or need) from the table-linen corner of
the Health and Wellness Economy cluster: tablecloths, table runners, napkins, chair covers and sashes,
banquet skirting, placemats of cloth, water hyacinth or sedge reed (krajood, Chanthaboon reed), and the
hotels, caterers, Chinese-banquet (โต๊ะจีน) caterers, wedding planners, restaurants, care homes and shops
that buy them; plus the growers, spinners, weavers, dyers, printers and sewing shops upstream and
midstream. About 55 % of the profiles are in Thai, the rest in English, and about half of the true links
cross languages.

The same kind of goods is written in many ways: regional names (ห้อม / คราม for indigo, อีดฝ้าย,
ผ้าขาวม้า, กระจูด, pha khao ma, hom piak), trade words and brand names used as generic
names (ผ้าไหมอิตาลี and ผ้าโทเร for polyester, TC, rPET, OE, CMT, PFD, Lycra), with and without
quantities, sizes, prices and minimum orders. Needs are worded differently from the offers that meet
them. Hard but fair cases include: a service versus the goods it works on (indigo dyeing of the
customer's cloth versus indigo-dyed cloth, sewing for others versus finished tablecloths, printing on
the customer's polyester versus printed table throws); waste and used linen versus new; raw versus
processed (cotton lint, yarn, cloth, product; dried water hyacinth, plaited rope, placemats; sedge reed,
mats); products named by material or technique (an indigo tote bag is a bag); look-alike words (bed
sheets and thread count versus table linen and TC cloth, adult dining bibs versus kitchen aprons, award
sashes versus chair sashes, pleated skirts versus table skirting, floor mats and silicone mats versus
placemats, paper napkins versus cloth napkins); needs written as a wish, a bare noun phrase or a
question; refusals ("no synthetic dye", "ไม่เอาโพลีเอสเตอร์"); needs that require a named certification
and needs that name one only to waive it; and about 20 needs that no one in the set meets, some because
the goods are offered but never with the certification required.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff settings. The writer did
not see the matcher, its glossary, its tests or any other evaluation set. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_table_linen` versus
`banquet_tablecloth`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair (supplier,
buyer) is a true link when some offer of the supplier carries a label listed by one of the buyer's needs
and the supplier's certifications hold every certification that need requires. An SME is never linked
to itself. Shared words play no part; quantities, prices and places never decide a link; what changes
what the thing is does (material where it makes a different product, natural versus synthetic dye when
a need refuses synthetic dye, a service versus goods, used versus new). A waived certification is not
required. The labels stay in `write.py`; the profiles carry only contract fields.

Before writing, the script checks: ids unique and well formed; every contract field valid (provinces
resolve with `resolve_province` to their English names, certifications with `resolve_certification`,
sub-cluster, stage and BCG values from the taxonomy); every label a need lists is offered by someone
other than the buyer; every met need has a qualified supplier and every unmet one has none; the
certifications a need's text asks for (`find_certifications`) are exactly those it requires, and a
waived one is named in the text but not asked for; no offer claims a certification its SME lacks; Thai
phrases are mostly Thai letters and English ones Latin only; and the size targets. It writes nothing if
any check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_tablelinen/write.py

## Files

- `write.py`: the data and the checks; writes the three files below and prints the counts.
- `profiles.jsonl`: 95 profiles, ids `btb-001` ... `btb-095`, JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def build() -> dict[str, bytes]:
    links = true_links()
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    table = counts_table(links)
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": links_csv(links).encode("utf-8"),
        "README.md": (README + table).encode("utf-8"),
    }


def main() -> int:
    links = true_links()
    errors = check(links)
    print(counts_table(links))
    if errors:
        print(f"{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    files = build()
    if files != build():
        print("two builds differ; nothing written", file=sys.stderr)
        return 1
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
