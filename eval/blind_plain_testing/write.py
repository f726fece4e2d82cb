"""Write the hand-labelled evaluation set `eval/blind_plain_testing/`.

Theme: textile testing and certification (lab tests, consultancy, registration help, lab consumables)
plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers and the buyers that use them.

All data lives here. Every offer carries a label saying what the thing is; every need lists the offer
labels that meet it and the certifications its text requires (or is marked as met by no one). The
script checks the data, then writes profiles.jsonl, links.csv and README.md next to itself.

Run from the repository root:  .venv/bin/python eval/blind_plain_testing/write.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

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
    find_certifications,
    resolve_certification,
    resolve_province,
)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


class Offer(NamedTuple):
    text: str
    label: str


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...]
    waives: tuple[str, ...]
    note: str


class Sme(NamedTuple):
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]


def off(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, "")


def unmet(text: str, note: str, waive: tuple[str, ...] = ()) -> Need:
    return Need(text, (), (), waive, note)


def sme(
    num: int,
    lang: str,
    name: str,
    where: tuple[str, str, str],
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    sub_cluster, stage, province = where
    return Sme(num, lang, name, sub_cluster, stage, province, tuple(offers), tuple(needs), certs, bcg)


# Labels of the testing and certification services, kept short because they recur.
T_CF = "colourfastness_testing_service"
T_SHR = "shrinkage_testing_service"
T_TEN = "tensile_testing_service"
T_PIL = "pilling_abrasion_testing_service"
T_FORM = "formaldehyde_testing_service"
T_AZO = "azo_dye_testing_service"
T_FLAM = "flammability_testing_service"
T_FIB = "fibre_content_analysis_service"
C_OEKO = "oekotex_consultancy_service"
C_GOTS = "gots_consultancy_service"
C_GRS = "grs_consultancy_service"
R_FDA = "thai_fda_registration_service"
R_TIS = "tis_registration_service"

OEKO = "OEKO-TEX Standard 100"
PEACOCK = "Thai Silk Peacock Emblem"
TIS = "Thai Industrial Standard"
ORG_TH = "Organic Thailand"

SMES: list[Sme] = [
    # ---------------------------------------------------------------- labs, consultants, lab supplies
    sme(
        1,
        "th",
        "ศูนย์ทดสอบสิ่งทอ บางกะปิ",
        (ALC, MID, "Bangkok"),
        [
            off("ทดสอบสีตก ต่อการซัก ต่อเหงื่อ ต่อแสง", T_CF),
            off("วัดการหดตัวของผ้าหลังซัก ตาม ISO 6330", T_SHR),
        ],
        [
            need("ผ้ามัลติไฟเบอร์ DW ม้วนละ 10 เมตร", "multifibre_strips"),
            unmet("ใครรับทดสอบ AATCC 100 ฤทธิ์ต้านแบคทีเรีย บ้างคะ", "antibacterial tests: no lab offers them"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        2,
        "en",
        "Rangsit Textile Test Centre",
        (SPORT, MID, "Pathum Thani"),
        [
            off("Martindale pilling & abrasion", T_PIL),
            off("Grab & strip tensile, Elmendorf tear", T_TEN),
        ],
        [
            need("outsourced specimen prep + conditioning", "sample_preparation_service"),
            need("single-fibre adjacent fabrics, cotton F02 & wool F01", "standard_adjacent_fabric"),
        ],
    ),
    sme(
        3,
        "th",
        "แล็บสิ่งทออีสาน ขอนแก่น",
        (ALI, MID, "Khon Kaen"),
        [
            off("วิเคราะห์ชนิดเส้นใยและสัดส่วน ฝ้าย ไหม โพลี", T_FIB),
            off("ตรวจหาฟอร์มาลดีไฮด์อิสระในผ้า", T_FORM),
        ],
        [need("แผ่นเกรย์สเกล ประเมินการเปลี่ยนสี", "grey_scale_cards")],
    ),
    sme(
        4,
        "en",
        "Bangpoo Chem Lab",
        (CIRC, MID, "Samut Prakan"),
        [
            off("Banned azo amines by GC-MS (EN ISO 14362-1)", T_AZO),
            off("Free & hydrolysed HCHO, ISO 14184-1", T_FORM),
        ],
        [unmet("GC-MS service contract, Agilent", "instrument maintenance: nobody offers it")],
        certs=("ISO 9001", "ISO 14001"),
    ),
    sme(
        5,
        "th",
        "แล็บทดสอบผ้า หาดใหญ่",
        (SPORT, MID, "Songkhla"),
        [
            off("ทดสอบการติดไฟ ลามไฟ ผ้าม่าน ผ้าหุ้มเบาะ", T_FLAM),
            off("ทดสอบการติดไฟ เสื้อผ้าเด็ก ชุดนอน", T_FLAM),
        ],
        [need("ผ้าขาวมาตรฐานสำหรับประกบชิ้นทดสอบ ฝ้ายล้วน", "standard_adjacent_fabric")],
    ),
    sme(
        6,
        "en",
        "Lanna Fibre Analysis",
        (HEMP, MID, "Chiang Mai"),
        [
            off("Fibre ID by microscopy & burn test (hemp, ramie, flax)", T_FIB),
            off("Dimensional change after home laundering", T_SHR),
        ],
        [need("multi-fibre test strips, 6 fibres", "multifibre_strips")],
    ),
    sme(
        7,
        "th",
        "บริษัท เท็กซ์เทสต์ จำกัด",
        (ALC, MID, "Nonthaburi"),
        [
            off("ตรวจสีย้อมกลุ่มเอโซ ในเสื้อผ้าเด็ก", T_AZO),
            off("ทดสอบการเกิดขุย เป็นเม็ด ผ้าถัก", T_PIL),
        ],
        [unmet("เครื่องมาร์ตินเดล มือสอง สภาพดี", "used test machines: nobody sells equipment")],
    ),
    sme(
        8,
        "en",
        "Eastern Flame Lab",
        (SPORT, MID, "Chonburi"),
        [
            off("Vertical flame test, NFPA 701 / BS 5867", T_FLAM),
            off("Seam slippage & bursting strength", T_TEN),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        9,
        "th",
        "กรีนสเต็ป ที่ปรึกษามาตรฐานสิ่งทอ",
        (CIRC, MID, "Bangkok"),
        [
            off("ที่ปรึกษาขอการรับรอง GRS ครบวงจร", C_GRS),
            off("เตรียมเอกสารตรวจ GOTS ให้โรงงาน", C_GOTS),
        ],
        [],
        bcg=("circular",),
    ),
    sme(
        10,
        "en",
        "Organic Path Advisory",
        (HEMP, MID, "Chiang Mai"),
        [
            off("GOTS scope certificate coaching", C_GOTS),
            off("OEKO-TEX pre-audit & chemical inventory", C_OEKO),
        ],
        [
            unmet("SA8000 social audit partner", "social audits: nobody offers them"),
        ],
    ),
    sme(
        11,
        "th",
        "สำนักงาน อย.ง่าย",
        (ALC, MID, "Nonthaburi"),
        [
            off("รับจดแจ้ง อย. เครื่องมือแพทย์ หน้ากากผ้า", R_FDA),
            off("รับยื่นขอใบอนุญาต มอก. สิ่งทอ", R_TIS),
        ],
        [],
    ),
    sme(
        12,
        "en",
        "TIS Fast Track Co.",
        (SPORT, MID, "Bangkok"),
        [off("TISI licence paperwork for textiles", R_TIS)],
        [need("tensile strength reports for licence dossier", T_TEN)],
    ),
    sme(
        13,
        "th",
        "ที่ปรึกษาโอเคเท็กซ์ อีสาน",
        (ALI, MID, "Khon Kaen"),
        [off("ให้คำปรึกษา โอเคเท็กซ์ 100 สำหรับผ้าทอชุมชน", C_OEKO)],
        [need("แล็บตรวจฟอร์มาลีนในผ้า", T_FORM)],
    ),
    sme(
        14,
        "en",
        "LabSupply Siam",
        (CIRC, MID, "Bangkok"),
        [
            off("Multifibre adjacent fabric DW/TV, by the metre", "multifibre_strips"),
            off("Grey scales for colour change & staining", "grey_scale_cards"),
        ],
        [need("bleached cotton, no optical brightener", "bleached_cotton_fabric")],
    ),
    sme(
        15,
        "th",
        "หจก. ตัดชิ้นทดสอบ มหาชัย",
        (CIRC, MID, "Samut Sakhon"),
        [
            off("รับตัดชิ้นทดสอบ ปรับสภาพก่อนส่งแล็บ", "sample_preparation_service"),
            off("ผ้าประกบ ฝ้าย ขนสัตว์ ตาม ISO 105-F", "standard_adjacent_fabric"),
        ],
        [need("ผ้าฝ้ายขาว ไม่ใส่สารเรืองแสง ไม่ลงแป้ง", "bleached_cotton_fabric")],
    ),
    sme(
        16,
        "th",
        "ร้านอุปกรณ์แล็บสิ่งทอ รังสิต",
        (SPORT, MID, "Pathum Thani"),
        [
            off("แถบผ้าหลายเส้นใย สำหรับทดสอบสีตก", "multifibre_strips"),
            off("บัตรเทา วัดระดับสีเปื้อน", "grey_scale_cards"),
        ],
        [unmet("ตัวแทนขายตู้ปรับสภาพ แล็บ", "lab conditioning cabinets: nobody sells equipment")],
    ),
    sme(
        17,
        "en",
        "Swatch & Hanger Works",
        (ALC, MID, "Nakhon Pathom"),
        [off("Fabric swatch cards & header hangers", "fabric_swatch_cards")],
        [need("end-of-roll lots for swatching", "deadstock_fabric")],
    ),
    # ---------------------------------------------------------------- fibre and yarn
    sme(
        18,
        "th",
        "วิสาหกิจชุมชนปลูกกัญชง แม่สอด",
        (HEMP, UP, "Tak"),
        [off("เปลือกป่าน ลอกมือ ตากแห้ง กิโลละ 120 บาท", "raw_hemp_fibre")],
        [need("ใครตรวจได้ว่าเส้นใยเป็นกัญชงแท้", T_FIB)],
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    sme(
        19,
        "en",
        "Doi Hemp Spinners",
        (HEMP, UP, "Chiang Rai"),
        [
            off("Handspun hemp yarn, natural grey, 1 kg hanks", "hemp_yarn"),
            off("Hemp yarn dyed with reactive colours", "synthetic_dyed_hemp_yarn"),
        ],
        [need("decorticated hemp bast, min 200 kg", "raw_hemp_fibre")],
    ),
    sme(
        20,
        "th",
        "กลุ่มทอผ้าม้ง เขาค้อ",
        (HEMP, UP, "Phetchabun"),
        [
            off("ด้ายกัญชง ย้อมครามและเปลือกไม้", "natural_dyed_hemp_yarn"),
            off("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม.", "hemp_fabric"),
        ],
        [need("ป่านดิบจากดอย", "raw_hemp_fibre")],
        bcg=("bio",),
    ),
    sme(
        21,
        "th",
        "ผ้าเฮมพ์ ล้านนา",
        (HEMP, MID, "Chiang Mai"),
        [off("ผ้าเฮมพ์ทอเครื่อง พับละ 30 หลา", "hemp_fabric")],
        [
            need("ด้ายกัญชง ย้อมสีจากพืช ห้ามสีสังเคราะห์", "natural_dyed_hemp_yarn"),
            need("ส่งผ้ามาทดสอบสีตกต่อแสงแดด", T_CF),
        ],
    ),
    sme(
        22,
        "en",
        "Phu Ruea Kapok",
        (HEMP, UP, "Loei"),
        [off("Kapok floss, cleaned, 10 kg sacks", "kapok_fibre")],
        [unmet("hemp seed for planting, licensed variety", "planting seed: nobody sells it")],
        bcg=("bio",),
    ),
    sme(
        23,
        "th",
        "กลุ่มเลี้ยงไหม บ้านเขว้า",
        (ALI, UP, "Chaiyaphum"),
        [off("ไหมน้อย สาวมือ ไหมพันธุ์พื้นบ้าน", "silk_yarn")],
        [need("ไหมของเราปนโพลีหรือเปล่า ใครตรวจให้ได้บ้าง", T_FIB)],
    ),
    sme(
        24,
        "en",
        "Surin Mudmee House",
        (ALI, MID, "Surin"),
        [off("Mudmee silk lengths, 4 m, natural dyes", "mudmee_silk_fabric")],
        [
            need("raw silk thread, Isan native breed", "silk_yarn"),
            need("wash fastness report for Japan order", T_CF),
        ],
        certs=(PEACOCK,),
    ),
    sme(
        25,
        "th",
        "รับซื้อเสื้อผ้ามือสอง บางแค",
        (CIRC, UP, "Bangkok"),
        [off("เสื้อผ้าใช้แล้ว คัดเกรด อัดก้อน 45 กก.", "used_clothing")],
        [unmet("เครื่องอัดก้อนไฮดรอลิก", "baling press: nobody sells machinery")],
        bcg=("circular",),
    ),
    sme(
        26,
        "en",
        "Mahachai Cutting Waste Co.",
        (CIRC, UP, "Samut Sakhon"),
        [off("Pre-consumer cotton cutting waste, sorted by colour", "cotton_cutting_scraps")],
        [need("help with GRS transaction certificates", C_GRS)],
        bcg=("circular",),
    ),
    sme(
        27,
        "th",
        "โรงปั่นฝ้ายรีไซเคิล นครปฐม",
        (CIRC, UP, "Nakhon Pathom"),
        [
            off("ใยฝ้ายรีไซเคิล จากเศษผ้า", "recycled_cotton_fibre"),
            off("ด้าย OE รีไซเคิล เบอร์ 10-20", "recycled_cotton_yarn"),
        ],
        [
            need("เศษผ้าคอตตอนจากโรงตัดเย็บ", "cotton_cutting_scraps"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        28,
        "en",
        "Eastern rPET Yarns",
        (CIRC, UP, "Rayong"),
        [off("rPET filament 75D/72F from bottles", "recycled_polyester_yarn")],
        [
            need("GRS annual audit preparation", C_GRS),
            unmet("PET bottle bales, 20 t/month", "post-consumer bottles: nobody collects them"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        29,
        "th",
        "ด้ายรีไซเคิล โพธาราม",
        (CIRC, UP, "Ratchaburi"),
        [off("ด้ายโพลีรีไซเคิล จากขวดน้ำ", "recycled_polyester_yarn")],
        [need("อยากได้ที่ปรึกษาทำ GRS", C_GRS)],
        bcg=("circular",),
    ),
    sme(
        30,
        "en",
        "Korat Cotton Spinning",
        (ALI, UP, "Nakhon Ratchasima"),
        [
            off("Combed cotton yarn Ne 30/1", "cotton_yarn"),
            off("Organic cotton yarn Ne 20/1, uncertified", "organic_cotton_yarn"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        31,
        "th",
        "ฝ้ายอินทรีย์ ด่านซ้าย",
        (ALI, UP, "Loei"),
        [off("ด้ายฝ้ายอินทรีย์ ปั่นมือ", "organic_cotton_yarn")],
        [need("ผู้ช่วยเตรียมตรวจต่ออายุ GOTS", C_GOTS)],
        certs=("GOTS",),
        bcg=("bio",),
    ),
    sme(
        32,
        "en",
        "Mae Rim Natural Dye Supply",
        (HEMP, UP, "Chiang Mai"),
        [
            off("Fermented indigo paste (hom), 1 kg tubs", "indigo_paste"),
            off("Lac, ebony & marigold dye extracts", "natural_dye_extracts"),
        ],
        [],
        bcg=("bio",),
    ),
    # ---------------------------------------------------------------- weaving, dyeing, finishing, sewing
    sme(
        33,
        "th",
        "ครามสกล บ้านดอนกอย",
        (ALI, MID, "Sakon Nakhon"),
        [
            off("รับย้อมครามให้ลูกค้า ทั้งผ้าผืนและเสื้อ", "indigo_dyeing_service"),
            off("ผ้าฝ้ายย้อมคราม ตัดขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ],
        [
            need("เนื้อครามเปียก", "indigo_paste"),
            need("ฝ้ายเส้น สีขาว ยังไม่ย้อม", "cotton_yarn"),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        34,
        "en",
        "Indigo Lane Textiles",
        (ALI, MID, "Sakon Nakhon"),
        [off("Handwoven indigo cotton, 90 cm", "indigo_dyed_cotton_fabric")],
        [need("azo-free lab report for EU buyer", T_AZO)],
        certs=("OTOP",),
    ),
    sme(
        35,
        "th",
        "ร้านรับย้อมผ้า อุดร",
        (ALI, MID, "Udon Thani"),
        [off("รับจ้างย้อมผ้า สีรีแอคทีฟ", "fabric_dyeing_service")],
        [
            need("ทดสอบสีตกหลังย้อม ก่อนส่งลูกค้า", T_CF),
            unmet("เครื่องย้อมผ้าขนาดเล็ก มือสอง", "dyeing machines: nobody sells equipment"),
        ],
    ),
    sme(
        36,
        "en",
        "Pak Nam Dye House",
        (CIRC, MID, "Samut Prakan"),
        [
            off("Commission dyeing, your fabric, 200 kg lots", "fabric_dyeing_service"),
            off("FR finishing on customer fabric", "fr_finishing_service"),
        ],
        [
            need("flame test certificate after FR treatment", T_FLAM),
        ],
        certs=("bluesign",),
    ),
    sme(
        37,
        "th",
        "โรงทอผ้าดิบ นครชัยศรี",
        (ALC, MID, "Nakhon Pathom"),
        [
            off("ผ้าดิบ คอตตอน หน้า 60 นิ้ว", "greige_cotton_fabric"),
            off("ผ้าฟอกขาว ไม่มี OBA", "bleached_cotton_fabric"),
        ],
        [need("ด้ายฝ้าย เบอร์ 20 ส่งทุกเดือน", "cotton_yarn")],
    ),
    sme(
        38,
        "en",
        "Ayutthaya Weaving Mill",
        (ALC, MID, "Phra Nakhon Si Ayutthaya"),
        [off("Grey cloth 100% cotton, 63 inch", "greige_cotton_fabric")],
        [
            need("cotton weaving yarn, 5 t/month", "cotton_yarn"),
        ],
    ),
    sme(
        39,
        "th",
        "โรงถักผ้ากีฬา บางบอน",
        (SPORT, MID, "Bangkok"),
        [off("ผ้าไมโครโพลี ระบายเหงื่อ แห้งไว", "wicking_knit_fabric")],
        [
            need("เส้นด้ายจากขวด PET ต้องมี GRS", "recycled_polyester_yarn", req=("GRS",)),
            need("ทดสอบผ้าเป็นขุย", T_PIL),
        ],
    ),
    sme(
        40,
        "en",
        "Quick Dry Knits",
        (SPORT, MID, "Samut Sakhon"),
        [off("Bird-eye mesh, moisture wicking, 140 gsm", "wicking_knit_fabric")],
        [
            need(
                "recycled polyester filament, GRS preferred but not required",
                "recycled_polyester_yarn",
                waive=("GRS",),
            )
        ],
        certs=(OEKO,),
    ),
    sme(
        41,
        "th",
        "ฟินิชชิ่ง ปทุม",
        (ALC, MID, "Pathum Thani"),
        [
            off("รับเคลือบสารหน่วงไฟ ผ้าม่าน", "fr_finishing_service"),
            off("รับเคลือบแอนตี้แบคทีเรีย", "antibacterial_finishing_service"),
        ],
        [need("ส่งผ้าทดสอบลามไฟ ก่อนส่งโรงแรม", T_FLAM)],
    ),
    sme(
        42,
        "en",
        "CMT Partners Nonthaburi",
        (ALC, MID, "Nonthaburi"),
        [off("CMT for your patterns, min 300 pcs", "cmt_sewing_service")],
        [
            need("woven labels & wash-care tags", "care_labels"),
            need("spun poly thread 40/2", "sewing_thread"),
        ],
    ),
    sme(
        43,
        "th",
        "กลุ่มแม่บ้านรับเย็บ เสลภูมิ",
        (ALI, MID, "Roi Et"),
        [off("รับเย็บตามแบบ ชุดคนไข้ เสื้อ กางเกง", "cmt_sewing_service")],
        [need("ด้ายเย็บผ้า หลอดใหญ่", "sewing_thread")],
    ),
    sme(
        44,
        "en",
        "Siam Label & Trim",
        (ALC, MID, "Bangkok"),
        [
            off("Printed satin care labels", "care_labels"),
            off("Poly-core thread, 5000 m cones", "sewing_thread"),
        ],
        [
            unmet("RFID hang tags", "RFID tags: nobody makes them"),
        ],
    ),
    sme(
        45,
        "th",
        "ลายไทย สกรีน ขอนแก่น",
        (ALI, MID, "Khon Kaen"),
        [off("รับสกรีนเสื้อ สกรีนผ้า", "screen_printing_service")],
        [],
    ),
    sme(
        46,
        "en",
        "Hemp Mill Lanna",
        (HEMP, MID, "Chiang Mai"),
        [off("Hemp/cotton 55/45 canvas, 280 gsm", "hemp_fabric")],
        [
            need("organic cotton yarn, must be GOTS", "organic_cotton_yarn", req=("GOTS",)),
            need("undyed spun hemp", "hemp_yarn"),
        ],
        certs=("GOTS",),
        bcg=("bio",),
    ),
    sme(
        47,
        "th",
        "สะท้อนแสง ชลบุรี",
        (SPORT, MID, "Chonburi"),
        [off("เทปสะท้อนแสง เย็บติดเสื้อ", "reflective_tape")],
        [need("ทดสอบแรงดึงสายรัด เทป", T_TEN)],
    ),
    sme(
        48,
        "th",
        "ห้องตัวอย่าง สิงห์บุรี",
        (ALC, MID, "Sing Buri"),
        [off("รับทำแพทเทิร์น เย็บตัวอย่าง 1-5 ตัว", "sample_sewing_service")],
        [need("ผ้าเหลือ ผ้าเศษม้วน ไว้ทำตัวอย่าง", "deadstock_fabric")],
    ),
    sme(
        49,
        "th",
        "ผ้าค้างสต็อก สำเพ็ง",
        (CIRC, MID, "Bangkok"),
        [off("ผ้าค้างสต็อก ปลายม้วน ขายเป็นกิโล", "deadstock_fabric")],
        [],
        bcg=("circular",),
    ),
    # ---------------------------------------------------------------- factories, brands, hospitals, shops
    sme(
        50,
        "en",
        "Siam Garment Export Co.",
        (ALC, DOWN, "Bangkok"),
        [off("Ladies' blouses for EU retail", "womens_blouses")],
        [
            need("REACH azo amine reports per style", T_AZO),
            need("pre-shipment dimensional stability after washing", T_SHR),
            need("OEKO-TEX certification support", C_OEKO),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        51,
        "th",
        "โรงงานเสื้อผ้าส่งออก บางพลี",
        (ALC, DOWN, "Samut Prakan"),
        [off("เสื้อโปโลส่งออก", "polo_shirts")],
        [
            need("ส่งผ้ามาทดสอบสีตกต่อเหงื่อ", T_CF),
        ],
    ),
    sme(
        52,
        "en",
        "Rattanakosin General Hospital",
        (ALC, DOWN, "Bangkok"),
        [],
        [
            need("Scrubs, 4 colours, 2,000 sets/yr", "hospital_scrubs"),
            need("ward curtains, flame retardant, TIS", "fr_curtains", req=(TIS,)),
            need("patient gowns, back ties", "patient_gowns"),
        ],
    ),
    sme(
        53,
        "th",
        "โรงพยาบาลเอกชน ขอนแก่น",
        (ALI, DOWN, "Khon Kaen"),
        [],
        [
            need("ชุดคนไข้ ผ้าฝ้าย", "patient_gowns"),
            need("ผ้าปูเตียงผู้ป่วย", "hospital_bed_linen"),
            need("ผ้าม่านกันไฟ ไม่ต้องมี มอก. ก็ได้", "fr_curtains", waive=(TIS,)),
        ],
    ),
    sme(
        54,
        "en",
        "Golden Years Care Home",
        (ALC, DOWN, "Nonthaburi"),
        [],
        [
            need("adaptive clothing w/ magnetic closures", "adaptive_clothing_elderly"),
            need("washable bed pads for incontinence", "washable_incontinence_pads"),
            unmet("anti-slip socks with grip dots", "grip socks: nobody makes them"),
        ],
    ),
    sme(
        55,
        "th",
        "ห่วงใย แผ่นรองซับซักได้",
        (ALC, DOWN, "Nakhon Pathom"),
        [off("แผ่นรองซับ ซักได้ 300 ครั้ง", "washable_incontinence_pads")],
        [
            need("ใยรีไซเคิลสำหรับไส้ซับ", "recycled_cotton_fibre"),
            unmet("ผ้าเคลือบ TPU กันน้ำ", "waterproof laminated fabric: nobody makes it"),
        ],
    ),
    sme(
        56,
        "en",
        "Silver Style Adaptive Wear",
        (ALC, DOWN, "Bangkok"),
        [off("Easy-dress shirts for seniors, velcro fronts", "adaptive_clothing_elderly")],
        [
            need("small-run CMT factory", "cmt_sewing_service"),
            need("soft cotton jersey, OEKO-TEX certified", "cotton_jersey_fabric", req=(OEKO,)),
        ],
    ),
    sme(
        57,
        "th",
        "ร้านผ้าทอ วารินชำราบ",
        (ALI, DOWN, "Ubon Ratchathani"),
        [off("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "handwoven_cotton_bags")],
        [
            need("ผ้าครามเป็นพับ", "indigo_dyed_cotton_fabric"),
            need("อยากตรวจว่ากระเป๋าสีตกไหม", T_CF),
        ],
        certs=("OTOP",),
    ),
    sme(
        58,
        "en",
        "Isan Craft Store Bangkok",
        (ALI, DOWN, "Bangkok"),
        [off("Isan crafts shop, consignment", "craft_retail")],
        [
            need("indigo tote bags, OTOP nice to have", "handwoven_cotton_bags", waive=("OTOP",)),
            need("mudmee silk by the length, Peacock Emblem", "mudmee_silk_fabric", req=(PEACOCK,)),
        ],
    ),
    sme(
        59,
        "th",
        "รันนิ่งไทย แบรนด์ชุดวิ่ง",
        (SPORT, DOWN, "Bangkok"),
        [off("เสื้อวิ่ง ผ้าแห้งไว", "sports_jerseys")],
        [
            need("ผ้าเจอร์ซี่ดูดซับเหงื่อ มี OEKO-TEX", "wicking_knit_fabric", req=(OEKO,)),
            need("ทดสอบขุยและแรงดึงตะเข็บ", T_PIL, T_TEN),
            need("แถบสะท้อนแสง รีดติด", "reflective_tape"),
        ],
    ),
    sme(
        60,
        "en",
        "Pattaya Football Kits",
        (SPORT, DOWN, "Chonburi"),
        [off("Custom football kits, sublimation", "sports_jerseys")],
        [
            need("Coolmax-type knit for jerseys", "wicking_knit_fabric"),
            unmet("UPF 50+ UV test", "UV protection testing: no lab offers it"),
        ],
    ),
    sme(
        61,
        "th",
        "ชุดว่ายน้ำ อันดามัน",
        (SPORT, DOWN, "Phuket"),
        [off("ชุดว่ายน้ำ ชุดดำน้ำ", "swimwear")],
        [
            need("ทดสอบสีซีดจากคลอรีนและน้ำเค็ม", T_CF),
            unmet("ผ้าไลคร่า ทนคลอรีน", "elastane fabric: nobody makes it"),
        ],
    ),
    sme(
        62,
        "en",
        "Andaman Wellness Resort",
        (ALC, DOWN, "Phuket"),
        [],
        [
            need("fire-retardant drapes for guest rooms", "fr_curtains"),
            unmet("bamboo terry bathrobes", "bathrobes: nobody makes them"),
        ],
    ),
    sme(
        63,
        "th",
        "รียูส อัพไซเคิล สตูดิโอ",
        (CIRC, DOWN, "Bangkok"),
        [off("กระเป๋าอัพไซเคิลจากเศษผ้า", "upcycled_bags")],
        [
            need("เศษผ้าตัดเย็บ แยกสี", "cotton_cutting_scraps"),
        ],
        bcg=("circular",),
    ),
    sme(
        64,
        "en",
        "Hemp Heritage",
        (HEMP, DOWN, "Chiang Mai"),
        [off("Hemp shirts & trousers", "hemp_garments")],
        [
            need("hemp cloth by the roll, GOTS not needed", "hemp_fabric", waive=("GOTS",)),
            need("verify hemp % on labels", T_FIB),
            need("CMT for hemp shirts", "cmt_sewing_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        65,
        "th",
        "ของฝากกัญชง ดอยแม่สลอง",
        (HEMP, DOWN, "Chiang Rai"),
        [off("กระเป๋าใยกัญชง ปักลายม้ง", "hemp_bags")],
        [need("ผ้าป่าน ผืนยาว ทำกระเป๋า", "hemp_fabric")],
    ),
    sme(
        66,
        "en",
        "Little Lotus Babywear",
        (ALC, DOWN, "Bangkok"),
        [off("Organic cotton baby rompers", "baby_clothing")],
        [
            need("formaldehyde & azo screening for babywear", T_FORM, T_AZO),
            need("GOTS-certified organic yarn", "organic_cotton_yarn", req=("GOTS",)),
        ],
    ),
    sme(
        67,
        "th",
        "หน้ากากผ้า สุขภาพดี",
        (ALC, DOWN, "Bangkok"),
        [off("หน้ากากผ้า 3 ชั้น ซักได้", "cloth_face_masks")],
        [
            need("ช่วยจดแจ้ง อย. ให้หน้ากาก", R_FDA),
            need("ผ้าคอตตอนขาว ไม่เรืองแสง", "bleached_cotton_fabric"),
        ],
    ),
    sme(
        68,
        "en",
        "MediCare Supplies Trading",
        (ALC, DOWN, "Nonthaburi"),
        [],
        [
            need("cloth masks, Thai FDA registered", "cloth_face_masks", req=("Thai FDA",)),
            need("surgical gowns, ISO 13485", "surgical_gowns", req=("ISO 13485",)),
        ],
    ),
    sme(
        69,
        "th",
        "บ้านพักผู้สูงอายุ หนองสำโรง",
        (ALI, DOWN, "Udon Thani"),
        [],
        [
            need("เสื้อผ้าผู้สูงวัย ใส่ง่าย ถอดง่าย", "adaptive_clothing_elderly"),
            need("หมอนนุ่น", "kapok_pillows"),
            need("ผ้ารองกันเปื้อน ซักได้", "washable_incontinence_pads"),
        ],
    ),
    sme(
        70,
        "en",
        "Roi Et Kapok Bedding",
        (ALI, DOWN, "Roi Et"),
        [off("Kapok pillows & mattresses", "kapok_pillows")],
        [
            need("cleaned kapok, Organic Thailand nice to have", "kapok_fibre", waive=(ORG_TH,)),
        ],
        bcg=("bio",),
    ),
    sme(
        71,
        "th",
        "ส่งออกเสื้อผ้ามือสอง คลองถม",
        (CIRC, DOWN, "Bangkok"),
        [],
        [need("เศษผ้า ผ้าเก่า ทุกชนิด รับซื้อเป็นตัน", "used_clothing", "cotton_cutting_scraps", "deadstock_fabric")],
        bcg=("circular",),
    ),
    sme(
        72,
        "en",
        "Paet Riu Textile Recovery",
        (CIRC, UP, "Chachoengsao"),
        [
            off("Post-consumer clothing bales, sorted", "used_clothing"),
            off("Shredded fibre from old jeans", "recycled_cotton_fibre"),
        ],
        [need("NIR / fibre-type testing partner", T_FIB)],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        73,
        "th",
        "ชราสุข เสื้อผ้าผู้สูงวัย",
        (ALC, DOWN, "Bangkok"),
        [],
        [
            need("ชุดนอนผู้สูงอายุ ติดตีนตุ๊กแก", "adaptive_clothing_elderly"),
            need("ผ้าย้อมห้อม ไม่ต้องมีโอทอป", "indigo_dyed_cotton_fabric", waive=("OTOP",)),
        ],
    ),
    sme(
        74,
        "en",
        "Phu Phan Indigo Co-op",
        (ALI, MID, "Sakon Nakhon"),
        [
            off("Indigo vat dyeing of your yarn, cloth or garments", "indigo_dyeing_service"),
            off("Indigo dye balls, natural", "indigo_paste"),
        ],
        [need("undyed cotton yarn for the looms", "cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        75,
        "th",
        "ครามนคร แบรนด์เสื้อ",
        (ALI, DOWN, "Nakhon Phanom"),
        [off("เสื้อฝ้ายย้อมคราม", "indigo_garments")],
        [
            need("หาคนย้อมคราม ให้เสื้อที่เราตัดเย็บเสร็จแล้ว", "indigo_dyeing_service"),
            need("ตรวจสีซีดเมื่อโดนแดด", T_CF),
        ],
    ),
    sme(
        76,
        "en",
        "SafeWeave Medical",
        (ALC, DOWN, "Bangkok"),
        [
            off("Reusable masks, registered medical device", "cloth_face_masks"),
            off("Surgical gowns, AAMI level 2", "surgical_gowns"),
        ],
        [need("bleached cotton poplin", "bleached_cotton_fabric")],
        certs=("Thai FDA", "ISO 13485"),
    ),
    sme(
        77,
        "th",
        "โรงงานผ้าถัก บางพลี",
        (ALC, MID, "Samut Prakan"),
        [off("ผ้ายืดคอตตอน 100% ซิงเกิ้ล", "cotton_jersey_fabric")],
        [need("ด้ายฝ้ายหวี 30", "cotton_yarn")],
        certs=(OEKO,),
    ),
    sme(
        78,
        "en",
        "Mahachai Knitting",
        (ALC, MID, "Samut Sakhon"),
        [off("Cotton single jersey 160 gsm", "cotton_jersey_fabric")],
        [
            need("we send our jersey for shrinkage & spirality", T_SHR),
            need("recycled OE yarn for T-shirt jersey", "recycled_cotton_yarn"),
            need("dye house to colour our greige jersey", "fabric_dyeing_service"),
        ],
    ),
    sme(
        79,
        "th",
        "โรงพยาบาลผู้สูงอายุ ราชพฤกษ์",
        (ALC, DOWN, "Nonthaburi"),
        [],
        [
            need("ชุดผู้ป่วย", "patient_gowns"),
            need("ชุดสครับพยาบาล", "hospital_scrubs"),
            unmet("ถุงมือยางทางการแพทย์", "rubber gloves: nobody makes them"),
        ],
    ),
    sme(
        80,
        "en",
        "Korat Hospital Textiles",
        (ALI, MID, "Nakhon Ratchasima"),
        [
            off("Patient gowns, snap sleeves", "patient_gowns"),
            off("Hospital bed sheets, 200 TC", "hospital_bed_linen"),
            off("FR cubicle curtains", "fr_curtains"),
        ],
        [
            need("greige cotton, 100%", "greige_cotton_fabric"),
            need("FR treatment of our curtain fabric", "fr_finishing_service"),
        ],
        certs=(TIS,),
    ),
    sme(
        81,
        "th",
        "ยูนิฟอร์ม ลพบุรี",
        (ALC, MID, "Lopburi"),
        [
            off("ยูนิฟอร์มห้องผ่าตัด เสื้อ กางเกง", "hospital_scrubs"),
            off("เสื้อคลุมผู้ป่วย ผูกหลัง", "patient_gowns"),
        ],
        [need("ทดสอบหดตัวและสีตก", T_SHR, T_CF)],
    ),
    sme(
        82,
        "en",
        "Drape & Blind Bangkok",
        (ALC, DOWN, "Bangkok"),
        [off("Blackout & fire-rated curtains", "fr_curtains")],
        [need("drapery burn test for hotel tender", T_FLAM)],
    ),
    sme(
        83,
        "th",
        "ไทยซิลค์ เอ็กซ์ปอร์ต",
        (ALC, DOWN, "Bangkok"),
        [],
        [
            need("ตรวจเส้นใยผ้าไหม ก่อนส่งออก", T_FIB),
            need("ผ้ามัดหมี่", "mudmee_silk_fabric"),
            unmet("ชิปปิ้ง ส่งออกยุโรป", "freight forwarding: nobody offers it"),
        ],
    ),
    sme(
        84,
        "en",
        "Green Mountain Outfitters",
        (SPORT, DOWN, "Chiang Mai"),
        [off("Hemp-blend hiking shirts", "hemp_garments")],
        [
            need("hemp-rich fabric for shirts", "hemp_fabric"),
            unmet("bluesign-approved DWR chemistry", "water-repellent chemicals: nobody sells them"),
        ],
    ),
    sme(
        85,
        "th",
        "ถุงผ้ารักษ์โลก สุราษฎร์",
        (CIRC, DOWN, "Surat Thani"),
        [off("ถุงผ้าจากขวดรีไซเคิล", "rpet_tote_bags")],
        [
            unmet("ผ้าทอจากขวดพลาสติกรีไซเคิล", "woven recycled-polyester fabric: nobody makes it"),
            need("ปรึกษาขอ GRS", C_GRS),
        ],
        bcg=("circular",),
    ),
    sme(
        86,
        "th",
        "ชุดกีฬานักเรียน หาดใหญ่",
        (SPORT, DOWN, "Songkhla"),
        [off("ชุดพละ ชุดกีฬาสี โรงเรียน", "sports_jerseys")],
        [
            need("ผ้าดรายฟิต สำหรับชุดกีฬา", "wicking_knit_fabric"),
            need("หาโรงงานรับตัดเย็บ ส่งผ้าไปเอง", "cmt_sewing_service"),
        ],
    ),
    sme(
        87,
        "th",
        "ปาเต๊ะ ทับเที่ยง",
        (CIRC, DOWN, "Trang"),
        [off("ผ้าปาเต๊ะ เขียนมือ", "batik_fabric")],
        [
            need("ผ้าขาวสำหรับเขียนเทียน", "bleached_cotton_fabric"),
        ],
    ),
    sme(
        88,
        "th",
        "กลุ่มปลูกฝ้าย ยโสธร",
        (ALI, UP, "Yasothon"),
        [off("ปุยฝ้ายอินทรีย์ อีดเมล็ดแล้ว", "raw_cotton_lint")],
        [],
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    sme(
        89,
        "en",
        "Siam Spinners",
        (ALC, MID, "Bangkok"),
        [off("Organic combed yarn, Ne 30/1, certified", "organic_cotton_yarn")],
        [need("Thai-grown lint, Organic Thailand certified", "raw_cotton_lint", req=(ORG_TH,))],
        certs=("GOTS",),
    ),
    sme(
        90,
        "th",
        "พรีซิชั่น เตรียมชิ้นงานทดสอบ",
        (ALC, MID, "Pathum Thani"),
        [
            off("เตรียมชิ้นงาน ปรับสภาพ 20 องศา ความชื้น 65%", "sample_preparation_service"),
            off("มัลติไฟเบอร์ ISO 105-F10 ตัดเป็นชิ้น", "multifibre_strips"),
        ],
        [],
    ),
    sme(
        91,
        "th",
        "ผ้ายกเมืองนคร",
        (HEMP, DOWN, "Nakhon Si Thammarat"),
        [off("ผ้ายกดอก ทอมือ", "yok_brocade_fabric")],
        [
            need("ไหมเส้นยืน เส้นพุ่ง", "silk_yarn"),
            need("ตรวจว่าเป็นไหมแท้ 100%", T_FIB),
        ],
    ),
    sme(
        92,
        "en",
        "ProFit Gym Apparel",
        (SPORT, DOWN, "Bangkok"),
        [off("Gym apparel export", "gym_apparel")],
        [
            need("GRS-certified rPET yarn", "recycled_polyester_yarn", req=("GRS",)),
            need("pilling resistance test", T_PIL),
            unmet("sweating guarded hotplate (Ret) test", "thermal resistance testing: no lab offers it"),
        ],
    ),
    sme(
        93,
        "th",
        "โรงย้อม รังสิต",
        (CIRC, MID, "Pathum Thani"),
        [off("รับย้อมผ้าถัก ลูกค้าส่งผ้ามาเอง", "fabric_dyeing_service")],
        [need("ตรวจเอมีนต้องห้าม ในสีย้อม", T_AZO)],
    ),
    sme(
        94,
        "en",
        "River Kwai Natural Dyes Studio",
        (HEMP, MID, "Kanchanaburi"),
        [off("Natural dyeing service for small brands", "natural_dyeing_service")],
        [need("plant-based dyestuffs for our vats", "natural_dye_extracts", "indigo_paste")],
        bcg=("bio", "green"),
    ),
    sme(
        95,
        "th",
        "ชุดเด็กอ่อน ออร์แกนิค",
        (ALC, DOWN, "Bangkok"),
        [off("ชุดเด็กอ่อน ผ้าออร์แกนิค", "baby_clothing")],
        [need("ตรวจสารฟอร์มาลีน ชุดเด็กอ่อน", T_FORM)],
    ),
]

# ---------------------------------------------------------------- checks and output

ID_PATTERN = re.compile(r"^btl-\d{3}$")
EMAIL_PATTERN = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL_PATTERN = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]")
THAI_ANY = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")

N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)


def sme_id(num: int) -> str:
    return f"btl-{num:03d}"


def is_thai_phrase(text: str) -> bool:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


def is_english_phrase(text: str) -> bool:
    return not THAI_ANY.search(text) and all(not c.isalpha() or LATIN_LETTER.match(c) for c in text)


def mentions(cert: str, text: str) -> bool:
    """Whether the text names the certification at all, affirmed or negated."""
    (row,) = [c for c in CERTIFICATIONS if c.name == cert]
    folded = text.casefold()
    return any(m.casefold() in folded for m in (row.name, *row.aliases, *row.mentions, *row.case_sensitive_mentions))


def canonical(certs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in certs)


def qualified(buyer: Sme, need_: Need) -> list[str]:
    """Ids of the SMEs (never the buyer) whose offers and certifications satisfy the need."""
    out = []
    for supplier in SMES:
        if supplier.num == buyer.num:
            continue
        if not {o.label for o in supplier.offers} & set(need_.labels):
            continue
        if set(need_.requires) <= canonical(supplier.certs):
            out.append(sme_id(supplier.num))
    return out


def check() -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in SMES]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run btl-001 .. btl-{N_PROFILES:03d} in order")
    offered: dict[str, set[int]] = {}
    for s in SMES:
        for o in s.offers:
            offered.setdefault(o.label, set()).add(s.num)
    all_offer_texts = {o.text.casefold() for s in SMES for o in s.offers}
    sub_clusters = {x.value for x in SubCluster}
    stages = {x.value for x in Stage}
    bcg_tags = {x.value for x in BcgTag}
    for s in SMES:
        where = sme_id(s.num)
        if not ID_PATTERN.match(where):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated certification or BCG tag")
        errors += [f"{where}: BCG tag {tag!r}" for tag in s.bcg if tag not in bcg_tags]
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        if not EMAIL_PATTERN.match(email(s)):
            errors.append(f"{where}: email {email(s)!r}")
        phrase_ok = is_thai_phrase if s.lang == "th" else is_english_phrase
        texts = [s.name, *(o.text for o in s.offers), *(n.text for n in s.needs)]
        errors += [f"{where}: {t!r} is not a {s.lang} phrase" for t in texts if not t.strip() or not phrase_ok(t)]
        if len({t.casefold() for t in texts}) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for o in s.offers:
            if not LABEL_PATTERN.match(o.label):
                errors.append(f"{where}: label {o.label!r}")
        for n in s.needs:
            label = f"{where} need {n.text!r}"
            if n.text.casefold() in all_offer_texts:
                errors.append(f"{label}: worded exactly like an offer")
            affirmed = find_certifications(n.text)
            for cert in n.requires:
                if resolve_certification(cert) != cert:
                    errors.append(f"{label}: required {cert!r} is not a canonical name")
                if cert not in affirmed:
                    errors.append(f"{label}: requires {cert} but its text does not ask for it")
            for cert in n.waives:
                if resolve_certification(cert) != cert or not mentions(cert, n.text) or cert in affirmed:
                    errors.append(f"{label}: waives {cert} but its text does not name it only to waive it")
            if n.labels and n.note:
                errors.append(f"{label}: both labels and a met-by-no-one note")
            if not n.labels and not n.note:
                errors.append(f"{label}: neither labels nor a note")
            for lab in n.labels:
                if not offered.get(lab, set()) - {s.num}:
                    errors.append(f"{label}: label {lab!r} is offered by no one but the buyer")
            suppliers = qualified(s, n)
            if n.labels and not suppliers:
                errors.append(f"{label}: marked met but no supplier qualifies")
            if not n.labels and n.requires:
                errors.append(f"{label}: met by no one yet requires a certification")
    return errors


def email(s: Sme) -> str:
    return f"contact.btl{s.num:03d}@example.co.th"


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": sme_id(s.num),
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": email(s),
        "language": s.lang,
    }


def links() -> list[tuple[str, str]]:
    pairs = {(supplier, sme_id(buyer.num)) for buyer in SMES for n in buyer.needs for supplier in qualified(buyer, n)}
    return sorted(pairs)


def counts(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {sme_id(s.num): s for s in SMES}
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [(s, n) for s, n in needs if n.labels]
    th_en = sum(1 for a, b in pairs if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in pairs if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{sum(s.lang == 'th' for s in SMES)} / {sum(s.lang == 'en' for s in SMES)}"),
    ]
    sub = Counter(s.sub_cluster for s in SMES)
    rows += [(f"sub-cluster `{x.value}`", str(sub[x.value])) for x in SubCluster]
    stage = Counter(s.stage for s in SMES)
    rows += [(f"stage `{x.value}`", str(stage[x.value])) for x in Stage]
    region = Counter(resolve_province(s.province).region for s in SMES)  # type: ignore[union-attr]
    rows += [(f"region `{x.value}`", str(region[x])) for x in Region]
    per_need = Counter(len(qualified(s, n)) for s, n in met)
    rows += [
        ("distinct provinces", str(len({resolve_province(s.province) for s in SMES}))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({o.label for s in SMES for o in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("met needs with 1 / 2 / 3 / more qualified suppliers", " / ".join(_spread(per_need))),
        ("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))),
        ("true links", str(len(pairs))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(pairs):.1%})"),
        ("within-language links", str(len(pairs) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in pairs)),
        ),
    ]
    return rows


def _spread(per_need: Counter[int]) -> list[str]:
    return [str(per_need[1]), str(per_need[2]), str(per_need[3]), str(sum(v for k, v in per_need.items() if k > 3))]


def check_targets(pairs: list[tuple[str, str]]) -> list[str]:
    errors = []
    by_id = {sme_id(s.num): s for s in SMES}
    thai = sum(s.lang == "th" for s in SMES) / len(SMES)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS[0] <= len(pairs) <= LINKS[1]:
        errors.append(f"{len(pairs)} links outside {LINKS}")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in pairs) / max(1, len(pairs))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    unmet_needs = sum(1 for s in SMES for n in s.needs if not n.labels)
    if not UNMET[0] <= unmet_needs <= UNMET[1]:
        errors.append(f"{unmet_needs} needs met by no one, outside {UNMET}")
    met = [len(qualified(s, n)) for s in SMES for n in s.needs if n.labels]
    if sum(1 for k in met if 1 <= k <= 3) < 0.6 * len(met):
        errors.append("fewer than 60 % of met needs have 1-3 qualified suppliers")
    if all(s.needs for s in SMES) or all(s.offers for s in SMES):
        errors.append("some SMEs should have no needs and some no offers")
    return errors


README_HEAD = """\
# blind_plain_testing: textile testing and certification, plain registry entries

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {n} SME profiles written as plain registry
entries (one short phrase per offer or need) in wording it has never seen, about half of them Thai and
half English. The theme is textile testing and certification: colourfastness, shrinkage, tensile,
pilling, formaldehyde, azo-dye, flammability and fibre-content tests; OEKO-TEX, GOTS and GRS
consultancy; Thai FDA (อย.) and TIS (มอก.) registration help; specimen preparation, multifibre strips,
adjacent fabrics and grey scales; and the garment factories, exporters, hospitals, care homes, brands
and shops that buy them, next to the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the
cluster.

