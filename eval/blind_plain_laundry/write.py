"""Write the hand-labelled evaluation set `eval/blind_plain_laundry/`.

Theme: laundry, linen rental and textile care, with the ordinary fibre, yarn, cloth, dyeing and
sewing suppliers of the cluster. Every profile below was written by hand as a plain registry entry.
Each offer carries a label saying what the thing is; each need lists the labels that would meet it
and the certifications its text requires, or is marked as met by no one. The true links follow from
those labels alone (see README.md). Labels live only in this file; the outputs carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_laundry/write.py

It checks everything first and writes nothing if a check fails.
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
    Province,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bln"
N_PROFILES = 95

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


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    """A need and what meets it.

    `labels`: offer labels that meet it; `req`: certifications its text requires; `waive`:
    certifications its text names only to say they are not needed. `unmet`: a note when no one in
    the set meets it; then `labels` and `req` (if given) name the near misses, and the checks make
    sure that no supplier qualifies.
    """

    text: str
    labels: tuple[str, ...] = ()
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    unmet: str | None = None


def met(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *near: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, near, req, waive, note)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    sub: SubCluster
    stage: Stage
    province: str
    name: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...] = ()
    bcg: tuple[BcgTag, ...] = ()
    mail: str = ""

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"

    @property
    def email(self) -> str:
        domain = "example.co.th" if self.lang == "th" else "example.com"
        return f"{self.mail}@{domain}"


def sme(
    head: tuple[int, str, SubCluster, Stage, str],
    name: str,
    *,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
    mail: str,
) -> Sme:
    """One profile; `head` is (number, language, sub-cluster, stage, province)."""
    num, lang, sub, stage, province = head
    return Sme(num, lang, sub, stage, province, name, tuple(offers or ()), tuple(needs or ()), certs, bcg, mail)


# ------------------------------------------------------------------ profiles 001-025: fibre, yarn, waste, cloth

PART_1 = [
    sme(
        (1, "th", HEMP, UP, "Chiang Mai"),
        "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
        offers=[
            ("เส้นใยกัญชงลอกมือ ตากแห้ง ขายเป็นกิโล", "hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ สีธรรมชาติ ม้วนละครึ่งกิโล", "hemp_yarn"),
        ],
        needs=[
            unmet(
                "หาสล่าทำเครื่องลอกเปลือกกัญชง หรือเครื่องมือสอง", "a hemp decorticating machine; no one makes fibre machinery"
            ),
        ],
        certs=("Organic Thailand",),
        bcg=(BIO,),
        mail="maeraem.hemp",
    ),
    sme(
        (2, "en", HEMP, UP, "Tak"),
        "Mae Sot Hemp Spinners",
        offers=[
            ("Hemp yarn Nm 8, machine spun, natural grey, 20 kg cartons", "hemp_yarn"),
            ("Hemp hurds for animal bedding, 15 kg sacks", "hemp_hurd"),
        ],
        needs=[met("Decorticated bast fibre (Cannabis sativa), about 500 kg a month", "hemp_fibre")],
        mail="maesot.hemp",
    ),
    sme(
        (3, "th", HEMP, UP, "Loei"),
        "กลุ่มปลูกฝ้ายอินทรีย์ด่านซ้าย",
        offers=[
            ("ฝ้ายปุย อีดเมล็ดออกแล้ว ปลูกแบบอินทรีย์", "raw_cotton"),
            ("เมล็ดฝ้ายพันธุ์พื้นเมือง สำหรับปลูก", "cotton_seed"),
        ],
        certs=("Organic Thailand",),
        bcg=(BIO,),
        mail="dansai.cotton",
    ),
    sme(
        (4, "en", HEMP, UP, "Nan"),
        "Nan Valley Organic Yarns",
        offers=[("GOTS organic cotton yarn Ne 20/1, undyed, on cones", "cotton_yarn")],
        needs=[met("Ginned organic cotton lint, Organic Thailand certified", "raw_cotton", req=("Organic Thailand",))],
        certs=("GOTS",),
        bcg=(BIO, GREEN),
        mail="nanvalley.yarn",
    ),
    sme(
        (5, "th", AGI, UP, "Roi Et"),
        "กลุ่มแม่บ้านปั่นฝ้ายบ้านหนองแวง",
        offers=[("ฝ้ายเข็นมือ เส้นใหญ่ ขายเป็นไจ", "handspun_cotton_yarn")],
        needs=[met("ปุยฝ้ายราคาส่ง ไม่ต้องมีตรารับรองเกษตรอินทรีย์", "raw_cotton", waive=("Organic Thailand",))],
        mail="nongwaeng.fai",
    ),
    sme(
        (6, "th", CIRC, UP, "Samut Sakhon"),
        "ร้านผ้าเช็ดเครื่องมหาชัย",
        offers=[
            ("ผ้าขี้ริ้วตัดจากผ้าขนหนูเก่า ขายเป็นกิโล", "cotton_rags"),
            ("เศษผ้าเช็ดเครื่องจักร สีขาวล้วน มัดละ 10 กก.", "cotton_rags"),
        ],
        needs=[
            met("ผ้าเช็ดตัวโรงแรมที่ปลดระวางแล้ว", "worn_towels"),
        ],
        bcg=(CIRCULAR,),
        mail="mahachai.rag",
    ),
    sme(
        (7, "en", CIRC, UP, "Samut Prakan"),
        "Loop Fibre Recycling Co., Ltd.",
        offers=[
            ("Recycled cotton fibre, mechanically opened, GRS", "recycled_cotton_fibre"),
            ("Toll shredding of textile waste, per kg", "shredding_service"),
        ],
        needs=[
            met("End-of-life white bedsheets, 1 tonne lots", "worn_bed_linen"),
            met("Pre-sorted white cotton waste", "sorted_cotton_waste"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
        mail="loopfibre",
    ),
    sme(
        (8, "th", CIRC, UP, "Nakhon Pathom"),
        "บริษัท รีไซเคิลด้ายขวดนครปฐม จำกัด",
        offers=[("เส้นด้ายรีไซเคิลจากขวดพลาสติก rPET 150D/48F", "recycled_polyester_yarn")],
        needs=[unmet("ขวด PET ใส อัดก้อน ส่งโรงงานได้ทุกเดือน", "clear PET bottle bales; no one collects bottles")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
        mail="rpet.npt",
    ),
    sme(
        (9, "en", CIRC, UP, "Chonburi"),
        "Eastern Rag & Wiper Supply",
        offers=[("Wiper rags cut from hotel linen, 25 kg bales", "cotton_rags")],
        needs=[
            met("Discarded bath towels and robes from resorts", "worn_towels"),
            met("Old factory overalls and work shirts", "worn_workwear"),
        ],
        bcg=(CIRCULAR,),
        mail="easternrag",
    ),
    sme(
        (10, "th", CIRC, UP, "Ratchaburi"),
        "โรงปั่นด้ายรีไซเคิลราชบุรี",
        offers=[("ด้าย OE รีไซเคิล Ne 10 สีท็อปดราย จากเศษผ้าฝ้าย", "recycled_cotton_yarn")],
        needs=[met("ใยฝ้ายรีไซเคิลที่ได้ GRS ส่งได้เดือนละ 5 ตัน", "recycled_cotton_fibre", req=("GRS",))],
        certs=("GRS",),
        bcg=(CIRCULAR,),
        mail="ratchaburi.recycle",
    ),
    sme(
        (11, "en", CIRC, UP, "Lopburi"),
        "ReThread Sorting Centre",
        offers=[("Post-consumer cotton graded by colour, 400 kg bales", "sorted_cotton_waste")],
        needs=[
            met("Used uniforms from factories, any colour", "worn_workwear"),
            met("Any retired linen: sheets, towels, pillowcases", "worn_bed_linen", "worn_towels"),
        ],
        bcg=(CIRCULAR,),
        mail="rethread",
    ),
    sme(
        (12, "th", AGI, UP, "Chaiyaphum"),
        "กลุ่มย้อมฝ้ายบ้านเขว้า",
        offers=[("ฝ้ายย้อมสีสำเร็จ พร้อมทอ มี 30 สี", "dyed_cotton_yarn")],
        needs=[met("ฝ้ายดิบเข็นมือ สีตุ่น มี OTOP ยิ่งดี", "handspun_cotton_yarn", waive=("OTOP",))],
        mail="khwao.dye",
    ),
    sme(
        (13, "th", AGC, MID, "Pathum Thani"),
        "บริษัท ปทุมเท็กซ์ไทล์ จำกัด",
        offers=[
            ("ผ้าคอตตอน 100% ฟอกขาว หน้ากว้าง 110 นิ้ว สำหรับตัดผ้าปู", "cotton_sheeting_fabric"),
            ("ผ้า T250 ลายซาติน ขายเป็นหลา", "cotton_sheeting_fabric"),
        ],
        needs=[
            met("ด้ายคอตตอนหวี 40/1 ราคาต่อกิโล", "cotton_yarn"),
            met("ด้ายรีไซเคิล สำหรับผ้าปูรุ่นรักษ์โลก", "recycled_cotton_yarn", "recycled_polyester_yarn"),
        ],
        certs=("OEKO-TEX Standard 100",),
        mail="pathumtex",
    ),
    sme(
        (14, "en", AGC, MID, "Samut Sakhon"),
        "Mahachai Terry Weaving Co.",
        offers=[("Terry towelling fabric 450 gsm, white, on rolls", "terry_fabric")],
        needs=[met("Cotton yarn for pile, Ne 16 or Ne 20", "cotton_yarn")],
        mail="mahachai.terry",
    ),
    sme(
        (15, "en", SPORT, MID, "Samut Prakan"),
        "Bang Phli Workwear Fabrics",
        offers=[
            ("TC 65/35 twill for uniforms, navy and white", "polycotton_fabric"),
            ("CVC shirting that survives industrial washing", "polycotton_fabric"),
        ],
        needs=[met("rPET filament yarn 75D, GRS certified", "recycled_polyester_yarn", req=("GRS",))],
        certs=("OEKO-TEX Standard 100",),
        mail="bangphli.fabrics",
    ),
    sme(
        (16, "th", HEMP, MID, "Nakhon Pathom"),
        "โรงทอผ้าดิบนครชัยศรี",
        offers=[
            ("ผ้าดิบ ยังไม่ฟอก ทอจากฝ้าย 100%", "greige_cotton_fabric"),
            ("ผ้าแคนวาสดิบ เนื้อหนา 12 ออนซ์", "greige_cotton_fabric"),
        ],
        needs=[met("เส้นด้ายกัญชง สำหรับทอผสมฝ้าย", "hemp_yarn")],
        mail="nakhonchaisri.weave",
    ),
    sme(
        (17, "th", HEMP, MID, "Phetchabun"),
        "กลุ่มทอผ้าใยกัญชงม้ง เขาค้อ",
        offers=[("ผ้ากัญชงทอมือ หน้าแคบ 35 ซม. ม้วนละ 20 เมตร", "hemp_fabric")],
        needs=[unmet("ขี้ผึ้งแท้สำหรับเขียนลายเทียน", "beeswax for batik; no one sells it")],
        bcg=(BIO,),
        mail="khaokho.hmong",
    ),
    sme(
        (18, "th", AGI, MID, "Sakon Nakhon"),
        "กลุ่มทอผ้าย้อมครามบ้านดอนกอย",
        offers=[
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ผืนละ 2 เมตร", "indigo_cotton_fabric"),
            ("ผ้าหมักโคลน ย้อมคราม ลายขิด", "indigo_cotton_fabric"),
        ],
        needs=[met("เส้นฝ้ายปั่นมือ สีขาว ยังไม่ได้ย้อม", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
        mail="donkoi.indigo",
    ),
    sme(
        (19, "th", AGI, MID, "Udon Thani"),
        "ร้านรับย้อมคราม นายูง",
        offers=[
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
            ("รับจ้างย้อมเส้นฝ้ายด้วยครามธรรมชาติ", "indigo_dyeing_service"),
        ],
        needs=[unmet("ต้นครามสด หรือเนื้อครามเปียก", "fresh indigo plants or indigo paste; no grower in the set")],
        mail="nayung.indigo",
    ),
    sme(
        (20, "en", HEMP, MID, "Phrae"),
        "Phrae Mo Hom Dye House",
        offers=[("Mo Hom indigo dip-dyeing of customer garments", "indigo_dyeing_service")],
        needs=[met("Loomstate cotton cloth for dyeing", "greige_cotton_fabric")],
        mail="phrae.mohom",
    ),
    sme(
        (21, "en", CIRC, MID, "Samut Sakhon"),
        "Chaiyo Commission Dyeing",
        offers=[
            ("Commission dyeing of customer fabric, reactive dyes, 200 m minimum", "fabric_dyeing_service"),
            ("Re-dyeing of faded navy uniforms and linen", "fabric_dyeing_service"),
        ],
        needs=[met("Cationic softener for after-dye finishing", "fabric_softener")],
        certs=("ISO 14001",),
        mail="chaiyo.dyeing",
    ),
    sme(
        (22, "th", HEMP, MID, "Chiang Mai"),
        "ห้องย้อมสีธรรมชาติ แม่ริม",
        offers=[
            ("ผ้าฝ้ายย้อมเปลือกมะพูด สีเหลือง", "natural_dyed_cotton_fabric"),
            ("รับย้อมสีจากธรรมชาติ ผ้าที่ลูกค้าส่งมา", "natural_dyeing_service"),
        ],
        needs=[met("ผ้าฝ้ายเปล่า ยังไม่ย้อม ยังไม่ฟอก", "greige_cotton_fabric")],
        bcg=(BIO,),
        mail="maerim.naturaldye",
    ),
    sme(
        (23, "en", SPORT, MID, "Pathum Thani"),
        "BioShield Textile Finishing",
        offers=[
            ("Silver-ion antimicrobial finish on your fabric rolls", "antimicrobial_finishing_service"),
            ("DWR water-repellent finishing, customer goods", "water_repellent_finishing_service"),
        ],
        needs=[unmet("Lab to test wash durability to 50 industrial cycles", "a testing laboratory; none in the set")],
        certs=("bluesign",),
        mail="bioshield",
    ),
    sme(
        (24, "th", AGC, MID, "Nonthaburi"),
        "บริษัท ผ้ากันน้ำนนท์ จำกัด",
        offers=[
            ("ผ้าเคลือบ TPU กันน้ำ สำหรับผ้ารองกันเปื้อน", "waterproof_laminated_fabric"),
            ("ผ้า PUL ทำผ้าอ้อม ซึมไม่ผ่าน หน้ากว้าง 150", "waterproof_laminated_fabric"),
        ],
        needs=[met("ผ้าเทอร์รี่เป็นม้วน สำหรับลามิเนต", "terry_fabric")],
        certs=("OEKO-TEX Standard 100",),
        mail="nonwaterproof",
    ),
    sme(
        (25, "th", AGC, MID, "Bangkok"),
        "ห้องตัดเย็บบางซื่อ",
        offers=[
            ("รับตัดเย็บชุดฟอร์ม ผ้าลูกค้า", "sewing_service"),
            ("รับเย็บปลอกหมอน ผ้าปู ตามออเดอร์ ลูกค้าส่งผ้ามาเอง", "sewing_service"),
        ],
        needs=[unmet("ด้ายเย็บผ้า โพลีเอสเตอร์ เบอร์ 40/2 สีขาว", "sewing thread; the set sells spinning yarn only")],
        mail="bangsue.sewing",
    ),
]


# ------------------------------------------------------------------ profiles 026-050: sewing, supplies, laundries

PART_2 = [
    sme(
        (26, "en", HEMP, MID, "Chiang Mai"),
        "Nimman Stitch Works",
        offers=[("CMT for small labels, 100 pcs per style", "sewing_service")],
        needs=[
            met(
                "Handloom hemp cloth, Organic Thailand welcome but not required",
                "hemp_fabric",
                waive=("Organic Thailand",),
            )
        ],
        mail="nimmanstitch",
    ),
    sme(
        (27, "th", AGI, MID, "Khon Kaen"),
        "กลุ่มตัดเย็บบ้านฝาง",
        offers=[("รับจ้างเย็บชุดผู้ป่วย ผ้าห่ม ตามแบบที่ให้มา", "sewing_service")],
        needs=[unmet("จักรโพ้ง 4 เส้น มือสอง", "a used overlock machine; no one sells sewing machines")],
        mail="banfang.sew",
    ),
    sme(
        (28, "en", SPORT, MID, "Bangkok"),
        "LogoMark Embroidery",
        offers=[("Logo embroidery on polos, caps and towels, from 20 pcs", "embroidery_service")],
        needs=[met("Plain white hand towels to embroider", "bath_towels", "hemp_towel")],
        mail="logomark",
    ),
    sme(
        (29, "en", CIRC, MID, "Bangkok"),
        "TagLoop RFID Solutions",
        offers=[
            ("UHF RFID laundry tags, 200 wash cycles", "rfid_linen_tag"),
            ("Handheld and tunnel readers for linen counts", "rfid_reader"),
        ],
        mail="tagloop",
    ),
    sme(
        (30, "th", CIRC, MID, "Samut Prakan"),
        "บริษัท ป้ายรีดติดผ้า จำกัด",
        offers=[
            ("ป้ายบาร์โค้ดรีดร้อน ติดผ้าปูโรงพยาบาล ทนซัก", "barcode_linen_label"),
            ("ป้ายทอชื่อหน่วยงาน เย็บติดชุดพนักงาน", "woven_name_label"),
        ],
        mail="paireed",
    ),
    sme(
        (31, "en", AGC, MID, "Rayong"),
        "Eastern Laundry Chemicals Co., Ltd.",
        offers=[
            ("Industrial laundry detergent powder, 25 kg bag", "laundry_detergent"),
            ("Fabric conditioner concentrate, 20 L", "fabric_softener"),
        ],
        certs=("ISO 9001",),
        mail="easternchem",
    ),
    sme(
        (32, "th", AGC, MID, "Chachoengsao"),
        "หจก. ผงซักฟอกแปดริ้ว",
        offers=[
            ("ผงซักฟอกสูตรโรงงาน กระสอบ 20 โล มีฮาลาล", "laundry_detergent"),
            ("น้ำยาปรับผ้านุ่ม แกลลอน 20 ลิตร", "fabric_softener"),
        ],
        needs=[unmet("แกลลอนพลาสติกเปล่า 20 ลิตร", "empty plastic jerry cans; no one sells packaging")],
        certs=("Halal",),
        mail="paetriu.detergent",
    ),
    sme(
        (33, "th", CIRC, MID, "Suphan Buri"),
        "วิสาหกิจชุมชนน้ำหมักซักผ้าสุพรรณ",
        offers=[("น้ำยาซักผ้าชีวภาพ จากมะกรูดหมัก ไม่มีฟอสเฟต", "laundry_detergent")],
        certs=("Thai Green Label",),
        bcg=(BIO, GREEN),
        mail="suphan.bioclean",
    ),
    sme(
        (34, "en", AGC, MID, "Chonburi"),
        "ProClean Oxygen Chemicals",
        offers=[
            ("Chlorine-free oxygen bleach for white linen", "oxygen_bleach"),
            ("Peracetic acid disinfectant for laundry", "laundry_disinfectant"),
        ],
        certs=("ISO 9001",),
        mail="procleanoxy",
    ),
    sme(
        (35, "en", AGC, MID, "Bangkok"),
        "LaundryPro Equipment Supply",
        offers=[
            ("Stainless linen trolleys, 3 shelves", "laundry_trolley"),
            ("Polyester net bags for washing, 60x90 cm", "laundry_bag"),
        ],
        needs=[met("Heavy unbleached canvas for trolley liners", "greige_cotton_fabric")],
        mail="laundrypro",
    ),
    sme(
        (36, "th", AGC, MID, "Nonthaburi"),
        "ร้านถุงผ้าซักรีดนนท์",
        offers=[("ถุงผ้าใส่ผ้าเปื้อน มีเชือกรูด ปักชื่อแผนก", "laundry_bag")],
        needs=[met("ผ้าเนื้อหนาสีครีม ยังไม่ผ่านการฟอก สำหรับเย็บถุง", "greige_cotton_fabric")],
        mail="nonbag",
    ),
    sme(
        (37, "en", AGC, MID, "Chonburi"),
        "OzoWash Systems",
        offers=[
            ("Ozone injection retrofit for washer-extractors", "ozone_laundry_system"),
            ("Washer-extractors 30 kg, new, with installation", "industrial_washer"),
        ],
        mail="ozowash",
    ),
    sme(
        (38, "th", AGC, MID, "Bangkok"),
        "ช่างเอกซ่อมเครื่องซักผ้าอุตสาหกรรม",
        offers=[("ซ่อมเครื่องซักผ้าอุตสาหกรรม เครื่องอบ เครื่องรีดผ้าปู ทุกยี่ห้อ", "laundry_machine_repair")],
        needs=[met("ผ้าเช็ดมือช่าง เอาแบบซับน้ำมัน", "cotton_rags")],
        mail="chang.ek",
    ),
    sme(
        (39, "th", CIRC, MID, "Bangkok"),
        "ร้านซ่อมผ้า ป้าแดง",
        offers=[
            ("ปะ ชุน เย็บขอบใหม่ ผ้าปู ผ้าขนหนู", "mending_service"),
            ("ซ่อมซิป เปลี่ยนกระดุม ชุดฟอร์ม", "garment_repair_service"),
        ],
        needs=[unmet("เทปกุ๊นขอบ ผ้าฝ้าย กว้าง 2 ซม.", "cotton bias binding tape; no one sells trims")],
        bcg=(CIRCULAR,),
        mail="padaeng.repair",
    ),
    sme(
        (40, "th", SPORT, MID, "Pathum Thani"),
        "โรงถักผ้ากีฬาลำลูกกา",
        offers=[("ผ้าถักไมโครโพลี ระบายเหงื่อ สำหรับเสื้อกีฬา", "sport_knit_fabric")],
        needs=[met("เส้นด้ายโพลีเอสเตอร์รีไซเคิล มาตรฐาน GRS", "recycled_polyester_yarn", req=("GRS",))],
        mail="lamlukka.knit",
    ),
    sme(
        (41, "th", AGC, DOWN, "Bangkok"),
        "บริษัท ซักรีดเวชภัณฑ์ จำกัด",
        offers=[
            ("ซักผ้าโรงพยาบาล ผ้าติดเชื้อ ฆ่าเชื้อด้วยความร้อน 71 องศา", "healthcare_laundry_service"),
            ("ผ้าปูเตียงผู้ป่วยที่ปลดระวาง ขายเหมาเป็นกิโล", "worn_bed_linen"),
        ],
        needs=[
            met("น้ำยาฆ่าเชื้อสำหรับซักผ้า แบบไม่มีคลอรีน", "laundry_disinfectant"),
            met("แท็ก RFID ติดผ้า สำหรับนับผ้าเข้าออก", "rfid_linen_tag"),
            unmet("ถุงแดงละลายน้ำ ใส่ผ้าติดเชื้อ", "water-soluble bags for infected linen; no one makes them"),
        ],
        certs=("ISO 9001",),
        mail="medwash",
    ),
    sme(
        (42, "en", AGC, DOWN, "Chonburi"),
        "Pattaya Hotel Laundry Services",
        offers=[
            ("Hotel linen wash and press, daily pick-up in Pattaya", "commercial_laundry_service"),
            ("Retired towels, about 5 tonnes a year", "worn_towels"),
        ],
        needs=[
            met("Wash chemicals for the tunnel washer: detergent, oxygen bleach", "laundry_detergent", "oxygen_bleach"),
            met("Linen carts", "laundry_trolley"),
        ],
        mail="pattayalaundry",
    ),
    sme(
        (43, "th", CIRC, DOWN, "Chiang Mai"),
        "เชียงใหม่ลินินเซอร์วิส",
        offers=[
            ("ให้เช่าผ้าปู ผ้าขนหนู แก่โรงแรม พร้อมซักส่ง", "linen_rental_service"),
            ("รับซักผ้าโรงแรม รีสอร์ท เกสต์เฮาส์", "commercial_laundry_service"),
        ],
        needs=[
            met("ผ้าปูที่นอนสีขาว ยกโหล ไม่จำเป็นต้องมี มอก.", "bed_sheets", waive=("Thai Industrial Standard",)),
            met("น้ำยาแบบดาวน์นี่ แกลลอนใหญ่", "fabric_softener"),
        ],
        bcg=(CIRCULAR,),
        mail="cm.linen",
    ),
    sme(
        (44, "en", CIRC, DOWN, "Phuket"),
        "Andaman Linen Hire",
        offers=[
            ("Linen hire for villas: sheets, bath and pool towels", "linen_rental_service"),
            ("Worn pool towels, free to rag makers", "worn_towels"),
        ],
        needs=[
            met("Bath towels 600 gsm, white, 500 dozen", "bath_towels", "hemp_towel"),
            met("Hem repair and patching of sheets", "mending_service"),
        ],
        bcg=(CIRCULAR,),
        mail="andamanlinen",
    ),
    sme(
        (45, "th", AGI, DOWN, "Khon Kaen"),
        "ขอนแก่นซักฟอกการแพทย์",
        offers=[("ซักผ้าโรงพยาบาล ชุดผ่าตัด ผ้าเขียว", "healthcare_laundry_service")],
        needs=[
            met("เครื่องซักผ้าอุตสาหกรรม ขนาด 50 กก.", "industrial_washer"),
            met("ระบบโอโซนต่อเข้ากับเครื่องซักเดิม", "ozone_laundry_system"),
            met("มีช่างรับแก้เครื่องอบผ้าเสีย แถวขอนแก่นไหม", "laundry_machine_repair"),
        ],
        mail="kk.medlaundry",
    ),
    sme(
        (46, "en", AGC, DOWN, "Bangkok"),
        "Sukhumvit Dry Cleaners",
        offers=[
            ("Dry cleaning: suits, silk, curtains", "dry_cleaning_service"),
            ("Spot removal for wine, blood and ink stains", "dry_cleaning_service"),
        ],
        needs=[unmet("Wire hangers and clear garment covers", "hangers and garment covers; no one sells them")],
        mail="sukhumvitdry",
    ),
    sme(
        (47, "th", AGC, DOWN, "Nonthaburi"),
        "วอชแอนด์โก รับส่งผ้า",
        offers=[("รับ-ส่งผ้าถึงบ้าน ซัก อบ พับ กิโลละ 40 บาท", "laundry_pickup_service")],
        needs=[
            met("น้ำยาซักผ้า แบบแกลลอน สำหรับร้าน", "laundry_detergent"),
            unmet("ตู้หยอดเหรียญขายผงซักฟอก ปรับผ้านุ่ม", "a vending machine, not the detergent; no one sells them"),
        ],
        mail="washandgo",
    ),
    sme(
        (48, "th", SPORT, DOWN, "Songkhla"),
        "หาดใหญ่ซักรีด",
        offers=[
            ("ซักรีดผ้าโรงแรม ร้านอาหาร ผ้าเช็ดปาก", "commercial_laundry_service"),
            ("ซักชุดพนักงานโรงงาน รับส่งถึงที่", "workwear_laundry_service"),
        ],
        needs=[
            met("ผ้าเช็ดตัวใหม่ สำหรับให้เช่า สีขาว", "bath_towels", "hemp_towel"),
            met("ผงขจัดคราบสำหรับผ้าขาว แบบไม่ใช้คลอรีน", "oxygen_bleach"),
        ],
        mail="hatyai.laundry",
    ),
    sme(
        (49, "en", CIRC, DOWN, "Surat Thani"),
        "Samui Linen Rental",
        offers=[("Linen pool rental for resorts on Koh Samui", "linen_rental_service")],
        needs=[
            met("King-size sheets 300TC, 200 sets", "bed_sheets"),
            met("Anyone doing tags to track linen? RFID or barcode", "rfid_linen_tag", "barcode_linen_label"),
        ],
        bcg=(CIRCULAR,),
        mail="samuilinen",
    ),
    sme(
        (50, "th", AGI, DOWN, "Udon Thani"),
        "ซักผ้าอ้อมอุดร",
        offers=[("บริการซักผ้าอ้อมผ้า รับส่งถึงบ้าน รายสัปดาห์", "cloth_diaper_laundry_service")],
        needs=[met("แพมเพิสผ้า สำหรับเด็ก แบบติดกระดุม", "baby_cloth_diaper")],
        mail="udon.diaperwash",
    ),
]


# ------------------------------------------------------------------ profiles 051-075: linen makers, care homes, hotels

PART_3 = [
    sme(
        (51, "en", SPORT, DOWN, "Rayong"),
        "WorkWear Care Eastern Seaboard",
        offers=[
            ("Uniform laundering for factories, barcode tracked", "workwear_laundry_service"),
            ("Sports team kit washing, same-day", "team_kit_laundry_service"),
            ("Coverall repairs: zips, patches, hems", "garment_repair_service"),
        ],
        needs=[met("Iron-on barcode tapes for garments", "barcode_linen_label")],
        mail="workwearcare",
    ),
    sme(
        (52, "th", AGI, DOWN, "Nakhon Ratchasima"),
        "โคราชเบดดิ้ง",
        offers=[
            ("ผ้าปูรัดมุม 3.5 ฟุต สำหรับเตียงผู้ป่วย", "bed_sheets"),
            ("ผ้านวมใยสังเคราะห์ ขนาด 60x80", "quilt"),
        ],
        needs=[
            met("ผ้าฝ้ายฟอกขาวเป็นพับ หน้ากว้าง", "cotton_sheeting_fabric"),
            met("ผ้ากันน้ำสำหรับทำผ้ารองเตียง", "waterproof_laminated_fabric"),
        ],
        mail="korat.bedding",
    ),
    sme(
        (53, "en", AGC, DOWN, "Samut Prakan"),
        "Siam Towel Factory",
        offers=[
            ("Hotel bath towels, 100% cotton, 16s yarn", "bath_towels"),
            ("Waffle and terry bathrobes", "bathrobes"),
            ("Towel selvedge offcuts and seconds by the kg", "towel_offcuts"),
        ],
        needs=[
            met("Combed cotton yarn Ne 16, GOTS nice to have", "cotton_yarn", waive=("GOTS",)),
            unmet("Spare parts for Picanol terry looms", "loom spare parts; no one sells them"),
        ],
        certs=("OEKO-TEX Standard 100",),
        mail="siamtowel",
    ),
    sme(
        (54, "th", AGC, DOWN, "Bangkok"),
        "บริษัท เมดิแวร์ จำกัด",
        offers=[
            ("ชุดผู้ป่วย เสื้อผ่าหน้า กางเกงเอวยาง ผ้า TC", "patient_gown"),
            ("ผ้าห่อเครื่องมือผ่าตัด ผ้าเขียว ซักนึ่งซ้ำได้", "surgical_wrap_reusable"),
        ],
        needs=[
            met("ผ้าโทเร ผ้าทีซี สีฟ้า สำหรับชุดคนไข้", "polycotton_fabric"),
            met("มีที่ไหนรับเคลือบสารกันแบคทีเรียให้ผ้าของเราบ้าง", "antimicrobial_finishing_service"),
        ],
        certs=("ISO 13485",),
        mail="mediwear",
    ),
    sme(
        (55, "en", SPORT, DOWN, "Pathum Thani"),
        "UniFit Uniform Co.",
        offers=[
            ("Chef jackets and housekeeping uniforms", "staff_uniform"),
            ("Factory work shirts, poly-cotton, OEM", "staff_uniform"),
        ],
        needs=[
            met("Logo stitching on garments", "embroidery_service"),
            met("Polyester/cotton blend cloth for shirts, 1,000 m", "polycotton_fabric"),
            met("Woven name labels for company uniforms", "woven_name_label"),
        ],
        mail="unifit",
    ),
    sme(
        (56, "th", HEMP, DOWN, "Chiang Mai"),
        "ร้านผ้าขนหนูใยกัญชง ดอยสะเก็ด",
        offers=[("ผ้าขนหนูใยกัญชงผสมฝ้าย ขนาด 30x60 ซม.", "hemp_towel")],
        needs=[
            met("ด้ายกัญชงสำหรับทอขน", "hemp_yarn"),
            met("รับย้อมผ้าขนหนูของร้านด้วยสีธรรมชาติ", "natural_dyeing_service", "indigo_dyeing_service"),
        ],
        bcg=(BIO,),
        mail="doisaket.hemp",
    ),
    sme(
        (57, "th", AGI, DOWN, "Yasothon"),
        "วิสาหกิจชุมชนผ้าอ้อมผู้ใหญ่ยโสธร",
        offers=[
            ("กางเกงซึมซับผู้สูงอายุ ซักได้ 300 ครั้ง", "adult_cloth_diaper"),
            ("แผ่นรองซับผ้าฝ้าย ขนาด 90x120", "reusable_underpad"),
        ],
        needs=[
            met("ผ้ากันซึม ชั้นนอกผ้าอ้อม", "waterproof_laminated_fabric"),
            met("ผ้าขนหนูม้วน ยังไม่ตัด", "terry_fabric"),
        ],
        mail="yasothon.care",
    ),
    sme(
        (58, "en", AGC, DOWN, "Nonthaburi"),
        "Little Cloud Cloth Nappies",
        offers=[("Cloth nappies with bamboo inserts, snap closure", "baby_cloth_diaper")],
        needs=[
            met(
                "Waterproof laminate for nappy shells, OEKO-TEX certified",
                "waterproof_laminated_fabric",
                req=("OEKO-TEX Standard 100",),
            )
        ],
        mail="littlecloud",
    ),
    sme(
        (59, "th", AGI, DOWN, "Surin"),
        "กลุ่มหน้ากากผ้าฝ้ายสุรินทร์",
        offers=[("หน้ากากผ้าฝ้ายทอมือ 3 ชั้น ซักได้", "reusable_mask")],
        needs=[met("ผ้าฝ้ายสีครามธรรมชาติ ไม่เอาสีเคมี", "indigo_cotton_fabric")],
        mail="surin.mask",
    ),
    sme(
        (60, "en", AGC, DOWN, "Bangkok"),
        "DryNight Mattress Protectors",
        offers=[("Fitted waterproof mattress protectors, 90x200 cm", "mattress_protector")],
        needs=[
            met("TPU-coated fabric by the metre", "waterproof_laminated_fabric"),
            unmet(
                "Bamboo terry laminate, GOTS certified",
                "laminates and terry exist, but no maker holds GOTS",
                "waterproof_laminated_fabric",
                "terry_fabric",
                req=("GOTS",),
            ),
        ],
        mail="drynight",
    ),
    sme(
        (61, "th", AGI, DOWN, "Khon Kaen"),
        "ร้านชุดนักเรียนขอนแก่น",
        offers=[("ชุดนักเรียน เสื้อเชิ้ตขาว กางเกงสีกรมท่า", "school_uniform")],
        needs=[met("ผ้าโทเรสีขาว สำหรับเสื้อนักเรียน", "polycotton_fabric")],
        mail="kk.schooluniform",
    ),
    sme(
        (62, "en", CIRC, DOWN, "Chiang Rai"),
        "Second Sheet Studio",
        offers=[("Tote bags sewn from retired hotel sheets", "upcycled_linen_bag")],
        needs=[met("Clean discarded bed linen, white cotton", "worn_bed_linen")],
        bcg=(CIRCULAR,),
        mail="secondsheet",
    ),
    sme(
        (63, "th", HEMP, DOWN, "Lamphun"),
        "ร้านกระเป๋าผ้าครามลำพูน",
        offers=[("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม ใบละ 350 บาท", "cotton_tote_bag")],
        needs=[met("ผ้าย้อมห้อม เป็นพับ", "indigo_cotton_fabric")],
        certs=("OTOP",),
        mail="lamphun.bag",
    ),
    sme(
        (64, "th", AGI, DOWN, "Khon Kaen"),
        "โรงพยาบาลเอกชน มิตรภาพเวชการ",
        offers=[("ผ้าปูที่ปลดระวางแล้ว ขาดบ้าง เปื้อนบ้าง", "worn_bed_linen")],
        needs=[
            met("จ้างซักผ้าผู้ป่วย พร้อมฆ่าเชื้อ", "healthcare_laundry_service"),
            met("ชุดคนไข้", "patient_gown"),
        ],
        mail="mittraphap.hospital",
    ),
    sme(
        (65, "en", AGC, DOWN, "Bangkok"),
        "Ratchada Care Hospital",
        needs=[
            met(
                "Outsourced hospital linen laundry, ISO 9001 certified", "healthcare_laundry_service", req=("ISO 9001",)
            ),
            met("Reusable instrument wraps", "surgical_wrap_reusable"),
            met("Patient gowns made under ISO 13485", "patient_gown", req=("ISO 13485",)),
        ],
        mail="ratchadacare",
    ),
    sme(
        (66, "th", AGC, DOWN, "Nonthaburi"),
        "บ้านพักผู้สูงอายุสวนสุข",
        needs=[
            met("ผ้ารองซับปัสสาวะ แบบซักได้ สำหรับผู้ป่วยติดเตียง", "reusable_underpad"),
            met("ผ้าคลุมที่นอนกันฉี่", "mattress_protector"),
            met("ผ้าเช็ดเท้า หน้าห้องน้ำ", "rag_rug"),
        ],
        mail="suansuk.care",
    ),
    sme(
        (67, "en", AGI, DOWN, "Ubon Ratchathani"),
        "Ubon Golden Years Care Home",
        needs=[
            met("Washable incontinence briefs for elderly residents", "adult_cloth_diaper"),
            met(
                "Fitted sheets for hospital beds, OEKO-TEX not required", "bed_sheets", waive=("OEKO-TEX Standard 100",)
            ),
        ],
        mail="ubongoldenyears",
    ),
    sme(
        (68, "en", AGC, DOWN, "Chiang Mai"),
        "Lanna Retirement Resort",
        needs=[
            met("Weekly linen supply with washing included", "linen_rental_service"),
            met("Bath towels with our logo, 300 pcs", "bath_towels", "hemp_towel"),
            unmet("Anyone renting electric hospital beds?", "hospital beds are not textiles; no one offers them"),
        ],
        mail="lannaretire",
    ),
    sme(
        (69, "th", AGI, DOWN, "Nakhon Ratchasima"),
        "ศูนย์ดูแลผู้สูงอายุโคราช",
        needs=[
            met("ชุดผู้ป่วยผ้าฝ้าย ผ่าหลัง", "patient_gown"),
            met("ผ้าอ้อมผู้ใหญ่ซักได้", "adult_cloth_diaper"),
            met("ผ้าห่มหนา ๆ ให้คุณตาคุณยาย", "quilt"),
        ],
        mail="korat.eldercare",
    ),
    sme(
        (70, "en", CIRC, DOWN, "Phuket"),
        "Kata Bay Resort",
        offers=[
            ("Retired towels, free to collect", "worn_towels"),
            ("Old sheets, torn or stained, free to collect", "worn_bed_linen"),
        ],
        needs=[
            met("Hotel linen laundry, daily, Kata area", "commercial_laundry_service"),
        ],
        mail="katabay",
    ),
    sme(
        (71, "th", HEMP, DOWN, "Krabi"),
        "อ่าวนางรีสอร์ท",
        needs=[
            met("ผ้าเช็ดตัว สีขาว 70x140 ยกโหล", "bath_towels", "hemp_towel"),
            met("เสื้อคลุมอาบน้ำ", "bathrobes"),
            met("ชุดพนักงานแม่บ้าน", "staff_uniform"),
        ],
        mail="aonang.resort",
    ),
    sme(
        (72, "en", HEMP, DOWN, "Prachuap Khiri Khan"),
        "Hua Hin Herbal Spa",
        needs=[
            met("Eco laundry liquid with Thai Green Label", "laundry_detergent", req=("Thai Green Label",)),
            met("Indigo dyeing of our white spa robes", "indigo_dyeing_service"),
            met("Pha khao ma cloths for massage", "pha_khao_ma"),
        ],
        mail="huahinspa",
    ),
    sme(
        (73, "th", SPORT, DOWN, "Chonburi"),
        "บริษัท ชิ้นส่วนยานยนต์บ่อวิน จำกัด",
        offers=[("ชุดช่างเก่าที่ปลดแล้ว ปีละ 2 ตัน", "worn_workwear")],
        needs=[
            met("ผ้าเช็ดคราบน้ำมันในไลน์ผลิต", "cotton_rags"),
            met("จ้างซักชุดพนักงาน 800 ชุดต่อสัปดาห์", "workwear_laundry_service"),
            met("ชุดหมีขาด ซิปพัง ต้องการคนซ่อม", "garment_repair_service"),
        ],
        mail="bowin.parts",
    ),
    sme(
        (74, "en", SPORT, DOWN, "Rayong"),
        "Map Ta Phut Plant Services",
        needs=[
            met("Lint-free wipers for maintenance", "cotton_rags"),
            unmet("Flame-retardant coveralls, NFPA 2112", "FR coveralls; no one makes them"),
        ],
        mail="mtpplant",
    ),
    sme(
        (75, "th", AGI, DOWN, "Sisaket"),
        "โรงเรียนบ้านโนนสูง",
        needs=[
            met("ชุดนักเรียน ม.ต้น 300 ชุด", "school_uniform"),
            met("รับซักชุดนักเรียนประจำหอพัก", "workwear_laundry_service"),
        ],
        mail="nonsung.school",
    ),
]


# ------------------------------------------------------------------ profiles 076-095: sport, shops, south, small buyers

PART_4 = [
    sme(
        (76, "en", SPORT, DOWN, "Bangkok"),
        "Thonburi City Football Club",
        needs=[
            met("Match kit washing after every home game", "team_kit_laundry_service"),
            met("Antibacterial treatment for training bibs", "antimicrobial_finishing_service"),
        ],
        mail="thonburifc",
    ),
    sme(
        (77, "th", SPORT, DOWN, "Bangkok"),
        "ฟิตเนสคลับ ลาดพร้าว",
        needs=[met("ผ้าขนหนูเล็ก สำหรับลูกค้าฟิตเนส 500 ผืน", "bath_towels", "hemp_towel")],
        mail="ladprao.fit",
    ),
    sme(
        (78, "en", AGC, DOWN, "Chonburi"),
        "Jomtien Boutique Hotel",
        needs=[
            met("Bed linen on rental basis, laundry included", "linen_rental_service"),
            met("Guest garment dry cleaning", "dry_cleaning_service"),
        ],
        mail="jomtienboutique",
    ),
    sme(
        (79, "th", AGI, DOWN, "Udon Thani"),
        "โรงพยาบาลส่งเสริมสุขภาพตำบลหนองสำโรง",
        needs=[
            met("ถุงใส่ผ้าเปื้อน แยกสีตามประเภท", "laundry_bag"),
            met("รถเข็นผ้าสแตนเลส", "laundry_trolley"),
        ],
        mail="nongsamrong.hph",
    ),
    sme(
        (80, "en", AGC, DOWN, "Phetchaburi"),
        "Phetburi Medical Centre",
        needs=[
            met("Hospital linen laundry with RFID tracking, ISO 9001", "healthcare_laundry_service", req=("ISO 9001",)),
            unmet("Reusable isolation gowns, AAMI level 2", "isolation gowns to an AAMI level; no one makes them"),
        ],
        mail="phetburimed",
    ),
    sme(
        (81, "en", SPORT, DOWN, "Bangkok"),
        "Pacer Activewear",
        offers=[("Running jerseys, sublimation printed, MOQ 100", "sports_jersey")],
        needs=[
            met("Moisture-wicking knit, by the kg", "sport_knit_fabric"),
            met("Odour-control treatment for finished fabric", "antimicrobial_finishing_service"),
        ],
        mail="paceractive",
    ),
    sme(
        (82, "en", SPORT, DOWN, "Chonburi"),
        "Pattaya Marathon Events",
        needs=[met("Event running shirts, 3,000 pcs", "sports_jersey")],
        mail="pattayamarathon",
    ),
    sme(
        (83, "th", SPORT, DOWN, "Chiang Mai"),
        "ค่ายมวยลานนาไฟท์",
        needs=[met("ซักกางเกงมวย ผ้าพันมือ ทุกวัน", "team_kit_laundry_service")],
        mail="lannafight",
    ),
    sme(
        (84, "th", AGC, DOWN, "Bangkok"),
        "ร้านผ้าปูที่นอนสำเพ็ง",
        offers=[
            ("ชุดผ้าปู ปลอกหมอน ราคาส่ง", "bed_sheets"),
            ("ผ้าห่มนวม ลายการ์ตูน", "quilt"),
        ],
        needs=[met("ผ้าปูเตียงจากโรงงาน ยกล็อต", "bed_sheets")],
        mail="sampeng.bedding",
    ),
    sme(
        (85, "en", HEMP, DOWN, "Chiang Mai"),
        "Green Nest Eco Store",
        needs=[
            met("Hemp towels for our shelf", "hemp_towel"),
            met("Hand-dyed indigo bags", "cotton_tote_bag"),
            met("Bags made from old hotel sheets", "upcycled_linen_bag"),
        ],
        mail="greennest",
    ),
    sme(
        (86, "th", AGC, DOWN, "Bangkok"),
        "ร้านซักแห้ง ลาดพร้าว 71",
        offers=[
            ("ซักแห้ง ชุดสูท ชุดไทย ผ้าไหม", "dry_cleaning_service"),
            ("ขจัดคราบฝังแน่น คราบไวน์ คราบเลือด", "dry_cleaning_service"),
        ],
        needs=[unmet("ตัวทำละลายซักแห้ง ไฮโดรคาร์บอน", "dry-cleaning solvent; no one sells it")],
        mail="lp71.dryclean",
    ),
    sme(
        (87, "th", AGI, MID, "Maha Sarakham"),
        "กลุ่มทอผ้าขาวม้าบ้านหนองเหล่า",
        offers=[("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 120 บาท", "pha_khao_ma")],
        needs=[met("เส้นฝ้ายที่ย้อมสีแล้ว หลายสี", "dyed_cotton_yarn")],
        certs=("OTOP",),
        mail="nonglao.weave",
    ),
    sme(
        (88, "th", CIRC, MID, "Kanchanaburi"),
        "พรมเศษผ้า กาญจน์",
        offers=[("พรมทอจากเศษผ้า วางหน้าประตู ขายส่ง", "rag_rug")],
        needs=[met("เศษริมผ้าขนหนูจากโรงงาน", "towel_offcuts")],
        bcg=(CIRCULAR,),
        mail="kan.ragrug",
    ),
    sme(
        (89, "th", HEMP, DOWN, "Phrae"),
        "ร้านเสื้อม่อฮ่อมแพร่",
        offers=[("เสื้อม่อฮ่อม ผ้าฝ้ายย้อมห้อม คอจีน", "cotton_shirt")],
        needs=[met("หาช่างเย็บเสื้อ ใช้ผ้าของร้านเอง", "sewing_service")],
        mail="phrae.mohomshirt",
    ),
    sme(
        (90, "en", AGC, DOWN, "Songkhla"),
        "Hat Yai Halal Linen Services",
        offers=[("Hospital linen washing with Halal-compliant chemicals", "healthcare_laundry_service")],
        needs=[met("Detergent for hospital linen, must be Halal certified", "laundry_detergent", req=("Halal",))],
        certs=("Halal",),
        mail="hatyaihalal",
    ),
    sme(
        (91, "th", AGC, DOWN, "Pattani"),
        "โรงพยาบาลเอกชนปัตตานี",
        needs=[met("บริการซักผ้าโรงพยาบาล ที่ได้รับรองฮาลาล", "healthcare_laundry_service", req=("Halal",))],
        mail="pattani.hospital",
    ),
    sme(
        (92, "th", AGC, DOWN, "Phra Nakhon Si Ayutthaya"),
        "ศูนย์ฟื้นฟูผู้สูงอายุกรุงเก่า",
        needs=[
            met("ผ้ารองที่นอนกันน้ำ", "mattress_protector"),
            met("ซ่อมผ้าห่ม ผ้าปูที่ขาด", "mending_service"),
        ],
        mail="krungkao.rehab",
    ),
    sme(
        (93, "en", AGC, DOWN, "Nakhon Nayok"),
        "Khao Yai Wellness Retreat",
        needs=[
            unmet(
                "Organic cotton bath towels, GOTS certified",
                "towels exist, but no towel maker holds GOTS",
                "bath_towels",
                "hemp_towel",
                req=("GOTS",),
            ),
            met("Laundry service for spa linen", "commercial_laundry_service"),
        ],
        mail="khaoyaiwellness",
    ),
    sme(
        (94, "th", AGI, DOWN, "Buriram"),
        "ร้านสะดวกซัก บุรีรัมย์",
        offers=[
            ("ร้านสะดวกซัก ซัก-อบ เปิด 24 ชม.", "self_service_laundromat"),
            ("รับซักผ้าอ้อมเด็ก หน้ากากผ้า", "cloth_diaper_laundry_service"),
        ],
        needs=[
            met("น้ำยาปรับผ้านุ่ม กลิ่นหอมนาน", "fabric_softener"),
            unmet("เครื่องอบผ้าใช้แก๊ส มือสอง", "a used gas tumble dryer; no one sells dryers"),
        ],
        mail="buriram.washcafe",
    ),
    sme(
        (95, "en", AGI, DOWN, "Nakhon Phanom"),
        "Mekong Family Day Care",
        needs=[
            met("Someone to launder our cloth nappies twice a week", "cloth_diaper_laundry_service"),
            met("Washable face masks for children", "reusable_mask"),
        ],
        mail="mekongdaycare",
    ),
]


# ------------------------------------------------------------------ assembling and checking

PROFILES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL = re.compile(r"^[a-z][a-z0-9_]*$")


class CheckError(Exception):
    pass


def latin_only(text: str) -> bool:
    for char in text:
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
        if "\u0e00" <= char <= "\u0e7f":
            return False
    return True


def thai_share(text: str) -> float:
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for char in letters if THAI_LETTER.match(char)) / len(letters)


def mentions(text: str, certification: str) -> bool:
    """Whether `text` names `certification` at all (claimed, required or waived)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)
    raise CheckError(f"unknown certification {certification!r}")


