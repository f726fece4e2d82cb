"""Write the hand-labelled evaluation set `eval/blind_plain_curtains/`.

Curtains and blinds, written as plain registry entries: 95 SME profiles (about 55 % Thai), the true
supplier -> buyer links, and a README with the counts. Every offer carries a label saying what the thing
is; every need lists the labels that meet it (and the certifications its text requires) or is marked as
met by no one. Labels live only in this file; the profiles carry none.

Run from the repository root:  .venv/bin/python eval/blind_plain_curtains/write.py
Nothing is written unless every check passes. Two runs give identical bytes.
"""

from __future__ import annotations

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
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bcu"
PROFILE_COUNT = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM


# ------------------------------------------------------------------ labels

# What an offered thing is. A need lists the labels that would meet it.
LABELS: dict[str, str] = {
    # upstream
    "cotton_lint": "raw (ginned or seed) cotton fibre",
    "cotton_yarn": "cotton yarn, hand- or machine-spun, undyed or dyed",
    "organic_cotton_yarn": "organic cotton yarn",
    "hemp_fibre": "raw or decorticated hemp bast fibre",
    "hemp_yarn": "hemp yarn",
    "linen_yarn": "flax (linen) yarn",
    "recycled_polyester_fibre": "recycled polyester staple fibre",
    "recycled_polyester_yarn": "recycled polyester filament or spun yarn",
    "recycled_cotton_fibre": "cotton fibre shredded from textile waste",
    "textile_offcuts": "new fabric scraps and offcuts from cutting rooms",
    "used_curtains": "post-consumer used curtains and drapes",
    "raw_bamboo": "bamboo culms, uncut or cut to length",
    "rattan_cane": "rattan cane, whole or split",
    "natural_indigo_dye": "natural indigo paste or dried indigo plants",
    # midstream: cloth
    "cotton_greige_fabric": "unbleached, undyed woven cotton cloth",
    "handwoven_cotton_fabric": "handwoven cotton cloth, natural or dyed with no indigo",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo",
    "dyed_cotton_fabric": "piece-dyed cotton cloth in solid colours",
    "batik_fabric": "batik (wax-resist) cloth",
    "hemp_fabric": "hemp or hemp-blend cloth",
    "linen_curtain_fabric": "pure linen curtain fabric",
    "faux_linen_fabric": "polyester linen-look curtain fabric",
    "blackout_fabric": "blackout or dim-out curtain fabric, not flame-retardant",
    "fr_blackout_fabric": "flame-retardant blackout curtain fabric",
    "fr_fabric": "flame-retardant curtain fabric (not blackout)",
    "sheer_fabric": "sheer and voile curtain fabric",
    "velvet_fabric": "velvet curtain fabric",
    "sunscreen_fabric": "sunscreen (openness) fabric for roller blinds",
    "cubicle_curtain_fabric": "antimicrobial fabric for hospital cubicle curtains",
    "mesh_fabric": "open mesh fabric (cubicle curtain tops, nets)",
    # midstream: services
    "dyeing_service": "dyeing the customer's cloth or yarn (synthetic dyes)",
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth or yarn",
    "fr_treatment_service": "flame-retardant treatment of the customer's fabric or curtains",
    "fabric_printing_service": "printing on the customer's fabric",
    "curtain_sewing_service": "sewing curtains from the customer's fabric",
    "curtain_installation_service": "fitting curtains, tracks and blinds",
    "curtain_cleaning_service": "washing or dry-cleaning curtains",
    # midstream: components
    "pleating_tape": "curtain heading tape",
    "curtain_hooks": "curtain hooks and gliders",
    "curtain_rings": "curtain rings and eyelets",
    "curtain_tracks": "curtain tracks and rails",
    "cubicle_tracks": "bendable tracks for hospital cubicle curtains",
    "metal_curtain_rods": "metal curtain rods and poles",
    "wooden_curtain_rods": "wooden curtain rods and poles",
    "blind_components": "roller and roman blind mechanisms",
    "bamboo_slats": "planed bamboo slats or strips for blinds",
    # downstream
    "ready_made_curtains": "ready-made curtains in standard sizes",
    "custom_curtains": "made-to-measure curtains from the maker's own fabric",
    "hemp_curtains": "finished curtains of hemp cloth",
    "handwoven_cotton_curtains": "finished curtains of handwoven cotton",
    "fr_curtains": "finished flame-retardant curtains",
    "hospital_cubicle_curtains": "finished hospital cubicle (bed-screen) curtains",
    "roller_blinds": "finished roller blinds",
    "roman_blinds": "finished roman blinds",
    "bamboo_blinds": "finished bamboo blinds",
    "rattan_blinds": "finished rattan blinds",
    "tiebacks": "curtain tiebacks",
    "upcycled_home_goods": "cushions and home goods sewn from used curtains or offcuts",
    "bags": "bags",
}


