"""Write the hand-labelled evaluation set `eval/blind_plain_hairacc/` (hair accessories, plain registry phrases).

Run from the repository root:  .venv/bin/python eval/blind_plain_hairacc/write.py

All data lives in this file. Every offer is a (text, label) pair; every need lists the offer labels that meet
it and the certifications its text requires (or is marked as met by no one). The script checks the data and
writes profiles.jsonl, links.csv and README.md only when every check passes.
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
PREFIX = "bha"
N_PROFILES = 95

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGC = "ageing_lifestyle_central"
AGI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty when someone does


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    sub_cluster: str
    stage: str
    province: str
    name: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def no_one(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


def sme(
    sme_id: str,
    language: str,
    sub_cluster: str,
    stage: str,
    province: str,
    name: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: list[str] | None = None,
    bcg: list[str] | None = None,
) -> Sme:
    return Sme(
        sme_id,
        language,
        sub_cluster,
        stage,
        province,
        name,
        tuple(offers or ()),
        tuple(needs or ()),
        tuple(certs or ()),
        tuple(bcg or ()),
    )


# ----------------------------------------------------------------------------------------------- data

# Upstream: fibre, yarn, cocoons, dye stuff, waste and used goods.
PART_1 = [
    sme(
        "bha-001",
        "th",
        HEMP,
        UP,
        "Chiang Mai",
        "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
        offers=[
            ("ใยกัญชงลอกมือ ตากแห้ง พร้อมปั่น", "raw_hemp_fibre"),
            ("เส้นกัญชงเข็นมือ สีธรรมชาติ ม้วนละครึ่งโล", "hemp_yarn"),
        ],
        needs=[no_one("อยากได้เครื่องลอกเปลือกกัญชงขนาดเล็ก", "no one in the set sells machinery")],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        "bha-002",
        "en",
        HEMP,
        UP,
        "Tak",
        "Umphang Hmong Hemp Collective",
        offers=[("Hand-spun hemp thread, undyed, 1 kg hanks", "hemp_yarn")],
        needs=[need("Fermented indigo paste for dyeing our hemp", "indigo_paste")],
        bcg=["bio"],
    ),
    sme(
        "bha-003",
        "th",
        HEMP,
        UP,
        "Sakon Nakhon",
        "กลุ่มปลูกครามบ้านดอนกอย",
        offers=[("ครามเปียก หมักน้ำขี้เถ้า ถังละ 5 กิโล", "indigo_paste")],
        needs=[need("ด้ายฝ้าย ไว้ย้อมครามขาย", "cotton_yarn", "organic_cotton_yarn")],
        certs=["Organic Thailand"],
        bcg=["bio", "green"],
    ),
    sme(
        "bha-004",
        "en",
        HEMP,
        UP,
        "Loei",
        "Loei Native Cotton Growers",
        offers=[
            ("Ginned cotton lint, native Thai variety", "cotton_fibre"),
            ("Hand-spun cotton yarn, natural brown (fai tun)", "cotton_yarn"),
        ],
        bcg=["bio"],
    ),
    sme(
        "bha-005",
        "th",
        HEMP,
        UP,
        "Chiang Rai",
        "บริษัท ฝ้ายอินทรีย์เชียงราย จำกัด",
        offers=[
            ("ด้ายฝ้ายออร์แกนิก 20/2 พร้อมย้อม", "organic_cotton_yarn"),
            ("ปุยฝ้ายอินทรีย์ อัดก้อน", "cotton_fibre"),
        ],
        certs=["GOTS", "Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        "bha-006",
        "th",
        AGI,
        UP,
        "Surin",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        offers=[
            ("เส้นไหมน้อยสาวมือ ไหมพันธุ์พื้นบ้าน", "silk_yarn"),
            ("รังไหมเหลือง กิโลละ 250", "silk_cocoon"),
        ],
        needs=[no_one("ใบหม่อนสด ส่งทุกอาทิตย์", "no mulberry-leaf grower in the set")],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
        bcg=["bio"],
    ),
    sme(
        "bha-007",
        "en",
        AGI,
        UP,
        "Khon Kaen",
        "Chonnabot Silk Reeling",
        offers=[("Reeled mulberry silk yarn, degummed, 20/22 denier", "silk_yarn")],
        needs=[need("Silk cocoons, yellow Thai breed, by the kilo", "silk_cocoon")],
        bcg=["bio"],
    ),
    sme(
        "bha-008",
        "th",
        CIRC,
        UP,
        "Samut Sakhon",
        "หจก. เศษผ้ามหาชัย",
        offers=[
            ("เศษผ้ายืดคอตตอนจากโรงงานเสื้อ กิโลละ 12 บาท", "mixed_fabric_offcuts"),
            ("เศษกำมะหยี่ชิ้นใหญ่ คัดสีแล้ว", "velvet_offcuts"),
        ],
        bcg=["circular"],
    ),
    sme(
        "bha-009",
        "en",
        CIRC,
        UP,
        "Bangkok",
        "Bridal Cutroom Leftovers",
        offers=[("Satin and silk-satin cutting scraps from a bridal atelier, sorted by shade", "satin_offcuts")],
        needs=[need("Pickup of our mixed lace and tulle waste", "textile_waste_collection")],
        bcg=["circular"],
    ),
    sme(
        "bha-010",
        "th",
        CIRC,
        UP,
        "Nonthaburi",
        "ร้านรับซื้อผ้าเก่า ปากเกร็ด",
        offers=[
            ("เสื้อผ้ามือสองคัดเกรด กระสอบละ 45 โล", "used_clothing"),
            ("รับซื้อเศษผ้าถึงหน้าโรงงาน ชั่งกิโล", "textile_waste_collection"),
        ],
        bcg=["circular"],
    ),
    sme(
        "bha-011",
        "en",
        CIRC,
        UP,
        "Chonburi",
        "EastLoop Recycled Yarns",
        offers=[("rPET filament yarn 75D/72F, GRS", "recycled_polyester_yarn")],
        needs=[no_one("Baled clear PET bottles, 20 t a month", "no bottle collector in the set")],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        "bha-012",
        "th",
        CIRC,
        UP,
        "Ratchaburi",
        "ร้านผ้าเก่าโพธาราม",
        offers=[("ผ้าซิ่นไหมเก่า ผ้านุ่งเก่า ผืนละ 80-300", "used_silk_textiles")],
        bcg=["circular"],
    ),
    sme(
        "bha-013",
        "en",
        SPORT,
        UP,
        "Rayong",
        "Rayong Latex Thread Co.",
        offers=[("Latex rubber thread, 42-44 gauge, talc-free", "rubber_thread")],
        needs=[no_one("Natural rubber latex concentrate 60% DRC", "no latex supplier in the set")],
        certs=["ISO 9001"],
    ),
    sme(
        "bha-014",
        "th",
        HEMP,
        UP,
        "Nan",
        "กลุ่มฝ้ายเข็นมือบ้านหนองบัว",
        offers=[("ฝ้ายเข็นมือเมืองน่าน เส้นใหญ่ ไม่ฟอก", "cotton_yarn")],
        needs=[need("เนื้อครามหรือครามเปียก ไว้ย้อมฝ้าย", "indigo_paste")],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        "bha-015",
        "en",
        HEMP,
        UP,
        "Phetchabun",
        "Khao Kho Hemp Farm",
        offers=[("Decorticated hemp bast fibre, 50 kg bales", "raw_hemp_fibre")],
        needs=[no_one("Anyone who can spin our hemp into yarn on contract?", "no contract spinner in the set")],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        "bha-016",
        "th",
        AGI,
        UP,
        "Buriram",
        "กลุ่มสาวไหมนาโพธิ์",
        offers=[("ไหมยืน ไหมพุ่ง ฟอกแล้ว พร้อมทอ", "silk_yarn")],
        needs=[need("รังไหม ขายเป็นกิโล", "silk_cocoon")],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        "bha-017",
        "th",
        CIRC,
        UP,
        "Samut Prakan",
        "โกดังผ้าค้างสต็อก บางพลี",
        offers=[
            ("ผ้าค้างสต็อกโรงงาน ม้วนไม่เต็ม ขายเหมา", "deadstock_fabric"),
            ("เศษริมผ้า เศษผ้าทอ กระสอบละ 100", "mixed_fabric_offcuts"),
        ],
        bcg=["circular"],
    ),
]
# Midstream: elastic, fabric, dyeing, sewing, printing, components.
PART_2 = [
    sme(
        "bha-018",
        "en",
        SPORT,
        MID,
        "Samut Prakan",
        "Stretchline Elastics (Thailand)",
        offers=[
            ("Round elastic cord 1-3 mm, spools of 100 m", "elastic_cord"),
            ("Woven flat elastic 10-40 mm", "elastic_tape"),
        ],
        needs=[
            need("Latex thread for covering", "rubber_thread"),
            need("Polyester covering yarn, recycled is fine", "recycled_polyester_yarn"),
        ],
        certs=["OEKO-TEX Standard 100", "ISO 9001"],
    ),
    sme(
        "bha-019",
        "th",
        SPORT,
        MID,
        "Bangkok",
        "ร้านยางยืดสำเพ็ง",
        offers=[
            ("ยางยืดกลมหุ้มผ้า 2 มม. ม้วนละ 180", "elastic_cord"),
            ("ยางยืดแบนทอ หน้า 1 นิ้ว", "elastic_tape"),
        ],
        needs=[need("เส้นยางดิบ สำหรับหุ้มทำยางยืด", "rubber_thread")],
    ),
    sme(
        "bha-020",
        "en",
        CIRC,
        MID,
        "Pathum Thani",
        "ReTie Elastic",
        offers=[("Hair-tie elastic cord from recycled nylon, GRS certified", "elastic_cord")],
        needs=[need("Recycled polyester filament with GRS", "recycled_polyester_yarn", req=("GRS",))],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        "bha-021",
        "th",
        AGC,
        MID,
        "Bangkok",
        "ห้างผ้ากำมะหยี่พาหุรัด",
        offers=[
            ("ผ้ากำมะหยี่เกาหลี หน้ากว้าง 150 ซม. เมตรละ 120", "velvet_fabric"),
            ("ผ้าต่วน ผ้าซาตินเงา หลายสี", "satin_fabric"),
            ("ผ้าชีฟองเนื้อทราย", "chiffon_fabric"),
        ],
    ),
    sme(
        "bha-022",
        "en",
        AGC,
        MID,
        "Bangkok",
        "Sampeng Satin House",
        offers=[
            ("Charmeuse satin, 100% polyester, 60 colours", "satin_fabric"),
            ("Crushed velvet by the roll", "velvet_fabric"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "bha-023",
        "th",
        AGI,
        MID,
        "Khon Kaen",
        "กลุ่มทอผ้าไหมมัดหมี่ชนบท",
        offers=[
            ("ผ้าไหมมัดหมี่ทอมือ ตรานกยูงสีทอง", "silk_fabric"),
            ("เศษผ้าไหมจากห้องตัด ถุงละโล", "silk_offcuts"),
        ],
        needs=[need("เส้นไหมไทยแท้", "silk_yarn")],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
    ),
    sme(
        "bha-024",
        "en",
        AGI,
        MID,
        "Kalasin",
        "Praewa Weavers of Phon",
        offers=[("Praewa silk, hand-woven, 1 m x 2 m pieces", "silk_fabric")],
        needs=[need("Thai silk yarn for weaving", "silk_yarn")],
        certs=["Thai Silk Peacock Emblem"],
    ),
    sme(
        "bha-025",
        "th",
        AGC,
        MID,
        "Bangkok",
        "บริษัท ไหมมัลเบอร์รี่ สยาม จำกัด",
        offers=[("ผ้าไหมมัลเบอร์รี่ 22 มัมมี่ ทอเครื่อง หน้า 114", "silk_fabric")],
        needs=[need("เส้นไหม ราคาส่ง", "silk_yarn")],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "bha-026",
        "th",
        HEMP,
        MID,
        "Chiang Mai",
        "ผ้าฝ้ายทอมือ สันกำแพง",
        offers=[("ผ้าฝ้ายเมืองทอมือ ลายขิด เมตรละ 180", "handwoven_cotton_fabric")],
        needs=[need("เส้นฝ้ายสำหรับขึ้นกี่ทอ", "cotton_yarn", "organic_cotton_yarn")],
        certs=["OTOP"],
    ),
    sme(
        "bha-027",
        "en",
        HEMP,
        MID,
        "Udon Thani",
        "Na Kha Weaving Group",
        offers=[
            ("Hand-loomed Isan cotton, khit patterns, 1 m wide", "handwoven_cotton_fabric"),
            ("Pha khao ma checked cloth, 10 pcs lot", "pakama_cloth"),
        ],
        needs=[need("Organic cotton yarn, GOTS certified", "organic_cotton_yarn", "cotton_yarn", req=("GOTS",))],
    ),
    sme(
        "bha-028",
        "th",
        HEMP,
        MID,
        "Sakon Nakhon",
        "ครามสกล ผ้าย้อมคราม",
        offers=[
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 5 เมตร", "indigo_dyeing_service"),
        ],
        needs=[need("ครามเปียกจากชาวบ้าน", "indigo_paste")],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        "bha-029",
        "th",
        HEMP,
        MID,
        "Phrae",
        "ห้อมแพร่ บ้านทุ่งโฮ้ง",
        offers=[("ผ้าหม้อห้อมพื้น เมตรละ 150", "indigo_dyed_cotton_fabric")],
        needs=[need("ผ้าดิบฝ้าย ไว้ย้อมห้อม", "greige_cotton_fabric")],
        bcg=["bio"],
    ),
    sme(
        "bha-030",
        "en",
        HEMP,
        MID,
        "Sakon Nakhon",
        "Blue Hand Studio",
        offers=[("Indigo vat dyeing of your scrunchies, scarves and tees, from 20 pcs", "indigo_dyeing_service")],
        needs=[need("Indigo paste, naturally fermented", "indigo_paste")],
        bcg=["bio"],
    ),
    sme(
        "bha-031",
        "th",
        HEMP,
        MID,
        "Lamphun",
        "ร้านย้อมสีธรรมชาติ ป่าซาง",
        offers=[("รับย้อมผ้าลูกค้าด้วยครั่ง ขมิ้น เปลือกมะพูด", "natural_dyeing_service")],
        needs=[no_one("ครั่งดิบ ครั่งเม็ด", "no lac supplier in the set")],
        bcg=["bio", "green"],
    ),
    sme(
        "bha-032",
        "en",
        CIRC,
        MID,
        "Samut Sakhon",
        "Mahachai Piece Dyeing",
        offers=[("Commission piece dyeing of customer fabric, reactive dyes, 100 kg lots", "fabric_dyeing_service")],
        needs=[need("Sorted textile waste pickup", "textile_waste_collection")],
        certs=["ISO 14001"],
    ),
    sme(
        "bha-033",
        "th",
        HEMP,
        MID,
        "Chiang Mai",
        "ผ้ากัญชงม้ง แม่ริม",
        offers=[("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric")],
        needs=[need("เส้นใยกัญชงเข็นมือ", "hemp_yarn")],
        bcg=["bio"],
    ),
    sme(
        "bha-034",
        "th",
        AGC,
        MID,
        "Bangkok",
        "ร้านรับเย็บงานชิ้นเล็ก บางพลัด",
        offers=[("รับเย็บโดนัทมัดผม ที่คาดผม จากผ้าลูกค้า ชิ้นละ 6 บาท", "sewing_service")],
        needs=[need("ด้ายเย็บผ้าโพลีเอสเตอร์ ราคาส่ง", "sewing_thread")],
    ),
    sme(
        "bha-035",
        "en",
        AGC,
        MID,
        "Nonthaburi",
        "Small Batch CMT",
        offers=[("CMT sewing for hair accessories and pillowcases, your fabric, MOQ 100", "sewing_service")],
        needs=[need("Poly sewing thread on cones", "sewing_thread")],
    ),
    sme(
        "bha-036",
        "th",
        AGI,
        MID,
        "Roi Et",
        "กลุ่มแม่บ้านตัดเย็บบ้านหนองแวง",
        offers=[("รับจ้างเย็บ ลูกค้าส่งผ้ามาเอง คิดค่าแรงเป็นชิ้น", "sewing_service")],
    ),
    sme(
        "bha-037",
        "en",
        SPORT,
        MID,
        "Chonburi",
        "Sublime Print Chonburi",
        offers=[("Sublimation printing on your polyester fabric, roll to roll", "printing_service")],
    ),
    sme(
        "bha-038",
        "th",
        AGC,
        MID,
        "Nonthaburi",
        "ร้านปักชื่อ ปักโลโก้ งามวงศ์วาน",
        offers=[("รับปักชื่อ ปักโลโก้ ลงบนของลูกค้า", "embroidery_service")],
    ),
    sme(
        "bha-039",
        "en",
        AGC,
        MID,
        "Bangkok",
        "Barrette Parts Supply",
        offers=[
            ("Metal snap clip blanks 5 cm, 100 pcs per pack", "hair_clip_blanks"),
            ("Plastic headband bases, 1.5 cm and 3 cm", "headband_blanks"),
        ],
    ),
    sme(
        "bha-040",
        "th",
        AGC,
        MID,
        "Samut Prakan",
        "โรงงานกิ๊บเปล่า บางพลี",
        offers=[("กิ๊บเปล่า กิ๊บปากเป็ด กิ๊บแป๊ะ ขายส่ง", "hair_clip_blanks")],
        needs=[no_one("แม่พิมพ์ฉีดพลาสติก", "no mould maker in the set")],
    ),
    sme(
        "bha-041",
        "th",
        AGC,
        MID,
        "Bangkok",
        "ร้านริบบิ้นสำเพ็ง",
        offers=[
            ("ริบบิ้นผ้าซาติน ม้วน 50 หลา", "ribbon"),
            ("ริบบิ้นกรอสเกรน ลายริ้ว", "ribbon"),
        ],
    ),
    sme(
        "bha-042",
        "en",
        AGC,
        MID,
        "Pathum Thani",
        "Grosgrain Mill Pathum",
        offers=[("Grosgrain tape 9-38 mm, dyed to Pantone", "ribbon")],
        needs=[need("Polyester filament, recycled acceptable", "recycled_polyester_yarn")],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "bha-043",
        "en",
        SPORT,
        MID,
        "Rayong",
        "AquaDry Technical Fabrics",
        offers=[
            ("Microfiber terry 300 gsm, quick dry", "microfiber_fabric"),
            ("Moisture-wicking sports jersey, 160 gsm", "sports_knit_fabric"),
        ],
        needs=[need("rPET yarn, GRS", "recycled_polyester_yarn", req=("GRS",))],
        certs=["bluesign"],
    ),
    sme(
        "bha-044",
        "th",
        SPORT,
        MID,
        "Samut Sakhon",
        "โรงถักผ้ายืดมหาชัย",
        offers=[("ผ้ายืดคอตตอนสแปนเด็กซ์ 95/5 เนื้อนิ่ม", "cotton_jersey_fabric")],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "bha-045",
        "en",
        CIRC,
        MID,
        "Chonburi",
        "Loopweave rPET Satin",
        offers=[("Recycled-polyester satin, GRS, 75D", "satin_fabric")],
        needs=[need("GRS recycled filament yarn", "recycled_polyester_yarn", req=("GRS",))],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        "bha-046",
        "th",
        AGC,
        MID,
        "Bangkok",
        "ร้านลูกไม้พาหุรัด",
        offers=[("ลูกไม้ขอบ ลูกไม้ฝรั่งเศส ขายเป็นหลา", "lace_trim")],
    ),
    sme(
        "bha-047",
        "en",
        CIRC,
        MID,
        "Samut Prakan",
        "Felt & Fill",
        offers=[("Needle-punched felt sheets from recycled PET", "felt_fabric")],
        needs=[need("Shredding-grade textile waste or used clothes", "mixed_fabric_offcuts", "used_clothing")],
        bcg=["circular"],
    ),
    sme(
        "bha-048",
        "th",
        AGC,
        MID,
        "Bangkok",
        "ร้านด้ายเย็บผ้า โบ๊เบ๊",
        offers=[("ด้ายเย็บผ้าโพลี 40/2 หลอดใหญ่", "sewing_thread")],
    ),
    sme(
        "bha-049",
        "th",
        HEMP,
        MID,
        "Kanchanaburi",
        "โรงทอผ้าดิบ ท่าม่วง",
        offers=[("ผ้าดิบฝ้ายร้อยเปอร์เซ็นต์ หน้า 44 นิ้ว", "greige_cotton_fabric")],
        needs=[need("ด้ายฝ้าย ราคาโรงงาน", "cotton_yarn", "organic_cotton_yarn")],
    ),
]

# Downstream makers: scrunchies, headbands, clips and bows, turbans, hijabs, pillowcases, bonnets, hair ties.
PART_3 = [
    sme(
        "bha-050",
        "th",
        AGC,
        DOWN,
        "Bangkok",
        "แบรนด์โดนัทมัดผม ซาตินนุ่ม",
        offers=[("ยางมัดผมโดนัทผ้าซาติน โหลละ 120", "scrunchie")],
        needs=[
            need("ผ้าซาตินเป็นม้วน ราคาส่ง", "satin_fabric"),
            need("ยางยืดเส้นกลมเล็ก", "elastic_cord"),
            no_one("กล่องของขวัญพิมพ์โลโก้ร้าน", "no packaging printer in the set"),
        ],
    ),
    sme(
        "bha-051",
        "en",
        AGC,
        DOWN,
        "Chiang Mai",
        "Mulberry & Moon",
        offers=[("Mulberry silk scrunchies, 22 momme, gift boxed", "silk_scrunchie")],
        needs=[
            need("Pure silk by the metre, 19 momme or heavier", "silk_fabric"),
            need("Skinny elastic with OEKO-TEX Standard 100", "elastic_cord", req=("OEKO-TEX Standard 100",)),
        ],
    ),
    sme(
        "bha-052",
        "th",
        CIRC,
        DOWN,
        "Nonthaburi",
        "โดนัทเศษผ้า รักษ์โลก",
        offers=[("โดนัทรัดผมทำจากเศษผ้า ทุกชิ้นไม่ซ้ำลาย", "upcycled_scrunchie")],
        needs=[
            need("เศษกำมะหยี่ เศษซาติน ชิ้นไม่ต่ำกว่า 10 ซม.", "velvet_offcuts", "satin_offcuts"),
            need("ยางยืดรีไซเคิล ต้องมีใบ GRS", "elastic_cord", req=("GRS",)),
        ],
        bcg=["circular"],
    ),
    sme(
        "bha-053",
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "Second Loop Accessories",
        offers=[
            ("Zero-waste scrunchies from garment offcuts", "upcycled_scrunchie"),
            ("Patchwork hairbands from deadstock", "headband"),
        ],
        needs=[
            need("Garment-factory cuttings, knit or woven, any colour", "mixed_fabric_offcuts"),
            need("Old silk sarongs to cut up", "used_silk_textiles"),
            need("Surplus fabric rolls, end of line", "deadstock_fabric"),
        ],
        bcg=["circular"],
    ),
    sme(
        "bha-054",
        "th",
        AGI,
        DOWN,
        "Khon Kaen",
        "โดนัทผ้าไหมมัดหมี่ ชนบท",
        offers=[
            ("โดนัทรัดผมผ้าไหมมัดหมี่แท้", "silk_scrunchie"),
            ("ที่คาดผมผ้าไหม ลายขอ", "headband"),
        ],
        needs=[
            need("เศษผ้าไหมชิ้นเล็ก", "silk_offcuts"),
            need("อยากหาคนช่วยไลฟ์ขายของให้", "consignment_sales_service"),
        ],
        certs=["OTOP"],
    ),
    sme(
        "bha-055",
        "th",
        AGC,
        DOWN,
        "Bangkok",
        "ที่คาดผมกำมะหยี่ บางแค",
        offers=[("ที่คาดผมกำมะหยี่ บุฟองน้ำ ทรงเกาหลี", "headband")],
        needs=[
            need("โครงคาดผมพลาสติก กว้าง 3 ซม.", "headband_blanks"),
            need("กำมะหยี่ยกม้วน", "velvet_fabric"),
            no_one("รับตัดเลเซอร์ผ้า", "no laser-cutting service in the set"),
        ],
    ),
    sme(
        "bha-056",
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "Indigo Knot Studio",
        offers=[
            ("Knotted headbands in handwoven cotton dyed with indigo", "headband"),
            ("Indigo cotton scrunchies", "scrunchie"),
        ],
        needs=[
            need("Indigo-dyed cotton cloth by the metre", "indigo_dyed_cotton_fabric"),
            need("Indigo dip for our finished headbands, no synthetic dye", "indigo_dyeing_service"),
        ],
        certs=["Fairtrade"],
    ),
    sme(
        "bha-057",
        "th",
        AGC,
        DOWN,
        "Nakhon Pathom",
        "กิ๊บโบว์น่ารัก นครปฐม",
        offers=[
            ("กิ๊บติดผมหุ้มผ้า ลายดอกไม้", "fabric_hair_clip"),
            ("โบว์ติดผมผ้าซาติน", "hair_bow"),
        ],
        needs=[
            need("กิ๊บแป๊ะเปล่า ราคาโรงงาน", "hair_clip_blanks"),
            need("ริบบิ้นผ้าหลายสี", "ribbon"),
        ],
    ),
    sme(
        "bha-058",
        "en",
        AGC,
        DOWN,
        "Bangkok",
        "Bow & Co. School Supplies",
        offers=[("School hair bows, navy and black, on clips", "hair_bow")],
        needs=[
            need("Navy grosgrain 25 mm", "ribbon"),
            need("Plain metal snap clips", "hair_clip_blanks"),
            no_one("Printed backing cards for bows", "no card printer in the set"),
        ],
    ),
    sme(
        "bha-059",
        "th",
        AGC,
        DOWN,
        "Songkhla",
        "ผ้าโพกผมหาดใหญ่",
        offers=[("ผ้าโพกผมสำเร็จรูป ใส่ง่าย", "turban_hair_wrap")],
        needs=[need("ผ้ายืดคอตตอน เนื้อนุ่ม", "cotton_jersey_fabric")],
    ),
    sme(
        "bha-060",
        "en",
        AGC,
        DOWN,
        "Nonthaburi",
        "SoftCrown Care Headwear",
        offers=[("Soft chemo caps and turbans for hair loss", "chemo_headwear")],
        needs=[
            need("Cotton jersey, OEKO-TEX Standard 100", "cotton_jersey_fabric", req=("OEKO-TEX Standard 100",)),
            no_one("Bamboo viscose jersey", "no bamboo knit in the set"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "bha-061",
        "th",
        AGC,
        DOWN,
        "Pattani",
        "ฮิญาบปัตตานี",
        offers=[
            ("ผ้าคลุมฮิญาบ ชีฟองเนื้อทราย", "hijab"),
            ("ผ้าคลุมสำเร็จแบบสวม", "hijab"),
        ],
        needs=[
            need("ชีฟองยกพับ", "chiffon_fabric"),
            need("รับปักลายขอบผ้าคลุม", "embroidery_service"),
        ],
        certs=["Halal"],
    ),
    sme(
        "bha-062",
        "en",
        AGC,
        DOWN,
        "Yala",
        "Tudung Lane",
        offers=[("Instant jersey tudung", "hijab")],
        needs=[need("Stretch cotton knit for slip-on scarves", "cotton_jersey_fabric")],
        certs=["Halal"],
    ),
    sme(
        "bha-063",
        "th",
        AGC,
        DOWN,
        "Bangkok",
        "ปลอกหมอนไหม หลับสบาย",
        offers=[
            ("ปลอกหมอนผ้าไหมมัลเบอร์รี่ 22 มม. ลดผมชี้ฟู", "silk_pillowcase"),
            ("หมวกคลุมผมตอนนอน ผ้าไหม", "sleep_bonnet"),
        ],
        needs=[
            need("ผ้าไหมมัลเบอร์รี่ มีโอเคเทกซ์", "silk_fabric", req=("OEKO-TEX Standard 100",)),
            need("รับเย็บปลอกหมอน ผ้าเราส่งให้", "sewing_service"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "bha-064",
        "en",
        AGI,
        DOWN,
        "Nakhon Ratchasima",
        "Korat Silk Pillow Co.",
        offers=[("Hand-woven Thai silk pillowcases", "silk_pillowcase")],
        needs=[
            need("Thai silk yardage with the Peacock Emblem", "silk_fabric", req=("Thai Silk Peacock Emblem",)),
            no_one("Export agent for Japan", "no export agent in the set"),
        ],
        certs=["Thai Silk Peacock Emblem"],
    ),
    sme(
        "bha-065",
        "th",
        AGC,
        DOWN,
        "Phetchaburi",
        "ร้านปลอกหมอนซาติน เพชรบุรี",
        offers=[
            ("ปลอกหมอนผ้าซาติน กันผมพันกัน", "satin_pillowcase"),
            ("หมวกนอนซาติน กันผมฟู", "sleep_bonnet"),
        ],
        needs=[need("ผ้าต่วนหน้ากว้าง", "satin_fabric")],
    ),
    sme(
        "bha-066",
        "en",
        AGC,
        DOWN,
        "Bangkok",
        "Bonnet Bar",
        offers=[("Reversible satin sleep bonnets, one size", "sleep_bonnet")],
        needs=[
            need("Satin by the roll, OEKO-TEX not required", "satin_fabric", waive=("OEKO-TEX Standard 100",)),
            need("Flat elastic 20 mm", "elastic_tape"),
        ],
    ),
    sme(
        "bha-067",
        "th",
        SPORT,
        DOWN,
        "Samut Prakan",
        "ยางรัดผมไร้รอย บางพลี",
        offers=[
            ("ยางรัดผมไร้รอย แบบเกลียว", "hair_tie"),
            ("หนังยางมัดผมเส้นเล็ก แพ็ค 100 เส้น", "hair_tie"),
        ],
        needs=[need("เชือกยางยืดไนลอน", "elastic_cord")],
    ),
    sme(
        "bha-068",
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "PaceBand Sports",
        offers=[("Sweat-wicking running headbands", "sports_headband")],
        needs=[
            need("Quick-dry sports jersey, bluesign", "sports_knit_fabric", req=("bluesign",)),
            need("Sublimation print of our logo", "printing_service"),
            no_one("Silicone grip strip for headbands", "no silicone supplier in the set"),
        ],
    ),
    sme(
        "bha-069",
        "en",
        SPORT,
        DOWN,
        "Chonburi",
        "Bangsaen Run Gear",
        offers=[("Running sweatbands, terry lined", "sports_headband")],
        needs=[
            need("Woven elastic band 25 mm", "elastic_tape"),
            need("Wicking knit fabric", "sports_knit_fabric"),
        ],
    ),
    sme(
        "bha-070",
        "th",
        SPORT,
        DOWN,
        "Pathum Thani",
        "ผ้าคลุมผมไมโครไฟเบอร์ ปทุม",
        offers=[("ผ้าคลุมผมซับน้ำไว ไมโครไฟเบอร์", "hair_drying_towel")],
        needs=[need("ผ้าขนหนูไมโครไฟเบอร์ 300 แกรม", "microfiber_fabric")],
    ),
]

# Downstream buyers: salons, beauty shops, schools, gift shops, online sellers, care homes, hospitals, spas.
PART_4 = [
    sme(
        "bha-071",
        "en",
        AGC,
        DOWN,
        "Bangkok",
        "Lady Luxe Hair Studio",
        offers=[("Cut, colour and keratin treatment", "hair_salon_service")],
        needs=[
            need("Turban towels that dry hair fast", "hair_drying_towel"),
            need("Silk scrunchies to sell at the front desk", "silk_scrunchie"),
            no_one("Remy human hair extensions", "no hair supplier in the set"),
        ],
    ),
    sme(
        "bha-072",
        "th",
        AGI,
        DOWN,
        "Udon Thani",
        "ร้านทำผมสวยเก๋ อุดร",
        offers=[("ตัด ซอย ทำสีผม ยืดผม", "hair_salon_service")],
        needs=[
            need("ผ้าเช็ดผมแบบสวมหัว ซับน้ำดี", "hair_drying_towel"),
            need("ยางรัดผมแพ็คใหญ่", "hair_tie"),
        ],
    ),
    sme(
        "bha-073",
        "en",
        AGC,
        DOWN,
        "Phuket",
        "Andaman Hair & Scalp Spa",
        offers=[("Haircuts, hair spa and scalp care", "hair_salon_service")],
        needs=[
            need("Silk pillow slips for our VIP rooms", "silk_pillowcase"),
            no_one("Cutting capes printed with our logo", "no cape maker in the set"),
        ],
    ),
    sme(
        "bha-074",
        "th",
        AGC,
        DOWN,
        "Chiang Mai",
        "ร้านเครื่องสำอาง นิมมาน",
        offers=[("ขายปลีกเครื่องสำอางและของแต่งผม", "beauty_retail")],
        needs=[
            need("กิ๊บผ้า โบว์ติดผม ขายส่ง", "fabric_hair_clip", "hair_bow"),
            need("ยางมัดผมผ้าไหม ไม่ต้องมีตรานกยูง", "silk_scrunchie", waive=("Thai Silk Peacock Emblem",)),
        ],
    ),
    sme(
        "bha-075",
        "th",
        AGC,
        DOWN,
        "Songkhla",
        "ร้านความงามหาดใหญ่ ขายส่ง",
        offers=[("ขายส่งเครื่องสำอางและผ้าคลุม", "beauty_retail")],
        needs=[
            need("ผ้าคลุมผมมุสลิมะห์ ต้องได้ฮาลาล", "hijab", req=("Halal",)),
            need("กิ๊บหุ้มผ้า", "fabric_hair_clip"),
            no_one("ปิ่นปักผมมุก", "no pearl hairpin maker in the set"),
        ],
    ),
    sme(
        "bha-076",
        "th",
        AGI,
        DOWN,
        "Nakhon Ratchasima",
        "โรงเรียนสตรีราชสีมา",
        offers=[("สอนระดับมัธยม", "school_education")],
        needs=[
            need("โบว์ผูกผมนักเรียน สีดำ สีกรมท่า", "hair_bow"),
            need("หนังยางรัดผมสีดำ", "hair_tie"),
        ],
    ),
    sme(
        "bha-077",
        "en",
        AGC,
        DOWN,
        "Bangkok",
        "Riverside International School",
        offers=[("K-12 education", "school_education")],
        needs=[
            need("Hair bows in school colours", "hair_bow"),
            need("Sweatbands for sports day", "sports_headband"),
        ],
    ),
    sme(
        "bha-078",
        "th",
        AGC,
        DOWN,
        "Surat Thani",
        "โรงเรียนบ้านดอนสัก",
        offers=[("สอนระดับประถม", "school_education")],
        needs=[
            need("ผ้าคลุมผมสีขาว สำหรับนักเรียนหญิงมุสลิม", "hijab"),
            no_one("หมวกว่ายน้ำเด็ก", "no swim-cap maker in the set"),
        ],
    ),
    sme(
        "bha-079",
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "Nimman Craft Gifts",
        offers=[("Gift shop for local crafts", "gift_retail")],
        needs=[need("Fabric hairbands, OTOP not required", "headband", waive=("OTOP",))],
    ),
    sme(
        "bha-080",
        "th",
        AGC,
        DOWN,
        "Bangkok",
        "ร้านของที่ระลึก พิพิธภัณฑ์ผ้า",
        offers=[("ร้านของที่ระลึกในพิพิธภัณฑ์", "gift_retail")],
        needs=[
            need("ปลอกหมอนผ้าไหม ตรานกยูงพระราชทาน", "silk_pillowcase", req=("Thai Silk Peacock Emblem",)),
            no_one(
                "โดนัทผ้าไหม ต้องมีตรานกยูง",
                "no silk-scrunchie maker holds the Peacock Emblem",
                "silk_scrunchie",
                req=("Thai Silk Peacock Emblem",),
            ),
        ],
    ),
    sme(
        "bha-081",
        "en",
        AGC,
        DOWN,
        "Phuket",
        "Old Town Phuket Souvenirs",
        offers=[("Souvenir shop, Thalang Road", "gift_retail")],
        needs=[need("Head wraps in batik or local prints", "turban_hair_wrap")],
    ),
    sme(
        "bha-082",
        "en",
        AGC,
        DOWN,
        "Bangkok",
        "ClickHair Online",
        offers=[("Shopee and Lazada store for hair accessories", "online_retail")],
        needs=[
            need(
                "Scrunchies wholesale, any fabric, no OEKO-TEX needed",
                "scrunchie",
                "silk_scrunchie",
                "upcycled_scrunchie",
                waive=("OEKO-TEX Standard 100",),
            ),
            no_one("Acetate claw clips, tortoiseshell", "no acetate clip maker in the set"),
            need("Sleep bonnets", "sleep_bonnet"),
        ],
    ),
    sme(
        "bha-083",
        "th",
        AGC,
        DOWN,
        "Nonthaburi",
        "แม่ค้าไลฟ์สด ของแต่งผม",
        offers=[("รับฝากขายสินค้าผ่านไลฟ์สด ติ๊กต็อก", "consignment_sales_service")],
        needs=[
            need("ที่คาดผม ราคาส่ง", "headband"),
            need("ยางมัดผม ยกลัง", "hair_tie"),
        ],
    ),
    sme(
        "bha-084",
        "en",
        AGI,
        DOWN,
        "Khon Kaen",
        "Isan Live Commerce",
        offers=[("Consignment selling of community products on live streams", "consignment_sales_service")],
    ),
    sme(
        "bha-085",
        "en",
        AGC,
        DOWN,
        "Nonthaburi",
        "Golden Years Care Residence",
        offers=[],
        needs=[
            need("Monthly hairdresser visits for residents", "hair_salon_service"),
            need("Satin pillowcases to reduce hair breakage", "satin_pillowcase"),
        ],
    ),
    sme(
        "bha-086",
        "th",
        AGI,
        DOWN,
        "Khon Kaen",
        "โรงพยาบาลศูนย์มะเร็งอีสาน",
        needs=[need("หมวกผ้านิ่มสำหรับคนไข้ผมร่วงหลังให้คีโม", "chemo_headwear", "turban_hair_wrap")],
    ),
    sme(
        "bha-087",
        "en",
        AGC,
        DOWN,
        "Bangkok",
        "Chao Phraya Oncology Hospital",
        needs=[
            no_one(
                "Chemotherapy headwear made under ISO 13485",
                "no headwear maker holds ISO 13485",
                "chemo_headwear",
                req=("ISO 13485",),
            )
        ],
    ),
    sme(
        "bha-088",
        "en",
        AGC,
        DOWN,
        "Phuket",
        "Kata Spa Resort",
        offers=[("Spa treatments and rooms", "hotel_spa_service")],
        needs=[
            need("Quick-dry hair towels for spa guests", "hair_drying_towel"),
            need("Satin pillow covers for guest rooms", "satin_pillowcase"),
        ],
    ),
    sme(
        "bha-089",
        "th",
        AGC,
        DOWN,
        "Bangkok",
        "ร้านชุดเจ้าสาว ประตูน้ำ",
        offers=[("ให้เช่าชุดเจ้าสาว", "bridal_rental")],
        needs=[
            need("ขอบลูกไม้สวยๆ", "lace_trim"),
            no_one("มงกุฎคริสตัลเจ้าสาว", "no tiara maker in the set"),
        ],
    ),
    sme(
        "bha-090",
        "th",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        "กระเป๋าผ้าครามสกล",
        offers=[("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "tote_bag")],
        needs=[need("ผ้าฝ้ายทอมือ ยกพับ", "handwoven_cotton_fabric", "pakama_cloth")],
        bcg=["bio"],
    ),
    sme(
        "bha-091",
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "โดนัทผ้าฝ้าย สีธรรมชาติ",
        offers=[("โดนัทมัดผมผ้าฝ้าย ย้อมสีธรรมชาติ", "scrunchie")],
        needs=[
            need(
                "หาคนย้อมโดนัทผ้าฝ้ายของเรา สีธรรมชาติเท่านั้น ไม่เอาสีเคมี",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            )
        ],
        bcg=["bio"],
    ),
    sme(
        "bha-092",
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "Vintage Wrap Co.",
        offers=[("Head wraps cut from vintage silk sarongs", "turban_hair_wrap")],
        needs=[
            need("Pre-loved silk pha sin", "used_silk_textiles"),
            need(
                "Can someone over-dye our faded pieces?",
                "fabric_dyeing_service",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
        bcg=["circular"],
    ),
    sme(
        "bha-093",
        "th",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        "ผ้าโพกหัวผ้าขาวม้า อุบล",
        offers=[("ผ้าโพกหัวทำจากผ้าขาวม้า", "turban_hair_wrap")],
        needs=[need("ผ้าขาวม้าทอมือ ยกโหล ไม่ต้องมี OTOP", "pakama_cloth", waive=("OTOP",))],
    ),
    sme(
        "bha-094",
        "en",
        AGC,
        DOWN,
        "Samut Songkhram",
        "Elder Ease Products",
        offers=[("Wide soft hairbands for seniors, no metal", "headband")],
        needs=[
            need("Soft cotton knit", "cotton_jersey_fabric"),
            need("Flat elastic, 15 mm", "elastic_tape"),
        ],
    ),
    sme(
        "bha-095",
        "th",
        CIRC,
        DOWN,
        "Chiang Mai",
        "ร้านเสื้อผ้ามือสอง ต้นพยอม",
        offers=[("ขายปลีกเสื้อผ้ามือสอง ตัวละ 20", "used_clothing")],
        needs=[need("เสื้อผ้ากระสอบ", "used_clothing")],
        bcg=["circular"],
    ),
]

# ----------------------------------------------------------------------------------------------- checks

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
KEY_NOISE = re.compile(r"[\s\-_.]+")
SUB_CLUSTERS = [str(value) for value in SubCluster]
STAGES = [str(value) for value in Stage]
BCG_TAGS = {str(value) for value in BcgTag}
REGIONS = ["north", "northeast", "central", "east", "west", "south"]


def key(text: str) -> str:
    return KEY_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def names_certification(text: str, certification: str) -> bool:
    """The text names the certification, whether it asks for it or waives it."""
    entry = next(c for c in CERTIFICATIONS if c.name == certification)
    spellings = (entry.name, *entry.mentions, *entry.case_sensitive_mentions, *entry.aliases)
    return any(key(spelling) in key(text) for spelling in spellings)


def thai_share(text: str) -> float:
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    return sum(1 for c in letters if THAI_CHAR.match(c)) / len(letters) if letters else 0.0


def script_problem(text: str, language: str) -> str:
    if language == "th" and thai_share(text) < 0.6:
        return "a Thai phrase must be mostly Thai letters"
    if language == "en" and any(THAI_CHAR.match(c) or (c.isalpha() and ord(c) > 0x24F) for c in text):
        return "an English phrase must use Latin letters only"
    return ""


def certs_of(item: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in item.certifications}


def qualified(item: Sme, wanted: Need, smes: list[Sme]) -> list[str]:
    required = {resolve_certification(c) or c for c in wanted.requires}
    return [
        other.id
        for other in smes
        if other.id != item.id
        and any(label in wanted.labels for _, label in other.offers)
        and required <= certs_of(other)
    ]


def check_profile(item: Sme, errors: list[str]) -> None:
    where = item.id
    if item.language not in ("th", "en"):
        errors.append(f"{where}: language {item.language!r}")
    if item.sub_cluster not in SUB_CLUSTERS:
        errors.append(f"{where}: sub_cluster {item.sub_cluster!r}")
    if item.stage not in STAGES:
        errors.append(f"{where}: stage {item.stage!r}")
    province = resolve_province(item.province)
    if province is None or province.name_en != item.province:
        errors.append(f"{where}: province {item.province!r} is not an English province name")
    for cert in item.certifications:
        if resolve_certification(cert) != cert:
            errors.append(f"{where}: certification {cert!r} is not a canonical name")
    if not set(item.bcg) <= BCG_TAGS or len(set(item.bcg)) != len(item.bcg):
        errors.append(f"{where}: bcg {item.bcg!r}")
    if len(item.offers) > 3 or len(item.needs) > 3 or not (item.offers or item.needs):
        errors.append(f"{where}: wants 0-3 offers and 0-3 needs, not both empty")
    phrases = [item.name, *(text for text, _ in item.offers), *(n.text for n in item.needs)]
    if len({key(p) for p in phrases}) != len(phrases):
        errors.append(f"{where}: repeated phrase")
    for phrase in phrases:
        if not phrase.strip() or phrase != phrase.strip() or "  " in phrase:
            errors.append(f"{where}: badly spaced phrase {phrase!r}")
        problem = script_problem(phrase, item.language)
        if problem:
            errors.append(f"{where}: {problem}: {phrase!r}")
    for text, label in item.offers:
        if not LABEL_RE.match(label):
            errors.append(f"{where}: bad label {label!r}")
        claimed = find_certifications(text)
        if not claimed <= certs_of(item):
            errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")


def check_need(item: Sme, wanted: Need, smes: list[Sme], offered_by: dict[str, set[str]], errors: list[str]) -> None:
    where = f"{item.id}: need {wanted.text!r}"
    for label in wanted.labels:
        if not offered_by.get(label, set()) - {item.id}:
            errors.append(f"{where}: label {label!r} is offered by no one else")
    if not wanted.labels and not wanted.unmet:
        errors.append(f"{where}: lists no labels and is not marked as met by no one")
    for cert in (*wanted.requires, *wanted.waives):
        if resolve_certification(cert) != cert:
            errors.append(f"{where}: certification {cert!r} is not a canonical name")
        elif not names_certification(wanted.text, cert):
            errors.append(f"{where}: {cert} is not named in the text")
    if set(wanted.requires) & set(wanted.waives):
        errors.append(f"{where}: requires and waives the same certification")
    found = find_certifications(wanted.text)
    if found != set(wanted.requires):
        errors.append(f"{where}: text asks for {sorted(found)}, data says {sorted(wanted.requires)}")
    suppliers = qualified(item, wanted, smes)
    if wanted.unmet and suppliers:
        errors.append(f"{where}: marked as met by no one but met by {suppliers}")
    if not wanted.unmet and not suppliers:
        errors.append(f"{where}: no qualified supplier")
    if any(key(wanted.text) == key(text) for other in smes for text, _ in other.offers):
        errors.append(f"{where}: worded exactly like an offer")


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (supplier, item.id) for item in smes for wanted in item.needs for supplier in qualified(item, wanted, smes)
    }
    return sorted(pairs)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [item.id for item in smes]
    expected = [f"{PREFIX}-{number:03d}" for number in range(1, N_PROFILES + 1)]
    if ids != expected:
        errors.append(f"ids must be {expected[0]} ... {expected[-1]} in order, once each")
    for sme_id in ids:
        if not ID_RE.match(sme_id):
            errors.append(f"malformed id {sme_id!r}")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered_by: dict[str, set[str]] = {}
    for item in smes:
        for _, label in item.offers:
            offered_by.setdefault(label, set()).add(item.id)
    for item in smes:
        check_profile(item, errors)
        for wanted in item.needs:
            check_need(item, wanted, smes, offered_by, errors)
    errors += check_targets(smes)
    return errors


def check_targets(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    by_id = {item.id: item for item in smes}
    links = true_links(smes)
    thai = sum(1 for item in smes if item.language == "th")
    cross = sum(1 for s, b in links if by_id[s].language != by_id[b].language)
    needs = [(item, wanted) for item in smes for wanted in item.needs]
    unmet = sum(1 for _, wanted in needs if wanted.unmet)
    met_counts = [len(qualified(item, wanted, smes)) for item, wanted in needs if not wanted.unmet]
    if not 0.50 <= thai / len(smes) <= 0.60:
        errors.append(f"target: Thai profiles {thai} of {len(smes)}, want about 55 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"target: {len(links)} true links, want 160-180")
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"target: {cross} of {len(links)} links cross languages, want about half")
    if not 17 <= unmet <= 23:
        errors.append(f"target: {unmet} needs met by no one, want about 20")
    if met_counts and sum(1 for n in met_counts if n <= 3) < 0.6 * len(met_counts):
        errors.append("target: most needs should be met by 1-3 suppliers")
    if not any(n > 3 for n in met_counts):
        errors.append("target: some needs should be met by more than 3 suppliers")
    if not any(wanted.requires for _, wanted in needs) or not any(wanted.waives for _, wanted in needs):
        errors.append("target: some needs must require a certification and some waive one")
    return errors


# ----------------------------------------------------------------------------------------------- output


def profile_json(item: Sme) -> str:
    record: dict[str, object] = {
        "id": item.id,
        "name": item.name,
        "sub_cluster": item.sub_cluster,
        "stage": item.stage,
        "province": item.province,
        "offers": [text for text, _ in item.offers],
        "needs": [wanted.text for wanted in item.needs],
    }
    if item.certifications:
        record["certifications"] = list(item.certifications)
    if item.bcg:
        record["bcg"] = list(item.bcg)
    domain = "example.co.th" if item.language == "th" else "example.com"
    record["contact_email"] = f"contact.{item.id.replace('-', '')}@{domain}"
    record["language"] = item.language
    return json.dumps(record, ensure_ascii=False)


def region_of(item: Sme) -> str:
    province = resolve_province(item.province)
    return str(province.region) if province else "?"


def counts(smes: list[Sme]) -> list[tuple[str, str]]:
    by_id = {item.id: item for item in smes}
    links = true_links(smes)
    needs = [wanted for item in smes for wanted in item.needs]
    offers = [label for item in smes for _, label in item.offers]
    regions = Counter(region_of(item) for item in smes)
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    rows = [
        ("Profiles", str(len(smes))),
        ("Thai profiles (th)", str(sum(1 for item in smes if item.language == "th"))),
        ("English profiles (en)", str(sum(1 for item in smes if item.language == "en"))),
    ]
    sub = Counter(item.sub_cluster for item in smes)
    rows += [(f"Sub-cluster `{name}`", str(sub[name])) for name in SUB_CLUSTERS]
    stage = Counter(item.stage for item in smes)
    rows += [(f"Stage `{name}`", str(stage[name])) for name in STAGES]
    rows += [(f"Region `{name}`", str(regions[name])) for name in REGIONS]
    rows += [
        ("Distinct provinces", str(len({item.province for item in smes}))),
        ("Offers", str(len(offers))),
        ("Distinct offer labels", str(len(set(offers)))),
        ("Needs", str(len(needs))),
        ("Needs met by at least one supplier", str(sum(1 for n in needs if not n.unmet))),
        ("Needs met by no one", str(sum(1 for n in needs if n.unmet))),
        ("Needs requiring a certification", str(sum(1 for n in needs if n.requires))),
        ("Needs waiving a certification", str(sum(1 for n in needs if n.waives))),
        ("True links", str(len(links))),
        ("Links Thai supplier -> English buyer", str(th_en)),
        ("Links English supplier -> Thai buyer", str(en_th)),
        ("Cross-language links", f"{cross} ({100 * cross / len(links):.1f} %)" if links else "0"),
        ("Within-language links", str(len(links) - cross)),
        (
            "Links between different sub-clusters",
            str(sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster)),
        ),
    ]
    return rows


def counts_table(smes: list[Sme]) -> str:
    lines = ["| measure | count |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in counts(smes)]
    return "\n".join(lines) + "\n"


README = """# `eval/blind_plain_hairacc/`: hair accessories, plain registry phrases

