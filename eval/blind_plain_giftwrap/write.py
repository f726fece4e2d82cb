"""Hand-labelled evaluation set `blind_plain_giftwrap`: cloth gift wrapping and reusable packaging.

Holds 95 hand-written SME profiles (plain registry phrases, Thai and English) with a label on every offer and,
on every need, the offer labels that meet it and the certifications it requires. Checks the data, derives the
true supplier -> buyer links and writes `profiles.jsonl`, `links.csv` and `README.md` next to this file.
Writes nothing when a check fails.

Run from the repository root: `.venv/bin/python eval/blind_plain_giftwrap/write.py`
"""

from __future__ import annotations

import importlib
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
taxonomy = importlib.import_module("shared.taxonomy")

PREFIX = "bgw"
N_PROFILES = 95
LINK_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORGTH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9 = "ISO 9001"
FAIR = "Fairtrade"
FSC = "FSC"
GREEN = "Thai Green Label"
FDA = "Thai FDA"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    slug: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def U(text: str, note: str) -> Need:
    """A need that no one in the set meets."""
    return Need(text, unmet=note)


def S(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    slug: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, language, name, sub_cluster, stage, province, slug, tuple(offers), tuple(needs), certs, bcg)


SMES: list[Sme] = []

# ---------------------------------------------------------------- upstream: fibre, yarn, waste, dye stuff, plant stems
SMES += [
    S(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์แม่แตง",
        HEMP,
        UP,
        "Chiang Mai",
        "maetaeng-cotton",
        [
            ("ปุยฝ้ายพื้นเมือง อีดเมล็ดออกแล้ว กก.ละ 150 บาท", "raw_cotton_fibre"),
            ("ฝ้ายเข็นมือ สีขาวนวล", "handspun_cotton_yarn"),
        ],
        [N("กระสอบปอใบใหญ่ ไว้ใส่ฝ้าย", "jute_bag")],
        (ORGTH,),
        ("bio",),
    ),
    S(
        2,
        "en",
        "Phu Ruea Hemp Growers",
        HEMP,
        UP,
        "Loei",
        "phuruea-hemp",
        [("Decorticated hemp bast fibre, 25 kg bales", "hemp_fibre"), ("Hemp hurd for animal bedding", "hemp_hurd")],
        [N("Can anyone spin our hemp fibre into yarn?", "hemp_spinning_service")],
        (),
        ("bio",),
    ),
    S(
        3,
        "th",
        "กลุ่มทอผ้าใยกัญชงม้ง บ้านรวมไทย",
        HEMP,
        UP,
        "Tak",
        "ruamthai-hemp",
        [
            ("เส้นใยกัญชงปั่นมือ แบบม้ง ไจละครึ่งกิโล", "hemp_yarn"),
            ("รับปั่นใยกัญชง จากใยของลูกค้า", "hemp_spinning_service"),
        ],
        [N("ครามเปียก หรือห้อมหมัก ไว้ย้อมใยกัญชง", "indigo_dye_paste")],
        (OTOP,),
        ("bio",),
    ),
    S(
        4,
        "en",
        "Phrae Hom Indigo Farm",
        HEMP,
        UP,
        "Phrae",
        "phraehom",
        [
            ("Fermented hom indigo paste, 1 kg tubs", "indigo_dye_paste"),
            ("Dried Strobilanthes leaves", "natural_dye_material"),
        ],
        [U("Cold room to rent near Phrae town", "no one in the set rents storage")],
        (ORGTH,),
        ("bio", "green"),
    ),
    S(
        5,
        "th",
        "ไร่ครามบ้านนาดี",
        HEMP,
        UP,
        "Sakon Nakhon",
        "naadee-indigo",
        [
            ("เนื้อครามธรรมชาติ ก้อนละ 1 กก. 350 บาท", "indigo_dye_paste"),
            ("ต้นครามสด ตัดจากแปลง", "fresh_indigo_plants"),
        ],
        [N("ฝ้ายโรงงาน เบอร์ 20 สีขาว", "cotton_yarn")],
        (),
        ("bio",),
    ),
    S(
        6,
        "en",
        "Mahachai Textile Waste Sorting",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai-waste",
        [
            ("Sorted cotton cutting waste by colour", "cotton_fabric_offcuts"),
            ("Post-consumer clothing, graded, per tonne", "used_garments"),
        ],
        [
            N("Big gunny sacks for sorted rags", "jute_bag"),
            U("Secondhand baling press", "no one in the set sells machinery"),
        ],
        (),
        ("circular",),
    ),
    S(
        7,
        "th",
        "รักษ์ผ้า รีไซเคิล",
        CIRC,
        UP,
        "Bangkok",
        "rakpha-recycle",
        [
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้าตัด", "recycled_cotton_fibre"),
            ("ด้ายฝ้ายรีไซเคิล โอเพ่นเอนด์ เบอร์ 10", "recycled_cotton_yarn"),
        ],
        [N("เศษผ้าคอตตอนล้วน แยกสีมาแล้ว จากโรงงานตัดเย็บ", "cotton_fabric_offcuts")],
        (GRS,),
        ("circular",),
    ),
    S(
        8,
        "en",
        "EastCycle Polymers",
        CIRC,
        UP,
        "Rayong",
        "eastcycle",
        [("rPET filament yarn 150D from bottles, GRS", "recycled_pet_yarn")],
        [U("Hot-washed clear PET flakes, 10 t a month", "no one in the set sells bottle flakes")],
        (GRS, ISO9),
        ("circular",),
    ),
    S(
        9,
        "th",
        "กลุ่มจักสานกระจูดทะเลน้อย",
        HEMP,
        UP,
        "Phatthalung",
        "thalenoi-krajood",
        [
            ("ต้นกระจูดตากแห้ง รีดแบน มัดละ 100 เส้น", "dried_krajood_sedge"),
            ("เสื่อกระจูดผืนใหญ่ ปูนั่ง", "krajood_mat"),
        ],
        [N("สีย้อมจากธรรมชาติ ใช้ย้อมกระจูด ไม่เอาสีเคมี", "natural_dye_material")],
        (OTOP,),
        ("bio",),
    ),
    S(
        10,
        "en",
        "Chao Phraya Hyacinth Collective",
        CIRC,
        UP,
        "Ayutthaya",
        "hyacinth-collective",
        [("Sun-dried water hyacinth stalks, 60-80 cm", "dried_water_hyacinth")],
        [N("small cloth bags with drawstring for samples", "cotton_drawstring_pouch", "hemp_drawstring_pouch")],
        (),
        ("bio", "circular"),
    ),
    S(
        11,
        "th",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        ALI,
        UP,
        "Surin",
        "thasawang-silk",
        [("เส้นไหมน้อย สาวมือ ไหมพื้นบ้าน", "silk_yarn"), ("ไหมลืบ เส้นใหญ่ กิโลละ 1,800", "silk_yarn")],
        [N("ครั่ง เปลือกไม้ สำหรับย้อมไหม", "natural_dye_material")],
        (PEACOCK, OTOP),
        ("bio",),
    ),
    S(
        12,
        "en",
        "Isan Kenaf & Jute Co.",
        ALI,
        UP,
        "Khon Kaen",
        "isan-kenaf",
        [("Retted kenaf and jute fibre, long staple", "jute_fibre"), ("2-ply jute yarn on cones", "jute_yarn")],
        [N("Contract weaving of hessian from our own yarn", "weaving_service")],
        (),
        ("bio",),
    ),
    S(
        13,
        "th",
        "บ้านกระดาษสาเมืองน่าน",
        HEMP,
        UP,
        "Nan",
        "nan-saapaper",
        [("กระดาษสาทำมือ แผ่น 60x90 ซม. หลายสี", "saa_paper")],
        [
            U("เปลือกปอสาแห้ง กก.ละไม่เกิน 60", "no one in the set sells paper mulberry bark"),
            N("เชือกปอ เอาไว้มัดห่อกระดาษ", "jute_twine"),
        ],
        (),
        ("bio",),
    ),
    S(
        14,
        "en",
        "Second Round Used Clothes",
        CIRC,
        UP,
        "Nonthaburi",
        "secondround",
        [("Old cotton tees in bulk, for rags or upcycling", "used_garments")],
        [N("Plain tote bags to hand out to customers", "cotton_tote_bag")],
        (),
        ("circular",),
    ),
    S(
        15,
        "th",
        "โรงปั่นด้ายสามพราน",
        ALC,
        UP,
        "Nakhon Pathom",
        "sampran-spinning",
        [
            ("ด้ายฝ้าย 100% Ne 20/1 ม้วนโคน", "cotton_yarn"),
            ("ด้ายฝ้ายออร์แกนิก เบอร์ 30 มีใบรับรอง", "organic_cotton_yarn"),
        ],
        [N("ปุยฝ้ายไทย ปีละ 20 ตัน", "raw_cotton_fibre")],
        (GOTS, OEKO, ISO9),
        (),
    ),
    S(
        16,
        "en",
        "Chon Buri Fibre Tech",
        SPORT,
        UP,
        "Chonburi",
        "chonburi-fibre",
        [
            ("Recycled polyester staple fibre 1.4D", "recycled_pet_fibre"),
            ("rPET DTY yarn 75D for knits", "recycled_pet_yarn"),
        ],
        [N("old polyester jerseys and sportswear for recycling", "used_garments")],
        (GRS, ISO9),
        ("circular",),
    ),
    S(
        17,
        "th",
        "กลุ่มปลูกฝ้ายบ้านหนองแวง",
        ALI,
        UP,
        "Roi Et",
        "nongwaeng-cotton",
        [
            ("ฝ้ายตุ่น ฝ้ายพื้นบ้านอีสาน ยังไม่อีด", "raw_cotton_fibre"),
            ("ฝ้ายเข็นสีตุ่น เป็นไจ", "handspun_cotton_yarn"),
        ],
        [U("เมล็ดพันธุ์ฝ้ายสีตุ่น", "no one in the set sells seed")],
        (),
        ("bio",),
    ),
    S(
        18,
        "en",
        "Mae Chan Fibre Trading",
        HEMP,
        UP,
        "Chiang Rai",
        "maechan-fibre",
        [
            ("Degummed pineapple leaf fibre (pina)", "pineapple_leaf_fibre"),
            ("Hand-stripped banana trunk fibre", "banana_fibre"),
        ],
        [U("Someone to hand-spin pina fibre into fine yarn", "no one in the set spins pineapple fibre")],
        (),
        ("bio",),
    ),
    S(
        19,
        "th",
        "ร้านรับซื้อเศษผ้า ประตูน้ำ",
        CIRC,
        UP,
        "Bangkok",
        "pratunam-scraps",
        [
            ("เศษผ้าไหมตัดเหลือ ขายเป็นกิโล", "silk_offcuts"),
            ("ผ้าฝ้ายลายไทย ก้นม้วน เศษชิ้นใหญ่", "cotton_fabric_offcuts"),
        ],
        [],
        (),
        ("circular",),
    ),
    S(
        20,
        "en",
        "Kabin Bamboo Splits",
        HEMP,
        UP,
        "Prachinburi",
        "kabin-bamboo",
        [("Smoked bamboo strips (tok), 1 cm wide", "bamboo_strips")],
        [N("plant-based colour for bamboo", "natural_dye_material")],
        (),
        ("bio",),
    ),
    S(
        21,
        "th",
        "กลุ่มสตรีปั่นฝ้ายบ้านนาข่า",
        ALI,
        UP,
        "Udon Thani",
        "nakha-spinners",
        [("ฝ้ายเข็นมือ ย้อมครามแล้ว เป็นไจ", "indigo_dyed_cotton_yarn")],
        [N("ฝ้ายจากไร่ ไม่ใช้สารเคมี ต้องได้มาตรฐานเกษตรอินทรีย์", "raw_cotton_fibre", req=(ORGTH,))],
        (OTOP,),
        ("bio",),
    ),
    S(
        22,
        "en",
        "Loop Textile Recovery",
        CIRC,
        UP,
        "Pathum Thani",
        "loop-recovery",
        [("Shredded cotton fibre from factory waste", "recycled_cotton_fibre")],
        [N("Denim and cotton scraps, any colour, min 5 tons", "cotton_fabric_offcuts")],
        (GRS,),
        ("circular",),
    ),
    S(
        23,
        "th",
        "สวนมะเกลือ สีย้อมลำพูน",
        HEMP,
        UP,
        "Lamphun",
        "lamphun-dyestuff",
        [("ลูกมะเกลือสด ย้อมสีดำ", "natural_dye_material"), ("ครั่งดิบ เปลือกประดู่ แก่นขนุน", "natural_dye_material")],
        [N("ถุงผ้าดิบใบเล็ก ใส่ผงสีย้อมขาย", "cotton_drawstring_pouch")],
        (),
        ("bio",),
    ),
    S(
        24,
        "en",
        "Bang Phli Offcut Traders",
        CIRC,
        UP,
        "Samut Prakan",
        "bangphli-offcuts",
        [("End-of-roll and second-quality cotton cloth", "deadstock_cotton_fabric")],
        [N("A sewing workshop to turn our remnants into pouches", "bag_sewing_service")],
        (),
        ("circular",),
    ),
]

