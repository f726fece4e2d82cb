"""Write the hand-labelled evaluation set `eval/blind_plain_drawcords/`.

Cords, laces and drawstrings: 95 plain registry entries (short offer and need phrases, Thai and English),
the true supplier-buyer links that follow from the hand-given labels, and a README with the counts.

Run from the repository root:  .venv/bin/python eval/blind_plain_drawcords/write.py
Nothing is written when a check fails.
"""

from __future__ import annotations

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
    resolve_certification,
    resolve_province,
)

PREFIX = "bdr"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)

HN = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SP = SubCluster.SPORTECH.value
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

# ------------------------------------------------------------------ what each offer label means

LABELS: dict[str, str] = {
    # fibre, yarn, waste
    "hemp_fibre_raw": "raw hemp bast or fibre, not yet spun",
    "hemp_yarn": "hemp or hemp-blend yarn",
    "hemp_twine_cord": "twisted or braided hemp twine and cord",
    "jute_kenaf_twine": "jute or kenaf twine and rope (not hemp)",
    "pineapple_leaf_fibre": "pineapple leaf fibre, raw",
    "natural_fibre_spinning_service": "spinning the customer's own fibre into yarn",
    "cotton_fibre_raw": "ginned cotton lint or seed cotton, not spun",
    "cotton_yarn": "machine-spun undyed cotton yarn",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "dyed_cotton_yarn": "cotton yarn sold already dyed",
    "recycled_polyester_yarn": "yarn spun from recycled PET",
    "polyester_filament_yarn": "virgin polyester filament yarn",
    "nylon_filament_yarn": "nylon filament yarn",
    "rubber_latex_thread": "natural rubber latex thread, the core of elastic",
    "pet_bottles_baled": "whole used PET bottles, baled",
    "pet_bottle_flakes": "washed PET flakes made from bottles",
    "used_clothing_sorted": "used clothing, sorted and baled",
    "textile_cutting_waste_cotton": "cotton cutting-room scraps",
    "recycled_cotton_fibre": "fibre opened from cotton waste",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    "cord_waste_offcuts": "leftover polyester cord, roll ends and rejected laces",
    "nylon_cord_waste": "leftover nylon cord and paracord ends",
    # cloth and colour
    "hemp_fabric": "woven hemp cloth",
    "handwoven_cotton_fabric": "hand-woven cotton cloth, undyed or plain",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo, sold as cloth",
    "natural_dye_indigo_paste": "indigo paste or other natural dyestuff",
    "natural_dye_dyeing_service": "dyeing the customer's yarn, cord or cloth with natural dyes",
    "yarn_cord_dyeing_service": "dyeing the customer's yarn or cord with synthetic dyes",
    "fleece_knit_fabric": "knitted fleece or French terry cloth",
    "garment_sewing_service": "sewing garments or bags for others (CMT)",
    "webbing_strap": "woven webbing tape",
    # cord, laces and parts
    "shoelaces": "finished shoelaces",
    "garment_drawcord": "finished drawcords for garments (hoodies, pants)",
    "braided_cord": "braided polyester or cotton cord by the metre or roll",
    "braided_cord_recycled_pet": "braided cord made of recycled PET",
    "piping_cord": "piping or welt filler cord",
    "paracord": "parachute cord (550 cord)",
    "shock_cord": "thick elastic bungee or shock cord",
    "elastic_round_cord": "thin round elastic cord (ear loops, hair ties)",
    "flat_elastic_tape": "flat elastic tape for waistbands",
    "macrame_cord": "soft twisted cotton cord for macrame and handles",
    "waxed_cord": "waxed cotton or polyester cord",
    "aglets_cord_tips": "aglets and cord end tips as parts",
    "aglet_tipping_service": "fixing tips on the customer's own cords",
    "cord_locks_stoppers": "cord locks, toggles and stoppers",
    "eyelets_grommets": "eyelets and grommets",
    "braiding_machine": "new braiding machines",
    "used_braiding_machine": "second-hand braiding machines",
    "braiding_machine_repair_service": "repair and servicing of braiding machines",
    # finished goods
    "canvas_shoes": "canvas or fabric shoes",
    "leather_shoes": "leather shoes",
    "hoodies_sweatshirts": "hoodies and sweatshirts",
    "sportswear_shorts": "sports shorts",
    "drawstring_bags": "drawstring bags and gym sacks",
    "tote_bags": "tote and shoulder bags",
    "paracord_pet_leashes": "pet leashes and collars made of cord",
    "cord_bracelets": "bracelets made of cord",
    "lanyards": "neck lanyards",
    "cloth_face_masks": "washable cloth face masks",
    "hair_accessories": "hair ties and scrunchies",
    "elderly_drawstring_pants": "easy-wear trousers for older people",
    "patient_gowns": "hospital patient gowns",
    "cushions": "seat cushions and pillows",
    "eyeglass_cords": "eyeglass cords and chains",
    "hammocks": "hammocks",
    "macrame_home_decor": "macrame wall hangings and plant hangers",
    "shoe_repair_service": "shoe repair",
    "school_uniforms": "school uniforms",
    "elderly_furniture": "bath and commode chairs for older people",
    "pet_supplies_retail": "pet food and supplies, retail",
    "elderly_care_service": "day care for older people",
    "eyewear": "glasses and sunglasses",
    "recycled_nylon_pellets": "nylon pellets recycled from fishing nets",
    "thai_silk_fabric": "hand-woven Thai silk",
}


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; labels with `req` say what would meet it."""
    return Need(text, labels, req, (), note)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def sme(
    num: int,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


OT = ("Organic Thailand",)
GRS = ("GRS",)
GOTS = ("GOTS",)
OEKO = ("OEKO-TEX Standard 100",)

# ---------------- part A: fibre, yarn, natural dye (1-24)

PART_A = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำริน",
        HN,
        UP,
        "Tak",
        "huaynamrin.hemp@gmail.com",
        [("เปลือกกัญชงลอกแห้ง มัดละ 5 กก.", "hemp_fibre_raw"), ("ด้ายกัญชงเข็นมือ สีธรรมชาติ ขายเป็นไจ", "hemp_yarn")],
        [
            unmet(
                "อยากได้เครื่องปั่นด้ายมือสอง สภาพดี งบไม่เกิน 30,000 บาท",
                "no one offers spinning machines; braiding machines do not spin yarn",
            )
        ],
        certs=OT,
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Doi Saket Hemp Works",
        HN,
        MID,
        "Chiang Mai",
        "sales@doisakethemp.co.th",
        [("hemp yarn Nm 6, undyed, 1 kg cones", "hemp_yarn"), ("3-ply hemp twine for hang tags", "hemp_twine_cord")],
        [
            need("plant-dye colouring of our own hemp yarn, no synthetic dye", "natural_dye_dyeing_service"),
            need("decorticated hemp bast, Organic Thailand only", "hemp_fibre_raw", req=OT),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        3,
        "th",
        "กลุ่มแม่บ้านปลูกกัญชงบ้านสบขุ่น",
        HN,
        UP,
        "Nan",
        "sobkhun.group@hotmail.com",
        [("ใยกัญชงดิบ ยังไม่ปั่น ขายเป็นกิโล", "hemp_fibre_raw")],
        [unmet("ถุงกระดาษคราฟท์พิมพ์โลโก้ ใส่สินค้าชุมชน", "no one offers paper packaging; cloth bags are not paper")],
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Mae Chan Hemp Spinning",
        HN,
        MID,
        "Chiang Rai",
        "info@maechanspinning.com",
        [("machine-spun hemp/cotton 55/45 blend yarn", "hemp_yarn")],
        [
            need("raw hemp fiber, any grade, 200 kg per month", "hemp_fibre_raw"),
            need("brown naturally coloured cotton lint for blending", "cotton_fibre_raw"),
        ],
    ),
    sme(
        5,
        "th",
        "เชือกกัญชงล้านนา",
        HN,
        MID,
        "Chiang Mai",
        "lannahempcord@gmail.com",
        [("เชือกปอกัญชงถัก 4 มม. ม้วนละ 50 เมตร", "hemp_twine_cord")],
        [need("ด้ายใยกัญชง เบอร์ 8-12 เดือนละ 100 กิโล", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        6,
        "en",
        "Pai Handloom Collective",
        HN,
        MID,
        "Mae Hong Son",
        "paihandloom@gmail.com",
        [("handwoven hemp cloth, 60 cm loom width", "hemp_fabric")],
        [
            need("hemp yarn with Organic Thailand cert", "hemp_yarn", req=OT),
            need("fermented indigo paste for our vat", "natural_dye_indigo_paste"),
        ],
        bcg=("bio",),
    ),
    sme(
        7,
        "th",
        "วิสาหกิจชุมชนใยสับปะรดบ้านหนองพลับ",
        HN,
        UP,
        "Prachuap Khiri Khan",
        "nongphlap.pineapple@gmail.com",
        [("ใยใบสับปะรดขูดมือ ตากแห้ง", "pineapple_leaf_fibre")],
        [
            need("หาที่รับปั่นใยสับปะรดเป็นเส้นด้าย เราส่งใยไปเอง", "natural_fibre_spinning_service"),
            unmet("เครื่องขูดใยสับปะรดแบบมอเตอร์", "no one offers decorticating machines"),
        ],
        bcg=("bio", "circular"),
    ),
    sme(
        8,
        "en",
        "Thanyaburi Fibre Lab",
        HN,
        MID,
        "Pathum Thani",
        "lab@thanyaburifibre.org",
        [("pilot spinning of your natural fibre into yarn, 5 kg lots", "natural_fibre_spinning_service")],
        [
            need("Pineapple leaf fiber - 50 kg trial lot", "pineapple_leaf_fibre"),
            unmet("degummed banana stem fibre", "no one offers banana fibre; pineapple fibre is another plant"),
        ],
    ),
    sme(
        9,
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์ด่านซ้าย",
        HN,
        UP,
        "Loei",
        "dansai.cotton@gmail.com",
        [("ปุยฝ้ายดิบ แยกเมล็ดแล้ว", "cotton_fibre_raw"), ("ฝ้ายตุ่น สีน้ำตาลธรรมชาติ ยังไม่เข็น", "cotton_fibre_raw")],
        [],
        certs=OT,
        bcg=("bio",),
    ),
    sme(
        10,
        "th",
        "กลุ่มผู้สูงอายุเข็นฝ้ายบ้านหนองแคน",
        AI,
        UP,
        "Roi Et",
        "nongkhaen.elderly@gmail.com",
        [
            ("ฝ้ายเข็นมือ เส้นใหญ่ ขายเป็นไจ", "handspun_cotton_yarn"),
            ("เชือกฝ้ายฟั่นมือ สำหรับงานถักมาคราเม่", "macrame_cord"),
        ],
        [
            need("ปุยฝ้ายสำหรับเข็น", "cotton_fibre_raw"),
            need("อยากได้คนย้อมครามให้ เราส่งฝ้ายไปเอง", "natural_dye_dyeing_service"),
        ],
    ),
    sme(
        11,
        "en",
        "Bangplee Cotton Spinning Co., Ltd.",
        HN,
        MID,
        "Samut Prakan",
        "sales@bangpleespinning.co.th",
        [
            ("combed cotton yarn Ne 20/1, raw white", "cotton_yarn"),
            ("Ne 10/2 carded cotton for braiding", "cotton_yarn"),
        ],
        [need("ginned lint, pressed bales", "cotton_fibre_raw")],
        certs=(*OEKO, "ISO 9001"),
    ),
    sme(
        12,
        "th",
        "บริษัท ฝ้ายอินทรีย์สยาม จำกัด",
        HN,
        MID,
        "Nakhon Pathom",
        "contact@siamorganiccotton.co.th",
        [("ด้ายฝ้ายออร์แกนิก 30/1 ดิบ ไม่ฟอก", "cotton_yarn")],
        [need("ฝ้ายปุยที่ได้มาตรฐานเกษตรอินทรีย์", "cotton_fibre_raw", req=OT)],
        certs=("GOTS", "OCS"),
        bcg=("bio", "green"),
    ),
    sme(
        13,
        "th",
        "โรงย้อมอ้อมน้อย",
        SP,
        MID,
        "Samut Sakhon",
        "omnoi.dyehouse@gmail.com",
        [
            ("รับย้อมด้ายและเชือกของลูกค้า สีรีแอคทีฟ ดิสเพิร์ส", "yarn_cord_dyeing_service"),
            ("ด้ายฝ้ายย้อมสีสำเร็จ 40 เฉดสี", "dyed_cotton_yarn"),
        ],
        [
            need("ด้ายดิบ Ne 20/1 สีขาว ยังไม่ย้อม", "cotton_yarn"),
            unmet("สีย้อมรีแอคทีฟ ราคาส่ง", "no one sells synthetic dyestuff; indigo paste is a natural dye"),
        ],
    ),
    sme(
        14,
        "en",
        "Lanna Colour Yarns",
        HN,
        MID,
        "Chiang Mai",
        "hello@lannacolour.com",
        [("hand-dyed cotton skeins, 200 g", "dyed_cotton_yarn")],
        [need("handspun Isan cotton", "handspun_cotton_yarn")],
    ),
    sme(
        15,
        "en",
        "EcoLoop Polymer Yarn Co., Ltd.",
        CT,
        UP,
        "Rayong",
        "sales@ecoloopyarn.com",
        [("rPET filament yarn 150D/48F from bottles", "recycled_polyester_yarn")],
        [need("hot-washed clear PET flake", "pet_bottle_flakes")],
        certs=("GRS", "ISO 14001"),
        bcg=("circular",),
    ),
    sme(
        16,
        "th",
        "โรงงานเส้นใยรีไซเคิลมหาชัย",
        CT,
        UP,
        "Samut Sakhon",
        "mahachai.recycle@gmail.com",
        [("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด 300D", "recycled_polyester_yarn")],
        [
            need("เกล็ดขวดเพ็ทบด ล้างแล้ว ราคาต่อตัน", "pet_bottle_flakes"),
            need("รับซื้อเศษเชือกโพลีเอสเตอร์ ปลายม้วน", "cord_waste_offcuts"),
        ],
        bcg=("circular",),
    ),
    sme(
        17,
        "en",
        "Siam Filament Co., Ltd.",
        SP,
        UP,
        "Samut Prakan",
        "order@siamfilament.co.th",
        [
            ("polyester high-tenacity filament 1000D", "polyester_filament_yarn"),
            ("nylon 6 multifilament 210D/3", "nylon_filament_yarn"),
        ],
        [],
        certs=("ISO 9001", *OEKO),
    ),
    sme(
        18,
        "th",
        "สหกรณ์ยางเส้นสงขลา",
        SP,
        UP,
        "Songkhla",
        "songkhla.rubberthread@gmail.com",
        [("เส้นยางลาเท็กซ์ ใช้ทำไส้ยางยืด", "rubber_latex_thread")],
        [],
        bcg=("bio",),
    ),
    sme(
        19,
        "en",
        "Surat Latex Thread Ltd.",
        SP,
        UP,
        "Surat Thani",
        "export@suratlatex.com",
        [("latex rubber thread #42 gauge, talc coated", "rubber_latex_thread")],
        [unmet("60% DRC concentrated latex, tank truck", "no one sells latex concentrate")],
    ),
    sme(
        20,
        "th",
        "ร้านเชือกกัญชงงานฝีมือ นิมมาน",
        HN,
        DOWN,
        "Chiang Mai",
        "nimman.hempcraft@gmail.com",
        [("กำไลข้อมือเชือกกัญชงถักมือ", "cord_bracelets")],
        [need("เชือกกัญชงเส้นเล็ก 1 มม. ไว้ห้อยป้าย", "hemp_twine_cord"), need("เชือกเทียนสีน้ำตาล", "waxed_cord")],
    ),
    sme(
        21,
        "th",
        "กลุ่มเชือกปอแก้วบ้านโนนไทย",
        AI,
        MID,
        "Nakhon Ratchasima",
        "nonthai.kenaf@gmail.com",
        [("เชือกปอแก้วฟั่นมือ ม้วน 1 กก.", "jute_kenaf_twine")],
        [],
    ),
    sme(
        22,
        "en",
        "Wrap & Ribbon Studio",
        HN,
        DOWN,
        "Bangkok",
        "studio@wrapribbon.co",
        [],
        [
            need("natural jute twine for gift wrapping", "jute_kenaf_twine"),
            need("hemp string 1 mm", "hemp_twine_cord"),
        ],
    ),
    sme(
        23,
        "th",
        "ผ้าหม้อห้อมแม่ศรี",
        HN,
        MID,
        "Phrae",
        "maesri.mohom@gmail.com",
        [("ผ้าหม้อห้อมย้อมฮ่อมแท้ ขายเป็นหลา", "indigo_dyed_cotton_fabric")],
        [need("ครามเปียกหรือฮ่อมเปียก", "natural_dye_indigo_paste")],
        certs=("OTOP",),
    ),
    sme(
        24,
        "th",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        AI,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        [("เนื้อครามเปียก กระปุกละ 1 กก.", "natural_dye_indigo_paste")],
        [],
        bcg=("bio",),
    ),
]

# ---------------- part B: waste, recycling, cord makers, parts (25-50)

PART_B = [
    sme(
        25,
        "th",
        "ร้านรับซื้อของเก่าบ้านบึง",
        CT,
        UP,
        "Chonburi",
        "banbueng.recycle@gmail.com",
        [("ขวดเพ็ทบดเป็นเกล็ด ล้างสะอาด คัดสี", "pet_bottle_flakes")],
        [need("รับซื้อขวดน้ำดื่มใส อัดก้อน เป็นตัน", "pet_bottles_baled")],
        bcg=("circular",),
    ),
    sme(
        26,
        "th",
        "กลุ่มธนาคารขยะชุมชนบางใหญ่",
        CT,
        UP,
        "Nonthaburi",
        "bangyai.wastebank@gmail.com",
        [("ขวดพลาสติกใส PET อัดเป็นก้อน ก้อนละ 50 กก.", "pet_bottles_baled")],
        [need("ถุงผ้าดิบรูดเชือก สกรีนโลโก้ แจกสมาชิก 500 ใบ", "drawstring_bags")],
        bcg=("circular",),
    ),
    sme(
        27,
        "en",
        "Second Loop Textile Sorting",
        CT,
        UP,
        "Bangkok",
        "ops@secondloop.asia",
        [("sorted used cotton tees, by colour, baled", "used_clothing_sorted")],
        [
            unmet(
                "old sneakers and worn-out shoes, any brand",
                "no one offers used shoes; new canvas shoes are a different thing",
            )
        ],
        bcg=("circular",),
    ),
    sme(
        28,
        "th",
        "โรงงานตีใยรีไซเคิลกระทุ่มแบน",
        CT,
        UP,
        "Samut Sakhon",
        "krathumbaen.fibre@gmail.com",
        [("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า", "recycled_cotton_fibre")],
        [
            need("เศษผ้าคอตตอน 100% จากโรงตัด", "textile_cutting_waste_cotton"),
            need("เสื้อผ้าฝ้ายมือสองคัดแล้ว อัดเป็นเบล", "used_clothing_sorted"),
        ],
        bcg=("circular",),
    ),
    sme(
        29,
        "en",
        "Korat Recycled Yarn",
        CT,
        MID,
        "Korat",
        "sales@koratyarn.com",
        [("open-end recycled cotton yarn Ne 6-10", "recycled_cotton_yarn")],
        [need("shoddy fibre from garment scraps", "recycled_cotton_fibre")],
        bcg=("circular",),
    ),
    sme(
        30,
        "th",
        "ร้านรีไท งานอัพไซเคิล",
        CT,
        DOWN,
        "Bangkok",
        "retie.upcycle@gmail.com",
        [("กำไลจากเชือกเหลือใช้ ถักมือ", "cord_bracelets")],
        [need("มีใครขายเศษเชือกถัก เชือกร่ม ปลายม้วน เป็นกิโลบ้างคะ", "cord_waste_offcuts", "nylon_cord_waste")],
        bcg=("circular",),
    ),
    sme(
        31,
        "en",
        "RePET Cordage Co., Ltd.",
        CT,
        MID,
        "Pathum Thani",
        "hello@repetcordage.com",
        [
            ("braided cord 100% recycled polyester, 3-8 mm", "braided_cord_recycled_pet"),
            ("rPET shoelaces, flat 8 mm", "shoelaces"),
        ],
        [
            need("GRS recycled polyester yarn for braiding", "recycled_polyester_yarn", req=GRS),
            need("used braiding machines, 16 or 24 carrier", "used_braiding_machine"),
        ],
        certs=GRS,
        bcg=("circular",),
    ),
    sme(
        32,
        "th",
        "โรงงานเชือกผูกรองเท้าไทยเจริญ",
        SP,
        MID,
        "Samut Sakhon",
        "thaicharoen.laces@gmail.com",
        [
            ("เชือกผูกรองเท้าแบน โพลีเอสเตอร์ ยาว 120 ซม.", "shoelaces"),
            ("เชือกฮู้ด เชือกหูรูดเสื้อ ปลายหุ้มพลาสติก", "garment_drawcord"),
            ("เศษเชือกปลายม้วน ขายเหมากิโล", "cord_waste_offcuts"),
        ],
        [
            need("ปลอกหัวเชือกพลาสติกใส เดือนละล้านชิ้น", "aglets_cord_tips"),
            need("เส้นใยโพลีเอสเตอร์ 150D ใส่เครื่องถัก", "polyester_filament_yarn"),
        ],
        certs=OEKO,
    ),
    sme(
        33,
        "en",
        "Nakhon Pathom Lace & Cord",
        SP,
        MID,
        "Nakhon Pathom",
        "npl@laceandcord.co.th",
        [
            ("round shoestrings 4 mm, 80-180 cm, any colour", "shoelaces"),
            ("cotton piping cord", "piping_cord"),
            ("used Herzog 16-carrier braiders, 8 units", "used_braiding_machine"),
        ],
        [
            need("braider servicing and carrier replacement", "braiding_machine_repair_service"),
            need("white cotton yarn Ne 10", "cotton_yarn"),
        ],
    ),
    sme(
        34,
        "th",
        "ร้านเชือกเทียนสำเพ็ง",
        SP,
        MID,
        "Bangkok",
        "sampeng.waxcord@gmail.com",
        [("เชือกเทียนเคลือบแว็กซ์ 1 มม. งานหนัง", "waxed_cord")],
        [need("ด้ายฝ้ายย้อมแล้ว หลายสี", "dyed_cotton_yarn")],
    ),
    sme(
        35,
        "en",
        "Drawcord Asia Co., Ltd.",
        SP,
        MID,
        "Bangkok",
        "sales@drawcordasia.com",
        [
            ("hoodie drawstrings with metal tips, 130 cm", "garment_drawcord"),
            ("flat braided cord by the metre", "braided_cord"),
        ],
        [
            need("virgin polyester filament for braiders", "polyester_filament_yarn"),
            need("2-hole toggles", "cord_locks_stoppers"),
        ],
        certs=(*OEKO, "ISO 9001"),
    ),
    sme(
        36,
        "th",
        "ร้านเชือกหูรูดบางบอน",
        SP,
        MID,
        "Bangkok",
        "bangbon.cord@gmail.com",
        [("เชือกร้อยเอวกางเกง สีพื้น ตัดตามสั่ง", "garment_drawcord")],
        [
            need("ปลายเชือกโลหะ ทองเหลือง", "aglets_cord_tips"),
            need("เครื่องถักเชือก 16 เข็ม ของใหม่", "braiding_machine"),
        ],
    ),
    sme(
        37,
        "en",
        "Metal Tip Precision Co.",
        SP,
        MID,
        "Samut Prakan",
        "quote@metaltip.co.th",
        [
            ("brass and zinc aglets, crimp type, 3-6 mm", "aglets_cord_tips"),
            ("metal cord end caps", "aglets_cord_tips"),
        ],
        [unmet("brass strip coil 0.3 mm", "no one sells metal strip")],
    ),
    sme(
        38,
        "th",
        "โรงงานหัวเชือกพลาสติกพระประแดง",
        SP,
        MID,
        "Samut Prakan",
        "phrapradaeng.tips@gmail.com",
        [
            ("หัวเชือกพลาสติกใส ชิ้นละ 15 สตางค์", "aglets_cord_tips"),
            ("รับเข้าหัวเชือกให้ ลูกค้าส่งเชือกมาเอง", "aglet_tipping_service"),
        ],
        [unmet("ฟิล์มอะซิเตทม้วน สำหรับหุ้มปลายเชือก", "no one sells acetate film")],
    ),
    sme(
        39,
        "en",
        "TipTop Lace Finishing",
        SP,
        MID,
        "Nonthaburi",
        "tiptop.lace@gmail.com",
        [("aglet tipping on your cords, heat-shrink or acetate", "aglet_tipping_service")],
        [],
    ),
    sme(
        40,
        "th",
        "ร้านอุปกรณ์กระเป๋าสำเพ็ง",
        SP,
        MID,
        "Bangkok",
        "sampeng.bagparts@gmail.com",
        [
            ("ตัวล็อคเชือก ตัวรูด สต็อปเปอร์พลาสติก", "cord_locks_stoppers"),
            ("ตาไก่ทองเหลือง เบอร์ 8-25", "eyelets_grommets"),
        ],
        [],
    ),
    sme(
        41,
        "en",
        "Eastern Trims Supply",
        SP,
        MID,
        "Chonburi",
        "sales@easterntrims.com",
        [("eyelets & grommets, powder coated", "eyelets_grommets"), ("spring cord stoppers", "cord_locks_stoppers")],
        [],
    ),
    sme(
        42,
        "th",
        "โรงงานไส้กุ๊นบางบัวทอง",
        AC,
        MID,
        "Nonthaburi",
        "bangbuathong.piping@gmail.com",
        [("ไส้กุ๊นผ้าดิบ 3-8 มม.", "piping_cord")],
        [need("ด้ายฝ้ายรีไซเคิล เส้นใหญ่ ราคาถูก", "recycled_cotton_yarn")],
    ),
    sme(
        43,
        "en",
        "Chonburi Braids Ltd.",
        SP,
        MID,
        "Chonburi",
        "info@chonburibraids.com",
        [
            ("polyester braided cord 2-10 mm on rolls", "braided_cord"),
            ("recycled PET braided cord", "braided_cord_recycled_pet"),
            ("polyester webbing 25 mm", "webbing_strap"),
        ],
        [need("rPET yarn 300D", "recycled_polyester_yarn"), need("new braiders", "braiding_machine")],
        certs=(*GRS, *OEKO),
        bcg=("circular",),
    ),
    sme(
        44,
        "th",
        "เชือกรีไซเคิลระยอง",
        CT,
        MID,
        "Rayong",
        "rayong.recycledrope@gmail.com",
        [("เชือกถักจากขวดพลาสติกรีไซเคิล", "braided_cord_recycled_pet")],
        [need("เส้นด้าย rPET ที่ได้รับรอง GRS", "recycled_polyester_yarn", req=GRS)],
        certs=GRS,
        bcg=("circular",),
    ),
    sme(
        45,
        "en",
        "Pattaya Paracord",
        SP,
        MID,
        "Chonburi",
        "orders@pattayaparacord.com",
        [
            ("550 paracord 7-strand, 100 ft hanks", "paracord"),
            ("nylon paracord offcuts by the kilo", "nylon_cord_waste"),
        ],
        [
            need("nylon multifilament 210D", "nylon_filament_yarn"),
            unmet(
                "bluesign approved dyehouse for nylon cord",
                "the cord dyers in the set hold no bluesign",
                "yarn_cord_dyeing_service",
                req=("bluesign",),
            ),
        ],
    ),
    sme(
        46,
        "th",
        "เชือกร่มไทยพาณิชย์",
        SP,
        MID,
        "Bangkok",
        "thaiparacord.shop@gmail.com",
        [("เชือกร่ม 4 มม. 9 แกน", "paracord"), ("เชือกยางยืดช็อคคอร์ด 5 มม.", "shock_cord")],
        [need("ด้ายไนลอน 210D/6", "nylon_filament_yarn")],
    ),
    sme(
        47,
        "th",
        "โรงงานยางยืดมหาชัย",
        AC,
        MID,
        "Samut Sakhon",
        "mahachai.elastic@gmail.com",
        [
            ("ยางยืดกลม ตรานกแก้ว 3 มม. ทำหูหน้ากาก", "elastic_round_cord"),
            ("ยางยืดแบนขอบกางเกง 1 นิ้ว", "flat_elastic_tape"),
        ],
        [
            need("เส้นยางไส้ยางยืด", "rubber_latex_thread"),
            need("ช่างซ่อมเครื่องถักยางยืด", "braiding_machine_repair_service"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        48,
        "en",
        "Hatyai Elastic Co.",
        SP,
        MID,
        "Songkhla",
        "sales@hatyaielastic.com",
        [("round elastic 2.5 mm, ear-loop grade", "elastic_round_cord"), ("bungee cord 6 mm", "shock_cord")],
        [need("natural rubber thread", "rubber_latex_thread")],
    ),
    sme(
        49,
        "en",
        "Waistband Elastic Co.",
        AC,
        MID,
        "Bangkok",
        "info@waistbandelastic.com",
        [("knitted flat elastic 20-50 mm, soft", "flat_elastic_tape")],
        [],
    ),
    sme(
        50,
        "th",
        "เชือกมาคราเม่บ้านถวาย",
        HN,
        MID,
        "Chiang Mai",
        "banthawai.macrame@gmail.com",
        [
            ("เชือกฝ้ายมาคราเม่ 3 มม. เกลียวเดี่ยว", "macrame_cord"),
            ("ที่แขวนกระถางต้นไม้ ถักมาคราเม่", "macrame_home_decor"),
        ],
        [
            need("ด้ายคอตตอนดิบ หรือคอตตอนรีไซเคิล ไม่ต้องมี GOTS", "cotton_yarn", "recycled_cotton_yarn", waive=GOTS),
            need("รับย้อมสีธรรมชาติ ห้ามใช้สีเคมี", "natural_dye_dyeing_service"),
        ],
    ),
]

# ---------------- part C: machines, dyeing, cloth, sewing, shoes, garments (51-75)

PART_C = [
    sme(
        51,
        "en",
        "Braidtech Machinery (Thailand) Co., Ltd.",
        SP,
        MID,
        "Samut Prakan",
        "sales@braidtech.co.th",
        [("high-speed braiders 16/24/32 carrier, brand new", "braiding_machine")],
        [],
    ),
    sme(
        52,
        "th",
        "อู่ช่างเอกซ่อมเครื่องถักเชือก",
        SP,
        MID,
        "Samut Sakhon",
        "changek.braider@gmail.com",
        [
            ("ซ่อมเครื่องถักเชือก เปลี่ยนกระสวย ตั้งเครื่อง", "braiding_machine_repair_service"),
            ("เครื่องถักเชือกประกอบใหม่ 12 เข็ม", "braiding_machine"),
        ],
        [],
    ),
    sme(
        53,
        "en",
        "Rangsit Dyehouse",
        SP,
        MID,
        "Pathum Thani",
        "dye@rangsitdyehouse.com",
        [("package dyeing of customer yarn and cord, MOQ 50 kg", "yarn_cord_dyeing_service")],
        [],
    ),
    sme(
        54,
        "th",
        "กลุ่มผ้าครามบ้านพันนา",
        HN,
        MID,
        "Sakon Nakhon",
        "phanna.indigo@gmail.com",
        [
            ("ผ้าฝ้ายย้อมครามทอมือ ลายขิด", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามให้ ส่งผ้าหรือด้ายมาเอง", "natural_dye_dyeing_service"),
        ],
        [need("ครามเปียกคุณภาพดี", "natural_dye_indigo_paste")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        55,
        "en",
        "Mae Rim Natural Dye Studio",
        HN,
        MID,
        "Chiang Mai",
        "studio@maerimdye.com",
        [("natural dyeing of your yarn or cord: indigo, lac, ebony", "natural_dye_dyeing_service")],
        [need("indigo paste, 1 kg tubs", "natural_dye_indigo_paste")],
        bcg=("bio", "green"),
    ),
    sme(
        56,
        "en",
        "Khon Kaen Handloom",
        AI,
        MID,
        "Khon Kaen",
        "weave@khonkaenhandloom.com",
        [("handwoven cotton cloth, plain weave, natural colour", "handwoven_cotton_fabric")],
        [
            need("Isan handspun", "handspun_cotton_yarn"),
            need("GOTS-certified organic cotton yarn", "cotton_yarn", req=GOTS),
        ],
    ),
    sme(
        57,
        "en",
        "Bangkok Fleece Knitting",
        SP,
        MID,
        "Bangkok",
        "sales@bkkfleece.com",
        [("brushed cotton fleece 300 gsm", "fleece_knit_fabric"), ("French terry 260 gsm", "fleece_knit_fabric")],
        [need("combed Ne 30 cotton", "cotton_yarn")],
    ),
    sme(
        58,
        "th",
        "โรงถักผ้าสำลีบางพลี",
        SP,
        MID,
        "Samut Prakan",
        "bangplee.knit@gmail.com",
        [("ผ้าสำลี ผ้าเฟรนช์เทอร์รี่ ทำเสื้อฮู้ด", "fleece_knit_fabric")],
        [need("ด้ายโพลีรีไซเคิล", "recycled_polyester_yarn")],
    ),
    sme(
        59,
        "th",
        "โรงงานรับเย็บบ้านแพ้ว",
        AC,
        MID,
        "Samut Sakhon",
        "banphaeo.sewing@gmail.com",
        [
            ("รับเย็บเสื้อผ้าตามแบบ CMT ขั้นต่ำ 300 ตัว", "garment_sewing_service"),
            ("เศษผ้าฝ้ายจากโต๊ะตัด", "textile_cutting_waste_cotton"),
        ],
        [need("เชือกกุ๊นทำขอบหมอน", "piping_cord")],
    ),
    sme(
        60,
        "en",
        "Photharam Sewing Co-op",
        AC,
        MID,
        "Ratchaburi",
        "photharam.coop@gmail.com",
        [
            ("cut-make-trim sewing of pants and pyjamas", "garment_sewing_service"),
            ("cotton jersey cutting scraps, sorted", "textile_cutting_waste_cotton"),
        ],
        [need("elastic waistband 25 mm", "flat_elastic_tape")],
    ),
    sme(
        61,
        "th",
        "โรงงานรองเท้าผ้าใบนักเรียนบางปู",
        SP,
        DOWN,
        "Samut Prakan",
        "bangpoo.shoes@gmail.com",
        [("รองเท้าผ้าใบนักเรียน ได้ มอก.", "canvas_shoes")],
        [
            need("เชือกรองเท้าขาว ดำ 100-120 ซม. มี OEKO-TEX ก็ดี", "shoelaces", waive=OEKO),
            need("ตาไก่รองเท้า", "eyelets_grommets"),
        ],
        certs=("Thai Industrial Standard",),
    ),
    sme(
        62,
        "en",
        "Kind Steps Sneakers",
        SP,
        DOWN,
        "Bangkok",
        "hello@kindsteps.co",
        [("vegan sneakers with hemp canvas upper", "canvas_shoes")],
        [
            need("GRS-certified recycled laces", "shoelaces", req=GRS),
            need("hemp canvas", "hemp_fabric"),
            need("shoe dust bags with drawstring", "drawstring_bags"),
        ],
        bcg=("green",),
    ),
    sme(
        63,
        "th",
        "รองเท้าหนังทำมือเมืองเพชร",
        SP,
        DOWN,
        "Phetchaburi",
        "muangphet.leather@gmail.com",
        [("รองเท้าหนังแฮนด์เมด สั่งตัดตามเท้า", "leather_shoes")],
        [need("เชือกเทียนกลม ร้อยรองเท้าหนัง", "waxed_cord")],
    ),
    sme(
        64,
        "en",
        "Hood Lab Apparel",
        SP,
        DOWN,
        "Bangkok",
        "sourcing@hoodlab.co",
        [("pullover hoodies, cotton fleece, OEM", "hoodies_sweatshirts")],
        [
            need("OEKO-TEX certified flat drawcords 140 cm", "garment_drawcord", req=OEKO),
            need("brushed fleece fabric", "fleece_knit_fabric"),
            unmet(
                "garment dyeing of finished hoodies",
                "no one dyes finished garments; yarn and cord dyeing is another service",
            ),
        ],
    ),
    sme(
        65,
        "th",
        "โรงงานเสื้อฮู้ดประตูน้ำ",
        SP,
        DOWN,
        "Bangkok",
        "pratunam.hoodie@gmail.com",
        [("เสื้อฮู้ด แจ็คเก็ตมีฮู้ด ขายส่ง", "hoodies_sweatshirts")],
        [
            need("เชือกฮู้ดกลม 5 มม. ปลายหุ้มโลหะ", "garment_drawcord"),
            need("ตัวล็อคเชือก", "cord_locks_stoppers"),
            need("หาโรงเย็บรับงานฮู้ด ผ้าเราจัดให้", "garment_sewing_service"),
        ],
    ),
    sme(
        66,
        "en",
        "Runway Sportswear",
        SP,
        DOWN,
        "Nonthaburi",
        "buy@runwaysport.co.th",
        [("running shorts with drawcord waist", "sportswear_shorts")],
        [
            need("drawcord for shorts, 120 cm, Oeko-Tex welcome but not required", "garment_drawcord", waive=OEKO),
            need("30 mm knitted elastic", "flat_elastic_tape"),
        ],
    ),
    sme(
        67,
        "th",
        "แบรนด์เชือกรองเท้าลายเท่",
        SP,
        DOWN,
        "Bangkok",
        "laithao.laces@gmail.com",
        [("เชือกรองเท้าพิมพ์ลาย ขายปลีกออนไลน์", "shoelaces")],
        [need("ใครรับเข้าหัวเชือกบ้างคะ เราส่งเชือกพิมพ์ลายไปเอง", "aglet_tipping_service")],
    ),
    sme(
        68,
        "en",
        "Island Shoe Repair & Supplies",
        SP,
        DOWN,
        "Phuket",
        "islandshoe@gmail.com",
        [("shoe repair and resoling", "shoe_repair_service")],
        [
            need("replacement laces, mixed lengths, retail packs", "shoelaces"),
            unmet("Kiwi shoe polish tins, wholesale", "no one offers shoe-care goods"),
        ],
    ),
    sme(
        69,
        "th",
        "ร้านชุดนักเรียนขอนแก่น",
        AI,
        DOWN,
        "Khon Kaen",
        "kk.uniform@gmail.com",
        [("ชุดนักเรียน ชุดพละ ขายปลีก", "school_uniforms")],
        [
            need("รองเท้าผ้าใบนักเรียน ต้องมี มอก.", "canvas_shoes", req=("Thai Industrial Standard",)),
            need("ถุงผ้าหูรูดใส่ชุดพละ", "drawstring_bags"),
        ],
    ),
    sme(
        70,
        "en",
        "Trailhead Outdoor Shop",
        SP,
        DOWN,
        "Chiang Mai",
        "shop@trailheadcm.com",
        [],
        [
            need("parachute cord, Atwood 550 or similar", "paracord"),
            need("Anyone selling shock cord for tent repairs?", "shock_cord"),
            unmet(
                "bluesign-approved paracord for an EU export line",
                "the paracord makers in the set hold no bluesign",
                "paracord",
                req=("bluesign",),
            ),
        ],
    ),
    sme(
        71,
        "th",
        "กลุ่มตัดเย็บกางเกงผู้สูงวัยบ้านโคกสี",
        AI,
        DOWN,
        "Khon Kaen",
        "khoksi.sewing@gmail.com",
        [("กางเกงเอวยางยืด มีเชือกผูก สำหรับผู้สูงวัย", "elderly_drawstring_pants")],
        [
            need("ยางยืดแบนใส่เอวกางเกง", "flat_elastic_tape"),
            need("เชือกหูรูดเอวกางเกง เส้นนุ่ม ไม่บาดมือ ไม่ต้องมี OEKO-TEX", "garment_drawcord", waive=OEKO),
            need("ผ้าฝ้ายทอมือ สีพื้น", "handwoven_cotton_fabric"),
        ],
    ),
    sme(
        72,
        "en",
        "Comfort Cushion Co.",
        AC,
        DOWN,
        "Nonthaburi",
        "comfortcushion@gmail.com",
        [("seat cushions with piped edges", "cushions")],
        [need("5 mm welt cord", "piping_cord")],
    ),
    sme(
        73,
        "th",
        "เฟอร์นิเจอร์ผู้สูงวัยอยุธยา",
        AC,
        DOWN,
        "Ayutthaya",
        "ayutthaya.seniorfurniture@gmail.com",
        [("เก้าอี้อาบน้ำ เก้าอี้นั่งถ่ายผู้สูงอายุ", "elderly_furniture")],
        [
            need("ไส้กุ๊นขอบเบาะ", "piping_cord"),
            unmet("ผ้าหุ้มเบาะกันน้ำ กันปัสสาวะ", "no one offers waterproof upholstery fabric"),
        ],
    ),
    sme(
        74,
        "th",
        "โรงงานหน้ากากผ้าปากน้ำ",
        AC,
        DOWN,
        "Samut Prakan",
        "paknam.mask@gmail.com",
        [("หน้ากากผ้า 3 ชั้น ซักได้", "cloth_face_masks")],
        [need("ยางหูหน้ากาก กลม นุ่ม", "elastic_round_cord")],
    ),
    sme(
        75,
        "en",
        "Scrunchie & Co.",
        AC,
        DOWN,
        "Bangkok",
        "hi@scrunchieco.com",
        [("hair ties and scrunchies", "hair_accessories")],
        [need("thin round elastic for hair ties, 2 mm", "elastic_round_cord")],
    ),
]

# ---------------- part D: bags, pets, care, optical, resorts, crafts (76-95)

PART_D = [
    sme(
        76,
        "en",
        "Sukhumvit Care Hospital",
        AC,
        DOWN,
        "Bangkok",
        "purchasing@sukhumvitcare.co.th",
        [],
        [
            need("tie-back patient gowns, ISO 13485 maker", "patient_gowns", req=("ISO 13485",)),
            need("breakaway staff lanyards", "lanyards"),
            need("washable cloth masks for visitors", "cloth_face_masks"),
        ],
    ),
    sme(
        77,
        "th",
        "ถุงผ้าหูรูดรีไซเคิล ฮักโลก",
        CT,
        DOWN,
        "Chiang Mai",
        "hugloke.bags@gmail.com",
        [("ถุงหูรูดผ้าดิบ สกรีนได้ ขั้นต่ำ 100 ใบ", "drawstring_bags")],
        [need("เชือกถักร้อยปากถุง ไม่จำเป็นต้องมี GRS", "braided_cord", "braided_cord_recycled_pet", waive=GRS)],
        bcg=("circular",),
    ),
    sme(
        78,
        "en",
        "Bag It Green",
        CT,
        DOWN,
        "Bangkok",
        "team@bagitgreen.co",
        [("gym sacks in rPET fabric", "drawstring_bags")],
        [],
        bcg=("circular",),
    ),
    sme(
        79,
        "th",
        "ร้านกระเป๋าผ้าครามสกลฯ",
        HN,
        DOWN,
        "Sakon Nakhon",
        "sakon.indigobag@gmail.com",
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม หูเชือก", "tote_bags")],
        [need("ผ้าครามทอมือ ม้วนละ 20 เมตร", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        80,
        "en",
        "Paws & Cord",
        SP,
        DOWN,
        "Bangkok",
        "woof@pawsandcord.com",
        [("paracord dog leashes and collars", "paracord_pet_leashes")],
        [need("550 cord, 30 colours", "paracord"), unmet("brass snap hooks for leashes", "no one sells snap hooks")],
    ),
    sme(
        81,
        "th",
        "ร้านแฮปปี้เพ็ทช็อป",
        SP,
        DOWN,
        "Nonthaburi",
        "happypet.nont@gmail.com",
        [("อาหารและอุปกรณ์สัตว์เลี้ยง ขายปลีก", "pet_supplies_retail")],
        [need("สายจูงหมาถักเชือกร่ม", "paracord_pet_leashes")],
    ),
    sme(
        82,
        "th",
        "ร้านของที่ระลึกป่าตอง",
        SP,
        DOWN,
        "Phuket",
        "patong.souvenir@gmail.com",
        [],
        [need("กำไลเชือก ขายส่ง โหลละ", "cord_bracelets")],
    ),
    sme(
        83,
        "th",
        "โรงงานสายคล้องบัตรนนท์",
        AC,
        DOWN,
        "Nonthaburi",
        "nont.lanyard@gmail.com",
        [("สายคล้องคอพิมพ์โลโก้ สายห้อยบัตร", "lanyards")],
        [need("สายแถบโพลีเอสเตอร์ 20 มม.", "webbing_strap"), unmet("ตะขอก้ามปูโลหะ", "no one sells metal hooks")],
    ),
    sme(
        84,
        "th",
        "โรงทอสายกระเป๋านครปฐม",
        SP,
        MID,
        "Nakhon Pathom",
        "np.webbing@gmail.com",
        [("สายกระเป๋า สายเทปทอ 1-2 นิ้ว", "webbing_strap")],
        [need("ด้ายโพลีเอสเตอร์ ไม่ใช่รีไซเคิล", "polyester_filament_yarn")],
    ),
    sme(
        85,
        "en",
        "Udon Golden Years Care Home",
        AI,
        DOWN,
        "Udon Thani",
        "care@udongoldenyears.com",
        [],
        [need("elderly-friendly trousers, elastic waist", "elderly_drawstring_pants")],
    ),
    sme(
        86,
        "th",
        "ศูนย์ดูแลผู้สูงอายุอุบล",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.eldercare@gmail.com",
        [("บริการดูแลผู้สูงอายุรายวัน", "elderly_care_service")],
        [need("กางเกงผู้สูงอายุ เอวผูก ใส่ง่าย", "elderly_drawstring_pants"), need("สายห้อยแว่น", "eyeglass_cords")],
    ),
    sme(
        87,
        "en",
        "MedTex Garments",
        AC,
        DOWN,
        "Samut Sakhon",
        "qa@medtexgarments.com",
        [("tie-back patient gowns", "patient_gowns")],
        [need("soft drawcord for gown ties, OEKO-TEX", "garment_drawcord", req=OEKO)],
        certs=("ISO 13485",),
    ),
    sme(
        88,
        "th",
        "สายคล้องแว่นลูกปัดบ้านเป็ด",
        AI,
        DOWN,
        "Khon Kaen",
        "banped.beads@gmail.com",
        [("สายคล้องแว่นตา ถักเชือกร่มร้อยลูกปัด", "eyeglass_cords")],
        [unmet("ลูกปัดหินสี ราคาส่ง", "no one sells beads")],
    ),
    sme(
        89,
        "en",
        "Silom Optical",
        AC,
        DOWN,
        "Bangkok",
        "silomoptical@gmail.com",
        [("prescription glasses and sunglasses", "eyewear")],
        [need("eyeglass chains and cords for the display rack", "eyeglass_cords")],
    ),
    sme(
        90,
        "th",
        "เปลญวนถักมือบ้านหนองโน",
        AI,
        DOWN,
        "Maha Sarakham",
        "nongno.hammock@gmail.com",
        [("เปลญวนถักเชือกร่ม", "hammocks")],
        [need("เชือกร่มม้วนใหญ่", "paracord")],
    ),
    sme(
        91,
        "en",
        "Krabi Beach Resort",
        AI,
        DOWN,
        "Krabi",
        "purchasing@krabibeachresort.com",
        [],
        [
            need("hand-knotted hammocks", "hammocks"),
            need("laundry bags with drawstring", "drawstring_bags"),
            unmet("waffle cotton bathrobe belts", "no one offers bathrobes or belts for them"),
        ],
    ),
    sme(
        92,
        "th",
        "วิสาหกิจรีไซเคิลอวนสตูล",
        CT,
        UP,
        "Satun",
        "satun.netrecycle@gmail.com",
        [("เม็ดไนลอนรีไซเคิลจากอวนเก่า", "recycled_nylon_pellets")],
        [unmet("อวนไนลอนเก่า เศษอวนประมง", "no one offers used fishing nets; new nylon yarn is not waste")],
        bcg=("circular",),
    ),
    sme(
        93,
        "en",
        "Loop Tees",
        CT,
        DOWN,
        "Bangkok",
        "make@looptees.co",
        [("upcycled patchwork tote bags", "tote_bags")],
        [
            need("cutting-table scraps, cotton", "textile_cutting_waste_cotton"),
            unmet("hemp fabric off-cuts", "no one offers hemp cloth waste; new hemp cloth is not waste"),
        ],
        bcg=("circular",),
    ),
    sme(
        94,
        "th",
        "ร้านผ้าไหมสุรินทร์",
        AI,
        DOWN,
        "Surin",
        "surin.silkshop@gmail.com",
        [("ผ้าไหมทอมือ ตรานกยูงพระราชทาน", "thai_silk_fabric")],
        [
            unmet(
                "เชือกมาคราเม่ฝ้ายออร์แกนิก ต้องมี GOTS",
                "the macrame cord makers in the set hold no GOTS",
                "macrame_cord",
                req=GOTS,
            ),
            need("ที่แขวนต้นไม้ถักเชือก", "macrame_home_decor"),
        ],
        certs=("Thai Silk Peacock Emblem",),
    ),
    sme(
        95,
        "en",
        "Craft Corner Hua Hin",
        HN,
        DOWN,
        "Prachuap Khiri Khan",
        "craftcorner.huahin@gmail.com",
        [],
        [
            need("macrame rope 5 mm, cotton, GOTS not needed", "macrame_cord", waive=GOTS),
            need("waxed thread for bracelets", "waxed_cord"),
        ],
    ),
]

# ------------------------------------------------------------------ checks, links, counts, files

SMES: list[Sme] = [*PART_A, *PART_B, *PART_C, *PART_D]

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}


def letters(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch).startswith(("L", "M"))]


def script_problem(text: str, lang: str) -> str | None:
    chars = letters(text)
    thai = sum(1 for ch in chars if "\u0e00" <= ch <= "\u0e7f")
    if lang == "en":
        if thai or any(ord(ch) > 0x24F for ch in chars):
            return "English phrase with non-Latin letters"
        return None
    if not chars or thai / len(chars) < 0.6:
        return "Thai phrase with too few Thai letters"
    return None


def names_certification(text: str, cert: str) -> bool:
    entry = CERT_NAMES[cert]
    folded = unicodedata.normalize("NFKC", text).casefold()
    forms = (entry.name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", form).casefold() in folded for form in forms)


def held(s: Sme) -> frozenset[str]:
    return canonical_certifications(s.certs)


def qualified(smes: list[Sme], buyer: Sme, n: Need) -> list[Sme]:
    return [
        s
        for s in smes
        if s.id != buyer.id and any(label in n.labels for _, label in s.offers) and set(n.requires) <= held(s)
    ]


def check(smes: list[Sme], final: bool) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if final and ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order")
    offered = {label: {s.id for s in smes if any(lb == label for _, lb in s.offers)} for label in LABELS}
    all_offer_texts = {t.casefold() for s in smes for t, _ in s.offers}
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if s.sub not in {v.value for v in SubCluster}:
            errors.append(f"{where}: bad sub_cluster")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: bad stage")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        if any(tag not in {v.value for v in BcgTag} for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in texts:
            if not text.strip() or text != text.strip() or "  " in text:
                errors.append(f"{where}: blank or badly spaced phrase {text!r}")
            problem = script_problem(text, s.lang)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
        if len({t for t, _ in s.offers}) != len(s.offers) or len({n.text for n in s.needs}) != len(s.needs):
            errors.append(f"{where}: repeated phrase")
        for _, label in s.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
        for n in s.needs:
            if n.text.casefold() in all_offer_texts:
                errors.append(f"{where}: need worded exactly like an offer: {n.text!r}")
            for label in n.labels:
                if label not in LABELS:
                    errors.append(f"{where}: unknown need label {label!r}")
                elif not final:
                    continue
                elif not offered[label] - {s.id}:
                    errors.append(f"{where}: no one else offers {label!r}")
            for cert in (*n.requires, *n.waives):
                if cert not in CERT_NAMES:
                    errors.append(f"{where}: {cert!r} is not a canonical certification")
                elif not names_certification(n.text, cert):
                    errors.append(f"{where}: need does not name {cert}: {n.text!r}")
            if set(n.requires) & set(n.waives):
                errors.append(f"{where}: a certification both required and waived")
            if not n.unmet and not n.labels:
                errors.append(f"{where}: a met need must list labels")
            if not final:
                continue
            suppliers = qualified(smes, s, n)
            if n.unmet and suppliers:
                errors.append(f"{where}: need marked unmet is met by {[x.id for x in suppliers]}: {n.text!r}")
            if not n.unmet and not suppliers:
                errors.append(f"{where}: need has no qualified supplier: {n.text!r}")
    return errors


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {(sup.id, buyer.id) for buyer in smes for n in buyer.needs for sup in qualified(smes, buyer, n)}
    return sorted(pairs)


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.lang
    return json.dumps(row, ensure_ascii=False)


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    n_th = sum(s.lang == "th" for s in smes)
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    share = cross / len(links) if links else 0.0
    per_supplier = Counter(len(qualified(smes, s, n)) for s, n in met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{n_th} / {len(smes) - n_th}"),
    ]
    sub = Counter(s.sub for s in smes)
    rows += [(f"sub-cluster {v.value}", str(sub[v.value])) for v in SubCluster]
    stage = Counter(s.stage for s in smes)
    rows += [(f"stage {v.value}", str(stage[v.value])) for v in Stage]
    regions = Counter(p.region for s in smes if (p := resolve_province(s.province)) is not None)
    rows += [(f"region {v.value}", str(regions[v])) for v in Region]
    rows += [
        ("distinct provinces", str(len({p.name_en for s in smes if (p := resolve_province(s.province))}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({lb for s in smes for _, lb in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs by number of qualified suppliers",
            ", ".join(f"{k}: {v}" for k, v in sorted(per_supplier.items())),
        ),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({share:.0%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in links))),
    ]
    return rows


def size_errors(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    th = sum(s.lang == "th" for s in smes) / max(1, len(smes))
    if not THAI_SHARE[0] <= th <= THAI_SHARE[1]:
        errors.append(f"Thai share {th:.2f} outside {THAI_SHARE}")
    if not LINKS[0] <= len(links) <= LINKS[1]:
        errors.append(f"{len(links)} links, want {LINKS[0]}-{LINKS[1]}")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    n_unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not UNMET[0] <= n_unmet <= UNMET[1]:
        errors.append(f"{n_unmet} unmet needs, want {UNMET[0]}-{UNMET[1]}")
    met = [len(qualified(smes, s, n)) for s in smes for n in s.needs if not n.unmet]
    few = sum(1 <= k <= 3 for k in met) / max(1, len(met))
    if few < 0.7:
        errors.append(f"only {few:.0%} of met needs have 1-3 suppliers")
    return errors


def markdown_table(rows: list[tuple[str, str]]) -> str:
    return "\n".join(["| count | value |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


def plain_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


README = """# blind_plain_drawcords: cords, laces and drawstrings, plain registry entries