## What the set checks

How well the matcher finds true supplier-buyer pairs among {profiles} SME profiles of the Health and Wellness
Economy cluster, written as plain registry entries (one short phrase per offer or need) on the theme of hair
accessories: scrunchies, headbands, hair ties, fabric hair clips, bows and ribbons, turbans, hijabs and hair
wraps, silk and satin pillowcases and sleep bonnets, elastic cord, velvet and satin offcuts; the salons, beauty
shops, schools, gift shops, online sellers, care homes and hospitals that buy them; and the ordinary upstream
and midstream suppliers (fibre, yarn, cocoons, indigo, cloth, dyeing, sewing, printing, components). The
wording is new: each kind of goods is written many ways (Thai and English, local and trade names, brand
words, abbreviations, with and without quantities, prices, sizes and places), and a need is usually worded
differently from the offers that meet it, often in the other language.

Hard but fair cases are included: a service versus the goods it works on (indigo dyeing of the customer's
cloth versus indigo-dyed cloth, sewing for others versus finished goods); waste and used goods versus new;
raw versus processed (fibre, cocoons, yarn, cloth, product); finished goods described by their material,
colour or technique; needs written as a wish, a bare noun phrase or a question; refusals; needs that require a
named certification and needs that name one only to waive it; needs that no one in the set meets.