# ---------------------------------------------------------------- midstream: cloth, dyeing, printing, sewing, trims
SMES += [
    S(
        25,
        "th",
        "แม่ครูผ้าย้อมครามบ้านดอนกอย",
        HEMP,
        MID,
        "Sakon Nakhon",
        "donkoi-indigo",
        [
            ("ผ้าฝ้ายทอมือย้อมครามแท้ หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ],
        [N("ฝ้ายโรงงานสีขาว ไม่ผ่านการฟอก", "cotton_yarn")],
        (OTOP,),
        ("bio",),
    ),
    S(
        26,
        "en",
        "Lanna Natural Dye House",
        HEMP,
        MID,
        "Chiang Mai",
        "lanna-dyehouse",
        [
            ("Plant-colour dyeing on your own fabric or yarn", "natural_dyeing_service"),
            ("Naturally dyed cotton: lac red, ebony black, jackfruit yellow", "natural_dyed_cotton_fabric"),
        ],
        [N("Dye plants wholesale, dried", "natural_dye_material")],
        (GOTS,),
        ("bio", "green"),
    ),
    S(
        27,
        "th",
        "โรงพิมพ์ผ้าบางบอน",
        ALC,
        MID,
        "Bangkok",
        "bangbon-print",
        [
            ("รับสกรีนโลโก้ลงถุงผ้า ขั้นต่ำ 100 ใบ", "screen_printing_service"),
            ("ผ้าคอตตอนพิมพ์ลายดอก หน้า 44 นิ้ว", "printed_cotton_fabric"),
        ],
        [N("ผ้าดิบเนื้อหนา ไว้พิมพ์ลาย", "greige_cotton_fabric")],
        (),
        (),
    ),
    S(
        28,
        "en",
        "Korat Greige Mill",
        CIRC,
        MID,
        "Nakhon Ratchasima",
        "korat-greige",
        [
            ("Unbleached cotton calico 60 in, 20s x 20s", "greige_cotton_fabric"),
            ("Natural cotton canvas 10 oz", "canvas_fabric"),
        ],
        [N("Combed cotton yarn Ne 30, must be OEKO-TEX", "cotton_yarn", req=(OEKO,))],
        (ISO9, OEKO),
        (),
    ),
    S(
        29,
        "th",
        "ผ้าไหมชนบท",
        ALI,
        MID,
        "Khon Kaen",
        "chonnabot-silk",
        [("ผ้าไหมมัดหมี่ทอมือ", "silk_fabric"), ("ผ้าพันคอไหม ลายพื้นบ้าน", "silk_scarf")],
        [N("เส้นไหมพันธุ์พื้นบ้าน ต้องมีตรานกยูงพระราชทาน", "silk_yarn", req=(PEACOCK,))],
        (PEACOCK, OTOP),
        (),
    ),
    S(
        30,
        "en",
        "PolyTech Nonwovens",
        SPORT,
        MID,
        "Samut Prakan",
        "polytech-nonwovens",
        [
            ("Spunbond PP nonwoven 80 gsm, many colours", "nonwoven_fabric"),
            ("rPET 300D woven fabric, GRS", "recycled_pet_fabric"),
        ],
        [N("GRS recycled PET filament yarn", "recycled_pet_yarn", req=(GRS,))],
        (GRS, ISO9),
        ("circular",),
    ),
    S(
        31,
        "th",
        "ห้องเย็บปากเกร็ด",
        ALC,
        MID,
        "Nonthaburi",
        "pakkret-sewing",
        [
            ("รับเย็บถุงผ้า ถุงหูรูด จากผ้าของลูกค้า", "bag_sewing_service"),
            ("รับปักโลโก้ด้วยจักรคอม", "embroidery_service"),
        ],
        [N("เชือกรูดคอตตอน ขนาด 4 มม.", "cotton_drawstring_cord"), N("ป้ายทอโลโก้ ติดถุง", "woven_labels")],
        (),
        (),
    ),
    S(
        32,
        "en",
        "Cut & Sew Partners Bangkok",
        ALC,
        MID,
        "Bangkok",
        "cutsew-partners",
        [("CMT sewing of shirts and uniforms, customer supplies fabric", "garment_sewing_service")],
        [U("Used industrial bartack machine", "no one in the set sells machinery")],
        (ISO9, "SA8000"),
        (),
    ),
    S(
        33,
        "th",
        "ผ้าหม้อห้อมแพร่ ทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "thunghong-mohom",
        [
            ("ผ้าหม้อห้อม ย้อมห้อมแท้ ขายยกพับ", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อม เสื้อผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ],
        [N("ห้อมหมักเปียก", "indigo_dye_paste"), N("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม", "undyed_handwoven_cotton_fabric")],
        (OTOP,),
        ("bio",),
    ),
    S(
        34,
        "en",
        "Hang Dong Handloom",
        HEMP,
        MID,
        "Chiang Mai",
        "hangdong-handloom",
        [
            ("Handwoven cotton cloth, undyed, 80 cm wide", "undyed_handwoven_cotton_fabric"),
            ("Weaving to order on traditional looms", "weaving_service"),
        ],
        [N("Natural cotton yarn, hand-spun preferred", "handspun_cotton_yarn", "cotton_yarn")],
        (OTOP,),
        (),
    ),
    S(
        35,
        "th",
        "ริบบิ้นผ้าราชบุรี",
        CIRC,
        MID,
        "Ratchaburi",
        "ratchaburi-ribbon",
        [
            ("ริบบิ้นผ้าคอตตอน ทอริม กว้าง 1 นิ้ว", "cotton_ribbon"),
            ("ริบบิ้นซาตินโพลีเอสเตอร์ ม้วน 50 หลา", "polyester_satin_ribbon"),
        ],
        [N("ด้ายคอตตอน หลอดใหญ่ สำหรับทอริบบิ้น", "cotton_yarn")],
        (),
        (),
    ),
    S(
        36,
        "en",
        "Ubon Jute Weavers",
        ALI,
        MID,
        "Ubon Ratchathani",
        "ubon-jute",
        [("Hessian / burlap 12 oz, 40 in", "jute_hessian_fabric"), ("3-ply jute twine, 1 kg spools", "jute_twine")],
        [N("Kenaf fibre, retted and dried", "jute_fibre")],
        (),
        ("bio",),
    ),
    S(
        37,
        "th",
        "ผ้าใยกัญชงเชียงราย",
        HEMP,
        MID,
        "Chiang Rai",
        "chiangrai-hempcloth",
        [("ผ้าใยกัญชงทอมือ สีธรรมชาติ", "hemp_fabric")],
        [N("ด้ายกัญชงปั่นมือ", "hemp_yarn"), N("ใยกัญชงลอกเปลือกแล้ว ยังไม่ปั่น", "hemp_fibre")],
        (),
        ("bio",),
    ),
    S(
        38,
        "en",
        "ReThread Studio",
        CIRC,
        MID,
        "Bangkok",
        "rethread",
        [("Patchwork fabric panels from cutting waste", "patchwork_fabric")],
        [
            N("Offcuts from sewing factories, bags of 20 kg", "cotton_fabric_offcuts"),
            N("pre-loved shirts", "used_garments"),
        ],
        (),
        ("circular",),
    ),
    S(
        39,
        "th",
        "เชือกถักแม่กลอง",
        ALC,
        MID,
        "Samut Songkhram",
        "maeklong-cord",
        [
            ("เชือกฝ้ายถักกลม 3-5 มม. สำหรับถุงหูรูด", "cotton_drawstring_cord"),
            ("เชือกปอกระเจาฟั่นมือ", "jute_twine"),
            ("สายกระเป๋าคอตตอน กว้าง 1 นิ้ว", "cotton_webbing"),
        ],
        [N("ด้ายคอตตอน เบอร์ 10-12 ไว้ถักเชือก ด้ายรีไซเคิลก็ได้", "cotton_yarn", "recycled_cotton_yarn")],
        (),
        (),
    ),
    S(
        40,
        "en",
        "Label Works Asia",
        ALC,
        MID,
        "Pathum Thani",
        "labelworks",
        [("Woven damask labels and printed cotton tags", "woven_labels")],
        [U("Spare parts for jacquard label looms", "no one in the set sells machine parts")],
        (ISO9, OEKO),
        (),
    ),
    S(
        41,
        "th",
        "สิ่งทอเทคนิคมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachai-techtex",
        [("ผ้าร่มรีไซเคิล กันน้ำ จากขวดพลาสติก", "recycled_pet_fabric")],
        [N("ใยโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_pet_fibre", "recycled_pet_yarn", req=(GRS,))],
        (GRS,),
        ("circular",),
    ),
    S(
        42,
        "en",
        "Kalasin Praewa Weavers",
        ALI,
        MID,
        "Kalasin",
        "kalasin-praewa",
        [("Praewa silk cloth, hand-woven", "silk_fabric")],
        [N("Hand-reeled Thai native silk thread", "silk_yarn")],
        (PEACOCK, OTOP),
        (),
    ),
    S(
        43,
        "th",
        "รับย้อมผ้าแปดริ้ว",
        CIRC,
        MID,
        "Chachoengsao",
        "paetriu-dyeing",
        [
            ("รับย้อมผ้าสีรีแอคทีฟ ผ้าลูกค้า ขั้นต่ำ 300 กก.", "reactive_dyeing_service"),
            ("ผ้าคอตตอนย้อมสีพื้น พร้อมส่ง 20 สี", "solid_dyed_cotton_fabric"),
        ],
        [N("ผ้าดิบทอเครื่อง หน้ากว้าง 60 นิ้ว", "greige_cotton_fabric")],
        (),
        (),
    ),
    S(
        44,
        "en",
        "Nan Handwoven Cotton",
        HEMP,
        MID,
        "Nan",
        "nan-handwoven",
        [
            ("Nan-style tin chok woven cotton, per metre", "patterned_handwoven_cotton_fabric"),
            ("Hemmed hand-loomed wrapping squares 70 x 70 cm", "wrapping_cloth"),
        ],
        [N("jackfruit heartwood and lac for dyeing", "natural_dye_material")],
        (OTOP,),
        (),
    ),
    S(
        45,
        "th",
        "กลุ่มทอผ้าขาวม้าดงหลวง",
        ALI,
        MID,
        "Mukdahan",
        "donglaung-pakama",
        [
            ("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 150", "pakama_cloth"),
            ("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ เมตรละ 180", "undyed_handwoven_cotton_fabric"),
        ],
        [N("ฝ้ายย้อมครามเป็นไจ สำหรับทอ", "indigo_dyed_cotton_yarn")],
        (OTOP,),
        (),
    ),
    S(
        46,
        "en",
        "Sew Good Social Enterprise",
        CIRC,
        MID,
        "Chiang Mai",
        "sewgood",
        [("Sewing pouches, totes and wraps from your cloth", "bag_sewing_service")],
        [N("cotton webbing for bag handles", "cotton_webbing")],
        (GOTS,),
        ("circular",),
    ),
    S(
        47,
        "th",
        "ปักสวยดีไซน์",
        ALC,
        MID,
        "Bangkok",
        "paksuay",
        [("รับปักชื่อ ปักโลโก้ ลงผ้า", "embroidery_service")],
        [U("ผ้าเช็ดหน้าคอตตอนเปล่า ราคาส่ง", "no one in the set sells blank handkerchiefs")],
        (),
        (),
    ),
    S(
        48,
        "en",
        "Lampang Hemp Weaving",
        HEMP,
        MID,
        "Lampang",
        "lampang-hemp",
        [("Hemp canvas 12 oz, natural, 150 cm", "hemp_fabric")],
        [N("Raw hemp fibre for hand spinning", "hemp_fibre")],
        (),
        ("bio",),
    ),
    S(
        49,
        "th",
        "กลุ่มทอผ้าขิดบ้านสร้างช้าง",
        ALI,
        MID,
        "Yasothon",
        "sangchang-khit",
        [
            ("รับทอผ้าตามแบบลูกค้า ลายขิด", "weaving_service"),
            ("ผ้าขิดทอมือ หน้าแคบ", "patterned_handwoven_cotton_fabric"),
        ],
        [N("ครามก้อน พร้อมก่อหม้อ", "indigo_dye_paste")],
        (OTOP,),
        (),
    ),
    S(
        50,
        "en",
        "Thai Technical Narrow Fabrics",
        SPORT,
        MID,
        "Samut Prakan",
        "tt-narrow",
        [
            ("Polyester satin and grosgrain ribbon, custom print", "polyester_satin_ribbon"),
            ("PP and polyester webbing 25 mm", "polyester_webbing"),
        ],
        [N("Recycled polyester yarn for ribbon looms", "recycled_pet_yarn")],
        (ISO9,),
        (),
    ),
    S(
        51,
        "th",
        "กลุ่มแม่บ้านเย็บผ้าบางกรวย",
        CIRC,
        MID,
        "Nonthaburi",
        "bangkruai-sewing",
        [("รับเย็บถุงผ้าจากผ้าเหลือใช้ ลูกค้าส่งผ้ามาเอง", "bag_sewing_service")],
        [N("เศษผ้าฝ้ายชิ้นใหญ่ ไม่เอาใยสังเคราะห์", "cotton_fabric_offcuts")],
        (),
        ("circular",),
    ),
    S(
        52,
        "en",
        "Salaya Screen Print",
        ALC,
        MID,
        "Nakhon Pathom",
        "salaya-print",
        [("Screen and DTF printing on totes and pouches", "screen_printing_service")],
        [N("Plain calico for printing, unbleached", "greige_cotton_fabric")],
        (),
        (),
    ),
    S(
        53,
        "th",
        "ผ้าย้อมสีธรรมชาติ สันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "sankamphaeng-dye",
        [
            ("ผ้าฝ้ายย้อมเปลือกไม้ สีน้ำตาล สีเหลือง", "natural_dyed_cotton_fabric"),
            ("รับย้อมสีธรรมชาติ ผ้าหรือด้ายที่ลูกค้าส่งมา", "natural_dyeing_service"),
        ],
        [N("ผ้าฝ้ายทอมือ ยังไม่ย้อม", "undyed_handwoven_cotton_fabric")],
        (),
        ("bio",),
    ),
    S(
        54,
        "en",
        "Canvas & Co Weaving",
        CIRC,
        MID,
        "Samut Sakhon",
        "canvasco",
        [("Heavy cotton canvas 12-16 oz, dyed or natural", "canvas_fabric")],
        [N("Cotton yarn 10s to 16s for canvas", "cotton_yarn", "recycled_cotton_yarn")],
        (),
        (),
    ),
    S(
        55,
        "th",
        "รับจ้างเย็บ อ่างทอง",
        ALC,
        MID,
        "Ang Thong",
        "angthong-sewing",
        [("รับจ้างเย็บกระเป๋าผ้า ถุงผ้า งานโหล", "bag_sewing_service")],
        [U("ซิปไนลอน เบอร์ 5 ราคาส่ง", "no one in the set sells zips")],
        (),
        (),
    ),
]

# ---------------------------------------------------------------- downstream: wraps, bags, boxes, gift sets, buyers
SMES += [
    S(
        56,
        "th",
        "ฮักผ้า ผ้าห่อของขวัญ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hakpha-wrap",
        [("ผ้าห่อของขวัญแบบญี่ปุ่น ผ้าฝ้ายย้อมคราม 50x50", "wrapping_cloth")],
        [N("ผ้าย้อมครามธรรมชาติ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
        (OTOP,),
        ("bio",),
    ),
    S(
        57,
        "en",
        "Wrapt Furoshiki Co.",
        CIRC,
        DOWN,
        "Bangkok",
        "wrapt",
        [
            ("Furoshiki from upcycled shirting, 3 sizes", "wrapping_cloth"),
            ("Cloth gift wrapping at your shop or event", "gift_packing_service"),
        ],
        [
            N("Deadstock fabric rolls, printed or plain", "deadstock_cotton_fabric"),
            N("Cotton ribbon, no polyester please", "cotton_ribbon"),
        ],
        (),
        ("circular",),
    ),
    S(
        58,
        "th",
        "ถุงผ้าบ้านบุญ",
        ALC,
        DOWN,
        "Nonthaburi",
        "banboon-bags",
        [
            ("ถุงผ้าหูรูดผ้าดิบ สกรีนโลโก้ได้ ขั้นต่ำ 300 ใบ", "cotton_drawstring_pouch"),
            ("ถุงผ้าแคนวาส หูหิ้ว ขนาด A4", "cotton_tote_bag"),
        ],
        [N("ผ้าแคนวาส หรือผ้าดิบ ยกม้วน", "canvas_fabric", "greige_cotton_fabric")],
        (),
        (),
    ),
    S(
        59,
        "en",
        "Isan Jute Bag Factory",
        ALI,
        DOWN,
        "Khon Kaen",
        "isan-jutebag",
        [
            ("Jute shopping bags with cotton handles", "jute_bag"),
            ("Burlap wine and gift bags with drawstring", "jute_bag"),
        ],
        [N("Hessian cloth in rolls", "jute_hessian_fabric")],
        (),
        ("bio",),
    ),
    S(
        60,
        "th",
        "กระเป๋าปอ ร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        "roiet-jute",
        [("ถุงกระสอบปอ ใส่ข้าวสาร 5 กก. พิมพ์ลาย", "jute_bag")],
        [N("ผ้ากระสอบป่าน ม้วนใหญ่", "jute_hessian_fabric"), N("เชือกปอฟั่น ไว้ทำหูถุง", "jute_twine")],
        (OTOP,),
        ("bio",),
    ),
    S(
        61,
        "en",
        "Krajood Craft Studio",
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "krajood-studio",
        [("Woven krajood sedge gift boxes with lids", "krajood_box"), ("Handwoven sedge tote", "sedge_tote_bag")],
        [N("Dried flat krajood stems", "dried_krajood_sedge")],
        (OTOP,),
        ("bio",),
    ),
    S(
        62,
        "th",
        "ผักตบสานอยุธยา",
        CIRC,
        DOWN,
        "Ayutthaya",
        "ayutthaya-hyacinth",
        [
            ("กล่องผักตบชวาสาน มีฝาปิด ใส่ของฝาก", "hyacinth_box"),
            ("ตะกร้าผักตบชวา ใส่กระเช้าของขวัญ", "hyacinth_hamper_basket"),
        ],
        [N("ผักตบชวาแห้ง ก้านยาว", "dried_water_hyacinth")],
        (OTOP,),
        ("bio", "circular"),
    ),
    S(
        63,
        "en",
        "Nayok Bamboo Weave",
        HEMP,
        DOWN,
        "Nakhon Nayok",
        "nayok-bamboo",
        [("Bamboo gift boxes, woven, tea-caddy size", "bamboo_box")],
        [N("Bamboo splits, smoked or plain", "bamboo_strips")],
        (),
        ("bio",),
    ),
    S(
        64,
        "th",
        "ไทยเฮอริเทจ กิฟต์เซ็ต",
        ALC,
        DOWN,
        "Bangkok",
        "thaiheritage-gift",
        [
            ("ชุดของขวัญองค์กร ผ้าไหม กล่องสาน พร้อมการ์ด", "corporate_gift_set"),
            ("รับห่อของขวัญด้วยผ้า ช่วงปีใหม่", "gift_packing_service"),
        ],
        [
            N("กล่องสานใส่ของขวัญ 200 ชุด", "krajood_box", "hyacinth_box", "bamboo_box"),
            N("ผ้าพันคอไหมแท้ มีตรานกยูง", "silk_scarf", req=(PEACOCK,)),
        ],
        (),
        (),
    ),
    S(
        65,
        "en",
        "Gift Atelier Sukhumvit",
        ALC,
        DOWN,
        "Bangkok",
        "giftatelier",
        [("Corporate gift hampers with wrapped textiles", "corporate_gift_set")],
        [
            N("Furoshiki cloths with our logo, 500 pcs", "wrapping_cloth"),
            N("Satin ribbon in brand colours", "polyester_satin_ribbon"),
        ],
        (),
        (),
    ),
    S(
        66,
        "th",
        "ฮอมผ้ากัญชง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hom-hemp",
        [("กระเป๋าผ้าใยกัญชง ย้อมคราม", "hemp_tote_bag"), ("ถุงหูรูดใยกัญชง ใส่สบู่", "hemp_drawstring_pouch")],
        [N("ผ้ากัญชงเป็นเมตร ทอเครื่องหรือทอมือ", "hemp_fabric"), N("ป้ายผ้าทอโลโก้", "woven_labels")],
        (),
        ("bio",),
    ),
    S(
        67,
        "en",
        "Gym Sack Thailand",
        SPORT,
        DOWN,
        "Pathum Thani",
        "gymsack",
        [("Drawstring gym sacks in rPET, printed", "drawstring_backpack"), ("Nonwoven promo bags", "nonwoven_bag")],
        [
            N("Recycled polyester fabric, GRS certified", "recycled_pet_fabric", req=(GRS,)),
            N("flat cord or webbing for straps", "polyester_webbing", "cotton_webbing"),
        ],
        (),
        ("circular",),
    ),
    S(
        68,
        "th",
        "ผ้าครามอุดร ของฝาก",
        ALI,
        DOWN,
        "Udon Thani",
        "udon-indigo-gifts",
        [
            ("ถุงผ้าฝ้ายทอมือย้อมคราม หูรูด ใส่ของฝาก", "cotton_drawstring_pouch"),
            ("ผ้าพันคอฝ้ายย้อมคราม", "cotton_scarf"),
        ],
        [N("ผ้าครามทอมือ เป็นพับ", "indigo_dyed_cotton_fabric")],
        (OTOP,),
        (),
    ),
    S(
        69,
        "en",
        "EcoPack Textile Bags",
        ALC,
        DOWN,
        "Samut Prakan",
        "ecopack",
        [
            ("Cotton tote bags, 10 oz canvas, printed", "cotton_tote_bag"),
            ("Drawstring pouches for cosmetics, OEKO-TEX fabric", "cotton_drawstring_pouch"),
        ],
        [
            N("Canvas or calico, OEKO-TEX", "canvas_fabric", "greige_cotton_fabric", req=(OEKO,)),
            N("Screen printing subcontractor", "screen_printing_service"),
        ],
        (OEKO, ISO9),
        (),
    ),
    S(
        70,
        "th",
        "ถุงผ้าออร์แกนิก สระบุรี",
        HEMP,
        DOWN,
        "Saraburi",
        "saraburi-organic",
        [
            ("ถุงหูรูดผ้าคอตตอนออร์แกนิก ได้ GOTS", "cotton_drawstring_pouch"),
            ("ถุงผ้าช้อปปิ้งออร์แกนิก", "cotton_tote_bag"),
        ],
        [N("หาคนเย็บถุง จากผ้าออร์แกนิกที่เราส่งไปให้ ต้องได้ GOTS", "bag_sewing_service", req=(GOTS,))],
        (GOTS,),
        ("green",),
    ),
    S(
        71,
        "en",
        "Andaman Bay Resort",
        ALC,
        DOWN,
        "Phuket",
        "andamanbay",
        [],
        [
            N("Guest amenity pouches, organic cotton, GOTS certified", "cotton_drawstring_pouch", req=(GOTS,)),
            U("Biodegradable shower caps", "no one in the set makes shower caps"),
        ],
        (),
        ("green",),
    ),
    S(
        72,
        "th",
        "โรงแรมอ่าวนางวิลล่า",
        ALC,
        DOWN,
        "Krabi",
        "aonang-villa",
        [],
        [N("ถุงผ้าใส่ของใช้ในห้องพัก ผ้าฝ้าย ไม่ต้องมีใบรับรอง GOTS", "cotton_drawstring_pouch", waive=(GOTS,))],
        (),
        (),
    ),
    S(
        73,
        "th",
        "คาเฟ่ข้าวหอม",
        ALI,
        DOWN,
        "Khon Kaen",
        "khaohom-cafe",
        [("กาแฟดริป ชุดของขวัญ", "coffee_gift_set")],
        [N("ผ้ากรองกาแฟ แบบผ้าฝ้าย ใช้ซ้ำได้", "coffee_filter_cloth")],
        (),
        (),
    ),
    S(
        74,
        "en",
        "Drip Cloth Co.",
        ALC,
        DOWN,
        "Lamphun",
        "dripcloth",
        [
            ("Reusable flannel and cotton coffee filters", "coffee_filter_cloth"),
            ("Cotton tea strainer bags", "tea_strainer_bag"),
        ],
        [N("Unbleached cotton cloth by the roll", "greige_cotton_fabric")],
        (),
        ("green",),
    ),
    S(
        75,
        "th",
        "ร้านชาใบเตย",
        ALC,
        DOWN,
        "Bangkok",
        "baitoey-tea",
        [("ชาไทยอบแห้ง กล่องของขวัญ", "tea_gift_box")],
        [N("ถุงชาผ้าฝ้าย ใช้ซ้ำ", "tea_strainer_bag"), N("กล่องไม้ไผ่สาน ใส่กระป๋องชา", "bamboo_box")],
        (),
        (),
    ),
    S(
        76,
        "en",
        "Siam Botanica Skincare",
        ALC,
        DOWN,
        "Bangkok",
        "siambotanica",
        [("Herbal soap and balm gift sets", "cosmetic_gift_set")],
        [
            N("Cosmetic pouches in OEKO-TEX tested cotton", "cotton_drawstring_pouch", req=(OEKO,)),
            N("Who can make woven logo labels?", "woven_labels"),
        ],
        (FDA,),
        (),
    ),
    S(
        77,
        "th",
        "สบู่ธรรมชาติ บ้านสวน",
        ALC,
        DOWN,
        "Nonthaburi",
        "bansuan-soap",
        [("สบู่สมุนไพร ก้อนละ 60 บาท", "herbal_soap")],
        [
            N("ถุงใส่สบู่ ทำจากใยกัญชง", "hemp_drawstring_pouch"),
            U("ขวดแก้วสีชา 30 มล.", "no one in the set sells glass bottles"),
        ],
        (FDA,),
        (),
    ),
    S(
        78,
        "en",
        "Mae Salong Tea Estate",
        HEMP,
        DOWN,
        "Chiang Rai",
        "maesalong-tea",
        [("Oolong tea in gift tins", "tea_gift_box")],
        [
            N("Gift boxes woven from bamboo or krajood", "bamboo_box", "krajood_box"),
            U("Saa paper for tea wrapping, FSC certified", "the only saa paper maker holds no FSC"),
        ],
        (ORGTH,),
        (),
    ),
    S(
        79,
        "th",
        "ร้านของฝากโคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "korat-souvenir",
        [],
        [N("ผ้าขาวม้า เอาไว้ห่อของฝาก", "pakama_cloth"), N("ถุงปอพิมพ์ลาย ใส่ข้าวหอมมะลิ", "jute_bag")],
        (),
        (),
    ),
    S(
        80,
        "en",
        "Pattaya Seaside Hotel",
        CIRC,
        DOWN,
        "Chonburi",
        "pattaya-seaside",
        [],
        [
            N("Reusable gift wrap for our spa shop, any fabric, OTOP not required", "wrapping_cloth", waive=(OTOP,)),
            N("Jute bags for beach towels", "jute_bag"),
        ],
        (),
        ("green",),
    ),
    S(
        81,
        "th",
        "ร้านขนมของฝากเพชรบุรี",
        ALC,
        DOWN,
        "Phetchaburi",
        "phetburi-sweets",
        [("ขนมหม้อแกง กล่องของฝาก", "thai_dessert")],
        [N("กล่องกระจูดสาน ใส่ขนม", "krajood_box"), U("ถุงพลาสติกซีลสุญญากาศ", "no one in the set sells plastic bags")],
        (),
        (),
    ),
    S(
        82,
        "en",
        "Hua Hin Wellness Spa",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "huahin-spa",
        [],
        [
            N("Indigo-dyed cotton wrapping cloth for our gift sets", "wrapping_cloth"),
            U("Aroma diffusers, wholesale", "no one in the set sells diffusers"),
        ],
        (),
        (),
    ),
    S(
        83,
        "th",
        "ร้านผ้าไหมสุรินทร์ของฝาก",
        ALI,
        DOWN,
        "Surin",
        "surin-silkshop",
        [],
        [N("ผ้าไหมทอมือมาขายต่อ ไม่จำเป็นต้องมีตรานกยูง", "silk_fabric", waive=(PEACOCK,))],
        (),
        (),
    ),
    S(
        84,
        "en",
        "Central Gift Concept Store",
        ALC,
        DOWN,
        "Bangkok",
        "giftconcept",
        [],
        [N("We would like hemp tote bags to resell", "hemp_tote_bag"), N("krajood handbags", "sedge_tote_bag")],
        (),
        (),
    ),
    S(
        85,
        "th",
        "ร้านกาแฟรักษ์โลก",
        CIRC,
        DOWN,
        "Bangkok",
        "raklok-coffee",
        [],
        [
            N("ถุงผ้าหูหิ้ว ให้ลูกค้าใส่แก้วกาแฟ", "cotton_tote_bag"),
            U("แก้วกระดาษย่อยสลายได้", "no one in the set sells paper cups"),
        ],
        (),
        ("green",),
    ),
    S(
        86,
        "th",
        "โรงแรมนครศรี ริเวอร์",
        ALC,
        DOWN,
        "Nakhon Si Thammarat",
        "nakhonsri-river",
        [],
        [
            U("ผ้าเช็ดปากลินิน สั่งตัด", "no one in the set sells linen napkins"),
            N("ของชำร่วยห่อผ้า สำหรับงานประชุม", "corporate_gift_set"),
        ],
        (),
        (),
    ),
    S(
        87,
        "th",
        "บ้านพักผู้สูงอายุริมโขง",
        ALI,
        DOWN,
        "Nong Khai",
        "rimkhong-care",
        [],
        [N("อยากได้ชุดของขวัญเล็กๆ ให้ผู้สูงอายุวันเกิด", "corporate_gift_set")],
        (),
        (),
    ),
    S(
        88,
        "th",
        "ชมรมผู้สูงอายุ ทำถุงหอม",
        ALI,
        DOWN,
        "Sisaket",
        "sisaket-elders",
        [("ถุงหอมผ้าไหม ใส่สมุนไพร", "fabric_sachet")],
        [N("เศษผ้าไหมชิ้นเล็ก", "silk_offcuts")],
        (OTOP,),
        ("circular",),
    ),
    S(
        89,
        "th",
        "ชาไทยตราใบชา",
        ALC,
        DOWN,
        "Samut Songkhram",
        "baicha-tea",
        [("ชาไทยผง ถุงละ 500 กรัม", "tea_product")],
        [N("เชือกปอมัดห่อชา มีแฟร์เทรดก็ดี", "jute_twine", waive=(FAIR,))],
        (),
        (),
    ),
    S(
        90,
        "th",
        "ร้านของขวัญหาดใหญ่",
        HEMP,
        DOWN,
        "Songkhla",
        "hatyai-gifts",
        [],
        [N("ริบบิ้นผ้าฝ้าย ไม่เอาโพลีเอสเตอร์", "cotton_ribbon"), N("ผ้าห่อของขวัญ ใช้ซ้ำได้", "wrapping_cloth")],
        (),
        (),
    ),
    S(
        91,
        "th",
        "ร้านเบเกอรี่ตรัง",
        CIRC,
        DOWN,
        "Trang",
        "trang-bakery",
        [],
        [U("กล่องกระดาษคราฟท์ พิมพ์โลโก้", "no one in the set sells paper boxes")],
        (),
        (),
    ),
    S(
        92,
        "en",
        "Lanna Wedding Favours",
        HEMP,
        DOWN,
        "Chiang Mai",
        "lanna-favours",
        [],
        [
            N("Mini jute pouches for favours", "jute_bag"),
            N("Saa paper sheets for tags, FSC not needed", "saa_paper", waive=(FSC,)),
        ],
        (),
        (),
    ),
    S(
        93,
        "th",
        "บริษัทจัดของชำร่วยนครปฐม",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "nakhonpathom-favours",
        [],
        [N("จ้างห่อของขวัญด้วยผ้า ช่วงปีใหม่ 1,000 ชิ้น", "gift_packing_service")],
        (),
        (),
    ),
    S(
        94,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบุรีรัมย์",
        ALI,
        DOWN,
        "Buriram",
        "buriram-care",
        [],
        [
            N("ถุงผ้าหูรูด ใส่ของใช้ส่วนตัว ผ้าผ่านโอเคเทกซ์", "cotton_drawstring_pouch", req=(OEKO,)),
            U("เตียงผู้ป่วยมือสอง", "no one in the set sells beds"),
        ],
        (),
        (),
    ),
    S(
        95,
        "en",
        "Koh Chang Eco Lodge",
        CIRC,
        DOWN,
        "Trat",
        "kohchang-lodge",
        [],
        [
            N("Beach bags from recycled PET", "drawstring_backpack"),
            U("Bamboo toothbrushes", "no one in the set sells toothbrushes"),
        ],
        (),
        ("green",),
    ),
]

# ---------------------------------------------------------------- end of data


# ---------------------------------------------------------------- checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
EMAIL = re.compile(r"^[a-z0-9.\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")


def _cert_mentioned(text: str, name: str) -> bool:
    cert = next(c for c in taxonomy.CERTIFICATIONS if c.name == name)
    folded = text.casefold()
    return any(m.casefold() in folded for m in (cert.name, *cert.aliases, *cert.mentions))


def _thai_enough(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    thai = [c for c in letters if THAI_CHAR.match(c)]
    return bool(letters) and len(thai) >= 0.6 * len(letters)


def _latin_only(text: str) -> bool:
    return not THAI_CHAR.search(text) and all(c.isascii() for c in text if c.isalpha())


def qualified(need: Need, supplier: Sme) -> bool:
    held = set(supplier.certifications)
    return any(label in need.labels for _, label in supplier.offers) and set(need.requires) <= held


def derive_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in smes:
                if supplier is not buyer and qualified(need, supplier):
                    links.add((supplier.id, buyer.id))
    return sorted(links)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in smes]
    if nums != list(range(1, len(smes) + 1)):
        errors.append(f"ids are not 1..{len(smes)} in order: {nums}")
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    sub_clusters = {str(v) for v in taxonomy.SubCluster}
    stages = {str(v) for v in taxonomy.Stage}
    bcgs = {str(v) for v in taxonomy.BcgTag}
    cert_names = {c.name for c in taxonomy.CERTIFICATIONS}
    offer_texts = {text.casefold() for s in smes for text, _ in s.offers}
    by_label: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            by_label.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", s.id):
            errors.append(f"{where}: bad id")
        if s.language not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certifications:
            if taxonomy.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{where}: repeated certification")
        if not set(s.bcg) <= bcgs or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not EMAIL.match(contact_email(s)):
            errors.append(f"{where}: email {contact_email(s)!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in texts:
            if not text.strip() or text != text.strip() or "  " in text:
                errors.append(f"{where}: badly spaced phrase {text!r}")
            if s.language == "th" and not _thai_enough(text):
                errors.append(f"{where}: Thai phrase not mostly Thai letters: {text!r}")
            if s.language == "en" and not _latin_only(text):
                errors.append(f"{where}: English phrase with non-Latin letters: {text!r}")
        for need in s.needs:
            if need.text.casefold() in offer_texts:
                errors.append(f"{where}: need worded exactly as an offer: {need.text!r}")
            if need.unmet:
                if need.labels or need.requires or need.waives:
                    errors.append(f"{where}: unmet need with labels: {need.text!r}")
                continue
            if not need.labels:
                errors.append(f"{where}: need without labels or note: {need.text!r}")
            for label in need.labels:
                if not by_label.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} offered by no one else")
            if not any(other is not s and qualified(need, other) for other in smes):
                errors.append(f"{where}: no qualified supplier for {need.text!r}")
            for cert in (*need.requires, *need.waives):
                if cert not in cert_names:
                    errors.append(f"{where}: unknown certification {cert!r}")
            found = taxonomy.find_certifications(need.text)
            if found != set(need.requires):
                errors.append(
                    f"{where}: text names {sorted(found)}, need requires {list(need.requires)}: {need.text!r}"
                )
            for cert in need.waives:
                if cert in found or not _cert_mentioned(need.text, cert):
                    errors.append(f"{where}: waived {cert!r} not named as waived in {need.text!r}")
        for need in s.needs:
            if not need.unmet:
                continue
            if not need.unmet.strip():
                errors.append(f"{where}: unmet need without a note: {need.text!r}")
    return errors


def check_sizes(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.language for s in smes}
    thai_share = sum(s.language == "th" for s in smes) / len(smes)
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links, expected {LINK_RANGE}")
    cross = sum(lang[a] != lang[b] for a, b in links)
    share = cross / len(links) if links else 0.0
    if not CROSS_SHARE_RANGE[0] <= share <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {share:.2f} outside {CROSS_SHARE_RANGE}")
    unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs, expected {UNMET_RANGE}")
    met = [(s, n) for s in smes for n in s.needs if not n.unmet]
    few = sum(1 <= supplier_count(s, n, smes) <= 3 for s, n in met)
    if met and few < 0.7 * len(met):
        errors.append(f"only {few} of {len(met)} met needs have 1-3 suppliers")
    return errors


def supplier_count(buyer: Sme, need: Need, smes: list[Sme]) -> int:
    return sum(other is not buyer and qualified(need, other) for other in smes)


# ---------------------------------------------------------------- output


def contact_email(s: Sme) -> str:
    return f"contact@{s.slug}.example.co.th"


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": contact_email(s),
        "language": s.language,
    }


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    lang = Counter(s.language for s in smes)
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    for value in taxonomy.SubCluster:
        rows.append((f"sub-cluster `{value}`", str(sum(s.sub_cluster == value for s in smes))))
    for value in taxonomy.Stage:
        rows.append((f"stage `{value}`", str(sum(s.stage == value for s in smes))))
    regions = Counter(taxonomy.resolve_province(s.province).region for s in smes)
    for value in taxonomy.Region:
        rows.append((f"region `{value}`", str(regions[value])))
    rows.append(("distinct provinces", str(len({taxonomy.resolve_province(s.province).name_en for s in smes}))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    needs = [n for s in smes for n in s.needs]
    unmet = sum(bool(n.unmet) for n in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """# Evaluation set `blind_plain_giftwrap`

## What it checks

How well the matcher finds true supplier -> buyer pairs among {n} SMEs of the Health and Wellness Economy
cluster when the wording is new to it. The theme is cloth gift wrapping and reusable packaging (furoshiki-style
wrapping cloths, fabric gift bags and drawstring pouches, jute and cotton bags, ribbon and twine, woven boxes,
corporate gift sets, and the hotels, cafes, cosmetic and tea brands that buy them), together with the ordinary
upstream and midstream suppliers of fibre, yarn, cloth, dyeing and sewing.

Offers and needs are plain registry phrases, one short phrase each, in Thai (about 55 % of the profiles) or
English. The same kind of goods is written in many ways: regional names, trade words, abbreviations, with and
without quantities, prices, sizes and minimum orders. Needs are worded differently from the offers that meet
them and often in the other language. Hard cases include a service against the goods it works on (dyeing the
customer's cloth against dyed cloth, sewing for others against finished bags), the customer's own goods sent
for work, waste and used goods against new, raw against processed (fibre, yarn, cloth, product), finished goods
described by their material, colour or technique, needs written as a wish, a bare noun phrase or a question,
refusals ("no synthetic dye"), needs that require a named certification, needs that name one only to waive it,
and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the shared contracts (cluster profiles JSONL version 1 and the
links CSV) and the project's taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`). The writer did not
look at the matcher, its glossary, its tests, other evaluation sets or the project's data. All profiles, offer
labels and need labels are written out in `write.py`.

## How a link is decided

Every offer carries a label saying what the thing is (for example `indigo_dyed_cotton_fabric` against
`indigo_dyeing_service`). Every need either lists the offer labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to itself. Shared words
play no part; quantities, prices and places never decide a link; what changes what the thing is does. A
certification a need names only to waive it ("GOTS not required") is not required. The labels live only in
`write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster, stage
and BCG values from the taxonomy, every province resolves with `resolve_province`, every certification is a
canonical name of `resolve_certification`); every label a need lists is offered by someone other than the
buyer; every met need has a qualified supplier and every unmet one has none; the certifications the taxonomy
finds in a need's text are exactly the ones it requires, and a waived one is named in the text; Thai phrases are
mostly Thai letters and English ones Latin only; the size targets (95 profiles, 160-180 links, 40-60 % of
them across languages, about 20 unmet needs, most needs met by 1-3 suppliers). It writes nothing if a check
fails. Output is deterministic: two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_giftwrap/write.py
```

## Files

- `write.py`: the data (profiles with offer and need labels), the checks and the writer.
- `profiles.jsonl`: {n} profiles in the contract's JSONL version 1, ids `{first}` ... `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    smes = SMES
    links = derive_links(smes)
    errors = check(smes) + check_sizes(smes, links)
    rows = counts(smes, links)
    text = table(rows)
    print(text, end="")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    profiles = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in smes)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=text)
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(csv_text, encoding="utf-8", newline="\n")
    (HERE / "README.md").write_text(readme, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
