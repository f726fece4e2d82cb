"""Write the hand-labelled evaluation set `eval/blind_plain_umbrella/`.

Umbrellas and parasols in the Health and Wellness Economy textile cluster: Bo Sang saa-paper and
cotton umbrellas, bamboo ribs and handles, waterproof umbrella fabric, garden and temple parasols,
and the buyers of all of these, next to the ordinary fibre, yarn, cloth, dyeing and sewing trades.

All data is written by hand below. Every offer carries a label that says what the thing is; every
need lists the labels that would meet it and the certifications its text requires, or is marked as
met by no one. The labels never leave this script. Run from the repository root:

    .venv/bin/python eval/blind_plain_umbrella/write.py
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
    resolve_certification,
    resolve_province,
)

OUT_DIR = Path(__file__).resolve().parent
ID_PREFIX = "bub"
N_PROFILES = 95

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""  # non-empty: no one in the set meets this need

    @property
    def unmet(self) -> bool:
        return bool(self.unmet_note)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    """An offer: its text and what the thing is."""
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every certification in `req`."""
    return Need(text, labels, req, waive)


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say what would meet it."""
    return Need(text, labels, req, (), note)


# ------------------------------------------------------------------ the SMEs

# Part 1: the Bo Sang umbrella chain (bark, paper, bamboo, handles, oil) and cotton and indigo.
PART_1: tuple[Sme, ...] = (
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนปอสาบ้านนาตอง",
        HNF,
        UP,
        "Phrae",
        offers=(o("เปลือกปอสาตากแห้ง กิโลละ 45 บาท", "saa_bark_raw"),),
        bcg=("bio",),
    ),
    Sme(
        2,
        "th",
        "โรงกระดาษสาต้นเปา",
        HNF,
        MID,
        "Chiang Mai",
        offers=(
            o("กระดาษสาทำมือ แผ่น 60x90 ซม.", "saa_paper_sheet"),
            o("โคมกระดาษสา ทรงกลม ทรงรังไหม", "saa_paper_lantern"),
        ),
        needs=(
            n("ปอสาดิบ เดือนละ 1 ตัน", "saa_bark_raw"),
            n("วัตถุดิบสีธรรมชาติ ไว้ย้อมกระดาษ", "natural_dye_material"),
        ),
        bcg=("bio",),
    ),
    Sme(
        3,
        "en",
        "Lampang Mulberry Paper Co., Ltd.",
        HNF,
        MID,
        "Lampang",
        offers=(o("Mulberry paper 25 gsm, 500-sheet reams", "saa_paper_sheet"),),
        needs=(n("Paper mulberry bark (Broussonetia), dried, 5 t/month", "saa_bark_raw"),),
        certs=("FSC",),
        bcg=("bio", "green"),
    ),
    Sme(
        4,
        "th",
        "ร่มบ่อสร้างป้าศรีคำ",
        HNF,
        DOWN,
        "Chiang Mai",
        offers=(
            o("ร่มกระดาษสา เขียนลายดอกไม้ 20 นิ้ว", "saa_paper_umbrella"),
            o("ร่มผ้าฝ้าย กันแดด ทาน้ำมัน", "cotton_umbrella"),
        ),
        needs=(
            n("ซี่ไม้ไผ่ทำโครงจ้อง", "bamboo_umbrella_ribs"),
            n("น้ำมันตังอิ๊ว หรือ ยางตะโก", "umbrella_waterproofing_oil"),
            n("ผ้าฝ้ายบาง สีขาว ไว้ขึงร่ม", "cotton_grey_fabric"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        5,
        "en",
        "Borsang Heritage Umbrellas",
        HNF,
        DOWN,
        "Chiang Mai",
        offers=(
            o("Hand-painted paper parasols, 10 to 60 inch", "saa_paper_umbrella"),
            o("Painted mulberry-paper hand fans", "paper_fan"),
            o("We paint on your umbrella, bag or phone case", "umbrella_painting_service"),
        ),
        needs=(
            n("Bamboo umbrella skeletons, uncovered", "umbrella_frame_bamboo"),
            n("Carved wooden handles for parasols", "umbrella_wood_handle"),
        ),
    ),
    Sme(
        6,
        "th",
        "ลุงแก้วซี่ร่ม บ้านต้นเปา",
        HNF,
        MID,
        "Chiang Mai",
        offers=(
            o("ซี่ร่มไม้ไผ่ มัดละ 100 ซี่", "bamboo_umbrella_ribs"),
            o("โครงร่มไม้ไผ่ ยังไม่หุ้มกระดาษ", "umbrella_frame_bamboo"),
        ),
        needs=(n("ลำไผ่ตรง อายุ 3 ปีขึ้นไป", "bamboo_culm"),),
    ),
    Sme(
        7,
        "th",
        "สวนไผ่ดอยแม่สลอง",
        HNF,
        UP,
        "Chiang Rai",
        offers=(o("ไผ่ซางหม่น ตัดท่อนยาว 2 เมตร", "bamboo_culm"),),
        bcg=("bio", "green"),
    ),
    Sme(
        8,
        "en",
        "Prachin Bamboo Farm",
        HNF,
        UP,
        "Prachinburi",
        offers=(o("Borax-treated bamboo poles, 6 m lengths", "bamboo_culm"),),
        certs=("FSC",),
        bcg=("bio",),
    ),
    Sme(
        9,
        "th",
        "ด้ามร่มไม้สัก แม่ทะ",
        HNF,
        MID,
        "Lampang",
        offers=(o("ด้ามร่มไม้สักกลึงมือ ยาว 30 ซม.", "umbrella_wood_handle"),),
        needs=(x("ไม้สักเก่า จากบ้านรื้อ", "no one sells reclaimed teak timber", "reclaimed_teak"),),
    ),
    Sme(
        10,
        "en",
        "Ang Thong Woodturners",
        ALC,
        MID,
        "Ang Thong",
        offers=(o("J-hook cane handles, rubberwood, lacquered", "umbrella_wood_handle"),),
    ),
    Sme(
        11,
        "th",
        "ยางตะโกแม่ปราณี",
        HNF,
        UP,
        "Phrae",
        offers=(o("ยางตะโกหมัก ทาร่มกระดาษให้กันน้ำ", "umbrella_waterproofing_oil"),),
        bcg=("bio",),
    ),
    Sme(
        12,
        "en",
        "Lanna Natural Coatings",
        HNF,
        UP,
        "Chiang Mai",
        offers=(o("Cold-pressed tung oil, 20 L drum", "umbrella_waterproofing_oil"),),
        bcg=("bio",),
    ),
    Sme(
        13,
        "th",
        "กลุ่มฝ้ายอินทรีย์ด่านซ้าย",
        HNF,
        UP,
        "Loei",
        offers=(o("ฝ้ายปุย หีบเมล็ดแล้ว ปลอดสาร", "cotton_fibre_raw"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        14,
        "en",
        "Nan Hill Cotton Gin",
        HNF,
        UP,
        "Nan",
        offers=(o("Ginned upland cotton lint, 200 kg bales, THB 62/kg", "cotton_fibre_raw"),),
    ),
    Sme(
        15,
        "th",
        "บ้านฝ้ายเข็นมือจอมทอง",
        HNF,
        UP,
        "Chiang Mai",
        offers=(o("ฝ้ายเข็นมือ เส้นใหญ่ สีตุ่น", "cotton_yarn"),),
        needs=(n("ฝ้ายดอก ยังไม่ได้ปั่น ต้องได้มาตรฐานเกษตรอินทรีย์", "cotton_fibre_raw", req=("Organic Thailand",)),),
        bcg=("bio",),
    ),
    Sme(
        16,
        "en",
        "Siam Organic Spinning Co.",
        HNF,
        UP,
        "Samut Prakan",
        offers=(o("Ne 20/1 combed organic cotton yarn", "cotton_yarn"),),
        needs=(
            x(
                "GOTS-certified organic cotton lint",
                "the cotton growers in the set hold Organic Thailand, none GOTS",
                "cotton_fibre_raw",
                req=("GOTS",),
            ),
        ),
        certs=("GOTS", "OEKO-TEX Standard 100"),
    ),
    Sme(
        17,
        "th",
        "กลุ่มปลูกครามบ้านดอนกอย",
        HNF,
        UP,
        "Sakon Nakhon",
        offers=(o("เนื้อครามเปียก ถังละ 20 กิโล", "indigo_paste"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        18,
        "en",
        "Hom Indigo Growers Phrae",
        HNF,
        UP,
        "Phrae",
        offers=(o("Fermented Strobilanthes indigo paste", "indigo_paste"),),
        bcg=("bio",),
    ),
    Sme(
        19,
        "th",
        "ครามสกล ผ้าย้อมมือ",
        HNF,
        MID,
        "Sakon Nakhon",
        offers=(
            o("ผ้าฝ้ายย้อมคราม ทอมือ หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 ม.", "indigo_dyeing_service"),
        ),
        needs=(n("ครามก้อน ไว้ก่อหม้อ", "indigo_paste"), n("ด้ายฝ้ายดิบ เบอร์ 20", "cotton_yarn")),
        certs=("OTOP",),
    ),
    Sme(
        20,
        "en",
        "Phrae Mo Hom Dye House",
        HNF,
        MID,
        "Phrae",
        offers=(o("Vat indigo dyeing of customers' cloth and shirts", "indigo_dyeing_service"),),
        needs=(n("Vat-ready indigo, 50 kg a month", "indigo_paste"),),
    ),
    Sme(
        21,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหนองบัวดีหมี",
        ALI,
        MID,
        "Khon Kaen",
        offers=(o("ผ้าฝ้ายทอมือ ลายขิด หน้า 80 ซม.", "handwoven_cotton_fabric"),),
        needs=(n("ฝ้ายโรงงาน 20/2 สีขาว ไม่ต้องมี GOTS", "cotton_yarn", waive=("GOTS",)),),
    ),
    Sme(
        22,
        "en",
        "Doi Natural Dye Studio",
        HNF,
        MID,
        "Chiang Mai",
        offers=(o("Cotton cloth dyed with lac, ebony and mango leaf", "natural_dyed_cotton_fabric"),),
        needs=(
            n("Plain undyed cloth to dye, 150 cm wide", "cotton_grey_fabric"),
            n("Dried lac and ebony fruit", "natural_dye_material"),
        ),
        bcg=("bio", "green"),
    ),
    Sme(
        23,
        "th",
        "ครั่งและสีธรรมชาติ ป่าซาง",
        HNF,
        UP,
        "Lamphun",
        offers=(o("ครั่งดิบ เปลือกประดู่ ลูกมะเกลือแห้ง", "natural_dye_material"),),
        bcg=("bio",),
    ),
    Sme(
        24,
        "en",
        "Korat Grey Cloth Weaving",
        HNF,
        MID,
        "Nakhon Ratchasima",
        offers=(
            o("Greige cotton sheeting 60 in, machine woven", "cotton_grey_fabric"),
            o("10 oz cotton duck canvas", "cotton_canvas_fabric"),
        ),
        needs=(n("Ne 16 carded, 100% cotton, cones", "cotton_yarn"),),
    ),
)

# Part 2: coated and recycled fabric, frames, parasols, printing, sewing, waste, and the first buyers.
PART_2: tuple[Sme, ...] = (
    Sme(
        25,
        "th",
        "โรงทอผ้าดิบมหาชัย",
        HNF,
        MID,
        "Samut Sakhon",
        offers=(
            o("ผ้าดิบ ทอเครื่อง หน้า 36 นิ้ว พับละ 50 หลา", "cotton_grey_fabric"),
            o("ผ้าฝ้ายย้อมสีเคมี สีสด มี 40 สี", "synthetic_dyed_cotton_fabric"),
        ),
        needs=(n("ด้าย Cotton 100% เบอร์ 20 สีขาว", "cotton_yarn"),),
    ),
    Sme(
        26,
        "en",
        "Siam Coated Textiles Co., Ltd.",
        SPT,
        MID,
        "Samut Prakan",
        offers=(
            o("190T polyester pongee, PU coated, 58 in", "waterproof_umbrella_fabric"),
            o("PU and water-repellent coating on your fabric, MOQ 2,000 m", "waterproof_coating_service"),
        ),
        needs=(n("rPET filament 75D for pongee weaving", "recycled_polyester_yarn"),),
        certs=("bluesign", "Oeko-Tex 100"),
    ),
    Sme(
        27,
        "th",
        "ผ้าร่มเจริญกิจ",
        SPT,
        MID,
        "Samut Sakhon",
        offers=(o("ผ้าร่มไนล่อน 210T เคลือบกันน้ำ หลาละ 38 บาท", "waterproof_umbrella_fabric"),),
    ),
    Sme(
        28,
        "en",
        "Eastern Outdoor Fabrics",
        SPT,
        MID,
        "Chonburi",
        offers=(
            o("Solution-dyed acrylic canvas, UPF 50+, 47 in", "outdoor_acrylic_canvas"),
            o("Silver UV-block pongee for sun umbrellas", "waterproof_umbrella_fabric"),
        ),
        certs=("ISO 9001",),
    ),
    Sme(
        29,
        "th",
        "ระยองรีเท็กซ์",
        SPT,
        MID,
        "Rayong",
        offers=(o("ผ้าทอจากขวดพลาสติกรีไซเคิล เคลือบกันน้ำ", "recycled_polyester_fabric"),),
        needs=(n("เส้นด้าย rPET 150D", "recycled_polyester_yarn"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        30,
        "en",
        "GreenLoop Fibre",
        CT,
        UP,
        "Samut Prakan",
        offers=(o("Recycled polyester yarn from bottles, 150D/48F", "recycled_polyester_yarn"),),
        needs=(n("Bottle-grade flake, washed, for spinning", "pet_flakes"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        31,
        "th",
        "รับซื้อขวดพลาสติก ไทรน้อย",
        CT,
        UP,
        "Nonthaburi",
        offers=(o("ขวดเพ็ทใส อัดก้อน ขายเป็นตัน", "pet_bottles_baled"),),
        bcg=("circular",),
    ),
    Sme(
        32,
        "en",
        "FrameTech Umbrella Parts",
        SPT,
        MID,
        "Pathum Thani",
        offers=(
            o("Fibreglass ribs and steel shafts, 8 to 16 ribs", "umbrella_frame_metal"),
            o("Granite and cross-base parasol stands", "parasol_base"),
        ),
    ),
    Sme(
        33,
        "th",
        "โรงงานร่มบางพลี",
        SPT,
        DOWN,
        "Samut Prakan",
        offers=(
            o("ร่มพับ 3 ตอน ขายส่ง โหลละ 780 บาท", "hand_umbrella"),
            o("ร่มสกรีนโลโก้ ขั้นต่ำ 100 คัน", "promotional_logo_umbrella"),
            o("ร่มกอล์ฟ 30 นิ้ว ผ้าสองชั้น", "golf_umbrella"),
        ),
        needs=(
            n("ผ้าหลังคาร่ม กันน้ำ เป็นม้วน", "waterproof_umbrella_fabric", "recycled_polyester_fabric"),
            n("ก้านร่มเหล็ก 8 ซี่ พร้อมแกน", "umbrella_frame_metal"),
        ),
    ),
    Sme(
        34,
        "en",
        "BrollyPro Promotions",
        SPT,
        DOWN,
        "Bangkok",
        offers=(o("Branded umbrellas for banks and events", "promotional_logo_umbrella"),),
        needs=(
            n(
                "Canopy cloth with OEKO-TEX label",
                "waterproof_umbrella_fabric",
                "recycled_polyester_fabric",
                req=("OEKO-TEX Standard 100",),
            ),
            n("Auto-open frames, 23 in", "umbrella_frame_metal"),
        ),
    ),
    Sme(
        35,
        "th",
        "ร่มสนามบางแสน",
        SPT,
        DOWN,
        "Chonburi",
        offers=(
            o("ร่มสนาม 3x3 ม. เสากลาง", "garden_parasol"),
            o("รับซ่อมร่มสนาม เปลี่ยนผ้าใบใหม่", "umbrella_repair_service"),
        ),
        needs=(
            n("ผ้าใบอะคริลิก กันแดด สีไม่ซีด", "outdoor_acrylic_canvas"),
            n("แท่นหินแกรนิต ตั้งร่ม 40 กก.", "parasol_base"),
        ),
    ),
    Sme(
        36,
        "en",
        "Andaman Shade Co.",
        SPT,
        DOWN,
        "Phuket",
        offers=(
            o("Cantilever pool umbrellas, 3.5 m", "garden_parasol"),
            o("Re-covering and repair of hotel parasols", "umbrella_repair_service"),
        ),
        needs=(
            n("Sunbrella or equivalent", "outdoor_acrylic_canvas"),
            n("Canopy panel sewing, we supply the cloth", "sewing_service"),
        ),
    ),
    Sme(
        37,
        "th",
        "ร้านสกรีนร่ม ประตูน้ำ",
        SPT,
        MID,
        "Bangkok",
        offers=(o("รับสกรีนโลโก้ลงร่ม ลูกค้าส่งร่มมาเอง", "logo_printing_service"),),
    ),
    Sme(
        38,
        "en",
        "PrintDot Digital",
        SPT,
        MID,
        "Nonthaburi",
        offers=(o("Heat-transfer and digital print on umbrellas and flags", "logo_printing_service"),),
        needs=(x("Silk-screen mesh, 120 threads per cm", "no one sells screen-printing mesh", "screen_mesh"),),
    ),
    Sme(
        39,
        "th",
        "รับเย็บผ้าใบ พุทธมณฑล",
        CT,
        MID,
        "Nakhon Pathom",
        offers=(o("รับเย็บหลังคาร่ม ผ้าใบ ตามแบบลูกค้า", "sewing_service"),),
    ),
    Sme(
        40,
        "en",
        "Stitch Line CMT",
        ALC,
        MID,
        "Bangkok",
        offers=(o("Cut-make-trim for bags, aprons and canopies, from THB 35/pc", "sewing_service"),),
    ),
    Sme(
        41,
        "th",
        "รับซื้อร่มเก่า ร่มพัง บางซื่อ",
        CT,
        UP,
        "Bangkok",
        offers=(o("ร่มพัง ร่มเก่า คัดแล้ว ขายเหมากระสอบ", "used_umbrellas"),),
        bcg=("circular",),
    ),
    Sme(
        42,
        "en",
        "Rebrolly Upcycle",
        CT,
        DOWN,
        "Chiang Mai",
        offers=(o("Tote bags sewn from old umbrella canopies", "upcycled_umbrella_bag"),),
        needs=(
            n("Broken brollies, any brand, by the sack", "used_umbrellas"),
            n("Outsourced stitching of 500 totes", "sewing_service"),
        ),
        bcg=("circular",),
    ),
    Sme(
        43,
        "th",
        "เศษผ้าโรงงาน คละสี มหาชัย",
        CT,
        UP,
        "Samut Sakhon",
        offers=(o("เศษผ้าร่ม ผ้าใบ จากโรงตัด คละสี กิโลละ 8 บาท", "textile_offcuts"),),
        bcg=("circular",),
    ),
    Sme(
        44,
        "en",
        "Second Canopy Studio",
        CT,
        DOWN,
        "Bangkok",
        offers=(o("Pouches and laptop sleeves from reclaimed canopy cloth", "upcycled_umbrella_bag"),),
        needs=(
            n("Waterproof cutting waste, mixed colours", "textile_offcuts"),
            n("Old umbrellas and parasols for their fabric", "used_umbrellas"),
            x("Old hotel bed linen", "no one offers used linen", "used_linen"),
        ),
        bcg=("circular",),
    ),
    Sme(
        45,
        "en",
        "Kata Cove Resort",
        ALC,
        DOWN,
        "Phuket",
        offers=(o("20 retired pool parasols, free to collect", "used_umbrellas"),),
        needs=(
            n("Poolside parasols, 3 m, wind-resistant", "garden_parasol"),
            n("Someone to re-cover faded sunshades", "umbrella_repair_service"),
        ),
    ),
    Sme(
        46,
        "en",
        "FlakeWorks Recycling",
        CT,
        UP,
        "Chachoengsao",
        offers=(o("Hot-washed PET flakes, clear, 1 t bags", "pet_flakes"),),
        needs=(n("Post-consumer bottles in bales", "pet_bottles_baled"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        47,
        "th",
        "คาเฟ่บ้านสวน เอกมัย",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            n("ร่มกันแดดหน้าร้าน 2.7 ม.", "garden_parasol"),
            n("จ้องกระดาษสาแขวนเพดาน แต่งร้าน ไม่ต้องมีตรา OTOP ก็ได้", "saa_paper_umbrella", waive=("OTOP",)),
        ),
    ),
    Sme(
        48,
        "th",
        "ร้านสังฆภัณฑ์ เสาชิงช้า",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            n("กลดพระธุดงค์", "monk_umbrella_glot"),
            n("ฉัตร 5 ชั้น", "temple_parasol"),
            x("มุ้งกลด", "no one makes the mosquito net hung from a glot", "mosquito_net"),
        ),
    ),
)

# Part 3: temple and monk umbrellas, souvenirs, events, care homes, hotels, painting, hemp.
PART_3: tuple[Sme, ...] = (
    Sme(
        49,
        "th",
        "ฉัตรทองอยุธยา",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        offers=(
            o("ฉัตรผ้าตาดทอง 3 5 7 ชั้น", "temple_parasol"),
            o("ร่มกลด ผ้าดิบ คันไม้ไผ่", "monk_umbrella_glot"),
        ),
        needs=(
            x("ทองคำเปลว", "no one sells gold leaf", "gold_leaf"),
            n("ผ้าขาว ไม่ฟอก หุ้มกลด", "cotton_grey_fabric"),
        ),
    ),
    Sme(
        50,
        "en",
        "Sao Chingcha Ceremonial Umbrellas",
        ALC,
        DOWN,
        "Bangkok",
        offers=(o("Tiered ceremonial umbrellas for temples and ordinations", "temple_parasol"),),
        needs=(n("Thick cotton cloth for the umbrella tops", "cotton_canvas_fabric"),),
    ),
    Sme(
        51,
        "th",
        "ร้านของฝากอุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        needs=(n("ย่ามผ้าคราม", "indigo_cloth_bag"), n("ร่มอันเล็กๆ ของฝากนักท่องเที่ยว", "mini_umbrella_souvenir")),
    ),
    Sme(
        52,
        "th",
        "กระเป๋าผ้าครามพรรณา",
        ALI,
        DOWN,
        "Sakon Nakhon",
        offers=(o("กระเป๋าสะพาย ผ้าฝ้ายย้อมครามทอมือ", "indigo_cloth_bag"),),
        needs=(
            n("ผ้าคราม เป็นพับ ทอมือ", "indigo_dyed_cotton_fabric"),
            x("ซิปทองเหลือง", "no one sells zips or bag trims", "brass_zip"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        53,
        "en",
        "Night Bazaar Souvenir House",
        HNF,
        DOWN,
        "Chiang Mai",
        needs=(
            n("Miniature parasols, fridge-magnet size", "mini_umbrella_souvenir"),
            n("Elephant-motif fans of saa paper", "paper_fan"),
            n(
                "Bo Sang umbrellas, OTOP label required",
                "saa_paper_umbrella",
                "cotton_umbrella",
                req=("OTOP",),
            ),
        ),
    ),
    Sme(
        54,
        "th",
        "ร่มจิ๋วสันกำแพง",
        HNF,
        DOWN,
        "Chiang Mai",
        offers=(
            o("ร่มจิ๋ว 4 นิ้ว ติดแม่เหล็ก ชิ้นละ 25 บาท", "mini_umbrella_souvenir"),
            o("พัดกระดาษสา ลายช้าง", "paper_fan"),
        ),
        needs=(n("กระดาษสาบาง สีพื้น", "saa_paper_sheet"), n("ซี่ไผ่เล็ก ยาว 10 ซม.", "bamboo_umbrella_ribs")),
        certs=("OTOP",),
    ),
    Sme(
        55,
        "en",
        "Golden Lotus Weddings & Events",
        ALC,
        DOWN,
        "Bangkok",
        offers=(o("Paper-parasol hire for garden weddings", "umbrella_rental_service"),),
        needs=(
            n("Pastel paper brollies, 36 inch", "saa_paper_umbrella"),
            n("Couple's names brushed onto 200 guest umbrellas (ours)", "umbrella_painting_service"),
            n("Mulberry lanterns for a night reception", "saa_paper_lantern"),
        ),
    ),
    Sme(
        56,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        ALC,
        DOWN,
        "Nonthaburi",
        needs=(
            n("ร่มที่ใช้ค้ำเดินได้ สำหรับคนแก่", "walking_stick_umbrella"),
            n("ร่มกันฝน พับได้ น้ำหนักเบา", "hand_umbrella"),
        ),
    ),
    Sme(
        57,
        "th",
        "ร่มไม้เท้าสามพราน",
        ALC,
        DOWN,
        "Nakhon Pathom",
        offers=(o("ร่มไม้เท้า 2 อิน 1 ปลายยางกันลื่น", "walking_stick_umbrella"),),
        needs=(n("ก้านไฟเบอร์ แกนเหล็ก", "umbrella_frame_metal"), n("ด้ามไม้โค้งรูปตัว J", "umbrella_wood_handle")),
    ),
    Sme(
        58,
        "en",
        "Riverside Senior Living",
        ALC,
        DOWN,
        "Nonthaburi",
        needs=(
            n("Umbrellas that double as a walking cane", "walking_stick_umbrella"),
            x("Sunshade canopies that clip onto wheelchairs", "no one makes wheelchair sunshades", "wheelchair_canopy"),
        ),
    ),
    Sme(
        59,
        "en",
        "Isan Wellness Clinic",
        ALI,
        DOWN,
        "Khon Kaen",
        needs=(
            n("Plain umbrellas, no print, to lend patients on rainy days", "hand_umbrella", "golf_umbrella"),
            x("Umbrella bag dispenser for the lobby", "no one sells umbrella bag dispensers", "umbrella_bag_dispenser"),
        ),
    ),
    Sme(
        60,
        "th",
        "สโมสรกอล์ฟหัวหินวิว",
        SPT,
        DOWN,
        "Prachuap Khiri Khan",
        needs=(
            n("ร่มคันใหญ่ให้แคดดี้ กันลมได้", "golf_umbrella"),
            x(
                "ที่เสียบร่ม หน้าคลับเฮาส์",
                "no one makes racks for wet umbrellas; parasol bases are not racks",
                "umbrella_stand",
            ),
        ),
    ),
    Sme(
        61,
        "en",
        "RunThai Events",
        SPT,
        DOWN,
        "Bangkok",
        needs=(
            n("500 umbrellas carrying sponsor logos for finishers", "promotional_logo_umbrella"),
            n("Sponsor logos printed onto stock umbrellas we own", "logo_printing_service"),
            x("Light-up LED umbrellas for a night run", "no one makes LED umbrellas", "led_umbrella"),
        ),
    ),
    Sme(
        62,
        "th",
        "อ่าวนาง สปา รีสอร์ท",
        ALC,
        DOWN,
        "Krabi",
        needs=(
            n("ร่มผ้าเขียนลาย ตกแต่งสปา", "cotton_umbrella"),
            n("ร่มริมสระ ไม่ต้องมี มอก.", "garden_parasol", waive=("Thai Industrial Standard",)),
            n("ผ้าปาเต๊ะ ตกแต่งห้องพัก", "batik_fabric"),
        ),
    ),
    Sme(
        63,
        "en",
        "Jomtien Beach Club",
        ALC,
        DOWN,
        "Chonburi",
        needs=(
            n("Beach umbrellas 2.4 m, tilt, sand anchor", "garden_parasol"),
            n("Fixing torn canopies and bent ribs", "umbrella_repair_service"),
        ),
    ),
    Sme(
        64,
        "th",
        "โรงแรมหัวหินบุรี",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        needs=(
            x(
                "ร่มสนาม ผ้าใบกันไฟลาม ต้องผ่าน มอก.",
                "no parasol maker in the set holds a TIS mark",
                "garden_parasol",
                req=("Thai Industrial Standard",),
            ),
            n("ร่มสา บานใหญ่ แต่งล็อบบี้", "saa_paper_umbrella"),
        ),
    ),
    Sme(
        65,
        "en",
        "Siam Craft Export Co.",
        HNF,
        DOWN,
        "Bangkok",
        needs=(
            x(
                "Fairtrade-certified paper umbrellas for the EU",
                "no umbrella maker in the set holds Fairtrade",
                "saa_paper_umbrella",
                req=("Fairtrade",),
            ),
            n("Hand-painted cotton umbrellas, OTOP not required", "cotton_umbrella", waive=("OTOP",)),
        ),
    ),
    Sme(
        66,
        "th",
        "ร่มผ้าฝ้ายสันกำแพง",
        HNF,
        DOWN,
        "Chiang Mai",
        offers=(o("ร่มผ้าฝ้ายเขียนมือ 40 นิ้ว", "cotton_umbrella"),),
        needs=(
            n("ผ้าฝ้าย ทอเครื่องหรือทอกี่ก็ได้ ไว้หุ้มร่ม", "cotton_grey_fabric", "handwoven_cotton_fabric"),
            n("มือจับร่ม ทำจากไม้", "umbrella_wood_handle"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        67,
        "en",
        "Lanna Brush Art",
        HNF,
        MID,
        "Chiang Mai",
        offers=(o("Hand-painting on customers' umbrellas, fans and bags", "umbrella_painting_service"),),
        needs=(x("Water-based acrylic paints in bulk", "no one sells artists' paints", "acrylic_paint"),),
    ),
    Sme(
        68,
        "th",
        "ช่างเขียนลายร่ม นครพนม",
        ALI,
        MID,
        "Nakhon Phanom",
        offers=(o("รับเขียนลายบนร่ม พัด ของลูกค้า ตามสั่ง", "umbrella_painting_service"),),
    ),
    Sme(
        69,
        "en",
        "Hmong Hemp Collective",
        HNF,
        UP,
        "Tak",
        offers=(
            o("Hand-stripped hemp bast, sun-dried", "hemp_fibre"),
            o("Hand-spliced hemp thread on spools", "hemp_yarn"),
        ),
        bcg=("bio",),
    ),
    Sme(
        70,
        "th",
        "ผ้ากัญชงเขาค้อ",
        HNF,
        MID,
        "Phetchabun",
        offers=(o("ผ้าใยกัญชงทอมือ หน้า 40 ซม.", "hemp_fabric"),),
        needs=(n("ด้ายกัญชง ม้วนละ 1 กก.", "hemp_yarn"),),
        bcg=("bio",),
    ),
    Sme(
        71,
        "en",
        "Hempbrella",
        HNF,
        DOWN,
        "Chiang Mai",
        offers=(o("Garden parasols with hemp canvas tops", "garden_parasol"),),
        needs=(
            n("Handloom hemp cloth", "hemp_fabric"),
            n("Straight bamboo for parasol masts", "bamboo_culm"),
            n("Make our hemp canopies shed rain (finishing job)", "waterproof_coating_service"),
        ),
        bcg=("bio", "green"),
    ),
    Sme(
        72,
        "th",
        "กลุ่มม้งปลูกกัญชง แม่แจ่ม",
        HNF,
        UP,
        "Chiang Mai",
        offers=(
            o("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"),
            o("เส้นใยกัญชงต่อเส้น พร้อมทอ", "hemp_yarn"),
        ),
        bcg=("bio",),
    ),
)

# Part 4: recycled umbrellas and fabric, Isan cloth and dyeing, the south, more buyers.
PART_4: tuple[Sme, ...] = (
    Sme(
        73,
        "en",
        "ReThread Weaving",
        CT,
        MID,
        "Samut Prakan",
        offers=(o("rPET umbrella taffeta 190T", "recycled_polyester_fabric"),),
        needs=(
            n("PET-bottle filament for weaving, GRS certified, 75D", "recycled_polyester_yarn", req=("GRS",)),
            x("GRS recycled nylon 6 yarn", "no one spins recycled nylon", "recycled_nylon_yarn", req=("GRS",)),
        ),
        certs=("GRS certified",),
        bcg=("circular",),
    ),
    Sme(
        74,
        "th",
        "ร่มรักษ์โลก",
        SPT,
        DOWN,
        "Bangkok",
        offers=(o("ร่มพับ ผ้ารีไซเคิลจากขวด", "hand_umbrella"),),
        needs=(
            n("ผ้าพีอีทีรีไซเคิล ต้องได้ GRS", "recycled_polyester_fabric", req=("GRS",)),
            n("โครงร่มพับ 3 ตอน", "umbrella_frame_metal"),
        ),
        bcg=("circular",),
    ),
    Sme(
        75,
        "en",
        "Skyport Gift Gallery",
        ALC,
        DOWN,
        "Phuket",
        needs=(
            n("Indigo cotton totes", "indigo_cloth_bag"),
            n("Mini parasol magnets", "mini_umbrella_souvenir"),
            n("Gift-boxed mulberry umbrellas", "saa_paper_umbrella"),
        ),
    ),
    Sme(
        76,
        "th",
        "ร้านผ้าไทยร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        needs=(
            x(
                "ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน",
                "no one in the set weaves silk",
                "silk_fabric",
                req=("Thai Silk Peacock Emblem",),
            ),
            n("ผ้าหม้อห้อม ขายเป็นหลา", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        77,
        "en",
        "Udon Indigo Weavers",
        ALI,
        MID,
        "Udon Thani",
        offers=(o("Handloom indigo cotton, 90 cm", "indigo_dyed_cotton_fabric"),),
        needs=(n("Natural indigo dye stock by the bucket", "indigo_paste"),),
    ),
    Sme(
        78,
        "th",
        "กลุ่มทอผ้าฝ้ายสุรินทร์",
        ALI,
        MID,
        "Surin",
        offers=(o("ผ้าขาวม้าทอมือ ฝ้ายแท้", "handwoven_cotton_fabric"),),
        needs=(
            x(
                "ด้ายฝ้ายย้อมสีธรรมชาติ",
                "no one sells naturally dyed yarn, only dyed cloth",
                "natural_dyed_cotton_yarn",
            ),
        ),
    ),
    Sme(
        79,
        "en",
        "Korat Homeware Store",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        needs=(
            n(
                "Plant-dyed cushion cloth, no synthetic dye",
                "natural_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
        ),
    ),
    Sme(
        80,
        "th",
        "ย้อมสีธรรมชาติ กาฬสินธุ์",
        ALI,
        MID,
        "Kalasin",
        offers=(
            o("ผ้าฝ้ายย้อมเปลือกไม้ สีธรรมชาติล้วน", "natural_dyed_cotton_fabric"),
            o("รับย้อมสีเปลือกไม้ ผ้าที่ลูกค้าส่งมา", "natural_dyeing_service"),
        ),
        needs=(n("ผ้าฝ้ายดิบ ยังไม่ย้อม", "cotton_grey_fabric"),),
        bcg=("bio", "green"),
    ),
    Sme(
        81,
        "th",
        "โรงย้อมสามแยก",
        ALC,
        MID,
        "Bangkok",
        offers=(o("รับย้อมผ้า สีรีแอคทีฟ ผ้าลูกค้า ขั้นต่ำ 50 กก.", "fabric_dyeing_service"),),
        needs=(x("เครื่องย้อมเจ็ท มือสอง", "no one sells dyeing machines", "dyeing_machine"),),
    ),
    Sme(
        82,
        "en",
        "Canvas & Co. Bags",
        CT,
        DOWN,
        "Bangkok",
        offers=(o("Canvas tote bags, screen-printed", "canvas_tote_bag"),),
        needs=(n("Re-dye 300 m of our faded canvas, reactive black", "fabric_dyeing_service"),),
    ),
    Sme(
        83,
        "en",
        "Ping Riverside Boutique Hotel",
        ALC,
        DOWN,
        "Chiang Mai",
        needs=(
            n("Big 60-inch saa umbrellas to hang in the lobby", "saa_paper_umbrella"),
            n(
                "Our white napkins dyed with plants, not chemicals",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ),
    ),
    Sme(
        84,
        "th",
        "ร้านกาแฟใต้ร่มไม้ อารีย์",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            n("มีร้านไหนรับทำร่มใหญ่ปักหน้าร้านบ้างคะ", "garden_parasol"),
            x("ร่มสนามติดพัดลมไอน้ำ", "no one sells parasols with misting fans", "misting_parasol"),
        ),
    ),
    Sme(
        85,
        "th",
        "ร่มบาติกสงขลา",
        HNF,
        DOWN,
        "Songkhla",
        offers=(o("ร่มผ้าปาเต๊ะ เขียนเทียน 36 นิ้ว", "cotton_umbrella"),),
        needs=(n("โครงไผ่สำเร็จ พร้อมขึงผ้า", "umbrella_frame_bamboo"),),
    ),
    Sme(
        86,
        "th",
        "บาติกกระบี่",
        HNF,
        MID,
        "Krabi",
        offers=(o("ผ้าบาติกลายทะเล ตัดขายเป็นเมตร", "batik_fabric"),),
    ),
    Sme(
        87,
        "th",
        "เกาะช้าง บีช รีสอร์ท",
        ALC,
        DOWN,
        "Trat",
        needs=(
            n("ฐานตั้งร่มชายหาด แบบเติมน้ำ", "parasol_base"),
            n("หาคนมาแก้ร่มริมหาดที่ขาด ที่หัก", "umbrella_repair_service"),
        ),
    ),
    Sme(
        88,
        "en",
        "Udon Dream Weddings",
        ALI,
        DOWN,
        "Udon Thani",
        needs=(
            n("40 parasols on hire for a one-day ceremony", "umbrella_rental_service"),
            n("Cloth sun umbrellas to give guests as favours", "cotton_umbrella"),
        ),
    ),
    Sme(
        89,
        "th",
        "ด้ายรีไซเคิลสาคร",
        CT,
        UP,
        "Samut Sakhon",
        offers=(o("ด้ายโพลีรีไซเคิลจากขวด 300D", "recycled_polyester_yarn"),),
        needs=(n("เกล็ดพลาสติกใส ล้างแล้ว", "pet_flakes"),),
        bcg=("circular",),
    ),
    Sme(
        90,
        "th",
        "กระเป๋าร่มเก่า เชียงราย",
        CT,
        DOWN,
        "Chiang Rai",
        offers=(o("กระเป๋าผ้าร่ม รีไซเคิลจากร่มเก่า", "upcycled_umbrella_bag"),),
        needs=(n("ร่มที่ใช้แล้ว เสียแล้ว รับหมด", "used_umbrellas"),),
        bcg=("circular",),
    ),
    Sme(
        91,
        "en",
        "Samui Palms Hotels Group",
        ALC,
        DOWN,
        "Surat Thani",
        needs=(
            n("Doorman umbrellas with our crest", "promotional_logo_umbrella"),
            x("Solar parasols with USB charging", "no one makes solar parasols", "solar_parasol"),
            n("Canvas totes for guest amenity kits", "canvas_tote_bag"),
        ),
    ),
    Sme(
        92,
        "th",
        "ซี่ร่มไผ่ กาญจนบุรี",
        HNF,
        MID,
        "Kanchanaburi",
        offers=(o("ซี่ไผ่รวก เหลาเรียบ ยาว 50 ซม.", "bamboo_umbrella_ribs"),),
        needs=(n("ลำไผ่เล็ก ตัดสด", "bamboo_culm"),),
    ),
    Sme(
        93,
        "en",
        "Phetchabun Hemp Spinning",
        HNF,
        UP,
        "Phetchabun",
        offers=(o("Machine-spun hemp yarn Nm 10", "hemp_yarn"),),
        needs=(n("Decorticated hemp, long fibre", "hemp_fibre"),),
    ),
    Sme(
        94,
        "th",
        "ร้านผ้าขาวม้า ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        offers=(o("เสื้อฝ้ายย้อมคราม ทรงหลวม สำหรับผู้สูงวัย", "cotton_garment"),),
        needs=(
            n("ผ้าฝ้ายทอกี่พื้นบ้าน เป็นผืน ไม่จำเป็นต้องมี OTOP", "handwoven_cotton_fabric", waive=("OTOP",)),
            n("หาที่รับทำสีน้ำเงินครามให้เสื้อฝ้ายขาวของร้าน", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        95,
        "th",
        "ร้านห่อของขวัญ กระดาษสา ราชบุรี",
        HNF,
        DOWN,
        "Ratchaburi",
        needs=(n("กระดาษสา มี FSC สำหรับห่อของขวัญ", "saa_paper_sheet", req=("FSC",)),),
    ),
)

SMES: tuple[Sme, ...] = PART_1 + PART_2 + PART_3 + PART_4


# ------------------------------------------------------------------ links


def held_certifications(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(cert) or cert for cert in sme.certs)


def qualified_suppliers(need: Need, buyer: Sme, smes: tuple[Sme, ...]) -> list[str]:
    """Ids of the SMEs other than `buyer` that offer a listed label and hold every required certification."""
    found = []
    for supplier in smes:
        if supplier.num == buyer.num:
            continue
        if not set(need.requires) <= held_certifications(supplier):
            continue
        if any(offer.label in need.labels for offer in supplier.offers):
            found.append(supplier.id)
    return found


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links = {
        (supplier_id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        if not need.unmet
        for supplier_id in qualified_suppliers(need, buyer, smes)
    }
    return sorted(links)


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")

MIN_THAI_SHARE, MAX_THAI_SHARE = 0.50, 0.60
MIN_LINKS, MAX_LINKS = 160, 180
MIN_CROSS_SHARE, MAX_CROSS_SHARE = 0.40, 0.60
MIN_UNMET, MAX_UNMET = 17, 23
MIN_SHARE_MET_BY_1_TO_3 = 0.70


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _mention_regexes() -> dict[str, list[re.Pattern[str]]]:
    """Per certification, the ways a phrase may name it (Latin names as whole words)."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for cert in CERTIFICATIONS:
        names = {cert.name, cert.full_name, cert.name_th, *cert.aliases, *cert.mentions}
        names |= set(cert.case_sensitive_mentions)
        regexes = []
        for name in sorted(names):
            folded = _fold(name)
            if THAI_RE.search(folded):
                if len(folded) >= 3:
                    regexes.append(re.compile(re.escape(folded)))
            else:
                regexes.append(re.compile(rf"(?<![a-z0-9]){re.escape(folded)}(?![a-z0-9])"))
        out[cert.name] = regexes
    return out


