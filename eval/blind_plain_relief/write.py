"""Write the hand-labelled evaluation set `eval/blind_plain_relief/`.

Theme: disaster relief and emergency supplies (blankets, tents and tarpaulins, sandbags, relief kits,
reusable sanitary pads, mosquito nets, body bags and shrouds) with the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers of the cluster.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it
and the certifications its text requires, or is marked as met by no one. Links follow from the labels
only. Run from the repository root:

    .venv/bin/python eval/blind_plain_relief/write.py
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")
BcgTag = taxonomy.BcgTag
Stage = taxonomy.Stage
SubCluster = taxonomy.SubCluster
find_certifications = taxonomy.find_certifications
resolve_certification = taxonomy.resolve_certification
resolve_province = taxonomy.resolve_province

OUT_DIR = Path(__file__).resolve().parent
ID_PREFIX = "brl"
N_PROFILES = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

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


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[BcgTag, ...] = ()
    email: str = field(default="")

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def none(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; labels and req, when given, say why no offer qualifies."""
    return Need(text, labels, req, (), note)


# Groups of labels that a broadly worded need accepts.
BLANKETS = (
    "fleece_blanket",
    "microfibre_blanket",
    "cotton_quilt",
    "cotton_blanket",
    "recycled_fibre_blanket",
    "hemp_blanket",
)
SANDBAGS = ("pp_sandbag", "jute_sandbag")
BAGS = ("canvas_tote_bag", "nonwoven_bag", "banner_tote_bag", "handwoven_tote_bag")
MATTRESSES = ("kapok_mattress", "folding_mattress")
NETS = ("mosquito_net", "insecticide_treated_net")

# ------------------------------------------------------------------ part 1: upstream fibre, yarn, waste

PART_1 = [
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
        HEMP,
        UP,
        "Chiang Mai",
        offers=(
            o("เส้นใยกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre"),
            o("ด้ายกัญชงเข็นมือ เส้นเล็ก สีธรรมชาติ", "hemp_yarn"),
        ),
        needs=(none("เครื่องลอกเปลือกกัญชงแบบมอเตอร์", "machinery; no one in the set sells machines"),),
        certifications=("Organic Thailand",),
        bcg=(BIO,),
        email="maeraemhemp@example.co.th",
    ),
    Sme(
        2,
        "en",
        "Umphang Highland Hemp",
        HEMP,
        UP,
        "Tak",
        offers=(o("Decorticated hemp bast fibre, 50 kg bales", "hemp_fibre"),),
        needs=(none("Hemp seed for planting, registered low-THC variety", "seed; no one in the set sells seed"),),
        bcg=(BIO,),
        email="umphanghemp@example.com",
    ),
    Sme(
        3,
        "th",
        "กลุ่มปั่นฝ้ายมือบ้านหนองบัว",
        HEMP,
        UP,
        "Nan",
        offers=(
            o("ฝ้ายเข็นมือ ฝ้ายขาวและฝ้ายตุ่น", "handspun_cotton_yarn"),
            o("ฝ้ายดีดฟู สำหรับยัดนวม", "cotton_lint"),
        ),
        needs=(n("ปุยฝ้ายจากไร่ ยังไม่อีดเมล็ดออก", "seed_cotton"),),
        certifications=("OTOP",),
        bcg=(BIO,),
        email="nongbuacotton@example.co.th",
    ),
    Sme(
        4,
        "en",
        "Dan Sai Cotton Growers",
        HEMP,
        UP,
        "Loei",
        offers=(o("Hand-picked seed cotton, 2025 crop, 30 kg sacks", "seed_cotton"),),
        certifications=("Organic Thailand",),
        bcg=(BIO,),
        email="dansaicotton@example.com",
    ),
    Sme(
        5,
        "th",
        "สวนนุ่นบ้านโป่ง",
        HEMP,
        UP,
        "Ratchaburi",
        offers=(o("นุ่นคัดเม็ดแล้ว อัดกระสอบ 20 กก.", "kapok_fibre"),),
        bcg=(BIO,),
        email="banpongkapok@example.co.th",
    ),
    Sme(
        6,
        "en",
        "Mahachai Textile Scrap Trading",
        CIRC,
        UP,
        "Samut Sakhon",
        offers=(
            o("Cotton cutting waste from garment factories, sorted by colour", "cotton_cutting_waste"),
            o("Mixed polyester offcuts by the tonne", "polyester_offcuts"),
        ),
        bcg=(CIRCULAR,),
        email="mahachaiscrap@example.com",
    ),
    Sme(
        7,
        "th",
        "ร้านเสื้อผ้ามือสองโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        offers=(o("เสื้อผ้ามือสองเบลญี่ปุ่น คละไซซ์ กระสอบละ 100 กก.", "used_clothing"),),
        needs=(n("ผ้าใบคลุมกองสินค้ากันฝน ผืนใหญ่", "tarpaulin_sheet"),),
        bcg=(CIRCULAR,),
        email="rongkluea2hand@example.co.th",
    ),
    Sme(
        8,
        "en",
        "EastLoop Recycled Fibre Co.",
        CIRC,
        UP,
        "Chonburi",
        offers=(o("rPET hollow conjugated staple fibre 7D for filling", "recycled_polyester_fibre"),),
        needs=(
            n("Clean clear PET bottle flakes", "pet_flakes"),
            n("Baled post-consumer drink bottles", "used_pet_bottles"),
        ),
        certifications=("GRS",),
        bcg=(CIRCULAR,),
        email="sales@eastloop.example.com",
    ),
    Sme(
        9,
        "th",
        "ธนาคารขยะชุมชนบางบัวทอง",
        CIRC,
        UP,
        "Nonthaburi",
        offers=(
            o("ขวดน้ำพลาสติกใส อัดก้อน", "used_pet_bottles"),
            o("เกล็ดขวดเพ็ทล้างแล้ว สีใส", "pet_flakes"),
        ),
        bcg=(CIRCULAR,),
        email="bangbuathongbank@example.co.th",
    ),
    Sme(
        10,
        "th",
        "โรงงานเปิดใยผ้าขอนแก่น",
        CIRC,
        UP,
        "Khon Kaen",
        offers=(
            o("ใยฝ้ายรีไซเคิล เปิดจากเศษผ้า", "recycled_cotton_fibre"),
            o("รับเปิดเศษผ้าของลูกค้าให้เป็นใย คิดค่าจ้างต่อกิโล", "fibre_shredding_service"),
        ),
        needs=(
            n("เศษผ้าตัดจากโรงงานการ์เมนต์ ฝ้าย 100%", "cotton_cutting_waste"),
            n("เสื้อผ้าเก่าคัดทิ้ง ใส่ไม่ได้แล้ว", "used_clothing"),
        ),
        bcg=(CIRCULAR,),
        email="kkfibre@example.co.th",
    ),
    Sme(
        11,
        "en",
        "OpenEnd Recycled Yarns Ltd.",
        CIRC,
        UP,
        "Pathum Thani",
        offers=(o("Recycled cotton OE yarn Ne 10/1, grey melange", "recycled_cotton_yarn"),),
        needs=(
            n("Shoddy / reclaimed cotton fibre", "recycled_cotton_fibre"),
            n("Post-industrial cotton scraps", "cotton_cutting_waste"),
        ),
        certifications=("GRS",),
        bcg=(CIRCULAR,),
        email="info@openendyarns.example.com",
    ),
    Sme(
        12,
        "th",
        "บริษัทเส้นเทปพีพีระยอง",
        SPORT,
        UP,
        "Rayong",
        offers=(o("เส้นเทปพีพี สำหรับทอกระสอบ 1,000 ดีเนียร์", "pp_tape_yarn"),),
        certifications=("ISO 9001",),
        email="rayongpptape@example.co.th",
    ),
    Sme(
        13,
        "en",
        "Sakon Indigo Leaf Group",
        HEMP,
        UP,
        "Sakon Nakhon",
        offers=(o("Fermented natural indigo paste (nam hom), 1 kg tubs", "indigo_dye_paste"),),
        certifications=("OTOP",),
        bcg=(BIO,),
        email="sakonindigo@example.com",
    ),
    Sme(
        14,
        "th",
        "กลุ่มเข็นฝ้ายบ้านโพน",
        AGI,
        UP,
        "Kalasin",
        offers=(o("เส้นฝ้ายเข็น ย้อมแล้วหรือยังไม่ย้อมก็มี", "handspun_cotton_yarn"),),
        needs=(n("ฝ้ายทั้งเมล็ด ราคาหน้าไร่", "seed_cotton"),),
        bcg=(BIO,),
        email="banphoncotton@example.co.th",
    ),
    Sme(
        15,
        "th",
        "กลุ่มปลูกปอแก้วเกษตรวิสัย",
        HEMP,
        UP,
        "Roi Et",
        offers=(o("ปอแก้วแช่ฟอก ตากแห้ง มัดละ 10 กก.", "kenaf_fibre"),),
        bcg=(BIO,),
        email="kasetwisaikenaf@example.co.th",
    ),
    Sme(
        16,
        "en",
        "BannerBack Collection",
        CIRC,
        UP,
        "Bangkok",
        offers=(o("Used vinyl billboard banners, washed, cut 2 x 3 m", "used_vinyl_banner"),),
        bcg=(CIRCULAR,),
        email="hello@bannerback.example.com",
    ),
    Sme(
        17,
        "th",
        "ร้านรับซื้อผ้าใบเก่าหาดใหญ่",
        CIRC,
        UP,
        "Songkhla",
        offers=(o("ผ้าใบรถบรรทุกเก่า เต็นท์เก่า ขายเป็นกิโล", "used_tarpaulin"),),
        bcg=(CIRCULAR,),
        email="hatyaioldcanvas@example.co.th",
    ),
    Sme(
        18,
        "en",
        "Pai Valley Hemp Spinners",
        HEMP,
        UP,
        "Mae Hong Son",
        offers=(o("Hand-spun hemp thread, natural grey, per kg", "hemp_yarn"),),
        needs=(n("Dried hemp bark fibre", "hemp_fibre"),),
        bcg=(BIO,),
        email="paihemp@example.com",
    ),
    Sme(
        19,
        "th",
        "โรงดีดฝ้ายดีดนุ่นสุพรรณ",
        AGC,
        UP,
        "Suphan Buri",
        offers=(
            o("นุ่นดีดใหม่ ขายส่งเป็นกิโล", "kapok_fibre"),
            o("สำลีฝ้ายดีดสำหรับทำที่นอน", "cotton_lint"),
        ),
        needs=(none("ฝักนุ่นแห้งทั้งฝัก ยังไม่แกะ", "raw kapok pods; kapok sellers here offer cleaned floss only"),),
        email="suphankapok@example.co.th",
    ),
]

