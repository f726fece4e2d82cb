"""Write the hand-labelled evaluation set `eval/blind_plain_festivals/`.

Theme: festivals and faith communities beyond the Buddhist temple (Vegetarian Festival, Chinese New Year and
shrines, churches and Christian schools, Hindu and Sikh communities, Muslim festivals, Songkran, Loy Krathong,
parades, flags, embroidery, costume hire) and the ordinary upstream and midstream suppliers of the cluster.

Every offer is a (text, label) pair; every need lists the offer labels that meet it and the certifications its
text requires, or is marked as met by no one. The true links follow from those labels only (see `links()`).
Labels live only in this file; the profiles it writes carry no labels.

Run from the repository root:

    .venv/bin/python eval/blind_plain_festivals/write.py

It checks the data first and writes nothing if a check fails. Two runs give identical bytes.
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
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bfe"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
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

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
RCS = "RCS"
ORGANIC_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
TIS = "Thai Industrial Standard"
HALAL = "Halal"
FAIRTRADE = "Fairtrade"
BLUESIGN = "bluesign"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that meet it (for an unmet need: the near misses, if any)
    requires: tuple[str, ...] = ()  # certifications the text asks for
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    unmet: str = ""  # why no one in the set meets it; empty for a met need


@dataclass(frozen=True)
class Sme:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, requires, waives)


def unmet(text: str, note: str, *near: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, near, requires, waives, note)


def sme(
    number: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    mailbox: str,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    domain = "example.co.th" if language == "th" else "example.com"
    return Sme(
        id=f"{ID_PREFIX}-{number:03d}",
        name=name,
        sub_cluster=sub_cluster,
        stage=stage,
        province=province,
        language=language,
        email=f"{mailbox}@{domain}",
        offers=offers,
        needs=needs,
        certifications=certs,
        bcg=bcg,
    )


# ------------------------------------------------------------------ part 1: fibre, yarn, waste, first mills

PART_1: list[Sme] = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ภูหลวง",
        HEMP,
        UP,
        "Loei",
        "phuluang.cotton",
        offers=(
            ("ปุยฝ้ายดิบ เก็บมือ กิโลละ 60 บาท", "raw_cotton_fibre"),
            ("ฝ้ายเข็นมือ เส้นใหญ่ สีตุ่นธรรมชาติ", "handspun_cotton_yarn"),
            ("ด้ายฝ้ายอินทรีย์ เบอร์ 10 ปั่นในชุมชน", "organic_cotton_yarn"),
        ),
        needs=(unmet("อยากได้เครื่องอีดฝ้ายมือสอง สภาพดี", "a cotton gin: no one in the set sells machinery"),),
        certs=(ORGANIC_TH,),
        bcg=(BIO, GREEN),
    ),
    sme(
        2,
        "en",
        "Doi Saket Spinning Co., Ltd.",
        HEMP,
        UP,
        "Chiang Mai",
        "sales.doisaketspin",
        offers=(
            ("Ne 30/1 combed cotton yarn on cones, 50 kg minimum", "cotton_yarn"),
            ("GOTS organic cotton yarn Ne 20/1", "organic_cotton_yarn"),
        ),
        needs=(need("Thai-grown seed cotton or lint, in bales", "raw_cotton_fibre"),),
        certs=(GOTS, OEKO),
    ),
    sme(
        3,
        "th",
        "กลุ่มสาวไหมบ้านโคกเมือง",
        HEMP,
        UP,
        "Surin",
        "khokmuang.silk",
        offers=(
            ("ไหมน้อย ลอกกาวแล้ว ขีดละ 450 บาท", "silk_yarn"),
            ("ไหมลืบ เส้นหยาบ สำหรับทอผ้าห่ม", "silk_yarn"),
        ),
        needs=(need("ฝักไหมสด สายพันธุ์ไทย", "silk_cocoons"),),
        bcg=(BIO,),
    ),
    sme(
        4,
        "en",
        "Chaiyaphum Sericulture Farmers Group",
        AGI,
        UP,
        "Chaiyaphum",
        "cpm.sericulture",
        offers=(
            ("Fresh yellow cocoons, Thai native breed, by the kg", "silk_cocoons"),
            ("Cut cocoon shells for craft flowers", "silk_cocoons"),
        ),
        needs=(unmet("Where can we buy disease-free silkworm egg cards?", "silkworm eggs: no breeder in the set"),),
        bcg=(BIO,),
    ),
    sme(
        5,
        "th",
        "ห้างหุ้นส่วนจำกัด ใยกัญชงแม่สรวย",
        HEMP,
        UP,
        "Chiang Rai",
        "maesuai.hemp",
        offers=(
            ("ใยกัญชง ลอกมือ ต้มน้ำขี้เถ้า มัดละ 1 กก.", "hemp_fibre"),
            ("ด้ายกัญชง ปั่นมือ ม้วนละ 200 กรัม", "hemp_yarn"),
        ),
        bcg=(BIO,),
    ),
    sme(
        6,
        "en",
        "GreenLoop rPET Fibre Co., Ltd.",
        CIRC,
        UP,
        "Samut Sakhon",
        "info.greenloop",
        offers=(
            ("rPET DTY 150D/48F, GRS certified", "recycled_polyester_yarn"),
            ("Recycled PSF 1.4D x 38 mm, bales", "recycled_polyester_fibre"),
        ),
        needs=(need("Post-industrial PES fabric waste, sorted by colour", "polyester_textile_waste"),),
        certs=(GRS, ISO14001),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        7,
        "th",
        "ร้านรับซื้อเศษผ้า ส.เจริญ",
        CIRC,
        UP,
        "Bangkok",
        "sorcharoen.waste",
        offers=(
            ("เศษผ้าคอตตอนขาว คัดแล้ว กระสอบละ 25 กก.", "cotton_textile_waste"),
            ("เศษผ้าโพลี คละสี ขายเหมาตัน", "polyester_textile_waste"),
        ),
        needs=(
            need(
                "รับซื้อเศษผ้าจากโรงงานตัดเย็บ ทุกชนิด ไปรับถึงที่",
                "cotton_textile_waste",
                "polyester_textile_waste",
                "rayon_textile_waste",
                "satin_brocade_offcuts",
            ),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        8,
        "en",
        "ReSpun Blended Yarns",
        CIRC,
        UP,
        "Nakhon Pathom",
        "respun",
        offers=(("Recycled cotton/polyester blended yarn Ne 8/1, open-end, RCS", "recycled_cotton_yarn"),),
        needs=(need("Cotton cutting waste, pre-consumer only, no used clothing", "cotton_textile_waste"),),
        certs=(RCS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        9,
        "th",
        "โรงงานดิ้นทองเยาวราช",
        AGC,
        UP,
        "Bangkok",
        "yaowarat.metallic",
        offers=(
            ("ดิ้นทอง ดิ้นเงิน ชนิดแบน ม้วนละ 100 เมตร", "gold_metallic_thread"),
            ("ดิ้นโปร่ง ดิ้นข้อ สำหรับงานปักชุดโขน", "gold_metallic_thread"),
        ),
        needs=(need("เส้นใยโพลีเอสเตอร์ฟิลาเมนต์ 75D ใช้เป็นแกนดิ้น", "polyester_filament_yarn", "recycled_polyester_yarn"),),
    ),
    sme(
        10,
        "en",
        "Phu Phan Natural Dye Supply",
        HEMP,
        UP,
        "Sakon Nakhon",
        "phuphan.dyes",
        offers=(
            ("Fermented indigo paste (nam hom), 1 kg tubs", "indigo_dye_paste"),
            ("Sticklac, crushed, for red dyeing", "lac_dye"),
        ),
        needs=(unmet("Alum mordant, 25 kg sacks", "alum: no chemical supplier in the set"),),
        certs=(ORGANIC_TH,),
        bcg=(BIO,),
    ),
    sme(
        11,
        "th",
        "ร้านเบลผ้ามือสอง ตลาดโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "rongkluea.bale",
        offers=(
            ("เสื้อผ้ามือสอง เบลญี่ปุ่น 100 กก.", "used_garments"),
            ("ชุดแฟนซี ชุดการแสดง มือสอง คละไซส์", "used_costumes"),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        12,
        "th",
        "สวนดาวเรืองลุงเสริม",
        HEMP,
        UP,
        "Kanchanaburi",
        "lungsoem.marigold",
        offers=(("ดอกดาวเรืองสด ตัดเช้า ส่งเป็นกระสอบ", "marigold_flowers"),),
        needs=(unmet("ถุงตาข่ายไนลอน ใส่ดอกไม้ส่งตลาด", "mesh produce bags: no one in the set makes them"),),
        bcg=(BIO,),
    ),
    sme(
        13,
        "en",
        "Eastern Filament Yarns Ltd.",
        SPORT,
        UP,
        "Rayong",
        "sales.easternfilament",
        offers=(
            ("Virgin polyester FDY 75D/36F bright", "polyester_filament_yarn"),
            ("Nylon 6 filament 70D/24F", "nylon_yarn"),
            ("rPET filament yarn 150D from bottle flake, certification pending", "recycled_polyester_yarn"),
        ),
        certs=(ISO9001,),
    ),
    sme(
        14,
        "th",
        "กลุ่มเลี้ยงไหมบ้านเขวา",
        AGI,
        UP,
        "Khon Kaen",
        "khwao.silkfarm",
        offers=(
            ("รังไหมสีเหลือง ไหมพื้นบ้าน", "silk_cocoons"),
            ("เส้นไหมสาวมือ ไหมหลืบ ไหมน้อย", "silk_yarn"),
        ),
        bcg=(BIO,),
    ),
    sme(
        15,
        "en",
        "Rangsit Weaving Mill",
        AGC,
        MID,
        "Pathum Thani",
        "rangsit.weaving",
        offers=(
            ("Greige cotton sheeting 44 in, 30s x 30s", "greige_cotton_cloth"),
            ("Bleached white poplin 58 in, OEKO-TEX", "white_cotton_fabric"),
        ),
        needs=(need("Carded or combed yarn, 100% cotton, 2 t per month", "cotton_yarn", "organic_cotton_yarn"),),
        certs=(OEKO,),
    ),
    sme(
        16,
        "th",
        "บริษัท ย้อมสีสยามสมุทร จำกัด",
        AGC,
        MID,
        "Samut Prakan",
        "siamsamut.dyeing",
        offers=(
            ("รับย้อมผ้าตามสั่ง ลูกค้าส่งผ้าดิบมาเอง ขั้นต่ำ 500 หลา", "cloth_dyeing_service"),
            ("ผ้าแดงชาด ย้อมเสร็จ พับละ 40 หลา", "red_dyed_cloth"),
        ),
        needs=(need("ผ้าฝ้ายยังไม่ฟอก ยังไม่ย้อม สำหรับย้อมแดง ยกพับ", "greige_cotton_cloth"),),
        certs=(OEKO,),
    ),
    sme(
        17,
        "en",
        "Khram Sakon Indigo Studio",
        HEMP,
        MID,
        "Sakon Nakhon",
        "khramsakon",
        offers=(
            ("Indigo-dyed handwoven cotton, per metre", "indigo_dyed_cotton_fabric"),
            ("Indigo vat dyeing of your own fabric or garments", "indigo_dyeing_service"),
        ),
        needs=(
            need("hand-spun cotton yarn, undyed", "handspun_cotton_yarn"),
            need("natural indigo dye for our vats", "indigo_dye_paste"),
        ),
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        18,
        "th",
        "ร้านปักผ้าเฮงหลี เยาวราช",
        AGC,
        MID,
        "Bangkok",
        "hengli.embroidery",
        offers=(
            ("รับปักดิ้นทอง บนผ้าของลูกค้า ปักมือและปักจักร", "embroidery_service"),
            ("ผ้าหน้าโต๊ะเจ้า ปักลายมังกรหงส์ สำเร็จรูป", "chinese_altar_cloth"),
        ),
        needs=(
            need("ไหมทอง ไหมเงิน สำหรับปักมือ", "gold_metallic_thread"),
            need("ผ้าต่วนแดง", "satin_fabric"),
        ),
    ),
    sme(
        19,
        "en",
        "Sampeng Sequin & Bead Trading",
        AGC,
        MID,
        "Bangkok",
        "sampeng.sequin",
        offers=(
            ("Cup sequins 6 mm gold/silver, per kg", "sequins_beads"),
            ("Sequin mesh fabric, 2-way stretch", "sequin_fabric"),
            ("Rayon embroidery thread 120d/2, 5,000 m cones", "embroidery_thread"),
        ),
    ),
    sme(
        20,
        "th",
        "โรงงานธงทองไทย",
        CIRC,
        DOWN,
        "Nonthaburi",
        "thongthai.flag",
        offers=(
            ("ธงชาติ ธงตราสัญลักษณ์ ผ้าร่ม ได้มาตรฐาน มอก.", "printed_flags"),
            ("ธงราวสามเหลี่ยม ธงงานวัด ยาว 10 เมตร", "bunting"),
        ),
        needs=(need("ผ้าร่มโพลีเอสเตอร์ สีขาว หน้ากว้าง 60 นิ้ว", "polyester_flag_fabric"),),
        certs=(TIS,),
    ),
    sme(
        21,
        "en",
        "Bangsaen Sublimation Works",
        SPORT,
        MID,
        "Chonburi",
        "bangsaen.sub",
        offers=(
            ("Sublimation printing on polyester, per metre or per piece", "sublimation_printing_service"),
            ("Quick-dry polyester jersey knit 140 gsm", "polyester_sport_fabric"),
        ),
        needs=(
            need(
                "Recycled polyester yarn for knitting, GRS preferred but not required",
                "recycled_polyester_yarn",
                waives=(GRS,),
            ),
        ),
    ),
    sme(
        22,
        "th",
        "โรงเย็บป้าแดง",
        AGC,
        MID,
        "Ratchaburi",
        "padaeng.sewing",
        offers=(
            ("รับจ้างเย็บ ผ้าลูกค้า ชุดขาว เสื้อกุยเฮง กางเกงจีน", "cmt_sewing_service"),
            ("เศษผ้าขาวจากการตัด ขายเหมากระสอบ", "cotton_textile_waste"),
        ),
        needs=(need("ด้ายโพลีสำหรับจักรอุตสาหกรรม สีขาว ยกลัง", "sewing_thread"),),
    ),
    sme(
        23,
        "en",
        "Surin Royal Silk Weavers",
        HEMP,
        MID,
        "Surin",
        "surin.royalsilk",
        offers=(
            ("Handwoven mudmee silk, Royal Peacock Emblem (gold)", "thai_silk_fabric"),
            ("Ikat silk shawls", "shawls_scarves"),
        ),
        needs=(need("Thai native silk yarn, hand-reeled", "silk_yarn"),),
        certs=(PEACOCK, OTOP),
    ),
    sme(
        24,
        "th",
        "กลุ่มทอผ้าไหมแพรวาบ้านโนนสูง",
        AGI,
        MID,
        "Kalasin",
        "praewa.nonsung",
        offers=(
            ("ผ้าไหมแพรวา ลายโบราณ ผืนละ 2 เมตร", "thai_silk_fabric"),
            ("สไบแพรวา", "shawls_scarves"),
        ),
        needs=(need("ไหมไทยพันธุ์พื้นเมือง เส้นเล็ก ขีดละไม่เกิน 500", "silk_yarn"),),
        certs=(OTOP,),
    ),
    sme(
        25,
        "th",
        "ห้างผ้าแพรต่วน ซินฮวด สำเพ็ง",
        AGC,
        MID,
        "Bangkok",
        "sinhuat.satin",
        offers=(
            ("ผ้าต่วนเงา แดง เหลือง ทอง ม้วนละ 50 หลา", "satin_fabric"),
            ("ผ้ายกทอง ลายมังกร ดอกโบตั๋น", "brocade_fabric"),
            ("ผ้าแก้ว ผ้าโปร่ง หน้า 60", "organza_tulle_fabric"),
        ),
    ),
]

# ------------------------------------------------------------------ part 2: mills, trims, shrines, churches

PART_2: list[Sme] = [
    sme(
        26,
        "en",
        "Pahurat Georgette House",
        AGC,
        MID,
        "Bangkok",
        "pahurat.georgette",
        offers=(
            ("Georgette and chiffon, 44 in, plain and printed", "georgette_chiffon_fabric"),
            ("Banarasi-style brocade with zari border", "brocade_fabric"),
            ("Full voile turban cloth, 6 m lengths", "turban_cloth"),
        ),
        needs=(need("Zari (gold metallic yarn) on spools", "gold_metallic_thread"),),
    ),
    sme(
        27,
        "th",
        "กลุ่มทอผ้ายกเมืองนคร",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "yoknakhon",
        offers=(("ผ้ายกเมืองนคร ยกดิ้นทอง ลายพิกุล", "brocade_fabric"),),
        needs=(
            need("เส้นลูเร็กซ์สีทอง สำหรับทอยก", "gold_metallic_thread"),
            need("ไหมเส้นพุ่ง", "silk_yarn"),
        ),
        certs=(OTOP,),
    ),
    sme(
        28,
        "en",
        "Tani Batik Studio",
        CIRC,
        MID,
        "Pattani",
        "tanibatik",
        offers=(
            ("Hand-drawn batik on cotton (pa-te), 2 m pieces", "batik_fabric"),
            ("Batik hijab squares", "hijab_headscarves"),
        ),
        needs=(need("White cotton cambric for batik, by the roll", "white_cotton_fabric"),),
    ),
    sme(
        29,
        "th",
        "ร้านอุปกรณ์ตัดเย็บ พาหุรัดพานิช",
        AGC,
        MID,
        "Bangkok",
        "pahurat.trims",
        offers=(
            ("พู่ทอง ระบายดิ้น ขอบชายธง", "trims_fringe_tassels"),
            ("ลูกไม้คอตตอน สีขาว", "lace_trim"),
            ("ด้ายเย็บผ้า โพลี 40/2 หลอดใหญ่", "sewing_thread"),
        ),
    ),
    sme(
        30,
        "en",
        "Sakura Embroidery Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "sakura.embroidery",
        offers=(
            ("Computerised embroidery on customer garments, 12-head machines", "embroidery_service"),
            ("Embroidered patches and woven badges", "embroidered_badges"),
        ),
        needs=(need("Madeira-type viscose threads for multi-head machines", "embroidery_thread"),),
    ),
    sme(
        31,
        "th",
        "ขอนแก่นสกรีน",
        CIRC,
        MID,
        "Khon Kaen",
        "kk.screen",
        offers=(
            ("รับสกรีนเสื้อ ลูกค้าส่งเสื้อมาเอง ขั้นต่ำ 30 ตัว", "garment_printing_service"),
            ("เสื้อยืดงานบุญ งานประเพณี สกรีนตามสั่ง", "festival_tshirts"),
        ),
        needs=(need("เสื้อยืดเปล่า คอกลม ยังไม่สกรีน", "blank_tshirts"),),
    ),
    sme(
        32,
        "en",
        "Mahachai Knit & Garment",
        CIRC,
        MID,
        "Samut Sakhon",
        "mahachai.knit",
        offers=(
            ("Blank cotton T-shirts, 32s single jersey, S-3XL", "blank_tshirts"),
            ("Cotton jersey offcuts, baled", "cotton_textile_waste"),
        ),
        needs=(need("32s cotton yarn for circular knitting", "cotton_yarn", "organic_cotton_yarn"),),
    ),
    sme(
        33,
        "th",
        "โรงทอผ้าขาว อ้อมน้อย",
        AGC,
        MID,
        "Nakhon Pathom",
        "omnoi.whitecloth",
        offers=(
            ("ผ้าขาว คอตตอน 100% ฟอกขาว หน้า 60 นิ้ว", "white_cotton_fabric"),
            ("ผ้าดิบ ฝ้ายล้วน หน้า 36 นิ้ว", "greige_cotton_cloth"),
        ),
        needs=(need("ด้ายฝ้าย เบอร์ 20", "cotton_yarn", "organic_cotton_yarn"),),
    ),
    sme(
        34,
        "en",
        "Thai Poly Fabrics Co.",
        CIRC,
        MID,
        "Bangkok",
        "thaipoly",
        offers=(
            ("Knitted polyester flag fabric 110 g, white", "polyester_flag_fabric"),
            ("Flag fabric roll ends and seconds, by the kg", "polyester_textile_waste"),
        ),
        needs=(need("Continuous-filament PES yarn, 100-150 denier, no recycled content", "polyester_filament_yarn"),),
    ),
    sme(
        35,
        "th",
        "ผ้าฝ้ายทอมือ บ้านลวงเหนือ",
        HEMP,
        MID,
        "Chiang Mai",
        "luangnuea.cotton",
        offers=(
            ("ผ้าฝ้ายเมือง ทอมือ สีธรรมชาติ", "handwoven_cotton_undyed"),
            ("ผ้าฝ้ายย้อมครั่ง ย้อมมะเกลือ", "natural_dyed_cotton_fabric"),
        ),
        needs=(need("ฝ้ายพื้นเมือง ปั่นด้วยหลา", "handspun_cotton_yarn"), need("ครั่งดิบ", "lac_dye")),
        bcg=(BIO,),
    ),
    sme(
        36,
        "en",
        "Ubon Mudmee Cotton",
        AGI,
        MID,
        "Ubon Ratchathani",
        "ubon.mudmee",
        offers=(
            ("Handwoven mudmee cotton, bright chemical dyes", "handwoven_cotton_synthetic_dyed"),
            ("Pha khao ma loincloth, check weave", "pha_khao_ma"),
        ),
    ),
    sme(
        37,
        "th",
        "ร้านชุดขาวกินเจ ภูเก็ต",
        AGC,
        DOWN,
        "Phuket",
        "kinje.phuket",
        offers=(
            ("ชุดขาวกินเจ เสื้อ กางเกง ผ้าคอตตอน", "white_ritual_clothing"),
            ("ธงเจ สีเหลือง ตัวอักษรแดง", "vegetarian_festival_flags"),
        ),
        needs=(
            need("หาช่างตัดเย็บ ส่งผ้าไปให้ เย็บเสื้อกินเจ 500 ตัว", "cmt_sewing_service"),
            need("ผ้าฝ้ายขาว เนื้อแน่น ทำเสื้อกินเจ", "white_cotton_fabric"),
        ),
    ),
    sme(
        38,
        "en",
        "Phuket Old Town Shrine Festival Committee",
        AGC,
        DOWN,
        "Phuket",
        "oldtown.shrine",
        needs=(
            need("White festival clothing for 300 volunteers", "white_ritual_clothing"),
            need("Jae flags (yellow triangles with red lettering)", "vegetarian_festival_flags"),
            need("Embroidered altar frontals for the deities' tables", "chinese_altar_cloth"),
        ),
    ),
    sme(
        39,
        "th",
        "ร้านธงเจ ตรัง",
        AGC,
        DOWN,
        "Trang",
        "thongje.trang",
        offers=(("ธงกินเจ ผ้าต่วนเหลือง พิมพ์ตัวเจสีแดง", "vegetarian_festival_flags"),),
        needs=(
            need("ผ้าซาตินเหลือง ยกม้วน", "satin_fabric"),
            need("รับพิมพ์สกรีนลงผ้า ตามแบบของร้าน", "fabric_printing_service"),
        ),
    ),
    sme(
        40,
        "en",
        "Pak Nam Pho Dragon & Lion Works",
        SPORT,
        DOWN,
        "Nakhon Sawan",
        "paknampho.dragon",
        offers=(
            ("Southern-style lion dance costume, full set", "lion_dance_costume"),
            ("Golden dragon, 9 sections, with poles", "dragon_dance_set"),
            ("Repair and re-furring of old lion heads", "costume_repair_service"),
        ),
        needs=(
            need("Gold brocade and satin for dragon skins", "brocade_fabric", "satin_fabric"),
            need("paillettes by the kilo", "sequins_beads"),
        ),
    ),
    sme(
        41,
        "th",
        "คณะเชิดสิงโต ลูกมังกรเยาวราช",
        SPORT,
        DOWN,
        "Bangkok",
        "lukmangkorn.lion",
        offers=(("รับแสดงเชิดสิงโต งานตรุษจีน เปิดร้าน", "lion_dance_performance"),),
        needs=(
            need("ชุดสิงโตใหม่ แบบกวางตุ้ง 2 ตัว", "lion_dance_costume"),
            need("ซ่อมหัวสิงโต ขนหลุด สีลอก", "costume_repair_service"),
            need("สิงโตมือสอง สภาพดี ราคาไม่แพง", "used_lion_dance_costume"),
        ),
    ),
    sme(
        42,
        "en",
        "Yuletide Fabric Crafts",
        AGC,
        DOWN,
        "Samut Prakan",
        "yuletide.crafts",
        offers=(
            ("Felt Christmas stockings and tree skirts", "christmas_fabric_decor"),
            ("Fabric Christmas ornaments, red and gold", "christmas_fabric_decor"),
        ),
        needs=(
            need("Felt sheets 1-3 mm, red and green", "felt_fabric"),
            need("Gold fringe and tassel trims", "trims_fringe_tassels"),
        ),
    ),
    sme(
        43,
        "th",
        "คริสตจักรพระคุณ สันทราย",
        AGC,
        DOWN,
        "Chiang Mai",
        "phrakhun.church",
        needs=(
            need("ชุดร็อบคณะควายร์ สีม่วง 40 ชุด", "choir_robes"),
            need("ผ้าปูโต๊ะมหาสนิท สีขาว", "church_altar_linens"),
            need("ของประดับคริสต์มาส ทำจากผ้า", "christmas_fabric_decor"),
        ),
    ),
    sme(
        44,
        "en",
        "Graceful Vestments & Robes",
        AGC,
        DOWN,
        "Bangkok",
        "graceful.vestments",
        offers=(
            ("Choir robes, polyester satin, any colour, MOQ 20", "choir_robes"),
            ("Embroidered clergy stoles and chasubles", "clergy_vestments"),
            ("Altar cloths and purificators, white cotton", "church_altar_linens"),
        ),
        needs=(
            need("Satin in liturgical colours: purple, green, white, red", "satin_fabric"),
            need("Outsourced embroidery of crosses on our finished stoles", "embroidery_service"),
        ),
    ),
    sme(
        45,
        "th",
        "โรงเรียนคาทอลิกแสงอรุณ",
        AGC,
        DOWN,
        "Nonthaburi",
        "saengarun.school",
        needs=(
            need("เสื้อคลุมร้องเพลงในโบสถ์ สำหรับเด็ก ต้องได้ OEKO-TEX", "choir_robes", requires=(OEKO,)),
            need("เช่าชุดแฟนซีคริสต์มาส สำหรับละครเวทีปลายปี", "fancy_costume_hire"),
        ),
    ),
    sme(
        46,
        "en",
        "Sikh Sangat Seva Society",
        AGC,
        DOWN,
        "Bangkok",
        "sangat.seva",
        needs=(
            need("Dastar fabric (rubia voile), saffron and navy", "turban_cloth"),
            unmet(
                "Hand-embroidered rumala sahib sets",
                "finished rumalas: no one sells them; the embroiderers work only on the customer's cloth",
            ),
        ),
    ),
    sme(
        47,
        "th",
        "ร้านส่าหรี ลักษมี พาหุรัด",
        AGC,
        DOWN,
        "Bangkok",
        "lakshmi.sari",
        offers=(
            ("ส่าหรี ผ้าชีฟอง ปักเลื่อม", "saris"),
            ("ส่าหรีผ้าไหมไทย งานสั่งตัด", "saris"),
        ),
        needs=(
            need("ผ้าจอร์เจ็ท ผ้าชีฟอง หน้า 44", "georgette_chiffon_fabric"),
            need("ปักเลื่อม ปักมุก บนผ้าที่ร้านส่งไป", "embroidery_service"),
        ),
    ),
    sme(
        48,
        "en",
        "Silom Garland House",
        HEMP,
        DOWN,
        "Bangkok",
        "silom.garland",
        offers=(
            ("Marigold garlands with satin ribbon tails", "marigold_garlands"),
            ("Marigold and jasmine door toran on cloth backing", "marigold_garlands"),
        ),
        needs=(
            need("Fresh marigold heads, 50 kg daily", "marigold_flowers"),
            unmet(
                "Satin ribbon, 1 cm, on reels",
                "ribbon: no one in the set sells it; satin fabric by the roll is not ribbon",
            ),
        ),
    ),
    sme(
        49,
        "th",
        "ศาลพระแม่ ย่านสีลม",
        AGC,
        DOWN,
        "Bangkok",
        "saphramae",
        needs=(
            need("พวงมาลัยดาวเรือง ส่งทุกวันศุกร์", "marigold_garlands"),
            unmet("ผ้าห่มเทวรูป ผ้าแดงขลิบทอง", "finished deity wraps: no one sells them"),
        ),
    ),
    sme(
        50,
        "th",
        "ฮิญาบยะลา",
        CIRC,
        DOWN,
        "Yala",
        "hijab.yala",
        offers=(("ผ้าคลุมฮิญาบ ผ้าชีฟอง สีพื้น มีตราฮาลาล", "hijab_headscarves"),),
        needs=(need("ผ้าเนื้อบาง ชีฟองเกาหลี พับละ 30 หลา", "georgette_chiffon_fabric"),),
        certs=(HALAL,),
    ),
]

# ------------------------------------------------------------------ part 3: Muslim, Songkran, Loy Krathong, sport

PART_3: list[Sme] = [
    sme(
        51,
        "en",
        "Bukit Kopiah Craft",
        AGC,
        DOWN,
        "Narathiwat",
        "bukit.kopiah",
        offers=(
            ("Hand-crocheted white kopiah caps", "kopiah_caps"),
            ("Black velvet songkok", "kopiah_caps"),
        ),
        needs=(need("White cotton thread for crochet caps", "cotton_yarn", "organic_cotton_yarn"),),
    ),
    sme(
        52,
        "th",
        "มัสยิดนูรุลฮูดา ปัตตานี",
        AGC,
        DOWN,
        "Pattani",
        "nurulhuda.masjid",
        needs=(
            need("พรมละหมาด สำหรับมัสยิด 200 ผืน", "prayer_mats"),
            need("หมวกกะปิเยาะห์ แจกเด็กวันรายอ", "kopiah_caps"),
            need("ผ้าโสร่ง ผ้าปาเต๊ะ เป็นของขวัญรายอ", "sarong_pha_thung", "batik_fabric"),
        ),
    ),
    sme(
        53,
        "en",
        "Hat Yai Prayer Mats",
        CIRC,
        DOWN,
        "Songkhla",
        "hatyai.prayermats",
        offers=(
            ("Padded prayer mats with zip bag", "prayer_mats"),
            ("Travel sajadah made from rPET fabric", "prayer_mats"),
        ),
        needs=(
            need("Yarn spun from recycled bottles, must be GRS certified", "recycled_polyester_yarn", requires=(GRS,)),
        ),
        certs=(HALAL,),
        bcg=(CIRCULAR,),
    ),
    sme(
        54,
        "th",
        "ร้านเสื้อลายดอก กาดหลวง",
        AGC,
        DOWN,
        "Chiang Mai",
        "kadluang.flowershirt",
        offers=(
            ("เสื้อลายดอก สงกรานต์ ผ้าไหมอิตาลี", "songkran_flower_shirts"),
            ("เสื้อฮาวาย ขายส่ง โหลละ 900 บาท", "songkran_flower_shirts"),
        ),
        needs=(
            need("รับพิมพ์ลายดอกบนผ้าโพลีเอสเตอร์", "sublimation_printing_service", "fabric_printing_service"),
            need("รับตัดเย็บเสื้อเชิ้ต จำนวนมาก ใช้ผ้าของร้าน", "cmt_sewing_service"),
        ),
    ),
    sme(
        55,
        "en",
        "Golden Years Care Home Khon Kaen",
        AGI,
        DOWN,
        "Khon Kaen",
        "goldenyears.kk",
        needs=(
            need("Checked cotton loincloths as Songkran gifts for residents, 80 pieces", "pha_khao_ma"),
            need("Ready-made pha thung for elderly women, easy wrap", "sarong_pha_thung"),
            need("Easy-dress clothes for residents with limited mobility", "elderly_easy_wear"),
        ),
    ),
    sme(
        56,
        "th",
        "กลุ่มทอผ้าขาวม้า บ้านหนองแวง",
        AGI,
        DOWN,
        "Roi Et",
        "nongwaeng.weavers",
        offers=(
            ("ผ้าขาวม้า ทอมือ ลายตาราง OTOP ห้าดาว", "pha_khao_ma"),
            ("ผ้าซิ่นมัดหมี่ ผ้าถุงสำเร็จ", "sarong_pha_thung"),
        ),
        needs=(need("ด้ายฝ้ายเส้นยืน พร้อมทอ", "cotton_yarn", "organic_cotton_yarn"),),
        certs=(OTOP,),
    ),
    sme(
        57,
        "en",
        "Sukhothai Nopphamas Costume Rental",
        AGC,
        DOWN,
        "Sukhothai",
        "nopphamas.rental",
        offers=(("Thai costume hire for Loy Krathong pageants", "thai_costume_hire"),),
        needs=(
            need("New Thai pageant dresses in silk or brocade, sizes S-XL", "thai_traditional_costumes"),
            need("Sequin and bead embroidery on our own dresses", "embroidery_service"),
        ),
    ),
    sme(
        58,
        "th",
        "ห้องเสื้อชุดไทย บ้านพิมพ์ไทย",
        AGC,
        DOWN,
        "Bangkok",
        "banpimthai",
        offers=(
            ("ชุดไทยจักรี ชุดไทยบรมพิมาน ตัดสำเร็จ", "thai_traditional_costumes"),
            ("ตัดชุดนางนพมาศ ตามสั่ง", "thai_traditional_costumes"),
        ),
        needs=(
            need("ผ้าไหมไทย ต้องมีตรานกยูงพระราชทาน", "thai_silk_fabric", requires=(PEACOCK,)),
            need("ผ้าลายทอง ทอยกดอก", "brocade_fabric"),
        ),
    ),
    sme(
        59,
        "th",
        "หจก. ล้านนาพาเหรด",
        CIRC,
        DOWN,
        "Chiang Mai",
        "lanna.parade",
        offers=(("รับจัดรถบุปผชาติ งานสงกรานต์ งานไม้ดอก", "float_decoration_service"),),
        needs=(
            need("ธงสามเหลี่ยมร้อยเชือก รวม 500 เมตร", "bunting"),
            need("ผ้าออแกนซ่า ผ้าตาข่ายทูล ยกม้วน", "organza_tulle_fabric"),
            need("เศษผ้ามันวาว จากร้านตัดชุด ราคาถูก", "satin_brocade_offcuts"),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        60,
        "th",
        "ร้านธงราว โคราช",
        AGC,
        DOWN,
        "Korat",
        "thongraw.korat",
        offers=(("ธงราว ธงสี ธงงานวัด", "bunting"),),
        needs=(need("ผ้าร่ม หลายสี ยกพับ", "polyester_flag_fabric"),),
    ),
    sme(
        61,
        "en",
        "Chao Phraya Dragon Boat Club",
        SPORT,
        DOWN,
        "Nonthaburi",
        "cpdragonboat",
        needs=(
            need("Quick-dry racing jerseys, sublimated, 22 pieces", "team_sport_jerseys"),
            unmet("Paddle grip tape?", "grip tape: no one in the set makes it"),
        ),
    ),
    sme(
        62,
        "th",
        "บริษัท สปอร์ตไลน์ ชลบุรี จำกัด",
        SPORT,
        DOWN,
        "Chonburi",
        "sportline",
        offers=(
            ("เสื้อกีฬาทีมเรือยาว พิมพ์ซับลิเมชั่น", "team_sport_jerseys"),
            ("เสื้อวิ่ง งานวิ่งเทศกาล ขั้นต่ำ 300 ตัว", "running_event_shirts"),
        ),
        needs=(
            need("ผ้าไมโครโพลี dri-fit", "polyester_sport_fabric"),
            need("รับพิมพ์ซับลิเมชั่น", "sublimation_printing_service"),
        ),
        certs=(ISO9001,),
    ),
    sme(
        63,
        "en",
        "Andaman Run Events",
        SPORT,
        DOWN,
        "Phuket",
        "andaman.run",
        needs=(
            need(
                "2,000 white running shirts for the Vegetarian Festival fun run, ISO 9001 factory only",
                "running_event_shirts",
                requires=(ISO9001,),
            ),
            unmet("Printed medal ribbons (lanyards)", "lanyards: no one in the set makes them"),
        ),
    ),
    sme(
        64,
        "th",
        "ถุงผ้าครามบางกอก",
        CIRC,
        DOWN,
        "Bangkok",
        "khrambag",
        offers=(("ถุงผ้าฝ้ายทอมือ ย้อมคราม", "cloth_bags"),),
        needs=(need("ผ้าฝ้ายย้อมคราม ซื้อเป็นหลา", "indigo_dyed_cotton_fabric"),),
    ),
    sme(
        65,
        "th",
        "บริษัท สักหลาดรีไซเคิล จำกัด",
        CIRC,
        MID,
        "Samut Prakan",
        "feltrecycle",
        offers=(("สักหลาด จากขวด PET รีไซเคิล หนา 1-3 มม.", "felt_fabric"),),
        needs=(need("เส้นใยโพลีเอสเตอร์รีไซเคิล ตัดสั้น", "recycled_polyester_fibre"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        66,
        "th",
        "ร้านตัดชุดคลุม สุขใจ",
        AGC,
        DOWN,
        "Nonthaburi",
        "sukjai.robes",
        offers=(("ชุดคลุมคณะนักร้องประสานเสียง ผ้าผ่าน OEKO-TEX", "choir_robes"),),
        needs=(need("ผ้าซาตินเงา สีม่วง สีแดง", "satin_fabric"),),
        certs=(OEKO,),
    ),
    sme(
        67,
        "en",
        "Dragon Gate Chinese Shrine Foundation",
        AGC,
        DOWN,
        "Bangkok",
        "dragongate",
        needs=(
            need("Red cotton cloth for wrapping pillars and tying at the shrine gate", "red_dyed_cloth"),
            need("Lion dance troupe for the Chinese New Year opening", "lion_dance_performance"),
            need("Fabric lanterns and red greeting banners", "cny_fabric_decor"),
        ),
    ),
    sme(
        68,
        "th",
        "ร้านของตกแต่งตรุษจีน ทรงวาด",
        AGC,
        DOWN,
        "Bangkok",
        "songwat.cny",
        offers=(("โคมผ้าแดง ตุ้ยเลี้ยงผ้า ป้ายอวยพรตรุษจีน", "cny_fabric_decor"),),
        needs=(need("ผ้าฝ้ายสีแดงสด ยกพับ", "red_dyed_cloth"), need("ภู่ห้อยโคม สีแดง สีทอง", "trims_fringe_tassels")),
    ),
    sme(
        69,
        "en",
        "Mahachai Lion Dance Association",
        SPORT,
        DOWN,
        "Samut Sakhon",
        "mahachai.lion",
        offers=(("Retired lion dance set, used, good condition", "used_lion_dance_costume"),),
    ),
    sme(
        70,
        "th",
        "ร้านเช่าชุดแปดริ้ว",
        AGC,
        DOWN,
        "Chachoengsao",
        "paetriu.rental",
        offers=(
            ("ให้เช่าชุดไทย ชุดนางรำ", "thai_costume_hire"),
            ("ชุดซานตาคลอส ชุดแฟนซี ให้เช่า", "fancy_costume_hire"),
        ),
        needs=(
            need("คอสตูมปาร์ตี้ เด็กและผู้ใหญ่ ของเก่าสภาพดี ขายถูก", "used_costumes"),
            unmet("รับซักแห้งชุดเช่า", "dry cleaning: no one in the set offers it"),
        ),
    ),
    sme(
        71,
        "en",
        "Udon Easy Wear for Seniors",
        AGI,
        DOWN,
        "Udon Thani",
        "udon.easywear",
        offers=(
            ("Elderly-friendly loose cotton clothes, velcro fastening", "elderly_easy_wear"),
            ("White merit-making outfits for seniors", "white_ritual_clothing"),
        ),
        needs=(
            need(
                "Handwoven cotton for seniors' shirts, no synthetic dyes",
                "handwoven_cotton_undyed",
                "natural_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
            unmet("Hook-and-loop tape, 2 cm, by the roll", "hook-and-loop tape: no one in the set sells it"),
        ),
    ),
    sme(
        72,
        "th",
        "ร้านของขวัญสงกรานต์ผู้สูงวัย หนองคาย",
        AGI,
        DOWN,
        "Nong Khai",
        "songkran.gift",
        offers=(("ชุดของขวัญรดน้ำดำหัว ผ้าขาวม้า ผ้าถุง", "songkran_gift_sets"),),
        needs=(
            need("ผ้าเคียนเอว ต้องเป็นสินค้า OTOP", "pha_khao_ma", requires=(OTOP,)),
            need("ผ้านุ่งผู้หญิง เย็บเป็นถุงแล้ว ใส่ง่าย", "sarong_pha_thung"),
        ),
    ),
    sme(
        73,
        "en",
        "Pak Kret Festival Events Co.",
        AGC,
        DOWN,
        "Nonthaburi",
        "pakkret.events",
        needs=(
            need("Thai national flags to TIS standard, 200 pcs", "printed_flags", requires=(TIS,)),
            need("Songkran gift sets for elderly guests", "songkran_gift_sets"),
            unmet(
                "Loy Krathong stage backdrop, printed cloth 6 x 3 m", "printed backdrops: no one in the set makes them"
            ),
        ),
    ),
    sme(
        74,
        "th",
        "กระเป๋ากัญชงเชียงใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hempbag.cm",
        offers=(("กระเป๋าผ้ากัญชง ย้อมคราม", "cloth_bags"),),
        needs=(
            need("ส่งกระเป๋าผ้าดิบไปจุ่มหม้อห้อม ที่ไหนรับบ้าง", "indigo_dyeing_service"),
            need("ผ้าทอกัญชง", "hemp_fabric"),
            unmet(
                "ด้ายกัญชง ต้องได้ GOTS",
                "GOTS hemp yarn: the only hemp spinner holds no GOTS certificate",
                "hemp_yarn",
                requires=(GOTS,),
            ),
        ),
        bcg=(BIO,),
    ),
    sme(
        75,
        "en",
        "Tak Hmong Hemp Weaving",
        HEMP,
        MID,
        "Tak",
        "tak.hemp",
        offers=(("Handwoven hemp cloth, batik resist, 40 cm widths", "hemp_fabric"),),
        needs=(
            need("Hand-stripped hemp fibre", "hemp_fibre"),
            unmet("Beeswax for batik resist", "beeswax: no one in the set sells it"),
        ),
        bcg=(BIO,),
    ),
]

# ------------------------------------------------------------------ part 4: Chinese, Indian, Christmas, white clothes

PART_4: list[Sme] = [
    sme(
        76,
        "th",
        "ร้านกี่เพ้า ซิ่วเอ็ง เยาวราช",
        AGC,
        DOWN,
        "Bangkok",
        "siueng.qipao",
        offers=(("ชุดกี่เพ้า ผ้าแพรจีน ใส่รับตรุษจีน", "qipao_dresses"),),
        needs=(
            need("ผ้าไหมไทยสีแดง ไม่ต้องมีตรานกยูง", "thai_silk_fabric", waives=(PEACOCK,)),
            unmet("กระดุมจีน แบบผูกปม ทำมือ", "Chinese frog buttons: no one in the set makes them"),
        ),
    ),
    sme(
        77,
        "en",
        "Siam Festive Retail Co., Ltd.",
        AGC,
        DOWN,
        "Bangkok",
        "buying.siamfestive",
        needs=(
            need("Cheongsam dresses for Chinese New Year, sizes S-XL", "qipao_dresses"),
            need("Hawaiian-print Songkran shirts, 3,000 pcs", "songkran_flower_shirts"),
        ),
    ),
    sme(
        78,
        "th",
        "โรงงานเสื้อสงกรานต์ โบ๊เบ๊",
        CIRC,
        DOWN,
        "Bangkok",
        "bobae.songkran",
        offers=(
            ("เสื้อสงกรานต์ ลายดอก ผ้าสปัน แพ็คโหล", "songkran_flower_shirts"),
            ("เศษผ้าสปันพิมพ์ลาย จากห้องตัด", "rayon_textile_waste"),
        ),
        needs=(need("ผ้าสปันพิมพ์ลายดอก ยกม้วน", "printed_rayon_fabric"),),
    ),
    sme(
        79,
        "en",
        "Mahachai Printed Textiles",
        CIRC,
        MID,
        "Samut Sakhon",
        "mahachai.print",
        offers=(
            ("Printed rayon challis, tropical florals, 58 in", "printed_rayon_fabric"),
            ("Rotary screen printing on customers' own fabric", "fabric_printing_service"),
        ),
        needs=(need("Greige woven cloth for printing, 5,000 m per month", "greige_cotton_cloth"),),
    ),
    sme(
        80,
        "th",
        "กระทงผ้ารักษ์โลก",
        CIRC,
        DOWN,
        "Sukhothai",
        "krathongpha",
        offers=(("กระทงผ้า ทำจากเศษผ้า ใช้ซ้ำได้ทุกปี", "fabric_krathong"),),
        needs=(need("ผ้าซาตินเหลือใช้ ชิ้นเล็กชิ้นน้อย", "satin_brocade_offcuts"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        81,
        "en",
        "Riverside Heritage Hotel",
        AGC,
        DOWN,
        "Ayutthaya",
        "events.riversideheritage",
        needs=(
            need("Reusable cloth krathongs for guests, 500", "fabric_krathong"),
            need("Traditional costume rental for staff on Loy Krathong night", "thai_costume_hire"),
        ),
    ),
    sme(
        82,
        "th",
        "โรงงานชุดการแสดง นาฏศิลป์ศรีอยุธยา",
        CIRC,
        DOWN,
        "Ayutthaya",
        "natasin.costume",
        offers=(
            ("ชุดรำไทย ชุดการแสดง ตัดตามสั่ง", "thai_dance_costumes"),
            ("เศษผ้าต่วน ผ้ายก จากการตัดชุด ขายเป็นกิโล", "satin_brocade_offcuts"),
        ),
        needs=(need("เลื่อม ลูกปัด กากเพชร", "sequins_beads"),),
    ),
    sme(
        83,
        "en",
        "Satun Raya Fashion",
        AGC,
        DOWN,
        "Satun",
        "satun.raya",
        offers=(("Baju kurung and baju melayu sets for Hari Raya", "raya_clothing"),),
        needs=(
            need("Songket-style brocade for Raya outfits", "brocade_fabric"),
            need("Chiffon hijabs, Halal certified", "hijab_headscarves", requires=(HALAL,)),
        ),
    ),
    sme(
        84,
        "th",
        "โรงเรียนปอเนาะดารุลอามาน",
        AGC,
        DOWN,
        "Narathiwat",
        "darulaman.school",
        needs=(
            need("ชุดรายอ สำหรับนักเรียน", "raya_clothing"),
            need("ผ้าคลุมผม สำหรับนักเรียนหญิง", "hijab_headscarves"),
            unmet("ผ้าม่านกั้นห้องละหมาด", "prayer-hall curtains: no one in the set makes them"),
        ),
    ),
    sme(
        85,
        "en",
        "Thai-Indian Navaratri Committee",
        AGC,
        DOWN,
        "Bangkok",
        "navaratri.bkk",
        needs=(
            need("Saris for the garba dance troupe", "saris"),
            need("Genda phool malas for the pandal", "marigold_garlands"),
            unmet("Mirror-work ghagra choli for children", "ghagra cholis: no one in the set makes them"),
        ),
    ),
    sme(
        86,
        "th",
        "ร้านผ้าโพกหัว สิงห์ พาหุรัด",
        AGC,
        DOWN,
        "Bangkok",
        "singh.turban",
        offers=(("ผ้าโพกศีรษะ ผ้าวอยล์ ยาว 5 เมตร", "turban_cloth"),),
        needs=(need("หาคนรับย้อมผ้าวอยล์ของร้าน เป็นสีเหลืองหญ้าฝรั่น", "cloth_dyeing_service"),),
    ),
    sme(
        87,
        "en",
        "Mall Christmas Display Services",
        AGC,
        DOWN,
        "Bangkok",
        "xmas.display",
        needs=(
            need("Who makes giant Santa socks and tree-base covers?", "christmas_fabric_decor"),
            unmet(
                "Fairtrade certified fabric ornaments",
                "Fairtrade Christmas decor: the decor makers hold no Fairtrade certificate",
                "christmas_fabric_decor",
                requires=(FAIRTRADE,),
            ),
        ),
    ),
    sme(
        88,
        "th",
        "ร้านของตกแต่งคริสต์มาส ลำพูน",
        AGC,
        DOWN,
        "Lamphun",
        "lamphun.xmas",
        offers=(("ถุงเท้าซานต้า ผ้าสักหลาด ตุ๊กตาผ้า", "christmas_fabric_decor"),),
        needs=(
            need("แผ่นเฟลท์ สีแดง สีเขียว", "felt_fabric"),
            unmet("ผ้ากำมะหยี่แดง ยกม้วน", "velvet fabric: no one in the set sells it"),
        ),
    ),
    sme(
        89,
        "th",
        "สถานดูแลผู้สูงอายุ บ้านสุขใจ อุดร",
        AGI,
        DOWN,
        "Udon Thani",
        "baansukjai.udon",
        needs=(
            need("ชุดของฝากวันผู้สูงอายุ 13 เมษา ชุดละไม่เกิน 300 บาท", "songkran_gift_sets"),
            unmet("ผ้าอ้อมผู้ใหญ่ แบบซักได้", "washable adult diapers: no one in the set makes them"),
        ),
    ),
    sme(
        90,
        "th",
        "สมาคมเทศกาลกินเจ เยาวราช",
        AGC,
        DOWN,
        "Bangkok",
        "yaowarat.jay",
        needs=(
            need("ธงเหลืองอักษรแดง ติดร้านอาหาร ช่วงถือศีลกินผัก 2,000 ผืน", "vegetarian_festival_flags"),
            need("เสื้อทีมงานเทศกาล พิมพ์โลโก้ 500 ตัว", "festival_tshirts"),
            need("มีผ้าฝ้ายขาวอยู่แล้ว ใครรับย้อมเป็นสีแดงบ้าง", "cloth_dyeing_service"),
        ),
    ),
    sme(
        91,
        "th",
        "ชมรมขบวนแห่สงกรานต์ เชียงใหม่",
        AGC,
        DOWN,
        "Chiang Mai",
        "songkran.parade",
        needs=(
            need("ตกแต่งรถขบวนแห่", "float_decoration_service"),
            need("ธงทิว ประดับถนน ไม่จำเป็นต้องมี มอก.", "bunting", waives=(TIS,)),
            unmet("ผ้าคลุมช้าง ปักดิ้น สำหรับขบวนแห่", "elephant caparisons: no one in the set makes them"),
        ),
    ),
    sme(
        92,
        "th",
        "โรงงานชุดขาว ธรรมะ",
        AGC,
        DOWN,
        "Nakhon Pathom",
        "dhamma.white",
        offers=(
            ("ชุดขาวปฏิบัติธรรม ชุดขาวกินเจ ขายส่ง", "white_ritual_clothing"),
            ("เศษผ้าขาว คอตตอน จากห้องตัด", "cotton_textile_waste"),
        ),
        needs=(need("ผ้าป๊อปลินขาว ยกม้วน ไม่ต้องมีโอเคเทกซ์", "white_cotton_fabric", waives=(OEKO,)),),
    ),
    sme(
        93,
        "en",
        "Hat Yai Vegetarian Festival Association",
        AGC,
        DOWN,
        "Songkhla",
        "hatyai.jay",
        needs=(
            need("All-white outfits for devotees, OEKO-TEX nice to have", "white_ritual_clothing", waives=(OEKO,)),
            need("Lion dance team for the opening night", "lion_dance_performance"),
        ),
    ),
    sme(
        94,
        "th",
        "ร้านรับย้อมผ้า ขอนแก่น",
        AGI,
        MID,
        "Khon Kaen",
        "kk.dyeing",
        offers=(
            ("รับย้อมผ้าไหม ผ้าฝ้าย ตามสีที่ลูกค้าต้องการ", "cloth_dyeing_service"),
            ("รับย้อมครามให้ผ้าของลูกค้า", "indigo_dyeing_service"),
        ),
        needs=(need("เนื้อครามหมัก", "indigo_dye_paste"),),
    ),
    sme(
        95,
        "th",
        "กระเป๋าผ้าออร์แกนิก บ้านฝ้าย",
        HEMP,
        DOWN,
        "Phrae",
        "banfai.organic",
        offers=(("ถุงผ้าฝ้ายออร์แกนิก พิมพ์ลาย", "cloth_bags"),),
        needs=(need("ด้ายฝ้ายออร์แกนิก ต้องมี GOTS", "organic_cotton_yarn", requires=(GOTS,)),),
        bcg=(GREEN,),
    ),
]

SMES: list[Sme] = PART_1 + PART_2 + PART_3 + PART_4


# ------------------------------------------------------------------ links


def _certs(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certifications)


def qualifies(supplier: Sme, n: Need) -> bool:
    """The supplier offers something the need lists and holds every certification it requires."""
    offered = {label for _, label in supplier.offers}
    return bool(offered & set(n.labels)) and set(n.requires) <= _certs(supplier)


def suppliers_of(n: Need, buyer: Sme, smes: list[Sme]) -> list[Sme]:
    return [s for s in smes if s.id != buyer.id and qualifies(s, n)]


def links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (s.id, buyer.id) for buyer in smes for n in buyer.needs if not n.unmet for s in suppliers_of(n, buyer, smes)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")
_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _thai_share(text: str) -> float:
    thai = len(_THAI_CHAR.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def _mentions(text: str, certification: str) -> bool:
    """Whether the text names the certification at all (claimed, required or waived)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == certification:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in names)
    return False


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(ids) != len(set(ids)):
        errors.append(f"duplicate ids: {sorted(i for i, k in Counter(ids).items() if k > 1)}")
    expected = [f"{ID_PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]
    if sorted(ids) != expected:
        errors.append(f"ids are not {expected[0]} ... {expected[-1]}: missing {sorted(set(expected) - set(ids))}")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)

    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {c.value for c in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        for b in s.bcg:
            if b not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg {b!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        for c in s.certifications:
            if resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: a phrase is repeated")
        for phrase in phrases:
            if phrase != phrase.strip() or "  " in phrase or not phrase:
                errors.append(f"{where}: stray spaces in {phrase!r}")
            if s.language == "th" and _thai_share(phrase) < 0.6:
                errors.append(f"{where}: Thai profile, phrase not mostly Thai: {phrase!r}")
            if s.language == "en" and not (phrase.isascii() and phrase.isprintable()):
                errors.append(f"{where}: English profile, phrase not plain Latin: {phrase!r}")
        for text, _ in s.offers:
            claimed = find_certifications(text)
            if not claimed <= _certs(s):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - _certs(s))} the SME does not hold")
        for n in s.needs:
            found = find_certifications(n.text)
            if found != set(n.requires):
                errors.append(f"{where}: need {n.text!r} asks for {sorted(found)}, labelled {sorted(n.requires)}")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: need {n.text!r}: {c!r} is not a canonical certification")
            for c in n.waives:
                if not _mentions(n.text, c) or c in found:
                    errors.append(f"{where}: need {n.text!r} does not name {c!r} only to waive it")
            if not n.unmet and not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no labels and is not marked unmet")
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{where}: need {n.text!r} lists {label!r}, which no one else offers")
            qualified = suppliers_of(n, s, smes)
            if n.unmet and qualified:
                errors.append(f"{where}: unmet need {n.text!r} is met by {[q.id for q in qualified]}")
            if not n.unmet and not qualified:
                errors.append(f"{where}: need {n.text!r} has no qualified supplier")
    return errors


