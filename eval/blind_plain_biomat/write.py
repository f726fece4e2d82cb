"""Write the blind evaluation set `eval/blind_plain_biomat/`.

Bio-based and natural materials (pineapple, banana and lotus fibre, water hyacinth, bagasse, coir, kapok,
bamboo, natural latex, plant and plant-tanned leathers, lacquer and resins, bioplastics) plus the ordinary
cotton, hemp, dye and sewing suppliers of the cluster, written as plain registry entries in Thai and English.

All data lives in this file. Each offer is a (text, label) pair whose label says what the thing is; each need
lists the labels that would meet it and the certifications its text requires, or is marked as met by no one.
The script checks the data, derives the true links and writes profiles.jsonl, links.csv and README.md.
It writes nothing when a check fails.

Run from the repository root:

    .venv/bin/python eval/blind_plain_biomat/write.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.dont_write_bytecode = True  # import shared.taxonomy without leaving __pycache__ behind
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

SET_NAME = "blind_plain_biomat"
PREFIX = "bbo"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
MAX_PHRASES = 3
THAI_LETTER_SHARE = 0.6

HNF = SubCluster.HEMP_NATURAL_FIBRE
CT = SubCluster.CIRCULAR_TEXTILE
SPT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORGANIC_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
FAIRTRADE = "Fairtrade"
FSC = "FSC"
TIS = "Thai Industrial Standard"
ISO9001 = "ISO 9001"
HALAL = "Halal"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""

    @property
    def unmet(self) -> bool:
        return bool(self.unmet_note)


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying one of `labels` meet (from a supplier holding every `req`)."""
    return Need(text, labels, req, waive)