# ------------------------------------------------------------------ part 2: midstream cloth, dyeing, sewing

PART_2 = [
    Sme(
        20,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านดอนกอย",
        HEMP,
        MID,
        "Sakon Nakhon",
        offers=(
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าและเสื้อของลูกค้า", "indigo_dyeing_service"),
        ),
        needs=(
            n("เนื้อครามเปียก", "indigo_dye_paste"),
            n("อยากได้เส้นฝ้ายปั่นมือไว้ทอ", "handspun_cotton_yarn"),
        ),
        certifications=("OTOP",),
        bcg=(BIO,),
        email="donkoiindigo@example.co.th",
    ),
    Sme(
        21,
        "en",
        "Phrae Mo Hom Dye House",
        HEMP,
        MID,
        "Phrae",
        offers=(o("Indigo dyeing of your shirts or fabric, min 20 pcs", "indigo_dyeing_service"),),
        needs=(
            n("Indigo paste, natural only, no synthetic indigo", "indigo_dye_paste"),
            n("Unbleached plain cotton to dye", "grey_cotton_fabric"),
        ),
        bcg=(BIO,),
        email="phraemohom@example.com",
    ),
    Sme(
        22,
        "th",
        "โรงย้อมสีธรรมชาติสันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        offers=(
            o("รับย้อมสีธรรมชาติ ครั่ง ขมิ้น เปลือกมะพร้าว ผ้าลูกค้าส่งมา", "natural_dyeing_service"),
            o("ผ้าฝ้ายย้อมเปลือกประดู่ สีน้ำตาลแดง", "natural_dyed_cotton_fabric"),
        ),
        needs=(n("ผ้าฝ้ายดิบ ยังไม่ฟอกไม่ย้อม", "grey_cotton_fabric"),),
        bcg=(BIO,),
        email="sankamphaengdye@example.co.th",
    ),
    Sme(
        23,
        "en",
        "Doi Hemp Weavers",
        HEMP,
        MID,
        "Chiang Rai",
        offers=(o("Hand-loomed hemp cloth, 40 cm width, Hmong style", "hemp_fabric"),),
        needs=(
            n("Hand-twisted hemp yarn for the loom", "hemp_yarn"),
            n("Retted hemp bast", "hemp_fibre"),
        ),
        bcg=(BIO,),
        email="doihemp@example.com",
    ),
    Sme(
        24,
        "th",
        "โรงทอผ้าดิบโคราช",
        AGI,
        MID,
        "Nakhon Ratchasima",
        offers=(
            o("ผ้าดิบหน้า 36 นิ้ว ม้วนละ 50 หลา", "grey_cotton_fabric"),
            o("ผ้าขาวฟอกขาว ฝ้าย 100%", "bleached_cotton_fabric"),
        ),
        needs=(n("ด้ายฝ้ายเบอร์ 20 ปั่นเครื่อง", "cotton_yarn"),),
        email="koratgreige@example.co.th",
    ),
    Sme(
        25,
        "en",
        "Saraburi Cotton Spinning & Weaving Co.",
        HEMP,
        UP,
        "Saraburi",
        offers=(
            o("Combed cotton ring-spun yarn Ne 20/1 and 30/1", "cotton_yarn"),
            o("Loomstate cotton sheeting, 63 inch, by the bolt", "grey_cotton_fabric"),
        ),
        certifications=("ISO 9001", "OEKO-TEX Standard 100"),
        email="sales@saraburispinning.example.com",
    ),
    Sme(
        26,
        "th",
        "โรงทอผ้าแคนวาสนครชัยศรี",
        HEMP,
        MID,
        "Nakhon Pathom",
        offers=(o("ผ้าแคนวาสฝ้าย 12 ออนซ์ สีธรรมชาติ", "canvas_fabric"),),
        needs=(
            n("ด้ายคอตตอน 20/1 ขั้นต่ำ 1 ตัน", "cotton_yarn"),
            n("ด้ายที่ปั่นจากฝ้ายรีไซเคิล", "recycled_cotton_yarn"),
        ),
        email="nakhonchaisicanvas@example.co.th",
    ),
    Sme(
        27,
        "en",
        "Polar Loop Knitting",
        CIRC,
        MID,
        "Samut Prakan",
        offers=(o("Polar fleece from recycled bottles, 220 gsm, GRS", "fleece_fabric"),),
        needs=(n("GRS recycled polyester filament yarn, 150 denier", "recycled_polyester_yarn", req=("GRS",)),),
        certifications=("GRS",),
        bcg=(CIRCULAR,),
        email="polarloop@example.com",
    ),
    Sme(
        28,
        "th",
        "บริษัทผ้าเคลือบบางพลี",
        SPORT,
        MID,
        "Samut Prakan",
        offers=(
            o("ผ้าใบเคลือบพีวีซี หนา 0.45 มม. ม้วนหน้า 1.8 ม.", "pvc_coated_fabric"),
            o("ผ้าเคลือบพีอีวีเอ สีขาว กันซึม", "peva_coated_fabric"),
        ),
        needs=(n("เส้นด้ายโพลีเอสเตอร์ฟิลาเมนต์ 1000D สำหรับทอผ้าพื้น", "polyester_filament_yarn"),),
        certifications=("ISO 9001",),
        email="bangpleecoating@example.co.th",
    ),
    Sme(
        29,
        "en",
        "Ayutthaya PP Weaving",
        SPORT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        offers=(o("Circular-woven PP fabric in rolls, 90 gsm, uncoated", "pp_woven_fabric"),),
        needs=(n("Polypropylene raffia tape", "pp_tape_yarn"),),
        email="ayutthayapp@example.com",
    ),
    Sme(
        30,
        "th",
        "โรงถักผ้ามุ้งนครปฐม",
        SPORT,
        MID,
        "Nakhon Pathom",
        offers=(o("ผ้ามุ้งโพลีเอสเตอร์ 75 ดีเนียร์ ตา 156 รู", "netting_fabric"),),
        needs=(n("เส้นโพลีเอสเตอร์เส้นยาว 75D ไว้ถักตาข่าย", "polyester_filament_yarn"),),
        email="nakhonpathomnet@example.co.th",
    ),
    Sme(
        31,
        "en",
        "Bangpakong Filament Yarns",
        SPORT,
        UP,
        "Chachoengsao",
        offers=(
            o("Polyester filament yarn 75D to 1000D, high tenacity", "polyester_filament_yarn"),
            o("rPET filament yarn 150D from bottle chips", "recycled_polyester_yarn"),
        ),
        certifications=("GRS", "ISO 9001"),
        bcg=(CIRCULAR,),
        email="bangpakongyarn@example.com",
    ),
    Sme(
        32,
        "en",
        "AquaShield Laminates",
        SPORT,
        MID,
        "Samut Prakan",
        offers=(o("PUL fabric, polyester knit with TPU film, 1.5 m wide", "waterproof_pul_fabric"),),
        certifications=("OEKO-TEX Standard 100",),
        email="aquashield@example.com",
    ),
    Sme(
        33,
        "th",
        "โรงถักผ้าใยไผ่ลำพูน",
        HEMP,
        MID,
        "Lamphun",
        offers=(o("ผ้าขนหนูใยไผ่ ซับน้ำเร็ว 300 แกรม", "bamboo_terry_fabric"),),
        bcg=(BIO,),
        email="lamphunbamboo@example.co.th",
    ),
    Sme(
        34,
        "th",
        "โรงงานผ้าไม่ทอมาบตาพุด",
        SPORT,
        MID,
        "Rayong",
        offers=(o("สปันบอนด์ พีพี 40-80 แกรม มีหลายสี", "nonwoven_fabric"),),
        email="maptaphutnonwoven@example.co.th",
    ),
    Sme(
        35,
        "en",
        "Sampeng Trim & Webbing",
        SPORT,
        MID,
        "Bangkok",
        offers=(
            o("Sew-on reflective tape 5 cm, silver", "reflective_tape"),
            o("Nylon and PP webbing 25-50 mm", "webbing"),
            o("Spun polyester sewing thread 40/2 on cones", "sewing_thread"),
        ),
        email="sampengtrim@example.com",
    ),
    Sme(
        36,
        "th",
        "ห้องเสื้อรับจ้างเย็บบางแค",
        AGC,
        MID,
        "Bangkok",
        offers=(o("รับจ้างตัดเย็บตามแบบ ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 100 ชิ้น", "sewing_service"),),
        needs=(n("ด้ายเย็บผ้าหลอดใหญ่", "sewing_thread"),),
        email="bangkaesewing@example.co.th",
    ),
    Sme(
        37,
        "en",
        "Isan CMT Sewing Cooperative",
        AGI,
        MID,
        "Khon Kaen",
        offers=(o("CMT sewing, 40 machines, customer supplies fabric", "sewing_service"),),
        email="isancmt@example.com",
    ),
    Sme(
        38,
        "th",
        "กลุ่มแม่บ้านรับเย็บถุงผ้าเวียงชัย",
        CIRC,
        MID,
        "Chiang Rai",
        offers=(o("รับเย็บถุง เย็บปลอกหมอน จากผ้าที่ลูกค้าให้มา", "sewing_service"),),
        needs=(none("จักรเย็บอุตสาหกรรมมือสอง", "sewing machines; no one in the set sells machinery"),),
        email="wiangchaisewing@example.co.th",
    ),
    Sme(
        39,
        "th",
        "ร้านสกรีนปากเกร็ด",
        AGC,
        MID,
        "Nonthaburi",
        offers=(o("รับสกรีนโลโก้ลงถุงผ้า เสื้อยืด ผ้าห่ม", "screen_printing_service"),),
        needs=(none("สีสกรีนพลาสติซอล", "printing ink; no one in the set sells ink"),),
        email="pakkretscreen@example.co.th",
    ),
    Sme(
        40,
        "th",
        "กลุ่มรับยัดนุ่นบ้านศรีฐาน",
        AGI,
        MID,
        "Yasothon",
        offers=(o("รับยัดนุ่นหมอน ที่นอน ของลูกค้า คิดเป็นใบ", "stuffing_service"),),
        needs=(n("นุ่นแกะเมล็ดแล้ว", "kapok_fibre"),),
        email="sithankapok@example.co.th",
    ),
    Sme(
        41,
        "en",
        "DryTech Finishing",
        SPORT,
        MID,
        "Samut Sakhon",
        offers=(o("Water-repellent and flame-retardant finishing on customer fabric", "wr_finishing_service"),),
        certifications=("bluesign",),
        email="drytech@example.com",
    ),
    Sme(
        42,
        "th",
        "โรงถักผ้ายืดมหาชัย",
        CIRC,
        MID,
        "Samut Sakhon",
        offers=(o("ผ้ายืดคอตตอน 32 ถักเอง ส่งเป็นกิโล", "cotton_jersey_fabric"),),
        needs=(n("ด้ายคอตตอนหวี 32/1", "cotton_yarn"),),
        email="mahachaijersey@example.co.th",
    ),
    Sme(
        43,
        "en",
        "Lanna Organic Flannel",
        HEMP,
        MID,
        "Chiang Mai",
        offers=(o("GOTS organic cotton flannel, 160 gsm, brushed", "organic_cotton_flannel"),),
        needs=(
            none("Organic cotton yarn, GOTS certified", "no one in the set offers organic cotton yarn", req=("GOTS",)),
        ),
        certifications=("GOTS",),
        bcg=(BIO,),
        email="lannaflannel@example.com",
    ),
    Sme(
        44,
        "th",
        "ร้านผ้าพิมพ์ลายพาหุรัด",
        AGC,
        MID,
        "Bangkok",
        offers=(o("ผ้าคอตตอนพิมพ์ลายดอก ขายเป็นหลา", "printed_cotton_fabric"),),
        needs=(n("ผ้าดิบเนื้อแน่น สำหรับเอามาพิมพ์", "grey_cotton_fabric"),),
        email="pahuratprint@example.co.th",
    ),
    Sme(
        45,
        "en",
        "ReThread Fabrics",
        CIRC,
        MID,
        "Nakhon Pathom",
        offers=(o("Blanket cloth woven from recycled cotton-poly yarn, by the roll", "recycled_blanket_fabric"),),
        needs=(
            n("Open-end yarn spun from reclaimed cotton", "recycled_cotton_yarn"),
            n("Garnetted fibre from textile waste, cotton rich", "recycled_cotton_fibre"),
        ),
        certifications=("GRS",),
        bcg=(CIRCULAR,),
        email="rethread@example.com",
    ),
]