# ------------------------------------------------------------------ records


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def n(text: str, *meets: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `meets` (from a supplier holding `requires`)."""
    return Need(text, meets, requires, waives)


def u(text: str, note: str, *meets: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `meets` may name labels whose suppliers lack `requires`."""
    return Need(text, meets, requires, waives, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        f"{ID_PREFIX}-{num:03d}",
        language,
        name,
        sub_cluster,
        stage,
        province,
        tuple(offers),
        tuple(needs),
        certs,
        bcg,
    )


# ------------------------------------------------------------------ data

SMES: list[Sme] = [
    # ---- 1-30: fibre, yarn, waste, bamboo, rattan, dye plants, cloth, dyeing
    sme(
        1,
        "th",
        "ไร่ฝ้ายบ้านนาดี",
        HEMP,
        UP,
        "Loei",
        [
            ("ปุยฝ้าย แยกเมล็ดแล้ว ขายเป็นกิโล", "cotton_lint"),
            ("ฝ้ายตุ่ย ฝ้ายพื้นเมืองสีตุ่น", "cotton_lint"),
        ],
        [u("เมล็ดพันธุ์ฝ้ายอินทรีย์ สำหรับปลูกฤดูหน้า", "no one sells cotton seed for planting")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Nakhon Sawan Cotton Growers Co-op",
        HEMP,
        UP,
        "Nakhon Sawan",
        [("Ginned cotton lint, 200 kg bales, 65 THB/kg", "cotton_lint")],
        [u("Used jute sacks for baling", "no one offers jute sacks")],
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "กลุ่มเข็นฝ้ายแม่แจ่ม",
        HEMP,
        UP,
        "Chiang Mai",
        [("ฝ้ายเข็นมือ เส้นใหญ่ เหมาะทอผ้าม่าน", "cotton_yarn")],
        [n("ขอซื้อปุยฝ้าย สำหรับเข็นเป็นเส้น", "cotton_lint")],
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Bangpoo Spinning Mills",
        HEMP,
        UP,
        "Samut Prakan",
        [
            ("Ne 20/1 combed cotton yarn on cones", "cotton_yarn"),
            ("OE cotton yarn Ne 10 for heavy drapery", "cotton_yarn"),
        ],
        [
            n("Raw cotton, min. 20 t per month", "cotton_lint"),
            n("Shoddy / regenerated cotton fibre to blend into OE yarn", "recycled_cotton_fibre"),
        ],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        5,
        "en",
        "Lanna Organic Yarns",
        HEMP,
        UP,
        "Chiang Mai",
        [("GOTS organic cotton yarn, undyed, 2/20", "organic_cotton_yarn")],
        [
            n(
                "Seed cotton from certified farms, Organic Thailand required",
                "cotton_lint",
                requires=("Organic Thailand",),
            )
        ],
        certs=("GOTS",),
        bcg=("bio", "green"),
    ),
    sme(
        6,
        "th",
        "วิสาหกิจชุมชนใยกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        [
            ("เปลือกกัญชงลอกตากแห้ง มัดละ 5 กก.", "hemp_fibre"),
            ("ใยกัญชงตีแล้ว พร้อมปั่น", "hemp_fibre"),
        ],
        [u("อยากได้เครื่องลอกเปลือกกัญชง มือสองก็ได้", "no one offers hemp decorticating machines")],
        bcg=("bio",),
    ),
    sme(
        7,
        "th",
        "เฮือนใยกัญชงเชียงราย",
        HEMP,
        UP,
        "Chiang Rai",
        [("เส้นกัญชงเข็นมือ ต่อเส้นแบบม้ง", "hemp_yarn")],
        [
            n("ใยกัญชงดิบ", "hemp_fibre"),
            u("ขี้เถ้าไม้ ปูนขาว สำหรับต้มเส้นใย", "no one offers ash or lime"),
        ],
        bcg=("bio",),
    ),
    sme(
        8,
        "en",
        "Phetchabun Hemp Works",
        HEMP,
        UP,
        "Phetchabun",
        [("Machine-spun hemp yarn Nm 12", "hemp_yarn")],
        [n("Decorticated hemp bast in bulk", "hemp_fibre")],
        bcg=("bio",),
    ),
    sme(
        9,
        "en",
        "Flax and Co Trading",
        HEMP,
        UP,
        "Bangkok",
        [("Wet-spun European flax yarn, Nm 26 and Nm 39", "linen_yarn")],
        [],
    ),
    sme(
        10,
        "en",
        "EcoLoop Fibres",
        CIRC,
        UP,
        "Rayong",
        [
            ("rPET staple fibre from bottles, 1.5D x 38mm", "recycled_polyester_fibre"),
            ("Recycled polyester filament yarn 150D/48F", "recycled_polyester_yarn"),
        ],
        [n("Old polyester drapes, baled, any colour", "used_curtains")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        11,
        "th",
        "โรงงานด้ายรีไซเคิลมหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        [("ด้ายโพลีเอสเตอร์รีไซเคิล จากขวด PET", "recycled_polyester_yarn")],
        [n("เศษผ้าโพลี 100% คัดสีแล้ว", "textile_offcuts")],
        bcg=("circular",),
    ),
    sme(
        12,
        "th",
        "ร้านรับซื้อเศษผ้าโอ๋ อ้อมน้อย",
        CIRC,
        UP,
        "Samut Sakhon",
        [("เศษผ้าจากโรงงานตัดเย็บ แยกสี ขายเป็นกระสอบ", "textile_offcuts")],
        [],
        bcg=("circular",),
    ),
    sme(
        13,
        "en",
        "The Riverside Grand Hotel",
        CENTRAL,
        DOWN,
        "Bangkok",
        [("Used blackout curtains from room refurbishment, about 400 panels", "used_curtains")],
        [
            n("Flame-retardant drapes for 220 guest rooms", "fr_curtains"),
            n("Lobby drapes laundered twice a year", "curtain_cleaning_service"),
        ],
    ),
    sme(
        14,
        "th",
        "สหกรณ์คัดแยกสิ่งทอ ลำลูกกา",
        CIRC,
        UP,
        "Pathum Thani",
        [("ผ้าม่านเก่า ม่านมือสอง คัดแล้ว ขายเหมา", "used_curtains")],
        [],
        bcg=("circular",),
    ),
    sme(
        15,
        "th",
        "โรงตีใยฝ้ายรีไซเคิล นครชัยศรี",
        CIRC,
        UP,
        "Nakhon Pathom",
        [("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า", "recycled_cotton_fibre")],
        [n("เศษผ้าคอตตอน สีขาว สีอ่อน", "textile_offcuts")],
        bcg=("circular",),
    ),
    sme(
        16,
        "th",
        "วิสาหกิจไผ่ตงปราจีน",
        HEMP,
        UP,
        "Kanchanaburi",
        [("ไผ่สีสุก ไผ่ตง ตัดสด ขายเป็นลำ", "raw_bamboo")],
        [],
        bcg=("bio",),
    ),
    sme(
        17,
        "th",
        "กลุ่มหวายบ้านโคกตะเคียน",
        HEMP,
        UP,
        "Narathiwat",
        [("หวายกำพวน ผ่าซีก ขายเป็นมัด", "rattan_cane")],
        [u("ยากันมอด กันรา สำหรับหวาย", "no one offers rattan preservatives")],
        bcg=("bio",),
    ),
    sme(
        18,
        "th",
        "กลุ่มครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        [
            ("เนื้อครามเปียก หมักแล้ว", "natural_indigo_dye"),
            ("ต้นครามฝักงอ ตากแห้ง", "natural_indigo_dye"),
        ],
        [n("เส้นฝ้าย ไม่ย้อม สำหรับมัดหมี่", "cotton_yarn", "organic_cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        19,
        "en",
        "Nakhon Pathom Weaving Co.",
        HEMP,
        MID,
        "Nakhon Pathom",
        [
            ("Greige cotton canvas 280 gsm, 150 cm", "cotton_greige_fabric"),
            ("Unbleached cotton sheeting for curtain lining", "cotton_greige_fabric"),
        ],
        [n("Carded cotton yarn Ne 16, 5 tons", "cotton_yarn", "organic_cotton_yarn")],
        certs=("ISO 9001",),
    ),
    sme(
        20,
        "th",
        "โรงทอผ้าดิบกระทุ่มแบน",
        CENTRAL,
        MID,
        "Samut Sakhon",
        [("ผ้าดิบ ผ้าฝ้ายยังไม่ฟอก หน้ากว้าง 60 นิ้ว", "cotton_greige_fabric")],
        [n("หาโรงย้อมรับย้อมผ้าพับ", "dyeing_service")],
    ),
    sme(
        21,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหนองบัว",
        ISAN,
        MID,
        "Khon Kaen",
        [("ผ้าฝ้ายทอมือ ลายขิด หน้า 1 เมตร", "handwoven_cotton_fabric")],
        [n("ด้ายฝ้ายสำหรับทอ ไม่เอาด้ายผสมโพลี", "cotton_yarn", "organic_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        22,
        "th",
        "ผ้าหม้อห้อมแม่ทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        [
            ("ผ้าหม้อห้อม ย้อมห้อมแท้ ผ้าฝ้ายทอมือ", "indigo_dyed_cotton_fabric"),
            ("ผ้าฝ้ายทอมือ สีธรรมชาติ ไม่ย้อม", "handwoven_cotton_fabric"),
        ],
        [n("ต้นห้อม หรือ เนื้อห้อม", "natural_indigo_dye")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        23,
        "th",
        "ครามสกล ผ้าย้อมคราม",
        ISAN,
        MID,
        "Sakon Nakhon",
        [
            ("ผ้าครามสกล ผ้าฝ้ายย้อมครามธรรมชาติ", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า คิดเป็นเมตร", "indigo_dyeing_service"),
        ],
        [n("ผ้าฝ้ายดิบ สำหรับย้อม", "cotton_greige_fabric")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        24,
        "en",
        "Indigo Isan Studio",
        ISAN,
        DOWN,
        "Udon Thani",
        [("Tote bags in handwoven cotton dyed with natural indigo", "bags")],
        [n("Indigo-dyed handwoven cotton, 50 m a month, no synthetic indigo", "indigo_dyed_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        25,
        "th",
        "รับย้อมครามป้าแดง",
        ISAN,
        MID,
        "Udon Thani",
        [("รับจ้างย้อมคราม ทั้งผ้าผืนและเส้นฝ้ายที่ลูกค้าส่งมา", "indigo_dyeing_service")],
        [n("ครามเปียก ครามก้อน", "natural_indigo_dye")],
        bcg=("bio",),
    ),
    sme(
        26,
        "en",
        "Mahachai Dyehouse",
        CENTRAL,
        MID,
        "Samut Sakhon",
        [("Commission piece dyeing, reactive dyes, MOQ 500 m", "dyeing_service")],
        [],
        certs=("OEKO-TEX Standard 100", "ISO 14001"),
    ),
    sme(
        27,
        "th",
        "โรงย้อมผ้าโพธาราม",
        CENTRAL,
        MID,
        "Ratchaburi",
        [
            ("รับย้อมผ้าพับ ผ้าม่าน ตามสีที่ลูกค้าต้องการ", "dyeing_service"),
            ("ผ้าคอตตอนย้อมสีพื้น มีสต็อก 30 สี", "dyed_cotton_fabric"),
        ],
        [n("ผ้าดิบ ผ้าฝ้ายล้วน", "cotton_greige_fabric")],
    ),
    sme(
        28,
        "th",
        "ร้านผ้าม่านสำเพ็งเจริญ",
        CENTRAL,
        MID,
        "Bangkok",
        [
            ("ผ้าดิมเอาท์ ผ้าม่านทึบแสง ขายส่งยกม้วน", "blackout_fabric"),
            ("ผ้าลินินเทียม (โพลีเอสเตอร์) หน้ากว้าง 280 ซม.", "faux_linen_fabric"),
        ],
        [],
    ),
    sme(
        29,
        "th",
        "ผ้ากัญชงดอยปุย",
        HEMP,
        MID,
        "Chiang Mai",
        [("ผ้าใยกัญชงทอมือ 100%", "hemp_fabric")],
        [n("เส้นด้ายกัญชง สำหรับทอผ้า", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        30,
        "en",
        "Hemp Linen Weavers Chiang Rai",
        HEMP,
        MID,
        "Chiang Rai",
        [("Hemp-linen blend curtain fabric, 300 cm wide", "hemp_fabric")],
        [
            n("Hemp yarn around Nm 12 for weft", "hemp_yarn"),
            u(
                "Organic linen yarn, GOTS certified",
                "the only linen yarn seller holds no GOTS",
                "linen_yarn",
                requires=("GOTS",),
            ),
        ],
        bcg=("bio",),
    ),
    # ---- 31-60: curtain fabrics, finishing, components, sewing, fitting, cleaning
    sme(
        31,
        "en",
        "Drapery House Bangkok",
        CENTRAL,
        MID,
        "Bangkok",
        [
            ("100% Belgian linen drapery, 280 cm", "linen_curtain_fabric"),
            ("Voile sheers, 300 cm drop, ivory and white", "sheer_fabric"),
        ],
        [n("Blackout lining, 3-pass, FR for hotel jobs", "fr_blackout_fabric")],
    ),
    sme(
        32,
        "en",
        "CoatTech Sportex",
        SPORT,
        MID,
        "Chonburi",
        [
            ("3-pass foam-coated blackout, 280 cm", "blackout_fabric"),
            ("Sunscreen fabric 5% openness for roller blinds", "sunscreen_fabric"),
        ],
        [n("Polyester FDY 150D for base cloth, recycled is fine", "recycled_polyester_yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        33,
        "th",
        "บางพลีเท็กซ์ ผ้ากันแสง",
        SPORT,
        MID,
        "Samut Prakan",
        [("ผ้ากันแสง 100% เคลือบหลังยาง", "blackout_fabric")],
        [n("ส่งผ้าไปเคลือบสารกันไฟลาม รับไหม", "fr_treatment_service")],
    ),
    sme(
        34,
        "th",
        "โรงทอผ้าโปร่งบางใหญ่",
        CENTRAL,
        MID,
        "Nonthaburi",
        [
            ("ผ้าวอยล์ ผ้าโปร่ง สีขาว ขาวนวล", "sheer_fabric"),
            ("ผ้าตาข่าย ผ้ามุ้ง ตาละเอียด", "mesh_fabric"),
        ],
        [n("ด้ายโพลี รีไซเคิลก็ได้ ไม่ต้องมี GRS", "recycled_polyester_yarn", waives=("GRS",))],
    ),
    sme(
        35,
        "en",
        "Velour and Velvet Co.",
        CENTRAL,
        MID,
        "Bangkok",
        [("Cotton velvet for drapery, 140 cm, 320 gsm", "velvet_fabric")],
        [n("Commission dyeing of our greige velvet", "dyeing_service")],
    ),
    sme(
        36,
        "en",
        "FlameSafe Textiles",
        SPORT,
        MID,
        "Chonburi",
        [
            ("Trevira CS type inherently FR drapery and voile", "fr_fabric"),
            ("IFR blackout, 3-pass, 300 cm", "fr_blackout_fabric"),
        ],
        [n("rPET filament yarn, GRS certificate copy needed", "recycled_polyester_yarn", requires=("GRS",))],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        37,
        "th",
        "ผ้าหน่วงไฟคลองหลวง",
        SPORT,
        MID,
        "Pathum Thani",
        [("ผ้าม่านกันไฟลาม ผ่าน มอก.", "fr_fabric")],
        [],
        certs=("Thai Industrial Standard",),
    ),
    sme(
        38,
        "th",
        "โรงงานตกแต่งสำเร็จ สิ่งทอสาคร",
        SPORT,
        MID,
        "Samut Sakhon",
        [("รับเคลือบสารหน่วงไฟ ผ้าม่านที่ลูกค้าส่งมา", "fr_treatment_service")],
        [],
    ),
    sme(
        39,
        "en",
        "FR Finish Pro",
        SPORT,
        MID,
        "Chachoengsao",
        [("Flame-retardant treatment of fabric and made-up drapes, on site or at our plant", "fr_treatment_service")],
        [u("Halogen-free FR chemicals, 200 L drums", "no one sells finishing chemicals")],
        certs=("ISO 9001",),
    ),
    sme(
        40,
        "en",
        "MediShield Fabrics",
        SPORT,
        MID,
        "Pathum Thani",
        [("Antimicrobial FR polyester for cubicle curtains", "cubicle_curtain_fabric")],
        [n("Net for the top 50 cm of hospital curtains", "mesh_fabric")],
        certs=("ISO 13485", "OEKO-TEX Standard 100"),
    ),
    sme(
        41,
        "th",
        "ผ้าซันสกรีนระยอง",
        SPORT,
        MID,
        "Rayong",
        [("ผ้าม่านม้วน ซันสกรีน กรองแสง 3%", "sunscreen_fabric")],
        [n("ด้ายโพลีรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", requires=("GRS",))],
    ),
    sme(
        42,
        "en",
        "PrintLab Digital",
        CENTRAL,
        MID,
        "Bangkok",
        [("Digital printing on your own fabric, from 10 m", "fabric_printing_service")],
        [u("PFP cotton, bleached and ready for print", "no one offers prepared-for-print cloth")],
    ),
    sme(
        43,
        "th",
        "ผ้าปาเต๊ะอันดามัน",
        HEMP,
        MID,
        "Krabi",
        [("ผ้าปาเต๊ะ ผ้าบาติกเขียนเทียน", "batik_fabric")],
        [n("ผ้าฝ้ายดิบ ผ้าป่าน สำหรับเขียนเทียน", "cotton_greige_fabric")],
        certs=("OTOP",),
    ),
    sme(
        44,
        "th",
        "ร้านอุปกรณ์ม่านพาหุรัด",
        CENTRAL,
        MID,
        "Bangkok",
        [
            ("เทปจีบม่าน 3 นิ้ว ม้วน 50 หลา 450 บาท", "pleating_tape"),
            ("ตะขอม่าน ตะขอเหล็ก ตะขอพลาสติก", "curtain_hooks"),
        ],
        [],
    ),
    sme(
        45,
        "en",
        "Drapery Components Asia",
        CENTRAL,
        MID,
        "Samut Prakan",
        [
            ("Pencil pleat heading tape 75 mm", "pleating_tape"),
            ("Eyelet rings 40 mm, chrome or antique brass", "curtain_rings"),
        ],
        [],
    ),
    sme(
        46,
        "th",
        "โรงงานห่วงม่านไทรน้อย",
        CENTRAL,
        MID,
        "Nonthaburi",
        [
            ("ห่วงตาไก่พลาสติก ABS สีเงิน สีทอง", "curtain_rings"),
            ("ห่วงไม้สักกลึง สำหรับราวไม้", "curtain_rings"),
        ],
        [],
    ),
    sme(
        47,
        "en",
        "TrackLine Aluminium",
        SPORT,
        MID,
        "Chonburi",
        [
            ("Ceiling-mounted aluminium track, cut to length", "curtain_tracks"),
            ("Bendable cubicle track for hospital wards", "cubicle_tracks"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        48,
        "th",
        "ราวม่านบางบัวทอง",
        CENTRAL,
        MID,
        "Nonthaburi",
        [
            ("ราวม่านเหล็ก หัวคริสตัล เมตรละ 180 บาท", "metal_curtain_rods"),
            ("รางม่านอลูมิเนียม รางเลื่อน", "curtain_tracks"),
        ],
        [],
    ),
    sme(
        49,
        "en",
        "Reclaimed Teak Poles Phrae",
        CIRC,
        MID,
        "Phrae",
        [("Curtain poles turned from reclaimed teak, with finials", "wooden_curtain_rods")],
        [],
        certs=("FSC",),
        bcg=("circular",),
    ),
    sme(
        50,
        "th",
        "กลุ่มแม่บ้านทอผ้าบ้านโพน",
        ISAN,
        DOWN,
        "Kalasin",
        [("ที่รวบม่าน ผ้าฝ้ายลายขิด", "tiebacks")],
        [u("ไหมน้อย ไหมพื้นบ้าน", "no one offers silk yarn")],
        certs=("OTOP",),
    ),
    sme(
        51,
        "en",
        "BlindMech Supply",
        SPORT,
        MID,
        "Samut Prakan",
        [
            ("Roller blind clutch and 38 mm tube kits", "blind_components"),
            ("Roman blind cord lock and headrail", "blind_components"),
        ],
        [],
    ),
    sme(
        52,
        "th",
        "ร้านรับเย็บผ้าม่านพี่ตุ๋ม",
        CENTRAL,
        MID,
        "Nonthaburi",
        [
            ("รับเย็บม่าน ผ้าลูกค้า ม่านจีบ ม่านตาไก่ ม่านลอน", "curtain_sewing_service"),
            ("เศษผ้าม่าน ชิ้นเล็ก ขายเหมากระสอบ", "textile_offcuts"),
        ],
        [n("เทปจีบ ตะขอ", "pleating_tape", "curtain_hooks")],
    ),
    sme(
        53,
        "th",
        "กลุ่มเย็บผ้าบ้านโนนสวรรค์",
        ISAN,
        MID,
        "Khon Kaen",
        [("รับตัดเย็บผ้าม่าน งานโรงเรียน อบต.", "curtain_sewing_service")],
        [n("ห่วงม่าน ตาไก่", "curtain_rings")],
    ),
    sme(
        54,
        "en",
        "Drape and Fit Services",
        CENTRAL,
        MID,
        "Bangkok",
        [
            ("CMT curtains from client-supplied fabric", "curtain_sewing_service"),
            ("Track and curtain fitting, Bangkok and vicinity", "curtain_installation_service"),
        ],
        [
            n("Wave heading tape", "pleating_tape"),
            n("Ceiling tracks in bulk", "curtain_tracks", "cubicle_tracks"),
        ],
    ),
    sme(
        55,
        "th",
        "ช่างติดม่านสมชาย",
        CENTRAL,
        MID,
        "Chonburi",
        [("รับติดตั้งม่าน รางม่าน มู่ลี่ พัทยา ศรีราชา", "curtain_installation_service")],
        [n("รางม่านอลูมิเนียม ราคาส่ง", "curtain_tracks")],
    ),
    sme(
        56,
        "th",
        "คลีนเฮาส์ ซักม่าน",
        CENTRAL,
        DOWN,
        "Bangkok",
        [("ซักม่านนอกสถานที่ ไม่ต้องถอด", "curtain_cleaning_service")],
        [],
    ),
    sme(
        57,
        "en",
        "HygiLaund Hospital Linen",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        [("Industrial curtain washing and disinfection, hospitals and hotels", "curtain_cleaning_service")],
        [n("Spare cubicle curtains for swap-out while washing", "hospital_cubicle_curtains")],
        certs=("ISO 9001",),
    ),
    sme(
        58,
        "th",
        "โรงจักตอกไผ่ประจันตคาม",
        HEMP,
        MID,
        "Prachinburi",
        [("ตอกไผ่ ซี่ไผ่ไสเรียบ ทำมู่ลี่", "bamboo_slats")],
        [n("ไผ่ลำ ตัดใหม่", "raw_bamboo")],
        bcg=("bio",),
    ),
    sme(
        59,
        "th",
        "ผ้าม่านสำเร็จรูปบ้านสวย",
        CENTRAL,
        DOWN,
        "Bangkok",
        [("ผ้าม่านสำเร็จ ม่านตาไก่ 150x220", "ready_made_curtains")],
        [
            n("พิมพ์ลายของเราเองลงผ้าม่าน แบบดิจิทัล", "fabric_printing_service"),
            n("หาช่างเย็บม่านรับงานจำนวนมาก", "curtain_sewing_service"),
        ],
    ),
    sme(
        60,
        "en",
        "HomeDrape Ready-Mades",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        [("Ready-made eyelet curtains, 140 x 250 cm, 12 colours", "ready_made_curtains")],
        [
            n("Linen-look polyester 280 cm", "faux_linen_fabric"),
            n("Grommets 40 mm", "curtain_rings"),
        ],
    ),
    # ---- 61-95: curtain and blind makers, hotels, hospitals, schools, condos, care homes, designers
    sme(
        61,
        "th",
        "ม่านฝ้ายทอมือร้อยเอ็ด",
        ISAN,
        DOWN,
        "Roi Et",
        [("ผ้าม่านผ้าฝ้ายทอมือ สำเร็จรูป ขนาดหน้าต่างมาตรฐาน", "handwoven_cotton_curtains")],
        [
            n("ผ้าฝ้ายทอมือ หน้ากว้าง ไม่ต้องมี OTOP", "handwoven_cotton_fabric", waives=("OTOP",)),
            n("ย้อมครามให้ผ้าที่เราทอเอง", "indigo_dyeing_service"),
        ],
    ),
    sme(
        62,
        "en",
        "Atelier Bespoke Curtains",
        CENTRAL,
        DOWN,
        "Bangkok",
        [("Made-to-measure curtains and sheers, supplied and fitted", "custom_curtains")],
        [
            n("Pure linen, not poly-linen", "linen_curtain_fabric"),
            n("Velvet in jewel tones", "velvet_fabric"),
            n("Ivory voile by the roll", "sheer_fabric"),
        ],
    ),
    sme(
        63,
        "th",
        "ม่านกัญชงสั่งตัด นิมมาน",
        HEMP,
        DOWN,
        "Chiang Mai",
        [("ม่านผ้ากัญชง สั่งตัดตามขนาดหน้าต่าง", "hemp_curtains")],
        [
            n("ผ้าเฮมพ์ ผ้ากัญชง หน้ากว้าง", "hemp_fabric"),
            n("ช่างมาวัดและติดตั้งม่านให้ลูกค้า", "curtain_installation_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        64,
        "en",
        "ContractDrape Hospitality",
        CENTRAL,
        DOWN,
        "Chonburi",
        [("FR hotel drapes, contract grade, TIS tested", "fr_curtains")],
        [
            n("IFR fabric for drapery", "fr_fabric", "fr_blackout_fabric"),
            n("Dim-out fabric, 280 wide", "blackout_fabric", "fr_blackout_fabric"),
        ],
        certs=("Thai Industrial Standard",),
    ),
    sme(
        65,
        "th",
        "ม่านกั้นเตียงเมดิคอล",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        [("ม่านกั้นเตียงผู้ป่วย ผ้ากันเชื้อ พร้อมตาข่ายด้านบน", "hospital_cubicle_curtains")],
        [
            n("ผ้าแอนตี้แบคทีเรีย ทำม่านโรงพยาบาล", "cubicle_curtain_fabric"),
            n("ตาข่ายช่วงบนม่าน", "mesh_fabric"),
            n("รางม่านโค้ง", "cubicle_tracks"),
        ],
        certs=("ISO 13485",),
    ),
    sme(
        66,
        "en",
        "CareScreen Medical",
        ISAN,
        DOWN,
        "Khon Kaen",
        [("Disposable cubicle curtains, 6-month use, printed date tag", "hospital_cubicle_curtains")],
        [n("Antimicrobial curtain cloth", "cubicle_curtain_fabric")],
    ),
    sme(
        67,
        "en",
        "Blindworks Thailand",
        SPORT,
        DOWN,
        "Pathum Thani",
        [("Roller blinds, sunscreen or blackout, made to size", "roller_blinds")],
        [
            n("Screen fabric for blinds, 1-5% OF", "sunscreen_fabric"),
            n("Who sells tube and chain kits?", "blind_components"),
        ],
    ),
    sme(
        68,
        "th",
        "ม่านม้วนม่านพับศรีราชา",
        CENTRAL,
        DOWN,
        "Chonburi",
        [
            ("ม่านม้วน ซันสกรีน ทึบแสง", "roller_blinds"),
            ("ม่านพับ ม่านโรมัน ผ้าลินิน", "roman_blinds"),
        ],
        [n("อุปกรณ์ม่านม้วน โซ่ แกน ตัวล็อก", "blind_components")],
    ),
    sme(
        69,
        "en",
        "Roman Shade Co.",
        CENTRAL,
        DOWN,
        "Bangkok",
        [("Roman shades, linen face, blackout lined", "roman_blinds")],
        [
            n("Flame-retardant lining that blocks all light", "fr_blackout_fabric"),
            n("Natural linen for shade faces", "linen_curtain_fabric"),
        ],
    ),
    sme(
        70,
        "th",
        "มู่ลี่ไม้ไผ่บ้านดงบัง",
        HEMP,
        DOWN,
        "Prachinburi",
        [("มู่ลี่ไม้ไผ่ สานมือ ม้วนเชือก", "bamboo_blinds")],
        [n("ตอกไผ่สำเร็จ", "bamboo_slats")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        71,
        "th",
        "กลุ่มจักสานไม้ไผ่บ้านโนนแดง",
        ISAN,
        DOWN,
        "Sisaket",
        [("ม่านไม้ไผ่ ฟากไผ่ บังแดด", "bamboo_blinds")],
        [n("ไผ่บ้าน ไผ่ลำ", "raw_bamboo")],
        bcg=("bio",),
    ),
    sme(
        72,
        "th",
        "ม่านหวายพัทลุง",
        HEMP,
        DOWN,
        "Phatthalung",
        [("ม่านหวาย ม้วนเก็บได้ สั่งขนาดได้", "rattan_blinds")],
        [n("หวายเส้น", "rattan_cane")],
        bcg=("bio",),
    ),
    sme(
        73,
        "en",
        "Second Drape Upcycle",
        CIRC,
        DOWN,
        "Bangkok",
        [
            ("Cushion covers upcycled from hotel curtains", "upcycled_home_goods"),
            ("Tote bags from curtain offcuts", "bags"),
        ],
        [
            n("Discarded hotel drapes", "used_curtains"),
            n("End-of-roll drapery swatches and sample books", "textile_offcuts"),
        ],
        bcg=("circular",),
    ),
    sme(
        74,
        "th",
        "ม่านมือสองรีเมค",
        CIRC,
        DOWN,
        "Chiang Mai",
        [("หมอนอิง กระเป๋า ตัดจากผ้าม่านเก่า", "upcycled_home_goods")],
        [n("ผ้าม่านใช้แล้ว สภาพดี ไม่ขาด", "used_curtains")],
        bcg=("circular",),
    ),
    sme(
        75,
        "th",
        "กระเป๋าผ้าครามนาคู",
        ISAN,
        DOWN,
        "Kalasin",
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "bags")],
        [n("ผ้าย้อมคราม ทอมือ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        76,
        "en",
        "Siam Health Hospital",
        CENTRAL,
        DOWN,
        "Bangkok",
        [],
        [
            n(
                "Cubicle curtains for 300 beds, ISO 13485 maker",
                "hospital_cubicle_curtains",
                requires=("ISO 13485",),
            ),
            n("Curtain laundering contract, weekly", "curtain_cleaning_service"),
        ],
    ),
    sme(
        77,
        "th",
        "โรงพยาบาลบ้านไผ่",
        ISAN,
        DOWN,
        "Khon Kaen",
        [],
        [
            n("ม่านกั้นเตียง ผ้าทนไฟ กันเชื้อ", "hospital_cubicle_curtains"),
            n("รางแขวนม่านรอบเตียง แบบดัดโค้งได้", "cubicle_tracks"),
            u("มู่ลี่อลูมิเนียม ห้องพักแพทย์", "no one offers aluminium venetian blinds"),
        ],
    ),
    sme(
        78,
        "th",
        "โรงเรียนเทศบาล 1 นครราชสีมา",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [
            n(
                "ผ้าม่านห้องเรียน 40 ห้อง ต้องได้ มอก.",
                "ready_made_curtains",
                "custom_curtains",
                "fr_curtains",
                requires=("Thai Industrial Standard",),
            ),
            n("ม่านม้วน ห้องคอมพิวเตอร์", "roller_blinds"),
        ],
    ),
    sme(
        79,
        "en",
        "Skyline Residences Juristic Person",
        CENTRAL,
        DOWN,
        "Bangkok",
        [],
        [
            n("Made-to-measure hemp drapes for 40 show units", "hemp_curtains"),
            u("Motorised tracks, Somfy compatible", "no one offers motorised tracks"),
        ],
    ),
    sme(
        80,
        "en",
        "Studio Nara Interiors",
        CENTRAL,
        DOWN,
        "Bangkok",
        [],
        [
            n("Bamboo or rattan blinds for a resort in Krabi", "bamboo_blinds", "rattan_blinds"),
            n("Wooden curtain poles, FSC certified", "wooden_curtain_rods", requires=("FSC",)),
            u("Acoustic curtains for a home theatre", "no one offers acoustic curtains"),
        ],
    ),
    sme(
        81,
        "th",
        "ห้องออกแบบภายใน ปั้นบ้าน",
        CENTRAL,
        DOWN,
        "Bangkok",
        [],
        [
            n("ผ้ากำมะหยี่ ทำม่านห้องดูหนัง", "velvet_fabric"),
            n("ม่านพับแบบโรมัน", "roman_blinds"),
            n("ผ้าม่านลินินแท้", "linen_curtain_fabric"),
        ],
    ),
    sme(
        82,
        "th",
        "รีสอร์ตบ้านกะตะ",
        CENTRAL,
        DOWN,
        "Phuket",
        [],
        [
            n("ม่านไม้ไผ่ ม่านหวาย สำหรับวิลล่า", "bamboo_blinds", "rattan_blinds"),
            n("ผ้าม่านกันไฟ เย็บสำเร็จพร้อมแขวน", "fr_curtains"),
        ],
    ),
    sme(
        83,
        "th",
        "บ้านพักผู้สูงอายุบางกรวย",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        [],
        [
            n("ผ้าม่านสำเร็จรูป ขนาดหน้าต่างห้องนอน", "ready_made_curtains", "handwoven_cotton_curtains"),
        ],
    ),
    sme(
        84,
        "en",
        "Golden Years Care Home",
        ISAN,
        DOWN,
        "Udon Thani",
        [],
        [
            n("Someone to sew curtains from our own handwoven cloth", "curtain_sewing_service"),
            n("Low-mounted curtain rods, easy grip", "metal_curtain_rods", "wooden_curtain_rods"),
        ],
    ),
    sme(
        85,
        "en",
        "Lanna Boutique Hotel",
        HEMP,
        DOWN,
        "Chiang Mai",
        [],
        [
            n("Hemp curtains for 30 rooms", "hemp_curtains"),
            n("Guest tote bags, locally made", "bags"),
            n("Handwoven cotton for cushions, GOTS not required", "handwoven_cotton_fabric", waives=("GOTS",)),
        ],
    ),
    sme(
        86,
        "en",
        "Bangkok International School",
        CENTRAL,
        DOWN,
        "Bangkok",
        [],
        [
            n("Fire-rated curtains for the auditorium", "fr_curtains"),
            n("Our existing classroom curtains re-treated against fire", "fr_treatment_service"),
            u("Motorised stage curtain winch", "no one offers stage machinery"),
        ],
    ),
    sme(
        87,
        "th",
        "นิติบุคคลอาคารชุด ริมน้ำเรสซิเดนซ์",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        [],
        [
            n("ช่างติดตั้งรางม่าน ม่านลอน ห้องตัวอย่าง", "curtain_installation_service"),
            u("ฟิล์มกรองแสง ติดกระจก", "no one offers window film"),
            u("มุ้งลวด ประตูหน้าต่าง", "no one offers wire insect screens"),
        ],
    ),
    sme(
        88,
        "en",
        "Phuket Beach Resort and Spa",
        CENTRAL,
        DOWN,
        "Phuket",
        [],
        [
            n("Rattan roll-up blinds for 60 villas", "rattan_blinds"),
            n("Batik for cushions and valances", "batik_fabric"),
            n(
                "Blackout fabric, OEKO-TEX certified",
                "blackout_fabric",
                "fr_blackout_fabric",
                requires=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    sme(
        89,
        "th",
        "ขอนแก่นผ้าม่าน",
        ISAN,
        DOWN,
        "Khon Kaen",
        [("รับสั่งตัดผ้าม่าน วัดพื้นที่ฟรี ในเขตเมืองขอนแก่น", "custom_curtains")],
        [
            n("ม่านโปร่งแสง เนื้อบาง", "sheer_fabric"),
            n("ที่รวบม่าน ราคาส่ง", "tiebacks"),
        ],
    ),
    sme(
        90,
        "en",
        "Mekong Riverside Hotel",
        ISAN,
        DOWN,
        "Nong Khai",
        [],
        [
            n(
                "Handwoven khit curtains for the lobby, OTOP welcome but not required",
                "handwoven_cotton_curtains",
                waives=("OTOP",),
            ),
            n("Fitting of curtain tracks in 80 rooms", "curtain_installation_service"),
        ],
    ),
    sme(
        91,
        "th",
        "กลุ่มทอผ้ามัดหมี่ชนบท",
        ISAN,
        MID,
        "Khon Kaen",
        [("ผ้ามัดหมี่ฝ้าย ลายโบราณ", "handwoven_cotton_fabric")],
        [
            u("เส้นฝ้ายย้อมครามสำเร็จ", "no one offers indigo-dyed yarn"),
            n("รับย้อมผ้าฝ้ายผืน สีเคมี สีพื้น ได้ไหม", "dyeing_service"),
        ],
    ),
    sme(
        92,
        "en",
        "Korat Textile Recyclers",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        [("Garnetted cotton fibre from pre-consumer waste", "recycled_cotton_fibre")],
        [
            n("Cutting-room waste, cotton-rich", "textile_offcuts"),
        ],
        bcg=("circular",),
    ),
    sme(
        93,
        "th",
        "ร้านผ้าม่านหาดใหญ่",
        CENTRAL,
        DOWN,
        "Songkhla",
        [("ผ้าม่านสั่งตัด ม่านจีบ ม่านตาไก่ หาดใหญ่", "custom_curtains")],
        [
            n("ผ้ากันไฟลาม สำหรับงานโรงแรม", "fr_fabric", "fr_blackout_fabric"),
            n("กำมะหยี่ ม้วนละ 50 หลา", "velvet_fabric"),
            u(
                "ผ้าลินินแท้ มาตรฐาน GOTS",
                "the linen fabric seller holds no GOTS",
                "linen_curtain_fabric",
                requires=("GOTS",),
            ),
        ],
    ),
    sme(
        94,
        "en",
        "Silver Age Living",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        [("Curtain tiebacks with large easy-grip loops", "tiebacks")],
        [
            u(
                "Handwoven cotton, Fairtrade certified",
                "no handwoven cotton seller holds Fairtrade",
                "handwoven_cotton_fabric",
                requires=("Fairtrade",),
            ),
            u("Velcro strips, 25 mm", "no one offers hook-and-loop tape"),
        ],
    ),
    sme(
        95,
        "th",
        "ม่านม้วนสุราษฎร์",
        CENTRAL,
        DOWN,
        "Surat Thani",
        [("ม่านม้วน ม่านปรับแสง ติดตั้งฟรีในเมือง", "roller_blinds")],
        [
            n("ผ้าซันสกรีน สำหรับม่านม้วน", "sunscreen_fabric"),
            u(
                "ผ้าทึบแสงทำจากขวดรีไซเคิล ต้องมี GRS",
                "no blackout fabric seller holds GRS",
                "blackout_fabric",
                "fr_blackout_fabric",
                requires=("GRS",),
            ),
        ],
    ),
]


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
ID_PATTERN = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
EMAIL_PATTERN = re.compile(r"^[a-z0-9.\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")


def is_thai_phrase(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    thai = [c for c in letters if THAI_CHAR.match(c)]
    return bool(letters) and len(thai) >= 0.6 * len(letters)


def is_english_phrase(text: str) -> bool:
    return not THAI_CHAR.search(text) and all(c.isascii() for c in text if c.isalpha())


def mentions(text: str, certification: str) -> bool:
    """Whether `text` names `certification` at all (affirmed or negated)."""
    for cert in CERTIFICATIONS:
        if cert.name != certification:
            continue
        words = (*cert.mentions, *cert.case_sensitive_mentions, *cert.aliases)
        folded = text.casefold()
        if any(word.casefold() in folded for word in words):
            return True
        return any(re.search(pattern, text) for pattern in cert.patterns)
    raise ValueError(f"unknown certification {certification!r}")


def email_of(item: Sme) -> str:
    return f"contact.{item.id.replace('-', '')}@example.co.th"


def qualified(need: Need, buyer: Sme) -> list[str]:
    """Ids of the suppliers whose offers meet `need` of `buyer`."""
    found = []
    for supplier in SMES:
        if supplier.id == buyer.id:
            continue
        held = canonical_certifications(supplier.certifications)
        if any(label in need.meets for _, label in supplier.offers) and set(need.requires) <= held:
            found.append(supplier.id)
    return found


def check() -> list[str]:
    errors: list[str] = []
    ids = [item.id for item in SMES]
    if len(ids) != PROFILE_COUNT:
        errors.append(f"{len(ids)} profiles, want {PROFILE_COUNT}")
    if ids != [f"{ID_PREFIX}-{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not bcu-001 ... in order")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    names = [item.name for item in SMES]
    for name, count in Counter(names).items():
        if count > 1:
            errors.append(f"name used {count} times: {name}")
    offered: dict[str, set[str]] = {}
    for item in SMES:
        for _, label in item.offers:
            offered.setdefault(label, set()).add(item.id)
    for item in SMES:
        where = item.id
        if not ID_PATTERN.match(item.id):
            errors.append(f"{where}: bad id")
        if item.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if resolve_province(item.province) is None:
            errors.append(f"{where}: province {item.province!r} does not resolve")
        for cert in item.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        for tag in item.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg {tag!r}")
        if not EMAIL_PATTERN.match(email_of(item)):
            errors.append(f"{where}: bad email")
        if not 0 <= len(item.offers) <= 3 or not 0 <= len(item.needs) <= 3:
            errors.append(f"{where}: {len(item.offers)} offers, {len(item.needs)} needs")
        if not item.offers and not item.needs:
            errors.append(f"{where}: no offers and no needs")
        phrases = [item.name, *(text for text, _ in item.offers), *(need.text for need in item.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase:
                errors.append(f"{where}: blank or padded phrase {phrase!r}")
            ok = is_thai_phrase(phrase) if item.language == "th" else is_english_phrase(phrase)
            if not ok:
                errors.append(f"{where}: phrase not in {item.language}: {phrase!r}")
        for text, label in item.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r} ({text})")
        texts = [text for text, _ in item.offers] + [need.text for need in item.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for need in item.needs:
            tag = f"{where} need {need.text!r}"
            for label in need.meets:
                if label not in LABELS:
                    errors.append(f"{tag}: unknown label {label!r}")
                elif not offered.get(label, set()) - {item.id}:
                    errors.append(f"{tag}: label {label!r} offered by no one else")
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{tag}: certification {cert!r} not canonical")
                elif not mentions(need.text, cert):
                    errors.append(f"{tag}: {cert} not named in the text")
            if set(need.requires) & set(need.waives):
                errors.append(f"{tag}: requires and waives the same certification")
            affirmed = find_certifications(need.text)
            if not set(need.requires) <= affirmed:
                errors.append(f"{tag}: text does not ask for {sorted(set(need.requires) - affirmed)}")
            suppliers = qualified(need, item)
            if need.unmet and suppliers:
                errors.append(f"{tag}: marked unmet but met by {suppliers}")
            if not need.unmet and not suppliers:
                errors.append(f"{tag}: met by no one")
            if not need.unmet and not need.meets:
                errors.append(f"{tag}: lists no labels")
            for offer_text, _ in (o for s in SMES for o in s.offers):
                if offer_text == need.text:
                    errors.append(f"{tag}: same wording as an offer")
    return errors


def check_sizes(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {item.id: item for item in SMES}
    thai = sum(item.language == "th" for item in SMES) / len(SMES)
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai:.2f}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links, want {LINK_RANGE}")
    cross = sum(by_id[s].language != by_id[b].language for s, b in links)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f}")
    unmet = sum(bool(need.unmet) for item in SMES for need in item.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs, want {UNMET_RANGE}")
    met_counts = [len(qualified(need, item)) for item in SMES for need in item.needs if not need.unmet]
    few = sum(1 <= c <= 3 for c in met_counts)
    if met_counts and few < 0.6 * len(met_counts):
        errors.append(f"only {few} of {len(met_counts)} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def true_links() -> list[tuple[str, str]]:
    pairs = {(supplier, buyer.id) for buyer in SMES for need in buyer.needs for supplier in qualified(need, buyer)}
    return sorted(pairs)


def profile_json(item: Sme) -> str:
    record = {
        "id": item.id,
        "name": item.name,
        "sub_cluster": item.sub_cluster.value,
        "stage": item.stage.value,
        "province": item.province,
        "offers": [text for text, _ in item.offers],
        "needs": [need.text for need in item.needs],
        "certifications": list(item.certifications),
        "bcg": list(item.bcg),
        "contact_email": email_of(item),
        "language": item.language,
    }
    return json.dumps(record, ensure_ascii=False)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {item.id: item for item in SMES}
    rows: list[tuple[str, str]] = []
    rows.append(("profiles", str(len(SMES))))
    lang = Counter(item.language for item in SMES)
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(item.sub_cluster == sub for item in SMES))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(item.stage == stage for item in SMES))))
    regions = Counter(resolve_province(item.province).region.value for item in SMES)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region `{region}`", str(count)))
    provinces = {resolve_province(item.province).name_en for item in SMES}  # type: ignore[union-attr]
    rows.append(("distinct provinces", str(len(provinces))))
    offers = [label for item in SMES for _, label in item.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [need for item in SMES for need in item.needs]
    met = sum(not need.unmet for need in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{met} / {len(needs) - met}"))
    rows.append(("needs requiring a certification", str(sum(bool(need.requires) for need in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(need.waives) for need in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    diff = sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)
    rows.append(("links between different sub-clusters", str(diff)))
    return rows


def counts_table(links: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in counts(links)]
    return "\n".join(lines)


README = """\
# `eval/blind_plain_curtains/`: curtains and blinds, plain registry entries

A hand-labelled test set for the partner matchmaking: can the matcher find the true supplier -> buyer
pairs among {profiles} SME profiles whose offers and needs are short registry phrases, in Thai and English,
worded in ways it has never seen?

## What it checks

The theme is curtains and blinds: curtain fabrics (blackout, dim-out, sheer and voile, linen, velvet),
ready-made and made-to-measure curtains, roller, roman, bamboo and rattan blinds, tracks, rods, rings,
hooks, heading tape and tiebacks, curtain sewing, fitting and cleaning, flame-retardant treatment,
hospital cubicle curtains, and the hotels, hospitals, schools, condominiums, care homes and interior
designers that buy them; plus the ordinary upstream and midstream suppliers (fibre, yarn, cloth, dyeing,
sewing) of the cluster.

Each kind of goods is written in many ways: northern, Isan and southern names, trade words, brand names
and abbreviations, with and without quantities, prices, sizes, minimum orders and places. A need is
usually worded differently from the offers that meet it, and often in the other language. The set holds
hard but fair cases: a service versus the goods it works on (dyeing the customer's cloth versus dyed
cloth, sewing curtains from the customer's fabric versus finished curtains, flame-retardant treatment
versus flame-retardant fabric); used curtains and offcuts versus new goods; raw versus processed (bamboo
culms, slats, blinds; hemp fibre, yarn, cloth, curtains); finished goods described by their material or
technique (an indigo cotton bag is a bag); linen-look polyester versus linen; needs written as a wish, a
bare noun or a question; refusals; needs that require a named certification and needs that name one only
to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV), `shared/taxonomy.py` with its data files in `shared/taxonomy_data/`, and the `[tool.ruff]`
settings of `pyproject.toml`. The writer did not read the matcher, its glossary, its tests, the other
evaluation sets or the project's data, and did not run the matcher.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A certification the need names only to waive it ("GOTS not
required") is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed; every contract field is valid
(sub-cluster, stage and BCG values from `shared.taxonomy`, every province resolves with
`resolve_province`, every certification with `resolve_certification`); every label a need lists is
offered by someone other than the buyer; every met need has a qualified supplier and every unmet one has
none; a required or waived certification is named in the need's text; Thai phrases are mostly Thai letters
and English ones Latin only; and the size targets hold. It writes nothing if a check fails.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_curtains/write.py
```

Two runs give identical bytes.

## Files

- `write.py`: all the data, the labels and the checks; writes the three files below.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1 format, ids `bcu-001` ...
  `bcu-{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    errors = check()
    links = true_links()
    errors += check_sizes(links)
    if errors:
        for error in errors:
            print("error:", error, file=sys.stderr)
        print(f"{len(errors)} errors; nothing written", file=sys.stderr)
        return 1
    table = counts_table(links)
    profiles = "".join(profile_json(item) + "\n" for item in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in links)
    readme = README.format(profiles=len(SMES), last=f"{len(SMES):03d}", table=table)
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links_csv), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
