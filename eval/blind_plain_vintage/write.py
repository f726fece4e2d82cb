"""Write the hand-labelled evaluation set `eval/blind_plain_vintage/`.

Theme: vintage and second-hand clothing (thrift bales, vintage denim and band tees, repair and
alteration, upcycling, second-hand markets, online resellers, exporters and sorting warehouses),
plus the ordinary upstream and midstream suppliers of the cluster.

Every offer is a (text, label) pair; every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is a true
link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier holds every certification that need requires. Labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_vintage/write.py
It checks everything first and writes nothing if a check fails.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
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
    resolve_certification,
    resolve_province,
)

PREFIX = "bvn"
N_PROFILES = 95

# ------------------------------------------------------------------ shorthands

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CIR = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a need that is met


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding all of `requires`."""
    return Need(text, labels, requires, waives)


def unmet(text: str, note: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` (if any) say what would meet it."""
    return Need(text, labels, requires, waives, note)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certs: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


# ------------------------------------------------------------------ what the labels mean

LABELS: dict[str, str] = {
    # second-hand goods and textile waste
    "used_clothing_unsorted": "second-hand garments as collected or imported, not yet sorted (bales, donations)",
    "used_clothing_sorted": "sorted, wearable second-hand garments of mixed kinds (graded bales or single pieces)",
    "used_jeans": "second-hand or vintage jeans",
    "used_jackets": "second-hand or vintage jackets and coats",
    "vintage_band_tee": "second-hand printed T-shirts: band, tour, movie, cartoon",
    "used_sports_jerseys": "second-hand football and sports shirts",
    "used_uniforms": "discarded school, company or hospital uniforms",
    "used_linen_towels": "retired bed linen, towels and robes from hotels, spas and hospitals",
    "vintage_handwoven_textiles": "old or antique handwoven cloths and sarongs",
    "post_consumer_textile_waste": "worn-out clothing and textiles unfit for resale",
    "fabric_scraps": "new cutting waste and offcuts of cotton, knit or mixed fabric (not denim, not polyester only)",
    "denim_scraps": "new denim cutting waste and offcuts",
    "polyester_scraps": "new polyester cutting waste and offcuts",
    "wiping_rags": "cleaning and wiping rags cut from textiles",
    # fibre and yarn
    "recycled_cotton_fibre": "cotton fibre shredded back from textile waste",
    "recycled_fibre_filling": "stuffing fibre for pillows and quilts made from recycled material",
    "recycled_cotton_yarn": "yarn spun from recycled cotton",
    "recycled_polyester_yarn": "yarn from recycled polyester (PET bottles, rPET)",
    "raw_cotton_fibre": "ginned conventional cotton, not spun",
    "organic_raw_cotton": "ginned organic cotton, not spun",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "cotton_yarn_machine": "machine-spun conventional cotton yarn",
    "organic_cotton_yarn": "machine-spun organic cotton yarn",
    "hemp_fibre": "raw hemp bast fibre, not spun",
    "hemp_yarn_handspun": "hand-spun hemp yarn",
    "hemp_yarn_machine": "machine-spun hemp yarn",
    "silk_yarn": "silk yarn, reeled",
    "silk_cocoons": "silk cocoons",
    "natural_indigo_paste": "natural indigo dye paste or leaves (hom, khram)",
    "natural_dye_materials": "plant and insect dye stuffs other than indigo (bark, lac, ebony fruit)",
    # fabric
    "greige_cotton_fabric": "machine-woven cotton cloth, unbleached and undyed",
    "handwoven_cotton_fabric": "handwoven cotton cloth, undyed",
    "natural_indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo",
    "synthetic_indigo_dyed_fabric": "cotton cloth dyed with synthetic indigo or other chemical dye in indigo style",
    "denim_fabric_new": "new denim fabric by the roll or metre",
    "hemp_fabric": "hemp cloth",
    "cotton_knit_fabric": "cotton knitted fabric (single jersey, rib)",
    "recycled_poly_fabric": "fabric knitted or woven from recycled polyester",
    "polyester_sports_fabric": "sports fabric of virgin polyester",
    "mudmee_silk_fabric": "mudmee (ikat) silk cloth",
    # services (work on the customer's own goods)
    "indigo_dyeing_service": "dyeing the customer's yarn, cloth or garments with natural indigo",
    "garment_dyeing_service": "dyeing or over-dyeing the customer's garments with chemical dyes",
    "denim_washing_service": "washing and distressing the customer's jeans (stone, enzyme, bleach)",
    "garment_cleaning_sanitizing": "cleaning, sanitising or de-odorising garments for resale",
    "sewing_cmt_service": "cut-make-trim sewing of garments or products for others, any kind",
    "sewing_cmt_sportswear": "cut-make-trim sewing of sportswear for others",
    "garment_repair_service": "repairing and mending the customer's garments and textiles",
    "jeans_repair_service": "repairing the customer's jeans",
    "alteration_service": "altering the fit of the customer's garments (hemming, taking in, zip change)",
    "adaptive_modification_service": "converting the customer's garments for easy dressing (velcro, magnets)",
    "upcycling_remake_service": "remaking the customer's old garments into new items",
    "embroidery_service": "embroidery on the customer's garments",
    "screen_printing_service": "screen printing on the customer's garments and bags",
    "heat_press_printing_service": "heat-press printing of names and numbers on the customer's garments",
    "used_clothing_sorting_service": "sorting and grading the customer's second-hand clothing",
    "textile_shredding_service": "shredding the customer's textile waste into fibre",
    # components
    "sewing_thread": "sewing and embroidery thread",
    "jeans_buttons_rivets": "jeans tack buttons and rivets",
    "zippers": "zip fasteners",
    "closures_magnetic_velcro": "magnetic buttons, snap fasteners and hook-and-loop tape",
    "leather_patches_labels": "leather patches and leather labels",
    "woven_labels": "woven labels and name tapes",
    # finished goods
    "upcycled_denim_jacket": "jackets made from reworked denim",
    "upcycled_bag": "bags and pouches made from used garments or offcuts",
    "upcycled_rug": "rugs and doormats made from old garments",
    "patchwork_quilt": "patchwork quilts and blankets",
    "cushions_pillows": "cushions, pillows and seat pads",
    "handwoven_cotton_bag": "bags made of handwoven cotton",
    "handwoven_scarf": "handwoven scarves and shawls",
    "indigo_dyed_shirt": "indigo-dyed shirts (mo hom)",
    "hemp_clothing": "finished hemp garments",
    "adaptive_clothing": "finished easy-dressing clothing for the elderly and patients",
    "sportswear_jersey_new": "new sports jerseys and running shirts",
    "blank_tshirts": "new plain T-shirts",
    # things no one in the set offers
    "baling_press": "baling press machine",
    "pet_bottle_flakes": "PET bottles or bottle flakes",
    "cotton_webbing": "cotton webbing tape",
    "coconut_shell_buttons": "coconut shell buttons",
    "clothes_hangers_racks": "clothes hangers and rails",
    "pumice_stones": "pumice stones for stone washing",
    "used_shoes": "second-hand shoes",
    "recycled_polyester_staple": "recycled polyester staple fibre for spinning",
    "incontinence_pads": "washable incontinence bed pads and adult diapers",
    "leather_repair_service": "repair of leather garments",
    "medical_textiles": "medical-grade textiles (bandages, gauze)",
    "leather_hides": "leather hides and offcuts",
    "mulberry_saplings": "mulberry saplings",
    "mailer_boxes": "cardboard mailer boxes",
    "screen_printing_ink": "screen printing ink",
    "heat_transfer_vinyl": "heat transfer vinyl",
    "sashiko_thread": "thick cotton sashiko embroidery thread",
    "football_badges": "football club badges and sponsor patches",
}

# ------------------------------------------------------------------ the profiles

PART_1: list[Sme] = [
    Sme(
        1,
        "th",
        "หจก. โรงเกลือ เบลผ้ามือสอง",
        CIR,
        UP,
        "Sa Kaeo",
        "sales@rongkluea-bale.co.th",
        offers=[
            ("ผ้ากระสอบนำเข้า ยังไม่เปิด กระสอบละ 45 กก.", "used_clothing_unsorted"),
            ("ยีนส์ล้วนยกกระสอบ คละลีวายส์ ลี แรงเลอร์", "used_jeans"),
        ],
        needs=[
            need("จ้างทีมคัดผ้าแยกเกรด ตลาดโรงเกลือ", "used_clothing_sorting_service"),
        ],
        bcg=["circular"],
    ),
    Sme(
        2,
        "en",
        "Hat Yai Credential Bales Co., Ltd.",
        CIR,
        UP,
        "Songkhla",
        "trade@hatyaibales.com",
        offers=[
            ("Japan/Korea credential bales, unopened, 100 kg", "used_clothing_unsorted"),
            ("Cream-grade jackets, Carhartt and Dickies mixed, per piece", "used_jackets"),
            ("Worn-out rejects unfit for resale, per tonne", "post_consumer_textile_waste"),
        ],
        needs=[
            need("Grading contractor for bale opening", "used_clothing_sorting_service"),
            unmet("Hydraulic baling press, second-hand OK", "no one in the set sells machinery", "baling_press"),
        ],
        bcg=["circular"],
    ),
    Sme(
        3,
        "th",
        "ร้านช่างต้อม ซ่อมยีนส์ ประตูน้ำ",
        CIR,
        MID,
        "Bangkok",
        "changtom.jeans@gmail.com",
        offers=[
            ("ซ่อมยีนส์ ปะเป้า สอยขาด เปลี่ยนกระดุม", "jeans_repair_service"),
            ("ย้อมยีนส์ เสื้อยืดที่สีซีดให้เข้มเหมือนใหม่ ส่งตัวมาได้", "garment_dyeing_service"),
        ],
        needs=[
            need("ด้ายเย็บยีนส์สีทอง เบอร์ 20", "sewing_thread"),
            need("หมุดย้ำ กระดุมตอกกางเกงยีนส์", "jeans_buttons_rivets"),
        ],
    ),
    Sme(
        4,
        "en",
        "Nimman Vintage Archive",
        CIR,
        DOWN,
        "Chiang Mai",
        "hello@nimmanvintage.com",
        offers=[
            ("Curated 90s single-stitch band tees", "vintage_band_tee"),
        ],
        needs=[
            need("Bulk lots of old rock tour shirts", "vintage_band_tee"),
            need("Someone to wash and de-odour old stock", "garment_cleaning_sanitizing"),
            need("Hemming and taking in for walk-in customers", "alteration_service"),
        ],
    ),
    Sme(
        5,
        "th",
        "วิสาหกิจชุมชนกัญชงม้งเขาค้อ",
        HNF,
        UP,
        "Phetchabun",
        "hmonghemp.khaokho@gmail.com",
        offers=[
            ("ใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ ม้วนใหญ่", "hemp_yarn_handspun"),
        ],
        needs=[
            need("อยากได้ครามเปียกหรือห้อมหมัก ไว้ย้อมเส้น", "natural_indigo_paste"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    Sme(
        6,
        "en",
        "Lanna Hemp Loom",
        HNF,
        MID,
        "Chiang Mai",
        "loom@lannahemp.com",
        offers=[
            ("Handwoven hemp cloth, 60 cm, natural ecru", "hemp_fabric"),
        ],
        needs=[
            need("Hand-spun hemp thread, Hmong style", "hemp_yarn_handspun"),
            need("Natural dye stuffs: lac, barks, seed pods", "natural_dye_materials"),
        ],
        bcg=["bio", "green"],
    ),
    Sme(
        7,
        "th",
        "บริษัท รีไฟเบอร์ สยาม จำกัด",
        CIR,
        UP,
        "Samut Prakan",
        "sales@refibresiam.co.th",
        offers=[
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้าคอตตอน", "recycled_cotton_fibre"),
            ("รับจ้างตีเศษผ้าของลูกค้าให้เป็นใย คิดเป็นกิโล", "textile_shredding_service"),
            ("ใยยัดหมอนรีไซเคิล ถุงละ 5 กก.", "recycled_fibre_filling"),
        ],
        needs=[
            need("เศษผ้าจากโรงงานตัดเย็บ ขั้นต่ำ 1 ตัน", "fabric_scraps", "denim_scraps"),
            need("ผ้าเก่าขาดๆ ที่ขายต่อไม่ได้แล้ว", "post_consumer_textile_waste"),
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    Sme(
        8,
        "en",
        "EastLoop rPET Yarns Co., Ltd.",
        CIR,
        UP,
        "Rayong",
        "sales@eastloop-yarn.com",
        offers=[
            ("GRS recycled polyester filament 75D/72F", "recycled_polyester_yarn"),
        ],
        needs=[
            unmet(
                "Clear PET bottle flakes, hot-washed", "no one in the set sells bottles or flakes", "pet_bottle_flakes"
            ),
            need("Polyester offcuts from sportswear cutting rooms", "polyester_scraps"),
        ],
        certs=["GRS", "ISO 9001"],
        bcg=["circular", "green"],
    ),
    Sme(
        9,
        "th",
        "ร้านเสื้อบอลเก่า ของแท้ย้อนยุค",
        SPT,
        DOWN,
        "Bangkok",
        "retroball.bkk@gmail.com",
        offers=[
            ("เสื้อบอลย้อนยุคของแท้ ยุค 90", "used_sports_jerseys"),
        ],
        needs=[
            need("เหมาเสื้อกีฬามือสองยกกระสอบ", "used_sports_jerseys"),
            need("รับพิมพ์ชื่อเบอร์นักเตะลงเสื้อ", "screen_printing_service", "heat_press_printing_service"),
        ],
    ),
    Sme(
        10,
        "en",
        "Mahachai Sportswear Factory",
        SPT,
        MID,
        "Samut Sakhon",
        "factory@mahachaisport.co.th",
        offers=[
            ("CMT for team kits, your fabric, MOQ 50 pcs", "sewing_cmt_sportswear"),
            ("Polyester mesh offcuts, sorted by colour", "polyester_scraps"),
        ],
        needs=[
            need("Recycled poly jersey fabric, GRS certified", "recycled_poly_fabric", requires=("GRS",)),
            need("Overlock thread for knitwear", "sewing_thread"),
        ],
        certs=["ISO 9001"],
    ),
    Sme(
        11,
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ นนทบุรี",
        ALC,
        DOWN,
        "Nonthaburi",
        "sukjai.home@gmail.com",
        needs=[
            need("เสื้อผ้าใส่ง่ายสำหรับผู้สูงอายุ ไม่ต้องติดกระดุม", "adaptive_clothing"),
            need("ร้านที่รับแก้เสื้อเดิมของคุณตาคุณยายให้สวมง่าย", "adaptive_modification_service"),
            need("หมอนหนุนหลัง ที่รองนั่งนุ่มๆ", "cushions_pillows"),
        ],
    ),
    Sme(
        12,
        "en",
        "EasyWear Alterations",
        ALC,
        MID,
        "Nakhon Pathom",
        "book@easywear-alt.com",
        offers=[
            ("Swap buttons for magnets on your existing shirts", "adaptive_modification_service"),
        ],
        needs=[
            need("Magnet closures for easy-dress shirts, 1,000 sets", "closures_magnetic_velcro"),
            need("Soft cotton rib for cuffs", "cotton_knit_fabric"),
        ],
    ),
    Sme(
        13,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านนาเดื่อ",
        ALI,
        MID,
        "Sakon Nakhon",
        "naduea.khram@gmail.com",
        offers=[
            ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ หน้ากว้าง 1 ม.", "natural_indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 5 ผืน", "indigo_dyeing_service"),
        ],
        needs=[
            need("ฝ้ายเข็นสีขาวตุ่น ไม่เอาด้ายโรงงาน", "handspun_cotton_yarn"),
        ],
        certs=["OTOP"],
        bcg=["bio", "green"],
    ),
    Sme(
        14,
        "en",
        "Reworked by Ploy",
        CIR,
        DOWN,
        "Bangkok",
        "studio@reworkedbyploy.com",
        offers=[
            ("Patchwork trucker jackets reworked from old denim", "upcycled_denim_jacket"),
        ],
        needs=[
            need("Worn jeans or denim offcuts, stains OK", "used_jeans", "denim_scraps"),
            need("Metal jeans hardware: shank buttons and burrs", "jeans_buttons_rivets"),
            need("Leather back patches with our logo", "leather_patches_labels"),
        ],
        bcg=["circular"],
    ),
    Sme(
        15,
        "th",
        "โกดังคัดผ้ามือสอง โคราช",
        CIR,
        UP,
        "Nakhon Ratchasima",
        "korat.sorting@gmail.com",
        offers=[
            ("รับคัดแยกผ้ามือสองตามเกรด ของลูกค้า", "used_clothing_sorting_service"),
            ("ผ้าคัดแล้วเกรดบี เกรดซี ขายเป็นกิโล", "used_clothing_sorted"),
        ],
        needs=[
            need("ผ้าเบลเปิดใหม่จากญี่ปุ่น เกาหลี", "used_clothing_unsorted"),
        ],
        bcg=["circular"],
    ),
    Sme(
        16,
        "en",
        "ThaiRag Industrial Wipers",
        CIR,
        UP,
        "Pathum Thani",
        "orders@thairag.co.th",
        offers=[
            ("Cotton wiping rags cut from T-shirts, 10 kg bags", "wiping_rags"),
        ],
        needs=[
            need("Old white bedsheets and hotel towels", "used_linen_towels"),
        ],
        certs=["ISO 9001"],
        bcg=["circular"],
    ),
    Sme(
        17,
        "th",
        "โรงแรม อันดามัน ซีวิว",
        ALC,
        DOWN,
        "Phuket",
        "purchase@andamanseaview.com",
        offers=[
            ("ผ้าปูที่นอน ผ้าขนหนูปลดระวาง ซักแล้ว", "used_linen_towels"),
        ],
        needs=[
            need("ผ้าเช็ดทำความสะอาดสำหรับแม่บ้าน", "wiping_rags"),
        ],
    ),
    Sme(
        18,
        "en",
        "Mae Fah Indigo Studio",
        HNF,
        DOWN,
        "Chiang Rai",
        "shop@maefahindigo.com",
        offers=[
            ("Tote bags in handwoven cotton, natural indigo", "handwoven_cotton_bag"),
            ("Unisex mor hom shirts, indigo, S-XL", "indigo_dyed_shirt"),
        ],
        needs=[
            need("Hand-loomed cotton in real indigo, no synthetic dye", "natural_indigo_dyed_cotton_fabric"),
            unmet("Cotton webbing for bag straps, 3 cm", "no one in the set offers webbing", "cotton_webbing"),
        ],
        bcg=["green"],
    ),
    Sme(
        19,
        "th",
        "ร้านม่อฮ่อมป้าแดง ทุ่งโฮ้ง",
        HNF,
        MID,
        "Phrae",
        "padaeng.mohom@gmail.com",
        offers=[
            ("ผ้าหม้อห้อมสีเคมี ราคาส่ง หลาละ 45 บาท", "synthetic_indigo_dyed_fabric"),
            ("เสื้อม่อฮ่อมคอจีน ผู้ใหญ่", "indigo_dyed_shirt"),
        ],
        needs=[
            need("ผ้าดิบ พับละ 50 หลา", "greige_cotton_fabric"),
            unmet("กระดุมกะลามะพร้าว", "no one in the set offers coconut shell buttons", "coconut_shell_buttons"),
        ],
        certs=["OTOP"],
    ),
    Sme(
        20,
        "en",
        "Chatuchak Thrift Stall 27",
        CIR,
        DOWN,
        "Bangkok",
        "jj27thrift@gmail.com",
        offers=[
            ("Second-hand shirts and dresses, 3 for 100 baht", "used_clothing_sorted"),
        ],
        needs=[
            unmet("Clothes rails and hangers, cheap", "no one in the set sells shop fittings", "clothes_hangers_racks"),
        ],
    ),
    Sme(
        21,
        "th",
        "เพจ มือสองเดอะเฟรนด์ ไลฟ์สด",
        CIR,
        DOWN,
        "Khon Kaen",
        "thefriend.live@gmail.com",
        offers=[
            ("ไลฟ์ขายแจ็คเก็ตยีนส์ เสื้อกันหนาวมือสอง", "used_jackets"),
        ],
        needs=[
            need("แจ็คเก็ตมือสองทุกแบบ ยกกระสอบ", "used_jackets"),
            need("ใครรับซักอบเสื้อผ้ามือสองบ้างคะ", "garment_cleaning_sanitizing"),
        ],
    ),
    Sme(
        22,
        "en",
        "SteriWash Textile Care Co., Ltd.",
        CIR,
        MID,
        "Samut Sakhon",
        "service@steriwash.co.th",
        offers=[
            ("Ozone sanitising and steam cleaning of second-hand garments, per kg", "garment_cleaning_sanitizing"),
        ],
        certs=["ISO 14001"],
        bcg=["green"],
    ),
    Sme(
        23,
        "th",
        "โรงฟอกยีนส์ บางบอน",
        CIR,
        MID,
        "Bangkok",
        "bangbon.wash@gmail.com",
        offers=[
            ("รับฟอกยีนส์ สโตนวอช เอนไซม์ ขั้นต่ำ 100 ตัว", "denim_washing_service"),
            ("ย้อมทับเสื้อผ้าสำเร็จรูป สีดำ สีกรม", "garment_dyeing_service"),
        ],
        needs=[
            unmet("หินพัมมิส หินฟอกยีนส์", "no one in the set sells pumice", "pumice_stones"),
        ],
        certs=["ISO 14001"],
    ),
    Sme(
        24,
        "en",
        "Mae Chaem Cotton Co-op",
        HNF,
        UP,
        "Chiang Mai",
        "coop@maechaemcotton.org",
        offers=[
            ("Hand-spun cotton yarn, natural white and brown", "handspun_cotton_yarn"),
            ("Ginned organic cotton, local short staple", "organic_raw_cotton"),
        ],
        needs=[
            need("Plant dye stuffs for our weavers", "natural_dye_materials"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
]

PART_2: list[Sme] = [
    Sme(
        25,
        "th",
        "วิสาหกิจชุมชนครามสกล",
        HNF,
        UP,
        "Sakon Nakhon",
        "khramsakon@gmail.com",
        offers=[
            ("เนื้อครามหมัก ปี๊บละ 20 กก.", "natural_indigo_paste"),
            ("เปลือกมะพูด ครั่ง ฝักคูน สำหรับย้อมผ้า", "natural_dye_materials"),
        ],
        needs=[
            need("ฝ้ายดิบ ยังไม่ได้ปั่น", "raw_cotton_fibre", "organic_raw_cotton"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    Sme(
        26,
        "en",
        "Chonnabot Mudmee Silk Weavers",
        ALI,
        MID,
        "Khon Kaen",
        "chonnabot.silk@gmail.com",
        offers=[
            ("Mudmee silk, 2 m lengths, Peacock Emblem", "mudmee_silk_fabric"),
        ],
        needs=[
            need("Native Thai silk yarn, yellow cocoon", "silk_yarn"),
            need("Tailor to sew silk shirts from our own cloth", "sewing_cmt_service"),
        ],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
    ),
    Sme(
        27,
        "th",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        ALI,
        UP,
        "Surin",
        "thasawang.silk@gmail.com",
        offers=[
            ("ไหมน้อย ไหมพื้นบ้านสาวมือ", "silk_yarn"),
            ("รังไหมเหลือง กิโลละ 200 บาท", "silk_cocoons"),
        ],
        bcg=["bio"],
    ),
    Sme(
        28,
        "en",
        "Second Round Exporters Co., Ltd.",
        CIR,
        DOWN,
        "Samut Prakan",
        "export@secondround.co.th",
        offers=[
            ("Graded used clothing for export, 45 kg bales", "used_clothing_sorted"),
        ],
        needs=[
            unmet("Used shoes in pairs", "no one in the set offers footwear", "used_shoes"),
        ],
        bcg=["circular"],
    ),
    Sme(
        29,
        "th",
        "มูลนิธิเสื้อผ้าส่งต่อ เชียงใหม่",
        CIR,
        UP,
        "Chiang Mai",
        "songtor.cm@gmail.com",
        offers=[
            ("เสื้อผ้าบริจาค คละแบบ ยังไม่ได้คัด", "used_clothing_unsorted"),
            ("ชุดนักเรียนเก่าที่ได้รับบริจาค", "used_uniforms"),
        ],
        needs=[
            need("อาสาหรือผู้รับจ้างคัดแยกเสื้อผ้าบริจาค", "used_clothing_sorting_service"),
        ],
        bcg=["circular"],
    ),
    Sme(
        30,
        "en",
        "Uniform Second Life",
        CIR,
        DOWN,
        "Bangkok",
        "hi@uniformsecondlife.com",
        offers=[
            ("Pencil cases and totes made from old school uniforms", "upcycled_bag"),
        ],
        needs=[
            need("Retired student shirts and skirts", "used_uniforms"),
            need("Screen printing our logo on tote bags", "screen_printing_service"),
        ],
        bcg=["circular"],
    ),
    Sme(
        31,
        "th",
        "ร้านรีเมคเสื้อผ้า ย้อนใจ",
        CIR,
        MID,
        "Bangkok",
        "yonjai.remake@gmail.com",
        offers=[
            ("รับรีเมคเสื้อผ้าเก่าของลูกค้าเป็นกระเป๋า", "upcycling_remake_service"),
            ("ผ้าห่มแพทช์เวิร์คจากเศษผ้า", "patchwork_quilt"),
        ],
        needs=[
            need("เศษผ้ายีนส์ตัดทิ้งจากโรงงาน", "denim_scraps"),
            need("กระดุมตอก หมุดยีนส์ สำหรับกระเป๋า", "jeans_buttons_rivets"),
        ],
        bcg=["circular"],
    ),
    Sme(
        32,
        "en",
        "Kickback Retro Football",
        SPT,
        DOWN,
        "Bangkok",
        "shop@kickbackretro.com",
        offers=[
            ("Authentic retro football shirts, 1990-2010", "used_sports_jerseys"),
        ],
        needs=[
            unmet(
                "Original 90s club badges and sponsor patches",
                "no one in the set sells badges",
                "football_badges",
            ),
        ],
    ),
    Sme(
        33,
        "th",
        "โรงงานผ้ายืดสปอร์ต ชลบุรี",
        SPT,
        MID,
        "Chonburi",
        "sales@sportknit-chon.co.th",
        offers=[
            ("ผ้าไมโครโพลีจากขวดพลาสติกรีไซเคิล มีใบ GRS", "recycled_poly_fabric"),
            ("ผ้ากีฬาตาข่าย โพลีเอสเตอร์ สีพื้น", "polyester_sports_fabric"),
        ],
        needs=[
            need("เส้นด้ายโพลีรีไซเคิล ต้องมี GRS", "recycled_polyester_yarn", requires=("GRS",)),
        ],
        certs=["GRS", "OEKO-TEX Standard 100"],
        bcg=["circular"],
    ),
    Sme(
        34,
        "th",
        "ร้านเบลผ้าชายแดน แม่สอด",
        CIR,
        UP,
        "Tak",
        "maesotbales@gmail.com",
        offers=[
            ("แจ็คเก็ตยีนส์ แจ็คเก็ตช่าง ขายเป็นกิโล", "used_jackets"),
        ],
        needs=[
            need("บริการรมควันฆ่าเชื้อกระสอบผ้าที่เข้ามา", "garment_cleaning_sanitizing"),
        ],
    ),
    Sme(
        35,
        "th",
        "ร้านยีนส์วินเทจ สวนจตุจักร",
        CIR,
        DOWN,
        "Bangkok",
        "jjvintagejeans@gmail.com",
        offers=[
            ("ยีนส์ลีวายส์วินเทจ ริมแดง", "used_jeans"),
        ],
        needs=[
            need("เสื้อวงร็อคเก่า ราคาส่ง", "vintage_band_tee"),
        ],
    ),
    Sme(
        36,
        "en",
        "Paet Riu Recycled Yarn Mill",
        CIR,
        UP,
        "Chachoengsao",
        "mill@paetriuyarn.com",
        offers=[
            ("Open-end yarn from recycled cotton, Ne 10/1", "recycled_cotton_yarn"),
        ],
        needs=[
            need("Shredded cotton fibre, GRS", "recycled_cotton_fibre", requires=("GRS",)),
            unmet(
                "rPET staple fibre for blending",
                "no one in the set offers polyester staple fibre for spinning",
                "recycled_polyester_staple",
            ),
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    Sme(
        37,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหนองบัว",
        HNF,
        MID,
        "Nan",
        "nongbua.weave@gmail.com",
        offers=[
            ("ผ้าฝ้ายทอมือ สีธรรมชาติ ยังไม่ย้อม", "handwoven_cotton_fabric"),
        ],
        needs=[
            need("ฝ้ายปั่นมือ เส้นใหญ่ สำหรับทอ", "handspun_cotton_yarn"),
        ],
        certs=["OTOP"],
    ),
    Sme(
        38,
        "en",
        "Stitch & Mend Studio",
        CIR,
        MID,
        "Nonthaburi",
        "mend@stitchandmend.co",
        offers=[
            ("Visible mending and sashiko darning on your clothes", "garment_repair_service"),
            ("Custom chain-stitch embroidery on jackets", "embroidery_service"),
        ],
        needs=[
            unmet(
                "Sashiko thread in indigo and white",
                "no one in the set offers thick cotton embroidery thread, only polyester sewing thread",
                "sashiko_thread",
            ),
        ],
    ),
    Sme(
        39,
        "th",
        "ร้านปักชื่อ ปักโลโก้ บางพลี",
        CIR,
        MID,
        "Samut Prakan",
        "bangplee.embroid@gmail.com",
        offers=[
            ("ปักโลโก้บนเสื้อของลูกค้า ขั้นต่ำ 20 ตัว", "embroidery_service"),
        ],
        needs=[
            need("เสื้อยืดเปล่าคอตตอน สีขาว", "blank_tshirts"),
        ],
    ),
    Sme(
        40,
        "en",
        "Krung Thep CMT Garments",
        CIR,
        MID,
        "Bangkok",
        "cmt@krungthepgarments.com",
        offers=[
            ("Sewing for brands: you send fabric, we deliver garments", "sewing_cmt_service"),
            ("Plain cotton tees 180 gsm, S-XXL", "blank_tshirts"),
            ("Jersey cutting waste, sorted by colour", "fabric_scraps"),
        ],
        needs=[
            need("Single jersey cotton 180 gsm, by the roll", "cotton_knit_fabric"),
            need("Polyester thread for lockstitch and overlock", "sewing_thread"),
        ],
    ),
    Sme(
        41,
        "th",
        "โรงงานถักผ้า อ้อมน้อย",
        HNF,
        MID,
        "Samut Sakhon",
        "sales@omnoiknit.co.th",
        offers=[
            ("ผ้ายืดคอตตอน 100% เจอร์ซี่ ริบ ม้วนละ 25 กก.", "cotton_knit_fabric"),
        ],
        needs=[
            need("ด้ายคอตตอนหวี 32/1", "cotton_yarn_machine", "organic_cotton_yarn"),
            need("ด้ายฝ้ายออร์แกนิก ต้องมีใบรับรอง GOTS", "organic_cotton_yarn", requires=("GOTS",)),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    Sme(
        42,
        "en",
        "Dan Sai Organic Spinners",
        HNF,
        UP,
        "Loei",
        "spin@dansaiorganic.com",
        offers=[
            ("Organic ring-spun yarn 20/1, GOTS certified", "organic_cotton_yarn"),
            ("Conventional combed yarn 32/1", "cotton_yarn_machine"),
        ],
        needs=[
            need("Organic lint for our spinning line", "organic_raw_cotton"),
        ],
        certs=["GOTS", "OCS"],
        bcg=["bio"],
    ),
    Sme(
        43,
        "th",
        "ร้านเสื้อผ้าผู้สูงวัย ใส่สบาย",
        ALC,
        DOWN,
        "Bangkok",
        "saisabai.senior@gmail.com",
        offers=[
            ("ชุดนอนผู้สูงอายุ กระดุมแม่เหล็ก", "adaptive_clothing"),
        ],
        needs=[
            need("โรงงานรับตัดเย็บ ผ้าเรามีเอง", "sewing_cmt_service"),
            need("แม่เหล็กติดเสื้อแทนกระดุม", "closures_magnetic_velcro"),
            need(
                "ผ้ายืดฝ้ายนุ่ม ไม่ระคายผิว ต้องผ่าน OEKO-TEX",
                "cotton_knit_fabric",
                requires=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    Sme(
        44,
        "en",
        "Siam Trims & Closures",
        ALC,
        MID,
        "Samut Prakan",
        "sales@siamtrims.co.th",
        offers=[
            ("Magnetic buttons, snaps and hook-and-loop tape", "closures_magnetic_velcro"),
            ("Metal zips, YKK-type, 10-20 cm", "zippers"),
            ("Antique brass tack buttons and rivets", "jeans_buttons_rivets"),
        ],
    ),
    Sme(
        45,
        "th",
        "ร้านป้าศรี แก้ผ้า ตลาดพลู",
        CIR,
        MID,
        "Bangkok",
        "pasri.talatphlu@gmail.com",
        offers=[
            ("แก้เสื้อผ้า เปลี่ยนซิป ตัดขากางเกง", "alteration_service"),
        ],
        needs=[
            need("ซิปทองเหลือง 7 นิ้ว", "zippers"),
        ],
    ),
    Sme(
        46,
        "en",
        "Old Town Thrift Online",
        CIR,
        DOWN,
        "Chiang Mai",
        "oldtownthrift@gmail.com",
        offers=[
            ("Hand-picked vintage blouses and dresses on Etsy", "used_clothing_sorted"),
        ],
        needs=[
            need("Pre-sorted wearable bales, mixed styles", "used_clothing_sorted"),
            need("Dry cleaning for silk and wool vintage pieces", "garment_cleaning_sanitizing"),
        ],
    ),
    Sme(
        47,
        "th",
        "ร้านผ้าขี้ริ้ว หาดใหญ่",
        CIR,
        UP,
        "Songkhla",
        "hatyai.rags@gmail.com",
        offers=[
            ("ผ้าเช็ดเครื่องจักร ตัดเป็นชิ้น กิโลละ 25", "wiping_rags"),
        ],
        needs=[
            need("เสื้อยืดเก่าขาดๆ เปื้อนได้", "post_consumer_textile_waste"),
        ],
        bcg=["circular"],
    ),
    Sme(
        48,
        "en",
        "Hempfolk Apparel",
        HNF,
        DOWN,
        "Bangkok",
        "hello@hempfolk.co",
        offers=[
            ("Hemp shirts and trousers, garment-dyed", "hemp_clothing"),
        ],
        needs=[
            need(
                "Thai-grown hemp cloth, min 200 m, Organic Thailand welcome but not required",
                "hemp_fabric",
                waives=("Organic Thailand",),
            ),
            need("Indigo dyeing of our finished hemp pieces", "indigo_dyeing_service"),
        ],
        bcg=["bio"],
    ),
]

PART_3: list[Sme] = [
    Sme(
        49,
        "th",
        "กลุ่มแม่บ้านทอผ้าไหม บ้านหนองแคน",
        ALI,
        MID,
        "Roi Et",
        "nongkhaen.silk@gmail.com",
        offers=[
            ("ผ้าไหมมัดหมี่ ผืนละ 2 เมตร ลายโบราณ", "mudmee_silk_fabric"),
        ],
        needs=[
            need("เส้นไหมดิบ ยังไม่ได้ฟอก ไม่ต้องมีตรานกยูง", "silk_yarn", waives=("Thai Silk Peacock Emblem",)),
        ],
        certs=["OTOP"],
    ),
    Sme(
        50,
        "en",
        "Isan Silver Care Home",
        ALI,
        DOWN,
        "Udon Thani",
        "care@isansilver.org",
        needs=[
            need("Easy-on clothes for residents who cannot lift their arms", "adaptive_clothing"),
            unmet(
                "Washable incontinence bed pads", "no one in the set offers incontinence products", "incontinence_pads"
            ),
        ],
    ),
    Sme(
        51,
        "th",
        "ร้านเสื้อวงเก่า ก็อดซิลล่า",
        CIR,
        DOWN,
        "Bangkok",
        "godzilla.bandtee@gmail.com",
        offers=[
            ("เสื้อวงแท้ ทัวร์ยุค 90 ตะเข็บเดี่ยว", "vintage_band_tee"),
        ],
        needs=[
            need("ซักน้ำยาลดกลิ่นอับ เสื้อเก่าเก็บ", "garment_cleaning_sanitizing"),
        ],
    ),
    Sme(
        52,
        "en",
        "Rag House Asia Co., Ltd.",
        CIR,
        UP,
        "Samut Prakan",
        "buy@raghouse.asia",
        offers=[
            ("US vintage tees by the bale: band, tour, movie", "vintage_band_tee"),
        ],
        bcg=["circular"],
    ),
    Sme(
        53,
        "th",
        "แบรนด์เสื้อกีฬา ทีมเวิร์ค",
        SPT,
        DOWN,
        "Bangkok",
        "teamwork.sportwear@gmail.com",
        offers=[
            ("เสื้อทีมฟุตบอลสั่งผลิต ผ้ารีไซเคิล", "sportswear_jersey_new"),
        ],
        needs=[
            need("ผ้าโพลีจากขวด PET สำหรับเสื้อกีฬา", "recycled_poly_fabric"),
        ],
    ),
    Sme(
        54,
        "en",
        "RunLoop Athletic Co., Ltd.",
        SPT,
        DOWN,
        "Pathum Thani",
        "b2b@runloop.co.th",
        offers=[
            ("Running tees in recycled polyester, B2B orders", "sportswear_jersey_new"),
            ("Used race-day shirts from our take-back bins", "used_sports_jerseys"),
        ],
        needs=[
            need("Performance knit from recycled PET, GRS certified", "recycled_poly_fabric", requires=("GRS",)),
            need("Cut-and-sew partner for running tees", "sewing_cmt_sportswear", "sewing_cmt_service"),
            unmet(
                "bluesign approved mesh for shoe linings",
                "no supplier of sports fabric holds bluesign",
                "recycled_poly_fabric",
                "polyester_sports_fabric",
                requires=("bluesign",),
            ),
        ],
        bcg=["circular"],
    ),
    Sme(
        55,
        "th",
        "ร้านรับซื้อเศษผ้า สระบุรี",
        CIR,
        UP,
        "Saraburi",
        "saraburi.scrap@gmail.com",
        offers=[
            ("เศษผ้าคละ คอตตอน ผ้ายืด ชั่งกิโลขาย", "fabric_scraps"),
        ],
        needs=[
            need("เศษผ้าโพลีเอสเตอร์จากโรงงานชุดกีฬา", "polyester_scraps"),
        ],
        bcg=["circular"],
    ),
    Sme(
        56,
        "en",
        "Denim Doctor BKK",
        CIR,
        MID,
        "Bangkok",
        "lab@denimdoctor.co",
        offers=[
            ("Vintage-look washes on your jeans: stone, acid, bleach", "denim_washing_service"),
        ],
        needs=[
            need("Anyone selling rigid denim yardage for sampling?", "denim_fabric_new"),
        ],
    ),
    Sme(
        57,
        "th",
        "โรงทอผ้ายีนส์ นครปฐม",
        CIR,
        MID,
        "Nakhon Pathom",
        "sales@nkpdenim.co.th",
        offers=[
            ("ผ้ายีนส์ใหม่ 12 ออนซ์ ม้วนละ 50 หลา", "denim_fabric_new"),
            ("เศษยีนส์จากห้องตัด ยกกระสอบ", "denim_scraps"),
        ],
        needs=[
            need("ด้าย OE จากฝ้ายรีไซเคิล สำหรับทอยีนส์", "recycled_cotton_yarn"),
            need("จ้างตีเศษยีนส์ของเรากลับเป็นเส้นใย", "textile_shredding_service"),
        ],
    ),
    Sme(
        58,
        "en",
        "Island Reworks",
        CIR,
        DOWN,
        "Phuket",
        "aloha@islandreworks.com",
        offers=[
            ("Beach bags sewn from old pateh (batik) sarongs", "upcycled_bag"),
        ],
        needs=[
            need("Hotel sheets and towels past their use", "used_linen_towels"),
        ],
        bcg=["circular"],
    ),
    Sme(
        59,
        "th",
        "ร้านย่ามผ้าทอ ดอยสะเก็ด",
        HNF,
        DOWN,
        "Chiang Mai",
        "doisaket.yam@gmail.com",
        offers=[
            ("ย่ามผ้าฝ้ายทอมือ ย้อมคราม", "handwoven_cotton_bag"),
        ],
        needs=[
            need("ผ้าทอมือเนื้อฝ้ายล้วน ไม่ผ่านการย้อมสี ไม่จำเป็นต้องมี OTOP", "handwoven_cotton_fabric", waives=("OTOP",)),
            need("ซิปกระเป๋า ยาว 8 นิ้ว", "zippers"),
        ],
    ),
    Sme(
        60,
        "en",
        "Hua Hin Wellness Spa Resort",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "procurement@huahinwellness.com",
        offers=[
            ("Retired spa sheets, towels and robes, laundered", "used_linen_towels"),
        ],
        needs=[
            need("Traditional northern indigo shirts for spa staff", "indigo_dyed_shirt"),
        ],
    ),
    Sme(
        61,
        "th",
        "ร้านตัดเย็บชุดผู้สูงวัย กรุงเก่า",
        ALC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "krungkao.senior@gmail.com",
        offers=[
            ("ดัดแปลงเสื้อผ้าเดิม เปลี่ยนกระดุมเป็นตีนตุ๊กแก", "adaptive_modification_service"),
            ("ชุดผู้ป่วยติดเตียง ผ่าหลัง สั่งตัดได้", "adaptive_clothing"),
        ],
        needs=[
            need("เทปตีนตุ๊กแกแบบเย็บ สีขาว", "closures_magnetic_velcro"),
            need("ผ้าคอตตอนถัก สำหรับชุดผู้ป่วย", "cotton_knit_fabric"),
        ],
    ),
    Sme(
        62,
        "en",
        "Korat Textile Recovery Co., Ltd.",
        CIR,
        UP,
        "Nakhon Ratchasima",
        "recover@korattextile.com",
        offers=[
            ("Garnetted cotton fibre from T-shirt waste", "recycled_cotton_fibre"),
        ],
        needs=[
            need("Looking for worn-out textiles by the truckload", "post_consumer_textile_waste"),
        ],
        bcg=["circular"],
    ),
    Sme(
        63,
        "th",
        "ร้านหมอนอิง ผ้าเหลือใช้",
        ALC,
        DOWN,
        "Nonthaburi",
        "monching.reuse@gmail.com",
        offers=[
            ("หมอนอิง เบาะรองนั่ง จากผ้าเหลือใช้", "cushions_pillows"),
        ],
        needs=[
            need("ใยรีไซเคิลสำหรับยัดไส้หมอน", "recycled_fibre_filling"),
        ],
        bcg=["circular"],
    ),
    Sme(
        64,
        "th",
        "ร้านผ้าห่มปะติด ริมปิง",
        CIR,
        DOWN,
        "Chiang Mai",
        "rimping.quilt@gmail.com",
        offers=[
            ("ผ้าห่มปะติดจากเศษผ้าโรงงาน ขนาด 6 ฟุต", "patchwork_quilt"),
        ],
        needs=[
            need("เศษผ้าฝ้ายชิ้นใหญ่กว่ากระดาษ A4", "fabric_scraps"),
        ],
    ),
    Sme(
        65,
        "th",
        "ร้านย้อมผ้า สะพานเหลือง",
        CIR,
        MID,
        "Bangkok",
        "saphanlueang.dye@gmail.com",
        offers=[
            ("รับย้อมเสื้อผ้าสีตกให้กลับมาสด", "garment_dyeing_service"),
        ],
    ),
    Sme(
        66,
        "en",
        "Phrae Natural Indigo Works",
        HNF,
        MID,
        "Phrae",
        "works@phraeindigo.com",
        offers=[
            ("Natural hom dyeing of your cotton or hemp, min 10 m", "indigo_dyeing_service"),
            ("Fermented hom paste, 5 kg buckets", "natural_indigo_paste"),
        ],
        needs=[
            need("Unbleached loomstate cotton", "greige_cotton_fabric"),
        ],
        bcg=["bio"],
    ),
    Sme(
        67,
        "th",
        "โรงทอผ้าดิบ กระทุ่มแบน",
        HNF,
        MID,
        "Samut Sakhon",
        "kratumban.weave@gmail.com",
        offers=[
            ("ผ้าดิบทอเครื่อง ยังไม่ฟอก หน้า 63 นิ้ว", "greige_cotton_fabric"),
        ],
        needs=[
            need("ด้ายฝ้ายหวี Ne 20 ยกตัน", "cotton_yarn_machine", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        68,
        "en",
        "Ubon Heritage Textiles",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "shop@ubonheritage.com",
        offers=[
            ("Handwoven cotton shawls, natural dyes", "handwoven_scarf"),
        ],
        needs=[
            need("Khram-dyed handloom cotton, no chemical indigo", "natural_indigo_dyed_cotton_fabric"),
            need(
                "Ikat silk from Isan looms, Peacock Emblem required",
                "mudmee_silk_fabric",
                requires=("Thai Silk Peacock Emblem",),
            ),
        ],
    ),
    Sme(
        69,
        "th",
        "ร้านแจ็คเก็ตหนังวินเทจ ตลาดนัดรถไฟ",
        CIR,
        DOWN,
        "Bangkok",
        "rotfai.leather@gmail.com",
        offers=[
            ("แจ็คเก็ตหนังวินเทจ ไบค์เกอร์", "used_jackets"),
        ],
        needs=[
            unmet("ช่างทำสีเสื้อหนัง ซ่อมหนังถลอก", "no one in the set restores leather", "leather_repair_service"),
            need("ซิปทองเหลืองสำหรับเปลี่ยนแจ็คเก็ตหนัง", "zippers"),
        ],
    ),
    Sme(
        70,
        "en",
        "Aranyaprathet Sorting Centre",
        CIR,
        UP,
        "Sa Kaeo",
        "ops@aranyasorting.com",
        offers=[
            ("Bale sorting and grading of your stock, 2 baht/kg", "used_clothing_sorting_service"),
        ],
        needs=[
            need("Raw bales straight from importers", "used_clothing_unsorted"),
        ],
        bcg=["circular"],
    ),
    Sme(
        71,
        "th",
        "ไร่ฝ้ายภูเรือ",
        HNF,
        UP,
        "Loei",
        "phuruea.cotton@gmail.com",
        offers=[
            ("ฝ้ายปุยหีบเมล็ดแล้ว กิโลละ 60", "raw_cotton_fibre"),
            ("ด้ายฝ้ายอินทรีย์ ปั่นเครื่อง เบอร์ 20", "organic_cotton_yarn"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    Sme(
        72,
        "en",
        "Bangkok Senior Care Hospital",
        ALC,
        DOWN,
        "Bangkok",
        "supply@bkkseniorcare.com",
        needs=[
            need("Easy-dressing patient wear for elderly wards", "adaptive_clothing"),
            unmet(
                "ISO 13485 certified gauze and bandages",
                "no one in the set makes medical textiles or holds ISO 13485",
                "medical_textiles",
                requires=("ISO 13485",),
            ),
        ],
    ),
]

PART_4: list[Sme] = [
    Sme(
        73,
        "th",
        "โรงปั่นด้ายรีไซเคิล มหาชัย",
        CIR,
        UP,
        "Samut Sakhon",
        "mahachai.respin@gmail.com",
        offers=[
            ("ด้ายปั่นจากเศษยีนส์ สีฟ้าอ่อน ไม่ต้องย้อม", "recycled_cotton_yarn"),
            ("ด้ายโพลีเอสเตอร์รีไซเคิล 150D", "recycled_polyester_yarn"),
        ],
        needs=[
            need("ปุยฝ้ายจากการตีเศษผ้า", "recycled_cotton_fibre"),
        ],
        bcg=["circular"],
    ),
    Sme(
        74,
        "en",
        "Second Stitch Upcycling Lab",
        CIR,
        MID,
        "Bangkok",
        "lab@secondstitch.co",
        offers=[
            ("Remake service: your old clothes into jackets and bags", "upcycling_remake_service"),
            ("One-off reworked denim jackets", "upcycled_denim_jacket"),
        ],
        needs=[
            need("Debossed leather labels", "leather_patches_labels"),
            need("Denim cutting-room waste for patch panels", "denim_scraps"),
        ],
        bcg=["circular"],
    ),
    Sme(
        75,
        "th",
        "ร้านป้ายหนัง ป้ายทอ เชียงใหม่",
        CIR,
        MID,
        "Chiang Mai",
        "cmlabels@gmail.com",
        offers=[
            ("ป้ายหนังแท้ ปั๊มโลโก้ตามแบบ", "leather_patches_labels"),
            ("ป้ายทอคอเสื้อ ขั้นต่ำ 500 ชิ้น", "woven_labels"),
        ],
        needs=[
            unmet("หนังวัวฟอกฝาด เศษหนังชิ้นใหญ่", "no one in the set sells leather", "leather_hides"),
        ],
    ),
    Sme(
        76,
        "en",
        "Siam Thread Works",
        SPT,
        MID,
        "Samut Prakan",
        "sales@siamthread.co.th",
        offers=[
            ("Core-spun polyester sewing thread, 5,000 m cones", "sewing_thread"),
        ],
        needs=[
            need(
                "rPET filament to make into sewing thread, GRS preferred but not required",
                "recycled_polyester_yarn",
                waives=("GRS",),
            ),
        ],
    ),
    Sme(
        77,
        "th",
        "ร้านแบรนด์เนมมือสอง ออนไลน์",
        CIR,
        DOWN,
        "Bangkok",
        "brandname.mue2@gmail.com",
        offers=[
            ("เสื้อผ้าแบรนด์เนมมือสอง สภาพดี", "used_clothing_sorted"),
        ],
        needs=[
            need("มีร้านไหนรับย้อมสีเสื้อผ้าเก่าบ้าง", "garment_dyeing_service"),
        ],
    ),
    Sme(
        78,
        "en",
        "Buriram Silk Farmers Group",
        ALI,
        UP,
        "Buriram",
        "silkfarmers.buriram@gmail.com",
        offers=[
            ("Hand-reeled raw silk yarn", "silk_yarn"),
        ],
        needs=[
            unmet("Mulberry saplings", "no one in the set sells plants", "mulberry_saplings"),
        ],
        bcg=["bio"],
    ),
    Sme(
        79,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ บ้านสุขสันต์",
        ALI,
        DOWN,
        "Khon Kaen",
        "suksan.care@gmail.com",
        needs=[
            need("ผ้าห่มนวม เย็บต่อผ้า", "patchwork_quilt"),
        ],
    ),
    Sme(
        80,
        "en",
        "Hmong Hemp Fibre Collective",
        HNF,
        UP,
        "Tak",
        "hemp@hmongcollective.org",
        offers=[
            ("Raw hemp bast, stripped and sun-dried", "hemp_fibre"),
            ("Machine-spun hemp yarn 8 Nm", "hemp_yarn_machine"),
        ],
        needs=[
            need("Indigo for batik on hemp", "natural_indigo_paste"),
        ],
        bcg=["bio"],
    ),
    Sme(
        81,
        "th",
        "โรงทอผ้ากัญชง แม่ริม",
        HNF,
        MID,
        "Chiang Mai",
        "maerim.hemp@gmail.com",
        offers=[
            ("ผ้ากัญชงทอเครื่อง หน้ากว้าง 150 ซม.", "hemp_fabric"),
        ],
        needs=[
            need("ด้ายกัญชง เบอร์ 8 ถึง 10", "hemp_yarn_machine", "hemp_yarn_handspun"),
        ],
        certs=["OEKO-TEX Standard 100"],
        bcg=["bio"],
    ),
    Sme(
        82,
        "en",
        "Thrift Box Thailand",
        CIR,
        DOWN,
        "Nonthaburi",
        "hello@thriftbox.co.th",
        offers=[
            ("Monthly mystery box of pre-loved outfits", "used_clothing_sorted"),
        ],
        needs=[
            unmet("Kraft mailer boxes, printed", "no one in the set sells packaging", "mailer_boxes"),
        ],
    ),
    Sme(
        83,
        "th",
        "ร้านสกรีนเสื้อ ลำพูน",
        CIR,
        MID,
        "Lamphun",
        "lamphun.screen@gmail.com",
        offers=[
            ("รับสกรีนลายลงเสื้อ ถุงผ้า ของลูกค้า", "screen_printing_service"),
        ],
        needs=[
            need("เสื้อยืดคอกลมเปล่า ผ้าคอตตอน 100%", "blank_tshirts"),
            unmet("สีสกรีนสูตรน้ำ", "no one in the set sells printing ink", "screen_printing_ink"),
        ],
    ),
    Sme(
        84,
        "en",
        "Sakon Indigo Dye House",
        HNF,
        MID,
        "Sakon Nakhon",
        "dyehouse@sakonindigo.com",
        offers=[
            ("Natural indigo vat dyeing for brands, your fabric", "indigo_dyeing_service"),
        ],
        needs=[
            need("Indigo paste certified Organic Thailand", "natural_indigo_paste", requires=("Organic Thailand",)),
            need("Raw unbleached cotton cloth for dye samples", "greige_cotton_fabric"),
        ],
        bcg=["bio", "green"],
    ),
    Sme(
        85,
        "th",
        "บริษัท เส้นใยขวด ระยอง จำกัด",
        SPT,
        UP,
        "Rayong",
        "sales@bottlefibre-rayong.co.th",
        offers=[
            ("ด้ายโพลีเอสเตอร์จากขวด PET มีใบรับรอง GRS", "recycled_polyester_yarn"),
            ("ใยสังเคราะห์ตีฟู เกรดไส้หมอน ถุง 10 กก.", "recycled_fibre_filling"),
        ],
        needs=[
            unmet("ขวดพลาสติกใสอัดก้อน", "no one in the set sells bottles", "pet_bottle_flakes"),
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    Sme(
        86,
        "th",
        "ร้านวินเทจสปอร์ต ท่าพระจันทร์",
        CIR,
        DOWN,
        "Bangkok",
        "thaprachan.vintage@gmail.com",
        offers=[
            ("เสื้อทีมไนกี้ อาดิดาส ยุค 90 ของแท้", "used_sports_jerseys"),
        ],
        needs=[
            need("ขจัดคราบเหลืองบนเสื้อยืดเก่า", "garment_cleaning_sanitizing"),
        ],
    ),
    Sme(
        87,
        "th",
        "โรงพยาบาลเอกชน นนทเวชการ",
        ALC,
        DOWN,
        "Nonthaburi",
        "supply@nonthavechakarn.co.th",
        offers=[
            ("ชุดยูนิฟอร์มพยาบาลเก่า ปลดระวาง", "used_uniforms"),
        ],
        needs=[
            unmet(
                "ผ้าอ้อมผู้ใหญ่แบบซักได้ ต้องมีเลข อย.",
                "no one in the set makes adult diapers",
                "incontinence_pads",
                requires=("Thai FDA",),
            ),
            need("อยากให้ช่วยแปลงชุดพนักงานเก่าของเราเป็นถุงผ้า", "upcycling_remake_service"),
        ],
    ),
    Sme(
        88,
        "th",
        "หจก. ธนบุรี ผ้าเช็ดเครื่อง",
        CIR,
        UP,
        "Bangkok",
        "rags@dhonburi.co.th",
        offers=[
            ("ผ้าเช็ดมือช่าง ผ้าขาวล้วน คัดแล้ว", "wiping_rags"),
        ],
        needs=[
            need("ผ้าปูเตียงเก่าจากโรงแรม โรงพยาบาล", "used_linen_towels"),
        ],
        bcg=["circular"],
    ),
    Sme(
        89,
        "th",
        "ร้านมือสอง ตลาดโต้รุ่ง พิษณุโลก",
        CIR,
        DOWN,
        "Phitsanulok",
        "pitsanulok.mue2@gmail.com",
        offers=[
            ("เสื้อผ้ามือสอง ตัวละ 20 ถึง 100 บาท", "used_clothing_sorted"),
        ],
        needs=[
            need("กางเกงยีนส์มือสอง ราคาถูก ยกมัด", "used_jeans"),
            need("ช่างปะกางเกงยีนส์ขาดก่อนวางขาย", "jeans_repair_service", "garment_repair_service"),
        ],
    ),
    Sme(
        90,
        "en",
        "Mekong Indigo Weaving Group",
        ALI,
        MID,
        "Nakhon Phanom",
        "mekongindigo@gmail.com",
        offers=[
            ("Natural indigo cotton, handloom, OTOP 4 star", "natural_indigo_dyed_cotton_fabric"),
            ("Chemical-indigo cotton cloth, cheaper grade", "synthetic_indigo_dyed_fabric"),
        ],
        needs=[
            need("Handspun cotton for weft", "handspun_cotton_yarn"),
        ],
        certs=["OTOP"],
    ),
    Sme(
        91,
        "th",
        "แบรนด์ รียูส เดนิม",
        CIR,
        DOWN,
        "Bangkok",
        "reuse.denim.th@gmail.com",
        offers=[
            ("กระเป๋าทำจากยีนส์เก่า ทำมือทุกใบ", "upcycled_bag"),
            ("แจ็คเก็ตยีนส์แพทช์เวิร์ค", "upcycled_denim_jacket"),
        ],
        needs=[
            need("กางเกงยีนส์เก่า ขาด เปื้อนได้", "used_jeans"),
            need("ป้ายหนังสลักชื่อแบรนด์", "leather_patches_labels"),
        ],
        bcg=["circular"],
    ),
    Sme(
        92,
        "en",
        "Pro Print Sports",
        SPT,
        MID,
        "Bangkok",
        "print@proprintsports.com",
        offers=[
            ("Heat-press names and numbers on your jerseys", "heat_press_printing_service"),
            ("Recycled poly jersey stock lots", "recycled_poly_fabric"),
        ],
        needs=[
            unmet("Heat transfer vinyl rolls", "no one in the set sells vinyl", "heat_transfer_vinyl"),
        ],
    ),
    Sme(
        93,
        "th",
        "กลุ่มผู้สูงอายุ ถักพรมแม่กลอง",
        ALC,
        DOWN,
        "Samut Songkhram",
        "maeklong.elders@gmail.com",
        offers=[
            ("พรมเช็ดเท้าถักจากเสื้อยืดเก่า", "upcycled_rug"),
        ],
        needs=[
            need("เศษผ้ายืดจากโรงงาน เส้นยาวๆ", "fabric_scraps"),
        ],
        bcg=["circular"],
    ),
    Sme(
        94,
        "en",
        "ReLoop Export Trading",
        CIR,
        DOWN,
        "Bangkok",
        "trade@reloopexport.com",
        needs=[
            need("Sorted jeans, Levi's/Lee/Wrangler, by the tonne", "used_jeans"),
            need("Wash-down of jeans before export", "denim_washing_service"),
            need("Old handwoven sarongs and antique Thai textiles", "vintage_handwoven_textiles"),
        ],
    ),
    Sme(
        95,
        "th",
        "ร้านผ้าเก่า ผ้าโบราณ อุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "udon.oldcloth@gmail.com",
        offers=[
            ("ผ้าซิ่นเก่า ผ้าโบราณ สะสม", "vintage_handwoven_textiles"),
        ],
        needs=[
            need("ช่างชุนผ้าไหมเก่าที่ขาด", "garment_repair_service"),
        ],
    ),
]

SMES: list[Sme] = PART_1 + PART_2 + PART_3 + PART_4

# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
CANONICAL_CERTS = {c.name: c for c in CERTIFICATIONS}

# size targets
LINKS_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
SMALL_SUPPLY_SHARE = 0.70  # share of met needs with 1-3 qualified suppliers, at least


def _letters(text: str) -> tuple[int, int, int]:
    """Counts of Thai letters, Latin letters and other letters in `text`."""
    thai = latin = other = 0
    for char in text:
        if THAI_RE.match(char):
            if unicodedata.category(char).startswith("L"):
                thai += 1
        elif char.isalpha():
            if unicodedata.name(char, "").startswith("LATIN"):
                latin += 1
            else:
                other += 1
    return thai, latin, other


def _script_problem(lang: str, text: str) -> str | None:
    thai, latin, other = _letters(text)
    if other:
        return "letters that are neither Thai nor Latin"
    if lang == "en" and THAI_RE.search(text):
        return "Thai characters in an English phrase"
    if lang == "th" and thai < max(1, latin):
        return "a Thai phrase that is not mostly Thai letters"
    return None


def _mention_regex(phrase: str) -> str:
    tokens = [re.escape(token) for token in re.split(r"[\s\-.]+", unicodedata.normalize("NFKC", phrase)) if token]
    return r"(?<![A-Za-z0-9])" + r"[\s\-.]*".join(tokens) + r"(?![A-Za-z0-9])"


def _mentioned_certs(text: str) -> set[str]:
    """Certifications whose name appears in `text`, whether asked for or waived."""
    text = unicodedata.normalize("NFKC", text)
    found = set()
    for cert in CERTIFICATIONS:
        regexes = [re.compile(_mention_regex(m), re.IGNORECASE) for m in (cert.name, *cert.mentions)]
        regexes += [re.compile(_mention_regex(m)) for m in cert.case_sensitive_mentions]
        regexes += [re.compile(unicodedata.normalize("NFKC", p)) for p in cert.patterns]
        if any(r.search(text) for r in regexes):
            found.add(cert.name)
    return found


def qualified_suppliers(buyer: Sme, item: Need, smes: list[Sme]) -> list[str]:
    wanted = set(item.labels)
    return [
        s.id
        for s in smes
        if s.id != buyer.id and wanted & {label for _, label in s.offers} and set(item.requires) <= set(s.certs)
    ]


def check(smes: list[Sme]) -> list[str]:
    problems: list[str] = []

    def bad(sme: Sme, message: str) -> None:
        problems.append(f"{sme.id}: {message}")

    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        problems.append(f"duplicate ids: {sorted(i for i, n in Counter(ids).items() if n > 1)}")
    if ids != [f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        problems.append(f"ids are not {PREFIX}-001 ... {PREFIX}-{N_PROFILES:03d} in order")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)

    for s in smes:
        if not ID_RE.match(s.id):
            bad(s, "malformed id")
        if s.lang not in ("th", "en"):
            bad(s, f"language {s.lang!r}")
        if not s.name.strip() or s.name != s.name.strip():
            bad(s, "empty or padded name")
        if s.sub_cluster not in {m.value for m in SubCluster}:
            bad(s, f"sub_cluster {s.sub_cluster!r}")
        if s.stage not in {m.value for m in Stage}:
            bad(s, f"stage {s.stage!r}")
        if resolve_province(s.province) is None:
            bad(s, f"province {s.province!r} does not resolve")
        if not EMAIL_RE.match(s.email):
            bad(s, f"email {s.email!r}")
        for cert in s.certs:
            if resolve_certification(cert) != cert or cert not in CANONICAL_CERTS:
                bad(s, f"certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs):
            bad(s, "repeated certification")
        if any(tag not in {m.value for m in BcgTag} for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            bad(s, f"bcg {s.bcg}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            bad(s, f"{len(s.offers)} offers and {len(s.needs)} needs")
        phrases = [text for text, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            bad(s, "repeated phrase")
        for text in [s.name, *phrases]:
            if not text.strip() or text != text.strip() or "  " in text:
                bad(s, f"empty or badly spaced phrase {text!r}")
            problem = _script_problem(s.lang, text)
            if problem:
                bad(s, f"{problem}: {text!r}")
        for text, label in s.offers:
            if label not in LABELS:
                bad(s, f"unknown offer label {label!r} ({text!r})")
        for item in s.needs:
            for label in item.labels:
                if label not in LABELS:
                    bad(s, f"unknown need label {label!r} ({item.text!r})")
            for cert in (*item.requires, *item.waives):
                if cert not in CANONICAL_CERTS:
                    bad(s, f"need names unknown certification {cert!r}")
            if set(item.requires) & set(item.waives):
                bad(s, f"a certification both required and waived: {item.text!r}")
            named = _mentioned_certs(item.text)
            if named != set(item.requires) | set(item.waives):
                wanted = sorted({*item.requires, *item.waives})
                bad(s, f"need names {sorted(named)} but requires or waives {wanted}: {item.text!r}")
            suppliers = qualified_suppliers(s, item, smes)
            if item.unmet:
                if suppliers:
                    bad(s, f"need marked as met by no one is met by {suppliers}: {item.text!r}")
            else:
                if not item.labels:
                    bad(s, f"met need lists no labels: {item.text!r}")
                for label in item.labels:
                    if not offered_by.get(label, set()) - {s.id}:
                        bad(s, f"need lists {label!r}, which no one else offers: {item.text!r}")
                if not suppliers:
                    bad(s, f"need has no qualified supplier: {item.text!r}")
            for other in smes:
                for text, _ in other.offers:
                    if text.casefold() == item.text.casefold():
                        bad(s, f"need worded exactly like an offer of {other.id}: {item.text!r}")
    return problems


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {(supplier, b.id) for b in smes for item in b.needs for supplier in qualified_suppliers(b, item, smes)}
    return sorted(pairs)


def check_targets(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    by_id = {s.id: s for s in smes}
    thai_share = sum(s.lang == "th" for s in smes) / max(1, len(smes))
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        problems.append(f"{len(links)} true links, outside {LINKS_RANGE}")
    if any(a == b for a, b in links):
        problems.append("a self link")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    share = cross / len(links) if links else 0.0
    if not CROSS_SHARE_RANGE[0] <= share <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {share:.2f} outside {CROSS_SHARE_RANGE}")
    needs = [(s, n) for s in smes for n in s.needs]
    n_unmet = sum(bool(n.unmet) for _, n in needs)
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        problems.append(f"{n_unmet} needs met by no one, outside {UNMET_RANGE}")
    supply = [len(qualified_suppliers(s, n, smes)) for s, n in needs if not n.unmet]
    small = sum(1 <= k <= 3 for k in supply) / len(supply) if supply else 0.0
    if small < SMALL_SUPPLY_SHARE:
        problems.append(f"only {small:.2f} of met needs have 1-3 suppliers (want {SMALL_SUPPLY_SHARE})")
    return problems


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
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []

    def add(name: str, value: object) -> None:
        rows.append((name, str(value)))

    add("profiles", len(smes))
    add("Thai / English profiles", f"{sum(s.lang == 'th' for s in smes)} / {sum(s.lang == 'en' for s in smes)}")
    for member in SubCluster:
        add(f"sub-cluster `{member.value}`", sum(s.sub_cluster == member.value for s in smes))
    for member in Stage:
        add(f"stage `{member.value}`", sum(s.stage == member.value for s in smes))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region, n in sorted(regions.items()):
        add(f"region `{region}`", n)
    add("distinct provinces", len({resolve_province(s.province).name_en for s in smes}))  # type: ignore[union-attr]
    offers = [label for s in smes for _, label in s.offers]
    add("offers", len(offers))
    add("distinct offer labels", len(set(offers)))
    needs = [(s, n) for s in smes for n in s.needs]
    add("needs", len(needs))
    n_unmet = sum(bool(n.unmet) for _, n in needs)
    add("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}")
    supply = Counter(min(len(qualified_suppliers(s, n, smes)), 4) for s, n in needs if not n.unmet)
    add("met needs by number of qualified suppliers (1 / 2 / 3 / 4+)", " / ".join(str(supply[k]) for k in (1, 2, 3, 4)))
    add("needs requiring a certification", sum(bool(n.requires) for _, n in needs))
    add("needs waiving a certification", sum(bool(n.waives) for _, n in needs))
    add("true links", len(links))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    add("links Thai supplier -> English buyer", th_en)
    add("links English supplier -> Thai buyer", en_th)
    cross = th_en + en_th
    add("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0")
    add("within-language links", len(links) - cross)
    add("links between different sub-clusters", sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links))
    width = max(len(name) for name, _ in rows)
    vwidth = max(len("value"), *(len(value) for _, value in rows))
    lines = [f"| {'count'.ljust(width)} | {'value'.ljust(vwidth)} |", f"|{'-' * (width + 2)}|{'-' * (vwidth + 2)}|"]
    lines += [f"| {name.ljust(width)} | {value.ljust(vwidth)} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_vintage`: hand-labelled matchmaking set, vintage and second-hand clothing

## What it checks

How well the matcher finds the true supplier-buyer pairs among {n} SME profiles written as plain
registry entries (one short phrase per offer or need), in wording it has never seen. The theme is
vintage and second-hand clothing: thrift bales, vintage denim and band tees, repair and alteration,
upcycled jackets and bags, second-hand markets, online resellers, exporters and the sorting
warehouses that buy, together with the ordinary upstream and midstream suppliers of the cluster
(fibre, yarn, cloth, dyeing, sewing, trims). About 55 % of the profiles are in Thai, the rest in
English, and about half of the true links join a Thai profile with an English one.

The set includes hard but fair cases: a service versus the goods it works on (dyeing the customer's
cloth versus dyed cloth, sewing for others versus finished garments), the customer's own goods sent
for work, waste and used goods versus new, raw versus processed (fibre, yarn, cloth, product),
finished goods described by their material, colour or technique (a bag of handwoven cotton dyed with
indigo is a bag, not indigo dyeing), unsorted versus sorted second-hand clothing, hand-spun versus
machine-spun yarn, jeans repair versus general mending versus alterations, needs written as a wish, a
bare noun phrase or a question, refusals ("no synthetic dye", "ไม่เอาด้ายโรงงาน"), needs that require
a named certification (a supplier without it does not qualify) and needs that name one only to waive
it, and about 20 needs that no one in the set meets (some only because no supplier of the thing
holds the certification asked for). A generic need ("cotton yarn") lists every kind that meets it.

## How it was written

By hand, by a writer who read only section 1 of the shared `CONTRACTS.md` (the profile and links
formats), `shared/taxonomy.py` with its data files, and the ruff settings of `pyproject.toml`; not
the matcher, its glossary, its tests, other evaluation sets or any project data, and who never ran
the matcher. All profiles, labels and notes are in `write.py`; nothing is generated at random.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`natural_indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_jeans` versus
`denim_fabric_new` versus `denim_scraps`). Every need lists the offer labels that would meet it and
the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications hold every certification that need requires. An
SME is never linked to itself. Shared words play no part; quantities, prices, sizes and places never
decide a link; what changes what the thing is does (used or new, raw or processed, service or goods,
sorted or not, natural or synthetic dye when the need refuses one). A certification that a need names
only to waive it ("GRS preferred but not required") is not required. The labels live only in
`write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed; every contract field is
valid (provinces resolve with `resolve_province`, certifications with `resolve_certification`,
sub-cluster, stage and BCG values are the taxonomy's); every label a met need lists is offered by
someone other than the buyer; every met need has a qualified supplier and every need marked as met by
no one has none; the certifications a need's text names are exactly the ones it requires or waives;
Thai phrases are mostly Thai letters and English ones Latin only; and the size targets (95 profiles,
Thai share, 160-180 links, about half across languages, about 20 needs met by no one, most met needs
met by 1-3 suppliers). It writes nothing if a check fails, and it renders every file twice and
compares the bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_vintage/write.py

## Files

- `write.py`: the data (profiles with labelled offers and needs) and the checks; writes the files below.
- `profiles.jsonl`: {n} profiles in the contract's JSONL version 1, ids `{first}` ... `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted, no duplicates.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, bytes]:
    links = true_links(smes)
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=counts_table(smes, links))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": csv.encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    problems = check(SMES)
    links = true_links(SMES)
    problems += check_targets(SMES, links)
    if problems:
        for problem in problems:
            print("CHECK FAILED:", problem, file=sys.stderr)
        if SMES:
            print(counts_table(SMES, links), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    first, second = render(SMES), render(SMES)
    if first != second:
        print("CHECK FAILED: two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(counts_table(SMES, links), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