def check_sizes(smes: list[Sme], pairs: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    thai = sum(s.language == "th" for s in smes) / max(1, len(smes))
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE_RANGE}")
    if not LINKS_RANGE[0] <= len(pairs) <= LINKS_RANGE[1]:
        errors.append(f"{len(pairs)} links outside {LINKS_RANGE}")
    lang = {s.id: s.language for s in smes}
    cross = sum(lang[a] != lang[b] for a, b in pairs) / max(1, len(pairs))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    needs = [(s, n) for s in smes for n in s.needs]
    n_unmet = sum(bool(n.unmet) for _, n in needs)
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        errors.append(f"{n_unmet} needs met by no one, outside {UNMET_RANGE}")
    met = [len(suppliers_of(n, s, smes)) for s, n in needs if not n.unmet]
    few = sum(1 <= k <= 3 for k in met)
    if met and few / len(met) < 0.7:
        errors.append(f"only {few} of {len(met)} met needs have 1-3 suppliers")
    if met and max(met) < 4:
        errors.append("no need is met by more than 3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(pairs: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(pairs)
    return buffer.getvalue()


def counts(smes: list[Sme], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    lang = {s.id: s.language for s in smes}
    th_en = sum(lang[a] == "th" and lang[b] == "en" for a, b in pairs)
    en_th = sum(lang[a] == "en" and lang[b] == "th" for a, b in pairs)
    cross = th_en + en_th
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    provinces = {resolve_province(s.province).name_en for s in smes}  # type: ignore[union-attr]
    supplier_counts = Counter(len(suppliers_of(n, s, smes)) for s, n in met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{sum(lang[i] == 'th' for i in lang)} / {sum(lang[i] == 'en' for i in lang)}"),
    ]
    sub = Counter(s.sub_cluster for s in smes)
    rows += [(f"sub-cluster `{c.value}`", str(sub[c.value])) for c in SubCluster]
    stage = Counter(s.stage for s in smes)
    rows += [(f"stage `{c.value}`", str(stage[c.value])) for c in Stage]
    rows += [(f"region `{r}`", str(k)) for r, k in sorted(regions.items())]
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs by number of qualified suppliers",
            ", ".join(f"{k}: {v}" for k, v in sorted(supplier_counts.items())),
        ),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(pairs))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(1, len(pairs)):.0%})"),
        ("within-language links", str(len(pairs) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in pairs)),
        ),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# Evaluation set `blind_plain_festivals`