A hand-labelled test set for supplier-buyer matching in the Health and Wellness Economy textile cluster.
Theme: shoelaces, hoodie drawcords, aglets and cord ends, cord locks, piping cord, braided cord and
paracord, round and flat elastic, braiding machines, and the shoe, garment, bag, care and craft businesses
that buy them, with the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

## What it checks

Whether a matcher finds the true supplier-buyer pairs from short registry phrases it has never seen:
one phrase per offer or need, about half of the profiles in Thai and half of the true links across
languages. The wording of a need differs from the offers that meet it (local and regional names, trade
words, abbreviations, sizes, prices and minimum orders). Hard but fair cases are included on purpose:

- a service against the goods it works on: tipping the customer's cords versus selling aglets, dyeing the
  customer's yarn versus dyed yarn, natural dyeing versus synthetic dyeing, spinning the customer's fibre,
  sewing for others versus finished garments;
- waste and used goods versus new: used braiding machines, cord offcuts, used clothing, baled bottles,
  and needs for used shoes, old fishing nets or hemp off-cuts that no one offers;
- raw versus processed: hemp bast, hemp yarn, hemp cord and hemp cloth; bottles, flakes, rPET yarn and
  rPET cord; cotton lint, yarn, handspun yarn and recycled yarn;
- finished goods named by their material or technique: paracord leashes, bracelets, eyeglass cords and
  hammocks are not paracord; an indigo cotton bag is a bag; jute twine is not hemp twine;
- needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic dye"), needs that
  require a named certification, needs that name one only to waive it, and needs met by no one.

## How it was written

By hand, as fixed data in `write.py`, by a writer who had read only section 1 of the project's contracts
(cluster profiles JSONL version 1 and the links CSV) and the shared taxonomy (`shared/taxonomy.py` and
`shared/taxonomy_data/`). The profiles were not drawn from or checked against any matcher, glossary or
other data set.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is
(`aglets_cord_tips` versus `aglet_tipping_service`, `paracord` versus `paracord_pet_leashes`). Every need
lists the offer labels that would meet it and the certifications its text requires, or is marked as met
by no one with a short note (some of those list labels and a certification that no such supplier holds).
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications hold every certification that need requires. A
certification named only to waive it ("not required", "ไม่ต้องมี") is not required. An SME is never
linked to itself. Shared words play no part; quantities, prices and places never decide a link. The
labels live only in `write.py`; `profiles.jsonl` carries no labels.

Before writing, the script checks ids, every contract field (sub-cluster, stage, BCG tags, provinces
through `resolve_province`, certifications through `resolve_certification`), the script of every phrase
(Thai phrases mostly Thai letters, English phrases Latin only), that every listed label is offered by
someone other than the buyer, that every met need has a qualified supplier and every unmet one has none,
that a required or waived certification is named in the need's text, and the size targets. It writes
nothing if a check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_drawcords/write.py

## Files

- `write.py`: all data, labels, checks; writes the three files below and prints the counts.
- `profiles.jsonl`: {n} profiles, contract JSONL version 1, ids `{first}` to `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted, no duplicates.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    smes = SMES
    errors = check(smes, final=True)
    links = true_links(smes) if not errors else []
    if not errors:
        errors = size_errors(smes, links)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        rows = counts(smes, true_links(smes))
        print(plain_table(rows), file=sys.stderr)
        return 1
    rows = counts(smes, links)
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=markdown_table(rows))
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links_csv), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(plain_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