# ------------------------------------------------------------------ part 3: finished goods makers

PART_3 = [
    Sme(
        46,
        "th",
        "โรงทอผ้าขาวม้าชนบท",
        AGI,
        DOWN,
        "Khon Kaen",
        offers=(
            o("ผ้าขาวม้าทอเครื่อง ลายตาราง ยกโหล", "pha_khao_ma"),
            o("ผ้าถุงพิมพ์ลายมัดหมี่ ผืนละ 120 บาท", "sarong"),
        ),
        needs=(n("ด้ายฝ้ายปั่นเครื่อง ยกกล่อง", "cotton_yarn"),),
        certifications=("OTOP",),
        email="chonnabotcloth@example.co.th",
    ),
    Sme(
        47,
        "en",
        "Surin Natural Dye Studio",
        AGI,
        MID,
        "Surin",
        offers=(o("Natural dyeing with lac, ebony and indigo for your yarn or cloth", "natural_dyeing_service"),),
        needs=(none("Ebony fruit, fresh, for dyeing", "dye plants; no one in the set sells ebony fruit"),),
        bcg=(BIO,),
        email="surindye@example.com",
    ),
    Sme(
        48,
        "th",
        "ร้านกระเป๋าผ้าครามสกล",
        AGI,
        DOWN,
        "Sakon Nakhon",
        offers=(o("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ใบละ 250 บาท", "handwoven_tote_bag"),),
        needs=(n("ผ้าครามเป็นผืน ทอมือ", "indigo_dyed_cotton_fabric"),),
        certifications=("OTOP",),
        email="sakonindigobag@example.co.th",
    ),
    Sme(
        49,
        "en",
        "Hemp Home Chiang Mai",
        HEMP,
        DOWN,
        "Chiang Mai",
        offers=(o("Handwoven hemp throws, undyed", "hemp_blanket"),),
        needs=(
            n("Hemp cloth woven on backstrap looms", "hemp_fabric"),
            n("A dye house to colour our finished throws with plant dyes", "natural_dyeing_service"),
        ),
        bcg=(BIO,),
        email="hemphomecm@example.com",
    ),
    Sme(
        50,
        "th",
        "กลุ่มเย็บผ้าห่มนวมบ้านท่าช้าง",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        offers=(o("ผ้านวมยัดฝ้าย เย็บมือ ขนาด 5 ฟุต", "cotton_quilt"),),
        needs=(
            n("ใยฝ้ายปุยสำหรับทำไส้ผ้าห่ม", "cotton_lint"),
            n("ผ้าลายดอกไว้ทำปลอกนวม", "printed_cotton_fabric"),
        ),
        certifications=("OTOP",),
        email="thachangquilt@example.co.th",
    ),
    Sme(
        51,
        "en",
        "ReWarm Blankets",
        CIRC,
        DOWN,
        "Chonburi",
        offers=(o("Recycled PET fleece throws 150 x 200 cm, GRS", "fleece_blanket"),),
        needs=(
            n("Fleece made from recycled bottles, GRS certified", "fleece_fabric", req=("GRS",)),
            n("Toll opening of our fleece offcuts into fibre", "fibre_shredding_service"),
        ),
        certifications=("GRS",),
        bcg=(CIRCULAR,),
        email="rewarm@example.com",
    ),
    Sme(
        52,
        "th",
        "โรงงานผ้าห่มนาโนมหาชัย",
        AGC,
        DOWN,
        "Samut Sakhon",
        offers=(o("ผ้าห่มนาโน ตรากวางทอง 60x80 นิ้ว ยกลัง 20 ผืน", "microfibre_blanket"),),
        needs=(n("ผ้าขนนุ่มไมโครไฟเบอร์ เป็นม้วน", "fleece_fabric"),),
        certifications=("มอก.",),
        email="mahachainano@example.co.th",
    ),
    Sme(
        53,
        "en",
        "SoftCare Hospital Linen",
        AGC,
        DOWN,
        "Nonthaburi",
        offers=(
            o("Cellular cotton thermal blankets for hospital beds", "cotton_blanket"),
            o("Bath towels, 100% cotton, 500 gsm", "cotton_towel"),
            o("Quilted comforters with cotton filling, single size", "cotton_quilt"),
        ),
        needs=(
            n("Combed cotton yarn 20s", "cotton_yarn"),
            n("Ginned cotton for quilt filling", "cotton_lint"),
        ),
        certifications=("OEKO-TEX Standard 100", "Thai Industrial Standard"),
        email="softcare@example.com",
    ),
    Sme(
        54,
        "th",
        "วิสาหกิจผ้าห่มรีไซเคิลนครปฐม",
        CIRC,
        DOWN,
        "Nakhon Pathom",
        offers=(o("ผ้าห่มสีเทาจากใยรีไซเคิล สำหรับผู้ประสบภัย", "recycled_fibre_blanket"),),
        needs=(
            n("ผ้าผืนที่ทอจากด้ายรีไซเคิล สำหรับตัดผ้าห่ม", "recycled_blanket_fabric"),
            n("หาคนเย็บริมผ้าห่ม เราส่งผ้าไปให้", "sewing_service"),
        ),
        certifications=("ฉลากเขียว",),
        bcg=(CIRCULAR,),
        email="nakhonpathomrecycle@example.co.th",
    ),
    Sme(
        55,
        "en",
        "ShelterPro Thailand",
        SPORT,
        DOWN,
        "Samut Prakan",
        offers=(
            o("Family relief tent 4 x 4 m with sewn-in groundsheet", "relief_tent"),
            o("Reinforced tarpaulin 4 x 6 m with eyelets", "tarpaulin_sheet"),
        ),
        needs=(
            n("PVC coated polyester, 500-650 gsm, in rolls", "pvc_coated_fabric"),
            n("Flame-retardant treatment of our tent canvas", "wr_finishing_service"),
        ),
        certifications=("ISO 9001", "TIS"),
        email="shelterpro@example.com",
    ),
    Sme(
        56,
        "th",
        "ร้านผ้าใบและเต็นท์ตลาดน้อย",
        SPORT,
        DOWN,
        "Bangkok",
        offers=(
            o("ผ้าฟางตราเรือใบ ฟ้าส้ม เจาะตาไก่ 3x4 ม.", "tarpaulin_sheet"),
            o("เต็นท์ขาวโครงเหล็ก 4x8 งานวัด งานศพ", "canopy_tent"),
        ),
        needs=(
            n("ผ้าใบเก่าสภาพดี เอามาซ่อมขายต่อ", "used_tarpaulin"),
            n("สายรัดเต็นท์แบบแบน", "webbing"),
        ),
        email="talatnoitent@example.co.th",
    ),
    Sme(
        57,
        "th",
        "หาดใหญ่เต็นท์และผ้าใบ",
        SPORT,
        DOWN,
        "Songkhla",
        offers=(o("เต็นท์พักพิงผู้ประสบภัย 3x3 ม. มีพื้น", "relief_tent"),),
        needs=(
            n("ผ้าเคลือบกันน้ำหน้ากว้าง สำหรับขึ้นเต็นท์", "pvc_coated_fabric"),
            n("รับทำผ้าเต็นท์ของเราให้หน่วงไฟ", "wr_finishing_service"),
        ),
        email="hatyaitent@example.co.th",
    ),
    Sme(
        58,
        "en",
        "FloodGuard Sandbags",
        SPORT,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        offers=(
            o("Empty PP woven sandbags 45 x 75 cm, UV-stabilised", "pp_sandbag"),
            o("FIBC jumbo bags, 1 tonne, for flood walls", "fibc_jumbo_bag"),
        ),
        needs=(
            n("Woven polypropylene tube fabric, 45 cm flat", "pp_woven_fabric"),
            n("PP raffia tape for our own looms", "pp_tape_yarn"),
        ),
        certifications=("TIS",),
        email="floodguard@example.com",
    ),
    Sme(
        59,
        "th",
        "กลุ่มทอกระสอบปอเกษตรวิสัย",
        HEMP,
        DOWN,
        "Roi Et",
        offers=(o("กระสอบปอใส่ทรายกั้นน้ำ ย่อยสลายได้", "jute_sandbag"),),
        needs=(n("ปอกระเจาหรือปอแก้วฟอกแล้ว", "kenaf_fibre"),),
        certifications=("OTOP",),
        bcg=(BIO,),
        email="kasetwisaisack@example.co.th",
    ),
    Sme(
        60,
        "th",
        "บริษัทจัดชุดยังชีพพระราม 2",
        AGC,
        DOWN,
        "Bangkok",
        offers=(o("ชุดถุงยังชีพพร้อมแจก ใส่ผ้าห่ม มุ้ง ผ้าขาวม้า", "relief_kit"),),
        needs=(
            n("ถุงผ้าไม่ทอหูหิ้ว ใบใหญ่", "nonwoven_bag"),
            n("ผ้าขะม้า ยกโหล", "pha_khao_ma"),
            n("มุ้งนอน 5 ฟุต", *NETS),
        ),
        email="rama2reliefkit@example.co.th",
    ),
    Sme(
        61,
        "en",
        "Second Banner Bags",
        CIRC,
        DOWN,
        "Chiang Mai",
        offers=(o("Totes made from old vinyl banners", "banner_tote_bag"),),
        needs=(
            n("Discarded PVC advertising banners", "used_vinyl_banner"),
            n("Can anyone sew bags from our own material?", "sewing_service"),
        ),
        bcg=(CIRCULAR,),
        email="secondbanner@example.com",
    ),
    Sme(
        62,
        "th",
        "ถุงผ้าพิมพ์ลายนนท์",
        CIRC,
        DOWN,
        "Nonthaburi",
        offers=(
            o("ถุงผ้าดิบ สกรีนโลโก้ได้ ขั้นต่ำ 500 ใบ", "canvas_tote_bag"),
            o("ถุงสปันบอนด์หูหิ้ว", "nonwoven_bag"),
        ),
        needs=(
            n("ผ้าแคนวาสหนา", "canvas_fabric"),
            n("ผ้าไม่ถักไม่ทอ ม้วน 60 แกรม", "nonwoven_fabric"),
        ),
        email="nontbag@example.co.th",
    ),
    Sme(
        63,
        "en",
        "Dignity Kit Works",
        AGC,
        DOWN,
        "Bangkok",
        offers=(
            o("Women's dignity kits: reusable pads, underwear, soap, bag", "dignity_kit"),
            o("Family relief kits packed to order: blanket, net, sarong", "relief_kit"),
        ),
        needs=(
            n("Washable cloth sanitary pads, no Thai FDA needed", "reusable_sanitary_pad", waive=("Thai FDA",)),
            n("Cloth bags to pack the kits in", *BAGS),
        ),
        email="dignitykit@example.com",
    ),
    Sme(
        64,
        "th",
        "กลุ่มแม่บ้านผ้าอนามัยซักได้แม่จัน",
        HEMP,
        DOWN,
        "Chiang Rai",
        offers=(o("ผ้าอนามัยแบบผ้า ซักได้ ใช้ได้ 2 ปี", "reusable_sanitary_pad"),),
        needs=(
            n("ผ้าชั้นซับจากเส้นใยไม้ไผ่", "bamboo_terry_fabric"),
            n("ผ้าฝ้ายอินทรีย์เนื้อนุ่ม ชั้นสัมผัสผิว", "organic_cotton_flannel"),
            n("ผ้ากันซึม PUL ต้องผ่าน OEKO-TEX", "waterproof_pul_fabric", req=("OEKO-TEX Standard 100",)),
        ),
        certifications=("อย.",),
        email="maechanpads@example.co.th",
    ),
    Sme(
        65,
        "en",
        "Moon Cycle Cloth Pads",
        AGC,
        DOWN,
        "Bangkok",
        offers=(o("Washable menstrual pads, organic cotton top layer", "reusable_sanitary_pad"),),
        needs=(
            n("Organic cotton flannel, GOTS certified", "organic_cotton_flannel", req=("GOTS",)),
            n("Leak-proof laminated knit", "waterproof_pul_fabric"),
        ),
        email="mooncycle@example.com",
    ),
    Sme(
        66,
        "th",
        "กลุ่มเย็บส่วงบ้านเชียง",
        AGI,
        DOWN,
        "Udon Thani",
        offers=(o("ส่วง มุ้งสี่เหลี่ยม นอนได้ 2 คน", "mosquito_net"),),
        needs=(
            n("ผ้าตาข่ายทำมุ้ง เป็นม้วน", "netting_fabric"),
            n("ด้ายโพลีเอสเตอร์สำหรับเย็บมุ้ง", "sewing_thread"),
        ),
        email="banchiangnet@example.co.th",
    ),
    Sme(
        67,
        "en",
        "NetSafe Manufacturing",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        offers=(
            o("Long-lasting insecticidal nets (LLIN), 180 x 190 cm", "insecticide_treated_net"),
            o("Plain rectangular bed nets, white", "mosquito_net"),
        ),
        needs=(
            n("Knitted polyester mesh rolls, 100 denier", "netting_fabric"),
            none("Permethrin treatment of finished nets", "no one in the set offers insecticide treatment"),
        ),
        email="netsafe@example.com",
    ),
    Sme(
        68,
        "en",
        "Medi-Bag Supplies",
        AGC,
        DOWN,
        "Pathum Thani",
        offers=(o("Body bags, white PEVA, six handles, U-zip", "body_bag"),),
        needs=(
            n("PEVA laminated sheeting, leak-proof", "peva_coated_fabric"),
            n("Strapping for carry handles", "webbing"),
        ),
        certifications=("ISO 13485",),
        email="medibag@example.com",
    ),
    Sme(
        69,
        "th",
        "ร้านผ้ากะฝั่นปัตตานี",
        HEMP,
        DOWN,
        "Pattani",
        offers=(o("ผ้ากะฝั่น ผ้าขาวห่อศพมุสลิม ครบชุด", "burial_shroud"),),
        needs=(n("ผ้าฝ้ายขาว ไม่ผสมโพลีเอสเตอร์", "bleached_cotton_fabric"),),
        certifications=("Halal",),
        email="pattanikafan@example.co.th",
    ),
    Sme(
        70,
        "th",
        "ร้านสังฆภัณฑ์ขอนแก่น",
        AGI,
        DOWN,
        "Khon Kaen",
        offers=(
            o("ผ้าขาวห่อศพ ผ้าตราสังข์", "burial_shroud"),
            o("ไตรจีวรครบชุด ผ้ามัสลิน", "monk_robes"),
        ),
        needs=(n("ผ้าดิบเป็นพับ", "grey_cotton_fabric"),),
        email="kksangkhaphan@example.co.th",
    ),
]
# ------------------------------------------------------------------ part 4: more makers, then the buyers