Hard but fair cases it contains: a service versus the goods it works on (indigo dyeing of the
customer's cloth or finished shirts versus indigo-dyed cloth; commission dyeing; sewing to the
customer's pattern versus finished garments; FR finishing versus FR curtains); the customer's own
goods sent for work (cloth sent for a test); waste and used goods versus new (cutting scraps, used
clothing, deadstock); raw versus processed (hemp bast, yarn, cloth, bags; cotton lint, yarn, jersey);
finished goods described by material, colour or technique (an indigo handwoven cotton bag is a bag);
sales swatch cards versus test swatches; undyed versus plant-dyed versus reactive-dyed hemp yarn and a
refusal of synthetic dye; regional words (ป่าน and ห้อม in the north, ปาเต๊ะ in the south, ไหมน้อย and
มัดหมี่ in Isan); needs written as a wish, a bare noun phrase or a question; needs that require a
named certification and needs that name one only to waive it; needs for help obtaining a certification
(consultancy or registration), which do not require the consultant to hold it; and needs that no one in
the set meets.

## How it was written

By hand. The writer read only Section 1 of `/work/shared/contracts/CONTRACTS.md`,
`shared/taxonomy.py`, the files in `shared/taxonomy_data/` and the `[tool.ruff]` section of
`pyproject.toml`; nothing of the matcher, its glossary, its tests, other evaluation sets or the
project's data. Every profile, phrase and label is in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification ("GRS
preferred but not required", "ไม่ต้องมี มอก. ก็ได้") is not required. Labels live only in `write.py`.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG tags from `shared.taxonomy`, every province resolving with `resolve_province`, every
certification with `resolve_certification`); every label a need lists is offered by someone other
than the buyer; every met need has a qualified supplier and every unmet one has none; a required
certification is asked for in the need's text and a waived one named there only to waive it; Thai
phrases mostly Thai letters and English ones Latin only; the size targets ({links_lo}-{links_hi} links,
about half across languages, about 20 needs met by no one). It writes nothing if any check fails, and
two runs give identical bytes.

## How to regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_testing/write.py
```

## Files

- `write.py`: all data, labels, checks and the writer of the files below.
- `profiles.jsonl`: {n} profiles in the cluster-profile JSONL version 1 format, ids `btl-001` to
  `btl-{n:03d}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    errors = check()
    pairs = links() if not errors else []
    if not errors:
        errors = check_targets(pairs)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    rows = counts(pairs)
    profiles_text = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES)
    links_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in pairs)
    readme = README_HEAD.format(n=len(SMES), links_lo=LINKS[0], links_hi=LINKS[1]) + table(rows)
    for name, text in (("profiles.jsonl", profiles_text), ("links.csv", links_text), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