def canonical(certs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(resolve_certification(cert) or cert for cert in certs)


def qualified(supplier: Sme, buyer: Sme, need: Need) -> bool:
    if supplier is buyer:
        return False
    if not set(need.req) <= canonical(supplier.certs):
        return False
    return any(label in need.labels for _, label in supplier.offers)


def check(profiles: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids: " + ", ".join(sorted(i for i, n in Counter(ids).items() if n > 1)))
    expected = [f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]
    if sorted(ids) != expected:
        missing = sorted(set(expected) - set(ids))
        extra = sorted(set(ids) - set(expected))
        errors.append(f"ids must be {PREFIX}-001..{N_PROFILES:03d}; missing {missing[:8]}, extra {extra[:8]}")
    offered: dict[str, set[str]] = {}
    for p in profiles:
        for _, label in p.offers:
            offered.setdefault(label, set()).add(p.id)

    mails = Counter(p.email for p in profiles)
    for p in profiles:
        where = p.id
        if p.lang not in ("th", "en"):
            errors.append(f"{where}: language {p.lang!r}")
        if resolve_province(p.province) is None:
            errors.append(f"{where}: province {p.province!r} does not resolve")
        for cert in p.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(p.certs)) != len(p.certs) or len(set(p.bcg)) != len(p.bcg):
            errors.append(f"{where}: repeated certification or BCG tag")
        if not EMAIL.match(p.email) or mails[p.email] > 1:
            errors.append(f"{where}: bad or repeated email {p.email!r}")
        if not p.name.strip():
            errors.append(f"{where}: empty name")
        if not (0 <= len(p.offers) <= 3 and 0 <= len(p.needs) <= 3) or not (p.offers or p.needs):
            errors.append(f"{where}: wants 0-3 offers, 0-3 needs, not both empty")
        texts = [p.name, *(t for t, _ in p.offers), *(n.text for n in p.needs)]
        for text in texts:
            if text != text.strip() or not text or "  " in text:
                errors.append(f"{where}: untidy text {text!r}")
            if p.lang == "th" and thai_share(text) < 0.6:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
            if p.lang == "en" and not latin_only(text):
                errors.append(f"{where}: English phrase has non-Latin letters: {text!r}")
        phrases = [t for t, _ in p.offers] + [n.text for n in p.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: a phrase is repeated")
        for _, label in p.offers:
            if not LABEL.match(label):
                errors.append(f"{where}: bad label {label!r}")
        for need in p.needs:
            said = find_certifications(need.text)
            for cert in (*need.req, *need.waive):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: {cert!r} is not a canonical certification name")
            if set(need.req) != said:
                errors.append(f"{where}: need {need.text!r} requires {sorted(said)}, labelled {list(need.req)}")
            for cert in need.waive:
                if not mentions(need.text, cert) or cert in said:
                    errors.append(f"{where}: need {need.text!r} does not waive {cert}")
            if set(need.req) & set(need.waive):
                errors.append(f"{where}: need {need.text!r} both requires and waives")
            for label in need.labels:
                if not offered.get(label, set()) - {p.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            suppliers = [s.id for s in profiles if qualified(s, p, need)]
            if need.unmet is None:
                if not need.labels:
                    errors.append(f"{where}: need {need.text!r} lists no labels and no note")
                elif not suppliers:
                    errors.append(f"{where}: need {need.text!r} has no qualified supplier")
            else:
                if not need.unmet.strip():
                    errors.append(f"{where}: need {need.text!r} has an empty note")
                if suppliers:
                    errors.append(f"{where}: need {need.text!r} is marked unmet but {suppliers} qualify")
    return errors


def links(profiles: list[Sme]) -> list[tuple[str, str]]:
    found = {
        (s.id, b.id)
        for b in profiles
        for need in b.needs
        if need.unmet is None
        for s in profiles
        if qualified(s, b, need)
    }
    return sorted(found)


def size_errors(profiles: list[Sme], pairs: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {p.id: p for p in profiles}
    thai = sum(p.lang == "th" for p in profiles)
    if not 0.50 <= thai / len(profiles) <= 0.60:
        errors.append(f"Thai share {thai}/{len(profiles)} is not about 55 %")
    needs = [n for p in profiles for n in p.needs]
    n_unmet = sum(n.unmet is not None for n in needs)
    if not 17 <= n_unmet <= 23:
        errors.append(f"{n_unmet} needs met by no one; want about 20")
    if not 160 <= len(pairs) <= 180:
        errors.append(f"{len(pairs)} true links; want 160-180")
    cross = sum(by_id[s].lang != by_id[b].lang for s, b in pairs)
    if pairs and not 0.40 <= cross / len(pairs) <= 0.60:
        errors.append(f"cross-language links {cross}/{len(pairs)}; want about half")
    spread = supplier_spread(profiles)
    if spread and sum(1 for k in spread if 1 <= k <= 3) / len(spread) < 0.7:
        errors.append(f"suppliers per met need {sorted(Counter(spread).items())}; want mostly 1-3")
    return errors


def supplier_spread(profiles: list[Sme]) -> list[int]:
    return [sum(qualified(s, b, n) for s in profiles) for b in profiles for n in b.needs if n.unmet is None]


# ------------------------------------------------------------------ outputs


def profile_json(p: Sme) -> str:
    record = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub.value,
        "stage": p.stage.value,
        "province": p.province,
        "offers": [text for text, _ in p.offers],
        "needs": [need.text for need in p.needs],
        "certifications": list(p.certs),
        "bcg": [tag.value for tag in p.bcg],
        "contact_email": p.email,
        "language": p.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(pairs: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(pairs)
    return buffer.getvalue()


def province_of(p: Sme) -> Province:
    province = resolve_province(p.province)
    if province is None:
        raise CheckError(f"{p.id}: province {p.province!r} does not resolve")
    return province


def counts(profiles: list[Sme], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {p.id: p for p in profiles}
    rows: list[tuple[str, str]] = []
    thai = sum(p.lang == "th" for p in profiles)
    rows.append(("profiles", str(len(profiles))))
    rows.append(("Thai / English profiles", f"{thai} / {len(profiles) - thai}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(p.sub == sub for p in profiles))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(p.stage == stage for p in profiles))))
    regions = Counter(province_of(p).region for p in profiles)
    for region, n in sorted(regions.items(), key=lambda item: (-item[1], item[0].value)):
        rows.append((f"region `{region.value}`", str(n)))
    provinces = {province_of(p).name_en for p in profiles}
    rows.append(("distinct provinces", str(len(provinces))))
    offers = [label for p in profiles for _, label in p.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [n for p in profiles for n in p.needs]
    n_unmet = sum(n.unmet is not None for n in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.req) for n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waive) for n in needs))))
    spread = Counter(min(k, 4) for k in supplier_spread(profiles))
    rows.append(
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(spread[k]) for k in (1, 2, 3, 4)),
        )
    )
    rows.append(("true links", str(len(pairs))))
    th_en = sum(by_id[s].lang == "th" and by_id[b].lang == "en" for s, b in pairs)
    en_th = sum(by_id[s].lang == "en" and by_id[b].lang == "th" for s, b in pairs)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({100 * cross / len(pairs):.1f} %)"))
    th_th = sum(by_id[s].lang == by_id[b].lang == "th" for s, b in pairs)
    rows.append(
        ("within-language links (th-th / en-en)", f"{len(pairs) - cross} ({th_th} / {len(pairs) - cross - th_th})")
    )
    rows.append(("links between different sub-clusters", str(sum(by_id[s].sub != by_id[b].sub for s, b in pairs))))
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    value_width = max(len("value"), *(len(value) for _, value in rows))
    lines = [f"| {'count'.ljust(width)} | {'value'.ljust(value_width)} |"]
    lines.append(f"|{'-' * (width + 2)}|{'-' * (value_width + 2)}|")
    lines += [f"| {name.ljust(width)} | {value.ljust(value_width)} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_laundry/`: plain registry entries, laundry and linen care

A hand-labelled test set for partner matchmaking. It measures how well the matcher finds the true
supplier-buyer pairs among {n} SME profiles written in wording it has never seen.

## What it checks

The theme is laundry, linen rental and textile care: industrial laundries for hospitals, hotels and
care homes, linen hire pools, dry cleaning, stain removal, disinfection and ozone washing, mending,
linen tracking tags, laundry bags and trolleys, detergents and softeners, worn-out linen sold as rags
or for recycling, uniform care, washing of cloth diapers, laundromats and pick-up services, and the
mills and sewing shops that supply new linen; plus the cluster's ordinary upstream and midstream
suppliers (hemp, cotton, yarn, cloth, dyeing, sewing).

Every profile is a plain registry entry: one short phrase per offer or need, Thai (about 55 %) or
English. The same goods are written in many ways (local and regional names, trade words, brand names
used as common nouns, abbreviations, sizes, prices, minimum orders), and a need is usually worded
differently from the offers that meet it, often in the other language. Hard but fair cases are
included on purpose: a service versus the goods it works on (indigo dyeing of the customer's cloth
versus indigo-dyed cloth; sewing for others versus finished garments; washing linen versus renting it
out versus selling new linen); worn and waste linen versus new; raw versus processed (fibre, yarn,
cloth, product); finished goods described by their material or technique (hemp towels are towels, an
indigo-dyed bag is a bag); needs written as a wish, a bare noun phrase or a question; refusals; needs
that require a named certification and needs that name one only to waive it; and needs that no one in
the set meets.

## How it was written

By hand, by a writer who read only section 1 of the shared contracts (the profile format and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer did not
look at the matcher, its glossary, its tests or any other evaluation set, and did not run the matcher.
All data, including the labels, is in `write.py`; the output files carry no labels.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed
by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A certification that a need names only to
waive it ("OEKO-TEX not required", "ไม่ต้องมี มอก.") is not required.

Before writing, the script checks: ids unique and well formed; every contract field valid (provinces
resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster, stage and
BCG values from the taxonomy); every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; the certifications a need's text
requires (as `find_certifications` reads it) are exactly those labelled, and a waived one is named
but not required; Thai phrases are mostly Thai letters and English ones Latin only; the size targets.
It writes nothing if a check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_laundry/write.py

## Files

- `write.py`: all data and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: {n} profiles, ids `{first}` to `{last}`, cluster profile JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def build(profiles: list[Sme]) -> dict[str, str]:
    ordered = sorted(profiles, key=lambda p: p.num)
    pairs = links(ordered)
    table = counts_table(counts(ordered, pairs))
    return {
        "profiles.jsonl": "".join(profile_json(p) + "\n" for p in ordered),
        "links.csv": links_csv(pairs),
        "README.md": README.format(n=len(ordered), first=ordered[0].id, last=ordered[-1].id, table=table),
    }


def main() -> int:
    errors = check(PROFILES)
    pairs = links(PROFILES)
    errors += size_errors(PROFILES, pairs)
    if errors:
        for error in errors:
            print("CHECK:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written.", file=sys.stderr)
        if pairs:
            print(counts_table(counts(PROFILES, pairs)), file=sys.stderr)
        return 1
    first, second = build(PROFILES), build(PROFILES)
    if first != second:
        print("CHECK: two builds differ; nothing written.", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(counts(PROFILES, pairs)), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