PART_4 = [
    Sme(
        71,
        "th",
        "กลุ่มทอเสื่อกกจันทบูร",
        AGC,
        DOWN,
        "Chanthaburi",
        offers=(o("เสื่อกกจันทบูร ผืนใหญ่ 5 ฟุต", "reed_mat"),),
        needs=(none("ต้นกกตากแห้ง ผ่าเส้นแล้ว", "reed stems; no one in the set grows reeds"),),
        certifications=("OTOP",),
        bcg=(BIO,),
        email="chanthabunmat@example.co.th",
    ),
    Sme(
        72,
        "th",
        "กลุ่มหมอนขิดบ้านศรีฐาน",
        AGI,
        DOWN,
        "Yasothon",
        offers=(o("หมอนขิดสามเหลี่ยม ยัดนุ่น 10 ช่อง", "triangle_pillow"),),
        needs=(
            n("นุ่นล้างสะอาด ไว้ยัดหมอน", "kapok_fibre"),
            none("ผ้าขิดทอมือเป็นผืน", "khit brocade cloth; no one in the set offers it"),
        ),
        certifications=("OTOP",),
        email="sithanpillow@example.co.th",
    ),
    Sme(
        73,
        "en",
        "Roll & Rest Mattresses",
        AGC,
        DOWN,
        "Kanchanaburi",
        offers=(o("Roll-up kapok floor mattress, 3 folds", "kapok_mattress"),),
        needs=(
            n("Clean kapok floss", "kapok_fibre"),
            n("Filling done by a contractor, we send the covers", "stuffing_service"),
            none("Striped cotton mattress ticking, 60 inch", "ticking; no one in the set offers it"),
        ),
        bcg=(BIO,),
        email="rollandrest@example.com",
    ),
    Sme(
        74,
        "th",
        "ที่นอนรีไซเคิลสุราษฎร์",
        CIRC,
        DOWN,
        "Surat Thani",
        offers=(o("ฟูกพับยัดใยรีไซเคิล สำหรับศูนย์พักพิง", "folding_mattress"),),
        needs=(
            n("ใยขวดพลาสติกยัดที่นอน ไม่ต้องมี GRS", "recycled_polyester_fibre", waive=("GRS",)),
            n("เศษผ้าโพลีเอสเตอร์ ไว้ย่อยยัดฟูก", "polyester_offcuts"),
            none("ผ้าห่มบริจาคมือสอง ไว้ทำไส้ที่นอน", "used blankets; no one in the set offers them"),
        ),
        bcg=(CIRCULAR,),
        email="suratrecyclebed@example.co.th",
    ),
    Sme(
        75,
        "en",
        "Coastline Rainwear",
        SPORT,
        DOWN,
        "Prachuap Khiri Khan",
        offers=(o("PVC rain ponchos with hood, one size", "rain_poncho"),),
        needs=(
            n("Light PVC-coated polyester for ponchos", "pvc_coated_fabric"),
            none("Biodegradable PLA film for disposable ponchos", "film; no one in the set offers it"),
        ),
        email="coastlinerain@example.com",
    ),
    Sme(
        76,
        "th",
        "โรงงานเสื้อชูชีพศรีราชา",
        SPORT,
        DOWN,
        "Chonburi",
        offers=(o("เสื้อชูชีพโฟม มอก. ผู้ใหญ่และเด็ก", "life_jacket"),),
        needs=(
            n("สายรัดไนลอนพร้อมหัวล็อก", "webbing"),
            n("แถบสะท้อนแสงติดเสื้อ", "reflective_tape"),
        ),
        certifications=("Thai Industrial Standard",),
        email="sriracha.lifejacket@example.co.th",
    ),
    Sme(
        77,
        "en",
        "RescueWear Bangkok",
        SPORT,
        DOWN,
        "Bangkok",
        offers=(o("High-visibility vests with reflective stripes", "hi_vis_vest"),),
        needs=(
            n("Retro-reflective trim, silver", "reflective_tape"),
            none("Fluorescent yellow polyester fabric for vests", "hi-vis fabric; no one in the set offers it"),
        ),
        email="rescuewear@example.com",
    ),
    Sme(
        78,
        "th",
        "ผลิตภัณฑ์ดูแลผู้สูงอายุบางใหญ่",
        AGC,
        DOWN,
        "Nonthaburi",
        offers=(
            o("แผ่นรองซับซักได้ 4 ชั้น", "washable_underpad"),
            o("กางเกงผ้าอ้อมผู้ใหญ่แบบผ้า", "cloth_adult_diaper"),
        ),
        needs=(
            n("ผ้าเคลือบทีพียูกันน้ำ", "waterproof_pul_fabric"),
            n("ผ้าซับน้ำเส้นใยไผ่", "bamboo_terry_fabric"),
            n("ด้ายเย็บโพลีเอสเตอร์", "sewing_thread"),
        ),
        email="bangyaicare@example.co.th",
    ),
    Sme(
        79,
        "th",
        "โรงงานเสื้อยืดจิตอาสาราชบุรี",
        AGC,
        DOWN,
        "Ratchaburi",
        offers=(o("เสื้อยืดจิตอาสา สกรีนตามสั่ง", "volunteer_tshirt"),),
        needs=(
            n("ผ้าเจอร์ซีย์ฝ้าย เป็นกิโล", "cotton_jersey_fabric"),
            n("มีใครรับย้อมครามเสื้อที่เราเย็บเสร็จแล้วไหม", "indigo_dyeing_service"),
        ),
        email="ratchaburitee@example.co.th",
    ),
    Sme(
        80,
        "en",
        "Red Cross Relief Supply Unit, Bangkok",
        AGC,
        DOWN,
        "Bangkok",
        needs=(
            n("Relief blankets meeting Thai Industrial Standard", *BLANKETS, req=("Thai Industrial Standard",)),
            n("Family tents, 16 m2", "relief_tent"),
            n("Cadaver bags, ISO 13485", "body_bag", req=("ISO 13485",)),
        ),
        email="relief.supply@example.org",
    ),
    Sme(
        81,
        "th",
        "องค์การบริหารส่วนตำบลหนองขอน",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        needs=(
            n("กระสอบทรายเปล่า 10,000 ใบ", *SANDBAGS),
            n("ผ้าห่มกันหนาวแจกผู้สูงอายุ", *BLANKETS),
            n("เต็นท์ตั้งจุดแจกของ", "canopy_tent"),
        ),
        email="nongkhon.sao@example.go.th",
    ),
    Sme(
        82,
        "th",
        "เทศบาลตำบลริมกก",
        HEMP,
        DOWN,
        "Chiang Rai",
        needs=(
            n("มุ้งแจกศูนย์อพยพ", *NETS),
            n("สาดปูนอน", "reed_mat"),
            n("หมอนขิดแจกผู้สูงอายุ โอทอปไม่จำเป็น", "triangle_pillow", waive=("OTOP",)),
        ),
        email="rimkok.muni@example.go.th",
    ),
    Sme(
        83,
        "th",
        "มูลนิธิช่วยผู้ประสบภัยนครศรีฯ",
        AGC,
        DOWN,
        "Nakhon Si Thammarat",
        offers=(o("เสื้อผ้าบริจาคที่เหลือจากการแจก คัดแล้ว", "used_clothing"),),
        needs=(
            n("ถุงใส่ศพ", "body_bag"),
            n("ผ้ากะฝั่นสำหรับผู้เสียชีวิตมุสลิม ต้องได้ฮาลาล", "burial_shroud", req=("Halal",)),
            n("ผ้าปาเต๊ะ ผ้าถุงสำหรับผู้หญิงในศูนย์พักพิง", "sarong"),
        ),
        email="nakhonsi.relief@example.org",
    ),
    Sme(
        84,
        "en",
        "Andaman Relief Foundation",
        AGC,
        DOWN,
        "Phuket",
        needs=(
            n("Reusable menstrual pads with Thai FDA registration", "reusable_sanitary_pad", req=("Thai FDA",)),
            n("Women's hygiene kits", "dignity_kit"),
            none(
                "Baby blankets in GOTS organic cotton",
                "no blanket maker in the set holds GOTS",
                "cotton_blanket",
                "cotton_quilt",
                req=("GOTS",),
            ),
        ),
        email="andamanrelief@example.org",
    ),
    Sme(
        85,
        "th",
        "วัดป่าโนนสำราญ",
        AGI,
        DOWN,
        "Sisaket",
        needs=(
            n("อยากได้ผ้าห่มนวมสัก 300 ผืน แจกชาวบ้าน", "cotton_quilt"),
            n("ผ้าไตรสำหรับถวายพระ", "monk_robes"),
            none("ผ้าห่มฟอยล์ฉุกเฉิน", "foil emergency blankets; no one in the set offers them"),
        ),
        email="watnonsamran@example.or.th",
    ),
    Sme(
        86,
        "en",
        "Border Communities Relief Network",
        HEMP,
        DOWN,
        "Tak",
        needs=(
            n("Insecticide-treated bed nets", "insecticide_treated_net"),
            n("Warm blankets, no synthetic fibre", "cotton_quilt", "cotton_blanket", "hemp_blanket"),
            n("Cloth sanitary pads, washable", "reusable_sanitary_pad"),
        ),
        email="borderrelief@example.org",
    ),
    Sme(
        87,
        "th",
        "ศูนย์ช่วยเหลือผู้ประสบอุทกภัยหาดใหญ่",
        SPORT,
        DOWN,
        "Songkhla",
        needs=(
            n("เสื้อชูชีพ ต้องมี มอก.", "life_jacket", req=("Thai Industrial Standard",)),
            n("เสื้อกันฝนแบบค้างคาว", "rain_poncho"),
            none("เรือท้องแบน", "boats; no one in the set sells boats"),
        ),
        email="hatyaiflood@example.go.th",
    ),
    Sme(
        88,
        "en",
        "Ayutthaya Flood Response Centre",
        CIRC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        needs=(
            n("Sandbags, biodegradable, no plastic", "jute_sandbag"),
            n("Big bags 1 ton for river banks", "fibc_jumbo_bag"),
            n("Ground sheets", "tarpaulin_sheet"),
        ),
        email="ayutthayaflood@example.go.th",
    ),
    Sme(
        89,
        "en",
        "Golden Years Care Home",
        AGC,
        DOWN,
        "Nonthaburi",
        needs=(
            n("Washable bed pads for incontinence", "washable_underpad"),
            n("Blankets, OEKO-TEX certified", *BLANKETS, req=("OEKO-TEX Standard 100",)),
            n("Reusable adult briefs", "cloth_adult_diaper"),
        ),
        email="goldenyears@example.com",
    ),
    Sme(
        90,
        "th",
        "โรงพยาบาลชุมชนบ้านท่าโพธิ์",
        AGC,
        DOWN,
        "Phitsanulok",
        needs=(
            n("ถุงห่อศพ มาตรฐาน ISO 13485", "body_bag", req=("ISO 13485",)),
            n("ผ้าห่มผู้ป่วยแบบผ้าฝ้ายรูพรุน", "cotton_blanket"),
            n("ผ้าขาวห่อศพ", "burial_shroud"),
        ),
        email="thaphohospital@example.go.th",
    ),
    Sme(
        91,
        "en",
        "Trang Volunteer Rescue Association",
        SPORT,
        DOWN,
        "Trang",
        needs=(
            n("Safety vests for volunteers, hi-vis", "hi_vis_vest"),
            n("Printed volunteer tees", "volunteer_tshirt"),
            n("Rain ponchos", "rain_poncho"),
        ),
        email="trangrescue@example.org",
    ),
    Sme(
        92,
        "th",
        "เหล่ากาชาดจังหวัดลำปาง",
        AGC,
        DOWN,
        "Lampang",
        needs=(
            n("ชุดยังชีพพร้อมแจก", "relief_kit"),
            n("ผ้าต้วบ ผ้าห่มนวม", "cotton_quilt"),
            n("สะลี ที่นอนพับได้ สำหรับศูนย์พักพิง", *MATTRESSES),
        ),
        email="lampang.redcross@example.or.th",
    ),
    Sme(
        93,
        "en",
        "Mekong Flood Relief Volunteers",
        AGI,
        DOWN,
        "Nakhon Phanom",
        needs=(
            n("Sleeping mats", "reed_mat"),
            n("Pha khao ma cloths for relief packs", "pha_khao_ma"),
            none("Drinking water filters", "water filters; no one in the set sells them"),
        ),
        email="mekongrelief@example.org",
    ),
    Sme(
        94,
        "th",
        "วัดศรีมงคล",
        CIRC,
        DOWN,
        "Nan",
        needs=(
            n("ถุงผ้าใส่ของบริจาค สกรีนชื่อวัด", *BAGS),
            n("ผ้าห่มที่ทำจากขวดพลาสติกรีไซเคิล", "fleece_blanket"),
            none("ผ้าห่มขนสัตว์แท้", "wool blankets; no one in the set offers them"),
        ),
        email="watsrimongkol@example.or.th",
    ),
    Sme(
        95,
        "en",
        "Prachinburi Disaster Prevention Office",
        AGC,
        DOWN,
        "Prachinburi",
        needs=(
            n("Screen printing of our logo on donated bags", "screen_printing_service"),
            n("Towels for evacuation centres", "cotton_towel"),
            n("Emergency shelters for evacuees", "relief_tent"),
        ),
        email="prachinburi.dpm@example.go.th",
    ),
]