A hand-labelled test set for the matchmaker: {profiles} SME profiles and their true supplier-buyer links,
written in plain registry style (one short phrase per offer or need), about festivals and faith communities
beyond the Buddhist temple: the Chinese-Thai Vegetarian Festival, Chinese New Year and shrines, churches and
Christian schools, Hindu and Sikh communities, Muslim festivals, Songkran and Loy Krathong, parades, flags and
bunting, embroidery and sequin work, costume hire, and the ordinary upstream and midstream suppliers of cotton,
silk, hemp, yarn, cloth, dyeing, sewing and textile waste.

## What it checks

Whether the matcher finds the true supplier-buyer pairs from wording it has never seen: local and trade names
(Isan, northern and southern words, Sampheng trade words, abbreviations, brand-like names), quantities, prices
and places; needs worded differently from the offers that meet them, often in the other language (about half
of the links cross Thai and English); and hard but fair cases:

- a service versus the goods it works on (dyeing the customer's cloth versus dyed cloth, sewing for others
  versus finished garments, embroidery on the customer's goods versus embroidered goods, repair of a lion
  head versus a new one);
- waste and used goods versus new (off-cuts, second-hand costumes, a retired lion dance set);
- raw versus processed (cocoons, silk yarn, silk cloth; lint, yarn, cloth, garments; hemp fibre, yarn, cloth);
- finished goods described by their material, colour or technique (an indigo cotton bag is a bag);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no recycled content", "no used
  clothing", "no synthetic dyes");