## How it was written

By hand. The writer read only Section 1 of `/work/shared/contracts/CONTRACTS.md`, `shared/taxonomy.py` with
the files in `shared/taxonomy_data/`, and the `[tool.ruff]` section of `pyproject.toml`; it did not read
the matcher, the glossary, the tests, other evaluation sets or the project's data. All profiles, labels and
notes live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `velvet_fabric` versus `velvet_offcuts`). Every
need either lists the offer labels that would meet it and the certifications its text requires, or is marked
as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier
carries a label listed by one of the buyer's needs and the supplier's certifications hold every certification
that need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A certification that a need names only to waive it
is not required. The labels are kept out of `profiles.jsonl`.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster, stage,
English province name resolved by `resolve_province`, canonical certification names, BCG tags, language);
every label a need lists is offered by someone other than the buyer; every met need has a qualified supplier
and every need marked as met by no one has none; the certifications a need requires are exactly those its text
asks for (`find_certifications`), and a waived one is named in the text but not asked for; Thai phrases are
mostly Thai letters and English ones Latin only; the size targets. It writes nothing if a check fails.

## Regenerate

```
.venv/bin/python eval/blind_plain_hairacc/write.py
```

from the repository root. The output is deterministic: two runs give identical bytes.

## Files

- `write.py`: the data, the checks and the writer.
- `profiles.jsonl`: the {profiles} profiles, JSONL version 1 of the contract, ids `{first}` ... `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, str]:
    profiles = "".join(profile_json(item) + "\n" for item in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(true_links(smes))
    readme = README.format(profiles=len(smes), first=smes[0].id, last=smes[-1].id, table=counts_table(smes))
    return {"profiles.jsonl": profiles, "links.csv": buffer.getvalue(), "README.md": readme}


def main() -> int:
    errors = check(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    files = render(SMES)
    if files != render(SMES):
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(SMES), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