# ------------------------------------------------------------------ engine: checks, links, files


def all_smes() -> list[Sme]:
    return [*PART_1, *PART_2, *PART_3, *PART_4]


def supplier_certs(sme: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme.certifications}


def qualified_suppliers(need: Need, buyer: Sme, smes: list[Sme]) -> list[Sme]:
    found = []
    for sme in smes:
        if sme.num == buyer.num:
            continue
        if any(offer.label in need.labels for offer in sme.offers) and set(need.requires) <= supplier_certs(sme):
            found.append(sme)
    return found


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet_note:
                continue
            for supplier in qualified_suppliers(need, buyer, smes):
                pairs.add((supplier.id, buyer.id))
    return sorted(pairs)


def letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")]


def is_thai_char(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def is_latin_char(ch: str) -> bool:
    return ch.isascii() or "\u00c0" <= ch <= "\u024f"


def check_language(sme: Sme, text: str, where: str) -> list[str]:
    chars = letters(text)
    if sme.lang == "th":
        thai = sum(1 for ch in chars if is_thai_char(ch))
        if not chars or thai / len(chars) < 0.6:
            return [f"{sme.id} {where}: Thai phrase is not mostly Thai letters: {text!r}"]
    elif any(not is_latin_char(ch) for ch in chars):
        return [f"{sme.id} {where}: English phrase has non-Latin letters: {text!r}"]
    return []


def mentioned(cert: str, text: str) -> bool:
    """Whether text names the certification at all, negated or not."""
    normalised = unicodedata.normalize("NFKC", text)
    for name, matchers in taxonomy._CERTIFICATION_MATCHERS:
        if name == cert:
            return any(matcher.search(normalised) for matcher in matchers)
    return False


def check_profile_fields(sme: Sme, emails: Counter[str]) -> list[str]:
    errors = []
    if sme.lang not in ("th", "en"):
        errors.append(f"{sme.id}: bad language {sme.lang!r}")
    if not isinstance(sme.sub_cluster, SubCluster) or not isinstance(sme.stage, Stage):
        errors.append(f"{sme.id}: sub-cluster or stage not a taxonomy value")
    province = resolve_province(sme.province)
    if province is None or province.name_en != sme.province:
        errors.append(f"{sme.id}: province {sme.province!r} is not a canonical English province name")
    for cert in sme.certifications:
        if resolve_certification(cert) is None:
            errors.append(f"{sme.id}: certification {cert!r} does not resolve")
    if len(set(sme.certifications)) != len(sme.certifications):
        errors.append(f"{sme.id}: repeated certification")
    if any(not isinstance(tag, BcgTag) for tag in sme.bcg) or len(set(sme.bcg)) != len(sme.bcg):
        errors.append(f"{sme.id}: bad BCG tags")
    if "@" not in sme.email or emails[sme.email] > 1:
        errors.append(f"{sme.id}: bad or repeated e-mail {sme.email!r}")
    if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
        errors.append(f"{sme.id}: needs 0-3 offers and 0-3 needs, and at least one of them")
    texts = [sme.name, *(x.text for x in sme.offers), *(x.text for x in sme.needs)]
    if any(t != t.strip() or not t or "  " in t for t in texts) or len(set(texts)) != len(texts):
        errors.append(f"{sme.id}: empty, padded or repeated phrase")
    for where, text in [("name", sme.name), *(("offer", x.text) for x in sme.offers)]:
        errors += check_language(sme, text, where)
    for need in sme.needs:
        errors += check_language(sme, need.text, "need")
    held = supplier_certs(sme)
    for offer in sme.offers:
        claimed = find_certifications(offer.text)
        if not claimed <= held:
            errors.append(f"{sme.id}: offer {offer.text!r} claims {sorted(claimed - held)} it does not hold")
    return errors


def check_need(need: Need, buyer: Sme, smes: list[Sme], offered_by: dict[str, set[int]]) -> list[str]:
    errors = []
    where = f"{buyer.id} need {need.text!r}"
    for label in need.labels:
        if not offered_by.get(label, set()) - {buyer.num}:
            errors.append(f"{where}: label {label!r} is offered by no one else")
    for cert in (*need.requires, *need.waives):
        if resolve_certification(cert) != cert:
            errors.append(f"{where}: {cert!r} is not a canonical certification name")
    named = find_certifications(need.text)
    for cert in need.requires:
        if cert not in named:
            errors.append(f"{where}: required {cert} is not named in the text")
    for cert in need.waives:
        if cert in named or not mentioned(cert, need.text):
            errors.append(f"{where}: waived {cert} is not named as waived in the text")
    if named - set(need.requires):
        errors.append(f"{where}: text asks for {sorted(named - set(need.requires))} but the need does not require it")
    suppliers = qualified_suppliers(need, buyer, smes)
    if need.unmet_note:
        if suppliers:
            errors.append(f"{where}: marked unmet but met by {[s.id for s in suppliers]}")
    elif not need.labels:
        errors.append(f"{where}: lists no labels and is not marked unmet")
    elif not suppliers:
        errors.append(f"{where}: no qualified supplier")
    return errors


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors = []
    nums = [sme.num for sme in smes]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run brl-001 .. brl-{N_PROFILES:03d} in order; got {len(nums)} profiles")
    emails = Counter(sme.email for sme in smes)
    offered_by: dict[str, set[int]] = {}
    for sme in smes:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.num)
    for sme in smes:
        errors += check_profile_fields(sme, emails)
        for need in sme.needs:
            errors += check_need(need, sme, smes, offered_by)
    thai_share = sum(sme.lang == "th" for sme in smes) / max(1, len(smes))
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links, outside {LINK_RANGE}")
    lang = {sme.id: sme.lang for sme in smes}
    cross = sum(lang[s] != lang[b] for s, b in links) / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    unmet = sum(1 for sme in smes for need in sme.needs if need.unmet_note)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs, outside {UNMET_RANGE}")
    return errors


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {sme.id: sme for sme in smes}
    needs = [(sme, need) for sme in smes for need in sme.needs]
    met = [(sme, need) for sme, need in needs if not need.unmet_note]
    offers = [offer for sme in smes for offer in sme.offers]
    th_en = sum(by_id[s].lang == "th" and by_id[b].lang == "en" for s, b in links)
    en_th = sum(by_id[s].lang == "en" and by_id[b].lang == "th" for s, b in links)
    cross = th_en + en_th
    share = f"{cross} ({100 * cross / max(1, len(links)):.0f} %)"
    suppliers_per_need = Counter(min(len(qualified_suppliers(need, sme, smes)), 4) for sme, need in met)
    regions = Counter(resolve_province(sme.province).region for sme in smes)
    rows = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{sum(s.lang == 'th' for s in smes)} / {sum(s.lang == 'en' for s in smes)}"),
    ]
    rows += [(f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub for s in smes))) for sub in SubCluster]
    rows += [(f"stage {stage.value}", str(sum(s.stage == stage for s in smes))) for stage in Stage]
    rows += [(f"region {region.value}", str(regions[region])) for region in taxonomy.Region]
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len({offer.label for offer in offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(suppliers_per_need[k]) for k in range(1, 5)),
        ),
        ("needs requiring a certification", str(sum(bool(need.requires) for _, need in needs))),
        ("needs waiving a certification", str(sum(bool(need.waives) for _, need in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", share),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines)


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster.value,
        "stage": sme.stage.value,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": [tag.value for tag in sme.bcg],
        "contact_email": sme.email,
        "language": sme.lang,
    }
    return json.dumps(record, ensure_ascii=False)


README_TEMPLATE = """# eval/blind_plain_relief: disaster relief supplies, plain registry wording

## What the set checks

Whether the matcher finds true supplier-buyer pairs among {profiles} SME profiles written as plain registry
entries (one short phrase per offer or need) around disaster relief and emergency supplies: blankets for
flood and cold relief, emergency tents and tarpaulins, sandbags, relief kits, reusable sanitary pads,
mosquito nets, body bags and shrouds, bought by foundations, local governments, Red Cross chapters,
temples, hospitals and care homes; plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers.
About half of the true links cross languages (a Thai supplier with an English buyer or the reverse), and
the same kind of goods is written in many ways: local and regional names (northern, Isan, southern),
trade words, brand-like names, abbreviations, with and without quantities, prices, sizes and places.
Hard but fair cases: a service versus the goods it works on (dyeing the customer's cloth versus dyed
cloth; sewing for others versus finished goods); the customer's own goods sent for work; waste and used
goods versus new; raw versus processed (seed cotton, lint, yarn, cloth, product); finished goods described
by their material, colour or technique; needs written as a wish, a bare noun phrase or a question;
refusals ("no plastic", "no synthetic fibre"); needs that require a named certification and needs that
name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV), the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`) and the project's ruff
settings; no matcher code, glossary, tests, other evaluation sets or project data. Every province resolves
with `resolve_province`, every certification with `resolve_certification`; sub-cluster, stage and BCG
values are the taxonomy's.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, or `used_tarpaulin` versus `tarpaulin_sheet`).
Every need either lists the offer labels that would meet it and the certifications its text requires,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer
of the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well formed; every contract field valid; every label
a need lists is offered by someone other than the buyer; every met need has a qualified supplier and
every unmet one has none; a required certification is named in the need's text and a waived one is
named there as waived; Thai phrases mostly Thai letters and English ones Latin only; the size targets
({link_lo}-{link_hi} links, {cross_lo:.0%}-{cross_hi:.0%} of them across languages, {unmet_lo}-{unmet_hi}
unmet needs). It writes nothing if a check fails, and builds the files twice to make sure the bytes are
identical.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_relief/write.py

## Files

- `write.py`: all the data (profiles with offer labels and need labels) and the checks; writes the files
  below and prints the counts.
- `profiles.jsonl`: {profiles} profiles, ids `brl-001` to `brl-{last:03d}`, in the contract's JSONL
  version 1 format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def render(smes: list[Sme], links: list[tuple[str, str]]) -> dict[str, bytes]:
    profiles = "".join(profile_json(sme) + "\n" for sme in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    readme = README_TEMPLATE.format(
        profiles=len(smes),
        last=len(smes),
        link_lo=LINK_RANGE[0],
        link_hi=LINK_RANGE[1],
        cross_lo=CROSS_SHARE_RANGE[0],
        cross_hi=CROSS_SHARE_RANGE[1],
        unmet_lo=UNMET_RANGE[0],
        unmet_hi=UNMET_RANGE[1],
        table=counts_table(counts(smes, links)),
    )
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    smes = all_smes()
    links = true_links(smes)
    errors = check(smes, links)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} errors; nothing written", file=sys.stderr)
        print(counts_table(counts(smes, links)), file=sys.stderr)
        return 1
    files = render(smes, links)
    if files != render(all_smes(), true_links(all_smes())):
        print("error: two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, data in files.items():
        (OUT_DIR / name).write_bytes(data)
    print(counts_table(counts(smes, links)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