- needs that require a named certification (a supplier without it does not qualify) and needs that name one
  only to waive it;
- needs that no one in the set meets, some with near misses (the right goods without the required
  certification).

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links CSV), the shared
taxonomy (`shared/taxonomy.py` and its data files) and the ruff settings; not the matcher, its glossary, its
tests or any other evaluation set. All data lives in `write.py`, which checks it and writes the files below.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `cloth_bags` versus either). Every need either
lists the offer labels that would meet it and the certifications its text requires, or is marked as met by
no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places never
decide a link; what changes what the thing is does. A waived certification is not required. The labels live
only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster, stage
and BCG values from the taxonomy, every province resolves with `resolve_province`, every certification with
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every met need
has a qualified supplier and every unmet one has none; the certifications a need's text asks for are exactly
the ones it requires, and a waived one is named in the text without being asked for; Thai phrases mostly Thai
letters and English ones plain Latin; and the size targets. It writes nothing if a check fails.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_festivals/write.py

Two runs give identical bytes.

## Files

- `write.py`: the data (profiles, offer labels, need labels) and the checks; writes the other three files.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1, ids `{first}` ... `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    smes = sorted(SMES, key=lambda s: s.id)
    pairs = links(smes)
    errors = check(smes) + check_sizes(smes, pairs)
    rows = counts(smes, pairs)
    table = counts_table(rows)
    print(table, end="")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    readme = README.format(profiles=len(smes), first=smes[0].id, last=smes[-1].id, table=table)
    outputs = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": links_csv(pairs),
        "README.md": readme,
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"\nwrote {', '.join(outputs)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