def X(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels`/`req`, if given, show why the near misses fail."""
    return Need(text, labels, req, waive, note)


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    handle: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def S(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    handle: str,
    *,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, language, name, sub_cluster, stage, province, handle, offers, needs, certs, bcg)


# ------------------------------------------------------------------ data: pineapple, banana, lotus, hyacinth

SMES_1: tuple[Sme, ...] = (
    S(
        1,
        "th",
        "กลุ่มเกษตรกรไร่สับปะรดบ้านหนองหอย",
        HNF,
        UP,
        "Prachuap Khiri Khan",
        "nonghoi.pineapple",
        bcg=("bio",),
        offers=(("ใบสับปะรดสดหลังตัดผล ส่งถึงโรงงานในรัศมี 50 กม.", "pineapple_leaf_raw"),),
        needs=(X("อยากได้เครื่องขูดใยสับปะรดแบบมอเตอร์ขนาดเล็ก", "no one in the set makes or sells machines"),),
    ),
    S(
        2,
        "en",
        "Nang Lae PALF Collective",
        HNF,
        UP,
        "Chiang Rai",
        "nanglae.palf",
        bcg=("bio",),
        offers=(
            ("PALF, decorticated and sun-dried, min. 20 kg", "pineapple_leaf_fibre"),
            ("Decorticating your own pineapple or banana leaves, 15 THB/kg", "fibre_decorticating_service"),
        ),
        needs=(N("Pineapple tops and spent leaves after harvest", "pineapple_leaf_raw"),),
    ),
    S(
        3,
        "th",
        "กลุ่มปั่นด้ายใยสับปะรดโพธาราม",
        HNF,
        MID,
        "Ratchaburi",
        "photharam.yarn",
        bcg=("bio",),
        offers=(("ด้ายใยสับปะรดปั่นมือ ผสมฝ้าย 30%", "pineapple_leaf_yarn"),),
        needs=(
            N("ใยสับปะรดขูดแล้ว พร้อมปั่น", "pineapple_leaf_fibre"),
            N("ปุยฝ้ายพร้อมเข็น", "raw_cotton"),
        ),
    ),
    S(
        4,
        "en",
        "Sapparod Materials Lab",
        HNF,
        MID,
        "Bangkok",
        "sapparod.lab",
        bcg=("bio", "green"),
        offers=(("Pineapple-leaf leather alternative, 140 cm rolls", "pineapple_leather_sheet"),),
        needs=(
            N("Long-staple pineapple leaf fibre, degummed", "pineapple_leaf_fibre"),
            N("Bio-based coating resin, PLA or PBS", "bioplastic_pellets"),
        ),
    ),
    S(
        5,
        "th",
        "วิสาหกิจชุมชนบ่าขะนัดห้างฉัตร",
        HNF,
        UP,
        "Lampang",
        "hangchat.pineapple",
        bcg=("bio",),
        offers=(("ใบบ่าขะนัดเหลือจากแปลง ตันละ 800 บาท", "pineapple_leaf_raw"),),
        needs=(N("หาคนรับจ้างขูดใบสับปะรดของกลุ่มให้เป็นเส้นใย", "fibre_decorticating_service"),),
    ),
    S(
        6,
        "th",
        "สวนกล้วยไข่ลุงเปลี่ยน",
        HNF,
        UP,
        "Kamphaeng Phet",
        "kluaikhai.farm",
        bcg=("bio",),
        offers=(
            ("ต้นกล้วยไข่หลังตัดเครือ ให้ฟรีถ้ามารับเอง", "banana_stem_raw"),
            ("ใบตองสด ส่งตลาดทุกวัน", "banana_leaf"),
        ),
        needs=(X("ถุงห่อเครือกล้วยแบบย่อยสลายได้", "no one makes fruit-bunch covers; mailers are other goods"),),
    ),
    S(
        7,
        "en",
        "Kluai Fibre Studio",
        HNF,
        MID,
        "Sukhothai",
        "kluai.fibre",
        bcg=("bio",),
        offers=(
            ("Banana bast fibre, hand-stripped, over 1 m long", "banana_fibre"),
            ("Pressed banana-fibre paper, A2, 300 gsm", "banana_fibre_sheet"),
            ("Sheet pressing of your own plant fibre, per batch", "sheet_pressing_service"),
        ),
        needs=(N("Banana pseudostems from cut plants", "banana_stem_raw"),),
    ),
    S(
        8,
        "th",
        "กลุ่มทอผ้าใยกล้วยตานีท่ายาง",
        HNF,
        MID,
        "Chumphon",
        "thayang.banana",
        bcg=("bio",),
        offers=(
            ("ด้ายใยกล้วยตานีปั่นมือ", "banana_fibre_yarn"),
            ("รับขูดใยกล้วยและใยสับปะรดจากต้นของลูกค้า คิดเป็นกิโล", "fibre_decorticating_service"),
        ),
        needs=(N("ใครมีเส้นใยกาบกล้วยแห้งขายบ้าง", "banana_fibre"),),
    ),
    S(
        9,
        "th",
        "ฟาร์มบัวหลวงบางปลาม้า",
        HNF,
        UP,
        "Suphan Buri",
        "banglamung.lotus",
        bcg=("bio",),
        offers=(
            ("ก้านบัวหลวงตัดสด ส่งทุกเช้า", "lotus_stem_raw"),
            ("สายบัวสำหรับทำอาหาร กำละ 20 บาท", "edible_water_lily_stem"),
        ),
    ),
    S(
        10,
        "th",
        "กลุ่มสาวใยบัวศาลายา",
        HNF,
        MID,
        "Nakhon Pathom",
        "salaya.lotus",
        bcg=("bio",),
        offers=(("เส้นใยก้านบัวดึงมือ ม้วนละ 50 กรัม", "lotus_fibre_yarn"),),
        needs=(
            N("ก้านบัวสด วันละ 2,000 ก้าน", "lotus_stem_raw"),
            N("ไหมดิบไว้ทอผสม", "silk_yarn"),
        ),
    ),
    S(
        11,
        "en",
        "Nong Han Lotus Weave",
        HNF,
        MID,
        "Udon Thani",
        "nonghan.lotus",
        offers=(("Lotus-silk handloom fabric, 60 cm wide", "lotus_fabric"),),
        needs=(
            N("Lotus stem thread", "lotus_fibre_yarn"),
            N("Silk yarn with the Royal Peacock emblem", "silk_yarn", req=(PEACOCK,)),
            N("Pineapple or banana yarn for blended weaves", "pineapple_leaf_yarn", "banana_fibre_yarn"),
        ),
    ),
    S(
        12,
        "th",
        "กลุ่มเก็บผักตบชวาบางบาล",
        CT,
        UP,
        "Phra Nakhon Si Ayutthaya",
        "bangban.hyacinth",
        bcg=("bio", "circular"),
        offers=(("ผักตบชวาตากแห้ง คัดก้านยาว 60 ซม. ขึ้นไป", "water_hyacinth_dried"),),
        needs=(X("กระสอบเก่าสำหรับใส่ผักตบส่งลูกค้า", "no one offers used sacks"),),
    ),
    S(
        13,
        "th",
        "กลุ่มจักสานผักตบบึงสีไฟ",
        HNF,
        MID,
        "Phichit",
        "buengsifai.craft",
        offers=(
            ("เปียผักตบถักมือ ม้วนละ 50 เมตร", "water_hyacinth_braid"),
            ("รับสานผักตบหุ้มโครงเฟอร์นิเจอร์ที่ลูกค้าส่งมา", "hyacinth_weaving_service"),
        ),
        needs=(N("ผักตบแห้ง ก้านยาว", "water_hyacinth_dried"),),
    ),
    S(
        14,
        "en",
        "Riverside Basket Export",
        ALC,
        DOWN,
        "Nonthaburi",
        "riverside.baskets",
        offers=(("Water hyacinth laundry hampers and storage baskets", "woven_basket"),),
        needs=(
            N("Braided hyacinth rope", "water_hyacinth_braid"),
            N("Sun-dried hyacinth stalks", "water_hyacinth_dried"),
        ),
    ),
    S(
        15,
        "en",
        "Baan Form Furniture",
        HNF,
        DOWN,
        "Bangkok",
        "baanform",
        bcg=("green",),
        offers=(("Lounge chairs, teak frame wrapped in woven hyacinth", "furniture"),),
        needs=(
            N("Weavers to wrap our steel frames in hyacinth, 40 chairs a month", "hyacinth_weaving_service"),
            N("Rak lacquer finish on side tables we supply", "lacquer_coating_service"),
            N("Shellac for French polishing", "shellac_flakes"),
        ),
    ),
)

# ------------------------------------------------------------------ data: bagasse, coir, kapok, bamboo, latex, leathers

SMES_2: tuple[Sme, ...] = (
    S(
        16,
        "th",
        "สหกรณ์ชาวไร่อ้อยท่ามะกา",
        CT,
        UP,
        "Kanchanaburi",
        "thamaka.cane",
        bcg=("bio", "circular"),
        offers=(("ชานอ้อยจากโรงหีบ อัดก้อน", "sugarcane_bagasse"),),
    ),
    S(
        17,
        "en",
        "Isan Pulp Moulding",
        CT,
        MID,
        "Khon Kaen",
        "isan.pulp",
        bcg=("bio", "circular"),
        offers=(
            ("Bagasse clamshell boxes, 600 ml", "bagasse_food_box"),
            ("Custom molded-pulp inserts for shoes and cosmetics", "molded_pulp_packaging"),
        ),
        needs=(N("Baled sugarcane fibre residue", "sugarcane_bagasse"),),
    ),
    S(
        18,
        "th",
        "บริษัท ไบโอพลาสไทย จำกัด",
        CT,
        MID,
        "Chonburi",
        "bioplasthai",
        certs=(TIS,),
        bcg=("bio",),
        offers=(
            ("เม็ดพลาสติกชีวภาพ PBS ถุงละ 25 กก.", "bioplastic_pellets"),
            ("ถุงไปรษณีย์ย่อยสลายได้ มอก. 17088", "compostable_mailer_bag"),
        ),
        needs=(X("แป้งมันสำปะหลังเกรดอุตสาหกรรม", "no starch maker in the set"),),
    ),
    S(
        19,
        "th",
        "กลุ่มใยพร้าวบ้านละแม",
        HNF,
        UP,
        "Chumphon",
        "lamae.coir",
        bcg=("bio", "circular"),
        offers=(
            ("ใยพร้าวอัดก้อน ก้อนละ 100 กก.", "coconut_coir_fibre"),
            ("ขุยมะพร้าวร่อนแล้ว สำหรับเพาะกล้า", "coco_peat"),
        ),
    ),
    S(
        20,
        "en",
        "Coir Craft Thailand",
        SPT,
        MID,
        "Prachuap Khiri Khan",
        "coircraft",
        bcg=("bio",),
        offers=(
            ("Coir doormats, 40 x 60 cm", "coir_doormat"),
            ("Coir netting for slope erosion control", "coir_geotextile"),
        ),
        needs=(N("Coconut husk fibre in bales", "coconut_coir_fibre"),),
    ),
    S(
        21,
        "th",
        "โรงงานใยมะพร้าวอัดยางพาราพุนพิน",
        ALC,
        MID,
        "Surat Thani",
        "phunphin.coirpad",
        bcg=("bio",),
        offers=(("แผ่นใยมะพร้าวอัดยางพารา ไส้ที่นอน", "coir_latex_pad"),),
        needs=(
            N("ใยมะพร้าวเส้นยาว ไม่เอาขุย", "coconut_coir_fibre"),
            N("น้ำยางข้นสำหรับพ่นใย", "concentrated_latex"),
        ),
    ),
    S(
        22,
        "th",
        "กลุ่มนุ่นบ้านโพธิ์",
        ALI,
        UP,
        "Ubon Ratchathani",
        "banpho.kapok",
        bcg=("bio",),
        offers=(("นุ่นดีดแล้ว ไม่มีเมล็ด กิโลละ 120 บาท", "kapok_fibre"),),
    ),
    S(
        23,
        "th",
        "ร้านที่นอนนุ่นแม่บุญ",
        ALI,
        DOWN,
        "Roi Et",
        "maeboon.mattress",
        offers=(
            ("ที่นอนนุ่นพับสามตอน", "kapok_mattress"),
            ("หมอนขิดยัดนุ่น", "kapok_pillow"),
        ),
        needs=(
            N("นุ่นสำหรับยัดหมอน", "kapok_fibre"),
            N("ผ้าฝ้ายดิบทอมือ ไว้หุ้มฟูก", "handwoven_cotton_fabric"),
        ),
    ),
    S(
        24,
        "en",
        "Prachin Bamboo Textiles",
        SPT,
        MID,
        "Prachinburi",
        "prachin.bamboo",
        certs=(OEKO,),
        bcg=("bio",),
        offers=(
            ("Bamboo viscose yarn, Ne 30/1", "bamboo_viscose_yarn"),
            ("Bamboo viscose single jersey, 180 gsm, OEKO-TEX", "bamboo_viscose_fabric"),
        ),
        needs=(
            X(
                "Bamboo viscose staple fibre, pulp from FSC-certified forests",
                "no viscose staple producer in the set",
                req=(FSC,),
            ),
        ),
    ),
    S(
        25,
        "th",
        "ร้านเสื้อวิ่งรักษ์โลก",
        SPT,
        DOWN,
        "Bangkok",
        "runraksa",
        offers=(("เสื้อวิ่งผ้าเยื่อไผ่ ระบายเหงื่อดี", "sportswear"),),
        needs=(
            N("ผ้าเยื่อไผ่ถัก ต้องผ่าน OEKO-TEX", "bamboo_viscose_fabric", req=(OEKO,)),
            N("หาโรงงานเย็บเสื้อยืดคอกลม ล็อตละ 300 ตัว", "garment_sewing_service"),
            N("ซองส่งของย่อยสลายได้ ต้องได้ มอก.", "compostable_mailer_bag", req=(TIS,)),
        ),
    ),
    S(
        26,
        "en",
        "Silver Years Homewear",
        ALC,
        DOWN,
        "Nonthaburi",
        "silveryears",
        offers=(("Adaptive clothing for elders, magnetic buttons", "adaptive_clothing"),),
        needs=(
            N("Soft bamboo knit", "bamboo_viscose_fabric"),
            N("CMT sewing, small runs", "garment_sewing_service"),
        ),
    ),
    S(
        27,
        "th",
        "สหกรณ์กองทุนสวนยางคลองแงะ",
        SPT,
        UP,
        "Songkhla",
        "khlongngae.rubber",
        bcg=("bio",),
        offers=(
            ("น้ำยางข้น 60% บรรจุถัง", "concentrated_latex"),
            ("ยางแผ่นรมควันชั้น 3", "smoked_rubber_sheet"),
        ),
        needs=(X("กรดฟอร์มิกสำหรับจับตัวยาง", "no chemical supplier in the set"),),
    ),
    S(
        28,
        "en",
        "Tapi Latex Foam",
        ALC,
        MID,
        "Surat Thani",
        "tapi.latexfoam",
        offers=(("Dunlop latex foam blocks, cut to size", "latex_foam_block"),),
        needs=(N("Centrifuged natural latex, 60% DRC", "concentrated_latex"),),
    ),
    S(
        29,
        "th",
        "หมอนยางพาราตรัง",
        ALC,
        DOWN,
        "Trang",
        "trang.latexpillow",
        offers=(
            ("หมอนยางพาราแท้ ทรงคลื่น", "latex_pillow"),
            ("ที่นอนยางพาราแท้ หนา 4 นิ้ว ส่งทั่วประเทศ", "latex_mattress"),
        ),
        needs=(
            N("ฟองยางก้อนสำหรับตัดขึ้นรูป", "latex_foam_block"),
            N("ผ้าไผ่ทำปลอกหมอน", "bamboo_viscose_fabric"),
        ),
    ),
    S(
        30,
        "en",
        "Lanna Yoga Supply",
        SPT,
        DOWN,
        "Chiang Mai",
        "lanna.yoga",
        bcg=("green",),
        offers=(("Natural rubber yoga mats, 4 mm, jute top", "yoga_mat"),),
        needs=(
            N("Crepe or smoked rubber sheet", "crepe_rubber_sheet", "smoked_rubber_sheet"),
            N("Hemp canvas for carry straps", "hemp_fabric"),
        ),
    ),
    S(
        31,
        "en",
        "Mycel Lanna",
        HNF,
        MID,
        "Chiang Mai",
        "mycel.lanna",
        bcg=("bio",),
        offers=(("Mycelium leather panels, A3 to A2", "mushroom_leather_sheet"),),
        needs=(
            N("Bagasse or other cane residue as growing substrate", "sugarcane_bagasse"),
            N(
                "Undyed cotton or hemp scrim for backing",
                "hemp_fabric",
                "handwoven_cotton_fabric",
                "organic_cotton_fabric",
            ),
        ),
    ),
    S(
        32,
        "th",
        "แคคตัสเลเธอร์ไทย",
        HNF,
        MID,
        "Bangkok",
        "cactusleather.th",
        bcg=("bio",),
        offers=(("หนังวีแกนจากใบกระบองเพชร ม้วนละ 10 หลา", "cactus_leather_sheet"),),
        needs=(X("ใบกระบองเพชรโอพันเทีย ปลูกแบบไร้สารเคมี", "no one in the set grows cactus"),),
    ),
    S(
        33,
        "th",
        "โรงฟอกหนังบางปู",
        HNF,
        MID,
        "Samut Prakan",
        "bangpu.tannery",
        bcg=("green",),
        offers=(
            ("หนังวัวฟอกฝาดด้วยเปลือกไม้ หนา 1.8 มม.", "veg_tanned_leather"),
            ("รับฟอกหนังดิบของลูกค้าด้วยแทนนินจากพืช", "leather_tanning_service"),
            ("เศษหนังจากโต๊ะตัด ขายเป็นกิโล", "leather_offcuts"),
        ),
        needs=(N("ลูกสมอแห้งหรือเปลือกไม้ที่ให้รสฝาด", "tannin_material"),),
    ),
    S(
        34,
        "en",
        "Pathom Veg-Tan Leather",
        HNF,
        MID,
        "Nakhon Pathom",
        "pathom.vegtan",
        offers=(("Veg-tan crust, cow, 1.8 to 2.0 mm", "veg_tanned_leather"),),
        needs=(
            N("Myrobalan or mimosa tannin", "tannin_material"),
            N("Salted raw hides, cow or goat", "raw_hide"),
        ),
    ),
    S(
        35,
        "th",
        "กลุ่มกรีดยางฮักบ้านนาจักร",
        HNF,
        UP,
        "Phrae",
        "najak.lacquer",
        bcg=("bio",),
        offers=(("ยางฮักดิบ กรองแล้ว ขวดละลิตร", "natural_lacquer_sap"),),
    ),
    S(
        36,
        "en",
        "Khrueang Khoen Studio",
        HNF,
        MID,
        "Chiang Mai",
        "khoen.studio",
        offers=(
            ("Lacquering your wood or bamboo pieces with natural rak", "lacquer_coating_service"),
            ("Lacquered bamboo trays and bowls", "lacquerware"),
        ),
        needs=(
            N("Raw thitsi sap, filtered", "natural_lacquer_sap"),
            N("Split bamboo or whole culms", "bamboo_culm", "bamboo_strip"),
        ),
    ),
    S(
        37,
        "th",
        "กลุ่มเลี้ยงครั่งกุฉินารายณ์",
        ALI,
        UP,
        "Kalasin",
        "kuchinarai.lac",
        bcg=("bio",),
        offers=(("ครั่งดิบติดกิ่ง จากต้นจามจุรี", "stick_lac"),),
    ),
    S(
        38,
        "en",
        "Lampang Shellac Works",
        HNF,
        MID,
        "Lampang",
        "lampang.shellac",
        offers=(("Shellac flakes, dewaxed, blonde", "shellac_flakes"),),
        needs=(N("Anyone selling stick lac?", "stick_lac"),),
    ),
    S(
        39,
        "th",
        "กลุ่มเก็บชันบ้านนาโยง",
        HNF,
        UP,
        "Trang",
        "nayong.resin",
        bcg=("bio",),
        offers=(("ชันตะเคียน ชันยางนา เป็นก้อน", "dammar_resin"),),
    ),
    S(
        40,
        "en",
        "GreenLoop Bioplastics",
        CT,
        MID,
        "Rayong",
        "greenloop",
        bcg=("bio", "circular"),
        offers=(
            ("PLA pellets, Ingeo grade, 25 kg bags", "bioplastic_pellets"),
            ("Compostable garment polybags, printed", "compostable_garment_bag"),
            ("Home-compostable mailers", "compostable_mailer_bag"),
        ),
        needs=(N("Molded pulp trays for sample kits", "molded_pulp_packaging"),),
    ),
)

# ------------------------------------------------------------------ data: cotton, indigo, hemp, sewing, makers, brands

SMES_3: tuple[Sme, ...] = (
    S(
        41,
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์นาด้วง",
        HNF,
        UP,
        "Loei",
        "naduang.cotton",
        certs=(ORGANIC_TH,),
        bcg=("bio",),
        offers=(("ฝ้ายพื้นเมืองอีดเมล็ดแล้ว ได้รับรองเกษตรอินทรีย์", "raw_cotton"),),
    ),
    S(
        42,
        "th",
        "ครามสกล บ้านดอนกอย",
        HNF,
        MID,
        "Sakon Nakhon",
        "donkoi.indigo",
        bcg=("bio",),
        offers=(
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
        ),
        needs=(
            N("ด้ายฝ้ายที่ชาวบ้านเข็นเอง", "handspun_cotton_yarn"),
            N("เนื้อครามเปียก", "indigo_paste"),
        ),
    ),
    S(
        43,
        "en",
        "Indigo Hill Farm",
        HNF,
        UP,
        "Sakon Nakhon",
        "indigohill",
        certs=(ORGANIC_TH,),
        bcg=("bio",),
        offers=(("Fermented indigo paste, 5 kg buckets", "indigo_paste"),),
        needs=(X("Large earthenware vats for fermenting indigo", "no potter in the set"),),
    ),
    S(
        44,
        "th",
        "กลุ่มเข็นฝ้ายจอมทอง",
        HNF,
        MID,
        "Chiang Mai",
        "chomthong.spin",
        offers=(("ด้ายฝ้ายเข็นมือ สีตุ่นธรรมชาติ", "handspun_cotton_yarn"),),
        needs=(N("ปุยฝ้าย ต้องมีตรามาตรฐานเกษตรอินทรีย์", "raw_cotton", req=(ORGANIC_TH,)),),
    ),
    S(
        45,
        "en",
        "Hmong Hemp Loom",
        HNF,
        MID,
        "Chiang Mai",
        "hmong.hemploom",
        bcg=("bio",),
        offers=(
            ("Handwoven hemp cloth, 35 cm", "hemp_fabric"),
            ("Hand-spliced hemp yarn", "hemp_yarn"),
        ),
        needs=(
            N("Hemp bast, stripped and dried", "hemp_bast_fibre"),
            X("Eri silk yarn", "no eri silk in the set"),
        ),
    ),
    S(
        46,
        "th",
        "กลุ่มปลูกกัญชงบ้านแม่ระมาด",
        HNF,
        UP,
        "Tak",
        "maeramat.hemp",
        bcg=("bio",),
        offers=(("เปลือกกัญชงลอกแล้ว ตากแห้ง", "hemp_bast_fibre"),),
        needs=(X("เมล็ดพันธุ์กัญชงสายพันธุ์เส้นใย", "no seed supplier in the set"),),
    ),
    S(
        47,
        "en",
        "Khon Kaen Spinning",
        CT,
        MID,
        "Khon Kaen",
        "kkspinning",
        certs=(GRS,),
        bcg=("circular",),
        offers=(
            ("Ne 20/1 combed cotton yarn", "cotton_yarn"),
            ("Recycled cotton yarn, GRS", "recycled_cotton_yarn"),
        ),
        needs=(
            N("Shoddy cotton fibre for blending", "recycled_cotton_fibre"),
            N("Cotton lint for the virgin blend", "raw_cotton"),
        ),
    ),
    S(
        48,
        "th",
        "กลุ่มแม่บ้านใยย่านัดปราณบุรี",
        HNF,
        UP,
        "Prachuap Khiri Khan",
        "pranburi.palf",
        bcg=("bio",),
        offers=(("เส้นใยย่านัดขูดมือ ตากแดด", "pineapple_leaf_fibre"),),
        needs=(N("จ้างอัดใยสับปะรดของกลุ่มเป็นแผ่นกระดาษ", "sheet_pressing_service"),),
    ),
    S(
        49,
        "en",
        "Pattani Goat Farmers Cooperative",
        HNF,
        UP,
        "Pattani",
        "pattani.goat",
        certs=(HALAL,),
        offers=(("Salted goat hides, 200 pcs a month", "raw_hide"),),
        needs=(N("Plant tanning of our own hides, chrome-free", "leather_tanning_service"),),
    ),
    S(
        50,
        "th",
        "โรงงานเย็บผ้าบางบอน",
        CT,
        MID,
        "Bangkok",
        "bangbon.sewing",
        offers=(("รับตัดเย็บเสื้อผ้า CMT ขั้นต่ำ 200 ตัว", "garment_sewing_service"),),
        needs=(N("ถุงใส่เสื้อแบบย่อยสลายได้", "compostable_garment_bag"),),
    ),
    S(
        51,
        "en",
        "Nonthaburi Stitch Works",
        ALC,
        MID,
        "Nonthaburi",
        "stitchworks",
        offers=(
            ("Cut-make-trim sewing, woven and knit, 100 pcs min", "garment_sewing_service"),
            ("Garment dyeing in reactive colours, 50 pcs min", "reactive_garment_dyeing"),
        ),
        needs=(X("Cotton sewing thread, Tex 40", "no sewing-thread maker; weaving yarn is another good"),),
    ),
    S(
        52,
        "th",
        "ร้านเย็บกระเป๋าสันกำแพง",
        HNF,
        MID,
        "Chiang Mai",
        "sankamphaeng.bags",
        offers=(("รับเย็บกระเป๋าจากผ้าหรือหนังที่ลูกค้าส่งมา", "bag_sewing_service"),),
        needs=(X("อะไหล่กระเป๋าทองเหลือง ห่วง หัวเข็มขัด", "no hardware supplier in the set"),),
    ),
    S(
        53,
        "en",
        "Kora Bags",
        HNF,
        DOWN,
        "Bangkok",
        "korabags",
        bcg=("green",),
        offers=(("Totes and clutches in pineapple leather", "handbag"),),
        needs=(
            N("Piñatex-type pineapple leather", "pineapple_leather_sheet"),
            N("Vegetable-tanned cowhide, 1.8 mm", "veg_tanned_leather"),
            N("Outside workshop to sew our bags", "bag_sewing_service"),
        ),
    ),
    S(
        54,
        "th",
        "รองเท้าหนังทำมือ ดอยสะเก็ด",
        HNF,
        DOWN,
        "Chiang Mai",
        "doisaket.shoes",
        offers=(("รองเท้าหนังฟอกฝาด เย็บมือ", "footwear"),),
        needs=(
            N("หนังฟอกเปลือกไม้", "veg_tanned_leather"),
            N("ยางเครปทำพื้นรองเท้า", "crepe_rubber_sheet"),
            N("เศษหนังชิ้นเล็ก ทำพวงกุญแจ", "leather_offcuts"),
        ),
    ),
    S(
        55,
        "en",
        "Vega Shoes",
        SPT,
        DOWN,
        "Bangkok",
        "vegashoes",
        offers=(("Vegan sneakers with cactus or mycelium uppers", "footwear"),),
        needs=(
            N(
                "Desserto-, Mylo- or Piñatex-type plant leather",
                "cactus_leather_sheet",
                "mushroom_leather_sheet",
                "pineapple_leather_sheet",
            ),
            N("Natural rubber for outsoles", "crepe_rubber_sheet", "smoked_rubber_sheet"),
        ),
    ),
    S(
        56,
        "th",
        "สตูดิโอโคมไฟใยกล้วย",
        HNF,
        DOWN,
        "Bangkok",
        "kluai.lamp",
        offers=(("โคมไฟเพดานกระดาษใยกล้วย", "lamp"),),
        needs=(
            N("แผ่นกระดาษเส้นใยกล้วยอัด", "banana_fibre_sheet"),
            N("ลำไผ่สำหรับทำโครงโคม", "bamboo_culm"),
            X("กาวธรรมชาติ ไม่มีฟอร์มาลดีไฮด์", "no adhesive maker in the set"),
        ),
    ),
    S(
        57,
        "en",
        "Lumen & Loom",
        ALC,
        DOWN,
        "Bangkok",
        "lumenloom",
        offers=(("Pendant lamps, lacquered bamboo with lotus-fibre shades", "lamp"),),
        needs=(
            N("Lacquer coating for bamboo frames we send", "lacquer_coating_service"),
            N("Lotus cloth for lampshades", "lotus_fabric"),
        ),
    ),
    S(
        58,
        "th",
        "ฮักคราม",
        HNF,
        DOWN,
        "Bangkok",
        "hakkhram",
        offers=(("เสื้อเชิ้ตผ้าฝ้ายย้อมคราม", "apparel"),),
        needs=(
            N("ผ้าครามทอมือ หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric"),
            N("โรงงานรับเย็บเสื้อเชิ้ต", "garment_sewing_service"),
            N("ถุงพัสดุแบบคอมโพสต์ได้ มี มอก. ยิ่งดี", "compostable_mailer_bag", waive=(TIS,)),
        ),
    ),
    S(
        59,
        "en",
        "Slow Thread Studio",
        HNF,
        DOWN,
        "Bangkok",
        "slowthread",
        bcg=("green",),
        offers=(("Plant-dyed hemp dresses", "apparel"),),
        needs=(
            N("Mid-weight hemp cloth", "hemp_fabric"),
            N(
                "Plant dyeing of our hemp pieces, no synthetic dye",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
            N("Compostable poly sleeves for each dress", "compostable_garment_bag"),
        ),
    ),
    S(
        60,
        "en",
        "Andaman Cove Resort",
        ALC,
        DOWN,
        "Phuket",
        "andamancove",
        offers=(("Used latex pillows, 200 pcs, from 2024 refit", "used_latex_bedding"),),
        needs=(
            N("Latex pillows for 120 rooms, ISO 9001 not required", "latex_pillow", waive=(ISO9001,)),
            N("Sugarcane take-away boxes", "bagasse_food_box"),
        ),
    ),
)

# ------------------------------------------------------------------ data: hotels, care homes, shops, recyclers

SMES_4: tuple[Sme, ...] = (
    S(
        61,
        "th",
        "โรงแรมล้านนาวิลล์",
        ALC,
        DOWN,
        "Chiang Mai",
        "lannaville",
        needs=(
            N("หมอนนุ่นหรือหมอนยางพารา สำหรับ 80 ห้อง", "kapok_pillow", "latex_pillow"),
            N("ตะกร้าใส่ผ้าในห้องพัก", "woven_basket"),
            N("สลิปเปอร์ในห้องพัก ไม่เอาพลาสติก", "spa_slippers"),
        ),
    ),
    S(
        62,
        "en",
        "Golden Age Care Khon Kaen",
        ALI,
        DOWN,
        "Khon Kaen",
        "goldenage.kk",
        needs=(
            N("Pressure-relief mattresses in natural latex", "latex_mattress"),
            N("Easy-dress clothing for residents", "adaptive_clothing"),
            X("Washable incontinence pads", "no one offers them"),
        ),
    ),
    S(
        63,
        "en",
        "Siam Natural Exports",
        HNF,
        DOWN,
        "Chonburi",
        "siamnatural.export",
        needs=(
            N("Natural-fibre storage baskets, FOB Laem Chabang", "woven_basket"),
            N("Krajood bags, Fairtrade certified only", "woven_fibre_bag", req=(FAIRTRADE,)),
            N("Coconut fibre doormats, one container", "coir_doormat"),
        ),
    ),
    S(
        64,
        "th",
        "กลุ่มกระจูดทะเลน้อย",
        HNF,
        UP,
        "Phatthalung",
        "thalenoi.krajood",
        certs=(OTOP, FAIRTRADE),
        bcg=("bio",),
        offers=(
            ("ต้นกระจูดตากแห้ง รีดแบนแล้ว", "krajood_dried"),
            ("กระเป๋ากระจูดสานมือ สินค้าแฟร์เทรด", "woven_fibre_bag"),
        ),
    ),
    S(
        65,
        "th",
        "กลุ่มสานกระจูดหัวไทร",
        HNF,
        MID,
        "Nakhon Si Thammarat",
        "huasai.krajood",
        certs=(OTOP,),
        offers=(
            ("กระเป๋าสานจูด ย้อมสีธรรมชาติ", "woven_fibre_bag"),
            ("ตะกร้าจูดใส่ของ มีฝาปิด", "woven_basket"),
        ),
        needs=(
            N("จูดแห้ง ยาว 1.5 เมตร", "krajood_dried"),
            N("เปลือกไม้สำหรับย้อมเส้นจูด", "plant_dye_material"),
        ),
    ),
    S(
        66,
        "en",
        "Bangkok Eco Gift Shop",
        ALC,
        DOWN,
        "Bangkok",
        "ecogift.bkk",
        needs=(
            N("OTOP-listed woven bags", "woven_fibre_bag", req=(OTOP,)),
            N("Gift-grade khrueang khoen", "lacquerware"),
            N("Small kapok cushions with khit covers", "kapok_pillow"),
        ),
    ),
    S(
        67,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        ALI,
        DOWN,
        "Khon Kaen",
        "sukjai.care",
        needs=(
            N("ที่นอนยางพารากันแผลกดทับ", "latex_mattress"),
            X("เตียงผู้ป่วยปรับระดับได้", "no care beds in the set"),
        ),
    ),
    S(
        68,
        "th",
        "กลุ่มทอผ้าฝ้ายปักธงชัย",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "pakthongchai.cotton",
        offers=(("ผ้าฝ้ายทอมือสีดิบ ยังไม่ย้อม", "handwoven_cotton_fabric"),),
        needs=(
            N("ด้ายฝ้ายโรงงาน เบอร์ 20", "cotton_yarn", "organic_cotton_yarn"),
            N("ครามเปียกพร้อมก่อหม้อ", "indigo_paste"),
        ),
    ),
    S(
        69,
        "th",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        ALI,
        UP,
        "Surin",
        "thasawang.silk",
        certs=(PEACOCK,),
        offers=(("เส้นไหมพื้นบ้านสาวมือ ตรานกยูงพระราชทาน", "silk_yarn"),),
        needs=(X("ไข่ไหมพันธุ์ดีจากศูนย์หม่อนไหม", "no silkworm eggs in the set"),),
    ),
    S(
        70,
        "en",
        "Doi Colour Dyehouse",
        HNF,
        MID,
        "Chiang Mai",
        "doicolour",
        bcg=("green",),
        offers=(("Plant dyeing of your fabric or garments: ebony, lac, mango bark", "natural_dyeing_service"),),
        needs=(
            N("Lac for red dye", "stick_lac"),
            N("Dried myrobalan as mordant", "tannin_material"),
        ),
    ),
    S(
        71,
        "th",
        "กลุ่มผ้าหม้อห้อมทุ่งโฮ้ง",
        HNF,
        MID,
        "Phrae",
        "mohom.phrae",
        bcg=("bio",),
        offers=(
            ("ผ้าหม้อห้อมย้อมมือ พับละ 10 หลา", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อมเสื้อผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ),
        needs=(
            N("วัตถุดิบย้อมสีจากเปลือกไม้และแก่นไม้", "plant_dye_material"),
            N("ผ้าฝ้ายพื้นเมืองสีขาว สำหรับย้อมห้อม", "handwoven_cotton_fabric"),
        ),
    ),
    S(
        72,
        "th",
        "ร้านรับซื้อเศษผ้ามหาชัย",
        CT,
        UP,
        "Samut Sakhon",
        "mahachai.scrap",
        bcg=("circular",),
        offers=(
            ("เศษผ้าฝ้ายจากโต๊ะตัด คัดสีแล้ว", "textile_offcuts"),
            ("เสื้อผ้ามือสองคัดเกรด ขายเป็นกระสอบ", "used_garments"),
        ),
    ),
    S(
        73,
        "en",
        "Loop Fibre Recovery",
        CT,
        MID,
        "Nakhon Pathom",
        "loopfibre",
        certs=(GRS,),
        bcg=("circular",),
        offers=(("Recycled cotton fibre, mechanically opened", "recycled_cotton_fibre"),),
        needs=(
            N("Pre-consumer cotton scraps, one colour per bale", "textile_offcuts"),
            N("Post-consumer tees and jeans", "used_garments"),
        ),
    ),
    S(
        74,
        "th",
        "แบรนด์ผ้าเก่าเล่าใหม่",
        CT,
        DOWN,
        "Bangkok",
        "phakao.upcycle",
        bcg=("circular",),
        offers=(("กระเป๋าผ้าจากเสื้อยืดเก่า", "fabric_bag"),),
        needs=(
            N("เสื้อยืดมือสอง ผ้าคอตตอน", "used_garments"),
            N("ช่างเย็บกระเป๋ารับงานนอก", "bag_sewing_service"),
            N("เศษผ้าจากโรงงานตัดเย็บ", "textile_offcuts"),
        ),
    ),
    S(
        75,
        "en",
        "Foam Again",
        CT,
        MID,
        "Songkhla",
        "foamagain",
        bcg=("circular",),
        offers=(("Shredded latex pillow fill from recycled toppers", "shredded_latex_fill"),),
        needs=(N("Old latex pillows and toppers", "used_latex_bedding"),),
    ),
    S(
        76,
        "th",
        "สหกรณ์ยางพาราบ้านกรวด",
        SPT,
        UP,
        "Buriram",
        "bankruat.rubber",
        bcg=("bio",),
        offers=(
            ("น้ำยางสดจากสวน ส่งทุกเช้า", "field_latex"),
            ("ยางก้อนถ้วย", "cup_lump_rubber"),
        ),
    ),
    S(
        77,
        "en",
        "Hat Yai Crepe Rubber",
        SPT,
        MID,
        "Songkhla",
        "hatyai.crepe",
        offers=(
            ("Pale crepe sheet for shoe soles", "crepe_rubber_sheet"),
            ("Latex concentrate in 200 L drums", "concentrated_latex"),
        ),
        needs=(N("Fresh field latex, collected daily", "field_latex"),),
    ),
    S(
        78,
        "en",
        "Siam Latex Sleep",
        ALC,
        DOWN,
        "Bangkok",
        "siamlatexsleep",
        certs=(ISO9001,),
        offers=(
            ("Talalay latex pillows, hotel grade", "latex_pillow"),
            ("Natural latex mattresses, 6 inch", "latex_mattress"),
        ),
        needs=(N("Raw foam slabs in natural latex", "latex_foam_block"),),
    ),
    S(
        79,
        "th",
        "สปาบ้านสวนนนท์",
        ALC,
        DOWN,
        "Nonthaburi",
        "baansuan.spa",
        needs=(
            N("รองเท้าแตะสปา วัสดุธรรมชาติ", "spa_slippers"),
            N("ผ้าขนหนูใยไผ่", "bamboo_towel"),
            X("ใยบวบขัดผิว", "no loofah supplier in the set"),
        ),
    ),
    S(
        80,
        "th",
        "กลุ่มสานรองเท้าผักตบบางปะหัน",
        ALC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "banghaphan.slippers",
        offers=(
            ("รองเท้าแตะผักตบชวา สำหรับโรงแรมและสปา", "spa_slippers"),
            ("ตะกร้าผักตบทรงกลม", "woven_basket"),
        ),
        needs=(N("ผักตบตากแห้ง", "water_hyacinth_dried"),),
    ),
    S(
        81,
        "en",
        "Bamboo Terry Mills",
        ALC,
        MID,
        "Pathum Thani",
        "bambooterry",
        offers=(("Bamboo terry towels and bathrobes, 500 gsm", "bamboo_towel"),),
        needs=(N("Bamboo rayon yarn for terry", "bamboo_viscose_yarn"),),
    ),
    S(
        82,
        "th",
        "กลุ่มไผ่ป่าบ่อเกลือ",
        HNF,
        UP,
        "Nan",
        "bokluea.bamboo",
        certs=(FSC,),
        bcg=("bio",),
        offers=(
            ("ไม้ไผ่ลำ ตัดท่อน 2 เมตร ได้ FSC", "bamboo_culm"),
            ("ตอกไผ่จักแล้ว มัดละ 1 กก.", "bamboo_strip"),
        ),
    ),
    S(
        83,
        "en",
        "Tha Muang Bamboo Works",
        HNF,
        MID,
        "Kanchanaburi",
        "thamuang.bamboo",
        offers=(
            ("Split bamboo strips, kiln dried", "bamboo_strip"),
            ("Bamboo lamp frames to order", "lamp_frame"),
        ),
        needs=(N("Dammar resin for sealing", "dammar_resin"),),
    ),
    S(
        84,
        "th",
        "โรงงานภาชนะชานอ้อยกุมภวาปี",
        CT,
        MID,
        "Udon Thani",
        "kumphawapi.bagasse",
        bcg=("bio",),
        offers=(
            ("กล่องข้าวชานอ้อย 2 ช่อง", "bagasse_food_box"),
            ("ถ้วยชานอ้อย 8 ออนซ์", "bagasse_food_box"),
        ),
        needs=(
            N("กากอ้อยแห้ง", "sugarcane_bagasse"),
            X("แม่พิมพ์ขึ้นรูปเยื่อ", "no machine or mould maker in the set"),
        ),
    ),
    S(
        85,
        "th",
        "ร้านผ้าครามแม่ทองใบ",
        ALI,
        MID,
        "Sakon Nakhon",
        "maethongbai",
        certs=(OTOP,),
        offers=(
            ("ผ้าครามมัดหมี่ทอมือ โอทอป 4 ดาว", "indigo_dyed_cotton_fabric"),
            ("กระเป๋าผ้าครามทอมือ", "fabric_bag"),
        ),
        needs=(
            N("ด้ายฝ้ายพื้นบ้าน ปั่นด้วยหลา", "handspun_cotton_yarn"),
            N("สีครามธรรมชาติแบบเปียก ถังละ 5 กก.", "indigo_paste"),
        ),
    ),
    S(
        86,
        "en",
        "Organic Lanna Cotton Co.",
        HNF,
        MID,
        "Chiang Mai",
        "organiclanna",
        certs=(GOTS,),
        bcg=("bio",),
        offers=(
            ("GOTS organic cotton yarn, Ne 16/1", "organic_cotton_yarn"),
            ("Organic cotton canvas, 10 oz, GOTS", "organic_cotton_fabric"),
        ),
        needs=(
            X(
                "Organic cotton lint with GOTS",
                "the only raw cotton in the set holds Organic Thailand, not GOTS",
                "raw_cotton",
                req=(GOTS,),
            ),
        ),
    ),
    S(
        87,
        "th",
        "กลุ่มทอผ้ากัญชงปางมะผ้า",
        HNF,
        MID,
        "Mae Hong Son",
        "pangmapha.hemp",
        offers=(("ผ้าใยกัญชงทอกี่เอว", "hemp_fabric"),),
        needs=(N("ด้ายกัญชงต่อมือสำเร็จ", "hemp_yarn"),),
    ),
    S(
        88,
        "en",
        "Thread & Root",
        HNF,
        DOWN,
        "Bangkok",
        "threadroot",
        offers=(("Organic cotton knitwear, undyed", "apparel"),),
        needs=(
            N("Knitting yarn, organic cotton, GOTS certificate needed", "organic_cotton_yarn", req=(GOTS,)),
            N("Indigo vat dyeing of finished garments we send", "indigo_dyeing_service"),
            N("Yarn spun from recycled cotton; GRS nice to have", "recycled_cotton_yarn", waive=(GRS,)),
        ),
    ),
    S(
        89,
        "th",
        "กลุ่มทอใยบัวโพนพิสัย",
        ALI,
        MID,
        "Nong Khai",
        "phonphisai.lotus",
        offers=(("ผ้าทอใยบัวผสมไหม หน้ากว้าง 80 ซม.", "lotus_fabric"),),
        needs=(
            N("ใยบัวสาวแล้ว", "lotus_fibre_yarn"),
            N("ไหมน้อย ไม่ต้องมีตรานกยูง", "silk_yarn", waive=(PEACOCK,)),
        ),
    ),
    S(
        90,
        "en",
        "Krabi Mangrove Eco Lodge",
        ALC,
        DOWN,
        "Krabi",
        "krabimangrove",
        bcg=("green",),
        offers=(("Used latex mattress toppers, 60 pcs", "used_latex_bedding"),),
        needs=(
            N("Compostable food boxes from cane fibre", "bagasse_food_box"),
            N("Clothing in natural fibres for the lodge boutique", "apparel"),
            N("Coir entrance mats", "coir_doormat"),
        ),
    ),
    S(
        91,
        "th",
        "กลุ่มหมอนขิดบ้านศรีฐาน",
        ALI,
        DOWN,
        "Yasothon",
        "srithan.khit",
        certs=(OTOP,),
        offers=(
            ("หมอนขวานผ้าขิด ยัดนุ่นแท้", "kapok_pillow"),
            ("ที่นอนปิกนิกยัดนุ่น พับได้", "kapok_mattress"),
        ),
        needs=(
            N("นุ่นคุณภาพดี ปริมาณ 500 กิโล", "kapok_fibre"),
            N("ผ้าฝ้ายขาวทอมือไว้เย็บปลอกหมอน", "handwoven_cotton_fabric"),
        ),
    ),
    S(
        92,
        "th",
        "ร้านของฝากรักษ์โลก ข้าวสาร",
        HNF,
        DOWN,
        "Bangkok",
        "khaosan.gift",
        needs=(
            N(
                "กระเป๋ารักษ์โลกไว้ขายนักท่องเที่ยว ไม่ต้องมี OTOP",
                "woven_fibre_bag",
                "fabric_bag",
                "handbag",
                waive=(OTOP,),
            ),
            N("โคมไฟแขวนทำมือ", "lamp"),
        ),
    ),
    S(
        93,
        "en",
        "Southern Slope Engineering",
        SPT,
        DOWN,
        "Nakhon Si Thammarat",
        "southslope",
        needs=(
            N("Coir erosion blankets, 400 g/m2", "coir_geotextile"),
            X("Jute geotextile, 500 gsm", "no jute in the set"),
        ),
    ),
    S(
        94,
        "th",
        "กลุ่มเก็บสมอและเปลือกไม้บ้านไร่",
        HNF,
        UP,
        "Uthai Thani",
        "banrai.dyeplants",
        bcg=("bio",),
        offers=(
            ("ลูกสมอไทยตากแห้ง", "tannin_material"),
            ("เปลือกประดู่ เปลือกมะพูด สำหรับย้อมผ้า", "plant_dye_material"),
        ),
    ),
    S(
        95,
        "th",
        "โรงงานผ้ายืดบางปะกง",
        SPT,
        MID,
        "Chachoengsao",
        "bangpakong.knit",
        offers=(
            ("ผ้ายืดเรยอนจากไผ่ พิมพ์ลายได้", "bamboo_viscose_fabric"),
            ("ผ้าไลโอเซลล์ TENCEL จากยูคาลิปตัส", "lyocell_fabric"),
        ),
        needs=(N("เส้นด้ายเยื่อไผ่", "bamboo_viscose_yarn"),),
    ),
)

SMES: tuple[Sme, ...] = SMES_1 + SMES_2 + SMES_3 + SMES_4


# ------------------------------------------------------------------ links


def suppliers_for(need: Need, buyer: Sme, smes: tuple[Sme, ...]) -> list[Sme]:
    """SMEs other than the buyer with an offer labelled as the need asks and every certification it requires."""
    return [
        sme
        for sme in smes
        if sme.num != buyer.num
        and any(label in need.labels for _, label in sme.offers)
        and set(need.requires) <= set(sme.certifications)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        if not need.unmet
        for supplier in suppliers_for(need, buyer, smes)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_HANDLE = re.compile(r"^[a-z0-9]+(?:[.\-][a-z0-9]+)*$")
_EMAIL = re.compile(r"^[a-z0-9.\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+$")
_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")


def email(sme: Sme) -> str:
    return f"{sme.handle}@example.com"


def _thai_letter_share(text: str) -> float:
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for char in letters if _THAI_CHAR.match(char)) / len(letters)


def _latin_only(text: str) -> bool:
    return not _THAI_CHAR.search(text) and all(
        unicodedata.name(char, "").startswith("LATIN") for char in text if char.isalpha()
    )


def _names_certification(text: str, canonical: str) -> bool:
    """Whether `text` names the certification at all (affirmed or not)."""
    certification = next(c for c in CERTIFICATIONS if c.name == canonical)
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (certification.name, *certification.aliases, *certification.mentions)
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)


def _check_text(sme: Sme, where: str, text: str) -> list[str]:
    problems = []
    if not text or text != text.strip() or "  " in text:
        problems.append(f"{sme.id} {where}: empty text or stray spaces: {text!r}")
    if sme.language == "th" and _thai_letter_share(text) < THAI_LETTER_SHARE:
        problems.append(f"{sme.id} {where}: Thai profile but mostly non-Thai letters: {text!r}")
    if sme.language == "en" and not _latin_only(text):
        problems.append(f"{sme.id} {where}: English profile with non-Latin letters: {text!r}")
    return problems


def _check_profile(sme: Sme) -> list[str]:
    problems: list[str] = []
    if not _ID.match(sme.id):
        problems.append(f"{sme.id}: malformed id")
    if sme.language not in ("th", "en"):
        problems.append(f"{sme.id}: language {sme.language!r}")
    if not isinstance(sme.sub_cluster, SubCluster) or not isinstance(sme.stage, Stage):
        problems.append(f"{sme.id}: sub_cluster or stage is not a taxonomy value")
    province = resolve_province(sme.province)
    if province is None or province.name_en != sme.province:
        problems.append(f"{sme.id}: province {sme.province!r} is not a canonical English province name")
    if len(set(sme.certifications)) != len(sme.certifications):
        problems.append(f"{sme.id}: repeated certification")
    for certification in sme.certifications:
        if resolve_certification(certification) != certification:
            problems.append(f"{sme.id}: certification {certification!r} does not resolve to itself")
    bcg_values = {tag.value for tag in BcgTag}
    if len(set(sme.bcg)) != len(sme.bcg) or not set(sme.bcg) <= bcg_values:
        problems.append(f"{sme.id}: bcg {sme.bcg!r}")
    if not _HANDLE.match(sme.handle) or not _EMAIL.match(email(sme)):
        problems.append(f"{sme.id}: bad contact handle {sme.handle!r}")
    if len(sme.offers) > MAX_PHRASES or len(sme.needs) > MAX_PHRASES:
        problems.append(f"{sme.id}: more than {MAX_PHRASES} offers or needs")
    if not sme.offers and not sme.needs:
        problems.append(f"{sme.id}: neither offers nor needs")
    problems += _check_text(sme, "name", sme.name)
    for text, label in sme.offers:
        problems += _check_text(sme, "offer", text)
        if not _LABEL.match(label):
            problems.append(f"{sme.id}: malformed label {label!r}")
        claimed = find_certifications(text)
        if not claimed <= set(sme.certifications):
            problems.append(f"{sme.id}: offer {text!r} claims {sorted(claimed)} the profile does not hold")
    return problems


def _check_need(sme: Sme, need: Need, smes: tuple[Sme, ...], offered_by: dict[str, set[int]]) -> list[str]:
    problems = _check_text(sme, "need", need.text)
    where = f"{sme.id} need {need.text!r}"
    for label in need.labels:
        if not _LABEL.match(label):
            problems.append(f"{where}: malformed label {label!r}")
        if not offered_by.get(label, set()) - {sme.num}:
            problems.append(f"{where}: label {label!r} is offered by no one other than the buyer")
    if len(set(need.labels)) != len(need.labels):
        problems.append(f"{where}: repeated label")
    for certification in (*need.requires, *need.waives):
        if resolve_certification(certification) != certification:
            problems.append(f"{where}: certification {certification!r} is not a canonical name")
    if set(need.requires) & set(need.waives):
        problems.append(f"{where}: a certification both required and waived")
    named = find_certifications(need.text)
    if named != set(need.requires):
        problems.append(f"{where}: text names {sorted(named)} but the need requires {sorted(need.requires)}")
    for certification in need.waives:
        if not _names_certification(need.text, certification):
            problems.append(f"{where}: waives {certification!r} without naming it")
    qualified = suppliers_for(need, sme, smes)
    if need.unmet and qualified:
        problems.append(f"{where}: marked unmet but met by {[s.id for s in qualified]}")
    if not need.unmet and not need.labels:
        problems.append(f"{where}: met need without labels")
    if not need.unmet and not qualified:
        problems.append(f"{where}: no qualified supplier")
    return problems


def _check_targets(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    nums = [sme.num for sme in smes]
    if nums != list(range(1, N_PROFILES + 1)):
        problems.append(f"ids are not {PREFIX}-001 ... {PREFIX}-{N_PROFILES:03d} in order, each once")
    thai_share = sum(sme.language == "th" for sme in smes) / len(smes)
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        problems.append(f"{len(links)} links, outside {LINKS_RANGE}")
    language = {sme.id: sme.language for sme in smes}
    cross = sum(language[s] != language[b] for s, b in links)
    share = cross / len(links) if links else 0.0
    if not CROSS_SHARE_RANGE[0] <= share <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {share:.2f} outside {CROSS_SHARE_RANGE}")
    needs = [(sme, need) for sme in smes for need in sme.needs]
    unmet = sum(need.unmet for _, need in needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} unmet needs, outside {UNMET_RANGE}")
    per_need = [len(suppliers_for(need, sme, smes)) for sme, need in needs if not need.unmet]
    few = sum(1 <= count <= 3 for count in per_need)
    if few < 0.75 * len(per_need) or not any(count > 3 for count in per_need):
        problems.append("met needs should mostly have 1-3 suppliers and some more")
    texts = [text for sme in smes for text, _ in sme.offers] + [need.text for _, need in needs]
    repeated = sorted(text for text, count in Counter(texts).items() if count > 1)
    if repeated:
        problems.append(f"phrases used more than once: {repeated}")
    return problems


def check(smes: tuple[Sme, ...]) -> list[str]:
    offered_by: dict[str, set[int]] = {}
    for sme in smes:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.num)
    problems: list[str] = []
    ids = [sme.id for sme in smes]
    if len(set(ids)) != len(ids):
        problems.append("repeated ids")
    for sme in smes:
        problems += _check_profile(sme)
        for need in sme.needs:
            problems += _check_need(sme, need, smes, offered_by)
    if not problems:
        problems += _check_targets(smes, true_links(smes))
    return problems


# ------------------------------------------------------------------ counts


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {sme.id: sme for sme in smes}
    needs = [(sme, need) for sme in smes for need in sme.needs]
    met = [(sme, need) for sme, need in needs if not need.unmet]
    per_need = Counter(min(len(suppliers_for(need, sme, smes)), 4) for sme, need in met)
    languages = Counter(sme.language for sme in smes)
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    th_th = sum(by_id[s].language == by_id[b].language == "th" for s, b in links)
    en_en = sum(by_id[s].language == by_id[b].language == "en" for s, b in links)
    cross = th_en + en_th
    regions = Counter(province.region for sme in smes if (province := resolve_province(sme.province)))
    rows: list[tuple[str, str]] = [
        ("Profiles", str(len(smes))),
        ("Thai / English profiles", f"{languages['th']} / {languages['en']}"),
    ]
    rows += [(f"Sub-cluster `{sub.value}`", str(sum(s.sub_cluster is sub for s in smes))) for sub in SubCluster]
    rows += [(f"Stage `{stage.value}`", str(sum(s.stage is stage for s in smes))) for stage in Stage]
    rows += [(f"Region `{region.value}`", str(regions[region])) for region in Region]
    rows += [
        ("Distinct provinces", str(len({sme.province for sme in smes}))),
        (
            "Profiles without offers / without needs",
            f"{sum(not s.offers for s in smes)} / {sum(not s.needs for s in smes)}",
        ),
        ("Offers", str(sum(len(sme.offers) for sme in smes))),
        ("Distinct offer labels", str(len({label for sme in smes for _, label in sme.offers}))),
        ("Needs", str(len(needs))),
        ("Needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("Met needs with 1 / 2 / 3 / more qualified suppliers", " / ".join(str(per_need[k]) for k in (1, 2, 3, 4))),
        ("Needs requiring a certification", str(sum(bool(need.requires) for _, need in needs))),
        ("Needs waiving a certification", str(sum(bool(need.waives) for _, need in needs))),
        ("True links", str(len(links))),
        ("Links Thai supplier -> English buyer", str(th_en)),
        ("Links English supplier -> Thai buyer", str(en_th)),
        ("Cross-language links (share)", f"{cross} ({100 * cross / len(links):.1f} %)"),
        ("Within-language links (Thai-Thai / English-English)", f"{th_th + en_en} ({th_th} / {en_en})"),
        (
            "Links between different sub-clusters",
            str(sum(by_id[s].sub_cluster is not by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ rendering


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster.value,
        "stage": sme.stage.value,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": email(sme),
        "language": sme.language,
    }
    return json.dumps(record, ensure_ascii=False)


README = """\
# `eval/{set_name}`: plain registry entries about bio-based and natural materials

A hand-labelled, blind evaluation set for the cluster's partner matching. It measures how well the matcher
finds the true supplier-buyer pairs among {n} SME profiles whose wording it has never seen.

## What the set checks

The theme is new bio-based and natural materials: pineapple leaf fibre (PALF), banana and lotus stem fibre,
water hyacinth, sugarcane bagasse, coconut coir, kapok, bamboo and its viscose, natural rubber latex (field
latex, concentrate, smoked and crepe sheet, foam, pillows and mattresses), mycelium and cactus leather
alternatives, plant-tanned leather, natural lacquer, lac and resins, bioplastic and compostable packaging;
the farmers and collectors of the raw stems and leaves, the decorticating, spinning, weaving and
sheet-pressing groups, and their buyers (bag and shoe makers, furniture and lamp designers, fashion labels,
exporters, hotels, spas and care homes), together with the ordinary cotton, hemp, yarn, cloth, dye and
sewing suppliers of the cluster.

Every profile is a plain registry entry: one short phrase per offer or need, 0-3 offers and 0-3 needs,
about 55 % in Thai and the rest in English. The same kind of goods is written in many ways (local and
regional names such as บ่าขะนัด, ย่านัด, ยางฮัก, ห้อม, จูด, พร้าว; trade words, brand names such as Piñatex,
Desserto, Mylo, Ingeo, TENCEL, Dunlop and Talalay; abbreviations such as PALF, DRC, CMT, PLA, PBS; with and
without quantities, prices, sizes and minimum orders). A need is worded differently from the offers that
meet it, and often in the other language. Hard but fair cases are included on purpose:

- a service versus the goods it works on: indigo dyeing of the customer's cloth versus indigo-dyed cloth,
  sewing for others versus finished garments, decorticating, sheet pressing, tanning, lacquering and
  hyacinth weaving done on the customer's own leaves, fibre, hides and frames;
- waste and used goods versus new: leather offcuts, cutting-room scraps, used garments, used latex pillows
  and toppers;
- raw versus processed: stems and leaves, fibre, yarn, cloth, sheets and finished products of the same plant;
  field latex versus concentrate versus foam versus pillows; kapok fibre versus kapok pillows;
- finished goods described by their material, colour or technique (an indigo cotton shirt is a garment, an
  indigo cotton bag is a bag, a hyacinth sandal is a slipper);
- near neighbours that are other goods: coco peat versus coir fibre, edible lotus stems versus fibre stems,
  lyocell versus bamboo viscose, braided hyacinth versus dried stalks, mattress cores versus mattresses,
  lamp frames versus lamps, synthetic garment dyeing versus plant dyeing;
- needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye", "chrome-free",
  "ไม่เอาพลาสติก");
- needs that require a named certification (only holders qualify) and needs that name one only to waive it;
- needs that no one in the set meets, some of them with near misses (the goods exist but not with the
  certification the need requires).

## How it was written

By hand, by a writer who read only section 1 of the contracts file (cluster profiles JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer did not
read or run the matcher, the glossary, the tests, the other evaluation sets or the shared data. All data,
including the labels, lives only in `write.py`; the written files carry no labels.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short note. A
pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is never
linked to itself. Shared words play no part; quantities, prices and places never decide a link; what changes
what the thing is does. A waived certification is not required.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG tags are taxonomy values, every province resolves with `resolve_province` and is written as its
English name, every certification resolves with `resolve_certification`); every label a need lists is
offered by someone other than the buyer; every met need has a qualified supplier and every unmet one has
none; the certifications a need's text names (`find_certifications`) are exactly the ones it requires, and a
waived one is named in the text; offers claim no certification their SME lacks; Thai phrases are mostly Thai
letters and English ones Latin only; no phrase is used twice; and the size targets (95 profiles, 160-180
links, about half of them across languages, about 20 needs met by no one). It writes nothing if a check fails.

## How to regenerate

From the repository root:

    .venv/bin/python eval/{set_name}/write.py

Two runs give identical bytes. The script prints the counts table below.

## Files

| file | content |
|---|---|
| `write.py` | all data and labels; checks them and writes the three files below |
| `profiles.jsonl` | {n} SME profiles, JSONL version 1, ids `{prefix}-001` ... `{prefix}-{n:03d}`, no labels |
| `links.csv` | the true links, header `supplier_id,buyer_id`, sorted and deduplicated |
| `README.md` | this file |

## Counts

{table}"""


def render(smes: tuple[Sme, ...]) -> dict[str, bytes]:
    links = true_links(smes)
    profiles = "".join(profile_json(sme) + "\n" for sme in smes)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in links)
    readme = README.format(set_name=SET_NAME, n=len(smes), prefix=PREFIX, table=counts_table(counts(smes, links)))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": links_csv.encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    problems = check(SMES)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    files = render(SMES)
    if files != render(SMES):
        print("two renders differ; nothing written", file=sys.stderr)
        return 1
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(counts_table(counts(SMES, true_links(SMES))), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