MENTIONS = _mention_regexes()


def named_certifications(text: str) -> set[str]:
    folded = _fold(text)
    return {name for name, regexes in MENTIONS.items() if any(r.search(folded) for r in regexes)}


def thai_share(text: str) -> float:
    thai = len(THAI_RE.findall(text))
    latin = len(LATIN_RE.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def check_language(sme: Sme, errors: list[str]) -> None:
    phrases = [sme.name, *(offer.text for offer in sme.offers), *(need.text for need in sme.needs)]
    for phrase in phrases:
        if sme.lang == "th" and thai_share(phrase) < 0.6:
            errors.append(f"{sme.id}: Thai phrase is not mostly Thai: {phrase!r}")
        if sme.lang == "en":
            letters = [ch for ch in phrase if ch.isalpha()]
            if THAI_RE.search(phrase) or not all(LATIN_RE.match(ch) for ch in letters):
                errors.append(f"{sme.id}: English phrase has non-Latin letters: {phrase!r}")


def check_profile(sme: Sme, errors: list[str]) -> None:
    if not ID_RE.match(sme.id):
        errors.append(f"{sme.id}: malformed id")
    if sme.lang not in ("th", "en"):
        errors.append(f"{sme.id}: language {sme.lang!r}")
    if not sme.name.strip() or sme.name != sme.name.strip():
        errors.append(f"{sme.id}: empty or untrimmed name")
    if sme.sub_cluster not in {s.value for s in SubCluster}:
        errors.append(f"{sme.id}: sub-cluster {sme.sub_cluster!r}")
    if sme.stage not in {s.value for s in Stage}:
        errors.append(f"{sme.id}: stage {sme.stage!r}")
    province = resolve_province(sme.province)
    if province is None or province.name_en != sme.province:
        errors.append(f"{sme.id}: province {sme.province!r} is not an English province name")
    if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
        errors.append(f"{sme.id}: wants 0-3 offers, 0-3 needs and at least one of them")
    texts = [offer.text for offer in sme.offers] + [need.text for need in sme.needs]
    if len(set(texts)) != len(texts) or any(not t.strip() or t != t.strip() for t in texts):
        errors.append(f"{sme.id}: empty, untrimmed or repeated phrase")
    for cert in sme.certs:
        if resolve_certification(cert) is None:
            errors.append(f"{sme.id}: certification {cert!r} does not resolve")
    if len(set(held_certifications(sme))) != len(sme.certs):
        errors.append(f"{sme.id}: repeated certification")
    if len(set(sme.bcg)) != len(sme.bcg) or not set(sme.bcg) <= {t.value for t in BcgTag}:
        errors.append(f"{sme.id}: bcg {sme.bcg!r}")
    if not EMAIL_RE.match(contact_email(sme)):
        errors.append(f"{sme.id}: email {contact_email(sme)!r}")
    check_language(sme, errors)


def check_need(sme: Sme, need: Need, smes: tuple[Sme, ...], errors: list[str]) -> None:
    where = f"{sme.id} need {need.text!r}"
    if not need.labels:
        errors.append(f"{where}: lists no label")
    for cert in (*need.requires, *need.waives):
        if resolve_certification(cert) != cert:
            errors.append(f"{where}: {cert!r} is not a canonical certification name")
    if set(need.requires) & set(need.waives):
        errors.append(f"{where}: requires and waives the same certification")
    named = named_certifications(need.text)
    if not set(need.requires) | set(need.waives) <= named:
        errors.append(f"{where}: a required or waived certification is not named in the text")
    if not named <= set(need.requires) | set(need.waives):
        errors.append(f"{where}: names {sorted(named)} but neither requires nor waives it")
    suppliers = qualified_suppliers(need, sme, smes)
    if need.unmet:
        if suppliers:
            errors.append(f"{where}: marked met by no one, but {suppliers} qualify")
        return
    offered = {offer.label for other in smes if other.num != sme.num for offer in other.offers}
    for label in need.labels:
        if label not in offered:
            errors.append(f"{where}: label {label!r} is offered by no one else")
    if not suppliers:
        errors.append(f"{where}: no qualified supplier")


def check(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    nums = [sme.num for sme in smes]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run {ID_PREFIX}-001 .. {ID_PREFIX}-{N_PROFILES:03d} once each, in order")
    offer_texts = {offer.text for sme in smes for offer in sme.offers}
    for sme in smes:
        check_profile(sme, errors)
        for need in sme.needs:
            check_need(sme, need, smes, errors)
            if need.text in offer_texts:
                errors.append(f"{sme.id}: need {need.text!r} repeats an offer word for word")
    stats = statistics(smes, links)
    thai = stats["lang"]["th"] / len(smes)
    if not MIN_THAI_SHARE <= thai <= MAX_THAI_SHARE:
        errors.append(f"Thai share {thai:.2f} outside {MIN_THAI_SHARE}-{MAX_THAI_SHARE}")
    if not MIN_LINKS <= len(links) <= MAX_LINKS:
        errors.append(f"{len(links)} true links, want {MIN_LINKS}-{MAX_LINKS}")
    cross = stats["cross"] / len(links) if links else 0.0
    if not MIN_CROSS_SHARE <= cross <= MAX_CROSS_SHARE:
        errors.append(f"cross-language share {cross:.2f} outside {MIN_CROSS_SHARE}-{MAX_CROSS_SHARE}")
    if not MIN_UNMET <= stats["unmet"] <= MAX_UNMET:
        errors.append(f"{stats['unmet']} needs met by no one, want {MIN_UNMET}-{MAX_UNMET}")
    met = stats["met_by"]
    one_to_three = sum(1 for k in met if 1 <= k <= 3)
    if met and one_to_three / len(met) < MIN_SHARE_MET_BY_1_TO_3:
        errors.append(f"only {one_to_three} of {len(met)} met needs are met by 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ counts


def statistics(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> dict:
    by_id = {sme.id: sme for sme in smes}
    needs = [(sme, need) for sme in smes for need in sme.needs]
    regions = Counter()
    for sme in smes:
        province = resolve_province(sme.province)
        regions[province.region.value if province else "?"] += 1
    th_en = sum(1 for s, b in links if by_id[s].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for s, b in links if by_id[s].lang == "en" and by_id[b].lang == "th")
    return {
        "lang": Counter(sme.lang for sme in smes),
        "sub_cluster": Counter(sme.sub_cluster for sme in smes),
        "stage": Counter(sme.stage for sme in smes),
        "region": regions,
        "provinces": len({sme.province for sme in smes}),
        "offers": sum(len(sme.offers) for sme in smes),
        "offer_labels": len({offer.label for sme in smes for offer in sme.offers}),
        "needs": len(needs),
        "unmet": sum(1 for _, need in needs if need.unmet),
        "requires": sum(1 for _, need in needs if need.requires),
        "waives": sum(1 for _, need in needs if need.waives),
        "met_by": [len(qualified_suppliers(need, sme, smes)) for sme, need in needs if not need.unmet],
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "across_sub_clusters": sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster),
    }


def counts_table(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> str:
    st = statistics(smes, links)
    n_links = len(links)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{st['lang']['th']} / {st['lang']['en']}"),
    ]
    rows += [(f"sub-cluster `{s.value}`", str(st["sub_cluster"][s.value])) for s in SubCluster]
    rows += [(f"stage `{s.value}`", str(st["stage"][s.value])) for s in Stage]
    regions = ("north", "northeast", "central", "east", "west", "south")
    rows += [(f"region `{r}`", str(st["region"][r])) for r in regions]
    met = st["needs"] - st["unmet"]
    share = st["cross"] / n_links if n_links else 0.0
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["offer_labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{met} / {st['unmet']}"),
        ("needs requiring a certification", str(st["requires"])),
        ("needs waiving a certification", str(st["waives"])),
        ("true links", str(n_links)),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{st['cross']} ({share:.0%})"),
        ("within-language links", str(n_links - st["cross"])),
        ("links between different sub-clusters", str(st["across_sub_clusters"])),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def contact_email(sme: Sme) -> str:
    return f"contact.{sme.id}@example.com"


def profile_record(sme: Sme) -> dict:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": contact_email(sme),
        "language": sme.lang,
    }


def render_profiles(smes: tuple[Sme, ...]) -> str:
    return "".join(json.dumps(profile_record(sme), ensure_ascii=False) + "\n" for sme in smes)


def render_links(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


README = """\
# `blind_plain_umbrella`: hand-labelled umbrella and parasol set

A labelled test set for partner matchmaking in the Health and Wellness Economy textile cluster.
It measures how well the matcher finds the true supplier-buyer pairs among plain registry entries
about umbrellas and parasols: Bo Sang saa-paper and cotton umbrellas (and their northern name,
*jong*), paper-mulberry bark and saa paper, bamboo culms, ribs and frames, wooden handles, persimmon
sap and tung oil, waterproof pongee and taffeta, acrylic parasol canvas, metal frames and bases,
garden, pool and beach parasols, temple tiers and monks' *glot* umbrellas, golf, promotional and
walking-stick umbrellas, painting and logo printing, upcycling of broken umbrellas, and the buyers:
hotels, resorts, cafes, souvenir shops, event organisers, care homes, a clinic and a golf club. The
ordinary upstream and midstream trades of the cluster are there too: cotton lint, yarn, grey cloth,
canvas, handwoven, indigo and plant-dyed cloth, hemp fibre, yarn and cloth, PET bottles, flakes and
recycled yarn and fabric, offcuts, dyeing, coating and sewing.

## How it was written

By hand, by a writer who read only section 1 of `shared/contracts/CONTRACTS.md` (profiles JSONL
version 1 and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the ruff
settings of `pyproject.toml`; not the matcher, its glossary, its tests or any other evaluation set.
Each profile is a plain registry entry: one short phrase per offer or need, one to three of each
(some SMEs only buy or only sell), in Thai (written with spaces between phrases, not words) or
English. Goods are named in many ways: trade words (pongee, 190T, greige, duck), local names
(*jong*, *hom*, *pha khao ma*, *pateh*), brand names, sizes, prices and minimum orders. A need is
worded differently from the offers that meet it and is often in the other language. Hard but fair
cases: a service against the goods it works on (indigo dyeing of the customer's cloth against
indigo cloth, sewing or coating for others against finished canopies, painting or printing on the
customer's umbrellas against painted or branded umbrellas, repair or hire against a new parasol);
waste and used goods against new (broken umbrellas, cutting waste, bottles against flakes against
yarn); raw against processed (bark, paper, umbrella; culm, rib, frame; lint, yarn, cloth); goods
described by their material or technique (a bag of indigo handwoven cotton is a bag, a parasol with
a hemp top is a parasol, an umbrella of recycled fabric is an umbrella); needs written as a wish, a
bare noun phrase or a question; a refusal ("no synthetic dye"); needs that require a named
certification and needs that name one only to waive it; and needs that no one in the set meets.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is, and every
need lists the labels that would meet it and the certifications its text requires, or is marked as
met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's `certifications`
hold every certification that need requires. A waived certification is not required. An SME is
never linked to itself. Shared words play no part; quantities, prices, sizes and places never decide
a link; what changes what the thing is does. The labels exist only in `write.py`; the profiles carry
none.

Before writing, the script checks that ids are unique and well formed; that every contract field is
valid (taxonomy sub-cluster, stage and BCG values, provinces that resolve to their English name,
certifications that resolve); that every label a met need lists is offered by someone other than the
buyer; that every met need has a qualified supplier and every need met by no one has none; that a
required or waived certification is named in the need's text and no other is; that Thai phrases are
mostly Thai letters and English ones Latin only; and the size targets (95 profiles, 50-60 % Thai,
160-180 links, 40-60 % of them across languages, 17-23 needs met by no one, most met needs met by
one to three suppliers). If any check fails it writes nothing.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_umbrella/write.py

The output is deterministic: two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks; writes the three files below.
- `profiles.jsonl`: the {profiles} profiles, `{prefix}-001` to `{prefix}-{last:03d}`, JSONL version 1.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render_readme(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> str:
    return README.format(profiles=len(smes), prefix=ID_PREFIX, last=len(smes), table=counts_table(smes, links))


def render_all() -> dict[str, str]:
    links = true_links(SMES)
    return {
        "profiles.jsonl": render_profiles(SMES),
        "links.csv": render_links(links),
        "README.md": render_readme(SMES, links),
    }


def report(smes: tuple[Sme, ...]) -> None:
    """Every need with the suppliers that meet it (for the writer's own review)."""
    by_id = {sme.id: sme for sme in smes}
    for sme in smes:
        for need in sme.needs:
            suppliers = qualified_suppliers(need, sme, smes)
            shown = ", ".join(f"{s}:{by_id[s].lang}" for s in suppliers) or "-"
            flag = "UNMET " if need.unmet else ""
            print(f"{sme.id}:{sme.lang} {flag}{need.text} [{'|'.join(need.labels)}] <- {shown}")


def main(argv: list[str]) -> int:
    links = true_links(SMES)
    if "--report" in argv:
        report(SMES)
    errors = check(SMES, links)
    print(counts_table(SMES, links), end="")
    if errors:
        for error in errors:
            print(f"CHECK FAILED: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    first, second = render_all(), render_all()
    if first != second:
        print("CHECK FAILED: two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in first.items():
        (OUT_DIR / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {', '.join(first)} to {OUT_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
